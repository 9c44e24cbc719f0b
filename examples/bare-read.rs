//! Benchmark baseline (scripts/bench.sh): open a workbook with calamine and
//! touch every cell of every sheet, nothing else. `ksfk score` is measured
//! against this bare read of the same file.
//!
//!     cargo run --release --example bare-read -- LEDGER.xlsx

use calamine::{open_workbook_auto, Data, Reader};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bare-read LEDGER.xlsx");
        std::process::exit(2);
    };
    let mut wb = open_workbook_auto(&path).unwrap_or_else(|e| {
        eprintln!("bare-read: {path}: {e}");
        std::process::exit(1);
    });
    let (mut cells, mut chars) = (0usize, 0usize);
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap_or_else(|e| {
            eprintln!("bare-read: {name}: {e}");
            std::process::exit(1);
        });
        for row in range.rows() {
            for c in row {
                if !matches!(c, Data::Empty) {
                    cells += 1;
                }
                if let Data::String(s) = c {
                    chars += s.len();
                }
            }
        }
    }
    println!("{cells} cells, {chars} bytes of text");
}
