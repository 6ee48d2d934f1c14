//! `rasd stats`: incidents by type, country and month, and fatalities, as a plain table.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub store: super::DbArg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.store.open_existing()?;
    print!("{}", store.stats()?);
    Ok(ExitCode::SUCCESS)
}
