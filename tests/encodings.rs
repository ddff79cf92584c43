//! Ticket exports as help desks produce them: the same eight tickets as a
//! UTF-8 CSV, a GB18030 CSV with Windows line ends (what Chinese Excel
//! saves), UTF-16 ("Unicode text"), a semicolon-separated CSV (European
//! Excel) and an .xlsx workbook give the same figures, worked out by hand
//! below. Then statuses no vocabulary knows, Zendesk's stations, and
//! `init --tickets` on every sample export.
//!
//! The log (times in Beijing time, +08:00; minutes after opening):
//!
//! | ticket | 优先级 (→) | first response | resolved | 状态 (→ meaning)        |
//! |--------|-----------|----------------|----------|-------------------------|
//! | T1     | 紧急 (P0) | 10             | 120      | 已解决 (resolved)        |
//! | T2     | 紧急 (P0) | 20             | —        | 已关闭 (resolved)        |
//! | T3     | 紧急 (P0) | 40             | 300      | 已解决 (resolved)        |
//! | T4     | 高 (P1)   | 30             | 600      | 已解决 (resolved)        |
//! | T5     | 高 (P1)   | 90             | —        | 处理中 (open)            |
//! | T6     | 高 (P1)   | 60             | —        | 待客户回复 (pending)      |
//! | T7     | 中 (P2)   | 200            | 1440     | 已解决 (resolved)        |
//! | T8     | 中 (P2)   | —              | —        | 处理中 (open)            |
//!
//! - P0 first response: [10, 20, 40]; median 20; p90 = 20 + 0.8 × (40 − 20) = 36
//!   (spreadsheet percentile: h = (3 − 1) × 0.9 = 1.8).
//! - All first responses, 7 of 8 answered: [10, 20, 30, 40, 60, 90, 200]; median 40.
//! - Resolution times: [120, 300, 600, 1440], and three tickets still open
//!   (T5, T6, T8), censored at the log's latest time, T7's resolution on
//!   10/10 12:00: ages 1560, 1500 and 1380 minutes. Kaplan–Meier over
//!   120, 300, 600, 1380+, 1440, 1500+, 1560+ (n = 7): 120, 300 and 600
//!   each take 1/7 (at risk 7, 6, 5); 1440 takes (4/7) / 3 = 4/21; the tail
//!   1560+ keeps 8/21. Positions (mass before ÷ (1 − 8/21)): 600 at 6/13,
//!   1440 at 9/13, so the median is 600 + (1/2 − 6/13) / (3/13) × 840
//!   = 600 + 840 / 6 = 740 minutes, exact (it does not rest on the tail).
//!   (The plain median of the four times would be 450: the open tickets
//!   pull it up, as they should.)
//! - Resolved: T1, T2 (by its status), T3, T4, T7 = 5 of 8 = 62.5 %; P0 3 of 3.
//!   Without the status map 已关闭 is unknown, so T2 counts as open: 4 of 8 = 50 %.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_vendorcard");

