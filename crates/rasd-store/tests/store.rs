//! The SQLite store: idempotent ingest, replaced documents, migrations, exports.

mod common;

use rasd_core::write::Format;
use rasd_core::Status;
use rasd_store::export::{Shape, Tally};
use rasd_store::{Filter, Store, StoreError};

/// The fixture's Karrada toll report with its text corrected (" (تصحيح)"): stored again, it
/// replaces the first version. Its events, to change them too.
fn corrected_karrada(
    batch: &mut [(rasd_core::Report, Vec<rasd_core::Event>)],
) -> &mut Vec<rasd_core::Event> {
    let (report, events) = batch
        .iter_mut()
        .find(|(r, _)| r.id == "hm-karrada-toll")
        .unwrap();
    report.text.push_str(" (تصحيح)");
    events
}

fn synthetic_batch(n: usize) -> Vec<(rasd_core::Report, Vec<rasd_core::Event>)> {
    let fx = common::sentences();
    (0..n).map(|i| common::synthetic(&fx, i)).collect()
}

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
fn exports_are_one_row_per_cluster_in_every_format() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    let n = store.counts().unwrap().clusters as usize;
    let [csv, jsonl, geojson]: [String; 3] = common::exports(&mut store).try_into().unwrap();
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("event_id_cnty,event_date,year,"));
    assert!(header.ends_with(
        ",cluster_id,n_sources,fatalities_low,fatalities_best,fatalities_high,mentions"
    ));
    assert_eq!(lines.count(), n);
    assert_eq!(jsonl.lines().count(), n);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["schema_version"], rasd_core::SCHEMA_VERSION);
        assert!(!v["mentions"].as_array().unwrap().is_empty());
        assert_eq!(
            v["n_sources"].as_i64().unwrap() as usize,
            v["mentions"].as_array().unwrap().len()
        );
    }
    // GeoJSON: the incidents with coordinates, and how many it left out
    let g: serde_json::Value = serde_json::from_str(&geojson).unwrap();
    assert_eq!(g["type"], "FeatureCollection");
    let features = g["features"].as_array().unwrap();
    let omitted = g["omitted_without_coordinates"].as_u64().unwrap() as usize;
    assert!(omitted > 0, "the fixture has incidents without coordinates");
    assert_eq!(features.len() + omitted, n);
    assert!(features.iter().all(|f| f["geometry"]["type"] == "Point"));
    // with null geometries: every incident, the same properties as the CSV's cells
    let (g, tally) = geojson_export(&mut store, false, true);
    let features = g["features"].as_array().unwrap();
    assert_eq!((features.len(), tally.omitted), (n, 0));
    assert_eq!(g["omitted_without_coordinates"], 0);
    let nulls = features.iter().filter(|f| f["geometry"].is_null()).count();
    assert_eq!(nulls, omitted);
    let rows = csv_rows(&mut store);
    assert_properties_are_the_csv_cells(&rows, features);
    // filters
    let mut buf = Vec::new();
    let filter = Filter {
        from: Some("2007-07-01".into()),
        to: Some("2007-07-31".into()),
        country: Some("IQ".into()),
        event_type: Some("Explosions/Remote violence".into()),
    };
    let k =
        rasd_store::export::write_clusters(&mut store, &filter, Format::Jsonl, &mut buf).unwrap();
    assert_eq!(k.rows, 2, "{}", String::from_utf8_lossy(&buf));
    assert!(String::from_utf8(buf).unwrap().contains("Karrada"));
}

