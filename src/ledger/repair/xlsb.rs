//! .xlsb: the short cell records (BrtShort*, MS-XLSB 2.5.10) and the cell
//! records calamine skips, rewritten in the full form it reads.

use super::*;
use std::io::{self, BufReader, Cursor, Read, Write};

/// The largest cell record converted (a cell holds at most 32,767
/// characters: 64 KB of UTF-16, and its formatting runs).
pub(super) const MAX_CELL_RECORD: usize = 1 << 20;

/// An .xlsb whose worksheets hold cell records that calamine 0.38 skips
/// (xlsb/cells_reader.rs, `next_cell`: `_ => continue`), made readable
/// by writing each as the full record calamine reads — the same value,
/// style and column:
/// - the short cell records BrtShortBlank … BrtShortIsst (types 0x0C–0x12,
///   [MS-XLSB] 2.4): a cell right after another in its row, without its
///   column (SheetJS writes them for every such cell, so all but the first
///   header cell vanished). Each becomes its full form (type − 0x0B) with
///   the column of the cell before it plus one; one that opens a row has
///   no column to follow, and the file is refused;
/// - BrtFmlaError (0x0B, [MS-XLSB] 2.4.654), a formula whose cached value is an error: it
///   becomes BrtCellError with that error (its formula is not read);
/// - BrtCellRString (0x3E, [MS-XLSB] 2.4.323), a cell of formatted text: it becomes
///   BrtCellSt with the same text.
///
/// The worksheets are the parts `xl/_rels/workbook.bin.rels` names as
/// worksheets (or dialog sheets), found as calamine finds them.
pub(crate) fn xlsb(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    let sheets = {
        let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes.as_slice())) else {
            return Ok(bytes);
        };
        let mut changed = Vec::new();
        for i in xlsb_sheets(&mut zip) {
            let part = zip.by_index(i).map_err(|e| unreadable("文件已损坏", e))?;
            if xlsb_needs_rewrite(BufReader::new(part)) {
                changed.push(i);
            }
        }
        changed
    };
    if sheets.is_empty() {
        return Ok(bytes);
    }
    rezip(&bytes, &sheets, |_, from, to| {
        rewrite_xlsb_sheet(&mut BufReader::new(from), to)
    })
}

