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
pub mod input;
mod repair;
pub mod roster;
mod sheets;
pub mod source;
mod xlsx;

use crate::model::{InputFile, Ledger, Warning};
use crate::schema::{Need, SheetSpec};
use calamine::{Data, DataRef, Reader};
use cells::Val;
use std::fmt;
use std::io::Cursor;
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
#[derive(Debug)]
pub enum LedgerError {
    /// The file could not be read at all (missing, unreadable): exit 3.
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The file is not a workbook ksfk can read: exit 1.
    Format { path: String, message: String },
    /// The ledger arguments name nothing to read (an empty folder, the
    /// same file twice): exit 2.
    Usage(String),
    /// The workbook was read and holds errors: exit 1. The warnings found
    /// on the way are kept so the user sees them too.
    Invalid {
        problems: Vec<Problem>,
        warnings: Vec<Warning>,
    },
    /// The year cannot be decided: `--year` holds no dated row of the
    /// ledger, or it was omitted and the ledger does not tell (exit 2).
    Year(String),
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LedgerError::Io { path, source } => write!(
                f,
                "无法读取台账文件 {path}：{}",
                crate::fsio::io_reason(source)
            ),
            LedgerError::Format { path, message } if path.is_empty() => f.write_str(message),
            LedgerError::Format { path, message } => write!(f, "{path}：{message}"),
            LedgerError::Usage(message) => f.write_str(message),
            LedgerError::Invalid { problems, .. } => {
                write!(f, "台账有{}处错误", problems.len())
            }
            LedgerError::Year(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for LedgerError {}

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
    let ledger = read_books(books, year, as_of, sheets::Threads::available())?;
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
/// Reads the ledger from its open books. When ksfk's own .xlsx reader
/// declined a sheet ([`xlsx`]), every book is handed to calamine and the
/// ledger read again from the start, so that the outcome is calamine's.
/// In debug builds (every test) a read the own reader made whole is made
/// again by calamine, and the two outcomes must be the same.
fn read_books(
    mut books: Vec<sheets::Source>,
    year: Option<i32>,
    as_of: Option<chrono::NaiveDate>,
    threads: sheets::Threads,
) -> Result<Ledger, LedgerError> {
    let outcome = read_once(&mut books, year, as_of, threads);
    if !books.iter().any(|b| b.book.is_fast()) {
        return outcome;
    }
    let declined = books.iter().any(|b| b.book.declined());
    if !declined && !cfg!(debug_assertions) {
        return outcome;
    }
    // A declined read's outcome is dropped before calamine reads.
    let own = (!declined).then_some(outcome);
    for b in books.iter_mut() {
        b.book
            .hand_to_calamine()
            .map_err(|message| LedgerError::Format {
                path: b.file.unwrap_or_default().to_string(),
                message,
            })?;
    }
    let by_calamine = read_once(&mut books, year, as_of, threads);
    match own {
        None => by_calamine,
        Some(own) => {
            same_outcome(&own, &by_calamine);
            own
        }
    }
}

/// Panics, showing where, unless the own reader's outcome is calamine's.
fn same_outcome(own: &Result<Ledger, LedgerError>, by_calamine: &Result<Ledger, LedgerError>) {
    let (a, b) = (format!("{own:#?}"), format!("{by_calamine:#?}"));
    if a == b {
        return;
    }
    let at = a
        .lines()
        .zip(b.lines())
        .position(|(x, y)| x != y)
        .unwrap_or(0);
    let around = |s: &str| {
        let lines: Vec<&str> = s.lines().skip(at.saturating_sub(4)).take(9).collect();
        lines.join("\n")
    };
    panic!(
        "the own .xlsx reader and calamine read the ledger differently (line {at}):\nown:\n{}\ncalamine:\n{}",
        around(&a),
        around(&b)
    );
}

fn read_once(
    books: &mut [sheets::Source],
    year: Option<i32>,
    as_of: Option<chrono::NaiveDate>,
    threads: sheets::Threads,
) -> Result<Ledger, LedgerError> {
    // The text kept in records is bounded for the run, all files together.
    KEPT_TEXT.with(|k| k.set(0));
    match catch_panic(|| sheets::read_ledger(books, year, as_of, threads)) {
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
    let ledger = read_books(
        vec![sheets::Source { file: None, book }],
        year,
        None,
        sheets::Threads::available(),
    )?;
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

/// The start of the message for a caught panic.
pub const PANIC_MESSAGE: &str = "读取工作簿时出错（文件可能已损坏）";

thread_local! {
    /// Bytes of text kept in records by this thread's current read.
    static KEPT_TEXT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Set while [`catch_panic`] runs: where its panic happened.
    static CAUGHT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set while calamine's code runs (see [`in_calamine`]).
    static IN_CALAMINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Bytes of text kept in records so far by this thread's read.
pub(crate) fn kept_text() -> usize {
    KEPT_TEXT.with(|k| k.get())
}

/// Sets this thread's count of kept text (a read carried on by another
/// thread, or put back together from two).
pub(crate) fn set_kept_text(bytes: usize) {
    KEPT_TEXT.with(|k| k.set(bytes));
}

/// Runs a call into calamine, so that a panic in it is told from one in
/// ksfk's own code (`技术信息：calamine …` or `技术信息：ksfk …`).
fn in_calamine<T>(f: impl FnOnce() -> T) -> T {
    let was = IN_CALAMINE.with(|c| c.replace(true));
    let r = f();
    IN_CALAMINE.with(|c| c.set(was));
    r
}

/// A quick-xml reader with calamine 0.38's settings: empty elements as a
/// start and an end, text untrimmed, end names and comments unchecked.
/// The bounds check of an .ods and the own scanner's test read as calamine
/// reads.
pub(crate) fn calamine_xml_reader<B: std::io::BufRead>(input: B) -> quick_xml::Reader<B> {
    let mut reader = quick_xml::Reader::from_reader(input);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    reader
}

/// Runs `f`, turning a panic into `Err(where and what)`, not printed: a
/// hook installed once stays quiet while `f` runs on this thread and defers
/// to the previous hook otherwise. (The fuzz targets tell a caught panic by
/// [`PANIC_MESSAGE`] and its place.)
pub(crate) fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    {
        static QUIET: std::sync::Once = std::sync::Once::new();
        QUIET.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                if CATCHING.with(|c| c.get()) {
                    let at = info
                        .location()
                        .map(|l| {
                            let file = l.file().rsplit(['/', '\\']).take(3).collect::<Vec<_>>();
                            let file: Vec<&str> = file.into_iter().rev().collect();
                            format!("{}:{}", file.join("/"), l.line())
                        })
                        .unwrap_or_default();
                    let what = info
                        .payload()
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| info.payload().downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    let what = what.split_whitespace().collect::<Vec<_>>().join(" ");
                    let whose = if IN_CALAMINE.with(|c| c.get()) {
                        "calamine"
                    } else {
                        "ksfk"
                    };
                    CAUGHT.with(|c| *c.borrow_mut() = Some(format!("{whose} {at} {what}")));
                } else {
                    previous(info);
                }
            }));
        });
    }
    let was = CATCHING.with(|c| c.replace(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(was));
    IN_CALAMINE.with(|c| c.set(false));
    r.map_err(|_| {
        CAUGHT
            .with(|c| c.borrow_mut().take())
            .unwrap_or_else(|| "panic".into())
    })
}

