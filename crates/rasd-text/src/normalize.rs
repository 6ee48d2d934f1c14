//! The lossy matching key, with an offset map back to the original chars.

use crate::Span;

/// What the key does with one original char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Removed from the key (diacritics, tatweel, zero-width and bidi controls).
    Drop,
    /// Replaced by this char (possibly itself).
    Keep(char),
    /// Replaced by two chars: a presentation-form ligature ("ﻻ" -> "لا").
    Keep2(char, char),
}

impl Fold {
    /// Calls `f` with each key char, in order.
    #[inline]
    pub(crate) fn each(self, mut f: impl FnMut(char)) {
        match self {
            Fold::Drop => {}
            Fold::Keep(a) => f(a),
            Fold::Keep2(a, b) => {
                f(a);
                f(b);
            }
        }
    }
}

/// Whether `c` is in Unicode's Arabic presentation forms (A and B), which old typesetting and
/// some web pages still use ("اﻻطار", "ﺍﻟﻌﺮﺍﻕ").
#[inline]
const fn is_presentation_form(c: char) -> bool {
    matches!(c as u32, 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
}

/// The key of a presentation form: its compatibility decomposition, folded ("ﺓ" -> "ه", "ﻷ" ->
/// "لا"); the spaces the decomposition puts before isolated marks are dropped with the marks.
/// A ligature of three or more letters ("ﷲ") is kept as it is. (Rare: kept out of [`fold`],
/// which is inlined into the loops over every char.)
#[cold]
#[inline(never)]
fn presentation(c: char) -> Fold {
    let mut out: [Option<char>; 2] = [None, None];
    let mut n = 0;
    let mut long = false;
    unicode_normalization::char::decompose_compatible(c, |d| {
        if d == ' ' {
            return;
        }
        if let Fold::Keep(k) = fold_rule(d) {
            if n < 2 {
                out[n] = Some(k);
                n += 1;
            } else {
                long = true;
            }
        }
    });
    match (long, out) {
        (false, [Some(a), None]) => Fold::Keep(a),
        (false, [Some(a), Some(b)]) => Fold::Keep2(a, b),
        (false, [None, _]) => Fold::Drop,
        _ => Fold::Keep(c),
    }
}

/// Arabic diacritics and Quranic marks that the key removes.
#[inline]
pub(crate) const fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32,
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8 | 0x06EA..=0x06ED)
}

/// Zero-width and bidi control chars (ZWSP, ZWNJ, ZWJ, LRM, RLM, embeddings, isolates, BOM,
/// Arabic letter mark, soft hyphen, word joiner).
#[inline]
pub(crate) const fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x061C | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064
        | 0x2066..=0x2069 | 0xFEFF)
}

pub(crate) const TATWEEL: char = '\u{0640}';

/// The key's treatment of one char (the rules; [`fold`] reads them from a table for the Arabic
/// block). Every `Keep` output is a fixed point, which makes the key idempotent.
const fn fold_rule(c: char) -> Fold {
    if c.is_ascii() {
        return Fold::Keep(c.to_ascii_lowercase());
    }
    match c {
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => Fold::Keep('\u{0627}'), // أ إ آ ٱ → ا
        '\u{0649}' | '\u{06CC}' => Fold::Keep('\u{064A}'), // ى (and Persian ی) → ي
        '\u{0629}' => Fold::Keep('\u{0647}'),              // ة → ه
        '\u{06A9}' => Fold::Keep('\u{0643}'),              // Persian ک → ك
        '\u{0660}'..='\u{0669}' => Fold::Keep((b'0' + (c as u32 - 0x0660) as u8) as char),
        '\u{06F0}'..='\u{06F9}' => Fold::Keep((b'0' + (c as u32 - 0x06F0) as u8) as char),
        '\u{066B}' => Fold::Keep('.'), // ٫ Arabic decimal separator
        '\u{066C}' => Fold::Keep(','), // ٬ Arabic thousands separator
        TATWEEL => Fold::Drop,
        _ if is_arabic_mark(c) || is_invisible(c) => Fold::Drop,
        _ => Fold::Keep(c),
    }
}

/// [`fold_rule`] for U+0600..U+06FF.
const ARABIC_FOLD: [Fold; 256] = {
    let mut t = [Fold::Drop; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            t[i] = fold_rule(c);
        }
        i += 1;
    }
    t
};

