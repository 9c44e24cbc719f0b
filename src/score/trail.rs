//! A clause's audit trail, held in memory or spilled to a temporary file.
//!
//! `score` and `check` write each unit's entries to one temporary file
//! ([`Spill`]) as soon as the unit is scored, and every output reads them
//! back a piece at a time ([`Trail::entries`]). So the entries of a run are
//! never all in memory: memory does not grow with the number of audit
//! entries, however many the ledger's records give (docs/outputs.md).
//! Where no temporary file can be made, and in tests, they are held
//! ([`Trail::held`]); both read the same.
//!
//! The file is the operating system's temporary file, removed when the run
//! ends, even when it fails. Reading it back is checked: a length or a
//! text that is not what was written is an error, never a wrong entry.

use crate::model::UnitId;
use crate::rules::readings::Cited;
use crate::rules::{AuditEntry, ClauseId};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::fs::File;
use std::io;
use std::sync::{Arc, Mutex};

/// The pieces a spilled trail is read back in.
const PIECE: usize = 64 * 1024;

/// The temporary file spilled trails are written to, one after another.
#[derive(Debug)]
pub struct Spill {
    file: File,
    /// Where the next trail goes; the lock orders the writers.
    end: Mutex<u64>,
}

impl Spill {
    /// A new spill in the system's temporary folder, or `None` where there
    /// is none to write to (the entries are then held in memory).
    pub fn new() -> Option<Arc<Spill>> {
        if !cfg!(any(unix, windows)) {
            return None;
        }
        let file = tempfile::tempfile().ok()?;
        Some(Arc::new(Spill {
            file,
            end: Mutex::new(0),
        }))
    }

    /// Appends `bytes`; where they start.
    fn append(&self, bytes: &[u8]) -> io::Result<u64> {
        let mut end = self.end.lock().unwrap_or_else(|p| p.into_inner());
        let at = *end;
        write_all_at(&self.file, bytes, at)?;
        *end += bytes.len() as u64;
        Ok(at)
    }
}

/// One audit entry as read: the texts borrowed from the trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryRef<'a> {
    pub unit: UnitId,
    pub clause: ClauseId,
    pub reason: &'a str,
    pub source: &'a str,
    pub record: Option<&'a str>,
    pub date: Option<NaiveDate>,
    pub calc: Option<&'a str>,
    pub amount: Decimal,
}

impl<'a> From<&'a AuditEntry> for EntryRef<'a> {
    fn from(e: &'a AuditEntry) -> EntryRef<'a> {
        EntryRef {
            unit: e.unit,
            clause: e.clause,
            reason: &e.reason,
            source: &e.source,
            record: e.record.as_deref(),
            date: e.date,
            calc: e.calc.as_deref(),
            amount: e.amount,
        }
    }
}

impl EntryRef<'_> {
    /// The entry as the rules made it.
    pub fn to_owned(&self) -> AuditEntry {
        AuditEntry {
            unit: self.unit,
            clause: self.clause,
            reason: self.reason.into(),
            source: self.source.into(),
            record: self.record.map(Into::into),
            date: self.date,
            calc: self.calc.map(Into::into),
            amount: self.amount,
        }
    }
}

/// The audit entries of one clause, in the order the rules made them.
#[derive(Debug, Clone)]
pub struct Trail(Kept);

#[derive(Debug, Clone)]
enum Kept {
    Held(Vec<AuditEntry>),
    Spilled {
        spill: Arc<Spill>,
        unit: UnitId,
        clause: ClauseId,
        at: u64,
        bytes: u64,
        len: usize,
        charged: usize,
        cited: Cited,
    },
}

impl PartialEq for Trail {
    /// Held trails are equal by their entries, a spilled one only to
    /// itself (or a clone): comparing would read the file.
    fn eq(&self, other: &Trail) -> bool {
        match (&self.0, &other.0) {
            (Kept::Held(a), Kept::Held(b)) => a == b,
            (
                Kept::Spilled { spill, at, .. },
                Kept::Spilled {
                    spill: s2, at: a2, ..
                },
            ) => Arc::ptr_eq(spill, s2) && at == a2,
            _ => false,
        }
    }
}

impl Eq for Trail {}

impl Trail {
    /// Entries kept in memory.
    pub fn held(entries: Vec<AuditEntry>) -> Trail {
        Trail(Kept::Held(entries))
    }

