//! Places: the incident's place among the geocoded place mentions of its sentence part (ranked
//! by specificity, cue words, datelines and speakers), else the country of its actors or of the
//! whole story.

use rasd_core::{Actor, ActorKind, Location};
use rasd_lexicon::Role;
use rasd_text::{Span, TokenKind};

use crate::lexicon::Cue;
use crate::mention::{starting_in, Context, StoryEvidence};

mod clauses;
mod finer;
mod hometown;
mod lists;
mod referred;
mod speaker;
mod state;
mod story;
mod territory;
mod timed;

pub(crate) use story::country_of_actors;

/// How much a place told relative to a direction or a distance ranks below the others ("شمال
/// شرق بغداد", "60 كيلومترا شمال عدن").
const RELATIVE_PENALTY: f32 = 2.5;
/// How much a place told as only near ("قرب مدينة اعزاز") ranks below the others.
const NEAR_PENALTY: f32 = 1.0;
/// How much a place told as where the attackers set off from or passed through ranks below the
/// others ([`Context::route_from`]).
const ROUTE_PENALTY: f32 = 3.0;
/// How much a place told as where the speaker is ranks below the others.
const SPEAKER_PENALTY: f32 = 3.0;
/// How many words the subject of a verb of saying or condemning may run before the speaker's
/// place ("واستنكر سكرتير المجلس البلدي لمحافظة القطيف").
const SPEAKER_WORDS: usize = 6;
/// How many chars before a place a verb of saying or condemning whose subject names it may start.
const SPEAKER_CHARS: usize = 60;
/// How many words the subject of a verb of condemning may run before the condemners' place (a
/// body's name: "أدانت الجمعية الخيرية لتحفيظ القرآن الكريم في منطقة الرياض").
const CONDEMNER_WORDS: usize = 10;
/// How many chars before a place a verb of condemning whose subject names it may start.
const CONDEMNER_CHARS: usize = 100;
/// How many words after a place a noun of condolence makes it the place of those who offer them.
const CONDOLE_WORDS: usize = 3;
/// How many words before a place a word of a funeral makes it the funeral's place.
const FUNERAL_WORDS: usize = 30;
/// How many words before a word of a funeral an act of violence makes the funeral its target.
const TARGET_WORDS: usize = 4;

/// Whether a place mention is told as where somebody spoke or where the report was filed.
struct Told {
    speaker: bool,
    dateline: bool,
}

impl Told {
    fn any(&self) -> bool {
        self.speaker || self.dateline
    }
}

/// How a place mention stands to the verbs of saying around it.
struct Speech {
    /// A verb of saying follows within two words, in its sentence ("واشنطن تصف ...", "وفي
    /// مدريد، قال").
    verb_next: bool,
    /// That verb follows with only words between: not a dateline's dash ("الموصل ـ رويترز").
    verb_next_plain: bool,
    /// A country, city or province right after a verb of saying ("أعلنت واشنطن أن ...").
    after_verb: bool,
}

