//! Any bytes as a ticket log, read under an SLA with a clock per severity
//! (around the clock, or a business calendar with holidays and a make-up
//! day): every row is figures or a located problem, never a panic or a
//! hang, and every figure measured from it is finite.
//!
//! Input: the first byte picks the clock and options, the second the
//! encoding and delimiter; the rest is the log's bytes (CSV, or with the
//! `.xlsx` bit a would-be workbook). When the rest holds a line `#%%`, what
//! follows it is a status-change log (`id,at,status`) for exact pauses;
//! otherwise the log's `paused` column (minutes on hold) is read. Besides the
//! columns of issue 12, the log may have `paused`, `replies`, `tags`, `fr`
//! and `res` (the help desk's SLA verdicts); they are optional.

#![no_main]

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use vendorcard::render::tickets::{report, text};
use vendorcard::render::TerminalRender;
use vendorcard::date::Date;
use vendorcard::stats::Aggregate;
use vendorcard::tickets::clock::{parse_days, parse_time_of_day, parse_time_zone, BusinessHours};
use vendorcard::tickets::{
    read_log, Clock, Columns, Layout, Metric, ReadOptions, Scope, Sla, StatusClass, Statuses, TicketLog, TicketQuery,
    TicketStats, TimeUnit, Verdicts,
};

