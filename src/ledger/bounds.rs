//! Resource bounds for the formats calamine reads eagerly into dense
//! ranges (.xls and .ods): before calamine opens such a workbook, its
//! structure is walked here the way calamine will walk it, and a workbook
//! whose ranges would be absurdly large, or whose structure would make
//! calamine loop, index out of bounds or reserve a claimed size, is refused
//! with a clear message. .xlsx and .xlsb are streamed cell by cell and
//! need no such check (their zip directory is checked in `check_zip`).

use super::limits;
use std::io::Read;

/// Bytes calamine keeps per cell of a dense range: a `Data` (32) and a
/// formula `String` (24).
const BYTES_PER_CELL: u64 = 56;

fn broken(what: &str) -> String {
    format!(
        "无法读取该工作簿（文件已损坏：{what}）：请在Excel或WPS中打开该文件，另存为.xlsx文件后再试"
    )
}

fn too_many_cells(sheet: &str, cells: u64) -> String {
    let sheet = if sheet.is_empty() {
        "工作簿".to_string()
    } else {
        format!("工作表「{sheet}」")
    };
    format!(
        "{sheet}的单元格区域过大（约{cells}个单元格，上限{}个）：文件异常，拒绝读取",
        limits::MAX_DENSE_CELLS
    )
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
}

fn u64_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?))
}

/// A table of sector ids. calamine asserts that its length is a multiple
/// of 4 (utils.rs:29, found by fuzzing a truncated .xls): refused first.
fn u32s(b: &[u8]) -> Result<Vec<u32>, String> {
    if !b.len().is_multiple_of(4) {
        return Err(broken("扇区不完整"));
    }
    Ok(b.chunks(4).filter_map(|c| u32_at(c, 0)).collect())
}

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;

/// What calamine would make of a chain: its bytes, or an error it reports
/// itself (harmless: calamine then fails with its own error).
enum Chain {
    Bytes(Vec<u8>),
    CalamineFails,
}

/// The compound file (OLE) container of an .xls, read as calamine 0.38's
/// `cfb` module reads it, refusing what would make calamine panic, loop or
/// allocate far beyond the file's size.
struct Cfb<'a> {
    /// The file after its header.
    body: &'a [u8],
    size: usize,
    maxid: u32,
    fats: Vec<u32>,
    dirs: Vec<(String, u32, u64)>,
    ministream: Vec<u8>,
    minifats: Vec<u32>,
}

