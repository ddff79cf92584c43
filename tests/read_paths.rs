//! A log is read on one thread when it is small and on two when it is large
//! (src/tickets/read.rs). Both must give the same figures: the same rows,
//! once as one large log and once split into small logs of one vendor, give
//! identical `tickets` figures, with quoted line breaks, unreadable rows
//! skipped, verdicts, tags, open tickets censored at the export time and a
//! business calendar.

use std::fmt::Write as _;
use std::fs;
use std::process::Command;

use tempfile::TempDir;

const HEADER: &str = "id,opened,first,resolved,severity,status,note,replies,tags,flag\n";

/// `n` generated rows (a fixed pseudo-random sequence), each a CSV record;
/// some notes hold a quoted line break, and every 500th row has a bad time.
fn rows(n: usize) -> Vec<String> {
    let mut x: u64 = 2026;
    let mut next = |m: u64| {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    let stamp = |minutes: u64| {
        // Minutes after 2026-09-01 00:00 (+08:00), as `YYYY-MM-DD HH:MM`.
        let (day, minute) = (minutes / 1440, minutes % 1440);
        let (month, day) = if day < 30 { (9, day + 1) } else { (10, day - 29) };
        format!("2026-{month:02}-{day:02} {:02}:{:02}", minute / 60, minute % 60)
    };
    (0..n)
        .map(|i| {
            let opened = next(50 * 1440);
            let first = if next(20) == 0 { String::new() } else { stamp(opened + next(600)) };
            let resolved = if next(10) == 0 { String::new() } else { stamp(opened + 600 + next(4000)) };
            let severity = ["urgent", "high", "normal", "low"][next(4) as usize];
            let status = if resolved.is_empty() { "open" } else { "solved" };
            let note = if next(7) == 0 { "\"line one\nline two, quoted\"" } else { "plain" };
            let tags = if next(5) == 0 { "drill" } else { "" };
            let flag = ["Within SLA", "SLA Violated", ""][next(3) as usize];
            let opened = if i % 500 == 499 { "not a time".to_string() } else { stamp(opened) };
            format!("T{i},{opened},{first},{resolved},{severity},{status},{note},{},{tags},{flag}\n", next(4))
        })
        .collect()
}

fn evidence(files: &[String]) -> String {
    let mut text = String::from("vendor = \"V\"\nrubric = \"sdk-support\"\n\n");
    for file in files {
        writeln!(
            text,
            "[[tickets]]\nfile = \"{file}\"\ntimezone = \"Asia/Shanghai\"\nexported = 2026-11-01T00:00:00+08:00\n\
             columns = {{ id = \"id\", opened = \"opened\", first_response = \"first\", resolved = \"resolved\", severity = \"severity\", status = \"status\", agent_replies = \"replies\", tags = \"tags\", first_response_flag = \"flag\" }}\n\
             severity = {{ urgent = \"P0\", high = \"P1\", normal = \"P2\", low = \"P3\" }}\n"
        )
        .unwrap();
    }
    text.push_str(
        "[sla]\nfirst_response = { P0 = \"30m\", P1 = \"1h\", P2 = \"4h\", P3 = \"1d\" }\nresolution = { P1 = \"2d\" }\n\
         hours = { P0 = \"7x24\", default = \"work\" }\n\n[calendars.work]\ndays = \"mon-fri\"\nfrom = \"09:00\"\nto = \"18:00\"\n\
         timezone = \"Asia/Shanghai\"\nholidays = [2026-10-01, 2026-10-02, 2026-10-05]\nworkdays = [2026-10-10]\n",
    );
    text
}

fn tickets(evidence: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["tickets", evidence.to_str().unwrap(), "--format", "json", "--skip-bad-rows"])
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn one_large_log_and_the_same_rows_in_small_logs_give_the_same_figures() {
    let dir = TempDir::new().unwrap();
    let rows = rows(8000);
    let large = format!("{HEADER}{}", rows.concat());
    // Well over the one-thread limit of 256 KiB, so read on two threads.
    assert!(large.len() > 600 * 1024, "{} bytes", large.len());
    fs::write(dir.path().join("large.csv"), &large).unwrap();
    fs::write(dir.path().join("large.toml"), evidence(&["large.csv".into()])).unwrap();
    let mut parts = Vec::new();
    for (i, chunk) in rows.chunks(1000).enumerate() {
        let name = format!("part{i}.csv");
        let text = format!("{HEADER}{}", chunk.concat());
        assert!(text.len() < 200 * 1024, "a part is read on one thread");
        fs::write(dir.path().join(&name), text).unwrap();
        parts.push(name);
    }
    fs::write(dir.path().join("parts.toml"), evidence(&parts)).unwrap();
    for extra in [&[][..], &["--tag", "drill"][..]] {
        let whole = tickets(&dir.path().join("large.toml"), extra);
        let split = tickets(&dir.path().join("parts.toml"), extra);
        // 16 rows have a bad time (every 500th), skipped on both paths.
        assert_eq!(whole["vendors"][0]["skipped_rows"], 16);
        assert_eq!(split["vendors"][0]["skipped_rows"], 16);
        // The disagreeing ids listed (the first 20) follow the order of
        // reading, and a log's open tickets are checked at its end: they are
        // compared as counts only.
        let without_ids = |report: &serde_json::Value| {
            let mut severities = report["vendors"][0]["severities"].clone();
            for severity in severities.as_array_mut().unwrap() {
                for flags in ["first_response_flags", "resolution_flags"] {
                    if let Some(flags) = severity[flags].as_object_mut() {
                        flags.retain(|key, _| !key.ends_with("_ids"));
                    }
                }
            }
            severities
        };
        assert_eq!(without_ids(&whole), without_ids(&split), "{extra:?}");
        let all = whole["vendors"][0]["severities"].as_array().unwrap().last().unwrap().clone();
        if extra.is_empty() {
            assert_eq!(all["tickets"], 8000 - 16);
        }
        assert!(all["open"].as_u64().unwrap() > 0 && all["first_response_flags"]["compared"].as_u64().unwrap() > 0);
    }
}

/// Runs vendorcard with the log's text cut in blocks of `block` bytes
/// (`VENDORCARD_READ_BLOCK`; "0": one thread, no blocks).
fn run_with_blocks(block: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).env("VENDORCARD_READ_BLOCK", block).args(args).output().unwrap()
}

