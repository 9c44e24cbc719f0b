//! The result workbook (docs/outputs.md): `汇总` with its chart, one sheet per
//! unit, `扣分明细`, `警告`, `说明`; and the per-unit workbook of
//! `--per-unit`, built from the same sheet writers.
//!
//! Only values are written, never formulas (a formula's cached value would
//! read as 0 in LibreOffice and calamine). Scores and amounts are numbers
//! with the format `0.00`.

use super::book::{new_workbook, sheet_names, Formats};

use super::RunInfo;

use crate::model::Category;

use crate::rules::ClauseId;

use crate::score::{PointsMethod, Results, UnitResult};

use rust_decimal::Decimal;

use rust_xlsxwriter::{ColNum, XlsxError};

pub const SUMMARY: &str = "汇总";

pub const DETAILS: &str = "扣分明细";

pub const WARNINGS: &str = "警告";

pub const NOTES: &str = "说明";

pub const CHART: &str = "图表";

/// The fixed sheets a unit's sheet name must not clash with.
pub(super) const FIXED_SHEETS: [&str; 6] = [
    SUMMARY,
    super::public::PUBLIC,
    CHART,
    DETAILS,
    WARNINGS,
    NOTES,
];

/// Every clause in 汇总 column order: the ten 区镇 clauses, then the six
/// department clauses.
pub(super) fn all_clauses() -> impl Iterator<Item = ClauseId> {
    ClauseId::TOWN.iter().chain(ClauseId::DEPT.iter()).copied()
}

/// The 汇总 column of a clause (A = 0).
pub(super) fn clause_column(clause: ClauseId) -> ColNum {
    let i = all_clauses().position(|c| c == clause).unwrap_or(0);
    2 + i as ColNum
}

/// How many units share a category (the M of 第N名/共M个).
/// The units of one category: `results.units` is in 汇总 order (区镇, A组,
/// B组), so two binary searches find them (counting them for each unit's
/// sheet made a large roster quadratic).
pub(super) fn category_size(results: &Results, category: Category) -> usize {
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
pub(super) fn interim_text(results: &Results) -> String {
    results
        .interim_label()
        .map(|l| format!("　{l}"))
        .unwrap_or_default()
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

pub(super) use super::chart::*;
pub(super) use super::details::*;
pub(super) use super::notes::*;
pub(super) use super::summary::*;
pub(super) use super::unit_sheet::*;
pub(super) use super::warnings::*;

#[cfg(test)]
mod tests {
    use super::super::book::display_width;
    use super::super::{chart::*, details::*, notes::*, print, summary::*, unit_sheet::*};
    use super::*;
    use crate::report::fixtures::{entry, info, sample};
    use crate::rules::readings::READINGS;
    use crate::rules::ClauseResult;
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
            town: Some(dec!(5)),
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
            town: Some(dec!(5)),
            dept: Some(dec!(3)),
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
            town: Some(dec!(5)),
            dept: Some(dec!(3)),
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
