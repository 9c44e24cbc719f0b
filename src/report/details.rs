//! 扣分明细: every audit entry of every unit, one row each.

use super::book::{Formats, Sheet};
use super::print;
use crate::score::UnitResult;
use rust_xlsxwriter::{ColNum, Format, FormatAlign, RowNum, Worksheet, XlsxError};

/// Headers of `扣分明细`.
pub const DETAIL_HEADERS: [&str; 8] = [
    "单位",
    "类别",
    "条款",
    "考核项目",
    "事由",
    "来源",
    "编号",
    "扣分",
];

/// 扣分明细: one row per audit entry of the given units, in order,
/// zero-amount entries included; 事由 wraps, with row heights that show it.
pub(super) fn write_details<'r>(
    ws: &mut Worksheet,
    units: impl Iterator<Item = &'r UnitResult>,
    year: i32,
    fmt: &Formats,
) -> Result<(), XlsxError> {
    // Every cell wraps at the top of a fixed column, so that the sheet
    // prints one A4 landscape page wide at 82 % or more and each row is
    // as tall as its longest text.
    let wrap = fmt.wrap.clone();
    let top_num = Format::new()
        .set_align(FormatAlign::Top)
        .set_num_format("0.00");
    let mut s = Sheet::new(ws, fmt);
    for (col, w) in (0..).zip(DETAIL_WIDTHS) {
        s.fix(col, w);
    }
    s.header(0, &DETAIL_HEADERS)?;
    let mut row: RowNum = 1;
    for u in units {
        let category = u.category.label();
        for c in &u.clauses {
            for e in &c.entries {
                let record = e.record.as_deref().unwrap_or("");
                let texts = [
                    &*u.name,
                    category,
                    e.clause.id(),
                    e.clause.item(),
                    &e.reason,
                    &e.source,
                    record,
                ];
                for (col, t) in (0..).zip(texts) {
                    s.text_with(row, col, t, &wrap)?;
                }
                s.num_with(row, 7, e.amount, &top_num)?;
                let cells: Vec<(&str, f64)> = texts.into_iter().zip(DETAIL_WIDTHS).collect();
                print::fit_row(s.ws, row, &cells)?;
                row += 1;
            }
        }
    }
    s.ws.set_freeze_panes(1, 0)?;
    s.ws.autofilter(0, 0, row - 1, DETAIL_HEADERS.len() as ColNum - 1)?;
    s.finish_widths(6, 30, &[])?;
    print::titled_page_setup(
        ws,
        true,
        &format!("{year}年度服务企业发展考核扣分明细"),
        "扣分明细",
        Some(year),
    );
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Column widths of 扣分明细 (单位, 类别, 条款, 考核项目, 事由, 来源,
/// 编号, 扣分): 124 characters, one A4 landscape page wide at 88 % or
/// more.
pub(super) const DETAIL_WIDTHS: [f64; 8] = [16.0, 6.0, 6.0, 18.0, 40.0, 16.0, 14.0, 8.0];
