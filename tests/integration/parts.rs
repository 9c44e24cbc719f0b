//! Every worksheet part of every workbook ksfk writes is well formed as
//! Excel requires: rows in ascending order, none written twice.
//! (rust_xlsxwriter 0.102's constant-memory worksheets wrote the last row
//! again when it had a height; ksfk writes ordinary worksheets, and this
//! test keeps it so.)

use crate::common::*;
use std::io::Read;
use std::path::Path;

/// The row numbers of each worksheet part of the workbook at `path`.
fn rows_per_sheet(path: &Path) -> Vec<(String, Vec<u32>)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
        .filter(|n| n.starts_with("xl/worksheets/sheet") && n.ends_with(".xml"))
        .collect();
    assert!(!names.is_empty(), "{}", path.display());
    names
        .into_iter()
        .map(|name| {
            let mut xml = String::new();
            zip.by_name(&name)
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            let rows = xml
                .split("<row r=\"")
                .skip(1)
                .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
                .collect();
            (name, rows)
        })
        .collect()
}

fn assert_rows_once_in_order(path: &Path) {
    for (part, rows) in rows_per_sheet(path) {
        assert!(
            rows.windows(2).all(|w| w[0] < w[1]),
            "{}: {part}: rows out of order or given twice: {rows:?}",
            path.display()
        );
    }
}

#[test]
fn no_worksheet_of_any_output_writes_a_row_twice() {
    let dir = tmp();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ledger-2017.xlsx");
    let out = dir.path().join("r.xlsx");
    let units = dir.path().join("units");
    let (code, _, err) = run(&[
        "score",
        example.to_str().unwrap(),
        "--year",
        "2017",
        "-o",
        out.to_str().unwrap(),
        "--per-unit",
        units.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let interim = dir.path().join("mid.xlsx");
    let (code, _, err) = run(&[
        "score",
        example.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "2017-06-30",
        "-o",
        interim.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let diff = dir.path().join("diff.xlsx");
    let (code, _, err) = run(&[
        "diff",
        interim.to_str().unwrap(),
        out.to_str().unwrap(),
        "-o",
        diff.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let template = dir.path().join("template.xlsx");
    let (code, _, err) = run(&["template", "-o", template.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let mut books = vec![out.clone(), interim, diff, template];
    books.extend(
        std::fs::read_dir(&units)
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    assert_eq!(books.len(), 4 + 51);
    for b in &books {
        assert_rows_once_in_order(b);
    }
    // The result workbook's largest sheets have their rows: a unit sheet's
    // entries and 扣分明细.
    let most = rows_per_sheet(&out)
        .iter()
        .map(|(_, rows)| rows.len())
        .max()
        .unwrap();
    assert!(most > 500, "{most}");
}
