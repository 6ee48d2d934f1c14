//! The mention finder: per sentence, or per part of a sentence that tells an incident of its
//! own, the trigger cluster becomes an incident candidate with its type from the strongest
//! trigger; the slot fillers ([`crate::slots`]) give its counts, victims, actors, place, date
//! and detector features.

use rasd_core::{Actor, ActorKind, Location, Victim};
use rasd_lexicon::{Role, Trigger, VictimEntry};
use rasd_text::{Span, TokenKind};

use crate::dates::DateMention;
use crate::lexicon::Cue;
use crate::slots::counts::{CountPiece, Counts, PEOPLE_GROUP};
use crate::slots::places::{country_of_actors, Place};

mod crowd;
mod segments;

/// The priority from which an event word is violence whatever the sentence is about (a bombing,
/// an air strike), see the `domain` cues.
pub(crate) const STRONG_PRIORITY: i32 = 60;
/// The sub-event type of an aircraft's words ("مروحية", "طائرات حربية").
pub(crate) use rasd_core::AIR_STRIKE;
/// The sub-event type of shelling, artillery or missiles.
use rasd_core::SHELLING;
/// The priority of a bare word of bombardment ("قصف"), which names strikes of any means.
const BOMBARDMENT_PRIORITY: i32 = 50;
/// The sub-event type of an explosive device or a blast with no other means named.
use rasd_core::IED;
/// How far after fireworks named an explosion word is theirs ("من الألعاب النارية، فيما انفجرت").
const PYROTECHNIC_WORDS: usize = 6;

/// How many words before a weapon noun a word of seizing or clearing it reaches ("ضبط عجلتين
/// مفخختين وحزام ناسف", "نزع أكثر من 30 لغمًا"): the noun names no attack (here) and an
/// explosive so told is generic (crate::status).
pub(crate) const SEIZE_WORDS: usize = 6;

