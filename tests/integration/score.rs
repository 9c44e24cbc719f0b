//! `ksfk score` end to end: the result workbook read back with calamine,
//! scores against hand-computed values, the audit invariant, JSON, points,
//! determinism and the file-safety rules.

use crate::common::*;
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

type Grid = Vec<Vec<Data>>;

fn sheet(path: &Path, name: &str) -> Grid {
    let mut wb: Xlsx<_> = calamine::open_workbook(path).unwrap();
    let range = wb.worksheet_range(name).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

fn sheet_names(path: &Path) -> Vec<String> {
    let wb: Xlsx<_> = calamine::open_workbook(path).unwrap();
    wb.sheet_names()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => format!("{i}"),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

fn num(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

/// The 汇总 row of a unit, as header → cell.
fn summary_row(path: &Path, unit: &str) -> Vec<(String, Data)> {
    let g = sheet(path, "汇总");
    let headers: Vec<String> = g[0].iter().map(text).collect();
    let row = g
        .iter()
        .find(|r| text(&r[0]) == unit)
        .unwrap_or_else(|| panic!("no row for {unit}"));
    headers.into_iter().zip(row.iter().cloned()).collect()
}

fn cell(row: &[(String, Data)], header: &str) -> Data {
    row.iter()
        .find(|(h, _)| h == header)
        .map(|(_, d)| d.clone())
        .unwrap_or_else(|| panic!("no column {header}"))
}

fn score_ok(ledger: &Path, extra: &[&str]) -> (String, String) {
    let mut args = vec!["score", ledger.to_str().unwrap(), "--year", "2017"];
    args.extend_from_slice(extra);
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "stdout:\n{out}\nstderr:\n{err}");
    (out, err)
}

/// A ledger where 周庄镇 and 公安局 have hand-checked records; everything
/// else is the bare valid ledger.
fn sample() -> TestLedger {
    let mut t = TestLedger::valid();
    // 周庄镇 Z1.1: a counted meeting in Q1, Q2, Q3; the Q4 one lacks minutes.
    for (date, minutes) in [
        ("2017-02-10", "是"),
        ("2017-05-10", "是"),
        ("2017-08-10", "是"),
        ("2017-11-10", "否"),
    ] {
        t = t.row(
            "例会",
            &[
                ("单位", s("周庄镇")),
                ("日期", s(date)),
                ("有议题", s("是")),
                ("有会议记录", s(minutes)),
            ],
        );
    }
    // 周庄镇 Z3.2: one hotline case 3 working days late (Wed 03-01 → Mon
    // 03-06) and finally 不满意: 0.5 + 0.5.
    t = t.row(
        "热线工单",
        &[
            ("工单编号", s("RX1")),
            ("承办单位", s("周庄镇")),
            ("转办日期", s("2017-02-20")),
            ("办理时限", s("2017-03-01")),
            ("办结日期", s("2017-03-06")),
            ("回访结果", s("不满意")),
            ("二次转办结果", s("不满意")),
        ],
    );
    // 公安局 D1: 4 information items → −5.
    for m in 1..=4 {
        t = t.row(
            "信息报送",
            &[
                ("单位", s("公安局")),
                ("日期", s(&format!("2017-0{m}-15"))),
                ("录用", s("否")),
            ],
        );
    }
    t
}

// Hand-computed from docs/rules.md for `sample()`:
// A bare 区镇 (沟通机制 all 是, survey 90): Z1.1 0 (4 empty quarters × 0.5),
//   Z1.2 0 (6 × 2.5 = 15), Z1.3 8, Z2.1 0 (4 × 1.25), Z2.2 0 (a: 12 missing
//   months × 0.5 = 6 → floor 0; b, c, d 0), Z3.1 15, Z3.2 15, Z3.3 0 (no
//   measure), Z4.1 0, Z4.2 9 (10 × 90 / 100) → 47.
// 周庄镇: Z1.1 2 − 0.5 (Q4) = 1.5; Z3.2 15 − 0.5 − 0.5 = 14 → 47 + 1.5 − 1 = 47.5.
// A bare A组 department: D1 0, D2.1 0, D2.2 0 (12 区镇 × 2.5 = 30 → 0),
//   D3.1 15, D3.2 15, D4 15 (90 = group average) → 45.
// A bare B组 department: D2.2 15 (−5, no practice) → 60.
// 公安局 (B组): D1 15 − 2 × 2.5 = 10 → 70.
#[test]
fn scores_match_hand_computed_totals_and_ranks() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    score_ok(&p, &[]);
    let out = dir.path().join("考核结果-2017.xlsx");
    assert!(out.exists(), "default output beside the ledger");

    let z = summary_row(&out, "周庄镇");
    assert_eq!(text(&cell(&z, "类别")), "区镇");
    assert_eq!(num(&cell(&z, "Z1.1")), 1.5);
    assert_eq!(num(&cell(&z, "Z3.2")), 14.0);
    assert_eq!(num(&cell(&z, "Z4.2")), 9.0);
    assert_eq!(num(&cell(&z, "总分")), 47.5);
    assert_eq!(num(&cell(&z, "排名")), 1.0);
    assert_eq!(
        cell(&z, "D1"),
        Data::Empty,
        "a 区镇 row leaves D columns empty"
    );

    let other_town = summary_row(&out, "锦溪镇");
    assert_eq!(num(&cell(&other_town, "总分")), 47.0);
    assert_eq!(
        num(&cell(&other_town, "排名")),
        2.0,
        "11 towns tie at rank 2"
    );

    let police = summary_row(&out, "公安局");
    assert_eq!(num(&cell(&police, "D1")), 10.0);
    assert_eq!(num(&cell(&police, "总分")), 70.0);
    assert_eq!(num(&cell(&police, "排名")), 1.0);
    assert_eq!(cell(&police, "Z1.1"), Data::Empty);
    let finance = summary_row(&out, "财政局");
    assert_eq!(num(&cell(&finance, "总分")), 60.0);
    assert_eq!(num(&cell(&finance, "排名")), 2.0);
    let a = summary_row(&out, "发改委");
    assert_eq!(num(&cell(&a, "总分")), 45.0);
    assert_eq!(num(&cell(&a, "排名")), 1.0, "all of A组 tie");
}

#[test]
fn workbook_layout_follows_output_md() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let out = dir.path().join("out.xlsx");
    score_ok(&p, &["-o", out.to_str().unwrap()]);
    let names = sheet_names(&out);
    assert_eq!(names[0], "汇总");
    let tail: Vec<&str> = names
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(tail, ["扣分明细", "警告", "说明"]);
    assert!(names.iter().any(|n| n == "周庄镇"));
    assert!(names.iter().any(|n| n.starts_with("商务局")));

    let g = sheet(&out, "汇总");
    let headers: Vec<String> = g[0].iter().map(text).collect();
    let mut expected: Vec<String> = vec!["单位".into(), "类别".into()];
    for c in [
        "Z1.1", "Z1.2", "Z1.3", "Z2.1", "Z2.2", "Z3.1", "Z3.2", "Z3.3", "Z4.1", "Z4.2", "D1",
        "D2.1", "D2.2", "D3.1", "D3.2", "D4",
    ] {
        expected.push(c.into());
    }
    expected.extend(["总分".into(), "排名".into()]);
    assert_eq!(
        headers[..expected.len()],
        expected[..],
        "no 折算分 without points"
    );
    assert!(!headers.iter().any(|h| h == "折算分"));
    // 区镇 first, then A组, then B组, each in roster order.
    let order: Vec<String> = g[1..].iter().map(|r| text(&r[0])).collect();
    assert_eq!(order.len(), 51);
    assert_eq!(order[0], "昆山开发区");
    assert_eq!(order[12], "发改委");
    assert_eq!(order[32], "公安局");
    assert_eq!(order[50], "住房公积金管理中心");

    let audit = sheet(&out, "扣分明细");
    let h: Vec<String> = audit[0].iter().map(text).collect();
    assert_eq!(
        h,
        [
            "单位",
            "类别",
            "条款",
            "考核项目",
            "事由",
            "来源",
            "编号",
            "扣分"
        ]
    );
    let row = audit
        .iter()
        .find(|r| {
            text(&r[0]) == "周庄镇"
                && text(&r[2]) == "Z3.2"
                && text(&r[6]) == "RX1"
                && text(&r[4]).contains("逾期")
        })
        .expect("overdue entry of RX1");
    assert_eq!(num(&row[7]), 0.5);
    assert_eq!(text(&row[5]), "热线工单!2");

    let info = sheet(&out, "说明");
    let all: String = info
        .iter()
        .flatten()
        .map(text)
        .collect::<Vec<_>>()
        .join("|");
    assert!(all.contains("ledger.xlsx"), "input name");
    assert!(all.contains("R24"), "Readings table");
    let sha = ksfk::ledger::sha256_hex(&std::fs::read(&p).unwrap());
    assert!(all.contains(&sha), "input SHA-256");
}

