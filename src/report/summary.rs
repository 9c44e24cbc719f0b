//! 汇总: one row per unit (区镇, then A组, B组) with each clause's score, the
//! total, the rank in its category and the points; a legend of the items
//! under the table, since cell notes do not print.

use super::book::{Formats, Sheet};
use super::print;
use super::xlsx::*;
use crate::rules::ClauseId;
use crate::score::Results;
use rust_xlsxwriter::{
    ColNum, Format, FormatAlign, FormatBorder, Note, RowNum, Shape, ShapeFont, ShapeText,
    ShapeTextVerticalAlignment, Worksheet, XlsxError,
};

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

/// 汇总: one row per unit in results order; every clause header carries
/// its item's name as a note. Prints one page wide over as many pages as
/// needed, the header row repeated.
pub(super) fn write_summary(
    ws: &mut Worksheet,
    results: &Results,
    fmt: &Formats,
) -> Result<(), XlsxError> {
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
pub(super) const SUMMARY_NAME_WIDTH: f64 = 16.0;

/// Width of each clause column of 汇总 (`30.00` at most, under `Z1.1`):
/// with the others, 118 characters, one A4 landscape page wide at 84 %.
pub(super) const SUMMARY_CLAUSE_WIDTH: f64 = 5.0;

/// `Z1.1 建立企业服务例会制度（2分）`: a clause as 汇总's legend names it.
pub(super) fn clause_label(c: ClauseId) -> String {
    format!("{} {}（{}分）", c.id(), c.item(), c.marks().normalize())
}

/// The legend of 汇总, printed under the table from `row`: what each
/// clause id stands for, 区镇 and departments side by side. Two text
/// boxes, so that no cell is added to the table other programs read.
pub(super) fn summary_legend(ws: &mut Worksheet, row: RowNum) -> Result<(), XlsxError> {
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
pub(super) const LEGEND_WIDTH: u32 = 420;

/// Height of a line of 汇总's legend, in pixels.
pub(super) const LEGEND_LINE: u32 = 18;
