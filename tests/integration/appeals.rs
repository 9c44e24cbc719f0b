//! 申诉 end to end: each decision applied before the clause's floor and
//! traced in 扣分明细 / the JSON, every bad appeal an error at its cell
//! together with the other errors (exit 1, nothing written).

use crate::common::*;
use serde_json::Value;
use std::path::Path;

/// 住建局 (B组) with four late cases H1..H4: D3.2 (15) takes 5 + 5 + 5 and
/// the fourth reaches the floor: 0. The rest of a bare B组 unit: D1 0
/// (no 信息报送: −15), D2.1 0 (no measure: −30, floored), D2.2 15 (−5),
/// D3.1 15, D4 15 (everyone's survey is 90): total 45.
fn four_cases() -> TestLedger {
    let mut t = TestLedger::valid();
    for id in ["H1", "H2", "H3", "H4"] {
        t = t.row("热线工单", &late_case(id, "住建局"));
    }
    t
}

fn appeal(unit: &str, clause: &str, record: &str, decision: &str, reason: &str) -> Row {
    vec![
        ("单位", s(unit)),
        ("条款", s(clause)),
        ("编号", s(record)),
        ("决定", s(decision)),
        ("文号", s("昆企服〔2018〕3号")),
        ("理由", s(reason)),
    ]
}

