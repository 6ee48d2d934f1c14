//! Extraction's work grows linearly with its input, whatever the input (issue 14): the two
//! pathological inputs of scripts/pathological.py at 20 KB and at 80 KB. Work is counted, not
//! timed: the longest sentence the stages see stays bounded, and the merge's comparisons grow
//! no faster than the input (all pairs would grow 16x for 4x the text).

use rasd_core::Report;
use rasd_extract::{work, Extractor, Work};

/// One run-on sentence telling the same incident again and again (no full stop).
const RUN_ON: &str = "انفجار سيارة مفخخة في الموصل أمس أسفر عن مقتل 12 وإصابة 30 ";

/// Punctuated sentences each telling an incident of its own: other tolls, other places.
fn incidents(size: usize) -> String {
    let places = ["الموصل", "بعقوبة", "كركوك", "تكريت", "الرمادي", "سامراء"];
    let mut out = String::new();
    let mut i = 0;
    while out.len() < size {
        let place = places[i % places.len()];
        let (dead, hurt) = (5 + i % 37, 9 + i % 23);
        out.push_str(&format!(
            "انفجرت سيارة مفخخة في {place} أمس، مما أسفر عن مقتل {dead} أشخاص وإصابة {hurt} آخرين. "
        ));
        i += 1;
    }
    out
}

fn run_on(size: usize) -> String {
    RUN_ON.repeat(size / RUN_ON.len() + 1)
}

fn work_of(text: String) -> Work {
    let report = Report {
        id: "w".into(),
        text,
        published: Some("2016-10-22".into()),
        source: None,
        url: None,
    };
    work(&Extractor::new(), &report)
}

fn grows_linearly(make: fn(usize) -> String) {
    let (small, large) = (work_of(make(20_000)), work_of(make(80_000)));
    assert!(
        10 * large.tokens >= 35 * small.tokens,
        "{small:?} {large:?}"
    );
    for w in [small, large] {
        assert!(
            w.longest_sentence <= rasd_text::MAX_SENTENCE_TOKENS,
            "{w:?}"
        );
    }
    // 4x the input: at most 8x the comparisons (all pairs would be 16x)
    assert!(
        large.merge_pairs <= 8 * small.merge_pairs.max(1),
        "merge pairs {} -> {}",
        small.merge_pairs,
        large.merge_pairs
    );
}

#[test]
fn a_run_on_sentence_costs_work_in_proportion_to_its_length() {
    grows_linearly(run_on);
}

#[test]
fn many_separate_incidents_cost_work_in_proportion_to_their_number() {
    grows_linearly(incidents);
    // they stay separate incidents: the merge has real work to do
    let w = work_of(incidents(80_000));
    assert!(w.candidates > 500, "{w:?}");
    assert!(w.merge_pairs > 500 * 50, "{w:?}");
}
