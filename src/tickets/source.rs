//! Where a ticket log's rows come from: a CSV export in any encoding and
//! with any delimiter, or a spreadsheet (`.xlsx`, `.xls`, `.ods`). Either
//! way the reader gets text records; everything after that is shared.
//!
//! CSV text is UTF-8 as it is (the fast path), or decoded on the fly by
//! `encoding_rs` when a byte-order mark (UTF-8, UTF-16) or `encoding =`
//! says otherwise. A byte that is not valid in the encoding stops the read
//! with its place; the help names the encoding the bytes look like
//! (`chardetng`).

use crate::i18n::Text;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use encoding_rs::{Decoder, DecoderResult, Encoding, UTF_8};

use super::TicketLog;

/// Whether a log is a spreadsheet, by its extension.
pub fn is_spreadsheet(path: &Path) -> bool {
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    matches!(extension.as_str(), "xlsx" | "xlsm" | "xlsb" | "xls" | "ods")
}

/// A byte that is not valid in the log's encoding, at this offset of the file.
#[derive(Debug)]
pub struct Malformed {
    pub offset: u64,
    pub encoding: &'static Encoding,
}

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "byte {} is not valid {}", self.offset, self.encoding.name())
    }
}

impl std::error::Error for Malformed {}

/// Opens a CSV log as UTF-8 text: a BOM picks UTF-8 or UTF-16 (and is
/// dropped); else the log's `encoding`, else UTF-8. With `strict`, a
/// malformed byte is an [`io::Error`] holding a [`Malformed`]; without, it
/// reads as U+FFFD (for showing lines around an error).
pub fn open_text(log: &TicketLog, strict: bool) -> io::Result<Box<dyn Read + Send>> {
    let mut file = File::open(&log.path)?;
    let (encoding, bom) = match bom(&mut file)? {
        Some((encoding, length)) => (encoding, length),
        None => (log.encoding.unwrap_or(UTF_8), 0),
    };
    file.seek(SeekFrom::Start(bom))?;
    // UTF-8 goes to the CSV reader as it is (the CSV reader buffers it, and
    // checks it, locating a bad byte, itself): the fast path. Offsets of
    // malformed bytes count from the start of the file, BOM included.
    Ok(if encoding == UTF_8 { Box::new(file) } else { Box::new(Decoding::new(file, encoding, strict, bom)) })
}

/// The encoding a file's byte-order mark names, and the mark's length.
fn bom(file: &mut File) -> io::Result<Option<(&'static Encoding, u64)>> {
    let mut head = [0u8; 3];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(Encoding::for_bom(&head[..read]).map(|(encoding, length)| (encoding, length as u64)))
}

/// How many bytes of the file at `path` a byte-order mark takes (0 without one):
/// what comes before the text the CSV reader sees.
pub fn bom_length(path: &Path) -> u64 {
    File::open(path).and_then(|mut file| bom(&mut file)).ok().flatten().map_or(0, |(_, length)| length)
}

/// `;`, `\t`: a delimiter as the user writes it in `delimiter = "…"`.
pub fn shown_delimiter(delimiter: u8) -> &'static str {
    match delimiter {
        b';' => ";",
        b'\t' => "\\t",
        b'|' => "|",
        _ => ",",
    }
}

/// A reader that decodes another one into UTF-8.
struct Decoding<R> {
    inner: R,
    decoder: Decoder,
    encoding: &'static Encoding,
    strict: bool,
    /// Undecoded input; `raw[start..]` is still to go.
    raw: Vec<u8>,
    start: usize,
    /// Decoded output; `out[at..end]` is still to give.
    out: Vec<u8>,
    at: usize,
    end: usize,
    /// File offset of `raw[0]`.
    offset: u64,
    /// The input has ended.
    eof: bool,
    /// Everything is decoded and given.
    finished: bool,
    /// File offset of a malformed byte, reported once the output before it is given.
    failed: Option<u64>,
}

impl<R: Read> Decoding<R> {
    fn new(inner: R, encoding: &'static Encoding, strict: bool, offset: u64) -> Self {
        Decoding {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            encoding,
            strict,
            raw: Vec::with_capacity(1 << 16),
            start: 0,
            out: vec![0; 3 << 16],
            at: 0,
            end: 0,
            offset,
            eof: false,
            finished: false,
            failed: None,
        }
    }

