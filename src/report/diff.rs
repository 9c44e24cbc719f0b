//! The outputs of `ksfk diff`: terminal text, the workbook (`变动汇总`,
//! `扣分变动`) and JSON, all from one [`Diff`].

use super::book::{new_workbook, Formats, Sheet};
use super::print;
use crate::diff::{Diff, EntryChange, Standing, UnitChange};
use crate::rules::fmt2;
use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, Format, FormatAlign, RowNum, XlsxError};
use serde::Serialize;
use std::fmt::Write;

pub const CHANGED_UNITS: &str = "变动汇总";
pub const CHANGED_ENTRIES: &str = "扣分变动";

/// Headers of `变动汇总`.
pub const UNIT_HEADERS: [&str; 10] = [
    "单位",
    "类别",
    "原总分",
    "新总分",
    "原排名",
    "新排名",
    "原折算分",
    "新折算分",
    "扣分变动条数",
    "说明",
];

/// Headers of `扣分变动`.
pub const ENTRY_HEADERS: [&str; 10] = [
    "单位",
    "条款",
    "来源",
    "编号",
    "变动",
    "原扣分",
    "新扣分",
    "原事由",
    "新事由",
    "类别",
];

/// The one line printed when nothing changed.
pub const NOTHING_CHANGED: &str = "两份结果相同：没有单位的总分、名次、折算分或扣分记录发生变化。";

/// `75.00 → 80.00`, or `80.00` when equal.
fn arrow(old: String, new: String) -> String {
    if old == new {
        new
    } else {
        format!("{old} → {new}")
    }
}

/// `住建局 75.00 → 80.00，第11名 → 第5名`.
pub fn unit_line(u: &UnitChange) -> String {
    match (u.old, u.new) {
        (Some(o), Some(n)) => {
            let mut s = format!(
                "{} {}，{}",
                u.name,
                arrow(fmt2(o.total), fmt2(n.total)),
                arrow(format!("第{}名", o.rank), format!("第{}名", n.rank))
            );
            if o.points.is_some() || n.points.is_some() {
                let p = |p: Option<Decimal>| p.map_or_else(|| "无".to_string(), fmt2);
                let _ = write!(s, "，折算分 {}", arrow(p(o.points), p(n.points)));
            }
            s
        }
        (Some(o), None) => format!(
            "{} 仅在旧结果中（{}，第{}名）",
            u.name,
            fmt2(o.total),
            o.rank
        ),
        (None, Some(n)) => format!(
            "{} 仅在新结果中（{}，第{}名）",
            u.name,
            fmt2(n.total),
            n.rank
        ),
        (None, None) => u.name.clone(),
    }
}

/// `变更 D3.2 热线工单!2 编号H1：5.00 → 0.00（新事由）`.
pub fn entry_line(e: &EntryChange) -> String {
    let mut s = format!("{} {} {}", e.change.label(), e.clause, e.source);
    if let Some(r) = &e.record {
        let _ = write!(s, " 编号{r}");
    }
    let amount = |x: &Option<(Decimal, String)>| x.as_ref().map(|(a, _)| fmt2(*a));
    let reason = e.new.as_ref().or(e.old.as_ref()).map(|(_, r)| r.as_str());
    let _ = match (amount(&e.old), amount(&e.new)) {
        (Some(o), Some(n)) => write!(s, "：{o} → {n}"),
        (Some(o), None) => write!(s, "：原扣{o}"),
        (None, Some(n)) => write!(s, "：扣{n}"),
        (None, None) => Ok(()),
    };
    // `，事由：…`, not `（…）`: a reason that is itself bracketed
    // (`（a）申诉不成立`) would read `（（a）…）`.
    if let Some(r) = reason.filter(|r| !r.is_empty()) {
        let _ = write!(s, "，事由：{r}");
    }
    s
}

/// The terminal text: the units whose total, rank or points changed, then
/// apart from them the units whose audit entries changed but whose score
/// did not; one line per unit with its changed entries below it. Or the
/// one line saying nothing changed.
pub fn diff_text(d: &Diff) -> String {
    if d.is_empty() {
        return format!("{NOTHING_CHANGED}\n");
    }
    let (score, entries_only) = d.grouped();
    let mut out = String::new();
    let list = |out: &mut String, units: &[&UnitChange]| {
        for u in units {
            let _ = writeln!(out, "{}", escaped(&unit_line(u)));
            for e in &u.entries {
                let _ = writeln!(out, "    {}", escaped(&entry_line(e)));
            }
        }
    };
    if score.is_empty() {
        out.push_str("没有单位的总分、名次或折算分发生变化。\n");
    } else {
        let _ = writeln!(out, "{}个单位的总分、名次或折算分有变动：", score.len());
        list(&mut out, &score);
    }
    if !entries_only.is_empty() {
        let _ = writeln!(
            out,
            "\n{}个单位只有扣分记录变动，总分、名次不变（如申诉不成立、扣分为0的记录）：",
            entries_only.len()
        );
        list(&mut out, &entries_only);
    }
    out
}

