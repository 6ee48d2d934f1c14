//! The kind of a sentence part's incident, the middle steps of `Context::sentence_incident`:
//! the type its main event word gives (else an attack told by its deaths or injuries), then
//! retyped by what the part tells of its means and its sides (a coalition's bombardment, a
//! firing answered, a crowd's clash, the taker of a place, an explicit clash of armed sides).

use rasd_core::{Actor, ActorKind};
use rasd_lexicon::{Role, Trigger};
use rasd_text::{Span, TokenKind};

use super::{
    armed, attack_on_armed, in_sentence, starting_in, territory_change, territory_taken_by, Words,
    AIR_STRIKE, BOMBARDMENT_PRIORITY, CLASH_PRIORITY, EXCHANGE_WORDS, FIREARMS, GOVERNMENT_REGAINS,
    NON_STATE_OVERTAKES, SHELLING, SPOILS_WORDS, SUPPORT_WORDS,
};
use crate::context::{Context, Hit};
use crate::lexicon::Cue;

/// At most this many words from an attack word to the "على" of its object
/// ([`Context::attack_on_post`]).
const OBJECT_WORDS: usize = 14;

/// How many words after a bare word of bombardment a side it names stands: its subject ("قصفت
/// قوات النظام") or its genitive ("قصف الحوثيين للأحياء"), nearer than this.
const SIDE_WORDS: usize = 3;
/// How many words after a `during` cue a word of protest an arrest was made at stands ("خلال
/// عملية قمع لمظاهرة").
const PROTEST_WORDS: usize = 3;
/// How many sentences back the act a bare word of bombardment follows is looked for.
const MODE_SENTENCES: usize = 3;
/// How many words after a noun of a gathering the armed side it gathers is named ("تجمع
/// للمسلحين الحوثيين": [`Context::post_object`]).
const GATHERING_WORDS: usize = 2;
/// How many words after a verb of capture its captives are looked for ("أسروا عددا من مقاتلي").
const CAPTIVE_WORDS: usize = 5;

/// How many words from a word of death a victim word of protesters may stand to be its victim
/// ("متظاهرًا قتل", "مقتل متظاهر").
const PROTESTER_WORDS: usize = 3;
/// The victim group of protesters (victims.tsv).
const PROTESTERS: &str = "protesters";

/// The kind of an incident candidate and the word that gives it.
pub(super) struct Kind {
    pub trigger_span: Span,
    pub event_type: String,
    pub sub_event_type: String,
    pub plover_event: String,
    pub plover_mode: Option<String>,
    pub priority: i32,
}

/// What the victims of a part are ([`crate::slots::counts::Counts`]).
pub(super) struct VictimKinds {
    pub armed_victims: bool,
    pub civilian_victims: bool,
    pub people_only: bool,
}

impl Kind {
    /// The kind the main event word gives, else an attack on people told by the first word of
    /// death or injury; `None` with neither.
    pub(super) fn of(main: Option<&Hit<&'static Trigger>>, words: &Words<'_, '_>) -> Option<Kind> {
        let Words { kills, injures, .. } = words;
        let (trigger_span, event_type, sub_event_type, plover_event, plover_mode, priority) =
            match main {
                Some(m) => (
                    m.span,
                    m.value.event_type.clone().unwrap_or_default(),
                    m.value.sub_event_type.clone().unwrap_or_default(),
                    m.value
                        .plover_event
                        .clone()
                        .unwrap_or_else(|| "ASSAULT".into()),
                    m.value.plover_mode.clone(),
                    m.value.priority,
                ),
                None => {
                    let t = kills.first().or(injures.first())?;
                    (
                        t.span,
                        rasd_core::VAC.to_string(),
                        "Attack".to_string(),
                        "ASSAULT".to_string(),
                        None,
                        0,
                    )
                }
            };
        Some(Kind {
            trigger_span,
            event_type,
            sub_event_type,
            plover_event,
            plover_mode,
            priority,
        })
    }

    /// A destruction that kills or wounds people is an attack on them (`hurt`: the part tells
    /// deaths or injuries).
    pub(super) fn destruction_of_people(&mut self, hurt: bool) {
        let kind = self;
        // a destruction that kills or wounds people ("أحرق مستوطنون منزلا ... ما أدى إلى مقتل
        // رضيع") is an attack on them, not a Strategic development
        if kind.event_type == rasd_core::STRATEGIC
            && kind.sub_event_type == rasd_core::LOOTING
            && hurt
        {
            kind.event_type = rasd_core::VAC.into();
            kind.sub_event_type = "Attack".into();
            kind.plover_event = "ASSAULT".into();
            kind.plover_mode = None;
        }
    }
}

