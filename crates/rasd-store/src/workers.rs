//! Many ingest workers on one PostgreSQL database, and cluster ids that do not depend on them.
//!
//! A batch's transaction takes, before it writes anything, transaction-scoped advisory locks on
//! the buckets its clustering reads and writes, all at once and in ascending order (so that two
//! workers never wait on each other in a cycle). A bucket is (type family, country, period of
//! [`PERIOD_DAYS`] days, place key). Two mentions that the candidate search of one could find
//! from the other always share a bucket that at least one of them holds exclusively:
//!
//! - the type family is what [`dedup::compatible_types`] searches (the types of violence are one
//!   family, any other type its own);
//! - the periods cover every day the search reads ([`search_days`]) and the day a mention's
//!   representative is found by;
//! - the place keys follow the place pre-filter (`place_prefilter` in lib.rs): a mention holds
//!   its own place name, GeoNames id and grid cell exclusively, and its province and district
//!   names and the cells its ~33 km box overlaps shared, so two mentions conflict when one's
//!   place is the other's place, province or district, or lies in the other's box, but two
//!   mentions that only share a province do not; a country-level mention (compatible with any
//!   place of its country) holds the whole (family, country, period) exclusively, every other
//!   mention holds it shared.
//!
//! A batch that would need more than [`MAX_BUCKET_LOCKS`] locks takes [`GLOBAL_LOCK`]
//! exclusively instead (every batch holds it shared), which serializes it with every other
//! worker. What the buckets do not cover (a cluster reached through two buckets that two
//! workers hold, a document replaced) is kept consistent by row locks on the clusters
//! (`SELECT ... FOR UPDATE`), and a deadlock between those is retried as a whole batch.
//!
//! SQLite has one writer at a time (`BEGIN IMMEDIATE`) and needs none of this.

use std::collections::BTreeMap;

use rasd_core::calendar::Day;

use crate::dedup::{self, Mention};

/// Days per period of a bucket: a mention's search reads about 36 days (a month back for a
/// week's or month's date range, three days ahead for undated retellings), so it touches two
/// periods at most.
const PERIOD_DAYS: i64 = 64;

/// The advisory lock every ingest transaction holds shared (exclusive: it runs alone).
pub(crate) const GLOBAL_LOCK: i64 = 0x7261_7364_0000_0001;

/// Beyond this many bucket locks a batch runs alone (PostgreSQL's lock table is shared and
/// bounded: `max_locks_per_transaction` x connections, 6,400 by default).
pub(crate) const MAX_BUCKET_LOCKS: usize = 1500;

/// Grid cells of the place pre-filter's box (degrees): at least as large as the box, so a
/// box overlaps at most two cells each way (more only far from the equator).
const CELL_LAT: f64 = 0.6;
const CELL_LON: f64 = 0.8;

fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.as_bytes().iter().chain([&0xFF]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The id of a cluster whose earliest member (in this order) is `m`: the mention's date (its
/// own when it is dated, else its report's publication) as `YYYYMMDD`, then eight digits of a
/// hash of its event id; `0` for the date when there is none (or its year is outside
/// 1000..=8999, so that the id stays below 2^53, exact in JavaScript). A cluster's id is the
/// least of its members' ([`crate::Store`] renumbers a cluster when an earlier member joins),
/// so it depends on the members alone, not on which report or worker came first.
pub fn content_cluster_id(m: &Mention) -> i64 {
    let date = if m.dated() {
        m.date.as_deref()
    } else {
        m.published.as_deref()
    };
    let prefix = date
        .and_then(Day::parse)
        .filter(|d| (1000..=8999).contains(&d.year))
        .map_or(0, |d| {
            i64::from(d.year) * 10_000 + i64::from(d.month) * 100 + i64::from(d.day)
        });
    let hash = (fnv(&[&m.event_id]) % 99_999_999) as i64 + 1;
    prefix * 100_000_000 + hash
}

/// The days (as [`Day::ordinal`]) the candidate search of `m` reads, and the day its
/// representative is found by; None when it is neither searched nor found.
fn search_days(m: &Mention) -> Option<(i64, i64, i64)> {
    let ord = |s: &str| Day::parse(s).map(Day::ordinal);
    let back = dedup::UNDATED_DAYS + crate::cluster::MAX_RANGE_DAYS;
    if m.country.is_none() {
        // searched and found by publication (and place) only
        let p = ord(m.published.as_deref()?)?;
        return Some((p - back, p + back, p));
    }
    if let (true, Some(start), Some(end)) = (m.dated(), &m.date, &m.date_end) {
        let (start, end) = (ord(start)?, ord(end)?);
        // a day's date within a day (a retelling dated by its news: FOLLOWUP_DAYS back), a week or
        // month a month before that, undated ones published up to FOLLOWUP_DAYS after it
        let reach = m.later_reach().max(1);
        return Some((
            start - reach - crate::cluster::MAX_RANGE_DAYS,
            end + dedup::UNDATED_DAYS.max(dedup::FOLLOWUP_DAYS),
            start,
        ));
    }
    // undated: dated candidates ending up to its reach (a retelling's is FOLLOWUP_DAYS) before its
    // publication, ranges a month before that, undated ones within two days
    let p = ord(m.published.as_deref()?)?;
    let back = m.undated_reach().max(dedup::UNDATED_DAYS) + crate::cluster::MAX_RANGE_DAYS;
    Some((p - back, p + 2, p))
}

/// Adds one mention's bucket keys to `out` (key -> exclusive).
fn mention_buckets(m: &Mention, out: &mut BTreeMap<i64, bool>) {
    let Some((first, last, own)) = search_days(m) else {
        return;
    };
    let family = dedup::compatible_types(m)[0];
    let country = m.country.as_deref().unwrap_or("");
    let norm = |s: &Option<String>| s.as_deref().map(dedup::normalize_place);
    let mut keys: Vec<(String, bool)> = Vec::new();
    if m.country_level() {
        keys.push(("*".into(), true));
    } else {
        keys.push(("*".into(), false));
        if let Some(place) = norm(&m.place) {
            keys.push((format!("name:{place}"), true));
        }
        for admin in [norm(&m.admin1), norm(&m.admin2)].into_iter().flatten() {
            keys.push((format!("name:{admin}"), false));
        }
        if let Some(g) = m.geonames_id {
            keys.push((format!("geo:{g}"), true));
        }
        if let (Some(lat), Some(lon)) = (m.lat, m.lon) {
            let cell = |lat: f64, lon: f64| {
                (
                    (lat / CELL_LAT).floor() as i64,
                    (lon / CELL_LON).floor() as i64,
                )
            };
            let own = cell(lat, lon);
            // the pre-filter's box (lib.rs, place_prefilter), a little wider for rounding
            let dlat = 0.31;
            let dlon = 0.31 / lat.to_radians().cos().abs().max(0.1);
            let (lo, hi) = (cell(lat - dlat, lon - dlon), cell(lat + dlat, lon + dlon));
            for a in lo.0..=hi.0 {
                for b in lo.1..=hi.1 {
                    keys.push((format!("cell:{a}:{b}"), (a, b) == own));
                }
            }
        }
    }
    let (low, high) = (first.min(own), last.max(own));
    for period in low.div_euclid(PERIOD_DAYS)..=high.div_euclid(PERIOD_DAYS) {
        let period = period.to_string();
        for (key, exclusive) in &keys {
            let k = fnv(&["rasd-bucket", family, country, &period, key]) as i64;
            let held = out.entry(k).or_insert(false);
            *held |= *exclusive;
        }
    }
}

/// The advisory locks a batch of clustered mentions takes, in ascending key order, with
/// whether each is exclusive; None when there would be more than [`MAX_BUCKET_LOCKS`] (the
/// batch then takes [`GLOBAL_LOCK`] exclusively).
pub(crate) fn bucket_locks<'a>(
    mentions: impl IntoIterator<Item = &'a Mention>,
) -> Option<Vec<(i64, bool)>> {
    let mut out = BTreeMap::new();
    for m in mentions {
        mention_buckets(m, &mut out);
        if out.len() > MAX_BUCKET_LOCKS {
            return None;
        }
    }
    Some(out.into_iter().filter(|(k, _)| *k != GLOBAL_LOCK).collect())
}

