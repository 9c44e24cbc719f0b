//! 说明: the run's facts (year, as-of date, files and their SHA-256, options,
//! row counts), the appeals and their effect, and the Readings; a unit's
//! 说明 lists the Readings its entries cite.

use super::book::{clip, Formats, Sheet};
use super::xlsx::*;
use super::{print, RunInfo};
use crate::rules::fmt2;
use crate::rules::readings::{Reading, READINGS};
use crate::score::{Results, UnitResult};
use rust_xlsxwriter::{ColNum, Format, FormatAlign, RowNum, Worksheet, XlsxError};

/// 说明's 考核性质: a year-end run, or an interim one and what it means.
pub(super) fn nature_text(results: &Results) -> String {
    match results.interim_label() {
        Some(label) => format!(
            "{label}：日常考核，得分与排名为暂计；满意度调查尚未进行的单位，Z4.2、D4按满分暂计"
        ),
        None => "年度考核".to_string(),
    }
}

/// 说明: the run's facts, rows per ledger sheet, and the Readings.
pub(super) fn write_notes(
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
pub(super) const NOTES_WIDTHS: [f64; 9] = [12.0, 14.0, 24.0, 20.0, 8.0, 8.0, 10.0, 15.0, 15.0];

/// Column widths of a per-unit workbook's 说明 (项目/内容, and the
/// Readings: 编号, 适用, 解读, 理由).
pub(super) const UNIT_NOTES_WIDTHS: [f64; 4] = [12.0, 14.0, 50.0, 44.0];

/// The row of the first table of a 说明 sheet, below its title.
pub(super) const NOTES_FIRST_ROW: RowNum = 2;

/// The title of a 说明 sheet in A1.
pub(super) fn notes_title(s: &mut Sheet, title: &str) -> Result<(), XlsxError> {
    let format = Format::new().set_bold().set_font_size(14);
    s.ws.write_string_with_format(0, 0, clip(title), &format)?;
    s.ws.set_row_height(0, 22)?;
    Ok(())
}

/// The table of Readings (编号, 适用, 解读, 理由) from `row`, every cell
/// wrapped in its column of `widths` (fixed by the caller), with row
/// heights that show them whole.
pub(super) fn write_readings<'r>(
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
pub(super) fn reading_ids(text: &str) -> Vec<String> {
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
pub(super) fn write_unit_notes(
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
