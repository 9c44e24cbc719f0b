//! One ledger through the whole binary — reader, rules, workbook — with
//! every clause of a 区镇 and of two B组 departments worked out by hand
//! from docs/rules.md in the comments. Dates and flags are written in the mixed
//! forms docs/ledger.md allows, so the reader's part is checked too.

use crate::common::*;

fn flags(names: &[&'static str], values: &str) -> Row {
    // values: one char per flag, 1 = 是, 0 = 否 (written in varied forms).
    names
        .iter()
        .zip(values.chars())
        .enumerate()
        .map(|(i, (n, v))| {
            let yes = v == '1';
            let c = match i % 3 {
                0 => s(if yes { "是" } else { "否" }),
                1 => s(if yes { "Y" } else { "N" }),
                _ => s(if yes { "√" } else { "×" }),
            };
            (*n, c)
        })
        .collect()
}

fn ledger() -> TestLedger {
    let mut t = TestLedger::headers_only();
    // 沟通机制: 周庄镇 网络服务平台 是, 微信或QQ群 否, 发布 否, 关注 是,
    // 推广 否, 确定 是; every other 区镇 all 是.
    let comm = [
        "网络服务平台",
        "微信或QQ群",
        "发布服务内容及联系方式",
        "关注政企通",
        "推广政企通",
        "确定分管领导及联络员",
    ];
    for town in TOWNS {
        let f = if town == "周庄镇" {
            "100101"
        } else {
            "111111"
        };
        t = t.row("沟通机制", &with(vec![("单位", s(town))], flags(&comm, f)));
    }
    // 满意度调查: 90 for every unit; 周庄镇 also 88, 91, 90.5; 公安局 also 80, 80.
    for unit in all_units() {
        t = t.row("满意度调查", &[("单位", s(&unit)), ("得分", n(90.0))]);
    }
    for (u, v) in [
        ("周庄镇", 88.0),
        ("周庄镇", 91.0),
        ("周庄镇", 90.5),
        ("公安局", 80.0),
        ("公安局", 80.0),
    ] {
        t = t.row(
            "满意度调查",
            &[("单位", s(u)), ("企业名称", s("某企业")), ("得分", n(v))],
        );
    }

    // 例会 (周庄镇).
    let meet = ["有议题", "有会议记录"];
    for (date, f) in [
        ("2017-01-10", "11"),
        ("2017/3/1", "11"),
        ("2017.7.5", "10"),
        ("2017年10月10日", "11"),
    ] {
        t = t.row(
            "例会",
            &with(
                vec![("单位", s("周庄镇")), ("日期", s(date))],
                flags(&meet, f),
            ),
        );
    }
    // 沙龙 (周庄镇): 有主题 有计划 有总结 有活动资料 有台账记录 有对外宣传 已联系中心派员.
    let salon = [
        "有主题",
        "有计划",
        "有总结",
        "有活动资料",
        "有台账记录",
        "有对外宣传",
        "已联系中心派员",
    ];
    for (i, f) in [
        "1111111", "1111011", "1111100", "1110000", "1111111", "1111111",
    ]
    .iter()
    .enumerate()
    {
        t = t.row(
            "沙龙",
            &with(
                vec![("单位", s("周庄镇")), ("日期", d(2017, 2 + i as u8, 15))],
                flags(&salon, f),
            ),
        );
    }
    // 工作总结 (周庄镇): Q1, Q2, Q4 (sent in January).
    for (q, sent) in [
        (1.0, "2017-04-05"),
        (2.0, "2017-07-05"),
        (4.0, "2018-01-10"),
    ] {
        t = t.row(
            "工作总结",
            &[("单位", s("周庄镇")), ("季度", n(q)), ("报送日期", s(sent))],
        );
    }
    // 诉求月报 (周庄镇): months 1..10; 3 and 7 零申报; 11, 12 missing.
    for m in 1..=10 {
        let status = if m == 3 || m == 7 {
            "零申报"
        } else {
            "已报送"
        };
        t = t.row(
            "诉求月报",
            &[
                ("单位", s("周庄镇")),
                ("月份", n(m as f64)),
                ("状态", s(status)),
            ],
        );
    }
    // 信息报送: 周庄镇 one a month, 3 adopted, and one of 2016 (left out);
    // 公安局 5.
    for m in 1..=12u8 {
        let adopted = if m <= 3 { "是" } else { "否" };
        t = t.row(
            "信息报送",
            &[
                ("单位", s("周庄镇")),
                ("日期", d(2017, m, 8)),
                ("录用", s(adopted)),
            ],
        );
    }
    t = t.row(
        "信息报送",
        &[
            ("单位", s("周庄镇")),
            ("日期", s("2016-12-20")),
            ("录用", s("是")),
        ],
    );
    for m in 1..=5u8 {
        t = t.row(
            "信息报送",
            &[
                ("单位", s("公安局")),
                ("日期", d(2017, m, 9)),
                ("录用", s("否")),
            ],
        );
    }
    // 典型案例 (周庄镇): 质量扣分 1.0 and 0.5.
    t = t
        .row(
            "典型案例",
            &[
                ("单位", s("周庄镇")),
                ("日期", s("2017-05-01")),
                ("质量扣分", n(1.0)),
            ],
        )
        .row(
            "典型案例",
            &[
                ("单位", s("周庄镇")),
                ("日期", s("2017-09-01")),
                ("质量扣分", s("0.5")),
            ],
        );
    // 督查 (周庄镇): Q1 2.5; Q2 2.0 without records; Q3 0.3 without report.
    for (q, score, rec, rep) in [
        (1.0, 2.5, "是", "是"),
        (2.0, 2.0, "否", "是"),
        (3.0, 0.3, "是", "否"),
    ] {
        t = t.row(
            "督查",
            &[
                ("单位", s("周庄镇")),
                ("季度", n(q)),
                ("得分", n(score)),
                ("有台账记录", s(rec)),
                ("有汇报材料", s(rep)),
            ],
        );
    }
    // 服务举措.
    let measure = |unit: &str, name: &str, implemented: &str, reported: &str, extra: Row| -> Row {
        with(
            vec![
                ("单位", s(unit)),
                ("举措名称", s(name)),
                ("制定日期", s("2017-03-01")),
                ("已实施", s(implemented)),
                ("已报送成果", s(reported)),
            ],
            extra,
        )
    };
    t = t
        .row("服务举措", &measure("周庄镇", "M1", "是", "是", vec![]))
        .row(
            "服务举措",
            &measure("周庄镇", "M2", "是", "是", vec![("完成比例", s("60%"))]),
        )
        .row("服务举措", &measure("周庄镇", "M3", "否", "是", vec![]))
        .row("服务举措", &measure("公安局", "P1", "是", "是", vec![]))
        .row("服务举措", &measure("公安局", "P2", "是", "否", vec![]))
        .row(
            "服务举措",
            &measure("公安局", "P3", "否", "否", vec![("扣分", n(8.0))]),
        )
        .row(
            "服务举措",
            &measure(
                "公安局",
                "P4",
                "否",
                "是",
                vec![("同时为特色服务", s("是"))],
            ),
        );
    // 提效实践 (公安局): one, not implemented.
    t = t.row(
        "提效实践",
        &[
            ("单位", s("公安局")),
            ("日期", s("2017-06-01")),
            ("已实施", s("否")),
        ],
    );

    // 转办件.
    let xfer = |id: &str, source: &str, unit: &str, fwd: &str, deadline: &str, extra: Row| -> Row {
        with(
            vec![
                ("编号", s(id)),
                ("来源", s(source)),
                ("承办单位", s(unit)),
                ("转办日期", s(fwd)),
                ("办理时限", s(deadline)),
            ],
            extra,
        )
    };
    let duties = |c: &str, o: &str, f: &str| -> Row {
        vec![
            ("按期沟通", s(c)),
            ("初步处理意见", s(o)),
            ("反馈结果", s(f)),
        ]
    };
    t = t
        .row(
            "转办件",
            &xfer(
                "T1",
                "督办",
                "周庄镇",
                "2017-04-05",
                "2017-04-20",
                vec![("办结日期", s("2017-04-27"))],
            ),
        )
        .row(
            "转办件",
            &xfer(
                "T2",
                "市领导交办",
                "周庄镇",
                "2017-09-01",
                "2017-09-29",
                vec![("办结日期", s("2017-10-09"))],
            ),
        )
        .row(
            "转办件",
            &xfer(
                "T3",
                "中心转办",
                "周庄镇",
                "2017-05-20",
                "2017-06-01",
                vec![("延期至", s("2017-06-15")), ("办结日期", s("2017-06-14"))],
            ),
        )
        .row(
            "转办件",
            &xfer(
                "T4",
                "联席会议交办",
                "周庄镇",
                "2017-11-01",
                "2017-11-10",
                vec![("逾期扣分", n(1.5)), ("办结日期", s("2017-11-13"))],
            ),
        )
        .row(
            "转办件",
            &xfer(
                "Y1",
                "中心转办",
                "公安局",
                "2017-03-01",
                "2017-03-15",
                duties("否", "否", "否"),
            ),
        )
        .row(
            "转办件",
            &xfer(
                "Y2",
                "中心转办",
                "公安局",
                "2017-03-01",
                "2017-03-15",
                duties("否", "否", "是"),
            ),
        )
        .row(
            "转办件",
            &xfer(
                "Y3",
                "督办",
                "公安局",
                "2017-04-01",
                "2017-04-15",
                with(
                    duties("是", "是", "是"),
                    vec![("主协办", s("牵头")), ("问题解决", s("否"))],
                ),
            ),
        )
        .row(
            "转办件",
            &xfer(
                "Y3",
                "督办",
                "财政局",
                "2017-04-01",
                "2017-04-15",
                with(
                    duties("是", "是", "是"),
                    vec![("主协办", s("配合")), ("问题解决", s("否"))],
                ),
            ),
        )
        .row(
            "转办件",
            &xfer(
                "Y4",
                "联席会议交办",
                "公安局",
                "2017-05-01",
                "2017-05-15",
                with(duties("是", "是", "是"), vec![("问题解决", s("是"))]),
            ),
        );

    // 热线工单.
    let hot = |id: &str, unit: &str, fwd: &str, deadline: &str, extra: Row| -> Row {
        with(
            vec![
                ("工单编号", s(id)),
                ("承办单位", s(unit)),
                ("转办日期", s(fwd)),
                ("办理时限", s(deadline)),
            ],
            extra,
        )
    };
    let visits = |v: &str, second: &str, verdict: &str| -> Row {
        let mut r = vec![("回访结果", s(v))];
        if !second.is_empty() {
            r.push(("二次转办结果", s(second)));
        }
        if !verdict.is_empty() {
            r.push(("免责评判", s(verdict)));
        }
        r
    };
    t.row(
        "热线工单",
        &hot(
            "H1",
            "周庄镇",
            "2017-02-20",
            "2017-03-01",
            with(vec![("办结日期", s("2017-03-03"))], visits("满意", "", "")),
        ),
    )
    .row(
        "热线工单",
        &hot(
            "H2",
            "周庄镇",
            "2017-05-01",
            "2017-05-10",
            with(
                vec![("办结日期", s("2017-05-10"))],
                visits("不满意", "满意", ""),
            ),
        ),
    )
    .row(
        "热线工单",
        &hot(
            "H3",
            "周庄镇",
            "2017-07-20",
            "2017-08-01",
            with(
                vec![("办结日期", s("2017-07-30"))],
                visits("不满意", "不满意", ""),
            ),
        ),
    )
    .row(
        "热线工单",
        &hot("H4", "周庄镇", "2017-12-10", "2017-12-20", vec![]),
    )
    .row(
        "热线工单",
        &hot("H5", "周庄镇", "2017-12-25", "2018-01-05", vec![]),
    )
    .row(
        "热线工单",
        &hot(
            "H6",
            "周庄镇",
            "2017-02-01",
            "2017-02-10",
            with(
                vec![("办结日期", s("2017-02-09"))],
                visits("不满意", "", ""),
            ),
        ),
    )
    .row(
        "热线工单",
        &hot(
            "H6",
            "公安局",
            "2017-02-01",
            "2017-02-10",
            with(
                vec![("主协办", s("协办")), ("办结日期", s("2017-02-09"))],
                visits("不满意", "", ""),
            ),
        ),
    )
    .row(
        "热线工单",
        &hot(
            "G1",
            "公安局",
            "2017-01-10",
            "2017-01-20",
            vec![("办结日期", s("2017-02-06"))],
        ),
    )
    .row(
        "热线工单",
        &hot(
            "G2",
            "公安局",
            "2017-06-01",
            "2017-06-10",
            with(
                vec![("办结日期", s("2017-06-09"))],
                visits("不满意", "不满意", "不免责"),
            ),
        ),
    )
    .row(
        "热线工单",
        &hot(
            "G3",
            "公安局",
            "2017-06-01",
            "2017-06-10",
            with(
                vec![("办结日期", s("2017-06-09"))],
                visits("不满意", "不满意", "免责"),
            ),
        ),
    )
}

fn json_of(out: &std::path::Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out).unwrap()).unwrap()
}

