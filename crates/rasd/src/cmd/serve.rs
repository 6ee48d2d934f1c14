//! `rasd serve [--db rasd.db] [--addr 127.0.0.1:8080]`: the HTTP API and the map dashboard
//! over a store (see rasd-serve and SECURITY.md).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

/// The environment variable that may hold the token (`--token-file` wins).
pub const TOKEN_ENV: &str = "RASD_TOKEN";

#[derive(clap::Args)]
pub struct Args {
    /// The database: a SQLite file (made by `rasd ingest`), or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "rasd.db")]
    pub db: String,
    /// Address to listen on. Loopback by default; any other address needs a token.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Database connections (queries run at once).
    #[arg(long, default_value_t = 8)]
    pub connections: usize,
    /// A host name to answer besides localhost, 127.0.0.1, ::1 and the --addr address (the
    /// name clients use, e.g. behind a proxy); repeatable. Other Host headers get 421.
    #[arg(long = "allow-host", value_name = "HOST")]
    pub allow_hosts: Vec<String>,
    /// A file holding the bearer token every API route then requires (at least 16 visible
    /// ASCII characters, e.g. `openssl rand -hex 32`); or set RASD_TOKEN.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let token = match &args.token_file {
        Some(path) => Some(rasd_serve::access::read_token_file(path).map_err(anyhow::Error::msg)?),
        None => match std::env::var(TOKEN_ENV) {
            Ok(t) => Some(
                rasd_serve::access::check_token(t.trim())
                    .map_err(anyhow::Error::msg)
                    .context(TOKEN_ENV)?,
            ),
            Err(_) => None,
        },
    };
    #[cfg(unix)]
    if let Some(path) = &args.token_file {
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0) {
            eprintln!(
                "rasd serve: warning: {} can be read by other users (chmod 600 it)",
                path.display()
            );
        }
    }
    rasd_serve::run(rasd_serve::Config {
        db: args.db,
        addr: args.addr,
        connections: args.connections,
        allow_hosts: args.allow_hosts,
        token,
    })?;
    Ok(ExitCode::SUCCESS)
}
