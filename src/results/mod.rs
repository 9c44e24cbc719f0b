//! A result of `ksfk score` read back: the result workbook (its `汇总` and
//! `扣分明细` sheets) or its `--json` file, into one results model that
//! `ksfk diff` compares ([`crate::diff`]). Besides `ledger`, the one place
//! that knows calamine.
//!
//! The kind is told by content, not by the file name: a zip is read as a
//! workbook, anything else as JSON. A file that is neither, or lacks a
//! sheet, column or field a result has, is not a ksfk result
//! ([`ReadError::NotResult`], naming what is missing: exit 1); a file that
//! cannot be read at all is [`ReadError::Io`] (exit 3).

mod json;
mod workbook;

use crate::rules::fmt2;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// One audit entry as the result shows it (扣分明细 / `deductions`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub clause: String,
    pub reason: String,
    pub source: String,
    pub record: Option<String>,
    pub amount: Decimal,
}

/// One unit of a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitLine {
    pub name: String,
    /// `区镇`, `A组`, `B组`.
    pub category: String,
    pub total: Decimal,
    pub rank: u32,
    pub points: Option<Decimal>,
    /// In the result's order.
    pub entries: Vec<Entry>,
}

/// A result of `ksfk score`, as `ksfk diff` compares it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResultSet {
    /// In 汇总 order.
    pub units: Vec<UnitLine>,
    /// The year and as-of date the result was scored for, where the file
    /// says (the JSON's `year` and `as_of`; 说明's 考核年度 and 考核基准日).
    pub basis: Option<Basis>,
}

/// What a result was scored for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basis {
    pub year: i32,
    pub as_of: chrono::NaiveDate,
}

impl Basis {
    /// `2017年度（暂计，截至2017-06-30）` or `2017年度（年终）`.
    pub fn label(&self) -> String {
        use chrono::Datelike;
        let year_end = self.as_of.month() == 12 && self.as_of.day() == 31;
        if year_end && self.as_of.year() == self.year {
            format!("{}年度（年终）", self.year)
        } else {
            format!(
                "{}年度（暂计，截至{}）",
                self.year,
                self.as_of.format("%Y-%m-%d")
            )
        }
    }
}

/// Why a file could not be read as a result.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be read at all: exit 3.
    #[error("无法读取 {}：{}", path.display(), crate::fsio::io_reason(source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not a result of `ksfk score`: exit 1.
    #[error("{} 不是 ksfk score 写出的结果（结果工作簿或 --json 文件）：{missing}", path.display())]
    NotResult { path: PathBuf, missing: String },
}

/// The largest result file read back: a real year's result is a few MB
/// (the JSON of a 200,000-row stress ledger is 57 MB); a JSON of this size
/// takes several times as much memory once parsed.
pub const MAX_RESULT_BYTES: u64 = 96 << 20;

/// Reads a result workbook or JSON file.
pub fn read(path: &Path) -> Result<ResultSet, ReadError> {
    // The ledger's own checks: a regular file (a FIFO would block, a
    // device never end) of a bounded size.
    let bytes =
        crate::ledger::input::load_at_most(path, MAX_RESULT_BYTES).map_err(|e| match e {
            crate::ledger::LedgerError::Io { source, .. } => ReadError::Io {
                path: path.to_path_buf(),
                source,
            },
            other => ReadError::NotResult {
                path: path.to_path_buf(),
                missing: match other {
                    crate::ledger::LedgerError::Format { message, .. } => message,
                    other => other.to_string(),
                },
            },
        })?;
    from_bytes(bytes).map_err(|missing| ReadError::NotResult {
        path: path.to_path_buf(),
        missing,
    })
}

/// Reads a result from its bytes; `Err` says what is missing.
pub fn from_bytes(bytes: Vec<u8>) -> Result<ResultSet, String> {
    if bytes.starts_with(b"PK\x03\x04") {
        // calamine may panic on a damaged file: that is no result either.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| workbook::read(bytes)))
            .unwrap_or_else(|_| Err("工作簿已损坏，无法读取".to_string()))
    } else {
        json::read(&bytes)
    }
}

/// An amount as a result shows it: `5.00`.
pub fn amount_text(d: Decimal) -> String {
    fmt2(d)
}
