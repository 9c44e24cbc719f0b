// ksfk patch (KSFK-PATCH.md, 2): the cell data of a "constant memory"
// worksheet, deflated as it is written, and put into the xlsx still
// compressed.
//
// The rows of a constant memory worksheet used to go to their temporary
// file as XML, to be read back and deflated when the workbook was saved:
// for ksfk's large sheets hundreds of megabytes through the page cache,
// deflated on the one thread that saves. Here the rows are deflated as
// they come, on the thread that writes them, into a raw deflate stream
// that ends with a sync flush (byte-aligned, not final). At save, the
// sheet's start and end XML are deflated the same way (the end as the
// final block) and the three pieces, one valid deflate stream, become the
// sheet's zip entry: the CRC-32 of the XML is combined from the pieces',
// and the entry is copied into the workbook's zip with
// `ZipWriter::raw_copy_file` from a one-entry archive made around them.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

use flate2::{Compress, Compression, FlushCompress};

/// Input gathered before each call to the deflater.
const INPUT: usize = 32 << 10;
/// Deflated bytes gathered before each write to the file.
const OUTPUT: usize = 64 << 10;

/// The deflated cell data of a worksheet, in a temporary file.
///
/// The deflater (about 300 KB of state) and the buffers exist only while
/// rows are being written: `release` ends the current piece with a sync
/// flush and frees them, and the next write starts a new piece. A program
/// that writes many such sheets one after another keeps one deflater per
/// sheet being written, not one per sheet.
pub(crate) struct SheetData {
    file: File,
    level: Compression,
    compress: Option<Compress>,
    input: Vec<u8>,
    output: Vec<u8>,
    crc: crc32fast::Hasher,
    size: u64,
    compressed: u64,
}

/// A sheet's data once written: the temporary file (rewound) holding the
/// deflated bytes, their number, and the CRC-32 and size of the XML.
pub(crate) struct Finished {
    pub(crate) file: File,
    pub(crate) compressed: u64,
    pub(crate) crc: crc32fast::Hasher,
    pub(crate) size: u64,
    pub(crate) level: Compression,
}

/// The level a zip compression level option gives (zip's own default, 6,
/// when there is none).
pub(crate) fn level(option: Option<i64>) -> Compression {
    match option {
        Some(level) => Compression::new(level.clamp(0, 9) as u32),
        None => Compression::default(),
    }
}

impl SheetData {
    pub(crate) fn new(file: File, level: Compression) -> SheetData {
        SheetData {
            file,
            level,
            compress: None,
            input: Vec::new(),
            output: Vec::new(),
            crc: crc32fast::Hasher::new(),
            size: 0,
            compressed: 0,
        }
    }

    /// Deflates the gathered input (starting a piece if none is open).
    fn deflate_input(&mut self, flush: FlushCompress) -> io::Result<()> {
        let level = self.level;
        let compress = self
            .compress
            .get_or_insert_with(|| Compress::new(level, false));
        if self.output.capacity() < OUTPUT {
            self.output.reserve_exact(OUTPUT);
        }
        self.crc.update(&self.input);
        self.size += self.input.len() as u64;
        let before = compress.total_out();
        let done = deflate(compress, &self.input, flush, &mut self.output, &mut self.file);
        self.compressed += compress.total_out() - before;
        self.input.clear();
        done
    }

    /// Ends the current piece with a sync flush, writes it, and frees the
    /// deflater and the buffers until the next write.
    pub(crate) fn release(&mut self) -> io::Result<()> {
        if self.compress.is_some() || !self.input.is_empty() {
            self.deflate_input(FlushCompress::Sync)?;
        }
        self.file.write_all(&self.output)?;
        self.compress = None;
        self.input = Vec::new();
        self.output = Vec::new();
        Ok(())
    }

    /// Ends the data with a sync flush: every byte on the file, which is
    /// rewound.
    pub(crate) fn finish(mut self) -> io::Result<Finished> {
        self.release()?;
        self.file.rewind()?;
        Ok(Finished {
            file: self.file,
            compressed: self.compressed,
            crc: self.crc,
            size: self.size,
            level: self.level,
        })
    }
}

impl Write for SheetData {
    // The deflater is given pieces of exactly INPUT bytes, however the XML
    // is cut into writes: the same XML deflates to the same bytes.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            if self.input.capacity() < INPUT {
                self.input.reserve_exact(INPUT);
            }
            let take = (INPUT - self.input.len()).min(rest.len());
            self.input.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.input.len() == INPUT {
                self.deflate_input(FlushCompress::None)?;
            }
        }
        Ok(buf.len())
    }

    // The data is ended by `finish` only: a flush here would only cut the
    // deflate stream into more blocks.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Deflates `input` into `output`, writing `output` to `to` whenever it
/// is full; with a flush other than `None`, until the flush is complete.
fn deflate(
    compress: &mut Compress,
    mut input: &[u8],
    flush: FlushCompress,
    output: &mut Vec<u8>,
    to: &mut impl Write,
) -> io::Result<()> {
    loop {
        if output.len() == output.capacity() {
            to.write_all(output)?;
            output.clear();
        }
        let before = compress.total_in();
        compress
            .compress_vec(input, output, flush)
            .map_err(io::Error::other)?;
        let consumed = usize::try_from(compress.total_in() - before).unwrap_or(input.len());
        input = &input[consumed.min(input.len())..];
        // Done when the input is taken and the output was not filled (a
        // full output may hold back more of a flush).
        if input.is_empty() && output.len() < output.capacity() {
            return Ok(());
        }
    }
}

