//! The SQLite store: idempotent ingest, replaced documents, migrations, concurrent opening,
//! checkpoints, the candidate index and the toll's covering index.

mod common;

use common::{corrected_karrada, synthetic_batch};
use rasd_store::{Filter, Store, StoreError};

#[test]
fn ingesting_the_same_documents_twice_adds_nothing() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let batch = common::fixture_batch();
    let first = store.ingest_batch(&batch).unwrap();
    assert_eq!(first.documents_new, batch.len() as u64);
    let counts = store.counts().unwrap();
    let export = common::exports(&mut store);
    let again = store.ingest_batch(&batch).unwrap();
    assert_eq!(again.documents_unchanged, batch.len() as u64);
    assert_eq!((again.documents_new, again.events_inserted), (0, 0));
    assert_eq!(store.counts().unwrap(), counts);
    assert_eq!(common::exports(&mut store), export);
    // and after reopening
    drop(store);
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&batch).unwrap();
    assert_eq!(store.counts().unwrap(), counts);
    assert_eq!(counts.documents, 29);
    assert_eq!(counts.events, 31);
}

#[test]
fn a_changed_text_replaces_its_events_and_reclusters_them() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let mut batch = common::fixture_batch();
    store.ingest_batch(&batch).unwrap();
    let before = store.counts().unwrap();
    // the Karrada toll report is corrected: now it tells of a bombing in Mosul two days later
    for e in corrected_karrada(&mut batch).iter_mut() {
        let loc = e.location.as_mut().unwrap();
        loc.name = "Mosul".into();
        loc.admin1 = Some("Nineveh".into());
        loc.admin2 = None;
        loc.lat = Some(36.335);
        loc.lon = Some(43.1189);
        e.date.as_mut().unwrap().value = "2007-07-28".into();
    }
    let stats = store.ingest_batch(&batch).unwrap();
    assert_eq!(stats.documents_replaced, 1);
    assert_eq!(stats.documents_unchanged, batch.len() as u64 - 1);
    assert_eq!((stats.events_removed, stats.events_inserted), (1, 1));
    let after = store.counts().unwrap();
    assert_eq!(after.events, before.events);
    // it left the Karrada cluster (now 2 sources, high 20) and founded its own
    assert_eq!(after.clusters, before.clusters + 1);
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    let clusters = store.clusters(&ids).unwrap();
    let karrada = clusters
        .iter()
        .find(|c| {
            c.mentions
                .iter()
                .any(|m| m.event.doc_id == "AAW_ARB_20070727.0033-1")
        })
        .unwrap();
    assert_eq!(karrada.n_sources, 2);
    assert_eq!(karrada.fatalities.high, Some(20));
}

#[test]
fn a_newer_schema_is_refused_with_a_clear_error() {
    let (_dir, path) = common::temp_db();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version(), rasd_store::schema::LATEST);
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute("INSERT INTO schema_version (version) VALUES (99)", [])
        .unwrap();
    drop(c);
    let err = Store::open(&path).err().expect("must refuse");
    assert!(matches!(
        err,
        StoreError::NewerSchema {
            found: 99,
            supported
        } if supported == rasd_store::schema::LATEST
    ));
    assert!(
        err.to_string().contains("newer than this rasd supports"),
        "{err}"
    );
}

#[test]
fn synthetic_reports_ingest_in_batches_with_whole_documents() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let batch = synthetic_batch(600);
    let mut events = 0;
    for chunk in batch.chunks(200) {
        let s = store.ingest_batch(chunk).unwrap();
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        events += s.events_inserted;
    }
    let c = store.counts().unwrap();
    assert_eq!(c.documents, 600);
    assert_eq!(c.events as u64, events);
    assert!(c.clusters < c.events, "{c:?}");
}

#[test]
fn an_older_database_is_migrated_on_open() {
    // a version-1 database (before the incident indexes of migration 2 and the stored count
    // qualifiers of migration 3) opens and is upgraded: the qualifiers are read back out of the
    // records and every cluster's toll is recomputed by the current rule
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(common::BACK_TO_VERSION_9).unwrap();
    c.execute_batch(common::BACK_TO_VERSION_5).unwrap();
    c.execute_batch(
        "DROP INDEX clusters_fatalities; DROP INDEX clusters_country_date; \
         DROP INDEX clusters_country_fatalities; DROP INDEX clusters_fatalities_best; \
         DROP INDEX clusters_country_fatalities_best; DROP INDEX events_undated; \
         DROP INDEX events_left_out; ALTER TABLE events DROP COLUMN status; \
         ALTER TABLE events DROP COLUMN in_table; \
         ALTER TABLE events DROP COLUMN fatalities_qualifier; \
         UPDATE clusters SET fatalities_best = fatalities_low; \
         ALTER TABLE documents DROP COLUMN ingested_at; \
         DELETE FROM schema_version WHERE version >= 2;",
    )
    .unwrap();
    drop(c);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version(), rasd_store::schema::LATEST);
    let stats = store.stats().unwrap();
    let july = stats.by_month.iter().find(|r| r.0 == "2007-07").unwrap();
    assert_eq!((july.1, july.2), (2, 27));
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    let n: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'clusters_fatalities'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
    let missing: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM events WHERE fatalities_min IS NOT NULL \
             AND fatalities_qualifier IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(missing, 0);
}