impl Context<'_> {
    /// How likely a place mention of the sentence is the incident's place, and whether it is
    /// told as where somebody spoke of it or where the report was filed ([`Told`]).
    fn place_rank(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> (f32, Told) {
        let mut r = feature_rank(&p.feature);
        // "في محافظة ديالى، شمال شرق بغداد": a place after a direction word is an anchor
        let direction = after_direction(p);
        // (a place only near, with no direction, is where the incident is placed when the text
        // names nothing finer: "قرب مدينة اعزاز في ريف حلب"; a finer place it anchors, "بلدة
        // دوما قرب نابلس", still outranks it)
        if p.relative {
            r -= if direction {
                RELATIVE_PENALTY
            } else {
                NEAR_PENALTY
            };
        }
        // but a direction before a country names a part of it ("في شمال العراق")
        if direction && !p.relative && !p.region && p.feature != "country" {
            r -= 1.5;
        }
        if p.cue.is_some() {
            r += 1.0;
        }
        // "في محافظة ديالى، شمال شرق بغداد": the province that an anchor right after it locates
        // is the one the text names (a town needs no help: the anchor ranks below it anyway)
        let near = Span::new(p.span.end, p.span.end + 30);
        let located = starting_in(&self.places, |q| q.span.start, near)
            .first()
            .is_some_and(|q| {
                q.relative
                    && !starting_in(&self.triggers, |h| h.span.start, near)
                        .iter()
                        .any(|h| h.span.start < q.span.start)
            });
        if located && matches!(p.feature.as_str(), "admin1" | "admin2" | "region") {
            r += 1.5;
        }
        // where the attackers set off from or passed through ("هجوم شنته من عدن", "قادما عبر
        // منطقة X"), not where it happened
        if self.route_from(p) {
            r -= ROUTE_PENALTY;
        }
        // places after the trigger tend to be the incident's
        if p.span.start >= trigger.end {
            r += 0.3;
        }
        // where the speaker is, or where the report was filed, not where it happened (each
        // counts)
        let told = self.where_told(p, trigger);
        r -= SPEAKER_PENALTY * (u8::from(told.speaker) + u8::from(told.dateline)) as f32;
        // the geocoder's doubt about a mention (a surname, a rare village) counts against it
        (
            r + (p.score - CONFIDENT_SCORE).min(0.0) * SCORE_WEIGHT,
            told,
        )
    }

    /// Whether a place mention is told as where somebody spoke of the incident ("وفي مدريد قال
    /// متحدث ...", "أعلنت واشنطن", "استنكر علماء ووجهاء محافظة القطيف الجريمة ...") or where the
    /// report was filed (a dateline), not where it happened.
    fn where_told(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> Told {
        // where the speaker is ("وفي مدريد قال متحدث ..."), not where it happened
        let Speech {
            verb_next: speaker_next,
            after_verb: speaker_before,
            ..
        } = self.speaks(p);
        let t = self.doc.last_token(p.span).unwrap_or(0);
        let first = self.doc.token_at(p.span.start).unwrap_or(t);
        let before = Span::new(p.span.start.saturating_sub(CONDEMNER_CHARS), p.span.start);
        let said_before = starting_in(&self.triggers, |h| h.span.start, before);
        // the speaker's own place, in the subject of a verb of saying or condemning told before
        // the event ("استنكر علماء ووجهاء محافظة القطيف الجريمة التي استهدفت ... في عسير")
        // (or after the event word: "الحادث الإجرامي الذي استهدف ...، كما استنكر باسم السلك
        // الدبلوماسي المعتمد في الرياض هذه الجريمة")
        // (after it, only a verb of saying or condemning: not a word of another kind of news,
        // "استهدف مركز تدريب لداعش في قضاء البعاج")
        let speaker_subject = said_before.iter().any(|h| {
            let after = h.span.start >= trigger.end
                && (h.value.role == Role::Claim || self.cue_at_token(h.tokens.0, Cue::Condemn));
            // (the subject of a verb of condemning may be a body with a long name: "أدانت
            // الجمعية الخيرية لتحفيظ القرآن الكريم في منطقة الرياض")
            let (words, chars) = if self.cue_at_token(h.tokens.0, Cue::Condemn) {
                (CONDEMNER_WORDS, CONDEMNER_CHARS)
            } else {
                (SPEAKER_WORDS, SPEAKER_CHARS)
            };
            (p.span.end <= trigger.start || after)
                && matches!(h.value.role, Role::Claim | Role::Negative)
                && h.tokens.1 < first
                && first - h.tokens.1 <= words
                && p.span.start - h.span.start <= chars
                && self.doc.no_punct(h.tokens.1..first)
                // (a place before the event word after "أن"/"إن" stands in the clause said,
                // which tells the event, not in the speaker's subject: "افادوا ان اربعة
                // مستوطنين تسللوا الى دوما جنوب نابلس وأضرموا النار")
                // (a village, town or quarter, or a town's countryside: no seat of those who
                // speak; "أشار إلى أن «النظام قصف ريف إدلب بالطيران الحربي»")
                && !(p.span.end <= trigger.start
                    && (matches!(p.feature.as_str(), "village" | "town" | "neighbourhood")
                        || self.countryside_of(p))
                    && (h.tokens.1..first).any(|i| self.cue_at_token(i, Cue::That)))
        });
        let dateline = self.dateline(p);
        // the place of an office held by somebody who spoke ("أمير منطقة نجران", "أمير جازان:
        // تفجير مسجد قوات الطوارئ بعسير"), or the seat naming a government ("حكومة أنقرة")
        // (the head of the construct takes no article: "قوات النظام الحولة" is the regime's
        // forces and their target, not "نظام طهران")
        let office = (first.saturating_sub(2)..first).any(|i| {
            self.cue_at_token(i, Cue::Office)
                && !self.doc.tokens[i].clitics.contains(&"ال")
                && self.doc.no_punct(i..first)
        });
        // (told before the event word: the place stands in the subject of the verb whose
        // object or clause tells the event)
        let before_event = p.span.end <= trigger.start;
        Told {
            speaker: speaker_next
                || speaker_before
                || speaker_subject
                || office
                || self.speaker_tag(first, t)
                || before_event && self.condemner_subject(first, trigger)
                || before_event && self.opening_subject(first, t, trigger)
                || before_event && self.titled_subject(first, t, trigger),
            dateline,
        }
    }

    /// Whether a place mention is a dateline's ("أبوجا ـ رويترز: ...", "مدريد - «الشرق الأوسط»:
    /// ...", or the agency first: "رويترز- القاهرة: ...", "واس- الرياض: ..."): where the report
    /// was filed, not where anything it tells happened.
    pub(super) fn dateline(&self, p: &rasd_geo::PlaceMention) -> bool {
        let doc = self.doc;
        let Some(t) = doc.last_token(p.span) else {
            return false;
        };
        let first = doc.token_at(p.span.start).unwrap_or(t);
        let dash = |i: usize| {
            doc.tokens.get(i).is_some_and(|t| {
                let mut cs = t.key.chars();
                cs.next().is_some_and(rasd_text::is_dash) && cs.next().is_none()
            })
        };
        let colon = |i: usize| doc.tokens.get(i).is_some_and(|t| t.key == ":");
        dash(t + 1) && (t + 2..t + 8).any(colon) || first > 0 && dash(first - 1) && colon(t + 1)
    }

    /// Whether a place mention is where something else than the incident happened:
    /// - where the dead were buried or mourned, not where they were killed: a word of a funeral
    ///   stands before it in its sentence, at most [`FUNERAL_WORDS`] words away, with no word of
    ///   violence, death or injury between ("ودع أهالي ميسان ... الشهيد الذي استشهد في التفجير
    ///   ... في عسير", "دفن في قريته ميسان", "في مقبرة ميسان"; not "تودع شهداء قوات الطوارئ في
    ///   عسير", where the place is the dead's), or right after it as its subject ("ميسان تودع");
    /// - where somebody spoke of the incident: the same after a word of an occasion of speaking
    ///   ("في مؤتمر صحافي عقده في أنقرة") or of a visit ("خلال زيارة إلى قبرص") that no word of
    ///   violence comes before in its sentence.
    ///
    /// - where somebody lives: a place at most [`RESIDE_WORDS`] words after a word of living
    ///   or of exile, with no punctuation between ("هادي، الذي يعيش في المنفى في الرياض"), or
    ///   where the act's doer is from ([`Context::doer_home`]).
    ///
    /// A funeral or a meeting attacked is the incident's target ("قصف جوي على مجلس عزاء").
    fn told_elsewhere(&self, p: &rasd_geo::PlaceMention) -> bool {
        let Some(first) = self.doc.token_at(p.span.start) else {
            return false;
        };
        // (not the building one stays in, told by "in it" right after the word of living: "أثناء
        // لهوها في حديقة الفندق الذي تقيم فيه مع والدها بمنطقة X" is where it happened)
        if self
            .cue_in_phrase_before(first, RESIDE_WORDS, 0, Cue::Reside)
            .is_some_and(|i| !self.cue_at_token(i + 1, Cue::Wherein))
        {
            return true;
        }
        // where the act's doer is from ("منفذ الهجوم رجل في العشرين من اديامان")
        if self.doer_home(first) {
            return true;
        }
        // where the dead or the wounded were taken ("نقل 8 مصابين ... إلى الرياض", "أسعفوا
        // للمستشفى في جدة")
        // (a feature word or the destination may stand between: "إلى مدينة الرياض", "إلى
        // مستشفى قوى الأمن بالرياض")
        let to = (first.saturating_sub(DESTINATION_WORDS)..first)
            .rev()
            .any(|i| self.cue_at_token(i, Cue::Toward) && self.doc.no_punct(i + 1..first))
            || self.doc.tokens[first].clitics.contains(&"ل");
        if to && self.carried(first) {
            return true;
        }
        // the goal of an advance or a flight ("تتقدم نحو عتق ... وسط سماع انفجارات",
        // "قيادة تعزيزات باتجاه مدينة عدن"), not where the incident happened; a quarter of the
        // town fought over is no far goal ("تقدمت باتجاه حي X ... وسط اشتباكات")
        if !matches!(p.feature.as_str(), "neighbourhood" | "street") && self.goal(first) {
            return true;
        }
        // a party of "بين X وY", not where anything happened ("الهدنة بين أنقرة والمتمردين")
        if matches!(p.feature.as_str(), "country" | "city" | "admin1") && self.party(p, first) {
            return true;
        }
        let Some(s) = self.doc.sentence_of_token(first) else {
            return false;
        };
        // where a body was carried to ("نقل جثمانه بعد التفجير، من أبها إلى الطائف"): a word of
        // a funeral before the destination in its sentence, whatever comes between, unless the
        // funeral is what was attacked
        if to {
            let from = first
                .saturating_sub(FUNERAL_WORDS)
                .max(self.doc.sentences[s].tokens.start);
            if let Some(cue) = (from..first)
                .rev()
                .find(|&i| self.cue_at_token(i, Cue::Funeral))
            {
                if !self.attacked(cue, from) {
                    return true;
                }
            }
        }
        // the hospital where the wounded are treated or visited ("زيارة لمصابي التفجير ... في
        // مستشفى قوى الأمن بالرياض"), not a hospital attacked ("قصف مستشفى في حلب")
        let start = self.doc.sentences[s].tokens.start;
        let hospital = self.cue_in_phrase_before(first, CARE_WORDS, start, Cue::Care);
        if hospital.is_some_and(|cue| !self.attacked(cue, start)) {
            return true;
        }
        if self.affiliation(first, start) {
            return true;
        }
        // the place in the name of a diplomatic mission or its envoy ("وقالت بعثة الامم المتحدة
        // في أفغانستان إن ...", "السفير السعودي في مسقط"), not a mission attacked ("هجوم على
        // القنصلية الأميركية في إسطنبول")
        let mission = self.cue_in_phrase_before(first, MISSION_WORDS, start, Cue::Mission);
        if mission.is_some_and(|cue| !self.attacked(cue, start)) {
            return true;
        }
        // the place stood by in solidarity ("تجمعا لطلاب ... بهدف التضامن مع مدينة كوباني"),
        // not where the act told around it happened
        if self
            .cue_in_phrase_before(first, SOLIDARITY_WORDS, start, Cue::Solidarity)
            .is_some()
        {
            return true;
        }
        let from = first
            .saturating_sub(FUNERAL_WORDS)
            .max(self.doc.sentences[s].tokens.start);
        // (a feature word of the place itself counts: "في مقبرة ميسان")
        let last = self.doc.last_token(p.span).unwrap_or(first);
        // the subject of a verb of mourning ("ميسان تودع ممدوح الحارثي شهيد عسير")
        let end = self.doc.sentences[s].tokens.end;
        if (last + 1..(last + 3).min(end))
            .take_while(|&i| self.doc.tokens[i].kind != TokenKind::Punct)
            .any(|i| self.cue_at_token(i, Cue::Funeral))
        {
            return true;
        }
        // a visit ("وقال أردوغان خلال زيارة إلى قبرص") is where its visitor spoke, unless a word
        // of violence before it in its sentence makes the visitor the one hit or seized ("خطف
        // أثناء زيارته للقاهرة"); with the article it may be a place's own name ("منطقة الزيارة")
        let visit = |i: usize| {
            self.cue_at_token(i, Cue::Visit)
                && !self.doc.tokens[i].clitics.contains(&"ال")
                && !starting_in(
                    &self.triggers,
                    |h| h.span.start,
                    Span::new(
                        self.doc.sentences[s].span.start,
                        self.doc.tokens[i].span.start,
                    ),
                )
                .iter()
                .any(|h| {
                    matches!(h.value.role, Role::Kill | Role::Injure | Role::Event)
                        && h.value.is_violent()
                })
        };
        let Some(cue) = (from..last).rev().find(|&i| {
            self.cue_at_token(i, Cue::Funeral) || self.cue_at_token(i, Cue::Venue) || visit(i)
        }) else {
            return false;
        };
        let between = Span::new(self.doc.tokens[cue].span.end, p.span.start);
        let violence = |h: &crate::mention::Hit<&rasd_lexicon::Trigger>| {
            matches!(h.value.role, Role::Kill | Role::Injure | Role::Event)
        };
        // a funeral attacked is the incident's target ("قصف جوي على مجلس عزاء في داقوق")
        !self.attacked(cue, from)
            && !starting_in(&self.triggers, |h| h.span.start, between)
                .iter()
                .any(violence)
    }

    /// Whether the place opening at token `first` is one side of "بين X وY" that names the
    /// parties of a relation or a fight, not where anything happened: the other side is an
    /// actor ("الهدنة بين أنقرة والمتمردين الأكراد", "محادثات سلام بين كابول وطالبان",
    /// "التصعيد بين المتمردين وأنقرة"), or a word of relations or of a journey
    /// ([`Cue::Relation`]) stands at most [`RELATION_WORDS`] words before "بين" in its phrase
    /// ("الاتفاق الذي أبرم بين واشنطن وأنقرة", "خلال رحلة بين لندن وبانكوك": the ends of a
    /// journey). A road or a front between two towns stays ("كمين على الطريق بين عدن وتعز").
    fn party(&self, p: &rasd_geo::PlaceMention, first: usize) -> bool {
        let tokens = &self.doc.tokens;
        let last = self.doc.last_token(p.span).unwrap_or(first);
        let actor_at = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| !starting_in(&self.actors, |h| h.span.start, t.span).is_empty())
        };
        let and = |i: usize| tokens.get(i).is_some_and(|t| t.clitics.contains(&"و"));
        let (between, other_actor) = if first > 0 && self.cue_at_token(first - 1, Cue::Between) {
            // X: the other side right after it, joined by "و"
            (first - 1, and(last + 1) && actor_at(last + 1))
        } else if and(first) {
            // Y: "بين" at most BETWEEN_SIDE_WORDS words before it, in its phrase
            let Some(b) = self.cue_in_phrase_before(first, BETWEEN_SIDE_WORDS, 0, Cue::Between)
            else {
                return false;
            };
            (b, b + 1 < first && actor_at(b + 1))
        } else {
            return false;
        };
        other_actor
            || self
                .cue_in_phrase_before(between, RELATION_WORDS, 0, Cue::Relation)
                .is_some()
    }

    /// The nearest token carrying `cue` among the `words` tokens before token `at` (none before
    /// token `start`), with no punctuation between it and `at`: a word of the same phrase.
    fn cue_in_phrase_before(
        &self,
        at: usize,
        words: usize,
        start: usize,
        cue: Cue,
    ) -> Option<usize> {
        (at.saturating_sub(words).max(start)..at)
            .rev()
            .find(|&i| self.cue_at_token(i, cue))
            .filter(|&i| self.doc.no_punct(i + 1..at))
    }

    /// Whether the place opening at token `first` (its sentence from token `start`) ends the
    /// name of a body whose post holder is told before it, in one phrase with no punctuation:
    /// an institution word at most [`INSTITUTION_WORDS`] words before the place and a post at
    /// most [`POST_WORDS`] words before that ("وعد رئيس الغرفة التجارية الصناعية في الطائف
    /// العمل الإرهابي ...", "ندد أستاذ الدراسات في كلية التربية في جامعة جدة بالتفجير"): where
    /// the speaker works, not where the incident happened. Not when an act of violence makes the
    /// holder its target ("اغتيال رئيس المجلس البلدي في الفلوجة"): before the post or between it
    /// and the place.
    fn affiliation(&self, first: usize, start: usize) -> bool {
        let tokens = &self.doc.tokens;
        let Some(body) =
            self.cue_in_phrase_before(first, INSTITUTION_WORDS, start, Cue::Institution)
        else {
            return false;
        };
        let Some(post) = self.cue_in_phrase_before(body, POST_WORDS, start, Cue::Post) else {
            return false;
        };
        let between = Span::new(tokens[post].span.start, tokens[first].span.start);
        !self.attacked(post, start)
            && !starting_in(&self.triggers, |h| h.span.start, between)
                .iter()
                .any(|h| h.value.tells_harm())
    }

    /// Whether an act of violence at most [`TARGET_WORDS`] words before token `cue` (from token
    /// `from` on) makes what the cue word names its target ("قصف مستشفى في حلب", "قصف جوي على
    /// مجلس عزاء"); not when a word of carrying toward it stands between ("مصابي التفجير بعسير
    /// إلى مستشفى ...").
    fn attacked(&self, cue: usize, from: usize) -> bool {
        let before = Span::new(
            self.doc.tokens[cue.saturating_sub(TARGET_WORDS).max(from)]
                .span
                .start,
            self.doc.tokens[cue].span.start,
        );
        starting_in(&self.triggers, |h| h.span.start, before)
            .iter()
            .any(|h| {
                matches!(h.value.role, Role::Kill | Role::Injure | Role::Event)
                    && h.value.is_violent()
                    && !(h.tokens.1..cue).any(|j| self.cue_at_token(j, Cue::Toward))
            })
    }

    /// The place of the incident: the most specific place of the sentence, preferring one
    /// introduced by a cue word and not a relative anchor; for a change of territory (`taken`),
    /// the site its event word names.
    pub(crate) fn place(&self, span: Span, trigger: Span, taken: bool) -> Place {
        let places: Vec<&rasd_geo::PlaceMention> =
            starting_in(&self.places, |p| p.span.start, span)
                .iter()
                .filter(|p| p.span.end <= span.end)
                .collect();
        let placed: Vec<&str> = places
            .iter()
            .filter(|p| p.cue.is_some())
            .filter_map(|p| p.location.country.as_deref())
            .collect();
        // a place told across a word opening a clause of contrast ("فيما", "بينما", "في
        // حين") from the event word belongs to that clause's news ("سيطر الجيش على مثلث
        // الكهرباء في مديرية لودر ...، فيما تتوجه جبهات زنجبار وجعار نحو منطقة شقرة"): when the
        // event word's own clause names a place, the others are left out
        // and so does a place in the phrase of a past act told after a word of sequence or of
        // revenge ("بعد تفجير سروج", "جئت لأنتقم لهجوم سروج"): that act's place
        // (and a place told with another act's day, "هجوما على قاعدة ... في كابل قبل يوم
        // واحد", is that act's when the sentence names another)
        let prior: Vec<Option<bool>> = places
            .iter()
            .map(|p| {
                (self.prior_clause(p, trigger))
                    .or_else(|| self.other_act_day(p, trigger).then_some(false))
            })
            .collect();
        let own_clause: Vec<bool> = places
            .iter()
            .zip(&prior)
            .map(|(p, prior)| prior.is_none() && !self.across_contrast(p.span, trigger))
            .collect();
        // where troops, reinforcements or aircraft came from or set off ("تعزيزات عسكرية من
        // محافظة عدن", "طائرات ... انطلقت من قاعدة ... في ولاية ديار بكر"): no place of the act
        // (a base aircraft took off from is left out only when the incident keeps another place:
        // with none, its fallbacks merge it into the wrong strikes)
        let origin: Vec<Option<bool>> = places.iter().map(|p| self.origin(p, trigger)).collect();
        let other_place = places
            .iter()
            .zip(&origin)
            .zip(&own_clause)
            .any(|((p, from), &own)| own && from.is_none() && !self.metonymy(p, &placed));
        let origin: Vec<bool> = (origin.iter())
            .map(|from| match from {
                None => false,
                Some(takeoff) => !takeoff || other_place,
            })
            .collect();
        let own_clause: Vec<bool> = own_clause
            .iter()
            .zip(&origin)
            .map(|(&own, &from)| own && !from)
            .collect();
        let any_own = places.iter().zip(&own_clause).any(|(p, &own)| {
            own && !self.metonymy(p, &placed)
                && !self.told_elsewhere(p)
                && !self.quoted_alone(p)
                && !self.locates_referred(p)
        });
        // and with none, a place across from a death or injury told after the opener is still
        // the news of its own clause when that clause tells an act of its own ("وقع اثنان منها
        // في إسطنبول ...، بينما قتل أربعة شرطيين في انفجار قنبلة في جنوب شرقي البلاد")
        let hits = starting_in(&self.triggers, |h| h.span.start, span);
        let toll_here = hits.iter().any(|h| {
            h.span.end <= span.end
                && matches!(h.value.role, Role::Kill | Role::Injure)
                && !self.across_contrast(h.span, trigger)
        });
        let own_act = |p: &rasd_geo::PlaceMention| {
            toll_here
                && p.span.end <= trigger.start
                && hits.iter().any(|h| {
                    h.span.end <= p.span.start
                        && h.value.is_violent()
                        && !matches!(h.value.role, Role::Kill | Role::Injure)
                        && !self.across_contrast(h.span, p.span)
                        && self.across_contrast(h.span, trigger)
                })
        };
        // (an act avenged or answered is never the incident's: "ردا على تفجير سروج")
        let best = places
            .iter()
            .zip(&own_clause)
            .zip(&prior)
            .zip(&origin)
            .filter(|(((p, &own), prior), &from)| {
                !from && (own || !any_own && !own_act(p) && **prior != Some(true))
            })
            .map(|(((p, _), _), _)| p)
            // a state acting or speaking is no place: without another place, the incident
            // takes its actors' or its story's country
            .filter(|p| !self.metonymy(p, &placed))
            // nor is where the dead were buried or mourned, or where somebody spoke of it
            .filter(|p| !self.told_elsewhere(p))
            // nor a name quoted alone: a newspaper's or a channel's ('مع "الرياض"',
            // 'لـ«الشرق الأوسط»')
            .filter(|p| !self.quoted_alone(p))
            // nor the town that locates a place referred back to ("في البلدة التي تقع على بعد
            // نحو عشرة كيلومترات من بلدة عين العرب"), when one is: the record takes that one
            .filter(|p| !self.locates_referred(p))
            .map(|p| (self.place_rank(p, trigger), p))
            .max_by(|((ra, _), a), ((rb, _), b)| {
                ra.partial_cmp(rb)
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(b.span.start.cmp(&a.span.start))
            });
        // the place of the event word's own phrase ("حادثة تفجير مسجد ... بمنطقة X", "الهجوم
        // الذي استهدف ... في X") outranks a place told before the event word that lies outside
        // it: where the speakers met, mourned or live ("في مكتبه بجدة ... التفجير الذي استهدف
        // ... في منطقة X"); a more specific place inside it keeps its rank
        let best = match best {
            Some(((_, told), b)) if b.span.end <= trigger.start => places
                .iter()
                // (not in a past act's phrase: read once above)
                .zip(&prior)
                .zip(&origin)
                .filter(|((_, prior), &from)| prior.is_none() && !from)
                .map(|((p, _), _)| p)
                // (and the place a word of taking territory takes, "واستعادوا السيطرة على
                // قاعدة العند الجوية" after "طرد الحوثيين من مدينة عدن")
                .filter(|p| {
                    (self.in_own_phrase(p, trigger) || taken && self.object_of(p, trigger))
                        && !std::ptr::eq(**p, *b)
                })
                .filter(|p| !self.told_elsewhere(p) && !self.quoted_alone(p))
                .find(|p| !inside(b, p))
                .map(|p| (self.place_rank(p, trigger), p))
                .filter(|((_, t), _)| !t.any())
                .or(Some(((0.0, told), b))),
            other => other,
        };
        // a sub-place of the chosen town, told as the object of a word of taking territory
        // (`taken`: "سيطرت على منطقة X غرب تعز، وهو الطريق الذي يصل مدينة تعز ..."), is the site
        // taken
        let best = match best {
            Some((rank, b)) if taken && !sub_place(b) => {
                let site = (places.iter())
                    .filter(|p| sub_place(p) && p.location.name == b.location.name)
                    .find(|p| self.object_of(p, trigger) && !self.told_elsewhere(p));
                Some((rank, site.unwrap_or(b)))
            }
            other => other,
        };
        // the town or province that locates a finer place told right before it ("قرية X
        // بريف Y", "حي X بمدينة Y", "بلدة X بالريف الشمالي لمدينة Y") is that place's anchor:
        // the most specific place the text ties to the event wins
        // (an area's sub-place so located, "في منطقة اكتشاي في ولاية شرناق", is named: it
        // counts as a quarter of its town in the merge, `Place::quarter`)
        let mut located_area = false;
        let best = best.map(|(rank, b)| {
            let finer = (self.finer_before(b))
                .filter(|q| places.iter().any(|p| std::ptr::eq(*p, *q)))
                .filter(|q| !self.told_elsewhere(q) && !self.quoted_alone(q));
            located_area = finer.is_some_and(|q| sub_place(q) && q.area);
            (rank, finer.unwrap_or(b))
        });
        // a district of the chosen town told in the event word's own phrase ("وفي عدن، قصف
        // الحوثيون ... حي الدمينة بمنطقة دار سعد") is where in the town it happened, and so is
        // the quarter that district locates
        let best = best.map(|(rank, b)| {
            let district = (places.iter())
                .find(|q| {
                    q.feature == "admin2"
                        && matches!(b.feature.as_str(), "city" | "town")
                        && q.location.name != b.location.name
                        && inside(q, b)
                        && finer::close(q, b)
                        && self.in_own_phrase(q, trigger)
                        && !self.told_elsewhere(q)
                        && !self.quoted_alone(q)
                })
                .map(|q| {
                    (self.finer_before(q))
                        .filter(|f| places.iter().any(|p| std::ptr::eq(*p, *f)))
                        .filter(|f| !self.told_elsewhere(f) && !self.quoted_alone(f))
                        .unwrap_or(q)
                });
            (rank, district.unwrap_or(b))
        });
        match best {
            Some(((_, told), p)) => {
                let mut place = Place::at(p, self.anchor_of(p), told.any());
                place.quarter |=
                    sub_place(p) && p.area && (located_area || self.direction_after(p));
                // "في ريف حلب الشمالي": the countryside of a town, no finer place named before
                // it, is the area around the town (ACLED precision 2), not the town itself
                if self.countryside_of(p) {
                    place.countryside = true;
                    if let Some(l) = place.location.as_mut() {
                        l.precision = l.precision.map(|x| x.max(2));
                    }
                }
                place
            }
            None => Place::default(),
        }
    }

    /// Whether an area's sub-place is located by its own town told right after it, by a
    /// direction or a word of nearness, a comma at most between ("في منطقة الطوبجي، شمال غربي
    /// بغداد"): the area is then named as a part of that town (a quarter in the merge,
    /// `Place::quarter`), not a clause about some area.
    fn direction_after(&self, p: &rasd_geo::PlaceMention) -> bool {
        let Some(last) = self.doc.last_token(p.span) else {
            return false;
        };
        let toks = &self.doc.tokens;
        let mut k = last + 1;
        if toks.get(k).is_some_and(|t| t.is_comma()) {
            k += 1;
        }
        let Some(start) = toks.get(k).map(|t| t.span.start) else {
            return false;
        };
        (self.places.iter()).any(|q| {
            q.relative
                && q.span.start >= start
                && q.cue.is_some()
                && q.location.name == p.location.name
                && self
                    .doc
                    .token_at(q.span.start)
                    .is_some_and(|f| f <= k + DIRECTION_WORDS)
        })
    }

    /// Whether a place mention only tells where a place referred back to lies: a place at most [`LIES_WORDS`] words after a word of
    /// [`Cue::Lies`] with no punctuation between, that word right after a definite feature noun
    /// of [`Cue::PlaceBack`] or its relative pronoun ("في البلدة التي تقع على بعد نحو عشرة
    /// كيلومترات من بلدة عين العرب", "المدينة الواقعة على بعد 50 كلم شمال X"), when that noun
    /// refers back to a place named with the same noun before it ("في بلدة سروج"). An
    /// indefinite noun refers back to none ("في قرية تقع على مسافة 45 كيلومترا من رانشي": near
    /// it), and a noun whose place the gazetteer lacks leaves the town ("المدينة التي تبعد سبعة
    /// كيلومترات إلى الجنوب من مدينة لودر" after "مدينة العين": near Lawdar).
    fn locates_referred(&self, p: &rasd_geo::PlaceMention) -> bool {
        let Some(first) = self.doc.token_at(p.span.start) else {
            return false;
        };
        let toks = &self.doc.tokens;
        let noun =
            |k: usize| self.cue_at_token(k, Cue::PlaceBack) && toks[k].clitics.contains(&"ال");
        (first.saturating_sub(LIES_WORDS)..first)
            .rev()
            // (a name told again in brackets, "بلدة عين العرب (كوباني)", is the same anchor)
            .take_while(|&j| {
                toks[j].kind != TokenKind::Punct || matches!(toks[j].key.as_str(), "(" | ")")
            })
            .find(|&j| self.cue_at_token(j, Cue::Lies))
            .and_then(|j| {
                if j >= 1 && noun(j - 1) {
                    return Some((j, j - 1));
                }
                // (a comma may stand before the relative pronoun: "في المدينة، التي تبعد")
                let rel = j >= 2 && self.cue_at_token(j - 1, Cue::Relative);
                if rel && noun(j - 2) {
                    Some((j, j - 2))
                } else {
                    (rel && j >= 3 && toks[j - 2].is_comma() && noun(j - 3)).then(|| (j, j - 3))
                }
            })
            // (another place than the town, "مدينة العين، جنوب مدينة لودر ... في المدينة التي
            // تبعد سبعة كيلومترات إلى الجنوب من مدينة لودر" names Lawdar as the anchor twice,
            .and_then(|(j, k)| self.referred_by(k, true).map(|r| (j, r)))
            // and within LIES_KM of it: "مدينة العين" read as the Emirates' Al Ain is a misreading;
            // or within the distance the text states, with STATED_SLACK for miles and roads:
            // "المدينة، التي تبعد بنحو 750 كيلومترا جنوب العاصمة طرابلس")
            .is_some_and(|(j, r)| {
                let l = &p.location;
                let between = Span::new(toks[j].span.end, p.span.start);
                let stated = (self.doc.numbers_in(between))
                    .filter(|n| !n.date && !n.vague)
                    .map(|n| n.max.unwrap_or(n.min) as f64 * STATED_SLACK)
                    .fold(LIES_KM, f64::max);
                r.name != l.name
                    && (r.lat.zip(r.lon).zip(l.lat.zip(l.lon)))
                        .is_some_and(|(a, b)| rasd_geo::distance_km(a, b) <= stated)
            })
    }

    /// Whether a city or town is told as the countryside around it: right after a word of
    /// [`Cue::Countryside`] ("في ريف حلب", "بريف إدلب", "أرياف حماة"), or after it and one
    /// place cue word of data/lexicon/places_cues.tsv ("في ريف مدينة درعا").
    pub(super) fn countryside_of(&self, p: &rasd_geo::PlaceMention) -> bool {
        if !matches!(p.feature.as_str(), "city" | "town") {
            return false;
        }
        let Some(first) = self.doc.token_at(p.span.start) else {
            return false;
        };
        let toks = &self.doc.tokens;
        // (a list, "في ريف إدلب وحلب": the second town is told on its own)
        if toks[first].clitics.first() == Some(&"و") {
            return false;
        }
        let at =
            |i: usize| toks[i].kind != TokenKind::Punct && self.cue_at_token(i, Cue::Countryside);
        (first >= 1 && at(first - 1))
            || (first >= 2
                && at(first - 2)
                && toks[first - 1].kind != TokenKind::Punct
                && finer::PLACE_CUE_WORDS.contains(toks[first - 1].stem()))
    }

    /// Whether a place mention is the object of the event word `trigger`: after it, at most
    /// [`OBJECT_WORDS`] words later with no punctuation between ("سيطرت على منطقة X").
    fn object_of(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> bool {
        let (Some(last), Some(first)) = (
            self.doc.last_token(trigger),
            self.doc.token_at(p.span.start),
        ) else {
            return false;
        };
        p.span.start >= trigger.end
            && first > last
            && first - last <= OBJECT_WORDS
            && self.doc.no_punct(last + 1..first)
    }

    /// Whether a place mention stands in the phrase of the event word `trigger`, after it: at
    /// most [`OWN_PHRASE_WORDS`] words later, no punctuation and no verb of saying between
    /// ("تفجير مسجد قوات الأمن بمدينة X", "الهجوم الذي استهدف دورية للشرطة في X"), introduced
    /// by a cue word or the proclitic "ب", not a relative anchor nor a country, and not a name the
    /// geocoder doubts ([`OWN_PHRASE_MIN_SCORE`]).
    fn in_own_phrase(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> bool {
        if p.span.start < trigger.end
            || p.relative
            || p.feature == "country"
            || after_direction(p)
            || p.score < OWN_PHRASE_MIN_SCORE
        {
            return false;
        }
        let (Some(last), Some(first)) = (
            self.doc.last_token(trigger),
            self.doc.token_at(p.span.start),
        ) else {
            return false;
        };
        // a cue word or the proclitic "ب" ("بأبها")
        if p.cue.is_none() && !self.doc.tokens[first].clitics.contains(&"ب") {
            return false;
        }
        let between = Span::new(trigger.end, p.span.start);
        first > last
            && first - last <= OWN_PHRASE_WORDS
            && self.doc.no_punct(last + 1..first)
            && !starting_in(&self.triggers, |h| h.span.start, between)
                .iter()
                .any(|h| matches!(h.value.role, Role::Claim | Role::Negative))
    }

    /// The settlement the text locates a settlement by, right after it ("بلدة دوما قرب
    /// نابلس", "قرية X شمال Y"): a relative place mention within [`ANCHOR_CHARS`] of its end,
    /// itself a town or city; its key.
    fn anchor_of(&self, p: &rasd_geo::PlaceMention) -> Option<String> {
        if !SETTLEMENTS.contains(&p.feature.as_str()) {
            return None;
        }
        let after = Span::new(p.span.end, p.span.end + ANCHOR_CHARS);
        let q = starting_in(&self.places, |q| q.span.start, after).first()?;
        // "قرب نابلس", not "شمال شرق بغداد" (a direction locates places far from the city),
        // unless the direction made the name a place, the geocoder having found it that way
        // from the city and near ("تسللوا إلى دوما جنوب نابلس", `PlaceMention::located`): a
        // retelling at the city tells the same place
        let direction = after_direction(q) && !p.located;
        let (l, m) = (&p.location, &q.location);
        let close = p.located
            || (l.lat.zip(l.lon).zip(m.lat.zip(m.lon)))
                .is_some_and(|(a, b)| rasd_geo::distance_km(a, b) <= ANCHOR_KM);
        (q.relative && !direction && close && SETTLEMENTS.contains(&q.feature.as_str()))
            .then(|| rasd_text::key(&q.location.name))
    }
}

/// How many words after a word of sequence or of revenge the event word of the past act may
/// start ([`Context::prior_clause`]: "بعد أن سيطرت").
const PRIOR_GAP_WORDS: usize = 2;
/// How many words before the past act's event word a word of undertaking ([`Cue::Undertake`])
/// may open its phrase, the doer told between ("بعد إقدام عناصر حزب العمال الكردستاني على قتل").
const UNDERTAKE_WORDS: usize = 6;
/// How many words after that event word a place of its phrase may start ("عقب التفجير
/// الانتحاري في بلدة سروج").
const PRIOR_PLACE_WORDS: usize = 6;
/// How many words before a word of revenge a word of death or injury makes the act its toll's
/// cause, not a past act (before a word of sequence, its whole sentence: "قتل جندي تركي وأصيب
/// آخر إثر انفجار لغم").
const PRIOR_TOLL_WORDS: usize = 12;

/// The pronouns of a verb's object glued to it, as keys ("نفته", "نفذتها", "قصفتهم").
const OBJECT_PRONOUNS: [&str; 5] = ["ه", "ها", "هم", "هما", "هن"];

/// How many words before "بين" a word of relations makes the places after it the parties
/// ([`Context::party`]: "الاتفاق الذي أبرم بين واشنطن وأنقرة").
const RELATION_WORDS: usize = 3;
/// How many words before the second side of "بين X وY" the word "بين" may stand ([`Context::party`]:
/// "بين المتمردين الأكراد وأنقرة").
const BETWEEN_SIDE_WORDS: usize = 4;
/// How many words before a place the word of [`Cue::Toward`] that makes it a goal may stand
/// ([`Context::goal`]: "نحو عتق", "باتجاه مدينة عدن").
const GOAL_WORDS: usize = 2;
/// How many words before that toward word the word of advancing may stand ("تتقدم نحو",
/// "تتقدم قوات الجيش نحو": its subject between).
const ADVANCE_WORDS: usize = 4;
/// How many words after the first word of a goal a word of a clash may start for the goal to
/// be where the advance was fought ([`Context::goal`]: "تتجه نحو منفذ X، فتصدت لها").
const CLASH_AFTER_WORDS: usize = 6;

/// How many words before a place the preposition of whence after a word of setting off may
/// stand ("انطلقت من قاعدة القيادة الجوية الثامنة في ولاية ديار بكر").
const ORIGIN_WORDS: usize = 7;
/// How many words may stand between a word of setting off and its preposition of whence
/// ("تعزيزات عسكرية من", "تقدم الكتيبة 102 مشاة من").
const ROUTE_WORDS: usize = 3;

/// How many words after a word of living or of exile the place it names may start ("يعيش في
/// المنفى في الرياض", "ويقيم مع أسرته الصغيرة في مدينة الرياض": with whom one lives between).
const RESIDE_WORDS: usize = 6;

/// How many words after a word of where a place lies ("تقع", "الواقعة") the place that
/// locates it may start ([`Context::locates_referred`]: "على بعد نحو عشرة كيلومترات من بلدة عين
/// العرب (كوباني)", the name told again in brackets counted).
const LIES_WORDS: usize = 12;

/// How far from the town that tells where it lies the place referred back to may lie, in km
/// ([`Context::locates_referred`]).
const LIES_KM: f64 = 100.0;
/// How far beyond the distance the text states ("تبعد 750 كيلومترا عن X") a place referred
/// back to may lie from its anchor and still be told by it (miles, roads against the crow's
/// flight).
const STATED_SLACK: f64 = 1.6;

/// How many words after the event word its object may start ([`Context::object_of`]: "سيطرت
/// على منطقة X", the preposition and the cue word counted; with the subject between, "سيطرت
/// قوات النظام أمس على منطقة X", it is left out: eight words let in two areas misread by the
/// sub-place finder, "مواقع مطلة", for one right one over the 31,030 articles).
const OBJECT_WORDS: usize = 3;

/// How many words after the event word a place of its own phrase may start
/// ([`Context::in_own_phrase`]).
const OWN_PHRASE_WORDS: usize = 12;
/// The geocoder's least score for a place of the event word's phrase to outrank another (a
/// function word read as a hamlet scores far below: "مناطق على الحدود").
const OWN_PHRASE_MIN_SCORE: f32 = 3.0;

/// Whether place `a` lies inside place `b` (or is it): the same country and, when `b` is below
/// country level, the same province.
fn inside(a: &rasd_geo::PlaceMention, b: &rasd_geo::PlaceMention) -> bool {
    let (la, lb) = (&a.location, &b.location);
    let same = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => {
            rasd_core::place_name::normalize_place(x) == rasd_core::place_name::normalize_place(y)
        }
        _ => false,
    };
    same(&la.country, &lb.country) && (b.feature == "country" || same(&la.admin1, &lb.admin1))
}

