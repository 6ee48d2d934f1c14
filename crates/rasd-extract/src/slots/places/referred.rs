//! The place a definite feature noun refers back to ("في القرية" after "في قرية برقين"), for an
//! incident whose sentence part names none: the record's place when its merged incident ends
//! with a country at best (`merge::referred_or`).

use rasd_core::Location;
use rasd_text::Span;

use rasd_lexicon::Trigger;
use rasd_text::TokenKind;

use super::after_direction;
use crate::lexicon::Cue;
use crate::mention::{starting_in, Context, Hit};

impl Context<'_> {
    /// The place that a definite feature noun of an incident's sentence part refers back to
    /// ([`Cue::PlaceBack`]: "قاما بعملية في القرية" after "في قرية برقين", "تلك المناطق"), for an
    /// incident whose part names no place: the latest place told before the noun, in its
    /// sentence or the [`REFER_SENTENCES`] before, below country level, not told by a direction
    /// or a distance from it, not a state acting, not where somebody spoke or mourned; one named
    /// with the same feature noun ("قرية برقين") first. A province noun told "the same"
    /// ([`Cue::ProvinceBack`]: "في الولاية نفسها") takes only the place named with it ("في ولاية
    /// شرناق"). None when no noun or no such place.
    pub(crate) fn place_referred(&self, span: Span) -> Option<Location> {
        let doc = self.doc;
        // (a plural only after a demonstrative: "تلك المناطق"; "في مختلف المناطق" is anywhere)
        let i = doc.tokens_in(span).find(|&i| {
            (self.cue_at_token(i, Cue::PlaceBack)
                || self.cue_at_token(i, Cue::PlacesBack)
                    && i > 0
                    && self.cue_at_token(i - 1, Cue::Demonstrative))
                && doc.tokens[i].clitics.contains(&"ال")
                && !self.covered(i)
        });
        // (a province noun told "the same", "في الولاية نفسها", only the place named with it:
        // "في ولاية شرناق", not "قضاء سيلوبي" told since)
        // (and a base noun with a base's adjective, "على القاعدة العسكرية", only the place named
        // with it, "قاعدة العند": "القاعدة" alone may be the armed group)
        let province = || {
            doc.tokens_in(span).find(|&i| {
                let same = |cue: Cue| {
                    doc.tokens.get(i + 1).is_some_and(|t| t.clitics.is_empty())
                        && self.cue_at_token(i + 1, cue)
                };
                doc.tokens[i].clitics.contains(&"ال")
                    && (self.cue_at_token(i, Cue::ProvinceBack) && same(Cue::Same)
                        || self.cue_at_token(i, Cue::BaseBack)
                            && (same(Cue::Same) || self.cue_at_token(i + 1, Cue::BaseKind)))
            })
        };
        match i {
            Some(i) => self.referred_by(i, false),
            None => match province() {
                Some(i) => self.referred_by(i, true),
                None => self.place_paired(span),
            },
        }
    }

    /// The place that a definite dual feature noun of an incident's part refers back to
    /// ([`Cue::PairBack`]: "سقوط اكثر من 160 قذيفة على البلدتين الواقعتين في محافظة حلب" after
    /// "في معسكري نبل والزهراء"): the first of the latest list of two places joined by "و"
    /// told before the noun, in its sentence or the [`REFER_SENTENCES`] before, below province
    /// level, neither told by a direction from a place nor where somebody spoke. The record takes
    /// it when its incident ends with a country or a province that holds it (`merge::referred_or`:
    /// the province of "الواقعتين في محافظة حلب" only locates the two towns). None when no such
    /// noun, or no such pair (one place or a list of three is not what a dual refers back to).
    pub(crate) fn place_paired(&self, span: Span) -> Option<Location> {
        let doc = self.doc;
        let i = doc.tokens_in(span).find(|&i| {
            self.cue_at_token(i, Cue::PairBack)
                && doc.tokens[i].clitics.contains(&"ال")
                && !self.covered(i)
        })?;
        let si = doc.sentence_of_token(i).unwrap_or(0);
        let from = doc.sentences[si.saturating_sub(REFER_SENTENCES)].span.start;
        let at = doc.tokens[i].span.start;
        let told = |p: &rasd_geo::PlaceMention| {
            from <= p.span.start
                && p.span.end <= at
                && !(p.region || p.relative && after_direction(p))
                && p.feature != "country"
                && !self.told_elsewhere(p)
                && !self.quoted_alone(p)
                && !self.metonymy(p, &[])
        };
        let last = self.places.iter().rposition(|p| p.span.end <= at)?;
        (0..=last)
            .rev()
            .take_while(|&j| self.places[j].span.start >= from)
            .map(|j| self.place_list(j))
            .find(|list| !list.is_empty())
            .filter(|list| list.len() == 2 && list.iter().all(|&j| told(&self.places[j])))
            .map(|list| self.places[list[0]].location.clone())
    }

    /// Whether token `i` stands inside a place mention ("مدينة القريتين" is a town's name).
    fn covered(&self, i: usize) -> bool {
        let t = self.doc.tokens[i].span;
        starting_in(&self.places, |p| p.span.start, Span::new(0, t.end))
            .iter()
            .any(|p| p.span.start <= t.start && t.end <= p.span.end)
    }

    /// The place that the definite feature noun at token `i` refers back to
    /// ([`Context::place_referred`]); with `same_only`, only one named with the same noun
    /// ("في البلدة" after "في بلدة سروج").
    pub(super) fn referred_by(&self, i: usize, same_only: bool) -> Option<Location> {
        let doc = self.doc;
        let noun = doc.tokens[i].stem();
        let si = doc.sentence_of_token(i).unwrap_or(0);
        let from = doc.sentences[si.saturating_sub(REFER_SENTENCES)].span.start;
        let at = doc.tokens[i].span.start;
        let before: Vec<&rasd_geo::PlaceMention> =
            starting_in(&self.places, |p| p.span.start, Span::new(from, at))
                .iter()
                .filter(|p| p.span.end <= at)
                // (a place only near is a place, "قرب مدينة اعزاز"; one told by a direction or
                // a distance from it, or a part of a province, "شمال العاصمة صنعاء", is not)
                .filter(|p| !(p.region || p.relative && after_direction(p)))
                .filter(|p| p.feature != "country")
                .filter(|p| !self.told_elsewhere(p) && !self.quoted_alone(p))
                .filter(|p| !self.metonymy(p, &[]))
                .collect();
        // (the cue's words without their proclitics: "بقرية" is "قرية")
        // (or a name that opens on it: "قاعدة العند")
        let same_noun = |p: &&rasd_geo::PlaceMention| {
            let first = doc.token_at(p.span.start).map(|j| doc.tokens[j].stem());
            first == Some(noun)
                || p.cue.as_deref().is_some_and(|c| {
                    c.split_whitespace().any(|w| {
                        let w = rasd_text::key(w);
                        w == noun
                            || w.strip_suffix(noun)
                                .is_some_and(|pre| pre.chars().count() <= 2)
                    })
                })
        };
        // (the noun told "the same", "في المنطقة نفسها", refers back to the place below
        // province level the story told last, whatever noun named it and however far back: "قرب
        // مدينة اعزاز في ريف حلب الشمالي" five sentences before, not "بلاد الشام" in a quotation
        // since)
        let same = !same_only
            && doc.tokens.get(i + 1).is_some_and(|t| t.clitics.is_empty())
            && self.cue_at_token(i + 1, Cue::Same);
        let finer = |p: &&&rasd_geo::PlaceMention| {
            !same || (p.location.precision).is_some_and(|x| x < SAME_FINER_THAN)
        };
        // (a countryside so referred back to is the area around its town, precision 2)
        let area = |p: &rasd_geo::PlaceMention| {
            let mut l = p.location.clone();
            if same && self.countryside_of(p) {
                l.precision = l.precision.map(|x| x.max(2));
            }
            l
        };
        if let Some(p) = (before.iter().rev().find(|p| same_noun(p)))
            .or_else(|| before.iter().rev().find(finer).filter(|_| !same_only))
        {
            return Some(area(p));
        }
        // none that near: one named with the same noun earlier in the story ("في هذا الحي"
        // after "حي التواهي" four sentences before, with no place in the sentences between)
        let earlier: Vec<&rasd_geo::PlaceMention> =
            starting_in(&self.places, |p| p.span.start, Span::new(0, from))
                .iter()
                .filter(|p| p.span.end <= from)
                .filter(|p| !(p.region || p.relative && after_direction(p)))
                .filter(|p| p.feature != "country")
                .filter(|p| !self.told_elsewhere(p) && !self.quoted_alone(p))
                .filter(|p| !self.metonymy(p, &[]))
                .collect();
        let p = (earlier.iter().rev().find(|p| same_noun(p)))
            .or_else(|| earlier.iter().rev().find(finer).filter(|_| same))?;
        Some(area(p))
    }
}