/// One incident as read from one sentence, before the story-level merge.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index of the latest sentence this candidate holds (for adjacency when merging).
    pub sentence: usize,
    /// Index of the earliest sentence this candidate holds (0 the headline, 1 the lead).
    pub first_sentence: usize,
    /// The sentence of the trigger.
    pub sentence_span: Span,
    pub trigger_span: Span,
    pub event_type: String,
    pub sub_event_type: String,
    pub plover_event: String,
    pub plover_mode: Option<String>,
    pub priority: i32,
    /// The sentence names the incident or its means (not only deaths or injuries).
    pub has_event_trigger: bool,
    /// The event word is definite ("الانفجار", "بالهجوم"): it names an incident already told.
    pub definite: bool,
    /// The event word is followed by an ordinal or "another" (`ordinal` cues: "انفجار ثالث",
    /// "هجوم آخر"): another act of a series.
    pub ordinal: bool,
    /// Its sentence opens on a word that adds another act to those told before it
    /// ([`Cue::Also`]: "كما أقدمت الميليشيا على اختطاف ..."), with an event word without the
    /// article, not a battle's: not the account of one told before.
    pub also: bool,
    /// Its sentence opens on a phrase of "meanwhile" ([`Cue::Meanwhile`]: "وفي هذه الأثناء
    /// استمر انقطاع الاتصالات ... بعد قصف الحوثيين لمبنى الاتصالات"), and its event word has no
    /// article: another act at that time, not the retelling of one told before it.
    pub meanwhile: bool,
    /// The event word stands inside a quotation (`Document::in_quotation`): somebody's words,
    /// a witness's or an official's.
    pub quoted: bool,
    pub kills: Vec<CountPiece>,
    /// The tolls of the dead of the mentions absorbed in the merge that the incident did not
    /// take (its first account stood), for a headline's sum of two incidents
    /// ([`Context::split_summed_toll`]).
    pub absorbed_kills: Vec<Vec<CountPiece>>,
    /// The tolls of the wounded absorbed and not taken, as `absorbed_kills` are of the dead.
    pub absorbed_injuries: Vec<Vec<CountPiece>>,
    /// Deaths told with "outside" the place ("مقتل 18 ... خارج المدينة"), and the victim groups
    /// after them: the story's incident in a nearby place takes them (merge::place_elsewhere).
    pub elsewhere: Vec<CountPiece>,
    pub elsewhere_victims: Vec<Victim>,
    pub kill_word: Option<Span>,
    pub injuries: Vec<CountPiece>,
    pub injury_word: Option<Span>,
    /// The words saying nobody died ("دون أن تسفر عن سقوط قتلى", "ولم يصب أحد بأذى"): with no
    /// death told, the record's fatalities are an explicit 0.
    pub no_deaths: Option<Span>,
    /// The words saying nobody was hurt: with no injury told, the record's injuries are 0.
    pub no_injuries: Option<Span>,
    pub victims: Vec<Victim>,
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    /// Its place, with what merging reads of it (`slots::places::Place`: the key, the town
    /// the text locates it by, whether it is a city, whether it is only where the incident was
    /// told of).
    pub place: Place,
    /// The place a feature noun of its sentence part refers back to, when the part names none
    /// ("في القرية": `slots::places::Context::place_referred`): the record's place when it ends
    /// with a country at best (`merge`), with no say in the merge or the confidence.
    pub referred: Option<Location>,
    pub date: Option<(DateMention, bool)>,
    pub armed_victims: bool,
    pub civilian_victims: bool,
    /// The candidate is a part of its sentence told as what followed ("أعقبها تبادل لإطلاق النار").
    pub sequel: bool,
    /// The candidate is a later part of its sentence told as the cause of what the part before
    /// tells ("... هجماته على قوات الأمن ردا على هجوم سروج"): an earlier, other incident.
    pub cause: bool,
    /// Why the record's confidence was lowered after the record model (the record filter's
    /// score), carried to the record's `reason`.
    pub reason: Option<String>,
    /// What the detector reads (crate::detect::FEATURES).
    pub features: crate::detect::Features,
    /// The detector's probability that this reports an incident (max over merged parts).
    pub score: f32,
    /// What the report tells of it (crate::status), and the words that said so.
    pub status: rasd_core::Status,
    pub status_cue: Option<Span>,
    /// The trigger spans of the other candidates merged into this one (crate::merge).
    pub mentions: Vec<Span>,
    /// A record for a later place of a list told with one event word ("قصفت الطائرات دوما
    /// وحرستا"): the start of that place (slots::places::place_lists), which its id carries.
    pub list_place: Option<usize>,
    /// Its place stands in a list of places told with its event word (set before the merge,
    /// `slots::places::Context::in_place_list`): the account of a roundup's places, not of one
    /// incident a coarse mention told ([`crate::merge`]).
    pub listed: bool,
    /// Its date is the day the incident was condemned (`Context::condemned_day`), not the
    /// day it happened: the record gives no day for it unless a merged mention tells one.
    pub reaction_day: bool,
    /// Its date is a day told with a verb of saying (`Context::said`, its own or the story's):
    /// when the incident was told of, which gives way in the merge to an earlier day another
    /// mention of the incident is dated by.
    pub said_day: bool,
    /// The incident is named again, definite, as what a verb of condemning right before it in
    /// its clause condemns ("استنكرت دائرة الإفتاء ... العمل الإرهابي الذي استهدف مسجد"): a
    /// reaction to an act already known, which takes no day of saying from another mention
    /// (`merge`: the statement's day is the reaction's, not the act's).
    pub condemned: bool,
    /// Its event word is a definite plural that names several acts ("وأسفرت موجة التفجيرات أمس
    /// عن مقتل 49 شخصا", [`Cue::Several`]): retelling one of two or more incidents, its toll
    /// is their sum (`merge`).
    pub several: bool,
    /// One of its mentions (merged ones too) is told with a plural of several acts, definite or
    /// not ("هجمات"): the incident is itself told as several, so such a plural retells it whole.
    pub several_told: bool,
    /// Its date is the story's day told before it in a sentence whose event words are all of
    /// another type (`Context::day_of_other_kind`): the day of another act of the story.
    pub other_kind_day: bool,
    /// Its event word is a verb or noun of aiming ([`Cue::Aim`]: "استهداف", "استهدفت"): a
    /// targeting that names no means (`merge::generic::retype_targeting`).
    pub aimed: bool,
}

impl Candidate {
    /// Whether the words of its own sentence date it (not a day inherited from the story).
    pub fn own_date(&self) -> bool {
        self.date.as_ref().is_some_and(|(_, inherited)| !inherited)
    }

    /// Whether its own sentence dates it to a day (not a month or a year, not inherited).
    pub fn own_day(&self) -> bool {
        self.date.as_ref().is_some_and(|(d, inherited)| {
            !inherited && d.precision == rasd_core::DatePrecision::Day
        })
    }

    /// The country of its place, if any.
    pub fn country(&self) -> Option<&str> {
        self.place.location.as_ref()?.country.as_deref()
    }

    /// Whether it names a place finer than a province or a country: a settlement or a part of
    /// one (ACLED geo_precision 1 or 2).
    pub fn named_place(&self) -> bool {
        (self.place.location.as_ref()).is_some_and(|l| l.precision.is_some_and(|p| p <= 2))
    }
}

/// Whether a side is armed: not civilians, protesters or rioters.
pub(crate) fn armed(a: &Option<Actor>) -> bool {
    a.as_ref().is_some_and(|a| {
        !matches!(
            a.kind,
            ActorKind::Civilians | ActorKind::Protesters | ActorKind::Rioters
        )
    })
}

/// Whether a generic attack is one on armed forces, which ACLED codes as a battle (an armed
/// clash): its target or its victims are armed, and no civilian is among its victims.
pub(crate) fn attack_on_armed(sub_event_type: &str, armed_target: bool, civilians: bool) -> bool {
    sub_event_type == "Attack" && armed_target && !civilians
}

pub(crate) use rasd_core::GOVERNMENT_REGAINS;
pub(crate) use rasd_core::NON_STATE_OVERTAKES;

