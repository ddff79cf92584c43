//! Ticket logs exported from a help desk: read as a stream, reduced to
//! per-severity figures, and measured for rubric criteria (`from_tickets`).

mod blocks;
pub mod clock;
mod durations;
pub mod ics;
mod measure;
mod pauses;
mod read;
pub mod source;
pub mod suggest;
pub mod vocabulary;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use jiff::tz::TimeZone;
use jiff::Timestamp;

pub use self::clock::{Clock, Layout};
pub use self::durations::{Durations, Ranked, Sample};
pub use self::measure::{Measured, Metric, TicketQuery, TimeUnit};
pub use self::read::{read_log, LogOutcome, ReadOptions, MAX_COUNT, MAX_MINUTES};
pub use self::vocabulary::{StatusClass, Statuses, Verdicts};

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
    /// Wall-clock minutes the ticket was on hold, waiting for the customer
    /// (Zendesk's `On hold time in minutes`); resolution adherence leaves it out.
    pub paused: Option<String>,
    /// How many public replies agents sent (Zendesk's `Agent replies`).
    pub agent_replies: Option<String>,
    /// The ticket's tags, separated by spaces, commas or semicolons.
    pub tags: Option<String>,
    /// The help desk's own verdict on the first-response SLA (Freshdesk's
    /// `First response status`: Within SLA / SLA Violated).
    pub first_response_flag: Option<String>,
    /// Its verdict on the resolution SLA (Freshdesk's `Resolution status`).
    pub resolution_flag: Option<String>,
    /// The hand-off column counts *stations* — the groups a ticket passed
    /// through, 1 for a ticket that never moved (Zendesk's `Group stations`)
    /// — so hand-offs are one less.
    pub handoffs_are_stations: bool,
    /// Roles a preset names that its exports may lack (columns some plans or
    /// report settings leave out): when absent, they are simply not read.
    /// A role the evidence file maps itself is always required.
    pub optional: Vec<&'static str>,
}

/// The names `columns = { … }` accepts, in the order of [`Columns`].
pub const COLUMN_KEYS: [&str; 13] = [
    "id",
    "opened",
    "first_response",
    "resolved",
    "severity",
    "status",
    "reopens",
    "handoffs",
    "paused",
    "agent_replies",
    "tags",
    "first_response_flag",
    "resolution_flag",
];

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
            "paused" => self.paused.as_ref(),
            "agent_replies" => self.agent_replies.as_ref(),
            "tags" => self.tags.as_ref(),
            "first_response_flag" => self.first_response_flag.as_ref(),
            "resolution_flag" => self.resolution_flag.as_ref(),
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
            "paused" => &mut self.paused,
            "agent_replies" => &mut self.agent_replies,
            "tags" => &mut self.tags,
            "first_response_flag" => &mut self.first_response_flag,
            "resolution_flag" => &mut self.resolution_flag,
            _ => return false,
        };
        self.optional.retain(|role| *role != key);
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
                paused: some("On hold time in minutes"),
                agent_replies: some("Agent replies"),
                tags: some("Tags"),
                first_response_flag: None,
                resolution_flag: None,
                handoffs_are_stations: true,
                optional: vec!["paused", "agent_replies", "tags"],
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
                paused: None,
                agent_replies: None,
                tags: None,
                first_response_flag: None,
                resolution_flag: None,
                handoffs_are_stations: false,
                optional: Vec::new(),
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
                paused: None,
                agent_replies: None,
                tags: some("Tags"),
                first_response_flag: some("First response status"),
                resolution_flag: some("Resolution status"),
                handoffs_are_stations: false,
                optional: vec!["tags", "first_response_flag", "resolution_flag"],
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
    /// What the help desk's own SLA verdict values mean (`sla_flags = { … }`
    /// over the common words).
    pub verdicts: Verdicts,
    /// When the export was taken (`exported = …`): tickets still open are
    /// censored here. `None`: at `--as-of`, else at the log's latest time.
    pub exported: Option<Timestamp>,
    /// The status-change log (`changes = { … }`): one row per change, with
    /// `id`, `opened` (the time of the change) and `status` columns, read
    /// with this log's encoding, time zone, layout and statuses.
    pub changes: Option<Box<TicketLog>>,
}

/// Which tickets a figure is about: those opened in a time window, those
/// carrying a tag, or (the default) all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Opened at or after `from` and before `to`.
    pub window: Option<(Timestamp, Timestamp)>,
    /// Carrying this tag (compared ignoring case).
    pub tag: Option<String>,
}

