//! One reader per docs/ledger.md sheet: cells → model records, with the
//! sheet-specific checks (duplicates, one 主办 per case, the 二次转办 chain,
//! ranges, coverage of 沟通机制 and 满意度调查) and the year filter.
//!
//! A ledger may come as several workbooks (docs/ledger.md, One workbook or
//! several): a sheet is gathered by name across the files, each copy read
//! with its own header, in file order, so the cross-row checks below
//! (duplicates, one 主办 per case, R5's department count, coverage) see the
//! rows of every file as one sheet. Places name the file when there are
//! several ([`Copies::place`], [`RowReader::at`]).

use super::cells::{self, Val};
use super::roster::{self, suggest};
use super::source::SINGLE_FILE_SHEETS;
use super::{read_sheet, Book, Columns, LedgerError, Problem, RowReader};
use crate::model::*;
use crate::schema::{self, Kind, SheetSpec};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

mod activities;
mod appeals;
mod cases;
mod holidays;
mod reports;
mod survey;
#[cfg(test)]
mod testkit;
mod units;
mod year;

use year::decide_year;

/// One open workbook of the run, with the name places give it (`None`
/// when it is the only one).
pub(crate) struct Source {
    pub file: Option<&'static str>,
    pub book: Book,
}

/// The copies of one ledger sheet that were read, one per file holding it,
/// in file order: each knows its own header's columns.
pub(crate) struct Copies(Vec<Columns>);

impl Copies {
    /// Whether every copy has the column.
    fn has(&self, header: &str) -> bool {
        self.0.iter().all(|c| c.has(header))
    }

    /// The place of a column in the row at `at`, in that row's file.
    fn place(&self, header: &str, at: Place) -> String {
        match self.0.iter().find(|c| c.file == at.file()) {
            Some(cols) => cols.place(header, at.row),
            None => at.to_string(),
        }
    }
}

/// Everything one run of the reader collects.
struct Reading<'b> {
    books: &'b mut [Source],
    /// The sheet names of each book.
    names: Vec<Vec<String>>,
    /// Uncovered units of 满意度调查 (their names), checked once the run is
    /// known to be interim or not.
    survey_uncovered: Vec<String>,
    /// True when 满意度调查 has no data row at all (the survey results
    /// are not in yet).
    survey_empty: bool,
    /// The sheet column of each date column that decides a row's year, per
    /// copy read: (file, sheet, header, 0-based column), so that a row
    /// dated after the year is named by its cell (`热线工单!D9`).
    date_columns: Vec<(Option<&'static str>, &'static str, &'static str, u32)>,
    roster: Roster,
    problems: Vec<Problem>,
    warnings: Findings,
    counts: Vec<SheetCount>,
}

