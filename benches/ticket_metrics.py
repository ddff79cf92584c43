#!/usr/bin/env python3
"""The ticket figures of `vendorcard tickets --format json`, computed
independently with pandas from the same CSV (benches/gen_tickets.py layout).

    python3 benches/ticket_metrics.py OUT_DIR/tickets.csv > pandas.json

Definitions (docs/tickets.md): times are wall-clock minutes from opening;
unanswered tickets are left out of the response times but count in the
rates; percentiles interpolate linearly (Series.quantile's default, Excel's
PERCENTILE.INC); SLA adherence is on a 7x24 clock. Resolution times are the
Kaplan–Meier estimate, tickets still open censored at their age at the log's
latest time, here by the product-limit formula over distinct times (vendorcard
redistributes to the right, one ticket at a time); vectorised with numpy.
"""
import json
import sys

import numpy as np
import pandas as pd

SEVERITY = {"urgent": "P0", "high": "P1", "normal": "P2", "low": "P3"}
FIRST_RESPONSE_TARGET = {"P0": 30, "P1": 120, "P2": 480, "P3": 1440}
RESOLUTION_TARGET = {"P0": 480, "P1": 2880, "P2": 7200}
RESOLVED_STATUSES = {"solved", "closed", "resolved", "done", "fixed"}


def summary(minutes):
    minutes = minutes.dropna()
    if minutes.empty:
        return {"count": 0, **{k: None for k in ("min", "median", "mean", "p90", "p95", "max")}}
    return {
        "count": int(minutes.size),
        "min": float(minutes.min()),
        "median": float(minutes.quantile(0.5)),
        "mean": float(minutes.mean()),
        "p90": float(minutes.quantile(0.9)),
        "p95": float(minutes.quantile(0.95)),
        "max": float(minutes.max()),
    }


def kaplan_meier_points(done, open_ages):
    """The estimate as (duration, mass, is_tail) points, ascending: the
    product-limit S(t) = prod(1 - d_i / n_i) over distinct event times, each
    drop shared equally by the d_i tickets resolved at t_i; the mass left at
    the end sits on the longest observation when it is still open.
    Vectorised: n_i counts the resolved from t_i on (a reversed cumulative
    sum) and the open with an age of at least t_i (a binary search)."""
    done = pd.Series(done, dtype=float).dropna()
    open_ages = np.sort(pd.Series(open_ages, dtype=float).to_numpy())
    counts = done.value_counts().sort_index()
    times, deaths = counts.index.to_numpy(), counts.to_numpy()
    at_risk = (len(done) - (np.cumsum(deaths) - deaths)) + (len(open_ages) - np.searchsorted(open_ages, times))
    survival = np.cumprod(1 - deaths / at_risk)
    before = np.concatenate(([1.0], survival[:-1]))
    point_times = np.repeat(times, deaths)
    masses = np.repeat((before - survival) / np.maximum(deaths, 1), deaths)
    tails = np.zeros(len(point_times), dtype=bool)
    left = survival[-1] if len(survival) else 1.0
    if len(open_ages) and (done.empty or open_ages[-1] > done.max() or (open_ages[-1] == done.max() and left > 0)):
        point_times, masses = np.append(point_times, open_ages[-1]), np.append(masses, left)
        tails = np.append(tails, True)
    return point_times, masses, tails


def weighted_figure(points, stat):
    """PERCENTILE.INC generalised to masses: a point's position is the mass
    before it over (1 - the last point's mass)."""
    times, masses, _ = points
    if not len(times):
        return None
    if stat == "min":
        return float(times[0])
    if stat == "max":
        return float(times[-1])
    if stat == "mean":
        return float(np.sum(times * masses))
    q = {"median": 0.5, "p90": 0.9, "p95": 0.95}[stat]
    spread = 1 - masses[-1]
    if len(times) == 1 or spread <= 0:
        return float(times[-1])
    positions = (np.cumsum(masses) - masses) / spread
    positions[-1] = 1.0
    i = max(1, int(np.argmax(positions >= q)))
    lo, hi = positions[i - 1], positions[i]
    return float(times[i - 1] + (q - lo) / (hi - lo) * (times[i] - times[i - 1]))


