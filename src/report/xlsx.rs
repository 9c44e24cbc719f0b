//! The result workbook (docs/outputs.md): `汇总` with its chart, one sheet per
//! unit, `扣分明细`, `警告`, `说明`; and the per-unit workbook of
//! `--per-unit`, built from the same sheet writers.
//!
//! Only values are written, never formulas (a formula's cached value would
//! read as 0 in LibreOffice and calamine). Scores and amounts are numbers
//! with the format `0.00`.

use super::book::{clip, display_width, new_workbook, sheet_names, Formats, Sheet};
use super::{print, RunInfo};
use crate::model::{Category, Warning};
use crate::rules::readings::{Reading, READINGS};
use crate::rules::{fmt2, AuditEntry, ClauseId, ClauseResult};
use crate::score::{PointsMethod, Results, UnitResult};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartAxisCrossing, ChartDataLabel, ChartDataLabelPosition, ChartFont, ChartSolidFill,
    ChartType, ColNum, Color, Format, FormatAlign, FormatBorder, Note, RowNum, Shape, ShapeFont,
    ShapeText, ShapeTextVerticalAlignment, Worksheet, XlsxError,
};

pub const SUMMARY: &str = "汇总";
pub const DETAILS: &str = "扣分明细";
pub const WARNINGS: &str = "警告";
pub const NOTES: &str = "说明";
pub const CHART: &str = "图表";

/// The fixed sheets a unit's sheet name must not clash with.
const FIXED_SHEETS: [&str; 6] = [
    SUMMARY,
    super::public::PUBLIC,
    CHART,
    DETAILS,
    WARNINGS,
    NOTES,
];

/// Headers of a unit's score sheet (the rubric, in row 4 below the title).
pub const UNIT_HEADERS: [&str; 5] = ["考核项目", "分值", "得分", "扣分", "扣分说明"];

/// Headers of the list of a unit's audit entries below its rubric.
pub const ENTRY_HEADERS: [&str; 7] = ["条款", "扣分", "日期", "编号", "事由", "计算", "台账位置"];

/// Column widths of a unit sheet, shared by the rubric (考核项目, 分值,
/// 得分, 扣分, 扣分说明 over the last three) and the entries (条款, 扣分,
/// 日期, 编号, 事由, 计算, 台账位置): 126 characters, one A4 landscape
/// page wide at 85 % (LibreOffice's columns are the widest).
const UNIT_WIDTHS: [f64; 7] = [26.0, 8.0, 11.0, 14.0, 36.0, 16.0, 15.0];

/// 扣分说明 lists at most this many entries of a clause; all of them are
/// in the list below the rubric.
const SUMMARY_LINES: usize = 6;

/// Each line of 扣分说明 is cut after this many display columns.
const SUMMARY_LINE_WIDTH: usize = 200;

/// Width of each chart on 图表, in pixels.
const CHART_WIDTH: u32 = 500;

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

/// Headers of `警告`.
pub const WARNING_HEADERS: [&str; 5] = ["级别", "类型", "单位", "位置", "内容"];

/// Bar colours of the chart, by category.
fn category_color(category: Category) -> Color {
    match category {
        Category::Town => Color::RGB(0x4472C4),
        Category::GroupA => Color::RGB(0xED7D31),
        Category::GroupB => Color::RGB(0x70AD47),
    }
}

/// Every clause in 汇总 column order: the ten 区镇 clauses, then the six
/// department clauses.
fn all_clauses() -> impl Iterator<Item = ClauseId> {
    ClauseId::TOWN.iter().chain(ClauseId::DEPT.iter()).copied()
}

/// The 汇总 column of a clause (A = 0).
fn clause_column(clause: ClauseId) -> ColNum {
    let i = all_clauses().position(|c| c == clause).unwrap_or(0);
    2 + i as ColNum
}

/// The headers of 汇总: 单位, 类别, the 16 clause ids, 总分, 排名 and,
/// with a points option, 折算分.
pub fn summary_headers(with_points: bool) -> Vec<&'static str> {
    let mut h = vec!["单位", "类别"];
    h.extend(all_clauses().map(ClauseId::id));
    h.extend(["总分", "排名"]);
    if with_points {
        h.push("折算分");
    }
    h
}

/// How many units share a category (the M of 第N名/共M个).
/// The units of one category: `results.units` is in 汇总 order (区镇, A组,
/// B组), so two binary searches find them (counting them for each unit's
/// sheet made a large roster quadratic).
fn category_size(results: &Results, category: Category) -> usize {
    let order = |c: Category| Category::ALL.iter().position(|x| *x == c);
    let (Some(k), units) = (order(category), &results.units) else {
        return 0;
    };
    let start = units.partition_point(|u| order(u.category) < Some(k));
    let end = units.partition_point(|u| order(u.category) <= Some(k));
    end.saturating_sub(start)
}

/// The result workbook of `ksfk score`.
pub fn result_workbook(results: &Results, info: &RunInfo) -> Result<Vec<u8>, XlsxError> {
    let fmt = Formats::new();
    let mut wb = new_workbook(&format!("{}年度服务企业发展考核结果", results.year))?;

    write_summary(wb.add_worksheet().set_name(SUMMARY)?, results, &fmt)?;
    super::public::write_public(
        wb.add_worksheet().set_name(super::public::PUBLIC)?,
        results,
        &fmt,
    )?;
    write_chart(wb.add_worksheet().set_name(CHART)?, results)?;
    let names = sheet_names(results.units.iter().map(|u| u.name.as_str()), &FIXED_SHEETS);
    for (index, name) in names.iter().enumerate() {
        write_unit_sheet(wb.add_worksheet().set_name(name)?, results, index, &fmt)?;
    }
    write_details(
        wb.add_worksheet().set_name(DETAILS)?,
        results.units.iter(),
        results.year,
        &fmt,
    )?;
    write_warnings(
        wb.add_worksheet().set_name(WARNINGS)?,
        &results.warnings,
        results.year,
        &fmt,
    )?;
    write_notes(wb.add_worksheet().set_name(NOTES)?, results, info, &fmt)?;
    wb.save_to_buffer()
}

/// The workbook of one unit for `--per-unit`, ready to send to it: its
/// score sheet (as in the result workbook, every audit entry included) and
/// a `说明` with the Readings its entries cite. `index` is the unit's place
/// in `results.units`.
pub fn unit_workbook(results: &Results, index: usize) -> Result<Vec<u8>, XlsxError> {
    let Some(unit) = results.units.get(index) else {
        return Err(XlsxError::ParameterError(format!(
            "没有第{}个单位（共{}个）",
            index + 1,
            results.units.len()
        )));
    };
    let fmt = Formats::new();
    let mut wb = new_workbook(&format!(
        "{}年度服务企业发展考核结果：{}",
        results.year, unit.name
    ))?;
    let name = sheet_names([unit.name.as_str()], &[NOTES])
        .pop()
        .unwrap_or_else(|| "单位".to_string());
    write_unit_sheet(wb.add_worksheet().set_name(name)?, results, index, &fmt)?;
    write_unit_notes(wb.add_worksheet().set_name(NOTES)?, results, unit, &fmt)?;
    wb.save_to_buffer()
}

/// `　暂计（截至2017-06-30）` (after a full-width space) in an interim
/// run, to follow a title; else nothing. The label is
/// [`Results::interim_label`], as everywhere totals are shown.
fn interim_text(results: &Results) -> String {
    results
        .interim_label()
        .map(|l| format!("　{l}"))
        .unwrap_or_default()
}

