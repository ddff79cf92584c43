//! SLA semantics, worked by hand: a clock per severity, a Beijing business
//! calendar with the 2026 National Day holiday and its make-up Saturday
//! (written out, and from an `.ics` file), a pause from a status-change log,
//! the help desk's own verdicts reconciled, window and tag scopes, and
//! first-contact resolution.
//!
//! SLA: first response P0 30 min on 7x24, P1 1 h on `beijing` (mon–fri
//! 09:00–18:00 Asia/Shanghai; holidays 1, 2, 5, 6, 7 October; Saturday
//! 10 October is a working day); resolution P1 8 h (480 min) on `beijing`.
//!
//! | id | sev | opened (+08:00)  | first response   | resolved         | replies | tags  | FR flag     | res. flag   |
//! |----|-----|------------------|------------------|------------------|---------|-------|-------------|-------------|
//! | A1 | P0  | Sat 10-03 02:00  | 10-03 02:20      | 10-03 06:00      | 1       | drill | Within SLA  |             |
//! | A2 | P0  | Sat 10-03 03:00  | 10-03 03:45      | 10-03 09:00      | 3       | drill | Within SLA  |             |
//! | B1 | P1  | Wed 09-30 17:30  | 10-08 09:20      | Sat 10-10 11:00  | 2       |       | Within SLA  | SLA Violated|
//! | B2 | P1  | Fri 10-09 17:00  | Sat 10-10 10:30  | Mon 10-12 10:00  | 1       |       | SLA Violated| Within SLA  |
//! | B3 | P1  | Mon 10-12 10:00  | —                | — (open)         |         |       | Within SLA  |             |
//!
//! The log is exported Wed 10-14 18:00. B2 waited for the customer from
//! Sat 10-10 12:00 to Mon 10-12 09:30 (status-change log).
//!
//! - A1: 20 min on 7x24 ≤ 30: met. A2: 45 > 30: breached, though the help
//!   desk says "Within SLA" (in the vendor's favour). P0: 1 of 2.
//! - B1 first response on the calendar: 30 Sep 17:30–18:00 = 30; 1–7 Oct
//!   holidays or weekend; 8 Oct 09:00–09:20 = 20; 50 ≤ 60: met (on a plain
//!   mon–fri clock it would be 30 + 5 × 540 + 20 = 2750: breached).
//! - B2: Fri 17:00–18:00 = 60, make-up Sat 09:00–10:30 = 90; 150 > 60: breached
//!   (without the make-up day, 60: met). The help desk agrees.
//! - B3: unanswered; by the export it has been open Mon 10:00–18:00 (480),
//!   Tue 540, Wed 540 = 1560 > 60 on the clock: breached, though the help
//!   desk says "Within SLA" (in the vendor's favour). P1: 1 of 3.
//! - B1 resolution: 30 + 8 Oct 540 + 9 Oct 540 + Sat 10 Oct 09:00–11:00 120
//!   = 1230 > 480: breached (agrees). B2: Fri 60 + Sat 540 + Mon 60 = 660,
//!   less the pause Sat 12:00–18:00 (360) + Mon 09:00–09:30 (30) = 390:
//!   270 ≤ 480: met (agrees; without the pause it would be breached). P1: 1 of 3.
//! - Verdicts: first response 5 compared, 3 agree, 2 in the vendor's favour
//!   (A2, B3); resolution 2 compared, 2 agree. Agreement 5 of 7 = 71.43 %.
//! - First-contact resolution: resolved with a reply count A1 (1), A2 (3),
//!   B1 (2), B2 (1): 2 of 4 = 50 %.
//! - Tag `drill`: A1, A2; first-response SLA 1 of 2 = 50 %. Window
//!   10-09 00:00 to 10-13 00:00 (+08:00): B2, B3 = 2 tickets.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_vendorcard");

