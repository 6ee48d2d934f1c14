//! Kill -9 during ingest: the database opens, no document is half-written, and a re-run
//! completes the work with the same result as an uninterrupted run.
//!
//! The child is this test binary re-invoked on the ignored `crash_child` test with
//! `RASD_CRASH_DB` set; the parent SIGKILLs it once some batches have committed.

mod common;

use std::time::{Duration, Instant};

use rasd_store::Store;

const REPORTS: usize = 2000;
const BATCH: usize = 200;

fn input() -> Vec<(rasd_core::Report, Vec<rasd_core::Event>)> {
    let fx = common::sentences();
    (0..REPORTS).map(|i| common::synthetic(&fx, i)).collect()
}

fn ingest_all(path: &str) {
    let mut store = Store::open(path).unwrap();
    for chunk in input().chunks(BATCH) {
        store.ingest_batch(chunk).unwrap();
    }
}

#[test]
#[ignore = "the child process of kill_9_mid_ingest_then_rerun_completes"]
fn crash_child() {
    if let Ok(path) = std::env::var("RASD_CRASH_DB") {
        // ingest until killed (re-ingests are no-ops after the first pass); give up after two
        // minutes so a parent that died first leaves no process behind
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(120) {
            ingest_all(&path);
        }
    }
}

/// Every document has exactly the events it says, every event is in one cluster, every
/// cluster's count matches its members.
fn assert_whole(path: &str) {
    let c = rusqlite::Connection::open(path).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let q = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        q("SELECT COUNT(*) FROM documents d WHERE n_events <> \
           (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id)"),
        0,
        "half-written documents"
    );
    assert_eq!(
        q("SELECT COUNT(*) FROM events e WHERE NOT EXISTS \
           (SELECT 1 FROM cluster_members m WHERE m.event_id = e.event_id)"),
        0,
        "unclustered events"
    );
    assert_eq!(
        q("SELECT COUNT(*) FROM clusters c WHERE n_mentions <> \
           (SELECT COUNT(*) FROM cluster_members m WHERE m.cluster_id = c.id)"),
        0,
        "cluster counts"
    );
    // documents come in whole batches: input order is preserved, so a prefix is stored
    let n = q("SELECT COUNT(*) FROM documents");
    assert_eq!(
        n % BATCH as i64,
        0,
        "{n} documents is not a whole number of batches"
    );
}

#[test]
fn kill_9_mid_ingest_then_rerun_completes() {
    let (_dir, path) = common::temp_db();
    Store::open(&path).unwrap(); // schema in place before the child starts
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "crash_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("RASD_CRASH_DB", &path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // wait until a few batches have committed, then kill mid-way through the next one
    let start = Instant::now();
    let reader = rusqlite::Connection::open(&path).unwrap();
    loop {
        let n: i64 = reader
            .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
            .unwrap_or(0);
        if n >= 2 * BATCH as i64 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "child made no progress"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(37));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    drop(reader);

    let stored: i64 = {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
            .unwrap()
    };
    println!("killed with {stored} of {REPORTS} documents committed");
    assert!(
        stored < REPORTS as i64,
        "the child finished before it was killed"
    );
    Store::open(&path).expect("the database opens after kill -9");
    assert_whole(&path);

    // the re-run completes, and gives what an uninterrupted run gives
    ingest_all(&path);
    assert_whole(&path);
    let (_d2, clean) = common::temp_db();
    ingest_all(&clean);
    let mut a = Store::open(&path).unwrap();
    let mut b = Store::open(&clean).unwrap();
    assert_eq!(a.counts().unwrap().documents, REPORTS as i64);
    assert_eq!(a.counts().unwrap(), b.counts().unwrap());
    assert_eq!(common::exports(&mut a), common::exports(&mut b));
}
