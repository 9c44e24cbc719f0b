//! The example ledger `examples/ledger-2017.xlsx` and its generator
//! `examples/make-ledger.rs`.
//!
//! These tests read the file apart from ksfk's reader, with calamine and a
//! small reader of their own (docs/ledger.md's date, flag, number
//! and unit rules) and check that:
//! - the committed file is exactly what the generator makes for seed 2017,
//!   scale 1, and that generating twice gives the same bytes;
//! - every sheet of `schema::SHEETS` exists with its headers and plausible
//!   row counts, and there is no 单位名单 sheet;
//! - every value obeys docs/ledger.md (dates in order, one 主办 per case, no
//!   duplicate (id, unit), required flags filled, 逾期扣分 only on rows
//!   overdue at 2017-12-31 and in the clause's range, …);
//! - the data exercises the clauses it is meant to (late by 1–3, 4–10 and
//!   11+ working days, open rows, verdict chains, all four 来源, …).

#[allow(dead_code)]
#[path = "../../examples/make-ledger.rs"]
mod make_ledger;

use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
use chrono::{Datelike, NaiveDate};
use ksfk::calendar::Calendar;
use ksfk::model::{Category, Handling};
use ksfk::rules::overdue::{judge, State};
use ksfk::schema::{self, SHEETS};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

fn committed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ledger-2017.xlsx")
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

// ---------------------------------------------------------------------------
// A small reader, enough to check the example.

/// Canonical name → category, for the built-in roster and its aliases.
fn roster() -> HashMap<&'static str, (&'static str, Category)> {
    let mut m = HashMap::new();
    for t in make_ledger::TOWNS {
        m.insert(t, (t, Category::Town));
    }
    for a in make_ledger::GROUP_A {
        m.insert(a, (a, Category::GroupA));
    }
    for b in make_ledger::GROUP_B {
        m.insert(b, (b, Category::GroupB));
    }
    for (canon, aliases) in make_ledger::ALIASES {
        let c = m[canon];
        for a in aliases {
            assert!(m.insert(a, c).is_none(), "alias {a} clashes");
        }
    }
    m
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

struct Sheet {
    name: String,
    headers: Vec<String>,
    /// (1-based row number, cells) of the non-empty data rows.
    rows: Vec<(usize, Vec<Data>)>,
}

impl Sheet {
    fn col(&self, header: &str) -> usize {
        self.headers
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("{}: no column {header}", self.name))
    }

    fn get<'a>(&self, row: &'a [Data], header: &str) -> &'a Data {
        row.get(self.col(header)).unwrap_or(&Data::Empty)
    }

    fn text(&self, row: &[Data], header: &str) -> String {
        match self.get(row, header) {
            Data::String(s) => trim(s).to_string(),
            Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
            Data::Int(i) => i.to_string(),
            Data::Empty => String::new(),
            other => panic!("{}: {header} is not text: {other:?}", self.name),
        }
    }

    fn unit(&self, row: &[Data], header: &str) -> (&'static str, Category) {
        let name = self.text(row, header);
        *roster()
            .get(name.as_str())
            .unwrap_or_else(|| panic!("{}: unknown unit {name:?}", self.name))
    }

    fn date(&self, row: &[Data], header: &str) -> Option<NaiveDate> {
        match self.get(row, header) {
            Data::Empty => None,
            c @ Data::DateTime(_) => Some(c.as_date().expect("an Excel date")),
            Data::String(s) => Some(
                parse_text_date(trim(s))
                    .unwrap_or_else(|| panic!("{}: {header}: bad date {s:?}", self.name)),
            ),
            other => panic!("{}: {header}: bad date cell {other:?}", self.name),
        }
    }

    fn flag(&self, row: &[Data], header: &str) -> Option<bool> {
        match self.get(row, header) {
            Data::Empty => None,
            Data::Bool(b) => Some(*b),
            Data::Float(f) if *f == 1.0 => Some(true),
            Data::Float(f) if *f == 0.0 => Some(false),
            Data::Int(1) => Some(true),
            Data::Int(0) => Some(false),
            Data::String(s) => match trim(s).to_uppercase().as_str() {
                "是" | "Y" | "TRUE" | "有" | "√" | "1" => Some(true),
                "否" | "N" | "FALSE" | "无" | "×" | "0" => Some(false),
                other => panic!("{}: {header}: bad flag {other:?}", self.name),
            },
            other => panic!("{}: {header}: bad flag cell {other:?}", self.name),
        }
    }

    fn number(&self, row: &[Data], header: &str) -> Option<f64> {
        match self.get(row, header) {
            Data::Empty => None,
            Data::Float(f) => Some(*f),
            Data::Int(i) => Some(*i as f64),
            Data::String(s) => Some(
                trim(s)
                    .parse()
                    .unwrap_or_else(|_| panic!("{}: {header}: bad number {s:?}", self.name)),
            ),
            other => panic!("{}: {header}: bad number cell {other:?}", self.name),
        }
    }

    fn handling(&self, row: &[Data]) -> Handling {
        Handling {
            forwarded: self.date(row, "转办日期").expect("转办日期"),
            deadline: self.date(row, "办理时限").expect("办理时限"),
            extended: self.date(row, "延期至"),
            completed: self.date(row, "办结日期"),
            penalty: None,
        }
    }

    fn is_lead(&self, row: &[Data]) -> bool {
        match self.text(row, "主协办").as_str() {
            "" | "主办" | "牵头" => true,
            "协办" | "配合" => false,
            other => panic!("{}: bad 主协办 {other:?}", self.name),
        }
    }
}

