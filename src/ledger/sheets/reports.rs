//! What units report and are checked on: 工作总结, 诉求月报, 信息报送, 督查,
//! 服务举措.

use super::*;
use crate::schema::column;

impl Reading<'_> {
    pub(super) fn summaries(&mut self) -> Vec<Summary> {
        let mut rows = Vec::new();
        let cols = self.sheet(schema::SUMMARIES, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let quarter = r.get(column::季度, true, cells::quarter);
            let sent = r.date(column::报送日期, false);
            if let (Some(unit), Some(quarter), true) = (unit, quarter, r.ok) {
                rows.push(Summary {
                    place: place(schema::SUMMARIES, r),
                    unit,
                    quarter: quarter as u8,
                    sent,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, column::季度, "单位与季度", |s| {
                (s.unit, s.quarter, s.place)
            });
        }
        for s in &rows {
            self.warn_category(s.place, s.unit, &[Category::Town], schema::SUMMARIES);
        }
        rows
    }

    /// Reports rows repeating a (unit, period) key; the later row is named.
    pub(super) fn unique<T>(
        &mut self,
        cols: &Copies,
        rows: &[T],
        header: &str,
        what: &str,
        key: impl Fn(&T) -> (UnitId, u8, Place),
    ) {
        let mut seen: HashMap<(UnitId, u8), Place> = HashMap::default();
        for t in rows {
            let (unit, period, row) = key(t);
            if let Some(first) = seen.get(&(unit, period)) {
                let first = *first;
                self.duplicate(cols, header, row, first, what);
            } else {
                seen.insert((unit, period), row);
            }
        }
    }

    pub(super) fn monthly_reports(&mut self) -> Vec<MonthlyReport> {
        let mut rows = Vec::new();
        let cols = self.sheet(schema::MONTHLY, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let month = r.get(column::月份, true, cells::month);
            let status = r.get(column::状态, true, |v| {
                Ok(match cells::choice(v, schema::REPORT_STATUS)? {
                    "零申报" => ReportStatus::Nil,
                    _ => ReportStatus::Sent,
                })
            });
            if let (Some(unit), Some(month), Some(status)) = (unit, month, status) {
                rows.push(MonthlyReport {
                    place: place(schema::MONTHLY, r),
                    unit,
                    month: month as u8,
                    status,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, column::月份, "单位与月份", |m| {
                (m.unit, m.month, m.place)
            });
        }
        for m in &rows {
            self.warn_category(m.place, m.unit, &[Category::Town], schema::MONTHLY);
        }
        rows
    }

    pub(super) fn info(&mut self) -> Vec<InfoItem> {
        let mut rows = Vec::new();
        self.sheet(schema::INFO, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let date = r.date(column::日期, true);
            let title = r.text(column::标题, false);
            let adopted = r.flag(column::录用, true);
            if let (Some(unit), Some(date), Some(adopted)) = (unit, date, adopted) {
                rows.push(InfoItem {
                    place: place(schema::INFO, r),
                    unit,
                    date,
                    title,
                    adopted,
                });
            }
        });
        rows
    }

    pub(super) fn inspections(&mut self) -> Vec<Inspection> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::INSPECTIONS), column::得分);
        let cols = self.sheet(schema::INSPECTIONS, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let quarter = r.get(column::季度, true, cells::quarter);
            let score = r.get(column::得分, true, &check);
            let has_records = r.flag(column::有台账记录, true);
            let has_report = r.flag(column::有汇报材料, true);
            if let (Some(unit), Some(quarter), Some(score), Some(has_records), Some(has_report)) =
                (unit, quarter, score, has_records, has_report)
            {
                rows.push(Inspection {
                    place: place(schema::INSPECTIONS, r),
                    unit,
                    quarter: quarter as u8,
                    score,
                    has_records,
                    has_report,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, column::季度, "单位与季度", |i| {
                (i.unit, i.quarter, i.place)
            });
        }
        for i in &rows {
            self.warn_category(i.place, i.unit, &[Category::Town], schema::INSPECTIONS);
        }
        rows
    }

    pub(super) fn measures(&mut self) -> Vec<Measure> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::MEASURES), column::扣分);
        self.sheet(schema::MEASURES, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let name = r.text(column::举措名称, true);
            let date = r.date(column::制定日期, true);
            let implemented = r.flag(column::已实施, true);
            let reported = r.flag(column::已报送成果, true);
            let completion = r.get(column::完成比例, false, cells::percent);
            let penalty = r.get(column::扣分, false, &check);
            let also_featured = r.flag(column::同时为特色服务, false);
            if let (Some(unit), Some(name), Some(date), Some(implemented), Some(reported), true) =
                (unit, name, date, implemented, reported, r.ok)
            {
                rows.push(Measure {
                    place: place(schema::MEASURES, r),
                    unit,
                    name,
                    date,
                    implemented,
                    reported,
                    completion,
                    penalty,
                    also_featured: also_featured.unwrap_or(false),
                });
            }
        });
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{problems, read, s, C};

    #[test]
    fn a_summary_per_quarter_and_the_same_quarter_twice_is_an_error() {
        let summary = |q: f64| {
            vec![
                ("单位", s("周庄镇")),
                ("季度", C::N(q)),
                ("报送日期", C::D(2017, 4, 5)),
            ]
        };
        let l = read(&[("工作总结", summary(1.0))]).unwrap();
        assert_eq!(l.summaries.len(), 1);
        assert_eq!(l.summaries[0].quarter, 1);
        assert_eq!(
            l.summaries[0].sent.map(|d| d.to_string()).as_deref(),
            Some("2017-04-05")
        );

        let p = problems(read(&[
            ("工作总结", summary(2.0)),
            ("工作总结", summary(2.0)),
        ]));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].starts_with("工作总结!"), "{p:#?}");
        assert!(p[0].contains("第2行"), "{p:#?}");
    }
}
