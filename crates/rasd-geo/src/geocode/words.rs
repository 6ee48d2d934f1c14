//! The per-key memo: what the geocoder reads off one token key (its lookup variants without
//! proclitics, their gazetteer names and cues, country and common-word flags), computed once
//! per key and shared by the threads ([`WordInfo`]), and what the word lists say of a name
//! ([`Geocoder::name_lex`]).

use super::*;

/// Lookup variants of a word key: (variant, key chars stripped, article dropped). Least
/// stripping first: the whole key, then without و/ف, then without a preposition ب/ل/ك (لل+X is
/// ال+X), and for each a form without the article (names stored without it).
#[cfg(test)]
pub(super) fn variants(key: &str) -> Vec<(String, usize, bool)> {
    compute_variants(key)
}

/// What the geocoder reads off one token key: its lookup variants and what the gazetteer and
/// the lexicon hold for each. It depends on the key alone, so it is computed once per key (and
/// thread) and shared by every document: matching, cues, country context and sub-places then
/// cost one lookup per token.
#[derive(Debug)]
pub(super) struct WordInfo {
    /// The lookup variants, least stripping first ([`compute_variants`]).
    pub(super) variants: Vec<Variant>,
    /// [`word_hash`] of the key.
    pub(super) hash: u64,
    /// A variant that [`Geocoder::find_names`] reads starts a gazetteer name: otherwise the
    /// word starts none, and its variants (another cache line) are not read.
    pub(super) starts_names: bool,
    /// The word itself is a common word ("بلاد", "البلاد", "وتيرة"): not a proclitic plus a
    /// name.
    pub(super) whole_common: bool,
    /// Mask phrases (idioms, organisations) starting with a variant (indices into
    /// `Lexicon::masks`), in order.
    pub(super) masks: Vec<usize>,
    /// The country of the first variant that is a country word (demonym, actor ...).
    pub(super) country_word: Option<&'static str>,
    /// Country phrases starting with a variant (indices into `country_phrases`), in order.
    pub(super) country_phrases: Vec<usize>,
    /// The key is a one-word cue ([`Geocoder::is_cue_word`]).
    pub(super) cue_word: bool,
    /// A variant is a one-word in/near/direction cue: it ends a sub-place name.
    pub(super) cue_like: bool,
    /// A variant is a one-word street/neighbourhood/region/village/town cue, and whether it is
    /// a plural that names several ("احياء", "قرى"; sub-places).
    pub(super) sub_cue: Option<(FeatureCue, bool)>,
    /// The key makes a sentence a sports report.
    pub(super) sports: bool,
    /// A variant is a word of saying or asking (وقال، سؤال).
    pub(super) speech: bool,
    /// A variant is a title before a person's name (والمحلل).
    pub(super) title: bool,
    /// A variant is a word for a countryside ("بريف"): a homograph right after it is told as a
    /// place.
    pub(super) countryside: bool,
    /// A variant is a country's feminine adjective with the article ("الافغانيه"): the only
    /// words that [`Geocoder::capital_of_adjective`] reads as a capital, so the others skip it.
    pub(super) country_adjective: bool,
}

/// One lookup variant of a word key and what the tables hold for it.
#[derive(Debug)]
pub(super) struct Variant {
    pub(super) key: String,
    /// Key chars stripped.
    pub(super) prefix: usize,
    /// The article was dropped (names stored without it).
    pub(super) dropped: bool,
    /// The gazetteer names whose first word it is: the one-word names, and the longer ones
    /// (sorted by the hash of their second word).
    pub(super) one: &'static [NameEntry],
    pub(super) multi: &'static [NameEntry],
    /// `multi`'s [`NameEntry::second`] hashes, side by side: the binary search for the next
    /// word's hash reads this dense array instead of the 40-byte entries.
    pub(super) seconds: Box<[u64]>,
    /// What the word lists say of the variant as a one-word name ([`Geocoder::name_lex`]; the
    /// default when no one-word name is `one`).
    pub(super) lex: NameLex,
    /// The place cues ending with it (none for a variant without the article).
    pub(super) cues: &'static [Cue],
}

