//! One or many workbooks, or a folder → the files to read (docs/ledger.md, One
//! workbook or several), and the run-wide budget their bounds draw from.
//!
//! A folder stands for every `.xlsx`, `.xlsm`, `.xls`, `.xlsb`, `.ods`
//! directly in it (extension in any letter case), in name order, less the
//! Office lock files (`~$…`) and the files `ksfk` itself wrote (results,
//! per-unit workbooks, diffs): see [`own_output`]. When more than one file
//! is read, every place names its file by [`label`].

use super::{limits, LedgerError};
use crate::schema;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The workbook extensions read from a folder (compared in lower case).
pub const EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xls", "xlsb", "ods"];

/// The optional sheets that at most one file may hold (docs/ledger.md): the
/// rest of the ledger is read against them, so two versions would be
/// ambiguous. Two files holding one is an error naming both.
pub(crate) const SINGLE_FILE_SHEETS: &[&str] = &[schema::ROSTER, schema::APPEALS];

/// A file left out of the run, and why (shown to the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub name: String,
    pub why: &'static str,
}

/// The files of a run, in the order their rows are read.
#[derive(Debug, Clone, Default)]
pub struct Files {
    pub paths: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
}

/// The file name of a path, as places and 说明 show it.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Expands the command line's ledger arguments: a file stands for itself,
/// a folder for its workbooks in name order. Lock files and `ksfk`'s own
/// outputs are skipped (and listed); two files of the same name (their
/// places could not be told apart), the same file twice, or nothing left
/// to read are usage errors.
pub fn gather(args: &[PathBuf]) -> Result<Files, LedgerError> {
    let mut files = Files::default();
    for arg in args {
        let meta = std::fs::metadata(arg).map_err(|source| LedgerError::Io {
            path: arg.display().to_string(),
            source,
        })?;
        let mut candidates = Vec::new();
        if meta.is_dir() {
            let entries = std::fs::read_dir(arg).map_err(|source| LedgerError::Io {
                path: arg.display().to_string(),
                source,
            })?;
            let mut found: Vec<(String, PathBuf)> = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|source| LedgerError::Io {
                    path: arg.display().to_string(),
                    source,
                })?;
                let path = entry.path();
                let name = file_name(&path);
                let is_workbook = name
                    .rsplit_once('.')
                    .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext.to_lowercase().as_str()));
                // A folder named `x.xlsx` or a dangling link is not a workbook.
                if is_workbook && path.is_file() {
                    found.push((name, path));
                }
            }
            found.sort();
            if found.is_empty() {
                return Err(LedgerError::Usage(format!(
                    "文件夹 {} 中没有台账工作簿（.xlsx、.xlsm、.xls、.xlsb、.ods）：请指定台账文件或存放台账的文件夹",
                    arg.display()
                )));
            }
            candidates.extend(found.into_iter().map(|(_, p)| p));
        } else {
            candidates.push(arg.clone());
        }
        for path in candidates {
            let name = file_name(&path);
            if let Some(why) = skip_reason(&path, &name) {
                files.skipped.push(Skipped { name, why });
            } else {
                files.paths.push(path);
            }
        }
    }
    if files.paths.is_empty() {
        let listed: Vec<String> = files
            .skipped
            .iter()
            .map(|s| format!("{}（{}）", s.name, s.why))
            .collect();
        return Err(LedgerError::Usage(format!(
            "没有可读取的台账工作簿，已跳过：{}",
            listed.join("、")
        )));
    }
    // Each path made canonical once, and names and files looked up in
    // maps: a folder of thousands of files takes linear time (comparing
    // every pair canonicalized two million paths for 1,000 files).
    let mut by_file: HashMap<PathBuf, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, p) in files.paths.iter().enumerate() {
        let key = p.canonicalize().unwrap_or_else(|_| p.clone());
        if by_file.insert(key, i).is_some() {
            return Err(LedgerError::Usage(format!(
                "台账文件 {} 指定了两次：每个文件只能读取一次",
                p.display()
            )));
        }
        if let Some(j) = by_name.insert(file_name(p), i) {
            return Err(LedgerError::Usage(format!(
                "两个台账文件同名（{} 与 {}）：错误位置只写文件名，无法区分，请改名其中一个",
                files.paths[j].display(),
                p.display()
            )));
        }
    }
    Ok(files)
}

