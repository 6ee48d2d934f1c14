//! The `rasd` binary: thin glue over the library crates, one module per subcommand.

use clap::{Parser, Subcommand};

mod cmd;
mod input;

/// mimalloc instead of the system allocator: extraction makes many small, short-lived
/// allocations (tokens' keys, per-mention vectors), which glibc's malloc served at about a
/// fifth of the cpu (BENCHMARKS.md, third speed pass). Its v2 line (the workspace's `v2`
/// feature): v3 took fresh pages for its per-thread pages far more often, each a transparent
/// huge page the kernel zeroes (BENCHMARKS.md, seventh speed pass).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "rasd",
    version,
    about = "Arabic news reports in, conflict-event records out"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show the text layer's analysis: sentences, tokens, keys, clitics, numbers.
    Analyze(cmd::analyze::Args),
    /// Extract event records from reports (JSONL, CSV in ACLED's columns, or GeoJSON).
    Extract(cmd::extract::Args),
    /// Score the extractor against the development gold (DESIGN.md section 4).
    Eval(cmd::eval::Args),
    /// Extract events from reports and store them, de-duplicated into incidents (SQLite or
    /// PostgreSQL).
    Ingest(cmd::ingest::Args),
    /// Export the stored incidents, one row each (CSV in ACLED's columns, JSONL, GeoJSON).
    Export(cmd::export::Args),
    /// Counts of stored incidents by type, country and month, and fatalities.
    Stats(cmd::stats::Args),
    /// Why the mentions of one incident were merged.
    Explain(cmd::explain::Args),
    /// Cluster every stored mention again with this version's rules (after an upgrade).
    Recluster(cmd::recluster::Args),
    /// The places of a text, their candidates and why the winner won.
    Geocode(cmd::geocode::Args),
    /// Serve the HTTP API and the map dashboard over a database (loopback by default).
    Serve(cmd::serve::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => cmd::analyze::run(args),
        Command::Extract(args) => cmd::extract::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Geocode(args) => cmd::geocode::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Export(args) => cmd::export::run(args),
        Command::Stats(args) => cmd::stats::run(args),
        Command::Explain(args) => cmd::explain::run(args),
        Command::Recluster(args) => cmd::recluster::run(args),
        Command::Serve(args) => cmd::serve::run(args),
    };
    match result {
        Ok(code) => code,
        // a closed pipe (`rasd extract ... | head`) is the reader's choice, not an error
        Err(err)
            if err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            std::process::ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("rasd: error: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}
