//! Proclitic segmentation of word keys: conjunctions و ف, prepositions ب ل ك, the future
//! particle س and the article ال (with ل+ال elided to لل).

use serde::Serialize;

use std::sync::OnceLock;

use crate::data::{tables, FastSet, Prefilter};

/// A preferred proclitic segmentation of a key.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Segmentation {
    /// The proclitics, as keys, in order (e.g. `["و","ل","ال"]` for وللموصل); a static list
    /// (`CLITIC_LISTS`), so a segmentation allocates nothing.
    pub clitics: &'static [&'static str],
    /// Chars of the key taken by the proclitics.
    pub prefix_chars: usize,
    /// Bytes of the key taken by the proclitics.
    pub prefix_bytes: usize,
}

/// Every list of proclitics a segmentation can give, in order: a conjunction (none, و, ف), a
/// preposition or the future particle (none, ب, ل, ك, س), the article (none, ال); a token's
/// list is a slice of one of these (no allocation per token).
static CLITIC_LISTS: [[&str; 3]; 30] = {
    const CONJ: [&str; 3] = ["", "و", "ف"];
    const MID: [&str; 5] = ["", "ب", "ل", "ك", "س"];
    const ART: [&str; 2] = ["", "ال"];
    let mut out = [[""; 3]; 30];
    let mut i = 0;
    while i < 30 {
        let (c, m, a) = (CONJ[i / 10], MID[i / 2 % 5], ART[i % 2]);
        let mut k = 0;
        if !c.is_empty() {
            out[i][k] = c;
            k += 1;
        }
        if !m.is_empty() {
            out[i][k] = m;
            k += 1;
        }
        if !a.is_empty() {
            out[i][k] = a;
        }
        i += 1;
    }
    out
};

/// Whether a proclitic key is one of the prepositions ب، ل، ك (not the future particle س).
pub fn is_preposition(clitic: &str) -> bool {
    let mut cs = clitic.chars();
    matches!((cs.next(), cs.next()), (Some(BA | LAM | KAF), None))
}

/// The static list of `CLITIC_LISTS` holding these proclitics (conjunction, preposition or
/// future particle, article), and its length.
#[derive(Default, Clone, Copy)]
struct Clitics {
    conj: usize,
    mid: usize,
    art: usize,
    len: usize,
}

impl Clitics {
    fn list(self) -> &'static [&'static str] {
        &CLITIC_LISTS[self.conj * 10 + self.mid * 2 + self.art][..self.len]
    }
}

const WAW: char = 'و';
const FA: char = 'ف';
const BA: char = 'ب';
const LAM: char = 'ل';
const KAF: char = 'ك';
const SIN: char = 'س';
const ALEF: char = 'ا';

/// Pronoun suffixes tried when looking a word up in the no-split list ("بعدها" = بعد + ها).
/// Also the accusative alif and plural endings ("كثيرا", "وصولا").
const SUFFIXES: &[&str] = &[
    "هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي", "ا", "ين", "ون", "ات",
];

/// Whether `s`, or `s` minus a pronoun suffix, is a word not to split.
fn is_nosplit(s: &str) -> bool {
    static SET: OnceLock<(FastSet<String>, Prefilter)> = OnceLock::new();
    let (set, pre) = SET.get_or_init(|| {
        let mut set = FastSet::default();
        for w in &tables().nosplit {
            set.insert(w.clone());
            if w.chars().count() >= 2 {
                for suf in SUFFIXES {
                    set.insert(format!("{w}{suf}"));
                }
            }
        }
        let pre = Prefilter::new(&set);
        (set, pre)
    });
    pre.may_contain(s) && set.contains(s)
}

/// The preferred segmentation of a word key, without a lexicon: words listed in
/// `data/nosplit.tsv` (also with a pronoun or plural suffix), number words and dual nouns are
/// never split; a conjunction needs a stem of 2 chars, ب or ل without the article 3, ك only
/// comes off before the article, the future س only before ي ت ن, the article needs 2.
pub fn segment_clitics(key: &str) -> Segmentation {
    let mut list = Clitics::default();
    let mut seg = segment_into(key, &mut list);
    seg.clitics = list.list();
    seg
}

/// [`segment_clitics`], the proclitics noted in `list`.
fn segment_into(key: &str, list: &mut Clitics) -> Segmentation {
    let mut seg = Segmentation::default();
    // (most keys start with no proclitic's letter: told from the first bytes, nothing decoded)
    if !key.starts_with([WAW, FA, BA, LAM, KAF, SIN]) && !key.starts_with("ال") {
        return seg;
    }
    // the first five chars and their byte offsets (proclitics take at most four); the length
    // in chars counted up to 8 (every test below reads it against 7 at most), so a long key is
    // not decoded to its end
    let mut chars = ['\0'; 5];
    let mut offs = [key.len(); 6];
    let mut len = 0;
    for (b, c) in key.char_indices().take(8) {
        if len < 5 {
            chars[len] = c;
            offs[len] = b;
        }
        len += 1;
    }
    let may_split = match chars[0] {
        WAW | FA | BA | LAM | KAF | SIN => true,
        ALEF => chars[1] == LAM,
        _ => false,
    };
    // every remainder is looked up in the no-split list once, before anything comes off it
    if len < 3 || !may_split || is_nosplit(key) {
        return seg;
    }
    let rest = |p: usize| -> &str { &key[offs[p.min(5)]..] };
    let mut pos = 0;
    let mut push = |seg: &mut Segmentation, s: &'static str, n: usize| {
        match s {
            "و" => list.conj = 1,
            "ف" => list.conj = 2,
            "ب" => list.mid = 1,
            "ل" => list.mid = 2,
            "ك" => list.mid = 3,
            "س" => list.mid = 4,
            _ => list.art = 1,
        }
        list.len += 1;
        seg.prefix_chars += n;
        seg.prefix_bytes += s.len();
    };
    // conjunction
    if matches!(chars[0], WAW | FA) && len > 2 {
        push(&mut seg, if chars[0] == WAW { "و" } else { "ف" }, 1);
        pos = 1;
        if is_nosplit(rest(1)) {
            return seg;
        }
    }
    // preposition, or the future particle
    if pos < len {
        let c = chars[pos];
        let after = len - pos - 1;
        if matches!(c, BA | LAM | KAF) {
            if c == LAM && chars.get(pos + 1) == Some(&LAM) && after >= 3 {
                // ل + (ا)ل: "للموصل"
                push(&mut seg, "ل", 1);
                // the article's alef is elided: the clitic is ال, its surface the second ل
                list.art = 1;
                list.len += 1;
                seg.prefix_chars += 1;
                seg.prefix_bytes += LAM.len_utf8();
                return seg;
            }
            let article_follows =
                chars.get(pos + 1) == Some(&ALEF) && chars.get(pos + 2) == Some(&LAM) && after >= 4;
            // ك without the article is rarely the preposition (كانون, كابل, كثيرا)
            let bare_ok = c != KAF && after >= 3;
            if article_follows || bare_ok {
                let prep = match c {
                    BA => "ب",
                    LAM => "ل",
                    _ => "ك",
                };
                push(&mut seg, prep, 1);
                pos += 1;
                if is_nosplit(rest(pos)) {
                    return seg;
                }
            }
        } else if c == SIN && after >= 3 && matches!(chars.get(pos + 1), Some('ي' | 'ت' | 'ن')) {
            push(&mut seg, "س", 1);
            return seg;
        }
    }
    // article
    if len - pos >= 4 && chars[pos] == ALEF && chars[pos + 1] == LAM {
        push(&mut seg, "ال", 2);
    }
    seg
}
