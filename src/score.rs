//! The pure scoring engine: rubric + evidence in, scorecard out, no I/O.

use crate::evidence::{Basis, Claim};
use crate::evidence::{EvidenceItem, Observation, VendorEvidence};
use crate::i18n::Text;
use crate::rubric::{Better, Criterion, Gate, MissingPolicy, NumberScoring, Rubric, Rule};
use crate::scorecard::{
    BasisCoverage, CategoryScore, CategoryWeights, Contradiction, ContradictionOrigin, CriterionScore,
    CriterionWeights, Derivation, Discount, EvidenceState, GateFailure, RubricSummary, Scorecard, Spread, Status,
    VendorScore, FORMAT_VERSION,
};
use crate::stats::Aggregate;

/// Totals closer than this are a tie.
pub const TIE_TOLERANCE: f64 = 1e-9;

/// Scores every vendor against `rubric` and ranks them.
///
/// Evidence is expected to have been checked against the rubric by the
/// loader; evidence of the wrong shape for its criterion is treated as
/// missing rather than trusted.
pub fn score(rubric: &Rubric, vendors: &[VendorEvidence]) -> Scorecard {
    let mut scored: Vec<VendorScore> = vendors.iter().map(|v| score_vendor(rubric, v)).collect();
    rank(&mut scored);
    Scorecard {
        format_version: FORMAT_VERSION,
        provenance: None,
        rubric: RubricSummary {
            id: rubric.id.clone(),
            name: rubric.name.clone(),
            version: rubric.version.clone(),
            scale: rubric.scale,
            missing: rubric.missing,
            claimed_factor: rubric.discount.claimed,
            discount: rubric.discount,
            contradiction_penalty: rubric.contradiction_penalty,
            adjustments: rubric.adjustments.clone(),
            translations: rubric.translations.clone(),
        },
        categories: nominal_weights(rubric),
        vendors: scored,
        confidence: None,
    }
}

/// `part / whole`, or 0 when nothing is weighted at all.
fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole
    } else {
        0.0
    }
}

/// A category counts with its weight only if its criteria carry weight.
fn effective_category_weight(weight: f64, criteria: impl Iterator<Item = f64>) -> f64 {
    if criteria.sum::<f64>() > 0.0 {
        weight
    } else {
        0.0
    }
}

/// Every category's and criterion's nominal weight and share of the total.
pub fn nominal_weights(rubric: &Rubric) -> Vec<CategoryWeights> {
    let category_weights: Vec<f64> = rubric
        .categories
        .iter()
        .map(|c| effective_category_weight(c.weight, c.criteria.iter().map(|c| c.weight)))
        .collect();
    let category_total: f64 = category_weights.iter().sum();
    rubric
        .categories
        .iter()
        .zip(&category_weights)
        .map(|(category, weight)| {
            let category_share = share(*weight, category_total);
            let criterion_total: f64 = category.criteria.iter().map(|c| c.weight).sum();
            CategoryWeights {
                id: category.id.clone(),
                name: category.name.clone(),
                short: category.short.clone(),
                weight: category.weight,
                share: category_share,
                criteria: category
                    .criteria
                    .iter()
                    .map(|criterion| {
                        let criterion_share = share(criterion.weight, criterion_total);
                        CriterionWeights {
                            id: criterion.id.clone(),
                            name: criterion.name.clone(),
                            kind: criterion.rule.kind(),
                            weight: criterion.weight,
                            share: criterion_share,
                            global_share: category_share * criterion_share,
                            gate: criterion.gate,
                            translations: criterion.translations.clone(),
                        }
                    })
                    .collect(),
                translations: category.translations.clone(),
            }
        })
        .collect()
}

/// One criterion's evidence turned into (aggregate, score).
struct Evaluation {
    aggregate: Option<f64>,
    score: f64,
    derivation: Derivation,
    ratings: Option<Spread>,
}

