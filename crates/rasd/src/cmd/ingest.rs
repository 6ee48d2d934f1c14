//! `rasd ingest PATH... [--db rasd.db | --db postgres://...]`: extract events from reports (in
//! parallel, batch by batch) and store them, de-duplicated into incidents. Every mention is
//! stored with its status; only the incident table (status `incident` at or above the
//! extractor's tuned confidence) is clustered into incidents.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

use rasd_extract::Extractor;
use rasd_store::{IngestStats, Store};

use rasd_core::valid_date;

use crate::input::{FieldArgs, FieldMap, InputReader};

mod cores;

#[derive(clap::Args)]
pub struct Args {
    /// .txt files (doc_id = the path under the folder named, without extension), .jsonl files,
    /// directories (recursively), or `-` for stdin.
    pub paths: Vec<PathBuf>,
    /// The database: a SQLite file, or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "rasd.db")]
    pub db: String,
    /// Publication date (YYYY-MM-DD) for plain-text inputs and JSONL records without one.
    #[arg(long)]
    pub published: Option<String>,
    /// Reports per transaction: a batch is stored whole or not at all. (Larger batches commit,
    /// flush the text index and checkpoint less often: BENCHMARKS.md, "Store".)
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
    /// A report whose id was already read in this run with another text replaces the first
    /// (by default it is skipped and named, and the first is kept).
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub fields: FieldArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(p) = args.published.as_deref() {
        anyhow::ensure!(valid_date(p), "--published must be YYYY-MM-DD, got {p:?}");
    }
    let extractor = Extractor::new();
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} reports  {per_sec}  {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = Instant::now();
    let mut total = 0u64;
    let bad = std::cell::Cell::new(0usize);
    let batch_size = args.batch.max(1) as usize;
    let mut reader = InputReader::new(&args.paths, args.published.as_deref())
        .replace(args.replace)
        .fields(FieldMap::new(&args.fields));
    let mut skip = |e: crate::input::InputError| {
        bad.set(bad.get() + usize::from(!e.note));
        bar.suspend(|| eprintln!("{}", e.message()));
    };
    // the database is opened (and created) only once there is a report to store
    let Some(first) = reader.chunk(batch_size, &mut skip) else {
        bar.finish_and_clear();
        eprintln!(
            "rasd: no report read, nothing stored{}",
            if bad.get() > 0 {
                " (each input skipped is named above)"
            } else {
                ""
            }
        );
        return Ok(exit_code(bad.get()));
    };
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db))?;
    store.set_min_confidence(extractor.default_threshold());
    // the log's checkpoints beside the writer (SQLite): they leave the writer's thread
    store
        .background_checkpoints()
        .with_context(|| format!("opening {}", args.db))?;
    // streaming: one batch in memory at a time, stored in one transaction; the next batch is
    // extracted (rayon's threads) while the writer thread stores the previous one, the writer
    // on a core of its own (`cores.rs`: one extraction thread fewer while it stores). The
    // channel holds none: an extracted batch waits in the sender until the writer takes it, so
    // two batches are in memory at most, not three
    let db = args.db.clone();
    let mut first = Some(first);
    let cores = cores::Cores::new(store.backend() == rasd_store::Backend::Sqlite);
    let stats: anyhow::Result<IngestStats> = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<rasd_store::Prepared>>(0);
        // each batch stored comes back, to be freed beside the extraction, not by the writer
        let (stored_tx, stored_rx) = std::sync::mpsc::channel::<Vec<rasd_store::Prepared>>();
        let writer_bar = bar.clone();
        let store = &mut store;
        let cores = &cores;
        let writer = scope.spawn(move || -> anyhow::Result<IngestStats> {
            let mut stats = IngestStats::default();
            for pairs in rx {
                let writing = cores.writing();
                let s = store
                    .ingest_prepared(&pairs)
                    .with_context(|| format!("storing a batch into {db}"))?;
                for w in &s.warnings {
                    writer_bar.suspend(|| eprintln!("rasd: skipped: {w}"));
                }
                stats.add(&s);
                writer_bar.inc(pairs.len() as u64);
                writer_bar.set_message(format!("{} incidents new", stats.clusters_created));
                drop(writing);
                let _ = stored_tx.send(pairs);
            }
            Ok(stats)
        });
        while let Some(chunk) = first.take().or_else(|| reader.chunk(batch_size, &mut skip)) {
            total += chunk.len() as u64;
            // parallel over documents, in input order, so clustering is deterministic. What
            // the store computes of each report alone is computed here too (the writer, one
            // thread, only writes)
            let batch = cores.map(chunk, |r| {
                // every mention, with its status: the store keeps the left-out ones beside the
                // incident table
                let x = extractor.extract_all(&r);
                (rasd_store::Prepared::new(r, x.events), x.diagnostics)
            });
            let mut pairs = Vec::with_capacity(batch.len());
            for (prepared, diagnostics) in batch {
                for d in &diagnostics {
                    bar.suspend(|| eprintln!("rasd: {}: {}", d.doc_id, d.message));
                }
                pairs.push(prepared);
            }
            if tx.send(pairs).is_err() {
                break; // the writer stopped on an error, which join reports
            }
            // (the batch before it, stored by now)
            stored_rx.try_iter().for_each(drop);
        }
        drop(tx);
        writer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the writer thread panicked")))
    });
    let stats = stats?;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let counts = store.counts()?;
    // inputs not read, and documents the database refused (named above)
    let skipped = bad.get() + stats.documents_refused as usize;
    eprintln!(
        "rasd: ingested {total} reports in {secs:.1}s ({:.0}/s): {} new, {} replaced, {} unchanged, \
         {} skipped; \
         {} events stored, {} joined an existing incident, {} left out of the incident table; \
         database: {} documents, {} events in {} incidents, {} mentions left out",
        total as f64 / secs,
        stats.documents_new,
        stats.documents_replaced,
        stats.documents_unchanged,
        skipped,
        stats.events_inserted,
        stats.events_merged,
        stats.events_left_out,
        counts.documents,
        counts.events,
        counts.clusters,
        counts.left_out
    );
    Ok(exit_code(skipped))
}

/// Success only when no input was skipped.
fn exit_code(bad: usize) -> ExitCode {
    if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
