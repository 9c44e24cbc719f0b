//! ksfk's own reader of an .xlsx's cells: the fast path for the workbooks
//! Excel, WPS, LibreOffice and the usual libraries write.
//!
//! calamine reads every format; on an .xlsx it spends about as long again
//! as the bare pass of zip inflate and XML events over the same sheets
//! (BENCHMARKS.md), and a second handle on another thread parses the
//! shared strings once more. This reader makes that bare pass and hands on
//! each cell exactly as calamine would, for the workbooks it understands;
//! one [`Package`] (shared strings, date formats, sheet paths) serves every
//! thread.
//!
//! It never decides anything calamine would decide otherwise. Whatever it
//! does not understand exactly — a part that does not parse, a formula
//! element where none is expected, Excel's `_xHHHH_` escapes, a carriage
//! return, a number written in an unusual way, a chart sheet — makes it
//! *decline*: [`Package::open`] returns `None`, or a sheet's read stops and
//! marks the package declined. The whole ledger is then read again by
//! calamine (`super::read_books`), so such a file is read as before, only
//! more slowly. In debug builds (every test) each read this reader makes
//! whole is made again by calamine and the two outcomes must be equal.
//!
//! What "as calamine would" means, from calamine 0.38's `xlsx` module:
//! - the workbook part is the `officeDocument` target of `_rels/.rels`;
//!   sheets are the workbook's `<sheet>`s in order, their parts found
//!   through the workbook's relationships, zip names compared without ASCII
//!   letter case; `date1904` from `<workbookPr>`;
//! - a style is a date when its number format (custom, or built in by id)
//!   is one (calamine's `detect_custom_number_format`, ported below);
//! - a string (shared, or inline `<is>`) is the text of its `<t>`s, those
//!   in phonetic runs (`<rPh>`) left out, each trimmed of ASCII blanks
//!   unless `xml:space="preserve"`;
//! - a cell is at its `r`, or after the previous one; `<v>` is read by the
//!   cell's `t`; a number with a date style is a date; a formula keeps its
//!   text (shared: the anchor's) for a cell without a value.

mod scan;
use scan::Ev;

use super::{cells, Incoming, LongCache, Order, Seen, Shared, Val};
use quick_xml::events::BytesRef;
use std::collections::HashMap;
use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

type Zip = zip::ZipArchive<Cursor<Shared>>;

/// Why the reader stopped: it does not understand the file exactly.
#[derive(Debug)]
pub(crate) struct Declined;

type R<T> = Result<T, Declined>;

impl From<quick_xml::Error> for Declined {
    fn from(_: quick_xml::Error) -> Declined {
        Declined
    }
}

/// What a style's number format makes of a number (calamine's
/// `CellFormat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Other,
    DateTime,
    TimeDelta,
}

/// The parts of an .xlsx every sheet's read needs, parsed once.
pub(crate) struct Package {
    bytes: Shared,
    zip: Zip,
    /// Sheet names in workbook order, with their part's zip index.
    sheets: Vec<(String, usize)>,
    strings: Strings,
    /// The shared-string table's part and the count of strings it claims
    /// (`uniqueCount`, which calamine reserves room for).
    claim: Option<(String, u64)>,
    /// Per style (`s`), what its number format makes of a number.
    formats: Vec<Kind>,
    is_1904: bool,
    /// Set when a sheet's read declined: the ledger is read again by
    /// calamine.
    declined: AtomicBool,
}

/// A handle on a [`Package`] for one thread.
pub(crate) struct Fast {
    package: Arc<Package>,
    zip: Zip,
}

impl Fast {
    pub(crate) fn new(package: Arc<Package>) -> Fast {
        let zip = package.zip.clone();
        Fast { package, zip }
    }

    pub(crate) fn package(&self) -> &Arc<Package> {
        &self.package
    }

    /// The workbook's bytes, for calamine to read it instead.
    pub(crate) fn bytes(&self) -> Shared {
        self.package.bytes.clone()
    }

    pub(crate) fn sheet_names(&self) -> Vec<String> {
        self.package.sheets.iter().map(|(n, _)| n.clone()).collect()
    }

    pub(crate) fn is_1904(&self) -> bool {
        self.package.is_1904
    }

    pub(crate) fn declined(&self) -> bool {
        self.package.declined.load(Ordering::Relaxed)
    }

    /// Streams the cells of `sheet` into `f` as `super::Book::for_each_cell`
    /// does with calamine; `Err` after marking the package declined.
    pub(crate) fn for_each_cell(
        &mut self,
        sheet: &str,
        f: impl FnMut(u32, u32, Incoming),
    ) -> Result<(), String> {
        let package = &self.package;
        let Some(&(_, index)) = package.sheets.iter().find(|(n, _)| n == sheet) else {
            package.declined.store(true, Ordering::Relaxed);
            return Err(DECLINED.into());
        };
        let big = self
            .zip
            .by_index_raw(index)
            .is_ok_and(|part| part.size() >= PIPELINE_BYTES);
        let result = if big && crate::two_cores() {
            pipelined(&mut self.zip, index, package, f)
        } else {
            let mut sink = Direct {
                f,
                long: LongCache::default(),
                text: String::new(),
            };
            stream(&mut self.zip, index, package, &mut sink)
        };
        result.map_err(|Declined| {
            package.declined.store(true, Ordering::Relaxed);
            DECLINED.to_string()
        })
    }
}

/// The message of a declined read (never shown: calamine reads again).
pub(crate) const DECLINED: &str = "（由calamine重新读取）";