/// 汇总: one row per unit in results order; every clause header carries
/// its item's name as a note. Prints one page wide over as many pages as
/// needed, the header row repeated.
fn write_summary(ws: &mut Worksheet, results: &Results, fmt: &Formats) -> Result<(), XlsxError> {
    let with_points = results.points.any();
    let headers = summary_headers(with_points);
    let total_col = 2 + all_clauses().count() as ColNum;
    let rank_col = total_col + 1;
    let points_col = rank_col + 1;

    let mut s = Sheet::new(ws, fmt);
    s.header(0, &headers)?;
    for c in all_clauses() {
        let note = Note::new(clause_label(c))
            .add_author_prefix(false)
            .set_width(240)
            .set_height(60);
        s.ws.insert_note(0, clause_column(c), &note)?;
    }
    // 单位 wraps in a fixed column, and every column is narrow enough
    // for the table to print one A4 landscape page wide at 82 % or more.
    // Borders instead of print gridlines (which would run on under the
    // legend); every cell centred in its row, which a long name makes
    // two lines tall.
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::VerticalCenter);
    let name_fmt = cell.clone().set_text_wrap();
    let num_fmt = cell.clone().set_num_format("0.00");
    s.fix(0, SUMMARY_NAME_WIDTH);
    s.fix(1, 4.5);
    for c in all_clauses() {
        s.fix(clause_column(c), SUMMARY_CLAUSE_WIDTH);
    }
    // `100.00` under 总分 and 折算分, two digits under 排名.
    s.fix(total_col, 6.5);
    s.fix(rank_col, 4.5);
    if with_points {
        s.fix(points_col, 6.5);
    }
    let last_col = headers.len() as ColNum - 1;
    for (row, u) in (1..).zip(&results.units) {
        for col in 0..=last_col {
            s.ws.write_blank(row, col, &cell)?;
        }
        s.text_with(row, 0, &u.name, &name_fmt)?;
        print::fit_row(s.ws, row, &[(&u.name, SUMMARY_NAME_WIDTH)])?;
        s.text_with(row, 1, u.category.label(), &cell)?;
        for c in &u.clauses {
            s.num_with(row, clause_column(c.clause), c.score, &num_fmt)?;
        }
        s.num_with(row, total_col, u.total, &num_fmt)?;
        s.reserve(rank_col, u.rank.to_string().len());
        s.ws.write_number_with_format(row, rank_col, f64::from(u.rank), &cell)?;
        if let (true, Some(p)) = (with_points, u.points) {
            s.num_with(row, points_col, p, &num_fmt)?;
        }
    }
    s.ws.set_freeze_panes(1, 2)?;
    s.ws.set_default_note_author("ksfk");
    s.finish_widths(5, 10, &[])?;
    summary_legend(s.ws, results.units.len() as RowNum + 2)?;
    print::titled_page_setup(
        ws,
        true,
        &format!(
            "{}年度服务企业发展考核得分汇总{}",
            results.year,
            interim_text(results)
        ),
        &format!("汇总{}", interim_text(results)),
        Some(results.year),
    );
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Width of 汇总's 单位 column (a longer name wraps).
const SUMMARY_NAME_WIDTH: f64 = 16.0;

/// Width of each clause column of 汇总 (`30.00` at most, under `Z1.1`):
/// with the others, 118 characters, one A4 landscape page wide at 84 %.
const SUMMARY_CLAUSE_WIDTH: f64 = 5.0;

/// `Z1.1 建立企业服务例会制度（2分）`: a clause as 汇总's legend names it.
fn clause_label(c: ClauseId) -> String {
    format!("{} {}（{}分）", c.id(), c.item(), c.marks().normalize())
}

/// The legend of 汇总, printed under the table from `row`: what each
/// clause id stands for, 区镇 and departments side by side. Two text
/// boxes, so that no cell is added to the table other programs read.
fn summary_legend(ws: &mut Worksheet, row: RowNum) -> Result<(), XlsxError> {
    let font = ShapeFont::new().set_size(11);
    let text = ShapeText::new().set_vertical_alignment(ShapeTextVerticalAlignment::Top);
    for (i, (title, clauses)) in [
        ("区镇考核项目", &ClauseId::TOWN[..]),
        ("部门考核项目", &ClauseId::DEPT[..]),
    ]
    .into_iter()
    .enumerate()
    {
        let lines: Vec<String> = clauses.iter().map(|c| clause_label(*c)).collect();
        let shape = Shape::textbox()
            .set_text(format!("{title}：\n{}", lines.join("\n")))
            .set_font(&font)
            .set_text_options(&text)
            .set_width(LEGEND_WIDTH)
            .set_height(LEGEND_LINE * (lines.len() as u32 + 1) + 16);
        ws.insert_shape_with_offset(row, 0, &shape, i as u32 * (LEGEND_WIDTH + 24), 0)?;
    }
    Ok(())
}

/// Width of each box of 汇总's legend, in pixels.
const LEGEND_WIDTH: u32 = 420;

/// Height of a line of 汇总's legend, in pixels.
const LEGEND_LINE: u32 = 18;

/// The rows of 汇总 (1-based, as the table has its header in row 0) that
/// hold each category's units: runs of one category, in results order.
fn category_runs(results: &Results) -> Vec<(Category, RowNum, RowNum)> {
    let mut runs: Vec<(Category, RowNum, RowNum)> = Vec::new();
    for (row, u) in (1..).zip(&results.units) {
        match runs.last_mut() {
            Some((c, _, last)) if *c == u.category && *last + 1 == row => *last = row,
            _ => runs.push((u.category, row, row)),
        }
    }
    runs
}

/// The height of one bar (with its gap) of a chart of `n` units, in
/// pixels: 24, thinner for a long list so that one chart stays on one page
/// (about 950 px), never under 16 so that each unit's name has room.
fn bar_height(n: u32) -> u32 {
    (860 / n.max(1)).clamp(16, 24)
}

/// 图表: one horizontal bar chart of 总分 per category, every unit
/// labelled, each chart on its own A4 portrait page.
fn write_chart(ws: &mut Worksheet, results: &Results) -> Result<(), XlsxError> {
    let total_col = 2 + all_clauses().count() as ColNum;
    let title = Format::new().set_bold().set_font_size(14);
    ws.write_string_with_format(
        0,
        0,
        format!(
            "{}年度服务企业发展考核总分{}",
            results.year,
            interim_text(results)
        ),
        &title,
    )?;
    ws.set_row_height(0, 22)?;
    // Each chart lies inside column A, so that every program draws it at
    // its own size (an anchor across columns stretches with the reader's
    // default column width): 72 characters are 509 pixels in Excel and
    // about 680 in LibreOffice (without Calibri's metrics), within A4
    // portrait's 717 between margins; the chart is 500 wide.
    ws.set_column_width(0, 72)?;
    let mut row: RowNum = 2;
    let mut breaks = Vec::new();
    for (category, first, last) in category_runs(results) {
        let n = last - first + 1;
        let height = bar_height(n) * n + 100;
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_name("总分")
            .set_categories((SUMMARY, first, 0, last, 0))
            .set_values((SUMMARY, first, total_col, last, total_col))
            .set_format(ChartSolidFill::new().set_color(category_color(category)))
            .set_gap(50)
            .set_data_label(
                ChartDataLabel::new()
                    .show_value()
                    .set_num_format("0.00")
                    .set_font(ChartFont::new().set_size(9))
                    .set_position(ChartDataLabelPosition::InsideEnd),
            );
        chart
            .title()
            .set_name(&format!("总分：{}（{}个单位）", category.label(), n))
            .set_font(ChartFont::new().set_size(12).set_bold());
        // In a bar chart the y axis is the (vertical) category axis: first
        // unit at the top, the value axis kept at the bottom by crossing at
        // the last category. Names in 9 points (12 px) beside bars of at
        // least 16 px: no program skips a label for want of room.
        chart
            .y_axis()
            .set_reverse()
            .set_font(ChartFont::new().set_size(9))
            .set_crossing(ChartAxisCrossing::Max);
        chart
            .x_axis()
            .set_min(0)
            .set_max(100)
            .set_major_unit(10)
            .set_num_format("0");
        chart.legend().set_hidden();
        chart.set_width(CHART_WIDTH).set_height(height);
        if row > 2 {
            breaks.push(row);
        }
        ws.insert_chart(row, 0, &chart)?;
        // Default rows are 20 px: the chart's rows, and one spare.
        row += height.div_ceil(20) + 2;
    }
    // At 100 %, not fit to a page: LibreOffice ignores page breaks on a
    // sheet scaled to fit, and column A fits A4 portrait's width.
    ws.set_page_breaks(&breaks)?;
    ws.set_paper_size(9).set_portrait().set_print_scale(100);
    print::header_footer(ws, "总分图表", results.year);
    Ok(())
}

