//! Tolls told each at a place of its own: a list of figures, each followed by "ب" or "في" and
//! the place it was counted at ("مخلفاً ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة شهداء
//! بقرية أرنبة، وستة شهداء بقرية جوزف"), tells the toll of each place, not one toll of them all.

use super::*;

impl Context<'_> {
    /// The first token of the place the piece `p` is told at, in the sentence part `span`:
    /// right after it (past the figures of `pieces` joined to it by "و" before the place, "ثلاثة
    /// شهداء وعشرة جرحى بقرية الموزرة"), a word with "ب" or the word "في", then a feature noun
    /// ([`Cue::PlaceBack`]: "قرية", "بلدة") and the name, or a place mention itself.
    fn place_after(&self, p: &CountPiece, pieces: &[&CountPiece], span: Span) -> Option<usize> {
        let doc = self.doc;
        let mut j = doc.last_token(p.span)? + 1;
        // (the figures joined to it by "و" share the place told after them)
        while let Some(q) = pieces.iter().find(|q| {
            doc.token_at(q.span.start) == Some(j) && doc.tokens[j].clitics.first() == Some(&"و")
        }) {
            j = doc.last_token(q.span)? + 1;
        }
        let w = doc.tokens.get(j).filter(|t| t.span.end <= span.end)?;
        let word = if w.key == "في" {
            j + 1
        } else if w.clitics.first() == Some(&"ب") {
            j
        } else {
            return None;
        };
        let name = if self.cue_at_token(word, Cue::PlaceBack) {
            word + 1
        } else {
            word
        };
        let place = doc.tokens.get(name).filter(|t| t.span.end <= span.end)?;
        // a feature noun names a place; a bare word must be a place mention ("بانفجار" is none)
        let mention = self
            .places
            .iter()
            .any(|m| doc.token_at(m.span.start) == Some(name) && !m.relative);
        (place.kind == TokenKind::Word && (name != word || mention)).then_some(name)
    }

    /// "وخمسة شهداء بقرية أرنبة" in a list of tolls told each at a place of its own: when two
    /// pieces of the part (`kills` and `injuries` together) are told at two different places
    /// ([`Self::place_after`]) and the incident's place (its mention starting at char `at`) is
    /// one of them, the incident's toll is the pieces told at it; the others are the tolls of
    /// the other places, and the pieces told at none are the list's too. Returns whether every
    /// piece of the dead, and of the wounded, was another place's (so the words of death or
    /// injury tell none here).
    pub(crate) fn tolls_at_places(
        &self,
        span: Span,
        at: usize,
        kills: &mut Vec<CountPiece>,
        injuries: &mut Vec<CountPiece>,
    ) -> (bool, bool) {
        let doc = self.doc;
        let Some(here) = doc.token_at(at) else {
            return (false, false);
        };
        let all: Vec<&CountPiece> = kills.iter().chain(injuries.iter()).collect();
        let places: Vec<Option<usize>> = (all.iter())
            .map(|p| self.place_after(p, &all, span))
            .collect();
        let mut told: Vec<usize> = places.iter().flatten().copied().collect();
        told.sort_unstable();
        told.dedup();
        if told.len() < 2 || !told.contains(&here) {
            return (false, false);
        }
        let had = (!kills.is_empty(), !injuries.is_empty());
        let keep: Vec<bool> = places.iter().map(|&p| p == Some(here)).collect();
        let (k, i) = keep.split_at(kills.len());
        let mut k = k.iter();
        kills.retain(|_| *k.next().unwrap_or(&true));
        let mut i = i.iter();
        injuries.retain(|_| *i.next().unwrap_or(&true));
        (had.0 && kills.is_empty(), had.1 && injuries.is_empty())
    }
}
