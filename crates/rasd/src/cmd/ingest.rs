//! `rasd ingest PATH... [--db rasd.db | --db postgres://...]`: extract events from reports (in
//! parallel, batch by batch) and store them, de-duplicated into incidents.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use rayon::prelude::*;

use rasd_extract::Extractor;
use rasd_store::{IngestStats, Store};

use crate::input::{read_inputs, valid_date};

#[derive(clap::Args)]
pub struct Args {
    /// .txt files (doc_id = file stem), .jsonl files, directories (recursively), or `-` for stdin.
    pub paths: Vec<PathBuf>,
    /// The database: a SQLite file, or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "rasd.db")]
    pub db: String,
    /// Publication date (YYYY-MM-DD) for plain-text inputs and JSONL records without one.
    #[arg(long)]
    pub published: Option<String>,
    /// Reports per transaction: a batch is stored whole or not at all.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(p) = args.published.as_deref() {
        anyhow::ensure!(valid_date(p), "--published must be YYYY-MM-DD, got {p:?}");
    }
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db))?;
    let inputs = read_inputs(&args.paths, args.published.as_deref());
    for e in &inputs.errors {
        eprintln!("rasd: skipped: {e}");
    }
    let extractor = Extractor::new();
    let total = inputs.reports.len() as u64;
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} reports  {per_sec}  {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = Instant::now();
    let mut stats = IngestStats::default();
    let mut found = 0usize;
    for chunk in inputs.reports.chunks(args.batch as usize) {
        // parallel over documents; collect keeps input order, so clustering is deterministic
        let batch: Vec<_> = chunk
            .par_iter()
            .map(|r| {
                let x = extractor.extract(r);
                (r.clone(), x)
            })
            .collect();
        let mut pairs = Vec::with_capacity(batch.len());
        for (report, x) in batch {
            for d in &x.diagnostics {
                bar.suspend(|| eprintln!("rasd: {}: {}", d.doc_id, d.message));
            }
            found += x.events.len();
            pairs.push((report, x.events));
        }
        let s = store
            .ingest_batch(&pairs)
            .with_context(|| format!("storing a batch into {}", args.db))?;
        for w in &s.warnings {
            bar.suspend(|| eprintln!("rasd: skipped: {w}"));
        }
        stats.add(&s);
        bar.inc(chunk.len() as u64);
        bar.set_message(format!(
            "{found} events, {} incidents new",
            stats.clusters_created
        ));
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let counts = store.counts()?;
    eprintln!(
        "rasd: ingested {total} reports in {secs:.1}s ({:.0}/s): {} new, {} replaced, {} unchanged; \
         {} events stored, {} joined an existing incident; database: {} documents, {} events, \
         {} incidents",
        total as f64 / secs,
        stats.documents_new,
        stats.documents_replaced,
        stats.documents_unchanged,
        stats.events_inserted,
        stats.events_merged,
        counts.documents,
        counts.events,
        counts.clusters
    );
    Ok(if inputs.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
