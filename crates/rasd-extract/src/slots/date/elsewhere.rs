//! The story's day of another act at another front: a day told in the body, past the lead,
//! with an act of another kind at places of other provinces, does not date an act told in a
//! later sentence with no day of its own at a place of none of them.

use rasd_lexicon::Role;
use rasd_text::Span;

use super::{act_and_day_sentences, LEAD_DAY_SENTENCES};
use crate::dates::DateMention;
use crate::lexicon::Cue;
use crate::mention::Context;
use rasd_core::place_name::normalize_place;

impl Context<'_> {
    /// Whether `d`, the story's day told in an earlier sentence of the body (past the lead,
    /// which gives its day to the whole round-up), is the day of another act elsewhere: the
    /// day's sentence tells only event words of another kind than `event_type` and than every
    /// event word of the incident's own sentence, at places that all lie in other provinces
    /// than every place the incident's own sentence names, and that sentence names one and
    /// tells no day of its own ("وكثفت قوات التحالف أمس الجمعة غاراتها الجوية على مواقع
    /// الحوثيين ... في مدينة لحج" and then "وأفادت مصادر محلية بمقتل ثمانية مسلحين حوثيين في
    /// كمين نصبته المقاومة الشعبية بمدينة رداع بمحافظة البيضاء"). Unlike
    /// [`Self::day_of_another_front`] this holds for the day of the news too: two acts of two
    /// kinds at two fronts told apart in the body are two items of the round-up, and the
    /// second is told without a day. A sentence that adds to what was told ("كما", a
    /// demonstrative) goes on with its day. A sentence that opens on a turn to another matter
    /// ([`Cue::Aside`]: "من جانب آخر، قال مصدر طبي بمحافظة الحديدة ... قتلوا في غارات" after
    /// "نفّذ الحوثيون السبت قصفاً ... في تعز") is another item of the round-up even when its act
    /// is of the day's kind.
    pub(crate) fn day_of_other_act_elsewhere(
        &self,
        d: &DateMention,
        event_type: &str,
        span: Span,
    ) -> bool {
        let doc = self.doc;
        let Some((own, ds)) = act_and_day_sentences(doc, span, d) else {
            return false;
        };
        if ds < LEAD_DAY_SENTENCES || ds >= own {
            return false;
        }
        // (the lead's day is the round-up's, told again in the body too)
        let lead = Span::new(0, doc.sentences[LEAD_DAY_SENTENCES - 1].span.end);
        if (self.dates_in(lead).iter()).any(|o| lead.contains(o.span) && o.day == d.day) {
            return false;
        }
        if self.has_date_within(doc.sentences[own].span) {
            return false;
        }
        let own_tokens = doc.sentences[own].tokens.clone();
        let aside = !own_tokens.is_empty() && self.cue_at_token(own_tokens.start, Cue::Aside);
        if own_tokens.is_empty()
            || self.cue_at_token(own_tokens.start, Cue::Also)
            || own_tokens
                .clone()
                .any(|i| self.cue_at_token(i, Cue::Demonstrative))
        {
            return false;
        }
        let provinces = |s: usize| -> Vec<String> {
            (self.places_within(doc.sentences[s].span))
                .filter_map(|p| p.location.admin1.as_deref().map(normalize_place))
                .collect()
        };
        let (own_provinces, day_provinces) = (provinces(own), provinces(ds));
        if own_provinces.is_empty()
            || day_provinces.is_empty()
            || day_provinces.iter().any(|a| own_provinces.contains(a))
        {
            return false;
        }
        // (the kinds of the acts a sentence tells)
        let kinds = |s: usize| -> Vec<Option<&str>> {
            crate::context::in_sentence(&self.triggers, doc.sentences[s].span)
                .filter(|h| h.value.role == Role::Event)
                .map(|h| h.value.event_type.as_deref())
                .collect()
        };
        // (and no act of the day's kinds is told again in the incident's sentence: "واسفرت
        // إحدى الضربات عن تدمير مخزن أسلحة" after "شن طيران التحالف مساء السبت غارات" tells
        // what the strikes of that day destroyed)
        let (day_kinds, own_kinds) = (kinds(ds), kinds(own));
        !day_kinds.is_empty()
            && (aside
                || day_kinds
                    .iter()
                    .all(|k| *k != Some(event_type) && !own_kinds.contains(k)))
    }
}
