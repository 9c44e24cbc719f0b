//! The checks on a ledger file before its bytes are read: it must be a
//! regular file (a FIFO would block forever, `/dev/zero` never ends) and no
//! larger than [`MAX_FILE_BYTES`]. One function per file, so that reading
//! several workbooks checks each the same way.

use super::LedgerError;
use std::io::Read;
use std::path::Path;

/// The largest ledger file read. A real ledger of 200,000 hotline rows is
/// about 15 MB as .xlsx and 60 MB as .xls; the limits on what a workbook
/// may expand to (`limits`) are checked after this.
pub const MAX_FILE_BYTES: u64 = 256 << 20;

/// Reads the whole ledger file at `path` after checking what it is and its
/// size; reads at most [`MAX_FILE_BYTES`] even if the file grows meanwhile.
pub fn load(path: &Path) -> Result<Vec<u8>, LedgerError> {
    load_at_most(path, MAX_FILE_BYTES)
}

/// [`load`] with another bound on the size (a result file read back).
pub fn load_at_most(path: &Path, max: u64) -> Result<Vec<u8>, LedgerError> {
    let shown = path.display().to_string();
    let io = |source| LedgerError::Io {
        path: shown.clone(),
        source,
    };
    let refuse = |message: String| LedgerError::Format {
        path: shown.clone(),
        message,
    };
    // Looked at before it is opened: opening a FIFO blocks.
    let meta = std::fs::metadata(path).map_err(io)?;
    check_kind(&meta, max).map_err(refuse)?;
    let file = std::fs::File::open(path).map_err(io)?;
    // And again on what was opened (the name may have been replaced).
    let meta = file.metadata().map_err(io)?;
    check_kind(&meta, max).map_err(refuse)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(refuse(too_large(bytes.len() as u64, max)));
    }
    Ok(bytes)
}

fn too_large(size: u64, max: u64) -> String {
    format!(
        "文件大小超过上限（{}MB以上，上限{}MB），拒绝读取",
        size >> 20,
        max >> 20
    )
}

/// A regular file of at most `max` bytes.
fn check_kind(meta: &std::fs::Metadata, max: u64) -> Result<(), String> {
    let ft = meta.file_type();
    if ft.is_dir() {
        return Err("这是一个文件夹，不是台账工作簿文件".into());
    }
    if !ft.is_file() {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            let what = if ft.is_fifo() {
                "管道（FIFO）"
            } else if ft.is_char_device() || ft.is_block_device() {
                "设备文件"
            } else if ft.is_socket() {
                "套接字"
            } else {
                "特殊文件"
            };
            return Err(format!("这是{what}，不是普通文件：台账须为工作簿文件"));
        }
        #[cfg(not(unix))]
        return Err("这不是普通文件：台账须为工作簿文件".into());
    }
    if meta.len() > max {
        return Err(too_large(meta.len(), max));
    }
    Ok(())
}
