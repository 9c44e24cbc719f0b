//! The result workbook read back: `汇总` (单位, 类别, 总分, 排名, 折算分)
//! and `扣分明细` (单位, 条款, 事由, 来源, 编号, 扣分), found by their
//! header text in row 1 as `ksfk score` writes them.

use super::{Entry, ResultSet, UnitLine};
use crate::rules::round2;
use calamine::{Data, Range, Reader, Xlsx};
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;
use std::io::Cursor;

const SUMMARY: &str = "汇总";
const DETAILS: &str = "扣分明细";

/// The year and as-of date from 说明 (考核年度, 考核基准日 in column A,
/// their values in B), where it is there and reads as ksfk wrote it.
fn basis(book: &mut Xlsx<Cursor<Vec<u8>>>) -> Option<super::Basis> {
    let notes = bounded_range(book, "说明").ok()?;
    let value = |label: &str| {
        notes
            .rows()
            .find(|r| r.first().is_some_and(|c| text(c) == label))
            .and_then(|r| r.get(1).map(text))
    };
    Some(super::Basis {
        year: value("考核年度")?.parse().ok()?,
        as_of: value("考核基准日")?.parse().ok()?,
    })
}

/// The columns a result sheet may use: ksfk writes fewer than 20.
const MAX_COLUMNS: u32 = 64;

/// The cells of `sheet`, streamed (not calamine's dense range, sized by
/// the sheet's stated dimension: one stray cell at `XFD1048576` asked for
/// 512 GB) and refused when a cell lies past the columns a result uses.
fn bounded_range(book: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str) -> Result<Range<Data>, String> {
    let unreadable = |e: calamine::XlsxError| format!("无法读取工作表「{sheet}」：{e}");
    let mut reader = book.worksheet_cells_reader(sheet).map_err(unreadable)?;
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, col) = cell.get_position();
        if col >= MAX_COLUMNS {
            return Err(format!(
                "工作表「{sheet}」第{}行第{}列有内容，超出结果工作簿的范围",
                row + 1,
                col + 1
            ));
        }
        let value: Data = cell.get_value().clone().into();
        if value != Data::Empty {
            cells.push(calamine::Cell::new((row, col), value));
        }
    }
    // Rows far below the last one written would be allocated densely:
    // ksfk writes its rows one after another.
    let last = cells.iter().map(|c| c.get_position().0).max().unwrap_or(0) as usize;
    if last > 2 * cells.len() + 100 {
        return Err(format!(
            "工作表「{sheet}」第{}行有内容，而其上大部分行是空的：不像是 ksfk 写出的结果",
            last + 1
        ));
    }
    Ok(Range::from_sparse(cells))
}

