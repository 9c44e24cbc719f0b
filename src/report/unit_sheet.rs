//! A unit's score sheet: its title, the rubric with marks, score and
//! deductions per item, the total and rank, then every audit entry.

use super::book::{clip, display_width, Formats};
use super::print;
use super::xlsx::*;
use crate::rules::{fmt2, AuditEntry, ClauseResult};
use crate::score::Results;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Color, Format, FormatAlign, RowNum, Worksheet, XlsxError};

/// Headers of a unit's score sheet (the rubric, in row 4 below the title).
pub const UNIT_HEADERS: [&str; 5] = ["考核项目", "分值", "得分", "扣分", "扣分说明"];

/// Headers of the list of a unit's audit entries below its rubric.
pub const ENTRY_HEADERS: [&str; 7] = ["条款", "扣分", "日期", "编号", "事由", "计算", "台账位置"];

/// Column widths of a unit sheet, shared by the rubric (考核项目, 分值,
/// 得分, 扣分, 扣分说明 over the last three) and the entries (条款, 扣分,
/// 日期, 编号, 事由, 计算, 台账位置): 126 characters, one A4 landscape
/// page wide at 85 % (LibreOffice's columns are the widest).
pub(super) const UNIT_WIDTHS: [f64; 7] = [26.0, 8.0, 11.0, 14.0, 36.0, 16.0, 15.0];

/// 扣分说明 lists at most this many entries of a clause; all of them are
/// in the list below the rubric.
pub(super) const SUMMARY_LINES: usize = 6;

/// Each line of 扣分说明 is cut after this many display columns.
pub(super) const SUMMARY_LINE_WIDTH: usize = 200;

/// The 扣分说明 of a clause: its entries, zero-amount ones included, one
/// line each with its record id, up to [`SUMMARY_LINES`] lines; the rest
/// are in the list below the rubric.
pub(super) fn clause_summary(c: &ClauseResult) -> String {
    let n = c.entries.len();
    if n == 0 {
        return String::new();
    }
    let mut lines = Vec::new();
    let charged = c.entries.iter().filter(|e| !e.amount.is_zero()).count();
    if n > 1 {
        lines.push(format!(
            "共{n}条记录（扣分{charged}条，不扣分{}条）：",
            n - charged
        ));
    }
    for (i, e) in c.entries.iter().enumerate() {
        if i >= SUMMARY_LINES {
            lines.push(format!("……另{}条见下方扣分记录", n - i));
            break;
        }
        let mut line = String::new();
        if n > 1 {
            line.push_str(&format!("{}. ", i + 1));
        }
        if let Some(r) = &e.record {
            line.push_str(&format!("{r}："));
        }
        line.push_str(&e.reason);
        if e.amount.is_zero() {
            line.push_str("【不扣分】");
        } else {
            line.push_str(&format!("【扣{}】", fmt2(e.amount)));
        }
        lines.push(cut_display(&line, SUMMARY_LINE_WIDTH));
    }
    lines.join("\n")
}