fn score_vendor(rubric: &Rubric, vendor: &VendorEvidence) -> VendorScore {
    let scale = rubric.scale;
    let nominal = nominal_weights(rubric);
    let exclude = rubric.missing == MissingPolicy::Exclude;

    // First pass: judge every criterion that has usable evidence.
    let evaluations: Vec<Vec<Option<(Judged, &EvidenceItem)>>> = rubric
        .categories
        .iter()
        .map(|category| {
            category
                .criteria
                .iter()
                .map(|criterion| {
                    let item = vendor.items.get(&criterion.id)?;
                    Some((judge(rubric, criterion, item)?, item))
                })
                .collect()
        })
        .collect();

    // Under `exclude`, a criterion without evidence carries no weight, and a
    // category left with no weighted evidence carries none either.
    let counted = |criterion: &Criterion, evaluation: &Option<(Judged, &EvidenceItem)>| {
        if exclude && evaluation.is_none() {
            0.0
        } else {
            criterion.weight
        }
    };
    let category_weights: Vec<f64> = rubric
        .categories
        .iter()
        .zip(&evaluations)
        .map(|(category, evaluated)| {
            effective_category_weight(
                category.weight,
                category.criteria.iter().zip(evaluated).map(|(c, e)| counted(c, e)),
            )
        })
        .collect();
    let category_total: f64 = category_weights.iter().sum();

    let mut failed_gates = Vec::new();
    // Σ over categories of nominal category weight × covered fraction; divided last.
    let mut coverage_sum = 0.0;
    // The same, by basis.
    let mut basis_sums = [0.0; 3];
    let nominal_category_total: f64 = rubric
        .categories
        .iter()
        .map(|c| effective_category_weight(c.weight, c.criteria.iter().map(|c| c.weight)))
        .sum();
    let mut categories = Vec::with_capacity(rubric.categories.len());
    for (((category, evaluated), weight), nominal) in
        rubric.categories.iter().zip(evaluations).zip(&category_weights).zip(&nominal)
    {
        let category_share = share(*weight, category_total);
        let criterion_total: f64 = category.criteria.iter().zip(&evaluated).map(|(c, e)| counted(c, e)).sum();
        let mut criteria = Vec::with_capacity(category.criteria.len());
        let mut covered = 0.0;
        let mut by_basis = [0.0; 3];
        for (criterion, evaluation) in category.criteria.iter().zip(evaluated) {
            let criterion_share = share(counted(criterion, &evaluation), criterion_total);
            let (state, judged, item) = match evaluation {
                Some((judged, item)) => (EvidenceState::Scored, Some(judged), Some(item)),
                None if exclude => (EvidenceState::Excluded, None, None),
                None => (EvidenceState::Missing, None, None),
            };
            let (evaluation, discount, score, contradiction, gate_reason) = match judged {
                Some(j) => (Some(j.evaluation), j.discount, j.score, j.contradiction, j.gate_failure),
                None => (None, None, 0.0, None, criterion.gate.map(|_| Text::new("gate-no-evidence"))),
            };
            let aggregate = evaluation.as_ref().and_then(|e| e.aggregate);
            if let Some(item) = item {
                covered += criterion.weight;
                by_basis[item.basis as usize] += criterion.weight;
            } else if rubric.missing == MissingPolicy::Fail {
                failed_gates.push(GateFailure {
                    criterion: criterion.id.clone(),
                    reason: Text::new("gate-missing-fail"),
                    to_pass: match criterion.gate {
                        Some(gate) => to_pass(criterion, gate, scale, None),
                        None => Text::new("to-pass-any"),
                    },
                });
            }
            let gate_passed = criterion.gate.map(|gate| {
                let passed = gate_reason.is_none();
                if let Some(reason) = gate_reason {
                    let now =
                        evaluation.as_ref().and_then(|e| e.aggregate).or(item.and_then(|i| match &i.observation {
                            Observation::Numbers(values) if values.len() == 1 => Some(values[0]),
                            _ => None,
                        }));
                    let to_pass = to_pass(criterion, gate, scale, now);
                    failed_gates.push(GateFailure { criterion: criterion.id.clone(), reason, to_pass });
                }
                passed
            });
            criteria.push(CriterionScore {
                id: criterion.id.clone(),
                name: criterion.name.clone(),
                kind: criterion.rule.kind(),
                unit: criterion.unit.clone(),
                evidence: item.map(|i| i.observation.clone()),
                aggregate,
                score,
                share: criterion_share,
                category_share,
                contribution: 100.0 * category_share * criterion_share * score / scale,
                state,
                verified: item.is_some_and(|i| i.basis == Basis::Observed),
                basis: item.map(|i| i.basis),
                condition: item.and_then(|i| i.condition.clone()),
                cost: item.and_then(|i| i.cost.clone()),
                claim: item.and_then(|i| i.claim.clone()),
                contradiction,
                source: item.and_then(|i| i.source.clone()),
                note: item.and_then(|i| i.note.clone()),
                date: item.and_then(|i| i.date.clone()),
                gate: criterion.gate,
                gate_passed,
                stat: match &criterion.rule {
                    Rule::Number { aggregate, .. } | Rule::Rating { aggregate, .. } => Some(aggregate.name()),
                    _ => None,
                },
                derivation: evaluation.as_ref().map(|e| e.derivation.clone()),
                ratings: evaluation.and_then(|e| e.ratings),
                discount,
                interval: item.and_then(|i| i.uncertainty.clone()),
            });
        }
        let nominal_criterion_total: f64 = category.criteria.iter().map(|c| c.weight).sum();
        coverage_sum += nominal.share * nominal_category_total * share(covered, nominal_criterion_total);
        for (sum, weight) in basis_sums.iter_mut().zip(by_basis) {
            *sum += nominal.share * nominal_category_total * share(weight, nominal_criterion_total);
        }
        // Weighted sum first, one division last: exact for exact inputs (5, not 4.999…).
        let weighted: f64 = category
            .criteria
            .iter()
            .zip(&criteria)
            .map(|(criterion, scored)| match scored.state {
                EvidenceState::Excluded => 0.0,
                _ => criterion.weight * scored.score,
            })
            .sum();
        let score = share(weighted, criterion_total);
        categories.push(CategoryScore {
            id: category.id.clone(),
            name: category.name.clone(),
            share: category_share,
            score,
            contribution: 100.0 * category_share * score / scale,
            excluded: exclude && criterion_total == 0.0 && !category.criteria.is_empty(),
            criteria,
        });
    }

    let total = categories.iter().map(|c| c.contribution).sum();
    let [observed, claimed, reference] = basis_sums.map(|sum| share(sum, nominal_category_total));
    let mut contradictions: Vec<Contradiction> =
        categories.iter().flat_map(|c| &c.criteria).filter_map(|c| c.contradiction.clone()).collect();
    contradictions.extend(vendor.missed_commitments.iter().map(|missed| Contradiction {
        criterion: missed.criterion.clone(),
        about: missed.about.clone(),
        claimed: missed.claimed.clone(),
        observed: missed.observed.clone(),
        source: Some(missed.source.clone()),
        origin: ContradictionOrigin::Sla,
        penalty: 0.0,
    }));
    VendorScore {
        rank: 0,
        vendor: vendor.vendor.clone(),
        file: vendor.file.clone(),
        status: if failed_gates.is_empty() { Status::Qualified } else { Status::Disqualified },
        total,
        coverage: share(coverage_sum, nominal_category_total),
        verified_coverage: observed,
        coverage_by_basis: BasisCoverage { observed, claimed, reference },
        contradictions,
        failed_gates,
        service_levels: vendor.service_levels.clone(),
        categories,
    }
}

