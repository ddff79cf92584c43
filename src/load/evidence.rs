//! Reads one vendor's evidence file (SPEC §3) and checks it against the rubric.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::tz::TimeZone;
use serde::Deserialize;
use toml::value::Datetime;
use toml::Spanned;

use super::{allowed, parse, Entries};
use crate::date::{Age, Date};
use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::evidence::{format_number, Basis, Claim, Cost, EvidenceItem, Observation, VendorEvidence};
use crate::i18n::Text;
use crate::rubric::{Criterion, MissingPolicy, Rubric, Rule, MAX_MAGNITUDE};
use crate::scorecard::Spread;
use crate::tickets::clock::{parse_days, parse_duration_minutes, parse_time_of_day, parse_time_zone, BusinessHours};
use crate::tickets::{Clock, Layout, Preset, Sla, TicketLog, COLUMN_KEYS};

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "EvidenceFile")]
struct RawEvidenceFile {
    #[schemars(with = "String")]
    vendor: Spanned<String>,
    #[schemars(with = "String")]
    rubric: Spanned<String>,
    #[schemars(with = "Option<String>")]
    collected: Option<Spanned<Datetime>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    evaluators: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "std::collections::BTreeMap<String, RawItem>")]
    evidence: Entries<Spanned<String>, RawItem>,
    #[serde(default)]
    #[schemars(with = "Vec<RawTicketLog>")]
    tickets: Vec<Spanned<RawTicketLog>>,
    sla: Option<RawSla>,
    /// `[calendars.NAME]`: business calendars an `[sla]` can name.
    #[serde(default)]
    #[schemars(with = "std::collections::BTreeMap<String, serde_json::Value>")]
    calendars: Entries<Spanned<String>, Spanned<toml::Value>>,
}

/// One `[[tickets]]` table: a help-desk export to measure from.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "TicketLog")]
struct RawTicketLog {
    #[schemars(with = "String")]
    file: Spanned<String>,
    #[schemars(with = "Option<String>")]
    preset: Option<Spanned<String>>,
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    columns: Option<Entries<Spanned<String>, String>>,
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    severity: Option<Entries<String, String>>,
    #[schemars(with = "Option<String>")]
    timezone: Option<Spanned<String>>,
    format: Option<String>,
    verified: Option<bool>,
    /// A CSV export's encoding without a BOM: a WHATWG label (`gb18030`, `utf-16le`, …).
    #[schemars(with = "Option<String>")]
    encoding: Option<Spanned<String>>,
    /// `,`, `;`, `\t` or `|`; sniffed from the header when absent.
    #[schemars(with = "Option<String>")]
    delimiter: Option<Spanned<String>>,
    /// The sheet of a spreadsheet log; the first when absent.
    #[schemars(with = "Option<String>")]
    sheet: Option<Spanned<String>>,
    /// Raw status → `resolved`, `open` or `pending`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    status: Option<Entries<Spanned<String>, Spanned<String>>>,
    /// The help desk's SLA verdict values → `met` or `breached`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    sla_flags: Option<Entries<Spanned<String>, Spanned<String>>>,
    /// When the export was taken: open tickets are censored then.
    #[schemars(with = "Option<String>")]
    exported: Option<Spanned<Datetime>>,
    /// The status-change log whose pending spans pause the SLA clock.
    #[schemars(with = "Option<RawChanges>")]
    changes: Option<Spanned<RawChanges>>,
}

/// `changes = { file = "events.csv", id = "Ticket ID", at = "Time", status = "New status" }`
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Changes")]
struct RawChanges {
    #[schemars(with = "String")]
    file: Spanned<String>,
    id: String,
    at: String,
    status: String,
}

