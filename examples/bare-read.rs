//! Benchmark baselines (scripts/bench.sh). `ksfk score` is measured against
//! two bare reads of the same file:
//!
//! * calamine (default): open the workbook and touch every cell of every
//!   sheet, nothing else;
//! * `--floor`: the XML floor, below any spreadsheet library: inflate every
//!   worksheet and `xl/sharedStrings.xml` from the zip and pass quick-xml's
//!   events over them, keeping nothing. No reader of the file can be faster
//!   than this by much.
//!
//! ```text
//! cargo run --release --example bare-read -- LEDGER.xlsx
//! cargo run --release --example bare-read -- --floor LEDGER.xlsx
//! ```

use calamine::{open_workbook_auto, Data, Reader};
use std::io::BufReader;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (floor, path) = match args.as_slice() {
        [flag, path] if flag == "--floor" => (true, path.clone()),
        [path] => (false, path.clone()),
        _ => {
            eprintln!("usage: bare-read [--floor] LEDGER.xlsx");
            std::process::exit(2);
        }
    };
    let result = if floor {
        xml_floor(&path)
    } else {
        calamine_read(&path)
    };
    match result {
        Ok(line) => println!("{line}"),
        Err(e) => {
            eprintln!("bare-read: {path}: {e}");
            std::process::exit(1);
        }
    }
}

/// calamine: every cell of every sheet.
fn calamine_read(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    let mut wb = open_workbook_auto(path)?;
    let (mut cells, mut chars) = (0usize, 0usize);
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name)?;
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
    Ok(format!("{cells} cells, {chars} bytes of text"))
}

/// The XML floor: zip inflate plus quick-xml events, nothing kept.
fn xml_floor(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    let file = std::fs::File::open(path)?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file))?;
    let (mut events, mut bytes) = (0usize, 0usize);
    for i in 0..zip.len() {
        let entry = zip.by_index(i)?;
        let name = entry.name()?.to_string();
        let wanted = name == "xl/sharedStrings.xml"
            || (name.starts_with("xl/worksheets/") && name.ends_with(".xml"));
        if !wanted {
            continue;
        }
        let mut reader = quick_xml::Reader::from_reader(BufReader::with_capacity(1 << 16, entry));
        let mut buf = Vec::with_capacity(1 << 12);
        loop {
            match reader.read_event_into(&mut buf)? {
                quick_xml::events::Event::Eof => break,
                quick_xml::events::Event::Text(t) => bytes += t.len(),
                _ => {}
            }
            events += 1;
            buf.clear();
        }
    }
    Ok(format!("{events} XML events, {bytes} bytes of text"))
}
