#!/usr/bin/env python3
"""Cross-checks vendorcard's ticket figures against independent
computations on the same generated log, figure by figure: pandas
(ticket_metrics.py), and DuckDB and polars (ticket_metrics_duckdb.py,
ticket_metrics_polars.py) when they are installed.

    cargo build --release
    python3 benches/crosscheck.py [ROWS] [--seed 7] [--peers pandas,duckdb,polars]

Prints every figure side by side and exits 1 if any differs by more than
1e-9 (relative to the figure, or absolute below 1), or if a peer asked for
by name cannot run. Then checks the
Kaplan–Meier estimate itself against SciPy's (`scipy.stats.ecdf` on
censored data; `pip install scipy`): the product-limit survival of the
generated log's resolution times, and vendorcard's figures on the small
censored sample of the stats unit test (1, 3, 4 days resolved; 2 and 5
days still open), derived from SciPy's curve; and vendorcard's
all-tickets Kaplan–Meier figures against the definition worked in
50-digit decimals (to 1e-12).

Then (or alone, with --intervals-only) checks the 95 % intervals behind
measured figures against independent implementations, for n from 1 to 250
tickets: the order-statistic interval of a median, p90 and p95 against
SciPy's `quantile_test(...).confidence_interval()`, and the Wilson interval
of SLA adherence and of the resolution rate against statsmodels'
`proportion_confint(method="wilson")` (`pip install scipy statsmodels`),
to 1e-9. vendorcard's side is read from `compare --format json` (each
criterion's `interval`), so the whole path from the log is checked.
"""
import argparse
from decimal import Decimal, getcontext
import importlib.util
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


def scipy_points(done, open_ages):
    """(duration, mass, is_tail) points from SciPy's Kaplan–Meier curve."""
    from scipy.stats import CensoredData, ecdf
    result = ecdf(CensoredData(uncensored=list(done), right=list(open_ages)))
    times, survival = result.sf.quantiles, result.sf.probabilities
    points, before = [], 1.0
    for t, s in zip(times, survival):
        d = sum(1 for x in done if x == t)
        if d:  # SciPy lists the open tickets' times too, where the curve stays flat
            points += [(float(t), (before - s) / d, False)] * d
            before = s
    if open_ages and max(open_ages) >= max(done, default=-1) and before > 0:
        points.append((float(max(open_ages)), before, True))
    return points


def exact_figures(done, open_ages):
    """The Kaplan–Meier median, mean, p90 and p95 in minutes of resolution
    times `done` and open ages `open_ages` (whole seconds), by the definition
    (docs/tickets.md: redistribute to the right, one ticket at a time;
    positions = share before ÷ (1 − last share)) in 50-digit decimals."""
    getcontext().prec = 50
    events = sorted([(t, 0) for t in done] + [(t, 1) for t in open_ages])
    n, survival, points = len(events), Decimal(1), []
    for i, (t, still_open) in enumerate(events):
        if not still_open:
            share = survival / (n - i)
            survival -= share
            points.append((t, share))
        elif i == n - 1:
            points.append((t, survival))
    spread = 1 - points[-1][1]
    figures = {"mean": sum(Decimal(t) * share for t, share in points) / 60}
    for stat, q in (("median", Decimal("0.5")), ("p90", Decimal("0.9")), ("p95", Decimal("0.95"))):
        before = Decimal(0)
        for i, (t, share) in enumerate(points):
            position = Decimal(1) if i == len(points) - 1 else before / spread
            if position >= q:
                if i == 0 or position == q:
                    figures[stat] = Decimal(t) / 60
                else:
                    previous_t, previous_share = points[i - 1]
                    previous_position = (before - previous_share) / spread
                    fraction = (q - previous_position) / (position - previous_position)
                    figures[stat] = (previous_t + fraction * (t - previous_t)) / 60
                break
            before += share
    return figures