/// Zip names as calamine looks them up: ASCII lower case, `\` as `/`.
fn zip_names(zip: &Zip) -> HashMap<String, usize> {
    let mut names = HashMap::with_capacity(zip.len());
    for (i, name) in zip.file_names().enumerate() {
        if let Ok(name) = name {
            names.insert(name.replace('\\', "/").to_ascii_lowercase(), i);
        }
    }
    names
}

/// The attributes of a start tag as raw `(name, value)` pairs, values not
/// unescaped; a malformed one declines.
fn raw_attrs(raw: &str) -> impl Iterator<Item = R<(&str, &str)>> {
    let b = raw.as_bytes();
    let mut at = 0;
    // As calamine's attribute reader: ASCII white space, form feed included.
    let blank = |c: u8| c.is_ascii_whitespace();
    std::iter::from_fn(move || {
        while at < b.len() && blank(b[at]) {
            at += 1;
        }
        if at >= b.len() {
            return None;
        }
        // Only ASCII bytes are looked for, so every cut is a char boundary.
        let pair = (|| {
            let eq = at + memchr::memchr(b'=', &b[at..])?;
            let mut key_end = eq;
            while key_end > at && blank(b[key_end - 1]) {
                key_end -= 1;
            }
            let mut q = eq + 1;
            while q < b.len() && blank(b[q]) {
                q += 1;
            }
            let quote = *b.get(q).filter(|c| **c == b'"' || **c == b'\'')?;
            let end = q + 1 + memchr::memchr(quote, &b[q + 1..])?;
            Some((&raw[at..key_end], &raw[q + 1..end], end + 1))
        })();
        Some(match pair {
            Some((key, value, next)) if !key.is_empty() => {
                at = next;
                Ok((key, value))
            }
            _ => {
                at = b.len();
                Err(Declined)
            }
        })
    })
}

/// The raw values of the attributes `keys` (exact names), refusing a
/// malformed attribute or one given twice.
fn attrs<'e, const N: usize>(raw: &'e str, keys: [&str; N]) -> R<[Option<&'e str>; N]> {
    let mut out = [None; N];
    for a in raw_attrs(raw) {
        let (k, v) = a?;
        if let Some(i) = keys.iter().position(|key| same(key, k)) {
            if out[i].is_some() {
                return Err(Declined);
            }
            out[i] = Some(v);
        }
    }
    Ok(out)
}

/// An attribute value with its entities resolved (calamine's
/// `decode_attr`).
fn decode_attr(v: &str) -> R<String> {
    Ok(quick_xml::escape::unescape(v)
        .map_err(|_| Declined)?
        .into_owned())
}

/// Appends the text of a general entity reference (`&amp;`, `&#x4E2D;`).
fn push_ref(r: &str, out: &mut String) -> R<()> {
    if let Some(s) = quick_xml::escape::resolve_xml_entity(r) {
        out.push_str(s);
        return Ok(());
    }
    match BytesRef::new(r).resolve_char_ref()? {
        Some(c) => {
            out.push(c);
            Ok(())
        }
        None => Err(Declined),
    }
}

/// Appends a text node: its end-of-lines would be normalised by XML 1.0
/// (`\r`), which calamine does: declined instead.
fn push_text(t: &str, out: &mut String) -> R<()> {
    if t.as_bytes().contains(&b'\r') {
        return Err(Declined);
    }
    out.push_str(t);
    Ok(())
}

impl Package {
    /// Parses the package's relationships, workbook, styles and shared
    /// strings; `None` where this reader declines the file.
    pub(crate) fn open(bytes: Shared) -> Option<Package> {
        Package::parse(bytes).ok()
    }

    /// Refuses a shared-string table that claims far more strings than it
    /// holds (`super::shared_string_claim`): calamine, should it read the
    /// book after all, would reserve room for the claim.
    pub(crate) fn check_claim(&self) -> Result<(), String> {
        match &self.claim {
            Some((name, claimed)) => {
                super::shared_string_claim(name, *claimed, self.strings.ends.len() as u64)
            }
            None => Ok(()),
        }
    }

    fn parse(bytes: Shared) -> R<Package> {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes.clone())).map_err(|_| Declined)?;
        let names = zip_names(&zip);
        let find = |path: &str| names.get(&path.to_ascii_lowercase()).copied();
        let rels = find("_rels/.rels").ok_or(Declined)?;
        let target = office_document(&mut zip, rels)?;
        let (dir, name) = match target.rfind('/') {
            Some(i) => target.split_at(i + 1),
            None => ("", target.as_str()),
        };
        let xl = dir.strip_prefix('/').unwrap_or(dir).to_string();
        let workbook_name = if name.is_empty() {
            "workbook.xml"
        } else {
            name
        };
        let (strings, claim) = match find(&format!("{xl}sharedStrings.xml")) {
            Some(i) => shared_strings(&mut zip, i)?,
            None => (Strings::default(), None),
        };
        let formats = match find(&format!("{xl}styles.xml")) {
            Some(i) => styles(&mut zip, i)?,
            None => Vec::new(),
        };
        let rels = find(&format!("{xl}_rels/{workbook_name}.rels")).ok_or(Declined)?;
        let relationships = relationships(&mut zip, rels)?;
        let workbook = find(&format!("{xl}{workbook_name}")).ok_or(Declined)?;
        let (sheets, is_1904) = workbook_sheets(&mut zip, workbook, &relationships, &xl)?;
        let sheets = sheets
            .into_iter()
            .map(|(name, path)| Ok((name, find(&path).ok_or(Declined)?)))
            .collect::<R<Vec<_>>>()?;
        Ok(Package {
            bytes,
            zip,
            sheets,
            strings,
            claim,
            formats,
            is_1904,
            declined: AtomicBool::new(false),
        })
    }
}

