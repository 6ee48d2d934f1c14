//! Reading reports from PATHs: .txt files, .jsonl files, directories (recursively, sorted), or
//! `-` for stdin (streamed). One bad record never loses the others, and nothing is left unread
//! without a word: every record or file not read comes out as an [`InputError`] that names the
//! file (and line) and says why.
//!
//! - A `.txt` file's id is its path relative to the directory named on the command line, without
//!   the extension (`in/a/1.txt` walked from `in` is `a/1`); a file named by itself is its stem.
//! - An id must not be empty nor hold control or bidirectional-format characters.
//! - An id read twice in one run with another text is skipped, the first one kept, unless
//!   `replace` (then the later one is passed on, to replace the first); the same report read
//!   twice (same id, same text) is passed on once, with a note.
//! - A walk reads regular files named `.txt` or `.jsonl` (any case), follows no symbolic link
//!   to a directory, and names every other entry it leaves.
//! - A UTF-8 byte order mark is dropped; UTF-16 is named as such.
//! - `published` is a real date (`rasd_core::valid_date`), checked with file and line; a
//!   date-time is cut to its day.
//! - A JSONL line's fields are read as [`FieldMap`] says: the names given on the command line
//!   (`--text-field` ...) or the first of the automatic names (`data/input_fields.tsv`) a line
//!   holds. A title is joined before the text with a newline, and spans count in the chars of
//!   that joined text. A line with no id gets one derived from its bytes (`fields::line_id`).
use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rasd_core::Report;

mod fields;

pub use fields::{FieldArgs, FieldMap};

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// A record or file that was not read, or a note about the input (never an error).
#[derive(Debug)]
pub struct InputError {
    pub path: PathBuf,
    /// The line of a JSONL file.
    pub line: Option<usize>,
    pub reason: String,
    /// A note reports something left unread on purpose (a symbolic link not followed, a file
    /// of another kind) or a repeat that lost nothing; it does not fail the run.
    pub note: bool,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: {}", self.path.display(), self.reason),
            None => write!(f, "{}: {}", self.path.display(), self.reason),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    fn skipped(path: &Path, line: Option<usize>, reason: impl Into<String>) -> InputError {
        InputError {
            path: path.to_path_buf(),
            line,
            reason: reason.into(),
            note: false,
        }
    }

    fn note(path: &Path, line: Option<usize>, reason: impl Into<String>) -> InputError {
        InputError {
            note: true,
            ..InputError::skipped(path, line, reason)
        }
    }

    /// The line to print on stderr.
    pub fn message(&self) -> String {
        if self.note {
            format!("rasd: note: {self}")
        } else {
            format!("rasd: skipped: {self}")
        }
    }
}

/// A path still to open, with the directory named on the command line it was found under.
struct Pending {
    path: PathBuf,
    root: Option<PathBuf>,
}

/// The JSONL file being read.
struct Jsonl {
    path: PathBuf,
    reader: Box<dyn BufRead>,
    line: usize,
    /// The line being read (its memory kept for the next line's).
    buf: Vec<u8>,
}

/// Where an id was first read, and a hash of its text.
struct Seen {
    source: u32,
    line: Option<usize>,
    hash: u64,
}

/// Streams the reports of PATHs in input order: directories are walked lazily (sorted) and
/// JSONL files (and stdin) read line by line, so memory stays flat however large the input.
pub struct InputReader {
    /// Paths still to open, next last.
    pending: Vec<Pending>,
    jsonl: Option<Jsonl>,
    /// Notes and errors found while listing a directory, yielded before going on.
    queue: VecDeque<InputError>,
    published: Option<String>,
    fields: FieldMap,
    replace: bool,
    stdin: Option<Box<dyn Read>>,
    /// Every id read so far, and the files they came from.
    seen: HashMap<String, Seen>,
    sources: Vec<PathBuf>,
}

