//! `rasd eval`: runs the extractor over the development data and scores it (DESIGN.md §4).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use rayon::prelude::*;

use rasd_core::{Event, Report};
use rasd_eval::{
    agreement_row, parse_jsonl, prf_row, score_detection, score_doc, EventScores, GoldDoc,
    LabelledSentence, Prf,
};
use rasd_extract::Extractor;

#[derive(clap::Args)]
pub struct Args {
    /// Folder with assault.dev.jsonl and assault.dev.events.jsonl.
    #[arg(long, default_value = "data/eval")]
    pub data: PathBuf,
    /// Folder with the example reports and their `.gold.json`.
    #[arg(long, default_value = "examples")]
    pub examples: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(serde::Serialize)]
struct Results {
    detection: Prf,
    events: EventScores,
    example: EventScores,
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = Extractor::new();
    let extract = |r: &Report| -> Vec<Event> { extractor.extract(r).events };

    let name = args.data.join("assault.dev.jsonl");
    let sentences: Vec<LabelledSentence> = parse_jsonl(&name.display().to_string(), &read(&name)?)?;
    // extract in parallel once, then score sequentially
    let cache: std::collections::HashMap<String, Vec<Event>> = sentences
        .par_iter()
        .map(|s| (s.id.clone(), extract(&s.report())))
        .collect();
    let detection = score_detection(&sentences, |r| cache.get(&r.id).cloned().unwrap_or_default());

    let name = args.data.join("assault.dev.events.jsonl");
    let gold: Vec<GoldDoc> = parse_jsonl(&name.display().to_string(), &read(&name)?)?;
    let mut events = EventScores::default();
    for d in &gold {
        let sys = cache.get(&d.id).cloned().unwrap_or_else(|| extract(&d.report()));
        score_doc(&sys, &d.events, &mut events);
    }

    let mut example = EventScores::default();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&args.examples)
        .with_context(|| format!("reading {}", args.examples.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    entries.sort();
    for g in entries {
        let mut gd: GoldDoc = serde_json::from_str(&read(&g)?)
            .with_context(|| format!("parsing {}", g.display()))?;
        let stem = g.to_string_lossy().trim_end_matches(".gold.json").to_string();
        gd.text = read(Path::new(&format!("{stem}.txt")))?;
        score_doc(&extract(&gd.report()), &gd.events, &mut example);
    }

    let results = Results {
        detection,
        events,
        example,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("rasd eval: {} and {}", args.data.display(), args.examples.display());
    println!("{}", prf_row("ASSAULT detection", &results.detection));
    print_events("development gold events", &results.events);
    print_events("example reports", &results.example);
    Ok(ExitCode::SUCCESS)
}

fn print_events(title: &str, s: &EventScores) {
    println!("-- {title}");
    println!("{}", prf_row("events (violent)", &s.events));
    println!("{}", agreement_row("event_type", &s.event_type));
    println!("{}", agreement_row("sub_event_type", &s.sub_event_type));
    println!("{}", agreement_row("fatalities exact", &s.fatalities));
    println!("{}", agreement_row("injuries exact", &s.injuries));
    println!("{}", agreement_row("place found", &s.place));
    println!("{}", agreement_row("country", &s.country));
    println!("{}", agreement_row("date exact", &s.date));
    if s.required.n > 0 {
        println!("{}", agreement_row("required events found", &s.required));
    }
}
