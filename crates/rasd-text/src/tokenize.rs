//! Tokenization of the original chars: words, numbers, punctuation, quotes.

use crate::clitics::{segment_clitics, Segmentation};
use crate::normalize::{is_arabic_mark, is_invisible, key_char_origin, push_key_str, TATWEEL};
use crate::{Span, Token, TokenKind};

/// A token before keys: its span, kind, and whether a line break precedes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawTok {
    pub span: Span,
    pub kind: TokenKind,
    pub newline_before: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Newline,
    Space,
    Invisible,
    Letter,
    Mark,
    Digit,
    Quote,
    Punct,
    Other,
}

pub(crate) fn is_newline(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Whether `c` is a quotation mark (guillemets, straight, curly or low quotes, single or double).
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '«' | '»'
            | '"'
            | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‚'
            | '‹'
            | '›'
            | '`'
            | '〝'
            | '〞'
    )
}

fn is_combining(c: char) -> bool {
    c == TATWEEL
        || is_arabic_mark(c)
        || matches!(c as u32,
            0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x06E5..=0x06E6)
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '۔'
                | '٪'
                | '٭'
                | '…'
                | '–'
                | '—'
                | '‐'
                | '‑'
                | '‒'
                | '―'
                | '•'
                | '·'
                | '٬'
                | '٫'
                | '؍'
                | '﴾'
                | '﴿'
                | '¡'
                | '¿'
                | '§'
                | '¶'
                | '⁏'
                | '؉'
                | '؊'
        )
}

#[inline]
fn class(c: char) -> Class {
    // fast paths: Arabic letters, ASCII letters, spaces, digits
    match c {
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | 'a'..='z' | 'A'..='Z' => Class::Letter,
        ' ' => Class::Space,
        '0'..='9' => Class::Digit,
        _ => class_slow(c),
    }
}

#[inline(never)]
fn class_slow(c: char) -> Class {
    if is_newline(c) {
        Class::Newline
    } else if is_invisible(c) {
        Class::Invisible
    } else if c.is_whitespace() || c.is_control() {
        Class::Space
    } else if is_combining(c) {
        Class::Mark
    } else if is_digit(c) {
        Class::Digit
    } else if is_quote(c) {
        Class::Quote
    } else if is_punct(c) {
        Class::Punct
    } else if c.is_alphabetic() {
        Class::Letter
    } else {
        Class::Other
    }
}

fn is_wordy(c: char) -> bool {
    matches!(class(c), Class::Letter | Class::Mark)
}

/// Splits `chars` into raw tokens.
pub(crate) fn tokenize(chars: &[char]) -> Vec<RawTok> {
    let n = chars.len();
    let mut out: Vec<RawTok> = Vec::with_capacity(n / 4 + 1);
    let mut i = 0;
    let mut newline = false;
    while i < n {
        let c = chars[i];
        let start = i;
        let kind = match class(c) {
            Class::Newline => {
                newline = true;
                i += 1;
                continue;
            }
            Class::Space | Class::Invisible => {
                i += 1;
                continue;
            }
            Class::Letter => {
                i = word_end(chars, i);
                if i < n && chars[i] == '.' {
                    i = abbreviation_end(chars, start, i);
                }
                TokenKind::Word
            }
            Class::Mark => {
                // a run of marks/tatweel: a word if a letter follows, else a lone token
                let mut j = i;
                while j < n && class(chars[j]) == Class::Mark {
                    j += 1;
                }
                if j < n && class(chars[j]) == Class::Letter {
                    i = word_end(chars, j);
                    TokenKind::Word
                } else {
                    let all_tatweel = chars[i..j].iter().all(|&c| c == TATWEEL);
                    i = j;
                    if all_tatweel {
                        TokenKind::Punct
                    } else {
                        TokenKind::Other
                    }
                }
            }
            Class::Digit => {
                i = number_end(chars, i);
                TokenKind::Number
            }
            Class::Quote => {
                i += 1;
                TokenKind::Quote
            }
            Class::Punct => {
                // runs of dots ("...") and of ! ? ؟ are one token
                i += 1;
                if matches!(c, '.' | '!' | '?' | '؟') {
                    while i < n
                        && matches!(chars[i], '.' | '!' | '?' | '؟')
                        && (c == '.') == (chars[i] == '.')
                    {
                        i += 1;
                    }
                }
                TokenKind::Punct
            }
            Class::Other => {
                i += 1;
                // combining marks on a symbol stay with it
                while i < n && class(chars[i]) == Class::Mark {
                    i += 1;
                }
                TokenKind::Other
            }
        };
        out.push(RawTok {
            span: Span::new(start, i),
            kind,
            newline_before: newline,
        });
        newline = false;
    }
    out
}

