//! How a sentence part tells its incident, the last steps of `Context::sentence_incident`:
//! its place (its own, or one it refers back to), whether it names an incident told before
//! (definite, condemned, one of several) or adds another act ("كما", "في هذه الأثناء"), and its
//! day with what the day is (a reaction's, a saying's, another kind's).

use rasd_core::{Actor, Location};
use rasd_lexicon::Trigger;
use rasd_text::Span;

use super::{territory_change, Kind};
use crate::context::{Context, Hit};
use crate::dates::DateMention;
use crate::lexicon::Cue;
use crate::slots::places::{country_of_actors, Place};

/// How a sentence part names its incident ([`Context::part_telling`]); each flag is the
/// [`super::Candidate`] field of its name.
pub(super) struct Telling {
    pub definite: bool,
    pub ordinal: bool,
    pub another_doer: bool,
    pub doers: bool,
    pub also: bool,
    pub meanwhile: bool,
    pub aside: bool,
    pub condemned: bool,
    pub several: bool,
    pub several_told: bool,
}

/// A sentence part's day and what it is ([`Context::part_date`]); each is the
/// [`super::Candidate`] field of its name.
pub(super) struct Dating {
    pub date: Option<(DateMention, bool)>,
    pub reaction_day: bool,
    pub said_day: bool,
    pub other_kind_day: bool,
    pub parted_day: bool,
    pub elsewhere_day: bool,
}

