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

/// Widths of the wrapped 理由 and 效果 columns.
const TEXT_WIDTHS: [f64; 2] = [40.0, 40.0];

/// Writes the appeals table at `row` (a header, then one row per appeal,
/// or one row saying there is none); returns the next free row. 理由 and
/// 效果 wrap at fixed widths, with row heights that show them whole.
pub fn write_appeal_table(
    s: &mut Sheet,
    mut row: RowNum,
    results: &Results,
) -> Result<RowNum, XlsxError> {
    s.header(row, &APPEAL_HEADERS)?;
    row += 1;
    if results.appeals.is_empty() {
        s.text(row, 0, "无申诉")?;
        return Ok(row + 1);
    }
    let fmt = s.fmt;
    s.fix(7, TEXT_WIDTHS[0]);
    s.fix(8, TEXT_WIDTHS[1]);
    for e in &results.appeals {
        let a = &e.appeal;
        s.text(row, 0, &a.place.to_string())?;
        s.text(row, 1, &e.unit_name)?;
        s.text(row, 2, e.clause.id())?;
        s.text(row, 3, &a.target())?;
        s.text(row, 4, a.decision.label())?;
        if let Decision::Partly(cut) = a.decision {
            s.text(row, 5, &fmt2(cut))?;
        }
        if let Some(r) = &a.reference {
            s.text(row, 6, r)?;
        }
        let effect = e.describe();
        s.text_with(row, 7, &a.reason, &fmt.wrap)?;
        s.text_with(row, 8, &effect, &fmt.wrap)?;
        print::fit_row(
            s.ws,
            row,
            &[(&a.reason, TEXT_WIDTHS[0]), (&effect, TEXT_WIDTHS[1])],
        )?;
        row += 1;
    }
    Ok(row)
}
