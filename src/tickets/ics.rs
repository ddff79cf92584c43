//! Holidays from an iCalendar (`.ics`) file, as national holiday calendars
//! publish them: every all-day event is a day off, except the make-up
//! working days (调休) such calendars list beside the holidays.
//!
//! Only what a holiday calendar needs is read (RFC 5545 line folding,
//! `VEVENT`, `DTSTART`, `DTEND`, `DURATION` in days or weeks, `SUMMARY`);
//! a recurring event (`RRULE`) is refused rather than half-read.

use crate::i18n::Text;
use std::ops::Range;

use crate::date::Date;

/// The days an `.ics` file lists.
#[derive(Debug, Default, PartialEq)]
pub struct Holidays {
    pub holidays: Vec<Date>,
    /// Events marked as working days: a SUMMARY with `补班`, `上班`,
    /// `workday` or `working day`, or Apple's `X-APPLE-SPECIAL-DAY:WORK-HOLIDAY`.
    pub workdays: Vec<Date>,
}

/// The longest event read, in days (a typo in a year must not make a million dates).
const MAX_EVENT_DAYS: i64 = 366;

/// Reads `text`; an error is the byte range of the line at fault and why.
pub fn read(text: &str) -> Result<Holidays, (Range<usize>, Text)> {
    let mut found = Holidays::default();
    let mut event: Option<Event> = None;
    let mut events = 0;
    for (span, line) in unfolded(text) {
        let (name_and_params, value) = line.split_once(':').unwrap_or((line.as_str(), ""));
        let name = name_and_params.split(';').next().unwrap_or_default().trim().to_ascii_uppercase();
        let value = value.trim();
        match (name.as_str(), event.as_mut()) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VEVENT") => event = Some(Event::new(span)),
            ("END", Some(_)) if value.eq_ignore_ascii_case("VEVENT") => {
                let done = event.take().expect("matched Some");
                done.days(&mut found)?;
                events += 1;
            }
            ("DTSTART", Some(event)) => {
                event.start = Some((span.clone(), day(value).ok_or_else(|| bad(&span, value))?))
            }
            ("DTEND", Some(event)) => {
                event.end = Some((span.clone(), end_day(value).ok_or_else(|| bad(&span, value))?))
            }
            ("DURATION", Some(event)) => {
                let days = duration_days(value)
                    .ok_or_else(|| (span.clone(), Text::new("ics-duration").arg("value", value)))?;
                event.days = Some(days);
            }
            ("SUMMARY", Some(event)) => event.workday |= marks_workday(value),
            ("X-APPLE-SPECIAL-DAY", Some(event)) => event.workday |= value.eq_ignore_ascii_case("WORK-HOLIDAY"),
            ("RRULE" | "RDATE", Some(_)) => {
                return Err((span, Text::new("ics-recurring")));
            }
            _ => {}
        }
    }
    if let Some(event) = event {
        return Err((event.span, Text::new("ics-no-end")));
    }
    if events == 0 {
        return Err((0..0, Text::new("ics-no-events")));
    }
    for list in [&mut found.holidays, &mut found.workdays] {
        list.sort_unstable();
        list.dedup();
    }
    Ok(found)
}

struct Event {
    span: Range<usize>,
    start: Option<(Range<usize>, Date)>,
    /// The first day after the event.
    end: Option<(Range<usize>, Date)>,
    days: Option<i64>,
    workday: bool,
}

impl Event {
    fn new(span: Range<usize>) -> Event {
        Event { span, start: None, end: None, days: None, workday: false }
    }

    fn days(self, found: &mut Holidays) -> Result<(), (Range<usize>, Text)> {
        let Some((start_span, start)) = self.start else {
            return Err((self.span, Text::new("ics-no-start")));
        };
        let count = match (self.end, self.days) {
            (Some((span, end)), _) => {
                let count = crate::date::day_number(end) - crate::date::day_number(start);
                if count < 1 {
                    return Err((
                        span,
                        Text::new("ics-ends-before").arg("end", end.to_string()).arg("start", start.to_string()),
                    ));
                }
                count
            }
            (None, Some(days)) => days,
            (None, None) => 1,
        };
        if count > MAX_EVENT_DAYS {
            return Err((start_span, Text::new("ics-too-long").arg("count", count.to_string())));
        }
        let list = if self.workday { &mut found.workdays } else { &mut found.holidays };
        list.extend((0..count).filter_map(|i| crate::date::from_day_number(crate::date::day_number(start) + i)));
        Ok(())
    }
}

