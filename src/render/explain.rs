//! `vendorcard explain`: the audit trail of one vendor's score, criterion by
//! criterion, as terminal text, Markdown or JSON. Reads only the scorecard.

use serde::Serialize;

use super::percent_one_decimal;
use super::text::{markdown as escape, markdown_line, visible};
use crate::evidence::{format_number, Basis, Observation};
use crate::rubric::Better;
use crate::scorecard::{CriterionScore, Derivation, EvidenceState, RubricSummary, Scorecard, VendorScore};
use crate::t;

/// One criterion, explained in words.
pub struct Explained {
    pub name: String,
    pub id: String,
    /// Share of the whole total, e.g. `5.6%`.
    pub weight: String,
    /// Label → text, in reading order: evidence, aggregate, rule, score, gate, …
    pub facts: Vec<(String, String)>,
    /// Points this criterion adds to the total.
    pub points: f64,
}

pub struct ExplainedCategory {
    pub name: String,
    pub summary: String,
    pub criteria: Vec<Explained>,
}

/// The vendor's audit trail: a heading, the categories, closing lines.
pub struct Explanation {
    pub heading: String,
    pub intro: Vec<String>,
    pub categories: Vec<ExplainedCategory>,
    pub closing: Vec<String>,
}

pub fn explain(card: &Scorecard, vendor: &VendorScore) -> Explanation {
    let scale = card.rubric.scale;
    let qualified = vendor.failed_gates.is_empty();
    let heading = t!(
        "explain-heading",
        vendor = &vendor.vendor,
        rank = vendor.rank.to_string(),
        count = card.vendors.len().to_string(),
        status = super::table::status_label(if qualified {
            crate::scorecard::Status::Qualified
        } else {
            crate::scorecard::Status::Disqualified
        }),
        total = two_decimals(vendor.total)
    );
    let short = |hash: &str| hash.chars().take(12).collect::<String>();
    let origin = match &card.provenance {
        Some(p) => {
            let evidence = p.evidence_of(&vendor.vendor).map(|e| format!(", SHA-256 {}…", short(&e.sha256)));
            let evaluated =
                crate::date::parse_date(&p.evaluated_on).map_or_else(|_| p.evaluated_on.clone(), crate::i18n::date);
            t!(
                "explain-origin",
                id = &card.rubric.id,
                version = &card.rubric.version,
                name = card.rubric.label(),
                hash = short(&p.rubric.sha256),
                file = &vendor.file,
                evidence = evidence.unwrap_or_default(),
                date = evaluated,
                tool = p.version
            )
        }
        None => t!(
            "explain-origin-bare",
            id = &card.rubric.id,
            version = &card.rubric.version,
            name = card.rubric.label(),
            file = &vendor.file
        ),
    };
    let mut intro = vec![origin];
    intro.extend(super::table::adjustment_note(card));
    intro.extend(acceptability(card, vendor));
    intro.push(t!(
        "explain-coverage",
        coverage = percent_one_decimal(vendor.coverage),
        verified = percent_one_decimal(vendor.verified_coverage),
        basis = by_basis(vendor)
    ));
    let categories = vendor
        .categories
        .iter()
        .map(|category| ExplainedCategory {
            name: card.category_name(&category.id).to_string(),
            summary: if category.excluded {
                t!("explain-category-excluded")
            } else {
                t!(
                    "explain-category",
                    score = two_decimals(category.score),
                    scale = format_number(scale),
                    share = percent_one_decimal(category.share),
                    points = two_decimals(category.contribution)
                )
            },
            criteria: category.criteria.iter().map(|c| criterion(card, c, scale)).collect(),
        })
        .collect();
    let sum = vendor.categories.iter().map(|c| two_decimals(c.contribution)).collect::<Vec<_>>().join(" + ");
    let mut closing = vec![t!("explain-total", sum = sum, total = two_decimals(vendor.total))];
    match vendor.failed_gates.as_slice() {
        [] => closing.push(t!("explain-gates-passed")),
        failed => {
            for failure in failed {
                closing.push(t!(
                    "explain-disqualified",
                    criterion = &failure.criterion,
                    name = card.criterion_name(&failure.criterion),
                    reason = &failure.reason
                ));
            }
        }
    }
    for basis in [Basis::Claimed, Basis::Reference] {
        let resting: Vec<&CriterionScore> = vendor
            .criteria()
            .filter(|(_, c)| c.state == EvidenceState::Scored && c.basis == Some(basis))
            .map(|(_, c)| c)
            .collect();
        if !resting.is_empty() {
            // Ids for English (as before), the criteria's names where the language translates them.
            let ids: Vec<String> = resting.iter().map(|c| format!("`{}`", c.id)).collect();
            let names: Vec<String> = resting.iter().map(|c| card.criterion_name(&c.id).to_string()).collect();
            let (count, ids, names) = (ids.len(), crate::i18n::list(&ids), crate::i18n::list(&names));
            closing.push(match basis {
                Basis::Reference => t!("explain-reference-only", count = count, ids = ids, names = names),
                _ => t!("explain-claimed-only", count = count, ids = ids, names = names),
            });
        }
    }
    if !vendor.contradictions.is_empty() {
        let listed: Vec<String> = vendor.contradictions.iter().map(|c| c.describe()).collect();
        closing.push(t!("explain-contradicted", count = listed.len(), claims = crate::i18n::clauses(&listed)));
    }
    let costs: Vec<String> = vendor.criteria().filter_map(|(_, c)| super::table::cost_of(card, c)).collect();
    if !costs.is_empty() {
        closing.push(t!("explain-costs", costs = crate::i18n::clauses(&costs)));
    }
    Explanation { heading, intro, categories, closing }
}

