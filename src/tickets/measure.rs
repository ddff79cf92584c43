//! The figures a rubric criterion can take from ticket logs (`from_tickets`).

use std::borrow::Cow;

use serde::Serialize;

use super::{Adherence, SeverityStats, TicketStats};
use crate::evidence::format_number;
use crate::stats::Aggregate;

/// What to measure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
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
}

impl Metric {
    pub const NAMES: [&'static str; 9] = [
        "first_response",
        "resolution",
        "resolution_rate",
        "resolved_within",
        "first_response_sla",
        "resolution_sla",
        "reopen_rate",
        "handoffs",
        "tickets",
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
            _ => return None,
        })
    }

    /// Whether `stat` and `unit` apply (a time per ticket, aggregated).
    pub fn is_duration(self) -> bool {
        matches!(self, Metric::FirstResponse | Metric::Resolution)
    }
}

/// Unit of the time metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TicketQuery {
    pub metric: Metric,
    /// Only tickets of this severity; `None`: all tickets.
    pub severity: Option<String>,
    /// For time metrics; `None`: the criterion's `aggregate`.
    pub stat: Option<Aggregate>,
    pub unit: TimeUnit,
}

/// A figure measured from ticket logs, with what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// `None` when the logs hold nothing to measure (no tickets of the
    /// severity, none answered, or no SLA target for it).
    pub value: Option<f64>,
    /// E.g. "p90 of 13 answered of 14 P0 tickets".
    pub basis: String,
}

impl TicketStats {
    /// Measures `query`; `default_stat` is the criterion's `aggregate`.
    pub fn measure(&self, query: &TicketQuery, default_stat: Aggregate) -> Measured {
        // One severity's figures are borrowed; all of them together are built once.
        let (figures, scope) = match &query.severity {
            Some(severity) => match self.severities.get(severity) {
                Some(figures) => (Cow::Borrowed(figures), format!("{severity} tickets")),
                None => {
                    return Measured { value: None, basis: format!("no {severity} tickets in the logs") };
                }
            },
            None => (Cow::Owned(self.all()), "tickets".to_string()),
        };
        let n = figures.tickets;
        let stat = query.stat.unwrap_or(default_stat);
        let unit = query.unit;
        let (value, basis) = match query.metric {
            Metric::FirstResponse => (
                stat.apply(&figures.first_response).map(|m| m / unit.minutes()),
                format!(
                    "{} of {} answered of {n} {scope}, in {}",
                    stat.name(),
                    figures.first_response.len(),
                    unit.name()
                ),
            ),
            Metric::Resolution => (
                stat.apply(&figures.resolution).map(|m| m / unit.minutes()),
                format!("{} of {} resolved of {n} {scope}, in {}", stat.name(), figures.resolution.len(), unit.name()),
            ),
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
        };
        Measured { value, basis }
    }

    /// All severities together.
    pub fn all(&self) -> SeverityStats {
        let mut all = SeverityStats::default();
        for figures in self.severities.values() {
            all.tickets += figures.tickets;
            all.first_response.extend_from_slice(&figures.first_response);
            all.resolved += figures.resolved;
            all.resolution.extend_from_slice(&figures.resolution);
            all.reopened += figures.reopened;
            all.reopens_known += figures.reopens_known;
            all.handoffs_total += figures.handoffs_total;
            all.handoffs_known += figures.handoffs_known;
            for (sum, part) in [
                (&mut all.first_response_sla, figures.first_response_sla),
                (&mut all.resolution_sla, figures.resolution_sla),
            ] {
                sum.met += part.met;
                sum.due += part.due;
            }
        }
        all
    }
}

fn adherence(counts: Adherence, what: &str, scope: &str) -> (Option<f64>, String) {
    let basis = match counts.due {
        0 => format!("no SLA {what} target for these {scope}"),
        due => format!("{} of {due} {scope} met the SLA {what} target, in %", counts.met),
    };
    (counts.percent(), basis)
}
