//! rasd-text: the Arabic text layer.
//!
//! Architecture invariant: this crate knows nothing of events, SQL or HTTP and does no I/O
//! beyond [`read_text_file`]. Every [`Span`] it returns is `[start, end)` in chars (Unicode
//! scalar values) of the *original* input, never of normalized text.
//!
//! The pipeline, in order ([`Document::analyze`]):
//! 1. tokenization of the original chars (words, numbers, punctuation, quotes), `tokenize.rs`;
//! 2. the matching key of every token with its offset map ([`normalize_key`]), and the
//!    preferred proclitic segmentation of words (`clitics.rs`);
//! 3. sentence segmentation over the tokens (`sentences.rs`);
//! 4. number mentions with their qualifier cues (`numbers.rs`).
//!
//! Steps 2-4 run line by line (a line break always ends a sentence), so that a line's tokens
//! are still in the cache when its sentences and numbers are found.
//!
//! [`PhraseMatcher`] matches lexicons against a [`Document`]'s tokens (`matcher.rs`).
//!
//! INTERFACE CONTRACT (other crates code against these names; keep them stable):
//! `Span`, `Normalized` (`normalize_key`, `orig_span`), `key`, `Document` (`analyze`, `slice`,
//! `sentence_at`, `sentence_tokens`, `numbers_in`, `tokens_in`, `token_at`,
//! `sentence_of_token`), `Sentence`, `Token`, `TokenKind`, `NumberMention`, `Qualifier`,
//! `PhraseMatcher`, `PhraseMatch`, `Haystack`, `SharedMatcher`, `SharedScan`, `Patterns`,
//! `read_text_file`, `TextError`, `segment_clitics`.
//!
//! Data: the sorted TSV files of `data/` (number words, qualifier cues, dual nouns, no-split
//! words, year words) are embedded and compiled once; `data/README.md` describes them.

use std::path::{Path, PathBuf};

use serde::Serialize;

mod clitics;
mod data;
mod matcher;
mod normalize;
mod numbers;
mod sentences;
mod tokenize;

pub use clitics::{is_preposition, segment_clitics, Segmentation};
pub use data::{parse_tsv, validate_tables, TsvError, TSV_FILES};
pub use matcher::{Haystack, Patterns, PhraseMatch, PhraseMatcher, SharedMatcher, SharedScan};
pub use normalize::{key, normalize_key, Normalized};
pub use sentences::MAX_SENTENCE_TOKENS;
pub use tokenize::{is_quote, token_keys};

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
    /// How many chars lie between this span and `other` (0 when they touch or overlap).
    pub fn gap(self, other: Span) -> usize {
        if other.end <= self.start {
            self.start - other.end
        } else {
            other.start.saturating_sub(self.end)
        }
    }
    /// Whether `other` lies within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Whether this span and `other` share at least one char.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text of this span in `text` (chars); empty if out of range.
    pub fn slice(self, text: &str) -> String {
        text.chars().skip(self.start).take(self.len()).collect()
    }
}

/// Errors of the only I/O this crate does.
#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid UTF-8 at byte {offset}")]
    Utf8 { path: PathBuf, offset: usize },
}

/// Reads a UTF-8 text file. Invalid UTF-8 is an error naming the path and the byte offset.
pub fn read_text_file(path: impl AsRef<Path>) -> Result<String, TextError> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|source| TextError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| TextError::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// A sentence: its span and its tokens (indices into [`Document::tokens`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Quote,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The whole token in original chars.
    pub span: Span,
    pub kind: TokenKind,
    /// The matching key of the whole token (for a token made only of dropped chars, such as a
    /// lone tatweel bullet, the surface itself, so that a key is never empty).
    pub key: String,
    /// Preferred proclitic segmentation (keys), e.g. `["و","ب","ال"]`; empty for non-words.
    pub clitics: &'static [&'static str],
    /// Where the stem starts in `key` (bytes): [`Token::stem`] is the key's tail, so a token
    /// owns one string.
    stem_at: usize,
    /// Original span of the stem.
    pub stem_span: Span,
}

impl Token {
    /// The key minus the proclitics.
    pub fn stem(&self) -> &str {
        &self.key[self.stem_at..]
    }

