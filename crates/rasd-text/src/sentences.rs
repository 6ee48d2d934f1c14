//! Sentence segmentation over the tokens.
//!
//! Punctuation is recognized from the original chars (a contiguous array) rather than from the
//! token keys (one heap string each): walking the keys cost a cache miss per token.

use crate::tokenize::RawTok;
use crate::{Sentence, Span, Token, TokenKind};

/// A quotation longer than this (chars) does not hold sentences together.
pub const MAX_QUOTE_CHARS: usize = 400;

/// A sentence longer than this (tokens) is split, so that the work per sentence of every stage
/// above stays bounded on any input (one run-on sentence telling thousands of incidents). The
/// longest sentence of 3,000 news articles and the development sets has 476 tokens. A piece is
/// cut at the last "،"/"؛" (or "," ";") of its second half, else before its last word joined by
/// "و" there, else at the limit; offsets are those of the text, as for any sentence.
pub const MAX_SENTENCE_TOKENS: usize = 600;

/// The tokens with their original chars.
struct Toks<'a> {
    chars: &'a [char],
    raw: &'a [RawTok],
    tokens: &'a [Token],
}

impl Toks<'_> {
    /// The first original char of token `i` (NUL when out of range).
    fn first(&self, i: usize) -> char {
        self.tokens
            .get(i)
            .and_then(|t| self.chars.get(t.span.start))
            .copied()
            .unwrap_or('\0')
    }

    /// The char of token `i` if it is a single char.
    fn single(&self, i: usize) -> Option<char> {
        let t = self.tokens.get(i)?;
        (t.span.len() == 1).then(|| self.first(i))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is directly followed by token `i + 1` (no space).
    fn glued(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// A full stop, ellipsis, "!", "?", "؟" (or a run of them).
    fn is_terminal(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct)
            && matches!(self.first(i), '.' | '!' | '?' | '؟' | '…' | '۔')
    }

    fn is_closer(&self, i: usize) -> bool {
        matches!(
            self.single(i),
            Some('»' | '”' | '"' | '’' | '\'' | ')' | ']' | '›' | '﴿')
        )
    }

    /// Marks the tokens inside a quotation (guillemets, curly or straight double quotes) that
    /// closes on the same line within [`MAX_QUOTE_CHARS`].
    fn quoted(&self) -> Vec<bool> {
        let tokens = self.tokens;
        let mut inside = vec![false; tokens.len()];
        let mut stack: Vec<usize> = Vec::new();
        let mut straight: Option<usize> = None;
        let mark = |open: usize, close: usize, inside: &mut Vec<bool>| {
            if tokens[close].span.end - tokens[open].span.start <= MAX_QUOTE_CHARS {
                for q in inside.iter_mut().take(close).skip(open + 1) {
                    *q = true;
                }
            }
        };
        for (i, t) in tokens.iter().enumerate() {
            if self.raw[i].newline_before {
                stack.clear();
                straight = None;
            }
            if t.kind != TokenKind::Quote {
                continue;
            }
            match self.first(i) {
                '«' | '“' => stack.push(i),
                '»' | '”' => {
                    if let Some(open) = stack.pop() {
                        mark(open, i, &mut inside);
                    }
                }
                '"' => match straight.take() {
                    Some(open) => mark(open, i, &mut inside),
                    None if self.stray_closer(i) => {}
                    None => straight = Some(i),
                },
                _ => {}
            }
        }
        inside
    }

    /// Whether the straight quote `i`, with no quotation open, only closes one the writer never
    /// opened: glued to the word before it and followed by the end of its sentence or clause
    /// ("شمال شرق بغداد". وأشار المصدر"), or by the end of the line. A quotation never opens
    /// right before a full stop or a comma, so it opens none that would hold the sentences after
    /// it together.
    fn stray_closer(&self, i: usize) -> bool {
        let after_word = i > 0
            && matches!(self.kind(i - 1), Some(TokenKind::Word | TokenKind::Number))
            && self.glued(i - 1);
        let ends = match self.tokens.get(i + 1) {
            None => true,
            Some(_) if self.raw[i + 1].newline_before => true,
            Some(_) => {
                self.is_terminal(i + 1) || matches!(self.single(i + 1), Some('،' | ',' | '؛' | ';'))
            }
        };
        after_word && ends
    }

    /// Whether the dot token `i` ends an abbreviation ("أ.ف.ب." or "د." after a one-letter
    /// word) rather than a sentence.
    fn abbreviation_dot(&self, i: usize) -> bool {
        if self.single(i) != Some('.') || i == 0 || !self.glued(i - 1) {
            return false;
        }
        let prev = &self.tokens[i - 1];
        if prev.kind != TokenKind::Word {
            return false;
        }
        let surface = &self.chars[prev.span.start..prev.span.end];
        let letters = surface
            .iter()
            .filter(|&&c| is_letter(c) && !crate::normalize::is_arabic_mark(c))
            .count();
        let abbreviation = letters == 1 || surface.contains(&'.');
        // a line break or the end of the text after it still ends the sentence
        abbreviation && self.raw.get(i + 1).is_some_and(|r| !r.newline_before)
    }

    /// Whether token `i` is a list bullet starting an item inside a line: a `*` or `•`
    /// standing alone between spaces ("العراق  * أنقرة ـ رويترز"), or a dash/tatweel before
    /// "20:".
    fn starts_item(&self, i: usize) -> bool {
        if self.kind(i) != Some(TokenKind::Punct) || i == 0 || self.glued(i - 1) {
            return false;
        }
        match self.first(i) {
            '*' | '•' => self.single(i).is_some() && !self.glued(i),
            c if crate::is_dash(c) => {
                self.kind(i + 1) == Some(TokenKind::Number) && self.single(i + 2) == Some(':')
            }
            _ => false,
        }
    }

    /// Whether the terminal token `i` is not a sentence end by its neighbours: "(...)",
    /// "...،", or a "?" glued between letters (a mis-encoded char: "و?عل").
    fn inert_terminal(&self, i: usize) -> bool {
        let prev_open = i > 0 && self.single(i - 1) == Some('(') && self.glued(i - 1);
        let next_comma = matches!(self.single(i + 1), Some('،' | ',' | '؛' | ';')) && self.glued(i);
        let glued = self.single(i) == Some('?')
            && i > 0
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self.glued(i - 1)
            && self.kind(i + 1) == Some(TokenKind::Word)
            && self.glued(i);
        prev_open || next_comma || glued
    }
}

