//! Words that look like a toll and are not (DESIGN.md §2), on sentences written for these tests.

mod common;

use common::{all as extract_all, default_output as extract};

#[test]
fn surgery_is_no_wound_and_his_wounds_are() {
    // "جراحة" (surgery) shares its key with "جراحه" (his wounds): the ta marbuta tells them apart
    let events = extract(
        "أجرى فريق طبي في مستشفى الدمام جراحة عاجلة لشاب تعرض لطلق ناري خلال مشاجرة في حي الروضة أمس.",
    );
    for e in &events {
        assert!(
            e.injuries
                .as_ref()
                .is_none_or(|c| !c.text.contains("جراحة")),
            "{e:#?}"
        );
    }
    let events =
        extract("توفي جندي متأثرا بجراحه التي أصيب بها في انفجار عبوة ناسفة في الرمادي أمس.");
    assert!(events.iter().any(|e| e.fatalities.is_some()), "{events:#?}");
}

#[test]
fn a_word_of_death_in_a_name_counts_nobody() {
    for text in [
        "اندلعت اشتباكات عنيفة أمس في مدينة درنة بين كتيبة شهداء الزاوية ومسلحي تنظيم داعش.",
        "فرقت قوات الأمن مئات المتظاهرين في ساحة الشهداء وسط طرابلس أمس بالغاز المسيل للدموع.",
    ] {
        let events = extract(text);
        assert!(!events.is_empty(), "{text}");
        for e in &events {
            assert!(e.fatalities.is_none(), "{text}: {e:#?}");
        }
    }
    // the same word told as the dead of the incident still counts
    let events = extract("سقط ثلاثة شهداء في قصف إسرائيلي على مخيم جباليا أمس.");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(3), "{f:#?}");
}

#[test]
fn the_dead_and_the_wounded_counted_together_are_neither_figure() {
    for text in [
        "أوقع القصف الحوثي على أحياء تعز أمس 45 قتيلا وجريحا من المدنيين.",
        "سقط 60 شخصا بين قتيل وجريح في انفجار سيارة مفخخة في سوق ببغداد أمس.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        for c in [&events[0].fatalities, &events[0].injuries] {
            let c = c.as_ref().expect("some dead and some wounded");
            assert_eq!(
                (c.min, c.max, c.qualifier),
                (Some(1), None, rasd_core::Qualifier::Unknown),
                "{text}: {c:#?}"
            );
        }
    }
}

#[test]
fn a_protest_or_an_arrest_carries_no_toll_of_the_act_it_is_about() {
    let text = "نفذ مئات الأشخاص اعتصاما أمام مبنى المحافظة في مدينة إب أمس احتجاجا على قتل مسلحين لأحد وجهاء المدينة.";
    let events = extract(text);
    let e = (events.iter())
        .find(|e| e.sub_event_type == "Peaceful protest")
        .unwrap_or_else(|| panic!("{text}: {events:#?}"));
    assert!(e.fatalities.is_none() && e.injuries.is_none(), "{e:#?}");
    // an arrest carries the deaths of the raid told before its word, not of the crime after it
    let toll = |text: &str| {
        let events = extract_all(text);
        let e = (events.iter())
            .find(|e| e.sub_event_type == "Arrests")
            .unwrap_or_else(|| panic!("{text}: {events:#?}"));
        e.fatalities.as_ref().and_then(|c| c.min)
    };
    assert_eq!(
        toll("توقيف شاب وفتاة متهمين بقتل طالب سعودي في ولاية كانساس الأمريكية."),
        None
    );
    assert_eq!(
        toll("قتل خمسة من المسلحين واعتقل ثلاثة من رفاقهم في بغداد أمس."),
        Some(5)
    );
}