/// `[sla]`: what the vendor committed to.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Sla")]
struct RawSla {
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    first_response: Option<Entries<String, Spanned<String>>>,
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    resolution: Option<Entries<String, Spanned<String>>>,
    /// `"7x24"`, a calendar's name, a calendar, or one of those per
    /// severity: `{ P0 = "7x24", default = "beijing" }`.
    #[schemars(with = "Option<serde_json::Value>")]
    hours: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Item")]
struct RawItem {
    #[schemars(with = "Option<serde_json::Value>")]
    value: Option<Spanned<toml::Value>>,
    #[schemars(with = "Option<Vec<serde_json::Value>>")]
    values: Option<Spanned<Vec<Spanned<toml::Value>>>>,
    #[schemars(with = "Option<Vec<String>>")]
    items: Option<Spanned<Vec<Spanned<String>>>>,
    #[schemars(with = "Option<std::collections::BTreeMap<String, serde_json::Value>>")]
    ratings: Option<Spanned<Entries<Spanned<String>, Spanned<toml::Value>>>>,
    #[schemars(with = "Option<String>")]
    source: Option<Spanned<String>>,
    verified: Option<bool>,
    #[schemars(with = "Option<String>")]
    note: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    date: Option<Spanned<Datetime>>,
    /// A case still open since this date: its age so far is a lower bound.
    #[schemars(with = "Option<String>")]
    open_since: Option<Spanned<Datetime>>,
    /// `observed`, `claimed` or `reference`; `verified` is the older spelling.
    #[schemars(with = "Option<String>")]
    basis: Option<Spanned<String>>,
    /// The tier or plan the benefit holds under.
    #[schemars(with = "Option<String>")]
    condition: Option<Spanned<String>>,
    #[schemars(with = "Option<RawCost>")]
    cost: Option<Spanned<RawCost>>,
    /// The vendor's claim beside the observation: `claim = { value = "7x24", source = "…" }`.
    #[schemars(with = "Option<Box<RawItem>>")]
    claim: Option<Spanned<Box<RawItem>>>,
    /// How far off a typed number may be: `range = [low, high]` around it.
    #[schemars(with = "Option<Vec<serde_json::Value>>")]
    range: Option<Spanned<Vec<Spanned<toml::Value>>>>,
}

/// `cost = { amount = 1200, currency = "USD", per = "day" }`
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Cost")]
struct RawCost {
    #[schemars(with = "serde_json::Value")]
    amount: Spanned<toml::Value>,
    #[schemars(with = "String")]
    currency: Spanned<String>,
    #[schemars(with = "String")]
    per: Spanned<String>,
}

/// An evidence file parsed and checked, with the spans later checks need.
pub struct Parsed {
    pub evidence: VendorEvidence,
    /// Where the vendor name is, to point at duplicates across files.
    pub vendor_span: Range<usize>,
    /// The file's `collected` date and where it is written.
    pub collected: Option<Dated>,
    /// Each item's own `date`, by criterion id (`None`: the item has none).
    pub item_dates: Vec<(String, Option<Dated>)>,
    /// The ticket logs named by `[[tickets]]`, paths resolved, and where each is named.
    pub tickets: Vec<(TicketLog, Range<usize>)>,
    pub sla: Option<Sla>,
    /// Files read besides the evidence file and its ticket logs (`.ics`
    /// calendars), for provenance and so no export overwrites them.
    pub other_inputs: Vec<std::path::PathBuf>,
    /// Where each typed evidence item's key is, by criterion id.
    pub item_keys: HashMap<String, Range<usize>>,
}

/// A date as read, with where it is written.
pub type Dated = (Date, Range<usize>);

impl Parsed {
    /// Warnings for evidence dated before `cutoff` (older than `max_age` as
    /// of `as_of`) or after `as_of`, and for evidence with no date at all.
    /// An item's own `date` counts; without one, the file's `collected` date.
    pub fn age_warnings(&self, source: &Source, max_age: Age, as_of: Date) -> Vec<Diagnostic> {
        let cutoff = max_age.cutoff(as_of);
        let mut warnings = Vec::new();
        let mut check = |what: Text, date: Date, span: &Range<usize>, why: Text| {
            if cutoff.is_some_and(|cutoff| date < cutoff) {
                warnings.push(
                    source
                        .warning(
                            span.clone(),
                            Text::new("age-older")
                                .part("what", what)
                                .part("age", max_age.text())
                                .arg("as_of", as_of.to_string()),
                        )
                        .with_help(Text::new("age-older-help").part("why", why)),
                );
            } else if date > as_of {
                warnings.push(
                    source
                        .warning(
                            span.clone(),
                            Text::new("age-future").part("what", what).arg("as_of", as_of.to_string()),
                        )
                        .with_help(Text::new("age-future-help").part("why", why)),
                );
            }
        };
        let relying_on_collected = self.item_dates.iter().filter(|(_, date)| date.is_none()).count();
        if let Some((date, span)) = &self.collected {
            if relying_on_collected > 0 {
                let why = Text::new("age-items-take-date").count("count", relying_on_collected);
                check(Text::new("age-collected").arg("date", date.to_string()), *date, span, why);
            }
        }
        for (criterion, date) in &self.item_dates {
            if let Some((date, span)) = date {
                check(
                    Text::new("age-item").arg("criterion", criterion).arg("date", date.to_string()),
                    *date,
                    span,
                    Text::verbatim(""),
                );
            }
        }
        if self.collected.is_none() && relying_on_collected > 0 {
            warnings.push(
                source
                    .warning(
                        self.vendor_span.clone(),
                        Text::new("age-undated").arg("count", relying_on_collected.to_string()),
                    )
                    .with_help(Text::new("age-undated-help")),
            );
        }
        warnings
    }
}

/// Parses one evidence file and checks it against `rubric`. Every problem
/// is added to `diagnostics`; the evidence is returned only if none is an error.
/// `reuse` (`--reuse-evidence`): evidence collected for another built-in
/// rubric is scored where ids and kinds match.
pub fn parse_evidence(source: &Source, rubric: &Rubric, reuse: bool, diagnostics: &mut Diagnostics) -> Option<Parsed> {
    let raw: RawEvidenceFile = match parse(source) {
        Ok(raw) => raw,
        Err(diagnostic) => {
            diagnostics.push(*diagnostic);
            return None;
        }
    };
    let mut errors = Vec::new();
    let mut warnings = Vec::new();

    if raw.vendor.get_ref().trim().is_empty() {
        errors.push(source.error(raw.vendor.span(), Text::new("vendor-empty")));
    }
    // Every text must fit the spreadsheet cell an export puts it in.
    let texts = raw.evidence.0.iter().flat_map(|(_, item)| {
        let claim = item.claim.as_ref().map(|c| c.get_ref());
        [
            item.source.as_ref(),
            item.note.as_ref(),
            item.condition.as_ref(),
            claim.and_then(|c| c.source.as_ref()),
            claim.and_then(|c| c.note.as_ref()),
        ]
    });
    let texts = texts.flatten();
    for text in std::iter::once(&raw.vendor).chain(texts) {
        if let Some(problem) = too_long(text.get_ref()) {
            errors.push(source.error(text.span(), problem).with_help(Text::new("text-too-long-help")));
        }
    }
    // Evidence collected for a rubric this one extends is accepted as it is.
    let for_parent = rubric.based_on.contains(raw.rubric.get_ref());
    // With --reuse-evidence, evidence for another built-in rubric: known to tell a typo from a criterion it has.
    let collected_for = (raw.rubric.get_ref() != &rubric.id && !for_parent && reuse)
        .then(|| other_rubric(source, &raw.rubric, rubric, &mut errors))
        .flatten();
    if raw.rubric.get_ref() != &rubric.id && !for_parent && !reuse {
        errors.push(
            source
                .error(
                    raw.rubric.span(),
                    Text::new("rubric-mismatch").arg("theirs", raw.rubric.get_ref()).arg("ours", &rubric.id),
                )
                .with_help(Text::new("rubric-mismatch-help").arg("theirs", raw.rubric.get_ref())),
        );
        // Every criterion the other rubric has and this one lacks would be an
        // error of this one cause: say it once.
        for diagnostic in errors {
            diagnostics.push(diagnostic);
        }
        return None;
    }
    // Criteria of the other rubric this one does not score (or scores as another kind).
    let mut not_scored: Vec<Text> = Vec::new();
    let mut evaluators: Vec<String> = Vec::new();
    for evaluator in &raw.evaluators {
        if evaluators.contains(evaluator.get_ref()) {
            errors.push(source.error(evaluator.span(), Text::new("evaluator-twice").arg("name", evaluator.get_ref())));
        } else {
            evaluators.push(evaluator.get_ref().clone());
        }
    }

    let collected = raw.collected.as_ref().and_then(|d| date(source, d, "collected", &mut errors));
    let mut item_dates = Vec::new();
    let mut items = BTreeMap::new();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    let mut item_keys = HashMap::new();
    for (key, item) in &raw.evidence.0 {
        if let Some(other) = &collected_for {
            let theirs = other.criterion(key.get_ref()).map(|c| c.rule.kind());
            let ours = rubric.criterion(key.get_ref()).map(|c| c.rule.kind());
            match (theirs, ours) {
                (Some(theirs), Some(ours)) if theirs != ours => {
                    not_scored.push(
                        Text::new("not-scored-kind").arg("id", key.get_ref()).arg("theirs", theirs).arg("ours", ours),
                    );
                    continue;
                }
                (Some(_), None) => {
                    not_scored.push(Text::verbatim(format!("`{}`", key.get_ref())));
                    continue;
                }
                _ => {}
            }
        }
        let Some(criterion) = rubric.criterion(key.get_ref()) else {
            if for_parent && rubric.removed.contains(key.get_ref()) {
                // The team's rubric left out what its parent asks; the evidence stays valid.
                warnings.push(
                    source
                        .warning(
                            key.span(),
                            Text::new("removed-not-scored")
                                .arg("id", key.get_ref())
                                .arg("rubric", &rubric.id)
                                .arg("parent", raw.rubric.get_ref()),
                        )
                        .with_help(Text::new("removed-not-scored-help")),
                );
                continue;
            }
            errors.push(
                source
                    .error(
                        key.span(),
                        Text::new("no-such-criterion").arg("id", key.get_ref()).arg("rubric", &rubric.id),
                    )
                    .suggest(key.get_ref(), rubric.criteria().map(|(_, c)| c.id.as_str())),
            );
            continue;
        };
        // Whether the item is valid evidence for `other`'s criterion of the same id.
        let fits = |other: &Criterion| {
            let mut scratch = Vec::new();
            observation(source, key, item, other, &evaluators, &mut scratch).is_some() && scratch.is_empty()
        };
        let mut problems = Vec::new();
        let observation = observation(source, key, item, criterion, &evaluators, &mut problems);
        // Reused evidence that fits the other rubric's definition but not this one's
        // (other options, other checklist items) is valid evidence, only not scorable here.
        if let Some(theirs) = collected_for.as_ref().and_then(|other| other.criterion(key.get_ref())) {
            if (observation.is_none() || !problems.is_empty()) && fits(theirs) {
                not_scored.push(Text::new("not-scored-value").arg("id", key.get_ref()));
                continue;
            }
        }
        seen.insert(criterion.id.as_str(), ());
        item_keys.insert(criterion.id.clone(), key.span());
        let before = errors.len();
        errors.extend(problems);
        if let (Some(warning), Some(ratings)) = (disagreement(criterion, observation.as_ref()), &item.ratings) {
            warnings.push(source.warning(ratings.span(), warning).with_help(Text::new("disagreement-help")));
        }
        let item_date = item.date.as_ref().and_then(|d| date(source, d, "date", &mut errors));
        item_dates.push((criterion.id.clone(), item_date.clone()));
        if let Some(empty) = item.source.as_ref().filter(|s| s.get_ref().trim().is_empty()) {
            warnings.push(
                source
                    .warning(empty.span(), Text::new("empty-source").arg("id", &criterion.id))
                    .with_help(Text::new("empty-source-help")),
            );
        }
        let basis = basis(source, item, &mut errors);
        if criterion.gate.is_some() && basis != Basis::Observed {
            warnings.push(
                source
                    .warning(
                        key.span(),
                        Text::new("gate-not-observed")
                            .arg("id", &criterion.id)
                            .part("basis", Text::new(basis_key(basis))),
                    )
                    .with_help(Text::new("gate-not-observed-help")),
            );
        }
        let condition = item.condition.as_ref().and_then(|condition| {
            let text = condition.get_ref().trim();
            if text.is_empty() {
                errors.push(
                    source
                        .error(condition.span(), Text::new("condition-empty"))
                        .with_help(Text::new("condition-empty-help")),
                );
                return None;
            }
            Some(text.to_string())
        });
        let cost = item.cost.as_ref().and_then(|cost| read_cost(source, cost, &mut errors));
        let claim =
            item.claim.as_ref().and_then(|claim| read_claim(source, claim, basis, criterion, &evaluators, &mut errors));
        let mut note = item.note.as_ref().map(|n| Text::verbatim(n.get_ref()));
        let mut observation = observation;
        if let Some(since) = &item.open_since {
            let as_of = item_date.as_ref().or(collected.as_ref()).map(|(d, _)| *d);
            match (open_age(criterion, since.get_ref(), as_of), &mut observation) {
                (Ok((age, why)), Some(Observation::Numbers(numbers))) => {
                    numbers.push(age);
                    note = Some(match note {
                        Some(note) => Text::clauses(vec![note, why]),
                        None => why,
                    });
                }
                (Ok(_), _) => {}
                (Err(message), _) => {
                    errors.push(source.error(since.span(), message).with_help(Text::new("open-since-help")))
                }
            }
        }
        let uncertainty = match (&item.range, &observation) {
            (Some(range), observation) => read_range(source, range, criterion, observation.as_ref(), &mut errors),
            (None, Some(Observation::Ratings(ratings))) => {
                crate::intervals::Uncertainty::raters(&ratings.iter().map(|(_, r)| *r).collect::<Vec<_>>())
            }
            (None, _) => None,
        };
        if let (Some(observation), true) = (observation, errors.len() == before) {
            let item_read = EvidenceItem {
                observation,
                source: item.source.as_ref().map(|s| Text::verbatim(s.get_ref())),
                basis,
                note,
                date: item_date.map(|(d, _)| d.to_string()),
                condition,
                cost,
                claim,
                uncertainty,
            };
            if let (Some(found), Some(written)) =
                (crate::score::contradiction(criterion, rubric.scale, &item_read), &item.claim)
            {
                warnings.push(
                    source
                        .warning(
                            written.span(),
                            Text::new("claim-contradicted-warning")
                                .arg("id", &criterion.id)
                                .part("claimed", found.claimed)
                                .part("observed", found.observed),
                        )
                        .with_help(Text::new("claim-contradicted-warning-help")),
                );
            }
            items.insert(criterion.id.clone(), item_read);
        }
    }

    if let (Some(other), false) = (&collected_for, not_scored.is_empty()) {
        warnings.push(
            source
                .warning(
                    raw.rubric.span(),
                    Text::new("reuse-not-scored")
                        .count("count", not_scored.len())
                        .arg("other", &other.id)
                        .arg("rubric", &rubric.id)
                        .part("items", Text::list(not_scored)),
                )
                .with_help(Text::new("reuse-not-scored-help").arg("other", &other.id).arg("rubric", &rubric.id)),
        );
    }
    let missing_effect = match rubric.missing {
        MissingPolicy::Zero => "missing-zero",
        MissingPolicy::Exclude => "missing-exclude",
        MissingPolicy::Fail => "missing-fail",
    };
    let tickets = ticket_logs(source, &raw.tickets, &mut errors);
    let mut other_inputs = Vec::new();
    let calendars = calendars(source, &raw.calendars, &mut other_inputs, &mut errors);
    let sla = raw.sla.as_ref().and_then(|sla| service_levels(source, sla, &calendars, &mut other_inputs, &mut errors));
    // Criteria measured from ticket logs are checked once the logs are read.
    let measured = |c: &Criterion| c.from_tickets.is_some() && !raw.tickets.is_empty();
    let unseen: Vec<&str> = rubric
        .criteria()
        .filter(|(_, c)| !seen.contains_key(c.id.as_str()) && !measured(c))
        .map(|(_, c)| c.id.as_str())
        .collect();
    match unseen.as_slice() {
        [] => {}
        [id] => warnings.push(
            source
                .warning(raw.vendor.span(), Text::new("no-evidence-one").arg("id", *id))
                .with_help(Text::new("no-evidence-one-help").part("effect", Text::new(missing_effect)).arg("id", *id)),
        ),
        ids => warnings.push(
            source
                .warning(
                    raw.vendor.span(),
                    Text::new("no-evidence-many")
                        .count("count", ids.len())
                        .part("ids", Text::list(ids.iter().map(|id| Text::verbatim(format!("`{id}`"))).collect())),
                )
                .with_help(Text::new("no-evidence-many-help").part(
                    "effect",
                    Text::new(match rubric.missing {
                        MissingPolicy::Zero => "missing-zero-each",
                        MissingPolicy::Exclude => "missing-exclude-each",
                        MissingPolicy::Fail => "missing-fail-each",
                    }),
                )),
        ),
    }

    let ok = errors.is_empty();
    for diagnostic in errors.into_iter().chain(warnings) {
        diagnostics.push(diagnostic);
    }
    ok.then(|| Parsed {
        vendor_span: raw.vendor.span(),
        collected: collected.clone(),
        item_dates,
        tickets,
        sla,
        other_inputs,
        item_keys,
        evidence: VendorEvidence {
            vendor: raw.vendor.into_inner(),
            file: source.name.to_string(),
            collected: collected.map(|(d, _)| d.to_string()),
            evaluators,
            items,
            missed_commitments: Vec::new(),
            service_levels: Vec::new(),
        },
    })
}

/// The built-in rubric evidence was collected for, read to tell which of
/// its criteria the rubric in use lacks; `None` after an error saying why.
fn other_rubric(
    source: &Source,
    named: &Spanned<String>,
    rubric: &Rubric,
    errors: &mut Vec<Diagnostic>,
) -> Option<Rubric> {
    let Some(text) = crate::builtin::get(named.get_ref()) else {
        errors.push(
            source.error(named.span(), Text::new("reuse-not-builtin").arg("name", named.get_ref())).with_help(
                Text::new("reuse-not-builtin-help")
                    .arg("names", crate::builtin::names().collect::<Vec<_>>().join(", "))
                    .arg("rubric", &rubric.id),
            ),
        );
        return None;
    };
    let name = format!("<built-in rubric {}>", named.get_ref());
    super::rubric::parse_rubric(&Source { name: &name, text }, &mut Diagnostics::default())
}

/// The item's basis: `basis`, or `verified` (true: observed; false or
/// absent: claimed). Both written and disagreeing is an error.
fn basis(source: &Source, item: &RawItem, errors: &mut Vec<Diagnostic>) -> Basis {
    let from_verified = item.verified.map(|v| if v { Basis::Observed } else { Basis::Claimed });
    let Some(written) = &item.basis else { return from_verified.unwrap_or(Basis::Claimed) };
    let Some(basis) = Basis::parse(written.get_ref()) else {
        let help = Text::new("unknown-basis-help").part("allowed", allowed(Basis::NAMES, written.get_ref()));
        errors.push(
            source.error(written.span(), Text::new("unknown-basis").arg("name", written.get_ref())).with_help(help),
        );
        return Basis::Claimed;
    };
    if let Some(other) = from_verified.filter(|other| *other != basis) {
        errors.push(
            source
                .error(
                    written.span(),
                    Text::new("basis-verified").arg("basis", basis.name()).arg("other", other.name()),
                )
                .with_help(Text::new("basis-verified-help")),
        );
    }
    basis
}

/// `cost = { amount, currency, per }`, checked.
fn read_cost(source: &Source, cost: &Spanned<RawCost>, errors: &mut Vec<Diagnostic>) -> Option<Cost> {
    let raw = cost.get_ref();
    let before = errors.len();
    let amount = match number(&raw.amount) {
        Ok(amount) if amount >= 0.0 => amount,
        Ok(amount) => {
            errors
                .push(source.error(raw.amount.span(), Text::new("cost-negative").arg("amount", format_number(amount))));
            0.0
        }
        Err(message) => {
            errors.push(source.error(raw.amount.span(), message).with_help(Text::new("cost-amount-help")));
            0.0
        }
    };
    let currency = raw.currency.get_ref().trim();
    if currency.is_empty() || currency.chars().count() > 16 {
        errors.push(
            source.error(raw.currency.span(), Text::new("currency-code")).with_help(Text::new("currency-code-help")),
        );
    }
    let per = raw.per.get_ref().trim();
    if !Cost::PERIODS.contains(&per) {
        errors.push(
            source
                .error(raw.per.span(), Text::new("unknown-period").arg("name", per))
                .with_help(allowed(Cost::PERIODS, per)),
        );
    }
    (errors.len() == before).then(|| Cost { amount, currency: currency.to_string(), per: per.to_string() })
}

/// `range = [low, high]` on a number: how far off the figure may be, for
/// the confidence analysis (uniform between the ends). The figure the
/// criterion scores must lie within it.
fn read_range(
    source: &Source,
    range: &Spanned<Vec<Spanned<toml::Value>>>,
    criterion: &Criterion,
    observation: Option<&Observation>,
    errors: &mut Vec<Diagnostic>,
) -> Option<crate::intervals::Uncertainty> {
    let Rule::Number { aggregate, .. } = &criterion.rule else {
        errors.push(
            source
                .error(
                    range.span(),
                    Text::new("range-not-number").arg("id", &criterion.id).arg("kind", criterion.rule.kind()),
                )
                .with_help(Text::new("range-not-number-help")),
        );
        return None;
    };
    let help = Text::new("range-help");
    let ends: Vec<f64> = match range.get_ref().as_slice() {
        [low, high] => {
            let mut ends = Vec::new();
            for end in [low, high] {
                match number(end) {
                    Ok(value) => ends.push(value),
                    Err(message) => errors.push(source.error(end.span(), message).with_help(help.clone())),
                }
            }
            ends
        }
        other => {
            errors.push(
                source
                    .error(range.span(), Text::new("range-two").arg("count", other.len().to_string()))
                    .with_help(help),
            );
            return None;
        }
    };
    let [low, high] = ends[..] else { return None };
    if low > high {
        errors.push(
            source
                .error(
                    range.span(),
                    Text::new("range-reversed").arg("low", format_number(low)).arg("high", format_number(high)),
                )
                .with_help(Text::new("range-reversed-help")),
        );
        return None;
    }
    let value = match observation {
        Some(Observation::Numbers(values)) => aggregate.apply(values)?,
        _ => return None,
    };
    if value < low || value > high {
        errors.push(
            source
                .error(
                    range.span(),
                    Text::new("range-outside")
                        .arg("value", format_number(value))
                        .part("stat", Text::new(crate::score::stat_key(*aggregate)))
                        .arg("low", format_number(low))
                        .arg("high", format_number(high)),
                )
                .with_help(Text::new("range-outside-help")),
        );
        return None;
    }
    Some(crate::intervals::Uncertainty::range(low, high))
}

/// `claim = { value = …, source = … }` beside an observation: the claim's
/// own observation, checked like any other against the criterion.
fn read_claim(
    source: &Source,
    claim: &Spanned<Box<RawItem>>,
    basis: Basis,
    criterion: &Criterion,
    evaluators: &[String],
    errors: &mut Vec<Diagnostic>,
) -> Option<Claim> {
    let raw = claim.get_ref();
    let before = errors.len();
    if basis == Basis::Claimed {
        errors.push(
            source
                .error(claim.span(), Text::new("claim-on-claimed").arg("id", &criterion.id))
                .with_help(Text::new("claim-on-claimed-help")),
        );
    }
    let not_here: [(&str, Option<Range<usize>>); 8] = [
        ("range", raw.range.as_ref().map(|x| x.span())),
        ("ratings", raw.ratings.as_ref().map(|x| x.span())),
        ("basis", raw.basis.as_ref().map(|x| x.span())),
        ("verified", raw.verified.map(|_| claim.span())),
        ("condition", raw.condition.as_ref().map(|x| x.span())),
        ("open_since", raw.open_since.as_ref().map(|x| x.span())),
        ("claim", raw.claim.as_ref().map(|x| x.span())),
        ("cost", raw.cost.as_ref().filter(|_| !matches!(criterion.rule, Rule::Cost { .. })).map(|x| x.span())),
    ];
    for (key, span) in not_here {
        if let Some(span) = span {
            errors.push(
                source.error(span, Text::new("claim-key").arg("key", key)).with_help(Text::new("claim-key-help")),
            );
        }
    }
    if errors.len() > before {
        return None;
    }
    let key = Spanned::new(claim.span(), criterion.id.clone());
    let observation = observation(source, &key, raw, criterion, evaluators, errors)?;
    let date = raw.date.as_ref().and_then(|d| date(source, d, "date", errors));
    (errors.len() == before).then(|| Claim {
        observation,
        source: raw.source.as_ref().map(|s| s.get_ref().clone()),
        note: raw.note.as_ref().map(|n| n.get_ref().clone()),
        date: date.map(|(d, _)| d.to_string()),
    })
}

/// The `[[tickets]]` tables, checked; paths resolved against the evidence file's folder.
fn ticket_logs(
    source: &Source,
    raw: &[Spanned<RawTicketLog>],
    errors: &mut Vec<Diagnostic>,
) -> Vec<(TicketLog, Range<usize>)> {
    let folder = Path::new(source.name).parent().unwrap_or(Path::new(""));
    let mut logs: Vec<(TicketLog, Range<usize>)> = Vec::new();
    // The same file named twice (`log.csv`, `./log.csv`) would count every ticket twice.
    let mut named: Vec<(std::path::PathBuf, Range<usize>)> = Vec::new();
    for table in raw {
        let log = table.get_ref();
        let before = errors.len();
        let path = folder.join(log.file.get_ref());
        let identity = std::fs::canonicalize(&path).unwrap_or_else(|_| path.components().collect());
        if let Some((_, first)) = named.iter().find(|(seen, _)| *seen == identity) {
            let line = source.locate(first.clone()).line;
            errors.push(
                source
                    .error(log.file.span(), Text::new("log-twice").arg("file", log.file.get_ref()))
                    .with_help(Text::new("log-twice-help").arg("line", line.to_string())),
            );
            continue;
        }
        named.push((identity, log.file.span()));
        let preset = log.preset.as_ref().and_then(|preset| {
            Preset::parse(preset.get_ref()).or_else(|| {
                errors.push(
                    source
                        .error(preset.span(), Text::new("unknown-preset").arg("name", preset.get_ref()))
                        .with_help(allowed(Preset::NAMES, preset.get_ref())),
                );
                None
            })
        });
        let mut columns = preset.map(Preset::columns).unwrap_or_default();
        for (key, header) in log.columns.iter().flat_map(|c| &c.0) {
            if !columns.set(key.get_ref(), header.clone()) {
                errors.push(
                    source
                        .error(key.span(), Text::new("unknown-column-role").arg("name", key.get_ref()))
                        .with_help(allowed(COLUMN_KEYS, key.get_ref())),
                );
            }
        }
        if columns.opened.is_none() && log.preset.is_none() {
            errors.push(
                source
                    .error(log.file.span(), Text::new("log-needs-columns"))
                    .with_help(Text::new("log-presets").arg("names", Preset::NAMES.join(", "))),
            );
        }
        let zone = match &log.timezone {
            None => TimeZone::UTC,
            Some(zone) => parse_time_zone(zone.get_ref()).unwrap_or_else(|message| {
                errors.push(source.error(zone.span(), message));
                TimeZone::UTC
            }),
        };
        let layout = match (&log.format, preset) {
            (Some(format), _) => Layout::Format(format.clone()),
            (None, Some(preset)) => preset.layout(),
            (None, None) => Layout::Iso,
        };
        let spreadsheet = crate::tickets::source::is_spreadsheet(&path);
        let encoding = log.encoding.as_ref().and_then(|label| {
            if spreadsheet {
                errors.push(
                    source.error(label.span(), Text::new("encoding-spreadsheet")).with_help(Text::new("remove-it")),
                );
                return None;
            }
            encoding_rs::Encoding::for_label(label.get_ref().trim().as_bytes()).or_else(|| {
                errors.push(
                    source
                        .error(label.span(), Text::new("unknown-encoding").arg("name", label.get_ref()))
                        .with_help(Text::new("unknown-encoding-help")),
                );
                None
            })
        });
        let delimiter = log.delimiter.as_ref().and_then(|written| {
            let byte = match written.get_ref().as_str() {
                "\t" | "tab" => Some(b'\t'),
                text if text.len() == 1 && !matches!(text, "\"" | "\n" | "\r") && text.is_ascii() => {
                    Some(text.as_bytes()[0])
                }
                _ => None,
            };
            if spreadsheet {
                errors.push(
                    source.error(written.span(), Text::new("delimiter-spreadsheet")).with_help(Text::new("remove-it")),
                );
                return None;
            }
            byte.or_else(|| {
                errors.push(
                    source
                        .error(written.span(), Text::new("not-a-delimiter").arg("value", written.get_ref()))
                        .with_help(Text::new("not-a-delimiter-help")),
                );
                None
            })
        });
        if let (Some(sheet), false) = (&log.sheet, spreadsheet) {
            errors.push(source.error(sheet.span(), Text::new("sheet-csv")).with_help(Text::new("sheet-csv-help")));
        }
        let mut statuses = preset.map(Preset::statuses).unwrap_or_else(crate::tickets::Statuses::common);
        if let Some(map) = &log.status {
            let pairs = meanings(
                source,
                map,
                crate::tickets::StatusClass::parse,
                Text::new("what-status-meaning"),
                &crate::tickets::StatusClass::NAMES,
                errors,
            );
            statuses = statuses.extended(&crate::tickets::Statuses::from_pairs(pairs));
        }
        let mut verdicts = crate::tickets::Verdicts::default();
        if let Some(map) = &log.sla_flags {
            verdicts = verdicts.extended(meanings(
                source,
                map,
                crate::tickets::Verdicts::parse,
                Text::new("what-sla-verdict"),
                &crate::tickets::Verdicts::NAMES,
                errors,
            ));
        }
        let exported = log.exported.as_ref().and_then(|written| {
            export_time(written.get_ref(), &zone).or_else(|| {
                errors.push(
                    source
                        .error(
                            written.span(),
                            Text::new("exported-not-date").arg("value", written.get_ref().to_string()),
                        )
                        .with_help(Text::new("exported-not-date-help")),
                );
                None
            })
        });
        if errors.len() == before {
            let ticket_log = TicketLog {
                path,
                file: log.file.get_ref().clone(),
                columns,
                layout,
                encoding,
                delimiter,
                sheet: log.sheet.as_ref().map(|s| s.get_ref().clone()),
                statuses,
                severity: log.severity.as_ref().map(|map| map.0.iter().cloned().collect()),
                zone,
                verified: log.verified.unwrap_or(false),
                verdicts,
                exported,
                changes: None,
            };
            let changes = log.changes.as_ref().map(|changes| {
                let raw = changes.get_ref();
                let mut columns = crate::tickets::Columns::default();
                for (role, header) in [("id", &raw.id), ("opened", &raw.at), ("status", &raw.status)] {
                    columns.set(role, header.clone());
                }
                Box::new(TicketLog {
                    path: folder.join(raw.file.get_ref()),
                    file: raw.file.get_ref().clone(),
                    columns,
                    delimiter: None,
                    sheet: None,
                    changes: None,
                    ..ticket_log.clone()
                })
            });
            if changes.is_some() && ticket_log.columns.id.is_none() {
                errors.push(
                    source
                        .error(log.file.span(), Text::new("changes-need-id"))
                        .with_help(Text::new("changes-need-id-help")),
                );
                continue;
            }
            if changes.is_some()
                && ticket_log.columns.paused.is_some()
                && !ticket_log.columns.optional.contains(&"paused")
            {
                errors.push(
                    source
                        .error(log.file.span(), Text::new("paused-and-changes"))
                        .with_help(Text::new("paused-and-changes-help")),
                );
                continue;
            }
            let ticket_log = TicketLog { changes, ..ticket_log };
            logs.push((ticket_log, log.file.span()));
        }
    }
    logs
}

/// The pairs of a `status = { … }` or `sla_flags = { … }` map, each value
/// read by `parse` (one of `names`); a value it does not know is an error.
fn meanings<'m, T>(
    source: &Source,
    map: &'m Entries<Spanned<String>, Spanned<String>>,
    parse: fn(&str) -> Option<T>,
    what: Text,
    names: &[&str],
    errors: &mut Vec<Diagnostic>,
) -> Vec<(&'m str, T)> {
    let mut pairs = Vec::new();
    for (raw, meaning) in &map.0 {
        match parse(meaning.get_ref()) {
            Some(value) => pairs.push((raw.get_ref().as_str(), value)),
            None => errors.push(
                source
                    .error(
                        meaning.span(),
                        Text::new("not-a-meaning").arg("value", meaning.get_ref()).part("what", what.clone()),
                    )
                    .with_help(allowed(names.iter().copied(), meaning.get_ref())),
            ),
        }
    }
    pairs
}

