//! Status on real text of SaudiNewsNet reports (sample AV 0, 15, 18, 23, 32, 35, 39, 46, 48,
//! 49): fighters sent to the fighting, the wounded a hospital receives, the means of a support,
//! a halt to come, the worth of strikes, blasts "here and there", a base attacks are launched
//! from, a prevention and the opening of a battle are no incidents; and (sample BG 1, 6, 8, 49)
//! acts denied by a participle, strikes to be extended, protests called for and the wounded
//! flown out for treatment; (BH 3) machine guns named with no act.

mod common;

use common::status_of;
use rasd_core::Status;

fn assert_status(text: &str, word: &str, status: Status, cue: &str) {
    let (s, c) = status_of(text, word);
    assert_eq!((s, c.as_deref()), (status, Some(cue)), "{text}");
}

#[test]
fn the_fighting_fighters_are_sent_to_is_no_incident() {
    // a26509 (AV 0): the tribes refrain from sending their sons to the battles
    let text = "وأشارت المعلومات إلى أن عمليات التجنيد التي يقوم بها صالح، تأتي في الوقت الذي عزف \
                كثير من مشايخ القبائل عن الدفع بأبناء قبائلهم إلى المعارك، بعد الخسائر الكبيرة.";
    assert_status(text, "المعارك", Status::Generic, "الدفع");
    // a29485 (AV 23): fighters graduated as a new supply for the fronts
    let text = "أقامت المقاومة الشعبية الجنوبية حفل تخرج دفعة من المقاتلين الذين تم تدريبهم في \
                معسكر تابع للمقاومة في مديرية الشعيب بمحافظة الضالع، كرافد جديد لجبهات القتال.";
    assert_status(text, "القتال", Status::Generic, "كرافد");
    // the fighting a dead man fell in is told
    let text = "وقتل خمسة من عناصر المقاومة أمس في المعارك التي اندلعت في مديرية الشعيب.";
    assert_eq!(status_of(text, "المعارك").0, Status::Incident, "{text}");
}

#[test]
fn the_wounded_a_town_receives_are_no_incident() {
    // a2995 (AV 46): Hodeidah receives the sick and the wounded of the provinces around it
    let text = "وتضف المصادر ذاتها أن محافظة الحديدة، على الرغم من الكثافة السكانية للمواطنين \
                فيها تستقبل المرضى والمصابين من الكثير من المحافظات المجاورة لها مثل حجة وريمة \
                والمحويت.";
    assert_status(text, "المصابين", Status::Generic, "تستقبل");
}

#[test]
fn strikes_a_side_supports_with_are_its_means() {
    // a23675 (AV 15): the coalition supports the resistance's advance with air strikes
    let text = "وتدعم دول قوات التحالف بالضربات الجوية وشحنات الأسلحة تقدم قوات المقاومة من جنوب \
                اليمن شمالا.";
    assert_status(text, "الضربات الجوية", Status::Generic, "وتدعم");
}

#[test]
fn strikes_that_will_stop_in_a_truce_are_a_plan() {
    // a11731 (AV 18): the truce during which the strikes stop
    let text = "وكان التحالف العربي بقيادة السعودية قد أعلن أمس الأول السبت \"هدنة إنسانية\" \
                ابتداء من منتصف ليل الأحد (الإثنين) استجابة لطلب الرئيس عبد ربه منصور هادي \
                تتوقف خلالها الغارات بهدف تسهيل إيصال المساعدات الإنسانية إلى السكان.";
    assert_status(text, "الغارات", Status::Generic, "تتوقف");
}

