//! Event types read from the means a report names for its act (a bomber, a blast), on excerpts
//! of real reports (`types.rs` holds the others; it is past the size of a file).

mod common;

use common::incident_records;

#[test]
fn a_bomber_who_attacked_a_mosque_is_a_suicide_bombing_not_an_attack_on_civilians() {
    for (text, place) in [
        // a condemnation that tells the act by its bomber ("هاجم مفجر إرهابي مسجداً")
        (
            "عبر مجلس الأمن الوطني الأمريكي في واشنطن عن إدانة الولايات المتحدة الأمريكية الشديدة للهجمات الإرهابية المؤسفة التي وقعت مؤخراً في المملكة ، حيث هاجم مفجر إرهابي مسجداً في أبها أودى بحياة خمسة عشر شخصًا بينما كانوا يؤدون الصلاة ، وقدم أعمق تعازيه إلى أسر الضحايا وتمنى الشفاء العاجل للجرحى.",
            "أبها",
        ),
        // the bomber named by the definite noun ("الإرهابي مفجّر مسجد ...")
        (
            "أبلغ \"الاقتصادية\" مصدر في وزارة الداخلية أن الإرهابي مفجّر مسجد قوات الطوارئ الخاصة في منطقة عسير ظهر أمس، نفذ إلى المسجد وقت الصلاة متنكّراً.",
            "عسير",
        ),
    ] {
        let events = incident_records(text);
        let e = (events.iter())
            .find(|e| e.location.as_ref().is_some_and(|l| l.text == place))
            .unwrap_or_else(|| panic!("{text}: no incident at {place}: {events:#?}"));
        assert_eq!(e.event_type, "Explosions/Remote violence", "{events:#?}");
        assert_eq!(e.sub_event_type, "Suicide bomb", "{events:#?}");
    }
}

#[test]
fn helicopters_that_carry_the_dead_are_no_air_strike() {
    // the witnesses saw helicopters carry the dead and the wounded of an attack on a barracks:
    // the attack is the act, not the helicopters (Asharq al-Awsat, PKK in Sirnak)
    let text = "وقال شهود عيان في اتصال مع «الشرق الأوسط» من إقليم شرناخ في كردستان تركيا أمس، إن مقاتلين من حزب العمال الكردستاني هاجموا ثكنة للجيش التركي في إقليم شرناخ، وأسفر الهجوم عن مقتل أكثر من ثلاثة جنود أتراك وإصابة آخرين بجروح، وأكد الشهود أنهم شاهدوا مروحيات عسكرية تركية تنقل القتلى والجرحى.";
    let events = incident_records(text);
    assert!(!events.is_empty(), "{events:#?}");
    for e in &events {
        assert_ne!(e.sub_event_type, "Air/drone strike", "{events:#?}");
    }
    // near miss: helicopters that strike, a word of the dead after their act, stay an air strike
    let text = "وقالت مصادر أمنية إن مروحيات عسكرية تركية قصفت مواقع لحزب العمال الكردستاني في إقليم شرناخ أمس، ما أسفر عن مقتل ثلاثة مقاتلين.";
    let events = incident_records(text);
    assert!(
        events
            .iter()
            .any(|e| e.sub_event_type == "Air/drone strike"),
        "{events:#?}"
    );
}

#[test]
fn explosives_depots_destroyed_in_raids_are_no_ied() {
    // the army's raids killed militants and destroyed two depots of explosives: the explosives
    // are what was destroyed, not the means of an attack (Ein Al-Youm, Sheikh Zuweid)
    let text = "مقتل 12 مسلحاً وتدمير مخزنين للمواد المتفجرة بسيناء\n قُتل 12 مسلحاً في حملة مداهمات شنتها القوات المسلحة المصرية لاستهداف البؤر الإرهابية بمدينة الشيخ زويد التابعة لمحافظة شمال سيناء.";
    let events = incident_records(text);
    assert!(!events.is_empty(), "{events:#?}");
    for e in &events {
        assert_ne!(
            e.sub_event_type, "Remote explosive/landmine/IED",
            "{events:#?}"
        );
    }
    // near miss: explosives planted that kill are the means of the act
    let text = "قتل ثلاثة جنود أمس بمواد متفجرة زرعها مسلحون على جانب طريق في مدينة الشيخ زويد بشمال سيناء.";
    let events = incident_records(text);
    assert!(
        events
            .iter()
            .any(|e| e.sub_event_type == "Remote explosive/landmine/IED"),
        "{events:#?}"
    );
}

#[test]
fn a_bombing_word_with_its_bomber_and_a_reflexive_pronoun_is_a_suicide_bomb() {
    // an opinion column names the Abha mosque bombing by its bomber who blew himself up, the
    // bomber told between the bombing word and "نفسه" (Al-Yaum, sample BE 38)
    let text = "رغم ما ترتكبه من سلوكيات وأفعال شريرة على مستوى الإقليم، إلا أن حادثة تفجير مواطن سعودي نفسه في مسجد قوات الطوارئ في أبها أتت لتدق ناقوس خطر آخر.";
    let events = incident_records(text);
    assert!(
        events.iter().any(|e| e.sub_event_type == "Suicide bomb"),
        "{events:#?}"
    );
    // near miss: "نفسه" after a building is the building itself, no bomber
    let text = "وقالت الشرطة إن تفجير المسجد نفسه وقع أمس في مدينة أبها وأدى إلى مقتل شخصين.";
    let events = incident_records(text);
    assert!(!events.is_empty(), "{events:#?}");
    assert!(
        events.iter().all(|e| e.sub_event_type != "Suicide bomb"),
        "{events:#?}"
    );
}
