//! Known answers for the evidence model: the basis of evidence and its
//! discounts, a claim contradicted by an observation (in every output), a
//! benefit under a condition, a cost criterion, an `[sla]` commitment the
//! vendor's own tickets miss, and what a disqualified vendor needs to pass.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

fn vendorcard(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "300")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Three equally weighted choice criteria (`7x24` scores 5, `business-hours` 1)
/// and a day-rate cost criterion, in one category each, scale 5.
const RUBRIC: &str = r#"
id = "model"
name = "Evidence model"
version = "1"
discount = { claimed = 0.6, reference = 0.9, conditional = 0.8 }
contradiction_penalty = 0.5

[[category]]
id = "care"
name = "Care"
weight = 3

  [[category.criterion]]
  id = "hours"
  name = "Support hours"
  kind = "choice"
  options = { "7x24" = 5, "extended" = 3, "business-hours" = 1 }
  weight = 1

  [[category.criterion]]
  id = "on_site"
  name = "On-site support"
  kind = "choice"
  options = { "included" = 5, "paid" = 3, "none" = 0 }
  weight = 1

  [[category.criterion]]
  id = "csm"
  name = "Customer-success manager"
  kind = "flag"
  weight = 1

[[category]]
id = "price"
name = "Price"
weight = 1

  [[category.criterion]]
  id = "day_rate"
  name = "On-site day rate"
  kind = "cost"
  currency = "USD"
  per = "day"
  bands = [[1000, 5], [2000, 3], [4000, 1]]
  weight = 1
"#;

fn setup(files: &[(&str, &str)]) -> TempDir {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("model.toml"), RUBRIC).unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn json(dir: &Path, files: &[&str]) -> Value {
    let mut args = vec!["compare", "--rubric", "model.toml", "--format", "json"];
    args.extend(files);
    serde_json::from_str(&stdout(&vendorcard(dir, &args))).unwrap()
}

fn criterion<'a>(vendor: &'a Value, id: &str) -> &'a Value {
    vendor["categories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["criteria"].as_array().unwrap())
        .find(|c| c["id"] == id)
        .unwrap()
}

fn close(actual: &Value, expected: f64, what: &str) {
    let actual = actual.as_f64().unwrap_or_else(|| panic!("{what} is not a number: {actual}"));
    assert!((actual - expected).abs() < 1e-9, "{what}: {actual}, expected {expected}");
}

const BASES: &str = r#"
vendor = "Basis"
rubric = "model"
[evidence.hours]
value = "7x24"
basis = "observed"
[evidence.on_site]
value = "included"
[evidence.csm]
value = true
basis = "reference"
[evidence.day_rate]
cost = { amount = 900, currency = "USD", per = "day" }
verified = true
"#;

#[test]
fn each_basis_keeps_the_share_of_its_score_the_rubric_gives_it() {
    let dir = setup(&[("basis.toml", BASES)]);
    let card = json(dir.path(), &["basis.toml"]);
    let vendor = &card["vendors"][0];
    // hours observed: 5; on_site claimed: 5 × 0.6 = 3; csm reference: 5 × 0.9 = 4.5.
    close(&criterion(vendor, "hours")["score"], 5.0, "observed");
    close(&criterion(vendor, "on_site")["score"], 3.0, "claimed");
    close(&criterion(vendor, "csm")["score"], 4.5, "reference");
    assert_eq!(criterion(vendor, "csm")["basis"], "reference");
    // Care: (5 + 3 + 4.5) / 3 = 4.1667 of 5, ¾ of the total; price: 900 ≤ 1000 → 5, ¼.
    // Total = 100 × (¾ × 12.5/15 + ¼ × 5/5) = 62.5 + 25 = 87.5.
    close(&vendor["total"], 87.5, "total");
    // Coverage by basis: care's three criteria are ¼ of the total each; the day rate ¼.
    close(&vendor["coverage_by_basis"]["observed"], 0.5, "observed coverage (hours, day rate)");
    close(&vendor["coverage_by_basis"]["claimed"], 0.25, "claimed coverage (on_site)");
    close(&vendor["coverage_by_basis"]["reference"], 0.25, "reference coverage (csm)");
    close(&vendor["verified_coverage"], 0.5, "verified = observed");
}

const CONDITIONAL: &str = r#"
vendor = "Tiered"
rubric = "model"
[evidence.hours]
value = "7x24"
basis = "observed"
condition = "Enterprise plan"
[evidence.on_site]
value = "paid"
basis = "reference"
condition = "Enterprise plan"
cost = { amount = 1500, currency = "USD", per = "day" }
[evidence.csm]
value = true
verified = true
[evidence.day_rate]
cost = { amount = 1500, currency = "USD", per = "day" }
basis = "observed"
"#;

