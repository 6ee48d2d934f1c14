//! How a figure is told: another source's claim, a revised or earlier account, a figure told
//! twice, a tally over time, a side's ranks, a total of the others: the checks on the count
//! pieces of a sentence part that [`Context::counts`](crate::mention::Context) reads.

use super::*;

impl Context<'_> {
    /// "أدى إلى مقتل جنديين، مؤكدا أنه قتل 8 جنود وأصاب 11": figures told after a participle of
    /// asserting or claiming, when figures were told before it in the sentence part, are
    /// another source's claim (REPORTS_GUIDELINES: when sources disagree, the lower; the claim
    /// of a side is told after the account): they are left out. So are figures told after a
    /// [`Cue::Contrast`] word right before a speaker ("لكن المتحدث ... قال إن").
    pub(in crate::slots) fn claims_after(&self, span: Span, pieces: &mut Vec<CountPiece>) {
        let doc = self.doc;
        let Some(first_end) = pieces.iter().map(|p| p.span.end).min() else {
            return;
        };
        // "قتل ستة، فيما تحدثت وسائل إعلام عن تسعة قتلى": a word of contrast right before a
        // verb of saying opens another source's account of the same dead; of the two accounts
        // the lower explicit one stands (DESIGN.md: disputed figures), not their sum
        let rival = doc.tokens_in(span).find(|&i| {
            doc.tokens[i].span.start >= first_end
                && self.cue_at_token(i, Cue::Contrast)
                && (self.cue_at_token(i + 1, Cue::SpeakOf)
                    || self
                        .triggers
                        .iter()
                        .any(|h| h.tokens.0 == i + 1 && h.value.role == Role::Claim))
        });
        if let Some(i) = rival {
            let at = doc.tokens[i].span.start;
            let explicit = |after: bool| {
                let side = pieces
                    .iter()
                    .filter(|p| !p.bare && (p.span.start >= at) == after);
                side.clone()
                    .next()
                    .map(|_| side.map(|p| p.min).sum::<u64>())
            };
            // (a revised toll told in the other account supersedes: "بينما أشار مدير الصحة إلى
            // ارتفاع أعداد الضحايا")
            let revised = doc
                .tokens_in(Span::new(at, span.end))
                .any(|j| self.cue_at_token(j, Cue::Revised));
            let keep_after = match (explicit(false), explicit(true)) {
                (Some(_), Some(_)) if revised => true,
                (Some(first), Some(second)) => second < first,
                (None, Some(_)) => true,
                _ => false,
            };
            pieces.retain(|p| (p.span.start >= at) == keep_after);
            return;
        }
        // (or a word of contrast right before a speaker: "استشهاد 21 مدنيا، لكن المتحدث باسم
        // الوالي قال إن 22 مسلحا قتلوا" is another source's account)
        let saying = doc.tokens_in(span).find(|&i| {
            doc.tokens[i].span.start >= first_end
                && (self.cue_at_token(i, Cue::Saying)
                    || (self.cue_at_token(i, Cue::Contrast)
                        && (i + 1..=i + 2).any(|j| self.cue_at_token(j, Cue::Speaker))))
        });
        if let Some(i) = saying {
            let at = doc.tokens[i].span.start;
            pieces.retain(|p| p.span.start < at);
        }
    }

    /// How each piece is told ([`Account`]): the nearest [`Cue::Revised`] or [`Cue::Earlier`]
    /// before its figure in the sentence part, else the nearest after it ("وكانت مصادر ذكرت أن
    /// 14 قتلوا", "ارتفع عدد القتلى إلى 20 بعد أن كانت 14").
    pub(in crate::slots) fn accounts(&self, span: Span, pieces: &mut [CountPiece]) {
        let doc = self.doc;
        let joint = self.lists_places(span);
        for p in pieces.iter_mut() {
            let end = doc
                .numbers_in(p.span)
                .map(|n| n.span.start)
                .next()
                .unwrap_or(p.span.end);
            let told = |i: usize| {
                if self.cue_at_token(i, Cue::Revised) {
                    Some(Account::Revised)
                } else if self.cue_at_token(i, Cue::Earlier) {
                    Some(Account::Earlier)
                } else if self.cue_at_token(i, Cue::Saying) {
                    Some(Account::Claim)
                } else {
                    None
                }
            };
            // the nearest before the figure, else the nearest after it ("سقوط حوالي 10 قتلى،
            // في حصيلة أولية")
            // ("ليست الأولى، إذ قتل أربعة": an earlier act's figure after it, not before it)
            let before = doc
                .tokens_in(Span::new(span.start, end))
                .rev()
                .find_map(|i| {
                    told(i).or_else(|| {
                        self.cue_at_token(i, Cue::Precedent)
                            .then_some(Account::Earlier)
                    })
                });
            let after = || {
                doc.tokens_in(Span::new(p.span.end, span.end))
                    .find_map(told)
                    .filter(|&a| a != Account::Claim)
            };
            p.account = before.or_else(after).unwrap_or(Account::Plain);
            if joint && p.account == Account::Plain {
                p.account = Account::Joint;
            }
        }
    }

    /// Figures told twice in one sentence part are counted once: a figure told as earlier or
    /// provisional beside one that is not ("قتل أربعة ... في حين أن الحصيلة الأولية أشارت إلى
    /// مقتل شخصين") is superseded, and the same figure told again after a definite word naming
    /// the incident ("أصيب 5 أشخاص ... وأوضح أن الاعتداء نتج عنه إصابة خمسة أشخاص"), or inside a
    /// quotation opened after the first ("... وقال المتحدث إن \"خمسة من جنودنا استشهدوا\""), counts the same
    /// persons: only its first telling is kept.
    pub(in crate::slots) fn retold(&self, pieces: &mut Vec<CountPiece>) {
        if pieces.iter().any(|p| p.account != Account::Earlier) {
            pieces.retain(|p| p.account != Account::Earlier);
        }
        let doc = self.doc;
        let mut kept: Vec<CountPiece> = Vec::with_capacity(pieces.len());
        for p in pieces.drain(..) {
            let again = kept.iter().any(|q| {
                q.min == p.min
                    && !q.bare
                    && !p.bare
                    && q.span.end <= p.span.start
                    && ({
                        let between = doc.tokens_in(Span::new(q.span.end, p.span.start));
                        // (a quotation opened after the first telling and not closed)
                        between
                            .clone()
                            .filter(|&i| doc.tokens[i].kind == TokenKind::Quote)
                            .count()
                            % 2
                            == 1
                            || between.into_iter().any(|i| self.anaphor_at(i))
                    })
            });
            if !again {
                kept.push(p);
            }
        }
        *pieces = kept;
    }

    /// Figures told as counts over a span of time up to now ([`Cue::Tally`] at most
    /// [`TALLY_WORDS`] words after the figure, or before it in its phrase: "أودت بحياة 300 شخص
    /// الشهر الحالي وحده", "قتل نحو عشرين من أفرادها منذ اندلاع دوامة العنف", "ليرتفع عدد قتلى
    /// قوات الأمن منذ 20 يوليو إلى 21 قتيلا") are no pieces of the toll of the incident the part's
    /// other figures count: when the part holds both, only the others are kept (a tally alone
    /// stays, for the status to read).
    pub(in crate::slots) fn tallies(&self, pieces: &mut Vec<CountPiece>) {
        let tally: Vec<bool> = pieces.iter().map(|p| self.over_time(p)).collect();
        if tally.iter().any(|&t| t) && tally.iter().any(|&t| !t) {
            let mut flags = tally.into_iter();
            pieces.retain(|_| !flags.next().unwrap_or(false));
        }
    }

    /// A death or injury told right after "since" ([`Cue::Tally`], at most [`SINCE_WORDS`]
    /// words before it: "أول هجوم كبير يشنه المتطرفون منذ إعلان وفاة زعيمهم") is the anchor of
    /// a span of time, not a death or injury of the part's incident: its piece is dropped.
    pub(in crate::slots) fn since_anchors(&self, pieces: &mut Vec<CountPiece>, main: Option<Span>) {
        let doc = self.doc;
        // (unless the part's event word is told in that phrase, "منذ مقتل رضيع فلسطيني ووالده
        // في اعتداء بالحرق": the anchor is the incident the part tells)
        let main = main.and_then(|m| doc.token_at(m.start));
        let told_in = |since: usize| main.is_some_and(|m| m > since && doc.no_punct(since..m));
        pieces.retain(|p| {
            let Some(t0) = doc.token_at(p.span.start) else {
                return true;
            };
            // (within its sentence: a headline has no full stop before the lead)
            let first = self.sentence_tokens(t0).start;
            let since = (t0.saturating_sub(SINCE_WORDS + 1).max(first)..t0)
                .rev()
                .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
                .find(|&i| self.cue_at_token(i, Cue::Tally));
            since.is_none_or(told_in)
        });
    }

    /// The tokens of the sentence that holds token `t` (the whole document when none does).
    fn sentence_tokens(&self, t: usize) -> std::ops::Range<usize> {
        let doc = self.doc;
        (doc.tokens.get(t))
            .and_then(|tok| doc.sentence_at(tok.span.start))
            .map_or(0..doc.tokens.len(), |s| doc.sentences[s].tokens.clone())
    }

    /// Whether the figure of `p` is told with a span of time up to now ([`Context::tallies`]).
    fn over_time(&self, p: &CountPiece) -> bool {
        let doc = self.doc;
        if p.bare {
            return false;
        }
        let Some(n) = doc.numbers_in(p.span).filter(|n| n.min == p.min).last() else {
            return false;
        };
        let plain = |i: &usize| {
            doc.tokens
                .get(*i)
                .is_some_and(|t| !matches!(t.kind, TokenKind::Punct | TokenKind::Quote))
        };
        // (within its sentence: a headline has no full stop before the lead)
        let sentence = self.sentence_tokens(n.tokens.start);
        let after = (n.tokens.end..(n.tokens.end + TALLY_WORDS).min(sentence.end))
            .take_while(plain)
            .any(|i| self.cue_at_token(i, Cue::Tally));
        let before = (n
            .tokens
            .start
            .saturating_sub(TALLY_WORDS + 1)
            .max(sentence.start)..n.tokens.start)
            .rev()
            .take_while(plain)
            .any(|i| self.cue_at_token(i, Cue::Tally));
        after || before
    }

    /// Marks the pieces told of one side's ranks: a [`Cue::Ranks`] at most [`RANKS_WORDS`]
    /// words after the figure, in its clause ("أن اربعة قتلى سقطوا في صفوف المقاومة"), or
    /// between the figure and the word of death told after it ("ثمانية أفراد من القبيلة قتلوا").
    pub(in crate::slots) fn ranks(&self, span: Span, pieces: &mut [CountPiece]) {
        let doc = self.doc;
        let last = doc.last_token(span).map_or(0, |t| t + 1);
        for p in pieces.iter_mut() {
            let Some(end) = doc.last_token(p.span).map(|t| t + 1) else {
                continue;
            };
            // (the piece runs to its word of death when that word follows the figure: the words
            // between name whom the figure counts)
            let start = doc
                .numbers_in(p.span)
                .find(|n| n.min == p.min)
                .map_or(end, |n| n.tokens.end.min(end));
            p.ranks = (start..(end + RANKS_WORDS).min(last))
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                .any(|i| self.cue_at_token(i, Cue::Ranks));
        }
    }

    /// Marks the armed side each piece counts: an armed actor named at most [`SIDE_WORDS`] words
    /// after the figure, in its clause, right after "من" or as the figure's own noun ("مقتل 3 من
    /// المقاومة الشعبية", "17 مسلحا من الحوثيين", "8 حوثيين").
    pub(in crate::slots) fn sides(&self, span: Span, pieces: &mut [CountPiece]) {
        let doc = self.doc;
        let actors: Vec<_> = crate::mention::in_sentence(&self.actors, span)
            .filter(|m| {
                rasd_core::ActorKind::parse(&m.value.kind)
                    .is_some_and(rasd_core::ActorKind::is_armed)
            })
            .collect();
        for p in pieces.iter_mut() {
            let Some(end) = doc.last_token(p.span).map(|t| t + 1) else {
                continue;
            };
            let side = actors.iter().find(|m| {
                let t0 = m.tokens.0;
                t0 >= end
                    && t0 <= end + SIDE_WORDS
                    && (end..t0).all(|i| doc.tokens[i].kind == TokenKind::Word)
                    && (t0 == end || doc.tokens[t0 - 1].key == "من" || {
                        // "من أفراد المقاومة": a noun of members between
                        t0 >= 2 && doc.tokens[t0 - 2].key == "من"
                    })
            });
            p.side = side.map(|m| m.value.name.as_str());
        }
    }

    /// Whether the sentence part names two places listed together, the second joined by "و"
    /// right after the first ("في الكاميرون ونيجيريا", "دوما وحرستا").
    fn lists_places(&self, span: Span) -> bool {
        let doc = self.doc;
        let places = crate::mention::starting_in(&self.places, |m| m.span.start, span);
        places.windows(2).any(|w| {
            let (a, b) = (&w[0], &w[1]);
            let (Some(end), Some(next)) = (doc.last_token(a.span), doc.token_at(b.span.start))
            else {
                return false;
            };
            !a.relative
                && !b.relative
                && b.span.end <= span.end
                && next == end + 1
                && doc.tokens[next].clitics.first() == Some(&"و")
        })
    }

    /// The cue of a total told a few words before a count piece ("ليصبح إجمالي الوفيات 13", "ما
    /// يرفع إلى 13 شخصا عدد القتلى"), if any: [`Cue::Total`] or [`Cue::Running`].
    fn total_cue(&self, p: &CountPiece) -> Option<Cue> {
        let doc = self.doc;
        let first = doc.token_at(p.span.start)?;
        for i in (first.saturating_sub(TOTAL_WORDS)..first).rev() {
            if doc.tokens[i].kind == TokenKind::Punct {
                return None;
            }
            for cue in [Cue::Running, Cue::Total] {
                if self.cue_at_token(i, cue) {
                    return Some(cue);
                }
            }
        }
        None
    }

    /// A total told with the figures of its sentence part is not added to them: a running
    /// total of many incidents ("قتل شرطيان ... ما يرفع إلى 13 عدد القتلى") is left out; the
    /// incident's total ("عشرة ... إضافة لثلاثة ... ليصبح إجمالي الوفيات 13", "ارتفع عدد القتلى
    /// إلى 20") holds the others when it is no smaller than they are together, else it is left
    /// out.
    pub(in crate::slots) fn totals(&self, pieces: &mut Vec<CountPiece>) {
        if pieces.len() < 2 {
            return;
        }
        let cues: Vec<Option<Cue>> = pieces.iter().map(|p| self.total_cue(p)).collect();
        if cues.iter().all(|c| c.is_some()) {
            return;
        }
        let rest: u64 = (pieces.iter().zip(&cues))
            .filter(|(_, c)| c.is_none())
            .map(|(p, _)| p.min)
            .sum();
        let total = (pieces.iter().zip(&cues))
            .filter(|(_, c)| **c == Some(Cue::Total))
            .map(|(p, _)| p)
            .max_by_key(|p| p.min)
            .filter(|p| p.min >= rest)
            .cloned();
        match total {
            Some(t) => *pieces = vec![t],
            None => {
                let mut cue = cues.iter();
                pieces.retain(|_| cue.next().is_some_and(|c| c.is_none()));
            }
        }
    }
}
