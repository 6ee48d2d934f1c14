//! Sub-places the gazetteer lacks: a name after a neighbourhood, street or area word
//! ("حي الزهيرات", "شارع القدس", "منطقة الربيعي غرب تعز"), resolved to the town the sentence
//! ties it to (precision 2).

use super::*;

/// How far from the place the text locates it in ("منطقة شخب بقعطبة") a name's resolved place
/// may lie before it is taken for a homonym elsewhere.
const LOCATED_KM: f64 = 50.0;
/// How far from the city or town the text locates it in ("حي الشريعة بمدينة حماة") a
/// quarter's resolved place may lie before it is taken for a homonym elsewhere, even in the
/// town's own province.
const QUARTER_KM: f64 = 30.0;

impl Geocoder {
    pub(super) fn sub_place_mention(
        &self,
        doc: &Document,
        sp: &SubPlace,
        raws: &[RawMatch],
        res: &[Resolution],
    ) -> PlaceMention {
        let anchor = self.to_mention(doc, &raws[sp.anchor], &res[sp.anchor].ranked[0]);
        let text = doc.slice(sp.span).to_string();
        let mut location = anchor.location;
        location.text = text.clone();
        location.span = [sp.span.start, sp.span.end];
        location.precision = Some(location.precision.unwrap_or(2).max(2));
        // (an area of a province's countryside, "منطقة المفكر بريف حماة الشرقي", is a part of a
        // region, precision 2, as the countryside told alone is: not the province told coarsely)
        // (and so is an area told by a direction from a province, "منطقة الفيلات الحمر جنوب شرق
        // الحسكة": a part of it near its seat)
        let directed = (raws[sp.anchor].cues.iter()).any(|c| c.kind == CueKind::Direction);
        if (raws[sp.anchor].after_countryside || directed) && anchor.feature == "admin1" {
            location.precision = Some(2);
        }
        PlaceMention {
            span: sp.span,
            text,
            cue: Some(sp.cue.clone()),
            relative: false,
            region: false,
            location,
            feature: sp.feature.to_string(),
            score: 1.0,
            settlement: sp.settlement,
            area: sp.area,
            located: false,
        }
    }