impl<'a> Cfb<'a> {
    /// `Ok(None)` when calamine fails cleanly on the container by itself.
    fn new(bytes: &'a [u8]) -> Result<Option<Cfb<'a>>, String> {
        if bytes.len() < 512 {
            return Ok(None);
        }
        let size = match u16_at(bytes, 30) {
            Some(9) => 512,
            Some(12) if bytes.len() >= 4096 => 4096,
            _ => return Ok(None),
        };
        if u16_at(bytes, 32) != Some(6) {
            return Ok(None);
        }
        let version = u16_at(bytes, 26).unwrap_or(0);
        let h = |i| u32_at(bytes, i).unwrap_or(0);
        let (dir_start, mini_fat_start, mini_fat_len, difat_start) = (h(48), h(60), h(64), h(68));
        let maxid = u32::try_from(bytes.len() / size).unwrap_or(u32::MAX);
        let mut cfb = Cfb {
            body: &bytes[size..],
            size,
            maxid,
            fats: Vec::new(),
            dirs: Vec::new(),
            ministream: Vec::new(),
            minifats: Vec::new(),
        };
        let mut difat: Vec<u32> = bytes[76..512]
            .chunks(4)
            .filter_map(|c| u32_at(c, 0))
            .collect();
        let mut id = difat_start;
        let mut steps = 0usize;
        while id < RESERVED_SECTORS {
            steps += 1;
            if steps > maxid as usize + 1 || id > maxid {
                return Ok(None);
            }
            difat.extend(u32s(cfb.sector(id)?)?);
            match difat.pop() {
                Some(next) => id = next,
                None => return Ok(None),
            }
        }
        let fat_sectors: Vec<u32> = difat.into_iter().filter(|id| *id < DIFSECT).collect();
        if fat_sectors.len() > maxid as usize + 1 {
            return Err(broken("分配表过大"));
        }
        let mut fats = Vec::new();
        for id in fat_sectors {
            if id > maxid {
                return Ok(None);
            }
            fats.extend(u32s(cfb.sector(id)?)?);
        }
        cfb.fats = fats;
        let dirs = match cfb.chain(dir_start, u64::MAX, false)? {
            Chain::Bytes(b) => b,
            Chain::CalamineFails => return Ok(None),
        };
        let large = size == 4096;
        cfb.dirs = dirs
            .chunks(128)
            .filter(|c| c.len() == 128)
            .map(|c| {
                let units: Vec<u16> = c[..64].chunks(2).filter_map(|u| u16_at(u, 0)).collect();
                let mut name = String::from_utf16_lossy(&units);
                if let Some(l) = name.find('\0') {
                    name.truncate(l);
                }
                let start = u32_at(c, 116).unwrap_or(0);
                let len = if large {
                    u64_at(c, 120).unwrap_or(0)
                } else {
                    u64::from(u32_at(c, 120).unwrap_or(0))
                };
                (name, start, len)
            })
            .collect();
        let Some(&(_, root_start, root_len)) = cfb.dirs.first() else {
            return Ok(None);
        };
        if version != 3 && root_start == ENDOFCHAIN {
            return Ok(None);
        }
        if mini_fat_len > 0 {
            cfb.ministream = match cfb.chain(root_start, root_len, false)? {
                Chain::Bytes(b) => b,
                Chain::CalamineFails => return Ok(None),
            };
            let len = u64::from(mini_fat_len) * size as u64;
            cfb.minifats = match cfb.chain(mini_fat_start, len, false)? {
                Chain::Bytes(b) => u32s(&b)?,
                Chain::CalamineFails => return Ok(None),
            };
        }
        Ok(Some(cfb))
    }

    /// Sector `id` as calamine sees it: short or empty at the end. One
    /// that starts past the end makes calamine 0.38 slice out of bounds
    /// (cfb.rs:320, found by fuzzing): refused.
    fn sector(&self, id: u32) -> Result<&'a [u8], String> {
        let start = (id as usize).saturating_mul(self.size);
        if start > self.body.len() {
            return Err(broken("扇区超出文件末尾"));
        }
        let end = start.saturating_add(self.size).min(self.body.len());
        Ok(&self.body[start..end])
    }

    /// Follows a chain as calamine's `Sectors::get_chain` does, up to `len`
    /// bytes. A chain that would index past its table (a panic in calamine)
    /// or revisit sectors (an endless loop, or growth up to `len`) is
    /// refused.
    fn chain(&self, start: u32, len: u64, mini: bool) -> Result<Chain, String> {
        let (table, maxid, unit) = if mini {
            (&self.minifats, self.maxid.saturating_mul(8), 64usize)
        } else {
            (&self.fats, self.maxid, self.size)
        };
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0usize;
        while id != ENDOFCHAIN {
            if id > maxid {
                return Ok(Chain::CalamineFails);
            }
            let sector: &[u8] = if mini {
                let s = id as usize * unit;
                match self.ministream.get(s..s + unit) {
                    Some(s) => s,
                    // calamine would read on from wherever the file reader
                    // stands: nonsense that no real file needs.
                    None => return Err(broken("短扇区链越界")),
                }
            } else {
                self.sector(id)?
            };
            let remaining = len.saturating_sub(out.len() as u64);
            let take = (sector.len() as u64).min(remaining) as usize;
            out.extend_from_slice(&sector[..take]);
            if out.len() as u64 >= len {
                break;
            }
            steps += 1;
            if steps > maxid as usize + 1 {
                return Err(broken("扇区链成环"));
            }
            match table.get(id as usize) {
                Some(next) => id = *next,
                None => return Err(broken("扇区链越界")),
            }
        }
        Ok(Chain::Bytes(out))
    }

    /// The stream calamine's `get_stream` returns for `name`.
    fn stream(&self, name: &str) -> Result<Option<Vec<u8>>, String> {
        let Some((_, start, len)) = self
            .dirs
            .iter()
            .find(|(n, _, _)| n.as_bytes().eq_ignore_ascii_case(name.as_bytes()))
        else {
            return Ok(None);
        };
        match self.chain(*start, *len, *len < 4096)? {
            Chain::Bytes(b) => Ok(Some(b)),
            Chain::CalamineFails => Ok(None),
        }
    }
}