/// Panics again, on this thread, with a panic caught on another by
/// [`catch_panic`] (`at`: where and what), so that this thread's
/// [`catch_panic`] reports it as its own.
pub(crate) fn panic_again(at: String) -> ! {
    if CATCHING.with(|c| c.get()) {
        CAUGHT.with(|c| *c.borrow_mut() = Some(at.clone()));
    }
    std::panic::resume_unwind(Box::new(at))
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An open workbook of any format calamine reads: .xlsx (by ksfk's own
/// reader, or by calamine when it declines) and .xlsb are streamed cell by
/// cell; .xls and .ods are read by calamine into dense ranges, after
/// [`bounds`] has checked their size.
pub(crate) enum Book {
    /// An .xlsx read by ksfk's own reader ([`xlsx`]), whose parsed parts a
    /// second handle shares.
    Fast(Box<xlsx::Fast>),
    /// An .xlsx read by calamine (one the own reader declines), with its
    /// bytes, which a second handle shares.
    Xlsx(Box<calamine::Xlsx<Cursor<Shared>>>, Shared),
    Xlsb(Box<calamine::Xlsb<Cursor<Vec<u8>>>>),
    Other(Box<calamine::Sheets<Cursor<Vec<u8>>>>),
}

/// What a second handle on an .xlsx is opened from.
pub(crate) enum Twin {
    /// The own reader's parsed parts: nothing is parsed again.
    Fast(std::sync::Arc<xlsx::Package>),
    /// The bytes, which calamine parses again.
    Calamine(Shared),
}

impl Twin {
    pub(crate) fn open(self) -> Result<Book, String> {
        match self {
            Twin::Fast(package) => Ok(Book::Fast(Box::new(xlsx::Fast::new(package)))),
            Twin::Calamine(bytes) => Book::xlsx(bytes),
        }
    }
}

/// A workbook's bytes, shared by the handles that read it (no copy).
#[derive(Clone)]
pub(crate) struct Shared(std::sync::Arc<Vec<u8>>);

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Resource bounds, checked from the zip directory before anything is
/// decompressed (issue: hostile workbooks). A real ledger of 200,000
/// hotline rows stays far below each.
pub mod limits {
    /// Entries in the zip.
    pub const MAX_ENTRIES: usize = 10_000;
    /// Declared uncompressed size of all entries together (the zip reader
    /// never yields more than an entry declares). A real ledger of 200,000
    /// hotline rows is about 100 MB; streaming 512 MB of sheet XML takes
    /// seconds in a release build.
    pub const MAX_TOTAL_BYTES: u64 = 512 << 20;
    /// Declared uncompressed size of the shared-string table, which
    /// calamine loads whole into memory.
    pub const MAX_SHARED_STRINGS_BYTES: u64 = 100 << 20;
    /// How much more than its compressed size honest spreadsheet XML
    /// unpacks to: 8–15 times for ledgers saved by Excel, WPS, LibreOffice
    /// and rust_xlsxwriter (measured on 200k- and 500k-row ledgers); a zip
    /// bomb unpacks hundreds or thousands of times. A part (or the whole
    /// package) that compresses no more than this is honest and may pass
    /// the limits above, up to the `HONEST_*` ones: a LibreOffice-saved
    /// ledger of 500k rows can hold a 250 MB shared-string table and
    /// 600 MB of sheet XML.
    pub const HONEST_RATIO: u64 = 40;
    /// [`MAX_TOTAL_BYTES`] (and a worksheet's limit) for an honest package.
    pub const HONEST_TOTAL_BYTES: u64 = 2 << 30;
    /// [`MAX_SHARED_STRINGS_BYTES`] for an honest table.
    pub const HONEST_SHARED_STRINGS_BYTES: u64 = 384 << 20;

    /// The limit for `size` unpacked bytes stored in `packed` bytes:
    /// `honest` when the ratio is that of honest XML, else `limit`.
    pub fn by_ratio(size: u64, packed: u64, limit: u64, honest: u64) -> u64 {
        if size <= packed.saturating_mul(HONEST_RATIO) {
            honest.max(limit)
        } else {
            limit
        }
    }
    /// Declared uncompressed size of any other part that calamine loads
    /// whole (styles, workbook, relationships; not worksheets, which are
    /// streamed, nor an .ods's content.xml, checked by `bounds`).
    pub const MAX_PART_BYTES: u64 = 64 << 20;
    /// Cells of the dense ranges calamine builds for an .xls or .ods, all
    /// sheets together (about 56 bytes each): a real ledger of 200,000
    /// rows of 13 columns needs 2.6 million.
    pub const MAX_DENSE_CELLS: u64 = 3_000_000;
    /// calamine's own caps on an .ods table.
    pub const ODS_MAX_ROWS: u32 = 1_048_576;
    pub const ODS_MAX_COLUMNS: u32 = 16_384;
    /// Data rows per sheet (Excel's own limit is 1,048,575).
    pub const MAX_ROWS: usize = 1_048_576;
    /// Problems collected before the reader stops reading more rows.
    pub const MAX_PROBLEMS: usize = 10_000;
    /// Bytes of text (ids, names, titles) kept in records: a real ledger
    /// of 200,000 rows keeps a few MB; a long string repeated over a
    /// million cells would keep gigabytes.
    pub const MAX_KEPT_TEXT: usize = 64 << 20;
}

/// A library's error as the analyst sees it (docs/ledger.md): what could
/// not be read, in Chinese, and what to do; the library's own (English)
/// text only after it, in parentheses.
pub(crate) fn unreadable(what: &str, e: &dyn fmt::Display) -> String {
    format!("{what}：请在Excel或WPS中打开该文件，另存为.xlsx文件后再试（技术信息：{e}）")
}

const NOT_WORKBOOK: &str = "不是Excel工作簿：请在Excel或WPS中打开后“另存为”.xlsx文件再试";
const ENCRYPTED: &str =
    "工作簿设置了打开密码（已加密），无法读取：请在Excel中取消密码后另存一份再试";

/// What the stream hands on for one cell reference.
#[derive(Debug)]
pub(crate) enum Incoming {
    /// A non-empty value.
    Value(Val),
    /// A reference given before in this sheet (or a row given again, or
    /// out of order): the file says two things of one cell.
    Again,
}

/// Tells a cell reference given twice in a sheet's XML (or a row given
/// again after later rows) from a new one. Excel, WPS and LibreOffice write
/// rows in ascending order and each cell once; calamine would hand on both
/// values and the later would win silently.
#[derive(Default)]
struct Order {
    row: Option<u32>,
    max_row: Option<u32>,
    /// The columns of the current row while they come in order: a column
    /// after the last one is new without a search (every file written by
    /// Excel, WPS or LibreOffice gives a row's columns in ascending order).
    in_order: Vec<u32>,
    /// Every column of the current row, kept only once a row gives a
    /// column out of order.
    cols: Option<crate::model::FastSet<u32>>,
    /// The current row was given before: its cells are dropped (the row
    /// is reported once).
    skipping: bool,
}

enum Seen {
    New,
    Again,
    Skip,
}

impl Order {
    fn see(&mut self, r: u32, c: u32) -> Seen {
        if self.row == Some(r) {
            if self.skipping {
                return Seen::Skip;
            }
            if self.cols.is_none() && self.in_order.last().is_some_and(|last| c > *last) {
                self.in_order.push(c);
                return Seen::New;
            }
            let cols = self
                .cols
                .get_or_insert_with(|| self.in_order.iter().copied().collect());
            return if cols.insert(c) {
                Seen::New
            } else {
                Seen::Again
            };
        }
        self.row = Some(r);
        self.cols = None;
        self.in_order.clear();
        self.in_order.push(c);
        if self.max_row.is_some_and(|m| r <= m) {
            self.skipping = true;
            return Seen::Again;
        }
        self.skipping = false;
        self.max_row = Some(r);
        Seen::New
    }
}

/// Caches the value of the last long shared string, so that one huge
/// string repeated over thousands of cells is measured once.
#[derive(Default)]
struct LongCache(Option<(usize, usize, Val)>);

impl LongCache {
    fn val(&mut self, s: &str) -> Val {
        if s.len() <= cells::MAX_CELL_CHARS {
            return Val::Text(s.to_string());
        }
        let key = (s.as_ptr() as usize, s.len());
        match &self.0 {
            Some((p, l, v)) if (*p, *l) == key => v.clone(),
            _ => {
                let v = cells::text_val(s);
                self.0 = Some((key.0, key.1, v.clone()));
                v
            }
        }
    }
}

/// Streams the cells of `$sheet` of an .xlsx or .xlsb book into `$f`:
/// `$next` reads one cell as `(position, value, formula)`.
macro_rules! stream_cells {
    ($book:expr, $sheet:expr, $f:expr, |$reader:ident| $next:expr) => {{
        let mut $reader = in_calamine(|| $book.worksheet_cells_reader($sheet))
            .map_err(|e| unreadable("无法读取工作表", &e))?;
        let mut order = Order::default();
        let mut long = LongCache::default();
        while let Some((pos, value, formula)) = in_calamine(|| $next)
            .map_err(|e| unreadable("无法读取工作表（文件可能已损坏）", &e))?
        {
            let (r, c): (u32, u32) = pos;
            match order.see(r, c) {
                Seen::Skip => {}
                Seen::Again => $f(r, c, Incoming::Again),
                Seen::New => {
                    let v = match (value, formula) {
                        // A formula whose cached value is missing: never
                        // read as empty.
                        (DataRef::Empty, Some(formula)) => Some(Val::Formula(formula)),
                        (DataRef::SharedString(s), _) => Some(long.val(s)),
                        // An inline string is the reader's own: moved.
                        (DataRef::String(s), _) => Some(cells::text_val_owned(s)),
                        (value, _) => val_of_ref(&value),
                    };
                    if let Some(v) = v {
                        $f(r, c, Incoming::Value(v));
                    }
                }
            }
        }
        Ok(())
    }};
}

/// The start of a formula, for messages.
fn formula_start(f: &str) -> String {
    f.chars().take(cells::SHOWN_CHARS).collect()
}

impl Book {
    /// Opens a workbook from its bytes, recognising the format by content,
    /// not by the file name's extension: .xlsx, .xlsb and .ods (zip), .xls
    /// (OLE); an encrypted workbook (OLE with an EncryptedPackage) is
    /// refused with its own message.
    fn open(bytes: Vec<u8>, budget: &mut source::Budget) -> Result<Book, String> {
        use calamine::{Ods, Sheets, Xls, Xlsb};
        let broken =
            |e: &dyn fmt::Display| unreadable("无法读取该工作簿（文件可能已损坏或不完整）", e);
        if bytes.starts_with(ZIP_MAGIC) {
            let (kind, usage) = check_zip(&bytes)?;
            budget.draw(usage)?;
            // Forms calamine misreads, made readable or refused (repair.rs).
            let bytes = match kind {
                ZipKind::Xlsb => repair::xlsb(bytes)?,
                ZipKind::Ods => repair::ods(bytes)?,
                _ => bytes,
            };
            match kind {
                ZipKind::Xlsx => {
                    let bytes = Shared(std::sync::Arc::new(bytes));
                    match xlsx::Package::open(bytes.clone()) {
                        Some(package) => {
                            package.check_claim()?;
                            Ok(Book::Fast(Box::new(xlsx::Fast::new(std::sync::Arc::new(
                                package,
                            )))))
                        }
                        None => {
                            check_shared_string_counts(bytes.as_ref())?;
                            Book::xlsx(bytes)
                        }
                    }
                }
                ZipKind::Xlsb => in_calamine(|| Xlsb::new(Cursor::new(bytes)))
                    .map(|x| Book::Xlsb(Box::new(x)))
                    .map_err(|e| broken(&e)),
                ZipKind::Ods => in_calamine(|| Ods::new(Cursor::new(bytes)))
                    .map(|x| Book::Other(Box::new(Sheets::Ods(x))))
                    .map_err(|e| match e {
                        calamine::OdsError::Password => ENCRYPTED.to_string(),
                        e => broken(&e),
                    }),
                ZipKind::Other => Err(NOT_WORKBOOK.into()),
            }
        } else if bytes.starts_with(CFB_MAGIC) {
            let name: Vec<u8> = "EncryptedPackage"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect();
            if bytes.windows(name.len()).any(|w| w == name.as_slice()) {
                return Err(ENCRYPTED.into());
            }
            let dense_cells = bounds::check_xls(&bytes)?;
            budget.draw(source::Usage {
                dense_cells,
                ..source::Usage::default()
            })?;
            let bytes = repair::xls(bytes)?;
            in_calamine(|| Xls::new(Cursor::new(bytes)))
                .map(|x| Book::Other(Box::new(Sheets::Xls(x))))
                .map_err(|e| match e {
                    calamine::XlsError::Password => ENCRYPTED.to_string(),
                    calamine::XlsError::Cfb(_) => NOT_WORKBOOK.to_string(),
                    e => broken(&e),
                })
        } else {
            Err(repair::unreadable_form(&bytes).unwrap_or_else(|| NOT_WORKBOOK.into()))
        }
    }

    /// What a second handle on an .xlsx book, for sheets read on another
    /// thread, is opened from ([`Twin::open`]); `None` for the other
    /// formats (read whole by calamine, or not worth it).
    pub(crate) fn twin(&self) -> Option<Twin> {
        match self {
            Book::Fast(x) => Some(Twin::Fast(x.package().clone())),
            Book::Xlsx(_, bytes) => Some(Twin::Calamine(bytes.clone())),
            _ => None,
        }
    }

    /// Whether the own .xlsx reader read this book.
    pub(crate) fn is_fast(&self) -> bool {
        matches!(self, Book::Fast(_))
    }

    /// Whether the own .xlsx reader declined a sheet of this book (or of
    /// the package its twin shares): the ledger is to be read again by
    /// calamine.
    pub(crate) fn declined(&self) -> bool {
        matches!(self, Book::Fast(x) if x.declined())
    }

    /// Hands an .xlsx read by the own reader to calamine.
    pub(crate) fn hand_to_calamine(&mut self) -> Result<(), String> {
        if let Book::Fast(x) = self {
            let bytes = x.bytes();
            *self = catch_panic(|| Book::xlsx(bytes)).map_err(|at| panic_message(&at))??;
        }
        Ok(())
    }

    /// Opens the .xlsx of `bytes`; a second handle on a book opened
    /// before parses its parts once more (its shared strings among them)
    /// and shares the bytes.
    pub(crate) fn xlsx(bytes: Shared) -> Result<Book, String> {
        in_calamine(|| calamine::Xlsx::new(Cursor::new(bytes.clone())))
            .map(|x| Book::Xlsx(Box::new(x), bytes))
            .map_err(|e| unreadable("无法读取该.xlsx文件（文件可能已损坏或不完整）", &e))
    }

    fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Fast(x) => x.sheet_names(),
            Book::Xlsx(x, _) => in_calamine(|| x.sheet_names()),
            Book::Xlsb(x) => in_calamine(|| x.sheet_names()),
            Book::Other(s) => in_calamine(|| s.sheet_names()),
        }
    }

    fn is_1904(&self) -> bool {
        match self {
            Book::Fast(x) => x.is_1904(),
            Book::Xlsx(x, _) => x.has_1904_epoch(),
            Book::Xlsb(x) => x.has_1904_epoch(),
            Book::Other(s) => match s.as_ref() {
                calamine::Sheets::Xls(x) => x.has_1904_epoch(),
                _ => false,
            },
        }
    }

    /// Streams the used cells of `sheet` in row order: `(row, col, value)`,
    /// 0-based. Empty cells are not passed.
    fn for_each_cell(
        &mut self,
        sheet: &str,
        mut f: impl FnMut(u32, u32, Incoming),
    ) -> Result<(), String> {
        match self {
            Book::Fast(x) => x.for_each_cell(sheet, f),
            Book::Xlsx(x, _) => stream_cells!(x, sheet, f, |r| {
                use calamine::XlsxFormulaMetadata as M;
                r.next_cell_with_formula_metadata().map(|cell| {
                    cell.map(|cell| {
                        let formula = cell.formula.map(|f| match f {
                            M::Normal { formula } | M::Shared { formula, .. } => {
                                Some(formula_start(&formula))
                            }
                            _ => None,
                        });
                        (cell.pos, cell.value, formula)
                    })
                })
            }),
            Book::Xlsb(x) => stream_cells!(x, sheet, f, |r| {
                r.next_cell().map(|cell| {
                    cell.map(|cell| (cell.get_position(), cell.get_value().clone(), None))
                })
            }),
            Book::Other(s) => {
                let range = in_calamine(|| s.worksheet_range(sheet))
                    .map_err(|e| unreadable("无法读取工作表", &e))?;
                // An .ods formula cell without a value: calamine keeps the
                // formula apart.
                let formulas = match s.as_mut() {
                    calamine::Sheets::Ods(o) => in_calamine(|| o.worksheet_formula(sheet)).ok(),
                    _ => None,
                };
                let (r0, c0) = range.start().unwrap_or((0, 0));
                for (r, c, v) in range.used_cells() {
                    if let Some(v) = val_of_data(v) {
                        f(r0 + r as u32, c0 + c as u32, Incoming::Value(v));
                    }
                }
                if let Some(formulas) = formulas {
                    for (r, c, formula) in formulas.used_cells() {
                        let (fr, fc) = formulas.start().unwrap_or((0, 0));
                        let (r, c) = (fr + r as u32, fc + c as u32);
                        let empty = matches!(range.get_value((r, c)), None | Some(Data::Empty));
                        if !formula.is_empty() && empty {
                            f(
                                r,
                                c,
                                Incoming::Value(Val::Formula(Some(formula_start(formula)))),
                            );
                        }
                    }
                }
                Ok(())
            }
        }
    }
}