impl Context<'_> {
    /// The town of the lead that tells a title's incident: for an incident of the report's title
    /// (its first sentence, a line of its own) the one place below province level that the lead
    /// (the next sentence) names, when an event word of the same type, or of another violent type
    /// for a violent incident ("هجوم مسلح" told as "اغتالت"), is told there ("مقتل 3 في
    /// تفجير لغم بجنوب شرق تركيا" / "... قتلوا عندما فجر مقاتلون أكراد لغما ... بإقليم شرناق").
    /// A place told by a direction from a town counts ("شرقي الرمادي": near Ramadi); a region does
    /// not. The record takes it when it ends with a country or a province that holds it
    /// (`merge::referred_or`). None for a lead that names several such places (a list of the
    /// title's strikes) or none, and for any other sentence.
    pub(crate) fn place_of_lead(&self, span: Span, event_type: &str) -> Option<Location> {
        let doc = self.doc;
        let si = doc.sentence_of_token(doc.tokens_in(span).next()?)?;
        if si != 0 || doc.sentences.len() < 2 || !self.line_end(0) {
            return None;
        }
        let lead = doc.sentences[1].span;
        if !self.tells_type(lead, event_type) {
            return None;
        }
        let mut towns = starting_in(&self.places, |p| p.span.start, lead)
            .iter()
            .filter(|p| p.span.end <= lead.end)
            .filter(|p| self.is_town(p));
        let first = towns.next()?;
        if towns.any(|p| p.location.name != first.location.name) {
            return None;
        }
        Some(first.location.clone())
    }

    /// The town of the sentence before for an incident told in a sentence opened by a verb of
    /// what an act caused with no subject of its own ([`Cue::Outcome`] with "عن" right after it:
    /// "... في أبها عاصمة محافظة عسير. أسفر عن مقتل 15 شخصا ... في هجوم"): the violent act of
    /// the sentence right before, of whatever kind, caused it, and its one town
    /// ([`Context::one_town`]) is the incident's place when the part names none (not the story's
    /// country). None for any other sentence, a part that is not violent, or a sentence before
    /// that tells no violent act.
    pub(crate) fn place_caused(
        &self,
        span: Span,
        event_type: &str,
    ) -> Option<&rasd_geo::PlaceMention> {
        let doc = self.doc;
        if !rasd_lexicon::VIOLENT_EVENT_TYPES.contains(&event_type) {
            return None;
        }
        let si = doc.sentence_of_token(doc.tokens_in(span).next()?)?;
        let open = doc.sentences[si].tokens.start;
        if si == 0
            || !self.cue_at_token(open, Cue::Outcome)
            || doc.tokens.get(open + 1).is_none_or(|t| t.key != "عن")
            || doc.tokens_in(span).next() != Some(open)
        {
            return None;
        }
        let before = doc.sentences[si - 1].span;
        if !crate::context::in_sentence(&self.triggers, before).any(|t| t.value.is_violent()) {
            return None;
        }
        self.one_town_of(before, true)
    }

    /// The town of the sentence before that tells the same incident: for an incident told in
    /// a sentence after the first with a definite event noun (one of the anaphor cues in its
    /// sentence part, [`Context::anaphor_at`]: "قتل في الحادث", "الهجوم الذي وقع أمس"; or its
    /// main event word with the article: "وأفاد المرصد أن القصف استهدف قرية ..." after "قتل 12
    /// في قصف ... في قرية قصر البريج"; or a sentence opened by a verb of going on with the
    /// account, [`Cue::GoesOn`]: "وأضافوا أن مفجرا انتحاريا آخر ..."), the one place below
    /// province level that the sentence right before names, when that sentence holds an event word of the same type (the noun's
    /// antecedent; beside an anaphor cue, a generic attack, "هجوما" or "الهجوم", stands for any
    /// violent type). No other place below country level may stand in that sentence (a place
    /// that tells where the town lies, "في ريف حلب", "جنوب غرب مدينة جنين", or the province
    /// that holds it is none; "بين محافظتي لحج وتعز" is two) nor between it and the noun. The
    /// same filters as the lead's town ([`Context::place_of_lead`]); the record takes it when
    /// it ends with a country or a province that holds it (`merge::referred_or`).
    pub(crate) fn place_of_previous(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        event_type: &str,
        country_at_best: bool,
    ) -> Option<Location> {
        let doc = self.doc;
        // (the main event word with the article counts too: "القصف", "المعارك", whose cue rows
        // with the article, durative, shadow the anaphor's)
        let definite_main = main
            .map(|m| m.tokens.0)
            .filter(|&i| doc.tokens[i].clitics.contains(&"ال"));
        let anaphor = doc.tokens_in(span).find(|&i| self.anaphor_at(i));
        // (or a sentence that goes on with the account of the one before: "وأضافوا أن مفجرا
        // انتحاريا آخر فجر شحنة ناسفة ...")
        let goes_on = doc
            .sentence_of_token(doc.tokens_in(span).next()?)
            .map(|s| doc.sentences[s].tokens.start)
            .filter(|&i| self.cue_at_token(i, Cue::GoesOn) && doc.tokens[i].clitics.contains(&"و"));
        // (or, for a part that names no place below country level, its main event word when
        // the sentence right before, in the same paragraph, tells an event of the same type in
        // one town: "قتل 3 في قصف على بلدة كفرنبل. وأفاد ناشطون أن طائرات سورية ألقت ...")
        let linked = anaphor.or(definite_main).or(goes_on);
        let word = linked.or(main.map(|m| m.tokens.0).filter(|_| country_at_best))?;
        let si = doc.sentence_of_token(word)?;
        if si == 0 {
            return None;
        }
        let before = doc.sentences[si - 1].span;
        if linked.is_none()
            && doc
                .slice(Span::new(before.start, span.start))
                .contains('\n')
        {
            return None;
        }
        let generic =
            |t: &Trigger| t.is_violent() && t.sub_event_type.as_deref() == Some(GENERIC_ATTACK);
        let violent = rasd_lexicon::VIOLENT_EVENT_TYPES.contains(&event_type);
        let told = crate::context::in_sentence(&self.triggers, before).any(|t| {
            // (a generic attack stands for another violent type only beside a noun of the
            // anaphor cues, "الانتحاري" after "الهجوم" may be another's bomber, or in a sentence
            // that goes on with the account: "هاجم مسلحون ثكنة ... قرب مدينة مريوان. وأوضح
            // المصدر أن مقاتلي الحزب كبدوا ... بعد معركة")
            t.value.event_type.as_deref() == Some(event_type)
                || (anaphor.is_some() || goes_on.is_some())
                    && violent
                    && t.value.is_violent()
                    && (generic(t.value) || main.is_some_and(|m| generic(m.value)))
        });
        if !told {
            return None;
        }
        let at = doc.tokens[word].span.start;
        let first = self.one_town(before)?;
        // (no other place below country level between: "... في حلب. وفي حمص، أسفر القصف")
        let between = Span::new(before.end, at.max(before.end));
        let other = starting_in(&self.places, |p| p.span.start, between)
            .iter()
            .filter(|p| p.span.end <= at && p.feature != "country")
            .any(|p| p.location.name != first.location.name);
        if other {
            return None;
        }
        Some(first.location.clone())
    }

    /// Whether sentence `sentence` holds an event word of type `event_type`, or of another
    /// violent type for a violent one ("هجوم مسلح" told as "اغتالت"): the title and the lead
    /// telling the same incident ([`Context::place_of_lead`], [`Context::place_of_title`]).
    pub(super) fn tells_type(&self, sentence: Span, event_type: &str) -> bool {
        crate::context::in_sentence(&self.triggers, sentence).any(|t| {
            t.value.event_type.as_deref() == Some(event_type)
                || t.value.is_violent() && rasd_lexicon::VIOLENT_EVENT_TYPES.contains(&event_type)
        })
    }

    /// Whether place `p` is a town the title, the lead or the sentence before may lend: below
    /// province level, not a region, nor where somebody spoke, mourned or lives, nor a name
    /// quoted alone, nor a state acting, nor a town that locates a place referred back to.
    pub(super) fn is_town(&self, p: &rasd_geo::PlaceMention) -> bool {
        !p.region
            && p.location.precision.is_some_and(|x| x < PROVINCE)
            && !self.told_elsewhere(p)
            && !self.quoted_alone(p)
            && !self.metonymy(p, &[])
            // (nor a town that only tells where a place referred back to lies: "البلدة التي
            // تقع على بعد نحو عشرة كيلومترات من بلدة X")
            && !self.locates_referred(p)
    }

    /// The one place below province level that sentence `sentence` names (not a region, nor
    /// where somebody spoke, mourned or lives, nor a name quoted alone, nor a state acting),
    /// when no other place below country level stands there (a town or a province), but one
    /// that tells where it lies or the province that holds it ("قرية قصر البريج في ريف حلب";
    /// "بين محافظتي لحج وتعز" is two).
    fn one_town(&self, sentence: Span) -> Option<&rasd_geo::PlaceMention> {
        self.one_town_of(sentence, false)
    }

    /// [`Context::one_town`]; with `loose`, provinces are compared by a key that sets aside the
    /// transliteration's diacritics (the province "'Asīr" holds the city of Abha, whose
    /// province is written "'Asir").
    fn one_town_of(&self, sentence: Span, loose: bool) -> Option<&rasd_geo::PlaceMention> {
        let town = |p: &&rasd_geo::PlaceMention| self.is_town(p);
        let placed = self.places_within(sentence);
        let first = placed.clone().find(town)?;
        let holds = |q: &rasd_geo::PlaceMention| {
            q.location.precision.is_some_and(|x| x >= PROVINCE)
                && same_admin1(&q.location.admin1, &first.location.admin1, loose)
        };
        let other = placed.filter(|p| p.feature != "country").any(|p| {
            p.location.name != first.location.name
                && !self.locates(first, p, loose)
                && !holds(p)
                && (town(&p) || !self.told_elsewhere(p) && !self.metonymy(p, &[]))
        });
        (!other).then_some(first)
    }

    /// The town of the title for an incident of the lead that tells the title's news: for an
    /// incident told in the first line after the title (a line of its own), in its first
    /// [`LEAD_SENTENCES`] sentences, the one town of the title ([`Context::one_town`]) when the
    /// title holds an event word of the same type, or of another violent type for a violent
    /// incident ("ميليشيا الحوثي يختطفون ناشطا في تعز" / "أبلغ ... باختطافه من قبل
    /// الحوثيين"). The mirror of [`Context::place_of_lead`]; the record takes it when it ends
    /// with a country or a province that holds it (`merge::referred_or`). Not a town before a
    /// colon: a headline's quote or dateline ("واشنطن: منفذ هجوم تينيسي ...").
    pub(crate) fn place_of_title(&self, span: Span, event_type: &str) -> Option<Location> {
        let doc = self.doc;
        let si = doc.sentence_of_token(doc.tokens_in(span).next()?)?;
        if si == 0 || si > LEAD_SENTENCES || !self.line_end(0) {
            return None;
        }
        let lead = Span::new(
            doc.sentences[1].span.start,
            span.start.max(doc.sentences[1].span.start),
        );
        if doc.slice(lead).contains('\n') {
            return None;
        }
        let title = doc.sentences[0].span;
        if !self.tells_type(title, event_type) {
            return None;
        }
        let town = self.one_town(title)?;
        // (a place before a colon opens a headline's quote or dateline, "واشنطن: منفذ
        // الهجوم ...": where it was said)
        let colon = doc
            .last_token(town.span)
            .and_then(|i| doc.tokens.get(i + 1))
            .is_some_and(|t| t.key == ":");
        (!colon).then(|| town.location.clone())
    }

    /// Whether place `q` tells where place `p` lies: told by a direction or as near, or right
    /// after it ([`ANCHOR_GAP`] chars at most) in the same province, not joined to it by «و» or
    /// a comma ("قرية قصر البريج في ريف حلب"; not "في دوما وحرستا").
    fn locates(&self, p: &rasd_geo::PlaceMention, q: &rasd_geo::PlaceMention, loose: bool) -> bool {
        if q.span.start < p.span.end {
            return false;
        }
        if q.relative {
            return true;
        }
        let doc = self.doc;
        let joined = doc.tokens_in(Span::new(p.span.end, q.span.start)).any(|i| {
            let t = &doc.tokens[i];
            t.kind == TokenKind::Punct || t.key == "و"
        }) || doc
            .token_at(q.span.start)
            .is_some_and(|i| doc.tokens[i].clitics.contains(&"و"));
        q.span.start - p.span.end <= ANCHOR_GAP
            && same_admin1(&p.location.admin1, &q.location.admin1, loose)
            && !joined
    }
}