impl Scope {
    /// Whether a ticket opened at `opened` with the tags cell `tags` is in scope.
    pub fn contains(&self, opened: Timestamp, tags: &str) -> bool {
        let in_window = self.window.is_none_or(|(from, to)| from <= opened && opened < to);
        in_window
            && self.tag.as_ref().is_none_or(|tag| {
                tags.split([' ', ',', ';', '，', '、', '；']).any(|t| !t.is_empty() && t.eq_ignore_ascii_case(tag))
            })
    }

    /// `opened 2026-11-11T00:00:00+08:00 to 2026-11-12T00:00:00+08:00, tagged drill`, or empty:
    /// a message, said in each output's language.
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        let mut parts = Vec::new();
        if let Some((from, to)) = self.window {
            parts.push(Text::new("scope-window").arg("from", from.to_string()).arg("to", to.to_string()));
        }
        if let Some(tag) = &self.tag {
            parts.push(Text::new("scope-tag").arg("tag", tag));
        }
        Text::list(parts)
    }

    pub fn is_empty(&self) -> bool {
        self.window.is_none() && self.tag.is_none()
    }
}

impl serde::Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Scope", 3)?;
        out.serialize_field("from", &self.window.map(|(from, _)| from.to_string()))?;
        out.serialize_field("to", &self.window.map(|(_, to)| to.to_string()))?;
        out.serialize_field("tag", &self.tag)?;
        out.end()
    }
}

/// [`Scope`] as it serialises: the window's ends as RFC 3339 text.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)] // Only its schema is used.
struct ScopeJson {
    /// Only tickets opened at or after this instant.
    from: Option<String>,
    /// …and before this one.
    to: Option<String>,
    /// Only tickets carrying this tag.
    tag: Option<String>,
}

impl schemars::JsonSchema for Scope {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Scope".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ScopeJson::json_schema(generator)
    }
}

/// The vendor's commitments from the evidence file's `[sla]` table.
#[derive(Debug, Clone)]
pub struct Sla {
    /// Severity → minutes on that severity's clock.
    pub first_response: BTreeMap<String, f64>,
    pub resolution: BTreeMap<String, f64>,
    /// Severity → the clock its targets run on (`hours = { P0 = "7x24", … }`).
    pub clocks: BTreeMap<String, Arc<Clock>>,
    /// The clock of every other severity (`default`, or the one `hours`).
    pub default_clock: Arc<Clock>,
}

impl Sla {
    /// The clock the targets of `severity` run on.
    pub fn clock(&self, severity: &str) -> &Arc<Clock> {
        self.clocks.get(severity).unwrap_or(&self.default_clock)
    }

    /// `7x24`, or `P0 7x24; others beijing (…)`, for display.
    pub fn hours(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        let mut parts: Vec<Text> = self
            .clocks
            .iter()
            .map(|(severity, clock)| {
                Text::new("sla-hours-severity").arg("severity", severity).part("clock", clock.label())
            })
            .collect();
        if parts.is_empty() {
            return self.default_clock.label();
        }
        parts.push(Text::new("sla-hours-others").part("clock", self.default_clock.label()));
        Text::clauses(parts)
    }
}

/// Met / due counts for one SLA target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Adherence {
    pub met: u64,
    /// Tickets the target applied to: every ticket of a severity with a
    /// target, answered (resolved) or not.
    pub due: u64,
}

/// Counts of the tickets of one severity, or of several together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub tickets: u64,
    /// Tickets counted as resolved: a resolution time, or a solved/closed status.
    pub resolved: u64,
    /// Tickets reopened at least once.
    pub reopened: u64,
    /// Tickets whose reopen count is known (the log has the column, the cell a number).
    pub reopens_known: u64,
    pub handoffs_total: u64,
    /// Tickets whose hand-off count is known.
    pub handoffs_known: u64,
    pub first_response_sla: Adherence,
    pub resolution_sla: Adherence,
    /// Resolved tickets whose agent-reply count is known.
    pub replies_known: u64,
    /// Of those, the ones resolved with at most one agent reply.
    pub first_contact: u64,
    /// The help desk's first-response verdicts against vendorcard's.
    pub first_response_flags: Reconciliation,
    /// Its resolution verdicts against vendorcard's.
    pub resolution_flags: Reconciliation,
}

