//! The year of the run (docs/ledger.md, The year and Year filter): decided
//! once every row is read, then the rows outside it (or after an interim
//! run's date) set apart, each with its finding.

use super::*;
use crate::schema::column;

impl Reading<'_> {
    /// Sets apart the rows dated outside `year` (docs/ledger.md, Year filter),
    /// with a note for each; of 热线工单 and 转办件 only the id and unit of
    /// such a row are kept, for R5's count of departments per case. In an
    /// interim run (`interim_as_of`), such a row forwarded after D does not
    /// exist at D and is not kept at all (R27); the rows of the year dated
    /// after D are left out by the rules (`rules::period`).
    pub(super) fn filter_years(
        &mut self,
        ledger: &mut Ledger,
        year: i32,
        interim_as_of: Option<NaiveDate>,
        hotline: Vec<HotlineRow>,
        transfers: Vec<TransferRow>,
    ) {
        (ledger.hotline, ledger.hotline_other_years) = self.split_cases(
            year,
            interim_as_of,
            hotline,
            |r| (r.place, r.unit, &r.handling),
            |r| r.id,
        );
        (ledger.transfers, ledger.transfers_other_years) = self.split_cases(
            year,
            interim_as_of,
            transfers,
            |r| (r.place, r.unit, &r.handling),
            |r| r.id,
        );
        macro_rules! filter {
            ($field:ident, $header:expr, $date:ident) => {
                let rows = std::mem::take(&mut ledger.$field);
                ledger.$field = rows
                    .into_iter()
                    .filter(|t| self.keep(year, t.place, t.unit, $header, t.$date))
                    .collect();
            };
        }
        filter!(meetings, column::日期, date);
        filter!(salons, column::日期, date);
        filter!(info, column::日期, date);
        filter!(typical_cases, column::日期, date);
        filter!(measures, column::制定日期, date);
        filter!(outreach, column::日期, date);
        filter!(practices, column::日期, date);
    }

    /// Splits 热线工单 or 转办件 rows into those of `year` and, for the
    /// others, only what R5 needs (id and unit). A case belongs to the year
    /// of its effective deadline as written, 延期至 else 办理时限 (R26).
    pub(super) fn split_cases<T>(
        &mut self,
        year: i32,
        interim_as_of: Option<NaiveDate>,
        rows: Vec<T>,
        key: impl Fn(&T) -> (Place, UnitId, &Handling),
        into_id: impl Fn(T) -> String,
    ) -> (Vec<T>, Vec<OtherYearRow>) {
        let mut other = Vec::new();
        let kept = rows
            .into_iter()
            .filter_map(|r| {
                let (place, unit, h) = key(&r);
                let forwarded = h.forwarded;
                if self.keep_case(year, place, unit, h) {
                    return Some(r);
                }
                if interim_as_of.is_some_and(|d| forwarded > d) {
                    return None;
                }
                other.push(OtherYearRow {
                    id: into_id(r),
                    unit,
                });
                None
            })
            .collect();
        (kept, other)
    }

    /// Whether a record dated `date` (in column `header` of `place`) counts
    /// for the year (docs/ledger.md, Year filter). A row of an earlier year
    /// is a note; a row dated after the year is a warning at its cell,
    /// since a date typed in the wrong year is the likelier cause. Both
    /// are listed up to the cap of their kind, counted beyond it.
    pub(super) fn keep(
        &mut self,
        year: i32,
        place: Place,
        unit: UnitId,
        header: &'static str,
        date: NaiveDate,
    ) -> bool {
        if date.year() == year {
            return true;
        }
        if date.year() > year {
            self.left_out_after(year, place, unit, header, date);
        } else {
            let y = date.year();
            self.left_out(
                place,
                unit,
                format!("{header}{date}在{y}年，该行属于{y}年度，不计入{year}年度考核"),
            );
        }
        false
    }

    /// Whether a 热线工单 or 转办件 row belongs to the year: that of its
    /// effective deadline as written (R26). One forwarded after the year is
    /// a warning at its 转办日期 cell; one due in another year is a note.
    pub(super) fn keep_case(
        &mut self,
        year: i32,
        place: Place,
        unit: UnitId,
        h: &Handling,
    ) -> bool {
        let due = h.effective_deadline();
        if due.year() == year {
            return true;
        }
        if h.forwarded.year() > year {
            self.left_out_after(year, place, unit, column::转办日期, h.forwarded);
            return false;
        }
        let header = if h.extended.is_some() {
            column::延期至
        } else {
            column::办理时限
        };
        let y = due.year();
        self.left_out(
            place,
            unit,
            format!("{header}{due}在{y}年，该案件属于{y}年度（R26），不计入{year}年度考核"),
        );
        false
    }

    /// The cell of a date column in the row at `place` (`热线工单!D9`), or
    /// the row when the column is unknown.
    pub(super) fn date_cell(&self, place: Place, header: &str) -> String {
        match self
            .date_columns
            .iter()
            .find(|(f, s, h, _)| *f == place.file() && *s == place.sheet() && *h == header)
        {
            Some((file, sheet, _, c)) => format!(
                "{}!{}{}",
                crate::ledger::sheet_place(*file, sheet),
                crate::ledger::header::column_letters(*c),
                place.row
            ),
            None => place.to_string(),
        }
    }

    /// A row left out because its own date lies after the year: a warning
    /// at its cell that asks whether the date was mistyped.
    pub(super) fn left_out_after(
        &mut self,
        year: i32,
        place: Place,
        unit: UnitId,
        header: &'static str,
        date: NaiveDate,
    ) {
        self.count_left_out(place);
        let cell = self.date_cell(place, header);
        let roster = &self.roster;
        self.warnings.push_with(kinds::AFTER_YEAR, || {
            Warning::new(
                kinds::AFTER_YEAR,
                Some(&roster.get(unit).name),
                cell,
                format!("{header}{date}在{year}年度之后，未计入——日期是否录错？"),
            )
        });
    }

    /// A row left out as of another year: a note saying so.
    pub(super) fn left_out(&mut self, place: Place, unit: UnitId, message: String) {
        self.count_left_out(place);
        let roster = &self.roster;
        self.warnings.push_with(kinds::OUT_OF_YEAR, || {
            Warning::new(
                kinds::OUT_OF_YEAR,
                Some(&roster.get(unit).name),
                place.to_string(),
                message,
            )
        });
    }

    pub(super) fn count_left_out(&mut self, place: Place) {
        if let Some(c) = self
            .counts
            .iter_mut()
            .find(|c| c.sheet == place.sheet() && c.file == place.file())
        {
            c.left_out += 1;
        }
    }
}

