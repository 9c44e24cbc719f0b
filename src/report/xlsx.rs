//! The result workbook (OUTPUT.md): `汇总` with its chart, one sheet per
//! unit, `扣分明细`, `警告`, `说明`; and the per-unit workbook of
//! `--per-unit`, built from the same sheet writers.
//!
//! Only values are written, never formulas (a formula's cached value would
//! read as 0 in LibreOffice and calamine). Scores and amounts are numbers
//! with the format `0.00`.

use super::book::{new_workbook, sheet_names, Formats, Sheet};
use super::RunInfo;
use crate::model::{Category, Warning};
use crate::rules::readings::READINGS;
use crate::rules::{ClauseId, ClauseResult};
use crate::score::{PointsMethod, Results, UnitResult};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartAxisCrossing, ChartDataLabel, ChartDataLabelPosition, ChartType, ColNum, Color,
    RowNum, Worksheet, XlsxError,
};

pub const SUMMARY: &str = "汇总";
pub const DETAILS: &str = "扣分明细";
pub const WARNINGS: &str = "警告";
pub const NOTES: &str = "说明";

/// The fixed sheets a unit's sheet name must not clash with.
const FIXED_SHEETS: [&str; 5] = [SUMMARY, super::public::PUBLIC, DETAILS, WARNINGS, NOTES];

/// Headers of a unit's score sheet.
pub const UNIT_HEADERS: [&str; 5] = ["考核项目", "分值", "得分", "扣分", "扣分说明"];

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

/// The 扣分说明 of a clause is cut after this many characters; the full
/// list is in 扣分明细.
const REASONS_LIMIT: usize = 2_000;

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
    let names = sheet_names(results.units.iter().map(|u| u.name.as_str()), &FIXED_SHEETS);
    for (index, name) in names.iter().enumerate() {
        write_unit_sheet(wb.add_worksheet().set_name(name)?, results, index, &fmt)?;
    }
    write_details(
        wb.add_worksheet().set_name(DETAILS)?,
        results.units.iter(),
        &fmt,
    )?;
    write_warnings(
        wb.add_worksheet().set_name(WARNINGS)?,
        &results.warnings,
        &fmt,
    )?;
    write_notes(wb.add_worksheet().set_name(NOTES)?, results, info, &fmt)?;
    wb.save_to_buffer()
}

/// The workbook of one unit for `--per-unit`: its score sheet (as in the
/// result workbook) and a `扣分明细` of its own entries. `index` is the
/// unit's place in `results.units`.
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
    let name = sheet_names([unit.name.as_str()], &[DETAILS])
        .pop()
        .unwrap_or_else(|| "单位".to_string());
    write_unit_sheet(wb.add_worksheet().set_name(name)?, results, index, &fmt)?;
    write_details(
        wb.add_worksheet().set_name(DETAILS)?,
        std::iter::once(unit),
        &fmt,
    )?;
    wb.save_to_buffer()
}

