//! A title that tells the story's one incident with another word than the account's: the
//! title's "بقصف هندي عبر الحدود", placed only at a country, and the body's "بادرت بإطلاق النار
//! ... في منطقة سيالكوت", its one account of violence in that country.

use super::*;

/// How many sentences after the title the account may come: the lead and the statement that
/// follows it, not a retelling far into the story (a witness, an official's condemnation).
const LEAD_REACH: usize = 3;

/// Joins the title's coarse incident to the story's one other violent incident, when the story
/// tells no other of that family: the title (sentence 0) names no town, the account names one in
/// the title's country (and province, when the title gives one) within [`LEAD_REACH`]
/// sentences, on no own day apart and with no toll of its own that differs. A story that tells
/// two or more violent incidents keeps the title apart ([`coarse_retelling`] joins it only to an
/// account of its own kind there).
pub(super) fn join_lone_title(out: &mut Vec<Candidate>) -> usize {
    let violent = |c: &Candidate| {
        c.status == rasd_core::Status::Incident && rasd_core::is_violent(&c.event_type)
    };
    let incidents: Vec<usize> = (0..out.len()).filter(|&i| violent(&out[i])).collect();
    let [i, j] = incidents[..] else {
        return 0;
    };
    let (title, account) = (&out[i], &out[j]);
    let air = |c: &Candidate| c.has_event_trigger && c.sub_event_type == AIR_STRIKE;
    let coarse_title = title.first_sentence == 0
        && title.has_event_trigger
        && !title.named_place()
        && account.named_place()
        && account.sentence > title.sentence
        && account.sentence <= LEAD_REACH
        // (several acts, "21 ضربة جوية بالقرب من تسع مدن", are no one incident)
        && !title.several
        && !title.several_told
        && !account.several
        && !account.several_told
        // (nor is a place of a list told with one event word, "بالقرب من تسع مدن من بينها
        // مخمور والرمادي وبيجي", a roundup's account)
        && !account.listed
        && account.list_place.is_none()
        // (an air strike is never the fighting on the ground: "شنت مقاتلات التحالف 20 غارة
        // جوية" and the ambushes "في كمائن نفذتها المقاومة" told next are two incidents)
        && air(title) == air(account);
    let same_country = title
        .country()
        .zip(account.country())
        .is_some_and(|(a, b)| a == b);
    let tolls = title.kills.is_empty()
        || account.kills.is_empty()
        || total(&title.kills) == total(&account.kills);
    if !(coarse_title
        && same_country
        && !provinces_apart(title, account)
        && !own_days_apart(title, account)
        && tolls)
    {
        return 1;
    }
    let account = out.remove(j);
    absorb(&mut out[i], account);
    1
}