/// The SQL that takes a batch's locks, one statement after the other in one round trip.
pub(crate) fn lock_sql(locks: Option<&[(i64, bool)]>) -> String {
    match locks {
        None => format!("SELECT pg_advisory_xact_lock({GLOBAL_LOCK});"),
        Some(locks) => {
            let mut sql = format!("SELECT pg_advisory_xact_lock_shared({GLOBAL_LOCK});");
            for (k, exclusive) in locks {
                let f = if *exclusive {
                    "pg_advisory_xact_lock"
                } else {
                    "pg_advisory_xact_lock_shared"
                };
                sql.push_str(&format!(" SELECT {f}({k});"));
            }
            sql
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(id: &str, place: &str, lat: f64, date: &str) -> Mention {
        Mention {
            event_id: id.into(),
            doc_id: "d".into(),
            published: Some(date.into()),
            date: Some(date.into()),
            date_precision: Some(rasd_core::DatePrecision::Day),
            date_end: Some(date.into()),
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Remote explosive/landmine/IED".into(),
            country: Some("Iraq".into()),
            admin1: Some("Baghdad".into()),
            admin2: None,
            place: Some(place.into()),
            geonames_id: None,
            lat: Some(lat),
            lon: Some(44.4),
            geo_precision: Some(1),
            actor1: None,
            actor2: None,
            plover_mode: None,
            fatalities: None,
        }
    }

    fn conflict(a: &Mention, b: &Mention) -> bool {
        let (mut x, mut y) = (BTreeMap::new(), BTreeMap::new());
        mention_buckets(a, &mut x);
        mention_buckets(b, &mut y);
        x.iter()
            .any(|(k, ex)| y.get(k).is_some_and(|ey| *ex || *ey))
    }

    #[test]
    fn ids_start_with_the_date_and_stay_exact_in_javascript() {
        let m = mention("a:1", "Baghdad", 33.3, "2016-10-22");
        let id = content_cluster_id(&m);
        assert_eq!(id / 100_000_000, 20161022);
        assert!(id < 1 << 53);
        let mut far = m.clone();
        far.date = Some("9999-12-31".into());
        far.date_end = far.date.clone();
        assert!(content_cluster_id(&far) < 100_000_000);
    }

    #[test]
    fn buckets_conflict_where_the_search_could_link() {
        let a = mention("a:1", "Baghdad", 33.3, "2016-10-22");
        // the same place, a day later
        assert!(conflict(&a, &mention("b:1", "Baghdad", 33.3, "2016-10-23")));
        // another place nearby (within the box) but another name
        assert!(conflict(
            &a,
            &mention("b:1", "Abu Ghraib", 33.5, "2016-10-22")
        ));
        // far away in the same province (neither named as the other's): no conflict
        let karrada = mention("a:2", "Karrada", 33.3, "2016-10-22");
        assert!(!conflict(
            &karrada,
            &mention("b:1", "Tarmiyah", 34.9, "2016-10-22")
        ));
        // a place named as the other's province: a conflict
        assert!(conflict(
            &a,
            &mention("b:1", "Tarmiyah", 34.9, "2016-10-22")
        ));
        // a year apart: none
        assert!(!conflict(
            &a,
            &mention("b:1", "Baghdad", 33.3, "2017-10-22")
        ));
        // a country-level mention conflicts with every place of its country
        let mut country = mention("c:1", "Iraq", 33.0, "2016-10-22");
        country.admin1 = None;
        country.geo_precision = Some(3);
        country.lat = None;
        country.lon = None;
        assert!(conflict(
            &country,
            &mention("b:1", "Tarmiyah", 34.9, "2016-10-22")
        ));
        // a place named as the other's province
        let mut province = mention("d:1", "Baghdad", 20.0, "2016-10-22");
        province.place = Some("Karkh".into());
        assert!(conflict(
            &province,
            &mention("e:1", "Baghdad", 40.0, "2016-10-22")
        ));
    }
}