/// BIFF records as calamine's `RecordIter` yields them: `(type, data)`,
/// with CONTINUE records folded into the record before them.
fn records(mut s: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let t = u16_at(s, 0)?;
        let len = u16_at(s, 2)? as usize;
        let data = s.get(4..4 + len)?;
        s = &s[4 + len..];
        while s.len() > 4 && u16_at(s, 0) == Some(0x003C) {
            let l = u16_at(s, 2).unwrap_or(0) as usize;
            if s.len() < l + 4 {
                s = &[];
                break;
            }
            s = &s[l + 4..];
        }
        Some((t, data))
    })
}

/// The name in a BoundSheet8 record (BIFF8: length, flags, characters),
/// for messages only.
fn bound_sheet_name(data: &[u8]) -> String {
    let n = data.get(6).copied().unwrap_or(0) as usize;
    let wide = data.get(7).is_some_and(|f| f & 1 == 1);
    let chars = data.get(8..).unwrap_or_default();
    let name = if wide {
        let units: Vec<u16> = chars
            .chunks(2)
            .take(n)
            .filter_map(|u| u16_at(u, 0))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        chars.iter().take(n).map(|b| char::from(*b)).collect()
    };
    name.chars().filter(|c| !c.is_control()).collect()
}

/// Checks an .xls (an OLE compound file) before calamine opens it: the
/// container, each sheet's declared dimensions (calamine reserves them),
/// the bounding box of its cells (calamine allocates it densely) and the
/// text its cells take from the shared-string table (copied into each).
/// Returns the cells of the dense ranges, for the run's budget.
pub(super) fn check_xls(bytes: &[u8]) -> Result<u64, String> {
    let Some(cfb) = Cfb::new(bytes)? else {
        return Ok(0);
    };
    let stream = match cfb.stream("Workbook") {
        Ok(Some(s)) => s,
        _ => match cfb.stream("Book")? {
            Some(s) => s,
            None => return Ok(0),
        },
    };
    check_workbook_stream(&stream)
}

/// The most bytes of text the cells of an .xls's dense ranges may hold
/// (calamine copies a shared string into every cell that refers to it).
const MAX_DENSE_TEXT_BYTES: u64 = 256 << 20;

/// The UTF-8 length (at most) of each string of the shared-string table
/// (SST and its CONTINUE records), walked as [MS-XLS] 2.5.293 lays them
/// out: a string's characters may continue in the next record, which then
/// starts with a new flags byte.
fn sst_lengths(parts: &[&[u8]]) -> Vec<u64> {
    let mut out = Vec::new();
    let Some(first) = parts.first() else {
        return out;
    };
    if first.len() < 8 {
        return out;
    }
    // (part, offset) of the reader.
    let (mut p, mut i) = (0usize, 8usize);
    let byte = |p: &mut usize, i: &mut usize| -> Option<u8> {
        while *i >= parts.get(*p)?.len() {
            *p += 1;
            *i = 0;
        }
        let b = parts[*p][*i];
        *i += 1;
        Some(b)
    };
    let total = u32_at(first, 4).unwrap_or(0) as usize;
    while out.len() < total {
        let (Some(lo), Some(hi), Some(flags)) = (
            byte(&mut p, &mut i),
            byte(&mut p, &mut i),
            byte(&mut p, &mut i),
        ) else {
            break;
        };
        let cch = u64::from(u16::from_le_bytes([lo, hi]));
        let mut wide = flags & 1 == 1;
        let mut skip = 0u64;
        if flags & 8 != 0 {
            let (Some(a), Some(b)) = (byte(&mut p, &mut i), byte(&mut p, &mut i)) else {
                break;
            };
            skip += 4 * u64::from(u16::from_le_bytes([a, b]));
        }
        if flags & 4 != 0 {
            let mut b = [0u8; 4];
            for x in &mut b {
                match byte(&mut p, &mut i) {
                    Some(v) => *x = v,
                    None => return out,
                }
            }
            skip += u64::from(u32::from_le_bytes(b));
        }
        // The characters, possibly across records.
        let mut left = cch;
        while left > 0 {
            let Some(part) = parts.get(p) else {
                return out;
            };
            if i >= part.len() {
                p += 1;
                // A continued string: a new flags byte.
                match parts.get(p).and_then(|x| x.first()) {
                    Some(f) => {
                        wide = f & 1 == 1;
                        i = 1;
                    }
                    None => return out,
                }
                continue;
            }
            let unit = if wide { 2 } else { 1 };
            let here = ((part.len() - i) / unit) as u64;
            let take = here.min(left).max(1);
            i += (take as usize) * unit;
            left = left.saturating_sub(take);
        }
        // Formatting runs and phonetic data.
        for _ in 0..skip.min(1 << 24) {
            if byte(&mut p, &mut i).is_none() {
                break;
            }
        }
        // At most 3 bytes of UTF-8 per character.
        out.push(cch * if wide { 3 } else { 2 });
    }
    out
}

