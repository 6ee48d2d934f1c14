//! Test fixtures: a database ingested from the repository's example report and development
//! sentences (extracted by rasd-extract), plus a hostile report for the escaping tests.
#![allow(dead_code)]

pub mod http;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rasd_core::{
    Actor, ActorKind, Count, DatePrecision, Event, EventDate, Location, Plover, Qualifier, Report,
    TextSpan, SCHEMA_VERSION,
};
use rasd_store::Store;

/// The id of the hostile document.
pub const XSS_DOC: &str = "xss-<b>test</b>";

/// Markup that must never run or render as markup in the dashboard.
pub const XSS_TEXT: &str = "هاجم مسلحون قرية داقوق في كركوك <script>window.__rasd_xss = 1</script> \
وقتلوا 3 مدنيين <img src=x onerror=\"window.__rasd_xss = 2\"> &lt;b&gt;عاجل&lt;/b&gt; &amp; &#x3C;i&#x3E;";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The reports of a JSONL file of the repository.
pub fn reports(rel: &str) -> Vec<Report> {
    let text = std::fs::read_to_string(repo().join(rel)).expect(rel);
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect(rel))
        .collect()
}

/// `[start, end)` in chars of the first occurrence of `needle`.
pub fn span_of(text: &str, needle: &str) -> [usize; 2] {
    let b = text.find(needle).expect(needle);
    let s = text[..b].chars().count();
    [s, s + needle.chars().count()]
}

/// A report whose text and names carry HTML, with one hand-made event over it.
pub fn xss_report() -> (Report, Vec<Event>) {
    let text = XSS_TEXT.to_string();
    let report = Report {
        id: XSS_DOC.into(),
        text: text.clone(),
        published: Some("2016-10-26".into()),
        source: Some("<i>source</i>".into()),
        url: Some("javascript:alert(1)".into()),
    };
    let trigger = span_of(&text, "هاجم");
    let event = Event {
        schema_version: SCHEMA_VERSION,
        event_id: format!("{XSS_DOC}:{}", trigger[0]),
        doc_id: XSS_DOC.into(),
        sentence: [0, text.chars().count()],
        event_type: "Violence against civilians".into(),
        sub_event_type: "Attack".into(),
        plover: Plover {
            event: "ASSAULT".into(),
            mode: Some("firearms".into()),
        },
        trigger: TextSpan {
            text: "هاجم".into(),
            span: trigger,
        },
        date: Some(EventDate {
            value: "2016-10-25".into(),
            precision: DatePrecision::Day,
            text: None,
            span: None,
        }),
        actor1: Some(Actor {
            name: "<img src=x onerror=\"window.__rasd_xss = 3\">".into(),
            text: "<script>window.__rasd_xss = 1</script>".into(),
            kind: ActorKind::Rebel,
            country: None,
            span: span_of(&text, "<script>window.__rasd_xss = 1</script>"),
        }),
        actor2: Some(Actor {
            name: "Civilians".into(),
            text: "مدنيين".into(),
            kind: ActorKind::Civilians,
            country: None,
            span: span_of(&text, "مدنيين"),
        }),
        location: Some(Location {
            name: "Hawija <svg onload=alert(1)>".into(),
            text: "قرية".into(),
            span: span_of(&text, "قرية"),
            country: Some("IQ".into()),
            admin1: Some("Kirkuk".into()),
            admin2: None,
            lat: Some(35.33),
            lon: Some(43.77),
            geonames_id: None,
            precision: Some(1),
            where_said: false,
        }),
        fatalities: Some(Count {
            min: Some(3),
            max: Some(3),
            qualifier: Qualifier::Exact,
            text: "قتلوا 3".into(),
            span: span_of(&text, "قتلوا 3"),
        }),
        injuries: None,
        victims: vec![],
        confidence: 0.9,
        status: rasd_core::Status::Incident,
        status_cue: None,
        reason: None,
        mentions: vec![],
    };
    (report, vec![event])
}

/// Every report of the example and the development sentences with its extracted events, and
/// the hostile report.
pub fn batch() -> Vec<(Report, Vec<Event>)> {
    let extractor = rasd_extract::Extractor::new();
    let mut all = reports("examples/kirkuk-2016-10-22.jsonl");
    all.extend(reports("data/eval/assault.dev.events.jsonl"));
    let mut batch: Vec<(Report, Vec<Event>)> = all
        .into_iter()
        .map(|r| {
            // every mention, as `rasd ingest` stores them
            let events = extractor.extract_all(&r).events;
            (r, events)
        })
        .collect();
    batch.push(xss_report());
    batch
}

/// A fresh SQLite database holding [`batch`], under cargo's temporary directory.
pub fn database(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("rasd-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("rasd.db");
    let mut store = Store::open(path.to_str().unwrap()).unwrap();
    store.set_min_confidence(rasd_extract::Extractor::new().default_threshold());
    store.ingest_batch(&batch()).unwrap();
    path
}

/// The database the tests of one binary share, ingested at the first call (`name`, one per
/// binary, keeps the binaries' directories apart).
pub fn shared_db(name: &str) -> &'static PathBuf {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| database(name))
}

/// The application over the binary's shared database ([`shared_db`]).
pub fn shared_app(name: &str) -> axum::Router {
    rasd_serve::app(state(shared_db(name)))
}

/// The application over a database.
pub fn state(db: &Path) -> rasd_serve::Shared {
    let pool = rasd_serve::Pool::open(db.to_str().unwrap(), 4).unwrap();
    Arc::new(rasd_serve::AppState::new(pool))
}

/// The records of a CSV text as RFC 4180 reads them (quoted cells may hold commas, quotes and
/// newlines).
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
