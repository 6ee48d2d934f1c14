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
use crate::slots::places::Place;

mod crowd;
mod fight;
mod kind;
mod segments;
mod telling;
mod victim_list;
mod words;

use kind::{Kind, VictimKinds};
use telling::{Dating, Telling};
pub use victim_list::VictimList;
use words::Words;

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
    /// The event word is a doer in the singular followed by "another" ([`Cue::Doer`]:
    /// "مفجرا انتحاريا آخر"): one more doer, of the act the doers told before carried out.
    pub another_doer: bool,
    /// The event word names the act's doers in the dual or the plural ([`Cue::Doers`]: "هاجم
    /// انتحاريان حمام سباحة").
    pub doers: bool,
    /// Its sentence opens on a word that adds another act to those told before it
    /// ([`Cue::Also`]: "كما أقدمت الميليشيا على اختطاف ..."), with an event word without the
    /// article, not a battle's: not the account of one told before.
    pub also: bool,
    /// Its sentence opens on a phrase of "meanwhile" ([`Cue::Meanwhile`]: "وفي هذه الأثناء
    /// استمر انقطاع الاتصالات ... بعد قصف الحوثيين لمبنى الاتصالات"), and its event word has no
    /// article: another act at that time, not the retelling of one told before it.
    pub meanwhile: bool,
    /// Its sentence opens on a phrase that turns the story to another matter ([`Cue::Aside`]:
    /// "وفي سياق آخر، نفذت المقاومة الشعبية هجوماً استهدف دورية"), and its event word has no
    /// article: another incident, not the account of one told before it.
    pub aside: bool,
    /// The event word stands inside a quotation (`Document::in_quotation`): somebody's words,
    /// a witness's or an official's.
    pub quoted: bool,
    /// Its sentence is the report's headline: the first, a line of its own with no full stop
    /// (`merge/headline.rs`), not the opening sentence of a text with no title.
    pub headline: bool,
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
    /// The kill word is a noun of the dead (`corpse` and `name_tail` cues: "جثث", "الشهداء"):
    /// told of the incident's dead even far from its account.
    pub kill_noun: bool,
    pub injuries: Vec<CountPiece>,
    pub injury_word: Option<Span>,
    /// The words saying nobody died ("دون أن تسفر عن سقوط قتلى", "ولم يصب أحد بأذى"): with no
    /// death told, the record's fatalities are an explicit 0.
    pub no_deaths: Option<Span>,
    /// The words saying nobody was hurt: with no injury told, the record's injuries are 0.
    pub no_injuries: Option<Span>,
    pub victims: VictimList,
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
    /// Its date is the story's day told in an earlier paragraph
    /// (`Context::day_of_earlier_paragraph`): a looser day than one its own paragraph tells.
    pub parted_day: bool,
    /// The story's day told before it was left out as another act's at another front
    /// (`Context::day_of_other_act_elsewhere`): a later mention of it takes no day inherited
    /// from the story either (`merge`).
    pub elsewhere_day: bool,
    /// Its event word is a verb or noun of aiming ([`Cue::Aim`]: "استهداف", "استهدفت"): a
    /// targeting that names no means (`merge::generic::retype_targeting`).
    pub aimed: bool,
    /// The keys of every place its sentence part names, chosen or not (and those of the
    /// mentions merged into it): a place the story told the incident at, though the record
    /// was placed at another ("وقع هجوم انتحاري في سوق غامبورو (في مايدوغوري)" names both),
    /// read by `merge::generic::retype_means`.
    pub part_places: Vec<String>,
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
    a.as_ref().is_some_and(|a| a.kind.is_armed())
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
        } else if let Some((from, t)) = self.seg_and_trigger(c, seg) {
            // (an interval of a vague length before the trigger: no day)
            if (from..t).any(|i| self.vague_interval_at(i)) {
                self.undate(c);
            }
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
                        && ActorKind::parse(&a.value.kind).is_some_and(ActorKind::is_armed)
                })
        };
        let adjective = |v: &Hit<&'static VictimEntry>| {
            v.value.group.ends_with(NATIONALS)
                && all.iter().any(|w| {
                    w.tokens.1 == v.tokens.0 && !w.value.civilian && w.value.group != PEOPLE_GROUP
                })
        };
        // nor a nationality with the article right after a noun of the dead with the article
        // ("معاملة الشهيد السعودي", "القتيل الأميركي"): the dead's adjective, who were told by
        // the other words (a rank, "الشهيد الرقيب أول"), no civilians by itself
        let definite = |i: usize| self.doc.tokens[i].clitics.contains(&"ال");
        let of_the_dead = |v: &Hit<&'static VictimEntry>| {
            v.value.group.ends_with(NATIONALS)
                && definite(v.tokens.0)
                && in_sentence(&self.triggers, span).any(|k| {
                    k.value.role == Role::Kill
                        && k.tokens.1 == v.tokens.0
                        && k.tokens.1 == k.tokens.0 + 1
                        && definite(k.tokens.0)
                })
        };
        all.iter()
            .copied()
            .filter(|v| !in_name(v) && !adjective(v) && !of_the_dead(v))
            .collect()
    }

    fn sentence_incident(
        &self,
        si: usize,
        sentence: Span,
        span: Span,
        told: &[&str],
    ) -> Option<Candidate> {
        let (triggers, irrealis_from) = self.part_triggers(span);
        let words = self.part_words(span, told, &triggers)?;
        // the report says nobody was hurt or died ("ولم يصب أحد بأذى": nobody killed either)
        // ("لم يؤد إلى خسائر بشرية": nobody either; "دون خسائر في الأرواح": nobody killed)
        let no_injuries = (self.denied(&triggers, Role::Injure))
            .or_else(|| self.no_losses(span, &triggers, Cue::Losses));
        let no_deaths = (self.denied(&triggers, Role::Kill).or(no_injuries))
            .or_else(|| self.no_losses(span, &triggers, Cue::Lives));

        // the incident's type: the strongest event trigger, else from deaths/injuries
        let (main, foreground) = self.main_event(&words);
        if self.outside_domain(span, &words.events, main) {
            return None;
        }
        let Words {
            events,
            kills,
            injures,
            victim_matches,
        } = &words;

        // a death or an injury told in a clause with no event word of its own takes no type
        // from the event words of another clause of its part ("فيما أكدت مصادر مصرع القيادي ...
        // أمس، لم يجد المحافظ ... بعد أن ضيقت عليهم الخناق غارات التحالف"): a bare death
        let main = main.filter(|_| {
            let mut hurt = (kills.iter().chain(injures)).map(|h| h.tokens.0).peekable();
            hurt.peek().is_none()
                || !hurt
                    .all(|k| (events.iter()).all(|e| self.death_clause_apart(span, k, e.tokens.0)))
        });

        let Counts {
            kills: mut kill_pieces,
            injuries: mut injury_pieces,
            mut victims,
            armed_victims,
            civilian_victims,
            people_only,
        } = self.counts(
            span,
            &triggers,
            kills,
            injures,
            victim_matches,
            main.copied(),
        );
        // (figures of another clause told before the event word: another act's dead)
        if let Some(m) = main {
            self.other_clause_before(m, &mut kill_pieces);
        }
        let mut kind = Kind::of(main.copied(), &words)?;
        self.bomber_himself(main.copied(), &mut kind);
        let hurt = !kill_pieces.is_empty()
            || !injury_pieces.is_empty()
            || !kills.is_empty()
            || !injures.is_empty();
        kind.destruction_of_people(hurt);
        self.taking_before_battle(span, main.copied(), events, &mut kind);
        self.taking_with_captives(span, main.copied(), events, &mut kind);
        self.arrests_at_protest(main.copied(), events, &mut kind);
        self.protester_killed(kills, victim_matches, &mut kind);
        let (actor1, actor2) = self.part_sides(span, &kind, civilian_victims);
        self.retype_from_air(si, span, main.copied(), &actor1, &mut kind);
        self.blast_of_strikes(si, span, main.copied(), &mut kind);
        self.targeting_of_strikes(si, span, main.copied(), &actor1, &mut kind);
        let armed_target = armed_victims
            || armed(&actor2)
            || self.attack_on_post(span, main.copied(), &kind)
            || self.repelled_attack(span, main.copied(), &kind);
        let victim_kinds = VictimKinds {
            armed_victims,
            civilian_victims,
            people_only,
        };
        let fire_returned = self.retype_by_sides(
            span,
            main.copied(),
            (&actor1, &actor2),
            &victim_kinds,
            armed_target,
            &mut kind,
        );
        // (victims told as hit, not any victim noun: "خط الأنابيب العراقي" names nobody)
        self.attack_on_property(
            span,
            main.copied(),
            hurt || civilian_victims || armed_victims || armed_target || actor2.is_some(),
            &mut kind,
        );
        self.retype_explicit_clash(span, events, foreground, &actor1, armed_target, &mut kind);
        self.small_arms_with_shelling(
            main.copied(),
            events,
            &actor1,
            (armed_target, civilian_victims),
            &mut kind,
        );
        self.shelling_amid_battle(span, main.copied(), civilian_victims, &mut kind);
        let (place, referred) = self.part_place(span, main.copied(), &kind, (&actor1, &actor2));
        // ("وخمسة شهداء بقرية أرنبة" in a list of tolls each at its own place: that place's)
        let (kills_elsewhere, injuries_elsewhere) = match &place.location {
            Some(l) => self.tolls_at_places(span, l.span[0], &mut kill_pieces, &mut injury_pieces),
            None => (false, false),
        };
        let Telling {
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
        } = self.part_telling(si, main.copied(), &kind);
        // an incident named again with a definite word and no place of its own takes no day
        // from the story told before it (it refers back to an incident told with its own day),
        // nor the day somebody spoke of it ("لمحت السلطات، أمس، إلى تورط إيران في التفجير الذي
        // وقع في سترة"); one with a place of its own is a new incident ("وتبنى التنظيم العملية
        // الانتحارية في الدبس")
        let refers_back = definite && place.key.is_none() && kills.is_empty() && injures.is_empty();
        let Dating {
            date,
            reaction_day,
            said_day,
            other_kind_day,
            parted_day,
            elsewhere_day,
        } = self.part_date(
            span,
            &kind,
            definite,
            refers_back,
            (&place, referred.as_ref()),
            fire_returned,
        );
        let Kind {
            trigger_span,
            event_type,
            sub_event_type,
            plover_event,
            plover_mode,
            priority,
        } = kind;
        let features = self.features(
            span,
            &triggers,
            main.map(|m| **m),
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
        // "أول ضربة جوية مميتة": an adjective of deadliness right after the event word tells
        // some dead, when nothing else in the part counts them; not after a plural in "ات", with
        // its pronoun or not ("شن هجمات دامية", "العمليات الإرهابية الدامية", "هجماتها
        // الدامية"): a series of acts, not one's toll
        let plural = |m: &&&Hit<&'static Trigger>| {
            rasd_text::has_feminine_plural_ending_or_pronoun(&self.doc.tokens[m.tokens.0].key)
        };
        let deadly = main
            .filter(|m| !plural(m))
            .map(|m| m.tokens.1)
            .filter(|&i| {
                kill_pieces.is_empty()
                    && i < self.doc.tokens.len()
                    && self.cue_at_token(i, Cue::Deadly)
            })
            .map(|i| self.doc.tokens[i].span);
        let kill_word = kills
            .iter()
            .filter(|_| !kills_elsewhere)
            .find(|m| !self.killing_among_harms(m, victim_matches))
            .map(|m| m.span)
            .or(deadly);
        // (a noun of the dead: a body, a martyr, "جثث", "الشهداء")
        let kill_noun = kill_word
            .and_then(|w| self.doc.token_at(w.start))
            .is_some_and(|t| {
                self.cue_at_token(t, Cue::Corpse) || self.cue_at_token(t, Cue::NameTail)
            });
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
            another_doer,
            doers,
            also,
            meanwhile,
            aside,
            quoted: main.is_some_and(|m| self.doc.in_quotation(m.tokens.0)),
            headline: si == 0 && self.headline_line(sentence),
            kills: kill_pieces,
            absorbed_kills: Vec::new(),
            absorbed_injuries: Vec::new(),
            elsewhere,
            elsewhere_victims,
            kill_word,
            kill_noun,
            injuries: injury_pieces,
            // "استشهاد الرقيب بعد إصابته بمقذوف": a word of injury with the pronoun of one
            // person, told with a death and no figure of the wounded, is the wound of the dead
            injury_word: (injures.first().map(|m| m.span))
                .filter(|_| !wound_of_dead && !injuries_elsewhere),
            no_deaths,
            no_injuries,
            victims: victims.into(),
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
            parted_day,
            elsewhere_day,
            aimed: main.is_some_and(|m| self.cue_at_token(m.tokens.0, Cue::Aim)),
            part_places: starting_in(&self.places, |p| p.span.start, span)
                .iter()
                .filter(|p| span.contains(p.span))
                .map(crate::slots::places::place_key)
                .collect(),
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
