//! The input side: open the ledger workbook (or workbooks: one or more
//! files, or a folder, see [`source`]), stream its cells, check every
//! value against docs/ledger.md and build the typed [`Ledger`]. Knows calamine;
//! knows nothing of the rules.
//!
//! Each file is read and opened by `open_file`, its bounds drawn from
//! one budget for the whole run; the sheets are then gathered by name
//! across the files (`sheets`), and when there are several every place
//! names its file (`热线.xlsx:热线工单!D17`).
//!
//! Errors are collected, not fail-fast: a run reports every [`Problem`] of
//! the workbook at once, each naming its place (`热线工单!D17`), column and
//! value in Chinese. Cells are streamed row by row (calamine's cell reader
//! for `.xlsx`), so a stray cell at `XFD1048576` costs one row, not a dense
//! range of billions of cells.

mod bounds;
pub mod cells;
mod guard;
mod header;
pub mod input;
mod open;
mod repair;
pub mod roster;
mod sheets;
pub mod source;

pub use guard::limits;
pub use header::column_letters;
pub(crate) use header::{read_sheet, sheet_place, Columns, RowReader};
pub(crate) use open::{catch_panic, Book};

use crate::model::{InputFile, Ledger, Warning};
use cells::Val;
use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with the ledger, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `热线工单!D17`, `热线工单!17` (a row), or `热线工单` (the sheet).
    pub place: String,
    /// The column header, where the problem is about a cell.
    pub column: Option<String>,
    /// The offending value as written, where there is one.
    pub value: Option<String>,
    /// What is wrong and what to do, in Chinese.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.place)?;
        if let Some(c) = &self.column {
            write!(f, " 列「{c}」")?;
        }
        if let Some(v) = &self.value {
            // Values are stored as an excerpt already (see [`excerpt`]);
            // one stored whole is cut here.
            match v.char_indices().nth(cells::SHOWN_CHARS + 40) {
                Some(_) => write!(f, " 值「{}」", excerpt(v))?,
                None => write!(f, " 值「{v}」")?,
            }
        }
        write!(f, "：{}", self.message)
    }
}

/// A value as a problem keeps it: whole when short, else its first
/// [`cells::SHOWN_CHARS`] characters and its length (`企企…企……（共5000字）`),
/// so that memory stays bounded whatever a file repeats.
pub fn excerpt(v: &str) -> String {
    match v.char_indices().nth(cells::SHOWN_CHARS) {
        Some((at, _)) => format!("{}……（共{}字）", &v[..at], v.chars().count()),
        None => v.to_string(),
    }
}

/// The value of a cell as a problem keeps it (see [`excerpt`]).
pub fn shown_value(v: &Val) -> String {
    match v {
        Val::Text(s) => excerpt(s),
        // Already an excerpt.
        Val::TooLong { .. } | Val::Formula(_) => v.to_string(),
        other => excerpt(&other.to_string()),
    }
}

/// Why a ledger could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// The file could not be read at all (missing, unreadable): exit 3.
    #[error("无法读取台账文件 {path}：{}", crate::fsio::io_reason(source))]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The file is not a workbook ksfk can read: exit 1.
    #[error("{}", in_file(path, message))]
    Format { path: String, message: String },
    /// The ledger arguments name nothing to read (an empty folder, the
    /// same file twice): exit 2.
    #[error("{0}")]
    Usage(String),
    /// The workbook was read and holds errors: exit 1. The warnings found
    /// on the way are kept so the user sees them too.
    #[error("台账有{}处错误", problems.len())]
    Invalid {
        problems: Vec<Problem>,
        warnings: Vec<Warning>,
    },
    /// The year cannot be decided: `--year` holds no dated row of the
    /// ledger, or it was omitted and the ledger does not tell (exit 2).
    #[error("{0}")]
    Year(String),
}

/// `path：message`, or the message alone when no file is named.
fn in_file(path: &str, message: &str) -> String {
    match path {
        "" => message.to_string(),
        path => format!("{path}：{message}"),
    }
}

/// The ledger as read, with the facts the report needs about its files.
#[derive(Debug)]
pub struct ReadLedger {
    pub ledger: Ledger,
    /// Every file read, in reading order, with its SHA-256.
    pub files: Vec<InputFile>,
    /// The paths of those files (a folder expanded), in the same order.
    pub paths: Vec<PathBuf>,
    /// Files of a folder that were not read (lock files, ksfk's outputs).
    pub skipped: Vec<source::Skipped>,
}

