//! rasd-extract: reports in, event records plus diagnostics out.
//!
//! The pipeline, in order, for one report:
//! 1. the text layer analyses the text (sentences, tokens with clitics, numbers);
//! 2. the lexicons (triggers, actors, victims, dates, cues) are matched once over the document;
//! 3. the geocoder finds and resolves place mentions with the whole document as context;
//! 4. the mention finder (`mention`): per sentence, trigger clusters become incident
//!    candidates, each with its type from the strongest trigger; the slot fillers (`slots`)
//!    give each its counts and victims (`slots::counts`), actors (`slots::actors`), place
//!    (`slots::places`), date (`slots::date`) and the features the detector (`detect`)
//!    scores (`slots::features`);
//! 5. the status classifier (`status`): each candidate gets its status from its sentence
//!    (incident, background, statistic, intent, denied, generic);
//! 6. the clustering (`merge`): candidates of one story that tell the same incident (and have
//!    the same status) are merged; a list of places told with one event word becomes one
//!    incident per place (`slots::places`); a merged incident that nothing pins down is generic;
//! 7. the record model (`record_model`) gives each record its confidence: the probability
//!    that it is an incident the report tells as news, not held by an earlier record.
//!
//! Architecture invariant: no I/O, never panics on any input.

mod context;
mod dates;
pub mod detect;
mod lexicon;
mod mention;
mod merge;
pub mod record_filter;
pub mod record_model;
mod slots;
mod status;

use rasd_core::{Event, Report};
use rasd_text::Document;

use rasd_core::calendar;
pub use rasd_core::calendar::Day;

/// Something worth telling the user about one report (not an error: extraction never fails).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Diagnostic {
    pub doc_id: String,
    pub message: String,
}

