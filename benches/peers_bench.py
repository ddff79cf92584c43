#!/usr/bin/env python3
"""vendorcard against the tools a team would reach for instead, on the same
generated ticket logs (benches/gen_tickets.py): the raw-parse floor (one
`csv` crate ByteRecord pass, examples/csv_floor.rs), DuckDB, polars and
pandas, each computing the same figures (benches/crosscheck.py checks them
against vendorcard's to 1e-9).

    cargo build --release --bin vendorcard --example csv_floor
    pip install pandas duckdb polars
    python3 benches/peers_bench.py [--runs 5] [--rows 100000,1000000,5000000]
    python3 benches/peers_bench.py --memory [--rows 1000000,5000000,10000000]
    python3 benches/peers_bench.py --floor [--runs 15] [--rows 1000000,5000000]

Each command runs --runs times, the tools interleaved; the table gives the
median wall time (from here, process start included), the median CPU time
(user + system, GNU time) and the largest peak RSS (GNU time), and
vendorcard's wall time as a multiple of the floor's in the same run.
--memory runs vendorcard alone and prints its peak at each size and the
bytes per ticket between sizes (what each further ticket costs).
--floor runs vendorcard and the floor alone, alternating, and prints each
one's median wall time and the median of the pairwise ratios (with the
least and greatest): the speed target without the peers' gigabytes and
threads disturbing the machine between runs.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RELEASE = os.path.join(ROOT, "target", "release")


def run(command):
    """(wall s, cpu s, peak MiB) of one run."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", *command], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
    user, system, peak = result.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(peak) / 1024


def data(rows):
    folder = os.path.join(ROOT, "target", "bench-data", f"bench-{rows}")
    if not os.path.exists(os.path.join(folder, "tickets.csv")):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_tickets.py"), str(rows), folder], check=True)
    return folder


def commit():
    head = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return head.stdout.strip() + (" (with uncommitted changes)" if dirty else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows")
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--floor", action="store_true")
    args = parser.parse_args()
    vendorcard = os.path.join(RELEASE, "vendorcard")
    print(f"commit {commit()}, {args.runs} runs each, {os.cpu_count()} cores\n")
    if args.floor:
        print("| rows | vendorcard wall (s) | floor wall (s) | vendorcard ÷ floor, median pair | least | greatest |")
        print("|---:|---:|---:|---:|---:|---:|")
        for rows in [int(r) for r in (args.rows or "1000000,5000000").split(",")]:
            folder = data(rows)
            pairs = [(run([vendorcard, "tickets", os.path.join(folder, "vendor.toml"), "--format", "json"]),
                      run([os.path.join(RELEASE, "examples", "csv_floor"), os.path.join(folder, "tickets.csv")]))
                     for _ in range(args.runs)]
            ratios = [ours[0] / floor[0] for ours, floor in pairs]
            print(f"| {rows:,} | {statistics.median(p[0][0] for p in pairs):.3f} "
                  f"| {statistics.median(p[1][0] for p in pairs):.3f} | {statistics.median(ratios):.2f} "
                  f"| {min(ratios):.2f} | {max(ratios):.2f} |", flush=True)
        return
    if args.memory:
        sizes = [int(r) for r in (args.rows or "1000000,5000000,10000000").split(",")]
        print("| rows | vendorcard peak (MiB) | wall (s) | bytes per ticket since the size before |")
        print("|---:|---:|---:|---:|")
        previous = None
        for rows in sizes:
            folder = data(rows)
            runs = [run([vendorcard, "tickets", os.path.join(folder, "vendor.toml"), "--format", "json"])
                    for _ in range(args.runs)]
            peak = max(r[2] for r in runs)
            slope = f"{(peak - previous[1]) * 1048576 / (rows - previous[0]):.1f}" if previous else ""
            print(f"| {rows:,} | {peak:.0f} | {statistics.median(r[0] for r in runs):.3f} | {slope} |", flush=True)
            previous = (rows, peak)
        return
    sizes = [int(r) for r in (args.rows or "100000,1000000,5000000").split(",")]
    print("| rows | tool | wall (s) | CPU (s) | peak (MiB) | wall ÷ floor |")
    print("|---:|---|---:|---:|---:|---:|")
    for rows in sizes:
        folder = data(rows)
        csv = os.path.join(folder, "tickets.csv")
        tools = {
            "vendorcard": [vendorcard, "tickets", os.path.join(folder, "vendor.toml"), "--format", "json"],
            "csv floor": [os.path.join(RELEASE, "examples", "csv_floor"), csv],
            "DuckDB": [sys.executable, os.path.join(HERE, "ticket_metrics_duckdb.py"), csv],
            "polars": [sys.executable, os.path.join(HERE, "ticket_metrics_polars.py"), csv],
            "pandas": [sys.executable, os.path.join(HERE, "ticket_metrics.py"), csv],
        }
        results = {name: [] for name in tools}
        for _ in range(args.runs):
            for name, command in tools.items():
                results[name].append(run(command))
        floor = statistics.median(r[0] for r in results["csv floor"])
        for name, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            peak = max(r[2] for r in runs)
            print(f"| {rows:,} | {name} | {wall:.3f} | {cpu:.3f} | {peak:.0f} | {wall / floor:.2f} |", flush=True)


if __name__ == "__main__":
    main()