pub(super) fn read(bytes: Vec<u8>) -> Result<ResultSet, String> {
    crate::ledger::check_package(&bytes)?;
    let mut book =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| format!("不是可读取的 Excel 工作簿（{e}）"))?;
    let names = book.sheet_names();
    let missing: Vec<String> = [SUMMARY, DETAILS]
        .iter()
        .filter(|s| !names.iter().any(|n| n == *s))
        .map(|s| format!("「{s}」"))
        .collect();
    if !missing.is_empty() {
        return Err(format!("缺少工作表{}", missing.join("、")));
    }
    let summary = bounded_range(&mut book, SUMMARY)?;
    let details = bounded_range(&mut book, DETAILS)?;

    let s = Columns::find(&summary, SUMMARY, &["单位", "类别", "总分", "排名"])?;
    let points_col = header_col(&summary, "折算分");
    let mut units: Vec<UnitLine> = Vec::new();
    for (i, row) in summary.rows().enumerate().skip(1) {
        let name = text(&row[s.at[0]]);
        if name.is_empty() {
            continue;
        }
        let place = |h: &str| format!("工作表「{SUMMARY}」第{}行的「{h}」不是数值", i + 1);
        let total = number(&row[s.at[2]]).ok_or_else(|| place("总分"))?;
        let rank = number(&row[s.at[3]])
            .and_then(|r| r.to_u32())
            .ok_or_else(|| place("排名"))?;
        let points = match points_col.map(|c| &row[c]) {
            None | Some(Data::Empty) => None,
            Some(d) => Some(number(d).ok_or_else(|| place("折算分"))?),
        };
        units.push(UnitLine {
            name,
            category: text(&row[s.at[1]]),
            total,
            rank,
            points,
            entries: Vec::new(),
        });
    }

    let d = Columns::find(
        &details,
        DETAILS,
        &["单位", "条款", "事由", "来源", "编号", "扣分"],
    )?;
    for (i, row) in details.rows().enumerate().skip(1) {
        let name = text(&row[d.at[0]]);
        if name.is_empty() {
            continue;
        }
        let amount = number(&row[d.at[5]])
            .ok_or_else(|| format!("工作表「{DETAILS}」第{}行的「扣分」不是数值", i + 1))?;
        let record = text(&row[d.at[4]]);
        let entry = Entry {
            clause: text(&row[d.at[1]]),
            reason: text(&row[d.at[2]]),
            source: text(&row[d.at[3]]),
            record: (!record.is_empty()).then_some(record),
            amount,
        };
        match units.iter_mut().find(|u| u.name == name) {
            Some(u) => u.entries.push(entry),
            None => {
                return Err(format!(
                    "工作表「{DETAILS}」第{}行的单位「{name}」不在「{SUMMARY}」中",
                    i + 1
                ))
            }
        }
    }
    let basis = basis(&mut book);
    Ok(ResultSet { units, basis })
}

/// The columns of a sheet's required headers, by position.
struct Columns {
    at: Vec<usize>,
}

impl Columns {
    fn find(range: &Range<Data>, sheet: &str, headers: &[&str]) -> Result<Columns, String> {
        let mut at = Vec::new();
        let mut missing = Vec::new();
        for h in headers {
            match header_col(range, h) {
                Some(c) => at.push(c),
                None => missing.push(format!("「{h}」")),
            }
        }
        if missing.is_empty() {
            Ok(Columns { at })
        } else {
            Err(format!(
                "工作表「{sheet}」第1行缺少列{}",
                missing.join("、")
            ))
        }
    }
}

/// The 0-based column of a header in row 1 (relative to the range).
fn header_col(range: &Range<Data>, header: &str) -> Option<usize> {
    // Results are written from A1; a range starting elsewhere has no header row 1.
    if range.start().is_some_and(|(r, c)| r != 0 || c != 0) {
        return None;
    }
    range.rows().next()?.iter().position(|d| text(d) == header)
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.trim().to_string(),
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// A number cell (or numeric text), to 2 decimals.
fn number(d: &Data) -> Option<Decimal> {
    match d {
        Data::Float(f) => Decimal::from_f64(*f),
        Data::Int(i) => Some(Decimal::from(*i)),
        Data::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .map(round2)
}

#[cfg(test)]
mod bounded {
    use super::*;

    /// A result workbook with one more cell at `(row, col)` of 汇总.
    fn with_stray_cell(row: u32, col: u16) -> Vec<u8> {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet().set_name(SUMMARY).unwrap();
        for (c, h) in (0u16..).zip(["单位", "类别", "总分", "排名"]) {
            ws.write_string(0, c, h).unwrap();
        }
        ws.write_string(row, col, "x").unwrap();
        let ws = wb.add_worksheet().set_name(DETAILS).unwrap();
        for (c, h) in (0u16..).zip(["单位", "条款", "事由", "来源", "编号", "扣分"]) {
            ws.write_string(0, c, h).unwrap();
        }
        wb.save_to_buffer().unwrap()
    }

    /// calamine's dense range of a sheet with a cell at XFD1048576 asked
    /// for 512 GB and aborted the process; the streamed read refuses it.
    #[test]
    fn a_cell_at_the_last_column_and_row_is_refused_not_allocated() {
        let err = read(with_stray_cell(1_048_575, 16_383)).unwrap_err();
        assert!(err.contains("第1048576行第16384列"), "{err}");
        let err = read(with_stray_cell(1_048_575, 3)).unwrap_err();
        assert!(err.contains("第1048576行有内容"), "{err}");
    }
}
