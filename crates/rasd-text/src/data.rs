//! The embedded TSV lexicons (numbers, qualifier cues, dual nouns, no-split words), parsed and
//! compiled once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::normalize::key;
use crate::Qualifier;

pub(crate) const NUMBERS_TSV: &str = include_str!("../data/numbers.tsv");
pub(crate) const QUALIFIERS_TSV: &str = include_str!("../data/qualifiers.tsv");
pub(crate) const DUALS_TSV: &str = include_str!("../data/duals.tsv");
pub(crate) const NOSPLIT_TSV: &str = include_str!("../data/nosplit.tsv");
pub(crate) const PERSONS_TSV: &str = include_str!("../data/persons.tsv");
pub(crate) const YEARS_TSV: &str = include_str!("../data/years.tsv");
pub(crate) const LABELS_TSV: &str = include_str!("../data/labels.tsv");
pub(crate) const WRITTEN_TSV: &str = include_str!("../data/written.tsv");

/// All embedded TSV files, by name (for validation).
pub const TSV_FILES: &[(&str, &str, usize)] = &[
    ("numbers.tsv", NUMBERS_TSV, 3),
    ("qualifiers.tsv", QUALIFIERS_TSV, 3),
    ("duals.tsv", DUALS_TSV, 3),
    ("nosplit.tsv", NOSPLIT_TSV, 1),
    ("persons.tsv", PERSONS_TSV, 1),
    ("years.tsv", YEARS_TSV, 2),
    ("labels.tsv", LABELS_TSV, 1),
    ("written.tsv", WRITTEN_TSV, 1),
];

/// A problem in an embedded TSV file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct TsvError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Parses a TSV: `#` comment lines (a `# source:` one is required) first, then a header line,
/// then data rows of exactly `columns` fields, sorted, without duplicates. Returns
/// `(line number, fields)` of the data rows.
pub fn parse_tsv<'a>(
    file: &str,
    text: &'a str,
    columns: usize,
) -> Result<Vec<(usize, Vec<&'a str>)>, TsvError> {
    let err = |line: usize, reason: String| TsvError {
        file: file.to_string(),
        line,
        reason,
    };
    let mut rows: Vec<(usize, Vec<&'a str>)> = Vec::new();
    let mut header_seen = false;
    let mut source_seen = false;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') {
            if header_seen {
                return Err(err(n, "comment after the header".into()));
            }
            source_seen |= line.starts_with("# source:");
            continue;
        }
        if line.trim().is_empty() {
            return Err(err(n, "empty line".into()));
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != columns {
            return Err(err(
                n,
                format!("{} columns, expected {columns}", fields.len()),
            ));
        }
        if fields.iter().any(|f| f.trim() != *f || f.is_empty()) {
            return Err(err(n, "empty field or stray whitespace".into()));
        }
        if !header_seen {
            if !source_seen {
                return Err(err(n, "no `# source:` comment before the header".into()));
            }
            header_seen = true;
            continue;
        }
        if let Some((_, prev)) = rows.last() {
            match prev.join("\t").as_str().cmp(line) {
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => return Err(err(n, format!("duplicate row {line:?}"))),
                std::cmp::Ordering::Greater => return Err(err(n, format!("not sorted: {line:?}"))),
            }
        }
        rows.push((n, fields));
    }
    if !header_seen {
        return Err(err(0, "no header line".into()));
    }
    Ok(rows)
}

/// The kind of a number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumKind {
    Num,
    Hundred,
    Scale,
    ScaleDual,
    ScalePlural,
    Vague,
    Unknown,
    Ordinal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NumWord {
    pub value: u64,
    pub kind: NumKind,
}

/// A word-at-a-time multiplicative hash (in the style of rustc's FxHash): the tables are
/// small and keyed by short strings from embedded data, so SipHash's DoS resistance is not
/// needed, its cost is.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHash(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHash {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(26) ^ word).wrapping_mul(K);
    }
}

impl Hasher for WordHash {
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(20)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b) | 0x100);
    }
}

/// A fast negative answer for set membership: a 65,536-bit table over a fingerprint of a
/// string's length and three of its bytes. Words whose fingerprint is unset are not in the set,
/// without hashing or probing (most words of a text are in no table).
pub(crate) struct Prefilter(Box<[u64; 1024]>);

