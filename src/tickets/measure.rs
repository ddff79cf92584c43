//! The figures a rubric criterion can take from ticket logs (`from_tickets`).

use serde::Serialize;

use super::{Adherence, Scope, TicketStats};
use crate::evidence::{format_number, format_rounded};
use crate::stats::Aggregate;

/// What to measure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Time to first response of answered tickets (`stat` over them).
    FirstResponse,
    /// Time to resolution of resolved tickets (`stat` over them).
    Resolution,
    /// Percentage of tickets resolved.
    ResolutionRate,
    /// Percentage of tickets resolved within this many hours.
    ResolvedWithin(f64),
    /// Percentage of tickets whose first response met the SLA target.
    FirstResponseSla,
    /// Percentage of tickets whose resolution met the SLA target.
    ResolutionSla,
    /// Percentage of tickets reopened at least once.
    ReopenRate,
    /// Mean hand-offs per ticket (tickets with a known count).
    Handoffs,
    /// Number of tickets.
    Tickets,
    /// Percentage of resolved tickets resolved with at most one agent reply.
    FirstContactResolution,
    /// Percentage of the help desk's own SLA verdicts that vendorcard's recomputation agrees with.
    SlaFlagAgreement,
}

impl Metric {
    pub const NAMES: [&'static str; 11] = [
        "first_response",
        "resolution",
        "resolution_rate",
        "resolved_within",
        "first_response_sla",
        "resolution_sla",
        "reopen_rate",
        "handoffs",
        "tickets",
        "first_contact_resolution",
        "sla_flag_agreement",
    ];

    /// The metric named `name`; `hours` only for `resolved_within`.
    pub fn parse(name: &str, hours: Option<f64>) -> Option<Metric> {
        Some(match name {
            "first_response" => Metric::FirstResponse,
            "resolution" => Metric::Resolution,
            "resolution_rate" => Metric::ResolutionRate,
            "resolved_within" => Metric::ResolvedWithin(hours?),
            "first_response_sla" => Metric::FirstResponseSla,
            "resolution_sla" => Metric::ResolutionSla,
            "reopen_rate" => Metric::ReopenRate,
            "handoffs" => Metric::Handoffs,
            "tickets" => Metric::Tickets,
            "first_contact_resolution" => Metric::FirstContactResolution,
            "sla_flag_agreement" => Metric::SlaFlagAgreement,
            _ => return None,
        })
    }

    /// Whether `stat` and `unit` apply (a time per ticket, aggregated).
    pub fn is_duration(self) -> bool {
        matches!(self, Metric::FirstResponse | Metric::Resolution)
    }
}

/// Unit of the time metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Minutes,
    Hours,
    Days,
}

impl TimeUnit {
    pub const NAMES: [&'static str; 3] = ["minutes", "hours", "days"];

    pub fn parse(name: &str) -> Option<TimeUnit> {
        match name {
            "minutes" => Some(TimeUnit::Minutes),
            "hours" => Some(TimeUnit::Hours),
            "days" => Some(TimeUnit::Days),
            _ => None,
        }
    }

    fn minutes(self) -> f64 {
        match self {
            TimeUnit::Minutes => 1.0,
            TimeUnit::Hours => 60.0,
            TimeUnit::Days => 1440.0,
        }
    }

    fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// A criterion's `from_tickets = { … }`.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct TicketQuery {
    pub metric: Metric,
    /// Only tickets of this severity; `None`: all tickets.
    pub severity: Option<String>,
    /// For time metrics; `None`: the criterion's `aggregate`.
    pub stat: Option<Aggregate>,
    pub unit: TimeUnit,
    /// Only tickets opened in a window, or carrying a tag.
    pub scope: Scope,
}

/// A figure measured from ticket logs, with what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// `None` when the logs hold nothing to measure (no tickets of the
    /// severity, none answered, or no SLA target for it).
    pub value: Option<f64>,
    /// E.g. "p90 of 13 answered of 14 P0 tickets".
    pub basis: String,
    /// The value is a lower bound (it rests on tickets still open): why.
    pub at_least: Option<String>,
    /// Its interval from the number of tickets behind it (order statistics
    /// for a median or percentile, Wilson for a rate); `None` for a mean,
    /// min, max or count.
    pub uncertainty: Option<crate::intervals::Uncertainty>,
}

