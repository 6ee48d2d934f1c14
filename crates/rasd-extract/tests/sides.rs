//! The sides of whole-report incidents: who took a place from whom (a loyalist force's retaking
//! is the government's, a side driven out is no taker, a taking told before the battle it
//! followed is the act), the subject of a verb of succeeding, a state's aircraft and its other
//! forces as one side, the rebel and militia rows; on sentences written for these tests or
//! quoted from SaudiNewsNet (none of the development data).

mod common;

use common::all as extract;
use rasd_core::Event;

#[test]
fn the_subject_of_a_verb_of_succeeding_takes_the_place_not_a_side_told_nearer() {
    // "الفصائل المقاتلة" (the rebels) is the subject of "تمكنت", whose "من" the event word
    // follows; "قوات النظام" is told nearer, in the counter-attacks: the rebels overtake the
    // positions (SaudiNewsNet a21792, sample AS 31; act58)
    let events = extract(
        "وتمكنت الفصائل المقاتلة بعد سلسلة هجمات نفذتها وهجمات مضادة من قوات النظام في سهل الغاب من السيطرة على مواقع عدة في هذه المنطقة الاستراتيجية الواقعة في شمال غرب سوريا.",
    );
    let taking = events
        .iter()
        .find(|e| e.trigger.text == "من السيطرة على")
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(
        taking.sub_event_type, "Non-state actor overtakes territory",
        "{events:#?}"
    );
    assert_eq!(
        taking.actor1.as_ref().map(|a| a.text.as_str()),
        Some("الفصائل المقاتلة"),
        "{events:#?}"
    );
    assert_eq!(
        taking.actor2.as_ref().map(|a| a.text.as_str()),
        Some("قوات النظام"),
        "{events:#?}"
    );
}

#[test]
fn a_bracketed_gloss_leaves_the_verb_of_succeedings_subject_the_taker() {
    // the acronym in brackets after the supporting force ("(اميصوم)") closes no clause: the
    // subject of "تمكنت", the government's forces, takes the town, and a state's forces regain
    // it (SaudiNewsNet a8951, sample BA 10; typ69)
    let events = extract(
        "أعلن وزير الدفاع الصومالي أمس الجمعة أن القوات الحكومية الصومالية تمكنت بدعم من قوات الاتحاد الإفريقي (اميصوم) من السيطرة على معقل لحركة الشباب في جنوب البلاد.",
    );
    let taking = events
        .iter()
        .find(|e| e.trigger.text == "من السيطرة على")
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(
        taking.sub_event_type, "Government regains territory",
        "{events:#?}"
    );
    assert_eq!(
        taking.actor1.as_ref().map(|a| a.text.as_str()),
        Some("القوات الحكومية"),
        "{events:#?}"
    );
}

#[test]
fn the_fighting_factions_are_the_rebels() {
    // the generic word of the Syrian rebels, "الفصائل المقاتلة", names the side that fires
    // (SaudiNewsNet a11768; act58)
    let events = extract(
        "كما سقطت عشرات القذائف الصاروخية التي أطلقتها الفصائل المقاتلة على مناطق في بلدتي نبل والزهراء.",
    );
    assert!(!events.is_empty(), "{events:#?}");
    assert_eq!(
        events[0].actor1.as_ref().map(|a| a.name.as_str()),
        Some("Syrian opposition rebels"),
        "{events:#?}"
    );
}

/// The event of `events` whose sub-type is `sub`, if any.
fn of_sub_type<'a>(events: &'a [Event], sub: &str) -> Option<&'a Event> {
    events.iter().find(|e| e.sub_event_type == sub)
}

#[test]
fn the_presidents_loyalist_forces_regain_a_place_for_the_government() {
    // "القوات الموالية للرئيس اليمني" are Hadi's forces, a state's side: their retaking is the
    // government's (SaudiNewsNet a4499; act59)
    let events = extract(
        "وكان القوات الموالية للرئيس اليمني، عبد ربه منصور هادي، الذي يعيش في المنفي في الرياض، قد استعادت السيطرة على المطار من أيدي مسلحي الحوثيين.",
    );
    let e = events.first().expect("a record");
    assert_eq!(
        e.sub_event_type.as_str(),
        "Government regains territory",
        "{events:#?}"
    );
    assert_eq!(
        e.actor1.as_ref().map(|a| a.name.as_str()),
        Some("Yemeni pro-government forces"),
        "{events:#?}"
    );
}

