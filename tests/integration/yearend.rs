//! The year after the first score: `ksfk diff` between runs (workbook and
//! JSON in any mix), and the 公示 sheet's ranks against the JSON's.

use crate::common::*;
use calamine::Reader;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// B组 units are 60 each when bare (D1 0, D2.1 0, D2.2 15, D3.1 15, D3.2
/// 15, D4 15). 住建局 has four late cases (D3.2 0): 45, rank 19; 财政局 two
/// (D3.2 5): 50, rank 18.
fn ledger() -> TestLedger {
    let mut t = TestLedger::valid();
    for id in ["H1", "H2", "H3", "H4"] {
        t = t.row("热线工单", &late_case(id, "住建局"));
    }
    for id in ["F1", "F2"] {
        t = t.row("热线工单", &late_case(id, "财政局"));
    }
    t
}

/// The same ledger after the appeals on H1 and H2 were upheld: 住建局 D3.2 0 + 0 + 5 + 5 → 5, total 50, tied
/// with 财政局 at rank 18.
fn appealed() -> TestLedger {
    let mut t = ledger();
    for id in ["H1", "H2"] {
        t = t.row(
            "申诉",
            &[
                ("单位", s("住建局")),
                ("条款", s("D3.2")),
                ("编号", s(id)),
                ("决定", s("成立")),
                ("文号", s("昆企服〔2018〕3号")),
                ("理由", s("企业原因")),
            ],
        );
    }
    t
}

