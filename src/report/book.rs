//! Helpers shared by every workbook `ksfk` writes: fixed document
//! properties (byte-identical output), formats, column widths measured in
//! display columns, cell text clipped to Excel's limit, and sheet names made
//! legal and unique.

use rust_decimal::Decimal;
use rust_xlsxwriter::{
    ColNum, Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, RowNum,
    Workbook, Worksheet, XlsxError,
};
use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

/// Excel's limit on a cell's text, in UTF-16 units.
pub const MAX_CELL_TEXT: usize = 32_767;

/// Excel's limit on a sheet name, in UTF-16 units.
pub const MAX_SHEET_NAME: usize = 31;

/// A new workbook whose document properties are fixed, so two runs on the
/// same input give the same bytes (the creation time is the only part of
/// an xlsx that would otherwise change).
pub fn new_workbook(title: &str) -> Result<Workbook, XlsxError> {
    let created = ExcelDateTime::from_ymd(2017, 1, 1)?;
    let props = DocProperties::new()
        .set_title(title)
        .set_author("ksfk")
        .set_creation_datetime(&created);
    let mut wb = Workbook::new();
    wb.set_properties(&props);
    // Level 1 instead of 6: about a third of the time to save the large
    // 扣分明细 (benchmark), for files a few percent larger.
    wb.set_zip_compression_level(1);
    Ok(wb)
}

/// The cell formats used across the workbooks.
pub struct Formats {
    /// Header row: bold on a light fill, with a bottom border.
    pub header: Format,
    /// Scores and amounts: `0.00`.
    pub num: Format,
    /// Long text that wraps inside a capped column.
    pub wrap: Format,
    /// Bold text for labels and section titles.
    pub bold: Format,
    /// Bold `0.00`, for the 总分 row of a unit sheet.
    pub bold_num: Format,
}

impl Formats {
    pub fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_border_bottom(FormatBorder::Thin)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            num: Format::new().set_num_format("0.00"),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            bold: Format::new().set_bold(),
            bold_num: Format::new().set_bold().set_num_format("0.00"),
        }
    }
}

impl Default for Formats {
    fn default() -> Formats {
        Formats::new()
    }
}

/// Display width of a text: 2 per CJK character, 1 per ASCII character.
pub fn display_width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Clips a text to what a cell can hold, marking the cut.
pub fn clip(s: &str) -> Cow<'_, str> {
    // UTF-16 length never exceeds the UTF-8 length: the common case is free.
    if s.len() <= MAX_CELL_TEXT || s.encode_utf16().count() <= MAX_CELL_TEXT {
        return Cow::Borrowed(s);
    }
    const MARK: &str = "……（已截断）";
    let budget = MAX_CELL_TEXT - MARK.encode_utf16().count();
    let mut used = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if used + c.len_utf16() > budget {
            break;
        }
        used += c.len_utf16();
        end = i + c.len_utf8();
    }
    Cow::Owned(format!("{}{MARK}", &s[..end]))
}

/// A worksheet being written, with the widest text seen per column so the
/// column widths can be set at the end (autofit counts a CJK character as
/// one narrow character, so widths are computed here).
pub struct Sheet<'a> {
    pub ws: &'a mut Worksheet,
    pub fmt: &'a Formats,
    widths: Vec<usize>,
    /// Columns whose width is set, not measured (wrapped text).
    fixed: Vec<(ColNum, f64)>,
}