/// Checks the records of an .xls's workbook stream (see [`check_xls`]).
fn check_workbook_stream(stream: &[u8]) -> Result<u64, String> {
    // The sheets' positions, from the BoundSheet8 records of the globals;
    // the shared strings, from its SST.
    let mut sheets = Vec::new();
    let mut sst: Vec<u64> = Vec::new();
    let mut at = 0usize;
    let mut sst_parts: Option<Vec<&[u8]>> = None;
    while let (Some(t), Some(len)) = (u16_at(stream, at), u16_at(stream, at + 2)) {
        let Some(data) = stream.get(at + 4..at + 4 + len as usize) else {
            break;
        };
        at += 4 + len as usize;
        match (t, sst_parts.as_mut()) {
            (0x003C, Some(parts)) => {
                parts.push(data);
                continue;
            }
            (_, Some(_)) => sst = sst_lengths(&sst_parts.take().unwrap_or_default()),
            _ => {}
        }
        match t {
            0x00FC => sst_parts = Some(vec![data]),
            0x0085 => {
                if let Some(pos) = u32_at(data, 0) {
                    sheets.push((pos as usize, bound_sheet_name(data)));
                }
            }
            0x000A => break,
            _ => {}
        }
    }
    if let Some(parts) = sst_parts.take() {
        sst = sst_lengths(&parts);
    }
    let mut text: u64 = 0;
    let mut total: u64 = 0;
    for (pos, name) in sheets {
        let Some(sheet) = stream.get(pos..) else {
            return Err(broken("工作表位置越界"));
        };
        let mut bbox: Option<(u32, u32, u32, u32)> = None;
        let mut fbox: Option<(u32, u32, u32, u32)> = None;
        // Every cell's (row, column), to find one given twice; bounded (a
        // sheet of more cells is refused by its area anyway).
        let mut keys: Vec<u64> = Vec::new();
        let see = |keys: &mut Vec<u64>, r: u32, c: u32| {
            if keys.len() as u64 <= 2 * limits::MAX_DENSE_CELLS {
                keys.push((u64::from(r) << 32) | u64::from(c));
            }
        };
        let grow = |b: &mut Option<(u32, u32, u32, u32)>, r: u32, c: u32| {
            *b = Some(match *b {
                None => (r, r, c, c),
                Some((r0, r1, c0, c1)) => (r0.min(r), r1.max(r), c0.min(c), c1.max(c)),
            });
        };
        let mut seen_bof = false;
        let mut depth = 0usize;
        for (t, d) in records(sheet) {
            if depth > 0 {
                match t {
                    0x0809 => depth += 1,
                    0x000A => depth -= 1,
                    _ => {}
                }
                continue;
            }
            let rc = || Some((u32::from(u16_at(d, 0)?), u32::from(u16_at(d, 2)?)));
            match t {
                0x0809 if seen_bof => depth += 1,
                0x0809 => seen_bof = true,
                0x000A => break,
                0x0200 => {
                    let (rf, rl, mut cf, cl) = match d.len() {
                        10 => (
                            u32::from(u16_at(d, 0).unwrap_or(0)),
                            u32::from(u16_at(d, 2).unwrap_or(0)),
                            u32::from(u16_at(d, 4).unwrap_or(0)),
                            u32::from(u16_at(d, 6).unwrap_or(0)),
                        ),
                        14 | 16 => (
                            u32_at(d, 0).unwrap_or(0),
                            u32_at(d, 4).unwrap_or(0),
                            u32::from(u16_at(d, 8).unwrap_or(0)),
                            u32::from(u16_at(d, 10).unwrap_or(0)),
                        ),
                        _ => continue,
                    };
                    if 0xFF < cf || cl < cf {
                        cf = 0;
                    }
                    let (start, end) = if rl >= 1 && cl >= 1 {
                        ((rf, cf), (rl - 1, cl - 1))
                    } else {
                        ((rf, cf), (rf, cf))
                    };
                    if end.0 < start.0 || end.1 < start.1 {
                        return Err(broken("工作表尺寸记录无效"));
                    }
                    let claimed = u64::from(end.0 - start.0 + 1) * u64::from(end.1 - start.1 + 1);
                    if claimed > limits::MAX_DENSE_CELLS {
                        return Err(too_many_cells(&name, claimed));
                    }
                }
                // Number, Label, RString, BoolErr, Rk, LabelSst, Formula.
                0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                    if t == 0x00FD {
                        let len = u32_at(d, 6).and_then(|k| sst.get(k as usize)).copied();
                        text = text.saturating_add(len.unwrap_or(0));
                        if text > MAX_DENSE_TEXT_BYTES {
                            return Err(format!(
                                "工作表「{name}」的单元格文字共超过{}MB（同一段长文字被大量重复？）：文件异常，拒绝读取",
                                MAX_DENSE_TEXT_BYTES >> 20
                            ));
                        }
                    }
                    if let Some((r, c)) = rc() {
                        grow(&mut bbox, r, c);
                        if t == 0x0006 {
                            grow(&mut fbox, r, c);
                        }
                        see(&mut keys, r, c);
                    }
                }
                // MulRk: one row, columns first..last.
                0x00BD if d.len() >= 6 => {
                    if let (Some((r, c)), Some(last)) = (rc(), u16_at(d, d.len() - 2)) {
                        grow(&mut bbox, r, c);
                        grow(&mut bbox, r, u32::from(last));
                        for col in c..=u32::from(last).min(c + 256) {
                            see(&mut keys, r, col);
                        }
                    }
                }
                _ => {}
            }
        }
        // A cell given twice: calamine keeps the later value silently.
        keys.sort_unstable();
        if let Some(w) = keys.windows(2).find(|w| w[0] == w[1]) {
            let (r, c) = ((w[0] >> 32) as u32, (w[0] & 0xFFFF_FFFF) as u32);
            return Err(format!(
                "工作表「{name}」的单元格{}{}在文件中出现了两次：读哪一个值无法确定，文件已损坏或被改动。请在Excel或WPS中打开后另存一份再试",
                super::column_letters(c),
                r + 1
            ));
        }
        let area = |b: Option<(u32, u32, u32, u32)>| {
            b.map_or(0, |(r0, r1, c0, c1)| {
                u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1)
            })
        };
        let cells = area(bbox).max(area(fbox));
        if cells > limits::MAX_DENSE_CELLS {
            return Err(too_many_cells(&name, cells));
        }
        total = total.saturating_add(cells);
    }
    if total > limits::MAX_DENSE_CELLS {
        return Err(too_many_cells("", total));
    }
    Ok(total)
}

