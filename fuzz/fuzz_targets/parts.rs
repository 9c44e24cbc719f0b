//! Structure-aware: a valid ledger (seeds/ledger/seed-lo.xlsx, saved by
//! LibreOffice) with one of its zip entries replaced by the fuzz input, so
//! mutations reach the XML of sheets, shared strings, styles, the workbook
//! and its relationships past the zip's checksums. The first byte picks
//! the entry (modulo their count); the rest is its new content.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;
use std::io::{Cursor, Read, Write};

const BASE: &[u8] = include_bytes!("../seeds/ledger/seed-lo.xlsx");

fn rebuild(index: usize, content: &[u8]) -> Option<Vec<u8>> {
    let mut base = zip::ZipArchive::new(Cursor::new(BASE)).ok()?;
    let n = base.len();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..n {
        let mut f = base.by_index(i).ok()?;
        let name = f.name().ok()?.to_string();
        out.start_file(name, stored).ok()?;
        if i == index % n {
            out.write_all(content).ok()?;
        } else {
            let mut data = Vec::new();
            f.read_to_end(&mut data).ok()?;
            out.write_all(&data).ok()?;
        }
    }
    Some(out.finish().ok()?.into_inner())
}

fuzz_target!(|data: &[u8]| {
    let Some((&index, content)) = data.split_first() else {
        return;
    };
    if let Some(bytes) = rebuild(index as usize, content) {
        common::read(bytes);
    }
});