/// The instant of `exported = …`: a date-time with an offset as written, a
/// local one in the log's zone, a date at the end of that day.
fn export_time(written: &Datetime, zone: &TimeZone) -> Option<jiff::Timestamp> {
    let text = written.to_string();
    match (written.date, written.time, written.offset) {
        (Some(_), Some(_), Some(_)) => text.parse().ok(),
        (Some(_), Some(_), None) => zone.to_timestamp(text.parse::<jiff::civil::DateTime>().ok()?).ok(),
        (Some(_), None, None) => {
            let date: jiff::civil::Date = text.parse().ok()?;
            zone.to_timestamp(date.tomorrow().ok()?.at(0, 0, 0, 0)).ok()
        }
        _ => None,
    }
}

/// The age of a case still open since `since`, as of `as_of` (the item's
/// `date` or the file's `collected` date), in the criterion's unit (days or
/// hours), with the note that says it is a lower bound.
fn open_age(criterion: &Criterion, since: &Datetime, as_of: Option<Date>) -> Result<(f64, Text), Text> {
    let Rule::Number { .. } = criterion.rule else {
        return Err(Text::new("open-since-not-number").arg("id", &criterion.id));
    };
    let unit = criterion.unit.as_deref().unwrap_or("").trim().to_lowercase();
    let per_day = match unit.as_str() {
        "days" | "day" | "calendar days" | "天" => 1.0,
        "hours" | "hour" | "h" | "小时" => 24.0,
        _ => {
            let unit = criterion.unit.as_deref().map_or_else(|| Text::new("no-unit"), Text::verbatim);
            return Err(Text::new("open-since-unit").arg("id", &criterion.id).part("unit", unit));
        }
    };
    let since = since
        .date
        .filter(|_| since.time.is_none())
        .and_then(|d| crate::date::from_parts(d.year, d.month, d.day))
        .ok_or_else(|| Text::new("open-since-not-date").arg("since", since.to_string()))?;
    let as_of = as_of.ok_or_else(|| Text::new("open-since-no-date"))?;
    let days = crate::date::day_number(as_of) - crate::date::day_number(since);
    if days < 0 {
        return Err(Text::new("open-since-after").arg("since", since.to_string()).arg("as_of", as_of.to_string()));
    }
    let age = days as f64 * per_day;
    let age_text =
        Text::new(if per_day == 1.0 { "open-age-days" } else { "open-age-hours" }).arg("n", format_number(age));
    let note = Text::new("open-since-note")
        .arg("since", since.to_string())
        .part("age", age_text)
        .arg("as_of", as_of.to_string());
    Ok((age, note))
}