/// Why a file is not read as a ledger, if it is not.
fn skip_reason(path: &Path, name: &str) -> Option<&'static str> {
    if name.starts_with("~$") {
        return Some("Office 锁定文件");
    }
    // macOS writes `._name` resource files beside the real ones on shared drives.
    if name.starts_with("._") {
        return Some("macOS 附属文件");
    }
    // Only a regular file is opened here (a FIFO would block); anything
    // else is left to the reader, which refuses it with its reason.
    (path.is_file() && own_output(path, name)).then_some("ksfk 写出的结果")
}

/// Whether a file is one `ksfk` wrote (a result workbook, a per-unit
/// workbook, a diff), not a ledger. The rule, cheap and robust:
/// - its name is `考核结果-….xlsx` (the default result name); or
/// - it is an .xlsx package holding no ledger sheet (by trimmed name,
///   the optional ones included) and either its document properties name
///   `ksfk` as the author, or its sheets include `扣分明细` (a result) or
///   `变动汇总` (a diff).
///
/// A ledger written by `ksfk template` holds the ledger sheets, so it is
/// never taken for an output, whoever saved it last.
pub fn own_output(path: &Path, name: &str) -> bool {
    let lower = name.to_lowercase();
    if name.starts_with("考核结果-") && lower.ends_with(".xlsx") {
        return true;
    }
    if !(lower.ends_with(".xlsx") || lower.ends_with(".xlsm")) {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(mut zip) = zip::ZipArchive::new(file) else {
        return false;
    };
    if zip.len() > limits::MAX_ENTRIES {
        return false;
    }
    let mut part = |name: &str| -> String {
        let mut text = Vec::new();
        if let Ok(f) = zip.by_name(name) {
            let _ = f.take(1 << 20).read_to_end(&mut text);
        }
        String::from_utf8_lossy(&text).into_owned()
    };
    let workbook = part("xl/workbook.xml");
    let core = part("docProps/core.xml");
    let sheets = sheet_names(&workbook);
    let ledger_sheet = sheets.iter().any(|s| {
        let s = super::cells::trim(s);
        SINGLE_FILE_SHEETS.contains(&s) || schema::SHEETS.iter().any(|spec| spec.name == s)
    });
    if ledger_sheet {
        return false;
    }
    let by_ksfk = core.contains("<dc:creator>ksfk</dc:creator>");
    by_ksfk || sheets.iter().any(|s| s == "扣分明细" || s == "变动汇总")
}

/// The `name` attributes of the `<sheet>` elements of `xl/workbook.xml`.
fn sheet_names(xml: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<sheet ") {
        rest = &rest[at + 7..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if let Some(n) = tag.find("name=\"") {
            let value = &tag[n + 6..];
            if let Some(q) = value.find('"') {
                names.push(
                    value[..q]
                        .replace("&amp;", "&")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'"),
                );
            }
        }
    }
    names
}

/// An interned file name, so that a [`crate::model::Place`] stays `Copy`:
/// each distinct name is leaked once per process (a run reads a handful).
pub fn label(name: &str) -> &'static str {
    use std::sync::Mutex;
    static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(n) = names.iter().find(|n| **n == name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.push(leaked);
    leaked
}

/// What the files of one run have used of the bounds in [`limits`]: the
/// per-file checks measure each file, and the run as a whole must stay
/// within the same bounds, so splitting a bomb across files gains nothing.
#[derive(Debug, Default, Clone)]
pub(crate) struct Budget {
    /// Bytes of the files as read from disk.
    pub file_bytes: u64,
    /// Declared uncompressed bytes of the zip packages, and compressed.
    pub unpacked_bytes: u64,
    pub packed_bytes: u64,
    /// Declared uncompressed bytes of the shared-string tables, and
    /// compressed.
    pub shared_strings_bytes: u64,
    pub shared_strings_packed: u64,
    /// Cells of the dense ranges of .xls and .ods files.
    pub dense_cells: u64,
}

/// One file's use of the bounds.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Usage {
    pub unpacked_bytes: u64,
    /// Compressed bytes of the package's parts (their ratio tells honest
    /// XML from a bomb, [`limits::by_ratio`]).
    pub packed_bytes: u64,
    pub shared_strings_bytes: u64,
    pub shared_strings_packed: u64,
    pub dense_cells: u64,
}

