//! Reading reports from PATHs: .txt files (doc_id = file stem), .jsonl files, directories
//! (recursively, sorted), or `-` for stdin. One bad record never loses the others.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rasd_core::Report;

/// A record that could not be read, with where and why.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid UTF-8 (byte {offset})")]
    Utf8 { path: PathBuf, offset: usize },
    #[error("{path}:{line}: {reason}")]
    Record {
        path: PathBuf,
        line: usize,
        reason: String,
    },
}

/// Streams the reports of PATHs in input order: directories are walked lazily (sorted) and
/// JSONL files read line by line, so memory stays flat however large the input.
pub struct InputReader {
    /// Paths still to open, next last.
    pending: Vec<PathBuf>,
    /// The JSONL file being read, with its path and line number.
    jsonl: Option<(PathBuf, Box<dyn BufRead>, usize)>,
    published: Option<String>,
}

impl InputReader {
    pub fn new(paths: &[PathBuf], published: Option<&str>) -> InputReader {
        let mut pending: Vec<PathBuf> = if paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            paths.to_vec()
        };
        pending.reverse();
        InputReader {
            pending,
            jsonl: None,
            published: published.map(str::to_string),
        }
    }

    /// Reads a whole file as one plain-text report, or opens it as JSONL.
    fn open(&mut self, path: PathBuf) -> Option<Result<Report, InputError>> {
        let io = |source| InputError::Io {
            path: path.clone(),
            source,
        };
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                return Some(Err(io(e)));
            }
            let text = match decode(&path, bytes) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            };
            // stdin is JSONL when it starts with a JSON object, else one plain report
            if text.trim_start().starts_with('{') {
                self.jsonl = Some((path, Box::new(std::io::Cursor::new(text.into_bytes())), 0));
                return None;
            }
            return Some(Ok(self.plain("stdin".into(), text)));
        }
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(&path) {
                Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(e) => return Some(Err(io(e))),
            };
            entries.sort();
            entries.retain(|e| {
                let ext = e.extension().and_then(|x| x.to_str());
                e.is_dir() || matches!(ext, Some("txt") | Some("jsonl"))
            });
            self.pending.extend(entries.into_iter().rev());
            return None;
        }
        if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
            match std::fs::File::open(&path) {
                Ok(f) => self.jsonl = Some((path, Box::new(BufReader::new(f)), 0)),
                Err(e) => return Some(Err(io(e))),
            }
            return None;
        }
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => return Some(Err(io(e))),
        };
        let text = match decode(&path, bytes) {
            Ok(t) => t,
            Err(e) => return Some(Err(e)),
        };
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "doc".into());
        Some(Ok(self.plain(id, text)))
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

    /// The next record of the open JSONL file, if any.
    fn next_jsonl(&mut self) -> Option<Result<Report, InputError>> {
        let (path, reader, line_no) = self.jsonl.as_mut()?;
        loop {
            let mut buf = Vec::new();
            *line_no += 1;
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(_) => {}
                Err(source) => {
                    let e = InputError::Io {
                        path: path.clone(),
                        source,
                    };
                    self.jsonl = None;
                    return Some(Err(e));
                }
            }
            let err = |reason: String| InputError::Record {
                path: path.clone(),
                line: *line_no,
                reason,
            };
            let line = match std::str::from_utf8(&buf) {
                Ok(l) => l,
                Err(e) => {
                    return Some(Err(err(format!(
                        "not valid UTF-8 (byte {} of the line)",
                        e.valid_up_to()
                    ))))
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(match serde_json::from_str::<Report>(line) {
                Ok(mut report) => match report.published.as_deref() {
                    Some(p) if !valid_date(p) => {
                        Err(err(format!("`published` is not YYYY-MM-DD: {p:?}")))
                    }
                    Some(_) => Ok(report),
                    None => {
                        report.published = self.published.clone();
                        Ok(report)
                    }
                },
                Err(e) => Err(err(e.to_string())),
            });
        }
    }
}

impl Iterator for InputReader {
    type Item = Result<Report, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.jsonl.is_some() {
                if let Some(item) = self.next_jsonl() {
                    return Some(item);
                }
                continue;
            }
            let path = self.pending.pop()?;
            if let Some(item) = self.open(path) {
                return Some(item);
            }
        }
    }
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| InputError::Utf8 {
        path: path.into(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Whether `s` is a plausible `YYYY-MM-DD` date.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}
