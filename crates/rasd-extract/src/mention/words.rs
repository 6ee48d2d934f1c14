//! The words of a sentence part that tell its incident, the first steps of
//! `Context::sentence_incident`: the part's event words left after the filters (an irrealis
//! cue before them, a vehicle travelled on, a weapon seized or named, an act told before named
//! after a verb of preceding, a kind already told before a sequel), its words of death and of
//! injury, and the main event word among them.

use rasd_lexicon::{Role, Trigger, VictimEntry};
use rasd_text::{Span, TokenKind};

use super::{
    in_sentence, starting_in, AIR_STRIKE, BACKDROP_WORDS, IED, PYROTECHNIC_WORDS, SEIZE_WORDS,
    STRONG_PRIORITY, SUPPORT_WORDS,
};
use crate::context::{Context, Hit};
use crate::lexicon::Cue;
use crate::slots::actors::SUCCEED_WORDS;

/// How many words after a bare verb of retaking its object may stand, past its subject and a
/// day ("استعادت القوات الموالية للرئيس اليمني عبد ربه منصور هادي قاعدة العند").
const REGAIN_OBJECT_WORDS: usize = 12;
/// How many words after a bare verb of expelling the "من" of the ground it drove a side out of
/// may stand, past its subject, an adverb and the side ("طردوا أيضا مقاتلي الحوثيين من مدينة").
const EXPEL_OBJECT_WORDS: usize = 10;
/// How many words after a verbal noun of liberating the ground or the place it took may stand
/// ("من تحرير جامعة الأنبار", [`Context::nothing_liberated`]).
const LIBERATED_OBJECT_WORDS: usize = 3;
/// How many words before an aircraft a word of flying may stand for the aircraft to be what
/// flies ("وحلقت طائرات هليكوبتر": [`Context::main_event`]).
const FLYING_WORDS: usize = 2;
/// How many words may stand between an aircraft or a vehicle and the word of carrying after it,
/// and between that word and the dead or the wounded it carries ("مروحيات عسكرية تركية تنقل
/// القتلى": [`Context::part_words`]).
const CARRIER_WORDS: usize = 2;
/// At most this many words between a participle of readiness ([`Cue::Readied`]) and the verbal
/// noun of purpose it names ("كانت معدة ومجهزة لاستهداف").
const AIMED_WORDS: usize = 2;

/// The words of a sentence part that count for its incident ([`Context::part_words`]).
pub(super) struct Words<'t, 'c> {
    /// The event words with a sub-event type, after the filters.
    pub events: Vec<&'t &'c Hit<&'static Trigger>>,
    /// The words of death, not negated.
    pub kills: Vec<&'t &'c Hit<&'static Trigger>>,
    /// The words of injury, not negated, that hit people.
    pub injures: Vec<&'t &'c Hit<&'static Trigger>>,
    /// The victim words ([`Context::victim_words`]).
    pub victim_matches: Vec<&'c Hit<&'static VictimEntry>>,
}

