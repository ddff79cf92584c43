//! Ticket logs exported from a help desk: read as a stream, reduced to
//! per-severity figures, and measured for rubric criteria (`from_tickets`).

pub mod clock;
mod measure;
mod read;
pub mod source;
pub mod suggest;
pub mod vocabulary;

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::tz::TimeZone;

pub use self::clock::{Clock, Layout};
pub use self::measure::{Measured, Metric, TicketQuery, TimeUnit};
pub use self::read::{read_log, LogOutcome, MAX_COUNT, MAX_MINUTES};
pub use self::vocabulary::{StatusClass, Statuses};

/// Which column of the export holds what. Only `opened` is required.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub id: Option<String>,
    pub opened: Option<String>,
    /// A timestamp, or a duration in minutes since `opened`.
    pub first_response: Option<String>,
    /// A timestamp, or a duration in minutes since `opened`.
    pub resolved: Option<String>,
    pub severity: Option<String>,
    pub status: Option<String>,
    pub reopens: Option<String>,
    pub handoffs: Option<String>,
    /// The hand-off column counts *stations* — the groups a ticket passed
    /// through, 1 for a ticket that never moved (Zendesk's `Group stations`)
    /// — so hand-offs are one less.
    pub handoffs_are_stations: bool,
}

/// The names `columns = { … }` accepts, in the order of [`Columns`].
pub const COLUMN_KEYS: [&str; 8] =
    ["id", "opened", "first_response", "resolved", "severity", "status", "reopens", "handoffs"];

impl Columns {
    /// The header mapped to role `key` (one of [`COLUMN_KEYS`]).
    pub fn get(&self, key: &str) -> Option<&String> {
        match key {
            "id" => self.id.as_ref(),
            "opened" => self.opened.as_ref(),
            "first_response" => self.first_response.as_ref(),
            "resolved" => self.resolved.as_ref(),
            "severity" => self.severity.as_ref(),
            "status" => self.status.as_ref(),
            "reopens" => self.reopens.as_ref(),
            "handoffs" => self.handoffs.as_ref(),
            _ => None,
        }
    }

    pub fn set(&mut self, key: &str, header: String) -> bool {
        let slot = match key {
            "id" => &mut self.id,
            "opened" => &mut self.opened,
            "first_response" => &mut self.first_response,
            "resolved" => &mut self.resolved,
            "severity" => &mut self.severity,
            "status" => &mut self.status,
            "reopens" => &mut self.reopens,
            "handoffs" => {
                // A column the user names is a count of hand-offs, whatever the preset had.
                self.handoffs_are_stations = false;
                &mut self.handoffs
            }
            _ => return false,
        };
        *slot = Some(header);
        true
    }
}

/// Export layouts of common help desks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Zendesk,
    Jira,
    Freshdesk,
}

impl Preset {
    pub const NAMES: [&'static str; 3] = ["zendesk", "jira", "freshdesk"];

    pub fn parse(name: &str) -> Option<Preset> {
        match name {
            "zendesk" => Some(Preset::Zendesk),
            "jira" => Some(Preset::Jira),
            "freshdesk" => Some(Preset::Freshdesk),
            _ => None,
        }
    }

    /// The export's column names (see docs/tickets.md for their sources).
    pub fn columns(self) -> Columns {
        let some = |s: &str| Some(s.to_string());
        match self {
            // Zendesk Support ticket export (CSV) with ticket metrics.
            Preset::Zendesk => Columns {
                id: some("Id"),
                opened: some("Created at"),
                first_response: some("First reply time in minutes"),
                resolved: some("Full resolution time in minutes"),
                severity: some("Priority"),
                status: some("Status"),
                reopens: some("Reopens"),
                handoffs: some("Group stations"),
                handoffs_are_stations: true,
            },
            // Jira Service Management issue search, "Export CSV (all fields)".
            Preset::Jira => Columns {
                id: some("Issue key"),
                opened: some("Created"),
                first_response: some("Custom field (Date of First Response)"),
                resolved: some("Resolved"),
                severity: some("Priority"),
                status: some("Status"),
                reopens: None,
                handoffs: None,
                handoffs_are_stations: false,
            },
            // Freshdesk ticket export.
            Preset::Freshdesk => Columns {
                id: some("Ticket ID"),
                opened: some("Created time"),
                first_response: some("Initial response time"),
                resolved: some("Resolved time"),
                severity: some("Priority"),
                status: some("Status"),
                reopens: None,
                handoffs: None,
                handoffs_are_stations: false,
            },
        }
    }

    /// The status words the help desk's own export uses.
    pub fn statuses(self) -> Statuses {
        Statuses::preset(self)
    }

    /// How the export writes timestamps.
    pub fn layout(self) -> Layout {
        match self {
            Preset::Zendesk | Preset::Freshdesk => Layout::Iso,
            Preset::Jira => Layout::Format("%d/%b/%y %I:%M %p".into()),
        }
    }
}

/// One `[[tickets]]` table of an evidence file, checked.
#[derive(Debug, Clone)]
pub struct TicketLog {
    /// Where to read it (resolved against the evidence file's folder).
    pub path: PathBuf,
    /// As written in the evidence file, for messages and provenance.
    pub file: String,
    pub columns: Columns,
    pub layout: Layout,
    /// `encoding = "gb18030"`: a CSV export's encoding when it has no BOM;
    /// `None`: UTF-8. A UTF-8 or UTF-16 byte-order mark always wins.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// `delimiter = ";"`; `None`: sniffed from the header line.
    pub delimiter: Option<u8>,
    /// `sheet = "Tickets"` of a spreadsheet log; `None`: its first sheet.
    pub sheet: Option<String>,
    /// What each status value means: the preset's (or the common English)
    /// words, with the evidence file's `status = { … }` over them.
    pub statuses: Statuses,
    /// Export severity → rubric severity (`urgent` → `P0`); `None`: as exported.
    pub severity: Option<BTreeMap<String, String>>,
    /// For timestamps written without an offset.
    pub zone: TimeZone,
    pub verified: bool,
}

/// The vendor's commitments from the evidence file's `[sla]` table.
#[derive(Debug, Clone)]
pub struct Sla {
    /// Severity → minutes on `clock`.
    pub first_response: BTreeMap<String, f64>,
    pub resolution: BTreeMap<String, f64>,
    pub clock: Clock,
    /// `7x24`, or the business hours as written, for display.
    pub hours: String,
}

/// Met / due counts for one SLA target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Adherence {
    pub met: u64,
    /// Tickets the target applied to: every ticket of a severity with a
    /// target, answered (resolved) or not.
    pub due: u64,
}

