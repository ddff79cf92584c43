//! `vendorcard rubrics diff` on two versions of a rubric.

use std::fs;
use std::process::{Command, Output};

use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

#[test]
fn diff_lists_every_change_between_two_versions() {
    // The built-in sdk-support, edited by hand the way a team would: a bump, a
    // policy change, a category weight, a tighter P0 band, a criterion removed, one added.
    let original = vendorcard::builtin::get("sdk-support").unwrap().to_string();
    let mut edited = original
        .replacen("version = \"1.3.1\"", "version = \"1.4.0\"", 1)
        .replacen("missing = \"zero\"", "missing = \"exclude\"", 1)
        .replacen("weight = 25\n", "weight = 30\n", 1)
        .replacen("bands = [[15, 5], [30, 4]", "bands = [[10, 5], [30, 4]", 1);
    let start = edited.find("  [[category.criterion]]\n  id = \"quality_reports\"").unwrap();
    let end = start + edited[start..].find("# ----").unwrap();
    edited.replace_range(start..end, "");
    edited.push_str(
        "\n  [[category.criterion]]\n  id = \"status_page\"\n  name = \"Public status page\"\n  kind = \"flag\"\n  \
         weight = 1\n  help = \"An honest public status page with incident history.\"\n",
    );
    let dir = TempDir::new().unwrap();
    let new = dir.path().join("sdk-support-1.2.toml");
    fs::write(&new, edited).unwrap();

    let output = vendorcard(&["rubrics", "diff", "sdk-support", &new.display().to_string()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).unwrap();
    let expected = "\
sdk-support 1.3.1 → sdk-support 1.4.0
  ~ version: 1.3.1 → 1.4.0
  ~ missing: zero → exclude
  ~ category response_speed: weight 25 → 30
  ~ criterion p0_first_response: rule number p90 bands [15, 5] [30, 4] [60, 3] [120, 2] [240, 1] (lower is better) → number p90 bands [10, 5] [30, 4] [60, 3] [120, 2] [240, 1] (lower is better)
  + criterion status_page \"Public status page\" in dedicated_channels (flag yes=5 no=0, weight 1)
  - criterion quality_reports \"Proactive service-quality reports\" (was in technical_depth)
  shares of the total, largest change first:
    category  response_speed: 25.00% → 28.57% (+3.57 points)
    criterion quality_reports: 1.67% → – (-1.67 points)
";
    // Response speed 25 of 100 → 30 of 105; quality_reports was 1 of technical_depth's 12, × 20 %.
    assert!(text.starts_with(expected), "{text}");

    // The same rubric twice: no changes.
    let same = String::from_utf8(vendorcard(&["rubrics", "diff", "sdk-support", "sdk-support"]).stdout).unwrap();
    assert!(same.contains("no changes"), "{same}");
    // A broken side is bad input.
    assert_eq!(vendorcard(&["rubrics", "diff", "sdk-support", "no-such.toml"]).status.code(), Some(1));
}

/// A reviewer's view of a rubric change: a new gate, a new profile, a
/// changed description and discount, and every share that moved, largest
/// change first.
#[test]
fn diff_shows_gates_profiles_and_shares_in_order_of_the_change() {
    let original = fs::read_to_string("tests/bad_inputs/tiny.toml").unwrap();
    let edited = original
        .replacen("version = \"1.0.0\"", "version = \"1.1.0\"\ndescription = \"Tighter hours.\"", 1)
        .replacen("missing = \"zero\"", "missing = \"zero\"\ndiscount = { claimed = 0.6 }", 1)
        .replacen(
            "linear = { best = 2, worst = 30 }\n  weight = 1",
            "linear = { best = 2, worst = 30 }\n  weight = 3",
            1,
        )
        .replacen("\"business-hours\" = 1 }\n  weight = 2", "\"business-hours\" = 1 }\n  weight = 2\n  gate = 3", 1)
        + "\n[profiles.startup]\ncare = 2\n";
    let dir = TempDir::new().unwrap();
    let new = dir.path().join("tiny-1.1.toml");
    fs::write(&new, edited).unwrap();
    let output = vendorcard(&["rubrics", "diff", "tests/bad_inputs/tiny.toml", &new.display().to_string()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Before: speed 2 of 3 categories, its criteria 3 + 1 + 2 = 6: p0 2/3 × 3/6 = 33.33 %,
    // hard_case_days 2/3 × 1/6 = 11.11 %, support_hours 2/3 × 2/6 = 22.22 %. After, with
    // hard_case_days at 3 (3 + 3 + 2 = 8): 25 %, 25 %, 2/3 × 2/8 = 16.67 %. Care is untouched.
    let expected = "\
tiny 1.0.0 → tiny 1.1.0
  ~ version: 1.0.0 → 1.1.0
  ~ description: \"\" → \"Tighter hours.\"
  ~ discount.claimed: 1 → 0.6
  + profile startup (care=2)
  ~ criterion hard_case_days: weight 1 → 3
  ~ criterion support_hours: gate none → ≥ 3
  shares of the total, largest change first:
    criterion hard_case_days: 11.11% → 25.00% (+13.89 points)
    criterion p0_first_response: 33.33% → 25.00% (-8.33 points)
    criterion support_hours: 22.22% → 16.67% (-5.56 points)
";
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
}
