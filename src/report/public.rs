//! `公示`: the results as the center publishes them (docs/outputs.md, the result
//! workbook, sheet 2). A title with the year (and `（暂计，截至D）` in an
//! interim run), then one ranked block per category — 区镇, A组, B组 —
//! with 名次, 单位, 总分 and, when a points option was given, 折算分. A4
//! portrait, one page wide, page numbers in the footer.

use super::book::{display_width, Formats, Sheet};
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
    let block_fmt = Format::new().set_bold().set_font_size(12);

    ws.merge_range(0, 0, 0, last, &title, &title_fmt)?;
    ws.set_row_height(0, 30)?;
    let mut name_width = display_width("单位");
    let mut s = Sheet::new(ws, fmt);
    let mut row: RowNum = 2;
    for category in Category::ALL {
        let units = ranked(results, category);
        if units.is_empty() {
            continue;
        }
        s.ws.write_string_with_format(
            row,
            0,
            format!("{}（{}个）", category.label(), units.len()),
            &block_fmt,
        )?;
        row += 1;
        s.header(row, &headers)?;
        row += 1;
        for u in units {
            s.int(row, 0, u64::from(u.rank))?;
            s.text(row, 1, &u.name)?;
            s.num(row, 2, u.total)?;
            if let (true, Some(p)) = (with_points, u.points) {
                s.num(row, 3, p)?;
            }
            name_width = name_width.max(display_width(&u.name));
            row += 1;
        }
        row += 1;
    }
    let ws = s.ws;
    ws.set_column_width(0, 8)?;
    ws.set_column_width(1, (name_width + 4).clamp(16, 48) as f64)?;
    ws.set_column_width(2, 12)?;
    if with_points {
        ws.set_column_width(3, 12)?;
    }
    ws.set_paper_size(9)
        .set_portrait()
        .set_print_fit_to_pages(1, 0)
        .set_print_center_horizontally(true)
        .set_header(format!("&C{}", title.replace('&', "&&")))
        .set_footer("&C第 &P 页，共 &N 页");
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
            town: Some(dec("5")),
            dept: Some(dec("3")),
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
        assert!(
            xml.contains("fitToWidth=\"1\"") || !xml.contains("fitToWidth"),
            "{xml}"
        );
        assert!(xml.contains("fitToHeight=\"0\""), "{xml}");
        assert!(
            xml.contains("<fitToPage/>") || xml.contains("fitToPage=\"1\""),
            "{xml}"
        );
        assert!(xml.contains("&amp;P"), "{xml}");
        assert!(xml.contains("&amp;N"), "{xml}");
        // A run at December 31 is never interim.
        assert!(!title(&sample(Points::default())).contains("暂计"));
    }
}
