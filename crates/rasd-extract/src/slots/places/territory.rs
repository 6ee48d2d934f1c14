//! A fire told inside a state's territory ("داخل الأراضي اليمنية"): a record placed at another
//! country, or at a town of another country its sentence does not name (the story's border town
//! facing the fire, a reference point), is in that state. A place its sentence names stays.
//! A territory told after a verb of trying is where the act was bound, not where it was
//! ("عندما كانت تحاول التوغل داخل الأراضي السعودية").

use super::*;

impl Context<'_> {
    /// The country whose territory sentence part `span` tells an act inside: a country's
    /// adjective right after a noun of territory ([`Cue::Territory`], "الأراضي اليمنية") that
    /// follows a word of inside ([`Cue::Within`], "داخل", "في") or bears "ب" ("بالأراضي
    /// اليمنية"), not after a word of whence ("من داخل الأراضي اليمنية", "من الأراضي اليمنية":
    /// where the fire came from), nor after a word of an attempt or of what is yet to come
    /// ([`Cue::Intent`]) at most [`ATTEMPT_WORDS`] words before, in its phrase ("تحاول التوغل
    /// داخل الأراضي السعودية": the territory an attempt was bound for). The country at the
    /// adjective's words, ACLED precision 3.
    pub(crate) fn territory(&self, span: Span) -> Option<Location> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let (iso, at) = self.country_words.iter().find(|(_, s)| {
            span.contains(*s)
                && (doc.token_at(s.start)).is_some_and(|i| {
                    i > 0 && self.cue_at_token(i - 1, Cue::Territory) && self.inside_of(i - 1)
                })
        })?;
        let noun = doc.token_at(at.start)? - 1;
        let whole = Span::new(toks[noun].span.start, at.end);
        story::country_location(iso, doc.slice(whole).to_string(), whole)
    }

    /// Whether the noun of territory at token `noun` is told as where something is: with "ب",
    /// or right after a word of inside that no word of whence comes right before; and no word
    /// of an attempt before either in its phrase.
    fn inside_of(&self, noun: usize) -> bool {
        let toks = &self.doc.tokens;
        let attempt = |at: usize| {
            self.cue_in_phrase_before(at, ATTEMPT_WORDS, 0, Cue::Intent)
                .is_some()
        };
        if toks[noun].clitics.contains(&"ب") {
            return !attempt(noun);
        }
        let Some(within) = noun.checked_sub(1) else {
            return false;
        };
        self.cue_at_token(within, Cue::Within)
            && !(within.checked_sub(1)).is_some_and(|w| self.cue_at_token(w, Cue::Whence))
            && !attempt(within)
    }

    /// The country a record is told in when its sentence tells the act inside a state's
    /// territory ([`Context::territory`]) and the record is placed at another country (its
    /// actors' or its story's) or at a place of another country its sentence does not name
    /// (the story's town, a town of a sentence before): "ردت القوات المسلحة السعودية ... على
    /// مصادر إطلاق النار داخل الأراضي اليمنية" is in Yemen, not at the Saudi border town the
    /// story tells. A town its own sentence names stays. After merging, so that the record
    /// joins the story's mentions as before.
    pub(crate) fn territory_for_country(&self, c: &crate::mention::Candidate) -> Option<Location> {
        let l = c.place.location.as_ref()?;
        let iso = l.country.as_deref()?;
        let country = rasd_geo::Gazetteer::global().country(iso)?;
        let at_country = l.precision == Some(3) && l.name == country.name_en;
        // (a place its sentence names, a town or a country, "على مواقع المتمردين الأكراد في
        // العراق، وحتى في الأراضي التركية", stays; a country read off its actors' words there,
        // "القوات المسلحة السعودية", does not)
        let span = Span::new(l.span[0], l.span[1]);
        let told_here = c.sentence_span.contains(span);
        let named = self.places.iter().any(|p| p.span == span);
        if told_here && (!at_country || named) {
            return None;
        }
        self.territory(c.sentence_span)
            .filter(|t| t.country != l.country)
    }
}

/// How many words before a word of inside a word of an attempt may stand and make the territory
/// the attempt's goal ([`Context::inside_of`]: "تحاول التوغل داخل", the verb of the act between).
const ATTEMPT_WORDS: usize = 3;
