//! Kinds an act takes from the fight it is told in, more steps of `Context::sentence_incident`:
//! a generic attack told repelled is a battle, a shelling told during a ground attack
//! or a clash is part of that battle, and a blast heard or of ammunition, or a bare word of
//! aiming, told right after air strikes is what the strikes set off or struck.

use rasd_core::Actor;
use rasd_lexicon::{Role, Trigger};
use rasd_text::{Span, TokenKind};

use super::kind::Kind;
use super::{AIR_STRIKE, IED, SHELLING};
use crate::context::{starting_in, Context, Hit};
use crate::lexicon::Cue;
use crate::merge::GENERIC_PRIORITY;

/// How many words after a generic attack word its repelling may be told ("أن الهجوم تم إفشاله،
/// إذ تمكنت المقاومة من التصدي للهجوم ودحر الميليشيات المعتدية").
const REPELLED_AFTER: usize = 12;
/// How many words before a generic attack word a verbal noun of repelling may stand ("التصدي
/// لهجمات متتالية").
const REPELLED_BEFORE: usize = 2;
/// How many words after a shelling word the "during" of the fight it was fired in may stand
/// ("قصفت بالمدفعية عربات ومواقع حوثية أثناء الهجوم").
const AMID_WORDS: usize = 6;
/// How many words after a blast word a word of ammunition may stand ("انفجار الذخائر").
const SECONDARY_WORDS: usize = 2;
/// How many words (not counting punctuation or quotes) after a verb of aiming its subject may
/// start ("استهدف عناصر تنظيم «داعش»").
const SUBJECT_WORDS: usize = 3;
/// The priority of a bare blast word ("انفجار", "دوي انفجار"): it names no means.
const BLAST_PRIORITY: i32 = 60;

