//! Readings of time in a candidate's sentence for its status: an interval of months or years
//! anchored on the event word ("بعد ثلاث سنوات تقريبا على إطلاق النار") and a past year written
//! in figures ("منذ صيف 2012", "الهجوم 2012").

use rasd_lexicon::Role;
use rasd_text::{Span, TokenKind};

use super::{last_day, ANCHOR_GAP, NEAR_WORDS, RECENT_DAYS};
use crate::dates::DateMention;
use crate::lexicon::Cue;
use crate::mention::{Candidate, Context};

/// How many sentences before an incident's own a past anchor of its paragraph may stand
/// ([`Context::past_anchor`]).
const ANCHOR_SENTENCES: usize = 3;
/// How many words before a date, in its clause, "since" or "during" makes it the start or the
/// span of a stretch ("منذ نهاية العام الماضي", "الأعنف منذ معركة السيطرة على البلدة في فبراير").
const STRETCH_WORDS: usize = 8;
/// How many words before a date, in its clause, a relative pronoun makes it the past of a noun
/// ("سليمان الأسد ابن هلال الأسد الذي قتل في معارك مع الفصائل الإسلامية المعارضة للحكومة في
/// العام الماضي").
const DESCRIBED_WORDS: usize = 12;
/// How many words after a word opening a span of time its unit of years may stand ("على مدى
/// أكثر من 12 عاما").
const YEARS_WORDS: usize = 4;
/// How many words after an event word a span of years may open and still be told of its act
/// ("القبض على 4336 متهما بالانضمام لخلايا إرهابية خلال الـ12 عاما الماضية").
const YEARS_AFTER_WORDS: usize = 8;
/// How many words may stand between an event word and a past year that ends its phrase ("بعد
/// تفجيرات نفق المعيصم في مشعر منى 1989").
const YEAR_PHRASE_WORDS: usize = 5;

