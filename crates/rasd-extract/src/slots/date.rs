//! Date: the day of a mention, from the date mentions of its sentence part or the story's.

use rasd_core::DatePrecision;
use rasd_lexicon::Role;
use rasd_text::{Span, TokenKind};

use crate::context::starting_in;
use crate::dates::{nearest, DateMention};
use crate::lexicon::Cue;
use crate::mention::Context;
use rasd_core::place_name::normalize_place;

mod elsewhere;
mod neighbours;

/// The sentence of the act told at `span` and the sentence of day `d`, when both are in one.
pub(crate) fn act_and_day_sentences(
    doc: &rasd_text::Document,
    span: Span,
    d: &DateMention,
) -> Option<(usize, usize)> {
    Some((doc.sentence_at(span.start)?, doc.sentence_at(d.span.start)?))
}

impl Context<'_> {
    /// The sentence's date nearest the incident's words ("... منذ انهيار الهدنة الخميس ...،
    /// تعرض قيادي ... الثلاثاء للخطف"), else the story's latest recent day or week before
    /// it (a month, a year or a day long past told before is background: "منذ مارس
    /// الماضي", "عام 2004"); a date after publication ("غدا") never dates an incident
    pub(crate) fn incident_date(
        &self,
        span: Span,
        trigger_span: Span,
    ) -> Option<(DateMention, bool)> {
        // a date told in a relative clause of another noun is that noun's history: the story's
        // day told before dates the incident instead (with none, the date stays)
        let has_story = self.story_date_before(span.start).is_some();
        // a day told in a relative clause of a statement or a meeting is when it was made, not
        // the day of what it tells ("وقال أرينتش عقب اجتماع مجلس الوزراء الذي عقده أول من أمس
        // عقب تفجيرات سوروج"): it never dates the incident (with no other day, none does)
        let own = (self.dates_in(span).iter())
            .filter(|d| d.dates_events() && d.span.start >= span.start && d.span.end <= span.end)
            .filter(move |d| {
                !(self.statement_day(d)
                    || has_story && self.told_of_another(d, trigger_span)
                    || self.day_of_act_after(d, trigger_span)
                    || self.day_of_neighbour_act(d, trigger_span)
                    || self.day_since_of_count(d, trigger_span)
                    || self.day_of_act_since(d, trigger_span)
                    || self.since_long_before(d))
            });
        // a day told with the verb of saying ("وقال بيان اليوم: إن خمس غارات ...") is when it
        // was said: it dates what was said, but not as a day of its own that would part it from
        // an incident of another day told before; the day of the clause that describes the
        // incident dates it first ("ندد الخطباء اليوم بالتفجير الذي حدث ... يوم أمس")
        // (the day of publication told with the verb of saying, "وقال بيان اليوم: إن خمس
        // غارات" after "شن التحالف 20 غارة أمس", is when the statement came: the story's day
        // just before dates what it tells)
        let story = || self.story_date_before(span.start);
        let today = |d: &DateMention| self.published.is_some_and(|p| p == d.day);
        let just_before = |s: &DateMention, d: &DateMention| {
            (1..=NEWS_DAYS_BEFORE).contains(&(d.day.ordinal() - s.day.ordinal()))
        };
        // a day told with the verb of saying gives way to a time of the incident told in the
        // same part ("ذكر مسؤول أمس أن 30 مسلحا قتلوا في ... أول من أمس", "أعلن البنتاغون أمس
        // الجمعة أن قياديا قتل نحو منتصف يوليو"): the statement came after it
        self.relative_clause_date(own.clone(), trigger_span)
            .or_else(|| {
                let near = nearest(own.clone(), trigger_span)?;
                // a day told in another act's clause before the incident's words gives way to
                // one told in their own clause after them ("تمكن المقاتلون من طرد الحوثيين من
                // مدينة عدن الساحلية الشهر الماضي واتجهوا شمالا واستعادوا السيطرة على قاعدة
                // العند الجوية أمس الاثنين")
                let near = match self.other_acts_day(near, trigger_span) {
                    true => (own.clone())
                        .filter(|d| self.day_of_clause_after(d, trigger_span))
                        .min_by_key(|d| trigger_span.gap(d.span))
                        .unwrap_or(near),
                    false => near,
                };
                Some(match self.said(near) {
                    true => nearest(
                        own.clone().filter(|d| self.told_before_saying(d, near)),
                        trigger_span,
                    )
                    .unwrap_or(near),
                    false => near,
                })
            })
            .map(|d| match story() {
                Some(s) if self.said(d) && today(d) && just_before(s, d) => (s.clone(), true),
                _ => (d.clone(), self.said(d)),
            })
            .or_else(|| {
                // (a part that tells its act in a stretch of the last days, "التي شهدت خلال
                // الأيام الماضية هجومين الأول ... بتفجير شاحنة مفخخة", gives it no day: the
                // story's day told before, "أكدت الوزارة أمس", is not its day)
                // (a day told after the stretch is a time within it, "خلال الأسابيع القليلة
                // الماضية، كانت هناك حالتان من الهجمات ... حيث سقط في 19 يوليو الماضي، 95
                // قتيلا": it still dates the act)
                let stretch = self.past_days_of(span, trigger_span);
                story()
                    .filter(|d| {
                        stretch.is_none_or(|s| d.span.end > s)
                            && !self.pluperfect_before(span, d)
                            && !self.goes_on(span, d)
                            && !self.turned_from_saying(span, d)
                            && !self.neighbour_day(d)
                    })
                    .map(|d| (d.clone(), true))
            })
            .map(|(d, weak)| match self.quoted_day(&d) {
                Some(day) => (DateMention { day, ..d }, weak),
                None => (d, weak),
            })
    }

    /// Where a stretch of the last days ([`Cue::PastDays`]) that is the time of the act of
    /// `trigger_span` told in part `span`: told in the part, or before the act's words in its
    /// sentence ("التي شهدت خلال الأيام الماضية هجومين الأول في ناحية بني سعد بتفجير شاحنة
    /// مفخخة"), and not in a clause of "حيث" after them, which tells what went on there ("مما
    /// أدى إلى انفجارات ... في الرباط حيث عزز الحوثيون وجودهم في اليومين الأخيرين"), starts.
    /// An adverb of "recently" ([`Cue::Recently`]) is such a stretch only in the act's own
    /// clause, no punctuation between ("هجوم ارهابي لشاب مسلح مؤخرا في منتجع سوسة"; not
    /// "عناصر متورطة في الأحداث التي شهدتها سيناء مؤخرا، وأبطلت مفعول ست عبوات ناسفة", nor
    /// "وسيطرت على الملعب الأولمبي، وهو مشروع قيد الإنشاء فجره تنظيم داعش مؤخرا").
    pub(crate) fn past_days_of(&self, span: Span, trigger_span: Span) -> Option<usize> {
        let doc = self.doc;
        let s = doc.sentence_at(span.start)?;
        let sentence = doc.sentences[s].span;
        let reach = Span::new(sentence.start.min(span.start), span.end);
        let one_clause = |m: Span| {
            let (a, b) = match m.end <= trigger_span.start {
                true => (m, trigger_span),
                false => (trigger_span, m),
            };
            let (Some(last), Some(first)) = (doc.last_token(a), doc.token_at(b.start)) else {
                return false;
            };
            doc.no_punct(last + 1..first)
        };
        crate::mention::in_sentence(&self.cues, reach)
            .filter(|m| m.value == Cue::PastDays || m.value == Cue::Recently && one_clause(m.span))
            .filter(|m| span.contains(m.span) || m.span.end <= trigger_span.start)
            .find(|m| {
                m.span.end <= trigger_span.start
                    || !(crate::mention::in_sentence(
                        &self.cues,
                        Span::new(trigger_span.end, m.span.start),
                    ))
                    .any(|w| w.value == Cue::Where)
            })
            .map(|m| m.span.start)
    }

    /// Whether `d`, a day of the story told before, stands in a sentence whose event words are
    /// all of another type than `event_type` ("وشارك مئات السوريين في احتجاج نادر مساء السبت"
    /// for an arrest told after it): the day of another act, which a statement's day does not
    /// give way to (`merge::said_before`).
    pub(crate) fn day_of_other_kind(&self, d: &DateMention, event_type: &str) -> bool {
        let doc = self.doc;
        let Some(ds) = doc.sentence_at(d.span.start) else {
            return false;
        };
        let mut events = crate::context::in_sentence(&self.triggers, doc.sentences[ds].span)
            .filter(|h| h.value.role == Role::Event)
            .peekable();
        events.peek().is_some() && events.all(|h| h.value.event_type.as_deref() != Some(event_type))
    }

    /// Whether `d`, the story's day told in an earlier sentence, is the day of another front:
    /// its sentence tells an event (a word of an event, a death or an injury) at places that
    /// all lie in other provinces than `place`, the province the incident's own sentence names
    /// ("أعلن مصدر ... إلقاء القبض على ستة ... داخل مدينة الضالع أمس" and then "وفي محافظة
    /// أبين ..., سيطر الجيش الوطني على مثلث الكهرباء في مديرية لودر"; "خطفوا الاثنين في بلدة خان
    /// بني سعد بمحافظة ديالى" and then the clearing of Karma, Anbar). The round-up gives that
    /// day to the other front's news, not to this incident, which its story leaves undated.
    pub(crate) fn day_of_another_front(
        &self,
        d: &DateMention,
        place: &crate::slots::places::Place,
        referred: Option<&rasd_core::Location>,
        event_type: &str,
        span: Span,
    ) -> bool {
        let doc = self.doc;
        let Some((own, ds)) = act_and_day_sentences(doc, span, d) else {
            return false;
        };
        // (a front the round-up turns to with "في" and its place, or a day told in an earlier
        // paragraph of the body, past the lead: that paragraph's news, "وفي سياق متصل، عاودت
        // طائرات التحالف مساء أول من أمس غاراتها على صنعاء" and, a paragraph on, the Aden
        // clashes the article gives no day)
        // (only a day before the news, two days or more before publication, or a week: the
        // day of the news, yesterday or today, is the whole round-up's, "وتطورت الأحداث أمس
        // بشكل متسارع في مختلف جبهات القتال")
        let paragraph = ds >= LEAD_DAY_SENTENCES
            && (crate::context::past_news(d, self.published) || d.precision == DatePrecision::Week)
            && doc.sentences[ds].span.end <= doc.sentences[own].span.start
            && doc
                .slice(Span::new(
                    doc.sentences[ds].span.end,
                    doc.sentences[own].span.start,
                ))
                .contains('\n');
        // (the first sentence of sentence `s`'s paragraph)
        let paragraph_start = |s: usize| {
            let mut first = s;
            while first > 0 && !self.line_end(first - 1) {
                first -= 1;
            }
            first
        };
        // (a part that names no place of its own is placed, for this, where a feature noun of
        // it refers back to, "إن الاشتباكات أسفرت": only in a front's paragraph, below)
        let own_loc = place.location.as_ref().filter(|_| place.key.is_some());
        let Some(loc) = own_loc.or(referred) else {
            return false;
        };
        let (Some(admin1), Some(country)) = (loc.admin1.as_deref(), loc.country.as_deref()) else {
            return false;
        };
        // (a province by a key that sets aside the transliteration's diacritics, as the merge
        // compares them)
        let admin1 = normalize_place(admin1);
        let provinces = |s: usize| {
            self.places_within(doc.sentences[s].span).filter_map(|p| {
                let a = p.location.admin1.as_deref()?;
                Some((normalize_place(a), p.location.country.as_deref()))
            })
        };
        // (the front the incident's sentence opens on, or an earlier sentence of its paragraph
        // after the day's: "وفي عدن، تمكن مقاتلو المقاومة ... بعد مواجهات عنيفة" and then "وقال
        // المركز الإعلامي للمقاومة إن الاشتباكات أسفرت عن سقوط عشرات المتمردين")
        let front_at = match self.opens_on_front(own) {
            true => Some(own),
            // (a front that turns to the incident's province: "ففي مدينة تعز" opens no front
            // for the Marib clashes told further on in its paragraph)
            false => (paragraph_start(own).max(ds + 1)..own)
                .rev()
                .find(|&s| self.opens_on_front(s))
                .filter(|&f| provinces(f).any(|(a, _)| a == admin1)),
        };
        let front = front_at.is_some();
        // (what the paragraphs tell, not the sentences, parts a day from a front only when it
        // lies before the news: the day of the news, yesterday or today, is the round-up's)
        // (nor a day the headline or lead gives the whole round-up, "قُتل نحو 30 ... في جبهات
        // القتال في اليمن، السبت", told again with another front: that is every front's day)
        // (the lead: the text's first sentence after the headline's line, a headline cut in two
        // by "..", "في تعز ومأرب .. مقتل عشرات الحوثيين", told whole)
        // (a char offset, as spans are)
        let body = (doc
            .slice(Span::new(0, doc.sentences[ds].span.start))
            .chars())
        .position(|c| c == '\n');
        let lead_end = (doc.sentences.iter())
            .filter(|s| body.is_none_or(|b| s.span.start > b))
            .map(|s| s.span.end)
            .next();
        let lead_day = lead_end.is_some_and(|end| {
            let lead = Span::new(0, end);
            self.dates_in(lead)
                .iter()
                .any(|o| lead.contains(o.span) && o.dates_events() && o.day == d.day)
        });
        let past = (crate::context::past_news(d, self.published)
            || d.precision == DatePrecision::Week)
            && !lead_day
            // (the story's own yesterday or today is its news, whatever day the feed
            // published it: "امس" of a story that told "امس الأحد" two days before the feed's day)
            && !matches!(d.relative, Some(-1 | 0));
        if front_at.is_some_and(|f| f != own) && !past {
            return false;
        }
        if own_loc.is_none() && front_at.is_none_or(|f| f == own) {
            return false;
        }
        if ds >= own || place.where_told || !(paragraph || front) {
            return false;
        }
        // (a sentence that adds to what was told, "كما قصف الطيران مواقع في صعدة", or names an
        // act told before with a demonstrative, "تأتي هذه الغارات", goes on with its day)
        let own_tokens = doc.sentences[own].tokens.clone();
        if !front
            && (self.cue_at_token(own_tokens.start, Cue::Also)
                || own_tokens
                    .clone()
                    .any(|i| self.cue_at_token(i, Cue::Demonstrative)))
        {
            return false;
        }
        // (a sentence with a day of its own, even one of saying that gave way to the story's
        // day, reads the story's clock: "وقال بيان ... اليوم: إن خمس غارات قرب الرمادي ...")
        let own_span = doc.sentences[own].span;
        if self
            .dates_in(own_span)
            .iter()
            .any(|o| own_span.contains(o.span))
        {
            return false;
        }
        // (the incident's own sentence names its province)
        // (or, for a sentence of a front's paragraph, the front it opened on names it: "ففي
        // مدينة تعز" turns to Taiz, not to the Marib front told further on in its paragraph)
        let named = match front_at {
            Some(f) if f != own => true,
            _ => provinces(own).any(|(a, _)| a == admin1),
        };
        if !named {
            return false;
        }
        let mut other = false;
        // (a paragraph that names no province of the incident's sentence: "الضالع" told in both
        // is one front, whatever province the gazetteer gave the incident's village)
        let own_provinces: Vec<String> = match front {
            true => Vec::new(),
            false => provinces(own).map(|(a, _)| a).collect(),
        };
        // (a day's sentence that names no place of its own, "وقال المركز الإعلامي للمقاومة إن
        // الثوار دخلوا المدينة فجر أمس", tells the front its paragraph opened on, "وفي محافظة
        // لحج، ... في مدينة الحوطة": the provinces of the paragraph's sentences before it)
        let day_provinces: Vec<(String, Option<&str>)> = match provinces(ds).next() {
            Some(_) => provinces(ds).collect(),
            None if past => (paragraph_start(ds)..ds).flat_map(provinces).collect(),
            None => Vec::new(),
        };
        for (a, c) in day_provinces {
            if a == admin1 || own_provinces.contains(&a) {
                return false;
            }
            // (a province of another country is another front too when the round-up turns to
            // the incident's with "في" and its place: the coalition's strike at al-Tuwal, Jazan,
            // "أول من أمس", and then "وفي محافظة أبين، ... دمرت البوارج الحربية")
            other |= c == Some(country) || front;
        }
        // (an event of the incident's own kind told there may be the incident itself, told
        // again in detail: "سيطرت المقاومة اليوم الثلاثاء على مدينة الحوطة" and then "إن المقاومة
        // سيطرت على مركز المحافظة إلى جانب منطقة الرباط والفيوش"; and a round-up's headline or
        // lead gives its day to the fronts told after it. A day told further on, in the body,
        // is the day of its own front's news, whatever its kind: "وقال المركز الإعلامي للمقاومة
        // إن الثوار دخلوا المدينة فجر أمس" of Lahj, then "وفي عدن، تمكن مقاتلو المقاومة")
        let in_lead = ds < LEAD_DAY_SENTENCES;
        let mut events = crate::context::in_sentence(&self.triggers, doc.sentences[ds].span)
            .filter(|h| matches!(h.value.role, Role::Event | Role::Kill | Role::Injure))
            .peekable();
        other
            && events.peek().is_some()
            && (!in_lead || events.all(|h| h.value.event_type.as_deref() != Some(event_type)))
    }

    /// Whether sentence `s` opens on "في" and a place, with at most a word of its kind between
    /// ("وفي محافظة أبين جنوب البلاد، سيطر الجيش", "وفي مأرب، قصفت طائرات التحالف", "أما في
    /// تعز، فقد قتل"): the round-up turns to another front.
    fn opens_on_front(&self, s: usize) -> bool {
        let doc = self.doc;
        let tokens = doc.sentences[s].tokens.clone();
        let mut at = tokens.start;
        // (a grammar word of contrast, "أما في ...")
        if at < tokens.end && doc.tokens[at].key == "اما" {
            at += 1;
        }
        if at >= tokens.end || doc.tokens[at].stem() != "في" {
            return false;
        }
        let end = (at + 1 + FRONT_WORDS).min(tokens.end);
        let Some(last) = (at + 1..end)
            .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
            .last()
        else {
            return false;
        };
        let reach = Span::new(doc.tokens[at + 1].span.start, doc.tokens[last].span.end);
        starting_in(&self.places, |p| p.span.start, reach)
            .iter()
            .any(|p| p.location.admin1.is_some())
    }

    /// Whether the sentence of `span` opens in the pluperfect with "قد" ("وكان قائد عملية
    /// استعادة قاعدة العند قد تحدث", "وكانت المقاومة المسنودة بقوات الجيش قد سيطرت على وادي
    /// عقان": [`Cue::Earlier`] on its first word, "قد" after its subject, at most
    /// [`PLUPERFECT_WORDS`] words on, with no punctuation but commas between: "وكان قائد
    /// العملية، اللواء فضل حسن، قد تحدث") and `d`, the story's day, is
    /// told before that sentence: the sentence tells what had happened before the story's
    /// news, so a day told before it is not its day (a day of its own sentence still dates
    /// it: "وكانت المقاومة قد استولت أمس على ...، بالإضافة سقوط عدد من القتلى في كمين"). Without
    /// "قد" the same opening often tells the news again ("وكانت مواجهات عنيفة اندلعت خلال
    /// الساعات الماضية", "وكانت شبكتا ... أكدتا أن مقاتلات اف-16 اقلعت"), and keeps the day.
    fn pluperfect_before(&self, span: Span, d: &DateMention) -> bool {
        let doc = self.doc;
        doc.sentence_at(span.start).is_some_and(|s| {
            let sentence = &doc.sentences[s];
            let first = sentence.tokens.start;
            d.span.start < sentence.span.start
                && self.cue_at_token(first, Cue::Earlier)
                && (first + 1..sentence.tokens.end.min(first + 1 + PLUPERFECT_WORDS))
                    .take_while(|&i| {
                        let t = &doc.tokens[i];
                        t.kind != TokenKind::Punct || t.is_comma()
                    })
                    // (the particle of the pluperfect; a grammar word, as in `features.rs`)
                    .any(|i| doc.tokens[i].key == "قد")
        })
    }

    /// Whether the sentence of `span` opens on an imperfect of a state that goes on ("وتدور
    /// اشتباكات عنيفة بالجبهة الشمالية", [`Cue::Continuing`] on its first word) and `d`, the
    /// story's day, is told before that sentence: the sentence tells how things stand as the
    /// story is written, not an act of that day (a day of its own sentence still dates it).
    fn goes_on(&self, span: Span, d: &DateMention) -> bool {
        let doc = self.doc;
        doc.sentence_at(span.start).is_some_and(|s| {
            let sentence = &doc.sentences[s];
            d.span.start < sentence.span.start
                && self.cue_at_token(sentence.tokens.start, Cue::Continuing)
        })
    }

    /// The day of `d` when it is a day counted from the story's today alone ("مساء أمس")
    /// told inside a quotation that a verb of saying opens, and the saying was told with a day
    /// of its own before the quotation, in its sentence or the one before ("ذكر المرصد أمس
    /// الخميس ... وقال المرصد: «خطف عناصر من الجبهة مساء أمس ...»"): the quotation's words
    /// count from the day they were said, so its yesterday is the day before the saying. A
    /// day that, read from the story's today, already falls before the saying was put on the
    /// story's clock by the writer and stays.
    fn quoted_day(&self, d: &DateMention) -> Option<crate::calendar::Day> {
        let v = d.relative?;
        let doc = self.doc;
        let open = self.quote_open_before(doc.token_at(d.span.start)?)?;
        // the verb of saying before the quotation, with its speaker, a colon or a comma between
        let claim = crate::context::in_sentence(
            &self.triggers,
            Span::new(
                doc.tokens[open.saturating_sub(QUOTE_SPEAKER_WORDS)]
                    .span
                    .start,
                doc.tokens[open].span.start,
            ),
        )
        .filter(|h| h.value.role == Role::Claim)
        .map(|h| h.tokens.1)
        .max()?;
        let plain = |i: usize| {
            let t = &doc.tokens[i];
            t.kind == TokenKind::Word || t.key == ":" || t.is_comma()
        };
        if !(claim..open).all(plain) {
            return None;
        }
        let today = d.day.add_days(-v);
        let s = doc.sentence_of_token(open)?;
        let from = doc.sentences[s.saturating_sub(1)].span.start;
        let before = doc.tokens[open].span.start;
        let said = (self.dates.iter())
            .filter(|o| o.span.start >= from && o.span.end <= before)
            .filter(|o| self.said(o) && o.dates_events() && o.precision == DatePrecision::Day)
            .last()?;
        // (a quotation whose day, read from the story's today, already falls before the day
        // of saying was told on the story's clock by the writer: "ذكر المرصد أمس ... وقال
        // المرصد "خطف عناصر ... مساء أول من أمس"")
        let back = today.ordinal() - said.day.ordinal();
        ((1..=QUOTE_SAID_DAYS).contains(&back) && d.day >= said.day).then(|| said.day.add_days(v))
    }

    /// The token that opens the quotation holding token `at` ("«", "“", or an odd '"' of its
    /// paragraph), if `at` stands inside one.
    fn quote_open_before(&self, at: usize) -> Option<usize> {
        let doc = self.doc;
        let mut plain = None;
        let mut plain_count = 0;
        let mut i = at;
        while i > 0 {
            let gap = Span::new(doc.tokens[i - 1].span.end, doc.tokens[i].span.start);
            if doc.slice(gap).contains('\n') {
                break;
            }
            i -= 1;
            match doc.tokens[i].key.as_str() {
                "«" | "“" => return Some(i),
                "»" | "”" => return None,
                "\"" => {
                    plain_count += 1;
                    plain.get_or_insert(i);
                }
                _ => {}
            }
        }
        (plain_count % 2 == 1).then_some(plain?)
    }

    /// Whether `d`, a date of the part told beside `said`, a day told with the verb of saying,
    /// may be the time of what was said: not itself said, not a year (history), before the
    /// day of saying (the same day adds nothing; after it, a plan: "قالت السلطات أمس إنها ستمنع المسيرة اليوم"), not the start or the
    /// stretch of a period longer than a day ("الذين استأنفوا منذ الأسبوع الماضي عملياتهم", "خلال
    /// الشهر الحالي")
    /// and not the other half of one night told with the said day ("بحسب الوزارة ليل الاثنين/
    /// الثلاثاء").
    fn told_before_saying(&self, d: &DateMention, said: &DateMention) -> bool {
        let doc = self.doc;
        // (a day after "منذ" is the start of what goes on: "تشن هجوما منذ صباح أمس")
        let stretch = d.precision != DatePrecision::Day
            && doc.token_at(d.span.start).is_some_and(|t| {
                t > 0
                    && (self.cue_at_token(t - 1, Cue::History)
                        || self.cue_at_token(t - 1, Cue::During))
            });
        let joined = |a: &DateMention, b: &DateMention| {
            a.span.end <= b.span.start
                && doc
                    .slice(Span::new(a.span.end, b.span.start))
                    .chars()
                    .all(|c| c.is_whitespace() || c == '/' || rasd_text::is_dash(c))
        };
        !self.said(d)
            && d.precision != DatePrecision::Year
            && d.day < said.day
            && !stretch
            && !(self.dates_in(Span::new(
                d.span.start.saturating_sub(JOINED_CHARS),
                d.span.end + 3,
            )))
            .iter()
            .any(|o| self.said(o) && (joined(o, d) || joined(d, o)))
    }

    /// The day told in the relative clause that describes the incident's words ("ندد الخطباء
    /// اليوم بالتفجير الإجرامي الذي حدث في مسجد ... يوم أمس"): a relative pronoun at most
    /// [`RELATIVE_WORDS`] words after them, the day after it in the same clause (no punctuation
    /// between). It dates the incident before a nearer day told around it.
    pub(crate) fn relative_clause_date<'d>(
        &self,
        own: impl Iterator<Item = &'d DateMention>,
        trigger_span: Span,
    ) -> Option<&'d DateMention> {
        let doc = self.doc;
        let last = doc.last_token(trigger_span)?;
        let end = (last + 1 + RELATIVE_WORDS).min(doc.tokens.len());
        let rel = (last + 1..end)
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .find(|&i| self.cue_at_token(i, Cue::Relative))?;
        own.filter(|d| d.span.start > doc.tokens[rel].span.end && !self.said(d))
            .filter(|d| {
                let first = doc.token_at(d.span.start).unwrap_or(rel);
                doc.no_punct(rel + 1..first)
            })
            .min_by_key(|d| d.span.start)
    }
}

