//! `vendorcard explain`: snapshots of the audit trail in every format, and
//! the guarantee that its contributions add up to the total `compare` shows.

use std::fs;
use std::process::{Command, Output};

use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

fn json(args: &[&str]) -> serde_json::Value {
    let output = vendorcard(args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

/// The built-in rubric with claimed-only evidence discounted to 80 %, in a temp folder.
fn discounting_rubric() -> (TempDir, String) {
    let dir = TempDir::new().unwrap();
    let text = vendorcard::builtin::get("sdk-support").unwrap().to_string();
    let text = text.replacen("missing = \"zero\"", "missing = \"zero\"\nclaimed_factor = 0.8", 1);
    assert!(text.contains("claimed_factor"), "the rubric sets `missing` at the top");
    let path = dir.path().join("sdk-support-discounted.toml");
    fs::write(&path, text).unwrap();
    (dir, path.display().to_string())
}

#[test]
fn explain_contributions_add_up_to_the_compare_total_for_every_sample_vendor() {
    let compared = json(&["compare", "samples/", "--format", "json"]);
    for vendor in compared["vendors"].as_array().unwrap() {
        let name = vendor["vendor"].as_str().unwrap();
        let explained = json(&["explain", name, "samples/", "--format", "json"]);
        let listed: f64 = explained["vendor"]["categories"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["criteria"].as_array().unwrap())
            .map(|c| c["contribution"].as_f64().unwrap())
            .sum();
        let total = vendor["total"].as_f64().unwrap();
        assert!((listed - total).abs() < 1e-9, "{name}: explain lists {listed}, compare says {total}");
        // The text form states the same total, to two decimals.
        let text = String::from_utf8(vendorcard(&["explain", name, "samples/"]).stdout).unwrap();
        assert!(text.contains(&format!("= {total:.2} points of 100.")), "{name}:\n{text}");
    }
}

#[test]
fn explain_snapshots_in_every_format() {
    // Quillstack Cloud covers every criterion kind, ticket-measured evidence, a gate,
    // missing criteria and (with claimed_factor 0.8) discounted claimed-only items.
    let (_dir, rubric) = discounting_rubric();
    for (format, name) in [("text", "explain-text"), ("markdown", "explain-markdown"), ("json", "explain-json")] {
        let output = vendorcard(&[
            "explain",
            "Quillstack Cloud",
            "samples/",
            "--rubric",
            &rubric,
            "--format",
            format,
            "--as-of",
            "2026-11-23",
        ]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let text = String::from_utf8(output.stdout).unwrap().replace(&rubric, "<rubric>");
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(name, text);
        });
    }
}

#[test]
fn a_discount_is_shown_where_it_applies() {
    let (_dir, rubric) = discounting_rubric();
    let explained = json(&["explain", "Quillstack Cloud", "samples/", "--rubric", &rubric, "--format", "json"]);
    let support_hours = explained["vendor"]["categories"][0]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "support_hours")
        .unwrap()
        .clone();
    // Claimed option `7x24-p0-only` scores 4; × 0.8 = 3.2.
    assert_eq!(support_hours["discount"]["undiscounted"], 4.0);
    assert!((support_hours["score"].as_f64().unwrap() - 3.2).abs() < 1e-12);
    let text = String::from_utf8(vendorcard(&["explain", "Quillstack Cloud", "samples/", "--rubric", &rubric]).stdout)
        .unwrap();
    assert!(text.contains("claimed only: 4 × discount.claimed 0.8 = 3.2"), "{text}");
}

#[test]
fn an_unknown_vendor_is_a_usage_error_with_a_suggestion() {
    let output = vendorcard(&["explain", "Quilstack", "samples/"]);
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("did you mean 'Quillstack Cloud'?"), "{err}");
}