/// Scores `t` with `--json` and returns the JSON.
fn score_json(t: &TestLedger) -> Value {
    let dir = tmp();
    let ledger = save(t, dir.path());
    let json = dir.path().join("r.json");
    let (code, out, err) = run(&[
        "score",
        ledger.to_str().unwrap(),
        "--year",
        "2017",
        "--json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "stdout:\n{out}\nstderr:\n{err}");
    serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap()
}

/// The unit's entries of one clause: (reason, record, amount).
fn entries(u: &Value, clause: &str) -> Vec<(String, String, String)> {
    u["deductions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["clause"] == clause)
        .map(|e| {
            (
                e["reason"].as_str().unwrap().to_string(),
                e["record"].as_str().unwrap_or_default().to_string(),
                e["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// marks − Σ amounts = clause score, for every clause of every unit.
fn assert_invariant(v: &Value) {
    for u in v["units"].as_array().unwrap() {
        for (clause, score) in u["clauses"].as_object().unwrap() {
            let marks: f64 = match clause.as_str() {
                "Z1.1" => 2.0,
                "Z1.2" | "Z3.1" | "Z3.2" | "D1" | "D3.1" | "D3.2" | "D4" => 15.0,
                "Z1.3" => 8.0,
                "Z2.1" => 5.0,
                "D2.1" | "D2.2" => 20.0,
                _ => 10.0,
            };
            let cents = |s: &str| (s.parse::<f64>().unwrap() * 100.0).round() as i64;
            let taken: i64 = entries(u, clause).iter().map(|e| cents(&e.2)).sum();
            assert_eq!(
                (marks * 100.0) as i64 - taken,
                cents(score.as_str().unwrap()),
                "{} {clause}",
                u["name"]
            );
        }
    }
}

#[test]
fn floor_case_worked_by_hand() {
    // No appeal: 5 + 5 + 5 reach the floor, the fourth takes 0.
    let v = score_json(&four_cases());
    let u = json_unit(&v, "住建局");
    assert_eq!(u["clauses"]["D3.2"], "0.00");
    assert_eq!(u["total"], "45.00");
    let e = entries(u, "D3.2");
    let amounts: Vec<&str> = e.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(amounts, ["5.00", "5.00", "5.00", "0.00"]);
    assert!(
        e[3].0.contains("应扣5.00，本项已扣至0，实扣0.00"),
        "{}",
        e[3].0
    );
    assert_eq!(v["appeals"], serde_json::json!([]));

    // H1 waived: 0 + 5 + 5 + 5 = 15 still reaches the floor: D3.2 stays 0.
    let one = four_cases().row(
        "申诉",
        &appeal("住建局", "D3.2", "H1", "成立", "企业原因延误"),
    );
    let v = score_json(&one);
    let u = json_unit(&v, "住建局");
    assert_eq!(u["clauses"]["D3.2"], "0.00");
    assert_eq!(u["total"], "45.00");
    let e = entries(u, "D3.2");
    let amounts: Vec<&str> = e.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(amounts, ["0.00", "5.00", "5.00", "5.00"]);
    assert_eq!(e[0].1, "H1");
    assert!(
        e[0].0
            .contains("申诉成立（昆企服〔2018〕3号）：原应扣5.00，免扣；理由：企业原因延误"),
        "{}",
        e[0].0
    );
    assert!(!e[3].0.contains("本项已扣至0"), "{}", e[3].0);
    assert_invariant(&v);
    let a = &v["appeals"][0];
    assert_eq!(a["unit"], "住建局");
    assert_eq!(a["clause"], "D3.2");
    assert_eq!(a["record"], "H1");
    assert_eq!(a["decision"], "成立");
    assert_eq!(a["reference"], "昆企服〔2018〕3号");
    assert_eq!(a["place"], "申诉!2");
    assert_eq!(a["matched"], 1);
    assert_eq!(a["waived"], "5.00");
    assert_eq!(a["clause_before"], "0.00");
    assert_eq!(a["clause_after"], "0.00");

    // H1 and H2 waived: 0 + 0 + 5 + 5 = 10: D3.2 = 5, total 50.
    let two = one.row("申诉", &appeal("住建局", "D3.2", "H2", "成立", "已延期"));
    let v = score_json(&two);
    let u = json_unit(&v, "住建局");
    assert_eq!(u["clauses"]["D3.2"], "5.00");
    assert_eq!(u["total"], "50.00");
    let amounts: Vec<String> = entries(u, "D3.2").into_iter().map(|e| e.2).collect();
    assert_eq!(amounts, ["0.00", "0.00", "5.00", "5.00"]);
    assert_eq!(v["appeals"][1]["clause_after"], "5.00");
    assert_invariant(&v);
}

#[test]
fn partly_upheld_and_rejected() {
    // H1 waived, H3 partly (核减2: 5 − 2 = 3), H4 rejected:
    // 0 + 5 + 3 + 5 = 13 → D3.2 = 2, total 47; H4's rejection is a
    // zero-amount entry right after H4's deduction.
    let mut partly = appeal("住建局", "D3.2", "H3", "部分成立", "部分逾期系系统故障");
    partly.push(("核减分值", n(2.0)));
    let t = four_cases()
        .row(
            "申诉",
            &appeal("住建局", "D3.2", "H1", "成立", "企业原因延误"),
        )
        .row("申诉", &partly)
        .row(
            "申诉",
            &appeal("住建局", "D3.2", "H4", "不成立", "理由不充分"),
        );
    let v = score_json(&t);
    let u = json_unit(&v, "住建局");
    assert_eq!(u["clauses"]["D3.2"], "2.00");
    assert_eq!(u["total"], "47.00");
    let e = entries(u, "D3.2");
    let rows: Vec<(&str, &str)> = e.iter().map(|e| (e.1.as_str(), e.2.as_str())).collect();
    assert_eq!(
        rows,
        [
            ("H1", "0.00"),
            ("H2", "5.00"),
            ("H3", "3.00"),
            ("H4", "5.00"),
            ("H4", "0.00")
        ]
    );
    assert!(
        e[2].0.contains(
            "申诉部分成立（昆企服〔2018〕3号）：原应扣5.00，核减2.00，实扣3.00；理由：部分逾期系系统故障"
        ),
        "{}",
        e[2].0
    );
    assert_eq!(e[4].0, "申诉不成立（昆企服〔2018〕3号）：理由不充分");
    assert_invariant(&v);
    let appeals = v["appeals"].as_array().unwrap();
    assert_eq!(appeals.len(), 3);
    assert_eq!(appeals[1]["decision"], "部分成立");
    assert_eq!(appeals[1]["cut"], "2.00");
    assert_eq!(appeals[1]["waived"], "2.00");
    assert_eq!(appeals[2]["decision"], "不成立");
    assert_eq!(appeals[2]["waived"], "0.00");
    assert_eq!(appeals[2]["clause_before"], "0.00");
    assert_eq!(appeals[2]["clause_after"], "2.00");
}

#[test]
fn an_appeal_by_source_and_a_partial_floor() {
    // A bare 区镇 has no 例会: four quarters × 0.5 → Z1.1 = 0. The Q2
    // deduction has no record id: it is named by its 来源.
    let t = TestLedger::valid().row(
        "申诉",
        &[
            ("单位", s("周庄镇")),
            ("条款", s("Z1.1")),
            ("来源", s("例会: 第2季度 无计次记录")),
            ("决定", s("成立")),
            ("理由", s("第2季度例会记录补交")),
        ],
    );
    let v = score_json(&t);
    let u = json_unit(&v, "周庄镇");
    assert_eq!(u["clauses"]["Z1.1"], "0.50");
    let e = entries(u, "Z1.1");
    assert_eq!(e[1].2, "0.00");
    // Without a 文号 the reason has no parentheses.
    assert!(e[1].0.contains("申诉成立：原应扣0.50，免扣"), "{}", e[1].0);
    // Other 区镇 are untouched.
    assert_eq!(json_unit(&v, "锦溪镇")["clauses"]["Z1.1"], "0.00");
    assert_invariant(&v);
}

#[test]
fn one_appeal_matches_every_deduction_of_its_record() {
    // 公安局's case P1 is late (5) and 不满意 twice, 不免责 (5): both
    // deductions carry 编号 P1, and one upheld appeal waives both.
    let row = with(
        late_case("P1", "公安局"),
        [
            ("回访结果", s("不满意")),
            ("二次转办结果", s("不满意")),
            ("免责评判", s("不免责")),
        ],
    );
    let base = TestLedger::valid().row("热线工单", &row);
    let v = score_json(&base);
    assert_eq!(json_unit(&v, "公安局")["clauses"]["D3.2"], "5.00");
    let v = score_json(&base.row("申诉", &appeal("公安局", "D3.2", "P1", "成立", "核实无误")));
    let u = json_unit(&v, "公安局");
    assert_eq!(u["clauses"]["D3.2"], "15.00");
    let amounts: Vec<String> = entries(u, "D3.2").into_iter().map(|e| e.2).collect();
    assert_eq!(amounts, ["0.00", "0.00"]);
    assert_eq!(v["appeals"][0]["matched"], 2);
    assert_eq!(v["appeals"][0]["waived"], "10.00");
    assert_invariant(&v);
}

fn no_output_written(dir: &Path) {
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["ledger.xlsx"], "{names:?}");
}

#[test]
fn bad_appeals_are_errors_at_their_cells_all_at_once() {
    // Columns of 申诉 as written here: A 单位, B 条款, C 编号, D 决定,
    // E 文号, F 理由, G 核减分值, H 来源.
    let mut too_much = appeal("住建局", "D3.2", "H3", "部分成立", "x");
    too_much.push(("核减分值", n(5.0)));
    let t = four_cases()
        // Row 2: matches nothing; the closest 编号 of 住建局's D3.2 is H4.
        .row("申诉", &appeal("住建局", "D3.2", "H44", "成立", "x"))
        // Row 3: fine; row 4 appeals H1 again.
        .row("申诉", &appeal("住建局", "D3.2", "H1", "成立", "x"))
        .row("申诉", &appeal("住建局", "D3.2", "H1", "不成立", "x"))
        // Row 5: 核减分值 5 is not less than the deduction (5).
        .row("申诉", &too_much)
        // Row 6: a 来源 that 住建局 has no deduction of: closest 来源 suggested.
        .row(
            "申诉",
            &[
                ("单位", s("住建局")),
                ("条款", s("D1")),
                ("来源", s("信息报送: 全年5条")),
                ("决定", s("成立")),
                ("理由", s("x")),
            ],
        );
    let dir = tmp();
    let ledger = save(&t, dir.path());
    let (code, _, err) = run(&["score", ledger.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 1, "{err}");
    no_output_written(dir.path());
    assert_error(
        &ledger,
        "申诉!C2",
        &["H44", "未匹配", "住建局", "D3.2", "编号「H4」"],
    );
    assert_error(&ledger, "申诉!C4", &["第3行", "同一项扣分"]);
    assert_error(&ledger, "申诉!G5", &["核减分值", "5.00"]);
    assert_error(
        &ledger,
        "申诉!H6",
        &["未匹配", "D1", "来源「信息报送: 全年0条」"],
    );
    // Row 3 itself is fine.
    let (_, _, err) = check(&ledger);
    assert!(!err.contains("申诉!C3"), "{err}");
    assert!(err.contains("错误（4处）"), "{err}");
}

#[test]
fn partly_upheld_must_name_one_deduction() {
    // P1 has two deductions (late, 不免责); 部分成立 by 编号 matches both.
    let row = with(
        late_case("P1", "公安局"),
        [
            ("回访结果", s("不满意")),
            ("二次转办结果", s("不满意")),
            ("免责评判", s("不免责")),
        ],
    );
    let mut partly = appeal("公安局", "D3.2", "P1", "部分成立", "x");
    partly.push(("核减分值", n(1.0)));
    let t = TestLedger::valid()
        .row("热线工单", &row)
        .row("申诉", &partly);
    let dir = tmp();
    let ledger = save(&t, dir.path());
    assert_error(&ledger, "申诉!D2", &["部分成立", "2项扣分"]);
}

#[test]
fn appeal_rows_are_checked_with_the_other_errors() {
    let t = four_cases()
        // A 区镇 clause for a department.
        .row("申诉", &appeal("住建局", "Z3.2", "H1", "成立", "x"))
        // Neither 编号 nor 来源.
        .row(
            "申诉",
            &[
                ("单位", s("住建局")),
                ("条款", s("D3.2")),
                ("编号", s("")),
                ("决定", s("成立")),
                ("文号", s("")),
                ("理由", s("x")),
            ],
        )
        // 部分成立 without 核减分值; an unknown 决定; a 核减分值 on 成立.
        .row("申诉", &appeal("住建局", "D3.2", "H2", "部分成立", "x"))
        .row("申诉", &appeal("住建局", "D3.2", "H3", "驳回", "x"))
        .row(
            "申诉",
            &with(
                appeal("住建局", "D3.2", "H4", "成立", "x"),
                [("核减分值", n(1.0))],
            ),
        )
        // Another sheet's error in the same run.
        .row("热线工单", &late_case("H9", "住建委"));
    let dir = tmp();
    let ledger = save(&t, dir.path());
    assert_error(&ledger, "申诉!B2", &["Z3.2", "区镇条款", "住建局"]);
    assert_error(&ledger, "申诉!C3", &["编号和来源至少"]);
    assert_error(&ledger, "申诉!G4", &["部分成立", "核减分值"]);
    assert_error(&ledger, "申诉!D5", &["驳回", "成立、部分成立、不成立"]);
    assert_error(&ledger, "申诉!G6", &["成立", "不能填写核减分值"]);
    assert_error(&ledger, "热线工单!B6", &["住建委"]);
    let (code, _, _) = run(&["score", ledger.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 1);
    no_output_written(dir.path());
}

#[test]
fn explain_shows_the_units_appeals() {
    let t = four_cases()
        .row(
            "申诉",
            &appeal("住建局", "D3.2", "H1", "成立", "企业原因延误"),
        )
        .row("申诉", &appeal("住建局", "D3.2", "H2", "成立", "已延期"));
    let dir = tmp();
    let ledger = save(&t, dir.path());
    let (code, out, err) = run(&[
        "explain",
        ledger.to_str().unwrap(),
        "--year",
        "2017",
        "--unit",
        "住建局",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("申诉（2条）"), "{out}");
    assert!(out.contains("申诉!2"), "{out}");
    assert!(out.contains("D3.2得分 0.00 → 5.00"), "{out}");
    let (code, out, _) = check(&ledger);
    assert_eq!(code, 0);
    assert!(out.contains("申诉2条，均已对应到扣分。"), "{out}");
    let (_, out, _) = run(&[
        "explain",
        ledger.to_str().unwrap(),
        "--year",
        "2017",
        "--unit",
        "公安局",
    ]);
    assert!(!out.contains("申诉（"), "{out}");
}

fn grid(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let r = wb.worksheet_range(sheet).unwrap();
    r.rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn notes_sheet_lists_every_appeal_and_its_effect() {
    let t = four_cases()
        .row(
            "申诉",
            &appeal("住建局", "D3.2", "H1", "成立", "企业原因延误"),
        )
        .row("申诉", &appeal("住建局", "D3.2", "H2", "成立", "已延期"));
    let dir = tmp();
    let ledger = save(&t, dir.path());
    let out = dir.path().join("out.xlsx");
    let (code, stdout, err) = run(&[
        "score",
        ledger.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("已计入申诉2条"), "{stdout}");
    let notes = grid(&out, "说明");
    let header = notes.iter().position(|r| r[0] == "申诉位置").unwrap();
    assert_eq!(
        notes[header][..5],
        ["申诉位置", "单位", "条款", "编号或来源", "决定"]
    );
    let first = &notes[header + 1];
    assert_eq!(first[..5], ["申诉!2", "住建局", "D3.2", "编号H1", "成立"]);
    assert_eq!(first[6], "昆企服〔2018〕3号");
    assert_eq!(first[7], "企业原因延误");
    assert_eq!(first[8], "免扣1项扣分（原应扣5.00）；D3.2得分 0.00 → 5.00");
    assert_eq!(notes[header + 2][0], "申诉!3");
    // 扣分明细 keeps the waived entries with amount 0 and the appeal's words.
    let details = grid(&out, "扣分明细");
    let h1: Vec<&Vec<String>> = details
        .iter()
        .filter(|r| r[0] == "住建局" && r[6] == "H1")
        .collect();
    assert_eq!(h1.len(), 1);
    assert_eq!(h1[0][7], "0");
    assert!(h1[0][4].contains("申诉成立（昆企服〔2018〕3号）：原应扣5.00，免扣"));
}

#[test]
fn a_part_is_floored_on_its_own_after_the_waivers() {
    // A bare 区镇 has no 诉求月报: Z2.2 part a (5) takes 0.5 for each of the
    // 12 months, so the floor stops it after ten; parts b, c, d are 0 too.
    // Waiving 1月 leaves 11 × 0.5 = 5.5: still 0. Waiving 1月–3月 leaves
    // 9 × 0.5 = 4.5: part a = 0.5, and so Z2.2 = 0.5.
    let waive = |t: TestLedger, m: u32| {
        t.row(
            "申诉",
            &[
                ("单位", s("张浦镇")),
                ("条款", s("Z2.2")),
                ("来源", s(&format!("诉求月报: {m}月 无记录"))),
                ("决定", s("成立")),
                ("理由", s("系统故障未能报送")),
            ],
        )
    };
    let one = waive(TestLedger::valid(), 1);
    let v = score_json(&one);
    assert_eq!(json_unit(&v, "张浦镇")["clauses"]["Z2.2"], "0.00");
    let three = waive(waive(one, 2), 3);
    let v = score_json(&three);
    let u = json_unit(&v, "张浦镇");
    assert_eq!(u["clauses"]["Z2.2"], "0.50");
    let a: Vec<String> = entries(u, "Z2.2")
        .into_iter()
        .filter(|e| e.0.starts_with("（a）"))
        .map(|e| e.2)
        .collect();
    assert_eq!(a.len(), 12);
    assert_eq!(a[..3], ["0.00", "0.00", "0.00"]);
    assert!(a[3..].iter().all(|x| x == "0.50"), "{a:?}");
    assert_invariant(&v);
}

#[test]
fn marks_not_earned_are_appealed_like_deductions() {
    // Everyone's survey is 90: Z4.2 = 10 × 90 ÷ 100 = 9, one entry of 1
    // with 来源 `满意度调查: 得分90.00`. 核减0.40 of it leaves 0.60: 9.40.
    let t = TestLedger::valid().row(
        "申诉",
        &[
            ("单位", s("周市镇")),
            ("条款", s("Z4.2")),
            ("来源", s("满意度调查: 得分90.00")),
            ("决定", s("部分成立")),
            ("核减分值", s("0.4")),
            ("文号", s("〔2018〕9号")),
            ("理由", s("抽样企业有误")),
        ],
    );
    let v = score_json(&t);
    let u = json_unit(&v, "周市镇");
    assert_eq!(u["clauses"]["Z4.2"], "9.40");
    let e = entries(u, "Z4.2");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].2, "0.60");
    assert!(
        e[0].0
            .contains("申诉部分成立（〔2018〕9号）：原应扣1.00，核减0.40，实扣0.60"),
        "{}",
        e[0].0
    );
    assert_eq!(json_unit(&v, "周庄镇")["clauses"]["Z4.2"], "9.00");
    assert_invariant(&v);
}

#[test]
fn appeal_entries_on_the_unit_sheet_carry_the_cases_date_and_place() {
    // As partly_upheld_and_rejected, read on 住建局's sheet: every D3.2
    // row — the waived H1, the partly upheld H3, H4 and its 不成立 entry —
    // shows the case's 转办日期 (2017-02-20), its 工单编号 and its row.
    use calamine::{Data, Reader, Xlsx};
    let mut partly = appeal("住建局", "D3.2", "H3", "部分成立", "部分逾期系系统故障");
    partly.push(("核减分值", n(2.0)));
    let t = four_cases()
        .row(
            "申诉",
            &appeal("住建局", "D3.2", "H1", "成立", "企业原因延误"),
        )
        .row("申诉", &partly)
        .row(
            "申诉",
            &appeal("住建局", "D3.2", "H4", "不成立", "理由不充分"),
        );
    let dir = tmp();
    let ledger = save(&t, dir.path());
    let out = dir.path().join("r.xlsx");
    let (code, stdout, err) = run(&[
        "score",
        ledger.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "stdout:\n{stdout}\nstderr:\n{err}");
    let mut wb: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let text = |d: &Data| match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => format!("{other}"),
    };
    let grid: Vec<Vec<String>> = wb
        .worksheet_range("住建局")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(text).collect())
        .collect();
    // 条款, 扣分, 日期, 编号, 事由, 计算, 台账位置.
    let rows: Vec<&Vec<String>> = grid
        .iter()
        .filter(|r| r.len() >= 7 && r[0].starts_with("D3.2 ") && r[3].starts_with('H'))
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(ids, ["H1", "H2", "H3", "H4", "H4"], "{grid:?}");
    for r in &rows {
        assert_eq!(r[2], "2017-02-20", "{r:?}");
    }
    assert!(rows[0][4].contains("申诉成立"), "{:?}", rows[0]);
    assert!(rows[2][4].contains("申诉部分成立"), "{:?}", rows[2]);
    // 计算 goes on from the case's own arithmetic to the amount taken.
    assert_eq!(
        rows[0][5],
        "2个工作日，属1–3个工作日档：5.00；申诉成立，免扣：0.00"
    );
    assert_eq!(rows[0][1], "0");
    assert_eq!(
        rows[2][5],
        "2个工作日，属1–3个工作日档：5.00；申诉核减：5.00−2.00 = 3.00"
    );
    assert_eq!(rows[2][1], "3");
    assert_eq!(rows[3][5], "2个工作日，属1–3个工作日档：5.00");
    assert_eq!(rows[4][4], "申诉不成立（昆企服〔2018〕3号）：理由不充分");
    // The 不成立 entry is a decision without arithmetic of its own, at
    // the place of the deduction it keeps.
    assert_eq!(rows[4][1], "0");
    assert_eq!(rows[4][5], "");
    assert_eq!(rows[4][6], rows[3][6]);
    assert!(rows[3][6].starts_with("热线工单!"), "{:?}", rows[3]);
    // The same entries in 扣分明细, and the appeals table in 说明.
    let notes: Vec<Vec<String>> = wb
        .worksheet_range("说明")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(text).collect())
        .collect();
    assert!(
        notes.iter().any(|r| r.iter().any(|c| c == "理由不充分")),
        "{notes:?}"
    );
}

/// 核减分值 is applied to two decimals, as every amount, and checked as
/// applied: 4.999 on a 5.00 deduction is 5.00, the whole of it (an error,
/// not a silent 成立); 2.004 cuts 2.00.
#[test]
fn a_cut_is_checked_and_applied_to_two_decimals() {
    let mut whole = appeal("住建局", "D3.2", "H3", "部分成立", "x");
    whole.push(("核减分值", n(4.999)));
    let dir = tmp();
    let ledger = save(&four_cases().row("申诉", &whole), dir.path());
    let (code, _, err) = run(&["score", ledger.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 1, "{err}");
    no_output_written(dir.path());
    assert_error(
        &ledger,
        "申诉!G2",
        &["4.999", "按两位小数为5.00", "不小于", "原应扣5.00"],
    );

    let mut partly = appeal("住建局", "D3.2", "H3", "部分成立", "x");
    partly.push(("核减分值", n(2.004)));
    let v = score_json(&four_cases().row("申诉", &partly));
    let u = json_unit(&v, "住建局");
    let e = entries(u, "D3.2");
    assert_eq!((e[2].1.as_str(), e[2].2.as_str()), ("H3", "3.00"));
    assert!(
        e[2].0.contains("原应扣5.00，核减2.00，实扣3.00"),
        "{}",
        e[2].0
    );
    assert_eq!(v["appeals"][0]["waived"], "2.00");
    assert_invariant(&v);
}
