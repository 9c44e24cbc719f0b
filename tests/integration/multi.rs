//! Ledgers as they arrive (docs/ledger.md, One workbook or several; docs/rules.md,
//! Interim runs): several workbooks or a folder scored like one workbook,
//! places naming their file, checks across files, and interim runs before
//! the survey.

use crate::common::*;
use calamine::{Data, Reader, Xlsx};
use ksfk::ledger::roster;
use ksfk::model::Category;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ledger-2017.xlsx")
}

fn strs(paths: &[PathBuf]) -> Vec<&str> {
    paths.iter().map(|p| p.to_str().unwrap()).collect()
}

/// `ksfk score LEDGER… --year 2017 --json OUT extra…`: the JSON text and
/// stderr; the run must succeed.
fn score_json(ledgers: &[&str], out: &Path, extra: &[&str]) -> (String, String, String) {
    let mut args = vec!["score"];
    args.extend_from_slice(ledgers);
    args.extend_from_slice(&["--year", "2017", "--json", out.to_str().unwrap()]);
    args.extend_from_slice(extra);
    let (code, stdout, err) = run(&args);
    assert_eq!(code, 0, "stdout:\n{stdout}\nstderr:\n{err}");
    (std::fs::read_to_string(out).unwrap(), stdout, err)
}

fn check_all(ledgers: &[&str], extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["check"];
    args.extend_from_slice(ledgers);
    args.extend_from_slice(&["--year", "2017"]);
    args.extend_from_slice(extra);
    run(&args)
}

/// The error lines of stderr starting with `place` (then a space or `：`).
fn errors_at<'a>(err: &'a str, place: &str) -> Vec<&'a str> {
    err.lines()
        .map(str::trim)
        .filter(|l| l.starts_with(&format!("{place} ")) || l.starts_with(&format!("{place}：")))
        .collect()
}

fn assert_error_at(err: &str, place: &str, words: &[&str]) {
    let lines = errors_at(err, place);
    assert!(
        lines.iter().any(|l| words.iter().all(|w| l.contains(w))),
        "no line at {place} with {words:?} in:\n{err}"
    );
}

fn clause(v: &Value, name: &str, id: &str) -> String {
    json_unit(v, name)["clauses"][id]
        .as_str()
        .unwrap()
        .to_string()
}

/// The example ledger's sheets, 热线工单 and 满意度调查 split over the two
/// files (`1-热线.xlsx` first, so that a folder reads them in this order).
const TWO: &[(&str, &[&str])] = &[
    ("1-热线.xlsx", &["热线工单", "转办件", "满意度调查"]),
    (
        "2-中心.xlsx",
        &[
            "热线工单",
            "例会",
            "沙龙",
            "沟通机制",
            "工作总结",
            "诉求月报",
            "信息报送",
            "典型案例",
            "督查",
            "服务举措",
            "政企互动",
            "提效实践",
            "满意度调查",
        ],
    ),
];

#[test]
fn a_ledger_split_in_two_scores_exactly_like_the_single_file() {
    // The rows keep their row numbers in the split files, so the JSON of
    // the two files is the single file's, byte for byte, once the file
    // names are taken out of the places (来源 and warnings).
    let dir = tmp();
    let whole_json = dir.path().join("whole.json");
    let (whole, _, _) = score_json(
        &[example().to_str().unwrap()],
        &whole_json,
        &["-o", dir.path().join("w.xlsx").to_str().unwrap()],
    );
    let parts = tmp();
    let files = split_workbook(&example(), parts.path(), TWO, true);
    let split_json = dir.path().join("split.json");
    let (split, _, _) = score_json(
        &strs(&files),
        &split_json,
        &["-o", dir.path().join("s.xlsx").to_str().unwrap()],
    );
    // Every place names its file.
    assert!(
        split.contains("\"source\": \"2-中心.xlsx:例会!"),
        "{split:.3000}"
    );
    assert!(split.contains("\"source\": \"1-热线.xlsx:热线工单!"));
    assert!(split.contains("\"source\": \"2-中心.xlsx:热线工单!"));
    assert!(split.contains("\"place\": \"2-中心.xlsx:热线工单!"));
    assert!(!whole.contains(".xlsx:"));
    let stripped = split
        .replace("1-热线.xlsx:", "")
        .replace("2-中心.xlsx:", "");
    // Each copy of a split sheet notes its own ignored columns (备注 …), so
    // the split run has more such notes; everything else is the same.
    assert!(
        without_ignored_columns(&stripped) == without_ignored_columns(&whole),
        "the split ledger scored differently"
    );
    assert!(whole.contains("\"interim\": false"));
}

