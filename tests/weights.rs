//! Weight profiles and --weight overrides, against hand-worked totals.
//!
//! Known-answer rubric (tests/fixtures/known-answer/rubric.toml): speed (weight 3:
//! c1_bands weight 2, c2_linear weight 1) and care (weight 1: four criteria, weight 1
//! each). Yara scores c1 5, c2 3.5, so speed = (2 × 5 + 3.5)/3 = 4.5, and care = 4.03125
//! (tests/known_answer.rs). Total = 100 × (speed share × speed + care share × care) / 5.

use std::process::{Command, Output};

const RUBRIC: &str = "tests/fixtures/known-answer/rubric.toml";
const EVIDENCE: &str = "tests/fixtures/known-answer/evidence";

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

fn yara_total(extra: &[&str]) -> f64 {
    let mut args = vec!["compare", EVIDENCE, "--rubric", RUBRIC, "--format", "json"];
    args.extend_from_slice(extra);
    let output = vendorcard(&args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let yara = json["vendors"].as_array().unwrap().iter().find(|v| v["vendor"] == "Yara").unwrap().clone();
    yara["total"].as_f64().unwrap()
}

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-9, "{actual} ≠ {expected}");
}

#[test]
fn a_profile_and_weight_overrides_change_totals_as_worked_out_by_hand() {
    // As written: shares 3/4 and 1/4 → 20 × (0.75 × 4.5 + 0.25 × 4.03125) = 87.65625.
    close(yara_total(&[]), 87.65625);
    // Profile care_first (speed 1, care 3): 20 × (0.25 × 4.5 + 0.75 × 4.03125) = 20 × 4.1484375 = 82.96875.
    close(yara_total(&["--profile", "care_first"]), 82.96875);
    // --weight c1_bands=0: speed = c2 alone = 3.5; 20 × (0.75 × 3.5 + 0.25 × 4.03125) = 72.65625.
    close(yara_total(&["--weight", "c1_bands=0"]), 72.65625);
    // Both, the override after the profile: 20 × (0.25 × 3.5 + 0.75 × 4.03125) = 77.96875.
    close(yara_total(&["--profile", "care_first", "--weight", "c1_bands=0"]), 77.96875);
    // A category weight by id: --weight care=0 leaves speed alone → 20 × 4.5 = 90.
    close(yara_total(&["--weight", "care=0"]), 90.0);
}

#[test]
fn every_output_states_the_effective_weights() {
    let args = ["compare", EVIDENCE, "--rubric", RUBRIC, "--profile", "care_first", "--weight", "c1_bands=0"];
    let table = String::from_utf8(vendorcard(&args).stdout).unwrap();
    assert!(table.contains("Speed — 25% of the total") || table.contains("25% of the total"), "{table}");
    let joined = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(joined.contains("Weights adjusted for this run: profile `care_first`; --weight c1_bands=0."), "{table}");
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&vendorcard(&json_args).stdout).unwrap();
    assert_eq!(json["rubric"]["adjustments"], serde_json::json!(["profile `care_first`", "--weight c1_bands=0"]));
    assert_eq!(json["vendors"][0]["categories"][0]["share"], 0.25);
}

#[test]
fn unknown_profiles_and_ids_are_reported() {
    let output = vendorcard(&["compare", EVIDENCE, "--rubric", RUBRIC, "--profile", "care_frist"]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("has no profile `care_frist`") && err.contains("did you mean `care_first`?"), "{err}");

    let output = vendorcard(&["compare", EVIDENCE, "--rubric", RUBRIC, "--weight", "c1_band=2"]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("no category or criterion `c1_band`") && err.contains("did you mean `c1_bands`?"), "{err}");

    let output = vendorcard(&["compare", EVIDENCE, "--rubric", RUBRIC, "--weight", "c1_bands"]);
    assert_eq!(output.status.code(), Some(2), "not ID=N: a usage error");
    let output = vendorcard(&["compare", EVIDENCE, "--rubric", RUBRIC, "--weight", "speed=0", "--weight", "care=0"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("every weight is 0"));
}
