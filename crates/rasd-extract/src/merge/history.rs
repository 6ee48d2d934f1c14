//! After the merge loop: a bombing named in passing before the story tells it as history with
//! a date of its own ("بعد نحو شهر من كشف ملابسات التفجير الإرهابي في مسجد الصادق", then "...
//! في 26 يونيو الماضي") joins that history, and a bombing told after such history with nothing
//! of its own, in a story that tells no bombing of its kind as news, is that history too.

use super::*;

/// Whether `c` is history dated by its own words: background, its cue the day, month or year
/// of its own sentence ("التفجير الإرهابي في مسجد الإمام (الصادق) في 26 يونيو الماضي").
fn dated_history(c: &Candidate) -> bool {
    c.status == rasd_core::Status::Background
        && c.has_event_trigger
        && c.date
            .as_ref()
            .is_some_and(|(d, inherited)| !inherited && c.status_cue == Some(d.span))
}

/// History named before it is told: a bombing (one act, not fighting that goes on, "تستمر
/// المواجهات في تعز", nor a kind of strike told again, "كان آخرها الغارة الجوية") told with a
/// definite event word of a kind of its own ([`GENERIC_PRIORITY`]) and no toll ("بعد نحو شهر
/// من كشف ملابسات التفجير الإرهابي في مسجد الصادق"), the same incident as history of the same
/// kind the story dates later by its own words ([`dated_history`]: "التفجير الإرهابي في مسجد الإمام (الصادق) في 26 يونيو
/// الماضي") in its country or in none, is that history, whatever the day of the news that
/// names it ("كشفت الوزارة أمس"): it joins it. Returns the pairs compared.
pub(super) fn history_told_after(out: &mut Vec<Candidate>) -> usize {
    let mut pairs = 0;
    let mut i = 0;
    while i < out.len() {
        let e = &out[i];
        let named = e.status == rasd_core::Status::Incident
            && matches!(
                e.sub_event_type.as_str(),
                rasd_core::SUICIDE_BOMB | rasd_core::IED
            )
            && e.definite
            && e.has_event_trigger
            && e.priority > GENERIC_PRIORITY
            && e.kills.is_empty()
            && e.injuries.is_empty();
        let found = named
            .then(|| {
                pairs += out.len() - i - 1;
                (i + 1..out.len()).find(|&j| {
                    dated_history(&out[j])
                        && out[j].sub_event_type == e.sub_event_type
                        && (out[j].country().is_none() || out[j].country() == e.country())
                })
            })
            .flatten();
        match found {
            Some(j) => {
                let mut c = out.remove(i);
                c.status = rasd_core::Status::Background;
                absorb(&mut out[j - 1], c);
            }
            None => i += 1,
        }
    }
    pairs
}

/// Whether `c` tells a bombing with nothing of its own to make it news: no day of its own, no
/// toll, no place finer than a country ("اعترف المتهم ... تجهيز الحزام الناسف الذي استخدمه
/// الانتحاري", "استقبل الانتحاري الذي وصل ... إلى الكويت").
fn nothing_of_its_own(c: &Candidate) -> bool {
    c.status == rasd_core::Status::Incident
        && c.has_event_trigger
        && matches!(
            c.sub_event_type.as_str(),
            rasd_core::SUICIDE_BOMB | rasd_core::IED
        )
        && !c.own_date()
        && c.kills.is_empty()
        && c.injuries.is_empty()
        && (c.place.key.is_none()
            || c.place
                .location
                .as_ref()
                .is_some_and(|l| l.admin1.is_none()))
}

/// History told, then told again with nothing of its own: a bombing of the kind of history the
/// story dated by its own words before it ([`dated_history`]: "تعرض له مسجد الصادق ... خلال
/// صلاة جمعة 26 يونيو الماضي"), with no day, toll or town of its own ([`nothing_of_its_own`]),
/// in a story that has told no incident of that kind as news (a trial's account of how the
/// bomb was made: "اعترف المتهم ... تجهيز الحزام الناسف الذي استخدمه الانتحاري"), is that
/// history, not an incident of the news. Returns its index among `window`.
pub(super) fn history_retold_bare(window: &[Candidate], c: &Candidate) -> Option<usize> {
    if !nothing_of_its_own(c) {
        return None;
    }
    let news = |e: &Candidate| {
        e.status == rasd_core::Status::Incident
            && e.has_event_trigger
            && e.sub_event_type == c.sub_event_type
    };
    if window.iter().any(news) {
        return None;
    }
    window
        .iter()
        .rposition(|e| dated_history(e) && e.sub_event_type == c.sub_event_type)
}
