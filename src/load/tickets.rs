//! Ticket logs named by an evidence file: read them, and turn their figures
//! into evidence for every criterion the rubric measures `from_tickets`.

use super::evidence::Parsed;
use crate::diagnostic::{Diagnostics, Severity, Source};
use crate::evidence::{Basis, EvidenceItem, MissedCommitment, Observation, ServiceLevel};
use crate::i18n::Text;
use crate::intervals::Uncertainty;
use crate::rubric::{Rubric, Rule};
use crate::tickets::{read_log, Metric, Ranked, ReadOptions, Scope, Sla, TicketStats};

/// Reads every log of `parsed` and adds the measured evidence to it. Returns
/// the figures, or `None` if a log could not be read (the errors are in
/// `diagnostics`).
pub fn measure_tickets(
    source: &Source,
    rubric: &Rubric,
    parsed: &mut Parsed,
    options: &ReadOptions,
    extra_scope: Option<&Scope>,
    diagnostics: &mut Diagnostics,
) -> Option<TicketStats> {
    // Every scope a criterion asks for (and `tickets --window/--tag`) is counted in one read.
    let scopes: Vec<Scope> = rubric
        .criteria()
        .filter_map(|(_, c)| c.from_tickets.as_ref().map(|q| q.scope.clone()))
        .chain(extra_scope.cloned())
        .collect();
    let mut stats = TicketStats::new(&scopes);
    stats.verified = parsed.tickets.iter().all(|(log, _)| log.verified);
    let mut failed = false;
    for (log, span) in &parsed.tickets {
        let resume = crate::progress::position();
        crate::progress::stage(&crate::t!("progress-reading", path = log.path.display().to_string()), "bytes");
        let outcome = read_log(log, parsed.sla.as_ref(), options, &mut stats);
        crate::progress::stage(&crate::t!("progress-evidence"), &crate::t!("progress-files"));
        crate::progress::advance(resume);
        for problem in outcome.problems {
            failed |= problem.severity == Severity::Error;
            diagnostics.push(problem);
        }
        if let Some(warning) =
            unmapped_statuses(source, span, &log.file, &outcome.unmapped_statuses, outcome.more_unmapped)
        {
            diagnostics.push(warning);
        }
        if let Some((line, reason)) = &outcome.skipped.first {
            let rows = outcome.skipped.rows;
            diagnostics.push(
                source
                    .warning(
                        span.clone(),
                        Text::new("rows-skipped").count("rows", rows as usize).arg("file", &log.file),
                    )
                    .with_help(
                        Text::new("rows-skipped-help").arg("line", line.to_string()).part("reason", reason.clone()),
                    ),
            );
        }
    }
    if failed {
        return None;
    }
    stats.prepare();

    if let Some(warning) = favourable_verdicts(source, &parsed.tickets, &stats) {
        diagnostics.push(warning);
    }
    let logs = stats.files.join(", ");
    // Dated by the first and the last ticket: `2026-10-02/2026-10-12` (ISO 8601), one day alone.
    let dated =
        stats.opened.map(|(first, last)| if first == last { first.to_string() } else { format!("{first}/{last}") });
    if let Some(sla) = &parsed.sla {
        parsed.evidence.missed_commitments = missed_commitments(rubric, sla, &stats, source.name, &logs);
        parsed.evidence.service_levels = service_levels(sla, &stats);
    }
    let where_named = parsed.tickets.first().map(|(_, span)| span.clone()).unwrap_or_default();
    for (_, criterion) in rubric.criteria() {
        let (Some(query), Rule::Number { aggregate, .. }) = (&criterion.from_tickets, &criterion.rule) else {
            continue;
        };
        let measured = stats.measure(query, *aggregate);
        let typed = parsed.item_keys.get(&criterion.id);
        match (measured.value, typed) {
            (Some(value), typed) => {
                if let Some(key) = typed {
                    diagnostics.push(
                        source
                            .warning(key.clone(), Text::new("typed-evidence-unused").arg("id", &criterion.id))
                            .with_help(Text::new("typed-evidence-unused-help").part("basis", measured.basis.clone())),
                    );
                }
                let basis = if stats.verified { Basis::Observed } else { Basis::Claimed };
                let mut item = EvidenceItem::plain(
                    Observation::Numbers(vec![value]),
                    Some(Text::new("ticket-logs-source").arg("logs", &logs).part("basis", measured.basis.clone())),
                    basis,
                );
                item.note = measured.at_least.clone();
                item.date = dated.clone();
                item.uncertainty = measured.uncertainty;
                parsed.evidence.items.insert(criterion.id.clone(), item);
            }
            // The typed evidence stands in where the logs have nothing to measure.
            (None, Some(_)) => {}
            (None, None) => diagnostics.push(
                source.warning(where_named.clone(), Text::new("no-evidence-one").arg("id", &criterion.id)).with_help(
                    Text::new("no-evidence-tickets-help")
                        .part("basis", measured.basis.clone())
                        .arg("id", &criterion.id),
                ),
            ),
        }
    }
    for missed in &parsed.evidence.missed_commitments {
        diagnostics.push(
            source
                .warning(
                    where_named.clone(),
                    Text::new("sla-contradicted")
                        .part("claimed", missed.claimed.clone())
                        .part("observed", missed.observed.clone()),
                )
                .with_help(Text::new("sla-contradicted-help")),
        );
    }
    Some(stats)
}

