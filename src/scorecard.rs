//! The result of scoring: every derived number, computed once, read by every renderer.

use serde::Serialize;

use crate::i18n::Text;

use crate::evidence::{Basis, Claim, Cost, Observation};
use crate::provenance::Provenance;
use crate::rubric::{Better, Discounts, Gate, MissingPolicy};

/// Version of the JSON layout below; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Scorecard {
    pub format_version: u32,
    /// The rubric and files behind the scores; set by the caller that read
    /// them (the engine does no I/O).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
    pub rubric: RubricSummary,
    /// Categories and criteria with their nominal weights and shares.
    pub categories: Vec<CategoryWeights>,
    /// Vendors in rank order.
    pub vendors: Vec<VendorScore>,
    /// How sure the ranking is (`--confidence`): set by the caller after scoring.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<crate::confidence::Confidence>,
}

impl Scorecard {
    /// The evaluators who rated any criterion of any vendor, in order of first appearance.
    pub fn evaluators(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for (_, criterion) in self.vendors.iter().flat_map(|v| v.criteria()) {
            if let Some(Observation::Ratings(ratings)) = &criterion.evidence {
                for (name, _) in ratings {
                    if !names.contains(name) {
                        names.push(name.clone());
                    }
                }
            }
        }
        names
    }

    /// The name of criterion `id`, as the rubric gives it (the id itself if none has it).
    /// A criterion's unit with a leading space, in the run's language (` 分钟`); `unit` as
    /// the evidence gives it when the rubric has no such criterion.
    pub fn criterion_unit(&self, id: &str, unit: Option<&str>) -> String {
        match self.categories.iter().flat_map(|c| &c.criteria).find(|c| c.id == id) {
            Some(criterion) => criterion.translations.unit_text(unit).to_string(),
            None => unit.map(|u| format!(" {u}")).unwrap_or_default(),
        }
    }

    /// Evidence for criterion `id` as people read it: options and items by
    /// their labels in the run's language, yes/no, a cost.
    pub fn observation_text(&self, id: &str, observation: &Observation) -> String {
        let criterion = self.categories.iter().flat_map(|c| &c.criteria).find(|c| c.id == id);
        match criterion {
            Some(criterion) => observation.text(&criterion.translations).to_string(),
            None => observation.text(&Default::default()).to_string(),
        }
    }

    /// The category's name in the run's language; the id if there is no such category.
    pub fn category_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.categories.iter().find(|c| c.id == id).map_or(id, |c| c.label())
    }

    /// The criterion's name in the run's language; the id if there is no such criterion.
    pub fn criterion_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.categories.iter().flat_map(|c| &c.criteria).find(|c| c.id == id).map_or(id, |c| c.label())
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RubricSummary {
    pub id: String,
    pub name: String,
    pub version: String,
    pub scale: f64,
    pub missing: MissingPolicy,
    /// Multiplier on claimed-only evidence (1: no discount): `discount.claimed`,
    /// kept under its first name for readers of this layout.
    pub claimed_factor: f64,
    /// What each basis, and a conditional benefit, keeps of its score.
    pub discount: Discounts,
    /// Points a criterion loses when its claim is contradicted (0: flagged only).
    pub contradiction_penalty: f64,
    /// What changed the rubric's weights for this run (profile, --weight); empty: as written.
    pub adjustments: Vec<String>,
    /// The rubric's name in other languages (not in the JSON: it reads the same in every language).
    #[serde(skip)]
    #[schemars(skip)]
    pub translations: crate::rubric::Translations,
}

