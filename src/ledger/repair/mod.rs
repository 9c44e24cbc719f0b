//! Workbooks of forms that calamine 0.38 misreads, though real programs
//! write them, made readable before calamine opens them — or refused with
//! the reason (docs/ledger.md: every format is read exactly or refused).
//!
//! One function per format, each on the file's bytes: it returns them
//! unchanged when the file is not of the form, the same file in the form
//! calamine reads right when it is (the change never alters a value), or
//! the reason, in Chinese, when the file cannot be read faithfully. Each
//! works around one calamine bug, named in its doc comment: drop it once
//! calamine reads such files itself (each has unit tests built from a file
//! a real program wrote, fixtures/producers/).
//!
//! They run after the bounds checks of `check_zip` and `bounds`, on files
//! within the limits, and read the zip parts as streams: memory stays
//! within the compressed size of the rewritten parts.

mod ods;
mod xls;
mod xlsb;

pub(crate) use ods::ods;
pub(crate) use xls::xls;
pub(crate) use xlsb::xlsb;

use std::io::{Cursor, Read, Write};

/// What to do with a file that cannot be read faithfully.
pub(super) const SAVE_AS: &str = "请在Excel或WPS中打开该文件，另存为.xlsx文件后再试";

pub(super) fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(i..i.checked_add(2)?)?.try_into().ok()?,
    ))
}

pub(super) fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(i..i.checked_add(4)?)?.try_into().ok()?,
    ))
}

pub(super) fn u64_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u64::from_le_bytes(
        b.get(i..i.checked_add(8)?)?.try_into().ok()?,
    ))
}

// ---------------------------------------------------------------------------
// .xls

/// What a file that is neither a zip package nor a compound file is, when
/// it is a form that systems export under an .xls name and calamine does
/// not read: an Excel 2.x–4.0 worksheet (a bare BIFF2–4 stream, as SheetJS
/// writes for `biff2`), Excel 2003 XML (SpreadsheetML), a flat ODF
/// spreadsheet (.fods), a web page (HTML; many web systems' “导出Excel”),
/// or text (CSV). `None` for anything else. The file is refused either
/// way; this says why, and what to do.
pub(crate) fn unreadable_form(bytes: &[u8]) -> Option<String> {
    // A BIFF2-4 worksheet starts with its BOF record: type 0x0009, 0x0209
    // or 0x0409, of 4 to 16 bytes.
    if let (Some(t), Some(len)) = (u16_at(bytes, 0), u16_at(bytes, 2)) {
        if matches!(t, 0x0009 | 0x0209 | 0x0409) && (4..=16).contains(&len) {
            return Some(format!(
                "该文件是Excel 2.x–4.0的旧格式（BIFF2–4），本工具无法读取：{SAVE_AS}"
            ));
        }
    }
    let kind = form(bytes)?;
    Some(format!(
        "该文件不是.xlsx、.xls、.xlsb或.ods工作簿，而是{kind}（扩展名可能被改过）：{SAVE_AS}"
    ))
}

pub(super) fn form(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = text.trim_start();
    if text.contains("urn:schemas-microsoft-com:office:spreadsheet") {
        return Some("Excel 2003 XML表格（SpreadsheetML）");
    }
    if text.contains("application/vnd.oasis.opendocument.spreadsheet") {
        return Some("单文件的ODF表格（.fods）");
    }
    if text.starts_with("<!doctype html")
        || text.starts_with("<html")
        || text.starts_with("<table")
        || (text.starts_with('<') && text.contains("<table"))
    {
        return Some("网页（HTML）表格");
    }
    let printable = head
        .iter()
        .all(|b| *b >= 0x20 || matches!(b, b'\t' | b'\r' | b'\n'));
    if !head.is_empty() && printable && head.iter().any(|b| matches!(b, b',' | b'\t')) {
        return Some("纯文本（CSV等）表格");
    }
    None
}

// ---------------------------------------------------------------------------
// Zip packages (.ods, .xlsb)

pub(super) fn unreadable(what: &str, e: impl std::fmt::Display) -> String {
    super::open::unreadable(&format!("无法读取该工作簿（{what}）"), &e)
}