/// Splits the tokens into sentences, and marks the tokens inside a quotation (appended to
/// `quoted`, one flag a token).
pub(crate) fn segment(
    chars: &[char],
    raw: &[RawTok],
    tokens: &[Token],
    quoted: &mut Vec<bool>,
) -> Vec<Sentence> {
    let mut out = Vec::new();
    if tokens.is_empty() {
        return out;
    }
    let x = Toks { chars, raw, tokens };
    let inside = x.quoted();
    quoted.extend_from_slice(&inside);
    let is_inside = |i: usize| inside.get(i).copied().unwrap_or(false);
    let mut start = 0;
    let mut i = 0;
    let n = tokens.len();
    // content[k] = words and numbers among tokens[..k], so that "has content" is O(1)
    let mut content = Vec::with_capacity(n + 1);
    content.push(0usize);
    for t in tokens {
        let c = matches!(t.kind, TokenKind::Word | TokenKind::Number) as usize;
        content.push(content.last().copied().unwrap_or(0) + c);
    }
    let has_content = |start: usize, end: usize| content[end] > content[start];
    let close = |out: &mut Vec<Sentence>, start: usize, end: usize| {
        if end <= start {
            return;
        }
        // punctuation alone on the line of the previous sentence ("أثينا.  >") joins it
        if !has_content(start, end) && !raw[start].newline_before {
            if let Some(prev) = out.last_mut() {
                if prev.tokens.end == start {
                    prev.tokens.end = end;
                    prev.span.end = tokens[end - 1].span.end;
                    return;
                }
            }
        }
        out.push(Sentence {
            span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
            tokens: start..end,
        });
    };
    while i < n {
        if i > start && (raw[i].newline_before || x.starts_item(i)) {
            close(&mut out, start, i);
            start = i;
        }
        let mut end_here = false;
        if !x.is_terminal(i) || x.inert_terminal(i) || !has_content(start, i) {
            // not an end
        } else if !inside[i] {
            end_here = !x.abbreviation_dot(i);
        } else if matches!(x.single(i + 1), Some('»' | '”' | '"'))
            && x.glued(i)
            && !is_inside(i + 1)
        {
            // a quotation ending with its sentence: «... انتهى.» ends after the closer
            i += 1;
            end_here = true;
        }
        if end_here {
            // take adjacent closers and further terminals along
            while i + 1 < n
                && !raw[i + 1].newline_before
                && (x.is_closer(i + 1) && x.glued(i) || x.is_terminal(i + 1))
                && !(x.single(i + 1) == Some('"') && is_inside(i + 2))
            {
                i += 1;
            }
            close(&mut out, start, i + 1);
            start = i + 1;
        }
        i += 1;
    }
    close(&mut out, start, n);
    if out.iter().any(|s| s.tokens.len() > MAX_SENTENCE_TOKENS) {
        out = out
            .into_iter()
            .flat_map(|s| split_long(tokens, s))
            .collect();
    }
    out
}

/// Splits a sentence longer than [`MAX_SENTENCE_TOKENS`] into pieces of at least half and at
/// most the whole limit, each cut at the safest boundary of its second half.
fn split_long(tokens: &[Token], s: Sentence) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut a = s.tokens.start;
    let end = s.tokens.end;
    while end - a > MAX_SENTENCE_TOKENS {
        let lo = a + MAX_SENTENCE_TOKENS / 2;
        let hi = a + MAX_SENTENCE_TOKENS;
        let comma = (lo..hi).rev().find(|&i| {
            let t = &tokens[i];
            t.kind == TokenKind::Punct && matches!(t.key.as_str(), "،" | "؛" | "," | ";")
        });
        let joined = || {
            (lo + 1..=hi).rev().find(|&i| {
                let t = &tokens[i];
                t.kind == TokenKind::Word && t.clitics.first().is_some_and(|c| *c == "و")
            })
        };
        let cut = comma.map(|i| i + 1).or_else(joined).unwrap_or(hi);
        out.push(piece(tokens, a, cut));
        a = cut;
    }
    out.push(piece(tokens, a, end));
    out
}

fn piece(tokens: &[Token], start: usize, end: usize) -> Sentence {
    Sentence {
        span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        tokens: start..end,
    }
}

/// `c.is_alphabetic()`, the Arabic letters without the look-up in Unicode's tables (about 500
/// instructions a char).
fn is_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') || c.is_alphabetic()
}

#[cfg(test)]
mod letter_tests {
    /// The fast path says what `is_alphabetic` says: every char of the Arabic block and a few
    /// others.
    #[test]
    fn is_letter_is_alphabetic() {
        let others = [
            'a', 'Z', '1', '.', ' ', '«', 'é', 'ﻻ', '\u{0640}', '\u{064B}',
        ];
        for c in ('\u{0600}'..='\u{06FF}').chain(others) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }
}
