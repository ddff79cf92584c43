#!/usr/bin/env python3
"""Wall time and peak memory of `vendorcard tickets` and of the pandas script
on synthetic logs of 10 k, 100 k and 1 M rows (fixed seed).

    cargo build --release
    python3 benches/tickets_bench.py [--runs 3] [--rows 10000,100000,1000000]

Needs GNU time (/usr/bin/time) for peak memory, and pandas. Prints a Markdown
table: the median of the runs for wall time (including process start), the
largest peak RSS.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def measure(command, runs):
    times, peaks = [], []
    for _ in range(runs):
        # Wall time from here (GNU time's own is in 10 ms steps); peak RSS from GNU time.
        started = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, check=True)
        times.append(time.perf_counter() - started)
        peaks.append(int(result.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(times), max(peaks)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", default="10000,100000,1000000")
    args = parser.parse_args()
    binary = os.path.join(ROOT, "target", "release", "vendorcard")
    print("| rows | vendorcard wall (s) | vendorcard peak (MiB) | pandas wall (s) | pandas peak (MiB) | speed-up | vendorcard µs/row |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for rows in (int(r) for r in args.rows.split(",")):
        data = os.path.join(ROOT, "target", "bench-data", f"bench-{rows}")
        if not os.path.exists(os.path.join(data, "tickets.csv")):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_tickets.py"), str(rows), data], check=True)
        ours = measure([binary, "tickets", os.path.join(data, "vendor.toml"), "--format", "json"], args.runs)
        theirs = measure([sys.executable, os.path.join(HERE, "ticket_metrics.py"), os.path.join(data, "tickets.csv")],
                         args.runs)
        print(f"| {rows:,} | {ours[0]:.3f} | {ours[1]:.0f} | {theirs[0]:.3f} | {theirs[1]:.0f} | "
              f"{theirs[0] / ours[0]:.0f}× | {ours[0] / rows * 1e6:.2f} |", flush=True)


if __name__ == "__main__":
    main()