/// 汇总: one row per unit in results order, and the bar chart of 总分.
fn write_summary(ws: &mut Worksheet, results: &Results, fmt: &Formats) -> Result<(), XlsxError> {
    let with_points = results.points.any();
    let headers = summary_headers(with_points);
    let total_col = 2 + all_clauses().count() as ColNum;
    let rank_col = total_col + 1;
    let points_col = rank_col + 1;

    let mut s = Sheet::new(ws, fmt);
    s.header(0, &headers)?;
    for (row, u) in (1..).zip(&results.units) {
        s.text(row, 0, &u.name)?;
        s.text(row, 1, u.category.label())?;
        for c in &u.clauses {
            s.num(row, clause_column(c.clause), c.score)?;
        }
        s.num(row, total_col, u.total)?;
        s.int(row, rank_col, u64::from(u.rank))?;
        if let (true, Some(p)) = (with_points, u.points) {
            s.num(row, points_col, p)?;
        }
    }
    // Clause columns hold at most 100.00 under a 4-character id: give them
    // one width so the table reads as a grid.
    for c in all_clauses() {
        s.reserve(clause_column(c), 6);
    }
    s.ws.set_freeze_panes(1, 2)?;

    let n = results.units.len() as RowNum;
    if n > 0 {
        let chart_col = headers.len() as ColNum + 1;
        let colors: Vec<Color> = results
            .units
            .iter()
            .map(|u| category_color(u.category))
            .collect();
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_name("总分")
            .set_categories((SUMMARY, 1, 0, n, 0))
            .set_values((SUMMARY, 1, total_col, n, total_col))
            .set_point_colors(&colors)
            .set_gap(40)
            .set_data_label(
                ChartDataLabel::new()
                    .show_value()
                    .set_num_format("0.00")
                    .set_position(ChartDataLabelPosition::InsideEnd),
            );
        chart.title().set_name("总分（蓝：区镇　橙：A组　绿：B组）");
        // In a bar chart the y axis is the (vertical) category axis: first
        // unit at the top, and the value axis kept at the bottom by
        // crossing at the last category.
        chart
            .y_axis()
            .set_reverse()
            .set_crossing(ChartAxisCrossing::Max);
        chart.x_axis().set_min(0).set_max(100).set_num_format("0");
        chart.legend().set_hidden();
        // About 20 px per bar (one row), plus the title and axis.
        chart.set_width(720).set_height((20 * n + 110).max(320));
        s.ws.insert_chart(1, chart_col, &chart)?;
    }
    s.finish(8, 40, &[])?;
    // The summary and its chart on one page.
    ws.set_print_fit_to_pages(1, 1);
    Ok(())
}

/// The 扣分说明 of a clause: the reasons of its non-zero entries, joined by
/// `；`, cut after [`REASONS_LIMIT`] characters.
fn reasons(c: &ClauseResult) -> String {
    let mut out = String::new();
    let mut chars = 0;
    let nonzero = c.entries.iter().filter(|e| !e.amount.is_zero());
    let count = nonzero.clone().count();
    for (i, e) in nonzero.enumerate() {
        if chars >= REASONS_LIMIT {
            out.push_str(&format!("……（共{count}条，详见扣分明细）"));
            break;
        }
        if i > 0 {
            out.push('；');
        }
        out.push_str(&e.reason);
        chars += e.reason.chars().count() + 1;
    }
    out
}

/// A unit's score sheet: one row per clause, then 总分, 排名 (and 折算分).
/// The caller checks `index`.
fn write_unit_sheet(
    ws: &mut Worksheet,
    results: &Results,
    index: usize,
    fmt: &Formats,
) -> Result<(), XlsxError> {
    let Some(u) = results.units.get(index) else {
        return Ok(());
    };
    let mut s = Sheet::new(ws, fmt);
    s.header(0, &UNIT_HEADERS)?;
    let mut row: RowNum = 1;
    let mut marks_total = Decimal::ZERO;
    for c in &u.clauses {
        let marks = c.clause.marks();
        marks_total += marks;
        s.text(row, 0, &format!("{} {}", c.clause.id(), c.clause.item()))?;
        s.num(row, 1, marks)?;
        s.num(row, 2, c.score)?;
        s.num(row, 3, marks - c.score)?;
        let why = reasons(c);
        if !why.is_empty() {
            s.text_with(row, 4, &why, &fmt.wrap)?;
        }
        row += 1;
    }
    s.text_with(row, 0, "总分", &fmt.bold)?;
    s.num_with(row, 1, marks_total, &fmt.bold_num)?;
    s.num_with(row, 2, u.total, &fmt.bold_num)?;
    s.num_with(row, 3, marks_total - u.total, &fmt.bold_num)?;
    if let Some(label) = results.interim_label() {
        s.text_with(row, 4, &label, &fmt.bold)?;
    }
    row += 1;
    s.text_with(row, 0, "排名", &fmt.bold)?;
    s.int(row, 2, u64::from(u.rank))?;
    s.text(row, 4, &rank_text(results, u))?;
    if let Some(p) = u.points {
        row += 1;
        s.text_with(row, 0, "折算分", &fmt.bold)?;
        s.num(row, 2, p)?;
        s.text(row, 4, &points_text(results))?;
    }
    s.ws.set_freeze_panes(1, 0)?;
    s.finish(8, 40, &[(4, 80)])
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
/// zero-amount entries included.
fn write_details<'r>(
    ws: &mut Worksheet,
    units: impl Iterator<Item = &'r UnitResult>,
    fmt: &Formats,
) -> Result<(), XlsxError> {
    let mut s = Sheet::new(ws, fmt);
    s.header(0, &DETAIL_HEADERS)?;
    let mut row: RowNum = 1;
    for u in units {
        let category = u.category.label();
        for c in &u.clauses {
            for e in &c.entries {
                s.text(row, 0, &u.name)?;
                s.text(row, 1, category)?;
                s.text(row, 2, e.clause.id())?;
                s.text(row, 3, e.clause.item())?;
                s.text(row, 4, &e.reason)?;
                s.text(row, 5, &e.source)?;
                if let Some(r) = &e.record {
                    s.text(row, 6, r)?;
                }
                s.num(row, 7, e.amount)?;
                row += 1;
            }
        }
    }
    s.ws.set_freeze_panes(1, 0)?;
    s.ws.autofilter(0, 0, row - 1, DETAIL_HEADERS.len() as ColNum - 1)?;
    s.finish(6, 60, &[])
}

