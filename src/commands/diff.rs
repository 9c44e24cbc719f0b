//! `ksfk diff OLD NEW [-o DIFF.xlsx] [--json FILE]`: reads two results,
//! compares them ([`crate::diff`]), prints the changes and writes the
//! requested outputs through [`crate::fsio`] (never over an existing file
//! without `--force`).

use super::Error;
use crate::cli::DiffArgs;
use crate::fsio;
use crate::report::diff::{diff_json, diff_text, diff_workbook};

pub(super) fn run(args: DiffArgs) -> Result<(), Error> {
    if let (Some(o), Some(j)) = (&args.output, &args.json) {
        if o == j {
            return Err(Error::Usage(format!(
                "-o 和 --json 是同一个文件 {}：请分别指定",
                o.display()
            )));
        }
    }
    for target in args.output.iter().chain(&args.json) {
        fsio::check_target(target, Some(&args.old), args.force)?;
        fsio::check_target(target, Some(&args.new), args.force)?;
    }
    let old = crate::results::read(&args.old).map_err(Error::Results)?;
    let new = crate::results::read(&args.new).map_err(Error::Results)?;
    let d = crate::diff::diff(&old, &new);
    let mut outputs = Vec::new();
    if let Some(o) = &args.output {
        outputs.push((o.clone(), diff_workbook(&d)?));
    }
    if let Some(j) = &args.json {
        outputs.push((j.clone(), diff_json(&d).into_bytes()));
    }
    if !outputs.is_empty() {
        fsio::write_all(&outputs, Some(&args.old), args.force)?;
    }
    print!("{}", diff_text(&d));
    for (path, _) in &outputs {
        println!("已写出 {}", path.display());
    }
    Ok(())
}
