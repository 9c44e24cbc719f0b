//! Working days under the State Council's holiday schedule (docs/rules.md R3).
//!
//! Overdue days are counted in working days: statutory holidays are off and
//! the 调休 make-up weekend days are on. The schedules come from the
//! `chinese_holiday` crate, which embeds every 国务院办公厅 notice from 2004
//! to 2026 (2017: 国办发明电〔2016〕17号). For a year outside that table,
//! Monday–Friday are working days and the calendar remembers the year, so
//! the run can warn that its overdue days are approximate.
//!
//! The ledger's 节假日 sheet ([`Calendar::with_sheet`]) gives days off
//! (休) and working days (班): for a year the built-in schedule does not
//! know, that year is then known, Monday–Friday except the 休 dates plus
//! the 班 dates; for a year it knows, each date of the sheet overrides that
//! date alone.

use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::{BTreeSet, HashMap};

/// First and last year whose official schedule is known.
pub const FIRST_KNOWN_YEAR: i32 = 2004;
pub const LAST_KNOWN_YEAR: i32 = 2026;

/// The table covers 1990-01-01 ..= 2101-12-31 (the date range the ledger
/// reader accepts for serial dates, with a margin); dates outside it are
/// counted day by day with the Monday–Friday rule.
const TABLE_START_YEAR: i32 = 1990;
const TABLE_END_YEAR: i32 = 2101;

/// Working-day calendar with a prefix count for O(1) ranges.
#[derive(Debug)]
pub struct Calendar {
    start: NaiveDate,
    /// `prefix[i]` = working days among the first `i` days of the table.
    prefix: Vec<u32>,
    /// Behind a lock: units are scored on two threads (`score`).
    unknown_years_used: std::sync::Mutex<BTreeSet<i32>>,
    /// The 节假日 sheet's dates: true for a working day (班).
    sheet: HashMap<NaiveDate, bool>,
    /// The years the 节假日 sheet has a date in.
    sheet_years: BTreeSet<i32>,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::new()
    }
}

impl Calendar {
    pub fn new() -> Calendar {
        Calendar::with_sheet(&[])
    }

    /// The built-in schedule with the 节假日 sheet's dates, each
    /// `(date, off)`: `off` true for 休, false for 班. A year with a date
    /// in the sheet is known (no "schedule unknown" warning).
    pub fn with_sheet(days: &[(NaiveDate, bool)]) -> Calendar {
        let sheet: HashMap<NaiveDate, bool> = days.iter().map(|(d, off)| (*d, !off)).collect();
        let sheet_years = days.iter().map(|(d, _)| d.year()).collect();
        let start = NaiveDate::from_ymd_opt(TABLE_START_YEAR, 1, 1).expect("valid date");
        let end = NaiveDate::from_ymd_opt(TABLE_END_YEAR, 12, 31).expect("valid date");
        let mut prefix = Vec::with_capacity((end - start).num_days() as usize + 2);
        prefix.push(0);
        let mut count = 0;
        for day in start.iter_days().take_while(|d| *d <= end) {
            if sheet
                .get(&day)
                .copied()
                .unwrap_or_else(|| is_working_day(day))
            {
                count += 1;
            }
            prefix.push(count);
        }
        Calendar {
            start,
            prefix,
            unknown_years_used: std::sync::Mutex::new(BTreeSet::new()),
            sheet,
            sheet_years,
        }
    }

    /// True when `year`'s official schedule is built in.
    pub fn knows_year(year: i32) -> bool {
        (FIRST_KNOWN_YEAR..=LAST_KNOWN_YEAR).contains(&year)
    }

    /// Whether `day` is a working day under the built-in schedule alone
    /// (Monday–Friday for a year it does not know).
    pub fn built_in_working_day(day: NaiveDate) -> bool {
        is_working_day(day)
    }

    /// Is `day` a working day (the 节假日 sheet, else the official
    /// schedule, else Monday–Friday)?
    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        self.note_year(day.year());
        self.working(day)
    }

    fn working(&self, day: NaiveDate) -> bool {
        self.sheet
            .get(&day)
            .copied()
            .unwrap_or_else(|| is_working_day(day))
    }

    /// Working days `d` with `after < d <= until`; 0 when `until <= after`.
    pub fn working_days_between(&self, after: NaiveDate, until: NaiveDate) -> u32 {
        if until <= after {
            return 0;
        }
        for year in after.year()..=until.year() {
            self.note_year(year);
        }
        let index = |d: NaiveDate| (d - self.start).num_days();
        let (a, u) = (index(after), index(until));
        if a >= 0 && (u as usize) < self.prefix.len() - 1 {
            // prefix[i + 1] counts days up to and including day i.
            self.prefix[u as usize + 1] - self.prefix[a as usize + 1]
        } else {
            after
                .iter_days()
                .skip(1)
                .take_while(|d| *d <= until)
                .filter(|d| self.working(*d))
                .count() as u32
        }
    }

    /// Years outside the known schedules that some count has touched.
    pub fn unknown_years_used(&self) -> Vec<i32> {
        self.unknown_years_used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .copied()
            .collect()
    }

    fn note_year(&self, year: i32) {
        if !Calendar::knows_year(year) && !self.sheet_years.contains(&year) {
            self.unknown_years_used
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(year);
        }
    }
}

