//! `公示`: the results as the center publishes them (docs/outputs.md, the result
//! workbook, sheet 2). A title with the year (and `（暂计，截至D）` in an
//! interim run), then one ranked block per category — 区镇, A组, B组 —
//! with 名次, 单位, 总分 and, when a points option was given, 折算分. A4
//! portrait, one page wide, page numbers in the footer.

use super::book::{display_width, Formats, Sheet};
use super::print;
use crate::model::Category;
use crate::score::{Results, UnitResult};
use rust_xlsxwriter::{ColNum, Format, FormatAlign, RowNum, Worksheet, XlsxError};

pub const PUBLIC: &str = "公示";

/// `昆山市2017年度服务企业发展考核结果`, with `（暂计，截至2017-06-30）` in
/// an interim run.
pub fn title(results: &Results) -> String {
    title_for(results.year, results.interim.then_some(results.as_of))
}

/// The title for `year`; `interim_at` is the as-of date of an interim run.
pub fn title_for(year: i32, interim_at: Option<chrono::NaiveDate>) -> String {
    let mut t = format!("昆山市{year}年度服务企业发展考核结果");
    if let Some(d) = interim_at {
        t.push_str(&format!("（暂计，截至{}）", d.format("%Y-%m-%d")));
    }
    t
}

/// The units of a category ranked as published: by 名次, ties in 汇总
/// (roster) order.
pub fn ranked(results: &Results, category: Category) -> Vec<&UnitResult> {
    let mut units: Vec<&UnitResult> = results
        .units
        .iter()
        .filter(|u| u.category == category)
        .collect();
    // A stable sort keeps roster order within a tie.
    units.sort_by_key(|u| u.rank);
    units
}

/// The headers of a block.
pub fn headers(with_points: bool) -> Vec<&'static str> {
    let mut h = vec!["名次", "单位", "总分"];
    if with_points {
        h.push("折算分");
    }
    h
}

/// The line after the last block, for the dates of the posting.
pub const PERIOD: &str = "公示期：    年  月  日至    年  月  日";

/// The signature, right-aligned under the period, with a date line below
/// it for the stamp.
pub const SIGNATURE: &str = "昆山市企业发展服务中心";

/// The date line under the signature, left blank for the stamp.
pub const STAMP_DATE: &str = "年    月    日";

/// Row heights of 公示, in points (whole pixels, as saved: 0.75 point
/// each): every row has one, so that the page breaks computed here fall
/// where every program puts them.
const TITLE_HEIGHT: f64 = 30.0;
const LABEL_HEIGHT: f64 = 21.0;
const HEADER_HEIGHT: f64 = 21.0;
const UNIT_HEIGHT: f64 = 21.0;
const GAP_HEIGHT: f64 = 12.0;
const LINE_HEIGHT: f64 = 24.0;

/// The rows of the ending: a gap, 公示期, two gaps, the signature and its
/// date line.
const ENDING: [f64; 6] = [
    GAP_HEIGHT,
    LINE_HEIGHT,
    GAP_HEIGHT,
    GAP_HEIGHT,
    LINE_HEIGHT,
    LINE_HEIGHT,
];

/// A block's rows ahead of its units: its label and its header row.
const BLOCK_HEAD: f64 = LABEL_HEIGHT + HEADER_HEIGHT;

/// Where 公示's rows go on pages `capacity` points tall: the rows before
/// which a page break goes, so that a category that fits on one page is
/// not split, and where a category does not fit, the rows that start
/// each continued page (which repeat the label and headers).
#[derive(Debug, Default, PartialEq)]
pub struct Layout {
    /// Rows (0-based) that begin a new page.
    pub breaks: Vec<RowNum>,
    /// Per category, the unit indices after which a page begins (the
    /// block's label and headers are repeated there).
    pub continued: Vec<Vec<usize>>,
}

