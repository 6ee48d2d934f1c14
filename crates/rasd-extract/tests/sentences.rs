//! Table-driven behaviour tests on real sentences of the development data (copied here as
//! literals): type, counts, place and date of the event each sentence reports. These test the
//! rules that read each mention, so they read every mention (`with_all`), whatever its status;
//! the status itself is tested in `status.rs` there.

mod common;

use common::all_published as extract;
use rasd_core::{Event, Qualifier};

struct Case {
    published: &'static str,
    text: &'static str,
    sub: &'static str,
    killed: Option<u64>,
    injured: Option<u64>,
    place: Option<&'static str>,
    date: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        published: "2007-12-08",
        text: "وقال ان «سيارة مفخخة انفجرت قرب مقر مجلس للصحوة في ضاحية المنصورية الواقعة في بلدة المقدادية (100 كلم شمال شرقي بغداد)، مما أدى الى مقتل عشرة اشخاص على الاقل وإصابة آخرين بجروح».",
        sub: "Remote explosive/landmine/IED",
        killed: Some(10),
        injured: None,
        place: None,
        date: None,
    },
    Case {
        published: "2008-07-31",
        text: "وقتل ما لا يقل عن 28 متطوعا في الجيش العراقي وجرح 55 شخصا اخرون منتصف يوليو (تموز) الحالي، في هجوم انتحاري مزدوج بحزامين ناسفين استهدفا مقرا للتطوع شرق بعقوبة، وفقا لمصادر امنية عراقية.",
        sub: "Suicide bomb",
        killed: Some(28),
        injured: Some(55),
        place: Some("بعقوبة"),
        date: None,
    },
    Case {
        published: "2008-01-10",
        text: "كما هاجم مفجرون انتحاريون سياسيين بينهم زعيمة المعارضة بي نظير بوتو التي اغتيلت في هجوم بالأسلحة والقنابل يوم 27 ديسمبر الماضي.",
        sub: "Suicide bomb",
        killed: None,
        injured: None,
        place: None,
        date: Some("2007-12-27"),
    },
    Case {
        published: "2007-05-06",
        text: "وتبنت الحركة المسؤولية عن عملية تفجير عربة «أورال» في الطريق بين «مقديشو» و«بيدوا» وتدميرها بالكامل وقتل كل من فيها الاثنين الماضي، موضحة أن هذه هي أول عملية من نوعها بعد الانسحاب من المواجه.",
        sub: "Remote explosive/landmine/IED",
        killed: None,
        injured: None,
        place: None,
        date: Some("2007-04-30"),
    },
];

#[test]
fn real_sentences_give_their_events() {
    for c in CASES {
        let events = extract(c.published, c.text);
        let e = events
            .iter()
            .find(|e| e.sub_event_type == c.sub)
            .unwrap_or_else(|| panic!("no {} in {}: {events:#?}", c.sub, c.text));
        if let Some(k) = c.killed {
            assert_eq!(
                e.fatalities.as_ref().and_then(|f| f.min),
                Some(k),
                "{}",
                c.text
            );
        }
        if let Some(k) = c.injured {
            assert_eq!(
                e.injuries.as_ref().and_then(|f| f.min),
                Some(k),
                "{}",
                c.text
            );
        }
        if let Some(p) = c.place {
            assert_eq!(
                e.location.as_ref().map(|l| l.text.as_str()),
                Some(p),
                "{}",
                c.text
            );
        }
        if let Some(d) = c.date {
            assert_eq!(
                e.date.as_ref().map(|x| x.value.as_str()),
                Some(d),
                "{}",
                c.text
            );
        }
    }
}

#[test]
fn at_least_qualifier_is_kept() {
    let events = extract(
        "2007-12-08",
        "مما أدى الى مقتل عشرة اشخاص على الاقل وإصابة آخرين بجروح.",
    );
    let f = events[0].fatalities.as_ref().unwrap();
    assert_eq!(
        (f.min, f.max, f.qualifier),
        (Some(10), None, Qualifier::AtLeast)
    );
}

#[test]
fn counts_before_their_noun_and_after_their_verb_are_told_apart() {
    // "موقعة 11 قتيلا و31 جريحا": 11 dead, 31 wounded (not 42 dead)
    let events = extract(
        "2007-06-01",
        "انفجرت سيارة مفخخة في سوق ببغداد أمس موقعة 11 قتيلا و31 جريحا.",
    );
    let e = &events[0];
    assert_eq!(e.fatalities.as_ref().and_then(|f| f.min), Some(11));
    assert_eq!(e.injuries.as_ref().and_then(|f| f.min), Some(31));
    assert_eq!(
        e.date.as_ref().map(|d| d.value.as_str()),
        Some("2007-05-31")
    );
}

#[test]
fn dead_of_two_groups_add_up_and_subsets_do_not() {
    // "مقتل ستة ... إضافة إلى مقتل ما لا يقل عن 12 مسلحاً" = at least 18
    let events = extract(
        "2016-10-22",
        "اشتبكت القوات مع عناصر من داعش في كركوك مما أدى إلى مقتل ستة وإصابة 12 من عناصر الشرطة، إضافة إلى مقتل ما لا يقل عن 12 مسلحاً.",
    );
    let f = events[0].fatalities.as_ref().unwrap();
    assert_eq!((f.min, f.qualifier), (Some(18), Qualifier::AtLeast));
    // "مقتل 18 ... بينهم 4 إيرانيين": 4 is part of the 18
    let events = extract(
        "2016-10-22",
        "شن تنظيم داعش هجوما على مدينة كركوك مما أسفر عن مقتل 18 من قوات الأمن بينهم 4 إيرانيين.",
    );
    let e = &events[0];
    assert_eq!(e.fatalities.as_ref().and_then(|f| f.min), Some(18));
    assert!(
        e.victims.iter().any(|v| v.count == Some(4)),
        "{:?}",
        e.victims
    );
}

#[test]
fn words_without_violence_give_no_event() {
    for text in [
        "أعلنت قوات الأمن حظر التجول في عموم المدينة.",
        "وأكد الوزير أن الحكومة ستواصل العمل من أجل الاستقرار.",
        "",
        "   ",
    ] {
        assert!(extract("2016-10-22", text).is_empty(), "{text}");
    }
}

