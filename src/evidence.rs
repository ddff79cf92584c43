//! What was observed about one vendor, as plain data keyed by criterion id.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::Text;

impl VendorEvidence {
    /// Keeps only `evaluator`'s ratings; a rating criterion they did not rate
    /// loses its evidence (it is then missing).
    pub fn keep_only_evaluator(&mut self, evaluator: &str) {
        self.items.retain(|_, item| match &mut item.observation {
            Observation::Ratings(ratings) => {
                ratings.retain(|(who, _)| who == evaluator);
                !ratings.is_empty()
            }
            _ => true,
        });
    }
}

/// The evidence file of one vendor, checked against the rubric it names.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VendorEvidence {
    pub vendor: String,
    /// The file it was read from, as given on the command line.
    pub file: String,
    /// When the evidence was gathered (TOML date, as written).
    pub collected: Option<String>,
    pub evaluators: Vec<String>,
    /// Criterion id → evidence.
    pub items: BTreeMap<String, EvidenceItem>,
    /// The vendor's `[sla]` commitments its own ticket logs show missed.
    pub missed_commitments: Vec<MissedCommitment>,
    /// Each `[sla]` target next to what the ticket logs measured on its clock.
    pub service_levels: Vec<ServiceLevel>,
}

/// One `[sla]` target (a severity's first response or resolution) against
/// the times the ticket logs show on that target's own clock.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ServiceLevel {
    pub severity: String,
    /// `first response` or `resolution`.
    pub what: &'static str,
    /// The target, in minutes on `clock`.
    pub target: f64,
    /// `7x24`, or the business hours the target runs on.
    pub clock: crate::i18n::Text,
    /// Tickets with a time (answered; resolved).
    pub tickets: u64,
    /// Tickets still open, not among `tickets` (resolution only).
    pub open: u64,
    /// Tickets due against the target, and how many met it.
    pub due: u64,
    pub met: u64,
    /// Minimum, first quartile, median, third quartile and maximum, in
    /// minutes on the clock (`PERCENTILE.INC`).
    pub quartiles: [f64; 5],
    pub p90: f64,
    /// The 95 % intervals of the median and the p90 (order statistics).
    pub median_interval: Option<crate::intervals::Uncertainty>,
    pub p90_interval: Option<crate::intervals::Uncertainty>,
}

/// An `[sla]` target the ticket logs show missed: a claim contradicted by
/// measurement, found without anyone writing it down.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct MissedCommitment {
    /// The criterion that measures it, when the rubric has one.
    pub criterion: Option<String>,
    /// `P0 first response`.
    pub about: crate::i18n::Text,
    /// `P0 first response within 15m (7x24)`.
    pub claimed: crate::i18n::Text,
    /// `2 of 5 tickets missed it (60% met)`.
    pub observed: crate::i18n::Text,
    /// Where the claim and the measurement come from.
    pub source: crate::i18n::Text,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct EvidenceItem {
    pub observation: Observation,
    /// As written, or what a figure measured from ticket logs rests on.
    pub source: Option<crate::i18n::Text>,
    /// Who stands behind the observation: the team, the vendor, a third party.
    pub basis: Basis,
    pub note: Option<crate::i18n::Text>,
    pub date: Option<String>,
    /// The tier or plan the benefit holds under ("enterprise tier"); `None`: always.
    pub condition: Option<String>,
    /// What the benefit costs, as written (never converted).
    pub cost: Option<Cost>,
    /// The vendor's claim about the same criterion, beside the observation that scores.
    pub claim: Option<Claim>,
    /// How uncertain the figure is: an interval from the tickets behind
    /// it, a typed `range`, or the evaluators' spread. `None`: exact.
    pub uncertainty: Option<crate::intervals::Uncertainty>,
}

impl EvidenceItem {
    /// Evidence with nothing but an observation, a source and a basis.
    pub fn plain(observation: Observation, source: Option<crate::i18n::Text>, basis: Basis) -> EvidenceItem {
        EvidenceItem {
            observation,
            source,
            basis,
            note: None,
            date: None,
            condition: None,
            cost: None,
            claim: None,
            uncertainty: None,
        }
    }
}

/// Who stands behind a piece of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The team saw it: drills, logs, tests (`verified = true`).
    Observed,
    /// The vendor says so: sales, contract drafts, web pages (`verified = false`, the default).
    Claimed,
    /// A third party says so: reference customers, analysts.
    Reference,
}

impl Basis {
    pub const NAMES: [&'static str; 3] = ["observed", "claimed", "reference"];
    pub const ALL: [Basis; 3] = [Basis::Observed, Basis::Claimed, Basis::Reference];

    pub fn parse(name: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.name() == name)
    }

    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// A price as the vendor quoted it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Cost {
    pub amount: f64,
    /// As written: `USD`, `CNY`, `EUR`.
    pub currency: String,
    /// What one amount buys: `month`, `year`, `day`, `hour`, `incident` or `once`.
    pub per: String,
}

