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
