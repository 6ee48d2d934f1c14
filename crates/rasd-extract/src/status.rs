//! Mention status (DESIGN.md section 2, "Mention status"): what the report tells of each incident
//! candidate. Only `incident` candidates make the default output; the others are kept under
//! `--all` with the words that decided them (`status_cue`).
//!
//! The rules read the candidate's own sentence, from the words before its event word:
//! - `denied`: a word of denial ("نفى") shortly before it;
//! - `intent`: an attempt, accusation, investigation, trial, warning or fear shortly before it
//!   (not an attempt somebody survived, "نجا من محاولة اغتيال": that attack happened), or an
//!   investigation into or the planning of it right before it ("التحقيق في", "التخطيط ل"), or
//!   the aim of a base or a deployment right before it ("لشن غارات", with no dead or wounded),
//!   or a standing charge in the present tense in its clause ("وتتهم المنظمات ... بارتكاب
//!   فظاعات", with no day and no dead or wounded of its own), or a verb of the future right
//!   before it ("ستمدد الضربات الجوية", with no day and no dead or wounded of its own), or
//!   feared or only possible, with no figure of its own: a noun of danger right before it
//!   ("خطر الاعتداءات"), or "قد" with an imperfect before it ("قد يقود إلى مجزرة"), or warned
//!   of or feared further on: a word of warning or fear, "من" and the act in its clause, with no
//!   day and no toll of its own ("وحذر الناطق ... من قيام قوات النظام بارتكاب مجزرة");
//! - `generic` (seized): an explosive a word of seizing or clearing ("ضبط", "نزع") reaches in its
//!   clause, with no dead or wounded;
//! - `generic`: an attack verb in the present tense right after a relative pronoun ("التي
//!   تستهدف", with no dead or wounded), or a verb of attacking told with the manner of words
//!   said ("هاجم الوزير المعارضة قائلا", with no word of death or injury);
//! - `generic`: a word making it a kind of act ("أي هجوم", "كافة أشكال") right before it, a
//!   phrase holding it that tells a metaphor or another kind of act ("قنبلة موقوتة", "الهجوم
//!   الإلكتروني", "تظاهرة ثقافية"), an adverb of habit ("دائما ما تشن") in its clause, or a weapon or an aircraft named with no
//!   act of violence in its sentence, or an aircraft of civil flight ("للطائرات المدنية"), or a hostage ("الرهائن") named with no act of taking or
//!   holding anybody in its sentence;
//! - `generic`: an event word inside the quoted title of a work ("مسرحية «نزهة في ميدان
//!   المعركة»", or the same quoted words elsewhere in the story after a word of a work), a verb of
//!   aiming said of an activity or with the group it is for as its object ("دورة تدريبية ...
//!   استهدفت", "واستهدفت رؤساء وأعضاء المراكز"), an abduction word whose subject is death or fate
//!   ("اختطفه الموت"), or an indefinite event noun in the plural governed by a preposition ("تحمي
//!   الميليشيات من غارات الطيران", "بضربات جوية") with no day, no place but a country and no toll
//!   of its own (so it takes none from another sentence in the merge), or a body named by a word
//!   of its funeral ("جثمان الشهيد يصل الطائف") or a body handed over or carried ("سلمت جثة
//!   معلمة", "لنقل جثة الشهيد") with no event word in its sentence;
//! - `generic`: an aircraft that only flies over: an air strike whose event word is an aircraft,
//!   with a word of flying ("حلقت", "بالتحليق", "الأجواء") near it and no death, injury or act of
//!   violence in its sentence but acts denied ("من دون أن تشن غارات");
//! - `not_violence`: deaths told only with a word of death of its own ("وفاة"), or only with
//!   words of death in a story whose headline or lead tells an accident, a disaster or a game;
//! - `background`: recalled as history ("منذ الهجوم", "ذكرى") right before it, remembered ("يتذكر")
//!   before it in its clause, dated by its own words more than [`RECENT_DAYS`] before
//!   publication or only by the year ("هذا العام", "عام 2015"), going on since a past year ("منذ
//!   صيف 2012"), told in a story whose headline
//!   tells history by the day ("في مثل هذا اليوم"), or told after a word pointing back at a
//!   past time in its clause ("لم تسلم وقتها من هجمات", "آنذاك"), or named by its place ("معركة تكريت",
//!   "تفجير سروج") inside a sentence past the headline and the lead, with no day of its own, or
//!   told with no time of its own in a paragraph whose last time told before it is long past
//!   ("وكان هولمس قد دخل في 20 يوليو 2012 الى دار للسينما. وقال احد الشهود ...");
//! - `not_violence` also: a change of territory whose object is a fire ("سيطرت فرق الدفاع
//!   المدني على حريق"), or harm naming no armed, political or state side told with a shot gone
//!   astray or fired in joy ("رصاصة طائشة", "بالخطأ", "ابتهاجا");
//! - `generic`: the event word, a relative pronoun and a verb of carrying out in the present
//!   tense ("الغارات التي تشنها أنقرة"), with no day and no figure of its own: a campaign named;
//! - `statistic`: a toll told with "حتى" right before a calendar day ("حتى الأول من أغسطس"),
//!   summed over a span of days; a span of fighting ("بعد أربعة أشهر من القتال"), a toll (dead or wounded) of
//!   [`WAR_TOLL`] or more, or of [`PERIOD_TOLL`] or more with a count over a period ("منذ
//!   بداية", "خلال الأشهر", "حصيلة") or a span of fighting ("خلال ثلاثة أشهر من الاشتباكات")
//!   in its sentence;
//! - `generic` last: a weak word of violence ("استهدف", "مهاجم", "مواجهات") alone in its whole
//!   report (no other word of violence, death or injury), with no toll and not pinned by both a
//!   day and a side of its own: a word of another field.
//!
//! After the story's merge, an incident that nothing pins down (no place finer than a
//! country, no date of its own, no toll, no side) is `generic` ([`unspecific`]).

use rasd_core::{DatePrecision, Status};
use rasd_lexicon::Role;
use rasd_text::{Span, TokenKind};

use crate::calendar::{days_in_month, Day};
use crate::lexicon::Cue;
use crate::mention::{Candidate, Context};

mod reading;
mod story;
mod time;
pub use story::unspecific;

/// A vague toll this large ("المئات", "آلاف") told with an event noun in the plural is the
/// toll of many incidents.
pub const VAGUE_MANY: u64 = 100;
/// How many days before publication an incident is still news (REPORTS_GUIDELINES.md).
pub const RECENT_DAYS: i64 = 30;
/// A toll this large is a war's or a campaign's count, not one incident's.
pub const WAR_TOLL: u64 = 1000;
/// A count of acts (air strikes, barrel bombs, attacks) from which they are a campaign's, not
/// one incident's (a day of heavy shelling is told with hundreds of shells: one incident).
pub const CAMPAIGN_ACTS: u64 = 1000;
/// How many words from an arrest's word, in its clause, the crime it is for may stand.
const CRIME_WORDS: usize = 12;
/// How many words after an arrest word that also means stopping its object is looked for
/// (`Context::halted_thing`): a subject of a few words may come first ("أوقفت الخطوط الجوية
/// اليمنية اليوم الاثنين رحلاتها").
const HALTED_WORDS: usize = 7;
/// How many words after an abduction word, in its clause, its object may stand (a verb first
/// puts its subject between: "خطفت الطفلة البحرينية الزين طارق جمعة الأنظار").
const PRIZE_WORDS: usize = 8;
/// A toll this large with a count over a period in its sentence is a statistic.
pub const PERIOD_TOLL: u64 = 50;
/// How many letters an event word in the dual or the plural ("هجومين", "انفجارات") has at least:
/// a shorter word ending so is a singular ("كمين", "عدوان").
const DUAL_CHARS: usize = 6;
/// How many words after a word of a stretch of time ([`Cue::Stretch`]: "منذ أن") the day its
/// stretch began may stand ("منذ أن باشر متمردو حزب العمال الكردستاني شن هجمات يومية في 22
/// يوليو"), with no mark of a clause between.
const STRETCH_START_WORDS: usize = 16;
/// The marks that end a clause: a day after one of them is another clause's.
const CLAUSE_MARKS: &[char] = &['،', ',', '.', ';', '؛', ':'];
/// How many words before the event word a denial or an intent reaches.
const CLAUSE_WORDS: usize = 8;
/// How many words before the event word, in its clause, a standing charge reaches ("وتتهم
/// المنظمات ... القوات الحكومية والمتمردين بارتكاب فظاعات").
const CHARGE_WORDS: usize = 20;