/// The scores, ranks and audit entries of a JSON result, places aside:
/// each entry as (clause, reason, record, amount) and its 来源's sheet.
fn outcome(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for u in v["units"].as_array().unwrap() {
        out.push(format!(
            "{} {} {} {} {}",
            u["name"], u["clauses"], u["total"], u["rank"], u["points"]
        ));
        for d in u["deductions"].as_array().unwrap() {
            let source = d["source"].as_str().unwrap();
            // `x.xlsx:热线工单!17` → the sheet; an aggregate stays as it is.
            let sheet = match source.split_once('!') {
                Some((at, _)) => at.rsplit(':').next().unwrap().to_string(),
                None => source.to_string(),
            };
            out.push(format!(
                "  {} {} {} {} {}",
                d["clause"], d["reason"], d["record"], d["amount"], sheet
            ));
        }
    }
    out
}

#[test]
fn a_ledger_split_in_three_scores_like_the_single_file() {
    // Rows renumbered in each copy: the places differ (file and row), so
    // the scores, ranks, points and every audit entry's clause, reason,
    // record, amount and sheet are compared.
    let dir = tmp();
    let whole_json = dir.path().join("whole.json");
    let (whole, _, _) = score_json(
        &[example().to_str().unwrap()],
        &whole_json,
        &[
            "-o",
            dir.path().join("w.xlsx").to_str().unwrap(),
            "--points-town",
            "5",
        ],
    );
    let parts = tmp();
    let three: &[(&str, &[&str])] = &[
        ("热线.xlsx", &["热线工单", "满意度调查"]),
        (
            "活动.xlsx",
            &["热线工单", "转办件", "例会", "沙龙", "沟通机制"],
        ),
        (
            "中心.xlsx",
            &[
                "转办件",
                "工作总结",
                "诉求月报",
                "信息报送",
                "典型案例",
                "督查",
                "服务举措",
                "政企互动",
                "提效实践",
                "满意度调查",
                "热线工单",
            ],
        ),
    ];
    let files = split_workbook(&example(), parts.path(), three, false);
    let split_json = dir.path().join("split.json");
    let (split, _, _) = score_json(
        &strs(&files),
        &split_json,
        &[
            "-o",
            dir.path().join("s.xlsx").to_str().unwrap(),
            "--points-town",
            "5",
        ],
    );
    let (whole, split): (Value, Value) = (
        serde_json::from_str(&whole).unwrap(),
        serde_json::from_str(&split).unwrap(),
    );
    let (a, b) = (outcome(&whole), outcome(&split));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y);
    }
    assert_eq!(
        without_ignored_columns(&whole.to_string())["warnings"]
            .as_array()
            .unwrap()
            .len(),
        without_ignored_columns(&split.to_string())["warnings"]
            .as_array()
            .unwrap()
            .len()
    );
    // Places name their file; a place in a split sheet names the file the
    // row is in.
    let sources: Vec<&str> = split["units"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|u| u["deductions"].as_array().unwrap())
        .map(|d| d["source"].as_str().unwrap())
        .filter(|s| s.contains('!'))
        .collect();
    assert!(sources
        .iter()
        .all(|s| ["热线.xlsx:", "活动.xlsx:", "中心.xlsx:"]
            .iter()
            .any(|f| s.starts_with(f))));
    for f in [
        "热线.xlsx:热线工单!",
        "活动.xlsx:热线工单!",
        "中心.xlsx:热线工单!",
    ] {
        assert!(sources.iter().any(|s| s.starts_with(f)), "{f}");
    }

    // `check` lists the rows per sheet per file; they add up to the whole.
    let (code, out, err) = check_all(&strs(&files), &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("读取3个台账文件（按此顺序）：热线.xlsx、活动.xlsx、中心.xlsx"));
    let rows = |name: &str| -> usize {
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no line {name} in:\n{out}"));
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    let hotline =
        rows("热线.xlsx:热线工单") + rows("活动.xlsx:热线工单") + rows("中心.xlsx:热线工单");
    assert_eq!(hotline, 2998);
    assert_eq!(
        rows("热线.xlsx:满意度调查") + rows("中心.xlsx:满意度调查"),
        1525
    );
    assert_eq!(rows("活动.xlsx:例会"), 94);
    let total = out.lines().find(|l| l.starts_with("合计")).unwrap();
    assert_eq!(
        total.split_whitespace().collect::<Vec<_>>(),
        // 33 rows of other years, and 112 cases forwarded in 2017 but
        // due in 2018, which belong to 2018 (R26).
        ["合计", "6429", "145"]
    );
}

