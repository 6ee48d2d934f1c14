//! The record filter (src/record_filter.rs) on sentences written for these tests: a filter
//! that finds a record not an event takes it out of the default output and leaves it, with its
//! score as the reason, in `--all`; the shipped filter is on.

use rasd_core::{Report, Status};
use rasd_extract::record_filter::RecordFilter;
use rasd_extract::Extractor;

const TEXT: &str = "وقال المتحدث إن مسلحين قتلوا خمسة جنود في هجوم على نقطة تفتيش في العريش أمس.";

fn report() -> Report {
    Report {
        id: "t".into(),
        text: TEXT.into(),
        published: Some("2015-08-01".into()),
        source: None,
        url: None,
    }
}

/// A filter whose one weight is on a grammar word of saying in the sentence (data/filter_words.tsv).
fn saying_filter(weight: f32) -> RecordFilter {
    RecordFilter::parse(&format!(
        "# source: test\nfeature\tweight\nbias\t-2\nenabled\t1\nthreshold\t0.9\nwc:saying\t{weight}\n"
    ))
    .unwrap()
}

#[test]
fn the_shipped_filter_is_on_and_a_plain_incident_stays() {
    assert!(RecordFilter::shipped().enabled);
    let out = Extractor::new().extract(&report()).events;
    assert_eq!(out.len(), 1);
    assert!(out[0].reason.is_none());
}

#[test]
fn a_record_the_filter_finds_not_an_event_leaves_the_default_output_with_a_reason() {
    let ex = Extractor::new().with_record_filter(saying_filter(6.0));
    let threshold = ex.default_threshold();
    assert!(ex.extract(&report()).events.is_empty());
    let all = Extractor::new()
        .with_record_filter(saying_filter(6.0))
        .with_all(true)
        .extract(&report())
        .events;
    let e = all.iter().find(|e| e.status == Status::Incident).unwrap();
    assert!(e.confidence < threshold, "{}", e.confidence);
    let reason = e.reason.as_deref().unwrap();
    assert!(
        reason.starts_with("record filter: not an event, p = 0.98"),
        "{reason}"
    );
}

#[test]
fn a_score_under_the_filter_threshold_changes_nothing() {
    let out = Extractor::new()
        .with_record_filter(saying_filter(2.0))
        .extract(&report())
        .events;
    assert_eq!(out.len(), 1);
    assert!(out[0].reason.is_none());
}

fn features_of(text: &str) -> Vec<(String, f32)> {
    let r = Report {
        id: "t".into(),
        text: text.into(),
        published: Some("2015-08-01".into()),
        source: None,
        url: None,
    };
    let out = rasd_extract::filter_features(&Extractor::new(), &r);
    assert!(!out.is_empty(), "no record in {text}");
    out.into_iter().next().unwrap().1
}

fn has(f: &[(String, f32)], name: &str) -> bool {
    f.iter().any(|(n, v)| n == name && *v != 0.0)
}

#[test]
fn a_writer_speaking_in_the_first_person_marks_the_story_a_column() {
    // a column: the writer's own "أعتقد" outside quotation marks
    let column =
        "أعتقد أن الأمن هو الأهم. وقتل مسلحون خمسة جنود في هجوم على نقطة تفتيش في العريش أمس.";
    assert!(has(&features_of(column), "story:first_person_any"));
    // news whose first-person words are a witness's, inside quotation marks
    let news = "قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش في العريش أمس. وقال شاهد: «أعتقد أنهم جاؤوا من الجنوب».";
    assert!(!has(&features_of(news), "story:first_person_any"));
    assert!(!has(&features_of(TEXT), "story:first_person_any"));
}

#[test]
fn an_unguard_feature_lets_the_filter_read_a_guarded_record() {
    let m = RecordFilter::parse(
        "# source: test\nfeature\tweight\nbias\t2\nenabled\t1\nguard:rm:toll\t1\nthreshold\t0.5\nunguard:story:first_person_any\t1\n",
    )
    .unwrap();
    let toll = ("rm:toll".to_string(), 1.0);
    let column = ("story:first_person_any".to_string(), 1.0);
    assert!(m.guarded(&vec![toll.clone()]));
    assert!(!m.guarded(&vec![toll, column.clone()]));
    assert!(!m.guarded(&vec![column]));
}

#[test]
fn the_shipped_filter_undoes_its_guards_in_a_column() {
    let column =
        "أعتقد أن الأمن هو الأهم. وقتل مسلحون خمسة جنود في هجوم على نقطة تفتيش في العريش أمس.";
    let f = features_of(column);
    assert!(has(&f, "rm:toll"), "{f:?}");
    assert!(!RecordFilter::shipped().guarded(&f));
    // the same toll in plain news stays guarded
    assert!(RecordFilter::shipped().guarded(&features_of(TEXT)));
}
