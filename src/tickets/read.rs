//! Streams one ticket log into [`TicketStats`]: a row at a time, keeping only
//! the per-ticket durations, so a million-row export fits in a few dozen MiB.

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

use super::clock::{minutes_between, Clock, TimeReader};
use super::pauses::Changes;
use super::{source, Columns, Scope, Skipped, Sla, StatusClass, TicketLog, TicketStats};
use crate::diagnostic::{closest, Diagnostic, Location, Severity};
use crate::provenance::hex;

/// How a log is read, besides what its `[[tickets]]` table says.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Leave unreadable rows out (counted) instead of failing.
    pub skip_bad_rows: bool,
    /// Record each log's SHA-256, for provenance.
    pub hash: bool,
    /// `--as-of`: tickets still open are censored at the end of this day
    /// when the log does not say when it was exported.
    pub as_of: Option<crate::date::Date>,
}

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

/// What reading one log gave besides its figures.
#[derive(Debug, Default)]
pub struct LogOutcome {
    /// Problems found; any error means the figures must not be used.
    pub problems: Vec<Diagnostic>,
    pub skipped: Skipped,
    /// Status values the log's vocabulary does not know, with their ticket
    /// counts, commonest first (counted as open).
    pub unmapped_statuses: Vec<(String, u64)>,
    /// Tickets with yet more unknown status values, past the ones listed.
    pub more_unmapped: u64,
}

/// Reads `log` into `stats`, measuring SLA adherence against `sla`. A row that
/// cannot be read is an error with its file, line and column (or sheet and
/// cell), or with `skip_bad_rows`, a skipped row (counted, the first one kept).
///
/// The log must be a regular file (not a device, a pipe or a folder), so a
/// read always ends. With `hash`, its SHA-256 is recorded too (the provenance
/// of its figures, for exports): computed on the other core while this one
/// parses, and given up as soon as the parse fails.
pub fn read_log(log: &TicketLog, sla: Option<&Sla>, options: &ReadOptions, stats: &mut TicketStats) -> LogOutcome {
    let (skip_bad_rows, hash) = (options.skip_bad_rows, options.hash);
    let file_error = |message: String| file_error(log, message);
    let failed = |problem: Diagnostic| LogOutcome { problems: vec![problem], ..LogOutcome::default() };
    // A small log is read on this thread alone (see [`SMALL_LOG_BYTES`]).
    let small = match std::fs::metadata(&log.path) {
        Ok(metadata) if metadata.is_file() => metadata.len() <= SMALL_LOG_BYTES,
        Ok(_) => {
            return failed(
                file_error(format!(
                    "ticket log '{}' is not a regular file (a folder, a device or a pipe)",
                    log.path.display()
                ))
                .with_help("export the log to a file and name that file"),
            );
        }
        Err(error) => return failed(file_error(format!("reading ticket log '{}': {error}", log.path.display()))),
    };
    let changes = match &log.changes {
        Some(changes) => match super::pauses::read_changes(changes, skip_bad_rows) {
            Ok(changes) => Some(changes),
            Err(problems) => return LogOutcome { problems, ..LogOutcome::default() },
        },
        None => None,
    };
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // A large log is hashed on the other core while this one parses; a small one after.
        let hashing = (hash && !small).then(|| scope.spawn(|| hash_file(&log.path, &stop)));
        let mut reading = Reading::new(log, sla, skip_bad_rows, small, stats, changes);
        let problems = if source::is_spreadsheet(&log.path) {
            read_spreadsheet(&mut reading, stats)
        } else {
            read_csv(&mut reading, stats)
        };
        reading.finish(options.as_of, stats);
        if problems.iter().any(|p| p.severity == Severity::Error) {
            stop.store(true, Ordering::Relaxed);
        }
        stats.files.push(log.file.clone());
        stats.skipped += reading.skipped.rows;
        if let Some(hashing) = hashing {
            let sha256 = hashing.join().ok().flatten().unwrap_or_default();
            stats.file_hashes.push((log.path.display().to_string(), sha256));
        } else if hash && small {
            let sha256 = if stop.load(Ordering::Relaxed) { None } else { hash_file(&log.path, &stop) };
            stats.file_hashes.push((log.path.display().to_string(), sha256.unwrap_or_default()));
        }
        let (unmapped_statuses, more_unmapped) = reading.statuses.listed();
        LogOutcome { problems, skipped: reading.skipped, unmapped_statuses, more_unmapped }
    })
}

/// Logs up to this size are read on one thread (about 2,500 rows of a
/// typical export): starting a second one, with its record batches, costs
/// more than it saves.
const SMALL_LOG_BYTES: u64 = 256 * 1024;

