//! A place mention that names a state acting or speaking, not where something happened: a
//! foreign country or city named bare ("امتناع واشنطن", "تقوده الولايات المتحدة"), a capital
//! as the subject of a verb ("رفضت أنقرة", "نفته أنقرة"), unless it is the object of an event
//! word ("يهز بغداد").

use super::*;

impl Context<'_> {
    /// Whether a place mention names a state acting or speaking, not where something happened
    /// ("تقوده الولايات المتحدة", "امتناع واشنطن", "نددت الولايات المتحدة بالهجوم"): a country or
    /// a city with no place cue before it (no "في", "قرب", ...), of another country than the one
    /// the story is about, and not the object of an event word right before it ("يهز بغداد").
    ///
    /// `placed` are the countries of the places of the incident's sentence part that a cue
    /// introduces ("في سورية"): a state of another country named there without a cue acts or
    /// speaks ("تحظى بدعم واشنطن ... في سورية") whatever the story is about.
    pub(super) fn metonymy(&self, p: &rasd_geo::PlaceMention, placed: &[&str]) -> bool {
        if p.cue.is_some() || !matches!(p.feature.as_str(), "country" | "city") {
            return false;
        }
        // named bare as the one who speaks ("واشنطن تصف مقتل طفل ...", "أعلنت أنقرة أن ..."):
        // a state, whatever the story is about
        let speech = self.speaks(p);
        if speech.verb_next_plain || speech.after_verb {
            return true;
        }
        let country = p.location.country.as_deref();
        let first = self.doc.token_at(p.span.start).unwrap_or(0);
        // a capital named bare as the subject right after the verb that opens its clause
        // ("وواصلت أنقرة حملتها ... بينما قصفت الطائرات التركية ...", "ورفضت أنقرة لعب دور"):
        // the state acting, whatever the story is about
        // (not the passive of an event word: "قصفت دمشق أمس", Damascus was shelled)
        if self.capital_after_verb(p, first) && !self.object_of_event(first) {
            return true;
        }
        // a capital bare in construct after a noun of a state's conduct ([`Cue::Statecraft`]:
        // "جعل سياسة انقرة اكثر تشددا", "موقف الرياض"): the state, not a place
        if self.capital_of_conduct(p, first) {
            return true;
        }
        // "أسوأ هجوم تشهده الكويت": the subject of a verb of witnessing is where it happened
        if first > 0 && self.cue_at_token(first - 1, Cue::Witness) {
            return false;
        }
        let whence = first > 0 && self.cue_at_token(first - 1, Cue::Whence);
        let elsewhere =
            !whence && !placed.is_empty() && !country.is_some_and(|c| placed.contains(&c));
        // a country named bare, after no preposition, acts ("تقوده الولايات المتحدة"); a
        // headline's "العراق: اعتقال ..." says where
        let last = self.doc.last_token(p.span).unwrap_or(first);
        let headline = self.doc.tokens.get(last + 1).is_some_and(|t| t.key == ":");
        let state = !whence && !headline && p.feature == "country";
        if !elsewhere && !state {
            let Some(story) = self.story.get_or_init(|| self.story_evidence()).as_ref() else {
                return false;
            };
            if country == Some(story.iso.as_str()) {
                return false;
            }
        }
        // a proclitic "ب" or "في" glued to it is a place cue too ("بواشنطن")
        let glued =
            self.doc.tokens.get(first).is_some_and(|t| {
                t.key.starts_with('ب') && !rasd_text::key(&p.text).starts_with('ب')
            });
        !glued && !self.object_of_event(first)
    }

    /// Whether an event word ends right before token `first` ("يهز بغداد", "قصفت دمشق"). A verb
    /// of saying, demanding or condemning is none: its object is the state addressed ("وطالب
    /// أنقرة باحترام ..."), not the place of an act.
    pub(super) fn object_of_event(&self, first: usize) -> bool {
        first > 0
            && starting_in(
                &self.triggers,
                |h| h.span.start,
                self.doc.tokens[first - 1].span,
            )
            .iter()
            .any(|h| h.tokens.1 == first && !matches!(h.value.role, Role::Claim | Role::Negative))
    }

    /// Whether the place mention opening at token `first` is a country's capital named bare
    /// (no clitic) right after a noun of a state's conduct without the article
    /// ([`Cue::Statecraft`]: "سياسة انقرة", "حكومة بغداد", "موقف الرياض").
    fn capital_of_conduct(&self, p: &rasd_geo::PlaceMention, first: usize) -> bool {
        let doc = self.doc;
        let capital = (p.location.country.as_deref())
            .and_then(rasd_core::countries::country)
            .is_some_and(|c| !c.capital.is_empty() && c.capital == p.location.name);
        capital
            && p.feature == "city"
            && doc.tokens[first].clitics.is_empty()
            && first.checked_sub(1).is_some_and(|j| {
                self.cue_at_token(j, Cue::Statecraft) && !doc.tokens[j].clitics.contains(&"ال")
            })
    }

    /// Whether the place mention opening at token `first` is a country's capital told right
    /// after a verb of the feminine perfect ("واصلت", "رفضت", "أكدت"; a word ending in "ت", with
    /// no article) that opens its clause (the sentence's first word, one after punctuation, or
    /// one with «و» or «ف»): a state as the subject of what it did. Of a word that ends in
    /// "ت" only, since a state is feminine: "اقتحم المسلحون صنعاء" keeps its place.
    pub(super) fn capital_after_verb(&self, p: &rasd_geo::PlaceMention, first: usize) -> bool {
        let Some(iso) = p.location.country.as_deref() else {
            return false;
        };
        let capital = rasd_core::countries::country(iso).map(|c| c.capital.as_str());
        if p.feature != "city" || capital.is_none_or(|c| c.is_empty() || c != p.location.name) {
            return false;
        }
        let Some(v) = first.checked_sub(1) else {
            return false;
        };
        let doc = self.doc;
        let verb = &doc.tokens[v];
        let stem = verb.stem();
        let opens = v == 0
            || doc.sentence_of_token(v) != doc.sentence_of_token(v - 1)
            || doc.tokens[v - 1].kind == TokenKind::Punct
            || verb.clitics.iter().any(|c| *c == "و" || *c == "ف");
        // a feminine perfect with its object's pronoun ("نفته أنقرة", "الضربات التي نفذتها
        // أنقرة", "هجوم انتحاري نسبته انقرة الى التنظيم"): the object is the pronoun, so the
        // capital is the subject, wherever the verb stands; not a noun of a place with its
        // pronoun ("وعاصمتها أنقرة")
        // (a verb of witnessing says where it happened: "التظاهرة التي شهدتها نواكشوط")
        let with_object = !self.cue_at_token(v, Cue::Witness)
            && OBJECT_PRONOUNS.iter().any(|pronoun| {
                stem.strip_suffix(pronoun)
                    .and_then(|head| head.strip_suffix('ت'))
                    .is_some_and(|root| {
                        root.chars().count() >= 2 && !CUE_NOUNS.contains(&format!("{root}ه"))
                    })
            });
        // (the capital bare, no "ب" glued to it: "احتجاجات ببيروت"; and no plural noun in "ات")
        doc.tokens[first].clitics.is_empty()
            && verb.kind != TokenKind::Punct
            && !verb.clitics.contains(&"ال")
            && stem.chars().count() >= 3
            && (stem.ends_with('ت') && !rasd_text::has_feminine_plural_ending(stem) && opens
                || with_object)
    }
}
