//! Test helpers: a ledger builder (rust_xlsxwriter) and the `ksfk` binary.
#![allow(dead_code)]

use assert_cmd::Command;
use ksfk::schema;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::path::{Path, PathBuf};

/// A cell of a test ledger.
#[derive(Debug, Clone)]
pub enum C {
    S(String),
    N(f64),
    B(bool),
    /// A real Excel date.
    D(u16, u8, u8),
}

pub fn s(v: &str) -> C {
    C::S(v.to_string())
}

pub fn n(v: f64) -> C {
    C::N(v)
}

pub fn d(y: u16, m: u8, day: u8) -> C {
    C::D(y, m, day)
}

#[derive(Clone)]
struct Sheet {
    name: String,
    headers: Vec<String>,
    /// Rows below the header, each a list of (header, cell); a header not in
    /// `headers` goes to a new column at the end.
    rows: Vec<Vec<(String, C)>>,
    /// Cells placed anywhere: (row, col, value), 0-based.
    loose: Vec<(u32, u16, C)>,
    /// Rows above the header (a title row).
    offset: u32,
}

/// A ledger workbook built in code.
#[derive(Clone)]
pub struct TestLedger {
    sheets: Vec<Sheet>,
}

pub use ksfk::ledger::roster::TOWNS;

impl TestLedger {
    /// Every sheet with its header row and nothing else.
    pub fn headers_only() -> TestLedger {
        TestLedger {
            sheets: schema::SHEETS
                .iter()
                .map(|s| Sheet {
                    name: s.name.to_string(),
                    headers: s.columns.iter().map(|c| c.header.to_string()).collect(),
                    rows: Vec::new(),
                    loose: Vec::new(),
                    offset: 0,
                })
                .collect(),
        }
    }

    /// The smallest valid ledger for the built-in roster: a 沟通机制 row
    /// for every 区镇 (all 是) and one 满意度调查 row of 90 for every unit.
    pub fn valid() -> TestLedger {
        let mut t = TestLedger::headers_only();
        for town in TOWNS {
            t = t.row("沟通机制", &communication_row(town));
        }
        for unit in all_units() {
            t = t.row("满意度调查", &[("单位", s(&unit)), ("得分", n(90.0))]);
        }
        t
    }

    fn sheet_mut(&mut self, name: &str) -> &mut Sheet {
        if let Some(i) = self.sheets.iter().position(|s| s.name == name) {
            return &mut self.sheets[i];
        }
        self.sheets.push(Sheet {
            name: name.to_string(),
            headers: Vec::new(),
            rows: Vec::new(),
            loose: Vec::new(),
            offset: 0,
        });
        self.sheets.last_mut().unwrap()
    }

    /// Appends a data row given by header names.
    pub fn row(mut self, sheet: &str, cells: &[(&str, C)]) -> TestLedger {
        let sh = self.sheet_mut(sheet);
        for (h, _) in cells {
            if !sh.headers.iter().any(|x| x == h) {
                sh.headers.push(h.to_string());
            }
        }
        sh.rows.push(
            cells
                .iter()
                .map(|(h, c)| (h.to_string(), c.clone()))
                .collect(),
        );
        self
    }

    /// Removes a sheet.
    pub fn without_sheet(mut self, name: &str) -> TestLedger {
        self.sheets.retain(|s| s.name != name);
        self
    }

    /// Replaces the header row of a sheet.
    pub fn headers(mut self, sheet: &str, headers: &[&str]) -> TestLedger {
        self.sheet_mut(sheet).headers = headers.iter().map(|h| h.to_string()).collect();
        self
    }

    /// Puts a value in any cell (0-based row and column).
    pub fn cell(mut self, sheet: &str, row: u32, col: u16, c: C) -> TestLedger {
        self.sheet_mut(sheet).loose.push((row, col, c));
        self
    }

    /// Shifts a sheet down one row and writes a title in A1.
    pub fn title_row(mut self, sheet: &str, title: &str) -> TestLedger {
        let sh = self.sheet_mut(sheet);
        sh.loose.push((0, 0, s(title)));
        sh.offset = 1;
        self
    }

    pub fn save(&self, path: &Path) {
        let mut wb = Workbook::new();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        for sh in &self.sheets {
            let offset = sh.offset;
            let ws = wb.add_worksheet();
            ws.set_name(&sh.name).unwrap();
            for (c, h) in sh.headers.iter().enumerate() {
                ws.write_string(offset, c as u16, h).unwrap();
            }
            for (r, row) in sh.rows.iter().enumerate() {
                for (h, v) in row {
                    let c = sh.headers.iter().position(|x| x == h).unwrap() as u16;
                    write(ws, offset + 1 + r as u32, c, v, &date);
                }
            }
            for (r, c, v) in &sh.loose {
                write(ws, *r, *c, v, &date);
            }
        }
        wb.save(path).unwrap();
    }
}