/// An error about the log as a whole.
pub(super) fn file_error(log: &TicketLog, message: String) -> Diagnostic {
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

/// The state of reading one log, row after row.
struct Reading<'a> {
    log: &'a TicketLog,
    sla: Option<&'a Sla>,
    skip_bad_rows: bool,
    /// Read on this thread alone: at most [`SMALL_LOG_BYTES`].
    small: bool,
    times: TimeReader,
    slots: Slots,
    /// What each status value seen means (`None`: the vocabulary does not know it).
    status_classes: Seen<Option<StatusClass>>,
    statuses: StatusTally,
    skipped: Skipped,
    /// Rows that could not be read, shown or not.
    bad_rows: u64,
    /// The scopes of the figures (all tickets first).
    scopes: Vec<Scope>,
    /// The latest time in the log, in milliseconds since the epoch: when it
    /// was exported, at the earliest.
    latest: i64,
    /// Tickets still open, to be censored once the export time is known.
    open: Vec<OpenTicket>,
    /// Each ticket's status changes, from the status-change log.
    changes: Option<Changes>,
}

/// A ticket still open when the log was exported: its resolution time is
/// censored at its age then, and an SLA verdict of the help desk on it can
/// only be checked then.
struct OpenTicket {
    /// Which scopes it is in (bit i: scope i).
    scopes: u64,
    severity: String,
    opened: Timestamp,
    /// Its first-response target and the help desk's verdict, if unanswered.
    first_response: Option<(f64, Option<bool>)>,
    /// Its resolution target and the help desk's verdict.
    resolution: Option<(f64, Option<bool>)>,
    /// Wall-clock minutes on hold so far (the `paused` column).
    paused: Option<f64>,
    id: Box<str>,
}

impl<'a> Reading<'a> {
    fn new(
        log: &'a TicketLog,
        sla: Option<&'a Sla>,
        skip_bad_rows: bool,
        small: bool,
        stats: &TicketStats,
        changes: Option<Changes>,
    ) -> Self {
        Reading {
            log,
            sla,
            skip_bad_rows,
            small,
            times: TimeReader::new(log.layout.clone(), log.zone.clone()),
            slots: Slots::default(),
            status_classes: Seen::default(),
            statuses: StatusTally::default(),
            skipped: Skipped::default(),
            bad_rows: 0,
            scopes: stats.scopes.iter().map(|s| s.scope.clone()).collect(),
            latest: i64::MIN,
            open: Vec::new(),
            changes,
        }
    }

    /// Censors the tickets still open at the export: at `exported`, else
    /// at the end of `as_of` in the log's zone, else at the log's latest time.
    fn finish(&mut self, as_of: Option<crate::date::Date>, stats: &mut TicketStats) {
        let end_of = |date: crate::date::Date| {
            let midnight = jiff::civil::date(date.year as i16, date.month as i8, date.day as i8).at(0, 0, 0, 0);
            self.log.zone.to_timestamp(midnight).ok().and_then(|t| t.checked_add(SignedDuration::from_hours(24)).ok())
        };
        let latest = Timestamp::from_millisecond(self.latest).unwrap_or(Timestamp::MIN);
        let censor = self.log.exported.or_else(|| as_of.and_then(end_of)).unwrap_or(latest);
        for ticket in self.open.drain(..) {
            let age = minutes_between(ticket.opened, censor).max(0.0);
            // A help-desk verdict on a ticket still open is checked only once
            // its time on the clock is past the target: then it was missed.
            let clock = self.sla.map(|sla| sla.clock(&ticket.severity).clone());
            let missed = |target: f64, paused: f64| {
                clock.as_ref().is_some_and(|clock| clock.minutes(ticket.opened, censor) - paused > target)
            };
            let first_response = ticket.first_response.and_then(|(target, flag)| flag.filter(|_| missed(target, 0.0)));
            let resolution = ticket.resolution.and_then(|(target, flag)| {
                let paused = clock.as_ref().map_or(0.0, |clock| {
                    pause_on_clock(self.changes.as_ref(), clock, &ticket.id, ticket.opened, censor, ticket.paused)
                });
                flag.filter(|_| missed(target, paused))
            });
            for (i, scope) in stats.scopes.iter_mut().enumerate() {
                if ticket.scopes & (1 << i) == 0 {
                    continue;
                }
                let figures = scope.severities.entry(ticket.severity.clone()).or_default();
                figures.open_ages.push(age);
                if let Some(flag) = first_response {
                    figures.first_response_flags.add(flag, false, &ticket.id);
                }
                if let Some(flag) = resolution {
                    figures.resolution_flags.add(flag, false, &ticket.id);
                }
            }
        }
    }

    /// Reads one row; for a row that cannot be read, whether to report it
    /// (an error to show: `Some((field, reason))`) or not (skipped, or past
    /// the ones shown). `first_skipped` gets the first skipped row's reason.
    fn row(
        &mut self,
        index: &Index,
        record: &csv::StringRecord,
        stats: &mut TicketStats,
        shown: usize,
    ) -> Option<Result<(usize, String), String>> {
        let (column, reason) = read_row(self, index, record, stats).err()?;
        self.bad_rows += 1;
        if self.skip_bad_rows {
            self.skipped.rows += 1;
            return (self.skipped.rows == 1).then_some(Err(reason));
        }
        (shown < MAX_ROW_ERRORS).then_some(Ok((column, reason)))
    }

