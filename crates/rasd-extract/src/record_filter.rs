//! The record filter (issue 12, precision on unseen news): a learned second look at a record
//! the rules keep, the probability that it tells no incident at all (a statement, commentary,
//! history, a plan, a statistic with no grammatical mark). A logistic model over general
//! features of the record and its sentence: the record model's features, the event word's kind,
//! where the sentence stands (headline, lead, paragraph), the cue kinds of data/cues.tsv in the
//! sentence and around the event word, and the grammar words of data/filter_words.tsv; never a
//! name or a place. Weights in data/record_filter.tsv, fitted by
//! scripts/train_record_filter.py on the hand-labelled samples of data/eval/unannotated/.
//!
//! A feature is a name and a value; the weights file names the features it uses, so the model
//! can drop or add features without a change here. When the file says `enabled 1`, a record
//! the model finds not an event with probability at or above its `threshold` has its
//! confidence lowered below the default output's floor ([`crate::Extractor::extract_all`] keeps
//! it, with the model's score as its `reason`).

use std::collections::HashMap;

use rasd_text::Document;

use crate::mention::{Candidate, Context};
use crate::record_model::{RecordFeatures, RECORD_FEATURES};

const FILTER_WORDS_TSV: &str = include_str!("../data/filter_words.tsv");
const RECORD_FILTER_TSV: &str = include_str!("../data/record_filter.tsv");

/// How many tokens on each side of the event word count as "near" it.
const NEAR_TOKENS: usize = 4;

/// The grammar words the filter reads: each word's stem key (as the text layer segments it)
/// and its class, from data/filter_words.tsv.
#[derive(Debug, Clone)]
pub struct FilterWords {
    words: HashMap<String, (&'static str, &'static str)>,
}

impl FilterWords {
    pub fn parse(text: &'static str) -> Result<FilterWords, String> {
        let rows = rasd_text::parse_tsv("filter_words.tsv", text, 2).map_err(|e| e.to_string())?;
        let mut words = HashMap::new();
        for (line, c) in rows {
            let doc = Document::analyze(c[0]);
            let [t] = doc.tokens.as_slice() else {
                return Err(format!("filter_words.tsv:{line}: not one word: {:?}", c[0]));
            };
            words.insert(t.stem().to_string(), (c[0], c[1]));
        }
        Ok(FilterWords { words })
    }

    pub fn shipped() -> FilterWords {
        FilterWords::parse(FILTER_WORDS_TSV).unwrap_or(FilterWords {
            words: HashMap::new(),
        })
    }
}

/// What the filter reads of the whole story, once per document: where its lines start and
/// whether its writer speaks in the first person.
pub struct Story {
    /// Where each line of the text starts (in chars), for the paragraph index.
    pub lines: Vec<usize>,
    /// The writer speaks in the first person somewhere in the story, outside quotation marks
    /// ("أعتقد", "في رأيي"): a column or an essay, whose tolls and days are told as examples.
    pub first_person: bool,
}

impl Story {
    /// The story of the document `ctx` reads.
    pub fn of(ctx: &Context<'_>) -> Story {
        Story {
            lines: line_starts(ctx.doc),
            first_person: ctx.cues.iter().any(|m| {
                m.value == crate::lexicon::Cue::FirstPerson && !ctx.doc.in_quotation(m.tokens.0)
            }),
        }
    }
}

/// Where each line of the text starts (in chars), for the paragraph index.
fn line_starts(doc: &Document) -> Vec<usize> {
    doc.text
        .chars()
        .enumerate()
        .filter(|(_, ch)| *ch == '\n')
        .map(|(i, _)| i + 1)
        .collect()
}

/// A record's features: names and values (a flag is 1).
pub type FilterFeatures = Vec<(String, f32)>;

fn bucket(n: usize, edges: &[usize]) -> usize {
    edges.iter().filter(|&&e| n >= e).count()
}

