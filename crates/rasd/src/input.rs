//! Reading reports from PATHs: .txt files (doc_id = file stem), .jsonl files, directories
//! (recursively, sorted), or `-` for stdin. One bad record never loses the others.

use std::io::Read;
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

/// Everything read from the inputs: the reports in input order, and the errors.
#[derive(Debug, Default)]
pub struct Inputs {
    pub reports: Vec<Report>,
    pub errors: Vec<InputError>,
}

/// Reads every PATH. `published` is the date given on the command line for plain text.
pub fn read_inputs(paths: &[PathBuf], published: Option<&str>) -> Inputs {
    let mut inputs = Inputs::default();
    let stdin = PathBuf::from("-");
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![stdin]
    } else {
        paths.to_vec()
    };
    for path in &paths {
        read_path(path, published, &mut inputs);
    }
    inputs
}

fn read_path(path: &Path, published: Option<&str>, inputs: &mut Inputs) {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        if let Err(source) = std::io::stdin().read_to_end(&mut bytes) {
            inputs.errors.push(InputError::Io {
                path: path.into(),
                source,
            });
            return;
        }
        let text = match decode(path, bytes) {
            Ok(t) => t,
            Err(e) => return inputs.errors.push(e),
        };
        // stdin is JSONL when every non-empty line is a JSON object, else one plain report
        if text.trim_start().starts_with('{') {
            read_jsonl(path, &text, published, inputs);
        } else {
            inputs.reports.push(Report {
                id: "stdin".into(),
                text,
                published: published.map(str::to_string),
                source: None,
                url: None,
            });
        }
        return;
    }
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(source) => {
                return inputs.errors.push(InputError::Io {
                    path: path.into(),
                    source,
                })
            }
        };
        entries.sort();
        for entry in entries {
            let ext = entry.extension().and_then(|e| e.to_str());
            if entry.is_dir() || matches!(ext, Some("txt") | Some("jsonl")) {
                read_path(&entry, published, inputs);
            }
        }
        return;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(source) => {
            return inputs.errors.push(InputError::Io {
                path: path.into(),
                source,
            })
        }
    };
    let text = match decode(path, bytes) {
        Ok(t) => t,
        Err(e) => return inputs.errors.push(e),
    };
    if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
        read_jsonl(path, &text, published, inputs);
    } else {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "doc".into());
        inputs.reports.push(Report {
            id,
            text,
            published: published.map(str::to_string),
            source: None,
            url: None,
        });
    }
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| InputError::Utf8 {
        path: path.into(),
        offset: e.utf8_error().valid_up_to(),
    })
}

fn read_jsonl(path: &Path, text: &str, published: Option<&str>, inputs: &mut Inputs) {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |reason: String| InputError::Record {
            path: path.into(),
            line: i + 1,
            reason,
        };
        match serde_json::from_str::<Report>(line) {
            Ok(mut report) => {
                if let Some(p) = report.published.as_deref() {
                    if !valid_date(p) {
                        inputs
                            .errors
                            .push(err(format!("`published` is not YYYY-MM-DD: {p:?}")));
                        continue;
                    }
                } else {
                    report.published = published.map(str::to_string);
                }
                inputs.reports.push(report);
            }
            Err(e) => inputs.errors.push(err(e.to_string())),
        }
    }
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
