//! Lexicon phrases matched against a document's tokens, clitic-aware, leftmost-longest.
//!
//! Design: every phrase becomes a pattern over token keys joined by `\x01` (a char tokens never
//! contain), ending with `\x01` unless the phrase ends with `*` (suffix wildcard on its last
//! word). A range of tokens becomes one haystack in the same form; at each token the automaton
//! is run *anchored* at the token start and at the start of every grammatical proclitic
//! split of the first token, so that a match is always whole-token and a lexicon entry that
//! itself begins with clitic-like letters ("البانيا") wins over a split (shortest prefix wins
//! among equally long matches). Entries with the article also compile, without their alef, into
//! a second automaton tried after a ل proclitic ("للموصل" = ل + لموصل).

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use serde::Serialize;

use crate::{normalize_key, Document, Span, TokenKind};

const SEP: char = '\u{1}';
/// Marks a sentence end in the haystack; no pattern contains it.
const BOUNDARY: char = '\u{2}';

/// Conjunction/preposition proclitic combinations tried on the first token of a phrase.
const PREFIXES: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
];

/// A compiled lexicon of phrases with values.
#[derive(Debug, Clone)]
pub struct PhraseMatcher<T> {
    values: Vec<T>,
    phrases: Vec<String>,
    plain: Option<AhoCorasick>,
    plain_ids: Vec<usize>,
    elided: Option<AhoCorasick>,
    elided_ids: Vec<usize>,
    /// Bitmaps of the first chars of the patterns (by code point mod 2048): most anchored
    /// searches are skipped without touching the automaton.
    plain_first: Box<[u64; 32]>,
    elided_first: Box<[u64; 32]>,
}

fn first_chars(patterns: &[String]) -> Box<[u64; 32]> {
    let mut bits = Box::new([0u64; 32]);
    for p in patterns {
        if let Some(c) = p.chars().next() {
            let b = c as usize % 2048;
            bits[b / 64] |= 1 << (b % 64);
        }
    }
    bits
}

fn may_start(bits: &[u64; 32], hay: &str, at: usize) -> bool {
    match hay.get(at..).and_then(|h| h.chars().next()) {
        Some(c) => {
            let b = c as usize % 2048;
            bits[b / 64] & (1 << (b % 64)) != 0
        }
        None => false,
    }
}

/// The matching text of a token range: keys joined by a separator, a boundary after each
/// sentence's last token. Build it once per document and pass it to every lexicon's
/// [`PhraseMatcher::find_haystack`].
#[derive(Debug, Clone)]
pub struct Haystack {
    start: usize,
    end: usize,
    hay: String,
    /// `starts[i]`: byte start of token `start + i` (and the end).
    starts: Vec<usize>,
}

impl Haystack {
    pub fn new(doc: &Document, tokens: std::ops::Range<usize>) -> Haystack {
        let end = tokens.end.min(doc.tokens.len());
        let start = tokens.start.min(end);
        let mut hay = String::with_capacity((end - start) * 12);
        let mut starts = Vec::with_capacity(end - start + 1);
        if start < end {
            let mut sentence = doc.sentence_of_token(start).unwrap_or(usize::MAX);
            for (k, t) in doc.tokens[start..end].iter().enumerate() {
                if let Some(s) = doc.sentences.get(sentence) {
                    if s.tokens.end <= start + k {
                        hay.push(BOUNDARY);
                        sentence += 1;
                    }
                }
                starts.push(hay.len());
                hay.push_str(&t.key);
                hay.push(SEP);
            }
        }
        starts.push(hay.len());
        Haystack {
            start,
            end,
            hay,
            starts,
        }
    }

    /// The whole document.
    pub fn of(doc: &Document) -> Haystack {
        Haystack::new(doc, 0..doc.tokens.len())
    }
}

/// One match of a lexicon phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhraseMatch<'a, T> {
    pub value: &'a T,
    /// The matched phrase without non-article proclitics ("بالموصل" -> "الموصل").
    pub span: Span,
    /// Including the proclitics.
    pub full_span: Span,
    /// Token indices covered.
    pub tokens: std::ops::Range<usize>,
    /// The proclitic key stripped from the first token (e.g. "وب"), article excluded.
    pub prefix: String,
}

/// The token keys of a phrase, as the tokenizer sees it.
fn phrase_keys(phrase: &str) -> Vec<String> {
    let doc = Document::analyze(phrase);
    doc.tokens.into_iter().map(|t| t.key).collect()
}

