//! How sure is the ranking: known answers worked by hand (flip points,
//! rank acceptability on a segment of the weight simplex, an exact ranking
//! with nothing uncertain) and properties of the Monte-Carlo analysis.

use std::collections::BTreeMap;
use std::process::Command;

use proptest::prelude::*;
use vendorcard::confidence::{analyse, Confidence, Settings};
use vendorcard::diagnostic::{Diagnostics, Source};
use vendorcard::evidence::{Basis, EvidenceItem, Observation, VendorEvidence};
use vendorcard::intervals::Uncertainty;
use vendorcard::rubric::Rubric;
use vendorcard::score::score;

/// A number criterion scored linearly 0–5 on a value of 0–5: its score is its value.
fn linear(id: &str, weight: f64) -> String {
    format!(
        "  [[category.criterion]]\n  id = \"{id}\"\n  name = \"{}\"\n  kind = \"number\"\n  \
         linear = {{ best = 5, worst = 0 }}\n  weight = {weight}\n",
        id.to_uppercase()
    )
}

/// A category holding `criteria` (id, weight), each [`linear`].
fn category(id: &str, weight: f64, criteria: &[(&str, f64)]) -> String {
    let mut text = format!("[[category]]\nid = \"{id}\"\nname = \"{}\"\nweight = {weight}\n", id.to_uppercase());
    for (criterion, weight) in criteria {
        text.push_str(&linear(criterion, *weight));
    }
    text
}

/// A rubric from its top-level lines and categories; it must load.
fn parse(head: &str, categories: &[String]) -> Rubric {
    let text = format!("id = \"test\"\nname = \"Test\"\nversion = \"1\"\n{head}\n{}", categories.join("\n"));
    let mut diagnostics = Diagnostics::default();
    let rubric = vendorcard::load::rubric::parse_rubric(&Source { name: "test.toml", text: &text }, &mut diagnostics);
    assert!(!diagnostics.has_errors(), "{diagnostics}\n{text}");
    rubric.expect("the rubric loads")
}

/// One category, three criteria scored by their value (0–5), weights x 2,
/// y 1, z 1; `head` goes before the categories (an `[uncertainty]` table).
fn rubric(head: &str) -> Rubric {
    parse(head, &[category("all", 1.0, &[("x", 2.0), ("y", 1.0), ("z", 1.0)])])
}

/// A vendor with exact figures, or with `(value, half-width)` ranges.
fn vendor(name: &str, figures: &[(&str, f64, f64)]) -> VendorEvidence {
    let items: BTreeMap<String, EvidenceItem> = figures
        .iter()
        .map(|(id, value, half)| {
            let mut item =
                EvidenceItem::plain(Observation::Numbers(vec![*value]), Some("test".into()), Basis::Observed);
            if *half > 0.0 {
                item.uncertainty = Some(Uncertainty::range(value - half, value + half));
            }
            (id.to_string(), item)
        })
        .collect();
    VendorEvidence {
        vendor: name.into(),
        file: format!("{name}.toml"),
        collected: None,
        evaluators: Vec::new(),
        items,
        missed_commitments: Vec::new(),
        service_levels: Vec::new(),
    }
}

fn run(rubric: &Rubric, vendors: &[VendorEvidence], samples: u64) -> Confidence {
    let card = score(rubric, vendors);
    analyse(rubric, vendors, &card, Settings { samples, seed: 7, threads: 2 })
}

fn of<'a>(found: &'a Confidence, name: &str) -> &'a vendorcard::confidence::VendorConfidence {
    found.vendors.iter().find(|v| v.vendor == name).expect("the vendor is in the result")
}

/// A 65, B 60, C 45 (see `flip_points_by_hand`).
fn three_vendors() -> Vec<VendorEvidence> {
    vec![
        vendor("A", &[("x", 5.0, 0.0), ("y", 1.0, 0.0), ("z", 2.0, 0.0)]),
        vendor("B", &[("x", 2.0, 0.0), ("y", 4.0, 0.0), ("z", 4.0, 0.0)]),
        vendor("C", &[("x", 1.0, 0.0), ("y", 2.0, 0.0), ("z", 5.0, 0.0)]),
    ]
}

