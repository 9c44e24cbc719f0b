//! Terminal text for `explain`, `rules` and `check`, in Chinese, columns
//! aligned by display width (a CJK character takes two columns).

use super::book::display_width;
use super::xlsx::{points_text, rank_text};
use crate::model::{kinds, thousands, Category, SheetCount, Warning};
use crate::rules::readings::{reading, READINGS};
use crate::rules::{fmt2, ClauseId};
use crate::score::Results;
use std::fmt::Write;

/// Pads `s` with spaces to `width` display columns.
fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(s)),
    ));
    out
}

/// Right-aligns `s` in `width` display columns.
fn pad_left(s: &str, width: usize) -> String {
    let mut out: String =
        std::iter::repeat_n(' ', width.saturating_sub(display_width(s))).collect();
    out.push_str(s);
    out
}

/// One unit's derivation: each clause with its marks and score, every
/// audit entry under it, then 总分, 排名 and 折算分.
pub fn explain(results: &Results, index: usize) -> String {
    let Some(u) = results.units.get(index) else {
        return format!(
            "没有第{}个单位（共{}个）。\n",
            index + 1,
            results.units.len()
        );
    };
    let mut out = String::new();
    let _ = writeln!(out, "单位：{}（{}）", u.name, u.category.label());
    let _ = writeln!(
        out,
        "考核年度：{}　基准日：{}",
        results.year,
        results.as_of.format("%Y-%m-%d")
    );
    out.push('\n');

    let item_width = u
        .clauses
        .iter()
        .map(|c| display_width(c.clause.item()))
        .max()
        .unwrap_or(0);
    let id_width = 5;
    let _ = writeln!(
        out,
        "{}{}  {}  {}",
        pad("条款", id_width),
        pad("考核项目", item_width),
        pad_left("分值", 6),
        pad_left("得分", 6)
    );
    for c in &u.clauses {
        let _ = writeln!(
            out,
            "{}{}  {}  {}",
            pad(c.clause.id(), id_width),
            pad(c.clause.item(), item_width),
            pad_left(&fmt2(c.clause.marks()), 6),
            pad_left(&fmt2(c.score), 6)
        );
        for e in &c.entries {
            let _ = write!(
                out,
                "{}扣 {}  {}（来源：{}",
                " ".repeat(id_width),
                pad_left(&fmt2(e.amount), 5),
                e.reason,
                e.source
            );
            if let Some(r) = &e.record {
                let _ = write!(out, "；编号：{r}");
            }
            if let Some(d) = e.date {
                let _ = write!(out, "；日期：{d}");
            }
            if let Some(c) = &e.calc {
                let _ = write!(out, "；计算：{c}");
            }
            out.push_str("）\n");
        }
    }
    out.push('\n');
    let marks: rust_decimal::Decimal = u.clauses.iter().map(|c| c.clause.marks()).sum();
    let interim = results
        .interim_label()
        .map(|l| format!("，{l}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "总分：{}（满分{}，扣{}{interim}）",
        fmt2(u.total),
        fmt2(marks),
        fmt2(marks - u.total)
    );
    let _ = writeln!(out, "排名：{}", rank_text(results, u));
    if let Some(p) = u.points {
        let _ = writeln!(out, "折算分：{}（{}）", fmt2(p), points_text(results));
    }
    out.push_str(&appeals_text(results, u.unit));
    out
}

/// The unit's appeals (申诉) and what each did; nothing without any.
pub fn appeals_text(results: &Results, unit: crate::model::UnitId) -> String {
    let mine: Vec<_> = results.appeals.iter().filter(|a| a.unit == unit).collect();
    if mine.is_empty() {
        return String::new();
    }
    let mut out = format!("\n申诉（{}条）：\n", mine.len());
    for e in mine {
        let a = &e.appeal;
        let _ = writeln!(
            out,
            "  {} {} {}：{}{}，理由：{}；{}",
            a.place,
            e.clause,
            a.target(),
            a.decision.label(),
            a.reference_label(),
            a.reason,
            e.describe()
        );
    }
    out
}

/// The rubric: every clause of both categories with its marks, the
/// regulation's sentence, ksfk's rule and the Readings it applies; then the
/// whole Readings table with the reasons.
pub fn rules_text() -> String {
    let mut out = String::new();
    out.push_str("昆山市服务企业发展考核细则（昆政办发〔2017〕148号）与 ksfk 的计分规则\n");
    let groups: [(&str, Category, usize); 2] = [
        ("一、对各区镇的考核", Category::Town, ClauseId::TOWN.len()),
        (
            "二、对相关部门的考核（A组、B组）",
            Category::GroupA,
            ClauseId::DEPT.len(),
        ),
    ];
    for (title, category, n) in groups {
        let clauses = ClauseId::of(category);
        let total: rust_decimal::Decimal = clauses.iter().map(|c| c.marks()).sum();
        let _ = writeln!(out, "\n{title}（{n}项，满分{}分）", fmt2(total));
        for c in clauses {
            let info = c.info();
            let _ = writeln!(out, "\n{} {}（{}分）", info.id, info.item, fmt2(c.marks()));
            let _ = writeln!(out, "    细则：{}", info.sentence);
            let _ = writeln!(out, "    计分：{}", info.rule);
            for id in info.readings {
                match reading(id) {
                    Some(r) => {
                        let _ = writeln!(out, "    解读 {}：{}", pad(r.id, 3), r.choice);
                    }
                    None => {
                        let _ = writeln!(out, "    解读 {id}");
                    }
                }
            }
        }
    }
    out.push_str("\n三、解读（细则留有选择之处，ksfk 的读法及理由）\n");
    let place_width = READINGS
        .iter()
        .map(|r| display_width(r.place))
        .max()
        .unwrap_or(0);
    for r in READINGS {
        let _ = writeln!(
            out,
            "\n{} ［{}］ {}",
            pad(r.id, 3),
            pad(r.place, place_width),
            r.choice
        );
        let _ = writeln!(out, "    理由：{}", r.reason);
    }
    out
}

/// The findings for the terminal (docs/outputs.md, Warnings and notes): the
/// warnings first, each with its place (at most `limit`, then how many more
/// and `where_all`); then the notes summarised per sheet
/// (`热线工单：93行不在2017年，不计入`; rows outside the year are counted
/// from `counts`).
pub fn findings_text(
    warnings: &[Warning],
    counts: &[SheetCount],
    year: i32,
    limit: usize,
    where_all: &str,
) -> String {
    let mut out = String::new();
    let listed: Vec<&Warning> = warnings.iter().filter(|w| w.is_warning()).collect();
    let total: usize = listed.iter().map(|w| w.count()).sum();
    if total > 0 {
        let _ = writeln!(out, "警告（{total}条，可能影响得分或需要处理）：");
        for w in listed.iter().take(limit) {
            let _ = writeln!(out, "  {w}");
        }
        if listed.len() > limit {
            let more: usize = listed[limit..].iter().map(|w| w.count()).sum();
            let _ = writeln!(out, "  ……另有{more}条未列出，{where_all}");
        }
    }
    let mut notes: Vec<String> = counts
        .iter()
        .filter(|c| c.left_out > 0)
        .map(|c| {
            format!(
                "{}：{}行不在{year}年，不计入",
                c.sheet,
                thousands(c.left_out)
            )
        })
        .collect();
    let others: Vec<&Warning> = warnings
        .iter()
        .filter(|w| !w.is_warning() && w.kind != kinds::OUT_OF_YEAR)
        .collect();
    for w in others.iter().take(limit) {
        notes.push(match w.place.split_once('!') {
            None if !w.place.is_empty() => format!("{}：{}", w.place, w.message),
            _ => w.to_string(),
        });
    }
    if others.len() > limit {
        notes.push(format!("……另有{}条提示未列出", others.len() - limit));
    }
    if !notes.is_empty() {
        out.push_str("提示（未计入考核的行等）：\n");
        for n in notes {
            let _ = writeln!(out, "  {n}");
        }
    }
    out
}

/// The first and the last units of each category, every unit sharing the
/// place named (`第1名 城管局、卫计委 100.00（2个并列）`).
pub fn leaders_text(results: &Results) -> String {
    let mut out = String::new();
    for category in Category::ALL {
        let units: Vec<_> = results
            .units
            .iter()
            .filter(|u| u.category == category)
            .collect();
        let (Some(first), Some(last)) = (
            units.iter().map(|u| u.rank).min(),
            units.iter().map(|u| u.rank).max(),
        ) else {
            continue;
        };
        let at = |rank: u32| {
            let tied: Vec<_> = units.iter().filter(|u| u.rank == rank).collect();
            let names: Vec<&str> = tied.iter().map(|u| u.name.as_str()).collect();
            let total = tied.first().map(|u| fmt2(u.total)).unwrap_or_default();
            if tied.len() > 1 {
                format!("{} {total}（{}个并列）", names.join("、"), tied.len())
            } else {
                format!("{} {total}", names.join("、"))
            }
        };
        if first == last {
            let _ = writeln!(
                out,
                "  {}（{}个）：并列第1名 {}",
                category,
                units.len(),
                at(first)
            );
        } else {
            let _ = writeln!(
                out,
                "  {}（{}个）：第1名 {}，末位 {}",
                category,
                units.len(),
                at(first),
                at(last)
            );
        }
    }
    out
}

/// `check`'s table of rows per ledger sheet, with the rows left out as
/// outside the year; when several files were read, one line per sheet per
/// file, the sheet shown as `热线.xlsx:热线工单`.
pub fn check_summary(counts: &[SheetCount]) -> String {
    let headers = ["工作表", "行数", "年度外未计入"];
    let name = |c: &SheetCount| match c.file {
        Some(file) => format!("{file}:{}", c.sheet),
        None => c.sheet.to_string(),
    };
    let name_width = counts
        .iter()
        .map(|c| display_width(&name(c)))
        .chain([display_width(headers[0]), display_width("合计")])
        .max()
        .unwrap_or(0);
    let rows_width = display_width(headers[1]).max(6);
    let out_width = display_width(headers[2]);
    let line = |a: &str, b: &str, c: &str| {
        format!(
            "{}  {}  {}\n",
            pad(a, name_width),
            pad_left(b, rows_width),
            pad_left(c, out_width)
        )
    };
    let mut out = line(headers[0], headers[1], headers[2]);
    let (mut rows, mut left_out) = (0usize, 0usize);
    for c in counts {
        out.push_str(&line(
            &name(c),
            &c.rows.to_string(),
            &c.left_out.to_string(),
        ));
        rows += c.rows;
        left_out += c.left_out;
    }
    out.push_str(&line("合计", &rows.to_string(), &left_out.to_string()));
    if left_out > 0 {
        let _ = writeln!(
            out,
            "注：{left_out}行的日期不在考核年度内，已校验但不计分（见提示）。"
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures::sample;
    use crate::rules::dec;
    use crate::score::{Points, PointsMethod};

    #[test]
    fn explain_lists_clauses_entries_and_rank() {
        let text = explain(&sample(Points::default()), 0);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "单位：昆山开发区（区镇）");
        assert_eq!(lines[1], "考核年度：2017　基准日：2017-12-31");
        // Header and clause rows align: every score ends in the same column.
        let header = lines.iter().position(|l| l.starts_with("条款")).unwrap();
        let z11 = lines[header + 1];
        assert!(z11.starts_with("Z1.1 建立企业服务例会制度"), "{z11}");
        assert!(z11.ends_with("  2.00    1.50"), "{z11:?}");
        assert_eq!(display_width(lines[header]), display_width(z11));
        assert!(
            lines.contains(&"     扣  0.50  第2季度无计次例会（来源：热线工单!17）"),
            "{text}"
        );
        assert!(lines.contains(
            &"     扣  0.50  逾期3个工作日（来源：热线工单!17；编号：GD-001；日期：2017-03-01）"
        ));
        assert!(lines.contains(
            &"     扣  0.00  免责，不扣分（来源：热线工单!17；编号：GD-003；日期：2017-03-01；计算：10×(1−0)÷3 = 3.33）"
        ));
        assert!(lines.contains(&"总分：98.50（满分100.00，扣1.50）"));
        assert!(lines.contains(&"排名：第1名/共1个（区镇）"));
        assert!(!text.contains("折算分"));
    }

    #[test]
    fn explain_shows_points_and_survives_a_bad_index() {
        let results = sample(Points {
            town: None,
            dept: Some(dec!(3)),
            method: PointsMethod::Linear,
        });
        let text = explain(&results, 1);
        // 97.5 × 3 / 100 = 2.925 → 2.93.
        assert!(text.contains("折算分：2.93（方法 linear"), "{text}");
        assert!(text.contains("D1   信息工作"), "{text}");
        assert_eq!(explain(&results, 9), "没有第10个单位（共3个）。\n");
    }

    #[test]
    fn rules_text_has_every_clause_and_reading() {
        let text = rules_text();
        for c in ClauseId::TOWN.iter().chain(ClauseId::DEPT.iter()) {
            let head = format!("{} {}（{}分）", c.id(), c.item(), fmt2(c.marks()));
            assert!(text.contains(&head), "{head}");
            assert!(text.contains(c.info().sentence));
        }
        assert!(text.contains("    解读 R6 ：没有议题或会议记录的例会不计次数。"));
        for r in READINGS {
            assert!(text.contains(r.reason), "{}", r.id);
        }
        assert!(text.contains("一、对各区镇的考核（10项，满分100.00分）"));
        assert!(text.contains("二、对相关部门的考核（A组、B组）（6项，满分100.00分）"));
    }

    #[test]
    fn check_summary_table_and_note() {
        let counts = [
            SheetCount {
                file: None,
                sheet: "热线工单",
                rows: 120,
                left_out: 3,
            },
            SheetCount {
                file: None,
                sheet: "满意度调查",
                rows: 51,
                left_out: 0,
            },
        ];
        let text = check_summary(&counts);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "工作表        行数  年度外未计入");
        assert_eq!(lines[1], "热线工单       120             3");
        assert_eq!(lines[2], "满意度调查      51             0");
        assert_eq!(lines[3], "合计           171             3");
        assert_eq!(
            lines[4],
            "注：3行的日期不在考核年度内，已校验但不计分（见提示）。"
        );
        let none = check_summary(&counts[1..]);
        assert!(!none.contains("注："));
    }

    #[test]
    fn check_summary_names_each_file_when_several() {
        let count = |file, sheet, rows| SheetCount {
            file: Some(file),
            sheet,
            rows,
            left_out: 0,
        };
        let counts = [
            count("热线.xlsx", "热线工单", 100),
            count("中心.xlsx", "热线工单", 20),
            count("调查.xlsx", "满意度调查", 51),
        ];
        let text = check_summary(&counts);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "热线.xlsx:热线工单       100             0");
        assert_eq!(lines[2], "中心.xlsx:热线工单        20             0");
        assert_eq!(lines[3], "调查.xlsx:满意度调查      51             0");
        assert_eq!(lines[4], "合计                     171             0");
    }
}
