//! The XLSX export, checked by a real spreadsheet engine.
//!
//! LibreOffice (Debian package `libreoffice-calc`) opens each workbook with
//! recalculation on load forced on — so the formulas are evaluated, not the
//! cached results read back — and converts every sheet to CSV. The totals,
//! category scores, coverage and ranks it computes must equal vendorcard's
//! own; and after a weight is changed inside the workbook (by rewriting that
//! one cell of the file, leaving every cached result stale), the ranking
//! LibreOffice computes must follow, equal to `vendorcard compare --weight`.
//!
//! Without `soffice` on the PATH these tests print why and pass; with
//! `VENDORCARD_REQUIRE_SOFFICE=1` (as `.ci/run` sets) they fail instead.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const KNOWN_ANSWER_RUBRIC: &str = "tests/fixtures/known-answer/rubric.toml";
const KNOWN_ANSWER_EVIDENCE: &str = "tests/fixtures/known-answer/evidence";

fn vendorcard(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(args)
        .args(["--as-of", "2026-11-23"])
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "vendorcard {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

/// Runs `compare` with `args`, writing the workbook to `xlsx`; returns the JSON scorecard.
fn export(args: &[&str], xlsx: &Path) -> Value {
    let mut all = args.to_vec();
    all.extend(["--export-xlsx", xlsx.to_str().unwrap()]);
    scorecard(&all)
}

/// The JSON scorecard of `compare` with `args` (no export).
fn scorecard(args: &[&str]) -> Value {
    let mut all = vec!["compare"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    serde_json::from_slice(&vendorcard(&all).stdout).unwrap()
}

/// A headless LibreOffice with its own profile, set to recalculate every
/// formula of an Excel file on load (its default is to trust cached results).
struct LibreOffice {
    profile: tempfile::TempDir,
}

impl LibreOffice {
    fn find() -> Option<LibreOffice> {
        let found = Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success());
        if !found {
            assert!(
                std::env::var_os("VENDORCARD_REQUIRE_SOFFICE").is_none(),
                "VENDORCARD_REQUIRE_SOFFICE is set but `soffice` does not run; install libreoffice-calc"
            );
            eprintln!("skipped: LibreOffice (`soffice`) is not installed; `apt-get install libreoffice-calc` to run this test");
            return None;
        }
        let profile = tempfile::tempdir().unwrap();
        fs::create_dir_all(profile.path().join("user")).unwrap();
        // OOXMLRecalcMode 0 = "always recalculate" for .xlsx files.
        fs::write(
            profile.path().join("user/registrymodifications.xcu"),
            r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
        )
        .unwrap();
        Some(LibreOffice { profile })
    }

    /// Every sheet of `xlsx`, recalculated, as rows of CSV cells, by sheet name.
    fn sheets(&self, xlsx: &Path) -> BTreeMap<String, Vec<Vec<String>>> {
        let out = tempfile::tempdir().unwrap();
        // CSV filter options: comma, double quote, UTF-8, from line 1, …,
        // cell values not "as shown" (full precision), every sheet (-1).
        let status = Command::new("soffice")
            .arg(format!("-env:UserInstallation=file://{}", self.profile.path().display()))
            .args([
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            ])
            .arg("--outdir")
            .arg(out.path())
            .arg(xlsx)
            .output()
            .expect("soffice runs");
        assert!(status.status.success(), "soffice failed: {}", String::from_utf8_lossy(&status.stderr));
        let stem = xlsx.file_stem().unwrap().to_str().unwrap();
        let mut sheets = BTreeMap::new();
        for entry in fs::read_dir(out.path()).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap();
            let sheet = name.strip_prefix(&format!("{stem}-")).expect("LibreOffice names files STEM-SHEET.csv");
            let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_path(&path).unwrap();
            let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
            sheets.insert(sheet.to_string(), rows);
        }
        assert!(
            sheets.contains_key("Summary") || sheets.contains_key("汇总"),
            "no Summary sheet in {:?}",
            sheets.keys()
        );
        sheets
    }
}

