//! The `rasd` binary: thin glue over the library crates, one module per subcommand.

use clap::{Parser, Subcommand};

mod cmd;
mod input;

#[derive(Parser)]
#[command(name = "rasd", version, about = "Arabic news reports in, conflict-event records out")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show the text layer's analysis: sentences, tokens, keys, clitics, numbers.
    Analyze(cmd::analyze::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => cmd::analyze::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("rasd: error: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}
