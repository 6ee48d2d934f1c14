//! The place a definite feature noun refers back to ("في القرية" after "في قرية برقين"), for an
//! incident whose sentence part names none: the record's place when its merged incident ends
//! with a country at best (`merge::referred_or`).

use rasd_core::Location;
use rasd_text::Span;

use super::after_direction;
use crate::lexicon::Cue;
use crate::mention::{starting_in, Context};

impl Context<'_> {
    /// The place that a definite feature noun of an incident's sentence part refers back to
    /// ([`Cue::PlaceBack`]: "قاما بعملية في القرية" after "في قرية برقين", "تلك المناطق"), for an
    /// incident whose part names no place: the latest place told before the noun, in its
    /// sentence or the [`REFER_SENTENCES`] before, below country level, not told by a direction
    /// or a distance from it, not a state acting, not where somebody spoke or mourned; one named
    /// with the same feature noun ("قرية برقين") first. None when no noun or no such place.
    pub(crate) fn place_referred(&self, span: Span) -> Option<Location> {
        let doc = self.doc;
        let covered = |i: usize| {
            let t = doc.tokens[i].span;
            starting_in(&self.places, |p| p.span.start, Span::new(0, t.end))
                .iter()
                .any(|p| p.span.start <= t.start && t.end <= p.span.end)
        };
        // (a plural only after a demonstrative: "تلك المناطق"; "في مختلف المناطق" is anywhere)
        let i = doc.tokens_in(span).find(|&i| {
            (self.cue_at_token(i, Cue::PlaceBack)
                || self.cue_at_token(i, Cue::PlacesBack)
                    && i > 0
                    && self.cue_at_token(i - 1, Cue::Demonstrative))
                && doc.tokens[i].clitics.contains(&"ال")
                && !covered(i)
        })?;
        let noun = doc.tokens[i].stem();
        let si = doc.sentence_of_token(i).unwrap_or(0);
        let from = doc.sentences[si.saturating_sub(REFER_SENTENCES)].span.start;
        let at = doc.tokens[i].span.start;
        let before: Vec<&rasd_geo::PlaceMention> =
            starting_in(&self.places, |p| p.span.start, Span::new(from, at))
                .iter()
                .filter(|p| p.span.end <= at)
                // (a place only near is a place, "قرب مدينة اعزاز"; one told by a direction or
                // a distance from it, or a part of a province, "شمال العاصمة صنعاء", is not)
                .filter(|p| !(p.region || p.relative && after_direction(p)))
                .filter(|p| p.feature != "country")
                .filter(|p| !self.told_elsewhere(p) && !self.quoted_alone(p))
                .filter(|p| !self.metonymy(p, &[]))
                .collect();
        // (the cue's words without their proclitics: "بقرية" is "قرية")
        let same_noun = |p: &&rasd_geo::PlaceMention| {
            p.cue.as_deref().is_some_and(|c| {
                c.split_whitespace().any(|w| {
                    let w = rasd_text::key(w);
                    w == noun
                        || w.strip_suffix(noun)
                            .is_some_and(|pre| pre.chars().count() <= 2)
                })
            })
        };
        let p = (before.iter().rev().find(|p| same_noun(p))).or(before.last())?;
        Some(p.location.clone())
    }
}

/// How many sentences before the one of a feature noun that refers back to a place
/// ([`Context::place_referred`]) the place may be told in.
const REFER_SENTENCES: usize = 3;
