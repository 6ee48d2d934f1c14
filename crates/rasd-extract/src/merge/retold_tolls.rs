//! After the merge loop: incidents of one story joined when one retells the other's toll (the
//! toll sentence had joined the later of two retellings first, so the loop never compared them
//! again).

use super::*;

/// Whether two incidents of one story that the merge kept apart while the later had no toll yet
/// tell one incident now that a toll sentence told after both gave the later the earlier's toll
/// ("هجوم انتحاري يوقع 15 قتيلا في أفغانستان", then "فجر انتحاري ... في المار" dated by the day
/// its governor spoke, then "مقتل 15 شخصا على الأقل ... 38 شخصا آخرين اصيبوا"): the same toll
/// retold ([`retold_toll`]) of one kind of act (or one told with a word of any kind), with none
/// of the guards of [`same_incident`] between them (another act of a series, a strike from
/// afar and a bombing) and no days of their own more than [`RETOLD_DAYS`](super::days::RETOLD_DAYS) apart (a day told
/// with a statement may be the day it was said: the retold toll outweighs it, as in
/// [`same_incident`]).
fn toll_siblings(earlier: &Candidate, later: &Candidate) -> bool {
    let generic = |c: &Candidate| !c.has_event_trigger || c.priority <= GENERIC_PRIORITY;
    earlier.status == later.status
        && (earlier.sub_event_type == later.sub_event_type
            || generic(earlier)
            || generic(later)
            || kin(earlier, later))
        && !(earlier.ordinal != later.ordinal
            && earlier.has_event_trigger
            && later.has_event_trigger)
        && !own_days_more_apart(earlier, later)
        && (retold_toll(earlier, later) || headline_retold(earlier, later))
        && same_incident(earlier, later)
}

/// The smallest toll a headline and the body's account may share to be one incident by it
/// ([`headline_retold`]); from [`RETOLD_TOLL`] up, [`retold_toll`] reads any two mentions.
const HEADLINE_TOLL: u64 = 2;

/// Whether `earlier`, the headline's incident, and `later`, the body's, tell one small toll
/// (from [`HEADLINE_TOLL`] to below [`RETOLD_TOLL`]) of one kind of act at one town: "انفجار عند
/// مركز للشرطة في إسطنبول يقتل أربعة أشخاص", then the lead's "ثلاثة أشخاص قتلوا ... في انفجار
/// وقع عند مركز للشرطة في ضاحية باسطنبول" (kept apart from the headline by its 3) and "مقتل
/// ثلاثة مهاجمين ورجل شرطة في الهجوم" (4): the body's final toll is the headline's. Each toll a
/// figure, the same sub-type, the same place of precision 2 or finer.
fn headline_retold(earlier: &Candidate, later: &Candidate) -> bool {
    let toll = total(&earlier.kills);
    let figured = |c: &Candidate| all_figured(&c.kills);
    earlier.first_sentence == 0
        && later.first_sentence > 0
        && (HEADLINE_TOLL..RETOLD_TOLL).contains(&toll)
        && toll == total(&later.kills)
        && figured(earlier)
        && figured(later)
        && earlier.sub_event_type == later.sub_event_type
        && earlier.named_place()
        && earlier.place.key.is_some()
        && earlier.place.key == later.place.key
}

/// Whether `retold`, told as an incident with no day of its own, is `history`, told by the story
/// with its day or year, retold by its toll (in either order: a headline's mention may put the
/// retelling first) ("قتل 12 شخصًا داخل دار للسينما في 2012",
/// then "وتمكن من إطلاق مئات الرصاصات وقتل 12 شخصا"): the same toll of one kind of act
/// ([`retold_toll`]), no places apart. Today's incident of the same toll has a day of its own,
/// or the story's day, in its sentence or its merged mentions.
fn history_retold(history: &Candidate, retold: &Candidate) -> bool {
    history.status == rasd_core::Status::Background
        && retold.status == rasd_core::Status::Incident
        && history.date.is_some()
        && retold.date.is_none()
        && retold_toll(history, retold)
}

/// Joins each incident to an earlier one of the story it retells by its toll ([`toll_siblings`],
/// [`history_retold`]), the earlier (the history) keeping its place, day and status; returns the
/// pairs compared.
pub(super) fn join_toll_siblings(out: &mut Vec<Candidate>) -> usize {
    let mut pairs = 0;
    let mut i = 1;
    while i < out.len() {
        let from = i.saturating_sub(MERGE_WINDOW);
        pairs += i - from;
        let found = (from..i).find(|&j| {
            toll_siblings(&out[j], &out[i])
                || history_retold(&out[j], &out[i])
                || history_retold(&out[i], &out[j])
        });
        match found {
            Some(j) => {
                // (the history takes the retelling in, whichever was told first)
                if out[i].status == rasd_core::Status::Background
                    && out[j].status != rasd_core::Status::Background
                {
                    out.swap(i, j);
                }
                let c = out.remove(i);
                absorb(&mut out[j], c);
            }
            None => i += 1,
        }
    }
    pairs
}
