//! Dates and durations. The calendar is jiff's (`jiff::civil::Date`, its
//! month arithmetic, its duration grammar); this module keeps only what jiff
//! does not decide for us:
//!
//! - which spellings vendorcard accepts: a date exactly `YYYY-MM-DD` (jiff
//!   also reads `20260105` and date-times, which on the command line are
//!   more likely slips than intent);
//! - the one duration grammar, jiff's "friendly" format (`15m`, `1.5h`,
//!   `2d`, `26w`, `6mo`, `1y`, `1h 30m`), with the limits each use puts on
//!   it and errors that say what to write instead (`--max-age 6m` is six
//!   minutes, and says so);
//! - day numbers (days since 1970-01-01) for the business clock, which keys
//!   its per-day tables by an integer in its inner loop.

use crate::i18n::Text;
use std::fmt;

use jiff::{Span, SpanTotal, Unit};

pub use jiff::civil::Date;

/// Today in UTC, from the system clock.
pub fn today() -> Date {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date()
}

/// A date written exactly `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, Text> {
    let invalid = || Text::new("not-a-date").arg("text", text);
    let shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !shape {
        return Err(invalid());
    }
    text.parse().map_err(|_| invalid())
}

/// A date from its parts as another crate holds them (a TOML date), if it exists.
pub fn from_parts(year: impl TryInto<i16>, month: impl TryInto<i8>, day: impl TryInto<i8>) -> Option<Date> {
    Date::new(year.try_into().ok()?, month.try_into().ok()?, day.try_into().ok()?).ok()
}

/// Days since 1970-01-01 (negative before).
pub fn day_number(date: Date) -> i64 {
    date.duration_since(jiff::civil::date(1970, 1, 1)).as_secs().div_euclid(86_400)
}

/// The date `days` days after 1970-01-01, if the calendar reaches it.
pub fn from_day_number(days: i64) -> Option<Date> {
    jiff::civil::date(1970, 1, 1).checked_add(jiff::SignedDuration::from_hours(days.checked_mul(24)?)).ok()
}

/// A duration in the one grammar: a number and a unit, units combinable
/// (`1h 30m`): `y` years, `mo` months, `w` weeks, `d` days, `h` hours,
/// `m` minutes, `s` seconds; long names (`3 days`) and ISO 8601 (`P6M`) too.
fn parse_span(text: &str, examples: &str) -> Result<Span, Text> {
    let span: Span = text.trim().parse().map_err(|error: jiff::Error| {
        // jiff allows a fraction only on hours and smaller units.
        let key = if error.to_string().contains("fractional") { "not-a-duration-fraction" } else { "not-a-duration" };
        Text::new(key).arg("text", text).arg("examples", examples)
    })?;
    if span.is_negative() {
        return Err(Text::new("duration-negative").arg("text", text).arg("examples", examples));
    }
    Ok(span)
}

/// Whether the span has hours, minutes or anything smaller.
fn has_time_of_day(span: &Span) -> bool {
    span.get_hours() != 0
        || span.get_minutes() != 0
        || span.get_seconds() != 0
        || span.get_milliseconds() != 0
        || span.get_microseconds() != 0
        || span.get_nanoseconds() != 0
}

/// An SLA target or any other length of time, in minutes: `15m`, `4h`,
/// `1.5h`, `2d` (24 hours), `1w`. Months and years are refused: they have no
/// fixed length.
pub fn duration_minutes(text: &str) -> Result<f64, Text> {
    const EXAMPLES: &str = "15m, 4h, 1.5h or 2d";
    let span = parse_span(text, EXAMPLES)?;
    if span.get_years() != 0 || span.get_months() != 0 {
        return Err(Text::new("duration-months").arg("text", text).arg("examples", EXAMPLES));
    }
    span.total(SpanTotal::from(Unit::Minute).days_are_24_hours())
        .map_err(|error| Text::verbatim(format!("'{text}': {error}")))
}

/// How old evidence may be: whole days, weeks, calendar months or years
/// (`180d`, `26w`, `6mo`, `1y`, `1y 6mo`).
#[derive(Debug, Clone, Copy)]
pub struct Age(Span);

impl Age {
    /// `--max-age`: an age, with an error that says what `6m` now means.
    pub fn parse(text: &str) -> Result<Age, Text> {
        const EXAMPLES: &str = "180d, 26w, 6mo or 1y";
        let span = parse_span(text, EXAMPLES)?;
        if has_time_of_day(&span) {
            let minutes = span.get_minutes();
            let only_minutes = minutes > 0 && span.fieldwise() == Span::new().minutes(minutes);
            return Err(if only_minutes {
                Text::new("age-minutes").arg("text", text).arg("minutes", minutes.to_string())
            } else {
                Text::new("age-time-of-day").arg("text", text).arg("examples", EXAMPLES)
            });
        }
        if span.is_zero() {
            return Err(Text::new("age-zero").arg("text", text).arg("examples", EXAMPLES));
        }
        Ok(Age(span))
    }

