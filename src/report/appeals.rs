//! The appeals (申诉) of a run in `说明`: every appeal, its decision and
//! what it did (docs/outputs.md, the result workbook, 说明).

use super::book::Sheet;
use super::print;
use crate::model::Decision;
use crate::rules::fmt2;
use crate::score::Results;
use rust_xlsxwriter::{RowNum, XlsxError};

/// Headers of the appeals table in 说明.
pub const APPEAL_HEADERS: [&str; 9] = [
    "申诉位置",
    "单位",
    "条款",
    "编号或来源",
    "决定",
    "核减分值",
    "文号",
    "理由",
    "效果",
];

/// Writes the appeals table at `row` (a header, then one row per appeal,
/// or one row saying there is none); returns the next free row. Every
/// cell wraps in its column of `widths` (fixed by the caller), with row
/// heights that show them whole.
pub fn write_appeal_table(
    s: &mut Sheet,
    mut row: RowNum,
    results: &Results,
    widths: &[f64; 9],
) -> Result<RowNum, XlsxError> {
    s.header(row, &APPEAL_HEADERS)?;
    row += 1;
    if results.appeals.is_empty() {
        s.text(row, 0, "无申诉")?;
        return Ok(row + 1);
    }
    let wrap = s.fmt.wrap.clone();
    for e in &results.appeals {
        let a = &e.appeal;
        let place = a.place.to_string();
        let target = a.target();
        let cut = match a.decision {
            Decision::Partly(cut) => fmt2(cut),
            _ => String::new(),
        };
        let effect = e.describe();
        let texts = [
            place.as_str(),
            &e.unit_name,
            e.clause.id(),
            &target,
            a.decision.label(),
            &cut,
            a.reference.as_deref().unwrap_or(""),
            &a.reason,
            &effect,
        ];
        for (col, t) in (0..).zip(texts) {
            s.text_with(row, col, t, &wrap)?;
        }
        let cells: Vec<(&str, f64)> = texts.into_iter().zip(*widths).collect();
        print::fit_row(s.ws, row, &cells)?;
        row += 1;
    }
    Ok(row)
}
