//! `rasd export --format csv|jsonl|geojson [--columns all|acled] [--with-null-geometry] [--from
//! --to --country --type] [--all]`: the clean table, one row per incident (cluster), on stdout;
//! `--all` adds the mentions left out of it, one row each with its status. GeoJSON holds the
//! rows with coordinates (a note on stderr counts the others) unless `--with-null-geometry`.

use std::process::ExitCode;

use rasd_core::write::Format;
use rasd_store::{Filter, StoreError};

use rasd_core::valid_date;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub store: super::DbArg,
    /// Output format: CSV in ACLED's columns (plus the fatality spread), JSONL with every
    /// mention, or GeoJSON points.
    #[arg(long, default_value = "csv", value_parser = ["csv", "jsonl", "geojson"])]
    pub format: String,
    /// CSV columns: `all` (ACLED's 31 in ACLED's order, then rasd's own) or `acled` (exactly
    /// ACLED's 31).
    #[arg(long, value_parser = ["all", "acled"])]
    pub columns: Option<String>,
    /// GeoJSON: keep the incidents (and, with --all, mentions) without coordinates, as features
    /// with a null geometry (by default they are left out, and a note on stderr says how many).
    #[arg(long)]
    pub with_null_geometry: bool,
    /// Incidents on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Incidents on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// A country: its ISO 3166-1 alpha-2 code or English name (IQ, Iraq).
    #[arg(long)]
    pub country: Option<String>,
    /// An ACLED event type, whole or its first word ("Explosions/Remote violence", explosions).
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// After the incidents, every stored mention left out of the incident table (a status other
    /// than incident, or a confidence under the floor), one row each with its status and no
    /// cluster.
    #[arg(long)]
    pub all: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    for d in [&args.from, &args.to].into_iter().flatten() {
        anyhow::ensure!(valid_date(d), "--from/--to must be YYYY-MM-DD, got {d:?}");
    }
    let format = Format::parse(&args.format).unwrap_or(Format::Csv);
    let shape = super::shape(format, args.columns.as_deref(), args.with_null_geometry)?;
    let country = match args.country.as_deref() {
        Some(c) => Some(
            rasd_core::countries::resolve(c)
                .map(|c| c.iso2.clone())
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "--country {c:?} is no country rasd knows: give an ISO code or an English \
                         name (IQ or Iraq, SY or Syria, ...)"
                    )
                })?,
        ),
        None => None,
    };
    let event_type = match args.event_type.as_deref() {
        Some(t) => Some(
            rasd_core::taxonomy::resolve_event_type(t)
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "--type {t:?} is no ACLED event type: one of {}",
                        rasd_core::taxonomy::EVENT_TYPES.join(", ")
                    )
                })?
                .to_string(),
        ),
        None => None,
    };
    let mut store = args.store.open_existing()?;
    let filter = Filter {
        from: args.from,
        to: args.to,
        country,
        event_type,
    };
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::new(stdout.lock());
    match rasd_store::export::write_export(&mut store, &filter, shape, args.all, out) {
        Ok(tally) => {
            super::note_omitted(tally, "rows");
            Ok(ExitCode::SUCCESS)
        }
        // `rasd export | head`: the reader has all it wants
        Err(e) if broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e.into()),
    }
}

fn broken_pipe(e: &StoreError) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    match e {
        StoreError::Io(e) => e.kind() == BrokenPipe,
        StoreError::Json(e) => e.io_error_kind() == Some(BrokenPipe),
        _ => false,
    }
}