/// The key's treatment of one char: dropped, or replaced by a char (possibly itself).
#[inline(always)]
pub(crate) fn fold(c: char) -> Fold {
    let u = c as u32;
    if u < 0x80 {
        Fold::Keep(c.to_ascii_lowercase())
    } else if (0x0600..0x0700).contains(&u) {
        ARABIC_FOLD[(u - 0x0600) as usize]
    } else if is_presentation_form(c) {
        presentation(c)
    } else if is_invisible(c) {
        Fold::Drop
    } else {
        Fold::Keep(c)
    }
}

/// A matching key and the map from its chars back to the original chars.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Normalized {
    /// The matching key: diacritics, tatweel and invisible chars removed, alef/ya/ta-marbuta
    /// folded, digits ASCII, ASCII lowercased.
    pub key: String,
    /// `starts[i]` = original char index of key char `i`.
    #[serde(skip)]
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
        // a span never splits an original char: one that ends inside a ligature covers it
        let last = self.starts[ke - 1];
        let end = self.starts[ke..]
            .iter()
            .copied()
            .find(|&s| s > last)
            .unwrap_or(self.orig_len);
        Span::new(at(ks), end)
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
        fold(c).each(|k| {
            key.push(k);
            starts.push(n);
        });
        n += 1;
    }
    Normalized {
        key,
        starts,
        orig_len: n,
    }
}

/// The char of `s` (its index) that gives key char `n`, or the number of chars of `s` when the
/// key is shorter: `normalize_key(s).orig_span(n, key_len).start`, without the key.
pub(crate) fn key_char_origin(s: &str, n: usize) -> usize {
    // (the common case, read off the bytes: each of the first n + 1 chars gives one key char,
    // an ASCII char or a char of the Arabic block folded to one char, so key char n comes from
    // char n)
    let b = s.as_bytes();
    let mut i = 0;
    for _ in 0..=n {
        match b.get(i) {
            Some(&x) if x < 0x80 => i += 1,
            Some(&x) if (0xD8..=0xDB).contains(&x) => {
                let low = b.get(i + 1).map_or(0, |&t| usize::from(t & 0x3F));
                if !ARABIC_ONE[usize::from(x - 0xD8) << 6 | low] {
                    return key_char_origin_by_chars(s, n);
                }
                i += 2;
            }
            _ => return key_char_origin_by_chars(s, n),
        }
    }
    n
}

/// [`key_char_origin`], char by char.
fn key_char_origin_by_chars(s: &str, n: usize) -> usize {
    let mut seen = 0usize;
    let mut chars = 0usize;
    for c in s.chars() {
        let mut found = false;
        fold(c).each(|_| {
            found |= seen == n;
            seen += 1;
        });
        if found {
            return chars;
        }
        chars += 1;
    }
    chars
}

/// The matching key of `s` (no offset map).
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_key_str(s, &mut out);
    out
}

/// Whether the key keeps each char of the Arabic block (U+0600 to U+06FF) as it is.
const ARABIC_SAME: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        if let Fold::Keep(k) = ARABIC_FOLD[i] {
            t[i] = k as u32 == 0x0600 + i as u32;
        }
        i += 1;
    }
    t
};

/// Whether the key folds each char of the Arabic block (U+0600 to U+06FF) to exactly one char.
const ARABIC_ONE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(ARABIC_FOLD[i], Fold::Keep(_));
        i += 1;
    }
    t
};

/// Appends the key of `s` to `out`, as [`push_key`] over its chars: the runs of chars that the key
/// keeps as they are (Arabic letters, lowercase ASCII) are copied whole, the others folded one
/// by one.
pub(crate) fn push_key_str(s: &str, out: &mut String) {
    let b = s.as_bytes();
    // the start of the run of kept chars not yet copied
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if !x.is_ascii_uppercase() {
                i += 1;
                continue;
            }
        } else if (0xD8..=0xDB).contains(&x) {
            // a two-byte char of the Arabic block: its continuation byte follows
            let low = b.get(i + 1).map_or(0, |&t| usize::from(t & 0x3F));
            if ARABIC_SAME[usize::from(x - 0xD8) << 6 | low] {
                i += 2;
                continue;
            }
        }
        out.push_str(&s[run..i]);
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        fold(c).each(|k| out.push(k));
        i += c.len_utf8();
        run = i;
    }
    out.push_str(&s[run..]);
}