/// Figures of the tickets of one severity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SeverityStats {
    pub tickets: u64,
    /// Minutes to first response of each answered ticket (wall clock), in log order.
    pub first_response: Vec<f64>,
    /// Tickets counted as resolved: a resolution time, or a solved/closed status.
    pub resolved: u64,
    /// Minutes to resolution of each ticket with a resolution time (wall clock), in log order.
    pub resolution: Vec<f64>,
    /// Tickets reopened at least once.
    pub reopened: u64,
    /// Tickets whose reopen count is known (the log has the column, the cell a number).
    pub reopens_known: u64,
    pub handoffs_total: u64,
    /// Tickets whose hand-off count is known.
    pub handoffs_known: u64,
    pub first_response_sla: Adherence,
    pub resolution_sla: Adherence,
}

impl Adherence {
    /// Percentage met; `None` when no ticket was due.
    pub fn percent(self) -> Option<f64> {
        percent(self.met, self.due)
    }
}

impl SeverityStats {
    /// Percentage of tickets resolved (open tickets count against it).
    pub fn resolution_rate(&self) -> Option<f64> {
        percent(self.resolved, self.tickets)
    }

    /// Tickets resolved within `hours` of being opened.
    pub fn resolved_within(&self, hours: f64) -> u64 {
        self.resolution.iter().filter(|m| **m <= hours * 60.0).count() as u64
    }

    /// Percentage of all tickets resolved within `hours`.
    pub fn resolved_within_rate(&self, hours: f64) -> Option<f64> {
        percent(self.resolved_within(hours), self.tickets)
    }

    /// Percentage reopened, of the tickets whose reopen count is known.
    pub fn reopen_rate(&self) -> Option<f64> {
        percent(self.reopened, self.reopens_known)
    }

    /// Mean hand-offs, over the tickets whose count is known.
    pub fn handoffs_mean(&self) -> Option<f64> {
        (self.handoffs_known > 0).then(|| self.handoffs_total as f64 / self.handoffs_known as f64)
    }
}

/// `part` of `whole` in percent; `None` for an empty whole.
fn percent(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// The rows of one log that could not be read, skipped under
/// `--skip-bad-rows`: counted, with the first kept for the message (a log of
/// a million bad rows must not hold a million messages).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Skipped {
    pub rows: u64,
    /// Line and reason of the first one.
    pub first: Option<(usize, String)>,
}

/// Everything read from one vendor's ticket logs.
#[derive(Debug, Clone, Default)]
pub struct TicketStats {
    /// By severity as the rubric names it (`P0`…), or as exported without a mapping.
    pub severities: BTreeMap<String, SeverityStats>,
    /// Rows skipped under `--skip-bad-rows`, over every log.
    pub skipped: u64,
    /// The logs read, as named in the evidence file.
    pub files: Vec<String>,
    /// Each log's path (resolved against the evidence file) and SHA-256 (hex), as read.
    pub file_hashes: Vec<(String, String)>,
    /// Whether every log is marked `verified`.
    pub verified: bool,
}
