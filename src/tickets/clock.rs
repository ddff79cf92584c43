//! Time in ticket logs: timestamps as help desks export them, SLA durations,
//! and the business-hours clock an SLA may run on.

use crate::i18n::Text;
use jiff::civil::{DateTime, Time};
use jiff::fmt::strtime;
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use crate::date::Date;

/// A time zone from the evidence file: `UTC`, a fixed offset (`+08:00`,
/// `-0530`) or an IANA name (`Asia/Shanghai`, from the system's tz database).
pub fn parse_time_zone(text: &str) -> Result<TimeZone, Text> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("utc") || text == "Z" {
        return Ok(TimeZone::UTC);
    }
    if let Some(sign) = text.chars().next().filter(|c| *c == '+' || *c == '-') {
        let digits: String = text[1..].chars().filter(|c| *c != ':').collect();
        let valid = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
        let (hours, minutes) =
            if valid { (digits[..2].parse::<i32>(), digits[2..].parse::<i32>()) } else { (Ok(99), Ok(0)) };
        return match (hours, minutes) {
            (Ok(h), Ok(m)) if h <= 18 && m < 60 => {
                let seconds = (h * 3600 + m * 60) * if sign == '-' { -1 } else { 1 };
                Offset::from_seconds(seconds).map(TimeZone::fixed).map_err(|e| Text::verbatim(e.to_string()))
            }
            _ => Err(Text::new("not-an-offset").arg("text", text)),
        };
    }
    TimeZone::get(text).map_err(|_| Text::new("not-a-zone").arg("text", text))
}

/// How timestamps in a log are written.
#[derive(Debug, Clone)]
pub enum Layout {
    /// ISO 8601 / RFC 3339 and its everyday variants: `2026-10-02T14:03:00Z`,
    /// `2026-10-02 14:03:00`, `2026-10-02 14:03`, with or without an offset
    /// (`+08:00`, `+0800`, also after a space); and `2026/10/02 14:03[:00]`,
    /// as Chinese exports write it.
    Iso,
    /// A strftime format, e.g. `%d/%b/%y %I:%M %p` for Jira's `02/Oct/26 2:03 PM`.
    Format(String),
}

/// Parses one timestamp cell; naive times are taken in `zone`.
pub fn parse_timestamp(text: &str, layout: &Layout, zone: &TimeZone) -> Result<Timestamp, crate::i18n::Text> {
    TimeReader::new(layout.clone(), zone.clone()).parse(text)
}

/// Reads the timestamps of one log: its layout and zone, prepared once.
pub struct TimeReader {
    layout: Layout,
    zone: TimeZone,
    /// The zone's offset in seconds from the instant (in seconds) it last
    /// changed on (always, for a fixed offset; since 1991 for
    /// Asia/Shanghai): a time in the common layout after that is converted
    /// without a look-up.
    settled: Option<(i64, i64)>,
    /// Dates already read in the common layout, by month, day and the
    /// year's parity: their ten bytes and their day number. A log spans a
    /// few hundred days, so nearly every date is found here, not validated
    /// and counted again.
    dates: Box<[std::cell::Cell<(u64, u16, i32)>; DATES]>,
}

/// How many dates [`TimeReader`] remembers: any two years in a row.
const DATES: usize = 2 * 16 * 32;

impl TimeReader {
    pub fn new(layout: Layout, zone: TimeZone) -> TimeReader {
        let settled = settled(&zone).map(|(since, offset)| (since.as_second(), offset));
        TimeReader { layout, zone, settled, dates: Box::new(std::array::from_fn(|_| std::cell::Cell::new((0, 0, 0)))) }
    }

