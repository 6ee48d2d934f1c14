//! Status on real text of SaudiNewsNet reports (sample AU 37, BB 41, BC 32, BC 47): what a side
//! "will allow", what is "planned" or what forces are massed for is a plan, not an incident.

mod common;

use common::status_of;
use rasd_core::Status;

#[test]
fn an_aircraft_a_side_will_allow_to_strike_is_a_plan() {
    // a12019: the drones' use of a base under an agreement, no strike told
    let text = "وطبقًا للاتفاق الذي أبرم مؤخرًا بين واشنطن وأنقرة، فإن تركيا ستسمح للطائرات \
                الأمريكية – بطيار أو بدون طيار- باستخدام قاعدة إنكليريك الجوية لشن هجمات ضد \
                تنظيم داعش الإرهابي.";
    let (s, cue) = status_of(text, "بدون طيار");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Intent, Some("ستسمح")),
        "{text}"
    );
    // a strike told with a permission given before it is still told
    let text = "وقالت مصادر إن طائرة أمريكية بدون طيار قصفت أمس موقعا لتنظيم داعش في الرقة \
                بعد أن سمحت تركيا باستخدام قاعدة إنكليريك.";
    assert_eq!(status_of(text, "طيار").0, Status::Incident, "{text}");
}

#[test]
fn a_protest_told_as_planned_is_a_plan() {
    // (sample BB 41) a29386: a day of civil disobedience "من المزمع" (planned), as "من المقرر"
    let text = "ومن المزمع تنظيم يوم من العصيان المدني في فيرجسون وأجزاء من منطقة سانت لويس ومدن \
                أمريكية رئيسية أخرى في مظاهرات قال منظموها انها تهدف إلى تسليط الضوء على عنف الشرطة \
                ضد الاقليات العرقية.";
    let (s, cue) = status_of(text, "العصيان");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Intent, Some("المزمع")),
        "{text}"
    );
    // a27762: the liberation a planned move is told to come after was done, no plan
    let text =
        "وأشار إلى أن الميليشيات انسحبت نحو مدينة شقرة الساحلية، التي من المزمع أن تتجه لها \
                المقاومة والجيش بعد تحرير مدينة زنجبار عاصمة أبين.";
    assert_ne!(status_of(text, "تحرير").0, Status::Intent, "{text}");
}

#[test]
fn what_forces_are_massed_or_advance_for_is_a_plan() {
    for (text, word, cue) in [
        // (sample BC 47) a1251: a leader's demand to mass forces to attack Aden again
        (
            "وكشف خبير قانوني عن خلافات حادة تعصف بين قيادات جماعة الحوثي، احتجاجا على مطالبة \
             عبدالملك الحوثي لـقيادات الجماعة بإعادة حشد القوات لمهاجمة عدن من جديد.",
            "مهاجمة",
            "حشد",
        ),
        // (sample BC 32) a28708: the advance the hills taken make easy, to storm the city
        (
            "مؤكدا أن السيطرة على هذه المواقع الاستراتيجية من شأنه تسهيل تقدم الثوار لاجتياح \
             مركز المحافظة، مدينة البيضاء.",
            "اجتياح",
            "تقدم",
        ),
    ] {
        let (s, found) = status_of(text, word);
        assert_eq!((s, found.as_deref()), (Status::Intent, Some(cue)), "{text}");
    }
    // an attack on fighters of a force whose name holds the word of massing is an attack
    let text = "وتعرض مقاتلو الحشد الشعبي لهجوم انتحاري قرب مدينة بيجي أمس.";
    assert_ne!(status_of(text, "هجوم").0, Status::Intent, "{text}");
    // a toll told with it keeps the act
    let text = "وتقدمت القوات لاقتحام البلدة أمس وقتل خمسة من المسلحين.";
    assert_ne!(status_of(text, "اقتحام").0, Status::Intent, "{text}");
}
