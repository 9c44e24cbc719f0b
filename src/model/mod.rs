//! Typed records of the ledger workbook (docs/ledger.md), as the rules see them.
//!
//! The ledger reader (`crate::ledger`) builds these from cells and has
//! already checked every value, so a record is always valid: dates are
//! dates, flags are `bool`, units are resolved to a [`UnitId`] of the
//! [`Roster`]. Every record keeps its [`Place`] (sheet and 1-based row), so
//! a deduction can name the ledger row it came from.

mod findings;
mod place;
mod records;
mod roster;

pub use findings::*;
pub use place::*;
pub use records::*;
pub use roster::*;

use chrono::NaiveDate;

/// How many rows a ledger sheet held (in one file, when the run reads
/// several), and how many were left out of scoring because they fall
/// outside `--year`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetCount {
    /// The file name when more than one file is read (as in [`Place`]).
    pub file: Option<&'static str>,
    pub sheet: &'static str,
    pub rows: usize,
    pub left_out: usize,
}

/// Whether a run judged at `as_of` is interim (docs/rules.md, Interim runs):
/// `as_of` before December 31 of `year`. A run at December 31 (or after)
/// never is.
pub fn is_interim(year: i32, as_of: NaiveDate) -> bool {
    NaiveDate::from_ymd_opt(year, 12, 31).is_some_and(|end| as_of < end)
}

/// One ledger file read by the run: its name (not its folder) and its
/// SHA-256 (lowercase hex), as 说明 lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub sha256: String,
}

/// The whole ledger of one assessment year, validated.
///
/// Rows of 热线工单 and 转办件 dated outside the year are kept apart in the
/// `*_other_years` lists: they are not scored, but they still tell how many
/// departments handle a case (docs/rules.md R5, "same id, any year"). Rows of the
/// other dated sheets outside the year are dropped (and counted).
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub year: i32,
    /// True when `--year` was omitted and the year was inferred from the
    /// ledger (docs/ledger.md, The year).
    pub year_inferred: bool,
    pub roster: Roster,
    /// True when the roster came from the `单位名单` sheet.
    pub roster_from_sheet: bool,
    pub hotline: Vec<HotlineRow>,
    pub hotline_other_years: Vec<OtherYearRow>,
    pub transfers: Vec<TransferRow>,
    pub transfers_other_years: Vec<OtherYearRow>,
    pub meetings: Vec<Meeting>,
    pub salons: Vec<Salon>,
    pub communication: Vec<Communication>,
    pub summaries: Vec<Summary>,
    pub monthly_reports: Vec<MonthlyReport>,
    pub info: Vec<InfoItem>,
    pub typical_cases: Vec<TypicalCase>,
    pub inspections: Vec<Inspection>,
    pub measures: Vec<Measure>,
    pub outreach: Vec<Outreach>,
    pub practices: Vec<Practice>,
    pub surveys: Vec<SurveyAnswer>,
    /// 申诉, in ledger order (empty without the sheet).
    pub appeals: Vec<Appeal>,
    /// 节假日, in ledger order (empty without the sheet).
    pub holidays: Vec<HolidayRow>,
    /// Rows per sheet (per file, when several), in docs/ledger.md order.
    pub counts: Vec<SheetCount>,
    /// Warnings and notes of the reader (rows outside the year, ignored
    /// columns, ...), warnings first, at most [`Findings::CAP`] of a kind.
    pub warnings: Vec<Warning>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out_of_year(row: usize) -> Warning {
        Warning::new(
            kinds::OUT_OF_YEAR,
            Some("发改委"),
            format!("信息报送!{row}"),
            "x",
        )
    }

    #[test]
    fn findings_list_warnings_first_and_cap_each_kind() {
        let mut f = Findings::default();
        for row in 0..Findings::CAP + 1_234 {
            f.push_with(kinds::OUT_OF_YEAR, || out_of_year(row));
        }
        f.push(Warning::new(
            kinds::NOT_DUE,
            Some("周庄镇"),
            "热线工单!3",
            "未到期",
        ));
        f.push(Warning::new(
            kinds::PENDING,
            Some("住建局"),
            "热线工单!2",
            "待评判",
        ));
        let list = f.finish(2017);
        assert_eq!(list.len(), 2 + Findings::CAP + 1);
        // Warnings first, the pending review before the case not yet due.
        assert_eq!(list[0].kind, kinds::PENDING);
        assert_eq!(list[1].kind, kinds::NOT_DUE);
        let last = list.last().unwrap();
        assert_eq!(last.level(), Level::Note);
        assert_eq!(last.message, "另有1,234行不在2017年，未逐行列出");
        assert_eq!(last.count(), 1_234);
        let notes: usize = list
            .iter()
            .filter(|w| !w.is_warning())
            .map(Warning::count)
            .sum();
        assert_eq!(notes, Findings::CAP + 1_234);
        // Finishing again (the reader's list, then the rules' added) keeps
        // the count.
        let mut again = Findings::default();
        again.extend(list);
        let list = again.finish(2017);
        assert_eq!(list.len(), 2 + Findings::CAP + 1);
        assert_eq!(
            list.last().unwrap().message,
            "另有1,234行不在2017年，未逐行列出"
        );
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(95_000), "95,000");
        assert_eq!(thousands(1_048_567), "1,048,567");
    }

    #[test]
    fn unit_names_with_either_brackets() {
        let r = Roster::new(vec![(
            "商务局（招商服务中心）".into(),
            Category::GroupA,
            vec!["招商(服务)".into()],
        )]);
        assert!(r.find("商务局(招商服务中心)").is_some());
        assert!(r.find("商务局（招商服务中心)").is_some());
        assert!(r.find("招商（服务）").is_some());
    }
}
