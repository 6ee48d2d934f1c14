//! Words of violence that tell no incident (status generic): an activity that "targets" its
//! members, death as the snatcher, the title of a work, a kind of act named as a means, a body
//! carried or handed over, a civil aircraft, the line that repeats the headline.

mod common;

use common::{all, assert_no_incident, default_output, status_of};
use rasd_core::Status;

#[test]
fn a_workshop_or_a_course_that_targets_its_members_is_no_attack() {
    // the object of the verb of aiming is the group the activity is for (the story tells an
    // attack elsewhere: the verb is not alone in it)
    let text = "وعقدت اللجنة في أبها أمس لقاءها الأول مع المتطوعين، واستهدفت أعضاء الفرق الميدانية والمشرفين عليها. \
                وفي سياق آخر قتل جنديان في هجوم على نقطة تفتيش في نجران أمس.";
    let (st, cue) = status_of(text, "استهدفت");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("أعضاء")));
    // the activity is the subject of the verb, a few words before it in its clause
    let text = "نظمت الغرفة التجارية في جدة أمس دورة تدريبية ضمن برنامج السلامة المهنية استهدفت عددا من موظفي المصانع. \
                وفي سياق آخر قتل جنديان في هجوم على نقطة تفتيش في نجران أمس.";
    let (st, cue) = status_of(text, "استهدفت");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("برنامج")));
    // an attack on students named with its act stays an incident
    let text = "استهدف هجوم انتحاري الطلاب أمام جامعة في كابول أمس.";
    assert_eq!(status_of(text, "هجوم").0, Status::Incident);
}

#[test]
fn an_activity_for_the_members_of_the_family_is_no_attack() {
    // the group an activity is for, right after the verb of aiming, with the activity's word
    // too far before it ("أفراد الأسرة")
    let text = "افتتح محافظ الطائف أمس في مركز الملك فهد الثقافي معرض الصيف الذي تنظمه أمانة المحافظة على مدى أسبوعين، ويستهدف أفراد الأسرة من مختلف الأعمار.";
    let (st, cue) = status_of(text, "يستهدف");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("أفراد")));
    // gunmen who target the members of a family are an attack
    let text = "استهدف مسلحون أفراد أسرة ضابط في الشرطة بإطلاق النار على منزلهم في بعقوبة أمس.";
    assert!(
        all(text).iter().any(|e| e.status == Status::Incident),
        "{text}: {:#?}",
        all(text)
    );
}

#[test]
fn a_snatching_by_death_or_fate_is_no_abduction() {
    let text = "وفي الرياض أمس اختطفه الموت بعد صراع طويل مع المرض عن عمر ناهز الستين.";
    let (st, cue) = status_of(text, "اختطف");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("الموت")));
    // an abduction by gunmen stays one
    let text = "اختطف مسلحون مهندسا تركيا في بغداد أمس.";
    assert_eq!(status_of(text, "اختطف").0, Status::Incident);
}

#[test]
fn a_word_of_violence_in_the_title_of_a_play_or_a_film_tells_no_incident() {
    // the title named right after a word of a work
    let text = "ويعرض المسرح الوطني في الرياض مساء الخميس مسرحية «معركة الصحراء» للمرة الأولى. \
                وفي سياق آخر قتل جنديان في هجوم على نقطة تفتيش في نجران أمس.";
    let (st, cue) = status_of(text, "معركة");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("مسرحية")));
    // a headline that is only the title: the story names it as a film further on
    let text = "«معركة على الجسر» في الدمام\n\
                تعرض جمعية الثقافة والفنون في الدمام مساء اليوم فيلم «معركة على الجسر» للمخرج الشاب.";
    for e in all(text) {
        assert_ne!(e.status, Status::Incident, "{e:#?}");
    }
    // clashes quoted from a speaker are still an incident
    let text = "وقال المتحدث إن «اشتباكات عنيفة دارت في بلدة الحصن بين الجيش والمسلحين أمس».";
    assert_eq!(status_of(text, "اشتباكات").0, Status::Incident);
}

