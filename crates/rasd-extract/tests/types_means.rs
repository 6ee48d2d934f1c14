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
