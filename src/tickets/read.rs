//! Streams one ticket log into [`TicketStats`]: a row at a time, keeping only
//! the per-ticket durations, so a million-row export fits in a few dozen MiB.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::sync::mpsc;

use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

use super::clock::{minutes_between, TimeReader};
use super::{Columns, SkippedRow, Sla, TicketLog, TicketStats};
use crate::diagnostic::{closest, Diagnostic, Location, Severity};
use crate::provenance::hex;

/// Statuses that mean "resolved" even without a resolution time.
const RESOLVED_STATUSES: [&str; 5] = ["solved", "closed", "resolved", "done", "fixed"];

/// At most this many unreadable rows are reported one by one.
const MAX_ROW_ERRORS: usize = 10;

/// Records per batch handed from the CSV splitter to the row reader, and
/// batches in flight.
const BATCH: usize = 2048;
const BATCHES: usize = 4;

/// Reads `log` into `stats`, measuring SLA adherence against `sla`. A row that
/// cannot be read is an error with its file, line and column, or with
/// `skip_bad_rows`, a skipped row counted in `stats.skipped`. Returns the
/// problems found; any error means the figures must not be used.
///
/// With `hash`, the log's SHA-256 is recorded too (the provenance of its
/// figures, for exports): computed on the other core while this one parses.
pub fn read_log(
    log: &TicketLog,
    sla: Option<&Sla>,
    skip_bad_rows: bool,
    hash: bool,
    stats: &mut TicketStats,
) -> Vec<Diagnostic> {
    std::thread::scope(|scope| {
        let hashing = hash.then(|| scope.spawn(|| hash_file(&log.path)));
        let problems = read_rows(log, sla, skip_bad_rows, stats);
        stats.files.push(log.file.clone());
        if let Some(hashing) = hashing {
            let sha256 = hashing.join().ok().and_then(Result::ok).unwrap_or_default();
            stats.file_hashes.push((log.path.display().to_string(), sha256));
        }
        problems
    })
}

/// SHA-256 of a file's bytes, hex.
fn hash_file(path: &std::path::Path) -> std::io::Result<String> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 1 << 16];
    loop {
        match file.read(&mut buffer)? {
            0 => return Ok(hex(&hasher.finalize())),
            n => hasher.update(&buffer[..n]),
        }
    }
}

