//! Reads one ticket log into [`TicketStats`]: its rows (split into records
//! by [`super::blocks`], on every core for a large log), keeping only each
//! ticket's durations, so a million-row export fits in about 18 MiB.

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

use super::blocks::{self, Cells, BLOCK_BYTES};
use super::clock::{minutes_between, Clock, TimeReader};
use super::durations::Elapsed;
use super::pauses::Changes;
use super::{source, Columns, Scope, SeverityStats, Skipped, Sla, StatusClass, TicketLog, TicketStats};
use crate::diagnostic::{closest, Diagnostic, Location, Severity};
use crate::i18n::Text;
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
    /// How a CSV log's text is cut for the cores: `None`, by its size (one
    /// thread up to 256 KiB, blocks of 512 KiB on every core past that);
    /// `Some(0)`, one thread; `Some(n)`, blocks of `n` bytes on at least two
    /// threads. Set by `VENDORCARD_READ_BLOCK` (see docs/testing.md), so the
    /// tests can read one log both ways.
    pub block_bytes: Option<usize>,
}

impl ReadOptions {
    /// `block_bytes` from `VENDORCARD_READ_BLOCK`, if it is set to a number.
    pub fn block_bytes_from_env() -> Option<usize> {
        std::env::var("VENDORCARD_READ_BLOCK").ok()?.trim().parse().ok()
    }
}

/// At most this many unreadable rows are reported one by one.
const MAX_ROW_ERRORS: usize = 10;

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
/// of its figures, for exports): on another thread while a large log is
/// parsed, after the parse for a small one, and given up as soon as the
/// parse fails.
pub fn read_log(log: &TicketLog, sla: Option<&Sla>, options: &ReadOptions, stats: &mut TicketStats) -> LogOutcome {
    let (skip_bad_rows, hash) = (options.skip_bad_rows, options.hash);
    let file_error = |message: Text| file_error(log, message);
    let failed = |problem: Diagnostic| LogOutcome { problems: vec![problem], ..LogOutcome::default() };
    // A small log is read on this thread alone (see [`SMALL_LOG_BYTES`]).
    let size = match std::fs::metadata(&log.path) {
        Ok(metadata) if metadata.is_file() => metadata.len(),
        Ok(_) => {
            return failed(
                file_error(Text::new("log-not-file").arg("path", log.path.display().to_string()))
                    .with_help(Text::new("log-not-file-help")),
            );
        }
        Err(error) => return failed(file_error(crate::load::read_failed("what-ticket-log", &log.path, &error))),
    };
    let small = size <= SMALL_LOG_BYTES;
    let changes = match &log.changes {
        Some(changes) => match super::pauses::read_changes(changes, skip_bad_rows) {
            Ok(changes) => Some(changes),
            Err(problems) => return LogOutcome { problems, ..LogOutcome::default() },
        },
        None => None,
    };
    // A small log is read in one block of its own size ("buffers sized to the file").
    let whole = usize::try_from(size).unwrap_or(usize::MAX).saturating_add(1);
    let (workers, block_bytes) = match options.block_bytes {
        Some(0) => (1, BLOCK_BYTES.min(whole)),
        Some(bytes) => (cores().max(2), bytes),
        None if small => (1, whole),
        None => (cores(), BLOCK_BYTES),
    };
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // A large log is hashed on another core while it is parsed; a small one after.
        let hashing = (hash && !small).then(|| scope.spawn(|| hash_file(&log.path, &stop)));
        let mut context = Context {
            log,
            sla,
            skip_bad_rows,
            scopes: stats.scopes.iter().map(|s| s.scope.clone()).collect(),
            changes: changes.as_ref(),
            index: Index::default(),
            delimiter: b',',
            fields: 0,
            size,
        };
        let (mut tally, problems, first) = if source::is_spreadsheet(&log.path) {
            read_spreadsheet(&mut context)
        } else {
            read_csv(&mut context, workers, block_bytes)
        };
        let skipped_rows = tally.skipped;
        let (unmapped_statuses, more_unmapped) = tally.statuses.listed();
        let latest = tally.latest;
        let opened = tally.opened;
        let open = tally.into_stats(stats);
        stats.add_opened(opened, &log.zone);
        context.finish(latest, open, options.as_of, stats);
        if problems.iter().any(|p| p.severity == Severity::Error) {
            stop.store(true, Ordering::Relaxed);
        }
        stats.files.push(log.file.clone());
        stats.skipped += skipped_rows;
        if let Some(hashing) = hashing {
            let sha256 = hashing.join().ok().flatten().unwrap_or_default();
            stats.file_hashes.push((log.path.display().to_string(), sha256));
        } else if hash && small {
            let sha256 = if stop.load(Ordering::Relaxed) { None } else { hash_file(&log.path, &stop) };
            stats.file_hashes.push((log.path.display().to_string(), sha256.unwrap_or_default()));
        }
        LogOutcome { problems, skipped: Skipped { rows: skipped_rows, first }, unmapped_statuses, more_unmapped }
    })
}