impl<'a> Sheet<'a> {
    pub fn new(ws: &'a mut Worksheet, fmt: &'a Formats) -> Sheet<'a> {
        Sheet {
            ws,
            fmt,
            widths: Vec::new(),
            fixed: Vec::new(),
        }
    }

    fn see(&mut self, col: ColNum, width: usize) {
        let i = col as usize;
        if self.widths.len() <= i {
            self.widths.resize(i + 1, 0);
        }
        if self.widths[i] < width {
            self.widths[i] = width;
        }
    }

    /// Writes a header row at `row` in the header format.
    pub fn header(&mut self, row: RowNum, headers: &[&str]) -> Result<(), XlsxError> {
        for (col, h) in (0..).zip(headers) {
            self.ws
                .write_string_with_format(row, col, *h, &self.fmt.header)?;
            self.see(col, display_width(h));
        }
        Ok(())
    }

    /// Writes a text cell (nothing for an empty text).
    pub fn text(&mut self, row: RowNum, col: ColNum, s: &str) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        let s = clip(s);
        self.see(col, display_width(&s));
        self.ws.write_string(row, col, s)?;
        Ok(())
    }

    /// Writes a text cell with a format (nothing for an empty text).
    pub fn text_with(
        &mut self,
        row: RowNum,
        col: ColNum,
        s: &str,
        format: &Format,
    ) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        let s = clip(s);
        self.see(col, display_width(&s));
        self.ws.write_string_with_format(row, col, s, format)?;
        Ok(())
    }

    /// Writes a score or amount as a number with the format `0.00`.
    pub fn num(&mut self, row: RowNum, col: ColNum, d: Decimal) -> Result<(), XlsxError> {
        let fmt = self.fmt;
        self.num_with(row, col, d, &fmt.num)
    }

    /// Writes a decimal with a format; the width counts two decimals.
    pub fn num_with(
        &mut self,
        row: RowNum,
        col: ColNum,
        d: Decimal,
        format: &Format,
    ) -> Result<(), XlsxError> {
        // Width of `-123.45`: integer digits, sign, point, two decimals.
        let int_digits = d.abs().trunc().to_string().len();
        self.see(col, int_digits + 3 + usize::from(d.is_sign_negative()));
        self.ws.write_with_format(row, col, d, format)?;
        Ok(())
    }

    /// Writes a whole number (rank, row counts).
    pub fn int(&mut self, row: RowNum, col: ColNum, n: u64) -> Result<(), XlsxError> {
        self.see(col, n.to_string().len());
        // Counts and ranks are far below 2^53: exact as f64.
        self.ws.write_number(row, col, n as f64)?;
        Ok(())
    }

    /// Notes a width for a column without writing (e.g. a chart's room).
    pub fn reserve(&mut self, col: ColNum, width: usize) {
        self.see(col, width);
    }

    /// Fixes a column's width (a column of wrapped text, whose row heights
    /// are computed from this width); [`Sheet::finish`] leaves it as set.
    pub fn fix(&mut self, col: ColNum, width: f64) {
        self.fixed.retain(|(c, _)| *c != col);
        self.fixed.push((col, width));
    }

    /// The width a column was fixed at.
    pub fn fixed_width(&self, col: ColNum) -> Option<f64> {
        self.fixed.iter().find(|(c, _)| *c == col).map(|(_, w)| *w)
    }

    /// Sets every seen column's width to its widest text plus padding,
    /// clamped to `min..=max`; `max_for` overrides the max per column;
    /// fixed columns get their fixed width. No page setup.
    pub fn finish_widths(
        &mut self,
        min: usize,
        max: usize,
        max_for: &[(ColNum, usize)],
    ) -> Result<(), XlsxError> {
        for (col, w) in (0..).zip(&self.widths) {
            if self.fixed.iter().any(|(c, _)| *c == col) {
                continue;
            }
            let cap = max_for
                .iter()
                .find(|(c, _)| *c == col)
                .map_or(max, |(_, m)| *m);
            let width = (w + 2).clamp(min, cap.max(min));
            self.ws.set_column_width(col, width as f64)?;
        }
        for (col, w) in &self.fixed {
            self.ws.set_column_width(*col, *w)?;
        }
        Ok(())
    }

    /// Sets every seen column's width to its widest text plus padding,
    /// clamped to `min..=max`; `max_for` overrides the max per column.
    pub fn finish(
        mut self,
        min: usize,
        max: usize,
        max_for: &[(ColNum, usize)],
    ) -> Result<(), XlsxError> {
        self.finish_widths(min, max, max_for)?;
        // Printable as handed on: A4 landscape, one page wide, the header
        // row repeated on every page.
        self.ws
            .set_paper_size(9)
            .set_landscape()
            .set_print_fit_to_pages(1, 0)
            .set_repeat_rows(0, 0)?;
        Ok(())
    }
}

/// Names forbidden or reserved by Excel itself.
const EXCEL_RESERVED: &[&str] = &["History"];