#[test]
fn stats_count_incidents_by_type_country_and_month() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    let stats = store.stats().unwrap();
    let total: i64 = stats.by_type.iter().map(|r| r.1).sum();
    assert_eq!(total, stats.counts.clusters);
    assert_eq!(stats.by_month.iter().map(|r| r.1).sum::<i64>(), total);
    let july = stats.by_month.iter().find(|r| r.0 == "2007-07").unwrap();
    // fatalities by the best figure: Karrada's 25 (the latest report) and another incident's 2
    assert_eq!((july.1, july.2), (2, 27));
    let text = stats.to_string();
    assert!(text.contains("Explosions/Remote violence"), "{text}");
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
fn a_database_error_in_the_middle_of_an_export_leaves_a_trailing_error_line() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    let mut full = Vec::new();
    rasd_store::export::write_clusters(&mut store, &Filter::default(), Format::Csv, &mut full)
        .unwrap();
    let full = String::from_utf8(full).unwrap();
    let rows = common::parse_csv(&full);
    let event_id = rows[0].iter().position(|c| c == "event_id").unwrap();
    let last = rows.last().unwrap()[event_id].as_str();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("UPDATE events SET record = '{' WHERE event_id = ?1", [last])
        .unwrap();
    for (format, tail) in [(Format::Csv, "# error: "), (Format::Jsonl, "{\"error\":")] {
        let mut out = Vec::new();
        let r =
            rasd_store::export::write_clusters(&mut store, &Filter::default(), format, &mut out);
        assert!(r.is_err(), "{format:?}");
        let out = String::from_utf8(out).unwrap();
        let line = out.lines().last().unwrap();
        assert!(
            line.starts_with(tail) && line.contains("incomplete"),
            "{format:?}: {line}"
        );
    }
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
fn left_out_mentions_are_stored_with_their_status_and_only_retellings_join() {
    // the incident table of the fixture alone
    let (_a, path_a) = common::temp_db();
    let mut plain = Store::open(&path_a).unwrap();
    plain.set_min_confidence(common::FLOOR);
    plain.ingest_batch(&common::fixture_batch()).unwrap();
    let table = common::exports(&mut plain);
    let stats = plain.stats().unwrap();
    // the same, with retellings of its incidents as statistics, intents, background, a denial
    // and a low confidence stored before (they would found clusters) and after (they would
    // join them)
    let left = common::left_out_batch();
    let n_left: usize = left.iter().map(|(_, e)| e.len()).sum();
    assert!(n_left >= 5);
    let (first, second) = left.split_at(2);
    let (_b, path_b) = common::temp_db();
    let mut store = Store::open(&path_b).unwrap();
    store.set_min_confidence(common::FLOOR);
    let mut s = store.ingest_batch(first).unwrap();
    assert_eq!(s.clusters_created, 0);
    s.add(&store.ingest_batch(&common::fixture_batch()).unwrap());
    s.add(&store.ingest_batch(second).unwrap());
    assert_eq!(s.events_left_out as usize, n_left);
    assert_eq!(store.counts().unwrap().left_out as usize, n_left);
    assert_eq!(
        store.counts().unwrap().clusters,
        plain.counts().unwrap().clusters
    );
    // a statistic, an intent, a denial never join; a background retelling and a low-confidence
    // incident told after their incident join it, listed among its mentions, its
    // representative, type, place, date and toll unchanged
    let ids = plain.cluster_ids(&Filter::default()).unwrap();
    let before = plain.clusters(&ids).unwrap();
    let after = store.clusters(&ids).unwrap();
    let mut joined = 0;
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(
            (&a.representative, a.fatalities),
            (&b.representative, b.fatalities)
        );
        let kept: Vec<_> = a.mentions.iter().filter(|m| !m.retelling()).collect();
        assert_eq!(kept, b.mentions.iter().collect::<Vec<_>>());
        for m in a.mentions.iter().filter(|m| m.retelling()) {
            joined += 1;
            assert!(m.event.doc_id.ends_with("-left"));
            assert!(
                matches!(m.event.status, Status::Background | Status::Incident),
                "{:?}",
                m.event.status
            );
            assert!(m.reason.starts_with("a retelling left out"), "{}", m.reason);
        }
    }
    assert!(joined > 0);
    for (report, _) in &left {
        for e in store.document_events(&report.id).unwrap() {
            if !matches!(e.event.status, Status::Background | Status::Incident) {
                assert_eq!(e.cluster_id, None, "{}", e.event.event_id);
            }
        }
    }
    // the stats are the incident table's, unchanged
    let mut with_left = store.stats().unwrap();
    assert_eq!(with_left.counts.left_out as usize, n_left);
    assert_eq!(
        with_left.counts.documents,
        stats.counts.documents + left.len() as i64
    );
    with_left.counts.left_out = 0;
    with_left.counts.documents = stats.counts.documents;
    assert_eq!(with_left, stats);
    // --all adds one row per left-out mention, with its status and no cluster
    let [csv, jsonl, geojson]: [String; 3] = common::exports_all(&mut store).try_into().unwrap();
    let mut rows = common::parse_csv(&csv);
    let header = rows.remove(0);
    let status = header.iter().position(|c| c == "status").unwrap();
    let cluster = header.iter().position(|c| c == "cluster_id").unwrap();
    let table_rows = table[0].lines().count() - 1;
    assert_eq!(rows.len(), table_rows + n_left);
    let extra = &rows[table_rows..];
    let mut statuses: Vec<&str> = extra.iter().map(|r| r[status].as_str()).collect();
    statuses.sort();
    statuses.dedup();
    assert_eq!(
        statuses,
        ["background", "denied", "incident", "intent", "statistic"]
    );
    assert!(extra.iter().all(|r| r[cluster].is_empty()));
    assert!(rows[..table_rows].iter().all(|r| r[status] == "incident"));
    let lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), table_rows + n_left);
    for v in &lines[table_rows..] {
        assert!(v["cluster_id"].is_null());
        assert_eq!(v["status"], v["event"]["status"]);
        assert!(v["event"]["doc_id"].as_str().unwrap().ends_with("-left"));
    }
    let g: serde_json::Value = serde_json::from_str(&geojson).unwrap();
    let omitted = g["omitted_without_coordinates"].as_u64().unwrap() as usize;
    assert_eq!(
        g["features"].as_array().unwrap().len() + omitted,
        table_rows + n_left
    );
    let (g, _) = geojson_export(&mut store, true, true);
    let features = g["features"].as_array().unwrap();
    assert_eq!(features.len(), table_rows + n_left);
    assert!(features[table_rows..]
        .iter()
        .all(|f| f["properties"]["cluster_id"].is_null()));
    // a filter applies to the left-out mentions' own fields
    let mut buf = Vec::new();
    let filter = Filter {
        country: Some("ZZ".into()),
        ..Default::default()
    };
    let k = rasd_store::export::write_export(
        &mut store,
        &filter,
        Shape::new(Format::Csv),
        true,
        &mut buf,
    )
    .unwrap();
    assert_eq!(k.rows, 0);
    // the document's events include its left-out mentions, with no incident
    let doc = &left[0].0.id;
    let events = store.document_events(doc).unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|d| d.cluster_id.is_none()));
    assert!(events
        .iter()
        .all(|d| d.event.status == rasd_core::Status::Statistic));
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

