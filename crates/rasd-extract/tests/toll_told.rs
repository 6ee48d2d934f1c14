//! Tolls told in wordings of the blind samples (sample BE) the count passes missed: a dual with
//! a pronoun. The sentences are the reports', cut or near-missed by hand.

mod common;

use common::default_output as extract;

#[test]
fn two_sons_told_as_a_dual_with_his_pronoun_are_two_wounded() {
    // a5707 (sample BE 2): "وأصيب نجلاه", his two sons
    let text = "قالت مصادر طبية اليوم أن فلسطينيا قتل وأصيب نجلاه برصاص جنود الاحتلال الإسرائيلي \
                أثناء اقتحامهم بلدة بيت أمر في الضفة الغربية.";
    let events = extract(text);
    let i = (events.iter())
        .find_map(|e| e.injuries.as_ref())
        .unwrap_or_else(|| panic!("wounded: {events:#?}"));
    assert_eq!((i.min, i.max), (Some(2), Some(2)), "{i:#?}");
    // one son ("نجله") is not two
    let text = "قالت مصادر طبية اليوم أن فلسطينيا قتل وأصيب نجله برصاص جنود الاحتلال الإسرائيلي \
                أثناء اقتحامهم بلدة بيت أمر في الضفة الغربية.";
    let events = extract(text);
    let i = (events.iter())
        .find_map(|e| e.injuries.as_ref())
        .unwrap_or_else(|| panic!("wounded: {events:#?}"));
    assert_ne!(i.min, Some(2), "{i:#?}");
}