def kaplan_meier_checks(data, report):
    """Compares the pandas product-limit curve and vendorcard's figures with
    SciPy's, and vendorcard's all-tickets figures with exact arithmetic."""
    import csv
    import tempfile
    sys.path.insert(0, HERE)
    import numpy as np
    import pandas as pd
    import peer_figures
    import ticket_metrics as tm
    failures = []
    # 1. The generated log's P1 resolution times: pandas' points against SciPy's.
    raw = pd.read_csv(os.path.join(data, "tickets.csv"), dtype=str, keep_default_na=False)
    stamp = lambda col: pd.to_datetime(raw[col].replace("", None), format="%Y-%m-%d %H:%M:%S")
    opened = stamp("Opened")
    latest = max(opened.max(), stamp("First response").max(), stamp("Resolved").max())
    res = (stamp("Resolved") - opened).dt.total_seconds() / 60
    is_open = res.isna() & ~raw["Status"].str.lower().isin(tm.RESOLVED_STATUSES)
    p1 = raw["Severity"] == "high"
    done = list(res[p1 & res.notna()])
    ages = list(((latest - opened).dt.total_seconds() / 60)[p1 & is_open])
    ours, theirs = list(zip(*tm.kaplan_meier_points(done, ages))), scipy_points(done, ages)
    worst = max(abs(a[1] - b[1]) for a, b in zip(ours, theirs, strict=True))
    print(f"Kaplan–Meier masses of {len(done)} resolved and {len(ages)} open P1 tickets, pandas vs SciPy: "
          f"largest difference {worst:.1e}")
    if worst > 1e-9:
        failures.append("P1 Kaplan–Meier masses")
    # 2. vendorcard's all-tickets figures against the definition worked in
    # 50-digit decimals (one ticket at a time: no float sum of a million
    # shares), so what they are compared with carries no rounding of its own.
    all_done = list((res[res.notna()] * 60).round().astype(int))
    all_ages = list((((latest - opened).dt.total_seconds())[is_open]).round().astype(int))
    exact = exact_figures(all_done, all_ages)
    mine = report[0]["severities"][-1]["resolution_minutes"]
    worst = max(abs(Decimal(repr(mine[stat])) - exact[stat]) / max(Decimal(1), abs(exact[stat])) for stat in exact)
    print(f"all {len(all_done)} resolution times and {len(all_ages)} open: vendorcard against 50-digit arithmetic, "
          f"largest relative difference {float(worst):.1e}")
    if worst > Decimal("1e-12"):
        failures.append("all-tickets figures against exact arithmetic")
    # 3. vendorcard on the small censored sample, against figures from SciPy's curve.
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "log.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "opened", "resolved", "status"])
            for i, (days, status) in enumerate([(1, "solved"), (3, "solved"), (4, "solved"), (2, "open"), (5, "open")]):
                opened_at = f"2026-10-{10 - days:02d} 00:00"
                w.writerow([f"T{i}", opened_at, "2026-10-10 00:00" if status == "solved" else "", status])
        with open(os.path.join(tmp, "v.toml"), "w") as f:
            f.write('vendor = "Small"\nrubric = "sdk-support"\n\n[[tickets]]\nfile = "log.csv"\n'
                    'columns = { id = "id", opened = "opened", resolved = "resolved", status = "status" }\n'
                    'exported = 2026-10-10T00:00:00Z\n')  # the open tickets are 2 and 5 days old
        binary = os.path.join(ROOT, "target", "release", "vendorcard")
        report = json.loads(subprocess.run([binary, "tickets", os.path.join(tmp, "v.toml"), "--format", "json"],
                                           check=True, capture_output=True, text=True).stdout)
        figures = report[0]["severities"][-1]["resolution_minutes"]
        points = scipy_points([1440.0, 4320.0, 5760.0], [2880.0, 7200.0])
        for stat in ("median", "p90", "mean", "max"):
            expected = peer_figures.weighted_figure(tuple(np.array(column) for column in zip(*points)), stat)
            ok = abs(figures[stat] - expected) <= 1e-9 * max(1.0, expected)
            print(f"small censored sample {stat:6} vendorcard {figures[stat] / 1440:.6f} d, "
                  f"from SciPy's curve {expected / 1440:.6f} d {'ok' if ok else 'DIFFERS'}")
            if not ok:
                failures.append(f"small sample {stat}")
    return failures


