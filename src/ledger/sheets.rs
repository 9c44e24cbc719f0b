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

/// `2016年、2017年`.
fn years_text(years: &[i32]) -> String {
    years
        .iter()
        .map(|y| format!("{y}年"))
        .collect::<Vec<_>>()
        .join("、")
}

/// The year of the run (docs/ledger.md, The year): `--year` when given, which
/// must hold at least one dated row when the ledger has any; else the year
/// in which most 热线工单 and 转办件 rows were forwarded (of all dated rows
/// when those two sheets are empty). Returns the year and whether it was
/// inferred.
fn decide_year(
    given: Option<i32>,
    hotline: &[HotlineRow],
    transfers: &[TransferRow],
    ledger: &Ledger,
) -> Result<(i32, bool), LedgerError> {
    use std::collections::BTreeMap;
    let mut forwarded: BTreeMap<i32, usize> = BTreeMap::new();
    for d in hotline
        .iter()
        .map(|r| r.handling.forwarded)
        .chain(transfers.iter().map(|r| r.handling.forwarded))
    {
        *forwarded.entry(d.year()).or_insert(0) += 1;
    }
    let mut dated = forwarded.clone();
    let others = (ledger.meetings.iter().map(|r| r.date))
        .chain(ledger.salons.iter().map(|r| r.date))
        .chain(ledger.info.iter().map(|r| r.date))
        .chain(ledger.typical_cases.iter().map(|r| r.date))
        .chain(ledger.measures.iter().map(|r| r.date))
        .chain(ledger.outreach.iter().map(|r| r.date))
        .chain(ledger.practices.iter().map(|r| r.date));
    for d in others {
        *dated.entry(d.year()).or_insert(0) += 1;
    }
    let held: Vec<i32> = dated.keys().copied().collect();
    if let Some(year) = given {
        if !held.is_empty() && !dated.contains_key(&year) {
            return Err(LedgerError::Year(format!(
                "台账中没有{year}年的记录（记录在{}），请检查 --year",
                years_text(&held)
            )));
        }
        return Ok((year, false));
    }
    let counts = if forwarded.is_empty() {
        &dated
    } else {
        &forwarded
    };
    let Some(most) = counts.values().copied().max() else {
        return Err(LedgerError::Year(
            "未指定 --year，台账中也没有带日期的记录，无法推断考核年度：请用 --year 指定（如 --year 2017）"
                .into(),
        ));
    };
    let top: Vec<i32> = counts
        .iter()
        .filter(|(_, n)| **n == most)
        .map(|(y, _)| *y)
        .collect();
    match top.as_slice() {
        [year] => Ok((*year, true)),
        _ => Err(LedgerError::Year(format!(
            "未指定 --year，台账中{}的记录一样多（各{most}行），无法推断考核年度：请用 --year 指定",
            years_text(&top)
        ))),
    }
}

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

    /// Sets apart the rows dated outside `year` (docs/ledger.md, Year filter),
    /// with a note for each; of 热线工单 and 转办件 only the id and unit of
    /// such a row are kept, for R5's count of departments per case. In an
    /// interim run (`interim_as_of`), such a row forwarded after D does not
    /// exist at D and is not kept at all (R27); the rows of the year dated
    /// after D are left out by the rules (`rules::period`).
    fn filter_years(
        &mut self,
        ledger: &mut Ledger,
        year: i32,
        interim_as_of: Option<NaiveDate>,
        hotline: Vec<HotlineRow>,
        transfers: Vec<TransferRow>,
    ) {
        (ledger.hotline, ledger.hotline_other_years) = self.split_cases(
            year,
            interim_as_of,
            hotline,
            |r| (r.place, r.unit, &r.handling),
            |r| r.id,
        );
        (ledger.transfers, ledger.transfers_other_years) = self.split_cases(
            year,
            interim_as_of,
            transfers,
            |r| (r.place, r.unit, &r.handling),
            |r| r.id,
        );
        macro_rules! filter {
            ($field:ident, $header:expr, $date:ident) => {
                let rows = std::mem::take(&mut ledger.$field);
                ledger.$field = rows
                    .into_iter()
                    .filter(|t| self.keep(year, t.place, t.unit, $header, t.$date))
                    .collect();
            };
        }
        filter!(meetings, "日期", date);
        filter!(salons, "日期", date);
        filter!(info, "日期", date);
        filter!(typical_cases, "日期", date);
        filter!(measures, "制定日期", date);
        filter!(outreach, "日期", date);
        filter!(practices, "日期", date);
    }

    /// Splits 热线工单 or 转办件 rows into those of `year` and, for the
    /// others, only what R5 needs (id and unit). A case belongs to the year
    /// of its effective deadline as written, 延期至 else 办理时限 (R26).
    fn split_cases<T>(
        &mut self,
        year: i32,
        interim_as_of: Option<NaiveDate>,
        rows: Vec<T>,
        key: impl Fn(&T) -> (Place, UnitId, &Handling),
        into_id: impl Fn(T) -> String,
    ) -> (Vec<T>, Vec<OtherYearRow>) {
        let mut other = Vec::new();
        let kept = rows
            .into_iter()
            .filter_map(|r| {
                let (place, unit, h) = key(&r);
                let forwarded = h.forwarded;
                if self.keep_case(year, place, unit, h) {
                    return Some(r);
                }
                if interim_as_of.is_some_and(|d| forwarded > d) {
                    return None;
                }
                other.push(OtherYearRow {
                    id: into_id(r),
                    unit,
                });
                None
            })
            .collect();
        (kept, other)
    }

    /// Whether a record dated `date` (in column `header` of `place`) counts
    /// for the year (docs/ledger.md, Year filter). A row of an earlier year
    /// is a note; a row dated after the year is a warning at its cell,
    /// since a date typed in the wrong year is the likelier cause. Both
    /// are listed up to the cap of their kind, counted beyond it.
    fn keep(
        &mut self,
        year: i32,
        place: Place,
        unit: UnitId,
        header: &'static str,
        date: NaiveDate,
    ) -> bool {
        if date.year() == year {
            return true;
        }
        if date.year() > year {
            self.left_out_after(year, place, unit, header, date);
        } else {
            let y = date.year();
            self.left_out(
                place,
                unit,
                format!("{header}{date}在{y}年，该行属于{y}年度，不计入{year}年度考核"),
            );
        }
        false
    }

    /// Whether a 热线工单 or 转办件 row belongs to the year: that of its
    /// effective deadline as written (R26). One forwarded after the year is
    /// a warning at its 转办日期 cell; one due in another year is a note.
    fn keep_case(&mut self, year: i32, place: Place, unit: UnitId, h: &Handling) -> bool {
        let due = h.effective_deadline();
        if due.year() == year {
            return true;
        }
        if h.forwarded.year() > year {
            self.left_out_after(year, place, unit, "转办日期", h.forwarded);
            return false;
        }
        let header = if h.extended.is_some() {
            "延期至"
        } else {
            "办理时限"
        };
        let y = due.year();
        self.left_out(
            place,
            unit,
            format!("{header}{due}在{y}年，该案件属于{y}年度（R26），不计入{year}年度考核"),
        );
        false
    }

    /// The cell of a date column in the row at `place` (`热线工单!D9`), or
    /// the row when the column is unknown.
    fn date_cell(&self, place: Place, header: &str) -> String {
        match self
            .date_columns
            .iter()
            .find(|(f, s, h, _)| *f == place.file() && *s == place.sheet() && *h == header)
        {
            Some((file, sheet, _, c)) => format!(
                "{}!{}{}",
                super::sheet_place(*file, sheet),
                super::header::column_letters(*c),
                place.row
            ),
            None => place.to_string(),
        }
    }

    /// A row left out because its own date lies after the year: a warning
    /// at its cell that asks whether the date was mistyped.
    fn left_out_after(
        &mut self,
        year: i32,
        place: Place,
        unit: UnitId,
        header: &'static str,
        date: NaiveDate,
    ) {
        self.count_left_out(place);
        let cell = self.date_cell(place, header);
        let roster = &self.roster;
        self.warnings.push_with(kinds::AFTER_YEAR, || {
            Warning::new(
                kinds::AFTER_YEAR,
                Some(&roster.get(unit).name),
                cell,
                format!("{header}{date}在{year}年度之后，未计入——日期是否录错？"),
            )
        });
    }

    /// A row left out as of another year: a note saying so.
    fn left_out(&mut self, place: Place, unit: UnitId, message: String) {
        self.count_left_out(place);
        let roster = &self.roster;
        self.warnings.push_with(kinds::OUT_OF_YEAR, || {
            Warning::new(
                kinds::OUT_OF_YEAR,
                Some(&roster.get(unit).name),
                place.to_string(),
                message,
            )
        });
    }

    fn count_left_out(&mut self, place: Place) {
        if let Some(c) = self
            .counts
            .iter_mut()
            .find(|c| c.sheet == place.sheet() && c.file == place.file())
        {
            c.left_out += 1;
        }
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
                        place: super::sheet_place(book.file, name),
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
            super::sheet_place(cols.file, cols.sheet),
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

    /// `单位名单`, or the built-in roster. Returns true when the sheet was used.
    fn read_roster(&mut self) -> bool {
        // In two files it is an error already (`check_files`); the first
        // copy is read so the rest of the ledger is still checked.
        let Some((book, actual)) = self.copies(schema::ROSTER).into_iter().next() else {
            self.roster = roster::builtin();
            return false;
        };
        let file = self.books[book].file;
        let mut entries: Vec<(String, Category, Vec<String>, u32)> = Vec::new();
        let mut rows = 0;
        let cols = read_sheet(
            &mut self.books[book].book,
            file,
            &actual,
            &schema::ROSTER_SHEET,
            &mut self.problems,
            |r| {
                rows += 1;
                let name = r.text("单位名称", true);
                let category = r.get("类别", true, |v| {
                    Category::parse(&cells::text(v).unwrap_or_default())
                        .ok_or_else(|| "应为区镇、A组或B组".to_string())
                });
                let aliases = r
                    .text("别名", false)
                    .map(|a| roster::split_aliases(&a))
                    .unwrap_or_default();
                if let (Some(n), Some(c), true) = (name, category, r.ok) {
                    entries.push((n, c, aliases, r.row));
                }
            },
        );
        self.counts.push(SheetCount {
            file,
            sheet: schema::ROSTER,
            rows,
            left_out: 0,
        });
        if let Some(cols) = &cols {
            self.note_ignored(cols);
        }
        // Names compare with half-width and full-width brackets alike.
        let mut seen: HashMap<String, u32> = HashMap::default();
        let mut kept = Vec::new();
        for (name, category, aliases, row) in entries {
            let mut ok = true;
            for (word, header) in
                std::iter::once((&name, "单位名称")).chain(aliases.iter().map(|a| (a, "别名")))
            {
                if let Some(first) = seen.get(&name_key(word)) {
                    if let Some(cols) = &cols {
                        self.problems.push(Problem {
                            place: cols.place(header, row),
                            column: Some(header.to_string()),
                            value: Some(super::excerpt(word)),
                            message: format!(
                                "单位名称或别名重复：第{first}行已有「{}」",
                                super::excerpt(word)
                            ),
                        });
                    }
                    ok = false;
                } else {
                    seen.insert(name_key(word), row);
                }
            }
            if ok {
                kept.push((name, category, aliases));
            }
        }
        if kept.is_empty() && cols.is_some() {
            self.problems.push(Problem {
                place: schema::ROSTER.to_string(),
                column: None,
                value: None,
                message: "单位名单中没有任何单位：请填写单位，或删除该工作表以使用内置名单".into(),
            });
        }
        self.roster = Roster::new(kept);
        true
    }

    fn hotline(&mut self) -> Vec<HotlineRow> {
        let mut rows: Vec<HotlineRow> = Vec::new();
        // Ids of rows that could not be read: their cases are not checked
        // for one 主办 (the unreadable row may be it).
        let mut incomplete: HashSet<String> = HashSet::default();
        let Some(cols) = self.sheet(schema::HOTLINE, |r, roster| {
            let id = r.text("工单编号", true);
            let unit = unit(r, "承办单位", roster);
            let role = role(r);
            let handling = handling(r, Some(unit.map(|u| roster.get(u).category)));
            let visit = satisfaction(r, "回访结果");
            let second = satisfaction(r, "二次转办结果");
            let verdict = r.get("免责评判", false, |v| {
                Ok(match cells::choice(v, schema::VERDICTS)? {
                    "免责" => Verdict::Exempt,
                    _ => Verdict::NotExempt,
                })
            });
            if second.is_some() && visit != Some(Satisfaction::Dissatisfied) {
                r.fail("二次转办结果", "只有回访结果为不满意时才能填写二次转办结果");
            }
            if verdict.is_some() && second != Some(Satisfaction::Dissatisfied) {
                r.fail("免责评判", "只有二次转办结果为不满意时才能填写免责评判");
            }
            if let (Some(id), false) = (&id, r.ok) {
                incomplete.insert(id.clone());
            }
            if let (Some(id), Some(unit), Some(handling), true) = (id, unit, handling, r.ok) {
                rows.push(HotlineRow {
                    place: r.at(schema::HOTLINE),
                    id,
                    unit,
                    role,
                    handling,
                    visit,
                    second_visit: second,
                    verdict,
                });
            }
        }) else {
            return Default::default();
        };
        self.check_cases(
            &cols,
            "工单编号",
            "工单",
            &incomplete,
            rows.iter().map(|r| (&r.id, r.unit, r.role, r.place)),
        );
        rows
    }

    /// Duplicate (id, unit) rows and exactly one 主办 per case.
    fn check_cases<'a>(
        &mut self,
        cols: &Copies,
        id_header: &str,
        what: &str,
        incomplete: &HashSet<String>,
        rows: impl Iterator<Item = (&'a String, UnitId, Role, Place)>,
    ) {
        let mut seen: HashMap<(&str, UnitId), Place> = HashMap::default();
        // Per case: its first row, how many 主办 rows, the first two of them
        // (no list per case: a million cases cost no million allocations).
        let mut cases: HashMap<&str, (Place, u32, Place, Place)> = HashMap::default();
        let mut order: Vec<&str> = Vec::new();
        for (id, unit, role, row) in rows {
            if let Some(first) = seen.get(&(id.as_str(), unit)) {
                let first = *first;
                self.duplicate(
                    cols,
                    "承办单位",
                    row,
                    first,
                    &format!("{id_header}与承办单位"),
                );
                continue;
            }
            seen.insert((id.as_str(), unit), row);
            let case = cases.entry(id.as_str()).or_insert_with(|| {
                order.push(id.as_str());
                (row, 0, row, row)
            });
            if role == Role::Lead {
                case.1 += 1;
                match case.1 {
                    1 => case.2 = row,
                    2 => case.3 = row,
                    _ => {}
                }
            }
        }
        for id in order {
            if incomplete.contains(id) {
                continue;
            }
            let (first, leads, first_lead, second_lead) = cases[id];
            if leads == 0 {
                self.problems.push(Problem {
                    place: cols.place("主协办", first),
                    column: Some("主协办".into()),
                    value: None,
                    message: format!("{what}{id}没有主办单位：同一{id_header}须恰有一行为主办"),
                });
            } else if leads > 1 {
                self.problems.push(Problem {
                    place: cols.place("主协办", second_lead),
                    column: Some("主协办".into()),
                    value: Some("主办".into()),
                    message: format!(
                        "{what}{id}有{}个主办单位（{}已是主办）：同一{id_header}只能有一个主办",
                        leads,
                        first_lead.row_from(&second_lead)
                    ),
                });
            }
        }
    }

    fn transfers(&mut self) -> Vec<TransferRow> {
        let mut rows: Vec<(TransferRow, Option<Val>)> = Vec::new();
        let mut dept_penalty_rows: Vec<(Place, UnitId)> = Vec::new();
        let mut incomplete: HashSet<String> = HashSet::default();
        let Some(cols) = self.sheet(schema::TRANSFERS, |r, roster| {
            let id = r.text("编号", true);
            let source = r.get("来源", true, |v| {
                let s = cells::choice(v, schema::SOURCES)?;
                Ok(TransferSource::ALL
                    .into_iter()
                    .find(|t| t.label() == s)
                    .unwrap_or(TransferSource::Center))
            });
            let unit = unit(r, "承办单位", roster);
            let category = unit.map(|u| roster.get(u).category);
            let role = role(r);
            let is_dept = category.is_some_and(Category::is_department);
            // 逾期扣分 is read on 区镇 rows (and checked as a number on a row
            // whose unit is unknown), not on department rows.
            let handling = handling(r, (!is_dept).then_some(category));
            if let (Some(u), true) = (unit, is_dept && r.raw("逾期扣分").is_some()) {
                dept_penalty_rows.push((r.at(schema::TRANSFERS), u));
            }
            let duties = if is_dept {
                (
                    r.flag("按期沟通", true),
                    r.flag("初步处理意见", true),
                    r.flag("反馈结果", true),
                )
            } else {
                if category.is_none() {
                    // Unknown unit: its other cells are still checked.
                    for h in ["按期沟通", "初步处理意见", "反馈结果", "问题解决"]
                    {
                        r.flag(h, false);
                    }
                }
                (None, None, None)
            };
            if let (Some(id), false) = (&id, r.ok) {
                incomplete.insert(id.clone());
            }
            let solved = r.raw("问题解决").cloned();
            if let (Some(id), Some(source), Some(unit), Some(handling), true) =
                (id, source, unit, handling, r.ok)
            {
                rows.push((
                    TransferRow {
                        place: r.at(schema::TRANSFERS),
                        id,
                        source,
                        unit,
                        role,
                        handling,
                        contacted: duties.0,
                        opinion: duties.1,
                        feedback: duties.2,
                        solved: None,
                    },
                    solved,
                ));
            }
        }) else {
            return Default::default();
        };
        for (row, unit) in dept_penalty_rows {
            let roster = &self.roster;
            self.warnings
                .push_with(kinds::UNUSED_PENALTY, || {
                    Warning::new(
                        kinds::UNUSED_PENALTY,
                        Some(&roster.get(unit).name),
                        cols.place("逾期扣分", row),
                        "部门的转办件不按逾期扣分（D3.1只看沟通、处理意见、反馈和问题解决），该逾期扣分不使用",
                    )
                });
        }
        self.check_cases(
            &cols,
            "编号",
            "转办件",
            &incomplete,
            rows.iter().map(|(r, _)| (&r.id, r.unit, r.role, r.place)),
        );
        // 问题解决 is required on the department rows of an item with two or
        // more department rows (R5) or from 联席会议交办.
        let mut dept_rows: HashMap<&str, u32> = HashMap::default();
        for (r, _) in &rows {
            if self.roster.get(r.unit).category.is_department() {
                *dept_rows.entry(r.id.as_str()).or_insert(0) += 1;
            }
        }
        let needs: Vec<bool> = rows
            .iter()
            .map(|(r, _)| {
                self.roster.get(r.unit).category.is_department()
                    && (dept_rows.get(r.id.as_str()).copied().unwrap_or(0) >= 2
                        || r.source == TransferSource::JointMeeting)
            })
            .collect();
        for ((r, raw), need) in rows.iter_mut().zip(needs) {
            if !need {
                continue;
            }
            // A cell no column can use was reported with its row.
            if raw.as_ref().and_then(cells::unusable).is_some() {
                continue;
            }
            let place = cols.place("问题解决", r.place);
            match raw.as_ref().map(cells::flag) {
                Some(Ok(b)) => r.solved = Some(b),
                Some(Err(message)) => self.problems.push(Problem {
                    place,
                    column: Some("问题解决".into()),
                    value: raw.as_ref().map(super::shown_value),
                    message,
                }),
                None => self.problems.push(Problem {
                    place,
                    column: Some("问题解决".into()),
                    value: None,
                    message: "必填：多部门办理或联席会议交办的事项，部门行须填写问题解决".into(),
                }),
            }
        }
        rows.into_iter().map(|(r, _)| r).collect()
    }

    fn meetings(&mut self) -> Vec<Meeting> {
        let mut rows = Vec::new();
        self.sheet(schema::MEETINGS, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let has_topic = r.flag("有议题", true);
            let has_minutes = r.flag("有会议记录", true);
            if let (Some(unit), Some(date), Some(has_topic), Some(has_minutes)) =
                (unit, date, has_topic, has_minutes)
            {
                rows.push(Meeting {
                    place: place(schema::MEETINGS, r),
                    unit,
                    date,
                    has_topic,
                    has_minutes,
                });
            }
        });
        for m in &rows {
            self.warn_category(m.place, m.unit, &[Category::Town], "例会");
        }
        rows
    }

    fn salons(&mut self) -> Vec<Salon> {
        let mut rows = Vec::new();
        self.sheet(schema::SALONS, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let f: Vec<Option<bool>> = [
                "有主题",
                "有计划",
                "有总结",
                "有活动资料",
                "有台账记录",
                "有对外宣传",
                "已联系中心派员",
            ]
            .iter()
            .map(|h| r.flag(h, true))
            .collect();
            if let (Some(unit), Some(date), true) = (unit, date, r.ok) {
                let f: Vec<bool> = f.into_iter().map(Option::unwrap_or_default).collect();
                rows.push(Salon {
                    place: place(schema::SALONS, r),
                    unit,
                    date,
                    has_theme: f[0],
                    has_plan: f[1],
                    has_summary: f[2],
                    has_materials: f[3],
                    has_records: f[4],
                    has_publicity: f[5],
                    invited_center: f[6],
                });
            }
        });
        for s in &rows {
            self.warn_category(s.place, s.unit, &[Category::Town], "沙龙");
        }
        rows
    }

    fn communication(&mut self) -> Vec<Communication> {
        let mut rows = Vec::new();
        // Units named by a row, readable or not: a unit whose row has a bad
        // flag has a row all the same.
        let mut named: HashSet<UnitId> = HashSet::default();
        let cols = self.sheet(schema::COMMUNICATION, |r, roster| {
            let unit = unit(r, "单位", roster);
            named.extend(unit);
            let f: Vec<Option<bool>> = [
                "网络服务平台",
                "微信或QQ群",
                "发布服务内容及联系方式",
                "关注政企通",
                "推广政企通",
                "确定分管领导及联络员",
            ]
            .iter()
            .map(|h| r.flag(h, true))
            .collect();
            if let (Some(unit), true) = (unit, r.ok) {
                let f: Vec<bool> = f.into_iter().map(Option::unwrap_or_default).collect();
                rows.push(Communication {
                    place: place(schema::COMMUNICATION, r),
                    unit,
                    platform: f[0],
                    chat_group: f[1],
                    published_contacts: f[2],
                    follows_zqt: f[3],
                    promotes_zqt: f[4],
                    liaison: f[5],
                });
            }
        });
        let Some(cols) = cols else { return rows };
        let mut seen: HashMap<UnitId, Place> = HashMap::default();
        let mut kept = Vec::new();
        for c in rows {
            if let Some(first) = seen.get(&c.unit) {
                let first = *first;
                self.duplicate(&cols, "单位", c.place, first, "区镇");
                continue;
            }
            seen.insert(c.unit, c.place);
            self.warn_category(c.place, c.unit, &[Category::Town], "沟通机制");
            kept.push(c);
        }
        // Coverage in the same run as the cells' errors (docs/ledger.md); not
        // when the sheet has no 单位 column (its header error says it).
        if !cols.has("单位") {
            return kept;
        }
        let towns: Vec<(UnitId, String)> = self
            .roster
            .of_category(Category::Town)
            .map(|u| (u.id, u.name.clone()))
            .collect();
        let missing: Vec<String> = towns
            .into_iter()
            .filter(|(id, _)| !named.contains(id))
            .map(|(_, name)| name)
            .collect();
        if !missing.is_empty() {
            self.problems.push(Problem {
                place: schema::COMMUNICATION.to_string(),
                column: Some("单位".into()),
                value: None,
                message: format!(
                    "缺少{}个区镇的记录（{}）：每个区镇须有一行沟通机制",
                    missing.len(),
                    units_text(&missing)
                ),
            });
        }
        kept
    }

    fn summaries(&mut self) -> Vec<Summary> {
        let mut rows = Vec::new();
        let cols = self.sheet(schema::SUMMARIES, |r, roster| {
            let unit = unit(r, "单位", roster);
            let quarter = r.get("季度", true, cells::quarter);
            let sent = r.date("报送日期", false);
            if let (Some(unit), Some(quarter), true) = (unit, quarter, r.ok) {
                rows.push(Summary {
                    place: place(schema::SUMMARIES, r),
                    unit,
                    quarter: quarter as u8,
                    sent,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, "季度", "单位与季度", |s| {
                (s.unit, s.quarter, s.place)
            });
        }
        for s in &rows {
            self.warn_category(s.place, s.unit, &[Category::Town], "工作总结");
        }
        rows
    }

    /// Reports rows repeating a (unit, period) key; the later row is named.
    fn unique<T>(
        &mut self,
        cols: &Copies,
        rows: &[T],
        header: &str,
        what: &str,
        key: impl Fn(&T) -> (UnitId, u8, Place),
    ) {
        let mut seen: HashMap<(UnitId, u8), Place> = HashMap::default();
        for t in rows {
            let (unit, period, row) = key(t);
            if let Some(first) = seen.get(&(unit, period)) {
                let first = *first;
                self.duplicate(cols, header, row, first, what);
            } else {
                seen.insert((unit, period), row);
            }
        }
    }

    fn monthly_reports(&mut self) -> Vec<MonthlyReport> {
        let mut rows = Vec::new();
        let cols = self.sheet(schema::MONTHLY, |r, roster| {
            let unit = unit(r, "单位", roster);
            let month = r.get("月份", true, cells::month);
            let status = r.get("状态", true, |v| {
                Ok(match cells::choice(v, schema::REPORT_STATUS)? {
                    "零申报" => ReportStatus::Nil,
                    _ => ReportStatus::Sent,
                })
            });
            if let (Some(unit), Some(month), Some(status)) = (unit, month, status) {
                rows.push(MonthlyReport {
                    place: place(schema::MONTHLY, r),
                    unit,
                    month: month as u8,
                    status,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, "月份", "单位与月份", |m| {
                (m.unit, m.month, m.place)
            });
        }
        for m in &rows {
            self.warn_category(m.place, m.unit, &[Category::Town], "诉求月报");
        }
        rows
    }

    fn info(&mut self) -> Vec<InfoItem> {
        let mut rows = Vec::new();
        self.sheet(schema::INFO, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let title = r.text("标题", false);
            let adopted = r.flag("录用", true);
            if let (Some(unit), Some(date), Some(adopted)) = (unit, date, adopted) {
                rows.push(InfoItem {
                    place: place(schema::INFO, r),
                    unit,
                    date,
                    title,
                    adopted,
                });
            }
        });
        rows
    }

    fn typical_cases(&mut self) -> Vec<TypicalCase> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::TYPICAL), "质量扣分");
        self.sheet(schema::TYPICAL, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let title = r.text("标题", false);
            let quality_penalty = r.get("质量扣分", false, &check);
            if let (Some(unit), Some(date), true) = (unit, date, r.ok) {
                rows.push(TypicalCase {
                    place: place(schema::TYPICAL, r),
                    unit,
                    date,
                    title,
                    quality_penalty,
                });
            }
        });
        for t in &rows {
            self.warn_category(t.place, t.unit, &[Category::Town], "典型案例");
        }
        rows
    }

    fn inspections(&mut self) -> Vec<Inspection> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::INSPECTIONS), "得分");
        let cols = self.sheet(schema::INSPECTIONS, |r, roster| {
            let unit = unit(r, "单位", roster);
            let quarter = r.get("季度", true, cells::quarter);
            let score = r.get("得分", true, &check);
            let has_records = r.flag("有台账记录", true);
            let has_report = r.flag("有汇报材料", true);
            if let (Some(unit), Some(quarter), Some(score), Some(has_records), Some(has_report)) =
                (unit, quarter, score, has_records, has_report)
            {
                rows.push(Inspection {
                    place: place(schema::INSPECTIONS, r),
                    unit,
                    quarter: quarter as u8,
                    score,
                    has_records,
                    has_report,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, "季度", "单位与季度", |i| {
                (i.unit, i.quarter, i.place)
            });
        }
        for i in &rows {
            self.warn_category(i.place, i.unit, &[Category::Town], "督查");
        }
        rows
    }

    fn measures(&mut self) -> Vec<Measure> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::MEASURES), "扣分");
        self.sheet(schema::MEASURES, |r, roster| {
            let unit = unit(r, "单位", roster);
            let name = r.text("举措名称", true);
            let date = r.date("制定日期", true);
            let implemented = r.flag("已实施", true);
            let reported = r.flag("已报送成果", true);
            let completion = r.get("完成比例", false, cells::percent);
            let penalty = r.get("扣分", false, &check);
            let also_featured = r.flag("同时为特色服务", false);
            if let (Some(unit), Some(name), Some(date), Some(implemented), Some(reported), true) =
                (unit, name, date, implemented, reported, r.ok)
            {
                rows.push(Measure {
                    place: place(schema::MEASURES, r),
                    unit,
                    name,
                    date,
                    implemented,
                    reported,
                    completion,
                    penalty,
                    also_featured: also_featured.unwrap_or(false),
                });
            }
        });
        rows
    }

    fn outreach(&mut self) -> Vec<Outreach> {
        let mut rows = Vec::new();
        self.sheet(schema::OUTREACH, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let town = r.get("区镇", true, |v| {
                let name = cells::text(v).unwrap_or_default();
                match roster.find(&name) {
                    Some(u) if u.category == Category::Town => Ok(u.id),
                    Some(u) => Err(format!("{}是{}，不是名单中的区镇", u.name, u.category)),
                    None => Err(unknown_unit(roster, &name, Some(Category::Town))),
                }
            });
            if let (Some(unit), Some(date), Some(town)) = (unit, date, town) {
                rows.push(Outreach {
                    place: place(schema::OUTREACH, r),
                    unit,
                    date,
                    town,
                });
            }
        });
        for o in &rows {
            self.warn_category(o.place, o.unit, &[Category::GroupA], "政企互动");
        }
        rows
    }

    fn practices(&mut self) -> Vec<Practice> {
        let mut rows = Vec::new();
        self.sheet(schema::PRACTICES, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let name = r.text("名称", false);
            let implemented = r.flag("已实施", true);
            if let (Some(unit), Some(date), Some(implemented)) = (unit, date, implemented) {
                rows.push(Practice {
                    place: place(schema::PRACTICES, r),
                    unit,
                    date,
                    name,
                    implemented,
                });
            }
        });
        for p in &rows {
            self.warn_category(p.place, p.unit, &[Category::GroupB], "提效实践");
        }
        rows
    }

    fn surveys(&mut self) -> Vec<SurveyAnswer> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::SURVEY), "得分");
        let mut covered = vec![false; self.roster.len()];
        let mut data_rows = 0usize;
        let cols = self.sheet(schema::SURVEY, |r, roster| {
            data_rows += 1;
            let unit = unit(r, "单位", roster);
            let score = r.get("得分", true, &check);
            if let Some(u) = unit {
                // A unit whose row has a bad score has a row all the same.
                covered[u.index()] = true;
            }
            if let (Some(unit), Some(score)) = (unit, score) {
                rows.push(SurveyAnswer {
                    place: place(schema::SURVEY, r),
                    unit,
                    score,
                });
            }
        });
        // Coverage in the same run as the cells' errors (docs/ledger.md); whether
        // it applies (not in an interim run) is decided in `read_ledger`.
        if cols.as_ref().is_some_and(|c| c.has("单位")) {
            self.survey_empty = data_rows == 0;
            for u in self.roster.units() {
                if !covered[u.id.index()] {
                    self.survey_uncovered.push(u.name.clone());
                }
            }
        }
        rows
    }
}

