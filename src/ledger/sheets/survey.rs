//! 满意度调查: each unit's answers.

use super::*;
use crate::schema::column;

impl Reading<'_> {
    pub(super) fn surveys(&mut self) -> Vec<SurveyAnswer> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::SURVEY), column::得分);
        let mut covered = vec![false; self.roster.len()];
        let mut data_rows = 0usize;
        let cols = self.sheet(schema::SURVEY, |r, roster| {
            data_rows += 1;
            let unit = unit(r, column::单位, roster);
            let score = r.get(column::得分, true, &check);
            if let Some(u) = unit {
                // A unit whose row has a bad score has a row all the same.
                covered[u.index()] = true;
            }
            if let (Some(unit), Some(score)) = (unit, score) {
                rows.push(SurveyAnswer {
                    place: place(schema::SURVEY, r),
                    unit,
                    score,
                });
            }
        });
        // Coverage in the same run as the cells' errors (docs/ledger.md); whether
        // it applies (not in an interim run) is decided in `read_ledger`.
        if cols.as_ref().is_some_and(|c| c.has(column::单位)) {
            self.survey_empty = data_rows == 0;
            for u in self.roster.units() {
                if !covered[u.id.index()] {
                    self.survey_uncovered.push(u.name.clone());
                }
            }
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{problems, read, s, C};

    #[test]
    fn an_answer_out_of_range_is_placed() {
        let l = read(&[]).unwrap();
        assert_eq!(l.surveys.len(), 51);
        let p = problems(read(&[(
            "满意度调查",
            vec![("单位", s("周庄镇")), ("得分", C::N(120.0))],
        )]));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].starts_with("满意度调查!"), "{p:#?}");
        assert!(p[0].contains("值「120」"), "{p:#?}");
    }
}
