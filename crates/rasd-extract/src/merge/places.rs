//! Where two candidates are told: the place relations the merge reads (places apart, near,
//! the same place, a part of a city, a district or quarter of a town, sites of taking apart).

use super::*;

/// Whether both name a place of precision `finest` or finer (1 a settlement, 2 near a town or
/// part of a region) and not the same one.
pub(super) fn places_apart(a: &Candidate, b: &Candidate, finest: u8) -> bool {
    let named = |c: &Candidate| {
        c.place.key.is_some()
            && (c.place.location.as_ref()).is_some_and(|l| l.precision.is_some_and(|p| p <= finest))
    };
    named(a) && named(b) && !same_place(a, b)
}

/// Whether one names a town's countryside ("بريف اللاذقية", precision 2, inside the town's
/// province) and the other a place of precision 2 or finer in another province ("بلدة بصرى
/// الشام بريف المحافظة" in Daraa): two places, whatever their tolls. (A place told near a town,
/// "شمال شرق بغداد", may lie in another province: "قرة تبه شمال شرق بغداد" in Diyala.)
pub(super) fn near_apart(a: &Candidate, b: &Candidate) -> bool {
    (a.place.countryside || b.place.countryside)
        && places_apart(a, b, 2)
        && matches!((admin1_key(a), admin1_key(b)), (Some(x), Some(y)) if x != y)
}

/// Whether two candidates name one place: the same, or one located by the other ("في بلدة دوما
/// قرب نابلس" and "في نابلس").
/// A sub-place of a town counts as the town ("منطقة الربيعي غرب تعز" and "في تعز").
pub(super) fn same_place(a: &Candidate, b: &Candidate) -> bool {
    fn town(c: &Candidate) -> Option<&str> {
        c.place.key.as_deref().map(town_key)
    }
    fn anchor(c: &Candidate) -> Option<&str> {
        c.place.anchor.as_deref()
    }
    town(a).is_some()
        && (town(a) == town(b)
            || anchor(a).is_some() && anchor(a) == town(b)
            || anchor(b).is_some() && anchor(b) == town(a)
            || district_of(a, b)
            || district_of(b, a))
}

/// How far from a city a place of its province the gazetteer holds apart may lie to be a part of
/// it ([`part_of_city`]: "الجراف" in Sanaa).
const CITY_PART_KM: f64 = 10.0;

/// Whether `a` is placed at a settlement or a quarter (precision 1) the gazetteer holds apart
/// from the city `b` is placed at, within [`CITY_PART_KM`] of it, in the same province and
/// country: a part of the city ("حي الجراف" of Sanaa).
pub(super) fn part_of_city(a: &Candidate, b: &Candidate) -> bool {
    let (Some(p), Some(c)) = (&a.place.location, &b.place.location) else {
        return false;
    };
    let close = (p.lat.zip(p.lon).zip(c.lat.zip(c.lon)))
        .is_some_and(|(x, y)| rasd_geo::distance_km(x, y) <= CITY_PART_KM);
    b.place.city
        && !a.place.city
        && a.place.key.is_some()
        && b.place.key.is_some()
        && p.precision == Some(1)
        && c.precision == Some(1)
        && p.name != c.name
        && close
        && p.country.is_some()
        && p.country == c.country
        && admin1_key(a).is_some()
        && admin1_key(a) == admin1_key(b)
}

/// Whether `later`, told in the sentence right after `earlier` (or in it), tells the same act
/// again at a part of the city `earlier` placed it at, or at the city a part of which `earlier`
/// named ([`part_of_city`]: "تبنى داعش ... تفجير سيارة مفخخة شمال العاصمة اليمنية صنعاء", then
/// "... تفجير سيارة ... في حي الجراف ... خمسة قتلى"; "هجوماً كبيراً ... على مناطق في محيط
/// زنجبار", then "اشتباكات ... منها مناطق الكود"): a bombing or a clash told with an event
/// word on both sides (not a strike from afar: raids on a city's quarters are told one by one;
/// not a generic attack, which may be any act: a sniper at the airport front and a massacre at
/// the port), neither in the headline (which sums the city's acts: "مقتل 20 في تفجيرات بغداد"),
/// no act of a series ("انفجار ثان"), no own days apart, and not two tolls of their own that
/// differ.
pub(super) fn city_part_retold(earlier: &Candidate, later: &Candidate) -> bool {
    let figured = |c: &Candidate| {
        (c.kills.iter()).any(|p| !p.succumbed && p.qualifier != rasd_core::Qualifier::Unknown)
    };
    let kind = matches!(
        earlier.sub_event_type.as_str(),
        rasd_core::SUICIDE_BOMB | rasd_core::IED | rasd_core::ARMED_CLASH
    );
    (part_of_city(earlier, later) || part_of_city(later, earlier))
        && later.sentence <= earlier.sentence + 1
        && earlier.first_sentence > 0
        && earlier.has_event_trigger
        && later.has_event_trigger
        && earlier.sub_event_type == later.sub_event_type
        && kind
        && !earlier.ordinal
        && !later.ordinal
        && !own_days_apart(earlier, later)
        && !(figured(earlier) && figured(later) && !tolls_agree(&earlier.kills, &later.kills))
}