    /// Seconds since the epoch of `YYYY-MM-DD HH:MM[:SS]` (or with `T`, or
    /// `/`) in a zone whose offset has settled: a million-row log has three
    /// of these a row. `None` for any other text, zone or time (before the
    /// zone's last change), which [`Self::parse`] reads (or refuses) the
    /// general way.
    #[inline]
    fn common_seconds(&self, bytes: &[u8]) -> Option<i64> {
        let (since, offset) = self.settled?;
        if !common_layout(bytes) {
            return None;
        }
        let length = bytes.len();
        let two = |i: usize| {
            let (tens, ones) = (bytes[i].wrapping_sub(b'0'), bytes[i + 1].wrapping_sub(b'0'));
            (tens < 10 && ones < 10).then(|| i64::from(tens * 10 + ones))
        };
        let key = (u64::from_le_bytes(bytes[..8].try_into().ok()?), u16::from_le_bytes([bytes[8], bytes[9]]));
        // Digits or not, these bits place a date; its bytes must then match.
        let month = usize::from(bytes[5] & 1) * 10 + usize::from(bytes[6] & 15);
        let day = usize::from(bytes[8] & 3) * 10 + usize::from(bytes[9] & 15);
        let slot = &self.dates[usize::from(bytes[3] & 1) << 9 | (month & 15) << 5 | (day & 31)];
        let (known, known_low, known_days) = slot.get();
        // Equal bytes are the same valid date (a slot never holds an invalid one).
        let days = if (known, known_low) == key {
            i64::from(known_days)
        } else {
            let year = i32::try_from(two(0)? * 100 + two(2)?).ok()?;
            let (month, day) = (u32::try_from(two(5)?).ok()?, u32::try_from(two(8)?).ok()?);
            let days = crate::date::day_number(crate::date::from_parts(year, month, day)?);
            slot.set((key.0, key.1, i32::try_from(days).ok()?));
            days
        };
        let (hour, minute, second) = (two(11)?, two(14)?, if length == 19 { two(17)? } else { 0 });
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset;
        // A day after the last change, so no local time there is ambiguous.
        (hour < 24 && minute < 60 && second < 60 && seconds >= since.saturating_add(86_400)).then_some(seconds)
    }

    pub fn parse(&self, text: &str) -> Result<Timestamp, crate::i18n::Text> {
        let text = text.trim_ascii();
        let parsed = match &self.layout {
            Layout::Iso => self.parse_iso(text),
            Layout::Format(format) => strtime::parse(format, text).ok().and_then(|parsed| match parsed.offset() {
                Some(_) => parsed.to_timestamp().ok(),
                None => parsed.to_datetime().ok().and_then(|dt| self.zone.to_timestamp(dt).ok()),
            }),
        };
        parsed.ok_or_else(|| match &self.layout {
            Layout::Iso => crate::i18n::Text::new("timestamp-invalid").arg("text", text),
            Layout::Format(format) => {
                crate::i18n::Text::new("timestamp-invalid-format").arg("text", text).arg("format", format.as_str())
            }
        })
    }

    fn parse_iso(&self, text: &str) -> Option<Timestamp> {
        // The commonest layout first: `YYYY-MM-DD HH:MM[:SS]` has no room for an offset.
        if let Some(seconds) = self.common_seconds(text.as_bytes()) {
            return Timestamp::from_second(seconds).ok();
        }
        // Only look for an offset after the date (its dashes are not a sign).
        let tail = text.as_bytes().get(10..).unwrap_or_default();
        if tail.last().is_some_and(|b| b.eq_ignore_ascii_case(&b'z')) || tail.iter().any(|b| matches!(b, b'+' | b'-')) {
            // `2026-10-02 14:03:00 +0800`: the space before the offset is not ISO.
            let joined;
            let text = match text.rfind(" +").or_else(|| text.rfind(" -")) {
                Some(space) if space > 10 => {
                    joined = format!("{}{}", &text[..space], &text[space + 1..]);
                    joined.as_str()
                }
                _ => text,
            };
            return text.parse::<Timestamp>().ok();
        }
        match Fields::read(text) {
            Some(fields) => self.zone.to_timestamp(fields.to_datetime()?).ok(),
            None => self.zone.to_timestamp(text.parse::<DateTime>().ok()?).ok(),
        }
    }
}

/// The fields of `YYYY-MM-DD HH:MM[:SS]` (or with `T`), the commonest export
/// layout, read without the general ISO 8601 parser: a million-row log has
/// three of these a row.
struct Fields {
    year: i32,
    month: u32,
    day: u32,
    hour: i64,
    minute: i64,
    second: i64,
}

