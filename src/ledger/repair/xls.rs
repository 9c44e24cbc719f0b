//! .xls (BIFF8 in a compound file): a CODEPAGE record other than 1200, which
//! calamine applies to BIFF8's own UTF-16/Latin-1 strings (calamine issue
//! #229), set to 1200 in place; a BIFF5 file in a code page that cannot
//! hold Chinese refused.

use super::*;

/// The code page of UTF-16, which BIFF8 strings are in.
pub(super) const UTF16_CODEPAGE: u16 = 1200;

/// The code pages in which a BIFF5 workbook's byte strings can hold the
/// ledger's Chinese text: GBK, Big5, GB2312, GB18030, UTF-8, and Mac
/// Simplified and Traditional Chinese.
pub(super) const CHINESE_CODEPAGES: [u16; 7] = [936, 950, 20936, 54936, 65001, 10008, 10002];

/// An .xls (BIFF8: BOF version 0x0600, or any calamine reads as BIFF8)
/// whose CODEPAGE record is not 1200, made readable: calamine 0.38
/// (xls.rs, `parse_workbook`; calamine issue #229)
/// decodes every string of the file through the CODEPAGE record's code
/// page, though BIFF8 stores strings as UTF-16 or as "compressed" UTF-16
/// (the low bytes of characters up to U+00FF), whatever that record says.
/// JExcelApi and Perl's Spreadsheet::WriteExcel write 1252, so sheet names
/// and texts came back garbled (`单位名单` → `USMO\rTUS`). The record is
/// set to 1200 in place — two bytes, in the sector that holds them — which
/// is exact: Excel itself reads such a file so.
///
/// A BIFF5/7 workbook (Excel 5.0/95, or older) stores text in its code
/// page, which is left as it is: calamine decodes it right. One whose
/// code page cannot hold Chinese, or that names none, cannot hold a
/// ledger's sheet names (SheetJS and Gnumeric write 1252, their Chinese
/// already turned into `_` or `?`): it is refused with that reason rather
/// than read into a list of missing sheets.
///
/// A container calamine cannot read is left as it is (calamine, or the
/// bounds check before, says why).
pub(crate) fn xls(mut bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    let Some(cfb) = Cfb::new(&bytes) else {
        return Ok(bytes);
    };
    let Some(stream) = cfb.stream("Workbook").or_else(|| cfb.stream("Book")) else {
        return Ok(bytes);
    };
    let at = |p: usize| stream.at(p).and_then(|o| u16_at(&bytes, o));
    // The globals substream: BOF, then records up to its EOF.
    let (Some(0x0809), Some(len)) = (at(0), at(2)) else {
        return Ok(bytes);
    };
    let Some(version) = (len >= 2).then(|| at(4)).flatten() else {
        return Ok(bytes);
    };
    // The BIFF versions before BIFF8 as calamine's `parse_bof` tells them
    // (it reads any other as BIFF8, strings laid out as BIFF8's).
    let dt = if len >= 4 { at(6) } else { None };
    let legacy = matches!(version, 0x0002 | 0x0007 | 0x0200 | 0x0300 | 0x0400 | 0x0500)
        || (version == 0 && dt == Some(0x1000));
    let mut patches = Vec::new();
    let mut codepage = None;
    let mut p = 4 + usize::from(len);
    while p + 4 <= stream.len {
        let (Some(t), Some(len)) = (at(p), at(p + 2)) else {
            break;
        };
        let len = usize::from(len);
        if p + 4 + len > stream.len {
            break;
        }
        match t {
            0x0042 if len >= 2 => {
                let value = at(p + 4);
                codepage = value;
                if !legacy && value != Some(UTF16_CODEPAGE) {
                    let (Some(lo), Some(hi)) = (stream.at(p + 4), stream.at(p + 5)) else {
                        return Ok(bytes);
                    };
                    patches.push(lo);
                    patches.push(hi);
                }
            }
            0x000A => break,
            _ => {}
        }
        p += 4 + len;
    }
    if legacy {
        return match codepage {
            Some(cp) if CHINESE_CODEPAGES.contains(&cp) => Ok(bytes),
            cp => Err(biff5_refusal(cp)),
        };
    }
    for pair in patches.chunks(2) {
        let [lo, hi] = UTF16_CODEPAGE.to_le_bytes();
        bytes[pair[0]] = lo;
        bytes[pair[1]] = hi;
    }
    Ok(bytes)
}