    /// "N more unreadable rows … not shown", when there were more than shown.
    fn more(&self, shown: usize) -> Option<Diagnostic> {
        let hidden = self.bad_rows.saturating_sub(shown as u64);
        (!self.skip_bad_rows && hidden > 0).then(|| {
            file_error(self.log, format!("{hidden} more unreadable rows in '{}' not shown", self.log.path.display()))
        })
    }
}

/// Status values the log's vocabulary does not know, counted per value —
/// at most [`TALLIED`] distinct ones, the rest together.
#[derive(Default)]
struct StatusTally {
    counts: HashMap<String, u64>,
    others: u64,
}

/// How many distinct unknown status values are counted one by one.
const TALLIED: usize = 1000;

/// How many of them a warning lists.
const LISTED_STATUSES: usize = 12;

impl StatusTally {
    fn add(&mut self, raw: &str) {
        if let Some(count) = self.counts.get_mut(raw) {
            *count += 1;
        } else if self.counts.len() < TALLIED {
            self.counts.insert(raw.to_string(), 1);
        } else {
            self.others += 1;
        }
    }

    /// The commonest values, and the tickets of all the others.
    fn listed(&mut self) -> (Vec<(String, u64)>, u64) {
        let mut counts: Vec<(String, u64)> = self.counts.drain().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let rest: u64 = counts.iter().skip(LISTED_STATUSES).map(|(_, n)| n).sum::<u64>() + self.others;
        counts.truncate(LISTED_STATUSES);
        (counts, rest)
    }
}

/// A row that could not be read: where its record starts, which field is
/// wrong (`None`: the record as a whole) and why. Located once the read is
/// over, from the log's text, so quoted line breaks and CRLF count right.
pub(super) struct BadRow {
    pub byte: u64,
    pub field: Option<usize>,
    /// ` (ticket A-3)`, or empty.
    pub ticket: String,
    pub message: String,
}

pub(super) const ROW_HELP: &str =
    "fix the row, or pass --skip-bad-rows to leave unreadable rows out (they are counted)";

fn read_csv(reading: &mut Reading, stats: &mut TicketStats) -> Vec<Diagnostic> {
    let log = reading.log;
    let file_error = |message: String| file_error(log, message);
    let OpenCsv { header_line, delimiter, mut reader } = match open_csv(log) {
        Ok(opened) => opened,
        Err(error) => return vec![unreadable(log, &error)],
    };
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => return vec![csv_problem(log, &error, delimiter)],
    };
    let index = match column_indexes(&log.columns, &headers) {
        Ok(index) => index,
        Err(problems) => {
            let other = [b',', b';', b'\t'].into_iter().find(|d| *d != delimiter && header_line.contains(d));
            return problems
                .into_iter()
                .map(|(message, help)| {
                    let help = match other {
                        Some(other) => format!(
                            "{help}; the header line also holds `{}`: if that separates the columns, add `delimiter = \"{}\"`",
                            source::shown_delimiter(other),
                            source::shown_delimiter(other)
                        ),
                        None => help,
                    };
                    Diagnostic { location: header_location(log), help: Some(help), ..file_error(message) }
                })
                .collect();
        }
    };

    let mut bad = Vec::new();
    let mut first_skipped = None;
    let small = reading.small;
    let mut handle = |record: &csv::StringRecord| {
        let byte = record.position().map_or(0, |p| p.byte());
        match reading.row(&index, record, stats, bad.len()) {
            None => {}
            Some(Err(reason)) => first_skipped = Some((byte, reason)),
            Some(Ok((column, reason))) => {
                let ticket = ticket_id(&index, record);
                bad.push(BadRow { byte, field: Some(column), ticket, message: reason })
            }
        }
    };
    let unreadable_csv = if small {
        // A small log is read on this thread with one record buffer: a
        // second thread and its batches cost more than the rows.
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(true) => handle(&record),
                Ok(false) => break None,
                Err(error) => break Some(error),
            }
        }
    } else {
        // Two stages on the two cores: one thread splits the CSV into records,
        // this one reads times and counts. Batches of records go back and forth
        // so their buffers are reused.
        let (full, filled) = mpsc::sync_channel::<(Vec<csv::StringRecord>, usize)>(BATCHES);
        let (empty, emptied) = mpsc::channel::<Vec<csv::StringRecord>>();
        for _ in 0..BATCHES + 2 {
            let _ = empty.send(vec![csv::StringRecord::new(); BATCH]);
        }
        std::thread::scope(|scope| {
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
                batch[..n].iter().for_each(&mut handle);
                let _ = empty.send(batch);
            }
            splitter.join().unwrap_or(None)
        })
    };
    if let Some(error) = unreadable_csv {
        // Not even a row (bad quoting, a byte that is not text): report and stop.
        let mut problems = locate_rows(log, bad, delimiter, ROW_HELP);
        problems.push(csv_problem(log, &error, delimiter));
        return problems;
    }
    if let Some((byte, reason)) = first_skipped {
        let line = lines_at(log, &[record_start(log, byte)]).first().copied().unwrap_or(0);
        reading.skipped.first = Some((line, reason));
    }
    let shown = bad.len();
    let mut errors = locate_rows(log, bad, delimiter, ROW_HELP);
    errors.extend(reading.more(shown));
    errors
}

