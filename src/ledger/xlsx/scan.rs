//! A small XML tokenizer for the parts of an .xlsx the own reader reads
//! (relationships, workbook, styles, shared strings, worksheets): the
//! events quick-xml gives with calamine's settings
//! (`expand_empty_elements`, no trimming, no end-name check), without
//! copying each event into a buffer of its own and checking its UTF-8
//! again: the inflated bytes are checked once, as they arrive, and every
//! event borrows them.
//!
//! What it does not need to read exactly it leaves to the caller: a
//! comment, CDATA or processing instruction (the XML declaration among
//! them) is [`Ev::Other`], skipped where calamine skips it and declined
//! elsewhere. A DOCTYPE, a malformed tag, an end tag with no element open,
//! an unterminated entity or invalid UTF-8 — errors for quick-xml too,
//! but for the DOCTYPE — declines at once.

use super::{Declined, R};
use std::io::Read;

/// One event, borrowing the scanner's buffer.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Ev<'a> {
    /// A start tag: its name and its raw attributes (what follows the
    /// name). An empty element `<a/>` is a start followed by an end.
    Start(&'a str, &'a str),
    End(&'a str),
    /// Text between tags, up to the next tag or entity; never empty.
    Text(&'a str),
    /// An entity or character reference, without `&` and `;`
    /// (quick-xml's GeneralRef).
    Ref(&'a str),
    /// A comment, CDATA, DOCTYPE or processing instruction.
    Other,
    Eof,
}

/// The bytes [`Scanner::find`] looks for (memchr's searches).
#[derive(Clone, Copy)]
enum Any {
    One(u8),
    Two(u8, u8),
    Three(u8, u8, u8),
}

impl Any {
    fn in_(self, hay: &[u8]) -> Option<usize> {
        match self {
            Any::One(a) => memchr::memchr(a, hay),
            Any::Two(a, b) => memchr::memchr2(a, b, hay),
            Any::Three(a, b, c) => memchr::memchr3(a, b, c, hay),
        }
    }
}

/// Bytes read from the part at a time.
const CHUNK: usize = 64 << 10;

pub(super) struct Scanner<S> {
    src: S,
    buf: Vec<u8>,
    /// The next byte to read.
    pos: usize,
    /// `buf[..end]` holds bytes read from the part.
    end: usize,
    /// `buf[..checked]` is known to be UTF-8 (whole characters).
    checked: usize,
    eof: bool,
    /// The name (`buf` range) of an empty element whose end comes next.
    pending_end: Option<(usize, usize)>,
    /// Elements open: an end tag with none open is an error (quick-xml's
    /// "unmatched end tag", which it checks even when it does not compare
    /// names).
    depth: usize,
}

impl<S: Read> Scanner<S> {
    pub(super) fn new(src: S) -> Scanner<S> {
        Scanner {
            src,
            buf: vec![0; CHUNK],
            pos: 0,
            end: 0,
            checked: 0,
            eof: false,
            pending_end: None,
            depth: 0,
        }
    }

    /// Reads more of the part after what is held; `false` at its end.
    /// Moves what is held to the front, growing the buffer only when a
    /// single event does not fit.
    fn more(&mut self) -> R<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.pos > 0 {
            self.buf.copy_within(self.pos..self.end, 0);
            self.end -= self.pos;
            self.checked -= self.pos;
            self.pos = 0;
        }
        if self.end + CHUNK / 2 > self.buf.len() {
            let grown = (self.buf.len() * 2).max(CHUNK);
            self.buf.resize(grown, 0);
        }
        let n = loop {
            match self.src.read(&mut self.buf[self.end..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => return Err(Declined),
            }
        };
        if n == 0 {
            self.eof = true;
            // A character cut off by the end of the part.
            if self.checked != self.end {
                return Err(Declined);
            }
            return Ok(false);
        }
        self.end += n;
        match std::str::from_utf8(&self.buf[self.checked..self.end]) {
            Ok(_) => self.checked = self.end,
            Err(e) if e.error_len().is_none() => self.checked += e.valid_up_to(),
            Err(_) => return Err(Declined),
        }
        Ok(true)
    }

    /// The checked text of `buf[a..b]`.
    fn str(&self, a: usize, b: usize) -> &str {
        let bytes = &self.buf[a..b];
        debug_assert!(b <= self.checked && std::str::from_utf8(bytes).is_ok());
        // SAFETY: `buf[..checked]` was checked to be UTF-8 as it was read
        // (`more`), and every event is cut at an ASCII byte (`<`, `>`,
        // `&`, `;`, `/`, a quote or a blank) or at `checked`, which ends a
        // whole character: no cut falls inside a character. Checking each
        // event again cost a tenth of the parsing.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }

    /// The index of the first byte `want` at or after `from` in the
    /// checked bytes, reading more as needed; `None` at the part's end.
    fn find(&mut self, from: usize, want: Any) -> R<Option<usize>> {
        let mut at = from;
        loop {
            if let Some(i) = want.in_(&self.buf[at..self.checked]) {
                return Ok(Some(at + i));
            }
            at = self.checked;
            let pos = self.pos;
            if !self.more()? {
                return Ok(None);
            }
            // `more` moved the held bytes to the front.
            at -= pos - self.pos;
        }
    }

    pub(super) fn next(&mut self) -> R<Ev<'_>> {
        if let Some((a, b)) = self.pending_end.take() {
            self.depth -= 1;
            return Ok(Ev::End(self.str(a, b)));
        }
        if self.pos == self.checked && !self.more()? {
            return Ok(Ev::Eof);
        }
        let start = self.pos;
        match self.buf[start] {
            b'<' => self.markup(),
            b'&' => {
                let Some(semi) = self.find(self.pos + 1, Any::Two(b';', b'<'))? else {
                    return Err(Declined);
                };
                if self.buf[semi] != b';' {
                    return Err(Declined);
                }
                let a = self.pos + 1;
                self.pos = semi + 1;
                Ok(Ev::Ref(self.str(a, semi)))
            }
            _ => {
                let end = self
                    .find(self.pos, Any::Two(b'<', b'&'))?
                    .unwrap_or(self.checked);
                let a = self.pos;
                self.pos = end;
                Ok(Ev::Text(self.str(a, end)))
            }
        }
    }

    /// A tag, at `<`.
    fn markup(&mut self) -> R<Ev<'_>> {
        // Enough bytes to tell the kinds of markup apart.
        while self.checked - self.pos < 9 && self.more()? {}
        let b = &self.buf[self.pos..self.checked];
        if b.starts_with(b"<!") || b.starts_with(b"<?") {
            let (open, close): (usize, &[u8]) = if b.starts_with(b"<!--") {
                (4, b"-->")
            } else if b.starts_with(b"<![CDATA[") {
                (9, b"]]>")
            } else if b.starts_with(b"<?") {
                (2, b"?>")
            } else {
                // A DOCTYPE, whose internal subset may hold `>`.
                return Err(Declined);
            };
            let mut from = self.pos + open;
            loop {
                let Some(gt) = self.find(from, Any::One(b'>'))? else {
                    return Err(Declined);
                };
                if gt + 1 - self.pos >= open + close.len() && self.buf[..=gt].ends_with(close) {
                    self.pos = gt + 1;
                    return Ok(Ev::Other);
                }
                from = gt + 1;
            }
        }
        // The tag's end: the first `>` outside a quoted value. (Indices
        // are taken again after each `find`, which may move the bytes.)
        let mut at = self.pos + 1;
        let gt = loop {
            let Some(i) = self.find(at, Any::Three(b'>', b'"', b'\''))? else {
                return Err(Declined);
            };
            let q = self.buf[i];
            if q == b'>' {
                break i;
            }
            let Some(close) = self.find(i + 1, Any::One(q))? else {
                return Err(Declined);
            };
            at = close + 1;
        };
        let a = self.pos;
        self.pos = gt + 1;
        let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
        if self.buf[a + 1] == b'/' {
            let mut e = gt;
            while e > a + 2 && blank(&self.buf[e - 1]) {
                e -= 1;
            }
            if e == a + 2 || self.depth == 0 {
                return Err(Declined);
            }
            self.depth -= 1;
            return Ok(Ev::End(self.str(a + 2, e)));
        }
        let empty = gt > a + 1 && self.buf[gt - 1] == b'/';
        let inner_end = if empty { gt - 1 } else { gt };
        let name_end = a
            + 1
            + self.buf[a + 1..inner_end]
                .iter()
                .position(blank)
                .unwrap_or(inner_end - a - 1);
        if name_end == a + 1 {
            return Err(Declined);
        }
        if empty {
            self.pending_end = Some((a + 1, name_end));
        }
        self.depth += 1;
        Ok(Ev::Start(
            self.str(a + 1, name_end),
            self.str(name_end, inner_end),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::events::Event;

    /// The events of `xml` as text, by this scanner (reading `chunk` bytes
    /// at a time) and by quick-xml with calamine's settings.
    fn both(xml: &str, chunk: usize) -> (Vec<String>, Vec<String>) {
        struct Drip<'a>(&'a [u8], usize);
        impl Read for Drip<'_> {
            fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(out.len()).min(self.0.len());
                out[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut mine = Vec::new();
        let mut s = Scanner::new(Drip(xml.as_bytes(), chunk));
        loop {
            match s.next() {
                Ok(Ev::Eof) => break,
                Ok(ev) => mine.push(format!("{ev:?}")),
                Err(_) => {
                    mine.push("error".into());
                    break;
                }
            }
        }
        let mut theirs = Vec::new();
        let mut r = crate::ledger::calamine_xml_reader(xml.as_bytes());
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match r.read_event_into(&mut buf) {
                Ok(Event::Eof) => break,
                Ok(Event::Start(e)) => theirs.push(format!(
                    "{:?}",
                    Ev::Start(e.name().as_ref(), e.attributes_raw())
                )),
                Ok(Event::End(e)) => theirs.push(format!("{:?}", Ev::End(e.name().as_ref()))),
                Ok(Event::Text(t)) => theirs.push(format!("{:?}", Ev::Text(&t))),
                Ok(Event::GeneralRef(g)) => theirs.push(format!("{:?}", Ev::Ref(&g))),
                Ok(_) => theirs.push(format!("{:?}", Ev::Other)),
                Err(_) => {
                    theirs.push("error".into());
                    break;
                }
            }
        }
        (mine, theirs)
    }

    #[test]
    fn events_are_quick_xmls_at_any_chunk_size() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="urn:a"><sheetData><row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 中文 a&amp;b&#x4E2D;&lt;</t></is></c><c r="B1" s="3"/><c r='C1' a="x>y" b='"'><v>1.5</v></c></row><!-- a comment --><row><c><f t="shared" si="0"/></c></row></sheetData ></x:worksheet>
"#;
        for chunk in [1, 2, 3, 7, 64, 1 << 20] {
            let (mine, theirs) = both(xml, chunk);
            assert_eq!(mine, theirs, "chunk {chunk}");
        }
        assert!(both(xml, 5)
            .0
            .contains(&r#"Start("c", " r='C1' a=\"x>y\" b='\"'")"#.to_string()));
    }

    #[test]
    fn malformed_xml_is_an_error() {
        for xml in [
            "<a",
            "<a b=\"1>",
            "text &amp",
            "<a>&b<</a>",
            "<>",
            "</>",
            "</a>",
            "<a></a></b>",
            "<a/></a>",
            "<!DOCTYPE a>",
        ] {
            let (mine, _) = both(xml, 3);
            assert_eq!(
                mine.last().map(String::as_str),
                Some("error"),
                "{xml}: {mine:?}"
            );
        }
        // Invalid UTF-8, and UTF-8 cut off by the end.
        for bytes in [&b"<a>\xff</a>"[..], &b"<a>\xe4\xb8"[..]] {
            let mut s = Scanner::new(bytes);
            let mut error = false;
            for _ in 0..5 {
                match s.next() {
                    Err(_) => {
                        error = true;
                        break;
                    }
                    Ok(Ev::Eof) => break,
                    Ok(_) => {}
                }
            }
            assert!(error, "{bytes:?}");
        }
    }
}
