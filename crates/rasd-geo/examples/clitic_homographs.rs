//! Candidates for the `unsplit` rows of data/gazetteer/common_words.tsv: frequent words that the
//! geocoder reads as a proclitic plus a place name ("وتيرة" as و + تيرة, Tire in Turkey), while
//! the word itself is far more frequent than the name alone would make it.
//!
//! ```sh
//! zcat saudinewsnet.jsonl.gz | cargo run --release -p rasd-geo --example clitic_homographs -- \
//!     [--min 5] [--ratio 3] [--skip texts-to-leave-out.jsonl] > candidates.tsv
//! ```
//! Reads JSONL with a `content` or `text` field; `--skip` leaves out the texts of another JSONL
//! file (the articles one measures on). Prints `word, count, name, count of the name (with and
//! without the article), the name's likeliest place`; only counts are used, no text is kept.
//! The rows are then reviewed by hand: a real "and/in + place" (والكوت، بالهفوف) is dropped.

use std::collections::{HashMap, HashSet};
use std::io::BufRead as _;

fn text_of(line: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let t = v.get("content").or_else(|| v.get("text"))?.as_str()?;
    Some(t.trim().to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let min: u64 = opt("--min").map_or(5, |v| v.parse().expect("--min N"));
    let ratio: f64 = opt("--ratio").map_or(3.0, |v| v.parse().expect("--ratio R"));
    let skip: HashSet<String> = opt("--skip")
        .map(|p| {
            let f = std::fs::read_to_string(&p).expect("--skip FILE");
            f.lines().filter_map(text_of).collect()
        })
        .unwrap_or_default();
    let mut counts: HashMap<String, u64> = HashMap::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let Some(text) = text_of(&line) else { continue };
        if skip.contains(&text) {
            continue;
        }
        let doc = rasd_text::Document::analyze(&text);
        for t in &doc.tokens {
            if matches!(t.kind, rasd_text::TokenKind::Word) {
                *counts.entry(t.key.clone()).or_default() += 1;
            }
        }
    }
    let g = rasd_geo::Geocoder::global();
    let gaz = g.gazetteer();
    let count = |k: &str| counts.get(k).copied().unwrap_or(0);
    let mut rows = Vec::new();
    for (w, &n) in &counts {
        if n < min {
            continue;
        }
        let Some((name, places)) = g.split_names(w).into_iter().next() else {
            continue;
        };
        let alone = match name.strip_prefix("ال") {
            Some(bare) => count(&name) + count(bare),
            None => count(&name) + count(&format!("ال{name}")),
        };
        if (n as f64) < ratio * (alone.max(1) as f64) {
            continue;
        }
        let p = (places.iter().map(|&p| gaz.place(p)))
            .max_by_key(|p| (p.feature == rasd_geo::Feature::Country, p.population))
            .expect("a name has places");
        rows.push((n, w.clone(), name, alone, p));
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (n, w, name, alone, p) in rows {
        println!(
            "{w}\t{n}\t{name}\t{alone}\t{} ({}, {})",
            p.name_en,
            p.feature.as_str(),
            p.country
        );
    }
}