#[test]
fn audit_entries_reproduce_every_clause_score() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let out = dir.path().join("out.xlsx");
    score_ok(&p, &["-o", out.to_str().unwrap()]);
    let summary = sheet(&out, "汇总");
    let headers: Vec<String> = summary[0].iter().map(text).collect();
    let audit = sheet(&out, "扣分明细");
    for row in &summary[1..] {
        let unit = text(&row[0]);
        for (i, h) in headers.iter().enumerate() {
            let Some(clause) = ksfk::rules::ClauseId::parse(h) else {
                continue;
            };
            if row[i] == Data::Empty {
                continue;
            }
            // Cents, to compare exactly.
            let cents = |x: f64| (x * 100.0).round() as i64;
            let deducted: i64 = audit[1..]
                .iter()
                .filter(|a| text(&a[0]) == unit && text(&a[2]) == *h)
                .map(|a| cents(num(&a[7])))
                .sum();
            let marks = cents(clause.marks().to_string().parse::<f64>().unwrap());
            assert_eq!(marks - deducted, cents(num(&row[i])), "{unit} {h}");
        }
    }
}

#[test]
fn json_agrees_with_the_workbook() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let out = dir.path().join("out.xlsx");
    let json = dir.path().join("out.json");
    score_ok(
        &p,
        &[
            "-o",
            out.to_str().unwrap(),
            "--json",
            json.to_str().unwrap(),
            "--points-town",
            "5",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v["year"], 2017);
    assert_eq!(v["as_of"], "2017-12-31");
    let units = v["units"].as_array().unwrap();
    assert_eq!(units.len(), 51);
    let z = &units[10];
    assert_eq!(z["name"], "周庄镇");
    assert_eq!(z["category"], "区镇");
    assert_eq!(z["clauses"]["Z1.1"], "1.50");
    assert_eq!(z["total"], "47.50");
    assert_eq!(z["rank"], 1);
    // 47.5 × 5 / 100 = 2.375 → 2.38 (half away from zero).
    assert_eq!(z["points"], "2.38");
    let police = units.iter().find(|u| u["name"] == "公安局").unwrap();
    assert_eq!(
        police["points"],
        serde_json::Value::Null,
        "no --points-dept"
    );
    let d = police["deductions"].as_array().unwrap();
    let d1: Vec<_> = d.iter().filter(|e| e["clause"] == "D1").collect();
    let sum: f64 = d1
        .iter()
        .map(|e| e["amount"].as_str().unwrap().parse::<f64>().unwrap())
        .sum();
    assert_eq!(sum, 5.0);
    // The workbook has the same totals, and 折算分.
    for u in units {
        let row = summary_row(&out, u["name"].as_str().unwrap());
        let total: f64 = u["total"].as_str().unwrap().parse().unwrap();
        assert_eq!(num(&cell(&row, "总分")), total);
    }
    assert_eq!(num(&cell(&summary_row(&out, "周庄镇"), "折算分")), 2.38);
}