    /// Whether a proclitic preposition (ب، ل، ك) is glued to the word ("للتنظيم", "بمحافظة").
    pub fn has_preposition(&self) -> bool {
        self.clitics.iter().any(|c| is_preposition(c))
    }

    /// Whether the token is a comma, Arabic or Latin ("،", ","): it parts the clauses of a
    /// sentence without ending it.
    pub fn is_comma(&self) -> bool {
        self.key == "،" || self.key == ","
    }
}

/// The fields in their order, the stem among them, as when it was a field of its own.
impl Serialize for Token {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Token", 6)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("key", &self.key)?;
        st.serialize_field("clitics", &self.clitics)?;
        st.serialize_field("stem", self.stem())?;
        st.serialize_field("stem_span", &self.stem_span)?;
        st.end()
    }
}

/// How a figure is qualified: the record's own type (rasd-core), so a figure read here
/// carries its qualifier into an event unchanged.
pub use rasd_core::Qualifier;

/// A date written in digit groups joined by one separator ("21/10/1436", "2015-08-04", "19 / 07
/// / 2015"), found once by the text layer (the rules are at `numbers::written_dates`). Its
/// tokens are the groups and the separators between them; which group is the year, and the
/// calendar, are left to the reader (an era word may follow it: "هـ").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WrittenDate {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
    /// How many digit groups (2 or more): a group's token is `tokens.start + 2 * k`.
    pub groups: usize,
}

/// A number expression: digits, number words, a vague quantity or a dual noun.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NumberMention {
    /// The number expression only (digits or words, without proclitics), original chars.
    pub span: Span,
    /// The figure (for vague quantities: 10 for عشرات, 2 for بضعة).
    pub min: u64,
    /// `Some(v)` for exact figures, the maximum for ranges, `None` when open or vague
    /// (at least, approximately, عشرات, بضعة). For "أقل من 10" (at most) `min == max == 10`: the
    /// figure stays in `min`. A decimal without a scale word ("3.61") is a range `3..=4`.
    pub max: Option<u64>,
    pub qualifier: Qualifier,
    /// Span of the qualifier words, if any.
    pub cue_span: Option<Span>,
    pub vague: bool,
    /// The count came from a dual noun (شرطيين = 2).
    pub dual_noun: bool,
    /// A figure of time, never a count: a year ("عام 1981", "وفي العام 2014", "1293م",
    /// "626 هـ") or a part of a written date ("19/6/1436", "2015/7/20").
    pub date: bool,
    /// Written with a decimal part ("3.61", "1,5 مليون", "5ر1 مليون"): with a scale word the
    /// figure is whole (1,500,000), without one a range (3..=4).
    pub decimal: bool,
    /// Token indices covered by `span`.
    pub tokens: std::ops::Range<usize>,
}

/// An analyzed text.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub numbers: Vec<NumberMention>,
    /// Dates written in digits ("21/10/1436", "2015-08-04"), in text order: their figures are
    /// no counts ([`NumberMention::date`]), and the extractor reads their day from them.
    pub written_dates: Vec<WrittenDate>,
    /// Byte offset of every char, plus `text.len()` at the end.
    #[serde(skip)]
    char_bytes: Vec<usize>,
    /// One flag a token: inside a quotation ([`Document::in_quotation`]).
    #[serde(skip)]
    quoted: Vec<bool>,
    /// The token holding each char ([`NO_TOKEN`] for none): [`Document::token_at`] without a
    /// search.
    #[serde(skip)]
    char_token: Vec<u32>,
}

/// No token holds the char.
const NO_TOKEN: u32 = u32::MAX;

