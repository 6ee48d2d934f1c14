//! Finding names: leftmost-longest gazetteer names over the document's words, the list cues
//! they share, quoted outlets, and the cue words before a name.

use super::*;

/// How many tokens after a country's adjective told after a word for a capital its capital's
/// name may follow, the name then being the mention ([`Geocoder::capital_named`]).
const CAPITAL_NAME_TOKENS: usize = 4;

impl Geocoder {
    /// The capital a country's adjective names when it stands right after a word for a capital
    /// (org_context kind `capital`): "بالعاصمة الأفغانية" is Kabul. Only the feminine singular
    /// adjective (key ending in "يه") agrees with the capital: the word at token `i`, whose
    /// lookup key is `name_key`. Only where the text says where (a locative "ب" or a cue before
    /// the word for a capital), and not when a name of the capital follows (it is the mention).
    fn capital_named(
        &self,
        doc: &Document,
        words: &[&WordInfo],
        i: usize,
        name_key: &str,
    ) -> Option<u32> {
        let capital = self.capital_of_adjective(words, i, name_key)?;
        // told as where: "ب" on the word for a capital ("بالعاصمة الأفغانية") or a cue of
        // being in or near right before it ("في العاصمة", "وسط العاصمة"); "مستشفيات العاصمة
        // اللبنانية" names no place of its own
        let w = i - 1;
        let with_bi = (words[w].variants.iter()).any(|v| {
            v.prefix > 0
                && self.lex.capital_words.contains(&v.key)
                && doc.tokens[w].key.chars().take(v.prefix).any(|c| c == 'ب')
        });
        let cue_before = w > 0 && words[w - 1].cue_like;
        if !with_bi && !cue_before {
            return None;
        }
        // (not when the capital's own name follows within a few tokens: "العاصمة الأفغانية
        // كابل", "العاصمة اللبنانية #بيروت", "انفجار العاصمة اللبنانية الهائل في بيروت" name it
        // there)
        let named_next = (words.iter().skip(i + 1).take(CAPITAL_NAME_TOKENS)).any(|w| {
            (w.variants.iter()).any(|v| {
                let first = self.gaz.names_starting(&v.key);
                first.iter().any(|e| e.place == capital)
            })
        });
        (!named_next).then_some(capital)
    }

    /// The capital of the country whose adjective (lookup key `name_key`) is the word at token
    /// `i`, right after a word for a capital ([`Geocoder::capital_named`]).
    fn capital_of_adjective(&self, words: &[&WordInfo], i: usize, name_key: &str) -> Option<u32> {
        if i == 0 {
            return None;
        }
        let iso = country_of_adjective(self.lex, name_key)?;
        (words[i - 1].variants.iter())
            .any(|v| !v.dropped && self.lex.capital_words.contains(&v.key))
            .then(|| self.gaz.capital(iso))
            .flatten()
    }

    /// The capital named by a word for a capital and a country's adjective right before the
    /// name at token `i` ("العاصمة الأفغانية كابل", "العاصمة التونسية تونس"): the name is the
    /// capital's, not a person's after a nationality adjective, nor the country of the same name.
    fn capital_before(&self, words: &[&WordInfo], i: usize) -> Option<u32> {
        let j = i.checked_sub(1)?;
        if !words[j].country_adjective {
            return None;
        }
        (words[j].variants.iter()).find_map(|v| self.capital_of_adjective(words, j, &v.key))
    }