impl Cost {
    pub const PERIODS: [&'static str; 6] = ["month", "year", "day", "hour", "incident", "once"];

    /// `1200 USD per day`, `30000 CNY once`.
    pub fn display(&self) -> String {
        let per = if self.per == "once" { "once".to_string() } else { format!("per {}", self.per) };
        format!("{} {} {per}", format_number(self.amount), self.currency)
    }

    /// [`Self::display`] in each output's language: `1500 USD/天`.
    pub fn text(&self) -> Text {
        let text = match self.per.as_str() {
            "once" => Text::new("cost-once"),
            _ => Text::new("cost-per").part("per", Cost::period(&self.per)),
        };
        text.arg("amount", format_number(self.amount)).arg("currency", &self.currency)
    }

    /// What one amount buys (`per`), in each output's language: `day`, `天`.
    pub fn period(per: &str) -> Text {
        match per {
            "month" => Text::new("period-month"),
            "year" => Text::new("period-year"),
            "day" => Text::new("period-day"),
            "hour" => Text::new("period-hour"),
            "incident" => Text::new("period-incident"),
            other => Text::verbatim(other),
        }
    }
}

/// What the vendor claimed about a criterion the team also observed.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Claim {
    pub observation: Observation,
    pub source: Option<String>,
    pub note: Option<String>,
    pub date: Option<String>,
}

/// The raw evidence of one criterion, in the shape its kind takes.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Observation {
    /// `value = 12` or `values = [12, 18]`, in the criterion's unit.
    Numbers(Vec<f64>),
    Flag(bool),
    Choice(String),
    /// Checklist items present.
    Items(Vec<String>),
    /// Evaluator name → rating, sorted by evaluator.
    Ratings(
        #[serde(serialize_with = "as_object")]
        #[schemars(with = "std::collections::BTreeMap<String, f64>")]
        Vec<(String, f64)>,
    ),
    /// A price, for a `cost` criterion.
    Cost(Cost),
}

/// Ratings read as `{ "lin": 4, "priya": 5 }` in JSON, as in the evidence file.
fn as_object<S: serde::Serializer>(ratings: &[(String, f64)], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(ratings.iter().map(|(who, rating)| (who, rating)))
}

impl Observation {
    /// A compact, human-readable rendering used in tables and CSV cells.
    pub fn display(&self) -> String {
        match self {
            Observation::Numbers(values) => join(values.iter().map(|v| format_number(*v))),
            Observation::Flag(flag) => flag.to_string(),
            Observation::Choice(option) => option.clone(),
            Observation::Items(items) => join(items.iter().cloned()),
            Observation::Ratings(ratings) => {
                join(ratings.iter().map(|(who, r)| format!("{who}={}", format_number(*r))))
            }
            Observation::Cost(cost) => cost.display(),
        }
    }

    /// As people read it, in each output's language: an option or item by
    /// its label in `labels` (the criterion's translations), yes/no, a cost.
    pub fn text(&self, labels: &crate::rubric::Translations) -> Text {
        match self {
            Observation::Flag(flag) => Text::new(if *flag { "value-true" } else { "value-false" }),
            Observation::Choice(option) => labels.label(option),
            Observation::Items(items) => Text::clauses(items.iter().map(|item| labels.label(item)).collect()),
            Observation::Cost(cost) => cost.text(),
            Observation::Numbers(_) | Observation::Ratings(_) => Text::verbatim(self.display()),
        }
    }
}

fn join(parts: impl Iterator<Item = String>) -> String {
    parts.collect::<Vec<_>>().join("; ")
}

/// [`format_number`] of `value` rounded to two decimals, for messages:
/// `118.85`, not `118.8494213474855`.
pub fn format_rounded(value: f64) -> String {
    format_number((value * 100.0).round() / 100.0)
}

/// Shortest faithful rendering of an observed number: `12`, not `12.0`;
/// `48.6`, not the `48.599999999999994` that measuring from timestamps can
/// leave (ten decimals, trailing zeros dropped, are more than any evidence holds).
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{value:.0}");
    }
    // Out of all proportion (1e300, inf, NaN): as written, not three hundred digits.
    if !value.is_finite() || value.abs() >= 1e15 {
        return format!("{value:e}").replace("inf", "infinity");
    }
    let text = format!("{value:.10}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        // Too small for ten decimals: keep every digit rather than print 0.
        "0" | "-0" => value.to_string(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn observed_numbers_print_without_float_noise_or_lost_digits() {
        assert_eq!(format_number(12.0), "12");
        assert_eq!(format_number(-3.0), "-3");
        // 2916 s between two timestamps, as minutes after float arithmetic.
        assert_eq!(format_number(48.599999999999994), "48.6");
        assert_eq!(format_number(99.95), "99.95");
        assert_eq!(format_number(1.0 / 3.0), "0.3333333333");
        // Beyond ten decimals nothing is rounded away to 0.
        assert_eq!(format_number(2.5e-12), "0.0000000000025");
    }
}