/// The GeoJSON export of a store (`all`: with the mentions left out of the incident table;
/// `null_geometry`: with the rows without coordinates), parsed, and its tally.
fn geojson_export(store: &mut Store, all: bool, null_geometry: bool) -> (serde_json::Value, Tally) {
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
fn assert_properties_are_the_csv_cells(rows: &[Vec<String>], features: &[serde_json::Value]) {
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
fn csv_rows(store: &mut Store) -> Vec<Vec<String>> {
    let mut buf = Vec::new();
    rasd_store::export::write_clusters(store, &Filter::default(), Format::Csv, &mut buf).unwrap();
    common::parse_csv(&String::from_utf8(buf).unwrap())
}

#[test]
fn the_csv_timestamp_is_when_the_documents_were_stored() {
    let unix = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64
    };
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let mut batch = common::fixture_batch();
    let before = unix();
    store.ingest_batch(&batch).unwrap();
    let after = unix();
    let rows = csv_rows(&mut store);
    let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    let (ts, mentions) = (col("timestamp"), col("mentions"));
    for r in &rows[1..] {
        let t: i64 = r[ts].parse().unwrap();
        assert!((before..=after).contains(&t), "{t}");
    }
    // a re-ingest of the same text keeps the time it was first stored; a replaced document
    // takes the new one, and so does every incident it tells (the latest of its documents)
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("UPDATE documents SET ingested_at = 1", [])
        .unwrap();
    store.ingest_batch(&batch).unwrap();
    assert!(csv_rows(&mut store)[1..].iter().all(|r| r[ts] == "1"));
    corrected_karrada(&mut batch);
    store.ingest_batch(&batch).unwrap();
    let rows = csv_rows(&mut store);
    for r in &rows[1..] {
        let told = r[mentions].contains("hm-karrada-toll:");
        assert_eq!(r[ts] != "1", told, "{} {}", r[ts], r[mentions]);
        if told {
            assert!(r[ts].parse::<i64>().unwrap() >= before);
        }
    }
    assert!(rows[1..]
        .iter()
        .any(|r| r[mentions].contains("hm-karrada-toll:")));
}

#[test]
fn a_retelling_never_outlives_the_incident_it_joined() {
    let (_d, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.set_min_confidence(common::FLOOR);
    store.ingest_batch(&common::fixture_batch()).unwrap();
    store.ingest_batch(&common::left_out_batch()).unwrap();
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    let with_retelling = store
        .clusters(&ids)
        .unwrap()
        .into_iter()
        .find(|c| c.mentions.iter().any(|m| m.retelling()))
        .expect("a retelling joined an incident");
    let retelling = with_retelling
        .mentions
        .iter()
        .find(|m| m.retelling())
        .unwrap()
        .event
        .clone();
    // its incident's reports are replaced by texts that tell nothing: the incident goes, and
    // the retelling is left out again, in no cluster
    let docs: Vec<String> = with_retelling
        .mentions
        .iter()
        .filter(|m| !m.retelling())
        .map(|m| m.event.doc_id.clone())
        .collect();
    let emptied: Vec<(rasd_core::Report, Vec<rasd_core::Event>)> = common::fixture_batch()
        .into_iter()
        .filter(|(r, _)| docs.contains(&r.id))
        .map(|(mut r, _)| {
            r.text.push_str(" (تصحيح)");
            (r, vec![])
        })
        .collect();
    store.ingest_batch(&emptied).unwrap();
    let left: Vec<_> = store
        .document_events(&retelling.doc_id)
        .unwrap()
        .into_iter()
        .filter(|e| e.event.event_id == retelling.event_id)
        .collect();
    assert_eq!(left.len(), 1);
    let gone = store.clusters(&[with_retelling.cluster_id]);
    assert!(gone.is_err() || gone.unwrap().is_empty());
    assert_eq!(left[0].cluster_id, None, "{:?}", left[0].cluster_id);
}

#[test]
fn text_search_goes_through_the_index_and_the_matching_key() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    common::check_text_search(&mut store);
    // a store from before the index (schema version 7) is indexed when opened
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(common::BACK_TO_VERSION_9).unwrap();
    c.execute_batch("DROP TABLE search; DELETE FROM schema_version WHERE version >= 8")
        .unwrap();
    drop(c);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(common::searched(&mut store, "حلب").len(), 1);
    assert_eq!(common::searched(&mut store, "abha").len(), 1);
    assert!(common::searched(&mut store, "الموصل").is_empty());
}

/// Every page of a text search, walked by its cursor: the incidents `count_events` and the
/// export's ids select for the same filter (one query joining the index's matches to their
/// incidents), in the page's order. The listing reads the matches' incidents first and pages
/// through them in order or sorted (read.rs, `Matched`), by how many there are: limits of 1 to
/// 1000 take both ways for common and rare words.
#[test]
fn text_search_pages_list_what_the_filter_selects() {
    use rasd_store::read::{EventFilter, EventQuery, SortKey};
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let batch = common::fixture_batch();
    let (first, rest) = batch.split_at(batch.len() / 2);
    store.ingest_batch(first).unwrap();
    store.ingest_batch(rest).unwrap();
    store.ingest_batch(&synthetic_batch(40)).unwrap();
    let mut sizes = Vec::new();
    for word in [
        "قتل",
        "في",
        "بغداد",
        "انفجار",
        "الموصل",
        "عبوة",
        "الكرادة",
        "بعقوبة",
        "تكريت",
        "كلمةلاتوجد",
    ] {
        let filter = EventFilter {
            text: Some(word.into()),
            ..Default::default()
        };
        let ids = store
            .filtered_cluster_ids(&filter, usize::MAX >> 1)
            .unwrap();
        assert_eq!(store.count_events(&filter).unwrap() as usize, ids.len());
        sizes.push(ids.len());
        let rows = store.summaries_of(&ids).unwrap();
        for sort in [SortKey::Date, SortKey::Fatalities, SortKey::Id] {
            for descending in [true, false] {
                // keyed rows by (key, id), then the rows without a key by id
                let key = |e: &rasd_store::read::EventSummary| match sort {
                    SortKey::Date => e.date.clone(),
                    SortKey::Fatalities => e.fatalities.best.map(|b| format!("{b:020}")),
                    SortKey::Id => Some(format!("{:020}", e.id)),
                };
                let mut keyed: Vec<_> = rows.iter().filter(|e| key(e).is_some()).collect();
                keyed.sort_by_key(|e| (key(e), e.id));
                let mut open: Vec<_> = rows.iter().filter(|e| key(e).is_none()).collect();
                open.sort_by_key(|e| e.id);
                if descending {
                    keyed.reverse();
                    open.reverse();
                }
                let expected: Vec<i64> = keyed.iter().chain(&open).map(|e| e.id).collect();
                for limit in [1, 3, 7, 1000] {
                    let mut q = EventQuery {
                        filter: filter.clone(),
                        sort,
                        descending,
                        limit,
                        after: None,
                    };
                    let mut got = Vec::new();
                    loop {
                        let page = store.events_page(&q).unwrap();
                        assert!(page.events.len() <= limit);
                        got.extend(page.events.iter().map(|e| e.id));
                        match page.next {
                            Some(c) => q.after = Some(c),
                            None => break,
                        }
                    }
                    assert_eq!(
                        got, expected,
                        "{word} {sort:?} desc {descending} limit {limit}"
                    );
                }
            }
        }
    }
    // common words and rare ones, and one found nowhere
    assert!(sizes.iter().any(|&n| n >= 20), "{sizes:?}");
    assert!(sizes.iter().any(|&n| (1..=5).contains(&n)), "{sizes:?}");
    assert!(sizes.contains(&0), "{sizes:?}");
}

/// Ingests the fixtures in several batches (so mentions cluster against earlier batches), 40
/// synthetic reports, then the fixtures again with one document's text changed (replaced).
fn ingest_with_a_replacement(store: &mut Store) {
    let mut batch = common::fixture_batch();
    let (first, rest) = batch.split_at(batch.len() / 2);
    store.ingest_batch(first).unwrap();
    store.ingest_batch(rest).unwrap();
    store.ingest_batch(&synthetic_batch(40)).unwrap();
    corrected_karrada(&mut batch);
    store.ingest_batch(&batch).unwrap();
}

#[test]
fn reclustering_a_store_rebuilds_the_clusters_ingest_made() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    ingest_with_a_replacement(&mut store);
    let counts = store.counts().unwrap();
    let export = common::exports(&mut store);
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    let reasons: Vec<String> = ids
        .iter()
        .map(|&id| store.explain(id).unwrap().to_string())
        .collect();
    let stats = store.recluster().unwrap();
    // (a mention that bridges two clusters merges them: one founded fewer)
    assert!(
        stats.clusters_created as i64 >= counts.clusters,
        "{stats:?}"
    );
    assert!(stats.events_merged > 0, "{stats:?}");
    assert_eq!(store.counts().unwrap(), counts);
    assert_eq!(common::exports(&mut store), export);
    // the same ids (derived from content), members and reasons
    assert_eq!(store.cluster_ids(&Filter::default()).unwrap(), ids);
    let again: Vec<String> = ids
        .iter()
        .map(|&id| store.explain(id).unwrap().to_string())
        .collect();
    assert_eq!(again, reasons);
    // and a later ingest goes on from the rebuilt clusters as from the ingested ones
    let more = synthetic_batch(60);
    store.ingest_batch(&more[40..]).unwrap();
    let (_dir2, path2) = common::temp_db();
    let mut fresh = Store::open(&path2).unwrap();
    ingest_with_a_replacement(&mut fresh);
    fresh.ingest_batch(&more[40..]).unwrap();
    assert_eq!(common::exports(&mut store), common::exports(&mut fresh));
}

