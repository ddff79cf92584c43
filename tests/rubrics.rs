//! `vendorcard rubrics diff` on two versions of a rubric.

use std::fs;
use std::process::{Command, Output};

use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

#[test]
fn diff_lists_every_change_between_two_versions() {
    // Version 1.2.0 of sdk-support, edited by hand the way a team would: a bump, a
    // policy change, a category weight, a tighter P0 band, a criterion removed, one added.
    let original = fs::read_to_string("rubrics/sdk-support.toml").unwrap();
    let mut edited = original
        .replacen("version = \"1.2.0\"", "version = \"1.3.0\"", 1)
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
sdk-support 1.2.0 → sdk-support 1.3.0
  ~ version: 1.2.0 → 1.3.0
  ~ missing: zero → exclude
  ~ category response_speed: weight 25 → 30
  ~ criterion p0_first_response: rule number p90 bands [15, 5] [30, 4] [60, 3] [120, 2] [240, 1] (lower is better) → number p90 bands [10, 5] [30, 4] [60, 3] [120, 2] [240, 1] (lower is better)
  + criterion status_page \"Public status page\" in dedicated_channels (flag yes=5 no=0, weight 1)
  - criterion quality_reports \"Proactive service-quality reports\" (was in technical_depth)
";
    assert_eq!(text, expected);

    // The same rubric twice: no changes.
    let same = String::from_utf8(vendorcard(&["rubrics", "diff", "sdk-support", "sdk-support"]).stdout).unwrap();
    assert!(same.contains("no changes"), "{same}");
    // A broken side is bad input.
    assert_eq!(vendorcard(&["rubrics", "diff", "sdk-support", "no-such.toml"]).status.code(), Some(1));
}
