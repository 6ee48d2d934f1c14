//! Event types and sub-types of whole-report incidents (who fought whom, with what, and who
//! took a place), on sentences written for these tests (none of the development data).

use rasd_core::{Event, Report};
use rasd_extract::Extractor;

fn extract(text: &str) -> Vec<Event> {
    let report = Report {
        id: "t".into(),
        text: text.into(),
        published: Some("2015-08-01".into()),
        source: None,
        url: None,
    };
    Extractor::new().with_all(true).extract(&report).events
}

#[test]
fn an_attack_that_kills_members_of_an_armed_side_is_a_clash() {
    for text in [
        // an armed side counted ("N من مسلحي ..."): the others wounded are of it too
        "قتل 7 من مسلحي تنظيم داعش وأصيب آخرون في هجوم شنته قوات البيشمركة على مواقعهم في قرية قرب كركوك أمس.",
        // fighters counted in the accusative ("30 مقاتلا")
        "وقال التنظيم في بيان إن عناصره هاجموا مقرا في بلدة تل رفعت وقتلوا 30 مقاتلا من الفصائل.",
        // two police officers in construct ("ضابطي شرطة")
        "أعلنت السلطات مقتل ضابطي شرطة في هجوم استهدفهما في مدينة ماردين أمس.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(events[0].sub_event_type, "Armed clash", "{text}: {events:#?}");
    }
}

#[test]
fn a_side_after_inna_is_the_subject_of_what_a_speaker_says() {
    // the speaker ("مصدر", "المتحدث") is no side, but the actor after "إن" is the one who acted
    let events =
        extract("وقال مصدر إن الجيش سيطر على مدينة زنجبار أمس بعد معارك مع مسلحي القاعدة.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].sub_event_type, "Government regains territory",
        "{events:#?}"
    );
    let events = extract("وقال المتحدث إن الجيش قصف مقرا للمسلحين في مدينة العريش أمس.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let a1 = events[0].actor1.as_ref().expect("a perpetrator");
    assert_eq!(a1.text, "الجيش", "{events:#?}");
    // the speaker's own side stays out ("المتحدث باسم الجيش")
    let events = extract("وقال المتحدث باسم الجيش إن مسلحين هاجموا حاجزا في مدينة العريش أمس.");
    assert!(
        events
            .iter()
            .all(|e| e.actor1.as_ref().is_none_or(|a| a.text != "الجيش")),
        "{events:#?}"
    );
}

#[test]
fn an_air_strike_told_before_a_clash_in_a_later_clause_keeps_its_type() {
    // the strike holds the place; the clash that finished the reinforcements is told after it
    let events = extract("وأرسل الحوثيون تعزيزات، لكن طيران التحالف قصف تلك التعزيزات في مديرية الصومعة بمحافظة البيضاء، وأن قوات الجيش قضت على ما تبقى منها في مواجهات عنيفة مع الحوثيين.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Air/drone strike", "{events:#?}");
    // a clash told first, or one whose clause holds the place, stays a clash
    for text in [
        "واندلعت اشتباكات عنيفة بين الحوثيين وقوات الجيش في منطقة دار سعد فيما قصفت طائرات حربية مواقعهم.",
        "وقصف طيران التحالف مواقع للمسلحين، وقتل 16 جنديا في كمين نصبه المسلحون في منطقة الطاش جنوب الرمادي.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(events[0].sub_event_type, "Armed clash", "{text}: {events:#?}");
    }
}

#[test]
fn forces_loyal_to_a_government_regain_territory() {
    // "القوات الموالية للحكومة", "المقاتلين الموالين للحكومة": the government's side
    for text in [
        "وسيطرت القوات الموالية للحكومة على مدينة شقرة الساحلية أمس بعد انسحاب الحوثيين منها.",
        "وأفادت تقارير أن المقاتلين الموالين للحكومة سيطروا على عدة أحياء في مدينة جعار.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(
            events[0].sub_event_type, "Government regains territory",
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn a_clash_with_protesters_or_youths_is_a_violent_demonstration() {
    // a crowd is no armed side: ACLED codes its fight with the forces as a riot
    for text in [
        "واندلعت مواجهات بين قوات الأمن والمحتجين في مدينة البصرة أمس.",
        "واندلعت مواجهات بين الجيش الإسرائيلي والشبان الفلسطينيين في قرية بيت أمر قرب الخليل أمس.",
        // residents or families named as a side of the clash
        "ووقعت اشتباكات بين أهالي القتيل وقوات الشرطة في مدينة الناصرية بعد أن قطعوا الطريق.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(events[0].event_type, "Riots", "{text}: {events:#?}");
        assert_eq!(
            events[0].sub_event_type, "Violent demonstration",
            "{text}: {events:#?}"
        );
    }
    // two armed sides still clash
    let events = extract("واندلعت مواجهات بين قوات الأمن ومسلحين في مدينة البصرة أمس.");
    assert_eq!(events[0].sub_event_type, "Armed clash", "{events:#?}");
}

#[test]
fn fire_of_heavy_weapons_on_a_place_is_shelling() {
    let events =
        extract("واستهدفت الميليشيات بالأسلحة الثقيلة الأحياء السكنية التي تسيطر عليها المقاومة في مدينة تعز أمس.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].sub_event_type, "Shelling/artillery/missile attack",
        "{events:#?}"
    );
    // heavy weapons named with no act of violence tell no incident
    let events = extract("وسحبت الحكومة الأسلحة الثقيلة إلى مخازن قرب مدينة تعز أمس.");
    assert!(
        events
            .iter()
            .all(|e| e.status != rasd_core::Status::Incident),
        "{events:#?}"
    );
}

#[test]
fn persons_hit_in_an_attack_on_an_armed_side_leave_it_a_clash() {
    // persons told with no word of who they were are no civilians when the target is armed
    for text in [
        "وقتل ثلاثة أشخاص وأصيب آخرون خلال هجوم شنته قوات الأمن على مقر لتنظيم داعش قرب بلدة مخمور أمس.",
        "وقالت الشرطة إن أربعة من أفرادها قتلوا وأصيب آخرون أثناء هجومهم على مواقع لتنظيم داعش قرب بلدة مخمور.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(events[0].sub_event_type, "Armed clash", "{text}: {events:#?}");
    }
    // civilians named stay civilians
    let events = extract("وقتل ثلاثة مدنيين في هجوم على حاجز لتنظيم داعش قرب بلدة مخمور أمس.");
    assert_eq!(events[0].sub_event_type, "Attack", "{events:#?}");
}

#[test]
fn an_air_strike_is_never_merged_into_a_suicide_bombing() {
    let text = "فتحت تركيا أمس جبهتين، الأولى عند الحدود مع سوريا حيث قصفت الطائرات التركية أهدافا لتنظيم داعش، والثانية ضد حزب العمال الكردستاني. وكان التفجير الانتحاري في بلدة سروج قد أسفر عن مقتل 32 شخصا.";
    let events = extract(text);
    let kinds: Vec<&str> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert!(
        kinds.contains(&"Air/drone strike") && kinds.contains(&"Suicide bomb"),
        "{events:#?}"
    );
}

#[test]
fn a_weapon_seized_or_found_is_no_attack() {
    // "ضبط", "العثور على": the car bombs and the belt were seized, nothing exploded
    for text in [
        "أعلنت الشرطة اعتقال 12 مطلوبا وضبط سيارتين مفخختين وحزام ناسف في مدينة الموصل أمس.",
        "وتمكنت القوات الأمنية من العثور على عشرات العبوات الناسفة في منطقة الدورة جنوب بغداد.",
    ] {
        let events = extract(text);
        assert!(
            (events.iter()).all(|e| e.event_type != "Explosions/Remote violence"),
            "{text}: {events:#?}"
        );
    }
    // a bomb that went off after the seizure is an attack
    let events = extract("وبعد ضبط المتهمين انفجرت سيارة مفخخة في سوق المدينة وقتلت خمسة أشخاص.");
    assert!(
        (events.iter()).any(|e| e.event_type == "Explosions/Remote violence"),
        "{events:#?}"
    );
}

#[test]
fn a_bomb_that_went_off_is_an_explosion_but_fighting_that_broke_out_is_not() {
    // "تفجرت" with a bomb or a vehicle after it tells the explosion; with fighting, the fighting
    // broke out
    let events = extract("وتفجرت عبوة ناسفة بدورية للجيش قرب مدينة الرمادي صباح أمس.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].sub_event_type, "Remote explosive/landmine/IED",
        "{events:#?}"
    );
    assert_eq!(events[0].status, rasd_core::Status::Incident, "{events:#?}");
    let events =
        extract("وقال رئيس البلدية إن الاشتباكات تفجرت بين الطرفين في ضاحية من ضواحي مدينة سبها.");
    assert!(
        (events.iter()).all(|e| e.event_type != "Explosions/Remote violence"),
        "{events:#?}"
    );
}

#[test]
fn a_definite_word_of_a_recalled_bombing_does_not_retype_a_shooting_told_since() {
    // "الهجوم الانتحاري" at the end names the suicide bombing recalled in the first sentence
    // (background: more than 30 days before publication), not the shooting told between them
    let text = "تركيا تشدد إجراءاتها الأمنية\nشددت تركيا إجراءاتها الأمنية بعد أسابيع على الهجوم الانتحاري الذي استهدف مركزا ثقافيا في بلدة سوروتش في 20 يونيو الماضي. وقتل مسلحون شرطيين اثنين برصاص أطلقوه عليهما أمس في بلدة جيلان بينار. وانتقد نواب المعارضة تقصير الحكومة قبل الهجوم الانتحاري.";
    let events = extract(text);
    let shooting: Vec<&Event> = (events.iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(shooting.len(), 1, "{events:#?}");
    assert_ne!(shooting[0].sub_event_type, "Suicide bomb", "{events:#?}");
    assert_eq!(shooting[0].fatalities.as_ref().and_then(|c| c.min), Some(2));
}
