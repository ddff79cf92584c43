"""What the peer scripts (ticket_metrics.py, ticket_metrics_duckdb.py,
ticket_metrics_polars.py) share: the generated log's definitions, the
Kaplan–Meier estimate from a group's distinct resolution times (numpy), and
the JSON of `vendorcard tickets`.

The definitions are documented in ticket_metrics.py (pandas); a peer does
the per-row work and the aggregates in its own engine and hands this module
only per-group results and the distinct resolution times. The estimate here
is the textbook product-limit one, over distinct times, where vendorcard
redistributes mass to the right one ticket at a time, and
benches/crosscheck.py checks its masses against SciPy's.
"""
import json
import sys

import numpy as np

SEVERITY = {"urgent": "P0", "high": "P1", "normal": "P2", "low": "P3"}
FIRST_RESPONSE_TARGET = {"P0": 30, "P1": 120, "P2": 480, "P3": 1440}
RESOLUTION_TARGET = {"P0": 480, "P1": 2880, "P2": 7200}
RESOLVED_STATUSES = ("solved", "closed", "resolved", "done", "fixed")
STATS = ("min", "median", "mean", "p90", "p95", "max")


def kaplan_meier_points(times, deaths, open_ages):
    """The estimate as arrays of durations, masses and is-a-lower-bound flags,
    ascending, from the distinct resolution times ascending, how many
    tickets were resolved at each, and the ages of the open tickets
    ascending: the product-limit S(t) = prod(1 - d_i / n_i), each drop shared
    equally by the d_i tickets resolved at t_i; n_i counts the resolved from
    t_i on (a reversed cumulative sum) and the open with an age of at least
    t_i (a binary search). The mass left at the end sits on the longest
    observation when it is still open."""
    times = np.asarray(times, dtype=float)
    deaths = np.asarray(deaths, dtype=np.int64)
    open_ages = np.asarray(open_ages, dtype=float)
    count = int(deaths.sum())
    at_risk = (count - (np.cumsum(deaths) - deaths)) + (len(open_ages) - np.searchsorted(open_ages, times))
    survival = np.cumprod(1.0 - deaths / at_risk)
    before = np.concatenate(([1.0], survival[:-1]))
    point_times = np.repeat(times, deaths)
    masses = np.repeat((before - survival) / np.maximum(deaths, 1), deaths)
    tails = np.zeros(len(point_times), dtype=bool)
    left = float(survival[-1]) if len(survival) else 1.0
    longest_done = point_times[-1] if len(point_times) else -1.0
    if len(open_ages) and (not len(point_times) or open_ages[-1] > longest_done or
                           (open_ages[-1] == longest_done and left > 0)):
        point_times, masses = np.append(point_times, open_ages[-1]), np.append(masses, left)
        tails = np.append(tails, True)
    return point_times, masses, tails


def censored_summary(times, deaths, open_ages):
    """The Kaplan–Meier figures of a group (see kaplan_meier_points)."""
    points = kaplan_meier_points(times, deaths, open_ages)
    figures = {stat: weighted_figure(points, stat) for stat in STATS}
    return {"count": int(np.sum(deaths)), **figures}


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