fn bad(span: &Range<usize>, value: &str) -> (Range<usize>, Text) {
    (span.clone(), Text::new("ics-bad-date").arg("value", value))
}

/// Logical lines with their byte ranges: a line starting with a space or a
/// tab continues the one before (RFC 5545 §3.1).
fn unfolded(text: &str) -> Vec<(Range<usize>, String)> {
    let mut lines: Vec<(Range<usize>, String)> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let span = offset..offset + line.len();
        offset += raw.len();
        match (line.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some((last_span, last))) => {
                last.push_str(rest);
                last_span.end = span.end;
            }
            _ => lines.push((span, line.trim_start_matches('\u{FEFF}').to_string())),
        }
    }
    lines
}

/// The date of `20261001` or `20261001T090000[Z]`.
fn day(value: &str) -> Option<Date> {
    let digits = value.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !(value.len() == 8 || value.as_bytes()[8] == b'T') {
        return None;
    }
    crate::date::from_parts(
        digits[..4].parse::<i16>().ok()?,
        digits[4..6].parse::<i8>().ok()?,
        digits[6..].parse::<i8>().ok()?,
    )
}

/// The first day after an event ending at `value`: a date is already
/// exclusive; a date-time after midnight still covers its own day.
fn end_day(value: &str) -> Option<Date> {
    let date = day(value)?;
    let time = value.get(9..15).unwrap_or("000000");
    if time.bytes().all(|b| b == b'0') {
        Some(date)
    } else {
        date.tomorrow().ok()
    }
}

/// `P1D`, `P3D`, `P1W`.
fn duration_days(value: &str) -> Option<i64> {
    let rest = value.strip_prefix('P')?;
    let (number, week) = match rest.strip_suffix('D') {
        Some(number) => (number, false),
        None => (rest.strip_suffix('W')?, true),
    };
    let number: i64 = number.parse().ok().filter(|n| *n > 0)?;
    if week {
        number.checked_mul(7)
    } else {
        Some(number)
    }
}

fn marks_workday(summary: &str) -> bool {
    let lower = summary.to_lowercase();
    ["补班", "上班", "workday", "working day", "make-up"].iter().any(|mark| lower.contains(mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_holidays_and_make_up_days() {
        // A holiday calendar as Chinese calendar feeds write it: a folded
        // SUMMARY, an exclusive DTEND, a make-up working day marked 补班.
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\n\
                    DTEND;VALUE=DATE:20261004\r\nSUMMARY:国庆节\r\n  假期\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n\
                    DTSTART;VALUE=DATE:20261010\r\nSUMMARY:国庆节 补班\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n\
                    DTSTART:20261005\r\nDURATION:P2D\r\nSUMMARY:National Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let found = read(text).unwrap();
        let dates = |list: &[&str]| list.iter().map(|d| crate::date::parse_date(d).unwrap()).collect::<Vec<Date>>();
        assert_eq!(found.holidays, dates(&["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-05", "2026-10-06"]));
        assert_eq!(found.workdays, dates(&["2026-10-10"]));
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        let event = |body: &str| format!("BEGIN:VEVENT\n{body}\nEND:VEVENT\n");
        for (text, expected) in [
            (event("DTSTART:2026-10-01"), "is not an iCalendar date"),
            (event("DTSTART:20261001\nRRULE:FREQ=YEARLY"), "recurring"),
            (event("DTSTART:20261005\nDTEND:20261001"), "before it starts"),
            (event("DTSTART:20261005\nDTEND:20361001"), "days, not years"),
            (event("SUMMARY:x"), "no DTSTART"),
            // Found by the property test: a unit that is not one byte.
            (event("DTSTART:20261005\nDURATION:P645D𐄤"), "not a duration"),
            ("BEGIN:VEVENT\nDTSTART:20261001\n".to_string(), "no END:VEVENT"),
            ("BEGIN:VCALENDAR\nEND:VCALENDAR\n".to_string(), "no events"),
        ] {
            let (span, message) = read(&text).unwrap_err();
            assert!(message.english().contains(expected), "{text}: {message}");
            assert!(span.end <= text.len());
        }
    }
}
