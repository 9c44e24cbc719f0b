//! Guards run on a file's bytes before calamine sees them: the bounds of
//! a zip package (entries, declared sizes, the ratio of a zip bomb),
//! duplicate entries, a shared-string table's claimed count, an encrypted
//! .ods. The dense ranges of .xls and .ods are bounded by
//! [`bounds`](super::bounds).

use super::{bounds, source};
use std::io::Cursor;

pub mod limits {
    /// Entries in the zip.
    pub const MAX_ENTRIES: usize = 10_000;
    /// Declared uncompressed size of all entries together (the zip reader
    /// never yields more than an entry declares). A real ledger of 200,000
    /// hotline rows is about 100 MB; streaming 512 MB of sheet XML takes
    /// seconds in a release build.
    pub const MAX_TOTAL_BYTES: u64 = 512 << 20;
    /// Declared uncompressed size of the shared-string table, which
    /// calamine loads whole into memory.
    pub const MAX_SHARED_STRINGS_BYTES: u64 = 100 << 20;
    /// How much more than its compressed size honest spreadsheet XML
    /// unpacks to: 8–15 times for ledgers saved by Excel, WPS, LibreOffice
    /// and rust_xlsxwriter (measured on 200k- and 500k-row ledgers); a zip
    /// bomb unpacks hundreds or thousands of times. A part (or the whole
    /// package) that compresses no more than this is honest and may pass
    /// the limits above, up to the `HONEST_*` ones: a LibreOffice-saved
    /// ledger of 500k rows can hold a 250 MB shared-string table and
    /// 600 MB of sheet XML.
    pub const HONEST_RATIO: u64 = 40;
    /// [`MAX_TOTAL_BYTES`] (and a worksheet's limit) for an honest package.
    pub const HONEST_TOTAL_BYTES: u64 = 2 << 30;
    /// [`MAX_SHARED_STRINGS_BYTES`] for an honest table.
    pub const HONEST_SHARED_STRINGS_BYTES: u64 = 384 << 20;

