"""What the peer scripts (ticket_metrics_duckdb.py, ticket_metrics_polars.py)
share: the generated log's definitions, the Kaplan–Meier figures from a
group's distinct resolution times, and the JSON of `vendorcard tickets`.

The definitions are those of ticket_metrics.py (pandas), which documents
them; a peer does the per-row work and the aggregates in its own engine and
hands this module only per-group results and the distinct resolution times.
"""
import json
import sys

import numpy as np

SEVERITY = {"urgent": "P0", "high": "P1", "normal": "P2", "low": "P3"}
FIRST_RESPONSE_TARGET = {"P0": 30, "P1": 120, "P2": 480, "P3": 1440}
RESOLUTION_TARGET = {"P0": 480, "P1": 2880, "P2": 7200}
RESOLVED_STATUSES = ("solved", "closed", "resolved", "done", "fixed")
STATS = ("min", "median", "mean", "p90", "p95", "max")


def censored_summary(times, deaths, open_ages):
    """The Kaplan–Meier figures (ticket_metrics.py's censored_summary) from
    the distinct resolution times ascending, how many tickets were resolved
    at each, and the ages of the open tickets ascending: the product-limit
    survival over the distinct times, each drop shared by the tickets
    resolved then; the mass left at the end sits on the longest observation
    when it is still open."""
    times = np.asarray(times, dtype=float)
    deaths = np.asarray(deaths, dtype=np.int64)
    open_ages = np.asarray(open_ages, dtype=float)
    count = int(deaths.sum())
    if len(times):
        # At risk at t: resolved at or after t, plus open with an age of at least t.
        resolved_from = count - (np.cumsum(deaths) - deaths)
        open_from = len(open_ages) - np.searchsorted(open_ages, times, side="left")
        at_risk = resolved_from + open_from
        survival = np.cumprod(1.0 - deaths / at_risk)
        before = np.concatenate(([1.0], survival[:-1]))
        point_times = np.repeat(times, deaths)
        masses = np.repeat((before - survival) / deaths, deaths)
        left = float(survival[-1])
    else:
        point_times, masses, left = np.empty(0), np.empty(0), 1.0
    longest_done = point_times[-1] if len(point_times) else -1.0
    if len(open_ages) and (not len(point_times) or open_ages[-1] > longest_done or
                           (open_ages[-1] == longest_done and left > 0)):
        point_times = np.append(point_times, open_ages[-1])
        masses = np.append(masses, left)
    figures = {stat: weighted_figure(point_times, masses, stat) for stat in STATS}
    return {"count": count, **figures}


def weighted_figure(times, masses, stat):
    """PERCENTILE.INC generalised to masses (ticket_metrics.py's weighted_figure)."""
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
    i = max(1, int(np.searchsorted(positions, q, side="left")))
    lo, hi = positions[i - 1], positions[i]
    return float(times[i - 1] + (q - lo) / (hi - lo) * (times[i] - times[i - 1]))


def severity_figures(name, row, km):
    """One severity's (or "all") figures in the JSON of `vendorcard tickets`;
    `row` maps the aggregate names the peers compute to their values."""
    n = row["tickets"]

    def adherence(met, due):
        return None if not due else {"met": int(met), "due": int(due), "percent": 100.0 * met / due}

    def number(value):
        return None if value is None else float(value)

    answered = row["answered"]
    return {
        "severity": name,
        "tickets": int(n),
        "answered": int(answered),
        "first_response_minutes": {"count": int(answered),
                                   **{s: (number(row[f"fr_{s}"]) if answered else None) for s in STATS}},
        "first_response_sla": adherence(row["fr_met"], row["fr_due"]),
        "resolved": int(row["resolved"]),
        "resolution_rate": 100.0 * row["resolved"] / n if n else None,
        "resolution_minutes": km,
        "open": int(row["open"]),
        "resolved_within_48h": 100.0 * row["within_48h"] / n if n else None,
        "resolution_sla": adherence(row["rs_met"], row["rs_due"]),
        "reopen_rate": 100.0 * row["reopened"] / row["reopens_known"] if row["reopens_known"] else None,
        "handoffs_mean": number(row["handoffs_mean"]) if row["handoffs_known"] else None,
    }


def write(severities):
    json.dump([{"vendor": "Synthetic", "severities": severities}], sys.stdout, indent=2)
    print()
