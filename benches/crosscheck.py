#!/usr/bin/env python3
"""Cross-checks vendorcard's ticket figures against an independent pandas
computation on the same generated log, figure by figure.

    cargo build --release
    python3 benches/crosscheck.py [ROWS] [--seed 7]

Prints every figure side by side and exits 1 if any differs by more than
1e-9 (relative to the figure, or absolute below 1).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def flatten(value, path=""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from flatten(item, f"{path}.{key}" if path else key)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield path, float(value)
    elif value is None:
        yield path, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=20000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    data = os.path.join(ROOT, "target", "bench-data", f"crosscheck-{args.rows}-{args.seed}")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_tickets.py"), str(args.rows), data, "--seed", str(args.seed)],
                   check=True)
    binary = os.path.join(ROOT, "target", "release", "vendorcard")
    ours = json.loads(subprocess.run([binary, "tickets", os.path.join(data, "vendor.toml"), "--format", "json"],
                                     check=True, capture_output=True, text=True).stdout)
    theirs = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "ticket_metrics.py"),
                                        os.path.join(data, "tickets.csv")],
                                       check=True, capture_output=True, text=True).stdout)
    compared, worst, failures = 0, 0.0, []
    print(f"{'figure':52} {'vendorcard':>22} {'pandas':>22} {'difference':>11}")
    for ours_sev, theirs_sev in zip(ours[0]["severities"], theirs[0]["severities"], strict=True):
        assert ours_sev["severity"] == theirs_sev["severity"], (ours_sev["severity"], theirs_sev["severity"])
        mine = dict(flatten(ours_sev))
        for path, expected in flatten(theirs_sev):
            actual = mine.get(path, "absent")
            name = f"{ours_sev['severity']}.{path}"
            if expected is None or actual is None:
                ok = expected is None and actual is None
                print(f"{name:52} {str(actual):>22} {str(expected):>22} {'':>11}")
            else:
                difference = abs(actual - expected)
                ok = difference <= 1e-9 * max(1.0, abs(expected))
                worst = max(worst, difference / max(1.0, abs(expected)))
                print(f"{name:52} {actual:>22.10f} {expected:>22.10f} {difference:>11.1e}")
            compared += 1
            if not ok:
                failures.append(name)
    print(f"\n{compared} figures compared on {args.rows} rows (seed {args.seed}); "
          f"largest relative difference {worst:.1e}")
    if failures:
        print("DIFFERENT: " + ", ".join(failures))
        sys.exit(1)
    print("identical to 1e-9")


if __name__ == "__main__":
    main()
