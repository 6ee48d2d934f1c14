//! Helpers shared by tests (`places.rs`, `places_clauses.rs`, `places_roles.rs`, `sides.rs`, `status.rs`, `status_generic.rs`, `not_violence.rs`, `toll_words.rs`,
//! `no_casualties.rs`, `fields.rs`, `toll_accounts.rs`, `incidents.rs`, `report_dates.rs`, `types_acts.rs`, `types.rs`, `types_means.rs`, `sentences.rs` ...): a report of one text published on 2015-08-01, every mention of it,
//! the default output.
#![allow(dead_code)]

use rasd_core::{Event, Report, Status};
use rasd_extract::Extractor;

pub fn report(text: &str) -> Report {
    Report {
        id: "s".into(),
        text: text.into(),
        published: Some("2015-08-01".into()),
        source: None,
        url: None,
    }
}

pub fn all(text: &str) -> Vec<Event> {
    Extractor::new()
        .with_all(true)
        .extract(&report(text))
        .events
}

/// Every mention of a report of one text published on `published` (one extractor a thread).
pub fn all_published(published: &str, text: &str) -> Vec<Event> {
    thread_local! {
        static X: Extractor = Extractor::new().with_all(true);
    }
    let report = Report {
        published: Some(published.into()),
        ..report(text)
    };
    X.with(|x| x.extract(&report).events)
}

/// The incident records (status incident, any confidence) of a report.
pub fn incident_records(text: &str) -> Vec<Event> {
    (all(text).into_iter())
        .filter(|e| e.status == Status::Incident)
        .collect()
}

pub fn default_output(text: &str) -> Vec<Event> {
    Extractor::new().extract(&report(text)).events
}

/// The status of the only mention, and the words that decided it.
pub fn status(text: &str) -> (Status, Option<String>) {
    let events = all(text);
    assert_eq!(events.len(), 1, "{text}: {events:#?}");
    let e = &events[0];
    (e.status, e.status_cue.as_ref().map(|c| c.text.clone()))
}

/// Every mention of each text has a status other than `incident`.
pub fn assert_no_incident(texts: &[&str]) {
    for text in texts {
        let events = all(text);
        assert!(
            events.iter().all(|e| e.status != Status::Incident),
            "{text}: {events:#?}"
        );
    }
}

/// The status of the mention whose event word is `word`, and the words that decided it.
pub fn status_of(text: &str, word: &str) -> (Status, Option<String>) {
    let events = all(text);
    let e = events
        .iter()
        .find(|e| e.trigger.text.contains(word))
        .unwrap_or_else(|| panic!("{text}: no mention of {word}: {events:#?}"));
    (e.status, e.status_cue.as_ref().map(|c| c.text.clone()))
}

/// The place text of each record ("-" for none).
pub fn places(events: &[Event]) -> Vec<&str> {
    (events.iter())
        .map(|e| e.location.as_ref().map_or("-", |l| l.text.as_str()))
        .collect()
}

/// No record of `events` is placed at the gazetteer place named `name`.
pub fn assert_not_placed_at(events: &[Event], name: &str) {
    assert!(
        (events.iter()).all(|e| e.location.as_ref().is_none_or(|l| l.name != name)),
        "{events:#?}"
    );
}

/// The `(min, qualifier)` of a count, for short asserts.
pub fn count_of(c: Option<&rasd_core::Count>) -> Option<(Option<u64>, rasd_core::Qualifier)> {
    c.map(|c| (c.min, c.qualifier))
}

/// The record whose trigger or merged mentions hold `word`.
pub fn with_word<'e>(events: &'e [Event], word: &str) -> &'e Event {
    (events.iter())
        .find(|e| e.mentions.iter().any(|m| m.text.contains(word)))
        .unwrap_or_else(|| panic!("{word}: {events:#?}"))
}

/// The record's date value, whatever its precision.
pub fn day(e: &Event) -> Option<&str> {
    e.date.as_ref().map(|d| d.value.as_str())
}
