//! Sentence segmentation over the tokens.

use crate::tokenize::RawTok;
use crate::{Sentence, Span, Token, TokenKind};

/// A quotation longer than this (chars) does not hold sentences together.
pub const MAX_QUOTE_CHARS: usize = 400;

fn is_terminal(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && (t.key.starts_with('.')
            || t.key.starts_with('!')
            || t.key.starts_with('?')
            || t.key.starts_with('؟')
            || t.key == "…"
            || t.key == "۔")
}

fn is_closer(t: &Token) -> bool {
    matches!(
        t.key.as_str(),
        "»" | "”" | "\"" | "’" | "'" | ")" | "]" | "›" | "﴿"
    )
}

/// Marks the tokens inside a quotation (guillemets, curly or straight double quotes) that
/// closes on the same line within [`MAX_QUOTE_CHARS`].
fn quoted(raw: &[RawTok], tokens: &[Token]) -> Vec<bool> {
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
        if raw[i].newline_before {
            stack.clear();
            straight = None;
        }
        match t.key.as_str() {
            "«" | "“" => stack.push(i),
            "»" | "”" => {
                if let Some(open) = stack.pop() {
                    mark(open, i, &mut inside);
                }
            }
            "\"" => match straight.take() {
                Some(open) => mark(open, i, &mut inside),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    inside
}

/// Whether the dot token `i` ends an abbreviation ("أ.ف.ب." or "د." after a one-letter word)
/// rather than a sentence.
fn abbreviation_dot(chars: &[char], raw: &[RawTok], tokens: &[Token], i: usize) -> bool {
    if tokens[i].key != "." || i == 0 {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.kind != TokenKind::Word || prev.span.end != tokens[i].span.start {
        return false;
    }
    let letters = chars[prev.span.start..prev.span.end]
        .iter()
        .filter(|c| c.is_alphabetic() && !crate::normalize::is_arabic_mark(**c))
        .count();
    let abbreviation = letters == 1 || prev.key.contains('.');
    // a line break or the end of the text after it still ends the sentence
    abbreviation && raw.get(i + 1).is_some_and(|r| !r.newline_before)
}

/// Whether token `i` is a list bullet starting an item inside a line: a `*` or `•` standing
/// alone between spaces ("العراق  * أنقرة ـ رويترز"), or a dash/tatweel before "20:".
fn starts_item(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let spaced_before = i > 0 && tokens[i - 1].span.end < t.span.start;
    if !spaced_before {
        return false;
    }
    match t.key.as_str() {
        "*" | "•" => tokens.get(i + 1).is_some_and(|n| n.span.start > t.span.end),
        "ـ" | "-" | "–" | "—" => {
            tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Number)
                && tokens.get(i + 2).is_some_and(|c| c.key == ":")
        }
        _ => false,
    }
}

/// Whether the terminal token `i` is not a sentence end by its neighbours: "(...)", "...،".
fn inert_terminal(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let prev_open = i > 0 && tokens[i - 1].key == "(" && tokens[i - 1].span.end == t.span.start;
    let next_comma = tokens.get(i + 1).is_some_and(|n| {
        matches!(n.key.as_str(), "،" | "," | "؛" | ";") && n.span.start == t.span.end
    });
    // a "?" between letters is a mis-encoded char ("و?عل"), not a question mark
    let glued = t.key == "?"
        && i > 0
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i - 1].span.end == t.span.start
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.span.start == t.span.end);
    prev_open || next_comma || glued
}

/// Splits the tokens into sentences.
pub(crate) fn segment(chars: &[char], raw: &[RawTok], tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    if tokens.is_empty() {
        return out;
    }
    let inside = quoted(raw, tokens);
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
        if i > start && (raw[i].newline_before || starts_item(tokens, i)) {
            close(&mut out, start, i);
            start = i;
        }
        let t = &tokens[i];
        let mut end_here = false;
        if is_terminal(t) && (inert_terminal(tokens, i) || !has_content(start, i)) {
            // not an end
        } else if is_terminal(t) && !inside[i] && !abbreviation_dot(chars, raw, tokens, i) {
            end_here = true;
        } else if is_terminal(t) && inside[i] {
            // a quotation ending with its sentence: «... انتهى.» ends after the closer
            if let Some(next) = tokens.get(i + 1) {
                if matches!(next.key.as_str(), "»" | "”" | "\"")
                    && next.span.start == t.span.end
                    && !inside.get(i + 1).copied().unwrap_or(false)
                {
                    i += 1;
                    end_here = true;
                }
            }
        }
        if end_here {
            // take adjacent closers and further terminals along
            while i + 1 < n
                && !raw[i + 1].newline_before
                && (is_closer(&tokens[i + 1]) && tokens[i + 1].span.start == tokens[i].span.end
                    || is_terminal(&tokens[i + 1]))
                && !(tokens[i + 1].key == "\"" && inside.get(i + 2).copied().unwrap_or(false))
            {
                i += 1;
            }
            close(&mut out, start, i + 1);
            start = i + 1;
        }
        i += 1;
    }
    close(&mut out, start, n);
    out
}
