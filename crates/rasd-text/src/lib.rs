//! rasd-text: the Arabic text layer.
//!
//! Architecture invariant: this crate knows nothing of events, SQL or HTTP and does no I/O
//! beyond `read_text_file`. Every [`Span`] it returns is `[start, end)` in chars (Unicode scalar
//! values) of the *original* input, never of normalized text.
//!
//! INTERFACE CONTRACT (other crates code against these names; keep them stable):
//! - `Span`, `Normalized` (`normalize_key`, `key_span_to_orig`),
//! - `Document::analyze(text) -> Document` with `sentences`, `tokens`, `numbers`,
//! - `Token { span, key, kind, prefix_len, clitics }`,
//! - `NumberMention { span, min, max, qualifier, vague, ... }`,
//! - `PhraseMatcher<T>` (lexicon phrases over token keys, clitic-aware, leftmost-longest).

use serde::Serialize;

/// `[start, end)` in chars of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// The text of this span in `text` (chars); empty if out of range.
    pub fn slice(self, text: &str) -> String {
        text.chars().skip(self.start).take(self.len()).collect()
    }
}