/// What extraction returns for one report.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub events: Vec<Event>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The extractor: lexicons and gazetteer compiled once, then shared across threads.
///
/// By default it returns the incident table: records of status `incident` whose confidence
/// reaches the tuned threshold ([`Extractor::default_threshold`]). [`Extractor::with_all`]
/// returns every mention with its status instead.
pub struct Extractor {
    lex: lexicon::Lexicons,
    detector: detect::Detector,
    record: record_model::RecordModel,
    filter: record_filter::RecordFilter,
    filter_words: record_filter::FilterWords,
    min_confidence: Option<f32>,
    all: bool,
    part_chars: usize,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor {
            lex: lexicon::Lexicons::compile(),
            detector: detect::Detector::shipped(),
            record: record_model::RecordModel::shipped(),
            filter: record_filter::RecordFilter::shipped(),
            filter_words: record_filter::FilterWords::shipped(),
            min_confidence: None,
            all: false,
            part_chars: MAX_PART_CHARS,
        }
    }

    /// Reads a report longer than `chars` in parts of at most `chars` (default
    /// [`MAX_PART_CHARS`]; tests set a small one).
    pub fn with_part_chars(mut self, chars: usize) -> Extractor {
        self.part_chars = chars.max(2);
        self
    }

    /// Keeps only events whose confidence (the record model's probability that the record is an
    /// incident the report tells as news, not a mention in passing or a retelling) is at least
    /// `min`, instead of the tuned default.
    pub fn with_min_confidence(mut self, min: f32) -> Extractor {
        self.min_confidence = Some(min);
        self
    }

    /// Uses `filter` as the record filter instead of the shipped one (data/record_filter.tsv).
    pub fn with_record_filter(mut self, filter: record_filter::RecordFilter) -> Extractor {
        self.filter = filter;
        self
    }

    /// Returns every mention the rules find, whatever its status and confidence (unless a
    /// minimum confidence is also set): what was left out of the incident table, and why.
    pub fn with_all(mut self, all: bool) -> Extractor {
        self.all = all;
        self
    }

    /// The confidence from which an `incident` record makes the default output (tuned for
    /// report-level precision and recall on the development reports).
    pub fn default_threshold(&self) -> f32 {
        self.record.threshold
    }

    /// Whether a merged candidate makes the output.
    fn keeps(&self, c: &mention::Candidate) -> bool {
        // the record's confidence, rounded as it is written, so that the store (which decides
        // on the record) and this output agree
        if self.all {
            return self.min_confidence.is_none_or(|m| c.confidence() >= m);
        }
        c.status == rasd_core::Status::Incident
            && c.confidence() >= self.min_confidence.unwrap_or(self.record.threshold)
    }

    /// The confidence at which the detector was tuned for sentence-level detection (best F1 on
    /// the development labels).
    pub fn detection_threshold(&self) -> f32 {
        self.detector.threshold
    }

    /// Extracts the events of one report: the incident table by default, every mention with
    /// [`Extractor::with_all`].
    pub fn extract(&self, report: &Report) -> Extraction {
        self.extract_keeping(report, |c| self.keeps(c))
    }

    /// Every mention of one report with its status, whatever this extractor keeps by default
    /// (a server shares one extractor and answers both).
    pub fn extract_all(&self, report: &Report) -> Extraction {
        self.extract_keeping(report, |_| true)
    }

    fn extract_keeping(
        &self,
        report: &Report,
        keep: impl Fn(&mention::Candidate) -> bool,
    ) -> Extraction {
        let mut diagnostics = Vec::new();
        let published = match report.published.as_deref() {
            Some(p) => {
                let d = Day::parse(p);
                if d.is_none() {
                    diagnostics.push(Diagnostic {
                        doc_id: report.id.clone(),
                        message: format!("`published` is not a valid date: {p:?}"),
                    });
                }
                d
            }
            None => None,
        };
        let parts = parts(&report.text, self.part_chars);
        if parts.len() > 1 {
            diagnostics.push(Diagnostic {
                doc_id: report.id.clone(),
                message: format!(
                    "a report of more than {} chars is read in {} consecutive parts (cut at a line \
                     or sentence end where it can): incidents are not merged across parts",
                    self.part_chars,
                    parts.len()
                ),
            });
        }
        let mut events = Vec::new();
        for (bytes, offset) in parts {
            let start = events.len();
            events.extend(self.events_of(&report.id, &report.text[bytes], published, &keep));
            if offset > 0 {
                for e in &mut events[start..] {
                    shift(e, offset);
                }
            }
        }
        Extraction {
            events,
            diagnostics,
        }
    }

    /// The records of one text (a report, or a part of a long one) whose offsets start at 0.
    fn events_of(
        &self,
        id: &str,
        text: &str,
        published: Option<Day>,
        keep: &impl Fn(&mention::Candidate) -> bool,
    ) -> Vec<Event> {
        let doc = Document::analyze(text);
        let (merged, _, _) = self.incidents(&doc, published, false);
        merged
            .into_iter()
            .filter(|c| keep(c))
            .map(|c| c.into_event(id, &doc))
            .collect()
    }

    /// The story's merged incidents, each with its status and its confidence from the record
    /// model, and the record model's features of each.
    /// With `dump`, also the record filter's features of every incident-status record (else
    /// only those the filter read).
    #[allow(clippy::type_complexity)]
    fn incidents(
        &self,
        doc: &Document,
        published: Option<Day>,
        dump: bool,
    ) -> (
        Vec<mention::Candidate>,
        Vec<record_model::RecordFeatures>,
        Vec<Option<record_filter::FilterFeatures>>,
    ) {
        let ctx = mention::Context::new(&self.lex, doc, published);
        let mut candidates = ctx.incidents();
        for c in &mut candidates {
            c.score = self.detector.score(&c.features);
            (c.status, c.status_cue) = ctx.status(c);
            c.listed = ctx.in_place_list(c);
        }
        ctx.statistic_retold(&mut candidates);
        let mut merged = ctx.place_lists(merge::merge(candidates));
        ctx.crowd_clashes(&mut merged);
        for c in &mut merged {
            if c.status == rasd_core::Status::Incident && status::unspecific(c) {
                c.status = rasd_core::Status::Generic;
                c.status_cue = Some(c.trigger_span);
            }
        }
        ctx.police_story(&mut merged);
        ctx.private_story(&mut merged);
        // a column, an essay or a memoir: what it tells with no date of its own is told in general
        if let Some(cue) = ctx.first_person_story() {
            for c in &mut merged {
                if c.status == rasd_core::Status::Incident && !c.own_date() {
                    c.status = rasd_core::Status::Generic;
                    c.status_cue = Some(cue);
                }
            }
        }
        // (the opening's sum found and split, no other incident is taken for one)
        let split = ctx.split_summed_toll(&mut merged);
        let roundups: Vec<usize> = (0..merged.len())
            .filter(|&i| ctx.roundup(&merged, i) || (!split && ctx.summed_toll(&merged, i)))
            .collect();
        for i in roundups {
            merged[i].status = rasd_core::Status::Statistic;
            merged[i].status_cue = Some(merged[i].trigger_span);
        }
        let features = record_model::features(&merged, doc, published);
        for (c, f) in merged.iter_mut().zip(&features) {
            c.score = self.record.score(f);
        }
        let filter_features = self.filter_records(&ctx, &mut merged, &features, dump);
        // after merging and scoring, so that neither changes: a record placed at its country
        // only takes the province the story tells most in it
        // (or, told inside another state's territory, that state: `territory_for_country`)
        for c in &mut merged {
            if let Some(place) = (ctx.territory_for_country(c))
                .or_else(|| ctx.town_for_country(c))
                .or_else(|| ctx.province_for_country(c))
            {
                c.place.location = Some(place);
            }
        }
        (merged, features, filter_features)
    }

    /// The record filter's second look ([`record_filter`]): a record of the default output
    /// that the filter finds not an event with a probability at or above its threshold falls
    /// below the default floor, with the filter's score as its `reason`.
    fn filter_records(
        &self,
        ctx: &mention::Context<'_>,
        merged: &mut [mention::Candidate],
        features: &[record_model::RecordFeatures],
        dump: bool,
    ) -> Vec<Option<record_filter::FilterFeatures>> {
        let mut out = vec![None; merged.len()];
        if !dump && !self.filter.enabled {
            return out;
        }
        let story = record_filter::Story::of(ctx);
        for ((c, rm), slot) in merged.iter_mut().zip(features).zip(&mut out) {
            let kept =
                c.status == rasd_core::Status::Incident && c.confidence() >= self.record.threshold;
            if !(kept || dump && c.status == rasd_core::Status::Incident) {
                continue;
            }
            let f = record_filter::features(ctx, &self.filter_words, &story, c, rm, c.confidence());
            if kept && self.filter.enabled && !self.filter.guarded(&f) {
                let p = self.filter.score(&f);
                if p >= self.filter.threshold {
                    c.score = c.score.min(self.record.threshold - 0.01);
                    c.reason = Some(format!("record filter: not an event, p = {p:.2}"));
                }
            }
            *slot = Some(f);
        }
        out
    }
}