/// Writes `zip` again with the entries `rewrite` says to change, each
/// streamed through it; every other entry is copied as it is, compressed.
pub(super) fn rezip(
    bytes: &[u8],
    changed: &[usize],
    mut rewrite: impl FnMut(usize, &mut dyn Read, &mut dyn Write) -> Result<(), String>,
) -> Result<Vec<u8>, String> {
    let broken = |e: zip::result::ZipError| unreadable("文件已损坏", e);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        if !changed.contains(&i) {
            let entry = zip.by_index_raw(i).map_err(broken)?;
            out.raw_copy_file(entry).map_err(broken)?;
            continue;
        }
        let mut entry = zip.by_index(i).map_err(broken)?;
        let name = entry.name().map_err(broken)?.to_string();
        // The fastest deflate: the package lives only until calamine has
        // read it.
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(Some(1))
            .large_file(entry.size() >= u64::from(u32::MAX));
        out.start_file(name, options).map_err(broken)?;
        rewrite(i, &mut entry, &mut out)?;
    }
    Ok(out.finish().map_err(broken)?.into_inner())
}

/// The index of the zip entry `name` as calamine looks it up: the exact
/// name, else one that differs in letter case or `\` for `/`.
pub(super) fn entry_index(zip: &zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<usize> {
    if let Some(i) = zip.index_for_name(name) {
        return Some(i);
    }
    let key = name.replace('\\', "/").to_ascii_lowercase();
    (0..zip.len()).find(|&i| {
        matches!(zip.name_for_index(i), Some(Ok(n)) if n.replace('\\', "/").to_ascii_lowercase() == key)
    })
}

// ---------------------------------------------------------------------------
// .ods

#[cfg(test)]
mod tests {
    use super::super::open::CFB_MAGIC;
    use super::ods::strip_ods_text;
    use super::xls::{Cfb, ENDOFCHAIN};
    use super::xlsb::{rewrite_xlsb_sheet, write_record, Header};
    use super::*;
    use calamine::{Data, Reader};

    fn fixture(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        std::fs::read(path.join(name)).unwrap()
    }

    /// The sheets of fixtures/full.xlsx: the roster, the ledger's sheets
    /// in the schema's order, and the template's list sheet.
    fn sheets() -> Vec<&'static str> {
        std::iter::once(crate::schema::ROSTER)
            .chain(crate::schema::SHEETS.iter().map(|s| s.name))
            .chain(["选项"])
            .collect()
    }

    fn header<R: Reader<Cursor<Vec<u8>>>>(book: &mut R, sheet: &str) -> Vec<String>
    where
        R::Error: std::fmt::Debug,
    {
        let range = book.worksheet_range(sheet).unwrap();
        let row = range.rows().next().unwrap();
        row.iter().map(|c| c.to_string()).collect()
    }

    // -- .xls ---------------------------------------------------------------

    fn record(t: u16, data: &[u8]) -> Vec<u8> {
        let mut r = t.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    /// A globals substream: BOF of `version`, `pad` bytes of a record
    /// calamine ignores, CODEPAGE `codepage` (if any), EOF.
    fn globals(version: u16, pad: usize, codepage: Option<u16>) -> Vec<u8> {
        let mut bof = version.to_le_bytes().to_vec();
        bof.extend([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        let mut s = record(0x0809, &bof);
        if pad > 0 {
            // WriteAccess (0x005C), padded.
            s.extend(record(0x005C, &vec![0x20; pad]));
        }
        if let Some(cp) = codepage {
            s.extend(record(0x0042, &cp.to_le_bytes()));
        }
        s.extend(record(0x000A, &[]));
        s
    }

    /// A compound file of 512-byte sectors holding `stream` as `Workbook`:
    /// in the mini stream when shorter than 4096 bytes, else in sectors
    /// laid out in reverse order (the chain must be followed).
    fn cfb(stream: &[u8]) -> Vec<u8> {
        const FREE: u32 = 0xFFFF_FFFF;
        const FATSECT: u32 = 0xFFFF_FFFD;
        let mini = stream.len() < 4096;
        let unit = if mini { 64 } else { 512 };
        let units = stream.len().div_ceil(unit);
        // Sectors: 0 FAT, 1 directory, 2 mini FAT, then the data.
        let data_sectors = if mini {
            (units * 64).div_ceil(512)
        } else {
            units
        };
        let mut fat = vec![FREE; 128];
        fat[0] = FATSECT;
        fat[1] = ENDOFCHAIN;
        fat[2] = ENDOFCHAIN;
        // The data sectors 3.., chained from the last to the first when
        // the stream is not mini, else in order.
        let ids: Vec<u32> = if mini {
            (3..3 + data_sectors as u32).collect()
        } else {
            (3..3 + data_sectors as u32).rev().collect()
        };
        for w in ids.windows(2) {
            fat[w[0] as usize] = w[1];
        }
        fat[*ids.last().unwrap() as usize] = ENDOFCHAIN;
        let mut minifat = vec![FREE; 128];
        if mini {
            for (i, next) in minifat.iter_mut().enumerate().take(units) {
                *next = if i + 1 < units {
                    i as u32 + 1
                } else {
                    ENDOFCHAIN
                };
            }
        }
        let entry = |name: &str, kind: u8, start: u32, len: u32| {
            let mut e = vec![0u8; 128];
            let units: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
            e[..units.len()].copy_from_slice(&units);
            e[64..66].copy_from_slice(&((units.len() + 2) as u16).to_le_bytes());
            e[66] = kind;
            e[116..120].copy_from_slice(&start.to_le_bytes());
            e[120..124].copy_from_slice(&len.to_le_bytes());
            e
        };
        let mut dir = Vec::new();
        if mini {
            dir.extend(entry("Root Entry", 5, 3, (units * 64) as u32));
            dir.extend(entry("Workbook", 2, 0, stream.len() as u32));
        } else {
            dir.extend(entry("Root Entry", 5, ENDOFCHAIN, 0));
            dir.extend(entry("Workbook", 2, ids[0], stream.len() as u32));
        }
        dir.resize(512, 0);
        let mut header = vec![0u8; 512];
        header[..8].copy_from_slice(CFB_MAGIC);
        header[24..26].copy_from_slice(&0x3Eu16.to_le_bytes());
        header[26..28].copy_from_slice(&3u16.to_le_bytes());
        header[28..30].copy_from_slice(&0xFFFEu16.to_le_bytes());
        header[30..32].copy_from_slice(&9u16.to_le_bytes());
        header[32..34].copy_from_slice(&6u16.to_le_bytes());
        header[44..48].copy_from_slice(&1u32.to_le_bytes());
        header[48..52].copy_from_slice(&1u32.to_le_bytes());
        header[56..60].copy_from_slice(&4096u32.to_le_bytes());
        header[60..64].copy_from_slice(&2u32.to_le_bytes());
        header[64..68].copy_from_slice(&u32::from(mini).to_le_bytes());
        header[68..72].copy_from_slice(&ENDOFCHAIN.to_le_bytes());
        for (i, w) in header[76..512].chunks_mut(4).enumerate() {
            w.copy_from_slice(&if i == 0 { 0 } else { FREE }.to_le_bytes());
        }
        let mut file = header;
        file.extend(fat.iter().flat_map(|w| w.to_le_bytes()));
        file.extend(dir);
        file.extend(minifat.iter().flat_map(|w| w.to_le_bytes()));
        let mut data = vec![0u8; data_sectors * 512];
        if mini {
            data[..stream.len()].copy_from_slice(stream);
        } else {
            // Stream sector k is file sector ids[k].
            for (k, chunk) in stream.chunks(512).enumerate() {
                let at = (ids[k] as usize - 3) * 512;
                data[at..at + chunk.len()].copy_from_slice(chunk);
            }
        }
        file.extend(data);
        file
    }

    /// The Workbook stream of `file`, read back.
    fn workbook_stream(file: &[u8]) -> Vec<u8> {
        let cfb = Cfb::new(file).unwrap();
        let s = cfb.stream("Workbook").unwrap();
        cfb.read(&s)
    }

    const CP1252: [u8; 2] = 1252u16.to_le_bytes();
    const CP1200: [u8; 2] = 1200u16.to_le_bytes();

    #[test]
    fn a_jexcelapi_xls_reads_right_once_its_codepage_says_utf16() {
        // fixtures/producers/jexcelapi-cp1252.xls: fixtures/full.xlsx as
        // JExcelApi 2.6.12 writes it, CODEPAGE 1252 (scripts/producers.py).
        let bytes = fixture("producers/jexcelapi-cp1252.xls");
        let open = |b: Vec<u8>| calamine::Xls::new(Cursor::new(b)).unwrap();
        // calamine 0.38 alone garbles every name.
        let names = open(bytes.clone()).sheet_names();
        assert!(!names.iter().any(|n| n == "热线工单"), "{names:?}");
        let repaired = xls(bytes.clone()).unwrap();
        // 1252 is 0x04E4, 1200 0x04B0: one byte changes, nothing else.
        let changed: Vec<usize> = (0..bytes.len())
            .filter(|&i| bytes[i] != repaired[i])
            .collect();
        assert_eq!(repaired.len(), bytes.len());
        assert_eq!(changed.len(), 1, "only the CODEPAGE record changes");
        let at = changed[0];
        assert!(bytes[at..at + 2] == CP1252 && repaired[at..at + 2] == CP1200);
        let mut book = open(repaired);
        assert_eq!(book.sheet_names(), sheets());
        let head = header(&mut book, "热线工单");
        assert_eq!(&head[..3], ["工单编号", "承办单位", "主协办"]);
        // A repaired file is left as it is.
        let once = xls(bytes).unwrap();
        assert!(xls(once.clone()).unwrap() == once);
    }

    #[test]
    fn an_xls_with_codepage_1200_is_left_as_it_is() {
        // LibreOffice writes 1200.
        let bytes = fixture("full.xls");
        assert!(xls(bytes.clone()).unwrap() == bytes);
    }

    #[test]
    fn the_codepage_is_patched_in_regular_and_mini_streams_across_sectors() {
        // A record header of 4 bytes at 0: the CODEPAGE value lands at
        // stream offset 511 (straddling two sectors), or in the mini stream.
        let bof_len = 4 + 16;
        for pad in [511 - bof_len - 8, 4600, 10] {
            let stream = globals(0x0600, pad, Some(1252));
            let file = cfb(&stream);
            let before = workbook_stream(&file);
            assert_eq!(before, stream);
            let repaired = xls(file.clone()).unwrap();
            let after = workbook_stream(&repaired);
            let at = bof_len + 4 + pad + 4;
            assert_eq!(after[at..at + 2], CP1200, "pad {pad}");
            assert_eq!(after[..at], stream[..at]);
            assert_eq!(after[at + 2..], stream[at + 2..]);
            // calamine reads the container as this module does.
            calamine::Xls::new(Cursor::new(repaired)).unwrap();
        }
    }

    #[test]
    fn biff5_keeps_its_codepage_and_is_refused_when_it_cannot_hold_chinese() {
        for pad in [10, 5000] {
            // A Chinese code page: BIFF5 text is in it, and calamine decodes it.
            let gbk = cfb(&globals(0x0500, pad, Some(936)));
            assert!(xls(gbk.clone()).unwrap() == gbk);
            // A western one cannot hold the sheet names: the file is refused,
            // not read into a list of missing sheets.
            for cp in [Some(1252), None] {
                let e = xls(cfb(&globals(0x0500, pad, cp))).unwrap_err();
                assert!(
                    e.contains("Excel 5.0/95") && e.contains("存不下中文"),
                    "{e}"
                );
                assert!(e.contains("另存为.xlsx"), "{e}");
            }
        }
    }

    /// A workbook stream of one empty sheet named by `name` (a
    /// BoundSheet8's name field as written), BOF `version`, CODEPAGE `cp`.
    fn one_sheet(version: u16, cp: u16, name: &[u8]) -> Vec<u8> {
        let bof = |dt: u8| {
            let mut d = version.to_le_bytes().to_vec();
            d.extend([dt, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            record(0x0809, &d)
        };
        let mut head = bof(5);
        head.extend(record(0x0042, &cp.to_le_bytes()));
        let bound_len = 4 + 6 + name.len();
        let pos = (head.len() + bound_len + 4) as u32;
        let mut bound = pos.to_le_bytes().to_vec();
        bound.extend([0, 0]);
        bound.extend(name);
        head.extend(record(0x0085, &bound));
        head.extend(record(0x000A, &[]));
        head.extend(bof(0x10));
        head.extend(record(0x000A, &[]));
        head
    }

    #[test]
    fn sheet_names_read_right_in_biff8_whatever_the_codepage_and_in_biff5_in_its_own() {
        let names = |file: Vec<u8>| {
            calamine::Xls::new(Cursor::new(file))
                .map(|b| b.sheet_names())
                .unwrap_or_default()
        };
        // BIFF8: the name as UTF-16 (flags 1), CODEPAGE 1252 as JExcelApi
        // writes it: garbled by calamine alone, right once repaired.
        let mut utf16 = vec![4, 1];
        utf16.extend("单位名单".encode_utf16().flat_map(u16::to_le_bytes));
        let file = cfb(&one_sheet(0x0600, 1252, &utf16));
        assert_ne!(names(file.clone()), ["单位名单"]);
        assert_eq!(names(xls(file).unwrap()), ["单位名单"]);
        // BIFF5: the name as GBK bytes, CODEPAGE 936: read as it is.
        let gbk = [8, 0xB5, 0xA5, 0xCE, 0xBB, 0xC3, 0xFB, 0xB5, 0xA5];
        let file = cfb(&one_sheet(0x0500, 936, &gbk));
        assert!(xls(file.clone()).unwrap() == file);
        assert_eq!(names(file), ["单位名单"]);
    }

    #[test]
    fn a_broken_container_is_left_to_calamine() {
        for bytes in [
            Vec::new(),
            CFB_MAGIC.to_vec(),
            {
                let mut f = cfb(&globals(0x0600, 10, Some(1252)));
                f.truncate(1100);
                f
            },
            {
                // A chain that leaves the FAT.
                let mut f = cfb(&globals(0x0600, 5000, Some(1252)));
                let last = 512 + 4 * 12;
                f[last..last + 4].copy_from_slice(&0x7FFFu32.to_le_bytes());
                f
            },
        ] {
            assert!(xls(bytes.clone()).unwrap() == bytes);
        }
    }

    #[test]
    fn exports_under_an_xls_name_are_named_for_what_they_are() {
        let biff2 = [record(0x0009, &[0, 0, 0x10, 0]), record(0x000A, &[])].concat();
        for (bytes, kind) in [
            (biff2, "BIFF2–4"),
            (
                b"<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">".to_vec(),
                "SpreadsheetML",
            ),
            (
                b"\xEF\xBB\xBF<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>\xE5\x8D\x95\xE4\xBD\x8D</td></tr></table>".to_vec(),
                "HTML",
            ),
            ("单位,条款\r\n周庄镇,Z1.1\r\n".as_bytes().to_vec(), "CSV"),
        ] {
            let e = unreadable_form(&bytes).unwrap();
            assert!(e.contains(kind) && e.contains("另存为.xlsx"), "{e}");
        }
        assert_eq!(unreadable_form(b"\x00\x01 binary"), None);
        assert_eq!(unreadable_form(b""), None);
    }

    // -- .ods ---------------------------------------------------------------

    #[test]
    fn gnumeric_and_sheetjs_ods_read_right_without_the_indentation() {
        // fixtures/producers/: fixtures/full.xlsx saved as .ods by
        // Gnumeric 1.12.55 and SheetJS 0.18.5, their XML indented.
        for name in ["producers/gnumeric.ods", "producers/sheetjs.ods"] {
            let bytes = fixture(name);
            let open = |b: Vec<u8>| calamine::Ods::new(Cursor::new(b));
            let e = open(bytes.clone()).err().unwrap().to_string();
            assert!(e.contains("Expecting 'table-cell'"), "{name}: {e}");
            let repaired = ods(bytes).unwrap();
            let mut book = open(repaired.clone()).unwrap();
            assert_eq!(book.sheet_names(), sheets(), "{name}");
            let head = header(&mut book, "热线工单");
            assert_eq!(&head[..3], ["工单编号", "承办单位", "主协办"], "{name}");
            // No value keeps the indentation around its paragraph.
            for sheet in sheets() {
                let range = book.worksheet_range(sheet).unwrap();
                for v in range.used_cells().map(|(_, _, v)| v) {
                    if let Data::String(s) = v {
                        assert!(!s.starts_with('\n') && !s.ends_with('\n'), "{name}: {s:?}");
                    }
                }
            }
            // Nothing is left to do.
            assert!(ods(repaired.clone()).unwrap() == repaired);
        }
    }

    #[test]
    fn a_libreoffice_ods_is_left_as_it_is() {
        let bytes = fixture("full.ods");
        assert!(ods(bytes.clone()).unwrap() == bytes);
    }

    fn strip(xml: &str) -> String {
        let mut out = Vec::new();
        let mut to: &mut dyn Write = &mut out;
        strip_ods_text(xml.as_bytes(), Some(&mut to)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn only_text_outside_paragraphs_is_removed() {
        let xml = "<?xml version=\"1.0\"?>\n<table:table-row>\n  <!-- c -->\n  <table:table-cell office:value-type=\"string\">\n    <text:p>  a <text:span> b</text:span>\n c </text:p>\n    <text:p/>\n  </table:table-cell>\t<table:table-cell/>\r\n</table:table-row>";
        assert_eq!(
            strip(xml),
            "<?xml version=\"1.0\"?>\n<table:table-row><table:table-cell office:value-type=\"string\"><text:p>  a <text:span> b</text:span>\n c </text:p><text:p/></table:table-cell><table:table-cell/></table:table-row>"
        );
        // Escapes and entities pass as written.
        let xml = "<text:p>&amp;&#x4E2D; x&lt;y</text:p>";
        assert_eq!(strip(xml), xml);
        assert!(!strip_ods_text(xml.as_bytes(), None).unwrap());
    }

    // -- .xlsb --------------------------------------------------------------

    #[test]
    fn a_sheetjs_xlsb_keeps_the_cells_of_its_short_records() {
        // fixtures/producers/sheetjs.xlsb: fixtures/full.xlsx as SheetJS
        // 0.18.5 writes it, every cell after another as a short record.
        let bytes = fixture("producers/sheetjs.xlsb");
        let open = |b: Vec<u8>| calamine::Xlsb::new(Cursor::new(b)).unwrap();
        // calamine 0.38 alone keeps only the first header cell.
        let mut before = open(bytes.clone());
        let head = header(&mut before, "热线工单");
        assert!(
            head[0] == "工单编号" && head[1..].iter().all(String::is_empty),
            "{head:?}"
        );
        let repaired = xlsb(bytes).unwrap();
        let mut book = open(repaired.clone());
        let head = header(&mut book, "热线工单");
        assert_eq!(&head[..3], ["工单编号", "承办单位", "主协办"]);
        // The same cells as LibreOffice's .ods of the same ledger.
        let mut other = calamine::Ods::new(Cursor::new(fixture("full.ods"))).unwrap();
        for sheet in sheets() {
            let a = book.worksheet_range(sheet).unwrap();
            let b = other.worksheet_range(sheet).unwrap();
            assert_eq!(
                a.used_cells().count(),
                b.used_cells().count(),
                "{sheet}: cells"
            );
        }
        assert!(xlsb(repaired.clone()).unwrap() == repaired);
    }

    #[test]
    fn an_xlsb_of_full_records_is_left_as_it_is() {
        let bytes = fixture("full.xlsb");
        assert!(xlsb(bytes.clone()).unwrap() == bytes);
    }

    #[test]
    fn mutated_files_never_make_a_repair_panic() {
        // The producers' files with bytes changed, cut or removed: each
        // repair returns the bytes or a reason, never panics.
        type Repair = fn(Vec<u8>) -> Result<Vec<u8>, String>;
        let cases: [(&str, Repair); 4] = [
            ("producers/jexcelapi-cp1252.xls", xls),
            ("producers/gnumeric.ods", ods),
            ("producers/sheetjs.ods", ods),
            ("producers/sheetjs.xlsb", xlsb),
        ];
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for (name, repair) in cases {
            let seed = fixture(name);
            for _ in 0..150 {
                let mut b = seed.clone();
                match next() % 3 {
                    0 => b.truncate((next() as usize) % b.len()),
                    1 => {
                        for _ in 0..1 + next() % 8 {
                            let i = (next() as usize) % b.len();
                            b[i] = next() as u8;
                        }
                    }
                    _ => {
                        let i = (next() as usize) % (b.len() - 4);
                        let v = [0u32, 1, 0x7FFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFE, 4096]
                            [(next() % 6) as usize];
                        b[i..i + 4].copy_from_slice(&v.to_le_bytes());
                    }
                }
                let _ = repair(b);
            }
        }
    }

    fn brt(t: u16, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let h = Header {
            typ: t,
            len: usize::MAX,
            raw: [0; 6],
            raw_len: 0,
        };
        write_record(&mut out, &h, Some(t), payload).unwrap();
        out
    }

    fn row(r: u32) -> Vec<u8> {
        let mut p = r.to_le_bytes().to_vec();
        p.extend([0; 13]);
        brt(0x0000, &p)
    }

    fn cell(col: u32) -> Vec<u8> {
        let mut c = col.to_le_bytes().to_vec();
        c.extend([0, 0, 0, 0]);
        c
    }

    fn wide(s: &str) -> Vec<u8> {
        let mut w = (s.encode_utf16().count() as u32).to_le_bytes().to_vec();
        w.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        w
    }

    fn rewrite(records: &[Vec<u8>]) -> Result<Vec<u8>, String> {
        let input = records.concat();
        let mut out = Vec::new();
        rewrite_xlsb_sheet(&mut input.as_slice(), &mut out)?;
        Ok(out)
    }

    #[test]
    fn short_records_take_the_column_after_the_cell_before() {
        let rk = 7u32 << 2 | 2; // the integer 7
        let long = "长".repeat(100); // a record length of two bytes
        let short = |t: u16, value: &[u8]| {
            let mut p = vec![0, 0, 0, 0];
            p.extend(value);
            brt(t, &p)
        };
        let got = rewrite(&[
            brt(0x0091, &[]),
            row(4),
            brt(0x0006, &[cell(2), wide("a")].concat()),
            short(0x0011, &wide(&long)),
            short(0x000D, &rk.to_le_bytes()),
            short(0x000C, &[]),
            short(0x0012, &5u32.to_le_bytes()),
            short(0x0010, &2.5f64.to_le_bytes()),
            short(0x000F, &[1]),
            short(0x000E, &[0x07]),
            row(5),
            brt(0x0002, &[cell(0), rk.to_le_bytes().to_vec()].concat()),
            brt(0x000B, &[cell(1), vec![0x2A, 0, 0], vec![0; 4]].concat()),
            brt(
                0x003E,
                &[cell(3), vec![1], wide("富文本"), vec![0; 4]].concat(),
            ),
            short(0x000F, &[0]),
            brt(0x0092, &[]),
            brt(0x0007, &[0xFF]), // after the sheet data: kept as it is
        ])
        .unwrap();
        let want = [
            brt(0x0091, &[]),
            row(4),
            brt(0x0006, &[cell(2), wide("a")].concat()),
            brt(0x0006, &[cell(3), wide(&long)].concat()),
            brt(0x0002, &[cell(4), rk.to_le_bytes().to_vec()].concat()),
            brt(0x0001, &cell(5)),
            brt(0x0007, &[cell(6), 5u32.to_le_bytes().to_vec()].concat()),
            brt(0x0005, &[cell(7), 2.5f64.to_le_bytes().to_vec()].concat()),
            brt(0x0004, &[cell(8), vec![1]].concat()),
            brt(0x0003, &[cell(9), vec![0x07]].concat()),
            row(5),
            brt(0x0002, &[cell(0), rk.to_le_bytes().to_vec()].concat()),
            brt(0x0003, &[cell(1), vec![0x2A]].concat()),
            brt(0x0006, &[cell(3), wide("富文本")].concat()),
            brt(0x0004, &[cell(4), vec![0]].concat()),
            brt(0x0092, &[]),
            brt(0x0007, &[0xFF]),
        ]
        .concat();
        assert_eq!(got, want);
    }

    #[test]
    fn a_short_record_that_opens_a_row_is_refused() {
        let e = rewrite(&[brt(0x0091, &[]), row(6), brt(0x000F, &[0, 0, 0, 0, 1])]).unwrap_err();
        assert!(
            e.contains("第7行") && e.contains("无法确定它在哪一列"),
            "{e}"
        );
        assert!(e.contains("另存为.xlsx"), "{e}");
        // A record cut short, and a cell record too short for its value.
        let e = rewrite(&[row(0), vec![0x0D, 8, 0, 0]]).unwrap_err();
        assert!(e.contains("不完整"), "{e}");
        let e = rewrite(&[row(0), brt(0x0006, &cell(0)), brt(0x0011, &[0; 4])]).unwrap_err();
        assert!(e.contains("不完整"), "{e}");
    }
}
