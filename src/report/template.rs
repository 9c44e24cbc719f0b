//! `ksfk template`: an empty ledger (docs/ledger.md). First `填写说明`, the
//! guide: every sheet and column, what may be written in it and an example
//! row, so that the analyst needs no other document (the reader ignores it
//! like any unknown sheet). Then the roster sheet, filled in; then every sheet of [`crate::schema::SHEETS`] with its header
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

    write_guide(wb.add_worksheet().set_name(GUIDE)?, &fmt)?;

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

/// The first sheet of the template: how to fill in the ledger.
pub const GUIDE: &str = "填写说明";

/// The guide's general rules, one paragraph a line.
const GUIDE_RULES: [&str; 9] = [
    "本工作簿是服务企业发展考核的台账：每张工作表登记一类记录，第1行是表头，从第2行起每行一条记录。本表（填写说明）不会被读取。",
    "表头不要改动；“可空”的列不用时可以不填，也可以删去整列。工作表的顺序不限，多余的工作表和列不读取。",
    "单位：填单位名单中的名称或别名（见“单位名单”表，例如“商务局”即“商务局（招商服务中心）”），单位列有下拉列表。",
    "日期：可写 2017-03-05、2017/3/5、2017.3.5、2017年3月5日，或 Excel 的日期。",
    "是/否：可写 是/否、Y/N、TRUE/FALSE、有/无、√/×、1/0。",
    "季度可写 2、第2季度、二季度或 Q2；月份可写 3、03 或 3月；完成比例可写 80、80% 或 0.8。",
    "每个表头单元格的批注也写有该列的说明。下面逐表列出每一列：是否必填、可以填写什么、说明和一行示例（“示例”一列自上而下就是该表的一行）。",
    "台账可以是这一个工作簿，也可以分成几个文件（如热线系统导出的工单另存一个文件），放在同一个文件夹中。",
    "填好后把台账拖到“检查台账.bat”上检查：每一处错误都写明位置（工作表!单元格），改正后再检查一次。",
];

/// What each sheet records.
const SHEET_ABOUT: [(&str, &str); 17] = [
    ("单位名单", "参加考核的单位：名称、类别和别名。已按考核办法的名单填好，单位有变动时才需修改；整张表也可删去（按内置名单）。"),
    ("热线工单", "企业服务热线转办给各单位的工单，每个工单的每个承办单位一行。转办日期决定考核年度。"),
    ("转办件", "中心转办、督办、市领导交办和联席会议交办的事项，每个事项的每个承办单位一行。"),
    ("例会", "区镇召开的企业服务例会，每次一行。"),
    ("沙龙", "区镇举办的企业服务沙龙，每次一行。"),
    ("沟通机制", "区镇政企沟通机制的建设情况：每个区镇恰好一行。"),
    ("工作总结", "区镇每季度报送的工作总结：每个区镇每季度一行。"),
    ("诉求月报", "区镇每月报送的企业诉求月报：每个区镇每月一行，没有行的月份按未报送计。"),
    ("信息报送", "区镇和部门向中心报送的信息，每条一行。"),
    ("典型案例", "区镇报送的典型案例或人物，每条一行。"),
    ("督查", "中心每季度对区镇的督查评定：每个区镇每季度一行。"),
    ("服务举措", "区镇和部门制定的服务举措，每项一行。制定日期决定考核年度。"),
    ("政企互动", "A组部门到区镇开展的政企互动活动，每次一行。"),
    ("提效实践", "B组部门的提效实践，每项一行。"),
    ("满意度调查", "企业满意度调查的结果，每个受访企业一行；每个单位至少一行。"),
    ("申诉", "结果公示后，单位的申诉和中心的决定，每条一行；台账原有的记录不用改。"),
    ("选项", "（隐藏）下拉列表所用的单位名单，不用填写。"),
];