/// A recluster since a day clusters again what was stored since the reports of that day came,
/// and leaves the incidents told only before it alone: one that an older version had left
/// unclustered (its rows removed here) stays so, one told after comes back as ingest made it,
/// and every other incident is as it was.
#[test]
fn reclustering_since_a_day_leaves_the_history_before_it_alone() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    ingest_with_a_replacement(&mut store);
    let export = common::exports(&mut store);
    let explained = |store: &mut Store| -> std::collections::BTreeMap<i64, String> {
        let ids = store.cluster_ids(&Filter::default()).unwrap();
        ids.iter()
            .map(|&id| (id, store.explain(id).unwrap().to_string()))
            .collect()
    };
    let before = explained(&mut store);
    let c = rusqlite::Connection::open(&path).unwrap();
    // each cluster's first and last member in input order
    let mut q = c
        .prepare("SELECT cluster_id, MIN(seq), MAX(seq) FROM cluster_members GROUP BY cluster_id")
        .unwrap();
    let spans: Vec<(i64, i64, i64)> = q
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    drop(q);
    // a day whose first report came after an incident told only before it, and before one
    // told only after it
    let mut q = c
        .prepare("SELECT published, MIN(seq) FROM events GROUP BY published ORDER BY published")
        .unwrap();
    let days: Vec<(String, i64)> = q
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    drop(q);
    let (since, old, new) = days
        .iter()
        .find_map(|(day, _)| {
            // where in input order the first report published on or after it came
            let from = days.iter().filter(|d| d.0 >= *day).map(|d| d.1).min()?;
            let old = spans.iter().find(|s| s.2 < from)?.0;
            let new = spans.iter().find(|s| s.1 >= from)?.0;
            Some((day.clone(), old, new))
        })
        .unwrap();
    for id in [old, new] {
        for sql in [
            "DELETE FROM cluster_reps WHERE cluster_id = ?1",
            "DELETE FROM cluster_signatures WHERE cluster_id = ?1",
            "DELETE FROM cluster_members WHERE cluster_id = ?1",
            "DELETE FROM clusters WHERE id = ?1",
        ] {
            c.execute(sql, [id]).unwrap();
        }
    }
    drop(c);
    let stats = store.recluster_since(&since).unwrap();
    assert!(stats.clusters_created >= 1, "{stats:?}");
    let after = explained(&mut store);
    assert_eq!(after.get(&new), before.get(&new));
    assert!(!after.contains_key(&old));
    for (id, reasons) in &after {
        assert_eq!(before.get(id), Some(reasons), "cluster {id}");
    }
    assert_eq!(after.len(), before.len() - 1);
    // since the first day, the whole store is as ingest made it
    store.recluster_since("0000-01-01").unwrap();
    assert_eq!(explained(&mut store), before);
    assert_eq!(common::exports(&mut store), export);
}

