//! The 节假日 sheet (docs/ledger.md): a year the built-in schedule does not
//! know, and changes to one it knows.

use crate::common::*;

fn case(forwarded: C, due: C, done: C) -> Vec<(&'static str, C)> {
    vec![
        ("工单编号", s("R1")),
        ("承办单位", s("周庄镇")),
        ("转办日期", forwarded),
        ("办理时限", due),
        ("办结日期", done),
    ]
}

fn holiday(date: C, kind: &str) -> Vec<(&'static str, C)> {
    vec![("日期", date), ("类型", s(kind)), ("说明", s("国庆节"))]
}

fn score(t: &TestLedger, year: &str) -> (serde_json::Value, String) {
    let dir = tmp();
    let p = save(t, dir.path());
    let j = dir.path().join("r.json");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        year,
        "--json",
        j.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    (
        serde_json::from_slice(&std::fs::read(&j).unwrap()).unwrap(),
        err,
    )
}

fn kinds(v: &serde_json::Value) -> Vec<String> {
    v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap().to_string())
        .collect()
}

/// Due Fri 2030-09-27, completed Tue 10-08.
fn ledger_2030() -> TestLedger {
    TestLedger::valid().row(
        "热线工单",
        &case(d(2030, 9, 20), d(2030, 9, 27), d(2030, 10, 8)),
    )
}

#[test]
fn a_year_the_tool_does_not_know_is_known_from_the_sheet() {
    // Without the sheet: Monday–Friday, 7 working days late (−1.0), and
    // a warning that the schedule is unknown.
    let (v, _) = score(&ledger_2030(), "2030");
    assert_eq!(json_unit(&v, "周庄镇")["clauses"]["Z3.2"], "14.00");
    assert!(kinds(&v).contains(&"节假日未知".to_string()), "{v}");
    // With it: 10-01..07 off, Sun 09-29 a working day: 09-29, 09-30 and
    // 10-08 are 3 working days (−0.5), and no warning.
    let mut t = ledger_2030().row("节假日", &holiday(d(2030, 9, 29), "班"));
    for day in 1..=7 {
        t = t.row("节假日", &holiday(d(2030, 10, day), "休"));
    }
    let (v, _) = score(&t, "2030");
    assert_eq!(json_unit(&v, "周庄镇")["clauses"]["Z3.2"], "14.50");
    assert!(!kinds(&v).contains(&"节假日未知".to_string()), "{v}");
}

#[test]
fn a_date_of_a_known_year_overrides_that_date_alone_with_a_warning() {
    // 2017: due Fri 09-29, completed Tue 10-10. Built in: Sat 09-30 and
    // 10-09, 10-10 are working days → 3 (−0.5). The sheet gives 10-09 off
    // (a change) and repeats 10-02 off (no change): 2 working days, still
    // −0.5, and one warning naming 10-09.
    let t = TestLedger::valid()
        .row(
            "热线工单",
            &case(d(2017, 9, 20), d(2017, 9, 29), d(2017, 10, 10)),
        )
        .row("节假日", &holiday(d(2017, 10, 9), "休"))
        .row("节假日", &holiday(d(2017, 10, 2), "休"));
    let (v, _) = score(&t, "2017");
    assert_eq!(json_unit(&v, "周庄镇")["clauses"]["Z3.2"], "14.50");
    let reasons: Vec<&str> = json_unit(&v, "周庄镇")["deductions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons.iter().any(|r| r.contains("逾期2个工作日")),
        "{reasons:?}"
    );
    let overrides: Vec<&serde_json::Value> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["kind"] == "节假日与内置不同")
        .collect();
    assert_eq!(overrides.len(), 1, "{v}");
    assert_eq!(overrides[0]["place"], "节假日!2");
    assert!(overrides[0]["message"]
        .as_str()
        .unwrap()
        .contains("2017-10-09"));
}

#[test]
fn the_same_date_twice_is_an_error() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row("节假日", &holiday(d(2030, 10, 1), "休"))
        .row("节假日", &holiday(d(2030, 10, 1), "班"));
    let p = save(&t, dir.path());
    assert_error(&p, "节假日!A3", &["2030-10-01", "重复", "第2行"]);
}

#[test]
fn the_template_writes_the_sheet_empty() {
    let dir = tmp();
    let p = dir.path().join("t.xlsx");
    let (code, _, err) = run(&["template", "-o", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(&p).unwrap();
    let r = book.worksheet_range("节假日").unwrap();
    assert_eq!(r.height(), 1);
}