/// 警告: every warning of the run with its place.
fn write_warnings(
    ws: &mut Worksheet,
    warnings: &[Warning],
    fmt: &Formats,
) -> Result<(), XlsxError> {
    let mut s = Sheet::new(ws, fmt);
    s.header(0, &WARNING_HEADERS)?;
    // `warnings` holds at most `Findings::CAP` rows of a kind, then one row
    // saying how many more: far below Excel's 1,048,576 rows.
    let mut row: RowNum = 0;
    for w in warnings {
        row += 1;
        s.text(row, 0, w.level.label())?;
        s.text(row, 1, w.kind)?;
        if let Some(u) = &w.unit {
            s.text(row, 2, u)?;
        }
        if !w.place.is_empty() {
            s.text(row, 3, &w.place)?;
        }
        s.text(row, 4, &w.message)?;
    }
    s.ws.set_freeze_panes(1, 0)?;
    s.ws.autofilter(0, 0, row.max(1), WARNING_HEADERS.len() as ColNum - 1)?;
    s.finish(8, 100, &[(0, 6), (1, 14), (2, 22), (3, 16)])
}

/// 说明's 考核性质: a year-end run, or an interim one and what it means.
fn interim_text(results: &Results) -> String {
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
    s.header(0, &["项目", "内容"])?;
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
        ("考核性质".to_string(), interim_text(results)),
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
    let mut row: RowNum = 1;
    for (label, value) in &facts {
        s.text_with(row, 0, label, &fmt.bold)?;
        // Column B is capped: the SHA-256 overflows into the empty cells beside.
        s.text(row, 1, value)?;
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
    for c in &info.counts {
        if several {
            s.text(row, 0, c.file.unwrap_or_default())?;
        }
        s.text(row, at, c.sheet)?;
        s.int(row, at + 1, c.rows as u64)?;
        s.int(row, at + 2, c.left_out as u64)?;
        row += 1;
    }

    row += 1;
    row = super::appeals::write_appeal_table(&mut s, row, results)? + 1;
    s.header(row, &["编号", "适用", "解读", "理由"])?;
    row += 1;
    for r in READINGS {
        s.text(row, 0, r.id)?;
        s.text(row, 1, r.place)?;
        s.text_with(row, 2, r.choice, &fmt.wrap)?;
        s.text_with(row, 3, r.reason, &fmt.wrap)?;
        row += 1;
    }
    s.ws.set_freeze_panes(1, 0)?;
    s.finish(8, 30, &[(2, 60), (3, 50)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures::{entry, info, sample};
    use crate::rules::{dec, AuditEntry};
    use crate::score::Points;
    use calamine::{Data, Reader, SheetVisible, Xlsx};
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
        let headers: Vec<Data> = (0..5).map(|c| cell(&r, 0, c)).collect();
        assert_eq!(
            headers,
            UNIT_HEADERS.iter().map(|h| s(h)).collect::<Vec<_>>()
        );
        // 10 clauses + 总分 + 排名 below the header.
        assert_eq!(r.height(), 13);
        assert_eq!(cell(&r, 1, 0), s("Z1.1 建立企业服务例会制度"));
        assert_eq!(cell(&r, 1, 1), Data::Float(2.0));
        assert_eq!(cell(&r, 1, 2), Data::Float(1.5));
        assert_eq!(cell(&r, 1, 3), Data::Float(0.5));
        assert_eq!(cell(&r, 1, 4), s("第2季度无计次例会"));
        // Z3.2 is row 8: the zero-amount note is not in 扣分说明.
        assert_eq!(cell(&r, 7, 0), s("Z3.2 企业服务热线"));
        assert_eq!(cell(&r, 7, 3), Data::Float(1.0));
        assert_eq!(cell(&r, 7, 4), s("逾期3个工作日；回访不满意"));
        // A clause without deductions has an empty 扣分说明.
        assert_eq!(cell(&r, 2, 4), Data::Empty);
        assert_eq!(cell(&r, 11, 0), s("总分"));
        assert_eq!(cell(&r, 11, 1), Data::Float(100.0));
        assert_eq!(cell(&r, 11, 2), Data::Float(98.5));
        assert_eq!(cell(&r, 11, 3), Data::Float(1.5));
        assert_eq!(cell(&r, 12, 0), s("排名"));
        assert_eq!(cell(&r, 12, 2), Data::Float(1.0));
        assert_eq!(cell(&r, 12, 4), s("第1名/共1个（区镇）"));
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
    fn unit_workbook_has_its_sheet_and_own_entries() {
        let results = sample(Points::default());
        let mut book = open(unit_workbook(&results, 0).unwrap());
        assert_eq!(book.sheet_names(), vec!["昆山开发区", "扣分明细"]);
        let r = book.worksheet_range("昆山开发区").unwrap();
        assert_eq!(cell(&r, 11, 2), Data::Float(98.5));
        let d = book.worksheet_range(DETAILS).unwrap();
        // Only its 4 entries, none of 商务局.
        assert_eq!(d.height(), 5);
        assert!((1..5).all(|row| cell(&d, row, 0) == s("昆山开发区")));
        assert!(unit_workbook(&results, 3).is_err());
    }

    #[test]
    fn unit_named_like_a_fixed_sheet_gets_a_suffix() {
        let mut results = sample(Points::default());
        results.units[2].name = "扣分明细".to_string();
        let book = open(result_workbook(&results, &info()).unwrap());
        assert_eq!(book.sheet_names()[4], "扣分明细(2)");
        assert_eq!(book.sheet_names()[5], "扣分明细");
        let book = open(unit_workbook(&results, 2).unwrap());
        assert_eq!(book.sheet_names(), vec!["扣分明细(2)", "扣分明细"]);
    }

    #[test]
    fn empty_results_still_make_a_workbook() {
        let mut results = sample(Points::default());
        results.units.clear();
        results.warnings.clear();
        let mut book = open(result_workbook(&results, &info()).unwrap());
        assert_eq!(
            book.sheet_names(),
            vec!["汇总", "公示", "扣分明细", "警告", "说明"]
        );
        assert_eq!(book.worksheet_range(DETAILS).unwrap().height(), 1);
    }

    #[test]
    fn long_reasons_are_cut_with_a_pointer_to_details() {
        let entries: Vec<AuditEntry> = (0..300)
            .map(|i| {
                entry(
                    0,
                    ClauseId::Z3_2,
                    &format!("工单{i:03}逾期一个工作日"),
                    None,
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
        let text = reasons(&c);
        assert!(
            text.ends_with("……（共300条，详见扣分明细）"),
            "{}",
            &text[text.len() - 60..]
        );
        assert!(text.chars().count() < REASONS_LIMIT + 100);
    }
}