#[test]
fn points_top_method() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let json = dir.path().join("r.json");
    score_ok(
        &p,
        &[
            "--json",
            json.to_str().unwrap(),
            "--points-town",
            "5",
            "--points-dept",
            "3",
            "--points-method",
            "top",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let get = |name: &str| {
        v["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["name"] == name)
            .unwrap()["points"]
            .clone()
    };
    // 47 ÷ 47.5 × 5 = 4.947… → 4.95; the best gets the full weight.
    assert_eq!(get("周庄镇"), "5.00");
    assert_eq!(get("锦溪镇"), "4.95");
    // B组: best 70; 60 ÷ 70 × 3 = 2.571… → 2.57.
    assert_eq!(get("公安局"), "3.00");
    assert_eq!(get("财政局"), "2.57");
}

#[test]
fn same_input_gives_byte_identical_outputs() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    let (ja, jb) = (dir.path().join("a.json"), dir.path().join("b.json"));
    score_ok(
        &p,
        &["-o", a.to_str().unwrap(), "--json", ja.to_str().unwrap()],
    );
    score_ok(
        &p,
        &["-o", b.to_str().unwrap(), "--json", jb.to_str().unwrap()],
    );
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(std::fs::read(&ja).unwrap(), std::fs::read(&jb).unwrap());
}

#[test]
fn existing_output_needs_force_and_the_ledger_is_never_an_output() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let out = dir.path().join("out.xlsx");
    std::fs::write(&out, "old").unwrap();
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("已存在") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), b"old");
    score_ok(&p, &["-o", out.to_str().unwrap(), "--force"]);
    assert_ne!(std::fs::read(&out).unwrap(), b"old");

    let before = std::fs::read(&p).unwrap();
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        p.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("台账本身"), "{err}");
    assert_eq!(std::fs::read(&p).unwrap(), before);
}

