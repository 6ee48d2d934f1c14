//! Who speaks and where: a place in a headline's tag of who spoke, the subject of a verb of
//! condemning or of a sentence's opening, a place that is the whole of a quotation (a newspaper,
//! a channel), and how a place mention is told as a speaker's (`Speech`).

use super::*;

impl Context<'_> {
    /// Whether the place mention of tokens `first..=last` stands in a headline's tag of who
    /// spoke, before a colon ("خطباء مساجد أملج : تفجير مسجد ...", "قنصل المملكة في لوس
    /// انجلوس: التفجير ..."): its sentence opens with at most [`SPEAKER_WORDS`] words, none
    /// an event word, then the place and at most [`TAG_TAIL_WORDS`] words, then a colon. A
    /// place that opens the sentence ("بغداد: مقتل ...") says where, as a dateline does.
    pub(super) fn speaker_tag(&self, first: usize, last: usize) -> bool {
        let Some(s) = self.doc.sentence_of_token(first) else {
            return false;
        };
        let start = self.doc.sentences[s].tokens.start;
        let end = self.doc.sentences[s].tokens.end;
        if first <= start || first - start > SPEAKER_WORDS {
            return false;
        }
        let tokens = &self.doc.tokens;
        let Some(colon) = (last + 1..(last + 2 + TAG_TAIL_WORDS).min(end))
            .find(|&i| tokens[i].kind == TokenKind::Punct)
            .filter(|&i| tokens[i].key == ":")
        else {
            return false;
        };
        let tag = Span::new(tokens[start].span.start, tokens[colon].span.start);
        self.doc.no_punct(start..first)
            && !starting_in(&self.triggers, |h| h.span.start, tag)
                .iter()
                .any(|h| h.value.tells_harm())
    }

    /// Whether the place mention opening at token `first` stands in the long subject of a verb
    /// of condemning told before it (at most [`SUBJECT_WORDS`] words, commas allowed: a name
    /// and titles), whose object is the event word after it, in a sentence that places the event
    /// after its word ("استنكر المدير العام لفرع الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن
    /// المنكر بمنطقة الرياض ...، التفجير الآثم الذي وقع ... في منطقة عسير"): the condemners'
    /// place. No event word stands between the verb and the place.
    pub(super) fn condemner_subject(&self, first: usize, trigger: Span) -> bool {
        let Some(s) = self.doc.sentence_of_token(first) else {
            return false;
        };
        let sentence = &self.doc.sentences[s];
        let tokens = &self.doc.tokens;
        let from = first
            .saturating_sub(SUBJECT_WORDS)
            .max(sentence.tokens.start);
        let Some(verb) = (from..first)
            .rev()
            .take_while(|&i| tokens[i].kind != TokenKind::Punct || comma(&tokens[i].key))
            .find(|&i| self.cue_at_token(i, Cue::Condemn))
        else {
            return false;
        };
        let between = Span::new(tokens[verb].span.end, tokens[first].span.start);
        if !starting_in(&self.triggers, |h| h.span.start, between).is_empty() {
            return false;
        }
        let end = tokens[sentence.tokens.end - 1].span.end;
        let after = Span::new(trigger.end, end.max(trigger.end));
        !starting_in(&self.places, |q| q.span.start, after).is_empty()
    }

    /// Whether the place mention of tokens `first..=last` stands in the subject that opens its
    /// sentence (at most [`SPEAKER_WORDS`] words before it, no event word and no punctuation),
    /// followed within [`OPENING_TAIL_WORDS`] words (a name, a rank, a comma) by a verb of
    /// saying or condemning told before the event word ("مدير شرطة محافظة الطائف العميد
    /// ...، أكد أن التفجير الإرهابي الذي وقع بالمسجد ..."): the speaker's place.
    pub(super) fn opening_subject(&self, first: usize, last: usize, trigger: Span) -> bool {
        let Some(s) = self.doc.sentence_of_token(first) else {
            return false;
        };
        let sentence = &self.doc.sentences[s];
        let tokens = &self.doc.tokens;
        let start = sentence.tokens.start;
        if first - start > SPEAKER_WORDS || !self.doc.no_punct(start..first) {
            return false;
        }
        let head = Span::new(tokens[start].span.start, tokens[first].span.start);
        if !starting_in(&self.triggers, |h| h.span.start, head).is_empty() {
            return false;
        }
        let end = (last + 1 + OPENING_TAIL_WORDS).min(sentence.tokens.end);
        for (i, tok) in tokens.iter().enumerate().take(end).skip(last + 1) {
            if tok.span.start >= trigger.start || tok.kind == TokenKind::Punct && !comma(&tok.key) {
                return false;
            }
            let said = starting_in(&self.triggers, |h| h.span.start, tok.span)
                .iter()
                .any(|h| h.tokens.0 == i && matches!(h.value.role, Role::Claim | Role::Negative));
            if said || self.cue_at_token(i, Cue::Condemn) {
                return true;
            }
        }
        false
    }

    /// Whether the place mention of tokens `first..=last` stands in the title of the subject of
    /// a verb of saying that opens its sentence, whose clause after "أن" or "إن" tells the event
    /// ("وأكد علي بن بدر المهاشير عضو المجلس المحلي بالقطيف، أن العمل الإرهابي الجبان الذي
    /// استهدف رجال الأمن ..."): a post or an office word stands between the verb and the place,
    /// at most [`TITLE_WORDS`] words after the verb, with no punctuation and no event word
    /// between; "أن" follows the place within [`OPENING_TAIL_WORDS`] words (a name, a rank,
    /// commas) and the event word after it, or, after a verb of describing ([`Cue::Describe`]),
    /// the event word itself as its object ("ووصف ... مدير السجون بمنطقة جازان الحادث
    /// الإجرامي بالجبان"). The speaker's office, not where it happened.
    pub(super) fn titled_subject(&self, first: usize, last: usize, trigger: Span) -> bool {
        let Some(s) = self.doc.sentence_of_token(first) else {
            return false;
        };
        let sentence = &self.doc.sentences[s];
        let tokens = &self.doc.tokens;
        let verb = sentence.tokens.start;
        if first <= verb + 1 || first - verb > TITLE_WORDS {
            return false;
        }
        let said = starting_in(&self.triggers, |h| h.span.start, tokens[verb].span)
            .iter()
            .any(|h| h.tokens.0 == verb && h.tokens.1 < first && h.value.role == Role::Claim);
        // (or a verb of describing, whose object is the event word itself: "ووصف العقيد ...
        // مدير السجون بمنطقة جازان الحادث الإجرامي بالجبان")
        let describe = self.cue_at_token(verb, Cue::Describe);
        if !(said || describe) || !self.doc.no_punct(verb..first) {
            return false;
        }
        let subject = Span::new(tokens[verb].span.end, tokens[first].span.start);
        let event = |h: &crate::mention::Hit<&'static rasd_lexicon::Trigger>| h.value.tells_harm();
        if starting_in(&self.triggers, |h| h.span.start, subject)
            .iter()
            .any(event)
            || !(verb + 1..first)
                .any(|i| self.cue_at_token(i, Cue::Post) || self.cue_at_token(i, Cue::Office))
        {
            return false;
        }
        let end = (last + 1 + OPENING_TAIL_WORDS).min(sentence.tokens.end);
        for (i, tok) in tokens.iter().enumerate().take(end).skip(last + 1) {
            if describe && tok.span.start == trigger.start {
                return true;
            }
            if tok.span.start >= trigger.start || tok.kind == TokenKind::Punct && !comma(&tok.key) {
                return false;
            }
            if starting_in(&self.triggers, |h| h.span.start, tok.span)
                .iter()
                .any(event)
            {
                return false;
            }
            if self.cue_at_token(i, Cue::That) {
                return true;
            }
        }
        false
    }

    /// Whether a place mention is the whole of a quotation with no place cue before it
    /// ('مؤكدين في حديثهم مع "الرياض"'; not 'في ضاحية «مدينة الصدر»'): a newspaper, a channel
    /// or an operation named after a place, not a place.
    pub(super) fn quoted_alone(&self, p: &rasd_geo::PlaceMention) -> bool {
        let quote = |a: usize, b: usize| {
            b > a
                && self
                    .doc
                    .slice(Span::new(a, b))
                    .chars()
                    .all(rasd_text::is_quote)
        };
        // (a name that opens with a feature word is a place: «قاعدة العند», «مطار صنعاء»; and
        // so is one that a feature word names right before the quotation: قاعدة «العند»)
        let feature =
            p.text.split_whitespace().next().is_some_and(|w| {
                p.text.contains(' ') && FEATURE_WORDS.contains(&rasd_text::key(w))
            });
        let feature_before = p.span.start > 1
            && (self.doc.token_at(p.span.start - 1))
                .and_then(|q| q.checked_sub(1))
                .is_some_and(|i| FEATURE_WORDS.contains(self.doc.tokens[i].stem()));
        p.cue.is_none()
            && !feature
            && !feature_before
            && p.span.start > 0
            && quote(p.span.start - 1, p.span.start)
            && quote(p.span.end, p.span.end + 1)
    }

    /// How a place mention stands to the verbs of saying around it ([`Speech`]).
    pub(super) fn speaks(&self, p: &rasd_geo::PlaceMention) -> Speech {
        let t = self.doc.last_token(p.span).unwrap_or(0);
        let first = self.doc.token_at(p.span.start).unwrap_or(t);
        let after = Span::new(p.span.end, p.span.end + 40);
        // (in the same sentence: "... في الصومال. وأضاف الرئيس" is no speaker's place)
        let sentence = self.doc.sentence_of_token(t);
        let verbs = starting_in(&self.triggers, |h| h.span.start, after);
        let plain = |h: &&crate::mention::Hit<&'static rasd_lexicon::Trigger>| {
            self.doc.no_punct(t + 1..h.tokens.0)
        };
        // (a verb joined by "و" after a comma opens a clause of its own: "ندد ... بالتفجير
        // بعسير، وقالوا" is no speaker's place)
        let next_verb = verbs.iter().find(|h| {
            h.value.role == Role::Claim
                && h.tokens.0 > t
                && h.tokens.0 <= t + 2
                && self.doc.sentence_of_token(h.tokens.0) == sentence
                && (plain(h) || !self.doc.tokens[h.tokens.0].clitics.contains(&"و"))
        });
        // or a verb of condemning ("أهالي بريدة ينددون بتفجير ...", "قنصل المملكة في لوس
        // انجلوس يستنكر التفجير")
        let condemn_next = (t + 1..=t + 2)
            .take_while(|&i| {
                self.doc
                    .tokens
                    .get(i)
                    .is_some_and(|tok| tok.kind != TokenKind::Punct)
                    && self.doc.sentence_of_token(i) == sentence
            })
            .any(|i| self.cue_at_token(i, Cue::Condemn));
        // or a noun of condolence a few words on, in its clause, with no event word between:
        // those who offer them ("قدمت بلدية الخبر أحر التعازي لذوي ضحايا التفجير")
        let condole_next = (t + 1..=t + CONDOLE_WORDS)
            .take_while(|&i| {
                self.doc.tokens.get(i).is_some_and(|tok| {
                    tok.kind != TokenKind::Punct
                        && starting_in(&self.triggers, |h| h.span.start, tok.span).is_empty()
                }) && self.doc.sentence_of_token(i) == sentence
            })
            .any(|i| self.cue_at_token(i, Cue::Condole));
        let condemn_next = condemn_next || condole_next;
        let verb_next_plain = next_verb.is_some_and(|h| plain(&h)) || condemn_next;
        let before = Span::new(p.span.start.saturating_sub(30), p.span.start);
        let said_before = starting_in(&self.triggers, |h| h.span.start, before);
        // (or right after a verb of condemning: "دانت الجزائر بشدة التفجير")
        let after_verb = matches!(p.feature.as_str(), "country" | "city" | "admin1")
            && (said_before
                .iter()
                .any(|h| h.value.role == Role::Claim && h.tokens.1 == first)
                || first > 0 && self.cue_at_token(first - 1, Cue::Condemn));
        Speech {
            verb_next: next_verb.is_some() || condemn_next,
            verb_next_plain,
            after_verb,
        }
    }
}