PEERS = {"pandas": "ticket_metrics.py", "duckdb": "ticket_metrics_duckdb.py", "polars": "ticket_metrics_polars.py"}


def compare(ours, theirs, peer):
    """Prints vendorcard's figures next to a peer's; the names that differ, and the largest difference."""
    failures, compared, worst = [], 0, 0.0
    print(f"{'figure':52} {'vendorcard':>22} {peer:>22} {'difference':>11}")
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
                failures.append(f"{peer}: {name}")
    return failures, compared, worst


INTERVAL_RUBRIC = """
id = "intervals"
name = "Interval cross-check"
version = "1"
[[category]]
id = "all"
name = "All"
weight = 1
""" + "".join(f"""
  [[category.criterion]]
  id = "{id}"
  name = "{id}"
  kind = "number"
  aggregate = "{stat}"
  linear = {{ best = {best}, worst = {worst} }}
  weight = 1
  from_tickets = {{ metric = "{metric}", severity = "P1" }}
""" for id, stat, metric, best, worst in [
    ("median", "median", "first_response", 0, 240), ("p90", "p90", "first_response", 0, 240),
    ("p95", "p95", "first_response", 0, 240), ("adherence", "mean", "first_response_sla", 100, 0),
    ("resolution_rate", "mean", "resolution_rate", 100, 0)])

INTERVAL_SIZES = list(range(1, 31)) + [37, 45, 60, 80, 100, 150, 250]