/// Whether the sub-event type is a change of territory by force.
pub(crate) fn territory_change(sub_event_type: &str) -> bool {
    sub_event_type == GOVERNMENT_REGAINS || sub_event_type == NON_STATE_OVERTAKES
}

/// The kind of a change of territory as its taker decides it (ACLED): a state's forces regain
/// territory, a rebel group or a militia overtakes it; `None` when `sub_event_type` is no change
/// of territory, or nothing known of the taker decides (no actor, a foreign state's forces).
pub(crate) fn territory_taken_by(
    sub_event_type: &str,
    actor1: &Option<Actor>,
) -> Option<&'static str> {
    if !territory_change(sub_event_type) {
        return None;
    }
    match actor1.as_ref()?.kind {
        ActorKind::State => Some(GOVERNMENT_REGAINS),
        k if k.is_armed_group() => Some(NON_STATE_OVERTAKES),
        _ => None,
    }
}

/// The ending of the victim groups of a nationality ("Turkish nationals", victims.tsv).
const NATIONALS: &str = " nationals";

/// How many words after a word of taking its object may stand ("سيطرت قوات المقاومة على أربع
/// دبابات"): a [`Cue::Spoils`] there tells spoils, no ground taken.
const SPOILS_WORDS: usize = 6;
/// How many words before an event word a cue of support ("بدعم من") may stand.
const SUPPORT_WORDS: usize = 2;
/// How many words before an event word a cue of the ongoing backdrop ("مع استمرار", "في وقت
/// تستمر فيه") may stand ("بالتزامن مع تكثيف التحالف العربي غاراته").
const BACKDROP_WORDS: usize = 3;

pub(crate) use crate::context::{in_sentence, starting_in, StoryEvidence};
pub use crate::context::{Context, Hit};

