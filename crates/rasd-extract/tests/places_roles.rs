//! The incident's place is not where somebody else was: a speaker or a condemnation, the
//! hospital or city the wounded were taken to, a funeral, a home, a visit, the base the aircraft
//! went back to, the town a place is told near (sentences written for these tests or quoted
//! from SaudiNewsNet, none of the development data; the rest of the place tests are in
//! `places.rs`).

mod common;

use common::{all as extract, assert_not_placed_at, places};
use rasd_core::Event;

#[test]
fn a_speaker_in_the_next_sentence_does_not_make_a_place_a_dateline() {
    let text = "وتشن الولايات المتحدة باستمرار غارات جوية على المسلحين في الصومال. وأضاف الرئيس أن الحرب طويلة.";
    let events = extract(text);
    assert_eq!(places(&events)[0], "الصومال", "{events:#?}");
}

#[test]
fn a_capital_named_bare_before_a_verb_of_saying_speaks() {
    // the story is about the speaker's words, yet the speaker's capital is no place of the act
    let events = extract(
        "واشنطن تصف مقتل طفل في هجوم بأنه عمل إرهابي\n\
         ونددت الولايات المتحدة اليوم بالهجوم الذي أدى إلى مقتل طفل في مدينة نابلس.",
    );
    assert!(!events.is_empty());
    assert!(
        places(&events).iter().all(|p| *p != "واشنطن"),
        "{:?}",
        places(&events)
    );
}

#[test]
fn a_state_named_bare_after_a_verb_of_condemning_speaks() {
    let events = extract(
        "مقتل ثلاثة في انفجار عبوة ناسفة بمدينة الرمادي مساء الأحد\n\
         ودانت الأردن بشدة أمس التفجير الإرهابي.",
    );
    assert!(!events.is_empty());
    assert!(
        places(&events).iter().all(|p| *p != "الأردن"),
        "{:?}",
        places(&events)
    );
}

#[test]
fn where_the_dead_were_mourned_or_buried_is_not_where_they_were_killed() {
    // the funeral's town told before the incident's word, and the burial place after it
    let text = "شيع أهالي مدينة الفلوجة أمس جثمان الجندي الذي قتل في التفجير الذي استهدف نقطة تفتيش في محافظة ديالى.";
    let events = extract(text);
    assert_eq!(places(&events), ["ديالى"], "{events:#?}");
    let text =
        "قتل جندي في التفجير الذي استهدف نقطة تفتيش في محافظة ديالى، ودفن في مقبرة مدينة الفلوجة.";
    let events = extract(text);
    assert_eq!(places(&events), ["ديالى"], "{events:#?}");
    // the town that mourns, as the subject of the verb
    let events = extract("الحلة تودع الجندي الذي قتل في هجوم على نقطة تفتيش.");
    assert_not_placed_at(&events, "Al Hillah");
    // a funeral attacked is where it happened
    let events = extract("قتل عشرة أشخاص في تفجير استهدف مجلس عزاء في مدينة بعقوبة.");
    assert_eq!(places(&events), ["بعقوبة"], "{events:#?}");
    // and the dead mourned at the place where they were killed keep it
    let events = extract("جموع غفيرة تودع قتلى التفجير في الرمادي.");
    assert_eq!(places(&events), ["الرمادي"], "{events:#?}");
}

#[test]
fn where_somebody_spoke_of_the_attack_is_not_where_it_happened() {
    let events = extract(
        "وقال وزير الداخلية في مؤتمر صحافي عقده في بغداد إن التفجير الانتحاري نفذه تنظيم داعش.",
    );
    assert_not_placed_at(&events, "Baghdad");
    // an attack on the meeting is where it happened
    let events = extract("قتل خمسة أشخاص في تفجير استهدف اجتماعا لشيوخ العشائر في مدينة بعقوبة.");
    assert_eq!(places(&events), ["بعقوبة"], "{events:#?}");
}

#[test]
fn where_somebody_made_a_press_statement_is_not_where_it_happened() {
    // "في تصريح صحافي أدلى به في ...": an occasion of speaking, as a press conference is
    let events = extract(
        "وقال رئيس الوزراء في تصريح صحافي أدلى به في أنقرة إن التفجير ناجم عن اعتداء انتحاري.",
    );
    assert_not_placed_at(&events, "Ankara");
}

#[test]
fn a_festival_named_by_its_town_is_where_somebody_spoke() {
    // "مهرجان الدوحة": an occasion where the speaker was, named by its town
    let events = extract(
        "وقالت مديرة الفرقة المشاركة في مهرجان الدوحة للمسرح إن ما حدث من تفجير في المسجد أمس جريمة.",
    );
    assert!(!events.is_empty());
    assert_not_placed_at(&events, "Doha");
}