/// Lays out blocks of `sizes` units each (categories in order) on pages
/// of `capacity` points, the title first and the ending last.
pub fn layout(sizes: &[usize], capacity: f64) -> Layout {
    let mut out = Layout::default();
    let mut used = TITLE_HEIGHT + GAP_HEIGHT;
    let mut row: RowNum = 2;
    let ending: f64 = ENDING.iter().sum();
    for (i, &n) in sizes.iter().enumerate() {
        let last = i + 1 == sizes.len();
        let block = BLOCK_HEAD + n as f64 * UNIT_HEIGHT + if last { ending } else { 0.0 };
        let mut cont = Vec::new();
        if used + block > capacity && used > 0.0 {
            // Fits on a page of its own: it starts one. Too long for any
            // page: it starts here when a few of its rows fit below.
            let few = BLOCK_HEAD + 3.0 * UNIT_HEIGHT;
            if block <= capacity || used + few > capacity {
                out.breaks.push(row);
                used = 0.0;
            }
        }
        used += BLOCK_HEAD;
        row += 2;
        for k in 0..n {
            if used + UNIT_HEIGHT > capacity {
                out.breaks.push(row);
                cont.push(k);
                used = BLOCK_HEAD;
                row += 2;
            }
            used += UNIT_HEIGHT;
            row += 1;
        }
        out.continued.push(cont);
        if !last {
            used += GAP_HEIGHT;
            row += 1;
        }
    }
    // The ending stays with the last block when it fits below it.
    if used + ending > capacity {
        out.breaks.push(row + 1);
    }
    out
}