/// Scores `t` into `dir/name.xlsx` and `dir/name.json`.
fn score(t: &TestLedger, dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let sub = dir.join(name);
    std::fs::create_dir_all(&sub).unwrap();
    let ledger = save(t, &sub);
    let xlsx = dir.join(format!("{name}.xlsx"));
    let json = dir.join(format!("{name}.json"));
    let (code, out, err) = run(&[
        "score",
        ledger.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        xlsx.to_str().unwrap(),
        "--json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    (xlsx, json)
}

fn diff(args: &[&Path], extra: &[&str]) -> (i32, String, String) {
    let mut a: Vec<&str> = vec!["diff"];
    a.extend(args.iter().map(|p| p.to_str().unwrap()));
    a.extend_from_slice(extra);
    run(&a)
}

#[test]
fn one_appeal_between_two_runs_in_any_mix_of_workbook_and_json() {
    let dir = tmp();
    let (old_x, old_j) = score(&ledger(), dir.path(), "old");
    let (new_x, new_j) = score(&appealed(), dir.path(), "new");
    let mut texts = Vec::new();
    for (o, n) in [
        (&old_x, &new_x),
        (&old_j, &new_j),
        (&old_x, &new_j),
        (&old_j, &new_x),
    ] {
        let (code, out, err) = diff(&[o, n], &[]);
        assert_eq!(code, 0, "{err}");
        texts.push(out);
    }
    let out = &texts[0];
    assert!(texts.iter().all(|t| t == out), "{texts:#?}");
    // Not a terminal: wrapped to 80 columns.
    assert!(
        out.lines().all(|l| crate::common::display_width(l) <= 80),
        "{out}"
    );
    let out = crate::common::unwrapped(out);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "1个单位的总分、名次或折算分有变动：");
    assert_eq!(lines[1], "住建局 45.00 → 50.00，第19名 → 第18名");
    // H1 and H2 waived; H4 no longer stopped by the floor; H3 unchanged.
    assert_eq!(lines.len(), 5, "{out}");
    assert!(lines[2]
        .trim_start()
        .starts_with("变更 D3.2 热线工单!2 编号H1：5.00 → 0.00，事由："));
    assert!(lines[2].contains("申诉成立（昆企服〔2018〕3号）：原应扣5.00，免扣"));
    assert!(lines[3]
        .trim_start()
        .starts_with("变更 D3.2 热线工单!3 编号H2：5.00 → 0.00"));
    assert!(lines[4]
        .trim_start()
        .starts_with("变更 D3.2 热线工单!5 编号H4：0.00 → 5.00"));
    // 财政局 kept its 50.00 and rank 18: not listed.
    assert!(!out.contains("财政局"));
}

#[test]
fn identical_results_and_a_workbook_against_its_own_json_say_so_in_one_line() {
    let dir = tmp();
    let (x, j) = score(&appealed(), dir.path(), "run");
    for (a, b) in [(&x, &x), (&j, &j), (&x, &j), (&j, &x)] {
        let (code, out, err) = diff(&[a, b], &[]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            out,
            "两份结果相同：没有单位的总分、名次、折算分或扣分记录发生变化。\n"
        );
    }
}

#[test]
fn diff_workbook_and_json_outputs() {
    let dir = tmp();
    let (old_x, _) = score(&ledger(), dir.path(), "old");
    let (_, new_j) = score(&appealed(), dir.path(), "new");
    let dx = dir.path().join("变动.xlsx");
    let dj = dir.path().join("变动.json");
    let (code, _, err) = diff(
        &[&old_x, &new_j],
        &["-o", dx.to_str().unwrap(), "--json", dj.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&dx).unwrap();
    assert_eq!(wb.sheet_names(), ["变动汇总", "扣分变动"]);
    let units: Vec<Vec<String>> = wb
        .worksheet_range("变动汇总")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        units[0][..6],
        ["单位", "类别", "原总分", "新总分", "原排名", "新排名"]
    );
    assert_eq!(units[1][..6], ["住建局", "B组", "45", "50", "19", "18"]);
    assert_eq!(units.len(), 2);
    let entries = wb.worksheet_range("扣分变动").unwrap();
    assert_eq!(entries.height(), 4);
    assert_eq!(entries.get((1, 3)).unwrap().to_string(), "H1");
    assert_eq!(entries.get((1, 4)).unwrap().to_string(), "变更");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&dj).unwrap()).unwrap();
    assert_eq!(v["changed"], true);
    assert_eq!(v["units"][0]["name"], "住建局");
    assert_eq!(v["units"][0]["old"]["total"], "45.00");
    assert_eq!(v["units"][0]["new"]["rank"], 18);
    assert_eq!(v["units"][0]["entries"][0]["change"], "changed");
    assert_eq!(v["units"][0]["entries"][0]["old_amount"], "5.00");
    assert_eq!(v["units"][0]["entries"][0]["new_amount"], "0.00");
    // No overwrite without --force.
    let (code, _, err) = diff(&[&old_x, &new_j], &["-o", dx.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--force"), "{err}");
    let (code, _, err) = diff(&[&old_x, &new_j], &["-o", dx.to_str().unwrap(), "--force"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn not_a_result_is_exit_1_naming_what_is_missing_and_unreadable_is_exit_3() {
    let dir = tmp();
    let (x, _) = score(&ledger(), dir.path(), "run");
    // The ledger itself is a workbook but no result.
    let ledger = dir.path().join("run").join("ledger.xlsx");
    let (code, _, err) = diff(&[&ledger, &x], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("不是 ksfk score 写出的结果"), "{err}");
    assert!(err.contains("缺少工作表「汇总」、「扣分明细」"), "{err}");
    // JSON without units, and a unit without its total.
    let j = dir.path().join("x.json");
    std::fs::write(&j, "{\"year\": 2017}").unwrap();
    let (code, _, err) = diff(&[&x, &j], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("缺少字段 units"), "{err}");
    std::fs::write(
        &j,
        r#"{"units": [{"name": "住建局", "category": "B组", "rank": 1, "deductions": []}]}"#,
    )
    .unwrap();
    let (code, _, err) = diff(&[&x, &j], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("units[0] 缺少字段 total"), "{err}");
    // Plain text.
    let t = dir.path().join("notes.txt");
    std::fs::write(&t, "hello").unwrap();
    let (code, _, err) = diff(&[&t, &x], &[]);
    assert_eq!(code, 1, "{err}");
    // A missing file cannot be read: exit 3, nothing written.
    let out = dir.path().join("d.xlsx");
    let (code, _, err) = diff(
        &[&dir.path().join("nope.xlsx"), &x],
        &["-o", out.to_str().unwrap()],
    );
    assert_eq!(code, 3, "{err}");
    assert!(!out.exists());
}

#[test]
fn public_sheet_ranks_match_the_json_with_ties() {
    // A组: 发改委 6 信息报送 rows (D1 15), 经信委 and 教育局 5 (D1 12.5),
    // the rest none (D1 0): ranks 1, 2, 2, 4, 4, ...
    let mut t = TestLedger::valid();
    for (unit, n) in [("发改委", 6), ("经信委", 5), ("教育局", 5)] {
        for m in 1..=n {
            t = t.row(
                "信息报送",
                &[
                    ("单位", s(unit)),
                    ("日期", d(2017, m, 10)),
                    ("录用", s("否")),
                ],
            );
        }
    }
    let dir = tmp();
    let (x, j) = score(&t, dir.path(), "run");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&j).unwrap()).unwrap();
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&x).unwrap();
    assert_eq!(wb.sheet_names()[1], "公示");
    let g: Vec<Vec<String>> = wb
        .worksheet_range("公示")
        .unwrap()
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(g[0][0], "昆山市2017年度服务企业发展考核结果");
    for category in ["区镇", "A组", "B组"] {
        let start = g
            .iter()
            .position(|r| r[0].starts_with(&format!("{category}（")))
            .unwrap();
        assert_eq!(g[start + 1][..3], ["名次", "单位", "总分"]);
        let block: Vec<&Vec<String>> = g[start + 2..]
            .iter()
            .take_while(|r| !r[0].is_empty())
            .collect();
        let json: Vec<&Value> = v["units"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| u["category"] == category)
            .collect();
        assert_eq!(block.len(), json.len(), "{category}");
        let mut ranks = Vec::new();
        for r in &block {
            let u = json.iter().find(|u| u["name"] == r[1].as_str()).unwrap();
            assert_eq!(r[0], u["rank"].to_string(), "{}", r[1]);
            let total: f64 = u["total"].as_str().unwrap().parse().unwrap();
            assert_eq!(r[2].parse::<f64>().unwrap(), total, "{}", r[1]);
            ranks.push(r[0].parse::<u32>().unwrap());
        }
        assert!(
            ranks.windows(2).all(|w| w[0] <= w[1]),
            "{category}: {ranks:?}"
        );
        if category == "A组" {
            assert_eq!(ranks[..5], [1, 2, 2, 4, 4]);
            assert_eq!(block[0][1], "发改委");
            assert_eq!(block[1][1], "经信委");
            assert_eq!(block[2][1], "教育局");
        }
    }
}

/// An interim result compared with a year-end one, in any mix of workbook
/// and JSON: the first line says the two were scored at different dates.
#[test]
fn an_interim_beside_a_year_end_result_is_said_first() {
    let dir = tmp();
    let (end_x, end_j) = score(&ledger(), dir.path(), "end");
    let sub = dir.path().join("mid");
    std::fs::create_dir_all(&sub).unwrap();
    let ledger = save(&ledger(), &sub);
    let (mid_x, mid_j) = (dir.path().join("mid.xlsx"), dir.path().join("mid.json"));
    let (code, _, err) = run(&[
        "score",
        ledger.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "2017-06-30",
        "-o",
        mid_x.to_str().unwrap(),
        "--json",
        mid_j.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    for (o, n) in [(&mid_x, &end_x), (&mid_j, &end_j), (&mid_x, &end_j)] {
        let (code, out, err) = diff(&[o, n], &[]);
        assert_eq!(code, 0, "{err}");
        let out = crate::common::unwrapped(&out);
        assert_eq!(
            out.lines().next().unwrap(),
            "注意：两次结果的考核基准日不同，得分的口径不同（旧：2017年度（暂计，截至2017-06-30）；新：2017年度（年终））",
            "{out}"
        );
    }
}

/// 住建局's appeals on H1 and H2 upheld, and 财政局's on F1 rejected: 财政局's
/// score stays, but its entries gain the rejection's zero-amount note.
#[test]
fn a_rejected_appeal_is_listed_apart_from_the_changed_scores() {
    let dir = tmp();
    let (old_x, _) = score(&ledger(), dir.path(), "old");
    let rejected = appealed().row(
        "申诉",
        &[
            ("单位", s("财政局")),
            ("条款", s("D3.2")),
            ("编号", s("F1")),
            ("决定", s("不成立")),
            ("文号", s("昆企服〔2018〕4号")),
            ("理由", s("逾期属实")),
        ],
    );
    let (new_x, _) = score(&rejected, dir.path(), "new");
    let (code, out, err) = diff(&[&old_x, &new_x], &[]);
    assert_eq!(code, 0, "{err}");
    let out = crate::common::unwrapped(&out);
    let (score_part, entries_part) = out
        .split_once("只有扣分记录变动")
        .unwrap_or_else(|| panic!("no group of entry-only changes:\n{out}"));
    assert!(
        score_part.starts_with("1个单位的总分、名次或折算分有变动：\n住建局 45.00 → 50.00"),
        "{out}"
    );
    assert!(!score_part.contains("财政局"), "{out}");
    assert!(score_part.trim_end().ends_with("1个单位"), "{out}");
    let lines: Vec<&str> = entries_part.lines().collect();
    assert_eq!(lines[1], "财政局 50.00，第18名", "{out}");
    assert!(lines[2].trim_start().starts_with("新增 D3.2"), "{out}");
    assert!(lines[2].contains("，事由："), "{out}");
    // run() has scanned the text for doubled marks such as （（.
    assert!(!out.contains("（（"), "{out}");
}