fn read_rows(log: &TicketLog, sla: Option<&Sla>, skip_bad_rows: bool, stats: &mut TicketStats) -> Vec<Diagnostic> {
    let file_error = |message: String| Diagnostic {
        severity: Severity::Error,
        message,
        file: log.path.display().to_string(),
        location: None,
        help: None,
    };
    let file = match File::open(&log.path) {
        Ok(file) => file,
        Err(error) => return vec![file_error(format!("reading ticket log '{}': {error}", log.path.display()))],
    };
    let mut reader = csv::ReaderBuilder::new().flexible(true).buffer_capacity(1 << 16).from_reader(file);
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => return vec![file_error(format!("reading ticket log '{}': {error}", log.path.display()))],
    };
    let index = match column_indexes(&log.columns, &headers) {
        Ok(index) => index,
        Err(problems) => {
            return problems
                .into_iter()
                .map(|(message, help)| Diagnostic {
                    location: header_location(log, &headers),
                    help: Some(help),
                    ..file_error(message)
                })
                .collect();
        }
    };

    let mut errors = Vec::new();
    let mut bad_rows = 0usize;
    let mut slots = Vec::new();
    let times = TimeReader::new(log.layout.clone(), log.zone.clone());
    // Two stages on the two cores: one thread splits the CSV into records,
    // this one reads times and counts. Batches of records go back and forth
    // so their buffers are reused.
    let (full, filled) = mpsc::sync_channel::<(Vec<csv::StringRecord>, usize)>(BATCHES);
    let (empty, emptied) = mpsc::channel::<Vec<csv::StringRecord>>();
    for _ in 0..BATCHES + 2 {
        let _ = empty.send(vec![csv::StringRecord::new(); BATCH]);
    }
    let unreadable = std::thread::scope(|scope| {
        let splitter = scope.spawn(move || -> Option<csv::Error> {
            while let Ok(mut batch) = emptied.recv() {
                let mut n = 0;
                while n < BATCH {
                    match reader.read_record(&mut batch[n]) {
                        Ok(true) => n += 1,
                        Ok(false) => break,
                        Err(error) => {
                            let _ = full.send((batch, n));
                            return Some(error);
                        }
                    }
                }
                let last = n < BATCH;
                if full.send((batch, n)).is_err() || last {
                    return None;
                }
            }
            None
        });
        for (batch, n) in filled {
            for record in &batch[..n] {
                let line = record.position().map_or(0, |p| p.line());
                if let Err((column, reason)) = read_row(log, sla, &index, record, &times, &mut slots, stats) {
                    bad_rows += 1;
                    if skip_bad_rows {
                        stats.skipped.push(SkippedRow { file: log.file.clone(), line, reason });
                    } else if errors.len() < MAX_ROW_ERRORS {
                        let byte = record.position().map_or(0, |p| p.byte());
                        errors.push(Diagnostic {
                            location: Some(cell_location(log, line, byte, column)),
                            help: Some(
                                "fix the row, or pass --skip-bad-rows to leave unreadable rows out (they are counted)"
                                    .into(),
                            ),
                            ..file_error(format!("ticket log line {line}{}: {reason}", ticket_id(&index, record)))
                        });
                    }
                }
            }
            let _ = empty.send(batch);
        }
        splitter.join().unwrap_or(None)
    });
    if let Some(error) = unreadable {
        // Not even a row (bad quoting, invalid UTF-8): report and stop.
        let (line, byte) = error.position().map_or((0, 0), |p| (p.line(), p.byte()));
        let line_text = first_line(log, byte).unwrap_or_default();
        let underline = 0..line_text.len();
        errors.push(Diagnostic {
            location: Some(Location { line: line as usize, column: 1, line_text, underline }),
            help: Some("save the export as UTF-8 CSV with a header row".into()),
            ..file_error(format!("ticket log is not readable CSV at line {line}: {}", csv_reason(&error)))
        });
        return errors;
    }
    if !skip_bad_rows && bad_rows > MAX_ROW_ERRORS {
        errors.push(file_error(format!(
            "{} more unreadable rows in '{}' not shown",
            bad_rows - MAX_ROW_ERRORS,
            log.path.display()
        )));
    }
    errors
}

/// The csv crate's message without its position prefix (the diagnostic shows the place).
fn csv_reason(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("field {} is not UTF-8 text; save the export as UTF-8", err.field() + 1)
        }
        _ => error.to_string(),
    }
}

/// ` (ticket A-3)`, when the log has an id column and the row an id.
fn ticket_id(index: &Index, record: &csv::StringRecord) -> String {
    match index.id.and_then(|i| record.get(i)).map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) => format!(" (ticket {id})"),
        None => String::new(),
    }
}

/// Column positions of the mapped fields.
struct Index {
    id: Option<usize>,
    opened: usize,
    first_response: Option<usize>,
    resolved: Option<usize>,
    severity: Option<usize>,
    status: Option<usize>,
    reopens: Option<usize>,
    handoffs: Option<usize>,
}

type HeaderProblem = (String, String);

