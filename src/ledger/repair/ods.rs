//! .ods: whitespace between the cells of a row (Gnumeric, SheetJS, odfdo
//! indent their XML), which calamine refuses, taken out.

use super::*;
use std::io::{BufRead, BufReader};

/// An .ods whose content.xml has text between the elements of its tables
/// (whitespace that indents the XML, as Gnumeric and SheetJS write it),
/// made readable: calamine 0.38 (ods.rs, `read_row`) expects nothing but
/// `table:table-cell` elements inside a `table:table-row`, and refused the
/// file (`Expecting 'table-cell', found 'Text(…)'`); and inside a string
/// cell it adds the indentation around the cell's `text:p` to the value.
/// Whitespace-only text in a table row but outside a paragraph (`text:p`,
/// `text:h`), and comments and processing instructions there, are
/// removed: in ODF such text is not content, so the values stay as
/// written. Text inside paragraphs, and anything outside table rows (which
/// calamine reads past), is kept as it is; a file with nothing to remove
/// (LibreOffice's) is returned unchanged.
pub(crate) fn ods(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    let index = {
        let Ok(zip) = zip::ZipArchive::new(Cursor::new(bytes.as_slice())) else {
            return Ok(bytes);
        };
        // calamine reads `content.xml` by its exact name.
        match zip.index_for_name("content.xml") {
            Some(i) => i,
            None => return Ok(bytes),
        }
    };
    let needed = {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes.as_slice()))
            .map_err(|e| unreadable("文件已损坏", e))?;
        let content = zip
            .by_index(index)
            .map_err(|e| unreadable("文件已损坏", e))?;
        strip_ods_text(BufReader::new(content), None)?
    };
    if !needed {
        return Ok(bytes);
    }
    rezip(&bytes, &[index], |_, from, to| {
        strip_ods_text(BufReader::new(from), Some(to)).map(|_| ())
    })
}

/// Copies content.xml from `from` to `to` without the text calamine
/// cannot read ([`ods`]); with no `to`, only tells whether there is any.
pub(super) fn strip_ods_text(
    from: impl BufRead,
    mut to: Option<&mut dyn Write>,
) -> Result<bool, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(from);
    let config = reader.config_mut();
    config.trim_text(false);
    config.check_end_names = false;
    config.check_comments = false;
    config.expand_empty_elements = false;
    let mut writer = to.as_mut().map(quick_xml::Writer::new);
    let mut buf = Vec::new();
    // Rows and paragraphs open around the current event.
    let (mut rows, mut paragraphs) = (0usize, 0usize);
    let mut found = false;
    let is_paragraph = |name: &str| name == "text:p" || name == "text:h";
    let is_row = |name: &str| name == "table:table-row";
    loop {
        buf.clear();
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| unreadable("content.xml 不是有效的XML", e))?;
        let drop = match &event {
            Event::Eof => break,
            Event::Start(e) => {
                let name = e.name();
                paragraphs += usize::from(is_paragraph(name.as_ref()));
                rows += usize::from(is_row(name.as_ref()));
                false
            }
            Event::End(e) => {
                let name = e.name();
                if is_paragraph(name.as_ref()) {
                    paragraphs = paragraphs.saturating_sub(1);
                }
                if is_row(name.as_ref()) {
                    rows = rows.saturating_sub(1);
                }
                false
            }
            Event::Text(t) if rows > 0 && paragraphs == 0 => {
                t.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
            }
            Event::Comment(_) | Event::PI(_) => rows > 0 && paragraphs == 0,
            _ => false,
        };
        found |= drop;
        match writer.as_mut() {
            None if found => return Ok(true),
            None => {}
            Some(_) if drop => {}
            Some(w) => w
                .write_event(event)
                .map_err(|e| unreadable("无法写出修正后的内容", e))?,
        }
    }
    Ok(found)
}

// ---------------------------------------------------------------------------
// .xlsb