impl Document {
    /// Runs the whole text layer over `text`. Never panics.
    pub fn analyze(text: &str) -> Document {
        let (char_bytes, chars) = tokenize::char_table(text);
        let n = chars.len();
        let raw = tokenize::tokenize(&chars);
        // line by line (no sentence crosses a line break): each line's tokens are still in
        // the cache when its sentences and numbers are found
        let mut tokens = Vec::with_capacity(raw.len());
        let mut sentences = Vec::new();
        let mut numbers = Vec::new();
        let mut written_dates = Vec::new();
        let mut quoted = Vec::with_capacity(raw.len());
        let mut line_start = 0;
        while line_start < raw.len() {
            let line_end = raw[line_start + 1..]
                .iter()
                .position(|r| r.newline_before)
                .map_or(raw.len(), |p| line_start + 1 + p);
            let line = &raw[line_start..line_end];
            tokenize::build_tokens(text, &char_bytes, line, &mut tokens);
            let first_sentence = sentences.len();
            sentences.extend(
                sentences::segment(&chars, line, &tokens[line_start..line_end], &mut quoted)
                    .into_iter()
                    .map(|mut s| {
                        s.tokens = s.tokens.start + line_start..s.tokens.end + line_start;
                        s
                    }),
            );
            numbers::find_numbers_into(
                &chars,
                &tokens,
                &sentences[first_sentence..],
                &mut numbers,
                &mut written_dates,
            );
            line_start = line_end;
        }
        let mut char_token = vec![NO_TOKEN; n];
        for (k, t) in tokens.iter().enumerate() {
            let k = u32::try_from(k).unwrap_or(NO_TOKEN);
            let (a, z) = (t.span.start.min(n), t.span.end.min(n));
            char_token[a..z.max(a)].fill(k);
        }
        Document {
            text: text.to_string(),
            sentences,
            tokens,
            numbers,
            written_dates,
            char_bytes,
            quoted,
            char_token,
        }
    }

    /// Whether token `token` stands inside a quotation (guillemets, curly or straight double
    /// quotes closed on the same line within 400 chars): somebody's words.
    pub fn in_quotation(&self, token: usize) -> bool {
        self.quoted.get(token).copied().unwrap_or(false)
    }

    /// Number of chars of the text.
    pub fn char_len(&self) -> usize {
        self.char_bytes.len().saturating_sub(1)
    }

    /// The original text of `span`, in O(1). Out-of-range spans are clamped.
    pub fn slice(&self, span: Span) -> &str {
        let n = self.char_len();
        let end = span.end.min(n);
        let start = span.start.min(end);
        let (b0, b1) = (self.char_bytes[start], self.char_bytes[end]);
        self.text.get(b0..b1).unwrap_or("")
    }

    /// Whether the token's surface ends in a ta marbuta ("جراحة"), diacritics and tatweel
    /// aside. The key folds "ة" into "ه", so "جراحة" (surgery) and "جراحه" (his wounds) share a
    /// key; writers drop the dots of a ta marbuta, they do not add dots to a pronoun's "ه", so a
    /// surface "ة" tells the two apart.
    pub fn ends_in_ta_marbuta(&self, token: usize) -> bool {
        let Some(t) = self.tokens.get(token) else {
            return false;
        };
        self.slice(t.span)
            .chars()
            .rev()
            .find(|&c| !normalize::is_arabic_mark(c) && c != normalize::TATWEEL)
            == Some('ة')
    }

    /// The index of the sentence containing char `char_pos`, if any.
    pub fn sentence_at(&self, char_pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= char_pos);
        let s = self.sentences.get(i)?;
        (s.span.start <= char_pos && char_pos < s.span.end).then_some(i)
    }

    /// The tokens of sentence `sentence` (empty if out of range).
    pub fn sentence_tokens(&self, sentence: usize) -> &[Token] {
        match self.sentences.get(sentence) {
            Some(s) => self.tokens.get(s.tokens.clone()).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The number mentions lying within `span`, in text order.
    pub fn numbers_in(&self, span: Span) -> impl Iterator<Item = &NumberMention> {
        let i = self.numbers.partition_point(|m| m.span.start < span.start);
        self.numbers[i..]
            .iter()
            .take_while(move |m| m.span.start < span.end.max(span.start + 1))
            .filter(move |m| span.contains(m.span))
    }

    /// The indices of the tokens lying within `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.end <= span.end);
        a..b.max(a)
    }

    /// Whether no punctuation token lies among the tokens `range` (an empty or reversed range
    /// holds none): the words between two tokens run on in one clause.
    pub fn no_punct(&self, range: std::ops::Range<usize>) -> bool {
        range
            .into_iter()
            .all(|i| self.tokens[i].kind != TokenKind::Punct)
    }

    /// The index of the sentence holding token `token`.
    pub fn sentence_of_token(&self, token: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.tokens.end <= token);
        self.sentences
            .get(i)
            .filter(|s| s.tokens.contains(&token))
            .map(|_| i)
    }

    /// Index of the token holding the last char of `span` (the char before its end), if any:
    /// with `token_at(span.start)`, the first and last tokens of a mention's words.
    pub fn last_token(&self, span: Span) -> Option<usize> {
        self.token_at(span.end.saturating_sub(1))
    }

    /// Index of the token containing char `char_pos`, if any.
    pub fn token_at(&self, char_pos: usize) -> Option<usize> {
        // (the token noted for the char, when it holds it; else the search)
        if let Some(&k) = self.char_token.get(char_pos) {
            let k = k as usize;
            if (self.tokens.get(k))
                .is_some_and(|t| t.span.start <= char_pos && char_pos < t.span.end)
            {
                return Some(k);
            }
        }
        let i = self.tokens.partition_point(|t| t.span.end <= char_pos);
        let t = self.tokens.get(i)?;
        (t.span.start <= char_pos && char_pos < t.span.end).then_some(i)
    }

    /// How token `i` is joined by "و" to the words before it: written on it ("وثلاثة"), as a
    /// token of its own right before it ("و 18", "و3": the text layer splits "و" from digits),
    /// or not at all.
    pub fn joined_by_and(&self, i: usize) -> Option<Joined> {
        if (self.tokens.get(i)?.clitics.first()).is_some_and(|&c| c == "و") {
            Some(Joined::Written)
        } else if i > 0 && self.tokens[i - 1].key == "و" {
            Some(Joined::Apart)
        } else {
            None
        }
    }
}

