//! Proclitic segmentation of real words (from /work/shared/examples/kirkuk-2016-10-22.txt and
//! the OEDA dev sets): `word -> "clitic+clitic|stem"`.

use rasd_text::{segment_clitics, Document};

const CASES: &[(&str, &str)] = &[
    ("وبالموصل", "و+ب+ال|موصل"),
    ("وللموصل", "و+ل+ال|موصل"),
    ("للموصل", "ل+ال|موصل"),
    ("بكركوك", "ب|كركوك"),
    ("وكركوك", "و|كركوك"),
    ("كركوك", "|كركوك"),
    ("فللشرطة", "ف+ل+ال|شرطه"),
    ("والعاملين", "و+ال|عاملين"),
    ("بالنفط", "ب+ال|نفط"),
    ("للطاقة", "ل+ال|طاقه"),
    ("بمحطة", "ب|محطه"),
    ("ومجموعة", "و|مجموعه"),
    ("واستيقظت", "و|استيقظت"),
    ("وقالت", "و|قالت"),
    ("الموصل", "ال|موصل"),
    ("الأمن", "ال|امن"),
    ("اللبنانية", "ال|لبنانيه"),
    ("كالعادة", "ك+ال|عاده"),
    ("للمرة", "ل+ال|مره"),
    ("فقتل", "ف|قتل"),
    ("وسيقوم", "و+س|يقوم"),
    ("بثلاثة", "ب|ثلاثه"),
    ("وخمسة", "و|خمسه"),
    // words that merely begin with proclitic letters
    ("ألبانيا", "|البانيا"),
    ("بغداد", "|بغداد"),
    ("وبغداد", "و|بغداد"),
    ("لبنان", "|لبنان"),
    ("ولبنان", "و|لبنان"),
    ("الذي", "|الذي"),
    ("إلى", "|الي"),
    ("وإلى", "و|الي"),
    ("في", "|في"),
    ("وفي", "و|في"),
    ("فيها", "|فيها"),
    ("كانت", "|كانت"),
    ("وكانت", "و|كانت"),
    ("وبعدها", "و|بعدها"),
    ("بين", "|بين"),
    ("سيارة", "|سياره"),
    ("لندن", "|لندن"),
    ("وزير", "|وزير"),
    ("والوزير", "و+ال|وزير"),
    ("ألف", "|الف"),
    ("آلاف", "|الاف"),
    ("ألفين", "|الفين"),
    ("لقي", "|لقي"),
    ("ولقي", "و|لقي"),
    ("جنديين", "|جنديين"),
    ("انتحاريين", "|انتحاريين"),
    ("ولاية", "|ولايه"),
    ("واسعاً", "|واسعا"),
    ("فلسطين", "|فلسطين"),
    ("الآن", "|الان"),
    // frequent in the OEDA dev sentences
    ("بجروح", "ب|جروح"),
    ("بسبب", "ب|سبب"),
    ("لتفريق", "ل|تفريق"),
    ("بإطلاق", "ب|اطلاق"),
    ("سيكون", "س|يكون"),
    ("فإن", "ف|ان"),
    ("بوتو", "|بوتو"),
    ("كانون", "|كانون"),
    ("كابل", "|كابل"),
    ("كثيراً", "|كثيرا"),
    ("لافتات", "|لافتات"),
    ("وصولاً", "|وصولا"),
    ("فبراير", "|فبراير"),
    ("ساحة", "|ساحه"),
    ("إلغاء", "|الغاء"),
    ("الغاز", "ال|غاز"),
];

fn show(word: &str) -> String {
    let key = rasd_text::key(word);
    let seg = segment_clitics(&key);
    format!("{}|{}", seg.clitics.join("+"), &key[seg.prefix_bytes..])
}

#[test]
fn clitic_segmentation_of_real_words() {
    assert!(CASES.len() >= 30);
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|(w, expected)| {
            let got = show(w);
            (got != *expected).then(|| format!("{w}: expected {expected}, got {got}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn token_clitics_stem_and_stem_span_follow_the_original() {
    // with diacritics: the stem span covers the original chars, marks included
    let text = "وَبِالْمَوْصِلِ وللموصل";
    let doc = Document::analyze(text);
    let t = &doc.tokens[0];
    assert_eq!(t.clitics, ["و", "ب", "ال"]);
    assert_eq!(t.stem(), "موصل");
    assert_eq!(doc.slice(t.stem_span), "مَوْصِلِ");
    let t = &doc.tokens[1];
    assert_eq!(t.clitics, ["و", "ل", "ال"]);
    assert_eq!(doc.slice(t.stem_span), "موصل");
    assert_eq!(doc.slice(t.span), "وللموصل");
}

#[test]
fn a_word_is_joined_by_and_written_on_it_or_apart_before_digits() {
    use rasd_text::Joined;
    let doc = Document::analyze("قتل ضابط وثلاثة جنود وأصيب ضابط و3 جنود في الهجوم");
    let at = |word: &str| {
        (doc.tokens.iter())
            .position(|t| doc.slice(t.span) == word)
            .unwrap()
    };
    assert_eq!(doc.joined_by_and(at("وثلاثة")), Some(Joined::Written));
    assert_eq!(doc.joined_by_and(at("3")), Some(Joined::Apart));
    assert_eq!(doc.joined_by_and(at("جنود")), None);
    assert_eq!(doc.joined_by_and(0), None);
    assert_eq!(doc.joined_by_and(doc.tokens.len()), None);
}

#[test]
fn a_glued_preposition_is_told_apart_from_the_future_particle_and_the_conjunctions() {
    let doc = rasd_text::Document::analyze("وقال للتنظيم بمحافظة وسيقتل فالمسلحون كالعادة");
    let words: Vec<(&str, bool)> = (doc.tokens.iter())
        .map(|t| (doc.slice(t.span), t.has_preposition()))
        .collect();
    assert_eq!(
        words,
        [
            ("وقال", false),
            ("للتنظيم", true),
            ("بمحافظة", true),
            ("وسيقتل", false),
            ("فالمسلحون", false),
            ("كالعادة", true),
        ]
    );
    assert!(rasd_text::is_preposition("ك"));
    assert!(!rasd_text::is_preposition("س") && !rasd_text::is_preposition("ال"));
}

#[test]
fn a_word_kept_whole_as_written_is_split_when_written_otherwise() {
    // "قتل والي الموصل" (the governor: written.tsv) is one word; "وإلى جانب" and "والى" (and
    // to), of the same key, still lose their "و"
    let doc = Document::analyze("قتل والي الموصل وإلى جانبه خمسة والى الخلف");
    let t = &doc.tokens[1];
    assert!(t.clitics.is_empty(), "{:?}", t.clitics);
    assert_eq!(t.stem(), "والي");
    assert!(rasd_text::is_singular_person(t.stem()));
    for i in [3, 6] {
        let t = &doc.tokens[i];
        assert_eq!(t.clitics, ["و"], "{}", doc.slice(t.span));
        assert_eq!(t.stem(), "الي");
    }
}