/// With `--confidence`: the vendor's chance of each rank, of beating each
/// other vendor, and the verdict.
fn acceptability(card: &Scorecard, vendor: &VendorScore) -> Vec<String> {
    use crate::confidence::pct;
    let Some(confidence) = &card.confidence else { return Vec::new() };
    let Some(mine) = confidence.vendors.iter().find(|v| v.vendor == vendor.vendor) else { return Vec::new() };
    let ranks: Vec<String> = mine
        .rank_acceptability
        .iter()
        .enumerate()
        .filter(|(_, p)| **p > 0.0)
        .map(|(r, p)| t!("explain-rank-in", rank = (r + 1).to_string(), share = pct(*p)))
        .chain((mine.disqualified > 0.0).then(|| t!("explain-disqualified-in", share = pct(mine.disqualified))))
        .collect();
    let beats: Vec<String> = mine.beats.iter().map(|(other, p)| format!("{other} {}", pct(*p))).collect();
    let mut lines = vec![t!(
        "explain-acceptability",
        samples = confidence.samples.to_string(),
        seed = confidence.seed.to_string(),
        error = pct(confidence.standard_error),
        weights = &confidence.weights_described,
        ranks = crate::i18n::list(&ranks)
    )];
    if !beats.is_empty() {
        lines.push(t!("explain-ranks-above", vendors = crate::i18n::list(&beats)));
    }
    if let Some(factor) = mine.confidence_factor {
        lines.push(t!("explain-confidence-factor", factor = format!("{factor:.2}")));
    }
    lines.push(t!("confidence-verdict", verdict = &confidence.verdict.text));
    lines
}

/// `; 60% observed, 25% claimed, 15% from references`, when any evidence is
/// from a reference (otherwise observed and claimed are already said).
fn by_basis(vendor: &VendorScore) -> String {
    let by = vendor.coverage_by_basis;
    if by.reference == 0.0 {
        return String::new();
    }
    t!(
        "explain-by-basis",
        observed = percent_one_decimal(by.observed),
        claimed = percent_one_decimal(by.claimed),
        reference = percent_one_decimal(by.reference)
    )
}

