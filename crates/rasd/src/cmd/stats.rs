//! `rasd stats`: incidents by type, country and month, and fatalities, as a plain table.

use std::process::ExitCode;

use anyhow::Context;

use rasd_store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// The database: a SQLite file, or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "rasd.db")]
    pub db: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store =
        Store::open_existing(&args.db).with_context(|| format!("opening {}", args.db))?;
    print!("{}", store.stats()?);
    Ok(ExitCode::SUCCESS)
}