    /// The oldest date still within this age of `today`: the same day so
    /// many months back, or the month's last day where that day does not
    /// exist (2026-03-31 less 1 month: 2026-02-28). `None` before year −9999.
    pub fn cutoff(self, today: Date) -> Option<Date> {
        today.checked_sub(self.0).ok()
    }
}

impl Age {
    /// In words, in any language: `30 days`, `1 year 6 months`; `30 天`, `1 年 6 个月`.
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        let span = self.0;
        let parts = [
            (i64::from(span.get_years()), "age-years"),
            (i64::from(span.get_months()), "age-months"),
            (i64::from(span.get_weeks()), "age-weeks"),
            (i64::from(span.get_days()), "age-days"),
        ];
        let mut texts = parts
            .iter()
            .filter(|(n, _)| *n != 0)
            .map(|(n, key)| Text::new(key).count("count", usize::try_from(*n).unwrap_or(0)))
            .collect::<Vec<_>>()
            .into_iter()
            .rev();
        let last = texts.next().unwrap_or_default();
        texts.fold(last, |rest, first| Text::new("age-pair").part("first", first).part("rest", rest))
    }
}

impl fmt::Display for Age {
    /// `6 months`, `1 year 6 months`, `26 weeks`: [`Age::text`] in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().english())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        parse_date(text).unwrap()
    }

    fn age(text: &str) -> Age {
        Age::parse(text).unwrap()
    }

    #[test]
    fn day_numbers_count_from_the_unix_epoch() {
        assert_eq!(day_number(date("1970-01-01")), 0);
        // 2000 was a leap year: 30 years of 365 days plus 7 leap days (72, 76, …, 96).
        assert_eq!(day_number(date("2000-01-01")), 30 * 365 + 7);
        assert_eq!(day_number(date("1969-12-31")), -1);
        for days in [-700_000, -1, 0, 59, 60, 11_016, 20_780, 2_932_896] {
            assert_eq!(from_day_number(days).map(day_number), Some(days));
        }
        assert_eq!(from_day_number(20_780), Some(date("2026-11-23")));
        assert_eq!(from_day_number(i64::MAX), None);
    }

    #[test]
    fn cutoffs_count_back_from_today() {
        let today = date("2026-11-23");
        // November has 23 days up to today, October 31, September 30: 23 + 31 + 30 = 84,
        // so 180 days back is 96 more days before 2026-09-01: August 31, July 31, June 30 (92), then 4 into May.
        assert_eq!(age("180d").cutoff(today), Some(date("2026-05-27")));
        assert_eq!(age("2w").cutoff(today), Some(date("2026-11-09")));
        assert_eq!(age("6mo").cutoff(today), Some(date("2026-05-23")));
        assert_eq!(age("1mo").cutoff(date("2026-03-31")), Some(date("2026-02-28")));
        assert_eq!(age("13mo").cutoff(date("2026-01-15")), Some(date("2024-12-15")));
        assert_eq!(age("2y").cutoff(date("2028-02-29")), Some(date("2026-02-28")));
        assert_eq!(age("1y 6mo").cutoff(today), Some(date("2025-05-23")));
        assert_eq!(age("1y 6mo").to_string(), "1 year 6 months");
        assert_eq!(age("26w").to_string(), "26 weeks");
    }

    #[test]
    fn parses_dates_strictly() {
        assert_eq!(date("2024-02-29"), jiff::civil::date(2024, 2, 29));
        for bad in ["2023-02-29", "2026-13-01", "2026-1-5", "26-01-05", "2026-01-05T10:00", "20260105", "", "today"] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        assert_eq!(from_parts(2026, 2, 29), None);
        assert_eq!(from_parts(2026u16, 2u8, 28u8), Some(date("2026-02-28")));
    }

    #[test]
    fn one_duration_grammar_with_errors_that_teach() {
        assert_eq!(duration_minutes("15m"), Ok(15.0));
        assert_eq!(duration_minutes("1.5h"), Ok(90.0));
        assert_eq!(duration_minutes("2d"), Ok(2880.0));
        assert_eq!(duration_minutes("1h 30m"), Ok(90.0));
        assert_eq!(duration_minutes("1w"), Ok(7.0 * 1440.0));
        for bad in ["15", "-1h", "1mo", "1y", "4H", "soon", "0.5d"] {
            assert!(duration_minutes(bad).is_err(), "{bad}");
        }
        assert!(duration_minutes("0.5d").unwrap_err().english().contains("12h"));
        assert!(duration_minutes("1mo").unwrap_err().english().contains("no fixed length"));

        assert_eq!(age("6mo").cutoff(date("2026-11-23")), Some(date("2026-05-23")));
        // The old spelling of months is minutes now, and the error says what to write.
        let old = Age::parse("6m").unwrap_err().english();
        assert!(old.contains("6m") && old.contains("6mo"), "{old}");
        for bad in ["180", "d", "-3d", "1.5y", "0d", "4h", "99999999d"] {
            assert!(Age::parse(bad).is_err(), "{bad}");
        }
    }
}