#[test]
fn a_bad_ledger_writes_nothing_and_leaves_no_temporary_file() {
    let dir = tmp();
    let t = sample().row(
        "信息报送",
        &[
            ("单位", s("不存在的局")),
            ("日期", s("2017-05-01")),
            ("录用", s("是")),
        ],
    );
    let p = save(&t, dir.path());
    let json = dir.path().join("r.json");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--json",
        json.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("ledger.xlsx")]);
}

#[test]
fn output_into_a_missing_folder_is_an_io_error() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let out = dir.path().join("no-such-folder").join("r.xlsx");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("无法写入"), "{err}");
}

/// `sample()` and a 免责 case of 公安局 (a zero-amount entry with its id),
/// with a reason long enough to wrap.
fn sample_with_exemption() -> TestLedger {
    sample().row(
        "热线工单",
        &[
            ("工单编号", s("RX2017-00936")),
            ("承办单位", s("公安局")),
            ("主协办", s("主办")),
            ("转办日期", s("2017-05-09")),
            ("办理时限", s("2017-05-20")),
            ("办结日期", s("2017-05-12")),
            ("回访结果", s("不满意")),
            ("二次转办结果", s("不满意")),
            ("免责评判", s("免责")),
        ],
    )
}

/// The rows of a unit sheet's entry list (below the header `条款`, `扣分`,
/// `日期`, `编号`, `事由`, `计算`, `台账位置`), as 0-based sheet row and cells.
fn entry_rows(g: &Grid) -> Vec<(usize, Vec<Data>)> {
    let header = g
        .iter()
        .position(|r| r.len() >= 7 && text(&r[0]) == "条款" && text(&r[3]) == "编号")
        .expect("entry header");
    g.iter()
        .enumerate()
        .skip(header + 1)
        .take_while(|(_, r)| {
            ksfk::rules::ClauseId::parse(text(&r[0]).split(' ').next().unwrap_or("")).is_some()
        })
        .map(|(i, r)| (i, r.clone()))
        .collect()
}

