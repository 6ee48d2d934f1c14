//! A force's head noun told bare ([`Cue::HeadAnaphor`], "المقاومة" after "المقاومة الشعبية"):
//! the actor the story named in full before it.

use rasd_lexicon::{ActorEntry, Trigger};
use rasd_text::{Document, TokenKind};

use super::{mask_has, CueBits, Hit};
use crate::lexicon::Cue;

/// The references a bare head noun adds to `group_refs` (`actors` sorted by start): per head noun of a
/// force ([`Cue::HeadAnaphor`]) that is no part of an actor's match, the nearest actor before
/// it whose full name (two words or more) starts with the same word, read as that actor ("كما
/// سيطرت المقاومة على جبل الكسارة" after "المقاومة الشعبية": the Popular Resistance; after
/// "المقاومة الفلسطينية", nearer, the Palestinian one). Not when a definite word of its own
/// follows it (an adjective: "المقاومة الجنوبية" is another name), nor with a name of none
/// before it (a common word: "resistance"); nor when it is joined by "و" to a side before it,
/// itself or the noun it follows ("قوات الجيش الوطني والمقاومة", "قوات الجيش ومسلحي
/// المقاومة": the two are the taker, not it alone), nor the second term of a preposition's
/// noun ("لصالح المقاومة": in favour of, no subject).
pub(super) fn head_refs(
    doc: &Document,
    cues: &[Hit<Cue>],
    cue_mask: &[CueBits],
    actors: &[Hit<&'static ActorEntry>],
    triggers: &[Hit<&'static Trigger>],
) -> Vec<Hit<&'static ActorEntry>> {
    let stem = |i: usize| doc.tokens.get(i).map(|t| t.stem());
    let trigger_at = |i: usize| triggers.iter().any(|h| h.tokens.0 <= i && i < h.tokens.1);
    (cues.iter())
        .filter(|c| c.value == Cue::HeadAnaphor && c.tokens.1 == c.tokens.0 + 1)
        .filter(|c| doc.tokens[c.tokens.0].clitics.contains(&"ال"))
        .filter(|c| !(actors.iter()).any(|a| a.tokens.0 < c.tokens.1 && c.tokens.0 < a.tokens.1))
        .filter(|c| {
            let t = &doc.tokens[c.tokens.0];
            // (the word before it, no word of the act: "ومسلحي المقاومة", "لصالح المقاومة")
            let head = (c.tokens.0.checked_sub(1))
                .map(|i| (i, &doc.tokens[i]))
                .filter(|(i, h)| {
                    h.kind == TokenKind::Word && !h.clitics.contains(&"ال") && !trigger_at(*i)
                });
            // (joined by "و" to a side: the head is a side's noun, "ومسلحي"; not "وكانت")
            let side = |i: usize| actors.iter().any(|a| a.tokens.0 <= i && i < a.tokens.1);
            !(t.clitics.contains(&"و")
                || head.is_some_and(|(i, h)| {
                    (h.clitics.contains(&"و") && side(i)) || h.has_preposition()
                }))
        })
        .filter(|c| {
            // (an adjective of its own: another name)
            !doc.tokens.get(c.tokens.1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.clitics == ["ال"]
                    && !mask_has(cue_mask, c.tokens.1, Cue::HeadAnaphor)
            })
        })
        .filter_map(|c| {
            let before = actors.partition_point(|a| a.span.start < c.span.start);
            (actors[..before].iter().rev())
                .find(|a| a.tokens.1 - a.tokens.0 >= 2 && stem(a.tokens.0) == stem(c.tokens.0))
                .map(|a| Hit {
                    span: c.span,
                    tokens: c.tokens,
                    value: a.value,
                })
        })
        .collect()
}
