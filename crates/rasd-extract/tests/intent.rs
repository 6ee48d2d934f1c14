//! Mentions told as intended, feared, planned, charged or denied (statuses `intent` and `denied`),
//! on sentences written for these tests (none of the development data): what a report tells
//! of each mention, and the default output that keeps only incidents.

mod common;

use common::{all, assert_no_incident, default_output, status, status_of};
use rasd_core::Status;

#[test]
fn accusations_attempts_and_trials_are_intent() {
    let (s, cue) = status("واتهمت الحكومة المتمردين بتفجير خط أنابيب النفط في مأرب.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("واتهمت")));
    let (s, cue) = status("بدأت محاكمة المتهمين بقتل الصحفي في الخرطوم.");
    assert_eq!(s, Status::Intent, "{cue:?}");
}

#[test]
fn what_a_side_hopes_to_do_is_no_incident() {
    // an act after a verb of hoping ("يأملون", "يطمح") is a wish, not carried out; the
    // attack told in the next sentence stays an incident
    let text =
        "وقال قادة ميدانيون أمس إن المقاتلين يأملون في أن يكون الجسر منطلقا لاقتحام مدينة الرمادي. \
                وقتل خمسة جنود في هجوم على حاجز قرب الفلوجة أمس.";
    let incidents: Vec<String> = default_output(text)
        .into_iter()
        .map(|e| e.trigger.text)
        .collect();
    assert_eq!(incidents, ["هجوم"], "{text}");
}

#[test]
fn incitement_is_intent() {
    // what a book, a speech or a recording urges ("تحث على الهجوم") is no act
    let (s, cue) =
        status("وضبطت الشرطة في منزل المتهم منشورات تحث على الهجوم على مراكز الشرطة في الرقة.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("على")));
}

#[test]
fn there_is_no_fighting_is_a_denial() {
    // "ليس هناك" (there is not) before the event word says it is not happening
    let (s, cue) = status("وقال قائد الكتيبة إنه ليس هناك قتال داخل مدينة الحديدة حتى الآن.");
    assert_eq!((s, cue.as_deref()), (Status::Denied, Some("هناك")));
    // and it still says nobody died or was hurt
    let events = all("انفجرت عبوة ناسفة أمس قرب سوق في بعقوبة، وليس هناك إصابات.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].status, Status::Incident);
    assert_eq!(events[0].injuries.as_ref().and_then(|c| c.max), Some(0));
}

#[test]
fn a_denial_is_denied() {
    let (s, cue) = status("ونفت الوزارة وقوع انفجار في مطار عدن.");
    assert_eq!((s, cue.as_deref()), (Status::Denied, Some("ونفت")));
    // a long subject and a rumour before the event word, with no punctuation between
    let (s, cue) = status(
        "نفت وزارة الداخلية البحرينية مساء أمس ما تردد عن قيام مسلحين بتفجير سيارة مفخخة في المنامة.",
    );
    assert_eq!((s, cue.as_deref()), (Status::Denied, Some("نفت")));
    // but not across a sentence part of its own
    let (s, _) =
        status("نفت الحكومة أمس تقارير صحافية عن خلافات داخلية، وانفجرت عبوة ناسفة في سوق ببغداد.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn habits_incitement_and_anniversaries_are_no_incidents() {
    let (s, cue) = status("ودائما ما تشن الطائرات المسيرة غارات على أهداف للمسلحين في المنطقة.");
    assert_eq!((s, cue.as_deref()), (Status::Generic, Some("ودائما")));
    let (s, cue) = status("اعتقلت الشرطة شابا حرض على اغتيال وزير الداخلية في تونس.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("حرض")));
    // the anniversary names the shelling; the bomb that did it is the stronger word
    let events = all("أحيت المدينة اليوم الذكرى الخمسين لقصفها بقنبلة شديدة الانفجار.");
    assert!(!events.is_empty());
    assert!(
        events.iter().all(|e| e.status == Status::Background),
        "{events:#?}"
    );
}

#[test]
fn an_accusation_or_a_warning_with_a_pronoun_is_intent() {
    for (text, cue) in [
        (
            "وطلبت أسرة نائب وزير الدفاع الإيراني السابق أمس توضيحات حول اختفائه في تركيا، متهمة إسرائيل والولايات المتحدة بخطفه.",
            "متهمة",
        ),
        (
            "ونقلت الإذاعة أمس عن النائبة السابقة في القدس تحذيرها من حدوث اغتيال سياسي آخر في إسرائيل.",
            "تحذيرها",
        ),
    ] {
        assert_eq!(
            status(text),
            (Status::Intent, Some(cue.to_string())),
            "{text}"
        );
    }
    // "بصدد": what a group was about to do
    let text = "وقال البيان أمس إن المجموعة كانت بصدد استهداف منشآت أمنية حساسة في الكاف.";
    assert!(
        all(text).iter().all(|e| e.status != Status::Incident),
        "{:#?}",
        all(text)
    );
}

#[test]
fn an_attack_of_suspects_feared_or_supposed_is_intent() {
    for (text, cue) in [
        (
            "وألقت الشرطة القبض على ثلاثة رجال يشتبه في تورطهم في تفجير استهدف مركزا للشرطة في مدينة الرمادي.",
            "يشتبه",
        ),
        (
            "ونشرت الشرطة تعزيزات في البلدة القديمة في الخليل اليوم خوفا من اندلاع اشتباكات بين المستوطنين والفلسطينيين.",
            "خوفا",
        ),
        (
            "وحشدت القوات دباباتها على مشارف المدينة تحسبا لهجوم المسلحين على مدينة تكريت.",
            "تحسبا",
        ),
        (
            "وقال وزير الدفاع إن بلاده سترد بقوة إذا شن المسلحون هجوما على قواتها في المنطقة الحدودية.",
            "إذا",
        ),
        (
            "وقال الوزير إنه لو هاجم المسلحون مدينة الرمادي لردت القوات بحزم.",
            "لو",
        ),
    ] {
        let (s, c) = status(text);
        assert_eq!((s, c.as_deref()), (Status::Intent, Some(cue)), "{text}");
        assert!(default_output(text).is_empty(), "{text}");
    }
}

#[test]
fn no_link_with_a_bombing_is_a_denial_and_many_attacks_are_no_incident() {
    let text = "وقال مصدر أمني إن الخلية التي فككت الأسبوع الماضي لا علاقة لها بالتفجير الذي استهدف سوقا في مدينة بعقوبة.";
    assert_eq!(status(text).0, Status::Denied);
    assert!(default_output(text).is_empty());
    let text = "وتعيش المدينة حالة من الترقب بعدما شنت الجماعة عددا كبيرا من الهجمات الانتحارية في مدينة مايدوغوري.";
    assert_eq!(status(text).0, Status::Generic);
    assert!(default_output(text).is_empty());
}

#[test]
fn an_attack_told_as_imminent_or_earlier_by_its_adjective_is_no_incident() {
    let (s, cue) = status("وقال المسؤول إن ضربة جوية باتت وشيكة على مواقع المسلحين في الرقة.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("وشيكة")));
    let (s, cue) = status("ويعرف عن التنظيم تبنيه تفجيرات سابقة في مدينة كويتا.");
    assert_eq!((s, cue.as_deref()), (Status::Background, Some("سابقة")));
}

#[test]
fn a_possibility_or_an_intention_is_no_incident() {
    let (s, cue) = status("وناقش الخبراء إمكانية شن غارات جوية على مواقع المسلحين في الرقة.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("إمكانية")));
    // an intention silences the violent words after it
    assert!(all("وقال المسؤول إن الحكومة تنوي قصف مواقع المتمردين في دارفور.").is_empty());
}

#[test]
fn an_act_told_as_expected_is_no_incident() {
    // "من المنتظر أن", "من المتوقع أن": what is expected has not happened
    for text in [
        "ومن المنتظر أن يقصف طيران التحالف مواقع المسلحين في مدينة مأرب خلال الساعات القادمة.",
        "ومن المتوقع أن تشن القوات هجوما على مواقع المسلحين في مدينة الرمادي.",
    ] {
        let events = default_output(text);
        assert!(events.is_empty(), "{text}: {events:#?}");
    }
}

#[test]
fn an_attempt_somebody_survived_is_an_attack_that_happened() {
    // survived: the bombing was carried out
    let text =
        "نجا محافظ الأنبار، صباح اليوم، من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في الرمادي.";
    let events = all(text);
    assert!(
        events.iter().any(|e| e.status == Status::Incident),
        "{events:#?}"
    );
    // an attempt nobody says was carried out stays an intent
    let text = "أحبطت الشرطة محاولة اغتيال بعبوة ناسفة كانت تستهدف موكب المحافظ في الرمادي.";
    assert!(all(text).iter().all(|e| e.status != Status::Incident));
}

#[test]
fn what_an_investigation_looks_into_or_a_plan_prepares_is_intent() {
    let (s, _) = status("واصلت النيابة العامة التحقيق في اغتيال رجل الأعمال في البصرة.");
    assert_eq!(s, Status::Intent);
    let (s, _) = status("اعترف الموقوفون بالتخطيط لهجوم على مركز للشرطة في الحلة.");
    assert_eq!(s, Status::Intent);
    // the words of an investigation far from the event word do not reach it
    let (s, _) =
        status("انتهت عملية للشرطة في إطار التحقيق في أواخر الشهر بمقتل ثلاثة مسلحين في الموصل.");
    assert_eq!(s, Status::Incident);
}

#[test]
fn those_involved_in_an_attack_are_an_accusation() {
    let (s, cue) = status("اعتقلت قوات الأمن خمسة من المتورطين في تفجير السوق الشعبي في الحلة.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("المتورطين")));
}

#[test]
fn fighting_sought_with_bighyat_is_a_plan() {
    let text = "حشدت القوات مئات المقاتلين في أطراف المدينة بغية شن هجوم على مواقع المسلحين.";
    assert_no_incident(&[text]);
}

#[test]
fn strikes_a_state_allows_are_an_intent() {
    let (s, cue) = status(
        "وافقت الحكومة على السماح للطائرات الحربية الفرنسية بشن غارات على مواقع المتشددين انطلاقا من قاعدة جوية في الشمال.",
    );
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("السماح")));
}

#[test]
fn fighting_as_a_purpose_a_place_or_a_sport_and_preparations_tell_no_incident() {
    for text in [
        "وتقول السلطات إن مئات من مواطنيها سافروا إلى العراق للقتال في صفوف التنظيم خلال العام الماضي.",
        "وفككت الشرطة الفرنسية أمس خلية تجند الشبان للذهاب إلى مناطق القتال في سوريا.",
        "وكان المتهم قد عرف في حيه بحماسه لفنون القتال.",
        "وأطلقت الشرطة أمس حملة أمنية تستهدف عصابات المخدرات في 12 ولاية.",
        "وتواصل الفرق الهندسية نزع الألغام في أحياء المدينة.",
        "ووصلت إلى مدينة الحديدة أمس تعزيزات كبيرة تمهيدا لعملية عسكرية واسعة ضد المسلحين.",
    ] {
        assert!(default_output(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // fighting on the fronts of a town with a toll is told as it happened
    let text = "وقتل 12 مسلحا في معارك عنيفة على جبهات القتال في مدينة تعز أمس.";
    assert_eq!(default_output(text).len(), 1, "{:#?}", all(text));
}

#[test]
fn planned_attacks_are_an_intent() {
    let (s, cue) = status("كشفت الوزارة عن الهجمات المخطط لها ضد منشآت أمنية في الرياض.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("المخطط")));
}

#[test]
fn what_is_awaited_until_it_happens_is_intent() {
    let (s, _) = status("وطالب المحافظ بمواصلة الحصار إلى حين طرد المسلحين من المدينة.");
    assert_eq!(s, Status::Intent);
}

#[test]
fn a_protest_announced_with_a_future_verb_is_intent() {
    let (s, _) = status("وسيحتشد محتجون مساء اليوم أمام مبنى البرلمان للاعتراض على القانون.");
    assert_eq!(s, Status::Intent);
}

#[test]
fn what_a_side_could_do_is_intent() {
    // ability ("بإمكان", "بوسعهم") tells what could be done, not what was done
    let (s, cue) = status("وقال محللون إنه كان بإمكان الجيش قصف مدينة إدلب أمس لكنه لم يفعل.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("بإمكان")));
    let (s, cue) = status("وقال المسؤول إن المسلحين بوسعهم شن هجوم على مطار عدن متى أرادوا.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("بوسعهم")));
}

#[test]
fn an_attack_that_may_come_is_scheduled_or_is_to_be_repelled_is_intent() {
    for (text, word) in [
        // "قد تشن": may launch
        (
            "قال مسؤول عسكري أمس إن بلاده قد تشن ضربات جوية على مواقع المسلحين في محافظة إدلب.",
            "ضربات جوية",
        ),
        // "قبل شن": before launching, not yet launched
        (
            "حشدت القوات الحكومية أمس آلاف الجنود حول مدينة الفلوجة قبل شن هجوم واسع عليها.",
            "هجوم",
        ),
        // "من المقرر": scheduled
        (
            "وقال المحافظ أمس إن من المقرر أن تشارك قوات العشائر في معركة تحرير مدينة بيجي.",
            "تحرير",
        ),
        // "لصد": to repel (a purpose)
        (
            "نشر الجيش أمس تعزيزات كبيرة على الحدود الشمالية لصد هجمات المسلحين على القرى.",
            "هجمات",
        ),
    ] {
        assert_eq!(status_of(text, word).0, Status::Intent, "{text}");
    }
}

#[test]
fn an_act_named_as_the_aim_of_a_base_or_a_deployment_is_intent() {
    for (text, word) in [
        // "لشن": a base lent to launch strikes, not a strike
        (
            "ووافقت الحكومة أمس على أن تستخدم طائرات الحلفاء مطاراتها العسكرية لشن غارات على مواقع المتمردين.",
            "غارات",
        ),
        // "لتنفيذ": forces massed to carry out an attack
        (
            "وقال مصدر أمني إن المسلحين تجمعوا في مزارع قريبة من البلدة لتنفيذ هجوم على مقر الشرطة.",
            "هجوم",
        ),
    ] {
        assert_eq!(status_of(text, word).0, Status::Intent, "{text}");
        assert_no_incident(&[text]);
    }
    // the dead and the strikes its sentence tells keep the act a place of which serves
    // for attacks
    let text = "وأسفرت غارات الجيش أمس عن مقتل 9 مسلحين في المزارع التي يستخدمها المسلحون مخابئ لتنفيذ هجماتهم.";
    assert!(!default_output(text).is_empty(), "{text}");
}

#[test]
fn a_standing_charge_in_the_present_tense_is_intent() {
    // the acts a side is charged with, a long subject and object between the verb and them
    let text = "وتتهم منظمات حقوقية دولية عديدة القوات الحكومية والجماعات المسلحة المتحالفة معها بتنفيذ هجمات على القرى.";
    assert_eq!(status_of(text, "هجمات").0, Status::Intent, "{text}");
    assert_no_incident(&[text]);
    // a charge over an act of a day of its own tells that act
    let text = "ويتهم سكان القرية ومسؤولون محليون في المنطقة الحدودية الشمالية المتمردين بتنفيذ الهجوم على مقر الشرطة مساء أمس.";
    assert_eq!(status_of(text, "الهجوم").0, Status::Incident, "{text}");
}

#[test]
fn an_act_a_verb_of_the_future_governs_is_intent() {
    for (text, word) in [
        (
            "وقال الوزير في مؤتمر صحفي إن حكومته ستكثف الضربات الجوية على مواقع المتمردين قرب مدينة الرقة.",
            "الضربات الجوية",
        ),
        (
            "وأضاف القائد الميداني أن قواته ستبدأ هجوما واسعا على المدينة خلال الأسابيع المقبلة.",
            "هجوما",
        ),
    ] {
        assert_eq!(status_of(text, word).0, Status::Intent, "{text}");
        assert_no_incident(&[text]);
    }
    // a noun that opens like a future verb, before an event word with a preposition, tells
    // the act ("ستيني": in his sixties)
    let text = "هاجم مسلح رجلا ستينيا بطعنات نافذة في حي السلامة بمدينة جدة أمس.";
    assert!(!default_output(text).is_empty(), "{text}");
}

#[test]
fn an_act_nobody_dares_is_intent() {
    // a dare in the present ("لا أحد يجرؤ على"): nothing happened
    let text = "وقال أحد السكان إن أحدا لم يكن يجرؤ على التظاهر في ساحة المدينة أمس.";
    assert_eq!(status_of(text, "التظاهر").0, Status::Intent, "{text}");
    assert_no_incident(&[text]);
    // only the act dared: an act told further on in the sentence happened
    let text = "ولا يجرؤ أحد على الاقتراب من السوق الذي استهدفته غارة جوية في مدينة إدلب أمس.";
    assert_eq!(status_of(text, "غارة").0, Status::Incident, "{text}");
}

#[test]
fn an_act_somebody_is_held_in_connection_with_is_intent() {
    // "على صلة بالتفجير": what the arrest is about, not news of its own
    let text = "واعتقلت الشرطة أمس ثلاثة رجال في حمص على صلة بالتفجير الذي استهدف سوقا في المدينة.";
    assert_eq!(status_of(text, "التفجير").0, Status::Intent, "{text}");
}

#[test]
fn a_charge_in_the_past_tense_far_before_the_act_is_intent() {
    // "اتهمت" with a long subject and object before the act, in its clause, with no day and no
    // figure of its own: what a side is charged with (a day of its own keeps the act)
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    let text = format!("{news}واتهمت الحركة الجيش الحكومي الذي ينتشر في المنطقة الشمالية منذ أشهر بأنه قصف مرات عدة قوارب الصيادين.");
    let (s, cue) = status_of(&text, "قصف");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Intent, Some("واتهمت")),
        "{text}"
    );
    let text = format!("{news}واتهمت الحركة الجيش الحكومي الذي ينتشر في المنطقة الشمالية منذ أشهر بأنه قصف أمس قوارب الصيادين.");
    assert_eq!(status_of(&text, "قصف").0, Status::Incident, "{text}");
}

#[test]
fn an_act_failed_or_only_rumoured_is_intent() {
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    for (told, word) in [
        // what a side did not manage to do ("من دون أن تنجح في", "لم تتمكن من")
        ("وشنت القوات هجمات على القرى الجبلية طوال الشهر الماضي من دون أن تنجح في طرد المسلحين من الكهوف.", "طرد"),
        ("وقال الضابط إن قواته لم تتمكن من اقتحام المعسكر المحصن.", "اقتحام"),
        // what is said to have happened ("ما يقال إنها")
        ("وتداول ناشطون صورا حول ما يقال إنها عمليات إعدام لأسرى في المعسكر.", "إعدام"),
    ] {
        let text = format!("{news}{told}");
        assert_eq!(status_of(&text, word).0, Status::Intent, "{text}");
        assert_eq!(status_of(&text, "عبوة").0, Status::Incident, "{text}");
    }
}

#[test]
fn an_event_noun_as_the_subject_of_the_future_is_a_forecast() {
    // "المعارك ستغير ...": what the fighting will do, with no day and no dead of its own
    let news = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    let text = format!("{news}وقال المحلل العسكري إن المعارك ستغير خريطة السيطرة في الشمال.");
    let (s, cue) = status_of(&text, "المعارك");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Intent, Some("ستغير")),
        "{text}"
    );
    // with dead told in its sentence, the fighting goes on: an incident
    let text = format!("{news}وقال الناطق إن الاشتباكات ستتواصل بعد مقتل جنديين في القرية.");
    assert_eq!(status_of(&text, "الاشتباكات").0, Status::Incident, "{text}");
}

#[test]
fn a_plot_told_in_the_past_tense_is_a_plan() {
    // "خططوا لتفجير" (they planned to bomb), past tense: the cell was caught, no blast
    // (the arrest itself stays an incident)
    let text = "وأعلنت الشرطة أمس القبض على 12 شخصا خططوا من خارج البلاد لإشاعة الفوضى وتفجير \
                ثلاث كنائس في مدينة الإسكندرية.";
    let events = default_output(text);
    assert!(
        events.iter().all(|e| !e.trigger.text.contains("تفجير")),
        "{events:#?}"
    );
    assert_eq!(events.len(), 1, "{events:#?}");
}

#[test]
fn bombers_named_alone_are_a_means_not_an_act() {
    // fighters shown armed with launchers ("قاذفات الصواريخ") tell no attack
    assert_no_incident(&[
        "وظهر عشرات المسلحين في الشريط المصور مزودين بقاذفات الصواريخ في ريف حلب أمس.",
    ]);
}

#[test]
fn an_act_after_a_noun_of_danger_is_feared() {
    // a noun of danger at most three words before the event word, in its clause ("خطر
    // الاعتداءات", "المخاطر الملموسة لوقوع أعمال إرهابية"): feared, not done
    let news = "وقتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    for (told, word, cue) in [
        (
            "مددت الرئاسة التونسية حالة الطوارئ في البلاد لشهرين بسبب استمرار خطر الاعتداءات الجهادية.",
            "الاعتداءات",
            "خطر",
        ),
        (
            "حذر رئيس بلدية روما أمس الخميس من «المخاطر الملموسة لوقوع أعمال إرهابية» في العاصمة الإيطالية.",
            "أعمال إرهابية",
            "«المخاطر",
        ),
    ] {
        let text = format!("{news}{told}");
        let (s, c) = status_of(&text, word);
        assert_eq!(s, Status::Intent, "{text}");
        assert!(c.as_deref().is_some_and(|c| cue.contains(c)), "{c:?} {text}");
        assert_eq!(status_of(&text, "عبوة").0, Status::Incident, "{text}");
    }
}

#[test]
fn an_act_after_may_and_an_imperfect_is_no_incident() {
    // "قد" with a verb in the imperfect ("قد يقود إلى مجزرة", "قد يعتقل"): what may happen
    let news = "وقتل ثلاثة أشخاص في انفجار عبوة ناسفة بمدينة الموصل أمس. ";
    for (told, word) in [
        (
            "وأضاف أن استمرار العدوان على المسجد قد يقود إلى مجزرة، كما حدث في مرات سابقة.",
            "مجزرة",
        ),
        (
            "وقالت الشرطة إن ممرضا قدم مساعدة طبية للمقاتلين قد يعتقل لدى عودته إلى الوطن.",
            "يعتقل",
        ),
    ] {
        let text = format!("{news}{told}");
        let (s, c) = status_of(&text, word);
        assert_eq!((s, c.as_deref()), (Status::Intent, Some("قد")), "{text}");
    }
    // "قد" with a perfect ("قد تعرضت", "قد تمكنت") tells what was done
    for (text, word) in [
        (
            "وكانت أحياء المدينة القديمة قد تعرضت لقصف مدفعي عنيف أمس.",
            "قصف",
        ),
        ("وكانت قوات الأمن قد تمكنت من اقتحام المعسكر أمس.", "اقتحام"),
    ] {
        assert_eq!(status_of(text, word).0, Status::Incident, "{text}");
    }
}

#[test]
fn a_battle_to_be_started_is_a_plan() {
    // "لبدء معركة", "للبدء بعملية عسكرية": what the forces come for, not yet done
    let (s, cue) = status("وصلت طلائع الجيش إلى مدينة زنجبار أمس لبدء معركة التحرير.");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("لبدء")));
    let (s, cue) = status(
        "وقال إن الاجتماع كان مخصصا للتنسيق مع فصائل أخرى للبدء بعملية عسكرية ضد التنظيم في ريف حلب.",
    );
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("للبدء")));
}

#[test]
fn an_act_warned_of_is_intent() {
    // a word of warning, its long subject, "من" and the act: feared, not done
    let text = "وحذر الناطق باسم الائتلاف سالم المسلط من قيام قوات نظام الأسد بارتكاب مجزرة بحق \
                المدنيين والمحاصرين في بلدتي بقين ومضايا.";
    let (s, cue) = status_of(text, "مجزرة");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("وحذر")));
    // a fear of fighters joining battles
    let text = "أوقفت السفارة اليمنية منح التأشيرات، في خطوة تعكس خشية الحكومة اليمنية من تسرب \
                مقاتلين من حزب الله والانخراط معها في المعارك.";
    assert_eq!(status_of(text, "المعارك").0, Status::Intent);
    // a warning told after a clause mark does not reach the act
    let text = "حذر المسؤول من التصعيد، وقتل ثلاثة مدنيين في قصف على مدينة حلب أمس.";
    assert_eq!(status_of(text, "قصف").0, Status::Incident);
}

#[test]
fn an_act_a_side_aims_at_is_a_plan() {
    // an event word after a verb of aiming "يهدف إلى" ("they aim to bomb") is what is planned,
    // not carried out; the attack told in the next sentence stays an incident
    for text in [
        "وقالت الشرطة إن أفراد الخلية يهدفون إلى تفجير سيارة مفخخة في وسط المدينة.",
        "وأعلن الجيش أن التعزيزات تهدف إلى اقتحام بلدة الزبداني في الأيام المقبلة.",
    ] {
        let (s, cue) = status(text);
        assert_eq!(s, Status::Intent, "{text}: {cue:?}");
    }
    let text = "وأوضحت المصادر أن المسلحين يهدفون إلى تفجير قنبلة في بغداد. \
                وقتل خمسة جنود في هجوم على حاجز قرب الفلوجة أمس.";
    let incidents: Vec<String> = default_output(text)
        .into_iter()
        .map(|e| e.trigger.text)
        .collect();
    assert_eq!(incidents, ["هجوم"], "{text}");
}

#[test]
fn a_battle_told_to_come_soon_is_a_plan() {
    // an adverb of soon after the event word in its clause: the act is to come
    for text in [
        "عملية عسكرية واسعة ضد المتمردين في صعدة قريبا",
        "وأضاف الوزير أن معركة شاملة ضد التنظيم في الموصل ستنطلق قريبا.",
    ] {
        let (s, cue) = status(text);
        assert_eq!(
            (s, cue.as_deref()),
            (Status::Intent, Some("قريبا")),
            "{text}"
        );
    }
    // "قريبا من" is near a place: the blast stays an incident
    let text = "وقع انفجار قريبا من مبنى المحافظة في عدن أمس.";
    let (s, cue) = status(text);
    assert_eq!(s, Status::Incident, "{text}: {cue:?}");
}

#[test]
fn a_span_of_time_to_come_before_the_act_is_a_forecast() {
    // a span of time to come named before the event word in its clause (sample AO record 44)
    let text = "وأضاف القائد في عدن أمس ستكون الـ48 الساعة القادمة هي الفاصلة لتطهير المدينة من بقايا الحوثي.";
    assert_eq!(status_of(text, "تطهير").0, Status::Intent, "{text}");
    // and after it, read as one phrase ("خلال الساعات القليلة المقبلة")
    let text = "وتوقع القائد في تعز أمس الالتحام مع المقاومة الشعبية والتقدم نحو منطقة الراهدة والحوبان خلال الساعات القليلة المقبلة.";
    assert_eq!(status_of(text, "الالتحام").0, Status::Intent, "{text}");
    // a projectile coming from a place is no span of time to come
    let text = "سقطت قذائف قادمة من اليمن على قرية في جازان أمس فأصابت ثلاثة أشخاص.";
    assert_ne!(status_of(text, "قذائف").0, Status::Intent, "{text}");
}

#[test]
fn a_negated_clash_is_no_incident() {
    // a clash word a negation denies, with only linking words, a verb of outcome or words of
    // reports between, tells a protest stayed peaceful: no riot of its own
    let text = "واعتصم مئات من الأهالي أمس أمام مبنى المحافظة في حمص. \
                ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة في حمص.";
    let incidents: Vec<String> = default_output(text)
        .into_iter()
        .map(|e| e.sub_event_type)
        .collect();
    assert!(
        !incidents.iter().any(|t| t == "Violent demonstration"),
        "{incidents:?}"
    );
    let (s, _) = status("ولم تسجل اشتباكات بين المتظاهرين وقوات الأمن في البصرة.");
    assert_eq!(s, Status::Denied);
    // but not a word between that is no link ("لم تعلن أي جهة مسؤوليتها عن الهجوم")
    let (s, _) = status(
        "قتل خمسة جنود في هجوم على حاجز قرب الفلوجة أمس، ولم تعلن أي جهة مسؤوليتها عن الهجوم.",
    );
    assert_eq!(s, Status::Incident);
}

#[test]
fn the_object_of_a_call_further_on_is_intent() {
    // an appeal with its addressee between: the strikes it asks to step up are not done
    let text = "وناشد شيوخ قبائل مأرب قوات التحالف بتعزيز الضربات الجوية على معاقل الحوثيين، \
                وقطع الإمدادات وتكسير الجسور الموصلة من صنعاء إلى مأرب.";
    let (s, cue) = status_of(text, "الضربات");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("ناشد")));
    // a bare verb of calling, the addressee before "إلى"
    let text = "وذكرت مصادر إعلامية أن سيارات تابعة للحوثيين جابت عددا من شوارع العاصمة، وهي \
                تدعو عبر مكبرات الصوت المدنيين إلى القتال في عدن.";
    let (s, cue) = status_of(text, "القتال");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("تدعو")));
    // an act told after the call's object is its cause, an incident
    let text = "دعت السلطات الإيرانية مواطنيها الى عدم السفر برا الى تركيا بعد هجوم على \
                حافلة ركاب إيرانيين في شرق تركيا أسفر عن مقتل سائقها.";
    let (s, cue) = status_of(text, "هجوم");
    assert_eq!(s, Status::Incident, "{cue:?}");
}

#[test]
fn an_act_the_attackers_wanted_is_intent_not_another_attack() {
    // "كانوا يريدون ارتكاب مجزرة" (sample AZ 8): the massacre is what the bombers of the truck
    // bomb wanted, no attack on civilians of its own; the story's one record is the bombing
    let text = "قتلى وجرحى في تفجير انتحاري في كابل\n\
        أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى على الأقل وأكثر من مائة جريح صباح اليوم (الجمعة). \
        وأضاف أن «عددًا كبيرًا من الأطفال والنساء قتلوا أو جرحوا وبين الضحايا عمال في مصنع للرخام»، مشيرًا إلى أن «منفذي هذا الهجوم كانوا يريدون ارتكاب مجزرة».";
    let (s, cue) = status_of(text, "مجزرة");
    assert_eq!((s, cue.as_deref()), (Status::Intent, Some("يريدون")));
    let events = default_output(text);
    assert!(!events.is_empty(), "{events:#?}");
    assert!(
        events.iter().all(|e| e.sub_event_type == "Suicide bomb"),
        "{events:#?}"
    );
}
