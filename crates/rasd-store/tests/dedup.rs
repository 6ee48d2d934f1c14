//! De-duplication measured on the labelled fixture of real sentences (plus hand-made
//! paraphrases and near-misses): pairwise precision and recall of merging.

mod common;

use std::collections::BTreeMap;

use common::{crowded_reports, event, report, ABHA, ATTACK, BOMB, KHAMIS, RIYADH, SAUDI};
use rasd_store::{Filter, Store};

/// `event_id -> cluster_id` of a store.
fn assignment(store: &mut Store) -> BTreeMap<String, i64> {
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    let mut out = BTreeMap::new();
    for c in store.clusters(&ids).unwrap() {
        for m in &c.mentions {
            out.insert(m.event.event_id.clone(), c.cluster_id);
        }
    }
    out
}

/// The event_id of a fixture document's first event.
fn first(doc: &str) -> String {
    common::fixture()
        .into_iter()
        .find(|l| l.report.id == doc)
        .and_then(|l| l.events.first().map(|e| e.event_id.clone()))
        .unwrap_or_else(|| panic!("no fixture document {doc}"))
}

struct Pairwise {
    tp: usize,
    fp: usize,
    fn_: usize,
    false_merges: Vec<(String, String)>,
    missed: Vec<(String, String)>,
}

fn pairwise(fx: &[common::Labelled], assigned: &BTreeMap<String, i64>) -> Pairwise {
    let mut items = Vec::new();
    for l in fx {
        for (e, inc) in l.events.iter().zip(&l.incidents) {
            items.push((e.event_id.clone(), inc.clone(), assigned[&e.event_id]));
        }
    }
    let mut p = Pairwise {
        tp: 0,
        fp: 0,
        fn_: 0,
        false_merges: vec![],
        missed: vec![],
    };
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let (a, b) = (&items[i], &items[j]);
            let gold = a.1 == b.1;
            let sys = a.2 == b.2;
            match (gold, sys) {
                (true, true) => p.tp += 1,
                (false, true) => {
                    p.fp += 1;
                    p.false_merges.push((a.0.clone(), b.0.clone()));
                }
                (true, false) => {
                    p.fn_ += 1;
                    p.missed.push((a.0.clone(), b.0.clone()));
                }
                (false, false) => {}
            }
        }
    }
    p
}

#[test]
fn dedup_pairwise_precision_and_recall_on_real_sentences() {
    let fx = common::fixture();
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    let assigned = assignment(&mut store);
    let p = pairwise(&fx, &assigned);
    let precision = p.tp as f64 / (p.tp + p.fp).max(1) as f64;
    let recall = p.tp as f64 / (p.tp + p.fn_).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    let n_events: usize = fx.iter().map(|l| l.events.len()).sum();
    println!(
        "dedup pairwise on {} reports / {n_events} events: precision {precision:.3} ({}/{}), \
         recall {recall:.3} ({}/{}), F1 {f1:.3}",
        fx.len(),
        p.tp,
        p.tp + p.fp,
        p.tp,
        p.tp + p.fn_
    );
    for (a, b) in &p.false_merges {
        println!("  false merge: {a} + {b}");
    }
    for (a, b) in &p.missed {
        println!("  missed: {a} + {b}");
    }
    assert!(precision >= 0.85, "precision {precision:.3}");
    assert!(recall >= 0.65, "recall {recall:.3}");
}

#[test]
fn incremental_batches_give_the_same_clusters_as_one_batch() {
    let batch = common::fixture_batch();
    let (_d1, p1) = common::temp_db();
    let (_d2, p2) = common::temp_db();
    let mut one = Store::open(&p1).unwrap();
    one.ingest_batch(&batch).unwrap();
    let mut many = Store::open(&p2).unwrap();
    for chunk in batch.chunks(4) {
        many.ingest_batch(chunk).unwrap();
    }
    assert_eq!(assignment(&mut one), assignment(&mut many));
    assert_eq!(common::exports(&mut one), common::exports(&mut many));
}

