//! `rasd extract PATH...`: reports in, event records out (JSONL, CSV or GeoJSON) on stdout.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;

use rasd_core::write::{writer, Format};
use rasd_extract::Extractor;

use rasd_core::valid_date;

use crate::input::InputReader;

/// Reports extracted in parallel at a time.
const CHUNK: usize = 256;

#[derive(clap::Args)]
pub struct Args {
    /// .txt files (doc_id = the path under the folder named, without extension), .jsonl files,
    /// directories (recursively), or `-` for stdin.
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for plain-text inputs and JSONL records without one.
    #[arg(long)]
    pub published: Option<String>,
    /// Keep only events whose confidence is at least this (0 keeps every event the rules find;
    /// `rasd eval` prints the detector's tuned threshold).
    #[arg(long, default_value_t = 0.0)]
    pub min_confidence: f32,
    /// Output format.
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "geojson"])]
    pub format: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(p) = args.published.as_deref() {
        anyhow::ensure!(valid_date(p), "--published must be YYYY-MM-DD, got {p:?}");
    }
    let format = Format::parse(&args.format).unwrap_or(Format::Jsonl);
    let extractor = Extractor::new().with_min_confidence(args.min_confidence);
    let stdout = std::io::stdout();
    let mut out = writer(format, std::io::BufWriter::new(stdout.lock()));
    let mut bad = 0usize;
    let mut reports = 0usize;
    let mut reader = InputReader::new(&args.paths, args.published.as_deref());
    // streaming in chunks: parallel over the documents of a chunk, output in input order
    while let Some(chunk) = reader.chunk(CHUNK, |e| {
        bad += usize::from(!e.note);
        eprintln!("{}", e.message());
    }) {
        reports += chunk.len();
        let results: Vec<_> = chunk.par_iter().map(|r| extractor.extract(r)).collect();
        for x in &results {
            for d in &x.diagnostics {
                eprintln!("rasd: {}: {}", d.doc_id, d.message);
            }
            for e in &x.events {
                out.write(e)?;
            }
        }
    }
    out.finish()?;
    if bad > 0 {
        eprintln!("rasd: extracted {reports} reports; {bad} skipped (each named above)");
    }
    std::io::stderr().flush().ok();
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