/// A thread's index of the word infos it has read: each key's slot in `infos` (a document's
/// words are looked up once, into slots, and then read as plain references: no reference count
/// touched per token).
#[derive(Default)]
pub(super) struct Memo {
    /// The geocoder the entries were computed for.
    pub(super) owner: usize,
    /// The slots of the keys of up to [`ShortKey::MAX`] bytes, and of the longer ones.
    pub(super) ids: FxHashMap<ShortKey, u32>,
    pub(super) long_ids: FxHashMap<String, u32>,
    pub(super) infos: Vec<Arc<WordInfo>>,
}

/// A token key of up to [`ShortKey::MAX`] bytes held in the memo's table itself (its bytes,
/// zero-padded, and its length in the last byte): a look-up compares the bucket's three words,
/// where a `String` key was a read of the bucket, of the key's bytes elsewhere on the heap, and a
/// call to `memcmp` per token (BENCHMARKS.md, spd37).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct ShortKey([u64; 3]);

impl ShortKey {
    pub(super) const MAX: usize = 23;

    /// The key, if it is at most [`ShortKey::MAX`] bytes long.
    #[inline]
    pub(super) fn new(key: &str) -> Option<ShortKey> {
        let b = key.as_bytes();
        if b.len() > Self::MAX {
            return None;
        }
        // (read eight bytes at a time into registers: bytes written one by one to the stack and
        // read back as words would stall each read)
        let mut w = [0u64; 3];
        let mut chunks = b.chunks_exact(8);
        for (x, c) in w.iter_mut().zip(&mut chunks) {
            *x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        let mut last = 0u64;
        for (j, &x) in chunks.remainder().iter().enumerate() {
            last |= u64::from(x) << (8 * j);
        }
        w[b.len() / 8] = last;
        w[2] |= (b.len() as u64) << 56;
        Some(ShortKey(w))
    }
}

impl std::hash::Hash for ShortKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.0[0]);
        state.write_u64(self.0[1]);
        state.write_u64(self.0[2]);
    }
}

/// How many keys a memo holds before it starts afresh (memory stays bounded on any input).
pub(super) const MEMO_CAP: usize = 200_000;

pub(super) fn compute_variants(key: &str) -> Vec<(String, usize, bool)> {
    // (the proclitics stripped, و/ف and ب/ل/ك, are two-byte letters: the key after its first
    // `q` chars is its bytes from 2q on, so a variant is a slice of the key copied once)
    let mut it = key.chars();
    let c = [it.next(), it.next(), it.next()];
    let n = key.chars().count();
    let from = |q: usize| key[2 * q..].to_string();
    let mut out: Vec<(String, usize, bool)> = Vec::with_capacity(4);
    out.push((key.to_string(), 0, false));
    let conj = n >= 4 && matches!(c[0], Some('و' | 'ف'));
    if conj {
        out.push((from(1), 1, false));
    }
    for p in 0..1 + usize::from(conj) {
        if p + 1 < n && matches!(c[p], Some('ب' | 'ل' | 'ك')) {
            if c[p] == Some('ل') && c[p + 1] == Some('ل') && n - p >= 4 {
                out.push((["ا", &key[2 * (p + 1)..]].concat(), p + 1, false));
                // ل + a name that starts with ل: للبنان، لليبيا
                if n - p > 4 {
                    out.push((from(p + 1), p + 1, false));
                }
            } else if n - p > 3 {
                out.push((from(p + 1), p + 1, false));
            }
        }
    }
    for i in 0..out.len() {
        let (v, p, _) = &out[i];
        let Some(bare) = v.strip_prefix("ال") else {
            continue;
        };
        if bare.chars().count() >= 3 {
            let without = (bare.to_string(), *p, true);
            out.push(without);
        }
    }
    out
}

/// [`compute_variants`] as it was written over a vector of chars (the definition the slices are
/// tested against).
#[cfg(test)]
pub(super) fn compute_variants_by_chars(key: &str) -> Vec<(String, usize, bool)> {
    let chars: Vec<char> = key.chars().collect();
    let n = chars.len();
    let mut out: Vec<(String, usize, bool)> = vec![(key.to_string(), 0, false)];
    let from = |p: usize| chars[p..].iter().collect::<String>();
    let mut bases = vec![0usize];
    if n >= 4 && matches!(chars[0], 'و' | 'ف') {
        out.push((from(1), 1, false));
        bases.push(1);
    }
    for &p in &bases.clone() {
        if p + 1 < n && matches!(chars[p], 'ب' | 'ل' | 'ك') {
            if chars[p] == 'ل' && chars.get(p + 1) == Some(&'ل') && n - p >= 4 {
                out.push((format!("ا{}", from(p + 1)), p + 1, false));
                if n - p > 4 {
                    out.push((from(p + 1), p + 1, false));
                }
            } else if n - p > 3 {
                out.push((from(p + 1), p + 1, false));
            }
        }
    }
    let with_article: Vec<(String, usize, bool)> = out
        .iter()
        .filter(|(v, _, _)| v.starts_with("ال") && v.chars().count() >= 5)
        .map(|(v, p, _)| (v.chars().skip(2).collect(), *p, true))
        .collect();
    out.extend(with_article);
    out
}