impl Reading<'_> {
    /// 申诉 (optional): each row checked on its own; matching it to a
    /// deduction is the rules' work (`rules::appeals`).
    fn appeals(&mut self) -> Vec<Appeal> {
        // In two files it is an error already (`check_files`); the first
        // copy is read so its rows are still checked.
        let Some((book, actual)) = self.copies(schema::APPEALS).into_iter().next() else {
            return Vec::new();
        };
        let file = self.books[book].file;
        let roster = &self.roster;
        let mut rows = Vec::new();
        let mut count = 0;
        let cut_check = number_of(&schema::APPEAL_SHEET, "核减分值");
        read_sheet(
            &mut self.books[book].book,
            file,
            &actual,
            &schema::APPEAL_SHEET,
            &mut self.problems,
            |r| {
                count += 1;
                let unit = unit(r, "单位", roster);
                let clause = r.get("条款", true, |v| {
                    let t: String = cells::text(v)
                        .unwrap_or_default()
                        .chars()
                        .map(|c| match c {
                            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                            '．' | '。' => '.',
                            'ｚ' | 'Ｚ' => 'Z',
                            'ｄ' | 'Ｄ' => 'D',
                            c => c.to_ascii_uppercase(),
                        })
                        .collect();
                    schema::CLAUSE_IDS
                        .iter()
                        .find(|c| **c == t)
                        .copied()
                        .ok_or_else(|| {
                            format!("应为条款编号之一：{}", schema::CLAUSE_IDS.join("、"))
                        })
                });
                if let (Some(u), Some(c)) = (unit, clause) {
                    let u = roster.get(u);
                    if c.starts_with('Z') == u.category.is_department() {
                        let whose = if c.starts_with('Z') {
                            "区镇"
                        } else {
                            "部门"
                        };
                        r.fail(
                            "条款",
                            format!("{c}是{whose}条款，{}是{}，没有该条款", u.name, u.category),
                        );
                    }
                }
                let record = r.text("编号", false);
                let source = r.text("来源", false);
                if record.is_none() && source.is_none() {
                    r.fail(
                        "编号",
                        "编号和来源至少须填写一项（按扣分明细中该项扣分的编号或来源填写）",
                    );
                }
                let decision = r.get("决定", true, |v| cells::choice(v, schema::DECISIONS));
                let cut = r.get("核减分值", false, &cut_check);
                let decision = match (decision, cut) {
                    (Some("部分成立"), Some(c)) => Some(Decision::Partly(c)),
                    (Some("部分成立"), None) => {
                        if r.raw("核减分值").is_none() {
                            r.fail("核减分值", "决定为部分成立时必须填写核减分值");
                        }
                        None
                    }
                    (Some(d), _) => {
                        if r.raw("核减分值").is_some() {
                            r.fail(
                                "核减分值",
                                format!("决定为{d}时不能填写核减分值（仅部分成立时填写）"),
                            );
                        }
                        Some(if d == "成立" {
                            Decision::Upheld
                        } else {
                            Decision::Rejected
                        })
                    }
                    (None, _) => None,
                };
                let reference = r.text("文号", false);
                let reason = r.text("理由", true);
                if let (Some(unit), Some(clause), Some(decision), Some(reason), true) =
                    (unit, clause, decision, reason, r.ok)
                {
                    let key = if record.is_some() { "编号" } else { "来源" };
                    rows.push(Appeal {
                        place: place(schema::APPEALS, r),
                        unit,
                        clause,
                        at_key: r.place(key),
                        at_decision: r.place("决定"),
                        at_cut: r.place("核减分值"),
                        record,
                        source,
                        decision,
                        reference,
                        reason,
                    });
                }
            },
        );
        self.counts.push(SheetCount {
            file,
            sheet: schema::APPEALS,
            rows: count,
            left_out: 0,
        });
        rows
    }
}

