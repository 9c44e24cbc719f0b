//! Helpers shared by every workbook `ksfk` writes: fixed document
//! properties (byte-identical output), formats, column widths measured in
//! display columns, cell text clipped to Excel's limit, and sheet names made
//! legal and unique.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    ColNum, Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, RowCell,
    RowNum, Workbook, Worksheet, XlsxError,
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

/// A decimal as the number rust_xlsxwriter writes for it (its
/// `IntoExcelData` for `Decimal`), with the same error.
pub fn decimal_number(d: Decimal) -> Result<f64, XlsxError> {
    d.to_f64().ok_or_else(|| {
        XlsxError::ParameterError(format!(
            "Cannot represent Decimal {d:?} as an Excel f64 value."
        ))
    })
}

/// A cell of a row written whole by [`Sheet::row`].
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    /// A text, as [`Sheet::text`] writes it.
    Text(&'a str),
    /// An amount, as [`Sheet::amount`] writes it.
    Amount(Decimal),
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

    /// Notes the width of a text in a column. A text no longer in bytes
    /// than the column's widest so far cannot be wider (no character is
    /// wider in columns than in UTF-8 bytes): not measured.
    fn see_text(&mut self, col: ColNum, s: &str) {
        if self.widths.get(col as usize).is_some_and(|w| s.len() <= *w) {
            return;
        }
        self.see(col, display_width(s));
    }

    /// Writes a text cell (nothing for an empty text).
    pub fn text(&mut self, row: RowNum, col: ColNum, s: &str) -> Result<(), XlsxError> {
        if s.is_empty() {
            return Ok(());
        }
        let s = clip(s);
        self.see_text(col, &s);
        self.ws.write_string(row, col, s)?;
        Ok(())
    }

    /// Writes a text cell with a format.
    pub fn text_with(
        &mut self,
        row: RowNum,
        col: ColNum,
        s: &str,
        format: &Format,
    ) -> Result<(), XlsxError> {
        let s = clip(s);
        self.see_text(col, &s);
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

    /// Writes an amount as a number without a format of its own (it takes
    /// its column's, e.g. `0.00`); the width counts two decimals.
    pub fn amount(&mut self, row: RowNum, col: ColNum, d: Decimal) -> Result<(), XlsxError> {
        self.see_amount(col, d);
        self.ws.write(row, col, d)?;
        Ok(())
    }

    fn see_amount(&mut self, col: ColNum, d: Decimal) {
        let int_digits = d.abs().trunc().to_string().len();
        self.see(col, int_digits + 3 + usize::from(d.is_sign_negative()));
    }

    /// Writes a whole row at once, each cell as [`Sheet::text`] or
    /// [`Sheet::amount`] writes it (texts clipped, an empty one left out,
    /// widths noted). A constant-memory worksheet writes the row straight to
    /// its file ([`Worksheet::write_row_cells`], a patch of the vendored
    /// rust_xlsxwriter), about twice as fast as cell by cell, and the row is
    /// then finished: set its height before.
    pub fn row<const N: usize>(
        &mut self,
        row: RowNum,
        cells: [(ColNum, Cell<'_>); N],
    ) -> Result<(), XlsxError> {
        let texts = cells.map(|(_, cell)| match cell {
            Cell::Text(s) => clip(s),
            Cell::Amount(_) => Cow::Borrowed(""),
        });
        let mut written = [(0, RowCell::Number(0.0)); N];
        for (slot, ((col, cell), text)) in written.iter_mut().zip(cells.iter().zip(&texts)) {
            let value = match cell {
                Cell::Text(_) => {
                    if !text.is_empty() {
                        self.see_text(*col, text);
                    }
                    RowCell::String(text)
                }
                Cell::Amount(d) => {
                    self.see_amount(*col, *d);
                    RowCell::Number(decimal_number(*d)?)
                }
            };
            *slot = (*col, value);
        }
        self.ws.write_row_cells(row, &written)?;
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
    fn column_widths_are_the_widest_text_whatever_the_order() {
        let fmt = Formats::new();
        let mut ws = Worksheet::new();
        let mut s = Sheet::new(&mut ws, &fmt);
        // Measured: the CJK text is 8 columns in 12 bytes; the ASCII ones
        // after it are skipped only when they cannot be wider.
        for (row, t) in (0..).zip(["扣分明细", "abcdefghij", "abc", "商务局（招商服务中心）"])
        {
            s.text(row, 0, t).unwrap();
        }
        assert_eq!(s.widths, vec![22]);
        let mut ws = Worksheet::new();
        let mut s = Sheet::new(&mut ws, &fmt);
        for (row, t) in (0..).zip(["abcdefghijkl", "扣分明细"]) {
            s.text(row, 0, t).unwrap();
        }
        assert_eq!(s.widths, vec![12]);
    }

    /// One sheet's XML in a saved workbook.
    fn sheet_xml(bytes: Vec<u8>, sheet: usize) -> String {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{sheet}.xml"))
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    }

    /// A row of `write_row_cells_matches_cell_by_cell`: number, height,
    /// cells.
    type TrailRow = (RowNum, Option<f64>, Vec<(ColNum, RowCell<'static>)>);

    /// The rows of `write_row_cells_matches_cell_by_cell`; rows 6 and 9
    /// have a height and no cell.
    fn trail_rows() -> Vec<TrailRow> {
        use RowCell::{Number, String as Text};
        vec![
            (
                1,
                None,
                vec![(0, Text("甲")), (1, Number(0.5)), (2, Text("2017-03-01"))],
            ),
            (
                2,
                Some(33.0),
                vec![
                    (0, Text("a & b <c> \"d\"")),
                    (1, Number(-2.0)),
                    (3, Text("")),
                ],
            ),
            (
                3,
                None,
                vec![(0, Text(" lead")), (1, Number(-0.0)), (2, Text("trail\n"))],
            ),
            (
                4,
                Some(48.0),
                vec![
                    (0, Text("_x0041_ and _x00")),
                    (1, Number(1e20)),
                    (27, Text("AB")),
                ],
            ),
            (
                5,
                None,
                vec![
                    (0, Text("ctrl\u{1}\r\u{FFFE}\t（全角）")),
                    (1, Number(0.1 + 0.2)),
                ],
            ),
            // Out of column order: written cell by cell.
            (
                7,
                None,
                vec![(2, Text("c")), (0, Text("a")), (2, Text("c2"))],
            ),
            // Not finite: written cell by cell (as a string).
            (8, None, vec![(0, Text("nan")), (1, Number(f64::NAN))]),
            // Only empty strings: nothing written.
            (10, None, vec![(0, Text("")), (1, Text(""))]),
            (
                11,
                Some(20.0),
                vec![
                    (0, Text("last")),
                    (1, Number(123_456_789.0)),
                    (2, Text("c")),
                ],
            ),
        ]
    }

    /// Texts of every length up to 40 made of characters that need an
    /// escape, that look like one (U+FFFD, U+EFFF and `_` end like U+FFFE,
    /// U+FFFF and `_x`), and that do not, in rows from row 20: each text
    /// is escaped as write_string escapes it, whichever 8-byte block its
    /// special characters fall in.
    fn escape_rows() -> Vec<TrailRow> {
        const CHARS: [&str; 20] = [
            "a", "_", "x", "0", "&", "<", ">", "\t", "\n", "\r", "\u{1}", "\u{1f}", "\u{FFFE}",
            "\u{FFFF}", "\u{FFFD}", "\u{EFFF}", "（", " ", "好", "abcdefgh",
        ];
        let mut seed: u64 = 17;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        (0..400)
            .map(|i| {
                let text: String = (0..i % 40)
                    .map(|_| {
                        // Mostly plain text, a special character now and then.
                        if next(4) == 0 {
                            CHARS[next(CHARS.len())]
                        } else {
                            CHARS[next(2) * 18]
                        }
                    })
                    .collect();
                let text: &'static str = Box::leak(text.into_boxed_str());
                (20 + i as RowNum, None, vec![(0, RowCell::String(text))])
            })
            .collect()
    }

    /// A workbook with a constant-memory sheet and a normal one, each with
    /// a column format, the rows of [`trail_rows`] written whole or cell by
    /// cell, with the heights set first (whole) or after (cell by cell).
    fn trail_workbook(whole: bool) -> Vec<u8> {
        let mut wb = new_workbook("t").unwrap();
        let num = Format::new().set_num_format("0.00");
        let bold = Format::new().set_bold();
        for constant in [true, false] {
            let ws = if constant {
                wb.add_worksheet_with_constant_memory().unwrap()
            } else {
                wb.add_worksheet()
            };
            ws.set_column_format(1, &num).unwrap();
            ws.write_string(0, 0, "表头").unwrap();
            for (row, height, cells) in trail_rows().into_iter().chain(escape_rows()) {
                if whole {
                    if let Some(h) = height {
                        ws.set_row_height(row, h).unwrap();
                    }
                    ws.write_row_cells(row, &cells).unwrap();
                } else {
                    for (col, cell) in cells {
                        match cell {
                            RowCell::String(s) => ws.write_string(row, col, s).unwrap(),
                            RowCell::Number(n) => ws.write_number(row, col, n).unwrap(),
                        };
                    }
                    if let Some(h) = height {
                        ws.set_row_height(row, h).unwrap();
                    }
                }
                if row == 5 {
                    ws.set_row_height(6, 30.0).unwrap();
                    ws.set_row_height(9, 30.0).unwrap();
                }
                // A column format set midway (row 8 has no cell in it):
                // row 11's cell in it takes it.
                if row == 8 {
                    ws.set_column_format(2, &bold).unwrap();
                }
            }
        }
        wb.save_to_buffer().unwrap()
    }

    /// The vendored rust_xlsxwriter deflates a constant-memory sheet's rows
    /// as they are written and puts the pieces into the xlsx still
    /// compressed (KSFK-PATCH.md, 2). A sheet far larger than its pieces
    /// (32 KB in, 64 KB out), its deflater freed midway and at the end as
    /// ksfk does after each sheet, reads back whole, CRC-32 included, with the
    /// same parts as when its entry is written the other way (inflating the
    /// data again, as for a sheet too large for a plain zip entry), and
    /// calamine reads its cells.
    #[test]
    fn constant_memory_sheets_deflated_as_written_read_back_whole() {
        let book = |inflated: bool| {
            let mut wb = new_workbook("t").unwrap();
            wb.set_inflated_sheet_entries(inflated);
            wb.add_worksheet().write_string(0, 0, "普通").unwrap();
            for sheet in 0..2 {
                let ws = wb.add_worksheet_with_constant_memory().unwrap();
                for row in 0..20_000u32 {
                    let text = format!("第{sheet}表第{row}行：{}", "逾期".repeat(row as usize % 7));
                    let cells = [
                        (0, RowCell::String(&text)),
                        (1, RowCell::Number(f64::from(row) / 4.0)),
                    ];
                    ws.write_row_cells(row, &cells).unwrap();
                    // The first sheet's deflater freed midway: the rows
                    // after it start a new piece of the same stream.
                    if sheet == 0 && (row == 10_000 || row == 10_001) {
                        ws.release_deflater().unwrap();
                    }
                }
                ws.release_deflater().unwrap();
                ws.set_column_width(0, 30).unwrap();
                ws.merge_range(20_001, 0, 20_001, 1, "末行", &Format::new())
                    .unwrap();
            }
            wb.save_to_buffer().unwrap()
        };
        let (deflated, inflated) = (book(false), book(true));
        assert_ne!(deflated, inflated, "the two ways write other bytes");
        let got = crate::report::fixtures::parts(&deflated);
        assert_eq!(got, crate::report::fixtures::parts(&inflated));
        let sheet = &got
            .iter()
            .find(|(name, _)| name == "xl/worksheets/sheet3.xml")
            .unwrap()
            .1;
        assert!(sheet.len() > 1_000_000, "{}", sheet.len());
        let xml = String::from_utf8_lossy(sheet);
        assert!(
            xml.starts_with("<?xml") && xml.contains("<cols>"),
            "{}",
            &xml[..300]
        );
        assert!(xml.ends_with("</worksheet>\n") || xml.ends_with("</worksheet>"));
        assert!(xml.contains(r#"<mergeCell ref="A20002:B20002"/>"#));
        use calamine::{Data, Reader};
        let mut wb = calamine::Xlsx::new(std::io::Cursor::new(deflated)).unwrap();
        let r = wb.worksheet_range_at(2).unwrap().unwrap();
        let text = |s: &str| Some(Data::String(s.into()));
        assert_eq!(
            r.get((19_998, 0)).cloned(),
            text("第1表第19998行：逾期逾期逾期逾期逾期逾期")
        );
        assert_eq!(r.get((19_999, 0)).cloned(), text("第1表第19999行："));
        assert_eq!(r.get((12_345, 1)), Some(&Data::Float(3086.25)));
        assert_eq!(r.get((20_001, 0)).cloned(), text("末行"));
    }

    #[test]
    fn write_row_cells_matches_cell_by_cell() {
        let whole = trail_workbook(true);
        assert_eq!(whole, trail_workbook(false));
        let xml = sheet_xml(whole, 1);
        // Written straight to the file: the column's format, escapes,
        // numbers as `{}` writes them, a height, a column past Z.
        for part in [
            r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>表头</t></is></c></row>"#,
            r#"<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" s="1"><v>0.5</v></c><c r="C2" t="inlineStr"><is><t>2017-03-01</t></is></c></row>"#,
            r#"<row r="3" ht="33" customHeight="1"><c r="A3" t="inlineStr"><is><t>a &amp; b &lt;c&gt; "d"</t></is></c><c r="B3" s="1"><v>-2</v></c></row>"#,
            r#"<c r="A4" t="inlineStr"><is><t xml:space="preserve"> lead</t></is></c><c r="B4" s="1"><v>-0</v></c><c r="C4" t="inlineStr"><is><t xml:space="preserve">trail"#,
            r#"<t>_x005F_x0041_ and _x00</t>"#,
            r#"<v>100000000000000000000</v>"#,
            r#"<c r="AB5" t="inlineStr"><is><t>AB</t></is></c>"#,
            r#"<t>ctrl_x0001__x000D__xFFFE_	（全角）</t>"#,
            r#"<v>0.30000000000000004</v>"#,
            r#"<row r="7" ht="30" customHeight="1"/>"#,
            r#"<c r="A8" t="inlineStr"><is><t>a</t></is></c><c r="C8" t="inlineStr"><is><t>c2</t></is></c>"#,
            r#"<row r="10" ht="30" customHeight="1"/><row r="12" ht="20.25" customHeight="1"><c r="A12" t="inlineStr"><is><t>last</t></is></c><c r="B12" s="1"><v>123456789</v></c><c r="C12" s="2" t="inlineStr"><is><t>c</t></is></c></row><row r="22">"#,
        ] {
            assert!(xml.contains(part), "{part}\nin\n{xml}");
        }
        assert!(!xml.contains(r#"r="11""#), "{xml}");
    }

    #[test]
    fn display_width_counts_cjk_twice() {
        assert_eq!(display_width("Z1.1"), 4);
        assert_eq!(display_width("扣分明细"), 8);
        assert_eq!(display_width("商务局（招商服务中心）"), 22);
    }
}
