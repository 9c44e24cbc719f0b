//! Reading what analysts type (issue 12): header typos, full-width forms,
//! every error in one run, warnings vs notes, the year, ties, and the
//! terminal's wrapping. Every ledger is built in code.

use crate::common::*;
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

fn rows_of(path: &Path, name: &str) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = wb.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|d| match d {
                    Data::Empty => String::new(),
                    d => d.to_string(),
                })
                .collect()
        })
        .collect()
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------
// Header typos, missing and duplicate columns, ignored columns

const HOTLINE: [&str; 11] = [
    "工单编号",
    "承办单位",
    "主协办",
    "转办日期",
    "办理时限",
    "延期至",
    "办结日期",
    "逾期扣分",
    "回访结果",
    "二次转办结果",
    "免责评判",
];

#[test]
fn a_mistyped_optional_header_is_an_error_at_its_cell() {
    let dir = tmp();
    // 办结日期 (G) typed 办结日其: without the error every case would read as
    // still open.
    let mut headers = HOTLINE;
    headers[6] = "办结日其";
    let t = TestLedger::valid().headers("热线工单", &headers).row(
        "热线工单",
        &[
            ("工单编号", s("R1")),
            ("承办单位", s("商务局")),
            ("转办日期", s("2017-03-01")),
            ("办理时限", s("2017-03-10")),
            ("办结日其", s("2017-03-08")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!G1", &["办结日其", "办结日期"]);
    // 回访结杲 for 回访结果 (I), in another sheet of the same run.
    let mut headers = HOTLINE;
    headers[8] = "回访结杲";
    let t = TestLedger::valid().headers("热线工单", &headers);
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!I1", &["回访结杲", "是否应为「回访结果」"]);
}

#[test]
fn a_missing_required_column_points_at_the_closest_header_cell() {
    let dir = tmp();
    // One character away: the typo rule, at D1.
    let t = TestLedger::valid().headers("例会", &["单位", "日期", "有议题", "会议记录"]);
    let p = save(&t, dir.path());
    assert_error(&p, "例会!D1", &["会议记录", "有会议记录", "必需"]);
    // Further away: still the closest header cell, with the column's name.
    let t = TestLedger::valid().headers("例会", &["单位", "日期", "有议题", "会议记录有无"]);
    let p = save(&t, dir.path());
    assert_error(
        &p,
        "例会!D1",
        &["缺少必需的列「有会议记录」", "会议记录有无"],
    );
    // No header cell left: row 1.
    let t = TestLedger::valid().headers("例会", &["单位", "日期", "有议题"]);
    let p = save(&t, dir.path());
    assert_error(&p, "例会!1", &["有会议记录"]);
}

#[test]
fn two_header_cells_of_one_name_are_an_error_at_the_later() {
    let dir = tmp();
    let t = TestLedger::valid().headers("例会", &["单位", "日期", "有议题", "有会议记录", "日期"]);
    let p = save(&t, dir.path());
    assert_error(&p, "例会!E1", &["日期", "两次", "例会!B1"]);
    // Also for a column ksfk does not read.
    let t = TestLedger::valid().headers(
        "例会",
        &["单位", "日期", "有议题", "有会议记录", "备注", "备注"],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "例会!F1", &["备注", "两次"]);
}

#[test]
fn check_lists_the_columns_it_ignores() {
    let dir = tmp();
    let t = TestLedger::valid().headers(
        "例会",
        &["单位", "日期", "有议题", "有会议记录", "备注", "经办人"],
    );
    let p = save(&t, dir.path());
    let (code, _, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("例会：忽略的列：备注（E1）、经办人（F1）"),
        "{err}"
    );
    // A note, not a warning: --strict passes.
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2017", "--strict"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn rows_are_checked_even_when_a_required_column_is_missing() {
    let dir = tmp();
    // 有会议记录 is missing (one error at the header); the bad date of row 2
    // is reported in the same run, and no row gets a 必填 error.
    let t = TestLedger::valid()
        .headers("例会", &["单位", "日期", "有议题"])
        .row(
            "例会",
            &[
                ("单位", s("周庄镇")),
                ("日期", s("2017-13-01")),
                ("有议题", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    assert_error(&p, "例会!1", &["有会议记录"]);
    assert_error(&p, "例会!B2", &["日期", "2017-13-01"]);
    let (_, _, err) = check(&p);
    assert!(err.contains("错误（2处）"), "{err}");
}

// ---------------------------------------------------------------------------
// What analysts type: the same scores as the plain spelling

/// One ledger with values spelled plainly, or as typed with Chinese input
/// methods (full-width digits and marks, half-width brackets, ✓/✗, 第2季度,
/// 3月 …). Both must give the same scores.
fn typed_ledger(typed: bool) -> TestLedger {
    let wide = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                '0'..='9' | '.' | '-' | '/' | '%' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                c => c,
            })
            .collect()
    };
    let date = |v: &str| if typed { s(&wide(v)) } else { s(v) };
    let number = |v: f64| {
        if typed {
            s(&wide(&v.to_string()))
        } else {
            n(v)
        }
    };
    let yes = ["✓", "✔", "是"];
    let no = ["✗", "✘", "没有"];
    let flag = |b: bool, i: usize| {
        if !typed {
            s(if b { "是" } else { "否" })
        } else if b {
            s(yes[i % 3])
        } else {
            s(no[i % 3])
        }
    };
    let quarter = |q: usize, i: usize| {
        if typed {
            let forms = [
                format!("第{q}季度"),
                format!("{q}季度"),
                ["一", "二", "三", "四"][q - 1].to_string() + "季度",
                format!("第{}季度", ["一", "二", "三", "四"][q - 1]),
                format!("Q{q}"),
            ];
            s(&forms[i % forms.len()])
        } else {
            n(q as f64)
        }
    };
    let month = |m: usize| {
        if !typed {
            n(m as f64)
        } else if m.is_multiple_of(2) {
            s(&format!("{m}月"))
        } else {
            s(&format!("{m:02}"))
        }
    };
    let shangwu = if typed {
        "商务局(招商服务中心)"
    } else {
        "商务局（招商服务中心）"
    };
    let mut t = TestLedger::valid();
    // 热线工单: overdue cases with assessed deductions, a 不满意 chain.
    t = t
        .row(
            "热线工单",
            &[
                ("工单编号", s("R1")),
                ("承办单位", s("周庄镇")),
                ("转办日期", date("2017-03-01")),
                ("办理时限", date("2017-03-10")),
                ("办结日期", date("2017-03-20")),
                ("逾期扣分", number(1.5)),
            ],
        )
        .row(
            "热线工单",
            &[
                ("工单编号", s("R2")),
                ("承办单位", s(shangwu)),
                ("转办日期", date("2017/4/1")),
                ("办理时限", date("2017/4/10")),
                ("办结日期", date("2017.4.25")),
                ("逾期扣分", number(7.5)),
            ],
        )
        .row(
            "热线工单",
            &[
                ("工单编号", s("R3")),
                ("承办单位", s(shangwu)),
                ("转办日期", date("2017年5月2日")),
                ("办理时限", date("2017年5月12日")),
                ("办结日期", date("2017年5月10日")),
                ("回访结果", s("不满意")),
                ("二次转办结果", s("不满意")),
                ("免责评判", s("不免责")),
            ],
        );
    // 例会: the Q4 meeting has no minutes.
    for (i, (d, minutes)) in [
        ("2017-02-10", true),
        ("2017-05-10", true),
        ("2017-08-10", true),
        ("2017-11-10", false),
    ]
    .into_iter()
    .enumerate()
    {
        t = t.row(
            "例会",
            &[
                ("单位", s("周庄镇")),
                ("日期", date(d)),
                ("有议题", flag(true, i)),
                ("有会议记录", flag(minutes, i)),
            ],
        );
    }
    // 工作总结: Q4 missing. 督查: two quarters, one scored 2.5.
    for (i, q) in [1, 2, 3].into_iter().enumerate() {
        t = t.row(
            "工作总结",
            &[("单位", s("周庄镇")), ("季度", quarter(q, i))],
        );
    }
    for (i, (q, score)) in [(1, 2.5), (2, 1.5), (3, 2.0), (4, 2.5)]
        .into_iter()
        .enumerate()
    {
        t = t.row(
            "督查",
            &[
                ("单位", s("周庄镇")),
                ("季度", quarter(q, i + 2)),
                ("得分", number(score)),
                ("有台账记录", flag(true, i)),
                ("有汇报材料", flag(i != 1, i)),
            ],
        );
    }
    // 诉求月报: months 1..10 reported, 11 and 12 missed.
    for m in 1..=10 {
        t = t.row(
            "诉求月报",
            &[
                ("单位", s("周庄镇")),
                ("月份", month(m)),
                ("状态", s("已报送")),
            ],
        );
    }
    // 服务举措: 80% done.
    t = t.row(
        "服务举措",
        &[
            ("单位", s("周庄镇")),
            ("举措名称", s("企业服务日")),
            ("制定日期", date("2017-03-05")),
            ("已实施", flag(true, 0)),
            ("已报送成果", flag(true, 1)),
            ("完成比例", if typed { s("８０％") } else { n(80.0) }),
        ],
    );
    // 信息报送 and 满意度调查 for 商务局, by its name with brackets.
    for (i, adopted) in [true, false, true].into_iter().enumerate() {
        t = t.row(
            "信息报送",
            &[
                ("单位", s(shangwu)),
                ("日期", date(&format!("2017-0{}-15", i + 3))),
                ("录用", flag(adopted, i)),
            ],
        );
    }
    t.row(
        "满意度调查",
        &[("单位", s(shangwu)), ("得分", number(62.5))],
    )
}

#[test]
fn typed_forms_score_as_the_plain_spelling() {
    let dir = tmp();
    let mut docs = Vec::new();
    for typed in [false, true] {
        let p = dir.path().join(format!("ledger-{typed}.xlsx"));
        typed_ledger(typed).save(&p);
        let j = dir.path().join(format!("r-{typed}.json"));
        let o = dir.path().join(format!("r-{typed}.xlsx"));
        let (code, out, err) = run(&[
            "score",
            p.to_str().unwrap(),
            "--year",
            "2017",
            "-o",
            o.to_str().unwrap(),
            "--json",
            j.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{out}\n{err}");
        docs.push(json(&j));
    }
    assert_eq!(docs[0]["units"], docs[1]["units"]);
    // The comparison is not of two untouched ledgers: both lose marks.
    let total = |name: &str| {
        docs[1]["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["name"] == name)
            .unwrap()["total"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_ne!(total("周庄镇"), "100.00");
    assert_ne!(total("商务局（招商服务中心）"), "100.00");
}

#[test]
fn a_date_without_its_year_is_an_error_with_a_hint() {
    let dir = tmp();
    let t = TestLedger::valid().row(
        "例会",
        &[
            ("单位", s("周庄镇")),
            ("日期", s("3月5日")),
            ("有议题", s("是")),
            ("有会议记录", s("是")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "例会!B2", &["3月5日", "缺少年份", "2017年3月5日"]);
}

// ---------------------------------------------------------------------------
// Every error in one run

#[test]
fn a_row_with_an_unknown_unit_is_still_checked_cell_by_cell() {
    let dir = tmp();
    let t = TestLedger::valid().row(
        "热线工单",
        &[
            ("工单编号", s("R1")),
            ("承办单位", s("城市管理办事处")),
            ("转办日期", s("2017-03-01")),
            ("办理时限", s("2017-13-10")),
            ("逾期扣分", s("很多")),
            ("回访结果", s("还行")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(
        &p,
        "热线工单!B2",
        &["承办单位", "城市管理办事处", "不在单位名单中"],
    );
    assert_error(&p, "热线工单!E2", &["办理时限", "2017-13-10"]);
    assert_error(&p, "热线工单!H2", &["逾期扣分", "很多"]);
    assert_error(&p, "热线工单!I2", &["回访结果", "还行"]);
    // The case's 主办 may be the unreadable row: no "没有主办" error.
    let (_, _, err) = check(&p);
    assert!(!err.contains("没有主办"), "{err}");
    assert!(err.contains("错误（4处）"), "{err}");
}

#[test]
fn a_transfer_row_with_an_unknown_unit_has_its_flags_checked() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "转办件",
            &[
                ("编号", s("Z1")),
                ("来源", s("督办")),
                ("承办单位", s("城市管理办事处")),
                ("转办日期", s("2017-03-01")),
                ("办理时限", s("2017-03-10")),
                ("按期沟通", s("大概")),
            ],
        )
        .row(
            "转办件",
            &[
                ("编号", s("Z1")),
                ("来源", s("督办")),
                ("承办单位", s("公安局")),
                ("主协办", s("协办")),
                ("转办日期", s("2017-03-01")),
                ("办理时限", s("2017-03-10")),
                ("按期沟通", s("是")),
                ("初步处理意见", s("是")),
                ("反馈结果", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    assert_error(&p, "转办件!C2", &["城市管理办事处"]);
    assert_error(&p, "转办件!J2", &["按期沟通", "大概"]);
    let (_, _, err) = check(&p);
    // Z1's 主办 is the unreadable row: no second error about it.
    assert!(!err.contains("没有主办"), "{err}");
    assert!(err.contains("错误（2处）"), "{err}");
}

#[test]
fn coverage_errors_come_with_cell_errors() {
    let dir = tmp();
    let mut t = TestLedger::headers_only();
    for town in TOWNS.iter().filter(|t| **t != "周庄镇") {
        t = t.row("沟通机制", &communication_row(town));
    }
    for unit in all_units() {
        if unit == "发改委" {
            continue;
        }
        // 公安局's row has a bad score: it has a row all the same.
        let score = if unit == "公安局" {
            s("九十")
        } else {
            n(90.0)
        };
        t = t.row("满意度调查", &[("单位", s(&unit)), ("得分", score)]);
    }
    t = t.row(
        "例会",
        &[
            ("单位", s("周庄镇")),
            ("日期", s("2017-02-30")),
            ("有议题", s("是")),
            ("有会议记录", s("是")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "例会!B2", &["日期"]);
    assert_error(&p, "沟通机制", &["周庄镇"]);
    assert_error(&p, "满意度调查", &["发改委"]);
    let (_, _, err) = check(&p);
    assert!(!err.contains("缺少单位「公安局」"), "{err}");
    assert!(err.contains("错误（4处）"), "{err}");
}

#[test]
fn a_missing_sheet_with_a_similar_one_suggests_renaming() {
    let dir = tmp();
    let headers: Vec<&str> = ksfk::schema::sheet("转办件")
        .columns
        .iter()
        .map(|c| c.header)
        .collect();
    let t = TestLedger::valid()
        .without_sheet("转办件")
        .headers("转办件 (2)", &headers);
    let p = save(&t, dir.path());
    assert_error(
        &p,
        "转办件",
        &["缺少工作表「转办件」", "「转办件 (2)」", "改名"],
    );
    // Nothing like it: the plain message.
    let p = save(&TestLedger::valid().without_sheet("转办件"), dir.path());
    let (_, _, err) = check(&p);
    assert!(err.contains("缺少工作表「转办件」"), "{err}");
    assert!(!err.contains("改名"), "{err}");
}

// ---------------------------------------------------------------------------
// The year

fn hot(id: &str, unit: &str, forwarded: &str) -> Row {
    vec![
        ("工单编号", s(id)),
        ("承办单位", s(unit)),
        ("转办日期", s(forwarded)),
        ("办理时限", s(forwarded)),
        ("办结日期", s(forwarded)),
    ]
}

fn meeting(date: &str) -> Row {
    vec![
        ("单位", s("周庄镇")),
        ("日期", s(date)),
        ("有议题", s("是")),
        ("有会议记录", s("是")),
    ]
}

/// Three cases forwarded in 2017, one in 2016, and five 2016 meetings
/// (only 热线工单 and 转办件 decide the year).
fn ledger_of_2017() -> TestLedger {
    let mut t = TestLedger::valid()
        .row("热线工单", &hot("R1", "周庄镇", "2017-03-01"))
        .row("热线工单", &hot("R2", "公安局", "2017-05-01"))
        .row("热线工单", &hot("R0", "公安局", "2016-12-20"))
        .row(
            "转办件",
            &[
                ("编号", s("Z1")),
                ("来源", s("督办")),
                ("承办单位", s("周庄镇")),
                ("转办日期", s("2017-06-01")),
                ("办理时限", s("2017-06-10")),
            ],
        );
    for m in 1..=5 {
        t = t.row("例会", &meeting(&format!("2016-0{m}-10")));
    }
    t
}

#[test]
fn the_year_is_inferred_when_omitted() {
    let dir = tmp();
    let p = save(&ledger_of_2017(), dir.path());
    let (code, out, err) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("未指定 --year，按台账推断为2017年度"), "{out}");
    assert!(err.contains("例会：5行不在2017年，不计入"), "{err}");
    assert!(err.contains("热线工单：1行不在2017年，不计入"), "{err}");
    // score: the default output is named by the inferred year, and 说明 says
    // the year was inferred.
    let (code, out, err) = run(&["score", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("未指定 --year，按台账推断为2017年度"), "{out}");
    let result = dir.path().join("考核结果-2017.xlsx");
    assert!(result.exists(), "{out}");
    let notes = rows_of(&result, "说明");
    let year = notes.iter().find(|r| r[0] == "考核年度").unwrap();
    assert!(year[1].starts_with("2017"), "{year:?}");
    assert!(year[1].contains("推断"), "{year:?}");
    // With --year the same ledger says nothing of inference.
    let (code, out, _) = run(&["check", p.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 0);
    assert!(!out.contains("推断"), "{out}");
    // explain infers it too.
    let (code, out, err) = run(&["explain", p.to_str().unwrap(), "--unit", "周庄镇"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("未指定 --year，按台账推断为2017年度"), "{out}");
    assert!(out.contains("考核年度：2017"), "{out}");
}

#[test]
fn a_year_that_holds_no_dated_row_is_an_error_naming_the_years_held() {
    let dir = tmp();
    let p = save(&ledger_of_2017(), dir.path());
    let (code, out, err) = run(&["check", p.to_str().unwrap(), "--year", "2018"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("台账中没有2018年的记录（记录在2016年、2017年），请检查 --year"),
        "{err}"
    );
    // Nothing is written by score.
    let o = dir.path().join("out.xlsx");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2018",
        "-o",
        o.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(!o.exists());
    // A single year held, as in docs/ledger.md's example.
    let t = TestLedger::valid().row("热线工单", &hot("R1", "周庄镇", "2017-03-01"));
    let p = save(&t, dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2018"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("台账中没有2018年的记录（记录在2017年），请检查 --year"),
        "{err}"
    );
    // 2016 holds dated rows: no error.
    let p = save(&ledger_of_2017(), dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2016"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_ledger_without_dated_rows_asks_for_the_year() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--year"), "{err}");
    assert!(err.contains("无法推断"), "{err}");
    // Only other dated sheets: their most frequent year.
    let t = TestLedger::valid()
        .row("例会", &meeting("2017-03-01"))
        .row("例会", &meeting("2017-06-01"))
        .row("例会", &meeting("2016-06-01"));
    let p = save(&t, dir.path());
    let (code, out, err) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("按台账推断为2017年度"), "{out}");
}

#[test]
fn as_many_rows_in_two_years_asks_for_the_year() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row("热线工单", &hot("R1", "周庄镇", "2016-12-20"))
        .row("热线工单", &hot("R2", "周庄镇", "2017-01-05"));
    let p = save(&t, dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("2016年、2017年的记录一样多"), "{err}");
    assert!(err.contains("--year"), "{err}");
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn cell_errors_come_before_the_year() {
    // Errors are found whatever the year: a bad cell with --year omitted is
    // reported as such.
    let dir = tmp();
    let t = ledger_of_2017().row("例会", &meeting("2017-02-30"));
    let p = save(&t, dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("例会!B7"), "{err}");
}

// ---------------------------------------------------------------------------
// Warnings and notes

/// A department case whose 免责 review is pending, and `old` rows outside
/// the year.
fn pending_review(old: usize) -> TestLedger {
    let mut t = TestLedger::valid()
        .row(
            "热线工单",
            &[
                ("工单编号", s("R9")),
                ("承办单位", s("住建局")),
                ("转办日期", s("2017-03-01")),
                ("办理时限", s("2017-03-10")),
                ("办结日期", s("2017-03-08")),
                ("回访结果", s("不满意")),
                ("二次转办结果", s("不满意")),
            ],
        )
        .headers("信息报送", &["单位", "日期", "标题", "录用"]);
    for i in 0..old {
        t = t.row(
            "信息报送",
            &[
                ("单位", s("发改委")),
                ("日期", s(&format!("2016-0{}-1{}", 1 + i % 9, i % 10))),
                ("录用", s("是")),
            ],
        );
    }
    t
}

#[test]
fn warnings_and_errors_wrap_to_80_columns_when_not_a_terminal() {
    // docs/outputs.md: terminal text wraps to 80 columns when it is not a
    // terminal; the warning of a pending review, with its long id, is wider.
    let dir = tmp();
    let t = pending_review(0).row(
        "热线工单",
        &[
            ("工单编号", s("RX2017-0000000000000000001")),
            ("承办单位", s("住建局")),
            ("转办日期", s("2017-03-01")),
            ("办理时限", s("2017-03-10")),
            ("办结日期", s("2017-03-08")),
            ("回访结果", s("不满意")),
            ("二次转办结果", s("不满意")),
        ],
    );
    let p = save(&t, dir.path());
    let args = ["check", p.to_str().unwrap(), "--year", "2017"];
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    for text in [&out, &err] {
        assert!(text.lines().all(|l| display_width(l) <= 80), "{text}");
    }
    // The warning is there whole once its lines are joined, and its
    // continuation is indented under it.
    let joined = unwrapped(&err);
    assert!(
        joined.contains("热线工单!3: 待评判：住建局热线工单RX2017-0000000000000000001回访及二次转办结果均不满意"),
        "{err}"
    );
    assert!(err.lines().any(|l| l.starts_with("    ")), "{err}");
}

#[test]
fn the_terminal_shows_warnings_first_then_notes_per_sheet() {
    let dir = tmp();
    let p = save(&pending_review(12), dir.path());
    let (code, _, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    let warn = err.find("警告（1条").expect(&err);
    let note = err.find("提示").expect(&err);
    assert!(warn < note, "{err}");
    assert!(err.contains("热线工单!2: 待评判"), "{err}");
    assert!(err.contains("信息报送：12行不在2017年，不计入"), "{err}");
    // Notes are summarised, not listed row by row.
    assert!(!err.contains("信息报送!2"), "{err}");
    // --strict fails on the warning.
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2017", "--strict"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--strict：台账有1条警告"), "{err}");
    assert!(err.contains("热线工单!2"), "{err}");
}

#[test]
fn the_warnings_sheet_has_level_kind_unit_place_content_with_a_filter() {
    let dir = tmp();
    let p = save(&pending_review(2), dir.path());
    let o = dir.path().join("out.xlsx");
    let j = dir.path().join("out.json");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        o.to_str().unwrap(),
        "--json",
        j.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let rows = rows_of(&o, "警告");
    assert_eq!(rows[0], ["级别", "类型", "单位", "位置", "内容"]);
    assert_eq!(rows[1][..4], ["警告", "待评判", "住建局", "热线工单!2"]);
    assert!(rows[1][4].contains("免责评判未填"), "{:?}", rows[1]);
    // Warnings first, then the notes.
    assert_eq!(rows.len(), 4, "{rows:?}");
    for r in &rows[2..] {
        assert_eq!(r[..3], ["提示", "不在年度内", "发改委"], "{r:?}");
        assert!(r[3].starts_with("信息报送!"), "{r:?}");
    }
    // The filter on the header row.
    let xml = sheet_xml(&o, "警告");
    assert!(xml.contains("<autoFilter ref=\"A1:E4\""), "{xml}");
    // JSON keeps its warnings, with level and kind.
    let v = json(&j);
    let w = &v["warnings"][0];
    assert_eq!(w["level"], "警告");
    assert_eq!(w["kind"], "待评判");
    assert_eq!(w["unit"], "住建局");
    assert_eq!(w["place"], "热线工单!2");
    assert_eq!(v["warnings"][1]["level"], "提示");
}

#[test]
fn past_ten_thousand_of_a_kind_one_row_says_how_many_more() {
    let dir = tmp();
    let old = 11_234;
    let p = save(&pending_review(old), dir.path());
    let o = dir.path().join("out.xlsx");
    let (code, out, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        o.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("信息报送：11,234行不在2017年，不计入"),
        "{err}"
    );
    assert!(out.contains("1条警告，11,234条提示"), "{out}");
    let rows = rows_of(&o, "警告");
    // Header, the warning, 10,000 notes, one row for the rest.
    assert_eq!(rows.len(), 1 + 1 + 10_000 + 1);
    let last = rows.last().unwrap();
    assert_eq!(last[..2], ["提示", "不在年度内"]);
    assert_eq!(last[4], "另有1,234行不在2017年，未逐行列出");
    assert_eq!(rows.iter().filter(|r| r[1] == "不在年度内").count(), 10_001);
}

// ---------------------------------------------------------------------------
// Terminal text

#[test]
fn ties_for_first_and_last_place_are_all_named() {
    let dir = tmp();
    // Every B组 unit has 100 but 公安局 and 财政局, each with one case 3
    // working days overdue (D3.2: −1 for the 主办).
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &[
                ("工单编号", s("R1")),
                ("承办单位", s("公安局")),
                ("转办日期", s("2017-03-01")),
                ("办理时限", s("2017-03-10")),
                ("办结日期", s("2017-03-15")),
            ],
        )
        .row(
            "热线工单",
            &[
                ("工单编号", s("R2")),
                ("承办单位", s("财政局")),
                ("转办日期", s("2017-03-01")),
                ("办理时限", s("2017-03-10")),
                ("办结日期", s("2017-03-15")),
            ],
        );
    let p = save(&t, dir.path());
    let o = dir.path().join("out.xlsx");
    let (code, out, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        o.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    // The summary may wrap: B组's part is everything after `B组`.
    let line = out.split("B组（").nth(1).expect(&out);
    let line = line.split("已写出").next().unwrap();
    let (first, last) = line.split_once("末位").expect(line);
    assert!(
        first.contains("城管局") && first.contains("卫计委"),
        "{line}"
    );
    assert!(first.contains("（17个并列）"), "{line}");
    assert!(last.contains("公安局、财政局"), "{line}");
    assert!(last.contains("（2个并列）"), "{line}");
    // A category all tied: one place.
    let town = out.split("区镇（").nth(1).expect(&out);
    let town = town.split("A组（").next().unwrap();
    assert!(town.contains("并列第1名"), "{town}");
    assert!(town.contains("周庄镇") && town.contains("锦溪镇"), "{town}");
}

#[test]
fn rules_and_explain_wrap_to_80_columns_never_inside_a_number() {
    use unicode_width::UnicodeWidthStr;
    let (code, rules, _) = run(&["rules"]);
    assert_eq!(code, 0);
    let dir = tmp();
    let p = save(&typed_ledger(false), dir.path());
    let (code, explain, err) = run(&[
        "explain",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--unit",
        "周庄镇",
    ]);
    assert_eq!(code, 0, "{err}");
    for text in [&rules, &explain] {
        let lines: Vec<&str> = text.lines().collect();
        for l in &lines {
            assert!(l.width() <= 80, "{} columns: {l}", l.width());
        }
        for pair in lines.windows(2) {
            let end = pair[0].chars().last().unwrap_or(' ');
            let start = pair[1].trim_start().chars().next().unwrap_or(' ');
            let numeric = |c: char| c.is_ascii_digit() || c == '.';
            assert!(
                !(numeric(end) && (numeric(start) || "分个天日年月".contains(start))),
                "split number:\n{}\n{}",
                pair[0],
                pair[1]
            );
            assert!(
                !"，。、；：）".contains(start),
                "line starts with punctuation:\n{}\n{}",
                pair[0],
                pair[1]
            );
        }
    }
    // Something was wrapped: the rubric's sentences are longer than 80.
    assert!(
        rules.lines().any(|l| l.starts_with("          ")),
        "{rules}"
    );
}

#[test]
fn a_missing_file_is_told_in_chinese_with_exit_3() {
    // Messages are in Chinese (docs/outputs.md): the system's English text
    // (`No such file or directory`) is not shown.
    let dir = tmp();
    let missing = dir.path().join("没有这个文件.xlsx");
    let m = missing.to_str().unwrap();
    let (code, _, err) = run(&["check", m, "--year", "2017"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("文件或文件夹不存在"), "{err}");
    assert!(!err.contains("No such file"), "{err}");
    let (code, _, err) = run(&["diff", m, m]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("文件或文件夹不存在"), "{err}");
    assert!(!err.contains("No such file"), "{err}");
}