/// The country whose adjective `key` is, as [`Geocoder::capital_of_adjective`] reads one: with
/// the article, in the feminine ("يه"), and a country word.
pub(super) fn country_of_adjective<'l>(lex: &'l Lexicon, key: &str) -> Option<&'l String> {
    (key.starts_with("ال") && key.ends_with("يه"))
        .then(|| lex.country_words.get(key))
        .flatten()
}

/// For mention `idx`, of each other name its occurrence closest to the mention, if within
/// [`NEAR_WINDOW`] tokens (context fades with distance); ties go to the earlier occurrence.
/// Mentions are in text order (strictly increasing `tok_starts`): only the mentions inside the
/// window are scanned, so a long document stays linear. A first scan keeps each name's best in
/// its slot, a second one pushes the bests in index order (as the passes read them) and frees
/// the slots: no sort and no list of the names seen.
/// `slot` is scratch space, one entry per name, all `usize::MAX` (and left so). The mentions are
/// pushed onto `out`.
pub(super) fn closest_names(
    idx: usize,
    tok_starts: &[usize],
    name_ids: &[usize],
    slot: &mut [usize],
    out: &mut Vec<usize>,
) {
    let at = tok_starts[idx];
    let own = name_ids[idx];
    let lo = tok_starts.partition_point(|&t| t + NEAR_WINDOW < at);
    let hi = tok_starts.partition_point(|&t| t <= at + NEAR_WINDOW);
    let window = lo..hi;
    for j in window.clone() {
        let name = name_ids[j];
        if name == own {
            continue;
        }
        let k = slot[name];
        if k == usize::MAX || tok_starts[j].abs_diff(at) < tok_starts[k].abs_diff(at) {
            slot[name] = j;
        }
    }
    for j in window {
        let name = name_ids[j];
        if name != own && slot[name] == j {
            out.push(j);
            slot[name] = usize::MAX;
        }
    }
}

/// [`closest_names`] of every mention, in one list: mention `i`'s are
/// `closest[closest_at[i]..closest_at[i + 1]]`. When the mentions' token starts strictly
/// increase (as the geocoder's names do), the occurrences of a name inside a window are, in index
/// order, ever closer to the mention and then ever farther (a tie between the last before it and
/// the first after it goes to the earlier), so an occurrence is its name's closest exactly when
/// neither its previous nor its next occurrence inside the window is closer (the previous one
/// winning a tie): one test per mention of the window, no scratch slots, the list sized once.
/// Otherwise each mention is scanned by [`closest_names`].
#[cfg(test)]
pub(super) fn closest_all(tok_starts: &[usize], name_ids: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let all = vec![true; tok_starts.len()];
    closest_all_of(tok_starts, name_ids, &all, &all)
}