/// Whether a place mention is a sub-place the gazetteer lacks, a neighbourhood, street or area
/// named after its cue and placed at the town the sentence ties it to ("منطقة الربيعي غرب
/// تعز"): its location is the town's, with precision 2.
fn sub_place(p: &rasd_geo::PlaceMention) -> bool {
    matches!(p.feature.as_str(), "neighbourhood" | "street")
        && !p.relative
        && p.location.precision == Some(2)
}

/// The comparable key of a place mention: its location's name; a sub-place's adds its own
/// words to its town's name, so that two sub-places of one town are two places ("سيطرت على
/// منطقة الربيعي غرب تعز ... فيما سيطرت على شارع ... وسط مدينة تعز").
pub(crate) fn place_key(p: &rasd_geo::PlaceMention) -> String {
    let town = rasd_text::key(&p.location.name);
    if sub_place(p) {
        format!("{town}/{}", rasd_text::key(&p.location.text))
    } else {
        town
    }
}

/// The town part of a place key: the key itself, or a sub-place's town ([`place_key`]).
pub(crate) fn town_key(key: &str) -> &str {
    key.split('/').next().unwrap_or(key)
}

/// Whether a place key is a sub-place's ([`place_key`]).
pub(crate) fn sub_place_key(key: &str) -> bool {
    key.contains('/')
}

