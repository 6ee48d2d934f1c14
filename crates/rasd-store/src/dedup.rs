//! De-duplication: when do two event mentions from different documents report one incident?
//!
//! A pure function over two [`Mention`]s ([`compare`]) says yes with the rules and values that
//! matched ([`Match`]) or no with the first rule that failed. The store only uses SQL to find
//! candidates (same event_type, same country, overlapping dates or close publication dates);
//! every decision is made here, so it is unit-tested without a database.
//!
//! The rules, all of which must hold:
//! 1. **Type**: the same ACLED `event_type` (sub-types may differ: one outlet's "car bomb" is
//!    another's "suicide car bomb"), or a *generic attack* (Violence against civilians / Attack
//!    whose PLOVER mode is unstated, explosives or suicide-attack) against an
//!    Explosions/Remote violence mention: "a horrific attack on the Yazidis" and "truck bombs
//!    against the Yazidis" are one incident. A shooting (mode firearms) never joins a bombing,
//!    and Battles never mix with another type.
//! 2. **Date**: both dated (day, week or month precision): their date ranges, widened by one day
//!    on each side, overlap; for two day-precision dates that is "the same day or the next"
//!    (DESIGN.md: "within a day or two"). Week and month dates span their week or month.
//!    One undated (no date or year precision only): the *same* place (rule 3a only) and the
//!    undated report published on the other's date or up to 2 days after. Both undated: the
//!    same place and publication dates at most 2 days apart.
//! 3. **Place**: (a) the same place: same GeoNames id, or same normalized name in the same
//!    country; (b) one inside the other: the coarser one's name is the finer one's admin2 or
//!    admin1 (a neighbourhood in its city, a town in its province); (c) near: both have
//!    coordinates at most 10 km apart and at least one of them is approximate (geo precision
//!    2 or 3), or at most 2 km apart when both are precise (two named neighbourhoods of one city
//!    are different places). A mention with no place never merges.
//! 4. **Actors**: not contradictory: when both mentions name a perpetrator (actor1), their
//!    ACLED actor kinds agree; the same for the target (actor2).

use rasd_core::{ActorKind, DatePrecision, Event};

const EXPLOSIONS: &str = "Explosions/Remote violence";
const VAC: &str = "Violence against civilians";

/// The fields of an event that de-duplication looks at (a row of the `events` table).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub event_id: String,
    pub doc_id: String,
    /// The publication date of the document (`YYYY-MM-DD`), if known.
    pub published: Option<String>,
    /// Start of the date range, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub date_precision: Option<DatePrecision>,
    /// Last day of the date range (= `date` for day precision).
    pub date_end: Option<String>,
    pub event_type: String,
    pub sub_event_type: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub place: Option<String>,
    pub geonames_id: Option<u64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geo_precision: Option<u8>,
    pub actor1: Option<(String, ActorKind)>,
    pub actor2: Option<(String, ActorKind)>,
    /// PLOVER mode (aerial, explosives, firearms, ...), which tells a generic attack's weapon.
    pub plover_mode: Option<String>,
}

/// Normalized place key: lowercase ASCII letters and digits only, a leading article (`al-`,
/// `el-`, `ad-`, ...) dropped. "Al-Mansouriya" and "al mansouriya" give "mansouriya".
pub fn normalize_place(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let mut s = lower.as_str();
    for article in [
        "al-", "el-", "al ", "el ", "ad-", "ar-", "as-", "ash-", "at-", "az-",
    ] {
        if let Some(rest) = s.strip_prefix(article) {
            s = rest;
            break;
        }
    }
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The `YYYY-MM-DD` string of a date.
fn iso(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `date ± days` as `YYYY-MM-DD` (None for an unparsable date).
pub fn shift_date(date: &str, days: i64) -> Option<String> {
    let d = parse_date(date)?;
    Some(iso(d + chrono::Duration::days(days)))
}

/// The last day of the range that starts at `value` with `precision`.
pub fn date_range_end(value: &str, precision: DatePrecision) -> Option<String> {
    use chrono::Datelike;
    let d = parse_date(value)?;
    let end = match precision {
        DatePrecision::Day => d,
        DatePrecision::Week => d + chrono::Duration::days(6),
        DatePrecision::Month => {
            let (y, m) = if d.month() == 12 {
                (d.year() + 1, 1)
            } else {
                (d.year(), d.month() + 1)
            };
            chrono::NaiveDate::from_ymd_opt(y, m, 1)? - chrono::Duration::days(1)
        }
        DatePrecision::Year => chrono::NaiveDate::from_ymd_opt(d.year(), 12, 31)?,
    };
    Some(iso(end))
}

fn days_between(a: &str, b: &str) -> Option<i64> {
    Some((parse_date(b)? - parse_date(a)?).num_days())
}

pub fn precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Week => "week",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
    }
}