    /// Leftmost-longest gazetteer names over the document's word tokens.
    pub(super) fn find_names(&self, doc: &Document, words: &[&WordInfo]) -> Vec<RawMatch> {
        let toks = &doc.tokens;
        let underscore = |j: usize| {
            toks.get(j)
                .is_some_and(|t| t.kind != TokenKind::Word && doc.slice(t.span) == "_")
        };
        // next[j]: the word token continuing a name after token j (the next token, or the one
        // after an underscore joining hashtag words: #حفر_الباطن)
        let next: Vec<Option<usize>> = (0..toks.len())
            .map(|j| {
                if toks.get(j + 1).is_some_and(|t| is_word(t.kind)) {
                    Some(j + 1)
                } else if underscore(j + 1) && toks.get(j + 2).is_some_and(|t| is_word(t.kind)) {
                    Some(j + 2)
                } else {
                    None
                }
            })
            .collect();
        // the tokens of idioms and organisations' names ("على الصعيد", "سرايا القدس")
        let mut masked: Vec<Option<MaskKind>> = vec![None; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            if !is_word(t.kind) {
                continue;
            }
            for &k in &words[i].masks {
                let mask = &self.lex.masks[k];
                let n = mask.words.len();
                if i + n <= toks.len()
                    && (mask.words[1..].iter().enumerate()).all(|(j, w)| toks[i + 1 + j].key == *w)
                {
                    for x in masked.iter_mut().skip(i).take(n) {
                        *x = Some(mask.kind);
                    }
                }
            }
        }
        // (sized once, at most one name for each word that starts a gazetteer name or is a
        // country's adjective: a raw match is about 200 bytes, and a list doubling from empty
        // copied them over and over, 8.9 M instructions over news3000's first 300 articles)
        let starts = (words.iter())
            .filter(|w| w.starts_names || w.country_adjective)
            .count();
        let mut out: Vec<RawMatch> = Vec::with_capacity(starts);
        // whether each sentence is a sports report, found when a name first needs it
        let mut sports_of: Vec<Option<bool>> = vec![None; doc.sentences.len()];
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            if !is_word(t.kind) {
                i += 1;
                continue;
            }
            // best: (words, variant order, prefix, dropped, places, last token)
            let mut best: Option<(usize, usize, usize, bool, Vec<u32>, usize)> = None;
            let word = &words[i];
            // a country's adjective after a word for a capital: (variant, capital)
            let capital = word.country_adjective.then(|| {
                (word.variants.iter().enumerate())
                    .find_map(|(vi, v)| Some((vi, self.capital_named(doc, words, i, &v.key)?)))
            });
            let capital = capital.flatten();
            if !word.starts_names && capital.is_none() {
                i += 1;
                continue;
            }
            // a word that is itself a common word ("بلاد", "البلاد") is not a proclitic plus a
            // name ("ب" + "لاد")
            let whole_common = word.whole_common;
            for (vi, var) in word.variants.iter().enumerate() {
                let (prefix, dropped, one, multi) = (var.prefix, var.dropped, var.one, var.multi);
                if whole_common && prefix > 0 {
                    continue;
                }
                // the longer names are sorted by the hash of their second word: only those
                // whose second word may be the next token's are tried
                // (and those whose second word is the next token without its article, after
                // a first word without it, the head of a construct: "خور المكسر" is the
                // gazetteer's "خور مكسر"; "الشيخ العثمان" is a man, not "الشيخ عثمان"; nor a
                // word ending in ى, which the key folds into ي: "جبل العُلى" is no "جبل علي")
                let construct = !var.key.starts_with("ال") && !t.clitics.contains(&"ال");
                let with_second = |h: u64| {
                    let seconds = &var.seconds;
                    let a = seconds.partition_point(|&s| s < h);
                    let b = a + seconds[a..].partition_point(|&s| s == h);
                    &multi[a..b]
                };
                let (multi, bare) = match next[i] {
                    Some(_) if multi.is_empty() => (multi, &multi[..0]),
                    Some(n) => (
                        with_second(words[n].hash),
                        (bare_of_article(&toks[n].key).filter(|_| construct))
                            .map_or(&multi[..0], |k| with_second(word_hash(k))),
                    ),
                    None => (&multi[..0], &multi[..0]),
                };
                let entries = one.len() + multi.len() + bare.len();
                for (k, e) in one.iter().chain(multi).chain(bare).enumerate() {
                    let len = 1 + e.rest_len();
                    let mut j = i;
                    let ok = e.rest().all(|w| match next[j] {
                        Some(n)
                            if toks[n].key == w
                                || construct
                                    && bare_of_article(&toks[n].key) == Some(w)
                                    && !maqsura_end(doc, toks[n].span) =>
                        {
                            j = n;
                            true
                        }
                        _ => false,
                    });
                    if !ok {
                        continue;
                    }
                    // of two readings that strip as much ("للبنان": ل + البنان or ل + لبنان), a
                    // country's name wins
                    let country_over = |bprefix: usize| {
                        bprefix == prefix && self.gaz.place(e.place).feature == Feature::Country
                    };
                    match &mut best {
                        Some((bl, bvi, _, _, places, _)) if *bl == len && *bvi == vi => {
                            places.push(e.place)
                        }
                        Some((bl, bvi, bprefix, ..))
                            if len < *bl
                                || (len == *bl && vi > *bvi && !country_over(*bprefix)) => {}
                        _ => {
                            // (room for the entries left: a name shared by hundreds of places
                            // grows its list once, not by doubling)
                            let mut places = Vec::with_capacity(entries - k);
                            places.push(e.place);
                            best = Some((len, vi, prefix, dropped, places, j));
                        }
                    }
                }
            }
            if let Some((vi, c)) = capital {
                if best.as_ref().is_none_or(|b| b.0 == 1) {
                    let v = &word.variants[vi];
                    best = Some((1, vi, v.prefix, v.dropped, vec![c], i));
                }
            }
            let Some((len, vi, prefix, dropped, mut places, last)) = best else {
                i += 1;
                continue;
            };
            places.sort_unstable();
            places.dedup();
            let first_stripped = strip_prefix_span(doc, i, prefix);
            let name_key = if len == 1 {
                // (the words joined: one word is itself)
                word.variants[vi].key.clone()
            } else {
                // the words joined by spaces, in one string (no string per word)
                let mut key = String::with_capacity(16 * len);
                key.push_str(&word.variants[vi].key);
                let mut j = i;
                for _ in 1..len {
                    if let Some(n) = next[j] {
                        key.push(' ');
                        key.push_str(&toks[n].key);
                        j = n;
                    }
                }
                key
            };
            // a name inside a longer hashtag ("#الكويت_تغرق") is not a mention
            if underscore(i.wrapping_sub(1)) || underscore(last + 1) {
                i = last + 1;
                continue;
            }
            // A lone cue word ("مدينة", "منطقة") or a demonym ("العراقية") is not a place
            // (unless it is also a country's name: سورية).
            let country_name = || {
                places
                    .iter()
                    .any(|&p| self.gaz.place(p).feature == Feature::Country)
            };
            // (but a country's adjective right after a word for a capital names the capital:
            // "وقع بالعاصمة الأفغانية")
            if capital.is_none()
                && len == 1
                && (self.is_cue_word(&name_key)
                    || (self.lex.country_words.contains_key(&name_key) && !country_name()))
            {
                i += 1;
                continue;
            }
            let mut span = Span::new(first_stripped, toks[last].span.end);
            let (mut cues, distance) = self.cues_before(doc, words, i);
            let mut name_key = name_key;
            let mut tok_start = i;
            let mut split: Vec<u32> = Vec::new();
            // a name that starts with a cue word carries it ("محافظة نينوى", "مخيم جباليا")
            if len > 1 {
                let w0 = name_key.split(' ').next().unwrap_or("");
                if let Some(c) = self
                    .lex
                    .cues_by_last
                    .get(w0)
                    .and_then(|v| v.iter().find(|c| c.words.len() == 1))
                {
                    if matches!(c.kind, CueKind::Feature(_)) {
                        cues.push(FoundCue {
                            kind: c.kind,
                            text: doc.slice(toks[i].span).to_string(),
                            span: toks[i].span,
                            plural: c.plural,
                            adjective: false,
                        });
                        // "ناحية الكرمة", "محافظة ديالى": when the rest is itself a name of the
                        // same place, the feature word is the cue and the rest the mention
                        let rest_key = name_key.split_once(' ').map(|x| x.1).unwrap_or("");
                        let rest = self.gaz.lookup(rest_key);
                        let same: Vec<u32> = rest
                            .iter()
                            .copied()
                            .filter(|&r| places.iter().any(|&p| self.same_place(p, r)))
                            .collect();
                        let admin_word = matches!(
                            c.kind,
                            CueKind::Feature(
                                FeatureCue::Admin1 | FeatureCue::Admin2 | FeatureCue::Region
                            )
                        );
                        // the rest may also name other places of the cue's kind, elsewhere:
                        // the head word is then only their cue, and context decides
                        if let CueKind::Feature(fc) = c.kind {
                            split = (rest.iter().copied())
                                .filter(|&r| !places.iter().any(|&p| self.same_place(p, r)))
                                .filter(|&r| cue_agreement(fc, self.gaz.place(r).feature) >= 2.0)
                                .collect();
                        }
                        // (but a name of a region or province that a word of a settlement
                        // or a sector starts, "قطاع غزة", is that region, not its city, and the
                        // word no cue of it)
                        let whole_region = !admin_word
                            && split.is_empty()
                            && (places.iter()).all(|&p| !self.gaz.place(p).feature.is_settlement());
                        if whole_region {
                            cues.pop();
                        }
                        if let Some(n) = next[i].filter(|_| !whole_region) {
                            if admin_word || !same.is_empty() || !split.is_empty() {
                                span.start = toks[n].span.start;
                                name_key = rest_key.to_string();
                                tok_start = n;
                                places.extend(same);
                                places.extend(split.iter().copied());
                                places.sort_unstable();
                                places.dedup();
                            } else {
                                split.clear();
                            }
                        }
                    }
                }
            }
            let sports = doc
                .sentence_at(toks[i].span.start)
                .map(|si| {
                    *sports_of[si].get_or_insert_with(|| {
                        let s = &doc.sentences[si];
                        words[s.tokens.clone()].iter().any(|w| w.sports)
                    })
                })
                .unwrap_or(false);
            let before_demonym = toks
                .get(last + 1)
                .filter(|t| is_word(t.kind) && t.key.starts_with("ال"))
                .and_then(|t| self.lex.country_words.get(&t.key))
                .map(String::as_str);
            let after_title = i > 0 && is_word(toks[i - 1].kind) && words[i - 1].title;
            let before_nasab = toks
                .get(last + 1)
                .is_some_and(|t| is_word(t.kind) && self.lex.nasab.contains(&t.key));
            // ("صلاح الدين دمرتاش": a public figure's given name before his family name)
            let before_surname = toks
                .get(last + 1)
                .is_some_and(|t| is_word(t.kind) && self.lex.surnames.contains(&t.key));
            // ("جسرين استراتيجيين", two strategic bridges: a town's name takes no indefinite
            // adjective, a noun in the dual or plural takes one of its own ending)
            let before_agreeing_adjective = len == 1
                && !name_key.starts_with("ال")
                && ["ين", "ان"].into_iter().any(|e| {
                    name_key.ends_with(e)
                        && toks.get(last + 1).is_some_and(|t| {
                            is_word(t.kind)
                                && t.clitics.is_empty()
                                && t.key.ends_with(e)
                                && t.key.chars().count() >= 4
                                && !words[last + 1].starts_names
                        })
                });
            // ("المدينة القديمة", the old city: a feminine adjective with the article after it)
            let before_definite_adjective = len == 1
                && toks.get(last + 1).is_some_and(|t| {
                    is_word(t.kind) && t.clitics == ["ال"] && doc.slice(t.span).ends_with('ة')
                });
            // (the key folds ى into ي: "على" is no "علي")
            // (a name joined by a conjunction or a preposition is not: "وادي موسى والبترا")
            // (nor one whose given name follows a place cue: "منطقة علي صباح السالم" is an area
            // named for a man)
            let cue_before_given = i > 1 && {
                let w = &words[i - 2];
                w.cue_word || w.cue_like || w.sub_cue.is_some()
            };
            let after_given =
                i > 0 && prefix == 0 && !cue_before_given && is_word(toks[i - 1].kind) && {
                    let maqsura = doc.slice(toks[i - 1].span).ends_with('ى');
                    (words[i - 1].variants.iter()).any(|v| {
                        !v.dropped
                            && self.lex.given_names.contains(&v.key)
                            && (!maqsura || self.lex.given_names_alif_maqsura.contains(&v.key))
                    })
                };
            let quoted_outlet = self.quoted_outlet(doc, words, i, last);
            // (a short word without the article: a pronoun "his" ends a bare noun, "جده",
            // "بصره"; "المدينه", "اسكندريه" are the towns spelt loosely)
            let ha_for_ta = len == 1
                && !name_key.starts_with("ال")
                && name_key.chars().count() <= 4
                && last_letter(doc, span) == Some('ه')
                && places.iter().any(|&p| {
                    let last_word = name_key.rsplit(' ').next().unwrap_or("");
                    (self.gaz.place(p).names_ar.iter()).any(|n| {
                        n.ends_with('ة')
                            && rasd_text::key(n.rsplit(' ').next().unwrap_or("")) == last_word
                    })
                });
            let capital_before = self.capital_before(words, i);
            if let Some(c) = capital_before.filter(|c| places.contains(c)) {
                places = vec![c];
            }
            let after_demonym = i > 0
                && capital_before.is_none()
                && toks[i - 1].key.starts_with("ال")
                && self.lex.country_words.contains_key(&toks[i - 1].key);
            let clitic_prep = t.key.chars().take(prefix).any(|c| matches!(c, 'ب' | 'ل'));
            let bare_kaf = t.key.chars().take(prefix).any(|c| c == 'ك')
                && !(dropped || word.variants[vi].key.starts_with("ال"));
            // (one indefinite feature word right before, "منطقة", not "المنطقة" nor "مناطق")
            let after_feature_prep = clitic_prep
                && !(dropped || word.variants[vi].key.starts_with("ال"))
                && i > 0
                && is_word(toks[i - 1].kind)
                && !toks[i - 1].clitics.contains(&"ال")
                && words[i - 1].sub_cue.is_some_and(|(_, plural)| !plural);
            let after_countryside = i > 0 && is_word(toks[i - 1].kind) && words[i - 1].countryside;
            out.push(RawMatch {
                masked: (i..=last).find_map(|j| masked[j]),
                after_countryside,
                clitic_prep,
                after_feature_prep,
                sports,
                after_demonym,
                before_demonym,
                quoted_outlet,
                after_title,
                before_nasab,
                before_surname,
                before_agreeing_adjective,
                before_definite_adjective,
                after_given,
                in_list: false,
                ha_for_ta,
                quoted: quoted(doc, i, last),
                bare_kaf,
                tok_start,
                tok_end: last + 1,
                span,
                // a one-word name is its variant's key (the memo holds what the lists say)
                lex: match len {
                    1 => word.variants[vi].lex,
                    _ => self.name_lex(&name_key),
                },
                name_key,
                article_dropped: dropped,
                candidates: places,
                split,
                cues,
                list_cue: None,
                distance,
            });
            i = last + 1;
        }
        self.list_cues(doc, &mut out);
        sites_at_towns(doc, words, &mut out);
        for k in 1..out.len() {
            let (a, b) = (&out[k - 1], &out[k]);
            let gap = doc.slice(Span::new(a.span.end.min(b.span.start), b.span.start));
            if b.span.start >= a.span.end && matches!(gap.trim(), "و" | "،" | "," | "-" | "–") {
                out[k - 1].in_list = true;
                out[k].in_list = true;
            }
        }
        out
    }

    /// A feature cue before the first name of a list stands for every name of it ("في منطقتي
    /// الصكرة والزاوية", "قرى العيص ووادي فاطمة"): a name with no cue of its own, joined to the
    /// name before it by "و" alone, takes that name's nearest feature cue as its list cue, which
    /// licenses it as a place (a common word, a minor place) but does not score it (not onto a
    /// country's name, which needs none).
    pub(super) fn list_cues(&self, doc: &Document, out: &mut [RawMatch]) {
        for k in 1..out.len() {
            let (before, rest) = out.split_at_mut(k);
            let (a, b) = (&before[k - 1], &mut rest[0]);
            if !b.cues.is_empty() || b.masked.is_some() || b.span.start < a.span.end {
                continue;
            }
            // "X وY" alone: after a comma a new clause may start ("مدينة الرمادي، وإن ...")
            let gap = doc.slice(Span::new(a.span.end, b.span.start));
            if gap.trim() != "و" {
                continue;
            }
            let country =
                (b.candidates.iter()).any(|&c| self.gaz.place(c).feature == Feature::Country);
            let cue = (a.cues.iter().chain(a.list_cue.iter()))
                .filter(|c| matches!(c.kind, CueKind::Feature(_)))
                .max_by_key(|c| c.span.start);
            if let (false, Some(cue)) = (country, cue) {
                b.list_cue = Some(cue.clone());
            }
        }
    }

    /// Whether the name of tokens `i..=last` stands alone in quotes and is told or asked
    /// something: a word of saying or asking right before the quotes (within two words: "علمت
    /// «الشرق الأوسط»", "اطلعت عليها «...»"), or لـ before them and such a word within eight
    /// words of the sentence ("وقال مصدر أمني لـ«الشرق الأوسط»").
    pub(super) fn quoted_outlet(
        &self,
        doc: &Document,
        words: &[&WordInfo],
        i: usize,
        last: usize,
    ) -> bool {
        let toks = &doc.tokens;
        if i < 2 || !quoted(doc, i, last) {
            return false;
        }
        let sent = doc.sentence_of_token(i);
        let before = |from: usize, n: usize| {
            (from.saturating_sub(n)..from)
                .rev()
                .take_while(|&j| doc.sentence_of_token(j) == sent)
                .filter(|&j| is_word(toks[j].kind))
                .any(|j| words[j].speech)
        };
        let to = i - 2;
        if toks[to].key == "ل" && is_word(toks[to].kind) {
            before(to, 8)
        } else {
            before(i - 1, 3)
        }
    }

    /// The document's country context is substantial and this country has little of it.
    pub(super) fn foreign(&self, ctx: &CountryCtx, country: &str) -> bool {
        let total = ctx.total;
        total >= 1.0 && ctx.get(country) / total < 0.2
    }

    /// Two records of one place (different sources): same country, close enough for their
    /// feature class.
    pub(super) fn same_place(&self, a: u32, b: u32) -> bool {
        if a == b {
            return true;
        }
        let (p, q) = (self.gaz.place(a), self.gaz.place(b));
        let limit = if p.feature.is_settlement() && q.feature.is_settlement() {
            10.0
        } else {
            150.0
        };
        p.country == q.country && distance_km((p.lat, p.lon), (q.lat, q.lon)) <= limit
    }

    pub(super) fn is_cue_word(&self, key: &str) -> bool {
        self.lex
            .cues_by_last
            .get(key)
            .is_some_and(|v| v.iter().any(|c| c.words.len() == 1))
    }

    /// Cue words right before token `i` (up to three, e.g. "على بعد 120 كلم شمال"), and
    /// whether a distance was given.
    pub(super) fn cues_before(
        &self,
        doc: &Document,
        words: &[&WordInfo],
        i: usize,
    ) -> (Vec<FoundCue>, bool) {
        // a word for a capital between a distance or a direction and the name locates the
        // capital's name, not the word ("750 كيلومترا جنوب العاصمة طرابلس"): the bare word
        // right after the direction, not one told as where ("قرب فندق بالعاصمة الصومالية")
        let capital_word =
            |w: &WordInfo| (w.variants.iter()).any(|v| self.lex.capital_words.contains(&v.key));
        let bare = |t: &rasd_text::Token| t.clitics.iter().all(|c| *c == "ال");
        if i > 1
            && is_word(doc.tokens[i - 1].kind)
            && bare(&doc.tokens[i - 1])
            && capital_word(words[i - 1])
        {
            let (cues, distance) = self.cues_ending_at(doc, words, i - 1);
            let locating = |c: &FoundCue| {
                matches!(
                    c.kind,
                    CueKind::Direction | CueKind::Near | CueKind::DistanceUnit
                )
            };
            if cues.first().is_some_and(locating) {
                return (cues, distance);
            }
        }
        self.cues_ending_at(doc, words, i)
    }

    /// Cue words right before token `i` (as [`Geocoder::cues_before`], without looking past a
    /// word for a capital).
    fn cues_ending_at(
        &self,
        doc: &Document,
        words: &[&WordInfo],
        i: usize,
    ) -> (Vec<FoundCue>, bool) {
        let toks = &doc.tokens;
        let mut cues = Vec::new();
        let mut distance = false;
        let mut j = i; // exclusive end of the window
                       // an opening quote or bracket between the cue and the name: صحيفة «ديلي
                       // ميل»، في «مقديشو»، "في قرية (دوما) بمدينة نابلس"
        if j > 0
            && (toks[j - 1].kind == TokenKind::Quote
                || (toks[j - 1].kind == TokenKind::Punct && doc.slice(toks[j - 1].span) == "("))
        {
            j -= 1;
        }
        for _ in 0..4 {
            if j == 0 {
                break;
            }
            let last = &toks[j - 1];
            if last.kind == TokenKind::Number && distance {
                j -= 1;
                continue;
            }
            if !is_word(last.kind) {
                break;
            }
            let mut hit = None;
            // (a variant without the article has no cues)
            'variants: for var in words[j - 1].variants.iter() {
                for c in var.cues.iter() {
                    let n = c.words.len();
                    if n > j {
                        continue;
                    }
                    let ok = (0..n - 1).all(|k| {
                        let tk = &toks[j - n + k];
                        is_word(tk.kind)
                            && strip_key_matches(&tk.key, words[j - n + k], &c.words[k], k == 0)
                    });
                    if ok {
                        hit = Some((c.kind, n, c.plural, c.adjective));
                        break 'variants;
                    }
                }
            }
            let Some((kind, n, plural, adjective)) = hit else {
                break;
            };
            let span = toks[j - n].span.cover(last.span);
            if kind == CueKind::DistanceUnit {
                distance = true;
            }
            cues.push(FoundCue {
                kind,
                text: doc.slice(span).to_string(),
                span,
                plural,
                adjective,
            });
            j -= n;
        }
        (cues, distance)
    }
}