/// Figures of the tickets of one severity: counts, and each ticket's
/// durations, stored once and compactly (see [`Durations`]).
#[derive(Debug, Clone, Default)]
pub struct SeverityStats {
    pub counts: Counts,
    /// Minutes to first response of each answered ticket (wall clock).
    pub first_response: Durations,
    /// Minutes to resolution of each ticket with a resolution time (wall clock).
    pub resolution: Durations,
    /// Wall-clock minutes each ticket still open at the export had been
    /// open: resolution times known only to be at least this long.
    pub open_ages: Durations,
    /// Minutes on the SLA clock of this severity, for the tickets with a
    /// target, where that clock is not the wall clock (business hours,
    /// pauses); empty where it is (the wall-clock lists above are then the
    /// SLA's times): answered tickets' first responses, resolved tickets'
    /// resolutions.
    pub first_response_on_clock: Durations,
    pub resolution_on_clock: Durations,
    /// When each ticket still open was opened (milliseconds since the
    /// epoch), until the log's export time is known and they become ages.
    open_since: Vec<i64>,
    summaries: std::sync::OnceLock<Box<Summaries>>,
}

impl std::ops::Deref for SeverityStats {
    type Target = Counts;
    fn deref(&self) -> &Counts {
        &self.counts
    }
}

impl std::ops::DerefMut for SeverityStats {
    fn deref_mut(&mut self) -> &mut Counts {
        &mut self.counts
    }
}

/// The aggregates of a severity's (or a scope's) durations, made once, on
/// first use, and shared by every criterion and report.
#[derive(Debug, Clone)]
struct Summaries {
    first_response: [Option<f64>; 6],
    resolution: [Option<crate::stats::Bound>; 6],
}

/// The figures of one severity, or of every severity of a scope together:
/// the counts summed, the durations read where they are stored.
pub struct Figures<'a> {
    pub counts: Counts,
    first_response: Vec<&'a Durations>,
    resolution: Vec<&'a Durations>,
    open_ages: Vec<&'a Durations>,
    summaries: &'a std::sync::OnceLock<Box<Summaries>>,
}

impl std::ops::Deref for Figures<'_> {
    type Target = Counts;
    fn deref(&self) -> &Counts {
        &self.counts
    }
}

impl<'a> Figures<'a> {
    fn of(
        parts: &[&'a SeverityStats],
        counts: Counts,
        summaries: &'a std::sync::OnceLock<Box<Summaries>>,
    ) -> Figures<'a> {
        Figures {
            counts,
            first_response: parts.iter().map(|p| &p.first_response).collect(),
            resolution: parts.iter().map(|p| &p.resolution).collect(),
            open_ages: parts.iter().map(|p| &p.open_ages).collect(),
            summaries,
        }
    }

    /// The aggregates, made on first use.
    fn summaries(&self) -> &Summaries {
        self.summaries.get_or_init(|| {
            Box::new(Summaries {
                first_response: Sample::new(&self.first_response).summary(),
                resolution: durations::censored_summary(&self.resolution, &self.open_ages),
            })
        })
    }

    /// Tickets answered (with a first-response time).
    pub fn answered(&self) -> usize {
        Sample::new(&self.first_response).len()
    }

    /// Tickets with a resolution time.
    pub fn resolution_times(&self) -> usize {
        Sample::new(&self.resolution).len()
    }

    /// Tickets still open at the export.
    pub fn open(&self) -> usize {
        Sample::new(&self.open_ages).len()
    }

    /// `aggregate` of the times to first response (`None`: none answered).
    pub fn first_response(&self, aggregate: crate::stats::Aggregate) -> Option<f64> {
        durations::pick(&self.summaries().first_response, aggregate)
    }

    /// `aggregate` of the Kaplan–Meier estimate of time to resolution:
    /// resolved tickets' times, with the open ones censored at their age.
    pub fn resolution(&self, aggregate: crate::stats::Aggregate) -> Option<crate::stats::Bound> {
        durations::pick(&self.summaries().resolution, aggregate)
    }

    /// The interval behind `aggregate` of the times to first response, in
    /// minutes divided by `per`: order statistics, for a median or percentile.
    pub fn first_response_interval(
        &self,
        aggregate: crate::stats::Aggregate,
        per: f64,
    ) -> Option<crate::intervals::Uncertainty> {
        let quantile = aggregate.quantile()?;
        let ranked = durations::Ranked::new(&self.first_response);
        let at = |rank: u64| ranked.at(rank) / per;
        crate::intervals::Uncertainty::order_statistic(quantile, ranked.len() as u64, 0, at, at)
    }