pub fn parse_precision(s: &str) -> Option<DatePrecision> {
    Some(match s {
        "day" => DatePrecision::Day,
        "week" => DatePrecision::Week,
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        _ => return None,
    })
}

pub fn kind_name(k: ActorKind) -> &'static str {
    match k {
        ActorKind::State => "state",
        ActorKind::Rebel => "rebel",
        ActorKind::PoliticalMilitia => "political_militia",
        ActorKind::IdentityMilitia => "identity_militia",
        ActorKind::Rioters => "rioters",
        ActorKind::Protesters => "protesters",
        ActorKind::Civilians => "civilians",
        ActorKind::External => "external",
    }
}

impl Mention {
    /// The de-duplication view of one event of a document published on `published`.
    pub fn from_event(e: &Event, published: Option<&str>) -> Mention {
        let loc = e.location.as_ref();
        let (date, date_precision, date_end) = match &e.date {
            Some(d) => match date_range_end(&d.value, d.precision) {
                Some(end) => (Some(d.value.clone()), Some(d.precision), Some(end)),
                None => (None, None, None),
            },
            None => (None, None, None),
        };
        Mention {
            event_id: e.event_id.clone(),
            doc_id: e.doc_id.clone(),
            published: published.map(str::to_string),
            date,
            date_precision,
            date_end,
            event_type: e.event_type.clone(),
            sub_event_type: e.sub_event_type.clone(),
            country: loc.and_then(|l| l.country.clone()),
            admin1: loc.and_then(|l| l.admin1.clone()),
            admin2: loc.and_then(|l| l.admin2.clone()),
            place: loc.map(|l| l.name.clone()),
            geonames_id: loc.and_then(|l| l.geonames_id),
            lat: loc.and_then(|l| l.lat),
            lon: loc.and_then(|l| l.lon),
            geo_precision: loc.and_then(|l| l.precision),
            actor1: e.actor1.as_ref().map(|a| (a.name.clone(), a.kind)),
            actor2: e.actor2.as_ref().map(|a| (a.name.clone(), a.kind)),
            plover_mode: e.plover.mode.clone(),
        }
    }

    /// `country|normalized place`, the blocking key for undated mentions.
    pub fn place_key(&self) -> Option<String> {
        let place = normalize_place(self.place.as_deref()?);
        (!place.is_empty()).then(|| format!("{}|{}", self.country.as_deref().unwrap_or(""), place))
    }

    /// Whether the mention has a usable date (day, week or month precision).
    pub fn dated(&self) -> bool {
        self.date.is_some() && !matches!(self.date_precision, Some(DatePrecision::Year) | None)
    }
}

/// How two places relate (strongest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceRule {
    SamePlace,
    Inside,
    Near,
}

/// Why two mentions were judged the same incident: each rule with its values, for `explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub place_rule: PlaceRule,
    /// Days between the two dates (0 when the ranges overlap), None when a date is unknown.
    pub date_gap: Option<i64>,
    pub same_sub_type: bool,
    pub reasons: Vec<String>,
}

