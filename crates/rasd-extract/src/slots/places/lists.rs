//! A list of places told with one event word ("قصفت الطائرات دوما وحرستا وعربين") is one
//! incident per place: the records of the list's other places (`Context::place_lists`).

use rasd_text::Span;

use super::{town_key, Place};
use crate::lexicon::Cue;
use crate::mention::{Candidate, Context};

/// How many places a list told with one event word gives records for.
const MAX_LIST_PLACES: usize = 12;

impl Context<'_> {
    /// A list of places told with one event word is one incident per place
    /// (REPORTS_GUIDELINES.md: "قصفت الطائرات دوما وحرستا وعربين"): each incident whose place
    /// stands in a list of place names joined by "و" or commas gets a record for every other
    /// place of the list that no incident of the story already has. The list's other records
    /// share the event word, type, sides, date and status, but not the toll (it is told once,
    /// for them all, and stays on the first record). Not for a list of countries or provinces,
    /// a relative anchor ("شمال بغداد"), or the two ends of a battle "بين X وY".
    pub(crate) fn place_lists(&self, merged: Vec<Candidate>) -> Vec<Candidate> {
        let taken: std::collections::HashSet<String> = (merged.iter())
            .filter_map(|c| c.place.key.as_deref().map(|k| town_key(k).to_string()))
            .collect();
        let mut out = Vec::with_capacity(merged.len());
        for c in merged {
            let list = c
                .place
                .location
                .as_ref()
                // a list in the sentence of the incident's event word
                .filter(|l| c.sentence_span.contains(Span::new(l.span[0], l.span[1])))
                .and_then(|l| self.places.iter().position(|p| p.span.start == l.span[0]))
                .map(|i| self.place_list(i))
                .unwrap_or_default();
            let copies: Vec<Candidate> = list
                .into_iter()
                .filter(|&j| {
                    Some(self.places[j].span.start) != c.place.location.as_ref().map(|l| l.span[0])
                })
                .filter(|&j| !taken.contains(&rasd_text::key(&self.places[j].location.name)))
                .take(MAX_LIST_PLACES)
                .map(|j| {
                    let p = &self.places[j];
                    let mut copy = c.clone();
                    copy.place = Place::at(p, None, c.place.where_told);
                    copy.list_place = Some(p.span.start);
                    copy.kills.clear();
                    copy.injuries.clear();
                    copy.elsewhere.clear();
                    copy.elsewhere_victims.clear();
                    copy.kill_word = None;
                    copy.injury_word = None;
                    copy.no_deaths = None;
                    copy.no_injuries = None;
                    copy.victims.clear();
                    copy.mentions.clear();
                    copy
                })
                .collect();
            out.push(c);
            out.extend(copies);
        }
        out
    }

    /// Whether the candidate's place stands in a list of places in the sentence of its event word
    /// (the list [`Self::place_lists`] makes records of).
    pub(crate) fn in_place_list(&self, c: &Candidate) -> bool {
        (c.place.location.as_ref())
            .filter(|l| c.sentence_span.contains(Span::new(l.span[0], l.span[1])))
            .and_then(|l| self.places.iter().position(|p| p.span.start == l.span[0]))
            .is_some_and(|i| self.place_list(i).len() > 1)
    }

    /// The places (indices into the document's place mentions) of the list the place mention
    /// `i` stands in, itself included; empty when it stands in none.
    pub(super) fn place_list(&self, i: usize) -> Vec<usize> {
        let places = &self.places;
        let member = |p: &rasd_geo::PlaceMention| {
            !p.relative && !matches!(p.feature.as_str(), "country" | "admin1")
        };
        if !member(&places[i]) {
            return Vec::new();
        }
        // only commas, spaces and one "و" between two names of a list
        let joined = |a: &rasd_geo::PlaceMention, b: &rasd_geo::PlaceMention| {
            if b.span.start < a.span.end || b.span.start - a.span.end > 6 {
                return false;
            }
            let gap = self.doc.slice(Span::new(a.span.end, b.span.start));
            let gap = gap.trim_matches(|ch: char| ch.is_whitespace() || ch == '،' || ch == ',');
            gap.is_empty() || gap == "و"
        };
        let (mut first, mut last) = (i, i);
        while first > 0 && member(&places[first - 1]) && joined(&places[first - 1], &places[first])
        {
            first -= 1;
        }
        while last + 1 < places.len()
            && member(&places[last + 1])
            && joined(&places[last], &places[last + 1])
        {
            last += 1;
        }
        if first == last {
            return Vec::new();
        }
        // "بين بلدتي X وY": the two ends of one battle
        let head = self.doc.token_at(places[first].span.start).unwrap_or(0);
        let between = (head.saturating_sub(2)..head).any(|t| self.cue_at_token(t, Cue::Between));
        if between {
            return Vec::new();
        }
        (first..=last).collect()
    }
}