#[test]
fn a_town_and_two_departments_scored_by_hand() {
    let dir = tmp();
    let p = save(&ledger(), dir.path());
    let json = dir.path().join("r.json");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let v = json_of(&json);

    // 周庄镇
    // Z1.1: Q1 counted (2), Q2 none, Q3 only a meeting without minutes, Q4
    //       counted → 2 empty quarters × 0.5 → 1.00.
    // Z1.2: salons 1,2,3,5,6 counted (4 lacks materials: not counted, R7);
    //       #2 no records −0.5; #3 no publicity −0.5 and center not invited
    //       −0.25; #4, though not counted, no records −0.5, no publicity −0.5,
    //       center not invited −0.25 (R8); 5 counted → 1 missing × 2.5
    //       → 15 − 5 = 10.00.
    // Z1.3: a 4 − 2 (no chat group) − 0.5 (not published) = 1.5; b 2 − 1 (not
    //       promoted) = 1; c 2 → 4.50.
    // Z2.1: Q3 missing → 5 − 1.25 = 3.75.
    // Z2.2: a 5 − 2 × 0.25 (零申报 3, 7) − 2 × 0.5 (11, 12 missing) = 3.5;
    //       b 2 (12 rows, every month; the 2016 row left out); c 2 − 0.5 (best
    //       case) = 1.5; d 0 (3 adopted) → 7.00.
    // Z3.1: T1 04-20 → 04-27: 5 working days → 1.0; T2 09-29 → 10-09: 09-30
    //       (调休) and 10-09 = 2 → 0.5; T3 extended to 06-15, done 06-14: on
    //       time; T4 1 working day with 逾期扣分 1.5 → 15 − 3 = 12.00.
    // Z3.2: H1 2 working days → 0.5; H2 不满意 then 满意: 0; H3 不满意 twice
    //       → 0.5; H4 open since 12-20: 7 working days at 12-31 → 1.0; H5 due
    //       2018-01-05 belongs to 2018 (R26, a note); H6 回访 不满意 → 0.5 →
    //       15 − 2.5 = 12.50.
    // Z3.3: c = 1, 0.6, 0 over 3 → 10 × 1.6 / 3 = 5.333… → 5.33.
    // Z4.1: Q1 2.5; Q2 2.0 − 0.5 = 1.5; Q3 0.3 − 0.5 → 0; Q4 none → 4.00.
    // Z4.2: mean(90, 88, 91, 90.5) = 89.875 → 89.88 → 8.988 → 8.99.
    // Total 69.07.
    let z = json_unit(&v, "周庄镇");
    let expected = [
        ("Z1.1", "1.00"),
        ("Z1.2", "10.00"),
        ("Z1.3", "4.50"),
        ("Z2.1", "3.75"),
        ("Z2.2", "7.00"),
        ("Z3.1", "12.00"),
        ("Z3.2", "12.50"),
        ("Z3.3", "5.33"),
        ("Z4.1", "4.00"),
        ("Z4.2", "8.99"),
    ];
    for (clause, score) in expected {
        assert_eq!(z["clauses"][clause], score, "周庄镇 {clause}");
    }
    assert_eq!(z["total"], "69.07");

    // 公安局 (B组)
    // D1: 5 items → 15 − 2.5 = 12.50.
    // D2.1: P2 implemented, not reported → 2.5; P3 扣分 8; P4 featured: 0
    //       → 20 − 10.5 = 9.50.
    // D2.2: no implemented practice, P4 featured but not implemented → −5 → 15.
    // D3.1: Y1 all three duties failed → 5; Y2 two failed → 0; Y3 two
    //       departments, 主办, not solved → 5; Y4 joint meeting, solved → 0
    //       → 15 − 10 = 5.00.
    // D3.2: G1 01-20 → 02-06: 01-22 (调休), 23–26, 02-03, 02-04 (调休), 02-06
    //       = 8 working days → 10; G2 不免责, single department → 5; G3 免责 →
    //       0; H6 only 回访 不满意, not yet forwarded again → 0 and a warning
    //       (待二次转办) → 15 − 15 = 0.00.
    // D4: s = mean(90, 80, 80) = 83.33; B组 average (18 × 90 + 83.33) / 19 =
    //     89.649… → 89.65; 6.32 below → −5 → 10.
    // Total 52.00.
    let police = json_unit(&v, "公安局");
    for (clause, score) in [
        ("D1", "12.50"),
        ("D2.1", "9.50"),
        ("D2.2", "15.00"),
        ("D3.1", "5.00"),
        ("D3.2", "0.00"),
        ("D4", "10.00"),
    ] {
        assert_eq!(police["clauses"][clause], score, "公安局 {clause}");
    }
    assert_eq!(police["total"], "52.00");

    // 财政局 (B组): D1 0, D2.1 0 (no measure: 20 − 30 → 0), D2.2 15, D3.1
    // 15 − 2.5 (Y3 协办, not solved), D3.2 15, D4 15 (90 ≥ 89.65) → 57.50.
    let finance = json_unit(&v, "财政局");
    assert_eq!(finance["clauses"]["D3.1"], "12.50");
    assert_eq!(finance["total"], "57.50");
    // B组 ranks: the 17 others at 60 (D2.2 15, D3.1 15, D3.2 15, D4 15), then
    // 财政局 57.50, then 公安局 52.
    assert_eq!(finance["rank"], 18);
    assert_eq!(police["rank"], 19);

    // The warnings name their rows.
    let warnings: Vec<String> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            format!(
                "{}: {}",
                w["place"].as_str().unwrap(),
                w["message"].as_str().unwrap()
            )
        })
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("信息报送!14: ") && w.contains("2016-12-20")),
        "{warnings:#?}"
    );
    assert!(
        warnings.iter().any(|w| w.starts_with("热线工单!6: ")
            && w.contains("办理时限2018-01-05在2018年，该案件属于2018年度（R26）")),
        "{warnings:#?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("热线工单!8: 待二次转办") && w.contains("H6")),
        "{warnings:#?}"
    );
    let kinds: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap_or_default())
        .collect();
    assert!(kinds.contains(&"待二次转办"), "{kinds:?}");
}