/// A cell formatted as a date. calamine's `as_datetime` panics on a serial
/// beyond chrono's range (a date-formatted 1e300; found by fuzzing), so
/// only serials of years 1900..9999 (Excel's own range) are converted; any
/// other stays a number, which the date reader refuses with its place.
fn date_val(dt: &calamine::ExcelDateTime) -> Val {
    const EXCEL_MAX_SERIAL: f64 = 2_958_466.0;
    let v = dt.as_f64();
    if !(v.is_finite() && (0.0..EXCEL_MAX_SERIAL).contains(&v)) {
        return Val::Float(v);
    }
    match dt.as_datetime() {
        Some(d) if dt.is_datetime() => Val::Date(d.date()),
        _ => Val::Float(v),
    }
}

fn val_of_ref(v: &DataRef) -> Option<Val> {
    Some(match v {
        DataRef::Empty => return None,
        DataRef::Int(i) => Val::Int(*i),
        DataRef::Float(x) => Val::Float(*x),
        DataRef::String(s) => cells::text_val(s),
        DataRef::SharedString(s) => cells::text_val(s),
        DataRef::Bool(b) => Val::Bool(*b),
        DataRef::DateTime(dt) => date_val(dt),
        DataRef::DateTimeIso(s) => Val::IsoDate(s.clone()),
        DataRef::DurationIso(s) => Val::Text(s.clone()),
        DataRef::Error(e) => Val::Error(e.to_string()),
    })
}

