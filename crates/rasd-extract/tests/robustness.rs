//! The extractor never panics: arbitrary Unicode, and real sentences shuffled and glued.

use proptest::prelude::*;
use rasd_core::Report;
use rasd_extract::Extractor;

const REAL: &[&str] = &[
    "وقتل ما لا يقل عن 28 متطوعا في الجيش العراقي وجرح 55 شخصا اخرون منتصف يوليو (تموز) الحالي",
    "في هجوم انتحاري مزدوج بحزامين ناسفين استهدفا مقرا للتطوع شرق بعقوبة، وفقا لمصادر امنية عراقية.",
    "قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي استهدف حسينية خلال مجلس عزاء في داقوق جنوب كركوك",
    "«قوات الأمن تمكنت من قتل أحد الانتحاريين داخل مقر الشرطة، في حين فجر ثلاثة آخرون أنفسهم»",
    "يوم 27 ديسمبر الماضي.",
    "ثلاثمائة وأربعة وعشرين",
    "٣٫٥ كلم ١٢٬٠٠٠",
];

fn check(text: &str, published: Option<&str>) {
    thread_local! {
        static X: Extractor = Extractor::new().with_all(true);
    }
    let report = Report {
        id: "p".into(),
        text: text.into(),
        published: published.map(str::to_string),
        source: None,
        url: None,
    };
    let n = text.chars().count();
    let chars: Vec<char> = text.chars().collect();
    // every span names exactly the words it carries
    let names = |span: [usize; 2], words: &str| {
        assert!(span[0] <= span[1] && span[1] <= n, "{span:?} out of {n}");
        let at: String = chars[span[0]..span[1]].iter().collect();
        assert_eq!(at, words, "{span:?}");
    };
    X.with(|x| {
        for e in x.extract(&report).events {
            names(e.trigger.span, &e.trigger.text);
            assert!(e.sentence[1] <= n);
            assert_eq!(e.mentions.first(), Some(&e.trigger));
            for m in e.mentions.iter().chain(&e.status_cue) {
                names(m.span, &m.text);
            }
            for c in e.fatalities.iter().chain(&e.injuries) {
                names(c.span, &c.text);
            }
            if let Some(l) = &e.location {
                names(l.span, &l.text);
            }
        }
    });
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_unicode(s in "\\PC{0,200}", zw in prop::collection::vec(prop::sample::select(vec!['\u{200d}', '\u{200f}', '\u{64b}', '\u{640}', '\r', '\n', '\0', '.', '«', '»']), 0..20)) {
        let mut t: String = s;
        for c in zw { t.push(c); t.push_str("قتل 3 في "); }
        check(&t, Some("2016-10-22"));
        check(&t, None);
    }

    #[test]
    fn never_panics_on_shuffled_real_sentences(order in prop::collection::vec(0..REAL.len(), 1..12), glue in prop::sample::select(vec!["", " ", ".", "\n", "،"])) {
        let t: Vec<&str> = order.iter().map(|&i| REAL[i]).collect();
        check(&t.join(glue), Some("2008-02-29"));
    }
}
