//! `extends`: a rubric built on another, two levels deep, with add, remove and
//! override; cycles and unknown parents are located errors.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

const BASE: &str = r#"id = "base"
name = "Base"
version = "1"
scale = 5

[[category]]
id = "speed"
name = "Speed"
weight = 1

  [[category.criterion]]
  id = "c1"
  name = "Response"
  kind = "number"
  linear = { best = 0, worst = 100 }
  weight = 1

  [[category.criterion]]
  id = "c2"
  name = "Chat group"
  kind = "flag"
  weight = 1

[[category]]
id = "care"
name = "Care"
weight = 1

  [[category.criterion]]
  id = "c3"
  name = "Tier"
  kind = "choice"
  options = { gold = 5, silver = 3 }
  weight = 1
"#;

/// Middle: c1 weighs 3, c2 goes, care gains c4.
const MID: &str = r#"extends = "base.toml"
id = "mid"
name = "Mid"
version = "1"
remove = ["c2"]

[[category]]
id = "speed"

  [[category.criterion]]
  id = "c1"
  weight = 3

[[category]]
id = "care"

  [[category.criterion]]
  id = "c4"
  name = "Named engineer"
  kind = "flag"
  weight = 1
"#;

/// Top: care weighs 3, silver is worth 4.
const TOP: &str = r#"extends = "mid.toml"
id = "top"
name = "Top"
version = "1"

[[category]]
id = "care"
weight = 3

  [[category.criterion]]
  id = "c3"
  options = { gold = 5, silver = 4 }
"#;

const EVIDENCE: &str = r#"vendor = "Acme"
rubric = "top"

[evidence.c1]
value = 20
verified = true

[evidence.c3]
value = "silver"
verified = true

[evidence.c4]
value = true
verified = true
"#;