/// The cores to read a large log on.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get()).min(8)
}

/// Logs up to this size are read on one thread (about 2,500 rows of a
/// typical export): starting a second one, with its record batches, costs
/// more than it saves.
const SMALL_LOG_BYTES: u64 = 256 * 1024;

/// An error about the log as a whole.
pub(super) fn file_error(log: &TicketLog, message: Text) -> Diagnostic {
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

/// What every reader of one log shares: the log, its targets and scopes,
/// its columns, its status changes.
pub(super) struct Context<'a> {
    pub log: &'a TicketLog,
    /// The CSV delimiter, and how many cells the header has.
    pub delimiter: u8,
    pub fields: usize,
    /// The log's size in bytes.
    pub size: u64,
    sla: Option<&'a Sla>,
    skip_bad_rows: bool,
    /// The scopes of the figures (all tickets first).
    scopes: Vec<Scope>,
    /// Each ticket's status changes, from the status-change log.
    changes: Option<&'a Changes>,
    pub index: Index,
}

/// What one thread keeps while it reads rows: the log's timestamps layout
/// and the severity and status values it has seen, each resolved once.
pub(super) struct RowReader {
    times: TimeReader,
    slots: Slots,
    /// Where each severity slot's figures are in the tally being filled
    /// (checked against the tally, so never cleared: a sparse set).
    positions: Vec<usize>,
    /// What each status value seen means (`None`: the vocabulary does not know it).
    status_classes: Seen<Option<StatusClass>>,
}

impl RowReader {
    pub fn new(log: &TicketLog) -> RowReader {
        RowReader {
            times: TimeReader::new(log.layout.clone(), log.zone.clone()),
            slots: Slots::default(),
            positions: Vec::new(),
            status_classes: Seen::default(),
        }
    }
}

/// The figures of a run of rows: the whole log, or one block of it read on
/// one core, merged with the others in log order.
#[derive(Default)]
pub(super) struct Tally {
    /// Per severity value seen: its slot, its severity and its figures in each scope.
    slots: Vec<(usize, Arc<str>, Vec<SeverityStats>)>,
    /// Where each severity is in `slots`, once tallies are appended (a log
    /// may have a hundred thousand severity values).
    appended: HashMap<Arc<str>, usize>,
    /// Tickets still open whose help-desk verdicts wait for the export time.
    open: Vec<OpenTicket>,
    statuses: StatusTally,
    /// The rows that could not be read and are shown (at most [`MAX_ROW_ERRORS`]).
    pub bad: Vec<BadRow>,
    /// Rows that could not be read, shown or not.
    bad_rows: u64,
    /// Rows skipped under `--skip-bad-rows`, and where and why the first was.
    skipped: u64,
    first_skipped: Option<(u64, Text)>,
    /// The latest time in the rows, in milliseconds since the epoch: when
    /// the log was exported, at the earliest.
    latest: i64,
    /// When the first and the last ticket were opened (milliseconds since the epoch).
    opened: (i64, i64),
}

/// A ticket still open when the log was exported whose help-desk verdict
/// can only be checked then (an open ticket without one is only an age).
struct OpenTicket {
    /// Which scopes it is in (bit i: scope i).
    scopes: u64,
    severity: Arc<str>,
    opened: Timestamp,
    /// Its first-response target and the help desk's verdict, if unanswered.
    first_response: Option<(f64, Option<bool>)>,
    /// Its resolution target and the help desk's verdict.
    resolution: Option<(f64, Option<bool>)>,
    /// Wall-clock minutes on hold so far (the `paused` column).
    paused: Option<f64>,
    id: Box<str>,
}

impl Tally {
    pub fn new() -> Tally {
        Tally { latest: i64::MIN, opened: (i64::MAX, i64::MIN), ..Tally::default() }
    }

    /// Reads the row starting at text offset `byte`; a row that cannot be
    /// read is counted, and kept to be shown or as the first skipped.
    pub fn row(&mut self, context: &Context, reader: &mut RowReader, cells: &Cells, byte: u64) {
        let Err((column, reason)) = read_row(context, reader, self, cells) else { return };
        self.bad_rows += 1;
        if context.skip_bad_rows {
            self.skipped += 1;
            if self.first_skipped.is_none() {
                self.first_skipped = Some((byte, reason));
            }
        } else if self.bad.len() < MAX_ROW_ERRORS {
            let ticket = ticket_id(&context.index, cells);
            self.bad.push(BadRow { byte, field: Some(column), ticket, message: reason });
        }
    }

    /// The figures of severity slot `slot` (`severity`) in each scope.
    fn slot(
        &mut self,
        positions: &mut Vec<usize>,
        slot: usize,
        severity: &Arc<str>,
        scopes: usize,
    ) -> &mut Vec<SeverityStats> {
        if positions.len() <= slot {
            positions.resize(slot + 1, usize::MAX);
        }
        let position = positions[slot];
        if self.slots.get(position).is_none_or(|(at, _, _)| *at != slot) {
            positions[slot] = self.slots.len();
            self.slots.push((slot, severity.clone(), vec![SeverityStats::default(); scopes]));
        }
        &mut self.slots[positions[slot]].2
    }