impl Context<'_> {
    /// Whether `d` is the day the dead or the wounded the incident's words name were carried
    /// somewhere ([`Context::carried`]: "وأضاف أنه تم أمس نقل 8 مصابين بواسطة طائرة الإخلاء
    /// الطبي إلى الرياض"), told in their clause (no punctuation between): the day of the
    /// transfer, not of the incident, which the record leaves out as it does a day of condemning
    /// ([`crate::mention::Candidate::reaction_day`]).
    pub(crate) fn carried_day(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let (Some(t0), Some(first), Some(last)) = (
            doc.token_at(trigger_span.start),
            doc.token_at(d.span.start),
            doc.last_token(d.span),
        ) else {
            return false;
        };
        if last >= t0 || !self.carried(t0) {
            return false;
        }
        // the word of carrying, in the trigger's clause
        let Some(start) = doc
            .sentence_of_token(t0)
            .map(|s| doc.sentences[s].tokens.start)
        else {
            return false;
        };
        let Some(cue) = self.cue_in_clause(start, t0, Cue::Transfer) else {
            return false;
        };
        // the day told with the carrying, after its word or right before it ("تم أمس نقل",
        // "نقلت طائرات الإخلاء الطبي أمس ثمانية مصابين"), not another clause's ("تلقى ظهر أول
        // من أمس بلاغا من مستشفى عن إسعاف مواطن مصاب": the day of the report, the shooting's);
        // a day after the incident's words belongs to them ("مصابين في حادث التفجير الذي تعرض
        // له المسجد أول من أمس", "أن شرطيا قتل ... ليلة السبت")
        // (a verb of carrying that opens what was said is one of reporting: "ونقلت وكالة
        // «دوغان» للأنباء أن شرطيا قتل ... ليلة السبت نتيجة هجوم")
        (first > cue || cue - last <= CARRIED_DAY_WORDS)
            && doc.no_punct(last + 1..t0)
            && !(cue..t0).any(|i| self.cue_at_token(i, Cue::That))
    }

    /// The first token of the incident's words, the first token of date `d`, and the sentence
    /// of the incident's words.
    fn trigger_and_day_tokens(
        &self,
        d: &DateMention,
        trigger_span: Span,
    ) -> Option<(usize, usize, usize)> {
        let doc = self.doc;
        let t0 = doc.token_at(trigger_span.start)?;
        let first = doc.token_at(d.span.start)?;
        Some((t0, first, doc.sentence_of_token(t0)?))
    }

    /// Whether `d`, a date told before the incident's words in their sentence, closes the
    /// clause of another act: an event word before it in the sentence (not a word of death or
    /// injury, which tells the toll of an act: "قتل 3 ... أمس، في هجوم"), with no punctuation
    /// between ("تمكن المقاتلون من طرد الحوثيين من مدينة عدن الساحلية الشهر الماضي واتجهوا
    /// شمالا واستعادوا السيطرة على قاعدة العند الجوية أمس الاثنين": last month is the
    /// expulsion's). A day follows the act it dates in its clause.
    pub(crate) fn other_acts_day(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let Some((_, first, s)) = self.trigger_and_day_tokens(d, trigger_span) else {
            return false;
        };
        let sentence = &doc.sentences[s];
        if first < sentence.tokens.start || d.span.end > trigger_span.start {
            return false;
        }
        let Some(act) = crate::context::in_sentence(
            &self.triggers,
            Span::new(sentence.span.start, d.span.start),
        )
        .filter(|h| h.value.role == Role::Event)
        .filter_map(|h| doc.last_token(h.span))
        .max() else {
            return false;
        };
        doc.no_punct(act + 1..first)
    }

    /// Whether `d` is the day of the main act of a sentence whose relative clause names the
    /// incident as what that act came after: the incident's words follow "بعد" (at most one
    /// word between: "بعد عملية إحراق") in a relative clause (a relative pronoun before "بعد"
    /// with no punctuation between), `d` stands in another clause of the sentence
    /// (punctuation between, no relative pronoun), and the sentence tells no other act, death
    /// or injury ("من القوات
    /// الإضافية التي أدخلها الجيش إلى المنطقة بعد عملية إحراق عائلة دوابشة في دوما، قد رابطوا
    /// أمام مدخل قرية سنجل مساء الأول من أمس": the soldiers' day, not the arson's).
    fn day_of_act_after(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let Some((t0, first, s)) = self.trigger_and_day_tokens(d, trigger_span) else {
            return false;
        };
        let Some(last) = doc.last_token(trigger_span) else {
            return false;
        };
        let sentence = &doc.sentences[s];
        let start = sentence.tokens.start;
        if first < start {
            return false;
        }
        let open = |i: &usize| doc.tokens[*i].kind != TokenKind::Punct;
        let Some(after) = (t0.saturating_sub(2).max(start)..t0)
            .rev()
            .take_while(open)
            .find(|&i| self.cue_at_token(i, Cue::After))
        else {
            return false;
        };
        let relative = (start..after)
            .rev()
            .take_while(open)
            .any(|i| self.cue_at_token(i, Cue::Relative));
        let between = match first > last {
            true => last + 1..first,
            false => first..t0,
        };
        // (not a day of a relative clause of the incident's words themselves: "بعد أحكام
        // الإعدام المستأنفة، التي لم تكن نهائية في مصر في 15 يونيو")
        let parted = between.clone().any(|i| !open(&i))
            && !between
                .into_iter()
                .any(|i| self.cue_at_token(i, Cue::Relative));
        let others = crate::context::in_sentence(&self.triggers, sentence.span)
            .filter(|h| matches!(h.value.role, Role::Event | Role::Kill | Role::Injure))
            .any(|h| h.span.start >= trigger_span.end || h.span.end <= trigger_span.start);
        relative && parted && !others
    }

    /// Whether `d`, a day or a week, is told after the incident's words in their clause: no
    /// punctuation and no other event word (not one of death or injury) between them and it
    /// ("واستعادوا السيطرة على قاعدة العند الجوية أمس الاثنين"). A month or a year told there
    /// more often tells the history of a noun the clause names ("بموجب اتفاق مع تركيا تم
    /// التوصل إليه في نهاية يوليو").
    fn day_of_clause_after(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let (Some(last), Some(first)) = (doc.last_token(trigger_span), doc.token_at(d.span.start))
        else {
            return false;
        };
        matches!(d.precision, DatePrecision::Day | DatePrecision::Week)
            && d.span.start >= trigger_span.end
            && doc.no_punct(last + 1..first)
            && !crate::context::in_sentence(
                &self.triggers,
                Span::new(trigger_span.end, d.span.start),
            )
            .any(|h| h.value.role == Role::Event)
    }

    /// Whether `d` is the day of a reaction to the incident: a verb or a noun of condemning
    /// ([`Cue::Condemn`], [`Cue::Condemnation`]), or a word of a funeral, a condolence or a
    /// visit ([`Cue::Funeral`], [`Cue::Condole`], [`Cue::Visit`]), opens, in the incident's
    /// clause, the words that name it (nothing between but words, quotes and commas, no "أن"),
    /// and `d` is told before
    /// the first event word after the reaction's word: after that word ("دانت المنظمة أمس قصف
    /// المتمردين") or before it with no event word between ("تلقى اتصالا هاتفيا أمس ... أعرب فيه
    /// عن استنكاره للاعتداء الذي وقع في مسجد"). It is when the incident was condemned, not when
    /// it happened; a day told in the clause that describes the incident after its words ("أدانت
    /// ... الهجوم الذي وقع الأربعاء الماضي") stays its own. Such a day still tells the incident
    /// as a particular one (its status and its weight stay), but the record leaves it out
    /// ([`crate::mention::Candidate::reaction_day`]).
    pub(crate) fn condemned_day(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let Some((t0, first, s)) = self.trigger_and_day_tokens(d, trigger_span) else {
            return false;
        };
        let start = doc.sentences[s].tokens.start;
        if first >= t0 || first < start {
            return false;
        }
        // (a comma or a dash of an aside: "أدت جموع المصلين - عقب صلاة عصر أمس - صلاة الميت")
        let open = |i: &usize| {
            let t = &doc.tokens[*i];
            (t.kind != TokenKind::Punct || t.is_comma() || t.key.chars().all(rasd_text::is_dash))
                && !self.cue_at_token(*i, Cue::That)
        };
        // (a word of mourning, of condolence or of a visit opens a reaction too: "شيع الأهالي
        // أمس جثمان ضحية الهجوم", "قدم أمس تعازيه لأسر ضحايا التفجير", "خلال زيارته أمس لمصابي
        // القصف": the day of the funeral, the condolence or the visit)
        let reaction = |i: usize| {
            [
                Cue::Condemn,
                Cue::Condemnation,
                Cue::Funeral,
                Cue::Condole,
                Cue::Visit,
            ]
            .into_iter()
            .any(|cue| self.cue_at_token(i, cue))
        };
        let Some(c) = (start..t0).rev().take_while(open).find(|&i| reaction(i)) else {
            return false;
        };
        let event = |h: &&crate::context::Hit<&'static rasd_lexicon::Trigger>| {
            matches!(h.value.role, Role::Event | Role::Kill | Role::Injure)
        };
        // the first event word after the reaction's word: what is condemned
        let object = crate::context::in_sentence(
            &self.triggers,
            Span::new(doc.tokens[c].span.end, trigger_span.start),
        )
        .filter(event)
        .map(|h| h.span.start)
        .min()
        .unwrap_or(trigger_span.start);
        if d.span.start >= object {
            return false;
        }
        // (after the reaction's word, the day comes with its subject, a few words: "أدانت
        // الجمعية ... سبيل المفسدين الذين ...، ومن ذلك ما وقع يوم الخميس الماضي من عمل إجرامي"
        // tells the incident's own day far after it)
        let words = (c + 1..first)
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .count();
        (first > c
            && words <= CONDEMNER_WORDS
            && !(c + 1..first).any(|i| self.cue_at_token(i, Cue::Relative)))
            || (first < c
                && (first..c).all(|i| open(&i))
                && !crate::context::in_sentence(
                    &self.triggers,
                    Span::new(d.span.end, doc.tokens[c].span.start),
                )
                .any(|h| event(&h)))
    }

    /// Whether `d` is the day of an act told before a word of sequence ([`Cue::Prior`]: "في
    /// أعقاب", "إثر", "عقب", "على خلفية") that opens the incident's words in its sentence, with no
    /// event word in the sentence before that word: the day of a call, a statement or a meeting
    /// that came after the incident ("دعا السبت الحكومة التركية ... إلى وقف العنف، وكان يتحدث في
    /// أعقاب مقتل ستة أشخاص في مواجهات"), not the incident's own. The incident's words follow
    /// the word of sequence in its phrase (no punctuation between). Like a day of condemning,
    /// the record leaves it out ([`crate::mention::Candidate::reaction_day`]).
    pub(crate) fn sequel_day(&self, d: &DateMention, trigger_span: Span) -> bool {
        let doc = self.doc;
        let (Some(t0), Some(first), Some(last)) = (
            doc.token_at(trigger_span.start),
            doc.token_at(d.span.start),
            doc.last_token(d.span),
        ) else {
            return false;
        };
        let Some(s) = doc.sentence_of_token(t0) else {
            return false;
        };
        let sentence = &doc.sentences[s];
        if first < sentence.tokens.start || last >= t0 {
            return false;
        }
        // the last word of sequence before the incident's words, after the day, with nothing
        // but words between it and them
        let Some(p) = self.cue_in_clause(last + 1, t0, Cue::Prior) else {
            return false;
        };
        let event = |h: &&crate::context::Hit<&'static rasd_lexicon::Trigger>| {
            matches!(h.value.role, Role::Event | Role::Kill | Role::Injure)
        };
        // no event word in the sentence before the word of sequence, nor a gain on the ground
        // the lexicon holds no event word for ("أكدت مصادر ... سيطرة المقاومة يوم الأربعاء على
        // عدد من المواقع ... بعد معارك عنيفة": the fighting's day)
        if (sentence.tokens.start..p).any(|i| self.cue_at_token(i, Cue::Gain))
            || crate::context::in_sentence(
                &self.triggers,
                Span::new(sentence.span.start, doc.tokens[p].span.start),
            )
            .any(|h| event(&h))
        {
            return false;
        }
        // the incident's first event word right after it ("في أعقاب مقتل", "بعد سلسلة من
        // الغارات"), not a later act of another phrase ("الذي وافق بعد طول مماطلة على إعادة")
        let Some(first_event) = crate::context::in_sentence(
            &self.triggers,
            Span::new(doc.tokens[p].span.end, trigger_span.end),
        )
        .filter(event)
        .filter_map(|h| doc.token_at(h.span.start))
        .min() else {
            return false;
        };
        let words = (p + 1..first_event)
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .count();
        if words > SEQUEL_WORDS {
            return false;
        }
        // the day is told with a word of saying, calling, meeting or another reaction in its
        // clause (no "أن" between: "أعلنت ... أن الجانب الليبي أغلق أول من أمس البوابة بعد
        // قيام" tells the closing's day), not with an act the lexicon does not hold ("حققت
        // المقاومة أمس تقدما ... بعد اشتباكات", "تمكنت المقاومة أمس عقب مواجهات ... من
        // السيطرة": the fighting's day)
        let open = |i: usize| !self.cue_at_token(i, Cue::That);
        let reaction = |i: usize| {
            [
                Cue::Statement,
                Cue::Venue,
                Cue::Demand,
                Cue::Condemn,
                Cue::Condemnation,
                Cue::Funeral,
                Cue::Condole,
                Cue::Visit,
                Cue::Handover,
                Cue::Transfer,
            ]
            .into_iter()
            .any(|cue| self.cue_at_token(i, cue))
        };
        let spoken = crate::context::in_sentence(
            &self.triggers,
            Span::new(sentence.span.start, doc.tokens[p].span.start),
        )
        .filter(|h| matches!(h.value.role, Role::Claim | Role::Negative))
        .filter_map(|h| doc.token_at(h.span.start))
        .chain((sentence.tokens.start..p).filter(|&i| reaction(i)));
        // (near the day: the speaker's name between, "طالبت وزارة الخارجية الفلسطينية اليوم")
        self.said(d)
            || spoken.into_iter().any(|w| {
                let (a, b) = if w < first { (w, first) } else { (last, w) };
                (a..b).all(open)
                    && (a + 1..b)
                        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
                        .count()
                        <= CONDEMNER_WORDS
            })
    }

    /// Whether `d`, a month, a year or a day past the story's clock (within [`HISTORY_DAYS`]), is told in a relative clause that
    /// describes another noun told after the incident's words, a place or a force ("وقع الانفجار
    /// في بلدة سروج، التي تقابل بلدة عين العرب، التي طردت منها القوات الكردية في نهاية يونيو
    /// مقاتلي داعش"): the history of that noun, not the incident's day. The relative pronoun
    /// opens more than [`RELATIVE_WORDS`] words after the incident's words (nearer, it describes
    /// them: "الهجوم الإرهابي الذي وقع في مايو"), not right after another event word ("والهجوم
    /// الذي"), with no punctuation between it and the date; the clause up to the date holds no
    /// word of death or injury ("والتي راح ضحيتها 67 قتيلا في 2013") and no violent event word
    /// but a change of territory (the history of a place: "التي سقطت بأيدي التنظيم في مايو").
    /// Only for a violent incident; not after "منذ" or "خلال" before the pronoun (the clause then
    /// dates the start of a stretch of time: "15 عملية خطف منذ الانتخابات التي جرت في 7 يونيو").
    fn told_of_another(&self, d: &DateMention, trigger_span: Span) -> bool {
        let past_year = self
            .published
            .is_some_and(|p| p.ordinal() - d.day.ordinal() > HISTORY_DAYS);
        if d.story_clock(self.published) || past_year {
            return false;
        }
        let violent = crate::context::in_sentence(&self.triggers, trigger_span).any(|h| {
            matches!(h.value.role, Role::Kill | Role::Injure)
                || (h.value.role == Role::Event && h.value.is_violent())
        });
        let doc = self.doc;
        if !violent {
            return false;
        }
        let (Some(last), Some(first)) = (doc.last_token(trigger_span), doc.token_at(d.span.start))
        else {
            return false;
        };
        if first <= last + 1 {
            return false;
        }
        let Some(rel) = self.cue_in_clause(last + 1, first, Cue::Relative) else {
            return false;
        };
        let words = (last + 1..rel)
            .filter(|&i| !matches!(doc.tokens[i].kind, TokenKind::Punct | TokenKind::Quote))
            .count();
        // nearer, it describes the incident's words; after "منذ" or "خلال" the clause dates
        // the start of a stretch of time ("منذ الانتخابات التي جرت في 7 يونيو")
        let stretch = (last + 1..rel)
            .any(|i| self.cue_at_token(i, Cue::History) || self.cue_at_token(i, Cue::During));
        if words <= RELATIVE_WORDS || stretch {
            return false;
        }
        // the word the clause describes: the last word before the pronoun
        let Some(noun) = (last + 1..rel)
            .rev()
            .find(|&i| !matches!(doc.tokens[i].kind, TokenKind::Punct | TokenKind::Quote))
        else {
            return false;
        };
        let clause = Span::new(doc.tokens[noun].span.start, d.span.start);
        !crate::context::in_sentence(&self.triggers, clause).any(|h| match h.value.role {
            Role::Kill | Role::Injure => true,
            Role::Event => {
                (h.tokens.0..=h.tokens.1).contains(&noun)
                    || (h.value.is_violent()
                        && !(h.value.sub_event_type.as_deref())
                            .is_some_and(crate::mention::territory_change))
            }
            _ => false,
        })
    }
}