/// One example row per sheet: (sheet, column, value); a column not listed
/// is left empty in the example.
pub const EXAMPLES: &[(&str, &str, &str)] = &[
    ("单位名单", "单位名称", "商务局（招商服务中心）"),
    ("单位名单", "类别", "A组"),
    ("单位名单", "别名", "商务局、招商服务中心"),
    ("热线工单", "工单编号", "GD2017030512"),
    ("热线工单", "承办单位", "住建局"),
    ("热线工单", "主协办", "主办"),
    ("热线工单", "转办日期", "2017-03-05"),
    ("热线工单", "办理时限", "2017-03-15"),
    ("热线工单", "办结日期", "2017-03-20"),
    ("热线工单", "回访结果", "满意"),
    ("转办件", "编号", "ZB2017-008"),
    ("转办件", "来源", "中心转办"),
    ("转办件", "承办单位", "住建局"),
    ("转办件", "主协办", "主办"),
    ("转办件", "转办日期", "2017-04-10"),
    ("转办件", "办理时限", "2017-04-30"),
    ("转办件", "办结日期", "2017-04-28"),
    ("转办件", "按期沟通", "是"),
    ("转办件", "初步处理意见", "是"),
    ("转办件", "反馈结果", "是"),
    ("例会", "单位", "周庄镇"),
    ("例会", "日期", "2017-02-10"),
    ("例会", "有议题", "是"),
    ("例会", "有会议记录", "是"),
    ("沙龙", "单位", "周庄镇"),
    ("沙龙", "日期", "2017-05-18"),
    ("沙龙", "有主题", "是"),
    ("沙龙", "有计划", "是"),
    ("沙龙", "有总结", "是"),
    ("沙龙", "有活动资料", "是"),
    ("沙龙", "有台账记录", "是"),
    ("沙龙", "有对外宣传", "否"),
    ("沙龙", "已联系中心派员", "是"),
    ("沟通机制", "单位", "周庄镇"),
    ("沟通机制", "网络服务平台", "是"),
    ("沟通机制", "微信或QQ群", "是"),
    ("沟通机制", "发布服务内容及联系方式", "是"),
    ("沟通机制", "关注政企通", "是"),
    ("沟通机制", "推广政企通", "是"),
    ("沟通机制", "确定分管领导及联络员", "是"),
    ("工作总结", "单位", "周庄镇"),
    ("工作总结", "季度", "1"),
    ("工作总结", "报送日期", "2017-04-05"),
    ("诉求月报", "单位", "周庄镇"),
    ("诉求月报", "月份", "3"),
    ("诉求月报", "状态", "已报送"),
    ("信息报送", "单位", "住建局"),
    ("信息报送", "日期", "2017-06-12"),
    ("信息报送", "标题", "住建局开展企业服务月活动"),
    ("信息报送", "录用", "是"),
    ("典型案例", "单位", "周庄镇"),
    ("典型案例", "日期", "2017-09-20"),
    ("典型案例", "标题", "帮助企业解决用工难题"),
    ("督查", "单位", "周庄镇"),
    ("督查", "季度", "2"),
    ("督查", "得分", "2.5"),
    ("督查", "有台账记录", "是"),
    ("督查", "有汇报材料", "是"),
    ("服务举措", "单位", "周庄镇"),
    ("服务举措", "举措名称", "企业服务直通车"),
    ("服务举措", "制定日期", "2017-03-01"),
    ("服务举措", "已实施", "是"),
    ("服务举措", "已报送成果", "是"),
    ("服务举措", "完成比例", "100"),
    ("政企互动", "单位", "商务局"),
    ("政企互动", "日期", "2017-07-06"),
    ("政企互动", "区镇", "周庄镇"),
    ("政企互动", "主题", "外贸政策宣讲"),
    ("提效实践", "单位", "住建局"),
    ("提效实践", "日期", "2017-08-15"),
    ("提效实践", "名称", "施工许可并联审批"),
    ("提效实践", "已实施", "是"),
    ("满意度调查", "单位", "住建局"),
    ("满意度调查", "企业名称", "昆山某精密机械有限公司"),
    ("满意度调查", "得分", "92"),
    ("申诉", "单位", "住建局"),
    ("申诉", "条款", "D3.2"),
    ("申诉", "编号", "GD2017030512"),
    ("申诉", "决定", "不成立"),
    ("申诉", "文号", "昆企服〔2018〕3号"),
    ("申诉", "理由", "逾期属实，维持扣分"),
];

