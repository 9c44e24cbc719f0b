//! Structure-aware, for the sheet-name and shared-string logic: a valid
//! ledger (seeds/ledger/seed-lo.xlsx) whose sheet names, shared strings and
//! zip entry names are rewritten from the input, so that mutations reach
//! the name matching (trimmed names, two sheets for one ledger sheet, the
//! same name twice), the shared-string table (its claimed `uniqueCount`,
//! long, empty or control-character strings repeated over cells) and
//! duplicate zip entries, past the XML's syntax.
//!
//! Input: byte 0 holds flags (1: one `<sheet>` element given twice; 2: a
//! sheet part also stored under a name differing in letter case; 4: the
//! next 4 bytes, little-endian, are the table's `uniqueCount`); the rest is
//! split at the first NUL into sheet names and shared strings, each one
//! per line, replacing the workbook's in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;
use std::io::{Cursor, Read, Write};

const BASE: &[u8] = include_bytes!("../seeds/ledger/seed-lo.xlsx");

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The workbook's `<sheets>` with the name of the i-th `<sheet>` replaced
/// by `names[i]`, and the first `<sheet>` given again when `twice`.
fn rename_sheets(xml: &str, names: &[String], twice: bool) -> String {
    let mut out = String::new();
    let mut rest = xml;
    let mut i = 0;
    let mut first: Option<String> = None;
    while let Some(at) = rest.find("<sheet ") {
        out.push_str(&rest[..at]);
        let end = match rest[at..].find("/>") {
            Some(e) => at + e + 2,
            None => break,
        };
        let mut el = rest[at..end].to_string();
        if let (Some(name), Some(n)) = (names.get(i), el.find("name=\"")) {
            let v = n + 6;
            if let Some(len) = el[v..].find('"') {
                el = format!("{}{}{}", &el[..v], escape(name), &el[v + len..]);
            }
        }
        if first.is_none() {
            first = Some(el.clone());
        }
        out.push_str(&el);
        rest = &rest[end..];
        i += 1;
    }
    if twice {
        if let Some(f) = first {
            if let Some(at) = rest.find("</sheets>") {
                out.push_str(&rest[..at]);
                out.push_str(&f);
                rest = &rest[at..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The shared-string table with its strings replaced in order and, when
/// given, its `uniqueCount`.
fn rewrite_strings(xml: &str, strings: &[String], count: Option<u32>) -> String {
    let mut out = String::new();
    let mut rest = xml;
    if let Some(c) = count {
        if let Some(at) = rest.find("uniqueCount=\"") {
            let v = at + 13;
            if let Some(len) = rest[v..].find('"') {
                out.push_str(&rest[..v]);
                out.push_str(&c.to_string());
                rest = &rest[v + len..];
            }
        }
    }
    let mut i = 0;
    while let Some(at) = rest.find("<si>") {
        let Some(end) = rest[at..].find("</si>").map(|e| at + e + 5) else {
            break;
        };
        out.push_str(&rest[..at]);
        match strings.get(i) {
            Some(s) => {
                out.push_str("<si><t xml:space=\"preserve\">");
                out.push_str(&escape(s));
                out.push_str("</t></si>");
            }
            None => out.push_str(&rest[at..end]),
        }
        rest = &rest[end..];
        i += 1;
    }
    out.push_str(rest);
    out
}

fn rebuild(data: &[u8]) -> Option<Vec<u8>> {
    let (&flags, mut data) = data.split_first()?;
    let count = if flags & 4 != 0 && data.len() >= 4 {
        let c = u32::from_le_bytes(data[..4].try_into().ok()?);
        data = &data[4..];
        Some(c)
    } else {
        None
    };
    let (names, strings) = match data.iter().position(|b| *b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let lines = |b: &[u8]| -> Vec<String> {
        if b.is_empty() {
            return Vec::new();
        }
        String::from_utf8_lossy(b)
            .split('\n')
            .map(str::to_string)
            .collect()
    };
    let (names, strings) = (lines(names), lines(strings));
    let mut base = zip::ZipArchive::new(Cursor::new(BASE)).ok()?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..base.len() {
        let mut f = base.by_index(i).ok()?;
        let name = f.name().ok()?.to_string();
        let mut content = Vec::new();
        f.read_to_end(&mut content).ok()?;
        let content = match name.as_str() {
            "xl/workbook.xml" => {
                rename_sheets(&String::from_utf8_lossy(&content), &names, flags & 1 != 0)
                    .into_bytes()
            }
            "xl/sharedStrings.xml" => {
                rewrite_strings(&String::from_utf8_lossy(&content), &strings, count).into_bytes()
            }
            _ => content,
        };
        out.start_file(name.as_str(), stored).ok()?;
        out.write_all(&content).ok()?;
        if flags & 2 != 0 && name == "xl/worksheets/sheet2.xml" {
            out.start_file("xl/worksheets/Sheet2.xml", stored).ok()?;
            out.write_all(&content).ok()?;
        }
    }
    Some(out.finish().ok()?.into_inner())
}

fuzz_target!(|data: &[u8]| {
    if let Some(bytes) = rebuild(data) {
        common::read(bytes);
    }
});
