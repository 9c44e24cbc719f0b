//! Writing outputs safely (docs/outputs.md): every output is first written in
//! full to a temporary file in its target folder (a folder that does not
//! exist yet, such as a new `--per-unit` folder, is built whole under a
//! temporary name beside it), and only when every one is complete are they
//! put in place. A failure while putting them in place undoes the ones
//! already placed: a replaced file gets its old content back, a new file or
//! folder is removed. An existing file is replaced only with `--force`, and
//! that is decided at the moment each file is put in place (a hard link,
//! which the file system refuses atomically when the name exists), not only
//! when the run starts. The ledger itself is never an output.
//!
//! Temporary names are drawn at random by tempfile and created
//! exclusively, so a temporary file left by a killed run (even one that had
//! this run's process id) never collides with this run's; such leftovers
//! are ignored. An interrupt (Ctrl-C) removes this run's temporary files
//! (see [`cleanup_on_interrupt`]).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why outputs were not written.
#[derive(Debug, thiserror::Error)]
pub enum FsError {
    /// The file exists and `--force` was not given (a usage error).
    #[error("输出文件 {} 已存在：如要覆盖请加 --force，或用 -o 指定其他文件名", .0.display())]
    Exists(PathBuf),
    /// The output would replace the ledger (a usage error).
    #[error("输出文件 {} 就是台账本身：ksfk 从不改写台账，请指定其他输出文件名", .0.display())]
    IsInput(PathBuf),
    /// Reading or writing failed.
    #[error("无法写入 {}：{}", path.display(), io_reason(source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Why an I/O operation failed, in Chinese (the system's own text is
/// English): the common kinds by name, a message ksfk made itself as it is,
/// anything else with the system's text behind a Chinese label.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if e.raw_os_error().is_none() && e.get_ref().is_some() {
        return e.to_string();
    }
    // EMFILE (Linux and macOS): the per-process limit on open files.
    #[cfg(unix)]
    if matches!(e.raw_os_error(), Some(24)) {
        return "同时打开的文件过多（系统错误码24：可用 ulimit -n 提高上限）".to_string();
    }
    let what = match e.kind() {
        K::NotFound => "文件或文件夹不存在",
        K::PermissionDenied => "没有访问权限",
        K::AlreadyExists => "文件已存在",
        K::IsADirectory => "这是一个文件夹，不是文件",
        K::NotADirectory => "路径中有一级不是文件夹",
        K::StorageFull => "磁盘空间已满",
        K::ReadOnlyFilesystem => "文件系统为只读",
        K::InvalidFilename => "文件名无效",
        _ => return format!("系统错误（{e}）"),
    };
    match e.raw_os_error() {
        Some(code) => format!("{what}（系统错误码{code}）"),
        None => what.to_string(),
    }
}

fn io_at(path: &Path) -> impl Fn(std::io::Error) -> FsError + '_ {
    move |source| FsError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Temporary files and folders of this run, removed on interrupt.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes a temporary file or folder.
fn remove_any(p: &Path) {
    match fs::symlink_metadata(p) {
        Ok(m) if m.is_dir() => {
            let _ = fs::remove_dir_all(p);
        }
        Ok(_) => {
            let _ = fs::remove_file(p);
        }
        Err(_) => {}
    }
}

/// Installs a Ctrl-C / SIGTERM handler that removes the temporary files of
/// this process and exits with status 130. It holds the list's lock until
/// the process has exited, so no temporary file can be created after it
/// looked (a file is created and listed under the same lock), and it waits
/// for outputs being put in place (that holds the lock too), so a run is
/// never stopped halfway through putting its outputs in place.
pub fn cleanup_on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        let mut p = pending();
        for t in p.drain(..) {
            remove_any(&t);
        }
        eprintln!("已中断：未写完的输出文件已删除（已完整写出的文件保留）");
        std::process::exit(130);
    });
}