impl Prefilter {
    #[inline]
    fn fingerprint(s: &str) -> usize {
        let b = s.as_bytes();
        let n = b.len();
        if n == 0 {
            return 0;
        }
        let x = (n as u32)
            | u32::from(b[n - 1]) << 8
            | u32::from(b[n / 2]) << 16
            | u32::from(b[1.min(n - 1)]) << 24;
        (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
    }

    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Prefilter {
        let mut bits = Box::new([0u64; 1024]);
        for w in words {
            let f = Self::fingerprint(w);
            bits[f / 64] |= 1 << (f % 64);
        }
        Prefilter(bits)
    }

    /// False when `s` is certainly not in the set.
    #[inline]
    pub(crate) fn may_contain(&self, s: &str) -> bool {
        let f = Self::fingerprint(s);
        self.0[f / 64] & (1 << (f % 64)) != 0
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHash>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<WordHash>>;

#[derive(Default)]
pub(crate) struct Tables {
    /// Single-token number words by key.
    pub numbers: FastMap<String, NumWord>,
    /// Multi-token number phrases (keys of the words) e.g. "عدد من".
    pub number_phrases: Vec<(Vec<String>, NumWord)>,
    /// Qualifier cues before the number, longest first.
    pub before: Vec<(Vec<String>, Qualifier)>,
    /// Qualifier cues after the number, longest first.
    pub after: Vec<(Vec<String>, Qualifier)>,
    /// Dual nouns (keys) counting 2.
    pub duals: FastSet<String>,
    /// Kin nouns' singulars (keys, duals.tsv `kin`): their dual construct without a pronoun
    /// ("ابني") is the singular with "my".
    pub kin: FastSet<String>,
    /// Singular person nouns (keys), from persons.tsv and the person duals' singulars: one
    /// person ("مقتل شرطي" = 1).
    pub singulars: FastSet<String>,
    /// Singular nouns that are counted (keys): the person nouns and the casualty duals'
    /// singulars ("إصابة", "وفاة"); "واحدة" after one is its count ("وفاة واحدة").
    pub counted: FastSet<String>,
    /// Words right before a figure that make it a year ("عام", "سنة"; keys).
    pub years_before: FastSet<String>,
    /// Words right after a figure that make it a year ("م", "هـ"; keys).
    pub years_after: FastSet<String>,
    /// Words not to split into proclitics (keys), including number words and duals.
    pub nosplit: FastSet<String>,
    /// Nouns right before a figure in digits that make it a label ("الفرقة 30"; keys without
    /// the article).
    pub labels: FastSet<String>,
    /// Words not to split only as written, letter for letter (written.tsv: "والي", whose key
    /// is also "وإلى"): their surface's letters.
    pub written: FastSet<String>,
    /// The keys of the words of `written`: only a token of one of these keys is compared.
    pub written_keys: FastSet<String>,
}

fn build() -> Result<Tables, TsvError> {
    let mut t = Tables::default();
    for (line, f) in parse_tsv("numbers.tsv", NUMBERS_TSV, 3)? {
        let bad = |reason: String| TsvError {
            file: "numbers.tsv".into(),
            line,
            reason,
        };
        let value: u64 = f[1]
            .parse()
            .map_err(|_| bad(format!("bad value {:?}", f[1])))?;
        let kind = match f[2] {
            "num" => NumKind::Num,
            "hundred" => NumKind::Hundred,
            "scale" => NumKind::Scale,
            "scale_dual" => NumKind::ScaleDual,
            "scale_plural" => NumKind::ScalePlural,
            "vague" => NumKind::Vague,
            "unknown" => NumKind::Unknown,
            "ordinal" => NumKind::Ordinal,
            k => return Err(bad(format!("unknown kind {k:?}"))),
        };
        let w = NumWord { value, kind };
        let words: Vec<String> = f[0].split(' ').map(key).collect();
        if words.len() == 1 {
            let k = words.into_iter().next().unwrap_or_default();
            if let Some(old) = t.numbers.insert(k.clone(), w) {
                if old != w {
                    return Err(bad(format!("key {k:?} has two meanings")));
                }
            }
            if kind != NumKind::Ordinal {
                t.nosplit.insert(k);
            }
        } else {
            t.number_phrases.push((words, w));
        }
    }
    t.number_phrases
        .sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    for (line, f) in parse_tsv("qualifiers.tsv", QUALIFIERS_TSV, 3)? {
        let bad = |reason: String| TsvError {
            file: "qualifiers.tsv".into(),
            line,
            reason,
        };
        let q = match f[2] {
            "at_least" => Qualifier::AtLeast,
            "approx" => Qualifier::Approx,
            "at_most" => Qualifier::AtMost,
            q => return Err(bad(format!("unknown qualifier {q:?}"))),
        };
        let words: Vec<String> = f[0].split(' ').map(key).collect();
        match f[1] {
            "before" => t.before.push((words, q)),
            "after" => t.after.push((words, q)),
            p => return Err(bad(format!("unknown position {p:?}"))),
        }
    }
    t.before.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    t.after.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    for (line, f) in parse_tsv("duals.tsv", DUALS_TSV, 3)? {
        let bad = |reason: String| TsvError {
            file: "duals.tsv".into(),
            line,
            reason,
        };
        let k = key(f[0]);
        if !crate::has_dual_ending(&k) {
            return Err(bad(format!("a dual ends in -ين or -ان: {:?}", f[0])));
        }
        t.nosplit.insert(k.clone());
        t.duals.insert(k);
        match f[2] {
            "person" => {
                t.singulars.insert(key(f[1]));
            }
            "kin" => {
                t.singulars.insert(key(f[1]));
                t.kin.insert(key(f[1]));
            }
            "casualty" => {}
            n => return Err(bad(format!("unknown noun {n:?}"))),
        }
        t.counted.insert(key(f[1]));
    }
    for (_, f) in parse_tsv("nosplit.tsv", NOSPLIT_TSV, 1)? {
        t.nosplit.insert(key(f[0]));
    }
    for (_, f) in parse_tsv("persons.tsv", PERSONS_TSV, 1)? {
        t.singulars.insert(key(f[0]));
        t.counted.insert(key(f[0]));
    }
    for (line, f) in parse_tsv("years.tsv", YEARS_TSV, 2)? {
        let set = match f[1] {
            "before" => &mut t.years_before,
            "after" => &mut t.years_after,
            p => {
                return Err(TsvError {
                    file: "years.tsv".into(),
                    line,
                    reason: format!("unknown position {p:?}"),
                })
            }
        };
        set.insert(key(f[0]));
    }
    for (_, f) in parse_tsv("labels.tsv", LABELS_TSV, 1)? {
        t.labels.insert(key(f[0]));
    }
    for (_, f) in parse_tsv("written.tsv", WRITTEN_TSV, 1)? {
        t.written.insert(f[0].to_string());
        t.written_keys.insert(key(f[0]));
    }
    Ok(t)
}

/// The compiled tables. The embedded files are validated by a unit test; should one be broken
/// anyway, the tables are empty rather than a panic.
pub(crate) fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| build().unwrap_or_default())
}

/// Builds the tables, reporting the first problem (used by tests).
pub fn validate_tables() -> Result<(), TsvError> {
    build().map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tsv_is_valid() {
        for (name, text, cols) in TSV_FILES {
            let rows = parse_tsv(name, text, *cols).unwrap_or_else(|e| panic!("{e}"));
            // (the words kept whole as written are few by nature)
            let least = if *name == "written.tsv" { 1 } else { 6 };
            assert!(rows.len() >= least, "{name} has too few rows");
        }
        validate_tables().unwrap();
    }

    #[test]
    fn prefilter_has_no_false_negatives() {
        let t = tables();
        let words: Vec<String> = t
            .nosplit
            .iter()
            .chain(t.duals.iter())
            .chain(t.numbers.keys())
            .cloned()
            .chain(["".to_string(), "a".to_string()])
            .collect();
        let pre = Prefilter::new(&words);
        for w in &words {
            assert!(pre.may_contain(w), "{w}");
        }
        let empty = Prefilter::new(&[] as &[String]);
        assert!(!empty.may_contain("كركوك"));
    }

    #[test]
    fn tsv_validator_can_fail() {
        let ok = "# source: x\nword\tv\na\t1\nb\t2\n";
        assert!(parse_tsv("t", ok, 2).is_ok());
        assert!(parse_tsv("t", "word\tv\na\t1\n", 2).is_err(), "no source");
        assert!(
            parse_tsv("t", "# source: x\nword\tv\nb\t1\na\t2\n", 2).is_err(),
            "unsorted"
        );
        assert!(
            parse_tsv("t", "# source: x\nword\tv\na\t1\na\t1\n", 2).is_err(),
            "dup"
        );
        assert!(
            parse_tsv("t", "# source: x\nword\tv\na\t1\t3\n", 2).is_err(),
            "columns"
        );
        assert!(parse_tsv("t", "# source: x\n", 2).is_err(), "no header");
    }
}
