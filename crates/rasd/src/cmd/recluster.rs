//! `rasd recluster`: cluster every stored mention again with this version's de-duplication
//! rules (after an upgrade), keeping the documents and events as stored; with `--since`, only
//! what was stored since the reports of that day came, keeping the history before it.

use std::process::ExitCode;

use anyhow::Context;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub store: super::DbArg,
    /// Only the mentions stored since the first report published on or after this day
    /// (YYYY-MM-DD) came: every incident keeps its earlier members as they are
    #[arg(long, value_parser = day)]
    pub since: Option<String>,
}

/// A day as `YYYY-MM-DD`.
fn day(s: &str) -> Result<String, String> {
    rasd_core::calendar::Day::parse(s)
        .map(|_| s.to_string())
        .ok_or_else(|| format!("{s:?} is not a day (YYYY-MM-DD)"))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.store.open_existing()?;
    let started = std::time::Instant::now();
    let before = store.counts()?;
    let stats = match &args.since {
        Some(day) => store.recluster_since(day),
        None => store.recluster(),
    }
    .with_context(|| format!("reclustering {}", args.store.db))?;
    let after = store.counts()?;
    eprintln!(
        "rasd: reclustered {} in {:.1}s: {} events in {} incidents (were {}); {} mentions \
         founded an incident, {} joined one, {} retellings left out of the table joined one",
        args.store.db,
        started.elapsed().as_secs_f64(),
        after.events,
        after.clusters,
        before.clusters,
        stats.clusters_created,
        stats.events_merged,
        stats.retellings_joined
    );
    Ok(ExitCode::SUCCESS)
}
