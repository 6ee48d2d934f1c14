//! The API's read queries give the same answers on PostgreSQL as on SQLite:
//! `RASD_TEST_POSTGRES=postgres://...` (set by `.ci/postgres.sh`). The test uses its own
//! database (`rasd_serve_test` on the same server), so it never touches the store's. The test is
//! `#[ignore]`d: `.ci/run` starts a server and runs it with `-- --ignored`; asked for without
//! the variable, it fails.

mod common;

use rasd_store::read::{EventFilter, EventQuery, SortKey};
use rasd_store::Store;

fn postgres_url() -> String {
    match std::env::var("RASD_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => url,
        _ => panic!(
            "RASD_TEST_POSTGRES is not set: this test needs a PostgreSQL server \
             (`eval \"$(bash .ci/postgres.sh)\"` starts one and sets it)"
        ),
    }
}

/// The URL of this test's own database on the same server (created if missing, emptied).
fn own_database(url: &str) -> String {
    let (server, _) = url
        .rsplit_once('/')
        .expect("a postgres URL with a database");
    let own = format!("{server}/rasd_serve_test");
    let mut admin = postgres::Client::connect(url, postgres::NoTls).expect("connecting");
    let exists = admin
        .query_opt(
            "SELECT 1 FROM pg_database WHERE datname = 'rasd_serve_test'",
            &[],
        )
        .unwrap()
        .is_some();
    if !exists {
        admin
            .batch_execute("CREATE DATABASE rasd_serve_test")
            .unwrap();
    }
    own
}

fn pages(store: &mut Store, filter: &EventFilter, sort: SortKey, desc: bool) -> Vec<i64> {
    let mut out = Vec::new();
    let mut q = EventQuery {
        filter: filter.clone(),
        sort,
        descending: desc,
        limit: 7,
        after: None,
    };
    loop {
        let page = store.events_page(&q).unwrap();
        out.extend(page.events.iter().map(|e| e.id));
        match page.next {
            Some(c) => q.after = Some(c),
            None => return out,
        }
    }
}

#[test]
#[ignore = "needs PostgreSQL (RASD_TEST_POSTGRES); .ci/run starts one and runs it"]
fn read_queries_agree_between_sqlite_and_postgres() {
    let url = postgres_url();
    let pg_url = own_database(&url);
    let mut pg = Store::open(&pg_url).unwrap();
    pg.clear().unwrap();
    pg.set_min_confidence(rasd_extract::Extractor::new().default_threshold());
    pg.ingest_batch(&common::batch()).unwrap();
    let lite_path = common::database("postgres-compare");
    let mut lite = Store::open(lite_path.to_str().unwrap()).unwrap();

    let filters = [
        EventFilter::default(),
        EventFilter {
            event_type: Some("Explosions/Remote violence".into()),
            ..Default::default()
        },
        EventFilter {
            country: Some("IQ".into()),
            from: Some("2007-01-01".into()),
            to: Some("2016-12-31".into()),
            ..Default::default()
        },
        EventFilter {
            text: Some("داقوق".into()),
            ..Default::default()
        },
        EventFilter {
            actor: Some("COALITION".into()),
            ..Default::default()
        },
        EventFilter {
            text: Some("100%_".into()),
            ..Default::default()
        },
        EventFilter {
            admin1_in: Some(vec!["Kirkuk".into(), "Ninawa".into()]),
            actor_in: Some(vec![
                "Islamic State".into(),
                "International coalition".into(),
            ]),
            ..Default::default()
        },
        EventFilter {
            actor_in: Some(vec![]),
            ..Default::default()
        },
    ];
    for f in &filters {
        // the same mentions in the same order (the seq numbers, the page cursor, are the
        // store's own: PostgreSQL numbers a batch from a block of its sequence)
        let events = |l: Vec<rasd_store::read::LeftOut>| -> Vec<rasd_core::Event> {
            l.into_iter().map(|l| l.event).collect()
        };
        assert_eq!(
            events(lite.left_out(f, None, 1000).unwrap()),
            events(pg.left_out(f, None, 1000).unwrap()),
            "{f:?}"
        );
        for sort in [SortKey::Date, SortKey::Fatalities, SortKey::Id] {
            for desc in [false, true] {
                let a = pages(&mut lite, f, sort, desc);
                assert_eq!(a, pages(&mut pg, f, sort, desc), "{f:?} {sort:?} {desc}");
            }
        }
        let q = EventQuery {
            filter: f.clone(),
            limit: 1000,
            ..Default::default()
        };
        assert_eq!(
            lite.events_page(&q).unwrap(),
            pg.events_page(&q).unwrap(),
            "{f:?}"
        );
        assert_eq!(lite.count_events(f).unwrap(), pg.count_events(f).unwrap());
        assert_eq!(lite.timeline(f).unwrap(), pg.timeline(f).unwrap());
        assert_eq!(
            lite.filtered_cluster_ids(f, 10_000).unwrap(),
            pg.filtered_cluster_ids(f, 10_000).unwrap()
        );
    }
    for doc in ["kirkuk-2016-10-22", common::XSS_DOC, "nope"] {
        assert_eq!(lite.document(doc).unwrap(), pg.document(doc).unwrap());
        assert_eq!(
            lite.document_events(doc).unwrap(),
            pg.document_events(doc).unwrap()
        );
    }
    let ids = lite
        .filtered_cluster_ids(&EventFilter::default(), 5)
        .unwrap();
    for id in ids.iter().copied().chain([999_999]) {
        assert_eq!(lite.cluster(id).unwrap(), pg.cluster(id).unwrap());
    }
    let some: Vec<i64> = ids.into_iter().chain([999_999]).collect();
    assert_eq!(
        lite.summaries_of(&some).unwrap(),
        pg.summaries_of(&some).unwrap()
    );
}