    /// Neighbourhoods, streets and areas that the gazetteer does not know (or knows only
    /// elsewhere), named after a cue ("حي دوميز في كركوك", "شارع النضال (وسط بغداد)"): resolved to
    /// the town the sentence ties them to, with precision 2.
    pub(super) fn sub_places(
        &self,
        doc: &Document,
        words: &[&WordInfo],
        raws: &[RawMatch],
        res: &[Resolution],
    ) -> Vec<SubPlace> {
        let toks = &doc.tokens;
        let accepted = |i: usize| res[i].rejected.is_none() && !res[i].ranked.is_empty();
        let anchor_ok = |i: usize| {
            let p = || self.gaz.place(res[i].ranked[0].place);
            accepted(i)
                && (matches!(p().feature, Feature::City | Feature::Town | Feature::Admin2)
                    || (p().feature == Feature::Neighbourhood && p().hand_kept()))
        };
        let starts: FxHashMap<usize, usize> = raws
            .iter()
            .enumerate()
            .map(|(i, m)| (m.tok_start, i))
            .collect();
        // a name the text locates in a place named right after it ("منطقة شخب بقعطبة", "منطقة
        // العشش بالعند") that resolved to a homonym far from that place, or in another country,
        // is the local area of that place, not the homonym
        let far_from_next = |i: usize| {
            let end = raws[i].tok_end;
            // (right after it, or after a feature word that carries the preposition: "بمحافظة
            // الحرث")
            let glued = |c: &FoundCue| {
                doc.token_at(c.span.start)
                    .is_some_and(|t| t == end && toks[t].clitics.contains(&"ب"))
            };
            // (or a direction from the town right after the name, no distance told: "بحي جوبر
            // شرقي دمشق" is Damascus's quarter, not the village of Homs)
            let direction = |n: &RawMatch, c: &FoundCue| {
                !n.distance
                    && c.kind == CueKind::Direction
                    && doc.token_at(c.span.start) == Some(end)
            };
            // (a word right after it that is no place, "شرقي" read as a village, is no anchor)
            let Some(j) = starts
                .get(&end)
                .copied()
                .filter(|&j| accepted(j))
                .or_else(|| {
                    (end + 1..end + 3)
                        .find_map(|t| starts.get(&t).copied())
                        .filter(|&j| {
                            (raws[j].cues.iter()).any(|c| glued(c) || direction(&raws[j], c))
                        })
                })
            else {
                return false;
            };
            let n = &raws[j];
            let inside =
                n.clitic_prep || (n.cues.iter()).any(|c| c.kind == CueKind::In || glued(c));
            let located = inside || (n.cues.iter()).any(|c| direction(n, c));
            // (or in another country: "بقرية المروة بمحافظة الحرث" is no village across the
            // border, however close; a town told by a direction from another is only near it,
            // "بلدة العيسوية شمال شرق القدس")
            located && anchor_ok(j) && {
                let a = self.gaz.place(res[i].ranked[0].place);
                let b = self.gaz.place(res[j].ranked[0].place);
                // (a town of the province named is no homonym, however far from its capital:
                // "بلدة مديات بإقليم ماردين")
                let km = crate::distance_km((a.lat, a.lon), (b.lat, b.lon));
                // (a quarter told of a city or town lies by it, whatever its province: "في حي
                // الشريعة بمدينة حماة" is Hama's quarter, not the village of that name 51 km
                // away in Hama's province)
                let quarter = (raws[i].cues.iter())
                    .any(|c| c.kind == CueKind::Feature(FeatureCue::Neighbourhood));
                inside && a.country != b.country
                    || quarter
                        && matches!(b.feature, Feature::City | Feature::Town)
                        && km > QUARTER_KM
                    || km > LOCATED_KM
                        && (a.admin1.is_empty() || a.admin1 != b.admin1 && a.admin1 != b.name_en)
            }
        };
        let known =
            |i: usize| accepted(i) && !self.doubtful(&raws[i], &res[i]) && !far_from_next(i);
        let mut covered_tok = vec![false; toks.len()];
        for (i, m) in raws.iter().enumerate() {
            if known(i) {
                for c in covered_tok.iter_mut().take(m.tok_end).skip(m.tok_start) {
                    *c = true;
                }
            }
        }
        let covered = |j: usize| covered_tok[j];
        let sub_cue = |j: usize| -> Option<(FeatureCue, bool)> {
            if !is_word(toks[j].kind) {
                return None;
            }
            words[j].sub_cue
        };
        // a direction word ("غرب", "شمالي", "قرب") at token j
        let direction_at = |j: usize| {
            j < toks.len()
                && is_word(toks[j].kind)
                && (words[j].variants.iter()).any(|v| {
                    v.cues.iter().any(|c| {
                        c.words.len() == 1 && matches!(c.kind, CueKind::Direction | CueKind::Near)
                    })
                })
        };
        // the dominant town of the document, for sub-places whose sentence names none
        let mut counts: FxHashMap<u32, usize> = FxHashMap::default();
        for (i, _) in raws.iter().enumerate() {
            if anchor_ok(i) {
                *counts.entry(res[i].ranked[0].place).or_default() += 1;
            }
        }
        let dominant = counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .and_then(|(p, _)| {
                raws.iter()
                    .enumerate()
                    .find(|(i, _)| anchor_ok(*i) && res[*i].ranked[0].place == *p)
            })
            .map(|(i, _)| i);
        let sorted = raws.is_sorted_by_key(|m| (m.tok_start, m.span.start));
        // (a turn may go to a province: "وفي العاصمة صنعاء، ...")
        let turn_ok = |i: usize| {
            anchor_ok(i)
                || accepted(i) && self.gaz.place(res[i].ranked[0].place).feature == Feature::Admin1
        };
        // (read only when an area has no town of its own sentence: most documents need none)
        let turns = std::cell::OnceCell::new();
        let mut out: Vec<SubPlace> = Vec::new();
        let mut j = 0;
        while j < toks.len() {
            let Some((fc, plural)) = sub_cue(j) else {
                j += 1;
                continue;
            };
            // "إقليم أجدير": a name the gazetteer lacks after a province's word is a province
            // of its own (Iğdır spelt anew), no area of the story's town
            if (words[j].variants.iter())
                .any(|v| v.cues.iter().any(|c| c.words.len() == 1 && c.province))
            {
                j += 1;
                continue;
            }
            // "كل منطقة", "أي منطقة ضربها التحالف": any area, a clause follows, not a name
            if j > 0 && matches!(toks[j - 1].key.as_str(), "كل" | "اي" | "ايه") {
                j += 1;
                continue;
            }
            let cue = doc.slice(toks[j].span).to_string();
            let mut names: Vec<(usize, usize, bool, bool)> = Vec::new(); // token ranges, settlement, area
            let mut k = j + 1;
            let max_names = if plural { 4 } else { 1 };
            // a name set in quotation marks or brackets right after one indefinite feature word
            // ("في منطقة ( سلطان بيلي )", "بمنطقة «سانجاق تيبيه»"): the marks make it a name,
            // even a common word or a given name; a name the gazetteer knows is left to it
            let mut refers_back = false;
            if let Some(end) = (!plural)
                .then(|| self.marked_name(doc, words, j, &covered))
                .flatten()
            {
                // (an area's name so marked is as much a name as a quarter's: the marks, not
                // the word before, tell it, `PlaceMention::settlement`)
                let own = fc != FeatureCue::Street;
                names.push((j + 2, end, own, fc == FeatureCue::Region));
                k = end + 1;
                // (a definite feature word after it refers back to the place that locates it,
                // "في منطقة "بوسان" بالمديرية", "في منطقة «سلطان بيلي» بالمدينة": the last town
                // or district told before it, in this sentence or an earlier one)
                refers_back = toks.get(k).is_some_and(|t| {
                    is_word(t.kind)
                        && t.clitics.contains(&"ال")
                        && t.clitics.len() > 1
                        && self.is_cue_word(t.stem())
                        && !starts.get(&k).is_some_and(|&i| accepted(i))
                });
            }
            while k < toks.len() && names.len() < max_names {
                // a name: 1-2 words, not a cue, not an accepted place
                let start = k;
                // a street's name may be any name: شارع القدس، شارع فلسطين
                let street = fc == FeatureCue::Street;
                // (after قرية/بلدة one word: "قرية الجنادبة بعد ..."; a village of two words the
                // gazetteer lacks is left out)
                let settlement = matches!(fc, FeatureCue::Village | FeatureCue::Town);
                let longest = if settlement { 1 } else { 2 };
                while k < toks.len()
                    && k - start < longest
                    && is_word(toks[k].kind)
                    && (street || !covered(k))
                    && !words[k].cue_word
                    && !(k > start && toks[k].key.starts_with('و'))
                    // a preposition glued to an article opens a phrase of its own ("مناطق
                    // المملكة بالتفجير"): no part of the name
                    && !(k > start && preposition_and_article(toks[k].clitics))
                    && (k == start || !starts.contains_key(&k))
                    // (a grammar word or a verb is no part of a name: "حي الجحملية الذي",
                    // "محله هذا انتهاك")
                    && !self.lex.grammar.contains(toks[k].key.as_str())
                    && !self.lex.grammar.contains(toks[k].stem())
                    // (nor a verb or noun of saying: "مناطق تؤكد اجهزة الاستخبارات أن ..." is
                    // a clause about the areas, not their name)
                    && !self.lex.speech.contains(toks[k].key.as_str())
                {
                    if k > start && words[k].cue_like {
                        break;
                    }
                    // a name ends before a particle ("مناطق شاسعة من"), a word carrying a
                    // preposition ("منطقة مسندم بتاريخ") or an adjective of the area ("منطقة
                    // عتمة التابعة لمحافظة ذمار", "حي التأميم القريب")
                    if k > start && {
                        let t = &toks[k];
                        let bare = t.key.strip_prefix("ال").unwrap_or(&t.key);
                        // (a preposition only before a cue or a common word: "بمحافظة",
                        // "بتاريخ"; foreign names start with those letters, "دوجو بايزيد")
                        let preposition = t.has_preposition()
                            && (words[k].variants.iter()).any(|v| {
                                v.prefix > 0
                                    && (!v.cues.is_empty() || self.lex.common.contains(&v.key))
                            });
                        t.stem().chars().count() <= 2
                            || preposition
                            || self.lex.adjectives.contains(bare)
                    } {
                        break;
                    }
                    k += 1;
                }
                if k == start {
                    break;
                }
                // a preposition with a pronoun back to the area after it ("منطقة يوجد بها",
                // "ومنطقة أرسلت إليها تركيا تعزيزات"): the words are a clause about the area,
                // not its name
                if (start..(k + 1).min(toks.len()))
                    .any(|x| self.lex.resumptive.contains(toks[x].key.as_str()))
                {
                    break;
                }
                // a raw match that resolved fine is a known place, not a sub-place
                if let Some(&ri) = starts.get(&start) {
                    if !street && known(ri) {
                        break;
                    }
                }
                // a cue word or a common word glued to a preposition, or any word so glued right
                // before a known place, opens the phrase that locates the area, not its name ("قصف
                // على حي بمدينة حلب", "قرية بريف إدلب": a quarter of Aleppo, a village of Idlib's
                // countryside)
                if toks[start].has_preposition()
                    && ((words[start].variants.iter()).any(|v| {
                        v.prefix > 0 && (!v.cues.is_empty() || self.lex.common.contains(&v.key))
                    }) || starts.get(&(start + 1)).is_some_and(|&ri| known(ri)))
                {
                    break;
                }
                let name_key: Vec<&str> = (start..k).map(|x| toks[x].key.as_str()).collect();
                let bare = name_key[0].strip_prefix('و').unwrap_or(name_key[0]);
                // after حي/شارع any word may be a name but an adjective; after منطقة, not a
                // common word either
                // (after قرية/بلدة too: "قرية X" the gazetteer lacks is a local area of the town
                // the sentence ties it to, but "بلدة صغيرة", "قرية تركية" name none)
                let blocked = if fc == FeatureCue::Region || settlement {
                    &self.lex.common
                } else {
                    &self.lex.adjectives
                };
                // (nor a word of another use: a country's adjective, "قرية تركية", a cue word with
                // its proclitics, "قرية بمنطقة", "بلدة المحافظة", a given name, "بلدة علي")
                // (and a name the gazetteer holds is that place, doubtful or not, unless it
                // lies far from the place the text puts it in: "قرية المروة بمحافظة الحرث")
                if settlement
                    && (starts.get(&start).is_some_and(|&ri| !far_from_next(ri))
                        || words[start].country_word.is_some()
                        || (words[start].variants.iter()).any(|v| !v.cues.is_empty())
                        || self.lex.given_names.contains(name_key[0]))
                {
                    break;
                }
                // ... unless a direction from a town follows it at once ("منطقة الربيعي غرب
                // تعز"): an area the text locates by that town
                let located = fc == FeatureCue::Region
                    && !self.lex.adjectives.contains(name_key[0])
                    && direction_at(k)
                    && (k + 1..(k + 3).min(toks.len()))
                        .find(|&x| !direction_at(x))
                        .and_then(|x| starts.get(&x))
                        .is_some_and(|&ri| anchor_ok(ri));
                // (an adjective with or without the article: "المناطق الشاسعة")
                let no_article = bare.strip_prefix("ال").unwrap_or(bare);
                if (blocked.contains(name_key[0])
                    || blocked.contains(bare)
                    || self.lex.adjectives.contains(no_article))
                    && !located
                {
                    break;
                }
                // a word of one or two letters is a particle, not a name ("عدة مناطق من البلاد")
                if bare.strip_prefix("ال").unwrap_or(bare).chars().count() <= 2 {
                    break;
                }
                // a settlement's or a quarter's own name (PlaceMention::settlement): after one
                // such word (not a plural, "قرى", "أحياء"), neither a common word nor a given
                // name ("حي سكني", "قرية فلسطينية", "ضاحية علي صباح")
                let own_name = !plural
                    && matches!(
                        fc,
                        FeatureCue::Village | FeatureCue::Town | FeatureCue::Neighbourhood
                    )
                    && ![name_key[0], bare, no_article]
                        .iter()
                        .any(|w| self.lex.common.contains(*w) || self.lex.given_names.contains(*w))
                    && (words[start].variants.iter()).all(|v| v.cues.is_empty());
                // an area's own name (PlaceMention::area): after one area's word (not "مناطق"),
                // neither a common word nor a given name
                let area = !plural
                    && fc == FeatureCue::Region
                    // ("مناطق", a plural of cues.tsv, names one name in the finder but tells
                    // of several areas: "مناطق المواجهات في عدن", "مناطق حساسة في منطقة بنزرت")
                    && !(words[j].variants.iter())
                        .any(|v| v.cues.iter().any(|c| c.words.len() == 1 && c.plural))
                    && ![name_key[0], bare, no_article]
                        .iter()
                        .any(|w| self.lex.common.contains(*w) || self.lex.given_names.contains(*w))
                    && (words[start].variants.iter()).all(|v| v.cues.is_empty());
                names.push((start, k, own_name, area));
                if !plural || k >= toks.len() || !toks[k].key.starts_with('و') {
                    break;
                }
            }
            for (a, b, own_name, area) in names {
                let mut span = toks[a].span.cover(toks[b - 1].span);
                // "ودوميز": without the conjunction
                if toks[a].key.starts_with('و') && {
                    let v = &words[a].variants[0];
                    v.one.is_empty() && v.multi.is_empty()
                } {
                    span.start = strip_prefix_span(doc, a, 1).min(span.end);
                }
                // the anchor: the next town within 8 tokens, else the previous one in the
                // sentence, else the document's dominant town
                let sent = doc.sentence_at(toks[a].span.start);
                let same_sentence = |i: usize| doc.sentence_at(raws[i].span.start) == sent;
                // raws sorted by token: read only those after `b` up to 8 tokens, and those
                // before `a` back to the sentence's start (a scan of all of them per name was
                // quadratic in a long document)
                let (from, until) = if sorted {
                    let from = raws.partition_point(|m| m.tok_start < b);
                    (from, raws.partition_point(|m| m.tok_start < a))
                } else {
                    (0, raws.len())
                };
                // (or a province told as its countryside: "منطقة المفكر بريف حماة الشرقي" lies in
                // Hama's province, not in a town told before it)
                let countryside = |i: usize| {
                    raws[i].after_countryside
                        && accepted(i)
                        && self.gaz.place(res[i].ranked[0].place).feature == Feature::Admin1
                };
                // (or a province the area is told by a direction from, at once or after one
                // word the gazetteer rejected: "منطقة الفيلات الحمر جنوب شرق الحسكة" is an area
                // of Hasakah, not of a town told before it)
                let directed = |i: usize| {
                    let m = &raws[i];
                    let rejected_word = starts.get(&b).is_some_and(|&r| !accepted(r));
                    [b, b + 1].into_iter().any(|x| {
                        (x == b || rejected_word)
                            && x < m.tok_start
                            && m.tok_start <= x + 3
                            && (x..m.tok_start).all(direction_at)
                    }) && accepted(i)
                        && self.gaz.place(res[i].ranked[0].place).feature == Feature::Admin1
                };
                let after = (from..raws.len())
                    .take_while(|&i| !sorted || raws[i].tok_start <= b + 8)
                    .find(|&i| {
                        let m = &raws[i];
                        m.tok_start >= b
                            && m.tok_start <= b + 8
                            && (anchor_ok(i) || countryside(i) || directed(i))
                    })
                    // (not a town of the next sentence: "ومنطقة الضباب. وفي مأرب، ..." turns
                    // to another town)
                    .filter(|&i| same_sentence(i));
                let sentence_start = sent.map(|s| doc.sentences[s].span.start);
                let before = (0..until)
                    .rev()
                    .take_while(|&i| {
                        !sorted || sentence_start.is_none_or(|s| raws[i].span.start >= s)
                    })
                    // (before the cue word: a name of the list itself, "أحياء الروضة وعصيفرة",
                    // that the gazetteer knows as a town elsewhere, is no anchor of the next)
                    .find(|&i| raws[i].tok_end <= j && anchor_ok(i) && same_sentence(i));
                // ... and the document's dominant town only when no country or province of
                // another country is told right after it ("بمنطقة الصوابر في الكويت" in a story
                // led by Sousse): then that country
                let region_after = (from..raws.len())
                    .take_while(|&i| !sorted || raws[i].tok_start <= b + 3)
                    .find(|&i| {
                        let m = &raws[i];
                        // (told as where it lies: "في الكويت", "بسلطنة عمان"; not a list)
                        let located =
                            m.clitic_prep || (m.cues.iter()).any(|c| matches!(c.kind, CueKind::In));
                        m.tok_start >= b && m.tok_start <= b + 3 && located && accepted(i) && {
                            let f = self.gaz.place(res[i].ranked[0].place).feature;
                            matches!(f, Feature::Country | Feature::Admin1)
                        }
                    });
                let country = |i: usize| self.gaz.place(res[i].ranked[0].place).country;
                // (the dominant town told before the sub-place: one named only after it is no
                // town the reader placed it in, "منطقة أحراج جبلية قرب الشيشان" before an old
                // attack in Grozny)
                let told_before = dominant.filter(|&d| raws[d].tok_start < a);
                // (a turn to another town told since, "وفي مأرب، ...", leads the sentences
                // after it: an area they name is that town's, not the document's dominant one,
                // unless another town is named between, `Geocoder::turns`)
                let same_place =
                    |x: usize, y: usize| res[x].ranked[0].place == res[y].ranked[0].place;
                let turn = turns
                    .get_or_init(|| self.turns(doc, raws, &turn_ok))
                    .iter()
                    .rev()
                    .find(|&&t| raws[t].tok_end <= a)
                    .copied()
                    .filter(|&t| {
                        !(0..raws.len()).any(|i| {
                            raws[i].tok_start >= raws[t].tok_end
                                && raws[i].tok_end <= a
                                && turn_ok(i)
                                && !same_place(i, t)
                        })
                    });
                // (nor when its sentence goes on to name another country than that town's: "في
                // إقليم شرناخ الحدودي مع العراق" in a story led by Kermanshah, "مناطق زاب وآفاشين
                // ... بين العراق وتركيا" in one that names Ankara: an area across that border, not
                // the town's; a country told before it is often an actor's, "التحالف الذي تقوده
                // السعودية ... أحياء المدينة")
                let abroad = |d: usize| {
                    (from..raws.len())
                        .filter(|&i| raws[i].tok_start >= b && same_sentence(i) && accepted(i))
                        .any(|i| {
                            self.gaz.place(res[i].ranked[0].place).feature == Feature::Country
                                && country(i) != country(d)
                        })
                };
                let fallback = match (region_after, dominant) {
                    (Some(r), Some(d)) if country(r) != country(d) => Some(r),
                    _ => turn.or(told_before).filter(|&d| !abroad(d)),
                };
                // (a village the sentence ties to no town is left out: the document's dominant
                // town may lie in another country)
                let fallback = if matches!(fc, FeatureCue::Village | FeatureCue::Town) {
                    None
                } else {
                    fallback
                };
                let back = refers_back
                    .then(|| {
                        (0..until).rev().find(|&i| {
                            raws[i].tok_end <= j && accepted(i) && {
                                let f = self.gaz.place(res[i].ranked[0].place).feature;
                                f.is_settlement_or_district()
                            }
                        })
                    })
                    .flatten();
                // (a town told before it in its sentence is no anchor when a country or a
                // province of another country is told right after it: "بهدم المسجد ... في طهران
                // ... التفجير الذي وقع في منطقة "الستار" بمملكة البحرين" is an area of Bahrain)
                // (the country's own word may carry the preposition: "بمملكة البحرين")
                let country_after = (from..raws.len())
                    .take_while(|&i| !sorted || raws[i].tok_start <= b + 3)
                    .find(|&i| {
                        let m = &raws[i];
                        let prep_before = m.tok_start > b
                            && (toks[m.tok_start - 1].clitics.contains(&"ب")
                                || toks[m.tok_start - 1].key == "في");
                        let located = m.clitic_prep
                            || (m.cues.iter()).any(|c| matches!(c.kind, CueKind::In))
                            || prep_before;
                        m.tok_start >= b && m.tok_start <= b + 3 && located && accepted(i) && {
                            let f = self.gaz.place(res[i].ranked[0].place).feature;
                            matches!(f, Feature::Country | Feature::Admin1)
                        }
                    });
                let before =
                    before.filter(|&d| country_after.is_none_or(|r| country(r) == country(d)));
                let Some(anchor) = after.or(before).or(back).or(fallback) else {
                    continue;
                };
                let feature = match fc {
                    FeatureCue::Street => "street",
                    _ => "neighbourhood",
                };
                out.push(SubPlace {
                    span,
                    cue: cue.clone(),
                    anchor,
                    feature,
                    settlement: own_name,
                    area,
                });
            }
            j = k.max(j + 1);
        }
        out
    }