/// Saved row heights (1-based row → points) of a sheet's XML.
fn row_heights(xml: &str) -> std::collections::HashMap<usize, f64> {
    let mut out = std::collections::HashMap::new();
    for part in xml.split("<row ").skip(1) {
        let tag = &part[..part.find('>').unwrap()];
        let attr = |name: &str| {
            tag.split(&format!("{name}=\""))
                .nth(1)
                .map(|v| v[..v.find('"').unwrap()].to_string())
        };
        if let (Some(r), Some(ht)) = (attr(" r").or_else(|| attr("r")), attr("ht")) {
            out.insert(r.parse().unwrap(), ht.parse().unwrap());
        }
    }
    out
}

/// Lines a text needs in a column `width` characters wide: 2 columns per
/// CJK character, each paragraph at least one line.
fn lines_needed(t: &str, width: f64) -> usize {
    use unicode_width::UnicodeWidthStr;
    t.split('\n')
        .map(|p| p.width().div_ceil(width as usize).max(1))
        .sum()
}

#[test]
fn every_entry_is_on_its_unit_sheet_with_id_date_and_place() {
    let dir = tmp();
    let p = save(&sample_with_exemption(), dir.path());
    let out = dir.path().join("out.xlsx");
    score_ok(&p, &["-o", out.to_str().unwrap()]);
    let audit = sheet(&out, "扣分明细");
    for unit in ["周庄镇", "公安局", "发改委"] {
        let g = sheet(&out, unit);
        assert!(text(&g[0][0]).starts_with(unit), "title: {:?}", g[0][0]);
        assert!(text(&g[0][0]).contains("2017年度"));
        let listed = entry_rows(&g);
        let mine: Vec<&Vec<Data>> = audit[1..].iter().filter(|a| text(&a[0]) == unit).collect();
        assert_eq!(listed.len(), mine.len(), "{unit}: one row per audit entry");
        for (a, (_, e)) in mine.iter().zip(&listed) {
            // Same order: clause, amount, record id, reason, place.
            assert!(text(&e[0]).starts_with(&text(&a[2])), "{unit}");
            assert_eq!(num(&e[1]), num(&a[7]), "{unit}");
            assert_eq!(text(&e[3]), text(&a[6]), "{unit}");
            assert_eq!(text(&e[4]), text(&a[4]), "{unit}");
            assert_eq!(text(&e[6]), text(&a[5]), "{unit}");
        }
    }
    // The zero-amount entries are listed: the uncounted Q4 meeting with its
    // date, and the 免责 case with its id and 转办日期.
    let z = entry_rows(&sheet(&out, "周庄镇"));
    let meeting = z
        .iter()
        .find(|(_, e)| text(&e[4]).starts_with("未计次"))
        .expect("the uncounted meeting");
    assert_eq!(num(&meeting.1[1]), 0.0);
    assert_eq!(text(&meeting.1[2]), "2017-11-10");
    let rx1: Vec<_> = z.iter().filter(|(_, e)| text(&e[3]) == "RX1").collect();
    assert_eq!(rx1.len(), 2, "overdue and 不满意");
    assert!(rx1.iter().all(|(_, e)| text(&e[2]) == "2017-02-20"));
    let police = entry_rows(&sheet(&out, "公安局"));
    let exempt = police
        .iter()
        .find(|(_, e)| text(&e[3]) == "RX2017-00936")
        .expect("the 免责 case");
    assert_eq!(num(&exempt.1[1]), 0.0);
    assert_eq!(text(&exempt.1[2]), "2017-05-09");
    assert_eq!(text(&exempt.1[6]), "热线工单!3");
    // The rubric's 扣分说明 of D3.2 names the case too.
    let g = sheet(&out, "公安局");
    let d3_2 = g.iter().find(|r| text(&r[0]).starts_with("D3.2")).unwrap();
    assert!(text(&d3_2[4]).contains("RX2017-00936"), "{:?}", d3_2[4]);
    assert!(text(&d3_2[4]).contains("不扣分"));
    // D1's reason is a sentence; its arithmetic is apart.
    let d1 = police
        .iter()
        .find(|(_, e)| text(&e[0]).starts_with("D1"))
        .unwrap();
    assert_eq!(text(&d1.1[5]), "2.50×2 = 5.00");

    // Row heights: every entry row shows its reason and place whole.
    let xml = sheet_xml(&out, "公安局");
    let heights = row_heights(&xml);
    for (i, e) in &police {
        let need = [(4, 46.0), (0, 24.0), (6, 17.0), (3, 16.0)]
            .iter()
            .map(|(c, w)| lines_needed(&text(&e[*c]), *w))
            .max()
            .unwrap();
        let ht = heights.get(&(i + 1)).copied().unwrap_or(15.0);
        assert!(
            ht >= 15.0 * need as f64,
            "row {}: {ht} < {need} lines",
            i + 1
        );
    }
    assert!(
        xml.contains("<oddHeader>&amp;L公安局（B组）&amp;R2017年度服务企业发展考核</oddHeader>")
    );
    assert!(
        xml.contains("&amp;P") && xml.contains("&amp;N"),
        "page numbers"
    );
}