/// The features of one merged incident `c` whose record model features are `rm`.
pub fn features(
    ctx: &Context<'_>,
    words: &FilterWords,
    story: &Story,
    c: &Candidate,
    rm: &RecordFeatures,
    confidence: f32,
) -> FilterFeatures {
    let doc = ctx.doc;
    let mut f: FilterFeatures = Vec::with_capacity(96);
    let mut flag = |name: String| f.push((name, 1.0));
    flag(format!("type:{}", c.event_type));
    flag(format!("sub:{}", c.sub_event_type));
    if let Some(m) = &c.plover_mode {
        flag(format!("mode:{m}"));
    }
    if c.quoted {
        flag("quoted".into());
    }
    if story.first_person {
        flag("story:first_person_any".into());
    }
    let si = c.sentence;
    flag(format!("sentence:{}", bucket(si, &[1, 2, 3, 5, 9])));
    let para = story.lines.partition_point(|&l| l <= c.sentence_span.start);
    flag(format!("paragraph:{}", bucket(para, &[1, 2, 3, 5, 9])));
    let tokens = doc.tokens_in(c.sentence_span);
    flag(format!(
        "length:{}",
        bucket(tokens.len(), &[10, 20, 35, 60])
    ));
    let trigger = doc.token_at(c.trigger_span.start);
    if trigger.is_some_and(|t| doc.in_quotation(t)) {
        flag("in_quotation".into());
    }
    let text = doc.slice(c.sentence_span);
    if text.contains('؟') || text.contains('?') {
        flag("question".into());
    }
    if text.contains(':') {
        flag("colon".into());
    }
    if doc.numbers_in(c.sentence_span).next().is_some() {
        flag("number".into());
    }
    let near = |t: usize| trigger.is_some_and(|g| t + NEAR_TOKENS >= g && t <= g + NEAR_TOKENS);
    let mut seen: Vec<String> = Vec::new();
    for h in crate::context::in_sentence(&ctx.cues, c.sentence_span) {
        let kind = format!("{:?}", h.value);
        seen.push(format!("cue:{kind}"));
        if (h.tokens.0..h.tokens.1.max(h.tokens.0 + 1)).any(near) {
            seen.push(format!("near:{kind}"));
        }
    }
    for t in tokens {
        if let Some((w, class)) = words.words.get(doc.tokens[t].stem()) {
            seen.push(format!("w:{w}"));
            seen.push(format!("wc:{class}"));
            if near(t) {
                seen.push(format!("nearw:{class}"));
            }
        }
    }
    seen.sort();
    seen.dedup();
    f.extend(seen.into_iter().map(|s| (s, 1.0)));
    for (name, v) in RECORD_FEATURES.iter().zip(rm) {
        if *v != 0.0 {
            f.push((format!("rm:{name}"), *v));
        }
    }
    f.push(("confidence".into(), confidence));
    f
}

/// The fitted filter.
#[derive(Debug, Clone)]
pub struct RecordFilter {
    weights: HashMap<String, f32>,
    bias: f32,
    /// The probability of "not an event" from which a record leaves the default output.
    pub threshold: f32,
    /// Whether the filter acts on the output (0 in the file: fitted, measured, switched off).
    pub enabled: bool,
    /// Features that keep a record from the filter when it has them (`guard:NAME` rows: a
    /// record with its own toll or day, `guard:rm:toll`, `guard:rm:own_date`).
    guards: Vec<String>,
    /// Features that undo the guards (`unguard:NAME` rows: in a story the writer tells in the
    /// first person, `unguard:story:first_person_any`, a toll or a day of its own is an
    /// example, not news, and keeps no record from the filter).
    unguards: Vec<String>,
}