/// How far back (days before publication) a date told in a relative clause of another noun
/// is its recent history, about half a year ([`Context::told_of_another`]); older, the story
/// tells history ("منذ حرب 1994", a takeover of the year before).
const HISTORY_DAYS: i64 = 200;

/// How many days before the publication day a story's day may be for a statement told that
/// day to date nothing of its own ([`Context::incident_date`]).
const NEWS_DAYS_BEFORE: i64 = 2;

/// How far before a date (chars) a day told with it as one night may start ("ليل الاثنين/").
const JOINED_CHARS: usize = 40;

/// How many words may stand between a word of condemning and the day of the condemnation told
/// after it, the condemner's name ("دانت منظمة هيومن رايتس ووتش الحقوقية أمس").
const CONDEMNER_WORDS: usize = 8;

/// How many words may stand between a verb of saying and the quotation it opens (the speaker:
/// "وقال المرصد السوري لحقوق الإنسان: «").
const QUOTE_SPEAKER_WORDS: usize = 10;

/// How many days before the story's today a saying may be told for the relative days of its
/// quotation to count from it ([`Context::quoted_day`]).
const QUOTE_SAID_DAYS: i64 = 3;

/// How many words after "وكان" its subject may run before "قد" ("وكانت المقاومة الشعبية في
/// اليمن وبدعم من وحدات الجيش المؤيد للشرعية وغطاء جوي من طائرات التحالف قد سيطرت").
const PLUPERFECT_WORDS: usize = 20;

/// How many words after the "في" that opens a sentence its place may start, a word of its
/// kind before it ("وفي محافظة أبين") ([`Context::opens_on_front`]).
const FRONT_WORDS: usize = 2;

/// The story's first sentences (its headline and lead): a day told there is the round-up's day,
/// which the gold gives to every front it tells ([`Context::day_of_another_front`]).
const LEAD_DAY_SENTENCES: usize = 2;

/// How many words before a word of carrying the dead or the wounded its day may end ("تم أمس
/// نقل") ([`Context::carried_day`]).
const CARRIED_DAY_WORDS: usize = 2;

/// How many words may stand between a word of sequence and the first event word of the
/// incident it opens ("بعد سلسلة من الغارات") ([`Context::sequel_day`]).
const SEQUEL_WORDS: usize = 3;

/// How many words after an incident's words a relative pronoun may open the clause that
/// describes it ("بالتفجير الإجرامي الذي").
const RELATIVE_WORDS: usize = 2;