impl TestLedger {
    /// Saves the ledger split across several files in `dir`, as
    /// [`split_workbook`] splits it (rows renumbered from 2 in each copy).
    pub fn save_split(&self, dir: &Path, parts: &[(&str, &[&str])]) -> Vec<PathBuf> {
        let whole = tmp();
        let p = save(self, whole.path());
        split_workbook(&p, dir, parts, false)
    }
}

/// Splits the workbook `src` into files in `dir`: each part is a file name
/// and the sheets it holds. A sheet named in k parts has its data rows cut
/// into k consecutive chunks, the first part taking the first chunk; each
/// copy has the sheet's header row. With `keep_rows` every data row stays
/// at its row number (the rows of the other chunks left empty), so places
/// differ from the whole workbook's only by their file name. Sheets named
/// in no part are left out. Cells keep their values: dates stay dates
/// (the same serial, a date format).
pub fn split_workbook(
    src: &Path,
    dir: &Path,
    parts: &[(&str, &[&str])],
    keep_rows: bool,
) -> Vec<PathBuf> {
    use calamine::{open_workbook_auto, Data, Reader};
    let mut book = open_workbook_auto(src).unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let mut ranges = std::collections::HashMap::new();
    for (_, sheets) in parts {
        for name in *sheets {
            if !ranges.contains_key(*name) {
                let range = book.worksheet_range(name).unwrap();
                assert_eq!(range.start(), Some((0, 0)), "{name} starts at A1");
                ranges.insert(name.to_string(), range);
            }
        }
    }
    let mut taken: std::collections::HashMap<&str, usize> = Default::default();
    let mut paths = Vec::new();
    for (file, sheets) in parts {
        let mut wb = Workbook::new();
        for name in *sheets {
            let copies = parts.iter().filter(|(_, s)| s.contains(name)).count();
            let chunk = taken.entry(name).or_insert(0);
            let range = &ranges[*name];
            let data = range.height().saturating_sub(1);
            let (from, to) = (data * *chunk / copies, data * (*chunk + 1) / copies);
            *chunk += 1;
            let ws = wb.add_worksheet();
            ws.set_name(*name).unwrap();
            let all: Vec<&[Data]> = range.rows().collect();
            let rows = std::iter::once(0).chain(from + 1..to + 1);
            for (out, r) in rows.enumerate() {
                let at = if keep_rows { r } else { out } as u32;
                for (c, v) in all[r].iter().enumerate() {
                    let c = c as u16;
                    match v {
                        Data::Empty | Data::Error(_) => {}
                        Data::String(x) => {
                            ws.write_string(at, c, x).unwrap();
                        }
                        Data::Float(x) => {
                            ws.write_number(at, c, *x).unwrap();
                        }
                        Data::Int(x) => {
                            ws.write_number(at, c, *x as f64).unwrap();
                        }
                        Data::Bool(x) => {
                            ws.write_boolean(at, c, *x).unwrap();
                        }
                        Data::DateTime(x) => {
                            ws.write_number_with_format(at, c, x.as_f64(), &date)
                                .unwrap();
                        }
                        Data::DateTimeIso(x) | Data::DurationIso(x) => {
                            ws.write_string(at, c, x).unwrap();
                        }
                    }
                }
            }
        }
        let p = dir.join(file);
        wb.save(&p).unwrap();
        paths.push(p);
    }
    paths
}

fn write(ws: &mut rust_xlsxwriter::Worksheet, r: u32, c: u16, v: &C, date: &Format) {
    match v {
        C::S(x) => ws.write_string(r, c, x).map(|_| ()),
        C::N(x) => ws.write_number(r, c, *x).map(|_| ()),
        C::B(x) => ws.write_boolean(r, c, *x).map(|_| ()),
        C::D(y, m, dd) => {
            let dt = ExcelDateTime::from_ymd(*y, *m, *dd).unwrap();
            ws.write_datetime_with_format(r, c, &dt, date).map(|_| ())
        }
    }
    .unwrap();
}

