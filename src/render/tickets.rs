//! `vendorcard tickets`: what each vendor's ticket logs say, per severity,
//! observed next to committed, as terminal tables or JSON.

use serde::Serialize;

use super::table::{Emphasis, Row, TableModel};
use super::TerminalRender;
use crate::i18n::Text;
use crate::load::VendorTickets;
use crate::stats::Aggregate;
use crate::t;
use crate::tickets::{Adherence, Figures, Reconciliation, Scope, ScopeStats, Sla};

/// The figures of one severity (or of all tickets), as printed and exported.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct SeverityReport {
    pub severity: String,
    pub tickets: u64,
    pub answered: u64,
    /// Minutes to first response of answered tickets.
    pub first_response_minutes: Summary,
    pub first_response_target_minutes: Option<f64>,
    pub first_response_sla: Option<AdherenceReport>,
    /// Tickets resolved (with a time, or by status).
    pub resolved: u64,
    /// Percentage of tickets resolved.
    pub resolution_rate: Option<f64>,
    /// Minutes to resolution: the Kaplan–Meier estimate over tickets
    /// resolved with a time and those still open (censored at their age).
    pub resolution_minutes: Summary,
    /// Tickets still open at the export (censored).
    pub open: u64,
    /// Which figures of `resolution_minutes` are lower bounds ("median", "p90", …):
    /// they rest on tickets still open, which can only take longer.
    pub resolution_at_least: Vec<&'static str>,
    /// The clock this severity's SLA targets run on.
    pub sla_clock: Option<Text>,
    /// Its short name for the table: `7x24`, or the calendar's name.
    #[serde(skip)]
    #[schemars(skip)]
    pub sla_clock_short: Option<Text>,
    /// Percentage of resolved tickets (with an agent-reply count) resolved with at most one reply.
    pub first_contact_resolution: Option<f64>,
    /// The help desk's own SLA verdicts against vendorcard's recomputation.
    pub first_response_flags: Option<FlagsReport>,
    pub resolution_flags: Option<FlagsReport>,
    /// Percentage of all tickets resolved within 48 hours.
    pub resolved_within_48h: Option<f64>,
    pub resolution_target_minutes: Option<f64>,
    pub resolution_sla: Option<AdherenceReport>,
    /// Percentage of tickets reopened at least once, of those with a known count.
    pub reopen_rate: Option<f64>,
    /// Mean hand-offs over tickets with a known count.
    pub handoffs_mean: Option<f64>,
}

/// The aggregates of SPEC §2 over a list of durations; `None` when it is empty.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Summary {
    pub count: usize,
    pub min: Option<f64>,
    pub median: Option<f64>,
    pub mean: Option<f64>,
    pub p90: Option<f64>,
    pub p95: Option<f64>,
    pub max: Option<f64>,
}

/// The help desk's SLA verdicts next to vendorcard's (tickets with both).
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct FlagsReport {
    pub compared: u64,
    pub agree: u64,
    /// The help desk says met; vendorcard finds the target breached.
    pub in_vendor_favour: u64,
    /// The help desk says breached; vendorcard finds it met.
    pub against_vendor: u64,
    /// The first ticket ids of each (at most 20).
    pub in_vendor_favour_ids: Vec<String>,
    pub against_vendor_ids: Vec<String>,
}

