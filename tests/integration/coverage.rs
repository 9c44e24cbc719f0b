//! Coverage errors come as one error per sheet listing the units
//! (docs/ledger.md, Every error names its place).

use crate::common::*;

#[test]
fn a_blank_ledger_gives_one_coverage_error_per_sheet() {
    let dir = tmp();
    let t = TestLedger::headers_only().row(
        "例会",
        &[
            ("单位", s("周庄镇")),
            ("日期", s("2017-02-30")),
            ("有议题", s("是")),
            ("有会议记录", s("是")),
        ],
    );
    let p = save(&t, dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 1, "{err}");
    // The cell error, one line for 沟通机制 and one for 满意度调查.
    assert!(err.contains("错误（3处）"), "{err}");
    assert_error(&p, "例会!B2", &["日期"]);
    assert_error(
        &p,
        "沟通机制",
        &["缺少12个区镇的记录", "昆山开发区", "锦溪镇"],
    );
    // An empty survey sheet: the results are not in yet; a check during
    // the year takes --as-of.
    assert_error(&p, "满意度调查", &["尚未录入", "--as-of"]);
    let lines = err.lines().filter(|l| l.trim().starts_with("满意度调查"));
    assert_eq!(lines.count(), 1, "{err}");
}

#[test]
fn units_missing_from_the_survey_are_listed_in_one_error() {
    let dir = tmp();
    let mut t = TestLedger::headers_only();
    for town in ["周庄镇", "锦溪镇"] {
        t = t.row("满意度调查", &[("单位", s(town)), ("得分", n(90.0))]);
    }
    for town in TOWNS {
        t = t.row("沟通机制", &communication_row(town));
    }
    let p = save(&t, dir.path());
    let (code, _, err) = run(&["check", p.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("错误（1处）"), "{err}");
    assert_error(
        &p,
        "满意度调查",
        &["缺少49个单位的满意度调查结果（昆山开发区、"],
    );
    assert!(!err.contains("尚未录入"), "{err}");
    // During the year the same ledger passes (R27: the survey is pending).
    let (code, _, err) = run(&[
        "check",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "2017-06-30",
    ]);
    assert_eq!(code, 0, "{err}");
}
