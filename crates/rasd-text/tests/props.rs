//! Property tests: spans point at the surface text, keys are idempotent, nothing panics.

use proptest::prelude::*;
use rasd_text::{key, normalize_key, token_keys, Document, PhraseMatcher};

/// Arbitrary text mixing Arabic letters, marks, digits, punctuation, quotes, controls, bidi
/// and zero-width chars, CRLF, NUL, and any Unicode.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("و".to_string()),
        Just("ال".to_string()),
        Just("لل".to_string()),
        Just("بالموصل".to_string()),
        Just("ثلاثة".to_string()),
        Just("آلاف".to_string()),
        Just("عشرات".to_string()),
        Just("شرطيين".to_string()),
        Just("على الأقل".to_string()),
        Just("ما لا يقل عن".to_string()),
        Just("بين".to_string()),
        Just("١٬٠٠٠".to_string()),
        Just("3.5".to_string()),
        Just("٫".to_string()),
        Just("أ.ف.ب".to_string()),
        Just(".".to_string()),
        Just("...".to_string()),
        Just("؟".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("\"".to_string()),
        Just("*".to_string()),
        Just("ـ".to_string()),
        Just("\u{064e}".to_string()),
        Just("\u{0670}".to_string()),
        Just("\u{0301}".to_string()),
        Just("\u{200c}".to_string()),
        Just("\u{200d}".to_string()),
        Just("\u{200e}".to_string()),
        Just("\u{200f}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\0".to_string()),
        Just(" ".to_string()),
        "[0-9٠-٩]{1,4}",
        "[ء-ي]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let doc = Document::analyze(text);
    let chars: Vec<char> = text.chars().collect();
    let surface = |s: rasd_text::Span| -> String {
        assert!(s.start <= s.end && s.end <= chars.len(), "{s:?}");
        chars[s.start..s.end].iter().collect()
    };
    for t in &doc.tokens {
        assert_eq!(doc.slice(t.span), surface(t.span));
        assert!(!t.span.is_empty());
        assert!(t.span.contains(t.stem_span));
        assert_eq!(key(doc.slice(t.span)), {
            let k = key(&surface(t.span));
            if k.is_empty() {
                k
            } else {
                t.key.clone()
            }
        });
        assert!(t.key.ends_with(t.stem()));
    }
    for w in doc.tokens.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    let mut covered = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        assert_eq!(doc.slice(s.span), surface(s.span));
        assert_eq!(s.tokens.start, covered);
        covered = s.tokens.end;
        assert!(!s.tokens.is_empty());
        assert_eq!(doc.sentence_at(s.span.start), Some(i));
    }
    assert_eq!(covered, doc.tokens.len());
    for m in &doc.numbers {
        assert_eq!(doc.slice(m.span), surface(m.span));
        if let Some(c) = m.cue_span {
            assert_eq!(doc.slice(c), surface(c));
        }
        assert!(m.tokens.end <= doc.tokens.len() && m.tokens.start < m.tokens.end);
        if let Some(max) = m.max {
            assert!(max >= m.min);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_surfaces_on_texty_input(text in texty()) {
        check(&text);
    }

    #[test]
    fn spans_are_surfaces_on_any_unicode(text in "\\PC{0,80}") {
        check(&text);
    }

    #[test]
    fn key_is_idempotent(text in texty()) {
        let k = normalize_key(&text).key;
        prop_assert_eq!(normalize_key(&k).key, k.clone());
        prop_assert_eq!(key(&text), k);
    }

    #[test]
    fn key_any_unicode_idempotent_and_map_consistent(text in any::<String>()) {
        let n = normalize_key(&text);
        prop_assert_eq!(key(&n.key), n.key.clone());
        let chars: Vec<char> = text.chars().collect();
        for i in 0..n.key_len() {
            let sp = n.orig_span(i, i + 1);
            prop_assert!(sp.start < sp.end && sp.end <= chars.len());
            // the first original char of the span folds to the key char (or, a ligature, to
            // key chars among which it is)
            let kc = n.key.chars().nth(i).unwrap();
            prop_assert!(key(&chars[sp.start].to_string()).contains(kc));
        }
    }

    /// A lexicon phrase is keyed without the whole analysis: the keys are the analysed
    /// tokens' keys, over several lines and whatever the chars.
    #[test]
    fn token_keys_are_the_analysed_tokens_keys(text in texty(), other in "\\PC{0,80}") {
        for text in [text.as_str(), other.as_str()] {
            let doc = Document::analyze(text);
            let keys: Vec<String> = doc.tokens.into_iter().map(|t| t.key).collect();
            prop_assert_eq!(token_keys(text), keys);
        }
    }

    #[test]
    fn matcher_never_panics_and_spans_are_inside(text in texty(), words in prop::collection::vec("[ء-ي]{1,5}\\*?", 0..8)) {
        let doc = Document::analyze(&text);
        let m = PhraseMatcher::new(words.into_iter().enumerate().map(|(i, w)| (w, i)).collect());
        for x in m.find(&doc) {
            prop_assert!(x.full_span.contains(x.span));
            prop_assert_eq!(doc.slice(x.full_span).chars().count(), x.full_span.len());
            prop_assert!(x.tokens.end <= doc.tokens.len());
        }
    }
}

#[test]
fn regression_inputs_do_not_panic() {
    for t in [
        "",
        "\u{064e}",
        "\u{064e}\u{064e} \u{0670}",
        "ـ",
        "ـــ 20:",
        "\r\n\r\n",
        "\0\0",
        "«",
        "»»»",
        "...",
        "و",
        "لل",
        "3.",
        "1,00",
        "99999999999999999999999999",
        "99999999999999999999999999 مليار",
        "عشرات الملايين",
        "بين 5 و",
        "قتل 5 شخص على",
        "\u{200f}\u{200e}\u{200d}",
    ] {
        check(t);
    }
}

/// Pathological inputs stay linear (each of these is 100k+ chars).
#[test]
fn pathological_inputs_are_fast() {
    let started = std::time::Instant::now();
    for piece in [
        "! ",
        "« ",
        "» ",
        "\" ",
        "ـ ",
        "\u{064e}",
        "\u{200c}",
        ". ",
        "(...) ",
        "أ.",
        "1,",
        "و ",
        "عشرات ",
        "بين 1 و",
        "* ",
        "\n",
    ] {
        let text = piece.repeat(100_000 / piece.chars().count().max(1));
        let doc = Document::analyze(&text);
        assert!(doc.sentences.len() <= doc.tokens.len());
        let m = PhraseMatcher::new(vec![("عشرات".to_string(), 1), ("و*".to_string(), 2)]);
        let _ = m.find(&doc);
    }
    // generous for debug builds on a shared machine; quadratic behaviour takes minutes
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}
