//! Known answers: a small rubric and four vendors, every number worked out by hand.
//!
//! Rubric (tests/fixtures/known-answer/rubric.toml), scale 5:
//!   speed (weight 3 → share 3/4):  c1_bands (number, bands ≤10→5 ≤20→3 ≤40→1, p90, weight 2, gate 3)
//!                                  c2_linear (number, linear best 0 worst 100, mean, weight 1)
//!   care  (weight 1 → share 1/4):  c3_flag, c4_choice (gold 5 / silver 3 / bronze 1),
//!                                  c5_checklist (a 1, b 2, c 1), c6_rating (1..5, mean); weight 1 each
//! So c1's share of the total is 3/4 × 2/3 = 1/2, c2's 3/4 × 1/3 = 1/4, each care criterion 1/4 × 1/4 = 1/16.

use std::fs;

use vendorcard::diagnostic::{Diagnostics, Source};
use vendorcard::load::evidence::parse_evidence;
use vendorcard::load::rubric::parse_rubric;
use vendorcard::score::score;
use vendorcard::scorecard::{EvidenceState, Scorecard, Status, VendorScore};

const DIR: &str = "tests/fixtures/known-answer";

/// Scores the four fixture vendors with the rubric's `missing` policy set to `policy`.
fn scorecard(policy: &str) -> Scorecard {
    scorecard_with(&format!("missing = \"{policy}\""))
}

/// Scores the fixtures with the rubric's `missing = "zero"` line replaced by `settings`.
fn scorecard_with(settings: &str) -> Scorecard {
    let text = fs::read_to_string(format!("{DIR}/rubric.toml")).unwrap();
    let text = text.replace("missing = \"zero\"", settings);
    let mut diagnostics = Diagnostics::default();
    let rubric = parse_rubric(&Source { name: "rubric.toml", text: &text }, &mut diagnostics)
        .unwrap_or_else(|| panic!("rubric does not load: {:?}", diagnostics.0));
    let vendors: Vec<_> = ["wren", "xeno", "yara", "zeta"]
        .iter()
        .map(|name| {
            let path = format!("{DIR}/evidence/{name}.toml");
            let text = fs::read_to_string(&path).unwrap();
            parse_evidence(&Source { name: &path, text: &text }, &rubric, false, &mut diagnostics)
                .unwrap_or_else(|| panic!("{path} does not load: {:?}", diagnostics.0))
                .evidence
        })
        .collect();
    assert!(!diagnostics.has_errors(), "{:?}", diagnostics.0);
    score(&rubric, &vendors)
}

fn vendor<'a>(card: &'a Scorecard, name: &str) -> &'a VendorScore {
    card.vendors.iter().find(|v| v.vendor == name).unwrap()
}

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-9, "expected {expected}, got {actual}");
}

/// (criterion id, aggregate, score, contribution) for one vendor.
fn criteria(v: &VendorScore) -> Vec<(&str, Option<f64>, f64, f64)> {
    v.criteria().map(|(_, c)| (c.id.as_str(), c.aggregate, c.score, c.contribution)).collect()
}

fn assert_criteria(v: &VendorScore, expected: &[(&str, Option<f64>, f64, f64)]) {
    let actual = criteria(v);
    assert_eq!(actual.len(), expected.len());
    for ((id, aggregate, score, contribution), (eid, eaggregate, escore, econtribution)) in actual.iter().zip(expected)
    {
        assert_eq!(id, eid);
        match (aggregate, eaggregate) {
            (Some(a), Some(e)) => close(*a, *e),
            (a, e) => assert_eq!(a, e, "aggregate of {id}"),
        }
        close(*score, *escore);
        close(*contribution, *econtribution);
    }
}

