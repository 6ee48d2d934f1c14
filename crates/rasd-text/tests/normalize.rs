//! The matching key and its offset map; read_text_file errors.

use rasd_text::{key, normalize_key, read_text_file, Document, Span, TextError, TokenKind};

const KEYS: &[(&str, &str)] = &[
    ("أحمد", "احمد"),
    ("إسرائيل", "اسرائيل"),
    ("آلاف", "الاف"),
    ("ٱلله", "الله"),
    ("مصطفى", "مصطفي"),
    ("مدينة", "مدينه"),
    ("مسؤول", "مسؤول"), // ؤ kept
    ("هيئة", "هيئه"),
    ("مُسَلَّحًا", "مسلحا"),
    ("هجومـــاً", "هجوما"),
    ("ذٰلك", "ذلك"),
    ("٢٠١٦", "2016"),
    ("۱۲۳", "123"),
    ("١٬٠٠٠", "1,000"),
    ("٣٫٥", "3.5"),
    ("كر\u{200c}كوك", "كركوك"),
    ("\u{200f}الموصل\u{200e}", "الموصل"),
    ("\u{feff}بغداد", "بغداد"),
    ("ISIS", "isis"),
    ("،؛؟«»", "،؛؟«»"),
];

#[test]
fn matching_keys() {
    for &(surface, expected) in KEYS {
        assert_eq!(key(surface), expected, "{surface}");
        assert_eq!(normalize_key(surface).key, expected, "{surface}");
        assert_eq!(key(expected), expected, "idempotent on {surface}");
    }
}

#[test]
fn offset_map_points_into_the_original() {
    let s = "وَالمُسَلَّحِينَ قتلوا";
    let n = normalize_key(s);
    assert_eq!(n.key, "والمسلحين قتلوا");
    // key chars 3..9 = "مسلحين" -> original "مُسَلَّحِينَ" (marks after the last letter included)
    let sp = n.orig_span(3, 9);
    assert_eq!(sp.slice(s), "مُسَلَّحِينَ");
    assert_eq!(n.orig_span(10, 15).slice(s), "قتلوا");
    // clamps, never panics
    assert_eq!(n.orig_span(100, 200), Span::new(n.orig_len(), n.orig_len()));
    assert_eq!(n.orig_span(5, 2).len(), 0);
}

#[test]
fn slice_is_clamped() {
    let doc = Document::analyze("قتل 3");
    assert_eq!(doc.slice(Span::new(0, 3)), "قتل");
    assert_eq!(doc.slice(Span::new(4, 99)), "3");
    assert_eq!(doc.slice(Span::new(99, 100)), "");
    assert_eq!(doc.slice(Span::new(3, 1)), "");
}

#[test]
fn token_kinds() {
    let doc = Document::analyze("قتل 1,500 شخص، «داعش» ؟ ـ ٣٫٥ $");
    let kinds: Vec<(String, TokenKind)> = doc
        .tokens
        .iter()
        .map(|t| (doc.slice(t.span).to_string(), t.kind))
        .collect();
    let expected = [
        ("قتل", TokenKind::Word),
        ("1,500", TokenKind::Number),
        ("شخص", TokenKind::Word),
        ("،", TokenKind::Punct),
        ("«", TokenKind::Quote),
        ("داعش", TokenKind::Word),
        ("»", TokenKind::Quote),
        ("؟", TokenKind::Punct),
        ("ـ", TokenKind::Punct),
        ("٣٫٥", TokenKind::Number),
        ("$", TokenKind::Punct),
    ];
    let expected: Vec<(String, TokenKind)> =
        expected.iter().map(|(s, k)| (s.to_string(), *k)).collect();
    assert_eq!(kinds, expected);
    assert_eq!(doc.tokens[9].key, "3.5");
}

#[test]
fn read_text_file_reports_path_and_byte_offset() {
    let dir = std::env::temp_dir().join(format!("rasd-text-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "قتل 3").unwrap();
    assert_eq!(read_text_file(&good).unwrap(), "قتل 3");
    let bad = dir.join("bad.txt");
    let mut bytes = "قتل".as_bytes().to_vec();
    bytes.push(0xff);
    std::fs::write(&bad, &bytes).unwrap();
    match read_text_file(&bad) {
        Err(TextError::Utf8 { path, offset }) => {
            assert_eq!(path, bad);
            assert_eq!(offset, 6);
        }
        other => panic!("{other:?}"),
    }
    let err = read_text_file(dir.join("missing.txt")).unwrap_err();
    assert!(err.to_string().contains("missing.txt"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
