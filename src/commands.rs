//! The five commands: each reads what it needs, calls the library and
//! prints or writes the result. Errors carry their exit status.

use crate::cli::{CheckArgs, Command, ExplainArgs, LedgerArgs, ScoreArgs, TemplateArgs};
use crate::fsio::{self, FsError};
use crate::ledger::{self, LedgerError, Problem, ReadLedger};
use crate::model::{thousands, Warning};
use crate::report::{self, RunInfo};
use crate::score::{self, Points, Results};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

mod diff;

/// At most this many errors or warnings are listed; the rest are counted.
const MAX_LISTED: usize = 2000;

/// A failed command, with its exit status.
#[derive(Debug)]
pub enum Error {
    /// The ledger could not be read, or holds errors: exit 1 (3 when the
    /// file itself could not be read).
    Ledger(LedgerError),
    /// `--strict` and the ledger has warnings: exit 1.
    Strict(Vec<Warning>),
    /// An output problem: exit 2 (exists, is the ledger) or 3 (I/O).
    Fs(FsError),
    /// A usage error found after parsing (unknown `--unit`): exit 2.
    Usage(String),
    /// The workbook could not be built: exit 3.
    Write(String),
    /// `ksfk diff`: a file is not a ksfk result (exit 1) or cannot be
    /// read (exit 3).
    Results(crate::results::ReadError),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Ledger(LedgerError::Io { .. }) => 3,
            Error::Ledger(LedgerError::Usage(_)) => 2,
            Error::Ledger(LedgerError::Year(_)) => 2,
            Error::Ledger(_) | Error::Strict(_) => 1,
            Error::Fs(FsError::Io { .. }) | Error::Write(_) => 3,
            Error::Fs(_) | Error::Usage(_) => 2,
            Error::Results(crate::results::ReadError::Io { .. }) => 3,
            Error::Results(_) => 1,
        }
    }
}

