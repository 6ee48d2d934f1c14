//! The SQLite store: left-out retellings stored before their incident join it when it arrives
//! (`retelling_keys`), in any order and batch size, after a migration and a report's return;
//! left-out mentions stored with their status; reclustering a store or a window of it.

mod common;

use common::{corrected_karrada, geojson_export, synthetic_batch};
use rasd_core::write::Format;
use rasd_core::Status;
use rasd_store::export::Shape;
use rasd_store::{Filter, Store};

/// The incidents of [`common::retold_incidents`] ingested in `order` (indexes into incidents
/// then retellings), `chunk` reports a batch.
fn retold_store(order: &[usize], chunk: usize) -> (tempfile::TempDir, Store) {
    let (incidents, retellings) = common::retold_incidents();
    let all: Vec<_> = incidents.into_iter().chain(retellings).collect();
    let input: Vec<_> = order.iter().map(|&i| all[i].clone()).collect();
    let (dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.set_min_confidence(common::FLOOR);
    for batch in input.chunks(chunk) {
        store.ingest_batch(batch).unwrap();
    }
    (dir, store)
}

/// What the retellings of [`common::retold_incidents`] join when they come after their
/// incidents: the bombing takes the undated report, the funeral and the province's; the attack
/// its own; the rest join nothing.
fn retold_expected() -> std::collections::BTreeMap<i64, Vec<String>> {
    let (_d, mut store) = retold_store(&(0..11).collect::<Vec<_>>(), 1);
    let docs = common::incident_docs(&mut store);
    let lists: Vec<&Vec<String>> = docs.values().collect();
    assert_eq!(lists, [&vec!["a", "b", "f", "h", "p"], &vec!["k", "m"]]);
    docs
}

/// A retelling left out of the incident table never founds an incident: one stored before
/// every incident it could join waits, and joins its incident when the incident's first
/// report arrives, as it would have had it come after.
#[test]
fn a_retelling_stored_before_its_incident_joins_it_when_the_incident_arrives() {
    let expected = retold_expected();
    // the retellings first, a report a batch, then the incidents
    let order: Vec<usize> = (3..11).chain(0..3).collect();
    let (_d, mut store) = retold_store(&order[..8], 1);
    assert_eq!(store.counts().unwrap().clusters, 0);
    let (_d, mut store) = retold_store(&order, 1);
    assert_eq!(common::incident_docs(&mut store), expected);
    let (_d, mut store) = retold_store(&order[..9], 1);
    // the bombing's first report alone: it takes its retellings
    assert_eq!(
        common::incident_docs(&mut store)
            .into_values()
            .collect::<Vec<_>>(),
        [vec!["a", "b", "f", "p"]]
    );
}

/// The retellings join the same incidents, under the same ids, whatever the order the reports
/// come in and however they are batched, and a recluster (whole or since a day) gives them
/// again.
#[test]
fn retellings_join_the_same_incidents_in_any_order() {
    let expected = retold_expected();
    let n = 11;
    let forward: Vec<usize> = (0..n).collect();
    let reversed: Vec<usize> = (0..n).rev().collect();
    let mut orders = vec![forward, reversed];
    for seed in 1..=6u64 {
        // a shuffle (Fisher-Yates with an LCG)
        let mut o: Vec<usize> = (0..n).collect();
        let mut s = seed;
        for i in (1..n).rev() {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            o.swap(i, (s >> 33) as usize % (i + 1));
        }
        orders.push(o);
    }
    for order in &orders {
        for chunk in [1, 3, n] {
            let (_d, mut store) = retold_store(order, chunk);
            assert_eq!(
                common::incident_docs(&mut store),
                expected,
                "order {order:?}, {chunk} a batch"
            );
            store.recluster().unwrap();
            assert_eq!(common::incident_docs(&mut store), expected, "recluster");
            store.recluster_since("2015-08-08").unwrap();
            assert_eq!(common::incident_docs(&mut store), expected, "since");
        }
    }
}

/// The single SQLite writer answers "no kept retelling here" from its copy of
/// `retelling_keys`' keys and days, read when it first searched: retellings another connection
/// kept after that (its commit) are still found by the incident that comes next.
#[test]
fn retellings_another_connection_kept_are_found_by_the_next_incident() {
    let expected = retold_expected();
    let (incidents, retellings) = common::retold_incidents();
    let all: Vec<_> = incidents.into_iter().chain(retellings).collect();
    let (_d, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.set_min_confidence(common::FLOOR);
    let mut other = Store::open(&path).unwrap();
    other.set_min_confidence(common::FLOOR);
    // the attack first: its search reads the (empty) kept retellings
    store.ingest_batch(&all[2..3]).unwrap();
    other.ingest_batch(&all[3..]).unwrap();
    store.ingest_batch(&all[..2]).unwrap();
    assert_eq!(common::incident_docs(&mut store), expected);
}

/// A retelling whose incident went (its reports replaced by texts that tell nothing) is in no
/// incident, and joins the incident again when its reports come back.
#[test]
fn a_retelling_joins_its_incident_again_when_its_reports_come_back() {
    let expected = retold_expected();
    let (_d, mut store) = retold_store(&(0..11).collect::<Vec<_>>(), 11);
    let (incidents, _) = common::retold_incidents();
    let emptied: Vec<_> = incidents
        .iter()
        .map(|(r, _)| {
            let mut r = r.clone();
            r.text.push_str(" (تصحيح)");
            (r, vec![])
        })
        .collect();
    store.ingest_batch(&emptied).unwrap();
    assert_eq!(store.counts().unwrap().clusters, 0);
    let again: Vec<_> = incidents
        .into_iter()
        .map(|(mut r, events)| {
            r.text.push_str(" (تحديث)");
            (r, events)
        })
        .collect();
    store.ingest_batch(&again).unwrap();
    assert_eq!(common::incident_docs(&mut store), expected);
}

/// A kept retelling that an incident's search has read, whose report is then told again (the
/// same event id, now of another town), is found by a later incident as it is told now: the
/// single writer's copy of the kept mentions (`retellings.rs`) follows the replacement.
#[test]
fn a_kept_retelling_told_again_is_read_as_told_now() {
    let (incidents, retellings) = common::retold_incidents();
    let pick = |all: &[(rasd_core::Report, Vec<rasd_core::Event>)], id: &str| {
        all.iter().find(|(r, _)| r.id == id).unwrap().clone()
    };
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.set_min_confidence(common::FLOOR);
    // the undated retelling at Abha, then the bombing's report, whose search reads it
    let b = pick(&retellings, "b");
    store.ingest_batch(std::slice::from_ref(&b)).unwrap();
    store.ingest_batch(&[pick(&incidents, "h")]).unwrap();
    let docs = common::incident_docs(&mut store);
    assert_eq!(docs.into_values().collect::<Vec<_>>(), [vec!["b", "h"]]);
    // b told again: the attack at Khamis Mushait that report m retells, under b's ids
    let (_, mut events) = pick(&retellings, "m");
    for e in &mut events {
        e.event_id = e.event_id.replacen('m', "b", 1);
        e.doc_id = "b".into();
    }
    let mut report = b.0.clone();
    report.text.push_str(" (تصحيح)");
    report.published = Some("2015-08-08".into());
    store.ingest_batch(&[(report, events)]).unwrap();
    // the attack's report takes it where it is told now
    store.ingest_batch(&[pick(&incidents, "k")]).unwrap();
    let lists: Vec<Vec<String>> = common::incident_docs(&mut store).into_values().collect();
    assert!(
        lists.contains(&vec!["b".to_string(), "k".to_string()]),
        "{lists:?}"
    );
}

/// A store of schema version 12 (before retellings were kept for later incidents) holding
/// retellings that joined nothing: opened by this version, they are kept, and join their
/// incident when it arrives.
#[test]
fn retellings_stored_before_schema_13_are_kept_once_migrated() {
    let expected = retold_expected();
    let (incidents, retellings) = common::retold_incidents();
    let (_d, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.set_min_confidence(common::FLOOR);
    store.ingest_batch(&retellings).unwrap();
    drop(store);
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(
        "DROP TABLE retelling_keys; ALTER TABLE cluster_signatures DROP COLUMN news; \
         DELETE FROM schema_version WHERE version >= 13",
    )
    .unwrap();
    drop(c);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version(), rasd_store::schema::LATEST);
    store.set_min_confidence(common::FLOOR);
    store.ingest_batch(&incidents).unwrap();
    assert_eq!(common::incident_docs(&mut store), expected);
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