/// A spreadsheet number as LibreOffice writes it: `92.0777882205514`, `80.0198412698413%`.
fn number(cell: &str) -> f64 {
    match cell.strip_suffix('%') {
        Some(percent) => percent.parse::<f64>().unwrap() / 100.0,
        None => cell.parse().unwrap_or_else(|_| panic!("'{cell}' is not a number")),
    }
}

/// LibreOffice prints 15 significant digits.
fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "{what}: spreadsheet {actual}, vendorcard {expected}"
    );
}

/// The Summary rows (vendor, row) of a recalculated workbook, by vendor name.
fn summary_rows(sheets: &BTreeMap<String, Vec<Vec<String>>>) -> BTreeMap<String, BTreeMap<String, String>> {
    let summary = &sheets["Summary"];
    let header = &summary[0];
    summary[1..]
        .iter()
        .take_while(|row| !row.iter().all(String::is_empty))
        .map(|row| {
            let cells: BTreeMap<String, String> = header.iter().cloned().zip(row.iter().cloned()).collect();
            (cells["Vendor"].clone(), cells)
        })
        .collect()
}

/// Asserts that the recalculated Summary says what vendorcard's JSON says, vendor by vendor.
fn assert_summary_matches(sheets: &BTreeMap<String, Vec<Vec<String>>>, json: &Value) {
    let rows = summary_rows(sheets);
    let vendors = json["vendors"].as_array().unwrap();
    assert_eq!(rows.len(), vendors.len());
    for vendor in vendors {
        let name = vendor["vendor"].as_str().unwrap();
        let row = &rows[name];
        assert_close(number(&row["Total"]), vendor["total"].as_f64().unwrap(), &format!("{name} total"));
        assert_eq!(number(&row["Rank"]) as u64, vendor["rank"].as_u64().unwrap(), "{name} rank");
        assert_eq!(row["Status"], vendor["status"].as_str().unwrap(), "{name} status");
        assert_close(number(&row["Coverage"]), vendor["coverage"].as_f64().unwrap(), &format!("{name} coverage"));
        assert_close(
            number(&row["Verified coverage"]),
            vendor["verified_coverage"].as_f64().unwrap(),
            &format!("{name} verified coverage"),
        );
        for category in vendor["categories"].as_array().unwrap() {
            let cell = &row[category["name"].as_str().unwrap()];
            if category["excluded"].as_bool().unwrap() {
                assert_eq!(cell, "", "{name}: an excluded category is blank");
            } else {
                let what = format!("{name} {}", category["id"]);
                assert_close(number(cell), category["score"].as_f64().unwrap(), &what);
            }
        }
    }
}

/// The entries of a zip archive, in order.
fn unzip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().unwrap().to_string(), bytes)
        })
        .collect()
}

fn entry<'a>(entries: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    let (_, bytes) = entries.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}"));
    std::str::from_utf8(bytes).unwrap()
}

