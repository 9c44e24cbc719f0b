//! `ksfk template`: an empty ledger (docs/ledger.md). The roster sheet first,
//! filled in; then every sheet of [`crate::schema::SHEETS`] with its header
//! row (bold, frozen, each header with a note explaining it) and data
//! validation on rows 2–5000 by the column's kind. Unit and 区镇 dropdowns
//! read their lists from the hidden sheet `选项`, which the reader ignores
//! like any unknown sheet.

use super::book::{display_width, new_workbook, Formats};
use crate::model::{Category, Roster};
use crate::schema::{
    Column, Kind, SheetSpec, APPEAL_SHEET, CATEGORIES, HOLIDAY_SHEET, ROSTER_SHEET, SHEETS,
};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format, Formula,
    Note, RowNum, Worksheet, XlsxError,
};

/// The hidden sheet holding the dropdown lists.
pub const OPTIONS: &str = "选项";

/// Data validation covers rows 2..=5000 (0-based 1..=4999).
const FIRST_ROW: RowNum = 1;
const LAST_ROW: RowNum = 4999;

/// Where the dropdown lists live on `选项`.
struct Lists {
    /// `='选项'!$A$2:$A$n`, all unit names; `None` for an empty roster.
    units: Option<String>,
    /// `='选项'!$B$2:$B$m`, the 区镇 names; `None` without any 区镇.
    towns: Option<String>,
}

fn list_range(col: &str, len: usize) -> Option<String> {
    (len > 0).then(|| format!("='{OPTIONS}'!${col}$2:${col}${}", len + 1))
}

/// An empty ledger workbook for `roster`; `year` goes into the document
/// title.
pub fn template_workbook(roster: &Roster, year: Option<i32>) -> Result<Vec<u8>, XlsxError> {
    let title = match year {
        Some(y) => format!("昆山市服务企业发展考核台账（{y}年度）"),
        None => "昆山市服务企业发展考核台账".to_string(),
    };
    let fmt = Formats::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let mut wb = new_workbook(&title)?;

    let towns: Vec<&str> = roster
        .of_category(Category::Town)
        .map(|u| u.name.as_str())
        .collect();
    let lists = Lists {
        units: list_range("A", roster.len()),
        towns: list_range("B", towns.len()),
    };

    let ws = wb.add_worksheet().set_name(ROSTER_SHEET.name)?;
    write_sheet(ws, &ROSTER_SHEET, &lists, &fmt, &date)?;
    for (row, u) in (1..).zip(roster.units()) {
        ws.write_string(row, 0, u.name.as_str())?;
        ws.write_string(row, 1, u.category.label())?;
        if !u.aliases.is_empty() {
            ws.write_string(row, 2, u.aliases.join("、"))?;
        }
    }
    // The roster's own widths: its longest name or alias list.
    let name_width = roster
        .units()
        .iter()
        .map(|u| display_width(&u.name))
        .max()
        .unwrap_or(0);
    let alias_width = roster
        .units()
        .iter()
        .map(|u| display_width(&u.aliases.join("、")))
        .max()
        .unwrap_or(0);
    ws.set_column_width(0, width(name_width, 12, 40))?;
    ws.set_column_width(2, width(alias_width, 12, 60))?;

    for spec in SHEETS {
        let ws = wb.add_worksheet().set_name(spec.name)?;
        write_sheet(ws, spec, &lists, &fmt, &date)?;
    }
    // 申诉 (optional): filled in after the results are published.
    let ws = wb.add_worksheet().set_name(APPEAL_SHEET.name)?;
    write_sheet(ws, &APPEAL_SHEET, &lists, &fmt, &date)?;
    // 节假日 (optional): a year the built-in schedule does not know; the
    // header notes say how to fill it in.
    let ws = wb.add_worksheet().set_name(HOLIDAY_SHEET.name)?;
    write_sheet(ws, &HOLIDAY_SHEET, &lists, &fmt, &date)?;

    let ws = wb.add_worksheet().set_name(OPTIONS)?;
    ws.write_string_with_format(0, 0, "单位", &fmt.header)?;
    ws.write_string_with_format(0, 1, "区镇", &fmt.header)?;
    for (row, u) in (1..).zip(roster.units()) {
        ws.write_string(row, 0, u.name.as_str())?;
    }
    for (row, t) in (1..).zip(&towns) {
        ws.write_string(row, 1, *t)?;
    }
    ws.set_column_width(0, width(name_width, 12, 40))?;
    ws.set_column_width(1, width(name_width, 12, 40))?;
    ws.set_hidden(true);

    wb.save_to_buffer()
}

/// A column width from a display width: padding, clamped.
fn width(display: usize, min: usize, max: usize) -> f64 {
    (display + 2).clamp(min, max) as f64
}