/// A row of cells given by header names.
pub type Row = Vec<(&'static str, C)>;

/// `v` followed by `extra`.
pub fn with(mut v: Row, extra: impl AsRef<[(&'static str, C)]>) -> Row {
    v.extend(extra.as_ref().iter().cloned());
    v
}

/// A 沟通机制 row with every flag 是.
pub fn communication_row(unit: &str) -> Row {
    let mut r = vec![("单位", s(unit))];
    for c in &schema::sheet(schema::COMMUNICATION).columns[1..] {
        r.push((c.header, s("是")));
    }
    r
}

/// The 51 built-in unit names.
pub fn all_units() -> Vec<String> {
    let r = ksfk::ledger::roster::builtin();
    r.units().iter().map(|u| u.name.clone()).collect()
}

/// A fresh temporary folder.
pub fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Saves `t` as `ledger.xlsx` in `dir` and returns its path.
pub fn save(t: &TestLedger, dir: &Path) -> PathBuf {
    let p = dir.join("ledger.xlsx");
    t.save(&p);
    p
}

/// The built binary.
pub fn ksfk() -> Command {
    Command::cargo_bin("ksfk").unwrap()
}

/// Runs `ksfk check LEDGER --year 2017` and returns (status, stdout, stderr).
pub fn check(path: &Path) -> (i32, String, String) {
    run(&["check", path.to_str().unwrap(), "--year", "2017"])
}

/// Runs ksfk with `args` and returns (status, stdout, stderr). Every
/// message it prints is scanned for doubled punctuation
/// ([`assert_no_doubled_punctuation`]).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = ksfk().args(args).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_no_doubled_punctuation(&stdout);
    assert_no_doubled_punctuation(&stderr);
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

/// Two marks where the sentence wants one: `（（`, `？；`, `。。`, … A
/// message built from pieces that each bring their own mark shows them.
/// (`））` is left out: a bracket inside a bracket closes so.)
pub const DOUBLED: [&str; 15] = [
    "（（", "？；", "？。", "。。", "，，", "：：", "；；", "。；", "；。", "，。", "。，", "：。",
    "，；", "；，", "、、",
];

/// Panics naming the line with doubled punctuation, if any.
pub fn assert_no_doubled_punctuation(text: &str) {
    for line in text.lines() {
        for d in DOUBLED {
            assert!(
                !line.contains(d),
                "doubled punctuation {d} in a message:\n{line}"
            );
        }
    }
}

/// Terminal text with its wrapped lines joined again: ksfk wraps a long
/// line to 80 columns (docs/outputs.md) and indents its continuation two
/// more than the line, so a line indented exactly two deeper than an
/// indented line (a listed warning or a changed entry) is joined to it (a
/// space put back between two letters or digits, where the break took one).
/// Lines at the margin are headings, whose items are indented: never joined.
pub fn unwrapped(text: &str) -> String {
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let mut lines: Vec<String> = Vec::new();
    let mut base: Vec<usize> = Vec::new();
    for line in text.lines() {
        if let (Some(last), Some(&b)) = (lines.last_mut(), base.last()) {
            if b >= 2 && !line.trim().is_empty() && indent(line) == b + 2 {
                let rest = line.trim_start();
                let ascii = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if ascii(last.chars().last()) && ascii(rest.chars().next()) {
                    last.push(' ');
                }
                last.push_str(rest);
                continue;
            }
        }
        base.push(indent(line));
        lines.push(line.to_string());
    }
    let mut out = lines.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Asserts a failed check whose stderr has a line starting with `place`
/// and containing every one of `words`.
pub fn assert_error(path: &Path, place: &str, words: &[&str]) {
    let (code, _, err) = check(path);
    assert_eq!(code, 1, "exit status, stderr:\n{err}");
    let at_place: Vec<&str> = err
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with(&format!("{place} ")) || l.starts_with(&format!("{place}：")))
        .collect();
    assert!(!at_place.is_empty(), "no error at {place} in:\n{err}");
    assert!(
        at_place.iter().any(|l| words.iter().all(|w| l.contains(w))),
        "no error at {place} with {words:?} in:\n{}",
        at_place.join("\n")
    );
}

/// The columns a line takes in a terminal: East Asian wide and full-width
/// characters take two, others one (worked out here, not by ksfk).
pub fn display_width(line: &str) -> usize {
    line.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// A hotline case of `unit`, two working days late (Wed 2017-03-01 → Fri
/// 03-03), so a department is charged the default 5 (R4) on D3.2.
#[allow(dead_code)]
pub fn late_case(id: &str, unit: &str) -> Row {
    vec![
        ("工单编号", s(id)),
        ("承办单位", s(unit)),
        ("转办日期", d(2017, 2, 20)),
        ("办理时限", d(2017, 3, 1)),
        ("办结日期", d(2017, 3, 3)),
    ]
}

/// The unit named `name` in `ksfk score --json` output.
#[allow(dead_code)]
pub fn json_unit<'v>(v: &'v serde_json::Value, name: &str) -> &'v serde_json::Value {
    v["units"]
        .as_array()
        .and_then(|units| units.iter().find(|u| u["name"] == name))
        .unwrap_or_else(|| panic!("no unit {name}"))
}

#[allow(dead_code)]
/// The XML of a sheet of an xlsx, found by its name through workbook.xml
/// and its relationships.
pub fn sheet_xml(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut read = |file: &str| {
        let mut f = zip.by_name(file).unwrap();
        let mut out = String::new();
        std::io::Read::read_to_string(&mut f, &mut out).unwrap();
        out
    };
    let wb = read("xl/workbook.xml");
    let rels = read("xl/_rels/workbook.xml.rels");
    let tag = wb
        .split("<sheet ")
        .skip(1)
        .find(|t| t.contains(&format!("name=\"{name}\"")))
        .unwrap_or_else(|| panic!("no sheet {name}"));
    let rid = tag.split("r:id=\"").nth(1).unwrap();
    let rid = &rid[..rid.find('"').unwrap()];
    let rel = rels
        .split("<Relationship ")
        .find(|t| t.contains(&format!("Id=\"{rid}\"")))
        .unwrap();
    let target = rel.split("Target=\"").nth(1).unwrap();
    let target = &target[..target.find('"').unwrap()];
    read(&format!("xl/{}", target.trim_start_matches("/xl/")))
}
