//! What a printed sheet needs that rust_xlsxwriter leaves to the reader:
//! row heights for wrapped text, page setup (paper, orientation, scale or
//! fit-to-width, page header and footer), and where rows fall on pages.
//! OUTPUT.md (Printing) says what every printed page must be; docs/outputs.md
//! (Printing) how it is done and what was checked.
//!
//! Widths and scale. LibreOffice without Calibri's metrics draws columns a
//! third wider than Excel ([`column_pixels`]); every sheet's columns are
//! chosen so that [`fit_scale`] stays at [`MIN_SCALE`] or more, so that no
//! 11-point text prints under 9 points.
//!
//! Row heights. Excel grows a row to fit wrapped text only when it opens a
//! file and recalculates; LibreOffice and WPS show the height saved in the
//! file, and a row without one is one line high, so long text is cut off
//! on screen and in print. Every wrapped cell's row height is therefore
//! computed here from its text: the text is laid out greedily in lines of
//! the column's width, counting display columns (unicode-width: a CJK
//! character is 2 columns, ASCII 1), a run of ASCII letters and digits
//! kept whole as a word processor does, and an explicit line break starting
//! a new line. The width used is a little less than the column's, because a
//! CJK character is drawn a little wider than two digits and a cell has
//! padding; each line is given [`LINE_HEIGHT`] points and the row a little
//! padding, enough for the CJK fonts of Excel, WPS and LibreOffice.

use rust_xlsxwriter::{RowNum, Worksheet, XlsxError};
use unicode_width::UnicodeWidthChar;

/// Points per line of 11-point text: Excel's line for 等线 and SimSun is
/// about 14.3, LibreOffice's for Noto Sans CJK about 12.
pub const LINE_HEIGHT: f64 = 15.0;

/// Points above and below the text of a wrapped cell.
pub const ROW_PADDING: f64 = 3.0;

/// Excel's largest row height, in points.
pub const MAX_ROW_HEIGHT: f64 = 409.0;

/// The default row height (one line of 11-point text), in points.
pub const DEFAULT_ROW_HEIGHT: f64 = 15.0;

/// Display columns of text that fit on one line of a column `width`
/// characters wide (Excel's column width unit). Excel draws the column
/// `7 × width + 5` pixels wide and a CJK character of 11 points 14.67
/// pixels (two display columns), the cell's padding taking about 6: about
/// `0.954 × width − 0.14` columns, of which this keeps back a little more
/// (`0.95 × width − 0.3`). LibreOffice's columns are wider (print.rs,
/// [`column_pixels`]): its lines are longer, never shorter.
pub fn usable_columns(width: f64) -> usize {
    let w = (0.95 * width - 0.3).floor();
    if w < 2.0 {
        2
    } else {
        w as usize
    }
}

/// How many lines `text` takes when wrapped in a column `width` wide.
pub fn wrapped_lines(text: &str, width: f64) -> usize {
    let cols = usable_columns(width);
    text.split('\n').map(|p| paragraph_lines(p, cols)).sum()
}

/// Greedy layout of one paragraph in lines of `cols` display columns.
fn paragraph_lines(p: &str, cols: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphanumeric() {
            // A word: ASCII letters, digits and what binds them (2017-03-01,
            // RX2017-00054, 0.50) stays on one line when it fits on one.
            let mut word = 1;
            while let Some(&n) = chars.peek() {
                if n.is_ascii_alphanumeric() || matches!(n, '-' | '.' | '_' | '/' | ':') {
                    word += 1;
                    chars.next();
                } else {
                    break;
                }
            }
            if used + word <= cols {
                used += word;
            } else if word <= cols {
                lines += 1;
                used = word;
            } else {
                // Longer than a line: broken anywhere.
                let rest = word - (cols - used);
                lines += rest.div_ceil(cols);
                used = rest % cols;
                if used == 0 {
                    used = cols;
                }
            }
        } else {
            let w = c.width().unwrap_or(0);
            if used + w > cols {
                lines += 1;
                used = w;
            } else {
                used += w;
            }
        }
    }
    lines
}

/// The row height, in points, that shows `lines` lines of text.
pub fn height_for_lines(lines: usize) -> f64 {
    (lines as f64 * LINE_HEIGHT + ROW_PADDING).min(MAX_ROW_HEIGHT)
}

/// The height that shows every one of `cells` (text, column width) whole.
pub fn row_height(cells: &[(&str, f64)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(t, w)| wrapped_lines(t, *w))
        .max()
        .unwrap_or(1);
    height_for_lines(lines).max(DEFAULT_ROW_HEIGHT)
}

/// Sets a row's height so that every wrapped cell in it shows whole. A row
/// whose text fits one line keeps the default height. Returns the row's
/// height.
pub fn fit_row(ws: &mut Worksheet, row: RowNum, cells: &[(&str, f64)]) -> Result<f64, XlsxError> {
    let lines = cells
        .iter()
        .map(|(t, w)| wrapped_lines(t, *w))
        .max()
        .unwrap_or(1);
    if lines > 1 {
        let h = height_for_lines(lines);
        ws.set_row_height(row, h)?;
        return Ok(h);
    }
    Ok(DEFAULT_ROW_HEIGHT)
}

