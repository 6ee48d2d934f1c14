//! Number mentions on real sentences (copied from /work/shared/examples and the OEDA
//! assault/protest dev sets). Each expected mention is written
//! `surface|min|max|qualifier|cue` (`-` for none), with ` vague` / ` dual` appended.

use rasd_text::Document;

fn mentions(text: &str) -> Vec<String> {
    let doc = Document::analyze(text);
    doc.numbers
        .iter()
        .map(|m| {
            let mut s = format!(
                "{}|{}|{}|{}|{}",
                doc.slice(m.span),
                m.min,
                m.max.map_or("-".to_string(), |v| v.to_string()),
                m.qualifier.as_str(),
                m.cue_span.map_or("-", |c| doc.slice(c)),
            );
            if m.vague {
                s.push_str(" vague");
            }
            if m.dual_noun {
                s.push_str(" dual");
            }
            s
        })
        .collect()
}

/// (sentence, expected mentions in order)
const CASES: &[(&str, &[&str])] = &[
    // kirkuk-2016-10-22
    (
        "مما أسفر عن مقتل 18 من قوات الأمن والعاملين بمحطة للطاقة خارج المدينة بينهم 4 إيرانيين.",
        &["18|18|18|exact|-", "4|4|4|exact|-"],
    ),
    (
        "قوات الأمن تمكنت من قتل أحد الانتحاريين داخل مقر الشرطة، في حين فجر ثلاثة آخرون أنفسهم",
        &["أحد|1|1|exact|-", "ثلاثة|3|3|exact|-"],
    ),
    (
        "مما أدى إلى مقتل ستة وإصابة 12 من عناصر الشرطة، إضافة إلى مقتل ما لا يقل عن 12 مسلحاً.",
        &[
            "ستة|6|6|exact|-",
            "12|12|12|exact|-",
            "12|12|-|at_least|ما لا يقل عن",
        ],
    ),
    (
        "قُتلت 15 امرأة وأصيبت 50 بجروح جراء قصف جوي",
        &["15|15|15|exact|-", "50|50|50|exact|-"],
    ),
    (
        "أن قواته تبعد نحو 7 كيلومترات عن «عمق» مدينة الموصل",
        &["7|7|-|approx|نحو"],
    ),
    (
        "أن متشددي «داعش» اقتادوا 550 عائلة من قرى حول الموصل",
        &["550|550|550|exact|-"],
    ),
    ("تهاجم كركوك من عدة محاور", &["عدة|2|-|unknown|- vague"]),
    // OEDA assault dev
    (
        "مما أدى الى مقتل عشرة اشخاص على الاقل وإصابة آخرين بجروح",
        &["عشرة|10|-|at_least|على الاقل"],
    ),
    (
        "وقتل ما لا يقل عن 28 متطوعا في الجيش العراقي وجرح 55 شخصا",
        &["28|28|-|at_least|ما لا يقل عن", "55|55|55|exact|-"],
    ),
    (
        "أن أكثر من عشرين قذيفة هاون وصاروخ انطلقت من منطقة",
        &["عشرين|20|-|at_least|أكثر من"],
    ),
    (
        "مما أدى الى إصابة جنديين بجروح",
        &["جنديين|2|2|exact|- dual"],
    ),
    // a sound plural in "-ين" that "أحدهما" shows is a dual (sample AL's a13946)
    (
        "نتجت عنه إصابة مقيمين أحدهما من الجنسية الباكستانية والآخر من الجنسية الهندية",
        &["مقيمين|2|2|exact|- dual"],
    ),
    // without it, the plural is no count
    ("نتجت عنه إصابة مقيمين من الجنسية الباكستانية", &[]),
    (
        "اعلنت مصادر امنية عراقية مقتل 15 شخصا على الاقل واصابة اكثر من عشرين اخرين بجروح",
        &["15|15|-|at_least|على الاقل", "عشرين|20|-|at_least|اكثر من"],
    ),
    (
        "وراح ضحيته أكثر من 20 جنديا، حسب الرواية الرسمية",
        &["20|20|-|at_least|أكثر من"],
    ),
    (
        "وأدت العملية الى مقتل 17 شخصا وجرح أكثر من 14 آخرين",
        &["17|17|17|exact|-", "14|14|-|at_least|أكثر من"],
    ),
    ("يقتل 60 شخصا على الأقل", &["60|60|-|at_least|على الأقل"]),
    (
        "واعلن مسؤوليته عن مقتل المئات من العراقيين",
        &["المئات|100|-|at_least|- vague"],
    ),
    (
        "الذي راح ضحيته نحو 230 ألف قتيل في إندونيسيا",
        &["230 ألف|230000|-|approx|نحو"],
    ),
    ("مما أسفر عن سقوط نحو 35 قتيلا", &["35|35|-|approx|نحو"]),
    (
        "وكانت مجموعة من حوالي ثلاثين طالبا من المسجد الاحمر",
        &["ثلاثين|30|-|approx|حوالي"],
    ),
    (
        "ادى الى مقتل 12 جنديا على الاقل وأصيب 7 وفقدنا 50 من الجنود",
        &[
            "12|12|-|at_least|على الاقل",
            "7|7|7|exact|-",
            "50|50|50|exact|-",
        ],
    ),
    (
        "اوقع بحسب الجيش اكثر من الف قتيل",
        &["الف|1000|-|at_least|اكثر من"],
    ),
    (
        "فضلا عن مقتل وإصابة العشرات.",
        &["العشرات|10|-|at_least|- vague"],
    ),
    (
        "وطلبت قوات مدافعة قوامها بين 100 و150 توجيه ضربات جوية",
        &["100 و150|100|150|range|بين"],
    ),
    (
        "اعلنت مصادر امنية مقتل شخصين على الاقل واصابة 18 اخرين بجروح",
        &["شخصين|2|-|at_least|على الاقل dual", "18|18|18|exact|-"],
    ),
    (
        "قال ضابط في الشرطة إن خمسة اشخاص على الأقل قتلوا وأصيب حوالي تسعة بجروح",
        &["خمسة|5|-|at_least|على الأقل", "تسعة|9|-|approx|حوالي"],
    ),
    (
        "وشن مقاتلو حركة طالبان حوالي مائة هجوم انتحاري",
        &["مائة|100|-|approx|حوالي"],
    ),
    ("محملة بنحو 200 طن من المتفجرات", &["200|200|-|approx|نحو"]),
    (
        "لقي سبعة أشخاص على الأقل مصرعهم وأُصيب ستة آخرون",
        &["سبعة|7|-|at_least|على الأقل", "ستة|6|6|exact|-"],
    ),
    (
        "فقد بعثوا روح التضحية في عشرات الآلاف من الفلسطينيين",
        &["عشرات الآلاف|10000|-|at_least|- vague"],
    ),
    (
        "وكان الجيش قد اعلن ان نحو 200 مسلح اسلامي ونحو 50 جنديا باكستانيا",
        &["200|200|-|approx|نحو", "50|50|-|approx|نحو"],
    ),
    (
        "كما أصيب ما لا يقل عن مائة آخرين.",
        &["مائة|100|-|at_least|ما لا يقل عن"],
    ),
    (
        "من جهة أخرى، قتل عشرة أشخاص على الأقل وأصيب أربعون آخرون",
        &["عشرة|10|-|at_least|على الأقل", "أربعون|40|40|exact|-"],
    ),
    (
        "اعلنت مصادر امنية مقتل جنديين عراقيين ومدني واصابة عشرة اشخاص",
        &["جنديين|2|2|exact|- dual", "عشرة|10|10|exact|-"],
    ),
    (
        "ان «22 شخصا على الاقل قتلوا واصيب نحو 120 اخرين بجروح",
        &["22|22|-|at_least|على الاقل", "120|120|-|approx|نحو"],
    ),
    // OEDA protest dev
    (
        "أعداد المتظاهرين بثلاثة آلاف متظاهر",
        &["ثلاثة آلاف|3000|3000|exact|-"],
    ),
    (
        "حيث تعقد القمة نحو 16 الف رجل امن",
        &["16 الف|16000|-|approx|نحو"],
    ),
    (
        "ونشرت الحكومة عشرات الآلاف من رجال الامن",
        &["عشرات الآلاف|10000|-|at_least|- vague"],
    ),
    (
        "اذ ادت الى جرح اكثر من مئتي شخص امس",
        &["مئتي|200|-|at_least|اكثر من"],
    ),
    (
        "وتجمع اكثر من مليون متظاهر امس في اسطنبول",
        &["مليون|1000000|-|at_least|اكثر من"],
    ),
    (
        "وقالت المصادر ان عدد المتظاهرين بلغ قرابة 1500 في مواجهة",
        &["1500|1500|-|approx|قرابة"],
    ),
    (
        "حيث بدأت إحدى المجموعات المشاغبة بنحو 500 متظاهر",
        &["إحدى|1|1|exact|-", "500|500|-|approx|نحو"],
    ),
    (
        "وانضم حوالى ستة آلاف مواطن مصري",
        &["ستة آلاف|6000|-|approx|حوالى"],
    ),
    (
        "فيما حاصرت الشرطة مئات المتظاهرين أمام نقابتي الصحافيين",
        &["مئات|100|-|at_least|- vague"],
    ),
    ("بمنحهم قدم استثنائي بين 3 و6 أشهر", &["3 و6|3|6|range|بين"]),
    (
        "مما أدى الى مقتل شخصين واصابة المئات.",
        &["شخصين|2|2|exact|- dual", "المئات|100|-|at_least|- vague"],
    ),
    (
        "الذي علق فيه اكثر من ثلاثة آلاف مسافر بينهم عدد من السياح",
        &[
            "ثلاثة آلاف|3000|-|at_least|اكثر من",
            "عدد من|2|-|unknown|- vague",
        ],
    ),
    ("اعتقل على اثرها 49 شخصا", &["49|49|49|exact|-"]),
    // compound number words, digits with separators, proclitics (constructed from the same
    // vocabulary)
    ("قتل مئة وخمسون شخصا", &["مئة وخمسون|150|150|exact|-"]),
    (
        "أسر ثلاثمائة وأربعة وعشرين جنديا",
        &["ثلاثمائة وأربعة وعشرين|324|324|exact|-"],
    ),
    ("جرح خمسة عشر شخصا", &["خمسة عشر|15|15|exact|-"]),
    ("قتل تسع عشرة امرأة", &["تسع عشرة|19|19|exact|-"]),
    ("اعتقل ثلاث مئة متظاهر", &["ثلاث مئة|300|300|exact|-"]),
    (
        "شارك ألفان وخمسمائة متظاهر",
        &["ألفان وخمسمائة|2500|2500|exact|-"],
    ),
    ("قتل وخمسة آخرون", &["خمسة|5|5|exact|-"]),
    (
        "نزح ١٬٢٠٠ شخص و٣٫٥ مليون لاجئ",
        &[
            "١٬٢٠٠|1200|1200|exact|-",
            "٣٫٥ مليون|3500000|3500000|exact|-",
        ],
    ),
    ("قتل 1,500 شخص", &["1,500|1500|1500|exact|-"]),
    ("اصيب بضعة اشخاص", &["بضعة|2|-|unknown|- vague"]),
    ("قتل شرطيين اثنين", &["اثنين|2|2|exact|-"]),
    (
        "خلف الهجوم قتيلين وعشرة جرحى",
        &["قتيلين|2|2|exact|- dual", "عشرة|10|10|exact|-"],
    ),
    (
        "قتل شرطيان وجرح ضابطين",
        &["شرطيان|2|2|exact|- dual", "ضابطين|2|2|exact|- dual"],
    ),
    (
        "قتل عشرات المدنيين والمسلحين والصحفيين",
        &["عشرات|10|-|at_least|- vague"],
    ),
    ("قتل مدنيين ومسلحين وصحفيين", &[]),
    (
        "وقتل الشرطيين ولجنديين",
        &["شرطيين|2|2|exact|- dual", "جنديين|2|2|exact|- dual"],
    ),
    ("قتل 20 شخصا تقريبا", &["20|20|-|approx|تقريبا"]),
    ("جرح أقل من 10 أشخاص", &["10|10|10|at_most|أقل من"]),
    ("ما بين 12 إلى 16 قتيلا", &["12 إلى 16|12|16|range|بين"]),
    ("قتل بين ثلاثة وخمسة اشخاص", &["ثلاثة وخمسة|3|5|range|بين"]),
    ("جرح من 10 الى 15 شخصا", &["10 الى 15|10|15|range|من"]),
    ("اصيب من 10-15 شخصا", &["10-15|10|15|range|من"]),
    (
        "في 22-10-2016 قتل 5",
        &[
            "22|22|22|exact|-",
            "10|10|10|exact|-",
            "2016|2016|2016|exact|-",
            "5|5|5|exact|-",
        ],
    ),
    ("في يوم الأحد قتل أحد الجنود", &["أحد|1|1|exact|-"]),
    ("أصيب 5 في المائة من السكان", &["5|5|5|exact|-"]),
    // gold/assault.dev.events.jsonl
    (
        "ادى الى مقتل 15 شخصا في الأقل",
        &["15|15|-|at_least|في الأقل"],
    ),
    (
        "ما ادى الى مقتل مدنيين اثنين وتدمير عدة منازل.",
        &["اثنين|2|2|exact|-", "عدة|2|-|unknown|- vague"],
    ),
    (
        "ان عدد المتظاهرين ناهز المائة ألف",
        &["المائة ألف|100000|-|approx|ناهز"],
    ),
    (
        "قتل ما لا تقل عن 30 امرأة",
        &["30|30|-|at_least|ما لا تقل عن"],
    ),
    ("ولا احد يعرف متى ستأتي", &[]),
    (
        "وجود معلومات استخباراتية تفيد بانه احد القادة البارزين",
        &["احد|1|1|exact|-"],
    ),
    // ordinals are no counts (OEDA assault dev)
    ("واستهدف رموز وقادة تيار «الرابع عشر من آذار».", &[]),
    ("لدى خطفهم في التاسع عشر من يوليو", &[]),
    // the article on units, decimal comma
    (
        "الذي لم يتجاوز الخمسة عشر وزيرا وخمسة وزراء دولة",
        &["الخمسة عشر|15|15|at_most|لم يتجاوز", "خمسة|5|5|exact|-"],
    ),
    (
        "كان في حاجة إلى الخمسة والعشرين مليون دولار",
        &["الخمسة والعشرين مليون|25000000|25000000|exact|-"],
    ),
    (
        "يكونون فيها في حاجة لخمسة وعشرين مليون دولار",
        &["خمسة وعشرين مليون|25000000|25000000|exact|-"],
    ),
    (
        "بعقد يمتد لأربع سنوات بمرتب 3,75 مليون يورو للموسم",
        &["أربع|4|4|exact|-", "3,75 مليون|3750000|3750000|exact|-"],
    ),
    (
        "أن الخطة تمثلت في دفع 70 مليون نايرا (545 الف دولار)",
        &[
            "70 مليون|70000000|70000000|exact|-",
            "545 الف|545000|545000|exact|-",
        ],
    ),
];