/// A CSV log opened for reading.
pub(super) struct OpenCsv {
    /// The header line as bytes, for hints about the delimiter.
    pub header_line: Vec<u8>,
    /// Named in the `[[tickets]]` table, or sniffed from the header line.
    pub delimiter: u8,
    /// Over the log's text, decoded from its encoding.
    pub reader: csv::Reader<Box<dyn Read + Send>>,
}

/// Opens a CSV log; read_csv and the status-change reader both start here.
pub(super) fn open_csv(log: &TicketLog) -> std::io::Result<OpenCsv> {
    let header_line = source::header_line(log)?;
    let text = source::open_text(log, true)?;
    let delimiter = log.delimiter.unwrap_or_else(|| source::sniff_delimiter(&header_line));
    let reader =
        csv::ReaderBuilder::new().flexible(true).delimiter(delimiter).buffer_capacity(1 << 16).from_reader(text);
    Ok(OpenCsv { header_line, delimiter, reader })
}

/// A CSV error that stops the read: bad quoting, or a byte that is not text
/// in the log's encoding (located at that byte, with the encoding it looks like).
pub(super) fn csv_problem(log: &TicketLog, error: &csv::Error, delimiter: u8) -> Diagnostic {
    match error.kind() {
        csv::ErrorKind::Io(io) => unreadable(log, io),
        csv::ErrorKind::Utf8 { pos, .. } => {
            // The record starts at `pos`; its first byte that is not UTF-8 is the place.
            let start = pos.as_ref().map_or(0, |p| p.byte());
            let text = read_at(log, start);
            let valid = std::str::from_utf8(&text).map_or_else(|e| e.valid_up_to(), |t| t.len());
            bad_byte(log, source::bom_length(&log.path) + start + valid as u64, encoding_rs::UTF_8)
        }
        _ => {
            let byte = error.position().map_or(0, |p| p.byte());
            let reason = error.to_string();
            let bad =
                BadRow { byte, field: None, ticket: String::new(), message: format!("not readable CSV: {reason}") };
            locate_rows(log, vec![bad], delimiter, "save the export as CSV with a header row").remove(0)
        }
    }
}

/// An I/O error while reading the log: a malformed byte is located; anything
/// else names the file.
pub(super) fn unreadable(log: &TicketLog, error: &std::io::Error) -> Diagnostic {
    match error.get_ref().and_then(|e| e.downcast_ref::<source::Malformed>()) {
        Some(malformed) => bad_byte(log, malformed.offset, malformed.encoding),
        None => file_error(log, format!("reading ticket log '{}': {error}", log.path.display())),
    }
}

/// A located error for the byte at file offset `offset`, which is not valid
/// in `encoding`: its line (the line breaks before it, counted in one
/// streamed pass) and column, with the line shown around it.
fn bad_byte(log: &TicketLog, offset: u64, encoding: &'static encoding_rs::Encoding) -> Diagnostic {
    // A line break is the byte 0x0A in every ASCII-compatible encoding (no
    // multi-byte character of GB18030, Big5 or Shift_JIS contains it), and
    // the aligned pair 0x0A 0x00 (LE) or 0x00 0x0A (BE) in UTF-16.
    let newline: &[u8] = if encoding == encoding_rs::UTF_16LE {
        b"\n\0"
    } else if encoding == encoding_rs::UTF_16BE {
        b"\0\n"
    } else {
        b"\n"
    };
    let skip = source::bom_length(&log.path);
    let (mut line, mut current, mut after) = (1usize, Vec::new(), Vec::new());
    if let Ok(mut file) = File::open(&log.path) {
        let _ = std::io::copy(&mut (&mut file).take(skip), &mut std::io::sink());
        let mut remaining = offset.saturating_sub(skip);
        let mut chunk = vec![0u8; 1 << 16];
        while remaining > 0 {
            let want = chunk.len().min(remaining as usize) & !(newline.len() - 1);
            let Ok(n) = file.read(&mut chunk[..want.max(newline.len())]) else { break };
            if n == 0 {
                break;
            }
            for unit in chunk[..n].chunks(newline.len()) {
                if unit == newline {
                    line += 1;
                    current.clear();
                } else if current.len() < 1 << 16 {
                    current.extend_from_slice(unit);
                }
            }
            remaining = remaining.saturating_sub(n as u64);
        }
        let _ = (&mut file).take(256).read_to_end(&mut after);
    }
    let (before, _) = encoding.decode_without_bom_handling(&current);
    let bad = after.first().copied().unwrap_or(0);
    let (rest, _) = encoding.decode_without_bom_handling(after.get(1..).unwrap_or_default());
    let rest = rest.split(['\r', '\n']).next().unwrap_or_default();
    let before = before.trim_end_matches('\r');
    let from = before.len();
    let name = if encoding == encoding_rs::UTF_8 { "UTF-8" } else { encoding.name() };
    Diagnostic {
        severity: Severity::Error,
        message: format!("ticket log line {line}: byte 0x{bad:02X} is not {name} text"),
        file: log.path.display().to_string(),
        location: Some(Location {
            line,
            column: crate::diagnostic::display_column(before),
            underline: from..from + '\u{FFFD}'.len_utf8(),
            line_text: format!("{before}\u{FFFD}{rest}"),
        }),
        help: Some(source::encoding_help(
            &log.path,
            encoding,
            log.encoding.is_some() || source::bom_length(&log.path) > 0,
        )),
    }
}