    /// The limit for `size` unpacked bytes stored in `packed` bytes:
    /// `honest` when the ratio is that of honest XML, else `limit`.
    pub fn by_ratio(size: u64, packed: u64, limit: u64, honest: u64) -> u64 {
        if size <= packed.saturating_mul(HONEST_RATIO) {
            honest.max(limit)
        } else {
            limit
        }
    }
    /// Declared uncompressed size of any other part that calamine loads
    /// whole (styles, workbook, relationships; not worksheets, which are
    /// streamed, nor an .ods's content.xml, checked by `bounds`).
    pub const MAX_PART_BYTES: u64 = 64 << 20;
    /// Cells of the dense ranges calamine builds for an .xls or .ods, all
    /// sheets together (about 56 bytes each): a real ledger of 200,000
    /// rows of 13 columns needs 2.6 million.
    pub const MAX_DENSE_CELLS: u64 = 3_000_000;
    /// calamine's own caps on an .ods table.
    pub const ODS_MAX_ROWS: u32 = 1_048_576;
    pub const ODS_MAX_COLUMNS: u32 = 16_384;
    /// Data rows per sheet (Excel's own limit is 1,048,575).
    pub const MAX_ROWS: usize = 1_048_576;
    /// Problems collected before the reader stops reading more rows.
    pub const MAX_PROBLEMS: usize = 10_000;
    /// Bytes of text (ids, names, titles) kept in records: a real ledger
    /// of 200,000 rows keeps a few MB; a long string repeated over a
    /// million cells would keep gigabytes.
    pub const MAX_KEPT_TEXT: usize = 64 << 20;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ZipKind {
    Xlsx,
    Xlsb,
    Ods,
    Other,
}

/// Checks a zip workbook's directory against [`limits`] before anything is
/// decompressed (an .ods's content.xml is then measured by [`bounds`]), and
/// tells .xlsx from .xlsb and .ods. The declared sizes are enough: the zip
/// reader (zip 9) refuses to inflate an entry past its declared size, so a
/// header that lies ends in a read error, not in unbounded output (a test
/// in tests/integration/hostile.rs patches a size to prove it).
pub(super) fn check_zip(bytes: &[u8]) -> Result<(ZipKind, source::Usage), String> {
    use std::io::Read;
    let broken = |e: zip::result::ZipError| {
        super::open::unreadable(
            "无法读取该工作簿（文件不完整或已损坏，可能只复制了一部分）",
            &e,
        )
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(broken)?;
    if zip.len() > limits::MAX_ENTRIES {
        return Err(format!(
            "工作簿内含{}个部件，超过上限{}：文件异常",
            zip.len(),
            limits::MAX_ENTRIES
        ));
    }
    if zip.has_duplicate_names() {
        let name = duplicate_entry_name(bytes)
            .map(|n| format!("「{}」", crate::term::escape(&n)))
            .unwrap_or_default();
        return Err(format!(
            "工作簿的压缩包中有两个同名部件{name}：读取哪一个无法确定（文件已损坏或被改动），拒绝读取。请在Excel或WPS中打开后另存一份再试"
        ));
    }
    let (mut total, mut packed): (u64, u64) = (0, 0);
    let mut usage = source::Usage::default();
    let mut kind = ZipKind::Other;
    // Names as calamine looks them up: without letter case, `\` as `/`.
    let mut names: std::collections::HashMap<String, String> = Default::default();
    let mut shared_strings = Vec::new();
    for i in 0..zip.len() {
        let f = zip.by_index_raw(i).map_err(broken)?;
        if f.encrypted() {
            return Err(super::open::ENCRYPTED.into());
        }
        let name = f.name().map_err(broken)?.to_string();
        let key = name.replace('\\', "/").to_lowercase();
        if let Some(first) = names.insert(key.clone(), name.clone()) {
            let shown = |n: &str| crate::term::escape(n).into_owned();
            let also = if first == name {
                String::new()
            } else {
                format!("与「{}」", shown(&first))
            };
            return Err(format!(
                "工作簿的压缩包中有两个同名部件「{}」{also}：读取哪一个无法确定（文件已损坏或被改动），拒绝读取。请在Excel或WPS中打开后另存一份再试",
                shown(&name)
            ));
        }
        if key.ends_with("sharedstrings.xml") {
            shared_strings.push(i);
        }
        match name.as_str() {
            "xl/workbook.xml" => kind = ZipKind::Xlsx,
            "xl/workbook.bin" if kind != ZipKind::Xlsx => kind = ZipKind::Xlsb,
            "content.xml" if kind == ZipKind::Other => kind = ZipKind::Ods,
            _ => {}
        }
        total = total.saturating_add(f.size());
        packed = packed.saturating_add(f.compressed_size());
        let lower = name.to_ascii_lowercase();
        let is_sst = lower.ends_with("sharedstrings.xml") || lower.ends_with("sharedstrings.bin");
        let limit = if is_sst {
            limits::by_ratio(
                f.size(),
                f.compressed_size(),
                limits::MAX_SHARED_STRINGS_BYTES,
                limits::HONEST_SHARED_STRINGS_BYTES,
            )
        } else if lower.starts_with("xl/worksheets/")
            || lower.starts_with("xl/media/")
            || lower.starts_with("pictures/")
            || lower == "content.xml"
        {
            limits::by_ratio(
                f.size(),
                f.compressed_size(),
                limits::MAX_TOTAL_BYTES,
                limits::HONEST_TOTAL_BYTES,
            )
        } else {
            limits::MAX_PART_BYTES
        };
        if f.size() > limit {
            return Err(too_big(&name, f.size(), limit));
        }
        if is_sst {
            usage.shared_strings_bytes = usage.shared_strings_bytes.saturating_add(f.size());
            usage.shared_strings_packed = usage
                .shared_strings_packed
                .saturating_add(f.compressed_size());
        }
    }
    let limit = limits::by_ratio(
        total,
        packed,
        limits::MAX_TOTAL_BYTES,
        limits::HONEST_TOTAL_BYTES,
    );
    if total > limit {
        return Err(too_big("全部内容", total, limit));
    }
    for i in shared_strings {
        let f = zip.by_index(i).map_err(broken)?;
        let name = f.name().map_err(broken)?.to_string();
        check_shared_string_count(&name, f)?;
    }
    if kind == ZipKind::Ods {
        // A password-protected .ods encrypts its parts itself (the zip is
        // not encrypted); its manifest says so.
        if let Ok(manifest) = zip.by_name("META-INF/manifest.xml") {
            let mut text = Vec::new();
            manifest
                .take(limits::MAX_PART_BYTES)
                .read_to_end(&mut text)
                .map_err(|e| super::open::unreadable("无法读取该工作簿（文件已损坏）", &e))?;
            if text.windows(15).any(|w| w == b"encryption-data") {
                return Err(super::open::ENCRYPTED.into());
            }
        }
        let content = zip.by_name("content.xml").map_err(broken)?;
        usage.dense_cells = bounds::check_ods(content)?;
    }
    usage.unpacked_bytes = total;
    usage.packed_bytes = packed;
    Ok((kind, usage))
}

/// The first name that two central-directory records of a zip share (for
/// the message only; the zip reader keeps one of them silently).
fn duplicate_entry_name(bytes: &[u8]) -> Option<String> {
    let mut seen = std::collections::HashSet::new();
    let mut i = 0;
    while let Some(at) = bytes.get(i..)?.windows(4).position(|w| w == b"PK\x01\x02") {
        let start = i + at;
        let len = u16::from_le_bytes([*bytes.get(start + 28)?, *bytes.get(start + 29)?]) as usize;
        if let Some(name) = bytes.get(start + 46..start + 46 + len) {
            if !seen.insert(name) {
                return Some(String::from_utf8_lossy(name).into_owned());
            }
        }
        i = start + 4;
    }
    None
}

/// How many strings a shared-string table may claim beyond those it holds
/// (calamine reserves room for the claim: 24 bytes each).
const SHARED_STRINGS_MARGIN: u64 = 100_000;

/// calamine reserves room for as many strings as the table's
/// `uniqueCount` claims before reading any (`uniqueCount="4000000000"` asked
/// for 96 GB and aborted the process). A claim above
/// [`SHARED_STRINGS_MARGIN`] is checked against the strings the part really
/// holds (counted by streaming it, within its size limit) and refused when
/// it exceeds them by more than the margin.
fn check_shared_string_count(name: &str, part: impl std::io::Read) -> Result<(), String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(part));
    let mut buf = Vec::new();
    let mut claimed: Option<u64> = None;
    let mut held: u64 = 0;
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                "sst" => {
                    claimed = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "uniqueCount")
                        // One calamine cannot parse is not reserved.
                        .and_then(|a| a.value.trim().parse::<u64>().ok());
                    match claimed {
                        Some(n) if n > SHARED_STRINGS_MARGIN => {}
                        // A small or absent claim costs nothing.
                        _ => return Ok(()),
                    }
                }
                "si" => held += 1,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    match claimed {
        Some(n) => shared_string_claim(name, n, held),
        None => Ok(()),
    }
}

