//! 节假日: the working-day schedule of a year the built-in one does not
//! know, or changes to one it knows.

use super::*;
use crate::schema::column;

impl Reading<'_> {
    /// 节假日 (optional, docs/ledger.md): every copy, in file order. The
    /// same date twice is an error at the later row; a date where the sheet
    /// contradicts the built-in schedule of a year it knows is a warning
    /// naming the date (the sheet's word is taken).
    pub(super) fn holidays(&mut self) -> Vec<HolidayRow> {
        use crate::calendar::Calendar;
        let mut rows: Vec<HolidayRow> = Vec::new();
        let mut seen: HashMap<NaiveDate, Place> = HashMap::default();
        for (book, actual) in self.copies(schema::HOLIDAYS) {
            let file = self.books[book].file;
            let mut count = 0;
            read_sheet(
                &mut self.books[book].book,
                file,
                &actual,
                &schema::HOLIDAY_SHEET,
                &mut self.problems,
                |r| {
                    count += 1;
                    let date = r.date(column::日期, true);
                    let kind = r.get(column::类型, true, |v| {
                        cells::choice(v, schema::HOLIDAY_KINDS)
                    });
                    let note = r.text(column::说明, false);
                    let here = place(schema::HOLIDAYS, r);
                    if let Some(date) = date {
                        if let Some(first) = seen.get(&date) {
                            let first = first.row_from(&here);
                            r.fail(
                                column::日期,
                                format!("日期{date}重复（{first}已有该日期）：同一日期只能有一行"),
                            );
                        } else {
                            seen.insert(date, here);
                        }
                    }
                    if let (Some(date), Some(kind), true) = (date, kind, r.ok) {
                        rows.push(HolidayRow {
                            place: here,
                            date,
                            off: kind == "休",
                            note,
                        });
                    }
                },
            );
            self.counts.push(SheetCount {
                file,
                sheet: schema::HOLIDAYS,
                rows: count,
                left_out: 0,
            });
        }
        for h in &rows {
            if !Calendar::knows_year(h.date.year()) {
                continue;
            }
            let built_in_working = Calendar::built_in_working_day(h.date);
            if built_in_working == h.off {
                let (built, sheet) = if built_in_working {
                    ("工作日", "休")
                } else {
                    ("休息日", "班")
                };
                self.warnings.push(Warning::new(
                    kinds::HOLIDAY_OVERRIDE,
                    None,
                    h.place.to_string(),
                    format!(
                        "节假日表把{}标为「{sheet}」，与内置的{}年国务院节假日安排（{built}）不同：按节假日表计算",
                        h.date,
                        h.date.year()
                    ),
                ));
            }
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{problems, read, s, C};

    #[test]
    fn a_date_given_twice_is_an_error() {
        let day = |t: &str| vec![("日期", C::D(2017, 10, 9)), ("类型", s(t))];
        let l = read(&[("节假日", day("休"))]).unwrap();
        assert_eq!(l.holidays.len(), 1);
        assert!(l.holidays[0].off);
        let p = problems(read(&[("节假日", day("休")), ("节假日", day("班"))]));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].starts_with("节假日!"), "{p:#?}");
    }
}
