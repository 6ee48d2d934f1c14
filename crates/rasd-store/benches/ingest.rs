//! Ingest throughput of the store alone (events given, no extraction): N synthetic-but-real
//! reports (the real sentences of tests/fixtures recombined, 2-4 per report, spread over ten years)
//! into a fresh SQLite file in batches, generated batch by batch so memory stays flat.
//!
//!   cargo bench -p rasd-store --bench ingest            # 100,000 reports
//!   RASD_BENCH_REPORTS=20000 cargo bench -p rasd-store --bench ingest
//!   RASD_BENCH_DB=postgres://... cargo bench ...        # another database instead
//!   RASD_BENCH_EVENTS=pairs.jsonl RASD_BENCH_MIN_CONFIDENCE=0.35 cargo bench ...
//!       # replays extracted reports instead: one `{"report": ..., "events": [...]}` a line
//!       # (scripts/ingest_inputs.py pairs), the incident table's floor as `rasd eval` prints it
//!
//! Prints reports/s, events/s and peak RSS at checkpoints, and asserts the stored counts.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_string))
        })
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// User + system CPU seconds of this process.
fn cpu_secs() -> f64 {
    // /proc/self/stat fields 14 and 15: utime and stime in clock ticks (100 per second here)
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit(')').next()?.to_string();
            let f: Vec<&str> = rest.split_whitespace().collect();
            Some((f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?) / 100.0)
        })
        .unwrap_or(0.0)
}

#[derive(serde::Deserialize)]
struct Pair {
    report: rasd_core::Report,
    events: Vec<rasd_core::Event>,
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run a short pass then
    let full = std::env::args().any(|a| a == "--bench");
    let n: usize = std::env::var("RASD_BENCH_REPORTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if full { 100_000 } else { 2_000 });
    let batch: usize = std::env::var("RASD_BENCH_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let dir = tempfile::tempdir().expect("tempdir");
    let url = std::env::var("RASD_BENCH_DB")
        .unwrap_or_else(|_| dir.path().join("bench.db").to_string_lossy().into_owned());
    let mut store = rasd_store::Store::open(&url).expect("open");
    if url.starts_with("postgres") {
        store.clear().expect("clear");
    }
    let fx = common::sentences();
    let mut replay = std::env::var("RASD_BENCH_EVENTS").ok().map(|path| {
        use std::io::BufRead;
        let f = std::fs::File::open(&path).expect("RASD_BENCH_EVENTS");
        std::io::BufReader::new(f).lines().map(|l| {
            let v: Pair = serde_json::from_str(&l.expect("read")).expect("a report and its events");
            (v.report, v.events)
        })
    });
    if let Some(min) = std::env::var("RASD_BENCH_MIN_CONFIDENCE")
        .ok()
        .and_then(|v| v.parse::<f32>().ok())
    {
        store.set_min_confidence(min);
    }
    let start = Instant::now();
    let cpu0 = cpu_secs();
    let mut events = 0u64;
    let mut merged = 0u64;
    let mut i = 0;
    while i < n {
        let end = (i + batch).min(n);
        let reports: Vec<_> = match replay.as_mut() {
            Some(lines) => lines.take(end - i).collect(),
            None => (i..end).map(|k| common::synthetic(&fx, k)).collect(),
        };
        if reports.is_empty() {
            break;
        }
        let end = i + reports.len();
        let s = store.ingest_batch(&reports).expect("ingest");
        events += s.events_inserted;
        merged += s.events_merged;
        i = end;
        if i % 10_000 == 0 || i == n {
            let secs = start.elapsed().as_secs_f64();
            let cpu = cpu_secs() - cpu0;
            println!(
                "{i:>7} reports  {:>6.0} reports/s wall  {:>6.0} reports/s CPU  {:>7.0} events/s  \
                 peak RSS {:>5.1} MiB",
                i as f64 / secs,
                i as f64 / cpu.max(1e-9),
                events as f64 / secs,
                peak_rss_mib()
            );
        }
    }
    let n = i;
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_secs() - cpu0;
    let c = store.counts().expect("counts");
    assert_eq!(c.documents as usize, n);
    assert_eq!((c.events + c.left_out) as u64, events);
    println!(
        "store ingest (events given, no extraction): {n} reports, {events} events ({merged} joined \
         an incident, {} incidents) in {secs:.1}s wall, {cpu:.1}s CPU = {:.0} reports/s wall, \
         {:.0} reports/s per CPU-second, {:.0} events/s, batch {batch}, peak RSS {:.1} MiB",
        c.clusters,
        n as f64 / secs,
        n as f64 / cpu.max(1e-9),
        events as f64 / secs,
        peak_rss_mib()
    );
}