#[test]
fn a_folder_skips_lock_files_and_earlier_results() {
    let dir = tmp();
    let files = split_workbook(&example(), dir.path(), TWO, true);
    let out = tmp();
    let json_files = out.path().join("files.json");
    let (by_files, _, _) = score_json(
        &strs(&files),
        &json_files,
        &["-o", out.path().join("files.xlsx").to_str().unwrap()],
    );
    // An Office lock file (a few bytes, not a workbook), the result of an
    // earlier run under its default name, and ksfk outputs under other
    // names: a per-unit workbook and a result workbook renamed.
    std::fs::write(dir.path().join("~$1-热线.xlsx"), b"\x0cAnalyst").unwrap();
    let units = out.path().join("units");
    let (code, _, err) = run(&[
        "score",
        dir.path().to_str().unwrap(),
        "--year",
        "2017",
        "--per-unit",
        units.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    // The default output goes into the folder.
    let result = dir.path().join("考核结果-2017.xlsx");
    assert!(result.is_file());
    let pack = std::fs::read_dir(&units)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("周庄镇"))
        .unwrap();
    std::fs::copy(pack, dir.path().join("周庄镇.xlsx")).unwrap();
    std::fs::copy(&result, dir.path().join("0-上次结果.xlsx")).unwrap();
    // A second run over the folder reads only the two ledgers.
    let json_dir = out.path().join("dir.json");
    let (by_dir, stdout, err) =
        score_json(&[dir.path().to_str().unwrap()], &json_dir, &["--force"]);
    assert_eq!(by_dir, by_files);
    for skipped in [
        "~$1-热线.xlsx（Office 锁定文件）",
        "考核结果-2017.xlsx（ksfk 写出的结果）",
        "周庄镇.xlsx（ksfk 写出的结果）",
        "0-上次结果.xlsx（ksfk 写出的结果）",
    ] {
        assert!(err.contains(skipped), "{skipped} in:\n{err}");
    }
    assert!(
        stdout.contains(&format!("已写出 {}", result.display())),
        "{stdout}"
    );
    // 说明 lists each file read with its SHA-256, and rows per sheet per file.
    let mut wb: Xlsx<_> = calamine::open_workbook(&result).unwrap();
    let notes = wb.worksheet_range("说明").unwrap();
    let text = |d: &Data| match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        _ => String::new(),
    };
    let rows: Vec<Vec<String>> = notes.rows().map(|r| r.iter().map(text).collect()).collect();
    let find = |label: &str| {
        rows.iter()
            .find(|r| r[0] == label)
            .unwrap_or_else(|| panic!("no {label}"))
            .clone()
    };
    for (i, f) in files.iter().enumerate() {
        let n = i + 1;
        assert_eq!(
            find(&format!("台账文件{n}"))[1],
            f.file_name().unwrap().to_str().unwrap()
        );
        let sha = ksfk::ledger::sha256_hex(&std::fs::read(f).unwrap());
        assert_eq!(find(&format!("台账文件{n} SHA-256"))[1], sha);
    }
    assert!(!rows.iter().any(|r| r[0] == "台账文件3"));
    assert_eq!(find("考核性质")[1], "年度考核");
    let header = rows
        .iter()
        .position(|r| r[0] == "文件" && r[1] == "工作表")
        .unwrap();
    let count = |file: &str, sheet: &str| {
        rows[header..]
            .iter()
            .find(|r| r[0] == file && r[1] == sheet)
            .map(|r| r[2].clone())
            .unwrap_or_else(|| panic!("no row {file} {sheet}"))
    };
    assert_eq!(count("2-中心.xlsx", "例会"), "94");
    let hotline: usize = ["1-热线.xlsx", "2-中心.xlsx"]
        .iter()
        .map(|f| count(f, "热线工单").parse::<usize>().unwrap())
        .sum();
    assert_eq!(hotline, 2998);
}

