//! Place-mention recognition measured on text others annotated. The functions take file
//! contents (no I/O) and return counts; `rasd eval` prints them.
//!
//! A gold mention is found when a predicted mention overlaps it; a predicted mention is right
//! when it overlaps a gold mention. `exact` counts gold mentions predicted with the same span
//! (ignoring a leading '#').

use crate::geocode::Geocoder;
use rasd_text::Span;

/// Mention-level counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct MentionCounts {
    /// Gold mentions.
    pub gold: usize,
    /// Predicted mentions.
    pub predicted: usize,
    /// Gold mentions overlapped by a prediction.
    pub gold_found: usize,
    /// Predictions overlapping a gold mention.
    pub predicted_correct: usize,
    /// Gold mentions predicted with exactly their span.
    pub exact: usize,
    /// Units (sentences or tweets) read.
    pub units: usize,
}

impl MentionCounts {
    pub fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_correct, self.predicted)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, gold: &[Span], pred: &[Span]) {
        self.units += 1;
        self.gold += gold.len();
        self.predicted += pred.len();
        self.gold_found += gold
            .iter()
            .filter(|g| pred.iter().any(|p| g.overlaps(*p)))
            .count();
        self.predicted_correct += pred
            .iter()
            .filter(|p| gold.iter().any(|g| g.overlaps(**p)))
            .count();
        self.exact += gold.iter().filter(|g| pred.contains(g)).count();
    }
}

impl std::fmt::Display for MentionCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "recall {:.3} ({}/{}), precision {:.3} ({}/{}), F1 {:.3}, exact spans {}/{}, {} units",
            self.recall(),
            self.gold_found,
            self.gold,
            self.precision(),
            self.predicted_correct,
            self.predicted,
            self.f1(),
            self.exact,
            self.gold,
            self.units
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One CoNLL sentence rebuilt as text (tokens joined by spaces) with its gold spans of `tag`.
pub fn conll_sentences(conll: &str, tag: &str) -> Vec<(String, Vec<Span>)> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut len = 0usize;
    let mut spans: Vec<Span> = Vec::new();
    let mut open: Option<usize> = None;
    let flush = |text: &mut String,
                 len: &mut usize,
                 spans: &mut Vec<Span>,
                 open: &mut Option<usize>,
                 out: &mut Vec<(String, Vec<Span>)>| {
        if let Some(s) = open.take() {
            spans.push(Span::new(s, *len));
        }
        if !text.is_empty() {
            out.push((std::mem::take(text), std::mem::take(spans)));
        }
        *len = 0;
    };
    for line in conll.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut text, &mut len, &mut spans, &mut open, &mut out);
            continue;
        }
        let (tok, label) = match line.rsplit_once([' ', '\t']) {
            Some((t, l)) => (t.trim(), l.trim()),
            None => (line.trim(), "O"),
        };
        if !text.is_empty() {
            text.push(' ');
            len += 1;
        }
        let start = len;
        text.push_str(tok);
        len += tok.chars().count();
        let (bio, kind) = label.split_once('-').unwrap_or((label, ""));
        let inside = bio == "I" && kind == tag && open.is_some();
        if !inside {
            if let Some(s) = open.take() {
                // the entity ended at the previous token (before the joining space)
                spans.push(Span::new(s, start.saturating_sub(1)));
            }
            if (bio == "B" || bio == "I") && kind == tag {
                open = Some(start);
            }
        }
    }
    flush(&mut text, &mut len, &mut spans, &mut open, &mut out);
    out
}

/// ANERcorp (CoNLL, IOB2): LOC mention recall and precision of the geocoder's mentions, each
/// sentence read as one document.
pub fn anercorp_loc(conll: &str, geocoder: &Geocoder) -> MentionCounts {
    let mut c = MentionCounts::default();
    for (text, gold) in conll_sentences(conll, "LOC") {
        let pred: Vec<Span> = geocoder
            .mentions_in_text(&text)
            .iter()
            .map(|m| m.span)
            .collect();
        c.add(&gold, &pred);
    }
    c
}

