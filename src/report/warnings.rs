//! 警告: every warning and note of the run with its place.

use super::book::{Formats, Sheet};
use super::print;
use crate::model::Warning;
use rust_xlsxwriter::{ColNum, RowNum, Worksheet, XlsxError};

/// Headers of `警告`.
pub const WARNING_HEADERS: [&str; 5] = ["级别", "类型", "单位", "位置", "内容"];

/// Column widths of 警告 (级别, 类型, 单位, 位置, 内容).
pub(super) const WARNING_WIDTHS: [f64; 5] = [6.0, 14.0, 16.0, 16.0, 60.0];

/// 警告: every warning of the run with its place.
pub(super) fn write_warnings(
    ws: &mut Worksheet,
    warnings: &[Warning],
    year: i32,
    fmt: &Formats,
) -> Result<(), XlsxError> {
    let wrap = fmt.wrap.clone();
    let mut s = Sheet::new(ws, fmt);
    for (col, w) in (0..).zip(WARNING_WIDTHS) {
        s.fix(col, w);
    }
    s.header(0, &WARNING_HEADERS)?;
    // `warnings` holds at most `Findings::CAP` rows of a kind, then one row
    // saying how many more: far below Excel's 1,048,576 rows.
    let mut row: RowNum = 0;
    for w in warnings {
        row += 1;
        let texts = [
            w.level().label(),
            w.kind.label(),
            w.unit.as_deref().unwrap_or(""),
            &w.place,
            &w.message,
        ];
        for (col, t) in (0..).zip(texts) {
            s.text_with(row, col, t, &wrap)?;
        }
        let cells: Vec<(&str, f64)> = texts.into_iter().zip(WARNING_WIDTHS).collect();
        print::fit_row(s.ws, row, &cells)?;
    }
    s.ws.set_freeze_panes(1, 0)?;
    s.ws.autofilter(0, 0, row.max(1), WARNING_HEADERS.len() as ColNum - 1)?;
    s.finish_widths(6, 60, &[])?;
    print::titled_page_setup(
        ws,
        true,
        &format!("{year}年度服务企业发展考核：警告与提示"),
        "警告",
        Some(year),
    );
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}
