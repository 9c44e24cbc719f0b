//! The output side: the result workbook, per-unit workbooks, JSON, and the
//! terminal text of `explain`, `rules` and `check`. Knows rust_xlsxwriter;
//! knows nothing of calamine. Writers return bytes; `crate::fsio` puts them
//! on disk atomically.

pub mod appeals;
pub mod book;
mod chart;
mod details;
pub mod diff;
pub mod json;
mod notes;
pub mod print;
pub mod public;
mod summary;
pub mod template;
pub mod text;
mod unit_sheet;
mod warnings;
pub mod wrap;
pub mod xlsx;

#[cfg(test)]
pub(crate) mod fixtures;

pub use json::results_json;
pub use template::template_workbook;
pub use text::{check_summary, explain, rules_text};
pub use xlsx::{result_workbook, unit_workbook};

use crate::model::{InputFile, SheetCount};

/// Facts about the run shown in the `说明` sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunInfo {
    /// The ledger files read, in reading order: each file's name (not its
    /// full path, so the output does not depend on where the ledger lies)
    /// and SHA-256.
    pub inputs: Vec<InputFile>,
    /// `ksfk` version (CARGO_PKG_VERSION).
    pub version: String,
    /// Rows read per sheet and rows left out as outside the year.
    pub counts: Vec<SheetCount>,
    /// True when the year was inferred from the ledger (no `--year`).
    pub year_inferred: bool,
}