impl Context<'_> {
    /// Whether a generic attack word, the part's main word, is told repelled in its part: a
    /// [`Cue::Repelled`] at most [`REPELLED_BEFORE`] words before it ("التصدي لهجمات متتالية",
    /// "يصد هجوماً") or [`REPELLED_AFTER`] after it ("الهجوم تم إفشاله، إذ تمكنت المقاومة من
    /// التصدي للهجوم"). A word of failure ("باءت بالفشل") is none: tried, it made the failed
    /// attacks of one front a clash that the merge then gave to another front. An attack
    /// fought off had armed defenders: its target is armed, and the attack a battle (ACLED's
    /// Armed clash), not violence against civilians.
    pub(super) fn repelled_attack(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        kind: &Kind,
    ) -> bool {
        let Some(m) = main else {
            return false;
        };
        if kind.sub_event_type != rasd_core::ATTACK
            || kind.trigger_span != m.span
            || m.value.priority > GENERIC_PRIORITY
        {
            return false;
        }
        let part = self.doc.tokens_in(span);
        let from = m.tokens.0.saturating_sub(REPELLED_BEFORE).max(part.start);
        let to = (m.tokens.1 + REPELLED_AFTER).min(part.end);
        (from..to).any(|i| self.cue_at_token(i, Cue::Repelled))
    }

    /// A shelling told during a ground attack or a clash: the shelling word, the part's main
    /// word, then in its clause (no punctuation between) at most [`AMID_WORDS`] words on a
    /// [`Cue::Midst`] ("أثناء", "خلال") with a word of attack or clash right after it ("قصفت
    /// بالمدفعية عربات ومواقع حوثية أثناء الهجوم الذي تم التصدي له"): the guns fired in the
    /// battle, which ACLED codes as one Armed clash. Not with civilians among the victims (a
    /// town shelled during an offensive stays a shelling), and not an air strike.
    pub(super) fn shelling_amid_battle(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        civilian_victims: bool,
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != SHELLING || kind.trigger_span != m.span || civilian_victims {
            return;
        }
        let doc = self.doc;
        let end = doc.tokens_in(span).end;
        let amid = (m.tokens.1..(m.tokens.1 + AMID_WORDS).min(end))
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .find(|&i| self.cue_at_token(i, Cue::Midst));
        let Some(fight) = amid.and_then(|i| doc.tokens.get(i + 1)) else {
            return;
        };
        let battle = starting_in(&self.triggers, |h| h.span.start, fight.span)
            .iter()
            .any(|h| {
                h.value.role == Role::Event
                    && match h.value.sub_event_type.as_deref() {
                        Some(rasd_core::ARMED_CLASH) => true,
                        Some(rasd_core::ATTACK) => h.value.priority <= GENERIC_PRIORITY,
                        _ => false,
                    }
            });
        if battle {
            kind.event_type = rasd_core::BATTLES.into();
            kind.sub_event_type = rasd_core::ARMED_CLASH.into();
        }
    }

    /// A blast heard or of ammunition told right after air strikes in its paragraph: a bare
    /// blast word (no means named), the part's main word, with a [`Cue::Secondary`] right
    /// before it ("سمع دوي انفجارات قوية") or at most [`SECONDARY_WORDS`] after it ("انفجار
    /// الذخائر"), no punctuation between, and the act told last before it air strikes and no
    /// other act ("طيران التحالف نفذ عدة غارات ..."): the blasts are what the strikes set off
    /// (ammunition stores hit), the strikes' incident, not a bomb of its own.
    pub(super) fn blast_of_strikes(
        &self,
        si: usize,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != IED
            || kind.trigger_span != m.span
            || m.value.priority > BLAST_PRIORITY
            || self.cue_at_token(m.tokens.0, Cue::Means)
        {
            return;
        }
        let doc = self.doc;
        let first = m.tokens.0;
        let end = doc.tokens.len();
        let before = (first.saturating_sub(1)..=first)
            .any(|i| self.cue_at_token(i, Cue::Secondary) && doc.no_punct(i..first));
        let after = (m.tokens.1..(m.tokens.1 + SECONDARY_WORDS).min(end))
            .any(|i| self.cue_at_token(i, Cue::Secondary) && doc.no_punct(m.tokens.1..i + 1));
        if (before || after) && self.after_air_strikes(si, span) {
            kind.sub_event_type = AIR_STRIKE.into();
            kind.plover_mode = Some("aerial".into());
        }
    }

    /// A bare word of aiming ("استهداف"), the part's main word, a generic attack with no means
    /// named and no side named as its doer (right after it or before it) but one that strikes
    /// from the air, told right after
    /// air strikes in its paragraph ("إن طيران التحالف نفذ عدة غارات في محافظة حجة ... مشيرا
    /// إلى استهداف منازل كان مسلحو الحوثي يختبئون فيها"): what the strikes struck, an air
    /// strike (its armed victims do not make it a battle).
    pub(super) fn targeting_of_strikes(
        &self,
        si: usize,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        actor1: &Option<Actor>,
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != rasd_core::ATTACK
            || kind.trigger_span != m.span
            || kind.plover_mode.is_some()
            || m.value.priority > GENERIC_PRIORITY
            || !self.cue_at_token(m.tokens.0, Cue::Aim)
            || !actor1.as_ref().is_none_or(|a| {
                // (a side named after the word's object is none of its doers: "استهداف منازل
                // كان مسلحو الحوثي يختبئون فيها"; one right after it or before it may be,
                // "استهدف الحوثيون")
                let first = self.doc.tokens_in(Span::new(a.span[0], a.span[1])).start;
                rasd_lexicon::acts_from_air(&a.name) || first > m.tokens.1
            })
            // (nor any side of the ground named at once after it, its subject: "كما استهدف
            // عناصر تنظيم «داعش مناطق سيطرة قوات النظام"; after a verbal noun, only right
            // after it, its genitive: "استهداف الحوثيين للأحياء", not "استهداف منازل كان
            // مسلحو الحوثي يختبئون فيها")
            || self.ground_subject(m)
        {
            return;
        }
        if self.after_air_strikes(si, span) {
            kind.event_type = rasd_core::EXPLOSIONS.into();
            kind.sub_event_type = AIR_STRIKE.into();
            kind.plover_mode = Some("aerial".into());
        }
    }

    /// Whether a side that does not strike from the air is named as the subject of the word of
    /// aiming `m`: within [`SUBJECT_WORDS`] words after a verb, right after a verbal noun
    /// ([`Cue::AimNoun`]).
    fn ground_subject(&self, m: &Hit<&'static Trigger>) -> bool {
        let doc = self.doc;
        let reach = if self.cue_at_token(m.tokens.0, Cue::AimNoun) {
            1
        } else {
            SUBJECT_WORDS
        };
        let sentence_end = doc
            .sentence_of_token(m.tokens.0)
            .map_or(m.tokens.1, |s| doc.sentences[s].tokens.end);
        let words: Vec<usize> = (m.tokens.1..sentence_end)
            .filter(|&i| !matches!(doc.tokens[i].kind, TokenKind::Punct | TokenKind::Quote))
            .take(reach)
            .collect();
        self.actors
            .iter()
            .any(|a| words.contains(&a.tokens.0) && !rasd_lexicon::acts_from_air(&a.value.name))
    }
}
