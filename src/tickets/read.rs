//! Streams one ticket log into [`TicketStats`]: a row at a time, keeping only
//! the per-ticket durations, so a million-row export fits in a few dozen MiB.

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

use super::clock::{minutes_between, TimeReader};
use super::{Columns, Skipped, Sla, TicketLog, TicketStats};
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

/// A first response or resolution more than ten years after the ticket was
/// opened is a mistake in the export (a wrong column, a unit in seconds),
/// not a slow vendor; it is refused with its place rather than scored.
pub const MAX_MINUTES: f64 = 10.0 * 366.0 * 24.0 * 60.0;

/// The largest reopen or hand-off count one ticket may have; more is a
/// wrong column, and refusing it keeps every sum far from overflowing.
pub const MAX_COUNT: u64 = 1_000_000;

/// Reads `log` into `stats`, measuring SLA adherence against `sla`. A row that
/// cannot be read is an error with its file, line and column, or with
/// `skip_bad_rows`, a skipped row (counted, the first one kept). Returns the
/// problems found — any error means the figures must not be used — and the
/// rows skipped.
///
/// The log must be a regular file (not a device, a pipe or a folder), so a
/// read always ends. With `hash`, its SHA-256 is recorded too (the provenance
/// of its figures, for exports): computed on the other core while this one
/// parses, and given up as soon as the parse fails.
pub fn read_log(
    log: &TicketLog,
    sla: Option<&Sla>,
    skip_bad_rows: bool,
    hash: bool,
    stats: &mut TicketStats,
) -> (Vec<Diagnostic>, Skipped) {
    let file_error = |message: String| file_error(log, message);
    match std::fs::metadata(&log.path) {
        Ok(metadata) if metadata.is_file() => {}
        Ok(_) => {
            let problem = file_error(format!(
                "ticket log '{}' is not a regular file (a folder, a device or a pipe)",
                log.path.display()
            ))
            .with_help("export the log to a file and name that file");
            return (vec![problem], Skipped::default());
        }
        Err(error) => {
            return (
                vec![file_error(format!("reading ticket log '{}': {error}", log.path.display()))],
                Skipped::default(),
            )
        }
    }
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let hashing = hash.then(|| scope.spawn(|| hash_file(&log.path, &stop)));
        let (problems, skipped) = read_rows(log, sla, skip_bad_rows, stats);
        if problems.iter().any(|p| p.severity == Severity::Error) {
            stop.store(true, Ordering::Relaxed);
        }
        stats.files.push(log.file.clone());
        stats.skipped += skipped.rows;
        if let Some(hashing) = hashing {
            let sha256 = hashing.join().ok().flatten().unwrap_or_default();
            stats.file_hashes.push((log.path.display().to_string(), sha256));
        }
        (problems, skipped)
    })
}

/// An error about the log as a whole.
fn file_error(log: &TicketLog, message: String) -> Diagnostic {
    Diagnostic { severity: Severity::Error, message, file: log.path.display().to_string(), location: None, help: None }
}

/// SHA-256 of a file's bytes, hex; `None` if it cannot be read or `stop` is set.
fn hash_file(path: &Path, stop: &AtomicBool) -> Option<String> {
    let mut file = File::open(path).ok()?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 1 << 16];
    loop {
        if stop.load(Ordering::Relaxed) {
            return None;
        }
        match file.read(&mut buffer).ok()? {
            0 => return Some(hex(&hasher.finalize())),
            n => hasher.update(&buffer[..n]),
        }
    }
}

/// A row that could not be read: where its record starts, which field is
/// wrong (`None`: the record as a whole) and why. Located once the read is
/// over, from the file's bytes, so quoted line breaks and CRLF count right.
struct BadRow {
    byte: u64,
    field: Option<usize>,
    /// ` (ticket A-3)`, or empty.
    ticket: String,
    message: String,
}

