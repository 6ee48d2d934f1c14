//! Load test for `rasd serve` (BENCHMARKS.md, "Serve").
//!
//! ```sh
//! # 1. a database of N synthetic incidents (deterministic; one report and event each)
//! cargo run --release -p rasd-serve --example load -- build /tmp/load.db 100000
//! # 2. the server, in its own process
//! cargo run --release -p rasd -- serve --db /tmp/load.db --addr 127.0.0.1:8090 &
//! # 3. C concurrent keep-alive clients for S seconds against a path
//! cargo run --release -p rasd-serve --example load -- run http://127.0.0.1:8090/api/events 200 30
//! ```
//! `run` prints requests, errors (any non-200 answer or failed connection), throughput and the
//! latency percentiles. A path of `mixed` cycles through filtered, sorted and paginated listings.

use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use rasd_core::{
    Actor, ActorKind, Count, DatePrecision, Event, EventDate, Location, Plover, Qualifier, Report,
    TextSpan, SCHEMA_VERSION,
};

/// A small deterministic generator (SplitMix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const REGIONS: &[(&str, &str, f64, f64)] = &[
    ("IQ", "Kirkuk", 35.47, 44.39),
    ("IQ", "Ninawa", 36.34, 43.13),
    ("IQ", "Baghdad", 33.31, 44.36),
    ("IQ", "Al Anbar", 33.42, 43.30),
    ("SY", "Aleppo", 36.20, 37.16),
    ("SY", "Idlib", 35.93, 36.63),
    ("SY", "Damascus", 33.51, 36.29),
    ("YE", "Sanaa", 15.35, 44.21),
    ("YE", "Taizz", 13.58, 44.02),
    ("LY", "Tripoli", 32.89, 13.19),
    ("LY", "Benghazi", 32.12, 20.09),
    ("AF", "Kabul", 34.53, 69.17),
    ("AF", "Helmand", 31.58, 64.36),
    ("SO", "Banadir", 2.05, 45.32),
    ("EG", "North Sinai", 31.13, 33.80),
    ("PK", "Khyber Pakhtunkhwa", 34.01, 71.58),
];

const TYPES: &[(&str, &str, &str)] = &[
    ("Battles", "Armed clash", "اشتباكات"),
    (
        "Explosions/Remote violence",
        "Air/drone strike",
        "غارة جوية",
    ),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "عبوة ناسفة",
    ),
    (
        "Explosions/Remote violence",
        "Suicide bomb",
        "تفجير انتحاري",
    ),
    (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "قصف مدفعي",
    ),
    ("Violence against civilians", "Attack", "هجوم"),
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
        "اختطاف",
    ),
    ("Protests", "Peaceful protest", "تظاهرة"),
];

fn span(text: &str, needle: &str) -> [usize; 2] {
    let b = text.find(needle).expect(needle);
    let s = text[..b].chars().count();
    [s, s + needle.chars().count()]
}