/// The `[sla]` targets the tickets missed: for each severity with a
/// target, the tickets due against it and how many met it, on the SLA's
/// own clock. Any miss contradicts the commitment, which is a promise for
/// every ticket; each is tied to the criterion that measures that
/// severity's time (or the adherence criterion), when the rubric has one.
fn missed_commitments(
    rubric: &Rubric,
    sla: &Sla,
    stats: &TicketStats,
    file: &str,
    logs: &str,
) -> Vec<MissedCommitment> {
    let mut missed = Vec::new();
    let kinds = [
        ("first response", &sla.first_response, Metric::FirstResponse, Metric::FirstResponseSla),
        ("resolution", &sla.resolution, Metric::Resolution, Metric::ResolutionSla),
    ];
    for (what, targets, time, adherence) in kinds {
        for (severity, target) in targets {
            let Some(figures) = stats.severities().get(severity) else { continue };
            let counts =
                if time == Metric::FirstResponse { figures.first_response_sla } else { figures.resolution_sla };
            if counts.met >= counts.due {
                continue;
            }
            let measures = |metric: Metric, any_severity: bool| {
                rubric.criteria().map(|(_, c)| c).find(|c| {
                    c.from_tickets.as_ref().is_some_and(|q| {
                        q.metric == metric
                            && q.scope == Default::default()
                            && (q.severity.as_deref() == Some(severity) || (any_severity && q.severity.is_none()))
                    })
                })
            };
            let criterion = measures(time, false).or_else(|| measures(adherence, true)).map(|c| c.id.clone());
            let late = counts.due - counts.met;
            let what = Text::new(if what == "first response" { "sla-first-response" } else { "sla-resolution" });
            missed.push(MissedCommitment {
                criterion,
                about: Text::new("sla-about").arg("severity", severity).part("what", what.clone()),
                claimed: Text::new("sla-claimed")
                    .arg("severity", severity)
                    .part("what", what)
                    .minutes("target", *target)
                    .part("clock", sla.clock(severity).label()),
                observed: Text::new("sla-observed")
                    .count("late", usize::try_from(late).unwrap_or(usize::MAX))
                    .count("due", usize::try_from(counts.due).unwrap_or(usize::MAX))
                    .arg("met", format!("{:.0}%", 100.0 * counts.met as f64 / counts.due as f64)),
                source: Text::new("sla-source").arg("file", file).arg("logs", logs),
            });
        }
    }
    missed
}