#[test]
fn flip_points_by_hand() {
    // Totals (points of 100 = 20 × the weighted mean score, weights 2, 1, 1 of 4):
    //   A: (2·5 + 1 + 2) / 4 = 3.25 → 65;  B: (2·2 + 4 + 4) / 4 = 3 → 60;  C: (2·1 + 2 + 5) / 4 = 2.25 → 45.
    // One category, so moving weight k by δ leaves every vendor's denominator 4 + δ and the
    // order of two vendors is the sign of Σ wⱼ(aⱼ − bⱼ) + δ(aₖ − bₖ) (Triantaphyllou & Sánchez):
    //   Σ w(A − B) = 2·3 + (1 − 4) + (2 − 4) = 1;  Σ w(A − C) = 2·4 − 1 − 3 = 4;  Σ w(B − C) = 2·1 + 2 − 1 = 3.
    // x: A–B 1 + 3δ = 0 → δ = −1/3 (2 → 5/3, −16.7 %); A–C 4 + 4δ → δ = −1; B–C 3 + δ → δ = −3 (below 0: none).
    // y: A–B 1 − 3δ → δ = +1/3 (1 → 4/3, +33.3 %); A–C 4 − δ → δ = 4; B–C 3 + 2δ → δ = −1.5 (none).
    // z: A–B 1 − 2δ → δ = +1/2 (1 → 1.5, +50 %); A–C 4 − 3δ → 4/3; B–C 3 − δ → δ = 3.
    let rubric = rubric("");
    let vendors = three_vendors();
    let card = score(&rubric, &vendors);
    let totals: Vec<f64> = card.vendors.iter().map(|v| v.total).collect();
    assert!((totals[0] - 65.0).abs() < 1e-9 && (totals[1] - 60.0).abs() < 1e-9 && (totals[2] - 45.0).abs() < 1e-9);
    let found = vendorcard::confidence::flip_points(&card);
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;

    let x = found.iter().find(|w| w.id == "x").unwrap();
    let down = x.top.down.as_ref().expect("lowering x changes the winner");
    assert!(close(down.change, -1.0 / 3.0) && close(down.weight, 5.0 / 3.0), "{down:?}");
    assert!(close(down.percent.unwrap(), -100.0 / 6.0));
    assert_eq!((down.overtakes.as_str(), down.overtaken.as_str()), ("B", "A"));
    assert_eq!(x.top.up, None, "raising x only favours A");
    assert_eq!(x.any.down.as_ref().map(|f| f.change), Some(down.change));

    let y = found.iter().find(|w| w.id == "y").unwrap();
    let up = y.top.up.as_ref().expect("raising y changes the winner");
    assert!(close(up.change, 1.0 / 3.0) && close(up.weight, 4.0 / 3.0), "{up:?}");
    assert_eq!(y.top.down, None);

    let z = found.iter().find(|w| w.id == "z").unwrap();
    let up = z.top.up.as_ref().unwrap();
    assert!(close(up.change, 0.5) && close(up.percent.unwrap(), 50.0), "{up:?}");
    assert_eq!((up.overtakes.as_str(), up.overtaken.as_str()), ("B", "A"));

    // The only category: its weight moves every total alike, nothing flips.
    let all = found.iter().find(|w| w.id == "all").unwrap();
    assert_eq!((&all.top, &all.any), (&Default::default(), &Default::default()));
    // Most sensitive first: x (16.7 %), then y (33.3 %), then z (50 %).
    let order: Vec<&str> = found.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(&order[..3], ["x", "y", "z"]);
}

