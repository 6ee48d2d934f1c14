//! The SQLite store's exports (CSV, JSONL, GeoJSON: one row per cluster), its statistics, and
//! its text search through the FTS5 index.

mod common;

use common::{
    assert_properties_are_the_csv_cells, corrected_karrada, csv_rows, geojson_export,
    synthetic_batch,
};
use rasd_core::write::Format;
use rasd_store::{Filter, Store};

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

#[test]
fn a_trigram_index_of_version_15_is_rebuilt_as_words() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    common::check_text_search(&mut store);
    // version 15's index: the trigrams of the keys, "بالموصل" holding "وصل"
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(
        "DROP TABLE search; \
         CREATE VIRTUAL TABLE search USING fts5(body, doc_id UNINDEXED, event_id UNINDEXED, \
             raw UNINDEXED, tokenize = 'trigram case_sensitive 1'); \
         INSERT INTO search (rowid, doc_id, body) SELECT 2 * MIN(seq) + 1, doc_id, \
             'انفجار بالموصل' FROM events GROUP BY doc_id; \
         DELETE FROM schema_version WHERE version >= 16",
    )
    .unwrap();
    drop(c);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version(), rasd_store::schema::LATEST);
    // the words of the stored reports and names, not the rows the old index held
    assert!(common::searched(&mut store, "وصل").is_empty());
    assert!(common::searched(&mut store, "الموصل").is_empty());
    assert_eq!(common::searched(&mut store, "بحلب").len(), 1);
    assert_eq!(common::searched(&mut store, "كركوك").len(), 1);
    assert_eq!(common::searched(&mut store, "abha").len(), 1);
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

/// The incident's wounded are exported as its dead are (DESIGN.md, "One incident's toll"): low,
/// best and high beside its count of wounded, in the CSV, the GeoJSON and the JSONL, its dead
/// unchanged. The first reports of the Abha bombing give 9 wounded, the later ones 33; a wounded
/// with no number ("عدد من المصابين") lowers nothing.
#[test]
fn an_incidents_wounded_are_exported_low_best_high_beside_its_count() {
    use common::{event, report, ABHA, BOMB};
    let (_d, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let told = |doc: &str, published: &str, killed: u64, wounded: (u64, &str)| {
        let mut e = event(doc, 1, BOMB, Some("2015-08-06"), ABHA, None, Some(killed));
        let (n, qualifier) = wounded;
        e.injuries = Some(
            serde_json::from_value(serde_json::json!(
                {"min": n, "max": if qualifier == "exact" { Some(n) } else { None },
                 "qualifier": qualifier, "text": format!("إصابة {n}"), "span": [0, 1]}))
            .unwrap(),
        );
        report(doc, published, vec![e])
    };
    store
        .ingest_batch(&[
            told("a", "2015-08-06", 13, (9, "exact")),
            told("b", "2015-08-06", 13, (9, "exact")),
            told("c", "2015-08-07", 15, (33, "exact")),
            told("d", "2015-08-07", 15, (33, "exact")),
            told("e", "2015-08-07", 15, (1, "unknown")),
        ])
        .unwrap();
    let rows = csv_rows(&mut store);
    assert_eq!(rows.len(), 2, "one incident");
    let cell = |name: &str| {
        let i = rows[0].iter().position(|c| c == name).unwrap();
        rows[1][i].as_str()
    };
    let wounded = ["injuries", "injuries_low", "injuries_best", "injuries_high"];
    assert_eq!(wounded.map(cell), ["33", "9", "33", "33"]);
    let i = rows[0]
        .iter()
        .position(|c| c == "injuries_qualifier")
        .unwrap();
    assert_eq!(rows[0][i + 1..i + 4], wounded[1..]);
    let dead = [
        "fatalities",
        "fatalities_low",
        "fatalities_best",
        "fatalities_high",
    ];
    assert_eq!(dead.map(cell), ["15", "13", "15", "15"]);
    // GeoJSON: the CSV's cells
    let (g, _) = geojson_export(&mut store, false, false);
    let features = g["features"].as_array().unwrap();
    assert_properties_are_the_csv_cells(&rows, features);
    assert_eq!(features[0]["properties"]["injuries_low"], 9);
    // JSONL: the spread beside the dead's
    let [_, jsonl, _]: [String; 3] = common::exports(&mut store).try_into().unwrap();
    let v: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(
        v["injuries"],
        serde_json::json!({"low": 9, "best": 33, "high": 33})
    );
    assert_eq!(
        v["fatalities"],
        serde_json::json!({"low": 13, "best": 15, "high": 15})
    );
    assert_eq!(v["event"]["injuries"]["min"], 33);
}