/// [`closest_all`] for the mentions `wanted` (one flag a mention; the others get an empty list,
/// their window not scanned), each list keeping only the mentions that `offer` (one flag a
/// mention: the passes read nothing of the others). The closest occurrence of a name is still
/// found among all its occurrences: an occurrence that does not offer still hides a farther one.
pub(super) fn closest_all_of(
    tok_starts: &[usize],
    name_ids: &[usize],
    wanted: &[bool],
    offers: &[bool],
) -> (Vec<usize>, Vec<usize>) {
    let n = tok_starts.len();
    let mut closest_at: Vec<usize> = Vec::with_capacity(n + 1);
    closest_at.push(0);
    let names = name_ids.iter().max().map_or(0, |&m| m + 1);
    if !tok_starts.windows(2).all(|w| w[0] < w[1]) {
        let mut slot = vec![usize::MAX; names];
        let mut closest = Vec::new();
        for (i, &want) in wanted.iter().enumerate() {
            if want {
                let from = closest.len();
                closest_names(i, tok_starts, name_ids, &mut slot, &mut closest);
                let mut kept = from;
                for k in from..closest.len() {
                    if offers[closest[k]] {
                        closest[kept] = closest[k];
                        kept += 1;
                    }
                }
                closest.truncate(kept);
            }
            closest_at.push(closest.len());
        }
        return (closest, closest_at);
    }
    // the mentions that offer, in order: a window's are a run of them
    let offering: Vec<usize> = (0..n).filter(|&j| offers[j]).collect();
    // each mention's window (two pointers: the windows move right with the mentions), as a run
    // of `offering` (empty for a mention not wanted), and the previous and next occurrence of
    // its name
    let mut windows: Vec<(usize, usize, usize, usize)> = Vec::with_capacity(n);
    let (mut lo, mut hi) = (0, 0);
    let (mut olo, mut ohi) = (0, 0);
    let mut room = 0;
    for (&at, &want) in tok_starts.iter().zip(wanted) {
        while tok_starts[lo] + NEAR_WINDOW < at {
            lo += 1;
        }
        while hi < n && tok_starts[hi] <= at + NEAR_WINDOW {
            hi += 1;
        }
        while olo < offering.len() && offering[olo] < lo {
            olo += 1;
        }
        while ohi < offering.len() && offering[ohi] < hi {
            ohi += 1;
        }
        if want {
            windows.push((lo, hi, olo, ohi));
            room += ohi - olo;
        } else {
            windows.push((lo, hi, olo, olo));
        }
    }
    let mut prev = vec![usize::MAX; n];
    let mut next = vec![usize::MAX; n];
    let mut last = vec![usize::MAX; names];
    for (j, &name) in name_ids.iter().enumerate() {
        let l = last[name];
        if l != usize::MAX {
            prev[j] = l;
            next[l] = j;
        }
        last[name] = j;
    }
    let mut closest: Vec<usize> = Vec::with_capacity(room);
    for (i, &(lo, hi, olo, ohi)) in windows.iter().enumerate() {
        let at = tok_starts[i];
        let own = name_ids[i];
        for &j in &offering[olo..ohi] {
            if name_ids[j] == own {
                continue;
            }
            let d = tok_starts[j].abs_diff(at);
            let p = prev[j];
            if p != usize::MAX && p >= lo && tok_starts[p].abs_diff(at) <= d {
                continue;
            }
            let q = next[j];
            if q != usize::MAX && q < hi && tok_starts[q].abs_diff(at) < d {
                continue;
            }
            closest.push(j);
        }
        closest_at.push(closest.len());
    }
    (closest, closest_at)
}

impl Geocoder {
    /// The [`WordInfo`] of a key from the memo the threads share, computed if no thread has.
    pub(super) fn shared_word(&self, key: &str) -> Arc<WordInfo> {
        let lock = || self.shared.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(w) = lock().get(key) {
            return w.clone();
        }
        // (computed outside the lock: two threads may both compute a key, alike)
        let w = Arc::new(self.compute_word(key));
        let mut shared = lock();
        if shared.len() >= MEMO_CAP {
            shared.clear();
        }
        shared.entry(key.to_string()).or_insert(w).clone()
    }

    /// Calls `f` with the [`WordInfo`] of every token of the document, looked up in the
    /// thread's memo (see [`WordInfo`]). `f` must not call it again.
    pub(super) fn with_words<R>(&self, doc: &Document, f: impl FnOnce(&[&WordInfo]) -> R) -> R {
        thread_local! {
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::default();
        }
        let owner = self as *const Geocoder as usize;
        MEMO.with(|m| {
            let slots: Vec<u32> = {
                let mut m = m.borrow_mut();
                if m.owner != owner || m.infos.len() >= MEMO_CAP {
                    m.owner = owner;
                    m.ids.clear();
                    m.long_ids.clear();
                    m.infos.clear();
                }
                let Memo {
                    ids,
                    long_ids,
                    infos,
                    ..
                } = &mut *m;
                let mut slot = |t: &rasd_text::Token| {
                    let short = ShortKey::new(&t.key);
                    let known = match short {
                        Some(s) => ids.get(&s),
                        None => long_ids.get(t.key.as_str()),
                    };
                    if let Some(&k) = known {
                        return k;
                    }
                    let k = infos.len() as u32;
                    infos.push(self.shared_word(&t.key));
                    match short {
                        Some(s) => ids.insert(s, k),
                        None => long_ids.insert(t.key.clone(), k),
                    };
                    k
                };
                doc.tokens.iter().map(&mut slot).collect()
            };
            let m = m.borrow();
            let words: Vec<&WordInfo> = slots.iter().map(|&k| &*m.infos[k as usize]).collect();
            f(&words)
        })
    }

