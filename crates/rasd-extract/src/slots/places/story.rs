//! The story's place for an incident its sentence does not place: the country the whole story is
//! about, the province it tells most (for a record placed at its country) and the country of
//! the incident's actors.

use super::*;

/// How many times the story must name its one place where something happened for that place
/// to stand for the story's country ([`Context::story_country`]).
const STORY_PLACE_MENTIONS: usize = 2;

/// How many sentences from the incident's a place of the province the story tells most may be
/// named, when no line break (a paragraph's end) separates them either
/// ([`Context::story_place`]).
const STORY_PLACE_SENTENCES: usize = 2;

/// How many words may stand between a place of another province and a mention of the province
/// the story tells most for the two to be told together ("لاربيل عاصمة كردستان", "بين
/// محافظتي لحج وتعز"; [`Context::story_place`]).
const STORY_PLACE_WORDS: usize = 2;

/// Without a place, a national force or a group of one country names the country at least
/// ("الجيش الباكستاني"): a country-level location (ACLED precision 3) supported by the actor's
/// words (a state force first, as it fights at home unless it is external).
impl Context<'_> {
    /// The country of an incident whose sentence names no place and no country-bound actor: the
    /// country the whole story is about (its places, demonyms and country-bound names), when one
    /// country has at least twice the evidence of any other. The words nearest the incident's
    /// stand as its text.
    pub(crate) fn story_country(&self, trigger: Span) -> Option<Location> {
        let story = self.story.get_or_init(|| self.story_evidence()).as_ref()?;
        let span = story.nearest(trigger)?;
        country_location(&story.iso, self.doc.slice(span).to_string(), span)
    }

    /// The place that stands for a record placed at its country only (by the story's country
    /// a country named in its sentence or its actors' words): the province the story tells most
    /// in that country ([`Context::story_place`]). A condemnation or a visit told in the
    /// headline names no place, while the body tells the bombing "بمنطقة X" and "في منطقة X"
    /// again.
    pub(crate) fn province_for_country(&self, c: &crate::mention::Candidate) -> Option<Location> {
        let (iso, sentence) = self.country_only(c)?;
        self.story_place(&iso, c.trigger_span, sentence)
    }

    /// The town that stands for a record placed at its country only (as for
    /// [`Context::province_for_country`], and not by a country its own sentence names): the one
    /// town of the country the whole story tells, where every other place of the country it
    /// names below the country's level is that town's province. The town must be named at least
    /// [`STORY_PLACE_MENTIONS`] times where something happened (not where somebody spoke, was
    /// treated or mourned, nor told by a direction from it), once in the title or the lead in a
    /// sentence that tells an event of the record's type or, for a violent record, another
    /// violent one ("مقتل 50 شخصاً في هجمات ... في كابول" / "... الهجوم على معسكر انتجريتي");
    /// its mention nearest the incident. A town named as a state acting ("أنقرة تستعد لهجوم")
    /// is no place.
    pub(crate) fn town_for_country(&self, c: &crate::mention::Candidate) -> Option<Location> {
        let (iso, sentence) = self.country_only(c)?;
        if sentence.is_some() {
            return None;
        }
        let doc = self.doc;
        let of_country: Vec<&rasd_geo::PlaceMention> = (self.places.iter())
            .filter(|p| p.location.country.as_deref() == Some(&iso) && p.feature != "country")
            .filter(|p| !self.quoted_alone(p) && !self.told_elsewhere(p) && !self.metonymy(p, &[]))
            .collect();
        let town = of_country.iter().find(|p| self.is_town(p))?;
        let holds = |p: &rasd_geo::PlaceMention| {
            p.location.precision == Some(3)
                && p.location.admin1.is_some()
                && p.location.admin1 == town.location.admin1
        };
        let same = |p: &rasd_geo::PlaceMention| p.location.name == town.location.name;
        if !of_country.iter().all(|p| same(p) || holds(p)) {
            return None;
        }
        let told: Vec<&&rasd_geo::PlaceMention> = (of_country.iter())
            .filter(|p| same(p) && !p.relative && self.is_town(p))
            .collect();
        if told.len() < STORY_PLACE_MENTIONS {
            return None;
        }
        // (not a bare name that opens its sentence, a state acting in the headline: "أنقرة
        // تستعد لهجوم"; "في كابول", "يهز مطار كابل" are places)
        let cued = |p: &rasd_geo::PlaceMention| {
            p.cue.is_some()
                || (doc.token_at(p.span.start)).is_some_and(|i| {
                    doc.tokens[i].clitics.contains(&"ب")
                        || doc
                            .sentence_of_token(i)
                            .is_some_and(|si| doc.sentences[si].tokens.start < i)
                })
        };
        // a country read off the actors' words ("الحرس الثوري") takes a town told as a place at
        // least once, with a place's word, "في" or "ب" ("في مدينة زنجبار", "في العاصمة كابل"),
        // not one only named bare as the state ("للجم طهران", "إصرار طهران")
        if from_actors(c) && !told.iter().any(|p| self.told_as_place(p)) {
            return None;
        }
        let opening = told.iter().filter(|p| cued(p)).any(|p| {
            (doc.token_at(p.span.start))
                .and_then(|i| doc.sentence_of_token(i))
                .is_some_and(|si| si <= 1 && self.tells_type(doc.sentences[si].span, &c.event_type))
        });
        if !opening {
            return None;
        }
        let nearest = told.iter().min_by_key(|p| c.trigger_span.gap(p.span))?;
        let mut location = nearest.location.clone();
        location.span = [nearest.span.start, nearest.span.end];
        location.text = nearest.text.clone();
        Some(location)
    }

    /// The country of a record placed at its country only (by the story's country or a country
    /// named in its sentence or by its actors' words, not with a place its words refer back
    /// to), and its sentence when that sentence names the country with a place's cue.
    fn country_only(&self, c: &crate::mention::Candidate) -> Option<(String, Option<Span>)> {
        // (a place the record's words refer back to, "في المنطقة", comes first: merge's
        // `referred_or`)
        if c.referred.is_some() {
            return None;
        }
        let l = c.place.location.as_ref()?;
        let iso = l.country.as_deref()?;
        let country = rasd_geo::Gazetteer::global().country(iso)?;
        if l.precision != Some(3) || l.name != country.name_en {
            return None;
        }
        // (a country guessed from an actor's words, "المقاومة الشعبية", "الحوثيين", is no place
        // named: it gives way to the story's one town or province as the story's country does)
        // the country named with a place's cue in the record's own sentence ("هجمات متفرقة
        // بالعراق", "غارات ... في سورية"): the writer placed the incident at the country, and
        // only a province named in that sentence may stand for it; a part of the country told
        // by a direction ("في شمال شرقي أفغانستان") is no such choice
        let record = Span::new(l.span[0], l.span[1]);
        let country_named = c.sentence_span.contains(record)
            && (self.places.iter()).any(|p| {
                p.span == record
                    && p.feature == "country"
                    && !p.region
                    && (p.cue.is_some()
                        || (self.doc.token_at(p.span.start))
                            .is_some_and(|i| self.doc.tokens[i].clitics.contains(&"ب")))
                    && !self.before_sequence(p.span, c.trigger_span)
            });
        let sentence = country_named.then_some(c.sentence_span);
        Some((iso.to_string(), sentence))
    }

    /// Whether a place told before the event word lies in the clause that a word of sequence
    /// ([`Cue::Prior`], "بعد") between them closes: "واهتزت صورة القطاع السياحي في تونس بقوة
    /// بعد هجوم نفذه عنصر مسلح على فندق" places the tourism sector of the verb before it, not
    /// the attack told after the word.
    fn before_sequence(&self, place: Span, trigger: Span) -> bool {
        let doc = self.doc;
        let (Some(from), Some(to)) = (doc.last_token(place), doc.token_at(trigger.start)) else {
            return false;
        };
        place.end <= trigger.start && (from + 1..to).any(|i| self.cue_at_token(i, Cue::Prior))
    }

    /// The province (a place of ACLED precision 3 below the country's level, which counts as
    /// much as the country for the record's confidence and its merging) the story tells most in
    /// country `iso`: named at
    /// least [`STORY_PLACE_MENTIONS`] times (a newspaper quoted is no place, nor the capital's
    /// province), at least twice
    /// as often as any other place of the country, and at least once where something happened
    /// (not only where the wounded were treated, a body buried or somebody spoke); its mention
    /// nearest `trigger`. Only when the story tells the incident in that province:
    /// - the country's place nearest `trigger` is in it (or is told together with it, at most
    ///   [`STORY_PLACE_WORDS`] words away), so that an incident told among another province's
    ///   (a roundup's "قاعدة العند بمحافظة لحج", another clause's "السويس") keeps the country;
    /// - a place of it is named in the incident's paragraph or at most
    ///   [`STORY_PLACE_SENTENCES`] sentences away, not only far from it (a statistic, an
    ///   opinion column's aside);
    /// - when `sentence` is given (the record's sentence names the country as its place), the
    ///   province is named in it.
    pub(crate) fn story_place(
        &self,
        iso: &str,
        trigger: Span,
        sentence: Option<Span>,
    ) -> Option<Location> {
        let gaz = rasd_geo::Gazetteer::global();
        let capital = gaz.capital(iso).map(|i| gaz.place(i));
        // the capital's own province ("أمانة العاصمة"), or a province named like the capital
        // ("منطقة الرياض")
        let of_capital = |p: &rasd_geo::PlaceMention| {
            capital.is_some_and(|c| {
                c.names_ar.contains(&p.text.as_str())
                    || c.name_en == p.location.name
                    || (!c.admin1.is_empty())
                        && (p.location.admin1.as_deref())
                            .is_some_and(|a| a.eq_ignore_ascii_case(c.admin1))
            })
        };
        // every place of the country below its level, by province (a place without one is its
        // own): one province must hold at least twice the mentions of any other, so that a
        // roundup of several provinces' fronts keeps the country
        let of_country: Vec<&rasd_geo::PlaceMention> = (self.places.iter())
            .filter(|p| p.location.country.as_deref() == Some(iso) && p.feature != "country")
            .filter(|p| !self.quoted_alone(p))
            .collect();
        // (by a key that sets aside the transliteration's diacritics: "Shamāl Sīnā'" and a
        // town's "Shamal Sina'")
        let province_of = |p: &rasd_geo::PlaceMention| {
            rasd_core::place_name::normalize_place(
                (p.location.admin1.as_deref())
                    .filter(|a| !a.is_empty())
                    .unwrap_or(p.location.name.as_str()),
            )
        };
        let mut by_province: Vec<(String, usize)> = Vec::new();
        for p in &of_country {
            let key = province_of(p);
            match by_province.iter_mut().find(|(k, _)| *k == key) {
                Some(c) => c.1 += 1,
                None => by_province.push((key, 1)),
            }
        }
        by_province.sort_by_key(|p| std::cmp::Reverse(p.1));
        let (key, n) = by_province.first()?;
        if by_province.get(1).is_some_and(|(_, m)| *n < 2 * m) {
            return None;
        }
        // the province itself, named at least twice
        let named: Vec<&&rasd_geo::PlaceMention> = (of_country.iter())
            .filter(|p| p.location.precision == Some(3) && province_of(p) == *key)
            // the capital's province is where the government sits and speaks
            .filter(|p| !of_capital(p) && !p.relative && !p.region)
            .collect();
        // a city of the province (not the capital's) counts for the province when it bears its
        // name ("في حلب", "في محافظة حلب"), and stands for it when the story names the province
        // only by its city ("عدن")
        let cities: Vec<&&rasd_geo::PlaceMention> = (of_country.iter())
            .filter(|p| p.feature == "city" && province_of(p) == *key)
            .filter(|p| !of_capital(p) && !p.relative && !p.region)
            .collect();
        let by_city = named.is_empty();
        let top = named.first().or(cities.first())?;
        let same = |a: &rasd_geo::PlaceMention, b: &rasd_geo::PlaceMention| {
            a.location.name == b.location.name && a.location.admin1 == b.location.admin1
        };
        let named: Vec<&&rasd_geo::PlaceMention> =
            named.iter().chain(cities.iter()).copied().collect();
        if named.iter().filter(|p| same(top, p)).count() < STORY_PLACE_MENTIONS {
            return None;
        }
        let told: Vec<&&&rasd_geo::PlaceMention> = named.iter().filter(|p| same(top, p)).collect();
        if told.iter().all(|p| self.told_elsewhere(p)) {
            return None;
        }
        // a city standing for its province is told as a place at least once, with a place's
        // word, "في" or "ب" ("في عدن"), not only named bare as the side that acts ("وتعز تندد")
        let doc = self.doc;
        if by_city && !told.iter().any(|p| self.told_as_place(p)) {
            return None;
        }
        let nearest = told.iter().min_by_key(|p| trigger.gap(p.span))?;
        if sentence.is_some_and(|s| !told.iter().any(|p| s.contains(p.span))) {
            return None;
        }
        // the country's place nearest the incident (not one it is told relative to) is in the
        // province, is named like it, or is told together with it
        let words_between = |a: Span, b: Span| {
            let (x, y) = if a.start < b.start { (a, b) } else { (b, a) };
            let first = doc.last_token(x).unwrap_or(0) + 1;
            let last = doc.token_at(y.start).unwrap_or(first);
            last.saturating_sub(first)
        };
        let nearest_place = (of_country.iter())
            .filter(|p| !p.relative)
            .min_by_key(|p| trigger.gap(p.span))?;
        if province_of(nearest_place) != *key
            && nearest_place.text != top.text
            && !(told.iter())
                .any(|t| words_between(t.span, nearest_place.span) <= STORY_PLACE_WORDS)
        {
            return None;
        }
        // a place of the province named near the incident: in its paragraph, or a few
        // sentences away
        let sentence_at = |x: usize| doc.token_at(x).and_then(|i| doc.sentence_of_token(i));
        let at = sentence_at(trigger.start);
        let near = |p: &rasd_geo::PlaceMention| {
            let between = if p.span.start >= trigger.end {
                Span::new(trigger.end, p.span.start)
            } else {
                Span::new(p.span.end, trigger.start)
            };
            !doc.slice(between).contains('\n')
                || at
                    .zip(sentence_at(p.span.start))
                    .is_some_and(|(a, b)| a.abs_diff(b) <= STORY_PLACE_SENTENCES)
        };
        if !(of_country.iter()).any(|p| !p.relative && province_of(p) == *key && near(p)) {
            return None;
        }
        let mut location = nearest.location.clone();
        location.span = [nearest.span.start, nearest.span.end];
        location.text = nearest.text.clone();
        Some(location)
    }

    /// The story's country with the spans that support it, once per document.
    pub(super) fn story_evidence(&self) -> Option<StoryEvidence> {
        let evidence: Vec<(&str, Span)> = (self.places.iter())
            .filter_map(|p| p.location.country.as_deref().map(|c| (c, p.span)))
            .chain(self.country_words.iter().copied())
            .collect();
        let mut weight: Vec<(&str, usize)> = Vec::new();
        for (c, _) in &evidence {
            match weight.iter_mut().find(|(x, _)| x == c) {
                Some(w) => w.1 += 1,
                None => weight.push((c, 1)),
            }
        }
        weight.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let (iso, top) = *weight.first()?;
        if weight.get(1).is_some_and(|(_, second)| top < 2 * second) {
            return None;
        }
        // one demonym alone is weak evidence: "وكالة الصحافة الفرنسية" is a source, "الجنود
        // الأميركيين" fight abroad; a place of the country, or two of its words, is enough
        let placed = self
            .places
            .iter()
            .any(|p| p.location.country.as_deref() == Some(iso));
        if !placed && top < 2 {
            return None;
        }
        let spans = evidence.iter().filter(|(c, _)| *c == iso).map(|(_, s)| *s);
        Some(StoryEvidence::new(iso.to_string(), spans))
    }

    /// Whether place mention `p` is told as a place: with a place's word, "في" or "ب" ("في
    /// مدينة زنجبار", "بعدن"), not only named bare as a side that acts ("وتعز تندد", "إصرار
    /// طهران").
    fn told_as_place(&self, p: &rasd_geo::PlaceMention) -> bool {
        let doc = self.doc;
        p.cue.is_some()
            || (doc.token_at(p.span.start)).is_some_and(|i| {
                doc.tokens[i].clitics.contains(&"ب") || i > 0 && doc.tokens[i - 1].key == "في"
            })
    }
}