fn column_indexes(columns: &Columns, headers: &csv::StringRecord) -> Result<Index, Vec<HeaderProblem>> {
    let mut problems = Vec::new();
    let mut find = |name: &Option<String>| -> Option<usize> {
        let name = name.as_ref()?;
        let found = headers.iter().position(|h| h.trim() == name.trim());
        if found.is_none() {
            let help = match closest(name, headers.iter()) {
                Some(best) => format!("did you mean `{best}`? set `columns = {{ … }}` to map the export's own names"),
                None => format!("the header has: {}", headers.iter().collect::<Vec<_>>().join(", ")),
            };
            problems.push((format!("no column `{name}` in the ticket log's header"), help));
        }
        found
    };
    let opened = find(&columns.opened);
    let index = Index {
        id: columns.id.as_ref().and_then(|id| headers.iter().position(|h| h.trim() == id.trim())),
        opened: opened.unwrap_or(0),
        first_response: find(&columns.first_response),
        resolved: find(&columns.resolved),
        severity: find(&columns.severity),
        status: find(&columns.status),
        reopens: find(&columns.reopens),
        handoffs: find(&columns.handoffs),
    };
    if columns.opened.is_none() {
        problems.push((
            "the ticket log has no `opened` column mapped".into(),
            "name a `preset` or add `columns = { opened = \"<header>\" }`".into(),
        ));
    }
    if problems.is_empty() {
        Ok(index)
    } else {
        Err(problems)
    }
}

/// One severity value of the export, resolved once: the severity it stands
/// for and that severity's SLA targets (a log has a handful of values and a
/// million rows).
struct Slot {
    raw: String,
    severity: String,
    first_response_target: Option<f64>,
    resolution_target: Option<f64>,
}

impl Slot {
    fn resolve(raw: &str, column: Option<usize>, log: &TicketLog, sla: Option<&Sla>) -> Result<Slot, (usize, String)> {
        let severity = match (column, &log.severity) {
            (None, _) => "any".to_string(),
            (Some(i), None) if raw.is_empty() => return Err((i, "no severity".into())),
            (Some(_), None) => raw.to_string(),
            (Some(i), Some(map)) => match map.get(raw) {
                Some(mapped) => mapped.clone(),
                None => {
                    let known = map.keys().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                    return Err((
                        i,
                        format!("severity `{raw}` is not in the evidence file's `severity` map ({known})"),
                    ));
                }
            },
        };
        let target = |targets: fn(&Sla) -> &std::collections::BTreeMap<String, f64>| {
            sla.and_then(|sla| targets(sla).get(&severity).copied())
        };
        Ok(Slot {
            raw: raw.to_string(),
            first_response_target: target(|sla| &sla.first_response),
            resolution_target: target(|sla| &sla.resolution),
            severity,
        })
    }
}

/// Reads one row into `stats`, or says which column is wrong and why.
fn read_row(
    log: &TicketLog,
    sla: Option<&Sla>,
    index: &Index,
    record: &csv::StringRecord,
    times: &TimeReader,
    slots: &mut Vec<Slot>,
    stats: &mut TicketStats,
) -> Result<(), (usize, String)> {
    let cell = |i: usize| record.get(i).unwrap_or("").trim_ascii();
    let opened_text = cell(index.opened);
    if opened_text.is_empty() {
        return Err((index.opened, "no time in the `opened` column".into()));
    }
    let opened = times.parse(opened_text).map_err(|e| (index.opened, e))?;

    let raw = index.severity.map_or("", cell);
    let slot = match slots.iter().position(|slot| slot.raw == raw) {
        Some(found) => found,
        None => {
            slots.push(Slot::resolve(raw, index.severity, log, sla)?);
            slots.len() - 1
        }
    };
    let slot = &slots[slot];

    let first_response = elapsed(index.first_response, "first response", record, times, opened)?;
    let resolved_at = elapsed(index.resolved, "resolved", record, times, opened)?;
    let status_resolved =
        index.status.is_some_and(|i| RESOLVED_STATUSES.iter().any(|s| s.eq_ignore_ascii_case(cell(i))));
    let reopens = count(index.reopens, "reopens", record)?;
    let handoffs = count(index.handoffs, "hand-offs", record)?;

    if !stats.severities.contains_key(&slot.severity) {
        stats.severities.insert(slot.severity.clone(), Default::default());
    }
    let figures = stats.severities.get_mut(&slot.severity).expect("inserted above");
    figures.tickets += 1;
    if let Some(minutes) = first_response {
        figures.first_response.push(minutes);
    }
    if let Some(minutes) = resolved_at {
        figures.resolution.push(minutes);
    }
    if resolved_at.is_some() || status_resolved {
        figures.resolved += 1;
    }
    if let Some(n) = reopens {
        figures.reopens_known += 1;
        figures.reopened += u64::from(n > 0);
    }
    if let Some(n) = handoffs {
        figures.handoffs_total += n;
        figures.handoffs_known += 1;
    }
    if let Some(sla) = sla {
        let on_clock = |minutes: f64| match sla.clock {
            super::Clock::AllHours => minutes,
            ref clock => {
                let end = opened.checked_add(SignedDuration::from_secs_f64(minutes * 60.0)).unwrap_or(Timestamp::MAX);
                clock.minutes(opened, end)
            }
        };
        if let Some(target) = &slot.first_response_target {
            figures.first_response_sla.due += 1;
            if first_response.is_some_and(|m| on_clock(m) <= *target) {
                figures.first_response_sla.met += 1;
            }
        }
        if let Some(target) = &slot.resolution_target {
            figures.resolution_sla.due += 1;
            if resolved_at.is_some_and(|m| on_clock(m) <= *target) {
                figures.resolution_sla.met += 1;
            }
        }
    }
    Ok(())
}

