//! The words of the text index (schema version 16): a text's search key ([`super::search_key`])
//! cut into words at every char that is neither a letter nor a digit, each word without the
//! proclitics rasd-text reads on it (`segment_clitics`: و ف, ب ل ك, س, ال; "وللموصل" is
//! "موصل"), written one space apart with a space before and after (" قتل ثلاثة موصل ").
//! A query is read the same way, so a name is found with whatever clitics a report or a query
//! attaches to it, as a word or a phrase of words.
//!
//! A query word of [`PREFIX_MIN`] chars or more also finds the words it begins, whatever
//! suffixes follow it ("قتل" finds "قتلى", "قتلهم"; "موصل" finds "بالموصل" through its stem):
//! Arabic morphology puts the plural, the pronouns and the feminine after the stem. A shorter
//! query word (one or two chars: "في", a Latin "is") is found as a whole word only, so it reads
//! one term's rows, not those of every word that begins with its letters. A part inside a word
//! ("وصل" in "بالموصل") is not found.
//!
//! The words hold letters and digits alone, so SQLite's FTS5 `ascii` tokenizer (every
//! non-ASCII char a token char, ASCII letters and digits too, anything else a separator, ASCII
//! lower-cased) reads exactly these words, one token each, and PostgreSQL's regular expression
//! over the same body (`' w1[^ ]* w2 '`) finds the same rows.

use std::sync::OnceLock;

use super::search_key;

/// The words of a key: its runs of letters and digits (`char::is_alphanumeric`).
fn words(key: &str) -> impl Iterator<Item = &str> {
    let low = low_word_chars();
    key.split(move |c: char| !is_word_char(low, c))
        .filter(|w| !w.is_empty())
}

/// `char::is_alphanumeric` of every char below U+0800 (ASCII, Latin, Arabic and its
/// supplement): its own test searches Unicode's tables for every non-ASCII char, which over a
/// report's Arabic text cost more than the index's whole insert.
fn low_word_chars() -> &'static [bool; 0x800] {
    static LOW: OnceLock<[bool; 0x800]> = OnceLock::new();
    LOW.get_or_init(|| {
        let mut low = [false; 0x800];
        for (i, w) in low.iter_mut().enumerate() {
            *w = char::from_u32(i as u32).is_some_and(char::is_alphanumeric);
        }
        low
    })
}

/// `char::is_alphanumeric`, through the table below U+0800.
fn is_word_char(low: &[bool; 0x800], c: char) -> bool {
    match low.get(c as usize) {
        Some(&w) => w,
        None => c.is_alphanumeric(),
    }
}

/// The body of a text's index row: its words without their proclitics, one space apart, with a
/// space before and after (an empty text: one space).
pub(crate) fn body(text: &str) -> String {
    let key = search_key(text);
    let mut out = String::with_capacity(key.len() + 2);
    out.push(' ');
    for w in words(&key) {
        out.push_str(stem(w));
        out.push(' ');
    }
    out
}

/// A word without the proclitics rasd-text reads on it.
fn stem(word: &str) -> &str {
    &word[rasd_text::segment_clitics(word).prefix_bytes..]
}

/// A query word of this many chars or more is searched as a prefix ([`QueryWord::prefix`]).
pub(crate) const PREFIX_MIN: usize = 3;

/// A word of a query: its text (letters and digits alone) and whether it also finds the words
/// it begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QueryWord {
    pub(crate) word: String,
    pub(crate) prefix: bool,
}

impl QueryWord {
    fn new(word: &str) -> QueryWord {
        QueryWord {
            word: word.to_string(),
            prefix: word.chars().count() >= PREFIX_MIN,
        }
    }
}

/// The phrases a query is searched as, each its words in order: its words without their
/// proclitics, and when that changes one, its words as written (a name whose first letter reads
/// as a clitic, as in "لبنان", is then also found where a report's clitic before it left that
/// letter on: "بلبنان"). Empty when the query has no word.
pub(crate) fn phrases(query: &str) -> Vec<Vec<QueryWord>> {
    let key = search_key(query);
    let words: Vec<&str> = words(&key).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let stems: Vec<&str> = words.iter().map(|w| stem(w)).collect();
    let phrase = |ws: &[&str]| ws.iter().map(|w| QueryWord::new(w)).collect::<Vec<_>>();
    if stems == words {
        vec![phrase(&stems)]
    } else {
        vec![phrase(&stems), phrase(&words)]
    }
}

#[cfg(test)]
mod tests {
    use super::{body, is_word_char, low_word_chars, phrases};

    #[test]
    fn word_chars_are_alphanumeric_chars() {
        let low = low_word_chars();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(low, c),
                c.is_alphanumeric(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn words_lose_their_clitics_and_punctuation() {
        assert_eq!(
            body("قُتِلَ ثلاثة في إنفجار بالموصل، وللموصل «أمس» ISIS"),
            " قتل ثلاثه في انفجار موصل موصل امس isis "
        );
        assert_eq!(body(""), " ");
        assert_eq!(body("«»"), " ");
        // (a prefix word shown with a star)
        let shown = |q: &str| -> Vec<String> {
            phrases(q)
                .iter()
                .map(|p| {
                    let ws: Vec<String> = p
                        .iter()
                        .map(|w| format!("{}{}", w.word, if w.prefix { "*" } else { "" }))
                        .collect();
                    ws.join(" ")
                })
                .collect()
        };
        assert_eq!(shown("بكركوك"), vec!["كركوك*", "بكركوك*"]);
        assert_eq!(shown("كركوك"), vec!["كركوك*"]);
        assert_eq!(shown("Reuters AND  afp"), vec!["reuters* and* afp*"]);
        // a word of one or two chars is a whole word, three chars begin words
        assert_eq!(shown("قتل في بغداد"), vec!["قتل* في بغداد*"]);
        assert_eq!(shown("is a"), vec!["is a"]);
        // a stem of two chars left by a clitic is a whole word too, the word as written not
        assert_eq!(shown("وفي"), vec!["في", "وفي*"]);
        assert!(phrases("% «»").is_empty());
    }
}