/// Appends the key of `chars` to `out`, one char at a time (the definition [`push_key_str`]
/// is tested against).
#[cfg(test)]
pub(crate) fn push_key(chars: impl Iterator<Item = char>, out: &mut String) {
    for c in chars {
        fold(c).each(|k| out.push(k));
    }
}

#[cfg(test)]
mod tests {
    /// [`super::push_key_str`] (runs copied whole) gives the key char by char, for every char of
    /// the Basic Multilingual Plane and a few beyond, alone and between Arabic letters, and on
    /// words I made up (diacritics, tatweel, hamzas, a ta marbuta, Persian letters, digits,
    /// ligatures, capitals, invisible chars).
    #[test]
    fn keys_copied_by_runs_are_the_char_by_char_keys() {
        let by_char = |s: &str| {
            let mut out = String::new();
            super::push_key(s.chars(), &mut out);
            out
        };
        let chars = (0..0x1_0000u32)
            .chain([0x1F600, 0x1D400, 0x10FFFF])
            .filter_map(char::from_u32);
        for c in chars {
            for s in [c.to_string(), format!("بـ{c}لد"), format!("{c}{c}ة")] {
                assert_eq!(super::key(&s), by_char(&s), "{:?}", s);
            }
        }
        for s in [
            "",
            "وَبِالْمَدِينَةِ",
            "أإآٱ ى ی ک ة",
            "٢٠١٥ و۱۲",
            "ﻻجئين بﺍﻟﻌﺮﺍﻕ",
            "Reuters AFP U.S",
            "قال\u{200c}ت \u{200f}",
            "فلـــما 3,5 ٫٬",
        ] {
            assert_eq!(super::key(s), by_char(s), "{s:?}");
        }
    }

    /// [`key_char_origin`]'s reading of the bytes gives what the char-by-char reading gives, for
    /// every char of the first 2,048 code points and a few beyond, alone and among Arabic letters.
    #[test]
    fn key_char_origin_by_bytes_is_by_chars() {
        let chars = (0..0x800u32)
            .chain([0x200C, 0xFEFB, 0xFE8D, 0x1F600])
            .filter_map(char::from_u32);
        for c in chars {
            for s in [
                c.to_string(),
                format!("{c}بال{c}"),
                format!("و{c}{c}ة"),
                format!("ال{c}"),
            ] {
                for n in 0..6 {
                    assert_eq!(
                        super::key_char_origin(&s, n),
                        super::key_char_origin_by_chars(&s, n),
                        "{s:?} {n}"
                    );
                }
            }
        }
    }

    /// [`key_char_origin`] is where the offset map puts key char `n`, on words I made up with
    /// diacritics, tatweel, a ligature and a presentation form.
    #[test]
    fn key_char_origin_is_the_maps() {
        for s in [
            "وبالمدينة",
            "وَبِالْمَدِينَةِ",
            "فلـــما",
            "ﻻجئين",
            "بﺍﻟﻌﺮﺍﻕ",
            "لل",
            "",
            "a-b",
        ] {
            let norm = super::normalize_key(s);
            for n in 0..norm.key_len() + 2 {
                let want = norm.orig_span(n, norm.key_len()).start;
                assert_eq!(super::key_char_origin(s, n), want, "{s:?} {n}");
            }
        }
    }

    use super::*;

    #[test]
    fn presentation_forms_key_as_their_letters() {
        assert_eq!(key("اﻻطار"), key("الاطار"));
        assert_eq!(key("ﺍﻟﻌﺮﺍﻕ"), key("العراق"));
        assert_eq!(key("ﻷن"), key("لأن"));
        // the offset map points each key char of a ligature at the ligature
        let n = normalize_key("اﻻطار");
        assert_eq!(n.key, key("الاطار"));
        assert_eq!(n.orig_span(1, 3), Span::new(1, 2));
        assert_eq!(n.orig_span(2, 3), Span::new(1, 2));
        assert_eq!(n.orig_span(1, 2), Span::new(1, 2));
        assert_eq!(n.orig_span(0, 2), Span::new(0, 2));
    }

    #[test]
    fn the_fold_table_follows_the_rules() {
        for u in 0..0x11_0000u32 {
            if let Some(c) = char::from_u32(u) {
                let rule = if is_presentation_form(c) {
                    presentation(c)
                } else {
                    fold_rule(c)
                };
                assert_eq!(fold(c), rule, "U+{u:04X}");
            }
        }
    }
}
