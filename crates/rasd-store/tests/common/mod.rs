//! Shared by the store's tests and its benchmark: the labelled de-duplication fixture (real
//! sentences, see fixtures/README.md) turned into rasd_core records, and synthetic-but-real
//! reports recombined from its sentences.
#![allow(dead_code)]

use rasd_core::write::Format;
use rasd_core::{
    Actor, ActorKind, Count, DatePrecision, Event, EventDate, Location, Plover, Qualifier, Report,
    TextSpan, SCHEMA_VERSION,
};
use rasd_store::export::{Shape, Tally};
use rasd_store::{Filter, Store};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The fixture, embedded at compile time (tests never read ../shared at run time).
pub const FIXTURE: &str = include_str!("../fixtures/dedup.jsonl");
/// The development gold's 125 sentences and 143 events, for recombining (not labelled).
pub const GOLD: &str = include_str!("../fixtures/gold_events.jsonl");

#[derive(Debug, Deserialize)]
struct FxDoc {
    doc: String,
    published: String,
    source: String,
    text: String,
    events: Vec<FxEvent>,
}

#[derive(Debug, Deserialize)]
struct FxPlace {
    name: String,
    text: String,
    country: String,
    admin1: Option<String>,
    admin2: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    geonames_id: Option<u64>,
    precision: u8,
}

#[derive(Debug, Deserialize)]
struct FxEvent {
    incident: String,
    event_type: String,
    sub_event_type: String,
    trigger: String,
    date: Option<String>,
    date_precision: Option<String>,
    date_text: Option<String>,
    location: Option<FxPlace>,
    fatalities: Option<u64>,
    fatalities_qualifier: Option<String>,
    fatalities_text: Option<String>,
    actor1: Option<(String, String, String)>,
    actor2: Option<(String, String, String)>,
    plover_mode: Option<String>,
}

/// A labelled report: the report, its events, and each event's incident label.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub report: Report,
    pub events: Vec<Event>,
    pub incidents: Vec<String>,
}

/// `[start, end)` in chars of the first occurrence of `needle` in `text`.
fn span(text: &str, needle: &str) -> [usize; 2] {
    match text.find(needle) {
        Some(b) => {
            let start = text[..b].chars().count();
            [start, start + needle.chars().count()]
        }
        None => panic!("{needle:?} is not in {text:?}"),
    }
}

fn qualifier(s: &str) -> Qualifier {
    match s {
        "exact" => Qualifier::Exact,
        "at_least" => Qualifier::AtLeast,
        "approx" => Qualifier::Approx,
        "at_most" => Qualifier::AtMost,
        "range" => Qualifier::Range,
        _ => Qualifier::Unknown,
    }
}

fn precision(s: &str) -> DatePrecision {
    match s {
        "week" => DatePrecision::Week,
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        _ => DatePrecision::Day,
    }
}

/// The labelled fixture: every `*_text` is checked to be a substring of its report.
pub fn fixture() -> Vec<Labelled> {
    parse(FIXTURE)
}

/// Every real sentence with its events (the fixture and the development gold), the material
/// synthetic reports are recombined from.
pub fn sentences() -> Vec<Labelled> {
    let mut all = parse(FIXTURE);
    all.extend(parse(GOLD));
    all
}