    /// The turns of a report to another town or province: a sentence that opens on a word of
    /// place (`CueKind::In`: "وفي مأرب، أعلنت المقاومة ...", "وفي العاصمة صنعاء، ..."), the
    /// place right after it (its feature words between), told as where the news that follows
    /// happened, not where somebody spoke ("وفي واشنطن، قال متحدث ...": a word of saying at most
    /// two words after it). The indices of their raw matches, in text order.
    fn turns(
        &self,
        doc: &Document,
        raws: &[RawMatch],
        turn_ok: &impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let toks = &doc.tokens;
        let mut out: Vec<usize> = (0..raws.len())
            .filter(|&i| {
                let m = &raws[i];
                let Some(s) = doc.sentence_at(m.span.start) else {
                    return false;
                };
                let first = doc.sentences[s].tokens.start;
                // (the word of place with its conjunction, "وفي": read by its stem)
                let opens = first < m.tok_start
                    && is_word(toks[first].kind)
                    && (self.lex.cues_by_last.get(toks[first].stem())).is_some_and(|v| {
                        v.iter()
                            .any(|c| c.kind == CueKind::In && c.words.len() == 1)
                    })
                    && (first + 1..m.tok_start)
                        .all(|t| is_word(toks[t].kind) && self.is_cue_word(toks[t].stem()));
                let said = || {
                    (m.tok_end..(m.tok_end + 3).min(toks.len()))
                        .any(|t| self.lex.speech.contains(toks[t].key.as_str()))
                };
                opens && turn_ok(i) && !said()
            })
            .collect();
        out.sort_by_key(|&i| raws[i].tok_start);
        out
    }

