//! `ksfk check`: read and check the ledger, score it, and list every
//! error, warning and note; writes nothing.

use super::*;

pub(super) fn run(args: CheckArgs) -> Result<(), Error> {
    let read = read(&args.ledger)?;
    say_year(&read);
    // The rules' warnings (未到期, 待评判, ...) belong to a check too.
    let as_of = args.ledger.as_of(read.ledger.year);
    let results = scored(&read, as_of, &Points::default())?;
    strict(&args.ledger, &results)?;
    crate::err!(
        "{}",
        wrapped_err(&report::text::findings_text(
            &results.warnings,
            &read.ledger.counts,
            results.year,
            MAX_LISTED,
            "计分时全部写入结果工作簿的“警告”表",
        ))
    );
    if read.files.len() > 1 {
        let names: Vec<&str> = read.files.iter().map(|f| f.name.as_str()).collect();
        let text = format!(
            "读取{}个台账文件（按此顺序）：{}",
            names.len(),
            names.join("、")
        );
        crate::outln!("{}", wrapped(&text));
    }
    if let Some(label) = results.interim_label() {
        crate::outln!("{label}：满意度调查尚未覆盖的单位按满分暂计（见警告）。");
    }
    crate::out!(
        "{}",
        wrapped(&report::text::check_summary(&read.ledger.counts))
    );
    if !results.appeals.is_empty() {
        crate::outln!("申诉{}条，均已对应到扣分。", results.appeals.len());
    }
    crate::outln!("台账检查通过：没有错误。");
    Ok(())
}
