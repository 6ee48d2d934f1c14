//! `rasd extract PATH...`: reports in, event records out (JSONL, CSV or GeoJSON) on stdout.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;

use rasd_core::write::{writer, Encoded, Format};
use rasd_extract::Extractor;

use rasd_core::valid_date;

use crate::input::{FieldArgs, FieldMap, InputReader};

/// Reports extracted in parallel at a time.
const CHUNK: usize = 256;
/// Chunks in flight: while the threads extract one, the next waits in the pool, so that no
/// thread idles at a chunk's end, and the main thread reads and writes meanwhile.
const IN_FLIGHT: usize = 2;

#[derive(clap::Args)]
pub struct Args {
    /// .txt files (doc_id = the path under the folder named, without extension), .jsonl files,
    /// directories (recursively), or `-` for stdin.
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for plain-text inputs and JSONL records without one.
    #[arg(long)]
    pub published: Option<String>,
    /// Keep only events whose confidence is at least this, instead of the tuned default that
    /// `rasd eval` prints (0 keeps every incident the rules find).
    #[arg(long, value_parser = confidence)]
    pub min_confidence: Option<f32>,
    /// Every mention the rules find, with its `status` (background, statistic, intent, denied,
    /// generic, not_violence) and `status_cue`, not only the incident table.
    #[arg(long)]
    pub all: bool,
    /// Output format.
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "geojson"])]
    pub format: String,
    /// CSV columns: `all` (ACLED's 31 in ACLED's order, then rasd's own) or `acled` (exactly
    /// ACLED's 31).
    #[arg(long, value_parser = ["all", "acled"])]
    pub columns: Option<String>,
    /// GeoJSON: keep the records without coordinates, as features with a null geometry (by
    /// default they are left out, and a note on stderr says how many).
    #[arg(long)]
    pub with_null_geometry: bool,
    #[command(flatten)]
    pub fields: FieldArgs,
}

/// A confidence: a number from 0 to 1.
pub fn confidence(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("a confidence is a number from 0 to 1, got {s:?}")),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(p) = args.published.as_deref() {
        anyhow::ensure!(valid_date(p), "--published must be YYYY-MM-DD, got {p:?}");
    }
    let format = Format::parse(&args.format).unwrap_or(Format::Jsonl);
    let shape = super::shape(format, args.columns.as_deref(), args.with_null_geometry)?;
    // ACLED's `timestamp` of every row: this run's time
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_secs() as i64);
    // the gazetteer and the geocoder are built on another thread while the lexicons compile and
    // the first chunk is read (joined before the first extraction)
    let mut geocoder = Some(std::thread::spawn(rasd_geo::Geocoder::global));
    let mut extractor = Extractor::new().with_all(args.all);
    if let Some(m) = args.min_confidence {
        extractor = extractor.with_min_confidence(m);
    }
    let extractor = &extractor;
    let stdout = std::io::stdout();
    let mut out = writer(shape, std::io::BufWriter::new(stdout.lock()));
    let mut bad = 0usize;
    let mut reports = 0usize;
    let mut reader = InputReader::new(&args.paths, args.published.as_deref())
        .fields(FieldMap::new(&args.fields));
    // streaming in chunks: parallel over the documents of a chunk, up to IN_FLIGHT chunks at
    // once on the pool while this thread reads the next and writes the finished ones, in
    // input order; the messages of the records skipped while reading a chunk come out just
    // before its diagnostics, as they would one chunk at a time
    rayon::in_place_scope(|scope| -> anyhow::Result<()> {
        let mut pending = std::collections::VecDeque::new();
        let mut done = false;
        loop {
            while !done && pending.len() < IN_FLIGHT {
                let mut skipped = Vec::new();
                let Some(chunk) = reader.chunk(CHUNK, |e| {
                    bad += usize::from(!e.note);
                    skipped.push(e.message());
                }) else {
                    pending.push_back((skipped, None));
                    done = true;
                    break;
                };
                reports += chunk.len();
                if let Some(g) = geocoder.take() {
                    g.join()
                        .map_err(|_| anyhow::anyhow!("the geocoder could not be built"))?;
                }
                let (tx, rx) = std::sync::mpsc::sync_channel(1);
                scope.spawn(move |_| {
                    // each report's rows encoded where it was extracted: the threads share
                    // the encoding, and this thread only copies bytes out
                    let results: Vec<_> = chunk
                        .par_iter()
                        .map(|r| {
                            let x = extractor.extract(r);
                            let mut rows = Encoded::default();
                            let encoded = x
                                .events
                                .iter()
                                .try_for_each(|e| shape.encode_record(e, r, now, &mut rows));
                            (x.diagnostics, encoded.map(|()| rows))
                        })
                        .collect();
                    tx.send((chunk, results)).ok();
                });
                pending.push_back((skipped, Some(rx)));
            }
            let Some((skipped, rx)) = pending.pop_front() else {
                break;
            };
            for m in &skipped {
                eprintln!("{m}");
            }
            let Some(rx) = rx else {
                continue;
            };
            let (chunk, results) = rx
                .recv()
                .map_err(|_| anyhow::anyhow!("an extraction thread failed"))?;
            for (diagnostics, rows) in results {
                for d in &diagnostics {
                    eprintln!("rasd: {}: {}", d.doc_id, d.message);
                }
                out.write_encoded(&rows?)?;
            }
            drop(chunk);
        }
        Ok(())
    })?;
    let tally = out.finish()?;
    super::note_omitted(tally, "records");
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
