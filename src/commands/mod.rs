//! The five commands: each reads what it needs, calls the library and
//! prints or writes the result. Errors carry their exit status.

use crate::cli::{CheckArgs, Command, ExplainArgs, LedgerArgs, ScoreArgs, TemplateArgs};
use crate::fsio::{self, FsError};
use crate::ledger::{self, LedgerError, Problem, ReadLedger};
use crate::model::{thousands, Warning};
use crate::report::{self, RunInfo};
use crate::score::{Points, Results};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

mod check;
mod diff;
mod explain;
mod score;
mod template;

/// At most this many errors or warnings are listed; the rest are counted.
const MAX_LISTED: usize = 2000;

/// A failed command, with its exit status ([`Error::exit_code`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The ledger could not be read, or holds errors: exit 1 (3 when the
    /// file itself could not be read).
    #[error("{}", ledger_text(.0))]
    Ledger(LedgerError),
    /// `--strict` and the ledger has warnings: exit 1.
    #[error("{}", strict_text(.0))]
    Strict(Vec<Warning>),
    /// An output problem: exit 2 (exists, is the ledger) or 3 (I/O).
    #[error(transparent)]
    Fs(#[from] FsError),
    /// A usage error found after parsing (unknown `--unit`): exit 2.
    #[error("{0}")]
    Usage(String),
    /// The workbook could not be built: exit 3.
    #[error("无法生成结果工作簿：{0}")]
    Write(String),
    /// `ksfk diff`: a file is not a ksfk result (exit 1) or cannot be
    /// read (exit 3).
    #[error(transparent)]
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

/// Each item on a line of its own, at most [`MAX_LISTED`] of them.
fn list<T: fmt::Display>(out: &mut String, items: &[T]) {
    use fmt::Write;
    for item in items.iter().take(MAX_LISTED) {
        let _ = writeln!(out, "  {item}");
    }
    if items.len() > MAX_LISTED {
        let _ = writeln!(out, "  ……另有{}条未列出", items.len() - MAX_LISTED);
    }
}

/// A ledger that holds errors: its warnings, then every error listed.
fn ledger_text(e: &LedgerError) -> String {
    let LedgerError::Invalid { problems, warnings } = e else {
        return e.to_string();
    };
    let mut out = report::text::findings_text(
        warnings,
        &[],
        0,
        MAX_LISTED,
        "改正错误后运行 ksfk check 可见全部",
    );
    out.push_str(&format!("错误（{}处），未写出任何文件：\n", problems.len()));
    list(&mut out, problems);
    out.push_str("请在台账中改正以上各处后重新运行。");
    out
}

/// `--strict` with warnings: every warning listed.
fn strict_text(warnings: &[Warning]) -> String {
    let listed: Vec<&Warning> = warnings.iter().filter(|w| w.is_warning()).collect();
    let mut out = format!(
        "--strict：台账有{}条警告，按错误处理，未写出任何文件：\n",
        listed.iter().map(|w| w.count()).sum::<usize>()
    );
    list(&mut out, &listed);
    out.push_str("请改正台账，或去掉 --strict 运行。");
    out
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
        Command::Score(mut a) => {
            ask_date(&mut a.ledger, std::io::stdin().lock())?;
            score::run(a)
        }
        Command::Check(mut a) => {
            ask_date(&mut a.ledger, std::io::stdin().lock())?;
            check::run(a)
        }
        Command::Template(a) => template::run(a),
        Command::Explain(mut a) => {
            ask_date(&mut a.ledger, std::io::stdin().lock())?;
            explain::run(a)
        }
        Command::Rules => {
            let text = report::text::rules_text();
            crate::out!("{}", wrapped(&text));
            Ok(())
        }
        Command::Diff(a) => diff::run(a),
    }
}

/// `--ask-date`: asks for the as-of date in the terminal (the .bat helpers
/// use it, since cmd's `set /p` cannot be relied on with piped answers).
/// Enter, or the end of the input, means the default; a date that cannot
/// be read is asked for again, at most five times.
pub fn ask_date(args: &mut LedgerArgs, mut input: impl std::io::BufRead) -> Result<(), Error> {
    use crate::cli::AskDefault;
    let Some(default) = args.ask_date else {
        return Ok(());
    };
    let (meaning, default_date) = match default {
        AskDefault::YearEnd => ("全年（截至12月31日）".to_string(), None),
        AskDefault::LastMonthEnd => {
            let d = crate::cli::last_month_end(chrono::Local::now().date_naive());
            (format!("上个月的最后一天（{d}）"), Some(d))
        }
    };
    for _ in 0..5 {
        crate::out!("按哪一天的情况计算？请输入日期（如 2017-06-30），直接按回车表示{meaning}：");
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        let read = input.read_line(&mut line).unwrap_or(0);
        let answer = line.trim();
        if answer.is_empty() {
            if read > 0 {
                crate::outln!("");
            }
            args.as_of = default_date;
            crate::outln!("按{meaning}计算。");
            return Ok(());
        }
        match crate::cli::parse_date(answer) {
            Ok(d) => {
                args.as_of = Some(d);
                crate::outln!("按{d}的情况计算。");
                return Ok(());
            }
            Err(e) => crate::outln!("{e}。请重新输入。"),
        }
    }
    Err(Error::Usage(
        "五次输入的日期都无法识别，没有计算。日期请写成 2017-06-30 这样。".to_string(),
    ))
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
    let results = crate::score::score(&read.ledger, as_of, points);
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

/// A problem list as the user sees it (for tests and `check`).
pub fn format_problems(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("{p}\n")).collect()
}
