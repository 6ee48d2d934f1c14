//! Tolls linked to their incident across the words that tell who died, on sentences written for
//! these tests (none of the development data).

use rasd_core::{Event, Report};
use rasd_extract::Extractor;

fn extract(text: &str) -> Vec<Event> {
    let report = Report {
        id: "t".into(),
        text: text.into(),
        published: Some("2015-08-01".into()),
        source: None,
        url: None,
    };
    Extractor::new().with_all(true).extract(&report).events
}

#[test]
fn a_figure_after_laqiya_counts_the_dead_of_its_hatf() {
    let events = extract("ولقي 14 من ركاب الحافلة في مدينة الحلة أمس حتفهم في انفجار سيارة مفخخة.");
    assert_eq!(events.len(), 1, "{events:#?}");
    let f = events[0].fatalities.as_ref().expect("a toll");
    assert_eq!((f.min, f.max), (Some(14), Some(14)), "{f:#?}");
    // a full stop parts them: the figure is no toll of the later sentence
    let events = extract("ولقي 14 من ركاب الحافلة تعليمات جديدة. وفي مدينة الحلة لقي رجل حتفه.");
    assert!(
        events
            .iter()
            .all(|e| e.fatalities.as_ref().is_none_or(|f| f.min != Some(14))),
        "{events:#?}"
    );
}
