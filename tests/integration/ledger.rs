//! The ledger reader through `ksfk check`: every error kind with its exact
//! place, every accepted form of dates and flags, aliases, the year filter.

use crate::common::*;

/// A 热线工单 row: id, unit, 转办日期, 办理时限, 办结日期 (text dates).
fn hot(id: &str, unit: &str, fwd: &str, deadline: &str, done: &str) -> Vec<(&'static str, C)> {
    let mut v = vec![
        ("工单编号", s(id)),
        ("承办单位", s(unit)),
        ("转办日期", s(fwd)),
        ("办理时限", s(deadline)),
    ];
    if !done.is_empty() {
        v.push(("办结日期", s(done)));
    }
    v
}

#[test]
fn valid_ledger_passes_with_row_counts() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let (code, out, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("满意度调查"), "{out}");
    assert!(out.contains("51"), "51 survey rows: {out}");
    assert!(out.contains("没有错误"), "{out}");
}

#[test]
fn missing_sheet_is_named() {
    let dir = tmp();
    let p = save(&TestLedger::valid().without_sheet("提效实践"), dir.path());
    assert_error(&p, "提效实践", &["缺少工作表「提效实践」"]);
}

#[test]
fn missing_required_column_is_named() {
    let dir = tmp();
    let t = TestLedger::valid().headers("例会", &["单位", "日期", "有议题"]);
    let p = save(&t, dir.path());
    assert_error(&p, "例会!1", &["有会议记录"]);
}

#[test]
fn title_row_above_the_header_is_an_error() {
    let dir = tmp();
    let t = TestLedger::valid().title_row("信息报送", "2017年信息报送台账");
    let p = save(&t, dir.path());
    assert_error(&p, "信息报送!1", &["表头必须在第1行", "第2行"]);
}

#[test]
fn headers_are_trimmed_and_found_in_any_order() {
    let dir = tmp();
    // Columns A 备注, B 有会议记录, C 有议题, D 日期, E 单位; headers padded
    // with spaces, a full-width space and a line break.
    let t = TestLedger::valid()
        .headers(
            "例会",
            &["备注", " 有会议记录\u{3000}", "有议题", "日期\n", "单位"],
        )
        .cell("例会", 1, 1, s("是"))
        .cell("例会", 1, 2, s("否"))
        .cell("例会", 1, 3, s("2017-03-05"))
        .cell("例会", 1, 4, s("周庄镇"));
    let p = save(&t, dir.path());
    let (code, out, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("例会"), "{out}");
    // A misplaced value is found in its column: 有议题 is C.
    let t = t
        .cell("例会", 2, 2, s("也许"))
        .cell("例会", 2, 3, s("2017-03-06"))
        .cell("例会", 2, 4, s("周庄镇"))
        .cell("例会", 2, 1, s("是"));
    let p = save(&t, dir.path());
    assert_error(&p, "例会!C3", &["有议题", "也许"]);
}

#[test]
fn bad_date_names_sheet_cell_column_and_value() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &hot("RX1", "周庄镇", "2017-03-01", "2017-03-10", "2017-03-05"),
        )
        .row(
            "热线工单",
            &hot("RX2", "周庄镇", "2017-13-01", "2017-03-10", ""),
        );
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!D3", &["转办日期", "2017-13-01", "日期"]);
}

