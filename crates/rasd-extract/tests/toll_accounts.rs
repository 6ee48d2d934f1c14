//! Which account of a toll an incident keeps when a report tells several (DESIGN.md §2): a
//! revised toll told later wins, two sources' figures give the lower, a side's claim or another
//! source's figure is not added, the same figure quoted again counts once. Sentences written for
//! these tests (none of the development data); tolls read off one sentence part: `toll_counts.rs`.

mod common;

use common::{all as extract, count_of, incident_records};
use rasd_core::Event;

#[test]
fn a_claim_told_after_the_account_is_not_added_to_its_toll() {
    let events = extract(
        "وتبنى المتمردون هجوما بعبوة ناسفة أدى إلى مقتل ثلاثة جنود في ولاية هكاري، مؤكدين أنهم قتلوا 12 جنديا.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.max), (Some(3), Some(3)), "{f:#?}");
}

/// The toll of the incident record whose trigger is `trigger`.
fn toll_of(events: &[Event], trigger: &str, injuries: bool) -> Option<u64> {
    let e = events
        .iter()
        .find(|e| e.trigger.text == trigger)
        .unwrap_or_else(|| panic!("no record told by {trigger:?}: {events:#?}"));
    let c = if injuries { &e.injuries } else { &e.fatalities };
    c.as_ref().and_then(|c| c.min)
}

#[test]
fn a_later_larger_figure_merged_in_does_not_replace_the_first_account() {
    // the eight of the next sentence died elsewhere; the strike's own toll is six
    let events = extract(
        "وقال أحد السكان إن صاروخا أصاب شاحنة قرب بلدة ديسو وقتل ستة مدنيين بينهم طفلان.\n\
         وحمل سكان آخرون القوة الأفريقية المسؤولية عن مقتل ثمانية مدنيين.",
    );
    assert_eq!(toll_of(&events, "صاروخا", false), Some(6), "{events:#?}");
}

#[test]
fn a_revised_toll_told_later_wins_over_the_first() {
    let events = extract(
        "انفجرت سيارة مفخخة في سوق شعبية بمدينة الحلة أمس ما أدى إلى مقتل 14 شخصا.\n\
         وفي حصيلة جديدة، أعلنت وزارة الداخلية مقتل 11 شخصا وإصابة 30 آخرين.",
    );
    assert_eq!(
        toll_of(&events, "سيارة مفخخة", false),
        Some(11),
        "{events:#?}"
    );
}

#[test]
fn an_earlier_toll_told_first_yields_to_the_later_one() {
    let events = extract(
        "هاجم مسلحون من حركة طالبان حاجزا للجيش في ولاية قندهار ليل الأحد.\n\
         وكانت السلطات المحلية تحدثت في البداية عن مقتل 14 جنديا، لكنها عادت وخفضت الحصيلة.\n\
         وأعلن المتحدث باسم حاكم الولاية لاحقا مقتل 10 من الجنود وإصابة أربعة.",
    );
    assert_eq!(toll_of(&events, "هاجم", false), Some(10), "{events:#?}");
}

#[test]
fn a_sides_claim_yields_to_the_figure_the_report_tells_otherwise() {
    let events = extract(
        "تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى إلى مقتل جنديين تركيين على الأقل \
         في محافظة ديار بكر، مؤكدا أنه قتل 8 جنود وأصاب 11 غيرهم. لكن الجيش التركي أعلن مقتل \
         جنديين وإصابة 4 بجروح.",
    );
    assert_eq!(
        toll_of(&events, "سيارة مفخخة", false),
        Some(2),
        "{events:#?}"
    );
    assert_eq!(
        toll_of(&events, "سيارة مفخخة", true),
        Some(4),
        "{events:#?}"
    );
}

#[test]
fn two_sources_accounts_of_the_dead_give_the_lower_not_their_sum() {
    // (DESIGN.md: of disputed figures, the lower explicit one)
    let events = extract(
        "وقصفت طائرات حربية قرية قرب مدينة الرقة أمس، ما أدى إلى مقتل سبعة مزارعين، فيما \
         تحدثت مصادر محلية عن أربعة قتلى فقط.",
    );
    assert_eq!(
        toll_of(&events, "طائرات حربية", false),
        Some(4),
        "{events:#?}"
    );
    let events = extract(
        "وانفجرت عبوة ناسفة في سوق بلدة الحويجة أمس وقتلت ثلاثة أشخاص، بينما قالت الشرطة إن \
         خمسة قتلوا في الانفجار.",
    );
    assert_eq!(
        toll_of(&events, "عبوة ناسفة", false),
        Some(3),
        "{events:#?}"
    );
}

#[test]
fn a_figure_beats_one_person_told_by_a_noun() {
    let events = extract(
        "اغتيال قيادي فتحاوي في مخيم عين الحلوة\n\
         أطلق مجهولان النار السبت في مخيم عين الحلوة على القيادي في حركة فتح، ما تسبب بمقتله مع \
         أحد مرافقيه، بحسب مصدر أمني.",
    );
    assert_eq!(toll_of(&events, "اغتيال", false), Some(2), "{events:#?}");
}

#[test]
fn the_fuller_account_of_the_same_dead_wins() {
    // the headline's two and the gunman who killed himself
    let events = extract(
        "مسلح يقتل اثنين ويصيب 7 داخل صالة سينما بولاية لويزيانا\n\
         قالت الشرطة إن مسلحا فتح النار داخل صالة سينما في لافايت مساء الخميس، فقتل شخصين وأصاب \
         سبعة آخرين قبل أن ينتحر.",
    );
    assert_eq!(toll_of(&events, "فتح النار", false), Some(3), "{events:#?}");
}

#[test]
fn a_revised_toll_told_later_with_no_place_updates_the_incident() {
    // the first figure (12) was provisional; the update tells the same bombing with a total
    let events = extract(
        "انفجرت سيارة مفخخة في سوق بمدينة الحلة أمس. وحسب المعلومات الأولية فإن 12 شخصا قتلوا. \
         وأكدت الشرطة أن التحقيق جار. وفي تطورات الخبر، قال متحدث أمني إن عشرة من المتسوقين \
         قتلوا في تفجير سيارة مفخخة، إضافة إلى ثلاثة من الباعة، ليصبح إجمالي القتلى 13.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!(f.min, Some(13), "{f:#?}");
}

#[test]
fn a_figure_another_source_gives_after_but_is_not_added() {
    use rasd_core::Qualifier;
    // "لكن المتحدث ... قال إن": another source's account of the same dead, not more dead
    let events = incident_records(
        "قال مسؤولون إن الهجوم الانتحاري أسفر عن مقتل 21 مدنيا في مدينة قندوز أمس، لكن المتحدث باسم الحاكم قال إن 22 مسلحا قتلوا بانفجار عبوة ناسفة.",
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(
        count_of(events[0].fatalities.as_ref()),
        Some((Some(21), Qualifier::Exact))
    );
}

#[test]
fn the_same_figure_quoted_after_it_was_told_counts_the_same_dead() {
    use rasd_core::Qualifier;
    for text in [
        "قتل خمسة جنود في هجوم على نقطة تفتيش في مدينة العريش أمس، وقال المتحدث العسكري إن \"خمسة من جنودنا استشهدوا في الهجوم الغادر\".",
        "قتل خمسة جنود في هجوم على نقطة تفتيش في مدينة العريش أمس، وقال المتحدث العسكري: «سقطت القذائف على النقطة ما أدى إلى مقتل خمسة من جنودنا».",
    ] {
        let events = incident_records(text);
        assert_eq!(events.len(), 1, "{text}: {events:#?}");
        assert_eq!(
            count_of(events[0].fatalities.as_ref()),
            Some((Some(5), Qualifier::Exact)),
            "{text}"
        );
    }
}