fn list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: &[T]) -> fmt::Result {
    for item in items.iter().take(MAX_LISTED) {
        writeln!(f, "  {item}")?;
    }
    if items.len() > MAX_LISTED {
        writeln!(f, "  ……另有{}条未列出", items.len() - MAX_LISTED)?;
    }
    Ok(())
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Ledger(LedgerError::Invalid { problems, warnings }) => {
                f.write_str(&report::text::findings_text(
                    warnings,
                    &[],
                    0,
                    MAX_LISTED,
                    "改正错误后运行 ksfk check 可见全部",
                ))?;
                writeln!(f, "错误（{}处），未写出任何文件：", problems.len())?;
                list(f, problems)?;
                write!(f, "请在台账中改正以上各处后重新运行。")
            }
            Error::Ledger(e) => write!(f, "{e}"),
            Error::Strict(warnings) => {
                let listed: Vec<&Warning> = warnings.iter().filter(|w| w.is_warning()).collect();
                writeln!(
                    f,
                    "--strict：台账有{}条警告，按错误处理，未写出任何文件：",
                    listed.iter().map(|w| w.count()).sum::<usize>()
                )?;
                list(f, &listed)?;
                write!(f, "请改正台账，或去掉 --strict 运行。")
            }
            Error::Fs(e) => write!(f, "{e}"),
            Error::Usage(m) => write!(f, "{m}"),
            Error::Write(m) => write!(f, "无法生成结果工作簿：{m}"),
            Error::Results(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<FsError> for Error {
    fn from(e: FsError) -> Error {
        Error::Fs(e)
    }
}

impl From<rust_xlsxwriter::XlsxError> for Error {
    /// The writer's temporary files (constant-memory sheets) and its own
    /// writing are told in Chinese; anything else as the writer says it.
    fn from(e: rust_xlsxwriter::XlsxError) -> Error {
        use rust_xlsxwriter::XlsxError as X;
        Error::Write(match e {
            X::TempFileError(dir, io) => format!(
                "无法在临时文件夹 {} 中建立临时文件（{}）：请检查临时文件夹（TMPDIR 或 TEMP）是否存在、可写、有足够空间",
                dir.display(),
                fsio::io_reason(&io)
            ),
            X::IoError(io) => format!("写入时出错（{}）", fsio::io_reason(&io)),
            e => e.to_string(),
        })
    }
}

/// Runs a parsed command.
pub fn run(command: Command) -> Result<(), Error> {
    match command {
        Command::Score(a) => score(a),
        Command::Check(a) => check(a),
        Command::Template(a) => template(a),
        Command::Explain(a) => explain(a),
        Command::Rules => {
            let text = report::text::rules_text();
            crate::out!("{}", wrapped(&text));
            Ok(())
        }
        Command::Diff(a) => diff::run(a),
    }
}

/// Reads the ledger (one or more workbooks, or a folder; deciding the
/// year) and tells which files were skipped. `--strict` is judged on the
/// results, whose findings hold the reader's and the rules' together.
fn read(args: &LedgerArgs) -> Result<ReadLedger, Error> {
    // A given year is checked before the work of reading; an inferred
    // one once it is known.
    if let Some(year) = args.year {
        check_as_of(args.as_of, year)?;
    }
    let read = ledger::read(&args.ledger, args.year, args.as_of).map_err(Error::Ledger)?;
    check_as_of(args.as_of, read.ledger.year)?;
    if !read.skipped.is_empty() {
        let skipped: Vec<String> = read
            .skipped
            .iter()
            .map(|s| format!("{}（{}）", s.name, s.why))
            .collect();
        crate::errln!("提示：未读取 {}", skipped.join("、"));
    }
    Ok(read)
}

/// `--as-of` before the assessment year would judge every case before it
/// was forwarded (and score everyone 100): a usage error. After the year is
/// allowed (a late recount). Called once the year is known (given, or
/// inferred from the ledger).
pub fn check_as_of(as_of: Option<chrono::NaiveDate>, year: i32) -> Result<(), Error> {
    use chrono::Datelike;
    match as_of {
        Some(d) if d.year() < year => Err(Error::Usage(format!(
            "--as-of {d} 早于考核年度{year}年：评判日期须在{year}年内（期中核算，如 {year}-06-30）或其后，请检查 --as-of 与 --year"
        ))),
        _ => Ok(()),
    }
}

/// Scores the ledger. Appeals that match no deduction (or are wrong
/// otherwise) are known only now; they are ledger errors like the others:
/// exit 1, nothing written.
fn scored(read: &ReadLedger, as_of: chrono::NaiveDate, points: &Points) -> Result<Results, Error> {
    let results = score::score(&read.ledger, as_of, points);
    if results.appeal_problems.is_empty() {
        return Ok(results);
    }
    let problems = results
        .appeal_problems
        .into_iter()
        .map(|p| Problem {
            place: p.place,
            column: Some(p.column.to_string()),
            value: p.value,
            message: p.message,
        })
        .collect();
    Err(Error::Ledger(LedgerError::Invalid {
        problems,
        warnings: read.ledger.warnings.clone(),
    }))
}

/// Terminal text, its control characters escaped ([`crate::term`]), then
/// wrapped to the terminal's width (docs/outputs.md): escaped first, so that the
/// widths measured are those shown.
fn wrapped(text: &str) -> String {
    report::wrap::wrap(&crate::term::escape(text), report::wrap::width())
}

/// The same for text written to standard error (warnings and notes),
/// wrapped to standard error's width.
fn wrapped_err(text: &str) -> String {
    report::wrap::wrap(&crate::term::escape(text), report::wrap::err_width())
}

/// `未指定 --year，按台账推断为2017年度`, when it was.
fn say_year(read: &ReadLedger) {
    if read.ledger.year_inferred {
        crate::outln!("{}", inferred_year_text(read.ledger.year));
    }
}

/// The line that says the year was inferred.
pub fn inferred_year_text(year: i32) -> String {
    format!("未指定 --year，按台账推断为{year}年度")
}

/// `--strict` fails on warnings, never on notes.
fn strict(args: &LedgerArgs, results: &Results) -> Result<(), Error> {
    if args.strict && results.warnings.iter().any(Warning::is_warning) {
        return Err(Error::Strict(results.warnings.clone()));
    }
    Ok(())
}

fn check(args: CheckArgs) -> Result<(), Error> {
    let read = read(&args.ledger)?;
    say_year(&read);
    // The rules' warnings (未到期, 待评判, ...) belong to a check too.
    let as_of = args.ledger.as_of(read.ledger.year);
    let results = scored(&read, as_of, &Points::default())?;
    strict(&args.ledger, &results)?;
    crate::err!(
        "{}",
        wrapped_err(&report::text::findings_text(
            &results.warnings,
            &read.ledger.counts,
            results.year,
            MAX_LISTED,
            "计分时全部写入结果工作簿的“警告”表",
        ))
    );
    if read.files.len() > 1 {
        let names: Vec<&str> = read.files.iter().map(|f| f.name.as_str()).collect();
        let text = format!(
            "读取{}个台账文件（按此顺序）：{}",
            names.len(),
            names.join("、")
        );
        crate::outln!("{}", wrapped(&text));
    }
    if let Some(label) = results.interim_label() {
        crate::outln!("{label}：满意度调查尚未覆盖的单位按满分暂计（见警告）。");
    }
    crate::out!(
        "{}",
        wrapped(&report::text::check_summary(&read.ledger.counts))
    );
    if !results.appeals.is_empty() {
        crate::outln!("申诉{}条，均已对应到扣分。", results.appeals.len());
    }
    crate::outln!("台账检查通过：没有错误。");
    Ok(())
}

fn score(args: ScoreArgs) -> Result<(), Error> {
    let first = args
        .ledger
        .ledger
        .first()
        .map_or(Path::new("."), |p| p.as_path())
        .to_path_buf();
    // Refuse bad targets before the work of scoring (the default output's
    // name needs the year, known before reading only when given).
    let early = args
        .output
        .clone()
        .or_else(|| args.ledger.year.map(|y| default_output(&first, y)));
    for target in early.iter().chain(&args.json) {
        for input in &args.ledger.ledger {
            fsio::check_target(target, Some(input), args.force)?;
        }
    }
    let labels = |output: &Path| {
        let mut labelled = vec![(output.to_path_buf(), "-o 结果工作簿".to_string())];
        if let Some(json) = &args.json {
            labelled.push((json.clone(), "--json 文件".to_string()));
        }
        labelled
    };
    if let Some(output) = &early {
        check_distinct(&labels(output))?;
    }
    let read = read(&args.ledger)?;
    let output = early.unwrap_or_else(|| default_output(&first, read.ledger.year));
    let mut labelled = labels(&output);
    check_distinct(&labelled)?;
    // The files a folder stood for are inputs too: never written.
    for target in std::iter::once(&output).chain(&args.json) {
        for input in args.ledger.ledger.iter().chain(&read.paths) {
            fsio::check_target(target, Some(input), args.force)?;
        }
    }
    say_year(&read);
    let input = read.paths.first().cloned().unwrap_or_default();
    let points = Points {
        town: args.points_town,
        dept: args.points_dept,
        method: args.points_method.into(),
    };
    let as_of = args.ledger.as_of(read.ledger.year);
    let results = scored(&read, as_of, &points)?;
    strict(&args.ledger, &results)?;
    let info = RunInfo {
        inputs: read.files.clone(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        counts: read.ledger.counts.clone(),
        year_inferred: read.ledger.year_inferred,
    };
    // Every output's path, checked before anything is built or written.
    let per_unit_paths: Vec<PathBuf> = match &args.per_unit {
        Some(dir) => results
            .units
            .iter()
            .map(|u| per_unit_file(dir, results.year, &u.name))
            .collect(),
        None => Vec::new(),
    };
    for (path, u) in per_unit_paths.iter().zip(&results.units) {
        labelled.push((
            path.clone(),
            format!("单位「{}」的 --per-unit 文件", u.name),
        ));
    }
    check_distinct(&labelled)?;
    if let Some(dir) = &args.per_unit {
        if dir.exists() && !dir.is_dir() {
            return Err(Error::Fs(FsError::Io {
                path: dir.clone(),
                source: std::io::Error::other("--per-unit 应为文件夹，但这是一个文件"),
            }));
        }
        for path in &per_unit_paths {
            for input in args.ledger.ledger.iter().chain(&read.paths) {
                fsio::check_target(path, Some(input), args.force)?;
            }
        }
    }
    // Every output is written straight into its staged file.
    let mut targets = vec![output.clone()];
    targets.extend(args.json.iter().cloned());
    targets.extend(per_unit_paths.iter().cloned());
    fsio::stream_all(
        &targets,
        Some(&input),
        args.force,
        args.per_unit.as_deref(),
        |staging: &fsio::Staging| write_outputs(&results, &info, args.json.as_deref(), staging),
    )?;
    // `check` lists them all; here a few, the workbook has every one.
    crate::err!(
        "{}",
        wrapped_err(&report::text::findings_text(
            &results.warnings,
            &read.ledger.counts,
            results.year,
            10,
            "全部见结果工作簿的“警告”表（或运行 ksfk check）",
        ))
    );
    print_done(&results, &targets);
    Ok(())
}

/// Writes the outputs into their staged files, in the order `staging`
/// numbers them: the result workbook, the JSON when asked for, then one
/// workbook per unit.
fn write_outputs(
    results: &Results,
    info: &RunInfo,
    json: Option<&Path>,
    staging: &fsio::Staging,
) -> Result<(), Error> {
    let put = |i: usize, bytes: &[u8]| {
        staging.write(i, |file| {
            file.write_all(bytes)
                .map_err(|e| Error::Write(format!("写入时出错（{}）", fsio::io_reason(&e))))
        })
    };
    put(0, &report::xlsx::result_workbook(results, info)?)?;
    let first_unit = 1 + usize::from(json.is_some());
    if json.is_some() {
        put(1, report::json::results_json(results).as_bytes())?;
    }
    for i in 0..staging.len().saturating_sub(first_unit) {
        put(first_unit + i, &report::unit_workbook(results, i)?)?;
    }
    Ok(())
}

fn print_done(results: &Results, outputs: &[PathBuf]) {
    let entries: usize = results
        .units
        .iter()
        .flat_map(|u| &u.clauses)
        .map(|c| c.entries.len())
        .sum();
    let count = |warning: bool| -> usize {
        results
            .warnings
            .iter()
            .filter(|w| w.is_warning() == warning)
            .map(Warning::count)
            .sum()
    };
    let interim = results
        .interim_label()
        .map(|l| format!("，{l}"))
        .unwrap_or_default();
    let appeals = if results.appeals.is_empty() {
        String::new()
    } else {
        format!(
            "已计入申诉{}条（逐条见“说明”表）。\n",
            results.appeals.len()
        )
    };
    let text = format!(
        "{}年度考核{interim}：{}个单位，{}条扣分记录，{}条警告，{}条提示。\n{appeals}{}",
        results.year,
        results.units.len(),
        thousands(entries),
        thousands(count(true)),
        thousands(count(false)),
        report::text::leaders_text(results)
    );
    crate::out!("{}", wrapped(&text));
    for path in outputs.iter().take(2) {
        crate::outln!("已写出 {}", path.display());
    }
    if outputs.len() > 2 {
        crate::outln!("以及另外{}个文件", outputs.len() - 2);
    }
}

/// `考核结果-<year>.xlsx` beside the (first) ledger, or in it when it is a
/// folder.
fn default_output(ledger: &Path, year: i32) -> PathBuf {
    let name = format!("考核结果-{year}.xlsx");
    if ledger.is_dir() {
        ledger.join(name)
    } else {
        ledger.with_file_name(name)
    }
}

/// The `--per-unit` file of a unit: `DIR/2017-住建局.xlsx`.
fn per_unit_file(dir: &Path, year: i32, name: &str) -> PathBuf {
    dir.join(per_unit_name(year, name))
}

/// Two outputs of one run that would be the same file (also on Windows
/// and macOS, which ignore letter case): a usage error naming both, found
/// before anything is written.
fn check_distinct(outputs: &[(PathBuf, String)]) -> Result<(), Error> {
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for (i, (path, label)) in outputs.iter().enumerate() {
        if let Some(&j) = seen.get(&fsio::same_file_key(path)) {
            let (first, first_label) = &outputs[j];
            let shown = if first == path {
                format!("{}", path.display())
            } else {
                format!("{} 与 {}", first.display(), path.display())
            };
            return Err(Error::Usage(format!(
                "两个输出是同一个文件（{shown}，文件名不区分大小写）：{first_label}与{label}。请为它们指定不同的文件名（单位重名时请在单位名单中改名）"
            )));
        }
        seen.insert(fsio::same_file_key(path), i);
    }
    Ok(())
}

/// The per-unit workbook's file name: `2017-住建局.xlsx`.
pub fn per_unit_name(year: i32, unit: &str) -> String {
    format!("{year}-{}.xlsx", file_stem(unit))
}

/// A unit name made safe as a file name.
fn file_stem(name: &str) -> String {
    name.chars()
        .map(|c| {
            if "/\\:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

fn template(args: TemplateArgs) -> Result<(), Error> {
    fsio::check_target(&args.output, None, args.force)?;
    let roster = ledger::roster::builtin();
    let bytes = report::template::template_workbook(&roster, args.year)?;
    fsio::write_all(&[(args.output.clone(), bytes)], None, args.force)?;
    crate::outln!(
        "已写出空白台账 {}（{}个工作表，内置名单{}个单位）",
        args.output.display(),
        crate::schema::SHEETS.len() + 2,
        roster.len()
    );
    Ok(())
}

fn explain(args: ExplainArgs) -> Result<(), Error> {
    let read = read(&args.ledger)?;
    let roster = &read.ledger.roster;
    let Some(unit) = roster.find(crate::ledger::cells::trim(&args.unit)) else {
        let s = ledger::roster::suggest(roster, &args.unit);
        let hint = if s.is_empty() {
            String::new()
        } else {
            format!("是否应为「{}」？", s.join("」或「"))
        };
        return Err(Error::Usage(format!(
            "单位「{}」不在单位名单中。{hint}",
            args.unit
        )));
    };
    let as_of = args.ledger.as_of(read.ledger.year);
    let results = scored(&read, as_of, &Points::default())?;
    strict(&args.ledger, &results)?;
    let Some(index) = results.units.iter().position(|u| u.unit == unit.id) else {
        return Err(Error::Usage(format!("单位「{}」没有得分", unit.name)));
    };
    say_year(&read);
    let text = report::text::explain(&results, index);
    crate::out!("{}", wrapped(&text));
    Ok(())
}

/// A problem list as the user sees it (for tests and `check`).
pub fn format_problems(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("{p}\n")).collect()
}
