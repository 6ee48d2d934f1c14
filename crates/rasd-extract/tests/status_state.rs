//! Status on real text of SaudiNewsNet reports (sample AU, BD 27): a thing's state left by the
//! fighting, a body found in a story of drowning, an explosion in a family quarrel, what a
//! policy rests on, a police report written ("تم تحرير محضر"). None of them is an incident.

mod common;

use common::{all, default_output, status_of};
use rasd_core::Status;

#[test]
fn a_thing_ruined_by_the_fighting_is_its_state_not_an_incident() {
    // "الذي دمرته المعارك": the airport's state, the battles' time is not told
    let text = "وعين الرئيس محافظا جديدا لعدن يوم الاثنين وقالت مصادر بين المقاتلين المحليين إن \
                فريقا فنيا من الإمارات وصل لإصلاح مطار المدينة الدولي الذي دمرته المعارك.";
    let (s, cue) = status_of(text, "المعارك");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::Background, Some("دمرته")),
        "{text}"
    );
    // a single act of its own ruining it is still told
    let text = "وقالت مصادر بين المقاتلين المحليين إن فريقا فنيا وصل لإصلاح مطار المدينة الدولي \
                الذي دمرته غارة جوية للتحالف أمس.";
    assert_eq!(status_of(text, "غارة جوية").0, Status::Incident, "{text}");
}

#[test]
fn a_body_found_in_a_story_of_drowning_is_not_violence() {
    let text = "جثة في منزل ديمي مور\n قالت متحدثة باسم الممثلة الأميركية ديمي مور والشرطة إنه \
                عثر على جثة شاب يبلغ من العمر 21 عاما في حمام السباحة بمنزل مور في مدينة لوس \
                أنجلوس.\n ونقلت صحيفة \"لوس أنجلوس تايمز\" عن مكتب الطبيب الشرعي للمقاطعة قوله \
                إن الرجل غرق وعثر على جثته صباح الأحد الماضي وهي طافية في حمام السباحة ببيفرلي \
                هيلز. وقال أصدقاء الشاب وأسرته للسلطات إنه لم يكن يتقن السباحة.";
    let (s, cue) = status_of(text, "عثر على جثة");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::NotViolence, Some("غرق")),
        "{text}"
    );
    // a body found in a story that tells an attack too is not the drowning's
    let text = "عثر على جثة شاب في حمام السباحة بمنزله في بغداد. وقالت الشرطة إن مسلحين \
                أطلقوا النار عليه، فيما غرق طفل في نهر دجلة أمس.";
    assert_ne!(
        status_of(text, "عثر على جثة").0,
        Status::NotViolence,
        "{text}"
    );
}

#[test]
fn an_explosion_in_a_story_headed_by_a_family_quarrel_is_not_violence() {
    let text = "وسط خلافات عائلية..   ألماني يفجر منزله\n    ألقت الشرطة في ولاية بادن \
                فورتمبيرج جنوب غرب ألمانيا القبض على رجل أقدم على تفجير منزله ببلدة \
                بيتيجهايم-بيسنجن القريبة من مدينة لودفيجسهافن وبداخله زوجته وإحدى بناته.\n\
                وقالت شرطة مكافحة الجريمة إنها ألقت القبض على الرجل (55 عاما) مساء الخميس في \
                غابة صغيرة على أطراف المدينة.\nوغادر الرجل المنزل كذلك قبل انفجار البيت، إلا \
                أنه تعرض لبعض الحروق السطحية.";
    let (s, cue) = status_of(text, "تفجير");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::NotViolence, Some("خلافات عائلية")),
        "{text}"
    );
    // a bombing in a story whose headline names no quarrel stays an incident
    let text = "ألماني يفجر منزله\nألقت الشرطة القبض على رجل أقدم على تفجير منزله ببلدة \
                بيتيجهايم-بيسنجن مساء الخميس.";
    assert!(
        all(text).iter().any(|e| e.status == Status::Incident),
        "{text}"
    );
}

#[test]
fn what_a_policy_rests_on_is_a_kind_of_act() {
    let text = "وينتهج المستوطنون المتطرفون سياسة انتقامية تعرف باسم «دفع الثمن»، تقوم على \
                مهاجمة أهداف فلسطينية وكذلك مهاجمة جنود في كل مرة تتخذ السلطات الإسرائيلية \
                إجراءات يعتبرونها معادية للاستيطان.";
    let (s, cue) = status_of(text, "مهاجمة");
    assert_eq!(
        (s, cue.as_deref()),
        // (the cue's word nearest the act)
        (Status::Generic, Some("على")),
        "{text}"
    );
}

#[test]
fn a_police_report_written_is_no_liberation() {
    // (sample BD 27) a27108: "تحرير محضر", the writing of a police report on a suicide, read
    // as a place liberated
    let text = "حاصرته الديون.. فانتحر!\n وكانت مديرية أمن بني سويف قد تلقت بلاغا يفيد العثور \
                على \"م.ع\" في العقد الثالث من عمره ويعمل محامياً جثة هامدة، وبعد التحريات تبين \
                أنه انتحر بسبب مروره بضائقة مالية طاحنة.\nتم تحرير محضر بالواقعة وإحالته للنيابة \
                العامة لتولي التحقيق.";
    let (s, cue) = status_of(text, "تم تحرير");
    assert_eq!(
        (s, cue.as_deref()),
        (Status::NotViolence, Some("محضر")),
        "{text}"
    );
    assert!(
        default_output(text).is_empty(),
        "{:#?}",
        default_output(text)
    );
    // a district liberated is no paper written
    let text = "وأعلنت المقاومة الشعبية أمس أنه تم تحرير مديرية المسيمير بالكامل من الحوثيين.";
    assert_ne!(status_of(text, "تم تحرير").0, Status::NotViolence, "{text}");
}