#[test]
fn a_second_side_driven_out_with_the_first_is_no_taker() {
    // the former president's loyalists are driven out of Aden with the Houthis, not its
    // liberators (SaudiNewsNet a16903; act59)
    let events = extract(
        "وأضاف بحاح ، في تصريحات صحافية، أن وصوله وعدد من المسؤولين إلى عدن لم يكن مفاجئا وكان مخططا له كما كان مخططا تحرير مدينة عدن من الحوثيين والقوات الموالية للرئيس السابق علي صالح.",
    );
    let e = events.first().expect("a record");
    assert_eq!(
        e.sub_event_type.as_str(),
        "Government regains territory",
        "{events:#?}"
    );
    assert_ne!(
        e.actor1.as_ref().map(|a| a.name.as_str()),
        Some("Houthi-Saleh forces"),
        "{events:#?}"
    );
}

#[test]
fn a_relative_clause_closed_before_a_side_does_not_drive_it_out() {
    // "التي شهدت معارك عنيفة طوال اشهر،" tells of Aden; the loyalists named after its comma
    // are not the side the place was taken from (SaudiNewsNet a22846; act59)
    let events = extract(
        "واستعادة السيطرة على لحج تعزز السيطرة على مدينة عدن، ثاني اكبر مدن البلاد التي شهدت معارك عنيفة طوال اشهر، ومن المتوقع ان تتجه القوات الموالية لهادي الآن للسيطرة على محافظة ابين الجنوبية المجاورة التي ما زال الحوثيون يسيطرون على عاصمتها زنجبار.",
    );
    let e = events.first().expect("a record");
    assert_eq!(
        e.sub_event_type.as_str(),
        "Government regains territory",
        "{events:#?}"
    );
}

#[test]
fn a_regimes_aircraft_and_its_forces_are_one_side() {
    // "طائرات النظام" and "قوات النظام" are one side, not two sides of a clash: the barrels
    // dropped are an air strike (SaudiNewsNet a20668; act59)
    let events = extract(
        "في سياق متصل بالمعارك جنوب دمشق، أفاد مراسل الهيئة السورية للإعلام بأن مدينة داريا بالغوطة الغربية من ريف دمشق، تعرضت لقصف عنيف بشتى القذائف والصواريخ من قبل قوات النظام، حيث ألقت طائرات النظام المروحية أكثر من 8 براميل متفجرة والكثير من صواريخ أرض - أرض إضافة إلى عدد كبير من قذائف المدفعية الثقيلة والهاون.",
    );
    assert!(of_sub_type(&events, "Armed clash").is_none(), "{events:#?}");
    let e = of_sub_type(&events, "Air/drone strike").expect("an air strike");
    assert_eq!(
        e.actor1.as_ref().map(|a| a.name.as_str()),
        Some("Syrian air force"),
        "{events:#?}"
    );
}

#[test]
fn an_aircraft_whose_words_hold_the_event_word_is_the_striker() {
    // "الطيران الحربي السوري" holds the event word "الطيران الحربي": it strikes, not the
    // factions named in the clause before (SaudiNewsNet a2051; act59)
    let events = extract(
        "وأضاف المرصد أن الفصائل الإسلامية وجبهة النصرة استأنفت اليوم استهداف مناطق في الفوعة وكفريا ذات الغالبية الشيعية، بينما نفذ الطيران الحربي السوري أربع غارات على مناطق في محيط البلدتين.",
    );
    let e = (events.iter())
        .find(|e| e.trigger.text.starts_with("الطيران"))
        .expect("the air strike");
    assert_eq!(
        e.actor1.as_ref().map(|a| a.name.as_str()),
        Some("Syrian air force"),
        "{events:#?}"
    );
}

#[test]
fn the_national_defence_forces_fight_on_the_regimes_side() {
    // "ميليشيا الدفاع الوطني" fights beside the regime's forces: the other side of the clash
    // is the factions (SaudiNewsNet a2130; act59)
    let events = extract(
        "كما دارت اشتباكات عنيفة بين قوات النظام وميليشيا الدفاع الوطني من طرف، والفصائل المقاتلة من طرف اخر في محيط حاجز التاعونة ومحيط بلدة عقرب بريف حماه الجنوبي.",
    );
    let e = events.first().expect("a record");
    assert_eq!(
        e.actor2.as_ref().map(|a| a.name.as_str()),
        Some("Syrian opposition rebels"),
        "{events:#?}"
    );
}