impl Context<'_> {
    /// The trigger words of sentence part `span` before its first irrealis cue, and where that
    /// cue starts (`usize::MAX` when there is none).
    pub(super) fn part_triggers(&self, span: Span) -> (Vec<&Hit<&'static Trigger>>, usize) {
        // irrealis cues (pledges, threats, plans) silence the triggers after them
        let irrealis_from = in_sentence(&self.cues, span)
            .filter(|m| m.value == Cue::Irrealis)
            .map(|m| m.span.start)
            .min()
            .unwrap_or(usize::MAX);
        let triggers: Vec<&Hit<&'static Trigger>> = in_sentence(&self.triggers, span)
            .filter(|m| m.span.start < irrealis_from)
            .collect();
        (triggers, irrealis_from)
    }

    /// The words of sentence part `span` that tell its incident, from its `triggers`
    /// ([`Context::part_triggers`]); `told` are the kinds of violence told before a sequel.
    /// `None` when the part tells no event, no death and no injury.
    pub(super) fn part_words<'t, 'c>(
        &'c self,
        span: Span,
        told: &[&str],
        triggers: &'t [&'c Hit<&'static Trigger>],
    ) -> Option<Words<'t, 'c>> {
        let doc = self.doc;
        // an aircraft or a vehicle one travels on ("وصلت الجثامين على متن طائرة عسكرية") is
        // no means of attack
        // nor one that carries the dead or the wounded ("نقل 8 مصابين بطائرة الإخلاء الطبي"),
        // nor one named for carrying them, a word of carrying right after it ("طائرة الإخلاء",
        // "مروحية إسعاف")
        // nor one told as the subject of a word of carrying the dead or the wounded, at most
        // [`CARRIER_WORDS`] words (its adjectives) between, no punctuation and no other event
        // word ("شاهدوا مروحيات عسكرية تركية تنقل القتلى والجرحى")
        let carrier = |m: &Hit<&'static Trigger>| {
            (m.tokens.1..m.tokens.1 + CARRIER_WORDS + 1).any(|i| {
                i < doc.tokens.len()
                    && self.cue_at_token(i, Cue::Transfer)
                    && doc.no_punct(m.tokens.1..i + 1)
                    && !triggers
                        .iter()
                        .any(|h| h.tokens.0 >= m.tokens.1 && h.tokens.0 < i)
                    && triggers.iter().any(|h| {
                        matches!(h.value.role, Role::Kill | Role::Injure)
                            && h.tokens.0 > i
                            && h.tokens.0 <= i + CARRIER_WORDS
                            && doc.no_punct(i..h.tokens.0)
                    })
            })
        };
        let aboard = |m: &Hit<&'static Trigger>| {
            self.cue_at_token(m.tokens.0, Cue::Means)
                && (m.tokens.0 > 0 && self.cue_at_token(m.tokens.0 - 1, Cue::Aboard)
                    || self.cue_at_token(m.tokens.1, Cue::Transfer)
                    || self.carried(m.tokens.0)
                    || carrier(m))
        };
        // nor a weapon seized or found ("ضبط عجلتين مفخختين وحزام ناسف"): a verb of seizing at
        // most [`SEIZE_WORDS`] words before it, with no punctuation and no other violent word
        // between
        let weapon = |m: &Hit<&'static Trigger>| self.cue_at_token(m.tokens.0, Cue::Means);
        let seized = |m: &Hit<&'static Trigger>| {
            weapon(m)
                && self
                    .cue_in_clause(
                        m.tokens.0.saturating_sub(SEIZE_WORDS),
                        m.tokens.0,
                        Cue::Seize,
                    )
                    .is_some_and(|cue| {
                        !triggers.iter().any(|h| {
                            h.tokens.0 > cue
                                && h.tokens.0 < m.tokens.0
                                && !weapon(h)
                                && (h.value.is_violent()
                                    || matches!(h.value.role, Role::Kill | Role::Injure))
                        })
                    })
        };
        // nor a weapon made ready or aimed and never fired ("وصواريخ كاتيوشا كانت مصوبة تجاه
        // مطار وميناء عدن", "عجلات مفخخة كانت معدة لاستهداف آليات الجيش"): a participle of
        // readiness ([`Cue::Readied`]) right after it, at most one word between, no punctuation
        let readied = |m: &Hit<&'static Trigger>| {
            weapon(m)
                && (m.tokens.1..m.tokens.1 + 2).any(|i| {
                    i < doc.tokens.len()
                        && self.cue_at_token(i, Cue::Readied)
                        && doc.no_punct(m.tokens.1..i)
                })
        };
        // nor what such a weapon was made ready for, a verbal noun with the "ل" of purpose at
        // most [`AIMED_WORDS`] words after the participle of readiness, no punctuation between
        // ("واكتشاف وتدمير 47 عبوة ناسفة كانت معدة ومجهزة لاستهداف قوات الجيش"): an aim, not an
        // act
        let aimed = |m: &Hit<&'static Trigger>| {
            doc.tokens[m.tokens.0].clitics.contains(&"ل")
                && (m.tokens.0.saturating_sub(AIMED_WORDS + 1)..m.tokens.0)
                    .any(|i| self.cue_at_token(i, Cue::Readied) && doc.no_punct(i..m.tokens.0))
        };
        // nor a weapon that names something ("حساب معرف باسم (حزام ناسف)"): a word of naming
        // right before it, at most brackets or quotes between
        let named = |m: &Hit<&'static Trigger>| {
            weapon(m)
                && (0..m.tokens.0)
                    .rev()
                    .find(|&i| doc.tokens[i].kind != TokenKind::Punct)
                    .is_some_and(|i| self.cue_at_token(i, Cue::Named))
        };
        // nor a suicide belt worn by one killed before any bombing ("فيما قتل رجل يضع حزاما
        // ناسفا", "8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم"): right after a verb
        // of wearing ([`Cue::Wear`], at most one word between, no punctuation), in a part that
        // tells a death and no verb of blowing up ([`Cue::Detonate`]): the man wore it, nobody
        // blew it up
        let killed = triggers
            .iter()
            .any(|m| m.value.role == Role::Kill && !self.negated(m.tokens.0));
        let blown = in_sentence(&self.cues, span).any(|c| c.value == Cue::Detonate);
        let worn = |m: &Hit<&'static Trigger>| {
            killed
                && !blown
                && m.value.sub_event_type.as_deref() == Some(rasd_core::SUICIDE_BOMB)
                && (m.tokens.0.saturating_sub(2)..m.tokens.0)
                    .any(|i| self.cue_at_token(i, Cue::Wear) && doc.no_punct(i + 1..m.tokens.0))
        };
        // nor an act the story told before, named as what came after the clause's own act: a
        // definite event word right after a verb of preceding, its object ("وسبق الغارات
        // اشتباكات ... في قرية العياش", "وسبق الهجوم نشر مئات ... بمحيط القاعدة أول أمس"): the
        // clause's place and day are that earlier act's
        let preceded = |m: &Hit<&'static Trigger>| {
            self.object_of_preceding(m.tokens.0) && self.anaphor_at(m.tokens.0)
        };
        let mut events: Vec<_> = triggers
            .iter()
            .filter(|m| {
                m.value.role == Role::Event
                    && m.value.sub_event_type.is_some()
                    && !aboard(m)
                    && !seized(m)
                    && !readied(m)
                    && !aimed(m)
                    && !named(m)
                    && !worn(m)
                    && !preceded(m)
            })
            .collect();
        let untold = |m: &&&Hit<&'static Trigger>| {
            m.value
                .sub_event_type
                .as_deref()
                .is_some_and(|k| m.value.is_violent() && !told.contains(&k))
        };
        if !told.is_empty() && events.iter().any(untold) {
            events.retain(untold);
        }
        let kills: Vec<_> = triggers
            .iter()
            .filter(|m| m.value.role == Role::Kill && !self.negated(m.tokens.0))
            .collect();
        let victim_matches = self.victim_words(span);
        // "أصابت القذيفة مستودعا": a verb of hitting wounds only people
        // (a figure of shells or missiles is the verb's subject: "أصابت ثلاث قذائف منازل")
        let figure_of_units = |i: usize| {
            (doc.tokens.get(i))
                .and_then(|t| doc.numbers_in(t.span).next())
                .is_some_and(|n| self.cue_at_token(n.tokens.end, Cue::Means))
        };
        let hits_people = |m: &Hit<&'static Trigger>| {
            !self.cue_at_token(m.tokens.0, Cue::Hit)
                || (m.tokens.1..m.tokens.1 + 2).any(|i| {
                    let figure = self.in_number.get(i) == Some(&true)
                        || doc
                            .tokens
                            .get(i)
                            .is_some_and(|t| t.kind == TokenKind::Number);
                    (figure && !figure_of_units(i))
                        || victim_matches.iter().any(|v| v.tokens.0 == i)
                        || doc
                            .tokens
                            .get(i)
                            .is_some_and(|t| rasd_text::is_singular_person(t.stem()))
                }) && !(m.tokens.1..m.tokens.1 + 2).any(|i| {
                    // "أصابت منزلا لمواطن": a person noun with "ل" owns the thing hit
                    doc.tokens.get(i).is_some_and(|t| t.clitics.contains(&"ل"))
                        && (victim_matches.iter().any(|v| v.tokens.0 == i)
                            || rasd_text::is_singular_person(doc.tokens[i].stem()))
                })
        };
        let injures: Vec<_> = triggers
            .iter()
            .filter(|m| m.value.role == Role::Injure && !self.negated(m.tokens.0) && hits_people(m))
            .collect();
        if events.is_empty() && kills.is_empty() && injures.is_empty() {
            return None;
        }
        Some(Words {
            events,
            kills,
            injures,
            victim_matches,
        })
    }

    /// Whether event word `m` is a bare verb of retaking ([`Cue::Regain`]: "استعادت",
    /// "استعادوا") whose object is no ground: the first word after it, past its armed subject
    /// ("المقاومة الشعبية وجيش الشرعية") with the relative adjectives after its name ("قوات
    /// الجيش الوطني اليمني"), a word joining an ally to it ("وعناصر المقاومة") and the support
    /// it had ("المدعومة بطيران قوات التحالف"), and a day ("يوم الثلاثاء"), at most
    /// [`REGAIN_OBJECT_WORDS`] words on, is neither a [`Cue::Ground`] ("قاعدة", "مواقع") nor a
    /// place other than a country ("فاستعادوا كوباني"): a health, a role or a strength regained
    /// ("استعاد عافيته", "استعادت الكويت قوتها"), no retaking.
    pub(crate) fn nothing_regained(&self, m: &Hit<&'static Trigger>) -> bool {
        if m.tokens.1 != m.tokens.0 + 1 || !self.cue_at_token(m.tokens.0, Cue::Regain) {
            return false;
        }
        let doc = self.doc;
        let armed = |a: &Hit<&'static rasd_lexicon::ActorEntry>| {
            rasd_core::ActorKind::parse(&a.value.kind).is_some_and(rasd_core::ActorKind::is_armed)
        };
        // (a definite relative adjective: "الوطني", "الشعبية")
        let nisba = |t: &rasd_text::Token| {
            t.clitics.contains(&"ال") && (t.stem().ends_with('ي') || t.stem().ends_with("يه"))
        };
        let mut i = m.tokens.1;
        let mut subject_end = usize::MAX;
        while i < doc.tokens.len() && i <= m.tokens.1 + REGAIN_OBJECT_WORDS {
            let t = &doc.tokens[i];
            if self.cue_at_token(i, Cue::Ground) {
                return false;
            }
            let place = starting_in(&self.places, |p| p.span.start, t.span)
                .iter()
                .find(|p| p.span.start < t.span.end);
            if let Some(p) = place {
                return p.feature == "country";
            }
            let subject = starting_in(&self.actors, |a| a.span.start, t.span)
                .iter()
                .filter(|a| armed(a))
                .map(|a| a.tokens.1)
                .max();
            let day = (self.dates_in(t.span).iter())
                .filter(|d| t.span.start <= d.span.start && d.span.start < t.span.end)
                .filter_map(|d| doc.token_at(d.span.end.saturating_sub(1)).map(|k| k + 1))
                .max();
            // (a comma after the day: "استعادت يوم الثلاثاء، قرية")
            let comma = t.is_comma();
            // (the subject's parts: a word joined by «و» right before an armed side, "وعناصر
            // المقاومة الشعبية", and the support it had with its side, "المدعومة بطيران قوات
            // التحالف")
            let joined = (t.clitics.contains(&"و") && self.armed_side_at(i + 1)).then_some(i + 1);
            let support = self.support_past(i);
            // (a relative adjective of the subject past its name, "قوات الجيش الوطني اليمني")
            let adjective = (i == subject_end && nisba(t)).then_some(i + 1);
            match (subject.or(day).or(comma.then_some(i + 1)))
                .or(joined)
                .or(support)
                .or(adjective)
            {
                Some(end) if end > i => {
                    if subject.is_some() || adjective.is_some() {
                        subject_end = end;
                    }
                    i = end
                }
                Some(end) if end == i => i += 1,
                _ => return true,
            }
        }
        true
    }

    /// Whether event word `m` is a bare verbal noun of liberating ([`Cue::Liberation`]: the rows
    /// "تحرير", "تحريرها") that tells no taking: it is an event word only as the complement of a
    /// verb of succeeding ([`Context::succeed_verb`]), right after its "من" or joined by «و» to
    /// the one word right after it ("تمكنت فيها المقاومة من دخولها وتحريرها"), with a
    /// [`Cue::Ground`] word or a place at most [`LIBERATED_OBJECT_WORDS`] words on in its clause,
    /// or the "من" of the side it was taken from right after it ("وتحريرها من قبضة الحوثيين"):
    /// hostages freed ("تمكنت الوحدات الأمنية من تحرير الرهائن"), a text edited, a liberation
    /// hoped for or told as a name ("منظمة التحرير") are no taking of territory.
    pub(crate) fn nothing_liberated(&self, m: &Hit<&'static Trigger>) -> bool {
        let doc = self.doc;
        let noun = m.tokens.0;
        // (the one-word rows only: the longer ones, "تحرير مدينة", "تم تحرير", are read as they
        // are)
        if m.tokens.1 != noun + 1 || !self.cue_at_token(noun, Cue::Liberation) {
            return false;
        }
        let from = |i: usize| doc.tokens.get(i).is_some_and(|t| t.key == "من");
        // (right after the "من", or joined by «و» to the one word after it: "من دخولها
        // وتحريرها")
        let complement = if noun > 0 && from(noun - 1) {
            Some(noun - 1)
        } else if noun > 1
            && doc.tokens[noun].clitics.contains(&"و")
            && doc.tokens[noun - 1].kind == TokenKind::Word
            && from(noun - 2)
        {
            Some(noun - 2)
        } else {
            None
        };
        let Some(complement) = complement else {
            return true;
        };
        let first = doc
            .sentence_of_token(complement)
            .map_or(0, |s| doc.sentences[s].tokens.start);
        if self
            .succeed_verb(
                first.max(complement.saturating_sub(SUCCEED_WORDS)),
                complement,
            )
            .is_none()
        {
            return true;
        }
        if self.cue_at_token(noun + 1, Cue::Loser) {
            return false;
        }
        let end = (noun + 1 + LIBERATED_OBJECT_WORDS).min(doc.tokens.len());
        let object = (noun + 1..end)
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .any(|i| {
                self.cue_at_token(i, Cue::Ground)
                    || starting_in(&self.places, |p| p.span.start, doc.tokens[i].span)
                        .iter()
                        .any(|p| p.span.start < doc.tokens[i].span.end)
            });
        !object
    }

    /// Whether event word `m` is a bare verb of expelling ([`Cue::Expel`]: "طردت", "طردوا")
    /// that drives no armed side out of ground ([`Context::expelled_sides`]): persons expelled
    /// from their homes or posts ("طردوا من مساكنهم", the passive), a crowd from a square or
    /// civilians driven out ("وطردت النساء والأطفال") are no taking of territory.
    pub(crate) fn nobody_expelled(&self, m: &Hit<&'static Trigger>) -> bool {
        m.tokens.1 == m.tokens.0 + 1
            && self.cue_at_token(m.tokens.0, Cue::Expel)
            && self.expelled_sides(m.tokens.0).is_empty()
    }

    /// The first tokens of the sides a bare verb of expelling at token `verb` drives out of
    /// ground: in its clause, at most [`EXPEL_OBJECT_WORDS`] words on, a "من" ([`Cue::Loser`])
    /// with a [`Cue::Ground`] word or a place right after it, the last side named before it
    /// armed ("طردوا أيضا الحوثيين من مدينة لودر"); the sides named before that "من", but for
    /// the verb's subject told right after it, a first side not joined by «و» to the next
    /// ("وطردت القوات الداعمة للشرعية مسلحي الحوثي وقوات علي عبدالله صالح من مديرية النادرة").
    /// Empty with no such "من".
    pub(crate) fn expelled_sides(&self, verb: usize) -> Vec<usize> {
        let doc = self.doc;
        let mut sides: Vec<usize> = Vec::new();
        let mut side_armed = false;
        let mut i = verb + 1;
        while i < doc.tokens.len() && i <= verb + 1 + EXPEL_OBJECT_WORDS {
            let t = &doc.tokens[i];
            if t.kind == TokenKind::Punct {
                break;
            }
            let side = starting_in(&self.actors, |a| a.span.start, t.span)
                .iter()
                .max_by_key(|a| a.tokens.1)
                .map(|a| {
                    let armed = rasd_core::ActorKind::parse(&a.value.kind)
                        .is_some_and(rasd_core::ActorKind::is_armed);
                    (a.tokens.1, armed)
                });
            if let Some((end, armed)) = side {
                sides.push(i);
                side_armed = armed;
                i = end.max(i + 1);
                continue;
            }
            if side_armed && self.cue_at_token(i, Cue::Loser) {
                let ground = doc.tokens.get(i + 1).is_some_and(|next| {
                    self.cue_at_token(i + 1, Cue::Ground)
                        || starting_in(&self.places, |p| p.span.start, next.span)
                            .iter()
                            .any(|p| p.span.start < next.span.end)
                });
                if !ground {
                    break;
                }
                let subject = sides.len() > 1 && !doc.tokens[sides[1]].clitics.contains(&"و");
                if subject {
                    sides.remove(0);
                }
                return sides;
            }
            i += 1;
        }
        Vec::new()
    }

    /// Whether an armed side's name starts at token `i`.
    fn armed_side_at(&self, i: usize) -> bool {
        let Some(t) = self.doc.tokens.get(i) else {
            return false;
        };
        starting_in(&self.actors, |a| a.span.start, t.span)
            .iter()
            .any(|a| {
                rasd_core::ActorKind::parse(&a.value.kind)
                    .is_some_and(rasd_core::ActorKind::is_armed)
            })
    }

    /// The token after the side a [`Cue::Support`] at token `i` names, at most
    /// [`SUPPORT_WORDS`] words after it ("المدعومة بطيران قوات التحالف"); `None` when no cue
    /// stands there or it names no side.
    fn support_past(&self, i: usize) -> Option<usize> {
        if !self.cue_at_token(i, Cue::Support) {
            return None;
        }
        let doc = self.doc;
        (i + 1..=i + SUPPORT_WORDS)
            .take_while(|&k| k < doc.tokens.len() && doc.tokens[k].kind != TokenKind::Punct)
            .find_map(|k| {
                starting_in(&self.actors, |a| a.span.start, doc.tokens[k].span)
                    .iter()
                    .map(|a| a.tokens.1)
                    .max()
            })
    }

    /// Whether event word `m` is told as support ("سيطرت على البلدة بدعم من طائرات التحالف"):
    /// not the act while another event word is.
    pub(super) fn support_word(&self, m: &Hit<&'static Trigger>) -> bool {
        (m.tokens.0.saturating_sub(SUPPORT_WORDS)..m.tokens.0)
                .any(|i| self.cue_at_token(i, Cue::Support))
                // or joined by «و» to a list the cue opens ("بمساندة الحشد الشعبي والطيران
                // العسكري"), with no punctuation between
                || self.in_support_list(m.tokens.0)
                // a campaign against a side ("والمعركة ضد تنظيم داعش") is no incident's word
                || self.cue_at_token(m.tokens.0, Cue::Campaign)
    }

    /// Whether event word `m` is a word of the ongoing backdrop ("قتل أربعة شرطيين في انفجار قنبلة، في وقت
    /// يستمر القصف الجوي", "قتل سبعة مسلحين في غارة جوية بينما تستمر المعارك"): at most
    /// [`BACKDROP_WORDS`] words after a `backdrop` cue right after an `amid` one, no
    /// punctuation between, while the part tells another event word before it that is
    /// neither support nor backdrop ("قتلوا في تكثيف للقصف الجوي" is the act, and so is the
    /// battle of "في ظل استمرار المعارك لاستعادة السيطرة على القاعدة": the word after it
    /// tells its aim)
    pub(super) fn backdrop_word(&self, m: &Hit<&'static Trigger>) -> bool {
        let doc = self.doc;
        (m.tokens.0.saturating_sub(BACKDROP_WORDS)..m.tokens.0)
            .rev()
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .any(|i| {
                i > 0 && self.cue_at_token(i, Cue::Backdrop) && self.cue_at_token(i - 1, Cue::Amid)
            })
    }

    /// The main event word of the part: the strongest (the earliest of equals) that is not told
    /// as support, as the battle before another act or as the ongoing backdrop while other
    /// words are not; and how many of its event words are foreground (neither support nor
    /// backdrop, before the first backdrop word).
    pub(super) fn main_event<'t, 'c>(
        &self,
        words: &Words<'t, 'c>,
    ) -> (Option<&'t &'c Hit<&'static Trigger>>, usize) {
        let Words { events, kills, .. } = words;
        let support = |m: &Hit<&'static Trigger>| self.support_word(m);
        let backdrop = |m: &Hit<&'static Trigger>| self.backdrop_word(m);
        // nor is a word of battle told as what came before another ("سيطرت المقاومة على
        // المدينة عقب اشتباكات", "تخوض معارك داخل القاعدة بعد أن سيطرت على المناطق المحيطة
        // بها"): the fighting that won a place, the place won before the fighting
        let battle =
            |m: &Hit<&'static Trigger>| m.value.event_type.as_deref() == Some(rasd_core::BATTLES);
        let before_act = |m: &Hit<&'static Trigger>| {
            battle(m)
                && (m.tokens.0.saturating_sub(SUPPORT_WORDS)..m.tokens.0)
                    .any(|i| self.cue_at_token(i, Cue::Prior))
        };
        let first_backdrop = (events.iter())
            .filter(|m| backdrop(m))
            .map(|m| m.span.start)
            .min()
            .unwrap_or(0);
        let foreground = (events.iter())
            .filter(|m| !support(m) && !backdrop(m) && m.span.start < first_backdrop)
            .count();
        let acts = events.iter().filter(|m| !support(m)).count();
        let fresh = (events.iter())
            .filter(|m| battle(m) && !support(m) && !before_act(m))
            .count();
        // with only words of support, the deaths tell the act ("تمكنت قوة أمنية بمساندة الحشد
        // الشعبي والطيران العسكري من قتل 19 مسلحا")
        let killed_with_support = acts == 0 && !kills.is_empty();
        // an aircraft told right after a word of flying ("وحلقت طائرات هليكوبتر فوق المكان") is
        // what flies, no act: with another act in the part and no strike from afar (the
        // "زخات الرصاص" and "إطلاق النار" of a riot), that act is the part's word
        let flying = |m: &Hit<&'static Trigger>| {
            self.cue_at_token(m.tokens.0, Cue::Aircraft)
                && (m.tokens.0.saturating_sub(FLYING_WORDS)..m.tokens.0)
                    .rev()
                    .take_while(|&i| self.doc.tokens[i].kind != TokenKind::Punct)
                    .any(|i| self.cue_at_token(i, Cue::Hover))
        };
        let grounded = (events.iter()).any(|m| !flying(m) && !support(m))
            && !(events.iter()).any(|m| {
                !flying(m) && m.value.event_type.as_deref() == Some(rasd_core::EXPLOSIONS)
            });
        let main = events
            .iter()
            .filter(|m| !(grounded && flying(m)))
            .filter(|m| !killed_with_support && (acts == 0 || !support(m)))
            .filter(|m| fresh == 0 || !before_act(m))
            .filter(|m| foreground == 0 || !backdrop(m))
            .max_by(|a, b| {
                a.value
                    .priority
                    .cmp(&b.value.priority)
                    .then(b.span.start.cmp(&a.span.start))
            });
        (main.copied(), foreground)
    }

    /// Whether the part tells an accident, a disease or a game and no strong word of violence
    /// apart from its words (`domain` cues): no incident.
    pub(super) fn outside_domain(
        &self,
        span: Span,
        events: &[&&Hit<&'static Trigger>],
        main: Option<&&Hit<&'static Trigger>>,
    ) -> bool {
        // an accident, a disease or a game: only a strong word of violence apart from its words
        // ("انفجرت سيارة مفخخة قرب الملعب", not "انفجر الإطار") tells an incident; an aircraft
        // named is no act ("مقتل 16 شرطيا جراء تحطم مروحية")
        let domain: Vec<Span> = in_sentence(&self.cues, span)
            .filter(|m| m.value == Cue::Domain)
            .map(|m| m.span)
            .collect();
        // fireworks named at most [`PYROTECHNIC_WORDS`] words before an explosion word without
        // the article, with no weapon named among the sentence's event words ("أثناء إنقاذ أطفال
        // من الألعاب النارية، فيما انفجرت إحداها في وجهه"): they went off, no attack ("إيقاف
        // الألعاب النارية تضامنا مع ضحايا التفجير" still tells the bombing)
        let no_weapon = !events
            .iter()
            .any(|m| self.cue_at_token(m.tokens.0, Cue::Means));
        let pyrotechnic = |m: &Hit<&'static Trigger>| {
            no_weapon
                && m.value.sub_event_type.as_deref() == Some(IED)
                && !self.doc.tokens[m.tokens.0].clitics.contains(&"ال")
                && (m.tokens.0.saturating_sub(PYROTECHNIC_WORDS)..m.tokens.0)
                    .any(|i| self.cue_at_token(i, Cue::Pyrotechnic))
        };
        !domain.is_empty()
            && main.is_none_or(|m| {
                m.value.priority < STRONG_PRIORITY
                    || pyrotechnic(m)
                    || (self.cue_at_token(m.tokens.0, Cue::Means)
                        && m.value.sub_event_type.as_deref() == Some(AIR_STRIKE))
                    || domain.iter().any(|d| d.overlaps(m.span))
            })
    }
}
