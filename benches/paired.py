#!/usr/bin/env python3
"""Times two builds of vendorcard on the same arguments, alternating A B A B
so that a drifting machine slows both alike, and prints the medians and the
median of the pairwise ratios A/B (with min and max).

    python3 benches/paired.py NEW_BINARY OLD_BINARY [--runs 15] -- tickets LOG.toml --format json

Wall time is measured around each process; CPU time (user + system) from
the operating system's accounting of the finished child.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run(command):
    before = os.times()
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("new")
    parser.add_argument("old")
    parser.add_argument("--runs", type=int, default=15)
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    options = parser.parse_args(argv[:split])
    args = argv[split + 1:]
    run([options.new, *args])  # warm the page cache once
    pairs = []
    for _ in range(options.runs):
        pairs.append((run([options.new, *args]), run([options.old, *args])))
    walls = [a[0] / b[0] for a, b in pairs]
    print("| | median wall (s) | median cpu (s) |")
    print("|---|---:|---:|")
    print(f"| new | {statistics.median(a[0] for a, _ in pairs):.3f} | {statistics.median(a[1] for a, _ in pairs):.3f} |")
    print(f"| old | {statistics.median(b[0] for _, b in pairs):.3f} | {statistics.median(b[1] for _, b in pairs):.3f} |")
    print(f"\nwall ratio new/old: median {statistics.median(walls):.3f} (min {min(walls):.3f}, max {max(walls):.3f}), "
          f"{options.runs} pairs")


if __name__ == "__main__":
    main()