#[test]
fn a_taking_told_before_the_battle_it_followed_is_the_act() {
    // the noun of control told with its "على" before "بعد اشتباكات" (sample AU 12) and a verb
    // of retaking with its object pronoun before "بعد معارك" (sample AW 17): a change of
    // territory, the battle what came before it
    for (text, word) in [
        ("أعلنت قوات المعارضة السورية عن تقدمها في ريف حماة امس، وأعلن جيش الفتح -والذي يتكون من فصائل معارضة لنظام بشار الاسد- عن سيطرته على قريتي المشيك والقرقور وتل القرقور في سهل الغاب بريف حماة الغربي، بعد اشتباكات مع قوات الأسد أسفرت عن تدمير عدة دبابات وآليات عسكرية لها.", "سيطرته"),
        ("وفور استعادة جعولة تقدمت المقاومة صوب منطقتي بئر أحمد والبساتين، واستردوهما من الإرهابيين، بعد معارك عنيفة أسفرت عن سقوط أكثر من 50 انقلابيا.", "واستردوهما"),
        // the battle told again as going on later in the part (sample AW 41)
        ("أحكمت المقاومة الشعبية المدعومة بقوات من الجيش الموالِ للشرعية أمس، سيطرتها على مثلث العلم في محافظة لحج (جنوب البلاد) بعد معارك عنيفة ضد الحوثيين، حسب مصدر ميداني في المقاومة، مشيرا إلى أن المعارك ما زالت مستمرة بين الطرفين خلال الطريق الرابط بين منطقة العلم ولحج.", "سيطرتها"),
    ] {
        let events = extract(text);
        let taking = events
            .iter()
            .find(|e| e.trigger.text == word)
            .unwrap_or_else(|| panic!("{text}: {events:#?}"));
        assert!(
            taking.sub_event_type.ends_with("territory"),
            "{text}: {events:#?}"
        );
        assert!(
            !events.iter().any(|e| e.sub_event_type == "Armed clash"),
            "{text}: {events:#?}"
        );
    }
    // a control told as what came before the battle stays the battle
    let text = "وجاء ذلك بعد سيطرتهم على التلة عقب اشتباكات مع قوات الأسد في ريف حماة أمس.";
    let events = extract(text);
    assert!(
        events.iter().any(|e| e.sub_event_type == "Armed clash"),
        "{text}: {events:#?}"
    );
}

#[test]
fn a_martyr_who_fell_defending_his_homeland_is_no_civilian() {
    // a condolence: the death is told with no act, and only "وهو يدافع عن دينه ووطنه" says who
    // the dead was (sample BB 35)
    let text = "تعزية ومواساة أسرة الشهيد الحامدي\nأجرى صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير اتصالا هاتفيا نقل من خلاله تعازي ومواساة القيادة إلى أسرة الشهيد مفرح بن محمد الحامدي الذي استشهد أمس بمنطقة جازان. وأكد الأمير فيصل بن خالد خلال اتصاله بأسرة الشهيد، أنه نال شهادة العز والكرامة، إذ استشهد وهو يدافع عن دينه ووطنه، سائلا الله تعالى أن يتقبله من الشهداء ويلهم أهله وذويه الصبر والسلوان.";
    let events = common::incident_records(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].event_type, "Battles", "{events:#?}");
    assert_eq!(events[0].sub_event_type, "Armed clash", "{events:#?}");
}

#[test]
fn a_force_s_head_noun_told_bare_after_its_full_name_is_that_force() {
    // "المقاومة" after "المقاومة الشعبية" in the story is the Popular Resistance: the taker of
    // the place (SaudiNewsNet a4276, a13967; samples BC 3, BB 15: typ74)
    for text in [
        "أفاد مصدر من المقاومة الشعبية اليمنية، اليوم الأربعاء بأن المقاومة سيطرت على وادي عقان في مدينة لحج جنوبي البلاد وقطعت طرق الإمداد على قاعدة العند الجوية بين تعز ولحج.",
        "وقال مصدر من المقاومة الشعبية، إن المقاومة سيطرت على تبة مسعود بمديرية مشرعة بعد هجوم شنته على قرية حدنان بجبل صبر.",
    ] {
        let events = extract(text);
        let taking = events
            .iter()
            .find(|e| e.trigger.text == "سيطرت")
            .unwrap_or_else(|| panic!("{text}: {events:#?}"));
        assert_eq!(
            taking.actor1.as_ref().map(|a| (a.name.as_str(), a.text.as_str())),
            Some(("Popular Resistance (Yemen)", "المقاومة")),
            "{text}: {events:#?}"
        );
    }
}

#[test]
fn a_soldier_in_apposition_to_a_word_of_the_dead_is_the_victim_and_his_death_a_battle() {
    // the soldier named after "شهيد الوطن،" is the man who died with his colleagues at the
    // border, not the killer: armed forces killed there fought (SaudiNewsNet a17082, sample BH
    // 14; typ80)
    let events = extract(
        "شيعت جموع غفيرة فجر أمس شهيد الوطن، الجندي أول محمد علي ياسين العمري، إلى مثواه الأخير بمقبرة ساحل حلي في مركز حلي بمحافظة القنفذة، بعد أن استشهد ضمن ثلاثة من زملائه في الحد الجنوبي بظهران الجنوب.",
    );
    let death = events
        .iter()
        .find(|e| e.trigger.text == "شهيد")
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(death.event_type, "Battles", "{events:#?}");
    assert_eq!(
        death.actor2.as_ref().map(|a| a.text.as_str()),
        Some("الجندي"),
        "{events:#?}"
    );
    assert!(death.actor1.is_none(), "{events:#?}");
}