/// Refuses a table of `held` strings that claims `claimed`, more than
/// [`SHARED_STRINGS_MARGIN`] beyond them.
fn shared_string_claim(name: &str, claimed: u64, held: u64) -> Result<(), String> {
    if claimed > held.saturating_add(SHARED_STRINGS_MARGIN) {
        return Err(format!(
            "工作簿的共享字符串表（{}）声称有{claimed}个字符串，实际只有{held}个：文件已损坏或被改动，拒绝读取。请在Excel或WPS中打开后另存一份再试",
            crate::term::escape(name)
        ));
    }
    Ok(())
}

fn too_big(part: &str, size: u64, limit: u64) -> String {
    let lower = part.to_ascii_lowercase();
    let part = if lower.ends_with("sharedstrings.xml") || lower.ends_with("sharedstrings.bin") {
        format!("共享字符串表（{part}）")
    } else if part.starts_with('全') {
        part.to_string()
    } else {
        format!("部件{part}")
    };
    format!(
        "工作簿的{part}解压后有{}MB，超过上限{}MB：文件异常（可能是压缩炸弹），拒绝读取",
        size >> 20,
        limit >> 20
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honest_xml_may_pass_the_lower_limits_a_bomb_may_not() {
        use limits::*;
        const MB: u64 = 1 << 20;
        let sst = |size, packed| {
            by_ratio(
                size,
                packed,
                MAX_SHARED_STRINGS_BYTES,
                HONEST_SHARED_STRINGS_BYTES,
            )
        };
        // A LibreOffice-saved 500k-row ledger: 240 MB of shared strings
        // stored in 30 MB (8×) may be read.
        assert!(240 * MB <= sst(240 * MB, 30 * MB));
        // The same 240 MB of one repeated string, stored in 1 MB: refused
        // at the lower limit, and so is anything over the honest limit.
        assert_eq!(sst(240 * MB, MB), MAX_SHARED_STRINGS_BYTES);
        assert!(400 * MB > sst(400 * MB, 100 * MB));
        // A ratio of exactly 40 is honest; 41 is not.
        assert_eq!(sst(40 * 150 * MB, 150 * MB), HONEST_SHARED_STRINGS_BYTES);
        assert_eq!(sst(41 * 3 * MB, 3 * MB), MAX_SHARED_STRINGS_BYTES);
        // Sheets and the package: up to 2 GiB when honest, 512 MiB when not.
        let total = |size, packed| by_ratio(size, packed, MAX_TOTAL_BYTES, HONEST_TOTAL_BYTES);
        assert!(700 * MB <= total(700 * MB, 60 * MB));
        assert_eq!(total(700 * MB, 2 * MB), MAX_TOTAL_BYTES);
        assert!(3000 * MB > total(3000 * MB, 300 * MB));
    }
}
