//! Mention status (DESIGN.md section 2, "Mention status"): what the report tells of each incident
//! candidate. Only `incident` candidates make the default output; the others are kept under
//! `--all` with the words that decided them (`status_cue`).
//!
//! The rules read the candidate's own sentence, from the words before its event word:
//! - `denied`: a word of denial ("نفى") shortly before it;
//! - `intent`: an attempt, accusation, investigation, trial, warning or fear shortly before it
//!   (not an attempt somebody survived, "نجا من محاولة اغتيال": that attack happened), or an
//!   investigation into or the planning of it right before it ("التحقيق في", "التخطيط ل"), or
//!   the aim of a base, a deployment or an aid right before it ("لشن غارات", "ومساعدتها في
//!   طرد المتمردين", with no dead or wounded),
//!   or what forces are massed or sent for ("حشد القوات لمهاجمة عدن", with no dead or wounded),
//!   or a standing charge in the present tense in its clause ("وتتهم المنظمات ... بارتكاب
//!   فظاعات", with no day and no dead or wounded of its own), or a verb of the future right
//!   before it ("ستمدد الضربات الجوية", with no day and no dead or wounded of its own), or
//!   feared or only possible, with no figure of its own: a noun of danger right before it
//!   ("خطر الاعتداءات"), or "قد" with an imperfect before it ("قد يقود إلى مجزرة"), or warned
//!   of or feared further on: a word of warning or fear, "من" and the act in its clause, with no
//!   day and no toll of its own ("وحذر الناطق ... من قيام قوات النظام بارتكاب مجزرة"), or the
//!   object of a call further on in its clause ("وناشد شيوخ القبائل قوات التحالف بتعزيز
//!   الضربات الجوية", with no day and no toll of its own);
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
//!   ("اختطفه الموت") or whose object is a thing won or attention, right after it or after its
//!   subject's relative clause closed by a comma ("خطف ترامب الذي يأتي في طليعة ...، الأضواء"),
//!   or an indefinite event noun in the plural governed by a preposition ("تحمي
//!   الميليشيات من غارات الطيران", "بضربات جوية") with no day, no place but a country and no toll
//!   of its own (so it takes none from another sentence in the merge), or a body named by a word
//!   of its funeral ("جثمان الشهيد يصل الطائف") or a body handed over or carried ("سلمت جثة
//!   معلمة", "لنقل جثة الشهيد") with no event word in its sentence;
//! - `generic`: a word of lasting violence fighters are sent to ("الدفع بأبناء قبائلهم إلى
//!   المعارك", "كرافد جديد لجبهات القتال"), the wounded a hospital receives ("تستقبل المرضى
//!   والمصابين"), or the means of a support ("وتدعم دول قوات التحالف بالضربات الجوية"), with no
//!   figure (and no day) of its own;
//! - `generic`: an aircraft that only flies over: an air strike whose event word is an aircraft,
//!   with a word of flying ("حلقت", "بالتحليق", "الأجواء") near it and no death, injury or act of
//!   violence in its sentence but acts denied ("من دون أن تشن غارات");
//! - `not_violence`: deaths told only with a word of death of its own ("وفاة"), or only with
//!   words of death in a story whose headline or lead tells an accident, a disaster or a game,
//!   or a body found ("عثر على جثة") in a story that tells no other act of violence and tells
//!   an accident anywhere ("إن الرجل غرق"), or a blast told with generic words of explosion
//!   alone and no perpetrator in a sentence that names a store of weapons ("أن الانفجار كان في
//!   أحد مستودعات الأسلحة");
//! - `background`: a word of lasting or general violence that ruined a thing, in a relative
//!   clause right before it ("المطار الذي دمرته المعارك", with no figure of its own);
//! - `background`: recalled as history ("منذ الهجوم", "ذكرى") right before it, remembered ("يتذكر")
//!   before it in its clause, dated by its own words more than [`RECENT_DAYS`] before
//!   publication or only by the year ("هذا العام", "عام 2015"), or only by the whole month
//!   before publication's in a relative clause or after a past verb of being ("وكان"), the month's middle more than [`RECENT_DAYS`]
//!   before it ("الذي قتل جراء غارة جوية ... الشهر الماضي" told on 27 July), going on since a past year ("منذ
//!   صيف 2012"), told in a story whose headline
//!   tells history by the day ("في مثل هذا اليوم"), or told after a word pointing back at a
//!   past time in its clause ("لم تسلم وقتها من هجمات", "آنذاك"), or told only as following an
//!   act of a past year ("وشن غاراتها على طالبان ...، بعد هجمات «القاعدة» على أميركا 2001",
//!   with no date of its own), or named by its place ("معركة تكريت",
//!   "تفجير سروج") inside a sentence past the headline and the lead, with no day of its own, or
//!   told with no time of its own in a paragraph whose last time told before it is long past
//!   ("وكان هولمس قد دخل في 20 يوليو 2012 الى دار للسينما. وقال احد الشهود ...");
//! - `not_violence` also: a change of territory whose object is a fire ("سيطرت فرق الدفاع
//!   المدني على حريق") or a paper right after it ("تم تحرير محضر بالواقعة": writing a police
//!   report, no liberation), or harm naming no armed, political or state side told with a shot gone
//!   astray or fired in joy ("رصاصة طائشة", "بالخطأ", "ابتهاجا");
//! - `generic`: the event word, a relative pronoun and a verb of carrying out in the present
//!   tense ("الغارات التي تشنها أنقرة"), with no day and no figure of its own: a campaign named;
//! - `generic`: an event noun in the plural with a count of countries or continents after it in
//!   its sentence part ("العمليات الإرهابية ... التي تمت متزامنة في 26 يونيو الماضي في ثلاث
//!   قارات"): acts in several lands, several incidents told together;
//! - `generic`: a definite noun of several acts ("التفجيرات") told with a list of places, with no
//!   date and no dead or wounded of its own ("والتفجيرات التي ضربت القطيف والدمام والأحساء
//!   وعسير"): several incidents named together, none of them told;
//! - `statistic`: a toll told with "حتى" right before a calendar day ("حتى الأول من أغسطس"),
//!   summed over a span of days; a span of fighting ("بعد أربعة أشهر من القتال"), a toll (dead or wounded) of
//!   [`WAR_TOLL`] or more, or of [`PERIOD_TOLL`] or more with a count over a period ("منذ
//!   بداية", "خلال الأشهر", "حصيلة") or a span of fighting ("خلال ثلاثة أشهر من الاشتباكات")
//!   in its sentence; an act told after a noun of several incidents in its clause ("سجلت حوادث
//!   عدة قتل فيها سود برصاص شرطيين", with no day of its own); and, once every candidate has its
//!   status, an event noun in the plural
//!   with the article, with a toll and no date and no named place of its own, in the sentence
//!   right after a statistic of the same noun ("قتلوا في الغارات التركية" after "خلال أسبوعين
//!   من الغارات الجوية"): a part of that count ([`Context::statistic_retold`]);
//! - `generic`: an aircraft governed as a means of travel ("عبر طائرة الأمن", "بالطائرة") with
//!   no act of violence in its sentence;
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