#[test]
fn open_existing_refuses_a_missing_database_and_creates_none() {
    let (_dir, path) = common::temp_db();
    match Store::open_existing(&path) {
        Err(StoreError::NoDatabase(p)) => assert_eq!(p, path),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("a missing database was opened"),
    }
    assert!(!std::path::Path::new(&path).exists());
    drop(Store::open(&path).unwrap());
    let mut store = Store::open_existing(&path).unwrap();
    assert_eq!(store.counts().unwrap().documents, 0);
}

#[test]
fn a_nul_character_is_stored_as_the_replacement_character_without_moving_spans() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let batch = common::fixture_batch();
    let nul = common::with_nul(&batch[0], "nul");
    let stats = store.ingest_batch(std::slice::from_ref(&nul)).unwrap();
    assert_eq!(stats.documents_new, 1);
    let doc = store.document("nul").unwrap().unwrap();
    assert!(!doc.text.contains('\0'));
    assert_eq!(doc.text, nul.0.text.replace('\0', "\u{FFFD}"));
    assert_eq!(doc.source.as_deref(), Some("wire\u{FFFD}service"));
    let events = store.document_events("nul").unwrap();
    assert_eq!(events.len(), nul.1.len());
    assert!(events[0].event.trigger.text.ends_with('\u{FFFD}'));
    assert_eq!(events[0].event.trigger.span, nul.1[0].trigger.span);
    // the same report again is unchanged, not replaced
    assert_eq!(store.ingest_batch(&[nul]).unwrap().documents_unchanged, 1);
}