pub(super) fn biff5_refusal(codepage: Option<u16>) -> String {
    let cp = match codepage {
        Some(cp) => format!("代码页{cp}"),
        None => "未注明代码页".to_string(),
    };
    format!(
        "该文件是Excel 5.0/95或更早的格式（BIFF5），{cp}，存不下中文：工作表名和文字中的中文已在保存时丢失或无法还原，不能作为台账读取。请回到生成它的程序，导出为.xlsx（或Excel 97-2003 .xls）文件；若能在Excel或WPS中看到正确的中文，也可另存为.xlsx文件后再试"
    )
}

pub(super) const ENDOFCHAIN: u32 = 0xFFFF_FFFE;

pub(super) const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;

pub(super) const DIFSECT: u32 = 0xFFFF_FFFC;

/// Streams shorter than this live in the mini stream (MS-CFB 2.6.3).
pub(super) const MINI_STREAM_CUTOFF: u64 = 4096;

pub(super) const MINI_SECTOR: usize = 64;

/// Where the bytes of one stream lie in the file: the file offset of each
/// of its sectors, in order.
pub(super) struct Located {
    offsets: Vec<usize>,
    unit: usize,
    len: usize,
}

impl Located {
    /// The file offset of the stream's byte `p`.
    fn at(&self, p: usize) -> Option<usize> {
        if p >= self.len {
            return None;
        }
        Some(self.offsets.get(p / self.unit)? + p % self.unit)
    }
}

/// The compound file (OLE) container of an .xls, walked as calamine 0.38's
/// `cfb` module walks it, to find where a stream's bytes lie in the file.
/// Anything out of the ordinary gives `None`: the file is then left to
/// calamine, which reports it (the bounds check before refuses what would
/// make calamine misbehave).
pub(super) struct Cfb<'a> {
    bytes: &'a [u8],
    size: usize,
    maxid: u32,
    fats: Vec<u32>,
    /// Directory entries: name, first sector, length.
    dirs: Vec<(String, u32, u64)>,
    /// The mini stream (the root entry's chain) and the mini FAT.
    mini: Option<(Located, Vec<u32>)>,
}