/// The same log read on one thread and in blocks on several must give
/// byte-identical reports, ids in the same order. The blocks are tiny, so
/// hundreds of block boundaries fall inside quoted cells; and some quoted
/// cells hold a line break followed by a line of the header's width that
/// reads as a ticket of its own (`T-FAKE`): a worker starting there reads
/// a ticket that does not exist, and only the check at the merge, which
/// re-reads the block, keeps it out of the figures.
#[test]
fn the_sequential_and_the_parallel_read_give_identical_figures_across_quoted_line_breaks() {
    let dir = TempDir::new().unwrap();
    let fake = "\"see below\nT-FAKE,2026-09-01 00:00,2026-09-01 00:01,,urgent,open,x,0,,Within SLA\"";
    let rows: Vec<String> = rows(3000)
        .into_iter()
        .enumerate()
        .map(|(i, row)| if i % 9 == 4 { row.replacen(",plain,", &format!(",{fake},"), 1) } else { row })
        .collect();
    let log = format!("{HEADER}{}", rows.concat());
    let fakes = log.matches("T-FAKE").count();
    assert!(fakes > 200, "{fakes}");
    for (name, text) in [
        ("lf.csv", log.clone()),
        // CRLF line ends and a byte-order mark: a block may start between \r and \n.
        ("crlf.csv", format!("\u{feff}{}", log.replace('\n', "\r\n"))),
    ] {
        fs::write(dir.path().join(name), text).unwrap();
        let evidence = dir.path().join(format!("{name}.toml"));
        fs::write(&evidence, evidence_text(name)).unwrap();
        let evidence = evidence.to_str().unwrap();
        let args = ["tickets", evidence, "--format", "json", "--skip-bad-rows"];
        let one = run_with_blocks("0", &args);
        assert!(one.status.success(), "{}", String::from_utf8_lossy(&one.stderr));
        let report: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
        let all = report["vendors"][0]["severities"].as_array().unwrap().last().unwrap().clone();
        // 3000 rows, every 500th with a bad time: 6 skipped; no fake ticket.
        assert_eq!((all["tickets"].as_u64(), report["vendors"][0]["skipped_rows"].as_u64()), (Some(2994), Some(6)));
        // Unreadable rows without --skip-bad-rows: the same errors, at the same lines.
        let check = ["check", evidence];
        let one_check = run_with_blocks("0", &check);
        assert_eq!(one_check.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&one_check.stderr).contains("line "));
        for block in ["61", "97", "256", "4099", "65536"] {
            let blocks = run_with_blocks(block, &args);
            assert!(blocks.status.success(), "{}", String::from_utf8_lossy(&blocks.stderr));
            assert_eq!(
                String::from_utf8_lossy(&blocks.stdout),
                String::from_utf8_lossy(&one.stdout),
                "{name}, blocks of {block} bytes"
            );
            let blocks_check = run_with_blocks(block, &check);
            assert_eq!(blocks_check.stderr, one_check.stderr, "{name}, blocks of {block} bytes");
        }
    }
}

fn evidence_text(file: &str) -> String {
    evidence(&[file.to_string()])
}