impl<'a> Context<'a> {
    /// All incident candidates of the document, in text order.
    pub fn incidents(&self) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        for (si, sentence) in self.doc.sentences.iter().enumerate() {
            if self.tag_line(si) {
                continue;
            }
            let mut before: Option<usize> = None;
            for (seg, sequel, cause) in self.segments(si) {
                // a sequel tells what followed: its own kind of violence, not the one before
                let told = if sequel {
                    self.violent_kinds(Span::new(sentence.span.start, seg.start))
                } else {
                    Vec::new()
                };
                let Some(mut c) = self.sentence_incident(si, sentence.span, seg, &told) else {
                    continue;
                };
                if let Some(prev) = before.map(|b| &out[b]) {
                    // what followed happened at the same place, unless it names its own (a
                    // death joined by "و" that another act caused is told for a place of its
                    // own: "بالهجوم الانتحاري في المدينة ومقتل شرطي بإطلاق نار")
                    let joined = (self.doc.token_at(seg.start))
                        .is_some_and(|i| self.another_act_joined(sentence.span, i));
                    if sequel && !joined && c.place.location.is_none() {
                        c.place = prev.place.clone();
                    }
                    self.anchor_on(&mut c, seg, prev);
                    if let Some(b) = before {
                        self.figures_after_interval(&mut c, seg, &mut out[b]);
                    }
                } else {
                    self.interval_in_clause(&mut c, seg);
                    if let Some(prev) = out.last() {
                        self.similar_to_story(&mut c, seg, prev);
                    }
                }
                if c.place.location.is_none() {
                    c.place.location = self.story_country(c.trigger_span);
                }
                c.sequel = sequel;
                c.cause = cause;
                before = Some(out.len());
                out.push(c);
            }
        }
        out
    }

    /// An incident said to be like the one the story told before ("وفي حوادث مماثلة قتل ثلاثة
    /// ..." after a bombing) is of its kind, when its own words give a weaker kind (a death, a
    /// generic attack): the similar word before its trigger in its sentence part.
    fn similar_to_story(&self, c: &mut Candidate, seg: Span, prev: &Candidate) {
        let Some((from, t)) = self.seg_and_trigger(c, seg) else {
            return;
        };
        if (from..t).any(|i| self.cue_at_token(i, Cue::Similar)) {
            take_kind_of(c, prev);
        }
    }

    /// What a later part of a sentence takes from the incident told before it: "هجوم مماثل"
    /// (a similar attack) is of that incident's kind, and "بعد ثلاثة أيام على هجوم" dates the
    /// attack three days before that incident.
    fn anchor_on(&self, c: &mut Candidate, seg: Span, prev: &Candidate) {
        let doc = self.doc;
        let Some(t) = doc.last_token(c.trigger_span) else {
            return;
        };
        if (t + 1..t + 3).any(|i| self.cue_at_token(i, Cue::Similar)) {
            take_kind_of(c, prev);
        }
        // "بعد ثلاثة أيام على", "بعد يومين من", "بعد أسبوع من": before the trigger; a day of
        // its own ("بعد أيام من تفجير ... الجمعة") says it better
        let Some((anchor, inherited)) = &prev.date else {
            return;
        };
        if c.own_date() {
            return;
        }
        if let Some((i, _)) = self.interval_before(c, seg) {
            let anchor = (anchor.clone(), *inherited);
            self.date_before(c, i, &anchor);
        }
    }

    /// Whether token `i` is an event noun with the article that names an incident the story
    /// already told ("الهجوم", "هذا الانفجار").
    pub(crate) fn anaphor_at(&self, i: usize) -> bool {
        self.doc.tokens[i].clitics.contains(&"ال") && self.cue_at_token(i, Cue::Anaphor)
    }

    /// The victim words of sentence part `span` that name victims: not a word of civilians
    /// inside the name of an armed side after its first word ("العمال" of "حزب العمال
    /// الكردستاني", "الإسرائيلي" of "الجيش الإسرائيلي"), nor a nationality right after an armed
    /// victim noun, its adjective ("ثلاثة جنود أتراك", "ثمانية مقاتلين أفغان": soldiers and
    /// fighters, no civilians).
    fn victim_words(&self, span: Span) -> Vec<&Hit<&'static VictimEntry>> {
        let all: Vec<_> = in_sentence(&self.victims, span).collect();
        let in_name = |v: &Hit<&'static VictimEntry>| {
            v.value.civilian
                && in_sentence(&self.actors, span).any(|a| {
                    a.tokens.0 < v.tokens.0
                        && a.span.contains(v.span)
                        && ActorKind::parse(&a.value.kind).is_some_and(|k| {
                            !matches!(
                                k,
                                ActorKind::Civilians | ActorKind::Protesters | ActorKind::Rioters
                            )
                        })
                })
        };
        let adjective = |v: &Hit<&'static VictimEntry>| {
            v.value.group.ends_with(NATIONALS)
                && all.iter().any(|w| {
                    w.tokens.1 == v.tokens.0 && !w.value.civilian && w.value.group != PEOPLE_GROUP
                })
        };
        all.iter()
            .copied()
            .filter(|v| !in_name(v) && !adjective(v))
            .collect()
    }

    fn sentence_incident(
        &self,
        si: usize,
        sentence: Span,
        span: Span,
        told: &[&str],
    ) -> Option<Candidate> {
        let doc = self.doc;
        // irrealis cues (pledges, threats, plans) silence the triggers after them
        let irrealis_from = in_sentence(&self.cues, span)
            .filter(|m| m.value == Cue::Irrealis)
            .map(|m| m.span.start)
            .min()
            .unwrap_or(usize::MAX);
        let triggers: Vec<&Hit<&'static Trigger>> = in_sentence(&self.triggers, span)
            .filter(|m| m.span.start < irrealis_from)
            .collect();
        // an aircraft or a vehicle one travels on ("وصلت الجثامين على متن طائرة عسكرية") is
        // no means of attack
        // nor one that carries the dead or the wounded ("نقل 8 مصابين بطائرة الإخلاء الطبي"),
        // nor one named for carrying them, a word of carrying right after it ("طائرة الإخلاء",
        // "مروحية إسعاف")
        let aboard = |m: &Hit<&'static Trigger>| {
            self.cue_at_token(m.tokens.0, Cue::Means)
                && (m.tokens.0 > 0 && self.cue_at_token(m.tokens.0 - 1, Cue::Aboard)
                    || self.cue_at_token(m.tokens.1, Cue::Transfer)
                    || self.carried(m.tokens.0))
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
        // nor a weapon that names something ("حساب معرف باسم (حزام ناسف)"): a word of naming
        // right before it, at most brackets or quotes between
        let named = |m: &Hit<&'static Trigger>| {
            weapon(m)
                && (0..m.tokens.0)
                    .rev()
                    .find(|&i| doc.tokens[i].kind != TokenKind::Punct)
                    .is_some_and(|i| self.cue_at_token(i, Cue::Named))
        };
        let mut events: Vec<_> = triggers
            .iter()
            .filter(|m| {
                m.value.role == Role::Event
                    && m.value.sub_event_type.is_some()
                    && !aboard(m)
                    && !seized(m)
                    && !named(m)
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
        // the report says nobody was hurt or died ("ولم يصب أحد بأذى": nobody killed either)
        // ("لم يؤد إلى خسائر بشرية": nobody either; "دون خسائر في الأرواح": nobody killed)
        let no_injuries = (self.denied(&triggers, Role::Injure))
            .or_else(|| self.no_losses(span, &triggers, Cue::Losses));
        let no_deaths = (self.denied(&triggers, Role::Kill).or(no_injuries))
            .or_else(|| self.no_losses(span, &triggers, Cue::Lives));

        // the incident's type: the strongest event trigger, else from deaths/injuries; a word
        // told as support ("سيطرت على البلدة بدعم من طائرات التحالف") is not the act while
        // another event word is
        let support = |m: &Hit<&'static Trigger>| {
            (m.tokens.0.saturating_sub(SUPPORT_WORDS)..m.tokens.0)
                .any(|i| self.cue_at_token(i, Cue::Support))
                // or joined by «و» to a list the cue opens ("بمساندة الحشد الشعبي والطيران
                // العسكري"), with no punctuation between
                || self.in_support_list(m.tokens.0)
                // a campaign against a side ("والمعركة ضد تنظيم داعش") is no incident's word
                || self.cue_at_token(m.tokens.0, Cue::Campaign)
        };
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
        // nor is a word of the ongoing backdrop ("قتل أربعة شرطيين في انفجار قنبلة، في وقت
        // يستمر القصف الجوي", "قتل سبعة مسلحين في غارة جوية بينما تستمر المعارك"): at most
        // [`BACKDROP_WORDS`] words after a `backdrop` cue right after an `amid` one, no
        // punctuation between, while the part tells another event word before it that is
        // neither support nor backdrop ("قتلوا في تكثيف للقصف الجوي" is the act, and so is the
        // battle of "في ظل استمرار المعارك لاستعادة السيطرة على القاعدة": the word after it
        // tells its aim)
        let backdrop = |m: &Hit<&'static Trigger>| {
            (m.tokens.0.saturating_sub(BACKDROP_WORDS)..m.tokens.0)
                .rev()
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                .any(|i| {
                    i > 0
                        && self.cue_at_token(i, Cue::Backdrop)
                        && self.cue_at_token(i - 1, Cue::Amid)
                })
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
        let main = events
            .iter()
            .filter(|m| !killed_with_support && (acts == 0 || !support(m)))
            .filter(|m| fresh == 0 || !before_act(m))
            .filter(|m| foreground == 0 || !backdrop(m))
            .max_by(|a, b| {
                a.value
                    .priority
                    .cmp(&b.value.priority)
                    .then(b.span.start.cmp(&a.span.start))
            });
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
        if !domain.is_empty()
            && main.is_none_or(|m| {
                m.value.priority < STRONG_PRIORITY
                    || pyrotechnic(m)
                    || (self.cue_at_token(m.tokens.0, Cue::Means)
                        && m.value.sub_event_type.as_deref() == Some(AIR_STRIKE))
                    || domain.iter().any(|d| d.overlaps(m.span))
            })
        {
            return None;
        }

        // a death or an injury told in a clause with no event word of its own takes no type
        // from the event words of another clause of its part ("فيما أكدت مصادر مصرع القيادي ...
        // أمس، لم يجد المحافظ ... بعد أن ضيقت عليهم الخناق غارات التحالف"): a bare death
        let main = main.filter(|_| {
            let mut hurt = (kills.iter().chain(&injures))
                .map(|h| h.tokens.0)
                .peekable();
            hurt.peek().is_none()
                || !hurt
                    .all(|k| (events.iter()).all(|e| self.death_clause_apart(span, k, e.tokens.0)))
        });

        let Counts {
            kills: mut kill_pieces,
            injuries: injury_pieces,
            mut victims,
            armed_victims,
            civilian_victims,
            people_only,
        } = self.counts(
            span,
            &triggers,
            &kills,
            &injures,
            &victim_matches,
            main.map(|m| **m),
        );
        // (figures of another clause told before the event word: another act's dead)
        if let Some(m) = main {
            self.other_clause_before(m, &mut kill_pieces);
        }
        let (
            mut trigger_span,
            mut event_type,
            mut sub_event_type,
            mut plover_event,
            mut plover_mode,
            mut priority,
        ) = match main {
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
        // a destruction that kills or wounds people ("أحرق مستوطنون منزلا ... ما أدى إلى مقتل
        // رضيع") is an attack on them, not a Strategic development
        if event_type == rasd_core::STRATEGIC
            && sub_event_type == rasd_core::LOOTING
            && (!kill_pieces.is_empty()
                || !injury_pieces.is_empty()
                || !kills.is_empty()
                || !injures.is_empty())
        {
            event_type = rasd_core::VAC.into();
            sub_event_type = "Attack".into();
            plover_event = "ASSAULT".into();
            plover_mode = None;
        }
        let (mut actor1, mut actor2) = self.actors(span, trigger_span, civilian_victims);
        // a place is taken from the side told after the change ("بتحرير مدينة عدن من
        // الميليشيات الحوثية"): that side is driven out, not the taker
        if territory_change(&sub_event_type)
            && actor1
                .as_ref()
                .is_some_and(|a| self.driven_out(a, trigger_span))
        {
            std::mem::swap(&mut actor1, &mut actor2);
            // (a second side driven out with it, "تحرير مدينة عدن من الحوثيين والقوات الموالية
            // للرئيس السابق", is no taker either: the text names none)
            if actor1
                .as_ref()
                .is_some_and(|a| self.driven_out(a, trigger_span))
            {
                actor1 = None;
            }
        }
        // a definite noun of an armed group as the subject of the word of taking ("وكان التنظيم
        // سيطر على كامل بلدة مهين ... بعد اشتباكات مع قوات الأسد") is the taker: the group
        // the story named last, not the side the clause after it names
        if territory_change(&sub_event_type) {
            if let Some(taker) = self.group_subject(span, trigger_span) {
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
        // a bare word of bombardment ("قصفت", "القصف") by a coalition that strikes from the
        // air ("أعلن أن التحالف قصف مواقع للمتمردين") is an air strike: such a side fires no
        // guns of its own there (ACLED); a weapon named ("قصف مدفعي", "البوارج") stays its own
        if sub_event_type == SHELLING
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
            sub_event_type = AIR_STRIKE.into();
            plover_mode = Some("aerial".into());
        }
        // a generic word of attack whose subject right after it is an aircraft ("واستهدف
        // الطيران مواقع وتعزيزات عسكرية"): the aircraft struck, an air strike
        if sub_event_type == rasd_core::ATTACK
            && plover_mode.is_none()
            && priority <= crate::merge::GENERIC_PRIORITY
            && main.is_some_and(|m| self.cue_at_token(m.tokens.1, Cue::Aircraft))
        {
            event_type = rasd_core::EXPLOSIONS.into();
            sub_event_type = AIR_STRIKE.into();
            plover_mode = Some("aerial".into());
        }
        let armed_target = armed_victims || armed(&actor2);
        // attacks on armed forces are battles; generic attacks on civilians are attacks
        // persons told with no word of who they were, hit in an attack on an armed side ("خمسة
        // من أفرادها قتلوا وأصيب خمسة آخرون أثناء هجومهم على ثكنات داعش"), are no civilians
        let civilians = civilian_victims && !(people_only && armed(&actor2));
        if attack_on_armed(&sub_event_type, armed_target, civilians) {
            event_type = rasd_core::BATTLES.into();
            sub_event_type = rasd_core::ARMED_CLASH.into();
        } else if sub_event_type == rasd_core::ARMED_CLASH
            && priority <= 30
            && civilian_victims
            && !armed_victims
        {
            event_type = rasd_core::VAC.into();
            sub_event_type = "Attack".into();
        }
        // a firing that the other side answers in its sentence part ("فتحا النار ... على مبنى
        // القنصلية ...، وعلى الفور قام أفراد الشرطة بالرد عليهما بالمثل"), or told with a verb of
        // exchanging a few words before it in its clause ("تبادلت القوات الهندية والباكستانية
        // إطلاق النار"), is an exchange of fire: an armed clash, as told at once ("تبادل إطلاق
        // النار"), and as strong a word
        let fire_returned = sub_event_type == rasd_core::ATTACK
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
            event_type = rasd_core::BATTLES.into();
            sub_event_type = rasd_core::ARMED_CLASH.into();
            priority = priority.max(CLASH_PRIORITY);
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
        if sub_event_type == rasd_core::ARMED_CLASH
            && main
                .is_some_and(|m| m.value.sub_event_type.as_deref() == Some(rasd_core::ARMED_CLASH))
            && (crowd(&actor1) || crowd(&actor2) || civilian_side)
        {
            event_type = rasd_core::RIOTS.into();
            sub_event_type = rasd_core::VIOLENT_DEMONSTRATION.into();
            plover_event = "PROTEST".into();
            plover_mode = Some("riot".into());
        }
        // who takes a place decides the kind of change: a state's forces regain it, a rebel
        // or a militia overtakes it (ACLED), whatever word tells it ("تحرير", "سيطرت")
        if let Some(kind) = territory_taken_by(&sub_event_type, &actor1) {
            sub_event_type = kind.into();
        }
        // a militia that takes a place together with a state's forces, the two joined by «و»
        // ("سيطر مقاتلو المقاومة الشعبية والجيش الوطني على مبنى المحافظة"), fights on the
        // government's side: the government regains it (ACLED: its forces or their affiliates)
        if sub_event_type == NON_STATE_OVERTAKES && self.allies_with_state(&actor1, &actor2) {
            sub_event_type = GOVERNMENT_REGAINS.into();
        }
        // a word of taking whose object is arms or vehicles ("سيطرت المقاومة على أربع دبابات
        // للمسلحين") took no ground: the spoils of a fight, an armed clash
        if territory_change(&sub_event_type)
            && main.is_some_and(|m| {
                (m.tokens.1..m.tokens.1 + SPOILS_WORDS)
                    .map_while(|i| doc.tokens.get(i).map(|t| (i, t)))
                    .take_while(|(_, t)| t.kind != TokenKind::Punct)
                    .find(|&(i, t)| self.cue_at_token(i, Cue::Spoils) || t.clitics.contains(&"و"))
                    .is_some_and(|(i, _)| self.cue_at_token(i, Cue::Spoils))
            })
        {
            event_type = rasd_core::BATTLES.into();
            sub_event_type = rasd_core::ARMED_CLASH.into();
        }
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
            event_type == rasd_core::EXPLOSIONS
                && events.iter().any(|m| {
                    m.value.event_type.as_deref() == Some(rasd_core::EXPLOSIONS)
                        && m.span.end <= clash.start
                        && !self.cue_at_token(m.tokens.0, Cue::Means)
                        && !support(m)
                })
        };
        let told_apart = |clash: Span| {
            (sub_event_type == AIR_STRIKE || act_told(clash))
                && trigger_span.end <= clash.start
                && doc
                    .tokens_in(Span::new(trigger_span.end, clash.start))
                    .any(|t| doc.tokens[t].kind == TokenKind::Punct)
                && ((self.place(span, trigger_span, false).location)
                    .is_none_or(|l| l.span[1] <= clash.start)
                    // (an act told with a town of its own before the clash: "عربة عسكرية قرب
                    // بلدة أمعين ... في انفجار عبوة ناسفة، وتستمر المواجهات")
                    || act_told(clash)
                        && starting_in(&self.places, |m| m.span.start, span)
                            .iter()
                            .any(|m| span.contains(m.span) && m.span.end <= trigger_span.start))
        };
        let explicit_clash = events.iter().find(|m| {
            m.value.sub_event_type.as_deref() == Some(rasd_core::ARMED_CLASH)
                && m.value.priority >= 40
                && !support(m)
                && (foreground == 0 || !backdrop(m))
        });
        if let Some(clash) = explicit_clash {
            if armed(&actor1)
                && armed_target
                && event_type == rasd_core::EXPLOSIONS
                && !told_apart(clash.span)
            {
                event_type = rasd_core::BATTLES.into();
                sub_event_type = rasd_core::ARMED_CLASH.into();
                trigger_span = clash.span;
                plover_mode = clash.value.plover_mode.clone();
                priority = clash.value.priority;
            }
        }

        let mut place = self.place(span, trigger_span, territory_change(&sub_event_type));
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
        .or_else(|| self.place_of_lead(span, &event_type))
        // an incident named again with a definite noun, the town of the sentence before
        .or_else(|| {
            // (a part that names a country or a province at best may take the town of the
            // sentence before without a definite noun)
            let country_at_best = (place.location.as_ref()).is_none_or(|l| l.precision >= Some(3));
            self.place_of_previous(span, main.map(|m| &***m), &event_type, country_at_best)
        })
        // an incident of the lead, the title's town
        .or_else(|| self.place_of_title(span, &event_type));
        if place.location.is_none() {
            place.location = country_of_actors([&actor1, &actor2]);
        }

        let definite = main.is_some_and(|m| self.anaphor_at(m.tokens.0));
        let ordinal = main.is_some_and(|m| {
            self.doc.sentence_of_token(m.tokens.1) == Some(si)
                && self.cue_at_token(m.tokens.1, Cue::Ordinal)
        });
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
        // an incident named again with a definite word and no place of its own takes no day
        // from the story told before it (it refers back to an incident told with its own day),
        // nor the day somebody spoke of it ("لمحت السلطات، أمس، إلى تورط إيران في التفجير الذي
        // وقع في سترة"); one with a place of its own is a new incident ("وتبنى التنظيم العملية
        // الانتحارية في الدبس")
        let refers_back = definite && place.key.is_none() && kills.is_empty() && injures.is_empty();
        let date = self
            .incident_date(span, trigger_span)
            .filter(|(d, inherited)| !(refers_back && *inherited || definite && self.said(d)))
            // (the story's day of another front told before: `day_of_another_front`)
            .filter(|(d, inherited)| {
                !(*inherited
                    && self.day_of_another_front(d, &place, referred.as_ref(), &event_type, span))
            });
        let reaction_day = date.as_ref().is_some_and(|(d, inherited)| {
            !inherited
                && (self.condemned_day(d, trigger_span)
                    || self.carried_day(d, trigger_span)
                    || self.sequel_day(d, trigger_span))
        });
        let said_day = date.as_ref().is_some_and(|(d, _)| self.said(d));
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
        // (a firing answered, an armed clash, is also of the kind of its firing word: a day told
        // with an attack's word is its own, "قامت مساء الخميس بعملية استباقية" before "محاولته
        // إطلاق النار تجاه الأمن الذي بادله إطلاق النار")
        let other_kind_day = date.as_ref().is_some_and(|(d, inherited)| {
            *inherited
                && self.day_of_other_kind(d, &event_type)
                && (!fire_returned || self.day_of_other_kind(d, rasd_core::VAC))
        });
        let features = self.features(
            span,
            &triggers,
            main.map(|m| ***m),
            (&kill_pieces, !kills.is_empty()),
            (&injury_pieces, !injures.is_empty()),
            &place.location,
            date.as_ref().is_some_and(|(_, inherited)| !inherited),
            (actor1.is_some(), actor2.is_some() || !victims.is_empty()),
            irrealis_from != usize::MAX,
        );
        let (elsewhere, elsewhere_victims) = if place.location.is_some() {
            self.split_elsewhere(span, &triggers, &mut kill_pieces, &mut victims)
        } else {
            (Vec::new(), Vec::new())
        };
        // (or "أصيب علاونة في صدره ... ولكنه توفي متأثرا بإصابته": the wounds told without a
        // figure in a part that tells a death of wounds are the dead's)
        let of_wounds = || {
            let first = self.doc.token_at(span.start);
            let last = self.doc.last_token(span);
            first
                .zip(last)
                .is_some_and(|(a, b)| (a..=b).any(|i| self.cue_at_token(i, Cue::OfWounds)))
        };
        let wound_of_dead = injury_pieces.is_empty()
            && !kills.is_empty()
            && !injures.is_empty()
            && (injures.iter().all(|t| self.own_wound(t)) || of_wounds());
        Some(Candidate {
            sentence: si,
            first_sentence: si,
            sentence_span: sentence,
            trigger_span,
            event_type,
            sub_event_type,
            plover_event,
            plover_mode,
            priority,
            has_event_trigger: main.is_some(),
            definite,
            ordinal,
            also,
            meanwhile,
            quoted: main.is_some_and(|m| self.doc.in_quotation(m.tokens.0)),
            kills: kill_pieces,
            absorbed_kills: Vec::new(),
            absorbed_injuries: Vec::new(),
            elsewhere,
            elsewhere_victims,
            kill_word: kills
                .iter()
                .find(|m| !self.killing_among_harms(m, &victim_matches))
                .map(|m| m.span),
            injuries: injury_pieces,
            // "استشهاد الرقيب بعد إصابته بمقذوف": a word of injury with the pronoun of one
            // person, told with a death and no figure of the wounded, is the wound of the dead
            injury_word: injures.first().map(|m| m.span).filter(|_| !wound_of_dead),
            no_deaths,
            no_injuries,
            victims,
            actor1,
            actor2,
            place,
            referred,
            date,
            armed_victims,
            civilian_victims,
            sequel: false,
            cause: false,
            reason: None,
            features,
            score: 0.0,
            status: rasd_core::Status::Incident,
            status_cue: None,
            mentions: Vec::new(),
            list_place: None,
            listed: false,
            reaction_day,
            said_day,
            condemned,
            several,
            several_told,
            other_kind_day,
            aimed: main.is_some_and(|m| self.cue_at_token(m.tokens.0, Cue::Aim)),
        })
    }
}