/// The target of `_rels/.rels`'s officeDocument relationship.
fn office_document(zip: &mut Zip, index: usize) -> R<String> {
    let mut xml = scanner(zip, index)?;
    loop {
        match xml.next()? {
            Ev::Start(name, _) if same(local(name), "Relationships") => break,
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
    let mut target = None;
    loop {
        match xml.next()? {
            Ev::Start(name, raw) if same(local(name), "Relationship") => {
                let [typ, t] = attrs(raw, ["Type", "Target"])?;
                if typ.is_some_and(|t| t.ends_with("/relationships/officeDocument")) {
                    if let Some(t) = t {
                        target = Some(decode_attr(t)?);
                    }
                }
            }
            Ev::End(name) if same(local(name), "Relationships") => break,
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
    target.ok_or(Declined)
}

/// The workbook's relationships: id → (target, type), raw.
fn relationships(zip: &mut Zip, index: usize) -> R<HashMap<String, (String, String)>> {
    let mut xml = scanner(zip, index)?;
    let mut out = HashMap::new();
    loop {
        match xml.next()? {
            Ev::Start(name, raw) if same(local(name), "Relationship") => {
                let [id, typ, target] = attrs(raw, ["Id", "Type", "Target"])?;
                if let Some(id) = id {
                    out.insert(
                        id.to_string(),
                        (
                            target.unwrap_or_default().to_string(),
                            typ.unwrap_or_default().to_string(),
                        ),
                    );
                }
            }
            Ev::End(name) if same(local(name), "Relationships") => return Ok(out),
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
}

/// The workbook's sheets (name, part path) and its date system. Only
/// worksheets: a chart or dialog sheet declines.
fn workbook_sheets(
    zip: &mut Zip,
    index: usize,
    relationships: &HashMap<String, (String, String)>,
    xl: &str,
) -> R<(Vec<(String, String)>, bool)> {
    let mut xml = scanner(zip, index)?;
    let mut bufs = Bufs::default();
    let mut sheets = Vec::new();
    let mut is_1904 = false;
    loop {
        let (name, raw) = match xml.next()? {
            Ev::Start(name, raw) => (name, raw),
            Ev::End(name) if same(local(name), "workbook") => return Ok((sheets, is_1904)),
            Ev::Eof => return Err(Declined),
            _ => continue,
        };
        match local(name) {
            "sheet" => {
                let mut sheet = String::new();
                let mut rel_id = "";
                for a in raw_attrs(raw) {
                    let (k, v) = a?;
                    match k {
                        "name" => sheet = decode_attr(v)?,
                        "state" if !matches!(v, "visible" | "hidden" | "veryHidden") => {
                            return Err(Declined)
                        }
                        k if k == "id" || k.ends_with(":id") => rel_id = v,
                        _ => {}
                    }
                }
                let (target, typ) = relationships.get(rel_id).ok_or(Declined)?;
                if typ.split('/').next_back() != Some("worksheet") {
                    return Err(Declined);
                }
                let path = match target.strip_prefix('/') {
                    Some(abs) => abs.to_string(),
                    None => format!("{xl}{target}"),
                };
                sheets.push((sheet, path));
            }
            "workbookPr" => {
                let [date1904] = attrs(raw, ["date1904"])?;
                if let Some(v) = date1904 {
                    is_1904 = v == "1" || v == "true";
                }
            }
            "definedName" => {
                // Read as calamine reads it (its name and text must decode),
                // and not kept.
                let [defined] = attrs(raw, ["name"])?;
                if let Some(defined) = defined {
                    decode_attr(defined)?;
                    copy(&mut bufs.name, name);
                    bufs.value.clear();
                    content(&mut xml, &bufs.name, &mut bufs.value, true)?;
                }
            }
            _ => {}
        }
    }
}

/// Per style, what its number format makes of a number.
fn styles(zip: &mut Zip, index: usize) -> R<Vec<Kind>> {
    let mut xml = scanner(zip, index)?;
    let mut custom: HashMap<String, String> = HashMap::new();
    let mut formats = Vec::new();
    loop {
        match xml.next()? {
            Ev::Start(name, _) if same(local(name), "numFmts") => loop {
                match xml.next()? {
                    Ev::Start(name, raw) if same(local(name), "numFmt") => {
                        if let [Some(id), Some(code)] = attrs(raw, ["numFmtId", "formatCode"])? {
                            custom.insert(id.to_string(), decode_attr(code)?);
                        }
                    }
                    Ev::End(name) if same(local(name), "numFmts") => break,
                    Ev::Eof => return Err(Declined),
                    _ => {}
                }
            },
            Ev::Start(name, _) if same(local(name), "cellXfs") => loop {
                match xml.next()? {
                    Ev::Start(name, raw) if same(local(name), "xf") => {
                        let [id] = attrs(raw, ["numFmtId"])?;
                        formats.push(id.map_or(Kind::Other, |id| match custom.get(id) {
                            Some(code) => custom_format_kind(code),
                            None => builtin_format_kind(id),
                        }));
                        // Its content (alignment, protection) is skipped.
                        loop {
                            match xml.next()? {
                                Ev::End(name) if same(local(name), "xf") => break,
                                Ev::Eof => return Err(Declined),
                                _ => {}
                            }
                        }
                    }
                    Ev::End(name) if same(local(name), "cellXfs") => break,
                    Ev::Eof => return Err(Declined),
                    _ => {}
                }
            },
            Ev::End(name) if same(local(name), "styleSheet") => return Ok(formats),
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
}

/// Whether a custom number format shows a date or a duration (calamine's
/// `detect_custom_number_format`, MIT, © Johann Tuffe).
fn custom_format_kind(format: &str) -> Kind {
    let mut escaped = false;
    let mut is_quote = false;
    let mut brackets = 0u8;
    let mut prev = ' ';
    let mut hms = false;
    let mut ap = false;
    for s in format.chars() {
        match (s, escaped, is_quote, ap, brackets) {
            (_, true, ..) => escaped = false,
            ('_' | '\\' | '*', ..) => escaped = true,
            ('"', _, true, _, _) => is_quote = false,
            (_, _, true, _, _) => (),
            ('"', _, _, _, _) => is_quote = true,
            (';', ..) => return Kind::Other,
            ('[', ..) => brackets += 1,
            (']', .., 1) if hms => return Kind::TimeDelta,
            (']', ..) => brackets = brackets.saturating_sub(1),
            ('a' | 'A', _, _, false, 0) => ap = true,
            ('p' | 'm' | '/' | 'P' | 'M', _, _, true, 0) => return Kind::DateTime,
            ('d' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S', _, _, false, 0) => {
                return Kind::DateTime
            }
            _ => {
                if hms && s.eq_ignore_ascii_case(&prev) {
                    // still in [hh], [mm] or [ss]
                } else {
                    hms = prev == '[' && matches!(s, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
                }
            }
        }
        prev = s;
    }
    Kind::Other
}

/// The built-in number formats by id (calamine's `builtin_format_by_id`).
fn builtin_format_kind(id: &str) -> Kind {
    match id {
        "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "45" | "47" => {
            Kind::DateTime
        }
        "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "50" | "51"
        | "52" | "53" | "54" | "55" | "56" | "57" | "58" => Kind::DateTime,
        "46" => Kind::TimeDelta,
        _ => Kind::Other,
    }
}

/// The shared-string table: every string in one text (no allocation per
/// string), each ending where its entry of `ends` says.
#[derive(Default)]
struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] as usize,
        };
        Some(&self.text[start..end])
    }
}

/// The shared strings, and the part's name with the count it claims.
fn shared_strings(zip: &mut Zip, index: usize) -> R<(Strings, Option<(String, u64)>)> {
    let name = zip
        .name_for_index(index)
        .ok_or(Declined)?
        .map_err(|_| Declined)?
        .to_string();
    let mut xml = scanner(zip, index)?;
    let mut strings = Strings::default();
    let claim;
    loop {
        match xml.next()? {
            Ev::Start(name, raw) if same(local(name), "sst") => {
                let [count] = attrs(raw, ["uniqueCount"])?;
                claim = count.and_then(|c| c.trim().parse::<u64>().ok());
                if let Some(n) = claim {
                    // The declared size of the part bounds the table (the
                    // zip check): never reserve more than it can hold.
                    strings.ends.reserve((n as usize).min(1 << 20));
                }
                break;
            }
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
    let mut bufs = Bufs::default();
    let mut closing = String::new();
    loop {
        match xml.next()? {
            Ev::Start(name, _) if same(local(name), "si") => {
                copy(&mut closing, name);
                read_string(&mut xml, &closing, &mut bufs, &mut strings.text)?;
                let end = u32::try_from(strings.text.len()).map_err(|_| Declined)?;
                strings.ends.push(end);
            }
            Ev::End(name) if same(local(name), "sst") => break,
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
    Ok((strings, claim.map(|n| (name, n))))
}

/// A worksheet or shared-string part, read by [`scan::Scanner`].
type Part<'z> = scan::Scanner<zip::read::ZipFile<'z, Cursor<Shared>>>;

fn scanner(zip: &mut Zip, index: usize) -> R<Part<'_>> {
    Ok(scan::Scanner::new(
        zip.by_index(index).map_err(|_| Declined)?,
    ))
}

/// Sets `to` to `name` (an element's name kept while its content is read).
fn copy(to: &mut String, name: &str) {
    to.clear();
    to.push_str(name);
}

#[derive(Default)]
struct Bufs {
    /// The name of the element whose content is read.
    name: String,
    value: String,
}

/// Appends the text of an element up to its end `name`: text, and
/// references when `refs`; anything else declines.
fn content(xml: &mut Part<'_>, name: &str, out: &mut String, refs: bool) -> R<()> {
    loop {
        match xml.next()? {
            Ev::Text(t) => push_text(t, out)?,
            Ev::Ref(r) if refs => push_ref(r, out)?,
            Ev::End(end) if same(end, name) => return Ok(()),
            _ => return Err(Declined),
        }
    }
}

/// A string element (`<si>`, `<is>`) up to its end `closing`, appended to
/// `out`: its `<t>`s but those of phonetic runs, each trimmed of ASCII
/// blanks unless `xml:space="preserve"` (calamine's
/// `read_string_with_bufs`, whose rich-text buffer comes to the same
/// concatenation).
fn read_string(xml: &mut Part<'_>, closing: &str, bufs: &mut Bufs, out: &mut String) -> R<()> {
    let mut phonetic = false;
    loop {
        match xml.next()? {
            Ev::Start(name, raw) => {
                let l = local(name);
                if same(l, "rPh") {
                    phonetic = true;
                } else if same(l, "t") && !phonetic {
                    let [space] = attrs(raw, ["xml:space"])?;
                    let preserve = space == Some("preserve");
                    copy(&mut bufs.name, name);
                    bufs.value.clear();
                    content(xml, &bufs.name, &mut bufs.value, true)?;
                    // Excel's `_xHHHH_` escapes: calamine's to unescape.
                    if has_x_escape(&bufs.value) {
                        return Err(Declined);
                    }
                    out.push_str(if preserve {
                        &bufs.value
                    } else {
                        trim_blanks(&bufs.value)
                    });
                }
            }
            Ev::End(name) if same(name, closing) => return Ok(()),
            Ev::End(name) if same(local(name), "rPh") => phonetic = false,
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
}

/// An element's name without its namespace prefix (`x:c` → `c`), found by
/// bytes (quick-xml's `local_name` searches by char).
fn local(name: &str) -> &str {
    match name.bytes().position(|c| c == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// `s` without leading and trailing ASCII blanks (space, tab, CR, LF), as
/// calamine trims; by bytes, which in UTF-8 never mistake a blank.
fn trim_blanks(s: &str) -> &str {
    let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    let b = s.as_bytes();
    let start = b.iter().position(|c| !blank(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !blank(c)).map_or(start, |i| i + 1);
    &s[start..end]
}

/// `a == b` without a call to `memcmp`: names here are a few bytes long.
#[inline]
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// Whether `s` may hold one of Excel's `_xHHHH_` escapes.
fn has_x_escape(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter()
        .enumerate()
        .any(|(i, &c)| c == b'_' && b.get(i + 1) == Some(&b'x'))
}

/// A `(row, column)` reference such as `AB12`, 0-based (calamine's
/// `get_row_column`; a reference without letters or digits declines).
fn row_column(r: &str) -> R<(u32, u32)> {
    let b = r.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 3 {
        return Err(Declined);
    }
    let mut col: u32 = 0;
    for c in &b[..letters] {
        col = col * 26 + u32::from(c.to_ascii_uppercase() - b'A') + 1;
    }
    Ok((row_number(&r[letters..])?, col - 1))
}

/// A range such as `A1:H9` or `A1` (calamine's `get_dimension`); one that
/// ends before it starts declines.
fn range(r: &str) -> R<()> {
    match r.split_once(':') {
        None => row_column(r).map(|_| ()),
        Some((a, b)) => {
            let (start, end) = (row_column(a)?, row_column(b)?);
            if end.0 < start.0 || end.1 < start.1 {
                return Err(Declined);
            }
            Ok(())
        }
    }
}

/// A 1-based row number (at most Excel's 1,048,576), 0-based.
fn row_number(s: &str) -> R<u32> {
    if s.is_empty() || s.len() > 7 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Err(Declined);
    }
    let n: u32 = s.parse().map_err(|_| Declined)?;
    match n {
        1..=1_048_576 => Ok(n - 1),
        _ => Err(Declined),
    }
}

/// A number as Excel, WPS and LibreOffice write one: `-?d+(.d+)?(E[+-]?d+)?`.
fn number(v: &str) -> R<f64> {
    let b = v.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if !digits(&mut i) {
        return Err(Declined);
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return Err(Declined);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return Err(Declined);
        }
    }
    if i != b.len() {
        return Err(Declined);
    }
    v.parse().map_err(|_| Declined)
}

/// A cell's value as calamine gives it, before `val_of_ref`.
enum Value<'p> {
    Empty,
    Shared(&'p str),
    /// An inline string, at these bytes of the sink's text.
    Inline(usize, usize),
    Val(Val),
}

/// A cell as [`stream`] hands it on.
enum Cell<'p> {
    /// A reference given before ([`Seen::Again`]).
    Again,
    Shared(&'p str),
    /// An inline string, at these bytes of the sink's text.
    Inline(usize, usize),
    Val(Val),
}

/// Where [`stream`] hands on a sheet's cells.
trait Sink<'p> {
    /// The text inline strings are appended to.
    fn text(&mut self) -> &mut String;
    /// A cell; `Err` stops the stream.
    fn cell(&mut self, r: u32, c: u32, cell: Cell<'p>) -> R<()>;
}

/// Hands a cell on as `super::Book::for_each_cell` does (`stream_cells!`).
fn deliver(
    f: &mut impl FnMut(u32, u32, Incoming),
    long: &mut LongCache,
    text: &str,
    r: u32,
    c: u32,
    cell: Cell<'_>,
) {
    let v = match cell {
        Cell::Again => return f(r, c, Incoming::Again),
        Cell::Shared(s) => long.val(s),
        Cell::Inline(a, b) => cells::text_val(&text[a..b]),
        Cell::Val(v) => v,
    };
    f(r, c, Incoming::Value(v));
}

/// The cells handed straight on, on this thread.
struct Direct<F> {
    f: F,
    long: LongCache,
    text: String,
}

impl<'p, F: FnMut(u32, u32, Incoming)> Sink<'p> for Direct<F> {
    fn text(&mut self) -> &mut String {
        &mut self.text
    }

    fn cell(&mut self, r: u32, c: u32, cell: Cell<'p>) -> R<()> {
        deliver(&mut self.f, &mut self.long, &self.text, r, c, cell);
        self.text.clear();
        Ok(())
    }
}

/// Uncompressed size from which a sheet is parsed on a thread of its own
/// while this one checks its rows ([`pipelined`]): about 5,000 热线工单
/// rows. Every sheet in unit tests, so that the whole suite goes through
/// it.
#[cfg(not(test))]
const PIPELINE_BYTES: u64 = 2 << 20;
#[cfg(test)]
const PIPELINE_BYTES: u64 = 1;
/// Cells in a batch handed from the parsing thread, and batches in flight.
#[cfg(not(test))]
const BATCH_CELLS: usize = 4096;
#[cfg(test)]
const BATCH_CELLS: usize = 5;
const BATCHES: usize = 4;
/// A batch is handed on early once its text holds this many bytes.
const BATCH_TEXT: usize = 1 << 20;

/// Cells parsed on one thread for another. Their inline strings are in
/// `text`, and batches go back to the parser to be filled again: memory
/// is allocated and freed on the thread that owns it (freeing on one
/// thread what another allocated costs glibc more than the overlap gains).
#[derive(Default)]
struct Batch<'p> {
    cells: Vec<(u32, u32, Cell<'p>)>,
    text: String,
}

/// The parsing thread's sink: fills batches and sends them.
struct Batcher<'p> {
    batch: Batch<'p>,
    full: std::sync::mpsc::SyncSender<Batch<'p>>,
    empty: std::sync::mpsc::Receiver<Batch<'p>>,
}

impl<'p> Batcher<'p> {
    fn send(&mut self) -> R<()> {
        let next = self.empty.try_recv().unwrap_or_default();
        let batch = std::mem::replace(&mut self.batch, next);
        // The receiving thread stopped (it panicked): so does this one.
        self.full.send(batch).map_err(|_| Declined)
    }
}

impl<'p> Sink<'p> for Batcher<'p> {
    fn text(&mut self) -> &mut String {
        &mut self.batch.text
    }

    fn cell(&mut self, r: u32, c: u32, cell: Cell<'p>) -> R<()> {
        if self.batch.cells.capacity() == 0 {
            self.batch.cells.reserve_exact(BATCH_CELLS);
        }
        self.batch.cells.push((r, c, cell));
        if self.batch.cells.len() >= BATCH_CELLS || self.batch.text.len() >= BATCH_TEXT {
            self.send()?;
        }
        Ok(())
    }
}

/// [`stream`] on a thread of its own, handing batches of cells to this
/// one, which hands them to `f`: 热线工单's XML is parsed while its rows
/// are checked. The cells reach `f` in the same order, the same values, and
/// the same outcome (a decline after the cells before it), as one thread
/// would hand them.
fn pipelined(
    zip: &mut Zip,
    index: usize,
    package: &Package,
    mut f: impl FnMut(u32, u32, Incoming),
) -> R<()> {
    let (full, batches) = std::sync::mpsc::sync_channel::<Batch<'_>>(BATCHES);
    let (back, empty) = std::sync::mpsc::channel::<Batch<'_>>();
    std::thread::scope(|scope| {
        let parser = scope.spawn(move || {
            super::catch_panic(|| {
                let mut sink = Batcher {
                    batch: Batch::default(),
                    full,
                    empty,
                };
                let result = stream(zip, index, package, &mut sink);
                if !sink.batch.cells.is_empty() {
                    let _ = sink.send();
                }
                result
            })
        });
        let mut long = LongCache::default();
        for mut batch in batches {
            for (r, c, cell) in batch.cells.drain(..) {
                deliver(&mut f, &mut long, &batch.text, r, c, cell);
            }
            batch.text.clear();
            // The parser may be done already: nothing left to refill.
            let _ = back.send(batch);
        }
        match parser.join() {
            Ok(Ok(result)) => result,
            // A panic in ksfk's reader on the parsing thread, caught
            // there: raised again here, where the read catches it.
            Ok(Err(at)) => super::panic_again(at),
            Err(_) => super::panic_again("ksfk xlsx parser".into()),
        }
    })
}

/// A cell's type (`t`), kept while its content is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Type {
    /// No `t`: a number (or calamine's text fallback, declined here).
    None,
    N,
    S,
    B,
    E,
    Str,
    D,
    /// `inlineStr` or `is`: the value is in `<is>`, a `<v>` is ignored.
    Inline,
    /// Any other `t`: calamine refuses a `<v>` in such a cell.
    Unknown,
}

impl Type {
    fn of(t: Option<&str>) -> Type {
        match t.map(str::as_bytes) {
            None => Type::None,
            Some([b'n']) => Type::N,
            Some([b's']) => Type::S,
            Some([b'b']) => Type::B,
            Some([b'e']) => Type::E,
            Some([b's', b't', b'r']) => Type::Str,
            Some([b'd']) => Type::D,
            Some(b"inlineStr" | b"is") => Type::Inline,
            Some(_) => Type::Unknown,
        }
    }
}

/// Streams one worksheet's cells (calamine's `XlsxCellReader` with
/// `next_cell_with_formula_metadata`, and `stream_cells!`).
fn stream<'p>(
    zip: &mut Zip,
    index: usize,
    package: &'p Package,
    sink: &mut impl Sink<'p>,
) -> R<()> {
    let mut xml = scanner(zip, index)?;
    loop {
        match xml.next()? {
            Ev::Start(name, raw) => match local(name) {
                "dimension" => {
                    let [r] = attrs(raw, ["ref"])?;
                    range(r.ok_or(Declined)?)?;
                }
                "sheetData" => break,
                _ => {}
            },
            Ev::Eof => return Err(Declined),
            _ => {}
        }
    }
    let mut order = Order::default();
    let mut bufs = Bufs::default();
    let mut closing = String::new();
    let (mut row, mut col) = (0u32, 0u32);
    loop {
        let (pos, kind, t) = match xml.next()? {
            Ev::End(name) => {
                // Slice patterns, not string ones: no call to memcmp.
                match local(name).as_bytes() {
                    [b'r', b'o', b'w'] => {
                        row = row.checked_add(1).ok_or(Declined)?;
                        col = 0;
                    }
                    [b's', b'h', b'e', b'e', b't', b'D', b'a', b't', b'a'] => return Ok(()),
                    _ => {}
                }
                continue;
            }
            Ev::Start(name, raw) => match local(name).as_bytes() {
                [b'c'] => {
                    let [r, s, t] = attrs(raw, ["r", "s", "t"])?;
                    let pos = match r {
                        Some(r) => {
                            let pos = row_column(r)?;
                            col = pos.1;
                            pos
                        }
                        None => (row, col),
                    };
                    let kind = match s {
                        Some(s) => {
                            if s.is_empty() || s.len() > 9 || !s.bytes().all(|c| c.is_ascii_digit())
                            {
                                return Err(Declined);
                            }
                            let id: usize = s.parse().map_err(|_| Declined)?;
                            package.formats.get(id).copied()
                        }
                        None => Some(Kind::Other),
                    };
                    (pos, kind, Type::of(t))
                }
                [b'r', b'o', b'w'] => {
                    let [r] = attrs(raw, ["r"])?;
                    if let Some(r) = r {
                        row = row_number(r)?;
                    }
                    continue;
                }
                _ => continue,
            },
            Ev::Eof => return Err(Declined),
            _ => continue,
        };
        let mut value = Value::Empty;
        let mut formula: Option<Option<String>> = None;
        let mark = sink.text().len();
        loop {
            match xml.next()? {
                Ev::Start(name, raw) => match local(name).as_bytes() {
                    [b'f'] => {
                        let shared = formula_kind(raw)?;
                        copy(&mut bufs.name, name);
                        bufs.value.clear();
                        content(&mut xml, &bufs.name, &mut bufs.value, true)?;
                        formula = Some(match shared {
                            // A cell sharing another's formula: no text.
                            Some(false) => None,
                            _ => Some(formula_start(&bufs.value)),
                        });
                    }
                    [b'i', b's'] => {
                        copy(&mut closing, name);
                        let text = sink.text();
                        let start = text.len();
                        read_string(&mut xml, &closing, &mut bufs, text)?;
                        value = Value::Inline(start, text.len());
                    }
                    [b'v'] => {
                        copy(&mut bufs.name, name);
                        value = read_v(&mut xml, t, kind, package, &mut bufs, sink.text())?;
                    }
                    // calamine: "expected v, f, or is".
                    _ => return Err(Declined),
                },
                Ev::End(name) if same(local(name), "c") => break,
                Ev::Eof => return Err(Declined),
                _ => {}
            }
        }
        col = col.checked_add(1).ok_or(Declined)?;
        let (r, c) = pos;
        let cell = match order.see(r, c) {
            Seen::Skip => None,
            Seen::Again => Some(Cell::Again),
            Seen::New => match (value, formula) {
                (Value::Empty, Some(formula)) => Some(Cell::Val(Val::Formula(formula))),
                (Value::Empty, None) => None,
                (Value::Shared(s), _) => Some(Cell::Shared(s)),
                (Value::Inline(a, b), _) => Some(Cell::Inline(a, b)),
                (Value::Val(v), _) => Some(Cell::Val(v)),
            },
        };
        match cell {
            Some(cell) => sink.cell(r, c, cell)?,
            // Text read for a cell that hands nothing on is dropped.
            None => sink.text().truncate(mark),
        }
    }
}

/// What a `<f>`'s attributes make of it: `None` a formula of its own,
/// `Some(true)` a shared formula's anchor (with its range), `Some(false)` a
/// cell sharing another's (calamine's `read_formula_record`).
fn formula_kind(raw: &str) -> R<Option<bool>> {
    let [t, si, reference] = attrs(raw, ["t", "si", "ref"])?;
    if t != Some("shared") {
        return Ok(None);
    }
    let si = si.ok_or(Declined)?;
    if si.is_empty() || !si.bytes().all(|c| c.is_ascii_digit()) || si.len() > 9 {
        return Err(Declined);
    }
    match reference {
        Some(reference) => {
            range(reference)?;
            Ok(Some(true))
        }
        None => Ok(Some(false)),
    }
}

fn formula_start(f: &str) -> String {
    f.chars().take(cells::SHOWN_CHARS).collect()
}

/// A `<v>` (its name in `bufs.name`) read by the cell's type (calamine's
/// `read_value` and `read_v`).
fn read_v<'p>(
    xml: &mut Part<'_>,
    t: Type,
    kind: Option<Kind>,
    package: &'p Package,
    bufs: &mut Bufs,
    text: &mut String,
) -> R<Value<'p>> {
    bufs.value.clear();
    if t == Type::Inline {
        // Ignored, as calamine ignores it: skipped to its end.
        content(xml, &bufs.name, &mut bufs.value, true)?;
        return Ok(Value::Empty);
    }
    // calamine reads the raw types from the first text node alone: only
    // plain text (no reference) reads the same both ways.
    let raw = matches!(t, Type::N | Type::S | Type::B | Type::E | Type::None);
    content(xml, &bufs.name, &mut bufs.value, !raw)?;
    let v = bufs.value.as_str();
    match t {
        Type::S => {
            if v.is_empty() {
                return Ok(Value::Empty);
            }
            if !v.bytes().all(|c| c.is_ascii_digit()) || v.len() > 18 {
                return Err(Declined);
            }
            let i: usize = v.parse().map_err(|_| Declined)?;
            package.strings.get(i).map(Value::Shared).ok_or(Declined)
        }
        Type::B => match v {
            "" => Ok(Value::Empty),
            "0" => Ok(Value::Val(Val::Bool(false))),
            "1" => Ok(Value::Val(Val::Bool(true))),
            _ => Err(Declined),
        },
        Type::E => v
            .parse::<calamine::CellErrorType>()
            .map(|e| Value::Val(Val::Error(e.to_string())))
            .map_err(|_| Declined),
        Type::D => Ok(Value::Val(Val::IsoDate(v.to_string()))),
        Type::Str => {
            if has_x_escape(v) {
                return Err(Declined);
            }
            let start = text.len();
            text.push_str(v);
            Ok(Value::Inline(start, text.len()))
        }
        Type::N | Type::None => {
            if v.is_empty() {
                return Ok(Value::Empty);
            }
            let n = number(v)?;
            use calamine::{ExcelDateTime, ExcelDateTimeType as T};
            Ok(Value::Val(match kind {
                Some(Kind::DateTime) => {
                    super::date_val(&ExcelDateTime::new(n, T::DateTime, package.is_1904))
                }
                Some(Kind::TimeDelta) => {
                    super::date_val(&ExcelDateTime::new(n, T::TimeDelta, package.is_1904))
                }
                _ => Val::Float(n),
            }))
        }
        Type::Inline | Type::Unknown => Err(Declined),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every cell of every sheet, as `(row, column, what)` lines, read on
    /// this thread or parsed on another, and whether the sheet was read
    /// whole.
    fn cells_of(bytes: &[u8], on_another_thread: bool) -> Vec<(Vec<String>, bool)> {
        let package = Package::open(Shared(Arc::new(bytes.to_vec()))).unwrap();
        let mut zip = package.zip.clone();
        let mut sheets = Vec::new();
        for &(_, index) in &package.sheets {
            let mut lines = Vec::new();
            let f = |r: u32, c: u32, v: Incoming| lines.push(format!("{r} {c} {v:?}"));
            let whole = if on_another_thread {
                pipelined(&mut zip, index, &package, f)
            } else {
                let mut sink = Direct {
                    f,
                    long: LongCache::default(),
                    text: String::new(),
                };
                stream(&mut zip, index, &package, &mut sink)
            }
            .is_ok();
            sheets.push((lines, whole));
        }
        sheets
    }

    /// A sheet parsed on a thread of its own hands on the same cells, in the
    /// same order, with the same outcome, as one read on this thread: valid
    /// workbooks, the quirks, and a sheet whose XML breaks off (its cells
    /// before the break, then a decline).
    #[test]
    fn a_sheet_parsed_on_another_thread_hands_on_the_same_cells() {
        use crate::ledger::tests::{bad_ledger, meetings_xml, with_sheet, QUIRKS};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |p: &str| std::fs::read(root.join(p)).unwrap();
        let meetings = crate::schema::MEETINGS;
        let broken = r#"<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v>"#;
        let books = [
            read("examples/ledger-2017.xlsx"),
            read("fixtures/full-libreoffice.xlsx"),
            read("fixtures/formulas.xlsx"),
            with_sheet(&bad_ledger(0), meetings, &meetings_xml("", QUIRKS)),
            with_sheet(&bad_ledger(0), meetings, &meetings_xml("", broken)),
        ];
        for (i, bytes) in books.iter().enumerate() {
            let one = cells_of(bytes, false);
            let two = cells_of(bytes, true);
            assert_eq!(one, two, "book {i}");
            let cells: usize = one.iter().map(|(lines, _)| lines.len()).sum();
            assert!(cells > 20, "book {i}: {cells} cells");
            let declined = one.iter().filter(|(_, whole)| !whole).count();
            assert_eq!(declined, usize::from(i == 4), "book {i}");
        }
        // The broken sheet hands on its header and A2, the last whole cell,
        // before it declines.
        let (lines, _) = &cells_of(&books[4], true)[crate::schema::SHEETS
            .iter()
            .position(|s| s.name == meetings)
            .unwrap()];
        assert_eq!(lines.len(), 5, "{lines:?}");
        assert_eq!(lines[4], "1 0 Value(Float(1.0))");
    }

    #[test]
    fn references_read_as_calamine_reads_them_or_decline() {
        assert_eq!(row_column("A1").unwrap(), (0, 0));
        assert_eq!(row_column("ab12").unwrap(), (11, 27));
        assert_eq!(row_column("XFD1048576").unwrap(), (1_048_575, 16_383));
        for bad in ["", "A", "1", "A0", "A1048577", "AAAA1", "A1B", "A-1", "Ａ1"] {
            assert!(row_column(bad).is_err(), "{bad}");
        }
        assert!(range("A1:H9").is_ok() && range("B2").is_ok());
        for bad in ["B2:A9", "A9:B2", "A1:B2:C3", "A1:"] {
            assert!(range(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn blanks_are_trimmed_as_calamine_trims_them() {
        for s in [
            "",
            " ",
            " a ",
            "\t中 文\r\n",
            "\u{a0}a\u{a0}",
            "a",
            " \u{3000}x\u{3000} ",
        ] {
            assert_eq!(
                trim_blanks(s),
                s.trim_matches([' ', '\t', '\r', '\n']),
                "{s:?}"
            );
        }
    }

    #[test]
    fn numbers_as_spreadsheets_write_them_or_decline() {
        assert_eq!(number("42").unwrap(), 42.0);
        assert_eq!(number("-0.5").unwrap(), -0.5);
        assert_eq!(number("1.5E-3").unwrap(), 0.0015);
        assert_eq!(
            number("42795.999988425923").unwrap(),
            "42795.999988425923".parse::<f64>().unwrap()
        );
        for bad in [
            "", "-", ".5", "5.", "1e", " 1", "1 ", "+1", "inf", "NaN", "1,5", "0x10",
        ] {
            assert!(number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn date_formats_are_told_as_calamine_tells_them() {
        assert_eq!(custom_format_kind("yyyy/m/d"), Kind::DateTime);
        assert_eq!(
            custom_format_kind("yyyy\"年\"m\"月\"d\"日\""),
            Kind::DateTime
        );
        assert_eq!(custom_format_kind("[h]:mm:ss"), Kind::TimeDelta);
        assert_eq!(custom_format_kind("0.00_);[Red](0.00)"), Kind::Other);
        assert_eq!(custom_format_kind("\"d\"0"), Kind::Other);
        assert_eq!(builtin_format_kind("14"), Kind::DateTime);
        assert_eq!(builtin_format_kind("58"), Kind::DateTime);
        assert_eq!(builtin_format_kind("46"), Kind::TimeDelta);
        assert_eq!(builtin_format_kind("0"), Kind::Other);
    }
}