#[test]
fn the_worth_of_strikes_and_blasts_here_and_there_are_kinds() {
    // a250 (AV 48): a press review of an analysis of the strikes' worth
    let text = "كما نشرت «الإندبندنت» مقالا تحليليا تناول جدوى الغارات الجوية، التي تقودها \
                الولايات المتحدة، على مواقع تنظيم داعش في العراق وسوريا.";
    assert_status(text, "الغارات الجوية", Status::Generic, "جدوى");
    // and the article's case for widening them
    let text = "ويرى مقال «الإندبندنت» أن توسيع الغارات الجوية على تنظيم داعش لتشمل سوريا بعد \
                العراق، يجد مبررا في أن التنظيم نفسه لا يعير للحدود بين البلدين اعتبارا.";
    assert_status(text, "الغارات الجوية", Status::Intent, "توسيع");
    // a3759 (AV 49): an opinion piece on the years of bombings
    let text = "وبعد فترة ليست بالطويلة في عمر الأوطان بدأت مظاهر البغي والإفساد في تفجيرات هنا \
                وهناك تروع الآمنين.";
    assert_status(text, "تفجيرات", Status::Generic, "هنا وهناك");
}

#[test]
fn a_base_attacks_are_launched_from_is_a_habit() {
    // a11465 (AV 35): the town IS launched its attacks on Kobani from
    let text = "وأوضح المرصد السوري لحقوق الإنسان أن البلدة الواقعة قرب نهر الفرات كان نقطة \
                انطلاق يشن منها التنظيم الإرهابي هجماته على مدينة كوباني التي يسيطر عليها \
                الأكراد.";
    assert_status(text, "هجمات", Status::Generic, "منها");
}

#[test]
fn acts_prevented_and_a_battle_to_open_are_plans() {
    // a989 (AV 32): campaigns that prevent terrorist operations
    let text = "تواصل قوات الجيش المصري في شمال سيناء عملياتها الأمنية لتعقب وملاحقة العناصر \
                الإرهابية لتوجيه ضربات استباقية لها ومنعها من القيام بعمليات إرهابية ضد قوات \
                الجيش والشرطة والمواطنين ومنشآت الدولة.";
    assert_status(text, "عمليات إرهابية", Status::Intent, "ومنعها");
    // a3000 (AV 39): a decision to relieve Zabadani by opening other battles
    let text = "وقال مصدر معارض بارز إن فصائل المعارضة في الجنوب، اتخذت قرارًا أول من أمس، \
                بتخفيف الضغط العسكري عن الزبداني، ومؤازرتها، عبر فتح معارك أخرى.";
    assert_status(text, "معارك", Status::Generic, "فتح");
}

#[test]
fn a_suicidal_choice_and_a_battle_medal_are_no_incidents() {
    // (sample BF 2, a287: "the suicidal option" of siding with the regime, in an analysis;
    // sample BF 47, a5849, and a67: "نوط المعركة", the Battle Medal given to the wounded)
    assert_status(
        "ولهذا أتى ليقول لهؤلاء اتركوا النظام السوري واتركوا إسرائيل واذهبوا إلى محيطكم موضحا أن جنبلاط بذل مجهودا كبيرا لرد الدروز عن النظام وإسرائيل والخيار الانتحاري.",
        "الانتحاري",
        Status::Generic,
        "والخيار",
    );
    assert_status(
        "حيث التقى المصابين وهنأهم بعيد الفطر المبارك، وقلدهم نوط الشرف ونوط المعركة، بمشاركة أسرهم خلال الزيارة.",
        "المعركة",
        Status::Generic,
        "ونوط",
    );
}

#[test]
fn bombings_named_together_at_a_list_of_places_are_no_incident() {
    // a27035 (the Abha set, issue 16): a notable names the mosque bombings of four places at once
    let text = "وأشار إلى أن التعايش بين السنة والشيعة في المملكة متحقق منذ تأسيس البلاد، \
                والتفجيرات التي ضربت القطيف والدمام والأحساء وعسير توصل رسالة واحدة من \
                الإرهابيين.";
    for e in common::all(text) {
        assert_eq!(e.status, Status::Generic, "{e:#?}");
        assert_eq!(e.status_cue.as_ref().unwrap().text, "التفجيرات");
    }
    // told with a day of its own, the bombings of the list are told as news
    let text = "وقال المتحدث إن التفجيرات التي ضربت القطيف والدمام أمس أسفرت عن مقتل 4 أشخاص.";
    assert_eq!(status_of(text, "التفجيرات").0, Status::Incident, "{text}");
}