impl Context<'_> {
    /// The place of sentence part `span`'s incident, and the place it refers back to when it
    /// names none finer than a province.
    pub(super) fn part_place(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        kind: &Kind,
        (actor1, actor2): (&Option<Actor>, &Option<Actor>),
    ) -> (Place, Option<Location>) {
        let Kind {
            trigger_span,
            event_type,
            sub_event_type,
            ..
        } = kind;
        let mut place = self.place(span, *trigger_span, territory_change(sub_event_type));
        // a part opened by a verb of outcome with no subject names no place of its own: the act
        // of the sentence before caused it, at its town ("... في أبها. أسفر عن مقتل 15 شخصا")
        if place.location.is_none() {
            if let Some(p) = self.place_caused(span, event_type) {
                place = Place::at(p, None, false);
            }
        }
        // a part that names no place may refer back to one ("في القرية")
        let referred = if place.location.is_none() {
            self.place_referred(span)
        } else if (place.location.as_ref()).is_some_and(|l| l.precision >= Some(3)) {
            // (a part that names a province at best may refer back to two towns of it: "على
            // البلدتين الواقعتين في محافظة حلب")
            self.place_paired(span)
        } else {
            None
        }
        // a title's incident, the town of the lead that tells it ("بإقليم شرناق")
        .or_else(|| self.place_of_lead(span, event_type))
        // an incident named again with a definite noun, the town of the sentence before
        .or_else(|| {
            // (a part that names a country or a province at best may take the town of the
            // sentence before without a definite noun)
            let country_at_best = (place.location.as_ref()).is_none_or(|l| l.precision >= Some(3));
            self.place_of_previous(span, main, event_type, country_at_best)
        })
        // an incident of the lead, the title's town
        .or_else(|| self.place_of_title(span, event_type));
        if place.location.is_none() {
            place.location = country_of_actors([actor1, actor2]);
        }
        (place, referred)
    }

    /// How sentence part `si`'s incident is named: again (definite, condemned, several), or as
    /// another act (an ordinal, "كما", "في هذه الأثناء").
    pub(super) fn part_telling(
        &self,
        si: usize,
        main: Option<&Hit<&'static Trigger>>,
        kind: &Kind,
    ) -> Telling {
        let event_type = &kind.event_type;
        let trigger_span = kind.trigger_span;
        let definite = main.is_some_and(|m| self.anaphor_at(m.tokens.0));
        // ("another" in the feminine after a singular event word, "غارة أخرى", "عملية أخرى", is
        // another act too; after a plural, "عبوات ناسفة أخرى", "هجمات أخرى", it is more of a
        // kind, no new act)
        let ordinal = main.is_some_and(|m| {
            self.doc.sentence_of_token(m.tokens.1) == Some(si)
                && (self.cue_at_token(m.tokens.1, Cue::Ordinal)
                    || (self.cue_at_token(m.tokens.1, Cue::Another)
                        && self.doc.tokens[m.tokens.0].stem().ends_with('ه')))
        });
        // ("مفجرا انتحاريا آخر": one more doer; "هاجم انتحاريان": the act's doers, several)
        let last_is = |cue: Cue| main.is_some_and(|m| self.cue_at_token(m.tokens.1 - 1, cue));
        let another_doer = ordinal && last_is(Cue::Doer);
        let doers = last_is(Cue::Doers);
        // (whether the sentence opens on a word of `cue`; whether a token of `tokens` has the
        // article: the event word and the word after it for "كما", "عملية الخطف")
        let opens_on = |cue: Cue| {
            (self.doc.sentences.get(si))
                .is_some_and(|s| !s.tokens.is_empty() && self.cue_at_token(s.tokens.start, cue))
        };
        let definite_in = |mut tokens: std::ops::Range<usize>| {
            tokens.any(|i| (self.doc.tokens.get(i)).is_some_and(|t| t.clitics.contains(&"ال")))
        };
        // (an event word with the article names an act told before: "كما ذكر أن عملية الخطف
        // تمت على حاجز ..."; and a battle's account adds its moves so, "كما سيطرت المقاومة على
        // جبل ...", parts of one fight)
        let also = event_type != rasd_core::BATTLES
            && opens_on(Cue::Also)
            && main.is_some_and(|m| !definite_in(m.tokens.0..m.tokens.1 + 1));
        // (the event word's own tokens only)
        let meanwhile =
            opens_on(Cue::Meanwhile) && main.is_some_and(|m| !definite_in(m.tokens.0..m.tokens.1));
        let aside =
            opens_on(Cue::Aside) && main.is_some_and(|m| !definite_in(m.tokens.0..m.tokens.1));
        let condemned = definite
            && self.doc.token_at(trigger_span.start).is_some_and(|t0| {
                (self.doc.sentence_of_token(t0))
                    .map(|s| self.doc.sentences[s].tokens.start)
                    .and_then(|start| self.cue_in_clause(start, t0, Cue::Condemn))
                    .is_some()
            });
        let several_told = main.is_some_and(|m| self.cue_at_token(m.tokens.0, Cue::Several));
        let several = several_told
            && main.is_some_and(|m| self.doc.tokens[m.tokens.0].clitics.contains(&"ال"));
        Telling {
            definite,
            ordinal,
            another_doer,
            doers,
            also,
            meanwhile,
            aside,
            condemned,
            several,
            several_told,
        }
    }

    /// The day of sentence part `span`'s incident and what that day is.
    pub(super) fn part_date(
        &self,
        span: Span,
        kind: &Kind,
        definite: bool,
        refers_back: bool,
        (place, referred): (&Place, Option<&Location>),
        fire_returned: bool,
    ) -> Dating {
        let event_type = &kind.event_type;
        let trigger_span = kind.trigger_span;
        let mut elsewhere_day = false;
        let date = self
            .incident_date(span, trigger_span)
            .filter(|(d, inherited)| !(refers_back && *inherited || definite && self.said(d)))
            // (the story's day of another front told before: `day_of_another_front`)
            .filter(|(d, inherited)| {
                !(*inherited && self.day_of_another_front(d, place, referred, event_type, span))
            })
            // (the day of another kind's act told in an earlier paragraph:
            // `day_of_earlier_paragraphs_act`)
            .filter(|(d, inherited)| {
                !(*inherited && self.day_of_earlier_paragraphs_act(d, event_type, span))
            })
            // (the body's day of an act of another kind at another front:
            // `day_of_other_act_elsewhere`)
            .filter(|(d, inherited)| {
                // (not an act named again with the article, "التفجير الإرهابي الذي وقع بالمسجد",
                // "إحدى الضربات": the act told before, whose day it keeps)
                let elsewhere =
                    *inherited && !definite && self.day_of_other_act_elsewhere(d, event_type, span);
                elsewhere_day |= elsewhere;
                !elsewhere
            });
        // (a part that tells its act in a stretch of the last days, "وقد وقعت مواجهات ... خلال
        // اليومين الماضيين", is left undated as told so: a later mention of it, "في هذه
        // المواجهات", takes no day the story gives it either, as one left undated by another
        // front's day)
        elsewhere_day |= date.is_none() && self.past_days_of(span, trigger_span).is_some();
        // (a day of saying told in the part is its own too: "أدانت المنظمة في بيان مساء اليوم
        // ... إثر استهداف المستوطنين" is when the statement came, not the attack's day)
        let reaction_day = date.as_ref().is_some_and(|(d, inherited)| {
            (!inherited || self.said(d) && span.contains(d.span))
                && (self.condemned_day(d, trigger_span)
                    || self.carried_day(d, trigger_span)
                    || self.sequel_day(d, trigger_span))
        });
        let said_day = date.as_ref().is_some_and(|(d, _)| self.said(d));
        // (a firing answered, an armed clash, is also of the kind of its firing word: a day told
        // with an attack's word is its own, "قامت مساء الخميس بعملية استباقية" before "محاولته
        // إطلاق النار تجاه الأمن الذي بادله إطلاق النار")
        let other_kind_day = date.as_ref().is_some_and(|(d, inherited)| {
            *inherited
                && self.day_of_other_kind(d, event_type)
                && (!fire_returned || self.day_of_other_kind(d, rasd_core::VAC))
        });
        let parted_day = date
            .as_ref()
            .is_some_and(|(d, inherited)| *inherited && self.day_of_earlier_paragraph(d, span));
        Dating {
            date,
            reaction_day,
            said_day,
            other_kind_day,
            parted_day,
            elsewhere_day,
        }
    }
}