/// Absolute form of a path that may not exist yet: `.` and `..` resolved,
/// its longest existing ancestor canonicalized.
pub fn resolve(path: &Path) -> PathBuf {
    use std::path::Component;
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut norm = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                norm.pop();
            }
            Component::CurDir => {}
            c => norm.push(c),
        }
    }
    let mut base = norm;
    let mut rest = Vec::new();
    while fs::symlink_metadata(&base).is_err() {
        match (base.file_name(), base.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                base = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = base.canonicalize().unwrap_or(base);
    for name in rest.iter().rev() {
        out.push(name);
    }
    out
}

/// The key under which two output paths are the same file on any system
/// ksfk's users have: the absolute path, compared without letter case (as
/// Windows and macOS do) and without the trailing dots and spaces Windows
/// drops from a file name.
pub fn same_file_key(path: &Path) -> String {
    let full = resolve(path);
    let name = full
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = name.trim_end_matches(['.', ' ']);
    let parent = full.parent().unwrap_or(Path::new(""));
    parent.join(name).to_string_lossy().to_lowercase()
}

/// True when `a` and `b` name the same existing file (or the same path).
fn same_file(a: &Path, b: &Path) -> bool {
    if resolve(a) == resolve(b) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (fs::metadata(a), fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

/// Checks that `path` may be written: not the ledger, not existing unless
/// `force`. (Checked again at the moment of writing.)
pub fn check_target(path: &Path, input: Option<&Path>, force: bool) -> Result<(), FsError> {
    if let Some(input) = input {
        if same_file(path, input) {
            return Err(FsError::IsInput(path.to_path_buf()));
        }
    }
    if fs::symlink_metadata(path).is_ok() && !force {
        return Err(FsError::Exists(path.to_path_buf()));
    }
    Ok(())
}

/// Writes every `(path, bytes)`: all complete, or none (see the module
/// documentation). Every target's folder must exist.
pub fn write_all(
    outputs: &[(PathBuf, Vec<u8>)],
    input: Option<&Path>,
    force: bool,
) -> Result<(), FsError> {
    write_all_in(outputs, input, force, None)
}

/// As [`write_all`]; `new_folder` (the `--per-unit` folder) may be missing:
/// it is then built whole under a temporary name beside its first missing
/// ancestor and put in place with the other outputs, so a failed run leaves
/// no new folder behind.
pub fn write_all_in(
    outputs: &[(PathBuf, Vec<u8>)],
    input: Option<&Path>,
    force: bool,
    new_folder: Option<&Path>,
) -> Result<(), FsError> {
    let targets: Vec<PathBuf> = outputs.iter().map(|(p, _)| p.clone()).collect();
    stream_all(&targets, input, force, new_folder, |staging| {
        for (i, (path, bytes)) in outputs.iter().enumerate() {
            staging.write(i, |file| file.write_all(bytes).map_err(io_at(path)))?;
        }
        Ok(())
    })
}

/// Writes every output straight into its staged file, so that no output
/// is ever held whole in memory: `write` gets a [`Staging`] and writes
/// each target through it, on as many threads as it likes, each file
/// created only when it is written (a roster of thousands of units never
/// holds thousands of files open). Then, as for [`write_all_in`]: only
/// when every target was written are they put in place together; on any
/// failure, or a target left unwritten, nothing is left behind.
pub fn stream_all<E: From<FsError>>(
    targets: &[PathBuf],
    input: Option<&Path>,
    force: bool,
    new_folder: Option<&Path>,
    write: impl FnOnce(&Staging) -> Result<(), E>,
) -> Result<(), E> {
    for path in targets {
        check_target(path, input, force)?;
    }
    let mut stage = Stage::default();
    let result = (|| -> Result<(), E> {
        let redirect = stage.prepare(new_folder)?;
        let staging = Staging {
            stage: Mutex::new(&mut stage),
            targets,
            redirect,
        };
        write(&staging)?;
        drop(staging);
        if stage.written.len() != targets.len() {
            return Err(FsError::Io {
                path: targets.first().cloned().unwrap_or_default(),
                source: std::io::Error::other("内部错误：有输出文件未写出"),
            }
            .into());
        }
        test_pause();
        // Holding the list's lock: an interrupt waits until every
        // output is in place or every change is undone.
        let _hold = pending();
        stage.commit(force)?;
        Ok(())
    })();
    stage.clean();
    result
}

/// The staged files of a run's outputs, each created when it is written
/// (see [`stream_all`]).
pub struct Staging<'s> {
    stage: Mutex<&'s mut Stage>,
    targets: &'s [PathBuf],
    /// The new folder and its temporary tree, when it is being built.
    redirect: Option<(PathBuf, PathBuf)>,
}

impl Staging<'_> {
    /// How many outputs there are.
    pub fn len(&self) -> usize {
        self.targets.len()
    }

    /// True when there is no output.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// Writes output `i` (the target `targets[i]`) with `write` into a new
    /// staged file, synced to disk and closed when `write` returns. Each
    /// target is written once.
    pub fn write<E: From<FsError>>(
        &self,
        i: usize,
        write: impl FnOnce(&mut fs::File) -> Result<(), E>,
    ) -> Result<(), E> {
        let Some(path) = self.targets.get(i) else {
            return Err(FsError::Io {
                path: PathBuf::new(),
                source: std::io::Error::other(format!("内部错误：没有第{}个输出文件", i + 1)),
            }
            .into());
        };
        let mut file = self
            .stage
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .create(i, path, self.redirect.as_ref())?;
        write(&mut file)?;
        file.sync_all().map_err(io_at(path))?;
        Ok(())
    }

    /// Opens output `i`, already written by [`Staging::write`], for
    /// reading (another output is made from it).
    pub fn read_written(&self, i: usize) -> Result<fs::File, FsError> {
        let path = self.targets.get(i).cloned().unwrap_or_default();
        let staged = self
            .stage
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .staged
            .iter()
            .find(|(j, _)| *j == i)
            .map(|(_, p)| p.clone());
        match staged {
            Some(p) => fs::File::open(p).map_err(io_at(&path)),
            None => Err(FsError::Io {
                path,
                source: std::io::Error::other("内部错误：输出文件尚未写出"),
            }),
        }
    }
}

/// For tests only: `KSFK_TEST_PAUSE_BEFORE_RENAME_MS=N` waits N ms (at most
/// 10 s) between writing the temporary files and putting them in place, so
/// a test can interrupt a run, or create a file at its target, at its most
/// delicate moment.
fn test_pause() {
    if let Some(ms) = std::env::var("KSFK_TEST_PAUSE_BEFORE_RENAME_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms.min(10_000)));
    }
}

/// Makes a new hidden file system object beside `path`
/// (`folder/.name.ksfk-<random>.tmp`, in the target's own folder so that
/// putting it in place stays on one file system) with `make`, under a
/// name no other file has: tempfile draws the names and tries another
/// when one exists. The object is kept; ksfk removes it itself.
fn beside<R>(
    path: &Path,
    make: impl FnMut(&Path) -> std::io::Result<R>,
) -> std::io::Result<(PathBuf, R)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let made = tempfile::Builder::new()
        .prefix(&format!(".{name}.ksfk-"))
        .suffix(".tmp")
        .make_in(dir, make)?;
    let (made, temp) = made.into_parts();
    Ok((temp.keep().map_err(|e| e.error)?, made))
}

