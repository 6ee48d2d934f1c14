//! One module per subcommand.
pub mod analyze;
pub mod eval;
pub mod explain;
pub mod export;
pub mod extract;
pub mod geocode;
pub mod ingest;
pub mod serve;
pub mod stats;

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
