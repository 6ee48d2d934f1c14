//! Status on real text of SaudiNewsNet reports (sample AU 37, BB 41, BC 32, BC 47, BD 20, 28,
//! 34, 45): what a side "will allow", what is "planned", what forces are massed for, a plot
//! foiled ("إجهاض"), what weapons are sent to help do and a penalty threatened ("تحت طائلة")
//! is a plan, not an incident; and (sample BF 22) a place to be taken, told with "ل" of purpose.

mod common;

use common::{all, status_of};
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

#[test]
fn a_plot_foiled_is_no_incident() {
    for (text, word) in [
        // (sample BD 28) a1351: the bloody projects of the organisation foiled, to target
        // missions and assassinate security men
        (
            "وقال في تصريحات على خلفية النجاحات الكبيرة التي حققتها الأجهزة الأمنية بالمملكة في \
             تفكيك خلايا التنظيم العنقودي لداعش وإجهاض المشروعات الدموية للتنظيم الإرهابي في \
             استهداف البعثات الدبلوماسية واغتيال رجال الأمن.",
            "اغتيال",
        ),
        // (sample BD 20) a3506: a coup foiled before its birth that provided for bombing the
        // leader's convoy
        (
            "وتقول مصادر مطلعة في مدينة الموصل العراقية: إن «عملية الانقلاب التي أُجهضت قبل \
             ولادتها بفترة قصيرة، كانت تقضي باستهداف موكب البغدادي بعبوات ناسفة على طريق زراعي \
             جنوب مدينة الرقة السورية للقضاء عليه».",
            "عبوات ناسفة",
        ),
    ] {
        assert!(
            all(text)
                .iter()
                .all(|e| e.status != Status::Incident || !e.trigger.text.contains(word)),
            "{text}: {:#?}",
            all(text)
        );
    }
    // the foiled attack an attack was carried out after is told
    let text = "وقتل ثلاثة جنود في هجوم انتحاري على حاجز للجيش في العريش أمس بعد أيام من إجهاض \
                الأمن مخططا لاستهداف مقر المحافظة.";
    assert_eq!(status_of(text, "انتحاري").0, Status::Incident, "{text}");
}

#[test]
fn what_weapons_are_sent_to_help_do_is_a_plan() {
    // (sample BD 45) a18406: weapons delivered "to help expel" the rebels, no expulsion told
    let text =
        "كشفت مصادر داخل المقاومة الشعبية في اليمن أن دول التحالف العربي بقيادة المملكة قدمت \
                للثوار أوائل الأسبوع الجاري، أسلحة نوعية لدعم صمودها ومساعدتها في طرد المتمردين \
                الحوثيين المدعومين بفلول الرئيس المخلوع علي عبدالله صالح.";
    let (s, cue) = status_of(text, "طرد");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Intent, Some("مساعدتها في")),
        "{text}"
    );
    // the help told after the act is no aim of it
    let text = "وتمكنت المقاومة الشعبية أمس من طرد المتمردين الحوثيين من حي الجحملية بمساعدة \
                طيران التحالف.";
    assert_ne!(status_of(text, "طرد").0, Status::Intent, "{text}");
}

#[test]
fn a_penalty_threatened_is_no_incident() {
    // (sample BD 34) a24978: villagers kept from going back "under penalty of arrest", a
    // policy, nobody arrested
    let text =
        "وأضاف المصدر لـ«عكاظ»: ما حصل في القصير وقارة والجراجير يدخل في هذا السياق حيث منع \
                سكان هذه القرى السنية من العودة اليها تحت طائلة الاعتقال، فيما طلب الايرانيون خلال \
                تفاوضهم مع احرار الشام في تركيا حول الزبداني بمغادرة الاهالي والمسلحين للمنطقة.";
    let (s, cue) = status_of(text, "الاعتقال");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Intent, Some("طائلة")),
        "{text}"
    );
}

#[test]
fn a_battle_awaited_is_a_plan() {
    // quoted from SaudiNewsNet: the decisive battle is awaited, then the advance on two towns
    let events = all(
        "وقال المتحدث باسم المقاومة إن المنطقة الشمالية لعدن أصبحت مطهرة بشكل كامل بانتظار المعركة الفاصلة في المدينة الخضراء والفيوش ليتم بعدها التوجه للحوطة وقاعدة العند.",
    );
    let battles: Vec<_> = (events.iter())
        .filter(|e| e.trigger.text == "المعركة")
        .collect();
    assert!(!battles.is_empty(), "{events:#?}");
    assert!(
        battles.iter().all(|e| e.status == Status::Intent),
        "{events:#?}"
    );
}

#[test]
fn a_place_to_be_taken_told_with_a_purpose_is_an_aim() {
    // a26452 (BF 22): forces trying for a month to storm a town "to expel" its fighters
    let text = "فيحاول مسلحو حزب الله إلى جانب وحدات عسكرية موالية لنظام الأسد منذ أكثر من شهر \
                اقتحام مدينة الزبداني ذات الطابع السني، ليس فقط لطرد مقاتلي الجيش السوري الحر، \
                بل بهدف ترحيل السكان الأصليين للمدينة إلى مناطق أخرى.";
    assert_eq!(
        status_of(text, "طرد مقاتلي"),
        (Status::Intent, Some("لطرد".to_string())),
        "{text}"
    );
    // a8497: the operation named for what it is to liberate
    let text = "وأعرب نائب رئيس اليمني، عن تقدير حكومة بلاده لدور الإمارات خاصة ودول التحالف \
                العربي عامة في عملية “السهم الذهبي” لتحرير مدينة عدن من المليشيات المتمردة.";
    assert_eq!(status_of(text, "تحرير مدينة").0, Status::Intent, "{text}");
    // a10: the battle fought for it, and a25679: the attack repelled that aimed at it, stay
    // incidents
    for text in [
        "بينما تدور معارك شرسة لتطهير حي التواهي, آخر معاقل المتمردين في عدن والذي يضم القصر \
         الرئاسي.",
        "كما صدت المقاومة هجوما للحوثيين وقوات الرئيس المخلوع علي عبدالله صالح في منطقة آل \
         حميقان بالبيضاء، كان يهدف لاستعادة السيطرة على المواقع التي تم السيطرة عليها، الأربعاء.",
    ] {
        assert!(
            all(text).iter().any(|e| e.status == Status::Incident),
            "{text}: {:#?}",
            all(text)
        );
    }
}