/// `xml` deflated alone at `level`: a sync flush ends it unless it is the
/// `last` piece, which ends the stream.
pub(crate) fn deflate_piece(xml: &[u8], level: Compression, last: bool) -> io::Result<Vec<u8>> {
    let mut compress = Compress::new(level, false);
    let mut output = Vec::with_capacity(OUTPUT);
    let mut out = Vec::new();
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    deflate(&mut compress, xml, flush, &mut output, &mut out)?;
    out.extend_from_slice(&output);
    Ok(out)
}

/// A one-entry zip archive around a sheet's deflated pieces, read as one
/// file: the local header and the start's piece, the data's temporary
/// file, then the end's piece, the central directory and its end record.
/// `ZipArchive` reads it; its entry is then copied raw.
pub(crate) struct OneEntry {
    head: Vec<u8>,
    body: File,
    body_len: u64,
    tail: Vec<u8>,
    pos: u64,
}

impl OneEntry {
    /// The archive of the entry `name` whose deflated bytes are `start`,
    /// `data` and `end`, for XML of `crc` and `size`; the data given back
    /// when a size or offset needs ZIP64 (the caller then writes the entry
    /// as before).
    pub(crate) fn new(
        name: &str,
        start: &[u8],
        data: Finished,
        end: &[u8],
        crc: u32,
        size: u64,
    ) -> Result<OneEntry, Finished> {
        // Below 4 GiB with room for the headers, the directory and its end.
        let limit = u64::from(u32::MAX) - 1024 - 2 * name.len() as u64;
        let compressed = start.len() as u64 + data.compressed + end.len() as u64;
        let head_len = 30 + name.len() as u64;
        if size >= limit || head_len + compressed >= limit || name.len() > 512 {
            return Err(data);
        }
        let (compressed, size) = (compressed as u32, size as u32);
        let name_len = name.len() as u16;
        // 1980-01-01 00:00, as the workbook's other entries.
        let (time, date) = (0u16, (1 << 5) | 1);
        let mut head = Vec::with_capacity(30 + name.len() + start.len());
        head.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        for v in [20u16, 0, 8, time, date] {
            head.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, compressed, size] {
            head.extend_from_slice(&v.to_le_bytes());
        }
        head.extend_from_slice(&name_len.to_le_bytes());
        head.extend_from_slice(&0u16.to_le_bytes());
        head.extend_from_slice(name.as_bytes());
        head.extend_from_slice(start);

        let directory_at = (head_len + u64::from(compressed)) as u32;
        let mut tail = Vec::with_capacity(end.len() + 46 + name.len() + 22);
        tail.extend_from_slice(end);
        let directory_start = tail.len();
        tail.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        // Made by Unix, version 2.0; needs 2.0; no flags; deflated.
        for v in [0x0314u16, 20, 0, 8, time, date] {
            tail.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, compressed, size] {
            tail.extend_from_slice(&v.to_le_bytes());
        }
        // Name, extra field, comment, disk, internal attributes.
        for v in [name_len, 0, 0, 0, 0] {
            tail.extend_from_slice(&v.to_le_bytes());
        }
        // -rw------- as the workbook's other entries; the local header at 0.
        for v in [0o100600u32 << 16, 0] {
            tail.extend_from_slice(&v.to_le_bytes());
        }
        tail.extend_from_slice(name.as_bytes());
        let directory_len = (tail.len() - directory_start) as u32;
        tail.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        for v in [0u16, 0, 1, 1] {
            tail.extend_from_slice(&v.to_le_bytes());
        }
        for v in [directory_len, directory_at] {
            tail.extend_from_slice(&v.to_le_bytes());
        }
        tail.extend_from_slice(&0u16.to_le_bytes());
        Ok(OneEntry {
            head,
            body: data.file,
            body_len: data.compressed,
            tail,
            pos: 0,
        })
    }

    fn len(&self) -> u64 {
        self.head.len() as u64 + self.body_len + self.tail.len() as u64
    }
}

impl Read for OneEntry {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let head = self.head.len() as u64;
        let n = if self.pos < head {
            let from = &self.head[self.pos as usize..];
            let n = from.len().min(buf.len());
            buf[..n].copy_from_slice(&from[..n]);
            n
        } else if self.pos < head + self.body_len {
            let left = head + self.body_len - self.pos;
            let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            self.body.seek(SeekFrom::Start(self.pos - head))?;
            self.body.read(&mut buf[..want])?
        } else {
            let at = usize::try_from(self.pos - head - self.body_len).unwrap_or(usize::MAX);
            let from = self.tail.get(at..).unwrap_or(&[]);
            let n = from.len().min(buf.len());
            buf[..n].copy_from_slice(&from[..n]);
            n
        };
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for OneEntry {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let pos = match to {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::End(d) => self.len().checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = pos.ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
        Ok(self.pos)
    }
}
