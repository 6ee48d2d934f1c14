//! `rasd explain CLUSTER_ID`: an incident's mentions and why each one joined it.
//! `rasd explain --mention EVENT_ID`: why a mention is in its incident and what keeps it out
//! of the nearest others.

use std::process::ExitCode;

use rasd_store::StoreError;

#[derive(clap::Args)]
pub struct Args {
    /// The incident's id (the `cluster_id` column of `rasd export`).
    #[arg(required_unless_present = "mention", conflicts_with = "mention")]
    pub cluster_id: Option<i64>,
    /// Explain one mention instead (an `event_id` of `rasd export --format jsonl` or
    /// `--all`): its incident's link, and the test (type family, place, day, core date,
    /// actors, one report) that keeps it out of each of the nearest other incidents, or that
    /// one would take it now (its members stored after it: the order of arrival).
    #[arg(long, value_name = "EVENT_ID")]
    pub mention: Option<String>,
    /// How many of the nearest other incidents `--mention` lists.
    #[arg(long, default_value_t = 5, requires = "mention")]
    pub nearest: usize,
    #[command(flatten)]
    pub store: super::DbArg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.store.open_existing()?;
    if let Some(id) = &args.mention {
        return match store.explain_mention(id, args.nearest) {
            Ok(x) => {
                print!("{x}");
                Ok(ExitCode::SUCCESS)
            }
            Err(StoreError::NoEvent(id)) => {
                eprintln!("rasd: no mention {id} in {}", args.store.db);
                Ok(ExitCode::from(1))
            }
            Err(e) => Err(e.into()),
        };
    }
    let cluster_id = args.cluster_id.unwrap_or_default();
    match store.explain(cluster_id) {
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
