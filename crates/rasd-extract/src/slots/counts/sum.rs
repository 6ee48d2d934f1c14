//! Count pieces summed into one count: the pieces that add up ([`adding_pieces`]: an
//! attackers' total holds the attackers told one by one), whether every one of them has a
//! figure ([`all_figured`]), the sum ([`sum_counts`]) and the explicit zero ([`zero_count`]).

use rasd_core::{Count, Qualifier};
use rasd_text::{Document, Span};

use super::CountPiece;

/// The pieces that add up: a report often tells attackers' deaths one by one ("قتل أحد
/// الانتحاريين", "فجر ثلاثة آخرون أنفسهم") and then as a total ("مقتل ما لا يقل عن 12
/// مسلحاً"). An attackers' figure qualified as a total (at least, about) that is no smaller than
/// the other attackers' figures together holds them: counting both would count the same dead
/// twice, and ACLED keeps the conservative figure.
pub fn adding_pieces(pieces: &[CountPiece]) -> Vec<&CountPiece> {
    let attackers = pieces.iter().filter(|p| p.attacker);
    let total = attackers
        .clone()
        .filter(|p| matches!(p.qualifier, Qualifier::AtLeast | Qualifier::Approx))
        .max_by_key(|p| p.min)
        .filter(|t| {
            let rest: u64 = attackers
                .clone()
                .filter(|p| !std::ptr::eq(*p, *t))
                .map(|p| p.min)
                .sum();
            rest > 0 && t.min >= rest
        });
    pieces
        .iter()
        .filter(|p| match total {
            Some(t) => !p.attacker || std::ptr::eq(*p, t),
            None => true,
        })
        .collect()
}

/// The count of a report that says nobody died or was hurt (`words`: "ولم يصب أحد بأذى"): an
/// explicit 0, told only when no death or injury of the incident is (DESIGN.md §2).
pub fn zero_count(doc: &Document, words: Span) -> Count {
    Count {
        min: Some(0),
        max: Some(0),
        qualifier: Qualifier::Exact,
        text: doc.slice(words).to_string(),
        span: [words.start, words.end],
    }
}

/// Sums count pieces into one count: the figures add up (see [`adding_pieces`]), the weakest
/// qualifier wins, and the text covers the pieces that add up.
pub fn sum_counts(doc: &Document, pieces: &[CountPiece], word: Option<Span>) -> Option<Count> {
    let pieces = adding_pieces(pieces);
    if pieces.is_empty() {
        // deaths or injuries reported without a figure: at least one (DESIGN.md)
        return word.map(|w| Count {
            min: Some(1),
            max: None,
            qualifier: Qualifier::Unknown,
            text: doc.slice(w).to_string(),
            span: [w.start, w.end],
        });
    }
    let min: u64 = pieces
        .iter()
        .map(|p| p.min)
        .fold(0u64, |a, b| a.saturating_add(b));
    let qualifier = pieces
        .iter()
        .map(|p| p.qualifier)
        .max_by_key(|q| match q {
            Qualifier::Exact => 0,
            Qualifier::Range => 1,
            Qualifier::AtMost => 2,
            Qualifier::Approx => 3,
            Qualifier::AtLeast => 4,
            Qualifier::Unknown => 5,
        })
        .unwrap_or(Qualifier::Exact);
    let max = if pieces.iter().all(|p| p.max.is_some()) && qualifier != Qualifier::AtLeast {
        Some(
            pieces
                .iter()
                .filter_map(|p| p.max)
                .fold(0u64, |a, b| a.saturating_add(b)),
        )
    } else {
        None
    };
    let mut span = pieces[0].span;
    for p in &pieces {
        span = span.cover(p.span);
    }
    Some(Count {
        min: Some(min),
        max,
        qualifier,
        text: doc.slice(span).to_string(),
        span: [span.start, span.end],
    })
}

/// Whether every piece that adds up ([`adding_pieces`]) has a figure (none is a bare word of
/// death or injury): a toll told with numbers, not only "قتلى".
pub fn all_figured(pieces: &[CountPiece]) -> bool {
    adding_pieces(pieces).iter().all(|p| !p.bare)
}