impl RubricSummary {
    /// The rubric's name in the run's language.
    pub fn label(&self) -> &str {
        self.translations.name(&self.name)
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CategoryWeights {
    pub id: String,
    pub name: String,
    /// Column header in narrow tables.
    pub short: String,
    pub weight: f64,
    /// Share of the total, 0..=1, before any exclusion.
    pub share: f64,
    pub criteria: Vec<CriterionWeights>,
    /// Name and short name in other languages (not in the JSON).
    #[serde(skip)]
    #[schemars(skip)]
    pub translations: crate::rubric::Translations,
}

impl CategoryWeights {
    /// The category's name in the run's language.
    pub fn label(&self) -> &str {
        self.translations.name(&self.name)
    }

    /// Its short column header in the run's language.
    pub fn short_label(&self) -> &str {
        self.translations.short(&self.short)
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CriterionWeights {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub weight: f64,
    /// Share within its category, 0..=1, before any exclusion.
    pub share: f64,
    /// Share of the whole total (category share × criterion share), 0..=1.
    pub global_share: f64,
    pub gate: Option<Gate>,
    /// Name and help in other languages (not in the JSON).
    #[serde(skip)]
    #[schemars(skip)]
    pub translations: crate::rubric::Translations,
}

impl CriterionWeights {
    /// The criterion's name in the run's language.
    pub fn label(&self) -> &str {
        self.translations.name(&self.name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Qualified,
    Disqualified,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Qualified => "qualified",
            Status::Disqualified => "disqualified",
        }
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VendorScore {
    /// 1-based; tied totals share a rank (1, 1, 3); disqualified vendors rank
    /// after every qualified one.
    pub rank: usize,
    pub vendor: String,
    /// The evidence file the vendor came from.
    pub file: String,
    pub status: Status,
    /// 0..=100.
    pub total: f64,
    /// Share of the rubric's nominal weight that had evidence, 0..=1.
    pub coverage: f64,
    /// Share of the rubric's nominal weight backed by verified evidence
    /// (basis `observed`), 0..=1.
    pub verified_coverage: f64,
    /// The coverage split by basis; the three add up to `coverage`.
    pub coverage_by_basis: BasisCoverage,
    /// Claims the evidence contradicts: written claims beside observations,
    /// then `[sla]` commitments the ticket logs show missed.
    pub contradictions: Vec<Contradiction>,
    /// Why the vendor is disqualified; empty when qualified.
    pub failed_gates: Vec<GateFailure>,
    /// Each `[sla]` target against the times its ticket logs show on that
    /// target's clock (for the report); empty without `[sla]` and logs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub service_levels: Vec<crate::evidence::ServiceLevel>,
    pub categories: Vec<CategoryScore>,
}

/// Shares of the rubric's nominal weight by what backs the evidence, 0..=1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct BasisCoverage {
    pub observed: f64,
    pub claimed: f64,
    pub reference: f64,
}

impl BasisCoverage {
    pub fn of(&self, basis: Basis) -> f64 {
        match basis {
            Basis::Observed => self.observed,
            Basis::Claimed => self.claimed,
            Basis::Reference => self.reference,
        }
    }
}

/// A vendor's claim that the evidence contradicts: the single most useful
/// finding of a proof of concept.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Contradiction {
    /// The criterion it is about, when there is one.
    pub criterion: Option<String>,
    /// What it is about, short: the criterion id, or `P0 first response` for an SLA target.
    pub about: Text,
    /// What the vendor claimed, as displayed: `7x24`, `P0 first response within 15m (7x24)`.
    pub claimed: Text,
    /// What was observed instead: `business-hours`, `2 of 5 P0 tickets missed it (60% met)`.
    pub observed: Text,
    /// Where the claim came from.
    pub source: Option<Text>,
    pub origin: ContradictionOrigin,
    /// Points taken off the criterion's score for it (the rubric's
    /// `contradiction_penalty`, at most the score itself).
    pub penalty: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ContradictionOrigin {
    /// A `claim` written beside an observation.
    Claim,
    /// An `[sla]` target the vendor's ticket logs show missed.
    Sla,
}

impl Contradiction {
    /// In one line, in `lang`: "`support_hours`: claimed 7x24, observed
    /// business-hours", "[sla] P0 first response within 15m (7x24): 2 of 5 …".
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        let text = match self.origin {
            ContradictionOrigin::Claim => Text::new("contradiction-claim").part("about", self.about.clone()),
            ContradictionOrigin::Sla => Text::new("contradiction-sla"),
        };
        text.part("claimed", self.claimed.clone()).part("observed", self.observed.clone()).in_lang(lang)
    }

    /// [`Self::describe_in`] the run's language.
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::lang())
    }

    /// [`Self::describe`] for a reader of the report or the workbook: the
    /// criterion's `name` where the one-liner shows its id.
    pub fn describe_named(&self, name: &str) -> String {
        match self.origin {
            ContradictionOrigin::Claim => {
                crate::t!("contradiction-claim-named", name = name, claimed = &self.claimed, observed = &self.observed)
            }
            ContradictionOrigin::Sla => self.describe(),
        }
    }

    /// A few words: "`support_hours`", "[sla] P0 first response".
    pub fn label(&self) -> String {
        match self.origin {
            ContradictionOrigin::Claim => format!("`{}`", self.about),
            ContradictionOrigin::Sla => format!("[sla] {}", self.about),
        }
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct GateFailure {
    pub criterion: String,
    pub reason: Text,
    /// The smallest change of evidence that would pass the gate, in words:
    /// "a p90 of at most 120 minutes (now 180)", "`true`", "option `on-request` or better".
    pub to_pass: Text,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CategoryScore {
    pub id: String,
    pub name: String,
    /// Effective share of the total for this vendor, 0..=1 (renormalised
    /// under `missing = "exclude"`).
    pub share: f64,
    /// 0..=scale.
    pub score: f64,
    /// Points of the 0..=100 total.
    pub contribution: f64,
    /// True when every criterion of the category was excluded.
    pub excluded: bool,
    pub criteria: Vec<CriterionScore>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CriterionScore {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub unit: Option<String>,
    pub evidence: Option<Observation>,
    /// The single figure the score came from: the aggregate of a number list
    /// or of ratings, the present share (0..=1) of a checklist; none for flag
    /// and choice.
    pub aggregate: Option<f64>,
    /// 0..=scale.
    pub score: f64,
    /// Effective share within its category, 0..=1.
    pub share: f64,
    /// Effective share of its category in the total, 0..=1.
    pub category_share: f64,
    /// Points of the 0..=100 total: 100 × category_share × share × score ÷ scale.
    pub contribution: f64,
    pub state: EvidenceState,
    /// Basis `observed` (the older name of the distinction, kept for readers).
    pub verified: bool,
    /// Who stands behind the evidence; none when there is none.
    pub basis: Option<Basis>,
    /// The tier or plan the benefit holds under.
    pub condition: Option<String>,
    /// What the benefit costs, as quoted.
    pub cost: Option<Cost>,
    /// The vendor's claim beside the observation.
    pub claim: Option<Claim>,
    /// The claim, contradicted by the observation.
    pub contradiction: Option<Contradiction>,
    pub source: Option<Text>,
    pub note: Option<Text>,
    pub date: Option<String>,
    pub gate: Option<Gate>,
    /// Whether the gate (if any) was met.
    pub gate_passed: Option<bool>,
    /// The aggregate the rubric applies (number and rating criteria).
    pub stat: Option<&'static str>,
    /// Which rule turned the evidence into the score.
    pub derivation: Option<Derivation>,
    /// How far apart the evaluators' ratings are (rating criteria).
    pub ratings: Option<Spread>,
    /// The rubric's `claimed_factor`, when it discounted this (claimed-only) evidence.
    pub discount: Option<Discount>,
    /// The figure's 95 % interval, when its evidence gives one: order
    /// statistics or Wilson from the tickets behind it, a typed `range`, the
    /// evaluators' spread.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<crate::intervals::Uncertainty>,
}

/// How a criterion's score was reached from its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Derivation {
    /// The first band the value fell in (`better = "lower"`: value ≤ threshold).
    Band {
        better: Better,
        threshold: f64,
        score: f64,
    },
    /// The value fell in no band: 0.
    NoBand {
        better: Better,
    },
    /// Full scale at `best`, 0 at `worst`, straight line between, clamped.
    Linear {
        best: f64,
        worst: f64,
    },
    Flag {
        value: bool,
    },
    Choice {
        option: String,
    },
    /// `scale` × present weight ÷ total weight.
    Checklist {
        present_weight: f64,
        total_weight: f64,
    },
    /// The aggregate rating mapped from `low..=high` onto `0..=scale`.
    Rating {
        low: f64,
        high: f64,
    },
}

/// The spread of the evaluators' ratings of one criterion.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Spread {
    pub min: f64,
    pub max: f64,
    /// `max − min`.
    pub spread: f64,
    /// The rubric's threshold for this criterion.
    pub threshold: f64,
    /// `spread ≥ threshold`: the evaluators disagree.
    pub disagreement: bool,
}

impl Spread {
    /// The spread of `ratings` against `threshold`; `None` for no ratings.
    /// The one definition of "evaluators disagree", for the engine and `check`.
    pub fn of(ratings: &[f64], threshold: f64) -> Option<Spread> {
        let min = ratings.iter().copied().reduce(f64::min)?;
        let max = ratings.iter().copied().reduce(f64::max)?;
        Some(Spread {
            min,
            max,
            spread: max - min,
            threshold,
            disagreement: max - min >= threshold - crate::score::TIE_TOLERANCE,
        })
    }
}

/// A score discounted for its basis or its condition.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Discount {
    /// `basis_factor × conditional_factor`.
    pub factor: f64,
    /// The rubric's discount for the evidence's basis (1 for observed).
    pub basis_factor: f64,
    /// The rubric's `discount.conditional` for a benefit with a condition, else 1.
    pub conditional_factor: f64,
    /// The score before the discount; `score` is after it (and after any
    /// contradiction penalty).
    pub undiscounted: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum EvidenceState {
    Scored,
    /// No evidence; scored 0 (`missing = "zero"` or `"fail"`).
    Missing,
    /// No evidence; left out and the other shares renormalised.
    Excluded,
}

impl Scorecard {
    /// The engine's promises, checked once for every output: each total is
    /// finite and within 0..=100, each score within 0..=scale, and the
    /// contributions of a vendor's criteria add up to its total. The loader's
    /// bounds on every number make a failure here a bug, reported as one
    /// rather than written into an export.
    pub fn verify(&self) -> anyhow::Result<()> {
        let scale = self.rubric.scale;
        for vendor in &self.vendors {
            let fail = |what: String| {
                anyhow::anyhow!(
                    "internal error: {what} for vendor `{}`; nothing was written (please report this with the inputs)",
                    vendor.vendor
                )
            };
            if !(vendor.total.is_finite() && (-TOLERANCE..=100.0 + TOLERANCE).contains(&vendor.total)) {
                return Err(fail(format!("the total is {}", vendor.total)));
            }
            let by_basis = vendor.coverage_by_basis;
            for share in
                [vendor.coverage, vendor.verified_coverage, by_basis.observed, by_basis.claimed, by_basis.reference]
            {
                if !(share.is_finite() && (-TOLERANCE..=1.0 + TOLERANCE).contains(&share)) {
                    return Err(fail(format!("a coverage is {share}")));
                }
            }
            let mut sum = 0.0;
            for (_, criterion) in vendor.criteria() {
                if !(criterion.score.is_finite() && (0.0..=scale + TOLERANCE).contains(&criterion.score)) {
                    return Err(fail(format!("`{}` scores {}", criterion.id, criterion.score)));
                }
                if !criterion.contribution.is_finite() {
                    return Err(fail(format!("`{}` contributes {}", criterion.id, criterion.contribution)));
                }
                sum += criterion.contribution;
            }
            if (sum - vendor.total).abs() > TOLERANCE {
                return Err(fail(format!("the contributions add up to {sum}, not the total {}", vendor.total)));
            }
        }
        Ok(())
    }
}

/// How far a checked figure may stray from its bound through rounding.
const TOLERANCE: f64 = 1e-6;

impl VendorScore {
    /// Whether a claim about criterion `id` (written, or an `[sla]` target tied to it) is contradicted.
    pub fn contradicted(&self, id: &str) -> bool {
        self.contradictions.iter().any(|c| c.criterion.as_deref() == Some(id))
    }

    pub fn criteria(&self) -> impl Iterator<Item = (&CategoryScore, &CriterionScore)> {
        self.categories.iter().flat_map(|category| category.criteria.iter().map(move |c| (category, c)))
    }
}
