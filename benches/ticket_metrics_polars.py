#!/usr/bin/env python3
"""The ticket figures of `vendorcard tickets --format json`, computed with
polars from the same CSV (benches/gen_tickets.py layout): what a team with
a dataframe library would write. Definitions as in ticket_metrics.py (pandas).

    pip install polars numpy
    python3 benches/ticket_metrics_polars.py OUT_DIR/tickets.csv > polars.json

Polars reads the CSV, maps severities, turns timestamps into minutes and
computes every count, percentile (linear interpolation, type 7) and SLA
figure per severity and for all tickets; it also groups the resolution
times by value for the Kaplan–Meier estimate, which peer_figures.py walks
with numpy.
"""
import sys

import polars as pl

from peer_figures import (FIRST_RESPONSE_TARGET, RESOLUTION_TARGET, RESOLVED_STATUSES, SEVERITY, STATS,
                          censored_summary, severity_figures, write)


def aggregates():
    fr = pl.col("fr")
    quantile = {"median": 0.5, "p90": 0.9, "p95": 0.95}
    first_response = [
        (fr.quantile(quantile[s], interpolation="linear") if s in quantile else
         {"min": fr.min(), "mean": fr.mean(), "max": fr.max()}[s]).alias(f"fr_{s}") for s in STATS]
    count = lambda condition: condition.sum().alias
    return [
        pl.len().alias("tickets"), fr.count().alias("answered"), *first_response,
        pl.col("fr_target").count().alias("fr_due"), count(fr <= pl.col("fr_target"))("fr_met"),
        pl.col("rs_target").count().alias("rs_due"), count(pl.col("res") <= pl.col("rs_target"))("rs_met"),
        count(pl.col("is_resolved"))("resolved"), count(pl.col("is_open"))("open"),
        count(pl.col("res") <= 48 * 60)("within_48h"),
        pl.col("reopens").count().alias("reopens_known"), count(pl.col("reopens") > 0)("reopened"),
        pl.col("handoffs").count().alias("handoffs_known"), pl.col("handoffs").mean().alias("handoffs_mean"),
    ]


def main():
    raw = pl.read_csv(sys.argv[1], infer_schema=False)
    stamp = lambda column: pl.col(column).replace("", None).str.strptime(pl.Datetime("us"), "%Y-%m-%d %H:%M:%S")
    df = raw.select(
        sev=pl.col("Severity").replace_strict(SEVERITY, default=None),
        status=pl.col("Status").str.to_lowercase(),
        opened=stamp("Opened"), first_at=stamp("First response"), resolved_at=stamp("Resolved"),
        reopens=pl.col("Reopens").replace("", None).cast(pl.Int64),
        handoffs=pl.col("Handoffs").replace("", None).cast(pl.Int64),
    )
    latest = df.select(pl.max_horizontal(pl.col("opened").max(), pl.col("first_at").max(),
                                         pl.col("resolved_at").max())).item()
    minutes = lambda end: (end - pl.col("opened")).dt.total_microseconds() / 60_000_000
    resolved_status = pl.col("status").is_in(list(RESOLVED_STATUSES))
    df = df.select(
        "sev", "reopens", "handoffs",
        fr=minutes(pl.col("first_at")), res=minutes(pl.col("resolved_at")),
        is_open=pl.col("resolved_at").is_null() & ~resolved_status,
        is_resolved=pl.col("resolved_at").is_not_null() | resolved_status,
        age=minutes(pl.lit(latest)),
        fr_target=pl.col("sev").replace_strict(FIRST_RESPONSE_TARGET, default=None, return_dtype=pl.Float64),
        rs_target=pl.col("sev").replace_strict(RESOLUTION_TARGET, default=None, return_dtype=pl.Float64),
    )
    by_severity = df.group_by("sev").agg(aggregates()).sort("sev")
    everything = df.select(aggregates()).with_columns(sev=pl.lit("all"))
    rows = pl.concat([by_severity, everything.select(by_severity.columns)]).to_dicts()
    done = df.filter(pl.col("res").is_not_null())
    times = {"all": done.group_by("res").len().sort("res")}
    times.update({sev: group.drop("sev") for (sev,), group in
                  done.group_by(["sev", "res"]).len().sort("res").partition_by("sev", as_dict=True).items()})
    open_ages = {"all": df.filter(pl.col("is_open")).select(pl.col("age").sort())}
    open_ages.update({sev: group.select(pl.col("age").sort()) for (sev,), group in
                      df.filter(pl.col("is_open")).partition_by("sev", as_dict=True).items()})
    severities = []
    for row in rows:
        grp = row["sev"]
        resolved = times.get(grp)
        done_times, deaths = (resolved["res"].to_numpy(), resolved["len"].to_numpy()) if resolved is not None else ([], [])
        ages = open_ages[grp]["age"].to_numpy() if grp in open_ages else []
        severities.append(severity_figures(grp, row, censored_summary(done_times, deaths, ages)))
    write(severities)


if __name__ == "__main__":
    main()