/// Creates a new temporary file (or folder) for `path`, listed for removal
/// on interrupt.
fn create_temp(path: &Path, folder: bool) -> Result<(PathBuf, Option<fs::File>), FsError> {
    let mut p = pending();
    let (tmp, file) = beside(path, |tmp| {
        if folder {
            fs::create_dir(tmp).map(|()| None)
        } else {
            fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(tmp)
                .map(Some)
        }
    })
    .map_err(io_at(path))?;
    p.push(tmp.clone());
    Ok((tmp, file))
}

/// What has been staged and what has been put in place.
#[derive(Default)]
struct Stage {
    /// `(output number, temporary file, target)`, for targets in existing
    /// folders.
    files: Vec<(usize, PathBuf, PathBuf)>,
    /// The output numbers staged so far (in existing folders or the new
    /// one).
    written: std::collections::BTreeSet<usize>,
    /// Where each output staged so far is.
    staged: Vec<(usize, PathBuf)>,
    /// `(temporary folder, target folder)`: a new folder tree.
    folder: Option<(PathBuf, PathBuf)>,
    /// What commit did, undone in reverse on failure.
    done: Vec<Done>,
}

/// A stage left by a panic (or any early return) still removes its
/// temporary files and folder.
impl Drop for Stage {
    fn drop(&mut self) {
        self.clean();
    }
}