fn val_of_data(v: &Data) -> Option<Val> {
    Some(match v {
        Data::Empty => return None,
        Data::Int(i) => Val::Int(*i),
        Data::Float(x) => Val::Float(*x),
        Data::String(s) => cells::text_val(s),
        Data::Bool(b) => Val::Bool(*b),
        Data::DateTime(dt) => date_val(dt),
        Data::DateTimeIso(s) => Val::IsoDate(s.clone()),
        Data::DurationIso(s) => Val::Text(s.clone()),
        Data::Error(e) => Val::Error(e.to_string()),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ZipKind {
    Xlsx,
    Xlsb,
    Ods,
    Other,
}

/// Checks a zip workbook's directory against [`limits`] before anything is
/// decompressed (an .ods's content.xml is then measured by [`bounds`]), and
/// tells .xlsx from .xlsb and .ods. The declared sizes are enough: the zip
/// reader (zip 9) refuses to inflate an entry past its declared size, so a
/// header that lies ends in a read error, not in unbounded output (a test
/// in tests/hostile.rs patches a size to prove it).
fn check_zip(bytes: &[u8]) -> Result<(ZipKind, source::Usage), String> {
    use std::io::Read;
    let broken = |e: zip::result::ZipError| {
        unreadable(
            "无法读取该工作簿（文件不完整或已损坏，可能只复制了一部分）",
            &e,
        )
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    if zip.len() > limits::MAX_ENTRIES {
        return Err(format!(
            "工作簿内含{}个部件，超过上限{}：文件异常",
            zip.len(),
            limits::MAX_ENTRIES
        ));
    }
    if zip.has_duplicate_names() {
        let name = duplicate_entry_name(bytes)
            .map(|n| format!("「{}」", crate::term::escape(&n)))
            .unwrap_or_default();
        return Err(format!(
            "工作簿的压缩包中有两个同名部件{name}：读取哪一个无法确定（文件已损坏或被改动），拒绝读取。请在Excel或WPS中打开后另存一份再试"
        ));
    }
    let (mut total, mut packed): (u64, u64) = (0, 0);
    let mut usage = source::Usage::default();
    let mut kind = ZipKind::Other;
    // Names as calamine looks them up: without letter case, `\` as `/`.
    let mut names: std::collections::HashMap<String, String> = Default::default();
    let mut shared_strings = Vec::new();
    for i in 0..zip.len() {
        let f = zip.by_index_raw(i).map_err(broken)?;
        if f.encrypted() {
            return Err(ENCRYPTED.into());
        }
        let name = f.name().map_err(broken)?.to_string();
        let key = name.replace('\\', "/").to_lowercase();
        if let Some(first) = names.insert(key.clone(), name.clone()) {
            let shown = |n: &str| crate::term::escape(n).into_owned();
            let also = if first == name {
                String::new()
            } else {
                format!("与「{}」", shown(&first))
            };
            return Err(format!(
                "工作簿的压缩包中有两个同名部件「{}」{also}：读取哪一个无法确定（文件已损坏或被改动），拒绝读取。请在Excel或WPS中打开后另存一份再试",
                shown(&name)
            ));
        }
        if key.ends_with("sharedstrings.xml") {
            shared_strings.push(i);
        }
        match name.as_str() {
            "xl/workbook.xml" => kind = ZipKind::Xlsx,
            "xl/workbook.bin" if kind != ZipKind::Xlsx => kind = ZipKind::Xlsb,
            "content.xml" if kind == ZipKind::Other => kind = ZipKind::Ods,
            _ => {}
        }
        total = total.saturating_add(f.size());
        packed = packed.saturating_add(f.compressed_size());
        let lower = name.to_ascii_lowercase();
        let is_sst = lower.ends_with("sharedstrings.xml") || lower.ends_with("sharedstrings.bin");
        let limit = if is_sst {
            limits::by_ratio(
                f.size(),
                f.compressed_size(),
                limits::MAX_SHARED_STRINGS_BYTES,
                limits::HONEST_SHARED_STRINGS_BYTES,
            )
        } else if lower.starts_with("xl/worksheets/")
            || lower.starts_with("xl/media/")
            || lower.starts_with("pictures/")
            || lower == "content.xml"
        {
            limits::by_ratio(
                f.size(),
                f.compressed_size(),
                limits::MAX_TOTAL_BYTES,
                limits::HONEST_TOTAL_BYTES,
            )
        } else {
            limits::MAX_PART_BYTES
        };
        if f.size() > limit {
            return Err(too_big(&name, f.size(), limit));
        }
        if is_sst {
            usage.shared_strings_bytes = usage.shared_strings_bytes.saturating_add(f.size());
            usage.shared_strings_packed = usage
                .shared_strings_packed
                .saturating_add(f.compressed_size());
        }
    }
    let limit = limits::by_ratio(
        total,
        packed,
        limits::MAX_TOTAL_BYTES,
        limits::HONEST_TOTAL_BYTES,
    );
    if total > limit {
        return Err(too_big("全部内容", total, limit));
    }
    // An .xlsx's table is checked as it is read (Book::open): counted by
    // the own reader, or streamed here before calamine reads it.
    if kind != ZipKind::Xlsx {
        for i in shared_strings {
            let f = zip.by_index(i).map_err(broken)?;
            let name = f.name().map_err(broken)?.to_string();
            check_shared_string_count(&name, f)?;
        }
    }
    if kind == ZipKind::Ods {
        // A password-protected .ods encrypts its parts itself (the zip is
        // not encrypted); its manifest says so.
        if let Ok(manifest) = zip.by_name("META-INF/manifest.xml") {
            let mut text = Vec::new();
            manifest
                .take(limits::MAX_PART_BYTES)
                .read_to_end(&mut text)
                .map_err(|e| unreadable("无法读取该工作簿（文件已损坏）", &e))?;
            if text.windows(15).any(|w| w == b"encryption-data") {
                return Err(ENCRYPTED.into());
            }
        }
        let content = zip.by_name("content.xml").map_err(broken)?;
        usage.dense_cells = bounds::check_ods(content)?;
    }
    usage.unpacked_bytes = total;
    usage.packed_bytes = packed;
    Ok((kind, usage))
}

/// The first name that two central-directory records of a zip share (for
/// the message only; the zip reader keeps one of them silently).
fn duplicate_entry_name(bytes: &[u8]) -> Option<String> {
    let mut seen = std::collections::HashSet::new();
    let mut i = 0;
    while let Some(at) = bytes.get(i..)?.windows(4).position(|w| w == b"PK\x01\x02") {
        let start = i + at;
        let len = u16::from_le_bytes([*bytes.get(start + 28)?, *bytes.get(start + 29)?]) as usize;
        if let Some(name) = bytes.get(start + 46..start + 46 + len) {
            if !seen.insert(name) {
                return Some(String::from_utf8_lossy(name).into_owned());
            }
        }
        i = start + 4;
    }
    None
}

/// How many strings a shared-string table may claim beyond those it holds
/// (calamine reserves room for the claim: 24 bytes each).
const SHARED_STRINGS_MARGIN: u64 = 100_000;

/// calamine reserves room for as many strings as the table's
/// `uniqueCount` claims before reading any (`uniqueCount="4000000000"` asked
/// for 96 GB and aborted the process). A claim above
/// [`SHARED_STRINGS_MARGIN`] is checked against the strings the part really
/// holds (counted by streaming it, within its size limit) and refused when
/// it exceeds them by more than the margin.
fn check_shared_string_count(name: &str, part: impl std::io::Read) -> Result<(), String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(part));
    let mut buf = Vec::new();
    let mut claimed: Option<u64> = None;
    let mut held: u64 = 0;
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                "sst" => {
                    claimed = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "uniqueCount")
                        // One calamine cannot parse is not reserved.
                        .and_then(|a| a.value.trim().parse::<u64>().ok());
                    match claimed {
                        Some(n) if n > SHARED_STRINGS_MARGIN => {}
                        // A small or absent claim costs nothing.
                        _ => return Ok(()),
                    }
                }
                "si" => held += 1,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    match claimed {
        Some(n) => shared_string_claim(name, n, held),
        None => Ok(()),
    }
}

/// Refuses a table of `held` strings that claims `claimed`, more than
/// [`SHARED_STRINGS_MARGIN`] beyond them.
fn shared_string_claim(name: &str, claimed: u64, held: u64) -> Result<(), String> {
    if claimed > held.saturating_add(SHARED_STRINGS_MARGIN) {
        return Err(format!(
            "工作簿的共享字符串表（{}）声称有{claimed}个字符串，实际只有{held}个：文件已损坏或被改动，拒绝读取。请在Excel或WPS中打开后另存一份再试",
            crate::term::escape(name)
        ));
    }
    Ok(())
}

/// [`check_shared_string_count`] for every shared-string table of an
/// .xlsx (names as the zip check finds them), before calamine reads it.
fn check_shared_string_counts(bytes: &[u8]) -> Result<(), String> {
    let broken = |e: zip::result::ZipError| {
        unreadable(
            "无法读取该工作簿（文件不完整或已损坏，可能只复制了一部分）",
            &e,
        )
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    for i in 0..zip.len() {
        let f = zip.by_index(i).map_err(broken)?;
        let name = f.name().map_err(broken)?.to_string();
        if name
            .replace('\\', "/")
            .to_lowercase()
            .ends_with("sharedstrings.xml")
        {
            check_shared_string_count(&name, f)?;
        }
    }
    Ok(())
}

fn too_big(part: &str, size: u64, limit: u64) -> String {
    let lower = part.to_ascii_lowercase();
    let part = if lower.ends_with("sharedstrings.xml") || lower.ends_with("sharedstrings.bin") {
        format!("共享字符串表（{part}）")
    } else if part.starts_with('全') {
        part.to_string()
    } else {
        format!("部件{part}")
    };
    format!(
        "工作簿的{part}解压后有{}MB，超过上限{}MB：文件异常（可能是压缩炸弹），拒绝读取",
        size >> 20,
        limit >> 20
    )
}

/// Excel column letters of a 0-based column index: 0 → A, 26 → AA.
pub fn column_letters(mut col: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// `热线工单`, or `热线.xlsx:热线工单` when the run reads several files:
/// the start of every place in a sheet.
pub(crate) fn sheet_place(file: Option<&str>, sheet: &str) -> String {
    match file {
        Some(file) => format!("{file}:{sheet}"),
        None => sheet.to_string(),
    }
}

/// The columns of one sheet (one file's copy of it) as found in its
/// header row.
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    /// The file holding this copy, when the run reads several.
    pub file: Option<&'static str>,
    pub sheet: &'static str,
    /// For each column of the spec, its 0-based sheet column, if present.
    pub at: Vec<Option<u32>>,
    pub spec: &'static SheetSpec,
    /// Header cells that are no column of the sheet: (column, header).
    pub ignored: Vec<(u32, String)>,
    next: std::cell::Cell<usize>,
}

impl Columns {
    /// True when the header row has the column.
    pub fn has(&self, header: &str) -> bool {
        self.spec
            .columns
            .iter()
            .position(|c| c.header == header)
            .is_some_and(|i| self.at[i].is_some())
    }

    /// The spec index of a header. Readers ask for a row's columns in
    /// nearly the same order every row, so the column after the last one
    /// asked is tried first (a profile showed the plain search).
    fn index(&self, header: &str) -> usize {
        let columns = self.spec.columns;
        let guess = self.next.get() % columns.len().max(1);
        // The same constant is usually passed: its address is compared
        // before its text.
        let is = |c: &crate::schema::Column| std::ptr::eq(c.header, header) || c.header == header;
        let i = if columns.get(guess).is_some_and(is) {
            guess
        } else {
            columns
                .iter()
                .position(is)
                .unwrap_or_else(|| panic!("{} has no column {header}", self.spec.name))
        };
        self.next.set(i + 1);
        i
    }

    /// `热线工单!D17` for a column and 1-based row; `热线工单!17` when the
    /// (optional) column is absent.
    pub fn place(&self, header: &str, row: u32) -> String {
        let sheet = sheet_place(self.file, self.sheet);
        match self.at[self.index(header)] {
            Some(c) => format!("{sheet}!{}{}", column_letters(c), row),
            None => format!("{sheet}!{row}"),
        }
    }
}

/// One data row being read: its cells by spec column, and the problems it
/// adds to. `ok` turns false at the first problem, so the caller builds a
/// record only from a fully valid row.
pub(crate) struct RowReader<'a> {
    pub row: u32,
    cols: &'a Columns,
    cells: &'a [Option<Val>],
    problems: &'a mut Vec<Problem>,
    pub ok: bool,
    is_1904: bool,
}

impl<'a> RowReader<'a> {
    /// The non-blank value of a column, if any.
    pub fn raw(&self, header: &str) -> Option<&'a Val> {
        self.cells[self.cols.index(header)]
            .as_ref()
            .filter(|v| !v.is_blank())
    }

    pub fn place(&self, header: &str) -> String {
        self.cols.place(header, self.row)
    }

    /// The row's place as a record keeps it.
    pub fn at(&self, sheet: &'static str) -> crate::model::Place {
        crate::model::Place::new(self.cols.file, sheet, self.row)
    }

    /// Records a problem with the column's cell.
    pub fn fail(&mut self, header: &str, message: impl Into<String>) {
        let value = self.raw(header).map(shown_value);
        self.problems.push(Problem {
            place: self.place(header),
            column: Some(header.to_string()),
            value,
            message: message.into(),
        });
        self.ok = false;
    }

    /// Converts a column's value; `None` when empty or wrong (a problem is
    /// recorded when wrong, or when empty and `required`).
    pub fn get<T>(
        &mut self,
        header: &str,
        required: bool,
        convert: impl FnOnce(&Val) -> Result<T, String>,
    ) -> Option<T> {
        let Some(v) = self.raw(header) else {
            let i = self.cols.index(header);
            if required
                && self.cols.at[i].is_none()
                && self.cols.spec.columns[i].need == Need::Required
            {
                // The header lacks a required column: that is one error at
                // the header, not one at every row.
                self.ok = false;
            } else if required {
                self.fail(header, "必填，不能为空");
            }
            return None;
        };
        if let Some(message) = cells::unusable(v) {
            self.fail(header, message);
            return None;
        }
        match convert(v) {
            Ok(t) => Some(t),
            Err(message) => {
                self.fail(header, message);
                None
            }
        }
    }

    /// Text kept in a record (ids, names, titles), counted against
    /// [`limits::MAX_KEPT_TEXT`].
    pub fn text(&mut self, header: &str, required: bool) -> Option<String> {
        self.get(header, required, |v| {
            let t = cells::text(v).unwrap_or_default();
            let kept = KEPT_TEXT.with(|k| {
                let n = k.get().saturating_add(t.len());
                k.set(n);
                n
            });
            if kept > limits::MAX_KEPT_TEXT {
                return Err(format!(
                    "台账中的文字总量超过上限{}MB（同一段长文字被大量重复？）：文件异常，拒绝读取",
                    limits::MAX_KEPT_TEXT >> 20
                ));
            }
            Ok(t)
        })
    }

    pub fn date(&mut self, header: &str, required: bool) -> Option<chrono::NaiveDate> {
        let is_1904 = self.is_1904;
        self.get(header, required, |v| cells::date(v, is_1904))
    }

    pub fn flag(&mut self, header: &str, required: bool) -> Option<bool> {
        self.get(header, required, cells::flag)
    }
}

