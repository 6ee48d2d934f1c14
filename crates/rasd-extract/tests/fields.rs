//! Fields of whole-report incidents (tolls linked across the words that tell who died), on
//! sentences written for these tests (none of the development data). Days told relative to
//! publication: `report_dates.rs`; the records a report's retellings make: `incidents.rs`; which
//! account of a toll wins: `toll_accounts.rs`.

mod common;

use common::{all as extract, count_of, incident_records};

#[test]
fn a_figure_after_laqiya_counts_the_dead_of_its_hatf() {
    let events = extract("ولقي 14 من ركاب الحافلة في مدينة الحلة أمس حتفهم في انفجار سيارة مفخخة.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.max), (Some(14), Some(14)), "{f:#?}");
    // a full stop parts them: the figure is no toll of the later sentence
    let events = extract("ولقي 14 من ركاب الحافلة تعليمات جديدة. وفي مدينة الحلة لقي رجل حتفه.");
    assert!(
        events
            .iter()
            .all(|e| e.fatalities.as_ref().is_none_or(|f| f.min != Some(14))),
        "{events:#?}"
    );
}

#[test]
fn a_count_of_persons_after_suqut_is_of_the_dead() {
    let events =
        extract("وأكد مصدر مقرب من الحزب سقوط تسعة عناصر جدد في المعارك في بلدة مضايا أمس.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(9), "{f:#?}");
    // shells are no persons; the fall that anchors an interval is of another time
    for text in [
        "وأفاد مصدر سقوط 3 قذائف على بلدة مضايا أمس.",
        "وبعد أيام على سقوط تسعة عناصر في مضايا، اندلعت اشتباكات جديدة في البلدة أمس.",
    ] {
        let events = extract(text);
        assert!(
            events.iter().all(|e| e
                .fatalities
                .as_ref()
                .is_none_or(|f| f.min != Some(9) && f.min != Some(3))),
            "{events:#?}"
        );
    }
}

#[test]
fn a_figure_after_killed_of_them_is_the_toll() {
    // "فقتل منهم 15": who the dead were, not a part of a total told before
    let events = extract("وفجر انتحاري نفسه في مسجد بمدينة الحلة أمس فقتل منهم 11 مصليا.");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(11), "{events:#?}");
}

#[test]
fn one_person_named_before_a_figure_joined_by_wa_is_counted_with_it() {
    let events = extract("وأعلن المتحدث أمس مقتل ضابط وخمسة جنود في انفجار عبوة ناسفة في العريش.");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(6), "{events:#?}");
    // the same with the figure in digits ("و" is then a token of its own)
    let events = extract(
        "وقال الجيش إن لغما انفجر أمس بدورية في الشيخ زويد ما أدى إلى استشهاد مجند و4 ضباط.",
    );
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(5), "{events:#?}");
}

#[test]
fn a_dual_word_of_death_or_injury_counts_two() {
    for (text, dead, hurt) in [
        (
            "سقط قتيلان في قصف مدفعي استهدف سوقا شعبية في بلدة كفرنبل أمس.",
            Some(2),
            None,
        ),
        (
            "خلف انفجار قنبلة في حافلة بمدينة كويتا أمس شهيدين وعشرة جرحى.",
            Some(2),
            Some(10),
        ),
        (
            "أوقع هجوم مسلح على نقطة للشرطة في بلدة الشيخ زويد أمس جريحين.",
            None,
            Some(2),
        ),
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let e = &events[0];
        assert_eq!(
            e.fatalities.as_ref().and_then(|f| f.min),
            dead,
            "{text}: {e:#?}"
        );
        assert_eq!(
            e.injuries.as_ref().and_then(|f| f.min),
            hurt,
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn persons_listed_before_a_plural_verb_of_death_are_its_count_and_my_son_is_one() {
    for (text, dead) in [
        (
            "الرقيب سعد العتيبي والجندي خالد القحطاني وزميلهما الجندي فهد الشهري استشهدوا أمس بعد سقوط قذائف على المركز الحدودي في جازان.",
            3,
        ),
        (
            "العريف ماجد الزهراني والمواطن علي الغامدي قتلوا أمس في هجوم مسلح على نقطة تفتيش في محافظة صامطة.",
            2,
        ),
        // a figure before the list: the list is the figure's noun, not counted again
        (
            "أعلنت الشرطة أن سبعة أشخاص قتلوا في انفجار سيارة مفخخة في بغداد أمس.",
            7,
        ),
        // "ابني" is "my son", one, not "the two sons of"
        (
            "قال والد الجندي إن استشهاد ابني محمد في القصف على مركز حدودي بنجران أمس وسام فخر لنا.",
            1,
        ),
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let e = &events[0];
        assert_eq!(
            e.fatalities.as_ref().and_then(|f| f.min),
            Some(dead),
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn a_figure_told_as_the_subject_of_a_plural_verb_of_death_is_its_count() {
    for (text, dead, hurt) in [
        (
            "وقال مسؤول عسكري إن 11 شرطيا على الأقل في قوات الأمن قتلوا في هجوم على مركز أمني في العريش أمس.",
            Some(11),
            None,
        ),
        (
            "وكان 9 من عناصر الميليشيات ومسلحين موالين لها، قتلوا في اشتباكات مع الجيش في مدينة الرمادي أمس.",
            Some(9),
            None,
        ),
        (
            "وقال مصدر محلي إن ثلاثة جنود ضمن قوات الحكومة، ينتمون إلى اللواء الرابع قتلوا أمس في انفجار لغم على طريق زنجبار.",
            Some(3),
            None,
        ),
        // a dual construct and a person joined to it before a plural verb of injury
        (
            "أكد المتحدث أن ضابطي جيش ومدنيا أصيبوا في انفجار عبوة ناسفة قرب مبنى المحافظة في العريش اليوم.",
            None,
            Some(3),
        ),
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let e = &events[0];
        assert_eq!(
            e.fatalities.as_ref().and_then(|f| f.min),
            dead,
            "{text}: {e:#?}"
        );
        assert_eq!(
            e.injuries.as_ref().and_then(|f| f.min),
            hurt,
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn a_dual_of_members_or_guards_counts_two() {
    for text in [
        "أسفر القصف عن مقتل فردين من المسلحين في مدينة رفح أمس.",
        "قتل مسلحون حارسين أمام مبنى البلدية في مدينة بعقوبة أمس.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{events:#?}");
        let f = events[0].fatalities.as_ref().expect("a toll");
        assert_eq!(f.min, Some(2), "{text}: {f:#?}");
    }
}

#[test]
fn a_figure_after_a_word_of_addition_adds_to_the_toll() {
    for (text, dead) in [
        (
            "وقع تفجير في مسجد في مدينة أبها أمس مما نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في المسجد.",
            13,
        ),
        (
            "أسفر التفجير في مدينة أبها أمس عن مقتل 12 من رجال الأمن بالإضافة إلى ثلاثة مدنيين.",
            15,
        ),
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{events:#?}");
        let f = events[0].fatalities.as_ref().expect("a toll");
        assert_eq!(f.min, Some(dead), "{text}: {f:#?}");
    }
}

#[test]
fn a_verb_of_killing_with_its_object_pronoun_tells_a_death() {
    let events = extract("أطلق مسلحان النار على شرطي في مدينة العريش أمس فقتلاه.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(1), "{f:#?}");
}

#[test]
fn a_gunman_who_killed_himself_after_the_toll_counts_one_more() {
    for text in [
        "قالت الشرطة إن مسلحا فتح النار داخل مطعم في مدينة هيوستن مساء السبت فقتل ثلاثة أشخاص وأصاب خمسة آخرين قبل أن ينتحر.",
        "وفتح مسلح النار داخل مدرسة في مدينة هيوستن فقتل ثلاثة أشخاص قبل أن يقتل نفسه.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let f = events[0].fatalities.as_ref().expect("a toll");
        assert_eq!((f.min, f.max), (Some(4), Some(4)), "{text}: {f:#?}");
    }
    // no toll before it: the suicide is no count of an incident told here
    let events = extract("وفتح مسلح النار على دورية للشرطة في مدينة هيوستن ثم انتحر.");
    assert!(
        events
            .iter()
            .all(|e| e.fatalities.as_ref().is_none_or(|f| f.min != Some(2))),
        "{events:#?}"
    );
}

#[test]
fn ages_listed_before_one_unit_are_no_counts() {
    let events =
        extract("وأطلق المسلح النار في سوق مدينة هيوستن فقتل امرأتين تبلغان من العمر 25 و40 عاما.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.max), (Some(2), Some(2)), "{f:#?}");
}

#[test]
fn a_figure_of_a_group_told_as_the_subject_counts_the_dead_of_its_verb() {
    let events = extract(
        "وقال مصدر عسكري إن 14 عنصرا على الأقل من قوات الأمن والشرطة المحلية و6 من المسلحين، قتلوا في اشتباكات عنيفة في مدينة الرمادي.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(20), "{f:#?}");
    // a vague figure stays unlinked so far from its verb
    let events = extract(
        "وقال مصدر عسكري إن العشرات من عناصر قوات الأمن والشرطة المحلية في المدينة قتلوا في اشتباكات عنيفة في مدينة الرمادي.",
    );
    assert!(
        events
            .iter()
            .all(|e| e.fatalities.as_ref().is_none_or(|f| f.min == Some(1))),
        "{events:#?}"
    );
}

#[test]
fn a_total_told_with_the_figures_of_its_part_is_not_added_to_them() {
    // a running total of many incidents is left out
    let events = extract(
        "وقتل شرطيان صباح الجمعة في هجوم استهدف مركزا للشرطة في مدينة بوزانتي ما يرفع إلى 20 عدد القتلى في هجمات المتمردين.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(2), "{f:#?}");
    // the incident's own total holds its parts
    let events = extract(
        "وقتل 5 جنود و4 مدنيين في تفجير سيارة مفخخة في مدينة بعقوبة، ليصبح إجمالي القتلى 9.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(9), "{f:#?}");
}

#[test]
fn one_of_the_victims_own_companions_killed_with_him_counts_too() {
    let events = extract(
        "وأطلق مسلحان النار على مسؤول محلي في مدينة الفلوجة، ما أدى إلى مقتله مع أحد مرافقيه.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.max), (Some(2), Some(2)), "{f:#?}");
}

#[test]
fn the_toll_of_an_earlier_attack_told_after_wdhalika_baad_is_not_the_clashs() {
    let events = extract(
        "قال مسؤول عراقي اليوم إن جنديا قتل في اشتباكات مع مسلحين قرب مدينة الرطبة، وذلك بعد تفجير انتحاري قتل 32 شخصا جرى في وقت سابق.",
    );
    let clash = (events.iter())
        .find(|e| e.sub_event_type == "Armed clash")
        .expect("the clash is a record");
    let f = clash.fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(1), "{events:#?}");
    // the bombing told as the cause keeps its own toll
    assert!(
        (events.iter()).any(|e| e.sub_event_type == "Suicide bomb"
            && e.fatalities.as_ref().is_some_and(|f| f.min == Some(32))),
        "{events:#?}"
    );
}

#[test]
fn the_act_a_retold_strike_answers_is_an_incident_of_its_own_with_its_toll() {
    // "ردا على هجوم ...": the story's strikes named again, then the attack they answer with
    // its own toll; told whole, the sentence was typed by the strikes and gave them the toll
    let events = extract(
        "غارات تركية جديدة على متمردي حزب العمال الكردستاني\n\
         شنت نحو ثلاثين مقاتلة تركية من طراز \"اف-16\" اليوم الخميس سلسلة جديدة من الغارات على مواقع لمتمردي حزب العمال الكردستاني في شمال العراق، وفق ما أوردت القناتان التركيتان الاخباريتان.\n\
         وجاءت هذه الغارات الكثيفة ردا على هجوم في وقت سابق الخميس استهدف قافلة عسكرية في جنوب شرق البلاد وقتل فيه ثلاثة جنود، وفق قناة (ان تي في).",
    );
    let attack = (events.iter())
        .find(|e| e.trigger.text == "هجوم")
        .unwrap_or_else(|| panic!("no attack record: {events:#?}"));
    assert_eq!(attack.sub_event_type, "Armed clash", "{events:#?}");
    assert_eq!(attack.fatalities.as_ref().and_then(|f| f.min), Some(3));
    assert!(
        (events.iter())
            .filter(|e| e.sub_event_type == "Air/drone strike")
            .all(|e| e.fatalities.as_ref().is_none_or(|f| f.min != Some(3))),
        "{events:#?}"
    );
}

/// The toll of the first incident record, as (min, max).
fn first_toll(text: &str) -> Option<(Option<u64>, Option<u64>)> {
    let events = extract(text);
    let e = events.iter().find(|e| e.fatalities.is_some())?;
    e.fatalities.as_ref().map(|f| (f.min, f.max))
}

#[test]
fn companions_after_ma_count_with_their_victim() {
    // a dual in its construct form with a pronoun counts two, a person with a pronoun one
    assert_eq!(
        first_toll("اغتال مسلحون مجهولون مساء الاثنين قاضيا بارزا في مدينة درنة، إذ أطلقوا عليه النار وقتلوه مع حارسيه وسائقه أمام منزله."),
        Some((Some(4), Some(4)))
    );
    assert_eq!(
        first_toll("قتل محافظ الإقليم مع سائقه في كمين نصبه مسلحون على طريق قندهار أمس."),
        Some((Some(2), Some(2)))
    );
    // some of the victim's own after "مع" and a figure
    assert_eq!(
        first_toll("استشهد جندي أمس مع ثلاثة من رفاقه في هجوم على حاجز قرب العريش."),
        Some((Some(4), Some(4)))
    );
    // "مع" no companion follows: the victim alone
    assert_eq!(
        first_toll("قتل محافظ الإقليم مع بداية الهجوم على طريق قندهار أمس."),
        Some((Some(1), None))
    );
}

#[test]
fn a_dual_in_its_construct_form_after_a_word_of_death_counts_two() {
    assert_eq!(
        first_toll(
            "أعلنت السلطات مقتل ضابطي شرطة في هجوم مسلح استهدف دوريتهما في مدينة العريش أمس."
        ),
        Some((Some(2), Some(2)))
    );
}

#[test]
fn a_fuller_pluperfect_retelling_of_the_same_dead_gives_the_toll() {
    let events = extract(
        "أعلنت الحركة مسؤوليتها عن قتل قاض بارز مع حارسيه السبت في مدينة درنة.\nوكان القاضي في احد احياء المدينة عندما نصب له مهاجموه مكمنا وقتلوه مع حارسيه وسائقه، ثم لاذوا بالفرار.",
    );
    let tolls: Vec<_> = events
        .iter()
        .filter_map(|e| e.fatalities.as_ref().map(|f| (f.min, f.max)))
        .collect();
    assert_eq!(tolls, vec![(Some(4), Some(4))], "{events:#?}");
}

#[test]
fn a_figure_after_the_dead_and_the_wounded_joined_counts_neither() {
    use rasd_core::Qualifier;
    // (a sentence of the 3,000-article run)
    let events = extract(
        "دمرت القوات العراقية المشتركة مقر قيادة عمليات تنظيم داعش وسط مدينة الرمادي، مما أسفر عن مقتل وإصابة العشرات من مسلحي التنظيم.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let e = &events[0];
    assert_eq!(
        count_of(e.fatalities.as_ref()),
        Some((Some(1), Qualifier::Unknown))
    );
    assert_eq!(
        count_of(e.injuries.as_ref()),
        Some((Some(1), Qualifier::Unknown))
    );
    // the headline's figure of both gives way to the body's figures of each
    let events = extract(
        "مقتل وإصابة 10 في إطلاق نار داخل مطعم بالموصل\nفتح مسلح النار داخل مطعم مكتظ في مدينة الموصل مساء الخميس فقتل شخصين وأصاب ثمانية آخرين.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let e = &events[0];
    assert_eq!(
        count_of(e.fatalities.as_ref()),
        Some((Some(2), Qualifier::Exact))
    );
    assert_eq!(
        count_of(e.injuries.as_ref()),
        Some((Some(8), Qualifier::Exact))
    );
    // a verb of death after its own figure ends its clause: the figure after "وأصيب" is the
    // wounded's
    let events = extract("وقال مصدر إن شخصين قتلا وأصيب عشرة بجروح في اشتباكات في مدينة بنغازي.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        count_of(events[0].injuries.as_ref()),
        Some((Some(10), Qualifier::Exact))
    );
}

#[test]
fn a_part_of_the_wounded_told_already_adds_nobody() {
    use rasd_core::Qualifier;
    for text in [
        // "N منهم" after the total, with no word of its own
        "انفجرت سيارة مفخخة في سوق بمدينة كركوك أمس، ما أدى إلى مقتل 4 أشخاص وإصابة 11 آخرين خمسة منهم في حالة خطرة.",
        // "N من <group> المصابين": some of the wounded, named by their group
        "فجر انتحاري نفسه في مسجد بمدينة القطيف أمس ما أدى إلى مقتل 4 أشخاص وإصابة 11 آخرين ونقل ثلاثة من المصلين المصابين إلى مستشفى الدمام.",
        // "N من الجرحى الـN"
        "فتح مسلح النار في سوق بمدينة كركوك أمس فقتل 4 أشخاص وجرح 11 آخرين، وغادر اثنان من الجرحى المستشفى وبقي الجرحى التسعة.",
        // "إصابة N ... إصابة M منهم": the word repeated before the part, as large a figure before it
        "انفجرت سيارة مفخخة في سوق بمدينة كركوك أمس، ما أدى إلى مقتل 4 أشخاص، وقال مصدر طبي: إصابة 11 من المتسوقين إصابة خمسة منهم بالغة.",
        // "N منهم" then a word of how badly they were hurt ("إصابتهم خطيرة", "بحالة حرجة"),
        // after a figure of the wounded as large
        "انفجرت سيارة مفخخة في سوق بمدينة كركوك أمس، ما أدى إلى مقتل 4 أشخاص وإصابة 11 آخرين، خمسة منهم إصابتهم خطيرة.",
        "انفجرت سيارة مفخخة في سوق بمدينة كركوك أمس، ما أدى إلى مقتل 4 أشخاص وأصيب 11 آخرون 5 منهم بحالة حرجة.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let e = &events[0];
        assert_eq!(count_of(e.fatalities.as_ref()), Some((Some(4), Qualifier::Exact)), "{text}");
        assert_eq!(count_of(e.injuries.as_ref()), Some((Some(11), Qualifier::Exact)), "{text}");
    }
    // a figure right after its own word of death is the dead's ("وقتل 8 منهم")
    let events = extract("استهدفت غارة جوية تجمعا للمسلحين قرب مدينة الحديدة وقتل 8 منهم.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        count_of(events[0].fatalities.as_ref()),
        Some((Some(8), Qualifier::Exact))
    );
}

#[test]
fn a_figure_before_the_next_items_word_of_injury_is_the_dead_when_a_word_of_death_takes_it() {
    use rasd_core::Qualifier;
    for (text, dead, wounded) in [
        // (a sentence of the 3,000-article run)
        (
            "أفاد مصدر أمني في محافظة الأنبار بأن عناصر من داعش هاجموا مقر الفوج الثالث في منطقة الحراريات التابعة لقضاء الكرمة، شرقي الرمادي ما أدى إلى اندلاع اشتباكات أسفرت عن مقتل آمر الفوج وجنديين وإصابة أربعة آخرين.",
            2,
            4,
        ),
        (
            "أعلنت الشرطة مقتل مدنيين عراقيين اثنين وجرح خمسة آخرين في انفجار عبوة ناسفة في مدينة سامراء.",
            2,
            5,
        ),
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let e = &events[0];
        assert_eq!(count_of(e.fatalities.as_ref()), Some((Some(dead), Qualifier::Exact)), "{text}");
        assert_eq!(count_of(e.injuries.as_ref()), Some((Some(wounded), Qualifier::Exact)), "{text}");
    }
}

#[test]
fn a_figure_before_a_word_of_injury_with_a_figure_of_its_own_is_not_its_wounded() {
    use rasd_core::Qualifier;
    // (sample AK's a21968 and sample AL's a8802: "خسرنا" is no word of death, and the dashes
    // part "قتل" from its figure: neither figure before "وأصيب" is of the wounded)
    for (text, wounded) in [
        (
            "وقال المتحدث باسم الجيش الأوكراني لقد خسرنا أربعة جنود وأصيب 15 آخرين بجروح في معارك ضارية وقصف قرب دونيتسك",
            15,
        ),
        (
            "قتل -الخميس- شخصان وأصيب تسعة آخرون برصاص مسلح أطلق النار داخل صالة سينما في مدينة لافاييت بولاية لويزيانا.",
            9,
        ),
    ] {
        let events = extract(text);
        assert!(!events.is_empty(), "{text}");
        let e = &events[0];
        assert_eq!(count_of(e.injuries.as_ref()), Some((Some(wounded), Qualifier::Exact)), "{text}: {e:#?}");
    }
}

#[test]
fn a_vehicle_ending_a_list_after_the_wounded_is_no_person() {
    use rasd_core::Qualifier;
    // (sample AL's a24652: 58 wounded, not 58 + 22 vehicles)
    let events = extract(
        "وأكد قائد العمليات مقتل 52 عنصرا من داعش وإصابة أكثر من 58 وتدمير تسعة مستودعات للأسلحة و22 عربة بعمليات عسكرية نفذت أمس في مناطق حصيبة والملاحمة.",
    );
    assert!(!events.is_empty(), "{events:#?}");
    assert_eq!(
        count_of(events[0].injuries.as_ref()),
        Some((Some(58), Qualifier::AtLeast)),
        "{events:#?}"
    );
}

#[test]
fn a_figure_of_a_group_told_as_the_subject_counts_the_wounded_of_its_verb() {
    use rasd_core::Qualifier;
    let events = extract(
        "قالت مصادر طبية إن ستة أشخاص من سكان المنازل المجاورة أصيبوا جراء سقوط قذيفة على منزل في بلدة رفح أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        count_of(events[0].injuries.as_ref()),
        Some((Some(6), Qualifier::Exact))
    );
}

#[test]
fn a_toll_of_places_listed_together_gives_way_to_the_incidents_own() {
    use rasd_core::Qualifier;
    let events = extract(
        "أكثر من 40 قتيلاً في تشاد والنيجر\nقتل اكثر من 40 شخصا منذ امس الاول في هجمات لحركة بوكو حرام في تشاد والنيجر. والهجوم المزدوج في بلدة ديفا بجنوب شرق النيجر، اسفر عن مقتل 12 شخصا على الاقل.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        count_of(events[0].fatalities.as_ref()),
        Some((Some(12), Qualifier::AtLeast))
    );
}

#[test]
fn the_dead_of_the_other_sides_ranks_told_next_add_to_the_toll() {
    use rasd_core::Qualifier;
    let toll = |text: &str| {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        count_of(events[0].fatalities.as_ref())
    };
    assert_eq!(
        toll("أفاد مصدر في المقاومة الشعبية اليوم بمقتل 12 حوثيا خلال الاشتباكات التي اندلعت مساء امس في مدينة قعطبة. ولفت المصدر إلى أن ثلاثة قتلى سقطوا في صفوف المقاومة."),
        Some((Some(15), Qualifier::Exact))
    );
    // the same figure told again of a side's ranks is the same dead
    assert_eq!(
        toll("أفاد مصدر في المقاومة الشعبية اليوم بمقتل 12 حوثيا خلال الاشتباكات التي اندلعت مساء امس في مدينة قعطبة. ولفت المصدر إلى أن 12 قتيلا سقطوا في صفوف الحوثيين."),
        Some((Some(12), Qualifier::Exact))
    );
}

#[test]
fn a_figure_of_people_joined_after_a_figure_of_people_adds_to_the_toll() {
    let text = "وقتل أربعة عناصر من الفصيل المهاجم ومقاتلون موالون له وسبعة مقاتلين من الفصائل \
                المدافعة في اشتباكات قرب مدينة منبج أمس.";
    let events = extract(text);
    let toll = events
        .iter()
        .find_map(|e| e.fatalities.as_ref().and_then(|f| f.min));
    assert_eq!(toll, Some(11), "{events:#?}");
}

#[test]
fn a_figure_of_the_wounded_in_construct_counts_some_of_them_not_more() {
    // "19 من مصابي التفجير": some of the wounded told already (they left hospital)
    let text =
        "انفجرت سيارة مفخخة في سوق مدينة الحلة أمس. وغادر 19 من مصابي مسجد الحي المستشفى اليوم.";
    let events = extract(text);
    assert!(
        events
            .iter()
            .all(|e| e.injuries.as_ref().is_none_or(|i| i.min != Some(19))),
        "{events:#?}"
    );
}

#[test]
fn a_figure_of_people_after_a_short_phrase_counts_the_dead_of_the_verb_before() {
    // "وقتل في الهجوم شرطيان": a dual after a phrase of "في" and one word
    let text = "وقع هجوم مسلح على نقطة تفتيش في مدينة العريش أمس. وقتل في الهجوم شرطيان.";
    let events = extract(text);
    let toll = events
        .iter()
        .find_map(|e| e.fatalities.as_ref().and_then(|f| f.min));
    assert_eq!(toll, Some(2), "{events:#?}");
    // "قتل في بغداد ثلاثة أشخاص"
    let events = extract("قتل في بغداد ثلاثة أشخاص في انفجار عبوة ناسفة أمس.");
    let toll = events
        .iter()
        .find_map(|e| e.fatalities.as_ref().and_then(|f| f.min));
    assert_eq!(toll, Some(3), "{events:#?}");
}

#[test]
fn a_figure_of_cases_of_the_wounded_counts_some_of_them_not_more() {
    // "19 حالة من مصابي تفجير مسجد قوات الطوارئ": cases of the wounded told already
    let text = "انفجرت سيارة مفخخة قرب سوق مدينة الحلة أمس. \
                وغادرت 19 حالة من مصابي تفجير سوق المدينة المستشفى اليوم.";
    let events = extract(text);
    assert!(
        events
            .iter()
            .all(|e| e.injuries.as_ref().is_none_or(|i| i.min != Some(19))),
        "{events:#?}"
    );
}

/// The toll of the incident records (status incident) of `text`: each record's least figure.
fn tolls(text: &str) -> Vec<Option<u64>> {
    (incident_records(text).iter())
        .map(|e| e.fatalities.as_ref().and_then(|f| f.min))
        .collect()
}

#[test]
fn the_fighters_a_side_lost_add_to_the_toll() {
    // "خسرت القوات ثلاثة من جنودها": a side lost three of its own, the dead of that side
    let text = "وأسفرت الاشتباكات في مدينة الحديدة أمس عن مقتل 12 مسلحا، بينما خسرت القوات \
                الحكومية ثلاثة من جنودها.";
    assert_eq!(tolls(text), vec![Some(15)]);
    // a loss of things is no toll
    let text = "وأسفرت الاشتباكات في مدينة الحديدة أمس عن مقتل 12 مسلحا، بينما خسرت القوات \
                الحكومية ثلاث آليات.";
    assert_eq!(tolls(text), vec![Some(12)]);
}

#[test]
fn the_wounded_who_died_since_raise_the_toll() {
    let text = "انفجرت سيارة مفخخة قرب سوق مدينة الحلة أمس ما أسفر عن مقتل 9 أشخاص وإصابة 20. \
                وقال مصدر طبي إن ثلاثة من المصابين في انفجار سوق الحلة انتقلوا إلى رحمة الله \
                متأثرين بجراحهم.";
    assert_eq!(tolls(text), vec![Some(12)]);
    // wounded who left hospital are no more dead
    let text = "انفجرت سيارة مفخخة قرب سوق مدينة الحلة أمس ما أسفر عن مقتل 9 أشخاص وإصابة 20. \
                وقال مصدر طبي إن ثلاثة من المصابين في انفجار سوق الحلة غادروا المستشفى.";
    assert_eq!(tolls(text), vec![Some(9)]);
}

#[test]
fn the_dead_of_an_incident_days_before_are_not_this_ones() {
    // the killing two days before, told in the interval's clause, is another incident's
    let text = "قتل مسلحون سبعة قرويين في هجوم على قرية قرب مدينة كاتسينا أمس، وقد وقع الهجوم \
                بعد يومين من قيام حراس القرية بقتل ثلاثة من المسلحين، بحسب مسؤول محلي.";
    assert_eq!(tolls(text)[0], Some(7));
}

#[test]
fn a_figure_described_by_a_relative_clause_counts_the_dead_of_its_verb() {
    // the relative clause between the figure and its verb tells what they did
    let text = "وأفادت الشرطة أن ثلاثة عناصر من الجماعة الذين شاركوا في الهجوم على حاجز التفتيش \
                في مدينة العريش قتلوا أمس.";
    assert_eq!(tolls(text), vec![Some(3)]);
    let text = "وأفادت الشرطة أن خمسة مسلحين الذين فروا من السجن في مدينة العريش قتلوا أمس خلال \
                اشتباكات مع الجيش.";
    assert_eq!(tolls(text), vec![Some(5)]);
}

#[test]
fn a_pronoun_on_a_verb_of_killing_names_its_victims() {
    use rasd_core::Qualifier;
    // "فقتلاه": one victim, exactly; "لقيا حتفهما": two
    let events = incident_records(
        "وفي مدينة الزقازيق أطلق مسلحان يستقلان دراجة نارية النار على أمين شرطة فقتلاه أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        count_of(events[0].fatalities.as_ref()),
        Some((Some(1), Qualifier::Exact))
    );
    let target = events[0].actor2.as_ref().map(|a| a.name.as_str());
    assert_eq!(target, Some("Police"), "{events:#?}");
    let text = "وتبادل مسلحان إطلاق النار مع الشرطة في مدينة أضنة أمس قبل أن يلقيا حتفهما. \
                وقالت الشرطة إن المسلحين لقيا حتفهما في الاشتباك.";
    assert!(tolls(text).contains(&Some(2)), "{:#?}", extract(text));
}

#[test]
fn a_verb_of_death_in_the_dual_counts_two() {
    // (sample BE idx 11, a13636: two policemen "قُتلا", not the "at least one" of a bare word)
    let text = "اضطرابات سترة أوقعت شرطيين بحرينيين كانا يؤديان واجبهما حيث قُتلا من قِبل \
                الإرهابيين بعد تفجير إرهابي تسبب أيضاً في إصابة شرطي ثالث بجروح بليغة وخمسة آخرين \
                إصاباتهم طفيفة.";
    assert!(tolls(text).contains(&Some(2)), "{:#?}", extract(text));
    // the noun written with tanwin is no dual: "قتلاً", killing, counts no two
    let text =
        "وأطلق مسلحان النار على حافلة في مدينة العريش أمس وكان الموت قتلاً بالرصاص مصير ركابها.";
    assert!(!tolls(text).contains(&Some(2)), "{:#?}", extract(text));
    // (a13965: the relative of the dual is the verb's antecedent)
    let text = "وتقدم الجنازة العسكرية لشهيدي الواجب ناويد أحمد نزار، وحامد رسول عارف اللذين \
                استشهدا في التفجير الإرهابي في سترة.";
    assert!(tolls(text).contains(&Some(2)), "{:#?}", extract(text));
    // with no dual before it, a word in "-ا" in a list of nouns is the noun, no verb
    // (a30336: "الإرهاب ليس فقط تفجيرا وذبحا وقتلا")
    let text = "وشن مسلحون هجوما على قرية في ريف حلب أمس كان تفجيرا وذبحا وقتلا.";
    assert!(!tolls(text).contains(&Some(2)), "{:#?}", extract(text));
}

#[test]
fn a_large_toll_over_two_years_is_a_statistic() {
    let text = "وخلال العامين الماضيين قتل المسلحون مئات من أفراد الجيش والشرطة في شمال سيناء.";
    let events = extract(text);
    assert!(
        events
            .iter()
            .all(|e| e.status != rasd_core::Status::Incident),
        "{events:#?}"
    );
}

#[test]
fn a_headline_toll_of_one_side_merges_with_the_account_that_adds_the_others() {
    // the headline's ten soldiers are a part of the thirteen the account counts: one incident
    let events = extract(
        "مقتل عشرة جنود في تفجير بمعسكر للجيش في محافظة الأنبار\n\
         وقال مصدر أمني إن انتحاريا فجر حزاما ناسفا داخل المعسكر في محافظة الأنبار ما أدى إلى مقتل عشرة جنود إضافة إلى ثلاثة من العمال.",
    );
    let incidents: Vec<_> = (events.iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(incidents.len(), 1, "{events:#?}");
    let f = incidents[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(13), "{f:#?}");
}

#[test]
fn a_vague_plural_of_the_dead_is_no_toll_of_its_own_at_the_same_place() {
    // a witness retells the bombing with "عدد من القتلى": one incident
    let events = extract(
        "قتل 12 شخصا في تفجير انتحاري استهدف مسجدا في مدينة الرمادي أمس. وقال شاهد عيان إن \
         انفجارا ضخما وقع داخل المسجد في الرمادي أثناء الصلاة وأسفر عن سقوط عدد من القتلى.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].fatalities.as_ref().and_then(|c| c.min), Some(12));
    // another explosion with a figure of its own stays another incident
    let events = extract(
        "قتل 12 شخصا في تفجير انتحاري استهدف مسجدا في مدينة الرمادي أمس. وقالت الشرطة إن \
         انفجارا آخر وقع في سوق بالرمادي وأسفر عن مقتل 3 أشخاص.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn a_figure_told_again_after_the_incident_is_named_counts_once() {
    // the same five wounded, told again after "الاعتداء" in the same sentence
    let events = extract(
        "أصيب 5 أشخاص صباح اليوم بسقوط مقذوفات على حي سكني في نجران، وأوضح المتحدث أن الاعتداء نتج عنه إصابة خمسة أشخاص.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let i = events[0].injuries.as_ref().expect("a toll");
    assert_eq!((i.min, i.max), (Some(5), Some(5)), "{i:#?}");
    // the same three dead, told again after "الهجوم" by a source
    let events = extract(
        "قتل 3 جنود أمس في هجوم على حاجز في العريش، وقال مصدر أمني إن الهجوم أسفر عن مقتل 3 جنود.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.max), (Some(3), Some(3)), "{f:#?}");
    // two groups of the same size are still two groups
    let events = extract("قتل 3 جنود و3 مدنيين أمس في هجوم على حاجز في العريش.");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(6), "{f:#?}");
}

#[test]
fn a_part_placed_near_a_town_after_its_own_event_word_is_an_incident_of_its_own() {
    use rasd_core::Qualifier;
    // "قرب مدينة الحسكة" after the strike: where the first part's strike was, apart from the
    // shelling of the second part, each with its own toll
    let text = "قالت مصادر محلية إن خمسة مسلحين قتلوا في غارة جوية أمس قرب مدينة الحسكة، فيما قتل ثمانية مدنيين في قصف لطائرات النظام على مدينة حلب.";
    let events = incident_records(text);
    assert_eq!(events.len(), 2, "{events:#?}");
    let mut tolls: Vec<_> = events
        .iter()
        .map(|e| count_of(e.fatalities.as_ref()))
        .collect();
    tolls.sort_by_key(|t| t.and_then(|t| t.0));
    assert_eq!(
        tolls,
        [
            Some((Some(5), Qualifier::Exact)),
            Some((Some(8), Qualifier::Exact))
        ]
    );
    // a town told before the later part's event word ("قرب بلدة سرمدا ... لهجمات") is still
    // the place of the strike told first
    let events = incident_records(
        "قال البنتاغون إن القيادي في التنظيم قتل في غارة جوية أمريكية في سوريا أمس بينما كان يتنقل في سيارة قرب بلدة سرمدا، وأضاف أنه خطط لهجمات على الغرب.",
    );
    assert!(
        events.iter().any(|e| e
            .location
            .as_ref()
            .is_some_and(|l| l.text.contains("سرمدا"))),
        "{events:#?}"
    );
}

#[test]
fn this_comes_at_a_time_opens_a_clause_of_another_incident() {
    use rasd_core::Qualifier;
    // "ويأتي ذلك في الوقت الذي ...": the clashes after it are another incident, whose toll is
    // not added to the attack's
    let events = incident_records(
        "قتل ستة جنود في هجوم على حاجز للجيش في مدينة العريش أمس، ويأتي ذلك في الوقت الذي أعلن فيه الجيش مقتل عشرة مسلحين في اشتباكات قرب مدينة رفح.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
    let mut tolls: Vec<_> = events
        .iter()
        .map(|e| count_of(e.fatalities.as_ref()))
        .collect();
    tolls.sort_by_key(|t| t.and_then(|t| t.0));
    assert_eq!(
        tolls,
        [
            Some((Some(6), Qualifier::Exact)),
            Some((Some(10), Qualifier::Exact))
        ]
    );
}

#[test]
fn a_figure_and_its_verb_of_death_parted_by_a_subset_set_off_by_commas_are_one_toll() {
    use rasd_core::Qualifier;
    for (text, dead) in [
        // "، من بينهم انتحاري،": a subset with no figure of its own
        (
            "قال مسؤولون إن ما لا يقل عن ستة أشخاص، من بينهم انتحاري، لقوا حتفهم في تفجير استهدف سوقا في مدينة كركوك أمس.",
            Some((Some(6), Qualifier::AtLeast)),
        ),
        // "، بينهم أربعة قادة،": a counted subset set off by commas
        (
            "قال محافظ الولاية إن 17 مسلحا، بينهم ثلاثة قادة، قتلوا في انفجار عبوة ناسفة في مدينة قندوز أمس.",
            Some((Some(17), Qualifier::Exact)),
        ),
    ] {
        let events = incident_records(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(count_of(events[0].fatalities.as_ref()), dead, "{text}");
    }
}

#[test]
fn a_figure_before_the_day_it_happened_counts_persons_not_days() {
    // "150 يوم الأحد": the day opens after the figure, it is no count of days
    for (text, hurt) in [
        (
            "وتسبب قصف مدفعي للمسلحين في مقتل 40 شخصا وإصابة 150 يوم الأحد في حي الشيخ عثمان بمدينة عدن.",
            150,
        ),
        (
            "وقال مسؤولون إن الهجوم الانتحاري قتل خمسة أشخاص وأصاب 16 اليوم أمام نقطة تفتيش في كابل.",
            16,
        ),
    ] {
        let events = incident_records(text);
        assert!(
            events
                .iter()
                .any(|e| e.injuries.as_ref().and_then(|f| f.min) == Some(hurt)),
            "{text}: {events:#?}"
        );
    }
    // a count of days stays one
    let text = "وأصيب جنديان في اشتباك مع المسلحين في مدينة عدن بعد حصار استمر 40 يوما.";
    let events = incident_records(text);
    assert!(
        events
            .iter()
            .all(|e| e.injuries.as_ref().and_then(|f| f.min) != Some(40)),
        "{events:#?}"
    );
}

#[test]
fn bullets_and_stabs_counted_are_no_persons() {
    for (text, dead, hurt) in [
        (
            "قتل مسلح شرطيا بأربع رصاصات وأصاب زوجته بثلاث طلقات نارية في هجوم على منزلهما في مدينة حائل أمس.",
            Some(1),
            Some(1),
        ),
        (
            "قتل رجل بعدة طعنات في هجوم على متجره في مدينة تبوك أمس.",
            Some(1),
            None,
        ),
        // a unit told with a preposition is no unit of the figure before it
        (
            "أُصيب الشرطيان بطلقات نارية في هجوم على حاجز في مدينة العريش أمس.",
            None,
            Some(2),
        ),
    ] {
        let events = incident_records(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let e = &events[0];
        assert_eq!(e.fatalities.as_ref().and_then(|f| f.min), dead, "{text}: {e:#?}");
        assert_eq!(e.injuries.as_ref().and_then(|f| f.min), hurt, "{text}: {e:#?}");
    }
}

#[test]
fn a_definite_figure_after_a_unit_of_time_counts_the_unit() {
    // "الشهور الثلاثة": three months, not three more dead (the span of months makes the act
    // history, status statistic with its toll: every mention is read)
    let events = extract("وخلال الشهور الثلاثة الماضية قتل ثلاثة قضاة بنيران مسلحين في مدينة العريش.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].fatalities.as_ref().and_then(|f| f.min),
        Some(3),
        "{events:#?}"
    );
}

#[test]
fn figures_after_a_pronoun_of_apposition_tell_who_the_count_were() {
    // "هم 4 أشقاء وطفلة": the five children, not nine more
    let events = incident_records("واستشهد 5 أطفال هم 4 أشقاء وطفلة في قصف على مدينة دوما أمس.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].fatalities.as_ref().and_then(|f| f.min),
        Some(5),
        "{events:#?}"
    );
}

#[test]
fn a_part_told_after_a_counted_noun_of_the_dead_is_of_its_total() {
    // "11 قتيلا بينهم ثلاثة اطفال": three of the eleven ("فقتل منهم 15" stays fifteen)
    for (text, dead) in [
        (
            "ارتفعت حصيلة قتلى القذائف التي سقطت على احياء في دمشق الى 11 قتيلا بينهم ثلاثة اطفال.",
            11,
        ),
        (
            "وهاجم المسلحون القرية فقتل منهم 15 في اشتباكات مع الجيش في ريف درعا امس.",
            15,
        ),
    ] {
        let events = incident_records(text);
        assert!(
            events
                .iter()
                .any(|e| e.fatalities.as_ref().and_then(|f| f.min) == Some(dead)),
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn a_village_the_next_town_locates_is_the_place_not_the_town() {
    // a village the gazetteer lacks, after "قرية", located by the province's town right after
    // it: the village's name at the town's coordinates, precision 2
    let events = incident_records(
        "أفاد ناشطون بمقتل أربعة مدنيين بينهم امرأة جراء قصف مدفعي استهدف منازل في قرية معرشمشة بريف إدلب الشرقي صباح اليوم.",
    );
    let l = events[0].location.as_ref().expect("a place");
    assert_eq!(l.text, "معرشمشة", "{events:#?}");
    assert_eq!(l.precision, Some(2));
    assert_eq!(l.name, "Idlib");
    // a quarter named after "حي" and located by its city ("بمدينة")
    let events = incident_records(
        "قتل رجلان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة داخل سوق شعبي في حي البكرلي بمدينة الموصل مساء أمس.",
    );
    let l = events[0].location.as_ref().expect("a place");
    assert_eq!(l.text, "البكرلي", "{events:#?}");
    assert_eq!(l.precision, Some(2));
    // a list locates nothing: "قرية X والموصل" keeps the city, the last place of the list
    let events = incident_records("قتل رجلان في قصف جوي استهدف قرية البكرلي والموصل مساء أمس.");
    let l = events[0].location.as_ref().expect("a place");
    assert_eq!(l.text, "الموصل", "{events:#?}");
}

#[test]
fn a_towns_countryside_is_near_the_town_not_the_town() {
    // "في ريف حلب الشمالي": the countryside of Aleppo, no finer place named: the town's point at
    // precision 2, not the city itself
    let events = incident_records(
        "وفي محافظة حلب (شمال)، قتل 28 عنصرا على الاقل من الفصائل المقاتلة وداعش اثر اشتباكات بين الطرفين وتفجيرين انتحاريين نفذهما التنظيم في ريف حلب الشمالي، وفق ما اعلن المرصد السوري لحقوق الانسان.",
    );
    let l = events[0].location.as_ref().expect("a place");
    assert_eq!(
        (l.name.as_str(), l.precision),
        ("Aleppo", Some(2)),
        "{events:#?}"
    );
    // the city itself keeps precision 1
    let events =
        incident_records("قتل ثمانية مدنيين في قصف لطائرات النظام السوري على مدينة حلب أمس.");
    let l = events[0].location.as_ref().expect("a place");
    assert_eq!(
        (l.name.as_str(), l.precision),
        ("Aleppo", Some(1)),
        "{events:#?}"
    );
}

#[test]
fn a_toll_told_in_a_towns_countryside_and_in_another_province_is_two_incidents() {
    // the headline's countryside of Latakia and the body's town of Daraa, one toll: two places
    let events = incident_records(
        "مقتل 6 في غارة بريف اللاذقية\nكما قتل ستة أشخاص من عائلة واحدة، بينهم أطفال ونساء، جراء استهداف مدينة بصرى الشام بريف درعا الشرقي بالبراميل المتفجرة الليلة قبل الماضية.",
    );
    let places: Vec<_> = events
        .iter()
        .filter_map(|e| e.location.as_ref())
        .map(|l| l.name.as_str())
        .collect();
    assert!(
        places.contains(&"Latakia") && places.contains(&"Bosra"),
        "{events:#?}"
    );
    // the headline's village of Aleppo's countryside and the body's village there: one
    let events = incident_records(
        "مقتل 12 في قصف جوي على قرية بريف حلب\nأعلن المرصد السوري لحقوق الإنسان أن 12 سوريا قتلوا في قصف لطيران النظام السوري بالبراميل المتفجرة أمس لمناطق في قرية قصر البريج في ريف حلب الشمالي الشرقي.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let l = events[0].location.as_ref().expect("a place");
    assert_eq!(l.name, "Qasr al Burayj", "{events:#?}");
}
