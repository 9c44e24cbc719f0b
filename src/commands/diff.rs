//! `ksfk diff OLD NEW [-o DIFF.xlsx] [--json FILE]`: reads two results,
//! compares them ([`crate::diff`]), prints the changes and writes the
//! requested outputs through [`crate::fsio`] (never over an existing file
//! without `--force`).

use super::Error;
use crate::cli::DiffArgs;
use crate::fsio;
use crate::report::diff::{diff_json, diff_text, diff_workbook};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

pub(super) fn run(mut args: DiffArgs) -> Result<(), Error> {
    let (old, new, chosen) = pick(&args)?;
    args.old = old;
    args.new = Some(new);
    if chosen {
        for (what, path) in [
            ("旧结果", &args.old),
            ("新结果", args.new.as_ref().unwrap_or(&args.old)),
        ] {
            crate::outln!(
                "{what}：{}",
                crate::term::escape(&super::score::shown(path))
            );
        }
        crate::outln!("");
    }
    let new_path = args.new.clone().unwrap_or_default();
    // Two outputs naming one file (also when only letter case differs):
    // a usage error, as for `score`.
    let mut labelled = Vec::new();
    if let Some(o) = &args.output {
        labelled.push((o.clone(), "-o 对比工作簿".to_string()));
    }
    if let Some(j) = &args.json {
        labelled.push((j.clone(), "--json 文件".to_string()));
    }
    super::score::check_distinct(&labelled)?;
    for target in args.output.iter().chain(&args.json) {
        fsio::check_target(target, Some(&args.old), args.force)?;
        fsio::check_target(target, Some(&new_path), args.force)?;
    }
    let old = crate::results::read(&args.old).map_err(Error::Results)?;
    let new = crate::results::read(&new_path).map_err(Error::Results)?;
    let d = crate::diff::diff(&old, &new);
    // Results of different years, or an interim beside a year-end one,
    // say so before anything else.
    if let Some(note) = crate::diff::basis_note(&old, &new) {
        crate::outln!("{}", crate::term::escape(&note));
    }
    let mut outputs = Vec::new();
    if let Some(o) = &args.output {
        outputs.push((o.clone(), diff_workbook(&d, new.basis.map(|b| b.year))?));
    }
    if let Some(j) = &args.json {
        outputs.push((j.clone(), diff_json(&d).into_bytes()));
    }
    if !outputs.is_empty() {
        fsio::write_all(&outputs, Some(&args.old), args.force)?;
    }
    // Wrapped like every terminal text (docs/outputs.md): escaped, then
    // broken on character boundaries, never inside a number.
    crate::out!(
        "{}",
        crate::report::wrap::wrap(
            &crate::term::escape(&diff_text(&d)),
            crate::report::wrap::width()
        )
    );
    let written: Vec<PathBuf> = outputs.into_iter().map(|(p, _)| p).collect();
    super::score::list_written(&written);
    Ok(())
}

/// The two results to compare, and whether ksfk chose them (then the run
/// names both): `OLD NEW` as given (with `--by-time`, the one written
/// earlier is the old one); one result: the newest result beside it
/// written before it; a folder: its two newest results. Results are
/// recognised by their content, whatever their names.
fn pick(args: &DiffArgs) -> Result<(PathBuf, PathBuf, bool), Error> {
    match &args.new {
        Some(new) => {
            if args.by_time && modified(new) < modified(&args.old) {
                Ok((new.clone(), args.old.clone(), true))
            } else {
                Ok((args.old.clone(), new.clone(), args.by_time))
            }
        }
        None if args.old.is_dir() => {
            let found = results_in(&args.old, None, 2);
            match found.as_slice() {
                [new, old] => Ok((old.clone(), new.clone(), true)),
                _ => Err(Error::Usage(format!(
                    "文件夹 {} 中的计分结果不足两份（找到{}份）：请给出要比较的两个结果",
                    super::score::shown(&args.old),
                    found.len()
                ))),
            }
        }
        None => {
            let new = &args.old;
            let dir = match new.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            match results_in(&dir, Some(new), 1).pop() {
                Some(old) => Ok((old, new.clone(), true)),
                None => Err(Error::Usage(format!(
                    "{} 所在的文件夹中没有比它早的计分结果可比较：请给出要比较的两个结果",
                    super::score::shown(new)
                ))),
            }
        }
    }
}

/// A file's modification time (the epoch when unknown).
fn modified(path: &Path) -> SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

/// Up to `count` results of `ksfk score` in `dir`, newest first; with
/// `before`, only those other than it and written no later than it.
fn results_in(dir: &Path, before: Option<&Path>, count: usize) -> Vec<PathBuf> {
    let limit = before.map(modified);
    let me = before.map(fsio::same_file_key);
    let mut candidates: Vec<(SystemTime, String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| me.as_ref() != Some(&fsio::same_file_key(p)))
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            let lower = name.to_lowercase();
            let plausible = if lower.ends_with(".json") {
                true
            } else {
                lower.ends_with(".xlsx") && crate::ledger::source::own_output(&p, &name)
            };
            let t = modified(&p);
            (plausible && limit.is_none_or(|l| t <= l)).then_some((t, name, p))
        })
        .collect();
    // Newest first; of two written at once, the later name first
    // (`考核结果-2017 (2).xlsx` after `考核结果-2017.xlsx`).
    candidates.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| copy_order(&b.1).cmp(&copy_order(&a.1)))
    });
    candidates
        .into_iter()
        .filter(|(_, _, p)| crate::results::read(p).is_ok())
        .map(|(_, _, p)| p)
        .take(count)
        .collect()
}

/// Sort key of a name: `考核结果-2017 (2).xlsx` after `考核结果-2017.xlsx`,
/// `(10)` after `(9)`.
fn copy_order(name: &str) -> (String, u32) {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    if let Some((base, n)) = stem
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once(" ("))
        .and_then(|(b, n)| Some((b, n.parse::<u32>().ok()?)))
    {
        return (base.to_string(), n);
    }
    (stem.to_string(), 1)
}