/// The incident's place in its sentence.
#[derive(Debug, Clone, Default)]
pub struct Place {
    pub location: Option<Location>,
    /// Comparable key of the place.
    pub key: Option<String>,
    /// The key of the town the text locates the place by (`anchor_of`).
    pub anchor: Option<String>,
    /// The place is a city (the gazetteer's feature).
    pub city: bool,
    /// The best place the sentence offers is where somebody spoke of the incident or where the
    /// report was filed (`where_told`).
    pub where_told: bool,
    /// The place is a town's countryside ("في ريف حلب": `Context::countryside_of`), which
    /// lies in the town's province.
    pub countryside: bool,
    /// The place is a sub-place the gazetteer lacks named after a settlement's or a quarter's
    /// word ("حي X", "قرية X": `PlaceMention::settlement`), at its town's point.
    pub quarter: bool,
}

impl Place {
    /// The place of a place mention, located by the town `anchor`.
    pub(crate) fn at(
        p: &rasd_geo::PlaceMention,
        anchor: Option<String>,
        where_told: bool,
    ) -> Place {
        Place {
            location: Some(p.location.clone()),
            key: Some(place_key(p)),
            anchor,
            city: p.feature == "city",
            where_told,
            countryside: false,
            quarter: sub_place(p) && p.settlement,
        }
    }
}