impl FlagsReport {
    fn of(flags: &Reconciliation) -> Option<FlagsReport> {
        (flags.compared > 0).then(|| FlagsReport {
            compared: flags.compared,
            agree: flags.agree,
            in_vendor_favour: flags.in_vendor_favour,
            against_vendor: flags.against_vendor,
            in_vendor_favour_ids: flags.favour_ids.clone(),
            against_vendor_ids: flags.against_ids.clone(),
        })
    }
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct AdherenceReport {
    pub met: u64,
    pub due: u64,
    pub percent: f64,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct VendorReport {
    pub vendor: String,
    pub files: Vec<String>,
    pub verified: bool,
    pub skipped_rows: u64,
    pub sla_hours: Option<Text>,
    /// Which tickets: `opened … to …, tagged drill`; empty for all of them.
    pub scope: Text,
    /// One entry per severity in the logs, then `all`.
    pub severities: Vec<SeverityReport>,
}

/// `tickets --format json`: the version of this layout, then one report per vendor.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct TicketsJson {
    /// The layout version of this document (1 since it became an object; before, a bare array).
    pub format_version: u32,
    pub vendors: Vec<VendorReport>,
}

/// The layout version of [`TicketsJson`].
pub const TICKETS_FORMAT_VERSION: u32 = 1;

/// The figures of each vendor's tickets in `scope` (all tickets when `None`).
pub fn report(vendors: &[VendorTickets], scope: Option<&Scope>) -> Vec<VendorReport> {
    let all_tickets = Scope::default();
    let scope = scope.unwrap_or(&all_tickets);
    vendors
        .iter()
        .map(|v| {
            let sla = v.sla.as_ref();
            let empty = ScopeStats::default();
            let scoped = v.stats.scope(scope).unwrap_or(&empty);
            let mut severities: Vec<SeverityReport> = scoped
                .severities
                .iter()
                .map(|(name, figures)| severity_report(name, &figures.figures(), sla, true))
                .collect();
            severities.push(severity_report("all", &scoped.all(), sla, false));
            VendorReport {
                vendor: v.vendor.clone(),
                files: v.stats.files.clone(),
                verified: v.stats.verified,
                skipped_rows: v.stats.skipped,
                sla_hours: sla.map(Sla::hours),
                scope: scope.text(),
                severities,
            }
        })
        .collect()
}

fn severity_report(name: &str, figures: &Figures, sla: Option<&Sla>, one_severity: bool) -> SeverityReport {
    let adherence = |counts: Adherence| {
        counts.percent().map(|percent| AdherenceReport { met: counts.met, due: counts.due, percent })
    };
    let target = |targets: Option<&std::collections::BTreeMap<String, f64>>| {
        if one_severity {
            targets.and_then(|t| t.get(name)).copied()
        } else {
            None
        }
    };
    let (resolution_minutes, resolution_at_least) = censored_summary(figures);
    SeverityReport {
        severity: name.to_string(),
        tickets: figures.tickets,
        answered: figures.answered() as u64,
        first_response_minutes: summary(figures),
        first_response_target_minutes: target(sla.map(|s| &s.first_response)),
        first_response_sla: adherence(figures.first_response_sla),
        resolved: figures.resolved,
        resolution_rate: figures.resolution_rate(),
        resolution_minutes,
        open: figures.open() as u64,
        resolution_at_least,
        sla_clock: sla.filter(|_| one_severity).map(|sla| sla.clock(name).label()),
        sla_clock_short: sla.filter(|_| one_severity).map(|sla| sla.clock(name).short_label()),
        first_contact_resolution: figures.first_contact_rate(),
        first_response_flags: FlagsReport::of(&figures.first_response_flags),
        resolution_flags: FlagsReport::of(&figures.resolution_flags),
        resolved_within_48h: figures.resolved_within_rate(48.0),
        resolution_target_minutes: target(sla.map(|s| &s.resolution)),
        resolution_sla: adherence(figures.resolution_sla),
        reopen_rate: figures.reopen_rate(),
        handoffs_mean: figures.handoffs_mean(),
    }
}

/// The aggregates of the Kaplan–Meier estimate of time to resolution, and
/// the names of those that are lower bounds.
fn censored_summary(figures: &Figures) -> (Summary, Vec<&'static str>) {
    let mut at_least = Vec::new();
    let mut figure = |aggregate: Aggregate| {
        let bound = figures.resolution(aggregate)?;
        if bound.at_least {
            at_least.push(aggregate.name());
        }
        Some(bound.value)
    };
    // In the order the names are listed.
    let (min, median, mean) = (figure(Aggregate::Min), figure(Aggregate::Median), figure(Aggregate::Mean));
    let (p90, p95, max) = (figure(Aggregate::P90), figure(Aggregate::P95), figure(Aggregate::Max));
    (Summary { count: figures.resolution_times(), min, median, mean, p90, p95, max }, at_least)
}

fn summary(figures: &Figures) -> Summary {
    let figure = |aggregate: Aggregate| figures.first_response(aggregate);
    Summary {
        count: figures.answered(),
        min: figure(Aggregate::Min),
        median: figure(Aggregate::Median),
        mean: figure(Aggregate::Mean),
        p90: figure(Aggregate::P90),
        p95: figure(Aggregate::P95),
        max: figure(Aggregate::Max),
    }
}

/// The report as terminal text: per vendor, a first-response table and a
/// resolution table, observed next to committed.
pub fn text(reports: &[VendorReport], terminal: &TerminalRender) -> String {
    let mut out = String::new();
    for report in reports {
        let verified = if report.verified { t!("tickets-verified") } else { t!("tickets-not-verified") };
        let hours = report.sla_hours.as_ref().map_or_else(|| t!("tickets-no-sla"), |h| t!("tickets-clock", clock = h));
        let line = t!(
            "tickets-vendor",
            vendor = &report.vendor,
            files = report.files.join(", "),
            verified = verified,
            clock = hours
        );
        out.push_str(&super::text::visible(&line));
        out.push('\n');
        if !report.scope.english().is_empty() {
            out.push_str(&super::text::visible(&t!("tickets-scope", scope = &report.scope)));
            out.push('\n');
        }
        if report.skipped_rows > 0 {
            out.push_str(&t!("tickets-skipped", count = usize::try_from(report.skipped_rows).unwrap_or(usize::MAX)));
            out.push('\n');
        }
        let header = |keys: &[&str]| keys.iter().map(|key| crate::i18n::message(key, &[])).collect::<Vec<String>>();
        let rows = |cells: &dyn Fn(&SeverityReport) -> Vec<String>| -> Vec<Row> {
            report
                .severities
                .iter()
                .map(|s| Row {
                    cells: cells(s),
                    emphasis: if s.severity == "all" { Emphasis::Heading } else { Emphasis::None },
                })
                .collect()
        };
        let response = TableModel {
            header: header(&[
                "tickets-severity",
                "tickets-tickets",
                "tickets-answered",
                "tickets-median",
                "tickets-p90",
                "tickets-sla-target",
                "tickets-clock-column",
                "tickets-met-sla",
            ]),
            numeric: vec![false, true, true, true, true, true, false, true],
            rows: rows(&|s| {
                vec![
                    severity_label(&s.severity),
                    s.tickets.to_string(),
                    s.answered.to_string(),
                    duration(s.first_response_minutes.median),
                    duration(s.first_response_minutes.p90),
                    s.first_response_target_minutes.map_or("–".into(), |m| duration(Some(m))),
                    s.sla_clock_short
                        .as_ref()
                        .map_or("–".into(), |clock| super::text::visible(&clock.to_string()).into_owned()),
                    met(&s.first_response_sla),
                ]
            }),
            notes: vec![],
            wrapping: 0,
            status: None,
        };
        let resolution = TableModel {
            header: header(&[
                "tickets-severity",
                "tickets-resolved",
                "tickets-open",
                "tickets-median",
                "tickets-p90",
                "tickets-within-48h",
                "tickets-sla-target",
                "tickets-met-sla",
                "tickets-first-contact",
                "tickets-reopened",
                "tickets-handoffs",
            ]),
            numeric: vec![false, true, true, true, true, true, true, true, true, true, true],
            rows: rows(&|s| {
                let bound = |name: &str, value: Option<f64>| {
                    let shown = duration(value);
                    if s.resolution_at_least.contains(&name) && value.is_some() {
                        format!("≥{shown}")
                    } else {
                        shown
                    }
                };
                vec![
                    severity_label(&s.severity),
                    format!("{} ({})", s.resolved, percent(s.resolution_rate)),
                    s.open.to_string(),
                    bound("median", s.resolution_minutes.median),
                    bound("p90", s.resolution_minutes.p90),
                    percent(s.resolved_within_48h),
                    s.resolution_target_minutes.map_or("–".into(), |m| duration(Some(m))),
                    met(&s.resolution_sla),
                    percent(s.first_contact_resolution),
                    percent(s.reopen_rate),
                    s.handoffs_mean.map_or("–".into(), |h| format!("{h:.1}")),
                ]
            }),
            notes: vec![],
            wrapping: 0,
            status: None,
        };
        out.push_str(&format!("\n{}\n", t!("tickets-first-response-heading")));
        out.push_str(&terminal.text(&response));
        out.push_str(&format!("\n{}\n", t!("tickets-resolution-heading")));
        out.push_str(&terminal.text(&resolution));
        let flagged: Vec<&SeverityReport> = report
            .severities
            .iter()
            .filter(|s| s.first_response_flags.is_some() || s.resolution_flags.is_some())
            .collect();
        if !flagged.is_empty() {
            let verdicts = TableModel {
                header: header(&[
                    "tickets-severity",
                    "tickets-target",
                    "tickets-compared",
                    "tickets-agree",
                    "tickets-vendor-met",
                    "tickets-vendor-breached",
                ]),
                numeric: vec![false, false, true, true, true, true],
                rows: flagged
                    .iter()
                    .flat_map(|s| {
                        [
                            (t!("sla-first-response"), &s.first_response_flags),
                            (t!("sla-resolution"), &s.resolution_flags),
                        ]
                        .into_iter()
                        .filter_map(move |(what, flags)| flags.as_ref().map(|f| (s, what.clone(), f)))
                    })
                    .map(|(s, what, f)| Row {
                        cells: vec![
                            severity_label(&s.severity),
                            what,
                            f.compared.to_string(),
                            f.agree.to_string(),
                            with_ids(f.in_vendor_favour, &f.in_vendor_favour_ids),
                            with_ids(f.against_vendor, &f.against_vendor_ids),
                        ],
                        emphasis: if s.severity == "all" { Emphasis::Heading } else { Emphasis::None },
                    })
                    .collect(),
                notes: vec![],
                wrapping: 0,
                status: None,
            };
            out.push_str(&format!("\n{}\n", t!("tickets-verdicts-heading")));
            out.push_str(&terminal.text(&verdicts));
        }
        out.push('\n');
    }
    out
}

/// A severity as the log names it, and the row of all tickets in the run's language.
fn severity_label(severity: &str) -> String {
    if severity == "all" {
        t!("tickets-all")
    } else {
        severity.to_string()
    }
}

/// `2 (#4107, #4121)`: a count with the first few ticket ids.
fn with_ids(count: u64, ids: &[String]) -> String {
    const SHOWN: usize = 5;
    match count {
        0 => "0".into(),
        n => {
            let mut listed: Vec<&str> = ids.iter().take(SHOWN).map(String::as_str).collect();
            if n as usize > listed.len() {
                listed.push("…");
            }
            super::text::visible(&format!("{n} ({})", listed.join(", "))).into_owned()
        }
    }
}

fn met(adherence: &Option<AdherenceReport>) -> String {
    adherence.as_ref().map_or("–".into(), |a| format!("{}/{} {}", a.met, a.due, percent(Some(a.percent))))
}

fn percent(value: Option<f64>) -> String {
    value.map_or("–".into(), |p| format!("{p:.0}%"))
}

/// `45m`, `2h 05m`, `3d 04h` (`45分`, `2时05分`, `3天04时` in Chinese): minutes as a
/// person reads them in a table column.
pub(crate) fn duration(minutes: Option<f64>) -> String {
    let Some(minutes) = minutes else { return "–".into() };
    let whole = minutes.round() as i64;
    let [day, hour, minute] = match crate::i18n::lang() {
        crate::i18n::Lang::En => ["d", "h", "m"],
        crate::i18n::Lang::ZhCn => ["天", "时", "分"],
    };
    let gap = if crate::i18n::lang() == crate::i18n::Lang::En { " " } else { "" };
    match whole {
        ..60 => format!("{whole}{minute}"),
        60..1440 => format!("{}{hour}{gap}{:02}{minute}", whole / 60, whole % 60),
        _ => format!("{}{day}{gap}{:02}{hour}", whole / 1440, (whole % 1440) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations_read_like_a_person_writes_them() {
        assert_eq!(duration(Some(12.4)), "12m");
        assert_eq!(duration(Some(125.0)), "2h 05m");
        // 3900 min = 2 days (2880) + 1020 min = 17 h.
        assert_eq!(duration(Some(3900.0)), "2d 17h");
        assert_eq!(duration(None), "–");
    }
}