    /// The entries of `clause` of `unit`, written to `spill` (an empty
    /// trail is simply held).
    pub fn spilled(
        unit: UnitId,
        clause: ClauseId,
        entries: Vec<AuditEntry>,
        spill: &Arc<Spill>,
    ) -> io::Result<Trail> {
        if entries.is_empty() {
            return Ok(Trail::held(entries));
        }
        let mut bytes = Vec::new();
        for e in &entries {
            debug_assert!(e.unit == unit && e.clause == clause);
            encode(e, &mut bytes);
        }
        let at = spill.append(&bytes)?;
        Ok(Trail(Kept::Spilled {
            spill: Arc::clone(spill),
            unit,
            clause,
            at,
            bytes: bytes.len() as u64,
            len: entries.len(),
            charged: charged(entries.iter().map(|e| e.amount)),
            cited: cited(&entries),
        }))
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        match &self.0 {
            Kept::Held(v) => v.len(),
            Kept::Spilled { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many entries take something (the others record a decision:
    /// 免责, an appeal, 已扣至0, 未计次).
    pub fn charged(&self) -> usize {
        match &self.0 {
            Kept::Held(v) => charged(v.iter().map(|e| e.amount)),
            Kept::Spilled { charged, .. } => *charged,
        }
    }

    /// The Readings the entries cite (docs/rules.md), found when the trail
    /// was spilled.
    pub fn cited(&self) -> Cited {
        match &self.0 {
            Kept::Held(v) => cited(v),
            Kept::Spilled { cited, .. } => *cited,
        }
    }

    /// The entries, one at a time:
    /// `while let Some(e) = entries.next()? { … }`.
    pub fn entries(&self) -> Entries<'_> {
        Entries {
            trail: self,
            next: 0,
            buf: Vec::new(),
            pos: 0,
            end: 0,
            read: 0,
        }
    }

    /// Calls `f` on every entry in order; stops at its first error, or at
    /// the trail's.
    pub fn try_for_each<E: From<io::Error>>(
        &self,
        mut f: impl FnMut(EntryRef<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut entries = self.entries();
        while let Some(e) = entries.next()? {
            f(e)?;
        }
        Ok(())
    }

    /// Every entry, in memory (tests and small conversions).
    pub fn to_vec(&self) -> io::Result<Vec<AuditEntry>> {
        let mut out = Vec::with_capacity(self.len());
        self.try_for_each(|e| {
            out.push(e.to_owned());
            Ok::<_, io::Error>(())
        })?;
        Ok(out)
    }

    /// Whether the entries are in the temporary file.
    pub fn is_spilled(&self) -> bool {
        matches!(self.0, Kept::Spilled { .. })
    }
}

fn charged(amounts: impl Iterator<Item = Decimal>) -> usize {
    amounts.filter(|a| !a.is_zero()).count()
}

fn cited(entries: &[AuditEntry]) -> Cited {
    let mut all = Cited::default();
    for e in entries {
        all |= Cited::by_entry(&e.reason, e.calc.as_deref());
    }
    all
}

/// A reader of one trail's entries; a spilled trail is read in pieces of
/// at most [`PIECE`] bytes (more only for one entry longer than that).
pub struct Entries<'t> {
    trail: &'t Trail,
    /// The next held entry.
    next: usize,
    buf: Vec<u8>,
    /// The unread bytes are `buf[pos..end]`.
    pos: usize,
    end: usize,
    /// How many of the trail's bytes have been read from the file.
    read: u64,
}

impl Entries<'_> {
    /// The next entry, `None` after the last.
    #[allow(clippy::should_implement_trait)] // it lends: not an Iterator
    pub fn next(&mut self) -> io::Result<Option<EntryRef<'_>>> {
        let (spill, unit, clause, at, bytes) = match &self.trail.0 {
            Kept::Held(v) => {
                let e = v.get(self.next);
                self.next += 1;
                return Ok(e.map(EntryRef::from));
            }
            Kept::Spilled {
                spill,
                unit,
                clause,
                at,
                bytes,
                ..
            } => (spill, *unit, *clause, *at, *bytes),
        };
        if self.pos == self.end && self.read == bytes {
            return Ok(None);
        }
        self.fill(&spill.file, at, bytes, 4)?;
        let body = u32::from_le_bytes(take(&self.buf[self.pos..])?) as usize;
        self.fill(&spill.file, at, bytes, 4 + body)?;
        let start = self.pos + 4;
        self.pos = start + body;
        decode(&self.buf[start..start + body], unit, clause).map(Some)
    }

    /// Makes at least `n` unread bytes available.
    fn fill(&mut self, file: &File, at: u64, bytes: u64, n: usize) -> io::Result<()> {
        if self.end - self.pos >= n {
            return Ok(());
        }
        let left = usize::try_from(bytes - self.read).unwrap_or(usize::MAX);
        if (self.end - self.pos).saturating_add(left) < n {
            return Err(corrupt());
        }
        self.buf.copy_within(self.pos..self.end, 0);
        self.end -= self.pos;
        self.pos = 0;
        // A trail smaller than a piece is read at once, in a buffer of
        // its size.
        let want = n.max(PIECE.min(self.end.saturating_add(left)));
        if self.buf.len() < want {
            self.buf.resize(want, 0);
        }
        while self.end < n {
            let left = usize::try_from(bytes - self.read).unwrap_or(usize::MAX);
            let room = (self.buf.len() - self.end).min(left);
            let got = read_at(
                file,
                &mut self.buf[self.end..self.end + room],
                at + self.read,
            )?;
            if got == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "扣分记录的临时文件比写入时短",
                ));
            }
            self.end += got;
            self.read += got as u64;
        }
        Ok(())
    }
}