/// Writes the 公示 sheet.
pub fn write_public(ws: &mut Worksheet, results: &Results, fmt: &Formats) -> Result<(), XlsxError> {
    let with_points = results.points.any();
    let headers = headers(with_points);
    let last = headers.len() as ColNum - 1;
    let title = title(results);
    let title_fmt = Format::new()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let block_fmt = Format::new()
        .set_bold()
        .set_font_size(12)
        .set_align(FormatAlign::VerticalCenter);
    let middle = Format::new().set_align(FormatAlign::VerticalCenter);
    // 名次 centred and 单位 indented: the rank never touches the name.
    let rank_fmt = middle.clone().set_align(FormatAlign::Center);
    let name_fmt = middle.clone().set_align(FormatAlign::Left).set_indent(1);
    let num_fmt = middle.clone().set_num_format("0.00");
    let line_fmt = Format::new()
        .set_font_size(12)
        .set_align(FormatAlign::VerticalCenter);
    let sign_fmt = line_fmt.clone().set_align(FormatAlign::Right).set_indent(2);

    let blocks: Vec<(Category, Vec<&UnitResult>)> = Category::ALL
        .iter()
        .map(|c| (*c, ranked(results, *c)))
        .filter(|(_, u)| !u.is_empty())
        .collect();
    let mut name_width = display_width("单位");
    for (_, units) in &blocks {
        for u in units {
            name_width = name_width.max(display_width(&u.name));
        }
    }
    let mut widths = vec![8.0, (name_width + 4).clamp(16, 48) as f64, 12.0];
    if with_points {
        widths.push(12.0);
    }
    let scale = print::fit_scale(&widths, false);
    let capacity = print::printable_points(false) * 100.0 / f64::from(scale) * 0.95;
    let sizes: Vec<usize> = blocks.iter().map(|(_, u)| u.len()).collect();
    let plan = layout(&sizes, capacity);

    ws.merge_range(0, 0, 0, last, &title, &title_fmt)?;
    ws.set_row_height(0, TITLE_HEIGHT)?;
    ws.set_row_height(1, GAP_HEIGHT)?;
    let mut s = Sheet::new(ws, fmt);
    let mut row: RowNum = 2;
    for ((category, units), cont) in blocks.iter().zip(&plan.continued) {
        let n = units.len();
        let head = |s: &mut Sheet, row: RowNum, label: String| -> Result<(), XlsxError> {
            s.ws.write_string_with_format(row, 0, label, &block_fmt)?;
            s.ws.set_row_height(row, LABEL_HEIGHT)?;
            s.header(row + 1, &headers)?;
            s.ws.set_row_height(row + 1, HEADER_HEIGHT)?;
            Ok(())
        };
        head(&mut s, row, format!("{}（{}个）", category.label(), n))?;
        row += 2;
        for (k, u) in units.iter().enumerate() {
            if cont.contains(&k) {
                head(&mut s, row, format!("{}（{}个，续）", category.label(), n))?;
                row += 2;
            }
            s.ws.write_number_with_format(row, 0, f64::from(u.rank), &rank_fmt)?;
            s.text_with(row, 1, &u.name, &name_fmt)?;
            s.num_with(row, 2, u.total, &num_fmt)?;
            if let (true, Some(p)) = (with_points, u.points) {
                s.num_with(row, 3, p, &num_fmt)?;
            }
            s.ws.set_row_height(row, UNIT_HEIGHT)?;
            row += 1;
        }
        s.ws.set_row_height(row, GAP_HEIGHT)?;
        row += 1;
    }
    // The ending: 公示期, then the signature and the date for the stamp,
    // right-aligned.
    let ws = s.ws;
    ws.set_row_height(row, LINE_HEIGHT)?;
    ws.merge_range(row, 0, row, last, PERIOD, &line_fmt)?;
    ws.set_row_height(row + 1, GAP_HEIGHT)?;
    ws.set_row_height(row + 2, GAP_HEIGHT)?;
    ws.set_row_height(row + 3, LINE_HEIGHT)?;
    ws.merge_range(row + 3, 0, row + 3, last, SIGNATURE, &sign_fmt)?;
    ws.set_row_height(row + 4, LINE_HEIGHT)?;
    ws.merge_range(row + 4, 0, row + 4, last, STAMP_DATE, &sign_fmt)?;

    for (col, w) in (0..).zip(&widths) {
        ws.set_column_width(col, *w)?;
    }
    ws.set_page_breaks(&plan.breaks)?;
    print::paper(ws, false);
    ws.set_print_scale(scale);
    // Not fitted to the page (LibreOffice ignores page breaks on a sheet
    // scaled to fit): the scale that fits the columns, and the title and
    // page numbers on every page.
    print::margins(ws);
    ws.set_header(format!("&C{}", print::header_text(&title, 80)))
        .set_footer(print::PAGE_FOOTER);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures::{info, sample};
    use crate::report::result_workbook;
    use crate::rules::dec;
    use crate::score::{Points, PointsMethod};
    use calamine::{Data, Reader, Xlsx};
    use chrono::NaiveDate;
    use std::io::{Cursor, Read};

    fn grid(bytes: &[u8]) -> Vec<Vec<Data>> {
        let mut book = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
        let r = book.worksheet_range(PUBLIC).unwrap();
        r.rows().map(|r| r.to_vec()).collect()
    }

    #[test]
    fn second_sheet_with_title_blocks_and_points() {
        let points = Points {
            town: Some(dec!(5)),
            dept: Some(dec!(3)),
            method: PointsMethod::Linear,
        };
        let bytes = result_workbook(&sample(points), &info()).unwrap();
        let book = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
        assert_eq!(book.sheet_names()[1], PUBLIC);
        let g = grid(&bytes);
        assert_eq!(
            g[0][0],
            Data::String("昆山市2017年度服务企业发展考核结果".into())
        );
        let texts: Vec<String> = g.iter().map(|r| r[0].to_string()).collect();
        assert_eq!(texts[2], "区镇（1个）");
        assert_eq!(
            g[3].iter().map(|d| d.to_string()).collect::<Vec<_>>(),
            ["名次", "单位", "总分", "折算分"]
        );
        assert_eq!(g[4][1], Data::String("昆山开发区".into()));
        assert_eq!(g[4][2], Data::Float(98.5));
        assert_eq!(g[4][3], Data::Float(4.93));
        assert_eq!(texts[6], "A组（1个）");
        assert_eq!(texts[10], "B组（1个）");
    }

    #[test]
    fn interim_title_and_a4_portrait_one_page_wide_with_page_numbers() {
        let mut r = sample(Points::default());
        r.as_of = NaiveDate::from_ymd_opt(2017, 6, 30).unwrap();
        r.interim = true;
        assert_eq!(
            title(&r),
            "昆山市2017年度服务企业发展考核结果（暂计，截至2017-06-30）"
        );
        let bytes = result_workbook(&r, &info()).unwrap();
        assert_eq!(
            grid(&bytes)[0][0],
            Data::String("昆山市2017年度服务企业发展考核结果（暂计，截至2017-06-30）".into())
        );
        // Without points the block has three columns.
        assert_eq!(grid(&bytes)[3].len(), 3);
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("xl/worksheets/sheet2.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(xml.contains("paperSize=\"9\""), "{xml}");
        assert!(xml.contains("orientation=\"portrait\""), "{xml}");
        // At a scale that fits the columns, not fitted to the page (which
        // would make LibreOffice ignore the page breaks), never under 82 %.
        assert!(!xml.contains("scale="), "100 %: {xml}");
        assert!(!xml.contains("fitToPage"), "{xml}");
        assert!(
            xml.contains("<oddHeader>&amp;C昆山市2017年度服务企业发展考核结果（暂计，截至2017-06-30）</oddHeader>"),
            "{xml}"
        );
        assert!(
            xml.contains("<oddFooter>&amp;C第&amp;P页，共&amp;N页</oddFooter>"),
            "{xml}"
        );
        // Every row has its height, so that the page breaks fall where
        // every program puts them.
        let rows = xml.matches("<row ").count();
        assert_eq!(xml.matches(" customHeight=\"1\"").count(), rows, "{xml}");
        // A run at December 31 is never interim.
        assert!(!title(&sample(Points::default())).contains("暂计"));
    }
    #[test]
    fn ends_with_the_period_and_the_signature_for_the_stamp() {
        let bytes = result_workbook(&sample(Points::default()), &info()).unwrap();
        let g = grid(&bytes);
        let texts: Vec<String> = g.iter().map(|r| r[0].to_string()).collect();
        // Three blocks of one unit each: the last unit in row 12, a gap.
        let period = texts.iter().position(|t| t == PERIOD).unwrap();
        assert_eq!(period, 14, "{texts:?}");
        assert_eq!(texts[period + 3], SIGNATURE);
        assert_eq!(texts[period + 4], STAMP_DATE);
        assert_eq!(texts.len(), period + 5);
        assert_eq!(PERIOD, "公示期：    年  月  日至    年  月  日");
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("xl/worksheets/sheet2.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        // The signature and its date are merged over the table, right-aligned.
        assert!(xml.contains(&format!(
            "<mergeCell ref=\"A{}:C{}\"/>",
            period + 4,
            period + 4
        )));
        let mut styles = String::new();
        let mut zip = zip::ZipArchive::new(Cursor::new(
            result_workbook(&sample(Points::default()), &info()).unwrap(),
        ))
        .unwrap();
        zip.by_name("xl/styles.xml")
            .unwrap()
            .read_to_string(&mut styles)
            .unwrap();
        assert!(
            styles.contains("horizontal=\"right\" vertical=\"center\" indent=\"2\""),
            "{styles}"
        );
        // 名次 centred, 单位 indented: the rank never touches the name.
        assert!(
            styles.contains("horizontal=\"center\" vertical=\"center\""),
            "{styles}"
        );
        assert!(
            styles.contains("horizontal=\"left\" vertical=\"center\" indent=\"1\""),
            "{styles}"
        );
    }

    #[test]
    fn a_category_that_fits_on_a_page_is_not_split() {
        // A4 portrait at 100 %: about 710 points. 区镇 12 and A组 20 do not
        // fit together: A组 starts page 2 (row 2 + 2 + 12 + 1 = 17); B组
        // 19 with the ending does not fit below A组: page 3.
        let capacity = crate::report::print::printable_points(false) * 0.95;
        let plan = layout(&[12, 20, 19], capacity);
        assert_eq!(plan.breaks, vec![17, 40]);
        assert!(plan.continued.iter().all(|c| c.is_empty()));
        // Small blocks share the first page, the ending too.
        assert_eq!(
            layout(&[3, 4, 5], capacity),
            Layout {
                breaks: vec![],
                continued: vec![vec![], vec![], vec![]]
            }
        );
        // A block longer than a page starts below the one before when a
        // few of its rows fit there, and continues on full pages with its
        // label and headers repeated (two more rows each).
        let plan = layout(&[12, 60, 2], capacity);
        let first = ((capacity - 348.0 - BLOCK_HEAD) / UNIT_HEIGHT).floor() as usize;
        let per_page = ((capacity - BLOCK_HEAD) / UNIT_HEIGHT).floor() as usize;
        assert_eq!(plan.continued[1], vec![first, first + per_page], "{plan:?}");
        assert_eq!(plan.breaks[0], 17 + 2 + first as RowNum);
        assert_eq!(plan.breaks[1], plan.breaks[0] + 2 + per_page as RowNum);
        // B组 and the ending fit below the rest of A组.
        assert_eq!(plan.breaks.len(), 2, "{plan:?}");
    }

    #[test]
    fn a_long_category_repeats_its_label_and_headers_on_the_next_page() {
        let mut r = sample(Points::default());
        let b = r.units[2].clone();
        for i in 0..80 {
            let mut u = b.clone();
            u.name = format!("单位{i}");
            r.units.push(u);
        }
        let bytes = result_workbook(&r, &info()).unwrap();
        let g = grid(&bytes);
        let texts: Vec<String> = g.iter().map(|r| r[0].to_string()).collect();
        let cont = texts.iter().position(|t| t == "B组（81个，续）").unwrap();
        assert_eq!(g[cont + 1][1], Data::String("单位".into()));
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("xl/worksheets/sheet2.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(
            xml.contains(&format!("<brk id=\"{cont}\" max=\"16383\" man=\"1\"/>")),
            "{xml}"
        );
    }
}