/// The longest text an .ods cell may expand to (Excel's limit is 32,767
/// characters).
const MAX_ODS_CELL_TEXT: u64 = 1 << 20;

/// Checks an .ods's `content.xml` before calamine opens it: calamine turns
/// every table into a dense range, repeating rows and cells as the
/// `number-rows-repeated` / `number-columns-repeated` attributes say and
/// spaces as `text:s text:c` says; the bytes that would take are added up
/// here the way calamine 0.38's `read_table` and `get_range` build them.
pub(super) fn check_ods<R: Read>(content: R) -> Result<u64, String> {
    use quick_xml::events::Event;
    let mut reader = super::open::calamine_xml_reader(std::io::BufReader::new(content));
    let mut buf = Vec::new();
    let mut total: u64 = 0;
    let mut table = TableEstimate::default();
    let mut in_table = false;
    // The cell being read: (repeats, text bytes, has a value).
    let mut cell: Option<(u64, u64, bool)> = None;
    let mut row: Option<RowEstimate> = None;
    let attr_u64 = |e: &quick_xml::events::BytesStart, name: &str| -> Option<u64> {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.trim().parse::<u64>().ok())
    };
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => match e.name().as_ref() {
                "table:table" => {
                    in_table = true;
                    table = TableEstimate::default();
                }
                "table:table-row" if in_table => {
                    let repeats = attr_u64(&e, "table:number-rows-repeated").unwrap_or(1);
                    let repeats = repeats
                        .min(u64::from(limits::ODS_MAX_ROWS).saturating_sub(table.rows_total));
                    table.rows_total += repeats;
                    row = Some(RowEstimate {
                        repeats,
                        ..RowEstimate::default()
                    });
                }
                "table:table-cell" | "table:covered-table-cell" if row.is_some() => {
                    let repeats = attr_u64(&e, "table:number-columns-repeated").unwrap_or(1);
                    let mut text = 0u64;
                    let mut value = false;
                    for a in e.attributes().flatten() {
                        let k = a.key.as_ref();
                        if k.starts_with("office:")
                            || k.starts_with("calcext:")
                            || k == "table:formula"
                        {
                            value = true;
                            text += a.value.len() as u64;
                        }
                    }
                    cell = Some((repeats, text, value));
                }
                "text:s" => {
                    let n = attr_u64(&e, "text:c").unwrap_or(1);
                    if let Some(c) = cell.as_mut() {
                        c.1 = c.1.saturating_add(n);
                        if c.1 > MAX_ODS_CELL_TEXT {
                            return Err(format!(
                                "工作簿中有单元格内容超过{}万字符：文件异常，拒绝读取",
                                MAX_ODS_CELL_TEXT / 10_000
                            ));
                        }
                    }
                }
                _ => {}
            },
            Ok(Event::Text(t)) => {
                if let Some(c) = cell.as_mut() {
                    c.1 = c.1.saturating_add(t.len() as u64);
                }
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                "table:table-cell" | "table:covered-table-cell" => {
                    if let (Some((repeats, text, value)), Some(r)) = (cell.take(), row.as_mut()) {
                        r.cell(repeats, text, value)?;
                    }
                }
                "table:table-row" => {
                    if let Some(r) = row.take() {
                        table.push_row(r);
                    }
                }
                "table:table" if in_table => {
                    in_table = false;
                    total = total.saturating_add(table.bytes());
                    if total > limits::MAX_DENSE_CELLS * BYTES_PER_CELL {
                        return Err(too_many_cells("", total / BYTES_PER_CELL));
                    }
                }
                _ => {}
            },
            Ok(_) => {}
            Err(e) => return Err(broken(&format!("content.xml：{e}"))),
        }
    }
    Ok(total / BYTES_PER_CELL)
}