/// One criterion judged on its evidence exactly as `compare` does: the
/// score after discounts and any contradiction penalty, and why its gate
/// fails, if it does. `None` when the evidence does not fit the rule.
struct Judged {
    evaluation: Evaluation,
    discount: Option<Discount>,
    score: f64,
    contradiction: Option<Contradiction>,
    gate_failure: Option<Text>,
}

fn judge(rubric: &Rubric, criterion: &Criterion, item: &EvidenceItem) -> Option<Judged> {
    let scale = rubric.scale;
    let evaluation = evaluate(&criterion.rule, scale, &item.observation)?;
    let undiscounted = evaluation.score;
    // Claimed, reference and conditional evidence keeps the rubric's
    // share of its score (gates judge the evidence itself).
    let basis_factor = rubric.discount.of(item.basis);
    let conditional_factor = if item.condition.is_some() { rubric.discount.conditional } else { 1.0 };
    let factor = basis_factor * conditional_factor;
    let discount = (factor < 1.0).then_some(Discount { factor, basis_factor, conditional_factor, undiscounted });
    let mut score = discount.as_ref().map_or(undiscounted, |d| d.factor * undiscounted);
    let contradiction = contradiction(criterion, scale, item).map(|mut found| {
        found.penalty = rubric.contradiction_penalty.min(score);
        score -= found.penalty;
        found
    });
    let gate_failure = criterion.gate.and_then(|gate| gate_failure(gate, scale, Some(&item.observation), undiscounted));
    Some(Judged { evaluation, discount, score, contradiction, gate_failure })
}