/// `2017-03-05`, `2017/3/5`, `2017.3.5`, `2017年3月5日`.
fn parse_text_date(s: &str) -> Option<NaiveDate> {
    let s = s.replace(['年', '月'], "-").replace('日', "");
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let n: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2])
}

fn read(path: &Path) -> BTreeMap<String, Sheet> {
    let mut wb: Xlsx<_> = open_workbook(path).expect("open the ledger");
    let mut out = BTreeMap::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).expect("read sheet");
        assert_eq!(range.start(), Some((0, 0)), "{name}: header not in row 1");
        let mut rows = range.rows().enumerate();
        let headers = rows
            .next()
            .map(|(_, r)| r.iter().map(|c| trim(&c.to_string()).to_string()).collect())
            .unwrap_or_default();
        let rows = rows
            .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
            .map(|(i, r)| (i + 1, r.to_vec()))
            .collect();
        out.insert(
            name.clone(),
            Sheet {
                name,
                headers,
                rows,
            },
        );
    }
    out
}

fn ledger() -> &'static BTreeMap<String, Sheet> {
    static LEDGER: std::sync::OnceLock<BTreeMap<String, Sheet>> = std::sync::OnceLock::new();
    LEDGER.get_or_init(|| read(&committed()))
}

// ---------------------------------------------------------------------------

#[test]
fn generator_is_deterministic_and_the_committed_file_is_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    let sa = make_ledger::write_ledger(2017, 1, 2017, &a).unwrap();
    let sb = make_ledger::write_ledger(2017, 1, 2017, &b).unwrap();
    assert_eq!(sa, sb);
    let (ba, bb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert!(ba == bb, "two runs with the same seed differ");
    assert!(
        ba == std::fs::read(committed()).unwrap(),
        "examples/ledger-2017.xlsx is stale: regenerate it with \
         `cargo run --release --example make-ledger -- --seed 2017 --scale 1 -o examples/ledger-2017.xlsx`"
    );
    // Another seed gives another ledger.
    let c = dir.path().join("c.xlsx");
    make_ledger::write_ledger(2018, 1, 2017, &c).unwrap();
    assert!(std::fs::read(&c).unwrap() != ba);

    // The summary counts the non-empty data rows of each sheet, in schema order.
    let l = ledger();
    let names: Vec<&str> = sa.iter().map(|(n, _)| *n).collect();
    let schema_names: Vec<&str> = SHEETS.iter().map(|s| s.name).collect();
    assert_eq!(names, schema_names);
    for (name, n) in &sa {
        assert_eq!(l[*name].rows.len() as u64, *n, "{name}");
    }
}