impl InputReader {
    pub fn new(paths: &[PathBuf], published: Option<&str>) -> InputReader {
        let mut pending: Vec<Pending> = if paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            paths.to_vec()
        }
        .into_iter()
        .map(|path| Pending { path, root: None })
        .collect();
        pending.reverse();
        InputReader {
            pending,
            jsonl: None,
            queue: VecDeque::new(),
            published: published.map(str::to_string),
            fields: FieldMap::default(),
            replace: false,
            stdin: None,
            seen: HashMap::new(),
            sources: Vec::new(),
        }
    }

    /// Passes on a report whose id was read before with another text (to replace it) instead
    /// of skipping it.
    pub fn replace(mut self, replace: bool) -> InputReader {
        self.replace = replace;
        self
    }

    /// Reads JSONL reports' fields as `fields` says.
    pub fn fields(mut self, fields: FieldMap) -> InputReader {
        self.fields = fields;
        self
    }

    /// Reads `-` from `input` instead of the process's stdin.
    #[cfg(test)]
    fn with_stdin(mut self, input: Box<dyn Read>) -> InputReader {
        self.stdin = Some(input);
        self
    }

    /// The next `n` reports, or None when the input is exhausted and none is left. Every input
    /// error on the way goes to `skip`; errors never end the chunk early.
    pub fn chunk(&mut self, n: usize, mut skip: impl FnMut(InputError)) -> Option<Vec<Report>> {
        let mut chunk = Vec::with_capacity(n.min(4096));
        while chunk.len() < n {
            match self.next() {
                Some(Ok(r)) => chunk.push(r),
                Some(Err(e)) => skip(e),
                None => break,
            }
        }
        (!chunk.is_empty()).then_some(chunk)
    }

    fn open(&mut self, p: Pending) -> Option<Result<Report, InputError>> {
        let path = p.path;
        if p.root.is_none() && path.as_os_str() == "-" {
            return self.open_stdin();
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Err(InputError::skipped(&path, None, e.to_string()))),
        };
        if meta.is_dir() {
            let root = p.root.unwrap_or_else(|| path.clone());
            self.walk(&path, &root);
            return None;
        }
        if has_extension(&path, "jsonl") {
            let file = match std::fs::File::open(&path) {
                Ok(f) => f,
                Err(e) => return Some(Err(InputError::skipped(&path, None, e.to_string()))),
            };
            let mut reader: Box<dyn BufRead> = Box::new(BufReader::new(file));
            if let Err(e) = start(&path, &mut reader) {
                return Some(Err(e));
            }
            self.sources.push(path.clone());
            self.jsonl = Some(Jsonl {
                path,
                reader,
                line: 0,
                buf: Vec::new(),
            });
            return None;
        }
        let id = match path_id(&path, p.root.as_deref()) {
            Ok(id) => id,
            Err(reason) => return Some(Err(InputError::skipped(&path, None, reason))),
        };
        let text = match std::fs::read(&path) {
            Ok(bytes) => decode(&path, bytes),
            Err(e) => Err(InputError::skipped(&path, None, e.to_string())),
        };
        self.sources.push(path.clone());
        Some(text.and_then(|text| {
            let report = self.plain(id, text);
            self.admit(report, None)
        }))
    }

    /// stdin, streamed: JSONL when it starts with a JSON object, else one plain report.
    fn open_stdin(&mut self) -> Option<Result<Report, InputError>> {
        let path = PathBuf::from("-");
        let input = self
            .stdin
            .take()
            .unwrap_or_else(|| Box::new(std::io::stdin()));
        let mut reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(1 << 16, input));
        let io = |e: std::io::Error| InputError::skipped(Path::new("-"), None, e.to_string());
        if let Err(e) = start(&path, &mut reader) {
            return Some(Err(e));
        }
        // the leading white space, kept (spans count from the first char)
        let mut prefix = Vec::new();
        let first = loop {
            let buf = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) => return Some(Err(io(e))),
            };
            if buf.is_empty() {
                break None;
            }
            let n = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let first = buf.get(n).copied();
            prefix.extend_from_slice(&buf[..n]);
            reader.consume(n);
            if first.is_some() {
                break first;
            }
        };
        self.sources.push(path.clone());
        if first == Some(b'{') {
            self.jsonl = Some(Jsonl {
                path,
                reader: Box::new(std::io::Cursor::new(prefix).chain(reader)),
                line: 0,
                buf: Vec::new(),
            });
            return None;
        }
        let mut bytes = prefix;
        if let Err(e) = reader.read_to_end(&mut bytes) {
            return Some(Err(io(e)));
        }
        Some(decode(&path, bytes).and_then(|text| {
            let report = self.plain("stdin".into(), text);
            self.admit(report, None)
        }))
    }

    /// Lists a directory: subdirectories and readable files go to `pending` (sorted); what is
    /// left goes to `queue`, named.
    fn walk(&mut self, dir: &Path, root: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => {
                self.queue
                    .push_back(InputError::skipped(dir, None, e.to_string()));
                return;
            }
        };
        let mut entries: Vec<(PathBuf, std::io::Result<std::fs::FileType>)> = entries
            .filter_map(|e| match e {
                Ok(e) => Some((e.path(), e.file_type())),
                Err(err) => {
                    self.queue
                        .push_back(InputError::skipped(dir, None, err.to_string()));
                    None
                }
            })
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut next = Vec::new();
        let mut others = Vec::new();
        for (path, ft) in entries {
            let readable = has_extension(&path, "txt") || has_extension(&path, "jsonl");
            let ft = match ft {
                Ok(ft) if ft.is_symlink() => match std::fs::metadata(&path) {
                    Ok(m) if m.is_dir() => {
                        self.queue.push_back(InputError::note(
                            &path,
                            None,
                            "a symbolic link to a directory: not followed",
                        ));
                        continue;
                    }
                    Ok(m) => m.file_type(),
                    Err(e) => {
                        self.queue.push_back(InputError::skipped(
                            &path,
                            None,
                            format!("a symbolic link that cannot be followed: {e}"),
                        ));
                        continue;
                    }
                },
                Ok(ft) => ft,
                Err(e) => {
                    self.queue
                        .push_back(InputError::skipped(&path, None, e.to_string()));
                    continue;
                }
            };
            if ft.is_dir() {
                next.push(Pending {
                    path,
                    root: Some(root.to_path_buf()),
                });
            } else if !readable {
                others.push(path);
            } else if !ft.is_file() {
                self.queue.push_back(InputError::skipped(
                    &path,
                    None,
                    "not a regular file (a FIFO, socket or device): not read",
                ));
            } else {
                next.push(Pending {
                    path,
                    root: Some(root.to_path_buf()),
                });
            }
        }
        if !others.is_empty() {
            let names: Vec<String> = others
                .iter()
                .take(5)
                .map(|p| {
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                })
                .collect();
            let more = if others.len() > 5 {
                format!(" and {} more", others.len() - 5)
            } else {
                String::new()
            };
            self.queue.push_back(InputError::note(
                dir,
                None,
                format!(
                    "{} {} not read (only .txt and .jsonl files are): {}{more}",
                    others.len(),
                    if others.len() == 1 {
                        "entry"
                    } else {
                        "entries"
                    },
                    names.join(", ")
                ),
            ));
        }
        self.pending.extend(next.into_iter().rev());
    }

    fn plain(&self, id: String, text: String) -> Report {
        Report {
            id,
            text,
            published: self.published.clone(),
            source: None,
            url: None,
        }
    }

    /// Checks a report's id and whether it was read before (the last of `sources` is where it
    /// comes from).
    fn admit(&mut self, report: Report, line: Option<usize>) -> Result<Report, InputError> {
        let source = self.sources.len().saturating_sub(1);
        let path = self.sources[source].clone();
        if let Err(reason) = check_id(&report.id) {
            return Err(InputError::skipped(&path, line, reason));
        }
        let hash = text_hash(&report.text);
        let seen = Seen {
            source: source as u32,
            line,
            hash,
        };
        let Some(first) = self.seen.get(&report.id) else {
            self.seen.insert(report.id.clone(), seen);
            return Ok(report);
        };
        let at = match first.line {
            Some(l) => format!("{}:{l}", self.sources[first.source as usize].display()),
            None => self.sources[first.source as usize].display().to_string(),
        };
        let id = escape(&report.id);
        if first.hash == hash {
            return Err(InputError::note(
                &path,
                line,
                format!("id \"{id}\" with the same text as {at}: read once"),
            ));
        }
        if self.replace {
            self.queue.push_back(InputError::note(
                &path,
                line,
                format!("id \"{id}\" read before from {at} with another text: replaces it"),
            ));
            self.seen.insert(report.id.clone(), seen);
            return Ok(report);
        }
        Err(InputError::skipped(
            &path,
            line,
            format!(
                "id \"{id}\" read before from {at} with another text: skipped, the first one is \
                 kept (`rasd ingest --replace` keeps the last)"
            ),
        ))
    }

    /// The next record of the open JSONL file, if any.
    fn next_jsonl(&mut self) -> Option<Result<Report, InputError>> {
        let jsonl = self.jsonl.as_mut()?;
        let mut buf = std::mem::take(&mut jsonl.buf);
        loop {
            buf.clear();
            jsonl.line += 1;
            match jsonl.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    let e = InputError::skipped(&jsonl.path, Some(jsonl.line), e.to_string());
                    self.jsonl = None;
                    return Some(Err(e));
                }
            }
            if !buf.iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        let line = jsonl.line;
        let report = self.line_report(&buf);
        let jsonl = self.jsonl.as_mut()?;
        // (a very long line's memory is not kept)
        if buf.capacity() <= 1 << 20 {
            jsonl.buf = buf;
        }
        Some(match report {
            Ok(r) => self.admit(r, Some(line)),
            Err(reason) => Err(InputError::skipped(&jsonl.path, Some(line), reason)),
        })
    }

    /// The report of a JSONL line, or why it is none.
    fn line_report(&self, buf: &[u8]) -> Result<Report, String> {
        // (the fast check first; std's names where a bad line goes wrong)
        let text = match simdutf8::basic::from_utf8(buf) {
            Ok(l) => l,
            Err(_) => match std::str::from_utf8(buf) {
                Ok(l) => l,
                Err(e) => {
                    return Err(format!(
                        "not valid UTF-8 (byte {} of the line)",
                        e.valid_up_to()
                    ))
                }
            },
        };
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let Some(obj) = value.as_object() else {
            return Err("each line must be one JSON object (a report)".into());
        };
        let mut report = self.fields.report(obj, text)?;
        if report.published.is_none() {
            report.published = self.published.clone();
        }
        Ok(report)
    }
}