/// How many words the subject of a verb of condemning told before its object, the event word,
/// may run before the condemners' place ([`Context::condemner_subject`]).
const SUBJECT_WORDS: usize = 32;

/// How many words after a verb of saying that opens its sentence a place in its subject's title
/// may stand ([`Context::titled_subject`]: "وأكد فلان بن فلان عضو المجلس المحلي بالقطيف").
const TITLE_WORDS: usize = 10;

/// How many words may stand between a place in the subject that opens a sentence and the verb
/// of saying after it ([`Context::opening_subject`]).
const OPENING_TAIL_WORDS: usize = 8;

/// Whether a token is a comma (which may stand in a subject: "الشيخ فلان، وفضيلة ...").
fn comma(key: &str) -> bool {
    matches!(key, "،" | ",")
}

/// How many words may follow the place in a headline's tag of who spoke before its colon
/// ("قنصل المملكة في لوس انجلوس:", [`Context::speaker_tag`]).
const TAG_TAIL_WORDS: usize = 2;

/// How many words before a place a word of a hospital may stand and make it where the wounded
/// are treated ("مستشفى قوى الأمن بالرياض").
const CARE_WORDS: usize = 4;

/// How many words before a place the word of a diplomatic mission or its envoy may stand and
/// make it the mission's seat ("بعثة الامم المتحدة في أفغانستان").
const MISSION_WORDS: usize = 4;
/// How many words before a place the word of [`Cue::Solidarity`] that makes it the one stood by
/// may stand ("التضامن مع مدينة كوباني", "تضامنا مع أهالي غزة").
const SOLIDARITY_WORDS: usize = 3;