fn criterion(card: &Scorecard, c: &CriterionScore, scale: f64) -> Explained {
    let unit = card.criterion_unit(&c.id, c.unit.as_deref());
    let mut facts: Vec<(String, String)> = Vec::new();
    let mut fact = |label: &str, text: String| facts.push((crate::i18n::message(label, &[]), text));
    match (&c.evidence, c.state) {
        (None, EvidenceState::Excluded) => fact("fact-evidence", t!("evidence-none-excluded")),
        (None, _) => fact("fact-evidence", t!("evidence-none")),
        (Some(observation), _) => {
            let provenance = match c.basis {
                Some(Basis::Observed) => t!("evidence-verified"),
                Some(Basis::Reference) => t!("evidence-reference"),
                _ => t!("evidence-claimed"),
            };
            let shown = match observation {
                Observation::Numbers(values) => values.iter().map(|v| number(*v)).collect::<Vec<_>>().join("; "),
                other => card.observation_text(&c.id, other),
            };
            fact("fact-evidence", t!("evidence-value", value = format!("{shown}{unit}"), provenance = provenance));
        }
    }
    // An aggregate of several observations (one value, as from a ticket log, needs none).
    let observations = match &c.evidence {
        Some(Observation::Numbers(values)) => values.len(),
        Some(Observation::Ratings(ratings)) => ratings.len(),
        _ => 0,
    };
    if let (Some(stat), Some(value), true) = (c.stat, c.aggregate, observations > 1) {
        fact(
            "fact-aggregate",
            t!(
                "aggregate-value",
                stat = crate::i18n::message(&format!("stat-{stat}"), &[]),
                count = observations,
                value = format!("{}{unit}", number(value))
            ),
        );
    }
    if let Some(interval) = &c.interval {
        let shown = interval.describe(number, unit.as_str()).to_string();
        let closing = match interval.tickets_to_close() {
            Some(needed) => t!("interval-close", count = usize::try_from(needed).unwrap_or(usize::MAX)),
            None => String::new(),
        };
        fact(
            "fact-interval",
            t!(
                "interval-value",
                // "95%" alone: the line says it is an interval.
                label =
                    if interval.is_confidence_interval() { "95%".to_string() } else { interval.label().to_string() },
                shown = shown,
                basis = &interval.basis(),
                closing = closing
            ),
        );
    }
    if let Some(spread) = &c.ratings {
        let flag = if spread.disagreement { t!("evaluators-disagree") } else { String::new() };
        fact(
            "fact-evaluators",
            t!(
                "evaluators-value",
                min = number(spread.min),
                max = number(spread.max),
                spread = number(spread.spread),
                threshold = number(spread.threshold),
                flag = flag
            ),
        );
    }
    if let Some(derivation) = &c.derivation {
        let value = c.aggregate.map(number).unwrap_or_default();
        let undiscounted = c.discount.as_ref().map_or(c.score, |d| d.undiscounted);
        let rule = match derivation {
            Derivation::Band { better, threshold, score } => {
                let (side, better) = match better {
                    Better::Lower => ("≤", t!("rule-lower-better")),
                    Better::Higher => ("≥", t!("rule-higher-better")),
                };
                t!(
                    "rule-band",
                    better = better,
                    value = value,
                    side = side,
                    threshold = number(*threshold),
                    score = number(*score)
                )
            }
            Derivation::NoBand { better } => {
                let better = if *better == Better::Lower { t!("rule-lower-better") } else { t!("rule-higher-better") };
                t!("rule-no-band", better = better, value = value)
            }
            Derivation::Linear { best, worst } => t!(
                "rule-linear",
                scale = format_number(scale),
                best = number(*best),
                worst = number(*worst),
                value = value,
                score = number(undiscounted)
            ),
            Derivation::Flag { value } => {
                format!("{} → {}", card.observation_text(&c.id, &Observation::Flag(*value)), number(undiscounted))
            }
            Derivation::Choice { option } => t!(
                "rule-choice",
                option = card.observation_text(&c.id, &Observation::Choice(option.clone())),
                score = number(undiscounted)
            ),
            Derivation::Checklist { present_weight, total_weight } => t!(
                "rule-checklist",
                present = number(*present_weight),
                total = number(*total_weight),
                scale = format_number(scale),
                score = number(undiscounted)
            ),
            Derivation::Rating { low, high } => t!(
                "rule-rating",
                low = number(*low),
                high = number(*high),
                scale = format_number(scale),
                value = value,
                score = number(undiscounted)
            ),
        };
        fact("fact-rule", rule);
    }
    if let Some(condition) = &c.condition {
        fact("fact-condition", t!("condition-only", condition = condition));
    }
    if let Some(cost) = c.cost.as_ref().filter(|_| c.kind != "cost") {
        fact("fact-cost", cost.text().to_string());
    }
    if let Some(discount) = &c.discount {
        let mut why = Vec::new();
        let mut factors = vec![number(discount.undiscounted)];
        if discount.basis_factor < 1.0 {
            let basis = c.basis.unwrap_or(Basis::Claimed);
            why.push(match basis {
                Basis::Claimed => t!("discount-claimed-only"),
                other => super::table::basis_label(other),
            });
            factors.push(format!("discount.{} {}", basis.name(), number(discount.basis_factor)));
        }
        if discount.conditional_factor < 1.0 {
            why.push(t!("discount-conditional"));
            factors.push(format!("discount.conditional {}", number(discount.conditional_factor)));
        }
        let discounted = discount.factor * discount.undiscounted;
        fact(
            "fact-discount",
            t!(
                "explain-pair",
                what = crate::i18n::list(&why),
                value = format!("{} = {}", factors.join(" × "), number(discounted))
            ),
        );
    }
    if let Some(claim) = &c.claim {
        let verdict = match &c.contradiction {
            Some(_) => t!("claim-contradicted"),
            None => t!("claim-holds"),
        };
        let claimed = card.observation_text(&c.id, &claim.observation);
        fact(
            "fact-claim",
            match &claim.source {
                Some(source) => t!("claim-value-sourced", claim = claimed, source = source, verdict = verdict),
                None => t!("claim-value", claim = claimed, verdict = verdict),
            },
        );
    }
    if let Some(penalty) = c.contradiction.as_ref().map(|c| c.penalty).filter(|p| *p > 0.0) {
        fact("fact-penalty", t!("penalty-value", penalty = number(penalty), score = number(c.score)));
    }
    fact(
        "fact-points",
        t!(
            "points-value",
            score = number(c.score),
            scale = format_number(scale),
            share = percent_one_decimal(c.share),
            category = percent_one_decimal(c.category_share),
            points = two_decimals(c.contribution)
        ),
    );
    if let (Some(gate), Some(passed)) = (c.gate, c.gate_passed) {
        let rule = match gate {
            crate::rubric::Gate::MinScore(minimum) => t!("gate-min-score", minimum = format_number(minimum)),
            crate::rubric::Gate::MustBeTrue => t!("gate-must-be-true"),
        };
        let outcome = if passed { t!("gate-passed") } else { t!("gate-failed") };
        fact("fact-gate", t!("explain-pair", what = rule, value = outcome));
    }
    for (label, value) in [("fact-source", &c.source), ("fact-note", &c.note)] {
        if let Some(value) = value {
            fact(label, value.to_string());
        }
    }
    if let Some(date) = &c.date {
        fact("fact-date", date.clone());
    }
    Explained {
        name: card.criterion_name(&c.id).to_string(),
        id: c.id.clone(),
        weight: percent_one_decimal(c.share * c.category_share),
        facts,
        points: c.contribution,
    }
}