#[test]
fn air_strikes_named_as_a_danger_or_a_means_are_a_kind_of_act() {
    // a plural indefinite event noun after a preposition, with no day, place or toll of its own:
    // it takes none from the day and the town of the next sentence
    let text = "وقالت مصادر إن المسلحين يتخذون من السكان دروعا بشرية تحميهم من غارات الطيران.\n\
                وفي غضون ذلك شن طيران التحالف ظهر أمس غارة على مواقع المسلحين في مدينة صعدة.";
    let (st, _) = status_of(text, "غارات");
    assert_eq!(st, Status::Generic);
    let recs = default_output(text);
    assert!(
        recs.iter().all(|e| !e.trigger.text.contains("غارات")),
        "{recs:#?}"
    );
    let text = "ويدعم التحالف المقاتلين المحليين بضربات جوية وبالتدريب العسكري.";
    assert_eq!(status_of(text, "ضربات").0, Status::Generic);
    // strikes with a town of their own stay an incident
    let text = "وقصفت طائرات التحالف مواقع المسلحين بغارات جوية في مدينة صعدة.";
    assert_ne!(status_of(text, "غارات").0, Status::Generic);
}

#[test]
fn a_body_carried_handed_over_or_buried_is_no_incident() {
    // the death was told where it happened; the body's journey is no attack in another town
    let text = "وصول جثمان الجندي الشهري إلى محافظة بارق ظهر أمس والصلاة عليه بعد العصر. \
                وفي سياق آخر قتل جنديان في هجوم على نقطة تفتيش في نجران أمس.";
    let (st, cue) = status_of(text, "جثمان");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("جثمان")));
    // a body with an act of violence in its sentence is still the attack's
    let text = "عثر على جثمان الجندي بعد هجوم مسلحين على نقطة تفتيش في العريش أمس.";
    assert_eq!(status_of(text, "هجوم").0, Status::Incident);
}

#[test]
fn a_body_handed_over_or_carried_is_no_attack() {
    // "جثة" after a word of handing over or carrying, with no event word: the body's journey
    let text = "وأكد مستشفى الملك فهد أنه سلم جثة العامل المتوفى إلى ذويه مساء أمس في جازان.";
    let (st, cue) = status_of(text, "جثة");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("سلم")));
    let text = "وتم إرسال سيارة إسعاف لنقل جثة الضحية إلى مستشفى الملك عبدالعزيز في جدة.";
    let (st, cue) = status_of(text, "جثة");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("لنقل")));
    // a body handed over in a sentence that tells its killing is still the attack's
    let text = "وسلمت الشرطة جثة الشاب الذي قتل في انفجار عبوة ناسفة ببغداد أمس إلى ذويه.";
    assert_eq!(status_of(text, "عبوة ناسفة").0, Status::Incident);
}

#[test]
fn a_civil_aircraft_strikes_nothing() {
    // an aircraft with a word of civil flight right after it flies people or goods
    let text = "وبعد تشغيل مطار عدن للطائرات المدنية قال المسؤول إن الأحياء التي تعرضت لقصف عنيف \
                تحتاج إلى إعادة إعمار.";
    let (st, cue) = status_of(text, "لطائرات");
    assert_eq!((st, cue.as_deref()), (Status::Generic, Some("المدنية")));
    // a warplane that strikes is still an air strike
    let text = "وقصفت طائرة حربية مواقع المسلحين في مدينة مأرب أمس.";
    assert_eq!(status_of(text, "طائرة").0, Status::Incident);
}

