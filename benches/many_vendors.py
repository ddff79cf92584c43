#!/usr/bin/env python3
"""`vendorcard compare` over many vendors, each with a small ticket log (1,000
vendors of 20 rows by default): the fixed cost of reading a log. Prints the
median wall time of the runs, optionally against an older
build (alternating, so a drifting machine slows both alike).

    cargo build --release
    python3 benches/many_vendors.py [--vendors 1000] [--rows 20] [--runs 7] [--old OLD_BINARY]
"""
import argparse
import os
import random
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def generate(folder, vendors, rows):
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(5)
    stamp = lambda m: f"2026-10-{1 + m // 1440:02d} {(m % 1440) // 60:02d}:{m % 60:02d}"
    for v in range(vendors):
        lines = ["id,opened,first,resolved,severity,status"]
        for i in range(rows):
            opened = rng.randint(0, 20 * 1440)
            lines.append(f"T{i},{stamp(opened)},{stamp(opened + rng.randint(1, 300))},"
                         f"{stamp(opened + rng.randint(301, 3000))},P{rng.randint(0, 3)},solved")
        with open(os.path.join(folder, f"v{v:05d}.csv"), "w") as f:
            f.write("\n".join(lines) + "\n")
        with open(os.path.join(folder, f"v{v:05d}.toml"), "w") as f:
            f.write(f'vendor = "Vendor {v}"\nrubric = "sdk-support"\n\n[[tickets]]\nfile = "v{v:05d}.csv"\n'
                    'columns = { id = "id", opened = "opened", first_response = "first", resolved = "resolved", '
                    'severity = "severity", status = "status" }\ntimezone = "+08:00"\n')


def run(command):
    """Wall seconds of one run, process start-up included."""
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vendors", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--old", help="an older vendorcard binary, timed alternately")
    args = parser.parse_args()
    folder = os.path.join(ROOT, "target", "bench-data", f"many-{args.vendors}x{args.rows}")
    if not os.path.exists(os.path.join(folder, f"v{args.vendors - 1:05d}.toml")):
        generate(folder, args.vendors, args.rows)
    binaries = {"this build": os.path.join(ROOT, "target", "release", "vendorcard")}
    if args.old:
        binaries["old"] = args.old
    for binary in binaries.values():
        run([binary, "compare", folder, "--format", "json"])  # warm the page cache
    walls = {name: [] for name in binaries}
    for _ in range(args.runs):
        for name, binary in binaries.items():
            walls[name].append(run([binary, "compare", folder, "--format", "json"]))
    print(f"compare over {args.vendors} vendors of {args.rows} rows each, {args.runs} runs\n")
    print("| build | median wall (s) |\n|---|---:|")
    for name, values in walls.items():
        print(f"| {name} | {statistics.median(values):.3f} |")
    if args.old:
        ratio = statistics.median(a / b for a, b in zip(walls["this build"], walls["old"]))
        print(f"\nthis build / old: median ratio {ratio:.3f}")


if __name__ == "__main__":
    main()
