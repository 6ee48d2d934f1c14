//! The committed benchmark corpus (benches/corpus.txt, OEDA, MIT): counts pinned so that the
//! benchmark's assertion stays honest, and a smoke check of the whole layer on real text.

use rasd_text::Document;

const CORPUS: &str = include_str!("../benches/corpus.txt");

#[test]
fn corpus_counts() {
    let doc = Document::analyze(CORPUS);
    eprintln!(
        "tokens {} sentences {} numbers {}",
        doc.tokens.len(),
        doc.sentences.len(),
        doc.numbers.len()
    );
    assert_eq!(doc.tokens.len(), 40_508);
    assert_eq!(doc.sentences.len(), 1_038);
    // 998 since "ما بين نصف مليون ومليون" reads as one range (it was two figures of a million);
    // 993 since labels are no figures ("القرار 1701", "المادة 75", "رقم 111", "رقم 317", "رقم 18")
    assert_eq!(doc.numbers.len(), 993);
}
