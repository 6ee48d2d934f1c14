//! In the merge loop: a word of a kind of its own with nothing of its own ("الانتحاري") names
//! the incident of that kind the story told before, not deaths told since with no event word.

use super::*;

/// Where a word of a kind of its own ("الانتحاري") with no place, no day and no toll of its own
/// belongs when the rules found `out[found]` for it: the incident of that kind the story told
/// before ("هجوم انتحاري ... في سوروتش قبيل ظهر الاثنين"), on another day than `out[found]`,
/// when `out[found]` is deaths told with no event word on a day of their own ("فتحوا الخميس
/// النار ... مما ادى الى مقتل ضابط صف" of a border post's fire) that any later word would
/// retell. Not a word of fighting: "بعد معارك ضارية" is the fight whose dead were told ("وقتل 8
/// حوثيين ... خلال تطهير ... القصر"). `None` when `c` is no such word or no such incident was
/// told (the index is into `out`, from `from`).
pub(super) fn of_own_kind(
    out: &[Candidate],
    from: usize,
    found: Option<usize>,
    c: &Candidate,
) -> Option<usize> {
    let e = &out[from + found?];
    let coarse = c.has_event_trigger
        && c.priority > GENERIC_PRIORITY
        && c.place.key.is_none()
        && !c.own_date()
        && c.kills.is_empty()
        && c.injuries.is_empty();
    (coarse
        && c.event_type != rasd_core::BATTLES
        && !e.has_event_trigger
        && e.own_date()
        && (e.kills.iter()).any(|p| p.qualifier != rasd_core::Qualifier::Unknown)
        && e.event_type != c.event_type)
        .then_some(())?;
    latest_of_its_sub_type(out, from, c, |x| x.own_date() && day_differs(x, e))
}

/// Where a definite word of strikes from the air or from afar with no place of its own ("بعد
/// الغارات الجوية التي طالت مواقعه") belongs when the rules found `out[found]`, a battle told
/// with an event word of its own ("وسبق الغارات اشتباكات ... على الحدود"): the latest incident
/// of its own sub-type it may retell ("«تسعة قتلى ... سقطوا ... بالغارات الجوية»"), which ACLED
/// codes apart from the fighting on the ground. `None` when `c` is no such word, or no such
/// incident was told (then the battle stands).
pub(super) fn strikes_of_own_kind(
    out: &[Candidate],
    from: usize,
    found: Option<usize>,
    c: &Candidate,
) -> Option<usize> {
    let e = &out[from + found?];
    (from_afar(c)
        && c.definite
        && !c.named_place()
        && e.has_event_trigger
        && e.event_type == rasd_core::BATTLES)
        .then_some(())?;
    latest_of_its_sub_type(out, from, c, |_| true)
}

/// The latest incident of `out` from `from` on (its index from `from`) told with an event word
/// of `c`'s status and sub-type, that `c` may retell and `also` takes.
fn latest_of_its_sub_type(
    out: &[Candidate],
    from: usize,
    c: &Candidate,
    also: impl Fn(&Candidate) -> bool,
) -> Option<usize> {
    out[from..].iter().rposition(|x| {
        x.status == c.status
            && x.has_event_trigger
            && x.sub_event_type == c.sub_event_type
            && also(x)
            && same_incident(x, c)
    })
}