/// A spilled entry: `u32` length of what follows, the amount (16 bytes),
/// the date (`i32` days from 0001-01-01, `i32::MIN` for none), then the
/// reason, source, record and arithmetic as `u32` length and UTF-8
/// (`u32::MAX` for none).
fn encode(e: &AuditEntry, out: &mut Vec<u8>) {
    use chrono::Datelike;
    let start = out.len();
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&e.amount.serialize());
    let days = e.date.map_or(i32::MIN, |d| d.num_days_from_ce());
    out.extend_from_slice(&days.to_le_bytes());
    for text in [
        Some(&*e.reason),
        Some(&*e.source),
        e.record.as_deref(),
        e.calc.as_deref(),
    ] {
        match text {
            Some(t) => {
                out.extend_from_slice(&(t.len() as u32).to_le_bytes());
                out.extend_from_slice(t.as_bytes());
            }
            None => out.extend_from_slice(&u32::MAX.to_le_bytes()),
        }
    }
    let body = (out.len() - start - 4) as u32;
    out[start..start + 4].copy_from_slice(&body.to_le_bytes());
}

fn decode(mut b: &[u8], unit: UnitId, clause: ClauseId) -> io::Result<EntryRef<'_>> {
    let amount = Decimal::deserialize(take(b)?);
    b = &b[16..];
    let days = i32::from_le_bytes(take(b)?);
    b = &b[4..];
    let date = match days {
        i32::MIN => None,
        d => Some(NaiveDate::from_num_days_from_ce_opt(d).ok_or_else(corrupt)?),
    };
    let mut texts = [None; 4];
    for t in &mut texts {
        let len = u32::from_le_bytes(take(b)?);
        b = &b[4..];
        if len != u32::MAX {
            let len = len as usize;
            let bytes = b.get(..len).ok_or_else(corrupt)?;
            *t = Some(simdutf8::basic::from_utf8(bytes).map_err(|_| corrupt())?);
            b = &b[len..];
        }
    }
    let [Some(reason), Some(source), record, calc] = texts else {
        return Err(corrupt());
    };
    if !b.is_empty() {
        return Err(corrupt());
    }
    Ok(EntryRef {
        unit,
        clause,
        reason,
        source,
        record,
        date,
        calc,
        amount,
    })
}

/// The first `N` bytes of `b`.
fn take<const N: usize>(b: &[u8]) -> io::Result<[u8; N]> {
    b.get(..N)
        .and_then(|s| s.try_into().ok())
        .ok_or_else(corrupt)
}

fn corrupt() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "扣分记录的临时文件读回的内容与写入的不同",
    )
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, at)
}

#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, at)
}

#[cfg(not(any(unix, windows)))]
fn read_at(_: &File, _: &mut [u8], _: u64) -> io::Result<usize> {
    Err(io::ErrorKind::Unsupported.into())
}

#[cfg(unix)]
fn write_all_at(file: &File, buf: &[u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, buf, at)
}