/// A left-out retelling with no date of its own (a condemnation, a funeral story under the
/// confidence floor) joins the incident at its place that its report came out within the
/// follow-up reach of, as a listed mention; not at country level, not elsewhere, not later.
#[test]
fn an_undated_left_out_retelling_joins_its_incident_at_its_place() {
    use common::{event, report, ABHA, BOMB, RIYADH, SAUDI};
    let (_d, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.set_min_confidence(common::FLOOR);
    let bombing = event("a", 1, BOMB, Some("2015-08-06"), ABHA, None, Some(15));
    store
        .ingest_batch(&[report("a", "2015-08-06", vec![bombing])])
        .unwrap();
    let retold = |doc: &str, published: &str, place| {
        let mut e = event(doc, 1, BOMB, None, place, None, None);
        e.confidence = 0.2;
        report(doc, published, vec![e])
    };
    // one of the dead mourned, told with the funeral's day: a count of its own, but a
    // retelling's count reads as none
    let mut funeral = event("f", 1, BOMB, Some("2015-08-08"), ABHA, None, Some(1));
    funeral.confidence = 0.2;
    // history dated by a year alone never retells today's news
    let mut history = event("g", 1, BOMB, None, ABHA, None, None);
    history.confidence = 0.2;
    history.status = rasd_core::Status::Background;
    history.date = Some(rasd_core::EventDate {
        value: "2013-01-01".into(),
        precision: rasd_core::DatePrecision::Year,
        text: Some("2013".into()),
        span: Some([0, 1]),
    });
    store
        .ingest_batch(&[
            retold("b", "2015-08-10", ABHA),
            retold("c", "2015-08-10", SAUDI),
            retold("d", "2015-08-10", RIYADH),
            retold("e", "2015-08-30", ABHA),
            report("f", "2015-08-09", vec![funeral]),
            report("g", "2015-08-10", vec![history]),
        ])
        .unwrap();
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    let cluster = &store.clusters(&ids).unwrap()[0];
    let docs: Vec<&str> = (cluster.mentions.iter())
        .map(|m| m.event.doc_id.as_str())
        .collect();
    assert_eq!(docs, ["a", "b", "f"]);
    assert!(cluster.mentions[1].retelling() && cluster.mentions[2].retelling());
    assert_eq!(cluster.fatalities.best, Some(15));
}

/// The number of segments of the text index (SQLite FTS5): its structure record (id 10 of
/// `search_data`) holds a 4-byte cookie, an optional version marker, then the number of levels
/// and of segments as varints.
fn text_index_segments(path: &str) -> u64 {
    let c = rusqlite::Connection::open(path).unwrap();
    let blob: Vec<u8> = c
        .query_row("SELECT block FROM search_data WHERE id = 10", [], |r| {
            r.get(0)
        })
        .unwrap();
    let mut i = 4;
    if blob[i..].starts_with(&[0xff, 0x00, 0x00, 0x01]) {
        i += 4;
    }
    let mut varint = || {
        let mut v = 0u64;
        loop {
            let b = blob[i];
            i += 1;
            v = (v << 7) | u64::from(b & 0x7f);
            if b & 0x80 == 0 {
                return v;
            }
        }
    };
    let _levels = varint();
    varint()
}

/// A batch's text index rows go in as one segment: FTS5 writes a segment whenever a row's
/// rowid is not above the last one's, and each document's text row (`2 * seq + 1`) comes
/// before its events' (`2 * seq`, ...), so written in the order queued a batch made a segment
/// per document, then merged them (about a third of the ingest's time).
#[test]
fn a_batch_writes_its_text_index_as_one_segment() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let fx = common::sentences();
    let batch: Vec<_> = (0..40).map(|i| common::synthetic(&fx, i)).collect();
    assert!(batch.iter().filter(|(_, e)| !e.is_empty()).count() >= 20);
    store.ingest_batch(&batch[..20]).unwrap();
    assert_eq!(text_index_segments(&path), 1);
    store.ingest_batch(&batch[20..]).unwrap();
    assert_eq!(text_index_segments(&path), 2);
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