    /// Decodes the next piece into `out`; false when there is no more.
    fn fill(&mut self) -> io::Result<bool> {
        loop {
            if let Some(offset) = self.failed {
                return Err(io::Error::new(io::ErrorKind::InvalidData, Malformed { offset, encoding: self.encoding }));
            }
            if self.finished {
                return Ok(false);
            }
            if self.start == self.raw.len() && !self.eof {
                self.offset += self.raw.len() as u64;
                self.raw.resize(1 << 16, 0);
                let n = self.inner.read(&mut self.raw)?;
                self.raw.truncate(n);
                self.start = 0;
                self.eof = n == 0;
            }
            let input = &self.raw[self.start..];
            let (read, written, input_empty) = if self.strict {
                let (result, read, written) =
                    self.decoder.decode_to_utf8_without_replacement(input, &mut self.out, self.eof);
                if let DecoderResult::Malformed(bad, after) = result {
                    // The bad bytes end `after` before the end of what was read, and may have
                    // begun in an earlier piece (the decoder keeps an unfinished sequence).
                    let end = self.offset + (self.start + read - usize::from(after)) as u64;
                    self.failed = Some(end.saturating_sub(u64::from(bad)));
                }
                (read, written, result == DecoderResult::InputEmpty)
            } else {
                let (result, read, written, _) = self.decoder.decode_to_utf8(input, &mut self.out, self.eof);
                (read, written, result == encoding_rs::CoderResult::InputEmpty)
            };
            self.start += read;
            self.at = 0;
            self.end = written;
            self.finished = self.eof && input_empty && self.failed.is_none();
            if written > 0 {
                return Ok(true);
            }
        }
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        if self.at == self.end && !self.fill()? {
            return Ok(0);
        }
        let n = buffer.len().min(self.end - self.at);
        buffer[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// The delimiter of a CSV header line: whichever of `,`, `;` and tab occurs
/// most outside quotes (a comma on a tie or when none does).
pub fn sniff_delimiter(header: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for byte in header {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t'][best]
    }
}

/// The first line of a CSV log's text (up to 1 MiB): the header, to sniff
/// the delimiter from.
pub fn header_line(log: &TicketLog) -> io::Result<Vec<u8>> {
    let mut reader = BufReader::with_capacity(1 << 16, open_text(log, false)?);
    let mut header = Vec::new();
    (&mut reader).take(1 << 20).read_until(b'\n', &mut header)?;
    Ok(header)
}

/// Help for a file that is not valid text in `encoding`: the encoding its
/// bytes look like, and the key that reads it. When the encoding was named
/// (`declared`), one bad byte more likely means damage than a wrong guess.
pub fn encoding_help(path: &Path, encoding: &'static Encoding, declared: bool) -> Text {
    if declared {
        return Text::new("encoding-declared-help").arg("encoding", encoding.name());
    }
    let mut sample = Vec::new();
    if let Ok(file) = File::open(path) {
        let _ = file.take(1 << 16).read_to_end(&mut sample);
    }
    // UTF-16 without a BOM: every other byte of ASCII text is 0.
    let zeros = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let half = sample.len() / 2;
    let guess: &'static Encoding = if half > 8 && zeros(1) * 3 > half {
        encoding_rs::UTF_16LE
    } else if half > 8 && zeros(0) * 3 > half {
        encoding_rs::UTF_16BE
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(&sample, sample.len() < 1 << 16);
        detector.guess(None, chardetng::Utf8Detection::Allow)
    };
    // GB18030 reads everything GBK does, and more.
    let label = if guess == encoding_rs::GBK { "gb18030".to_string() } else { guess.name().to_lowercase() };
    if guess == encoding {
        return Text::new("encoding-damaged-help").arg("encoding", encoding.name());
    }
    Text::new("encoding-guess-help").arg("guess", guess.name()).arg("label", label)
}

/// A spreadsheet log: the chosen sheet, its cells turned into text a row
/// at a time (not all at once: a sheet is already in memory once).
pub struct Sheet {
    pub name: String,
    range: calamine::Range<calamine::Data>,
    /// Sheet row and column (0-based) of the first cell.
    pub origin: (u32, u32),
}

impl Sheet {
    /// Every row, the header first, each cell as the CSV reader would see it.
    pub fn rows(&self) -> impl Iterator<Item = Vec<String>> + '_ {
        self.range.rows().map(|row| row.iter().map(cell_text).collect())
    }

    /// `tickets.xlsx[Sheet1]!C12` for row `row`, column `column` of `rows`.
    pub fn cell(&self, file: &str, row: usize, column: usize) -> String {
        let row_number = u64::from(self.origin.0) + row as u64 + 1;
        let column_number = u64::from(self.origin.1) + column as u64;
        format!("{file}[{}]!{}{row_number}", self.name, column_name(column_number))
    }
}

/// `0` → `A`, `27` → `AB`.
fn column_name(mut index: u64) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Reads the log's sheet (`sheet`, else the first one).
pub fn read_sheet(path: &Path, sheet: Option<&str>) -> Result<Sheet, Text> {
    use calamine::{open_workbook_auto, Reader};
    let mut workbook =
        open_workbook_auto(path).map_err(|e| Text::new("sheet-unreadable-file").arg("error", e.to_string()))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names.iter().find(|n| *n == wanted).cloned().ok_or_else(|| {
            let listed = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            Text::new("no-such-sheet").arg("wanted", wanted).arg("sheets", listed)
        })?,
        None => names.first().cloned().ok_or_else(|| Text::new("no-sheets"))?,
    };
    let range = workbook
        .worksheet_range(&name)
        .map_err(|e| Text::new("sheet-unreadable").arg("name", &name).arg("error", e.to_string()))?;
    let origin = range.start().unwrap_or((0, 0));
    Ok(Sheet { name, range, origin })
}