/// Workers that open one fresh SQLite file at once all succeed (issue 13: two ingests on a
/// fresh file failed 10 times in 20 with "database is locked" while opening and migrating).
#[test]
fn workers_opening_a_fresh_sqlite_file_at_once_all_succeed() {
    for _ in 0..10 {
        let (_dir, path) = common::temp_db();
        let start = std::sync::Barrier::new(8);
        let results: Vec<Result<i64, String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|_| {
                    let (path, start) = (path.clone(), &start);
                    s.spawn(move || {
                        start.wait();
                        Store::open(&path)
                            .map(|st| st.schema_version())
                            .map_err(|e| e.to_string())
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for r in results {
            assert_eq!(r, Ok(rasd_store::schema::LATEST));
        }
    }
}

#[test]
fn a_version_3_database_reads_its_events_as_incidents() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    let table = common::exports(&mut store);
    let counts = store.counts().unwrap();
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(common::BACK_TO_VERSION_9).unwrap();
    c.execute_batch(common::BACK_TO_VERSION_5).unwrap();
    c.execute_batch(
        "DROP INDEX events_left_out; ALTER TABLE events DROP COLUMN status; \
         ALTER TABLE events DROP COLUMN in_table; ALTER TABLE documents DROP COLUMN ingested_at; \
         DELETE FROM schema_version WHERE version >= 4;",
    )
    .unwrap();
    drop(c);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version(), rasd_store::schema::LATEST);
    assert_eq!(store.counts().unwrap(), counts);
    assert_eq!(common::exports(&mut store), table);
    assert_eq!(common::exports_all(&mut store), table);
}

/// The toll reads each counted member's figure off `cluster_members` (schema version 10): one
/// covering index scan per cluster, no event row. A store of version 9 gets the columns from
/// its events (a joined retelling's count stays out of the toll), and every toll read from
/// them is the one the ingest computed.
#[test]
fn the_toll_reads_the_members_counts_off_one_covering_index() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.set_min_confidence(common::FLOOR);
    store.ingest_batch(&common::fixture_batch()).unwrap();
    store.ingest_batch(&common::left_out_batch()).unwrap();
    let before = common::exports_all(&mut store);
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    let counted = |c: &rusqlite::Connection| -> i64 {
        c.query_row(
            "SELECT COUNT(*) FROM cluster_members WHERE fatalities_min IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    let expected = counted(&c);
    assert!(expected > 0);
    // a retelling's count is stored with its event, never with its membership
    let retold: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM cluster_members cm JOIN events e ON e.event_id = cm.event_id \
             WHERE e.in_table = 0 AND e.fatalities_min IS NOT NULL AND cm.fatalities_min IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(retold > 0, "the fixture has a counted retelling");
    let plan: String = c
        .query_row(
            "EXPLAIN QUERY PLAN SELECT doc_id, published, seq, fatalities_min, fatalities_max, \
             fatalities_qualifier FROM cluster_members \
             WHERE cluster_id = 1 AND fatalities_min IS NOT NULL ORDER BY seq",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(
        plan.contains("COVERING INDEX cluster_members_toll"),
        "{plan}"
    );
    // back to version 9, tolls blanked
    c.execute_batch(common::BACK_TO_VERSION_9).unwrap();
    c.execute_batch(
        "UPDATE clusters SET fatalities_low = NULL, fatalities_best = NULL, fatalities_high = NULL",
    )
    .unwrap();
    drop(c);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version(), rasd_store::schema::LATEST);
    store.recompute_clusters().unwrap();
    assert_eq!(common::exports_all(&mut store), before);
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(counted(&c), expected);
}

#[test]
fn background_checkpoints_store_the_same_and_keep_the_log_bounded() {
    // the same reports in batches of 20, with the log checkpointed inside the commits
    // (SQLite's default) and by the background thread of `background_checkpoints`
    let batch = synthetic_batch(400);
    let (_d1, plain_path) = common::temp_db();
    let mut plain = Store::open(&plain_path).unwrap();
    for chunk in batch.chunks(20) {
        plain.ingest_batch(chunk).unwrap();
    }
    let (_d2, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    assert!(store.background_checkpoints().unwrap());
    for chunk in batch.chunks(20) {
        store.ingest_batch(chunk).unwrap();
        // another connection reads every committed batch meanwhile
        let mut reader = Store::open_existing(&path).unwrap();
        assert_eq!(
            reader.counts().unwrap().documents,
            store.counts().unwrap().documents
        );
    }
    assert_eq!(common::exports(&mut store), common::exports(&mut plain));
    assert_eq!(store.counts().unwrap(), plain.counts().unwrap());
    drop(store);
    // closed: the log is checkpointed into the file and removed, as without the thread
    assert!(!std::path::Path::new(&format!("{path}-wal")).exists());
    let mut again = Store::open_existing(&path).unwrap();
    assert_eq!(common::exports(&mut again), common::exports(&mut plain));
    // nothing to do on a database in memory
    let mut memory = Store::open(":memory:").unwrap();
    assert!(!memory.background_checkpoints().unwrap());
}

/// The writer's in-memory copy of the candidate search (SQLite, `cluster::RepIndex`) holds what
/// the tables hold after every batch: through joins, merges and renumbered clusters, a replaced
/// document, a document whose clustering the database refuses (its savepoint rolled back), a
/// batch that fails in its middle (rolled back whole) and another connection's commits; and the
/// clusters come out as a store that never failed makes them. (Debug builds also compare each
/// search of the copy with the SQL search.)
#[test]
fn the_in_memory_candidate_index_follows_the_tables() {
    let mut fixtures = common::fixture_batch();
    let crowded = common::crowded_reports(160, 7);
    let synthetic = synthetic_batch(120);
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let (_dir2, path2) = common::temp_db();
    let mut reference = Store::open(&path2).unwrap();
    type Batch = [(rasd_core::Report, Vec<rasd_core::Event>)];
    let both = |store: &mut Store, reference: &mut Store, batch: &Batch| {
        store.ingest_batch(batch).unwrap();
        reference.ingest_batch(batch).unwrap();
        assert_eq!(store.candidate_index_matches_tables().unwrap(), Some(true));
    };
    let (first, rest) = fixtures.split_at(fixtures.len() / 2);
    both(&mut store, &mut reference, first);
    both(&mut store, &mut reference, rest);
    for chunk in crowded[..80].chunks(20) {
        both(&mut store, &mut reference, chunk);
    }
    both(&mut store, &mut reference, &synthetic[..60]);
    corrected_karrada(&mut fixtures);
    both(&mut store, &mut reference, &fixtures);
    // another connection's commits (a trigger that fails the clustering of one document of
    // the next batch, another that fails a whole batch): the copy is loaded again
    // (documents told once, so that leaving one out is the same as never sending it)
    let once = |range: std::ops::Range<usize>| {
        let i = range
            .into_iter()
            .find(|&i| {
                crowded
                    .iter()
                    .filter(|(r, _)| r.id == crowded[i].0.id)
                    .count()
                    == 1
            })
            .unwrap();
        crowded[i].0.id.clone()
    };
    let refused = once(85..95);
    let failing = once(125..135);
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .execute_batch(&format!(
            "CREATE TRIGGER refuse AFTER INSERT ON cluster_members WHEN NEW.doc_id = '{refused}' \
             BEGIN SELECT RAISE(ABORT, 'refused'); END; \
             CREATE TRIGGER fail AFTER INSERT ON cluster_members WHEN NEW.doc_id = '{failing}' \
             BEGIN SELECT json('not json'); END;"
        ))
        .unwrap();
    let stats = store.ingest_batch(&crowded[80..100]).unwrap();
    assert_eq!(stats.documents_refused, 1, "{stats:?}");
    assert_eq!(store.candidate_index_matches_tables().unwrap(), Some(true));
    // (the reference stores the batch without the refused document)
    let kept: Vec<_> = crowded[80..100]
        .iter()
        .filter(|(r, _)| r.id != refused)
        .cloned()
        .collect();
    reference.ingest_batch(&kept).unwrap();
    store.ingest_batch(&crowded[100..120]).unwrap();
    reference.ingest_batch(&crowded[100..120]).unwrap();
    assert_eq!(store.candidate_index_matches_tables().unwrap(), Some(true));
    // a batch failing after its first documents clustered leaves nothing, the copy included
    assert!(store.ingest_batch(&crowded[120..140]).is_err());
    assert_eq!(store.candidate_index_matches_tables().unwrap(), None);
    other
        .execute_batch("DROP TRIGGER refuse; DROP TRIGGER fail;")
        .unwrap();
    both(&mut store, &mut reference, &crowded[120..160]);
    both(&mut store, &mut reference, &synthetic[60..]);
    assert_eq!(
        common::exports_all(&mut store),
        common::exports_all(&mut reference)
    );
}

/// A document's `n_events` is the count of its events stored, whether every event prepared is
/// stored (the row is written once with it) or some are skipped: an event id twice in the
/// report, an event id already stored for another document (the row is written again).
#[test]
fn a_documents_event_count_is_what_it_stored() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let mut batch = common::fixture_batch();
    // an event told twice in one report, and a report whose event takes another's id
    let (i, j) = {
        let mut with_events = (0..batch.len()).filter(|&k| !batch[k].1.is_empty());
        (with_events.next().unwrap(), with_events.next().unwrap())
    };
    let twice = batch[i].1[0].clone();
    batch[i].1.push(twice);
    let mut taken = batch[j].1[0].clone();
    taken.event_id = batch[i].1[0].event_id.clone();
    taken.doc_id = batch[j].0.id.clone();
    batch[j].1.push(taken);
    let stats = store.ingest_batch(&batch).unwrap();
    assert_eq!(stats.warnings.len(), 2, "{:?}", stats.warnings);
    // and a document replaced by a changed text
    batch[j].0.text.push_str(" (تصحيح)");
    store.ingest_batch(&batch[j..=j]).unwrap();
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    let q = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(q("SELECT COUNT(*) FROM documents"), batch.len() as i64);
    assert_eq!(
        q("SELECT COUNT(*) FROM documents d WHERE n_events <> \
           (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id)"),
        0
    );
    let ids = [&batch[i].0.id, &batch[j].0.id];
    let stored = |id: &str| -> i64 {
        c.query_row("SELECT n_events FROM documents WHERE id = ?", [id], |r| {
            r.get(0)
        })
        .unwrap()
    };
    assert_eq!(stored(ids[0]), batch[i].1.len() as i64 - 1);
    assert_eq!(stored(ids[1]), batch[j].1.len() as i64 - 1);
}

/// An event that names another document is stored under its report: its row's `doc_id` and
/// record are the report's, not the prepared ones (which hold the other id).
#[test]
fn an_event_naming_another_document_is_stored_under_its_report() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let mut batch = common::fixture_batch();
    let k = (0..batch.len()).find(|&k| !batch[k].1.is_empty()).unwrap();
    batch[k].1[0].doc_id = "another-document".into();
    let stats = store.ingest_batch(&batch).unwrap();
    assert!(
        stats
            .warnings
            .iter()
            .any(|w| w.contains("differs from the report's id")),
        "{:?}",
        stats.warnings
    );
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    let (doc_id, record): (String, String) = c
        .query_row(
            "SELECT doc_id, record FROM events WHERE event_id = ?",
            [&batch[k].1[0].event_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(doc_id, batch[k].0.id);
    let record: rasd_core::Event = serde_json::from_str(&record).unwrap();
    assert_eq!(record.doc_id, batch[k].0.id);
    let other: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM events WHERE doc_id = 'another-document'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(other, 0);
}
