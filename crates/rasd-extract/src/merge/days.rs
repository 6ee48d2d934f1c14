//! Days in the merge: a day told with a verb of saying gives way to the act's own day told
//! before it ([`said_before`], [`said_after`]), and an act told anew with an earlier day and a
//! toll of its own is another incident than the one the story's day dates
//! ([`earlier_act_of_its_own_day`]); and the tests of two mentions' days the merge's rules share
//! ([`own_days_apart`], [`own_days_more_apart`], [`day_differs`]).

use super::*;

/// Whether `later`, an act told anew (not definite) with a toll and a day of its own, tells an
/// earlier incident than `earlier`, which the story's day of an act told before it dates (not a
/// day of saying or of condemning): its day lies more than [`RETOLD_DAYS`] before ("والخميس
/// الماضي قتل 49 شخصا في هجوم بقنبلة في سوق بمدينة غومبيه" after the twin bombings there, told
/// with no day of their own after the lead's "قتل اكثر من 50 شخصا، يوم أمس"; "وقتل حزب العمال
/// الكردستاني 21 على الأقل ... منذ 20 يوليو" after "وقتل جندي آخر في هجوم بإقليم اغري" the
/// lead dates "اليوم الجمعة"), or any day before when both are told as days counted from the
/// story's today ([`both_relative`]), a bare word of death being a toll of its own there, and
/// the story's day told in the earlier's own paragraph (one told in an earlier paragraph dates
/// it loosely: [`Candidate::parted_day`]). A story's day of saying gives way to such a day instead
/// ([`said_before`]).
pub(super) fn earlier_act_of_its_own_day(earlier: &Candidate, later: &Candidate) -> bool {
    let (Some((a, true)), Some((b, false))) = (&earlier.date, &later.date) else {
        return false;
    };
    let day = rasd_core::DatePrecision::Day;
    // (not a headline, which takes a day told after it only as the story's: a day an act of
    // the body tells of its own may be the headline incident's)
    !earlier.said_day
        && !earlier.reaction_day
        && a.span.start < earlier.trigger_span.start
        && !later.definite
        && a.precision == day
        && b.precision == day
        && b.day < a.day
        && ((!later.kills.is_empty() && b.days_apart(a) > RETOLD_DAYS)
            // (a death told with a bare word, "لقي مصرعه", is a toll of its own here)
            || ((!later.kills.is_empty() || later.kill_word.is_some())
                && !earlier.parted_day
                && both_relative(a, b)))
}

/// Whether both days are told as days counted from the story's today alone ("أمس", "أول من
/// أمس"): such words do not re-date one act loosely, as a weekday told for the same act may
/// ([`crate::dates::DateMention::relative`]), so two of them that differ tell two days whatever
/// [`RETOLD_DAYS`] allows ("حيث دخلوا أمس في اشتباكات" dating "كما سيطرت المقاومة على جبل
/// الكسارة", and "لقي مصرعه أول من أمس بمفرق العند" told two paragraphs on).
fn both_relative(a: &crate::dates::DateMention, b: &crate::dates::DateMention) -> bool {
    a.relative.is_some() && b.relative.is_some()
}

/// How many days before the day a statement told of it an incident's day told elsewhere in the
/// story may lie ([`said_before`]).
const SAID_AFTER_DAYS: i64 = 7;

/// Whether `into`'s day, when the incident was told of ("أعلنت وزارة الداخلية أمس الجمعة عن مقتل
/// عنصر إرهابي ... أثناء عملية أمنية"), gives way to the earlier day `other`, a mention of the same
/// incident, is dated by and which nobody said it on ("إن وحدات مختصة ... قامت مساء الخميس
/// بعملية استباقية", then "بينما قتل عنصر آخر"): the statement came after the incident, on
/// its day or up to [`SAID_AFTER_DAYS`] later. Not a day `other` takes from a sentence of
/// another act ("وشارك مئات السوريين في احتجاج نادر مساء السبت" and then "ألقت القبض على
/// سليمان", after "قالت الوكالة يوم الاثنين إن السلطات اعتقلت"): the arrest came after it.
pub(super) fn said_before(into: &Candidate, other: &Candidate) -> bool {
    let (Some((a, _)), Some((b, _))) = (&into.date, &other.date) else {
        return false;
    };
    into.said_day
        && !other.said_day
        && !other.reaction_day
        && !other.other_kind_day
        && said_after(a, b)
        // (told after the statement, as what it tells: a day told before it is the story's
        // clock of another matter, "وأدان الليلة قبل الماضية اختطاف الموظفين" and then "قتل 40
        // شخصا ... في اشتباكات ...، بحسب ما افاد الاربعاء مسؤول")
        && b.span.start > a.span.start
}

/// Whether `said`, the day an incident was told of, is a day to [`SAID_AFTER_DAYS`] days after
/// `act`, a day of the act: both days, the statement after the act.
fn said_after(said: &crate::dates::DateMention, act: &crate::dates::DateMention) -> bool {
    let day = rasd_core::DatePrecision::Day;
    said.precision == day
        && act.precision == day
        && (1..=SAID_AFTER_DAYS).contains(&(said.day.ordinal() - act.day.ordinal()))
}

/// Whether both have a day of their own, told as the incident's, more than [`RETOLD_DAYS`] apart
/// or that cannot be one time.
pub(super) fn own_days_apart(a: &Candidate, b: &Candidate) -> bool {
    own_days_more_apart(a, b)
        || matches!((&a.date, &b.date), (Some((x, false)), Some((y, false))) if x.conflicts(y))
}

/// Whether both have a day of their own more than [`RETOLD_DAYS`] apart (a week told as the
/// time, "هذا الأسبوع", is any day within it: [`crate::dates::DateMention::days_apart`]).
pub(super) fn own_days_more_apart(a: &Candidate, b: &Candidate) -> bool {
    match (&a.date, &b.date) {
        (Some((x, false)), Some((y, false))) => x.days_apart(y) > RETOLD_DAYS,
        _ => false,
    }
}

/// Whether both have a day and not the same one (a week is any day within it).
pub(super) fn day_differs(a: &Candidate, b: &Candidate) -> bool {
    match (&a.date, &b.date) {
        (Some((x, _)), Some((y, _))) => x.days_apart(y) > 0,
        _ => false,
    }
}

/// How many days apart two incidents' own days may be and still be one incident told twice.
pub(super) const RETOLD_DAYS: i64 = 2;