/// Reads every sheet, in docs/ledger.md order, each gathered across `books`.
/// The rows are read whatever their dates; the year (`--year`, or inferred
/// from the rows) is decided once every row is read, and only then are the
/// rows outside it set apart. `as_of` decides whether the run is interim
/// (a unit may then have no 满意度调查 rows yet).
pub(crate) fn read_ledger(
    books: &mut [Source],
    year: Option<i32>,
    as_of: Option<NaiveDate>,
) -> Result<Ledger, LedgerError> {
    let names = books.iter().map(|b| b.book.sheet_names()).collect();
    let mut r = Reading {
        books,
        names,
        survey_uncovered: Vec::new(),
        survey_empty: false,
        date_columns: Vec::new(),
        roster: Roster::default(),
        problems: Vec::new(),
        warnings: Findings::default(),
        counts: Vec::new(),
    };
    r.check_ambiguous_sheets();
    r.check_files();
    let roster_from_sheet = r.read_roster();
    for spec in schema::SHEETS {
        if r.copies(spec.name).is_empty() {
            let similar = r.similar_sheet(spec.name);
            let message = match similar {
                Some(other) => format!(
                    "缺少工作表「{}」：工作簿中有「{other}」，如果它就是该表，请把它改名为「{}」",
                    spec.name, spec.name
                ),
                None => format!(
                    "缺少工作表「{}」：台账须包含该工作表（没有记录时也须保留表头行）",
                    spec.name
                ),
            };
            r.problems.push(Problem {
                place: spec.name.to_string(),
                column: None,
                value: None,
                message,
            });
        }
    }
    let mut ledger = Ledger {
        roster_from_sheet,
        ..Ledger::default()
    };
    let (hotline, transfers) = r.all_sheets(&mut ledger);
    // 满意度调查 must cover every unit, except in an interim run, where the
    // survey may not have been made yet (docs/rules.md, Interim runs). The year
    // is not decided yet: the one the rows point at decides it here.
    let interim = as_of.is_some_and(|d| {
        let y = decide_year(year, &hotline, &transfers, &ledger).map_or(d.year(), |(y, _)| y);
        is_interim(y, d)
    });
    // One error for the sheet, listing the units, so that it never buries
    // the cells' errors (docs/ledger.md, Every error names its place).
    let uncovered = std::mem::take(&mut r.survey_uncovered);
    if !interim && !uncovered.is_empty() {
        let message = if r.survey_empty {
            format!(
                "没有任何行：第三方满意度调查的结果尚未录入。年终考核须每个单位至少有一行（缺少{}个单位的结果：{}）；年度中途检查或暂计考核请加 --as-of 日期（如 --as-of {}-06-30）",
                uncovered.len(),
                units_text(&uncovered),
                year.or_else(|| as_of.map(|d| d.year()))
                    .map_or_else(|| "2017".to_string(), |y| y.to_string())
            )
        } else {
            format!(
                "缺少{}个单位的满意度调查结果（{}）：每个单位至少须有一行",
                uncovered.len(),
                units_text(&uncovered)
            )
        };
        r.problems.push(Problem {
            place: schema::SURVEY.to_string(),
            column: Some("单位".into()),
            value: None,
            message,
        });
    }
    if !r.problems.is_empty() {
        return Err(LedgerError::Invalid {
            problems: r.problems,
            warnings: r.warnings.finish(year.unwrap_or_default()),
        });
    }
    let (year, inferred) = decide_year(year, &hotline, &transfers, &ledger)?;
    let interim_as_of = as_of.filter(|d| is_interim(year, *d));
    r.filter_years(&mut ledger, year, interim_as_of, hotline, transfers);
    ledger.year = year;
    ledger.year_inferred = inferred;
    ledger.roster = r.roster;
    ledger.counts = r.counts;
    ledger.warnings = r.warnings.finish(year);
    Ok(ledger)
}

/// `昆山开发区、昆山高新区、…`: the names of units missing from a sheet,
/// at most [`UNITS_LISTED`] of them.
fn units_text(names: &[String]) -> String {
    let mut text = names
        .iter()
        .take(UNITS_LISTED)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("、");
    if names.len() > UNITS_LISTED {
        text.push_str("、…");
    }
    text
}

/// How many units a coverage error names before `…`.
const UNITS_LISTED: usize = 60;

impl Reading<'_> {
    /// Every sheet after 单位名单, in docs/ledger.md order: 热线工单 and
    /// 转办件 handed back (the year filter needs them), the others into
    /// `ledger`.
    fn all_sheets(&mut self, ledger: &mut Ledger) -> (Vec<HotlineRow>, Vec<TransferRow>) {
        let hotline = self.hotline();
        (hotline, self.after_hotline(ledger))
    }

    /// The sheets after 热线工单: 转办件 handed back, the others into
    /// `ledger`.
    fn after_hotline(&mut self, ledger: &mut Ledger) -> Vec<TransferRow> {
        let transfers = self.transfers();
        self.rest(ledger);
        ledger.appeals = self.appeals();
        ledger.holidays = self.holidays();
        transfers
    }

    /// Every sheet but 单位名单, 热线工单 and 转办件, into `ledger`, with
    /// every row whatever its date.
    fn rest(&mut self, ledger: &mut Ledger) {
        let r = self;
        ledger.meetings = r.meetings();
        ledger.salons = r.salons();
        ledger.communication = r.communication();
        ledger.summaries = r.summaries();
        ledger.monthly_reports = r.monthly_reports();
        ledger.info = r.info();
        ledger.typical_cases = r.typical_cases();
        ledger.inspections = r.inspections();
        ledger.measures = r.measures();
        ledger.outreach = r.outreach();
        ledger.practices = r.practices();
        ledger.surveys = r.surveys();
    }
}

fn in_range(d: Decimal, min: &str, max: &str) -> bool {
    let (min, max): (Decimal, Decimal) = (
        min.parse().unwrap_or_default(),
        max.parse().unwrap_or_default(),
    );
    d >= min && d <= max
}

/// The range check of a `Kind::Number` column of the schema.
fn number_of(spec: &SheetSpec, header: &str) -> impl Fn(&Val) -> Result<Decimal, String> {
    let (min, max) = match spec.column(header).map(|c| c.kind) {
        Some(Kind::Number { min, max }) => (min, max),
        _ => ("-1e27", "1e27"),
    };
    move |v: &Val| {
        let n = cells::number(v)?;
        if in_range(n, min, max) {
            Ok(n)
        } else {
            Err(format!("超出范围（应在{min}–{max}之间）"))
        }
    }
}