#[test]
fn a_singular_person_after_a_kill_word_counts_one_exactly() {
    let events = extract(
        "2008-01-10",
        "قتل شرطي وأصيب جنديان في انفجار عبوة ناسفة في بغداد أمس.",
    );
    let e = &events[0];
    let f = e.fatalities.as_ref().unwrap();
    assert_eq!(
        (f.min, f.qualifier, f.text.as_str()),
        (Some(1), Qualifier::Exact, "قتل شرطي")
    );
    assert_eq!(
        e.injuries.as_ref().and_then(|i| i.min),
        Some(2),
        "a dual counts two"
    );
}

#[test]
fn attackers_who_blew_themselves_up_count_as_dead() {
    // DESIGN.md: "فجر ثلاثة آخرون أنفسهم" counts as fatalities of the same event
    let events = extract(
        "2016-10-22",
        "هاجم انتحاريون مقر الشرطة في كركوك فجر أمس، وقتل شرطي وفجر ثلاثة آخرون أنفسهم.",
    );
    let f = events[0].fatalities.as_ref().unwrap();
    assert_eq!(f.min, Some(4), "{f:?}");
    // "فجر" as dawn with a number is no such count
    let events = extract(
        "2016-10-22",
        "قتل ثلاثة جنود فجر أمس في انفجار عبوة ناسفة في كركوك.",
    );
    assert_eq!(events[0].fatalities.as_ref().and_then(|f| f.min), Some(3));
}

#[test]
fn the_subject_after_a_kill_verb_is_the_perpetrator_when_a_count_follows() {
    // VSO: "قتلت القوات الأميركية 11 مسلحا" — the forces killed, the militants died
    let events = extract(
        "2008-01-10",
        "قتلت القوات الاميركية 11 مسلحا في عملية فجر امس بمدينة الكوت.",
    );
    let e = &events[0];
    assert_eq!(e.sub_event_type, "Armed clash");
    assert_eq!(
        e.actor1.as_ref().map(|a| a.name.as_str()),
        Some("US military")
    );
    assert_eq!(e.fatalities.as_ref().and_then(|f| f.min), Some(11));
}

#[test]
fn counts_of_two_groups_before_a_passive_verb_add_up() {
    let events = extract(
        "2007-10-26",
        "وقال المتحدث العسكري ان 11 مدنيا وأربعة من رجال الشرطة قتلوا في التفجير الانتحاري الذي وقع في البلدة.",
    );
    assert_eq!(events[0].fatalities.as_ref().and_then(|f| f.min), Some(15));
}

#[test]
fn an_attackers_total_holds_the_attackers_told_one_by_one() {
    // the three bombers are among "at least eight militants": 5 + 8, not 5 + 3 + 8
    let events = extract(
        "2015-05-10",
        "وقالت مصادر أمنية إن مسلحين هاجموا مقرا للشرطة في مدينة الرمادي أمس، وفجر ثلاثة آخرون أنفسهم عند البوابة، مما أدى إلى مقتل خمسة من عناصر الشرطة، إضافة إلى مقتل ما لا يقل عن ثمانية مسلحين.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("fatalities");
    assert_eq!(
        (f.min, f.qualifier),
        (Some(13), Qualifier::AtLeast),
        "{f:?}"
    );
    // without a total, the attackers who blew themselves up add to the dead
    let events = extract(
        "2015-05-10",
        "وقالت مصادر أمنية إن مسلحين هاجموا مقرا للشرطة في مدينة الرمادي أمس، وفجر ثلاثة آخرون أنفسهم عند البوابة، مما أدى إلى مقتل خمسة من عناصر الشرطة.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("fatalities");
    assert_eq!(f.min, Some(8), "{f:?}");
}

#[test]
fn deaths_outside_the_city_go_to_the_storys_incident_nearby() {
    let story = "شن مسلحون هجوما واسعا على مدينة بعقوبة، مما أسفر عن مقتل تسعة من الحراس خارج المدينة بينهم ثلاثة أجانب. وفي المقدادية فجر انتحاري نفسه عند حاجز للشرطة صباح أمس.";
    let events = extract("2015-05-10", story);
    let at = |place: &str| {
        events
            .iter()
            .find(|e| e.location.as_ref().is_some_and(|l| l.text == place))
            .unwrap_or_else(|| panic!("no event at {place}: {events:#?}"))
    };
    let muqdadiya = at("المقدادية");
    assert_eq!(
        muqdadiya.fatalities.as_ref().and_then(|f| f.min),
        Some(9),
        "{muqdadiya:#?}"
    );
    assert!(
        muqdadiya.victims.iter().any(|v| v.count == Some(3)),
        "{muqdadiya:#?}"
    );
    assert_eq!(at("بعقوبة").fatalities, None);
    // alone, the deaths stay with the incident that tells them
    let first = story.split(". ").next().unwrap();
    let events = extract("2015-05-10", first);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        events[0].fatalities.as_ref().and_then(|f| f.min),
        Some(9),
        "{events:#?}"
    );
}

#[test]
fn what_followed_an_attack_is_an_incident_of_its_own_at_the_same_place() {
    let events = extract(
        "2010-03-10",
        "انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الحلة صباح أمس أعقبها تبادل لإطلاق النار بين الشرطة ومسلحين.",
    );
    let kinds: Vec<_> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(
        kinds,
        ["Remote explosive/landmine/IED", "Armed clash"],
        "{events:#?}"
    );
    for e in &events {
        assert_eq!(e.location.as_ref().map(|l| l.text.as_str()), Some("الحلة"));
    }
}

#[test]
fn a_similar_attack_days_before_takes_the_kind_and_an_anchored_date() {
    let events = extract(
        "2010-03-10",
        "قتل 12 شخصا في هجوم انتحاري استهدف نقطة تفتيش في مدينة بعقوبة أمس، وذلك بعد يومين من هجوم مماثل في مدينة سامراء.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
    let (first, second) = (&events[0], &events[1]);
    assert_eq!(first.date.as_ref().unwrap().value, "2010-03-09");
    assert_eq!(second.location.as_ref().unwrap().text, "سامراء");
    assert_eq!(second.sub_event_type, "Suicide bomb");
    let d = second.date.as_ref().unwrap();
    assert_eq!(
        (d.value.as_str(), d.text.as_deref()),
        ("2010-03-07", Some("بعد يومين"))
    );
    assert_eq!(second.fatalities, None);
}

#[test]
fn similar_incidents_in_the_next_sentence_take_the_kind_told_before() {
    // "وفي حوادث مماثلة": the deaths told next were of the bombing's kind, not a clash
    let events = extract(
        "2012-05-10",
        "قتل أربعة أشخاص وأصيب عشرة آخرون بانفجار عبوة ناسفة في سوق بمدينة الموصل أمس. وفي حوادث مماثلة قتل اثنان من عناصر الشرطة وأصيب ثلاثة آخرون في بلدة تلعفر.",
    );
    let kinds: Vec<_> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "Remote explosive/landmine/IED",
            "Remote explosive/landmine/IED"
        ],
        "{events:#?}"
    );
    assert_eq!(events[1].location.as_ref().unwrap().text, "تلعفر");
}

