//! Throughput of the text layer over real Arabic news text.
//!
//! Corpus: `RASD_BENCH_CORPUS` or `benches/corpus.txt` (OEDA assault dev sentences, MIT, see
//! `benches/README.md`). Run with `cargo bench -p rasd-text`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
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
criterion_main!(benches);
