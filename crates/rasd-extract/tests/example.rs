//! Golden and behaviour tests on the example report (examples/kirkuk-2016-10-22.*): the
//! required events of its gold, nothing for what is not an event, spans that point at their
//! words, and the whole output held in tests/golden/ (UPDATE_GOLDEN=1 rewrites it; review the
//! diff).

use rasd_core::{Event, Qualifier, Report};
use rasd_extract::Extractor;

const EXAMPLE: &str = include_str!("../../../examples/kirkuk-2016-10-22.jsonl");

fn extract() -> (Report, Vec<Event>) {
    let report: Report = serde_json::from_str(EXAMPLE.trim()).expect("example parses");
    let events = Extractor::new().extract(&report).events;
    (report, events)
}

fn chars(text: &str, span: [usize; 2]) -> String {
    text.chars().skip(span[0]).take(span[1] - span[0]).collect()
}

fn at<'a>(events: &'a [Event], place: &str, sub: &str) -> &'a Event {
    events
        .iter()
        .find(|e| e.location.as_ref().is_some_and(|l| l.text == place) && e.sub_event_type == sub)
        .unwrap_or_else(|| panic!("no {sub} event at {place}: {events:#?}"))
}

#[test]
fn kirkuk_raid_is_one_armed_clash_with_at_least_18_dead_and_12_wounded() {
    let (_, events) = extract();
    let e = at(&events, "كركوك", "Armed clash");
    assert_eq!(e.event_type, "Battles");
    let f = e.fatalities.as_ref().unwrap();
    // 6 police and at least 12 militants; the four bombers are among the 12
    assert_eq!(
        (f.min, f.qualifier),
        (Some(18), Qualifier::AtLeast),
        "{f:?}"
    );
    assert_eq!(e.injuries.as_ref().unwrap().min, Some(12));
    assert_eq!(e.date.as_ref().unwrap().value, "2016-10-21");
    assert_eq!(e.date.as_ref().unwrap().text.as_deref(), Some("فجر أمس"));
    assert_eq!(e.actor1.as_ref().unwrap().name, "Islamic State");
    assert_eq!(
        events
            .iter()
            .filter(|e| e.location.as_ref().is_some_and(|l| l.text == "كركوك"))
            .count(),
        1
    );
}

#[test]
fn dibis_martyrdom_operation_is_a_suicide_bomb_with_the_leads_18_dead() {
    let (_, events) = extract();
    let e = at(&events, "الدبس", "Suicide bomb");
    assert_eq!(e.location.as_ref().unwrap().country.as_deref(), Some("IQ"));
    // "مقتل 18 ... خارج المدينة بينهم 4 إيرانيين": outside Kirkuk, so at the story's Dibis attack
    let f = e.fatalities.as_ref().unwrap();
    assert_eq!((f.min, f.qualifier), (Some(18), Qualifier::Exact), "{f:?}");
    assert!(
        e.victims
            .iter()
            .any(|v| v.group == "Iranian nationals" && v.count == Some(4)),
        "{:?}",
        e.victims
    );
    assert_eq!(e.actor1.as_ref().unwrap().name, "Islamic State");
}

#[test]
fn daquq_airstrike_killed_15_women_and_wounded_50() {
    let (_, events) = extract();
    let e = at(&events, "داقوق", "Air/drone strike");
    assert_eq!(e.event_type, "Explosions/Remote violence");
    let f = e.fatalities.as_ref().unwrap();
    assert_eq!((f.min, f.qualifier), (Some(15), Qualifier::Exact));
    assert_eq!(e.injuries.as_ref().unwrap().min, Some(50));
    assert_eq!(e.victims.len(), 1);
    assert_eq!(
        (e.victims[0].group.as_str(), e.victims[0].count),
        ("women", Some(15))
    );
    assert_eq!(e.actor1.as_ref().unwrap().name, "International coalition");
    assert_eq!(e.actor2.as_ref().unwrap().name, "Civilians");
    assert_eq!(e.date.as_ref().unwrap().value, "2016-10-21");
}

#[test]
fn bartella_liberated_is_government_regaining_territory() {
    let (_, events) = extract();
    let e = at(&events, "برطلة", "Government regains territory");
    assert_eq!(e.event_type, "Battles");
}

#[test]
fn families_taken_from_villages_around_mosul_are_an_abduction() {
    let (_, events) = extract();
    let e = at(&events, "الموصل", "Abduction/forced disappearance");
    assert_eq!(e.event_type, "Violence against civilians");
    assert_eq!(e.actor1.as_ref().unwrap().name, "Islamic State");
    assert!(
        e.victims.iter().any(|v| v.count == Some(550)),
        "{:?}",
        e.victims
    );
}

#[test]
fn curfew_mosque_closures_and_statements_are_not_events() {
    let (report, events) = extract();
    let doc = rasd_text::Document::analyze(&report.text);
    for phrase in ["حظر التجول", "إغلاق جميع المساجد", "وأكد بلينكن"]
    {
        let at = report.text.find(phrase).expect("phrase in the example");
        let char_at = report.text[..at].chars().count();
        let s = doc.sentence_at(char_at).expect("in a sentence");
        let span = doc.sentences[s].span;
        for e in &events {
            assert!(
                !(span.start <= e.trigger.span[0] && e.trigger.span[1] <= span.end),
                "an event from the sentence of {phrase:?}: {:?}",
                e.trigger
            );
        }
    }
    // Blinken's pledge to chase IS to Raqqa ("بعد طرده من الموصل واستعادة «عاصمته في الرقة»")
    assert!(!events
        .iter()
        .any(|e| e.location.as_ref().is_some_and(|l| l.text == "الرقة")));
}

#[test]
fn every_span_points_at_its_words() {
    let (report, events) = extract();
    let t = &report.text;
    for e in &events {
        assert_eq!(chars(t, e.trigger.span), e.trigger.text);
        if let Some(l) = &e.location {
            assert_eq!(chars(t, l.span), l.text);
        }
        for a in [&e.actor1, &e.actor2].into_iter().flatten() {
            assert_eq!(chars(t, a.span), a.text);
        }
        for c in [&e.fatalities, &e.injuries].into_iter().flatten() {
            assert_eq!(chars(t, c.span), c.text);
        }
        for v in &e.victims {
            assert_eq!(chars(t, v.span), v.text);
        }
        if let Some(d) = &e.date {
            if let (Some(span), Some(text)) = (d.span, &d.text) {
                assert_eq!(&chars(t, span), text);
            }
        }
        assert!(e.sentence[0] <= e.trigger.span[0] && e.trigger.span[1] <= e.sentence[1]);
    }
}

#[test]
fn golden_output() {
    let (_, events) = extract();
    let actual: String = events
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/kirkuk-2016-10-22.jsonl"
    );
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        expected == actual,
        "golden output changed; rerun with UPDATE_GOLDEN=1 and review the diff of {path}\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}