#[test]
fn same_neighbourhood_same_day_bombing_merges_with_its_spread_and_explanation() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    let assigned = assignment(&mut store);
    let karrada = assigned[&first("AAW_ARB_20070727.0033-1")];
    assert_eq!(assigned[&first("hm-karrada-toll")], karrada);
    assert_eq!(assigned[&first("hm-karrada-city")], karrada);
    // three days later, 1.4 km away: another incident
    assert_ne!(assigned[&first("hm-abunuwas")], karrada);
    let c = store.clusters(&[karrada]).unwrap().pop().unwrap();
    assert_eq!(c.n_sources, 3);
    // three single sources (20 and 18 published on the 27th, 25 on the 28th): the latest
    // report's figure is best, the export's count says 25 with low 18 beside it
    assert_eq!(
        (c.fatalities.low, c.fatalities.best, c.fatalities.high),
        (Some(18), Some(25), Some(25))
    );
    let count = c.representative.fatalities.as_ref().unwrap();
    assert_eq!((count.min, count.max), (Some(25), Some(25)));
    assert_eq!(count.text, "25 قتيلا");
    // the representative is the most specific place, earliest among equals
    assert_eq!(c.representative.event_id, first("AAW_ARB_20070727.0033-1"));
    let text = store.explain(karrada).unwrap().to_string();
    assert!(text.contains("same place name \"Karrada\""), "{text}");
    assert!(text.contains("is inside \"Baghdad\" (admin2"), "{text}");
    assert!(
        text.contains("2007-07-26 (day) and 2007-07-26 (day), 0 day(s) apart"),
        "{text}"
    );
    println!("{text}");
}

#[test]
fn different_targets_in_one_town_on_one_day_stay_apart() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&common::fixture_batch()).unwrap();
    let a = assignment(&mut store);
    let market = a[&first("hm-baqubah-market")];
    assert_eq!(a[&first("hm-baqubah-market-2")], market);
    for other in ["hm-baqubah-army", "hm-baqubah-clash", "hm-baqubah-shooting"] {
        assert_ne!(a[&first(other)], market, "{other}");
    }
    assert_ne!(
        a[&first("hm-mosul-market")],
        a[&first("hm-mosul-checkpoint")]
    );
    assert_ne!(
        a[&first("AAW_ARB_20061117.0010-8")],
        a[&first("AAW_ARB_20061117.0010-11")]
    );
}

