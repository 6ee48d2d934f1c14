//! Deaths told as "outside" a place ("خارج المدينة") and the nearby incident that takes them,
//! and the province key the merge compares places by.

use super::*;

/// How far from the place named deaths told as "outside" it may have happened.
const ELSEWHERE_KM: f64 = 60.0;

/// Whether `other` happened near, but not at, the place of `home`.
fn near_elsewhere(home: &Candidate, other: &Candidate) -> bool {
    let (Some(a), Some(b)) = (&home.place.location, &other.place.location) else {
        return false;
    };
    let town = |c: &Candidate| c.place.key.as_deref().map(town_key).map(str::to_string);
    if town(home) == town(other) || a.country != b.country {
        return false;
    }
    match (a.lat.zip(a.lon), b.lat.zip(b.lon)) {
        (Some(x), Some(y)) => rasd_geo::distance_km(x, y) <= ELSEWHERE_KM,
        _ => admin1_key(home).is_some() && admin1_key(home) == admin1_key(other),
    }
}

/// The candidate's province, by a key that sets aside the transliteration's diacritics (the
/// gazetteer names a province "'Asīr" itself and "'Asir" as a town's province).
pub(super) fn admin1_key(c: &Candidate) -> Option<String> {
    let admin1 = c.place.location.as_ref()?.admin1.as_deref()?;
    Some(rasd_core::place_name::normalize_place(admin1))
}

/// Whether both have a province ([`admin1_key`]) and not the same one.
pub(super) fn provinces_apart(a: &Candidate, b: &Candidate) -> bool {
    matches!((admin1_key(a), admin1_key(b)), (Some(x), Some(y)) if x != y)
}

/// Deaths told as "outside" a place ("مقتل 18 ... خارج المدينة") go to the story's incident in
/// a nearby other place that reports no deaths of its own (the nearest); without one they stay
/// with their own incident, which keeps the larger of the two figures.
pub(super) fn place_elsewhere(out: &mut [Candidate]) -> usize {
    let mut pairs = 0;
    for i in 0..out.len() {
        if out[i].elsewhere.is_empty() {
            continue;
        }
        let pieces = std::mem::take(&mut out[i].elsewhere);
        let victims = std::mem::take(&mut out[i].elsewhere_victims);
        let home = (out[i].place.location.as_ref()).and_then(|l| l.lat.zip(l.lon));
        let near = i.saturating_sub(MERGE_WINDOW)..(i + MERGE_WINDOW + 1).min(out.len());
        pairs += near.len();
        let target = near
            .filter(|&j| {
                j != i
                    && out[j].kills.is_empty()
                    && out[j].elsewhere.is_empty()
                    && complex_attack_part(&out[j])
                    && near_elsewhere(&out[i], &out[j])
            })
            .min_by(|&a, &b| {
                let d = |j: usize| {
                    let at = out[j]
                        .place
                        .location
                        .as_ref()
                        .and_then(|l| l.lat.zip(l.lon));
                    home.zip(at)
                        .map_or(0.0, |(x, y)| rasd_geo::distance_km(x, y))
                };
                d(a).total_cmp(&d(b))
            });
        // the kill word of the moved figures no longer speaks of deaths here
        if target.is_some() {
            let home = &mut out[i];
            if home.kills.is_empty()
                && home
                    .kill_word
                    .is_some_and(|w| pieces.iter().any(|p| p.span.contains(w)))
            {
                home.kill_word = None;
            }
        }
        let into = &mut out[target.unwrap_or(i)];
        if total(&pieces) > total(&into.kills) {
            into.kills = pieces;
        }
        add_victims(into, victims);
    }
    pairs
}