/// A criterion's score on `item` and whether its gate (if any) holds, as
/// `compare` finds them: for the confidence analysis, which scores many
/// possible values of one figure. `None` when the evidence does not fit.
pub fn criterion_outcome(rubric: &Rubric, criterion: &Criterion, item: &EvidenceItem) -> Option<(f64, bool)> {
    judge(rubric, criterion, item).map(|j| (j.score, j.gate_failure.is_none()))
}

fn evaluate(rule: &Rule, scale: f64, observation: &Observation) -> Option<Evaluation> {
    let plain = |score: f64, derivation: Derivation| Evaluation { aggregate: None, score, derivation, ratings: None };
    Some(match (rule, observation) {
        (Rule::Cost { scoring, .. }, Observation::Cost(cost)) => {
            let (score, derivation) = number_score(scoring, scale, cost.amount);
            Evaluation { aggregate: Some(cost.amount), score, derivation, ratings: None }
        }
        (Rule::Number { aggregate, scoring }, Observation::Numbers(values)) => {
            let value = aggregate.apply(values)?;
            let (score, derivation) = number_score(scoring, scale, value);
            Evaluation { aggregate: Some(value), score, derivation, ratings: None }
        }
        (Rule::Flag { yes, no }, Observation::Flag(flag)) => {
            plain(if *flag { *yes } else { *no }, Derivation::Flag { value: *flag })
        }
        (Rule::Choice { options }, Observation::Choice(choice)) => {
            plain(options.iter().find(|(name, _)| name == choice)?.1, Derivation::Choice { option: choice.clone() })
        }
        (Rule::Checklist { items }, Observation::Items(present)) => {
            let total: f64 = items.iter().map(|(_, w)| w).sum();
            let found: f64 = items.iter().filter(|(name, _)| present.contains(name)).map(|(_, w)| w).sum();
            let fraction = share(found, total);
            Evaluation {
                aggregate: Some(fraction),
                score: scale * fraction,
                derivation: Derivation::Checklist { present_weight: found, total_weight: total },
                ratings: None,
            }
        }
        (Rule::Rating { range: (low, high), aggregate, disagreement }, Observation::Ratings(ratings)) => {
            let values: Vec<f64> = ratings.iter().map(|(_, r)| *r).collect();
            let value = aggregate.apply(&values)?;
            let score = (scale * (value - low) / (high - low)).clamp(0.0, scale);
            Evaluation {
                aggregate: Some(value),
                score,
                derivation: Derivation::Rating { low: *low, high: *high },
                ratings: Spread::of(&values, *disagreement),
            }
        }
        _ => return None,
    })
}