fn vendorcard(args: &[&str]) -> Output {
    Command::new(BIN).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const HEADER: [&str; 6] = ["工单编号", "创建时间", "首次响应时间", "解决时间", "优先级", "状态"];

/// The eight tickets: id, opened, first response, resolved, priority, status.
const ROWS: [[&str; 6]; 8] = [
    ["T1", "2026/10/09 02:00", "2026/10/09 02:10", "2026/10/09 04:00", "紧急", "已解决"],
    ["T2", "2026/10/09 03:00", "2026/10/09 03:20", "", "紧急", "已关闭"],
    ["T3", "2026/10/09 05:00", "2026/10/09 05:40", "2026/10/09 10:00", "紧急", "已解决"],
    ["T4", "2026/10/09 09:00", "2026/10/09 09:30", "2026/10/09 19:00", "高", "已解决"],
    ["T5", "2026/10/09 10:00", "2026/10/09 11:30", "", "高", "处理中"],
    ["T6", "2026/10/09 11:00", "2026/10/09 12:00", "", "高", "待客户回复"],
    ["T7", "2026/10/09 12:00", "2026/10/09 15:20", "2026/10/10 12:00", "中", "已解决"],
    ["T8", "2026/10/09 13:00", "", "", "中", "处理中"],
];

fn csv_text(delimiter: &str, line_end: &str) -> String {
    let mut text = HEADER.join(delimiter) + line_end;
    for row in ROWS {
        text.push_str(&row.join(delimiter));
        text.push_str(line_end);
    }
    text
}

/// An evidence file naming `log` with `extra` keys in its [[tickets]] table.
fn evidence(dir: &Path, log: &str, extra: &str, statuses: bool) -> String {
    let status = if statuses {
        "\n[tickets.status]\n\"已解决\" = \"resolved\"\n\"已关闭\" = \"resolved\"\n\"处理中\" = \"open\"\n\"待客户回复\" = \"pending\"\n"
    } else {
        ""
    };
    let text = format!(
        "vendor = \"云雀\"\nrubric = \"sdk-support\"\n\n[[tickets]]\nfile = \"{log}\"\n\
         columns = {{ id = \"工单编号\", opened = \"创建时间\", first_response = \"首次响应时间\", resolved = \"解决时间\", severity = \"优先级\", status = \"状态\" }}\n\
         timezone = \"+08:00\"\n{extra}\n[tickets.severity]\n\"紧急\" = \"P0\"\n\"高\" = \"P1\"\n\"中\" = \"P2\"\n{status}"
    );
    let path = dir.join(format!("{log}.toml"));
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// `vendorcard tickets EVIDENCE --format json` for the one vendor.
fn figures(evidence: &str) -> serde_json::Value {
    let output = vendorcard(&["tickets", evidence, "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    json["vendors"][0]["severities"].clone()
}

fn severity<'a>(severities: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    severities.as_array().unwrap().iter().find(|s| s["severity"] == name).unwrap()
}

/// The hand-worked figures of the module comment.
fn assert_known(severities: &serde_json::Value, what: &str) {
    let p0 = severity(severities, "P0");
    let all = severity(severities, "all");
    assert_eq!(p0["first_response_minutes"]["median"], 20.0, "{what}");
    assert_eq!(p0["first_response_minutes"]["p90"], 36.0, "{what}");
    assert_eq!(p0["resolution_rate"], 100.0, "{what}");
    assert_eq!(all["tickets"], 8, "{what}");
    assert_eq!(all["answered"], 7, "{what}");
    assert_eq!(all["first_response_minutes"]["median"], 40.0, "{what}");
    let median = all["resolution_minutes"]["median"].as_f64().unwrap();
    assert!((median - 740.0).abs() < 1e-9, "{what}: {median}");
    assert_eq!(all["open"], 3, "{what}");
    // The tail keeps 8/21, so the mean, the maximum and every percentile past
    // 1440's position 9/13 ≈ 0.69 (p90, p95) are lower bounds; the median is not.
    assert_eq!(all["resolution_at_least"], serde_json::json!(["mean", "p90", "p95", "max"]), "{what}");
    assert_eq!(all["resolved"], 5, "{what}");
    assert_eq!(all["resolution_rate"], 62.5, "{what}");
}

#[test]
fn every_encoding_and_delimiter_gives_the_hand_worked_figures() {
    let dir = TempDir::new().unwrap();
    let utf8 = csv_text(",", "\n");
    fs::write(dir.path().join("utf8.csv"), &utf8).unwrap();
    let utf8_figures = figures(&evidence(dir.path(), "utf8.csv", "", true));
    assert_known(&utf8_figures, "UTF-8, LF");

    // GB18030 with CRLF, as Chinese Excel saves: `encoding` says so.
    let crlf = csv_text(",", "\r\n");
    let (gb, _, unmappable) = encoding_rs::GB18030.encode(&crlf);
    assert!(!unmappable);
    assert_ne!(gb.as_ref(), utf8.as_bytes(), "really another encoding");
    fs::write(dir.path().join("gb.csv"), gb).unwrap();
    let gb_figures = figures(&evidence(dir.path(), "gb.csv", "encoding = \"gb18030\"", true));
    assert_eq!(gb_figures, utf8_figures, "GB18030 CRLF = UTF-8 LF");

    // UTF-16LE with a BOM ("Unicode text"), tab-separated: found without a key.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in csv_text("\t", "\r\n").encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    fs::write(dir.path().join("utf16.csv"), utf16).unwrap();
    assert_eq!(figures(&evidence(dir.path(), "utf16.csv", "", true)), utf8_figures, "UTF-16");

    // Semicolons: sniffed from the header, or named.
    fs::write(dir.path().join("semi.csv"), csv_text(";", "\n")).unwrap();
    assert_eq!(figures(&evidence(dir.path(), "semi.csv", "", true)), utf8_figures, "; sniffed");
    assert_eq!(figures(&evidence(dir.path(), "semi.csv", "delimiter = \";\"", true)), utf8_figures, "; named");
}

#[test]
fn an_xlsx_log_gives_the_figures_of_its_csv_twin() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = TempDir::new().unwrap();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("工单").unwrap();
    let date = Format::new().set_num_format("yyyy/mm/dd hh:mm");
    for (column, title) in HEADER.iter().enumerate() {
        sheet.write_string(0, column as u16, *title).unwrap();
    }
    for (row, cells) in ROWS.iter().enumerate() {
        let row = row as u32 + 1;
        for (column, cell) in cells.iter().enumerate() {
            let column = column as u16;
            if (1..=3).contains(&column) && !cell.is_empty() {
                // Real date-time cells, as a help desk's xlsx export writes them.
                let when = ExcelDateTime::parse_from_str(&cell.replace('/', "-")).unwrap();
                sheet.write_datetime_with_format(row, column, &when, &date).unwrap();
            } else if !cell.is_empty() {
                sheet.write_string(row, column, *cell).unwrap();
            }
        }
    }
    workbook.save(dir.path().join("log.xlsx")).unwrap();
    fs::write(dir.path().join("log.csv"), csv_text(",", "\n")).unwrap();
    let xlsx = figures(&evidence(dir.path(), "log.xlsx", "", true));
    assert_known(&xlsx, "xlsx");
    assert_eq!(xlsx, figures(&evidence(dir.path(), "log.csv", "", true)));
    // Named by sheet too; an unknown sheet is an error naming the ones there are.
    assert_eq!(figures(&evidence(dir.path(), "log.xlsx", "sheet = \"工单\"", true)), xlsx);
    let wrong = evidence(dir.path(), "log.xlsx", "sheet = \"Tickets\"", true);
    let output = vendorcard(&["check", &wrong]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no sheet `Tickets`; the workbook has `工单`"), "{}", stderr(&output));
}

#[test]
fn statuses_no_vocabulary_knows_are_counted_as_open_and_named_once() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("log.csv"), csv_text(",", "\n")).unwrap();
    let without = evidence(dir.path(), "log.csv", "", false);
    // T2 (已关闭) has no resolution time and its status is unknown: 4 of 8 = 50 %.
    assert_eq!(severity(&figures(&without), "all")["resolution_rate"], 50.0);
    let check = vendorcard(&["check", &without]);
    assert_eq!(check.status.code(), Some(0), "a warning, not an error");
    let warnings = stderr(&check);
    assert_eq!(warnings.matches("has status values vendorcard does not know").count(), 1, "{warnings}");
    // No Chinese word is in the common English vocabulary. Commonest first, then in text
    // order: 已解决 (T1, T3, T4, T7), 处理中 (T5, T8), 已关闭 (T2), 待客户回复 (T6).
    assert!(
        warnings.contains(
            "`log.csv` has status values vendorcard does not know: `已解决` (4 tickets), `处理中` (2 tickets), \
             `已关闭` (1 ticket), `待客户回复` (1 ticket)"
        ),
        "{warnings}"
    );
    assert!(warnings.contains("those 8 tickets count as open (resolved only with a resolution time)"), "{warnings}");
    // Mapped, the warning goes.
    let with = evidence(dir.path(), "log.csv", "", true);
    assert!(!stderr(&vendorcard(&["check", &with])).contains("does not know"));
}

#[test]
fn zendesk_stations_are_hand_offs_plus_one() {
    // Group stations 1, 2, 3, 0 and one blank: hand-offs max(s − 1, 0) = 0, 1, 2, 0
    // over the 4 tickets with a count: mean 3 / 4 = 0.75.
    let dir = TempDir::new().unwrap();
    let log = "Id,Created at,Priority,Status,Reopens,Group stations,First reply time in minutes,Full resolution time in minutes\n\
               1,2026-10-01 10:00,urgent,Solved,0,1,10,100\n\
               2,2026-10-01 11:00,urgent,Solved,0,2,10,100\n\
               3,2026-10-01 12:00,urgent,Solved,0,3,10,100\n\
               4,2026-10-01 13:00,urgent,Solved,0,0,10,100\n\
               5,2026-10-01 14:00,urgent,Open,0,,10,\n";
    fs::write(dir.path().join("zd.csv"), log).unwrap();
    let path = dir.path().join("v.toml");
    fs::write(
        &path,
        "vendor = \"Z\"\nrubric = \"sdk-support\"\n[[tickets]]\nfile = \"zd.csv\"\npreset = \"zendesk\"\nseverity = { urgent = \"P0\" }\n",
    )
    .unwrap();
    let all = severity(&figures(path.to_str().unwrap()), "all").clone();
    assert_eq!(all["handoffs_mean"], 0.75);
    // Zendesk's own statuses: "Open" is known, so no warning.
    assert!(!stderr(&vendorcard(&["check", path.to_str().unwrap()])).contains("does not know"));
}

/// For every sample export: `init --tickets` writes a table that, with its
/// guesses confirmed (here: the time zone set to the sample's, the one thing
/// no export says), scores exactly as the sample's hand-written table.
#[test]
fn init_tickets_reads_every_sample_export_as_its_evidence_does() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let cases = [
        ("aurora-signal.toml", "aurora-tickets.csv", Some("+08:00")),
        ("quillstack.toml", "quillstack-tickets.csv", Some("+01:00")),
        ("pennypush.toml", "pennypush-tickets.csv", Some("-05:00")),
        ("vortexa-live.toml", "vortexa-tickets.csv", None),
        ("yunque.toml", "yunque-tickets.csv", Some("Asia/Shanghai")),
    ];
    for (evidence_file, export, zone) in cases {
        let export_path = samples.join(export);
        let output = vendorcard(&["init", "--tickets", export_path.to_str().unwrap()]);
        assert!(output.status.success(), "{export}: {}", stderr(&output));
        let table = String::from_utf8(output.stdout).unwrap();
        let confirmed: String = table
            .lines()
            .map(|line| match (line.starts_with("timezone = "), zone) {
                (true, Some(zone)) => format!("timezone = \"{zone}\""),
                _ => line.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        // The sample's own [sla] and calendars, so adherence is compared too.
        let sample = fs::read_to_string(samples.join(evidence_file)).unwrap();
        let table = |header: &str| {
            sample.find(header).map(|at| {
                let rest = &sample[at..];
                rest[..rest.find("\n\n").unwrap_or(rest.len())].to_string()
            })
        };
        let sla = format!("{}\n{}", table("\n[sla]\n").unwrap_or_default(), table("\n[calendars.").unwrap_or_default());
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("v.toml");
        fs::write(&path, format!("vendor = \"V\"\nrubric = \"sdk-support\"\n\n{sla}\n\n{confirmed}\n")).unwrap();
        let check = vendorcard(&["check", path.to_str().unwrap()]);
        assert!(check.status.success(), "{export}:\n{confirmed}\n{}", stderr(&check));
        assert!(!stderr(&check).contains("does not know"), "{export}: every status is mapped\n{}", stderr(&check));
        assert_eq!(
            figures(path.to_str().unwrap()),
            figures(samples.join(evidence_file).to_str().unwrap()),
            "{export}:\n{confirmed}"
        );
    }
}

/// `init --vendor … --tickets EXPORT --out FILE` names the export relative to
/// FILE's folder (as the evidence file reads it), wherever the two live.
#[test]
fn an_evidence_template_names_the_export_from_its_own_folder() {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("exports")).unwrap();
    fs::create_dir_all(dir.path().join("evidence")).unwrap();
    let crlf = csv_text(",", "\r\n");
    let (gb, _, _) = encoding_rs::GB18030.encode(&crlf);
    fs::write(dir.path().join("exports/星辰云.csv"), gb).unwrap();
    let out = dir.path().join("evidence/xingchen.toml");
    let export = dir.path().join("exports/星辰云.csv");
    let init = vendorcard(&[
        "init",
        "--vendor",
        "星辰云",
        "--tickets",
        export.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(init.status.success(), "{}", stderr(&init));
    let template = fs::read_to_string(&out).unwrap();
    assert!(template.contains("file = \"../exports/星辰云.csv\""), "{template}");
    // Most urgent first, each guessed; every status value mapped.
    let severities = template.find("\"紧急\" = \"P0\"").unwrap();
    assert!(
        severities < template.find("\"高\" = \"P1\"").unwrap()
            && severities < template.find("\"中\" = \"P2\"").unwrap()
    );
    let check = vendorcard(&["check", out.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(!stderr(&check).contains("does not know"), "{}", stderr(&check));
    // The same figures as the hand-mapped log.
    assert_known(&figures(out.to_str().unwrap()), "init --tickets");
}