/// How far before an event word a summary of what a side did ("ما خلفته") reaches, in its clause.
const WROUGHT_WORDS: usize = 10;
/// How many words after a verb of attacking the manner of a verbal attack ("قائلا", "علنا",
/// "في خطاب") may stand.
const VERBAL_WORDS: usize = 14;
/// How many letters the stem of a word with the future particle ("ستمدد": "تمدد") has at least
/// to be read as a verb (a noun may open with the same letters: "سنية", "سيتي").
const FUTURE_STEM: usize = 4;
/// How many words before the event word, in its clause, a noun of danger ([`Cue::Danger`])
/// reaches ("المخاطر الملموسة لوقوع أعمال إرهابية").
const DANGER_WORDS: usize = 3;
/// How many letters the verb after "قد" ([`Cue::May`]) has at least to be read as an imperfect
/// ("يقود", "يعتقل"; the prefix "ي" and three more).
pub(crate) const MAY_STEM: usize = 4;
/// How many words before the event word, in its clause, a word of warning or fear
/// ([`Cue::Warning`]) with "من" after it reaches ("وحذر الناطق باسم الائتلاف سالم المسلط من قيام
/// قوات نظام الأسد بارتكاب مجزرة").
const WARNING_WORDS: usize = 16;
/// How many words before the event word, in its clause, a word pointing back at a past time
/// ([`Cue::Then`]: "وقتها", "آنذاك") reaches.
const THEN_WORDS: usize = 10;
/// How many words before the event word a denial reaches when no punctuation stands between.
const DENIAL_WORDS: usize = 12;
/// How many words before a durative word of violence a unit of time makes it a period.
const PERIOD_WORDS: usize = 3;
/// How many sentences open a story (its headline and its lead) and tell what it is about.
const LEAD_SENTENCES: usize = 2;
/// How many words a byline or a dateline after the headline has at most ("نايف السعدي –
/// الطائف", "ماجد الرفاعي- سبق- ينبع:"): it is not counted among the lead's sentences.
const BYLINE_WORDS: usize = 8;
/// How many words before the event word a generic or history cue reaches.
const NEAR_WORDS: usize = 2;
/// How many words right after an event word an adverb of habit makes it a kind of act
/// ("غارات جوية بشكل يومي").
const HABIT_AFTER_WORDS: usize = 2;

/// How far from a gathering's word, in its clause, a word of celebrating makes it a
/// celebration ("وتظاهر آلاف ... في ساحة المدينة ... أمس ابتهاجا بعودة الأسرى").
const CELEBRATE_WORDS: usize = 12;
/// How many words after a word of a change of territory its object of many places reaches
/// ("سيطر المتمردون على كافة").
const EXPANSE_WORDS: usize = 4;
/// How many words after a word of a change of territory its object, a fire ("سيطرت فرق الدفاع
/// المدني بمنطقة الباحة على حريق"), reaches.
const BLAZE_WORDS: usize = 10;
/// How many words after the event word an adjective of a prospect or a claim reaches ("ضربة
/// جوية باتت وشيكة").
const PROSPECTIVE_WORDS: usize = 2;
/// How many words after the event word, in its clause, a span of time to come ("خلال الأيام
/// المقبلة") may end.
const COMING_WORDS: usize = 10;
/// How many words after the event word, in its clause, an adverb of soon ("قريبا") may be.
const SOON_WORDS: usize = 8;
/// How many words may stand between "خلال" and the adjective of what is to come ("خلال الساعات
/// القليلة المقبلة").
const COMING_GAP: usize = 2;

/// How far before a projectile a verb of falling tells it was fired ("سقطت عليها مقذوفات").
const LAND_WORDS: usize = 3;

/// How far before a weapon a verb of firing tells it was used ("أطلقت طائرة بلا طيار").
const LAUNCH_WORDS: usize = 5;

/// How far after a weapon fired "على" names its target ("صواريخ على سيارة").
const TARGET_WORDS: usize = 3;
/// How many words before an act a verb of suspending it ([`Cue::Suspend`]) may stand, in its
/// clause.
const SUSPEND_WORDS: usize = 5;
/// How many words after an event word "منذ" with a span of months or years may stand, in its
/// clause.
const SPAN_AGO_WORDS: usize = 6;
/// How many words may stand between the unit of an interval and "على" or "من" that anchors it on
/// an event word ("بعد ثلاث سنوات تقريبا على").
const ANCHOR_GAP: usize = 1;
/// How many words from an aircraft named as the event word a word of its civil use
/// ([`Cue::Alight`]) may stand, in its clause.
const ALIGHT_WORDS: usize = 6;

/// How many words from an aircraft named as the event word a word of its flying
/// ([`Cue::Hover`]: "حلقت", "بالتحليق") may stand, before or after it in its sentence.
const HOVER_WORDS: usize = 8;
/// How many words before an act of violence a word of negation ("من دون أن تشن غارات", "لم
/// تشن") may stand, in its clause, for the act to be denied.
const DENIED_ACT_WORDS: usize = 3;

/// How many words after the event word, in its clause, a member of the family may stand as its
/// object ("بالاعتداء على زوجته").
const KIN_WORDS: usize = 2;

/// Words after a verb of [`Cue::Pass`] searched for the span of time it spends ("قضى 220 راكبا
/// أمس ساعتين": the count, its noun and a day word may stand between).
const SPENT_WORDS: usize = 5;

/// How many words before a verb of aiming ([`Cue::Aim`]), in its clause, the activity it is
/// said of ([`Cue::Programme`]: "دورة تدريبية ضمن برنامج ... استهدفت") may stand.
const AIM_WORDS: usize = 8;
/// How many words after a verb of aiming, in its clause, the group an activity is for
/// ([`Cue::Audience`]) may stand: right after it, as its object ("واستهدفت رؤساء وأعضاء
/// المراكز"; further on the group may be the victims of an attack told before it: "الحادث الذي
/// استهدف المصلين من منسوبي القوات").
const AUDIENCE_WORDS: usize = 1;
/// How many words after an abduction word, in its clause, death or fate ([`Cue::Fate`]) may
/// stand as its subject ("اختطفه الموت", "خطفت يد المنون").
const FATE_WORDS: usize = 2;
/// How many words a quoted title ([`Context::titled`]) has at most to be looked for elsewhere in
/// the story.
const TITLE_WORDS: usize = 12;

use rasd_core::ABDUCTION;
/// The sub-event type of shelling, artillery and missiles.
use rasd_core::SHELLING;
const ARRESTS: &str = "Arrests";