/// A near word agreeing with the noun before it ("القريب من", "القريبة من": cues.tsv notes
/// "adjective") tells a place after it near that noun. When the noun is a place (a name of the
/// gazetteer right before, "قرية أم حوش القريبة من مدينة مارع", or a feature word of a place
/// among the three words before, "قرية X القريبة من", "المناطق القريبة من") the place after it
/// is a reference point (a near cue: precision 2, and no container of the place before it).
/// When it is no place but a site ("معبد بلقيس القريب من مدينة مأرب", a temple, a hotel, a
/// base), the site lies at the town: the word is no cue of it, and the town keeps its
/// precision.
fn sites_at_towns(doc: &Document, words: &[&WordInfo], raws: &mut [RawMatch]) {
    let toks = &doc.tokens;
    let ends: Vec<usize> = (raws.iter())
        .filter(|m| m.masked.is_none())
        .map(|m| m.tok_end)
        .collect();
    let feature_word = |j: usize| {
        is_word(toks[j].kind)
            && (words[j].variants.iter()).any(|v| {
                (v.cues.iter()).any(|c| c.words.len() == 1 && matches!(c.kind, CueKind::Feature(_)))
            })
    };
    for m in raws.iter_mut() {
        m.cues.retain(|c| {
            if !c.adjective {
                return true;
            }
            let Some(mut k) = doc.token_at(c.span.start) else {
                return true;
            };
            // (a name's closing mark: "قرية "أم حوش" القريبة من")
            while k > 0
                && (toks[k - 1].kind == TokenKind::Quote || doc.slice(toks[k - 1].span) == ")")
            {
                k -= 1;
            }
            // a place right before, or a feature word of a place among the words before
            ends.contains(&k)
                || (k.saturating_sub(4)..k)
                    .rev()
                    .take_while(|&j| is_word(toks[j].kind) || toks[j].kind == TokenKind::Quote)
                    .any(feature_word)
        });
    }
}

/// A later word of a name written with the article the gazetteer's name lacks ("المكسر" of
/// "خور المكسر"): the word without it, when something is left.
fn bare_of_article(key: &str) -> Option<&str> {
    key.strip_prefix("ال").filter(|k| k.chars().count() >= 2)
}

/// Whether the word at `span` ends in alif maqsura ("العُلى"), marks aside: its key ends in ي.
fn maqsura_end(doc: &Document, span: Span) -> bool {
    last_letter(doc, span) == Some('ى')
}

/// The last letter of the text at `span` as written, the marks and tatweel after it aside
/// ("جدهُ" ends in ه, "العُلى" in ى): the key folds both away (ة into ه, ى into ي).
fn last_letter(doc: &Document, span: Span) -> Option<char> {
    (doc.slice(span).chars().rev())
        .find(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
}