impl<'a> Cfb<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Option<Cfb<'a>> {
        if bytes.len() < 512 || u16_at(bytes, 32)? != 6 {
            return None;
        }
        let size = match u16_at(bytes, 30)? {
            9 => 512,
            12 if bytes.len() >= 4096 => 4096,
            _ => return None,
        };
        let h = |i| u32_at(bytes, i);
        let (dir_start, mini_fat_start, mini_fat_len, difat_start) =
            (h(48)?, h(60)?, h(64)?, h(68)?);
        let maxid = u32::try_from(bytes.len() / size).ok()?;
        let mut cfb = Cfb {
            bytes,
            size,
            maxid,
            fats: Vec::new(),
            dirs: Vec::new(),
            mini: None,
        };
        let mut difat: Vec<u32> = words(&bytes[76..512]);
        let mut id = difat_start;
        let mut steps = 0u32;
        while id < RESERVED_SECTORS {
            steps += 1;
            if steps > maxid + 1 {
                return None;
            }
            difat.extend(words(cfb.sector(id)?));
            id = difat.pop()?;
        }
        let fat_sectors: Vec<u32> = difat.into_iter().filter(|id| *id < DIFSECT).collect();
        if fat_sectors.len() > maxid as usize + 1 {
            return None;
        }
        let mut fats = Vec::new();
        for id in fat_sectors {
            fats.extend(words(cfb.sector(id)?));
        }
        cfb.fats = fats;
        let dirs = cfb.chain(dir_start, u64::MAX)?;
        let large = size == 4096;
        cfb.dirs = cfb
            .read(&dirs)
            .chunks_exact(128)
            .map(|c| {
                let units: Vec<u16> = c[..64].chunks(2).filter_map(|u| u16_at(u, 0)).collect();
                let mut name = String::from_utf16_lossy(&units);
                if let Some(l) = name.find('\0') {
                    name.truncate(l);
                }
                let start = u32_at(c, 116).unwrap_or(ENDOFCHAIN);
                let len = if large {
                    u64_at(c, 120).unwrap_or(0)
                } else {
                    u64::from(u32_at(c, 120).unwrap_or(0))
                };
                (name, start, len)
            })
            .collect();
        let &(_, root_start, root_len) = cfb.dirs.first()?;
        if mini_fat_len > 0 {
            let ministream = cfb.chain(root_start, root_len)?;
            let minifat = cfb.chain(mini_fat_start, u64::from(mini_fat_len) * size as u64)?;
            let minifat = words(&cfb.read(&minifat));
            cfb.mini = Some((ministream, minifat));
        }
        Some(cfb)
    }

    /// The file offset of sector `id`, which must lie wholly in the file.
    pub(super) fn sector_at(&self, id: u32) -> Option<usize> {
        if id > self.maxid {
            return None;
        }
        let start = (id as usize + 1).checked_mul(self.size)?;
        (start + self.size <= self.bytes.len()).then_some(start)
    }

    pub(super) fn sector(&self, id: u32) -> Option<&'a [u8]> {
        let start = self.sector_at(id)?;
        self.bytes.get(start..start + self.size)
    }

    /// The sectors of the chain from `start`, as many as `len` bytes take
    /// (all of it for `u64::MAX`); `None` for a chain that leaves the file
    /// or its table, or loops.
    pub(super) fn chain(&self, start: u32, len: u64) -> Option<Located> {
        let mut offsets = Vec::new();
        let mut id = start;
        let need = len.div_ceil(self.size as u64);
        while id != ENDOFCHAIN && (offsets.len() as u64) < need {
            offsets.push(self.sector_at(id)?);
            if offsets.len() > self.maxid as usize + 1 {
                return None;
            }
            id = *self.fats.get(id as usize)?;
        }
        let held = offsets.len() * self.size;
        Some(Located {
            offsets,
            unit: self.size,
            len: usize::try_from(len).unwrap_or(usize::MAX).min(held),
        })
    }

    pub(super) fn read(&self, s: &Located) -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len);
        for o in &s.offsets {
            out.extend_from_slice(&self.bytes[*o..*o + s.unit]);
        }
        out.truncate(s.len);
        out
    }

    /// Where the stream `name` lies (its first directory entry of that
    /// name in any letter case, as calamine finds it), whole.
    pub(super) fn stream(&self, name: &str) -> Option<Located> {
        let &(_, start, len) = self
            .dirs
            .iter()
            .find(|(n, _, _)| n.eq_ignore_ascii_case(name))?;
        let located = if len < MINI_STREAM_CUTOFF {
            let (ministream, minifat) = self.mini.as_ref()?;
            let mut offsets = Vec::new();
            let mut id = start;
            let need = len.div_ceil(MINI_SECTOR as u64);
            while id != ENDOFCHAIN && (offsets.len() as u64) < need {
                // A mini sector lies within one sector of the mini stream.
                let at = (id as usize).checked_mul(MINI_SECTOR)?;
                ministream.at(at + MINI_SECTOR - 1)?;
                offsets.push(ministream.at(at)?);
                if offsets.len() > ministream.len / MINI_SECTOR {
                    return None;
                }
                id = *minifat.get(id as usize)?;
            }
            Located {
                offsets,
                unit: MINI_SECTOR,
                len: len as usize,
            }
        } else {
            self.chain(start, len)?
        };
        (located.len as u64 == len).then_some(located)
    }
}

pub(super) fn words(b: &[u8]) -> Vec<u32> {
    b.chunks_exact(4).filter_map(|c| u32_at(c, 0)).collect()
}

// ---------------------------------------------------------------------------
// Neither a zip package nor a compound file