/// Whether `bytes` have the separators of `YYYY-MM-DD HH:MM[:SS]` — the
/// date's dashes or, as Chinese exports write it, `2026/10/02`; a space or
/// `T` — leaving the digits to be checked.
fn common_layout(bytes: &[u8]) -> bool {
    (bytes.len() == 16 || bytes.len() == 19)
        && matches!(bytes[4], b'-' | b'/')
        && bytes[7] == bytes[4]
        && matches!(bytes[10], b' ' | b'T')
        && bytes[13] == b':'
        && (bytes.len() == 16 || bytes[16] == b':')
}

impl Fields {
    fn read(text: &str) -> Option<Fields> {
        let bytes = text.as_bytes();
        if !common_layout(bytes) {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<i64> {
            bytes[range].iter().try_fold(0i64, |n, b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0')))
        };
        Some(Fields {
            year: i32::try_from(digits(0..4)?).ok()?,
            month: u32::try_from(digits(5..7)?).ok()?,
            day: u32::try_from(digits(8..10)?).ok()?,
            hour: digits(11..13)?,
            minute: digits(14..16)?,
            second: if bytes.len() == 19 { digits(17..19)? } else { 0 },
        })
    }

    fn to_datetime(&self) -> Option<DateTime> {
        let narrow = |n: i64| i8::try_from(n).ok();
        DateTime::new(
            i16::try_from(self.year).ok()?,
            narrow(i64::from(self.month))?,
            narrow(i64::from(self.day))?,
            narrow(self.hour)?,
            narrow(self.minute)?,
            narrow(self.second)?,
            0,
        )
        .ok()
    }
}

/// Minutes from `from` to `to` (negative if `to` is earlier).
pub fn minutes_between(from: Timestamp, to: Timestamp) -> f64 {
    (to.as_millisecond() - from.as_millisecond()) as f64 / 60_000.0
}

/// An SLA duration: a number and a unit, `15m`, `1h`, `1.5h`, `2d` (24 hours).
/// The grammar is the one every duration uses ([`crate::date::duration_minutes`]).
pub fn parse_duration_minutes(text: &str) -> Result<f64, Text> {
    let minutes = crate::date::duration_minutes(text)?;
    if minutes > super::MAX_MINUTES {
        return Err(Text::new("target-too-long").arg("text", text.trim()));
    }
    Ok(minutes)
}

/// The clock an SLA runs on.
// One per calendar, shared behind an `Arc`: the size is no burden, and a box
// would add an indirection to every ticket's reading.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Clock {
    /// Every minute counts (`hours = "7x24"`).
    AllHours,
    /// Only minutes inside the window on working days, in the calendar's zone.
    Business(BusinessHours),
}

/// A business calendar: a daily window on some weekdays, in a time zone,
/// less holidays and plus make-up working days (调休).
#[derive(Debug, Clone)]
pub struct BusinessHours {
    /// Monday first.
    pub days: [bool; 7],
    pub from: Time,
    pub to: Time,
    pub zone: TimeZone,
    /// Holidays that fall on a working weekday, as local days since
    /// 1970-01-01, sorted (a holiday on a Sunday changes nothing).
    holidays: Vec<i64>,
    /// Make-up working days that fall on a day off, likewise.
    workdays: Vec<i64>,
    /// As written, for display: `beijing (mon-fri 09:00–18:00 Asia/Shanghai, 8 holidays, 2 workdays)`.
    pub label: crate::i18n::Text,
    /// The calendar's name in `[calendars.NAME]`; `None` when written inline.
    pub name: Option<String>,
    /// Derived once, for [`BusinessHours::before`]: the day's window in
    /// milliseconds since local midnight, and how many working weekdays
    /// come before each weekday (the last entry: the whole week's).
    window: (i64, i64),
    weekdays_before: [i64; 8],
    /// From this instant on the zone's offset (milliseconds) never changes
    /// again — Asia/Shanghai since 1991, any fixed offset always — so a
    /// span after it needs no look-up of the zone's transitions.
    settled: Option<(i64, i64)>,
}

impl Clock {
    /// Minutes on this clock between two instants (0 if `to` is not after `from`).
    pub fn minutes(&self, from: Timestamp, to: Timestamp) -> f64 {
        match self {
            Clock::AllHours => minutes_between(from, to).max(0.0),
            Clock::Business(hours) => hours.minutes(from, to),
        }
    }

