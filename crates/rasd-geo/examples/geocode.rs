//! `cargo run -p rasd-geo --example geocode -- "TEXT" | FILE`: explain the geocoding of a text
//! (also the start-up/memory probe recorded in BENCHMARKS.md).
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&arg).unwrap_or(arg);
    let t0 = std::time::Instant::now();
    let g = rasd_geo::Geocoder::global();
    let n = g.gazetteer().places.len();
    let load = t0.elapsed();
    let out = g.explain(&text);
    let mentions = g.mentions_in_text(&text);
    print!("{out}");
    eprintln!(
        "{n} places loaded in {:.1} ms; {} mentions; total {:.1} ms",
        load.as_secs_f64() * 1e3,
        mentions.len(),
        t0.elapsed().as_secs_f64() * 1e3
    );
}