def censored_summary(done, open_ages):
    points = kaplan_meier_points(done, open_ages)
    figures = {k: weighted_figure(points, k) for k in ("min", "median", "mean", "p90", "p95", "max")}
    return {"count": int(pd.Series(done).notna().sum()), **figures}


def adherence(met, due):
    due = int(due)
    return None if due == 0 else {"met": int(met), "due": due, "percent": 100.0 * int(met) / due}


def figures(df, severity):
    n = len(df)
    fr_target = FIRST_RESPONSE_TARGET.get(severity)
    rs_target = RESOLUTION_TARGET.get(severity)
    if severity == "all":
        fr_due = df["sev"].isin(FIRST_RESPONSE_TARGET.keys())
        rs_due = df["sev"].isin(RESOLUTION_TARGET.keys())
        fr_met = fr_due & (df["fr"] <= df["sev"].map(FIRST_RESPONSE_TARGET))
        rs_met = rs_due & (df["res"] <= df["sev"].map(RESOLUTION_TARGET))
    else:
        fr_due = pd.Series(fr_target is not None, index=df.index)
        rs_due = pd.Series(rs_target is not None, index=df.index)
        fr_met = fr_due & (df["fr"] <= (fr_target if fr_target is not None else -1))
        rs_met = rs_due & (df["res"] <= (rs_target if rs_target is not None else -1))
    resolved = (df["res"].notna() | df["status"].str.lower().isin(RESOLVED_STATUSES)).sum()
    known_reopens = df["reopens"].notna()
    known_handoffs = df["handoffs"].notna()
    return {
        "severity": severity,
        "tickets": n,
        "answered": int(df["fr"].notna().sum()),
        "first_response_minutes": summary(df["fr"]),
        "first_response_sla": adherence(fr_met.sum(), fr_due.sum()),
        "resolved": int(resolved),
        "resolution_rate": 100.0 * int(resolved) / n if n else None,
        "resolution_minutes": censored_summary(df["res"], df.loc[df["open"], "age"]),
        "open": int(df["open"].sum()),
        "resolved_within_48h": 100.0 * int((df["res"] <= 48 * 60).sum()) / n if n else None,
        "resolution_sla": adherence(rs_met.sum(), rs_due.sum()),
        "reopen_rate": 100.0 * int((df["reopens"] > 0).sum()) / int(known_reopens.sum()) if known_reopens.any() else None,
        "handoffs_mean": float(df.loc[known_handoffs, "handoffs"].mean()) if known_handoffs.any() else None,
    }


def main():
    raw = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
    opened = pd.to_datetime(raw["Opened"], format="%Y-%m-%d %H:%M:%S")
    minutes = lambda col: (pd.to_datetime(raw[col].replace("", None), format="%Y-%m-%d %H:%M:%S") - opened).dt.total_seconds() / 60
    df = pd.DataFrame({
        "sev": raw["Severity"].map(SEVERITY),
        "status": raw["Status"],
        "fr": minutes("First response"),
        "res": minutes("Resolved"),
        "reopens": pd.to_numeric(raw["Reopens"].replace("", None)),
        "handoffs": pd.to_numeric(raw["Handoffs"].replace("", None)),
    })
    # Still open: no resolution time and no resolved status; censored at the
    # latest time in the log, its export time at the earliest.
    stamp = lambda col: pd.to_datetime(raw[col].replace("", None), format="%Y-%m-%d %H:%M:%S")
    latest = max(opened.max(), stamp("First response").max(), stamp("Resolved").max())
    df["open"] = df["res"].isna() & ~df["status"].str.lower().isin(RESOLVED_STATUSES)
    df["age"] = (latest - opened).dt.total_seconds() / 60
    severities = [figures(group, sev) for sev, group in sorted(df.groupby("sev"), key=lambda g: g[0])]
    severities.append(figures(df, "all"))
    json.dump([{"vendor": "Synthetic", "severities": severities}], sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