#[derive(Default)]
struct RowEstimate {
    repeats: u64,
    /// Cells pushed so far (calamine's row vector), capped at 16,384.
    width: u64,
    /// Empty cells waiting for a non-empty one after them.
    pending_empty: u64,
    /// Bytes of the row's cells.
    bytes: u64,
    /// One past the last non-empty column.
    used: u64,
}

impl RowEstimate {
    fn cell(&mut self, repeats: u64, text: u64, value: bool) -> Result<(), String> {
        let room = |w: u64| u64::from(limits::ODS_MAX_COLUMNS).saturating_sub(w);
        if !value {
            self.pending_empty = self.pending_empty.saturating_add(repeats);
            return Ok(());
        }
        let empty = self.pending_empty.min(room(self.width));
        self.width += empty;
        self.bytes = self.bytes.saturating_add(empty * BYTES_PER_CELL);
        self.pending_empty = 0;
        let n = repeats.min(room(self.width));
        self.width += n;
        self.used = self.width;
        self.bytes = self
            .bytes
            .saturating_add(n.saturating_mul(BYTES_PER_CELL + text));
        if self.bytes > limits::MAX_DENSE_CELLS * BYTES_PER_CELL {
            return Err(too_many_cells("", self.bytes / BYTES_PER_CELL));
        }
        Ok(())
    }
}

/// One table's rows, as far as calamine's `get_range` expands them.
#[derive(Default)]
struct TableEstimate {
    rows_total: u64,
    /// Bytes of the rows as read (calamine keeps them while expanding).
    raw: u64,
    /// Rows from the first non-empty one: (repeats, bytes, used width).
    rows: Vec<(u64, u64, u64)>,
    /// Index in `rows` one past the last non-empty row.
    last: usize,
}