#[test]
fn two_levels_of_extends_add_remove_and_override() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "base.toml", BASE);
    write(dir.path(), "mid.toml", MID);
    let top = write(dir.path(), "top.toml", TOP);
    let evidence = write(dir.path(), "acme.toml", EVIDENCE);

    let output = vendorcard(&["compare", &evidence, "--rubric", &top, "--format", "json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = json["categories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["criteria"].as_array().unwrap().iter().map(|k| k["id"].as_str().unwrap()))
        .collect();
    // c2 removed by mid, c4 added by mid, base's order kept.
    assert_eq!(ids, ["c1", "c3", "c4"]);
    // Resolved: speed (weight 1) holds c1 alone; care (weight 3, from top) holds c3 and c4 equally.
    // c1: 20 on linear 0→100 → 5 × 80/100 = 4. c3: silver → 4 (top's override). c4: true → 5.
    // speed = 4; care = (4 + 5)/2 = 4.5; total = 100 × (1/4 × 4 + 3/4 × 4.5)/5 = 20 × 4.375 = 87.5.
    let total = json["vendors"][0]["total"].as_f64().unwrap();
    assert!((total - 87.5).abs() < 1e-9, "{total}");
    assert_eq!(json["rubric"]["id"], "top");

    // show --resolved prints the flattened rubric, which loads on its own.
    let resolved = vendorcard(&["rubrics", "show", "--resolved", &top]);
    assert!(resolved.status.success());
    let flat = write(dir.path(), "flat.toml", &String::from_utf8(resolved.stdout).unwrap());
    let again = vendorcard(&["compare", &evidence, "--rubric", &flat, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert!((json["vendors"][0]["total"].as_f64().unwrap() - 87.5).abs() < 1e-9);
}

#[test]
fn a_cycle_is_an_error_at_its_extends() {
    let dir = TempDir::new().unwrap();
    let a = write(dir.path(), "a.toml", &BASE.replace("id = \"base\"", "extends = \"b.toml\"\nid = \"a\""));
    write(dir.path(), "b.toml", &BASE.replace("id = \"base\"", "extends = \"a.toml\"\nid = \"b\""));
    let evidence = write(dir.path(), "acme.toml", "vendor = \"Acme\"\nrubric = \"a\"\n");
    let output = vendorcard(&["check", &evidence, "--rubric", &a]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    // Found while reading b.toml, whose `extends = "a.toml"` (line 1, column 11) closes the loop.
    assert!(err.contains("error: `extends` makes a cycle"), "{err}");
    assert!(err.contains("b.toml:1:11"), "{err}");
    assert!(err.contains("a.toml → ") && err.contains("b.toml → "), "{err}");
}

/// `extends` names one parent. A list (or any other value) is refused at
/// its place, by `check` and by `rubrics show --resolved` alike; it was
/// printed unresolved with exit 0, and `compare` called it an unknown key.
#[test]
fn extends_with_a_list_is_refused_at_its_place() {
    let dir = TempDir::new().unwrap();
    let two = write(dir.path(), "two.toml", "id = \"t\"\nextends = [\"sdk-support\", \"rtc-sdk\"]\n");
    let evidence = write(dir.path(), "acme.toml", "vendor = \"Acme\"\nrubric = \"t\"\n");
    for args in [vec!["check", &evidence, "--rubric", &two], vec!["rubrics", "show", &two, "--resolved"]] {
        let output = vendorcard(&args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.contains("`extends` takes one rubric, a built-in name or a file; found a list of 2"), "{err}");
        // Line 2, column 11: the list itself.
        assert!(err.contains("two.toml:2:11"), "{err}");
        assert!(!err.contains("unknown key"), "{err}");
    }
    let number = write(dir.path(), "number.toml", "extends = 3\n");
    let err = String::from_utf8_lossy(&vendorcard(&["rubrics", "show", &number, "--resolved"]).stderr).to_string();
    assert!(err.contains("found an integer") && err.contains("number.toml:1:11"), "{err}");
}

#[test]
fn unknown_parents_and_removals_are_located() {
    let dir = TempDir::new().unwrap();
    let orphan =
        write(dir.path(), "orphan.toml", "extends = \"nowhere.toml\"\nid = \"o\"\nname = \"O\"\nversion = \"1\"\n");
    let evidence = write(dir.path(), "acme.toml", "vendor = \"Acme\"\nrubric = \"o\"\n");
    let output = vendorcard(&["check", &evidence, "--rubric", &orphan]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("`extends` names no built-in rubric and no file: `nowhere.toml`"), "{err}");
    assert!(err.contains("orphan.toml:1:11"), "{err}");

    write(dir.path(), "base.toml", BASE);
    let typo = write(dir.path(), "typo.toml", &MID.replace("remove = [\"c2\"]", "remove = [\"c9\"]"));
    let output = vendorcard(&["check", &evidence, "--rubric", &typo]);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("`remove` names `c9`"), "{err}");
    assert!(err.contains("typo.toml:5:10"), "{err}");
}

#[test]
fn a_team_rubric_can_build_on_a_built_in_one() {
    let dir = TempDir::new().unwrap();
    let team = write(
        dir.path(),
        "team.toml",
        "extends = \"im-enterprise\"\nid = \"acme-im\"\nname = \"Acme IM\"\nversion = \"1\"\nremove = [\"maintenance_windows\"]\n",
    );
    let output = vendorcard(&["rubrics", "diff", "im-enterprise", &team]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("- criterion maintenance_windows"), "{text}");
    assert!(text.contains("~ id: im-enterprise → acme-im"), "{text}");

    // The shipped im-enterprise evidence scores under the team rubric. Removing a
    // criterion is giving it weight 0, so every total must equal the built-in
    // rubric's with --weight maintenance_windows=0.
    let totals = |args: &[&str]| -> Vec<(String, f64)> {
        let mut all = vec!["compare", "samples/im-enterprise/", "--format", "json"];
        all.extend_from_slice(args);
        let output = vendorcard(&all);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let vendors = json["vendors"].as_array().unwrap().iter();
        vendors.map(|v| (v["vendor"].as_str().unwrap().to_string(), v["total"].as_f64().unwrap())).collect()
    };
    let team_totals = totals(&["--rubric", &team]);
    let reweighed = totals(&["--rubric", "im-enterprise", "--weight", "maintenance_windows=0"]);
    assert_eq!(team_totals.len(), 4);
    for ((vendor, total), (other, expected)) in team_totals.iter().zip(&reweighed) {
        assert_eq!(vendor, other);
        assert!((total - expected).abs() < 1e-9, "{vendor}: {total} ≠ {expected}");
    }
}

#[test]
fn evidence_collected_for_a_parent_is_scored_and_removed_criteria_only_warn() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "base.toml", BASE);
    write(dir.path(), "mid.toml", MID);
    let top = write(dir.path(), "top.toml", TOP);
    // Collected for `base`, two levels up: c2 is removed by mid, c4 (added by mid) is missing.
    let evidence = write(
        dir.path(),
        "acme.toml",
        "vendor = \"Acme\"\nrubric = \"base\"\n\n[evidence.c1]\nvalue = 20\nverified = true\n\n\
         [evidence.c2]\nvalue = true\nverified = true\n\n[evidence.c3]\nvalue = \"silver\"\nverified = true\n",
    );

    let resolved = String::from_utf8(vendorcard(&["rubrics", "show", "--resolved", &top]).stdout).unwrap();
    assert!(resolved.contains("based_on = [\"mid\", \"base\"]"), "{resolved}");
    assert!(resolved.contains("removed = [\"c2\"]"), "{resolved}");

    let check = vendorcard(&["check", &evidence, "--rubric", &top]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{stderr}");
    assert!(stderr.contains("warning: `c2` is not scored: rubric `top` removes it from `base`"), "{stderr}");
    assert!(stderr.contains("acme.toml:8:11"), "the warning points at [evidence.c2]: {stderr}");

    let output = vendorcard(&["compare", &evidence, "--rubric", &top, "--format", "json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // c1: 20 → 4; c3: silver → 4 (top's option); c4: missing → 0 (missing = "zero").
    // speed = 4; care = (4 + 0)/2 = 2; total = 100 × (1/4 × 4 + 3/4 × 2)/5 = 20 × 2.5 = 50.
    let total = json["vendors"][0]["total"].as_f64().unwrap();
    assert!((total - 50.0).abs() < 1e-9, "{total}");

    // A criterion no rubric of the lineage has is a typo, and still an error.
    let typo =
        write(dir.path(), "typo.toml", "vendor = \"Acme\"\nrubric = \"base\"\n\n[evidence.c33]\nvalue = \"gold\"\n");
    let check = vendorcard(&["check", &typo, "--rubric", &top]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stderr).contains("error: no criterion `c33` in rubric `top`"));

    // A rubric that is not an ancestor is still a located error.
    let stranger = write(dir.path(), "stranger.toml", "vendor = \"Acme\"\nrubric = \"other\"\n");
    let check = vendorcard(&["check", &stranger, "--rubric", &top]);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&check.stderr).contains("collected for rubric `other`, but the rubric in use is `top`")
    );
}