/// Reads and validates the ledger given on the command line — one or more
/// workbooks, or a folder ([`source::gather`]) — for assessment year
/// `year`; `as_of` decides whether the run is interim (a unit may then
/// have no 满意度调查 rows yet).
pub fn read(
    inputs: &[PathBuf],
    year: Option<i32>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<ReadLedger, LedgerError> {
    let files = source::gather(inputs)?;
    let several = files.paths.len() > 1;
    let mut budget = source::Budget::default();
    let mut books = Vec::with_capacity(files.paths.len());
    let mut inputs = Vec::with_capacity(files.paths.len());
    for path in &files.paths {
        let name = source::file_name(path);
        let (book, sha256) = open_file(path, &mut budget)?;
        books.push(sheets::Source {
            file: several.then(|| source::label(&name)),
            book,
        });
        inputs.push(InputFile { name, sha256 });
    }
    let ledger = read_books(books, year, as_of)?;
    Ok(ReadLedger {
        ledger,
        files: inputs,
        paths: files.paths,
        skipped: files.skipped,
    })
}

/// Reads one file and opens it as a workbook, its bounds drawn from the
/// run's `budget`: the per-file step of [`read`]. Returns the open book
/// and the file's SHA-256.
fn open_file(path: &Path, budget: &mut source::Budget) -> Result<(Book, String), LedgerError> {
    let shown = path.display().to_string();
    let format = |message: String| LedgerError::Format {
        path: shown.clone(),
        message,
    };
    // Each file checked on its own (a regular file, not too large), then
    // counted against the run's budget.
    let bytes = input::load(path)?;
    budget.draw_file(bytes.len() as u64).map_err(format)?;
    let sha256 = sha256_hex(&bytes);
    let book = catch_panic(|| Book::open(bytes, budget))
        .map_err(|at| format(panic_message(&at)))?
        .map_err(format)?;
    Ok((book, sha256))
}

/// Reads the sheets of the open books as one ledger; a panic inside
/// calamine on a damaged file ends as a format error, not a crash (the
/// fuzz targets find such panics; `bounds` refuses the causes it knows
/// before calamine sees them).
fn read_books(
    mut books: Vec<sheets::Source>,
    year: Option<i32>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Ledger, LedgerError> {
    header::reset_kept_text();
    match catch_panic(|| sheets::read_ledger(&mut books, year, as_of)) {
        Ok(ledger) => ledger,
        Err(at) => Err(LedgerError::Format {
            path: String::new(),
            message: panic_message(&at),
        }),
    }
}

fn panic_message(at: &str) -> String {
    format!("{PANIC_MESSAGE}：请在Excel或WPS中打开该文件，另存为.xlsx文件后再试（技术信息：{at}）")
}

/// Reads and validates a one-workbook ledger from its bytes (the fuzz
/// target's entry).
pub fn read_bytes(bytes: Vec<u8>, year: Option<i32>) -> Result<ReadLedger, LedgerError> {
    let sha256 = sha256_hex(&bytes);
    let mut budget = source::Budget::default();
    let book = catch_panic(|| Book::open(bytes, &mut budget))
        .map_err(|at| panic_message(&at))
        .and_then(|b| b)
        .map_err(|message| LedgerError::Format {
            path: String::new(),
            message,
        })?;
    let ledger = read_books(vec![sheets::Source { file: None, book }], year, None)?;
    Ok(ReadLedger {
        ledger,
        files: vec![InputFile {
            name: String::new(),
            sha256,
        }],
        paths: Vec::new(),
        skipped: Vec::new(),
    })
}

/// The bounds of a zip package ([`guard`]: entries, sizes, a zip bomb's
/// ratio, duplicate entries) for a workbook read elsewhere (`ksfk diff`'s
/// results).
pub fn check_package(bytes: &[u8]) -> Result<(), String> {
    guard::check_zip(bytes).map(|_| ())
}

/// The start of the message for a caught panic.
pub const PANIC_MESSAGE: &str = "读取工作簿时出错（文件可能已损坏）";

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