#[cfg(windows)]
fn write_all_at(file: &File, mut buf: &[u8], mut at: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_write(file, buf, at) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => {
                buf = &buf[n..];
                at += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(not(any(unix, windows)))]
fn write_all_at(_: &File, _: &[u8], _: u64) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dec;

    fn entry(i: usize, reason: &str) -> AuditEntry {
        AuditEntry {
            unit: UnitId(3),
            clause: ClauseId::Z3_2,
            reason: reason.into(),
            source: format!("热线工单!{}", i + 2).into(),
            record: (!i.is_multiple_of(3)).then(|| format!("RX{i:05}").into()),
            date: (!i.is_multiple_of(4))
                .then(|| NaiveDate::from_ymd_opt(2017, 1, 1 + (i % 28) as u32).unwrap()),
            calc: (i.is_multiple_of(5)).then(|| format!("10×(1−0)÷3 = 3.3{}", i % 10).into()),
            amount: if i.is_multiple_of(7) {
                Decimal::ZERO
            } else {
                dec("0.05") * Decimal::from(i)
            },
        }
    }

    /// Entries of every shape, some far longer than a piece, read back
    /// whole and in order from a spill shared with other trails.
    #[test]
    fn a_spilled_trail_reads_back_what_was_written() {
        let spill = Spill::new().unwrap();
        let entries: Vec<AuditEntry> = (0..5000)
            .map(|i| {
                let reason = match i {
                    17 => "很长的理由".repeat(20_000), // 300 KB: more than a piece
                    18 => String::new(),
                    _ => format!("工单{i}逾期{}个工作日（R4）", i % 9),
                };
                entry(i, &reason)
            })
            .collect();
        let before =
            Trail::spilled(UnitId(3), ClauseId::Z3_2, entries[..10].to_vec(), &spill).unwrap();
        let trail = Trail::spilled(UnitId(3), ClauseId::Z3_2, entries.clone(), &spill).unwrap();
        assert!(trail.is_spilled());
        assert_eq!(trail.len(), 5000);
        let charged = entries.iter().filter(|e| !e.amount.is_zero()).count();
        assert_eq!(trail.charged(), charged);
        assert_eq!(trail.cited(), Trail::held(entries.clone()).cited());
        assert_eq!(
            trail.cited().readings().map(|r| r.id).collect::<Vec<_>>(),
            ["R3", "R4", "K1"]
        );
        assert_eq!(trail.to_vec().unwrap(), entries);
        assert_eq!(before.to_vec().unwrap(), entries[..10]);
        // Read by the lending reader, as the outputs do.
        let mut read = trail.entries();
        let mut n = 0;
        while let Some(e) = read.next().unwrap() {
            assert_eq!(e, EntryRef::from(&entries[n]));
            n += 1;
        }
        assert_eq!(n, 5000);
        assert!(read.next().unwrap().is_none());
        // The piece buffer grew for the long entry only.
        assert!(read.buf.len() < 2 * 300_000 + PIECE, "{}", read.buf.len());
    }

    #[test]
    fn an_empty_trail_is_held_and_writes_nothing() {
        let spill = Spill::new().unwrap();
        let t = Trail::spilled(UnitId(0), ClauseId::Z1_1, vec![], &spill).unwrap();
        assert!(!t.is_spilled() && t.is_empty());
        assert_eq!(*spill.end.lock().unwrap(), 0);
        assert!(t.entries().next().unwrap().is_none());
    }

    /// A file that does not hold what was written (cut short, or changed)
    /// is an error, never a wrong entry.
    #[test]
    fn a_spill_changed_behind_its_back_is_an_error() {
        let spill = Spill::new().unwrap();
        let entries: Vec<AuditEntry> = (1..40).map(|i| entry(i, "逾期")).collect();
        let trail = Trail::spilled(UnitId(3), ClauseId::Z3_2, entries, &spill).unwrap();
        let end = *spill.end.lock().unwrap();
        // A text's bytes made invalid UTF-8.
        let mut bytes = vec![0; end as usize];
        assert_eq!(read_at(&spill.file, &mut bytes, 0).unwrap(), bytes.len());
        let reason = bytes
            .windows(6)
            .position(|w| w == "逾期".as_bytes())
            .unwrap();
        write_all_at(&spill.file, &[0xFF], reason as u64).unwrap();
        let e = trail.to_vec().unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidData);
        assert!(e.to_string().contains("临时文件"), "{e}");
        // A length that runs past the trail.
        write_all_at(&spill.file, &u32::MAX.to_le_bytes(), 0).unwrap();
        assert_eq!(
            trail.to_vec().unwrap_err().kind(),
            io::ErrorKind::InvalidData
        );
        // The file cut short.
        spill.file.set_len(end / 2).unwrap();
        write_all_at(&spill.file, &bytes[..end as usize / 2], 0).unwrap();
        assert_eq!(
            trail.to_vec().unwrap_err().kind(),
            io::ErrorKind::UnexpectedEof
        );
    }
}