#[test]
fn nothing_to_read_and_ambiguous_files_are_usage_errors() {
    let dir = tmp();
    let empty = dir.path().join("空");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("说明.txt"), "not a workbook").unwrap();
    let (code, _, err) = check_all(&[empty.to_str().unwrap()], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("中没有台账工作簿"), "{err}");
    // Only a lock file left.
    std::fs::write(empty.join("~$台账.xlsx"), b"x").unwrap();
    let (code, _, err) = check_all(&[empty.to_str().unwrap()], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("没有可读取的台账工作簿") && err.contains("~$台账.xlsx"),
        "{err}"
    );
    // The same file twice; two files of the same name in two folders.
    let p = save(&TestLedger::valid(), dir.path());
    let (code, _, err) = check_all(&[p.to_str().unwrap(), p.to_str().unwrap()], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("指定了两次"), "{err}");
    let other = dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    let q = save(&TestLedger::valid(), &other);
    let (code, _, err) = check_all(&[p.to_str().unwrap(), q.to_str().unwrap()], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("同名"), "{err}");
    // Extensions in any letter case are read from a folder.
    let upper = dir.path().join("upper");
    std::fs::create_dir(&upper).unwrap();
    TestLedger::valid().save(&upper.join("台账.XLSX"));
    let (code, _, err) = check_all(&[upper.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{err}");
    // A missing one is an I/O error, as with one file.
    let (code, _, _) = check_all(&[p.to_str().unwrap(), "/nonexistent/x.xlsx"], &[]);
    assert_eq!(code, 3);
}

fn hotline_row(id: &str, unit: &str, role: &str) -> Row {
    vec![
        ("工单编号", s(id)),
        ("承办单位", s(unit)),
        ("主协办", s(role)),
        ("转办日期", d(2017, 3, 1)),
        ("办理时限", d(2017, 3, 10)),
        ("办结日期", d(2017, 3, 6)),
        ("回访结果", s("不满意")),
        ("二次转办结果", s("不满意")),
        ("免责评判", s("不免责")),
    ]
}

/// A ledger holding only `sheets` (each with its header row).
fn only(t: TestLedger, sheets: &[&str]) -> TestLedger {
    let mut t = t;
    for spec in ksfk::schema::SHEETS {
        if !sheets.contains(&spec.name) {
            t = t.without_sheet(spec.name);
        }
    }
    t
}

#[test]
fn a_sheet_split_across_files_each_with_its_own_header() {
    // 热线工单 in two files, the second with its columns in another order
    // and an extra column. Case H1 has its 主办 (公安局) in the first file
    // and its 协办 (住建局) in the second: one case of two departments
    // (R5), so 住建局's 不免责 costs 2.5, 公安局's 5 (D3.2 15 → 12.5, 10).
    // Read apart, 住建局's row would be a single-department case without
    // a 主办.
    let dir = tmp();
    let a = TestLedger::valid().row("热线工单", &hotline_row("H1", "公安局", "主办"));
    a.save(&dir.path().join("a.xlsx"));
    let b = only(TestLedger::headers_only(), &["热线工单"])
        .headers(
            "热线工单",
            &[
                "备注",
                "承办单位",
                "免责评判",
                "工单编号",
                "二次转办结果",
                "回访结果",
                "办结日期",
                "办理时限",
                "转办日期",
                "主协办",
            ],
        )
        .row("热线工单", &hotline_row("H1", "住建局", "协办"));
    b.save(&dir.path().join("b.xlsx"));
    let out = dir.path().join("r.json");
    let (json, _, _) = score_json(&[dir.path().to_str().unwrap()], &out, &[]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(clause(&v, "公安局", "D3.2"), "10.00");
    assert_eq!(clause(&v, "住建局", "D3.2"), "12.50");
    let entry = json_unit(&v, "住建局")["deductions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["clause"] == "D3.2")
        .unwrap()
        .clone();
    assert_eq!(entry["source"], "b.xlsx:热线工单!2");
    assert_eq!(entry["amount"], "2.50");
    let entry = json_unit(&v, "公安局")["deductions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["clause"] == "D3.2")
        .unwrap()
        .clone();
    assert_eq!(entry["source"], "a.xlsx:热线工单!2");
}

#[test]
fn errors_and_duplicates_across_files_name_their_file() {
    let dir = tmp();
    let a = TestLedger::valid()
        .row("热线工单", &hotline_row("H2", "周庄镇", "主办"))
        .row("热线工单", &hotline_row("H3", "公安局", "主办"))
        .row("工作总结", &[("单位", s("周庄镇")), ("季度", n(1.0))]);
    a.save(&dir.path().join("a.xlsx"));
    // b.xlsx: its own column order (承办单位 A, 工单编号 B, 主协办 C, 办理时限 E).
    let b = only(TestLedger::headers_only(), &["热线工单", "工作总结"])
        .headers(
            "热线工单",
            &[
                "承办单位",
                "工单编号",
                "主协办",
                "转办日期",
                "办理时限",
                "办结日期",
            ],
        )
        .row("热线工单", &hotline_row("H2", "周庄镇", "主办")[..6])
        .row("热线工单", &hotline_row("H3", "住建局", "主办")[..6])
        .row(
            "热线工单",
            &[
                ("工单编号", s("H4")),
                ("承办单位", s("周庄镇")),
                ("转办日期", d(2017, 3, 1)),
                ("办理时限", s("明天")),
            ],
        )
        .row("工作总结", &[("单位", s("周庄镇")), ("季度", n(1.0))]);
    b.save(&dir.path().join("b.xlsx"));
    // c.xlsx holds no ledger sheet.
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet()
        .set_name("备注")
        .unwrap()
        .write(0, 0, "会议纪要")
        .unwrap();
    wb.save(dir.path().join("c.xlsx")).unwrap();
    let (code, _, err) = check_all(&[dir.path().to_str().unwrap()], &[]);
    assert_eq!(code, 1, "{err}");
    // The same (工单编号, 承办单位) in both files: the later row is named,
    // with the earlier one's file.
    assert_error_at(&err, "b.xlsx:热线工单!A2", &["重复", "与a.xlsx第2行相同"]);
    // Two 主办 for H3, one in each file.
    assert_error_at(
        &err,
        "b.xlsx:热线工单!C3",
        &["2个主办", "a.xlsx第3行已是主办"],
    );
    // A cell error in the second file.
    assert_error_at(&err, "b.xlsx:热线工单!E4", &["办理时限", "明天"]);
    // The same (单位, 季度) in both files.
    assert_error_at(
        &err,
        "b.xlsx:工作总结!B2",
        &["单位与季度重复", "与a.xlsx第2行相同"],
    );
    // The file without a ledger sheet is an error naming it (docs/ledger.md:
    // skipped, a stray 申诉 or 热线 file would change scores unseen).
    assert_error_at(
        &err,
        "c.xlsx",
        &["没有任何台账工作表", "「备注」", "移出台账文件夹"],
    );

    // A sheet in no file is an error naming the sheet; 单位名单 in two
    // files is an error naming both.
    let e = tmp();
    let roster = |t: TestLedger| {
        t.row(
            "单位名单",
            &[("单位名称", s("周庄镇")), ("类别", s("区镇"))],
        )
    };
    roster(TestLedger::valid().without_sheet("例会")).save(&e.path().join("a.xlsx"));
    roster(only(TestLedger::headers_only(), &["工作总结"])).save(&e.path().join("b.xlsx"));
    let (code, _, err) = check_all(&[e.path().to_str().unwrap()], &[]);
    assert_eq!(code, 1, "{err}");
    assert_error_at(&err, "例会", &["缺少工作表「例会」"]);
    assert_error_at(&err, "单位名单", &["只能在一个文件中", "a.xlsx与b.xlsx"]);
    // The reader's place for a header error names the file too.
    let h = tmp();
    TestLedger::valid().save(&h.path().join("a.xlsx"));
    only(TestLedger::headers_only(), &["例会"])
        .headers("例会", &["单位", "有议题", "有会议记录"])
        .save(&h.path().join("b.xlsx"));
    let (code, _, err) = check_all(&[h.path().to_str().unwrap()], &[]);
    assert_eq!(code, 1, "{err}");
    assert_error_at(&err, "b.xlsx:例会!1", &["日期"]);
}

/// Built-in units of a category, in roster order.
fn units_of(category: Category) -> Vec<String> {
    roster::builtin()
        .of_category(category)
        .map(|u| u.name.clone())
        .collect()
}

/// A ledger with no survey rows but for four units: the first 区镇 75, the
/// first two A组 departments 80 and 90, the first B组 department 70.
fn interim_ledger() -> TestLedger {
    let mut t = TestLedger::headers_only();
    for town in TOWNS {
        t = t.row("沟通机制", &communication_row(town));
    }
    let (towns, a, b) = (
        units_of(Category::Town),
        units_of(Category::GroupA),
        units_of(Category::GroupB),
    );
    for (u, v) in [
        (&towns[0], 75.0),
        (&a[0], 80.0),
        (&a[1], 90.0),
        (&b[0], 70.0),
    ] {
        t = t.row("满意度调查", &[("单位", s(u)), ("得分", n(v))]);
    }
    t
}

fn pending_entry(v: &Value, name: &str, id: &str) {
    let entries: Vec<&Value> = json_unit(v, name)["deductions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["clause"] == id)
        .collect();
    assert_eq!(entries.len(), 1, "{name} {id}");
    assert_eq!(entries[0]["reason"], "满意度调查尚未进行，按满分暂计");
    assert_eq!(entries[0]["amount"], "0.00");
}

#[test]
fn an_interim_run_scores_what_is_there_and_year_end_fails() {
    let dir = tmp();
    let p = save(&interim_ledger(), dir.path());
    let out = dir.path().join("r.json");
    let (json, stdout, err) = score_json(&[p.to_str().unwrap()], &out, &["--as-of", "2017-06-30"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["interim"], true);
    assert_eq!(v["as_of"], "2017-06-30");
    let (towns, a, b) = (
        units_of(Category::Town),
        units_of(Category::GroupA),
        units_of(Category::GroupB),
    );
    // Z4.2: 10 × 75 / 100 = 7.5; a 区镇 without rows pending at 10.
    assert_eq!(clause(&v, &towns[0], "Z4.2"), "7.50");
    assert_eq!(clause(&v, &towns[1], "Z4.2"), "10.00");
    pending_entry(&v, &towns[1], "Z4.2");
    // D4, A组: the average is over the two units with rows, (80 + 90) / 2
    // = 85.00 (not over all 20); 80 is 5.00 below → −2.5 (R23) → 12.5.
    assert_eq!(clause(&v, &a[0], "D4"), "12.50");
    assert_eq!(clause(&v, &a[1], "D4"), "15.00");
    assert_eq!(clause(&v, &a[2], "D4"), "15.00");
    pending_entry(&v, &a[2], "D4");
    // B组: only one unit with rows, the average is its own 70: nothing.
    assert_eq!(clause(&v, &b[0], "D4"), "15.00");
    assert_eq!(clause(&v, &b[1], "D4"), "15.00");
    pending_entry(&v, &b[1], "D4");
    // One warning per pending unit: 51 − 4.
    let pending = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| {
            w["message"]
                .as_str()
                .unwrap()
                .contains("尚无满意度调查结果")
        })
        .count();
    assert_eq!(pending, 47);
    assert!(stdout.contains("暂计（截至2017-06-30）"), "{stdout}");
    assert!(err.contains("尚无满意度调查结果"), "{err}");
    // 说明 says so.
    let result = dir.path().join("考核结果-2017-暂计截至0630.xlsx");
    let mut wb: Xlsx<_> = calamine::open_workbook(&result).unwrap();
    let notes = wb.worksheet_range("说明").unwrap();
    let nature = notes
        .rows()
        .find(|r| r[0] == Data::String("考核性质".into()))
        .unwrap();
    assert!(
        matches!(&nature[1], Data::String(s) if s.starts_with("暂计（截至2017-06-30）")),
        "{nature:?}"
    );
    // explain shows the total as 暂计.
    let (code, text, _) = run(&[
        "explain",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "2017-06-30",
        "--unit",
        &a[2],
    ]);
    assert_eq!(code, 0);
    assert!(text.contains("暂计（截至2017-06-30）"), "{text}");
    assert!(text.contains("满意度调查尚未进行，按满分暂计"), "{text}");

    // The same ledger at year end: every unit without a row is an error.
    for extra in [&[][..], &["--as-of", "2017-12-31"][..]] {
        let (code, _, err) = check_all(&[p.to_str().unwrap()], extra);
        assert_eq!(code, 1, "{extra:?}: {err}");
        // One error for the sheet, listing the units (docs/ledger.md).
        let missing = err
            .lines()
            .filter(|l| l.contains("的满意度调查结果"))
            .count();
        assert_eq!(missing, 1, "{err}");
        assert_error_at(
            &err,
            "满意度调查",
            &["缺少47个单位的满意度调查结果", &towns[1]],
        );
    }
}

#[test]
fn an_interim_run_with_an_empty_survey_and_the_json_says_so() {
    let dir = tmp();
    let mut t = TestLedger::headers_only();
    for town in TOWNS {
        t = t.row("沟通机制", &communication_row(town));
    }
    // The survey firm's file is not there yet: 满意度调查 has its header only,
    // in a file of its own.
    let files = t.save_split(
        dir.path(),
        &[
            (
                "中心.xlsx",
                &[
                    "热线工单",
                    "转办件",
                    "例会",
                    "沙龙",
                    "沟通机制",
                    "工作总结",
                    "诉求月报",
                    "信息报送",
                    "典型案例",
                    "督查",
                    "服务举措",
                    "政企互动",
                    "提效实践",
                ],
            ),
            ("调查.xlsx", &["满意度调查"]),
        ],
    );
    let out = dir.path().join("r.json");
    let (json, stdout, _) = score_json(&strs(&files), &out, &["--as-of", "2017-09-30"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["interim"], true);
    for town in units_of(Category::Town) {
        assert_eq!(clause(&v, &town, "Z4.2"), "10.00");
        pending_entry(&v, &town, "Z4.2");
    }
    for dept in units_of(Category::GroupA)
        .into_iter()
        .chain(units_of(Category::GroupB))
    {
        assert_eq!(clause(&v, &dept, "D4"), "15.00");
        pending_entry(&v, &dept, "D4");
    }
    assert!(
        stdout.contains("2017年度考核，暂计（截至2017-09-30）："),
        "{stdout}"
    );
    // `check` says the run is interim too, and passes.
    let (code, out, err) = check_all(&strs(&files), &["--as-of", "2017-09-30"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("暂计（截至2017-09-30）"), "{out}");
    assert!(out.contains("调查.xlsx:满意度调查"), "{out}");
}

#[test]
fn the_default_output_goes_beside_the_first_ledger() {
    let one = tmp();
    let two = tmp();
    let t = TestLedger::valid();
    let files = t.save_split(
        one.path(),
        &[(
            "a.xlsx",
            &[
                "热线工单",
                "转办件",
                "例会",
                "沙龙",
                "沟通机制",
                "工作总结",
                "诉求月报",
                "信息报送",
                "典型案例",
                "督查",
                "服务举措",
                "政企互动",
                "提效实践",
            ],
        )],
    );
    let survey = t.save_split(two.path(), &[("b.xlsx", &["满意度调查"])]);
    let (code, _, err) = run(&[
        "score",
        files[0].to_str().unwrap(),
        survey[0].to_str().unwrap(),
        "--year",
        "2017",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(one.path().join("考核结果-2017.xlsx").is_file());
    assert!(!two.path().join("考核结果-2017.xlsx").exists());
}

/// fixtures/full.ods with one more table of `rows` rows of 1,600 numbers,
/// written as repeats (a few bytes for millions of cells).
fn ods_with_dense_table(rows: u32) -> Vec<u8> {
    use std::io::{Cursor, Read, Write};
    let src =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/full.ods")).unwrap();
    let mut z = zip::ZipArchive::new(Cursor::new(src)).unwrap();
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let table = format!(
        r#"<table:table table:name="备注"><table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-repeated="1600" office:value-type="float" office:value="1"/></table:table-row></table:table>"#
    );
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        if name == "content.xml" {
            let x = String::from_utf8(data).unwrap();
            let at = x.rfind("</office:spreadsheet>").unwrap();
            data = format!("{}{table}{}", &x[..at], &x[at..]).into_bytes();
        }
        let method = if name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let opts = zip::write::SimpleFileOptions::default().compression_method(method);
        w.start_file(name.as_str(), opts).unwrap();
        w.write_all(&data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn the_bounds_hold_for_the_run_not_only_per_file() {
    // Each file's dense table (1,000 × 1,600 = 1.6 million cells) is
    // within the bound of 3 million; two of them together are not, and the
    // second is refused before calamine builds it.
    let dir = tmp();
    let bytes = ods_with_dense_table(1000);
    let (a, b) = (dir.path().join("a.ods"), dir.path().join("b.ods"));
    std::fs::write(&a, &bytes).unwrap();
    std::fs::write(&b, &bytes).unwrap();
    let (code, _, err) = check_all(&[a.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "one file is within the bounds: {err}");
    let (code, _, err) = check_all(&[a.to_str().unwrap(), b.to_str().unwrap()], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("b.ods"), "{err}");
    assert!(err.contains("合计") && err.contains("上限3000000"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The JSON results less the notes of ignored columns, which a split
/// ledger has once per copy of a sheet.
fn without_ignored_columns(json: &str) -> Value {
    let mut v: Value = serde_json::from_str(json).unwrap();
    if let Some(w) = v["warnings"].as_array_mut() {
        w.retain(|w| w["kind"] != "忽略的列");
    }
    v
}

#[test]
fn a_per_unit_file_that_is_any_ledger_file_is_refused_even_with_force() {
    // The second ledger file has the name of 住建局's per-unit workbook and
    // lies in the --per-unit folder: not only the first file is protected.
    let parts = tmp();
    let named: Vec<(&str, &[&str])> = vec![(TWO[0].0, TWO[0].1), ("2017-住建局.xlsx", TWO[1].1)];
    let files = split_workbook(&example(), parts.path(), &named, true);
    let before = std::fs::read(&files[1]).unwrap();
    let out = tmp();
    let result = out.path().join("result.xlsx");
    let mut args = vec!["score"];
    args.extend(strs(&files));
    args.extend([
        "--year",
        "2017",
        "-o",
        result.to_str().unwrap(),
        "--per-unit",
        parts.path().to_str().unwrap(),
        "--force",
    ]);
    let (code, _, err) = run(&args);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("2017-住建局.xlsx"), "{err}");
    assert_eq!(
        std::fs::read(&files[1]).unwrap(),
        before,
        "a ledger file was written"
    );
    assert!(!result.exists(), "nothing is written");
    // Without the clash the same files score.
    let units = out.path().join("units");
    let (code, _, err) = run(&[
        "score",
        files[0].to_str().unwrap(),
        files[1].to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        result.to_str().unwrap(),
        "--per-unit",
        units.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(units.join("2017-住建局.xlsx").exists());
    // The unit sheet's 台账位置 shows the place as it is, its file named.
    let mut wb: Xlsx<_> = calamine::open_workbook(&result).unwrap();
    let g = wb.worksheet_range("住建局").unwrap();
    let places: Vec<String> = g
        .rows()
        .filter(|r| r.len() >= 7)
        .map(|r| r[6].to_string())
        .collect();
    assert!(
        places
            .iter()
            .any(|p| p.starts_with("1-热线.xlsx:热线工单!")),
        "{places:?}"
    );
    assert!(
        places.iter().any(|p| p.starts_with("2017-住建局.xlsx:")),
        "{places:?}"
    );
}