enum Done {
    /// A new file at the target.
    Created(PathBuf),
    /// The target replaced; its old content kept at the backup.
    Replaced { target: PathBuf, backup: PathBuf },
    /// A new folder tree moved from its temporary name to the target.
    Folder { target: PathBuf, tmp: PathBuf },
}

impl Stage {
    /// Builds the first missing ancestor of `new_folder` (the `--per-unit`
    /// folder), if any, under a temporary name, the rest of the chain
    /// inside it; returns `(folder, where its files go meanwhile)`.
    fn prepare(
        &mut self,
        new_folder: Option<&Path>,
    ) -> Result<Option<(PathBuf, PathBuf)>, FsError> {
        let Some(folder) = new_folder else {
            return Ok(None);
        };
        if fs::symlink_metadata(folder).is_ok() {
            return Ok(None);
        }
        let mut top = folder.to_path_buf();
        while let Some(parent) = top.parent() {
            if parent.as_os_str().is_empty() || fs::symlink_metadata(parent).is_ok() {
                break;
            }
            top = parent.to_path_buf();
        }
        let (tmp, _) = create_temp(&top, true)?;
        self.folder = Some((tmp.clone(), top.clone()));
        let rest = folder.strip_prefix(&top).unwrap_or(Path::new(""));
        let inner = tmp.join(rest);
        fs::create_dir_all(&inner).map_err(io_at(folder))?;
        Ok(Some((folder.to_path_buf(), inner)))
    }

    /// Creates the temporary file of output `i` at `path` (inside the new
    /// folder's temporary tree when it belongs there).
    fn create(
        &mut self,
        i: usize,
        path: &Path,
        redirect: Option<&(PathBuf, PathBuf)>,
    ) -> Result<fs::File, FsError> {
        if !self.written.insert(i) {
            return Err(FsError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::other("内部错误：同一输出文件写了两次"),
            });
        }
        let staged_in = redirect
            .filter(|(folder, _)| path.parent() == Some(folder.as_path()))
            .map(|(_, inner)| inner.join(path.file_name().unwrap_or_default()));
        if let Some(p) = staged_in {
            let file = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&p)
                .map_err(io_at(path))?;
            self.staged.push((i, p));
            return Ok(file);
        }
        let (tmp, file) = create_temp(path, false)?;
        self.staged.push((i, tmp.clone()));
        self.files.push((i, tmp, path.to_path_buf()));
        file.ok_or_else(|| io_at(path)(std::io::Error::other("无法创建临时文件")))
    }

    /// Puts every staged output in place; on failure undoes what was done.
    fn commit(&mut self, force: bool) -> Result<(), FsError> {
        let result = self.commit_all(force);
        if result.is_err() {
            self.undo();
        }
        result
    }

    fn commit_all(&mut self, force: bool) -> Result<(), FsError> {
        // In the outputs' order, whichever thread staged them first.
        self.files.sort_by_key(|(i, _, _)| *i);
        for (_, tmp, target) in &self.files {
            self.done.push(place(tmp, target, force)?);
        }
        if let Some((tmp, target)) = &self.folder {
            if fs::symlink_metadata(target).is_ok() {
                return Err(FsError::Exists(target.clone()));
            }
            fs::rename(tmp, target).map_err(io_at(target))?;
            self.done.push(Done::Folder {
                target: target.clone(),
                tmp: tmp.clone(),
            });
        }
        Ok(())
    }

    /// Undoes what commit did, last first.
    fn undo(&mut self) {
        for d in self.done.drain(..).rev() {
            match d {
                Done::Created(target) => {
                    let _ = fs::remove_file(target);
                }
                Done::Replaced { target, backup } => {
                    let _ = fs::rename(&backup, &target);
                }
                Done::Folder { target, tmp } => {
                    let _ = fs::rename(&target, &tmp);
                }
            }
        }
    }

    /// Removes every temporary file and folder, and the backups of replaced
    /// files (after success; after a failure they were moved back).
    fn clean(&mut self) {
        let mut p = pending();
        let mut gone: Vec<PathBuf> = self.files.drain(..).map(|(_, tmp, _)| tmp).collect();
        if let Some((tmp, _)) = self.folder.take() {
            // After success the folder is in place and its temporary name
            // no longer exists.
            gone.push(tmp);
        }
        for d in self.done.drain(..) {
            if let Done::Replaced { backup, .. } = d {
                gone.push(backup);
            }
        }
        for t in gone {
            remove_any(&t);
            p.retain(|x| *x != t);
        }
    }
}