#[test]
fn number_mentions_on_real_sentences() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (text, expected) in CASES {
        count += expected.len();
        let got = mentions(text);
        if got != *expected {
            failures.push(format!(
                "{text}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(count >= 40, "only {count} number expressions");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn number_span_excludes_proclitic_and_token_range_is_right() {
    let doc = Document::analyze("قتل وبثلاثة آلاف");
    let m = &doc.numbers[0];
    assert_eq!(doc.slice(m.span), "ثلاثة آلاف");
    assert_eq!(m.tokens, 1..3);
    assert_eq!(m.min, 3000);
}

#[test]
fn numbers_in_returns_only_mentions_inside_the_span() {
    let doc = Document::analyze("قتل 3 اشخاص. وجرح 5 آخرون.");
    let s1 = doc.sentences[1].span;
    let got: Vec<u64> = doc.numbers_in(s1).map(|m| m.min).collect();
    assert_eq!(got, vec![5]);
    let all: Vec<u64> = doc
        .numbers_in(rasd_text::Span::new(0, 1000))
        .map(|m| m.min)
        .collect();
    assert_eq!(all, vec![3, 5]);
}

#[test]
fn singular_person_nouns_are_known_from_the_duals_table() {
    assert!(rasd_text::is_singular_person(&rasd_text::key("شرطي")));
    assert!(rasd_text::is_singular_person(&rasd_text::key("جندي")));
    assert!(!rasd_text::is_singular_person(&rasd_text::key("مدنيين")));
    // the accusative keeps its alif: "وطفلا"
    assert!(rasd_text::is_singular_person(&rasd_text::key("طفلا")));
    assert!(rasd_text::is_singular_person(&rasd_text::key("مهندس")));
    assert!(!rasd_text::is_singular_person(&rasd_text::key("سيارة")));
    // with a possessive pronoun, and the feminine's "ت" before it
    assert!(rasd_text::is_singular_person(&rasd_text::key("سائقها")));
    assert!(rasd_text::is_singular_person(&rasd_text::key("طفلته")));
    assert!(!rasd_text::is_singular_person(&rasd_text::key("عسكرية")));
    assert!(!rasd_text::is_singular_person(&rasd_text::key("أطفالهم")));
}

/// Like [`mentions`], with ` date` and ` decimal` appended for those flags.
fn readings(text: &str) -> Vec<String> {
    let doc = Document::analyze(text);
    mentions(text)
        .into_iter()
        .zip(&doc.numbers)
        .map(|(mut s, m)| {
            if m.date {
                s.push_str(" date");
            }
            if m.decimal {
                s.push_str(" decimal");
            }
            s
        })
        .collect()
}

/// Runs `(sentence, expected readings)` cases written for rasd (not from a corpus).
fn check(cases: &[(&str, &[&str])]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, expected)| {
            let got = readings(text);
            (got != *expected)
                .then(|| format!("{text}\n  expected {expected:?}\n  got      {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn years_and_written_dates_are_figures_of_time() {
    check(&[
        // a year by the word before it, with proclitics and the article
        (
            "ولد الشاعر في عام 1352 وتوفي في العام 1410",
            &["1352|1352|1352|exact|- date", "1410|1410|1410|exact|- date"],
        ),
        ("وعام 1975 شهد حربا طويلة", &["1975|1975|1975|exact|- date"]),
        // or by م/هـ after it, glued or spaced
        ("توفي الفقيه 540هـ في بغداد", &["540|540|540|exact|- date"]),
        (
            "وبني المسجد 1187 م على يد الوالي",
            &["1187|1187|1187|exact|- date"],
        ),
        // a figure joined to a year is a year, a count after them is not
        (
            "في عامي 1998 و1999 قتل 40 شخصا",
            &[
                "1998|1998|1998|exact|- date",
                "1999|1999|1999|exact|- date",
                "40|40|40|exact|-",
            ],
        ),
        (
            "عاش الرحالة (1210 - 1250هـ) في الحجاز",
            &["1210|1210|1210|exact|- date", "1250|1250|1250|exact|- date"],
        ),
        // digit groups glued by "/"
        (
            "صدر القرار بتاريخ 5/11/1435 وأصيب 3 حراس",
            &[
                "5|5|5|exact|- date",
                "11|11|11|exact|- date",
                "1435|1435|1435|exact|- date",
                "3|3|3|exact|-",
            ],
        ),
        (
            "في 1436/3/12 قتل 7 رعاة",
            &[
                "1436|1436|1436|exact|- date",
                "3|3|3|exact|- date",
                "12|12|12|exact|- date",
                "7|7|7|exact|-",
            ],
        ),
        // glued by a dash, three groups with a year of four digits; a score is figures
        (
            "في 04-08-2015 فاز الفريق 3-1",
            &[
                "04|4|4|exact|- date",
                "08|8|8|exact|- date",
                "2015|2015|2015|exact|- date",
                "3|3|3|exact|-",
                "1|1|1|exact|-",
            ],
        ),
        // spaces around the separator, as news sites often write them
        (
            "وفي يوم 21 / 9 / 2015 أصيب 4 عمال",
            &[
                "21|21|21|exact|- date",
                "9|9|9|exact|- date",
                "2015|2015|2015|exact|- date",
                "4|4|4|exact|-",
            ],
        ),
        // days glued by dashes before the month ("9-10-11 / 10 / 1436"): the last day opens the
        // date (and the day joined to it is one of its days); the count is no day
        (
            "تلقت الهيئة 46 بلاغا في الفترة ما بين 9-10-11 / 10 / 1436 وذلك",
            &[
                "46|46|46|exact|-",
                "9|9|9|exact|-",
                "10|10|10|exact|- date",
                "11|11|11|exact|- date",
                "10|10|10|exact|- date",
                "1436|1436|1436|exact|- date",
            ],
        ),
        // a bare figure stays a figure
        ("قتل 1200 شخص في المعارك", &["1200|1200|1200|exact|-"]),
        // a figure that labels a unit, a resolution or an article is no figure
        (
            "قتل خمسة من أفراد الفرقة 30 واللواء 35 بعد صدور القرار 2216",
            &["خمسة|5|5|exact|-"],
        ),
    ]);
}

#[test]
fn reversed_digit_groups_around_ra_are_decimals_or_thousands() {
    check(&[
        (
            "نزح 5ر2 مليون شخص",
            &["5ر2 مليون|2500000|2500000|exact|- decimal"],
        ),
        // (a figure alone in parentheses covers them)
        ("شارك (000ر35) متطوع", &["(000ر35)|35000|35000|exact|-"]),
        (
            "يسكنها 000ر000ر2 نسمة",
            &["000ر000ر2|2000000|2000000|exact|-"],
        ),
        ("ارتفعت الحرارة 75ر0 درجة", &["75ر0|0|1|range|- decimal"]),
        // the other decimal marks
        (
            "نزح 1,5 مليون ثم 2.5 مليون",
            &[
                "1,5 مليون|1500000|1500000|exact|- decimal",
                "2.5 مليون|2500000|2500000|exact|- decimal",
            ],
        ),
    ]);
}

#[test]
fn figures_beyond_twelve_digits_are_no_mentions() {
    check(&[
        ("قتل 12345678901234567 شخصا", &[]),
        ("رصدت 900000000 مليار دولار", &[]),
        (
            "بلغ الدين 999999999999 دينار",
            &["999999999999|999999999999|999999999999|exact|-"],
        ),
    ]);
}

#[test]
fn feminine_one_after_a_noun_is_an_adjective() {
    check(&[
        ("أصيب سبعة أشخاص من قبيلة واحدة", &["سبعة|7|7|exact|-"]),
        ("وصلت المساعدات دفعة واحدة", &[]),
        // after a counted noun it is its count
        ("سجلت إصابة واحدة في المدينة", &["واحدة|1|1|exact|-"]),
        ("قتلت امرأة واحدة", &["واحدة|1|1|exact|-"]),
        // after a verb it is the count
        ("قتل واحد منهم", &["واحد|1|1|exact|-"]),
        ("أصيبت واحدة من الرهائن", &["واحدة|1|1|exact|-"]),
    ]);
}

#[test]
fn two_figures_joined_by_or_and_a_shared_scale_make_a_range() {
    check(&[
        ("قتل ما بين 12 و18 مدنيا", &["12 و18|12|18|range|بين"]),
        ("جرح بين 40 أو 50 شخصا", &["40 أو 50|40|50|range|بين"]),
        ("سقط 6 أو 7 قتلى", &["6 أو 7|6|7|range|-"]),
        (
            "شرد بين 20 و30 ألفا",
            &["20 و30 ألفا|20000|30000|range|بين"],
        ),
    ]);
}

#[test]
fn a_fraction_of_a_scale_is_exact_and_makes_a_range() {
    check(&[
        (
            "قتل ما بين نصف مليون ومليون شخص",
            &["نصف مليون ومليون|500000|1000000|range|بين"],
        ),
        ("فر نحو ربع مليون شخص", &["ربع مليون|250000|-|approx|نحو"]),
    ]);
}

#[test]
fn casualty_duals_count_two_but_are_no_persons() {
    check(&[(
        "تم تسجيل إصابتين ووقعت وفاتان",
        &["إصابتين|2|2|exact|- dual", "وفاتان|2|2|exact|- dual"],
    )]);
    // their singulars are no persons: "مقتل وإصابة 5" counts nobody for وإصابة
    assert!(!rasd_text::is_singular_person(&rasd_text::key("إصابة")));
    assert!(!rasd_text::is_singular_person(&rasd_text::key("وفاة")));
}

#[test]
fn one_and_two_with_the_article_count_only_before_ten() {
    // "الأحد عشر" and "الاثني عشر" are eleven and twelve (sentences written for this test)
    assert_eq!(
        mentions("قتل الأحد عشر جنديا في الهجوم."),
        ["الأحد عشر|11|11|exact|-"]
    );
    assert_eq!(
        mentions("وأصيب الاثنا عشر راكبا بجروح."),
        ["الاثنا عشر|12|12|exact|-"]
    );
    // alone they are Sunday and Monday (or "the two"), no count
    assert!(mentions("وقع الانفجار يوم الأحد.").is_empty());
    assert!(mentions("عقد الاجتماع يوم الاثنين.").is_empty());
}

#[test]
fn a_figure_in_parentheses_covers_them_and_is_not_told_twice() {
    // official statements write figures in parentheses, often followed by the words again
    let doc = Document::analyze("وأسفر الانفجار عن استشهاد (9) تسعة وإصابة ( 27 ) من العمال.");
    let got: Vec<(String, u64, usize)> = doc
        .numbers
        .iter()
        .map(|m| (doc.slice(m.span).to_string(), m.min, m.tokens.len()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("(9) تسعة".to_string(), 9, 4),
            ("( 27 )".to_string(), 27, 3)
        ],
        "{got:?}"
    );
    // two different figures side by side stay two
    let doc = Document::analyze("بلغ عدد المصابين (12) 7 منهم في حالة خطرة.");
    assert_eq!(doc.numbers.len(), 2, "{:?}", doc.numbers);
}