/// A number's score by bands or a line, and how it was reached.
fn number_score(scoring: &NumberScoring, scale: f64, value: f64) -> (f64, Derivation) {
    match scoring {
        NumberScoring::Bands { better, bands } => {
            let hit = bands.iter().find(|(threshold, _)| match better {
                Better::Lower => value <= *threshold,
                Better::Higher => value >= *threshold,
            });
            match hit {
                Some(&(threshold, score)) => (score, Derivation::Band { better: *better, threshold, score }),
                None => (0.0, Derivation::NoBand { better: *better }),
            }
        }
        NumberScoring::Linear { best, worst } => (
            (scale * (worst - value) / (worst - best)).clamp(0.0, scale),
            Derivation::Linear { best: *best, worst: *worst },
        ),
    }
}

/// The claim beside an observation, when it is better than what was
/// observed: a number or cost better in the criterion's direction, any other
/// kind scoring higher. The one definition, for the engine and `check`;
/// the penalty is the caller's to set.
pub fn contradiction(criterion: &Criterion, scale: f64, item: &EvidenceItem) -> Option<Contradiction> {
    let rule = &criterion.rule;
    let claim: &Claim = item.claim.as_ref()?;
    let claimed = evaluate(rule, scale, &claim.observation)?;
    let observed = evaluate(rule, scale, &item.observation)?;
    let lower_is_better = match rule {
        Rule::Number { scoring: NumberScoring::Bands { better, .. }, .. } => Some(*better == Better::Lower),
        Rule::Number { scoring: NumberScoring::Linear { best, worst }, .. } => Some(best < worst),
        Rule::Cost { .. } => Some(true),
        _ => None,
    };
    let better = match (lower_is_better, claimed.aggregate, observed.aggregate) {
        (Some(true), Some(claim), Some(seen)) => claim < seen,
        (Some(false), Some(claim), Some(seen)) => claim > seen,
        _ => claimed.score > observed.score + TIE_TOLERANCE,
    };
    better.then(|| Contradiction {
        criterion: Some(criterion.id.clone()),
        about: Text::verbatim(&criterion.id),
        claimed: claim.observation.text(&criterion.translations),
        observed: item.observation.text(&criterion.translations),
        source: claim.source.as_deref().map(Text::verbatim),
        origin: ContradictionOrigin::Claim,
        penalty: 0.0,
    })
}