/// `s` cut to at most `width` display columns, `…` marking the cut.
pub(super) fn cut_display(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 2 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Cell formats of a unit sheet.
pub(super) struct UnitFormats {
    title: Format,
    subtitle: Format,
    section: Format,
    /// Wrapped text at the top of its cell.
    text: Format,
    /// A record's date, centred.
    date: Format,
    num: Format,
    bold: Format,
    bold_num: Format,
    /// 扣分说明 merged over three columns.
    merged: Format,
}

impl UnitFormats {
    fn new() -> UnitFormats {
        let top = Format::new().set_align(FormatAlign::Top);
        UnitFormats {
            title: Format::new().set_bold().set_font_size(16),
            subtitle: Format::new().set_font_color(Color::RGB(0x404040)),
            section: Format::new().set_bold().set_font_size(12),
            text: top.clone().set_text_wrap(),
            date: top.clone().set_align(FormatAlign::Center),
            num: top.clone().set_num_format("0.00"),
            bold: top.clone().set_bold(),
            bold_num: top.clone().set_bold().set_num_format("0.00"),
            // Indented: the 扣分 figure before it never touches the text.
            merged: top
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_indent(1),
        }
    }
}

/// A unit's score sheet (docs/outputs.md): a title (unit, category, year), the
/// rubric (考核项目, 分值, 得分, 扣分, 扣分说明), 总分 and 排名 (and
/// 折算分), then every audit entry of the unit, zero-amount ones included,
/// with its clause, amount, the record's date and id, the reason, the
/// arithmetic and its ledger place. Row heights fit the wrapped text; the
/// page header names the unit and the year. The caller checks `index`.
pub(super) fn write_unit_sheet(
    ws: &mut Worksheet,
    results: &Results,
    index: usize,
    fmt: &Formats,
) -> Result<(), XlsxError> {
    let Some(u) = results.units.get(index) else {
        return Ok(());
    };
    let f = UnitFormats::new();
    let widths = UNIT_WIDTHS;
    let merged_width: f64 = widths[4] + widths[5] + widths[6];
    for (col, w) in (0..).zip(widths) {
        ws.set_column_width(col, w)?;
    }
    let label = u.category.label();
    let title = format!(
        "{}（{label}）{}年度服务企业发展考核得分{}",
        u.name,
        results.year,
        interim_text(results)
    );
    ws.write_string_with_format(0, 0, clip(&title), &f.title)?;
    ws.set_row_height(0, 24)?;
    // Every row's height, for the page breaks at the end.
    let default = print::DEFAULT_ROW_HEIGHT;
    let mut heights = vec![24.0, default, default, default];
    ws.write_string_with_format(
        1,
        0,
        format!(
            "单位：{}　类别：{label}　考核年度：{}　考核基准日：{}　依据：昆政办发〔2017〕148号",
            clip(&u.name),
            results.year,
            results.as_of,
        ),
        &f.subtitle,
    )?;

    // The rubric.
    let mut row: RowNum = 3;
    for (col, h) in (0..).zip(&UNIT_HEADERS[..4]) {
        ws.write_string_with_format(row, col, *h, &fmt.header)?;
    }
    ws.merge_range(row, 4, row, 6, UNIT_HEADERS[4], &fmt.header)?;
    row += 1;
    let mut marks_total = Decimal::ZERO;
    for c in &u.clauses {
        let marks = c.clause.marks();
        marks_total += marks;
        let item = format!("{} {}", c.clause.id(), c.clause.item());
        ws.write_string_with_format(row, 0, &item, &f.text)?;
        ws.write_with_format(row, 1, marks, &f.num)?;
        ws.write_with_format(row, 2, c.score, &f.num)?;
        ws.write_with_format(row, 3, marks - c.score, &f.num)?;
        let why = clause_summary(c);
        ws.merge_range(row, 4, row, 6, &clip(&why), &f.merged)?;
        heights.push(print::fit_row(
            ws,
            row,
            &[(&item, widths[0]), (&why, merged_width)],
        )?);
        row += 1;
    }
    ws.write_string_with_format(row, 0, "总分", &f.bold)?;
    ws.write_with_format(row, 1, marks_total, &f.bold_num)?;
    ws.write_with_format(row, 2, u.total, &f.bold_num)?;
    ws.write_with_format(row, 3, marks_total - u.total, &f.bold_num)?;
    if let Some(label) = results.interim_label() {
        ws.merge_range(row, 4, row, 6, &label, &f.bold)?;
    }
    row += 1;
    ws.write_string_with_format(row, 0, "排名", &f.bold)?;
    ws.write_number_with_format(row, 2, f64::from(u.rank), &f.text)?;
    ws.merge_range(row, 4, row, 6, &rank_text(results, u), &f.merged)?;
    heights.extend([default, default]);
    if let Some(p) = u.points {
        row += 1;
        ws.write_string_with_format(row, 0, "折算分", &f.bold)?;
        ws.write_with_format(row, 2, p, &f.num)?;
        let how = points_text(results);
        ws.merge_range(row, 4, row, 6, &how, &f.merged)?;
        heights.push(print::fit_row(ws, row, &[(&how, merged_width)])?);
    }

    // Every audit entry.
    let entries: Vec<&AuditEntry> = u.clauses.iter().flat_map(|c| &c.entries).collect();
    let charged = entries.iter().filter(|e| !e.amount.is_zero()).count();
    row += 2;
    ws.write_string_with_format(
        row,
        0,
        format!(
            "扣分记录：共{}条（扣分{charged}条，不扣分{}条：免责、申诉、已扣至0、未计次等决定也列出）",
            entries.len(),
            entries.len() - charged
        ),
        &f.section,
    )?;
    ws.set_row_height(row, 18)?;
    let section = row;
    heights.extend([default, 18.0, default]);
    row += 1;
    for (col, h) in (0..).zip(&ENTRY_HEADERS) {
        ws.write_string_with_format(row, col, *h, &fmt.header)?;
    }
    let entry_header = row;
    row += 1;
    if entries.is_empty() {
        ws.write_string_with_format(row, 0, "无：各项均得满分", &f.text)?;
        heights.push(default);
        row += 1;
    }
    for e in &entries {
        let item = format!("{} {}", e.clause.id(), e.clause.item());
        let date = e.date.map(|d| d.to_string()).unwrap_or_default();
        let record = e.record.as_deref().unwrap_or("");
        let calc = e.calc.as_deref().unwrap_or("");
        ws.write_string_with_format(row, 0, &item, &f.text)?;
        ws.write_with_format(row, 1, e.amount, &f.num)?;
        // An empty cell (no date, id or arithmetic) is left unwritten.
        for (col, text, format) in [
            (2, date.as_str(), &f.date),
            (3, record, &f.text),
            (4, &*e.reason, &f.text),
            (5, calc, &f.text),
            (6, &*e.source, &f.text),
        ] {
            if !text.is_empty() {
                ws.write_string_with_format(row, col, clip(text), format)?;
            }
        }
        heights.push(print::fit_row(
            ws,
            row,
            &[
                (&item, widths[0]),
                (&date, widths[2]),
                (record, widths[3]),
                (&e.reason, widths[4]),
                (calc, widths[5]),
                (&e.source, widths[6]),
            ],
        )?);
        row += 1;
    }
    let last_entry = row - 1;
    row += 1;
    heights.push(default);
    let key = "说明：扣分为该条记录实际扣去的分数，各条合计等于该项分值与得分之差。扣分为0的记录是不扣分的决定（免责、申诉、不重复扣分、本项已扣至0、未计次等），一并列出。“解读”编号（R1…、K1…）的含义见“说明”表。台账位置指考核台账中的工作表和行号。";
    ws.merge_range(row, 0, row, 6, key, &f.merged)?;
    heights.push(print::fit_row(ws, row, &[(key, widths.iter().sum())])?);

    // Printed at the scale that fits the columns (LibreOffice ignores
    // page breaks on a sheet fitted to the page), with two breaks of its
    // own: the list of entries does not begin at the foot of a page, and
    // the key never prints alone on the last one.
    let scale = print::fit_scale(&widths, true);
    let capacity = print::printable_points(true) * 100.0 / f64::from(scale);
    let breaks = unit_sheet_breaks(&heights, capacity, section, entry_header, last_entry);
    print::page_setup(
        ws,
        true,
        &format!("{}（{label}）{}", u.name, interim_text(results)),
        results.year,
    )?;
    // A scale replaces fitting to the page.
    ws.set_print_scale(scale).set_page_breaks(&breaks)?;
    // The entries' headers on every page after the first they are on.
    ws.set_repeat_rows(entry_header, entry_header)?;
    Ok(())
}

/// Room, in points, kept for the differences between programs when
/// deciding whether rows still fit at the foot of a page.
pub(super) const PAGE_SLACK: f64 = 24.0;

/// The page breaks of a unit sheet whose rows have `heights`, on pages of
/// `capacity` points: before the `section` title of the entries when it,
/// their headers and the first entry do not fit below the rubric; before
/// the last entry when the key after it would not fit below it.
pub(super) fn unit_sheet_breaks(
    heights: &[f64],
    capacity: f64,
    section: RowNum,
    entry_header: RowNum,
    last_entry: RowNum,
) -> Vec<RowNum> {
    let h = |r: RowNum| heights.get(r as usize).copied().unwrap_or(0.0);
    let mut breaks = Vec::new();
    let used = print::paginate(heights, capacity, &breaks, Some(entry_header));
    let head = h(section) + h(entry_header) + h(entry_header + 1);
    if used[section as usize] > 0.0 && used[section as usize] + head + PAGE_SLACK > capacity {
        breaks.push(section);
    }
    let used = print::paginate(heights, capacity, &breaks, Some(entry_header));
    let tail: f64 = heights[last_entry as usize..].iter().sum();
    let top = used[last_entry as usize];
    let first_row_of_page = top <= h(entry_header);
    if !first_row_of_page && top + tail + PAGE_SLACK > capacity && last_entry > entry_header + 1 {
        breaks.push(last_entry);
    }
    breaks
}
