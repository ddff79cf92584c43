//! The figures a rubric criterion can take from ticket logs (`from_tickets`).

use serde::Serialize;

use super::{Adherence, Scope, TicketStats};
use crate::evidence::{format_number, format_rounded};
use crate::i18n::Text;
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

    /// `minutes`, `分钟`.
    fn text(self) -> Text {
        Text::new(["time-unit-minutes", "time-unit-hours", "time-unit-days"][self as usize])
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
    pub basis: Text,
    /// The value is a lower bound (it rests on tickets still open): why.
    pub at_least: Option<Text>,
    /// Its interval from the number of tickets behind it (order statistics
    /// for a median or percentile, Wilson for a rate); `None` for a mean,
    /// min, max or count.
    pub uncertainty: Option<crate::intervals::Uncertainty>,
}

impl TicketStats {
    /// Measures `query`; `default_stat` is the criterion's `aggregate`.
    pub fn measure(&self, query: &TicketQuery, default_stat: Aggregate) -> Measured {
        let unmeasured = |basis: Text| Measured { value: None, basis, at_least: None, uncertainty: None };
        let Some(scoped) = self.scope(&query.scope) else {
            return unmeasured(Text::new("basis-not-read").part("scope", query.scope.text()));
        };
        // The tickets a figure is about: `P0 tickets`, `tickets tagged `drill``.
        let within = (!query.scope.is_empty()).then(|| query.scope.text());
        let tickets = match (&query.severity, within) {
            (Some(severity), None) => Text::new("of-tickets-severity").arg("severity", severity),
            (Some(severity), Some(within)) => {
                Text::new("of-tickets-severity-within").arg("severity", severity).part("within", within)
            }
            (None, None) => Text::new("of-tickets-all"),
            (None, Some(within)) => Text::new("of-tickets-all-within").part("within", within),
        };
        // One severity's figures, or all of them together (merged once, on first use).
        let figures = match &query.severity {
            Some(severity) => match scoped.severities.get(severity) {
                Some(figures) => figures.figures(),
                None => return unmeasured(Text::new("basis-no-tickets").part("tickets", tickets)),
            },
            None => scoped.all(),
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
        let counted = |key: &'static str, n: &dyn ToString| {
            Text::new(key).arg("n", n.to_string()).part("tickets", tickets.clone())
        };
        let stat_text = Text::new(crate::score::stat_key(stat));
        let (value, basis) = match query.metric {
            Metric::FirstResponse => (
                figures.first_response(stat).map(|m| m / unit.minutes()),
                counted("basis-first-response", &n)
                    .part("stat", stat_text)
                    .arg("answered", figures.answered().to_string())
                    .part("unit", unit.text()),
            ),
            Metric::Resolution => {
                let open = figures.open();
                let bound = figures.resolution(stat);
                if let Some(bound) = bound.filter(|b| b.at_least) {
                    at_least = Some(
                        Text::new("basis-at-least")
                            .arg("value", format_rounded(bound.value / unit.minutes()))
                            .part("unit", unit.text())
                            .arg("open", open.to_string()),
                    );
                }
                let key = if open > 0 { "basis-resolution-open" } else { "basis-resolution" };
                (
                    bound.map(|b| b.value / unit.minutes()),
                    counted(key, &n)
                        .part("stat", stat_text)
                        .arg("times", figures.resolution_times().to_string())
                        .arg("open", open.to_string())
                        .part("unit", unit.text()),
                )
            }
            Metric::ResolutionRate => (
                figures.resolution_rate(),
                counted("basis-resolution-rate", &n).arg("resolved", figures.resolved.to_string()),
            ),
            Metric::ResolvedWithin(hours) => (
                figures.resolved_within_rate(hours),
                counted("basis-resolved-within", &n)
                    .arg("resolved", figures.resolved_within(hours).to_string())
                    .arg("hours", format_number(hours)),
            ),
            Metric::FirstResponseSla => {
                adherence(figures.first_response_sla, Text::new("sla-first-response"), &tickets)
            }
            Metric::ResolutionSla => adherence(figures.resolution_sla, Text::new("sla-resolution"), &tickets),
            Metric::ReopenRate => (
                figures.reopen_rate(),
                counted("basis-reopen-rate", &figures.reopens_known).arg("reopened", figures.reopened.to_string()),
            ),
            Metric::Handoffs => (figures.handoffs_mean(), counted("basis-handoffs", &figures.handoffs_known)),
            Metric::Tickets => (Some(n as f64), counted("basis-tickets", &n)),
            Metric::FirstContactResolution => (
                figures.first_contact_rate(),
                counted("basis-first-contact", &figures.replies_known)
                    .arg("first_contact", figures.first_contact.to_string()),
            ),
            Metric::SlaFlagAgreement => {
                let flags = figures.flags();
                let basis = match flags.compared {
                    0 => Text::new("basis-flags-none").part("tickets", tickets.clone()),
                    compared => counted("basis-flags", &compared)
                        .arg("agree", flags.agree.to_string())
                        .arg("favour", flags.in_vendor_favour.to_string())
                        .arg("against", flags.against_vendor.to_string()),
                };
                (flags.agreement(), basis)
            }
        };
        Measured { value, basis, at_least, uncertainty: uncertainty.filter(|_| value.is_some()) }
    }
}

fn adherence(counts: Adherence, what: Text, tickets: &Text) -> (Option<f64>, Text) {
    let basis = match counts.due {
        0 => Text::new("basis-sla-none").part("what", what).part("tickets", tickets.clone()),
        due => Text::new("basis-sla")
            .arg("n", due.to_string())
            .arg("met", counts.met.to_string())
            .part("what", what)
            .part("tickets", tickets.clone()),
    };
    (counts.percent(), basis)
}
