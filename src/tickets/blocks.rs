//! A CSV log's text read in blocks, on every core.
//!
//! The text is cut into fixed-size blocks. A worker reads the records of a
//! block from its first line break on, guessing that the break ends a
//! record (it may sit inside a quoted cell), into figures of its own; the
//! reader merges the blocks in log order and checks each guess: the record
//! that straddles two blocks is read from the exact end of the one before
//! (a true record boundary), and must end exactly where the worker began.
//! When it does not, the worker's figures are dropped and the block is read
//! again from the true boundary on this thread. So every row is read exactly
//! once into the figures, in log order, whatever the quoting; a log whose
//! quoted line breaks defeat the guesses is only read more slowly.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::mpsc;
use std::sync::Mutex;

use super::read::{Context, RowReader, Tally};

/// Bytes per block: small enough that two workers and the blocks waiting
/// to be merged stay a few MiB, large enough that the cost per block
/// (a channel message, figures to merge) disappears.
pub const BLOCK_BYTES: usize = 512 * 1024;

/// Blocks handed out and not yet merged, per worker.
const IN_FLIGHT_PER_WORKER: usize = 3;

/// One record's cells: the text of its fields one after the other, and where each ends.
pub struct Cells<'r> {
    text: &'r str,
    ends: &'r [usize],
}

impl<'r> Cells<'r> {
    pub fn new(text: &'r str, ends: &'r [usize]) -> Cells<'r> {
        Cells { text, ends }
    }

    /// Field `i`, if the record has it.
    pub fn get(&self, i: usize) -> Option<&'r str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &'r str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(""))
    }
}

/// What stops the read of a log.
pub enum Fatal {
    /// The record starting at this text offset is not UTF-8.
    NotUtf8(u64),
    /// The text could not be read (a byte not in the log's encoding, an I/O error).
    Io(std::io::Error),
}

/// The record buffers of one thread, grown to the longest record seen.
pub struct Buffers {
    output: Vec<u8>,
    ends: Vec<usize>,
}

impl Default for Buffers {
    fn default() -> Self {
        Buffers { output: vec![0; 4096], ends: vec![0; 64] }
    }
}

/// What one thread reads records with: a CSV splitter, its record
/// buffers, and the rows' reader.
pub struct Reader {
    splitter: csv_core::Reader,
    buffers: Buffers,
    rows: RowReader,
}

impl Reader {
    pub fn new(context: &Context) -> Reader {
        Reader {
            splitter: csv_core::ReaderBuilder::new().delimiter(context.delimiter).build(),
            buffers: Buffers::default(),
            rows: RowReader::new(context.log),
        }
    }

    /// The splitter, in the state of the start of a record. (A fresh one
    /// would take a byte-order mark at the start of its first input for
    /// one, but a block starts mid-text: it is given a line break first.)
    fn splitter(&mut self) -> &mut csv_core::Reader {
        self.splitter.reset();
        let _ = self.splitter.read_record(b"\n", &mut [0; 1], &mut [0; 1]);
        &mut self.splitter
    }
}

/// The line breaks at the start of `text`: empty lines, which CSV skips.
fn line_breaks(text: &[u8]) -> usize {
    text.iter().take_while(|b| matches!(b, b'\r' | b'\n')).count()
}

/// How far the split of one record got.
enum Split {
    /// The record is whole: its output length, its field count, and where it ends in the text.
    Record(usize, usize, usize),
    /// The text ended first: the output and fields so far (the splitter
    /// keeps its state, so more text continues the record).
    Unfinished(usize, usize),
    /// The text ended with no record begun.
    End,
}