    /// `7x24`, or the calendar as written.
    pub fn label(&self) -> crate::i18n::Text {
        match self {
            Clock::AllHours => crate::i18n::Text::verbatim("7x24"),
            Clock::Business(hours) => hours.label.clone(),
        }
    }

    /// `7x24`, the calendar's name, or (written inline) the calendar.
    pub fn short_label(&self) -> crate::i18n::Text {
        match self {
            Clock::Business(BusinessHours { name: Some(name), .. }) => crate::i18n::Text::verbatim(name),
            _ => self.label(),
        }
    }

    /// The instant `minutes` wall-clock minutes after `from` (at most
    /// [`super::MAX_MINUTES`], so always a valid instant).
    pub fn after(from: Timestamp, minutes: f64) -> Timestamp {
        SignedDuration::try_from_secs_f64(minutes * 60.0)
            .ok()
            .and_then(|d| from.checked_add(d).ok())
            .unwrap_or(Timestamp::MAX)
    }
}

/// The instant after which `zone`'s offset (in seconds) never changes again,
/// and that offset: the start of time for a fixed offset, 1991-09-15 for
/// Asia/Shanghai; `None` for a zone that still changes its clocks (its
/// rules give it transitions up to the end of time).
fn settled(zone: &TimeZone) -> Option<(Timestamp, i64)> {
    let last = zone.preceding(Timestamp::MAX).next().map_or(Timestamp::MIN, |t| t.timestamp());
    let century_before_the_end = Timestamp::MAX.checked_sub(SignedDuration::from_hours(24 * 366 * 100)).ok()?;
    (zone.following(last).next().is_none() && last < century_before_the_end)
        .then(|| (last, i64::from(zone.to_offset(last).seconds())))
}

/// Milliseconds in a day.
const DAY_MS: i64 = 86_400_000;

impl BusinessHours {
    /// A weekly calendar with no holidays.
    pub fn weekly(days: [bool; 7], from: Time, to: Time, zone: TimeZone) -> BusinessHours {
        let ms = |time: Time| {
            if time == Time::MAX {
                DAY_MS
            } else {
                i64::from(time.hour()) * 3_600_000
                    + i64::from(time.minute()) * 60_000
                    + i64::from(time.second()) * 1000
                    + i64::from(time.subsec_nanosecond()) / 1_000_000
            }
        };
        let mut weekdays_before = [0; 8];
        for (weekday, works) in days.iter().enumerate() {
            weekdays_before[weekday + 1] = weekdays_before[weekday] + i64::from(*works);
        }
        let settled = settled(&zone).map(|(since, seconds)| (since.as_millisecond(), seconds * 1000));
        BusinessHours {
            days,
            from,
            to,
            zone,
            settled,
            holidays: Vec::new(),
            workdays: Vec::new(),
            label: crate::i18n::Text::default(),
            name: None,
            window: (ms(from), ms(to)),
            weekdays_before,
        }
    }

    /// The same calendar with `holidays` off and `workdays` worked. A
    /// holiday on a day off and a make-up day on a working weekday change
    /// nothing and are dropped; a date in both lists is the caller's error.
    pub fn with_exceptions(mut self, holidays: &[Date], workdays: &[Date]) -> BusinessHours {
        let weekday = |day: i64| (day + 3).rem_euclid(7) as usize;
        let keep = |dates: &[Date], worked: bool| {
            let mut days: Vec<i64> = dates
                .iter()
                .map(|d| crate::date::day_number(*d))
                .filter(|day| self.days[weekday(*day)] == worked)
                .collect();
            days.sort_unstable();
            days.dedup();
            days
        };
        self.holidays = keep(holidays, true);
        self.workdays = keep(workdays, false);
        self
    }

