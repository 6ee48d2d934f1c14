//! A record named only by a generic word of violence ("الاعتداء", "الحادث الإرهابي الذي
//! استهدف", "الهجمات") that the merge kept apart from the story's own telling of the incident
//! takes that telling's kind: ACLED codes the act as the report tells it where it tells it best.
//! So does a title's or a lead's death told with no word of its act, by the body's explosion
//! with the same toll ([`one_toll`]). And a bombing told with no device takes the suicide means
//! its story tells at its place ([`retype_means`]).

use super::*;

/// Whether `c` names its incident only by a generic word of attack: an attack on civilians with
/// no means told, by a word of [`GENERIC_PRIORITY`] or less. (A word of massacre, "مجزرة", is
/// not one: a headline's massacre may be another act than the lead's strikes; tried, one right
/// and one wrong over the 31,030.)
fn generic_attack(c: &Candidate) -> bool {
    c.status == rasd_core::Status::Incident
        && c.has_event_trigger
        && c.sub_event_type == rasd_core::ATTACK
        && c.plover_mode.is_none()
        && c.priority <= GENERIC_PRIORITY
}

/// Whether `c` is a title's or a lead's death told with no word of its act ("والتنظيم يقتل 18 من
/// البيشمركة"): typed from its victims alone (an attack, or a clash for armed victims).
fn title_death(c: &Candidate) -> bool {
    c.status == rasd_core::Status::Incident
        && !c.has_event_trigger
        && c.first_sentence <= 1
        && (c.sub_event_type == rasd_core::ATTACK || c.sub_event_type == rasd_core::ARMED_CLASH)
}

/// Whether the title's death `g` and the explosion `s` the body tells are one incident by their
/// toll: one country, the same exact figure of dead (at least [`TITLE_TOLL`]), no own days
/// apart ("قصف للصواريخ ... بمقتل 18 من عناصر البيشمركة" after the title's killing of 18).
fn one_toll(g: &Candidate, s: &Candidate) -> bool {
    let exact = |c: &Candidate| {
        !c.kills.is_empty() && (c.kills.iter()).all(|p| p.qualifier == rasd_core::Qualifier::Exact)
    };
    s.event_type == rasd_core::EXPLOSIONS
        && g.country().is_some()
        && g.country() == s.country()
        && exact(g)
        && exact(s)
        && total(&g.kills) >= TITLE_TOLL
        && total(&g.kills) == total(&s.kills)
        && !own_days_apart(g, s)
}

/// The least figure of dead by which a title's death is matched to the body's explosion.
const TITLE_TOLL: u64 = 2;

/// Whether `s` is a specific telling: a bombing or a strike from afar (the explosions' family),
/// or an armed clash, with its own event word.
fn specific_telling(s: &Candidate) -> bool {
    s.status == rasd_core::Status::Incident
        && s.has_event_trigger
        && (s.event_type == rasd_core::EXPLOSIONS || s.sub_event_type == rasd_core::ARMED_CLASH)
}

/// Whether `g` and `s` can be one incident told twice: one of them told in the title or the lead
/// (a generic word in the body may name any other act of the story: "هجمات بوكو حرام" after the
/// lead's air strike), one place (the same, or `s` told at a province or a country that holds
/// `g`'s; not `g` told coarsely, which may hold any act told there: a roundup's "العمليات
/// المسلحة" in Syria is no air strike of its lead's village), no own days apart and no day of
/// `g`'s own that differs.
fn one_incident(g: &Candidate, s: &Candidate) -> bool {
    let coarse = |c: &Candidate| {
        (c.place.location.as_ref())
            .is_some_and(|l| l.precision.is_some_and(|p| p >= PROVINCE_PRECISION))
    };
    let holds = coarse(s)
        && s.country().is_some()
        && s.country() == g.country()
        && admin1_key(s).is_none_or(|x| admin1_key(g) == Some(x));
    (g.first_sentence <= 1 || s.first_sentence <= 1)
        && (same_place(g, s) || holds)
        && !own_days_apart(g, s)
        && !(g.own_date() && day_differs(g, s))
}

/// Gives each record told only by a generic word of attack the type of the story's specific
/// telling of the same incident ([`one_incident`]), when the story tells one kind there (two
/// kinds leave it as it is). A record the merge joined to the telling already has its type
/// (the more specific word takes over, [`absorb`]). Returns the pairs compared.
pub(super) fn retype_generic(out: &mut [Candidate]) -> usize {
    let mut pairs = 0;
    for i in 0..out.len() {
        let death = title_death(&out[i]);
        if !generic_attack(&out[i]) && !death {
            continue;
        }
        let near = i.saturating_sub(MERGE_WINDOW)..(i + MERGE_WINDOW + 1).min(out.len());
        pairs += near.len();
        let mut kinds = near
            .filter(|&j| {
                j != i
                    && specific_telling(&out[j])
                    && if death {
                        one_toll(&out[i], &out[j])
                    } else {
                        one_incident(&out[i], &out[j])
                    }
            })
            .map(|j| (j, out[j].sub_event_type.clone()));
        let Some((j, kind)) = kinds.next() else {
            continue;
        };
        if kinds.any(|(_, k)| k != kind) {
            continue;
        }
        out[i] = Candidate {
            sub_event_type: kind,
            ..with_kind_of(&out[j], out[i].clone())
        };
    }
    pairs
}