/// `2016年、2017年`.
pub(super) fn years_text(years: &[i32]) -> String {
    years
        .iter()
        .map(|y| format!("{y}年"))
        .collect::<Vec<_>>()
        .join("、")
}

/// The year of the run (docs/ledger.md, The year): `--year` when given, which
/// must hold at least one dated row when the ledger has any; else the year
/// in which most 热线工单 and 转办件 rows were forwarded (of all dated rows
/// when those two sheets are empty). Returns the year and whether it was
/// inferred.
pub(super) fn decide_year(
    given: Option<i32>,
    hotline: &[HotlineRow],
    transfers: &[TransferRow],
    ledger: &Ledger,
) -> Result<(i32, bool), LedgerError> {
    use std::collections::BTreeMap;
    let mut forwarded: BTreeMap<i32, usize> = BTreeMap::new();
    for d in hotline
        .iter()
        .map(|r| r.handling.forwarded)
        .chain(transfers.iter().map(|r| r.handling.forwarded))
    {
        *forwarded.entry(d.year()).or_insert(0) += 1;
    }
    let mut dated = forwarded.clone();
    let others = (ledger.meetings.iter().map(|r| r.date))
        .chain(ledger.salons.iter().map(|r| r.date))
        .chain(ledger.info.iter().map(|r| r.date))
        .chain(ledger.typical_cases.iter().map(|r| r.date))
        .chain(ledger.measures.iter().map(|r| r.date))
        .chain(ledger.outreach.iter().map(|r| r.date))
        .chain(ledger.practices.iter().map(|r| r.date));
    for d in others {
        *dated.entry(d.year()).or_insert(0) += 1;
    }
    let held: Vec<i32> = dated.keys().copied().collect();
    if let Some(year) = given {
        if !held.is_empty() && !dated.contains_key(&year) {
            return Err(LedgerError::Year(format!(
                "台账中没有{year}年的记录（记录在{}），请检查 --year",
                years_text(&held)
            )));
        }
        return Ok((year, false));
    }
    let counts = if forwarded.is_empty() {
        &dated
    } else {
        &forwarded
    };
    let Some(most) = counts.values().copied().max() else {
        return Err(LedgerError::Year(
            "未指定 --year，台账中也没有带日期的记录，无法推断考核年度：请用 --year 指定（如 --year 2017）"
                .into(),
        ));
    };
    let top: Vec<i32> = counts
        .iter()
        .filter(|(_, n)| **n == most)
        .map(|(y, _)| *y)
        .collect();
    match top.as_slice() {
        [year] => Ok((*year, true)),
        _ => Err(LedgerError::Year(format!(
            "未指定 --year，台账中{}的记录一样多（各{most}行），无法推断考核年度：请用 --year 指定",
            years_text(&top)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{read, s, C};

    fn meeting(y: u16, m: u8, d: u8) -> super::super::testkit::Row {
        vec![
            ("单位", s("周庄镇")),
            ("日期", C::D(y, m, d)),
            ("有议题", s("是")),
            ("有会议记录", s("是")),
        ]
    }

    /// A row of an earlier year is a note, one after the year a warning
    /// at its date (mistyped?); neither is scored.
    #[test]
    fn rows_outside_the_year_are_set_apart_with_their_finding() {
        let l = read(&[
            ("例会", meeting(2016, 12, 1)),
            ("例会", meeting(2017, 3, 1)),
            ("例会", meeting(2018, 1, 5)),
        ])
        .unwrap();
        assert_eq!(l.year, 2017);
        assert_eq!(l.meetings.len(), 1);
        assert_eq!(l.meetings[0].place.to_string(), "例会!3");
        let after: Vec<&crate::model::Warning> = l
            .warnings
            .iter()
            .filter(|w| w.kind == crate::model::Kind::AfterYear)
            .collect();
        assert_eq!(after.len(), 1, "{:#?}", l.warnings);
        assert_eq!(after[0].place, "例会!B4");
        assert!(l
            .warnings
            .iter()
            .any(|w| w.kind == crate::model::Kind::OutOfYear));
    }
}