    /// A one-word cue of two letters after a preposition ب/ل/ك, itself maybe after و/ف ("بحي
    /// الفواز", "وبحي الشعار", "لحي الكلاسة"): [`compute_variants`] strips no proclitic that
    /// leaves fewer than three letters (too short for a name), so the cue is read here. The
    /// variant and the chars stripped.
    fn short_cue_after_preposition(&self, key: &str) -> Option<(String, usize)> {
        // (three or four chars are at most 16 bytes: a longer key is read no further)
        if key.len() > 16 {
            return None;
        }
        let mut it = key.chars();
        let c = [it.next(), it.next()];
        let n = key.chars().count();
        let p = usize::from(n == 4 && matches!(c[0], Some('و' | 'ف')));
        if n != p + 3 || !matches!(c[p], Some('ب' | 'ل' | 'ك')) {
            return None;
        }
        // (the letters before the stem are two-byte ones)
        let v = &key[2 * (p + 1)..];
        self.lex
            .cues_by_last
            .get(v)
            .is_some_and(|cs| cs.iter().any(|c| c.words.len() == 1))
            .then(|| (v.to_string(), p + 1))
    }

    pub(super) fn compute_word(&self, key: &str) -> WordInfo {
        let lex = self.lex;
        let short_cue = self.short_cue_after_preposition(key);
        let variants: Vec<Variant> = compute_variants(key)
            .into_iter()
            .chain(
                short_cue
                    .iter()
                    .map(|(v, prefix)| (v.clone(), *prefix, false)),
            )
            .map(|(v, prefix, dropped)| {
                // (a two-letter cue read off a preposition is a cue only, never a name)
                let cue_only = short_cue
                    .as_ref()
                    .is_some_and(|(c, p)| *c == v && *p == prefix);
                let names = match cue_only {
                    true => &[][..],
                    false => self.gaz.names_starting(&v),
                };
                let (one, multi) = names.split_at(names.partition_point(|e| e.is_one_word()));
                let cues = match dropped {
                    true => &[][..],
                    false => lex
                        .cues_by_last
                        .get(v.as_str())
                        .map_or(&[][..], Vec::as_slice),
                };
                // (read only for a one-word name)
                let lex = match one.is_empty() {
                    true => NameLex::default(),
                    false => self.name_lex(&v),
                };
                Variant {
                    key: v,
                    prefix,
                    dropped,
                    one,
                    multi,
                    seconds: multi.iter().map(|e| e.second).collect(),
                    lex,
                    cues,
                }
            })
            .collect();
        // (a conjunction before such a word leaves it whole too: "وبحوث" is و + بحوث, not و + ب +
        // حوث; "فلجأوا" is ف + لجأوا)
        let conj_unsplit = key.chars().count() >= 4
            && key
                .strip_prefix(['و', 'ف'])
                .is_some_and(|rest| lex.unsplit.contains(rest));
        let whole_common = lex.unsplit.contains(key)
            || conj_unsplit
            || lex.common.contains(key)
            || lex.common_after_article.contains(key)
            || key
                .strip_prefix("ال")
                .is_some_and(|b| lex.common.contains(b));
        let country_word = variants
            .iter()
            .filter(|v| !v.dropped)
            .find_map(|v| lex.country_words.get(&v.key))
            .map(String::as_str);
        // the entries of an index by first word that a kept reading of the word starts
        let starting = |index: &FxHashMap<String, Vec<usize>>| -> Vec<usize> {
            variants
                .iter()
                .filter(|v| !v.dropped)
                .filter_map(|v| index.get(v.key.as_str()))
                .flatten()
                .copied()
                .collect()
        };
        let country_phrases = starting(&lex.country_phrases_by_first);
        let masks = starting(&lex.masks_by_first);
        // (with its preposition, a two-letter cue is one too: "بحي" ends an area's name, "منطقة
        // المناشر بحي جوبر")
        let cue_word = short_cue.is_some()
            || lex
                .cues_by_last
                .get(key)
                .is_some_and(|v| v.iter().any(|c| c.words.len() == 1));
        let cue_like = variants.iter().any(|v| {
            v.cues.iter().any(|c| {
                c.words.len() == 1
                    && matches!(c.kind, CueKind::In | CueKind::Near | CueKind::Direction)
            })
        });
        let sub_cue = variants.iter().find_map(|v| {
            let c = v.cues.iter().find(|c| {
                c.words.len() == 1
                    && matches!(
                        c.kind,
                        CueKind::Feature(
                            FeatureCue::Street
                                | FeatureCue::Neighbourhood
                                | FeatureCue::Region
                                | FeatureCue::Village
                                | FeatureCue::Town
                        )
                    )
            })?;
            let CueKind::Feature(fc) = c.kind else {
                return None;
            };
            // (a village's or a town's plural names several: "قرى X وY")
            let plural_settlements =
                c.plural && matches!(fc, FeatureCue::Village | FeatureCue::Town);
            Some((fc, v.key == "احياء" || plural_settlements))
        });
        let plain = || {
            variants
                .iter()
                .filter(|v| !v.dropped)
                .map(|v| v.key.as_str())
        };
        let speech = plain().any(|v| lex.speech.contains(v));
        let title = plain().any(|v| lex.titles.contains(v));
        let countryside = plain().any(|v| lex.countryside.contains(v));
        let country_adjective =
            (variants.iter()).any(|v| country_of_adjective(lex, &v.key).is_some());
        let starts_names = variants.iter().any(|v| {
            let skipped = whole_common && v.prefix > 0;
            !skipped && (!v.one.is_empty() || !v.multi.is_empty())
        });
        WordInfo {
            hash: word_hash(key),
            starts_names,
            sports: lex.sports.contains(key),
            speech,
            title,
            countryside,
            country_adjective,
            variants,
            whole_common,
            masks,
            country_word,
            country_phrases,
            cue_word,
            cue_like,
            sub_cue,
        }
    }

