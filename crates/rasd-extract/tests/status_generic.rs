//! Mention status on sentences written for these tests (none of the development data): acts
//! told as a kind, a metaphor or a figure of speech, a weapon or an aircraft named with no act,
//! things that are not what their word names (a halt, persons trapped, a creed taken), and acts
//! asked for, planned or feared. History, periods and statistics are in `status.rs`.

mod common;

use common::{all, assert_no_incident, default_output, incident_records, status, status_of};
use rasd_core::Status;

#[test]
fn a_kind_of_act_is_generic() {
    let (s, cue) = status("وأكد الوزير رفض بلاده أي هجوم على المدنيين في اليمن.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("أي")));
}

#[test]
fn the_tools_of_attack_and_the_battlefields_are_kinds_of_act() {
    let (s, cue) = status("وقال الخبير إن الجيش يملك أدوات الهجوم الأكثر تطورا في المنطقة.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("أدوات")));
    let (s, cue) = status("وعاد المتطوعون من ساحات القتال في سوريا إلى بلادهم الشهر الماضي.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("ساحات")));
}

#[test]
fn a_weapon_or_an_aircraft_with_no_act_is_no_incident() {
    let (s, _) = status("هبطت الطائرة في مطار عدن الدولي أمس.");
    assert_eq!(s, Status::Generic);
    // (after a word of arriving, "وصلت", an aircraft is what carried somebody: no mention)
    assert!(all("وصلت الطائرة إلى مطار عدن الدولي أمس.")
        .iter()
        .all(|e| e.status != Status::Incident));
    // with an act of violence in the sentence, the aircraft tells the strike
    let (s, _) = status("قصفت طائرة حربية مواقع المسلحين في بلدة دوما أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn a_prison_term_is_no_toll_and_a_war_range_is_a_statistic_with_its_range() {
    let events = all("قضت المحكمة بسجنه ثمانية أعوام بتهمة قتل شرطي في القاهرة.");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].status, Status::Intent);
    assert_eq!(events[0].fatalities.as_ref().and_then(|c| c.min), Some(1));
    let events = all("قتل ما بين نصف مليون ومليون شخص في الحرب الأهلية في رواندا عام 1994.");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].status, Status::Statistic);
    let f = events[0].fatalities.as_ref().unwrap();
    assert_eq!((f.min, f.max), (Some(500_000), Some(1_000_000)));
}