fn vendorcard(args: &[&str]) -> Output {
    Command::new(BIN).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

const LOG: &str = "\
id,opened,first,resolved,priority,status,replies,tags,fr,res
A1,2026-10-03 02:00,2026-10-03 02:20,2026-10-03 06:00,P0,solved,1,drill,Within SLA,
A2,2026-10-03 03:00,2026-10-03 03:45,2026-10-03 09:00,P0,solved,3,drill poc,Within SLA,
B1,2026-09-30 17:30,2026-10-08 09:20,2026-10-10 11:00,P1,solved,2,,Within SLA,SLA Violated
B2,2026-10-09 17:00,2026-10-10 10:30,2026-10-12 10:00,P1,solved,1,,SLA Violated,Within SLA
B3,2026-10-12 10:00,,,P1,open,,,Within SLA,
";

const CHANGES: &str = "\
ticket,when,to
B2,2026-10-10 12:00,Waiting for customer
B2,2026-10-12 09:30,Open
B1,2026-10-09 10:00,In progress
";

const ICS: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261003\r\nSUMMARY:国庆节 假期\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261005\r\nDTEND;VALUE=DATE:20261008\r\nSUMMARY:国庆节 假期\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261010\r\nSUMMARY:国庆节 补班\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/// An evidence file whose calendar is `calendar` (the keys after `days … timezone`).
fn setup(dir: &Path, calendar: &str) -> String {
    fs::write(dir.join("log.csv"), LOG).unwrap();
    fs::write(dir.join("changes.csv"), CHANGES).unwrap();
    fs::write(dir.join("holidays.ics"), ICS).unwrap();
    let evidence = format!(
        r#"vendor = "Beijing Cloud"
rubric = "sdk-support"
collected = 2026-10-14

[[tickets]]
file = "log.csv"
columns = {{ id = "id", opened = "opened", first_response = "first", resolved = "resolved", severity = "priority", status = "status", agent_replies = "replies", tags = "tags", first_response_flag = "fr", resolution_flag = "res" }}
timezone = "Asia/Shanghai"
exported = 2026-10-14T18:00:00+08:00
changes = {{ file = "changes.csv", id = "ticket", at = "when", status = "to" }}

[calendars.beijing]
days = "mon-fri"
from = "09:00"
to = "18:00"
timezone = "Asia/Shanghai"
{calendar}

[sla]
first_response = {{ P0 = "30m", P1 = "1h" }}
resolution = {{ P1 = "8h" }}
hours = {{ P0 = "7x24", default = "beijing" }}
"#
    );
    let path = dir.join("vendor.toml");
    fs::write(&path, evidence).unwrap();
    path.display().to_string()
}

fn figures(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["tickets"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let output = vendorcard(&all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    json["vendors"][0]["severities"].as_array().unwrap().clone()
}

fn severity<'a>(severities: &'a [serde_json::Value], name: &str) -> &'a serde_json::Value {
    severities.iter().find(|s| s["severity"] == name).unwrap()
}

fn met(value: &serde_json::Value) -> (u64, u64) {
    (value["met"].as_u64().unwrap(), value["due"].as_u64().unwrap())
}

const WRITTEN_OUT: &str =
    "holidays = [2026-10-01, 2026-10-02, 2026-10-05, 2026-10-06, 2026-10-07]\nworkdays = [2026-10-10]";

#[test]
fn a_clock_per_severity_on_a_calendar_with_holidays_a_make_up_day_and_a_pause() {
    let dir = TempDir::new().unwrap();
    let evidence = setup(dir.path(), WRITTEN_OUT);
    let severities = figures(&[&evidence]);
    let (p0, p1, all) = (severity(&severities, "P0"), severity(&severities, "P1"), severity(&severities, "all"));
    assert_eq!(met(&p0["first_response_sla"]), (1, 2));
    assert_eq!(met(&p1["first_response_sla"]), (1, 3));
    assert_eq!(met(&p1["resolution_sla"]), (1, 3));
    assert_eq!(p0["sla_clock"], "7x24");
    assert!(p1["sla_clock"]
        .as_str()
        .unwrap()
        .starts_with("beijing (mon-fri 09:00–18:00 Asia/Shanghai, 5 holidays, 1 make-up"));
    // Verdicts: A2 and B3 in the vendor's favour; the rest agree.
    assert_eq!(p0["first_response_flags"]["in_vendor_favour_ids"], serde_json::json!(["A2"]));
    assert_eq!(p1["first_response_flags"]["in_vendor_favour_ids"], serde_json::json!(["B3"]));
    assert_eq!(p1["first_response_flags"]["compared"], 3);
    assert_eq!(p1["resolution_flags"]["agree"], 2);
    assert_eq!(all["first_contact_resolution"], 50.0);
    assert_eq!(all["open"], 1);
}

#[test]
fn holidays_from_an_ics_file_give_the_same_figures() {
    let dir = TempDir::new().unwrap();
    let written = figures(&[&setup(dir.path(), WRITTEN_OUT)]);
    let from_ics = figures(&[&setup(dir.path(), "ics = \"holidays.ics\"")]);
    for name in ["P0", "P1", "all"] {
        for key in ["first_response_sla", "resolution_sla", "first_response_flags", "resolution_flags"] {
            assert_eq!(severity(&written, name)[key], severity(&from_ics, name)[key], "{name} {key}");
        }
    }
}

#[test]
fn without_the_holidays_or_the_pause_the_verdicts_change() {
    // A plain mon–fri calendar: B1's first response is 30 + 1–2 Oct 1080 +
    // 5–7 Oct 1620 + 8 Oct 20 = 2750 > 60, breached (the help desk's
    // "Within SLA" is now in the vendor's favour); B2's is Fri 60 and then
    // Monday, as Saturday is no working day: 60 ≤ 60, met (its "SLA
    // Violated" is against the vendor).
    let dir = TempDir::new().unwrap();
    let severities = figures(&[&setup(dir.path(), "")]);
    let p1 = severity(&severities, "P1");
    assert_eq!(met(&p1["first_response_sla"]), (1, 3));
    assert_eq!(p1["first_response_flags"]["in_vendor_favour_ids"], serde_json::json!(["B1", "B3"]));
    assert_eq!(p1["first_response_flags"]["against_vendor_ids"], serde_json::json!(["B2"]));
    // The Beijing calendar without the status-change log: B2's resolution is
    // 660 minutes on the clock with nothing paused, > 480: breached, so its
    // "Within SLA" is in the vendor's favour and P1 resolution is 0 of 3.
    let evidence = setup(dir.path(), WRITTEN_OUT);
    let text = fs::read_to_string(&evidence).unwrap();
    let without = "changes = { file = \"changes.csv\", id = \"ticket\", at = \"when\", status = \"to\" }\n";
    assert!(text.contains(without));
    fs::write(&evidence, text.replace(without, "")).unwrap();
    let p1 = figures(&[&evidence]);
    let p1 = severity(&p1, "P1");
    assert_eq!(met(&p1["resolution_sla"]), (0, 3));
    assert_eq!(p1["resolution_flags"]["in_vendor_favour_ids"], serde_json::json!(["B2"]));
}

#[test]
fn a_window_and_a_tag_limit_the_figures() {
    let dir = TempDir::new().unwrap();
    let evidence = setup(dir.path(), WRITTEN_OUT);
    let drill = figures(&[&evidence, "--tag", "drill"]);
    assert_eq!(severity(&drill, "all")["tickets"], 2);
    assert_eq!(met(&severity(&drill, "all")["first_response_sla"]), (1, 2));
    let window = figures(&[&evidence, "--window", "2026-10-09T00:00+08:00/2026-10-13T00:00+08:00"]);
    assert_eq!(severity(&window, "all")["tickets"], 2);
    assert!(window.iter().all(|s| s["severity"] != "P0"));
}

#[test]
fn a_rubric_scores_the_scoped_and_reconciled_figures() {
    // A rubric measuring drill tickets' response SLA, flag agreement and
    // first-contact resolution: explain shows each measured value.
    let dir = TempDir::new().unwrap();
    let evidence = setup(dir.path(), WRITTEN_OUT);
    let rubric = dir.path().join("rubric.toml");
    fs::write(
        &rubric,
        r#"id = "sla-check"
name = "SLA check"
version = "1.0.0"
scale = 5

[[category]]
id = "sla"
name = "SLA"
weight = 1

  [[category.criterion]]
  id = "drill_response"
  name = "Drill first response within SLA"
  kind = "number"
  better = "higher"
  linear = { best = 100, worst = 0 }
  weight = 1
  from_tickets = { metric = "first_response_sla", tag = "drill" }

  [[category.criterion]]
  id = "honest_flags"
  name = "Help-desk verdicts that hold"
  kind = "number"
  better = "higher"
  linear = { best = 100, worst = 0 }
  weight = 1
  from_tickets = { metric = "sla_flag_agreement" }

  [[category.criterion]]
  id = "fcr"
  name = "First-contact resolution"
  kind = "number"
  better = "higher"
  linear = { best = 100, worst = 0 }
  weight = 1
  from_tickets = { metric = "first_contact_resolution" }

  [[category.criterion]]
  id = "peak_tickets"
  name = "Tickets in the peak window"
  kind = "number"
  better = "lower"
  linear = { best = 0, worst = 10 }
  weight = 1
  from_tickets = { metric = "tickets", window = { from = 2026-10-09T00:00:00+08:00, to = 2026-10-13T00:00:00+08:00 } }
"#,
    )
    .unwrap();
    let text = fs::read_to_string(&evidence).unwrap().replace("rubric = \"sdk-support\"", "rubric = \"sla-check\"");
    fs::write(&evidence, text).unwrap();
    let output = vendorcard(&["compare", "--rubric", rubric.to_str().unwrap(), &evidence, "--format", "json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let criteria = json["vendors"][0]["categories"][0]["criteria"].as_array().unwrap();
    let value = |id: &str| {
        let criterion = criteria.iter().find(|c| c["id"] == id).unwrap();
        criterion["aggregate"].as_f64().unwrap()
    };
    assert_eq!(value("drill_response"), 50.0);
    assert!((value("honest_flags") - 500.0 / 7.0).abs() < 1e-9);
    assert_eq!(value("fcr"), 50.0);
    assert_eq!(value("peak_tickets"), 2.0);
    // `check` warns about the verdicts in the vendor's favour, naming the tickets.
    let check = vendorcard(&["check", "--rubric", rubric.to_str().unwrap(), &evidence]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        stderr.contains("marks 2 SLA targets as met that vendorcard finds breached: P0 first response: 1 (A2); P1 first response: 1 (B3)"),
        "{stderr}"
    );
}

#[test]
fn the_calendar_and_the_status_changes_are_inputs_with_provenance() {
    // The .ics file and the status-change log are read like the ticket log:
    // they are listed in the export's provenance with their SHA-256, and an
    // export naming one of them is refused, leaving the file as it was.
    let dir = TempDir::new().unwrap();
    let evidence = setup(dir.path(), "ics = \"holidays.ics\"");
    let json = dir.path().join("out.json");
    let output = vendorcard(&["compare", &evidence, "--export-json", json.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let exported: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    let files = exported["provenance"]["files"].as_array().unwrap();
    let role =
        |role: &str| files.iter().find(|f| f["role"] == role).unwrap_or_else(|| panic!("no {role} in {files:?}"));
    use sha2::Digest;
    let sha256 = |bytes: &[u8]| sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect::<String>();
    assert!(role("calendar")["file"].as_str().unwrap().ends_with("holidays.ics"));
    assert_eq!(role("calendar")["sha256"], sha256(ICS.as_bytes()));
    assert!(role("status changes")["file"].as_str().unwrap().ends_with("changes.csv"));
    assert_eq!(role("status changes")["sha256"], sha256(CHANGES.as_bytes()));
    for input in ["holidays.ics", "changes.csv"] {
        let target = dir.path().join(input);
        let before = fs::read(&target).unwrap();
        let output = vendorcard(&["compare", &evidence, "--export-csv", target.to_str().unwrap(), "--force"]);
        assert_eq!(output.status.code(), Some(2), "{input}: {}", String::from_utf8_lossy(&output.stderr));
        assert_eq!(fs::read(&target).unwrap(), before, "{input} was left as it was");
    }
}

/// The `toml` block of docs/tickets.md's per-help-desk examples that mentions `needle`.
fn documented_example(needle: &str) -> String {
    let doc = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/tickets.md")).unwrap();
    let section = &doc[doc.find("### SLA keys, one example per help desk").expect("the section exists")..];
    section
        .split("```toml\n")
        .skip(1)
        .map(|block| block.split("```").next().unwrap())
        .find(|block| block.contains(needle))
        .unwrap_or_else(|| panic!("no example with {needle}"))
        .to_string()
}

#[test]
fn the_documented_chinese_and_jira_examples_work_as_written() {
    let dir = TempDir::new().unwrap();
    let at = |name: &str| dir.path().join(name);
    // The Chinese export: GB18030, CRLF. YQ-1 (高 = P1) opened Wed 30 Sep
    // 17:30, answered Thu 8 Oct 09:20: on the Beijing calendar 30 min on
    // 30 Sep, 1–7 Oct are holidays, 20 min on 8 Oct = 50 min ≤ 1 h, met; the
    // help desk says 否 (not breached): they agree. Without the holidays it
    // would be 30 + 5 weekdays × 540 + 20 = 2750 min, breached.
    let rows = "工单编号,创建时间,首次响应时间,解决时间,优先级,状态,客服回复次数,标签,首响是否超时,解决是否超时,挂起时长(分钟)\r\n\
                YQ-1,2026-09-30 17:30,2026-10-08 09:20,2026-10-10 11:00,高,已解决,2,,否,是,\r\n\
                YQ-2,2026-10-03 02:00,2026-10-03 02:20,2026-10-03 06:00,紧急,已解决,1,演练,否,否,30\r\n\
                YQ-3,2026-10-12 10:00,,,中,待客户确认,,,否,,\r\n";
    fs::write(at("工单导出.csv"), encoding_rs::GB18030.encode(rows).0).unwrap();
    fs::write(at("china-holidays-2026.ics"), ICS).unwrap();
    let header = "rubric = \"sdk-support\"\ncollected = 2026-10-14\n\n";
    let chinese = format!("vendor = \"星辰云\"\n{header}{}", documented_example("工单导出"));
    fs::write(at("cn.toml"), chinese).unwrap();
    let figures_cn = figures(&[at("cn.toml").to_str().unwrap()]);
    let p1 = severity(&figures_cn, "P1");
    assert_eq!(met(&p1["first_response_sla"]), (1, 1));
    assert_eq!(p1["first_response_flags"]["agree"], 1);
    // 已解决 is mapped: two of three resolved; YQ-3 is pending, so still open.
    assert_eq!(severity(&figures_cn, "all")["resolved"], 2);
    assert_eq!(severity(&figures_cn, "all")["open"], 1);
    // Jira: SD-1 (High = P1) answered after 37 minutes, within 1 h; its
    // breached flag says false (met): they agree.
    fs::write(
        at("jira-issues.csv"),
        "Issue key,Created,Custom field (Date of First Response),Resolved,Priority,Status,Custom field (First response breached),Labels\n\
         SD-1,02/Oct/26 2:03 PM,02/Oct/26 2:40 PM,03/Oct/26 9:00 AM,High,Resolved,false,drill\n\
         SD-2,09/Oct/26 5:00 PM,,,Highest,Waiting for customer,true,\n",
    )
    .unwrap();
    fs::write(
        at("jira-status-changes.csv"),
        "Issue key,Changed,To status\nSD-2,10/Oct/26 9:00 AM,Waiting for customer\n",
    )
    .unwrap();
    let jira = format!(
        "vendor = \"Jira Vendor\"\n{header}{}\n[sla]\nfirst_response = {{ P1 = \"1h\" }}\n",
        documented_example("jira-issues")
    );
    fs::write(at("jira.toml"), jira).unwrap();
    let figures_jira = figures(&[at("jira.toml").to_str().unwrap()]);
    let p1 = severity(&figures_jira, "P1");
    assert_eq!(p1["first_response_minutes"]["median"], 37.0);
    assert_eq!(p1["first_response_flags"]["agree"], 1);
    for file in ["cn.toml", "jira.toml"] {
        let check = vendorcard(&["check", at(file).to_str().unwrap()]);
        assert!(check.status.success(), "{file}: {}", String::from_utf8_lossy(&check.stderr));
    }
}

/// The vendor's own `[sla]` against its own tickets: every target some
/// ticket missed is a contradicted claim, found without anyone writing it
/// down (P0 first response 1 of 2 met, P1 first response 1 of 3, P1
/// resolution 1 of 3, as worked out at the top of this file), tied to the
/// criterion that measures it when the rubric has one.
#[test]
fn targets_the_tickets_missed_are_contradicted_claims() {
    let dir = TempDir::new().unwrap();
    let evidence = setup(dir.path(), WRITTEN_OUT);
    let output = vendorcard(&["compare", &evidence, "--format", "json", "--as-of", "2026-10-14"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(String, String, String)> = json["vendors"][0]["contradictions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["origin"], "sla");
            assert_eq!(c["penalty"], 0.0, "the adherence criteria already score a miss");
            (c["criterion"].as_str().unwrap_or("-").to_string(), c["claimed"].to_string(), c["observed"].to_string())
        })
        .collect();
    let beijing = "beijing (mon-fri 09:00–18:00 Asia/Shanghai, 5 holidays, 1 make-up working day)";
    let expected = [
        ("p0_first_response", "P0 first response within 30m (7x24)".to_string(), "1 of 2 tickets missed it (50% met)"),
        ("p1_first_response", format!("P1 first response within 1h ({beijing})"), "2 of 3 tickets missed it (33% met)"),
        // sdk-support times no P1 resolution; its adherence criterion is for first responses.
        ("-", format!("P1 resolution within 8h ({beijing})"), "2 of 3 tickets missed it (33% met)"),
    ];
    let expected: Vec<(String, String, String)> =
        expected.iter().map(|(c, a, b)| (c.to_string(), format!("\"{a}\""), format!("\"{b}\""))).collect();
    assert_eq!(found, expected);
    // check says so, at the ticket log.
    let checked = vendorcard(&["check", &evidence]);
    let err = String::from_utf8_lossy(&checked.stderr);
    assert_eq!(err.matches("the ticket logs contradict the [sla]").count(), 3, "{err}");
    // Measured evidence is dated by the first and last ticket opened: 30 Sep to 12 Oct (+08:00).
    let p0 = json["vendors"][0]["categories"][0]["criteria"][0].clone();
    assert_eq!(p0["date"], "2026-09-30/2026-10-12");
}