#[test]
fn the_morrow_of_an_incident_dates_it_the_day_before_and_keeps_the_toll_told_after_it() {
    // "غداة" is an interval of one day in one word: the clash was the day before the strikes;
    // the figures told after its clause ("، وأسفر القصف عن مقتل") are the strikes'
    let events = extract(
        "2016-03-10",
        "شنت مقاتلات أردنية اليوم غارات على مواقع للمسلحين في محافظة درعا وذلك غداة اشتباكات بين حرس الحدود ومهربين قرب معبر نصيب، وأسفر القصف عن مقتل سبعة مسلحين.",
    );
    let kinds: Vec<_> = events.iter().map(|e| e.sub_event_type.as_str()).collect();
    assert_eq!(kinds, ["Air/drone strike", "Armed clash"], "{events:#?}");
    assert_eq!(events[0].date.as_ref().unwrap().value, "2016-03-10");
    assert_eq!(events[0].fatalities.as_ref().map(|f| f.min), Some(Some(7)));
    let d = events[1].date.as_ref().unwrap();
    assert_eq!(
        (d.value.as_str(), d.text.as_deref()),
        ("2016-03-09", Some("غداة"))
    );
    assert_eq!(events[1].fatalities, None, "{events:#?}");
}

#[test]
fn an_interval_after_words_of_no_incident_dates_the_incident_before_the_day_told() {
    // the clause before the interval tells news of no violence, dated by the story
    let events = extract(
        "2016-05-12",
        "أعلن المحافظ اليوم الخميس حظر التجول في المدينة.\nويأتي القرار بعد ثلاثة أيام من مقتل أربعة أشخاص في هجوم مسلح على سوق في بلدة الخالص.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let d = events[0].date.as_ref().unwrap();
    assert_eq!(
        (d.value.as_str(), d.text.as_deref()),
        ("2016-05-09", Some("بعد ثلاثة أيام"))
    );
}

#[test]
fn an_incident_named_again_before_an_interval_is_no_incident_of_its_own() {
    // "ويأتي هذا الهجوم غداة ...": the attack is the one told before; the part before the
    // interval makes no second record of it
    let events = extract(
        "2015-07-31",
        "«جبهة النصرة» تهجم على مقار مقاتلين مدربين لدى الأميركيين\nهاجمت جبهة النصرة اليوم الجمعة مقراً للفرقة 30 التي تلقى أعضاؤها تدريبات عسكرية في إطار البرنامج الأميركي للمعارضة المعتدلة، تلته اشتباكات في شمال سوريا تسببت بمقتل 11 شخصا، بحسب المرصد السوري لحقوق الإنسان.\nويأتي هذا الهجوم غداة إقدام الجبهة على خطف ثمانية عناصر من الفرقة بينهم قائدها، وهو أمر نفته وزارة الدفاع الأميركية.\nوقال المرصد في بريد إلكتروني \"تدور اشتباكات بين جبهة النصرة ومقاتلين من فصائل مقاتلة بينها الفرقة 30 تلت هجوما من الجبهة فجر اليوم على مقر الفرقة في محيط مدينة اعزاز في ريف حلب الشمالي\".",
    );
    let clashes = |events: &[Event]| {
        (events.iter())
            .filter(|e| {
                e.sub_event_type == "Armed clash" && e.status == rasd_core::Status::Incident
            })
            .count()
    };
    assert_eq!(clashes(&events), 1, "{events:#?}");
}

#[test]
fn an_incident_without_a_place_takes_the_storys_country_but_not_a_foreign_forces() {
    let events = extract(
        "2008-03-10",
        "اشتبكت قوات الأمن مع مسلحين في مدينة بيشاور أمس. وفي حادث منفصل، قتل ثلاثة أشخاص في انفجار عبوة ناسفة.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
    let l = events[1].location.as_ref().expect("a country");
    assert_eq!(
        (l.country.as_deref(), l.precision),
        (Some("PK"), Some(3)),
        "{l:?}"
    );
    // US forces fight abroad: their country is not where the incident happened
    let events = extract(
        "2008-03-10",
        "وأعلن الجيش الأمريكي أن قواته قتلت مسلحا خلال عمليات في العاصمة.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].location, None, "{events:#?}");
}

#[test]
fn a_subset_between_a_figure_and_its_verb_does_not_part_them() {
    let events = extract(
        "2008-03-10",
        "وقال مصدر في الشرطة إن ستة أشخاص بينهم ثلاثة من عناصر الأمن قتلوا في انفجار سيارة مفخخة في مدينة الحلة.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("fatalities");
    assert_eq!(f.min, Some(6), "{f:?}");
}

#[test]
fn a_person_joined_to_a_count_adds_one_but_not_inside_a_subset_or_a_counted_pair() {
    let killed = |text: &str| -> Vec<Option<u64>> {
        extract("2009-05-02", text)
            .iter()
            .map(|e| e.fatalities.as_ref().and_then(|f| f.min))
            .collect()
    };
    assert_eq!(
        killed("قتل أربعة من عناصر الجيش، ومترجم محلي في هجوم على دورية قرب مدينة تكريت."),
        vec![Some(5)]
    );
    assert_eq!(
        killed("أسفر انفجار عبوة ناسفة في الموصل عن مقتل شرطيين وطفل وامرأة."),
        vec![Some(4)]
    );
    // the accusative's alif ("وطفلا"), and a victim phrase of a few words in between
    assert_eq!(
        killed("وقال الجيش إن الغارة قتلت ثلاثة مسلحين وامرأة وطفلا في قرية قرب مدينة الرمادي."),
        vec![Some(5)]
    );
    assert_eq!(
        killed("قتل أمس ستة من أفراد الشرطة المحلية الأفغانية، وسائق في انفجار قرب مدينة قندهار."),
        vec![Some(7)]
    );
    // "اثنين، هما مجند وشرطي" tells who the two were
    let events = extract(
        "2009-05-02",
        "وأسفر إطلاق النار في مدينة تكريت عن إصابة اثنين آخرين، هما مجند وشرطي.",
    );
    assert_eq!(
        events[0].injuries.as_ref().and_then(|f| f.min),
        Some(2),
        "{events:#?}"
    );
    // the five hold the policeman and the civilian
    assert_eq!(
        killed("قتل خمسة أشخاص بينهم شرطي ومدني في انفجار سيارة مفخخة في كركوك."),
        vec![Some(5)]
    );
    // "ألف رجل وامرأة": the figure counts both nouns
    assert_eq!(
        killed("وتقول منظمات حقوقية إن القصف على المدينة قتل ألف رجل وامرأة خلال الحرب."),
        vec![Some(1000)]
    );
    assert_eq!(
        killed("قتل في المعارك نحو ألفي شخص بين قتيل وأسير خلال الحرب في المدينة."),
        vec![Some(2000)]
    );
    // "بين قتيل وجريح" splits the figure, it adds nobody
    let events = extract(
        "2009-05-02",
        "سقط أكثر من 40 شخصا بين قتيل وجريح في قصف على سوق شعبي في مدينة حلب.",
    );
    assert!(
        events
            .iter()
            .all(|e| e.fatalities.as_ref().and_then(|f| f.min) != Some(41)),
        "{events:#?}"
    );
}

#[test]
fn the_one_killed_with_others_counts_with_them() {
    let events = extract(
        "2009-05-02",
        "اغتيل القاضي الذي قتل مع 6 أشخاص آخرين في انفجار سيارة مفخخة استهدف موكبه في مدينة البصرة أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("fatalities");
    assert_eq!(f.min, Some(7), "{f:?}");
    // a count between the verb and "مع" is the subject: nothing to add
    let events = extract(
        "2009-05-02",
        "قتل خمسة جنود مع 3 مدنيين آخرين في هجوم على حاجز في مدينة بعقوبة أمس.",
    );
    let f = events[0].fatalities.as_ref().expect("fatalities");
    assert_eq!(f.min, Some(8), "{f:?}");
}

#[test]
fn a_part_of_a_country_is_named_with_its_direction_and_a_province_beats_its_anchor() {
    let place = |text: &str| {
        let events = extract("2009-05-02", text);
        let l = events[0].location.clone().expect("a place");
        (l.text, l.name, l.precision)
    };
    assert_eq!(
        place("قتل خمسة جنود في هجوم انتحاري بشمال غرب باكستان أمس."),
        ("شمال غرب باكستان".into(), "Pakistan".into(), Some(3))
    );
    // the country's own mention elsewhere in the sentence does not outrank the part
    assert_eq!(
        place("قتل ثلاثة شرطيين في هجوم في شرق أفغانستان، هو الثالث في أفغانستان هذا الشهر.").0,
        "شرق أفغانستان"
    );
    // "ديالى، شمال شرق بغداد": Baghdad only locates Diyala
    assert_eq!(
        place("قتل عشرة أشخاص في انفجار سيارة مفخخة في محافظة ديالى، شمال شرق بغداد، أمس.").1,
        "Diyala"
    );
    // a town keeps its own name: the direction after a distance is an anchor
    assert_eq!(
        place("قتل أربعة في انفجار في بلدة بيجي (200 كلم شمال بغداد).").1,
        "Bayjī"
    );
}

#[test]
fn an_attack_days_after_another_in_the_same_sentence_is_two_incidents() {
    let events = extract(
        "2008-03-10",
        "وهاجم مسلحون مقرا للشرطة في بلدة الخالص أمس في هجوم انتقامي بعد يومين من تفجير انتحاري قرب حسينية في البلدة نفسها أسفر عن مقتل تسعة أشخاص.",
    );
    let got: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.sub_event_type.as_str(),
                e.fatalities.as_ref().and_then(|f| f.min),
                e.date.as_ref().map(|d| d.value.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("Armed clash", None, Some("2008-03-09")),
            ("Suicide bomb", Some(9), Some("2008-03-07")),
        ],
        "{events:#?}"
    );
}

#[test]
fn a_definite_phrase_matches_its_indefinite_entry() {
    // the lexicon spells "قنبلة صوتية"; the article on each word is the same weapon
    let events = extract(
        "2008-03-10",
        "وأصيب جنديان في انفجار القنبلة الصوتية قرب معسكر في مدينة الرمادي أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Grenade");
    assert_eq!(events[0].trigger.text, "القنبلة الصوتية");
}

#[test]
fn a_sequel_of_another_kind_needs_no_comma() {
    let events = extract(
        "2008-03-10",
        "وشنت طائرات حربية غارة جوية على مواقع للمسلحين قرب مدينة بعقوبة (شمال شرق بغداد) أعقبتها اشتباكات أدت الى مقتل سبعة مسلحين.",
    );
    let got: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.sub_event_type.as_str(),
                e.fatalities.as_ref().and_then(|f| f.min),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![("Air/drone strike", None), ("Armed clash", Some(7))],
        "{events:#?}"
    );
}

#[test]
fn a_dateline_is_where_the_report_was_filed_not_where_it_happened() {
    let events = extract(
        "2008-06-02",
        "كابل ـ رويترز: قال مسؤولون إن خمسة جنود قتلوا في هجوم بإقليم هلمند أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].location.as_ref().unwrap().name, "Helmand");
    // with no other place, the dateline is all the text says
    let events = extract(
        "2008-06-02",
        "الموصل ـ رويترز: قالت الشرطة إن ثلاثة أشخاص قتلوا في انفجار عبوة ناسفة أمس.",
    );
    assert_eq!(events[0].location.as_ref().unwrap().name, "Mosul");
}

#[test]
fn a_figure_after_another_predicate_joined_by_wa_is_not_this_triggers() {
    let counts = |text: &str| {
        let events = extract("2009-03-02", text);
        assert_eq!(events.len(), 1, "{events:#?}");
        let min = |c: &Option<rasd_core::Count>| c.as_ref().and_then(|c| c.min);
        (min(&events[0].fatalities), min(&events[0].injuries))
    };
    // the missing are not wounded
    assert_eq!(
        counts("وقال المتحدث إن الكمين أسفر عن مقتل خمسة جنود وأصيب 3 وفقدنا 20 من عناصرنا."),
        (Some(5), Some(3))
    );
    // the freed are not dead
    assert_eq!(
        counts("وأعلن الجيش في بيان مقتل الرهينة الفرنسي وتحرير رهينتين في عملية عسكرية."),
        (Some(1), None)
    );
    // a figure joined to a person noun still sums
    assert_eq!(
        counts("قتل 4 جنود وشرطيين اثنين في هجوم مسلح على حاجز امس."),
        (Some(6), None)
    );
}

#[test]
fn a_part_of_a_total_with_its_own_verb_is_the_attacks_toll() {
    let killed = |text: &str| {
        let events = extract("2009-03-02", text);
        assert_eq!(events.len(), 1, "{events:#?}");
        events[0].fatalities.as_ref().and_then(|c| c.min)
    };
    assert_eq!(
        killed("قتل 25 شخصا في أنحاء متفرقة من العراق أمس، بينهم 10 لقوا حتفهم في انفجار سيارة مفخخة في سوق بمدينة الحلة."),
        Some(10)
    );
    // a part without a verb of its own is who the dead were
    assert_eq!(
        killed("قتل 12 شخصا بينهم 3 أطفال في انفجار سيارة مفخخة في سوق بمدينة الحلة أمس."),
        Some(12)
    );
}

#[test]
fn a_definite_event_word_later_in_the_story_names_the_incident_told() {
    let events = extract(
        "2015-08-01",
        "انفجرت سيارة مفخخة في سوق بمدينة الحلة أمس ما أدى إلى مقتل 12 شخصا. ووصف المحافظ ما جرى بأنه عمل جبان. وتشهد المدينة توترا منذ أسابيع. وقال شهود إن الانفجار وقع قرب مطعم مزدحم في وسط المدينة.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].fatalities.as_ref().and_then(|c| c.min), Some(12));
    // a new explosion with its own toll at the same place is another incident
    let events = extract(
        "2015-08-01",
        "انفجرت سيارة مفخخة في بغداد أمس ما أدى إلى مقتل 5 أشخاص. وانفجرت عبوة ناسفة في بغداد أمس ما أدى إلى مقتل 3 أشخاص.",
    );
    let killed: Vec<_> = events
        .iter()
        .map(|e| e.fatalities.as_ref().and_then(|c| c.min))
        .collect();
    assert_eq!(killed, vec![Some(5), Some(3)], "{events:#?}");
    // and so is one told on another day
    let events = extract(
        "2015-08-01",
        "وتعرضت دورية للشرطة أمس لانفجار عبوة ناسفة في بلدة سترة. وكانت دورية أخرى تعرضت الأربعاء لانفجار في بلدة سترة أيضا.",
    );
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn an_accident_a_disease_or_a_game_is_not_political_violence() {
    for text in [
        "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون في حادث مروري على طريق الرياض أمس.",
        "وكانت الأسرة في طريقها إلى المدينة عندما انفجر الإطار الأمامي للسيارة ما أدى إلى وفاة طفلين.",
        "وأعلنت وزارة الصحة تسجيل 40 إصابة جديدة بالكوليرا ووفاة ستة أشخاص خلال الأسبوع.",
        "وقاد المدافع الدولي هجوم فريقه في الشوط الثاني من المباراة دون أن يسجل.",
    ] {
        let events = extract("2015-08-01", text);
        assert!(events.is_empty(), "{text}: {events:#?}");
    }
    // a bombing stays a bombing, whatever else the sentence tells
    let events = extract(
        "2015-08-01",
        "وانفجرت سيارة مفخخة قرب حافلة تقل مشجعين بعد المباراة في الموصل أمس ما أدى إلى مقتل 4.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn a_denied_death_or_injury_counts_nobody() {
    let events = extract(
        "2015-08-01",
        "وسقطت قذيفة هاون على مبنى البلدية في مدينة الرمادي أمس من دون تسجيل إصابات.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    // nobody: an explicit 0 (tests/no_casualties.rs), never one for the word denied
    let injuries = events[0].injuries.as_ref().expect("a count");
    assert_eq!(
        (injuries.min, injuries.max),
        (Some(0), Some(0)),
        "{events:#?}"
    );
    // the qualifier "ما لا يقل عن" is no denial
    let events = extract(
        "2015-08-01",
        "وقتل ما لا يقل عن 10 أشخاص في انفجار سيارة مفخخة في مدينة الرمادي أمس.",
    );
    assert_eq!(events[0].fatalities.as_ref().and_then(|c| c.min), Some(10));
}

#[test]
fn the_dead_and_the_wounded_together_are_neither() {
    let events = extract(
        "2015-08-01",
        "وأسفر انفجار سيارة مفخخة في سوق شعبي بمدينة الرمادي أمس عن سقوط 40 شخصا بين قتيل وجريح.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let min = |c: &Option<rasd_core::Count>| c.as_ref().and_then(|c| c.min);
    assert_ne!(min(&events[0].fatalities), Some(40), "{events:#?}");
    assert_ne!(min(&events[0].injuries), Some(40), "{events:#?}");
}

#[test]
fn a_figure_joined_by_wa_starts_the_next_item() {
    let counts = |text: &str| {
        let events = extract("2015-08-01", text);
        assert_eq!(events.len(), 1, "{events:#?}");
        let min = |c: &Option<rasd_core::Count>| c.as_ref().and_then(|c| c.min);
        (min(&events[0].fatalities), min(&events[0].injuries))
    };
    // the tens of wounded are not more dead
    assert_eq!(
        counts("وقال مسؤول محلي إن القصف أوقع نحو 20 قتيلا وعشرات الجرحى في البلدة."),
        (Some(20), Some(10))
    );
    // nor are the arrested
    assert_eq!(
        counts("وقال الجيش إنه قتل 12 مسلحا واعتقل 40 آخرين خلال اشتباكات في ولاية ديالى أمس."),
        (Some(12), None)
    );
}

#[test]
fn a_dateline_after_its_agency_is_where_the_report_was_filed() {
    let events = extract(
        "2015-08-01",
        "رويترز- القاهرة: قالت مصادر أمنية إن ثلاثة جنود قتلوا في هجوم على نقطة تفتيش في مدينة العريش أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].location.as_ref().unwrap().text, "العريش");
}

#[test]
fn the_same_toll_told_again_is_the_same_incident() {
    let events = extract(
        "2015-08-01",
        "قتل 12 جنديا على الأقل صباح أمس في هجوم مسلح على حاجز للجيش في محافظة الأنبار. وقال مسؤول محلي إن المسلحين هاجموا الحاجز فجر الخميس وقتلوا 12 جنديا.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].fatalities.as_ref().and_then(|c| c.min), Some(12));
}

#[test]
fn a_verb_of_hitting_wounds_only_people() {
    let events = extract(
        "2015-08-01",
        "وقصفت طائرات التحالف مواقع للمسلحين في مدينة صعدة أمس وأصابت مستودعا للذخيرة.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].injuries, None, "{events:#?}");
    // a person with a possessive pronoun is a person
    let events = extract(
        "2015-08-01",
        "وانفجرت عبوة ناسفة بشاحنة في مدينة الرمادي أمس وأصابت سائقها.",
    );
    assert_eq!(events[0].injuries.as_ref().and_then(|c| c.min), Some(1));
    // a person noun with "ل" owns the house hit: the shells hurt nobody
    let events = extract(
        "2015-08-03",
        "شهدت إحدى القرى التابعة لمحافظة الحرث أمس سقوط ثلاث قذائف، وأصابت منزلا لمواطن.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].injuries, None, "{events:#?}");
}

#[test]
fn struck_with_fear_is_no_wound() {
    // "أصيبوا بالذعر", "أصابت ... بالرعب": fear or shock, nobody wounded
    let events = extract(
        "2015-08-01",
        "دارت معارك عنيفة أمس في محيط قاعدة العند بين المقاومة ومليشيا الحوثي، واصيبوا بالذعر لأنهم محاصرون.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].injuries, None, "{events:#?}");
    // a wound with "ب" is still one
    let events = extract(
        "2015-08-01",
        "دارت معارك عنيفة أمس في محيط قاعدة العند بين المقاومة ومليشيا الحوثي، وأصيب ثلاثة مقاتلين بجروح.",
    );
    assert_eq!(events[0].injuries.as_ref().and_then(|c| c.min), Some(3));
}
/// The fatalities of the first event: (min, max, qualifier).
fn first_toll(text: &str) -> Option<(Option<u64>, Option<u64>, Qualifier)> {
    let events = extract("2015-08-01", text);
    let f = events.first()?.fatalities.as_ref()?;
    Some((f.min, f.max, f.qualifier))
}

#[test]
fn figures_the_text_layer_reads_as_no_counts_stay_out_of_tolls() {
    // a year and a written date are no counts (the governor killed is one: persons.tsv)
    assert_eq!(
        first_toll("قتل الوالي عام 1296م في هجوم على قصره."),
        Some((Some(1), Some(1), Qualifier::Exact))
    );
    assert_eq!(
        first_toll("اغتيل سنة 715 هـ في هجوم على قصره."),
        Some((Some(1), None, Qualifier::Unknown))
    );
    assert_eq!(
        first_toll("بتاريخ 12/4/1434 قتل مسلحون 6 حراس في هجوم على نقطة تفتيش.").map(|t| t.0),
        Some(Some(6))
    );
    // "عائلة واحدة" adds nobody
    assert_eq!(
        first_toll("قتل 9 أشخاص من عائلة واحدة في قصف على حي سكني.").map(|t| t.0),
        Some(Some(9))
    );
    // "بين 20 أو 30" is a range, not 50
    assert_eq!(
        first_toll("قتل بين 20 أو 30 مدنيا في قصف على سوق القرية."),
        Some((Some(20), Some(30), Qualifier::Range))
    );
    // a decimal with a scale word is read whole but tells an aggregate, not a toll
    assert_eq!(
        first_toll("قتل 5ر1 مليون شخص في الحرب الأهلية.").map(|t| t.0),
        Some(Some(1))
    );
}

#[test]
fn a_count_of_shells_is_no_count_of_people() {
    let events = extract(
        "2015-08-01",
        "وأدى القصف إلى مقتل خمسة أشخاص بعد سقوط أكثر من 200 قذيفة على بلدة الفوعة أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].fatalities.as_ref().and_then(|c| c.min), Some(5));
}

#[test]
fn a_date_after_publication_does_not_date_the_event() {
    // the event takes the story's day, not tomorrow's visit
    let events = extract(
        "2019-09-03",
        "قالت الشرطة أمس إن مسلحين هاجموا قرية في ولاية بورنو. وسيزور الحاكم القرية غدا بعد مقتل ستة مزارعين في الهجوم.",
    );
    assert!(!events.is_empty());
    for e in &events {
        let d = e.date.as_ref().map(|d| d.value.as_str());
        assert_eq!(d, Some("2019-09-02"), "{events:#?}");
    }
}

#[test]
fn a_later_sentence_takes_the_storys_day_not_a_background_year() {
    let events = extract(
        "2019-09-03",
        "قال ضابط في الجيش أمس إن القوات تلاحق المتمردين في الجبال منذ العام الماضي. وقتل أربعة جنود في كمين نصبه مسلحون قرب الحدود.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let d = events[0].date.as_ref().unwrap();
    assert_eq!(
        (d.value.as_str(), d.text.as_deref()),
        ("2019-09-02", Some("أمس"))
    );
}

/// The date of the only event of `text`.
fn date_of(published: &str, text: &str) -> Option<(String, String)> {
    let events = extract(published, text);
    assert_eq!(events.len(), 1, "{text}: {events:#?}");
    let d = events[0].date.as_ref()?;
    Some((d.value.clone(), d.text.clone().unwrap_or_default()))
}

#[test]
fn a_part_of_a_month_with_its_other_name_is_a_date() {
    let d = date_of(
        "2019-09-03",
        "قتل خمسة أشخاص في انفجار سيارة مفخخة في سوق بمدينة الرمادي منتصف مارس (آذار) الماضي.",
    );
    assert_eq!(
        d,
        Some(("2019-03-01".into(), "منتصف مارس (آذار) الماضي".into()))
    );
}

#[test]
fn a_day_within_the_year_named_in_the_sentence_is_the_date() {
    let d = date_of(
        "2019-09-03",
        "لقي ثلاثة جنود حتفهم أمس في ولاية قندهار جنوب البلاد، في أول تفجير بعبوة ناسفة يشهده عام 2019.",
    );
    assert_eq!(d, Some(("2019-09-02".into(), "أمس".into())));
}

#[test]
fn a_later_sentence_does_not_take_a_day_long_past() {
    let events = extract(
        "2019-09-03",
        "قالت مصادر محلية أمس إن مسلحين هاجموا قرية قرب مدينة جوس. وكان الجيش قد انتشر في المنطقة في الثالث من مارس 2018. وقتل ستة قرويين في الهجوم.",
    );
    let e = events
        .iter()
        .find(|e| e.fatalities.as_ref().and_then(|f| f.min) == Some(6))
        .unwrap_or_else(|| panic!("{events:#?}"));
    let d = e.date.as_ref().unwrap();
    assert_eq!(d.value, "2019-09-02", "{events:#?}");
}

#[test]
fn yesterday_with_its_weekday_is_one_date_and_the_weekday_wins() {
    // published on a Saturday, a week after the attack: the weekday tells the day
    let d = date_of(
        "2019-09-07",
        "قتل خمسة أشخاص في هجوم انتحاري استهدف سوقا في مدينة مايدوغوري أمس الأحد.",
    );
    assert_eq!(d, Some(("2019-09-01".into(), "أمس الأحد".into())));
}

#[test]
fn others_told_with_soldiers_are_soldiers() {
    let events = extract(
        "2015-08-01",
        "وقال المتحدث إن أربعة جنود قتلوا وإن ثلاثة آخرين أصيبوا عندما تعرضوا لهجوم شنه مسلحون على حاجز في مدينة سرت أمس.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Armed clash", "{events:#?}");
}

#[test]
fn an_attack_of_another_month_is_another_incident() {
    let events = extract(
        "2015-07-26",
        "فجر انتحاري نفسه أمس في السوق المركزية في نجامينا مما أسفر عن مقتل 14 شخصا. وكانت الجماعة قد أعلنت مسؤوليتها عن الهجوم المزدوج الذي أسفر عن مقتل 38 شخصا في منتصف يونيو الماضي في نجامينا.",
    );
    let killed: Vec<_> = events
        .iter()
        .map(|e| e.fatalities.as_ref().and_then(|c| c.min))
        .collect();
    assert_eq!(killed, vec![Some(14), Some(38)], "{events:#?}");
}

#[test]
fn the_speakers_capital_is_not_the_place_and_a_part_of_a_country_is() {
    // sentences written for this test
    let place = |text: &str| {
        let events = extract("2015-08-01", text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        events[0].location.as_ref().map(|l| l.text.clone())
    };
    // a capital right after a verb of saying is the government speaking
    assert_eq!(
        place("أعلنت واشنطن أن غارة جوية قتلت قياديا في حركة الشباب في الصومال.").as_deref(),
        Some("الصومال")
    );
    // where the speaker is, before a comma and the verb, is not where it happened; a direction
    // before a country names a part of it
    assert_eq!(
        place(
            "وفي أنقرة، قال رئيس الوزراء إن الطائرات التركية قصفت مواقع للمسلحين في شمال العراق."
        )
        .as_deref(),
        Some("شمال العراق")
    );
}

#[test]
fn a_second_group_joined_to_a_count_adds_to_it() {
    // sentences written for this test
    let counts = |text: &str| {
        let events = extract("2015-08-01", text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        let c = |x: &Option<rasd_core::Count>| x.as_ref().and_then(|c| c.min);
        (c(&events[0].fatalities), c(&events[0].injuries))
    };
    assert_eq!(
        counts("وأسفر التفجير عن استشهاد عشرة من منسوبي قوات الأمن وثلاثة من العاملين في الموقع."),
        (Some(13), None)
    );
    // another verb between keeps the second figure out, and a subset is no addition
    assert_eq!(
        counts("قتل خمسة من المسلحين واعتقل ثلاثة من رفاقهم في بغداد أمس."),
        (Some(5), None)
    );
    assert_eq!(
        counts("قتل 12 من عناصر الشرطة، بينهم ثلاثة من الضباط، في هجوم على كركوك."),
        (Some(12), None)
    );
}

#[test]
fn a_destruction_that_kills_is_an_attack_on_people() {
    // sentences written for this test
    let types = |text: &str| {
        extract("2015-08-01", text)
            .iter()
            .map(|e| e.sub_event_type.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        types("أحرق مستوطنون منزلا في قرية بالضفة الغربية فجر أمس ما أدى إلى مقتل رضيع."),
        vec!["Attack"]
    );
    assert_eq!(
        types("أحرق مجهولون سيارة في الخليل فجر أمس."),
        vec!["Looting/property destruction"]
    );
}

#[test]
fn a_witness_quote_of_the_blast_retells_the_incident() {
    // the witness's "انفجارا" with fewer dead than the report's toll is the bombing told again
    let text = "قتل 25 شخصا أمس الأحد في هجوم انتحاري استهدف سوقا شعبية في مدينة كركوك شمال العراق. وقال أحد السكان لوكالة الأنباء: «رأيت أكثر من 15 جثة على الأرض. كان انفجارا قويا هز المنطقة كلها». وأعلنت الشرطة فرض حظر للتجول.";
    let events: Vec<Event> = (extract("2015-08-03", text).into_iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(events.len(), 1, "{events:#?}");
    // a quotation that tells more dead than the report's toll is no mere retelling of it
    let text = "قتل 5 أشخاص أمس الأحد في هجوم انتحاري استهدف سوقا شعبية في مدينة كركوك شمال العراق. وقال أحد السكان لوكالة الأنباء: «رأيت أكثر من 15 جثة على الأرض. كان انفجارا قويا هز المنطقة كلها». وأعلنت الشرطة فرض حظر للتجول.";
    let events: Vec<Event> = (extract("2015-08-03", text).into_iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(events.len(), 2, "{events:#?}");
}

#[test]
fn a_death_joined_with_another_act_on_its_own_day_is_apart_from_the_incident_before() {
    // "ومقتل شرطي بإطلاق نار ... الخميس" is another act: the bombing told again keeps its toll
    // and its day, and the shooting is no second bombing dated Thursday
    let text = "قتل 20 شخصا أمس الاثنين في هجوم انتحاري استهدف تجمعا للشباب في مدينة كركوك. وبرر رئيس الحكومة الحملة العسكرية بالهجوم الانتحاري في كركوك ومقتل شرطي بإطلاق نار من قبل مسلحين الخميس.";
    let events: Vec<Event> = (extract("2015-08-04", text).into_iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    let bombings: Vec<&Event> = (events.iter())
        .filter(|e| e.sub_event_type == "Suicide bomb")
        .collect();
    assert_eq!(bombings.len(), 1, "{events:#?}");
    assert!(
        events.iter().any(|e| e.trigger.text == "إطلاق نار"),
        "{events:#?}"
    );
}

#[test]
fn an_interval_counts_from_the_storys_day_not_from_another_incidents_day_after_it() {
    // "غداة قصف جوي ... ردا على مقتل شرطيين الأسبوع الماضي": last week is the killing's; the
    // strike came the day before the escalation told with the story's day
    let events = extract(
        "2016-04-12",
        "قتل جنديان في تفجير سيارة مفخخة استهدف قافلة عسكرية في محافظة هكاري أمس الاثنين.\nويأتي هذا التصعيد غداة قصف جوي على مواقع المسلحين في شمال العراق ردا على مقتل شرطيين الأسبوع الماضي قرب الحدود.",
    );
    let strike = (events.iter())
        .find(|e| e.sub_event_type == "Air/drone strike")
        .unwrap_or_else(|| panic!("{events:#?}"));
    let d = strike.date.as_ref().unwrap();
    assert_eq!(
        (d.value.as_str(), d.text.as_deref()),
        ("2016-04-10", Some("غداة"))
    );
    // a day told in the relative clause that describes the incident, after its toll, is its own
    let events = extract(
        "2016-04-12",
        "اشتبك الجيش مع مسلحين قرب الحدود اليوم.\nوتأتي هذه المواجهة بعد ثلاثة أيام على الهجوم الانتحاري الذي أوقع 32 قتيلا في مدينة سوروج قبيل ظهر الجمعة.",
    );
    let bombing = (events.iter())
        .find(|e| e.sub_event_type == "Suicide bomb")
        .unwrap_or_else(|| panic!("{events:#?}"));
    let d = bombing.date.as_ref().unwrap();
    assert_eq!(d.value.as_str(), "2016-04-08", "{d:?}");
}

#[test]
fn a_figure_of_another_clause_told_before_the_event_word_is_not_its_toll() {
    // the four attackers shot at the base are that attack's dead, told before the bombing
    // that killed 25 (a comma-less clause, with another act's event word between)
    let text = "وقالت الوزارة إن جميع المهاجمين الأربعة قتلوا برصاص قوات الأمن قبل أن يتمكنوا من دخول القاعدة وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة العسكرية، الذي جاء في أعقاب تفجير انتحاري نفذته طالبان خارج أكاديمية الشرطة الأفغانية في العاصمة والذي أسفر عن مقتل 25 من الطلبة.";
    let events = extract("2015-08-08", text);
    let bombing = (events.iter())
        .find(|e| e.sub_event_type == "Suicide bomb")
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(
        bombing.fatalities.as_ref().and_then(|f| f.min),
        Some(25),
        "{events:#?}"
    );
}

#[test]
fn dead_of_a_clash_told_before_a_bombing_in_one_sentence_stay_the_clashs() {
    let text = "تسعة قتلى في اشتباكات بين شرطة حماس واعضاء في فتح من اسرة حلس تتهمهم حماس بالوقوف وراء تفجير اودى بحياة خمسة من ناشطيها في غزة.";
    let events = extract("2015-07-25", text);
    let bombing = (events.iter())
        .find(|e| e.sub_event_type == "Remote explosive/landmine/IED")
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(
        bombing.fatalities.as_ref().and_then(|f| f.min),
        Some(5),
        "{events:#?}"
    );
}

#[test]
fn families_of_soldiers_are_no_capture() {
    // "ولأسر جنود قوات الطوارئ": with "ل", the plural of "أسرة" (to the families of): no capture
    let text = "شجب الوزير العمل الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ بمنطقة عسير أثناء \
                صلاة الظهر اليوم، ونتج عنه استشهاد عدد من منسوبي القوات وإصابة آخرين. ورفع التعازي \
                لخادم الحرمين الشريفين، ولأسر جنود قوات الطوارئ وذويهم، وللشعب السعودي كافة في الشهداء.";
    let events = extract("2015-08-06", text);
    assert!(!events.is_empty(), "{events:#?}");
    assert!(
        events
            .iter()
            .all(|e| e.sub_event_type != "Abduction/forced disappearance"),
        "{events:#?}"
    );
    // the act of capture itself stays one
    let events = extract(
        "2015-08-06",
        "تمكن مقاتلو الحركة أمس من أسر جنود إسرائيليين في هجوم على موقع عسكري شرق المدينة.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.sub_event_type == "Abduction/forced disappearance"),
        "{events:#?}"
    );
}

#[test]
fn our_security_men_are_security_forces() {
    // "رجال أمننا" in a state's own press: its security forces, so killing them is a battle
    let events = extract(
        "2015-08-06",
        "قتل أربعة من رجال أمننا أمس برصاص مسلحين في محيط محافظة القطيف.",
    );
    assert!(
        events.iter().any(|e| [&e.actor1, &e.actor2]
            .iter()
            .any(|a| a.as_ref().is_some_and(|a| a.name == "Security forces"))),
        "{events:#?}"
    );
}

#[test]
fn a_target_hit_is_no_wound() {
    // "إصابة جميع الأهداف": the strikes hit their targets, nobody wounded
    let events = extract(
        "2015-08-01",
        "شن طيران التحالف أمس غارات جوية قرب كركوك، وأكدت وزارة الدفاع إصابة جميع الأهداف المخطط لها.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].injuries, None, "{events:#?}");
    // people after the word of injury are still wounded
    let events = extract(
        "2015-08-01",
        "شن طيران التحالف أمس غارات جوية قرب كركوك، وأكدت وزارة الدفاع إصابة ثلاثة مدنيين.",
    );
    assert_eq!(
        events[0].injuries.as_ref().and_then(|c| c.min),
        Some(3),
        "{events:#?}"
    );
}