/// Puts the complete temporary file `tmp` at `target`.
fn place(tmp: &Path, target: &Path, force: bool) -> Result<Done, FsError> {
    let exists = fs::symlink_metadata(target).is_ok();
    if !force || !exists {
        // A hard link is refused atomically when the name exists: no
        // file created at the target since the run started is replaced.
        return match fs::hard_link(tmp, target) {
            Ok(()) => Ok(Done::Created(target.to_path_buf())),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(FsError::Exists(target.to_path_buf()))
            }
            Err(_) if fs::symlink_metadata(target).is_ok() => {
                Err(FsError::Exists(target.to_path_buf()))
            }
            // A file system without hard links: rename, just checked.
            Err(_) => fs::rename(tmp, target)
                .map(|()| Done::Created(target.to_path_buf()))
                .map_err(io_at(target)),
        };
    }
    // --force over an existing file: keep the old content until every
    // output is in place.
    if fs::symlink_metadata(target).is_ok_and(|m| m.is_dir()) {
        return Err(FsError::Io {
            path: target.to_path_buf(),
            source: std::io::Error::other("这是一个文件夹，不是文件"),
        });
    }
    // (Not listed for the interrupt handler: it waits while outputs are
    // put in place, and the backups are removed right after.)
    // The backup is a second name for the file where the system has hard
    // links; else the file itself, moved to a fresh name.
    let backup = match beside(target, |b| fs::hard_link(target, b)) {
        Ok((backup, ())) => backup,
        Err(_) => {
            let (backup, ()) =
                beside(target, |b| fs::File::create_new(b).map(|_| ())).map_err(io_at(target))?;
            fs::rename(target, &backup).map_err(io_at(target))?;
            backup
        }
    };
    match fs::rename(tmp, target) {
        Ok(()) => Ok(Done::Replaced {
            target: target.to_path_buf(),
            backup,
        }),
        Err(e) => {
            if fs::symlink_metadata(target).is_err() {
                let _ = fs::rename(&backup, target);
            } else {
                let _ = fs::remove_file(&backup);
            }
            Err(io_at(target)(e))
        }
    }
}