    /// The interval behind `aggregate` of the times to resolution, in
    /// minutes divided by `per`. Tickets still open count at their age so far
    /// for the lower end and as longer than every resolved one (unbounded)
    /// for the upper: all that is known of them.
    pub fn resolution_interval(
        &self,
        aggregate: crate::stats::Aggregate,
        per: f64,
    ) -> Option<crate::intervals::Uncertainty> {
        let quantile = aggregate.quantile()?;
        let done = durations::Ranked::new(&self.resolution);
        let with_open: Vec<&Durations> = self.resolution.iter().chain(&self.open_ages).copied().collect();
        let at_age = durations::Ranked::new(&with_open);
        let n = at_age.len() as u64;
        let resolved = done.len() as u64;
        let low = |rank: u64| at_age.at(rank) / per;
        let high = |rank: u64| if rank <= resolved { done.at(rank) / per } else { f64::INFINITY };
        crate::intervals::Uncertainty::order_statistic(quantile, n, n - resolved, low, high)
    }

    /// Tickets resolved within `hours` of being opened.
    pub fn resolved_within(&self, hours: f64) -> u64 {
        Sample::new(&self.resolution).at_most(hours * 60.0) as u64
    }

    /// Percentage of all tickets resolved within `hours`.
    pub fn resolved_within_rate(&self, hours: f64) -> Option<f64> {
        percent(self.resolved_within(hours), self.tickets)
    }
}

/// The help desk's own SLA verdicts next to vendorcard's recomputation, for
/// the tickets that have both (a ticket still open within its target has no
/// verdict yet).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reconciliation {
    pub compared: u64,
    pub agree: u64,
    /// The help desk says met, vendorcard finds breached.
    pub in_vendor_favour: u64,
    /// The help desk says breached, vendorcard finds met.
    pub against_vendor: u64,
    /// The first ticket ids of each kind of disagreement (at most [`LISTED_IDS`]).
    pub favour_ids: Vec<String>,
    pub against_ids: Vec<String>,
}

/// How many ticket ids of each kind of disagreement are kept.
pub const LISTED_IDS: usize = 20;

impl Reconciliation {
    /// Records one ticket: the help desk's verdict and vendorcard's.
    pub fn add(&mut self, flag_met: bool, met: bool, id: &str) {
        self.compared += 1;
        let ids = match (flag_met, met) {
            (true, false) => {
                self.in_vendor_favour += 1;
                &mut self.favour_ids
            }
            (false, true) => {
                self.against_vendor += 1;
                &mut self.against_ids
            }
            _ => {
                self.agree += 1;
                return;
            }
        };
        if ids.len() < LISTED_IDS {
            ids.push(if id.is_empty() { "(no id)".to_string() } else { id.to_string() });
        }
    }

    pub fn merge(&mut self, other: &Reconciliation) {
        self.compared += other.compared;
        self.agree += other.agree;
        self.in_vendor_favour += other.in_vendor_favour;
        self.against_vendor += other.against_vendor;
        for (ids, more) in [(&mut self.favour_ids, &other.favour_ids), (&mut self.against_ids, &other.against_ids)] {
            ids.extend(more.iter().take(LISTED_IDS.saturating_sub(ids.len())).cloned());
        }
    }

    /// Percentage of compared verdicts that agree; `None` when none compared.
    pub fn agreement(&self) -> Option<f64> {
        percent(self.agree, self.compared)
    }
}

impl Adherence {
    /// Percentage met; `None` when no ticket was due.
    pub fn percent(self) -> Option<f64> {
        percent(self.met, self.due)
    }
}

impl Counts {
    /// Percentage of tickets resolved (open tickets count against it).
    pub fn resolution_rate(&self) -> Option<f64> {
        percent(self.resolved, self.tickets)
    }

    /// Percentage reopened, of the tickets whose reopen count is known.
    pub fn reopen_rate(&self) -> Option<f64> {
        percent(self.reopened, self.reopens_known)
    }

    /// Mean hand-offs, over the tickets whose count is known.
    pub fn handoffs_mean(&self) -> Option<f64> {
        (self.handoffs_known > 0).then(|| self.handoffs_total as f64 / self.handoffs_known as f64)
    }

