//! 图表: one bar chart of totals per category, each unit named.

use super::print;
use super::xlsx::*;
use crate::model::Category;
use crate::score::Results;
use rust_xlsxwriter::{
    Chart, ChartAxisCrossing, ChartDataLabel, ChartDataLabelPosition, ChartFont, ChartSolidFill,
    ChartType, ColNum, Color, Format, RowNum, Worksheet, XlsxError,
};

/// Width of each chart on 图表, in pixels.
pub(super) const CHART_WIDTH: u32 = 500;

/// Bar colours of the chart, by category.
pub(super) fn category_color(category: Category) -> Color {
    match category {
        Category::Town => Color::RGB(0x4472C4),
        Category::GroupA => Color::RGB(0xED7D31),
        Category::GroupB => Color::RGB(0x70AD47),
    }
}

/// The rows of 汇总 (1-based, as the table has its header in row 0) that
/// hold each category's units: runs of one category, in results order.
pub(super) fn category_runs(results: &Results) -> Vec<(Category, RowNum, RowNum)> {
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
pub(super) fn bar_height(n: u32) -> u32 {
    (860 / n.max(1)).clamp(16, 24)
}

/// 图表: one horizontal bar chart of 总分 per category, every unit
/// labelled, each chart on its own A4 portrait page.
pub(super) fn write_chart(ws: &mut Worksheet, results: &Results) -> Result<(), XlsxError> {
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