/// Where each row of a sheet falls when rows of `heights` (points, from
/// row 0) fill pages of `capacity` points, as Excel and LibreOffice break
/// them: a row that does not fit starts a page, and so does a row in
/// `breaks`. `repeat` is a row printed again at the top of every page
/// after the one it first appears on. Returns, per row, the room left on
/// its page above it once it is placed there (0 at the top of a page,
/// then the space used).
pub fn paginate(
    heights: &[f64],
    capacity: f64,
    breaks: &[RowNum],
    repeat: Option<RowNum>,
) -> Vec<f64> {
    let mut used = 0.0;
    let mut out = Vec::with_capacity(heights.len());
    for (r, h) in (0..).zip(heights) {
        if used > 0.0 && (used + h > capacity || breaks.contains(&r)) {
            used = repeat
                .filter(|x| *x < r)
                .and_then(|x| heights.get(x as usize))
                .copied()
                .unwrap_or(0.0);
        }
        out.push(used);
        used += h;
    }
    out
}

/// A text made safe for a page header or footer: `&` doubled (it starts a
/// code), and cut so that the whole string stays under Excel's 255
/// characters.
pub fn header_text(s: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i >= max_chars {
            out.push('…');
            break;
        }
        if c == '&' {
            out.push_str("&&");
        } else if !c.is_control() {
            out.push(c);
        }
    }
    out
}

/// `第N页，共M页`: the page number and the page count, centred.
pub const PAGE_NUMBERS: &str = "第&P页，共&N页";

/// The footer of every sheet: the page numbers, centred.
pub const PAGE_FOOTER: &str = "&C第&P页，共&N页";

/// A4 (paper size 9).
const A4: u8 = 9;

/// Page margins, in inches: left, right, top, bottom, header, footer.
const MARGINS: (f64, f64, f64, f64, f64, f64) = (0.4, 0.4, 0.7, 0.6, 0.3, 0.3);

/// The smallest print scale, in per cent, at which 11-point text still
/// prints at 9 points or more (9 ÷ 11 = 81.8 %).
pub const MIN_SCALE: u16 = 82;

/// Pixels (at 96 dpi) a column `width` characters wide takes in print.
/// Excel draws `7 × width + 5`; LibreOffice, which the reader may use as
/// well, up to a third more (7 points for each character of the saved
/// width): the wider of the two decides whether a sheet fits a page's
/// width, and at what scale.
pub fn column_pixels(width: f64) -> f64 {
    ((width + WIDTH_PADDING) * LO_PIXELS_PER_CHAR).max(width * 7.0 + 5.0)
}

/// What rust_xlsxwriter adds to every column width it saves (a width of
/// 8 is saved as 8.7109375, as Excel does).
const WIDTH_PADDING: f64 = 0.72;

/// Pixels per character of column width in LibreOffice when the
/// workbook's font (Calibri) is replaced by DejaVu Sans, as on a Linux
/// without Carlito: 7 points, measured on the rendered 公示.
pub const LO_PIXELS_PER_CHAR: f64 = 7.0 * 96.0 / 72.0;

/// The printable width of A4 between the margins, in pixels at 96 dpi.
pub fn printable_pixels(landscape: bool) -> f64 {
    let inches = if landscape { 11.69 } else { 8.27 } - MARGINS.0 - MARGINS.1;
    inches * 96.0
}

/// The printable height of A4 between the top and bottom margins, in
/// points at 100 %.
pub fn printable_points(landscape: bool) -> f64 {
    let inches = if landscape { 8.27 } else { 11.69 } - MARGINS.2 - MARGINS.3;
    inches * 72.0
}

/// The scale, in per cent, at which columns of these widths fit one page
/// wide (100 when they fit as they are).
pub fn fit_scale(widths: &[f64], landscape: bool) -> u16 {
    let need: f64 = widths.iter().map(|w| column_pixels(*w)).sum();
    if need <= 0.0 {
        return 100;
    }
    ((printable_pixels(landscape) / need * 100.0).floor() as u16).clamp(10, 100)
}

/// How a sheet prints: A4 in the given orientation, one page wide and as
/// many tall as needed, a header naming the sheet's subject on the left
/// and the year's assessment on the right, and page numbers in the
/// footer. The columns must fit at [`MIN_SCALE`] or more (checked by the
/// tests of every sheet through [`fit_scale`]), so that nothing prints
/// below 9 points.
pub fn page_setup(
    ws: &mut Worksheet,
    landscape: bool,
    subject: &str,
    year: i32,
) -> Result<(), XlsxError> {
    paper(ws, landscape);
    ws.set_print_fit_to_pages(1, 0);
    header_footer(ws, subject, year);
    Ok(())
}