/// IDRISI LMR (JSONL, one tweet a line with `text` and `location_mentions` carrying
/// `startIdx`/`endIdx` in chars, or `start_offset`/`end_offset`): location mention recall and
/// precision. Lines that do not parse are skipped (and not counted).
pub fn idrisi_lmr(jsonl: &str, geocoder: &Geocoder) -> MentionCounts {
    let mut c = MentionCounts::default();
    for line in jsonl.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let mut gold: Vec<Span> = Vec::new();
        if let Some(ms) = v.get("location_mentions").and_then(|m| m.as_array()) {
            for m in ms {
                let get = |a: &str, b: &str| {
                    m.get(a)
                        .or_else(|| m.get(b))
                        .and_then(|x| x.as_u64())
                        .map(|x| x as usize)
                };
                if let (Some(s), Some(e)) =
                    (get("startIdx", "start_offset"), get("endIdx", "end_offset"))
                {
                    let mut span = Span::new(s, e);
                    // "#بيروت": the name without the hash
                    if text.chars().nth(s) == Some('#') {
                        span.start += 1;
                    }
                    if !gold.contains(&span) && span.start < span.end {
                        gold.push(span);
                    }
                }
            }
        }
        let pred: Vec<Span> = geocoder
            .mentions_in_text(text)
            .iter()
            .map(|m| m.span)
            .collect();
        c.add(&gold, &pred);
    }
    c
}

/// Counts of [`gold_event_places`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct PlaceFound {
    /// Gold events whose place text is given.
    pub events: usize,
    /// ... whose place text is overlapped by a resolved mention of the sentence.
    pub found: usize,
    /// ... found with the gold country.
    pub country_right: usize,
}

impl std::fmt::Display for PlaceFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "place found {:.3} ({}/{}), country right {:.3} ({}/{})",
            ratio(self.found, self.events),
            self.found,
            self.events,
            ratio(self.country_right, self.found),
            self.country_right,
            self.found
        )
    }
}

/// Event-level gold (`{"text", "events": [{"location_text", "country"}]}` a line): for every
/// event with a place text, whether the geocoder finds a mention overlapping the first
/// occurrence of that text in the sentence, and with the gold country.
pub fn gold_event_places(jsonl: &str, geocoder: &Geocoder) -> PlaceFound {
    let mut c = PlaceFound::default();
    for line in jsonl.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let Some(events) = v.get("events").and_then(|e| e.as_array()) else {
            continue;
        };
        let mentions = geocoder.mentions_in_text(text);
        for e in events {
            let Some(loc) = e.get("location_text").and_then(|l| l.as_str()) else {
                continue;
            };
            c.events += 1;
            let Some(b) = text.find(loc) else { continue };
            let start = text[..b].chars().count();
            let span = Span::new(start, start + loc.chars().count());
            let hit = mentions.iter().find(|m| m.span.overlaps(span));
            if let Some(m) = hit {
                c.found += 1;
                let gold_country = e.get("country").and_then(|x| x.as_str());
                if gold_country.is_some() && m.location.country.as_deref() == gold_country {
                    c.country_right += 1;
                }
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_spans_cover_multi_token_entities() {
        let conll = "في O\nالشرق B-LOC\nالأوسط I-LOC\nو O\nلندن B-LOC\n\nبغداد B-LOC\n";
        let s = conll_sentences(conll, "LOC");
        assert_eq!(s.len(), 2);
        let (text, spans) = &s[0];
        assert_eq!(text, "في الشرق الأوسط و لندن");
        let got: Vec<String> = spans.iter().map(|sp| sp.slice(text)).collect();
        assert_eq!(got, vec!["الشرق الأوسط", "لندن"]);
        assert_eq!(s[1].1[0].slice(&s[1].0), "بغداد");
    }
}