#[test]
fn scale_multiplies_only_the_row_driven_sheets() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("s2.xlsx");
    let one: BTreeMap<_, _> = make_ledger::write_ledger(2017, 1, 2017, &p)
        .unwrap()
        .into_iter()
        .collect();
    let two: BTreeMap<_, _> = make_ledger::write_ledger(2017, 2, 2017, &p)
        .unwrap()
        .into_iter()
        .collect();
    for (name, n1) in &one {
        let n2 = two[name];
        let ratio = n2 as f64 / *n1 as f64;
        match *name {
            schema::HOTLINE | schema::TRANSFERS | schema::INFO | schema::SURVEY => {
                assert!((1.8..2.2).contains(&ratio), "{name}: {n1} → {n2}")
            }
            _ => assert_eq!(n2, *n1, "{name}"),
        }
    }
}

#[test]
fn every_sheet_exists_with_its_headers_and_plausible_rows() {
    let l = ledger();
    assert!(
        !l.contains_key(schema::ROSTER),
        "no 单位名单: the built-in roster applies"
    );
    assert_eq!(l.len(), SHEETS.len());
    // (sheet, min rows, max rows) at scale 1.
    let expect: [(&str, usize, usize); 14] = [
        (schema::HOTLINE, 2800, 3300),
        (schema::TRANSFERS, 350, 480),
        (schema::MEETINGS, 48, 160),
        (schema::SALONS, 48, 108),
        (schema::COMMUNICATION, 12, 12),
        (schema::SUMMARIES, 36, 48),
        (schema::MONTHLY, 120, 144),
        (schema::INFO, 400, 900),
        (schema::TYPICAL, 10, 36),
        (schema::INSPECTIONS, 40, 48),
        (schema::MEASURES, 60, 170),
        (schema::OUTREACH, 160, 480),
        (schema::PRACTICES, 19, 60),
        (schema::SURVEY, 51 * 20, 51 * 40),
    ];
    for spec in SHEETS {
        let sheet = l
            .get(spec.name)
            .unwrap_or_else(|| panic!("missing sheet {}", spec.name));
        for c in spec.columns {
            assert!(
                sheet.headers.iter().any(|h| h == c.header),
                "{}: missing header {}",
                spec.name,
                c.header
            );
        }
        let (_, lo, hi) = expect.iter().find(|(n, _, _)| *n == spec.name).unwrap();
        let n = sheet.rows.len();
        assert!(
            (*lo..=*hi).contains(&n),
            "{}: {n} rows, expected {lo}..={hi}",
            spec.name
        );
    }
    // One sheet in a shuffled column order.
    assert_eq!(l[schema::TRANSFERS].headers[0], "转办日期");
}