fn parse(jsonl: &str) -> Vec<Labelled> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let d: FxDoc = serde_json::from_str(line).expect("fixture line");
            let text = &d.text;
            let sentence = [0, text.chars().count()];
            let mut events = Vec::new();
            let mut incidents = Vec::new();
            for fx in d.events {
                let trigger = span(text, &fx.trigger);
                let actor = |a: &Option<(String, String, String)>| {
                    a.as_ref().map(|(name, kind, t)| Actor {
                        name: name.clone(),
                        text: t.clone(),
                        kind: ActorKind::parse(kind).expect("actor kind"),
                        country: None,
                        span: span(text, t),
                    })
                };
                let mut event_id = format!("{}:{}", d.doc, trigger[0]);
                if events.iter().any(|e: &Event| e.event_id == event_id) {
                    event_id = format!("{event_id}.{}", events.len());
                }
                events.push(Event {
                    schema_version: SCHEMA_VERSION,
                    event_id,
                    doc_id: d.doc.clone(),
                    sentence,
                    event_type: fx.event_type,
                    sub_event_type: fx.sub_event_type,
                    plover: Plover {
                        event: "ASSAULT".into(),
                        mode: fx.plover_mode,
                    },
                    trigger: TextSpan {
                        text: fx.trigger.clone(),
                        span: trigger,
                    },
                    date: fx.date.map(|value| EventDate {
                        value,
                        precision: precision(fx.date_precision.as_deref().unwrap_or("day")),
                        span: fx.date_text.as_deref().map(|t| span(text, t)),
                        text: fx.date_text.clone(),
                    }),
                    actor1: actor(&fx.actor1),
                    actor2: actor(&fx.actor2),
                    location: fx.location.map(|p| Location {
                        span: span(text, &p.text),
                        name: p.name,
                        text: p.text,
                        country: Some(p.country),
                        admin1: p.admin1,
                        admin2: p.admin2,
                        lat: p.lat,
                        lon: p.lon,
                        geonames_id: p.geonames_id,
                        precision: Some(p.precision),
                        where_said: false,
                    }),
                    fatalities: fx.fatalities.map(|n| {
                        let t = fx.fatalities_text.clone().unwrap_or_default();
                        Count {
                            min: Some(n),
                            max: Some(n)
                                .filter(|_| fx.fatalities_qualifier.as_deref() == Some("exact")),
                            qualifier: qualifier(fx.fatalities_qualifier.as_deref().unwrap_or("")),
                            span: span(text, &t),
                            text: t,
                        }
                    }),
                    injuries: None,
                    victims: vec![],
                    confidence: 0.8,
                    status: rasd_core::Status::Incident,
                    status_cue: None,
                    reason: None,
                    mentions: vec![],
                });
                incidents.push(fx.incident);
            }
            Labelled {
                report: Report {
                    id: d.doc,
                    text: d.text,
                    published: Some(d.published),
                    source: Some(d.source),
                    url: None,
                },
                events,
                incidents,
            }
        })
        .collect()
}

/// The fixture as an ingest batch.
pub fn fixture_batch() -> Vec<(Report, Vec<Event>)> {
    fixture()
        .into_iter()
        .map(|l| (l.report, l.events))
        .collect()
}

fn shift(date: &str, days: i64) -> String {
    rasd_store::dedup::shift_date(date, days).expect("date")
}

/// Synthetic report `i`: 2 to 4 real sentences (see [`sentences`]) recombined into one story, published on one
/// of ~10 years of days, with their events moved to that story's dates and re-anchored at the
/// sentences' new offsets. Deterministic in `i`; generated on demand so a benchmark of any size
/// never holds more than a batch.
pub fn synthetic(fx: &[Labelled], i: usize) -> (Report, Vec<Event>) {
    let n = 2 + (i * 7) % 3;
    let day_offset = ((i * 7919) % 3650) as i64;
    let id = format!("syn-{i:06}");
    let published = shift("2006-01-01", day_offset);
    let mut text = String::new();
    let mut events = Vec::new();
    for k in 0..n {
        let src = &fx[(i * 31 + k * 17) % fx.len()];
        let base = text.chars().count();
        let src_pub = src.report.published.as_deref().expect("published");
        let delta = rasd_store_days(src_pub, &published);
        for e in &src.events {
            let mut e = e.clone();
            let moved = |s: [usize; 2]| [s[0] + base, s[1] + base];
            e.doc_id = id.clone();
            e.sentence = moved(e.sentence);
            e.trigger.span = moved(e.trigger.span);
            e.event_id = format!("{id}:{}.{}", e.trigger.span[0], events.len());
            if let Some(d) = e.date.as_mut() {
                d.value = shift(&d.value, delta);
                d.span = d.span.map(moved);
            }
            for a in [e.actor1.as_mut(), e.actor2.as_mut()].into_iter().flatten() {
                a.span = moved(a.span);
            }
            if let Some(l) = e.location.as_mut() {
                l.span = moved(l.span);
            }
            if let Some(c) = e.fatalities.as_mut() {
                c.span = moved(c.span);
            }
            events.push(e);
        }
        text.push_str(&src.report.text);
        text.push(' ');
    }
    let report = Report {
        id,
        text,
        published: Some(published),
        source: Some("synthetic (recombined fixture sentences)".into()),
        url: None,
    };
    (report, events)
}