impl Iterator for InputReader {
    type Item = Result<Report, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Some(Err(e));
            }
            if self.jsonl.is_some() {
                if let Some(item) = self.next_jsonl() {
                    return Some(item);
                }
                continue;
            }
            let p = self.pending.pop()?;
            if let Some(item) = self.open(p) {
                return Some(item);
            }
        }
    }
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// A `.txt` file's id: its path relative to `root` (the directory named on the command line)
/// without the extension, `/`-separated; a file named by itself is its stem.
fn path_id(path: &Path, root: Option<&Path>) -> Result<String, String> {
    let rel = match root.and_then(|r| path.strip_prefix(r).ok()) {
        Some(rel) => rel.to_path_buf(),
        None => PathBuf::from(path.file_name().unwrap_or(path.as_os_str())),
    };
    let mut parts = Vec::new();
    let n = rel.components().count();
    for (i, c) in rel.components().enumerate() {
        let c = c.as_os_str();
        let c = if i + 1 == n {
            Path::new(c).file_stem().unwrap_or(c)
        } else {
            c
        };
        match c.to_str() {
            Some(s) => parts.push(s),
            None => return Err("the file name is not valid UTF-8: rename it".into()),
        }
    }
    Ok(parts.join("/"))
}

/// Why an id is refused: empty, or holding a character a reader of the id cannot see.
fn check_id(id: &str) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err("empty `id`: every report needs one".into());
    }
    if let Some((i, c)) = id.chars().enumerate().find(|&(_, c)| invisible(c)) {
        return Err(format!(
            "`id` \"{}\" holds the control or bidirectional-format character U+{:04X} (char {i}): \
             ids must be visible text",
            escape(id),
            c as u32
        ));
    }
    Ok(())
}