#[test]
fn the_line_that_gives_the_story_link_tells_the_headline_again_no_incident() {
    let text = "مقتل 7 أشخاص في قصف على حي سكني بمدينة تعز\n\
                قتل سبعة مدنيين أمس في قصف مدفعي استهدف حي الروضة في مدينة تعز.\n\
                رابط الخبر بصحيفة الوئام: مقتل 7 أشخاص في قصف على حي سكني بمدينة تعز";
    let events = all(text);
    let link = text
        .find("رابط")
        .map(|b| text[..b].chars().count())
        .unwrap();
    let told = events
        .iter()
        .find(|e| e.trigger.span[0] >= link || e.mentions.iter().any(|m| m.span[0] >= link))
        .unwrap_or_else(|| panic!("no mention in the link line: {events:#?}"));
    assert_eq!(told.status, Status::Generic, "{events:#?}");
    assert_eq!(
        told.status_cue.as_ref().map(|c| c.text.as_str()),
        Some("رابط الخبر"),
        "{events:#?}"
    );
}

#[test]
fn an_explosive_named_by_its_power_is_no_explosion() {
    // "المواد الشديدة الانفجار", "مادة C4 شديدة الانفجار": a thing, no blast
    assert_no_incident(&[
        "وأكد المصدر أن الموقوفين تلقوا في المعسكر التدريبات على الأسلحة والمواد الشديدة الانفجار.",
        "وتدربوا على صنع المتفجرات باستخدام مادة شديدة الانفجار في معسكر قرب طهران.",
    ]);
}

#[test]
fn the_acts_a_side_keeps_carrying_out_are_a_campaign() {
    // an event word, a relative pronoun and a verb of carrying out in the present tense ("التي
    // تلقيها", "الذي تشنه"), with no day and no dead or wounded of its own: no incident
    assert_no_incident(&[
        "وقال القائد إن البراميل المتفجرة التي تلقيها المروحيات السورية لم تعد فاعلة نتيجة تحصن الثوار.",
        "وأضاف أن المعوق الأساسي في تقديم المساعدات هو الهجوم الذي تشنه قوات المخلوع وميليشيات الحوثي.",
    ]);
    // the strike of a day stays an incident
    let text = "وقتل ثلاثة مسلحين أمس في الغارات التي تشنها الطائرات على مواقع التنظيم قرب الرمادي.";
    assert!(!default_output(text).is_empty(), "{text}");
}

#[test]
fn a_weapon_made_ready_or_aimed_and_taken_was_never_fired() {
    // a22299 (sample AW 20): rockets seized at a base that had been aimed at an airport
    let text = "والمقاومة الشعبية غنمت كميات هائلة من الأسلحة والعتاد العسكري، منها 12 دبابة، \
                وصواريخ كاتيوشا كانت مصوبة تجاه مطار وميناء عدن، وكمية من المدافع الرشاشة.";
    assert!(
        !all(text).iter().any(|e| e.trigger.text.contains("كاتيوشا")),
        "{text}"
    );
    // rockets fired at a town are an attack
    let text = "وأطلق الحوثيون صواريخ كاتيوشا على مدينة نجران أمس.";
    assert_eq!(status_of(text, "كاتيوشا").0, Status::Incident, "{text}");
}

#[test]
fn what_a_weapon_was_made_ready_for_is_no_act() {
    // the army destroyed bombs readied "to target" its forces: the purpose after the participle
    // of readiness is no event word (Al-Yaum, a18314: the eleven-day count read as an incident)
    let text = "وأشار إلى اكتشاف وتدمير مخزنين للمواد المتفجرة خاصة بالعناصر الإرهابية بمنطقة اللفيتات، واكتشاف وتدمير 47 عبوة ناسفة كانت معدة ومجهزة لاستهداف قوات الجيش.";
    assert!(
        !all(text).iter().any(|e| e.trigger.text.contains("استهداف")),
        "{text}"
    );
    // near miss: a targeting told as an act stays one
    let text = "وقتل جنديان أمس في هجوم لاستهداف قوات الجيش بمدينة العريش.";
    assert!(!default_output(text).is_empty(), "{text}");
}
