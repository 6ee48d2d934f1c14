//! `rasd explain CLUSTER_ID`: an incident's mentions and why each one joined it.

use std::process::ExitCode;

use anyhow::Context;

use rasd_store::{Store, StoreError};

#[derive(clap::Args)]
pub struct Args {
    /// The incident's id (the `cluster_id` column of `rasd export`).
    pub cluster_id: i64,
    /// The database: a SQLite file, or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "rasd.db")]
    pub db: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store =
        Store::open_existing(&args.db).with_context(|| format!("opening {}", args.db))?;
    match store.explain(args.cluster_id) {
        Ok(x) => {
            print!("{x}");
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::NoCluster(id)) => {
            eprintln!("rasd: no incident {id} in {}", args.db);
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}
