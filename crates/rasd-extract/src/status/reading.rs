//! What the status reads around a candidate's event word (`super::Context::status` and the
//! story passes): the cues before and after it in its sentence or its clause, the sides it
//! names, the story's headline, lead and domain, an aircraft only flying over, a thing halted.

use super::*;

impl Context<'_> {
    /// The first token at or after `from` (in chars) that carries `cue`, between `from` and
    /// token `until` (exclusive), searching back from `until` at most `words` tokens.
    pub(super) fn cue_before(
        &self,
        sentence: Span,
        until: usize,
        words: usize,
        cue: Cue,
    ) -> Option<Span> {
        let first = self.doc.token_at(sentence.start).unwrap_or(0);
        (until.saturating_sub(words).max(first)..until)
            .rev()
            .find(|&i| self.cue_at_token(i, cue))
            .map(|i| self.doc.tokens[i].span)
    }

    /// The nearest token carrying `cue` among the `words` tokens before token `until` in
    /// `sentence` ([`Self::cue_before`]), when no punctuation stands between it and `until`: in
    /// the event word's clause.
    pub(super) fn cue_in_clause_before(
        &self,
        sentence: Span,
        until: usize,
        words: usize,
        cue: Cue,
    ) -> Option<Span> {
        let doc = self.doc;
        let found = self.cue_before(sentence, until, words, cue)?;
        let from = doc.token_at(found.start).unwrap_or(until);
        doc.no_punct(from..until).then_some(found)
    }

    /// The nearest token carrying `cue` among the `words` tokens before token `until` in
    /// `sentence`, when no mark that ends a clause ([`super::CLAUSE_MARKS`]) stands between it
    /// and `until` (quotation marks and brackets may: "من هجمات «داعش» بالسيارات المفخخة").
    pub(super) fn cue_unmarked_before(
        &self,
        sentence: Span,
        until: usize,
        words: usize,
        cue: Cue,
    ) -> Option<Span> {
        let found = self.cue_before(sentence, until, words, cue)?;
        let to = self.doc.tokens[until].span.start;
        (!self
            .doc
            .slice(Span::new(found.end, to))
            .contains(super::CLAUSE_MARKS))
        .then_some(found)
    }

    /// A word of warning or fear ([`Cue::Warning`]: "حذر", "خشية") at most `words` tokens before
    /// token `until` in `sentence`, with "من" after it and before `until` and no mark that ends
    /// a clause between: the act at `until` is what is warned of or feared ("وحذر الناطق باسم
    /// الائتلاف سالم المسلط من قيام قوات نظام الأسد بارتكاب مجزرة").
    pub(super) fn warned_of(&self, sentence: Span, until: usize, words: usize) -> Option<Span> {
        let doc = self.doc;
        let found = self.cue_unmarked_before(sentence, until, words, Cue::Warning)?;
        let from = doc.token_at(found.start)?;
        (from + 1..until)
            .any(|i| doc.tokens[i].key == "من")
            .then_some(found)
    }

    /// "قد" ([`Cue::May`]) with a verb in the imperfect right after it ("قد يقود إلى مجزرة",
    /// "قد يعتقل", the verb the event word itself), at most `words` tokens before token `until`
    /// in `sentence`, with no punctuation between: what may happen. The verb has no proclitic,
    /// opens with "ي" and has at least [`super::MAY_STEM`] letters ("قد تعرضت", "قد تمكنت" are
    /// perfects: a verb opening with "ت" is not read).
    pub(super) fn may_before(&self, sentence: Span, until: usize, words: usize) -> Option<Span> {
        let doc = self.doc;
        let first = doc.token_at(sentence.start).unwrap_or(0);
        for k in (until.saturating_sub(words).max(first)..until).rev() {
            if doc.tokens[k].kind == rasd_text::TokenKind::Punct {
                return None;
            }
            if !self.cue_at_token(k, Cue::May) {
                continue;
            }
            let verb = &doc.tokens[k + 1];
            let stem = verb.stem();
            if verb.kind == rasd_text::TokenKind::Word
                && verb.clitics.is_empty()
                && stem.starts_with('ي')
                && stem.chars().count() >= super::MAY_STEM
            {
                return Some(doc.tokens[k].span);
            }
        }
        None
    }

    /// A word of "until" ([`Cue::Until`]) right before a past day of `sentence` told with its
    /// month ("حتى الأول من أغسطس", "وحتى 15 يوليو": a figure, or an ordinal joined to the
    /// month by "من"; not a street's name, not a day to come, not a day counted from today or
    /// named by its weekday, "وحتى صباح أمس", "حتى صباح الجمعة", the end of one operation).
    pub(super) fn span_end(&self, sentence: Span) -> Option<Span> {
        let doc = self.doc;
        let calendar = |d: &crate::dates::DateMention| {
            doc.numbers_in(d.span).next().is_some()
                || doc
                    .tokens_in(d.span)
                    .any(|i| doc.tokens[i].kind == TokenKind::Word && doc.tokens[i].key == "من")
        };
        crate::context::starting_in(&self.dates, |d| d.span.start, sentence)
            .iter()
            .filter(|d| d.span.end <= sentence.end && !d.name && !d.future && !d.ago)
            .filter(|d| d.precision == DatePrecision::Day && d.relative.is_none())
            .filter(|d| calendar(d))
            .find_map(|d| {
                let k = doc.token_at(d.span.start)?;
                (k > 0 && self.cue_at_token(k - 1, Cue::Until)).then(|| doc.tokens[k - 1].span)
            })
    }

    /// The `words` tokens right after the candidate's event word, in its sentence.
    pub(super) fn tokens_after(
        &self,
        c: &Candidate,
        words: usize,
    ) -> Option<std::ops::Range<usize>> {
        let doc = self.doc;
        let last = doc.token_at(c.trigger_span.end.checked_sub(1)?)?;
        let end = doc
            .token_at(c.sentence_span.end.checked_sub(1)?)
            .map_or(last + 1, |e| e + 1);
        Some(last + 1..(last + 1 + words).min(end))
    }

    /// The first token carrying `cue` among the `words` tokens right after the candidate's
    /// event word, in its sentence.
    pub(super) fn cue_after(&self, c: &Candidate, words: usize, cue: Cue) -> Option<Span> {
        self.first_cue(self.tokens_after(c, words)?, cue)
    }

    /// The first token carrying `cue` among the `words` tokens right after the candidate's
    /// event word, in its clause (no punctuation between).
    pub(super) fn cue_in_clause_after(
        &self,
        c: &Candidate,
        words: usize,
        cue: Cue,
    ) -> Option<Span> {
        self.first_cue(self.clause_after(c, words)?, cue)
    }

    /// The span of the first of `tokens` that carries `cue`.
    fn first_cue(&self, mut tokens: impl Iterator<Item = usize>, cue: Cue) -> Option<Span> {
        tokens
            .find(|&i| self.cue_at_token(i, cue))
            .map(|i| self.doc.tokens[i].span)
    }

    /// The tokens of [`Context::tokens_after`] up to the first punctuation: the rest of the
    /// candidate's clause, `words` tokens at most.
    pub(super) fn clause_after(
        &self,
        c: &Candidate,
        words: usize,
    ) -> Option<impl Iterator<Item = usize> + '_> {
        let doc = self.doc;
        Some(
            self.tokens_after(c, words)?
                .take_while(move |&i| doc.tokens[i].kind != rasd_text::TokenKind::Punct),
        )
    }

    /// The thing stopped after the candidate's event word ([`Cue::Halted`]), at most
    /// [`HALTED_WORDS`] words on in its clause, with no figure and no word of persons
    /// (victims.tsv: "رجل", "شخصا", "الطبيب") before it: the subject may come first ("أوقفت
    /// الوزارة مكتبا"), a person arrested stops the search ("أوقفت قوات الأمن الطبيب").
    pub(super) fn halted_thing(&self, c: &Candidate) -> Option<Span> {
        let person = |i: usize| {
            self.in_number[i]
                || crate::mention::in_sentence(&self.victims, c.sentence_span)
                    .any(|h| h.tokens.0 == i)
        };
        self.clause_after(c, HALTED_WORDS)?
            .take_while(|&i| !person(i))
            .find(|&i| self.cue_at_token(i, Cue::Halted))
            .map(|i| self.doc.tokens[i].span)
    }

    /// "خلال" ([`Cue::During`], or in a phrase of a period, [`Cue::Period`]: "خلال الأيام") and, at most [`COMING_GAP`] words after it, an adjective of what is
    /// to come ([`Cue::Prospective`], [`Cue::Coming`]: "خلال الأيام المقبلة"), at most [`COMING_WORDS`] words
    /// after the candidate's event word in its clause: the phrase's span.
    pub(super) fn coming_span(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let words: Vec<usize> = self.clause_after(c, COMING_WORDS)?.collect();
        words.iter().enumerate().find_map(|(n, &i)| {
            // (a span of time to come read as one phrase, "الساعات المقبلة", holds its adjective)
            let coming = [Cue::Prospective, Cue::Coming, Cue::Ahead];
            if !coming.iter().any(|&k| self.cue_at_token(i, k)) {
                return None;
            }
            let during = words[n.saturating_sub(COMING_GAP + 1)..n]
                .iter()
                .find(|&&k| {
                    self.cue_at_token(k, Cue::During) || self.cue_at_token(k, Cue::Period)
                })?;
            Some(Span::new(
                doc.tokens[*during].span.start,
                doc.tokens[i].span.end,
            ))
        })
    }

    /// An adverb of soon ([`Cue::Soon`]) at most `words` words after the candidate's event word
    /// in its clause, not followed by "من" ("قريبا من الحدود" is near a place): its span.
    pub(super) fn soon_after(&self, c: &Candidate, words: usize) -> Option<Span> {
        let doc = self.doc;
        let near = |i: usize| {
            doc.tokens
                .get(i + 1)
                .is_some_and(|t| doc.slice(t.span) == "من")
        };
        self.clause_after(c, words)?
            .find(|&i| self.cue_at_token(i, Cue::Soon) && !near(i))
            .map(|i| doc.tokens[i].span)
    }

    /// Whether the event word at token `t` is an indefinite verbal noun of fighting
    /// ([`Cue::Struggle`], no "ال") whose object right after it, at most an opening quote or
    /// bracket between, is one of the candidate's sides ("قتال «داعش»").
    pub(super) fn struggle_against(&self, c: &Candidate, t: usize) -> bool {
        let doc = self.doc;
        if !self.cue_at_token(t, Cue::Struggle) || doc.tokens[t].clitics.contains(&"ال") {
            return false;
        }
        let end = c.trigger_span.end;
        [&c.actor1, &c.actor2].into_iter().flatten().any(|a| {
            let start = a.span[0];
            start > end
                && doc
                    .slice(Span::new(end, start))
                    .chars()
                    .all(|ch| ch.is_whitespace() || matches!(ch, '«' | '(' | '"' | '“'))
        })
    }

    /// The class of places right after the candidate's event word, or after "على" or an
    /// adjective of manner ([`Cue::Manner`]) right after it ("تفجير المساجد", "الاعتداء على دور
    /// العبادة", "القصف المتعمد للمستشفيات"; [`Cue::Class`]).
    pub(super) fn class_object(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let mut next = self.tokens_after(c, 2)?;
        let first = next.next()?;
        let at = if doc.slice(doc.tokens[first].span) == "على" {
            next.next()?
        } else if self.cue_at_token(first, Cue::Manner) {
            // (an adjective of manner between: "القصف المتعمد للمستشفيات")
            next.next()?
        } else {
            first
        };
        // (the class as the act's object, not where it was: "التفجير الإرهابي بدور العبادة
        // بمنطقة عسير" retells one)
        let object = !doc.tokens[at].clitics.contains(&"ب");
        (object && self.cue_at_token(at, Cue::Class))
            .then(|| self.phrase_of(c.sentence_span, Cue::Class, doc.tokens[at].span))
    }

    /// Whether the candidate's place is its event word's own: told after it ("كما حدث في تفجير
    /// المساجد في القطيف"), or at most [`super::OWN_PLACE_WORDS`] words before it ("وها هم اليوم
    /// في أبها أجازوا لأنفسهم تفجير المساجد", "لا سيما في عدن وتعز، قصف المستشفيات"); not
    /// further back, another verb's place or object ("المنافذ التي تؤدي إلى محافظة تعز وعدن ...
    /// وقامت بالقصف المتعمد للمستشفيات", "في القدس بشكوى ضد يهودي متطرف أيد حرق الكنائس").
    pub(super) fn own_place(&self, c: &Candidate) -> bool {
        let doc = self.doc;
        let Some(l) = c.place.location.as_ref() else {
            return false;
        };
        if l.span[0] >= c.trigger_span.end {
            return true;
        }
        let (Some(p), Some(t)) = (
            doc.token_at(l.span[1] - 1),
            doc.token_at(c.trigger_span.start),
        ) else {
            return false;
        };
        let words = (p + 1..t).filter(|&i| doc.tokens[i].kind != rasd_text::TokenKind::Punct);
        p < t && words.count() <= super::OWN_PLACE_WORDS
    }

    /// A right, an interest or an idea ([`Cue::Idea`]) right after "على" right after the
    /// candidate's event word ("اعتداء على الحقين"): its span.
    pub(super) fn idea_object(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let mut next = self.tokens_after(c, 2)?;
        let first = next.next()?;
        if doc.slice(doc.tokens[first].span) != "على" {
            return None;
        }
        let at = next.next()?;
        self.cue_at_token(at, Cue::Idea)
            .then(|| doc.tokens[at].span)
    }

    /// An abstract noun ([`Cue::Notion`]) told with the event word at token `t` when that is a
    /// verb of blowing up ("فجر", "يفجر", "تفجرت"): right before it, at most a relative pronoun
    /// between ("مفاجأة فجرها", "المشكلة التي فجرها"), or right after it as its object ("فجر
    /// أزمة"), in the candidate's sentence: its span.
    pub(super) fn abstract_blast(&self, c: &Candidate, t: usize) -> Option<Span> {
        let doc = self.doc;
        let token = &doc.tokens[t];
        let verb = ["فجر", "يفجر", "تفجر"]
            .iter()
            .any(|v| token.stem().starts_with(v));
        if !verb || token.clitics.contains(&"ال") {
            return None;
        }
        let s = c.sentence_span;
        let inside = |i: usize| s.contains(doc.tokens[i].span);
        let mut before = t.checked_sub(1).filter(|&i| inside(i));
        if let Some(i) = before {
            if ["التي", "الذي"].contains(&doc.slice(doc.tokens[i].span)) {
                before = i.checked_sub(1).filter(|&i| inside(i));
            }
        }
        let after = Some(t + 1).filter(|&i| i < doc.tokens.len() && inside(i));
        [before, after]
            .into_iter()
            .flatten()
            .find(|&i| self.cue_at_token(i, Cue::Notion))
            .map(|i| doc.tokens[i].span)
    }

    /// The whole phrase of kind `cue` in sentence `s` that holds the token span `at` (a cue
    /// of several words, "على حريق", "الذكرى السنوية"), or `at` itself.
    pub(super) fn phrase_of(&self, s: Span, cue: Cue, at: Span) -> Span {
        crate::mention::in_sentence(&self.cues, s)
            .find(|m| m.value == cue && m.span.contains(at))
            .map_or(at, |m| m.span)
    }

    /// The words of a game, an accident or a disease ([`Cue::Domain`]) in the story's headline,
    /// when it tells no violence of its own: no word of violence, death or injury outside them
    /// ("إطلاق نار على حافلة فريق ... قبل مباراة", "مقتل 60 من الصاعقة" tell violence). (Only
    /// the headline: a lead that opens on a match may go on to the attacks of the week.)
    pub(super) fn story_domain(&self) -> Option<Span> {
        let head = self.doc.sentences.first()?.span;
        let domain: Vec<Span> = crate::mention::in_sentence(&self.cues, head)
            .filter(|m| m.value == Cue::Domain)
            .map(|m| m.span)
            .collect();
        let violence = crate::mention::in_sentence(&self.triggers, head).any(|h| {
            let role = h.value.role;
            (role == Role::Event && h.value.is_violent()
                || role == Role::Kill
                || role == Role::Injure)
                && !domain.iter().any(|d| d.overlaps(h.span))
        });
        domain.first().copied().filter(|_| !violence)
    }

    /// A body found told as the candidate's event word (its last word a word of a body,
    /// [`Cue::Corpse`]: "عثر على جثة"), in a story whose every word of an act of violence is
    /// such a find and which tells an accident, a disaster or a game anywhere ([`Cue::Domain`]:
    /// "غرق"): the first such word, what the body is of.
    pub(super) fn body_of_mishap(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let body = |h: Span| {
            doc.last_token(h)
                .is_some_and(|k| self.cue_at_token(k, Cue::Corpse))
        };
        if !body(c.trigger_span) {
            return None;
        }
        let act = self
            .triggers
            .iter()
            .any(|h| h.value.role == Role::Event && h.value.is_violent() && !body(h.span));
        if act {
            return None;
        }
        self.cues
            .iter()
            .find(|m| m.value == Cue::Domain)
            .map(|m| m.span)
    }

    /// A generic phrase ([`Cue::Generic`]: "الهجوم الإعلامي") in the story's body whose first
    /// word is the definite event word at token `t` of its headline's line again ("الهجوم", with the same
    /// stem and the article, no preposition, a word after it in the phrase): the phrase.
    pub(super) fn named_generic_elsewhere(&self, t: usize) -> Option<Span> {
        let doc = self.doc;
        let word = &doc.tokens[t];
        // (in the headline's line, announcing what the body tells past it)
        let head = doc.slice(Span::new(0, word.span.start));
        if !word.clitics.contains(&"ال") || head.contains('\n') {
            return None;
        }
        let in_body = |m: Span| {
            m.start > word.span.end && doc.slice(Span::new(word.span.end, m.start)).contains('\n')
        };
        // (the word qualified, "الهجوم الإعلامي", with no preposition glued to it: not a
        // purpose, "للقتال")
        let same = |k: usize, phrase: Span| {
            let other = &doc.tokens[k];
            other.clitics.contains(&"ال")
                && !other.has_preposition()
                && other.stem() == word.stem()
                && other.span.end < phrase.end
        };
        self.cues
            .iter()
            .filter(|m| m.value == Cue::Generic && in_body(m.span))
            .find(|m| doc.token_at(m.span.start).is_some_and(|k| same(k, m.span)))
            .map(|m| m.span)
    }

    /// Whether no word of violence, death or injury of the whole report stands outside `event`.
    pub(super) fn alone_in_story(&self, event: Span) -> bool {
        !self.triggers.iter().any(|h| {
            !h.span.overlaps(event)
                && match h.value.role {
                    Role::Kill | Role::Injure => true,
                    Role::Event => h.value.is_violent(),
                    _ => false,
                }
        })
    }

    /// Whether a word of surviving ([`Cue::Survive`]: "نجا", "نجت") stands before the intent cue
    /// `cue` in its clause ("نجا قائد الشرطة، أمس، من محاولة اغتيال").
    pub(super) fn survived(&self, sentence: Span, cue: Span) -> bool {
        let doc = self.doc;
        let (Some(first), Some(i)) = (doc.token_at(sentence.start), doc.token_at(cue.start)) else {
            return false;
        };
        (first..i)
            .rev()
            .take_while(|&k| !self.cue_at_token(k, Cue::Clause))
            .any(|k| self.cue_at_token(k, Cue::Survive))
    }

    /// The words naming an incident by its place ([`Cue::Eponym`]: an event noun without the
    /// article, then a place name with no preposition glued to it, "تفجير سروج", "معركة
    /// الفلوجة", a feature noun without the article may stand between, "معارك مدينة تل أبيض"),
    /// when the candidate stands past the headline and the lead (a byline read but not counted),
    /// inside its sentence (one that opens on the name is rather a section's heading run into
    /// its first sentence: "معارك تعز وأسفرت المعارك ..."), and has no day of its own.
    pub(super) fn named_by_place(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let first = doc.token_at(c.trigger_span.start)?;
        if doc
            .sentence_of_token(first)
            .is_some_and(|s| doc.sentences[s].tokens.start == first)
        {
            return None;
        }
        let last = doc.last_token(c.trigger_span)?;
        // (past a byline too: "تركيا تحجب تويتر ..." / "لجين الأحمدي – عين اليوم" / "قررت
        // السلطات ... بمنع تداول صور تفجير بلدة سروج" is the lead)
        if c.sentence < LEAD_SENTENCES
            || c.sentence == LEAD_SENTENCES && (1..LEAD_SENTENCES).any(|k| self.byline_line(k))
            || c.own_day()
            || !self.cue_at_token(last, Cue::Eponym)
            || doc.tokens[last].clitics.contains(&"ال")
        {
            return None;
        }
        // (a feature noun without the article may stand between: "معارك مدينة تل أبيض")
        let feature = |i: usize| {
            self.cue_at_token(i, Cue::PlaceBack) && !doc.tokens[i].clitics.contains(&"ال")
        };
        let after = if feature(last + 1) {
            last + 2
        } else {
            last + 1
        };
        let next = doc.tokens.get(after)?;
        let place = crate::mention::starting_in(&self.places, |p| p.span.start, next.span)
            .first()
            .filter(|p| p.span.start == next.span.start)?;
        Some(c.trigger_span.cover(place.span))
    }

    /// The span of a figure of [`CAMPAIGN_ACTS`] or more right before a word of an act of
    /// violence in the sentence part `s` (the acts themselves counted; not the dead, the
    /// wounded, the protesters or the hostages). Large figures are few: each is looked up, the
    /// word after it by binary search.
    pub(super) fn acts_counted(&self, s: Span) -> Option<Span> {
        let doc = self.doc;
        let numbers = if self.numbers_sorted {
            crate::mention::starting_in(&doc.numbers, |n| n.span.start, s)
        } else {
            &doc.numbers[..]
        };
        numbers
            .iter()
            .filter(|n| {
                s.contains(n.span)
                    && !n.date
                    && n.max.unwrap_or(n.min) >= CAMPAIGN_ACTS
                    // (not a year: "19 يوليو 2015 بقصف")
                    && !self.dates_around(n.span).iter().any(|d| d.span.contains(n.span))
            })
            .find(|n| {
                let Some(next) = doc.tokens.get(n.tokens.end) else {
                    return false;
                };
                crate::mention::starting_in(&self.triggers, |h| h.span.start, next.span)
                    .iter()
                    .any(|h| {
                        h.tokens.0 == n.tokens.end
                            && h.value.role == Role::Event
                            && h.value.plover_event.as_deref() == Some("ASSAULT")
                            && h.value.sub_event_type.as_deref() != Some(ABDUCTION)
                    })
            })
            .map(|n| n.span)
    }

    /// Whether the candidate names an armed or political side (a rebel group, a militia, a
    /// state's forces abroad): an arrest of its members is a development of a conflict.
    pub(super) fn side_named(c: &Candidate) -> bool {
        use rasd_core::ActorKind::{External, IdentityMilitia, PoliticalMilitia, Rebel};
        [&c.actor1, &c.actor2].into_iter().flatten().any(|a| {
            matches!(
                a.kind,
                Rebel | PoliticalMilitia | IdentityMilitia | External
            )
        })
    }

    /// Whether the candidate names a state's forces or an armed or political side as either
    /// actor.
    pub(super) fn side_of_state_or_arms(c: &Candidate) -> bool {
        use rasd_core::ActorKind::{External, IdentityMilitia, PoliticalMilitia, Rebel, State};
        [&c.actor1, &c.actor2].into_iter().flatten().any(|a| {
            matches!(
                a.kind,
                State | Rebel | PoliticalMilitia | IdentityMilitia | External
            )
        })
    }

    /// Whether the candidate may be harm among private persons: an attack or a clash (not an
    /// abduction, a kidnapping of its own) naming no armed, political or state side as either
    /// actor (civilians, protesters or rioters alone).
    pub(super) fn private_harm_kind(c: &Candidate) -> bool {
        matches!(c.event_type.as_str(), rasd_core::BATTLES | rasd_core::VAC)
            && c.sub_event_type != ABDUCTION
            && !Self::side_of_state_or_arms(c)
    }

    /// Whether the candidate may be the harm of a personal quarrel its story's headline tells
    /// ([`Context::private_story`]): an attack or a clash (not an abduction), or an explosion
    /// set off on the ground (not an air strike or shelling, a war's weapons: "أقدم على تفجير
    /// منزله"), naming no armed or political side (the police named with it arrest or tell:
    /// "ألقت الشرطة القبض على رجل أقدم على تفجير منزله").
    pub(super) fn quarrel_harm_kind(c: &Candidate) -> bool {
        let ground_blast = c.event_type == rasd_core::EXPLOSIONS
            && !matches!(
                c.sub_event_type.as_str(),
                crate::mention::AIR_STRIKE | SHELLING
            );
        (matches!(c.event_type.as_str(), rasd_core::BATTLES | rasd_core::VAC) || ground_blast)
            && c.sub_event_type != ABDUCTION
            && !Self::side_named(c)
    }

    /// The title of a work that holds the event word at token `t` of sentence `s`: the words
    /// quoted around it, when a word of a work ([`Cue::Work`]: "مسرحية", "فيلم", "بعنوان") stands
    /// right before the opening quotation mark, here or before the same quoted words elsewhere in
    /// the story (a headline that is only the title: "«نزهة في ميدان المعركة» بالطائف", then
    /// "تعرض الجمعية مسرحية «نزهة في ميدان المعركة»"). The span of that word.
    pub(super) fn titled(&self, t: usize, s: Span) -> Option<Span> {
        let doc = self.doc;
        if !doc.in_quotation(t) {
            return None;
        }
        let (first, last) = (doc.token_at(s.start)?, doc.token_at(s.end.checked_sub(1)?)?);
        let quote = |i: usize| doc.tokens[i].kind == TokenKind::Quote;
        let open = (first..t).rev().find(|&i| quote(i))?;
        let close = (t + 1..=last).find(|&i| quote(i))?;
        if open > first && self.cue_at_token(open - 1, Cue::Work) {
            return Some(doc.tokens[open - 1].span);
        }
        let words = &doc.tokens[open + 1..close];
        if words.len() > TITLE_WORDS {
            return None;
        }
        (1..doc.tokens.len().saturating_sub(words.len() + 1))
            .filter(|&j| j != open && quote(j) && self.cue_at_token(j - 1, Cue::Work))
            .find(|&j| {
                let there = &doc.tokens[j + 1..j + 1 + words.len()];
                quote(j + 1 + words.len()) && there.iter().zip(words).all(|(a, b)| a.key == b.key)
            })
            .map(|j| doc.tokens[j - 1].span)
    }

    /// Whether the word of a count over a period at token `i` ("حصيلة") tells the risen toll of
    /// the one incident of the event word at token `t`: a verb of revision right before it
    /// ("وارتفعت حصيلة ضحايا الهجوم ... إلى 120 قتيلا"), or a demonstrative when the event word
    /// names an incident told before ([`Context::anaphor_at`]), the toll just told of it
    /// ("أحصينا ثمانية قتلى و128 جريحا في هذا الهجوم؛ لكن هذه الحصيلة يمكن أن تتغير"; not "هذه
    /// الحصيلة تتضمن 844 قتيلا" of a month's dead), and an event word in the singular (the toll
    /// of "الانفجارين", "الغارات" sums several incidents).
    pub(super) fn risen_toll(&self, t: usize, i: usize) -> bool {
        let doc = self.doc;
        let several = |w: &rasd_text::Token| {
            let stem = w.stem();
            stem.chars().count() >= DUAL_CHARS
                && (rasd_text::has_dual_ending(stem) || rasd_text::has_feminine_plural_ending(stem))
        };
        i > 0
            && (self.cue_at_token(i - 1, Cue::Revised)
                || self.cue_at_token(i - 1, Cue::Demonstrative) && self.anaphor_at(t))
            && !self.cue_at_token(t, Cue::Plural)
            && doc.tokens.get(t).is_some_and(|w| !several(w))
    }

    /// The word of flying ([`Cue::Hover`]) of an air strike whose event word is an aircraft
    /// ([`Cue::Aircraft`], or a weapon or aircraft named, [`Cue::Means`]), at most
    /// [`HOVER_WORDS`] words before or after it in its sentence, when its sentence tells no
    /// death or injury and no act of violence but aircraft and weapons named and acts denied (a
    /// word of negation at most [`DENIED_ACT_WORDS`] words before the act in its clause).
    pub(super) fn hovering(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let t = doc.token_at(c.trigger_span.start)?;
        let s = c.sentence_span;
        let named =
            |k: usize| self.cue_at_token(k, Cue::Aircraft) || self.cue_at_token(k, Cue::Means);
        if c.sub_event_type != crate::mention::AIR_STRIKE
            || !named(t)
            || c.kill_word.is_some()
            || c.injury_word.is_some()
            || !c.kills.is_empty()
            || !c.injuries.is_empty()
        {
            return None;
        }
        let cue = self
            .cue_before(s, t, HOVER_WORDS, Cue::Hover)
            .or_else(|| self.cue_after(c, HOVER_WORDS, Cue::Hover))?;
        let act = crate::mention::in_sentence(&self.triggers, s).any(|h| match h.value.role {
            Role::Kill | Role::Injure => true,
            Role::Event if h.value.is_violent() => doc.token_at(h.span.start).is_some_and(|k| {
                !named(k)
                    && self
                        .cue_in_clause_before(s, k, DENIED_ACT_WORDS, Cue::Negation)
                        .is_none()
            }),
            _ => false,
        });
        (!act).then_some(cue)
    }

    /// Whether sentence `k` after the headline is a byline or a dateline (at most
    /// [`BYLINE_WORDS`] words and no word of the lexicons' triggers).
    fn byline(&self, k: usize) -> bool {
        let doc = self.doc;
        doc.sentences.get(k).is_some_and(|sentence| {
            k > 0
                && sentence.tokens.len() <= BYLINE_WORDS
                && crate::mention::in_sentence(&self.triggers, sentence.span)
                    .next()
                    .is_none()
        })
    }

    /// Whether sentence `k` is a byline ([`Context::byline`]) on a line of its own: only spaces
    /// between it and the line breaks before and after it.
    fn byline_line(&self, k: usize) -> bool {
        let doc = self.doc;
        let Some(sentence) = doc.sentences.get(k) else {
            return false;
        };
        let before = doc.slice(Span::new(0, sentence.span.start));
        let after = doc.slice(Span::new(sentence.span.end, doc.char_len()));
        let blank = |c: char| c.is_whitespace() && c != '\n';
        self.byline(k)
            && before.trim_end_matches(blank).ends_with('\n')
            && after.trim_start_matches(blank).starts_with('\n')
    }

    /// The spans of the story's headline and lead: its first [`LEAD_SENTENCES`] sentences, a
    /// byline or a dateline after the headline read but not counted ("نايف السعدي – الطائف": at
    /// most [`BYLINE_WORDS`] words and no word of the lexicons' triggers), so that the lead is
    /// also the sentence after it ("توفي شخصان وأصيب 5 آخرين ... إثر انقلاب مركبتهم"). A sentence
    /// reached past a byline is left out when it or the headline tells violence (a violent
    /// event word: "أصيب 5 أشخاص بسبب سقوط مقذوفات ... وأوضح المتحدث باسم الدفاع المدني",
    /// "بعد الجريمة الإرهابية.."): its words of rescue then tell the attack's aftermath.
    pub(super) fn lead_sentences(&self) -> Vec<Span> {
        let doc = self.doc;
        let violent = |span: Span| {
            crate::mention::in_sentence(&self.triggers, span)
                .any(|h| h.value.role == Role::Event && h.value.is_violent())
        };
        let mut lead = Vec::with_capacity(LEAD_SENTENCES + 1);
        let mut counted = 0;
        let mut past_byline = false;
        for (k, sentence) in doc.sentences.iter().enumerate() {
            if counted >= LEAD_SENTENCES || k > LEAD_SENTENCES {
                break;
            }
            if self.byline(k) {
                // (read as before: a short piece of the headline holds no trigger either,
                // "شاهد.. 10 فرق تخمد حريق مستودع بصبيا..")
                lead.push(sentence.span);
                past_byline = true;
                continue;
            }
            counted += 1;
            let told_violence = || violent(sentence.span) || violent(doc.sentences[0].span);
            if !(past_byline && told_violence()) {
                lead.push(sentence.span);
            }
        }
        lead
    }
}