impl Context<'_> {
    /// Whether a generic attack hit property alone: its word is a bare word of attack (no
    /// means, no weapon: [`crate::merge::GENERIC_PRIORITY`] or less), its sentence part names a
    /// structure of public supply ([`Cue::Utility`]: "خط الأنابيب", "محطة كهرباء") and no person
    /// at all (`people`: a death, an injury, victims told as hit, an armed target or a second
    /// side): "قد توقف بعد هجوم نفذه مخربون" told of the oil's flow through a pipeline is a
    /// destruction of property (ACLED's Looting/property destruction), not violence against
    /// civilians.
    pub(super) fn attack_on_property(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        people: bool,
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if people
            || kind.event_type != rasd_core::VAC
            || kind.sub_event_type != rasd_core::ATTACK
            || kind.trigger_span != m.span
            || kind.plover_mode.is_some()
            || m.value.priority > crate::merge::GENERIC_PRIORITY
        {
            return;
        }
        if !in_sentence(&self.cues, span).any(|c| c.value == Cue::Utility) {
            return;
        }
        kind.event_type = rasd_core::STRATEGIC.into();
        kind.sub_event_type = rasd_core::LOOTING.into();
        kind.plover_event = "COERCE".into();
        kind.plover_mode = Some("seize".into());
    }

    /// A battle word told right after a word of sequence ([`Cue::Prior`]) as what came before a
    /// taking told earlier in its sentence part, by a noun of control with its "على" or a verb
    /// of retaking with its object pronoun ("أعلن جيش الفتح ... عن سيطرته على قريتي المشيك
    /// ... بعد اشتباكات مع قوات الأسد", "واستردوهما من الإرهابيين، بعد معارك عنيفة"): the
    /// taking is the act, a change of territory told at that word (its taker decides which,
    /// [`Context::retype_by_sides`]), as when a word of taking the lexicon holds is told there
    /// (`Context::main_event`). Not a control told as what came before ("بعد سيطرتها على"), nor
    /// of a place a demonstrative refers back to ("السيطرة على هذه المواقع": the taking told
    /// again), nor one with another event word between it and the battle.
    pub(super) fn taking_before_battle(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        events: &[&&Hit<&'static Trigger>],
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != rasd_core::ARMED_CLASH
            || m.value.sub_event_type.as_deref() != Some(rasd_core::ARMED_CLASH)
        {
            return;
        }
        let prior = |i: usize| self.cue_at_token(i, Cue::Prior);
        let after_prior = |h: &Hit<&'static Trigger>| {
            (h.tokens.0.saturating_sub(SUPPORT_WORDS)..h.tokens.0).find(|&i| prior(i))
        };
        // (the battle after the cue may be told again as going on later in the part, its
        // strongest word then: "بعد معارك عنيفة ضد الحوثيين، ... مشيرا إلى أن المعارك ما زالت
        // مستمرة")
        let battle = std::iter::once(m)
            .chain(events.iter().map(|e| **e))
            .filter(|h| {
                h.value.sub_event_type.as_deref() == Some(rasd_core::ARMED_CLASH)
                    && h.tokens.0 <= m.tokens.0
            })
            .find_map(|h| after_prior(h).map(|a| (h, a)));
        let Some((m, after)) = battle else {
            return;
        };
        let taking = in_sentence(&self.cues, span)
            .filter(|c| {
                c.tokens.1 <= after
                    && (c.value == Cue::Retake
                        || c.value == Cue::Taking
                            && self.cue_at_token(c.tokens.1, Cue::Onto)
                            // (not of a place told before: "أن السيطرة على هذه المواقع جاءت
                            // عقب معركة شرسة" retells the taking)
                            && !self.cue_at_token(c.tokens.1 + 1, Cue::Demonstrative))
            })
            .last();
        let Some(taking) = taking else {
            return;
        };
        let t = taking.tokens.0;
        if (t.saturating_sub(SUPPORT_WORDS)..t).any(prior)
            || events
                .iter()
                .any(|e| e.tokens.0 >= t && e.tokens.0 < m.tokens.0 && e.span != m.span)
        {
            return;
        }
        kind.trigger_span = self.doc.tokens[t].span;
        kind.event_type = rasd_core::BATTLES.into();
        kind.sub_event_type = NON_STATE_OVERTAKES.into();
        kind.plover_event = "ASSAULT".into();
        kind.plover_mode = None;
    }

    /// A verb of capture ([`Cue::Captive`]) whose captives are armed, told after a word of
    /// taking territory in its sentence part ("طردوا أيضا الحوثيين من مدينة لودر في محافظة أبين
    /// الجنوبية، وأسروا عددا من مقاتلي المتمردين"): the fighters were taken in the taking, the
    /// act the part tells, a change of territory told at that word (its taker decides which,
    /// [`Context::retype_by_sides`]), not the clash the captives alone would tell.
    pub(super) fn taking_with_captives(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        events: &[&&Hit<&'static Trigger>],
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != rasd_core::ABDUCTION
            || !self.cue_at_token(m.tokens.0, Cue::Captive)
            || !self.armed_captives(span, m)
        {
            return;
        }
        let taking = (events.iter())
            .filter(|e| {
                e.tokens.1 <= m.tokens.0
                    && e.value
                        .sub_event_type
                        .as_deref()
                        .is_some_and(territory_change)
                    && !self.support_word(e)
            })
            .last();
        let Some(taking) = taking else {
            return;
        };
        kind.trigger_span = taking.span;
        kind.event_type = rasd_core::BATTLES.into();
        kind.sub_event_type = taking.value.sub_event_type.clone().unwrap_or_default();
        kind.plover_event = "ASSAULT".into();
        kind.plover_mode = None;
    }

    /// An arrest told as made during a protest ("اعتقال أكثر من 200 مدرس خلال تظاهرة في
    /// طهران", "خلال عملية قمع لمظاهرة"): a word of protest after it in its part, at most
    /// [`PROTEST_WORDS`] words after a `during` cue: the protest met with arrests, a protest
    /// with intervention (ACLED).
    pub(super) fn arrests_at_protest(
        &self,
        main: Option<&Hit<&'static Trigger>>,
        events: &[&&Hit<&'static Trigger>],
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != rasd_core::ARRESTS {
            return;
        }
        let at_protest = events.iter().any(|e| {
            e.value.sub_event_type.as_deref() == Some(rasd_core::PEACEFUL_PROTEST)
                && e.tokens.0 > m.tokens.1
                && (e.tokens.0.saturating_sub(PROTEST_WORDS).max(m.tokens.1)..e.tokens.0)
                    .any(|i| self.cue_at_token(i, Cue::During))
        });
        if at_protest {
            kind.event_type = rasd_core::PROTESTS.into();
            kind.sub_event_type = rasd_core::PROTEST_WITH_INTERVENTION.into();
            kind.plover_event = "PROTEST".into();
            kind.plover_mode = Some("demonstrate".into());
        }
    }

    /// A protest in which a protester was killed ("قالت الشرطة إن «متظاهرًا قتل وأصيب آخران ...
    /// خلال مظاهرة ضد انقطاع التيار»"): a word of death at most [`PROTESTER_WORDS`] words from a
    /// victim word of protesters in the protest's part is force used on it, no peaceful protest
    /// (ACLED's Excessive force against protesters). Not a death the protest was against, the
    /// object of an "على" or of a "ب" ("احتجاجا على مقتل متظاهر", "تنديدا بمقتل").
    pub(super) fn protester_killed(
        &self,
        kills: &[&&Hit<&'static Trigger>],
        victims: &[&Hit<&'static rasd_lexicon::VictimEntry>],
        kind: &mut Kind,
    ) {
        if kind.sub_event_type != rasd_core::PEACEFUL_PROTEST {
            return;
        }
        let doc = self.doc;
        let protested = |k: &Hit<&'static Trigger>| {
            doc.tokens[k.tokens.0].clitics.contains(&"ب")
                || (k.tokens.0.saturating_sub(2)..k.tokens.0)
                    .any(|i| self.cue_at_token(i, Cue::Onto))
        };
        let killed = kills.iter().filter(|k| !protested(k)).any(|k| {
            victims.iter().any(|v| {
                v.value.group == PROTESTERS && v.tokens.0.abs_diff(k.tokens.0) <= PROTESTER_WORDS
            })
        });
        if killed {
            kind.event_type = rasd_core::PROTESTS.into();
            kind.sub_event_type = rasd_core::EXCESSIVE_FORCE.into();
            kind.plover_event = "PROTEST".into();
            kind.plover_mode = Some("demonstrate".into());
        }
    }

    /// Whether an attack is told with a post of armed forces as its object: an [`Cue::Onto`]
    /// at most [`OBJECT_WORDS`] words after the attack word, no punctuation but quotes between,
    /// with a [`Cue::Stronghold`] right after it ("رجال المقاومة شنوا هجوما على المعسكر", "بهجوم
    /// عنيف شنّته ... «جيش الفتح» على نقاط متقدمة"): the target is armed, the attack a battle.
    pub(super) fn attack_on_post(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        kind: &Kind,
    ) -> bool {
        let Some(m) = main else {
            return false;
        };
        if kind.sub_event_type != rasd_core::ATTACK || kind.trigger_span != m.span {
            return false;
        }
        self.post_object(span, m).is_some()
    }

    /// The post of armed forces an attack word `m` has for its object ([`Context::attack_on_post`]):
    /// the token of its [`Cue::Stronghold`] ("مواقع"), else `None`.
    fn post_object(&self, span: Span, m: &Hit<&'static Trigger>) -> Option<usize> {
        let doc = self.doc;
        let end = doc.tokens_in(span).end;
        for i in m.tokens.1..(m.tokens.1 + OBJECT_WORDS).min(end) {
            let token = &doc.tokens[i];
            // (quotes may stand between: "«جيش الفتح» على نقاط")
            if token.kind == TokenKind::Punct && !token.key.chars().all(rasd_text::is_quote) {
                return None;
            }
            // (or a verb of aiming right after the attack word's phrase: "شنوا هجومًا استهدف
            // تجمعًا لقوات الجيش")
            if self.cue_at_token(i, Cue::Onto) || self.cue_at_token(i, Cue::Aim) {
                let post = i + 1 < end
                    && (self.cue_at_token(i + 1, Cue::Stronghold)
                        || self.armed_gathering(i + 1, end));
                return post.then_some(i + 1);
            }
        }
        None
    }

    /// Whether token `i` is a noun of a gathering ([`Cue::Gathering`]) of an armed side, the
    /// side named at once after it ("تجمعًا لقوات الجيش العراقي", "تجمع للمسلحين الحوثيين"),
    /// before `end`: a post of armed forces; not a gathering of civilians ("على تجمع لنشطاء").
    fn armed_gathering(&self, i: usize, end: usize) -> bool {
        self.cue_at_token(i, Cue::Gathering)
            && self.actors.iter().any(|a| {
                a.tokens.0 > i
                    && a.tokens.0 <= i + GATHERING_WORDS
                    && a.tokens.0 < end
                    && self.doc.no_punct(i..a.tokens.0)
                    && ActorKind::parse(&a.value.kind).is_some_and(ActorKind::is_armed)
            })
    }

    /// A generic attack word with a post of armed forces for its object, told before a shelling
    /// word of its part that comes after that object ("نفذت المقاومة هجومًا نوعيًّا على مواقع
    /// المليشيات الحوثية ... وأمطروهم بوابل من القذائف ... وتمكنت المقاومة من دحر ما تبقى
    /// منهم"): the shells are fired in a ground assault on the posts, a battle, as when a word
    /// of clash is told ([`Context::retype_explicit_clash`]). Not shells told as the attack's
    /// means before its object ("شنوا هجوما بالقذائف على مواقع").
    fn assault_on_post<'m>(
        &self,
        span: Span,
        events: &[&&'m Hit<&'static Trigger>],
        kind: &Kind,
    ) -> Option<&'m Hit<&'static Trigger>> {
        if kind.sub_event_type != SHELLING {
            return None;
        }
        let shells = self.doc.token_at(kind.trigger_span.start)?;
        events.iter().map(|e| **e).find(|e| {
            e.value.sub_event_type.as_deref() == Some(rasd_core::ATTACK)
                && e.value.priority <= crate::merge::GENERIC_PRIORITY
                && e.tokens.0 < shells
                && self.post_object(span, e).is_some_and(|post| post < shells)
        })
    }

    /// Whether the captives of a verb of capture `m` are armed: the first word after it, in its
    /// clause and at most [`CAPTIVE_WORDS`] words on, that names a victim group or a side names
    /// fighters or an armed side ("أسروا القيادي المتمرد", "وأسروا عددا من مقاتلي المتمردين",
    /// "أسروا ثلاثة من مسلحي الحوثيين"), not civilians ("أسروا ثمانية من الركاب") nor persons
    /// told with no word of who they were.
    fn armed_captives(&self, span: Span, m: &Hit<&'static Trigger>) -> bool {
        let doc = self.doc;
        let end = doc.tokens_in(span).end;
        for i in m.tokens.1..(m.tokens.1 + CAPTIVE_WORDS).min(end) {
            let token = &doc.tokens[i];
            if token.kind == TokenKind::Punct && !token.key.chars().all(rasd_text::is_quote) {
                return false;
            }
            let at = Span::new(token.span.start, token.span.end);
            let actor = starting_in(&self.actors, |a| a.span.start, at).first();
            if let Some(a) = actor {
                return ActorKind::parse(&a.value.kind).is_some_and(ActorKind::is_armed);
            }
            let victim = starting_in(&self.victims, |v| v.span.start, at).first();
            if let Some(v) = victim {
                if v.value.group != crate::slots::counts::PEOPLE_GROUP {
                    return !v.value.civilian;
                }
            }
        }
        false
    }

    /// The two sides of a part's incident ([`Context::actors`]), the taker of a place first.
    pub(super) fn part_sides(
        &self,
        span: Span,
        kind: &Kind,
        civilian_victims: bool,
    ) -> (Option<Actor>, Option<Actor>) {
        let (mut actor1, mut actor2) = self.actors(span, kind.trigger_span, civilian_victims);
        // a place is taken from the side told after the change ("بتحرير مدينة عدن من
        // الميليشيات الحوثية"): that side is driven out, not the taker
        if territory_change(&kind.sub_event_type)
            && actor1
                .as_ref()
                .is_some_and(|a| self.driven_out(a, kind.trigger_span))
        {
            std::mem::swap(&mut actor1, &mut actor2);
            // (a second side driven out with it, "تحرير مدينة عدن من الحوثيين والقوات الموالية
            // للرئيس السابق", is no taker either: the text names none)
            if actor1
                .as_ref()
                .is_some_and(|a| self.driven_out(a, kind.trigger_span))
            {
                actor1 = None;
            }
        }
        // a definite noun of an armed group as the subject of the word of taking ("وكان التنظيم
        // سيطر على كامل بلدة مهين ... بعد اشتباكات مع قوات الأسد") is the taker: the group
        // the story named last, not the side the clause after it names
        if territory_change(&kind.sub_event_type) {
            if let Some(taker) = self.group_subject(span, kind.trigger_span) {
                if actor1.as_ref().is_none_or(|a| a.name != taker.name) {
                    let before = actor1.replace(taker);
                    if actor2
                        .as_ref()
                        .is_none_or(|b| actor1.as_ref().is_some_and(|a| a.name == b.name))
                    {
                        actor2 = before;
                    }
                }
            }
        }
        // a state's forces and a force that fights for that state's government (actors.tsv's
        // side government), the one country named on both, are the taker and its ally ("سيطرت
        // المقاومة الشعبية ... بمساندة القوات اليمنية"): the state's forces take the place
        // (ACLED: the government's forces with their affiliate), no side is driven out by them
        if territory_change(&kind.sub_event_type) && government_allies(&actor1, &actor2) {
            if actor1.as_ref().is_some_and(|a| a.kind != ActorKind::State) {
                actor1 = actor2;
            }
            actor2 = None;
        }
        (actor1, actor2)
    }

    /// An air strike told with a word of bombardment or attack: a coalition that strikes from
    /// the air bombards, a bare bombardment right after air strikes in its paragraph is one of
    /// them, an aircraft right after a generic word of attack struck.
    pub(super) fn retype_from_air(
        &self,
        si: usize,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        actor1: &Option<Actor>,
        kind: &mut Kind,
    ) {
        let doc = self.doc;
        // a bare word of bombardment ("قصفت", "القصف") by a coalition that strikes from the
        // air ("أعلن أن التحالف قصف مواقع للمتمردين") is an air strike: such a side fires no
        // guns of its own there (ACLED); a weapon named ("قصف مدفعي", "البوارج") stays its own
        if kind.sub_event_type == SHELLING
            && main.is_some_and(|m| {
                m.value.priority <= BOMBARDMENT_PRIORITY
                    && !self.cue_at_token(m.tokens.0, Cue::Means)
            })
            && actor1.as_ref().is_some_and(|a| {
                // (not a coalition told as support: "الحوثيون الذين يواجهون عملية تجري بدعم
                // من طيران التحالف ... قصفوا أحد الأحياء")
                let first = doc.tokens_in(Span::new(a.span[0], a.span[1])).start;
                rasd_lexicon::acts_from_air(&a.name)
                    && !(first.saturating_sub(SUPPORT_WORDS)..first)
                        .any(|i| self.cue_at_token(i, Cue::Support))
                    && !self.in_support_list(first)
            })
        {
            kind.sub_event_type = AIR_STRIKE.into();
            kind.plover_mode = Some("aerial".into());
        }
        // a bare word of bombardment with no side of its own named at it ("وأضافت أن قصفا
        // مكثفا استهدف معسكر ... سقط على أثره قتلى وجرحى من الحوثيين") told right after air
        // strikes in its paragraph ("شن طيران التحالف الدولي سلسلة غارات"), no other act
        // between: a strike of those raids
        if kind.sub_event_type == SHELLING
            && main.is_some_and(|m| {
                m.value.priority <= BOMBARDMENT_PRIORITY
                    && !self.cue_at_token(m.tokens.0, Cue::Means)
                    && actor1.as_ref().is_none_or(|a| {
                        let first = doc.tokens_in(Span::new(a.span[0], a.span[1])).start;
                        rasd_lexicon::acts_from_air(&a.name) || first >= m.tokens.1 + SIDE_WORDS
                    })
            })
            && self.after_air_strikes(si, span)
        {
            kind.sub_event_type = AIR_STRIKE.into();
            kind.plover_mode = Some("aerial".into());
        }
        // a generic word of attack whose subject right after it is an aircraft ("واستهدف
        // الطيران مواقع وتعزيزات عسكرية"): the aircraft struck, an air strike
        if kind.sub_event_type == rasd_core::ATTACK
            && kind.plover_mode.is_none()
            && kind.priority <= crate::merge::GENERIC_PRIORITY
            && main.is_some_and(|m| self.cue_at_token(m.tokens.1, Cue::Aircraft))
        {
            kind.event_type = rasd_core::EXPLOSIONS.into();
            kind.sub_event_type = AIR_STRIKE.into();
            kind.plover_mode = Some("aerial".into());
        }
    }

    /// Whether the act told last before the part `part` of sentence `si` is an air strike: its
    /// sentence before it, else the nearest earlier sentence of its paragraph, at most
    /// [`MODE_SENTENCES`] back, that tells a specific act (an event word above
    /// [`crate::merge::GENERIC_PRIORITY`], not a bare word of bombardment, which names no
    /// means) tells air strikes and no other act ("شن طيران التحالف الدولي سلسلة غارات على
    /// مواقع للحوثيين ... وأضافت أن قصفا مكثفا استهدف"): a bare bombardment told next is one of
    /// them.
    pub(super) fn after_air_strikes(&self, si: usize, part: Span) -> bool {
        let doc = self.doc;
        let Some(sentence) = doc.sentences.get(si) else {
            return false;
        };
        // (the part's own sentence before it first: "واستهدف الطيران مواقع ...، واستهدف القصف
        // ايضًا موقعا للحوثيين")
        let before = std::iter::once(Span::new(sentence.span.start, part.start));
        let earlier = (si.saturating_sub(MODE_SENTENCES)..si)
            .rev()
            .map_while(|s| (!self.line_end(s)).then_some(doc.sentences[s].span));
        for span in before.chain(earlier) {
            let mut acts = in_sentence(&self.triggers, span)
                .filter(|m| {
                    m.value.role == Role::Event
                        && m.value.priority > crate::merge::GENERIC_PRIORITY
                        && !(m.value.priority <= BOMBARDMENT_PRIORITY
                            && m.value.sub_event_type.as_deref() == Some(SHELLING))
                })
                .peekable();
            if acts.peek().is_some() {
                return acts.all(|m| m.value.sub_event_type.as_deref() == Some(AIR_STRIKE));
            }
        }
        false
    }

    /// The kind its sides decide: an attack on armed forces is a battle, a clash on civilians
    /// an attack, a firing answered a clash, a clash with a crowd a violent demonstration, the
    /// taker of a place its kind of change, spoils taken a clash. Whether a firing was answered.
    pub(super) fn retype_by_sides(
        &self,
        span: Span,
        main: Option<&Hit<&'static Trigger>>,
        (actor1, actor2): (&Option<Actor>, &Option<Actor>),
        victims: &VictimKinds,
        armed_target: bool,
        kind: &mut Kind,
    ) -> bool {
        let doc = self.doc;
        let VictimKinds {
            armed_victims,
            civilian_victims,
            people_only,
        } = *victims;
        // attacks on armed forces are battles; generic attacks on civilians are attacks
        // persons told with no word of who they were, hit in an attack on an armed side ("خمسة
        // من أفرادها قتلوا وأصيب خمسة آخرون أثناء هجومهم على ثكنات داعش"), are no civilians
        let civilians = civilian_victims && !(people_only && armed(actor2));
        if attack_on_armed(&kind.sub_event_type, armed_target, civilians) {
            kind.event_type = rasd_core::BATTLES.into();
            kind.sub_event_type = rasd_core::ARMED_CLASH.into();
        } else if kind.sub_event_type == rasd_core::ARMED_CLASH
            && kind.priority <= 30
            && civilian_victims
            && !armed_victims
        {
            kind.event_type = rasd_core::VAC.into();
            kind.sub_event_type = "Attack".into();
        }
        // a verb of capture ([`Cue::Captive`]: "أسروا", the word of war, not "خطف") whose
        // captives are armed ("تمكنوا من قتل المسؤول الأمني ... كما أسروا القيادي المتمرد مع
        // 15 آخرين", "طردوا الحوثيين من مدينة لودر وأسروا عددا من مقاتلي المتمردين"), no
        // civilian among them: fighters taken in the fight, a battle (ACLED), no abduction
        if kind.sub_event_type == rasd_core::ABDUCTION
            && main.is_some_and(|m| {
                self.cue_at_token(m.tokens.0, Cue::Captive) && self.armed_captives(span, m)
            })
        {
            kind.event_type = rasd_core::BATTLES.into();
            kind.sub_event_type = rasd_core::ARMED_CLASH.into();
            kind.plover_mode = None;
        }
        // a firing that the other side answers in its sentence part ("فتحا النار ... على مبنى
        // القنصلية ...، وعلى الفور قام أفراد الشرطة بالرد عليهما بالمثل"), or told with a verb of
        // exchanging a few words before it in its clause ("تبادلت القوات الهندية والباكستانية
        // إطلاق النار"), is an exchange of fire: an armed clash, as told at once ("تبادل إطلاق
        // النار"), and as strong a word
        let fire_returned = kind.sub_event_type == rasd_core::ATTACK
            && main.is_some_and(|m| {
                let first = doc.tokens_in(span).start;
                m.value.plover_mode.as_deref() == Some(FIREARMS)
                    && (doc
                        .tokens_in(Span::new(m.span.end, span.end))
                        .any(|i| self.cue_at_token(i, Cue::ReturnFire))
                        || self
                            .cue_in_clause(
                                m.tokens.0.saturating_sub(EXCHANGE_WORDS).max(first),
                                m.tokens.0,
                                Cue::ReturnFire,
                            )
                            .is_some())
            });
        if fire_returned {
            kind.event_type = rasd_core::BATTLES.into();
            kind.sub_event_type = rasd_core::ARMED_CLASH.into();
            kind.priority = kind.priority.max(CLASH_PRIORITY);
        }
        // a clash with protesters or rioters is no battle of two armed sides: the crowd fights
        // ("مواجهات بين قوات الأمن والمحتجين", "مواجهات بين الجيش والشبان الفلسطينيين"), a
        // violent demonstration (ACLED)
        let crowd = |a: &Option<Actor>| {
            a.as_ref()
                .is_some_and(|a| matches!(a.kind, ActorKind::Protesters | ActorKind::Rioters))
        };
        // (and so does a side of residents or families: "اشتباكات بين أهالي الضحايا وقوات
        // الأمن")
        let civilian_side = main.is_some_and(|m| {
            (m.tokens.1..m.tokens.1 + 2)
                .find(|&i| self.cue_at_token(i, Cue::Between))
                .and_then(|b| doc.tokens.get(b + 1))
                .is_some_and(|t| {
                    starting_in(&self.actors, |a| a.span.start, t.span)
                        .iter()
                        .any(|a| a.value.kind == "civilians")
                })
        });
        if kind.sub_event_type == rasd_core::ARMED_CLASH
            && main
                .is_some_and(|m| m.value.sub_event_type.as_deref() == Some(rasd_core::ARMED_CLASH))
            && (crowd(actor1) || crowd(actor2) || civilian_side)
        {
            kind.event_type = rasd_core::RIOTS.into();
            kind.sub_event_type = rasd_core::VIOLENT_DEMONSTRATION.into();
            kind.plover_event = "PROTEST".into();
            kind.plover_mode = Some("riot".into());
        }
        // who takes a place decides the kind of change: a state's forces regain it, a rebel
        // or a militia overtakes it (ACLED), whatever word tells it ("تحرير", "سيطرت")
        if let Some(taken) = territory_taken_by(&kind.sub_event_type, actor1) {
            kind.sub_event_type = taken.into();
        }
        // a militia that takes a place together with a state's forces, the two joined by «و»
        // ("سيطر مقاتلو المقاومة الشعبية والجيش الوطني على مبنى المحافظة"), fights on the
        // government's side: the government regains it (ACLED: its forces or their affiliates)
        if kind.sub_event_type == NON_STATE_OVERTAKES && self.allies_with_state(actor1, actor2) {
            kind.sub_event_type = GOVERNMENT_REGAINS.into();
        }
        // a word of taking whose object is arms or vehicles ("سيطرت المقاومة على أربع دبابات
        // للمسلحين") took no ground: the spoils of a fight, an armed clash
        if territory_change(&kind.sub_event_type)
            && main.is_some_and(|m| {
                (m.tokens.1..m.tokens.1 + SPOILS_WORDS)
                    .map_while(|i| doc.tokens.get(i).map(|t| (i, t)))
                    .take_while(|(_, t)| t.kind != TokenKind::Punct)
                    .find(|&(i, t)| self.cue_at_token(i, Cue::Spoils) || t.clitics.contains(&"و"))
                    .is_some_and(|(i, _)| self.cue_at_token(i, Cue::Spoils))
            })
        {
            kind.event_type = rasd_core::BATTLES.into();
            kind.sub_event_type = rasd_core::ARMED_CLASH.into();
        }
        fire_returned
    }

    /// An explicit clash between two armed sides retypes an explosion as a battle, unless the
    /// explosion is told apart from it.
    pub(super) fn retype_explicit_clash(
        &self,
        span: Span,
        events: &[&&Hit<&'static Trigger>],
        foreground: usize,
        actor1: &Option<Actor>,
        armed_target: bool,
        kind: &mut Kind,
    ) {
        let doc = self.doc;
        let support = |m: &Hit<&'static Trigger>| self.support_word(m);
        let backdrop = |m: &Hit<&'static Trigger>| self.backdrop_word(m);
        // an explicit clash between two armed sides is a battle, whatever weapons the fighters
        // carry ("اشتباكات بين قوات البيشمركة ومجموعة انتحاريين يرتدون أحزمة ناسفة"), and so is
        // the fighting that air strikes back ("في ضربات جوية واشتباكات على الأرض"); but an
        // air strike told first, with the clash in a later clause, is the act its sentence part
        // tells where its place is told before the clash ("قصف طيران التحالف التعزيزات في
        // لودر ومكيراس، وأن المقاومة قضت على ما تبقى منها في مواجهات عنيفة"): the clash does
        // not retype it (a place after the clash is the clash's: "... وقتل 16 جنديا في كمين في
        // منطقة الطاش")
        // (and so is an explosion or a shelling told as an act, not a weapon the fighters
        // carry: "قتل من كان بداخلها في انفجار عبوة ناسفة زرعت في طريقها، وتستمر المواجهات";
        // "مسلحون يحملون عبوات ناسفة، واشتباكات" stays the clash)
        let act_told = |clash: Span| {
            kind.event_type == rasd_core::EXPLOSIONS
                && events.iter().any(|m| {
                    m.value.event_type.as_deref() == Some(rasd_core::EXPLOSIONS)
                        && m.span.end <= clash.start
                        && !self.cue_at_token(m.tokens.0, Cue::Means)
                        && !support(m)
                })
        };
        let told_apart = |clash: Span| {
            (kind.sub_event_type == AIR_STRIKE || act_told(clash))
                && kind.trigger_span.end <= clash.start
                && doc
                    .tokens_in(Span::new(kind.trigger_span.end, clash.start))
                    .any(|t| doc.tokens[t].kind == TokenKind::Punct)
                && ((self.place(span, kind.trigger_span, false).location)
                    .is_none_or(|l| l.span[1] <= clash.start)
                    // (an act told with a town of its own before the clash: "عربة عسكرية قرب
                    // بلدة أمعين ... في انفجار عبوة ناسفة، وتستمر المواجهات")
                    || act_told(clash)
                        && starting_in(&self.places, |m| m.span.start, span)
                            .iter()
                            .any(|m| span.contains(m.span) && m.span.end <= kind.trigger_span.start))
        };
        let explicit_clash = events.iter().find(|m| {
            m.value.sub_event_type.as_deref() == Some(rasd_core::ARMED_CLASH)
                && m.value.priority >= 40
                && !support(m)
                && (foreground == 0 || !backdrop(m))
        });
        if explicit_clash.is_none() && armed(actor1) {
            if let Some(assault) = self.assault_on_post(span, events, kind) {
                kind.event_type = rasd_core::BATTLES.into();
                kind.sub_event_type = rasd_core::ARMED_CLASH.into();
                kind.trigger_span = assault.span;
                kind.plover_mode = Some(FIREARMS.into());
                kind.priority = CLASH_PRIORITY;
                return;
            }
        }
        if let Some(clash) = explicit_clash {
            if armed(actor1)
                && armed_target
                && kind.event_type == rasd_core::EXPLOSIONS
                && !told_apart(clash.span)
            {
                kind.event_type = rasd_core::BATTLES.into();
                kind.sub_event_type = rasd_core::ARMED_CLASH.into();
                kind.trigger_span = clash.span;
                kind.plover_mode = clash.value.plover_mode.clone();
                kind.priority = clash.value.priority;
            }
        }
    }
}

impl Context<'_> {
    /// Heavy weapons fired together with small arms at an armed side, the two means joined in
    /// one phrase ("استهدفوا قوات الأسد المنتشرة في محيط التلة بالصواريخ، والأسلحة الخفيفة"):
    /// the small arms tell that the sides were within reach of each other, a battle (ACLED's
    /// Armed clash), not a shelling from afar. The firearms word (an event word of the firearms
    /// mode) stands at most [`MEANS_WORDS`] words from the shelling word that is the part's
    /// main word, told as an instrument ("ب") or joined by «و» to the shelling word told so,
    /// not after a word of sequence,
    /// neither support nor backdrop; the shooter is armed, the target armed and no
    /// civilian is among the victims ("استهدفت بالأسلحة الثقيلة والخفيفة الأحياء السكنية" stays
    /// a shelling of the town).
    pub(super) fn small_arms_with_shelling(
        &self,
        main: Option<&Hit<&'static Trigger>>,
        events: &[&&Hit<&'static Trigger>],
        actor1: &Option<Actor>,
        (armed_target, civilian_victims): (bool, bool),
        kind: &mut Kind,
    ) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != SHELLING
            || kind.trigger_span != m.span
            || !armed(actor1)
            || !armed_target
            || civilian_victims
        {
            return;
        }
        let near = |h: &Hit<&'static Trigger>| {
            h.tokens.0 >= m.tokens.1 && h.tokens.0 <= m.tokens.1 + MEANS_WORDS
                || h.tokens.1 <= m.tokens.0 && h.tokens.1 + MEANS_WORDS >= m.tokens.0
        };
        // (a weapon used: one of the two told with the "ب" of the instrument; a list of
        // weapons seized or moved, "استولت على ... راجمات صواريخ وشلكا ورشاشات", names none)
        let instrument =
            |h: &Hit<&'static Trigger>| self.doc.tokens[h.tokens.0].clitics.contains(&"ب");
        // (the small arms joined by «و» to the weapon used, "بالصواريخ، والأسلحة الخفيفة", not
        // fire that is the object of the shelling: "بقصف عنيف على مصادر إطلاق النار")
        let joined = |h: &Hit<&'static Trigger>| self.doc.tokens[h.tokens.0].clitics.contains(&"و");
        // (not fire told as what came before: "يقصف مواقع داعش بعد إطلاق نار")
        let prior = |h: &Hit<&'static Trigger>| {
            (h.tokens.0.saturating_sub(2)..h.tokens.0).any(|i| self.cue_at_token(i, Cue::Prior))
        };
        let small_arms = events.iter().any(|h| {
            h.value.role == Role::Event
                && h.value.plover_mode.as_deref() == Some(FIREARMS)
                && h.span != m.span
                && near(h)
                && (instrument(h) || instrument(m) && joined(h))
                && !prior(h)
                && !self.support_word(h)
                && !self.backdrop_word(h)
        });
        if small_arms {
            kind.event_type = rasd_core::BATTLES.into();
            kind.sub_event_type = rasd_core::ARMED_CLASH.into();
            kind.plover_mode = Some(FIREARMS.into());
        }
    }
}