impl Context<'_> {
    /// Whether the word of death `m` names killing among other harms, no death: joined by «و»
    /// to a verbal noun of another harm right after it ([`Cue::Harm`]: "أدت إلى مقتل وتدمير
    /// البلاد", "أوغلوا في القتل والتدمير"), with no figure nor victim right after that noun
    /// ("مقتل وتعذيب مدنيين" still counts some), or told as crimes ([`Cue::Crimes`]: "جرائم
    /// قتل") with no figure nor victim after it. Read only for a word of death that no figure
    /// counts (the "at least one" of a bare word).
    fn killing_among_harms(
        &self,
        m: &Hit<&'static Trigger>,
        victim_matches: &[&Hit<&'static VictimEntry>],
    ) -> bool {
        let doc = self.doc;
        let i = m.tokens.1;
        let joined = doc.tokens.get(i).is_some_and(|t| t.clitics.contains(&"و"));
        let counted_after = |j: usize| {
            self.in_number.get(j) == Some(&true)
                || doc.tokens.get(j).is_some_and(|t| {
                    t.kind == TokenKind::Number || rasd_text::is_singular_person(t.stem())
                })
                || victim_matches.iter().any(|v| v.tokens.0 == j)
        };
        // "جرائم قتل", "ارتكابه لجرائم القتل": crimes of killing are a kind of crime, unless a
        // figure or a victim follows
        let crimes = m.tokens.0 > 0 && self.cue_at_token(m.tokens.0 - 1, Cue::Crimes);
        (joined && self.cue_at_token(i, Cue::Harm) && !counted_after(i + 1))
            || (crimes && !counted_after(i))
    }
}