#[test]
fn where_the_speaker_told_journalists_is_not_where_it_happened() {
    let events = extract(
        "وقال وزير الداخلية للصحفيين في مدينة البصرة إن التفجير الانتحاري قتل 12 شخصا في محافظة ديالى.",
    );
    assert_eq!(places(&events), ["ديالى"], "{events:#?}");
}

#[test]
fn a_condemnation_s_place_does_not_relocate_the_incident_it_retells() {
    // the subject of the condemnation is a long title with the speaker's city in it; the
    // incident's own place, a province, stays
    let events = extract(
        "أدى التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير أمس إلى استشهاد عدد من رجال \
         الأمن. واستنكر سكرتير المجلس البلدي لمحافظة القطيف السابق العمل الإرهابي الجبان.",
    );
    let incidents: Vec<&Event> = events
        .iter()
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(places(&events), ["عسير"], "{events:#?}");
    assert_eq!(incidents.len(), 1);
}

#[test]
fn a_speaker_s_office_in_a_verb_first_title_gives_way_to_the_lead_s_place() {
    // SaudiNewsNet (okaz, 2015-08-10): the subject of "وأكد" is a name and a title ending with
    // the speaker's town, and the clause after "أن" retells the bombing the lead placed in Asir
    let events = extract(
        "وجهاء القطيف: الاجرام لا يفرق بين مكونات الوطن وأطيافه\n\
         استنكر علماء ووجهاء محافظة القطيف الجريمة الإرهابية التي استهدفت رجال الأمن في عسير، \
         مؤكدين أن الجريمة لن تفرق بين مكونات الوطن وأطيافه.\n\
         وأكد علي بن بدر المهاشير عضو المجلس المحلي بالقطيف، أن العمل الإرهابي الجبان الذي \
         استهدف رجال الأمن في بيت الله، لن يرهب عزيمة رجال الأمن الأوفياء المخلصين على اجتثاث \
         كل ضال من هذه الأرض المباركة.",
    );
    assert_eq!(places(&events), ["عسير"], "{events:#?}");
}

#[test]
fn a_speaker_s_office_in_the_subject_of_a_verb_of_describing_is_no_place() {
    // SaudiNewsNet (2015-08): "ووصف ... مدير السجون بمنطقة جازان الحادث الإجرامي بالجبان" is
    // the Abha bombing of the lead described by an official of Jazan
    let events = extract(
        "قادة أمنيون: عازمون على اجتثاث الإرهاب\n\
         أكد عدد من القيادات الأمنية أن الحادث الإجرامي الذي استهدف مسجد قوات الطوارئ بأبها، على \
         بشاعته والتحديات التي يفرضها إلا أنه لن يزيدهم إلا إصرارا وتماسكا في وجهة الفئة الضالة \
         التي تحاول زعزعة أمن واستقرار المملكة.\n\
         وأكد مدير جوازات منطقة جازان العميد محمد بن زاهر الشهري، أن العمل الإرهابي الذي استهدف \
         المصلين الآمنين في بيت من بيوت الله يأتي ضمن محاولات الفئة اليائسة للإخلال بأمن الوطن.\n\
         ووصف العقيد الدكتور شائع بن سعد القحطاني مدير السجون بمنطقة جازان الحادث الإجرامي \
         بالجبان، وقال: ذلك يزيدنا حبا وولاء وفداء لهذا الوطن.",
    );
    assert_eq!(places(&events), ["أبها"], "{events:#?}");
}