/// Splits the next record of `text` from `at` into `buffers`, continuing a
/// record of which `written` bytes of output and `fields` fields are split
/// already (0 and 0: a new record, `at` at its start). At the end of the
/// text the record is unfinished, unless `at_eof`: then the text's end ends it.
fn split(
    reader: &mut csv_core::Reader,
    text: &[u8],
    mut at: usize,
    at_eof: bool,
    buffers: &mut Buffers,
    (mut written, mut fields): (usize, usize),
) -> Split {
    use csv_core::ReadRecordResult as Result;
    loop {
        let input = &text[at..];
        let (result, read, wrote, ended) =
            reader.read_record(input, &mut buffers.output[written..], &mut buffers.ends[fields..]);
        at += read;
        written += wrote;
        fields += ended;
        match result {
            Result::Record => return Split::Record(written, fields, at),
            Result::End => return Split::End,
            Result::OutputFull => buffers.output.resize(buffers.output.len() * 2, 0),
            Result::OutputEndsFull => buffers.ends.resize(buffers.ends.len() * 2, 0),
            // The input is used up: at the end of the text, read once more
            // with no input, which ends the record.
            Result::InputEmpty if at_eof && !input.is_empty() => {}
            Result::InputEmpty if at_eof => return Split::End,
            Result::InputEmpty => return Split::Unfinished(written, fields),
        }
    }
}

/// Records split from text fed to it piece by piece, each read into a
/// tally: a record begun in one piece is continued in the next, never
/// split again from its start, so a record of any length costs its length
/// once. A worker feeds it one block from its guess on; the merging thread
/// the text the workers leave to it.
pub struct Stream {
    reader: Reader,
    /// The record begun and not finished: its text offset, and the output
    /// and fields split so far (`None`: the splitter stands between records).
    partial: Option<(u64, usize, usize)>,
    /// The text offset of a record that is not UTF-8: the stream stops there.
    not_utf8: Option<u64>,
}

impl Stream {
    pub fn new(context: &Context) -> Stream {
        Stream { reader: Reader::new(context), partial: None, not_utf8: None }
    }

    /// Splits `text` (at text offset `base`) into records, continuing the
    /// record begun before it, and reads them into `tally`; `at_eof`: the
    /// text's end ends the log.
    fn feed(&mut self, context: &Context, text: &[u8], base: u64, at_eof: bool, tally: &mut Tally) {
        if self.partial.is_none() {
            self.reader.splitter();
        }
        let Reader { splitter, buffers, rows } = &mut self.reader;
        let mut at = 0;
        while self.not_utf8.is_none() {
            let (start, done) = match self.partial.take() {
                // No more text for the record begun: it waits for the next
                // piece (empty input would tell the splitter the text ended).
                Some(partial) if at == text.len() && !at_eof => {
                    self.partial = Some(partial);
                    break;
                }
                Some((start, written, fields)) => (start, (written, fields)),
                None => {
                    at += line_breaks(&text[at..]);
                    if at == text.len() {
                        break;
                    }
                    (base + at as u64, (0, 0))
                }
            };
            match split(splitter, text, at, at_eof, buffers, done) {
                Split::Record(written, fields, end) => {
                    match std::str::from_utf8(&buffers.output[..written]) {
                        Ok(cells) => tally.row(context, rows, &Cells::new(cells, &buffers.ends[..fields]), start),
                        Err(_) => self.not_utf8 = Some(start),
                    }
                    at = end;
                }
                Split::Unfinished(written, fields) => {
                    self.partial = Some((start, written, fields));
                    break;
                }
                Split::End => break,
            }
        }
    }
}

/// Where a worker starts reading a block: after a line break that starts
/// a record of the header's width, or after the first line break when none
/// of the first few does; `None` when the block has no line break.
fn guess_start(text: &[u8], fields: usize, stream: &mut Stream) -> Option<usize> {
    let reader = &mut stream.reader;
    let mut breaks = text.iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| i + 1).take(4);
    let first = breaks.next()?;
    let mut width = |at: usize| {
        let at = at + line_breaks(&text[at..]);
        reader.splitter();
        match split(&mut reader.splitter, text, at, false, &mut reader.buffers, (0, 0)) {
            Split::Record(_, fields, _) => Some(fields),
            _ => None,
        }
    };
    if width(first) == Some(fields) {
        return Some(first);
    }
    Some(breaks.find(|at| width(*at) == Some(fields)).unwrap_or(first))
}

/// A block of the text and what a worker read of it.
struct Block {
    seq: usize,
    /// The text offset of `text[0]`.
    offset: u64,
    text: Vec<u8>,
    /// The worker's guess and what it read from there.
    guess: Option<Guess>,
}

struct Guess {
    start: usize,
    tally: Tally,
    /// Where the record the block does not finish starts (its length when none).
    rest: usize,
    /// Where a record that is not UTF-8 starts (the worker stopped there).
    not_utf8: Option<u64>,
}