impl TicketStats {
    /// Measures `query`; `default_stat` is the criterion's `aggregate`.
    pub fn measure(&self, query: &TicketQuery, default_stat: Aggregate) -> Measured {
        let unmeasured = |basis: String| Measured { value: None, basis, at_least: None, uncertainty: None };
        let Some(scoped) = self.scope(&query.scope) else {
            return unmeasured(format!("the logs were not read for {}", query.scope.describe()));
        };
        let within = match query.scope.describe() {
            described if described.is_empty() => String::new(),
            described => format!(" {described}"),
        };
        // One severity's figures, or all of them together (merged once, on first use).
        let (figures, scope) = match &query.severity {
            Some(severity) => match scoped.severities.get(severity) {
                Some(figures) => (figures.figures(), format!("{severity} tickets{within}")),
                None => return unmeasured(format!("no {severity} tickets{within} in the logs")),
            },
            None => (scoped.all(), format!("tickets{within}")),
        };
        let n = figures.tickets;
        let stat = query.stat.unwrap_or(default_stat);
        let unit = query.unit;
        let mut at_least = None;
        let wilson = crate::intervals::Uncertainty::wilson;
        let uncertainty = match query.metric {
            Metric::FirstResponse => figures.first_response_interval(stat, unit.minutes()),
            Metric::Resolution => figures.resolution_interval(stat, unit.minutes()),
            Metric::ResolutionRate => wilson(figures.resolved, n),
            Metric::ResolvedWithin(hours) => wilson(figures.resolved_within(hours), n),
            Metric::FirstResponseSla => wilson(figures.first_response_sla.met, figures.first_response_sla.due),
            Metric::ResolutionSla => wilson(figures.resolution_sla.met, figures.resolution_sla.due),
            Metric::ReopenRate => wilson(figures.reopened, figures.reopens_known),
            Metric::FirstContactResolution => wilson(figures.first_contact, figures.replies_known),
            Metric::SlaFlagAgreement => {
                let flags = figures.flags();
                wilson(flags.agree, flags.compared)
            }
            Metric::Handoffs | Metric::Tickets => None,
        };
        let (value, basis) = match query.metric {
            Metric::FirstResponse => (
                figures.first_response(stat).map(|m| m / unit.minutes()),
                format!("{} of {} answered of {n} {scope}, in {}", stat.name(), figures.answered(), unit.name()),
            ),
            Metric::Resolution => {
                let open = figures.open();
                let bound = figures.resolution(stat);
                if let Some(bound) = bound.filter(|b| b.at_least) {
                    at_least = Some(format!(
                        "at least {} {} ({open} still open): a lower bound, the open tickets can only take longer",
                        format_rounded(bound.value / unit.minutes()),
                        unit.name()
                    ));
                }
                let estimate = if open > 0 {
                    format!(", Kaplan–Meier with {open} still open (censored at their age)")
                } else {
                    String::new()
                };
                (
                    bound.map(|b| b.value / unit.minutes()),
                    format!(
                        "{} of {} resolved of {n} {scope}{estimate}, in {}",
                        stat.name(),
                        figures.resolution_times(),
                        unit.name()
                    ),
                )
            }
            Metric::ResolutionRate => {
                (figures.resolution_rate(), format!("{} resolved of {n} {scope}, in %", figures.resolved))
            }
            Metric::ResolvedWithin(hours) => (
                figures.resolved_within_rate(hours),
                format!(
                    "{} resolved within {} h of {n} {scope}, in %",
                    figures.resolved_within(hours),
                    format_number(hours)
                ),
            ),
            Metric::FirstResponseSla => adherence(figures.first_response_sla, "first response", &scope),
            Metric::ResolutionSla => adherence(figures.resolution_sla, "resolution", &scope),
            Metric::ReopenRate => (
                figures.reopen_rate(),
                format!("{} reopened of {} {scope} with a reopen count, in %", figures.reopened, figures.reopens_known),
            ),
            Metric::Handoffs => {
                (figures.handoffs_mean(), format!("mean of {} {scope} with a hand-off count", figures.handoffs_known))
            }
            Metric::Tickets => (Some(n as f64), format!("{n} {scope}")),
            Metric::FirstContactResolution => (
                figures.first_contact_rate(),
                format!(
                    "{} resolved with at most one agent reply of {} resolved {scope} with a reply count, in %",
                    figures.first_contact, figures.replies_known
                ),
            ),
            Metric::SlaFlagAgreement => {
                let flags = figures.flags();
                let basis = match flags.compared {
                    0 => format!("no help-desk SLA verdicts to compare for these {scope}"),
                    compared => format!(
                        "{} of {compared} help-desk SLA verdicts of {scope} agree with the recomputation \
                         ({} in the vendor's favour, {} against), in %",
                        flags.agree, flags.in_vendor_favour, flags.against_vendor
                    ),
                };
                (flags.agreement(), basis)
            }
        };
        Measured { value, basis, at_least, uncertainty: uncertainty.filter(|_| value.is_some()) }
    }
}

fn adherence(counts: Adherence, what: &str, scope: &str) -> (Option<f64>, String) {
    let basis = match counts.due {
        0 => format!("no SLA {what} target for these {scope}"),
        due => format!("{} of {due} {scope} met the SLA {what} target, in %", counts.met),
    };
    (counts.percent(), basis)
}
