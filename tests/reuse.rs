//! `--reuse-evidence`: evidence collected for one built-in rubric, scored
//! under a sibling where ids and kinds match.

use std::fs;
use std::process::{Command, Output};

use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

/// The sample's evidence, copied beside its ticket log, with `edit` applied.
fn sample(dir: &TempDir, edit: impl Fn(String) -> String) -> String {
    fs::copy("samples/aurora-tickets.csv", dir.path().join("aurora-tickets.csv")).unwrap();
    let text = edit(fs::read_to_string("samples/aurora-signal.toml").unwrap());
    let path = dir.path().join("aurora-signal.toml");
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn sdk_support_evidence_scores_under_rtc_sdk_with_the_flag() {
    let dir = TempDir::new().unwrap();
    let file = sample(&dir, |text| text);

    // Without the flag: one error, at `rubric`, naming the way out.
    let refused = vendorcard(&["check", "--rubric", "rtc-sdk", &file]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(err.matches("error:").count(), 2, "one problem and the summary line:\n{err}");
    assert!(err.contains("collected for rubric `sdk-support`") && err.contains("--reuse-evidence"), "{err}");

    // With it: the shared criteria score, the rest are warned about once for the file.
    let checked = vendorcard(&["check", "--rubric", "rtc-sdk", "--reuse-evidence", &file]);
    let err = String::from_utf8_lossy(&checked.stderr);
    assert!(checked.status.success(), "{err}");
    assert_eq!(err.matches("not scored under rubric `rtc-sdk`").count(), 1, "{err}");
    // support_hours is no rtc-sdk criterion; doc_coverage is one, with other items.
    assert!(err.contains("`support_hours`") && err.contains("`doc_coverage` (its value is not one"), "{err}");

    let compared = vendorcard(&["compare", "--rubric", "rtc-sdk", "--reuse-evidence", &file, "--format", "json"]);
    assert!(compared.status.success(), "{}", String::from_utf8_lossy(&compared.stderr));
    let json: serde_json::Value = serde_json::from_slice(&compared.stdout).unwrap();
    let criteria: Vec<&serde_json::Value> = json["vendors"][0]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["criteria"].as_array().unwrap())
        .collect();
    let state = |id: &str| criteria.iter().find(|c| c["id"] == id).map(|c| c["state"].as_str().unwrap().to_string());
    // Shared with sdk-support: scored from the same evidence (written_sla is typed, p0 from the log).
    assert_eq!(state("written_sla").as_deref(), Some("scored"));
    assert_eq!(state("p0_first_response").as_deref(), Some("scored"));
    assert_eq!(state("attitude_rating").as_deref(), Some("scored"));
    // rtc-sdk's own, with nothing collected for them: missing.
    assert_eq!(state("codec_aec_expertise").as_deref(), Some("missing"));
    assert_eq!(state("doc_coverage").as_deref(), Some("missing"));
}

#[test]
fn a_typo_stays_an_error_when_evidence_is_reused() {
    let dir = TempDir::new().unwrap();
    let file = sample(&dir, |text| text.replace("[evidence.written_sla]", "[evidence.writen_sla]"));
    let output = vendorcard(&["check", "--rubric", "rtc-sdk", "--reuse-evidence", &file]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("no criterion `writen_sla` in rubric `rtc-sdk`"), "{err}");
    assert!(err.contains("did you mean `written_sla`?"), "{err}");
}

#[test]
fn reuse_needs_the_other_rubric_to_be_built_in() {
    let dir = TempDir::new().unwrap();
    let file = sample(&dir, |text| text.replace("rubric = \"sdk-support\"", "rubric = \"acme-rtc\""));
    let output = vendorcard(&["check", "--rubric", "rtc-sdk", "--reuse-evidence", &file]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("`acme-rtc` is not one"), "{err}");
}
