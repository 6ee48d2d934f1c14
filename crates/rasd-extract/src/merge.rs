//! The story-level merge: candidates of one report that tell the same incident become one
//! event, and the candidate becomes a record.

use rasd_core::{Event, EventDate, Plover, TextSpan, SCHEMA_VERSION};
use rasd_text::Document;

use crate::incident::{sum_counts, Candidate};

/// Whether the candidate can be one part of a complex attack (bombers, gunmen, clashes at one
/// place): violence by force, not a change of territory or an abduction.
fn complex_attack_part(c: &Candidate) -> bool {
    rasd_core::is_violent(&c.event_type)
        && !matches!(
            c.sub_event_type.as_str(),
            "Government regains territory"
                | "Non-state actor overtakes territory"
                | "Abduction/forced disappearance"
                | "Sexual violence"
        )
}

/// Whether `later` tells the same incident as `earlier` (same story).
fn same_incident(earlier: &Candidate, later: &Candidate) -> bool {
    match (&earlier.place_key, &later.place_key) {
        // same place: one incident when the types agree, the later adds no type of its own,
        // or both are violent and told close together (a complex attack: bombers, then clashes)
        (Some(a), Some(b)) if a == b => {
            !later.has_event_trigger
                || !earlier.has_event_trigger
                || earlier.event_type == later.event_type
                || (complex_attack_part(earlier)
                    && complex_attack_part(later)
                    && later.sentence <= earlier.sentence + 3)
        }
        (Some(_), Some(_)) => false,
        // no place of its own: a continuation of the sentence before ("مما أسفر عن مقتل 18",
        // the spokesman's blame for the same strike)
        (_, None) => {
            later.sentence == earlier.sentence + 1
                && (!later.has_event_trigger || later.sub_event_type == earlier.sub_event_type)
        }
        (None, Some(_)) => later.sentence == earlier.sentence + 1 && !earlier.has_event_trigger,
    }
}

fn absorb(into: &mut Candidate, other: Candidate) {
    let own_date = |c: &Candidate| c.date.as_ref().is_some_and(|(_, inherited)| !inherited);
    let take_date = !own_date(into) && own_date(&other);
    if other.priority > into.priority && other.has_event_trigger {
        into.event_type = other.event_type;
        into.sub_event_type = other.sub_event_type;
        into.plover_event = other.plover_event;
        into.plover_mode = other.plover_mode;
        into.priority = other.priority;
        into.trigger_span = other.trigger_span;
        into.sentence_span = other.sentence_span;
        into.has_event_trigger = true;
    }
    // the story goes on: adjacency is judged from the latest sentence absorbed
    into.sentence = into.sentence.max(other.sentence);
    let total = |p: &[crate::incident::CountPiece]| p.iter().map(|x| x.min).sum::<u64>();
    if total(&other.kills) > total(&into.kills) {
        into.kills = other.kills;
    }
    if total(&other.injuries) > total(&into.injuries) {
        into.injuries = other.injuries;
    }
    into.kill_word = into.kill_word.or(other.kill_word);
    into.injury_word = into.injury_word.or(other.injury_word);
    for v in other.victims {
        if !into.victims.iter().any(|x| x.span == v.span) {
            into.victims.push(v);
        }
    }
    if into.actor1.is_none() {
        into.actor1 = other.actor1;
    }
    if into.actor2.is_none() {
        into.actor2 = other.actor2;
    }
    if into.location.is_none() {
        into.location = other.location;
        into.place_key = other.place_key;
    }
    if take_date {
        into.date = other.date;
    }
    into.score = into.score.max(other.score);
    into.armed_victims |= other.armed_victims;
    into.civilian_victims |= other.civilian_victims;
}

/// Merges the candidates of one report, in text order.
pub fn merge(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for c in candidates {
        match out.iter().rposition(|e| same_incident(e, &c)) {
            Some(i) => absorb(&mut out[i], c),
            None => out.push(c),
        }
    }
    out
}

impl Candidate {
    /// The record of this incident.
    pub fn into_event(self, doc_id: &str, doc: &Document) -> Event {
        let fatalities = sum_counts(doc, &self.kills, self.kill_word);
        let injuries = sum_counts(doc, &self.injuries, self.injury_word);
        let date = self.date.as_ref().map(|(d, _)| EventDate {
            value: d.day.iso(),
            precision: d.precision,
            text: Some(doc.slice(d.span).to_string()),
            span: Some([d.span.start, d.span.end]),
        });
        let confidence = (self.score * 100.0).round() / 100.0;
        Event {
            schema_version: SCHEMA_VERSION,
            event_id: format!("{doc_id}:{}", self.trigger_span.start),
            doc_id: doc_id.to_string(),
            sentence: [self.sentence_span.start, self.sentence_span.end],
            event_type: self.event_type,
            sub_event_type: self.sub_event_type,
            plover: Plover {
                event: self.plover_event,
                mode: self.plover_mode,
            },
            trigger: TextSpan {
                text: doc.slice(self.trigger_span).to_string(),
                span: [self.trigger_span.start, self.trigger_span.end],
            },
            date,
            actor1: self.actor1,
            actor2: self.actor2,
            location: self.location,
            fatalities,
            injuries,
            victims: self.victims,
            confidence,
        }
    }
}
