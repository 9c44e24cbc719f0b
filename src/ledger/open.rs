//! Opening a workbook: the format told by its bytes, handed to calamine,
//! and its cells streamed as [`Val`]s in row order. Every call into
//! calamine goes through [`in_calamine`], so a panic inside it on a damaged
//! file becomes a format error naming calamine ([`catch_panic`]).

use super::cells::{self, Val};
use super::guard::{self, ZipKind};
use super::{bounds, source};
use calamine::{Data, DataRef, Reader};
use std::fmt;
use std::io::Cursor;

thread_local! {
    /// Set while [`catch_panic`] runs: where its panic happened.
    static CAUGHT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set while calamine's code runs (see [`in_calamine`]).
    static IN_CALAMINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
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

/// An open workbook of any format calamine reads: .xlsx and .xlsb are
/// streamed cell by cell; .xls and .ods are read by calamine into dense
/// ranges, after [`bounds`](super::bounds) has checked their size.
pub(crate) enum Book {
    Xlsx(Box<calamine::Xlsx<Cursor<Vec<u8>>>>),
    Xlsb(Box<calamine::Xlsb<Cursor<Vec<u8>>>>),
    Other(Box<calamine::Sheets<Cursor<Vec<u8>>>>),
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
pub(super) const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Resource bounds, checked from the zip directory before anything is
/// decompressed (issue: hostile workbooks). A real ledger of 200,000
/// hotline rows stays far below each.
/// A library's error as the analyst sees it (docs/ledger.md): what could
/// not be read, in Chinese, and what to do; the library's own (English)
/// text only after it, in parentheses.
pub(crate) fn unreadable(what: &str, e: &dyn fmt::Display) -> String {
    format!("{what}：请在Excel或WPS中打开该文件，另存为.xlsx文件后再试（技术信息：{e}）")
}

pub(super) const NOT_WORKBOOK: &str =
    "不是Excel工作簿：请在Excel或WPS中打开后“另存为”.xlsx文件再试";
pub(super) const ENCRYPTED: &str =
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
    cols: Option<std::collections::HashSet<u32>>,
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
    pub(crate) fn open(bytes: Vec<u8>, budget: &mut source::Budget) -> Result<Book, String> {
        use calamine::{Ods, Sheets, Xls, Xlsb};
        let broken =
            |e: &dyn fmt::Display| unreadable("无法读取该工作簿（文件可能已损坏或不完整）", e);
        if bytes.starts_with(ZIP_MAGIC) {
            let (kind, usage) = guard::check_zip(&bytes)?;
            budget.draw(usage)?;
            // Forms calamine misreads, made readable or refused (repair.rs).
            let bytes = match kind {
                ZipKind::Xlsb => super::repair::xlsb(bytes)?,
                ZipKind::Ods => super::repair::ods(bytes)?,
                _ => bytes,
            };
            match kind {
                ZipKind::Xlsx => in_calamine(|| calamine::Xlsx::new(Cursor::new(bytes)))
                    .map(|x| Book::Xlsx(Box::new(x)))
                    .map_err(|e| unreadable("无法读取该.xlsx文件（文件可能已损坏或不完整）", &e)),
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
            let bytes = super::repair::xls(bytes)?;
            in_calamine(|| Xls::new(Cursor::new(bytes)))
                .map(|x| Book::Other(Box::new(Sheets::Xls(x))))
                .map_err(|e| match e {
                    calamine::XlsError::Password => ENCRYPTED.to_string(),
                    calamine::XlsError::Cfb(_) => NOT_WORKBOOK.to_string(),
                    e => broken(&e),
                })
        } else {
            Err(super::repair::unreadable_form(&bytes).unwrap_or_else(|| NOT_WORKBOOK.into()))
        }
    }

    pub(crate) fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(x) => in_calamine(|| x.sheet_names()),
            Book::Xlsb(x) => in_calamine(|| x.sheet_names()),
            Book::Other(s) => in_calamine(|| s.sheet_names()),
        }
    }

    pub(crate) fn is_1904(&self) -> bool {
        match self {
            Book::Xlsx(x) => x.has_1904_epoch(),
            Book::Xlsb(x) => x.has_1904_epoch(),
            Book::Other(s) => match s.as_ref() {
                calamine::Sheets::Xls(x) => x.has_1904_epoch(),
                _ => false,
            },
        }
    }

    /// Streams the used cells of `sheet` in row order: `(row, col, value)`,
    /// 0-based. Empty cells are not passed.
    pub(crate) fn for_each_cell(
        &mut self,
        sheet: &str,
        mut f: impl FnMut(u32, u32, Incoming),
    ) -> Result<(), String> {
        match self {
            Book::Xlsx(x) => stream_cells!(x, sheet, f, |r| {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