/// The 扣分说明 of a clause: its entries, zero-amount ones included, one
/// line each with its record id, up to [`SUMMARY_LINES`] lines; the rest
/// are in the list below the rubric.
fn clause_summary(c: &ClauseResult) -> String {
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
fn cut_display(s: &str, width: usize) -> String {
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
struct UnitFormats {
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
fn write_unit_sheet(
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
const PAGE_SLACK: f64 = 24.0;

/// The page breaks of a unit sheet whose rows have `heights`, on pages of
/// `capacity` points: before the `section` title of the entries when it,
/// their headers and the first entry do not fit below the rubric; before
/// the last entry when the key after it would not fit below it.
fn unit_sheet_breaks(
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

/// `第3名/共12个（区镇）`.
pub fn rank_text(results: &Results, u: &UnitResult) -> String {
    format!(
        "第{}名/共{}个（{}）",
        u.rank,
        category_size(results, u.category),
        u.category.label()
    )
}

/// The points options in words, or `无`.
pub fn points_text(results: &Results) -> String {
    let p = &results.points;
    if !p.any() {
        return "无".to_string();
    }
    let method = match p.method {
        PointsMethod::Linear => "linear（折算分 = 总分 × 权重 ÷ 100）",
        PointsMethod::Top => "top（折算分 = 总分 ÷ 本类别最高分 × 权重，解读R24）",
    };
    let weight =
        |w: Option<Decimal>| w.map_or_else(|| "无".to_string(), |w| w.normalize().to_string());
    format!(
        "方法 {method}；区镇权重 {}；部门权重 {}",
        weight(p.town),
        weight(p.dept)
    )
}

/// 扣分明细: one row per audit entry of the given units, in order,
/// zero-amount entries included; 事由 wraps, with row heights that show it.
fn write_details<'r>(
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
const DETAIL_WIDTHS: [f64; 8] = [16.0, 6.0, 6.0, 18.0, 40.0, 16.0, 14.0, 8.0];

/// Column widths of 警告 (级别, 类型, 单位, 位置, 内容).
const WARNING_WIDTHS: [f64; 5] = [6.0, 14.0, 16.0, 16.0, 60.0];

/// 警告: every warning of the run with its place.
fn write_warnings(
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

/// 说明's 考核性质: a year-end run, or an interim one and what it means.
fn nature_text(results: &Results) -> String {
    match results.interim_label() {
        Some(label) => format!(
            "{label}：日常考核，得分与排名为暂计；满意度调查尚未进行的单位，Z4.2、D4按满分暂计"
        ),
        None => "年度考核".to_string(),
    }
}

/// 说明: the run's facts, rows per ledger sheet, and the Readings.
fn write_notes(
    ws: &mut Worksheet,
    results: &Results,
    info: &RunInfo,
    fmt: &Formats,
) -> Result<(), XlsxError> {
    let mut s = Sheet::new(ws, fmt);
    for (col, w) in (0..).zip(NOTES_WIDTHS) {
        s.fix(col, w);
    }
    notes_title(
        &mut s,
        &format!("{}年度服务企业发展考核：说明", results.year),
    )?;
    s.header(NOTES_FIRST_ROW, &["项目", "内容"])?;
    let year = if info.year_inferred {
        format!(
            "{}（未指定 --year，按台账推断为{}年度）",
            results.year, results.year
        )
    } else {
        results.year.to_string()
    };
    let mut facts = vec![
        ("考核年度".to_string(), year),
        (
            "考核基准日".to_string(),
            results.as_of.format("%Y-%m-%d").to_string(),
        ),
        ("考核性质".to_string(), nature_text(results)),
    ];
    // One file: 台账文件 and 台账 SHA-256; several: numbered, in reading order.
    let several = info.inputs.len() > 1;
    for (i, f) in info.inputs.iter().enumerate() {
        let n = if several {
            (i + 1).to_string()
        } else {
            String::new()
        };
        facts.push((format!("台账文件{n}"), f.name.clone()));
        let sha = if several {
            format!("台账文件{n} SHA-256")
        } else {
            "台账 SHA-256".to_string()
        };
        facts.push((sha, f.sha256.clone()));
    }
    facts.extend([
        ("ksfk 版本".to_string(), info.version.clone()),
        ("折算".to_string(), points_text(results)),
        (
            "依据".to_string(),
            "昆政办发〔2017〕148号 考核细则；解读见下表".to_string(),
        ),
    ]);
    let mut row: RowNum = NOTES_FIRST_ROW + 1;
    let label_fmt = fmt.bold.clone().set_text_wrap().set_align(FormatAlign::Top);
    let top = Format::new().set_align(FormatAlign::Top);
    for (label, value) in &facts {
        s.text_with(row, 0, label, &label_fmt)?;
        print::fit_row(s.ws, row, &[(label, NOTES_WIDTHS[0])])?;
        // The value overflows into the empty cells beside (the SHA-256).
        s.text_with(row, 1, value, &top)?;
        row += 1;
    }

    row += 1;
    // Several files: rows per sheet per file, the file in its own column.
    let at = usize::from(several) as ColNum;
    if several {
        s.header(row, &["文件", "工作表", "行数", "年度外未计入"])?;
    } else {
        s.header(row, &["工作表", "行数", "年度外未计入"])?;
    }
    row += 1;
    let wrap = fmt.wrap.clone();
    for c in &info.counts {
        if several {
            let file = c.file.unwrap_or_default();
            s.text_with(row, 0, file, &wrap)?;
            print::fit_row(s.ws, row, &[(file, NOTES_WIDTHS[0])])?;
        }
        s.text(row, at, c.sheet)?;
        s.int(row, at + 1, c.rows as u64)?;
        s.int(row, at + 2, c.left_out as u64)?;
        row += 1;
    }

    row += 1;
    row = super::appeals::write_appeal_table(&mut s, row, results, &NOTES_WIDTHS)? + 1;
    write_readings(&mut s, row, READINGS.iter(), &NOTES_WIDTHS[..4])?;
    s.finish_widths(8, 30, &[])?;
    print::page_setup(ws, true, "说明", results.year)?;
    // The Readings, the longest table, run over pages: their headers on
    // every page after the first they are on.
    ws.set_repeat_rows(row, row)?;
    Ok(())
}

/// Column widths of 说明, shared by its tables (项目/内容, the rows per
/// sheet, the appeals, the Readings): 126 characters, one A4 landscape
/// page wide at 84 % or more however wide the appeals table is.
const NOTES_WIDTHS: [f64; 9] = [12.0, 14.0, 24.0, 20.0, 8.0, 8.0, 10.0, 15.0, 15.0];

/// Column widths of a per-unit workbook's 说明 (项目/内容, and the
/// Readings: 编号, 适用, 解读, 理由).
const UNIT_NOTES_WIDTHS: [f64; 4] = [12.0, 14.0, 50.0, 44.0];

/// The row of the first table of a 说明 sheet, below its title.
const NOTES_FIRST_ROW: RowNum = 2;

/// The title of a 说明 sheet in A1.
fn notes_title(s: &mut Sheet, title: &str) -> Result<(), XlsxError> {
    let format = Format::new().set_bold().set_font_size(14);
    s.ws.write_string_with_format(0, 0, clip(title), &format)?;
    s.ws.set_row_height(0, 22)?;
    Ok(())
}

/// The table of Readings (编号, 适用, 解读, 理由) from `row`, every cell
/// wrapped in its column of `widths` (fixed by the caller), with row
/// heights that show them whole.
fn write_readings<'r>(
    s: &mut Sheet,
    mut row: RowNum,
    readings: impl Iterator<Item = &'r Reading>,
    widths: &[f64],
) -> Result<RowNum, XlsxError> {
    let wrap = s.fmt.wrap.clone();
    s.header(row, &["编号", "适用", "解读", "理由"])?;
    row += 1;
    for r in readings {
        let texts = [r.id, r.place, r.choice, r.reason];
        for (col, t) in (0..).zip(texts) {
            s.text_with(row, col, t, &wrap)?;
        }
        let cells: Vec<(&str, f64)> = texts.into_iter().zip(widths.iter().copied()).collect();
        print::fit_row(s.ws, row, &cells)?;
        row += 1;
    }
    Ok(row)
}

/// The Readings (R…, K…) a unit's entries cite, in table order: the ids
/// named in their reasons and arithmetic; K2 where a rounding difference
/// was given to an entry; R3 and K1 where days overdue are counted.
pub fn cited_readings(u: &UnitResult) -> Vec<&'static Reading> {
    let mut ids: Vec<String> = Vec::new();
    for e in u.clauses.iter().flat_map(|c| &c.entries) {
        let texts = [e.reason.as_str(), e.calc.as_deref().unwrap_or("")];
        for t in texts {
            ids.extend(reading_ids(t));
        }
        if e.reason.contains("四舍五入调整") {
            ids.push("K2".to_string());
        }
        if e.reason.contains("个工作日") {
            ids.extend(["R3".to_string(), "K1".to_string()]);
        }
    }
    READINGS
        .iter()
        .filter(|r| ids.iter().any(|id| id == r.id))
        .collect()
}

/// The Reading ids (`R12`, `K3`) named in a text: an `R` or `K` not
/// preceded by an ASCII letter or digit, followed by digits.
fn reading_ids(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if !matches!(c, 'R' | 'K') || (i > 0 && chars[i - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let digits: String = chars[i + 1..]
            .iter()
            .take_while(|d| d.is_ascii_digit())
            .collect();
        if !digits.is_empty() {
            out.push(format!("{c}{digits}"));
        }
    }
    out
}

/// The 说明 of a per-unit workbook: the unit's facts, how to read its
/// sheet, and the Readings its entries cite.
fn write_unit_notes(
    ws: &mut Worksheet,
    results: &Results,
    u: &UnitResult,
    fmt: &Formats,
) -> Result<(), XlsxError> {
    let mut s = Sheet::new(ws, fmt);
    for (col, w) in (0..).zip(UNIT_NOTES_WIDTHS) {
        s.fix(col, w);
    }
    notes_title(
        &mut s,
        &format!("{}：{}年度服务企业发展考核说明", u.name, results.year),
    )?;
    s.header(NOTES_FIRST_ROW, &["项目", "内容"])?;
    let cited = cited_readings(u);
    let facts = [
        ("单位", u.name.clone()),
        ("类别", u.category.label().to_string()),
        ("考核年度", results.year.to_string()),
        (
            "考核基准日",
            format!("{}{}", results.as_of, interim_text(results)),
        ),
        ("总分", fmt2(u.total)),
        ("排名", rank_text(results, u)),
        (
            "依据",
            "昆政办发〔2017〕148号 考核细则；本单位扣分记录引用的解读见下表".to_string(),
        ),
        (
            "解读",
            if cited.is_empty() {
                "本单位的扣分记录未引用解读".to_string()
            } else {
                format!(
                    "共{}条：{}",
                    cited.len(),
                    cited.iter().map(|r| r.id).collect::<Vec<_>>().join("、")
                )
            },
        ),
    ];
    let mut row: RowNum = NOTES_FIRST_ROW + 1;
    let top = Format::new().set_align(FormatAlign::Top);
    for (label, value) in &facts {
        s.text_with(row, 0, label, &fmt.bold)?;
        s.text_with(row, 1, value, &top)?;
        row += 1;
    }
    row += 1;
    write_readings(&mut s, row, cited.into_iter(), &UNIT_NOTES_WIDTHS)?;
    s.finish_widths(8, 30, &[])?;
    print::page_setup(ws, true, &format!("{}：说明", u.name), results.year)?;
    ws.set_repeat_rows(row, row)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures::{entry, info, sample};
    use crate::rules::{dec, AuditEntry};
    use crate::score::Points;
    use calamine::{Data, Reader, SheetVisible, Xlsx};
    use chrono::NaiveDate;
    use std::io::Cursor;

    fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
        Xlsx::new(Cursor::new(bytes)).expect("readable xlsx")
    }

    fn cell(range: &calamine::Range<Data>, row: usize, col: usize) -> Data {
        range.get((row, col)).cloned().unwrap_or(Data::Empty)
    }

    fn s(v: &str) -> Data {
        Data::String(v.to_string())
    }

    #[test]
    fn sheets_in_order_with_sanitized_unit_names() {
        let bytes = result_workbook(&sample(Points::default()), &info()).unwrap();
        let book = open(bytes);
        assert_eq!(
            book.sheet_names(),
            vec![
                "汇总",
                "公示",
                "图表",
                "昆山开发区",
                "商务局（招商服务中心）",
                "B_组_单位",
                "扣分明细",
                "警告",
                "说明"
            ]
        );
        assert!(book
            .sheets_metadata()
            .iter()
            .all(|m| m.visible == SheetVisible::Visible));
    }

    #[test]
    fn summary_headers_numbers_and_empty_other_category() {
        let mut book = open(result_workbook(&sample(Points::default()), &info()).unwrap());
        let r = book.worksheet_range(SUMMARY).unwrap();
        let headers: Vec<Data> = (0..21).map(|c| cell(&r, 0, c)).collect();
        let want: Vec<Data> = [
            "单位", "类别", "Z1.1", "Z1.2", "Z1.3", "Z2.1", "Z2.2", "Z3.1", "Z3.2", "Z3.3", "Z4.1",
            "Z4.2", "D1", "D2.1", "D2.2", "D3.1", "D3.2", "D4", "总分", "排名", "",
        ]
        .iter()
        .map(|h| if h.is_empty() { Data::Empty } else { s(h) })
        .collect();
        assert_eq!(headers, want, "no 折算分 without a points option");
        assert_eq!(r.height(), 4);
        // 昆山开发区: Z1.1 = 2 − 0.5 = 1.5; Z3.2 = 15 − 0.5 − 0.5 = 14; total 98.5.
        assert_eq!(cell(&r, 1, 0), s("昆山开发区"));
        assert_eq!(cell(&r, 1, 1), s("区镇"));
        assert_eq!(cell(&r, 1, 2), Data::Float(1.5));
        assert_eq!(cell(&r, 1, 8), Data::Float(14.0));
        assert_eq!(cell(&r, 1, 18), Data::Float(98.5));
        assert_eq!(cell(&r, 1, 19), Data::Float(1.0));
        // The 区镇 row leaves the department columns empty.
        assert_eq!(cell(&r, 1, 12), Data::Empty);
        // 商务局: D1 = 15 − 2.5 = 12.5 in column M; the Z columns are empty.
        assert_eq!(cell(&r, 2, 1), s("A组"));
        assert_eq!(cell(&r, 2, 2), Data::Empty);
        assert_eq!(cell(&r, 2, 11), Data::Empty);
        assert_eq!(cell(&r, 2, 12), Data::Float(12.5));
        assert_eq!(cell(&r, 2, 18), Data::Float(97.5));
        // The B组 unit keeps its own name in the table.
        assert_eq!(cell(&r, 3, 0), s("B/组:单位"));
    }

    #[test]
    fn points_column_only_with_points() {
        let points = Points {
            town: Some(dec("5")),
            dept: None,
            method: PointsMethod::Linear,
        };
        let mut book = open(result_workbook(&sample(points), &info()).unwrap());
        let r = book.worksheet_range(SUMMARY).unwrap();
        assert_eq!(cell(&r, 0, 20), s("折算分"));
        // 98.5 × 5 / 100 = 4.925 → 4.93.
        assert_eq!(cell(&r, 1, 20), Data::Float(4.93));
        // No department weight: the department rows leave 折算分 empty.
        assert_eq!(cell(&r, 2, 20), Data::Empty);
        let n = book.worksheet_range(NOTES).unwrap();
        let texts: Vec<String> = n
            .rows()
            .flat_map(|r| r.iter().map(|c| c.to_string()))
            .collect();
        assert!(
            texts.iter().any(|t| t.starts_with("方法 linear")
                && t.contains("区镇权重 5")
                && t.ends_with("部门权重 无")),
            "{texts:?}"
        );
    }

    #[test]
    fn unit_sheet_rows() {
        let mut book = open(result_workbook(&sample(Points::default()), &info()).unwrap());
        let r = book.worksheet_range("昆山开发区").unwrap();
        // The title names the unit, its category and the year.
        assert_eq!(
            cell(&r, 0, 0),
            s("昆山开发区（区镇）2017年度服务企业发展考核得分")
        );
        let headers: Vec<Data> = (0..5).map(|c| cell(&r, 3, c)).collect();
        assert_eq!(
            headers,
            UNIT_HEADERS.iter().map(|h| s(h)).collect::<Vec<_>>()
        );
        // 10 clauses from row 4, then 总分 and 排名.
        assert_eq!(cell(&r, 4, 0), s("Z1.1 建立企业服务例会制度"));
        assert_eq!(cell(&r, 4, 1), Data::Float(2.0));
        assert_eq!(cell(&r, 4, 2), Data::Float(1.5));
        assert_eq!(cell(&r, 4, 3), Data::Float(0.5));
        assert_eq!(cell(&r, 4, 4), s("第2季度无计次例会【扣0.50】"));
        // Z3.2 (row 10): all three entries, the zero-amount one and the ids included.
        assert_eq!(cell(&r, 10, 0), s("Z3.2 企业服务热线"));
        assert_eq!(cell(&r, 10, 3), Data::Float(1.0));
        assert_eq!(
            cell(&r, 10, 4),
            s("共3条记录（扣分2条，不扣分1条）：\n1. GD-001：逾期3个工作日【扣0.50】\n2. GD-002：回访不满意【扣0.50】\n3. GD-003：免责，不扣分【不扣分】")
        );
        // A clause without entries has an empty 扣分说明.
        assert_eq!(cell(&r, 5, 4), Data::Empty);
        assert_eq!(cell(&r, 14, 0), s("总分"));
        assert_eq!(cell(&r, 14, 1), Data::Float(100.0));
        assert_eq!(cell(&r, 14, 2), Data::Float(98.5));
        assert_eq!(cell(&r, 14, 3), Data::Float(1.5));
        assert_eq!(cell(&r, 15, 0), s("排名"));
        assert_eq!(cell(&r, 15, 2), Data::Float(1.0));
        assert_eq!(cell(&r, 15, 4), s("第1名/共1个（区镇）"));
        // Then every entry: clause, amount, date, id, reason, arithmetic, place.
        assert_eq!(
            cell(&r, 17, 0),
            s("扣分记录：共4条（扣分3条，不扣分1条：免责、申诉、已扣至0、未计次等决定也列出）")
        );
        let h: Vec<Data> = (0..7).map(|c| cell(&r, 18, c)).collect();
        assert_eq!(h, ENTRY_HEADERS.iter().map(|h| s(h)).collect::<Vec<_>>());
        assert_eq!(cell(&r, 19, 0), s("Z1.1 建立企业服务例会制度"));
        assert_eq!(cell(&r, 19, 1), Data::Float(0.5));
        assert_eq!(cell(&r, 19, 3), Data::Empty, "no record id");
        let zero = 22;
        assert_eq!(cell(&r, zero, 0), s("Z3.2 企业服务热线"));
        assert_eq!(cell(&r, zero, 1), Data::Float(0.0));
        assert_eq!(cell(&r, zero, 2), s("2017-03-01"));
        assert_eq!(cell(&r, zero, 3), s("GD-003"));
        assert_eq!(cell(&r, zero, 4), s("免责，不扣分"));
        assert_eq!(cell(&r, zero, 5), s("10×(1−0)÷3 = 3.33"));
        assert_eq!(cell(&r, zero, 6), s("热线工单!17"));
        assert!(cell(&r, 24, 0).to_string().starts_with("说明："));
    }

    /// The XML of the `n`th sheet (1-based) of a workbook.
    fn sheet_xml(bytes: &[u8], n: usize) -> String {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut f = zip.by_name(&format!("xl/worksheets/sheet{n}.xml")).unwrap();
        let mut out = String::new();
        std::io::Read::read_to_string(&mut f, &mut out).unwrap();
        out
    }

    /// Row number (1-based) → saved height in points.
    fn row_heights(xml: &str) -> Vec<(u32, f64)> {
        let mut out = Vec::new();
        for part in xml.split("<row ").skip(1) {
            let tag = &part[..part.find('>').unwrap()];
            let attr = |name: &str| {
                tag.split(&format!(" {name}=\""))
                    .nth(1)
                    .or_else(|| tag.strip_prefix(&format!("{name}=\"")))
                    .map(|v| v[..v.find('"').unwrap()].to_string())
            };
            if let (Some(r), Some(ht)) = (attr("r"), attr("ht")) {
                out.push((r.parse().unwrap(), ht.parse().unwrap()));
            }
        }
        out
    }

    #[test]
    fn unit_sheet_prints_with_header_footer_and_row_heights() {
        let mut results = sample(Points::default());
        let long = "回访及二次转办结果均不满意，免责评判为不免责，单个部门处办（R5），每件扣5.00"
            .repeat(3);
        results.units[0].clauses[6].entries[1].reason = long.clone();
        let bytes = result_workbook(&results, &info()).unwrap();
        let xml = sheet_xml(&bytes, 4);
        assert!(
            xml.contains(
                "<oddHeader>&amp;L昆山开发区（区镇）&amp;R2017年度服务企业发展考核</oddHeader>"
            ),
            "{}",
            &xml[xml.find("<headerFooter").unwrap_or(0)..]
        );
        assert!(xml.contains("<oddFooter>&amp;C第&amp;P页，共&amp;N页</oddFooter>"));
        // At the scale that fits its columns (85 %), not fitted to the
        // page, so that its page breaks hold in LibreOffice; the entries'
        // headers repeated.
        assert!(
            xml.contains("<pageSetup paperSize=\"9\" scale=\"85\" orientation=\"landscape\""),
            "{xml}"
        );
        assert!(!xml.contains("fitToPage"));
        let book = sheet_part(&bytes, "xl/workbook.xml");
        assert!(
            book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"3\">昆山开发区!$19:$19</definedName>"),
            "{book}"
        );
        // The long reason (entry row 22, Excel row 22): 3 × 39 CJK-ish
        // characters in the 事由 column (46 wide): at least
        // ⌈width ÷ 45⌉ lines of 15 points.
        let heights = row_heights(&xml);
        let ht = heights.iter().find(|(r, _)| *r == 22).map(|(_, h)| *h);
        let lines = display_width(&long).div_ceil(45);
        assert!(lines >= 4, "{lines}");
        assert!(
            ht.unwrap_or(15.0) >= 15.0 * lines as f64,
            "{ht:?} for {lines} lines"
        );
        // 汇总, 扣分明细 and 说明 print with headers and footers too.
        for n in [1, 7, 9] {
            let x = sheet_xml(&bytes, n);
            assert!(x.contains("<oddFooter>&amp;C第&amp;P页"), "sheet {n}");
            assert!(
                x.contains("2017年度服务企业发展考核</oddHeader>"),
                "sheet {n}"
            );
        }
        // 汇总: one page wide, as many tall as needed, header row repeated.
        let x = sheet_xml(&bytes, 1);
        assert!(x.contains("fitToHeight=\"0\""), "{x}");
        assert!(!x.contains("fitToWidth=\"0\""));
        assert!(x.contains("<legacyDrawing"), "clause notes");
    }

    #[test]
    fn chart_sheet_has_one_bar_chart_per_category_every_unit_labelled() {
        let bytes = result_workbook(&sample(Points::default()), &info()).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
        let mut charts = Vec::new();
        for n in 1..=4 {
            let Ok(mut f) = zip.by_name(&format!("xl/charts/chart{n}.xml")) else {
                break;
            };
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut f, &mut xml).unwrap();
            charts.push(xml);
        }
        // 区镇, A组, B组: one unit each in the sample.
        assert_eq!(charts.len(), 3);
        for (xml, (row, label)) in charts.iter().zip([(2, "区镇"), (3, "A组"), (4, "B组")]) {
            assert!(xml.contains("<c:barDir val=\"bar\"/>"), "horizontal bars");
            // Names in 9 points beside bars of 16 px or more.
            assert!(xml.contains("<c:catAx>") && xml.contains("<a:defRPr sz=\"900\"/>"));
            assert!(xml.contains(&format!("<c:f>汇总!$A${row}</c:f>")), "{xml}");
            assert!(xml.contains(&format!("总分：{label}（1个单位）")));
        }
        assert_eq!(bar_height(1), 24);
        assert_eq!(bar_height(20), 24);
        assert_eq!(bar_height(40), 21);
        assert_eq!(bar_height(200), 16);
        // On their own pages of 图表 (sheet 3, after 汇总 and 公示).
        let x = sheet_xml(&bytes, 3);
        assert!(x.contains("<rowBreaks count=\"2\""), "{x}");
        assert!(x.contains("<oddFooter>&amp;C第&amp;P页"));
    }

    #[test]
    fn an_interim_run_says_so_where_totals_are_shown() {
        let mut results = sample(Points::default());
        results.as_of = NaiveDate::from_ymd_opt(2017, 6, 30).unwrap();
        results.interim = true;
        let label = "暂计（截至2017-06-30）";
        let bytes = result_workbook(&results, &info()).unwrap();
        let mut book = open(bytes.clone());
        // The unit sheet's title row, its 总分 row and its page header.
        let g = book.worksheet_range("昆山开发区").unwrap();
        let title = g.get_value((0, 0)).cloned().unwrap_or_default().to_string();
        assert_eq!(
            title,
            format!("昆山开发区（区镇）2017年度服务企业发展考核得分　{label}")
        );
        let total = g
            .rows()
            .find(|r| r[0] == Data::String("总分".into()))
            .unwrap();
        assert_eq!(total[4], Data::String(label.into()));
        assert!(sheet_xml(&bytes, 4).contains(&format!("昆山开发区（区镇）　{label}")));
        // 汇总's page header and 图表's title.
        assert!(sheet_xml(&bytes, 1).contains(&format!("汇总　{label}")));
        let chart = book.worksheet_range(CHART).unwrap();
        assert_eq!(
            chart.get_value((0, 0)),
            Some(&Data::String(format!(
                "2017年度服务企业发展考核总分　{label}"
            )))
        );
        // A year-end run says nothing of it.
        let bytes = result_workbook(&sample(Points::default()), &info()).unwrap();
        let mut book = open(bytes);
        let g = book.worksheet_range("昆山开发区").unwrap();
        assert!(!format!("{:?}", g.rows().collect::<Vec<_>>()).contains("暂计"));
    }

    #[test]
    fn page_header_escapes_an_ampersand_in_a_unit_name() {
        let mut results = sample(Points::default());
        results.units[1].name = "商务&投资局".to_string();
        let bytes = unit_workbook(&results, 1).unwrap();
        let xml = sheet_xml(&bytes, 1);
        // `&&` prints one `&`; a single `&` would start a code.
        assert!(
            xml.contains("<oddHeader>&amp;L商务&amp;&amp;投资局（A组）&amp;R2017年度服务企业发展考核</oddHeader>"),
            "{xml}"
        );
        let notes = sheet_xml(&bytes, 2);
        assert!(notes.contains("<oddHeader>&amp;L商务&amp;&amp;投资局：说明"));
    }

    #[test]
    fn clause_headers_carry_their_item_as_a_note() {
        let bytes = result_workbook(&sample(Points::default()), &info()).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
        let mut f = zip.by_name("xl/comments1.xml").unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut f, &mut xml).unwrap();
        for c in all_clauses() {
            let col = rust_xlsxwriter::utility::column_number_to_name(clause_column(c));
            assert!(xml.contains(&format!("ref=\"{col}1\"")), "{col}");
            assert!(xml.contains(c.item()), "{}", c.item());
        }
        assert!(xml.contains("Z1.1 建立企业服务例会制度（2分）"));
    }

    #[test]
    fn details_one_row_per_entry_with_amounts() {
        let mut book = open(result_workbook(&sample(Points::default()), &info()).unwrap());
        let r = book.worksheet_range(DETAILS).unwrap();
        let headers: Vec<Data> = (0..8).map(|c| cell(&r, 0, c)).collect();
        assert_eq!(
            headers,
            DETAIL_HEADERS.iter().map(|h| s(h)).collect::<Vec<_>>()
        );
        // 4 entries of 昆山开发区 (one of 0.00) + 1 of 商务局 + 0 of the B组 unit.
        assert_eq!(r.height(), 6);
        assert_eq!(
            (1..6).map(|row| cell(&r, row, 7)).collect::<Vec<_>>(),
            vec![
                Data::Float(0.5),
                Data::Float(0.5),
                Data::Float(0.5),
                Data::Float(0.0),
                Data::Float(2.5)
            ]
        );
        assert_eq!(cell(&r, 2, 0), s("昆山开发区"));
        assert_eq!(cell(&r, 2, 2), s("Z3.2"));
        assert_eq!(cell(&r, 2, 3), s("企业服务热线"));
        assert_eq!(cell(&r, 2, 5), s("热线工单!17"));
        assert_eq!(cell(&r, 2, 6), s("GD-001"));
        assert_eq!(cell(&r, 1, 6), Data::Empty, "no record id");
        assert_eq!(cell(&r, 5, 1), s("A组"));
        assert_eq!(cell(&r, 5, 4), s("信息报送5条，少1条"));
    }

    #[test]
    fn warnings_and_notes() {
        let mut book = open(result_workbook(&sample(Points::default()), &info()).unwrap());
        let w = book.worksheet_range(WARNINGS).unwrap();
        let header: Vec<Data> = (0..5).map(|c| cell(&w, 0, c)).collect();
        let expected: Vec<Data> = ["级别", "类型", "单位", "位置", "内容"]
            .into_iter()
            .map(s)
            .collect();
        assert_eq!(header, expected);
        assert_eq!(cell(&w, 1, 0), s("提示"));
        assert_eq!(cell(&w, 1, 1), s("不在年度内"));
        assert_eq!(cell(&w, 1, 2), s("昆山开发区"));
        assert_eq!(cell(&w, 1, 3), s("热线工单!9"));
        assert_eq!(cell(&w, 1, 4), s("转办日期不在2017年，不计分"));
        let n = book.worksheet_range(NOTES).unwrap();
        let rows: Vec<Vec<String>> = n
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        let find = |label: &str| rows.iter().find(|r| r[0] == label).cloned();
        assert_eq!(find("考核年度").unwrap()[1], "2017");
        assert_eq!(find("考核基准日").unwrap()[1], "2017-12-31");
        assert_eq!(find("台账文件").unwrap()[1], "台账2017.xlsx");
        assert_eq!(find("台账 SHA-256").unwrap()[1], "ab".repeat(32));
        assert_eq!(find("ksfk 版本").unwrap()[1], "0.1.0");
        assert_eq!(find("折算").unwrap()[1], "无");
        let hotline = find("热线工单").unwrap();
        assert_eq!(&hotline[1..3], ["12", "1"]);
        assert!(find("工作表").is_some());
        let r6 = find("R6").unwrap();
        assert_eq!(r6[1], "Z1.1");
        assert_eq!(r6[2], "没有议题或会议记录的例会不计次数。");
        assert!(find("K3").is_some());
        let header = rows.iter().position(|r| r[0] == "编号").unwrap();
        assert_eq!(rows[header][..4], ["编号", "适用", "解读", "理由"]);
        assert_eq!(rows.len() - header - 1, READINGS.len());
    }

    #[test]
    fn identical_bytes_on_every_run() {
        let results = sample(Points {
            town: Some(dec("5")),
            dept: Some(dec("3")),
            method: PointsMethod::Top,
        });
        let a = result_workbook(&results, &info()).unwrap();
        let b = result_workbook(&results, &info()).unwrap();
        assert!(a == b, "result workbook differs between runs");
        let a = unit_workbook(&results, 1).unwrap();
        let b = unit_workbook(&results, 1).unwrap();
        assert!(a == b, "unit workbook differs between runs");
    }

    #[test]
    fn unit_workbook_has_its_sheet_and_the_readings_it_cites() {
        let mut results = sample(Points::default());
        results.units[0].clauses[6].entries[1].reason = "回访不满意，扣0.50（R12）".into();
        results.units[0].clauses[6].entries[0].reason =
            "逾期3个工作日，按默认档次（R4）扣0.50".into();
        let mut book = open(unit_workbook(&results, 0).unwrap());
        assert_eq!(book.sheet_names(), vec!["昆山开发区", "说明"]);
        let r = book.worksheet_range("昆山开发区").unwrap();
        assert_eq!(cell(&r, 14, 2), Data::Float(98.5));
        // Its 4 entries, the zero-amount one included.
        let ids: Vec<Data> = (19..23).map(|row| cell(&r, row, 3)).collect();
        assert_eq!(
            ids,
            vec![Data::Empty, s("GD-001"), s("GD-002"), s("GD-003")]
        );
        let n = book.worksheet_range(NOTES).unwrap();
        let rows: Vec<Vec<String>> = n
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        let header = rows.iter().position(|r| r[0] == "编号").unwrap();
        let cited: Vec<&str> = rows[header + 1..].iter().map(|r| r[0].as_str()).collect();
        // R3 and K1 count the working days; R4 and R12 are named.
        assert_eq!(cited, ["R3", "R4", "R12", "K1"]);
        assert!(unit_workbook(&results, 3).is_err());
    }

    #[test]
    fn reading_ids_are_found_in_text() {
        assert_eq!(
            reading_ids("（R12；免责评判只适用于部门）R5、K3，RX2017，R，AR1"),
            ["R12", "R5", "K3"]
        );
    }

    #[test]
    fn unit_named_like_a_fixed_sheet_gets_a_suffix() {
        let mut results = sample(Points::default());
        results.units[2].name = "扣分明细".to_string();
        let book = open(result_workbook(&results, &info()).unwrap());
        assert_eq!(book.sheet_names()[5], "扣分明细(2)");
        assert_eq!(book.sheet_names()[6], "扣分明细");
        let book = open(unit_workbook(&results, 2).unwrap());
        assert_eq!(book.sheet_names(), vec!["扣分明细", "说明"]);
        results.units[2].name = "说明".to_string();
        let book = open(unit_workbook(&results, 2).unwrap());
        assert_eq!(book.sheet_names(), vec!["说明(2)", "说明"]);
    }

    #[test]
    fn empty_results_still_make_a_workbook() {
        let mut results = sample(Points::default());
        results.units.clear();
        results.warnings.clear();
        let mut book = open(result_workbook(&results, &info()).unwrap());
        assert_eq!(
            book.sheet_names(),
            vec!["汇总", "公示", "图表", "扣分明细", "警告", "说明"]
        );
        assert_eq!(book.worksheet_range(DETAILS).unwrap().height(), 1);
    }

    #[test]
    fn long_clause_summaries_are_cut_with_a_pointer_below() {
        let entries: Vec<AuditEntry> = (0..300)
            .map(|i| {
                entry(
                    0,
                    ClauseId::Z3_2,
                    &format!("工单{i:03}逾期一个工作日{}", "很长".repeat(100 * (i % 2))),
                    Some(&format!("RX{i:03}")),
                    "0.05",
                )
            })
            .collect();
        let c = ClauseResult {
            clause: ClauseId::Z3_2,
            score: Decimal::ZERO,
            entries,
            appeals: Default::default(),
        };
        let text = clause_summary(&c);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "共300条记录（扣分300条，不扣分0条）：");
        assert!(lines[1].starts_with("1. RX000：工单000"));
        assert!(lines[2].ends_with('…'), "{}", lines[2]);
        assert_eq!(lines.len(), SUMMARY_LINES + 2);
        assert_eq!(lines[SUMMARY_LINES + 1], "……另294条见下方扣分记录");
        // It fits in one cell: under Excel's 409 points.
        assert!(
            print::wrapped_lines(&text, 46.0 + 22.0 + 17.0) as f64 * print::LINE_HEIGHT < 409.0
        );
    }
    /// A part of a workbook by its path in the zip.
    fn sheet_part(bytes: &[u8], path: &str) -> String {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut f = zip.by_name(path).unwrap();
        let mut out = String::new();
        std::io::Read::read_to_string(&mut f, &mut out).unwrap();
        out
    }

    /// The attribute `name` of the first `<tag …>` in `xml`.
    fn attr(xml: &str, tag: &str, name: &str) -> Option<String> {
        let at = xml.find(&format!("<{tag} "))?;
        let rest = &xml[at..];
        let end = rest.find('>')?;
        let t = &rest[..end];
        let v = t.split(&format!(" {name}=\"")).nth(1)?;
        Some(v[..v.find('"')?].to_string())
    }

    /// Every column's saved width (from `<col>`), by column.
    fn col_widths(xml: &str) -> Vec<f64> {
        let mut out = Vec::new();
        for part in xml.split("<col ").skip(1) {
            let tag = &part[..part.find('>').unwrap()];
            let get = |n: &str| {
                let v = tag.split(&format!("{n}=\"")).nth(1).unwrap();
                v[..v.find('"').unwrap()].to_string()
            };
            let (min, max): (usize, usize) =
                (get("min").parse().unwrap(), get("max").parse().unwrap());
            let w: f64 = get("width").parse().unwrap();
            for _ in min..=max {
                // The width as set (rust_xlsxwriter saves it padded).
                out.push(w - 0.7109375);
            }
        }
        out
    }

    /// Checks a sheet prints as OUTPUT.md (Printing) asks: A4, a page
    /// header naming `words`, 第N页，共M页, and text never below 9 points:
    /// the scale it prints at (set, or the one that fits its columns one
    /// page wide) is 82 % or more, and no font is under 9 points.
    pub(crate) fn prints_on_a4(bytes: &[u8], n: usize, words: &[&str]) {
        let xml = sheet_xml(bytes, n);
        assert_eq!(
            attr(&xml, "pageSetup", "paperSize").as_deref(),
            Some("9"),
            "sheet {n}"
        );
        let landscape = attr(&xml, "pageSetup", "orientation").as_deref() == Some("landscape");
        let scale: u16 = if xml.contains("fitToPage=\"1\"") {
            assert_eq!(
                attr(&xml, "pageSetup", "fitToHeight").as_deref(),
                Some("0"),
                "sheet {n}"
            );
            print::fit_scale(&col_widths(&xml), landscape)
        } else {
            let set = attr(&xml, "pageSetup", "scale").map_or(100, |s| s.parse().unwrap());
            assert!(
                set <= print::fit_scale(&col_widths(&xml), landscape),
                "sheet {n}: {set}"
            );
            set
        };
        assert!(scale >= print::MIN_SCALE, "sheet {n} prints at {scale} %");
        let hf = &xml[xml
            .find("<headerFooter>")
            .unwrap_or_else(|| panic!("sheet {n}: no header"))..];
        for w in words {
            assert!(
                hf.contains(&w.replace('&', "&amp;&amp;")),
                "sheet {n}: {w} not in {hf}"
            );
        }
        assert!(hf.contains("第&amp;P页，共&amp;N页"), "sheet {n}: {hf}");
        let styles = sheet_part(bytes, "xl/styles.xml");
        let fonts = &styles[styles.find("<fonts").unwrap()..styles.find("</fonts>").unwrap()];
        for part in fonts.split("<sz val=\"").skip(1) {
            let sz: f64 = part[..part.find('"').unwrap()].parse().unwrap();
            // Tahoma 8 is the notes' font, which does not print.
            assert!(sz >= 9.0 || part.contains("Tahoma"), "font of {sz} points");
        }
    }

    #[test]
    fn every_sheet_prints_on_a4_with_its_header_footer_and_nothing_below_9_points() {
        let points = Points {
            town: Some(dec("5")),
            dept: Some(dec("3")),
            method: PointsMethod::Linear,
        };
        let mut results = sample(points);
        // A long name and an appeal: the widest 汇总 and 说明.
        results.units[1].name = "商务局（招商服务中心）商务局（招商服务中心）".into();
        let bytes = result_workbook(&results, &info()).unwrap();
        let names = open(bytes.clone()).sheet_names();
        for (n, name) in (1..).zip(&names) {
            let words: Vec<&str> = match name.as_str() {
                "公示" => vec!["2017"],
                "图表" => vec!["总分图表", "2017"],
                "汇总" | "扣分明细" | "警告" | "说明" => vec![name.as_str(), "2017"],
                _ => vec!["2017"],
            };
            prints_on_a4(&bytes, n, &words);
        }
        // 汇总, 扣分明细 and 警告 keep their headers in row 1: the title is
        // in the page header, in bold, on every page.
        for (n, title) in [
            (1, "2017年度服务企业发展考核得分汇总"),
            (7, "2017年度服务企业发展考核扣分明细"),
            (8, "2017年度服务企业发展考核：警告与提示"),
        ] {
            let x = sheet_xml(&bytes, n);
            assert!(
                x.contains(&format!("&amp;C&amp;14&amp;\"-,Bold\"{title}&amp;R")),
                "{x}"
            );
        }
        let book = sheet_part(&bytes, "xl/workbook.xml");
        for (i, name) in [(0, "汇总"), (6, "扣分明细"), (7, "警告")] {
            assert!(
                book.contains(&format!("localSheetId=\"{i}\">{name}!$1:$1</definedName>")),
                "{name}: {book}"
            );
        }
        // 说明: the Readings' headers, the last table's, on every page.
        let n = open(bytes.clone())
            .worksheet_range(NOTES)
            .unwrap()
            .rows()
            .position(|r| r[0] == Data::String("编号".into()))
            .unwrap()
            + 1;
        assert!(
            book.contains(&format!("localSheetId=\"8\">说明!${n}:${n}</definedName>")),
            "{book}"
        );
        // 扣分说明 after the 扣分 figure: left-aligned and indented.
        assert!(sheet_part(&bytes, "xl/styles.xml").contains(
            "<alignment horizontal=\"left\" vertical=\"top\" indent=\"1\" wrapText=\"1\"/>"
        ));
        // The per-unit workbook too.
        let unit = unit_workbook(&results, 1).unwrap();
        prints_on_a4(&unit, 1, &["2017", "（A组）"]);
        prints_on_a4(&unit, 2, &["2017", "：说明"]);
    }

    #[test]
    fn summary_prints_a_legend_of_the_clause_items() {
        let bytes = result_workbook(&sample(Points::default()), &info()).unwrap();
        let drawing = sheet_part(&bytes, "xl/drawings/drawing1.xml");
        for c in all_clauses() {
            assert!(drawing.contains(&clause_label(c)), "{}", c.id());
        }
        assert!(drawing.contains("Z1.1 建立企业服务例会制度（2分）"));
        // Under the table: 3 units from row 1, a blank row, the legend in row 5.
        assert!(
            drawing.contains(
                "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row>"
            ),
            "{drawing}"
        );
        // The table itself has no more rows than units.
        let mut book = open(bytes);
        assert_eq!(book.worksheet_range(SUMMARY).unwrap().height(), 4);
    }

    #[test]
    fn unit_sheet_breaks_keep_the_entries_head_and_the_key_with_an_entry() {
        // Rows: title … the section (row 10), headers (11), entries 12..=30
        // of 30 points, a blank row and a key of 33 points.
        let mut heights = vec![15.0; 10];
        heights.extend([18.0, 15.0]);
        heights.extend([30.0; 19]);
        heights.extend([15.0, 33.0]);
        // Pages of 500 points: the entries run on; nothing to break.
        let b = unit_sheet_breaks(&heights, 1000.0, 10, 11, 30);
        assert!(b.is_empty(), "{b:?}");
        // Pages of 180: the section would start 150 points down with room
        // for its title and headers only: it starts a page.
        let b = unit_sheet_breaks(&heights, 180.0, 10, 11, 30);
        assert_eq!(b.first(), Some(&10));
        // The key alone on the last page: the last entry goes with it.
        let used = print::paginate(&heights, 183.0, &[10], Some(11));
        assert!(used[32] == 0.0 || used[32] + 33.0 > 183.0 - 30.0);
        let b = unit_sheet_breaks(&heights, 183.0, 10, 11, 30);
        assert_eq!(b, vec![10, 30], "{used:?}");
    }
}