/// End of the word starting at `i` (a letter): letters and marks, and invisible joiners between
/// them.
fn word_end(chars: &[char], mut i: usize) -> usize {
    let n = chars.len();
    while i < n {
        match class(chars[i]) {
            Class::Letter | Class::Mark => i += 1,
            Class::Invisible => {
                let mut j = i;
                while j < n && class(chars[j]) == Class::Invisible {
                    j += 1;
                }
                if j < n && is_wordy(chars[j]) {
                    i = j;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    i
}

/// Letters in `chars[start..end]` (marks excluded).
fn letters(chars: &[char], start: usize, end: usize) -> usize {
    chars[start..end]
        .iter()
        .filter(|&&c| class(c) == Class::Letter)
        .count()
}

/// Extends a short word into a dotted abbreviation ("أ.ف.ب", "سي.آي.ايه", "تي.في", "U.S"):
/// words of at most three letters joined by single dots, without spaces: three segments or
/// more, or two of at most two letters ("الخ.ما" is a sentence end). The final dot is not
/// included.
fn abbreviation_end(chars: &[char], start: usize, end: usize) -> usize {
    let first = letters(chars, start, end);
    if first > 3 {
        return end;
    }
    let n = chars.len();
    let mut i = end;
    let mut segments = 1;
    let mut longest = first;
    loop {
        if i + 1 < n && chars[i] == '.' && class(chars[i + 1]) == Class::Letter {
            let e = word_end(chars, i + 1);
            let l = letters(chars, i + 1, e);
            if l <= 3 {
                i = e;
                segments += 1;
                longest = longest.max(l);
                continue;
            }
        }
        break;
    }
    if segments >= 3 || (segments == 2 && longest <= 2) {
        i
    } else {
        end
    }
}

/// End of the number starting at digit `i`: digits, with `,`/`٬` thousands groups of exactly
/// three digits and `.`/`٫` decimal parts.
fn number_end(chars: &[char], mut i: usize) -> usize {
    let n = chars.len();
    let digits_from = |j: usize| {
        let mut k = j;
        while k < n && is_digit(chars[k]) {
            k += 1;
        }
        k - j
    };
    i += digits_from(i);
    let mut decimal = false;
    let mut grouped = false;
    while i + 1 < n {
        match chars[i] {
            ',' | '٬' if !decimal && digits_from(i + 1) == 3 => {
                i += 4;
                grouped = true;
            }
            // a decimal comma: "3,75 مليون"
            ',' if !decimal && !grouped && (1..=2).contains(&digits_from(i + 1)) => {
                decimal = true;
                i += 1 + digits_from(i + 1);
            }
            '.' | '٫' if !decimal && digits_from(i + 1) > 0 => {
                decimal = true;
                i += 1 + digits_from(i + 1);
            }
            _ => break,
        }
    }
    i
}

/// Whether `surface` is a word of data/written.tsv as written there, letter for letter (its
/// diacritics and tatweel aside): "والي" (the governor) is kept whole, "وإلى" and "والى" (and to)
/// are not, though the three share a key.
fn written_whole(surface: &str) -> bool {
    // (called only for a token whose key is a written word's key: rare, so the letters are
    // collected and looked up)
    let letters: String = (surface.chars())
        .filter(|&c| !is_arabic_mark(c) && c != TATWEEL && !is_invisible(c))
        .collect();
    crate::data::tables().written.contains(&letters)
}

/// Keys, clitics and stems for the raw tokens; `char_bytes` is the byte offset of every char of
/// `text` (and its length at the end).
/// A token's key: its surface's, or the surface itself when the key drops every char (with
/// whether it did).
fn token_key(surface: &str) -> (String, bool) {
    let mut key = String::with_capacity(surface.len());
    push_key_str(surface, &mut key);
    let dropped = key.is_empty();
    if dropped {
        key.push_str(surface);
    }
    (key, dropped)
}

/// The keys of the tokens of `text`, as [`crate::Document::analyze`] gives them, without the
/// rest of the analysis (clitics, sentences, numbers): what a lexicon's phrase is matched by.
pub fn token_keys(text: &str) -> Vec<String> {
    let (char_bytes, chars) = char_table(text);
    (tokenize(&chars).iter())
        .map(|r| token_key(&text[char_bytes[r.span.start]..char_bytes[r.span.end]]).0)
        .collect()
}

/// The byte offset of every char of `text` (and its length, last) and its chars.
pub(crate) fn char_table(text: &str) -> (Vec<usize>, Vec<char>) {
    let n = text.chars().count();
    // (filled in place: no capacity test per char; the last offset is the text's length)
    let mut char_bytes = vec![text.len(); n + 1];
    let mut chars = vec!['\0'; n];
    for ((cb, ch), (b, c)) in char_bytes
        .iter_mut()
        .zip(chars.iter_mut())
        .zip(text.char_indices())
    {
        *cb = b;
        *ch = c;
    }
    (char_bytes, chars)
}

pub(crate) fn build_tokens(text: &str, char_bytes: &[usize], raw: &[RawTok], out: &mut Vec<Token>) {
    out.extend(raw.iter().map(|r| {
        let surface = &text[char_bytes[r.span.start]..char_bytes[r.span.end]];
        let (key, dropped) = token_key(surface);
        if r.kind != TokenKind::Word || dropped {
            return Token {
                span: r.span,
                kind: r.kind,
                stem_at: 0,
                key,
                clitics: &[],
                stem_span: r.span,
            };
        }
        // (a word kept whole as written, "والي" the governor, not "وإلى": written.tsv; read only
        // when the key gives proclitics and is a written word's key, so most tokens are not
        // compared)
        let mut seg = segment_clitics(&key);
        if !seg.clitics.is_empty()
            && crate::data::tables().written_keys.contains(&key)
            && written_whole(surface)
        {
            seg = Segmentation::default();
        }
        // (the char that gives the stem's first key char)
        let stem_start = r.span.start + key_char_origin(surface, seg.prefix_chars);
        Token {
            span: r.span,
            kind: r.kind,
            stem_at: seg.prefix_bytes,
            key,
            clitics: seg.clitics,
            stem_span: Span::new(stem_start, r.span.end),
        }
    }));
}