#[test]
fn yara_every_kind_scored_by_hand() {
    let card = scorecard("zero");
    let yara = vendor(&card, "Yara");
    // c1: values [5, 9], p90: h = (2−1) × 0.9 = 0.9 → 5 + 0.9 × (9 − 5) = 8.6 ≤ 10 → 5.
    //     contribution = 100 × 1/2 × 5/5 = 50.
    // c2: mean(20, 40) = 30 → linear 5 × (100 − 30) / (100 − 0) = 3.5; 100 × 1/4 × 3.5/5 = 17.5.
    // c3: true → yes = 5; 100 × 1/16 × 5/5 = 6.25.
    // c4: silver → 3; 6.25 × 3/5 = 3.75.
    // c5: a + b = 1 + 2 of 4 → 0.75 → 3.75; 6.25 × 3.75/5 = 4.6875.
    // c6: mean(4, 5) = 4.5 → 5 × (4.5 − 1)/(5 − 1) = 4.375; 6.25 × 4.375/5 = 5.46875.
    assert_criteria(
        yara,
        &[
            ("c1_bands", Some(8.6), 5.0, 50.0),
            ("c2_linear", Some(30.0), 3.5, 17.5),
            ("c3_flag", None, 5.0, 6.25),
            ("c4_choice", None, 3.0, 3.75),
            ("c5_checklist", Some(0.75), 3.75, 4.6875),
            ("c6_rating", Some(4.5), 4.375, 5.46875),
        ],
    );
    // speed = (2 × 5 + 1 × 3.5)/3 = 4.5; care = (5 + 3 + 3.75 + 4.375)/4 = 4.03125.
    close(yara.categories[0].score, 4.5);
    close(yara.categories[1].score, 4.03125);
    // total = 100 × (3/4 × 4.5 + 1/4 × 4.03125)/5 = 20 × 4.3828125 = 87.65625
    //       = 50 + 17.5 + 6.25 + 3.75 + 4.6875 + 5.46875.
    close(yara.total, 87.65625);
    close(yara.coverage, 1.0);
    // Verified: c1, c2 (1/2 + 1/4), c3, c5 (2 × 1/16) → 0.875.
    close(yara.verified_coverage, 0.875);
    assert_eq!(yara.status, Status::Qualified);
}

#[test]
fn tie_shares_a_rank_and_lists_by_name() {
    let card = scorecard("zero");
    let zeta = vendor(&card, "Zeta");
    // c1: 10 is on the first threshold (inclusive) → 5. c2: 30 → 3.5. speed = 4.5 as for Yara.
    // care: flag 5, gold 5, b = 2 of 4 → 2.5, mean(3.8, 4) = 3.9 → 5 × 2.9/4 = 3.625;
    //       (5 + 5 + 2.5 + 3.625)/4 = 4.03125, the same as Yara's → total 87.65625.
    close(zeta.categories[1].score, 4.03125);
    close(zeta.total, 87.65625);
    let order: Vec<(usize, &str)> = card.vendors.iter().map(|v| (v.rank, v.vendor.as_str())).collect();
    // Yara and Zeta tie for 1st (listed by name); the next rank is 3; Xeno, disqualified,
    // ranks after every qualified vendor although its 48.75 beats Wren's 38.59375.
    assert_eq!(order, [(1, "Yara"), (1, "Zeta"), (3, "Wren"), (4, "Xeno")]);
}

#[test]
fn gate_failure_disqualifies_but_still_scores() {
    let card = scorecard("zero");
    let xeno = vendor(&card, "Xeno");
    // c1: [4, 8, 12, 30], p90: h = 3 × 0.9 = 2.7 → 12 + 0.7 × 18 = 24.6 → ≤ 40 → 1 < gate 3.
    // c2: [0] → 5. speed = (2 × 1 + 5)/3 = 7/3.
    // care: flag 5, bronze 1, no items → 0, mean(5, 5) → 5; (5 + 1 + 0 + 5)/4 = 2.75.
    // total = 20 × (3/4 × 7/3 + 1/4 × 2.75) = 20 × (1.75 + 0.6875) = 48.75.
    assert_criteria(
        xeno,
        &[
            ("c1_bands", Some(24.6), 1.0, 10.0),
            ("c2_linear", Some(0.0), 5.0, 25.0),
            ("c3_flag", None, 5.0, 6.25),
            ("c4_choice", None, 1.0, 1.25),
            ("c5_checklist", Some(0.0), 0.0, 0.0),
            ("c6_rating", Some(5.0), 5.0, 6.25),
        ],
    );
    close(xeno.total, 48.75);
    assert_eq!(xeno.status, Status::Disqualified);
    assert_eq!(xeno.failed_gates.len(), 1);
    assert_eq!(xeno.failed_gates[0].criterion, "c1_bands");
    assert_eq!(xeno.failed_gates[0].reason.english(), "score 1 is below the gate of 3 (of 5)");
}

#[test]
fn missing_zero_scores_zero_and_keeps_shares() {
    let card = scorecard("zero");
    let wren = vendor(&card, "Wren");
    // c1: 20 → second band → 3, exactly the gate: passes. c2: 150 → 5 × (100 − 150)/100 = −2.5 → clamped 0.
    // speed = (2 × 3 + 0)/3 = 2.
    // care: false → 0, c4 missing → 0, all items → 5, mean(2, 3) = 2.5 → 5 × 1.5/4 = 1.875;
    //       (0 + 0 + 5 + 1.875)/4 = 1.71875.
    // total = 20 × (3/4 × 2 + 1/4 × 1.71875) = 20 × 1.9296875 = 38.59375.
    close(wren.categories[0].score, 2.0);
    close(wren.categories[1].score, 1.71875);
    close(wren.total, 38.59375);
    // Coverage: all but c4, whose share of the total is 1/16 → 15/16 = 0.9375.
    close(wren.coverage, 0.9375);
    assert_eq!(wren.status, Status::Qualified);
    let c4 = wren.criteria().find(|(_, c)| c.id == "c4_choice").unwrap().1;
    assert_eq!(c4.state, EvidenceState::Missing);
    close(c4.share, 0.25);
}