/// Reads a spreadsheet log's sheet row by row; problems name the sheet and cell.
fn read_spreadsheet(reading: &mut Reading, stats: &mut TicketStats) -> Vec<Diagnostic> {
    let log = reading.log;
    let file = log.path.display().to_string();
    let sheet = match source::read_sheet(&log.path, log.sheet.as_deref()) {
        Ok(sheet) => sheet,
        Err(message) => return vec![file_error(log, format!("ticket log '{file}': {message}"))],
    };
    let mut rows = sheet.rows().enumerate();
    let Some((_, header)) = rows.next() else {
        return vec![file_error(log, format!("ticket log '{file}': sheet `{}` is empty", sheet.name))];
    };
    let headers = csv::StringRecord::from(header);
    let index = match column_indexes(&log.columns, &headers) {
        Ok(index) => index,
        Err(problems) => {
            return problems
                .into_iter()
                .map(|(message, help)| Diagnostic {
                    file: sheet.cell(&file, 0, 0),
                    help: Some(help),
                    ..file_error(log, message)
                })
                .collect();
        }
    };
    let mut errors = Vec::new();
    let mut record = csv::StringRecord::new();
    for (row, cells) in rows {
        if cells.iter().all(String::is_empty) {
            continue; // a blank row in a sheet is formatting, not a ticket
        }
        record.clear();
        cells.iter().for_each(|cell| record.push_field(cell));
        match reading.row(&index, &record, stats, errors.len()) {
            None => {}
            Some(Err(reason)) => reading.skipped.first = Some((row + 1, reason)),
            Some(Ok((column, reason))) => errors.push(Diagnostic {
                message: format!("ticket log row {}{}: {reason}", row + 1, ticket_id(&index, &record)),
                file: sheet.cell(&file, row, column),
                help: Some(ROW_HELP.into()),
                ..file_error(log, String::new())
            }),
        }
    }
    let shown = errors.len();
    errors.extend(reading.more(shown));
    errors
}