    /// The one-word gazetteer names a word key reaches only by stripping proclitics ("وتيره" ->
    /// "تيره"), least stripping first, with their places; empty when the word is itself a name.
    /// For maintainers choosing the `unsplit` rows of common_words.tsv
    /// (`examples/clitic_homographs.rs`).
    pub fn split_names(&self, key: &str) -> Vec<(String, Vec<u32>)> {
        let one = |v: &str| -> Vec<u32> {
            let names = self.gaz.names_starting(v);
            let n = names.partition_point(|e| e.is_one_word());
            names[..n].iter().map(|e| e.place).collect()
        };
        if !one(key).is_empty() {
            return Vec::new();
        }
        compute_variants(key)
            .into_iter()
            .filter(|(_, prefix, _)| *prefix > 0)
            .map(|(v, _, _)| {
                let places = one(&v);
                (v, places)
            })
            .filter(|(_, places)| !places.is_empty())
            .collect()
    }

    /// What the word lists say of a name key ([`NameLex`]).
    pub(super) fn name_lex(&self, key: &str) -> NameLex {
        let lex = self.lex;
        let bare = key.strip_prefix("ال").unwrap_or(key);
        let with_article = ["ال", key].concat();
        let given = lex.given_names.contains(key);
        let first = key.split(' ').next().unwrap_or("");
        NameLex {
            common: lex.common.contains(key)
                || lex.common.contains(bare)
                || lex.common.contains(&with_article),
            anaphor: lex.anaphors.contains(key) || lex.anaphors.contains(&with_article),
            given,
            homograph: lex.homographs.contains(key) || lex.homographs.contains(bare),
            // (after a title, "الشيخ عبد الرحمن", "السيد علي": the title and a person's name)
            person_like: lex.given_names.contains(first)
                || given
                || first.starts_with("عبد")
                || (lex.titles.contains(first) || lex.titles.contains(&["ال", first].concat()))
                    && key.split(' ').nth(1).is_some_and(|second| {
                        lex.given_names.contains(second) || second.starts_with("عبد")
                    }),
        }
    }
}