impl RecordFilter {
    /// Parses `feature<TAB>weight` rows (after a `# source:` comment and a header); `bias`,
    /// `threshold` and `enabled` are rows too.
    pub fn parse(text: &str) -> Result<RecordFilter, String> {
        let mut m = RecordFilter::off();
        let rows = rasd_text::parse_tsv("record_filter.tsv", text, 2).map_err(|e| e.to_string())?;
        for (line, c) in rows {
            let (name, w) = (c[0], c[1]);
            let w: f32 = w
                .parse()
                .map_err(|_| format!("record_filter.tsv:{line}: bad weight {w:?}"))?;
            match name {
                "bias" => m.bias = w,
                "threshold" => m.threshold = w,
                "enabled" => m.enabled = w != 0.0,
                _ if name.starts_with("guard:") => m.guards.push(name["guard:".len()..].into()),
                _ if name.starts_with("unguard:") => {
                    m.unguards.push(name["unguard:".len()..].into())
                }
                _ => {
                    m.weights.insert(name.to_string(), w);
                }
            }
        }
        Ok(m)
    }

    /// A filter with no weights that does not act (threshold 1).
    fn off() -> RecordFilter {
        RecordFilter {
            weights: HashMap::new(),
            bias: 0.0,
            threshold: 1.0,
            enabled: false,
            guards: Vec::new(),
            unguards: Vec::new(),
        }
    }

    pub fn shipped() -> RecordFilter {
        // validated by a test; a broken file falls back to a filter that is off
        RecordFilter::parse(RECORD_FILTER_TSV).unwrap_or_else(|_| RecordFilter::off())
    }

    /// Whether a record with these features is kept from the filter by a guard (and no
    /// unguard feature undoes it).
    pub fn guarded(&self, f: &FilterFeatures) -> bool {
        let has = |list: &[String]| {
            f.iter()
                .any(|(n, x)| *x != 0.0 && list.iter().any(|g| g == n))
        };
        has(&self.guards) && !has(&self.unguards)
    }

    /// The probability that the record tells no incident.
    pub fn score(&self, f: &FilterFeatures) -> f32 {
        let z: f32 = self.bias
            + f.iter()
                .map(|(n, x)| self.weights.get(n.as_str()).copied().unwrap_or(0.0) * x)
                .sum::<f32>();
        crate::detect::logistic(z)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_files_parse() {
        let w = FilterWords::parse(FILTER_WORDS_TSV).expect("filter_words.tsv parses");
        assert!(w.words.len() > 50);
        RecordFilter::parse(RECORD_FILTER_TSV).expect("record_filter.tsv parses");
    }

    #[test]
    fn words_match_with_clitics() {
        let w = FilterWords::parse(FILTER_WORDS_TSV).unwrap();
        let doc = Document::analyze("وقال المتحدث");
        assert_eq!(
            w.words.get(doc.tokens[0].stem()).map(|x| x.1),
            Some("saying")
        );
    }

    #[test]
    fn a_guard_feature_keeps_a_record_from_the_filter() {
        let m = RecordFilter::parse(
            "# source: test\nfeature\tweight\nbias\t0\nguard:rm:toll\t1\nthreshold\t0.5\n",
        )
        .unwrap();
        assert!(m.guarded(&vec![("rm:toll".to_string(), 1.0)]));
        assert!(!m.guarded(&vec![("rm:toll".to_string(), 0.0)]));
        assert!(!m.guarded(&vec![("rm:own_date".to_string(), 1.0)]));
    }

    #[test]
    fn score_reads_named_weights() {
        let m = RecordFilter::parse(
            "# source: test\nfeature\tweight\nbias\t-1\nenabled\t1\nthreshold\t0.8\nw:قال\t2\n",
        )
        .unwrap();
        assert!(m.enabled);
        assert!(!m.guarded(&vec![("w:قال".to_string(), 1.0)]));
        let p = m.score(&vec![
            ("w:قال".to_string(), 1.0),
            ("other".to_string(), 1.0),
        ]);
        assert!((p - 1.0 / (1.0 + (-1.0f32).exp())).abs() < 1e-6);
    }
}