fn rasd_store_days(from: &str, to: &str) -> i64 {
    let d = |s: &str| {
        let p: Vec<i64> = s.split('-').map(|x| x.parse().expect("date")).collect();
        // days from civil (Howard Hinnant's algorithm)
        let (y, m, d) = (p[0], p[1], p[2]);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe
    };
    d(to) - d(from)
}

/// A temporary SQLite database path (the directory lives as long as the guard).
pub fn temp_db() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rasd.db").to_string_lossy().into_owned();
    (dir, path)
}

/// Every export format of a store, as strings, with the CSV's `timestamp` (the ingest time,
/// which differs between two stores of the same reports) blanked.
pub fn exports(store: &mut rasd_store::Store) -> Vec<String> {
    use rasd_core::write::Format;
    [Format::Csv, Format::Jsonl, Format::Geojson]
        .into_iter()
        .map(|f| {
            let mut buf = Vec::new();
            rasd_store::export::write_clusters(store, &rasd_store::Filter::default(), f, &mut buf)
                .expect("export");
            without_timestamps(&String::from_utf8(buf).expect("utf-8"))
        })
        .collect()
}

/// The records of a CSV text (RFC 4180: quoted cells may hold commas, quotes and newlines),
/// each as its cells, unquoted.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// An export with its `timestamp` cells blanked (CSV) or nulled (GeoJSON properties); JSONL as
/// it is.
pub fn without_timestamps(text: &str) -> String {
    if text.starts_with("{\"type\":\"FeatureCollection\"") {
        // GeoJSON: the `timestamp` property of each feature
        let mut v: serde_json::Value = serde_json::from_str(text).expect("GeoJSON");
        for f in v["features"].as_array_mut().expect("features") {
            f["properties"]["timestamp"] = serde_json::Value::Null;
        }
        return v.to_string();
    }
    if !text.starts_with("event_id_cnty,") {
        return text.to_string();
    }
    let rows = parse_csv(text);
    let Some(at) = rows[0].iter().position(|c| c == "timestamp") else {
        return text.to_string();
    };
    let mut out = String::new();
    for (i, mut row) in rows.into_iter().enumerate() {
        if i > 0 && row.len() > at {
            row[at].clear();
        }
        let cells: Vec<String> = row.iter().map(|c| rasd_core::write::csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A copy of report `base` under `id`, with a NUL character in its text, source, trigger and
/// place (issue 13 item 2).
pub fn with_nul(base: &(Report, Vec<Event>), id: &str) -> (Report, Vec<Event>) {
    let (mut r, mut events) = base.clone();
    let old = r.id.clone();
    r.id = id.to_string();
    r.text.push_str(" \0 ");
    r.source = Some("wire\0service".into());
    for e in &mut events {
        e.doc_id = id.to_string();
        e.event_id = e.event_id.replacen(&old, id, 1);
        e.trigger.text.push('\0');
        if let Some(l) = e.location.as_mut() {
            l.name.push('\0');
        }
    }
    (r, events)
}

/// A report whose id is too long for a PostgreSQL index (6,000 bytes that do not compress),
/// without events.
pub fn huge_id_report() -> (Report, Vec<Event>) {
    let mut x: u32 = 2463534242;
    let id: String = (0..2000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            char::from_u32(0x4E00 + x % 20000).unwrap()
        })
        .collect();
    let report = Report {
        id,
        text: "نص قصير".into(),
        published: None,
        source: None,
        url: None,
    };
    (report, vec![])
}

/// The floor the left-out fixture is ingested with ([`Store::set_min_confidence`]).
pub const FLOOR: f32 = 0.5;

/// Copies of the first fixture reports whose mentions are not in the incident table: each
/// tells the same incident (same type, place, day) but as a statistic, an intent, a background
/// retelling, or an incident under [`FLOOR`]. Stored, they must neither join nor found a cluster.
pub fn left_out_batch() -> Vec<(Report, Vec<Event>)> {
    use rasd_core::Status;
    let kinds = [
        (Status::Statistic, 0.9),
        (Status::Intent, 0.9),
        (Status::Background, 0.9),
        (Status::Incident, 0.2),
        (Status::Denied, 0.9),
    ];
    fixture_batch()
        .into_iter()
        .filter(|(_, events)| !events.is_empty())
        .zip(kinds)
        .map(|((mut report, events), (status, confidence))| {
            let id = format!("{}-left", report.id);
            report.text.push_str(" (نقل)");
            let events = events
                .into_iter()
                .map(|mut e| {
                    e.event_id = e.event_id.replacen(&report.id, &id, 1);
                    e.doc_id = id.clone();
                    e.status = status;
                    e.confidence = confidence;
                    if status != Status::Incident {
                        e.status_cue = Some(TextSpan {
                            text: e.trigger.text.clone(),
                            span: e.trigger.span,
                        });
                    }
                    e
                })
                .collect();
            report.id = id;
            (report, events)
        })
        .collect()
}

/// Every export format of a store with `--all`, as strings.
pub fn exports_all(store: &mut rasd_store::Store) -> Vec<String> {
    use rasd_core::write::Format;
    [Format::Csv, Format::Jsonl, Format::Geojson]
        .into_iter()
        .map(|f| {
            let mut buf = Vec::new();
            rasd_store::export::write_export(
                store,
                &rasd_store::Filter::default(),
                rasd_store::export::Shape::new(f),
                true,
                &mut buf,
            )
            .expect("export");
            without_timestamps(&String::from_utf8(buf).expect("utf-8"))
        })
        .collect()
}

/// SQL that takes a current SQLite store back to schema version 9 (before the members carried
/// their counts, migration 10, the covering search indexes of migration 11 and the reach back
/// of migration 12 and the kept retellings of migration 13), for the migration tests.
pub const BACK_TO_VERSION_9: &str = "
DROP TABLE retelling_keys;
DROP INDEX clusters_search;
ALTER TABLE clusters DROP COLUMN date_reach;
ALTER TABLE cluster_signatures DROP COLUMN reach;
ALTER TABLE cluster_signatures DROP COLUMN news;
UPDATE cluster_reps SET band = 'day' WHERE band = 'reach';
DROP INDEX cluster_reps_search;
CREATE INDEX cluster_reps_search ON cluster_reps (country, band, day_key, event_type,
    place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon);
DELETE FROM schema_version WHERE version >= 11;
DROP INDEX cluster_members_toll;
ALTER TABLE cluster_members DROP COLUMN published;
ALTER TABLE cluster_members DROP COLUMN fatalities_min;
ALTER TABLE cluster_members DROP COLUMN fatalities_max;
ALTER TABLE cluster_members DROP COLUMN fatalities_qualifier;
DELETE FROM schema_version WHERE version >= 10;
";

/// SQL that takes a current SQLite store back to schema version 5 (before the representatives
/// of migration 6), for the migration tests, after [`BACK_TO_VERSION_9`].
pub const BACK_TO_VERSION_5: &str = "
DROP TABLE cluster_reps; DROP TABLE cluster_signatures;
ALTER TABLE events DROP COLUMN signature;
CREATE INDEX events_dated ON events (event_type, country, date_precision, date, place_norm,
    admin1_norm, admin2_norm, geonames_id, lat, lon);
CREATE INDEX events_undated ON events (event_type, country, date_precision, published,
    place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon);
CREATE INDEX events_place ON events (place_key, date_precision, published);
CREATE INDEX events_place_date ON events (place_key, date_precision, date);
ALTER TABLE clusters DROP COLUMN first_seq;
DROP TABLE search;
DELETE FROM schema_version WHERE version >= 6;
";

/// A hand-built event of report `doc` (published `published`): `place` is
/// `(name, admin1, lat, lon, geo precision)`.
#[allow(clippy::too_many_arguments)]
pub fn event(
    doc: &str,
    n: usize,
    (event_type, sub_event_type, mode): (&str, &str, Option<&str>),
    date: Option<&str>,
    place: (&str, Option<&str>, f64, f64, u8),
    target: Option<(&str, &str)>,
    killed: Option<u64>,
) -> rasd_core::Event {
    serde_json::from_value(serde_json::json!({
        "schema_version": 1, "event_id": format!("{doc}:{n}"), "doc_id": doc,
        "sentence": [0, 1], "event_type": event_type, "sub_event_type": sub_event_type,
        "plover": {"event": "ASSAULT", "mode": mode},
        "trigger": {"text": "x", "span": [0, 1]},
        "date": date.map(|d| serde_json::json!(
            {"value": d, "precision": "day", "text": "x", "span": [0, 1]})),
        "location": {"name": place.0, "text": "x", "span": [0, 1], "country": "SA",
                     "admin1": place.1, "lat": place.2, "lon": place.3,
                     "precision": place.4},
        "actor1": null,
        "actor2": target.map(|(name, kind)| serde_json::json!(
            {"name": name, "text": "x", "kind": kind, "span": [0, 1]})),
        "fatalities": killed.map(|k| serde_json::json!(
            {"min": k, "max": k, "qualifier": "exact", "text": "x", "span": [0, 1]})),
        "injuries": null, "victims": [], "confidence": 0.5
    }))
    .expect("event")
}

pub fn report(doc: &str, published: &str, events: Vec<rasd_core::Event>) -> (Report, Vec<Event>) {
    (
        Report {
            id: doc.into(),
            text: format!("report {doc}"),
            published: Some(published.into()),
            source: None,
            url: None,
        },
        events,
    )
}

pub const BOMB: (&str, &str, Option<&str>) = (
    "Explosions/Remote violence",
    "Suicide bomb",
    Some("suicide-attack"),
);
pub const ATTACK: (&str, &str, Option<&str>) = ("Violence against civilians", "Attack", None);
pub const ABHA: (&str, Option<&str>, f64, f64, u8) = ("Abha", Some("'Asir"), 18.2164, 42.5053, 1);
pub const KHAMIS: (&str, Option<&str>, f64, f64, u8) =
    ("Khamis Mushait", Some("'Asir"), 18.3, 42.7333, 1);
pub const SAUDI: (&str, Option<&str>, f64, f64, u8) = ("Saudi Arabia", None, 24.0, 45.0, 3);
pub const RIYADH: (&str, Option<&str>, f64, f64, u8) =
    ("Riyadh", Some("Ar Riyad"), 24.69, 46.72, 1);

/// Many reports drawn from a few places, days, types, targets and tolls, so that mentions
/// often have the same signature: a report of 1 to 3 mentions (a vague retelling among them at
/// times) published on its incident's day or up to 3 days later; some reports come again later
/// with another text (replaced).
pub fn crowded_reports(n: usize, seed: u64) -> Vec<(Report, Vec<Event>)> {
    let mut state = seed;
    let mut next = |k: usize| {
        // xorshift64*: deterministic, no dependency
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % k
    };
    let clash = ("Battles", "Armed clash", None);
    let types = [BOMB, BOMB, ATTACK, clash];
    let asir = ("'Asir", Some("'Asir"), 19.0, 43.0, 3);
    let precise = [ABHA, KHAMIS, RIYADH, KHAMIS];
    let targets = [
        None,
        Some(("Special forces", "state")),
        Some(("Civilians", "civilians")),
    ];
    let day = |d: usize| {
        let (m, d) = if d < 31 { (8, d + 1) } else { (9, d - 30) };
        format!("2015-{m:02}-{d:02}")
    };
    let mut out = Vec::new();
    for i in 0..n {
        let again = i > 20 && next(10) == 0;
        let doc = if again {
            format!("d{}", next(i))
        } else {
            format!("d{i}")
        };
        let told = next(56);
        let published = day(told + next(4));
        let events = (0..1 + next(3))
            .map(|k| {
                let place = match next(12) {
                    0 => SAUDI,
                    1 => asir,
                    _ => precise[next(precise.len())],
                };
                let date = (next(3) > 0).then(|| day(told + next(2)));
                event(
                    &doc,
                    k,
                    types[next(types.len())],
                    date.as_deref(),
                    place,
                    targets[next(targets.len())],
                    [None, Some(3), Some(15)][next(3)],
                )
            })
            .collect();
        let (mut r, e) = report(&doc, &published, events);
        if again {
            r.text = format!("report {doc}, told again as {i}");
        }
        out.push((r, e));
    }
    out
}

/// The incident ids `q=text` lists (the API's text search), sorted.
pub fn searched(store: &mut rasd_store::Store, text: &str) -> Vec<i64> {
    let q = rasd_store::read::EventQuery {
        filter: rasd_store::read::EventFilter {
            text: Some(text.into()),
            ..Default::default()
        },
        limit: 1000,
        ..Default::default()
    };
    let mut ids: Vec<i64> = store
        .events_page(&q)
        .expect("search")
        .events
        .iter()
        .map(|e| e.id)
        .collect();
    ids.sort();
    let count = store.count_events(&q.filter).expect("count");
    assert_eq!(count as usize, ids.len(), "count of {text:?}");
    ids
}

/// The text search on any backend (a clean store): a report's words and its mentions' names
/// are found as words and phrases of rasd-text's matching key, whatever the diacritics, alef
/// forms, case or attached clitics, a query word of three chars or more also as the start of a
/// longer word; a replaced report is found by its new text only.
pub fn check_text_search(store: &mut rasd_store::Store) {
    let day = Some("2015-08-06");
    let (mut a, ea) = report(
        "srch-a",
        "2015-08-06",
        vec![event("srch-a", 0, BOMB, day, ABHA, None, Some(3))],
    );
    a.text = "قُتِلَ ثلاثة في إنفجار بالموصل أمس".into();
    let (mut b, eb) = report(
        "srch-b",
        "2015-08-06",
        vec![event("srch-b", 0, ATTACK, day, RIYADH, None, None)],
    );
    b.text = "هجوم في الرياض والقتلى اثنان".into();
    let (mut c, ec) = report(
        "srch-c",
        "2015-09-20",
        vec![event(
            "srch-c",
            0,
            ATTACK,
            Some("2015-09-20"),
            KHAMIS,
            None,
            None,
        )],
    );
    c.text = "سقطت قذيفة هاون بكركوك، وفق Reuters".into();
    store
        .ingest_batch(&[(a.clone(), ea.clone()), (b, eb), (c, ec)])
        .unwrap();
    let all = searched(store, "في");
    assert_eq!(
        all.len(),
        2,
        "a two-char word is found too (without the index)"
    );
    let id_of = |store: &mut rasd_store::Store, doc: &str| {
        store.document_events(doc).unwrap()[0]
            .cluster_id
            .expect("clustered")
    };
    let (ia, ib, ic) = (
        id_of(store, "srch-a"),
        id_of(store, "srch-b"),
        id_of(store, "srch-c"),
    );
    // a clitic attached, diacritics in the text and not in the query, another alef form
    assert_eq!(searched(store, "الموصل"), vec![ia]);
    // a word and the words it begins ("قتل" and "والقتلى"), not the other way round
    let mut killed = vec![ia, ib];
    killed.sort();
    assert_eq!(searched(store, "قتل"), killed);
    assert_eq!(searched(store, "قتلى"), vec![ib]);
    assert_eq!(searched(store, "انفجار"), vec![ia]);
    assert_eq!(searched(store, "إنْفِجار"), vec![ia]);
    // names of the mentions (the place, its province), in any case
    assert_eq!(searched(store, "ABHA"), vec![ia]);
    let mut asir = vec![ia, ic];
    asir.sort();
    assert_eq!(searched(store, "'asir"), asir);
    assert_eq!(searched(store, "riyadh"), vec![ib]);
    assert!(searched(store, "دمشق").is_empty());
    assert!(searched(store, "%").is_empty());
    // a word with the clitics of the text or of the query (و ف, ب ل ك, ال, لل), a phrase in
    // its order, a Latin word; a part of a word is not a word (the trigram index of schema
    // versions 8 to 15 found "وصل" in "بالموصل")
    assert_eq!(searched(store, "كركوك"), vec![ic]);
    assert_eq!(searched(store, "وكركوك"), vec![ic]);
    assert_eq!(searched(store, "موصل"), vec![ia]);
    assert_eq!(searched(store, "وللموصل"), vec![ia]);
    assert_eq!(searched(store, "قذيفة هاون"), vec![ic]);
    assert!(searched(store, "هاون قذيفة").is_empty());
    assert_eq!(searched(store, "REUTERS"), vec![ic]);
    assert!(searched(store, "وصل").is_empty());
    // a prefix of each word of a phrase, in its order; a name's prefix; a Latin prefix
    assert_eq!(searched(store, "قذيف هاو"), vec![ic]);
    assert!(searched(store, "هاو قذيف").is_empty());
    assert_eq!(searched(store, "بالموص"), vec![ia]);
    assert_eq!(searched(store, "abh"), vec![ia]);
    assert_eq!(searched(store, "Reut"), vec![ic]);
    // a query word of one or two chars is a whole word, never the start of one: "هجوم",
    // "هاون" and "قذيفة" are not found by their first letters
    assert!(searched(store, "هج").is_empty());
    assert!(searched(store, "ه").is_empty());
    assert!(searched(store, "قذ هاون").is_empty());
    // a replaced report: its new words only
    a.text = "انفجار في حلب".into();
    store.ingest_batch(&[(a, ea)]).unwrap();
    let ia = id_of(store, "srch-a");
    assert!(searched(store, "الموصل").is_empty());
    assert_eq!(searched(store, "حلب"), vec![ia]);
}

/// Reports with their events.
pub type Reports = Vec<(Report, Vec<Event>)>;

/// The bombing's own report ("a", published on its day, 2015-08-06): one Suicide bomb at Abha
/// with its toll of 15.
pub fn abha_bombing() -> (Report, Vec<Event>) {
    report(
        "a",
        "2015-08-06",
        vec![event(
            "a",
            1,
            BOMB,
            Some("2015-08-06"),
            ABHA,
            None,
            Some(15),
        )],
    )
}

/// Two incidents of one week in 'Asir and the reports that retell them, left out of the
/// incident table: a bombing in Abha (two reports with its toll) and an attack in Khamis
/// Mushait the next day; retellings of the bombing with no date of their own (a report under
/// the confidence floor four days on), dated by their news (a funeral, two days on, with a
/// count that reads as none), told of the province; and retellings that join nothing: at
/// country level, in Riyadh, three weeks on, dated by a year alone. The incidents' reports
/// come first: (incidents, retellings).
pub fn retold_incidents() -> (Reports, Reports) {
    use rasd_core::Status;
    let asir = ("'Asir", Some("'Asir"), 19.0, 43.0, 3);
    let incidents = vec![
        abha_bombing(),
        report(
            "h",
            "2015-08-07",
            vec![event(
                "h",
                1,
                BOMB,
                Some("2015-08-06"),
                ABHA,
                None,
                Some(13),
            )],
        ),
        report(
            "k",
            "2015-08-07",
            vec![event(
                "k",
                1,
                ATTACK,
                Some("2015-08-07"),
                KHAMIS,
                None,
                Some(2),
            )],
        ),
    ];
    let left = |doc: &str, published: &str, ty, date: Option<&str>, place, killed, status| {
        let mut e = event(doc, 1, ty, date, place, None, killed);
        e.status = status;
        e.confidence = if status == Status::Incident { 0.2 } else { 0.9 };
        report(doc, published, vec![e])
    };
    let mut history = left(
        "g",
        "2015-08-10",
        BOMB,
        None,
        ABHA,
        None,
        Status::Background,
    );
    history.1[0].date = Some(rasd_core::EventDate {
        value: "2013-01-01".into(),
        precision: rasd_core::DatePrecision::Year,
        text: Some("2013".into()),
        span: Some([0, 1]),
    });
    let retellings = vec![
        left("b", "2015-08-10", BOMB, None, ABHA, None, Status::Incident),
        left(
            "f",
            "2015-08-09",
            BOMB,
            Some("2015-08-08"),
            ABHA,
            Some(1),
            Status::Background,
        ),
        left(
            "p",
            "2015-08-07",
            BOMB,
            Some("2015-08-06"),
            asir,
            None,
            Status::Background,
        ),
        left(
            "m",
            "2015-08-08",
            ATTACK,
            None,
            KHAMIS,
            None,
            Status::Background,
        ),
        left("c", "2015-08-10", BOMB, None, SAUDI, None, Status::Incident),
        left(
            "d",
            "2015-08-10",
            BOMB,
            None,
            RIYADH,
            None,
            Status::Incident,
        ),
        left("e", "2015-08-30", BOMB, None, ABHA, None, Status::Incident),
        history,
    ];
    (incidents, retellings)
}

/// Each incident of a store (by id) with the reports of its mentions, in order.
pub fn incident_docs(store: &mut rasd_store::Store) -> BTreeMap<i64, Vec<String>> {
    let ids = store
        .cluster_ids(&rasd_store::Filter::default())
        .expect("ids");
    store
        .clusters(&ids)
        .expect("clusters")
        .into_iter()
        .map(|c| {
            let mut docs: Vec<String> = c.mentions.iter().map(|m| m.event.doc_id.clone()).collect();
            docs.sort();
            (c.cluster_id, docs)
        })
        .collect()
}

/// The fixture's Karrada toll report with its text corrected (" (تصحيح)"): stored again, it
/// replaces the first version. Its events, to change them too.
pub fn corrected_karrada(
    batch: &mut [(rasd_core::Report, Vec<rasd_core::Event>)],
) -> &mut Vec<rasd_core::Event> {
    let (report, events) = batch
        .iter_mut()
        .find(|(r, _)| r.id == "hm-karrada-toll")
        .unwrap();
    report.text.push_str(" (تصحيح)");
    events
}

pub fn synthetic_batch(n: usize) -> Vec<(rasd_core::Report, Vec<rasd_core::Event>)> {
    let fx = sentences();
    (0..n).map(|i| synthetic(&fx, i)).collect()
}

/// The GeoJSON export of a store (`all`: with the mentions left out of the incident table;
/// `null_geometry`: with the rows without coordinates), parsed, and its tally.
pub fn geojson_export(
    store: &mut Store,
    all: bool,
    null_geometry: bool,
) -> (serde_json::Value, Tally) {
    let mut buf = Vec::new();
    let shape = Shape {
        null_geometry,
        ..Shape::new(Format::Geojson)
    };
    let tally =
        rasd_store::export::write_export(store, &Filter::default(), shape, all, &mut buf).unwrap();
    (serde_json::from_slice(&buf).unwrap(), tally)
}

/// Every GeoJSON feature's properties hold its CSV row's cells (ACLED's 31 columns and rasd's
/// own): the same text, the same number, null for an empty cell.
pub fn assert_properties_are_the_csv_cells(rows: &[Vec<String>], features: &[serde_json::Value]) {
    let header = &rows[0];
    assert_eq!(rows.len() - 1, features.len());
    for (row, f) in rows[1..].iter().zip(features) {
        let props = f["properties"].as_object().unwrap();
        for (name, cell) in header.iter().zip(row) {
            let p = &props[name.as_str()];
            let same = match p {
                serde_json::Value::Null => cell.is_empty(),
                serde_json::Value::String(s) => s == cell || *cell == format!("'{s}"),
                serde_json::Value::Number(n) => n.as_f64() == cell.parse::<f64>().ok(),
                _ => false,
            };
            assert!(same, "{name}: CSV {cell:?}, GeoJSON {p}");
        }
    }
}

/// The CSV export of a store, parsed, with the timestamps as they are.
pub fn csv_rows(store: &mut Store) -> Vec<Vec<String>> {
    let mut buf = Vec::new();
    rasd_store::export::write_clusters(store, &Filter::default(), Format::Csv, &mut buf).unwrap();
    parse_csv(&String::from_utf8(buf).unwrap())
}
