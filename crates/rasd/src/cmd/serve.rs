//! `rasd serve [--db rasd.db] [--addr 127.0.0.1:8080]`: the HTTP API and the map dashboard
//! over a store (see rasd-serve).

use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The database: a SQLite file (made by `rasd ingest`), or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "rasd.db")]
    pub db: String,
    /// Address to listen on. Loopback by default: the API has no authentication, so give a
    /// public address only behind a proxy that adds it.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Database connections (queries run at once).
    #[arg(long, default_value_t = 8)]
    pub connections: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !args.addr.ip().is_loopback() {
        eprintln!(
            "rasd serve: warning: listening on {}, which is not loopback; the API has no \
             authentication",
            args.addr
        );
    }
    rasd_serve::run(rasd_serve::Config {
        db: args.db,
        addr: args.addr,
        connections: args.connections,
    })?;
    Ok(ExitCode::SUCCESS)
}