#[test]
fn a_benefit_under_a_condition_scores_lower_and_its_cost_is_shown_as_quoted() {
    let dir = setup(&[("tiered.toml", CONDITIONAL)]);
    let card = json(dir.path(), &["tiered.toml"]);
    let vendor = &card["vendors"][0];
    // hours: 5 × conditional 0.8 = 4; on_site: `paid` 3 × reference 0.9 × conditional 0.8 = 2.16.
    close(&criterion(vendor, "hours")["score"], 4.0, "conditional");
    close(&criterion(vendor, "on_site")["score"], 2.16, "reference and conditional");
    close(&criterion(vendor, "on_site")["discount"]["factor"], 0.72, "0.9 × 0.8");
    // The cost criterion: 1500 is over 1000, within 2000 → 3.
    close(&criterion(vendor, "day_rate")["score"], 3.0, "cost band");
    // Total = 100 × (¾ × (4 + 2.16 + 5)/15 + ¼ × 3/5) = 55.8 + 15 = 70.8.
    close(&vendor["total"], 70.8, "total");

    let detail = stdout(&vendorcard(
        dir.path(),
        &["compare", "--rubric", "model.toml", "tiered.toml", "--detail", "--format", "markdown"],
    ));
    // (Markdown: the notes are not wrapped to a terminal's width.)
    assert!(detail.contains("† Tiered: `hours` only Enterprise plan"), "{detail}");
    assert!(detail.contains("`on_site`: 1500 USD per day (only Enterprise plan)"), "{detail}");
    assert!(detail.contains("`day_rate`: 1500 USD per day"), "{detail}");
    assert!(!detail.contains("Mixed currencies"), "one currency: {detail}");
}

#[test]
fn costs_in_several_currencies_are_flagged_and_never_converted() {
    let yuan = CONDITIONAL.replace("vendor = \"Tiered\"", "vendor = \"Yuan\"").replace(
        "amount = 1500, currency = \"USD\", per = \"day\" }\n[evidence.csm]",
        "amount = 9000, currency = \"CNY\", per = \"day\" }\n[evidence.csm]",
    );
    let dir = setup(&[("tiered.toml", CONDITIONAL), ("yuan.toml", &yuan)]);
    let detail = stdout(&vendorcard(
        dir.path(),
        &["compare", "--rubric", "model.toml", "tiered.toml", "yuan.toml", "--detail", "--format", "markdown"],
    ));
    assert!(detail.contains("9000 CNY per day"), "{detail}");
    assert!(detail.contains("Mixed currencies (USD, CNY)"), "{detail}");
    // The cost criterion itself refuses a price in another currency, at its place.
    let refused = yuan.replace(
        "cost = { amount = 1500, currency = \"USD\", per = \"day\" }\nbasis",
        "cost = { amount = 9000, currency = \"CNY\", per = \"day\" }\nbasis",
    );
    let dir = setup(&[("yuan.toml", &refused)]);
    let output = vendorcard(dir.path(), &["check", "--rubric", "model.toml", "yuan.toml"]);
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("`day_rate` scores costs in USD per day; this one is 9000 CNY per day"), "{err}");
    assert!(err.contains("yuan.toml:17:8"), "located at the cost: {err}");
}

const CONTRADICTED: &str = r#"
vendor = "Nightless"
rubric = "model"
[evidence.hours]
value = "business-hours"
basis = "observed"
source = "P0 drill at 02:00 on 2026-10-03, answered 06:10"
claim = { value = "7x24", source = "Sales deck, slide 9" }
[evidence.on_site]
value = "included"
basis = "observed"
claim = { value = "paid" }
"#;