#[test]
fn all_errors_are_reported_together() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row("热线工单", &hot("RX1", "周庄镇", "abc", "2017-03-10", ""))
        .row(
            "例会",
            &[
                ("单位", s("周庄镇")),
                ("日期", s("2017-03-05")),
                ("有议题", s("也许")),
                ("有会议记录", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    let (code, out, err) = check(&p);
    assert_eq!(code, 1);
    assert!(out.is_empty() || !out.contains("没有错误"));
    assert!(err.contains("热线工单!D2"), "{err}");
    assert!(err.contains("例会!C2"), "{err}");
    assert!(err.contains("错误（2处）"), "{err}");
}

#[test]
fn every_date_form_is_accepted() {
    let dir = tmp();
    let mut t = TestLedger::valid();
    for (i, date) in [
        s("2017-03-05"),
        s("2017/3/5"),
        s("2017.3.5"),
        s("2017年3月5日"),
        d(2017, 3, 5),
        n(42799.0),
    ]
    .into_iter()
    .enumerate()
    {
        t = t.row(
            "信息报送",
            &[
                ("单位", s("周庄镇")),
                ("日期", date),
                ("录用", s("是")),
                ("标题", s(&format!("信息{i}"))),
            ],
        );
    }
    let p = save(&t, dir.path());
    let (code, out, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains('6'), "{out}");
}

#[test]
fn serial_outside_1990_2100_and_serial_as_text_are_errors() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "信息报送",
            &[
                ("单位", s("周庄镇")),
                ("日期", n(2024.0)),
                ("录用", s("是")),
            ],
        )
        .row(
            "信息报送",
            &[
                ("单位", s("周庄镇")),
                ("日期", s("42799")),
                ("录用", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    assert_error(&p, "信息报送!B2", &["2024", "1990–2100"]);
    assert_error(&p, "信息报送!B3", &["42799"]);
}

#[test]
fn every_flag_spelling_is_accepted() {
    let dir = tmp();
    let mut t = TestLedger::valid();
    for f in [
        s("是"),
        s("否"),
        s("Y"),
        s("n"),
        s("TRUE"),
        s("false"),
        s("有"),
        s("无"),
        s("√"),
        s("×"),
        s("1"),
        s("0"),
        n(1.0),
        n(0.0),
        C::B(true),
        C::B(false),
    ] {
        t = t.row(
            "信息报送",
            &[
                ("单位", s("发改委")),
                ("日期", s("2017-05-01")),
                ("录用", f),
            ],
        );
    }
    let p = save(&t, dir.path());
    let (code, _, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    let t = TestLedger::valid().row(
        "信息报送",
        &[
            ("单位", s("发改委")),
            ("日期", s("2017-05-01")),
            ("录用", s("yes")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "信息报送!D2", &["录用", "yes"]);
}

#[test]
fn empty_required_flag_is_an_error() {
    let dir = tmp();
    let t = TestLedger::valid().row(
        "信息报送",
        &[("单位", s("发改委")), ("日期", s("2017-05-01"))],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "信息报送!D2", &["录用", "必填"]);
}

#[test]
fn aliases_resolve_and_unknown_names_get_suggestions() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "信息报送",
            &[
                ("单位", s("招商服务中心")),
                ("日期", s("2017-05-01")),
                ("录用", s("是")),
            ],
        )
        .row(
            "信息报送",
            &[
                ("单位", s(" 花桥 ")),
                ("日期", s("2017-05-01")),
                ("录用", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    assert_eq!(check(&p).0, 0);
    let t = TestLedger::valid().row(
        "信息报送",
        &[
            ("单位", s("锦西镇")),
            ("日期", s("2017-05-01")),
            ("录用", s("是")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "信息报送!A2", &["单位", "锦西镇", "锦溪镇"]);
}

#[test]
fn hotline_date_order_errors() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &hot("RX1", "周庄镇", "2017-03-10", "2017-03-01", ""),
        )
        .row(
            "热线工单",
            &hot("RX2", "周庄镇", "2017-03-10", "2017-03-20", "2017-03-09"),
        )
        .row(
            "热线工单",
            &with(
                hot("RX3", "周庄镇", "2017-03-10", "2017-03-20", ""),
                &[("延期至", s("2017-03-15"))],
            ),
        );
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!E2", &["办理时限", "早于转办日期"]);
    assert_error(&p, "热线工单!G3", &["办结日期", "早于转办日期"]);
    assert_error(&p, "热线工单!F4", &["延期至", "早于办理时限"]);
}

#[test]
fn duplicate_case_and_unit_names_the_later_row() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &hot("RX1", "周庄镇", "2017-03-01", "2017-03-10", ""),
        )
        .row(
            "热线工单",
            &hot("RX1", "周庄镇", "2017-03-01", "2017-03-10", ""),
        );
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!B3", &["重复", "第2行"]);
}

#[test]
fn a_case_needs_exactly_one_lead() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &with(
                hot("RX1", "周庄镇", "2017-03-01", "2017-03-10", ""),
                &[("主协办", s("牵头"))],
            ),
        )
        .row(
            "热线工单",
            &with(
                hot("RX1", "公安局", "2017-03-01", "2017-03-10", ""),
                &[("主协办", s("主办"))],
            ),
        )
        .row(
            "热线工单",
            &with(
                hot("RX2", "公安局", "2017-03-01", "2017-03-10", ""),
                &[("主协办", s("配合"))],
            ),
        );
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!C3", &["RX1", "主办"]);
    assert_error(&p, "热线工单!C4", &["RX2", "没有主办"]);
}

#[test]
fn second_visit_and_verdict_chain() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &with(
                hot("RX1", "公安局", "2017-03-01", "2017-03-10", ""),
                &[("回访结果", s("满意")), ("二次转办结果", s("不满意"))],
            ),
        )
        .row(
            "热线工单",
            &with(
                hot("RX2", "公安局", "2017-03-01", "2017-03-10", ""),
                &[
                    ("回访结果", s("不满意")),
                    ("二次转办结果", s("满意")),
                    ("免责评判", s("免责")),
                ],
            ),
        );
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!J2", &["二次转办结果", "不满意"]);
    assert_error(&p, "热线工单!K3", &["免责评判"]);
}

#[test]
fn overdue_penalty_range_depends_on_the_unit() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &with(
                hot("RX1", "周庄镇", "2017-03-01", "2017-03-10", ""),
                &[("逾期扣分", n(2.0))],
            ),
        )
        .row(
            "热线工单",
            &with(
                hot("RX2", "公安局", "2017-03-01", "2017-03-10", ""),
                &[("逾期扣分", n(3.0))],
            ),
        )
        .row(
            "热线工单",
            &with(
                hot("RX3", "公安局", "2017-03-01", "2017-03-10", ""),
                &[("逾期扣分", n(10.0))],
            ),
        );
    let p = save(&t, dir.path());
    assert_error(&p, "热线工单!H2", &["逾期扣分", "0.5–1.5"]);
    assert_error(&p, "热线工单!H3", &["逾期扣分", "5–15"]);
    let (_, _, err) = check(&p);
    assert!(!err.contains("热线工单!H4 "), "{err}");
}

