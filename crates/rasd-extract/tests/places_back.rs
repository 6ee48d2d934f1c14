//! The place a definite feature noun refers back to when it is told only with a word that
//! keeps it from any other reading (`slots/places/referred.rs`): a province noun told "the same"
//! ("في الولاية نفسها"), a base noun with a base's adjective ("على القاعدة العسكرية"; alone,
//! "القاعدة" may be the armed group), and the town of the sentence before that a sentence going on
//! with its account tells again; on excerpts of SaudiNewsNet (none of the development data).

mod common;

use common::all as extract;

#[test]
fn a_province_noun_told_the_same_refers_back_to_the_province_named_with_it() {
    // a29450: "في الولاية نفسها" is "ولاية شرناق" told before, not the district of Silopi told
    // since; without it the shot helicopter took its country
    let events = extract(
        "أعلنت ولاية شرناق عن مقتل 4 عناصر من الشرطة، ولفت البيان إلى أن عناصر المنظمة فجروا \
         عبوة ناسفة في قضاء سيلوبي.\n كذلك، قتل جندي في إطلاق نار استهدف مروحية عسكرية في قضاء \
         بيت الشباب في الولاية نفسها.",
    );
    let e = (events.iter().find(|e| e.trigger.text == "مروحية"))
        .unwrap_or_else(|| panic!("{events:#?}"));
    let l = e.location.as_ref().unwrap();
    assert_eq!(
        (l.name.as_str(), l.text.as_str()),
        ("Sirnak", "شرناق"),
        "{events:#?}"
    );
}

#[test]
fn a_base_noun_with_a_base_adjective_refers_back_to_the_base_named_before() {
    // a15 (sample BB 21): "على القاعدة العسكرية" is "قاعدة العند" of the sentence before, not
    // the province of Lahij that locates it; without it the strikes took Yemen
    let events = extract(
        "بعد تحرير المقاومة لمدينة عدن، قالت مصادر محلية أمس إن المقاومة تعد الآن لتحرير «قاعدة \
         العند» العسكرية الاستراتيجية، وهي قاعدة تبعد نحو 60 كيلومترا شمال عدن، وتتبع إداريا \
         لمحافظة لحج المجاورة. وأكد شهود عيان، أمس، أن طيران التحالف نفذ سلسلة من الغارات الجوية \
         على القاعدة العسكرية والمناطق المجاورة لها.",
    );
    let e = (events
        .iter()
        .find(|e| e.sub_event_type == "Air/drone strike"))
    .unwrap_or_else(|| panic!("{events:#?}"));
    let l = e.location.as_ref().unwrap();
    assert_eq!(
        (l.name.as_str(), l.text.as_str()),
        ("Al Anad Air Base", "قاعدة العند"),
        "{events:#?}"
    );
}

#[test]
fn a_sentence_going_on_with_a_generic_attack_s_account_takes_its_town() {
    // a15942 (sample BB 26): "وأوضح المصدر ..." goes on with the account of the attack near
    // Marivan told with a generic word ("هاجم"); its battle is that attack's, at Marivan, not
    // in the country of the Revolutionary Guard's adjective
    let events = extract(
        "مقتـل جنود إيرانيين بهجوم كردي غربي إيـران\n هاجم مسلحين تابعين لحزب كوملة الكردستاني \
         الإيراني ليلة السبت، ثكنة عسكرية لجنود الحرس الثوري الإيراني قرب مدينة مريوان غربي \
         إيران.\nوأوضح المصدر لشبكة سكاي نيوز الاخبارية أن مقاتلي الحزب كبدوا أفراد الحرس الثوري \
         الإيراني العديد من القتلى والجرحى بعد معركة دامت نحو ساعة.",
    );
    let e = (events.iter().find(|e| e.trigger.text == "معركة"))
        .unwrap_or_else(|| panic!("{events:#?}"));
    let l = e.location.as_ref().unwrap();
    assert_eq!(l.name.as_str(), "Marīvān", "{events:#?}");
}

#[test]
fn a_sentence_opened_by_a_verb_of_outcome_with_no_subject_takes_the_town_before() {
    // a26069 (issue 16): "أسفر عن مقتل 15 شخصا ... في هجوم" has no subject of its own: the
    // bombing of the sentence before caused it, at Abha, and its toll is that bombing's; without
    // the rule the attack named no place, took the story's other country (Bahrain) and stood
    // apart with the 15 dead
    let events = extract(
        "أغلقت البحرين صحيفة الوسط.\nواستهدف تفجير انتحاري مسجدا تابعا لمقر قوات الطوارئ الخاصة \
         في أبها عاصمة محافظة عسير. أسفر عن مقتل 15 شخصا، الخميس، معظمهم من قوات الأمن في هجوم \
         قال بيان على الانترنت، إنه من تنفيذ تنظيم داعش.\nوقالت المعارضة في البحرين إن الإغلاق \
         محاولة لتكميم الأفواه في البحرين.",
    );
    let e = (events
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "هجوم")))
    .unwrap_or_else(|| panic!("{events:#?}"));
    let l = e.location.as_ref().unwrap();
    assert_eq!(l.name.as_str(), "Abha", "{events:#?}");
    assert_eq!(
        e.fatalities.as_ref().and_then(|f| f.min),
        Some(15),
        "{events:#?}"
    );
}

#[test]
fn the_bare_place_noun_refers_back_to_the_town_told_before() {
    // a14129 (sample BG 12): "الذخائر التي كان المتمردون يخبئونها في المكان" is the houses
    // "بمدينة حرض" of the sentence before; without "مكان" as a noun that refers back the
    // explosions' record named no place and took the story's country, Yemen
    let events = extract(
        "وقال المركز الإعلامي للمقاومة إن طيران التحالف نفذ عدة غارات في محافظة حجة الحدودية، ودمر \
         يوم أمس أربعة مواقع عسكرية كان الحوثيون يختبئون فيها. مشيرا إلى استهداف منازل كان مسلحو \
         الحوثي يختبئون فيها وسط الأحياء السكنية بمدينة حرض الحدودية. وأشار المركز إلى أن عشرات \
         القتلى والجرحى سقطوا وسط المسلحين، كما سمع دوي انفجارات قوية، يرجح أنه نتيجة لانفجار \
         الذخائر التي كان المتمردون يخبئونها في المكان.",
    );
    // (the explosions may be a record of their own or, as the strikes set them off, one with
    // the strikes' record: typ79's `blast_of_strikes`)
    let e = (events.iter())
        .find(|e| e.mentions.iter().any(|m| m.text == "انفجارات"))
        .unwrap_or_else(|| panic!("{events:#?}"));
    let l = e.location.as_ref().unwrap();
    assert_eq!(l.name.as_str(), "Ḩaraḑ", "{events:#?}");
}
