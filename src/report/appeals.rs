//! The appeals (申诉) of a run in `说明`: every appeal, its decision and
//! what it did (OUTPUT.md, the result workbook, 说明).

use super::book::Sheet;
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
/// or one row saying there is none); returns the next free row.
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
        s.text_with(row, 7, &a.reason, &fmt.wrap)?;
        s.text(row, 8, &e.describe())?;
        row += 1;
    }
    Ok(row)
}