#[test]
fn per_unit_workbooks() {
    let dir = tmp();
    let p = save(&sample_with_exemption(), dir.path());
    let units = dir.path().join("各单位");
    score_ok(&p, &["--per-unit", units.to_str().unwrap()]);
    let files: Vec<_> = std::fs::read_dir(&units).unwrap().collect();
    assert_eq!(files.len(), 51);
    // <year>-<单位>.xlsx: the unit's sheet and a 说明.
    assert!(!units.join("周庄镇.xlsx").exists());
    let z = units.join("2017-周庄镇.xlsx");
    assert_eq!(sheet_names(&z), ["周庄镇", "说明"]);
    let g = sheet(&z, "周庄镇");
    let rows = entry_rows(&g);
    assert!(rows.iter().any(|(_, e)| text(&e[3]) == "RX1"));
    let notes = sheet(&z, "说明");
    let header = notes.iter().position(|r| text(&r[0]) == "编号").unwrap();
    let cited: Vec<String> = notes[header + 1..].iter().map(|r| text(&r[0])).collect();
    // 周庄镇 cites R1 (Z2.2's part a, no 诉求月报, stopped at its own
    // floor), R4 (default tier), R6 (the uncounted meeting), R9 (no
    // information items), R12 (不满意), R14 (no measure), R16 (the survey),
    // and R3 and K1 through the working days it counts; nothing else.
    assert_eq!(
        cited,
        ["R1", "R3", "R4", "R6", "R9", "R12", "R14", "R16", "K1"]
    );
    assert!(notes
        .iter()
        .any(|r| text(&r[2]).contains("没有议题或会议记录的例会不计次数")));
    let commerce = units.join("2017-商务局（招商服务中心）.xlsx");
    assert!(commerce.exists());
    let police = units.join("2017-公安局.xlsx");
    let g = sheet(&police, "公安局");
    assert!(entry_rows(&g)
        .iter()
        .any(|(_, e)| text(&e[3]) == "RX2017-00936"));
}