    /// Adds the rows of `later`, which follow these in the log.
    pub fn append(&mut self, later: Tally) {
        self.absorb_rows(&later);
        for (slot, severity, figures) in later.slots {
            match self.appended.get(&severity) {
                Some(i) => self.slots[*i].2.iter_mut().zip(&figures).for_each(|(mine, more)| mine.merge(more)),
                None => {
                    self.appended.insert(severity.clone(), self.slots.len());
                    self.slots.push((slot, severity, figures));
                }
            }
        }
        self.open.extend(later.open);
    }

    /// Adds `later`'s counts of rows, bad rows and statuses.
    fn absorb_rows(&mut self, later: &Tally) {
        let room = MAX_ROW_ERRORS.saturating_sub(self.bad.len());
        self.bad.extend(later.bad.iter().take(room).map(BadRow::clone));
        self.bad_rows += later.bad_rows;
        self.skipped += later.skipped;
        if self.first_skipped.is_none() {
            self.first_skipped.clone_from(&later.first_skipped);
        }
        self.statuses.absorb(&later.statuses);
        self.latest = self.latest.max(later.latest);
        self.opened = (self.opened.0.min(later.opened.0), self.opened.1.max(later.opened.1));
    }

    /// Moves the figures into `stats`, by severity as the rubric names it.
    fn into_stats(self, stats: &mut TicketStats) -> Vec<OpenTicket> {
        for (_, severity, figures) in self.slots {
            // A severity with no ticket in a scope has no figures there.
            for (scope, figures) in stats.scopes.iter_mut().zip(figures).filter(|(_, f)| f.tickets > 0) {
                match scope.severities.get_mut(&*severity) {
                    Some(mine) => mine.merge(&figures),
                    None => {
                        scope.severities.insert(severity.to_string(), figures);
                    }
                }
            }
        }
        self.open
    }

    /// "N more unreadable rows … not shown", when there were more than shown.
    fn more(&self, context: &Context, shown: usize) -> Option<Diagnostic> {
        let hidden = self.bad_rows.saturating_sub(shown as u64);
        (!context.skip_bad_rows && hidden > 0).then(|| {
            file_error(
                context.log,
                Text::new("more-bad-rows")
                    .arg("n", hidden.to_string())
                    .arg("path", context.log.path.display().to_string()),
            )
        })
    }
}

impl<'a> Context<'a> {
    /// Censors the tickets still open at the export: at `exported`, else
    /// at the end of `as_of` in the log's zone, else at the log's latest
    /// time; checks the help-desk verdicts still waiting for it; and seals
    /// the figures for the queries.
    fn finish(&self, latest: i64, open: Vec<OpenTicket>, as_of: Option<crate::date::Date>, stats: &mut TicketStats) {
        let log = self.log;
        let end_of = |date: crate::date::Date| {
            let midnight = date.at(0, 0, 0, 0);
            log.zone.to_timestamp(midnight).ok().and_then(|t| t.checked_add(SignedDuration::from_hours(24)).ok())
        };
        let latest = Timestamp::from_millisecond(latest).unwrap_or(Timestamp::MIN);
        let censor = log.exported.or_else(|| as_of.and_then(end_of)).unwrap_or(latest);
        for ticket in open {
            // A help-desk verdict on a ticket still open is checked only once
            // its time on the clock is past the target: then it was missed.
            let clock = self.sla.map(|sla| sla.clock(&ticket.severity).clone());
            let missed = |target: f64, paused: f64| {
                clock.as_ref().is_some_and(|clock| clock.minutes(ticket.opened, censor) - paused > target)
            };
            let first_response = ticket.first_response.and_then(|(target, flag)| flag.filter(|_| missed(target, 0.0)));
            let resolution = ticket.resolution.and_then(|(target, flag)| {
                let paused = clock.as_ref().map_or(0.0, |clock| {
                    pause_on_clock(self.changes, clock, &ticket.id, ticket.opened, censor, ticket.paused)
                });
                flag.filter(|_| missed(target, paused))
            });
            for (i, scope) in stats.scopes.iter_mut().enumerate() {
                if ticket.scopes & (1 << i) == 0 {
                    continue;
                }
                let figures = scope.severities.entry(ticket.severity.to_string()).or_default();
                if let Some(flag) = first_response {
                    figures.first_response_flags.add(flag, false, &ticket.id);
                }
                if let Some(flag) = resolution {
                    figures.resolution_flags.add(flag, false, &ticket.id);
                }
            }
        }
        stats.seal(censor.as_millisecond());
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
        self.add_many(raw, 1);
    }