    /// Minutes inside the business windows between `from` and `to`, in time
    /// independent of the span: the span is cut where the zone's offset
    /// changes (daylight saving; a few times a year), and within each piece
    /// whole weeks are counted in closed form, holidays and make-up days by
    /// binary search in their sorted lists.
    fn minutes(&self, from: Timestamp, to: Timestamp) -> f64 {
        if to <= from {
            return 0.0;
        }
        let mut total_ms: i64 = 0;
        let mut start = from;
        loop {
            // Once the zone has settled there is no change to look for.
            let settled = self.settled.filter(|(since, _)| start.as_millisecond() >= *since);
            let change = match settled {
                Some(_) => None,
                None => self.zone.following(start).next().map(|t| t.timestamp()).filter(|t| *t < to),
            };
            let end = change.unwrap_or(to);
            let offset =
                settled.map_or_else(|| i64::from(self.zone.to_offset(start).seconds()) * 1000, |(_, offset)| offset);
            total_ms += self.before(end.as_millisecond() + offset) - self.before(start.as_millisecond() + offset);
            match change {
                Some(change) => start = change,
                None => break,
            }
        }
        total_ms as f64 / 60_000.0
    }

    /// Business milliseconds from a fixed Monday to `local` (milliseconds of
    /// local civil time since 1970-01-01 00:00): a cumulative count, so the
    /// business time between two instants is a difference of two of these.
    /// Whole weeks in closed form; then each holiday before `local` takes a
    /// day off and each make-up day before it adds one (counted by binary
    /// search, since both lists only hold days that change something).
    fn before(&self, local: i64) -> i64 {
        let (open, close) = self.window;
        let per_day = close - open;
        let day = local.div_euclid(DAY_MS);
        // 1970-01-01 was a Thursday: weekday 0 (Monday) began three days before it.
        let (weeks, weekday) = ((day + 3).div_euclid(7), (day + 3).rem_euclid(7) as usize);
        let full_days = weeks * self.weekdays_before[7] + self.weekdays_before[weekday];
        let (workdays, holidays) =
            (self.workdays.partition_point(|d| *d < day), self.holidays.partition_point(|d| *d < day));
        // Whether `day` is a working day, from the same two searches.
        let works = if self.days[weekday] {
            self.holidays.get(holidays) != Some(&day)
        } else {
            self.workdays.get(workdays) == Some(&day)
        };
        let today = if works { (local.rem_euclid(DAY_MS) - open).clamp(0, per_day) } else { 0 };
        (full_days + workdays as i64 - holidays as i64) * per_day + today
    }
}

/// `mon-fri`, `mon,wed,fri`, `sun-thu`: which weekdays are business days.
pub fn parse_days(text: &str) -> Result<[bool; 7], Text> {
    const NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let invalid = || Text::new("not-weekdays").arg("text", text);
    let index = |name: &str| NAMES.iter().position(|n| n.eq_ignore_ascii_case(name.trim())).ok_or_else(invalid);
    let mut days = [false; 7];
    for part in text.split(',') {
        match part.split_once('-') {
            Some((start, end)) => {
                let (start, end) = (index(start)?, index(end)?);
                let mut day = start;
                loop {
                    days[day] = true;
                    if day == end {
                        break;
                    }
                    day = (day + 1) % 7;
                }
            }
            None => days[index(part)?] = true,
        }
    }
    Ok(days)
}

/// `09:00`, `18:30`, `24:00` (the end of the day).
pub fn parse_time_of_day(text: &str) -> Result<Time, Text> {
    let invalid = || Text::new("not-time-of-day").arg("text", text);
    let (hours, minutes) = text.trim().split_once(':').ok_or_else(invalid)?;
    let (hours, minutes): (i8, i8) = (hours.parse().map_err(|_| invalid())?, minutes.parse().map_err(|_| invalid())?);
    if (hours, minutes) == (24, 0) {
        return Ok(Time::MAX);
    }
    Time::new(hours, minutes, 0, 0).map_err(|_| invalid())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    fn at(text: &str) -> Timestamp {
        parse_timestamp(text, &Layout::Iso, &TimeZone::UTC).unwrap()
    }

    #[test]
    fn reads_the_usual_timestamp_layouts() {
        let utc = TimeZone::UTC;
        let plus8 = parse_time_zone("+08:00").unwrap();
        let expected = at("2026-10-02T06:03:00Z");
        for (text, zone) in [
            ("2026-10-02T06:03:00Z", &utc),
            ("2026-10-02 06:03:00", &utc),
            ("2026-10-02 06:03", &utc),
            ("2026-10-02 14:03:00", &plus8),
            ("2026-10-02T14:03:00+08:00", &utc),
            ("2026-10-02 14:03:00+0800", &utc),
            ("2026-10-02 14:03:00 +0800", &utc),
            ("2026-10-01 23:03:00 -07:00", &plus8),
            ("2026/10/02 14:03", &plus8),
        ] {
            assert_eq!(parse_timestamp(text, &Layout::Iso, zone), Ok(expected), "{text}");
        }
        let jira = Layout::Format("%d/%b/%y %I:%M %p".into());
        assert_eq!(parse_timestamp("02/Oct/26 2:03 PM", &jira, &plus8), Ok(expected));
        for bad in [
            "",
            "yesterday",
            "2026-13-02 10:00",
            "2026-10-02 25:00",
            "2026-02-30 10:00:00",
            "2026-10-02 10:00:61",
            "02/10/2026",
            "2026/10-02 10:00",
        ] {
            assert!(parse_timestamp(bad, &Layout::Iso, &utc).is_err(), "{bad}");
        }
    }

    #[test]
    fn remembered_dates_read_like_new_ones() {
        // One reader, so dates come from its table: 2024-02-29 and
        // 2026-02-29 share a slot (same month, day and year parity) and only
        // the first is a date; 2025-03-01 and 2027-03-01 share one too; a
        // letter where a digit belongs lands in a slot with its bytes.
        // Asia/Shanghai as well: settled since its last change (1991-09-15,
        // 02:00 back to 01:00), where a local time is ambiguous and read the
        // general way, and since then read like +08:00.
        for zone in ["+08:00", "Asia/Shanghai"] {
            let plus8 = parse_time_zone(zone).unwrap();
            let reader = TimeReader::new(Layout::Iso, plus8.clone());
            for text in [
                "1991-09-15 01:30:00",
                "1991-09-14 12:00:00",
                "1991-09-16 12:00:00",
                "2024-02-29 10:00:00",
                "2026-02-29 10:00:00",
                "2024-02-29 23:59:59",
                "2025-03-01 00:00",
                "2027-03-01 00:00",
                "2025-03-01 12:30:15",
                "2025-03-0l 12:30:15",
                "2025/03/01 12:30:15",
                "2025-03-01T24:00:00",
                "2027-03-01 08:61:00",
            ] {
                let civil = text.replace('/', "-").parse::<DateTime>().ok();
                let expected = civil.and_then(|dt| plus8.to_timestamp(dt).ok());
                assert_eq!(reader.parse(text).ok(), expected, "{zone} {text}");
                assert_eq!(reader.parse(text), parse_timestamp(text, &Layout::Iso, &plus8), "{zone} {text}");
            }
        }
    }

    #[test]
    fn reads_zones_and_durations() {
        assert!(parse_time_zone("-05:30").is_ok());
        assert!(parse_time_zone("+0800").is_ok());
        assert!(parse_time_zone("+25:00").is_err());
        assert!(parse_time_zone("Mars/Olympus").is_err());
        assert_eq!(parse_duration_minutes("15m"), Ok(15.0));
        assert_eq!(parse_duration_minutes("1.5h"), Ok(90.0));
        assert_eq!(parse_duration_minutes("2d"), Ok(2880.0));
        assert!(parse_duration_minutes("15").is_err());
        assert!(parse_duration_minutes("-1h").is_err());
    }

    #[test]
    fn business_clock_skips_nights_and_weekends() {
        // Mon–Fri 09:00–18:00 at +08:00. 2026-10-02 is a Friday.
        let hours = BusinessHours::weekly(
            parse_days("mon-fri").unwrap(),
            parse_time_of_day("09:00").unwrap(),
            parse_time_of_day("18:00").unwrap(),
            parse_time_zone("+08:00").unwrap(),
        );
        let clock = Clock::Business(hours);
        let local = |text: &str| parse_timestamp(text, &Layout::Iso, &parse_time_zone("+08:00").unwrap()).unwrap();
        // Friday 17:00 → Monday 10:00: Friday 17:00–18:00 (60) + Monday 09:00–10:00 (60) = 120 minutes.
        assert_eq!(clock.minutes(local("2026-10-02 17:00"), local("2026-10-05 10:00")), 120.0);
        // Saturday 11:00 → Saturday 15:00: no business minutes.
        assert_eq!(clock.minutes(local("2026-10-03 11:00"), local("2026-10-03 15:00")), 0.0);
        // Friday 20:00 → Monday 09:30: 30 minutes, all on Monday.
        assert_eq!(clock.minutes(local("2026-10-02 20:00"), local("2026-10-05 09:30")), 30.0);
        // Monday 09:00 → next Monday 09:00: five days of 9 hours = 2700 minutes.
        assert_eq!(clock.minutes(local("2026-10-05 09:00"), local("2026-10-12 09:00")), 2700.0);
        assert_eq!(Clock::AllHours.minutes(local("2026-10-02 17:00"), local("2026-10-05 10:00")), 65.0 * 60.0);
        assert_eq!(parse_days("fri-mon").unwrap(), [true, false, false, false, true, true, true]);
        assert!(parse_days("mon-funday").is_err());
    }

    /// The business minutes between two instants, walked minute by minute
    /// against plain lists of dates: slow and obviously right, the yardstick
    /// for the closed form.
    fn walked(hours: &BusinessHours, holidays: &[Date], workdays: &[Date], from: Timestamp, to: Timestamp) -> f64 {
        let mut minutes = 0.0;
        let mut at = from;
        while at < to {
            let local = hours.zone.to_datetime(at);
            let (open, close) = hours.window;
            let since_midnight = i64::from(local.hour()) * 3_600_000 + i64::from(local.minute()) * 60_000;
            let weekday = local.date().weekday().to_monday_zero_offset() as usize;
            let date = local.date();
            let works = (hours.days[weekday] && !holidays.contains(&date)) || workdays.contains(&date);
            if works && (open..close).contains(&since_midnight) {
                minutes += 1.0;
            }
            at = at.checked_add(SignedDuration::from_mins(1)).unwrap();
        }
        minutes
    }

    fn dates(texts: &[&str]) -> Vec<Date> {
        texts.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn closed_form_agrees_with_a_minute_by_minute_walk() {
        // Whole-minute instants, so a minute walk is exact; spans over weekends,
        // a midnight window end, and New York's daylight-saving changes
        // (2026-03-08 and 2026-11-01), where a local week is not 7 × 24 hours;
        // with no exceptions, and with holidays (on working days and days off)
        // and make-up days (on days off and on working days) around the starts.
        // Asia/Shanghai last changed its clocks on 1991-09-15 (settled since:
        // no look-up of transitions after that), so one start is before it.
        let zones = ["+08:00", "America/New_York", "UTC", "Asia/Shanghai"];
        let windows = [("mon-fri", "09:00", "18:00"), ("sat-tue", "00:00", "24:00"), ("sun", "01:30", "03:30")];
        let starts =
            ["2026-03-06 17:00", "2026-10-30 23:30", "2026-11-01 01:15", "2026-01-01 00:00", "1991-09-13 17:00"];
        let exceptions = [
            (dates(&[]), dates(&[])),
            (
                dates(&["2026-01-01", "2026-01-02", "2026-03-08", "2026-03-09", "2026-11-02", "2026-11-03"]),
                dates(&["2026-01-03", "2026-03-07", "2026-10-31", "2026-11-01", "2026-11-04"]),
            ),
        ];
        for zone in zones {
            for (days, from, to) in windows {
                for (holidays, workdays) in &exceptions {
                    let hours = BusinessHours::weekly(
                        parse_days(days).unwrap(),
                        parse_time_of_day(from).unwrap(),
                        parse_time_of_day(to).unwrap(),
                        parse_time_zone(zone).unwrap(),
                    )
                    .with_exceptions(holidays, workdays);
                    // Only a zone that still changes its clocks is never settled.
                    assert_eq!(hours.settled.is_none(), zone == "America/New_York", "{zone}");
                    for start in starts {
                        let from = parse_timestamp(start, &Layout::Iso, &hours.zone).unwrap();
                        for span_minutes in [0, 59, 61 * 24, 9 * 24 * 60 + 7, 23 * 24 * 60 + 30] {
                            let to = from.checked_add(SignedDuration::from_mins(span_minutes)).unwrap();
                            assert_eq!(
                                hours.minutes(from, to),
                                walked(&hours, holidays, workdays, from, to),
                                "{zone} {days} {}-{}, from {start} for {span_minutes} minutes, {} holidays",
                                hours.from,
                                hours.to,
                                holidays.len()
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn national_day_and_its_make_up_saturday() {
        // Beijing, mon-fri 09:00–18:00 (540 minutes a day). 2026-09-30 is a
        // Wednesday; 1–7 October are the National Day holiday and Saturday
        // 10 October is a make-up working day (调休).
        let beijing = parse_time_zone("Asia/Shanghai").unwrap();
        let weekly = BusinessHours::weekly(
            parse_days("mon-fri").unwrap(),
            parse_time_of_day("09:00").unwrap(),
            parse_time_of_day("18:00").unwrap(),
            beijing.clone(),
        );
        let holidays = dates(&["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"]);
        let calendar = weekly.clone().with_exceptions(&holidays, &dates(&["2026-10-10"]));
        let local = |text: &str| parse_timestamp(text, &Layout::Iso, &beijing).unwrap();
        // Wed 30 Sep 17:00 → Mon 12 Oct 10:00.
        // With the calendar: 30 Sep 17:00–18:00 = 60; 1–7 Oct holidays (3–4 Oct
        // a weekend) = 0; 8 and 9 Oct (Thu, Fri) = 2 × 540 = 1080; Sat 10 Oct
        // make-up day = 540; 12 Oct 09:00–10:00 = 60. Total 60 + 1080 + 540 + 60 = 1740.
        assert_eq!(calendar.minutes(local("2026-09-30 17:00"), local("2026-10-12 10:00")), 1740.0);
        // Without exceptions: 30 Sep 60; 1, 2, 5, 6, 7, 8, 9 Oct = 7 × 540 = 3780; 12 Oct 60. Total 3900.
        assert_eq!(weekly.minutes(local("2026-09-30 17:00"), local("2026-10-12 10:00")), 3900.0);
        // Opened on the make-up Saturday at 17:30: 30 minutes that day, then Monday 09:00–09:15.
        assert_eq!(calendar.minutes(local("2026-10-10 17:30"), local("2026-10-12 09:15")), 45.0);
    }

    #[test]
    fn ten_years_cost_no_more_than_a_day() {
        // Closed form: the count for 10 years is the count for whole weeks
        // (521 × 5 days × 540 minutes) plus the remainder, with no walk.
        let hours = BusinessHours::weekly(
            parse_days("mon-fri").unwrap(),
            parse_time_of_day("09:00").unwrap(),
            parse_time_of_day("18:00").unwrap(),
            parse_time_zone("UTC").unwrap(),
        );
        // Monday 2016-01-04 09:00 to Monday 2026-01-05 09:00 = 3654 days = 522 weeks exactly.
        let from = at("2016-01-04T09:00:00Z");
        let to = at("2026-01-05T09:00:00Z");
        assert_eq!(hours.minutes(from, to), 522.0 * 5.0 * 540.0);
    }
}
