#!/usr/bin/env python3
"""The ticket figures of `vendorcard tickets --format json`, computed with
DuckDB from the same CSV (benches/gen_tickets.py layout): what a team with
a SQL engine would write. Definitions as in ticket_metrics.py (pandas).

    pip install duckdb numpy
    python3 benches/ticket_metrics_duckdb.py OUT_DIR/tickets.csv > duckdb.json

DuckDB reads the CSV, maps severities, turns timestamps into minutes and
computes every count, percentile (`quantile_cont`, type 7) and SLA figure,
per severity and for all tickets at once (GROUPING SETS); it also groups the
resolution times by value for the Kaplan–Meier estimate, which
peer_figures.py walks with numpy.
"""
import sys

import duckdb

from peer_figures import (FIRST_RESPONSE_TARGET, RESOLUTION_TARGET, RESOLVED_STATUSES, SEVERITY, STATS,
                          censored_summary, severity_figures, write)


def case(column, mapping, otherwise="NULL"):
    arms = " ".join(f"WHEN {column} = '{key}' THEN {value!r}" for key, value in mapping.items())
    return f"CASE {arms} ELSE {otherwise} END"


def main():
    con = duckdb.connect()
    con.execute("PRAGMA threads=2")
    resolved = ", ".join(f"'{s}'" for s in RESOLVED_STATUSES)
    stamp = "strptime(NULLIF({0}, ''), '%Y-%m-%d %H:%M:%S')"
    con.execute(f"""
        CREATE TABLE raw AS SELECT
            {case('"Severity"', SEVERITY)} AS sev,
            "Status" AS status,
            {stamp.format('"Opened"')} AS opened,
            {stamp.format('"First response"')} AS first_at,
            {stamp.format('"Resolved"')} AS resolved_at,
            TRY_CAST(NULLIF("Reopens", '') AS BIGINT) AS reopens,
            TRY_CAST(NULLIF("Handoffs", '') AS BIGINT) AS handoffs
        FROM read_csv(?, all_varchar = true, header = true)
    """, [sys.argv[1]])
    latest = con.execute("SELECT greatest(max(opened), max(first_at), max(resolved_at)) FROM raw").fetchone()[0]
    minutes = "(epoch({0}) - epoch(opened)) / 60"
    con.execute(f"""
        CREATE TABLE t AS SELECT
            sev, reopens, handoffs,
            {minutes.format('first_at')} AS fr,
            {minutes.format('resolved_at')} AS res,
            resolved_at IS NULL AND lower(status) NOT IN ({resolved}) AS is_open,
            resolved_at IS NOT NULL OR lower(status) IN ({resolved}) AS is_resolved,
            (epoch(?::TIMESTAMP) - epoch(opened)) / 60 AS age,
            {case('sev', FIRST_RESPONSE_TARGET)} AS fr_target,
            {case('sev', RESOLUTION_TARGET)} AS rs_target
        FROM raw
    """, [latest])
    quantiles = {"median": 0.5, "p90": 0.9, "p95": 0.95}
    first_response = ", ".join(
        f"quantile_cont(fr, {quantiles[s]}) AS fr_{s}" if s in quantiles else
        f"{ {'min': 'min', 'mean': 'avg', 'max': 'max'}[s] }(fr) AS fr_{s}" for s in STATS)
    rows = con.execute(f"""
        SELECT coalesce(sev, 'all') AS grp, grouping(sev) AS is_all,
            count(*) AS tickets, count(fr) AS answered, {first_response},
            count(fr_target) AS fr_due, count(*) FILTER (fr <= fr_target) AS fr_met,
            count(rs_target) AS rs_due, count(*) FILTER (res <= rs_target) AS rs_met,
            count(*) FILTER (is_resolved) AS resolved, count(*) FILTER (is_open) AS open,
            count(*) FILTER (res <= 48 * 60) AS within_48h,
            count(reopens) AS reopens_known, count(*) FILTER (reopens > 0) AS reopened,
            count(handoffs) AS handoffs_known, avg(handoffs) AS handoffs_mean
        FROM t GROUP BY GROUPING SETS ((sev), ()) ORDER BY is_all, grp
    """).fetchall()
    names = [d[0] for d in con.description]
    times = con.execute("""
        SELECT coalesce(sev, 'all'), list(res ORDER BY res), list(n ORDER BY res) FROM (
            SELECT sev, res, count(*) AS n FROM t WHERE res IS NOT NULL GROUP BY sev, res
            UNION ALL
            SELECT NULL, res, count(*) FROM t WHERE res IS NOT NULL GROUP BY res
        ) GROUP BY sev
    """).fetchall()
    ages = con.execute("""
        SELECT sev, list(age ORDER BY age) FROM t WHERE is_open GROUP BY sev
        UNION ALL SELECT 'all', list(age ORDER BY age) FROM t WHERE is_open
    """).fetchall()
    times = {grp: (values, counts) for grp, values, counts in times}
    ages = {grp: values for grp, values in ages}
    severities = []
    for row in rows:
        row = dict(zip(names, row))
        grp = row["grp"]
        done, deaths = times.get(grp, ([], []))
        severities.append(severity_figures(grp, row, censored_summary(done, deaths, ages.get(grp) or [])))
    write(severities)


if __name__ == "__main__":
    main()
