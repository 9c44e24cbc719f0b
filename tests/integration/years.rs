//! The year of a case (R26) and rows outside the year (docs/ledger.md,
//! Year filter), through the binary.

use crate::common::*;

fn hot(id: &str, unit: &str, forwarded: C, due: C, done: Option<C>) -> Vec<(&'static str, C)> {
    let mut row = vec![
        ("工单编号", s(id)),
        ("承办单位", s(unit)),
        ("转办日期", forwarded),
        ("办理时限", due),
    ];
    if let Some(done) = done {
        row.push(("办结日期", done));
    }
    row
}

/// R1 forwarded 2016-12-20, due 2017-01-10, completed 2017-03-01: a 2017
/// case, 33 working days late (−1.5 for a 区镇). R2 forwarded 2017-12-25,
/// due 2018-01-05: a 2018 case. R3 forwarded 2018-03-05 in a 2017 ledger:
/// mistyped? An information row dated 2018 likewise.
fn across_years() -> TestLedger {
    TestLedger::valid()
        .row(
            "热线工单",
            &hot(
                "R1",
                "周庄镇",
                d(2016, 12, 20),
                d(2017, 1, 10),
                Some(d(2017, 3, 1)),
            ),
        )
        .row(
            "热线工单",
            &hot("R2", "周庄镇", d(2017, 12, 25), d(2018, 1, 5), None),
        )
        .row(
            "热线工单",
            &hot("R3", "周庄镇", d(2018, 3, 5), d(2018, 3, 10), None),
        )
        .row(
            "信息报送",
            &[
                ("单位", s("发改委")),
                ("日期", d(2018, 2, 1)),
                ("录用", s("否")),
            ],
        )
}

fn score(p: &std::path::Path, year: &str) -> serde_json::Value {
    let dir = tmp();
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
    serde_json::from_slice(&std::fs::read(&j).unwrap()).unwrap()
}

fn messages(v: &serde_json::Value, level: &str) -> Vec<(String, String)> {
    v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["level"] == level)
        .map(|w| {
            (
                w["place"].as_str().unwrap().to_string(),
                w["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_case_belongs_to_the_year_of_its_deadline() {
    let dir = tmp();
    let p = save(&across_years(), dir.path());
    let v = score(&p, "2017");
    let z = json_unit(&v, "周庄镇");
    assert_eq!(z["clauses"]["Z3.2"], "13.50");
    let notes = messages(&v, "提示");
    assert!(
        notes.contains(&(
            "热线工单!3".to_string(),
            "办理时限2018-01-05在2018年，该案件属于2018年度（R26），不计入2017年度考核".to_string()
        )),
        "{notes:?}"
    );
    let warnings = messages(&v, "警告");
    assert!(
        warnings.contains(&(
            "热线工单!D4".to_string(),
            "转办日期2018-03-05在2017年度之后，未计入——日期是否录错？".to_string()
        )),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(&(
            "信息报送!B2".to_string(),
            "日期2018-02-01在2017年度之后，未计入——日期是否录错？".to_string()
        )),
        "{warnings:?}"
    );
    // In 2016 the case forwarded on 2016-12-20 is not charged: it is 2017's.
    let v = score(&p, "2016");
    assert_eq!(json_unit(&v, "周庄镇")["clauses"]["Z3.2"], "15.00");
    let notes = messages(&v, "提示");
    assert!(
        notes.contains(&(
            "热线工单!2".to_string(),
            "办理时限2017-01-10在2017年，该案件属于2017年度（R26），不计入2016年度考核".to_string()
        )),
        "{notes:?}"
    );
}

#[test]
fn no_message_says_a_left_out_row_does_not_change_a_score() {
    let dir = tmp();
    let p = save(&across_years(), dir.path());
    let (code, out, err) = run(&["check", p.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 0, "{err}");
    // (The phrase is built here so that the repository itself never holds it.)
    let phrase = ["不影响", "得分"].concat();
    assert!(!out.contains(&phrase) && !err.contains(&phrase), "{err}");
}
