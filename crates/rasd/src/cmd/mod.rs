//! One module per subcommand.
pub mod analyze;
pub mod eval;
pub mod explain;
pub mod export;
pub mod extract;
pub mod geocode;
pub mod ingest;
pub mod recluster;
pub mod serve;
pub mod stats;

use anyhow::Context;

/// `--db` of the commands that read a store made by `rasd ingest` (stats, explain, export,
/// recluster).
#[derive(clap::Args)]
pub struct DbArg {
    /// The database: a SQLite file, or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "rasd.db")]
    pub db: String,
}

impl DbArg {
    /// Opens the existing store, naming it in the error.
    pub fn open_existing(&self) -> anyhow::Result<rasd_store::Store> {
        rasd_store::Store::open_existing(&self.db).with_context(|| format!("opening {}", self.db))
    }
}

/// `--columns` of the CSV outputs: `all` (ACLED's 31 columns, then rasd's own) or `acled`
/// (ACLED's 31 alone); an error with another format, where it means nothing.
pub fn columns(
    columns: Option<&str>,
    format: rasd_core::write::Format,
) -> anyhow::Result<rasd_core::write::Columns> {
    use rasd_core::write::{Columns, Format};
    match columns {
        None => Ok(Columns::All),
        Some(_) if format != Format::Csv => {
            anyhow::bail!("--columns applies to --format csv only")
        }
        Some(c) => Columns::parse(c)
            .ok_or_else(|| anyhow::anyhow!("--columns must be all or acled, got {c:?}")),
    }
}

/// The shape of an output: `--format`, `--columns` (CSV only) and `--with-null-geometry`
/// (GeoJSON only: keep the rows without coordinates, as features with a null geometry); an
/// error where an option means nothing.
pub fn shape(
    format: rasd_core::write::Format,
    columns_arg: Option<&str>,
    with_null_geometry: bool,
) -> anyhow::Result<rasd_core::write::Shape> {
    use rasd_core::write::Format;
    anyhow::ensure!(
        !with_null_geometry || format == Format::Geojson,
        "--with-null-geometry applies to --format geojson only"
    );
    Ok(rasd_core::write::Shape {
        format,
        columns: columns(columns_arg, format)?,
        null_geometry: with_null_geometry,
    })
}

/// The note on stderr after a GeoJSON output that left rows out for want of coordinates.
pub fn note_omitted(tally: rasd_core::write::Tally, what: &str) {
    if tally.omitted > 0 {
        eprintln!(
            "rasd: the GeoJSON leaves out {} of {} {what}, those without coordinates \
             (--with-null-geometry keeps them, with a null geometry)",
            tally.omitted,
            tally.rows + tally.omitted
        );
    }
}