impl Context<'_> {
    /// A bombing word with the bomber and a reflexive pronoun after it ("حادثة تفجير مواطن سعودي
    /// نفسه في مسجد قوات الطوارئ"; "تفجير نفسه" alone is a trigger of its own): the bomber blew
    /// himself up, a suicide bomb. The pronoun ([`Cue::Reflexive`]) stands at most
    /// [`BOMBER_WORDS`] words after the bombing word, no punctuation between, and a person
    /// (a side or a victim word) starts right after the bombing word: not "تفجير المسجد نفسه"
    /// (the mosque itself).
    pub(super) fn bomber_himself(&self, main: Option<&Hit<&'static Trigger>>, kind: &mut Kind) {
        let Some(m) = main else {
            return;
        };
        if kind.sub_event_type != rasd_core::IED || kind.trigger_span != m.span {
            return;
        }
        let after = m.tokens.1;
        let person = self.actors.iter().any(|a| a.tokens.0 == after)
            || self.victims.iter().any(|v| v.tokens.0 == after);
        let reflexive = (after + 1..=after + BOMBER_WORDS).any(|i| {
            i < self.doc.tokens.len()
                && self.cue_at_token(i, Cue::Reflexive)
                && self.doc.no_punct(after..i)
        });
        if person && reflexive {
            kind.sub_event_type = rasd_core::SUICIDE_BOMB.into();
            kind.plover_mode = Some("suicide-attack".into());
            kind.priority = kind.priority.max(SUICIDE_PRIORITY);
        }
    }
}

