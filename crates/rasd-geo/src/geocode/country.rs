//! The document's country context: the weights of the countries its words and places name,
//! each name's vote, and the context without a homonym's own votes.

use super::*;

/// The country weights of a document (ISO2 -> weight, in order of first mention) and their
/// total. Weights are sums of halves, exact in f32, so the total does not depend on the order.
#[derive(Debug, Clone, Default)]
pub(super) struct CountryCtx {
    pub(super) weights: Vec<(&'static str, f32)>,
    pub(super) total: f32,
}

/// `a == b` for the short strings of country codes, without a call to memcmp.
pub(super) fn same_str(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

impl CountryCtx {
    pub(super) fn add(&mut self, country: &'static str, v: f32) {
        match self.weights.iter_mut().find(|(c, _)| same_str(c, country)) {
            Some((_, w)) => *w += v,
            None => self.weights.push((country, v)),
        }
        self.total += v;
    }

    pub(super) fn get(&self, country: &str) -> f32 {
        self.weights
            .iter()
            .find(|(c, _)| same_str(c, country))
            .map_or(0.0, |(_, w)| *w)
    }
}

impl Geocoder {
    /// The country context phrases (words, country) that start at token `i`, whose word is `w`.
    pub(super) fn country_phrases_at<'a>(
        &self,
        toks: &'a [rasd_text::Token],
        i: usize,
        w: &'a WordInfo,
    ) -> impl Iterator<Item = &'static (Vec<String>, String)> + 'a {
        let lex: &'static Lexicon = self.lex;
        w.country_phrases
            .iter()
            .map(move |&k| &lex.country_phrases[k])
            .filter(move |(words, _)| {
                words.len() + i <= toks.len()
                    && words[1..]
                        .iter()
                        .enumerate()
                        .all(|(k, w)| toks[i + 1 + k].key == *w)
            })
    }

    /// The country weights of the document's words: country names and demonyms, and context
    /// words and phrases (actors ...).
    pub(super) fn word_context(&self, doc: &Document, words: &[&WordInfo]) -> CountryCtx {
        let mut ctx = CountryCtx::default();
        let toks = &doc.tokens;
        for (i, (t, w)) in toks.iter().zip(words).enumerate() {
            if !is_word(t.kind) {
                continue;
            }
            if let Some(c) = w.country_word {
                ctx.add(c, 1.0);
            }
            for (_, c) in self.country_phrases_at(toks, i, w) {
                ctx.add(c, 1.0);
            }
        }
        ctx
    }

    /// Country weights of the document: the words' (`base`, [`Geocoder::word_context`]), and
    /// places whose candidates all lie in one country (or pass-1 winners).
    pub(super) fn country_context(
        &self,
        base: &CountryCtx,
        raws: &[RawMatch],
        winners: Option<&[Option<u32>]>,
    ) -> CountryCtx {
        let mut ctx = base.clone();
        for i in 0..raws.len() {
            if let Some((country, v)) = self.vote(raws, i, winners) {
                ctx.add(country, v);
            }
        }
        ctx
    }

    /// The country vote of name `i` in the document's country context: its pass-1 winner's
    /// country, or (in pass 1) the one country of its candidates, or the country of the big
    /// city or country that bears its name.
    pub(super) fn vote(
        &self,
        raws: &[RawMatch],
        i: usize,
        winners: Option<&[Option<u32>]>,
    ) -> Option<(&'static str, f32)> {
        let m = &raws[i];
        if m.masked.is_some() {
            return None;
        }
        if let Some(Some(w)) = winners.map(|w| w[i]) {
            let country = self.country_of(w);
            return (!country.is_empty() && self.brief(w).anchor).then_some((country, 1.0));
        }
        if winners.is_some() {
            return None;
        }
        // the anchor candidates' countries, when they are one country (read in place: no list
        // sorted per call)
        // (compared as ids: one id a country's name, 0 for none)
        let mut countries = (m.candidates.iter())
            .map(|&c| self.brief(c))
            .filter(|b| b.anchor && b.country != 0)
            .map(|b| b.country);
        if let Some(first) = countries.next() {
            if countries.all(|c| c == first) {
                return Some((self.countries[first as usize], 1.0));
            }
        }
        // a big city or a country name counts even when villages share its name
        m.candidates
            .iter()
            .map(|&c| self.gaz.place(c))
            .filter(|p| {
                matches!(p.feature, Feature::Country | Feature::City) && p.population >= 500_000
                    || p.feature == Feature::Country
            })
            .max_by_key(|p| p.population)
            .map(|best| (best.country, 0.5))
    }

    /// [`Geocoder::resolve`] with the document's context, unless the name's reading flips
    /// without its own votes (`own`, [`Geocoder::contexts_without_own`]): then the reading
    /// without them. A name whose reading stands keeps its scores, and so does a capital.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn resolve_homonym(
        &self,
        i: usize,
        m: &RawMatch,
        raws: &[RawMatch],
        ctx: &CountryCtx,
        own: Option<&CountryCtx>,
        sup: &Support,
        shared: &Shared,
    ) -> Resolution {
        let full = self.resolve(i, m, raws, ctx, sup, shared);
        let Some(own) = own else {
            return full;
        };
        let without = self.resolve(i, m, raws, own, sup, shared);
        let winner = |r: &Resolution| r.ranked.first().map(|s| s.place);
        // (a capital stays: a foreign story names it as the state or a venue, "في القاهرة")
        let capital =
            winner(&full).is_some_and(|w| self.gaz.capital(self.country_of(w)) == Some(w));
        if winner(&without) != winner(&full) && !capital {
            without
        } else {
            full
        }
    }

    /// The document's country context for each name whose candidates lie in more than one
    /// country (a homonym across borders, "همدان" of Iran and of Yemen), without the votes of
    /// that name's own mentions: a homonym does not vote for its own reading ("زنجبار" of a
    /// story of Abyan is not Zanzibar because Zanzibar is the bigger city of the name). None
    /// for the other names, which read the document's context.
    pub(super) fn contexts_without_own(
        &self,
        ctx: &CountryCtx,
        raws: &[RawMatch],
        winners: Option<&[Option<u32>]>,
        name_ids: &[usize],
    ) -> Vec<Option<CountryCtx>> {
        // the names with candidates in more than one country: only theirs get a context, so
        // only their mentions' votes are taken back (most documents have none: no vote read)
        let across = |m: &RawMatch| {
            m.candidates.first().is_some_and(|&f| {
                // (compared as ids: one id a country's name)
                let first = self.brief(f).country;
                (m.candidates.iter()).any(|&c| self.brief(c).country != first)
            })
        };
        let mut homonyms: Vec<usize> = (raws.iter().zip(name_ids))
            .filter(|(m, _)| across(m))
            .map(|(_, &name)| name)
            .collect();
        if homonyms.is_empty() {
            return vec![None; raws.len()];
        }
        homonyms.sort_unstable();
        homonyms.dedup();
        let mut own: FxHashMap<usize, CountryCtx> = FxHashMap::default();
        for (i, &name) in name_ids.iter().enumerate() {
            if homonyms.binary_search(&name).is_err() {
                continue;
            }
            if let Some((country, v)) = self.vote(raws, i, winners) {
                own.entry(name).or_default().add(country, -v);
            }
        }
        raws.iter()
            .enumerate()
            .map(|(i, m)| {
                let own = own.get(&name_ids[i])?;
                across(m).then(|| {
                    let mut c = ctx.clone();
                    for &(country, v) in &own.weights {
                        c.add(country, v);
                    }
                    c
                })
            })
            .collect()
    }
}