/// Control characters (ESC, BEL, …) and bidirectional overrides from the
/// compared files shown escaped as everywhere else ([`crate::term`]:
/// `\x1B`, `\u{202E}`), never sent raw to the terminal; a line break or
/// tab inside one listed line is escaped too.
fn escaped(s: &str) -> String {
    let one_line = s.replace('\n', "\\x0A").replace('\t', "\\x09");
    crate::term::escape(&one_line).into_owned()
}

/// Column widths of `变动汇总` (102 characters).
const UNIT_WIDTHS: [f64; 10] = [16.0, 6.0, 8.0, 8.0, 8.0, 8.0, 10.0, 10.0, 14.0, 14.0];

/// Column widths of `扣分变动`: 126 characters, one A4 landscape page
/// wide at 84 % or more (print::fit_scale).
const ENTRY_WIDTHS: [f64; 10] = [16.0, 6.0, 16.0, 14.0, 6.0, 8.0, 8.0, 23.0, 23.0, 6.0];

/// The title of the comparison, at the top of every printed page.
pub const TITLE: &str = "服务企业发展考核结果比较";

/// The comparison as a workbook: `变动汇总` and `扣分变动`. Each sheet
/// keeps its headers in row 1 and prints on A4 landscape with the title
/// in the page header, the headers on every page, and every text wrapped
/// in its column with row heights that show it.
/// `year`: the assessment year of the newer result, for the page header,
/// where the result says it.
pub fn diff_workbook(d: &Diff, year: Option<i32>) -> Result<Vec<u8>, XlsxError> {
    let fmt = Formats::new();
    let mut wb = new_workbook(TITLE)?;
    // Text at the top of its cell, wrapped; indented after a number, so
    // that the number never touches it.
    let wrap = fmt.wrap.clone();
    let indented = fmt.wrap.clone().set_align(FormatAlign::Left).set_indent(1);
    let top_num = Format::new()
        .set_align(FormatAlign::Top)
        .set_num_format("0.00");
    let top = Format::new().set_align(FormatAlign::Top);

    let ws = wb.add_worksheet().set_name(CHANGED_UNITS)?;
    let mut s = Sheet::new(ws, &fmt);
    for (col, w) in (0..).zip(UNIT_WIDTHS) {
        s.fix(col, w);
    }
    s.header(0, &UNIT_HEADERS)?;
    for (row, u) in (1..).zip(&d.units) {
        let note = match (u.old, u.new) {
            (Some(_), None) => "仅在旧结果中",
            (None, Some(_)) => "仅在新结果中",
            _ => "",
        };
        s.text_with(row, 0, &u.name, &wrap)?;
        s.text_with(row, 1, &u.category, &top)?;
        for (col, side) in [(2, u.old), (3, u.new)] {
            if let Some(x) = side {
                s.num_with(row, col, x.total, &top_num)?;
                s.ws.write_number_with_format(row, col + 2, f64::from(x.rank), &top)?;
                if let Some(p) = x.points {
                    s.num_with(row, col + 4, p, &top_num)?;
                }
            }
        }
        s.ws.write_number_with_format(row, 8, u.entries.len() as f64, &top)?;
        s.text_with(row, 9, note, &indented)?;
        // The indent takes about a character.
        print::fit_row(
            s.ws,
            row,
            &[(&u.name, UNIT_WIDTHS[0]), (note, UNIT_WIDTHS[9] - 1.0)],
        )?;
    }
    if d.is_empty() {
        s.text(1, 0, NOTHING_CHANGED)?;
    }
    s.ws.set_freeze_panes(1, 1)?;
    s.finish(8, 40, &[])?;
    print::titled_header_footer(
        ws,
        &format!("{TITLE}：{CHANGED_UNITS}"),
        CHANGED_UNITS,
        year,
    );

    let ws = wb.add_worksheet().set_name(CHANGED_ENTRIES)?;
    let mut s = Sheet::new(ws, &fmt);
    for (col, w) in (0..).zip(ENTRY_WIDTHS) {
        s.fix(col, w);
    }
    s.header(0, &ENTRY_HEADERS)?;
    let mut row: RowNum = 1;
    for u in &d.units {
        for e in &u.entries {
            let reason = |x: &Option<(Decimal, String)>| {
                x.as_ref().map(|(_, r)| r.clone()).unwrap_or_default()
            };
            let (old, new) = (reason(&e.old), reason(&e.new));
            let texts: [(ColNum, &str); 8] = [
                (0, &u.name),
                (1, &e.clause),
                (2, &e.source),
                (3, e.record.as_deref().unwrap_or("")),
                (4, e.change.label()),
                (7, &old),
                (8, &new),
                (9, &u.category),
            ];
            for (col, t) in texts {
                // 原事由 follows 新扣分: indented.
                let format = if col == 7 { &indented } else { &wrap };
                s.text_with(row, col, t, format)?;
            }
            for (col, side) in [(5 as ColNum, &e.old), (6, &e.new)] {
                if let Some((amount, _)) = side {
                    s.num_with(row, col, *amount, &top_num)?;
                }
            }
            // The indent takes about a character.
            let cells: Vec<(&str, f64)> = texts
                .iter()
                .map(|(c, t)| (*t, ENTRY_WIDTHS[*c as usize] - f64::from(*c == 7)))
                .collect();
            print::fit_row(s.ws, row, &cells)?;
            row += 1;
        }
    }
    s.ws.set_freeze_panes(1, 1)?;
    s.finish(6, 60, &[])?;
    print::titled_header_footer(
        ws,
        &format!("{TITLE}：{CHANGED_ENTRIES}"),
        CHANGED_ENTRIES,
        year,
    );
    wb.save_to_buffer()
}