impl Match {
    /// Higher is a stronger match: used to pick among several candidate clusters.
    pub fn score(&self) -> i64 {
        let place = match self.place_rule {
            PlaceRule::SamePlace => 30,
            PlaceRule::Inside => 20,
            PlaceRule::Near => 10,
        };
        let date = match self.date_gap {
            Some(0) => 5,
            Some(_) => 3,
            None => 0,
        };
        place + date + i64::from(self.same_sub_type)
    }

    /// The rule names, e.g. `type+date+place:same+actors`.
    pub fn rule(&self) -> String {
        let place = match self.place_rule {
            PlaceRule::SamePlace => "same",
            PlaceRule::Inside => "inside",
            PlaceRule::Near => "near",
        };
        let date = if self.date_gap.is_some() {
            "date"
        } else {
            "undated+published"
        };
        format!("type+{date}+place:{place}+actors")
    }
}

fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn place_relation(a: &Mention, b: &Mention) -> Option<(PlaceRule, String)> {
    let (pa, pb) = (a.place.as_deref()?, b.place.as_deref()?);
    if let (Some(ca), Some(cb)) = (&a.country, &b.country) {
        if ca != cb {
            return None;
        }
    }
    if let (Some(ga), Some(gb)) = (a.geonames_id, b.geonames_id) {
        if ga == gb {
            return Some((
                PlaceRule::SamePlace,
                format!("same GeoNames id {ga} ({pa})"),
            ));
        }
    }
    let (na, nb) = (normalize_place(pa), normalize_place(pb));
    if !na.is_empty() && na == nb {
        return Some((
            PlaceRule::SamePlace,
            format!("same place name {pa:?} = {pb:?}"),
        ));
    }
    let inside = |coarse: &Mention, nc: &str, fine: &Mention| -> Option<String> {
        for (level, admin) in [("admin2", &fine.admin2), ("admin1", &fine.admin1)] {
            if let Some(admin) = admin {
                if !nc.is_empty() && normalize_place(admin) == nc {
                    return Some(format!(
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
    if let (Some(la), Some(oa), Some(lb), Some(ob)) = (a.lat, a.lon, b.lat, b.lon) {
        let km = haversine_km((la, oa), (lb, ob));
        let approximate = a.geo_precision.unwrap_or(1) >= 2 || b.geo_precision.unwrap_or(1) >= 2;
        let limit = if approximate { 10.0 } else { 2.0 };
        if km <= limit {
            return Some((
                PlaceRule::Near,
                format!("{pa:?} and {pb:?} are {km:.1} km apart (limit {limit} km)"),
            ));
        }
    }
    None
}

/// A generic attack (Violence against civilians / Attack with no weapon, or explosives) may be
/// a bombing that another outlet codes as Explosions/Remote violence.
fn generic_attack(m: &Mention) -> bool {
    m.event_type == VAC
        && m.sub_event_type == "Attack"
        && matches!(
            m.plover_mode.as_deref(),
            None | Some("explosives") | Some("suicide-attack")
        )
}

/// The event types a mention of `event_type` may merge with (blocking for the store).
pub fn compatible_types(event_type: &str) -> [&str; 2] {
    match event_type {
        EXPLOSIONS => [EXPLOSIONS, VAC],
        VAC => [VAC, EXPLOSIONS],
        other => [other, other],
    }
}

fn type_rule(a: &Mention, b: &Mention) -> Result<String, String> {
    if a.event_type == b.event_type {
        return Ok(if a.sub_event_type == b.sub_event_type {
            format!("type: both {} / {}", a.event_type, a.sub_event_type)
        } else {
            format!(
                "type: both {} ({} / {})",
                a.event_type, a.sub_event_type, b.sub_event_type
            )
        });
    }
    for (x, y) in [(a, b), (b, a)] {
        if y.event_type == EXPLOSIONS && generic_attack(x) {
            return Ok(format!(
                "type: a generic attack ({} / {}, weapon {}) and {} / {}",
                x.event_type,
                x.sub_event_type,
                x.plover_mode.as_deref().unwrap_or("unstated"),
                y.event_type,
                y.sub_event_type
            ));
        }
    }
    Err(format!("type: {:?} vs {:?}", a.event_type, b.event_type))
}

fn range_gap(a: (&str, &str), b: (&str, &str)) -> Option<i64> {
    // gap between the ranges [a.0, a.1] and [b.0, b.1]; 0 when they overlap
    if b.1 < a.0 {
        days_between(b.1, a.0)
    } else if a.1 < b.0 {
        days_between(a.1, b.0)
    } else {
        Some(0)
    }
}

fn actors_compatible(
    role: &str,
    a: &Option<(String, ActorKind)>,
    b: &Option<(String, ActorKind)>,
) -> Result<String, String> {
    match (a, b) {
        (Some((na, ka)), Some((nb, kb))) if ka != kb => Err(format!(
            "{role} contradict: {na:?} ({}) vs {nb:?} ({})",
            kind_name(*ka),
            kind_name(*kb)
        )),
        (Some((na, ka)), Some((nb, _))) => Ok(format!(
            "{role} agree: {na:?} / {nb:?} ({})",
            kind_name(*ka)
        )),
        _ => Ok(format!("{role}: at most one side known")),
    }
}

/// Whether `a` and `b` report the same incident; `Err` gives the rule that failed.
pub fn compare(a: &Mention, b: &Mention) -> Result<Match, String> {
    if a.doc_id == b.doc_id {
        return Err("same document: its events are distinct incidents".into());
    }
    let mut reasons = vec![type_rule(a, b)?];
    let (place_rule, place_why) =
        place_relation(a, b).ok_or_else(|| "place: not the same, inside or near".to_string())?;
    let date_gap = if a.dated() && b.dated() {
        let (sa, ea) = (
            a.date.as_deref().unwrap_or(""),
            a.date_end.as_deref().unwrap_or(""),
        );
        let (sb, eb) = (
            b.date.as_deref().unwrap_or(""),
            b.date_end.as_deref().unwrap_or(""),
        );
        let gap = range_gap((sa, ea), (sb, eb)).ok_or_else(|| "date: unparsable".to_string())?;
        if gap > 1 {
            return Err(format!(
                "date: {sa}..{ea} and {sb}..{eb} are {gap} days apart"
            ));
        }
        let pa = a.date_precision.map_or("?", precision_name);
        let pb = b.date_precision.map_or("?", precision_name);
        reasons.push(format!(
            "date: {sa} ({pa}) and {sb} ({pb}), {gap} day(s) apart (limit 1)"
        ));
        Some(gap)
    } else {
        if place_rule != PlaceRule::SamePlace {
            return Err("undated: not the same place".into());
        }
        let undated_pub = |u: &Mention| {
            u.published
                .clone()
                .ok_or_else(|| "undated: publication date unknown".to_string())
        };
        if a.dated() || b.dated() {
            // one dated: the undated report was published on the day or up to 2 days after
            let (d, u) = if a.dated() { (a, b) } else { (b, a) };
            let (s, e) = (
                d.date.as_deref().unwrap_or(""),
                d.date_end.as_deref().unwrap_or(""),
            );
            let p = undated_pub(u)?;
            let after_start = days_between(s, &p).ok_or("undated: unparsable date")?;
            let after_end = days_between(e, &p).ok_or("undated: unparsable date")?;
            if after_start < 0 || after_end > 2 {
                return Err(format!(
                    "undated: published {p}, not within 2 days after {s}..{e}"
                ));
            }
            reasons.push(format!(
                "date: {s} on one side; the undated report was published {p}, within 2 days after"
            ));
        } else {
            let (pa, pb) = (undated_pub(a)?, undated_pub(b)?);
            let gap = days_between(&pa, &pb)
                .ok_or("undated: unparsable date")?
                .abs();
            if gap > 2 {
                return Err(format!(
                    "undated: published {pa} and {pb}, {gap} days apart"
                ));
            }
            reasons.push(format!(
                "date: unknown on both sides; published {pa} / {pb}, {gap} day(s) apart (limit 2)"
            ));
        }
        None
    };
    reasons.push(format!("place: {place_why}"));
    reasons.push(actors_compatible("perpetrators", &a.actor1, &b.actor1)?);
    reasons.push(actors_compatible("targets", &a.actor2, &b.actor2)?);
    Ok(Match {
        place_rule,
        date_gap,
        same_sub_type: a.sub_event_type == b.sub_event_type,
        reasons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(doc: &str, date: Option<&str>, place: &str, lat: f64, lon: f64) -> Mention {
        Mention {
            event_id: format!("{doc}:0"),
            doc_id: doc.into(),
            published: Some("2008-11-17".into()),
            date: date.map(str::to_string),
            date_precision: date.map(|_| DatePrecision::Day),
            date_end: date.map(str::to_string),
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Suicide bomb".into(),
            country: Some("IQ".into()),
            admin1: Some("Diyala".into()),
            admin2: None,
            place: Some(place.into()),
            geonames_id: None,
            lat: Some(lat),
            lon: Some(lon),
            geo_precision: Some(1),
            actor1: None,
            actor2: None,
            plover_mode: Some("suicide-attack".into()),
        }
    }

    #[test]
    fn table_of_rules() {
        let base = m("a", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
        let cases: Vec<(&str, Mention, bool)> = vec![
            (
                "same place same day",
                m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64),
                true,
            ),
            (
                "next day",
                m("b", Some("2008-11-17"), "Baqubah", 33.75, 44.64),
                true,
            ),
            (
                "two days",
                m("b", Some("2008-11-18"), "Baqubah", 33.75, 44.64),
                false,
            ),
            (
                "town in province",
                {
                    let mut p = m("b", Some("2008-11-16"), "Diyala", 33.9, 45.0);
                    p.geo_precision = Some(3);
                    p
                },
                true,
            ),
            (
                "other town 40 km",
                m("b", Some("2008-11-16"), "Muqdadiya", 34.0, 45.0),
                false,
            ),
            (
                "same document",
                m("a", Some("2008-11-16"), "Baqubah", 33.75, 44.64),
                false,
            ),
            (
                "undated same place",
                m("b", None, "Baqubah", 33.75, 44.64),
                true,
            ),
            (
                "other type",
                {
                    let mut p = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
                    p.event_type = "Battles".into();
                    p
                },
                false,
            ),
            (
                "actors contradict",
                {
                    let mut p = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
                    p.actor2 = Some(("Iraqi police".into(), ActorKind::State));
                    p
                },
                true,
            ),
        ];
        for (name, other, want) in cases {
            assert_eq!(
                compare(&base, &other).is_ok(),
                want,
                "{name}: {:?}",
                compare(&base, &other)
            );
            assert_eq!(compare(&other, &base).is_ok(), want, "{name} (symmetric)");
        }
        let mut a = base.clone();
        a.actor2 = Some(("Civilians".into(), ActorKind::Civilians));
        let mut b = m("b", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
        b.actor2 = Some(("Iraqi police".into(), ActorKind::State));
        assert!(compare(&a, &b).is_err());
    }

    #[test]
    fn week_and_month_ranges() {
        assert_eq!(
            date_range_end("2008-02-01", DatePrecision::Month).unwrap(),
            "2008-02-29"
        );
        assert_eq!(
            date_range_end("2008-12-29", DatePrecision::Week).unwrap(),
            "2009-01-04"
        );
        let a = m("a", Some("2008-11-16"), "Baqubah", 33.75, 44.64);
        let mut b = m("b", Some("2008-11-01"), "Baqubah", 33.75, 44.64);
        b.date_precision = Some(DatePrecision::Month);
        b.date_end = Some("2008-11-30".into());
        assert_eq!(compare(&a, &b).unwrap().date_gap, Some(0));
    }

    #[test]
    fn place_names_normalize() {
        assert_eq!(normalize_place("Al-Mansouriya"), "mansouriya");
        assert_eq!(normalize_place("al Mansouriya "), "mansouriya");
    }
}