/// Every `[sla]` target next to the times the logs show on its own clock,
/// severity by severity: the report's "promised against measured".
fn service_levels(sla: &Sla, stats: &TicketStats) -> Vec<ServiceLevel> {
    let mut levels = Vec::new();
    for (severity, figures) in stats.severities() {
        for (what, targets) in [("first response", &sla.first_response), ("resolution", &sla.resolution)] {
            let Some(target) = targets.get(severity) else { continue };
            let (on_clock, wall, adherence) = if what == "first response" {
                (&figures.first_response_on_clock, &figures.first_response, figures.first_response_sla)
            } else {
                (&figures.resolution_on_clock, &figures.resolution, figures.resolution_sla)
            };
            // The SLA's own clock where it differs from the wall clock.
            let times = if on_clock.is_empty() { wall } else { on_clock };
            let ranked = Ranked::new(&[times]);
            let n = ranked.len() as u64;
            if n == 0 {
                continue;
            }
            let at = |rank: u64| ranked.at(rank);
            let percentile = |q: f64| crate::stats::interpolate(n as usize, q, |rank| at(rank as u64 + 1));
            let interval = |q: f64| Uncertainty::order_statistic(q, n, 0, at, at);
            levels.push(ServiceLevel {
                severity: severity.clone(),
                what,
                target: *target,
                clock: sla.clock(severity).label(),
                tickets: n,
                open: if what == "resolution" { figures.open_ages.len() as u64 } else { 0 },
                due: adherence.due,
                met: adherence.met,
                quartiles: [0.0, 0.25, 0.5, 0.75, 1.0].map(percentile),
                p90: percentile(0.9),
                median_interval: interval(0.5),
                p90_interval: interval(0.9),
            });
        }
    }
    levels
}

/// One warning per log naming every status value its vocabulary does not
/// know, with how many tickets carry it and what that did.
fn unmapped_statuses(
    source: &Source,
    span: &std::ops::Range<usize>,
    file: &str,
    unmapped: &[(String, u64)],
    more: u64,
) -> Option<crate::diagnostic::Diagnostic> {
    let first = unmapped.first()?;
    let mut listed: Vec<Text> = unmapped
        .iter()
        .map(|(value, n)| Text::new("status-unmapped-value").arg("value", value).count("n", *n as usize))
        .collect();
    if more > 0 {
        listed.push(Text::new("status-unmapped-more").count("n", more as usize));
    }
    let tickets: u64 = unmapped.iter().map(|(_, n)| n).sum::<u64>() + more;
    Some(
        source
            .warning(span.clone(), Text::new("status-unmapped").arg("file", file).part("values", Text::list(listed)))
            .with_help(
                Text::new("status-unmapped-help")
                    .count("tickets", tickets as usize)
                    .arg("example", first.0.replace('"', "\\\"")),
            ),
    )
}

/// A warning when the help desk's own SLA verdicts claim targets met that
/// vendorcard finds breached: the vendor's report flatters it.
fn favourable_verdicts(
    source: &Source,
    logs: &[(crate::tickets::TicketLog, std::ops::Range<usize>)],
    stats: &TicketStats,
) -> Option<crate::diagnostic::Diagnostic> {
    let (_, span) = logs.first()?;
    let mut tickets = 0;
    let mut listed: Vec<Text> = Vec::new();
    for (severity, figures) in stats.severities() {
        for (what, flags) in
            [("sla-first-response", &figures.first_response_flags), ("sla-resolution", &figures.resolution_flags)]
        {
            if flags.in_vendor_favour > 0 {
                tickets += flags.in_vendor_favour;
                let ids: Vec<&str> = flags.favour_ids.iter().take(5).map(String::as_str).collect();
                let more = if flags.in_vendor_favour as usize > ids.len() { ", …" } else { "" };
                listed.push(
                    Text::new("favourable-one")
                        .arg("severity", severity)
                        .part("what", Text::new(what))
                        .arg("n", flags.in_vendor_favour.to_string())
                        .arg("ids", format!("{}{more}", ids.join(", "))),
                );
            }
        }
    }
    (tickets > 0).then(|| {
        source
            .warning(
                span.clone(),
                Text::new("favourable").count("tickets", tickets as usize).part("listed", Text::clauses(listed)),
            )
            .with_help(Text::new("favourable-help"))
    })
}