    /// Percentage of resolved tickets (with a reply count) resolved with at most one agent reply.
    pub fn first_contact_rate(&self) -> Option<f64> {
        percent(self.first_contact, self.replies_known)
    }

    /// Both help-desk verdicts together.
    pub fn flags(&self) -> Reconciliation {
        let mut both = self.first_response_flags.clone();
        both.merge(&self.resolution_flags);
        both
    }

    /// Adds the counts of `other` (another severity, or another part of the log).
    pub fn merge(&mut self, other: &Counts) {
        self.tickets += other.tickets;
        self.resolved += other.resolved;
        self.reopened += other.reopened;
        self.reopens_known += other.reopens_known;
        self.handoffs_total = self.handoffs_total.saturating_add(other.handoffs_total);
        self.handoffs_known += other.handoffs_known;
        for (sum, part) in
            [(&mut self.first_response_sla, other.first_response_sla), (&mut self.resolution_sla, other.resolution_sla)]
        {
            sum.met += part.met;
            sum.due += part.due;
        }
        self.replies_known += other.replies_known;
        self.first_contact += other.first_contact;
        self.first_response_flags.merge(&other.first_response_flags);
        self.resolution_flags.merge(&other.resolution_flags);
    }
}

impl SeverityStats {
    /// This severity's figures.
    pub fn figures(&self) -> Figures<'_> {
        Figures::of(&[self], self.counts.clone(), &self.summaries)
    }

    /// Adds the figures of `other` (the same severity, from a later part of the log).
    pub(crate) fn merge(&mut self, other: &SeverityStats) {
        self.counts.merge(&other.counts);
        self.first_response.extend(&other.first_response);
        self.resolution.extend(&other.resolution);
        self.open_ages.extend(&other.open_ages);
        self.first_response_on_clock.extend(&other.first_response_on_clock);
        self.resolution_on_clock.extend(&other.resolution_on_clock);
        self.open_since.extend_from_slice(&other.open_since);
    }

    /// A ticket still open, opened at `opened` (milliseconds since the epoch).
    pub(crate) fn add_open(&mut self, opened: i64) {
        self.open_since.push(opened);
    }

    /// The tickets still open become ages at `censor` (milliseconds since
    /// the epoch); returns the lists, to be sealed for the queries.
    fn censor(&mut self, censor: i64) -> [&mut Durations; 5] {
        for opened in self.open_since.drain(..) {
            self.open_ages.push(((censor - opened) as f64 / 60_000.0).max(0.0));
        }
        self.open_since = Vec::new();
        // New figures: the summaries are made again when asked for.
        self.summaries = std::sync::OnceLock::new();
        [
            &mut self.first_response,
            &mut self.resolution,
            &mut self.open_ages,
            &mut self.first_response_on_clock,
            &mut self.resolution_on_clock,
        ]
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
    pub first: Option<(usize, crate::i18n::Text)>,
}

/// The figures of the tickets in one [`Scope`], by severity as the rubric
/// names it (`P0`…), or as exported without a mapping.
#[derive(Debug, Clone, Default)]
pub struct ScopeStats {
    pub scope: Scope,
    pub severities: BTreeMap<String, SeverityStats>,
    /// The counts and aggregates of every severity together, made on first use.
    all_counts: std::sync::OnceLock<Counts>,
    all: std::sync::OnceLock<Box<Summaries>>,
}

impl ScopeStats {
    /// The figures of every severity together: the counts summed, the
    /// durations read where they are stored, not copied. Ask only once
    /// every log is read.
    pub fn all(&self) -> Figures<'_> {
        let parts: Vec<&SeverityStats> = self.severities.values().collect();
        let counts = self.all_counts.get_or_init(|| {
            let mut counts = Counts::default();
            parts.iter().for_each(|part| counts.merge(&part.counts));
            counts
        });
        Figures::of(&parts, counts.clone(), &self.all)
    }
}

/// Everything read from one vendor's ticket logs.
#[derive(Debug, Clone)]
pub struct TicketStats {
    /// The figures of every scope asked for, all tickets first.
    pub scopes: Vec<ScopeStats>,
    /// Rows skipped under `--skip-bad-rows`, over every log.
    pub skipped: u64,
    /// The logs read, as named in the evidence file.
    pub files: Vec<String>,
    /// Each log's path (resolved against the evidence file) and SHA-256 (hex), as read.
    pub file_hashes: Vec<(String, String)>,
    /// Whether every log is marked `verified`.
    pub verified: bool,
    /// The days the first and the last ticket were opened, each in its log's zone.
    pub opened: Option<(crate::date::Date, crate::date::Date)>,
}

