//! Clauses as the regulation reads them (docs/rules.md; R1, R8, R21, R28,
//! R29 and the D3.1 / D3.2 rows), through the whole binary: a ledger built
//! in code, scored by hand in the comments, its amounts, entries and
//! warnings checked together, and the Readings shown where an analyst
//! looks for them (`ksfk rules`, the 说明 sheet, each unit's 说明).

use crate::common::*;
use calamine::{Data, Reader, Xlsx};
use ksfk::rules::readings::reading;
use serde_json::Value;
use std::path::Path;

/// One row of flags, each 是 (`1`) or 否 (`0`).
fn flags(names: &[&'static str], values: &str) -> Row {
    names
        .iter()
        .zip(values.chars())
        .map(|(n, v)| (*n, s(if v == '1' { "是" } else { "否" })))
        .collect()
}

const SALON: [&str; 7] = [
    "有主题",
    "有计划",
    "有总结",
    "有活动资料",
    "有台账记录",
    "有对外宣传",
    "已联系中心派员",
];

fn ledger() -> TestLedger {
    let mut t = TestLedger::headers_only();
    // 沟通机制: 周庄镇 neither follows nor promotes 政企通 (part b: 1.5,
    // then 1 of which only 0.5 is left, R1); every other 区镇 all 是.
    for town in TOWNS {
        let row = if town == "周庄镇" {
            with(
                vec![("单位", s(town))],
                flags(
                    &[
                        "网络服务平台",
                        "微信或QQ群",
                        "发布服务内容及联系方式",
                        "关注政企通",
                        "推广政企通",
                        "确定分管领导及联络员",
                    ],
                    "111001",
                ),
            )
        } else {
            communication_row(town)
        };
        t = t.row("沟通机制", &row);
    }
    for unit in all_units() {
        t = t.row("满意度调查", &[("单位", s(&unit)), ("得分", n(90.0))]);
    }
    // 沙龙: 周庄镇 and 张浦镇 six good salons each, then a seventh:
    // 周庄镇's lacks plan, 台账, publicity and invitation (not counted, R7,
    // charged all the same, R8); 张浦镇's lacks only its 台账.
    for (town, seventh) in [("周庄镇", "1011000"), ("张浦镇", "1111011")] {
        for m in 1..=7u8 {
            let f = if m == 7 { seventh } else { "1111111" };
            t = t.row(
                "沙龙",
                &with(
                    vec![("单位", s(town)), ("日期", d(2017, m, 15))],
                    flags(&SALON, f),
                ),
            );
        }
    }
    // 服务举措: 发改委 (A组) a measure marked 同时为特色服务, not
    // implemented (judged by D2.2's coverage, R29), and one implemented
    // whose results were not reported.
    let measure = |name: &str, done: &str, reported: &str, featured: &str| -> Row {
        vec![
            ("单位", s("发改委")),
            ("举措名称", s(name)),
            ("制定日期", s("2017-03-01")),
            ("已实施", s(done)),
            ("已报送成果", s(reported)),
            ("同时为特色服务", s(featured)),
        ]
    };
    t = t
        .row("服务举措", &measure("送政策进区镇", "否", "否", "是"))
        .row("服务举措", &measure("企业服务直通车", "是", "否", "否"));
    // 转办件.
    let xfer = |id: &str, source: &str, unit: &str, extra: Row| -> Row {
        with(
            vec![
                ("编号", s(id)),
                ("来源", s(source)),
                ("承办单位", s(unit)),
                ("转办日期", s("2017-04-01")),
                ("办理时限", s("2017-04-15")),
                ("办结日期", s("2017-04-14")),
                ("按期沟通", s("否")),
                ("初步处理意见", s("否")),
                ("反馈结果", s("否")),
            ],
            extra,
        )
    };
    t = t
        // DB1, 督办, two departments, every duty 否: 公安局 主办 not
        // solved, 财政局 配合 solved — the rows disagree.
        .row(
            "转办件",
            &xfer(
                "DB1",
                "督办",
                "公安局",
                vec![("主协办", s("主办")), ("问题解决", s("否"))],
            ),
        )
        .row(
            "转办件",
            &xfer(
                "DB1",
                "督办",
                "财政局",
                vec![("主协办", s("协办")), ("问题解决", s("是"))],
            ),
        )
        // LD1, 市领导交办, 商务局 alone, every duty 否 (R28).
        .row("转办件", &xfer("LD1", "市领导交办", "商务局", vec![]));
    // 热线工单: 发改委's case 不满意 at 回访, not yet forwarded again.
    t.row(
        "热线工单",
        &[
            ("工单编号", s("RX1")),
            ("承办单位", s("发改委")),
            ("转办日期", s("2017-05-02")),
            ("办理时限", s("2017-05-10")),
            ("办结日期", s("2017-05-09")),
            ("回访结果", s("不满意")),
        ],
    )
}

struct Scored {
    _dir: tempfile::TempDir,
    json: Value,
    book: std::path::PathBuf,
    units: std::path::PathBuf,
}

fn scored() -> Scored {
    let dir = tmp();
    let p = save(&ledger(), dir.path());
    let json = dir.path().join("r.json");
    let book = dir.path().join("r.xlsx");
    let units = dir.path().join("units");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--json",
        json.to_str().unwrap(),
        "-o",
        book.to_str().unwrap(),
        "--per-unit",
        units.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let json = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    Scored {
        _dir: dir,
        json,
        book,
        units,
    }
}

/// (reason, amount) of a unit's entries on a clause, in order.
fn entries(v: &Value, unit: &str, clause: &str) -> Vec<(String, String)> {
    json_unit(v, unit)["deductions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["clause"] == clause)
        .map(|e| {
            (
                e["reason"].as_str().unwrap().to_string(),
                e["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn amounts(e: &[(String, String)]) -> Vec<&str> {
    e.iter().map(|(_, a)| a.as_str()).collect()
}

/// Every text cell of a sheet, joined.
fn sheet_text(path: &Path, name: &str) -> String {
    let mut wb: Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = wb.worksheet_range(name).unwrap();
    range
        .rows()
        .flatten()
        .filter_map(|c| match c {
            Data::String(s) => Some(s.clone()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The per-unit workbook of `unit` in `dir`.
fn unit_book(dir: &Path, unit: &str) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .ends_with(&format!("-{unit}.xlsx"))
        })
        .unwrap_or_else(|| panic!("no per-unit workbook of {unit}"))
}

/// The 说明 text of a Reading: its choice, as `ksfk` prints it.
fn choice(id: &str) -> &'static str {
    reading(id)
        .unwrap_or_else(|| panic!("no Reading {id}"))
        .choice
}

#[test]
fn every_clause_as_the_regulation_reads() {
    let r = scored();
    let v = &r.json;

    // Z1.2 (R8). 周庄镇: six counted, the seventh not counted (no plan) and
    // charged per salon: 15 − 0.5 − 0.5 − 0.25 = 13.75. 张浦镇: seven
    // counted, the seventh without 台账: 15 − 0.5 = 14.50. The worse salon
    // never costs less.
    let z = json_unit(v, "周庄镇");
    assert_eq!(z["clauses"]["Z1.2"], "13.75");
    let e = entries(v, "周庄镇", "Z1.2");
    assert_eq!(amounts(&e), ["0.00", "0.50", "0.50", "0.25"]);
    assert_eq!(e[0].0, "未计次：无计划（2017-07-15沙龙，R7）");
    assert!(e[1..]
        .iter()
        .all(|(r, _)| r.contains("未计次的沙龙同样按次扣分，R8")));
    assert_eq!(json_unit(v, "张浦镇")["clauses"]["Z1.2"], "14.50");
    let e = entries(v, "张浦镇", "Z1.2");
    assert_eq!(
        e,
        [(
            "2017-07-15沙龙无台账记录，扣0.50（R8）".into(),
            "0.50".into()
        )]
    );

    // Z1.3 (R1): part a 4, part b 2 − 1.5 − (1 stopped at 0.5) = 0, part
    // c 2 → 6.00; the entry the part's floor stopped names R1.
    assert_eq!(z["clauses"]["Z1.3"], "6.00");
    let e = entries(v, "周庄镇", "Z1.3");
    assert_eq!(amounts(&e), ["1.50", "0.50"]);
    assert_eq!(
        e[1].0,
        "（b）未推广昆山政企通，扣1.00（应扣1.00，本项已扣至0，实扣0.50；各部分分别扣至0，R1）"
    );

    // D3.1 (R21, R28). 公安局 主办 of DB1, not solved: −5, and a zero
    // entry: the first sentence not applied → 10.00. 财政局 配合, solved:
    // only the zero entry → 15.00. 商务局's 市领导交办 item, every duty 否:
    // −5 by the first sentence → 10.00.
    let police = entries(v, "公安局", "D3.1");
    assert_eq!(json_unit(v, "公安局")["clauses"]["D3.1"], "10.00");
    assert_eq!(amounts(&police), ["5.00", "0.00"]);
    assert!(
        police[0].0.contains("牵头部门（主办）每件扣5.00"),
        "{}",
        police[0].0
    );
    assert!(police[0].0.contains("来源督办，R28"), "{}", police[0].0);
    assert!(police[1]
        .0
        .contains("不适用第一句的每件扣5分（R21，不重复扣分）"));
    let finance = entries(v, "财政局", "D3.1");
    assert_eq!(json_unit(v, "财政局")["clauses"]["D3.1"], "15.00");
    assert_eq!(amounts(&finance), ["0.00"]);
    assert!(finance[0].0.contains("R21，不重复扣分"));
    let commerce = entries(v, "商务局（招商服务中心）", "D3.1");
    assert_eq!(
        json_unit(v, "商务局（招商服务中心）")["clauses"]["D3.1"],
        "10.00"
    );
    assert_eq!(amounts(&commerce), ["5.00"]);
    assert!(commerce[0].0.starts_with("转办件（来源市领导交办，R28）"));

    // D2.1 (R29): 发改委's featured measure, not implemented, is not
    // deducted here; the other measure, done but not reported, costs 2.5
    // (R17) → 17.50. D2.2: no 区镇 reached → 20 − 12 × 2.5 → 0.
    let e = entries(v, "发改委", "D2.1");
    assert_eq!(json_unit(v, "发改委")["clauses"]["D2.1"], "17.50");
    assert_eq!(amounts(&e), ["0.00", "2.50"]);
    assert!(
        e[0].0.contains("不重复扣分") && e[0].0.contains("R29"),
        "{}",
        e[0].0
    );
    assert_eq!(json_unit(v, "发改委")["clauses"]["D2.2"], "0.00");

    // Warnings: one for DB1, whose rows disagree on 问题解决, on its first
    // row; one for RX1, 不满意 and awaiting 二次转办 (D3.2: no deduction).
    assert_eq!(json_unit(v, "发改委")["clauses"]["D3.2"], "15.00");
    let warnings: Vec<(&str, &str, &str)> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["kind"].as_str().unwrap(),
                w["place"].as_str().unwrap(),
                w["message"].as_str().unwrap(),
            )
        })
        .collect();
    let differ: Vec<_> = warnings
        .iter()
        .filter(|w| w.0 == "问题解决不一致")
        .collect();
    assert_eq!(differ.len(), 1, "{warnings:#?}");
    assert_eq!(differ[0].1, "转办件!2");
    assert!(differ[0].2.contains("DB1"));
    let second: Vec<_> = warnings.iter().filter(|w| w.0 == "待二次转办").collect();
    assert_eq!(second.len(), 1, "{warnings:#?}");
    assert_eq!(second[0].1, "热线工单!2");
    assert!(second[0].2.contains("RX1"));

    // The 说明 sheet has every Reading, R28 and R29 included, with the
    // texts of R1 and R8 as they now read.
    let notes = sheet_text(&r.book, "说明");
    for id in ["R1", "R8", "R28", "R29"] {
        assert!(notes.contains(choice(id)), "{id} in 说明");
    }
    assert!(choice("R8").contains("不论是否计入6次"));
    assert!(choice("R1").contains("Z1.3的三部分、Z2.2的四部分"));

    // Each unit's 说明 shows the Readings its entries cite.
    for (unit, ids) in [
        ("周庄镇", &["R1", "R7", "R8"][..]),
        ("公安局", &["R5", "R21", "R28"][..]),
        ("发改委", &["R17", "R29"][..]),
    ] {
        let text = sheet_text(&unit_book(&r.units, unit), "说明");
        for id in ids {
            assert!(text.contains(choice(id)), "{unit}: {id}");
        }
    }
}

#[test]
fn ksfk_rules_prints_the_new_readings() {
    let (code, out, err) = run(&["rules"]);
    assert_eq!(code, 0, "{err}");
    // Compared without spaces and line breaks: the terminal wraps.
    let flat = |t: &str| t.split_whitespace().collect::<String>();
    let out = flat(&out);
    for id in ["R1", "R8", "R28", "R29"] {
        assert!(out.contains(&flat(choice(id))), "{id}");
        assert!(out.contains(&flat(reading(id).unwrap().reason)), "{id}");
    }
    // R28 under D3.1, R29 under D2.1 and D2.2.
    let clause = |id: &str, next: &str| {
        let start = out.find(id).unwrap();
        let end = start + out[start..].find(next).unwrap();
        out[start..end].to_string()
    };
    assert!(clause("D3.1处办企业诉求", "D3.2处办企业诉求").contains("解读R28"));
    assert!(clause("D2.1特色服务", "D2.2特色服务").contains("解读R29"));
    assert!(clause("D2.2特色服务", "D3.1处办企业诉求").contains("解读R29"));
    assert!(clause("Z2.2定期报送", "Z3.1完成").contains("解读R1："));
}
