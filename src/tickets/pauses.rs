//! Pauses from a status-change log: one row per change of a ticket's
//! status (ticket id, time, new status), as Jira's changelog and Zendesk's
//! ticket events export. The spans a ticket spent in a *pending* status
//! are its pauses, measured exactly on the SLA clock.

use std::collections::HashMap;

use jiff::Timestamp;

use super::clock::{Clock, TimeReader};
use super::read::{
    column_indexes, csv_problem, file_error, header_location, locate_rows, open_csv, unreadable, BadRow, OpenCsv,
};
use super::{source, StatusClass, TicketLog};
use crate::diagnostic::Diagnostic;
use crate::i18n::Text;

/// Each ticket's status changes in time order: when, and whether the new status is pending.
#[derive(Debug, Default)]
pub struct Changes(HashMap<Box<str>, Vec<(Timestamp, bool)>>);

impl Changes {
    /// Minutes on `clock` that ticket `id` spent pending between `opened`
    /// and `end`. Before its first change a ticket is not pending; a pending
    /// span still running at `end` is cut there.
    pub fn paused(&self, clock: &Clock, id: &str, opened: Timestamp, end: Timestamp) -> f64 {
        let Some(changes) = self.0.get(id) else { return 0.0 };
        let mut paused = 0.0;
        let mut since: Option<Timestamp> = None;
        let mut span = |from: Timestamp, to: Timestamp| {
            let (from, to) = (from.max(opened), to.min(end));
            if from < to {
                paused += clock.minutes(from, to);
            }
        };
        for (at, pending) in changes {
            match (since, *pending) {
                (None, true) => since = Some(*at),
                (Some(start), false) => {
                    span(start, *at);
                    since = None;
                }
                _ => {}
            }
        }
        if let Some(start) = since {
            span(start, end);
        }
        paused
    }
}

/// Reads a status-change log (a CSV with `id`, `opened` — the time of the
/// change — and `status` columns). Every row must be readable and its status
/// known: a pause cannot be guessed. With `skip_bad_rows`, unreadable rows
/// are left out.
pub fn read_changes(log: &TicketLog, skip_bad_rows: bool) -> Result<Changes, Vec<Diagnostic>> {
    if source::is_spreadsheet(&log.path) {
        return Err(vec![file_error(log, Text::new("changes-csv").arg("path", log.path.display().to_string()))]);
    }
    let OpenCsv { delimiter, text, .. } = open_csv(log).map_err(|error| vec![unreadable(log, &error)])?;
    let mut reader =
        csv::ReaderBuilder::new().flexible(true).delimiter(delimiter).buffer_capacity(1 << 16).from_reader(text);
    let headers = reader.headers().map_err(|e| vec![csv_problem(log, &e, delimiter)])?.clone();
    let index = column_indexes(&log.columns, &headers).map_err(|problems| {
        problems
            .into_iter()
            .map(|(message, help)| Diagnostic {
                location: header_location(log),
                help: Some(help),
                ..file_error(log, Text::new("changes-prefixed").part("message", message))
            })
            .collect::<Vec<_>>()
    })?;
    let (Some(id_column), Some(status_column)) = (index.id, index.status) else {
        return Err(vec![file_error(log, "the status-change log needs `id`, `at` and `status` columns".into())]);
    };
    let times = TimeReader::new(log.layout.clone(), log.zone.clone());
    let mut changes = Changes::default();
    let mut bad = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                let mut problems = locate_rows(log, bad, delimiter, "row-help");
                problems.push(csv_problem(log, &error, delimiter));
                return Err(problems);
            }
        }
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        let row = (|| {
            let id = cell(id_column);
            if id.is_empty() {
                return Err((id_column, Text::new("no-ticket-id")));
            }
            let at = times.parse(cell(index.opened)).map_err(|e| (index.opened, e))?;
            let status = cell(status_column);
            let class = log.statuses.get(status).ok_or_else(|| {
                (
                    status_column,
                    Text::new("status-unknown").arg("status", status).arg("example", status.replace('"', "\\\"")),
                )
            })?;
            Ok((id, at, class == StatusClass::Pending))
        })();
        match row {
            Ok((id, at, pending)) => match changes.0.get_mut(id) {
                Some(list) => list.push((at, pending)),
                None => {
                    changes.0.insert(id.into(), vec![(at, pending)]);
                }
            },
            Err(_) if skip_bad_rows => {}
            Err((field, message)) if bad.len() < 10 => bad.push(BadRow {
                byte: record.position().map_or(0, |p| p.byte()),
                field: Some(field),
                ticket: String::new(),
                message: Text::new("changes-prefixed").part("message", message),
            }),
            Err(_) => {}
        }
    }
    if !bad.is_empty() {
        return Err(locate_rows(log, bad, delimiter, "row-help"));
    }
    for list in changes.0.values_mut() {
        list.sort_by_key(|(at, _)| *at);
    }
    Ok(changes)
}
