//! Any bytes as a ticket log, read under an SLA on a business-hours or
//! around-the-clock clock: every row is figures or a located problem, never a
//! panic or a hang, and every figure measured from it is finite.
//!
//! Input: the first byte picks the clock and options, the second the
//! encoding and delimiter; the rest is the log's bytes (CSV, or with the
//! `.xlsx` bit a would-be workbook).

#![no_main]

use std::collections::BTreeMap;
use std::io::Write;

use libfuzzer_sys::fuzz_target;
use vendorcard::render::tickets::{report, text};
use vendorcard::render::TerminalRender;
use vendorcard::stats::Aggregate;
use vendorcard::tickets::clock::{parse_days, parse_time_of_day, parse_time_zone, BusinessHours};
use vendorcard::tickets::{
    read_log, Clock, Columns, Layout, Metric, Sla, StatusClass, Statuses, TicketLog, TicketQuery, TicketStats, TimeUnit,
};

fuzz_target!(|data: &[u8]| {
    let [options, format, bytes @ ..] = data else { return };
    let (options, format) = (*options, *format);
    let suffix = if format & 8 != 0 { ".xlsx" } else { ".csv" };
    let mut file = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
    file.write_all(bytes).unwrap();
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
    let clock = match options & 4 {
        0 => Clock::AllHours,
        _ => Clock::Business(BusinessHours {
            days: parse_days(if options & 8 == 0 { "mon-fri" } else { "sat-tue" }).unwrap(),
            from: parse_time_of_day("09:00").unwrap(),
            to: parse_time_of_day(if options & 16 == 0 { "18:00" } else { "24:00" }).unwrap(),
            zone: parse_time_zone(zone).unwrap(),
        }),
    };
    let targets: BTreeMap<String, f64> = [("P0".into(), 30.0), ("P1".into(), 60.0), ("x".into(), 0.0)].into();
    let sla = Sla { first_response: targets.clone(), resolution: targets, clock, hours: "fuzz".into() };
    let column = |name: &str| Some(name.to_string());
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
            handoffs_are_stations: format & 4 != 0,
        },
        layout: if options & 32 == 0 { Layout::Iso } else { Layout::Format("%d/%b/%y %I:%M %p".into()) },
        encoding: if suffix == ".xlsx" { None } else { encoding },
        delimiter: if suffix == ".xlsx" { None } else { delimiter },
        sheet: None,
        statuses: Statuses::common().extended(&Statuses::from_pairs([("已关闭", StatusClass::Resolved)])),
        severity: (options & 64 != 0).then(|| [("urgent".into(), "P0".into()), ("high".into(), "P1".into())].into()),
        zone: parse_time_zone(zone).unwrap(),
        verified: true,
    };
    let mut stats = TicketStats::default();
    let outcome = read_log(&log, Some(&sla), options & 128 != 0, true, &mut stats);
    for problem in &outcome.problems {
        let shown = problem.render(false);
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{shown}");
    }
    for metric in ["first_response", "resolution", "resolution_rate", "first_response_sla", "handoffs", "reopen_rate"] {
        for severity in [None, Some("P0".to_string())] {
            let query = TicketQuery { metric: Metric::parse(metric, None).unwrap(), severity, stat: None, unit: TimeUnit::Hours };
            if let Some(value) = stats.measure(&query, Aggregate::P90).value {
                assert!(value.is_finite(), "{metric} = {value}");
            }
        }
    }
    let vendors = [vendorcard::load::VendorTickets { vendor: "V".into(), stats, sla: Some(sla) }];
    let shown = text(&report(&vendors), &TerminalRender { detail: false, drivers: None, color: false, width: 80 });
    assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{shown}");
});