#[test]
fn flip_points_between_categories_by_hand() {
    // Two categories, one criterion each (scores are the values): speed weight 3, docs weight 1.
    // P: speed 5, docs 1 → 100/5 × (3·5 + 1·1)/4 = 80;  Q: speed 3, docs 5 → 20 × (9 + 5)/4 = 70.
    // Moving speed's weight by δ: P − Q ∝ 3·2 + 1·(−4) + δ·2 = 2 + 2δ → δ = −1 (3 → 2, −33.3 %);
    // moving docs' weight: 2 + δ·(−4) → δ = +1/2 (1 → 1.5, +50 %).
    let rubric = parse("", &[category("speed", 3.0, &[("s", 1.0)]), category("docs", 1.0, &[("d", 1.0)])]);
    let vendors =
        vec![vendor("P", &[("s", 5.0, 0.0), ("d", 1.0, 0.0)]), vendor("Q", &[("s", 3.0, 0.0), ("d", 5.0, 0.0)])];
    let card = score(&rubric, &vendors);
    let found = vendorcard::confidence::flip_points(&card);
    let speed = found.iter().find(|w| w.id == "speed").unwrap();
    let docs = found.iter().find(|w| w.id == "docs").unwrap();
    assert!((speed.top.down.as_ref().unwrap().change + 1.0).abs() < 1e-9, "{speed:?}");
    assert!((docs.top.up.as_ref().unwrap().change - 0.5).abs() < 1e-9, "{docs:?}");
    // A criterion alone in its category has no flip point: its share is always 1.
    assert!(found.iter().all(|w| w.level == "category"));
}

#[test]
fn flip_points_under_missing_exclude_by_hand() {
    // missing = "exclude": A has no z, so its total is over x and y alone (weights 2 of 3 and 1 of 3):
    //   A: 20 × (2·5 + 1)/3 = 73.33;  B: 20 × (2·2 + 4 + 4)/4 = 60;  C: 45.
    // Moving x by δ: T_A = 20(11 + 5δ)/(3 + δ), T_B = 20(12 + 2δ)/(4 + δ) — different denominators,
    // so they meet where (11 + 5δ)(4 + δ) = (12 + 2δ)(3 + δ): 3δ² + 13δ + 8 = 0,
    // δ = (−13 ± √73)/6 = −0.7427 or −3.59; only the first keeps x ≥ 0 (δ ≥ −2).
    let mut rubric = rubric("");
    rubric.missing = vendorcard::rubric::MissingPolicy::Exclude;
    let mut vendors = three_vendors();
    vendors[0] = vendor("A", &[("x", 5.0, 0.0), ("y", 1.0, 0.0)]);
    let card = score(&rubric, &vendors);
    assert!((card.vendors[0].total - 220.0 / 3.0).abs() < 1e-9);
    let found = vendorcard::confidence::flip_points(&card);
    let x = found.iter().find(|w| w.id == "x").unwrap();
    let down = x.top.down.as_ref().unwrap();
    let expected = (-13.0 + 73f64.sqrt()) / 6.0;
    assert!((down.change - expected).abs() < 1e-9, "{down:?}, expected {expected}");
    assert_eq!((down.overtakes.as_str(), down.overtaken.as_str()), ("B", "A"));
    // Sampling under exclude applies the same renormalisation: exact weights, exact ranks.
    let certain = analyse(&rubric, &vendors, &card, Settings { samples: 2_000, seed: 1, threads: 2 });
    assert_eq!(of(&certain, "A").rank_acceptability[0], 1.0);
    // Weights near the flip point: with x's weight uniform on [1, 1.5] (flip at 1.2573), A wins
    // where it is above 1.2573: (1.5 − 1.2573)/0.5 = 0.485 of samples.
    rubric.uncertainty.ranges.push(("x".into(), 1.0, 1.5));
    let near = analyse(&rubric, &vendors, &card, Settings { samples: 40_000, seed: 1, threads: 2 });
    let a = of(&near, "A").rank_acceptability[0];
    let exact = (1.5 - (2.0 + expected)) / 0.5;
    assert!((a - exact).abs() < 3.0 * (exact * (1.0 - exact) / 40_000f64).sqrt(), "{a} vs {exact}");
}

