//! Flip points: for each weight, the smallest change that changes the
//! winner, and the smallest that swaps any two vendors. Exact, from the
//! scorecard alone, no sampling.
//!
//! Triantaphyllou & Sánchez (1997) give the closed form for a weighted sum:
//! moving weight k by δ swaps vendors a and b where
//! `Σ wⱼ(aⱼ − bⱼ) + δ(aₖ − bₖ) = 0`. vendorcard's totals are two-level
//! shares (a category's weight over the categories', a criterion's over its
//! category's), renormalised per vendor under `missing = "exclude"`, so a
//! vendor's total as one weight moves by δ is a ratio of two lines:
//!
//! - criterion c of category K: `T(δ) = R + A·(N + δ·s)/(W + δ)`, with W the
//!   weight of K's criteria that count for the vendor, N = W × K's score, s
//!   the criterion's score, A = 100 × K's share / scale and R the points of
//!   the other categories — `(α + βδ)/(γ + δ)` with α = RW + AN, β = R + As,
//!   γ = W;
//! - category K: `T(δ) = (Σ W_k·S_k + δ·S_K)·100/scale / (Σ W_k + δ)` over
//!   the categories that count for the vendor.
//!
//! Two such ratios are equal where a quadratic in δ is zero (a line when the
//! denominators match, which is T&S's formula again). Gates do not depend on
//! weights, so only qualified vendors take part.

use serde::Serialize;

use crate::scorecard::{Scorecard, Status, VendorScore};

/// How far a weight may plausibly move: from 0 up to this many times its
/// value (for a weight of 0, this many times the average weight beside it).
pub const PLAUSIBLE: f64 = 10.0;

/// A weight's flip points.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct WeightFlips {
    pub id: String,
    pub name: String,
    /// `category` or `criterion`.
    pub level: &'static str,
    /// The category of a criterion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The weight now, in the rubric's units.
    pub weight: f64,
    /// The smallest decrease and increase that change the winner.
    pub top: Flips,
    /// The smallest decrease and increase that swap any two vendors.
    pub any: Flips,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Flips {
    pub down: Option<Flip>,
    pub up: Option<Flip>,
}

impl Flips {
    /// The nearer of the two, by the size of the change.
    pub fn nearest(&self) -> Option<&Flip> {
        [&self.down, &self.up].into_iter().flatten().min_by(|a, b| a.change.abs().total_cmp(&b.change.abs()))
    }
}

/// Where two vendors' totals meet as one weight moves.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Flip {
    /// The weight at which they tie; past it, they swap.
    pub weight: f64,
    /// New weight − weight now.
    pub change: f64,
    /// The change as a percentage of the weight now (`None` for a weight of 0).
    pub percent: Option<f64>,
    /// The vendor that moves up, and the one it passes.
    pub overtakes: String,
    pub overtaken: String,
}

/// A vendor's total as a function of one weight's change δ: (α + βδ)/(γ + εδ).
#[derive(Debug, Clone, Copy)]
struct Ratio {
    alpha: f64,
    beta: f64,
    gamma: f64,
    epsilon: f64,
}

impl Ratio {
    fn constant(total: f64) -> Ratio {
        Ratio { alpha: total, beta: 0.0, gamma: 1.0, epsilon: 0.0 }
    }

    fn at(self, delta: f64) -> f64 {
        (self.alpha + self.beta * delta) / (self.gamma + self.epsilon * delta)
    }

    fn defined_at(self, delta: f64) -> bool {
        self.gamma + self.epsilon * delta > 1e-12 * self.gamma.abs().max(1.0)
    }
}

/// The flip points of every category weight and every criterion weight
/// that shares its category, most sensitive first (the smallest relative
/// change that changes the winner).
pub fn flip_points(card: &Scorecard) -> Vec<WeightFlips> {
    let qualified: Vec<&VendorScore> = card.vendors.iter().filter(|v| v.status == Status::Qualified).collect();
    let per_point = 100.0 / card.rubric.scale;
    let mut all = Vec::new();
    let category_total: f64 = card.categories.iter().map(|c| c.weight).sum();
    let category_mean = category_total / card.categories.len().max(1) as f64;
    for (k, category) in card.categories.iter().enumerate() {
        let criteria_weight: f64 = category.criteria.iter().map(|c| c.weight).sum();
        let ratios: Vec<Ratio> = qualified
            .iter()
            .map(|v| {
                let counts =
                    |j: usize| !v.categories[j].excluded && card.categories[j].criteria.iter().any(|c| c.weight > 0.0);
                if !counts(k) {
                    return Ratio::constant(v.total);
                }
                let sum: f64 =
                    (0..card.categories.len()).filter(|j| counts(*j)).map(|j| card.categories[j].weight).sum();
                Ratio { alpha: v.total * sum, beta: per_point * v.categories[k].score, gamma: sum, epsilon: 1.0 }
            })
            .collect();
        if criteria_weight > 0.0 {
            all.push(weight_flips(
                &qualified,
                &ratios,
                (&category.id, &category.name, "category", None),
                category.weight,
                category_mean,
            ));
        }
        let weighted = category.criteria.iter().filter(|c| c.weight > 0.0).count();
        if category.criteria.len() < 2 || category.weight == 0.0 {
            continue;
        }
        let criterion_mean = criteria_weight / weighted.max(1) as f64;
        for (c, criterion) in category.criteria.iter().enumerate() {
            let ratios: Vec<Ratio> = qualified
                .iter()
                .map(|v| {
                    let scored = &v.categories[k];
                    let counted: f64 = scored
                        .criteria
                        .iter()
                        .zip(&category.criteria)
                        .filter(|(s, _)| s.state != crate::scorecard::EvidenceState::Excluded)
                        .map(|(_, w)| w.weight)
                        .sum();
                    let own = &scored.criteria[c];
                    if own.state == crate::scorecard::EvidenceState::Excluded || counted <= 0.0 || scored.share <= 0.0 {
                        return Ratio::constant(v.total);
                    }
                    let points = per_point * scored.share;
                    let rest = v.total - points * scored.score;
                    let n = scored.score * counted;
                    Ratio {
                        alpha: rest * counted + points * n,
                        beta: rest + points * own.score,
                        gamma: counted,
                        epsilon: 1.0,
                    }
                })
                .collect();
            all.push(weight_flips(
                &qualified,
                &ratios,
                (&criterion.id, &criterion.name, "criterion", Some(&category.id)),
                criterion.weight,
                criterion_mean,
            ));
        }
    }
    let sensitivity =
        |w: &WeightFlips| w.top.nearest().map_or(f64::INFINITY, |f| f.percent.map_or(f.change.abs(), f64::abs));
    all.sort_by(|a, b| sensitivity(a).total_cmp(&sensitivity(b)));
    all
}

