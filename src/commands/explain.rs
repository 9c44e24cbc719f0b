//! `ksfk explain`: how one unit's score came about, entry by entry.

use super::*;

pub(super) fn run(args: ExplainArgs) -> Result<(), Error> {
    let read = read(&args.ledger)?;
    let roster = &read.ledger.roster;
    let Some(unit) = roster.find(crate::ledger::cells::trim(&args.unit)) else {
        let s = ledger::roster::suggest(roster, &args.unit);
        let hint = if s.is_empty() {
            String::new()
        } else {
            format!("是否应为「{}」？", s.join("」或「"))
        };
        return Err(Error::Usage(format!(
            "单位「{}」不在单位名单中。{hint}",
            args.unit
        )));
    };
    let as_of = args.ledger.as_of(read.ledger.year);
    let results = scored(&read, as_of, &Points::default())?;
    strict(&args.ledger, &results)?;
    let Some(index) = results.units.iter().position(|u| u.unit == unit.id) else {
        return Err(Error::Usage(format!("单位「{}」没有得分", unit.name)));
    };
    say_year(&read);
    let text = report::text::explain(&results, index);
    crate::out!("{}", wrapped(&text));
    Ok(())
}