#[test]
fn every_value_obeys_the_ledger_contract() {
    let l = ledger();
    let cal = Calendar::new();
    let as_of = d(2017, 12, 31);
    let roster = roster();

    for name in [schema::HOTLINE, schema::TRANSFERS] {
        let s = &l[name];
        let id_col = if name == schema::HOTLINE {
            "工单编号"
        } else {
            "编号"
        };
        let mut seen = BTreeSet::new();
        let mut leads: BTreeMap<String, usize> = BTreeMap::new();
        let mut dept_rows: BTreeMap<String, usize> = BTreeMap::new();
        for (r, row) in &s.rows {
            let id = s.text(row, id_col);
            assert!(!id.is_empty(), "{name}!{r}: empty id");
            let (unit, cat) = s.unit(row, "承办单位");
            assert!(
                seen.insert((id.clone(), unit)),
                "{name}!{r}: duplicate ({id}, {unit})"
            );
            *leads.entry(id.clone()).or_default() += s.is_lead(row) as usize;
            *dept_rows.entry(id.clone()).or_default() += cat.is_department() as usize;
            let h = s.handling(row);
            assert!(
                h.deadline >= h.forwarded,
                "{name}!{r}: 办理时限 before 转办日期"
            );
            if let Some(e) = h.extended {
                assert!(e >= h.deadline, "{name}!{r}: 延期至 before 办理时限");
            }
            if let Some(c) = h.completed {
                assert!(c >= h.forwarded, "{name}!{r}: 办结日期 before 转办日期");
            }
            if let Some(p) = s.number(row, "逾期扣分") {
                assert!(
                    matches!(judge(&h, as_of, &cal), State::Overdue(_)),
                    "{name}!{r}: 逾期扣分 on a row that is not overdue"
                );
                let (lo, hi) = if cat == Category::Town {
                    (0.5, 1.5)
                } else {
                    (5.0, 15.0)
                };
                assert!(
                    (lo..=hi).contains(&p),
                    "{name}!{r}: 逾期扣分 {p} out of range"
                );
                if name == schema::TRANSFERS {
                    assert_eq!(
                        cat,
                        Category::Town,
                        "{name}!{r}: 逾期扣分 on a department row"
                    );
                }
            }
        }
        for (id, n) in &leads {
            assert_eq!(*n, 1, "{name}: case {id} has {n} 主办");
        }
        if name == schema::HOTLINE {
            for (r, row) in &s.rows {
                let (visit, second, verdict) = (
                    s.text(row, "回访结果"),
                    s.text(row, "二次转办结果"),
                    s.text(row, "免责评判"),
                );
                for v in [&visit, &second] {
                    assert!(v.is_empty() || schema::SATISFACTION.contains(&v.as_str()));
                }
                assert!(verdict.is_empty() || schema::VERDICTS.contains(&verdict.as_str()));
                assert!(
                    second.is_empty() || visit == "不满意",
                    "{name}!{r}: 二次转办结果 without 不满意"
                );
                assert!(
                    verdict.is_empty() || second == "不满意",
                    "{name}!{r}: 免责评判 without 不满意"
                );
            }
        } else {
            for (r, row) in &s.rows {
                let source = s.text(row, "来源");
                assert!(
                    schema::SOURCES.contains(&source.as_str()),
                    "{name}!{r}: 来源 {source}"
                );
                let (_, cat) = s.unit(row, "承办单位");
                if cat.is_department() {
                    for h in ["按期沟通", "初步处理意见", "反馈结果"] {
                        assert!(
                            s.flag(row, h).is_some(),
                            "{name}!{r}: {h} empty on a department row"
                        );
                    }
                    let id = s.text(row, "编号");
                    if dept_rows[&id] >= 2 || source == "联席会议交办" {
                        assert!(
                            s.flag(row, "问题解决").is_some(),
                            "{name}!{r}: 问题解决 empty"
                        );
                    }
                }
            }
        }
    }

    // Required flags filled, units of the right category, keys unique.
    let flags: [(&str, &[&str]); 7] = [
        (schema::MEETINGS, &["有议题", "有会议记录"]),
        (
            schema::SALONS,
            &[
                "有主题",
                "有计划",
                "有总结",
                "有活动资料",
                "有台账记录",
                "有对外宣传",
                "已联系中心派员",
            ],
        ),
        (
            schema::COMMUNICATION,
            &[
                "网络服务平台",
                "微信或QQ群",
                "发布服务内容及联系方式",
                "关注政企通",
                "推广政企通",
                "确定分管领导及联络员",
            ],
        ),
        (schema::INFO, &["录用"]),
        (schema::INSPECTIONS, &["有台账记录", "有汇报材料"]),
        (schema::MEASURES, &["已实施", "已报送成果"]),
        (schema::PRACTICES, &["已实施"]),
    ];
    for (name, hs) in flags {
        let s = &l[name];
        for (r, row) in &s.rows {
            for h in hs {
                assert!(s.flag(row, h).is_some(), "{name}!{r}: {h} empty");
            }
            s.unit(row, "单位");
        }
    }
    let towns_only = [
        schema::MEETINGS,
        schema::SALONS,
        schema::COMMUNICATION,
        schema::SUMMARIES,
        schema::MONTHLY,
        schema::TYPICAL,
        schema::INSPECTIONS,
    ];
    for name in towns_only {
        let s = &l[name];
        for (r, row) in &s.rows {
            assert_eq!(s.unit(row, "单位").1, Category::Town, "{name}!{r}");
        }
    }
    for (name, key) in [
        (schema::SUMMARIES, "季度"),
        (schema::INSPECTIONS, "季度"),
        (schema::MONTHLY, "月份"),
    ] {
        let s = &l[name];
        let max = if key == "季度" { 4.0 } else { 12.0 };
        let mut seen = BTreeSet::new();
        for (r, row) in &s.rows {
            let k = s.number(row, key).unwrap();
            assert!(
                k.fract() == 0.0 && (1.0..=max).contains(&k),
                "{name}!{r}: {key} {k}"
            );
            assert!(
                seen.insert((s.unit(row, "单位").0, k as u32)),
                "{name}!{r}: duplicate"
            );
        }
    }
    let comm = &l[schema::COMMUNICATION];
    let comm_units: BTreeSet<_> = comm
        .rows
        .iter()
        .map(|(_, r)| comm.unit(r, "单位").0)
        .collect();
    assert_eq!(comm_units.len(), 12, "one 沟通机制 row per 区镇");
    for (r, row) in &l[schema::INSPECTIONS].rows {
        let v = l[schema::INSPECTIONS].number(row, "得分").unwrap();
        assert!((0.0..=2.5).contains(&v), "督查!{r}: 得分 {v}");
    }
    for (r, row) in &l[schema::TYPICAL].rows {
        if let Some(v) = l[schema::TYPICAL].number(row, "质量扣分") {
            assert!((0.5..=1.5).contains(&v), "典型案例!{r}: 质量扣分 {v}");
        }
    }
    let m = &l[schema::MEASURES];
    for (r, row) in &m.rows {
        assert!(m.date(row, "制定日期").is_some());
        assert!(!m.text(row, "举措名称").is_empty());
        let (_, cat) = m.unit(row, "单位");
        if let Some(v) = m.number(row, "扣分") {
            assert!(
                cat.is_department() && (2.5..=10.0).contains(&v),
                "服务举措!{r}: 扣分 {v}"
            );
            let done = m.flag(row, "已实施").unwrap() && m.flag(row, "已报送成果").unwrap();
            assert!(
                !done,
                "服务举措!{r}: 扣分 on a measure implemented and reported"
            );
        }
        match m.get(row, "完成比例") {
            Data::Empty => {}
            Data::Float(f) => assert!((0.0..=100.0).contains(f)),
            Data::String(s) => {
                let v: f64 = s.trim_end_matches('%').parse().unwrap();
                assert!((0.0..=100.0).contains(&v));
            }
            other => panic!("服务举措!{r}: 完成比例 {other:?}"),
        }
    }
    let o = &l[schema::OUTREACH];
    for (r, row) in &o.rows {
        assert_eq!(o.unit(row, "单位").1, Category::GroupA, "政企互动!{r}");
        assert_eq!(o.unit(row, "区镇").1, Category::Town, "政企互动!{r}");
    }
    let p = &l[schema::PRACTICES];
    for (r, row) in &p.rows {
        assert_eq!(p.unit(row, "单位").1, Category::GroupB, "提效实践!{r}");
    }
    let sv = &l[schema::SURVEY];
    let mut surveyed = BTreeSet::new();
    for (r, row) in &sv.rows {
        let v = sv.number(row, "得分").unwrap();
        assert!((60.0..=100.0).contains(&v), "满意度调查!{r}: {v}");
        surveyed.insert(sv.unit(row, "单位").0);
    }
    let all: BTreeSet<_> = roster.values().map(|(c, _)| *c).collect();
    assert_eq!(all.len(), 51);
    assert_eq!(surveyed, all, "every unit has a 满意度调查 row");
    // Every date cell of every sheet parses.
    for spec in SHEETS {
        let s = &l[spec.name];
        for c in spec.columns.iter().filter(|c| c.kind == schema::Kind::Date) {
            for (_, row) in &s.rows {
                s.date(row, c.header);
            }
        }
    }
}