/// How far from a town a district of its province may lie to be a part of it ("حي دار سعد"
/// and "شمال مدينة عدن").
const DISTRICT_KM: f64 = 25.0;

/// Whether `a` is placed at a district (an admin2 place, named as itself) and `b` at a city of
/// the same province within [`DISTRICT_KM`] of it: the district of a city and the city are one
/// place ("قصف مدفعي على حي دار سعد" and "قصف أحياء سكنية شمال مدينة عدن"); a town near a
/// district of its own name is not ("الحولة" and "تلبيسة" are two places).
pub(super) fn district_of(a: &Candidate, b: &Candidate) -> bool {
    let (Some(d), Some(t)) = (&a.place.location, &b.place.location) else {
        return false;
    };
    let norm = |x: &Option<String>| x.as_deref().map(rasd_core::place_name::normalize_place);
    let is_district = |l: &rasd_core::Location| l.admin2.as_deref() == Some(l.name.as_str());
    let district = is_district(d) && d.precision == Some(2);
    // (a city named as itself or told near or beside: "شمال مدينة عدن")
    let settlement = b.place.city && !is_district(t) && t.name != d.name;
    let close = (d.lat.zip(d.lon).zip(t.lat.zip(t.lon)))
        .is_some_and(|(x, y)| rasd_geo::distance_km(x, y) <= DISTRICT_KM);
    district
        && settlement
        && close
        && d.country == t.country
        && norm(&d.admin1).is_some()
        && norm(&d.admin1) == norm(&t.admin1)
}

/// Whether `a` is placed at a quarter or a village the gazetteer lacks, named after a word of
/// one ("حي X", "قرية X": `Place::quarter`; not an area's or a street's, which clauses follow as
/// often as names), of the town `b` is placed at (its key the town's and its own words:
/// [`sub_place_key`]).
pub(super) fn quarter_of(a: &Candidate, b: &Candidate) -> bool {
    match (a.place.key.as_deref(), b.place.key.as_deref()) {
        (Some(x), Some(y)) => {
            a.place.quarter && sub_place_key(x) && !sub_place_key(y) && town_key(x) == y
        }
        _ => false,
    }
}

/// Whether the two tell changes of territory at two sites of one town, each with an event word
/// of its own: a sub-place and another sub-place or the town itself ("سيطرت المقاومة على جبل
/// ... في تعز، كما سيطرت على منطقة الربيعي غرب تعز"): each site taken is an incident. The
/// sub-place is the object of its own verb.
pub(super) fn sites_apart(a: &Candidate, b: &Candidate) -> bool {
    // (not the headline: it retells the body's account, "تحرير مدينة X ببنغازي")
    let taken = |c: &Candidate| {
        c.has_event_trigger
            && !c.definite
            && c.sentence > 0
            && matches!(
                c.sub_event_type.as_str(),
                rasd_core::GOVERNMENT_REGAINS | rasd_core::NON_STATE_OVERTAKES
            )
    };
    // (the sub-place the object of the verb, right after it: "سيطرت على منطقة X")
    let sub = |c: &Candidate| {
        c.place.key.as_deref().is_some_and(sub_place_key)
            && (c.place.location.as_ref()).is_some_and(|l| {
                l.span[0] >= c.trigger_span.end && l.span[0] - c.trigger_span.end <= SITE_CHARS
            })
    };
    taken(a) && taken(b) && (sub(a) || sub(b)) && a.place.key != b.place.key
}

/// How many chars after the word of taking territory the site taken may start
/// ([`sites_apart`]).
const SITE_CHARS: usize = 30;