    /// The end (exclusive token index) of a name set in quotation marks or brackets right after
    /// the indefinite feature word at token `j` ("منطقة ( سلطان بيلي )", "منطقة «سانجاق
    /// تيبيه»"): one to [`MARKED_WORDS`] words, none a grammar word nor covered by a place the
    /// gazetteer knows, closed by the matching mark. A definite word ("المدينة «باتت ليلة رعب»")
    /// or a quotation that runs on names nothing.
    fn marked_name(
        &self,
        doc: &Document,
        words: &[&WordInfo],
        j: usize,
        covered: &impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let toks = &doc.tokens;
        // (nor after a plural, "بمناطق "المهدية" و"التومة"": a list of areas)
        if toks[j].clitics.contains(&"ال")
            || words[j].sub_cue.is_none_or(|(_, plural)| plural)
            || (words[j].variants.iter()).any(|v| v.cues.iter().any(|c| c.plural))
        {
            return None;
        }
        let open = toks.get(j + 1)?;
        let close = match doc.slice(open.span) {
            "(" => ")",
            "«" => "»",
            "\"" => "\"",
            "“" => "”",
            _ => return None,
        };
        let end =
            (j + 2..(j + 3 + MARKED_WORDS).min(toks.len())).find(|&i| !is_word(toks[i].kind))?;
        (end > j + 2
            && doc.slice(toks[end].span) == close
            && (j + 2..end).all(|i| {
                !covered(i)
                    && !self.lex.grammar.contains(toks[i].key.as_str())
                    && toks[i].stem().chars().count() > 1
            }))
        .then_some(end)
    }
}

/// How many words a name set in marks after a feature word may have ([`Geocoder::marked_name`]).
const MARKED_WORDS: usize = 3;
