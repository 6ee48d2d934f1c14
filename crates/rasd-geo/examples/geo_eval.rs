//! `cargo run --release -p rasd-geo --example geo_eval`: place-mention figures on the repo's
//! copies of ANERcorp and IDRISI (the same functions `rasd eval` calls).
fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/eval");
    let g = rasd_geo::Geocoder::global();
    let conll = std::fs::read_to_string(format!("{root}/anercorp/anercorp-test.dev.conll"))
        .expect("ANERcorp file");
    println!("ANERcorp LOC: {}", rasd_geo::eval::anercorp_loc(&conll, g));
    let lmr = std::fs::read_to_string(format!("{root}/idrisi/lmr-ar-train.jsonl")).expect("IDRISI");
    println!("IDRISI LMR:   {}", rasd_geo::eval::idrisi_lmr(&lmr, g));
    let gold =
        std::fs::read_to_string(format!("{root}/assault.dev.events.jsonl")).unwrap_or_default();
    println!(
        "OEDA gold events: {}",
        rasd_geo::eval::gold_event_places(&gold, g)
    );
    if std::env::args().any(|a| a == "--gold-errors") {
        for line in gold.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            let text = v["text"].as_str().unwrap_or("");
            let ms = g.mentions_in_text(text);
            for e in v["events"].as_array().into_iter().flatten() {
                if let Some(loc) = e["location_text"].as_str() {
                    let hit = ms.iter().find(|m| {
                        text.contains(loc) && m.text.contains(loc) || loc.contains(m.text.as_str())
                    });
                    match hit {
                        Some(m) if m.location.country.as_deref() == e["country"].as_str() => {}
                        Some(m) => println!(
                            "COUNTRY\t{loc}\t{}\t{:?}",
                            m.location.name, m.location.country
                        ),
                        None => println!("MISS\t{loc}\t{}", e["country"]),
                    }
                }
            }
        }
    }
    if std::env::args().any(|a| a == "--idrisi-errors") {
        for line in lmr.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            let text = v["text"].as_str().unwrap_or("");
            let pred = g.mentions_in_text(text);
            let gold: Vec<(usize, usize, String)> = v["location_mentions"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|m| {
                            (
                                m["startIdx"].as_u64().unwrap_or(0) as usize,
                                m["endIdx"].as_u64().unwrap_or(0) as usize,
                                m["text"].as_str().unwrap_or("").to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            for (s, e, t) in &gold {
                if !pred.iter().any(|p| p.span.start < *e && *s < p.span.end) {
                    println!("MISS\t{t}");
                }
            }
            for p in &pred {
                if !gold
                    .iter()
                    .any(|(s, e, _)| p.span.start < *e && *s < p.span.end)
                {
                    println!("FP\t{}\t{}\t{}", p.text, p.location.name, p.feature);
                }
            }
        }
    }
    if std::env::args().any(|a| a == "--errors") {
        for (text, gold) in rasd_geo::eval::conll_sentences(&conll, "LOC") {
            let pred = g.mentions_in_text(&text);
            for s in &gold {
                if !pred.iter().any(|p| p.span.overlaps(*s)) {
                    println!("MISS\t{}", s.slice(&text));
                }
            }
            for p in &pred {
                if !gold.iter().any(|s| p.span.overlaps(*s)) {
                    println!("FP\t{}\t{}\t{}", p.text, p.location.name, p.feature);
                }
            }
        }
    }
}