/// The `[sla]` table, checked.
fn service_levels(
    source: &Source,
    raw: &RawSla,
    calendars: &[(String, Arc<Clock>)],
    other_inputs: &mut Vec<PathBuf>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Sla> {
    let before = errors.len();
    let mut targets = |table: &Option<Entries<String, Spanned<String>>>| -> BTreeMap<String, f64> {
        let mut targets = BTreeMap::new();
        for (severity, target) in table.iter().flat_map(|t| &t.0) {
            match parse_duration_minutes(target.get_ref()) {
                Ok(minutes) => {
                    targets.insert(severity.clone(), minutes);
                }
                Err(message) => errors.push(source.error(target.span(), message)),
            }
        }
        targets
    };
    let first_response = targets(&raw.first_response);
    let resolution = targets(&raw.resolution);
    let all_hours = Arc::new(Clock::AllHours);
    let mut sla = Sla { first_response, resolution, clocks: BTreeMap::new(), default_clock: all_hours.clone() };
    if let Some(hours) = &raw.hours {
        let folder = Path::new(source.name).parent().unwrap_or(Path::new(""));
        let mut clock = |value: &toml::Value, what: Text| -> Option<Arc<Clock>> {
            match sla_clock(value, what, calendars, folder, other_inputs) {
                Ok(clock) => Some(clock),
                Err(ClockError::Here(message)) => {
                    errors.push(source.error(hours.span(), message).with_help(Text::new("hours-help")));
                    None
                }
                Err(ClockError::Elsewhere(diagnostic)) => {
                    errors.push(*diagnostic);
                    None
                }
            }
        };
        match hours.get_ref() {
            // A table of severities (no calendar has a `days` key missing).
            toml::Value::Table(table) if !table.contains_key("days") => {
                for (severity, value) in table {
                    let what = Text::verbatim(format!("`hours.{severity}`"));
                    if let Some(clock) = clock(value, what) {
                        if severity == "default" {
                            sla.default_clock = clock;
                        } else {
                            sla.clocks.insert(severity.clone(), clock);
                        }
                    }
                }
            }
            value => {
                if let Some(clock) = clock(value, Text::verbatim("`hours`")) {
                    sla.default_clock = clock;
                }
            }
        }
    }
    (errors.len() == before).then_some(sla)
}

/// Why a clock could not be read: a message about the `hours` value itself,
/// or a located problem in another file (an `.ics` calendar).
enum ClockError {
    Here(Text),
    Elsewhere(Box<Diagnostic>),
}

impl From<String> for ClockError {
    fn from(message: String) -> Self {
        ClockError::Here(Text::verbatim(message))
    }
}

impl From<Text> for ClockError {
    fn from(message: Text) -> Self {
        ClockError::Here(message)
    }
}

/// One clock of `hours`: `7x24`, a calendar's name or a calendar.
fn sla_clock(
    value: &toml::Value,
    what: Text,
    calendars: &[(String, Arc<Clock>)],
    folder: &Path,
    other_inputs: &mut Vec<PathBuf>,
) -> Result<Arc<Clock>, ClockError> {
    match value {
        toml::Value::String(name) if name == "7x24" || name == "24x7" => Ok(Arc::new(Clock::AllHours)),
        toml::Value::String(name) => match calendars.iter().find(|(n, _)| n == name) {
            Some((_, clock)) => Ok(clock.clone()),
            None if calendars.is_empty() => {
                Err(Text::new("clock-unknown-none").part("what", what).arg("name", name).into())
            }
            None => {
                let names: Vec<&str> = calendars.iter().map(|(n, _)| n.as_str()).collect();
                Err(Text::new("clock-unknown")
                    .part("what", what)
                    .arg("name", name)
                    .arg("names", names.join(", "))
                    .into())
            }
        },
        toml::Value::Table(table) => {
            Ok(Arc::new(Clock::Business(calendar(None, table, folder, other_inputs).map_err(|e| match e {
                ClockError::Here(message) => {
                    ClockError::Here(Text::new("prefixed").part("what", what).part("message", message))
                }
                other => other,
            })?)))
        }
        other => Err(Text::new("clock-type").part("what", what).arg("found", other.type_str()).into()),
    }
}

/// The `[calendars.NAME]` tables, checked, in order.
fn calendars(
    source: &Source,
    raw: &Entries<Spanned<String>, Spanned<toml::Value>>,
    other_inputs: &mut Vec<PathBuf>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<(String, Arc<Clock>)> {
    let folder = Path::new(source.name).parent().unwrap_or(Path::new(""));
    let mut found = Vec::new();
    for (name, value) in &raw.0 {
        let name_text = name.get_ref();
        if name_text == "7x24" || name_text == "24x7" || name_text == "default" {
            errors.push(
                source
                    .error(name.span(), Text::new("calendar-reserved").arg("name", name_text))
                    .with_help(Text::new("calendar-reserved-help")),
            );
            continue;
        }
        let result = match value.get_ref() {
            toml::Value::Table(table) => calendar(Some(name_text), table, folder, other_inputs),
            other => Err(ClockError::Here(Text::new("calendar-table").arg("found", other.type_str()))),
        };
        match result {
            Ok(hours) => found.push((name_text.clone(), Arc::new(Clock::Business(hours)))),
            Err(ClockError::Here(message)) => errors.push(
                source
                    .error(value.span(), Text::new("calendar-error").arg("name", name_text).part("message", message))
                    .with_help(Text::new("calendar-help")),
            ),
            Err(ClockError::Elsewhere(diagnostic)) => errors.push(*diagnostic),
        }
    }
    found
}

/// The keys a calendar takes.
const CALENDAR_KEYS: [&str; 7] = ["days", "from", "to", "timezone", "holidays", "workdays", "ics"];

/// A business calendar from its table (named, or inline in `hours`).
fn calendar(
    name: Option<&str>,
    table: &toml::Table,
    folder: &Path,
    other_inputs: &mut Vec<PathBuf>,
) -> Result<BusinessHours, ClockError> {
    let text = |key: &str| match table.get(key) {
        Some(toml::Value::String(text)) => Ok(text.as_str()),
        Some(_) => Err(Text::new("calendar-key-string").arg("key", key)),
        None => Err(Text::new("calendar-needs").arg("key", key)),
    };
    if let Some(key) = table.keys().find(|k| !CALENDAR_KEYS.contains(&k.as_str())) {
        return Err(Text::new("unknown-key-allowed")
            .arg("key", key)
            .part("allowed", allowed(CALENDAR_KEYS, key))
            .into());
    }
    let days = parse_days(text("days")?)?;
    let from = parse_time_of_day(text("from")?)?;
    let to = parse_time_of_day(text("to")?)?;
    if from >= to {
        return Err(Text::new("hours-order").arg("from", text("from")?).arg("to", text("to")?).into());
    }
    let zone = parse_time_zone(text("timezone")?)?;
    let mut holidays = date_list(table, "holidays")?;
    let mut workdays = date_list(table, "workdays")?;
    if let Some(value) = table.get("ics") {
        let toml::Value::String(file) = value else { return Err(Text::new("ics-file").into()) };
        let path = folder.join(file);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Text::new("ics-read").arg("path", path.display().to_string()).arg("error", e.to_string()))?;
        let shown = path.display().to_string();
        let found = crate::tickets::ics::read(&text).map_err(|(span, message)| {
            let ics = Source { name: &shown, text: &text };
            ClockError::Elsewhere(Box::new(
                ics.error(span, Text::new("ics-error").part("message", message)).with_help(Text::new("ics-help")),
            ))
        })?;
        other_inputs.extend(std::fs::canonicalize(&path).ok());
        holidays.extend(found.holidays);
        workdays.extend(found.workdays);
    }
    if let Some(both) = holidays.iter().find(|d| workdays.contains(d)) {
        return Err(Text::new("holiday-and-workday").arg("date", both.to_string()).into());
    }
    let mut label = Text::new("clock-calendar")
        .arg("days", text("days")?)
        .arg("from", text("from")?)
        .arg("to", text("to")?)
        .arg("zone", text("timezone")?);
    match (holidays.len(), workdays.len()) {
        (0, 0) => {}
        (h, 0) => label = Text::new("clock-holidays").part("label", label).count("holidays", h),
        (h, w) => {
            label = Text::new("clock-holidays-workdays").part("label", label).count("holidays", h).count("workdays", w)
        }
    }
    if let Some(name) = name {
        label = Text::new("clock-named").arg("name", name).part("label", label);
    }
    let mut hours = BusinessHours::weekly(days, from, to, zone).with_exceptions(&holidays, &workdays);
    hours.label = label;
    hours.name = name.map(str::to_string);
    Ok(hours)
}

/// `holidays = [2026-10-01, …]`: TOML dates (or `"2026-10-01"` strings).
fn date_list(table: &toml::Table, key: &str) -> Result<Vec<Date>, Text> {
    let Some(value) = table.get(key) else { return Ok(Vec::new()) };
    let toml::Value::Array(values) = value else {
        return Err(Text::new("date-list").arg("key", key));
    };
    values
        .iter()
        .map(|value| {
            let date = match value {
                toml::Value::Datetime(Datetime { date: Some(d), time: None, offset: None }) => {
                    crate::date::from_parts(d.year, d.month, d.day)
                }
                toml::Value::String(text) => text.parse().ok(),
                _ => None,
            };
            date.ok_or_else(|| Text::new("date-list-item").arg("value", value.to_string()).arg("key", key))
        })
        .collect()
}

/// Why `text` is too long for a spreadsheet cell, if it is.
pub(crate) fn too_long(text: &str) -> Option<Text> {
    let length = text.chars().count();
    (length > crate::rubric::MAX_TEXT).then(|| {
        Text::new("text-too-long").arg("length", length.to_string()).arg("max", crate::rubric::MAX_TEXT.to_string())
    })
}

/// The calendar date of a TOML date or date-time (a bare time is an error).
fn date(
    source: &Source,
    value: &Spanned<Datetime>,
    key: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<(Date, Range<usize>)> {
    let found = value.get_ref().date.and_then(|d| crate::date::from_parts(d.year, d.month, d.day));
    if found.is_none() {
        errors.push(
            source
                .error(
                    value.span(),
                    Text::new("must-be-date").arg("key", key).arg("value", value.get_ref().to_string()),
                )
                .with_help(Text::new("must-be-date-help").arg("key", key)),
        );
    }
    found.map(|d| (d, value.span()))
}

/// "evaluators disagree on …" when ratings span at least the criterion's threshold.
fn disagreement(criterion: &Criterion, observation: Option<&Observation>) -> Option<Text> {
    let (Rule::Rating { disagreement, .. }, Some(Observation::Ratings(ratings))) = (&criterion.rule, observation)
    else {
        return None;
    };
    let values: Vec<f64> = ratings.iter().map(|(_, r)| *r).collect();
    let spread = Spread::of(&values, *disagreement).filter(|s| s.disagreement)?;
    let listed = ratings.iter().map(|(who, r)| format!("{who} {}", format_number(*r))).collect::<Vec<_>>();
    Some(
        Text::new("ratings-disagree")
            .arg("id", &criterion.id)
            .arg("ratings", listed.join(", "))
            .arg("spread", format_number(spread.spread))
            .arg("threshold", format_number(spread.threshold)),
    )
}

/// A number within ±[`MAX_MAGNITUDE`] from a TOML value, or why not.
fn number(value: &Spanned<toml::Value>) -> Result<f64, Text> {
    let within = |n: f64| {
        if n.abs() <= MAX_MAGNITUDE {
            Ok(n)
        } else {
            Err(Text::new("number-range").arg("max", format_number(MAX_MAGNITUDE)).arg("value", format_number(n)))
        }
    };
    match value.get_ref() {
        toml::Value::Integer(i) => within(*i as f64),
        toml::Value::Float(f) if f.is_finite() => within(*f),
        toml::Value::Float(f) => Err(Text::new("number-finite").arg("value", f.to_string())),
        other => Err(Text::new("number-expected").part("found", describe(other))),
    }
}

fn describe(value: &toml::Value) -> Text {
    match value {
        toml::Value::String(s) => Text::new("describe-string").arg("value", s),
        toml::Value::Boolean(b) => Text::verbatim(format!("`{b}`")),
        toml::Value::Array(_) => Text::new("describe-array"),
        toml::Value::Table(_) => Text::new("describe-table"),
        other => Text::verbatim(format!("`{other}`")),
    }
}

/// What one criterion kind expects, for messages: "write `value = 12` or …".
fn expected_shape(rule: &Rule) -> Text {
    let shape = match rule {
        Rule::Number { .. } => "shape-number",
        Rule::Flag { .. } => "shape-flag",
        Rule::Choice { .. } => "shape-choice",
        Rule::Checklist { .. } => "shape-checklist",
        Rule::Rating { .. } => "shape-rating",
        Rule::Cost { .. } => "shape-cost",
    };
    Text::new("write-shape").part("shape", Text::new(shape))
}

/// Reads the one evidence field that fits the criterion's kind.
fn observation(
    source: &Source,
    key: &Spanned<String>,
    item: &RawItem,
    criterion: &Criterion,
    evaluators: &[String],
    errors: &mut Vec<Diagnostic>,
) -> Option<Observation> {
    let kind = criterion.rule.kind();
    let wrong_shape = |span: Range<usize>, found: Text| {
        source
            .error(span, Text::new("wrong-shape").arg("id", &criterion.id).arg("kind", kind).part("found", found))
            .with_help(expected_shape(&criterion.rule))
    };
    // The key given where another was expected: "`values`".
    let quoted = |key: &str| Text::verbatim(format!("`{key}`"));
    let given: Vec<(&str, Range<usize>)> = [
        item.value.as_ref().map(|v| ("value", v.span())),
        item.values.as_ref().map(|v| ("values", v.span())),
        item.items.as_ref().map(|v| ("items", v.span())),
        item.ratings.as_ref().map(|v| ("ratings", v.span())),
        // A cost criterion's observation is the cost; elsewhere a cost goes with the benefit.
        item.cost.as_ref().filter(|_| matches!(criterion.rule, Rule::Cost { .. })).map(|v| ("cost", v.span())),
    ]
    .into_iter()
    .flatten()
    .collect();
    match given.as_slice() {
        // A case still open: its age is added by the caller.
        [] if item.open_since.is_some() && matches!(criterion.rule, Rule::Number { .. }) => {
            return Some(Observation::Numbers(Vec::new()));
        }
        [] => {
            errors.push(
                source
                    .error(key.span(), Text::new("no-value").arg("id", &criterion.id))
                    .with_help(expected_shape(&criterion.rule)),
            );
            return None;
        }
        [_] => {}
        [_, (second, span), ..] => {
            errors.push(
                source
                    .error(
                        span.clone(),
                        Text::new("two-values")
                            .arg("id", &criterion.id)
                            .arg("first", given[0].0)
                            .arg("second", *second),
                    )
                    .with_help(expected_shape(&criterion.rule)),
            );
            return None;
        }
    }

    match &criterion.rule {
        Rule::Number { .. } => {
            if let Some(value) = &item.value {
                return match number(value) {
                    Ok(n) => Some(Observation::Numbers(vec![n])),
                    Err(message) => {
                        // Not a number at all: say what it is; a number out of bounds: say why.
                        let found = match value.get_ref() {
                            toml::Value::Integer(_) | toml::Value::Float(_) => message,
                            other => describe(other),
                        };
                        errors.push(wrong_shape(value.span(), found));
                        None
                    }
                };
            }
            let Some(values) = &item.values else {
                errors.push(wrong_shape(given[0].1.clone(), quoted(given[0].0)));
                return None;
            };
            if values.get_ref().is_empty() {
                errors.push(
                    source
                        .error(values.span(), Text::new("field-empty").arg("field", "values"))
                        .with_help(Text::new("values-empty-help")),
                );
                return None;
            }
            let mut numbers = Vec::new();
            for value in values.get_ref() {
                match number(value) {
                    Ok(n) => numbers.push(n),
                    Err(message) => errors.push(
                        source
                            .error(value.span(), message)
                            .with_help(Text::new("values-numbers-help").arg("id", &criterion.id)),
                    ),
                }
            }
            (numbers.len() == values.get_ref().len()).then_some(Observation::Numbers(numbers))
        }
        Rule::Flag { .. } => match &item.value {
            Some(value) => match value.get_ref() {
                toml::Value::Boolean(flag) => Some(Observation::Flag(*flag)),
                other => {
                    errors.push(wrong_shape(value.span(), describe(other)));
                    None
                }
            },
            None => {
                errors.push(wrong_shape(given[0].1.clone(), quoted(given[0].0)));
                None
            }
        },
        Rule::Choice { options } => {
            let Some(value) = &item.value else {
                errors.push(wrong_shape(given[0].1.clone(), quoted(given[0].0)));
                return None;
            };
            let toml::Value::String(choice) = value.get_ref() else {
                errors.push(wrong_shape(value.span(), describe(value.get_ref())));
                return None;
            };
            if options.iter().any(|(name, _)| name == choice) {
                Some(Observation::Choice(choice.clone()))
            } else {
                let names = options.iter().map(|(name, _)| name.as_str());
                errors.push(
                    source
                        .error(value.span(), Text::new("not-an-option").arg("value", choice).arg("id", &criterion.id))
                        .with_help(allowed(names, choice)),
                );
                None
            }
        }
        Rule::Checklist { items: known } => {
            let Some(present) = &item.items else {
                errors.push(wrong_shape(given[0].1.clone(), quoted(given[0].0)));
                return None;
            };
            let mut listed: Vec<String> = Vec::new();
            for entry in present.get_ref() {
                let name = entry.get_ref();
                if !known.iter().any(|(known, _)| known == name) {
                    let names = known.iter().map(|(n, _)| n.as_str());
                    errors.push(
                        source
                            .error(entry.span(), Text::new("not-an-item").arg("value", name).arg("id", &criterion.id))
                            .with_help(allowed(names, name)),
                    );
                } else if listed.contains(name) {
                    errors.push(source.error(entry.span(), Text::new("item-twice").arg("name", name)));
                } else {
                    listed.push(name.clone());
                }
            }
            Some(Observation::Items(listed))
        }
        Rule::Rating { range: (low, high), .. } => {
            let Some(ratings) = &item.ratings else {
                errors.push(wrong_shape(given[0].1.clone(), quoted(given[0].0)));
                return None;
            };
            if ratings.get_ref().0.is_empty() {
                errors.push(
                    source
                        .error(ratings.span(), Text::new("field-empty").arg("field", "ratings"))
                        .with_help(Text::new("ratings-empty-help")),
                );
                return None;
            }
            let mut scored = Vec::new();
            for (evaluator, rating) in &ratings.get_ref().0 {
                let name = evaluator.get_ref();
                if !evaluators.contains(name) {
                    let help = if evaluators.is_empty() {
                        Text::new("list-evaluators").arg("name", name)
                    } else {
                        allowed(evaluators.iter().map(String::as_str), name)
                    };
                    errors.push(
                        source.error(evaluator.span(), Text::new("not-an-evaluator").arg("name", name)).with_help(help),
                    );
                    continue;
                }
                match number(rating) {
                    Ok(value) if (*low..=*high).contains(&value) => scored.push((name.clone(), value)),
                    Ok(value) => errors.push(
                        source
                            .error(
                                rating.span(),
                                Text::new("rating-outside")
                                    .arg("value", value.to_string())
                                    .arg("low", low.to_string())
                                    .arg("high", high.to_string())
                                    .arg("id", &criterion.id),
                            )
                            .with_help(
                                Text::new("rating-outside-help")
                                    .arg("id", &criterion.id)
                                    .arg("low", low.to_string())
                                    .arg("high", high.to_string()),
                            ),
                    ),
                    Err(message) => errors.push(source.error(rating.span(), message)),
                }
            }
            scored.sort_by(|a, b| a.0.cmp(&b.0));
            Some(Observation::Ratings(scored))
        }
        Rule::Cost { currency, per, .. } => {
            let Some(written) = &item.cost else {
                errors.push(wrong_shape(given[0].1.clone(), quoted(given[0].0)));
                return None;
            };
            let cost = read_cost(source, written, errors)?;
            if !cost.currency.eq_ignore_ascii_case(currency) || cost.per != *per {
                errors.push(
                    source
                        .error(
                            written.span(),
                            Text::new("cost-mismatch")
                                .arg("id", &criterion.id)
                                .arg("currency", currency)
                                .part("per", Cost::period(per))
                                .part("cost", cost.text()),
                        )
                        .with_help(Text::new("cost-mismatch-help")),
                );
                return None;
            }
            Some(Observation::Cost(cost))
        }
    }
}

/// The JSON Schema of an evidence file, from the types it is read into.
pub fn schema() -> schemars::Schema {
    let mut schema = crate::schema::toml_schema::<RawEvidenceFile>();
    schema.insert("title".into(), "vendorcard evidence file".into());
    schema
}

/// The catalogue key of a basis of evidence in words.
fn basis_key(basis: Basis) -> &'static str {
    match basis {
        Basis::Observed => "basis-observed-long",
        Basis::Claimed => "basis-claimed-long",
        Basis::Reference => "basis-reference-long",
    }
}
