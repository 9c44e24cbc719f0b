//! Where a record stands in the ledger.

use std::fmt;

/// Where a record stands in the ledger: its file (when the run reads
/// several), its sheet and 1-based Excel row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    /// The file name (never its folder) when more than one file is read;
    /// `None` when the ledger is one workbook.
    pub file: Option<&'static str>,
    pub sheet: &'static str,
    pub row: u32,
}

impl Place {
    pub fn new(file: Option<&'static str>, sheet: &'static str, row: u32) -> Place {
        Place { file, sheet, row }
    }

    pub fn file(&self) -> Option<&'static str> {
        self.file
    }

    pub fn sheet(&self) -> &'static str {
        self.sheet
    }

    /// `第17行`, or `热线.xlsx第17行` when `self` lies in another file than
    /// `from` (the other row of a duplicate, named from the later one).
    pub fn row_from(&self, from: &Place) -> String {
        match self.file {
            Some(file) if self.file != from.file => format!("{file}第{}行", self.row),
            _ => format!("第{}行", self.row),
        }
    }
}

impl fmt::Display for Place {
    /// `热线工单!17`: the sheet and the row number as Excel shows it;
    /// `热线.xlsx:热线工单!17` when several files are read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = self.file {
            write!(f, "{file}:")?;
        }
        write!(f, "{}!{}", self.sheet, self.row)
    }
}