#[test]
fn an_aim_in_the_present_tense_and_the_act_in_general_are_no_incidents() {
    let (s, _) = status("أطلقت الوزارة حملة توعوية تستهدف الطلاب في المدارس.");
    assert_eq!(s, Status::Generic);
    let (s, _) = status("يناقش الباحثون القتل في المجتمعات الحديثة.");
    assert_eq!(s, Status::Generic);
    // with a toll of its own, the act is told as news
    let (s, _) = status("قتل خمسة أشخاص في هجوم يستهدف سوقا في بغداد أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn a_verb_of_exploding_in_the_present_with_nothing_of_its_own_is_a_figure_of_speech() {
    // (a290: political "battles" that "explode" between politicians)
    let text = "وعلى الرغم من الصبغة الدولية للحرب الليبية، فإن «المعارك» تنفجر بين السياسيين التونسيين في أعقاب كل توتر مع أحد الأطراف السياسية والأمنية والاقتصادية الفاعلة في ليبيا.";
    assert_eq!(status_of(text, "تنفجر").0, Status::Generic, "{text}");
}

#[test]
fn an_aircraft_one_travels_on_is_no_air_strike() {
    let text =
        "ووصلت جثامين الجنود الثلاثة الذين قتلوا في اليمن أمس إلى مطار أبوظبي على متن طائرة عسكرية.";
    let events = all(text);
    assert!(
        events
            .iter()
            .all(|e| e.sub_event_type != "Air/drone strike"),
        "{events:#?}"
    );
    let text = "وأقلت الطائرة جثمان الجندي الذي قتل على الحدود في جازان أمس إلى مسقط رأسه.";
    assert!(
        all(text)
            .iter()
            .all(|e| e.sub_event_type != "Air/drone strike"),
        "{:#?}",
        all(text)
    );
    // nor one named for carrying the dead or the wounded, far from any verb of carrying
    for text in [
        "وكان جثمان الجندي الذي قتل في الهجوم قد وصل بطائرة الإخلاء من تبوك إلى مطار جدة، حيث \
         كانت في انتظاره سيارة الإسعاف.",
        "وأشار إلى أنه تم تجهيز جثمانه بعد حادثة التفجير، ثم أرسل من تبوك إلى جدة بطائرة إخلاء \
         طبي يوم السبت.",
    ] {
        assert!(
            all(text)
                .iter()
                .all(|e| e.sub_event_type != "Air/drone strike"),
            "{text}: {:#?}",
            all(text)
        );
    }
    // a strike told with the same noun is still one
    let events = all("وقصفت طائرة عسكرية مواقع المسلحين في مأرب أمس.");
    assert_eq!(events[0].sub_event_type, "Air/drone strike", "{events:#?}");
}

#[test]
fn a_prohibition_of_fighting_or_a_link_to_an_attack_tells_no_incident() {
    for text in [
        "وأكد رؤساء الطوائف في ختام قمة عقدوها أمس في بيروت على تحريم الاقتتال بين أبناء البلد الواحد.",
        "وقال مصدر أمني إن السلطات حققت معهم حول صلتهم بالهجوم الذي نفذته جماعة مسلحة في دارفور.",
        "ودعا البيان إلى نزع فتيل التفجيرات الطائفية في المنطقة.",
    ] {
        assert!(default_output(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn a_phrase_holding_the_event_word_tells_a_metaphor_or_another_kind_of_act() {
    for (text, word, cue) in [
        (
            "وقال المفتي أمس إن استمرار الاعتداءات على المسجد الأقصى يحول القدس إلى قنبلة موقوتة.",
            "قنبلة",
            "قنبلة موقوتة",
        ),
        (
            "وتعيش المدينة المنورة هذه الأيام تظاهرة اجتماعية واحتفالية ابتهاجا بعيد الفطر.",
            "تظاهرة",
            "تظاهرة اجتماعية",
        ),
        (
            "وقال مدير المشروع في واشنطن أمس إن الولايات المتحدة تتقن الهجوم الإلكتروني أكثر من غيرها في العالم.",
            "الهجوم",
            "الهجوم الإلكتروني",
        ),
        (
            "واستدعت الخارجية البحرينية أمس القائم بأعمال السفارة الإيرانية في المنامة وسلمته مذكرة احتجاج رسمية على التصريحات.",
            "احتجاج",
            "مذكرة",
        ),
    ] {
        assert_eq!(
            status_of(text, word),
            (Status::Generic, Some(cue.to_string())),
            "{text}"
        );
        assert!(default_output(text).is_empty(), "{text}");
    }
    // with a toll of its own, the bomb is one
    let text = "قتل ثلاثة أشخاص في انفجار قنبلة موقوتة في سوق المدينة أمس.";
    assert_eq!(status_of(text, "قنبلة").0, Status::Incident);
}

#[test]
fn a_headline_attack_the_body_calls_a_media_attack_is_generic() {
    // (sample BA 0: an opinion column's headline announces "the attack" on a person, which its
    // body names "الهجوم الإعلامي")
    let text = "غربت شمس سليماني.. فبدأ الهجوم على محمد بن سلمان\n\
                جن جنون الماكينة الإعلامية الإيرانية وحلفائها من معرفات مجهولة. \
                أما شخصنة الهجوم الإعلامي واستهداف صورة الشخص فهو فن إعلامي يجيده الإعلام الإيراني.";
    assert_eq!(
        status_of(text, "الهجوم"),
        (Status::Generic, Some("الهجوم الإعلامي".to_string())),
    );
    assert!(default_output(text).is_empty(), "{:#?}", all(text));
    // a headline's attack with a toll of its own stays one
    let text = "مقتل ثلاثة في الهجوم على نقطة تفتيش في العريش\n\
                وقال مصدر إن الهجوم الإعلامي على الجيش لن يتوقف.";
    assert_eq!(status_of(text, "الهجوم").0, Status::Incident);
}

#[test]
fn a_thing_won_or_attention_taken_is_no_abduction() {
    // the object of "خطف" is a lead, a win or the eyes of the crowd: a figure of speech
    for text in [
        "خطف النادي صدارة المجموعة الثانية بعد فوزه على ضيفه في الرياض أمس.",
        "خطفت السباحة الصغيرة القادمة من المنامة الأنظار في بطولة العالم أمس.",
        "وفي المواجهة الأخرى خطف الفريق الضيف فوزا متأخرا من مضيفه في لشبونة.",
    ] {
        let (s, cue) = status(text);
        assert_eq!(s, Status::Generic, "{text}: {cue:?}");
        assert!(default_output(text).is_empty(), "{text}");
    }
    // persons taken are an abduction
    let text = "خطف مسلحون ثلاثة مهندسين أتراك في طرابلس أمس.";
    assert_eq!(status_of(text, "خطف").0, Status::Incident);
}

#[test]
fn attention_taken_after_the_subjects_relative_clause_is_no_abduction() {
    // (sample BC 44) a25774: the subject's relative clause, closed by a comma, stands between
    // the verb and its object
    let text = "خطف الملياردير الأميركي دونالد ترامب الذي يأتي في طليعة استطلاعات الرأي \
                للانتخابات التمهيدية للحزب الجمهوري في الولايات المتحدة، الأضواء الخميس في أول \
                مناظرة كبيرة في الموسم الانتخابي.";
    let (s, cue) = status_of(text, "خطف");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Generic, Some("الأضواء")),
        "{text}"
    );
    // persons taken after such a clause are an abduction
    let text = "خطف مسلحون يعتقد أنهم من تنظيم داعش الذي يسيطر على المدينة، ثلاثة مهندسين أتراك \
                في سرت أمس.";
    assert_eq!(status_of(text, "خطف").0, Status::Incident, "{text}");
}

#[test]
fn a_creed_or_a_cause_taken_is_no_abduction() {
    // the object of "اختطاف" right after it is a creed, a cause or the mind: a figure of speech
    for text in [
        "وقال الشيخ في خطبته بجدة أمس إن المتطرفين يريدون اختطاف الإسلام وتشويه صورته.",
        "وكتب المغرد من الكويت أمس أن الإرهابيين يسعون لخطف العقول والأوطان.",
    ] {
        let (s, cue) = status(text);
        // (a creed the extremists want to take, "يريدون اختطاف الإسلام", is also a wish: intent)
        assert!(
            s == Status::Generic || s == Status::Intent && cue.as_deref() == Some("يريدون"),
            "{text}: {s:?} {cue:?}"
        );
        assert!(default_output(text).is_empty(), "{text}");
    }
}

#[test]
fn an_assault_on_a_right_or_an_interest_is_a_figure_of_speech() {
    // "على" and a right, an interest or an idea right after the event word: nobody's body is
    // its object (sample AO, "ترك جثمان طفلة ... إهمال واعتداء على الحقين معا")
    for (text, word) in [
        (
            "وقال المحامي في الرياض أمس إن ترك جثمان طفلة صغيرة في غرفة حتى تتعفن إهمال واعتداء على الحقين معا.",
            "اعتداء",
        ),
        (
            "وقال الوزير في القاهرة أمس إن التدخل الإيراني اعتداء على المصالح العربية.",
            "اعتداء",
        ),
    ] {
        let (s, cue) = status_of(text, word);
        assert_eq!(s, Status::Generic, "{text}: {cue:?}");
        assert!(default_output(text).is_empty(), "{text}");
    }
    // persons assaulted are an incident
    let text = "وأصيب ثلاثة أشخاص في اعتداء على المصلين في بغداد أمس.";
    assert_eq!(status_of(text, "اعتداء").0, Status::Incident);
}

#[test]
fn a_surprise_or_a_crisis_set_off_is_no_explosion() {
    // a verb of blowing up with an abstract noun before it or as its object (sample AN)
    for text in [
        "وفي مفاجأة فجرها الدبلوماسي المعارض في لندن أمس حول التفجير أكد أن طهران وراءه.",
        "وقال النائب في بغداد أمس إن هذه المشكلة التي فجرها المالكي جعلت الشباب يحملون السلاح.",
        "وقال المحلل في بيروت أمس إن الحكومة فجرت أزمة بين الحزبين.",
    ] {
        let (s, cue) = status_of(text, "فجر");
        assert_eq!(s, Status::Generic, "{text}: {cue:?}");
    }
    // a car blown up is an explosion
    let text = "وقالت الشرطة إن انتحارية فجرت حزامها الناسف في سوق ببغداد أمس.";
    assert_eq!(status_of(text, "انتحارية").0, Status::Incident);
}

#[test]
fn a_verbal_clash_talents_unleashed_or_a_country_near_exploding_are_figures_of_speech() {
    for (text, word) in [
        (
            "وتشهد صالة الوصول في مطار عمان أمس حالات متكررة من الاشتباك اللفظي بين المسافرين والموظفين.",
            "الاشتباك",
        ),
        (
            "وتتناول الدورة في الدمام أمس تفجير طاقات التخيل عند الممثل الشاب.",
            "تفجير",
        ),
        (
            "وقال الوزير في بيروت أمس إن البلاد باتت مهددة بالانفجار في ظل الفراغ الرئاسي.",
            "الانفجار",
        ),
    ] {
        assert_eq!(status_of(text, word).0, Status::Generic, "{text}");
        assert!(default_output(text).is_empty(), "{text}");
    }
    // violence "detonated" beside a real bombing: only the bombing is one
    let text = "وانخرطت الحكومة في العمليات الإرهابية مما أدى إلى تفجير العنف الطائفي في البصرة خلال سنوات حكمها. وقتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد أمس.";
    assert_eq!(status_of(text, "تفجير").0, Status::Generic, "{text}");
    assert_eq!(default_output(text).len(), 1, "{:#?}", all(text));
}

#[test]
fn the_last_ten_days_of_a_month_are_no_toll_and_a_rocket_into_space_no_attack() {
    let text = "غادر خادم الحرمين الشريفين صباح اليوم مكة المكرمة متوجها إلى جدة بعد أن قضى العشر الأواخر من شهر رمضان المبارك.";
    assert!(default_output(text).is_empty(), "{:#?}", all(text));
    assert!(all(text).iter().all(|e| e
        .fatalities
        .as_ref()
        .is_none_or(|f| f.min.unwrap_or(0) < 10)));
    let text = "وأظهر بث لتلفزيون ناسا أمس صاروخا روسيا يحمل ثلاثة رواد إلى المحطة الفضائية الدولية من قاعدة بايكونور في كازاخستان.";
    assert_eq!(status(text).0, Status::Generic);
}

#[test]
fn a_crackdown_and_the_making_of_bombs_are_no_incident() {
    for (text, cue) in [
        (
            "وأعلنت وزارة الداخلية أن قوات الأمن نفذت حملة استهدفت عناصر من الجماعة في محافظة الأنبار.",
            "حملة",
        ),
        (
            "وتلقى الشبان تدريبات على صناعة المتفجرات وتفخيخ السيارات في معسكرات التنظيم في مدينة الرقة.",
            "صناعة",
        ),
        (
            "وكان القتيل خبيرا في صنع العبوات الناسفة التي تزرع على طرق مدينة قندهار.",
            "صنع",
        ),
    ] {
        let (s, c) = status(text);
        assert_eq!((s, c.as_deref()), (Status::Generic, Some(cue)), "{text}");
        assert!(default_output(text).is_empty(), "{text}");
    }
}

#[test]
fn a_campaign_against_a_side_with_nothing_of_its_own_is_generic() {
    let (s, _) =
        status("وأكد بيان الرئاسة أن البلدين سيبقيان حليفين في المعركة ضد تنظيم داعش في سوريا.");
    assert_eq!(s, Status::Generic);
}

#[test]
fn the_manner_of_fighting_and_a_verbal_attack_are_generic() {
    let (s, cue) = status("وقال الوزير إن البلدين بحثا كيفية قتال تنظيم داعش في مدينة الرقة.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("كيفية")));
    let (s, _) = status("وشن النائب هجوما شديد اللهجة على رئيس الحكومة في البرلمان أمس.");
    assert_eq!(s, Status::Generic);
}

#[test]
fn the_pace_of_attacks_and_an_audience_targeted_are_generic() {
    let (s, cue) =
        status("وشهدت المحافظة تصاعدا في وتيرة الهجمات المسلحة على نقاط التفتيش في مدينة العريش.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("وتيرة")));
    let (s, _) = status("وقال المدير إن الحملة التوعوية استهدفت فئة الطلاب في مدارس مدينة جدة.");
    assert_eq!(s, Status::Generic);
}

#[test]
fn many_clashes_told_as_a_quantity_are_generic() {
    let (s, cue) = status("وشهدت القرى الحدودية الكثير من الاشتباكات بين الجيش والمهربين.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("من")));
}

#[test]
fn a_change_of_territory_over_many_places_told_in_general_is_generic() {
    // all of something taken, with no day of its own: a sweep told in general
    let (s, cue) = status("وسيطر المسلحون على كافة مخازن الوقود في مدينة الحديدة.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("كافة")));
    // the same told with a day of its own stays an incident
    let (s, _) = status("وسيطر المسلحون أمس على عدة بلدات قرب مدينة الحديدة.");
    assert_eq!(s, Status::Incident);
}

/// The mentions of explosives of a text (every status), with their status and cue.
fn explosives(text: &str) -> Vec<(Status, Option<String>)> {
    all(text)
        .into_iter()
        .filter(|e| e.event_type == "Explosions/Remote violence")
        .map(|e| (e.status, e.status_cue.map(|c| c.text)))
        .collect()
}

#[test]
fn an_explosive_seized_or_cleared_is_generic() {
    // bombs seized in a raid, mines cleared by engineers: weapons not used
    let seized =
        "وأعلنت الشرطة اعتقال 12 مطلوبا وضبط عشرات العبوات والسيارات المفخخة في الموصل أمس.";
    // (a weapon noun seized is no trigger at all: the arrests are the sentence's event)
    assert!(
        explosives(seized)
            .iter()
            .all(|(s, _)| *s == Status::Generic),
        "{:?}",
        explosives(seized)
    );
    assert!((default_output(seized).iter()).all(|e| e.event_type != "Explosions/Remote violence"));
    let cleared = "وتمكن فريق من المهندسين من نزع أكثر من 40 لغما أمس على الطريق إلى مدينة تعز.";
    assert_eq!(
        explosives(cleared),
        vec![(Status::Generic, Some("نزع".to_string()))]
    );
    assert!(default_output(cleared).is_empty());
    // a bomb that went off after a raid, or one that killed, is an incident
    let (s, _) = status("وانفجرت عبوة ناسفة بدورية للشرطة في الموصل أمس بعد ضبط مخزن للأسلحة.");
    assert_eq!(s, Status::Incident);
    let (s, _) = status("وقتل جنديان أثناء تفكيك عبوة ناسفة على طريق العريش أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn aircraft_sent_for_an_attack_only_prepared_are_no_incident() {
    let text = "قال المتحدث باسم الجيش إن طائرات حربية ومدرعات تتجه إلى الفلوجة استعدادا لشن هجوم واسع على المسلحين.";
    assert_no_incident(&[text]);
}

#[test]
fn hostages_named_with_no_act_of_taking_them_are_no_abduction() {
    let (s, _) =
        status("أفرجت الجماعة المسلحة عن الرهائن الخمسة بعد مفاوضات طويلة مع الوسطاء في كابل.");
    assert_eq!(s, Status::Generic);
    let (s, _) = status("أصبح الاقتصاد رهينة الخلافات السياسية في بيروت.");
    assert_eq!(s, Status::Generic);
    // held: an abduction
    let (s, _) = status("احتجز مسلحون عشرة رهائن في مصرف وسط بغداد أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn a_helicopter_or_a_drone_named_with_no_act_tells_no_incident() {
    for text in [
        "وأطلقت الشرطة جولة بطائرة هليكوبتر بحثا عن الصيادين المفقودين قبالة جدة اليوم.",
        "حلقت طائرات إسرائيلية من دون طيار في أجواء جنوب لبنان لنحو خمس ساعات اليوم.",
    ] {
        assert!(
            default_output(text).is_empty(),
            "{text}: {:#?}",
            default_output(text)
        );
    }
    // with an act of violence, the drone still tells the strike
    let text = "قتل ثلاثة مسلحين في غارة لطائرة من دون طيار على سيارتهم في مأرب أمس.";
    assert_eq!(default_output(text).len(), 1, "{:#?}", default_output(text));
}

#[test]
fn most_of_these_attacks_is_a_kind_not_an_act() {
    let (s, cue) = status("ووقعت غالبية هذه الهجمات في شمال سيناء بينما وصل بعضها إلى الإسماعيلية.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("غالبية")));
}

#[test]
fn the_pages_tags_tell_no_incident() {
    // the tags after the last full stop, or on a line of their own, name the story's topics
    let text = "افتتح أمير المنطقة المعرض الدولي للكتاب في مدينة أبها أمس بحضور عدد من المسؤولين. \
                سمات أبها تفجير مسجد عسير";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    let text = "افتتح أمير المنطقة المعرض الدولي للكتاب في مدينة أبها أمس.\nكلمات دالة انفجار \
                سيارة مفخخة بغداد\nوحضر الافتتاح عدد من المسؤولين.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    // a sentence that opens with the same word is text
    let text = "سمات المرحلة المقبلة واضحة، فقد قتل مسلحون ثلاثة جنود في هجوم على حاجز في مدينة \
                العريش أمس.";
    assert_eq!(all(text).len(), 1, "{:#?}", all(text));
}

#[test]
fn a_weapon_that_names_an_account_is_no_attack() {
    // a word of naming right before the weapon, a bracket between
    let events = all("أوقفت الشرطة شابا يدير حسابا على تويتر يحمل اسم (سيارة مفخخة) في الرياض.");
    assert!(
        events.iter().all(|e| e.trigger.text != "سيارة مفخخة"),
        "{events:#?}"
    );
    // a car bomb told after a name is still one
    let events = all("قال المتحدث باسم الشرطة إن سيارة مفخخة انفجرت في بغداد أمس وقتلت ثلاثة.");
    assert!(
        events
            .iter()
            .any(|e| e.status == Status::Incident
                && e.sub_event_type == "Remote explosive/landmine/IED"),
        "{events:#?}"
    );
}

#[test]
fn a_projectile_that_fell_on_a_place_was_fired_at_it() {
    let (s, _) = status("سقطت قذيفة هاون على حي سكني في مدينة نجران مساء أمس.");
    assert_eq!(s, Status::Incident);
    let (s, _) = status(
        "تفقد المحافظ المنازل التي سقطت عليها مقذوفات أطلقت من خلف الحدود في مدينة نجران أمس.",
    );
    assert_eq!(s, Status::Incident);
    // an aircraft that fell is no strike, and a projectile named alone no act
    let (s, _) = status("سقطت طائرة حربية في مدينة نجران أمس.");
    assert_eq!(s, Status::Generic);
    let (s, _) = status("عرض الجيش صواريخ جديدة في مدينة نجران أمس.");
    assert_eq!(s, Status::Generic);
}

#[test]
fn a_weak_word_of_violence_alone_in_its_story_is_generic() {
    // an inspection that "targeted" shops, and a club's striker: no other word of violence,
    // death or injury in the report
    let (s, _) =
        status("قامت لجنة البلدية أمس بجولة تفتيشية استهدفت المحلات التجارية في مدينة بريدة.");
    assert_eq!(s, Status::Generic);
    // a protest is told alone, and a weak word beside a death is an incident
    let (s, _) = status("تظاهر مئات العمال أمس أمام مقر الحكومة في مدينة البصرة.");
    assert_eq!(s, Status::Incident);
    assert!(
        all("استهدفت القوات مواقع المسلحين في مدينة الرمادي أمس، وقتل ثلاثة منهم.")
            .iter()
            .any(|e| e.status == Status::Incident)
    );
}

#[test]
fn an_act_asked_about_is_no_incident_unless_dated_or_counted() {
    for text in [
        "ما القرى التي سيطرت عليها القوات الحكومية في ريف إدلب؟",
        "هل ساعدكم طيران التحالف في معركة تحرير زنجبار؟",
    ] {
        assert!(default_output(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // a day of its own pins it: asked about, still told
    let text = "هل تعلم أن مسلحين اقتحموا السجن المركزي في مدينة الحلة أمس وقتلوا ثلاثة حراس؟";
    assert!(
        all(text).iter().any(|e| e.status == Status::Incident),
        "{:#?}",
        all(text)
    );
}

#[test]
fn the_non_occurrence_of_an_act_is_no_incident() {
    // "عدم" (the not-doing) right before the event word: the act did not happen
    let (s, cue) =
        status("وأرجع القائد تأخر الهجوم على القاعدة إلى عدم تحرير مدينة الحوطة حتى الآن.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("عدم")), "{s:?}");
}

#[test]
fn an_act_feared_or_trained_for_is_no_incident() {
    assert_no_incident(&[
        // security tightened for fear of an attack
        "شددت قوات الأمن التفتيش على مداخل المدينة اليوم تخوفا من عمليات انتحارية بعد تهديدات التنظيم.",
        // camps where bombers are trained
        "وطالب الرئيس الدولة الجارة بإغلاق معسكرات تدريب الانتحاريين على أراضيها.",
    ]);
}

#[test]
fn a_column_in_the_first_person_tells_its_undated_incidents_in_general() {
    let text = "كنت أتابع الأخبار بقلق شديد. وفي رأيي أن ما جرى يستحق التأمل، فقد فجر انتحاري نفسه في مسجد بمدينة أبها وقتل عددا من المصلين.";
    let events = all(text);
    assert!(!events.is_empty(), "{text}");
    assert!(
        events.iter().all(|e| e.status != Status::Incident),
        "{text}: {events:#?}"
    );
    // two straight marks too far apart to enclose a quotation enclose none
    let filler =
        "وتحدث الناس طويلا عن أحوال المدينة وأسواقها ومدارسها وشوارعها القديمة. ".repeat(10);
    let text = format!(
        "قرأت مقالا بعنوان \"المدينة. {filler}كنت أتابع الأخبار بقلق شديد. وفي رأيي أن ما جرى يستحق التأمل، فقد فجر انتحاري نفسه في مسجد بمدينة أبها وقتل عددا من المصلين. {filler}وقال\" الكاتب ذلك."
    );
    let events = all(&text);
    assert!(!events.is_empty(), "{text}");
    assert!(
        events.iter().all(|e| e.status != Status::Incident),
        "{text}: {events:#?}"
    );
    // a witness's words in quotation marks are no column
    let text = "وقال شاهد عيان: «كنت في السوق وأعتقد أن القذيفة سقطت قرب المسجد»، مضيفا أن قذيفة هاون سقطت على سوق في حلب وقتلت ثلاثة أشخاص.";
    assert!(
        all(text).iter().any(|e| e.status == Status::Incident),
        "{text}: {:#?}",
        all(text)
    );
}

#[test]
fn a_weapon_fired_at_a_target_told_verb_first_is_an_act() {
    // the verb of firing before its subject and the weapon, "على" and the target after it
    for text in [
        "أطلقت طائرة بلا طيار صواريخ على سيارة في مدينة جعار بمحافظة أبين أمس.",
        "أطلق المسلحون قذائف هاون على حي سكني في مدينة درعا أمس.",
        "أطلقت المدفعية قذائف على مواقع المسلحين في ريف حلب أمس.",
    ] {
        assert_eq!(status(text), (Status::Incident, None), "{text}");
    }
    // a weapon fired at no target stays a weapon named alone
    assert_no_incident(&["أطلقت كوريا الشمالية صاروخا باليستيا في البحر أمس."]);
}

#[test]
fn an_attack_verb_in_the_present_after_a_relative_pronoun_describes_an_aim() {
    // a day named in the sentence, in a story that tells violence too, does not make the aim
    // an act
    let text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. وأطلقت الجمعية أمس في مدينة الدمام الدورة العاشرة من برنامجها التي تستهدف الشباب المقبلين على الزواج.";
    assert_eq!(status_of(text, "تستهدف").0, Status::Generic, "{text}");
    assert_eq!(status_of(text, "عبوة ناسفة").0, Status::Incident, "{text}");
}

#[test]
fn an_animal_that_attacks_tells_no_political_violence() {
    assert_no_incident(&["هاجمت قرود طفلا في حديقة عامة بمدينة الطائف أمس وأصابته بجروح في ساقه."]);
}

#[test]
fn an_attack_told_with_the_manner_of_words_is_an_attack_in_words() {
    let text = "قتل مسلحون شرطيا في مدينة العريش أمس. وهاجم رئيس الحزب المعارض الحكومة أمس في مدينة الإسكندرية قائلا إنها فشلت في حماية البلاد.";
    assert_eq!(status_of(text, "هاجم").0, Status::Generic, "{text}");
    assert_eq!(status_of(text, "قتل").0, Status::Incident, "{text}");
    // a killing told with it keeps the act ("أعدم التنظيم الإمام لأنه هاجم التنظيم في خطبه")
    let text = "وأعدم مسلحو التنظيم أمس إمام مسجد في بلدة الشرقاط لأنه هاجم التنظيم في خطبته.";
    assert!(!default_output(text).is_empty(), "{text}");
}

#[test]
fn god_named_after_a_verb_of_violence_is_a_curse() {
    // "أحرق الله من أحرقها", "قاتلهم الله": a prayer against somebody, no act
    let text = "وقال الشيخ في خطبته أمس في مسجد بحي الروضة في جدة: أحرق الله من أحرق المصاحف.";
    assert_eq!(status_of(text, "أحرق").0, Status::Generic, "{text}");
    // a burning told with its doer is an act
    let text = "وأحرق مستوطنون مسجدا في قرية قرب نابلس فجر أمس.";
    assert_eq!(status_of(text, "أحرق").0, Status::Incident, "{text}");
}

#[test]
fn an_act_on_a_whole_class_of_places_is_generic() {
    // "الاعتداء على الكنائس", "استهداف المساجد": a kind of act, not one incident
    let text = "قتل 15 شخصا في تفجير انتحاري استهدف مسجدا في مدينة الكويت أمس.\n\
                وندد البيان بالاعتداء على الكنائس في مصر.";
    assert_eq!(
        status_of(text, "الاعتداء"),
        (Status::Generic, Some("الكنائس".to_string())),
        "{text}"
    );
    assert_eq!(default_output(text).len(), 1, "{:#?}", default_output(text));
    // the class as where an act happened ("بدور العبادة بمحافظة"), or with towns of its own,
    // tells incidents
    for (text, word) in [
        (
            "وأدان المجلس أمس حادث التفجير الإرهابي بدور العبادة بمحافظة الأحمدي.",
            "التفجير",
        ),
        (
            "وقال إن الخلايا نفذت تفجير المساجد في القطيف والدمام خلال الأشهر الماضية.",
            "تفجير",
        ),
    ] {
        assert_ne!(
            status_of(text, word).1.as_deref(),
            Some("المساجد"),
            "{text}"
        );
        assert_ne!(
            status_of(text, word).1.as_deref(),
            Some("دور العبادة"),
            "{text}"
        );
    }
}

#[test]
fn an_act_told_as_done_daily_or_regularly_is_a_habit() {
    // an adverb of routine before the event word in its clause ("يوميا", "بانتظام", "بشكل
    // متكرر"): what a side does again and again, not one incident (in a story that tells an
    // incident too)
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    for (told, word, cue) in [
        (
            "وتتعرض القرى الحدودية يوميا لقصف مدفعي من الجانب الآخر.",
            "قصف",
            "يوميا",
        ),
        (
            "وتشن الطائرات بانتظام غارات على مواقع المسلحين في الجبال.",
            "غارات",
            "بانتظام",
        ),
        (
            "ويطلق المسلحون بشكل متكرر قذائف الهاون على أحياء المدينة.",
            "قذائف",
            "متكرر",
        ),
    ] {
        let text = format!("{news}{told}");
        let (s, found) = status_of(&text, word);
        assert_eq!(
            (s, found.as_deref()),
            (Status::Generic, Some(cue)),
            "{text}"
        );
        assert_eq!(status_of(&text, "عبوة").0, Status::Incident, "{text}");
    }
    // told after the act, the habit is another clause's: the day's shelling stays an incident
    let text = "قتل خمسة أشخاص أمس في قصف على سوق بلدة الشيخ مسكين، التي تتعرض يوميا لهجمات.";
    assert_eq!(status_of(text, "قصف").0, Status::Incident, "{text}");
}

#[test]
fn areas_of_fighting_name_places_not_an_incident() {
    // "مناطق قتال", "مناطق الاشتباكات": where fighting goes on, a kind of place
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    for (told, word) in [
        ("وقال المسؤول إن المدارس كانت تقع في مناطق قتال.", "قتال"),
        (
            "وعادت الأسر إلى منازلها في مناطق الاشتباكات شرق المدينة.",
            "الاشتباكات",
        ),
    ] {
        let text = format!("{news}{told}");
        let (s, found) = status_of(&text, word);
        assert_eq!(
            (s, found.as_deref()),
            (Status::Generic, Some("مناطق")),
            "{text}"
        );
    }
}

#[test]
fn what_a_side_wrought_told_as_a_kind_is_no_incident() {
    // "ما خلفته ... من أعمال عنف": a summary of the acts a side did, in the event word's clause
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    let text = format!(
        "{news}وناقش الوزير مع الوفد ما خلفته الجماعات المسلحة من أعمال عنف في المدن الشمالية."
    );
    assert_eq!(status_of(&text, "أعمال عنف").0, Status::Generic, "{text}");
    // an act told in a clause of its own, with its day and its dead, stays an incident
    let text = format!("{news}وناقش الوزير مع الوفد ما خلفته الجماعات المسلحة، وقد قتل مسلحون أمس خمسة جنود في هجوم على حاجز في المدينة.");
    assert_eq!(status_of(&text, "هجوم").0, Status::Incident, "{text}");
    // the plural "ما خلفوه": the dead and wounded of a way of war, no incident's toll
    let text = "ولفت بن وهيط إلى أن أسلوبهم في الحرب وما خلفوه من دمار وقتلى وجرحى وهدم للبنى \
                التحتية طالما ناشد به المجتمع اليمني ومؤسساته الأمم المتحدة.";
    let (s, cue) = status_of(text, "قتلى");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Generic, Some("خلفوه")),
        "{text}"
    );
}

#[test]
fn a_weapon_word_that_ends_a_units_name_is_no_shelling() {
    // the brigade is named by its weapon; the sentence tells a takeover and talks over its camp
    let text = "وسيطرت المقاومة على مديرية النادرة، وهناك مفاوضات بين المقاومة والمسلحين لمغادرة مقر اللواء 22 صواريخ بذمار بعدما وعدوا بإخلاء المعسكر.";
    let (st, cue) = status_of(text, "صواريخ");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("اللواء")));
}

#[test]
fn an_act_after_a_units_number_is_still_an_incident() {
    let text = "وقامت الميليشيات المتمركزة في مقر اللواء 35 بقصف قرية الحصن بالدبابات أمس.";
    assert_eq!(status_of(text, "قصف").0, Status::Incident);
}

#[test]
fn an_act_in_a_span_of_time_to_come_is_a_plan() {
    let text = "وقال المحافظ إن المقاومة ستبدأ معركة تحرير مدينة زنجبار من المسلحين خلال الأسبوعين المقبلين.";
    let (st, cue) = status_of(text, "تحرير");
    assert_eq!(
        (st, cue.as_deref()),
        (Status::Intent, Some("خلال الأسبوعين المقبلين"))
    );
}

#[test]
fn acts_to_be_carried_out_are_intent() {
    let (s, cue) =
        status("وتهدف الحملات الأمنية إلى القبض على المسلحين قبل تنفيذهم هجمات دامية على الفنادق.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("تنفيذهم")));
}

#[test]
fn the_abducted_named_as_persons_held_are_no_abduction() {
    // a standing state: the kidnapped minister, the abducted still held
    let (s, _) = status("وتطالب الحكومة بالإفراج عن الوزير المختطف لدى المتمردين.");
    assert_eq!(s, Status::Generic);
    let (s, _) = status("وقال المصدر إن معظم المختطفين لا يزالون في سجون الجماعة في صنعاء.");
    assert_eq!(s, Status::Generic);
    // the act of taking them told with them: an abduction
    let (s, _) = status_of(
        "اختطف مسلحون خمسة مهندسين أمس، وقالت الشرطة إن المختطفين نقلوا إلى جهة مجهولة.",
        "اختطف",
    );
    assert_eq!(s, Status::Incident);
}

#[test]
fn an_act_a_side_could_carry_out_is_intent() {
    let (s, cue) = status("قالت الصحيفة إنه كان بمقدور المسلحين اغتيال قائد الشرطة في كمين.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("بمقدور")));
    let (s, _) = status_of(
        "ويرى الخبراء أن التنظيم لم يعد قادرا على شن هجمات واسعة، وأن قواته قادرة على تنفيذ تفجيرات متفرقة.",
        "تفجيرات",
    );
    assert_eq!(s, Status::Intent);
}

#[test]
fn an_aircraft_that_only_flies_over_is_no_air_strike() {
    // (SaudiNewsNet, alriyadh and alwatan 2015: fighters, a spy drone and warplanes told flying
    // over a place or in a country's skies, with no strike told, or a strike denied)
    let (s, cue) = status_of(
        "واشار إلى ان مقاتلات تركية حلقت ايضا في اجواء جبل قنديل شمال محافظة اربيل التي تضم عاصمة الاقليم، من دون ان تشن غارات.",
        "مقاتلات",
    );
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("حلقت")));
    let (s, cue) = status_of(
        "جدد الطيران الإسرائيلي انتهاكه لسيادة الأجواء اللبنانية وقرار مجلس الأمن الدولي رقم 1701 بقيام طائرة تجسس إسرائيلية من دون طيار بالتحليق اليوم فوق منطقة العرقوب جنوب شرق لبنان.",
        "دون طيار",
    );
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("بالتحليق")));
    assert_no_incident(&[
        "وبالتزامن مع بث الخطاب حلق الطيران الحربي التابع لقوات النظام بكثافة في سماء العاصمة دمشق، في الوقت الذي انقطعت فيه الكهرباء عن معظم أحيائها.",
    ]);
    // an act of violence in its sentence keeps the strike: explosions heard with the flights,
    // strikes carried out by the aircraft that flew
    for text in [
        "وفي صنعاء، قالت مصادر محلية إن انفجارات دوت في جنوب العاصمة أمس، بالتزامن مع تحليق مكثف لطيران التحالف الذي تقوده المملكة.",
        "وشنت مقاتلات التحالف غارات على مبنى إدارة الشرطة في منطقة كرش بالمحافظة أمس، فيما يواصل التحليق في سماء عقان والعند.",
    ] {
        assert!(!incident_records(text).is_empty(), "{text}");
    }
}

#[test]
fn helicopters_flying_over_a_shooting_are_no_air_strike() {
    // the helicopters "حلقت ... فوق المكان" fly over a riot's shooting; the firing told in their
    // part is its act, no strike from the air (SaudiNewsNet a28938, a28472: sample BA 33; typ69)
    let records = incident_records(
        "وترددت أصوات زخات الرصاص مما دفع رجال الشرطة الى الاحتماء خلف عربات الدورية بينما هرع المتظاهرون طلبا للحماية، \
         وحلقت طائرات هليكوبتر فوق المكان في الوقت الذي احتشدت فيه قوات اضافية من الشرطة في المنطقة وجاب بعضهم الشارع في عربات مدرعة في اتجاه مصدر اطلاق النار.",
    );
    assert!(!records.is_empty(), "{records:#?}");
    assert!(
        records
            .iter()
            .all(|e| e.sub_event_type != "Air/drone strike"),
        "{records:#?}"
    );
}

#[test]
fn suicidal_thoughts_are_no_suicide_attack() {
    // (SaudiNewsNet, alweeam 2015: a study of teenagers' health)
    assert_no_incident(&["أشارت دراسة جديدة إلى أن المراهقين الذين يستخدمون مواقع الفيسبوك وتويتر لأكثر من ساعتين يوميا هم أكثر عرضة للأصابة بضعف الصحة العقلية والضغوط النفسية والأفكار الانتحارية."]);
}

#[test]
fn an_arrest_word_that_stops_a_thing_is_a_halt_not_an_arrest() {
    // the thing stopped after the subject: flights, an office, an activity
    let (s, cue) = status("أوقفت الخطوط الجوية اليوم الاثنين رحلاتها من وإلى مطار صنعاء.");
    assert_eq!((s, cue.as_deref()), (Status::NotViolence, Some("رحلاتها")));
    let (s, cue) = status("وأوقفت الوزارة مكتبا في مدينة الدمام أمس.");
    assert_eq!((s, cue.as_deref()), (Status::NotViolence, Some("مكتبا")));
    assert_no_incident(&["وقال إن الاتفاق يعني توقيف الاعتقالات بحق أهالي البلدة."]);
    // a person or a figure arrested comes first: an arrest
    let (s, _) = status("أوقفت قوات الأمن الطبيب وخمسة أشخاص في حلب أمس.");
    assert_eq!(s, Status::Incident);
    let (s, _) = status("أوقفت الشرطة 12 شخصا كانوا يستقلون سيارات في تونس أمس.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn a_halt_does_not_make_the_storys_other_arrests_police_work() {
    // only an arrest for a crime does ("القبض على ... بتهمة سرقة")
    let text = "ونصبت قوات الاحتلال حواجز على مداخل المدينة، وأوقفت مركبات المواطنين وفتشتها. \
                واعتقلت قوات الاحتلال الإسرائيلي، أمس، مواطنين فلسطينيين من بلدة بني نعيم.";
    let out = default_output(text);
    assert_eq!(out.len(), 1, "{out:#?}");
    assert_eq!(out[0].trigger.text, "اعتقلت");
}

#[test]
fn persons_trapped_in_a_rescue_story_are_no_arrest() {
    // a word of holding in a story of a rescue, no side named: persons trapped
    let text = "إخراج ثلاثة أشخاص احتجزوا في عقبة الأبناء ببلجرشي. \
                وتمكن أفراد الدفاع المدني من إنقاذ المحتجزين الثلاثة ونقل مصاب إلى المستشفى.";
    assert!(
        default_output(text).is_empty(),
        "{:#?}",
        default_output(text)
    );
    // a side holding persons in the same kind of story stays an arrest
    let text = "احتجزت قوات الأمن ثلاثة أشخاص في عدن أمس. \
                وتمكن أفراد الدفاع المدني من إنقاذ عائلة من حريق في المدينة.";
    let out = default_output(text);
    assert!(out.iter().any(|e| e.trigger.text == "احتجزت"), "{out:#?}");
}

#[test]
fn an_act_right_after_a_call_for_it_is_asked_for_not_done() {
    let (s, cue) = status("نشر عنصر من التنظيم فيديو يدعو إلى اغتيال الرئيس أمس.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("يدعو إلى")));
    let (s, _) = status("وطالبوا بتوقيف قائد المجموعة المسلحة في اللاذقية أمس.");
    assert_eq!(s, Status::Intent);
    // the act further on is mostly the cause of the call: it happened
    let (s, _) =
        status("داعيا إلى تقديم مرتكبي الهجوم الذي قتل فيه خمسة جنود في العريش أمس إلى العدالة.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn prices_that_explode_are_no_explosion() {
    assert_no_incident(&["انفجار الأسعار يدفع الأسر إلى مغادرة أحياء لندن الراقية."]);
}

#[test]
fn an_act_told_with_an_adverb_of_habit_right_after_it_is_a_habit() {
    // the adverb right after the event word in its clause, with no toll and no day of its own
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    for (told, word) in [
        (
            "وينفذ التحالف الدولي غارات جوية بشكل يومي ضد التنظيم، دعما للقوات الكردية.",
            "غارات جوية",
        ),
        (
            "وتتمركز الميليشيات داخل البلدة وتقصف بشكل يومي البلدات المحيطة بها.",
            "تقصف",
        ),
    ] {
        let text = format!("{news}{told}");
        let (s, found) = status_of(&text, word);
        assert_eq!(
            (s, found.as_deref()),
            (Status::Generic, Some("بشكل يومي")),
            "{text}"
        );
    }
    // a toll of its own pins an act: the adverb decides nothing
    let text = format!("{news}وقصفت الطائرات بشكل يومي البلدة ما أدى إلى مقتل خمسة مدنيين.");
    let events = all(&text);
    assert!(
        events
            .iter()
            .all(|e| e.status_cue.as_ref().is_none_or(|c| c.text != "بشكل يومي")),
        "{text}: {events:#?}"
    );
}

#[test]
fn fighting_a_side_as_a_cause_is_no_incident() {
    // an indefinite "قتال" whose object right after it is a side, with no toll or day of its
    // own: the fight against that side, no incident
    for text in [
        "وتسيطر وحدات حماية الشعب الكردية حليفة الولايات المتحدة في قتال «داعش» على مناطق واسعة قرب الحدود.",
        "وقال المتحدث إن الاتفاق يختص فقط بقتال تنظيم داعش ولا يتضمن دعما جويا للمقاتلين الأكراد.",
    ] {
        let (s, cue) = status(text);
        assert_eq!(s, Status::Generic, "{text}: {cue:?}");
    }
    // its dead keep the fight an incident; "قتال مع" names no object
    for text in [
        "قتل عشرة جنود خلال قتال مسلحين في بنغازي أمس.",
        "وأصيب 15 جنديا في قتال مع متمردين في شرق البلاد أمس.",
    ] {
        let (s, cue) = status(text);
        assert_eq!(s, Status::Incident, "{text}: {cue:?}");
    }
}

#[test]
fn a_thing_snatched_or_a_posture_of_attack_is_no_abduction_or_attack() {
    // SaudiNewsNet (2015): a club "snatched" a talent, a monkey a bag; a front's posture
    for (text, word) in [
        (
            "استطاع نادي القادسية العائد لدوري الأضواء، خطف موهبة نادي الهدى بالقطيف حيدر الخباز (21 عاما).",
            "خطف",
        ),
        (
            "أن القرد انقض على مرأة خمسينية كانت تسير مع أسرتها وخطف حقيبتها في معبد في بلدة فريندافان أمس.",
            "خطف",
        ),
        ("انتقلنا من مرحلة الدفاع إلى الهجوم في تعز", "الهجوم"),
    ] {
        let (s, cue) = status_of(text, word);
        assert_eq!(s, Status::Generic, "{text}: {cue:?}");
    }
    // persons taken are still an abduction
    let text = "خطف مسلحون ثلاثة مواطنين في عدن أمس.";
    assert_eq!(
        status_of(text, "خطف").0,
        Status::Incident,
        "{:#?}",
        all(text)
    );
}

#[test]
fn an_aircraft_one_travels_by_strikes_nothing() {
    // "عبر طائرة الأمن": the officer flew in; the martyr of the sentence is only named
    let text = "وكان اللواء قد وصل الى حرس الحدود بمحافظة القنفذة، مساء أمس، الساعة الثامنة عبر \
                طائرة الأمن ليستقل سيارته الى مركز حلي، وبالتحديد الى قرى ساحل حلي مسقط رأس \
                الشهيد الجندي أول محمد العمري.";
    let (s, cue) = status_of(text, "طائرة");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("عبر")));
    // "ب" on the aircraft, after an act of violence it is the means of, is a strike
    let text = "وتشن الولايات المتحدة باستمرار غارات بطائرات من دون طيار على المتشددين في \
                الصومال، وقتل فيها أمس ثلاثة.";
    assert_eq!(status_of(text, "طائرات").0, Status::Incident);
    // so after a noun of the act with no trigger of its own ("الضربات الأميركية بطائرات")
    let text = "ويرى مراقبون أن الضربات الأميركية بطائرات من دون طيار التي استهدفت التنظيم أخيرا، \
                دفعت القاعدة إلى الإحجام عن توسيع سيطرته.";
    assert_ne!(status_of(text, "طائرات").1.as_deref(), Some("ب"));
    // a wound told after it is what befell on board: "وتوجه بالطائرة ... وتسبب الحادث في إصابة"
    let text = "وأصدر الطيار نداء استغاثة، وتوجه بالطائرة إلى مطار جوانجتشو، وتم إجلاء 95 راكبا، \
                وتسبب الحادث في إصابة شخصين بجروح.";
    assert_ne!(status_of(text, "الطائرة").1.as_deref(), Some("بال"));
}

#[test]
fn an_exhibitions_title_tells_no_incident() {
    // "معرض «...»": the quoted words are the exhibition's title
    let text = "أمير مكة يرعى اليوم حفل افتتاح معرض «الملك فيصل .. شاهد وشهيد»";
    assert!(incident_records(text).is_empty(), "{:#?}", all(text));
}

#[test]
fn a_column_telling_what_the_writer_speaks_of_or_calls_is_in_the_first_person() {
    // "(أتحدث عن ...)" and "ما أسميهم": the writer's own words; the attacks are recalled
    let text = "وستبقى الشرعية ملتبسة بسبب تكوينها الهجين (أتحدث عن التعددية، استقلال القضاء). \
                لتواجد نخب واعية وغياب ما أسميهم بالأعراب السياسيين... ثم يأتي الهجوم الإرهابي \
                الأول على متحف باردو، وهجوم ثان على فندقين بمدينة سوسة بتونس خلف لوحده 39 قتيلا.";
    let events = all(text);
    assert!(!events.is_empty(), "{text}");
    assert!(
        events.iter().all(|e| e.status != Status::Incident),
        "{text}: {events:#?}"
    );
}