mod counted;
mod field;
mod history;
mod kinds;
mod reading;
mod story;
mod time;
mod unreal;
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
/// How many words after an abduction word its subject with a relative clause may reach, up to
/// the comma its object follows ("خطف الملياردير الأميركي دونالد ترامب الذي يأتي في طليعة
/// استطلاعات الرأي للانتخابات التمهيدية للحزب الجمهوري في الولايات المتحدة، الأضواء").
const RELATIVE_SUBJECT_WORDS: usize = 24;
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
/// How many words before the event word, in its clause, a word of training ([`Cue::Drill`])
/// whose complement holds it may stand ("تدرب عناصرها في إيران على الغوص في أعماق البحر
/// وتنفيذ عمليات تفجير").
const DRILL_WORDS: usize = 12;
/// How many words after a word of training "على" may stand, its subject and a place between
/// ("تدرب عناصرها في إيران على").
const DRILL_ONTO_WORDS: usize = 5;
/// How many words may stand between a town told before the event word and the event word for
/// the town to be its own ("في أبها أجازوا لأنفسهم تفجير المساجد").
const OWN_PLACE_WORDS: usize = 3;
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
/// How many words before an event word with "ل", in its clause, a word of massing or advancing
/// forces ([`Cue::Muster`]) may stand, its object between ("تحشد قواتها وآلياتها لاقتحام").
const MUSTER_WORDS: usize = 3;
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
/// How many words before the event word, in its clause, a word of calling ([`Cue::Call`],
/// [`Cue::Demand`]) whose object the event word is may stand ("ودعت ... زوجة زعيم المعارضة
/// المعتقل ... أنصارها إلى التظاهر": a long subject and the addressee between).
const CALL_WORDS: usize = 16;
/// How many words before the event word, in its clause, a word pointing back at a past time
/// ([`Cue::Then`]: "وقتها", "آنذاك") reaches.
const THEN_WORDS: usize = 10;
/// How many words before the event word a denial reaches when no punctuation stands between.
const DENIAL_WORDS: usize = 12;
/// How many words before an act of violence, in its clause, a word of intent makes it only tried
/// ("فيحاول مسلحو حزب الله إلى جانب وحدات عسكرية موالية لنظام الأسد منذ أكثر من شهر اقتحام"),
/// when a change of territory told with "ل" of purpose is weighed against it.
const TRIED_WORDS: usize = 16;
/// How many words before a durative word of violence a unit of time makes it a period.
const PERIOD_WORDS: usize = 3;
/// How many sentences open a story (its headline and its lead) and tell what it is about.
const LEAD_SENTENCES: usize = 2;
/// How many words a byline or a dateline after the headline has at most ("نايف السعدي –
/// الطائف", "ماجد الرفاعي- سبق- ينبع:"): it is not counted among the lead's sentences.
const BYLINE_WORDS: usize = 8;
/// How many words before the event word a generic or history cue reaches.
const NEAR_WORDS: usize = 2;
/// How many words after a past verb of being ([`Cue::Had`]) "قد" may stand to make a pluperfect
/// ("كانت قد سجنت", "وكانت القوات الأمريكية قد اعتقلتها").
const HAD_WORDS: usize = 4;
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
/// How far before the event word, in its clause, a span of time to come ([`Cue::Ahead`]) tells
/// a plan or a forecast ("ستكون الـ48 الساعة القادمة هي الفاصلة لتطهير المدينة").
const AHEAD_WORDS: usize = 6;