/// Reads one sheet: finds its columns by the header in row 1 and calls
/// `on_row` for every non-empty data row. Returns `None` (with problems
/// recorded) when the header is unusable.
pub(crate) fn read_sheet(
    book: &mut Book,
    file: Option<&'static str>,
    actual_name: &str,
    spec: &'static SheetSpec,
    problems: &mut Vec<Problem>,
    mut on_row: impl FnMut(&mut RowReader),
) -> Option<Columns> {
    let is_1904 = book.is_1904();
    let mut state = SheetState::new(spec, file);
    let mut cells: Vec<Option<Val>> = vec![None; spec.columns.len()];
    let result = book.for_each_cell(actual_name, |r, c, v| match v {
        Incoming::Value(v) => state.push(r, c, v, problems, &mut cells, is_1904, &mut on_row),
        Incoming::Again => problems.push(Problem {
            place: format!("{}!{}{}", sheet_place(file, spec.name), column_letters(c), r + 1),
            column: None,
            value: None,
            message: "工作表的XML中该单元格出现了两次（或该行重复、行的顺序错乱）：读哪一个值无法确定，文件已损坏或被改动。请在Excel或WPS中打开后另存一份再试".into(),
        }),
    });
    if let Err(message) = result {
        problems.push(Problem {
            place: sheet_place(file, spec.name),
            column: None,
            value: None,
            message,
        });
        return None;
    }
    state.finish(problems, &mut cells, is_1904, &mut on_row)
}

