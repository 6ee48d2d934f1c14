//! PhraseMatcher: clitic-aware, whole-token, leftmost-longest lexicon matching.

use rasd_text::{Document, PhraseMatcher};

fn lexicon() -> PhraseMatcher<u32> {
    PhraseMatcher::new(vec![
        ("الموصل".to_string(), 1),
        ("كركوك".to_string(), 2),
        ("ألبانيا".to_string(), 3),
        ("بانيا".to_string(), 4),
        ("اشتباك*".to_string(), 5),
        ("قوات الأمن".to_string(), 6),
        ("قوات".to_string(), 7),
        ("أ.ف.ب".to_string(), 8),
        ("حزب الله".to_string(), 9),
        ("كركوك".to_string(), 99), // duplicate: the first wins
        ("".to_string(), 100),     // ignored
    ])
}

/// (text, expected matches as "value|span surface|full surface|prefix")
const CASES: &[(&str, &[&str])] = &[
    ("الموصل", &["1|الموصل|الموصل|"]),
    ("بالموصل", &["1|الموصل|بالموصل|ب"]),
    ("وبالموصل", &["1|الموصل|وبالموصل|وب"]),
    ("للموصل", &["1|لموصل|للموصل|ل"]),
    ("وللموصل", &["1|لموصل|وللموصل|ول"]),
    ("الْمَوْصِل", &["1|الْمَوْصِل|الْمَوْصِل|"]),
    ("موصل", &[]),
    ("كركوك", &["2|كركوك|كركوك|"]),
    ("بكركوك", &["2|كركوك|بكركوك|ب"]),
    ("وكركوك", &["2|كركوك|وكركوك|و"]),
    ("كركوكي", &[]),
    ("ألبانيا", &["3|ألبانيا|ألبانيا|"]),
    ("البانيا", &["3|البانيا|البانيا|"]),
    ("لبانيا", &["4|بانيا|لبانيا|ل"]),
    ("الاشتباكات", &["5|الاشتباكات|الاشتباكات|"]),
    ("واشتباكات", &["5|اشتباكات|واشتباكات|و"]),
    ("للاشتباكات", &["5|لاشتباكات|للاشتباكات|ل"]),
    ("اشتباك", &["5|اشتباك|اشتباك|"]),
    ("اشتبك", &[]),
    ("وقوات الأمن", &["6|قوات الأمن|وقوات الأمن|و"]),
    ("قوات الجيش", &["7|قوات|قوات|"]),
    ("قوات. الأمن", &["7|قوات|قوات|"]),
    ("قوات\nالأمن", &["7|قوات|قوات|"]),
    ("نواكشوط ـ ا.ف.ب: قتل", &["8|ا.ف.ب|ا.ف.ب|"]),
    (
        "وقال حزب الله وحزب الله",
        &["9|حزب الله|حزب الله|", "9|حزب الله|وحزب الله|و"],
    ),
    (
        "قوات الأمن وقوات كركوك",
        &["6|قوات الأمن|قوات الأمن|", "7|قوات|وقوات|و", "2|كركوك|كركوك|"],
    ),
];

#[test]
fn phrase_matches() {
    let m = lexicon();
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let doc = Document::analyze(text);
        let got: Vec<String> = m
            .find(&doc)
            .iter()
            .map(|x| {
                format!(
                    "{}|{}|{}|{}",
                    x.value,
                    doc.slice(x.span),
                    doc.slice(x.full_span),
                    x.prefix
                )
            })
            .collect();
        if got != *expected {
            failures.push(format!("{text}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn find_in_restricts_to_the_token_range_and_reports_token_indices() {
    let m = lexicon();
    let doc = Document::analyze("كركوك وقوات الأمن كركوك");
    let all = m.find(&doc);
    assert_eq!(all.len(), 3);
    assert_eq!(all[1].tokens, 1..3);
    let some = m.find_in(&doc, 1..3);
    assert_eq!(some.len(), 1);
    assert_eq!(*some[0].value, 6);
    // a range cutting the phrase falls back to the shorter entry
    let cut = m.find_in(&doc, 1..2);
    assert_eq!(cut.iter().map(|x| *x.value).collect::<Vec<_>>(), [7]);
    assert!(m.find_in(&doc, 10..20).is_empty());
    // a range over two sentences: no match across the boundary
    let doc = Document::analyze("كركوك قوات\nالأمن كركوك");
    let got: Vec<u32> = m.find_in(&doc, 0..4).iter().map(|x| *x.value).collect();
    assert_eq!(got, [2, 7, 2]);
}

#[test]
fn kirkuk_report_places() {
    let places = PhraseMatcher::new(vec![
        ("الموصل".to_string(), "Mosul"),
        ("كركوك".to_string(), "Kirkuk"),
        ("داقوق".to_string(), "Daquq"),
        ("الدبس".to_string(), "Dibis"),
        ("الرقة".to_string(), "Raqqa"),
    ]);
    let text = "وفي تطور موازٍ، قُتلت 15 امرأة في داقوق جنوب كركوك.وأكد بلينكن أن «الرقة هي العاصمة الحقيقية لداعش» بعد طرده من الموصل و«العملية الاستشهادية» في الدبس.";
    let doc = Document::analyze(text);
    let got: Vec<&str> = places.find(&doc).iter().map(|m| *m.value).collect();
    assert_eq!(got, ["Daquq", "Kirkuk", "Raqqa", "Mosul", "Dibis"]);
}