/// Whether `c` is a targeting told in the body by a generic word of aiming and nothing more
/// ("مقتل 11 من داعش جراء استهداف مبنى", [`Candidate::aimed`]): no means named, typed an attack
/// or, for armed victims, an armed clash; no civilian among its victims; no side named as its
/// perpetrator but one that strikes from the air.
fn bare_targeting(c: &Candidate) -> bool {
    c.status == rasd_core::Status::Incident
        && c.has_event_trigger
        && c.aimed
        && c.first_sentence > 1
        && (c.sub_event_type == rasd_core::ATTACK || c.sub_event_type == rasd_core::ARMED_CLASH)
        && c.plover_mode.is_none()
        && c.priority <= GENERIC_PRIORITY
        && !c.civilian_victims
        && (c.actor1.as_ref()).is_none_or(|a| rasd_lexicon::acts_from_air(&a.name))
}

/// Gives each bare targeting of the body ([`bare_targeting`]) the kind of the story's air
/// strikes, when the title and the lead tell air strikes in its country and no other specific
/// act there ("مقتل 51 من داعش في غارات للتحالف", then "مقتل 11 من داعش جراء استهداف مبنى ...
/// بينما قتل 29 منهم في استهداف لمنطقة ..."): a strike of the campaign the story is about.
pub(super) fn retype_targeting(out: &mut [Candidate]) {
    for i in 0..out.len() {
        if !bare_targeting(&out[i]) || out[i].country().is_none() {
            continue;
        }
        let country = out[i].country();
        let mut told = (out.iter())
            .filter(|s| s.first_sentence <= 1 && specific_telling(s) && s.country() == country);
        let Some(strike) = told.next() else {
            continue;
        };
        if strike.sub_event_type != AIR_STRIKE || told.any(|s| s.sub_event_type != AIR_STRIKE) {
            continue;
        }
        out[i] = with_kind_of(strike, out[i].clone());
    }
}

/// `c` with the event type, sub-type and PLOVER event and mode of `s`.
fn with_kind_of(s: &Candidate, c: Candidate) -> Candidate {
    Candidate {
        event_type: s.event_type.clone(),
        sub_event_type: s.sub_event_type.clone(),
        plover_event: s.plover_event.clone(),
        plover_mode: s.plover_mode.clone(),
        ..c
    }
}

/// The priority up to which a word of bombing names no device ("التفجير", "انفجار", "قنبلة"): an
/// IED by default, its means untold.
const BARE_BOMBING_PRIORITY: i32 = 60;

/// Whether `c` tells a bombing by a word that names no device ([`BARE_BOMBING_PRIORITY`]), one
/// act (not a plural of several: "التفجيرات"; nor "another" of a series: "دوى انفجار آخر").
fn bare_bombing(c: &Candidate) -> bool {
    c.has_event_trigger
        && c.sub_event_type == rasd_core::IED
        && c.priority <= BARE_BOMBING_PRIORITY
        && !c.several
        && !c.several_told
        && !c.ordinal
}

/// Whether the place of `s` holds the place of `c` or `c`'s holds `s`'s: one country, and the same
/// place, or one of them a province holding the other's province (not a country: a suicide
/// bombing told in "نيجيريا" is not every blast of the country).
fn places_hold(c: &Candidate, s: &Candidate) -> bool {
    let coarse = |x: &Candidate| {
        (x.place.location.as_ref())
            .is_some_and(|l| l.precision.is_some_and(|p| p >= PROVINCE_PRECISION))
    };
    let province = |x: &Candidate| admin1_key(x).is_some();
    c.country().is_some()
        && c.country() == s.country()
        && (same_place(c, s)
            || (coarse(c) || coarse(s)) && province(c) && admin1_key(c) == admin1_key(s))
}

/// Gives a bombing told by a word that names no device ([`bare_bombing`]) the suicide means the
/// story names for a bombing at its place, whatever that mention's status ("تفجير عسير" in the
/// title, then "ولن يهز هذا الشعب ... عملية انتحارية غادرة" of the mosque in Abha; "انفجارا قويا"
/// in the Gamboru market and "وقع هجوم انتحاري في سوق غامبورو"), when every other explosion the story tells is a
/// suicide bombing or a bombing with no device either (no car bomb, no shell, no strike from the
/// air: then the story may tell two acts of two means).
pub(super) fn retype_means(out: &mut [Candidate]) {
    let suicide =
        |s: &Candidate| s.has_event_trigger && s.sub_event_type == rasd_core::SUICIDE_BOMB;
    let other_means = out.iter().any(|s| {
        s.has_event_trigger
            && s.event_type == rasd_core::EXPLOSIONS
            && !suicide(s)
            && !(s.sub_event_type == rasd_core::IED && s.priority <= BARE_BOMBING_PRIORITY)
    });
    if other_means {
        return;
    }
    for i in 0..out.len() {
        if out[i].status != rasd_core::Status::Incident || !bare_bombing(&out[i]) {
            continue;
        }
        // (not a count of suicide attacks: "بعد أيام من سلسلة هجمات انتحارية في العاصمة")
        // (or a place a telling of the suicide bombing named, though that record was placed at
        // another: "وقع هجوم انتحاري في سوق غامبورو (في مايدوغوري)", then a witness's
        // "انفجارًا قويًا ... وكان الهجوم من سوق غامبورو" placed at the town Gamboru)
        let named = |c: &Candidate, s: &Candidate| {
            (c.place.key.as_ref()).is_some_and(|k| s.part_places.contains(k))
        };
        let told = (out.iter()).find(|s| {
            suicide(s)
                && s.status != rasd_core::Status::Statistic
                && (places_hold(&out[i], s) || named(&out[i], s))
        });
        if let Some(s) = told {
            out[i] = with_kind_of(s, out[i].clone());
        }
    }
}
