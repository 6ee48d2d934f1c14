//! Criterion benchmarks over fixed real text: building the gazetteer index from the embedded
//! TSV, and geocoding the example report (the mention count is asserted inside).

use criterion::{criterion_group, criterion_main, Criterion};
use rasd_geo::gazetteer::{Gazetteer, PLACES_TSV};
use rasd_geo::Geocoder;
use rasd_text::Document;

const REPORT: &str = include_str!("../tests/fixtures/kirkuk-2016-10-22.txt");

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("geo");
    g.sample_size(10);
    g.bench_function("load_places_tsv", |b| {
        b.iter(|| {
            let gaz = Gazetteer::parse(PLACES_TSV, "places.tsv").unwrap();
            assert!(gaz.places.len() > 50_000);
        })
    });
    let geocoder = Geocoder::global();
    let doc = Document::analyze(REPORT);
    g.bench_function("mentions_kirkuk_report", |b| {
        b.iter(|| {
            let ms = geocoder.mentions(&doc);
            assert_eq!(ms.len(), 23);
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
