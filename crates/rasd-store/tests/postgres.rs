//! The same store on a real PostgreSQL server: `RASD_TEST_POSTGRES=postgres://...` (set by
//! `.ci/postgres.sh`). The tests are `#[ignore]`d, so `cargo test --workspace` counts them as
//! ignored; `.ci/run` starts a server and runs them with `-- --ignored`. Asked for without the
//! variable, they fail: never a silent pass without the server.

mod common;

use rasd_store::{Backend, Store, StoreError};

fn postgres_url() -> String {
    match std::env::var("RASD_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => url,
        _ => panic!(
            "RASD_TEST_POSTGRES is not set: this test needs a PostgreSQL server \
             (`eval \"$(bash .ci/postgres.sh)\"` starts one and sets it)"
        ),
    }
}

/// One test function, run in order, because every step shares the one test database.
#[test]
#[ignore = "needs PostgreSQL (RASD_TEST_POSTGRES); .ci/run starts one and runs it"]
fn postgres_gives_the_same_store_as_sqlite() {
    let url = postgres_url();
    let mut pg = Store::open(&url).expect("open postgres");
    assert_eq!(pg.backend(), Backend::Postgres);
    pg.clear().unwrap();

    let (_dir, path) = common::temp_db();
    let mut lite = Store::open(&path).unwrap();
    let fx = common::sentences();
    let mut batch = common::fixture_batch();
    batch.extend((0..300).map(|i| common::synthetic(&fx, i)));
    for chunk in batch.chunks(64) {
        let a = lite.ingest_batch(chunk).unwrap();
        let b = pg.ingest_batch(chunk).unwrap();
        assert_eq!(a, b);
    }
    assert_eq!(lite.counts().unwrap(), pg.counts().unwrap());
    let exports = common::exports(&mut lite);
    assert_eq!(
        exports,
        common::exports(&mut pg),
        "exports differ between SQLite and PostgreSQL"
    );
    assert_eq!(lite.stats().unwrap(), pg.stats().unwrap());
    // mentions left out of the incident table are stored alike on both, found no cluster, and
    // the retellings among them join the same incidents on both
    for s in [&mut lite, &mut pg] {
        s.set_min_confidence(common::FLOOR);
    }
    let left = common::left_out_batch();
    assert_eq!(
        lite.ingest_batch(&left).unwrap(),
        pg.ingest_batch(&left).unwrap()
    );
    assert_eq!(lite.counts().unwrap(), pg.counts().unwrap());
    assert!(pg.counts().unwrap().left_out > 0);
    assert_eq!(
        pg.counts().unwrap().clusters,
        exports[0].lines().count() as i64 - 1
    );
    let exports = common::exports(&mut lite);
    assert_eq!(common::exports(&mut pg), exports);
    assert_eq!(
        common::exports_all(&mut lite),
        common::exports_all(&mut pg),
        "exports with --all differ between SQLite and PostgreSQL"
    );
    let id = lite.cluster_ids(&Default::default()).unwrap()[0];
    assert_eq!(
        lite.explain(id).unwrap().to_string(),
        pg.explain(id).unwrap().to_string()
    );

    // idempotent on PostgreSQL too, also across connections
    let counts = pg.counts().unwrap();
    drop(pg);
    let mut pg = Store::open(&url).unwrap();
    let again = pg.ingest_batch(&batch).unwrap();
    assert_eq!(again.documents_unchanged, batch.len() as u64);
    assert_eq!(pg.counts().unwrap(), counts);
    assert_eq!(common::exports(&mut pg), exports);

    // a newer schema is refused
    let mut raw = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    raw.execute("INSERT INTO schema_version (version) VALUES (99)", &[])
        .unwrap();
    let refused = Store::open(&url).err();
    raw.execute("DELETE FROM schema_version WHERE version = 99", &[])
        .unwrap();
    assert!(
        matches!(refused, Some(StoreError::NewerSchema { found: 99, .. })),
        "{refused:?}"
    );

    // a NUL character is stored alike on both backends, and a document one backend refuses
    // (an id too long for PostgreSQL's index) is skipped and named, never the batch
    pg.clear().unwrap();
    let (_dir, path) = common::temp_db();
    let mut lite = Store::open(&path).unwrap();
    let mut batch = common::fixture_batch();
    let nul = common::with_nul(&batch[0], "nul");
    batch.insert(3, nul);
    let huge = common::huge_id_report();
    batch.insert(5, huge.clone());
    let a = lite.ingest_batch(&batch).unwrap();
    let b = pg.ingest_batch(&batch).unwrap();
    assert_eq!((a.documents_refused, b.documents_refused), (0, 1));
    assert_eq!(a.documents_new, b.documents_new + 1);
    assert_eq!(a.events_inserted, b.events_inserted);
    let prefix: String = huge.0.id.chars().take(10).collect();
    assert!(
        b.warnings
            .iter()
            .any(|w| w.contains(&prefix) && w.contains("refused")),
        "{:?}",
        b.warnings
    );
    assert_eq!(common::exports(&mut lite), common::exports(&mut pg));
    assert_eq!(
        lite.document("nul").unwrap(),
        pg.document("nul").unwrap(),
        "NUL is stored alike"
    );
    pg.clear().unwrap();
}

/// Four workers that open one fresh database at once all succeed (issue 13: the migration
/// raced on `CREATE TABLE IF NOT EXISTS schema_version`, one worker failing with a duplicate
/// key on pg_type).
#[test]
#[ignore = "needs PostgreSQL (RASD_TEST_POSTGRES); .ci/run starts one and runs it"]
fn workers_opening_a_fresh_postgres_database_at_once_all_succeed() {
    let url = postgres_url();
    let mut raw = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let (base, _) = url.rsplit_once('/').unwrap();
    for round in 0..5 {
        let name = format!("rasd_race_{}_{round}", std::process::id());
        raw.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        raw.batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let fresh = format!("{base}/{name}");
        let start = std::sync::Barrier::new(8);
        let results: Vec<Result<i64, String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|_| {
                    let (fresh, start) = (fresh.clone(), &start);
                    s.spawn(move || {
                        start.wait();
                        Store::open(&fresh)
                            .map(|st| st.schema_version())
                            .map_err(|e| e.to_string())
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        raw.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        for r in results {
            assert_eq!(r, Ok(rasd_store::schema::LATEST));
        }
    }
}