/// A report longer than this (chars) is read in consecutive parts of at most this many chars,
/// each its own story, so that memory stays bounded (a part's analysis takes about 50 MB) and
/// no document-wide step sees more. A news article is a few thousand chars.
pub const MAX_PART_CHARS: usize = 1 << 19;

/// The parts of `text` (byte ranges, with the char offset of their start): the whole text if
/// it has at most `max` chars ([`MAX_PART_CHARS`]), else parts cut in the second half of the limit
/// after the last line break, else after the last full stop, "؟" or "!" followed by a space,
/// else at the last space, else at the limit.
fn parts(text: &str, max: usize) -> Vec<(std::ops::Range<usize>, usize)> {
    let mut out = Vec::new();
    let (mut byte, mut offset) = (0, 0);
    if text.len() > max {
        loop {
            let rest = &text[byte..];
            let chars: Vec<(usize, char)> = rest.char_indices().take(max + 1).collect();
            if chars.len() <= max {
                break;
            }
            let window = max / 2..max;
            let last = |f: &dyn Fn(usize) -> bool| window.clone().rev().find(|&i| f(i));
            let space = |i: usize| chars[i].1.is_whitespace();
            let cut = last(&|i| chars[i].1 == '\n')
                .or_else(|| last(&|i| matches!(chars[i].1, '.' | '؟' | '?' | '!') && space(i + 1)))
                .or_else(|| last(&space))
                .map_or(max, |i| i + 1);
            out.push((byte..byte + chars[cut].0, offset));
            byte += chars[cut].0;
            offset += cut;
        }
    }
    out.push((byte..text.len(), offset));
    out
}