impl TableEstimate {
    fn push_row(&mut self, r: RowEstimate) {
        self.raw = self.raw.saturating_add(r.bytes);
        if r.used == 0 && self.rows.is_empty() {
            return;
        }
        self.rows.push((r.repeats, r.bytes, r.used));
        if r.used > 0 {
            self.last = self.rows.len();
        }
    }

    /// The dense range's bytes: every row between the first and the last
    /// non-empty one, repeated, at the widest row's width.
    fn bytes(&self) -> u64 {
        let rows = &self.rows[..self.last];
        let width = rows.iter().map(|r| r.2).max().unwrap_or(0);
        let dense = rows.iter().fold(0u64, |acc, (repeats, bytes, used)| {
            let padding = width.saturating_sub(*used).saturating_mul(BYTES_PER_CELL);
            acc.saturating_add(repeats.saturating_mul(bytes.saturating_add(padding)))
        });
        dense.saturating_add(self.raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(t: u16, data: &[u8]) -> Vec<u8> {
        let mut r = t.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    /// A workbook stream whose shared-string table holds one string of
    /// 60,000 characters (continued over CONTINUE records), and one sheet
    /// of `cells` LabelSst cells all referring to it.
    fn stream(cells: u32) -> Vec<u8> {
        let chars = vec![b'a'; 60_000];
        let mut sst = 1u32.to_le_bytes().to_vec();
        sst.extend(1u32.to_le_bytes());
        sst.extend(60_000u16.to_le_bytes());
        sst.push(0);
        let first = 8000;
        sst.extend(&chars[..first]);
        let mut globals = record(0x00FC, &sst);
        for chunk in chars[first..].chunks(8000) {
            let mut c = vec![0u8];
            c.extend(chunk);
            globals.extend(record(0x003C, &c));
        }
        // The BoundSheet8 record (4 + 10 bytes) and EOF (4).
        let bound_len = 14 + 4;
        let sheet_at = globals.len() + bound_len;
        let mut bound = (sheet_at as u32).to_le_bytes().to_vec();
        bound.extend([0, 0, 2, 0]);
        bound.extend(b"ab");
        globals.extend(record(0x0085, &bound));
        globals.extend(record(0x000A, &[]));
        assert_eq!(globals.len(), sheet_at);
        let mut sheet = record(0x0809, &[0; 16]);
        for row in 0..cells {
            let mut d = (row as u16).to_le_bytes().to_vec();
            d.extend([0, 0, 0, 0]);
            d.extend(0u32.to_le_bytes());
            sheet.extend(record(0x00FD, &d));
        }
        sheet.extend(record(0x000A, &[]));
        globals.extend(sheet);
        globals
    }

    #[test]
    fn an_xls_cell_given_twice_is_refused() {
        // Two LabelSst records for row 1, column A.
        let mut s = stream(1);
        let end = s.len() - 4;
        let mut d = vec![0u8; 6];
        d.extend(0u32.to_le_bytes());
        s.splice(end..end, record(0x00FD, &d));
        let e = check_workbook_stream(&s).unwrap_err();
        assert!(
            e.contains("工作表「ab」的单元格A1在文件中出现了两次"),
            "{e}"
        );
    }

    #[test]
    fn a_shared_string_repeated_over_many_xls_cells_is_refused() {
        let s = stream(1);
        let parts: Vec<&[u8]> = {
            // The SST and its CONTINUE records, as the walk sees them.
            let mut v = Vec::new();
            let mut at = 0;
            while let (Some(t), Some(len)) = (u16_at(&s, at), u16_at(&s, at + 2)) {
                let d = &s[at + 4..at + 4 + len as usize];
                at += 4 + len as usize;
                match t {
                    0x00FC | 0x003C => v.push(d),
                    _ => break,
                }
            }
            v
        };
        // 60,000 one-byte characters: at most 120,000 bytes of UTF-8.
        assert_eq!(sst_lengths(&parts), vec![120_000]);
        assert!(check_workbook_stream(&stream(2000)).is_ok());
        let e = check_workbook_stream(&stream(3000)).unwrap_err();
        assert!(e.contains("工作表「ab」的单元格文字共超过256MB"), "{e}");
    }
}