/// Reads every record of `text` after the header (which ends at text offset
/// `offset`; `head` holds the text read past it) into one tally, in log
/// order: on `workers` threads in blocks of `block_bytes` when `workers` > 1,
/// else on this one. Stops at the first fatal problem, with the rows before it read.
pub fn read_records(
    context: &Context,
    mut text: impl Read,
    head: Vec<u8>,
    offset: u64,
    workers: usize,
    block_bytes: usize,
) -> (Tally, Option<Fatal>) {
    let mut merger =
        Merger { context, stream: Stream::new(context), tally: Tally::new(), fatal: None, pending_error: None };
    // The text read past the header first; the first block follows it.
    merger.feed(&head, offset, false);
    let mut at = offset + head.len() as u64;
    let block_bytes = block_bytes.max(1);
    if workers <= 1 {
        // One thread: the text in blocks, each continuing the last.
        let mut buffer = Vec::new();
        while merger.fatal.is_none() {
            let (block, error) = fill(&mut text, block_bytes, std::mem::take(&mut buffer));
            crate::progress::advance(block.len() as u64);
            merger.feed(&block, at, false);
            at += block.len() as u64;
            if let Some(error) = error {
                merger.fatal = merger.fatal.or(Some(Fatal::Io(error)));
            }
            if block.is_empty() {
                break;
            }
            buffer = block;
        }
        return merger.finish(at);
    }
    let (work, queued) = mpsc::channel::<Block>();
    let queued = Mutex::new(queued);
    std::thread::scope(|scope| {
        let (done, finished) = mpsc::channel::<Block>();
        for _ in 0..workers {
            let (queued, done) = (&queued, done.clone());
            scope.spawn(move || {
                let mut stream = Stream::new(context);
                loop {
                    let Ok(mut block) = queued.lock().map_err(|_| ()).and_then(|q| q.recv().map_err(|_| ())) else {
                        return;
                    };
                    if let Some(start) = guess_start(&block.text, context.fields, &mut stream) {
                        let mut tally = Tally::new();
                        let base = block.offset + start as u64;
                        stream.feed(context, &block.text[start..], base, false, &mut tally);
                        // The unfinished record is the merging thread's to read.
                        let rest =
                            stream.partial.take().map_or(block.text.len(), |(at, ..)| (at - block.offset) as usize);
                        block.guess = Some(Guess { start, tally, rest, not_utf8: stream.not_utf8.take() });
                    }
                    if done.send(block).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done);
        let (mut sent, mut merged) = (0usize, 0usize);
        let mut waiting: BTreeMap<usize, Block> = BTreeMap::new();
        let mut spare: Vec<Vec<u8>> = Vec::new();
        let mut end = false;
        loop {
            while !end && merger.fatal.is_none() && sent - merged < workers * IN_FLIGHT_PER_WORKER {
                let (block, error) = fill(&mut text, block_bytes, spare.pop().unwrap_or_default());
                crate::progress::advance(block.len() as u64);
                if let Some(error) = error {
                    // What was read before the error is read; then the read stops.
                    merger.pending_error = Some(error);
                    end = true;
                }
                if block.is_empty() {
                    end = true;
                    break;
                }
                let length = block.len() as u64;
                if work.send(Block { seq: sent, offset: at, text: block, guess: None }).is_err() {
                    end = true;
                    break;
                }
                sent += 1;
                at += length;
            }
            if merged == sent {
                break;
            }
            let Ok(block) = finished.recv() else { break };
            waiting.insert(block.seq, block);
            while let Some(block) = waiting.remove(&merged) {
                merged += 1;
                if merger.fatal.is_none() {
                    spare.push(merger.block(block));
                }
            }
        }
        drop(work);
        if let Some(error) = merger.pending_error.take() {
            merger.fatal = merger.fatal.or(Some(Fatal::Io(error)));
        }
        merger.finish(at)
    })
}

/// Reads up to `size` bytes of `text` into `buffer` (fewer only at its end
/// or at an error, which comes back with what was read before it).
fn fill(text: &mut impl Read, size: usize, mut buffer: Vec<u8>) -> (Vec<u8>, Option<std::io::Error>) {
    buffer.clear();
    // `read_to_end` reads into spare room without zeroing it first, retries
    // an interrupted read, and keeps what it read before an error.
    let result = text.take(size as u64).read_to_end(&mut buffer);
    (buffer, result.err())
}

/// Merges the blocks in log order on the calling thread, splitting what
/// the workers' guesses leave to it as one [`Stream`].
struct Merger<'c, 'a> {
    context: &'c Context<'a>,
    stream: Stream,
    tally: Tally,
    fatal: Option<Fatal>,
    /// A read error past the blocks handed out: fatal once they are merged.
    pending_error: Option<std::io::Error>,
}

impl Merger<'_, '_> {
    /// Splits and reads `text` (at text offset `base`) here, continuing
    /// the record begun before it; `at_eof`: the text's end ends the log.
    fn feed(&mut self, text: &[u8], base: u64, at_eof: bool) {
        let mut tally = Tally::new();
        self.stream.feed(self.context, text, base, at_eof, &mut tally);
        self.tally.append(tally);
        if let Some(start) = self.stream.not_utf8 {
            self.fatal = Some(Fatal::NotUtf8(start));
        }
    }

    /// Merges the next block; gives back its buffer.
    fn block(&mut self, block: Block) -> Vec<u8> {
        let Block { offset, text, guess, .. } = block;
        let Some(Guess { start, tally, rest, not_utf8 }) = guess else {
            self.feed(&text, offset, false);
            return text;
        };
        // Up to where the worker began: the records there, from the true
        // boundary on, must end exactly at that point.
        self.feed(&text[..start], offset, false);
        if self.fatal.is_some() {
            return text;
        }
        if self.stream.partial.is_some() {
            // A wrong guess (a line break inside quotes): the record goes on; read the block here.
            self.feed(&text[start..], offset + start as u64, false);
            return text;
        }
        self.tally.append(tally);
        if let Some(start) = not_utf8 {
            self.fatal = Some(Fatal::NotUtf8(start));
            return text;
        }
        // The record the worker could not finish, from its true start.
        self.feed(&text[rest..], offset + rest as u64, false);
        text
    }

    /// The last record (the text's end ends it), and what was read.
    fn finish(mut self, end: u64) -> (Tally, Option<Fatal>) {
        if self.fatal.is_none() {
            self.feed(&[], end, true);
        }
        (self.tally, self.fatal)
    }
}

/// Reads the header record at the start of `text`: its cells, the text read
/// past it, and that text's offset.
/// `size` is the file's size: a small log is read whole at once.
pub fn read_header(text: &mut impl Read, delimiter: u8, size: usize) -> Result<(Vec<String>, Vec<u8>, u64), Fatal> {
    let mut head = Vec::new();
    let mut buffers = Buffers::default();
    let mut splitter = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    // Where the header starts (past blank lines), how far it is split, and
    // what is split of it: a header longer than one read is continued, not
    // split again from its start (a wrong file may be one huge line).
    let (mut start, mut at, mut done) = (None, 0, (0, 0));
    loop {
        // One byte past the size, so a log read whole is known to be whole.
        let (more, error) = fill(text, size.saturating_add(1).clamp(1, 64 * 1024), Vec::new());
        if let Some(error) = error {
            return Err(Fatal::Io(error));
        }
        let at_eof = more.is_empty();
        head.extend_from_slice(&more);
        let begin = match start {
            Some(begin) => begin,
            None => {
                at = line_breaks(&head);
                if at == head.len() && !at_eof {
                    continue;
                }
                *start.insert(at)
            }
        };
        if at == head.len() && !at_eof {
            continue;
        }
        match split(&mut splitter, &head, at, at_eof, &mut buffers, done) {
            Split::Record(written, fields, end) => {
                let Ok(cells) = std::str::from_utf8(&buffers.output[..written]) else {
                    return Err(Fatal::NotUtf8(begin as u64));
                };
                let cells = Cells::new(cells, &buffers.ends[..fields]).iter().map(str::to_string).collect();
                let rest = head.split_off(end);
                return Ok((cells, rest, end as u64));
            }
            Split::Unfinished(written, fields) if !at_eof => {
                (at, done) = (head.len(), (written, fields));
            }
            _ => return Ok((Vec::new(), Vec::new(), head.len() as u64)),
        }
    }
}