/// Header row, notes, widths, validation and date formats of one sheet.
fn write_sheet(
    ws: &mut Worksheet,
    spec: &SheetSpec,
    lists: &Lists,
    fmt: &Formats,
    date: &Format,
) -> Result<(), XlsxError> {
    ws.set_default_note_author("ksfk");
    for (col, c) in (0..).zip(spec.columns) {
        ws.write_string_with_format(0, col, c.header, &fmt.header)?;
        let min = if c.kind == Kind::Date { 12 } else { 8 };
        // Room for the header and the autofilter-free dropdown arrow.
        ws.set_column_width(col, width(display_width(c.header) + 2, min, 40))?;
        if !c.help.is_empty() {
            let note = Note::new(note_text(c))
                .add_author_prefix(false)
                .set_width(240)
                .set_height(60);
            ws.insert_note(0, col, &note)?;
        }
        if c.kind == Kind::Date {
            ws.set_column_format(col, date)?;
        }
        if let Some(v) = validation(c, lists)? {
            ws.add_data_validation(FIRST_ROW, col, LAST_ROW, col, &v)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The header's note: the help, and whether the column may stay empty.
fn note_text(c: &Column) -> String {
    use crate::schema::Need;
    let need = match c.need {
        Need::Required => "必填",
        Need::Optional => "可空",
        Need::Conditional => "按行必填",
    };
    format!("{}（{need}）", c.help)
}

/// The data validation of a column by its kind; `None` for free text.
fn validation(c: &Column, lists: &Lists) -> Result<Option<DataValidation>, XlsxError> {
    let v = match c.kind {
        Kind::Text => return Ok(None),
        Kind::Flag => DataValidation::new()
            .allow_list_strings(&["是", "否"])?
            .set_error_title("请选择 是 或 否")?
            .set_error_message("本列填写 是 或 否。")?,
        Kind::Choice(options) => DataValidation::new()
            .allow_list_strings(options)?
            .set_error_title("请从下拉列表中选择")?
            .set_error_message(format!("本列可填：{}。", options.join("、")))?,
        Kind::Category => DataValidation::new()
            .allow_list_strings(CATEGORIES)?
            .set_error_title("请从下拉列表中选择")?
            .set_error_message("类别为 区镇、A组 或 B组。")?,
        Kind::Unit | Kind::Town => {
            let (range, what) = if c.kind == Kind::Unit {
                (&lists.units, "单位")
            } else {
                (&lists.towns, "区镇")
            };
            let Some(range) = range else {
                return Ok(None);
            };
            // A warning, not a stop: the reader also accepts the roster's
            // aliases, which the dropdown does not list.
            DataValidation::new()
                .allow_list_formula(Formula::new(range.as_str()))
                .set_error_style(DataValidationErrorStyle::Warning)
                .set_error_title(format!("不在单位名单的{what}名称中"))?
                .set_error_message("请从下拉列表中选择；如填的是单位名单中的别名，可以继续。")?
        }
        Kind::Int { min, max } => DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(
                i32::try_from(min).unwrap_or(i32::MAX),
                i32::try_from(max).unwrap_or(i32::MAX),
            ))
            .set_error_title("请填写整数")?
            .set_error_message(format!("本列填写{min}到{max}的整数。"))?,
        Kind::Number { min, max } => {
            let (Ok(lo), Ok(hi)) = (min.parse::<f64>(), max.parse::<f64>()) else {
                return Ok(None);
            };
            DataValidation::new()
                .allow_decimal_number(DataValidationRule::Between(lo, hi))
                .set_error_title("请填写数字")?
                .set_error_message(format!("本列填写{min}到{max}之间的数。"))?
        }
        Kind::Percent => DataValidation::new()
            .allow_decimal_number(DataValidationRule::Between(0.0, 100.0))
            .set_error_title("请填写0到100")?
            .set_error_message("完成比例填写0到100（80 表示80%）。")?,
        Kind::Date => DataValidation::new()
            .allow_date(DataValidationRule::Between(
                ExcelDateTime::from_ymd(1990, 1, 1)?,
                ExcelDateTime::from_ymd(2100, 12, 31)?,
            ))
            .set_error_title("请填写日期")?
            .set_error_message("本列填写1990年到2100年之间的日期，如 2017-03-05。")?,
    };
    Ok(Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, SheetVisible, Xlsx};
    use std::io::Cursor;

    fn roster() -> Roster {
        Roster::new(vec![
            ("昆山开发区".into(), Category::Town, vec!["开发区".into()]),
            ("张浦镇".into(), Category::Town, vec![]),
            (
                "商务局（招商服务中心）".into(),
                Category::GroupA,
                vec!["商务局".into(), "招商服务中心".into()],
            ),
            ("市场监管局".into(), Category::GroupB, vec![]),
        ])
    }

    fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
        Xlsx::new(Cursor::new(bytes)).expect("readable xlsx")
    }

    fn row(range: &calamine::Range<Data>, r: usize) -> Vec<String> {
        (0..range.width())
            .map(|c| range.get((r, c)).map(|d| d.to_string()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn every_sheet_with_exact_headers() {
        let mut book = open(template_workbook(&roster(), Some(2017)).unwrap());
        let mut want = vec!["单位名单"];
        want.extend(SHEETS.iter().map(|s| s.name));
        want.push("申诉");
        want.push("节假日");
        want.push(OPTIONS);
        assert_eq!(book.sheet_names(), want);
        for spec in SHEETS.iter().chain([&APPEAL_SHEET, &HOLIDAY_SHEET]) {
            let r = book.worksheet_range(spec.name).unwrap();
            let headers: Vec<&str> = spec.columns.iter().map(|c| c.header).collect();
            assert_eq!(row(&r, 0), headers, "{}", spec.name);
            assert_eq!(r.height(), 1, "{} has only its header", spec.name);
        }
        let meta = book.sheets_metadata();
        let hidden: Vec<&str> = meta
            .iter()
            .filter(|m| m.visible != SheetVisible::Visible)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(hidden, vec![OPTIONS]);
    }

    #[test]
    fn roster_rows_and_option_lists() {
        let mut book = open(template_workbook(&roster(), None).unwrap());
        let r = book.worksheet_range("单位名单").unwrap();
        assert_eq!(row(&r, 0), ["单位名称", "类别", "别名"]);
        assert_eq!(row(&r, 1), ["昆山开发区", "区镇", "开发区"]);
        assert_eq!(row(&r, 2), ["张浦镇", "区镇", ""]);
        assert_eq!(
            row(&r, 3),
            ["商务局（招商服务中心）", "A组", "商务局、招商服务中心"]
        );
        assert_eq!(row(&r, 4), ["市场监管局", "B组", ""]);
        assert_eq!(r.height(), 5);
        let o = book.worksheet_range(OPTIONS).unwrap();
        let units: Vec<String> = (1..5).map(|i| row(&o, i)[0].clone()).collect();
        assert_eq!(
            units,
            [
                "昆山开发区",
                "张浦镇",
                "商务局（招商服务中心）",
                "市场监管局"
            ]
        );
        let towns: Vec<String> = (1..3).map(|i| row(&o, i)[1].clone()).collect();
        assert_eq!(towns, ["昆山开发区", "张浦镇"]);
        assert_eq!(row(&o, 3)[1], "");
    }

    #[test]
    fn appeal_sheet_has_dropdowns_for_clause_and_decision() {
        use std::io::Read;
        let bytes = template_workbook(&roster(), Some(2017)).unwrap();
        // 单位名单 is sheet1, the required sheets follow, then 申诉.
        let n = SHEETS.len() + 2;
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name(&format!("xl/worksheets/sheet{n}.xml"))
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        assert!(
            xml.contains("<formula1>\"成立,部分成立,不成立\"</formula1>"),
            "{xml}"
        );
        assert!(
            xml.contains(
                "Z1.1,Z1.2,Z1.3,Z2.1,Z2.2,Z3.1,Z3.2,Z3.3,Z4.1,Z4.2,D1,D2.1,D2.2,D3.1,D3.2,D4"
            ),
            "{xml}"
        );
        // 条款 is column B, 决定 column E.
        assert!(xml.contains("sqref=\"B2:B5000\""), "{xml}");
        assert!(xml.contains("sqref=\"E2:E5000\""), "{xml}");
    }

    #[test]
    fn list_ranges_cover_the_lists() {
        assert_eq!(list_range("A", 51).as_deref(), Some("='选项'!$A$2:$A$52"));
        assert_eq!(list_range("B", 0), None);
    }

    #[test]
    fn deterministic_and_survives_an_empty_roster() {
        let a = template_workbook(&roster(), Some(2017)).unwrap();
        let b = template_workbook(&roster(), Some(2017)).unwrap();
        assert!(a == b, "template differs between runs");
        let mut book = open(template_workbook(&Roster::default(), None).unwrap());
        assert_eq!(book.worksheet_range("单位名单").unwrap().height(), 1);
    }

    #[test]
    fn every_kind_gets_its_validation() {
        let lists = Lists {
            units: list_range("A", 3),
            towns: None,
        };
        for spec in SHEETS
            .iter()
            .chain([&ROSTER_SHEET, &APPEAL_SHEET, &HOLIDAY_SHEET])
        {
            for c in spec.columns {
                let v = validation(c, &lists).unwrap();
                let expected = !matches!(c.kind, Kind::Text | Kind::Town);
                assert_eq!(v.is_some(), expected, "{}!{}", spec.name, c.header);
            }
        }
    }
}