/// Minutes from `opened` to the time in column `index`: a timestamp, or a
/// number of minutes. Blank: `None` (not yet answered / resolved).
fn elapsed(
    index: Option<usize>,
    what: &str,
    record: &csv::StringRecord,
    times: &TimeReader,
    opened: Timestamp,
) -> Result<Option<f64>, (usize, String)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    // A timestamp has a separator after its first digit; a number of minutes never does.
    let looks_like_time = text.bytes().skip(1).any(|b| matches!(b, b'-' | b':' | b'/' | b' ' | b'T'));
    let number = if looks_like_time { None } else { text.parse::<f64>().ok() };
    let minutes = match number {
        Some(minutes) if minutes.is_finite() => minutes,
        Some(_) => return Err((i, format!("`{text}` is not a number of minutes"))),
        None => minutes_between(opened, times.parse(text).map_err(|e| (i, e))?),
    };
    if minutes < 0.0 {
        return Err((i, format!("the {what} time `{text}` is before the ticket was opened")));
    }
    Ok(Some(minutes))
}

fn count(index: Option<usize>, what: &str, record: &csv::StringRecord) -> Result<Option<u64>, (usize, String)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<u64>().map(Some).map_err(|_| (i, format!("`{text}` is not a count of {what}")))
}

/// The header line, to show under a missing-column error.
fn header_location(log: &TicketLog, headers: &csv::StringRecord) -> Option<Location> {
    let line_text = first_line(log, 0).unwrap_or_else(|| headers.iter().collect::<Vec<_>>().join(","));
    let width = line_text.len();
    Some(Location { line: 1, column: 1, line_text, underline: 0..width })
}

/// Where cell `column` of the row at `byte` is: the row is read again from
/// the file (only on error), and its fields found honouring CSV quotes.
fn cell_location(log: &TicketLog, line: u64, byte: u64, column: usize) -> Location {
    let line_text = first_line(log, byte).unwrap_or_default();
    let mut start = 0;
    let mut field = 0;
    let mut quoted = false;
    let mut end = line_text.len();
    for (i, c) in line_text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                if field == column {
                    end = i;
                    break;
                }
                field += 1;
                start = i + 1;
            }
            _ => {}
        }
    }
    if field < column {
        // A short row: point past its end.
        start = line_text.len();
        end = start;
    }
    Location { line: line as usize, column: line_text[..start].chars().count() + 1, underline: start..end, line_text }
}

fn first_line(log: &TicketLog, byte: u64) -> Option<String> {
    let mut file = File::open(&log.path).ok()?;
    file.seek(SeekFrom::Start(byte)).ok()?;
    let mut line = Vec::new();
    BufReader::new(file.take(64 * 1024)).read_until(b'\n', &mut line).ok()?;
    let text = String::from_utf8_lossy(&line);
    Some(text.trim_end_matches(['\n', '\r']).to_string())
}
