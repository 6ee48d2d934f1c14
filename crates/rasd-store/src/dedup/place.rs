//! The place rule of de-duplication (rule 3 of [`super`]): how two mentions' places relate in
//! the gazetteer hierarchy or by distance, the evidence two nearby settlements share, and why
//! two places keep mentions apart.

use super::*;

pub(super) fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

pub(super) fn place_relation(
    a: &Mention,
    b: &Mention,
    explain: bool,
) -> Option<(PlaceRule, String)> {
    let (pa, pb) = (a.place.as_deref()?, b.place.as_deref()?);
    if let (Some(ca), Some(cb)) = (&a.country, &b.country) {
        if ca != cb {
            return None;
        }
    }
    // two mentions placed only at country level share no more than their country: the same
    // name is no stronger evidence than any place of it (else the country-wide mentions of
    // many reports chain into an incident of their own beside the one they tell)
    if a.country_level() && b.country_level() {
        return Some((
            PlaceRule::Country,
            why!(explain, "{pa:?} and {pb:?}: both at country level"),
        ));
    }
    if let (Some(ga), Some(gb)) = (a.geonames_id, b.geonames_id) {
        if ga == gb {
            return Some((
                PlaceRule::SamePlace,
                why!(explain, "same GeoNames id {ga} ({pa})"),
            ));
        }
    }
    let (na, nb) = (normalize_place(pa), normalize_place(pb));
    if !na.is_empty() && na == nb {
        return Some((
            PlaceRule::SamePlace,
            why!(explain, "same place name {pa:?} = {pb:?}"),
        ));
    }
    let inside = |coarse: &Mention, nc: &str, fine: &Mention| -> Option<String> {
        for (level, admin) in [("admin2", &fine.admin2), ("admin1", &fine.admin1)] {
            if let Some(admin) = admin {
                if !nc.is_empty() && normalize_place(admin) == nc {
                    return Some(why!(
                        explain,
                        "{:?} is inside {:?} ({level} {admin:?})",
                        fine.place.as_deref().unwrap_or(""),
                        coarse.place.as_deref().unwrap_or("")
                    ));
                }
            }
        }
        None
    };
    if let Some(why) = inside(a, &na, b).or_else(|| inside(b, &nb, a)) {
        return Some((PlaceRule::Inside, why));
    }
    for (coarse, fine) in [(a, b), (b, a)] {
        if coarse.country_level() && coarse.country.is_some() && coarse.country == fine.country {
            return Some((
                PlaceRule::Country,
                why!(
                    explain,
                    "{:?} is in {:?} (country level)",
                    fine.place.as_deref().unwrap_or(""),
                    coarse.place.as_deref().unwrap_or("")
                ),
            ));
        }
    }
    if let (Some(la), Some(oa), Some(lb), Some(ob)) = (a.lat, a.lon, b.lat, b.lon) {
        let km = haversine_km((la, oa), (lb, ob));
        let approximate = a.geo_precision.unwrap_or(1) >= 2 || b.geo_precision.unwrap_or(1) >= 2;
        let limit = if approximate { 10.0 } else { 2.0 };
        if km <= limit {
            return Some((
                PlaceRule::Near,
                why!(
                    explain,
                    "{pa:?} and {pb:?} are {km:.1} km apart (limit {limit} km)"
                ),
            ));
        }
        let settlements = a.geo_precision.unwrap_or(1) <= 2 && b.geo_precision.unwrap_or(1) <= 2;
        if settlements && km <= NEAR_EVIDENCE_KM {
            if let Some(evidence) = shared_evidence(a, b, explain) {
                return Some((
                    PlaceRule::NearEvidence,
                    why!(
                        explain,
                        "{pa:?} and {pb:?} are {km:.1} km apart (limit {NEAR_EVIDENCE_KM} km \
                         with shared evidence: {evidence})"
                    ),
                ));
            }
        }
    }
    None
}

/// What two mentions share besides type, place and day: the same named perpetrator or target
/// (a name more specific than "Civilians"), or the same explicit toll.
pub(super) fn shared_evidence(a: &Mention, b: &Mention, explain: bool) -> Option<String> {
    for (role, x, y) in [
        ("perpetrator", &a.actor1, &b.actor1),
        ("target", &a.actor2, &b.actor2),
    ] {
        if let (Some((nx, kx)), Some((ny, ky))) = (x, y) {
            if nx == ny && kx == ky && *kx != ActorKind::Civilians {
                return Some(why!(explain, "the same {role} {nx:?}"));
            }
        }
    }
    match (a.fatalities, b.fatalities) {
        (Some(x), Some(y)) if x == y && x > 0 => Some(why!(explain, "the same toll {x}")),
        _ => None,
    }
}

/// A follow-up reaches further back only at the incident's own place (the same, one inside the
/// other, or country level), never to a neighbouring town.
pub(super) fn at_place(rule: PlaceRule) -> bool {
    matches!(
        rule,
        PlaceRule::SamePlace | PlaceRule::Inside | PlaceRule::Country
    )
}

/// Why two places are not one incident's (the place rule failed): no place, other countries,
/// or how far apart they lie.
pub(super) fn place_apart(a: &Mention, b: &Mention) -> String {
    let (Some(pa), Some(pb)) = (a.place.as_deref(), b.place.as_deref()) else {
        return "place: a side has no place".into();
    };
    if let (Some(ca), Some(cb)) = (&a.country, &b.country) {
        if ca != cb {
            return format!("place: {pa:?} ({ca}) and {pb:?} ({cb}) are in other countries");
        }
    }
    match (a.lat, a.lon, b.lat, b.lon) {
        (Some(la), Some(oa), Some(lb), Some(ob)) => format!(
            "place: {pa:?} and {pb:?} are {:.1} km apart, neither inside the other (limits: 2 km, \
             10 km when one is approximate, {NEAR_EVIDENCE_KM} km for two settlements that share \
             a named side or the toll)",
            haversine_km((la, oa), (lb, ob))
        ),
        _ => format!(
            "place: {pa:?} and {pb:?} are not the same, neither is inside the other, and no \
             coordinates measure them"
        ),
    }
}