/// How many words before a firing word a verb of exchanging may stand ("تبادلت القوات الهندية
/// والباكستانية إطلاق النار").
const EXCHANGE_WORDS: usize = 4;
/// The priority of the bare words of a clash ("مواجهات", "اشتباكات").
const CLASH_PRIORITY: i32 = 40;
/// The PLOVER mode of the words of shooting ("إطلاق نار", "الرصاص").
const FIREARMS: &str = "firearms";

/// An incident said to be like `prev` ("مماثل") takes its kind, when its own words give a
/// weaker one (a death, a generic attack) and `prev` was told with a word of its event.
fn take_kind_of(c: &mut Candidate, prev: &Candidate) {
    if c.priority < prev.priority && prev.has_event_trigger {
        c.event_type = prev.event_type.clone();
        c.sub_event_type = prev.sub_event_type.clone();
        c.plover_event = prev.plover_event.clone();
        c.plover_mode = prev.plover_mode.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::StoryEvidence;
    use proptest::prelude::*;
    use rasd_text::Span;

    proptest! {
        /// The binary search finds the span a scan in gathering order finds (the first of the
        /// nearest), on overlapping, nested and repeated spans.
        #[test]
        fn story_evidence_finds_the_nearest_span_as_a_scan_does(
            raw in prop::collection::vec((0usize..200, 1usize..12), 1..40),
            at in 0usize..220,
            len in 1usize..6,
        ) {
            let spans: Vec<Span> = raw.iter().map(|&(s, l)| Span::new(s, s + l)).collect();
            let trigger = Span::new(at, at + len);
            let scan = spans.iter().copied().min_by_key(|s| trigger.gap(*s));
            let ev = StoryEvidence::new("IQ".into(), spans.iter().copied());
            prop_assert_eq!(ev.nearest(trigger), scan);
        }
    }
}