/// Up to four decimals, trailing zeros dropped: `41.4`, `3.3333`, `5`.
fn number(value: f64) -> String {
    super::trimmed(value, 4)
}

fn two_decimals(value: f64) -> String {
    format!("{value:.2}")
}

/// Terminal text: indented facts under each criterion.
pub fn text(explanation: &Explanation) -> String {
    let mut out = format!("{}\n", visible(&explanation.heading));
    for line in &explanation.intro {
        out.push_str(&format!("{}\n", visible(line)));
    }
    for category in &explanation.categories {
        let line = t!(
            "explain-pair",
            what = visible(&category.name).into_owned(),
            value = visible(&category.summary).into_owned()
        );
        out.push_str(&format!("\n{line}\n"));
        for c in &category.criteria {
            let line = t!(
                "explain-criterion",
                name = visible(&c.name).into_owned(),
                id = visible(&c.id).into_owned(),
                share = &c.weight
            );
            out.push_str(&format!("  {line}\n"));
            // Labels padded to one width in display columns (a Chinese label is two a character).
            let key = c.facts.iter().map(|(label, _)| super::text::display_width(label)).max().unwrap_or(0).max(10);
            for (label, fact) in &c.facts {
                let pad = " ".repeat(key - super::text::display_width(label));
                out.push_str(&format!("    {label}{pad} {}\n", visible(fact)));
            }
        }
    }
    out.push('\n');
    for line in &explanation.closing {
        out.push_str(&format!("{}\n", visible(line)));
    }
    out
}

