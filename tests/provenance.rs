//! Every export says which rubric and evidence it rests on, by content hash,
//! and renders as real Markdown tables.

use std::fs;
use std::process::{Command, Output};

use pulldown_cmark::{html, Options, Parser};
use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The rubric hash in the JSON export and in the CSV rows, for a rubric file.
fn hashes(rubric: &str) -> (String, Vec<String>) {
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&vendorcard(&["compare", "samples/", "--rubric", rubric, "--format", "json"])))
            .unwrap();
    let csv = stdout(&vendorcard(&["compare", "samples/", "--rubric", rubric, "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let column = reader.headers().unwrap().iter().position(|h| h == "rubric_sha256").unwrap();
    let rows = reader.records().map(|r| r.unwrap()[column].to_string()).collect();
    (json["provenance"]["rubric"]["sha256"].as_str().unwrap().to_string(), rows)
}

#[test]
fn one_changed_byte_of_the_rubric_changes_its_hash_in_every_export() {
    let dir = TempDir::new().unwrap();
    let original = vendorcard::builtin::get("sdk-support").unwrap().to_string();
    let first = dir.path().join("a.toml");
    let second = dir.path().join("b.toml");
    fs::write(&first, &original).unwrap();
    // One byte: a letter of the description, which changes no score.
    let changed = original.replacen("SDK vendor after-sales support\"", "SDK vendor after-sales supporT\"", 1);
    assert_eq!(changed.len(), original.len());
    assert_ne!(changed, original);
    fs::write(&second, &changed).unwrap();

    let (json_a, csv_a) = hashes(&first.display().to_string());
    let (json_b, csv_b) = hashes(&second.display().to_string());
    assert_eq!(json_a.len(), 64);
    assert_ne!(json_a, json_b);
    assert!(csv_a.iter().all(|h| *h == json_a), "{csv_a:?}");
    assert!(csv_b.iter().all(|h| *h == json_b), "{csv_b:?}");
    // The built-in rubric is the same bytes as the file: the same hash.
    let (builtin, _) = hashes("sdk-support");
    assert_eq!(builtin, json_a);
}

#[test]
fn provenance_names_every_file_with_its_hash_the_tool_and_the_date() {
    let json: serde_json::Value = serde_json::from_str(&stdout(&vendorcard(&[
        "compare",
        "samples/",
        "--format",
        "json",
        "--as-of",
        "2026-11-20",
    ])))
    .unwrap();
    let provenance = &json["provenance"];
    assert_eq!(provenance["evaluated_on"], "2026-11-20");
    assert_eq!(provenance["version"], env!("CARGO_PKG_VERSION"));
    let files = provenance["files"].as_array().unwrap();
    // Five evidence files and five ticket logs.
    assert_eq!(files.iter().filter(|f| f["role"] == "evidence").count(), 5);
    assert_eq!(files.iter().filter(|f| f["role"] == "ticket log").count(), 5);
    for file in files {
        // Checked against coreutils' sha256sum, an independent implementation.
        let path = file["file"].as_str().unwrap();
        let sum = Command::new("sha256sum").arg(path).output().expect("sha256sum (coreutils) runs");
        let expected = String::from_utf8(sum.stdout).unwrap();
        assert_eq!(file["sha256"].as_str().unwrap(), expected.split_whitespace().next().unwrap(), "{path}");
    }
    let hashes: std::collections::HashSet<&str> = files.iter().map(|f| f["sha256"].as_str().unwrap()).collect();
    assert_eq!(hashes.len(), files.len(), "different files, different hashes");
}

/// HTML of GitHub-flavoured Markdown, tables on.
fn render(markdown: &str) -> String {
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(markdown, Options::ENABLE_TABLES));
    out
}

#[test]
fn markdown_output_renders_as_real_tables() {
    // compare: one table, a header row and one row per vendor.
    let compare = render(&stdout(&vendorcard(&["compare", "samples/", "--format", "markdown"])));
    assert_eq!(compare.matches("<table>").count(), 1, "{compare}");
    assert_eq!(compare.matches("<tr>").count(), 1 + 5, "{compare}");
    assert!(compare.contains("<strong>Aurora Signal</strong>"), "the winner is bold");
    // The detail view: one row per criterion and category, plus rank and total rows.
    let detail = render(&stdout(&vendorcard(&["compare", "samples/", "--format", "markdown", "--detail"])));
    assert_eq!(detail.matches("<table>").count(), 1);
    assert_eq!(detail.matches("<tr>").count(), 1 + 1 + 6 + 40 + 1, "{detail}");
    // explain: a table per category, a row per criterion.
    let explain = render(&stdout(&vendorcard(&["explain", "PennyPush", "samples/", "--format", "markdown"])));
    assert_eq!(explain.matches("<table>").count(), 6, "{explain}");
    assert_eq!(explain.matches("<tr>").count(), 6 + 40, "{explain}");
    // No pipe-separated line escaped the tables.
    for html in [&compare, &detail, &explain] {
        assert!(!html.contains("<p>|"), "{html}");
    }
}
