//! Partial calendar dates ("2016", "2016-05", "2016-05-02"), checked for validity.

use serde::{Deserialize, Serialize};

use std::fmt;

/// The months in English, as `data/` is written: its error messages name them
/// so, and the interface's English table ([`crate::strings::EN`]) shows them.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How precisely an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Precision {
    /// The exact day is known.
    Day,
    /// Only the month is known.
    Month,
    /// Only the year is known.
    Year,
    /// The date is an estimate (e.g. "about 9 November", "date not established").
    Approximate,
}

impl Precision {
    /// Parses the data-file spelling: `day`, `month`, `year` or `approximate`.
    pub fn parse(s: &str) -> Option<Precision> {
        match s {
            "day" => Some(Precision::Day),
            "month" => Some(Precision::Month),
            "year" => Some(Precision::Year),
            "approximate" => Some(Precision::Approximate),
            _ => None,
        }
    }

    /// The data-file spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Approximate => "approximate",
        }
    }
}

/// A date known to the year, the month or the day. Ordering is chronological, and a
/// coarser date sorts before the finer dates it contains ("2022" < "2022-01" < "2022-01-01").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    /// Four-digit year (1900–2100).
    pub year: u16,
    /// Month 1–12, if known.
    pub month: Option<u8>,
    /// Day of month, if known (only with a month).
    pub day: Option<u8>,
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(part: &str, len: usize) -> Option<u16> {
    if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; rejects malformed text and impossible
    /// dates such as `2022-02-30` or `2022-13`. The error is a short English message.
    pub fn parse(s: &str) -> Result<PartialDate, String> {
        const SHAPE: &str = "malformed date (expected YYYY, YYYY-MM or YYYY-MM-DD)";
        let parts: Vec<&str> = s.split('-').collect();
        if parts.is_empty() || parts.len() > 3 {
            return Err(SHAPE.into());
        }
        let year = digits(parts[0], 4).ok_or(SHAPE)?;
        if !(1900..=2100).contains(&year) {
            return Err("year out of range (1900–2100)".into());
        }
        let month = match parts.get(1) {
            None => None,
            Some(p) => {
                let m = digits(p, 2).ok_or(SHAPE)? as u8;
                if !(1..=12).contains(&m) {
                    return Err(format!("impossible date: there is no month {m}"));
                }
                Some(m)
            }
        };
        let day = match (parts.get(2), month) {
            (None, _) => None,
            (Some(p), Some(m)) => {
                let d = digits(p, 2).ok_or(SHAPE)? as u8;
                let max = days_in_month(year, m);
                if d == 0 || d > max {
                    let name = MONTHS[usize::from(m) - 1];
                    return Err(format!("impossible date: {name} {year} has {max} days"));
                }
                Some(d)
            }
            (Some(_), None) => return Err(SHAPE.into()),
        };
        Ok(PartialDate { year, month, day })
    }

    /// A date known to the day.
    pub fn ymd(year: u16, month: u8, day: u8) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The precision the text itself carries (day, month or year).
    pub fn granularity(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// First calendar day covered, as `(year, month, day)`.
    pub fn first_day(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Last calendar day covered, as `(year, month, day)`.
    pub fn last_day(&self) -> (u16, u8, u8) {
        let m = self.month.unwrap_or(12);
        (
            self.year,
            m,
            self.day.unwrap_or(days_in_month(self.year, m)),
        )
    }

    /// Whether this date starts within the span from `from`'s first day to `to`'s last day.
    pub fn within(&self, from: &PartialDate, to: &PartialDate) -> bool {
        let d = self.first_day();
        from.first_day() <= d && d <= to.last_day()
    }
}

impl fmt::Display for PartialDate {
    /// ISO form, as written in the data files.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_shapes() {
        assert_eq!(
            PartialDate::parse("2016").unwrap().granularity(),
            Precision::Year
        );
        assert_eq!(PartialDate::parse("2016-05").unwrap().month, Some(5));
        let d = PartialDate::parse("2016-05-02").unwrap();
        assert_eq!(d, PartialDate::ymd(2016, 5, 2));
        assert_eq!(d.to_string(), "2016-05-02");
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        let e = PartialDate::parse("2022-02-30").unwrap_err();
        assert!(e.contains("February 2022 has 28 days"), "{e}");
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(PartialDate::parse("2023-02-29").is_err());
        assert!(PartialDate::parse("2022-13")
            .unwrap_err()
            .contains("month 13"));
        assert!(PartialDate::parse("2022-04-31").is_err());
        for bad in [
            "",
            "22",
            "2022-5",
            "2022/05/01",
            "2022-05-01-01",
            "12 May 2022",
            "2022-00",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn orders_coarse_before_fine_and_checks_ranges() {
        let y = PartialDate::parse("2022").unwrap();
        let m = PartialDate::parse("2022-10").unwrap();
        let d = PartialDate::parse("2022-10-26").unwrap();
        assert!(y < m && m < d);
        let from = PartialDate::parse("2022-10-01").unwrap();
        let to = PartialDate::parse("2022-11").unwrap();
        assert!(d.within(&from, &to));
        assert!(PartialDate::parse("2022-11-30").unwrap().within(&from, &to));
        assert!(!PartialDate::parse("2022-12-01").unwrap().within(&from, &to));
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().last_day(),
            (2024, 2, 29)
        );
    }
}
