#!/usr/bin/env python3
"""The SLA clock's cost: `vendorcard tickets` on one generated log (1 M rows
by default) with every severity on 7x24, and with P1–P3 on a business
calendar with 20 holidays and 2 make-up working days; optionally against an
older build on the 7x24 log. The commands alternate, so a drifting machine
slows all alike; prints the median wall time of each and the median of the
pairwise ratios.

    cargo build --release
    python3 benches/calendar_bench.py [--rows 1000000] [--runs 7] [--old OLD_BINARY]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# 20 holidays of 2026 (China's, and a few more) and two make-up Saturdays.
HOLIDAYS = ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01",
            "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07", "2026-12-24", "2026-12-25"]
WORKDAYS = ["2026-02-14", "2026-10-10"]


def wall(command):
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--old", help="an older vendorcard binary, timed on the 7x24 log")
    args = parser.parse_args()
    data = os.path.join(ROOT, "target", "bench-data", f"calendar-{args.rows}")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_tickets.py"), str(args.rows), data, "--seed", "7"],
                   check=True)
    plain = os.path.join(data, "vendor.toml")
    text = open(plain).read()
    calendar = text.replace('hours = "7x24"', 'hours = { P0 = "7x24", default = "work" }') + (
        '\n[calendars.work]\ndays = "mon-fri"\nfrom = "09:00"\nto = "18:00"\ntimezone = "Asia/Shanghai"\n'
        f'holidays = [{", ".join(HOLIDAYS)}]\nworkdays = [{", ".join(WORKDAYS)}]\n')
    assert 'hours = "7x24"' in text, "the generated evidence file names its SLA hours"
    with open(os.path.join(data, "calendar.toml"), "w") as f:
        f.write(calendar)
    binary = os.path.join(ROOT, "target", "release", "vendorcard")
    commands = {"7x24": [binary, "tickets", plain, "--format", "json"],
                "calendar": [binary, "tickets", os.path.join(data, "calendar.toml"), "--format", "json"]}
    if args.old:
        commands["old 7x24"] = [args.old, "tickets", plain, "--format", "json"]
    for command in commands.values():
        wall(command)  # warm the page cache
    times = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(wall(command))
    print(f"{args.rows} rows, {args.runs} runs each, alternating\n")
    print("| clock | median wall (s) |\n|---|---:|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values):.3f} |")
    ratio = lambda a, b: statistics.median(x / y for x, y in zip(times[a], times[b]))
    print(f"\ncalendar / 7x24: median ratio {ratio('calendar', '7x24'):.3f}")
    if args.old:
        print(f"7x24 / old 7x24: median ratio {ratio('7x24', 'old 7x24'):.3f}")


if __name__ == "__main__":
    main()
