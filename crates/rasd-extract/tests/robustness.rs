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
        static X: Extractor = Extractor::new();
    }
    let report = Report {
        id: "p".into(),
        text: text.into(),
        published: published.map(str::to_string),
        source: None,
        url: None,
    };
    let n = text.chars().count();
    X.with(|x| {
        for e in x.extract(&report).events {
            assert!(e.trigger.span[0] <= e.trigger.span[1] && e.trigger.span[1] <= n);
            assert!(e.sentence[1] <= n);
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