#[test]
fn the_wounded_carried_by_air_to_a_city_are_no_air_strike_there() {
    let events = extract(
        "أسفر التفجير الانتحاري في مسجد بمدينة أبها أمس عن مقتل 15 وإصابة 33. وتم نقل 8 مصابين \
         بواسطة طائرة الإخلاء الطبي إلى الرياض لتلقي العلاج.",
    );
    assert!(
        events
            .iter()
            .all(|e| e.sub_event_type != "Air/drone strike"),
        "{events:#?}"
    );
    // (the flight itself is a medical evacuation, status generic: no incident at Riyadh)
    let incidents: Vec<Event> = (events.iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .cloned()
        .collect();
    assert!(!places(&incidents).contains(&"الرياض"), "{events:#?}");
}

#[test]
fn where_the_wounded_arrived_is_no_second_incident() {
    // "وصلت ... إلى" (arrived at) carries the wounded as "نقل" does: the city they reached is
    // not the bombing's, and the retelling joins the bombing's record
    let events = extract(
        "أسفر تفجير سيارة مفخخة في سوق مدينة الحلة أمس عن مقتل 12 شخصا وإصابة 30 آخرين. ووصلت \
         خمس حالات من مصابي الانفجار إلى مدينة بغداد لتلقي العلاج.",
    );
    assert_eq!(places(&events), ["الحلة"], "{events:#?}");
}

#[test]
fn a_place_that_is_only_where_somebody_spoke_is_marked_where_said() {
    // the governor's province is where he spoke from; the report names no other place
    let text =
        "وأدان أمير منطقة تبوك التفجير الإرهابي الذي استهدف المصلين أمس وأسفر عن مقتل 5 أشخاص.";
    let events = extract(text);
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(loc.is_some_and(|l| l.where_said), "{events:#?}");
    // a place told as the incident's is not
    let text = "انفجرت سيارة مفخخة أمس في مدينة تبوك وأسفرت عن مقتل 5 أشخاص.";
    let events = extract(text);
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(
        loc.is_some_and(|l| !l.where_said && l.text == "تبوك"),
        "{events:#?}"
    );
}

#[test]
fn a_verb_of_saying_opening_a_clause_after_a_comma_does_not_make_a_place_the_speakers() {
    // "ندد ... بالتفجير ... بعسير، وقالوا": the bombing's place, not where they spoke
    let text = "ندد فنانون بالتفجير الآثم بمسجد في تبوك، وقالوا إن هذا التفجير عمل جبان.";
    let events = extract(text);
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(
        loc.is_some_and(|l| !l.where_said && l.text == "تبوك"),
        "{events:#?}"
    );
}

#[test]
fn a_village_after_inna_before_the_event_word_is_not_the_speakers() {
    // SaudiNewsNet a5276: the village told after "إن" stands in the clause said, which tells
    // the raid; the town after the direction only locates it
    let text = "وقال شاهد فلسطيني لـ\"رويترز\" إن القوات الإسرائيلية دخلت قرية برقين جنوب غربي مدينة جنين في الضفة الغربية للقيام بحملة اعتقالات وأن السكان ألقوا حجارة على الجنود.";
    let events = extract(text);
    let loc = events
        .iter()
        .find(|e| e.trigger.text.contains("اعتقالات"))
        .and_then(|e| e.location.as_ref());
    assert!(loc.is_some_and(|l| l.text == "برقين"), "{events:#?}");
}

#[test]
fn a_town_s_countryside_after_anna_before_the_event_word_is_not_the_speakers() {
    // SaudiNewsNet a10124 (sample AY 21): the countryside told after "أن" stands in the clause
    // said, the object of the shelling, not where the source spoke
    let text = "كما أشار إلى أن «النظام قصف ريف إدلب بالطيران الحربي والمروحي».";
    let events = extract(text);
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(
        loc.is_some_and(|l| !l.where_said && l.text == "إدلب"),
        "{events:#?}"
    );
}

#[test]
fn where_the_wounded_of_the_bombing_were_taken_is_not_its_place() {
    // the event word names where the carried came from, and a feature word stands after "إلى"
    let text = "صحة المحافظة: نقل 4 من مصابي تفجير السوق إلى مدينة بغداد";
    let events = extract(text);
    assert!(
        events
            .iter()
            .all(|e| e.location.as_ref().is_none_or(|l| l.precision == Some(3))),
        "{events:#?}"
    );
}

#[test]
fn a_place_name_quoted_alone_is_a_newspaper_not_a_place() {
    // 'مؤكدين في حديثهم مع "الموصل"': the paper they spoke to; the bombing is in Diyala
    let text = "دان علماء التفجير الذي استهدف مسجدا بمحافظة ديالى، مؤكدين في حديثهم مع \"الموصل\" \
                أن التفجير جريمة نكراء.";
    let events = extract(text);
    assert!(
        events
            .iter()
            .filter_map(|e| e.location.as_ref())
            .all(|l| l.text != "الموصل"),
        "{events:#?}"
    );
    // with a place cue it is the place ('في ضاحية «مدينة الصدر»')
    let text = "سقطت قذائف هاون على منازل في ضاحية «مدينة الصدر» أمس ما أدى إلى مقتل مدنيين اثنين.";
    let events = extract(text);
    assert!(
        events
            .iter()
            .filter_map(|e| e.location.as_ref())
            .any(|l| l.text.contains("مدينة الصدر") || l.name == "Baghdad"),
        "{events:#?}"
    );
}

#[test]
fn the_hospital_the_wounded_were_taken_to_is_not_where_they_were_wounded() {
    let text = "وتم نقل المصابين في التفجير إلى مستشفى الشرطة ببغداد.";
    let events = extract(text);
    assert!(
        events
            .iter()
            .filter_map(|e| e.location.as_ref())
            .all(|l| l.precision == Some(3)),
        "{events:#?}"
    );
}

#[test]
fn the_residents_of_a_town_who_condemn_the_bombing_are_not_its_place() {
    // a verb of condemning right after the town: the townspeople condemn, the bombing was
    // elsewhere
    let text = "أهالي حائل يستنكرون تفجير المسجد الذي وقع أمس وأسفر عن مقتل 5 من المصلين.";
    let events = extract(text);
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(
        loc.is_some_and(|l| l.where_said || l.text != "حائل" || l.precision == Some(3)),
        "{events:#?}"
    );
    // a place told as the incident's before a verb of condemning after a comma stays
    let text = "انفجرت سيارة مفخخة أمس في مدينة حائل، وأدان الأهالي التفجير.";
    let events = extract(text);
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(
        loc.is_some_and(|l| !l.where_said && l.text == "حائل"),
        "{events:#?}"
    );
}

#[test]
fn a_place_in_a_headlines_tag_of_who_spoke_is_where_they_spoke() {
    // "X of a town: ..." before a colon tells who spoke, not where the bombing was
    let events = extract("أئمة مساجد حائل : تفجير المسجد عمل إجرامي جبان");
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(loc.is_some_and(|l| l.where_said), "{events:#?}");
    // a place that opens the headline says where
    let events = extract("حائل: مقتل 3 أشخاص في تفجير سيارة مفخخة");
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(
        loc.is_some_and(|l| !l.where_said && l.text == "حائل"),
        "{events:#?}"
    );
}

#[test]
fn the_hospital_where_the_wounded_are_visited_is_not_the_place_of_the_bombing() {
    let text = "زار الأمير مصابي التفجير الإرهابي في منطقة الجوف، وذلك في مستشفى الملك فهد بجدة أمس.";
    let events = extract(text);
    assert_eq!(places(&events), ["الجوف"], "{events:#?}");
    // a hospital shelled is the target, and its town the place
    let events = extract("قصف الطيران مستشفى في مدينة حلب وقتل 5 أشخاص في ريف إدلب.");
    assert_eq!(places(&events)[0], "حلب", "{events:#?}");
}

#[test]
fn the_country_where_the_wounded_are_treated_is_not_the_place_of_the_attack() {
    // SaudiNewsNet a26207: a verb of treatment before the place, as a hospital's word; the
    // attack was in the West Bank
    let text = "وفاة والد الرضيع الفلسطيني الذي قتل حرقا في الضفة الغربية\n\
                وأصيبت والدة الرضيع وشقيقه البالغ من العمر أربع سنوات بإصابات خطيرة في الهجوم الذي \
                وقع يوم 31 يوليو تموز ومازلا يعالجان في إسرائيل.";
    let events = extract(text);
    assert!(
        (events.iter().filter_map(|e| e.location.as_ref()))
            .all(|l| l.country.as_deref() != Some("IL")),
        "{events:#?}"
    );
    // the town of the attack stays when the wounded are treated elsewhere
    let events =
        extract("أصيب ثلاثة جنود في هجوم على نقطة تفتيش في مدينة العريش ويعالجون في القاهرة.");
    assert_eq!(places(&events)[0], "العريش", "{events:#?}");
}

#[test]
fn a_place_in_the_subject_of_a_verb_of_condemning_after_the_event_is_the_speakers() {
    let text =
        "استهدف التفجير مسجدا بمنطقة حائل أمس، كما استنكر باسم الجالية المقيمة في جدة هذه الجريمة.";
    let events = extract(text);
    assert_eq!(places(&events), ["حائل"], "{events:#?}");
}

#[test]
fn a_body_with_a_long_name_that_condemns_is_not_placed_at_the_bombing() {
    // eight words between the verb of condemning and the body's town
    let text = "أدانت جمعية البر الخيرية لرعاية الأيتام والأرامل في مدينة جدة التفجير الذي استهدف المصلين في منطقة الجوف.";
    let events = extract(text);
    assert_eq!(places(&events), ["الجوف"], "{events:#?}");
}

#[test]
fn a_place_in_a_long_subject_of_a_verb_of_condemning_is_the_condemners() {
    // more than twenty words between the verb and the second official's town, the event after
    let text = "استنكر فضيلة المدير العام لفرع الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر بمنطقة حائل الشيخ عبدالله بن صالح الفلاني، و فضيلة رئيس هيئة مدينة حائل الشيخ عبدالله بن أحمد العلاني، التفجير الآثم الذي وقع أثناء صلاة الظهر يوم الخميس الماضي في مسجد قوات الطوارئ الخاصة بمنطقة الجوف.";
    let events = extract(text);
    assert_eq!(places(&events), ["الجوف"], "{events:#?}");
}

#[test]
fn a_place_in_the_subject_that_opens_a_sentence_before_a_verb_of_saying_is_the_speakers() {
    let text = "مدير شرطة محافظة جدة العميد عبدالرحمن الفلاني، أكد أن التفجير الإرهابي الذي وقع بالمسجد، وراح ضحيته عدد من الشهداء، تنكره جميع الشرائع السماوية.";
    let events = extract(text);
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(loc.is_some_and(|l| l.where_said), "{events:#?}");
}

#[test]
fn the_base_the_aircraft_went_back_to_is_not_where_they_struck() {
    // "قبل أن تعود إلى قاعدة ..." tells where the aircraft returned, not the place struck
    let text = "وقصفت الطائرات التركية أمس مقرين لمسلحي التنظيم قبل أن تعود إلى قاعدة ديار بكر.";
    let events = extract(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_ne!(places(&events), vec!["ديار بكر"], "{events:#?}");
    // a strike on the base itself is there
    let events = extract("وقصفت الطائرات أمس قاعدة عسكرية في ديار بكر.");
    assert_eq!(places(&events), vec!["ديار بكر"], "{events:#?}");
}

#[test]
fn the_seat_of_a_diplomatic_mission_is_not_the_incidents_place() {
    // the capital where the recalled ambassador serves is no place of a protest
    let text =
        "البحرين تستدعي سفيرها\nقررت مملكة البحرين استدعاء سفيرها في طهران للتشاور، احتجاجا \
                على \"التصريحات العدائية\" لعدد من المسؤولين الايرانيين، حسبما أعلنت مساء أمس وكالة \
                الانباء البحرينية.";
    let events: Vec<_> = (extract(text).into_iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert!(
        events
            .iter()
            .all(|e| e.location.as_ref().is_none_or(|l| l.text != "طهران")),
        "{events:#?}"
    );
    // but an envoy attacked there: the city is the incident's
    let events = extract("اغتال مسلحون أمس السفير الأميركي في بنغازي.");
    assert_eq!(places(&events), ["بنغازي"], "{events:#?}");
}

#[test]
fn the_city_of_a_speakers_post_is_not_the_incidents_place() {
    // the city of the education office is where its director works: what he said of "these
    // bombings" is no incident there
    let text = "استنكر المسؤولون التفجير الذي استهدف مقرا للشرطة في منطقة الباحة أمس.\nوقال \
                المواطنون إن الوطن سيبقى آمنا.\nوأشاد المتحدثون بجهود رجال الأمن.\nودعا الخطباء \
                إلى الوحدة.\nوأكد الحضور أهمية التعاون.\nمن جهته، أكد مدير مكتب التعليم في \
                الطائف، أن هذه الأحداث والتفجيرات الإرهابية تزيد من تماسك الشعب.";
    let events: Vec<_> = (extract(text).into_iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(places(&events), ["الباحة"], "{events:#?}");
    // but a post holder attacked there: the city is the incident's
    let events = extract("اغتال مسلحون أمس رئيس الغرفة التجارية في مدينة الحلة.");
    assert_eq!(places(&events), ["الحلة"], "{events:#?}");
}

#[test]
fn a_bombing_named_where_its_condoler_lives_is_the_attack_told_before() {
    // (SaudiNewsNet, alriyadh, 11 August 2015) the attack told with a generic word at its own
    // place, then named by its kind in a sentence placed only where the ambassador serves: one
    // bombing, at the place of the lead, not one in Kuwait
    let text = "السفير الفايز: الأعمال الإجرامية ناتجة عن أفكار شاذة ومنحرفة\n\
                عبّر سفير خادم الحرمين الشريفين لدى دولة الكويت د. عبدالعزيز بن إبراهيم الفايز \
                عن استنكاره للعمل الإرهابي الجبان الذي استهدف مسجد قوة الطوارئ الخاصة في عسير \
                وما نتج عنه من استشهاد وإصابة عدد من رجال الأمن.\n\
                ورفع السفير الفايز باسمه ونيابة عن كافة منسوبي السفارة والمواطنين السعوديين \
                المقيمين في دولة الكويت الشقيقة أحر التعازي إلى كافة أسر شهداء حادث التفجير \
                الآثم.";
    let events: Vec<_> = (extract(text).into_iter())
        .filter(|e| e.status == rasd_core::Status::Incident)
        .collect();
    assert_eq!(places(&events), ["عسير"], "{events:#?}");
    assert_eq!(
        events[0].event_type, "Explosions/Remote violence",
        "{events:#?}"
    );
}

#[test]
fn where_somebody_lives_is_not_where_it_happened() {
    // the exile's city is no place of the airport taken back (the story's country at most)
    let events = extract(
        "وكانت القوات الموالية للرئيس، الذي يعيش في المنفى في القاهرة، قد استعادت السيطرة على \
         المطار من أيدي المسلحين.",
    );
    assert_not_placed_at(&events, "Cairo");
    // a place after a word of living, with punctuation between, is the incident's
    let events = extract("قال الرجل الذي يعيش هناك، إن سيارة مفخخة انفجرت في القاهرة أمس.");
    assert_eq!(places(&events), ["القاهرة"], "{events:#?}");
}

#[test]
fn where_somebody_comes_from_is_not_where_it_happened() {
    // a word of origin ("مسقط رأس", "ينحدر من"): the town is the men's, not the strike's
    let events = extract(
        "وقصفت طائرات النظام أمس مواقع للمسلحين، وقال المرصد إن عشرات الجنود من مسقط رأس \
         الرئيس في مدينة حماة انشقوا.",
    );
    assert_not_placed_at(&events, "Ḩamāh");
    let events = extract(
        "وقال المصدر إن منفذ الهجوم الانتحاري شاب ينحدر من مدينة حماة وفجر نفسه في سوق \
         شعبي.",
    );
    assert_not_placed_at(&events, "Ḩamāh");
}

#[test]
fn where_somebody_grew_up_or_was_born_is_not_where_it_happened() {
    // a past verb of living, a word of birth
    let events =
        extract("عاش المهاجم سنوات في حائل، ثم فجر نفسه في سوق شعبي جنوب البلاد الأسبوع الماضي.");
    assert_not_placed_at(&events, "Ha'il");
    let events = extract("الجندي القتيل من مواليد محافظة القريات، وقتل في الهجوم المسلح أمس.");
    assert_not_placed_at(&events, "Qurayyat");
}

#[test]
fn where_a_relative_was_at_the_time_is_not_where_it_happened() {
    // the father's whereabouts when the news reached him
    let events = extract(
        "وقال شقيق الجندي الذي قتل في الهجوم المسلح على نقطة التفتيش أمس إن والده كان متواجدا في \
         مدينة حائل حين بلغه النبأ.",
    );
    assert_not_placed_at(&events, "Ha'il");
}

#[test]
fn where_somebody_lives_with_his_family_is_not_where_it_happened() {
    // with whom he lives between the word of living and the town
    let events = extract(
        "المهاجم الذي فجر نفسه في سوق شعبي جنوب البلاد أمس يقيم مع أسرته الصغيرة بمدينة حائل.",
    );
    assert_not_placed_at(&events, "Ha'il");
    // the building he stays in, with "in it", is where it happened
    let events = extract(
        "أصيب سائح بطلق ناري طائش أثناء جلوسه في حديقة الفندق الذي يقيم فيه مع أسرته بمدينة حائل أمس.",
    );
    assert_eq!(places(&events), ["حائل"], "{events:#?}");
}

#[test]
fn where_a_body_was_carried_to_is_not_where_it_happened() {
    // the funeral word comes before the attack, the destination after it
    let events = extract(
        "وذكر شقيقه أن جثمانه نقل بعد الهجوم الانتحاري الغادر، من منطقة الجوف إلى الدمام بطائرة خاصة.",
    );
    assert_eq!(places(&events), ["الجوف"], "{events:#?}");
}

#[test]
fn those_who_offer_condolences_are_not_where_it_happened() {
    let events = extract(
        "وقدمت بلدية محافظة الخبر أحر التعازي لذوي ضحايا الهجوم الإرهابي الغادر الذي وقع أمس.",
    );
    let loc = events.iter().find_map(|e| e.location.as_ref());
    assert!(loc.is_some_and(|l| l.where_said), "{events:#?}");
}

#[test]
fn the_place_of_a_visit_is_where_its_visitor_spoke() {
    // the visitor's place is not the incident's: the anaphor joins the incident told first
    let events = extract(
        "ندد الرئيس التركي بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا في مدينة سوروتش قرب الحدود \
         السورية. وقال الرئيس خلال زيارة إلى الشطر الشمالي من قبرص: نحن في حداد بسبب عمل إرهابي \
         أوقع 30 قتيلا والعديد من الجرحى. وأعلن رئيس الحكومة أن التحقيق يفيد بأن داعش يقف وراء \
         الاعتداء الانتحاري.",
    );
    assert_not_placed_at(&events, "Cyprus");
    assert_eq!(places(&events), ["سوروتش"], "{events:#?}");
    // ... unless the visitor was the one seized there
    let events = extract("خطف مسلحون مهندسا فرنسيا يعمل في شركة نفطية أثناء زيارته للقاهرة أمس.");
    assert!(
        (events.iter()).any(|e| e.location.as_ref().is_some_and(|l| l.name == "Cairo")),
        "{events:#?}"
    );
}

#[test]
fn where_the_attackers_set_off_from_is_not_the_place() {
    // written for this test: the attack was launched from Taiz and took part of Lahij
    let events = extract("سيطر المسلحون أمس على أجزاء من محافظة لحج في هجوم شنوه من مدينة تعز.");
    assert_not_placed_at(&events, "Taiz");
    assert!(!events.is_empty(), "{events:#?}");
    // and where they came through
    let events =
        extract("صد الجيش أمس هجوما للحوثيين قادمين من منطقة القبيطة على مواقعه في محافظة لحج.");
    assert_not_placed_at(&events, "Al Qabbaytah");
    assert!(!events.is_empty(), "{events:#?}");
}

#[test]
fn a_capital_a_verb_of_demanding_addresses_is_the_state_not_the_place() {
    // written for this test: "طالب" is no event word, its object "أنقرة" the state addressed
    let events = extract(
        "وأدان وزير الخارجية المصري أمس القصف التركي على قرى في شمال العراق وطالب أنقرة بوقفه فورا.",
    );
    assert_not_placed_at(&events, "Ankara");
    assert!(
        (events.iter()).any(|e| e
            .location
            .as_ref()
            .is_some_and(|l| l.country.as_deref() == Some("IQ"))),
        "{events:#?}"
    );
}

#[test]
fn where_an_official_spoke_before_the_press_is_not_the_place() {
    // written for this test: Baqubah is where the governor spoke "أمام الصحافيين"
    let events = extract(
        "أوقع تفجير انتحاري في سوق بلدة المقدادية أمس 12 قتيلا. وقال المحافظ أمام الصحافيين في بعقوبة إن الانتحاري فجر حزامه الناسف وسط المتسوقين.",
    );
    assert_not_placed_at(&events, "Baqubah");
}

#[test]
fn the_city_the_wounded_were_flown_to_far_after_the_word_of_carrying_is_no_incident_place() {
    // the word of carrying ("نقلت") stands more than ten words before the destination, the
    // incident's own place told with its target between them
    let report = rasd_core::Report {
        id: "t".into(),
        text: "نقلت طائرات الإخلاء الطبي أمس خمسة مصابين في حادث التفجير الذي تعرض له مقر الشرطة \
               الرئيسي ببريدة أول من أمس إلى مدينة جدة لاستكمال العلاج."
            .into(),
        published: Some("2015-08-08".into()),
        source: None,
        url: None,
    };
    let events = rasd_extract::Extractor::new()
        .with_all(true)
        .extract(&report)
        .events;
    assert!(!events.is_empty());
    for e in &events {
        let place = e.location.as_ref().map(|l| l.name.as_str());
        assert_ne!(place, Some("Jeddah"), "{events:#?}");
    }
}

#[test]
fn the_town_a_village_is_told_near_is_only_its_reference_point() {
    // a8182: the clashes were near the village of Umm Hawsh, which lies near Marea: the village
    // is the place, the town only tells where it lies
    let events = extract(
        "وفي حلب، اندلعت اشتباكات عنيفة بين قوات المعارضة من جهة، وقوات النظام من جهة أخرى، في \
         حندرات. وتواصلت المواجهات بين قوات المعارضة و\"تنظيم داعش\" بالقرب من قرية \"أم حوش\" \
         القريبة من مدينة مارع، وأكد \"منير ذكي\" قائد الفوج العاشر في كتائب \"ثوار الشام\" أن \
         فصائل المعارضة قتلت 15 عنصراً من التنظيم.",
    );
    let clash = (events.iter())
        .find(|e| e.fatalities.as_ref().and_then(|c| c.min) == Some(15))
        .unwrap_or_else(|| panic!("{events:#?}"));
    let l = clash.location.as_ref().unwrap();
    assert_eq!(
        (l.name.as_str(), l.precision),
        ("Umm Hawsh", Some(2)),
        "{events:#?}"
    );
}

#[test]
fn a_fire_inside_a_states_territory_is_in_that_state_not_at_the_border_town_facing_it() {
    // SaudiNewsNet (a Saudi border guard's funeral): the reply "داخل الأراضي اليمنية" is in
    // Yemen; the Saudi border town of the story is only where the fire came back from, and
    // the shell fired "من داخل الأراضي اليمنية" fell at that town
    let text = "شيعت أمس جموع من المواطنين بمنطقة جازان الشهيد خالد حمدي، عقب استشهاده أول من أمس بقطاع الطوال، إثر سقوط مقذوف من الأراضي اليمنية. وكانت دورية من قوة المجاهدين بقطاع الطوال تعرضت لمقذوف عسكري من داخل الأراضي اليمنية، ما نتج عنه استشهاد أحد أفرادها. وردت القوات المسلحة السعودية في حينه على مصادر القصف، تساندها طائرات الأباتشى، وواصلت استهدافها لمصادر إطلاق النار داخل الأراضي اليمنية وتم تدميرها بشكل كامل.";
    let events = extract(text);
    let reply = (events.iter())
        .find(|e| e.trigger.text == "الأباتشى")
        .unwrap_or_else(|| panic!("{events:#?}"));
    let place = reply
        .location
        .as_ref()
        .unwrap_or_else(|| panic!("{reply:#?}"));
    assert_eq!(place.country.as_deref(), Some("YE"), "{reply:#?}");
    assert_eq!(place.precision, Some(3), "{reply:#?}");
    let shell = (events.iter())
        .find(|e| e.trigger.text == "سقوط مقذوف")
        .unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(
        shell.location.as_ref().and_then(|l| l.country.as_deref()),
        Some("SA"),
        "{shell:#?}"
    );
}

#[test]
fn a_territory_an_attempt_was_bound_for_is_not_where_the_act_was() {
    // a7952 (SaudiNewsNet, 2015-07-24; the sentence without its place phrase "في منطقة الطوال على
    // الحدود اليمنية السعودية"): the armoured vehicle was trying to get into Saudi territory, so
    // the strike on it is not told inside that territory; the record keeps its actors' country
    let text = "واستهدف طيران التحالف أول من أمس مدرعة للحوثيين، عندما كانت تحاول التوغل داخل الأراضي السعودية. وقتل وأصيب في الغارة ما لا يقل عن 18 من الانقلابيين.";
    let events = extract(text);
    let strike = (events.iter())
        .find(|e| e.trigger.text == "طيران التحالف")
        .unwrap_or_else(|| panic!("{events:#?}"));
    let place = (strike.location.as_ref()).unwrap_or_else(|| panic!("{strike:#?}"));
    assert_ne!(place.text, "الأراضي السعودية", "{strike:#?}");
    assert_eq!(place.country.as_deref(), Some("YE"), "{strike:#?}");
}

#[test]
fn where_the_doer_is_from_is_not_where_the_act_happened() {
    // quoted from SaudiNewsNet coverage of a suicide bombing: the bomber's home town after
    // "من", told of the doer by his age or nationality
    let events = extract(
        "تركيا تكشف هوية منفذ الهجوم الانتحاري في سروج\n\
         أعلنت السلطات التركية أن شاباً في العشرين هو منفذ الهجوم الانتحاري الذي وقع يوم الاثنين. \
         وصرح مسؤول تركي \"نؤكد بالاستناد إلى تحاليل جينية أن منفذ الهجوم رجل في العشرين من اديامان (جنوب شرق تركيا)\".",
    );
    assert!(!events.is_empty());
    assert_not_placed_at(&events, "Adıyaman");
    let events = extract(
        "وقال وزير الدولة في وزارة الداخلية إن منفذ الهجوم على الفندق تونسي الجنسية من ولاية القيروان.",
    );
    assert_not_placed_at(&events, "Kairouan");
    // a victim "from" a village is often killed there: the village stays
    let events = extract(
        "قتلت قوات الاحتلال فجر الأول من أمس، الشاب أحمد علاونة (21 عاما) من قرية برقين قرب مدينة جنين.",
    );
    assert_eq!(places(&events)[0], "برقين", "{events:#?}");
}

#[test]
fn where_a_trip_was_to_go_is_not_where_the_blast_happened() {
    // quoted from SaudiNewsNet: the blast hit the gathering before its trip across the border
    let events = extract(
        "قال مسؤولون إن انفجارا وقع في مدينة سروج التركية. وذكرت أن الانفجار وقع فيما اجتمع شباب أتراك وأكراد في المركز الثقافي قبل رحلة مقررة لبلدة كوباني في سوريا.",
    );
    assert!(!events.is_empty());
    assert_not_placed_at(&events, "Kobani");
}

#[test]
fn a_capital_after_a_noun_of_a_states_conduct_is_the_state() {
    // quoted from SaudiNewsNet: the policy of Ankara, not a bombing in Ankara
    let events = extract(
        "غير ان تفجيرا انتحاريا داميا في بلدة حدودية تركية نسب الى تنظيم داعش تبعته اشتباكات حدودية، جعل سياسة انقرة اكثر تشددا.",
    );
    assert!(!events.is_empty());
    assert_not_placed_at(&events, "Ankara");
}
