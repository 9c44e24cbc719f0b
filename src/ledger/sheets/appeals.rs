//! 申诉: the center's decisions on the units' appeals.

use super::*;
use crate::schema::column;

impl Reading<'_> {
    /// 申诉 (optional): each row checked on its own; matching it to a
    /// deduction is the rules' work (`rules::appeals`).
    pub(super) fn appeals(&mut self) -> Vec<Appeal> {
        // In two files it is an error already (`check_files`); the first
        // copy is read so its rows are still checked.
        let Some((book, actual)) = self.copies(schema::APPEALS).into_iter().next() else {
            return Vec::new();
        };
        let file = self.books[book].file;
        let roster = &self.roster;
        let mut rows = Vec::new();
        let mut count = 0;
        let cut_check = number_of(&schema::APPEAL_SHEET, column::核减分值);
        read_sheet(
            &mut self.books[book].book,
            file,
            &actual,
            &schema::APPEAL_SHEET,
            &mut self.problems,
            |r| {
                count += 1;
                let unit = unit(r, column::单位, roster);
                let clause = r.get(column::条款, true, |v| {
                    let t: String = cells::text(v)
                        .unwrap_or_default()
                        .chars()
                        .map(|c| match c {
                            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                            '．' | '。' => '.',
                            'ｚ' | 'Ｚ' => 'Z',
                            'ｄ' | 'Ｄ' => 'D',
                            c => c.to_ascii_uppercase(),
                        })
                        .collect();
                    schema::CLAUSE_IDS
                        .iter()
                        .find(|c| **c == t)
                        .copied()
                        .ok_or_else(|| {
                            format!("应为条款编号之一：{}", schema::CLAUSE_IDS.join("、"))
                        })
                });
                if let (Some(u), Some(c)) = (unit, clause) {
                    let u = roster.get(u);
                    if c.starts_with('Z') == u.category.is_department() {
                        let whose = if c.starts_with('Z') {
                            column::区镇
                        } else {
                            "部门"
                        };
                        r.fail(
                            column::条款,
                            format!("{c}是{whose}条款，{}是{}，没有该条款", u.name, u.category),
                        );
                    }
                }
                let record = r.text(column::编号, false);
                let source = r.text(column::来源, false);
                if record.is_none() && source.is_none() {
                    r.fail(
                        column::编号,
                        "编号和来源至少须填写一项（按扣分明细中该项扣分的编号或来源填写）",
                    );
                }
                let decision = r.get(column::决定, true, |v| {
                    cells::choice(v, schema::DECISIONS)
                });
                let cut = r.get(column::核减分值, false, &cut_check);
                let decision = match (decision, cut) {
                    (Some("部分成立"), Some(c)) => Some(Decision::Partly(c)),
                    (Some("部分成立"), None) => {
                        if r.raw(column::核减分值).is_none() {
                            r.fail(column::核减分值, "决定为部分成立时必须填写核减分值");
                        }
                        None
                    }
                    (Some(d), _) => {
                        if r.raw(column::核减分值).is_some() {
                            r.fail(
                                column::核减分值,
                                format!("决定为{d}时不能填写核减分值（仅部分成立时填写）"),
                            );
                        }
                        Some(if d == "成立" {
                            Decision::Upheld
                        } else {
                            Decision::Rejected
                        })
                    }
                    (None, _) => None,
                };
                let reference = r.text(column::文号, false);
                let reason = r.text(column::理由, true);
                if let (Some(unit), Some(clause), Some(decision), Some(reason), true) =
                    (unit, clause, decision, reason, r.ok)
                {
                    let key = if record.is_some() {
                        column::编号
                    } else {
                        column::来源
                    };
                    rows.push(Appeal {
                        place: place(schema::APPEALS, r),
                        unit,
                        clause,
                        at_key: r.place(key),
                        at_decision: r.place(column::决定),
                        at_cut: r.place(column::核减分值),
                        record,
                        source,
                        decision,
                        reference,
                        reason,
                    });
                }
            },
        );
        self.counts.push(SheetCount {
            file,
            sheet: schema::APPEALS,
            rows: count,
            left_out: 0,
        });
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{problems, read, s, C};
    use crate::model::Decision;

    #[test]
    fn a_partly_upheld_appeal_needs_its_cut() {
        let appeal = |decision: &str, cut: Option<f64>| {
            let mut r = vec![
                ("单位", s("住建局")),
                ("条款", s("D3.2")),
                ("编号", s("H1")),
                ("决定", s(decision)),
                ("理由", s("系统故障")),
            ];
            if let Some(c) = cut {
                r.push(("核减分值", C::N(c)));
            }
            r
        };
        let l = read(&[("申诉", appeal("部分成立", Some(2.0)))]).unwrap();
        assert_eq!(l.appeals.len(), 1);
        assert_eq!(l.appeals[0].clause, "D3.2");
        assert_eq!(l.appeals[0].decision, Decision::Partly(2.into()));
        assert_eq!(l.appeals[0].record.as_deref(), Some("H1"));

        let p = problems(read(&[("申诉", appeal("部分成立", None))]));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(p[0].contains("决定为部分成立时必须填写核减分值"), "{p:#?}");
    }
}