/// The staged writing of in-memory outputs, for the tests of a failure
/// between staging and placing.
#[cfg(test)]
impl Stage {
    fn write(
        &mut self,
        outputs: &[(PathBuf, Vec<u8>)],
        new_folder: Option<&Path>,
    ) -> Result<(), FsError> {
        let redirect = self.prepare(new_folder)?;
        for (i, (path, bytes)) in outputs.iter().enumerate() {
            let mut file = self.create(i, path, redirect.as_ref())?;
            file.write_all(bytes).map_err(io_at(path))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn io_reasons_are_chinese() {
        let e = std::io::Error::from_raw_os_error(2);
        assert_eq!(super::io_reason(&e), "文件或文件夹不存在（系统错误码2）");
        let e = std::io::Error::other("这是一个文件夹，不是文件");
        assert_eq!(super::io_reason(&e), "这是一个文件夹，不是文件");
    }

    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

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
        // Only a.xlsx is left: no temporary file, no backup.
        assert_eq!(names(dir.path()), ["a.xlsx"]);
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

    #[test]
    fn a_failure_while_placing_restores_every_earlier_output() {
        // Three outputs, the first two replacing files (--force); the
        // third's target turns into a folder after staging. The first two
        // must get their old content back, nothing else may remain.
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (
            dir.path().join("a.xlsx"),
            dir.path().join("b.json"),
            dir.path().join("c.xlsx"),
        );
        fs::write(&a, b"old a").unwrap();
        fs::write(&b, b"old b").unwrap();
        let outputs = vec![
            (a.clone(), b"new a".to_vec()),
            (b.clone(), b"new b".to_vec()),
            (c.clone(), b"new c".to_vec()),
        ];
        let mut stage = Stage::default();
        stage.write(&outputs, None).unwrap();
        fs::create_dir(&c).unwrap();
        fs::write(c.join("x"), b"in the way").unwrap();
        let r = stage.commit(true);
        stage.clean();
        assert!(matches!(r, Err(FsError::Io { .. })), "{r:?}");
        assert_eq!(fs::read(&a).unwrap(), b"old a");
        assert_eq!(fs::read(&b).unwrap(), b"old b");
        assert_eq!(names(dir.path()), ["a.xlsx", "b.json", "c.xlsx"]);
        // Without --force, a file that appeared after staging is kept and
        // the outputs placed before it are removed again.
        let d = dir.path().join("d.xlsx");
        let outputs = vec![
            (d.clone(), b"new d".to_vec()),
            (a.clone(), b"new a".to_vec()),
        ];
        // (a exists already: staged as if it did not when the run began.)
        let mut stage = Stage::default();
        stage.write(&outputs, None).unwrap();
        let r = stage.commit(false);
        stage.clean();
        assert!(matches!(r, Err(FsError::Exists(ref p)) if *p == a), "{r:?}");
        assert_eq!(fs::read(&a).unwrap(), b"old a");
        assert!(!d.exists());
        assert_eq!(names(dir.path()), ["a.xlsx", "b.json", "c.xlsx"]);
    }

    #[test]
    fn streamed_outputs_appear_together_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.xlsx");
        let units = dir.path().join("units");
        let targets = vec![a.clone(), units.join("1.xlsx"), units.join("2.xlsx")];
        let fill = |bytes: &'static [u8]| {
            let a = a.clone();
            move |f: &mut fs::File| f.write_all(bytes).map_err(io_at(&a))
        };
        // The writer fails after filling two of the three files: nothing
        // appears, no temporary file or folder is left.
        let r: Result<(), FsError> = stream_all(&targets, None, false, Some(&units), |staging| {
            staging.write(0, fill(b"workbook"))?;
            staging.write(1, fill(b"one"))?;
            staging.write(2, |_| Err(io_at(&a)(std::io::Error::other("磁盘空间已满"))))
        });
        assert!(r.is_err());
        assert_eq!(names(dir.path()), Vec::<String>::new());
        // A target left unwritten: nothing appears either.
        let r: Result<(), FsError> = stream_all(&targets, None, false, Some(&units), |staging| {
            staging.write(0, fill(b"workbook"))?;
            staging.write(2, fill(b"two"))
        });
        assert!(r.is_err());
        assert_eq!(names(dir.path()), Vec::<String>::new());
        // Written in full, on two threads in any order: every file in place.
        stream_all(&targets, None, false, Some(&units), |staging| {
            std::thread::scope(|s| {
                let t = s.spawn(|| -> Result<(), FsError> {
                    staging.write(2, fill(b"unit 2"))?;
                    staging.write(1, fill(b"unit 1"))
                });
                staging.write(0, fill(b"workbook"))?;
                t.join().unwrap()
            })
        })
        .unwrap();
        assert_eq!(names(dir.path()), ["a.xlsx", "units"]);
        assert_eq!(fs::read(&a).unwrap(), b"workbook");
        assert_eq!(names(&units), ["1.xlsx", "2.xlsx"]);
        assert_eq!(fs::read(units.join("2.xlsx")).unwrap(), b"unit 2");
    }