/// A4 in the given orientation.
pub fn paper(ws: &mut Worksheet, landscape: bool) {
    ws.set_paper_size(A4);
    if landscape {
        ws.set_landscape();
    } else {
        ws.set_portrait();
    }
}

/// The year's assessment, as the page header names it.
pub fn assessment(year: i32) -> String {
    format!("{year}年度服务企业发展考核")
}

/// Margins, a header naming the subject and the year, page numbers in
/// the footer.
pub fn header_footer(ws: &mut Worksheet, subject: &str, year: i32) {
    margins(ws);
    ws.set_header(format!(
        "&L{}&R{}",
        header_text(subject, 60),
        assessment(year)
    ))
    .set_footer(PAGE_FOOTER);
}

/// For a sheet whose first row must stay its header row (other programs
/// read it): as [`header_footer`], with the sheet's title in bold in the
/// middle of the page header, so that it heads every printed page.
pub fn titled_header_footer(ws: &mut Worksheet, title: &str, subject: &str, year: Option<i32>) {
    margins(ws);
    ws.set_header(format!(
        "&L{}&C&14&\"-,Bold\"{}&R{}",
        header_text(subject, 30),
        header_text(title, 40),
        year.map(assessment).unwrap_or_default()
    ))
    .set_footer(PAGE_FOOTER);
}

/// [`page_setup`] for a sheet whose title is in its page header
/// ([`titled_header_footer`]).
pub fn titled_page_setup(
    ws: &mut Worksheet,
    landscape: bool,
    title: &str,
    subject: &str,
    year: Option<i32>,
) {
    paper(ws, landscape);
    ws.set_print_fit_to_pages(1, 0);
    titled_header_footer(ws, title, subject, year);
}

/// A4's margins, the table centred between them.
pub fn margins(ws: &mut Worksheet) {
    let (l, r, t, b, h, f) = MARGINS;
    ws.set_margins(l, r, t, b, h, f)
        .set_print_center_horizontally(true);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_counts_two_columns() {
        // Width 20.5 → 0.95 × 20.5 − 0.3 = 19.175 → 19 columns: 9 CJK
        // characters a line (Excel: (7 × 20.5 − 1) ÷ 14.67 = 9.7).
        assert_eq!(usable_columns(20.5), 19);
        assert_eq!(wrapped_lines(&"字".repeat(9), 20.5), 1);
        assert_eq!(wrapped_lines(&"字".repeat(10), 20.5), 2);
        assert_eq!(wrapped_lines(&"字".repeat(27), 20.5), 3);
        assert_eq!(wrapped_lines(&"字".repeat(28), 20.5), 4);
        // 花桥经济开发区 (14 columns) on one line of 汇总's 16.
        assert_eq!(wrapped_lines("花桥经济开发区", 16.0), 1);
        // Never more than Excel shows: 7 × width − 1 pixels of 14.67 per
        // CJK character, for the widths ksfk uses.
        for w in [5.0_f64, 6.0, 10.0, 16.0, 26.0, 36.0, 67.0, 126.0] {
            let excel = ((7.0 * w - 1.0) / (11.0 * 96.0 / 72.0) * 2.0).floor() as usize;
            assert!(
                usable_columns(w) <= excel,
                "{w}: {} > {excel}",
                usable_columns(w)
            );
        }
    }

    #[test]
    fn line_breaks_and_empty_text() {
        assert_eq!(wrapped_lines("", 20.0), 1);
        assert_eq!(wrapped_lines("甲\n乙\n丙", 40.0), 3);
        assert_eq!(wrapped_lines("甲\n\n丙", 40.0), 3);
    }

    #[test]
    fn ascii_words_are_not_split() {
        // 19 columns: "字字字字字字字" is 14, "RX2017-00054" (12) goes to line 2.
        assert_eq!(wrapped_lines("字字字字字字字RX2017-00054", 20.5), 2);
        // A word longer than a line is broken: 45 characters over 19 → 3 lines.
        assert_eq!(wrapped_lines(&"a".repeat(45), 20.5), 3);
        assert_eq!(wrapped_lines(&"a".repeat(38), 20.5), 2);
    }

    #[test]
    fn heights_grow_with_lines_and_stop_at_excels_limit() {
        assert_eq!(row_height(&[("短", 20.0)]), height_for_lines(1));
        assert_eq!(height_for_lines(3), 3.0 * LINE_HEIGHT + ROW_PADDING);
        assert_eq!(height_for_lines(1000), MAX_ROW_HEIGHT);
        // The tallest cell of a row decides.
        let h = row_height(&[("字", 20.0), (&"字".repeat(40), 20.0)]);
        assert_eq!(h, height_for_lines(5));
    }

    #[test]
    fn header_text_escapes_ampersands_and_cuts() {
        assert_eq!(header_text("A&B", 10), "A&&B");
        assert_eq!(header_text("住房公积金管理中心", 4), "住房公积…");
    }
}