/// A workbook's name for a ledger sheet (names are compared trimmed).
fn actual_name(names: &[String], name: &str) -> Option<String> {
    names.iter().find(|n| cells::trim(n) == name).cloned()
}

impl Reading<'_> {
    /// The books holding a sheet, in file order: (book index, its name there).
    fn copies(&self, name: &str) -> Vec<(usize, String)> {
        self.names
            .iter()
            .enumerate()
            .filter_map(|(i, names)| actual_name(names, name).map(|n| (i, n)))
            .collect()
    }

    /// Two sheets of one workbook whose names both match one ledger sheet
    /// after trimming (`" 热线工单"` beside `"热线工单"`, or the same name
    /// twice in the workbook's list): an error naming both, never a silent
    /// choice.
    fn check_ambiguous_sheets(&mut self) {
        let wanted: Vec<&str> = SINGLE_FILE_SHEETS
            .iter()
            .copied()
            .chain([schema::HOLIDAYS])
            .chain(schema::SHEETS.iter().map(|s| s.name))
            .collect();
        for (book, names) in self.books.iter().zip(&self.names) {
            for name in &wanted {
                let found: Vec<&String> =
                    names.iter().filter(|n| cells::trim(n) == *name).collect();
                if found.len() > 1 {
                    let listed: Vec<String> = found.iter().map(|n| format!("「{n}」")).collect();
                    self.problems.push(Problem {
                        place: crate::ledger::sheet_place(book.file, name),
                        column: None,
                        value: None,
                        message: format!(
                            "工作簿中有{}个工作表都是「{name}」：{}（名称去掉首尾空格后相同，或同名）：无法确定读哪一个，请删除或改名多余的工作表",
                            found.len(),
                            listed.join("、")
                        ),
                    });
                }
            }
        }
    }

    /// Across files: a sheet of [`SINGLE_FILE_SHEETS`] in two files is an
    /// error naming both; so is a file of a run of several (from a folder
    /// or named) that holds no ledger sheet at all (docs/ledger.md, One
    /// workbook or several): skipped, a stray 申诉 or 热线 file whose sheet
    /// names could not be read would change the scores unseen. (A run of
    /// one file reports the missing sheets instead.)
    fn check_files(&mut self) {
        for name in SINGLE_FILE_SHEETS {
            let copies = self.copies(name);
            if copies.len() > 1 {
                let files: Vec<&str> = copies
                    .iter()
                    .map(|(i, _)| self.books[*i].file.unwrap_or_default())
                    .collect();
                self.problems.push(Problem {
                    place: name.to_string(),
                    column: None,
                    value: None,
                    message: format!(
                        "工作表「{name}」只能在一个文件中，但{}都有该工作表：请只保留一份",
                        files.join("与")
                    ),
                });
            }
        }
        for (book, names) in self.books.iter().zip(&self.names) {
            let Some(file) = book.file else { continue };
            let known = names.iter().any(|n| {
                let n = cells::trim(n);
                SINGLE_FILE_SHEETS.contains(&n)
                    || n == schema::HOLIDAYS
                    || schema::SHEETS.iter().any(|s| s.name == n)
            });
            if !known {
                let shown: Vec<String> = names
                    .iter()
                    .take(5)
                    .map(|n| format!("「{}」", crate::term::escape(n)))
                    .collect();
                let more = if names.len() > 5 { "等" } else { "" };
                let held = if names.is_empty() {
                    "没有工作表".to_string()
                } else {
                    format!("其工作表为{}{more}", shown.join("、"))
                };
                self.problems.push(Problem {
                    place: file.to_string(),
                    column: None,
                    value: None,
                    message: format!(
                        "该文件中没有任何台账工作表（{held}）：它不是台账，或工作表名无法正确读取。不是台账的文件请移出台账文件夹（或不在命令行中指定）；若是台账，请检查工作表名，或在Excel或WPS中打开后另存为.xlsx文件再试"
                    ),
                });
            }
        }
    }

    /// Reads one sheet from every file holding it, in file order, counting
    /// each copy's rows; `None` if no file holds it, or if a copy's header
    /// is unusable (its rows were not read, so checks across the rows
    /// would mislead).
    fn sheet(&mut self, name: &str, on_row: impl FnMut(&mut RowReader, &Roster)) -> Option<Copies> {
        let spec = schema::sheet(name);
        let copies = self.copies(name);
        if copies.is_empty() {
            return None;
        }
        let roster = &self.roster;
        let mut on_row = on_row;
        let mut read = Vec::with_capacity(copies.len());
        let mut complete = true;
        for (i, actual) in copies {
            let source = &mut self.books[i];
            let mut rows = 0;
            let cols = read_sheet(
                &mut source.book,
                source.file,
                &actual,
                spec,
                &mut self.problems,
                |r| {
                    rows += 1;
                    on_row(r, roster)
                },
            );
            self.counts.push(SheetCount {
                file: source.file,
                sheet: spec.name,
                rows,
                left_out: 0,
            });
            match cols {
                Some(cols) => read.push(cols),
                None => complete = false,
            }
        }
        for cols in &read {
            self.note_ignored(cols);
            for header in ["日期", "转办日期", "制定日期"] {
                let i = cols.spec.columns.iter().position(|c| c.header == header);
                if let Some(c) = i.and_then(|i| cols.at[i]) {
                    self.date_columns.push((cols.file, spec.name, header, c));
                }
            }
        }
        complete.then_some(Copies(read))
    }

    fn warn_category(&mut self, place: Place, unit: UnitId, allowed: &[Category], what: &str) {
        let u = self.roster.get(unit);
        if !allowed.contains(&u.category) {
            self.warnings.push_with(kinds::WRONG_CATEGORY, || {
                Warning::new(
                    kinds::WRONG_CATEGORY,
                    Some(&u.name),
                    place.to_string(),
                    format!(
                        "{}是{}，{}只对{}计分，该行不计分",
                        u.name,
                        u.category,
                        what,
                        allowed
                            .iter()
                            .map(|c| c.label())
                            .collect::<Vec<_>>()
                            .join("、")
                    ),
                )
            });
        }
    }

    /// A sheet of one of the workbooks whose name is like `name`
    /// (`转办件 (2)`, `转办件表`, `转办 件`) and is no ledger sheet itself.
    fn similar_sheet(&self, name: &str) -> Option<String> {
        let known =
            |n: &str| schema::SHEETS.iter().any(|s| s.name == n) || SINGLE_FILE_SHEETS.contains(&n);
        self.names
            .iter()
            .flatten()
            .filter(|n| !known(cells::trim(n)))
            .map(|n| {
                let compact = cells::normalize_header(n);
                let distance = strsim::levenshtein(&compact, name);
                let score = if compact.contains(name) { 0 } else { distance };
                (score, n)
            })
            .filter(|(score, _)| *score <= 2 && *score < name.chars().count())
            .min_by_key(|(score, _)| *score)
            .map(|(_, n)| n.clone())
    }

    /// A note listing the header cells of a sheet (one file's copy) that
    /// are no column of it.
    fn note_ignored(&mut self, cols: &Columns) {
        if cols.ignored.is_empty() {
            return;
        }
        let list = cols
            .ignored
            .iter()
            .map(|(c, h)| format!("{h}（{}1）", super::column_letters(*c)))
            .collect::<Vec<_>>()
            .join("、");
        self.warnings.push(Warning::new(
            kinds::IGNORED_COLUMN,
            None,
            crate::ledger::sheet_place(cols.file, cols.sheet),
            format!("忽略的列：{list}（不是本表的列，不读取）"),
        ));
    }

    fn duplicate(&mut self, cols: &Copies, header: &str, at: Place, first: Place, what: &str) {
        self.problems.push(Problem {
            place: cols.place(header, at),
            column: Some(header.to_string()),
            value: None,
            message: format!("{what}重复：与{}相同，每个只能有一行", first.row_from(&at)),
        });
    }
}

fn place(sheet: &'static str, r: &RowReader) -> Place {
    r.at(sheet)
}

/// The message for a unit name the roster does not know.
fn unknown_unit(roster: &Roster, name: &str, only: Option<Category>) -> String {
    let mut s = suggest(roster, name);
    if let Some(c) = only {
        s.retain(|n| roster.find(n).is_some_and(|u| u.category == c));
    }
    if s.is_empty() {
        "不在单位名单中：请使用名单中的单位名称或别名".to_string()
    } else {
        format!("不在单位名单中：是否应为「{}」？", s.join("」或「"))
    }
}

/// A required unit column resolved against the roster.
fn unit(r: &mut RowReader, header: &str, roster: &Roster) -> Option<UnitId> {
    r.get(header, true, |v| {
        let name = cells::text(v).unwrap_or_default();
        roster
            .find(&name)
            .map(|u| u.id)
            .ok_or_else(|| unknown_unit(roster, &name, None))
    })
}