/// GitHub-flavoured Markdown: a table per category, ready for a decision document.
pub fn markdown(explanation: &Explanation) -> String {
    let mut out = format!("## {}\n\n", escape(&explanation.heading));
    for line in &explanation.intro {
        out.push_str(&format!("{}  \n", markdown_line(line)));
    }
    for category in &explanation.categories {
        out.push_str(&format!("\n### {}\n\n{}\n\n", escape(&category.name), markdown_line(&category.summary)));
        out.push_str(&format!("| {} |\n| --- | ---: | --- | ---: |\n", t!("explain-markdown-header")));
        for c in &category.criteria {
            let facts =
                c.facts.iter().map(|(label, fact)| format!("**{label}:** {}", escape(fact))).collect::<Vec<_>>();
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                escape(&c.name),
                c.weight,
                facts.join("<br>"),
                two_decimals(c.points)
            ));
        }
    }
    out.push('\n');
    for line in &explanation.closing {
        out.push_str(&format!("{}  \n", markdown_line(line)));
    }
    out
}

/// The JSON form: the rubric it was scored against and the vendor's whole score.
#[derive(Serialize, schemars::JsonSchema)]
pub struct ExplainJson<'a> {
    pub format_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provenance: Option<&'a crate::provenance::Provenance>,
    pub rubric: &'a RubricSummary,
    pub vendors_compared: usize,
    pub vendor: &'a VendorScore,
    /// With `--confidence`: this vendor's ranks and the verdict.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<ExplainConfidence<'a>>,
}

#[derive(Serialize, schemars::JsonSchema)]
pub struct ExplainConfidence<'a> {
    pub samples: u64,
    pub seed: u64,
    pub standard_error: f64,
    pub verdict: &'a crate::confidence::Verdict,
    #[serde(flatten)]
    pub vendor: &'a crate::confidence::VendorConfidence,
}

pub fn json(card: &Scorecard, vendor: &VendorScore) -> anyhow::Result<String> {
    let document = ExplainJson {
        format_version: card.format_version,
        provenance: card.provenance.as_ref(),
        rubric: &card.rubric,
        vendors_compared: card.vendors.len(),
        vendor,
        confidence: card.confidence.as_ref().and_then(|c| {
            let mine = c.vendors.iter().find(|v| v.vendor == vendor.vendor)?;
            Some(ExplainConfidence {
                samples: c.samples,
                seed: c.seed,
                standard_error: c.standard_error,
                verdict: &c.verdict,
                vendor: mine,
            })
        }),
    };
    let mut text = serde_json::to_string_pretty(&document)?;
    text.push('\n');
    Ok(text)
}
