//! Date: the day of a mention, from the date mentions of its sentence part or the story's.

use rasd_text::Span;

use crate::dates::{nearest, DateMention};
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
        // an incident of another day told before
        nearest(own, trigger_span)
            .map(|d| (d.clone(), self.said(d)))
            .or_else(|| {
                self.story_date_before(span.start)
                    .map(|d| (d.clone(), true))
            })
    }
}