/// How many words before a place the word of the institution it names may stand ("الغرفة
/// التجارية الصناعية في الطائف").
const INSTITUTION_WORDS: usize = 4;

/// How many words before the institution word the post of its holder may stand ("رئيس قسم
/// الدراسات القرآنية في كلية التربية في جامعة").
const POST_WORDS: usize = 8;

/// How many words before a place the preposition of a destination may stand ("إلى مستشفى
/// قوى الأمن بالرياض").
const DESTINATION_WORDS: usize = 5;

/// How far after a settlement its anchor ("قرب نابلس") may start, in chars.
const ANCHOR_CHARS: usize = 16;

/// How far from its anchor a settlement may lie, in km.
const ANCHOR_KM: f64 = 25.0;

/// The features of a settlement or a part of one.
const SETTLEMENTS: [&str; 5] = ["city", "town", "village", "neighbourhood", "street"];

/// Whether a direction word (شمال، جنوب شرق ...) stands in the place's cue.
fn after_direction(p: &rasd_geo::PlaceMention) -> bool {
    p.cue.as_deref().is_some_and(|c| {
        c.split_whitespace()
            .any(|w| DIRECTIONS.contains(&rasd_text::key(w)))
    })
}

/// Keys of the direction words of data/lexicon/places_cues.tsv (شمال، جنوب، شرق ...).
static DIRECTIONS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        rasd_lexicon::place_cues()
            .iter()
            .filter(|c| c.kind == rasd_lexicon::PlaceCueKind::Direction)
            .flat_map(|c| {
                c.phrase
                    .split_whitespace()
                    .map(rasd_text::key)
                    .collect::<Vec<_>>()
            })
            .collect()
    });