/// Each per-unit workbook's sheet is its unit's sheet of the result
/// workbook, cell for cell, also when the result workbook is written into
/// the new per-unit folder itself (read back from its staged place).
#[test]
fn per_unit_sheets_are_the_result_workbooks_unit_sheets() {
    let dir = tmp();
    let p = save(&sample_with_exemption(), dir.path());
    let units = dir.path().join("各单位");
    let result = units.join("结果.xlsx");
    score_ok(
        &p,
        &[
            "--per-unit",
            units.to_str().unwrap(),
            "-o",
            result.to_str().unwrap(),
        ],
    );
    assert!(result.exists());
    for unit in ["周庄镇", "公安局", "商务局（招商服务中心）", "昆山开发区"] {
        let own = sheet(&units.join(format!("2017-{unit}.xlsx")), unit);
        let in_result = sheet(&result, unit);
        assert!(own.len() > 20, "{unit}: {} rows", own.len());
        assert_eq!(own, in_result, "{unit}");
    }
    let police = sheet(&units.join("2017-公安局.xlsx"), "公安局");
    assert!(entry_rows(&police)
        .iter()
        .any(|(_, e)| text(&e[3]) == "RX2017-00936"));
}

#[test]
fn as_of_judges_open_cases_at_that_date() {
    // RX1 completed 03-06; as of 03-03 it is open and 2 working days late
    // (Thu 03-02, Fri 03-03) → 0.5; its 不满意 visit follows a completion
    // that had not happened yet and is not used (R2) → Z3.2 14.50.
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let json = dir.path().join("r.json");
    score_ok(
        &p,
        &["--json", json.to_str().unwrap(), "--as-of", "2017-03-03"],
    );
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v["as_of"], "2017-03-03");
    let z = &v["units"][10];
    assert_eq!(z["clauses"]["Z3.2"], "14.50");
    let reasons: Vec<&str> = z["deductions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("逾期2个工作日") && r.contains("未办结")),
        "{reasons:?}"
    );
}

#[test]
fn explain_and_rules_print_the_derivation() {
    let dir = tmp();
    let p = save(&sample(), dir.path());
    let (code, out, err) = run(&[
        "explain",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--unit",
        "周庄镇",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Z3.2") && out.contains("RX1") && out.contains("47.50"),
        "{out}"
    );
    let (code, _, err) = run(&[
        "explain",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--unit",
        "周庄",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("周庄镇"), "suggestion: {err}");
    let (code, out, _) = run(&[
        "explain",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--unit",
        "招商服务中心",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("商务局（招商服务中心）"), "{out}");
    let (code, out, _) = run(&["rules"]);
    assert_eq!(code, 0);
    for needle in ["Z1.1", "D4", "R23", "每季度不少于1次"] {
        assert!(out.contains(needle), "{needle}");
    }
    assert!(out.contains("“以内”包括本数"), "R23's reason");
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, _) = run(&["score"]);
    assert_eq!(code, 2);
    let (code, _, err) = run(&["score", "x.xlsx", "--year", "17"]);
    assert_eq!(code, 2);
    assert!(err.contains("年度"), "{err}");
}

#[test]
fn per_unit_file_names_that_coincide_are_a_usage_error_before_writing() {
    // 甲/乙局 and 甲_乙局 would both be 2017-甲_乙局.xlsx.
    let mut t = TestLedger::headers_only();
    for name in ["甲/乙局", "甲_乙局"] {
        t = t
            .row("单位名单", &[("单位名称", s(name)), ("类别", s("A组"))])
            .row("满意度调查", &[("单位", s(name)), ("得分", n(90.0))]);
    }
    let dir = tmp();
    let p = save(&t, dir.path());
    let units = dir.path().join("各单位");
    let out = dir.path().join("out.xlsx");
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        out.to_str().unwrap(),
        "--per-unit",
        units.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("甲/乙局") && err.contains("甲_乙局"), "{err}");
    assert!(err.contains("2017-甲_乙局.xlsx"), "{err}");
    assert!(!out.exists() && !units.exists(), "nothing written");
    // Without --per-unit the same ledger scores.
    let (code, _, err) = run(&[
        "score",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
}
