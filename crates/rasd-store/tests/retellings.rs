//! The SQLite store: left-out retellings stored before their incident join it when it arrives
//! (`retelling_keys`), in any order and batch size, after a migration and a report's return.

mod common;

use rasd_store::Store;

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