#[test]
fn the_data_exercises_the_clauses() {
    let l = ledger();
    let cal = Calendar::new();
    let as_of = d(2017, 12, 31);

    // 热线工单: years, multi-unit cases, lateness tiers, open rows, chains.
    let h = &l[schema::HOTLINE];
    let mut years = BTreeMap::new();
    let mut units_of: BTreeMap<String, Vec<(Category, bool)>> = BTreeMap::new();
    let (mut tiers, mut open_overdue, mut not_yet_due, mut extended) = ([0; 3], 0, 0, 0);
    let mut verdicts = BTreeMap::new();
    let mut penalties = 0;
    for (_, row) in &h.rows {
        let hd = h.handling(row);
        *years.entry(hd.forwarded.year()).or_insert(0) += 1;
        units_of
            .entry(h.text(row, "工单编号"))
            .or_default()
            .push((h.unit(row, "承办单位").1, h.is_lead(row)));
        extended += hd.extended.is_some() as usize;
        penalties += h.number(row, "逾期扣分").is_some() as usize;
        match judge(&hd, as_of, &cal) {
            State::Overdue(o) => {
                tiers[match o.working_days {
                    0..=3 => 0,
                    4..=10 => 1,
                    _ => 2,
                }] += 1;
                open_overdue += o.completed.is_none() as usize;
            }
            State::NotYetDue { .. } if hd.forwarded.year() == 2017 => not_yet_due += 1,
            _ => {}
        }
        if h.text(row, "二次转办结果") == "不满意" {
            *verdicts.entry(h.text(row, "免责评判")).or_insert(0) += 1;
        }
    }
    assert!(
        years[&2016] > 0 && years[&2018] > 0,
        "rows outside the year: {years:?}"
    );
    let multi = units_of.values().filter(|u| u.len() > 1).count();
    let share = multi as f64 / units_of.len() as f64;
    assert!((0.08..=0.12).contains(&share), "multi-unit share {share}");
    assert!(
        units_of.values().any(|u| u.len() > 1
            && u.iter().any(|(c, lead)| *c == Category::Town && *lead)
            && u.iter().any(|(c, lead)| c.is_department() && !*lead)),
        "a 区镇主办 case with a department 协办"
    );
    assert!(units_of.values().any(|u| u.len() == 3));
    assert!(tiers.iter().all(|n| *n >= 10), "lateness tiers {tiers:?}");
    assert!(
        open_overdue >= 5 && not_yet_due >= 5,
        "open {open_overdue}/{not_yet_due}"
    );
    assert!(
        extended >= 30 && penalties >= 10,
        "extended {extended}, penalties {penalties}"
    );
    for v in ["免责", "不免责", ""] {
        assert!(
            verdicts.get(v).copied().unwrap_or(0) >= 3,
            "免责评判 {v:?}: {verdicts:?}"
        );
    }

    // 转办件: the four sources, multi-department items, duty failures.
    let t = &l[schema::TRANSFERS];
    let mut sources = BTreeSet::new();
    let mut failed = [0; 4];
    let mut solved = [0; 2];
    let mut items: BTreeMap<String, usize> = BTreeMap::new();
    for (_, row) in &t.rows {
        sources.insert(t.text(row, "来源"));
        *items.entry(t.text(row, "编号")).or_default() += 1;
        if t.unit(row, "承办单位").1.is_department() {
            let kept = ["按期沟通", "初步处理意见", "反馈结果"]
                .iter()
                .filter(|c| t.flag(row, c).unwrap())
                .count();
            failed[3 - kept] += 1;
        }
        if let Some(v) = t.flag(row, "问题解决") {
            solved[v as usize] += 1;
        }
    }
    assert_eq!(sources.len(), 4);
    assert!(failed.iter().all(|n| *n >= 3), "duties failed {failed:?}");
    assert!(solved[0] >= 5 && solved[1] >= 20, "问题解决 {solved:?}");
    assert!(items.values().filter(|n| **n > 1).count() >= 20);
    // 督办 ids are numeric cells, read as integer text.
    assert!(t
        .rows
        .iter()
        .any(|(_, r)| matches!(t.get(r, "编号"), Data::Float(_))));

    // Department 信息报送 below 6, 区镇 with missing months.
    let info = &l[schema::INFO];
    let mut n: BTreeMap<&str, usize> = BTreeMap::new();
    let mut months: BTreeMap<&str, BTreeSet<u32>> = BTreeMap::new();
    for (_, row) in &info.rows {
        let day = info.date(row, "日期").unwrap();
        if day.year() == 2017 {
            let u = info.unit(row, "单位").0;
            *n.entry(u).or_default() += 1;
            months.entry(u).or_default().insert(day.month());
        }
    }
    let depts = make_ledger::GROUP_A
        .iter()
        .chain(make_ledger::GROUP_B.iter());
    assert!(
        depts
            .filter(|u| n.get(*u).copied().unwrap_or(0) < 6)
            .count()
            >= 3
    );
    assert!(make_ledger::TOWNS.iter().any(|t| months[t].len() < 12));
    assert!(
        make_ledger::TOWNS
            .iter()
            .filter(|t| months[*t].len() == 12)
            .count()
            >= 4
    );

    // 典型案例: some 区镇 have none.
    let ty = &l[schema::TYPICAL];
    let with: BTreeSet<_> = ty.rows.iter().map(|(_, r)| ty.unit(r, "单位").0).collect();
    assert!(with.len() < 12 && with.len() >= 8);

    // 提效实践: a few B组 units with nothing implemented.
    let p = &l[schema::PRACTICES];
    let done: BTreeSet<_> = p
        .rows
        .iter()
        .filter(|(_, r)| p.flag(r, "已实施").unwrap())
        .map(|(_, r)| p.unit(r, "单位").0)
        .collect();
    assert_eq!(
        make_ledger::GROUP_B
            .iter()
            .filter(|b| !done.contains(*b))
            .count(),
        3
    );

    // 政企互动: A组 units reach 8–12 区镇, some all 12.
    let o = &l[schema::OUTREACH];
    let mut reached: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (_, row) in &o.rows {
        if o.date(row, "日期").unwrap().year() == 2017 {
            reached
                .entry(o.unit(row, "单位").0)
                .or_default()
                .insert(o.unit(row, "区镇").0);
        }
    }
    assert_eq!(reached.len(), 20);
    assert!(reached.values().all(|t| (8..=12).contains(&t.len())));
    assert!(reached.values().any(|t| t.len() == 12) && reached.values().any(|t| t.len() < 12));

    // 满意度调查: in each group, departments below the group average by
    // at most 5 and by more than 5.
    let sv = &l[schema::SURVEY];
    let mut scores: BTreeMap<&str, (f64, f64)> = BTreeMap::new();
    for (_, row) in &sv.rows {
        let e = scores.entry(sv.unit(row, "单位").0).or_default();
        e.0 += sv.number(row, "得分").unwrap();
        e.1 += 1.0;
    }
    for group in [&make_ledger::GROUP_A[..], &make_ledger::GROUP_B[..]] {
        let mean: Vec<f64> = group.iter().map(|u| scores[u].0 / scores[u].1).collect();
        let avg = mean.iter().sum::<f64>() / mean.len() as f64;
        let near = mean
            .iter()
            .filter(|s| **s < avg && avg - **s <= 5.0)
            .count();
        let far = mean.iter().filter(|s| avg - **s > 5.0).count();
        assert!(near >= 2 && far >= 2, "below by ≤5: {near}, by >5: {far}");
    }

    // How people type: several date styles, flag styles and aliases.
    let mut styles = BTreeSet::new();
    for (_, row) in &h.rows {
        styles.insert(match h.get(row, "转办日期") {
            Data::DateTime(_) => "excel",
            Data::String(s) if s.contains('年') => "年月日",
            Data::String(s) if s.contains('/') => "slash",
            Data::String(s) if s.contains('.') => "dot",
            _ => "dash",
        });
    }
    assert_eq!(styles.len(), 5, "{styles:?}");
    let mut aliases = BTreeSet::new();
    for s in l.values() {
        for c in ["单位", "承办单位", "区镇"] {
            let Some(i) = s.headers.iter().position(|h| h == c) else {
                continue;
            };
            for (_, r) in &s.rows {
                if let Some(Data::String(v)) = r.get(i) {
                    let v = trim(v);
                    if make_ledger::ALIASES.iter().any(|(_, a)| a.contains(&v)) {
                        aliases.insert(v.to_string());
                    }
                }
            }
        }
    }
    assert!(aliases.len() >= 8, "aliases used: {aliases:?}");
}
