//! Date: the day of a mention, from the date mentions of its sentence part or the story's.

use rasd_text::{Span, TokenKind};

use crate::dates::{nearest, DateMention};
use crate::lexicon::Cue;
use crate::mention::Context;

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
        let own = (self.dates_in(span).iter())
            .filter(|d| d.dates_events() && d.span.start >= span.start && d.span.end <= span.end);
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
        self.relative_clause_date(own.clone(), trigger_span)
            .or_else(|| nearest(own, trigger_span))
            .map(|d| match story() {
                Some(s) if self.said(d) && today(d) && just_before(s, d) => (s.clone(), true),
                _ => (d.clone(), self.said(d)),
            })
            .or_else(|| story().map(|d| (d.clone(), true)))
    }

    /// The day told in the relative clause that describes the incident's words ("ندد الخطباء
    /// اليوم بالتفجير الإجرامي الذي حدث في مسجد ... يوم أمس"): a relative pronoun at most
    /// [`RELATIVE_WORDS`] words after them, the day after it in the same clause (no punctuation
    /// between). It dates the incident before a nearer day told around it.
    fn relative_clause_date<'d>(
        &self,
        own: impl Iterator<Item = &'d DateMention>,
        trigger_span: Span,
    ) -> Option<&'d DateMention> {
        let doc = self.doc;
        let last = doc.token_at(trigger_span.end.saturating_sub(1))?;
        let end = (last + 1 + RELATIVE_WORDS).min(doc.tokens.len());
        let rel = (last + 1..end)
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .find(|&i| self.cue_at_token(i, Cue::Relative))?;
        own.filter(|d| d.span.start > doc.tokens[rel].span.end && !self.said(d))
            .filter(|d| {
                let first = doc.token_at(d.span.start).unwrap_or(rel);
                (rel + 1..first).all(|i| doc.tokens[i].kind != TokenKind::Punct)
            })
            .min_by_key(|d| d.span.start)
    }
}

/// How many days before the publication day a story's day may be for a statement told that
/// day to date nothing of its own ([`Context::incident_date`]).
const NEWS_DAYS_BEFORE: i64 = 2;

/// How many words after an incident's words a relative pronoun may open the clause that
/// describes it ("بالتفجير الإجرامي الذي").
const RELATIVE_WORDS: usize = 2;
