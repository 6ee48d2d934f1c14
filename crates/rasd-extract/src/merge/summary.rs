//! After the merge loop: a headline or a lead that tells several acts with one toll ("إصابة
//! عشرة رجال شرطة أتراك في تفجيرات", "اصيب مالايقل عن عشرة من رجال الشرطة في تفجيرين"), then
//! each act with its own ("اصيب مالايقل عن سبعة ... في هجوم بقنبلة يدوية في منطقة بيسميل",
//! "اصيب ثلاثة ... في هجوم بقنبلة"), sums the acts: no incident of its own.

use super::*;

/// How many acts the story must tell after the summary, each with a toll of its own, for their
/// tolls to add up to it.
const SUMMED_ACTS: usize = 2;

/// Whether the toll `whole` (a figure, none bare) is the sum of the tolls `parts` of the acts
/// told after it, [`SUMMED_ACTS`] or more of them carrying one.
fn summed(whole: &[CountPiece], parts: &[&[CountPiece]]) -> bool {
    let figured = |x: &[CountPiece]| !x.is_empty() && all_figured(x);
    let told: Vec<&[CountPiece]> = parts.iter().copied().filter(|x| !x.is_empty()).collect();
    figured(whole)
        && told.len() >= SUMMED_ACTS
        && told.iter().all(|x| figured(x))
        && told.iter().map(|x| total(x)).sum::<u64>() == total(whole)
}

/// The incidents told in the headline or the lead (sentence 0 or 1) as several acts
/// ([`Candidate::several_told`]: "تفجيرات", "تفجيرين") whose every toll, of the dead and of the
/// wounded, is the sum of the tolls of the incidents of its event type the story tells after
/// it on no day of their own apart from its own, at least [`SUMMED_ACTS`] of them with a figure of their own: the summary of those
/// incidents, not one more (status statistic, its cue the event word). Their own records carry
/// each act's toll.
pub(super) fn summary_of_acts(out: &mut [Candidate]) {
    for i in 0..out.len() {
        let e = &out[i];
        let summary = e.status == rasd_core::Status::Incident
            && e.has_event_trigger
            && e.several_told
            && e.first_sentence <= 1
            && (!e.kills.is_empty() || !e.injuries.is_empty());
        if !summary {
            continue;
        }
        let acts: Vec<&Candidate> = (out.iter().enumerate())
            .filter(|&(j, x)| {
                j != i
                    && x.status == rasd_core::Status::Incident
                    && x.has_event_trigger
                    && !x.several_told
                    && x.first_sentence > e.sentence
                    && x.event_type == e.event_type
                    // (an act dated a day of its own apart from the summary's is none of its acts:
                    // "قتل 32 شخصًا ... يوم الاثنين الماضي جراء تفجير انتحاري" after the night's)
                    && !(x.own_date() && e.own_date() && day_differs(e, x))
            })
            .map(|(_, x)| x)
            .collect();
        let kills: Vec<&[CountPiece]> = acts.iter().map(|x| x.kills.as_slice()).collect();
        let injuries: Vec<&[CountPiece]> = acts.iter().map(|x| x.injuries.as_slice()).collect();
        let of = |whole: &[CountPiece], parts: &[&[CountPiece]]| {
            whole.is_empty() || summed(whole, parts)
        };
        if of(&e.kills, &kills) && of(&e.injuries, &injuries) {
            let cue = e.trigger_span;
            out[i].status = rasd_core::Status::Statistic;
            out[i].status_cue = Some(cue);
        }
    }
}
