//! Days told in the incident's sentence that belong to another act beside it, and a story's
//! day of saying that a turn to another matter leaves behind: an undated act is better
//! undated than given another act's or a statement's day.

use rasd_lexicon::Role;
use rasd_text::{Span, TokenKind};

use super::{act_and_day_sentences, RELATIVE_WORDS};
use crate::dates::DateMention;
use crate::lexicon::Cue;
use crate::mention::Context;
use rasd_core::place_name::normalize_place;

impl Context<'_> {
    /// Whether `d`, told after the incident's words in their clause, dates another act told
    /// beside them: the act of a relative clause of another noun ([`Self::day_of_relative_act`])
    /// or what came before or after the incident ([`Self::day_of_precedent`]).
    pub(crate) fn day_of_neighbour_act(&self, d: &DateMention, trigger_span: Span) -> bool {
        self.day_of_relative_act(d, trigger_span) || self.day_of_precedent(d, trigger_span)
    }

    /// Whether `d` is a day told right after "منذ" ([`Cue::SinceYear`]) after the incident's
    /// words in their sentence, in a clause of a running count: a verb or noun of a total
    /// ([`Cue::Total`]: "يرتفع", "ارتفع", "إجمالي") before "منذ" in its clause, after
    /// punctuation that parts it from the incident's words ("وقتل جنديان وأصيب اثنان آخران في
    /// الانفجار كما قتل حارس قرية، وبذلك يرتفع عدد القتلى ... منذ 20 يوليو تموز إلى 18 شخصًا"):
    /// the start of the count, not the day of the incident, which the story's day dates
    /// instead. Without the count the day after "منذ" is when what goes on began ("تشن هجومًا
    /// عنيفًا منذ صباح اليوم", "أوقفت، منذ أمس الجمعة، 320 شخصاً") and still dates it.
    pub(crate) fn day_since_of_count(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let (Some(last), Some(first)) = (doc.last_token(trigger_span), doc.token_at(d.span.start))
        else {
            return false;
        };
        let Some(since) = (first.saturating_sub(1)..=first)
            .rev()
            .find(|&i| self.cue_at_token(i, Cue::SinceYear))
        else {
            return false;
        };
        since > last
            && doc.sentence_of_token(last) == doc.sentence_of_token(since)
            && !doc.no_punct(last + 1..since)
            && self.cue_in_clause(last + 1, since, Cue::Total).is_some()
    }

    /// Whether `d` ends a phrase opened by "منذ" ([`Cue::SinceYear`]) after the incident's words
    /// in their sentence that names another act by an event word and no death or injury, no
    /// punctuation between "منذ" and `d`, and `d` is a month, a year or a day past the story's
    /// clock: the time of that act, the start of the stretch the sentence measures the incident against ("وأدى هذا التفجير
    /// إلى مقتل نحو 120 شخصًا ... في ما يعد من أكثر التفجيرات دموية التي ينفذها التنظيم منذ
    /// هجومه الواسع في العراق العام الماضي"), not the incident's day.
    pub(crate) fn day_of_act_since(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        if d.story_clock(self.published) {
            return false;
        }
        let (Some(last), Some(first)) = (doc.last_token(trigger_span), doc.token_at(d.span.start))
        else {
            return false;
        };
        if first <= last + 1 || doc.sentence_of_token(last) != doc.sentence_of_token(first) {
            return false;
        }
        let Some(since) = self.cue_in_clause(last + 1, first, Cue::SinceYear) else {
            return false;
        };
        // (the phrase tells no death or injury: a toll told there is that act's, and the
        // incident's words measured against it, "وهذا أسوأ هجوم ينفذه متطرفون إسرائيليون منذ
        // احراق شاب فلسطيني حتى الموت ردا على مقتل ثلاثة اسرائيليين ... قبل عام", no retelling)
        let phrase = Span::new(doc.tokens[since].span.end, d.span.start);
        let words: Vec<_> = crate::context::in_sentence(&self.triggers, phrase)
            .filter(|h| phrase.contains(h.span))
            .collect();
        words.iter().any(|h| h.value.role == Role::Event)
            && !(words.iter()).any(|h| matches!(h.value.role, Role::Kill | Role::Injure))
    }

    /// Whether `d`, a day of the story told before a sentence part, is the day of another act
    /// beside an incident of its own sentence ([`Self::day_of_neighbour_act`] for an event word
    /// told before it there): the day of that act alone, no clock for what the story tells
    /// after it ("... في منطقة "دار سعد" التي ارتكب فيها الحوثيون قبل يومين مجزرة مروعة" and
    /// then "وأشارت المصادر الطبية ذاتها إلى أن عاملين في الصليب الأحمر الدولي انتشلوا جثث 24").
    pub(crate) fn neighbour_day(&self, d: &DateMention) -> bool {
        let doc = self.doc;
        // (a day of saying is the news's, which the story's clock keeps: "في الوقت الذي أعلنت
        // فيه المقاومة اليمنية اليوم عن مقتل 22 ... باشتباكات" and then "فيما قتل 9 ... بمأرب")
        if self.said(d) || self.statement_day(d) {
            return false;
        }
        let Some(s) = doc.sentence_at(d.span.start) else {
            return false;
        };
        let before = Span::new(doc.sentences[s].span.start, d.span.start);
        crate::context::in_sentence(&self.triggers, before)
            .filter(|h| h.value.role == Role::Event)
            .any(|h| self.day_of_neighbour_act(d, h.span))
    }

    /// Whether `d` stands in a relative clause that describes another noun told after the
    /// incident's words (the pronoun more than [`RELATIVE_WORDS`] words after them, no other
    /// relative pronoun between them and it, no punctuation between it and `d`), and that
    /// clause tells an act of its own: its event words up to the next punctuation are all of
    /// another type than the incident's ("قتلوا في قصف تعرض له منزلهم في منطقة "دار سعد" التي
    /// ارتكب فيها الحوثيون قبل يومين مجزرة مروعة": two days ago is the massacre's). An act of
    /// the incident's type may be the incident told again ("التي شهدت الأربعاء اشتباكات دامية"
    /// after "تستمر المعارك"), a change of territory the taking in which it happened ("خلال
    /// عملية مداهمة لمدينة القريتين التي استولوا عليها الاربعاء"). Only for an incident named
    /// by an event word of its own (a death alone may be of that act), and only for a day of
    /// the story's clock: a month, a year or a day long past told so is the noun's history,
    /// which `told_of_another` reads.
    fn day_of_relative_act(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        if !d.story_clock(self.published) {
            return false;
        }
        let (Some(last), Some(first), Some(end)) = (
            doc.last_token(trigger_span),
            doc.token_at(d.span.start),
            doc.last_token(d.span),
        ) else {
            return false;
        };
        let Some(s) = doc.sentence_of_token(last) else {
            return false;
        };
        let sentence_end = doc.sentences[s].tokens.end;
        if first <= last + 1 || end >= sentence_end {
            return false;
        }
        let own_types: Vec<&str> = crate::context::in_sentence(&self.triggers, trigger_span)
            .filter(|h| h.value.role == Role::Event)
            .filter_map(|h| h.value.event_type.as_deref())
            .collect();
        let Some(rel) = self.cue_in_clause(last + 1, first, Cue::Relative) else {
            return false;
        };
        let words = (last + 1..rel)
            .filter(|&i| !matches!(doc.tokens[i].kind, TokenKind::Punct | TokenKind::Quote))
            .count();
        // (a relative clause chained to one of the incident's words, "للتفجيرات الإرهابية التي
        // تنفذها ... والتي كان آخرها يوم أمس الأول", still describes them)
        if own_types.is_empty()
            || words <= RELATIVE_WORDS
            || (last + 1..rel).any(|i| self.cue_at_token(i, Cue::Relative))
        {
            return false;
        }
        // the clause, from the pronoun to the first punctuation after the day
        let close = (end + 1..sentence_end)
            .find(|&i| doc.tokens[i].kind == TokenKind::Punct)
            .unwrap_or(sentence_end);
        let clause = Span::new(doc.tokens[rel].span.end, doc.tokens[close - 1].span.end);
        // (a word of death or injury before the day tells of the incident's own victims: "عدد
        // القتلى الذين قضوا يوم أمس جراء قصف الطيران المروحي")
        let victims = Span::new(clause.start, d.span.start);
        !crate::context::in_sentence(&self.triggers, victims)
            .any(|h| matches!(h.value.role, Role::Kill | Role::Injure))
            && {
                let mut acts = crate::context::in_sentence(&self.triggers, clause)
                    .filter(|h| h.value.role == Role::Event)
                    .peekable();
                acts.peek().is_some()
                    && acts.all(|h| {
                        (h.value.event_type.as_deref()).is_some_and(|t| !own_types.contains(&t))
                            && !(h.value.sub_event_type.as_deref())
                                .is_some_and(crate::mention::territory_change)
                    })
            }
    }

    /// Whether the incident's words are the object of a verb of preceding or following right
    /// before them ([`Cue::Precede`]) and `d` is told after them in their clause: the day of
    /// the verb's subject, the act that came before or after ("وسبق الهجوم نشر مئات من
    /// المقاتلين والعسكريين بمحيط القاعدة أول أمس الاحد": Sunday is the deployment's, the
    /// attack came on Monday).
    fn day_of_precedent(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let (Some(t0), Some(last), Some(first)) = (
            doc.token_at(trigger_span.start),
            doc.last_token(trigger_span),
            doc.token_at(d.span.start),
        ) else {
            return false;
        };
        first > last
            && doc.sentence_of_token(t0) == doc.sentence_of_token(first)
            && self.object_of_preceding(t0)
            && doc.no_punct(last + 1..first)
    }

    /// Whether the words at token `t0` are the object of a verb of preceding or following
    /// right before them ([`Cue::Precede`]: "وسبق الهجوم", "تلا القصف").
    pub(crate) fn object_of_preceding(&self, t0: usize) -> bool {
        t0 > 0 && self.cue_at_token(t0 - 1, Cue::Precede)
    }

    /// Whether sentence part `span` opens a sentence on a turn to another matter ("إلى ذلك"،
    /// "من جهة أخرى": [`Cue::Turn`], [`Cue::Aside`]) and `d`, the story's day told before that
    /// sentence, is a day of saying ([`Context::said`], [`Context::statement_day`]): when a
    /// statement of the matter left behind was made ("وأفادت السلطات القضائية في بيان رسمي
    /// أمس" and then "إلى ذلك، ارتفعت حصيلة الهجمات الصاروخية التي استهدفت منطقة الحديد"),
    /// no day of the act the story turns to.
    pub(crate) fn turned_from_saying(&self, span: Span, d: &DateMention) -> bool {
        let doc = self.doc;
        doc.sentence_at(span.start).is_some_and(|s| {
            let sentence = &doc.sentences[s];
            !sentence.tokens.is_empty()
                && d.span.end <= sentence.span.start
                && (self.cue_at_token(sentence.tokens.start, Cue::Turn)
                    || self.cue_at_token(sentence.tokens.start, Cue::Aside))
                && (self.said(d) || self.statement_day(d))
        })
    }

    /// Whether `d`, a day told before sentence part `span`, is told in an earlier paragraph (a
    /// line break between its sentence and the part's).
    pub(crate) fn day_of_earlier_paragraph(&self, d: &DateMention, span: Span) -> bool {
        let doc = self.doc;
        let Some((own, ds)) = act_and_day_sentences(doc, span, d) else {
            return false;
        };
        (ds..own).any(|s| self.line_end(s))
    }

    /// Whether `d`, the story's day told in an earlier paragraph than sentence part `span`, is
    /// the day of that paragraph's own act: a day before the news (two days or more before
    /// publication), not one of saying, told past the lead in a sentence whose event words are
    /// all of another kind than `event_type` ("أبلغ ... بأن داعش أعدم نحو 50 شخصا من أهالي
    /// الفلوجة ... أول من أمس" and, a paragraph on, "وقالت مصادر إن القوات العراقية سيطرت على
    /// مناطق وطرق شرق الرمادي"). The act of the later paragraph is told without a day of its
    /// own: it is left undated, not given the executions' day. The day of the news, yesterday
    /// or today, is the whole round-up's and still dates it.
    pub(crate) fn day_of_earlier_paragraphs_act(
        &self,
        d: &DateMention,
        event_type: &str,
        span: Span,
    ) -> bool {
        let doc = self.doc;
        let Some((own, ds)) = act_and_day_sentences(doc, span, d) else {
            return false;
        };
        if ds >= own
            || ds < super::LEAD_DAY_SENTENCES
            || !crate::context::past_news(d, self.published)
            || self.said(d)
            || self.statement_day(d)
        {
            return false;
        }
        // (a line break between the day's sentence and the part's)
        let parted = (ds..own).any(|s| self.line_end(s));
        // (a sentence with a day of its own reads the story's clock)
        let own_day = self.has_date_within(doc.sentences[own].span);
        if !parted || own_day || !self.day_of_other_kind(d, event_type) {
            return false;
        }
        // (a sentence tied to what was told, by a word of sameness, of "as well" or of "amid",
        // goes on with its day: "وفي اليوم نفسه قُتل جندي تركي وأصيب آخران بجروح، في اشتباكات")
        if (doc.sentences[own].tokens.clone()).any(|i| {
            [Cue::Same, Cue::Also, Cue::Amid, Cue::Meanwhile]
                .into_iter()
                .any(|c| self.cue_at_token(i, c))
        }) {
            return false;
        }
        // (and at other places: the part's sentence names a town, the day's sentence names
        // towns, none of them the part's; an act told again at its place, "وهو ما حدث في عسير
        // أول من أمس" and then "لقد جاء تفجير عسير", keeps its day)
        let towns = |s: usize| {
            (self.places_within(doc.sentences[s].span))
                .filter(|p| p.location.precision != Some(3))
                .map(|p| normalize_place(&p.location.name))
                .collect::<Vec<_>>()
        };
        let (own_towns, day_towns) = (towns(own), towns(ds));
        !own_towns.is_empty()
            && !day_towns.is_empty()
            && !own_towns.iter().any(|t| day_towns.contains(t))
    }
}
