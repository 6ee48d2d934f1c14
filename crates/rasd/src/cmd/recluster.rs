//! `rasd recluster`: cluster every stored mention again with this version's de-duplication
//! rules (after an upgrade), keeping the documents and events as stored.

use std::process::ExitCode;

use anyhow::Context;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub store: super::DbArg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.store.open_existing()?;
    let started = std::time::Instant::now();
    let before = store.counts()?;
    let stats = store
        .recluster()
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