    #[test]
    fn a_writer_that_panics_leaves_no_temporary_file_or_folder() {
        let dir = tempfile::tempdir().unwrap();
        let units = dir.path().join("units");
        let targets = vec![dir.path().join("a.xlsx"), units.join("1.xlsx")];
        let r = std::panic::catch_unwind(|| {
            let _: Result<(), FsError> =
                stream_all(&targets, None, false, Some(&units), |staging| {
                    staging.write(0, |f| {
                        f.write_all(b"half").unwrap();
                        panic!("the writer stops half-way");
                    })
                });
        });
        assert!(r.is_err());
        assert_eq!(names(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_new_folder_appears_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let units = dir.path().join("new").join("units");
        let out = dir.path().join("r.xlsx");
        let outputs = vec![
            (out.clone(), b"r".to_vec()),
            (units.join("1.xlsx"), b"1".to_vec()),
            (units.join("2.xlsx"), b"2".to_vec()),
        ];
        write_all_in(&outputs, None, false, Some(&units)).unwrap();
        assert_eq!(names(&units), ["1.xlsx", "2.xlsx"]);
        assert_eq!(names(dir.path()), ["new", "r.xlsx"]);
        // Again, the result file existing: refused, and no new folder.
        let other = dir.path().join("other");
        let outputs = vec![
            (other.join("1.xlsx"), b"1".to_vec()),
            (out.clone(), b"r2".to_vec()),
        ];
        let r = write_all_in(&outputs, None, false, Some(&other));
        assert!(matches!(r, Err(FsError::Exists(_))));
        // Staged but failing at the last moment: the folder is undone.
        let mut stage = Stage::default();
        stage.write(&outputs[..1], Some(&other)).unwrap();
        fs::write(&other, b"in the way").unwrap();
        let r = stage.commit(false);
        stage.clean();
        assert!(r.is_err());
        fs::remove_file(&other).unwrap();
        assert_eq!(names(dir.path()), ["new", "r.xlsx"]);
        assert_eq!(fs::read(&out).unwrap(), b"r");
    }

    #[test]
    fn a_stale_temporary_file_of_the_same_process_id_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("x.xlsx");
        // What the old naming would have produced, left by a killed run.
        let stale = dir
            .path()
            .join(format!(".x.xlsx.ksfk-{}.tmp", std::process::id()));
        fs::write(&stale, b"stale").unwrap();
        write_all(&[(a.clone(), b"new".to_vec())], None, false).unwrap();
        assert_eq!(fs::read(&a).unwrap(), b"new");
        assert_eq!(fs::read(&stale).unwrap(), b"stale");
        // Two temporary files for one target never share a name.
        let (x, _) = create_temp(&a, false).unwrap();
        let (y, _) = create_temp(&a, false).unwrap();
        assert_ne!(x, y);
        assert!(x
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(".x.xlsx.ksfk-"));
    }

    #[test]
    fn same_file_keys_ignore_case_and_trailing_dots() {
        let dir = tempfile::tempdir().unwrap();
        let k = |n: &str| same_file_key(&dir.path().join(n));
        assert_eq!(k("A.xlsx"), k("a.XLSX"));
        assert_eq!(k("a.xlsx"), k("a.xlsx. "));
        assert_eq!(k("sub/../a.xlsx"), k("a.xlsx"));
        assert_ne!(k("a.xlsx"), k("b.xlsx"));
    }
}