impl Context<'_> {
    /// Whether date `d` lies more than [`RECENT_DAYS`] before publication, or months or years
    /// back from it ("قبل عامين").
    fn long_past(&self, d: &DateMention) -> bool {
        self.published.is_some_and(|p| {
            d.ago || last_day(d.day, d.precision).ordinal() < p.ordinal() - RECENT_DAYS
        })
    }

    /// Whether date `d` opens or spans a stretch of time rather than dating what its clause
    /// tells ("منذ عام 2014", "منذ نهاية العام الماضي", "خلال عام 2014"): "since" or "during" at
    /// most [`STRETCH_WORDS`] words before it in its clause.
    fn stretch_date(&self, d: &DateMention) -> bool {
        let Some(t) = self.doc.token_at(d.span.start) else {
            return false;
        };
        let from = t.saturating_sub(STRETCH_WORDS);
        [Cue::SinceYear, Cue::During]
            .into_iter()
            .any(|cue| self.cue_at_token(t, cue) || self.cue_in_clause(from, t, cue).is_some())
    }

    /// Whether date `d` is told in a relative clause, a relative pronoun at most
    /// [`DESCRIBED_WORDS`] words before it in its clause ("دعم محاولة الانقلاب التي تم إحباطها في
    /// مايو", "قوات الحوثيين التي سيطرت على صنعاء في سبتمبر"): the past of a noun the sentence
    /// names, not the time the paragraph tells.
    fn described_date(&self, d: &DateMention) -> bool {
        self.doc.token_at(d.span.start).is_some_and(|t| {
            let from = t.saturating_sub(DESCRIBED_WORDS);
            self.cue_in_clause(from, t, Cue::Relative).is_some()
        })
    }

    /// Whether date `d` is told as the past of what its sentence tells: in a relative clause
    /// ([`Self::described_date`]) or in a clause of a past verb of being ([`Cue::Had`] at most
    /// [`DESCRIBED_WORDS`] words before it: "وكان عشرات الجنود نفذوا وقفة احتجاجية ... الشهر
    /// الماضي", "وكانت الشرطة قد اعتقلت الشهر الماضي").
    pub(super) fn told_as_past(&self, d: &DateMention) -> bool {
        self.described_date(d)
            || self.doc.token_at(d.span.start).is_some_and(|t| {
                let from = t.saturating_sub(DESCRIBED_WORDS);
                self.cue_in_clause(from, t, Cue::Had).is_some()
            })
    }

    /// Whether sentence `k` opens on "في" and a place ("وفي سينسيناتي، طالب محتجون ..."): it
    /// turns the story to another thread, whose time is its own.
    fn opens_on_place(&self, k: usize) -> bool {
        let doc = self.doc;
        let tokens = &doc.sentences[k].tokens;
        let (first, next) = (tokens.start, tokens.start + 1);
        next < tokens.end
            && doc.tokens[first].stem() == "في"
            && crate::context::starting_in(&self.places, |p| p.span.start, doc.tokens[next].span)
                .iter()
                .any(|p| p.span.start == doc.tokens[next].span.start)
    }

    /// The past anchor of the candidate's paragraph: with no date of its own, no recent day and
    /// no word of the last days ([`Cue::Lately`]) in its sentence, the last time told in the
    /// sentences before it in its paragraph (at most [`ANCHOR_SENTENCES`] back, no line break
    /// between) is a day, a month or a year long past ("وكان هولمس قد دخل في 20 يوليو 2012 الى
    /// دور للسينما. وقال احد الشهود انه ... ما اسفر عن مقتل 12 شخصا") or a past era ("في
    /// تسعينات القرن الماضي"): the story tells that time, until a new anchor (a recent day,
    /// "أمس", "مؤخرا") brings it back to the news. A date that opens a stretch ("منذ يونيو
    /// 2014") anchors nothing.
    pub(super) fn past_anchor(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        if c.own_date() {
            return None;
        }
        let dates_of = |span: Span| {
            self.dates_in(span)
                .iter()
                .filter(move |d| span.contains(d.span) && d.dates_events())
        };
        let lately = |span: Span| {
            crate::mention::in_sentence(&self.cues, span).filter(|m| m.value == Cue::Lately)
        };
        let own = doc.sentences.get(c.sentence)?.span;
        if dates_of(own).any(|d| !self.long_past(d))
            || lately(own).next().is_some()
            || self.opens_on_place(c.sentence)
        {
            return None;
        }
        // (a definite event noun, "الهجوم", names an incident told before: the past anchor holds
        // for it only when its own sentence tells an act of violence it may name, "تعرض الفندق
        // لهجوم عام 2008 ... وأعيد بناء الفندق بعد الهجوم"; else it retells the story's news,
        // "هاجم مسلحون قرية أمس. وكان الجيش قد انتشر فيها في مارس 2018. وقتل ستة في الهجوم")
        let anaphor = doc
            .token_at(c.trigger_span.start)
            .is_some_and(|t| self.anaphor_at(t));
        let acts = |span: Span| {
            crate::mention::in_sentence(&self.triggers, span)
                .any(|h| h.value.role == Role::Event && h.value.is_violent())
        };
        let mut k = c.sentence;
        for _ in 0..ANCHOR_SENTENCES {
            // (no line break between the sentence before and this one: one paragraph)
            let after = doc.sentences[k].span;
            let sentence = doc.sentences.get(k.checked_sub(1)?)?.span;
            if doc
                .slice(Span::new(sentence.end, after.start))
                .contains('\n')
            {
                return None;
            }
            k -= 1;
            let date = dates_of(sentence)
                .next_back()
                .map(|d| (d.span, Some(d), false));
            let era = crate::mention::in_sentence(&self.cues, sentence)
                .filter(|m| m.value == Cue::Era)
                .last()
                .map(|m| (m.span, None, false));
            let recent = lately(sentence).last().map(|m| (m.span, None, true));
            let last = [date, era, recent]
                .into_iter()
                .flatten()
                .max_by_key(|(at, _, _)| at.start);
            if let Some((at, d, recent)) = last {
                return match d {
                    _ if recent || (anaphor && !acts(sentence)) => None,
                    Some(d)
                        if !self.long_past(d) || self.stretch_date(d) || self.described_date(d) =>
                    {
                        None
                    }
                    _ => Some(at),
                };
            }
        }
        None
    }

    /// A list of past acts continued: the candidate's sentence opens on a word that adds to a
    /// list ([`Cue::Also`]: "كما", "وقبلها"), it has no date of its own, no recent day
    /// and no word of the last days in its sentence, and the sentence right before it in its
    /// paragraph tells an act of violence recalled as history (a [`Cue::History`] word at most
    /// [`NEAR_WORDS`] words before it, "سبق أن استهدفوا المصلين", or an earlier one,
    /// [`Cue::Former`] right after it): another act of that past ("... سبق أن استهدفوا المصلين في
    /// جامع الإمام الحسين ... . كما قام التنظيم الإرهابي بتفجير مسجد الإمام علي ..."). The
    /// history word is returned.
    pub(super) fn listed_after_history(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        if c.own_date() {
            return None;
        }
        let own = doc.sentences.get(c.sentence)?;
        if own.tokens.is_empty() || !self.cue_at_token(own.tokens.start, Cue::Also) {
            return None;
        }
        let recent = self
            .dates_in(own.span)
            .iter()
            .any(|d| own.span.contains(d.span) && d.dates_events() && !self.long_past(d));
        let lately =
            crate::mention::in_sentence(&self.cues, own.span).any(|m| m.value == Cue::Lately);
        if recent || lately {
            return None;
        }
        let before = doc.sentences.get(c.sentence.checked_sub(1)?)?.span;
        if doc
            .slice(Span::new(before.end, own.span.start))
            .contains('\n')
        {
            return None;
        }
        crate::mention::in_sentence(&self.triggers, before)
            .filter(|h| h.value.role == Role::Event && h.value.is_violent())
            .filter_map(|h| doc.token_at(h.span.start))
            .find_map(|k| {
                self.cue_before(before, k, NEAR_WORDS, Cue::History)
                    .or_else(|| {
                        let next = k + 1;
                        (next < doc.tokens.len()
                            && before.contains(doc.tokens[next].span)
                            && self.cue_at_token(next, Cue::Former))
                        .then(|| doc.tokens[next].span)
                    })
            })
    }

    /// An earlier act of a series: before the candidate's event word in its sentence stands
    /// a series head ([`Cue::Series`]: a construct ordinal right before a violent event word,
    /// "رابع عملية إرهابية", or an ordinal right before "من نوعه", "وهي الثالثة من نوعها"), and
    /// between the head and the event word a word that goes back to the earlier acts
    /// ([`Cue::SeriesLink`]: "حيث", "تلته", "سبقها", "بعد"); the candidate has no date of its
    /// own ("تعتبر الجريمة ... رابع عملية إرهابية تستهدف المصلين منذ بداية العام الحالي، حيث
    /// ... تلته عملية انتحارية في مسجد ... في القديح"). The head is returned.
    pub(super) fn earlier_of_series(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        if c.own_date() {
            return None;
        }
        let s = c.sentence_span;
        let t = doc.token_at(c.trigger_span.start)?;
        let violent_at = |k: usize| {
            crate::mention::in_sentence(&self.triggers, s).any(|h| {
                h.value.role == Role::Event
                    && h.value.is_violent()
                    && doc.token_at(h.span.start) == Some(k)
            })
        };
        crate::mention::in_sentence(&self.cues, s)
            .filter(|m| m.value == Cue::Series && m.span.end <= c.trigger_span.start)
            .filter_map(|m| Some((m.span, doc.token_at(m.span.start)?)))
            .filter(|&(span, k)| {
                let phrase = doc.tokens.get(k).is_some_and(|w| w.span.end < span.end);
                if phrase {
                    // "من نوعه" after an ordinal ("الثالثة من نوعها")
                    k > 0
                        && (self.cue_at_token(k - 1, Cue::Series)
                            || self.cue_at_token(k - 1, Cue::Ordinal))
                } else {
                    k + 1 < t && violent_at(k + 1)
                }
            })
            .find(|&(span, k)| {
                (k + 1..t).any(|i| {
                    doc.tokens[i].span.start >= span.end && self.cue_at_token(i, Cue::SeriesLink)
                })
            })
            .map(|(span, _)| span)
    }

    /// A span of years or months counted back told with the candidate's act, which has no day
    /// of its own: a [`Cue::Over`] word and, at most [`YEARS_WORDS`] words after it with no word
    /// of violence or punctuation between, a [`Cue::Years`] or [`Cue::Months`] unit (a figure
    /// right before a singular one: "على مدى أكثر من 12 عاما", "خلال الـ11 عاما الماضية", "خلال
    /// السنوات الماضية", "وخلال الشهور الثلاثة الماضية قتل النائب العام ... في تفجير"),
    /// told of the act: before its event word in its clause ("نشطت خلال الأعوام الماضية في
    /// تنظيم اعتداءات"), at most [`YEARS_AFTER_WORDS`] words after it with no punctuation
    /// between ("القبض على 4336 متهما بالانضمام لخلايا إرهابية خلال الـ12 عاما الماضية"), or
    /// at most [`NEAR_WORDS`] + 1 words after a violent event word told before it in its
    /// sentence ("وكشفت العمليات الإرهابية المتفرقة على مدى أكثر من 12 عاما ... بدأت بسيارات
    /// مفخخة يقودها انتحاري"). A span told of something else ("إفلات إرهاب المستوطنين من العقاب
    /// طوال عقود", "الفساد المستمر على مدى أعوام- في مظاهرات") dates nothing. The span is
    /// returned.
    pub(super) fn years_span(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        if c.own_day() {
            return None;
        }
        let s = c.sentence_span;
        let t = doc.token_at(c.trigger_span.start)?;
        let first = doc.token_at(s.start)?;
        let end = doc.last_token(s).map_or(first, |e| e + 1);
        let violent: Vec<(usize, usize)> = crate::mention::in_sentence(&self.triggers, s)
            .filter(|h| h.value.role == Role::Event && h.value.is_violent())
            .filter_map(|h| {
                let k = doc.token_at(h.span.start)?;
                Some((k, doc.last_token(h.span).unwrap_or(k)))
            })
            .collect();
        let trigger_end = doc.last_token(c.trigger_span).unwrap_or(t);
        let no_punct = |from: usize, to: usize| doc.no_punct(from..to);
        (first..end)
            .filter(|&i| self.cue_at_token(i, Cue::Over))
            .find_map(|i| {
                let u = (i..end.min(i + 1 + YEARS_WORDS))
                    .take_while(|&u| {
                        u == i
                            || (doc.tokens[u].kind != TokenKind::Punct
                                && !violent.iter().any(|&(k, _)| k == u))
                    })
                    .find(|&u| {
                        // a singular unit in the accusative ("عاما") only after a figure
                        let singular = doc.tokens[u].key.ends_with('ا');
                        (self.cue_at_token(u, Cue::Years) || self.cue_at_token(u, Cue::Months))
                            && (!singular || u > i && doc.tokens[u - 1].kind == TokenKind::Number)
                    })?;
                let before = u < t && no_punct(u + 1, t);
                let after = i > trigger_end
                    && i <= trigger_end + YEARS_AFTER_WORDS
                    && no_punct(trigger_end + 1, i);
                let of_earlier = violent
                    .iter()
                    .any(|&(k, e)| k <= t && e < i && i <= e + NEAR_WORDS + 1 && no_punct(k, i));
                (before || after || of_earlier)
                    .then(|| Span::new(doc.tokens[i].span.start, doc.tokens[u].span.end))
            })
    }

    /// An interval of months or years anchored on the event word at token `t` ("بعد ثلاث سنوات
    /// تقريبا على إطلاق النار", "بعد 4 سنوات على المذبحة", "بعد 16 عاما من"): "بعد", a count
    /// or a plural unit, the unit, at most [`ANCHOR_GAP`] word ("تقريبا") and "على" or "من"
    /// right before the event word. The anchor lies that long before what the sentence tells.
    pub(super) fn span_after_anchor(&self, s: Span, t: usize) -> Option<Span> {
        let doc = self.doc;
        let first = doc.token_at(s.start)?;
        let since = t.checked_sub(1).filter(|&i| i > first)?;
        if !self.cue_at_token(since, Cue::Since) {
            return None;
        }
        for gap in 0..=ANCHOR_GAP {
            let Some(unit) = since.checked_sub(1 + gap).filter(|&u| u > first) else {
                break;
            };
            if !doc.no_punct(unit + 1..since) {
                break;
            }
            if !self.cue_at_token(unit, Cue::PeriodUnit)
                || self.cue_at_token(unit, Cue::Days)
                || self.cue_at_token(unit, Cue::Weeks)
            {
                continue;
            }
            // the count before the unit, its qualifier words included ("نحو ثلاث"), or none
            // (a plural unit alone: "بعد سنوات من")
            let count = doc.numbers.iter().find(|n| n.tokens.end == unit && !n.date);
            let start = count.map_or(unit, |n| {
                n.cue_span
                    .and_then(|c| doc.token_at(c.start))
                    .map_or(n.tokens.start, |c| c.min(n.tokens.start))
            });
            let opener = start.checked_sub(1).filter(|&i| i >= first)?;
            if self.cue_at_token(opener, Cue::After) {
                return Some(doc.tokens[opener].span.cover(doc.tokens[since].span));
            }
        }
        None
    }

    /// A year written in figures that ends the candidate's event phrase, before the year of
    /// publication and not one of its counts: right after the event word ("هجمات 1998",
    /// "مذبحة 1915"), or at most [`YEAR_PHRASE_WORDS`] words after it with nothing between
    /// that opens another clause or a stretch of time: no punctuation, no relative pronoun, no
    /// "منذ", "خلال" or "من", no other violent event word, and the year closing its clause
    /// (punctuation or the sentence's end after it: "بعد تفجيرات نفق المعيصم في مشعر منى 1989،";
    /// not "الغارات التي تهدد الهدنة المطبقة منذ 2013", nor a count, "خسروا 1500 مقاتل"); further
    /// than right after it only for an act with no day of its own.
    pub(super) fn year_after(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        let last = doc.token_at(c.trigger_span.end.checked_sub(1)?)?;
        let counted = |n: &rasd_text::NumberMention| {
            (c.kills.iter().chain(&c.injuries)).any(|p| p.span.contains(n.span))
        };
        let violent_at = |k: usize| {
            crate::mention::in_sentence(&self.triggers, c.sentence_span).any(|h| {
                h.value.role == Role::Event
                    && h.value.is_violent()
                    && doc.token_at(h.span.start) == Some(k)
            })
        };
        // (further than right after it, only for an act with no day of its own)
        let reach = if c.own_day() { 0 } else { YEAR_PHRASE_WORDS };
        for next in last + 1..=last + 1 + reach {
            let t = doc.tokens.get(next)?;
            if !c.sentence_span.contains(t.span) {
                return None;
            }
            // (further on, the year closes the clause: punctuation or the sentence's end after
            // it; "خسروا بحسب التقديرات 1500 مقاتل" is a count, "الساعة 1100 بتوقيت" a time)
            let closes = |n: &rasd_text::NumberMention| {
                next == last + 1
                    || doc.tokens.get(n.tokens.end).is_none_or(|a| {
                        a.kind == TokenKind::Punct || !c.sentence_span.contains(a.span)
                    })
            };
            if let Some(n) = self
                .past_year_number(next)
                .filter(|n| !counted(n) && closes(n))
            {
                return Some(n.span);
            }
            let opens = t.kind == TokenKind::Punct
                || t.kind == TokenKind::Number
                || violent_at(next)
                || [Cue::Relative, Cue::SinceYear, Cue::During, Cue::Since]
                    .into_iter()
                    .any(|cue| self.cue_at_token(next, cue));
            if opens {
                return None;
            }
        }
        None
    }

    /// A past act the candidate's act is told after: after its event word in its sentence, "بعد"
    /// ([`Cue::After`]) with a violent event word right after it whose phrase a year before the
    /// publication's ends, at most [`YEAR_PHRASE_WORDS`] words after it with nothing between but
    /// words and quotation marks (no other punctuation, figure or event word), the year closing
    /// its clause ("وشن غاراتها على طالبان في أفغانستان، بعد هجمات «القاعدة» على أميركا 2001");
    /// the candidate has no date of its own. An act told only as following an act of a past year
    /// is of that past. "بعد" and the year are returned.
    pub(super) fn after_past_act(&self, c: &Candidate) -> Option<Span> {
        let doc = self.doc;
        if c.own_date() {
            return None;
        }
        let s = c.sentence_span;
        let last = doc.token_at(c.trigger_span.end.checked_sub(1)?)?;
        let end = doc.last_token(s)? + 1;
        let violent_at = |k: usize| {
            crate::mention::in_sentence(&self.triggers, s)
                .filter(|h| h.value.role == Role::Event && h.value.is_violent())
                .find(|h| doc.token_at(h.span.start) == Some(k))
                .and_then(|h| doc.last_token(h.span))
        };
        let quote = |k: usize| {
            doc.slice(doc.tokens[k].span)
                .chars()
                .all(rasd_text::is_quote)
        };
        (last + 1..end)
            .filter(|&i| i + 1 < end && self.cue_at_token(i, Cue::After))
            .find_map(|i| {
                let e = violent_at(i + 1)?;
                let mut words = 0;
                for k in e + 1..end {
                    let w = &doc.tokens[k];
                    if self.past_year(k) {
                        let closes = doc
                            .tokens
                            .get(k + 1)
                            .is_none_or(|a| a.kind == TokenKind::Punct || !s.contains(a.span));
                        return closes.then(|| doc.tokens[i].span.cover(w.span));
                    }
                    if quote(k) {
                        continue;
                    }
                    words += 1;
                    if words > YEAR_PHRASE_WORDS
                        || w.kind == TokenKind::Punct
                        || w.kind == TokenKind::Number
                        || violent_at(k).is_some()
                    {
                        return None;
                    }
                }
                None
            })
    }

    /// Whether token `i` is a year written in figures before the year of publication (one
    /// number of one token, 1000 or more).
    pub(super) fn past_year(&self, i: usize) -> bool {
        self.past_year_number(i).is_some()
    }

    /// The number at token `i` when it is a year written in figures before the year of
    /// publication: one exact figure of one token, 1000 or more, not vague, not decimal.
    fn past_year_number(&self, i: usize) -> Option<&rasd_text::NumberMention> {
        let doc = self.doc;
        let year = i64::from(self.published?.year);
        if doc.tokens.get(i)?.kind != TokenKind::Number {
            return None;
        }
        let from = if self.numbers_sorted {
            doc.numbers.partition_point(|n| n.tokens.start < i)
        } else {
            0
        };
        doc.numbers[from..]
            .iter()
            .take_while(|n| !self.numbers_sorted || n.tokens.start == i)
            .find(|n| n.tokens.start == i)
            .filter(|n| {
                n.max.is_none_or(|m| m == n.min)
                    && !n.vague
                    && !n.decimal
                    && (1000..year).contains(&(n.min as i64))
                    && n.tokens.len() == 1
            })
    }
}