/// The zip entries of the worksheets of an .xlsb ([`xlsb`]).
pub(super) fn xlsb_sheets(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Vec<usize> {
    use quick_xml::events::Event;
    let mut targets = Vec::new();
    {
        let Ok(rels) = zip.by_name("xl/_rels/workbook.bin.rels") else {
            return Vec::new();
        };
        let mut reader = quick_xml::Reader::from_reader(BufReader::new(rels.take(1 << 24)));
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e)) | Ok(Event::Empty(e))
                    if e.local_name().as_ref() == "Relationship" =>
                {
                    // As calamine decodes them (`decode_attr`).
                    let attr = |name: &str| {
                        e.attributes()
                            .flatten()
                            .find(|a| a.key.as_ref() == name)
                            .and_then(|a| {
                                quick_xml::escape::unescape(&a.value)
                                    .ok()
                                    .map(|v| v.into_owned())
                            })
                    };
                    let sheet = attr("Type")
                        .is_some_and(|t| t.ends_with("/worksheet") || t.ends_with("/dialogsheet"));
                    if let (true, Some(target)) = (sheet, attr("Target")) {
                        targets.push(format!("xl/{target}"));
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    let mut found: Vec<usize> = targets.iter().filter_map(|t| entry_index(zip, t)).collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// A record's header as read: its type, its length, and its bytes.
pub(super) struct Header {
    pub(super) typ: u16,
    pub(super) len: usize,
    pub(super) raw: [u8; 6],
    pub(super) raw_len: usize,
}

/// Reads the next record header as calamine does (a type of one or two
/// bytes, a length of one to four); `None` at the end of the part.
pub(super) fn read_header(r: &mut impl Read) -> io::Result<Option<Header>> {
    let mut h = Header {
        typ: 0,
        len: 0,
        raw: [0; 6],
        raw_len: 0,
    };
    let mut byte = |h: &mut Header| -> io::Result<u8> {
        let mut b = [0u8];
        r.read_exact(&mut b)?;
        h.raw[h.raw_len] = b[0];
        h.raw_len += 1;
        Ok(b[0])
    };
    let first = match byte(&mut h) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    };
    h.typ = if first & 0x80 != 0 {
        u16::from(first & 0x7F) | (u16::from(byte(&mut h)? & 0x7F) << 7)
    } else {
        u16::from(first)
    };
    let mut b = byte(&mut h)?;
    h.len = usize::from(b & 0x7F);
    for i in 1..4 {
        if b & 0x80 == 0 {
            break;
        }
        b = byte(&mut h)?;
        h.len += usize::from(b & 0x7F) << (7 * i);
    }
    Ok(Some(h))
}

pub(super) const BRT_ROW_HDR: u16 = 0x0000;

pub(super) const BRT_END_SHEET_DATA: u16 = 0x0092;

pub(super) const BRT_FMLA_ERROR: u16 = 0x000B;

pub(super) const BRT_CELL_RSTRING: u16 = 0x003E;

pub(super) fn is_cell(typ: u16) -> bool {
    matches!(typ, 0x0001..=0x0012 | BRT_CELL_RSTRING)
}

pub(super) fn needs_rewrite(typ: u16) -> bool {
    matches!(typ, BRT_FMLA_ERROR..=0x0012 | BRT_CELL_RSTRING)
}

/// Whether a worksheet part holds a record [`xlsb`] rewrites (before its
/// BrtEndSheetData, where calamine stops). A part that ends early is left
/// to calamine, which reports it.
pub(super) fn xlsb_needs_rewrite(mut r: impl Read) -> bool {
    loop {
        let Ok(Some(h)) = read_header(&mut r) else {
            return false;
        };
        if needs_rewrite(h.typ) {
            return true;
        }
        if h.typ == BRT_END_SHEET_DATA {
            return false;
        }
        match io::copy(&mut (&mut r).take(h.len as u64), &mut io::sink()) {
            Ok(n) if n == h.len as u64 => {}
            _ => return false,
        }
    }
}

/// Copies a worksheet part, each record [`xlsb`] names written in its
/// full form.
pub(super) fn rewrite_xlsb_sheet(r: &mut impl Read, w: &mut dyn Write) -> Result<(), String> {
    let broken = |e: io::Error| unreadable("工作表数据不完整", e);
    let written = |e: io::Error| unreadable("无法写出修正后的内容", e);
    // The row being read (1-based, for messages) and the column of its
    // last cell record.
    let mut row: u64 = 0;
    let mut col: Option<u32> = None;
    let mut payload = Vec::new();
    while let Some(h) = read_header(r).map_err(broken)? {
        if !is_cell(h.typ) && h.typ != BRT_ROW_HDR {
            w.write_all(&h.raw[..h.raw_len]).map_err(written)?;
            let n = io::copy(&mut r.take(h.len as u64), w).map_err(broken)?;
            if n != h.len as u64 {
                return Err(unreadable("工作表数据不完整", "record cut short"));
            }
            if h.typ == BRT_END_SHEET_DATA {
                // calamine reads no further: the rest as it is.
                io::copy(r, w).map_err(broken)?;
                return Ok(());
            }
            continue;
        }
        if h.len > MAX_CELL_RECORD {
            return Err(unreadable(
                "单元格记录过大，文件已损坏",
                format!("record of {} bytes", h.len),
            ));
        }
        payload.clear();
        payload.resize(h.len, 0);
        r.read_exact(&mut payload).map_err(broken)?;
        if h.typ == BRT_ROW_HDR {
            row = u64::from(u32_at(&payload, 0).unwrap_or(0)) + 1;
            col = None;
            write_record(w, &h, None, &payload).map_err(written)?;
            continue;
        }
        let short = (0x000C..=0x0012).contains(&h.typ);
        let (typ, record) = if short {
            let Some(c) = col.and_then(|c| c.checked_add(1)) else {
                return Err(format!(
                    "该.xlsb文件第{row}行开头的单元格记录没有注明列号（简短单元格记录只能紧跟在同一行的另一个单元格之后，文件可能已损坏）：无法确定它在哪一列，拒绝读取。{SAVE_AS}"
                ));
            };
            let mut full = c.to_le_bytes().to_vec();
            full.extend_from_slice(&payload);
            (h.typ - 0x000B, full)
        } else {
            (h.typ, std::mem::take(&mut payload))
        };
        let Some(c) = u32_at(&record, 0) else {
            return Err(unreadable(
                "单元格记录不完整，文件已损坏",
                format!("record 0x{:02X} of {} bytes", h.typ, h.len),
            ));
        };
        col = Some(c);
        let (typ, record) = match typ {
            BRT_FMLA_ERROR => (0x0003, record.get(..9).map(<[u8]>::to_vec)),
            BRT_CELL_RSTRING => (0x0006, rich_to_plain(&record)),
            t => (t, Some(record)),
        };
        let record = record
            .filter(|r| r.len() >= min_cell_len(typ, r))
            .ok_or_else(|| {
                unreadable(
                    "单元格记录不完整，文件已损坏",
                    format!("record 0x{:02X} of {} bytes", h.typ, h.len),
                )
            })?;
        if typ == h.typ {
            write_record(w, &h, None, &record).map_err(written)?;
        } else {
            write_record(w, &h, Some(typ), &record).map_err(written)?;
        }
        payload = record;
    }
    Ok(())
}

/// BrtCellRString's cell and text (a RichStr: flags, then an
/// XLWideString, then formatting runs and phonetic text) as BrtCellSt's
/// cell and text.
pub(super) fn rich_to_plain(record: &[u8]) -> Option<Vec<u8>> {
    let cch = u32_at(record, 9)? as usize;
    let end = 13usize.checked_add(cch.checked_mul(2)?)?;
    let mut out = record.get(..8)?.to_vec();
    out.extend_from_slice(record.get(9..end)?);
    Some(out)
}

/// The shortest record of full cell type `typ` that calamine reads without
/// going past its end (Cell is 8 bytes; then the value).
pub(super) fn min_cell_len(typ: u16, record: &[u8]) -> usize {
    match typ {
        0x0001 => 8,
        0x0002 | 0x0007 => 12,
        0x0003 | 0x0004 => 9,
        0x0005 => 16,
        0x0006 => u32_at(record, 8).map_or(usize::MAX, |cch| {
            (cch as usize).saturating_mul(2).saturating_add(12)
        }),
        // Formula records, copied as they are.
        _ => 8,
    }
}

/// Writes a record: its original header when its type is unchanged and
/// `typ` is `None`, else a new header of type `typ` (below 0x80) and the
/// payload's length.
pub(super) fn write_record(
    w: &mut dyn Write,
    h: &Header,
    typ: Option<u16>,
    payload: &[u8],
) -> io::Result<()> {
    match typ {
        None if payload.len() == h.len => w.write_all(&h.raw[..h.raw_len])?,
        _ => {
            let typ = typ.unwrap_or(h.typ);
            let mut header = Vec::with_capacity(6);
            if typ < 0x80 {
                header.push(typ as u8);
            } else {
                header.push((typ & 0x7F) as u8 | 0x80);
                header.push((typ >> 7) as u8);
            }
            let mut n = payload.len();
            loop {
                let b = (n & 0x7F) as u8;
                n >>= 7;
                if n == 0 {
                    header.push(b);
                    break;
                }
                header.push(b | 0x80);
            }
            w.write_all(&header)?;
        }
    }
    w.write_all(payload)
}