/// Control characters and the format characters (Unicode Cf) that hide or reorder text.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{0600}'..='\u{0605}' | '\u{061C}' | '\u{06DD}' | '\u{070F}'
            | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// `s` with every invisible character written `\u{XXXX}`, safe to print.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if invisible(c) || c == '"' || c == '\\' {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// A hash of a report's text, to tell a text read again under the same id from another (compared
/// within one run only, never stored). Eight bytes a step, on the thread that reads the input
/// while the others extract (std's SipHash took 2.5 instructions a byte, 14 % of that thread's
/// work): each step is a bijection of the state for a given word and of the word for a given
/// state, so two texts of one length that differ in one word of eight bytes never share a hash.
fn text_hash(text: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, w: [u8; 8]| (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    let mut words = text.as_bytes().chunks_exact(8);
    let mut h = text.len() as u64;
    for w in &mut words {
        h = step(h, w.try_into().unwrap_or_default());
    }
    let mut last = [0u8; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    step(h, last)
}

/// The field names of a line, for a message (the first ten).
fn keys(obj: &serde_json::Map<String, serde_json::Value>) -> String {
    let mut keys: Vec<String> = obj.keys().take(10).map(|k| escape(k)).collect();
    if obj.len() > 10 {
        keys.push("...".into());
    }
    if keys.is_empty() {
        "no field".into()
    } else {
        keys.join(", ")
    }
}

/// The name of a UTF-16 byte order mark `bytes` starts with.
fn utf16(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xff\xfe") {
        Some("UTF-16LE")
    } else if bytes.starts_with(b"\xfe\xff") {
        Some("UTF-16BE")
    } else {
        None
    }
}

fn utf16_error(path: &Path, enc: &str) -> InputError {
    InputError::skipped(
        path,
        None,
        format!(
            "UTF-16 text ({enc}, by its byte order mark); rasd reads UTF-8: convert it first, \
             e.g. `iconv -f UTF-16 -t UTF-8`"
        ),
    )
}

/// Checks the start of a stream: UTF-16 is refused, a UTF-8 byte order mark dropped.
fn start(path: &Path, reader: &mut Box<dyn BufRead>) -> Result<(), InputError> {
    let buf = reader
        .fill_buf()
        .map_err(|e| InputError::skipped(path, None, e.to_string()))?;
    if let Some(enc) = utf16(buf) {
        return Err(utf16_error(path, enc));
    }
    if buf.starts_with(UTF8_BOM) {
        reader.consume(UTF8_BOM.len());
    }
    Ok(())
}

/// A whole file's text: UTF-8, without a byte order mark.
fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String, InputError> {
    if let Some(enc) = utf16(&bytes) {
        return Err(utf16_error(path, enc));
    }
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let head = &bytes[..bytes.len().min(256)];
        // UTF-16 without a byte order mark: ASCII interleaved with NULs
        let hint = if head.iter().filter(|&&b| b == 0).count() * 4 >= head.len() {
            "; it looks like UTF-16: convert it first, e.g. `iconv -f UTF-16 -t UTF-8`"
        } else {
            ""
        };
        InputError::skipped(
            path,
            None,
            format!(
                "not valid UTF-8 (byte {}){hint}",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_changed_in_one_place_has_another_hash() {
        let text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة ببغداد، وأصيب 5 آخرون.";
        let copy: String = text.chars().collect();
        assert_eq!(text_hash(text), text_hash(&copy));
        let mut seen = std::collections::HashSet::new();
        assert!(seen.insert(text_hash(text)));
        for (i, c) in text.char_indices() {
            // cut before each char, and each char changed for another
            assert!(seen.insert(text_hash(&text[..i])));
            let other = if c == 'ـ' { 'ا' } else { 'ـ' };
            let changed = format!("{}{other}{}", &text[..i], &text[i + c.len_utf8()..]);
            assert!(seen.insert(text_hash(&changed)), "{changed}");
        }
    }

    /// An endless JSONL stream: reading it whole never returns.
    struct Endless(u64);

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.0 += 1;
            let line = format!("{{\"id\": \"r{}\", \"text\": \"نص\"}}\n", self.0);
            let n = line.len().min(buf.len());
            buf[..n].copy_from_slice(&line.as_bytes()[..n]);
            Ok(n)
        }
    }

    #[test]
    fn stdin_is_streamed_not_read_whole() {
        let mut reader = InputReader::new(&[PathBuf::from("-")], None).with_stdin(Box::new(
            std::io::Cursor::new(b"  \n".to_vec()).chain(Endless(0)),
        ));
        let first: Vec<String> = reader.by_ref().take(3).map(|r| r.unwrap().id).collect();
        assert_eq!(first, ["r1", "r2", "r3"]);
    }

    #[test]
    fn a_jsonl_line_that_is_no_utf8_is_named_with_its_first_bad_byte() {
        let mut input = "{\"id\": \"a\", \"text\": \"نص\"}\n".as_bytes().to_vec();
        input.extend_from_slice(b"{\"id\": \"b\", \"text\": \"\xd9\x86\xd9\"}\n");
        input.extend_from_slice("{\"id\": \"c\", \"text\": \"نص\"}\n".as_bytes());
        let mut reader = InputReader::new(&[PathBuf::from("-")], None)
            .with_stdin(Box::new(std::io::Cursor::new(input)));
        assert_eq!(reader.next().unwrap().unwrap().id, "a");
        let e = reader.next().unwrap().unwrap_err();
        assert!(
            e.message()
                .contains("not valid UTF-8 (byte 23 of the line)"),
            "{}",
            e.message()
        );
        assert_eq!(reader.next().unwrap().unwrap().id, "c");
    }

    #[test]
    fn stdin_plain_text_keeps_its_leading_space() {
        let mut reader = InputReader::new(&[], None).with_stdin(Box::new(std::io::Cursor::new(
            b"\xef\xbb\xbf \n x".to_vec(),
        )));
        let r = reader.next().unwrap().unwrap();
        assert_eq!((r.id.as_str(), r.text.as_str()), ("stdin", " \n x"));
        assert!(reader.next().is_none());
    }

    #[test]
    fn path_ids_are_relative_to_the_named_folder() {
        let id = |p: &str, root: Option<&str>| path_id(Path::new(p), root.map(Path::new));
        assert_eq!(id("in/a/1.txt", Some("in")).unwrap(), "a/1");
        assert_eq!(id("./x.y.txt", Some(".")).unwrap(), "x.y");
        assert_eq!(id("in/1.txt", None).unwrap(), "1");
    }

    #[test]
    fn ids_refused_are_empty_or_invisible() {
        assert!(check_id("AAW_1").is_ok());
        assert!(check_id("تقرير ١").is_ok());
        for bad in ["", " ", "a\u{202e}b", "a\nb", "a\u{200f}", "\u{feff}x"] {
            assert!(check_id(bad).is_err(), "{bad:?}");
        }
        assert_eq!(escape("evil\u{202e}gpj"), "evil\\u{202e}gpj");
    }

    /// One JSONL line: a valid report (unique id) or junk bytes (no newline).
    fn line() -> impl proptest::strategy::Strategy<Value = (bool, Vec<u8>)> {
        use proptest::prelude::*;
        prop_oneof![
            3 => "\\PC{0,60}".prop_map(|t| (true, t.into_bytes())),
            1 => prop::collection::vec(any::<u8>().prop_filter("no newline", |b| *b != b'\n'), 1..80)
                .prop_map(|b| (false, b)),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// Fuzzing the JSONL reader (issue 13 item 15): whatever the lines, it never panics,
        /// reads every valid report, and names every line it refuses.
        #[test]
        fn the_jsonl_reader_never_panics_and_accounts_for_every_line(
            lines in proptest::collection::vec(line(), 0..30)
        ) {
            let mut bytes = b"{\"id\": \"first\", \"text\": \"x\"}\n".to_vec();
            let (mut valid, mut junk) = (1usize, 0usize);
            for (i, (ok, l)) in lines.iter().enumerate() {
                if *ok {
                    let text = String::from_utf8_lossy(l);
                    let row = serde_json::json!({"id": format!("r{i}"), "text": text});
                    bytes.extend(row.to_string().into_bytes());
                    valid += 1;
                } else {
                    bytes.extend(l);
                    junk += 1;
                }
                bytes.push(b'\n');
            }
            let reader = InputReader::new(&[PathBuf::from("-")], None)
                .with_stdin(Box::new(std::io::Cursor::new(bytes)));
            let (mut read, mut refused) = (0usize, 0usize);
            for item in reader {
                match item {
                    Ok(_) => read += 1,
                    Err(e) => {
                        refused += 1;
                        proptest::prop_assert!(!e.message().is_empty());
                    }
                }
            }
            // junk that happens to be blank is skipped, junk that happens to be a report is read
            proptest::prop_assert!(read >= valid, "read {read} of {valid} valid lines");
            proptest::prop_assert!(read + refused <= valid + junk);
        }
    }
}
