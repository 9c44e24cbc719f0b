//! `ksfk rules` and the 说明 sheet show R2 (revised) and R25–R27 with
//! their reasons.

use crate::common::*;

#[test]
fn rules_prints_r2_and_r25_to_r27_with_their_reasons() {
    let (code, out, err) = run(&["rules"]);
    assert_eq!(code, 0, "{err}");
    let text = unwrapped(&out);
    for (id, words) in [
        ("R2", "回访结果、二次转办结果和免责评判都不采用"),
        ("R25", "顺延至其后第一个工作日"),
        ("R25", "民法典第二百零三条"),
        ("R26", "有效时限（延期至，否则办理时限）所在的年度"),
        ("R27", "尚未结束的季度、月份和全年要求暂不扣分"),
        ("R27", "尚未结束的季度或年度不能算作未完成"),
    ] {
        assert!(text.contains(id), "{id}");
        assert!(text.contains(words), "{id}: {words} in\n{out}");
    }
    // The clauses cite them.
    assert!(text.contains("解读 R25"), "{out}");
    assert!(text.contains("解读 R27"), "{out}");
}

#[test]
fn the_readme_sheet_of_a_result_carries_r25_to_r27() {
    use calamine::Reader;
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let o = dir.path().join("r.xlsx");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        o.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let mut book = calamine::open_workbook_auto(&o).unwrap();
    let r = book.worksheet_range("说明").unwrap();
    let cells: Vec<String> = r.cells().map(|(_, _, c)| c.to_string()).collect();
    for id in ["R2", "R25", "R26", "R27"] {
        assert!(cells.iter().any(|c| c == id), "{id}");
    }
    assert!(cells.iter().any(|c| c.contains("顺延至其后第一个工作日")));
}
