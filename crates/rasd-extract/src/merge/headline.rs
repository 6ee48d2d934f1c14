//! A headline and the lead that tells its incident: the title's record joins the lead's when
//! the title is placed only where its speaker is, or tells the incident's toll as it stood last.

use super::*;

/// The sentence of the lead, the text's first (the headline is sentence 0).
const LEAD: usize = 1;

/// Whether `title`, the headline's incident, and `lead`, the lead's, tell one act of one kind
/// by their event words: the title a headline ([`Candidate::headline`]) told as one act (not
/// a plural of several, [`Candidate::several_told`]), neither told with "another".
fn one_act(title: &Candidate, lead: &Candidate) -> bool {
    title.headline
        && title.first_sentence == 0
        && lead.first_sentence == LEAD
        && title.has_event_trigger
        && lead.has_event_trigger
        && title.sub_event_type == lead.sub_event_type
        && !title.several_told
        && !title.ordinal
        && !lead.ordinal
        && rasd_core::is_violent(&title.event_type)
}

/// Whether the headline `title`, placed only where its speaker is ("وجهاء القطيف : تفجير مسجد
/// الطوارئ كشف الوجه البشع للإجرام"), with no toll and no day of its own, tells the act its
/// lead tells at a place of its own in the same country ("أن تفجير مسجد قوات الطوارئ بعسير يوم
/// الخميس الماضي"): one incident, at the lead's place.
pub(super) fn spoken_title(title: &Candidate, lead: &Candidate) -> bool {
    one_act(title, lead)
        && title.place.where_told
        && title.kills.is_empty()
        && !title.own_date()
        && lead.place.key.is_some()
        && !lead.place.where_told
        && title.country().is_some()
        && title.country() == lead.country()
}

/// Whether the headline `title` and its lead, `lead`, at one place, each with a toll of its own,
/// tell one act whose toll the title gives as it stood last and the lead as first told ("انفجار
/// عند مركز للشرطة في إسطنبول يقتل أربعة أشخاص", then "إن ثلاثة أشخاص قتلوا ... في انفجار وقع
/// عند مركز للشرطة في ضاحية باسطنبول"): the tolls differing keeps two new events told at one
/// place apart elsewhere in a story, not a title from its lead. No days of their own apart.
pub(super) fn title_toll_of_lead(title: &Candidate, lead: &Candidate) -> bool {
    one_act(title, lead) && !own_days_apart(title, lead)
}

/// Whether the headline `title`, with no toll, tells the act its lead, `lead`, tells with a
/// toll at a coarser place ("الجيش المصري يصد هجوماً إرهابياً بالسويس", then "صد هجوم إرهابي
/// بنطاق محافظة السويس وقتل أحد العناصر الإرهابية"): the lead gives the title's incident its
/// toll, as the account does a coarse headline's.
pub(super) fn untolled_title(title: &Candidate, lead: &Candidate) -> bool {
    one_act(title, lead) && title.kills.is_empty()
}