/// The smallest change of evidence that passes `gate`, in words, from the
/// rule: the band threshold or point on the line that reaches the minimum,
/// the lowest option that does, the checklist weight or rating needed.
/// `now`: the figure the score came from, when there is one.
fn to_pass(criterion: &Criterion, gate: Gate, scale: f64, now: Option<f64>) -> Text {
    use crate::evidence::format_number as n;
    let minimum = match gate {
        Gate::MustBeTrue => return Text::new("to-pass-true"),
        Gate::MinScore(minimum) => minimum,
    };
    let unit = criterion.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
    let now =
        now.map_or_else(|| Text::verbatim(""), |v| Text::new("to-pass-now").arg("value", format!("{}{unit}", n(v))));
    let threshold = |scoring: &NumberScoring, what: Text| match scoring {
        NumberScoring::Bands { better, bands } => {
            // Scores never rise along the list: the last band that reaches the minimum asks least.
            let reach = bands.iter().rfind(|(_, score)| *score >= minimum - TIE_TOLERANCE);
            match (reach, better) {
                (Some((t, _)), better) => {
                    Text::new(if *better == Better::Lower { "to-pass-at-most" } else { "to-pass-at-least" })
                        .part("what", what)
                        .arg("value", format!("{}{unit}", n(*t)))
                        .part("now", now.clone())
                }
                (None, _) => Text::new("to-pass-no-band"),
            }
        }
        NumberScoring::Linear { best, worst } => {
            let value = worst - minimum / scale * (worst - best);
            Text::new(if best < worst { "to-pass-at-most" } else { "to-pass-at-least" })
                .part("what", what)
                .arg("value", format!("{}{unit}", n(value)))
                .part("now", now.clone())
        }
    };
    match &criterion.rule {
        Rule::Number { aggregate, scoring } => threshold(scoring, Text::new(stat_key(*aggregate))),
        Rule::Cost { currency, per, scoring } => {
            let period = crate::evidence::Cost::period(per);
            threshold(scoring, Text::new("to-pass-price").arg("currency", currency).part("per", period))
        }
        Rule::Flag { yes, no } => {
            if *yes >= minimum - TIE_TOLERANCE {
                Text::new("to-pass-true")
            } else if *no >= minimum - TIE_TOLERANCE {
                Text::new("to-pass-false")
            } else {
                Text::new("to-pass-no-value")
            }
        }
        Rule::Choice { options } => options
            .iter()
            .filter(|(_, score)| *score >= minimum - TIE_TOLERANCE)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(Text::new("to-pass-no-option"), |(name, _)| {
                Text::new("to-pass-option").part("option", criterion.translations.label(name))
            }),
        Rule::Checklist { items } => {
            let total: f64 = items.iter().map(|(_, w)| w).sum();
            Text::new("to-pass-items").arg("weight", n(minimum / scale * total)).arg("total", n(total))
        }
        Rule::Rating { range: (low, high), aggregate, .. } => Text::new("to-pass-rating")
            .part("stat", Text::new(stat_key(*aggregate)))
            .arg("value", n(low + minimum / scale * (high - low)))
            .part("now", now),
    }
}

/// The catalogue key of an aggregate's name (`stat-p90`).
pub fn stat_key(aggregate: Aggregate) -> &'static str {
    match aggregate {
        Aggregate::Min => "stat-min",
        Aggregate::Max => "stat-max",
        Aggregate::Mean => "stat-mean",
        Aggregate::Median => "stat-median",
        Aggregate::P90 => "stat-p90",
        Aggregate::P95 => "stat-p95",
    }
}

fn gate_failure(gate: Gate, scale: f64, observation: Option<&Observation>, score: f64) -> Option<Text> {
    let Some(observation) = observation else {
        return Some(Text::new("gate-no-evidence"));
    };
    match gate {
        Gate::MustBeTrue if *observation != Observation::Flag(true) => Some(Text::new("gate-false")),
        // A score that is not a number fails the gate.
        Gate::MinScore(minimum) if score.is_nan() || score < minimum - TIE_TOLERANCE => Some(
            Text::new("gate-below").arg("score", trim(score)).arg("minimum", trim(minimum)).arg("scale", trim(scale)),
        ),
        _ => None,
    }
}

/// Two decimals at most, no trailing zeros: 2.5, 3, 1.67.
fn trim(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Sorts vendors into rank order and assigns shared ranks to ties.
///
/// A comparator with a tolerance is not a total order (and `sort_by` may
/// panic on one), so: sort exactly, then treat each run of totals within
/// [`TIE_TOLERANCE`] of its neighbour as one tie, listed by vendor name.
fn rank(vendors: &mut [VendorScore]) {
    vendors.sort_by(|a, b| {
        (a.status != Status::Qualified)
            .cmp(&(b.status != Status::Qualified))
            .then_with(|| b.total.total_cmp(&a.total))
            .then_with(|| a.vendor.cmp(&b.vendor))
    });
    let tied = |a: &VendorScore, b: &VendorScore| a.status == b.status && (a.total - b.total).abs() <= TIE_TOLERANCE;
    let mut start = 0;
    while start < vendors.len() {
        let mut end = start + 1;
        while end < vendors.len() && tied(&vendors[end - 1], &vendors[end]) {
            end += 1;
        }
        vendors[start..end].sort_by(|a, b| a.vendor.cmp(&b.vendor));
        for vendor in &mut vendors[start..end] {
            vendor.rank = start + 1;
        }
        start = end;
    }
}
