//! Writing outputs safely: every file is written to a temporary file in its
//! target folder and renamed into place, so a reader never sees a
//! half-written workbook; an existing file is replaced only with `--force`;
//! the ledger itself is never an output. All targets are checked before the
//! first byte is written, and on any failure the temporary files are
//! removed. An interrupt (Ctrl-C) removes them too (see [`cleanup_on_interrupt`]).

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why outputs were not written.
#[derive(Debug)]
pub enum FsError {
    /// The file exists and `--force` was not given (a usage error).
    Exists(PathBuf),
    /// The output would replace the ledger (a usage error).
    IsInput(PathBuf),
    /// Reading or writing failed.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FsError::Exists(p) => write!(
                f,
                "输出文件 {} 已存在：如要覆盖请加 --force，或用 -o 指定其他文件名",
                p.display()
            ),
            FsError::IsInput(p) => write!(
                f,
                "输出文件 {} 就是台账本身：ksfk 从不改写台账，请指定其他输出文件名",
                p.display()
            ),
            FsError::Io { path, source } => write!(f, "无法写入 {}：{source}", path.display()),
        }
    }
}

impl std::error::Error for FsError {}

/// Temporary files being written, removed on interrupt.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Installs a Ctrl-C / SIGTERM handler that removes the temporary files of
/// this process and exits with status 130. It holds the list's lock until
/// the process has exited, so no temporary file can be created after it
/// looked (a file is created and listed under the same lock).
pub fn cleanup_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        let mut p = pending();
        for t in p.drain(..) {
            let _ = fs::remove_file(t);
        }
        eprintln!("已中断：未写完的输出文件已删除（已完整写出的文件保留）");
        std::process::exit(130);
    });
}

/// Absolute form of a path that may not exist yet: its folder canonicalized.
fn resolve(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map(PathBuf::from).unwrap_or_default();
    parent.canonicalize().unwrap_or(parent).join(name)
}

/// Checks that `path` may be written: not the ledger, not existing unless
/// `force`.
pub fn check_target(path: &Path, input: Option<&Path>, force: bool) -> Result<(), FsError> {
    if let Some(input) = input {
        if resolve(path) == resolve(input) {
            return Err(FsError::IsInput(path.to_path_buf()));
        }
    }
    if path.exists() && !force {
        return Err(FsError::Exists(path.to_path_buf()));
    }
    Ok(())
}

/// Writes every `(path, bytes)` atomically: all are checked, then written
/// to temporary files, then renamed into place.
pub fn write_all(
    outputs: &[(PathBuf, Vec<u8>)],
    input: Option<&Path>,
    force: bool,
) -> Result<(), FsError> {
    for (path, _) in outputs {
        check_target(path, input, force)?;
    }
    let mut temps: Vec<(PathBuf, &Path)> = Vec::new();
    let result = (|| {
        for (path, bytes) in outputs {
            let tmp = temp_path(path);
            let io = |source| FsError::Io {
                path: path.clone(),
                source,
            };
            let file = {
                let mut p = pending();
                let file = create_new(&tmp).map_err(io)?;
                p.push(tmp.clone());
                file
            };
            temps.push((tmp.clone(), path));
            write_file(file, bytes).map_err(io)?;
        }
        test_pause();
        for (tmp, path) in &temps {
            fs::rename(tmp, path).map_err(|source| FsError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        }
        Ok(())
    })();
    let mut p = pending();
    for (tmp, _) in &temps {
        if result.is_err() {
            let _ = fs::remove_file(tmp);
        }
        p.retain(|x| x != tmp);
    }
    result
}

/// For the interrupt test only: `KSFK_TEST_PAUSE_BEFORE_RENAME_MS=N` waits
/// N ms (at most 10 s) between writing the temporary files and renaming
/// them, so a test can interrupt a run at its most delicate moment.
fn test_pause() {
    if let Some(ms) = std::env::var("KSFK_TEST_PAUSE_BEFORE_RENAME_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms.min(10_000)));
    }
}

fn create_new(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

fn write_file(mut f: fs::File, bytes: &[u8]) -> std::io::Result<()> {
    f.write_all(bytes)?;
    f.sync_all()
}

/// `folder/.name.ksfk-<pid>.tmp`: hidden, in the target's own folder so the
/// rename stays on one file system.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    path.with_file_name(format!(".{name}.ksfk-{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_refuses_and_forces() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.xlsx");
        write_all(&[(a.clone(), b"one".to_vec())], None, false).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"one");
        assert!(matches!(
            write_all(&[(a.clone(), b"two".to_vec())], None, false),
            Err(FsError::Exists(_))
        ));
        write_all(&[(a.clone(), b"two".to_vec())], None, true).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"two");
        assert!(matches!(
            write_all(&[(a.clone(), b"x".to_vec())], Some(&a), true),
            Err(FsError::IsInput(_))
        ));
        // Only a.xlsx is left: no temporary file.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let ok = dir.path().join("ok.xlsx");
        let bad = dir.path().join("missing-folder").join("b.xlsx");
        let r = write_all(
            &[(ok.clone(), b"1".to_vec()), (bad, b"2".to_vec())],
            None,
            false,
        );
        assert!(matches!(r, Err(FsError::Io { .. })));
        assert!(!ok.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
