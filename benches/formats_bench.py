#!/usr/bin/env python3
"""Wall time and peak memory of `vendorcard tickets` on the same synthetic log
as UTF-8 CSV (the yardstick, measured in the same run), GB18030 CSV with
Windows line ends, semicolon-separated CSV, UTF-16 and .xlsx.

    cargo build --release
    python3 benches/formats_bench.py [--runs 5] [--rows 100000]

Needs GNU time (/usr/bin/time) for peak memory, and LibreOffice (`soffice`,
as the XLSX test does) to write the .xlsx once; cached under
target/bench-data/. Prints a Markdown table: the median wall time of the
runs (process start included), the largest peak RSS, and each format's time
as a multiple of UTF-8's.
"""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from tickets_bench import measure  # noqa: E402  (same timing as the ticket benchmark)



def prepare(rows):
    data = os.path.join(ROOT, "target", "bench-data", f"formats-{rows}")
    os.makedirs(data, exist_ok=True)
    utf8 = os.path.join(data, "tickets.csv")
    if not os.path.exists(utf8):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_tickets.py"), str(rows), data], check=True)
    text = open(utf8, encoding="utf-8", newline="").read()
    variants = {
        "UTF-8, comma (yardstick)": ("tickets.csv", ""),
        "GB18030, CRLF": ("tickets-gb18030.csv", 'encoding = "gb18030"'),
        "UTF-8, semicolon (sniffed)": ("tickets-semicolon.csv", ""),
        "UTF-16LE with BOM, tab": ("tickets-utf16.csv", ""),
        "XLSX": ("tickets.xlsx", ""),
    }
    writers = {
        "tickets-gb18030.csv": lambda: text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb18030"),
        "tickets-semicolon.csv": lambda: text.replace(",", ";").encode("utf-8"),
        "tickets-utf16.csv": lambda: b"\xff\xfe" + text.replace(",", "\t").encode("utf-16-le"),
    }
    for name, write in writers.items():
        path = os.path.join(data, name)
        if not os.path.exists(path):
            open(path, "wb").write(write())
    xlsx = os.path.join(data, "tickets.xlsx")
    if not os.path.exists(xlsx):
        if not shutil.which("soffice"):
            sys.exit("soffice (LibreOffice) is needed once to write the .xlsx")
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", data, utf8], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The generator's evidence file, naming each variant instead (and its encoding).
    evidence = open(os.path.join(data, "vendor.toml"), encoding="utf-8").read()
    for label, (file, extra) in variants.items():
        path = os.path.join(data, f"{os.path.splitext(file)[0]}-{os.path.splitext(file)[1][1:]}.toml")
        text = evidence.replace('file = "tickets.csv"', f'file = "{file}"\n{extra}')
        open(path, "w", encoding="utf-8").write(text)
        variants[label] = path
    return variants


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100000)
    args = parser.parse_args()
    binary = os.path.join(ROOT, "target", "release", "vendorcard")
    variants = prepare(args.rows)
    print(f"| {args.rows:,} rows | wall (s) | peak (MiB) | × UTF-8 |")
    print("|---|---:|---:|---:|")
    yardstick = None
    for label, evidence in variants.items():
        wall, peak = measure([binary, "tickets", evidence, "--format", "json"], args.runs)
        yardstick = yardstick or wall
        print(f"| {label} | {wall:.3f} | {peak:.0f} | {wall / yardstick:.2f} |", flush=True)


if __name__ == "__main__":
    main()