#[test]
fn a_claim_contradicted_by_an_observation_is_found_in_every_output() {
    let dir = setup(&[("nightless.toml", CONTRADICTED)]);
    let path = dir.path();
    // check: a warning at the claim.
    let checked = vendorcard(path, &["check", "--rubric", "model.toml", "nightless.toml"]);
    assert!(checked.status.success());
    let err = String::from_utf8_lossy(&checked.stderr);
    assert!(err.contains("the vendor's claim for `hours` (7x24) is contradicted by what was observed (business-hours)"));
    assert!(err.contains("nightless.toml:8:9"), "at the claim: {err}");
    assert_eq!(err.matches("is contradicted").count(), 1, "`paid` is not better than `included`: {err}");

    // JSON: the observation scores, less the penalty: `business-hours` 1 − 0.5 = 0.5.
    let card = json(path, &["nightless.toml"]);
    let vendor = &card["vendors"][0];
    let hours = criterion(vendor, "hours");
    close(&hours["score"], 0.5, "observed 1 minus the penalty 0.5");
    assert_eq!(hours["contradiction"]["claimed"], "7x24");
    assert_eq!(hours["contradiction"]["observed"], "business-hours");
    close(&hours["contradiction"]["penalty"], 0.5, "penalty");
    assert_eq!(vendor["contradictions"].as_array().unwrap().len(), 1);
    // on_site: included (5), observed; its claim `paid` is worse, so no finding and no penalty.
    close(&criterion(vendor, "on_site")["score"], 5.0, "an uncontradicted claim");
    assert!(criterion(vendor, "on_site")["contradiction"].is_null());
    // Total = 100 × ¾ × (0.5 + 5 + 0)/15 = 27.5 (the day rate and csm are missing).
    close(&vendor["total"], 27.5, "total");

    let compare = stdout(&vendorcard(path, &["compare", "--rubric", "model.toml", "nightless.toml"]));
    assert!(compare.contains("Contradicted claims: 1"), "{compare}");
    assert!(compare.contains("! Nightless: 1 claim contradicted — `hours`."), "{compare}");

    let explain = stdout(&vendorcard(path, &["explain", "Nightless", "--rubric", "model.toml", "nightless.toml"]));
    assert!(explain.contains("claim      7x24 (Sales deck, slide 9): CONTRADICTED"), "{explain}");
    assert!(explain.contains("penalty    claim contradicted: − 0.5 (contradiction_penalty) = 0.5"), "{explain}");
    assert!(explain.contains("Claims contradicted (1): `hours`: claimed 7x24, observed business-hours."), "{explain}");

    let markdown =
        stdout(&vendorcard(path, &["compare", "--rubric", "model.toml", "nightless.toml", "--format", "markdown"]));
    assert!(markdown.contains("Nightless: 1 claim contradicted — `hours`."), "{markdown}");

    let csv = stdout(&vendorcard(path, &["compare", "--rubric", "model.toml", "nightless.toml", "--format", "csv"]));
    assert!(csv.contains("`hours`: claimed 7x24, observed business-hours"), "{csv}");
    let long = stdout(&vendorcard(
        path,
        &["compare", "--rubric", "model.toml", "nightless.toml", "--format", "csv", "--csv-shape", "long"],
    ));
    let hours_row = long.lines().find(|l| l.contains(",hours,")).unwrap();
    // basis, date, condition, cost amount, currency, period, claim, contradicted.
    assert!(hours_row.contains(",observed,,,,,,7x24,true,"), "{hours_row}");

    let xlsx = path.join("out.xlsx");
    let xlsx_arg = xlsx.display().to_string();
    stdout(&vendorcard(path, &["compare", "--rubric", "model.toml", "nightless.toml", "--export-xlsx", &xlsx_arg]));
    let summary = sheet(&xlsx, "xl/worksheets/sheet2.xml");
    // The workbook names the criterion as the rubric does (`hours` is "Support hours").
    assert!(summary.contains("Nightless: 1 claim contradicted — Support hours: claimed 7x24, observed business-hours."));
    let evidence = sheet(&xlsx, "xl/worksheets/sheet6.xml");
    assert!(evidence.contains("Contradicted") && evidence.contains(">7x24<"), "{evidence}");
    // So does the report.
    let html = path.join("out.html");
    let html_arg = html.display().to_string();
    stdout(&vendorcard(path, &["compare", "--rubric", "model.toml", "nightless.toml", "--export-html", &html_arg]));
    let report = fs::read_to_string(&html).unwrap();
    assert!(report.contains("Support hours: claimed 7x24, observed business-hours"), "{report}");
}

/// One sheet's XML from a workbook.
fn sheet(xlsx: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(fs::File::open(xlsx).unwrap()).unwrap();
    let mut text = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// With one qualified vendor, `--drivers` compares it with the best
/// disqualified one and says, per failed gate, the smallest change of
/// evidence that passes it.
#[test]
fn drivers_with_one_qualified_vendor_say_what_the_others_need() {
    let tiny = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_inputs/tiny.toml");
    let vendor = |name: &str, p0: &str, sla: bool| {
        format!(
            "vendor = \"{name}\"\nrubric = \"tiny\"\n[evidence.p0_first_response]\nvalues = [{p0}]\nverified = true\n\
             [evidence.written_sla]\nvalue = {sla}\nverified = true\n[evidence.support_hours]\nvalue = \"7x24\"\n"
        )
    };
    let dir = setup(&[("a.toml", &vendor("Able", "12", true)), ("b.toml", &vendor("Brisk", "170, 180", false))]);
    let text = stdout(&vendorcard(
        dir.path(),
        &["compare", "--rubric", tiny, "a.toml", "b.toml", "--drivers", "--format", "markdown"],
    ));
    // Able: p0 12 → 5 (3 of 6 speed weight), hours 5 (2 of 6), hard case missing; speed ⅔ of
    // the total: ⅔ × (15 + 10)/30 = 55.56; care ⅓ × written_sla 5 of 3 criteria = 11.11: 66.67.
    // Brisk: p90 of [170, 180] = 179 → 1 (≤ 240); ⅔ × (3 + 10)/30 = 28.89; written_sla false → 0.
    assert!(text.contains("1\\. Able leads the best disqualified vendor, Brisk by 37.8"), "{text}");
    assert!(text.contains("Brisk: `p0_first_response` score 1 is below the gate of 2 (of 5); to pass: p90 of at most 120 minutes (now 179 minutes)"), "{text}");
    assert!(
        text.contains("Brisk: `written_sla` must be true, evidence says false; to pass: evidence that it is true"),
        "{text}"
    );
}