fn read_rows(
    log: &TicketLog,
    sla: Option<&Sla>,
    skip_bad_rows: bool,
    stats: &mut TicketStats,
) -> (Vec<Diagnostic>, Skipped) {
    let file_error = |message: String| file_error(log, message);
    let file = match File::open(&log.path) {
        Ok(file) => file,
        Err(error) => {
            return (
                vec![file_error(format!("reading ticket log '{}': {error}", log.path.display()))],
                Skipped::default(),
            )
        }
    };
    let mut reader = csv::ReaderBuilder::new().flexible(true).buffer_capacity(1 << 16).from_reader(file);
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            let message = format!("the header is not readable CSV: {}", csv_reason(&error));
            let bad = BadRow { byte: 0, field: None, ticket: String::new(), message };
            return (locate_rows(log, vec![bad], "save the export as UTF-8 CSV with a header row"), Skipped::default());
        }
    };
    let index = match column_indexes(&log.columns, &headers) {
        Ok(index) => index,
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|(message, help)| Diagnostic {
                    location: header_location(log, &headers),
                    help: Some(help),
                    ..file_error(message)
                })
                .collect();
            return (problems, Skipped::default());
        }
    };

    let mut bad = Vec::new();
    let mut bad_rows = 0u64;
    let mut skipped = Skipped::default();
    let mut first_skipped = None;
    let mut slots = Slots::default();
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
                if let Err((column, reason)) = read_row(log, sla, &index, record, &times, &mut slots, stats) {
                    bad_rows += 1;
                    let byte = record.position().map_or(0, |p| p.byte());
                    if skip_bad_rows {
                        skipped.rows += 1;
                        first_skipped.get_or_insert((byte, reason));
                    } else if bad.len() < MAX_ROW_ERRORS {
                        bad.push(BadRow {
                            byte,
                            field: Some(column),
                            ticket: ticket_id(&index, record),
                            message: reason,
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
        let byte = error.position().map_or(0, |p| p.byte());
        let message = format!("not readable CSV: {}", csv_reason(&error));
        bad.push(BadRow { byte, field: None, ticket: String::new(), message });
        return (locate_rows(log, bad, "save the export as UTF-8 CSV with a header row"), skipped);
    }
    if let Some((byte, reason)) = first_skipped {
        let line = lines_at(&log.path, &[byte]).first().copied().unwrap_or(0);
        skipped.first = Some((line, reason));
    }
    let shown = bad.len() as u64;
    let mut errors =
        locate_rows(log, bad, "fix the row, or pass --skip-bad-rows to leave unreadable rows out (they are counted)");
    if !skip_bad_rows && bad_rows > shown {
        errors.push(file_error(format!(
            "{} more unreadable rows in '{}' not shown",
            bad_rows - shown,
            log.path.display()
        )));
    }
    (errors, skipped)
}

/// Located errors for `rows`: the line each record starts on, counted in the
/// file's own bytes (a quoted line break inside a cell is a line too), and
/// the cell, found by reading the record again honouring quotes.
fn locate_rows(log: &TicketLog, rows: Vec<BadRow>, help: &str) -> Vec<Diagnostic> {
    let starts: Vec<u64> = rows.iter().map(|row| record_start(log, row.byte)).collect();
    let lines = lines_at(&log.path, &starts);
    rows.into_iter()
        .zip(starts)
        .zip(lines)
        .map(|((row, start), line)| {
            let location = cell_location(log, line, start, row.field);
            Diagnostic {
                severity: Severity::Error,
                message: format!("ticket log line {}{}: {}", location.line, row.ticket, row.message),
                file: log.path.display().to_string(),
                location: Some(location),
                help: Some(help.to_string()),
            }
        })
        .collect()
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
        let matching: Vec<usize> =
            headers.iter().enumerate().filter(|(_, h)| h.trim() == name.trim()).map(|(i, _)| i).collect();
        match matching.as_slice() {
            [] => {
                let help = match closest(name, headers.iter()) {
                    Some(best) => {
                        format!("did you mean `{best}`? set `columns = {{ … }}` to map the export's own names")
                    }
                    None => {
                        let listed: Vec<&str> = headers.iter().take(40).collect();
                        format!("the header has: {}", listed.join(", "))
                    }
                };
                problems.push((format!("no column `{name}` in the ticket log's header"), help));
                None
            }
            [one] => Some(*one),
            [first, second, ..] => {
                problems.push((
                    format!(
                        "the ticket log's header has {} columns named `{name}` (columns {} and {})",
                        matching.len(),
                        first + 1,
                        second + 1
                    ),
                    "rename one of them in the export, so it is clear which one is meant".into(),
                ));
                None
            }
        }
    };
    let opened = find(&columns.opened);
    let index = Index {
        id: find(&columns.id),
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
    severity: String,
    first_response_target: Option<f64>,
    resolution_target: Option<f64>,
}

/// Severity values seen so far, by their text in the export: each resolved
/// once, found again by hash — a log may hold a hundred thousand distinct
/// values. A value that cannot be resolved keeps its reason.
#[derive(Default)]
struct Slots(HashMap<String, Result<Slot, (usize, String)>>);

impl Slots {
    fn get(
        &mut self,
        raw: &str,
        column: Option<usize>,
        log: &TicketLog,
        sla: Option<&Sla>,
    ) -> Result<&Slot, (usize, String)> {
        if !self.0.contains_key(raw) {
            self.0.insert(raw.to_string(), Slot::resolve(raw, column, log, sla));
        }
        match &self.0[raw] {
            Ok(slot) => Ok(slot),
            Err(problem) => Err(problem.clone()),
        }
    }
}

/// How many keys of a severity map an error lists before "and N more".
const LISTED_KEYS: usize = 8;

impl Slot {
    fn resolve(raw: &str, column: Option<usize>, log: &TicketLog, sla: Option<&Sla>) -> Result<Slot, (usize, String)> {
        let severity = match (column, &log.severity) {
            (None, _) => "any".to_string(),
            (Some(i), None) if raw.is_empty() => return Err((i, "no severity".into())),
            (Some(_), None) => raw.to_string(),
            (Some(i), Some(map)) => match map.get(raw) {
                Some(mapped) => mapped.clone(),
                None => {
                    let mut known: Vec<String> = map.keys().take(LISTED_KEYS).map(|k| format!("`{k}`")).collect();
                    if map.len() > LISTED_KEYS {
                        known.push(format!("and {} more", map.len() - LISTED_KEYS));
                    }
                    return Err((
                        i,
                        format!("severity `{raw}` is not in the evidence file's `severity` map ({})", known.join(", ")),
                    ));
                }
            },
        };
        let target = |targets: fn(&Sla) -> &std::collections::BTreeMap<String, f64>| {
            sla.and_then(|sla| targets(sla).get(&severity).copied())
        };
        Ok(Slot {
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
    slots: &mut Slots,
    stats: &mut TicketStats,
) -> Result<(), (usize, String)> {
    let cell = |i: usize| record.get(i).unwrap_or("").trim_ascii();
    let opened_text = cell(index.opened);
    if opened_text.is_empty() {
        return Err((index.opened, "no time in the `opened` column".into()));
    }
    let opened = times.parse(opened_text).map_err(|e| (index.opened, e))?;

    let raw = index.severity.map_or("", cell);
    let slot = slots.get(raw, index.severity, log, sla)?;

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
    if let Some(n) = handoffs {
        // Each count is at most MAX_COUNT, so this cannot overflow before 18 trillion tickets; checked all the same.
        let column = index.handoffs.unwrap_or(0);
        figures.handoffs_total = figures
            .handoffs_total
            .checked_add(n)
            .ok_or((column, "the hand-off counts add up to more than can be counted".to_string()))?;
        figures.handoffs_known += 1;
    }
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
    if let Some(sla) = sla {
        let on_clock = |minutes: f64| match sla.clock {
            super::Clock::AllHours => minutes,
            ref clock => {
                // `minutes` is at most MAX_MINUTES, so the end is always a valid instant.
                let end = SignedDuration::try_from_secs_f64(minutes * 60.0)
                    .ok()
                    .and_then(|d| opened.checked_add(d).ok())
                    .unwrap_or(Timestamp::MAX);
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
    if minutes > MAX_MINUTES {
        let hint = if number.is_some() { "check the column and its unit (minutes)" } else { "check the date" };
        return Err((
            i,
            format!("the {what} time `{text}` is more than ten years after the ticket was opened; {hint}"),
        ));
    }
    Ok(Some(minutes))
}

fn count(index: Option<usize>, what: &str, record: &csv::StringRecord) -> Result<Option<u64>, (usize, String)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u64>() {
        Ok(n) if n <= MAX_COUNT => Ok(Some(n)),
        Ok(_) => Err((i, format!("`{text}` is not a plausible count of {what} (at most {MAX_COUNT} a ticket)"))),
        Err(_) => Err((i, format!("`{text}` is not a count of {what}"))),
    }
}

/// The header line, to show under a missing-column error.
fn header_location(log: &TicketLog, headers: &csv::StringRecord) -> Option<Location> {
    let line_text = read_at(log, 0)
        .map(|text| first_line_of(&text))
        .unwrap_or_else(|| headers.iter().collect::<Vec<_>>().join(","));
    let width = line_text.len();
    Some(Location { line: 1, column: 1, line_text, underline: 0..width })
}

/// Where a record really starts: the csv crate may place a record of a CRLF
/// file at the line break before it.
fn record_start(log: &TicketLog, byte: u64) -> u64 {
    let Some(text) = read_at(log, byte) else { return byte };
    byte + (text.len() - text.trim_start_matches(['\r', '\n']).len()) as u64
}

/// The 1-based line of each byte offset, counting the file's line breaks in
/// one streamed pass up to the furthest offset (a log may be gigabytes).
fn lines_at(path: &Path, offsets: &[u64]) -> Vec<usize> {
    let mut sorted: Vec<u64> = offsets.to_vec();
    sorted.sort_unstable();
    let mut lines_before: Vec<(u64, usize)> = Vec::with_capacity(sorted.len());
    let (mut position, mut breaks) = (0u64, 0usize);
    let mut pending = sorted.iter().copied().peekable();
    if let Ok(file) = File::open(path) {
        let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
        while pending.peek().is_some() {
            let Ok(chunk) = std::io::BufRead::fill_buf(&mut reader) else { break };
            if chunk.is_empty() {
                break;
            }
            let length = chunk.len();
            for (i, byte) in chunk.iter().enumerate() {
                while pending.peek().is_some_and(|offset| *offset == position + i as u64) {
                    lines_before.push((pending.next().unwrap_or_default(), breaks));
                }
                breaks += usize::from(*byte == b'\n');
            }
            position += length as u64;
            std::io::BufRead::consume(&mut reader, length);
        }
    }
    // Offsets at or past the end of the file: after every line break.
    lines_before.extend(pending.map(|offset| (offset, breaks)));
    offsets
        .iter()
        .map(|offset| lines_before.iter().find(|(at, _)| at == offset).map_or(1, |(_, before)| before + 1))
        .collect()
}

/// Where field `field` of the record starting at byte `start` (on `line`)
/// is: the record is read again from the file (only on error), its fields
/// found honouring CSV quotes — across line breaks inside quotes too.
/// `None`: the record as a whole.
fn cell_location(log: &TicketLog, line: usize, start: u64, field: Option<usize>) -> Location {
    let text = read_at(log, start).unwrap_or_default();
    let (mut line, mut line_start) = (line, 0);
    let mut current = 0;
    let mut quoted = false;
    // Where the wanted field starts; stays `None` for a row too short to have it.
    let mut found = (field == Some(0)).then_some(0);
    for (i, c) in text.char_indices() {
        if found.is_some() || field.is_none() {
            break;
        }
        match c {
            '"' => quoted = !quoted,
            '\n' if quoted => {
                line += 1;
                line_start = i + 1;
            }
            '\r' | '\n' => break,
            ',' if !quoted => {
                current += 1;
                if Some(current) == field {
                    found = Some(i + 1);
                }
            }
            _ => {}
        }
    }
    let line_text = first_line_of(&text[line_start..]);
    let (from, to) = match (field, found) {
        (None, _) => (0, line_text.len()),
        // A short row: point past its end.
        (Some(_), None) => (line_text.len(), line_text.len()),
        (Some(_), Some(at)) => {
            let from = (at - line_start).min(line_text.len());
            let rest = &line_text[from..];
            // A quoted cell ends at its closing quote; a plain one at the next comma.
            let length = match rest.strip_prefix('"') {
                Some(inner) => inner.find('"').map_or(rest.len(), |end| end + 2),
                None => rest.find(',').unwrap_or(rest.len()),
            };
            (from, from + length)
        }
    };
    Location { line, column: line_text[..from].chars().count() + 1, underline: from..to, line_text }
}

/// Up to 64 KiB of the log from byte `offset`, as text.
fn read_at(log: &TicketLog, offset: u64) -> Option<String> {
    let mut file = File::open(&log.path).ok()?;
    file.seek(SeekFrom::Start(offset)).ok()?;
    let mut bytes = Vec::new();
    file.take(64 * 1024).read_to_end(&mut bytes).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn first_line_of(text: &str) -> String {
    text.split('\n').next().unwrap_or_default().trim_end_matches('\r').to_string()
}