#[derive(Serialize)]
struct DiffJson<'a> {
    changed: bool,
    units: Vec<UnitJson<'a>>,
}

#[derive(Serialize)]
struct StandingJson {
    total: String,
    rank: u32,
    points: Option<String>,
}

#[derive(Serialize)]
struct UnitJson<'a> {
    name: &'a str,
    category: &'a str,
    old: Option<StandingJson>,
    new: Option<StandingJson>,
    entries: Vec<EntryJson<'a>>,
}

#[derive(Serialize)]
struct EntryJson<'a> {
    change: &'static str,
    clause: &'a str,
    source: &'a str,
    record: Option<&'a str>,
    old_amount: Option<String>,
    new_amount: Option<String>,
    old_reason: Option<&'a str>,
    new_reason: Option<&'a str>,
}

fn standing(s: Option<Standing>) -> Option<StandingJson> {
    s.map(|s| StandingJson {
        total: fmt2(s.total),
        rank: s.rank,
        points: s.points.map(fmt2),
    })
}

/// The comparison as pretty-printed JSON with a trailing newline.
pub fn diff_json(d: &Diff) -> String {
    let doc = DiffJson {
        changed: !d.is_empty(),
        units: d
            .units
            .iter()
            .map(|u| UnitJson {
                name: &u.name,
                category: &u.category,
                old: standing(u.old),
                new: standing(u.new),
                entries: u
                    .entries
                    .iter()
                    .map(|e| EntryJson {
                        change: e.change.key(),
                        clause: &e.clause,
                        source: &e.source,
                        record: e.record.as_deref(),
                        old_amount: e.old.as_ref().map(|(a, _)| fmt2(*a)),
                        new_amount: e.new.as_ref().map(|(a, _)| fmt2(*a)),
                        old_reason: e.old.as_ref().map(|(_, r)| r.as_str()),
                        new_reason: e.new.as_ref().map(|(_, r)| r.as_str()),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::Change;
    use crate::rules::dec;

    fn change() -> UnitChange {
        UnitChange {
            name: "住建局".into(),
            category: "B组".into(),
            old: Some(Standing {
                total: dec!(75),
                rank: 11,
                points: None,
            }),
            new: Some(Standing {
                total: dec!(80),
                rank: 5,
                points: None,
            }),
            entries: vec![EntryChange {
                change: Change::Changed,
                clause: "D3.2".into(),
                source: "热线工单!7".into(),
                record: Some("GD\u{1b}[2J".into()),
                old: Some((dec!(5), "逾期".into())),
                new: Some((dec!(0), "逾期；申诉成立：原应扣5.00，免扣".into())),
            }],
        }
    }

    #[test]
    fn terminal_lines_as_output_md_shows_them() {
        let d = Diff {
            units: vec![change()],
        };
        let text = diff_text(&d);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "1个单位的总分、名次或折算分有变动：");
        assert_eq!(lines[1], "住建局 75.00 → 80.00，第11名 → 第5名");
        // The ESC of a hostile 编号 is shown escaped.
        assert_eq!(
            lines[2],
            "    变更 D3.2 热线工单!7 编号GD\\x1B[2J：5.00 → 0.00，事由：逾期；申诉成立：原应扣5.00，免扣"
        );
        assert!(!text.contains('\u{1b}'));
        assert_eq!(diff_text(&Diff::default()), format!("{NOTHING_CHANGED}\n"));
    }

    #[test]
    fn units_whose_entries_changed_only_are_listed_apart_without_doubled_brackets() {
        let mut same = change();
        same.name = "公安局".into();
        same.new = same.old;
        same.entries = vec![EntryChange {
            change: Change::Added,
            clause: "D3.2".into(),
            source: "申诉!3".into(),
            record: Some("GD7".into()),
            old: None,
            new: Some((dec!(0), "（a）申诉不成立：证据不足".into())),
        }];
        let d = Diff {
            units: vec![same.clone(), change()],
        };
        let text = diff_text(&d);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "1个单位的总分、名次或折算分有变动：");
        assert_eq!(lines[1], "住建局 75.00 → 80.00，第11名 → 第5名");
        assert_eq!(lines[3], "");
        assert!(lines[4].starts_with("1个单位只有扣分记录变动，总分、名次不变"));
        assert_eq!(lines[5], "公安局 75.00，第11名");
        assert_eq!(
            lines[6],
            "    新增 D3.2 申诉!3 编号GD7：扣0.00，事由：（a）申诉不成立：证据不足"
        );
        assert!(!text.contains("（（"), "{text}");
        let only = diff_text(&Diff { units: vec![same] });
        assert!(
            only.starts_with("没有单位的总分、名次或折算分发生变化。\n\n1个单位只有扣分记录变动"),
            "{only}"
        );
    }

    #[test]
    fn unchanged_total_and_points_are_shown_once() {
        let mut u = change();
        u.new = Some(Standing {
            total: dec!(75),
            rank: 12,
            points: Some(dec!(2.25)),
        });
        u.old.as_mut().unwrap().points = Some(dec!(2.25));
        assert_eq!(unit_line(&u), "住建局 75.00，第11名 → 第12名，折算分 2.25");
    }

    #[test]
    fn workbook_and_json_are_deterministic() {
        let d = Diff {
            units: vec![change()],
        };
        assert!(diff_workbook(&d, Some(2017)).unwrap() == diff_workbook(&d, Some(2017)).unwrap());
        let v: serde_json::Value = serde_json::from_str(&diff_json(&d)).unwrap();
        assert_eq!(v["units"][0]["entries"][0]["change"], "changed");
        assert_eq!(v["units"][0]["old"]["rank"], 11);
        assert_eq!(
            diff_json(&Diff::default()),
            "{\n  \"changed\": false,\n  \"units\": []\n}\n"
        );
    }
    #[test]
    fn workbook_prints_titled_with_page_numbers_and_rows_tall_enough() {
        let mut u = change();
        let long = "回访及二次转办结果均不满意，免责评判为不免责，单个部门处办（R5），每件扣5.00"
            .repeat(2);
        u.entries[0].new = Some((dec!(0), long.clone()));
        let bytes = diff_workbook(&Diff { units: vec![u] }, Some(2017)).unwrap();
        let part = |name: &str| {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).unwrap();
            let mut f = zip.by_name(name).unwrap();
            let mut out = String::new();
            std::io::Read::read_to_string(&mut f, &mut out).unwrap();
            out
        };
        for (n, sheet) in [(1, CHANGED_UNITS), (2, CHANGED_ENTRIES)] {
            let xml = part(&format!("xl/worksheets/sheet{n}.xml"));
            assert!(
                xml.contains(&format!(
                    "&amp;C&amp;14&amp;\"-,Bold\"{TITLE}：{sheet}&amp;R2017年度服务企业发展考核"
                )),
                "{xml}"
            );
            assert!(xml.contains("<oddFooter>&amp;C第&amp;P页，共&amp;N页</oddFooter>"));
            assert!(xml.contains("paperSize=\"9\"") && xml.contains("orientation=\"landscape\""));
            assert!(
                xml.contains("<pageSetUpPr fitToPage=\"1\"/>") && xml.contains("fitToHeight=\"0\"")
            );
        }
        // One page wide at 82 % or more: nothing below 9 points.
        for widths in [&UNIT_WIDTHS[..], &ENTRY_WIDTHS[..]] {
            assert!(print::fit_scale(widths, true) >= print::MIN_SCALE);
        }
        let book = part("xl/workbook.xml");
        assert!(book.contains("扣分变动!$1:$1"), "{book}");
        // The long reason's row is as tall as its lines in 新事由.
        // 原事由 follows 新扣分: left-aligned and indented (an indent
        // without a horizontal alignment is ignored by Excel and
        // LibreOffice alike).
        assert!(
            part("xl/styles.xml").contains(
                "<alignment horizontal=\"left\" vertical=\"top\" indent=\"1\" wrapText=\"1\"/>"
            ),
            "{}",
            part("xl/styles.xml")
        );
        let xml = part("xl/worksheets/sheet2.xml");
        let lines = print::wrapped_lines(&long, ENTRY_WIDTHS[8]);
        assert!(lines >= 4);
        assert!(
            xml.contains(&format!(
                "<row r=\"2\" spans=\"1:10\" ht=\"{}\" customHeight=\"1\"",
                print::height_for_lines(lines)
            )),
            "{xml}"
        );
    }
}
