//! Throughput of the text layer over real Arabic news text.
//!
//! Corpus: `RASD_BENCH_CORPUS` or `benches/corpus.txt` (OEDA assault dev sentences, MIT, see
//! `benches/README.md`). Run with `cargo bench -p rasd-text`.

use criterion::{black_box, criterion_group, Criterion, Throughput};
use rasd_text::{normalize_key, Document, PhraseMatcher};

/// Tokens of the committed corpus (also pinned by `tests/corpus.rs`).
const CORPUS_TOKENS: usize = 40_508;

fn corpus() -> (String, bool) {
    match std::env::var_os("RASD_BENCH_CORPUS") {
        Some(p) => (
            rasd_text::read_text_file(&p).unwrap_or_else(|e| panic!("RASD_BENCH_CORPUS: {e}")),
            false,
        ),
        None => {
            let p = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/corpus.txt");
            (
                rasd_text::read_text_file(p).expect("benches/corpus.txt"),
                true,
            )
        }
    }
}

fn bench(c: &mut Criterion) {
    let (text, default) = corpus();
    let doc = Document::analyze(&text);
    if default {
        assert_eq!(
            doc.tokens.len(),
            CORPUS_TOKENS,
            "token count of benches/corpus.txt"
        );
    } else {
        assert!(!doc.tokens.is_empty());
    }
    eprintln!(
        "corpus: {} bytes, {} chars, {} tokens, {} sentences, {} numbers",
        text.len(),
        doc.char_len(),
        doc.tokens.len(),
        doc.sentences.len(),
        doc.numbers.len()
    );
    let places = PhraseMatcher::new(
        [
            "العراق",
            "بغداد",
            "الموصل",
            "كركوك",
            "باكستان",
            "أفغانستان",
            "اشتباك*",
            "قوات الأمن",
        ]
        .iter()
        .enumerate()
        .map(|(i, p)| (p.to_string(), i))
        .collect(),
    );
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("key_with_offset_map", |b| {
        b.iter(|| {
            let n = normalize_key(black_box(&text));
            assert!(n.key_len() > 0);
            n
        })
    });
    g.bench_function("whole_layer", |b| {
        b.iter(|| {
            let d = Document::analyze(black_box(&text));
            assert_eq!(d.tokens.len(), doc.tokens.len());
            d
        })
    });
    g.bench_function("phrase_matcher_find", |b| {
        b.iter(|| places.find(black_box(&doc)).len())
    });
    g.finish();
}

criterion_group!(benches, bench);

/// `RASD_BENCH_ITERS=N RASD_BENCH_ONLY=key|layer|matcher`: run one routine N times without
/// criterion and print the wall time, so that `perf stat -e task-clock` can give the CPU time
/// per byte on a machine shared with other jobs (see BENCHMARKS.md).
fn fixed_iterations(n: usize) {
    let (text, _) = corpus();
    let only = std::env::var("RASD_BENCH_ONLY").unwrap_or_else(|_| "layer".into());
    let doc = Document::analyze(&text);
    let places = PhraseMatcher::new(vec![("الموصل".to_string(), 0), ("اشتباك*".to_string(), 1)]);
    let started = std::time::Instant::now();
    let mut sink = 0usize;
    for _ in 0..n {
        sink += match only.as_str() {
            "key" => normalize_key(black_box(&text)).key_len(),
            "matcher" => places.find(black_box(&doc)).len(),
            _ => Document::analyze(black_box(&text)).tokens.len(),
        };
    }
    let secs = started.elapsed().as_secs_f64();
    let mb = (text.len() * n) as f64 / 1e6;
    println!(
        "{only}: {n} x {} bytes in {secs:.3} s wall = {:.1} MB/s wall (sink {sink})",
        text.len(),
        mb / secs
    );
}

fn main() {
    if let Some(n) = std::env::var("RASD_BENCH_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        fixed_iterations(n);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
