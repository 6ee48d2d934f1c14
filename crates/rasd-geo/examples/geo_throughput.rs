//! `zcat articles.jsonl.gz | cargo run --release -p rasd-geo --example geo_throughput`:
//! geocodes every JSONL line's `content` (or `text`) as one document; prints documents,
//! characters, mentions and time (text analysis included), for BENCHMARKS.md.
use std::io::BufRead as _;

fn main() {
    let g = rasd_geo::Geocoder::global();
    let (mut docs, mut chars, mut mentions) = (0usize, 0usize, 0usize);
    let mut analyze = std::time::Duration::ZERO;
    let mut geocode = std::time::Duration::ZERO;
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v
            .get("content")
            .or_else(|| v.get("text"))
            .and_then(|t| t.as_str())
            .unwrap_or("");
        let t0 = std::time::Instant::now();
        let doc = rasd_text::Document::analyze(text);
        let t1 = std::time::Instant::now();
        mentions += g.mentions(&doc).len();
        geocode += t1.elapsed();
        analyze += t1 - t0;
        docs += 1;
        chars += text.chars().count();
    }
    println!(
        "{docs} documents, {chars} chars, {mentions} place mentions; text layer {:.2} s, geocoding {:.2} s ({:.0} docs/s, {:.1} MB/s of text for geocoding alone)",
        analyze.as_secs_f64(),
        geocode.as_secs_f64(),
        docs as f64 / geocode.as_secs_f64(),
        chars as f64 * 2.0 / 1e6 / geocode.as_secs_f64()
    );
}