#[test]
fn missing_exclude_renormalises_the_rest() {
    let card = scorecard("exclude");
    let wren = vendor(&card, "Wren");
    // c4 left out: care = (0 + 5 + 1.875)/3 = 6.875/3 = 2.2916…, each remaining care share 1/3.
    // total = 20 × (3/4 × 2 + 1/4 × 6.875/3) = 20 × (1.5 + 0.5729166…) = 41.4583333…
    close(wren.categories[1].score, 6.875 / 3.0);
    close(wren.total, 20.0 * (1.5 + 0.25 * 6.875 / 3.0));
    // Coverage still shows the gap.
    close(wren.coverage, 0.9375);
    let (_, c4) = wren.criteria().find(|(_, c)| c.id == "c4_choice").unwrap();
    assert_eq!(c4.state, EvidenceState::Excluded);
    close(c4.share, 0.0);
    let (_, c5) = wren.criteria().find(|(_, c)| c.id == "c5_checklist").unwrap();
    close(c5.share, 1.0 / 3.0);
    // Vendors with full evidence are unaffected by the policy.
    close(vendor(&card, "Yara").total, 87.65625);
    assert_eq!(wren.rank, 3);
}

#[test]
fn missing_fail_disqualifies() {
    let card = scorecard("fail");
    let wren = vendor(&card, "Wren");
    // Scored as under `zero`, but disqualified for the missing c4.
    close(wren.total, 38.59375);
    assert_eq!(wren.status, Status::Disqualified);
    assert_eq!(wren.failed_gates[0].criterion, "c4_choice");
    // Both disqualified vendors follow the qualified ones, by total: Xeno 48.75 before Wren.
    let order: Vec<(usize, &str)> = card.vendors.iter().map(|v| (v.rank, v.vendor.as_str())).collect();
    assert_eq!(order, [(1, "Yara"), (1, "Zeta"), (3, "Xeno"), (4, "Wren")]);
}

#[test]
fn contributions_sum_to_totals_and_categories() {
    for policy in ["zero", "exclude", "fail"] {
        for v in &scorecard(policy).vendors {
            let sum: f64 = v.criteria().map(|(_, c)| c.contribution).sum();
            close(sum, v.total);
            for category in &v.categories {
                let sum: f64 = category.criteria.iter().map(|c| c.contribution).sum();
                close(sum, category.contribution);
            }
        }
    }
}

#[test]
fn claimed_factor_discounts_only_claimed_evidence() {
    let card = scorecard_with("missing = \"zero\"\nclaimed_factor = 0.8");
    let yara = vendor(&card, "Yara");
    // Yara's claimed-only items are c4_choice (silver: 3) and c6_rating (mean 4.5 → 5 × 3.5/4 = 4.375);
    // each is 1/16 of the total. Discounted: 3 × 0.8 = 2.4 and 4.375 × 0.8 = 3.5, so the total
    // loses 100/16 × (0.6 + 0.875)/5 = 1.84375: 87.65625 − 1.84375 = 85.8125.
    close(yara.total, 85.8125);
    let c4 = yara.criteria().map(|(_, c)| c).find(|c| c.id == "c4_choice").unwrap();
    close(c4.score, 2.4);
    assert_eq!(c4.discount.as_ref().map(|d| (d.factor, d.undiscounted)), Some((0.8, 3.0)));
    // Verified evidence keeps its score and carries no discount.
    let c1 = yara.criteria().map(|(_, c)| c).find(|c| c.id == "c1_bands").unwrap();
    assert!(c1.discount.is_none());
    // Contributions still add up to the total.
    let sum: f64 = yara.criteria().map(|(_, c)| c.contribution).sum();
    close(sum, yara.total);
}

#[test]
fn rating_spread_is_reported_and_flagged_at_the_threshold() {
    let card = scorecard("zero");
    let spread = |name: &str| {
        let v = vendor(&card, name);
        v.criteria().map(|(_, c)| c).find(|c| c.id == "c6_rating").unwrap().ratings.clone().unwrap()
    };
    // Yara: p = 4, q = 5 → spread 1, under the default threshold of half the 1–5 range (2).
    let yara = spread("Yara");
    assert_eq!((yara.min, yara.max, yara.spread, yara.threshold, yara.disagreement), (4.0, 5.0, 1.0, 2.0, false));
}