/// A cell as the CSV reader would see it.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => crate::evidence::format_number(*f),
        Data::Bool(b) => b.to_string(),
        // A duration cell ([h]:mm) is minutes, like a CSV's minutes column.
        Data::DateTime(dt) if dt.is_duration() => crate::evidence::format_number(dt.as_f64() * 1440.0),
        Data::DateTime(dt) => excel_datetime(dt),
        Data::Error(e) => format!("#{e:?}"),
        Data::Empty => String::new(),
    }
}

/// A date-time cell as `YYYY-MM-DD HH:MM:SS`, to the nearest second (Excel
/// keeps times as fractions of a day, so 02:13 may be stored as 02:12:59.9996).
fn excel_datetime(cell: &calamine::ExcelDateTime) -> String {
    let (year, month, day, hour, minute, second, milli) = cell.to_ymd_hms_milli();
    let civil = jiff::civil::DateTime::new(
        i16::try_from(year).unwrap_or(9999),
        month as i8,
        day as i8,
        hour as i8,
        minute as i8,
        second as i8,
        0,
    );
    match civil {
        Ok(civil) => {
            let rounded = if milli >= 500 {
                civil.checked_add(jiff::SignedDuration::from_secs(1)).unwrap_or(civil)
            } else {
                civil
            };
            rounded.strftime("%Y-%m-%d %H:%M:%S").to_string()
        }
        Err(_) => format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_commonest_separator_outside_quotes() {
        assert_eq!(sniff_delimiter(b"Id,Created,Priority\n"), b',');
        assert_eq!(sniff_delimiter(b"Id;Created;\"a,b,c,d\";Priority\n"), b';');
        assert_eq!(sniff_delimiter(b"Id\tCreated\tPriority\r\n"), b'\t');
        assert_eq!(sniff_delimiter(b"Single\n"), b',');
    }

    #[test]
    fn spreadsheet_columns_are_named_like_a_spreadsheet() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn decoding_reports_the_offset_of_the_first_bad_byte() {
        // "ab", then the GB18030 lead byte 0x81 before a space, which no trail byte is:
        // malformed at offset 2 (the space is then read again as itself).
        let bytes = b"ab\x81\x20cd".to_vec();
        let mut reader = Decoding::new(std::io::Cursor::new(bytes), encoding_rs::GB18030, true, 0);
        let mut out = String::new();
        let error = reader.read_to_string(&mut out).unwrap_err();
        let malformed = error.get_ref().and_then(|e| e.downcast_ref::<Malformed>()).unwrap();
        assert_eq!(malformed.offset, 2);
        // A sequence cut between two reads (a lead byte at the end of one piece, a bad
        // trail byte at the start of the next) is still placed at its first byte: offset 2.
        struct OneByte(Vec<u8>, usize);
        impl Read for OneByte {
            fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
                let Some(byte) = self.0.get(self.1) else { return Ok(0) };
                buffer[0] = *byte;
                self.1 += 1;
                Ok(1)
            }
        }
        let mut reader = Decoding::new(OneByte(b"ab\x81\x20cd".to_vec(), 0), encoding_rs::GB18030, true, 0);
        let error = reader.read_to_string(&mut String::new()).unwrap_err();
        assert_eq!(error.get_ref().and_then(|e| e.downcast_ref::<Malformed>()).unwrap().offset, 2);
        // Without strictness it reads through, with a replacement character.
        let mut lossy = Decoding::new(std::io::Cursor::new(b"ab\x81\x20cd".to_vec()), encoding_rs::GB18030, false, 0);
        let mut out = String::new();
        lossy.read_to_string(&mut out).unwrap();
        assert_eq!(out, "ab\u{FFFD} cd");
    }
}