fn transfer(
    id: &str,
    source: &str,
    unit: &str,
    extra: &[(&'static str, C)],
) -> Vec<(&'static str, C)> {
    with(
        vec![
            ("编号", s(id)),
            ("来源", s(source)),
            ("承办单位", s(unit)),
            ("转办日期", s("2017-04-01")),
            ("办理时限", s("2017-04-20")),
            ("办结日期", s("2017-04-10")),
        ],
        extra,
    )
}

#[test]
fn transfer_department_flags_and_problem_solved() {
    let dir = tmp();
    let duties = [
        ("按期沟通", s("是")),
        ("初步处理意见", s("是")),
        ("反馈结果", s("是")),
    ];
    let t = TestLedger::valid()
        // Department row without its duty flags.
        .row("转办件", &transfer("ZB1", "中心转办", "公安局", &[]))
        // Two department rows: 问题解决 required on both; missing on the second.
        .row(
            "转办件",
            &transfer(
                "ZB2",
                "督办",
                "公安局",
                &with(duties.to_vec(), &[("问题解决", s("是"))]),
            ),
        )
        .row(
            "转办件",
            &transfer(
                "ZB2",
                "督办",
                "财政局",
                &with(duties.to_vec(), &[("主协办", s("协办"))]),
            ),
        )
        // A 区镇 row needs none of them.
        .row("转办件", &transfer("ZB3", "市领导交办", "周庄镇", &[]))
        // 联席会议交办: 问题解决 required even for one department.
        .row(
            "转办件",
            &transfer("ZB4", "联席会议交办", "发改委", &duties),
        );
    let p = save(&t, dir.path());
    assert_error(&p, "转办件!J2", &["按期沟通", "必填"]);
    assert_error(&p, "转办件!M4", &["问题解决", "必填"]);
    assert_error(&p, "转办件!M6", &["问题解决", "必填"]);
    let (_, _, err) = check(&p);
    assert!(!err.contains("转办件!J5"), "区镇 row: {err}");
    assert!(!err.contains("转办件!M3"), "filled: {err}");
}

#[test]
fn transfer_source_must_be_known() {
    let dir = tmp();
    let t = TestLedger::valid().row("转办件", &transfer("ZB1", "电话", "周庄镇", &[]));
    let p = save(&t, dir.path());
    assert_error(&p, "转办件!B2", &["来源", "电话", "联席会议交办"]);
}

#[test]
fn quarter_month_and_duplicates() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row("工作总结", &[("单位", s("周庄镇")), ("季度", n(5.0))])
        .row("工作总结", &[("单位", s("周庄镇")), ("季度", n(1.0))])
        .row("工作总结", &[("单位", s("周庄镇")), ("季度", s("1"))])
        .row(
            "诉求月报",
            &[
                ("单位", s("周庄镇")),
                ("月份", n(13.0)),
                ("状态", s("已报送")),
            ],
        )
        .row(
            "督查",
            &[
                ("单位", s("周庄镇")),
                ("季度", n(1.0)),
                ("得分", n(3.0)),
                ("有台账记录", s("是")),
                ("有汇报材料", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    assert_error(&p, "工作总结!B2", &["季度", "1–4"]);
    assert_error(&p, "工作总结!B4", &["重复", "第3行"]);
    assert_error(&p, "诉求月报!B2", &["月份", "13", "1–12"]);
    assert_error(&p, "督查!C2", &["得分", "0–2.5"]);
}

#[test]
fn communication_needs_one_row_per_town() {
    let dir = tmp();
    let t = TestLedger::valid().row("沟通机制", &communication_row("周庄镇"));
    let p = save(&t, dir.path());
    assert_error(&p, "沟通机制!A14", &["重复", "第12行"]);
    let p = save(&TestLedger::headers_only(), dir.path());
    assert_error(&p, "沟通机制", &["周庄镇", "每个区镇"]);
}

#[test]
fn every_unit_needs_a_survey_row() {
    let dir = tmp();
    let p = save(&TestLedger::headers_only(), dir.path());
    assert_error(&p, "满意度调查", &["住房公积金管理中心"]);
}

#[test]
fn ranges_of_numbers_and_percentages() {
    let dir = tmp();
    let m = |pct: C| {
        vec![
            ("单位", s("周庄镇")),
            ("举措名称", s("举措")),
            ("制定日期", s("2017-02-01")),
            ("已实施", s("是")),
            ("已报送成果", s("是")),
            ("完成比例", pct),
        ]
    };
    let t = TestLedger::valid()
        .row("服务举措", &m(s("80%")))
        .row("服务举措", &m(n(0.8)))
        .row("服务举措", &m(s("150")))
        .row(
            "典型案例",
            &[
                ("单位", s("周庄镇")),
                ("日期", s("2017-02-01")),
                ("质量扣分", s("2")),
            ],
        )
        .row("满意度调查", &[("单位", s("周庄镇")), ("得分", s("1,000"))]);
    let p = save(&t, dir.path());
    assert_error(&p, "服务举措!F4", &["完成比例", "150"]);
    assert_error(&p, "典型案例!D2", &["质量扣分", "0.5–1.5"]);
    assert_error(&p, "满意度调查!C53", &["得分", "1,000"]);
    let (_, _, err) = check(&p);
    assert!(
        !err.contains("服务举措!F2") && !err.contains("服务举措!F3"),
        "{err}"
    );
}

#[test]
fn outreach_town_must_be_a_town() {
    let dir = tmp();
    let t = TestLedger::valid().row(
        "政企互动",
        &[
            ("单位", s("发改委")),
            ("日期", s("2017-02-01")),
            ("区镇", s("公安局")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "政企互动!C2", &["公安局", "不是名单中的区镇"]);
}

#[test]
fn rows_outside_the_year_are_validated_then_left_out_with_a_warning() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "信息报送",
            &[
                ("单位", s("发改委")),
                ("日期", s("2016-12-30")),
                ("录用", s("是")),
            ],
        )
        .row(
            "信息报送",
            &[
                ("单位", s("发改委")),
                ("日期", s("2017-01-03")),
                ("录用", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    let (code, out, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    // A note (提示), summarised per sheet in the terminal.
    assert!(err.contains("提示"), "{err}");
    assert!(err.contains("信息报送：1行不在2017年，不计入"), "{err}");
    assert!(!err.contains("警告"), "{err}");
    assert!(out.contains("信息报送"), "{out}");
    // Validated all the same: an out-of-year row with a bad flag is an error.
    let t = TestLedger::valid().row(
        "信息报送",
        &[
            ("单位", s("发改委")),
            ("日期", s("2016-12-30")),
            ("录用", s("?")),
        ],
    );
    let p = save(&t, dir.path());
    assert_error(&p, "信息报送!D2", &["录用"]);
    // A note is no warning: --strict passes.
    let t = TestLedger::valid()
        .row(
            "信息报送",
            &[
                ("单位", s("发改委")),
                ("日期", s("2016-12-30")),
                ("录用", s("是")),
            ],
        )
        .row(
            "例会",
            &[
                ("单位", s("周庄镇")),
                ("日期", s("2017-03-01")),
                ("有议题", s("是")),
                ("有会议记录", s("是")),
            ],
        );
    let p = save(&t, dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2017", "--strict"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("信息报送：1行不在2017年"), "{err}");
}

#[test]
fn roster_sheet_replaces_the_builtin_roster() {
    let dir = tmp();
    let t = TestLedger::headers_only()
        .headers("单位名单", &["单位名称", "类别", "别名"])
        .row(
            "单位名单",
            &[
                ("单位名称", s("甲镇")),
                ("类别", s("区镇")),
                ("别名", s("甲")),
            ],
        )
        .row("单位名单", &[("单位名称", s("乙局")), ("类别", s("A组"))])
        .row("沟通机制", &communication_row("甲"))
        .row("满意度调查", &[("单位", s("甲镇")), ("得分", n(80.0))])
        .row("满意度调查", &[("单位", s("乙局")), ("得分", n(80.0))]);
    let p = save(&t, dir.path());
    let (code, _, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    // A built-in name is now unknown; a duplicate alias is an error.
    let t = t
        .row(
            "信息报送",
            &[
                ("单位", s("公安局")),
                ("日期", s("2017-05-01")),
                ("录用", s("是")),
            ],
        )
        .row(
            "单位名单",
            &[
                ("单位名称", s("丙局")),
                ("类别", s("B组")),
                ("别名", s("甲")),
            ],
        );
    let p = save(&t, dir.path());
    assert_error(&p, "信息报送!A2", &["公安局", "不在单位名单中"]);
    assert_error(&p, "单位名单!C4", &["别名", "甲", "第2行"]);
}

#[test]
fn a_stray_cell_far_away_is_one_row_of_errors_quickly() {
    let dir = tmp();
    let t = TestLedger::valid().cell("例会", 1_048_575, 16_383, s("x"));
    let p = save(&t, dir.path());
    let start = std::time::Instant::now();
    assert_error(&p, "例会!A1048576", &["单位", "必填"]);
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn workbook_in_the_1904_epoch() {
    // fixtures/epoch-1904.xlsx: saved by openpyxl with the 1904 date system;
    // 信息报送 row 2 holds the real date 2017-03-05 (serial 41337 in 1904)
    // and 2021-01-01 in row 3; both must read as written.
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/epoch-1904.xlsx");
    let (code, out, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("信息报送：1行不在2017年，不计入"), "{err}");
    assert!(out.contains("信息报送"), "{out}");
}

#[test]
fn not_a_workbook_and_missing_file() {
    let dir = tmp();
    let p = dir.path().join("ledger.xlsx");
    std::fs::write(&p, "这不是工作簿").unwrap();
    let (code, _, err) = check(&p);
    assert_eq!(code, 1);
    assert!(err.contains("不是Excel工作簿"), "{err}");
    let (code, _, err) = check(&dir.path().join("nope.xlsx"));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("无法读取台账文件"), "{err}");
}

#[test]
fn transfer_overdue_penalty_is_for_town_rows_only() {
    let dir = tmp();
    let duties = [
        ("按期沟通", s("是")),
        ("初步处理意见", s("是")),
        ("反馈结果", s("是")),
    ];
    let t = TestLedger::valid()
        .row(
            "转办件",
            &transfer(
                "ZB1",
                "中心转办",
                "公安局",
                &with(duties.to_vec(), &[("逾期扣分", n(8.0))]),
            ),
        )
        .row(
            "转办件",
            &transfer("ZB2", "督办", "周庄镇", &[("逾期扣分", n(1.0))]),
        );
    let p = save(&t, dir.path());
    let (code, _, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("转办件!I2: 部门的转办件不按逾期扣分"), "{err}");
    assert!(!err.contains("转办件!I3"), "{err}");
    // On a 区镇 row it is checked against 0.5–1.5.
    let t = TestLedger::valid().row(
        "转办件",
        &transfer("ZB2", "督办", "周庄镇", &[("逾期扣分", n(2.0))]),
    );
    let p = save(&t, dir.path());
    assert_error(&p, "转办件!I2", &["逾期扣分", "0.5–1.5"]);
}

#[test]
fn transfer_columns_for_department_rows_may_be_absent_when_no_row_needs_them() {
    let dir = tmp();
    let t = TestLedger::valid()
        .headers(
            "转办件",
            &[
                "编号",
                "来源",
                "承办单位",
                "转办日期",
                "办理时限",
                "办结日期",
            ],
        )
        .row("转办件", &transfer("ZB1", "市领导交办", "周庄镇", &[]));
    let p = save(&t, dir.path());
    let (code, _, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    // A department row needs them: the error names the row and the column.
    let t = t.row("转办件", &transfer("ZB2", "中心转办", "公安局", &[]));
    let p = save(&t, dir.path());
    assert_error(&p, "转办件!3", &["按期沟通", "必填"]);
}