/// Whether the record's place is a country read off its actors' words ("المقاومة الشعبية",
/// "الحوثيين"), not a place named.
fn from_actors(c: &crate::mention::Candidate) -> bool {
    c.place.location.as_ref().is_some_and(|l| {
        [&c.actor1, &c.actor2]
            .into_iter()
            .flatten()
            .any(|a| a.span == l.span && a.text == l.text)
    })
}

/// The country of an incident without a place, from its actors: an army fights at home, but
/// forces acting abroad (kind external: US troops, a foreign air force) say where they come from,
/// not where the incident happened.
pub(crate) fn country_of_actors(actors: [&Option<Actor>; 2]) -> Option<Location> {
    let with_country: Vec<&Actor> = actors
        .into_iter()
        .flatten()
        .filter(|a| a.country.is_some() && a.kind != ActorKind::External)
        .collect();
    let a = with_country
        .iter()
        .find(|a| a.kind == ActorKind::State)
        .or(with_country.first())?;
    let iso = a.country.as_deref()?;
    country_location(iso, a.text.clone(), Span::new(a.span[0], a.span[1]))
}

/// A country as an incident's location (precision 3, at the country's point), supported by the
/// words `text` at `span`.
pub(super) fn country_location(iso: &str, text: String, span: Span) -> Option<Location> {
    let c = rasd_geo::Gazetteer::global().country(iso)?;
    Some(Location {
        name: c.name_en.to_string(),
        text,
        span: [span.start, span.end],
        country: Some(iso.to_string()),
        admin1: None,
        admin2: None,
        lat: Some(c.lat),
        lon: Some(c.lon),
        geonames_id: c.geonames_id,
        precision: Some(3),
        where_said: false,
    })
}