/// How many words before a word of lasting violence, in its clause, a word of sending fighters
/// ([`Cue::Dispatch`]) may stand ("عن الدفع بأبناء قبائلهم إلى المعارك").
const DISPATCH_WORDS: usize = 8;
/// How many words before a word of the wounded, in its clause, a verb of receiving
/// ([`Cue::Admit`]) may stand ("تستقبل المرضى والمصابين").
const ADMIT_WORDS: usize = 3;
/// How many words before an event word with "ب", in its clause, a verb of supporting
/// ([`Cue::Back`]) may stand ("وتدعم دول قوات التحالف بالضربات الجوية").
const BACK_WORDS: usize = 4;

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
/// How many words before an aircraft governed as a means of travel a noun of an act of violence
/// ([`Cue::Anaphor`]: "الضربات الأميركية بطائرات") makes it the means of that act, in its clause.
const VIA_ACT_WORDS: usize = 3;

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

/// What every pass of [`Context::status`] reads of a candidate.
#[derive(Clone, Copy)]
struct Facts {
    /// The event word's token.
    t: usize,
    /// The candidate's sentence.
    s: Span,
    /// A figure of dead or wounded of its own that is not a bare unknown.
    explicit_toll: bool,
    /// No word of death or injury of its own.
    unhurt: bool,
    /// A day of its own ([`Candidate::own_day`]).
    day_dated: bool,
}

/// What a pass of [`Context::status`] reads: a status and the words that decided it, or none.
type Verdict = Option<(Status, Option<Span>)>;

impl Context<'_> {
    /// The status of a candidate read from its own sentence, before the story's merge: the
    /// passes below in this order, the first that reads a status deciding it, else an incident.
    pub fn status(&self, c: &Candidate) -> (Status, Option<Span>) {
        let Some(t) = self.doc.token_at(c.trigger_span.start) else {
            return (Status::Incident, None);
        };
        let f = Facts {
            t,
            s: c.sentence_span,
            explicit_toll: (c.kills.iter().chain(&c.injuries))
                .any(|p| p.qualifier != rasd_core::Qualifier::Unknown),
            unhurt: c.kill_word.is_none() && c.injury_word.is_none(),
            day_dated: c.own_day(),
        };
        self.frame(c, f)
            .or_else(|| self.not_carried_out(c, f))
            .or_else(|| self.named_not_done(c, f))
            .or_else(|| self.told_to_come(c, f))
            .or_else(|| self.figure_or_kind(c, f))
            .or_else(|| self.not_pinned(c, f))
            .or_else(|| self.other_field(c, f))
            .or_else(|| self.over_a_span(c, f))
            .or_else(|| self.private_or_police(c, f))
            .or_else(|| self.counted(c, f))
            .or_else(|| self.recalled(c, f))
            .or_else(|| self.alone(c, f))
            .unwrap_or((Status::Incident, None))
    }

    /// The story's frame: the line that gives its link, a headline of history by the day, a weapon
    /// word that ends a unit's name.
    fn frame(&self, c: &Candidate, f: Facts) -> Verdict {
        let doc = self.doc;
        let Facts { t, s, .. } = f;
        // the line that gives the story's link ("رابط الخبر بصحيفة ...: " and the headline):
        // the headline told again at the end, no incident of its own (a record of it beside the
        // headline's is the same incident twice)
        if let Some(cue) = crate::mention::in_sentence(&self.cues, s)
            .find(|m| m.value == Cue::Link && m.span.end <= c.trigger_span.start)
        {
            return Some((Status::Generic, Some(cue.span)));
        }
        // a story whose headline tells history by the day ("في مثل هذا اليوم .. القوات العراقية
        // تغزو الكويت"): it lists events of past years
        if let Some(head) = doc.sentences.first() {
            if let Some(cue) =
                crate::mention::in_sentence(&self.cues, head.span).find(|m| m.value == Cue::Almanac)
            {
                return Some((Status::Background, Some(cue.span)));
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
            return Some((Status::Generic, Some(doc.tokens[t - 2].span)));
        }
        None
    }

    /// A weak word of violence alone in its whole report, with no toll and not pinned by a day and
    /// a side of its own: a word of another field.
    fn alone(&self, c: &Candidate, f: Facts) -> Verdict {
        let Facts {
            explicit_toll,
            day_dated,
            ..
        } = f;
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
            return Some((Status::Generic, Some(c.trigger_span)));
        }
        None
    }
}

/// The middle day of the month of `day`.
fn middle_of_month(day: Day) -> Day {
    let middle = days_in_month(day.year, day.month).div_ceil(2);
    Day::new(day.year, day.month, middle).unwrap_or(day)
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
