//! The shared TSV layer: comments, header, column count, phrase cell; errors with file + line.

/// An error in a lexicon file: always names the file and (except for a missing header) the
/// 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LexiconError {
    #[error("{file}: no header line (expected `{expected}`)")]
    MissingHeader { file: String, expected: String },
    #[error("{file}:{line}: header is `{found}`, expected `{expected}`")]
    BadHeader {
        file: String,
        line: usize,
        found: String,
        expected: String,
    },
    #[error("{file}:{line}: {found} tab-separated columns, expected {expected}")]
    ColumnCount {
        file: String,
        line: usize,
        found: usize,
        expected: usize,
    },
    #[error("{file}:{line}: column `{column}` has invalid value `{value}`: {reason}")]
    InvalidValue {
        file: String,
        line: usize,
        column: String,
        value: String,
        reason: String,
    },
}

impl LexiconError {
    /// The file the error is in.
    pub fn file(&self) -> &str {
        match self {
            LexiconError::MissingHeader { file, .. }
            | LexiconError::BadHeader { file, .. }
            | LexiconError::ColumnCount { file, .. }
            | LexiconError::InvalidValue { file, .. } => file,
        }
    }

    /// The 1-based line of the error, if it is about one line.
    pub fn line(&self) -> Option<usize> {
        match self {
            LexiconError::MissingHeader { .. } => None,
            LexiconError::BadHeader { line, .. }
            | LexiconError::ColumnCount { line, .. }
            | LexiconError::InvalidValue { line, .. } => Some(*line),
        }
    }
}

/// One data row: its cells and where it is.
pub(crate) struct Row<'a> {
    pub file: &'a str,
    pub line: usize,
    pub header: &'static [&'static str],
    pub cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    pub fn cell(&self, i: usize) -> &'a str {
        self.cells[i]
    }

    pub fn invalid(&self, column: &str, reason: &str) -> LexiconError {
        let i = self.header.iter().position(|h| *h == column).unwrap_or(0);
        LexiconError::InvalidValue {
            file: self.file.to_string(),
            line: self.line,
            column: column.to_string(),
            value: self.cells.get(i).copied().unwrap_or("").to_string(),
            reason: reason.to_string(),
        }
    }

    /// The phrase in column `i`: non-empty, no surrounding spaces, no double spaces, no Arabic
    /// diacritics or tatweel, `*` only at the end. Returns (phrase without `*`, any_suffix).
    pub fn phrase(&self, i: usize) -> Result<(String, bool), LexiconError> {
        let raw = self.cell(i);
        let col = self.header[i];
        let (p, any_suffix) = match raw.strip_suffix('*') {
            Some(p) => (p, true),
            None => (raw, false),
        };
        if p.is_empty() {
            return Err(self.invalid(col, "empty phrase"));
        }
        if p.trim() != p || p.contains("  ") {
            return Err(self.invalid(col, "leading, trailing or double spaces"));
        }
        if p.contains('*') {
            return Err(self.invalid(col, "`*` is allowed only at the end"));
        }
        if p.chars()
            .any(|c| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        {
            return Err(self.invalid(col, "diacritics or tatweel in phrase"));
        }
        if p.chars().any(|c| c.is_control()) {
            return Err(self.invalid(col, "control character in phrase"));
        }
        Ok((p.to_string(), any_suffix))
    }
}

/// Split `text` into data rows after checking the header. Comment (`#`) and blank lines are
/// skipped; a trailing `\r` is tolerated.
pub(crate) fn parse_rows<'a>(
    file: &'a str,
    text: &'a str,
    header: &'static [&'static str],
) -> Result<Vec<Row<'a>>, LexiconError> {
    let expected = header.join("\t");
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            if line != expected {
                return Err(LexiconError::BadHeader {
                    file: file.to_string(),
                    line: line_no,
                    found: line.to_string(),
                    expected,
                });
            }
            header_seen = true;
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() != header.len() {
            return Err(LexiconError::ColumnCount {
                file: file.to_string(),
                line: line_no,
                found: cells.len(),
                expected: header.len(),
            });
        }
        rows.push(Row {
            file,
            line: line_no,
            header,
            cells,
        });
    }
    if !header_seen {
        return Err(LexiconError::MissingHeader {
            file: file.to_string(),
            expected,
        });
    }
    Ok(rows)
}