/// Whether two places' provinces are one, both known: written the same, or, with `loose`, by a
/// key that sets aside the transliteration's diacritics ("'Asīr" and "'Asir").
fn same_admin1(a: &Option<String>, b: &Option<String>, loose: bool) -> bool {
    a.is_some() && a == b
        || loose
            && a.as_deref().zip(b.as_deref()).is_some_and(|(a, b)| {
                rasd_core::place_name::normalize_place(a)
                    == rasd_core::place_name::normalize_place(b)
            })
}

/// ACLED's geo_precision of a province; a lead's place is below it.
const PROVINCE: u8 = 3;

/// How many sentences of the line after the title may tell the title's incident
/// ([`Context::place_of_title`]).
const LEAD_SENTENCES: usize = 2;

/// The sub-type of a generic attack word ("هجوم"), whose type its context decides.
const GENERIC_ATTACK: &str = "Attack";

/// How many chars after a town a place of its province may start and tell where it lies
/// ([`Context::locates`]).
const ANCHOR_GAP: usize = 20;

/// How many sentences before the one of a feature noun that refers back to a place
/// ([`Context::place_referred`]) the place may be told in.
const REFER_SENTENCES: usize = 3;

/// The ACLED precision a place referred back to by a noun told "the same" ("في المنطقة
/// نفسها") must be finer than: a town or a village, not a province or a region.
const SAME_FINER_THAN: u8 = 3;