/// Located errors for `rows`: the line each record starts on, counted in the
/// log's own text (a quoted line break inside a cell is a line too), and the
/// cell, found by reading the record again honouring quotes.
pub(super) fn locate_rows(log: &TicketLog, rows: Vec<BadRow>, delimiter: u8, help: &str) -> Vec<Diagnostic> {
    let starts: Vec<u64> = rows.iter().map(|row| record_start(log, row.byte)).collect();
    let lines = lines_at(log, &starts);
    rows.into_iter()
        .zip(starts)
        .zip(lines)
        .map(|((row, start), line)| {
            let location = cell_location(log, line, start, row.field, delimiter);
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

/// ` (ticket A-3)`, when the log has an id column and the row an id.
fn ticket_id(index: &Index, record: &csv::StringRecord) -> String {
    match index.id.and_then(|i| record.get(i)).map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) => format!(" (ticket {id})"),
        None => String::new(),
    }
}

/// Column positions of the mapped fields.
pub(super) struct Index {
    pub id: Option<usize>,
    pub opened: usize,
    first_response: Option<usize>,
    resolved: Option<usize>,
    severity: Option<usize>,
    pub status: Option<usize>,
    reopens: Option<usize>,
    handoffs: Option<usize>,
    paused: Option<usize>,
    agent_replies: Option<usize>,
    tags: Option<usize>,
    first_response_flag: Option<usize>,
    resolution_flag: Option<usize>,
}

pub(super) type HeaderProblem = (String, String);

pub(super) fn column_indexes(columns: &Columns, headers: &csv::StringRecord) -> Result<Index, Vec<HeaderProblem>> {
    let mut problems = Vec::new();
    let mut find = |role: &str| -> Option<usize> {
        let name = columns.get(role)?;
        let matching: Vec<usize> =
            headers.iter().enumerate().filter(|(_, h)| h.trim() == name.trim()).map(|(i, _)| i).collect();
        match matching.as_slice() {
            // A column the preset names but this export lacks: not read.
            [] if columns.optional.contains(&role) => None,
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
    let opened = find("opened");
    let index = Index {
        id: find("id"),
        opened: opened.unwrap_or(0),
        first_response: find("first_response"),
        resolved: find("resolved"),
        severity: find("severity"),
        status: find("status"),
        reopens: find("reopens"),
        handoffs: find("handoffs"),
        paused: find("paused"),
        agent_replies: find("agent_replies"),
        tags: find("tags"),
        first_response_flag: find("first_response_flag"),
        resolution_flag: find("resolution_flag"),
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
    /// The clock its targets run on.
    clock: Option<Arc<Clock>>,
}

/// Values of one column seen so far, each resolved once: the handful a
/// real log has are found by a short scan, which beats hashing on every row;
/// past that a hash map takes over, so a log with a hundred thousand
/// distinct values stays linear.
struct Seen<T> {
    values: Vec<T>,
    recent: Vec<(Box<str>, usize)>,
    map: HashMap<Box<str>, usize>,
}

/// How many distinct values are found by scanning before the hash map.
const SCANNED: usize = 8;

impl<T> Default for Seen<T> {
    fn default() -> Self {
        Seen { values: Vec::new(), recent: Vec::new(), map: HashMap::new() }
    }
}

impl<T> Seen<T> {
    fn get(&mut self, raw: &str, resolve: impl FnOnce() -> T) -> &T {
        let found = match self.recent.iter().find(|(seen, _)| **seen == *raw) {
            Some((_, index)) => Some(*index),
            None => self.map.get(raw).copied(),
        };
        let index = found.unwrap_or_else(|| {
            self.values.push(resolve());
            let index = self.values.len() - 1;
            if self.recent.len() < SCANNED {
                self.recent.push((raw.into(), index));
            } else {
                self.map.insert(raw.into(), index);
            }
            index
        });
        &self.values[index]
    }
}

/// Severity values seen so far: the severity each stands for (or why it
/// cannot be read) and its SLA targets.
#[derive(Default)]
struct Slots(Seen<Result<Slot, (usize, String)>>);

impl Slots {
    fn get(
        &mut self,
        raw: &str,
        column: Option<usize>,
        log: &TicketLog,
        sla: Option<&Sla>,
    ) -> Result<&Slot, (usize, String)> {
        match self.0.get(raw, || Slot::resolve(raw, column, log, sla)) {
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
            clock: sla.map(|sla| sla.clock(&severity).clone()),
            severity,
        })
    }
}

/// What one row says about its ticket, read and checked.
struct Row<'r> {
    first_response: Option<f64>,
    resolution: Option<f64>,
    resolved: bool,
    reopens: Option<u64>,
    handoffs: Option<u64>,
    replies: Option<u64>,
    /// Adherence to each target (`None`: no target): whether it was met.
    first_response_met: Option<bool>,
    resolution_met: Option<bool>,
    /// The help desk's verdict next to vendorcard's, where both exist.
    first_response_verdicts: Option<(bool, bool)>,
    resolution_verdicts: Option<(bool, bool)>,
    id: &'r str,
}

/// Reads one row into `stats`, or says which column is wrong and why.
fn read_row(
    reading: &mut Reading,
    index: &Index,
    record: &csv::StringRecord,
    stats: &mut TicketStats,
) -> Result<(), (usize, String)> {
    let (log, sla, times) = (reading.log, reading.sla, &reading.times);
    let cell = |i: usize| record.get(i).unwrap_or("").trim_ascii();
    let opened_text = cell(index.opened);
    if opened_text.is_empty() {
        return Err((index.opened, "no time in the `opened` column".into()));
    }
    let opened = times.parse(opened_text).map_err(|e| (index.opened, e))?;

    let raw = index.severity.map_or("", cell);
    let slot = reading.slots.get(raw, index.severity, log, sla)?;

    let first_response = elapsed(index.first_response, "first response", record, times, opened)?;
    let resolved_at = elapsed(index.resolved, "resolved", record, times, opened)?;
    let status = index.status.map(cell).filter(|status| !status.is_empty());
    let status_resolved =
        match status.map(|status| (status, *reading.status_classes.get(status, || log.statuses.get(status)))) {
            Some((_, Some(class))) => class == StatusClass::Resolved,
            // Not in the vocabulary: counted as open, and named in a warning.
            Some((status, None)) => {
                reading.statuses.add(status);
                false
            }
            None => false,
        };
    let reopens = count(index.reopens, "reopens", record)?;
    // Zendesk counts the groups a ticket passed through: one is no hand-off.
    let handoffs = count(index.handoffs, "hand-offs", record)?.map(|n| {
        if log.columns.handoffs_are_stations {
            n.saturating_sub(1)
        } else {
            n
        }
    });
    let replies = count(index.agent_replies, "agent replies", record)?;
    let paused = paused_minutes(index.paused, record, resolved_at)?;
    let first_response_flag = verdict(index.first_response_flag, log, record)?;
    let resolution_flag = verdict(index.resolution_flag, log, record)?;
    let id = index.id.map_or("", cell);
    let tags = index.tags.map_or("", cell);
    // The row's latest time, in milliseconds (whole seconds in every export).
    let longest = first_response.into_iter().chain(resolved_at).fold(0.0, f64::max);
    let longest = (longest * 60_000.0).round() as i64;
    reading.latest = reading.latest.max(opened.as_millisecond() + longest);

    let mut scopes = 0u64;
    for (i, scope) in reading.scopes.iter().enumerate() {
        if scope.contains(opened, tags) {
            scopes |= 1 << i;
        }
    }
    let resolved = resolved_at.is_some() || status_resolved;
    // Time on the SLA clock of this severity: 7x24 is the wall clock itself.
    let on_clock = |minutes: f64| match slot.clock.as_deref() {
        None | Some(Clock::AllHours) => minutes,
        Some(clock) => clock.minutes(opened, Clock::after(opened, minutes)),
    };
    let first_response_met =
        slot.first_response_target.map(|target| first_response.is_some_and(|m| on_clock(m) <= target));
    let resolution_met = slot.resolution_target.map(|target| {
        resolved_at.is_some_and(|m| {
            let pause = match &slot.clock {
                Some(clock) => {
                    pause_on_clock(reading.changes.as_ref(), clock, id, opened, Clock::after(opened, m), paused)
                }
                None => 0.0,
            };
            on_clock(m) - pause <= target
        })
    });
    // vendorcard's verdict where it is settled: answered (resolved) with a
    // time, or closed without an answer. An open ticket's waits for the export time.
    let first_response_verdicts =
        first_response_flag.zip(first_response_met).filter(|_| first_response.is_some() || resolved);
    let resolution_verdicts = resolution_flag.zip(resolution_met).filter(|_| resolved_at.is_some());
    let row = Row {
        first_response,
        resolution: resolved_at,
        resolved,
        reopens,
        handoffs,
        replies,
        first_response_met,
        resolution_met,
        first_response_verdicts,
        resolution_verdicts,
        id,
    };
    let column = index.handoffs.unwrap_or(0);
    for (i, scope) in stats.scopes.iter_mut().enumerate() {
        if scopes & (1 << i) != 0 {
            let figures = match scope.severities.get_mut(&slot.severity) {
                Some(figures) => figures,
                None => scope.severities.entry(slot.severity.clone()).or_default(),
            };
            add(figures, &row).map_err(|message| (column, message))?;
        }
    }
    if !resolved {
        reading.open.push(OpenTicket {
            scopes,
            severity: slot.severity.clone(),
            opened,
            first_response: slot
                .first_response_target
                .filter(|_| first_response.is_none())
                .map(|target| (target, first_response_flag)),
            resolution: slot.resolution_target.map(|target| (target, resolution_flag)),
            paused,
            id: id.into(),
        });
    }
    Ok(())
}

/// Adds one ticket to the figures of its severity.
fn add(figures: &mut super::SeverityStats, row: &Row) -> Result<(), String> {
    if let Some(n) = row.handoffs {
        // Each count is at most MAX_COUNT, so this cannot overflow before 18 trillion tickets; checked all the same.
        figures.handoffs_total = figures
            .handoffs_total
            .checked_add(n)
            .ok_or_else(|| "the hand-off counts add up to more than can be counted".to_string())?;
        figures.handoffs_known += 1;
    }
    figures.tickets += 1;
    if let Some(minutes) = row.first_response {
        figures.first_response.push(minutes);
    }
    if let Some(minutes) = row.resolution {
        figures.resolution.push(minutes);
    }
    if row.resolved {
        figures.resolved += 1;
        if let Some(replies) = row.replies {
            figures.replies_known += 1;
            figures.first_contact += u64::from(replies <= 1);
        }
    }
    if let Some(n) = row.reopens {
        figures.reopens_known += 1;
        figures.reopened += u64::from(n > 0);
    }
    for (adherence, met) in
        [(&mut figures.first_response_sla, row.first_response_met), (&mut figures.resolution_sla, row.resolution_met)]
    {
        if let Some(met) = met {
            adherence.due += 1;
            adherence.met += u64::from(met);
        }
    }
    if let Some((flag, met)) = row.first_response_verdicts {
        figures.first_response_flags.add(flag, met, row.id);
    }
    if let Some((flag, met)) = row.resolution_verdicts {
        figures.resolution_flags.add(flag, met, row.id);
    }
    Ok(())
}

/// Minutes of the pause between `opened` and `end` on `clock`: exactly, from
/// the status-change log's pending spans; or from the wall-clock minutes on
/// hold the export gives (`paused`), taken as spread evenly over the
/// ticket's life, so they remove the same share of its clock minutes as of
/// its wall-clock minutes.
fn pause_on_clock(
    changes: Option<&Changes>,
    clock: &Clock,
    id: &str,
    opened: Timestamp,
    end: Timestamp,
    paused: Option<f64>,
) -> f64 {
    if let Some(changes) = changes {
        return changes.paused(clock, id, opened, end);
    }
    match paused {
        Some(paused) if paused > 0.0 => {
            let wall = minutes_between(opened, end);
            if wall <= 0.0 {
                return 0.0;
            }
            clock.minutes(opened, end) * (paused / wall).min(1.0)
        }
        _ => 0.0,
    }
}

/// The wall-clock minutes on hold (`paused`): a number of minutes, at most
/// the ticket's time to resolution when it has one.
fn paused_minutes(
    index: Option<usize>,
    record: &csv::StringRecord,
    resolution: Option<f64>,
) -> Result<Option<f64>, (usize, String)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    let minutes = match text.parse::<f64>() {
        Ok(minutes) if minutes.is_finite() && (0.0..=MAX_MINUTES).contains(&minutes) => minutes,
        _ => return Err((i, format!("`{text}` is not a number of minutes on hold"))),
    };
    if resolution.is_some_and(|r| minutes > r) {
        return Err((i, format!("{text} minutes on hold is longer than the ticket took to resolve")));
    }
    Ok(Some(minutes))
}

/// The help desk's SLA verdict in column `index`: met (true) or breached.
fn verdict(index: Option<usize>, log: &TicketLog, record: &csv::StringRecord) -> Result<Option<bool>, (usize, String)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim();
    if text.is_empty() {
        return Ok(None);
    }
    log.verdicts.get(text).map(Some).ok_or_else(|| {
        (
            i,
            format!(
                "`{text}` is not an SLA verdict vendorcard knows (Within SLA, SLA Violated, breached, 超时, …); \
                 say what it means with `sla_flags = {{ \"{}\" = \"met\" }}` (met or breached)",
                text.replace('"', "\\\"")
            ),
        )
    })
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
pub(super) fn header_location(log: &TicketLog) -> Option<Location> {
    let line_text = first_line_of(&String::from_utf8_lossy(&read_at(log, 0)));
    let width = line_text.len();
    Some(Location { line: 1, column: 1, line_text, underline: 0..width })
}

/// Where a record really starts: the csv crate may place a record of a CRLF
/// file at the line break before it.
fn record_start(log: &TicketLog, byte: u64) -> u64 {
    let text = read_at(log, byte);
    byte + text.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count() as u64
}

/// The 1-based line of each offset of the log's text (as the CSV reader
/// saw it: decoded, without a BOM), counting its line breaks in one
/// streamed pass up to the furthest offset (a log may be gigabytes).
fn lines_at(log: &TicketLog, offsets: &[u64]) -> Vec<usize> {
    let mut sorted: Vec<u64> = offsets.to_vec();
    sorted.sort_unstable();
    let mut lines_before: Vec<(u64, usize)> = Vec::with_capacity(sorted.len());
    let (mut position, mut breaks) = (0u64, 0usize);
    let mut pending = sorted.iter().copied().peekable();
    if let Ok(text) = source::open_text(log, false) {
        let mut reader = std::io::BufReader::with_capacity(1 << 16, text);
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
    // Offsets at or past the end: after every line break.
    lines_before.extend(pending.map(|offset| (offset, breaks)));
    offsets
        .iter()
        .map(|offset| lines_before.iter().find(|(at, _)| at == offset).map_or(1, |(_, before)| before + 1))
        .collect()
}

/// Where field `field` of the record starting at `start` (on `line`) is:
/// the record is read again (only on error), its fields found honouring CSV
/// quotes — across line breaks inside quotes too. `None`: the whole record.
fn cell_location(log: &TicketLog, line: usize, start: u64, field: Option<usize>, delimiter: u8) -> Location {
    let text = String::from_utf8_lossy(&read_at(log, start)).into_owned();
    let delimiter = char::from(delimiter);
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
            c if c == delimiter && !quoted => {
                current += 1;
                if Some(current) == field {
                    found = Some(i + c.len_utf8());
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
            // A quoted cell ends at its closing quote; a plain one at the next delimiter.
            let length = match rest.strip_prefix('"') {
                Some(inner) => inner.find('"').map_or(rest.len(), |end| end + 2),
                None => rest.find(delimiter).unwrap_or(rest.len()),
            };
            (from, from + length)
        }
    };
    Location { line, column: crate::diagnostic::display_column(&line_text[..from]), underline: from..to, line_text }
}

/// Up to 64 KiB of the log's text (as the CSV reader saw it) from `offset`.
fn read_at(log: &TicketLog, offset: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Ok(mut reader) = source::open_text(log, false) {
        let skipped = std::io::copy(&mut (&mut reader).take(offset), &mut std::io::sink()).unwrap_or(0);
        if skipped == offset {
            let _ = reader.take(64 * 1024).read_to_end(&mut bytes);
        }
    }
    bytes
}

fn first_line_of(text: &str) -> String {
    text.split('\n').next().unwrap_or_default().trim_end_matches('\r').to_string()
}