/// Each cluster's id and members, in the order of their first member; checks that each id is
/// its earliest member's (`content_cluster_id`, the least of its members').
fn clusters_of(store: &mut Store) -> Vec<(i64, Vec<String>)> {
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    let mut out: Vec<(i64, Vec<String>)> = store
        .clusters(&ids)
        .unwrap()
        .into_iter()
        .map(|c| {
            let earliest = c
                .mentions
                .iter()
                .map(|m| {
                    rasd_store::content_cluster_id(&rasd_store::Mention::from_event(
                        &m.event,
                        m.published.as_deref(),
                    ))
                })
                .min();
            assert_eq!(
                Some(c.cluster_id),
                earliest,
                "cluster id is its earliest member's"
            );
            (
                c.cluster_id,
                c.mentions
                    .iter()
                    .map(|m| m.event.event_id.clone())
                    .collect(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// The clusters' members (without their ids).
fn members(store: &mut Store) -> Vec<Vec<String>> {
    clusters_of(store).into_iter().map(|c| c.1).collect()
}

/// A fresh store fed `reports` one report a batch in `order` (the order they are clustered
/// in), and its clusters' members, each sorted. The store's folder lives as long as the first.
fn ingested_in_order(
    reports: &[(rasd_core::Report, Vec<rasd_core::Event>)],
    order: &[usize],
) -> (tempfile::TempDir, Store, Vec<Vec<String>>) {
    let (dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    for &i in order {
        store
            .ingest_batch(std::slice::from_ref(&reports[i]))
            .unwrap();
    }
    let mut got = members(&mut store);
    got.iter_mut().for_each(|c| c.sort());
    (dir, store, got)
}

#[test]
fn a_later_report_linking_two_clusters_merges_them_under_the_oldest_id() {
    let day = Some("2015-08-06");
    let target = Some(("Special forces", "state"));
    let batch = vec![
        report(
            "a",
            "2015-08-06",
            vec![event("a", 0, BOMB, day, ABHA, None, None)],
        ),
        // 25 km away, nothing shared with a: another cluster for now
        report(
            "b",
            "2015-08-06",
            vec![event("b", 0, ATTACK, day, KHAMIS, target, Some(15))],
        ),
        // at Abha (a's place) with b's target and toll: links the two
        report(
            "c",
            "2015-08-07",
            vec![event("c", 0, BOMB, day, ABHA, target, Some(15))],
        ),
    ];
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&batch[..2]).unwrap();
    let before = clusters_of(&mut store);
    assert_eq!(before.len(), 2);
    store.ingest_batch(&batch[2..]).unwrap();
    let after = clusters_of(&mut store);
    assert_eq!(
        members(&mut store),
        vec![vec!["a:0".to_string(), "b:0".into(), "c:0".into()]]
    );
    // c joined a's cluster and merged b's into it; the lower id survives
    let text = store.explain(after[0].0).unwrap().to_string();
    assert!(
        text.contains(&format!("merged cluster {} (linked via b:0", before[1].0)),
        "{text}"
    );
    assert_eq!(after[0].0, before[0].0.min(before[1].0));
    assert!(
        text.contains("with shared evidence: the same target"),
        "{text}"
    );
    // the same in one batch
    let (_d2, p2) = common::temp_db();
    let mut one = Store::open(&p2).unwrap();
    one.ingest_batch(&batch).unwrap();
    assert_eq!(clusters_of(&mut one), clusters_of(&mut store));
}

#[test]
fn a_side_read_wrong_does_not_split_one_bombing_told_with_one_toll() {
    let day = Some("2015-08-06");
    let batch = [
        report(
            "a",
            "2015-08-06",
            vec![event(
                "a",
                0,
                BOMB,
                day,
                ABHA,
                Some(("Civilians", "civilians")),
                Some(15),
            )],
        ),
        // the target read from another clause of its sentence, the same toll at the same place
        report(
            "b",
            "2015-08-07",
            vec![event(
                "b",
                0,
                BOMB,
                day,
                ABHA,
                Some(("Taliban", "rebel")),
                Some(15),
            )],
        ),
        // a third side with another toll: another incident for all rasd can tell
        report(
            "c",
            "2015-08-07",
            vec![event(
                "c",
                0,
                BOMB,
                day,
                ABHA,
                Some(("Police", "state")),
                Some(9),
            )],
        ),
    ];
    for order in [[0, 1, 2], [2, 1, 0]] {
        let (_dir, path) = common::temp_db();
        let mut store = Store::open(&path).unwrap();
        for i in order {
            store.ingest_batch(&batch[i..=i]).unwrap();
        }
        let mut got = members(&mut store);
        got.iter_mut().for_each(|c| c.sort());
        got.sort();
        assert_eq!(
            got,
            vec![
                vec!["a:0".to_string(), "b:0".into()],
                vec!["c:0".to_string()]
            ],
            "{order:?}"
        );
    }
}

#[test]
fn a_country_level_mention_joins_the_incident_but_chains_no_other_place_to_it() {
    let day = Some("2015-08-06");
    let batch = vec![
        report(
            "a",
            "2015-08-06",
            vec![event("a", 0, BOMB, day, ABHA, None, None)],
        ),
        report(
            "s",
            "2015-08-06",
            vec![event("s", 0, ATTACK, day, SAUDI, None, None)],
        ),
        report(
            "r",
            "2015-08-06",
            vec![event("r", 0, BOMB, day, RIYADH, None, None)],
        ),
        // a follow-up with no date of its own, at country level, three days later
        report(
            "f",
            "2015-08-09",
            vec![event("f", 0, BOMB, None, SAUDI, None, None)],
        ),
    ];
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&batch).unwrap();
    assert_eq!(
        members(&mut store),
        vec![
            vec!["a:0".to_string(), "s:0".into(), "f:0".into()],
            vec!["r:0".to_string()],
        ]
    );
}

#[test]
fn a_report_retelling_its_incident_vaguely_keeps_one_cluster() {
    let day = Some("2015-08-06");
    let batch = vec![
        report(
            "a",
            "2015-08-06",
            vec![
                event("a", 0, BOMB, day, ABHA, None, Some(10)),
                // the same report's lead, at country level: a retelling
                event("a", 1, ATTACK, day, SAUDI, None, None),
                // the same report's second precise attack: another incident
                event("a", 2, BOMB, day, ABHA, None, Some(2)),
            ],
        ),
        report(
            "b",
            "2015-08-07",
            vec![event("b", 0, BOMB, day, ABHA, None, Some(15))],
        ),
    ];
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&batch).unwrap();
    let clusters = clusters_of(&mut store);
    assert_eq!(
        members(&mut store),
        vec![
            vec!["a:0".to_string(), "a:1".into(), "b:0".into()],
            vec!["a:2".to_string()],
        ]
    );
    let c = store.clusters(&[clusters[0].0]).unwrap().pop().unwrap();
    assert_eq!(c.n_sources, 2);
    assert_eq!(
        (c.fatalities.low, c.fatalities.best, c.fatalities.high),
        (Some(10), Some(15), Some(15))
    );
}

#[test]
fn representatives_give_the_clusters_links_and_reasons_of_every_member() {
    for seed in [1, 7, 42] {
        let input = crowded_reports(600, seed);
        let (_d1, p1) = common::temp_db();
        let (_d2, p2) = common::temp_db();
        let mut reps = Store::open(&p1).unwrap();
        let mut every = Store::open(&p2).unwrap();
        every.set_exhaustive_candidates(true);
        for batch in input.chunks(40) {
            let a = reps.ingest_batch(batch).unwrap();
            let b = every.ingest_batch(batch).unwrap();
            assert_eq!(a, b, "seed {seed}");
        }
        let ids = reps.cluster_ids(&Filter::default()).unwrap();
        assert_eq!(ids, every.cluster_ids(&Filter::default()).unwrap());
        let (a, b) = (reps.clusters(&ids).unwrap(), every.clusters(&ids).unwrap());
        // the input is crowded enough to test something: big clusters, merges, replacements
        assert!(a.iter().any(|c| c.mentions.len() >= 20), "seed {seed}");
        assert!(
            a.iter()
                .flat_map(|c| &c.mentions)
                .any(|m| m.reason.contains("merged cluster")),
            "seed {seed}"
        );
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x, y, "seed {seed}, cluster {}", x.cluster_id);
        }
        assert_eq!(common::exports(&mut reps), common::exports(&mut every));
    }
}

#[test]
fn a_store_migrated_to_representatives_clusters_on_as_a_new_one() {
    let input = crowded_reports(400, 3);
    let (half, rest) = input.split_at(200);
    let (_d1, p1) = common::temp_db();
    let mut store = Store::open(&p1).unwrap();
    store.ingest_batch(half).unwrap();
    drop(store);
    // the store as version 5 left it: no signatures, no representatives
    let c = rusqlite::Connection::open(&p1).unwrap();
    c.execute_batch(common::BACK_TO_VERSION_9).unwrap();
    c.execute_batch(common::BACK_TO_VERSION_5).unwrap();
    drop(c);
    let mut migrated = Store::open(&p1).unwrap();
    assert_eq!(migrated.schema_version(), rasd_store::schema::LATEST);
    migrated.ingest_batch(rest).unwrap();
    let (_d2, p2) = common::temp_db();
    let mut fresh = Store::open(&p2).unwrap();
    fresh.ingest_batch(half).unwrap();
    fresh.ingest_batch(rest).unwrap();
    assert_eq!(clusters_of(&mut migrated), clusters_of(&mut fresh));
    assert_eq!(common::exports(&mut migrated), common::exports(&mut fresh));
}

/// Every row of the clusters and their signatures, as text.
fn cluster_tables(path: &str) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = Vec::new();
    for sql in [
        "SELECT * FROM clusters ORDER BY id",
        "SELECT * FROM cluster_signatures ORDER BY cluster_id, signature",
        "SELECT * FROM cluster_reps ORDER BY event_id",
    ] {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(cells.join("|"))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

#[test]
fn a_join_updates_its_cluster_as_a_recompute_from_every_member_would() {
    // counts, representative, toll, core date, signatures and representatives, kept one join
    // at a time, equal what the members give when recomputed
    let (_d, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    for batch in crowded_reports(500, 11).chunks(25) {
        store.ingest_batch(batch).unwrap();
    }
    let kept = cluster_tables(&path);
    assert!(kept.len() > 500, "{}", kept.len());
    store.recompute_clusters().unwrap();
    let recomputed = cluster_tables(&path);
    let diff: Vec<_> = kept
        .iter()
        .zip(&recomputed)
        .filter(|(a, b)| a != b)
        .take(5)
        .collect();
    assert!(
        diff.is_empty() && kept.len() == recomputed.len(),
        "{diff:#?}"
    );
    // the core date: the lower median of the dated members' ranges
    let c = rusqlite::Connection::open(&path).unwrap();
    let mut ranges: BTreeMap<i64, Vec<(String, String)>> = BTreeMap::new();
    let mut st = c
        .prepare(
            "SELECT cm.cluster_id, e.date, e.date_end FROM cluster_members cm \
             JOIN events e ON e.event_id = cm.event_id \
             WHERE e.date_precision IN ('day', 'week', 'month')",
        )
        .unwrap();
    for row in st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
    {
        let (id, date, end): (i64, String, String) = row.unwrap();
        ranges.entry(id).or_default().push((date, end));
    }
    let mut st = c
        .prepare("SELECT id, date_max_start, date_min_end FROM clusters")
        .unwrap();
    let mut checked = 0;
    for row in st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
    {
        let (id, start, end): (i64, Option<String>, Option<String>) = row.unwrap();
        let mut r = ranges.remove(&id).unwrap_or_default();
        r.sort();
        let core = (!r.is_empty()).then(|| r[(r.len() - 1) / 2].clone());
        assert_eq!(core, start.zip(end), "cluster {id}");
        checked += usize::from(r.len() >= 3);
    }
    assert!(checked > 10, "{checked}");
}

/// `e` with the perpetrator `name` of ACLED kind `kind`.
fn with_perpetrator(mut e: rasd_core::Event, name: &str, kind: &str) -> rasd_core::Event {
    e.actor1 = Some(
        serde_json::from_value(serde_json::json!(
            {"name": name, "text": "x", "kind": kind, "span": [0, 1]}))
        .expect("actor"),
    );
    e
}

#[test]
fn an_unnamed_armed_group_may_be_the_group_another_report_names() {
    let day = Some("2015-07-20");
    let bomb = |doc: &str, place, who: &str, kind: &str| {
        with_perpetrator(event(doc, 1, BOMB, day, place, None, Some(3)), who, kind)
    };
    let batch = vec![
        // "مسلحون"/"انتحاري" in one report, the group that claimed it in the next
        report(
            "a",
            "2015-07-20",
            vec![bomb(
                "a",
                RIYADH,
                "Unidentified armed group",
                "political_militia",
            )],
        ),
        report(
            "b",
            "2015-07-21",
            vec![bomb("b", RIYADH, "Islamic State", "rebel")],
        ),
        // two named groups of two kinds stay two incidents
        report(
            "c",
            "2015-07-20",
            vec![bomb("c", KHAMIS, "Islamic State", "rebel")],
        ),
        report(
            "d",
            "2015-07-21",
            vec![bomb("d", KHAMIS, "Hezbollah", "political_militia")],
        ),
    ];
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&batch).unwrap();
    assert_eq!(
        members(&mut store),
        vec![vec!["a:1", "b:1"], vec!["c:1"], vec!["d:1"]]
    );
    // the exhaustive search (no SQL filters) agrees
    let (_d2, p2) = common::temp_db();
    let mut every = Store::open(&p2).unwrap();
    every.set_exhaustive_candidates(true);
    every.ingest_batch(&batch).unwrap();
    assert_eq!(members(&mut every), members(&mut store));
}

#[test]
fn the_same_toll_told_days_later_at_the_place_retells_the_incident() {
    let bomb =
        |doc: &str, date, place, killed| event(doc, 1, BOMB, Some(date), place, None, Some(killed));
    let batch = vec![
        report("a", "2015-08-06", vec![bomb("a", "2015-08-06", ABHA, 15)]),
        // a report that dates the bombing by its own news ("أمس"), with its toll
        report("b", "2015-08-11", vec![bomb("b", "2015-08-10", ABHA, 15)]),
        // another toll on another day is another incident, and so is a small toll (3 killed
        // recur by chance) or the same toll in a neighbouring town
        report("c", "2015-08-11", vec![bomb("c", "2015-08-10", ABHA, 4)]),
        report("d", "2015-08-11", vec![bomb("d", "2015-08-10", KHAMIS, 15)]),
        // the same toll dated days before its report's news is an incident of that day
        report("e", "2015-08-16", vec![bomb("e", "2015-08-12", ABHA, 15)]),
    ];
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&batch).unwrap();
    assert_eq!(
        members(&mut store),
        vec![vec!["a:1", "b:1"], vec!["c:1"], vec!["d:1"], vec!["e:1"]]
    );
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    let explained = (store.clusters(&ids).unwrap().into_iter())
        .find(|c| c.mentions.len() == 2)
        .map(|c| c.mentions[1].reason.clone())
        .unwrap_or_default();
    assert!(
        explained.contains("retells the same toll 15"),
        "{explained}"
    );
}

/// An incident most of whose reports say only "an explosion" (a remote explosive, ACLED's
/// reading of a bomb of unknown kind) and some say a suicide bombing is a suicide bombing: among
/// mentions placed and dated as finely, the representative is the one of the more specific kind,
/// whichever came first or read more confidently.
#[test]
fn an_incident_told_as_an_explosion_and_as_a_suicide_bombing_is_a_suicide_bombing() {
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    const BLAST: (&str, &str, Option<&str>) = (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        Some("explosives"),
    );
    let day = Some("2015-08-06");
    let mut confident = event("a", 0, BLAST, day, ABHA, None, Some(15));
    confident.confidence = 0.9;
    store
        .ingest_batch(&[
            report("a", "2015-08-06", vec![confident]),
            report(
                "b",
                "2015-08-06",
                vec![event("b", 0, BOMB, day, ABHA, None, Some(15))],
            ),
            report(
                "c",
                "2015-08-07",
                vec![event("c", 0, BLAST, day, ABHA, None, Some(15))],
            ),
        ])
        .unwrap();
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    assert_eq!(ids.len(), 1);
    let clusters = store.clusters(&ids).unwrap();
    assert_eq!(
        clusters[0].representative.sub_event_type, "Suicide bomb",
        "{clusters:#?}"
    );
}

#[test]
fn explain_mention_tells_what_kept_it_apart_and_the_order_it_came_in() {
    let day = Some("2015-08-06");
    let forces = Some(("Special forces", "state"));
    let worshippers = Some(("Worshippers", "civilians"));
    let told = |doc: &str, target| {
        report(
            doc,
            "2015-08-06",
            vec![event(doc, 0, BOMB, day, ABHA, target, Some(2))],
        )
    };
    let batch = vec![
        told("a", forces),
        told("a2", forces),
        // the same bombing with a target of another kind: kept apart from a
        told("b", worshippers),
        told("b2", worshippers),
        told("b3", worshippers),
        // a bombing the same day in Riyadh: another place
        report(
            "r",
            "2015-08-06",
            vec![event("r", 0, BOMB, day, RIYADH, None, Some(2))],
        ),
        // an undated retelling naming no target, told last: it joins b's larger incident, and
        // would have taken a there had it come first
        report(
            "c",
            "2015-08-07",
            vec![event("c", 0, BOMB, None, ABHA, None, None)],
        ),
    ];
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store.ingest_batch(&batch).unwrap();
    let ids = clusters_of(&mut store);
    let of = |e: &str| ids.iter().find(|c| c.1.contains(&e.to_string())).unwrap().0;
    assert_ne!(of("a:0"), of("b:0"));
    assert_eq!(of("c:0"), of("b:0"));
    let text = store.explain_mention("a:0", 5).unwrap().to_string();
    assert!(
        text.contains(&format!("in incident {}: first mention", of("a:0"))),
        "{text}"
    );
    // b's incident now holds c, through which a would join it: the order kept them apart
    assert!(
        text.contains(&format!("incident {}:", of("b:0")))
            && text.contains("would join it now via c:0"),
        "{text}"
    );
    assert!(
        text.contains("order: c:0 was stored after this mention"),
        "{text}"
    );
    // Riyadh: the place keeps it apart, and the rest holds
    assert!(text.contains(&format!("incident {}:", of("r:0"))), "{text}");
    assert!(
        text.contains("x place: \"Abha\" and \"Riyadh\" are"),
        "{text}"
    );
    assert!(text.contains("held: document, type, day"), "{text}");
    // b against a's incident: the targets contradict
    let b = store.explain_mention("b:0", 5).unwrap().to_string();
    assert!(
        b.contains(
            "x targets contradict: \"Worshippers\" (civilians) vs \"Special forces\" (state)"
        ),
        "{b}"
    );
    assert!(matches!(
        store.explain_mention("nope", 5),
        Err(rasd_store::StoreError::NoEvent(_))
    ));
}

#[test]
fn a_lone_mention_that_a_later_retelling_links_joins_whatever_the_order() {
    let day = Some("2015-08-06");
    let told = |doc: &str, target| {
        report(
            doc,
            "2015-08-06",
            vec![event(doc, 0, BOMB, day, ABHA, target, Some(2))],
        )
    };
    let reports = [
        told("a", Some(("Special forces", "state"))),
        // a target of another kind (a misread, say): no link to a
        told("b", Some(("Worshippers", "civilians"))),
        // naming no target: it links both
        report(
            "c",
            "2015-08-06",
            vec![event("c", 0, BOMB, None, ABHA, None, None)],
        ),
    ];
    let all = vec![vec!["a:0".to_string(), "b:0".into(), "c:0".into()]];
    for order in [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ] {
        let (_dir, mut store, got) = ingested_in_order(&reports, &order);
        // a and b came first and apart: c, linking them, has the lone one clustered again
        assert_eq!(got, all, "order {order:?}");
        assert_eq!(store.candidate_index_matches_tables().unwrap(), Some(true));
    }
}

#[test]
fn an_incidents_own_report_that_comes_after_its_follow_ups_joins_them() {
    // the bombing's own report (its day, its toll) and two follow-ups with no toll of their
    // own dated by their reports' news four and five days on (a funeral "today", a reaction
    // "yesterday"); and an attack at the place told with a day more than FOLLOWUP_DAYS before
    // the follow-ups, another incident
    let own = common::abha_bombing();
    let funeral = report(
        "f",
        "2015-08-10",
        vec![event("f", 1, BOMB, Some("2015-08-10"), ABHA, None, None)],
    );
    let reaction = report(
        "r",
        "2015-08-11",
        vec![event("r", 1, BOMB, Some("2015-08-10"), ABHA, None, None)],
    );
    let older = report(
        "o",
        "2015-07-28",
        vec![event("o", 1, BOMB, Some("2015-07-28"), ABHA, None, Some(2))],
    );
    let reports = [own, funeral, reaction];
    for order in [
        [0, 1, 2],
        [1, 2, 0],
        [2, 1, 0],
        [1, 0, 2],
        [2, 0, 1],
        [0, 2, 1],
    ] {
        // one report a batch, as a feed brings them, and the whole input as one batch
        for one_batch in [false, true] {
            let mut input: Vec<_> = order.iter().map(|&i| reports[i].clone()).collect();
            input.insert(1, older.clone());
            let (_dir, path) = common::temp_db();
            let mut store = Store::open(&path).unwrap();
            if one_batch {
                store.ingest_batch(&input).unwrap();
            } else {
                for r in &input {
                    store.ingest_batch(std::slice::from_ref(r)).unwrap();
                }
            }
            let mut found = members(&mut store);
            found.iter_mut().for_each(|c| c.sort());
            found.sort();
            assert_eq!(
                found,
                vec![vec!["a:1", "f:1", "r:1"], vec!["o:1"]],
                "order {order:?}, one batch: {one_batch}"
            );
            // the reference search over every member agrees
            let (_d2, p2) = common::temp_db();
            let mut every = Store::open(&p2).unwrap();
            every.set_exhaustive_candidates(true);
            every.ingest_batch(&input).unwrap();
            assert_eq!(members(&mut every), members(&mut store));
        }
    }
}

#[test]
fn a_core_told_by_follow_ups_with_a_toll_reaches_back() {
    // a shooting's own report (its day, one dead), three reports eight days on that tell the
    // one dead again dated by their news ("today": the funeral, the inquiry), and a reaction
    // with no toll of its own dated by its report's news the day after them. The core of the
    // later reports is told by the follow-ups that retell the toll: it reaches back as the
    // reaction's would, so the own report, coming after them, joins them (with the reaction
    // before it, or after it as their link). Before them it stays apart: a retold toll of 1
    // is no follow-up (dedup::compare)
    let own = report(
        "a",
        "2015-08-01",
        vec![event("a", 1, BOMB, Some("2015-07-31"), ABHA, None, Some(1))],
    );
    let retold = |doc: &str| {
        report(
            doc,
            "2015-08-08",
            vec![event(doc, 1, BOMB, Some("2015-08-08"), ABHA, None, Some(1))],
        )
    };
    let reaction = report(
        "r",
        "2015-08-09",
        vec![event("r", 1, BOMB, Some("2015-08-09"), ABHA, None, None)],
    );
    let reports = [own, retold("f"), retold("g"), retold("h"), reaction];
    let mut orders = every_order(reports.len());
    let at = |o: &[usize], i| o.iter().position(|&x| x == i);
    orders.retain(|o| (1..4).all(|i| at(o, i) < at(o, 0)));
    assert_eq!(orders.len(), 30);
    for order in orders {
        let (_dir, mut store, got) = ingested_in_order(&reports, &order);
        assert_eq!(
            got,
            vec![vec!["a:1", "f:1", "g:1", "h:1", "r:1"]],
            "order {order:?}"
        );
        assert_eq!(store.candidate_index_matches_tables().unwrap(), Some(true));
    }
}

#[test]
fn a_follow_up_links_its_incident_to_a_cluster_of_follow_ups_whatever_the_order() {
    // two reports of a bombing (its day, its toll, its target) and three follow-ups eight
    // days on, dated by their reports' news with no toll of their own: two name a target of
    // another kind (a misread), so they cannot join the bombing itself; the third names none
    // and links the bombing (as its follow-up) with the first two (the same day)
    let own = |doc: &str| {
        report(
            doc,
            "2015-08-01",
            vec![event(
                doc,
                1,
                BOMB,
                Some("2015-07-31"),
                ABHA,
                Some(("Special forces", "state")),
                Some(2),
            )],
        )
    };
    let follow = |doc: &str, target| {
        report(
            doc,
            "2015-08-08",
            vec![event(doc, 1, BOMB, Some("2015-08-08"), ABHA, target, None)],
        )
    };
    let misread = Some(("Worshippers", "civilians"));
    let reports = [
        own("a"),
        own("b"),
        follow("f", misread),
        follow("h", misread),
        follow("g", None),
    ];
    // every order of the five
    let orders = every_order(reports.len());
    for order in orders {
        let (_dir, mut store, got) = ingested_in_order(&reports, &order);
        // the bombing's and the misread follow-ups' clusters, formed apart when g comes last,
        // are merged by it
        assert_eq!(
            got,
            vec![vec!["a:1", "b:1", "f:1", "g:1", "h:1"]],
            "order {order:?}"
        );
        assert_eq!(store.candidate_index_matches_tables().unwrap(), Some(true));
    }
    // a retelling dated between them (its report's news, four days after the bombing and
    // four before the follow-ups) reaches both only as a follow-up: it bridges nothing
    let between = report(
        "m",
        "2015-08-04",
        vec![event("m", 1, BOMB, Some("2015-08-04"), ABHA, None, None)],
    );
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    for r in reports[..4].iter().chain([&between]) {
        store.ingest_batch(std::slice::from_ref(r)).unwrap();
    }
    let got = members(&mut store);
    let home = |id: &str| got.iter().position(|c| c.iter().any(|e| e == id));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_ne!(home("a:1"), home("f:1"), "{got:?}");
}

#[test]
fn a_dated_mention_at_the_province_links_two_incidents_told_at_that_province() {
    // one bombing told at province level: two reports name perpetrators of one kind, two
    // others of a kind that contradicts it (a misreading), the last names none and matches
    // both incidents the first four made
    let asir = ("'Asir", Some("'Asir"), 19.0, 43.0, 3);
    let bomb = |doc: &str| event(doc, 1, BOMB, Some("2015-08-06"), asir, None, Some(15));
    let by = |doc: &str, name: &str, kind: &str| {
        report(
            doc,
            "2015-08-07",
            vec![with_perpetrator(bomb(doc), name, kind)],
        )
    };
    let reports = [
        by("x", "Security forces", "state"),
        by("w", "Security forces", "state"),
        by("y", "Islamic State", "rebel"),
        by("v", "Islamic State", "rebel"),
        report("z", "2015-08-07", vec![bomb("z")]),
    ];
    for order in [
        [0, 1, 2, 3, 4],
        [2, 3, 0, 1, 4],
        [4, 0, 1, 2, 3],
        [0, 2, 4, 1, 3],
    ] {
        let (_dir, _store, found) = ingested_in_order(&reports, &order);
        assert_eq!(
            found,
            vec![vec!["v:1", "w:1", "x:1", "y:1", "z:1"]],
            "order {order:?}"
        );
    }
}

#[test]
fn country_level_mentions_that_came_first_join_the_finer_incident_whatever_the_order() {
    // a bombing told at its town by two reports and at country level by two others, all of
    // its day: a country-level mention joins the town's incident, but no finer mention joins
    // through one (no hub), so the two that come before the town's reports found an incident
    // of their own, which the town's first report takes back when it comes
    let at = |doc: &str, published: &str, place, killed| {
        report(
            doc,
            published,
            vec![event(doc, 1, BOMB, Some("2015-08-06"), place, None, killed)],
        )
    };
    let reports = [
        at("a", "2015-08-07", ABHA, Some(15)),
        at("b", "2015-08-07", ABHA, None),
        at("c", "2015-08-07", SAUDI, None),
        at("d", "2015-08-08", SAUDI, Some(15)),
    ];
    for order in every_order(reports.len()) {
        let (_dir, mut store, got) = ingested_in_order(&reports, &order);
        assert_eq!(
            got,
            vec![vec!["a:1", "b:1", "c:1", "d:1"]],
            "order {order:?}"
        );
        assert_eq!(store.candidate_index_matches_tables().unwrap(), Some(true));
    }
    // the same at once, in one batch: the incident's id is its earliest member's
    let (_dir, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    store
        .ingest_batch(&[reports[2].clone(), reports[3].clone(), reports[0].clone()])
        .unwrap();
    assert_eq!(members(&mut store).len(), 1);
}

/// Every order of `n` reports (n! permutations of 0..n).
fn every_order(n: usize) -> Vec<Vec<usize>> {
    let mut orders = vec![vec![]];
    for _ in 0..n {
        orders = (orders.into_iter())
            .flat_map(|o: Vec<usize>| {
                (0..n)
                    .filter(|i| !o.contains(i))
                    .map(|i| [o.as_slice(), &[i]].concat())
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    orders
}

/// The incident's wounded are read as its dead are (DESIGN.md, "One incident's toll"): the
/// latest figure most reports agree on, not the first report's nor a wounded with no number.
#[test]
fn an_incidents_wounded_are_the_latest_figure_the_reports_agree_on() {
    let (_d, path) = common::temp_db();
    let mut store = Store::open(&path).unwrap();
    let told = |doc: &str, published: &str, killed: u64, wounded: Option<(u64, &str)>| {
        let mut e = event(doc, 1, BOMB, Some("2015-08-06"), ABHA, None, Some(killed));
        e.injuries = wounded.map(|(n, qualifier)| {
            serde_json::from_value(serde_json::json!(
                {"min": n, "max": if qualifier == "exact" { Some(n) } else { None },
                 "qualifier": qualifier, "text": format!("إصابة {n}"), "span": [0, 1]}))
            .unwrap()
        });
        report(doc, published, vec![e])
    };
    store
        .ingest_batch(&[
            // the first report: 13 dead, 9 wounded
            told("a", "2015-08-06", 13, Some((9, "exact"))),
            // the revised toll most reports give the next day
            told("b", "2015-08-07", 15, Some((33, "exact"))),
            told("c", "2015-08-07", 15, Some((33, "exact"))),
            // wounded with no number lower nothing
            told("d", "2015-08-07", 15, Some((1, "unknown"))),
        ])
        .unwrap();
    let ids = store.cluster_ids(&Filter::default()).unwrap();
    assert_eq!(ids.len(), 1);
    let c = store.clusters(&ids).unwrap().pop().unwrap();
    assert_eq!(c.fatalities.best, Some(15));
    let wounded = c.representative.injuries.as_ref().unwrap();
    assert_eq!(
        (wounded.min, wounded.max, wounded.qualifier),
        (Some(33), Some(33), rasd_core::Qualifier::Exact),
        "{wounded:?}"
    );
    assert_eq!(wounded.text, "إصابة 33");
}
