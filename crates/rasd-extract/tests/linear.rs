//! Extraction's work grows linearly with its input, whatever the input (issue 14): the two
//! pathological inputs of scripts/pathological.py at 20 KB and at 80 KB, and a statistic retold
//! again and again. Work is counted, not timed: the longest sentence the stages see stays
//! bounded, and the merge's comparisons and the retold statistics' reads grow no faster than the
//! input (all pairs would grow 16x for 4x the text).

use rasd_core::{Report, Status};
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

/// A statistic of a span of air strikes, then the toll of some of them retold in the next
/// sentence, again and again (every retelling looks for its statistic in the sentence before).
fn statistics_retold(size: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while out.len() < size {
        let (dead, hurt, leaders) = (300 + i % 97, 400 + i % 53, 2 + i % 7);
        out.push_str(&format!(
            "وذكرت الوكالة أن نحو {dead} مقاتلا قتلوا وجرح {hurt} آخرون خلال أسبوعين من الغارات \
             الجوية على قواعد المتمردين في شمال العراق. وقالت إن {leaders} من قادة الحزب قتلوا في \
             الغارات الجوية. "
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
    assert!(
        large.retold_reads <= 8 * small.retold_reads.max(1),
        "retold statistics' reads {} -> {}",
        small.retold_reads,
        large.retold_reads
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

#[test]
fn a_statistic_retold_again_and_again_costs_work_in_proportion_to_its_retellings() {
    grows_linearly(statistics_retold);
    // the pass has its work to do: every retelling is taken for a part of its statistic (the
    // quadratic pass read about half the candidates for each: 16x the reads for 4x the text)
    let w = work_of(statistics_retold(80_000));
    assert!(w.candidates > 500, "{w:?}");
    let report = Report {
        id: "r".into(),
        text: statistics_retold(20_000),
        published: Some("2016-10-22".into()),
        source: None,
        url: None,
    };
    let all = Extractor::new().with_all(true).extract(&report).events;
    assert!(!all.is_empty());
    assert!(
        all.iter().all(|e| e.status == Status::Statistic),
        "{all:#?}"
    );
}

/// A report longer than the part size is read in parts; each record's spans and id are those
/// of the whole report, and a part holds what a report of its own text would.
#[test]
fn a_report_longer_than_a_part_is_read_in_parts_with_its_own_offsets() {
    let text = format!("{}\n{}", incidents(3_000), RUN_ON.repeat(60));
    let report = Report {
        id: "p".into(),
        text: text.clone(),
        published: Some("2016-10-22".into()),
        source: None,
        url: None,
    };
    let whole = Extractor::new().with_all(true).extract(&report);
    assert!(whole.diagnostics.is_empty());
    let x = Extractor::new().with_all(true).with_part_chars(1_000);
    let parted = x.extract(&report);
    assert_eq!(parted.diagnostics.len(), 1, "{:?}", parted.diagnostics);
    let chars: Vec<char> = text.chars().collect();
    let at = |s: [usize; 2]| chars[s[0]..s[1]].iter().collect::<String>();
    assert!(parted.events.len() > 5);
    for e in &parted.events {
        assert_eq!(at(e.trigger.span), e.trigger.text);
        assert_eq!(e.event_id, format!("p:{}", e.trigger.span[0]));
        for m in &e.mentions {
            assert_eq!(at(m.span), m.text);
        }
        for c in [&e.fatalities, &e.injuries].into_iter().flatten() {
            assert_eq!(at(c.span), c.text);
        }
        if let Some(l) = &e.location {
            assert_eq!(at(l.span), l.text);
        }
        if let Some(d) = &e.date {
            assert_eq!(at(d.span.unwrap()), *d.text.as_ref().unwrap());
        }
        assert!(e.sentence[0] < e.sentence[1] && e.sentence[1] <= chars.len());
    }
    // the first part, up to its cut, tells what the same text alone tells
    let first_end = parted.events[0].sentence[1];
    let cut = text[..]
        .char_indices()
        .take(1_000)
        .filter(|(_, c)| *c == '.')
        .last()
        .map(|(b, _)| b + 1)
        .unwrap();
    let alone = x.extract(&Report {
        text: text[..cut].to_string(),
        ..report.clone()
    });
    assert!(first_end <= text[..cut].chars().count());
    let n = alone.events.len();
    assert_eq!(
        serde_json::to_string(&alone.events).unwrap(),
        serde_json::to_string(&parted.events[..n]).unwrap()
    );
}