/// How a token is joined by "و" ([`Document::joined_by_and`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    /// The "و" is written on the token ("وثلاثة").
    Written,
    /// The "و" is a token of its own right before it ("و 18").
    Apart,
}

/// Whether `c` is a dash as Arabic news writes it between a dateline and its source or before a
/// list item: a lone tatweel, a hyphen, an en or em dash.
pub fn is_dash(c: char) -> bool {
    matches!(c, 'ـ' | '-' | '–' | '—')
}

/// Whether `stem` (a key without proclitics) is a singular person noun (data/persons.tsv and the
/// singulars of data/duals.tsv): such a noun after a verb of killing counts one ("مقتل شرطي"),
/// and so does one joined to a count ("سبعة جنود ومهندس").
pub fn is_singular_person(stem: &str) -> bool {
    let singulars = &data::tables().singulars;
    // or with the accusative's alif ("وطفلا", "مسلحا")
    // (or a kin noun with "my": "ابني", "شقيقي")
    let kin = &data::tables().kin;
    if singulars.contains(stem)
        || stem
            .strip_suffix('ا')
            .is_some_and(|s| singulars.contains(s))
        || stem.strip_suffix('ي').is_some_and(|s| kin.contains(s))
    {
        return true;
    }
    // or with a possessive pronoun ("سائقها", "قائدهم", "طفلته" for "طفلة"); a bare "ه" is left
    // out, as the key folds "ة" into it ("عسكرية" is no "عسكري")
    let feminine = |s: &str| {
        s.strip_suffix('ت')
            .is_some_and(|b| singulars.contains(&format!("{b}ه")))
    };
    ["هما", "هم", "ها"].iter().any(|p| {
        stem.strip_suffix(p)
            .is_some_and(|s| s.chars().count() >= 2 && (singulars.contains(s) || feminine(s)))
    }) || stem.strip_suffix('ه').is_some_and(feminine)
}

/// The endings of a noun's dual ("-ان" nominative, "-ين" oblique), on keys: "انفجاران",
/// "الانفجارين". The sound masculine plural ends in "-ين" too; callers that must tell them
/// apart look the word up (data/duals.tsv).
const DUAL_ENDINGS: [&str; 2] = ["ين", "ان"];

/// The ending of a sound feminine plural ("-ات"), on keys: "الغارات", "تفجيرات".
const FEMININE_PLURAL_ENDING: &str = "ات";