fn build(patterns: &[String]) -> Option<AhoCorasick> {
    if patterns.is_empty() {
        return None;
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(patterns)
        .ok()
}

impl<T> PhraseMatcher<T> {
    /// Compiles surface phrases (multi-word allowed; a final `*` makes the last word a prefix).
    /// Empty phrases are ignored; of duplicate phrases the first wins.
    pub fn new(entries: Vec<(String, T)>) -> PhraseMatcher<T> {
        let mut values = Vec::with_capacity(entries.len());
        let mut phrases = Vec::with_capacity(entries.len());
        let mut plain: Vec<String> = Vec::new();
        let mut plain_ids = Vec::new();
        let mut elided: Vec<String> = Vec::new();
        let mut elided_ids = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (phrase, value) in entries {
            let idx = values.len();
            let trimmed = phrase.trim();
            let (body, wildcard) = match trimmed.strip_suffix('*') {
                Some(b) => (b, true),
                None => (trimmed, false),
            };
            let keys = phrase_keys(body);
            values.push(value);
            phrases.push(phrase.clone());
            if keys.is_empty() {
                continue;
            }
            let mut pat = keys.join(&SEP.to_string());
            if !wildcard {
                pat.push(SEP);
            }
            if !seen.insert(pat.clone()) {
                continue;
            }
            if let Some(rest) = pat.strip_prefix("ال") {
                if rest.chars().take_while(|&c| c != SEP).count() >= 2 {
                    elided.push(format!("ل{rest}"));
                    elided_ids.push(idx);
                }
            }
            plain.push(pat);
            plain_ids.push(idx);
        }
        PhraseMatcher {
            plain_first: first_chars(&plain),
            elided_first: first_chars(&elided),
            plain: build(&plain),
            elided: build(&elided),
            values,
            phrases,
            plain_ids,
            elided_ids,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The surface phrase of entry `i`.
    pub fn phrase(&self, i: usize) -> Option<&str> {
        self.phrases.get(i).map(String::as_str)
    }

    /// All matches in the document (a match never crosses a sentence boundary), sorted by
    /// position.
    pub fn find(&self, doc: &Document) -> Vec<PhraseMatch<'_, T>> {
        self.find_in(doc, 0..doc.tokens.len())
    }

    /// Leftmost-longest non-overlapping matches within the token range (never crossing a
    /// sentence boundary).
    pub fn find_in(
        &self,
        doc: &Document,
        tokens: std::ops::Range<usize>,
    ) -> Vec<PhraseMatch<'_, T>> {
        self.find_haystack(doc, &Haystack::new(doc, tokens))
    }

    /// Like [`PhraseMatcher::find_in`] over a haystack built once and shared by several
    /// lexicons.
    pub fn find_haystack(&self, doc: &Document, h: &Haystack) -> Vec<PhraseMatch<'_, T>> {
        let mut out = Vec::new();
        let (start, end) = (h.start, h.end);
        if start == end || self.plain.is_none() {
            return out;
        }
        let (hay, starts) = (h.hay.as_str(), &h.starts);
        let token_of = |byte: usize| starts.partition_point(|&s| s <= byte) - 1;
        let mut i = 0;
        while i < end - start {
            let tok = &doc.tokens[start + i];
            let tkey = &tok.key;
            // (end byte, stripped chars, prefix len, entry)
            let mut best: Option<(usize, usize, &str, usize)> = None;
            let mut consider = |m: Option<(usize, usize)>, stripped: usize, p: &'static str| {
                if let Some((e, idx)) = m {
                    let better = match best {
                        None => true,
                        Some((be, bs, _, _)) => e > be || (e == be && stripped < bs),
                    };
                    if better {
                        best = Some((e, stripped, p, idx));
                    }
                }
            };
            let prefixes: &[&'static str] = if tok.kind == TokenKind::Word {
                PREFIXES
            } else {
                &PREFIXES[..1]
            };
            // every proclitic starts with one of these letters: most tokens need only ""
            let clitic_start = matches!(tkey.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك'));
            for &p in prefixes {
                if !p.is_empty() && (!clitic_start || !tkey.starts_with(p)) {
                    continue;
                }
                let rest = &tkey[p.len()..];
                let pc = p.chars().count();
                if !p.is_empty() && rest.chars().count() < 2 {
                    continue;
                }
                let at = starts[i] + p.len();
                consider(self.search(hay, at, false), pc, p);
                if p.ends_with('ل') {
                    consider(self.search(hay, at, true), pc, p);
                    if rest.starts_with('ل') && rest.chars().count() >= 3 {
                        // ل + elided article + article-less entry: "للاشتباكات"
                        consider(self.search(hay, at + 'ل'.len_utf8(), false), pc + 1, p);
                    }
                }
                if rest.starts_with("ال") && rest.chars().count() >= 4 {
                    consider(self.search(hay, at + "ال".len(), false), pc + 2, p);
                }
            }
            let Some((e, _, p, idx)) = best else {
                i += 1;
                continue;
            };
            let last = token_of(e.saturating_sub(1)).max(i);
            let first_tok = &doc.tokens[start + i];
            let last_tok = &doc.tokens[start + last];
            let span_start = if p.is_empty() {
                first_tok.span.start
            } else {
                let norm = normalize_key(doc.slice(first_tok.span));
                first_tok.span.start + norm.orig_span(p.chars().count(), norm.key_len()).start
            };
            out.push(PhraseMatch {
                value: &self.values[idx],
                span: Span::new(span_start, last_tok.span.end),
                full_span: Span::new(first_tok.span.start, last_tok.span.end),
                tokens: start + i..start + last + 1,
                prefix: p.to_string(),
            });
            i = last + 1;
        }
        out
    }

    /// Anchored search at byte `at`: (end byte, entry index).
    fn search(&self, hay: &str, at: usize, elided: bool) -> Option<(usize, usize)> {
        let (ac, ids, first) = if elided {
            (self.elided.as_ref()?, &self.elided_ids, &self.elided_first)
        } else {
            (self.plain.as_ref()?, &self.plain_ids, &self.plain_first)
        };
        if !may_start(first, hay, at) {
            return None;
        }
        let m = ac.find(Input::new(hay).range(at..).anchored(Anchored::Yes))?;
        // exact patterns end on SEP, so on a token end; a wildcard pattern may end inside one
        Some((m.end(), ids[m.pattern().as_usize()]))
    }
}