/// Moves a record of a part to the offsets of its whole report.
fn shift(e: &mut Event, by: usize) {
    let mv = |s: &mut [usize; 2]| {
        s[0] += by;
        s[1] += by;
    };
    mv(&mut e.sentence);
    mv(&mut e.trigger.span);
    // "doc:trigger", or "doc:trigger:place" for a later place of a list
    let place = (e.event_id.strip_prefix(&e.doc_id))
        .and_then(|rest| rest.rsplit_once(':'))
        .filter(|(head, _)| !head.is_empty())
        .and_then(|(_, p)| p.parse::<usize>().ok());
    e.event_id = match place {
        Some(p) => format!("{}:{}:{}", e.doc_id, e.trigger.span[0], p + by),
        None => format!("{}:{}", e.doc_id, e.trigger.span[0]),
    };
    if let Some(s) = e.date.as_mut().and_then(|d| d.span.as_mut()) {
        mv(s);
    }
    for a in [&mut e.actor1, &mut e.actor2].into_iter().flatten() {
        mv(&mut a.span);
    }
    if let Some(l) = &mut e.location {
        mv(&mut l.span);
    }
    for c in [&mut e.fatalities, &mut e.injuries].into_iter().flatten() {
        mv(&mut c.span);
    }
    for v in &mut e.victims {
        mv(&mut v.span);
    }
    if let Some(c) = &mut e.status_cue {
        mv(&mut c.span);
    }
    for m in &mut e.mentions {
        mv(&mut m.span);
    }
}

/// Development aid for fitting the detector: the feature vector of every sentence candidate of
/// a report (before merging), with the sentence span.
pub fn candidate_features(
    extractor: &Extractor,
    report: &Report,
) -> Vec<([usize; 2], detect::Features)> {
    let published = report.published.as_deref().and_then(Day::parse);
    let doc = Document::analyze(&report.text);
    let ctx = mention::Context::new(&extractor.lex, &doc, published);
    ctx.incidents()
        .into_iter()
        .map(|c| ([c.sentence_span.start, c.sentence_span.end], c.features))
        .collect()
}

/// Development aid for fitting the record model: every merged incident of a report with its
/// status (the records of [`Extractor::extract_all`], for a report read in one part) and the
/// record model's features of each.
pub fn record_features(
    extractor: &Extractor,
    report: &Report,
) -> Vec<(Event, record_model::RecordFeatures)> {
    let published = report.published.as_deref().and_then(Day::parse);
    let doc = Document::analyze(&report.text);
    let (merged, features, _) = extractor.incidents(&doc, published, false);
    merged
        .into_iter()
        .map(|c| c.into_event(&report.id, &doc))
        .zip(features)
        .collect()
}

/// Development aid for fitting the record filter: every incident-status record of a report
/// (read in one part) with the filter's features (computed before the filter acts, as at run
/// time).
pub fn filter_features(
    extractor: &Extractor,
    report: &Report,
) -> Vec<(Event, record_filter::FilterFeatures)> {
    let published = report.published.as_deref().and_then(Day::parse);
    let doc = Document::analyze(&report.text);
    let (merged, _, filter) = extractor.incidents(&doc, published, true);
    merged
        .into_iter()
        .zip(filter)
        .filter_map(|(c, f)| Some((c.into_event(&report.id, &doc), f?)))
        .collect()
}

/// What extraction of one report costs, counted in units that do not depend on the machine
/// (issue 14: the work must grow linearly with the input, whatever the input).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Work {
    pub tokens: usize,
    pub sentences: usize,
    /// The longest sentence in tokens: the stages' work per sentence grows with it.
    pub longest_sentence: usize,
    pub candidates: usize,
    /// Pairs of candidates (or of incidents) the story-level merge compared.
    pub merge_pairs: usize,
    /// Candidates read by the pass of statistics retold in the next sentence
    /// (`Context::statistic_retold`).
    pub retold_reads: usize,
}

/// Development aid: the [`Work`] of extracting one report.
pub fn work(extractor: &Extractor, report: &Report) -> Work {
    let published = report.published.as_deref().and_then(Day::parse);
    let doc = Document::analyze(&report.text);
    let ctx = mention::Context::new(&extractor.lex, &doc, published);
    let mut candidates = ctx.incidents();
    for c in &mut candidates {
        (c.status, c.status_cue) = ctx.status(c);
    }
    let retold_reads = ctx.statistic_retold_counting(&mut candidates);
    let n = candidates.len();
    let (_, merge_pairs) = merge::merge_counting(candidates);
    Work {
        tokens: doc.tokens.len(),
        sentences: doc.sentences.len(),
        longest_sentence: doc
            .sentences
            .iter()
            .map(|s| s.tokens.len())
            .max()
            .unwrap_or(0),
        candidates: n,
        merge_pairs,
        retold_reads,
    }
}