def interval_checks(seed):
    """Compares every interval for every n; returns the failures."""
    import random
    import tempfile
    import numpy as np
    from scipy.stats import quantile_test
    from statsmodels.stats.proportion import proportion_confint
    rng = random.Random(seed)
    folder = tempfile.mkdtemp(prefix="vendorcard-intervals-")
    with open(os.path.join(folder, "rubric.toml"), "w") as f:
        f.write(INTERVAL_RUBRIC)
    logs = {}
    for n in INTERVAL_SIZES:
        # Whole seconds up to 4 h; about a third past the 30-minute target; about one in five open.
        seconds = [rng.randint(30, 4 * 3600) if rng.random() < 0.35 else rng.randint(30, 1800) for _ in range(n)]
        resolved = [rng.random() > 0.2 for _ in range(n)]
        logs[n] = (seconds, resolved)
        with open(os.path.join(folder, f"log{n}.csv"), "w") as f:
            f.write("Ticket,Opened,First reply,Resolved,Severity,State\n")
            for i, (s, done) in enumerate(zip(seconds, resolved)):
                opened = 1_700_000_000 + i * 86_400
                reply = opened + s
                stamp = lambda t: __import__("datetime").datetime.fromtimestamp(t, __import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                f.write(f"T{i},{stamp(opened)},{stamp(reply)},{stamp(reply + 3600) if done else ''},P1,"
                        f"{'solved' if done else 'open'}\n")
        with open(os.path.join(folder, f"vendor{n}.toml"), "w") as f:
            f.write(f'vendor = "n{n}"\nrubric = "intervals"\ncollected = 2026-11-01\n\n[[tickets]]\n'
                    f'file = "log{n}.csv"\ncolumns = {{ id = "Ticket", opened = "Opened", first_response = "First reply", '
                    f'resolved = "Resolved", severity = "Severity", status = "State" }}\nverified = true\n'
                    f'exported = 2030-01-01T00:00:00Z\n\n[sla]\nfirst_response = {{ P1 = "30m" }}\n')
    binary = os.path.join(ROOT, "target", "release", "vendorcard")
    out = subprocess.run([binary, "compare", "--rubric", os.path.join(folder, "rubric.toml"), "--format", "json",
                          "--as-of", "2030-01-01"] + [os.path.join(folder, f"vendor{n}.toml") for n in INTERVAL_SIZES],
                         capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        return ["vendorcard compare failed on the interval logs"]
    card = json.loads(out.stdout)
    failures, compared, worst = [], 0, 0.0

    def same(label, ours, theirs):
        nonlocal compared, worst
        compared += 1
        theirs = None if theirs is None or (isinstance(theirs, float) and np.isnan(theirs)) else float(theirs)
        if ours is None or theirs is None:
            if ours is not None or theirs is not None:
                failures.append(f"{label}: vendorcard {ours}, reference {theirs}")
            return
        difference = abs(ours - theirs) / max(1.0, abs(theirs))
        worst = max(worst, difference)
        if difference > 1e-9:
            failures.append(f"{label}: vendorcard {ours!r}, reference {theirs!r}")

    for vendor in card["vendors"]:
        n = int(vendor["vendor"][1:])
        seconds, resolved = logs[n]
        minutes = np.array(seconds) / 60.0
        criteria = {c["id"]: c for c in vendor["categories"][0]["criteria"]}
        for id, p in [("median", 0.5), ("p90", 0.9), ("p95", 0.95)]:
            ci = quantile_test(minutes, q=0, p=p).confidence_interval(0.95)
            interval = criteria[id].get("interval") or {}
            same(f"n={n} {id} low", interval.get("low"), ci.low)
            same(f"n={n} {id} high", interval.get("high"), ci.high)
        for id, k in [("adherence", sum(1 for s in seconds if s <= 1800)), ("resolution_rate", sum(resolved))]:
            low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
            interval = criteria[id].get("interval") or {}
            same(f"n={n} {id} low", interval.get("low"), 100 * low)
            same(f"n={n} {id} high", interval.get("high"), 100 * high)
    print(f"intervals: {compared} ends compared for n = 1…250 (seed {seed}); "
          f"largest relative difference {worst:.1e}")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=20000)
    parser.add_argument("--intervals-only", action="store_true",
                        help="only the interval checks (SciPy and statsmodels)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--peers", help="comma-separated; default: pandas and whichever of duckdb, polars import")
    args = parser.parse_args()
    if args.intervals_only:
        failures = interval_checks(args.seed)
        if failures:
            print("DIFFERENT: " + "; ".join(failures[:20]))
            sys.exit(1)
        print("identical to 1e-9")
        return
    if args.peers:
        peers = args.peers.split(",")
    else:
        peers = ["pandas"] + [p for p in ("duckdb", "polars") if importlib.util.find_spec(p) is not None]
    data = os.path.join(ROOT, "target", "bench-data", f"crosscheck-{args.rows}-{args.seed}")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_tickets.py"), str(args.rows), data, "--seed", str(args.seed)],
                   check=True)
    binary = os.path.join(ROOT, "target", "release", "vendorcard")
    ours = json.loads(subprocess.run([binary, "tickets", os.path.join(data, "vendor.toml"), "--format", "json"],
                                     check=True, capture_output=True, text=True).stdout)
    failures = kaplan_meier_checks(data, ours)
    summary = []
    for peer in peers:
        theirs = json.loads(subprocess.run([sys.executable, os.path.join(HERE, PEERS[peer]),
                                            os.path.join(data, "tickets.csv")],
                                           check=True, capture_output=True, text=True).stdout)
        different, compared, worst = compare(ours, theirs, peer)
        failures += different
        summary.append(f"{peer}: {compared} figures compared on {args.rows} rows (seed {args.seed}); "
                       f"largest relative difference {worst:.1e}")
    print("\n" + "\n".join(summary))
    failures += interval_checks(args.seed)
    if failures:
        print("DIFFERENT: " + ", ".join(failures))
        sys.exit(1)
    print("identical to 1e-9")


if __name__ == "__main__":
    main()
