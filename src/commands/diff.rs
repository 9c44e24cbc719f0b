//! `ksfk diff OLD NEW [-o DIFF.xlsx] [--json FILE]`: reads two results,
//! compares them ([`crate::diff`]), prints the changes and writes the
//! requested outputs through [`crate::fsio`] (never over an existing file
//! without `--force`).

use super::Error;
use crate::cli::DiffArgs;
use crate::fsio;
use crate::report::diff::{diff_json, diff_text, diff_workbook};

pub(super) fn run(args: DiffArgs) -> Result<(), Error> {
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
        fsio::check_target(target, Some(&args.new), args.force)?;
    }
    let old = crate::results::read(&args.old).map_err(Error::Results)?;
    let new = crate::results::read(&args.new).map_err(Error::Results)?;
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
    for (path, _) in &outputs {
        crate::outln!("已写出 {}", path.display());
    }
    Ok(())
}