#[test]
fn acceptability_on_a_segment_of_the_weight_simplex() {
    // Two criteria, shares w and 1 − w, w uniform on [0, 1] (`weights = "unknown"`);
    // A scores 5 and 0, B 1 and 3: A's total ∝ 5w, B's ∝ w + 3(1 − w) = 3 − 2w.
    // A ranks first where 5w > 3 − 2w, i.e. w > 3/7: a segment of length 4/7.
    let rubric = parse("[uncertainty]\nweights = \"unknown\"", &[category("all", 1.0, &[("p", 1.0), ("q", 1.0)])]);
    let vendors =
        vec![vendor("A", &[("p", 5.0, 0.0), ("q", 0.0, 0.0)]), vendor("B", &[("p", 1.0, 0.0), ("q", 3.0, 0.0)])];
    let samples = 100_000;
    let found = run(&rubric, &vendors, samples);
    let exact = 4.0 / 7.0;
    let standard_error = (exact * (1.0 - exact) / samples as f64).sqrt();
    let a = of(&found, "A").rank_acceptability[0];
    assert!((a - exact).abs() < 3.0 * standard_error, "A first in {a}, exact {exact}, 3 SE = {}", 3.0 * standard_error);
    let b = of(&found, "B").rank_acceptability[0];
    assert!((a + b - 1.0).abs() < 1e-12, "the ranks split every sample");
    // A's central weights: the mean of w over (3/7, 1] is 5/7 ≈ 0.714 for p.
    let central = of(&found, "A").central_weights.as_ref().unwrap();
    assert!((central[0].1 - 5.0 / 7.0).abs() < 0.01, "{central:?}");
    assert!((found.standard_error - 0.5 / (samples as f64).sqrt()).abs() < 1e-15);
}

#[test]
fn with_nothing_uncertain_the_ranking_is_certain() {
    let rubric = rubric("");
    let found = run(&rubric, &three_vendors(), 5_000);
    for (name, rank) in [("A", 0), ("B", 1), ("C", 2)] {
        let vendor = of(&found, name);
        assert_eq!(vendor.rank_acceptability[rank], 1.0, "{name}");
        assert_eq!(vendor.rank_range, Some((rank + 1, rank + 1)));
    }
    assert_eq!(found.verdict.kind, "clear_winner");
    assert_eq!(found.tiers, vec![vec!["A".to_string()], vec!["B".into()], vec!["C".into()]]);
    assert!(found.matters_most.is_empty());
}

#[test]
fn a_close_race_is_called_close_and_names_what_matters() {
    // A leads B by 5 points, but B's x is only known within ±2.
    let rubric = rubric("");
    let mut vendors = three_vendors();
    vendors[1] = vendor("B", &[("x", 2.0, 2.0), ("y", 4.0, 0.0), ("z", 4.0, 0.0)]);
    let found = run(&rubric, &vendors, 20_000);
    // B overtakes A where its x > 2.5 (1 + 2·(2 − x) < 0 … in points: 2·(x − 2) > 1):
    // x uniform on [0, 4] → P(x > 2.5) = 1.5/4 = 0.375, so A beats B in 0.625 of samples.
    let a = of(&found, "A");
    let beats_b = a.beats.iter().find(|(n, _)| n == "B").unwrap().1;
    assert!((beats_b - 0.625).abs() < 0.02, "{beats_b}");
    assert_eq!(found.verdict.kind, "cannot_be_told_apart");
    // B beats C where 2·(x − 1) + (4 − 2) + (4 − 5) > 0, x > 0.5: 3.5/4 = 0.875 of samples,
    // under 0.95, so C is not separated from B either: one tier of three.
    let b_beats_c = of(&found, "B").beats.iter().find(|(n, _)| n == "C").unwrap().1;
    assert!((b_beats_c - 0.875).abs() < 0.02, "{b_beats_c}");
    assert_eq!(found.tiers, vec![vec!["A".to_string(), "B".into(), "C".into()]]);
    let first = found.matters_most.first().expect("B's x matters");
    assert_eq!((first.vendor.as_deref(), first.criterion.as_deref()), (Some("B"), Some("x")));
    assert_eq!(first.beats_rival_if_known, 1.0);
}