/// How many words after a bombing word the reflexive pronoun of its bomber may stand ("تفجير
/// مواطن سعودي نفسه": [`Context::bomber_himself`]).
const BOMBER_WORDS: usize = 3;
/// The priority of the lexicon's own rows of a bomber blowing himself up ("تفجير نفسه"), which a
/// bombing word read so takes ([`Context::bomber_himself`]).
const SUICIDE_PRIORITY: i32 = 90;

/// How many words may stand between a shelling word and the small arms told with it
/// ([`Context::small_arms_with_shelling`]: "بالصواريخ، والأسلحة الخفيفة").
const MEANS_WORDS: usize = 3;

/// Whether two sides are a state's forces and a force that fights for that state's government
/// (`side` government in actors.tsv: the Popular Resistance beside Yemen's forces), the same
/// country named on both: one side of a taking (a state's forces of no country named, "الجيش",
/// may be another's: "الحرس الجمهوري" of the former president).
fn government_allies(a: &Option<Actor>, b: &Option<Actor>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let ally = |s: &Actor, m: &Actor| {
        s.kind == ActorKind::State
            && m.kind.is_armed_group()
            && rasd_lexicon::fights_for_government(&m.name)
            && s.country.is_some()
            && s.country == m.country
    };
    ally(a, b) || ally(b, a)
}