/// How many leading rows are kept to look for a header below a title row.
const HEADER_SEARCH_ROWS: u32 = 6;

enum Phase {
    /// Collecting the first rows to find the header.
    Header(Vec<(u32, Vec<(u32, Val)>)>),
    Data(Columns),
    /// The header is unusable; the sheet's rows are not read.
    Skip,
}

struct SheetState {
    spec: &'static SheetSpec,
    file: Option<&'static str>,
    phase: Phase,
    current: Option<u32>,
    /// `(sheet column, spec column)` of the header's known columns, in the
    /// data phase: a
    /// short list, not a vector indexed by the sheet column (a header cell
    /// claiming column 1,650,000,000 made that 26 GB; found by fuzzing).
    map: Vec<(u32, usize)>,
    any: bool,
    rows: usize,
}

impl SheetState {
    fn new(spec: &'static SheetSpec, file: Option<&'static str>) -> SheetState {
        SheetState {
            spec,
            file,
            phase: Phase::Header(Vec::new()),
            current: None,
            map: Vec::new(),
            any: false,
            rows: 0,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        r: u32,
        c: u32,
        v: Val,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
    ) {
        if self.current != Some(r) {
            self.end_row(problems, cells, is_1904, on_row);
            self.current = Some(r);
        }
        match &mut self.phase {
            Phase::Header(rows) => {
                if r >= HEADER_SEARCH_ROWS {
                    self.resolve_header(problems, cells, is_1904, on_row, true);
                    return self.data_cell(c, v, cells);
                }
                match rows.last_mut() {
                    Some((last, row)) if *last == r => row.push((c, v)),
                    _ => rows.push((r, vec![(c, v)])),
                }
            }
            Phase::Data(_) => self.data_cell(c, v, cells),
            Phase::Skip => {}
        }
    }

    fn data_cell(&mut self, c: u32, v: Val, cells: &mut [Option<Val>]) {
        if !matches!(self.phase, Phase::Data(_)) {
            return;
        }
        if !v.is_blank() {
            self.any = true;
        }
        if let Some((_, i)) = self.map.iter().find(|(col, _)| *col == c) {
            cells[*i] = Some(v);
        }
    }

    /// The current row is complete: in the data phase, hand it on.
    fn end_row(
        &mut self,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
    ) {
        if let (Phase::Data(cols), Some(r)) = (&self.phase, self.current) {
            if self.any && (self.rows >= limits::MAX_ROWS || problems.len() >= limits::MAX_PROBLEMS)
            {
                let message = if self.rows >= limits::MAX_ROWS {
                    format!("数据超过{}行，超出上限：其余行未读取", limits::MAX_ROWS)
                } else {
                    format!(
                        "错误已超过{}处：其余行未检查，请先改正以上错误",
                        limits::MAX_PROBLEMS
                    )
                };
                problems.push(Problem {
                    place: format!("{}!{}", sheet_place(cols.file, cols.sheet), r + 1),
                    column: None,
                    value: None,
                    message,
                });
                self.phase = Phase::Skip;
                return;
            }
            if self.any {
                self.rows += 1;
                let before = problems.len();
                let mut reader = RowReader {
                    row: r + 1,
                    cols,
                    cells,
                    problems,
                    ok: true,
                    is_1904,
                };
                on_row(&mut reader);
                // A cell no column can use (a formula without a cached
                // value, an error value, overlong text) is an error in
                // every column of the sheet, also one this row does not
                // read (a department-only column on a 区镇 row, say).
                for (i, cell) in cells.iter().enumerate() {
                    let Some(v) = cell else { continue };
                    let Some(message) = cells::unusable(v) else {
                        continue;
                    };
                    let header = cols.spec.columns[i].header;
                    let place = cols.place(header, r + 1);
                    if !problems[before..].iter().any(|p| p.place == place) {
                        problems.push(Problem {
                            place,
                            column: Some(header.to_string()),
                            value: Some(shown_value(v)),
                            message,
                        });
                    }
                }
            }
            cells.iter_mut().for_each(|c| *c = None);
            self.any = false;
        } else if matches!(self.phase, Phase::Header(_)) && self.current == Some(0) {
            // Row 1 is complete: if it is a good header, start reading data.
            self.resolve_header(problems, cells, is_1904, on_row, false);
        }
    }

    /// Decides on the header once row 1 is complete (`force` = the search
    /// window is over). Rows collected after row 1 are then replayed.
    fn resolve_header(
        &mut self,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
        force: bool,
    ) {
        let Phase::Header(rows) = &mut self.phase else {
            return;
        };
        let rows = std::mem::take(rows);
        let first = rows.iter().find(|(r, _)| *r == 0);
        let found = first
            .map(|(_, cells)| header_map(cells))
            .unwrap_or_default();
        let missing: Vec<&str> = self
            .spec
            .columns
            .iter()
            .filter(|c| c.need == Need::Required)
            .filter(|c| !found.iter().any(|(_, h)| h == c.header))
            .map(|c| c.header)
            .collect();
        if !missing.is_empty() && !force && rows.iter().all(|(r, _)| *r == 0) {
            // Row 1 is not a good header; keep collecting to see whether a
            // header stands lower (a title row above it).
            self.phase = Phase::Header(rows);
            return;
        }
        if !missing.is_empty() {
            let lower = rows.iter().find(|(r, cells)| {
                *r > 0 && {
                    let m = header_map(cells);
                    self.spec
                        .columns
                        .iter()
                        .filter(|c| c.need == Need::Required)
                        .all(|c| m.iter().any(|(_, h)| h == c.header))
                }
            });
            if let Some((r, _)) = lower {
                problems.push(Problem {
                    place: format!("{}!1", sheet_place(self.file, self.spec.name)),
                    column: None,
                    value: None,
                    message: format!(
                        "表头必须在第1行，但表头在第{}行：请删除上方的标题行（或合并的标题单元格）",
                        r + 1
                    ),
                });
                self.phase = Phase::Skip;
                return;
            }
        }
        let (at, ignored) = check_header(self.file, self.spec, &found, problems);
        for (i, c) in at.iter().enumerate() {
            if let Some(c) = c {
                self.map.push((*c, i));
            }
        }
        self.phase = Phase::Data(Columns {
            file: self.file,
            sheet: self.spec.name,
            at,
            spec: self.spec,
            ignored,
            next: std::cell::Cell::new(0),
        });
        // Replay rows collected below the header.
        let keep_current = self.current;
        for (r, row) in rows.into_iter().filter(|(r, _)| *r > 0) {
            self.current = Some(r);
            for (c, v) in row {
                self.data_cell(c, v, cells);
            }
            self.end_row(problems, cells, is_1904, on_row);
        }
        self.current = keep_current;
    }

    fn finish(
        mut self,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
    ) -> Option<Columns> {
        if matches!(self.phase, Phase::Header(_)) {
            self.resolve_header(problems, cells, is_1904, on_row, true);
        } else {
            self.end_row(problems, cells, is_1904, on_row);
        }
        match self.phase {
            Phase::Data(cols) => Some(cols),
            _ => None,
        }
    }
}

/// Checks a header row (docs/ledger.md, General reading rules) and finds the
/// sheet's columns in it: two cells of one name are an error at the later;
/// a cell one or two characters away from a column that is missing
/// (`办结日其`) is an error at that cell with the suggestion; a missing
/// required column is an error at the closest header cell, if any, else at
/// row 1. Returns each spec column's sheet column and the cells ignored.
fn check_header(
    file: Option<&str>,
    spec: &SheetSpec,
    found: &[(u32, String)],
    problems: &mut Vec<Problem>,
) -> (Vec<Option<u32>>, Vec<(u32, String)>) {
    let sheet = sheet_place(file, spec.name);
    let place = |c: u32| format!("{sheet}!{}1", column_letters(c));
    let mut at: Vec<Option<u32>> = vec![None; spec.columns.len()];
    let mut unmatched: Vec<(u32, String)> = Vec::new();
    let mut seen: Vec<(&str, u32)> = Vec::new();
    for (c, h) in found {
        if let Some((_, first)) = seen.iter().find(|(s, _)| s == h) {
            problems.push(Problem {
                place: place(*c),
                column: Some(h.clone()),
                value: None,
                message: format!(
                    "表头中「{h}」出现了两次（第一次在{}）：请删除或改名其中一列",
                    place(*first)
                ),
            });
            continue;
        }
        seen.push((h, *c));
        match spec.columns.iter().position(|col| col.header == h) {
            Some(i) => at[i] = Some(*c),
            None => unmatched.push((*c, h.clone())),
        }
    }
    let missing: Vec<usize> = (0..spec.columns.len())
        .filter(|i| at[*i].is_none())
        .collect();
    let chars = |s: &str| s.chars().count();
    // Typos of missing columns.
    let mut claimed: Vec<usize> = Vec::new();
    let mut ignored = Vec::new();
    for (c, h) in unmatched.iter() {
        let near = missing
            .iter()
            .map(|i| (strsim::levenshtein(h, spec.columns[*i].header), *i))
            .filter(|(d, i)| *d <= 2 && *d < chars(spec.columns[*i].header))
            .min();
        match near {
            Some((d, i)) => {
                let col = &spec.columns[i];
                let need = if col.need == Need::Required {
                    "必需的列"
                } else {
                    "列"
                };
                problems.push(Problem {
                    place: place(*c),
                    column: None,
                    value: Some(h.clone()),
                    message: format!(
                        "表头「{h}」不是本表的列，与本表缺少的{need}「{}」只差{d}个字：是否应为「{}」？请改正列名（否则该列会被忽略）",
                        col.header, col.header
                    ),
                });
                claimed.push(i);
            }
            None => ignored.push((*c, h.clone())),
        }
    }
    // Missing required columns not claimed by a typo.
    let mut far: Vec<&str> = Vec::new();
    let mut used: Vec<u32> = Vec::new();
    for i in missing {
        let col = &spec.columns[i];
        if col.need != Need::Required || claimed.contains(&i) {
            continue;
        }
        let closest = ignored
            .iter()
            .map(|(c, h)| (strsim::levenshtein(h, col.header), *c, h))
            .filter(|(d, _, h)| *d < chars(col.header).max(chars(h)))
            .min();
        match closest {
            Some((_, c, h)) => {
                used.push(c);
                problems.push(Problem {
                place: place(c),
                column: None,
                value: Some(h.clone()),
                message: format!(
                    "第1行（表头）缺少必需的列「{}」：最接近的表头是「{h}」，如果就是该列，请改为「{}」",
                    col.header, col.header
                ),
                })
            }
            None => far.push(col.header),
        }
    }
    // A cell named in an error is not also listed as ignored.
    ignored.retain(|(c, _)| !used.contains(c));
    if !far.is_empty() {
        problems.push(Problem {
            place: format!("{sheet}!1"),
            column: None,
            value: None,
            message: format!(
                "第1行（表头）缺少必需的列：{}（列名须与台账格式一致）",
                far.join("、")
            ),
        });
    }
    (at, ignored)
}

/// `(column, normalized header)` of a header row's text cells.
fn header_map(cells: &[(u32, Val)]) -> Vec<(u32, String)> {
    cells
        .iter()
        .filter_map(|(c, v)| cells::text(v).map(|t| (*c, cells::normalize_header(&t))))
        .filter(|(_, h)| !h.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16383), "XFD");
    }

    #[test]
    fn a_cell_or_row_given_again_is_told_in_any_column_order() {
        let mut o = Order::default();
        let seen = |o: &mut Order, r, c| match o.see(r, c) {
            Seen::New => "new",
            Seen::Again => "again",
            Seen::Skip => "skip",
        };
        // In order, then out of order within the row: C1 A1 C1 B1 A1.
        let got: Vec<&str> = [(0, 0), (0, 2), (0, 5), (0, 1), (0, 5), (0, 3), (0, 1)]
            .into_iter()
            .map(|(r, c)| seen(&mut o, r, c))
            .collect();
        assert_eq!(got, ["new", "new", "new", "new", "again", "new", "again"]);
        // A new row starts afresh; a row given again is reported once and
        // its other cells skipped.
        assert_eq!(seen(&mut o, 1, 5), "new");
        assert_eq!(seen(&mut o, 1, 6), "new");
        assert_eq!(seen(&mut o, 0, 7), "again");
        assert_eq!(seen(&mut o, 0, 8), "skip");
        assert_eq!(seen(&mut o, 2, 0), "new");
    }

    /// A ledger of every sheet, with an extra column (a note), and `rows`
    /// rows of text that no column accepts (problems in every sheet).
    pub(super) fn bad_ledger(rows: u32) -> Vec<u8> {
        let mut wb = rust_xlsxwriter::Workbook::new();
        for spec in crate::schema::SHEETS {
            let ws = wb.add_worksheet();
            ws.set_name(spec.name).unwrap();
            let n = spec.columns.len() as u16;
            for (c, col) in (0u16..).zip(spec.columns) {
                ws.write_string(0, c, col.header).unwrap();
            }
            ws.write_string(0, n, "备注").unwrap();
            for r in 1..=rows {
                for c in 0..=n {
                    ws.write_string(r, c, format!("坏{}", r % 7)).unwrap();
                }
            }
        }
        wb.save_to_buffer().unwrap()
    }

    /// The whole outcome of reading `files` (name, bytes), as text.
    fn outcome(files: &[(&'static str, Vec<u8>)], threads: sheets::Threads) -> String {
        let mut budget = source::Budget::default();
        let books = files
            .iter()
            .map(|(name, bytes)| sheets::Source {
                file: (files.len() > 1).then_some(*name),
                book: Book::open(bytes.clone(), &mut budget).unwrap(),
            })
            .collect();
        format!("{:?}", read_books(books, Some(2017), None, threads))
    }

    /// 热线工单 read on a second thread gives the one-thread outcome, byte
    /// for byte: a valid ledger, one with problems in every sheet, one past
    /// the bound on problems (the other sheets then read again), and
    /// several files.
    #[test]
    fn a_second_thread_changes_nothing_read() {
        let example = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ledger-2017.xlsx"),
        )
        .unwrap();
        let cases: Vec<Vec<(&'static str, Vec<u8>)>> = vec![
            vec![("台账.xlsx", example.clone())],
            vec![("台账.xlsx", bad_ledger(3))],
            vec![("台账.xlsx", bad_ledger(400))],
            vec![("甲.xlsx", example), ("乙.xlsx", bad_ledger(2))],
        ];
        for (i, files) in cases.iter().enumerate() {
            let one = outcome(files, sheets::Threads::One);
            let two = outcome(files, sheets::Threads::Two);
            assert!(one == two, "case {i}: the outcomes differ");
            let problems = one.matches("Problem {").count();
            match i {
                0 => assert!(one.starts_with("Ok("), "{}", &one[..200]),
                1 => assert!(
                    (100..limits::MAX_PROBLEMS).contains(&problems),
                    "{problems}"
                ),
                2 => assert!(problems >= limits::MAX_PROBLEMS, "{problems}"),
                _ => assert!(problems > 10, "{problems}"),
            }
        }
    }

    /// The outcomes of reading `bytes` by the own .xlsx reader and by
    /// calamine, and whether the own reader read it whole (did not
    /// decline).
    fn by_both(bytes: &[u8]) -> (String, String, bool) {
        let read = |book: Book| {
            let mut books = vec![sheets::Source { file: None, book }];
            let outcome = read_once(&mut books, Some(2017), None, sheets::Threads::Two);
            (format!("{outcome:#?}"), books[0].book.declined())
        };
        let open = || Book::open(bytes.to_vec(), &mut source::Budget::default()).unwrap();
        let fast = open();
        assert!(fast.is_fast(), "the own reader declined the package");
        let (own, declined) = read(fast);
        let mut book = open();
        book.hand_to_calamine().unwrap();
        assert!(!book.is_fast());
        let (by_calamine, _) = read(book);
        (own, by_calamine, !declined)
    }

    fn assert_same(own: &str, by_calamine: &str, what: &str) {
        if own != by_calamine {
            let at = own
                .lines()
                .zip(by_calamine.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let line = |s: &str| s.lines().nth(at).unwrap_or("").to_string();
            panic!(
                "{what}: read differently at line {at}:\nown:      {}\ncalamine: {}",
                line(own),
                line(by_calamine)
            );
        }
    }

    /// Workbooks as Excel-like programs write them are read by the own
    /// reader whole, exactly as calamine reads them: ksfk's own (the
    /// example), openpyxl's (inline and shared strings, dates, the 1904
    /// system, formulas with and without cached values, a merged title)
    /// and LibreOffice's (shared strings, styles of its own).
    #[test]
    fn the_own_xlsx_reader_reads_what_calamine_reads() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<(String, Vec<u8>)> = vec![
            (
                "example".into(),
                std::fs::read(root.join("examples/ledger-2017.xlsx")).unwrap(),
            ),
            ("bad_ledger".into(), bad_ledger(3)),
        ];
        for name in [
            "full.xlsx",
            "full-libreoffice.xlsx",
            "epoch-1904.xlsx",
            "formulas.xlsx",
            "formula-errors.xlsx",
            "merged-title.xlsx",
        ] {
            files.push((
                name.into(),
                std::fs::read(root.join("fixtures").join(name)).unwrap(),
            ));
        }
        for (name, bytes) in &files {
            let (own, by_calamine, whole) = by_both(bytes);
            assert!(whole, "{name}: the own reader declined a sheet");
            assert_same(&own, &by_calamine, name);
            assert!(
                own.contains("roster") || own.contains("Problem {"),
                "{name}: {own}"
            );
        }
    }

    /// `bytes` with the sheet `name`'s part replaced by `xml`.
    pub(super) fn with_sheet(bytes: &[u8], name: &str, xml: &str) -> Vec<u8> {
        use std::io::{Read, Write};
        let index = crate::schema::SHEETS
            .iter()
            .position(|s| s.name == name)
            .unwrap();
        let part = format!("xl/worksheets/sheet{}.xml", index + 1);
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let mut found = false;
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let entry = f.name().unwrap().to_string();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            if entry == part {
                data = xml.as_bytes().to_vec();
                found = true;
            }
            out.start_file(entry, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&data).unwrap();
        }
        assert!(found, "{part}");
        out.finish().unwrap().into_inner()
    }

    /// A sheet of 例会 with its header and `rows` (XML), under the prefix
    /// `p` (`""` or `"x:"`).
    pub(super) fn meetings_xml(p: &str, rows: &str) -> String {
        let spec = crate::schema::sheet(crate::schema::MEETINGS);
        let header: String = spec
            .columns
            .iter()
            .map(|c| {
                format!(
                    r#"<{p}c t="inlineStr"><{p}is><{p}t>{}</{p}t></{p}is></{p}c>"#,
                    c.header
                )
            })
            .collect();
        let ns = if p.is_empty() { "xmlns" } else { "xmlns:x" };
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<{p}worksheet {ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><{p}dimension ref="A1:H9"/><{p}sheetData><{p}row r="1">{header}</{p}row>{rows}</{p}sheetData></{p}worksheet>"#
        )
    }

    /// Rows of 例会 with what the own reader reads as calamine does: rich
    /// and phonetic text, preserved and trimmed blanks, entities, every
    /// cell type, shared formulas, rows and cells without a reference, a
    /// cell given twice and a row out of order.
    pub(super) const QUIRKS: &str = r#"<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve"> 文本 </t></r><rPh sb="0" eb="1"><t>フ</t></rPh></is></c><c r="B2" t="str"><f>A2&amp;""</f><v>a&amp;b</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><v>42800.5</v></c><c r="F2"><f t="shared" ref="F2:F3" si="0">1+1</f></c></row><row r="3"><c r="F3"><f t="shared" si="0"/></c><c t="inlineStr"><is><t>  trimmed  </t></is></c><c/><c t="s"></c></row><row><c r="A4" t="d"><v>2017-03-01T00:00:00</v></c><c r="B4" t="inlineStr"><is><t>&#x4E2D;&lt;&gt;&quot;</t></is></c><c r="C4"><v>1.5E-3</v></c><c r="D4" t="n"><v>-7</v></c><c r="E4" t="inlineStr"><is><t>a</t></is><v>ignored</v></c></row><row r="6" spans="1:3"><c r="A6" t="inlineStr"><is><t>2017-05-02</t></is></c><c r="B6"><f>SUM(1,2)</f></c><c r="A6" t="inlineStr"><is><t>again</t></is></c></row><row r="5"><c r="A5"><v>1</v></c></row>"#;

    /// What the own reader understands it reads as calamine does — rich
    /// and phonetic text, preserved and trimmed blanks, entities, every
    /// cell type, shared formulas, rows and cells without a reference,
    /// namespace prefixes — and what it does not understand it declines,
    /// calamine then reading the ledger (same outcome either way).
    #[test]
    fn the_own_xlsx_reader_reads_quirks_as_calamine_or_declines_them() {
        let base = bad_ledger(0);
        let quirks = QUIRKS;
        let prefixed = r#"<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>西区</x:t></x:is></x:c><x:c r="C2"><x:v>42800</x:v></x:c></x:row>"#;
        let cases: Vec<(&str, String, bool)> = vec![
            ("quirks", meetings_xml("", quirks), true),
            ("prefixed", meetings_xml("x:", prefixed), true),
            (
                "an _x escape",
                meetings_xml(
                    "",
                    r#"<row r="2"><c r="A2" t="inlineStr"><is><t>a_x000D_b</t></is></c></row>"#,
                ),
                false,
            ),
            (
                "a number with blanks",
                meetings_xml("", r#"<row r="2"><c r="A2"><v> 12</v></c></row>"#),
                false,
            ),
            (
                "an entity in a number",
                meetings_xml("", r#"<row r="2"><c r="A2"><v>&#49;2</v></c></row>"#),
                false,
            ),
            (
                "a carriage return",
                meetings_xml(
                    "",
                    "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a\r\nb</t></is></c></row>",
                ),
                false,
            ),
            (
                "a broken sheet",
                meetings_xml("", r#"<row r="2"><c r="A2"><v>1</v>"#),
                false,
            ),
        ];
        for (what, xml, whole) in cases {
            let bytes = with_sheet(&base, crate::schema::MEETINGS, &xml);
            let (own, by_calamine, read_whole) = by_both(&bytes);
            assert_eq!(read_whole, whole, "{what}");
            if whole {
                assert_same(&own, &by_calamine, what);
            }
            // Declined or not, read_books gives calamine's outcome.
            let book = Book::open(bytes.clone(), &mut source::Budget::default()).unwrap();
            let books = vec![sheets::Source { file: None, book }];
            let outcome = format!(
                "{:#?}",
                read_books(books, Some(2017), None, sheets::Threads::Two)
            );
            assert_same(&outcome, &by_calamine, what);
        }
    }

    #[test]
    fn honest_xml_may_pass_the_lower_limits_a_bomb_may_not() {
        use limits::*;
        const MB: u64 = 1 << 20;
        let sst = |size, packed| {
            by_ratio(
                size,
                packed,
                MAX_SHARED_STRINGS_BYTES,
                HONEST_SHARED_STRINGS_BYTES,
            )
        };
        // A LibreOffice-saved 500k-row ledger: 240 MB of shared strings
        // stored in 30 MB (8×) may be read.
        assert!(240 * MB <= sst(240 * MB, 30 * MB));
        // The same 240 MB of one repeated string, stored in 1 MB: refused
        // at the lower limit, and so is anything over the honest limit.
        assert_eq!(sst(240 * MB, MB), MAX_SHARED_STRINGS_BYTES);
        assert!(400 * MB > sst(400 * MB, 100 * MB));
        // A ratio of exactly 40 is honest; 41 is not.
        assert_eq!(sst(40 * 150 * MB, 150 * MB), HONEST_SHARED_STRINGS_BYTES);
        assert_eq!(sst(41 * 3 * MB, 3 * MB), MAX_SHARED_STRINGS_BYTES);
        // Sheets and the package: up to 2 GiB when honest, 512 MiB when not.
        let total = |size, packed| by_ratio(size, packed, MAX_TOTAL_BYTES, HONEST_TOTAL_BYTES);
        assert!(700 * MB <= total(700 * MB, 60 * MB));
        assert_eq!(total(700 * MB, 2 * MB), MAX_TOTAL_BYTES);
        assert!(3000 * MB > total(3000 * MB, 300 * MB));
    }
}
