//! End-to-end: the `vendorcard` binary as a user runs it.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// A folder holding the given files.
fn folder(files: &[(&str, &str)]) -> TempDir {
    let dir = TempDir::new().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn path(dir: &TempDir, name: &str) -> String {
    dir.path().join(name).display().to_string()
}

fn records(csv_text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    let rows = reader.records().collect::<Result<Vec<_>, _>>().expect("every row parses");
    (headers, rows)
}

fn field<'a>(headers: &csv::StringRecord, row: &'a csv::StringRecord, name: &str) -> &'a str {
    let index = headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column `{name}`"));
    &row[index]
}

// ---------------------------------------------------------------- main path

#[test]
fn compare_ranks_every_sample_vendor_with_the_built_in_rubric() {
    let output = vendorcard(&["compare", "samples/"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let table = stdout(&output);
    for vendor in ["Aurora Signal", "云雀通信 Yunque", "Quillstack Cloud", "PennyPush", "Vortexa Live"] {
        assert!(table.contains(vendor), "{vendor} missing from\n{table}");
    }
    for header in ["Vendor", "Status", "Total", "Coverage", "Speed", "Depth", "Resolve", "Attitude", "Docs", "Channels"]
    {
        assert!(table.contains(header), "header {header} missing from\n{table}");
    }
    // The disqualified vendor comes last even though its total is not the lowest,
    // and the gate it failed is named.
    let rows: Vec<&str> = table.lines().filter(|line| line.starts_with(|c: char| c.is_ascii_digit())).collect();
    assert_eq!(rows.len(), 5, "{table}");
    let last_row = rows[4];
    assert!(last_row.contains("Vortexa Live") && last_row.contains("disqualified"), "{last_row}");
    assert!(table.contains("Vortexa Live is disqualified: `written_sla`"), "{table}");
    // Piped output is laid out for 100 columns.
    let widest = table.lines().map(|line| line.chars().count()).max().unwrap();
    assert!(widest <= 100, "a line is {widest} columns wide:\n{table}");
}

#[test]
fn output_is_byte_identical_from_run_to_run() {
    for format in ["table", "csv", "json", "markdown"] {
        let first = vendorcard(&["compare", "samples/", "--format", format, "--detail"]);
        let second = vendorcard(&["compare", "samples/", "--format", format, "--detail"]);
        assert!(first.status.success());
        assert_eq!(first.stdout, second.stdout, "{format} differs between runs");
    }
}

#[test]
fn detail_lists_every_criterion_of_the_rubric() {
    let output = vendorcard(&["compare", "samples/", "--detail"]);
    assert!(output.status.success());
    let table = stdout(&output);
    let rubric = vendorcard::builtin::get("sdk-support").unwrap().to_string();
    let names: Vec<&str> = rubric
        .lines()
        .filter_map(|line| line.trim().strip_prefix("name = \""))
        .map(|rest| rest.trim_end_matches('"'))
        .collect();
    assert!(names.len() > 30, "expected the rubric's criteria, found {names:?}");
    for name in names.iter().skip(1) {
        // The table may wrap a long name; its first word is on the row.
        let first_word = name.split_whitespace().next().unwrap();
        assert!(table.contains(first_word), "`{name}` missing from the detail table");
    }
}

// ---------------------------------------------------------------- CSV and JSON

#[test]
fn both_csv_shapes_parse_back_and_long_contributions_sum_to_the_summary_total() {
    let summary = vendorcard(&["compare", "samples/", "--format", "csv"]);
    let long = vendorcard(&["compare", "samples/", "--format", "csv", "--csv-shape", "long"]);
    assert!(summary.status.success() && long.status.success());

    let (headers, rows) = records(&stdout(&summary));
    let provenance =
        "rubric_id,rubric_version,rubric_sha256,evidence_file,evidence_sha256,evaluated_on,vendorcard_version";
    let expected = format!(
        "rank,vendor,status,total,response_speed,technical_depth,resolution,attitude,documentation,\
         dedicated_channels,coverage,verified_coverage,failed_gates,claimed_coverage,reference_coverage,contradicted_claims,{provenance}"
    );
    assert_eq!(headers.iter().collect::<Vec<_>>().join(","), expected);
    assert_eq!(rows.len(), 5);

    let (long_headers, long_rows) = records(&stdout(&long));
    let expected = format!(
        "rank,vendor,status,category,criterion,kind,evidence,aggregate,unit,score,scale,criterion_share,\
         category_share,contribution,missing,excluded,verified,gate_passed,source,note,\
         basis,date,condition,cost_amount,cost_currency,cost_per,claim,contradicted,{provenance}"
    );
    assert_eq!(long_headers.iter().collect::<Vec<_>>().join(","), expected);
    // Each number carries its unit: sdk-support times P1's first response in
    // minutes and P2's in hours, so 0.45 and 17.1 are never read as one scale.
    let unit_of = |criterion: &str| {
        long_rows
            .iter()
            .find(|r| field(&long_headers, r, "criterion") == criterion)
            .map(|r| field(&long_headers, r, "unit"))
    };
    assert_eq!(unit_of("p1_first_response"), Some("minutes"));
    assert_eq!(unit_of("p2_first_response"), Some("hours"));
    let criteria = long_rows.len() / rows.len();
    assert_eq!(long_rows.len(), criteria * rows.len(), "every vendor has the same criteria rows");

    for row in &rows {
        let vendor = field(&headers, row, "vendor");
        let total: f64 = field(&headers, row, "total").parse().unwrap();
        let contributions: f64 = long_rows
            .iter()
            .filter(|r| field(&long_headers, r, "vendor") == vendor)
            .map(|r| field(&long_headers, r, "contribution").parse::<f64>().unwrap())
            .sum();
        // Each cell is rounded to 10 decimals: 36 of them differ from the exact sum by < 36 × 5e-11.
        assert!((contributions - total).abs() < 1e-8, "{vendor}: contributions {contributions} vs total {total}");

        // Category scores in the summary are the share-weighted criterion scores of the long shape.
        for category in ["response_speed", "documentation"] {
            let summary_score: f64 = field(&headers, row, category).parse().unwrap();
            let from_long: f64 = long_rows
                .iter()
                .filter(|r| {
                    field(&long_headers, r, "vendor") == vendor && field(&long_headers, r, "category") == category
                })
                .map(|r| {
                    let share: f64 = field(&long_headers, r, "criterion_share").parse().unwrap();
                    let score: f64 = field(&long_headers, r, "score").parse().unwrap();
                    share * score
                })
                .sum();
            assert!((summary_score - from_long).abs() < 1e-8, "{vendor} {category}: {summary_score} vs {from_long}");
        }
    }
}

#[test]
fn json_holds_the_rubric_and_every_vendor_category_and_criterion() {
    let output = vendorcard(&["compare", "samples/", "--format", "json"]);
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["rubric"]["id"], "sdk-support");
    assert_eq!(json["rubric"]["name"], "SDK vendor after-sales support");
    assert_eq!(json["rubric"]["version"], "1.3.1");
    let vendors = json["vendors"].as_array().unwrap();
    assert_eq!(vendors.len(), 5);
    let categories = json["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 6);
    let criteria: usize = categories.iter().map(|c| c["criteria"].as_array().unwrap().len()).sum();
    for vendor in vendors {
        let total = vendor["total"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&total));
        let scored: Vec<&serde_json::Value> =
            vendor["categories"].as_array().unwrap().iter().flat_map(|c| c["criteria"].as_array().unwrap()).collect();
        assert_eq!(scored.len(), criteria, "{}", vendor["vendor"]);
        let sum: f64 = scored.iter().map(|c| c["contribution"].as_f64().unwrap()).sum();
        assert!((sum - total).abs() < 1e-9);
        for criterion in scored {
            for key in ["id", "score", "share", "category_share", "contribution", "state", "verified", "evidence"] {
                assert!(criterion.get(key).is_some(), "criterion lacks `{key}`: {criterion}");
            }
        }
    }
}

// ---------------------------------------------------------------- bad input

const RUBRIC: &str = r#"id = "tiny"
name = "Tiny"
version = "1"
scale = 5

[[category]]
id = "speed"
name = "Speed"
weight = 1

  [[category.criterion]]
  id = "first_response"
  name = "First response"
  kind = "number"
  better = "lower"
  aggregate = "median"
  bands = [[30, 5], [60, 3], [240, 1]]
  weight = 1

  [[category.criterion]]
  id = "hours"
  name = "Support hours"
  kind = "choice"
  options = { "7x24" = 5, "business" = 1 }
  weight = 1

  [[category.criterion]]
  id = "written_sla"
  name = "Written SLA"
  kind = "flag"
  weight = 1
"#;

/// Runs `compare` on a tiny rubric and one evidence file; expects exit 1 and
/// a diagnostic naming `file:line:col` and containing `message`.
fn assert_rejected(rubric: &str, evidence: &str, culprit: &str, line_col: &str, message: &str) {
    let dir = folder(&[("rubric.toml", rubric), ("acme.toml", evidence)]);
    let output = vendorcard(&["compare", &path(&dir, "acme.toml"), "--rubric", &path(&dir, "rubric.toml")]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(output.stdout.is_empty(), "nothing is scored: {}", stdout(&output));
    let location = format!("{}:{line_col}", path(&dir, culprit));
    assert!(err.contains(&location), "expected `{location}` in\n{err}");
    assert!(err.contains(message), "expected `{message}` in\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

const HEADER: &str = "vendor = \"Acme\"\nrubric = \"tiny\"\n\n";

#[test]
fn malformed_toml_is_located() {
    let evidence = format!("{HEADER}[evidence.first_response\nvalues = [12]\n");
    // Line 4, after the 24 characters of `[evidence.first_response`.
    assert_rejected(RUBRIC, &evidence, "acme.toml", "4:25", "expected `]`");
}

#[test]
fn unknown_criterion_key_is_located_and_the_nearest_id_suggested() {
    let evidence = format!("{HEADER}[evidence.frist_response]\nvalues = [12]\n");
    assert_rejected(RUBRIC, &evidence, "acme.toml", "4:11", "no criterion `frist_response`");
    let dir = folder(&[("rubric.toml", RUBRIC), ("acme.toml", &evidence)]);
    let output = vendorcard(&["check", &path(&dir, "acme.toml"), "--rubric", &path(&dir, "rubric.toml")]);
    assert!(stderr(&output).contains("did you mean `first_response`?"), "{}", stderr(&output));
}

#[test]
fn wrong_evidence_type_for_a_kind_is_located() {
    let evidence = format!("{HEADER}[evidence.written_sla]\nvalue = \"yes\"\n");
    assert_rejected(RUBRIC, &evidence, "acme.toml", "5:9", "`written_sla` is a `flag` criterion");
}

#[test]
fn unknown_choice_option_is_located() {
    let evidence = format!("{HEADER}[evidence.hours]\nvalue = \"24x7\"\n");
    assert_rejected(RUBRIC, &evidence, "acme.toml", "5:9", "`24x7` is not an option of `hours`");
}

#[test]
fn negative_weight_is_located_in_the_rubric() {
    let rubric = RUBRIC.replacen(
        "weight = 1\n\n  [[category.criterion]]\n  id = \"first_response\"",
        "weight = -2\n\n  [[category.criterion]]\n  id = \"first_response\"",
        1,
    );
    assert_ne!(rubric, RUBRIC);
    let evidence = format!("{HEADER}[evidence.written_sla]\nvalue = true\n");
    // `weight = -2` is line 9; the value starts at column 10.
    assert_rejected(&rubric, &evidence, "rubric.toml", "9:10", "weight");
}

#[test]
fn unknown_key_in_an_evidence_item_is_located() {
    let evidence = format!("{HEADER}[evidence.first_response]\nvalues = [12]\nsauce = \"drill 1\"\n");
    assert_rejected(RUBRIC, &evidence, "acme.toml", "6:1", "unknown key `sauce`");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let evidence = format!("{HEADER}[evidence.hours]\nvalue = \"24x7\"\n\n[evidence.written_sla]\nvalue = 3\n");
    let dir = folder(&[("rubric.toml", RUBRIC), ("acme.toml", &evidence)]);
    let output = vendorcard(&["check", &path(&dir, "acme.toml"), "--rubric", &path(&dir, "rubric.toml")]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(err.contains("acme.toml:5:9") && err.contains("acme.toml:8:9"), "{err}");
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    // 17 MiB of comments: valid TOML, but over the 16 MiB limit.
    let line = format!("# {}\n", "x".repeat(1022));
    let huge = format!("vendor = \"Big\"\nrubric = \"sdk-support\"\n{}", line.repeat(17 * 1024));
    let dir = folder(&[("big.toml", &huge)]);
    let output = vendorcard(&["check", &path(&dir, "big.toml")]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("larger than 16 MiB"), "{}", stderr(&output));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["compare"][..],
        &["compare", "samples/", "--format", "xml"],
        &["compare", "samples/", "--csv-shape", "wide"],
        &["frobnicate"],
    ] {
        let output = vendorcard(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn an_unknown_built_in_rubric_name_is_a_usage_error() {
    let output = vendorcard(&["compare", "samples/", "--rubric", "sdk-suport"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("sdk-support"), "{}", stderr(&output));
}

#[test]
fn a_missing_evidence_path_is_bad_input() {
    let output = vendorcard(&["compare", "no/such/folder"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no/such/folder"), "{}", stderr(&output));
}

// ---------------------------------------------------------------- output files

#[test]
fn an_export_never_replaces_an_existing_file_without_force() {
    let dir = folder(&[("scores.csv", "precious spreadsheet\n")]);
    let target = path(&dir, "scores.csv");
    let output = vendorcard(&["compare", "samples/", "--export-csv", &target]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("--force"), "{}", stderr(&output));
    assert_eq!(fs::read(&target).unwrap(), b"precious spreadsheet\n");
    assert_only_file(dir.path(), "scores.csv");

    let output = vendorcard(&["compare", "samples/", "--export-csv", &target, "--force"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = fs::read_to_string(&target).unwrap();
    let printed = stdout(&vendorcard(&["compare", "samples/", "--format", "csv"]));
    // Plus the byte-order mark an export starts with (for Excel; docs/formats.md).
    assert_eq!(written, format!("\u{feff}{printed}"), "the export holds what --format csv prints");
    assert_only_file(dir.path(), "scores.csv");
}

#[test]
fn a_failed_export_writes_nothing_and_keeps_the_old_file() {
    let dir = folder(&[("report.json", "{\"old\": true}\n")]);
    let target = path(&dir, "report.json");
    // The CSV export's folder does not exist, so that export fails; the JSON one must not be touched.
    let missing = path(&dir, "nowhere/scores.csv");
    let output = vendorcard(&["compare", "samples/", "--export-json", &target, "--export-csv", &missing, "--force"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("nowhere"), "{}", stderr(&output));
    assert_eq!(fs::read_to_string(&target).unwrap(), "{\"old\": true}\n");
    assert_only_file(dir.path(), "report.json");
}

#[test]
fn one_refused_export_means_no_export_is_written() {
    // Whatever order the exports are written in, the existing JSON file stops all three.
    let dir = folder(&[("report.json", "{\"old\": true}\n")]);
    let output = vendorcard(&[
        "compare",
        "samples/",
        "--export-csv",
        &path(&dir, "scores.csv"),
        "--export-markdown",
        &path(&dir, "scores.md"),
        "--export-json",
        &path(&dir, "report.json"),
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(output.stdout.is_empty(), "nothing printed when the exports fail");
    assert_eq!(fs::read_to_string(path(&dir, "report.json")).unwrap(), "{\"old\": true}\n");
    assert_only_file(dir.path(), "report.json");
}

fn assert_only_file(dir: &Path, name: &str) {
    let names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, [name], "stray files left behind");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["compare", "samples/", "--detail", "--format", "csv", "--csv-shape", "long"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close our end before reading anything, like `| head -0`.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
}

// ---------------------------------------------------------------- formula injection

#[test]
fn exported_csv_neutralises_formulas_and_keeps_numbers() {
    let evidence = "vendor = '=HYPERLINK(\"http://x\",\"click\")'\nrubric = \"tiny\"\n\n\
                    [evidence.first_response]\nvalues = [-5, 20]\nnote = \"@SUM(A1:A9)\"\nsource = \"+drill\"\n\n\
                    [evidence.written_sla]\nvalue = true\n\n[evidence.hours]\nvalue = \"7x24\"\n";
    let dir = folder(&[("rubric.toml", RUBRIC), ("evil.toml", evidence)]);
    let rubric = path(&dir, "rubric.toml");
    let evil = path(&dir, "evil.toml");
    let long = path(&dir, "long.csv");
    let summary = path(&dir, "summary.csv");
    let output = vendorcard(&["compare", &evil, "--rubric", &rubric, "--csv-shape", "long", "--export-csv", &long]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(vendorcard(&["compare", &evil, "--rubric", &rubric, "--export-csv", &summary]).status.success());

    let text = fs::read_to_string(&long).unwrap();
    // As text: every dangerous cell starts with a quote, inside the CSV quoting.
    assert!(text.contains(r#""'=HYPERLINK(""http://x"",""click"")""#), "{text}");
    assert!(text.contains(",'@SUM(A1:A9)"), "{text}");
    assert!(text.contains(",'+drill,"), "{text}");
    assert!(!text.contains(",=") && !text.contains(",@") && !text.contains(",+"), "{text}");
    // Numbers stay numbers: evidence [-5, 20] has median 7.5, within 30 → score 5,
    // and the contribution of one of three equal criteria is 100/3.
    let (headers, rows) = records(&text);
    let first = rows.iter().find(|r| field(&headers, r, "criterion") == "first_response").unwrap();
    assert_eq!(field(&headers, first, "aggregate"), "7.5");
    assert_eq!(field(&headers, first, "score"), "5");
    assert_eq!(field(&headers, first, "contribution"), "33.3333333333");
    // A negative observation inside the evidence text is kept as written, behind the quote.
    assert_eq!(field(&headers, first, "evidence"), "'-5; 20");

    let text = fs::read_to_string(&summary).unwrap();
    let (headers, rows) = records(&text);
    assert_eq!(field(&headers, &rows[0], "vendor"), r#"'=HYPERLINK("http://x","click")"#);
    assert_eq!(field(&headers, &rows[0], "total"), "100");

    let raw = vendorcard(&["compare", &evil, "--rubric", &rubric, "--format", "csv", "--raw-csv"]);
    let (headers, rows) = records(&stdout(&raw));
    assert_eq!(field(&headers, &rows[0], "vendor"), r#"=HYPERLINK("http://x","click")"#);
}

// ---------------------------------------------------------------- ticket logs

#[test]
fn tickets_reports_every_sample_log_per_severity() {
    let output = vendorcard(&["tickets", "samples/", "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["format_version"], 1);
    let vendors = json["vendors"].as_array().unwrap();
    assert_eq!(vendors.len(), 5);
    for vendor in vendors {
        let severities = vendor["severities"].as_array().unwrap();
        let (all, each) = severities.split_last().unwrap();
        assert_eq!(all["severity"], "all");
        let sum: u64 = each.iter().map(|s| s["tickets"].as_u64().unwrap()).sum();
        assert_eq!(all["tickets"].as_u64(), Some(sum), "{}", vendor["vendor"]);
    }
    let named = |name: &str| vendors.iter().find(|v| v["vendor"] == name).unwrap();
    // Quillstack's POC filed no P3 ticket; Freshdesk exports no reopen counts.
    let quillstack: Vec<_> =
        named("Quillstack Cloud")["severities"].as_array().unwrap().iter().map(|s| s["severity"].clone()).collect();
    assert_eq!(quillstack, ["P0", "P1", "P2", "all"]);
    assert!(named("PennyPush")["severities"][0]["reopen_rate"].is_null());
    // Vortexa has no [sla]: no targets, no adherence.
    assert!(named("Vortexa Live")["severities"][0]["first_response_sla"].is_null());

    let table = stdout(&vendorcard(&["tickets", "samples/aurora-signal.toml"]));
    assert!(table.contains("First response") && table.contains("SLA clock 7x24"), "{table}");
}

#[test]
fn scores_use_the_ticket_log_and_say_so() {
    let output = vendorcard(&["compare", "samples/", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let aurora = json["vendors"].as_array().unwrap().iter().find(|v| v["vendor"] == "Aurora Signal").unwrap();
    let p0 = &aurora["categories"][0]["criteria"][0];
    assert_eq!(p0["id"], "p0_first_response");
    let source = p0["source"].as_str().unwrap();
    assert!(source.starts_with("ticket logs aurora-tickets.csv: p90 of 8 answered of 8 P0 tickets"), "{source}");
    assert_eq!(p0["verified"], true);
}

#[test]
fn skip_bad_rows_leaves_them_out_and_counts_them() {
    let log = "Ticket,Opened,First reply,Severity\n\
               A-1,2026-10-05 10:00,12,urgent\n\
               A-2,2026-10-05 11:00,not a time,urgent\n\
               A-3,2026-10-05 12:00,30,urgent\n\
               A-4,2026-10-05 13:00,20,critical\n\
               A-5,2026-10-05 14:00,15,urgent\n";
    let evidence = "vendor = \"Acme\"\nrubric = \"sdk-support\"\n\n[[tickets]]\nfile = \"log.csv\"\n\
                    columns = { id = \"Ticket\", opened = \"Opened\", first_response = \"First reply\", severity = \"Severity\" }\n\
                    severity = { urgent = \"P0\" }\n";
    let dir = folder(&[("log.csv", log), ("acme.toml", evidence)]);
    let acme = path(&dir, "acme.toml");

    let refused = vendorcard(&["tickets", &acme]);
    assert_eq!(refused.status.code(), Some(1));
    let err = stderr(&refused);
    // Line 3 is ticket A-2; before its third cell come `A-2,` (4) and `2026-10-05 11:00,` (17):
    // 21 characters, so the cell starts at column 22.
    assert!(err.contains("log.csv:3:22") && err.contains("ticket A-2"), "{err}");
    assert!(err.contains("log.csv:5:") && err.contains("severity `critical`"), "{err}");

    let output = vendorcard(&["tickets", &acme, "--skip-bad-rows", "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["vendors"][0]["skipped_rows"], 2);
    let p0 = &json["vendors"][0]["severities"][0];
    // The three good rows: 12, 30, 15 minutes → median 15.
    assert_eq!(p0["tickets"], 3);
    assert_eq!(p0["first_response_minutes"]["median"], 15.0);
    let check = vendorcard(&["check", &acme, "--skip-bad-rows"]);
    assert!(stderr(&check).contains("skipped 2 unreadable rows of `log.csv`"), "{}", stderr(&check));
}