fuzz_target!(|data: &[u8]| {
    let [options, format, bytes @ ..] = data else { return };
    let (options, format) = (*options, *format);
    let suffix = if format & 8 != 0 { ".xlsx" } else { ".csv" };
    let (log_bytes, changes_bytes) = match bytes.windows(5).position(|w| w == b"\n#%%\n") {
        Some(at) => (&bytes[..at + 1], Some(&bytes[at + 5..])),
        None => (bytes, None),
    };
    let mut file = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
    file.write_all(log_bytes).unwrap();
    let encoding = match format % 4 {
        0 => None,
        1 => Some(encoding_rs::GB18030),
        2 => Some(encoding_rs::UTF_16LE),
        _ => Some(encoding_rs::BIG5),
    };
    let delimiter = [None, Some(b';'), Some(b'\t'), Some(b',')][usize::from(format >> 4) % 4];
    let zone = match options % 4 {
        0 => "UTC",
        1 => "+08:00",
        2 => "America/New_York",
        _ => "Asia/Shanghai",
    };
    let date = |text: &str| text.parse::<Date>().unwrap();
    let business = Arc::new(Clock::Business(
        BusinessHours::weekly(
            parse_days(if options & 8 == 0 { "mon-fri" } else { "sat-tue" }).unwrap(),
            parse_time_of_day("09:00").unwrap(),
            parse_time_of_day(if options & 16 == 0 { "18:00" } else { "24:00" }).unwrap(),
            parse_time_zone(zone).unwrap(),
        )
        .with_exceptions(&[date("2026-10-01"), date("2026-10-02"), date("2026-10-05")], &[date("2026-10-10")]),
    ));
    let (p0_clock, default_clock) = match options & 4 {
        0 => (Arc::new(Clock::AllHours), Arc::new(Clock::AllHours)),
        _ => (Arc::new(Clock::AllHours), business),
    };
    let targets: BTreeMap<String, f64> = [("P0".into(), 30.0), ("P1".into(), 60.0), ("x".into(), 0.0)].into();
    let sla = Sla {
        first_response: targets.clone(),
        resolution: targets,
        clocks: [("P0".to_string(), p0_clock)].into(),
        default_clock,
    };
    let column = |name: &str| Some(name.to_string());
    let zone_value = parse_time_zone(zone).unwrap();
    let layout = if options & 32 == 0 { Layout::Iso } else { Layout::Format("%d/%b/%y %I:%M %p".into()) };
    let statuses = Statuses::common().extended(&Statuses::from_pairs([("已关闭", StatusClass::Resolved)]));
    let changes_file = changes_bytes.map(|changes| {
        let mut file = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
        file.write_all(changes).unwrap();
        file
    });
    let changes = changes_file.as_ref().map(|file| {
        Box::new(TicketLog {
            path: file.path().to_path_buf(),
            file: "changes.csv".into(),
            columns: Columns { id: column("id"), opened: column("at"), status: column("status"), ..Columns::default() },
            layout: layout.clone(),
            encoding,
            delimiter: None,
            sheet: None,
            statuses: statuses.clone(),
            severity: None,
            zone: zone_value.clone(),
            verified: true,
            verdicts: Verdicts::default(),
            exported: None,
            changes: None,
        })
    });
    let log = TicketLog {
        path: file.path().to_path_buf(),
        file: "log.csv".into(),
        columns: Columns {
            id: column("id"),
            opened: column("opened"),
            first_response: column("first"),
            resolved: column("resolved"),
            severity: column("severity"),
            status: column("status"),
            reopens: column("reopens"),
            handoffs: column("handoffs"),
            paused: if changes.is_some() { None } else { column("paused") },
            agent_replies: column("replies"),
            tags: column("tags"),
            first_response_flag: column("fr"),
            resolution_flag: column("res"),
            handoffs_are_stations: format & 4 != 0,
            optional: vec!["paused", "agent_replies", "tags", "first_response_flag", "resolution_flag"],
        },
        layout,
        encoding: if suffix == ".xlsx" { None } else { encoding },
        delimiter: if suffix == ".xlsx" { None } else { delimiter },
        sheet: None,
        statuses,
        severity: (options & 64 != 0).then(|| [("urgent".into(), "P0".into()), ("high".into(), "P1".into())].into()),
        zone: zone_value,
        verified: true,
        verdicts: Verdicts::default().extended([("ok", true), ("超时", false)]),
        exported: (format & 64 != 0).then(|| "2026-10-14T10:00:00Z".parse().unwrap()),
        changes,
    };
    // Every tickets, a window and a tag: the scopes counted in the same read.
    let window = ("2026-10-01T00:00:00Z".parse().unwrap(), "2026-10-09T00:00:00Z".parse().unwrap());
    let scopes = [Scope { window: Some(window), tag: None }, Scope { window: None, tag: Some("drill".into()) }];
    let mut stats = TicketStats::new(&scopes);
    let read = ReadOptions {
        skip_bad_rows: options & 128 != 0,
        hash: true,
        as_of: (format & 128 != 0).then(|| date("2026-10-20")),
        block_bytes: Some(0),
    };
    let outcome = read_log(&log, Some(&sla), &read, &mut stats);
    // The same log in blocks of 1 to 64 bytes on two threads: the same
    // figures and the same problems as on one thread, whatever the quoting.
    let mut in_blocks = TicketStats::new(&scopes);
    let blocks = ReadOptions { block_bytes: Some(1 + usize::from(format % 64)), ..read.clone() };
    let outcome_in_blocks = read_log(&log, Some(&sla), &blocks, &mut in_blocks);
    let shown = |problems: &[vendorcard::diagnostic::Diagnostic]| problems.iter().map(|p| p.render(false)).collect::<Vec<_>>();
    assert_eq!(shown(&outcome.problems), shown(&outcome_in_blocks.problems));
    let report_of = |stats: &TicketStats| {
        let vendors = [vendorcard::load::VendorTickets { vendor: "V".into(), stats: stats.clone(), sla: Some(sla.clone()) }];
        serde_json::to_string(&report(&vendors, None)).unwrap()
    };
    if outcome.problems.iter().all(|p| p.severity != vendorcard::diagnostic::Severity::Error) {
        assert_eq!(report_of(&stats), report_of(&in_blocks));
    }
    for problem in &outcome.problems {
        let shown = problem.render(false);
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{shown}");
    }
    let metrics = ["first_response", "resolution", "resolution_rate", "first_response_sla", "resolution_sla", "handoffs", "reopen_rate", "first_contact_resolution", "sla_flag_agreement"];
    for metric in metrics {
        for severity in [None, Some("P0".to_string())] {
            for scope in std::iter::once(Scope::default()).chain(scopes.iter().cloned()) {
                for stat in [Aggregate::P90, Aggregate::Mean, Aggregate::Median] {
                    let query = TicketQuery { metric: Metric::parse(metric, None).unwrap(), severity: severity.clone(), stat: None, unit: TimeUnit::Hours, scope: scope.clone() };
                    if let Some(value) = stats.measure(&query, stat).value {
                        assert!(value.is_finite(), "{metric} = {value}");
                    }
                }
            }
        }
    }
    let vendors = [vendorcard::load::VendorTickets { vendor: "V".into(), stats, sla: Some(sla) }];
    let terminal = TerminalRender { detail: false, drivers: None, color: false, width: 80 };
    for scope in std::iter::once(None).chain(scopes.iter().map(Some)) {
        let shown = text(&report(&vendors, scope), &terminal);
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{shown}");
    }
});