    fn add_many(&mut self, raw: &str, n: u64) {
        if let Some(count) = self.counts.get_mut(raw) {
            *count += n;
        } else if self.counts.len() < TALLIED {
            self.counts.insert(raw.to_string(), n);
        } else {
            self.others += n;
        }
    }

    /// Adds the values counted in a later part of the log.
    fn absorb(&mut self, later: &StatusTally) {
        later.counts.iter().for_each(|(raw, n)| self.add_many(raw, *n));
        self.others += later.others;
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
#[derive(Clone)]
pub(super) struct BadRow {
    pub byte: u64,
    pub field: Option<usize>,
    /// The ticket's id (`A-3`), or empty.
    pub ticket: String,
    pub message: Text,
}

/// What reading a log's rows gave: their figures, the problems, and the
/// line and reason of the first row skipped.
type RowsRead = (Tally, Vec<Diagnostic>, Option<(usize, Text)>);

fn read_csv(context: &mut Context, workers: usize, block_bytes: usize) -> RowsRead {
    let log = context.log;
    let failed = |problems: Vec<Diagnostic>| (Tally::new(), problems, None);
    let OpenCsv { header_line, delimiter, mut text } = match open_csv(log) {
        Ok(opened) => opened,
        Err(error) => return failed(vec![unreadable(log, &error)]),
    };
    context.delimiter = delimiter;
    let (headers, head, offset) =
        match blocks::read_header(&mut text, delimiter, usize::try_from(context.size).unwrap_or(usize::MAX)) {
            Ok(header) => header,
            Err(fatal) => return failed(vec![fatal_problem(log, fatal)]),
        };
    let headers = csv::StringRecord::from(headers);
    context.fields = headers.len();
    context.index = match column_indexes(&log.columns, &headers) {
        Ok(index) => index,
        Err(problems) => {
            let other = [b',', b';', b'\t'].into_iter().find(|d| *d != delimiter && header_line.contains(d));
            return failed(
                problems
                    .into_iter()
                    .map(|(message, help)| {
                        let help = match other {
                            Some(other) => Text::new("header-other-delimiter")
                                .part("help", help)
                                .arg("delimiter", source::shown_delimiter(other)),
                            None => help,
                        };
                        Diagnostic { location: header_location(log), help: Some(help), ..file_error(log, message) }
                    })
                    .collect(),
            );
        }
    };
    let (mut tally, fatal) = blocks::read_records(context, text, head, offset, workers, block_bytes);
    let bad = std::mem::take(&mut tally.bad);
    let shown = bad.len();
    let mut problems = locate_rows(log, bad, delimiter, "row-help");
    if let Some(fatal) = fatal {
        // Not even a row (a byte that is not text): report and stop.
        problems.push(fatal_problem(log, fatal));
        return (tally, problems, None);
    }
    problems.extend(tally.more(context, shown));
    let first = tally
        .first_skipped
        .take()
        .map(|(byte, reason)| (lines_at(log, &[record_start(log, byte)]).first().copied().unwrap_or(0), reason));
    (tally, problems, first)
}

/// The problem that stopped a read.
fn fatal_problem(log: &TicketLog, fatal: blocks::Fatal) -> Diagnostic {
    match fatal {
        blocks::Fatal::Io(error) => unreadable(log, &error),
        blocks::Fatal::NotUtf8(start) => not_utf8(log, start),
    }
}

/// The record starting at text offset `start` is not UTF-8: the place is
/// its first byte that is not.
fn not_utf8(log: &TicketLog, start: u64) -> Diagnostic {
    let text = read_at(log, start);
    let valid = std::str::from_utf8(&text).map_or_else(|e| e.valid_up_to(), |t| t.len());
    bad_byte(log, source::bom_length(&log.path) + start + valid as u64, encoding_rs::UTF_8)
}

/// A CSV log opened for reading.
pub(super) struct OpenCsv {
    /// The header line as bytes, for hints about the delimiter.
    pub header_line: Vec<u8>,
    /// Named in the `[[tickets]]` table, or sniffed from the header line.
    pub delimiter: u8,
    /// The log's text, decoded from its encoding.
    pub text: Box<dyn Read + Send>,
}

/// Opens a CSV log; read_csv and the status-change reader both start here.
pub(super) fn open_csv(log: &TicketLog) -> std::io::Result<OpenCsv> {
    let header_line = source::header_line(log)?;
    let text = source::open_text(log, true)?;
    let delimiter = log.delimiter.unwrap_or_else(|| source::sniff_delimiter(&header_line));
    Ok(OpenCsv { header_line, delimiter, text })
}

/// A CSV error that stops the read: bad quoting, or a byte that is not text
/// in the log's encoding (located at that byte, with the encoding it looks like).
pub(super) fn csv_problem(log: &TicketLog, error: &csv::Error, delimiter: u8) -> Diagnostic {
    match error.kind() {
        csv::ErrorKind::Io(io) => unreadable(log, io),
        // The record starts at `pos`; its first byte that is not UTF-8 is the place.
        csv::ErrorKind::Utf8 { pos, .. } => not_utf8(log, pos.as_ref().map_or(0, |p| p.byte())),
        _ => {
            let byte = error.position().map_or(0, |p| p.byte());
            let reason = error.to_string();
            let bad = BadRow {
                byte,
                field: None,
                ticket: String::new(),
                message: Text::new("csv-unreadable").arg("reason", reason),
            };
            locate_rows(log, vec![bad], delimiter, "save-as-csv-help").remove(0)
        }
    }
}

/// An I/O error while reading the log: a malformed byte is located; anything
/// else names the file.
pub(super) fn unreadable(log: &TicketLog, error: &std::io::Error) -> Diagnostic {
    match error.get_ref().and_then(|e| e.downcast_ref::<source::Malformed>()) {
        Some(malformed) => bad_byte(log, malformed.offset, malformed.encoding),
        None => file_error(log, crate::load::read_failed("what-ticket-log", &log.path, error)),
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
        message: Text::new("log-bad-byte")
            .arg("line", line.to_string())
            .arg("byte", format!("0x{bad:02X}"))
            .arg("encoding", name),
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
fn read_spreadsheet(context: &mut Context) -> RowsRead {
    let log = context.log;
    let file = log.path.display().to_string();
    let failed = |problems: Vec<Diagnostic>| (Tally::new(), problems, None);
    let sheet = match source::read_sheet(&log.path, log.sheet.as_deref()) {
        Ok(sheet) => sheet,
        Err(message) => {
            return failed(vec![file_error(log, Text::new("log-prefixed").arg("file", &file).part("message", message))])
        }
    };
    let mut rows = sheet.rows().enumerate();
    let Some((_, header)) = rows.next() else {
        return failed(vec![file_error(log, Text::new("sheet-empty").arg("file", &file).arg("sheet", &sheet.name))]);
    };
    let headers = csv::StringRecord::from(header);
    context.index = match column_indexes(&log.columns, &headers) {
        Ok(index) => index,
        Err(problems) => {
            return failed(
                problems
                    .into_iter()
                    .map(|(message, help)| Diagnostic {
                        file: sheet.cell(&file, 0, 0),
                        help: Some(help),
                        ..file_error(log, message)
                    })
                    .collect(),
            );
        }
    };
    let (mut tally, mut reader) = (Tally::new(), RowReader::new(log));
    let (mut text, mut ends) = (String::new(), Vec::new());
    for (row, cells) in rows {
        if cells.iter().all(String::is_empty) {
            continue; // a blank row in a sheet is formatting, not a ticket
        }
        text.clear();
        ends.clear();
        for cell in &cells {
            text.push_str(cell);
            ends.push(text.len());
        }
        // Row numbers stand for text offsets: a bad row is located by its sheet and cell.
        tally.row(context, &mut reader, &blocks::Cells::new(&text, &ends), row as u64 + 1);
    }
    let bad = std::mem::take(&mut tally.bad);
    let shown = bad.len();
    let mut problems: Vec<Diagnostic> = bad
        .into_iter()
        .map(|bad| Diagnostic {
            message: Text::new(if bad.ticket.is_empty() { "ticket-row-problem" } else { "ticket-row-problem-id" })
                .arg("row", bad.byte.to_string())
                .arg("ticket", bad.ticket)
                .part("problem", bad.message),
            file: sheet.cell(&file, bad.byte as usize - 1, bad.field.unwrap_or(0)),
            help: Some(Text::new("row-help")),
            ..file_error(log, Text::default())
        })
        .collect();
    problems.extend(tally.more(context, shown));
    let first = tally.first_skipped.take().map(|(row, reason)| (row as usize, reason));
    (tally, problems, first)
}

/// Located errors for `rows`: the line each record starts on, counted in the
/// log's own text (a quoted line break inside a cell is a line too), and the
/// cell, found by reading the record again honouring quotes.
/// `help`: the catalogue key of the advice under each row's problem.
pub(super) fn locate_rows(log: &TicketLog, rows: Vec<BadRow>, delimiter: u8, help: &'static str) -> Vec<Diagnostic> {
    let starts: Vec<u64> = rows.iter().map(|row| record_start(log, row.byte)).collect();
    let lines = lines_at(log, &starts);
    rows.into_iter()
        .zip(starts)
        .zip(lines)
        .map(|((row, start), line)| {
            let location = cell_location(log, line, start, row.field, delimiter);
            Diagnostic {
                severity: Severity::Error,
                message: Text::new(if row.ticket.is_empty() {
                    "ticket-line-problem"
                } else {
                    "ticket-line-problem-id"
                })
                .arg("line", location.line.to_string())
                .arg("ticket", row.ticket)
                .part("problem", row.message),
                file: log.path.display().to_string(),
                location: Some(location),
                help: Some(Text::new(help)),
            }
        })
        .collect()
}

/// `A-3`, when the log has an id column and the row an id.
fn ticket_id(index: &Index, record: &Cells) -> String {
    match index.id.and_then(|i| record.get(i)).map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) => id.to_string(),
        None => String::new(),
    }
}

/// Column positions of the mapped fields.
#[derive(Default)]
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

pub(super) type HeaderProblem = (Text, Text);

/// A header name as a message shows it: at most 60 characters, then `…`.
fn shortened(name: &str) -> String {
    match name.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &name[..cut]),
        None => name.to_string(),
    }
}

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
                    Some(best) => Text::new("column-did-you-mean").arg("best", best),
                    None => {
                        // At most 40 names of at most 60 characters: a wrong
                        // file may have one "name" of megabytes.
                        let listed: Vec<String> = headers.iter().take(40).map(shortened).collect();
                        Text::new("header-has").arg("names", listed.join(", "))
                    }
                };
                problems.push((Text::new("no-column").arg("name", name), help));
                None
            }
            [one] => Some(*one),
            [first, second, ..] => {
                problems.push((
                    Text::new("column-twice")
                        .arg("count", matching.len().to_string())
                        .arg("name", name)
                        .arg("first", (first + 1).to_string())
                        .arg("second", (second + 1).to_string()),
                    Text::new("column-twice-help"),
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
        problems.push((Text::new("no-opened-column"), Text::new("no-opened-column-help")));
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
    severity: Arc<str>,
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
    /// The value resolved for `raw`, and its index (in order first seen).
    fn get(&mut self, raw: &str, resolve: impl FnOnce() -> T) -> (usize, &T) {
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
        (index, &self.values[index])
    }
}

/// Severity values seen so far: the severity each stands for (or why it
/// cannot be read) and its SLA targets.
#[derive(Default)]
struct Slots(Seen<Result<Slot, (usize, Text)>>);

impl Slots {
    fn get(
        &mut self,
        raw: &str,
        column: Option<usize>,
        log: &TicketLog,
        sla: Option<&Sla>,
    ) -> Result<(usize, &Slot), (usize, Text)> {
        match self.0.get(raw, || Slot::resolve(raw, column, log, sla)) {
            (index, Ok(slot)) => Ok((index, slot)),
            (_, Err(problem)) => Err(problem.clone()),
        }
    }
}

/// How many keys of a severity map an error lists before "and N more".
const LISTED_KEYS: usize = 8;

impl Slot {
    fn resolve(raw: &str, column: Option<usize>, log: &TicketLog, sla: Option<&Sla>) -> Result<Slot, (usize, Text)> {
        let severity = match (column, &log.severity) {
            (None, _) => "any".to_string(),
            (Some(i), None) if raw.is_empty() => return Err((i, Text::new("no-severity"))),
            (Some(_), None) => raw.to_string(),
            (Some(i), Some(map)) => match map.get(raw) {
                Some(mapped) => mapped.clone(),
                None => {
                    let mut known: Vec<Text> =
                        map.keys().take(LISTED_KEYS).map(|k| Text::verbatim(format!("`{k}`"))).collect();
                    if map.len() > LISTED_KEYS {
                        known.push(Text::new("and-more").arg("n", (map.len() - LISTED_KEYS).to_string()));
                    }
                    return Err((i, Text::new("severity-unmapped").arg("raw", raw).part("known", Text::list(known))));
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
            severity: severity.into(),
        })
    }
}

/// What one row says about its ticket, read and checked.
struct Row<'r> {
    first_response: Option<Elapsed>,
    resolution: Option<Elapsed>,
    resolved: bool,
    reopens: Option<u64>,
    handoffs: Option<u64>,
    replies: Option<u64>,
    /// The times on the severity's SLA clock, kept where that clock is not
    /// the wall clock (business hours, or time paused): what its targets
    /// are compared with, and what the report plots against them.
    first_response_on_clock: Option<f64>,
    resolution_on_clock: Option<f64>,
    /// Adherence to each target (`None`: no target): whether it was met.
    first_response_met: Option<bool>,
    resolution_met: Option<bool>,
    /// The help desk's verdict next to vendorcard's, where both exist.
    first_response_verdicts: Option<(bool, bool)>,
    resolution_verdicts: Option<(bool, bool)>,
    id: &'r str,
}

/// Reads one row into `stats`, or says which column is wrong and why.
fn read_row(context: &Context, reader: &mut RowReader, tally: &mut Tally, record: &Cells) -> Result<(), (usize, Text)> {
    let (log, sla, index, times) = (context.log, context.sla, &context.index, &reader.times);
    let cell = |i: usize| record.get(i).unwrap_or("").trim_ascii();
    let opened_text = cell(index.opened);
    if opened_text.is_empty() {
        return Err((index.opened, Text::new("no-opened-time")));
    }
    let opened = times.parse(opened_text).map_err(|e| (index.opened, e))?;

    let raw = index.severity.map_or("", cell);
    let (slot_index, slot) = reader.slots.get(raw, index.severity, log, sla)?;

    let first_response_read = elapsed(index.first_response, "elapsed-first-response", record, times, opened)?;
    let resolution_read = elapsed(index.resolved, "elapsed-resolved", record, times, opened)?;
    let (first_response, resolved_at) = (first_response_read.map(|e| e.minutes), resolution_read.map(|e| e.minutes));
    let status = index.status.map(cell).filter(|status| !status.is_empty());
    let status_resolved =
        match status.map(|status| (status, *reader.status_classes.get(status, || log.statuses.get(status)).1)) {
            Some((_, Some(class))) => class == StatusClass::Resolved,
            // Not in the vocabulary: counted as open, and named in a warning.
            Some((status, None)) => {
                tally.statuses.add(status);
                false
            }
            None => false,
        };
    let reopens = count(index.reopens, "count-reopens", record)?;
    // Zendesk counts the groups a ticket passed through: one is no hand-off.
    let handoffs = count(index.handoffs, "count-handoffs", record)?.map(|n| {
        if log.columns.handoffs_are_stations {
            n.saturating_sub(1)
        } else {
            n
        }
    });
    let replies = count(index.agent_replies, "count-agent-replies", record)?;
    let paused = paused_minutes(index.paused, record, resolved_at)?;
    let first_response_flag = verdict(index.first_response_flag, log, record)?;
    let resolution_flag = verdict(index.resolution_flag, log, record)?;
    let id = index.id.map_or("", cell);
    let tags = index.tags.map_or("", cell);
    // The row's latest time, in milliseconds (whole seconds in every export).
    let longest = first_response_read.into_iter().chain(resolution_read).map(Elapsed::millis).max().unwrap_or(0);
    tally.latest = tally.latest.max(opened.as_millisecond() + longest);
    let at = opened.as_millisecond();
    tally.opened = (tally.opened.0.min(at), tally.opened.1.max(at));

    let mut scopes = 0u64;
    for (i, scope) in context.scopes.iter().enumerate() {
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
    // Only business hours, a status-change log or a time-on-hold column make
    // the SLA's clock differ from the wall clock; then its times are kept.
    let kept_on_clock = matches!(slot.clock.as_deref(), Some(Clock::Business(_)))
        || context.changes.is_some()
        || index.paused.is_some();
    let first_response_on_clock = first_response.filter(|_| slot.first_response_target.is_some()).map(on_clock);
    let resolution_on_clock = resolved_at.filter(|_| slot.resolution_target.is_some()).map(|m| {
        let pause = match &slot.clock {
            // Only a status-change log or a time on hold pauses the clock.
            Some(clock) if context.changes.is_some() || paused.is_some() => {
                pause_on_clock(context.changes, clock, id, opened, Clock::after(opened, m), paused)
            }
            _ => 0.0,
        };
        on_clock(m) - pause
    });
    let first_response_met =
        slot.first_response_target.map(|target| first_response_on_clock.is_some_and(|m| m <= target));
    let resolution_met = slot.resolution_target.map(|target| resolution_on_clock.is_some_and(|m| m <= target));
    // vendorcard's verdict where it is settled: answered (resolved) with a
    // time, or closed without an answer. An open ticket's waits for the export time.
    let first_response_verdicts =
        first_response_flag.zip(first_response_met).filter(|_| first_response.is_some() || resolved);
    let resolution_verdicts = resolution_flag.zip(resolution_met).filter(|_| resolved_at.is_some());
    let row = Row {
        first_response: first_response_read,
        resolution: resolution_read,
        resolved,
        reopens,
        handoffs,
        replies,
        first_response_on_clock: first_response_on_clock.filter(|_| kept_on_clock),
        resolution_on_clock: resolution_on_clock.filter(|_| kept_on_clock),
        first_response_met,
        resolution_met,
        first_response_verdicts,
        resolution_verdicts,
        id,
    };
    let column = index.handoffs.unwrap_or(0);
    // A ticket still open waits for the export time: its age then, and any
    // help-desk verdict on it, checked then.
    let (first_response_target, resolution_target) = (slot.first_response_target, slot.resolution_target);
    let severity = &slot.severity;
    let figures = tally.slot(&mut reader.positions, slot_index, severity, context.scopes.len());
    for (i, figures) in figures.iter_mut().enumerate() {
        if scopes & (1 << i) != 0 {
            add(figures, &row).map_err(|message| (column, message))?;
            if !resolved {
                figures.add_open(opened.as_millisecond());
            }
        }
    }
    if !resolved && (first_response_flag.is_some() || resolution_flag.is_some()) {
        tally.open.push(OpenTicket {
            scopes,
            severity: severity.clone(),
            opened,
            first_response: first_response_target
                .filter(|_| first_response.is_none())
                .map(|target| (target, first_response_flag)),
            resolution: resolution_target.map(|target| (target, resolution_flag)),
            paused,
            id: id.into(),
        });
    }
    Ok(())
}

/// Adds one ticket to the figures of its severity.
fn add(figures: &mut SeverityStats, row: &Row) -> Result<(), Text> {
    if let Some(n) = row.handoffs {
        // Each count is at most MAX_COUNT, so this cannot overflow before 18 trillion tickets; checked all the same.
        figures.counts.handoffs_total =
            figures.counts.handoffs_total.checked_add(n).ok_or_else(|| Text::new("handoffs-overflow"))?;
        figures.counts.handoffs_known += 1;
    }
    if let Some(elapsed) = row.first_response {
        figures.first_response.push_elapsed(elapsed);
    }
    if let Some(elapsed) = row.resolution {
        figures.resolution.push_elapsed(elapsed);
    }
    if let Some(minutes) = row.first_response_on_clock {
        figures.first_response_on_clock.push(minutes);
    }
    if let Some(minutes) = row.resolution_on_clock {
        figures.resolution_on_clock.push(minutes.max(0.0));
    }
    let counts = &mut figures.counts;
    counts.tickets += 1;
    if row.resolved {
        counts.resolved += 1;
        if let Some(replies) = row.replies {
            counts.replies_known += 1;
            counts.first_contact += u64::from(replies <= 1);
        }
    }
    if let Some(n) = row.reopens {
        counts.reopens_known += 1;
        counts.reopened += u64::from(n > 0);
    }
    for (adherence, met) in
        [(&mut counts.first_response_sla, row.first_response_met), (&mut counts.resolution_sla, row.resolution_met)]
    {
        if let Some(met) = met {
            adherence.due += 1;
            adherence.met += u64::from(met);
        }
    }
    if let Some((flag, met)) = row.first_response_verdicts {
        counts.first_response_flags.add(flag, met, row.id);
    }
    if let Some((flag, met)) = row.resolution_verdicts {
        counts.resolution_flags.add(flag, met, row.id);
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
fn paused_minutes(index: Option<usize>, record: &Cells, resolution: Option<f64>) -> Result<Option<f64>, (usize, Text)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    let minutes = match text.parse::<f64>() {
        Ok(minutes) if minutes.is_finite() && (0.0..=MAX_MINUTES).contains(&minutes) => minutes,
        _ => return Err((i, Text::new("paused-not-number").arg("text", text))),
    };
    if resolution.is_some_and(|r| minutes > r) {
        return Err((i, Text::new("paused-too-long").arg("text", text)));
    }
    Ok(Some(minutes))
}

/// The help desk's SLA verdict in column `index`: met (true) or breached.
fn verdict(index: Option<usize>, log: &TicketLog, record: &Cells) -> Result<Option<bool>, (usize, Text)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim();
    if text.is_empty() {
        return Ok(None);
    }
    log.verdicts
        .get(text)
        .map(Some)
        .ok_or_else(|| (i, Text::new("verdict-unknown").arg("text", text).arg("example", text.replace('"', "\\\""))))
}

/// Minutes from `opened` to the time in column `index`: a timestamp, or a
/// number of minutes. Blank: `None` (not yet answered / resolved).
fn elapsed(
    index: Option<usize>,
    what: &'static str,
    record: &Cells,
    times: &TimeReader,
    opened: Timestamp,
) -> Result<Option<Elapsed>, (usize, Text)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    // A timestamp has a separator after its first digit; a number of minutes
    // never does (the year's dash is where to look first).
    let looks_like_time = matches!(text.as_bytes().get(4), Some(b'-' | b'/'))
        || text.bytes().skip(1).any(|b| matches!(b, b'-' | b':' | b'/' | b' ' | b'T'));
    let number = if looks_like_time { None } else { text.parse::<f64>().ok() };
    let (minutes, millis) = match number {
        Some(minutes) if minutes.is_finite() => (minutes, None),
        Some(_) => return Err((i, Text::new("not-minutes").arg("text", text))),
        None => {
            let millis = times.parse(text).map_err(|e| (i, e))?.as_millisecond() - opened.as_millisecond();
            (millis as f64 / 60_000.0, Some(millis))
        }
    };
    if minutes < 0.0 {
        return Err((i, Text::new("time-before-opened").part("what", Text::new(what)).arg("text", text)));
    }
    if minutes > MAX_MINUTES {
        let hint = Text::new(if number.is_some() { "hint-check-unit" } else { "hint-check-date" });
        return Err((i, Text::new("time-too-late").part("what", Text::new(what)).arg("text", text).part("hint", hint)));
    }
    Ok(Some(Elapsed { minutes, millis }))
}

fn count(index: Option<usize>, what: &'static str, record: &Cells) -> Result<Option<u64>, (usize, Text)> {
    let Some(i) = index else { return Ok(None) };
    let text = record.get(i).unwrap_or("").trim_ascii();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u64>() {
        Ok(n) if n <= MAX_COUNT => Ok(Some(n)),
        Ok(_) => Err((
            i,
            Text::new("count-implausible")
                .arg("text", text)
                .part("what", Text::new(what))
                .arg("max", MAX_COUNT.to_string()),
        )),
        Err(_) => Err((i, Text::new("count-not").arg("text", text).part("what", Text::new(what)))),
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
