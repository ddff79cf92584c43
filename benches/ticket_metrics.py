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

import peer_figures
from peer_figures import FIRST_RESPONSE_TARGET, RESOLUTION_TARGET, RESOLVED_STATUSES, SEVERITY


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
    """The estimate as arrays of (duration, mass, is_tail), ascending
    (peer_figures.kaplan_meier_points over pandas' counts of each distinct
    resolution time)."""
    done = pd.Series(done, dtype=float).dropna()
    counts = done.value_counts().sort_index()
    open_ages = np.sort(pd.Series(open_ages, dtype=float).to_numpy())
    return peer_figures.kaplan_meier_points(counts.index.to_numpy(), counts.to_numpy(), open_ages)


def censored_summary(done, open_ages):
    points = kaplan_meier_points(done, open_ages)
    figures = {k: peer_figures.weighted_figure(points, k) for k in ("min", "median", "mean", "p90", "p95", "max")}
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
