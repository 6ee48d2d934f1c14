//! The lossy matching key, with an offset map back to the original chars.

use crate::Span;

/// What the key does with one original char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Removed from the key (diacritics, tatweel, zero-width and bidi controls).
    Drop,
    /// Replaced by this char (possibly itself).
    Keep(char),
}

/// Arabic diacritics and Quranic marks that the key removes.
#[inline]
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32,
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8 | 0x06EA..=0x06ED)
}

/// Zero-width and bidi control chars (ZWSP, ZWNJ, ZWJ, LRM, RLM, embeddings, isolates, BOM,
/// Arabic letter mark, soft hyphen, word joiner).
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x061C | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064
        | 0x2066..=0x2069 | 0xFEFF)
}

pub(crate) const TATWEEL: char = '\u{0640}';

/// The key's treatment of one char. Every `Keep` output is a fixed point, which makes the key
/// idempotent.
#[inline]
pub(crate) fn fold(c: char) -> Fold {
    if c.is_ascii() {
        return Fold::Keep(c.to_ascii_lowercase());
    }
    match c {
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => Fold::Keep('\u{0627}'), // أ إ آ ٱ → ا
        '\u{0649}' | '\u{06CC}' => Fold::Keep('\u{064A}'), // ى (and Persian ی) → ي
        '\u{0629}' => Fold::Keep('\u{0647}'),              // ة → ه
        '\u{06A9}' => Fold::Keep('\u{0643}'),              // Persian ک → ك
        '\u{0660}'..='\u{0669}' => Fold::Keep(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Fold::Keep(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{066B}' => Fold::Keep('.'), // ٫ Arabic decimal separator
        '\u{066C}' => Fold::Keep(','), // ٬ Arabic thousands separator
        TATWEEL => Fold::Drop,
        _ if is_arabic_mark(c) || is_invisible(c) => Fold::Drop,
        _ => Fold::Keep(c),
    }
}

/// A matching key and the map from its chars back to the original chars.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Normalized {
    /// The matching key: diacritics, tatweel and invisible chars removed, alef/ya/ta-marbuta
    /// folded, digits ASCII, ASCII lowercased.
    pub key: String,
    /// `starts[i]` = original char index of key char `i`.
    starts: Vec<usize>,
    /// Number of chars of the original.
    orig_len: usize,
}

impl Normalized {
    /// Original char span of key chars `[key_start, key_end)`. A key char covers the dropped
    /// chars (diacritics...) that follow it. Out-of-range values are clamped; never panics.
    pub fn orig_span(&self, key_start: usize, key_end: usize) -> Span {
        let n = self.starts.len();
        let ks = key_start.min(n);
        let ke = key_end.min(n).max(ks);
        let at = |i: usize| {
            if i < n {
                self.starts[i]
            } else {
                self.orig_len
            }
        };
        if ks == ke {
            let p = at(ks);
            return Span::new(p, p);
        }
        Span::new(at(ks), at(ke))
    }

    /// Number of chars in the key.
    pub fn key_len(&self) -> usize {
        self.starts.len()
    }

    /// Number of chars in the original.
    pub fn orig_len(&self) -> usize {
        self.orig_len
    }
}

/// Normalizes `s` into its matching key with an offset map. The original is not altered.
pub fn normalize_key(s: &str) -> Normalized {
    let mut key = String::with_capacity(s.len());
    let mut starts = Vec::with_capacity(s.len() / 2 + 1);
    let mut n = 0usize;
    for c in s.chars() {
        if let Fold::Keep(k) = fold(c) {
            key.push(k);
            starts.push(n);
        }
        n += 1;
    }
    Normalized {
        key,
        starts,
        orig_len: n,
    }
}

/// The matching key of `s` (no offset map).
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_key(s.chars(), &mut out);
    out
}

/// Appends the key of `chars` to `out`.
pub(crate) fn push_key(chars: impl Iterator<Item = char>, out: &mut String) {
    for c in chars {
        if let Fold::Keep(k) = fold(c) {
            out.push(k);
        }
    }
}
