//! The shared kit of the sheet readers' unit tests: a ledger built in
//! memory with every sheet of the schema, the smallest valid content (a
//! 沟通机制 row per 区镇, a 满意度调查 row per unit of the built-in
//! roster), and the rows a test adds, read back as `ksfk` reads a file.

use crate::ledger::{read_bytes, LedgerError};
use crate::model::Ledger;
use crate::schema;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// A cell as a test writes it.
#[derive(Clone)]
pub(crate) enum C {
    S(String),
    N(f64),
    D(u16, u8, u8),
}

/// A text cell.
pub(crate) fn s(text: &str) -> C {
    C::S(text.to_string())
}

/// One row of a sheet: (header, cell).
pub(crate) type Row = Vec<(&'static str, C)>;

/// The ledger of the smallest valid content plus `rows` (sheet, row),
/// read for 2017.
pub(crate) fn read(rows: &[(&str, Row)]) -> Result<Ledger, LedgerError> {
    let mut all: Vec<(&str, Row)> = Vec::new();
    for town in crate::ledger::roster::TOWNS {
        let mut r: Row = vec![("单位", s(town))];
        for c in &schema::sheet(schema::COMMUNICATION).columns[1..] {
            r.push((c.header, s("是")));
        }
        all.push((schema::COMMUNICATION, r));
    }
    for unit in crate::ledger::roster::builtin().units() {
        all.push((
            schema::SURVEY,
            vec![("单位", s(&unit.name)), ("得分", C::N(90.0))],
        ));
    }
    all.extend(rows.iter().cloned());
    read_bytes(workbook(&all), Some(2017)).map(|r| r.ledger)
}

/// Every sheet of the schema with its headers (the optional ones when a
/// row is given for them), and `rows` under them.
fn workbook(rows: &[(&str, Row)]) -> Vec<u8> {
    let optional = [
        &schema::ROSTER_SHEET,
        &schema::APPEAL_SHEET,
        &schema::HOLIDAY_SHEET,
    ];
    let specs: Vec<&schema::SheetSpec> = schema::SHEETS
        .iter()
        .chain(
            optional
                .into_iter()
                .filter(|o| rows.iter().any(|(s, _)| *s == o.name)),
        )
        .collect();
    for (sheet, _) in rows {
        assert!(specs.iter().any(|s| s.name == *sheet), "no sheet {sheet}");
    }
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for spec in specs {
        let ws = wb.add_worksheet().set_name(spec.name).unwrap();
        for (c, col) in (0u16..).zip(spec.columns) {
            ws.write_string(0, c, col.header).unwrap();
        }
        let mut r = 0;
        for (_, row) in rows.iter().filter(|(s, _)| *s == spec.name) {
            r += 1;
            for (header, cell) in row {
                let c = spec
                    .columns
                    .iter()
                    .position(|col| col.header == *header)
                    .unwrap_or_else(|| panic!("{} has no column {header}", spec.name))
                    as u16;
                match cell {
                    C::S(s) => ws.write_string(r, c, s).map(|_| ()),
                    C::N(n) => ws.write_number(r, c, *n).map(|_| ()),
                    C::D(y, m, d) => {
                        let d = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        ws.write_datetime_with_format(r, c, &d, &date).map(|_| ())
                    }
                }
                .unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

/// The problems of a ledger that does not read, as `place 列「…」 值「…」：…`.
pub(crate) fn problems(r: Result<Ledger, LedgerError>) -> Vec<String> {
    match r {
        Err(LedgerError::Invalid { problems, .. }) => {
            problems.iter().map(|p| p.to_string()).collect()
        }
        Err(e) => vec![e.to_string()],
        Ok(_) => Vec::new(),
    }
}