impl Budget {
    /// Adds a file's size before it is read; an error when the run's
    /// files together pass [`limits::MAX_TOTAL_BYTES`].
    pub fn draw_file(&mut self, bytes: u64) -> Result<(), String> {
        self.file_bytes = self.file_bytes.saturating_add(bytes);
        check("文件大小", self.file_bytes, limits::MAX_TOTAL_BYTES)
    }

    /// Adds a file's measured use before calamine opens it.
    pub fn draw(&mut self, u: Usage) -> Result<(), String> {
        self.unpacked_bytes = self.unpacked_bytes.saturating_add(u.unpacked_bytes);
        self.packed_bytes = self.packed_bytes.saturating_add(u.packed_bytes);
        self.shared_strings_bytes = self
            .shared_strings_bytes
            .saturating_add(u.shared_strings_bytes);
        self.shared_strings_packed = self
            .shared_strings_packed
            .saturating_add(u.shared_strings_packed);
        self.dense_cells = self.dense_cells.saturating_add(u.dense_cells);
        check(
            "解压后大小",
            self.unpacked_bytes,
            limits::by_ratio(
                self.unpacked_bytes,
                self.packed_bytes,
                limits::MAX_TOTAL_BYTES,
                limits::HONEST_TOTAL_BYTES,
            ),
        )?;
        check(
            "共享字符串表解压后大小",
            self.shared_strings_bytes,
            limits::by_ratio(
                self.shared_strings_bytes,
                self.shared_strings_packed,
                limits::MAX_SHARED_STRINGS_BYTES,
                limits::HONEST_SHARED_STRINGS_BYTES,
            ),
        )?;
        if self.dense_cells > limits::MAX_DENSE_CELLS {
            return Err(format!(
                "本次读取的台账文件合计有{}个单元格（.xls/.ods 按整块区域计），超过上限{}：文件异常，拒绝读取",
                self.dense_cells,
                limits::MAX_DENSE_CELLS
            ));
        }
        Ok(())
    }
}

fn check(what: &str, used: u64, limit: u64) -> Result<(), String> {
    if used > limit {
        return Err(format!(
            "本次读取的台账文件合计{what}{}MB，超过上限{}MB：文件异常（可能是压缩炸弹，或被拆分到多个文件），拒绝读取",
            used >> 20,
            limit >> 20
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_of_workbook_xml() {
        let xml = r#"<workbook><sheets><sheet name="汇总" sheetId="1" r:id="rId1"/><sheet name="A&amp;B" sheetId="2"/></sheets></workbook>"#;
        assert_eq!(sheet_names(xml), vec!["汇总", "A&B"]);
    }

    #[test]
    fn labels_are_interned() {
        let a = label("热线.xlsx");
        let b = label(&String::from("热线.xlsx"));
        assert!(std::ptr::eq(a, b));
    }

    #[test]
    fn budget_adds_up_across_files() {
        let mut b = Budget::default();
        let half = Usage {
            unpacked_bytes: limits::MAX_TOTAL_BYTES / 2 + 1,
            ..Usage::default()
        };
        assert!(b.draw(half).is_ok());
        let e = b.draw(half).unwrap_err();
        assert!(e.contains("合计"), "{e}");
        let mut b = Budget::default();
        let cells = Usage {
            dense_cells: limits::MAX_DENSE_CELLS / 2 + 1,
            ..Usage::default()
        };
        assert!(b.draw(cells).is_ok());
        assert!(b.draw(cells).is_err());
    }
}