fn is_working_day(day: NaiveDate) -> bool {
    let known_end = NaiveDate::from_ymd_opt(2026, 12, 25).expect("valid date");
    if Calendar::knows_year(day.year()) && day <= known_end {
        chinese_holiday::chinese_holiday(chinese_holiday::Ymd::new(
            day.year() as u16,
            day.month() as u8,
            day.day() as u8,
        ))
        .is_workday()
    } else {
        // 2026-12-26..31 hold no holiday: the weekday rule is exact there.
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn schedule_2017_matches_guobanfa_2016_17() {
        let cal = Calendar::new();
        // 国办发明电〔2016〕17号: days off.
        for (m, day) in [
            (1, 1),
            (1, 2),
            (1, 27),
            (1, 30),
            (2, 2),
            (4, 3),
            (4, 4),
            (5, 1),
            (5, 29),
            (5, 30),
            (10, 2),
            (10, 6),
        ] {
            assert!(!cal.is_working_day(d(2017, m, day)), "2017-{m}-{day} off");
        }
        // 调休 make-up days on.
        for (m, day) in [(1, 22), (2, 4), (4, 1), (5, 27), (9, 30)] {
            assert!(cal.is_working_day(d(2017, m, day)), "2017-{m}-{day} on");
        }
        assert_eq!(
            cal.working_days_between(d(2016, 12, 31), d(2017, 12, 31)),
            249
        );
        assert!(cal.unknown_years_used().is_empty());
    }

    #[test]
    fn national_day_week_2017() {
        let cal = Calendar::new();
        // Deadline Fri 2017-09-29; Sat 09-30 is a make-up day; 10-01..08 off.
        assert_eq!(cal.working_days_between(d(2017, 9, 29), d(2017, 9, 30)), 1);
        assert_eq!(cal.working_days_between(d(2017, 9, 29), d(2017, 10, 8)), 1);
        assert_eq!(cal.working_days_between(d(2017, 9, 29), d(2017, 10, 9)), 2);
        assert_eq!(cal.working_days_between(d(2017, 10, 9), d(2017, 10, 9)), 0);
    }

    #[test]
    fn the_holiday_sheet_makes_a_year_known_and_overrides_dates() {
        // 2030: unknown built in; the sheet gives Tue 01-01 off and Sun
        // 01-06 a working day.
        let cal = Calendar::with_sheet(&[(d(2030, 1, 1), true), (d(2030, 1, 6), false)]);
        assert!(!cal.is_working_day(d(2030, 1, 1)));
        assert!(cal.is_working_day(d(2030, 1, 6)));
        assert!(cal.is_working_day(d(2030, 1, 2)));
        assert!(!cal.is_working_day(d(2030, 1, 5)));
        // Mon 2029-12-31 → Mon 2030-01-07: Wed–Fri (3), Sun 01-06, Mon 01-07.
        assert_eq!(cal.working_days_between(d(2029, 12, 31), d(2030, 1, 7)), 5);
        assert_eq!(cal.unknown_years_used(), vec![2029]);
        // A known year: the date alone changes.
        let cal = Calendar::with_sheet(&[(d(2017, 10, 9), true)]);
        assert!(!cal.is_working_day(d(2017, 10, 9)));
        assert!(cal.is_working_day(d(2017, 10, 10)));
        assert!(!cal.is_working_day(d(2017, 10, 2)));
        assert_eq!(cal.working_days_between(d(2017, 9, 29), d(2017, 10, 10)), 2);
        assert!(cal.unknown_years_used().is_empty());
    }

    #[test]
    fn unknown_year_falls_back_to_weekdays_and_is_remembered() {
        let cal = Calendar::new();
        // 2030-01-01 is a Tuesday: Mon–Fri rule, no holiday known.
        assert!(cal.is_working_day(d(2030, 1, 1)));
        assert_eq!(cal.working_days_between(d(2030, 1, 4), d(2030, 1, 7)), 1);
        assert_eq!(cal.unknown_years_used(), vec![2030]);
        // Outside the table entirely: counted day by day.
        assert_eq!(cal.working_days_between(d(1980, 1, 4), d(1980, 1, 7)), 1);
    }
}
