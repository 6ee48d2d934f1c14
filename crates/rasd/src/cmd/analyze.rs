//! `rasd analyze FILE...`: the text layer's analysis, for lexicon authors.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files to analyze (`-` or none for stdin).
    pub files: Vec<std::path::PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