impl Context<'_> {
    /// The status of a candidate read from its own sentence, before the story's merge.
    pub fn status(&self, c: &Candidate) -> (Status, Option<Span>) {
        let doc = self.doc;
        let Some(t) = doc.token_at(c.trigger_span.start) else {
            return (Status::Incident, None);
        };
        let s = c.sentence_span;
        // the line that gives the story's link ("رابط الخبر بصحيفة ...: " and the headline):
        // the headline told again at the end, no incident of its own (a record of it beside the
        // headline's is the same incident twice)
        if let Some(cue) = crate::mention::in_sentence(&self.cues, s)
            .find(|m| m.value == Cue::Link && m.span.end <= c.trigger_span.start)
        {
            return (Status::Generic, Some(cue.span));
        }
        // a story whose headline tells history by the day ("في مثل هذا اليوم .. القوات العراقية
        // تغزو الكويت"): it lists events of past years
        if let Some(head) = doc.sentences.first() {
            if let Some(cue) =
                crate::mention::in_sentence(&self.cues, head.span).find(|m| m.value == Cue::Almanac)
            {
                return (Status::Background, Some(cue.span));
            }
        }
        // a weapon word ([`Cue::Means`]) that ends a unit's name, a name noun ([`Cue::NameHead`])
        // and its number right before it ("مقر اللواء 55 صواريخ", "معسكر الكتيبة 4 دبابات"): the
        // unit's kind, no act of violence (an act after the number, "مقر اللواء 35 بقصف", is one)
        if t >= 2
            && self.cue_at_token(t, Cue::Means)
            && doc.tokens[t - 2].span.start >= s.start
            && doc.tokens[t - 1].kind == rasd_text::TokenKind::Number
            && self.cue_at_token(t - 2, Cue::NameHead)
        {
            return (Status::Generic, Some(doc.tokens[t - 2].span));
        }
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Denial) {
            return (Status::Denied, Some(cue));
        }
        // a denial whose object, a long subject before it, runs further with no punctuation
        // between ("نفت الأجهزة الأمنية بدولة الكويت اليوم ما تردد عن قيام انتحاري ...")
        if let Some(cue) = self.cue_in_clause_before(s, t, DENIAL_WORDS, Cue::Denial) {
            return (Status::Denied, Some(cue));
        }
        // an event word right after a word of demanding or calling for, as its object ("يدعو
        // إلى مهاجمة حركة حماس", "وطالبوا بتوقيف سليمان الأسد"): asked for, not done (further
        // on, the act is mostly the cause of the call: "داعيا إلى تقديم مرتكبي هذا العمل")
        if let Some(cue) = crate::mention::in_sentence(&self.cues, s)
            .find(|m| m.value == Cue::Demand && m.tokens.1 == t)
        {
            return (Status::Intent, Some(cue.span));
        }
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Intent) {
            // an attempt somebody survived ("نجا من محاولة اغتيال بتفجير سيارة مفخخة") was
            // carried out: an attack that happened, not a plan or a foiled one
            if !self.survived(s, cue) {
                return (Status::Intent, Some(cue));
            }
        }
        // a standing charge told in the present tense, with a long subject and object before
        // the act ("وتتهم المنظمات الدولية القوات الحكومية والمتمردين بارتكاب فظاعات"), in the
        // event word's clause, with no day and no figure of dead or wounded of its own: what a
        // side is said to do, not an incident (a charge over a day's act names the day)
        let explicit_toll = (c.kills.iter().chain(&c.injuries))
            .any(|p| p.qualifier != rasd_core::Qualifier::Unknown);
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.cue_in_clause_before(s, t, CHARGE_WORDS, Cue::Charge) {
                return (Status::Intent, Some(cue));
            }
        }
        // warned of or feared: a word of warning or fear, then "من", then the event word in its
        // clause, at most [`WARNING_WORDS`] words after it, with no day and no figure of dead or
        // wounded of its own ("وحذر الناطق باسم الائتلاف سالم المسلط من قيام قوات نظام الأسد
        // بارتكاب مجزرة"; nearer, the `intent` cues read it already)
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.warned_of(s, t, WARNING_WORDS) {
                return (Status::Intent, Some(cue));
            }
        }
        // feared or only possible, with no figure of dead or wounded: a noun of danger at most
        // [`DANGER_WORDS`] words before the event word in its clause ("بسبب استمرار خطر
        // الاعتداءات الجهادية", "من «المخاطر الملموسة لوقوع أعمال إرهابية»"), or "قد" with a
        // verb in the imperfect before an indefinite event word in its clause ("إن استمرار
        // العدوان قد يقود إلى مجزرة", "ممرضا ... قد يعتقل لدى عودته"); not a definite event
        // word, an incident told already ("قد يكون التنظيم وراء الهجوم")
        if !explicit_toll {
            if let Some(cue) = self.cue_in_clause_before(s, t, DANGER_WORDS, Cue::Danger) {
                return (Status::Intent, Some(cue));
            }
            if !doc.tokens[t].clitics.contains(&"ال") {
                if let Some(cue) = self.may_before(s, t, CLAUSE_WORDS) {
                    return (Status::Intent, Some(cue));
                }
            }
        }
        // what a side did or left behind, told as a kind ("ما خلفته الميليشيات من أعمال عنف في عدن
        // وتعز", "ما أحدثته من تخريب طال كافة المرافق"), in the event word's clause, with no day and
        // no figure of dead or wounded of its own: a summary of acts, not an incident
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.cue_in_clause_before(s, t, WROUGHT_WORDS, Cue::Wrought) {
                return (Status::Generic, Some(cue));
            }
        }
        // what an investigation looks into or a plan prepares ("التحقيق في اغتيال", "التخطيط
        // لهجوم"), right before the event word
        if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Inquiry) {
            return (Status::Intent, Some(cue));
        }
        // an act right after a word of halting ("طالب مجلس المحافظة بوقف القصف على المدينة",
        // "أوقفت القوات عمليات القصف الجوي"), with no figure of dead or wounded: asked to stop
        // or stopped, not carried out (not a protest: "وقف المحتجون" is "stood")
        if !explicit_toll && c.event_type != rasd_core::PROTESTS {
            if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Cease) {
                return (Status::Generic, Some(cue));
            }
            // (a verb of suspending a few words before it in its clause: "علقت القوات جزئيا
            // العمليات العسكرية من قصف جوي")
            if let Some(cue) = self.cue_in_clause_before(s, t, SUSPEND_WORDS, Cue::Suspend) {
                return (Status::Generic, Some(cue));
            }
        }
        if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Generic) {
            return (Status::Generic, Some(cue));
        }
        // an event word inside the quoted title of a work ("مسرحية «نزهة في ميدان المعركة»",
        // "فيلم «القناص الأمريكي»"): a name, no act
        if let Some(cue) = self.titled(t, s) {
            return (Status::Generic, Some(cue));
        }
        // a body named by a word of its funeral ("جثمان الشهيد يصل الطائف", "تسليم جثمان
        // معلمة", "نقل جثامين 3 شهداء بطائرة الإخلاء"), with no event word in its sentence: its
        // carrying, handing over or burial, not the death's incident (told where it happened)
        if !c.has_event_trigger && self.cue_at_token(t, Cue::Funeral) {
            return (Status::Generic, Some(c.trigger_span));
        }
        // a body ("جثة", "الجثث") right after a word of handing it over or carrying it ("سلمت
        // جثة معلمة", "سيارة إسعاف لنقل جثة الشهيد"), with no event word in its sentence: the
        // body's handing over or carrying, not the death's incident
        if !c.has_event_trigger
            && t > doc.token_at(s.start).unwrap_or(t)
            && self.cue_at_token(t, Cue::Corpse)
            && self.cue_at_token(t - 1, Cue::Handover)
        {
            return (Status::Generic, Some(doc.tokens[t - 1].span));
        }
        // a verb of aiming said of an activity ("دورة تدريبية ضمن برنامج الإسعافات الأولية
        // استهدفت عددا من منسوبي الشركة") or with the group it is for as its object ("واستهدفت
        // رؤساء وأعضاء المراكز"), with no other word of violence and no word or figure of dead or
        // wounded in its sentence: whom a workshop, a course or a programme is for, no attack
        if !explicit_toll
            && c.kill_word.is_none()
            && c.injury_word.is_none()
            && self.cue_at_token(t, Cue::Aim)
            && !crate::mention::in_sentence(&self.triggers, s).any(|h| {
                h.value.role == Role::Event
                    && h.value.is_violent()
                    && !h.span.overlaps(c.trigger_span)
            })
        {
            let activity = self.cue_in_clause_before(s, t, AIM_WORDS, Cue::Programme);
            let audience = || self.cue_in_clause_after(c, AUDIENCE_WORDS, Cue::Audience);
            if let Some(cue) = activity.or_else(audience) {
                return (Status::Generic, Some(cue));
            }
        }
        // God named right after the verb of violence ("أحرق الله من أحرقها", "قاتلهم الله"),
        // with no figure of dead or wounded: a curse or a prayer, no act
        if !explicit_toll {
            if let Some(cue) = self.cue_after(c, 1, Cue::Deity) {
                return (Status::Generic, Some(cue));
            }
        }
        // what an act, a permission or a plan aims at ("استخدام قاعدة انجرليك لشن غارات",
        // "تتمركز لشن قصف على المدينة"), right before the event word, with no figure of dead
        // or wounded ("... في البؤر التي تستخدمها كقواعد لتنفيذ هجماتها" keeps the strikes and
        // the dead its sentence tells)
        if !explicit_toll {
            if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Purpose) {
                return (Status::Intent, Some(cue));
            }
        }
        // a verb of the future right before the event word, its object or subject ("ستمدد
        // بريطانيا" told as "ستُمدد الضربات الجوية", "سنشاهد قصفا مكثفا", "ستنطلق مواجهات"),
        // with no day and no figure of dead or wounded of its own: what will be, not news (the
        // future particle on a verb stem of at least [`FUTURE_STEM`] letters; not when the event
        // word takes a preposition, "يصيب ستينيا بطعنات", where the word before is a noun, nor
        // when the word before is a place)
        if !explicit_toll && !c.own_day() && t > doc.token_at(s.start).unwrap_or(t) {
            let (verb, event) = (&doc.tokens[t - 1], &doc.tokens[t]);
            let future = verb.clitics.contains(&"س")
                && verb.stem().chars().count() >= FUTURE_STEM
                // (a place name is no verb: "وتشهد سيلوبي اشتباكات")
                && crate::context::starting_in(&self.places, |p| p.span.start, verb.span)
                    .is_empty();
            let governed = !(event.clitics.iter()).any(|p| matches!(*p, "ب" | "ل" | "ك"));
            if future && governed {
                return (Status::Intent, Some(verb.span));
            }
        }
        // a definite event noun told as the subject of a verb of the future right after it
        // ("المعارك ستعيد تجربة المدينة", "الهجوم سيكون ردا"), with no day and no word of death
        // or injury of its own: what the act will do or be, a forecast, not news ("سقوط قتلى إثر
        // تفجير مقر ... منوها أن المعارك ستستمر" keeps the dead)
        let unhurt = c.kill_word.is_none() && c.injury_word.is_none();
        if unhurt && !explicit_toll && !c.own_day() && doc.tokens[t].clitics.contains(&"ال") {
            let next = self.tokens_after(c, 1).and_then(|mut r| r.next());
            if let Some(verb) = next.map(|i| &doc.tokens[i]) {
                let future = verb.clitics.contains(&"س")
                    && verb.stem().chars().count() >= FUTURE_STEM
                    && crate::context::starting_in(&self.places, |p| p.span.start, verb.span)
                        .is_empty();
                if future {
                    return (Status::Intent, Some(verb.span));
                }
            }
        }
        // a generic phrase that holds the event word ("قنبلة موقوتة", "الهجوم الإلكتروني",
        // "تظاهرة ثقافية"), with no figure of dead or wounded: a metaphor or an act of another
        // kind
        let event = c.trigger_span;
        let holds = |m: &&crate::mention::Hit<Cue>| {
            m.value == Cue::Generic && m.span.start <= event.start && event.end <= m.span.end
        };
        if !explicit_toll {
            if let Some(cue) = crate::mention::in_sentence(&self.cues, s).find(holds) {
                return (Status::Generic, Some(cue.span));
            }
            // an abduction word whose subject is death or fate ("اختطفه الموت", "خطفت المنية
            // الفنان"): a death told as a snatching, no abduction
            if c.sub_event_type == ABDUCTION {
                if let Some(cue) = self.cue_in_clause_after(c, FATE_WORDS, Cue::Fate) {
                    return (Status::Generic, Some(cue));
                }
            }
            // an abduction word whose object is a thing won or attention ("خطف الهلال صدارة
            // المجموعة", "خطفت السباحة الصغيرة الأنظار"): a figure of speech
            if c.sub_event_type == ABDUCTION && c.victims.is_empty() {
                if let Some(cue) = self.cue_in_clause_after(c, PRIZE_WORDS, Cue::Prize) {
                    return (Status::Generic, Some(cue));
                }
                // or whose object right after it is a creed, a cause or the mind ("يريد
                // اختطاف الدين والأوطان", "خطف العقول"): a figure of speech
                if let Some(cue) = self.cue_in_clause_after(c, 1, Cue::Idea) {
                    return (Status::Generic, Some(cue));
                }
            }
        }
        // a gathering or a march told with a word of celebrating in its clause ("خرجوا إلى
        // الشوارع محتفلين بانتصار المقاومة", "تجمع المئات احتفالا بالعيد"): a celebration, no
        // protest
        if c.event_type == rasd_core::PROTESTS {
            let after = self.cue_in_clause_after(c, CELEBRATE_WORDS, Cue::Celebrate);
            let before = || self.cue_in_clause_before(s, t, CELEBRATE_WORDS, Cue::Celebrate);
            if let Some(cue) = after.or_else(before) {
                return (Status::NotViolence, Some(cue));
            }
        }
        // an event noun whose object is a whole class of places ("تفجير المساجد", "استهداف دور
        // العبادة", "الاعتداء على المساجد"), with no figure of dead or wounded and no town of its
        // own: a kind of act ("كما حدث في تفجير المساجد في القطيف" names its towns)
        if !explicit_toll && !c.named_place() {
            if let Some(cue) = self.class_object(c) {
                return (Status::Generic, Some(cue));
            }
        }
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Habitual) {
            return (Status::Generic, Some(cue));
        }
        // or right after it in its clause ("وينفذ التحالف الدولي غارات جوية بشكل يومي ضد
        // التنظيم", "وتقصف بشكل يومي البلدات المحيطة"), with no toll and no day of its own
        if !explicit_toll && !c.own_day() {
            if let Some(cue) = self.cue_in_clause_after(c, HABIT_AFTER_WORDS, Cue::Habitual) {
                return (Status::Generic, Some(self.phrase_of(s, Cue::Habitual, cue)));
            }
        }
        // an adjective right after the event word: not yet, or only claimed ("هجوم محتمل",
        // "ضربة جوية باتت وشيكة", "الهجوم المزعوم"), or an earlier one ("عمليات انتحارية سابقة")
        // a span of time to come after the act in its clause ("تحرير المدينة خلال الساعات
        // القليلة المقبلة", "إكمال تحرير المدينة خلال الأسبوعين المقبلين"): a plan or a forecast
        if let Some(cue) = self.coming_span(c) {
            return (Status::Intent, Some(cue));
        }
        if let Some(cue) = self.cue_after(c, PROSPECTIVE_WORDS, Cue::Prospective) {
            return (Status::Intent, Some(cue));
        }
        // an adverb of soon after the event word in its clause ("معركة شاملة ضد داعش قريبا",
        // "وأن معركة شاملة ضد التنظيم ستنطلق قريبا"), with no day and no figure of dead or
        // wounded: a plan or a forecast, even with the day it was said ("قال الوزير اليوم إن
        // معركة شاملة ضد التنظيم ستنطلق قريبا"; not "قريبا من", near a place)
        if !explicit_toll {
            if let Some(cue) = self.soon_after(c, SOON_WORDS) {
                return (Status::Intent, Some(cue));
            }
        }
        if let Some(cue) = self.cue_after(c, 1, Cue::Former) {
            return (Status::Background, Some(cue));
        }
        // an incident named by its place, past the headline and the lead, with no day of its
        // own ("معركة تكريت كشفت عن ضعف", "الناجين من قنبلة ناجازاكي", "بصمات إيران في تفجير
        // سترة"): a known incident recalled, not the report's news
        if let Some(name) = self.named_by_place(c) {
            return (Status::Background, Some(name));
        }
        // a war or a campaign against a side ("المعركة ضد الإرهاب") with no toll and no date of
        // its own: no incident
        if self.cue_at_token(t, Cue::Campaign) && !explicit_toll && !c.own_date() {
            return (Status::Generic, Some(c.trigger_span));
        }
        // an indefinite verbal noun of fighting whose object right after it is a side ("حليف مفيد
        // للولايات المتحدة في قتال تنظيم داعش", "رفضت قتال داعش"), with no word of death or
        // injury, no toll and no day of its own: the fight against that side, no incident ("مقتل
        // 10 جنود خلال قتال إسلاميين ببنغازي" keeps its dead; "قتال مع متمردين" names no object)
        if unhurt && !explicit_toll && !c.own_day() && self.struggle_against(c, t) {
            return (Status::Generic, Some(c.trigger_span));
        }
        // a verb of attacking told with the manner of words said ("هاجم الوزير المعارضة قائلا",
        // "هاجم مواطن الهيئة، من خلال مقطع فيديو", "هاجموه علنا"), at most [`VERBAL_WORDS`]
        // words after it, with no word of death or injury in its sentence part: an attack in
        // words ("أعدم التنظيم إمام المسجد لأنه هاجم التنظيم خلال خطبه" keeps the killing)
        if unhurt && !explicit_toll && self.cue_at_token(t, Cue::Assail) {
            if let Some(cue) = self.cue_after(c, VERBAL_WORDS, Cue::Verbal) {
                return (Status::Generic, Some(cue));
            }
        }
        // an attack verb in the present tense right after a relative pronoun ("الجماعات التي
        // تستهدف أمن البلاد", "الدورة التي تستهدف المقبلين على الزواج"), with no figure of dead
        // or wounded: it describes what somebody aims at, even in a sentence that names a day
        if !explicit_toll
            && self.cue_at_token(t, Cue::Present)
            && t > doc.token_at(s.start).unwrap_or(t)
            && self.cue_at_token(t - 1, Cue::Relative)
        {
            return (Status::Generic, Some(c.trigger_span));
        }
        // an attack verb in the present tense, or the act named in general ("القتل"), with
        // nothing of its own that pins an incident: an aim, a habit, a topic; so is any act
        // asked about ("ما المناطق التي سيطرت عليها المقاومة في تعز؟", "كيف تم تحرير عدن؟")
        if !c.own_date() && !explicit_toll {
            let last = self.doc.sentences[c.sentence].tokens.end.checked_sub(1);
            if let Some(q) = last.filter(|&i| self.cue_at_token(i, Cue::Question)) {
                return (Status::Generic, Some(self.doc.tokens[q].span));
            }
            if self.cue_at_token(t, Cue::Present) {
                return (Status::Generic, Some(c.trigger_span));
            }
            if !c.named_place() && self.cue_at_token(t, Cue::Abstract) {
                return (Status::Generic, Some(c.trigger_span));
            }
        }
        // an indefinite event noun in the plural governed by a preposition ("تحمي الميليشيات من
        // غارات الطيران", "يدعم التحالف المقاتلين بضربات جوية"), with no day, no place but a
        // country in its sentence and no word or figure of dead or wounded: a kind of act named
        // as a thing, a means or a danger, not an incident (a day or a place it takes from
        // another sentence in the merge would make one of it)
        if unhurt && !explicit_toll && !c.own_date() && self.cue_at_token(t, Cue::Plural) {
            let word = &doc.tokens[t];
            let governed = word.clitics.iter().any(|p| matches!(*p, "ب" | "ل"))
                || (t > doc.token_at(s.start).unwrap_or(t)
                    && self.cue_at_token(t - 1, Cue::Whence));
            let placed = crate::context::starting_in(&self.places, |p| p.span.start, s)
                .iter()
                .any(|p| p.span.end <= s.end && p.feature != "country");
            if governed && !word.clitics.contains(&"ال") && !placed {
                return (Status::Generic, Some(c.trigger_span));
            }
        }
        // deaths told only with words of death in a story whose headline or lead tells an
        // accident, a disaster or a game ("حادث سير يودي بحياة 16 ... وذكرت الشرطة أن من بين
        // القتلى طفل", "ضرب إعصار الساحل ... وذكرت السلطات أن العاصفة أسفرت عن مقتل ستة"), or
        // with only an aircraft named ("مقتل 12 في حادث مروحية ... وطاقم المروحية")
        let aircraft_named =
            self.cue_at_token(t, Cue::Means) && c.sub_event_type == crate::mention::AIR_STRIKE;
        // (a fire or a suffocation, "حريق", "اختناق", in the headline or the lead tells an
        // accident only to deaths and injuries told with no event word: "أصيب شخصان بالاختناق في
        // حريق اندلع في فندق")
        if !c.has_event_trigger || aircraft_named {
            for lead in self.lead_sentences() {
                if let Some(cue) = crate::mention::in_sentence(&self.cues, lead).find(|m| {
                    m.value == Cue::Domain || (m.value == Cue::Mishap && !c.has_event_trigger)
                }) {
                    return (Status::NotViolence, Some(cue.span));
                }
            }
        }
        // a weak word of violence ("مواجهات", "مدافع", "اشتباك") in a story whose headline
        // tells a game or an accident and no violence of its own ("المان يستهل مشوار
        // الدوري بفوز صعب ... وتستكمل المرحلة اليوم بثلاث مواجهات"): the game's words
        if c.priority < crate::mention::STRONG_PRIORITY {
            if let Some(cue) = self.story_domain() {
                return (Status::NotViolence, Some(cue));
            }
        }
        // deaths told only with a word of death of its own ("وفاة"): no political violence
        if !c.has_event_trigger
            && c.kill_word
                .and_then(|w| doc.token_at(w.start))
                .is_some_and(|k| self.cue_at_token(k, Cue::Natural))
        {
            return (Status::NotViolence, c.kill_word);
        }
        // a weapon or an aircraft named with no act of violence in its sentence (a plane crash,
        // an arms deal, "سلاح الجو" in a visit); an act only prepared, attempted or denied
        // ("ترسل طائرات هليكوبتر ... استعدادا لشن هجوم") is none
        let unreal = |k: usize| {
            self.cue_before(s, k, CLAUSE_WORDS, Cue::Intent).is_some()
                || self.cue_before(s, k, CLAUSE_WORDS, Cue::Denial).is_some()
        };
        // (the event word carries `cue` and names only a thing or persons: no death or injury,
        // and no real act of violence by another word of its sentence)
        let named_alone = |cue: Cue| {
            self.cue_at_token(t, cue)
                && c.kill_word.is_none()
                && c.injury_word.is_none()
                // (a denial of dead or wounded tells what a projectile did: "تلك القذائف لم
                // ينجم عنها أي ضحايا أو إصابات"; an aircraft's may tell a flight's mishap)
                && (c.no_deaths.is_none() || aircraft_named)
                && !crate::mention::in_sentence(&self.triggers, s).any(|h| {
                    h.value.role == Role::Event
                        && h.value.is_violent()
                        && doc
                            .token_at(h.span.start)
                            .is_some_and(|k| !self.cue_at_token(k, cue) && !unreal(k))
                })
        };
        // (a projectile that fell on a place was fired at it: "سقطت قذيفة هاون على حي", "المنازل
        // التي سقطت عليها مقذوفات"; a verb of falling at most [`LAND_WORDS`] words before it, in
        // its clause)
        let landed = c.sub_event_type == SHELLING
            && (self.cue_in_clause_before(s, t, LAND_WORDS, Cue::Land)).is_some();
        // (a weapon fired at a target: "أطلقت طائرة بلا طيار صواريخ على سيارة", "أطلق الحوثيون
        // صواريخ كاتيوشا على مدينة نجران"; a verb of firing at most [`LAUNCH_WORDS`] words
        // before it in its clause, "على" at most [`TARGET_WORDS`] words after it)
        let launched = (self.cue_in_clause_before(s, t, LAUNCH_WORDS, Cue::Launch)).is_some()
            && self.tokens_after(c, TARGET_WORDS).is_some_and(|r| {
                // (the surface: the key folds "ى" into "ي", "علي" is also a name)
                r.take_while(|&i| doc.tokens[i].kind != rasd_text::TokenKind::Punct)
                    .any(|i| doc.slice(doc.tokens[i].span) == "على")
            });
        if named_alone(Cue::Means) && !landed && !launched {
            return (Status::Generic, Some(c.trigger_span));
        }
        // an aircraft named as the event word with a word of its civil use in its clause
        // ("هبطت طائرة تابعة للصليب الأحمر تقل أسرى", "تمت الاستعانة بطائرة لانتشال الجثة"): it
        // lands, carries or rescues, it strikes nothing
        // (or with a word of civil flight right after it: "مطار عدن للطائرات المدنية", "طائرة
        // ركاب")
        if aircraft_named {
            if let Some(cue) = self.cue_after(c, 1, Cue::Civil) {
                return (Status::Generic, Some(cue));
            }
            let after = self.cue_in_clause_after(c, ALIGHT_WORDS, Cue::Alight);
            let before = || self.cue_in_clause_before(s, t, ALIGHT_WORDS, Cue::Alight);
            // (no act of violence told between them: "قامت طائرة بدون طيار بإطلاق صاروخ على
            // سيارة تقل ثلاثة" is a strike on a car that carried them)
            if let Some(cue) = after.or_else(before) {
                let (from, to) = if cue.start >= c.trigger_span.end {
                    (c.trigger_span.end, cue.start)
                } else {
                    (cue.end, c.trigger_span.start)
                };
                let act_between = crate::mention::in_sentence(&self.triggers, s).any(|h| {
                    h.value.role == Role::Event
                        && h.value.is_violent()
                        && from <= h.span.start
                        && h.span.end <= to
                });
                if !act_between {
                    return (Status::Generic, Some(cue));
                }
            }
        }
        // an aircraft named as the event word with a word of its flying a few words before or
        // after it ("حلقت مقاتلات تركية في أجواء جبل قنديل من دون أن تشن غارات", "بقيام طائرة
        // تجسس من دون طيار بالتحليق فوق منطقة العرقوب"), with no word or figure of dead or
        // wounded and no act of violence in its sentence but aircraft, weapons named and acts
        // denied: it flies over, it strikes nothing ("انفجارات دوت بالتزامن مع تحليق مكثف لطيران
        // التحالف" keeps the explosions; "وسط تحليق مستمر للطيران الحربي الذي نفذ عدة غارات"
        // keeps the strikes)
        if let Some(cue) = self.hovering(c) {
            return (Status::Generic, Some(cue));
        }
        // a hostage named with no act of taking or holding anybody in its sentence (a release,
        // their state, "رهينة" as a metaphor): the persons held, not an abduction
        // (or the abducted, "المختطفين", "الوزير المختطف": a standing state of persons held)
        if named_alone(Cue::Hostage)
            && !crate::mention::in_sentence(&self.cues, s).any(|m| m.value == Cue::Hold)
        {
            return (Status::Generic, Some(c.trigger_span));
        }
        // an explosive seized, defused or cleared ("وضبط عشرات العبوات والسيارات المفخخة", "نزع
        // أكثر من 30 لغمًا"), with no dead or wounded: a weapon not used
        if c.event_type == rasd_core::EXPLOSIONS
            && !explicit_toll
            && c.kill_word.is_none()
            && c.injury_word.is_none()
        {
            if let Some(cue) =
                self.cue_in_clause_before(s, t, crate::mention::SEIZE_WORDS, Cue::Seize)
            {
                return (Status::Generic, Some(cue));
            }
        }
        // fighting counted since it began ("منذ بدء المواجهات", "منذ اندلاع الحرب"): a period
        if let Some(cue) = self.cue_before(s, t, NEAR_WORDS, Cue::Onset) {
            return (Status::Statistic, Some(cue));
        }
        // "منذ" and a span of months or years, or a past year, after the event word in its clause ("الضربات
        // الجوية التي ينفذها التحالف منذ نحو أربعة أشهر", "رهينة خطفت منذ خمسة أشهر"), with no
        // day and no figure of dead or wounded of its own: done for months, or months ago, not
        // the report's news; an act told as the worst in that span ("أعنف قصف مدفعي منذ ستة
        // أشهر") is today's
        if !explicit_toll && !c.own_day() {
            let superlative = self.cue_before(s, t, 1, Cue::Superlative).is_some()
                || self.cue_after(c, 1, Cue::Superlative).is_some();
            let clause: Vec<usize> =
                (self.clause_after(c, SPAN_AGO_WORDS).into_iter().flatten()).collect();
            let since = clause
                .iter()
                .position(|&i| self.cue_at_token(i, Cue::History));
            let unit = since.and_then(|p| {
                let end = doc.token_at(s.end - 1).map_or(0, |e| e + 1);
                let from = clause[p] + 1;
                // (or, after "منذ" itself, a year before the publication's: "معارك متواصلة منذ
                // صيف 2012", "الغارات التي يشنها التحالف منذ عام 2014")
                let since_word = self.cue_at_token(clause[p], Cue::SinceYear);
                (from..end.min(from + PERIOD_WORDS))
                    .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                    .find(|&i| {
                        self.cue_at_token(i, Cue::PeriodUnit) || (since_word && self.past_year(i))
                    })
            });
            if let (Some(u), false) = (unit, superlative) {
                return (Status::Background, Some(doc.tokens[u].span));
            }
        }
        // the acts a side keeps carrying out: the event word, a relative pronoun and a verb of
        // carrying out in the present tense right after it ("الغارات الجوية التي تنفذها
        // الطائرات التركية", "البراميل المتفجرة التي تلقيها المروحيات"), with no day and no
        // figure of dead or wounded of its own: a campaign named, not an incident (after the
        // reading of one done for months, "التي تشنها منذ نحو ثلاثة أشهر", which is background)
        if !explicit_toll && !c.own_day() {
            if let Some(mut after) = self.tokens_after(c, 2) {
                if let (Some(a), Some(b)) = (after.next(), after.next()) {
                    if self.cue_at_token(a, Cue::Relative) && self.cue_at_token(b, Cue::Ongoing) {
                        return (Status::Generic, Some(doc.tokens[b].span));
                    }
                }
            }
        }
        // a span of fighting ("بعد أربعة أشهر من القتال", "سنوات الحرب", "معارك استمرت أربعة
        // أشهر"): a period, not an incident
        if self.cue_at_token(t, Cue::Durative) {
            if let Some(unit) = self.cue_before(s, t, PERIOD_WORDS, Cue::PeriodUnit) {
                return (Status::Statistic, Some(unit));
            }
            // or told after it in its clause ("إثر معارك استمرت أربعة أشهر")
            if let Some(unit) = self.cue_in_clause_after(c, PERIOD_WORDS, Cue::PeriodUnit) {
                return (Status::Statistic, Some(unit));
            }
        }
        // an arrest for a crime ("القبض على شاب امتهن سرقة لوحات المركبات", "القبض على المتحرشين",
        // drugs, smuggling, blackmail), with no armed or political side named: police work, not
        // a development of a conflict
        // (the crime in the arrest's clause, a few words from its word: "ألقت القبض على تسعة،
        // بينهم ... يحملون هويات مزورة" is no arrest for forgery)
        // an arrest word that also means stopping ([`Cue::Halt`]: "أوقفت", "توقيف") whose
        // object is a thing or an activity stopped ([`Cue::Halted`]) before any person or figure
        // in its clause ("أوقفت الخطوط الجوية اليمنية اليوم رحلاتها", "توقيف التمدد المعارض",
        // "أوقفت تقديم العلاجات"): a halt, not an arrest
        if c.sub_event_type == ARRESTS && self.cue_at_token(t, Cue::Halt) {
            if let Some(thing) = self.halted_thing(c) {
                return (Status::NotViolence, Some(thing));
            }
        }
        // a word of holding ([`Cue::Hold`]: "احتجاز", "احتجزوا") in a story of a rescue or a
        // mishap ([`Cue::Mishap`] anywhere in it: "الدفاع المدني", "إنقاذ", "مصعد": "إخراج ثلاثة أشخاص احتجزوا في عقبة الأبناء", "حالة احتجاز للمرأة
        // داخل المركبة"), with no armed, political or state side named: persons trapped, not
        // an arrest
        if c.sub_event_type == ARRESTS
            && self.cue_at_token(t, Cue::Hold)
            && !Self::side_of_state_or_arms(c)
        {
            if let Some(cue) = self.cues.iter().find(|m| m.value == Cue::Mishap) {
                return (Status::NotViolence, Some(cue.span));
            }
        }
        if c.sub_event_type == ARRESTS && !Self::side_named(c) {
            // (counted from the word's first token, as the words before it are)
            let end = doc.token_at(s.end - 1).map_or(0, |e| e + 1);
            let after = (t + 1..end.min(t + 1 + CRIME_WORDS))
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                .find(|&i| self.cue_at_token(i, Cue::Crime))
                .map(|i| doc.tokens[i].span);
            let crime = after.or_else(|| self.cue_in_clause_before(s, t, CRIME_WORDS, Cue::Crime));
            if let Some(crime) = crime {
                return (Status::NotViolence, Some(crime));
            }
        }
        // a verb of death that also means spending time, with a span of time right after it in
        // its clause ("قضى 220 راكبا ساعتين تحت الشمس", "قضوا ليلة في العراء"): a stay, not a
        // death (a date is no span spent: "قضى يوم الجمعة" keeps its death)
        if self.cue_at_token(t, Cue::Pass) {
            if let Some(span) = self.cue_in_clause_after(c, SPENT_WORDS, Cue::Spent) {
                return (Status::NotViolence, Some(span));
            }
        }
        // harm among persons with no armed, political or state side named: a member of the
        // family as the object of the act ("الاعتداء على زوجته", "أطلق النار على شقيقه"), a
        // personal quarrel told as its cause in its sentence ("للاعتداء بالضرب على يد زوجها إثر
        // خلاف عائلي", "إصابة موظفين نتيجة شجار بينهما"), or a run-over as the event word ("دهس
        // عامل بجوار مقر الشركة"; not "عملية دهس"): a family crime, a brawl or a traffic
        // accident, not political violence (an abduction of a relative, "اختطاف شقيقه", is a
        // kidnapping of its own)
        if Self::private_harm_kind(c) {
            if self.cue_at_token(t, Cue::RunOver) {
                return (Status::NotViolence, Some(doc.tokens[t].span));
            }
            let kin = (self.clause_after(c, KIN_WORDS).into_iter().flatten())
                .find(|&i| self.cue_at_token(i, Cue::Kin));
            if let Some(i) = kin {
                return (Status::NotViolence, Some(doc.tokens[i].span));
            }
            if let Some(q) =
                crate::mention::in_sentence(&self.cues, s).find(|m| m.value == Cue::Quarrel)
            {
                return (Status::NotViolence, Some(q.span));
            }
            // (or a shot gone astray or fired in joy: "أصيبت الطفلة برصاصة طائشة أثناء لهوها",
            // "تعرضت بالخطأ لإطلاق نار", "إطلاق نار ابتهاجا بالنتيجة": an accident or a
            // celebration)
            if let Some(q) =
                crate::mention::in_sentence(&self.cues, s).find(|m| m.value == Cue::Stray)
            {
                return (Status::NotViolence, Some(q.span));
            }
        }
        // acts counted in the thousands ("ألقت 14297 برميلا متفجرا", "ما لا يقل عن 12053 غارة",
        // "11 ألف اعتداء"), with no day of their own: the acts of a campaign, not one incident
        // ("أكثر من ألف قذيفة سقطت منذ منتصف ليل الأحد" is one day's shelling)
        let day_dated = c.own_day();
        if !day_dated {
            if let Some(n) = self.acts_counted(s) {
                return (Status::Statistic, Some(n));
            }
        }
        // the dead, or the wounded ("تم تسجيل 20 ألف جريح"), of a war rather than an incident
        let sum = |pieces: &[crate::slots::counts::CountPiece]| {
            crate::slots::counts::adding_pieces(pieces)
                .iter()
                .map(|p| p.max.unwrap_or(p.min))
                .sum::<u64>()
        };
        let (toll, wounded) = (sum(&c.kills), sum(&c.injuries));
        if toll >= WAR_TOLL {
            return (Status::Statistic, c.kills.first().map(|p| p.span));
        }
        if wounded >= WAR_TOLL {
            return (Status::Statistic, c.injuries.first().map(|p| p.span));
        }
        let toll = toll.max(wounded);
        // a toll told with the end of a span of days in its sentence ("إن أكثر من 260 مقاتلا
        // قتلوا ... حتى الأول من أغسطس", "الفترة من أول يناير وحتى 15 يوليو ... أعدمت 694"):
        // summed over those days, not one incident's
        if explicit_toll && toll > 0 {
            if let Some(until) = self.span_end(s) {
                return (Status::Statistic, Some(until));
            }
        }
        if toll >= PERIOD_TOLL {
            // a count over a period anywhere in its sentence, or over a span of fighting ("750
            // شخصا قتلوا في معارك عدن خلال ثلاثة أشهر من الاشتباكات")
            let tokens =
                doc.token_at(s.start).unwrap_or(0)..doc.token_at(s.end - 1).map_or(0, |e| e + 1);
            let period = tokens
                .clone()
                .find(|&i| self.cue_at_token(i, Cue::Period) && !self.risen_toll(t, i));
            if let Some(i) = period {
                return (Status::Statistic, Some(doc.tokens[i].span));
            }
            // (or the toll of acts in the plural retold with a demonstrative right before them,
            // "وقتل ما لا يقل عن 260 مقاتلا ... في هذه الغارات", "وأسفرت هذه الهجمات عن مقتل
            // أكثر من 800 شخص", with no day of its own: the sum of the many acts told before)
            if !c.own_day()
                && self.cue_at_token(t, Cue::Plural)
                && t > doc.token_at(s.start).unwrap_or(t)
                && self.cue_at_token(t - 1, Cue::Demonstrative)
            {
                return (Status::Statistic, Some(doc.tokens[t - 1].span));
            }
            let span_of_fighting = tokens
                .filter(|&i| self.cue_at_token(i, Cue::Durative))
                .find_map(|i| self.cue_before(s, i, PERIOD_WORDS, Cue::PeriodUnit));
            if let Some(unit) = span_of_fighting {
                return (Status::Statistic, Some(unit));
            }
        }
        // an event noun in the plural told over a stretch of time ("وقتل 19 ... في هجمات ... منذ
        // بداية الأزمة", "عاود في الأسابيع الماضية تنفيذ تفجيرات"): the many incidents of a
        // period, unless a day of its own pins one
        // (a day told after the word of the stretch in its sentence is when the stretch began,
        // "منذ أن باشر المتمردون شن هجمات يومية في 22 يوليو": it pins none of the acts)
        if self.cue_at_token(t, Cue::Plural) {
            let stretch = (doc.token_at(s.start).unwrap_or(0)
                ..doc.token_at(s.end - 1).map_or(0, |e| e + 1))
                .find(|&i| self.cue_at_token(i, Cue::Stretch));
            let start_day = |i: usize| {
                c.date.as_ref().is_some_and(|(d, inherited)| {
                    let from = doc.tokens[i].span.start;
                    !inherited
                        && d.span.start > from
                        && d.span.end <= s.end
                        && doc
                            .token_at(d.span.start)
                            .is_some_and(|k| k <= i + STRETCH_START_WORDS)
                        && !doc
                            .slice(Span::new(from, d.span.start))
                            .contains(CLAUSE_MARKS)
                })
            };
            if let Some(i) = stretch.filter(|&i| !day_dated || start_day(i)) {
                return (Status::Statistic, Some(doc.tokens[i].span));
            }
        }
        if self.cue_at_token(t, Cue::Plural) && !day_dated {
            // the dead or the wounded told only as vague counts, at least one of hundreds or
            // thousands ("مقتل المئات في هجمات انتحارية", "هجمات انتحارية قتلت العشرات وأصابت
            // المئات"): the toll of many incidents
            let pieces = || c.kills.iter().chain(&c.injuries);
            if pieces().all(|p| p.bare) && pieces().any(|p| p.min >= VAGUE_MANY) {
                return (
                    Status::Statistic,
                    c.kills.first().or(c.injuries.first()).map(|p| p.span),
                );
            }
        }
        // a change of territory over many places or all of something, with no day of its own
        // ("سيطر على عدة مناطق من البلاد", "سيطر المتمردون على كافة احتياطات البلاد"): a sweep
        // told in general, not one incident
        if matches!(
            c.sub_event_type.as_str(),
            crate::mention::GOVERNMENT_REGAINS | crate::mention::NON_STATE_OVERTAKES
        ) && !day_dated
        {
            if let Some(cue) = self.cue_after(c, EXPANSE_WORDS, Cue::Expanse) {
                return (Status::Generic, Some(cue));
            }
        }
        // a verb of remembering before it in its clause ("ويتذكر المترجم خطف زميله"): a memory
        if let Some(cue) = self.cue_before(s, t, CLAUSE_WORDS, Cue::Recall) {
            return (Status::Background, Some(cue));
        }
        // a fire brought under control ("سيطرت فرق الدفاع المدني بالمنطقة على حريق"): no
        // change of territory, no fighting
        if matches!(
            c.sub_event_type.as_str(),
            crate::mention::GOVERNMENT_REGAINS | crate::mention::NON_STATE_OVERTAKES
        ) {
            if let Some(at) = self.cue_in_clause_after(c, BLAZE_WORDS, Cue::Blaze) {
                return (Status::NotViolence, Some(self.phrase_of(s, Cue::Blaze, at)));
            }
        }
        // recalled as history right before the event word, or before an earlier event word of
        // the sentence that the incident's stronger word retells ("الذكرى السبعين لقصف المدينة
        // بقنبلة نووية")
        let violent_before = crate::mention::in_sentence(&self.triggers, s)
            .filter(|h| h.span.start <= c.trigger_span.start)
            .filter(|h| h.value.role == Role::Event && h.value.is_violent())
            .filter_map(|h| doc.token_at(h.span.start));
        let first = doc.token_at(s.start).unwrap_or(0);
        for k in std::iter::once(t).chain(violent_before) {
            if let Some(cue) = self.cue_before(s, k, NEAR_WORDS, Cue::History) {
                return (Status::Background, Some(cue));
            }
            // the anchor of an interval of months or years ("وقع الحادث بعد ثلاث سنوات تقريبا
            // على إطلاق النار الذي شهدته دار للسينما"): that long before the sentence's news
            if let Some(cue) = self.span_after_anchor(s, k) {
                return (Status::Background, Some(cue));
            }
            // an anniversary a few words before it in its clause ("إحياء الذكرى السنوية
            // السبعين لتفجير"), with no violent word of the sentence before the anniversary
            // ("أصيب شخصان في إطلاق للنار ... في الذكرى الأولى لمقتل الشاب" tells the
            // shooting)
            let from = k.saturating_sub(CLAUSE_WORDS).max(first);
            if let Some(i) = self.cue_in_clause(from, k, Cue::Memorial) {
                let act_before = crate::mention::in_sentence(&self.triggers, s).any(|h| {
                    h.value.role == Role::Event
                        && h.value.is_violent()
                        && h.span.start < doc.tokens[i].span.start
                });
                if !act_before {
                    let at = doc.tokens[i].span;
                    return (
                        Status::Background,
                        Some(self.phrase_of(s, Cue::Memorial, at)),
                    );
                }
            }
        }
        // a word pointing back at a past time told before ("آنذاك", "وقتها", "خلال تلك الفترة")
        // before the event word in its clause, with no day of its own: an act of that past ("وقتل
        // حينها 14 ضابط أمن حين اقتحم مسلحون عددا من المباني في غروزني", after "في ديسمبر 2014")
        if !day_dated {
            if let Some(cue) = self.cue_unmarked_before(s, t, THEN_WORDS, Cue::Then) {
                return (Status::Background, Some(cue));
            }
        }
        // a past era named in its sentence ("في نهاية الحرب العالمية الثانية"), with no day of
        // its own: history
        if !day_dated {
            if let Some(cue) =
                crate::mention::in_sentence(&self.cues, s).find(|m| m.value == Cue::Era)
            {
                return (Status::Background, Some(cue.span));
            }
        }
        // an event noun followed by a year before the publication's ("هجمات 1998", "مذبحة
        // 1915"): history named by its year
        if let Some(cue) = self.year_after(c) {
            return (Status::Background, Some(cue));
        }
        if let (Some((d, false)), Some(p)) = (&c.date, self.published) {
            if last_day(d.day, d.precision).ordinal() < p.ordinal() - RECENT_DAYS {
                return (Status::Background, Some(d.span));
            }
            // dated a month or more back from publication ("المذبحة التي وقعت قبل شهر"): a month
            // ago is no news of the last days (days and weeks ago date nothing, dates.rs)
            if d.ago {
                return (Status::Background, Some(d.span));
            }
            // dated by its own words only by the year ("هذا العام", "عام 2015", "العام
            // الجاري"): a year's record, a plan or a list of the year's events; news of the last
            // days names a day or no time at all
            if d.precision == DatePrecision::Year {
                return (Status::Background, Some(d.span));
            }
        }
        // told in a paragraph anchored to a time long past, with no time of its own ("وكان
        // هولمس قد دخل في 20 يوليو 2012 الى دور للسينما. وقال احد الشهود انه ... ما اسفر عن
        // مقتل 12 شخصا"): history, until a new anchor brings the story back to the news
        if let Some(cue) = self.past_anchor(c) {
            return (Status::Background, Some(cue));
        }
        // a sentence that adds to a list of acts recalled as history in the sentence before it
        // ("سبق أن استهدفوا المصلين ... . كما قام التنظيم بتفجير مسجد ..."): that past too
        if let Some(cue) = self.listed_after_history(c) {
            return (Status::Background, Some(cue));
        }
        // an act told after an act of a series was counted ("رابع عملية إرهابية ... منذ بداية
        // العام، حيث ... تلته عملية انتحارية في القديح"), with no date of its own: an earlier act
        // of that series
        if let Some(cue) = self.earlier_of_series(c) {
            return (Status::Background, Some(cue));
        }
        // told with a span of years counted back ("وكشفت العمليات الإرهابية المتفرقة على مدى
        // أكثر من 12 عاما ... كما حدث حين"), with no day of its own: counted or recalled over
        // years
        if let Some(cue) = self.years_span(c) {
            let status = if explicit_toll {
                Status::Statistic
            } else {
                Status::Background
            };
            return (status, Some(cue));
        }
        // a weak word of violence alone in its story, with no other word of violence,
        // death or injury anywhere in the report ("جولة تفتيشية استهدفت محافظة بيش", "بيع
        // مهاجمه البوسني"), unless a day and a side of its own pin it ("وسيطر المسلحون أمس على
        // عدة بلدات"): a word of another field (protests and arrests are told alone)
        let violent = matches!(
            c.event_type.as_str(),
            rasd_core::BATTLES | rasd_core::EXPLOSIONS | rasd_core::VAC
        );
        if violent
            && c.priority < crate::mention::STRONG_PRIORITY
            && !explicit_toll
            && c.kill_word.is_none()
            && c.injury_word.is_none()
            && !(day_dated && (c.actor1.is_some() || c.actor2.is_some()))
            && self.alone_in_story(c.trigger_span)
        {
            return (Status::Generic, Some(c.trigger_span));
        }
        (Status::Incident, None)
    }
}

/// The last day of the period a date of `precision` starting on `day` names.
fn last_day(day: Day, precision: DatePrecision) -> Day {
    match precision {
        DatePrecision::Day => day,
        DatePrecision::Week => day.add_days(6),
        DatePrecision::Month => {
            Day::new(day.year, day.month, days_in_month(day.year, day.month)).unwrap_or(day)
        }
        DatePrecision::Year => Day::new(day.year, 12, 31).unwrap_or(day),
    }
}