/// Makes one legal sheet name per entry of `names`, unique among
/// themselves and against `reserved` (Excel compares names without case):
/// the characters `[]:*?/\` and control characters become `_`, surrounding
/// spaces and apostrophes are dropped, an empty name becomes `单位`, the
/// name is cut to 31 UTF-16 units, and a clash gets `(2)`, `(3)`, … (the
/// name cut further to make room).
pub fn sheet_names<'n>(names: impl IntoIterator<Item = &'n str>, reserved: &[&str]) -> Vec<String> {
    // Sets, and the next number to try per base name: linear in the
    // number of units even when thousands share a base name.
    let mut taken: std::collections::HashSet<String> = reserved
        .iter()
        .chain(EXCEL_RESERVED)
        .map(|s| s.to_lowercase())
        .collect();
    let mut next: std::collections::HashMap<String, u32> = Default::default();
    let mut out = Vec::new();
    for name in names {
        let base = legal_base(name);
        let mut candidate = base.clone();
        let n = next.entry(base.to_lowercase()).or_insert(2);
        while taken.contains(&candidate.to_lowercase()) {
            let suffix = format!("({n})");
            let room = MAX_SHEET_NAME - suffix.len();
            candidate = format!("{}{suffix}", trim_edges(cut_utf16(&base, room)));
            *n += 1;
        }
        taken.insert(candidate.to_lowercase());
        out.push(candidate);
    }
    out
}

fn legal_base(name: &str) -> String {
    let replaced: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cut = trim_edges(cut_utf16(trim_edges(&replaced), MAX_SHEET_NAME));
    if cut.is_empty() {
        "单位".to_string()
    } else {
        cut.to_string()
    }
}

/// Drops surrounding white space and apostrophes (a name may not start or
/// end with `'`).
fn trim_edges(s: &str) -> &str {
    s.trim_matches(|c: char| c == '\'' || c.is_whitespace())
}

/// The longest prefix of `s` of at most `units` UTF-16 units.
fn cut_utf16(s: &str, units: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += c.len_utf16();
        if used > units {
            return &s[..i];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str) -> usize {
        s.encode_utf16().count()
    }

    #[test]
    fn forbidden_characters_are_replaced() {
        let names = sheet_names(["a[b]c:d*e?f/g\\h"], &[]);
        assert_eq!(names, vec!["a_b_c_d_e_f_g_h"]);
        let names = sheet_names(["'引号'", "  ", "行\n换"], &[]);
        assert_eq!(names, vec!["引号", "单位", "行_换"]);
    }

    #[test]
    fn long_names_are_cut_to_31_units() {
        // 40 CJK characters: each one UTF-16 unit, cut to 31.
        let long = "昆".repeat(40);
        let names = sheet_names([long.as_str(), long.as_str()], &[]);
        assert_eq!(utf16(&names[0]), 31);
        assert_eq!(names[0], "昆".repeat(31));
        // The clash: 28 characters + "(2)" = 31 units.
        assert_eq!(names[1], format!("{}(2)", "昆".repeat(28)));
        // A character outside the BMP counts 2 units and is not split.
        let emoji = "😀".repeat(20);
        let names = sheet_names([emoji.as_str()], &[]);
        assert_eq!(names[0], "😀".repeat(15));
        assert_eq!(utf16(&names[0]), 30);
    }

    #[test]
    fn names_are_unique_without_case_and_avoid_reserved() {
        let names = sheet_names(
            ["汇总", "Abc", "abc", "ABC", "a/b", "a:b", "history"],
            &["汇总"],
        );
        assert_eq!(
            names,
            vec![
                "汇总(2)",
                "Abc",
                "abc(2)",
                "ABC(3)",
                "a_b",
                "a_b(2)",
                "history(2)"
            ]
        );
        // Every result is a name rust_xlsxwriter accepts.
        for n in &names {
            assert!(rust_xlsxwriter::utility::check_sheet_name(n).is_ok(), "{n}");
        }
    }

    #[test]
    fn clip_keeps_short_text_and_cuts_long_text() {
        assert!(matches!(clip("短"), Cow::Borrowed("短")));
        let long = "字".repeat(40_000);
        let cut = clip(&long);
        assert_eq!(utf16(&cut), MAX_CELL_TEXT);
        assert!(cut.ends_with("（已截断）"));
    }

    #[test]
    fn display_width_counts_cjk_twice() {
        assert_eq!(display_width("Z1.1"), 4);
        assert_eq!(display_width("扣分明细"), 8);
        assert_eq!(display_width("商务局（招商服务中心）"), 22);
    }
}
