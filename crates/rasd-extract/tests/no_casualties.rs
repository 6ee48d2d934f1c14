//! A report that says nobody died or was hurt: an explicit 0, never a toll of one for the
//! word it denies (DESIGN.md §2), on sentences written for these tests.

mod common;

use common::default_output as extract;
use rasd_core::{Count, Qualifier};

fn zero(c: &Option<Count>) -> Option<&str> {
    let c = c.as_ref()?;
    assert_eq!(
        (c.min, c.max, c.qualifier),
        (Some(0), Some(0), Qualifier::Exact)
    );
    Some(c.text.as_str())
}

#[test]
fn a_denial_linked_through_its_verb_gives_nobody_dead() {
    // the negation stands four and five words before the word it denies
    for (text, words) in [
        (
            "انفجرت عبوة ناسفة قرب سوق شعبي في الحلة صباح أمس دون أن تسفر عن سقوط قتلى.",
            "دون أن تسفر عن سقوط قتلى",
        ),
        (
            "سقطت قذيفة هاون على مدرسة في حي الوعر بحمص أمس، ولم يسفر القصف عن وقوع إصابات.",
            "ولم يسفر القصف عن وقوع إصابات",
        ),
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(zero(&events[0].fatalities), Some(words), "{text}");
    }
}

#[test]
fn nobody_hurt_is_nobody_dead_and_nobody_wounded() {
    let events = extract("سقط صاروخ على منزل في مدينة نجران مساء أمس ولم يصب أحد بأذى.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(zero(&events[0].fatalities), Some("ولم يصب أحد"));
    assert_eq!(zero(&events[0].injuries), Some("ولم يصب أحد"));
}

#[test]
fn a_figure_told_beside_the_denial_is_the_toll() {
    let events = extract("قتل شرطي في انفجار عبوة ناسفة في الرمادي أمس ولم يصب أحد غيره.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.qualifier), (Some(1), Qualifier::Exact), "{f:#?}");
    assert_eq!(zero(&events[0].injuries), Some("ولم يصب أحد"));
    // the verb that pours is no word of injury
    assert!(extract("هذا القرار يصب في مصلحة المواطنين في الرمادي.").is_empty());
}

#[test]
fn a_denial_of_a_list_of_casualties_gives_nobody() {
    // the words denied listed with "أو", the verb of outcome "ينجم" or "يؤد", "عنها" and
    // "إلى" linking: the projectiles told again, with nobody dead or hurt
    let text = "استهدفت ميليشيات الحوثي أمس أحياء وسط مدينة ظهران الجنوب بأكثر من 14 قذيفة من نوع \
                كاتيوشا. ووفق مصدر أمني مطلع فأن تلك القذائف لم ينجم عنها أي ضحايا أو إصابات بين \
                الأهالي أو المقيمين.";
    let events = extract(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(zero(&events[0].fatalities), Some("لم ينجم عنها أي ضحايا"));
    assert_eq!(
        zero(&events[0].injuries),
        Some("لم ينجم عنها أي ضحايا أو إصابات")
    );
    let events = common::all(
        "وأوضح البيان أن هذه الطريق لا تقع في حرم المعسكر، مشيراً إلى أن إطلاق النار وقع في الساعة \
         12.10 ولم يؤد إلى إصابة أي عسكري بجروح.",
    );
    assert!(!events.is_empty(), "{events:#?}");
    assert!(
        events
            .iter()
            .all(|e| zero(&e.injuries) == Some("ولم يؤد إلى إصابة")),
        "{events:#?}"
    );
}

#[test]
fn no_word_of_casualties_is_no_toll_and_no_denial() {
    // "دون ورود معلومات عن قتلى أو جرحى": nothing known, neither one nor nobody
    let events = extract(
        "قصفت المعارضة براجمات الصواريخ مطار الثعلة العسكري في ريف السويداء أمس، دون ورود معلومات عن قتلى أو جرحى من الطرفين.",
    );
    assert!(!events.is_empty(), "{events:#?}");
    assert!(
        events
            .iter()
            .all(|e| e.fatalities.is_none() && e.injuries.is_none()),
        "{events:#?}"
    );
}

#[test]
fn no_reports_of_casualties_give_no_toll() {
    // the words of reports ("ترد", "تقارير", "أنباء") do not count toward the negation's three
    // words, and say nothing of the casualties: no toll, not a wounded one, and no 0 either
    for text in [
        "انفجر صاروخ أطلقه فلسطينيون من قطاع غزة بعد ظهر اليوم الجمعة في منطقة كيسوفيم جنوب \
         اسرائيل، ولم ترد أي تقارير عن وقع اصابات او اضرار.",
        "اطلق مقاتلو حزب العمال الكردستاني الصواريخ على موقع عسكري في اقليم موش، فيما لم ترد \
         تقارير عن سقوط قتلى أو جرحى.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert!(events[0].fatalities.is_none(), "{text}: {events:#?}");
        assert!(events[0].injuries.is_none(), "{text}: {events:#?}");
    }
}

#[test]
fn a_denied_word_of_two_tokens_before_a_linking_word_is_one_of_the_words_denied() {
    // "سقوط قتلى" opens two tokens before "أو": the wounded after it are denied too
    let text = "سقطت قذيفة هاون على مدرسة في حي الوعر بحمص أمس، ولم يسفر القصف عن سقوط قتلى أو \
                جرحى.";
    let events = extract(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert!(zero(&events[0].fatalities).is_some(), "{events:#?}");
    assert!(zero(&events[0].injuries).is_some(), "{events:#?}");
}

#[test]
fn denied_human_losses_give_nobody_dead_and_nobody_wounded() {
    // a noun of human losses ("خسائر بشرية") denied through a verb of outcome: an explicit 0 of
    // both (SaudiNewsNet, aawsat 2015-08-04, the shelling of Qardaha)
    let text = "قصفت قوات المعارضة السورية مدينة القرداحة أمس بعشرات القذائف المدفعية، لكن صفحات \
                موالية للنظام أشارت إلى أن هذا القصف لم يؤد إلى خسائر بشرية.";
    let events = extract(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(zero(&events[0].fatalities), Some("لم يؤد إلى خسائر بشرية"));
    assert_eq!(zero(&events[0].injuries), Some("لم يؤد إلى خسائر بشرية"));
}

#[test]
fn denied_losses_of_life_give_nobody_dead_only() {
    // "خسائر في الأرواح" is the loss of life: nobody died, the wounded are not told (alyaum
    // 2015-08-03, a sound bomb at a party's office in Diyarbakir)
    let text = "ألقى أحد الأشخاص قنبلة صوتية قرب مقر فرع حزب العدالة والتنمية الحاكم، في ولاية \
                دياربكر جنوب شرقي البلاد أمس، دون وقوع خسائر في الأرواح أو الممتلكات.";
    let events = extract(text);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        zero(&events[0].fatalities),
        Some("دون وقوع خسائر في الأرواح")
    );
    assert_eq!(events[0].injuries, None, "{events:#?}");
}

#[test]
fn losses_not_denied_or_only_unconfirmed_count_nothing() {
    for text in [
        // unconfirmed is not none (aawsat 2015-08-04)
        "قصفت قوات المعارضة مدينة القرداحة أمس بالمدافع، وتسببت باشتعال حرائق في المدينة من \
         دون التأكد من إيقاع خسائر بشرية.",
        // told with no negation, the noun is no figure
        "قصفت قوات النظام بلدة سرمين بريف إدلب أمس ما أدى إلى خسائر بشرية.",
    ] {
        let events = extract(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(events[0].fatalities, None, "{text}: {events:#?}");
        assert_eq!(events[0].injuries, None, "{text}: {events:#?}");
    }
}
