//! `rasd explain CLUSTER_ID`: an incident's mentions and why each one joined it.

use std::process::ExitCode;

use rasd_store::StoreError;

#[derive(clap::Args)]
pub struct Args {
    /// The incident's id (the `cluster_id` column of `rasd export`).
    pub cluster_id: i64,
    #[command(flatten)]
    pub store: super::DbArg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.store.open_existing()?;
    match store.explain(args.cluster_id) {
        Ok(x) => {
            print!("{x}");
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::NoCluster(id)) => {
            eprintln!("rasd: no incident {id} in {}", args.store.db);
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}
