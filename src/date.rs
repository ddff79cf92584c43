//! Calendar dates and ages, for judging how old evidence is (`--max-age`).

use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Today in UTC, from the system clock.
    pub fn today() -> Date {
        let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Date::from_days((seconds / 86_400) as i64)
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The inverse of [`Date::days`] (Hinnant's `civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The same day `months` calendar months earlier, the last day of the
    /// month where that day does not exist (2026-03-31 minus 1 month: 2026-02-28).
    fn months_earlier(self, months: u32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 - i64::from(months);
        let year = index.div_euclid(12) as i32;
        let month = index.rem_euclid(12) as u32 + 1;
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;

    /// `YYYY-MM-DD`.
    fn from_str(text: &str) -> Result<Date, String> {
        let invalid = || format!("'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-10-14");
        let mut parts = text.splitn(3, '-');
        let mut next = || parts.next().filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        let (Some(year), Some(month), Some(day)) = (next(), next(), next()) else {
            return Err(invalid());
        };
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return Err(invalid());
        }
        let number = |p: &str| p.parse::<u32>().map_err(|_| invalid());
        Date::new(number(year)? as i32, number(month)?, number(day)?).ok_or_else(invalid)
    }
}

/// How old evidence may be: `180d`, `26w`, `6m` (calendar months) or `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Age {
    /// The oldest date still within this age of `today`.
    pub fn cutoff(self, today: Date) -> Date {
        match self {
            Age::Days(n) => Date::from_days(today.days() - i64::from(n)),
            Age::Weeks(n) => Date::from_days(today.days() - 7 * i64::from(n)),
            Age::Months(n) => today.months_earlier(n),
            Age::Years(n) => today.months_earlier(n.saturating_mul(12)),
        }
    }
}

impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (n, unit) = match self {
            Age::Days(n) => (n, "day"),
            Age::Weeks(n) => (n, "week"),
            Age::Months(n) => (n, "month"),
            Age::Years(n) => (n, "year"),
        };
        write!(f, "{n} {unit}{}", if *n == 1 { "" } else { "s" })
    }
}

impl FromStr for Age {
    type Err = String;

    fn from_str(text: &str) -> Result<Age, String> {
        let invalid = || format!("'{text}' is not an age; write a whole number and a unit: 180d, 26w, 6m or 1y");
        let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let n: u32 = digits.parse().map_err(|_| invalid())?;
        // Ten thousand years is no limit at all, and keeps date arithmetic in range.
        if n > 3_650_000 {
            return Err(invalid());
        }
        match &text[digits.len()..] {
            "d" => Ok(Age::Days(n)),
            "w" => Ok(Age::Weeks(n)),
            "m" => Ok(Age::Months(n)),
            "y" => Ok(Age::Years(n)),
            _ => Err(invalid()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn days_count_from_the_unix_epoch() {
        assert_eq!(date("1970-01-01").days(), 0);
        // 2000 was a leap year: 30 years of 365 days plus 7 leap days (72, 76, …, 96).
        assert_eq!(date("2000-01-01").days(), 30 * 365 + 7);
        assert_eq!(date("1969-12-31").days(), -1);
        for days in [-800_000, -1, 0, 59, 60, 11_016, 20_780, 2_932_896] {
            assert_eq!(Date::from_days(days).days(), days);
        }
        assert_eq!(Date::from_days(20_780), date("2026-11-23"));
    }

    #[test]
    fn cutoffs_count_back_from_today() {
        let today = date("2026-11-23");
        // November has 23 days up to today, October 31, September 30: 23 + 31 + 30 = 84,
        // so 180 days back is 96 more days before 2026-09-01: August 31, July 31, June 30 (92), then 4 into May.
        assert_eq!(Age::Days(180).cutoff(today), date("2026-05-27"));
        assert_eq!(Age::Weeks(2).cutoff(today), date("2026-11-09"));
        assert_eq!(Age::Months(6).cutoff(today), date("2026-05-23"));
        assert_eq!(Age::Months(1).cutoff(date("2026-03-31")), date("2026-02-28"));
        assert_eq!(Age::Months(13).cutoff(date("2026-01-15")), date("2024-12-15"));
        assert_eq!(Age::Years(2).cutoff(date("2028-02-29")), date("2026-02-28"));
    }

    #[test]
    fn parses_dates_and_ages_strictly() {
        assert_eq!(date("2024-02-29"), Date { year: 2024, month: 2, day: 29 });
        for bad in ["2023-02-29", "2026-13-01", "2026-1-5", "26-01-05", "2026-01-05T10:00", "", "today"] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert_eq!("180d".parse(), Ok(Age::Days(180)));
        assert_eq!("6m".parse(), Ok(Age::Months(6)));
        for bad in ["180", "d", "-3d", "1.5y", "3 days", "9999999999d"] {
            assert!(bad.parse::<Age>().is_err(), "{bad}");
        }
    }
}
