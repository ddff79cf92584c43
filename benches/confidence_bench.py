#!/usr/bin/env python3
"""Times `compare --confidence` (SMAA-2 over weight and evidence
uncertainty) and how it grows with vendors and criteria.

    cargo build --release
    python3 benches/confidence_bench.py [--samples 1000000] [--runs 5]

The reference case is the issue's: 10 vendors × 40 criteria (8 categories
of 5), every weight within ±20 % and every figure uncertain (`range` on
each), 10⁶ samples. It prints the median wall time and peak memory of
several runs (GNU time), samples per second, and — as a yardstick measured
in the same run — a vectorised NumPy implementation of the same sampling
(two-level weight shares, uniform figures, linear scores, first-rank
counts), so the ratio holds on a noisy machine. Then the scaling: 5, 10,
20 vendors at 40 criteria, and 20, 40, 80 criteria at 10 vendors.

The wall time is the whole command: reading, scoring, the main run, the
confidence factors (10 000 samples per vendor that ever ranks first) and
what matters most (10 000 samples for each of up to 8 figures).
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, "target", "release", "vendorcard")


def make_case(folder, vendors, criteria, seed=11):
    """A rubric of `criteria` number criteria in 8 categories (fewer when
    there are fewer criteria) and `vendors` evidence files with ranges."""
    rng = random.Random(seed)
    categories = min(8, criteria)
    per = [criteria // categories + (1 if i < criteria % categories else 0) for i in range(categories)]
    lines = ['id = "bench"', 'name = "Confidence benchmark"', 'version = "1"',
             '[uncertainty]', 'weights = "±20%"']
    ids = []
    for c in range(categories):
        lines += ["[[category]]", f'id = "cat{c}"', f'name = "Category {c}"', f"weight = {rng.randint(5, 30)}"]
        for k in range(per[c]):
            id = f"c{c}_{k}"
            ids.append(id)
            lines += ["  [[category.criterion]]", f'  id = "{id}"', f'  name = "Criterion {id}"', '  kind = "number"',
                      "  linear = { best = 0, worst = 100 }", f"  weight = {rng.randint(1, 5)}"]
    with open(os.path.join(folder, "rubric.toml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    evidence = os.path.join(folder, "evidence")
    os.makedirs(evidence, exist_ok=True)
    for v in range(vendors):
        out = [f'vendor = "Vendor {v:02}"', 'rubric = "bench"', "collected = 2026-11-01"]
        for id in ids:
            value = rng.uniform(10, 90)
            half = rng.uniform(2, 10)
            out += [f"[evidence.{id}]", f"value = {value:.3f}", f"range = [{value - half:.3f}, {value + half:.3f}]",
                    'source = "bench"', 'basis = "observed"']
        with open(os.path.join(evidence, f"v{v:02}.toml"), "w") as f:
            f.write("\n".join(out) + "\n")
    return os.path.join(folder, "rubric.toml"), evidence


def timed(command):
    """(wall seconds, peak KiB) of one run, by GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr)
    wall, kib = result.stderr.strip().splitlines()[-1].split()
    return float(wall), int(kib)


def numpy_yardstick(vendors, criteria, samples, seed=11):
    """The same sampling in NumPy, in batches: seconds."""
    import numpy as np
    rng = np.random.default_rng(seed)
    categories = min(8, criteria)
    category_of = np.arange(criteria) % categories
    category_weights = rng.integers(5, 31, categories).astype(float)
    criterion_weights = rng.integers(1, 6, criteria).astype(float)
    value = rng.uniform(10, 90, (vendors, criteria))
    half = rng.uniform(2, 10, (vendors, criteria))
    start = time.perf_counter()
    firsts = np.zeros(vendors)
    batch = 20_000
    for done in range(0, samples, batch):
        n = min(batch, samples - done)
        cw = category_weights * rng.uniform(0.8, 1.2, (n, categories))
        kw = criterion_weights * rng.uniform(0.8, 1.2, (n, criteria))
        sums = np.zeros((n, categories))
        for c in range(categories):
            sums[:, c] = kw[:, category_of == c].sum(axis=1)
        shares = cw[:, category_of] / cw.sum(axis=1, keepdims=True) * kw / sums[:, category_of]
        figures = value + half * rng.uniform(-1, 1, (n, vendors, criteria))
        scores = np.clip(5 * (100 - figures) / 100, 0, 5)
        totals = np.einsum("nvc,nc->nv", scores, shares) * 20
        firsts += np.bincount(totals.argmax(axis=1), minlength=vendors)
    return time.perf_counter() - start


def case(vendors, criteria, samples, runs, yardstick):
    with tempfile.TemporaryDirectory() as folder:
        rubric, evidence = make_case(folder, vendors, criteria)
        command = [BINARY, "compare", "--rubric", rubric, evidence, "--confidence", "--samples", str(samples),
                   "--format", "json"]
        subprocess.run(command, check=True, capture_output=True)  # warm the cache
        ours = [timed(command) for _ in range(runs)]
        theirs = [numpy_yardstick(vendors, criteria, samples) for _ in range(runs)] if yardstick else []
    wall = statistics.median(w for w, _ in ours)
    memory = max(k for _, k in ours) / 1024
    line = (f"{vendors:>3} vendors × {criteria:>3} criteria, {samples} samples: median {wall:.3f} s "
            f"({samples / wall / 1e6:.2f} M samples/s), peak {memory:.1f} MiB")
    if theirs:
        numpy = statistics.median(theirs)
        line += f"; NumPy yardstick {numpy:.3f} s, ratio {wall / numpy:.2f}"
    print(line, flush=True)
    return wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-numpy", action="store_true", help="skip the NumPy yardstick")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    print(f"{os.cpu_count()} cores; medians of {args.runs} runs")
    case(10, 40, args.samples, args.runs, not args.no_numpy)
    print("scaling with vendors (40 criteria):")
    for vendors in (5, 20):
        case(vendors, 40, args.samples, max(1, args.runs // 2), False)
    print("scaling with criteria (10 vendors):")
    for criteria in (20, 80):
        case(10, criteria, args.samples, max(1, args.runs // 2), False)


if __name__ == "__main__":
    main()