#[test]
fn a_denial_by_a_participle_and_strikes_to_be_extended_are_no_incidents() {
    // a25442 (BG 1): a source denying reports of attacks, "نافياً" after a comma
    let text = "وأضاف المصدر أن أكمنة الجيش في الشيخ زويد ورفح والعريش مجهزة وفقا لأحدث الأساليب \
                الفنية والقتالية لمواجهة أية عدائيات، نافياً ما تردد عن وقوع هجمات مسلحة على \
                أكمنة في الشيخ زويد مساء الخميس.";
    assert_status(text, "هجمات", Status::Denied, "نافياً");
    // a19909 (BG 6): a decision to extend a share in the coalition's strikes
    let text = "أعلن وزير الدفاع البريطاني مايكل فالون عن تمديد بلاده مشاركتها في غارات التحالف \
                بقيادة واشنطن ضد تنظيم داعش في العراق عاما باستخدام مقاتلات تورنادو.";
    assert_status(text, "غارات", Status::Intent, "تمديد");
    // a13101 (BG 8): calls on other provinces to go out in protests
    let text = "وكان حرق إطارات السيارات وقطع الطرق المتنفس الوحيد للتعبير عن غضبهم الذي وعدوا \
                باستمراره مع دعوات مماثلة لمحافظات أخرى للخروج بمظاهرات ضد حكومة رئيس الوزراء \
                العراقي حيدر العبادي، وخصوصا في العاصمة بغداد.";
    assert_status(text, "مظاهرات", Status::Intent, "دعوات");
}

#[test]
fn the_wounded_flown_out_for_treatment_are_no_attack() {
    // a27061 (BG 49): an airliner carrying the wounded to Jordan
    let text = "الى ذلك غادرت مطار عدن الدولي صباح امس السبت، طائرة تتبع الخطوط الجوية اليمنية، \
                تقل على متنها نحو 80 جريحاً، نقلوا إلى الأردن للعلاج.";
    assert_status(text, "طائرة", Status::Generic, "لعلاج");
    // a29034: the wounded named, the aircraft after "على متن"
    let text = "من جانب آخر، غادر عشرات المصابين مطار عدن على متن طائرة يمنية، باتجاه الأردن \
                لتلقي العلاج هناك، إذ تعد هذه أول دفعة تـنقل إلى الأردن عبر الجو.";
    assert_status(text, "المصابين", Status::Generic, "العلاج");
    // an air strike whose wounded were carried to hospital stays an incident
    let text = "أصيب ثلاثة مدنيين في غارة شنتها طائرة حربية على قرية في ريف إدلب أمس، ونقلوا \
                إلى المستشفى لتلقي العلاج.";
    assert_eq!(status_of(text, "غارة").0, Status::Incident, "{text}");
}

#[test]
fn machine_guns_named_with_no_act_are_no_incident() {
    // a13560 (BH 3): trained fighters settled in a town with trucks fitted with machine guns
    let text = "وأوضح مدير المرصد أن هؤلاء جزء من مجموعة من 54 مقاتلاً كانوا دخلوا سوريا قبل حوالي \
                أسبوعين، وقد استقروا في المالكية ومعهم «ثلاثون عربة رباعية الدفع مزودة برشاشات \
                متوسطة وأسلحة أميركية وكميات من الذخيرة».";
    assert_status(text, "رشاشات", Status::Generic, "رشاشات");
    // a12374: machine guns seized by border guards
    let text =
        "تمكنت دوريات حرس الحدود بقطاع ظهران الجنوب بمنطقة عسير أمس من ضبط 30 مسدسا وثمانية \
                رشاشات و18 ألف طلقة رشاش كلاشنكوف وثلاثة آلاف طلقة مسدس.";
    assert_eq!(status_of(text, "رشاش").0, Status::Generic, "{text}");
    // a machine gun that kills is still the attack's
    let text = "ونفذه إرهابي يحمل رشاش كلاشنكوف، وأودى الهجوم بحياة 39 شخصا، بينهم سياح أجانب.";
    assert_eq!(status_of(text, "رشاش").0, Status::Incident, "{text}");
}