/// Keys of the one-word feature words of data/lexicon/places_cues.tsv (قاعدة، مطار، معسكر ...).
static FEATURE_WORDS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        rasd_lexicon::place_cues()
            .iter()
            .filter(|c| c.kind == rasd_lexicon::PlaceCueKind::Feature && !c.phrase.contains(' '))
            .map(|c| rasd_text::key(&c.phrase))
            .collect()
    });

/// Keys of the one-word place cues of data/lexicon/places_cues.tsv, of any kind, without the
/// article ("مدينه", "عاصمه", "قريه"): nouns of places, not verbs.
static CUE_NOUNS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        rasd_lexicon::place_cues()
            .iter()
            .filter(|c| !c.phrase.contains(' '))
            .map(|c| {
                let k = rasd_text::key(&c.phrase);
                k.strip_prefix("ال").map_or(k.clone(), str::to_string)
            })
            .collect()
    });

/// How much the geocoder's own confidence in a mention counts against feature specificity.
const SCORE_WEIGHT: f32 = 0.5;
/// A geocoder score from which a mention is not in doubt.
const CONFIDENT_SCORE: f32 = 6.0;

fn feature_rank(feature: &str) -> f32 {
    match feature {
        "neighbourhood" | "street" => 5.2,
        "village" => 5.0,
        "town" => 5.0,
        "city" => 4.8,
        "admin2" => 3.0,
        "region" => 2.5,
        "admin1" => 2.0,
        "country" => 1.0,
        _ => 3.5,
    }
}

/// How many words of direction may stand between an area and the town that locates it
/// ([`Context::direction_after`]: "شمال غربي").
const DIRECTION_WORDS: usize = 3;