fn weight_flips(
    qualified: &[&VendorScore],
    ratios: &[Ratio],
    (id, name, level, category): (&str, &str, &'static str, Option<&String>),
    weight: f64,
    mean: f64,
) -> WeightFlips {
    let reach = PLAUSIBLE * if weight > 0.0 { weight } else { mean };
    let mut top = Flips::default();
    let mut any = Flips::default();
    for a in 0..qualified.len() {
        for b in a + 1..qualified.len() {
            // Ranked a above b; already tied pairs are listed by name and have no flip point.
            if (qualified[a].total - qualified[b].total).abs() <= crate::score::TIE_TOLERANCE {
                continue;
            }
            for delta in crossings(ratios[a], ratios[b]) {
                // Only changes that keep the weight above 0 (a millionth of it, for rounding): a pair that meets at 0
                // ties there and can go no further, so it never swaps.
                if delta <= -weight * (1.0 - 1e-6) || delta > reach - weight || delta == 0.0 {
                    continue;
                }
                let flip = Flip {
                    weight: weight + delta,
                    change: delta,
                    percent: (weight > 0.0).then(|| 100.0 * delta / weight),
                    overtakes: qualified[b].vendor.clone(),
                    overtaken: qualified[a].vendor.clone(),
                };
                let keep = |slot: &mut Option<Flip>| {
                    if slot.as_ref().is_none_or(|s| flip.change.abs() < s.change.abs()) {
                        *slot = Some(flip.clone());
                    }
                };
                let side = |flips: &mut Flips| if delta < 0.0 { keep(&mut flips.down) } else { keep(&mut flips.up) };
                side(&mut any);
                if a == 0 {
                    side(&mut top);
                }
            }
        }
    }
    WeightFlips { id: id.into(), name: name.into(), level, category: category.cloned(), weight, top, any }
}

/// The changes δ at which two totals are equal, where both are defined:
/// the roots of (α₁ + β₁δ)(γ₂ + ε₂δ) − (α₂ + β₂δ)(γ₁ + ε₁δ).
fn crossings(p: Ratio, q: Ratio) -> Vec<f64> {
    let a2 = p.beta * q.epsilon - q.beta * p.epsilon;
    let a1 = p.alpha * q.epsilon + p.beta * q.gamma - q.alpha * p.epsilon - q.beta * p.gamma;
    let a0 = p.alpha * q.gamma - q.alpha * p.gamma;
    let size = a2.abs().max(a1.abs()).max(a0.abs());
    if size == 0.0 {
        return Vec::new();
    }
    let roots = if a2.abs() <= 1e-12 * size {
        if a1.abs() <= 1e-12 * size {
            Vec::new()
        } else {
            vec![-a0 / a1]
        }
    } else {
        let discriminant = a1 * a1 - 4.0 * a2 * a0;
        if discriminant < 0.0 {
            Vec::new()
        } else {
            // The numerically stable pair: q = −(a1 + sign(a1)√D)/2, roots q/a2 and a0/q.
            let root = discriminant.sqrt();
            let half = -0.5 * (a1 + a1.signum() * root);
            let mut roots = vec![half / a2];
            if half != 0.0 {
                roots.push(a0 / half);
            }
            roots
        }
    };
    roots
        .into_iter()
        .filter(|d| d.is_finite() && p.defined_at(*d) && q.defined_at(*d))
        // A root that only touches (the totals meet without crossing) is no flip.
        .filter(|d| {
            let step = 1e-7 * d.abs().max(1e-6);
            let before = p.at(d - step) - q.at(d - step);
            let after = p.at(d + step) - q.at(d + step);
            before.signum() != after.signum() || before == 0.0 || after == 0.0
        })
        .collect()
}
