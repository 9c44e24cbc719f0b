//! Interim runs through the binary (docs/rules.md, Interim runs; R27).

use crate::common::*;

fn meeting(date: C) -> Vec<(&'static str, C)> {
    vec![
        ("单位", s("周庄镇")),
        ("日期", date),
        ("有议题", s("是")),
        ("有会议记录", s("是")),
    ]
}

fn score(p: &std::path::Path, extra: &[&str]) -> (serde_json::Value, String) {
    let dir = tmp();
    let j = dir.path().join("r.json");
    let mut args = vec![
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--json",
        j.to_str().unwrap(),
        "--force",
    ];
    args.extend_from_slice(extra);
    let (code, _, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    (
        serde_json::from_slice(&std::fs::read(&j).unwrap()).unwrap(),
        err,
    )
}

#[test]
fn an_interim_run_judges_what_was_due_by_d() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row("例会", &meeting(d(2017, 2, 10)))
        .row("例会", &meeting(d(2017, 8, 10)));
    let p = save(&t, dir.path());
    let (v, err) = score(&p, &["--as-of", "2017-06-30"]);
    assert_eq!(v["interim"], true);
    let z = json_unit(&v, "周庄镇");
    // Q2 had no meeting (−0.5); Q3 and Q4 are pending; the August meeting
    // does not exist yet.
    assert_eq!(z["clauses"]["Z1.1"], "1.50");
    // Yearly requirements pending at full marks.
    assert_eq!(z["clauses"]["Z1.2"], "15.00");
    assert_eq!(z["clauses"]["Z3.3"], "10.00");
    assert_eq!(z["clauses"]["Z4.1"], "5.00");
    let a = json_unit(&v, "发改委");
    assert_eq!(a["clauses"]["D1"], "15.00");
    assert_eq!(a["clauses"]["D2.1"], "20.00");
    assert_eq!(a["clauses"]["D2.2"], "20.00");
    assert!(
        err.contains("例会：1行日期在2017-06-30之后，暂计考核（截至2017-06-30）不计入（R27）"),
        "{err}"
    );
    // The year end judges everything.
    let (v, _) = score(&p, &[]);
    let z = json_unit(&v, "周庄镇");
    assert_eq!(z["clauses"]["Z1.1"], "1.00");
    assert_eq!(z["clauses"]["Z1.2"], "0.00");
    assert_eq!(z["clauses"]["Z3.3"], "0.00");
    assert_eq!(z["clauses"]["Z4.1"], "0.00");
    assert_eq!(json_unit(&v, "发改委")["clauses"]["D1"], "0.00");
}