/// Headers of each sheet's column table in the guide.
pub const GUIDE_HEADERS: [&str; 5] = ["列", "是否必填", "可以填写", "说明", "示例"];

/// Widths of the guide's columns (列, 是否必填, 可以填写, 说明, 示例).
const GUIDE_WIDTHS: [f64; 5] = [22.0, 12.0, 34.0, 44.0, 24.0];

/// A row's height in points that shows all of each text wrapped in its
/// width (Excel does not grow merged cells, and WPS not always others):
/// 15 points a line, the lines counted by display width (a Chinese
/// character is two columns wide).
fn height(cells: &[(&str, f64)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            let room = (width - 1.0).max(1.0);
            (display_width(text) as f64 / room).ceil().max(1.0)
        })
        .fold(1.0, f64::max);
    15.0 * lines
}

/// What may be written in a column of `kind`.
fn accepted(c: &Column) -> String {
    match c.kind {
        Kind::Text => "文字".to_string(),
        Kind::Unit => "单位名单中的单位名称或别名（有下拉列表）".to_string(),
        Kind::Town => "区镇的名称或别名（有下拉列表）".to_string(),
        Kind::Date => "日期：2017-03-05、2017/3/5、2017.3.5、2017年3月5日或 Excel 日期".to_string(),
        Kind::Flag => "是/否、Y/N、TRUE/FALSE、有/无、√/×、1/0".to_string(),
        Kind::Choice(options) => format!("{}（有下拉列表）", options.join("、")),
        Kind::Number { min, max } => format!("{min}到{max}之间的数"),
        Kind::Percent => "0到100之间的数，可写 80、80% 或 0.8".to_string(),
        Kind::Int { min: 1, max: 4 } => "1到4，也可写 第2季度、二季度或 Q2".to_string(),
        Kind::Int { min: 1, max: 12 } => "1到12，也可写 03 或 3月".to_string(),
        Kind::Int { min, max } => format!("{min}到{max}的整数"),
        Kind::Category => "区镇、A组 或 B组（有下拉列表）".to_string(),
    }
}

/// 必填, 可空, or when it is needed.
fn need_text(c: &Column) -> &'static str {
    use crate::schema::Need;
    match c.need {
        Need::Required => "必填",
        Need::Optional => "可空",
        Need::Conditional => "按行必填（见说明）",
    }
}

