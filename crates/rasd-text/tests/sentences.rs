//! Sentence boundaries on real text (copied from /work/shared/examples/kirkuk-2016-10-22.txt
//! and the OEDA assault/protest dev sets): each case lists the expected sentences.

use rasd_text::Document;

fn sentences(text: &str) -> Vec<&str> {
    let doc = Document::analyze(text);
    let spans: Vec<_> = doc.sentences.iter().map(|s| s.span).collect();
    // borrow from `text` through the doc's char spans
    spans
        .into_iter()
        .map(|sp| {
            let s = doc.slice(sp);
            let b = text.find(s).unwrap_or(0);
            &text[b..b + s.len()]
        })
        .collect()
}

const CASES: &[(&str, &[&str])] = &[
    // 1. missing space after the full stop (kirkuk)
    ("بينهم 4 إيرانيين.واستيقظت كركوك فجر أمس",
     &["بينهم 4 إيرانيين.", "واستيقظت كركوك فجر أمس"]),
    // 2.
    ("إضافة إلى مقتل ما لا يقل عن 12 مسلحاً.وفي ظل تحصن الخلايا النائمة",
     &["إضافة إلى مقتل ما لا يقل عن 12 مسلحاً.", "وفي ظل تحصن الخلايا النائمة"]),
    // 3. a guillemet quote closing the sentence, then a newline
    ("وأحكمت السيطرة على نحو نصف المدينة».\nوفي تطور موازٍ، قُتلت 15 امرأة",
     &["وأحكمت السيطرة على نحو نصف المدينة».", "وفي تطور موازٍ، قُتلت 15 امرأة"]),
    // 4. an ellipsis inside a quotation does not split
    ("وقال متحدث باسمه لصحيفة «ديلي نيوز»: «لا يمكننا حتى ان نفكر في قتل اشخاص ابرياء... جهادنا لا يستهدف الا الولايات المتحدة وحلفائها».",
     &["وقال متحدث باسمه لصحيفة «ديلي نيوز»: «لا يمكننا حتى ان نفكر في قتل اشخاص ابرياء... جهادنا لا يستهدف الا الولايات المتحدة وحلفائها»."]),
    // 5.
    ("وقال: «الشرطة تطلق الرصاص على المدنيين الابرياء من دون تمييز... الحكومة حولت هذا البلد الى ميدان قتل للابرياء».",
     &["وقال: «الشرطة تطلق الرصاص على المدنيين الابرياء من دون تمييز... الحكومة حولت هذا البلد الى ميدان قتل للابرياء»."]),
    // 6. a full stop inside a quotation, then the sentence goes on
    ("وردد المتظاهرون الشباب «سنبقى هنا. سنبقى هنا» امام المقر.",
     &["وردد المتظاهرون الشباب «سنبقى هنا. سنبقى هنا» امام المقر."]),
    // 7. dotted abbreviation inside a quote
    ("جاء في بيان: «لم نجد أي دليل يفيد بأن «سي.آي.ايه» قد استخدمت المطارات البريطانية».",
     &["جاء في بيان: «لم نجد أي دليل يفيد بأن «سي.آي.ايه» قد استخدمت المطارات البريطانية»."]),
    // 8. agency abbreviations with dots
    ("نواكشوط ـ ا.ف.ب: قتل متظاهر وجرح اثنان آخران أمس في موريتانيا.",
     &["نواكشوط ـ ا.ف.ب: قتل متظاهر وجرح اثنان آخران أمس في موريتانيا."]),
    // 9.
    ("واشنطن ـ أ.ف.ب: ادلت امرأة اميركية تبلغ الثالثة والعشرين بشهادتها امام الكونغرس.",
     &["واشنطن ـ أ.ف.ب: ادلت امرأة اميركية تبلغ الثالثة والعشرين بشهادتها امام الكونغرس."]),
    // 10. with spaces and dots
    ("رام الله ـ أ. ف. ب: أصيب ثمانية متظاهرين.", &["رام الله ـ أ. ف. ب: أصيب ثمانية متظاهرين."]),
    // 11. without dots
    ("بيروت ـ ا ف ب: يشكل اغتيال العميد فرنسوا الحاج الاعتداء الاخير.",
     &["بيروت ـ ا ف ب: يشكل اغتيال العميد فرنسوا الحاج الاعتداء الاخير."]),
    // 12. decimals
    ("أتمت صفقة بقيمة 2.1 مليار دولار مع شركة «ريلايانس» الهندية للترفيه.",
     &["أتمت صفقة بقيمة 2.1 مليار دولار مع شركة «ريلايانس» الهندية للترفيه."]),
    // 13. Arabic decimal separator
    ("بلغ التداول ٢١٢٫٩ مليون درهم.", &["بلغ التداول ٢١٢٫٩ مليون درهم."]),
    // 14. a bullet inside the line starts a new item
    ("الجيش التركي يضرب مسلحين في شمال العراق  * أنقرة ـ رويترز: قال الجيش التركي في بيان.",
     &["الجيش التركي يضرب مسلحين في شمال العراق", "* أنقرة ـ رويترز: قال الجيش التركي في بيان."]),
    // 15. a bullet at the start of the text
    ("* هل تستخدم في اجهزتكم الامنية اية وسائل تعذيب لانتزاع الاعترافات من المعتقلين؟",
     &["* هل تستخدم في اجهزتكم الامنية اية وسائل تعذيب لانتزاع الاعترافات من المعتقلين؟"]),
    // 16. "ـ 20:" list items
    ("ـ 19: هجوم في كابول ـ 20: تفجير انتحاري في فندق ماريوت بإسلام أباد، بباكستان، يقتل 60 شخصا على الأقل.",
     &["ـ 19: هجوم في كابول", "ـ 20: تفجير انتحاري في فندق ماريوت بإسلام أباد، بباكستان، يقتل 60 شخصا على الأقل."]),
    // 17. an omission mark "(...)" is not an end
    ("وكانت هناك دبابات اميركية من قوات المارينز (...)، حاولنا تسلق قاعدة وضع عليها تمثال صدام.",
     &["وكانت هناك دبابات اميركية من قوات المارينز (...)، حاولنا تسلق قاعدة وضع عليها تمثال صدام."]),
    // 18. Arabic question mark
    ("هل تستخدم اية وسائل تعذيب؟ ثم هل كان حزب الله يتوقع من اسرائيل وأميركا الا تعمل على اغتيال قيادي الحزب",
     &["هل تستخدم اية وسائل تعذيب؟", "ثم هل كان حزب الله يتوقع من اسرائيل وأميركا الا تعمل على اغتيال قيادي الحزب"]),
    // 19. exclamation marks, single, spaced, doubled
    ("فأين يقف الإعلامي في هذه المعادلة! ولن ينتصر فيها أحد ! وأكثر حيوية!! انتهى",
     &["فأين يقف الإعلامي في هذه المعادلة!", "ولن ينتصر فيها أحد !", "وأكثر حيوية!!", "انتهى"]),
    // 20. an ellipsis outside quotes ends the sentence
    ("قضى عليها... الى أن تفجرت أزمة المحكمة الدولية في لبنان",
     &["قضى عليها...", "الى أن تفجرت أزمة المحكمة الدولية في لبنان"]),
    // 21. a newline always ends a sentence, a blank line too, CRLF too
    ("قتل 3 اشخاص\nوجرح 5 آخرون\n\nعنوان\r\nنص", &["قتل 3 اشخاص", "وجرح 5 آخرون", "عنوان", "نص"]),
    // 22. a quotation ending with its full stop ends the sentence after the guillemet
    ("«لم نجد أي دليل.» وأضاف البيان ان التحقيق انتهى.",
     &["«لم نجد أي دليل.»", "وأضاف البيان ان التحقيق انتهى."]),
    // 23. a question inside a quote at the end
    ("فرد المالكي بانفعال «فهل تتحمل مسؤولية ما تقوله؟» وغادر القاعة.",
     &["فرد المالكي بانفعال «فهل تتحمل مسؤولية ما تقوله؟»", "وغادر القاعة."]),
    // 24. parentheses and a final full stop
    ("تم اكتشافه في أغسطس (اب) الماضي. وقال مصدر أمني لرويترز ان الرجلين عضوان في جماعة.",
     &["تم اكتشافه في أغسطس (اب) الماضي.", "وقال مصدر أمني لرويترز ان الرجلين عضوان في جماعة."]),
    // 25. an ellipsis closing an unopened quote
    ("وأنا ابحث في المزابل...». ثم عاد", &["وأنا ابحث في المزابل...».", "ثم عاد"]),
    // 26. balanced guillemets around names do not hold anything
    ("وتبنى «داعش» عبر وكالة «أعماق» الهجمات.وأرجع المتحدث العملية إلى قصف جوي.",
     &["وتبنى «داعش» عبر وكالة «أعماق» الهجمات.", "وأرجع المتحدث العملية إلى قصف جوي."]),
    // 27. a leading ellipsis does not make a sentence of its own (OEDA protest dev)
    ("... وها هي مصر تتقدم  ـ  وسط المخاطر  ـ  لتستعيد مكانتها",
     &["... وها هي مصر تتقدم  ـ  وسط المخاطر  ـ  لتستعيد مكانتها"]),
    // 28. trailing punctuation joins the sentence on its line
    ("ورموز من أبناء الجاليات العربية المقيمين في أثينا.  >",
     &["ورموز من أبناء الجاليات العربية المقيمين في أثينا.  >"]),
    // 29. a mis-encoded char shown as "?" inside a word
    ("و?عل من أهم نتائج خطوة المعارضة بالاستقالة", &["و?عل من أهم نتائج خطوة المعارضة بالاستقالة"]),
    // 30. "الخ." then a missing space; "د." (doctor) before a name
    ("والاعتراضات الشعبية المطلبية الخ.ما بعد استقلال الدول العربية",
     &["والاعتراضات الشعبية المطلبية الخ.", "ما بعد استقلال الدول العربية"]),
    ("قال الخبير في القاهرة د.مصطفى اللباد، تفخر بالثورة.",
     &["قال الخبير في القاهرة د.مصطفى اللباد، تفخر بالثورة."]),
    // 32. three-letter agency abbreviation in parentheses, then the sentence end
    ("نقلت وكالة الانباء الالمانية (د.ب.أ). وقال مصدر",
     &["نقلت وكالة الانباء الالمانية (د.ب.أ).", "وقال مصدر"]),
    // 33. a straight quote closing a quotation never opened (its opener lost) opens none that
    // would hold the next sentences together up to the next quotation (SaudiNewsNet, alyaum)
    ("بينهم القيادي السوري الجنسية \"ابو زياد الدمشقي\" قاضي ما يعرف بالمحكمة الشرعية لولاية جبال حمرين شمال شرق بغداد\". وأشار المصدر إلى مقتل 10 مدنيين وإصابة 17 اخرين جراء انفجار عبوتين ناسفتين في قضاء المقدادية. حملة وحرب وفي السياق، نفى بهاء الأعرجي توقف الحملة العسكرية، مجددا التأكيد على أن \"النصر الحاسم بات قاب قوسين أو أدنى\".",
     &["بينهم القيادي السوري الجنسية \"ابو زياد الدمشقي\" قاضي ما يعرف بالمحكمة الشرعية لولاية جبال حمرين شمال شرق بغداد\".",
       "وأشار المصدر إلى مقتل 10 مدنيين وإصابة 17 اخرين جراء انفجار عبوتين ناسفتين في قضاء المقدادية.",
       "حملة وحرب وفي السياق، نفى بهاء الأعرجي توقف الحملة العسكرية، مجددا التأكيد على أن \"النصر الحاسم بات قاب قوسين أو أدنى\"."]),
];