/// A copy of `xlsx` with one weight changed in the Weights sheet, as a user
/// would edit it: the row is found by its Level and id in the recalculated
/// CSV, the cell rewritten in the sheet's XML. Every cached formula result
/// stays as it was, so only a recalculation can show the new ranking.
fn reweigh(
    xlsx: &Path,
    sheets: &BTreeMap<String, Vec<Vec<String>>>,
    level: &str,
    id: &str,
    from: f64,
    to: f64,
) -> PathBuf {
    let weights = &sheets["Weights"];
    let column = |title: &str| weights[0].iter().position(|h| h == title).unwrap();
    let (level_col, id_col, weight_col) =
        (column("Level"), column(if level == "category" { "Category" } else { "Criterion" }), column("Weight"));
    let line = weights.iter().position(|row| row[level_col] == level && row[id_col] == id).expect("the weight's row");
    let cell = format!("{}{}", char::from(b'A' + weight_col as u8), line + 1);

    let mut entries = unzip(xlsx);
    assert!(entry(&entries, "xl/workbook.xml").contains(r#"<sheet name="Weights" sheetId="5""#));
    let (_, sheet) = entries.iter_mut().find(|(name, _)| name == "xl/worksheets/sheet5.xml").unwrap();
    let xml = String::from_utf8(sheet.clone()).unwrap();
    let start = xml.find(&format!(r#"<c r="{cell}""#)).expect("the weight cell");
    let end = start + xml[start..].find("</c>").unwrap();
    let old = &xml[start..end];
    assert!(old.ends_with(&format!("<v>{from}</v>")), "{cell} holds {old}, not the weight {from}");
    let new = old.replace(&format!("<v>{from}</v>"), &format!("<v>{to}</v>"));
    *sheet = format!("{}{new}{}", &xml[..start], &xml[end..]).into_bytes();

    let variant = xlsx.with_file_name(format!("{}-reweighed.xlsx", xlsx.file_stem().unwrap().to_str().unwrap()));
    let mut writer = zip::ZipWriter::new(fs::File::create(&variant).unwrap());
    for (name, bytes) in &entries {
        writer.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap();
    variant
}

#[test]
fn libreoffice_recalculates_the_totals_vendorcard_prints_and_follows_an_edited_weight() {
    let Some(office) = LibreOffice::find() else { return };
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("samples.xlsx");
    let json = export(&["samples/"], &xlsx);
    let sheets = office.sheets(&xlsx);
    assert_summary_matches(&sheets, &json);
    let leader = |sheets: &BTreeMap<String, Vec<Vec<String>>>| {
        let row = sheets["Summary"].iter().find(|row| row[0] == "Ranked first").expect("the Ranked first line");
        row[2].clone()
    };
    assert_eq!(leader(&sheets), "Aurora Signal");
    // The Decision sheet says the same, and its chart reads the live points table beside it.
    let decided = |sheets: &BTreeMap<String, Vec<Vec<String>>>, label: &str| {
        sheets["Decision"].iter().find(|row| row[0] == label).unwrap_or_else(|| panic!("no {label} line"))[1].clone()
    };
    assert_eq!(decided(&sheets, "Ranked first"), "Aurora Signal");
    let lead = json["vendors"][0]["total"].as_f64().unwrap() - json["vendors"][1]["total"].as_f64().unwrap();
    assert_close(number(&decided(&sheets, "Lead over rank 2 (points)")), lead, "lead");
    // The points table's header is on spreadsheet row `table + 1`, its five vendors below it.
    let table = sheets["Decision"].iter().position(|row| row[0] == "Vendor").expect("the points table");
    let (first, last) = (table + 2, table + 6);
    let entries = unzip(&xlsx);
    let chart = entry(&entries, "xl/charts/chart1.xml");
    for category in 0..json["categories"].as_array().unwrap().len() {
        let column = char::from(b'B' + category as u8);
        assert!(chart.contains(&format!("<c:f>Decision!${column}${first}:${column}${last}</c:f>")), "series {column}");
        assert!(chart.contains(&format!("<c:f>Decision!${column}${}</c:f>", table + 1)), "series name {column}");
    }
    assert!(chart.contains(&format!("<c:f>Decision!$A${first}:$A${last}</c:f>")), "the vendors are its categories");

    // Documentation from 10 to 1000: the documentation score nearly alone decides,
    // and Quillstack Cloud (4.90) overtakes Aurora Signal (4.45).
    let variant = reweigh(&xlsx, &sheets, "category", "documentation", 10.0, 1000.0);
    let recalculated = office.sheets(&variant);
    let expected = scorecard(&["samples/", "--weight", "documentation=1000"]);
    assert_summary_matches(&recalculated, &expected);
    assert_eq!(expected["vendors"][0]["vendor"], "Quillstack Cloud");
    assert_eq!(leader(&recalculated), "Quillstack Cloud");
    assert_eq!(decided(&recalculated, "Ranked first"), "Quillstack Cloud");
    // The chart's cells follow the edit: each vendor's points add up to its new total.
    let decision = &recalculated["Decision"];
    for vendor in expected["vendors"].as_array().unwrap() {
        let row = decision.iter().skip(table + 1).find(|row| row[0] == vendor["vendor"].as_str().unwrap()).unwrap();
        let categories = vendor["categories"].as_array().unwrap();
        for (k, category) in categories.iter().enumerate() {
            assert_close(number(&row[1 + k]), category["contribution"].as_f64().unwrap(), "points after the edit");
        }
    }
    let ranks: Vec<(String, String)> =
        summary_rows(&recalculated).into_iter().map(|(vendor, row)| (row["Rank"].clone(), vendor)).collect();
    assert!(
        ranks.contains(&("1".into(), "Quillstack Cloud".into()))
            && ranks.contains(&("2".into(), "Aurora Signal".into()))
    );
}

#[test]
fn libreoffice_renormalises_excluded_evidence_as_the_engine_does() {
    let Some(office) = LibreOffice::find() else { return };
    let dir = tempfile::tempdir().unwrap();
    let rubric = dir.path().join("rubric.toml");
    let text = fs::read_to_string(KNOWN_ANSWER_RUBRIC).unwrap();
    fs::write(&rubric, text.replace("missing = \"zero\"", "missing = \"exclude\"")).unwrap();
    let rubric = rubric.to_str().unwrap();
    let xlsx = dir.path().join("exclude.xlsx");
    let json = export(&[KNOWN_ANSWER_EVIDENCE, "--rubric", rubric], &xlsx);
    let sheets = office.sheets(&xlsx);
    // Hand-worked in tests/known_answer.rs (missing_exclude_renormalises_the_rest): Wren 41.458333….
    let wren = &summary_rows(&sheets)["Wren"];
    assert!((number(&wren["Total"]) - 41.458_333_333_333).abs() < 1e-9, "{}", wren["Total"]);
    assert_summary_matches(&sheets, &json);

    // A criterion weight edited in the workbook, under exclusion: c1_bands from 2 to 0.
    let variant = reweigh(&xlsx, &sheets, "criterion", "c1_bands", 2.0, 0.0);
    let expected = scorecard(&[KNOWN_ANSWER_EVIDENCE, "--rubric", rubric, "--weight", "c1_bands=0"]);
    assert_summary_matches(&office.sheets(&variant), &expected);
}

#[test]
fn the_workbook_keeps_text_as_text_and_formulas_with_their_results() {
    let dir = tempfile::tempdir().unwrap();
    let evidence = dir.path().join("evidence");
    fs::create_dir(&evidence).unwrap();
    let yara = fs::read_to_string(format!("{KNOWN_ANSWER_EVIDENCE}/yara.toml")).unwrap();
    assert!(yara.contains("vendor = \"Yara\""));
    let hostile = yara.replace("vendor = \"Yara\"", r#"vendor = "=HYPERLINK(\"http://evil.example\",\"Yara\")""#);
    fs::write(evidence.join("yara.toml"), hostile).unwrap();
    let xlsx = dir.path().join("out.xlsx");
    let json = export(&[evidence.to_str().unwrap(), "--rubric", KNOWN_ANSWER_RUBRIC], &xlsx);

    let entries = unzip(&xlsx);
    let workbook = entry(&entries, "xl/workbook.xml");
    for (index, name) in
        ["Decision", "Summary", "Categories", "Criteria", "Weights", "Evidence", "Files"].iter().enumerate()
    {
        assert!(workbook.contains(&format!(r#"<sheet name="{name}" sheetId="{}""#, index + 1)), "{workbook}");
    }
    // The vendor name is a string cell (inline: the sheets are written row by
    // row in constant memory, without a shared-string table), never a formula.
    let summary = entry(&entries, "xl/worksheets/sheet2.xml");
    assert!(
        summary.contains(r#"<c r="C2" t="inlineStr"><is><t>=HYPERLINK("http://evil.example","Yara")</t></is></c>"#),
        "{summary}"
    );
    // On the Decision sheet too it is text: in the points table, never a formula.
    let decision = entry(&entries, "xl/worksheets/sheet1.xml");
    assert!(decision.contains(r#"t="inlineStr"><is><t>=HYPERLINK("http://evil.example","Yara")</t></is></c>"#));
    assert!(decision.split("<f>").skip(1).all(|f| !f[..f.find("</f>").unwrap()].contains("HYPERLINK")));
    let formulas: Vec<&str> = summary.split("<f>").skip(1).map(|f| &f[..f.find("</f>").unwrap()]).collect();
    assert!(formulas.len() > 3 && formulas.iter().all(|f| !f.contains("HYPERLINK")), "{formulas:?}");
    // The total (E2) is a formula with the engine's figure as its cached result:
    // 87.65625, hand-worked in tests/known_answer.rs.
    assert_eq!(json["vendors"][0]["total"], 87.65625);
    let total = &summary[summary.find(r#"<c r="E2""#).unwrap()..];
    let total = &total[..total.find("</c>").unwrap()];
    assert!(total.contains("<f>SUMIFS(Categories!$K$2:$K$3,Categories!$A$2:$A$3,A2)</f>"), "{total}");
    assert!(total.ends_with("<v>87.65625</v>"), "{total}");

    // The same inputs give the same bytes (the creation date is the evaluation date).
    let again = dir.path().join("again.xlsx");
    export(&[evidence.to_str().unwrap(), "--rubric", KNOWN_ANSWER_RUBRIC], &again);
    assert_eq!(fs::read(&xlsx).unwrap(), fs::read(&again).unwrap());

    // The workbook states the effective weights: the Weights sheet holds the
    // adjusted weight (c1_bands, criterion 1, in row 3 under its category) and the
    // Summary says what adjusted it.
    let adjusted = dir.path().join("adjusted.xlsx");
    export(&[evidence.to_str().unwrap(), "--rubric", KNOWN_ANSWER_RUBRIC, "--weight", "c1_bands=0"], &adjusted);
    let entries = unzip(&adjusted);
    assert!(entry(&entries, "xl/worksheets/sheet2.xml").contains("Weights adjusted for this run: --weight c1_bands=0."));
    let weights = entry(&entries, "xl/worksheets/sheet5.xml");
    let cell = &weights[weights.find(r#"<c r="G3""#).unwrap()..];
    assert!(cell[..cell.find("</c>").unwrap()].ends_with("<v>0</v>"), "{}", &cell[..80]);
}

#[test]
fn text_no_cell_can_hold_is_refused_with_its_place_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let evidence = dir.path().join("evidence");
    fs::create_dir(&evidence).unwrap();
    let yara = fs::read_to_string(format!("{KNOWN_ANSWER_EVIDENCE}/yara.toml")).unwrap();
    let long =
        yara.replace("source = \"drills 1-2\"", &format!("source = \"drills 1-2\"\nnote = \"{}\"", "x".repeat(40_000)));
    assert_ne!(long, yara);
    fs::write(evidence.join("yara.toml"), long).unwrap();
    let xlsx = dir.path().join("out.xlsx");
    let csv = dir.path().join("out.csv");
    let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["compare", evidence.to_str().unwrap(), "--rubric", KNOWN_ANSWER_RUBRIC])
        .args(["--export-csv", csv.to_str().unwrap(), "--export-xlsx", xlsx.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    // Refused while loading, located at the note itself (before any export is rendered).
    assert!(stderr.contains("this text has 40000 characters, more than a spreadsheet cell holds (32767)"), "{stderr}");
    let at = stderr.find("yara.toml:").expect("the file is named");
    assert!(stderr[at + 10..].starts_with(|c: char| c.is_ascii_digit()), "line and column follow: {stderr}");
    assert!(!xlsx.exists() && !csv.exists(), "no export is written when one fails");
}

/// Every sheet prints on A4 landscape, one page wide, with its header row
/// repeated, its name at the top and "Page N of M" at the foot; the helper
/// columns the formulas need (keys, flags, products such as "Weight ×
/// score") are grouped and collapsed, not deleted.
#[test]
fn every_sheet_prints_and_the_helper_columns_are_folded_away() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("print.xlsx");
    export(&["samples/"], &xlsx);
    let entries = unzip(&xlsx);
    let workbook = entry(&entries, "xl/workbook.xml");
    let sheets: Vec<&str> = workbook.split("<sheet name=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    assert_eq!(sheets, ["Decision", "Summary", "Categories", "Criteria", "Weights", "Evidence", "Files"]);
    for (index, name) in sheets.iter().enumerate() {
        let xml = entry(&entries, &format!("xl/worksheets/sheet{}.xml", index + 1));
        assert!(xml.contains(r#"paperSize="9""#) && xml.contains(r#"orientation="landscape""#), "{name}");
        assert!(xml.contains(r#"fitToHeight="0""#), "{name} is not fitted one page wide");
        assert!(xml.contains("<oddHeader>&amp;L&amp;A</oddHeader>"), "{name} has no header");
        assert!(xml.contains("<oddFooter>&amp;RPage &amp;P of &amp;N</oddFooter>"), "{name} has no page numbers");
        assert!(workbook.contains(&format!("{name}!$1:$1")), "{name} does not repeat its header row");
        // Neighbouring columns alike may share one <col min max> element: count the columns.
        let hidden: usize = xml
            .split("<col ")
            .skip(1)
            .map(|col| &col[..col.find("/>").unwrap()])
            .filter(|col| col.contains(r#"hidden="1""#))
            .map(|col| {
                let bound = |key: &str| -> usize {
                    let at = col.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
                    col[at..at + col[at..].find('"').unwrap()].parse().unwrap()
                };
                bound("max") - bound("min") + 1
            })
            .sum();
        let expected = match *name {
            // Vendor #.
            "Summary" => 1,
            // Vendor #, Category #, the category id, the criteria's weight and the weight counted.
            "Categories" => 5,
            // The three keys, the two ids, Included, Counted, Weight × score, the nominal share, two flags.
            "Criteria" => 11,
            // Category #, Criterion # and the two ids (the Name column says what a row is).
            "Weights" => 4,
            // The category and criterion ids.
            "Evidence" => 2,
            _ => 0,
        };
        assert_eq!(hidden, expected, "{name}: hidden helper columns");
        assert_eq!(xml.matches(r#"hidden="1""#).count(), xml.matches(r#"outlineLevel="1""#).count(), "{name}: grouped");
    }
}

/// The workbook in Chinese: sheet names, headers and status words in
/// Chinese, and LibreOffice still recalculates the ranks vendorcard prints
/// (the rank formula compares the Chinese status words). Printed to PDF,
/// its Chinese is drawn with a CJK font (Debian's `fonts-noto-cjk`, which
/// `.ci/run` installs), glyph by glyph: see [`glyphless`]. With the CJK fonts
/// hidden from fontconfig the same check finds the boxes LibreOffice draws.
#[test]
fn the_workbook_in_chinese_recalculates_and_is_drawn_with_a_cjk_font() {
    let Some(office) = LibreOffice::find() else { return };
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("zh.xlsx");
    let json = export(&["samples/", "--lang", "zh-CN"], &xlsx);
    let sheets = office.sheets(&xlsx);
    for name in ["决策", "汇总", "维度", "评分项", "权重", "证据", "文件"] {
        assert!(sheets.contains_key(name), "no sheet {name}: {:?}", sheets.keys());
    }
    let summary = &sheets["汇总"];
    let header = &summary[0];
    let column =
        |title: &str| header.iter().position(|h| h == title).unwrap_or_else(|| panic!("no {title} in {header:?}"));
    let (vendor, rank, status, total) = (column("厂商"), column("排名"), column("状态"), column("总分"));
    for expected in json["vendors"].as_array().unwrap() {
        let name = expected["vendor"].as_str().unwrap();
        let row = summary[1..].iter().find(|r| r[vendor] == name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(number(&row[rank]) as u64, expected["rank"].as_u64().unwrap(), "{name} rank");
        assert_close(number(&row[total]), expected["total"].as_f64().unwrap(), &format!("{name} total"));
        let word = if expected["status"] == "qualified" { "合格" } else { "否决" };
        assert_eq!(row[status], word, "{name} status");
    }
    assert!(sheets["决策"].iter().any(|r| r.first().is_some_and(|c| c == "排名第一")), "{:?}", sheets["决策"]);

    // Printed, the Chinese is drawn from a CJK font.
    print_pdf(&xlsx, office.profile.path(), dir.path(), None);
    let fonts = Command::new("pdffonts").arg(dir.path().join("zh.pdf")).output();
    let Ok(fonts) = fonts else {
        assert!(std::env::var_os("VENDORCARD_REQUIRE_SOFFICE").is_none(), "pdffonts (poppler-utils) is required");
        return;
    };
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(fonts.contains("CJK"), "no CJK font embedded: the Chinese would be boxes\n{fonts}");
    let Some(missing) = glyphless(&dir.path().join("zh.pdf")) else { return };
    assert!(missing.is_empty(), "drawn as missing-glyph boxes: {missing:?}");

    // The control: the same workbook printed with no CJK font to be found.
    // LibreOffice's own symbol font (or DejaVu) is all fontconfig offers.
    let Some(plain) = ["/usr/share/fonts/truetype/libreoffice", "/usr/share/fonts/truetype/dejavu"]
        .into_iter()
        .find(|folder| Path::new(folder).is_dir())
    else {
        panic!("no non-CJK font folder for the control");
    };
    let control = tempfile::tempdir().unwrap();
    let config = control.path().join("fonts.conf");
    fs::write(
        &config,
        format!(
            "<?xml version=\"1.0\"?>\n<fontconfig><dir>{plain}</dir><cachedir>{}</cachedir></fontconfig>\n",
            control.path().join("cache").display()
        ),
    )
    .unwrap();
    print_pdf(&xlsx, &control.path().join("profile"), control.path(), Some(&config));
    let boxes = glyphless(&control.path().join("zh.pdf")).unwrap_or_default();
    assert!(boxes.len() > 100, "without CJK fonts the check should find boxes, found {}", boxes.len());
}

/// Prints `xlsx` to a PDF in `folder` with LibreOffice (its user profile in
/// `profile`), with the fontconfig configuration `fonts` if given.
fn print_pdf(xlsx: &Path, profile: &Path, folder: &Path, fonts: Option<&Path>) {
    let mut soffice = Command::new("soffice");
    if let Some(fonts) = fonts {
        soffice.env("FONTCONFIG_FILE", fonts);
    }
    let printed = soffice
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(folder)
        .arg(xlsx)
        .output()
        .unwrap();
    assert!(printed.status.success(), "{}", String::from_utf8_lossy(&printed.stderr));
}

/// The Chinese characters of a PDF's text that no glyph of their own draws:
/// a character LibreOffice cannot find in any font is drawn with a font's
/// missing-glyph box, which every such character then shares. The text
/// layer (`pdftotext`) still names each character; the glyph trace
/// (`mutool trace`, Debian's `mupdf-tools`) names each glyph by the one
/// character its font maps it to, so a character drawn as a box is absent
/// from it. One blind spot: the first character to fall on a box lends the
/// box its name. `None` when the tools are missing (an error under
/// VENDORCARD_REQUIRE_SOFFICE).
fn glyphless(pdf: &Path) -> Option<Vec<char>> {
    let run = |program: &str, args: &[&std::ffi::OsStr]| Command::new(program).args(args).output().ok();
    let text = run("pdftotext", &[pdf.as_os_str(), "-".as_ref()]);
    let trace = run("mutool", &["trace".as_ref(), pdf.as_os_str()]);
    let (Some(text), Some(trace)) = (text, trace) else {
        assert!(std::env::var_os("VENDORCARD_REQUIRE_SOFFICE").is_none(), "pdftotext and mutool are required");
        return None;
    };
    let chinese = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
    let drawn: std::collections::BTreeSet<char> = String::from_utf8_lossy(&trace.stdout)
        .split("<g unicode=\"")
        .skip(1)
        .filter_map(|glyph| glyph.chars().next())
        .filter(chinese)
        .collect();
    let written: std::collections::BTreeSet<char> =
        String::from_utf8_lossy(&text.stdout).chars().filter(chinese).collect();
    assert!(written.len() > 100, "the printed workbook holds too little Chinese to check: {}", written.len());
    Some(written.difference(&drawn).copied().collect())
}
