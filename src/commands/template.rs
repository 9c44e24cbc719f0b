//! `ksfk template`: write the blank ledger.

use super::*;

pub(super) fn run(args: TemplateArgs) -> Result<(), Error> {
    fsio::check_target(&args.output, None, args.force)?;
    let roster = ledger::roster::builtin();
    let bytes = report::template::template_workbook(&roster, args.year)?;
    fsio::write_all(&[(args.output.clone(), bytes)], None, args.force)?;
    crate::outln!(
        "已写出空白台账 {}（{}个工作表，第一张“填写说明”，内置名单{}个单位）",
        super::score::shown(&args.output),
        crate::schema::SHEETS.len() + 3,
        roster.len()
    );
    Ok(())
}
