//! `rasd geocode "TEXT"`: the place mentions of a text, their candidates and why the winner
//! won (for people who maintain the gazetteer).

use std::io::Read as _;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The text to geocode (`-` or nothing: read stdin). With `--file`, paths of files.
    pub text: Vec<String>,
    /// Read the text from the files named instead.
    #[arg(long)]
    pub file: bool,
    /// Print the resolved mentions as JSON lines (`rasd_core::Location` plus cue, feature,
    /// relative, score) instead of the explanation.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = if args.file {
        let mut s = String::new();
        for p in &args.text {
            s.push_str(
                &std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("cannot read {p}: {e}"))?,
            );
            s.push('\n');
        }
        s
    } else if args.text.is_empty() || args.text == ["-"] {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        args.text.join(" ")
    };
    let geocoder = rasd_geo::Geocoder::global();
    if args.json {
        for m in geocoder.mentions_in_text(&text) {
            let line = serde_json::json!({
                "location": m.location,
                "cue": m.cue,
                "relative": m.relative,
                "feature": m.feature,
                "score": m.score,
            });
            println!("{line}");
        }
    } else {
        print!("{}", geocoder.explain(&text));
    }
    Ok(ExitCode::SUCCESS)
}