/// From this many durations on, [`TicketStats::seal`] and
/// [`TicketStats::prepare`] use a second core.
const TWO_CORES_FROM: usize = 100_000;

/// The most scopes one read keeps (a ticket's scopes are a bit set).
pub const MAX_SCOPES: usize = 64;

impl Default for TicketStats {
    fn default() -> Self {
        TicketStats::new(&[])
    }
}

impl TicketStats {
    /// Makes every summary now (they are otherwise made on first use): on
    /// two cores when the logs are large, all tickets on one and the
    /// severities on the other. Call once every log is read.
    pub fn prepare(&mut self) {
        for scope in &mut self.scopes {
            scope.all = std::sync::OnceLock::new();
            scope.all_counts = std::sync::OnceLock::new();
        }
        let size: usize = self.severities().values().map(|f| f.resolution.len() + f.first_response.len()).sum();
        let (mut severities, mut all) = (Vec::new(), Vec::new());
        for scope in &self.scopes {
            severities.extend(scope.severities.values().map(SeverityStats::figures));
            all.push(scope.all());
        }
        // Small figures are summarised when asked for (perhaps never).
        if size >= TWO_CORES_FROM {
            let make = |jobs: &Vec<Figures>| jobs.iter().for_each(|figures| _ = figures.summaries());
            std::thread::scope(|scope| {
                scope.spawn(|| make(&all));
                make(&severities);
            });
        }
    }

    /// The tickets still open become ages at `censor` (milliseconds since
    /// the epoch), and every list is sorted for the queries: on two cores
    /// when the lists are long, the longest first, each to the core with
    /// less to do.
    pub(crate) fn seal(&mut self, censor: i64) {
        let mut lists: Vec<&mut Durations> = self
            .scopes
            .iter_mut()
            .flat_map(|scope| scope.severities.values_mut())
            .flat_map(|figures| figures.censor(censor))
            .collect();
        if lists.iter().map(|l| l.len()).sum::<usize>() < TWO_CORES_FROM {
            lists.into_iter().for_each(|list| list.seal());
            return;
        }
        lists.sort_by_key(|list| std::cmp::Reverse(list.len()));
        let (mut one, mut other) = ((Vec::new(), 0), (Vec::new(), 0));
        for list in lists {
            let lighter = if one.1 <= other.1 { &mut one } else { &mut other };
            lighter.1 += list.len();
            lighter.0.push(list);
        }
        std::thread::scope(|scope| {
            scope.spawn(|| one.0.into_iter().for_each(|list| list.seal()));
            other.0.into_iter().for_each(|list| list.seal());
        });
    }

    /// Empty figures for all tickets and for each of `scopes` (at most
    /// [`MAX_SCOPES`] in all; repeats are kept once).
    pub fn new(scopes: &[Scope]) -> TicketStats {
        let mut kept = vec![ScopeStats::default()];
        for scope in scopes {
            if kept.len() < MAX_SCOPES && !kept.iter().any(|s| s.scope == *scope) {
                kept.push(ScopeStats { scope: scope.clone(), ..ScopeStats::default() });
            }
        }
        TicketStats {
            scopes: kept,
            skipped: 0,
            files: Vec::new(),
            file_hashes: Vec::new(),
            verified: true,
            opened: None,
        }
    }

    /// Widens [`TicketStats::opened`] to a log's first and last ticket
    /// (milliseconds since the epoch; `first > last`: the log had none).
    pub(crate) fn add_opened(&mut self, (first, last): (i64, i64), zone: &jiff::tz::TimeZone) {
        let day = |ms: i64| {
            let date = jiff::Timestamp::from_millisecond(ms).ok()?.to_zoned(zone.clone()).date();
            Some(date)
        };
        let (Some(first), Some(last)) = (day(first).filter(|_| first <= last), day(last)) else { return };
        self.opened = Some(match self.opened {
            Some((a, b)) => (a.min(first), b.max(last)),
            None => (first, last),
        });
    }

    /// The figures of all tickets, by severity.
    pub fn severities(&self) -> &BTreeMap<String, SeverityStats> {
        &self.scopes[0].severities
    }

    /// The figures of `scope`, if it was read.
    pub fn scope(&self, scope: &Scope) -> Option<&ScopeStats> {
        self.scopes.iter().find(|s| s.scope == *scope)
    }
}
