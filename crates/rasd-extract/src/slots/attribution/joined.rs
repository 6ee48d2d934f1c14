//! Figures and persons joined to a counted group: a second figure after "و" or a word of
//! addition, companions named by a possessive noun, one more person of the same count.

use super::*;

impl Context<'_> {
    /// Whether nothing among the tokens `between` a count and an item joined to it parts them:
    /// no punctuation but a comma, no subset, apposition or clause cue, no trigger.
    fn nothing_parts(
        &self,
        between: std::ops::Range<usize>,
        triggers: &[&Hit<&'static Trigger>],
    ) -> bool {
        between.into_iter().all(|g| {
            let w = &self.doc.tokens[g];
            (w.kind != TokenKind::Punct || w.is_comma())
                && !self.cue_at_token(g, Cue::Subset)
                && !self.cue_at_token(g, Cue::Apposition)
                && !self.cue_at_token(g, Cue::Clause)
                && !triggers.iter().any(|h| h.tokens.0 <= g && g < h.tokens.1)
        })
    }

    /// "استشهاد عشرة من منسوبي القوات وثلاثة من العاملين": a figure joined by "و" and followed by
    /// "من" and a group of people or by a noun of people, a few words after a count told the same
    /// way ("N من ...", "خمسة عناصر من ... وستة مقاتلين"), is more of the same count; so is a
    /// figure of people after a word of addition ("مقتل 12 من رجال الأمن بالإضافة إلى ثلاثة
    /// مدنيين"). A trigger, another figure, a subset, an apposition or a clause between them
    /// keeps it out, as does a figure already linked to a word of its own.
    pub(in crate::slots) fn joined_counts(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &mut Vec<CountPiece>,
        injuries: &mut Vec<CountPiece>,
    ) {
        let doc = self.doc;
        // "N من <group>": the figure, then من, then a word (the group: "منسوبي", "العاملين");
        // the joined figure needs the same shape
        let of_group = |end: usize| {
            doc.tokens.get(end).is_some_and(|t| t.key == "من")
                && doc
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
        };
        // or "N <people>": the figure, then a noun of people ("خمسة عناصر من ...", "وستة
        // مقاتلين")
        let of_people = |end: usize| of_group(end) || self.victim_starts_at(end);
        let numbers: Vec<&NumberMention> = doc.numbers_in(span).collect();
        for (k, n) in numbers.iter().enumerate() {
            let linked = (kills.iter().chain(injuries.iter())).any(|p| p.span.contains(n.span));
            // "... إضافة إلى ثلاثة مدنيين": a figure after a word of addition, of people
            let added = n.tokens.start > 0
                && self.cue_at_token(n.tokens.start - 1, Cue::Addition)
                && doc
                    .tokens
                    .get(n.tokens.end)
                    .is_some_and(|t| t.kind == TokenKind::Word);
            // ("و9 مقاتلين": the "و" before digits is a token of its own)
            let joined = doc.joined_by_and(n.tokens.start).is_some() && of_people(n.tokens.end);
            if linked || n.vague || self.is_count_excluded(n) || !(joined || added) {
                continue;
            }
            // the count told the same way right before it
            let Some(prev) = k.checked_sub(1).map(|p| numbers[p]) else {
                continue;
            };
            if !(added || of_people(prev.tokens.end))
                || prev.tokens.end + JOINED_WORDS < n.tokens.start
            {
                continue;
            }
            let holds = |ps: &[CountPiece]| ps.iter().any(|p| p.span.contains(prev.span));
            let pieces = if holds(kills) {
                &mut *kills
            } else if holds(injuries) {
                &mut *injuries
            } else {
                continue;
            };
            if self.nothing_parts(prev.tokens.end..n.tokens.start, triggers) {
                pieces.push(CountPiece {
                    min: n.min,
                    max: n.max,
                    qualifier: n.qualifier,
                    span: n.span,
                    attacker: false,
                    bare: n.vague,
                    account: Account::Plain,
                    ranks: false,
                    succumbed: false,
                    side: None,
                });
            }
        }
    }

    /// "قتل نائب صومالي مع حارسيه", "وقتلوه مع حارسيه وسائقه": the victim of a word of death or
    /// injury (a person noun after it, or its object pronoun) and the companions told after "مع"
    /// a few words later, each a noun with a possessive pronoun: a person dual in its construct
    /// form counts two ("حارسيه"), a singular person one ("وسائقه"). A word that already has a
    /// figure ("مع 9 مواطنين آخرين") is left to it.
    pub(in crate::slots) fn companions(
        &self,
        span: Span,
        words: &[&&Hit<&'static Trigger>],
        pieces: &mut Vec<CountPiece>,
    ) {
        let doc = self.doc;
        let last = doc.last_token(span).map_or(0, |t| t + 1);
        // the count of one companion word, if it is one
        let companion = |i: usize| -> Option<u64> {
            let w = doc
                .tokens
                .get(i)
                .filter(|w| i < last && w.kind == TokenKind::Word)?;
            let stem = w.stem();
            if !possessed(stem) || self.in_number.get(i) == Some(&true) {
                return None;
            }
            if rasd_text::is_dual_construct(stem) {
                Some(2)
            } else if rasd_text::is_singular_person(stem)
                || stem
                    .strip_suffix('ه')
                    .is_some_and(rasd_text::is_singular_person)
            {
                Some(1)
            } else {
                None
            }
        };
        for t in words {
            let end = t.tokens.1;
            let own = pieces
                .iter()
                .position(|p| p.span.contains(t.span) && p.bare && p.min == 1);
            let numbered = pieces.iter().any(|p| p.span.contains(t.span) && !p.bare);
            // the object pronoun on the verb ("وقتلوه") or the noun after it ("نائب صومالي")
            // names the victim
            let pronoun = doc.tokens[end - 1].stem().ends_with('ه');
            if numbered {
                continue;
            }
            let Some(with) = (end..(end + 3).min(last)).find(|&i| self.cue_at_token(i, Cue::With))
            else {
                continue;
            };
            if with == end && !pronoun {
                continue;
            }
            if (end..with).any(|i| {
                doc.tokens[i].kind != TokenKind::Word || self.in_number.get(i) == Some(&true)
            }) {
                continue;
            }
            let Some(first) = companion(with + 1) else {
                continue;
            };
            // each companion word its own piece, so that a fuller retelling ("وقتلوه مع
            // حارسيه وسائقه" after "قتل نائب مع حارسيه") holds this one's figures
            let mut found = vec![(
                first,
                doc.tokens[with].span.cover(doc.tokens[with + 1].span),
            )];
            let mut next = with + 2;
            while doc
                .tokens
                .get(next)
                .is_some_and(|w| w.clitics.first().is_some_and(|&c| c == "و"))
            {
                match companion(next) {
                    Some(c) => found.push((c, doc.tokens[next].span)),
                    None => break,
                }
                next += 1;
            }
            // the victim: the person noun's piece, or one for the object pronoun or noun
            match own {
                Some(o) => pieces[o].bare = false,
                None => pieces.push(CountPiece::exact(1, t.span)),
            }
            for (count, span) in found {
                pieces.push(CountPiece::exact(count, span));
            }
        }
    }

    /// "سبعة من عناصر الشرطة، ومهندس هندي", "جنديين ومدني": a singular person noun joined by
    /// "و" to a counted group, a few words after it, is one more of the same count. A subset
    /// ("بينهم شرطي ومدني"), an apposition ("اثنين، هما مجند وشرطي"), a trigger or a clause
    /// between them keeps it out.
    pub(in crate::slots) fn joined_persons(
        &self,
        span: Span,
        triggers: &[&Hit<&'static Trigger>],
        kills: &mut Vec<CountPiece>,
        injuries: &mut Vec<CountPiece>,
    ) {
        let doc = self.doc;
        let Some(si) = doc.sentence_at(span.start) else {
            return;
        };
        let in_trigger = |i: usize| triggers.iter().any(|h| h.tokens.0 <= i && i < h.tokens.1);
        let in_number = |i: usize| doc.numbers_in(doc.tokens[i].span).next().is_some();
        for i in doc.sentences[si].tokens.clone() {
            let t = &doc.tokens[i];
            if t.span.start < span.start
                || t.span.end > span.end
                || t.clitics.first().is_none_or(|&c| c != "و")
                || !rasd_text::is_singular_person(t.stem())
                || in_number(i)
                || in_trigger(i)
            {
                continue;
            }
            // "ثمانية آلاف رجل وصبي": the figure counts both nouns
            let counted_pair = i > 0
                && doc.tokens[i - 1].clitics.first().is_none_or(|&c| c != "و")
                && rasd_text::is_singular_person(doc.tokens[i - 1].stem())
                && doc
                    .numbers_in(span)
                    .any(|n| n.tokens.end == i - 1 && !n.dual_noun);
            // "عشرة آلاف ضحية بين قتيل وأسير": the figure split, nobody added
            let split = (i.saturating_sub(3)..i).any(|j| doc.tokens[j].key == "بين");
            if counted_pair || split {
                continue;
            }
            // the nearest count that ends before the noun, of either kind
            let last = |ps: &[CountPiece]| {
                ps.iter()
                    .filter(|p| p.span.end <= t.span.start)
                    .map(|p| p.span.end)
                    .max()
            };
            let (k, j) = (last(kills), last(injuries));
            let (end, pieces) = match (k, j) {
                (Some(a), Some(b)) if b > a => (b, &mut *injuries),
                (Some(a), _) => (a, &mut *kills),
                (None, Some(b)) => (b, &mut *injuries),
                (None, None) => continue,
            };
            let Some(from) = doc.token_at(end.saturating_sub(1)).map(|f| f + 1) else {
                continue;
            };
            let clear = from + 6 >= i
                && self.nothing_parts(from..i, triggers)
                && (from..i).all(|g| !in_number(g));
            if clear {
                pieces.push(CountPiece::exact(1, t.span));
            }
        }
    }
}