/// 填写说明: the rules, then each sheet with its columns.
fn write_guide(ws: &mut Worksheet, fmt: &Formats) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    ws.write_string_with_format(0, 0, "台账填写说明", &title)?;
    let mut row: RowNum = 2;
    for rule in GUIDE_RULES {
        ws.merge_range(row, 0, row, 4, rule, &wrap)?;
        ws.set_row_height(row, height(&[(rule, GUIDE_WIDTHS.iter().sum())]))?;
        row += 1;
    }
    let specs = std::iter::once(&ROSTER_SHEET)
        .chain(SHEETS.iter())
        .chain(std::iter::once(&APPEAL_SHEET));
    for spec in specs {
        row += 1;
        let about = SHEET_ABOUT
            .iter()
            .find(|(n, _)| *n == spec.name)
            .map_or("", |(_, a)| *a);
        ws.write_string_with_format(row, 0, format!("工作表“{}”", spec.name), &fmt.bold)?;
        ws.merge_range(row, 1, row, 4, about, &wrap)?;
        ws.set_row_height(row, height(&[(about, GUIDE_WIDTHS[1..].iter().sum())]))?;
        row += 1;
        for (col, h) in (0..).zip(GUIDE_HEADERS) {
            ws.write_string_with_format(row, col, h, &fmt.header)?;
        }
        row += 1;
        for c in spec.columns {
            let example = EXAMPLES
                .iter()
                .find(|(s, h, _)| *s == spec.name && *h == c.header)
                .map_or("", |(_, _, v)| *v);
            let accepted = accepted(c);
            let cells = [c.header, need_text(c), accepted.as_str(), c.help, example];
            for (col, text) in (0..).zip(cells) {
                ws.write_string_with_format(row, col, text, &wrap)?;
            }
            let widths: Vec<(&str, f64)> = cells.iter().copied().zip(GUIDE_WIDTHS).collect();
            ws.set_row_height(row, height(&widths))?;
            row += 1;
        }
    }
    for (col, w) in (0..).zip(GUIDE_WIDTHS) {
        ws.set_column_width(col, w)?;
    }
    ws.set_landscape();
    ws.set_paper_size(9);
    Ok(())
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
        let mut want = vec![GUIDE, "单位名单"];
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
    fn the_guide_explains_every_sheet_and_column_with_an_example_row() {
        let mut book = open(template_workbook(&roster(), Some(2017)).unwrap());
        assert_eq!(book.sheet_names()[0], GUIDE);
        let g = book.worksheet_range(GUIDE).unwrap();
        let text = |r: usize, c: usize| g.get((r, c)).map(|d| d.to_string()).unwrap_or_default();
        let all: Vec<String> = (0..g.height()).map(|r| text(r, 0)).collect();
        let joined: String = (0..g.height())
            .flat_map(|r| (0..5).map(move |c| (r, c)))
            .map(|(r, c)| text(r, c))
            .collect::<Vec<_>>()
            .join("\n");
        // The accepted spellings of dates, flags, quarters and percentages.
        for spelling in ["2017/3/5", "2017年3月5日", "Y/N", "√/×", "第2季度", "80%"] {
            assert!(joined.contains(spelling), "{spelling}");
        }
        for spec in std::iter::once(&ROSTER_SHEET)
            .chain(SHEETS.iter())
            .chain([&APPEAL_SHEET])
        {
            // The sheet's heading, what it records, the column table.
            let at = all
                .iter()
                .position(|t| *t == format!("工作表“{}”", spec.name))
                .unwrap_or_else(|| panic!("no section for {}", spec.name));
            assert!(!text(at, 1).is_empty(), "{} has no description", spec.name);
            assert_eq!(
                (0..5).map(|c| text(at + 1, c)).collect::<Vec<_>>(),
                GUIDE_HEADERS
            );
            let mut examples = 0;
            for (i, c) in spec.columns.iter().enumerate() {
                let r = at + 2 + i;
                assert_eq!(text(r, 0), c.header, "{}", spec.name);
                assert!(!text(r, 1).is_empty() && !text(r, 2).is_empty());
                assert_eq!(text(r, 3), c.help);
                examples += usize::from(!text(r, 4).is_empty());
            }
            // Every required column has its example value.
            let required = spec
                .columns
                .iter()
                .filter(|c| c.need == crate::schema::Need::Required)
                .count();
            assert!(examples >= required, "{}: {examples} examples", spec.name);
        }
        // Every example is listed under a column that exists.
        for (sheet, header, _) in EXAMPLES {
            let spec = std::iter::once(&ROSTER_SHEET)
                .chain(SHEETS.iter())
                .chain([&APPEAL_SHEET])
                .find(|s| s.name == *sheet)
                .unwrap();
            assert!(spec.column(header).is_some(), "{sheet}!{header}");
        }
    }

    #[test]
    fn guide_rows_are_as_tall_as_their_wrapped_text() {
        assert_eq!(height(&[("单位", 22.0)]), 15.0);
        // 30 Chinese characters are 60 columns: 3 lines in 21.
        let long = "字".repeat(30);
        assert_eq!(height(&[("单位", 22.0), (&long, 22.0)]), 45.0);
        // Every rule and sheet description gets its lines.
        for rule in GUIDE_RULES {
            let lines = height(&[(rule, GUIDE_WIDTHS.iter().sum())]) / 15.0;
            assert!(lines * 135.0 >= display_width(rule) as f64, "{rule}");
        }
    }

    #[test]
    fn appeal_sheet_has_dropdowns_for_clause_and_decision() {
        use std::io::Read;
        let bytes = template_workbook(&roster(), Some(2017)).unwrap();
        // 填写说明 is sheet1, 单位名单 sheet2, the required sheets follow,
        // then 申诉.
        let n = SHEETS.len() + 3;
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