#[test]
fn the_seed_reproduces_the_figures_whatever_the_threads() {
    let rubric = rubric("[uncertainty]\nweights = \"±30%\"\n");
    let mut vendors = three_vendors();
    vendors[1] = vendor("B", &[("x", 2.0, 1.0), ("y", 4.0, 0.5), ("z", 4.0, 0.0)]);
    let card = score(&rubric, &vendors);
    let one = analyse(&rubric, &vendors, &card, Settings { samples: 30_000, seed: 3, threads: 1 });
    let two = analyse(&rubric, &vendors, &card, Settings { samples: 30_000, seed: 3, threads: 2 });
    assert_eq!(serde_json::to_string(&one).unwrap(), serde_json::to_string(&two).unwrap());
    let other = analyse(&rubric, &vendors, &card, Settings { samples: 30_000, seed: 4, threads: 2 });
    assert_ne!(serde_json::to_string(&one).unwrap(), serde_json::to_string(&other).unwrap());
}

/// Two categories of two criteria each (weights given), scale 5, linear scores.
fn two_by_two(weights: &[f64; 6], exclude: bool) -> Rubric {
    let missing = if exclude { "missing = \"exclude\"" } else { "missing = \"zero\"" };
    parse(
        missing,
        &[
            category("k1", weights[0], &[("a", weights[1]), ("b", weights[2])]),
            category("k2", weights[3], &[("c", weights[4]), ("d", weights[5])]),
        ],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Every flip point is checked by scoring again: just short of it the
    /// pair keeps its order, just past it they swap; and nothing swaps the
    /// top pair nearer than the reported point.
    #[test]
    fn every_flip_point_is_where_the_rescored_order_changes(
        weights in proptest::collection::vec(1u32..10, 6),
        figures in proptest::collection::vec(0u32..=50, 12),
        missing in proptest::collection::vec(any::<bool>(), 3),
        exclude in any::<bool>(),
    ) {
        let weights: [f64; 6] = std::array::from_fn(|i| f64::from(weights[i]));
        let rubric = two_by_two(&weights, exclude);
        let ids = ["a", "b", "c", "d"];
        let vendors: Vec<VendorEvidence> = (0..3)
            .map(|v| {
                let figures: Vec<(&str, f64, f64)> = ids
                    .iter()
                    .enumerate()
                    // Under exclude, vendor v may lack one criterion.
                    .filter(|(i, _)| !(exclude && missing[v] && *i == v))
                    .map(|(i, id)| (*id, f64::from(figures[v * 4 + i]) / 10.0, 0.0))
                    .collect();
                vendor(["P", "Q", "R"][v], &figures)
            })
            .collect();
        let card = score(&rubric, &vendors);
        let order = |card: &vendorcard::scorecard::Scorecard, a: &str, b: &str| {
            let total = |n: &str| card.vendors.iter().find(|v| v.vendor == n).unwrap().total;
            total(a) - total(b)
        };
        for flips in vendorcard::confidence::flip_points(&card) {
            for flip in [&flips.top.down, &flips.top.up, &flips.any.down, &flips.any.up].into_iter().flatten() {
                let at = |weight: f64| {
                    let moved = rubric.reweighted(&[(flips.id.clone(), weight)], "test".into()).unwrap();
                    order(&score(&moved, &vendors), &flip.overtaken, &flip.overtakes)
                };
                // A small step either side, never past a weight of 0.
                let step = (1e-6 * flips.weight.max(1.0)).min(flip.weight / 2.0);
                let (before, after) = (at(flip.weight - step * flip.change.signum()), at(flip.weight + step * flip.change.signum()));
                prop_assert!(before > 0.0 && after < 0.0, "{} at {}: {before} then {after}", flips.id, flip.weight);
            }
            // Halfway to the nearest top flip, the winner is unchanged (unless it is tied
            // already: tied pairs have no flip point, and any change decides them).
            let tied = card.vendors.len() > 1 && (card.vendors[0].total - card.vendors[1].total).abs() < 1e-6;
            if let Some(nearest) = flips.top.nearest().filter(|_| !tied) {
                let moved = rubric.reweighted(&[(flips.id.clone(), flips.weight + nearest.change / 2.0)], "test".into()).unwrap();
                prop_assert_eq!(&score(&moved, &vendors).vendors[0].vendor, &card.vendors[0].vendor);
            }
        }
    }

    #[test]
    fn identical_vendors_get_equal_acceptabilities(
        scores in proptest::collection::vec(0.5f64..4.5, 3),
        other in proptest::collection::vec(0.0f64..5.0, 3),
        half in 0.1f64..0.5,
    ) {
        let rubric = rubric("[uncertainty]\nweights = \"±20%\"\n");
        let twin = |name: &str| vendor(name, &[("x", scores[0], half), ("y", scores[1], half), ("z", scores[2], half)]);
        let vendors = vec![twin("Twin 1"), twin("Twin 2"), vendor("Other", &[("x", other[0], 0.0), ("y", other[1], 0.0), ("z", other[2], 0.0)])];
        let samples = 20_000;
        let found = run(&rubric, &vendors, samples);
        // Each acceptability has a standard error of at most 0.5/√N; their difference √2 times that.
        let bound = 4.0 * std::f64::consts::SQRT_2 * 0.5 / (samples as f64).sqrt();
        let (one, two) = (of(&found, "Twin 1"), of(&found, "Twin 2"));
        for (a, b) in one.rank_acceptability.iter().zip(&two.rank_acceptability) {
            prop_assert!((a - b).abs() < bound, "{a} vs {b}");
        }
    }

    #[test]
    fn adding_a_vendor_never_raises_another_vendors_first_rank(
        figures in proptest::collection::vec(0.0f64..5.0, 9),
        half in 0.0f64..1.5,
    ) {
        let rubric = rubric("[uncertainty]\nweights = \"unknown\"\n");
        let make = |name: &str, f: &[f64]| vendor(name, &[("x", f[0].max(half), half.min(f[0])), ("y", f[1], 0.0), ("z", f[2], 0.0)]);
        let two = vec![make("A", &figures[0..3]), make("B", &figures[3..6])];
        let mut three = two.clone();
        three.push(make("C", &figures[6..9]));
        let before = run(&rubric, &two, 4_000);
        let after = run(&rubric, &three, 4_000);
        for name in ["A", "B"] {
            prop_assert!(of(&after, name).rank_acceptability[0] <= of(&before, name).rank_acceptability[0]);
        }
    }

    #[test]
    fn widening_an_interval_never_narrows_the_ranks_taken(
        figures in proptest::collection::vec(1.0f64..4.0, 9),
        half in 0.1f64..1.0,
    ) {
        let rubric = rubric("");
        let make = |half: f64| vec![
            vendor("A", &[("x", figures[0], half), ("y", figures[1], 0.0), ("z", figures[2], 0.0)]),
            vendor("B", &[("x", figures[3], 0.0), ("y", figures[4], 0.0), ("z", figures[5], 0.0)]),
            vendor("C", &[("x", figures[6], 0.0), ("y", figures[7], 0.0), ("z", figures[8], 0.0)]),
        ];
        let narrow = run(&rubric, &make(half), 4_000);
        let wide = run(&rubric, &make(2.0 * half.min(1.0)), 4_000);
        let (Some((best, worst)), Some((wide_best, wide_worst))) = (of(&narrow, "A").rank_range, of(&wide, "A").rank_range) else {
            panic!("A is never disqualified");
        };
        prop_assert!(wide_best <= best && wide_worst >= worst, "{best}–{worst} widened to {wide_best}–{wide_worst}");
    }

    #[test]
    fn a_vendor_failing_a_gate_in_every_sample_never_ranks_first(
        figures in proptest::collection::vec(0.0f64..5.0, 6),
    ) {
        // x has a gate of 4: A's x of at most 3.5 (± 0.5) fails it in every sample.
        let rubric = rubric("[uncertainty]\nweights = \"unknown\"\n").to_owned();
        let mut rubric = rubric;
        rubric.categories[0].criteria[0].gate = Some(vendorcard::rubric::Gate::MinScore(4.0));
        let vendors = vec![
            vendor("A", &[("x", figures[0].min(3.0), 0.5), ("y", figures[1], 0.0), ("z", figures[2], 0.0)]),
            vendor("B", &[("x", 4.5, 0.0), ("y", figures[4], 0.0), ("z", figures[5], 0.0)]),
        ];
        let found = run(&rubric, &vendors, 4_000);
        prop_assert_eq!(of(&found, "A").rank_acceptability[0], 0.0);
        prop_assert_eq!(of(&found, "A").disqualified, 1.0);
        prop_assert_eq!(found.always_disqualified.clone(), vec!["A".to_string()]);
    }
}

#[test]
fn compare_confidence_on_the_samples() {
    let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["compare", "samples/", "--confidence", "--seed", "5", "--format", "json", "--as-of", "2026-11-20"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let confidence = &json["confidence"];
    assert_eq!(confidence["samples"], 10_000);
    assert_eq!(confidence["seed"], 5);
    // Each vendor's rank acceptabilities and disqualification add up to 1.
    for vendor in confidence["vendors"].as_array().unwrap() {
        let sum: f64 =
            vendor["rank_acceptability"].as_array().unwrap().iter().map(|p| p.as_f64().unwrap()).sum::<f64>()
                + vendor["disqualified"].as_f64().unwrap();
        assert!((sum - 1.0).abs() < 1e-12, "{vendor}");
    }
    // Vortexa Live fails `written_sla` on exact evidence: out in every sample.
    assert_eq!(confidence["always_disqualified"], serde_json::json!(["Vortexa Live"]));
    // Measured figures carry their interval: Quillstack's P0 p90 of 7 tickets is open above.
    let quillstack = json["vendors"].as_array().unwrap().iter().find(|v| v["vendor"] == "Quillstack Cloud").unwrap();
    let p0 = quillstack["categories"][0]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "p0_first_response")
        .unwrap();
    assert_eq!(p0["interval"]["method"], "order_statistic");
    assert_eq!(p0["interval"]["n"], 7);
    assert_eq!(p0["interval"]["high"], serde_json::Value::Null);

    let usage = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["compare", "samples/", "--samples", "10"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2), "--samples needs --confidence");
    let bad = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["compare", "samples/", "--confidence", "--weight-range", "nope=1..2"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no category or criterion `nope`"));
}

#[test]
fn the_markdown_and_the_workbook_show_the_confidence() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("c.xlsx");
    let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["compare", "samples/", "--confidence", "--format", "markdown", "--as-of", "2026-11-20", "--export-xlsx"])
        .arg(&xlsx)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(markdown.contains("### How sure is the ranking"), "{markdown}");
    assert!(markdown.contains("| Vendor | 1st | 2nd | 3rd | 4th | 5th | Disq. | Ranks | Conf. factor |"), "{markdown}");
    assert!(markdown.contains("| Vortexa Live | – | – | – | – | – | 100% | – | – |"), "{markdown}");
    let read = |name: &str| {
        use std::io::Read;
        let mut archive = zip::ZipArchive::new(std::fs::File::open(&xlsx).unwrap()).unwrap();
        let mut text = String::new();
        archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
        text
    };
    assert!(read("xl/workbook.xml").contains("name=\"Confidence\""));
    let sheet = read("xl/worksheets/sheet7.xml");
    for text in ["P(rank 1)", "Confidence factor", "Aurora Signal", "Verdict: ", "Winner changes at (up)"] {
        assert!(sheet.contains(text), "the Confidence sheet lacks {text}");
    }
}

#[test]
fn explain_shows_a_vendors_ranks_with_confidence() {
    let run = |format: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
            .args(["explain", "PennyPush", "samples/", "--confidence", "--format", format, "--as-of", "2026-11-20"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let text = run("text");
    // PennyPush is 4th in every sample (its total is 31 points under Quillstack's).
    assert!(
        text.contains("Rank acceptability (10000 samples, seed 1, ±0.5% at most; weights exact): rank 4 in 100%."),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(json["confidence"]["rank_acceptability"][3], 1.0);
    assert_eq!(json["confidence"]["vendor"], "PennyPush");
}
