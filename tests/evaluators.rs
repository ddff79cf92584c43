//! Evaluators who disagree are flagged everywhere, and `--evaluator` shows
//! each one's view. Fixture: tests/fixtures/evaluators/ — a rating criterion
//! (1–5) and a flag, equal weights; Nimbus RTC rated 5, 2 and 4.
//!
//! Total = 100 × (½ × rating score + ½ × 5) / 5 = 10 × rating score + 50, where
//! the rating score = 5 × (rating − 1) / 4.

use std::process::{Command, Output};

const RUBRIC: &str = "tests/fixtures/evaluators/rubric.toml";
const EVIDENCE: &str = "tests/fixtures/evaluators/nimbus.toml";

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn total(extra: &[&str]) -> f64 {
    let mut args = vec!["compare", EVIDENCE, "--rubric", RUBRIC, "--format", "json"];
    args.extend_from_slice(extra);
    let output = vendorcard(&args);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    json["vendors"][0]["total"].as_f64().unwrap()
}

#[test]
fn disagreement_is_flagged_in_check_compare_and_explain() {
    // Ratings 5, 2, 4: spread 3, at least the default threshold of 2 (half of 1–5).
    let check = vendorcard(&["check", EVIDENCE, "--rubric", RUBRIC]);
    assert_eq!(check.status.code(), Some(0), "a warning, not an error");
    let err = text(&check.stderr);
    assert!(
        err.contains("warning: evaluators disagree on `attitude`: ana 5, ben 2, cy 4 (spread 3, threshold 2)"),
        "{err}"
    );

    let table = text(&vendorcard(&["compare", EVIDENCE, "--rubric", RUBRIC]).stdout);
    assert!(table.contains("≠ Nimbus RTC: evaluators disagree on `attitude` (spread 3)."), "{table}");
    let detail = text(&vendorcard(&["compare", EVIDENCE, "--rubric", RUBRIC, "--detail"]).stdout);
    let attitude_row = detail.lines().find(|l| l.trim_start().starts_with("Attitude")).unwrap();
    assert!(attitude_row.contains('≠'), "{detail}");

    let explained = text(&vendorcard(&["explain", "Nimbus RTC", EVIDENCE, "--rubric", RUBRIC]).stdout);
    assert!(explained.contains("ratings from 2 to 5: spread 3 (threshold 2) — evaluators disagree"), "{explained}");
}

#[test]
fn each_evaluator_alone_gives_the_score_worked_out_by_hand() {
    // All three: mean 11/3; score 5 × (11/3 − 1)/4 = 10/3; total 10 × 10/3 + 50 = 83.33…
    assert!((total(&[]) - (100.0 / 3.0 + 50.0)).abs() < 1e-9);
    // ben alone: 2 → 5 × 1/4 = 1.25 → 62.5.
    assert!((total(&["--evaluator", "ben"]) - 62.5).abs() < 1e-9);
    // ana alone: 5 → 5 → 100.
    assert!((total(&["--evaluator", "ana"]) - 100.0).abs() < 1e-9);
    // cy alone: 4 → 3.75 → 87.5.
    assert!((total(&["--evaluator", "cy"]) - 87.5).abs() < 1e-9);

    let unknown = vendorcard(&["compare", EVIDENCE, "--rubric", RUBRIC, "--evaluator", "bob"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(text(&unknown.stderr).contains("no evidence file lists the evaluator `bob`"), "{}", text(&unknown.stderr));
}

#[test]
fn drivers_name_the_margin_and_flag_a_close_call() {
    // The margin is the difference of the two totals compare reports (JSON, full precision),
    // shown to one decimal.
    let json: serde_json::Value =
        serde_json::from_slice(&vendorcard(&["compare", "samples/", "--format", "json"]).stdout).unwrap();
    let (first, second) = (&json["vendors"][0], &json["vendors"][1]);
    let gap = first["total"].as_f64().unwrap() - second["total"].as_f64().unwrap();
    let (a, b) = (first["vendor"].as_str().unwrap(), second["vendor"].as_str().unwrap());
    let line = format!("1. {a} leads 2. {b} by {gap:.1}");
    let output = vendorcard(&["compare", "samples/", "--drivers"]);
    let table = text(&output.stdout);
    assert!(table.contains("What drives the ranking"), "{table}");
    // Clear at the default 2-point margin (the gap is over 2)…
    assert!(gap > 2.0, "{gap}");
    assert!(table.contains(&format!("{line}\n")), "{table}");
    // …but not at a margin above the gap.
    let margin = (gap.ceil() + 1.0).to_string();
    let close = text(&vendorcard(&["compare", "samples/", "--drivers", "--margin", &margin]).stdout);
    assert!(close.contains(&format!("{line} — no clear winner (under {margin} points)")), "{close}");
    // --drivers belongs under a table.
    assert_eq!(vendorcard(&["compare", "samples/", "--drivers", "--format", "csv"]).status.code(), Some(2));
}