#[test]
fn sentence_boundaries_on_real_text() {
    assert!(CASES.len() >= 20);
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let got = sentences(text);
        if got != *expected {
            failures.push(format!(
                "{text}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_absurdly_long_quote_does_not_hold_sentences_together() {
    let filler = "وقال المتحدث ان الوضع هادئ ".repeat(20); // > 400 chars
    let text = format!("«{filler}. وأضاف ان الهجوم انتهى»");
    let got = sentences(&text);
    assert_eq!(got.len(), 2, "{got:?}");
    let short = "«وقال المتحدث ان الوضع هادئ. وأضاف ان الهجوم انتهى»";
    assert_eq!(sentences(short).len(), 1);
}

#[test]
fn sentence_at_and_sentence_tokens() {
    let doc = Document::analyze("قتل 3.وجرح 5");
    assert_eq!(doc.sentences.len(), 2);
    assert_eq!(doc.sentence_at(0), Some(0));
    assert_eq!(doc.sentence_at(5), Some(0)); // the full stop
    assert_eq!(doc.sentence_at(6), Some(1));
    assert_eq!(doc.sentence_at(100), None);
    let keys: Vec<&str> = doc
        .sentence_tokens(1)
        .iter()
        .map(|t| t.key.as_str())
        .collect();
    assert_eq!(keys, ["وجرح", "5"]);
    assert!(doc.sentence_tokens(9).is_empty());
    assert_eq!(doc.sentence_of_token(3), Some(1));
    assert_eq!(doc.sentence_of_token(2), Some(0));
    assert_eq!(doc.sentence_of_token(9), None);
    assert_eq!(doc.tokens_in(doc.sentences[1].span), 3..5);
    assert_eq!(doc.tokens_in(rasd_text::Span::new(1, 2)), 1..1);
    assert_eq!(doc.token_at(4), Some(1));
}

#[test]
fn no_punct_tells_words_that_run_on_in_one_clause() {
    // "قصفت الطائرات، أمس، مواقع في تعز": a comma stands between the verb and the day.
    let doc = Document::analyze("قصفت الطائرات، أمس، مواقع في تعز");
    let keys: Vec<&str> = doc.tokens.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys[2], "،");
    assert!(doc.no_punct(0..2)); // قصفت الطائرات
    assert!(!doc.no_punct(0..3)); // ... the comma
    assert!(doc.no_punct(5..8)); // مواقع في تعز
    assert!(doc.no_punct(4..4)); // empty
    let (after, before) = (6, 2);
    assert!(doc.no_punct(after..before)); // reversed: holds nothing
}
