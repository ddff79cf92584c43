//! `vendorcard explain`: the audit trail of one vendor's score, criterion by
//! criterion, as terminal text, Markdown or JSON. Reads only the scorecard.

use serde::Serialize;

use super::percent_one_decimal;
use super::text::{markdown as escape, markdown_line, visible};
use crate::evidence::{format_number, Basis, Observation};
use crate::rubric::Better;
use crate::scorecard::{CriterionScore, Derivation, EvidenceState, RubricSummary, Scorecard, VendorScore};

/// One criterion, explained in words.
pub struct Explained {
    pub name: String,
    pub id: String,
    /// Share of the whole total, e.g. `5.6%`.
    pub weight: String,
    /// Label → text, in reading order: evidence, aggregate, rule, score, gate, …
    pub facts: Vec<(&'static str, String)>,
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
    let heading = format!(
        "{}: rank {} of {}, {}, total {} of 100",
        vendor.vendor,
        vendor.rank,
        card.vendors.len(),
        if qualified { "qualified" } else { "disqualified" },
        two_decimals(vendor.total)
    );
    let short = |hash: &str| hash.chars().take(12).collect::<String>();
    let origin = match &card.provenance {
        Some(p) => {
            let evidence = p.evidence_of(&vendor.vendor).map(|e| format!(", SHA-256 {}…", short(&e.sha256)));
            format!(
                "Rubric {} {} ({}), SHA-256 {}…; evidence {}{}; evaluated {} by vendorcard {}.",
                card.rubric.id,
                card.rubric.version,
                card.rubric.name,
                short(&p.rubric.sha256),
                vendor.file,
                evidence.unwrap_or_default(),
                p.evaluated_on,
                p.version
            )
        }
        None => format!(
            "Rubric {} {} ({}); evidence {}.",
            card.rubric.id, card.rubric.version, card.rubric.name, vendor.file
        ),
    };
    let mut intro = vec![origin];
    intro.extend(super::table::adjustment_note(card));
    intro.extend(acceptability(card, vendor));
    intro.extend([
        format!(
            "Coverage: {} of the rubric's weight has evidence, {} verified (observed by the team, not claimed by the vendor){}.",
            percent_one_decimal(vendor.coverage),
            percent_one_decimal(vendor.verified_coverage),
            by_basis(vendor)
        ),
    ]);
    let categories = vendor
        .categories
        .iter()
        .map(|category| ExplainedCategory {
            name: category.name.clone(),
            summary: if category.excluded {
                "excluded: no evidence for any criterion".into()
            } else {
                format!(
                    "{} of {} × {} of the total = {} points",
                    two_decimals(category.score),
                    format_number(scale),
                    percent_one_decimal(category.share),
                    two_decimals(category.contribution)
                )
            },
            criteria: category.criteria.iter().map(|c| criterion(c, scale)).collect(),
        })
        .collect();
    let sum = vendor.categories.iter().map(|c| two_decimals(c.contribution)).collect::<Vec<_>>().join(" + ");
    let mut closing = vec![format!("Total: {sum} = {} points of 100.", two_decimals(vendor.total))];
    match vendor.failed_gates.as_slice() {
        [] => closing.push("Gates: all passed.".into()),
        failed => {
            for failure in failed {
                closing.push(format!("Disqualified: `{}` {}.", failure.criterion, failure.reason));
            }
        }
    }
    for (basis, label) in [
        (Basis::Claimed, "Claimed only by the vendor, not verified"),
        (Basis::Reference, "Reported by a reference (third party), not observed by the team"),
    ] {
        let ids: Vec<String> = vendor
            .criteria()
            .filter(|(_, c)| c.state == EvidenceState::Scored && c.basis == Some(basis))
            .map(|(_, c)| format!("`{}`", c.id))
            .collect();
        if !ids.is_empty() {
            closing.push(format!("{label} ({}): {}.", ids.len(), ids.join(", ")));
        }
    }
    if !vendor.contradictions.is_empty() {
        let listed: Vec<String> = vendor.contradictions.iter().map(|c| c.describe()).collect();
        closing.push(format!("Claims contradicted ({}): {}.", listed.len(), listed.join("; ")));
    }
    let costs: Vec<String> = vendor.criteria().filter_map(|(_, c)| super::table::cost_of(c)).collect();
    if !costs.is_empty() {
        closing.push(format!("Costs as quoted (never converted): {}.", costs.join("; ")));
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
        .map(|(r, p)| format!("rank {} in {}", r + 1, pct(*p)))
        .chain((mine.disqualified > 0.0).then(|| format!("disqualified in {}", pct(mine.disqualified))))
        .collect();
    let beats: Vec<String> = mine.beats.iter().map(|(other, p)| format!("{other} {}", pct(*p))).collect();
    let mut lines = vec![format!(
        "Rank acceptability ({} samples, seed {}, ±{} at most; {}): {}.",
        confidence.samples,
        confidence.seed,
        pct(confidence.standard_error),
        confidence.weights_described,
        ranks.join(", ")
    )];
    if !beats.is_empty() {
        lines.push(format!("Ranks above: {}.", beats.join(", ")));
    }
    if let Some(factor) = mine.confidence_factor {
        lines.push(format!("Confidence factor (first with its central weights): {factor:.2}."));
    }
    lines.push(format!("Verdict — {}.", confidence.verdict.text));
    lines
}

/// `; 60% observed, 25% claimed, 15% from references`, when any evidence is
/// from a reference (otherwise observed and claimed are already said).
fn by_basis(vendor: &VendorScore) -> String {
    let by = vendor.coverage_by_basis;
    if by.reference == 0.0 {
        return String::new();
    }
    format!(
        "; {} observed, {} claimed, {} from references",
        percent_one_decimal(by.observed),
        percent_one_decimal(by.claimed),
        percent_one_decimal(by.reference)
    )
}

fn criterion(c: &CriterionScore, scale: f64) -> Explained {
    let unit = c.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
    let mut facts = Vec::new();
    match (&c.evidence, c.state) {
        (None, EvidenceState::Excluded) => {
            facts.push(("evidence", "none: left out, the other weights renormalised".into()))
        }
        (None, _) => facts.push(("evidence", "none: scores 0".into())),
        (Some(observation), _) => {
            let provenance = match c.basis {
                Some(Basis::Observed) => "verified",
                Some(Basis::Reference) => "reported by a reference (third party), not observed by the team",
                _ => "claimed by the vendor, not verified",
            };
            let shown = match observation {
                Observation::Numbers(values) => values.iter().map(|v| number(*v)).collect::<Vec<_>>().join("; "),
                other => other.display(),
            };
            facts.push(("evidence", format!("{shown}{unit} ({provenance})")));
        }
    }
    // An aggregate of several observations (one value, as from a ticket log, needs none).
    let observations = match &c.evidence {
        Some(Observation::Numbers(values)) => values.len(),
        Some(Observation::Ratings(ratings)) => ratings.len(),
        _ => 0,
    };
    if let (Some(stat), Some(value), true) = (c.stat, c.aggregate, observations > 1) {
        facts.push(("aggregate", format!("{stat} of {observations} = {}{unit}", number(value))));
    }
    if let Some(interval) = &c.interval {
        let shown = interval.describe(number, &unit);
        let closing = match interval.tickets_to_close() {
            Some(needed) => format!("; {needed} tickets would bound it on both sides"),
            None => String::new(),
        };
        facts.push((
            "interval",
            format!(
                "{}: {shown} ({}{closing}); --confidence samples the score over it",
                interval.label().trim_end_matches(" interval"),
                interval.basis()
            ),
        ));
    }
    if let Some(spread) = &c.ratings {
        let flag = if spread.disagreement { " — evaluators disagree" } else { "" };
        facts.push((
            "evaluators",
            format!(
                "ratings from {} to {}: spread {} (threshold {}){flag}",
                number(spread.min),
                number(spread.max),
                number(spread.spread),
                number(spread.threshold)
            ),
        ));
    }
    if let Some(derivation) = &c.derivation {
        let value = c.aggregate.map(number).unwrap_or_default();
        let undiscounted = c.discount.as_ref().map_or(c.score, |d| d.undiscounted);
        let rule = match derivation {
            Derivation::Band { better, threshold, score } => {
                let (side, word) = match better {
                    Better::Lower => ("≤", "lower"),
                    Better::Higher => ("≥", "higher"),
                };
                format!("bands, {word} is better: {value} {side} {} → {}", number(*threshold), number(*score))
            }
            Derivation::NoBand { better } => {
                let word = if *better == Better::Lower { "lower" } else { "higher" };
                format!("bands, {word} is better: {value} falls in no band → 0")
            }
            Derivation::Linear { best, worst } => format!(
                "linear, {} at {} to 0 at {}: {value} → {}",
                format_number(scale),
                number(*best),
                number(*worst),
                number(undiscounted)
            ),
            Derivation::Flag { value } => format!("{value} → {}", number(undiscounted)),
            Derivation::Choice { option } => format!("option `{option}` → {}", number(undiscounted)),
            Derivation::Checklist { present_weight, total_weight } => format!(
                "{} of {} item weight present: {} × {}/{} = {}",
                number(*present_weight),
                number(*total_weight),
                format_number(scale),
                number(*present_weight),
                number(*total_weight),
                number(undiscounted)
            ),
            Derivation::Rating { low, high } => format!(
                "rating mapped from {}–{}: {} × ({value} − {}) / ({} − {}) = {}",
                number(*low),
                number(*high),
                format_number(scale),
                number(*low),
                number(*high),
                number(*low),
                number(undiscounted)
            ),
        };
        facts.push(("rule", rule));
    }
    if let Some(condition) = &c.condition {
        facts.push(("condition", format!("only {condition}")));
    }
    if let Some(cost) = c.cost.as_ref().filter(|_| c.kind != "cost") {
        facts.push(("cost", cost.display()));
    }
    if let Some(discount) = &c.discount {
        let mut why = Vec::new();
        let mut factors = vec![number(discount.undiscounted)];
        if discount.basis_factor < 1.0 {
            let basis = c.basis.map_or("claimed", |b| b.name());
            why.push(if basis == "claimed" { "claimed only".to_string() } else { basis.to_string() });
            factors.push(format!("discount.{basis} {}", number(discount.basis_factor)));
        }
        if discount.conditional_factor < 1.0 {
            why.push("conditional".into());
            factors.push(format!("discount.conditional {}", number(discount.conditional_factor)));
        }
        let discounted = discount.factor * discount.undiscounted;
        facts.push(("discount", format!("{}: {} = {}", why.join(", "), factors.join(" × "), number(discounted))));
    }
    if let Some(claim) = &c.claim {
        let from = claim.source.as_ref().map(|s| format!(" ({s})")).unwrap_or_default();
        let verdict = match &c.contradiction {
            Some(_) => "CONTRADICTED by the observation, which is what scores",
            None => "not contradicted by the observation",
        };
        facts.push(("claim", format!("{}{from}: {verdict}", claim.observation.display())));
    }
    if let Some(penalty) = c.contradiction.as_ref().map(|c| c.penalty).filter(|p| *p > 0.0) {
        facts.push((
            "penalty",
            format!("claim contradicted: − {} (contradiction_penalty) = {}", number(penalty), number(c.score)),
        ));
    }
    facts.push((
        "points",
        format!(
            "100 × {}/{} × {} of the category × {} category share = {}",
            number(c.score),
            format_number(scale),
            percent_one_decimal(c.share),
            percent_one_decimal(c.category_share),
            two_decimals(c.contribution)
        ),
    ));
    if let (Some(gate), Some(passed)) = (c.gate, c.gate_passed) {
        facts.push((
            "gate",
            format!("{}: {}", gate.describe(), if passed { "passed" } else { "FAILED — disqualifies" }),
        ));
    }
    for (label, value) in [("source", &c.source), ("date", &c.date), ("note", &c.note)] {
        if let Some(value) = value {
            facts.push((label, value.clone()));
        }
    }
    Explained {
        name: c.name.clone(),
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
        out.push_str(&format!("\n{}: {}\n", visible(&category.name), visible(&category.summary)));
        for c in &category.criteria {
            out.push_str(&format!("  {} (`{}`, {} of the total)\n", visible(&c.name), visible(&c.id), c.weight));
            for (label, fact) in &c.facts {
                out.push_str(&format!("    {label:<10} {}\n", visible(fact)));
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
        out.push_str("| Criterion | Share of total | How it was scored | Points |\n| --- | ---: | --- | ---: |\n");
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