/// Whether `key` ends like a dual ("-ان", "-ين"); the ending alone, no lookup.
pub fn has_dual_ending(key: &str) -> bool {
    DUAL_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// Whether `key` ends like a sound feminine plural ("-ات"); the ending alone, no lookup.
pub fn has_feminine_plural_ending(key: &str) -> bool {
    key.ends_with(FEMININE_PLURAL_ENDING)
}

/// The possessive pronouns a plural noun can carry ("هجماتها", "عملياته"), longest first.
const PLURAL_PRONOUNS: [&str; 4] = ["هما", "هم", "ها", "ه"];

/// Whether `key` is a sound feminine plural, bare or with a possessive pronoun: "هجمات",
/// "هجماتها", "عملياتهم"; the endings alone, no lookup.
pub fn has_feminine_plural_ending_or_pronoun(key: &str) -> bool {
    has_feminine_plural_ending(key)
        || PLURAL_PRONOUNS
            .iter()
            .any(|p| key.strip_suffix(p).is_some_and(has_feminine_plural_ending))
}

/// Whether `stem` (a key without proclitics) is a person dual in its construct form, which
/// drops the dual's "ن" (data/duals.tsv): "ضابطي" in "مقتل ضابطي شرطة", "حارسيه" in "مع
/// حارسيه" (with a possessive pronoun), "والداه". The "-ا" form counts only with a pronoun: bare,
/// it is the accusative of the singular ("جنديا", "شخصا").
pub fn is_dual_construct(stem: &str) -> bool {
    let t = data::tables();
    let person = |b: &str| {
        let mut chars = b.chars();
        chars.next_back();
        t.singulars.contains(chars.as_str())
    };
    // (a kin noun's "-ي" without a pronoun is "my": "ابني" my son, "شقيقي" my brother)
    let mine = |b: &str| t.kin.contains(b.strip_suffix('ي').unwrap_or(b));
    ["هما", "هم", "ها", "ه", ""].iter().any(|p| {
        stem.strip_suffix(p).is_some_and(|b| {
            let dual = format!("{b}ن");
            b.chars().count() >= 3
                && (b.ends_with('ي') || (!p.is_empty() && b.ends_with('ا')))
                && t.duals.contains(&dual)
                && person(b)
                && !(p.is_empty() && mine(b))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::Span;

    /// [`super::Document::token_at`] read off the chars' token gives what the search over the
    /// tokens gives, at every char and past the end, on texts I made up (spaces, a line break,
    /// marks alone, tatweel, digits, a dotted abbreviation, an invisible joiner).
    #[test]
    fn token_at_is_the_search() {
        for text in [
            "قتل 3 أشخاص في انفجار ببغداد، أمس.\nوأصيب ١٢ آخرون (أ.ف.ب)",
            "  ـــ َ ُ كلمة\u{200C}أخرى  ",
            "",
            "a",
        ] {
            let doc = super::Document::analyze(text);
            for pos in 0..doc.char_len() + 3 {
                let i = doc.tokens.partition_point(|t| t.span.end <= pos);
                let want = (doc.tokens.get(i)).filter(|t| t.span.start <= pos && pos < t.span.end);
                assert_eq!(doc.token_at(pos), want.map(|_| i), "{text:?} {pos}");
            }
        }
    }

    #[test]
    fn the_endings_of_duals_and_feminine_plurals_are_read_on_keys() {
        for w in ["انفجاران", "الانفجارين", "هجومين"] {
            assert!(super::has_dual_ending(w), "{w}");
        }
        for w in ["انفجار", "الغارات", "هجوم"] {
            assert!(!super::has_dual_ending(w), "{w}");
        }
        for w in ["الغارات", "تفجيرات"] {
            assert!(super::has_feminine_plural_ending(w), "{w}");
        }
        for w in ["غاره", "انفجاران"] {
            assert!(!super::has_feminine_plural_ending(w), "{w}");
        }
    }

    #[test]
    fn feminine_plural_with_a_pronoun() {
        for w in ["هجمات", "هجماتها", "عملياته", "غاراتهم", "ضرباتهما"]
        {
            assert!(super::has_feminine_plural_ending_or_pronoun(w), "{w}");
        }
        for w in ["هجوم", "هجومها", "الغارة", "قصفه", "ساحاتي"] {
            assert!(!super::has_feminine_plural_ending_or_pronoun(w), "{w}");
        }
    }

    #[test]
    fn a_dual_construct_counts_two_persons_but_an_accusative_singular_does_not() {
        for w in ["ضابطي", "حارسيه", "حارسيها", "جندياه"] {
            assert!(super::is_dual_construct(w), "{w}");
        }
        for w in ["جنديا", "شخصا", "ضابط", "ضابطين", "عسكري", "اصابتي"]
        {
            assert!(!super::is_dual_construct(w), "{w}");
        }
        // a kin noun's "-ي" is "my" ("ابني" my son) unless a pronoun follows ("ابنيه")
        for w in ["ابني", "شقيقي"] {
            assert!(!super::is_dual_construct(w), "{w}");
            assert!(super::is_singular_person(w), "{w}");
        }
        assert!(super::is_dual_construct("ابنيه"));
    }

    #[test]
    fn the_words_of_a_quotation_are_marked_and_an_unclosed_mark_quotes_nothing() {
        let doc = super::Document::analyze(
            "قال الشاهد «كنت في السوق حين انفجرت السيارة» وأضاف أنني \"لم أر\" أحدا.\nكنت \"هناك",
        );
        let quoted: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.in_quotation(i))
            .map(|i| doc.slice(doc.tokens[i].span))
            .collect();
        assert_eq!(
            quoted,
            ["كنت", "في", "السوق", "حين", "انفجرت", "السيارة", "لم", "أر"]
        );
    }

    #[test]
    fn a_ta_marbuta_is_read_off_the_surface_not_the_key() {
        let doc = super::Document::analyze("أجريت له جراحةٌ بعد جراحه وجراحـة");
        let ends: Vec<bool> = (0..doc.tokens.len())
            .map(|i| doc.ends_in_ta_marbuta(i))
            .collect();
        assert_eq!(doc.tokens[2].key, doc.tokens[4].key);
        assert_eq!(ends, [false, false, true, false, false, true]);
        assert!(!doc.ends_in_ta_marbuta(99));
    }

    #[test]
    fn gap_counts_the_chars_between_two_spans_either_way() {
        let a = Span::new(10, 15);
        assert_eq!(a.gap(Span::new(2, 7)), 3);
        assert_eq!(a.gap(Span::new(20, 22)), 5);
        assert_eq!(a.gap(Span::new(12, 18)), 0);
        assert_eq!(a.gap(Span::new(15, 16)), 0);
    }

    #[test]
    fn spans_overlap_when_they_share_a_char_either_way() {
        let a = Span::new(10, 15);
        assert!(a.overlaps(Span::new(14, 20)) && Span::new(14, 20).overlaps(a));
        assert!(a.overlaps(Span::new(11, 12)) && Span::new(11, 12).overlaps(a));
        // touching is not sharing
        assert!(!a.overlaps(Span::new(15, 20)) && !Span::new(15, 20).overlaps(a));
        assert!(!a.overlaps(Span::new(5, 10)));
    }

    #[test]
    fn a_run_on_sentence_is_cut_into_bounded_pieces_at_safe_boundaries() {
        let unit = "انفجار سيارة مفخخة في الموصل أمس أسفر عن مقتل 12 وإصابة 30 ";
        let text = unit.repeat(400);
        let doc = super::Document::analyze(&text);
        assert!(doc.sentences.len() > 1);
        let mut next = 0;
        for s in &doc.sentences {
            let n = s.tokens.len();
            assert!(n <= super::MAX_SENTENCE_TOKENS, "{n} tokens");
            assert_eq!(s.tokens.start, next, "pieces follow each other");
            next = s.tokens.end;
            assert_eq!(s.span.start, doc.tokens[s.tokens.start].span.start);
            assert_eq!(s.span.end, doc.tokens[s.tokens.end - 1].span.end);
            // every piece but the last starts at a word joined by "و"
            if s.tokens.start > 0 {
                assert!(doc.tokens[s.tokens.start]
                    .clitics
                    .first()
                    .is_some_and(|&c| c == "و"));
            }
        }
        assert_eq!(next, doc.tokens.len());
        // a comma in the second half is preferred
        let text = format!("{}، {}", "قال ".repeat(450), "ذهب ".repeat(400));
        let doc = super::Document::analyze(&text);
        assert_eq!(doc.sentences[0].tokens, 0..451);
        // an ordinary long sentence stays whole
        let doc = super::Document::analyze(&unit.repeat(40));
        assert_eq!(doc.sentences.len(), 1);
    }
}