impl Reading<'_> {
    /// 节假日 (optional, docs/ledger.md): every copy, in file order. The
    /// same date twice is an error at the later row; a date where the sheet
    /// contradicts the built-in schedule of a year it knows is a warning
    /// naming the date (the sheet's word is taken).
    fn holidays(&mut self) -> Vec<HolidayRow> {
        use crate::calendar::Calendar;
        let mut rows: Vec<HolidayRow> = Vec::new();
        let mut seen: HashMap<NaiveDate, Place> = HashMap::default();
        for (book, actual) in self.copies(schema::HOLIDAYS) {
            let file = self.books[book].file;
            let mut count = 0;
            read_sheet(
                &mut self.books[book].book,
                file,
                &actual,
                &schema::HOLIDAY_SHEET,
                &mut self.problems,
                |r| {
                    count += 1;
                    let date = r.date("日期", true);
                    let kind = r.get("类型", true, |v| cells::choice(v, schema::HOLIDAY_KINDS));
                    let note = r.text("说明", false);
                    let here = place(schema::HOLIDAYS, r);
                    if let Some(date) = date {
                        if let Some(first) = seen.get(&date) {
                            let first = first.row_from(&here);
                            r.fail(
                                "日期",
                                format!("日期{date}重复（{first}已有该日期）：同一日期只能有一行"),
                            );
                        } else {
                            seen.insert(date, here);
                        }
                    }
                    if let (Some(date), Some(kind), true) = (date, kind, r.ok) {
                        rows.push(HolidayRow {
                            place: here,
                            date,
                            off: kind == "休",
                            note,
                        });
                    }
                },
            );
            self.counts.push(SheetCount {
                file,
                sheet: schema::HOLIDAYS,
                rows: count,
                left_out: 0,
            });
        }
        for h in &rows {
            if !Calendar::knows_year(h.date.year()) {
                continue;
            }
            let built_in_working = Calendar::built_in_working_day(h.date);
            if built_in_working == h.off {
                let (built, sheet) = if built_in_working {
                    ("工作日", "休")
                } else {
                    ("休息日", "班")
                };
                self.warnings.push(Warning::new(
                    kinds::HOLIDAY_OVERRIDE,
                    None,
                    h.place.to_string(),
                    format!(
                        "节假日表把{}标为「{sheet}」，与内置的{}年国务院节假日安排（{built}）不同：按节假日表计算",
                        h.date,
                        h.date.year()
                    ),
                ));
            }
        }
        rows
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

/// 主协办: empty = 主办.
fn role(r: &mut RowReader) -> Role {
    r.get("主协办", false, |v| {
        Ok(match cells::choice(v, schema::ROLES)? {
            "协办" | "配合" => Role::Assist,
            _ => Role::Lead,
        })
    })
    .unwrap_or(Role::Lead)
}

fn satisfaction(r: &mut RowReader, header: &str) -> Option<Satisfaction> {
    r.get(header, false, |v| {
        Ok(match cells::choice(v, schema::SATISFACTION)? {
            "满意" => Satisfaction::Satisfied,
            "基本满意" => Satisfaction::Basic,
            _ => Satisfaction::Dissatisfied,
        })
    })
}

/// The dates and 逾期扣分 of a 热线工单 or 转办件 row, with their order
/// checked. `penalty_category` is `None` when the 逾期扣分 is not read,
/// `Some(category)` when it is (range-checked for the unit's category; a
/// number within the widest range when the unit is unknown).
fn handling(r: &mut RowReader, penalty_category: Option<Option<Category>>) -> Option<Handling> {
    let forwarded = r.date("转办日期", true);
    let deadline = r.date("办理时限", true);
    let extended = r.date("延期至", false);
    let completed = r.date("办结日期", false);
    let penalty = match penalty_category {
        Some(None) => r.get("逾期扣分", false, |v| {
            let n = cells::number(v)?;
            let (min, _) = schema::penalty_range(Category::Town);
            let (_, max) = schema::penalty_range(Category::GroupA);
            if n < min || n > max {
                Err(format!("超出范围（逾期扣分应在{min}–{max}之间）"))
            } else {
                Ok(n)
            }
        }),
        Some(Some(c)) => {
            let (min, max) = schema::penalty_range(c);
            r.get("逾期扣分", false, |v| {
                let n = cells::number(v)?;
                if n < min || n > max {
                    Err(format!("超出范围（{}的逾期扣分应在{min}–{max}之间）", c))
                } else {
                    Ok(n)
                }
            })
        }
        None => None,
    };
    let (forwarded, deadline) = (forwarded?, deadline?);
    if deadline < forwarded {
        r.fail("办理时限", format!("办理时限早于转办日期{forwarded}"));
    }
    if completed.is_some_and(|c| c < forwarded) {
        r.fail("办结日期", format!("办结日期早于转办日期{forwarded}"));
    }
    if extended.is_some_and(|e| e < deadline) {
        r.fail("延期至", format!("延期时限早于办理时限{deadline}"));
    }
    Some(Handling {
        forwarded,
        deadline,
        extended,
        completed,
        penalty,
    })
}