#[test]
fn kin_counted_before_the_dead_they_mourn_are_no_toll() {
    // "أحد أقارب الشهيد": one of the martyr's relatives spoke, nobody is counted dead by it
    let events = extract_all(
        "وعبر أحد أقارب الشهيد عن حزنه الشديد لشناعة الجريمة التي استهدفت مسجدا في أبها أمس.",
    );
    assert!(!events.is_empty());
    assert!(
        events.iter().all(|e| e
            .fatalities
            .as_ref()
            .is_none_or(|c| c.qualifier == rasd_core::Qualifier::Unknown)),
        "{events:#?}"
    );
    // kin who were killed count
    let events = extract_all("قتل ثلاثة من أفراد أسرة واحدة في قصف على حي في حلب أمس.");
    assert_eq!(
        events[0].fatalities.as_ref().and_then(|c| c.min),
        Some(3),
        "{events:#?}"
    );
}

#[test]
fn a_figure_after_a_word_of_having_counts_no_dead() {
    // "والجندي القتيل له ثلاثة أطفال": the children he had, not more dead
    let events = extract(
        "قتل جندي في هجوم مسلح على حاجز في مدينة العريش أمس، والجندي القتيل له ثلاثة أطفال.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.max), (Some(1), Some(1)), "{f:#?}");
}

#[test]
fn the_wound_of_the_dead_is_no_other_wounded() {
    // "بعد إصابته": the soldier who died is the one wounded, nobody else
    for text in [
        "استشهد جندي من حرس الحدود أمس بعد إصابته بقذيفة هاون أطلقت على مركز مراقبة قرب مدينة صامطة.",
        "وقتل شاب فلسطيني برصاص الجيش الإسرائيلي فجر أمس بعد إصابته برصاصة في الرأس خلال مواجهات في مخيم الفوار.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(
            events[0].fatalities.as_ref().and_then(|c| c.min),
            Some(1),
            "{text}: {events:#?}"
        );
        assert!(events[0].injuries.is_none(), "{text}: {events:#?}");
    }
    // the wounds of a group told with a death still count
    let events = extract(
        "قتل جندي وأصيب ثلاثة من زملائه أمس في انفجار عبوة ناسفة استهدفت دوريتهم في مدينة العريش.",
    );
    assert!(events.iter().any(|e| e.injuries.is_some()), "{events:#?}");
}

#[test]
fn a_toll_in_parentheses_is_the_toll() {
    // "استشهاد (7) وإصابة (21)": the statement's figures in parentheses count the dead and the
    // wounded, and the same figure told again in words is not the wounded
    for text in [
        "وأوضح المتحدث الأمني أن انتحاريا فجر نفسه عند بوابة مركز للشرطة في محافظة الخرج ظهر أمس، مما نتج عنه استشهاد (7) وإصابة (21) من رجال الأمن.",
        "وأوضح المتحدث الأمني أن انتحاريا فجر نفسه عند بوابة مركز للشرطة في محافظة الخرج ظهر أمس، مما نتج عنه استشهاد (7) سبعة وإصابة (21) واحد وعشرين من رجال الأمن.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let f = events[0].fatalities.as_ref().expect("a toll");
        assert_eq!((f.min, f.max), (Some(7), Some(7)), "{text}: {f:#?}");
        let i = events[0].injuries.as_ref().expect("the wounded");
        assert_eq!((i.min, i.max), (Some(21), Some(21)), "{text}: {i:#?}");
    }
}

#[test]
fn a_figure_in_parentheses_after_a_name_is_an_age() {
    // "محمد بن سالم (19) لقي حتفه": the young man's age, not a toll of nineteen
    let events = extract(
        "قتل شاب في سقوط قذيفة أطلقت من الأراضي اليمنية على حي سكني بمدينة جازان أمس، وذكرت مصادر طبية أن الشاب محمد بن سالم القحطاني (19) لقي حتفه على الفور.",
    );
    assert!(!events.is_empty(), "{events:#?}");
    for e in &events {
        assert_ne!(
            e.fatalities.as_ref().and_then(|c| c.min),
            Some(19),
            "{e:#?}"
        );
    }
}

#[test]
fn a_role_noun_after_the_word_counts_one() {
    // "مقتل مبتعث", "مصرع مقيم", "مقتل المطلوب", "إصابة قناص": one person each, not some
    for (text, dead, wounded) in [
        (
            "أعلنت شرطة المدينة مقتل مبتعث بطلقات نارية أطلقها مسلح مجهول قرب حرم الجامعة أمس.",
            Some(1),
            None,
        ),
        (
            "أسفر إطلاق النار في بلدة العوامية أمس عن مقتل المطلوب أمنيا وإصابة مسؤول محلي.",
            Some(1),
            Some(1),
        ),
        (
            "أدى قصف بقذائف الهاون على حي سكني في مدينة تعز أمس إلى مصرع مقيم وإصابة قناص.",
            Some(1),
            Some(1),
        ),
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let exact = |c: &Option<rasd_core::Count>| {
            c.as_ref()
                .filter(|c| c.qualifier == rasd_core::Qualifier::Exact)
                .and_then(|c| c.min)
        };
        assert_eq!(exact(&events[0].fatalities), dead, "{text}: {events:#?}");
        if wounded.is_some() {
            assert_eq!(exact(&events[0].injuries), wounded, "{text}: {events:#?}");
        }
    }
}

#[test]
fn one_of_the_wounded_is_some_wounded_not_one() {
    // "أحد المصابين": one of some told (a visit), not a toll of one
    let events =
        extract("زار مدير الشرطة أحد المصابين في تفجير السوق الشعبي بمدينة الحلة أمس في المستشفى.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let c = events[0].injuries.as_ref().expect("some wounded");
    assert_eq!(
        (c.min, c.max, c.qualifier),
        (Some(1), None, rasd_core::Qualifier::Unknown),
        "{c:#?}"
    );
    // one of the wounded counted before adds nobody
    let events = extract(
        "قالت الشرطة إن سبعة أشخاص أصيبوا في إطلاق نار داخل مطعم بمدينة هيوستن أمس، وإن أحد الجرحى في حالة خطرة.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].injuries.as_ref().and_then(|c| c.min),
        Some(7),
        "{events:#?}"
    );
    // "واحد" after its noun is one
    let events = extract("قتل مدني واحد وأصيب أربعة آخرون في قصف على حي سكني بمدينة تعز أمس.");
    let (f, i) = (events[0].fatalities.as_ref(), events[0].injuries.as_ref());
    assert_eq!(
        f.map(|c| (c.min, c.qualifier)),
        Some((Some(1), rasd_core::Qualifier::Exact))
    );
    assert_eq!(
        i.map(|c| (c.min, c.qualifier)),
        Some((Some(4), rasd_core::Qualifier::Exact))
    );
}

#[test]
fn killing_named_among_other_harms_counts_nobody() {
    // a word of death joined by «و» to a verbal noun of another harm ("مقتل وتدمير البلاد",
    // "القتل والتدمير والتنكيل") names killing among the acts of a side, no death of the
    // incident (SaudiNewsNet a19136, a16196)
    for text in [
        "سلّم عدد من قيادات ميليشيا الحوثي أنفسهم أمس للمقاومة الشعبية أثناء المواجهات العسكرية في خطوط التماس بالمنطقة الخضراء في عدن. وشدد العميد الصبيحي على أن كل من تورط في عمليات عسكرية؛ سواء بإصدار الأوامر أو المشاركة الفعلية في المعارك، التي أدت إلى مقتل وتدمير البلاد، ستجري محاكمتهم.",
        "لم يعد هناك أدنى شك أن تجار الدم اليمني من الانقلابيين أوغلوا في القتل والتدمير والتنكيل بالشعب اليمني، وشنوا هجوما على مدينة تعز أمس.",
    ] {
        let events = extract_all(text);
        assert!(!events.is_empty(), "{text}");
        for e in &events {
            assert!(e.fatalities.is_none(), "{text}: {e:#?}");
        }
    }
    // crimes of killing are a kind of crime (a19136's next paragraph)
    let text = "سلّم عدد من قيادات ميليشيا الحوثي أنفسهم أمس للمقاومة الشعبية أثناء المواجهات العسكرية في خطوط التماس بالمنطقة الخضراء في عدن. ويرى الخبراء ضرورة تقديم ضمانات سياسية بعدم محاكمتهم عسكريا ما لم يثبت تورطهم في جرائم قتل، إضافة إلى إمكانية عودتهم لمواقع عملهم.";
    let events = extract_all(text);
    assert!(!events.is_empty(), "{text}");
    for e in &events {
        assert!(e.fatalities.is_none(), "{text}: {e:#?}");
    }
    // a victim after the other harm still counts some
    let events = extract_all("أدى القصف على قرية في ريف إدلب أمس إلى مقتل وتعذيب مدنيين.");
    assert!(events.iter().any(|e| e.fatalities.is_some()), "{events:#?}");
}

#[test]
fn a_share_in_percent_is_no_count_of_the_wounded() {
    // written for this test: burns over 90 per cent of her body, one woman wounded
    for text in [
        "أضرم مستوطنون النار في منزل عائلة في قرية دوما أمس، وأصيبت الأم بحروق على 90 بالمئة من جسدها.",
        "أضرم مستوطنون النار في منزل عائلة في قرية دوما أمس، وأصيبت الأم بحروق على 60% من جسدها.",
    ] {
        let events = extract(text);
        assert!(!events.is_empty(), "{text}");
        for e in &events {
            assert!(
                e.injuries.as_ref().is_none_or(|c| c.min != Some(90) && c.min != Some(60)),
                "{text}: {e:#?}"
            );
        }
    }
}

#[test]
fn the_wound_with_the_article_is_no_wounded() {
    // "المبضع على الجرح النازف", "وضع يده على مكمن الجرح": the wound, a noun, names nobody hurt
    // (sample BB 20, a29435; a29774); the verb "جرح" still counts
    let text = "تفجير عسير الإنذار الخطر\n حادث تفجير مقر الطوارئ يجب أن يكون محطة توقف للجميع كي \
                يضع الوطن بهدوء المبضع على الجرح النازف الحقيقي.";
    let events = extract_all(text);
    assert!(!events.is_empty(), "{text}");
    for e in &events {
        assert!(e.injuries.is_none(), "{e:#?}");
    }
    let events = extract("قتل شخص وجرح ثلاثة في انفجار عبوة ناسفة في الرمادي أمس.");
    let c = events[0].injuries.as_ref().expect("three wounded");
    assert_eq!(c.min, Some(3), "{c:#?}");
}

#[test]
fn captives_fallen_into_a_sides_hands_are_no_dead() {
    // "سقوط" before a count of captured people tells them fallen into a side's hands (sample
    // BC 7, a29485): no toll
    let events = extract(
        "وقال قائد عملية التحرير إن القوات الشرعية تقدمت أمس نحو مدينة لودر التي نشبت فيها \
         معارك ضارية تمكنت فيها المقاومة من دخولها وتحريرها من قبضة الحوثيين، وكانت المعارك \
         سببًا في سقوط عدد كبير من الأسرى، في عملية تحرير أبين في قبضة المقاومة الشعبية من \
         بينهم قيادات عسكرية.",
    );
    assert!(!events.is_empty(), "{events:#?}");
    for e in &events {
        assert!(e.fatalities.is_none(), "{e:#?}");
    }
    // a count of persons after the word still counts the dead
    let events = extract("أسفرت المعارك في مدينة لودر أمس عن سقوط سبعة عناصر من المقاومة.");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(7), "{f:#?}");
}