fn synthetic(rng: &mut Rng, n: usize) -> (Report, Vec<Event>) {
    let (country, admin1, lat0, lon0) = REGIONS[rng.below(REGIONS.len() as u64) as usize];
    let (ty, sub, trigger) = TYPES[rng.below(TYPES.len() as u64) as usize];
    let day = chrono::NaiveDate::from_ymd_opt(2010, 1, 1).unwrap()
        + chrono::Duration::days(rng.below(3650) as i64);
    let date = day.format("%Y-%m-%d").to_string();
    let killed = rng.below(40);
    let place = format!("موقع {n}");
    let text = format!(
        "أفادت مصادر محلية بأن {trigger} وقع في {place} في محافظة {admin1} أمس، وأسفر عن مقتل {killed} أشخاص، \
         بحسب مسؤول أمني طلب عدم ذكر اسمه."
    );
    let doc_id = format!("load-{n}");
    let published = (day + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let killed_text = format!("مقتل {killed} أشخاص");
    let event = Event {
        schema_version: SCHEMA_VERSION,
        event_id: format!("{doc_id}:0"),
        doc_id: doc_id.clone(),
        sentence: [0, text.chars().count()],
        event_type: ty.into(),
        sub_event_type: sub.into(),
        plover: Plover {
            event: "ASSAULT".into(),
            mode: None,
        },
        trigger: TextSpan {
            text: trigger.into(),
            span: span(&text, trigger),
        },
        date: Some(EventDate {
            value: date,
            precision: DatePrecision::Day,
            text: Some("أمس".into()),
            span: Some(span(&text, "أمس")),
        }),
        actor1: (rng.below(2) == 0).then(|| Actor {
            name: "Unidentified armed group".into(),
            text: "مسلحون".into(),
            kind: ActorKind::Rebel,
            country: None,
            span: [0, 0],
        }),
        actor2: Some(Actor {
            name: "Civilians".into(),
            text: "أشخاص".into(),
            kind: ActorKind::Civilians,
            country: None,
            span: span(&text, "أشخاص"),
        }),
        location: Some(Location {
            name: format!("Place {n}"),
            text: place.clone(),
            span: span(&text, &place),
            country: Some(country.into()),
            admin1: Some(admin1.into()),
            admin2: None,
            lat: Some(lat0 + (rng.unit() - 0.5) * 3.0),
            lon: Some(lon0 + (rng.unit() - 0.5) * 3.0),
            geonames_id: None,
            precision: Some(1),
            where_said: false,
        }),
        fatalities: Some(Count {
            min: Some(killed),
            max: Some(killed),
            qualifier: Qualifier::Exact,
            text: killed_text.clone(),
            span: span(&text, &killed_text),
        }),
        injuries: None,
        victims: vec![],
        confidence: 0.8,
        status: rasd_core::Status::Incident,
        status_cue: None,
        reason: None,
        mentions: vec![],
    };
    let report = Report {
        id: doc_id,
        text,
        published: Some(published),
        source: Some("synthetic".into()),
        url: None,
    };
    (report, vec![event])
}

fn build(db: &str, n: usize) {
    let mut store = rasd_store::Store::open(db).expect("opening the database");
    let mut rng = Rng(2026);
    let start = Instant::now();
    let mut done = 0;
    while done < n {
        let batch: Vec<_> = (done..(done + 1000).min(n))
            .map(|i| synthetic(&mut rng, i))
            .collect();
        store.ingest_batch(&batch).expect("ingest");
        done += batch.len();
        if done % 10_000 == 0 {
            eprintln!("{done} events in {:.1} s", start.elapsed().as_secs_f64());
        }
    }
    let c = store.counts().unwrap();
    println!(
        "{db}: {} documents, {} events, {} incidents in {:.1} s",
        c.documents,
        c.events,
        c.clusters,
        start.elapsed().as_secs_f64()
    );
}

const MIXED: &[&str] = &[
    "/api/events",
    "/api/events?type=Explosions%2FRemote%20violence",
    "/api/events?country=IQ&sort=-fatalities",
    "/api/events?from=2015-01-01&to=2015-12-31&sort=date",
    "/api/events?admin1=Aleppo&limit=100",
    "/api/events?sort=id&limit=20",
];

async fn run(url: String, clients: usize, secs: u64) {
    let client: Client<_, Empty<axum::body::Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(clients)
        .build_http();
    let (base, mixed) = match url.strip_suffix("/mixed") {
        Some(b) => (b.to_string(), true),
        None => (url.clone(), false),
    };
    let end = Instant::now() + Duration::from_secs(secs);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let client = client.clone();
        let base = base.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat: Vec<u32> = Vec::new();
            let mut errors = 0u64;
            let mut bytes = 0u64;
            let mut i = c;
            let mut cursor: Option<String> = None;
            while Instant::now() < end {
                let uri = if mixed {
                    let mut u = format!("{base}{}", MIXED[i % MIXED.len()]);
                    // follow the cursor of a plain listing for a few pages
                    if let (0, Some(cur)) = (i % MIXED.len(), &cursor) {
                        u = format!("{base}/api/events?cursor={cur}");
                    }
                    u
                } else {
                    base.clone()
                };
                i += 1;
                let t0 = Instant::now();
                let ok = match client.get(uri.parse().unwrap()).await {
                    Ok(res) => {
                        let status = res.status();
                        match res.into_body().collect().await {
                            Ok(b) => {
                                let b = b.to_bytes();
                                bytes += b.len() as u64;
                                if mixed && i % MIXED.len() == 1 {
                                    cursor = serde_json::from_slice::<serde_json::Value>(&b)
                                        .ok()
                                        .and_then(|v| v["next_cursor"].as_str().map(String::from));
                                }
                                status == 200
                            }
                            Err(_) => false,
                        }
                    }
                    Err(_) => false,
                };
                lat.push(t0.elapsed().as_micros() as u32);
                if !ok {
                    errors += 1;
                }
            }
            (lat, errors, bytes)
        }));
    }
    let mut all = Vec::new();
    let (mut errors, mut bytes) = (0, 0);
    for t in tasks {
        let (l, e, b) = t.await.unwrap();
        all.extend(l);
        errors += e;
        bytes += b;
    }
    let wall = start.elapsed().as_secs_f64();
    all.sort_unstable();
    let pct = |p: f64| {
        let i = ((all.len() as f64 * p).ceil() as usize).clamp(1, all.len()) - 1;
        all[i] as f64 / 1000.0
    };
    println!(
        "{url}: {clients} clients, {wall:.1} s: {} requests, {errors} errors, {:.0} req/s, \
         {:.1} MB/s; latency ms p50 {:.1}, p90 {:.1}, p99 {:.1}, p99.9 {:.1}, max {:.1}",
        all.len(),
        all.len() as f64 / wall,
        bytes as f64 / wall / 1e6,
        pct(0.50),
        pct(0.90),
        pct(0.99),
        pct(0.999),
        pct(1.0)
    );
    if errors > 0 {
        std::process::exit(1);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["build", db, n] => build(db, n.parse().expect("a number of events")),
        ["run", url, clients, secs] => {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(run(
                url.to_string(),
                clients.parse().expect("clients"),
                secs.parse().expect("seconds"),
            ));
        }
        _ => {
            eprintln!("usage: load build DB N | load run URL CLIENTS SECONDS");
            std::process::exit(2);
        }
    }
}
