//! A place named with another act's day: "قتلوا في إقليم قندز مساء أول من أمس عندما فجر انتحاري
//! ... في سلسلة هجمات تضمنت هجوما على قاعدة ... في كابل قبل يوم واحد": the day told right after
//! the place dates the act whose place it is, not the incident, which its sentence dates to
//! another day told nearer its event word.

use rasd_text::Span;

use crate::dates::DateMention;
use crate::lexicon::Cue;
use crate::mention::{starting_in, Context};

impl Context<'_> {
    /// Whether a place mention is told with another act's day: a day right after it (its next
    /// word opens the day), or a span of days counted before or after it ("قبل يوم واحد"),
    /// while another day of its sentence (a different one) is told nearer the incident's event
    /// word, and an act of violence other than `trigger` told between the
    /// event word and the place (the act the place and its day belong to).
    pub(super) fn other_act_day(&self, p: &rasd_geo::PlaceMention, trigger: Span) -> bool {
        let doc = self.doc;
        let Some(last) = doc.last_token(p.span) else {
            return false;
        };
        let (Some(next), Some(s)) = (doc.tokens.get(last + 1), doc.sentence_of_token(last)) else {
            return false;
        };
        let sentence = doc.sentences[s].span;
        if trigger.start < sentence.start || trigger.end > sentence.end {
            return false;
        }
        let dates: Vec<&DateMention> = (self.dates_in(sentence).iter())
            .filter(|d| sentence.start <= d.span.start && d.span.end <= sentence.end)
            .filter(|d| d.dates_events())
            .collect();
        let gap = |x: Span| {
            if x.start >= trigger.end {
                x.start - trigger.end
            } else {
                trigger.start.saturating_sub(x.end)
            }
        };
        // the place's own time: a day that opens right after it, or a span of days counted
        // before or after it ("قبل يوم واحد", "بعد يومين", which date nothing of their own)
        let own = dates.iter().find(|d| d.span.start == next.span.start);
        let counted = || {
            let i = last + 1;
            self.cue_at_token(i, Cue::Background)
                && self.cue_at_token(i, Cue::Barrier)
                && (i + 1..(i + 4).min(doc.tokens.len())).any(|j| {
                    self.cue_at_token(j, Cue::Days)
                        || self.cue_at_token(j, Cue::Weeks)
                        || self.cue_at_token(j, Cue::Dual)
                })
        };
        let (own_span, own_day) = match own {
            Some(d) => (d.span, Some(d.day)),
            None if counted() => (next.span, None),
            None => return false,
        };
        // another day of the sentence, told nearer the event word, dates the incident
        let nearer = dates.iter().any(|d| {
            d.span != own_span && own_day.is_none_or(|o| d.day != o) && gap(d.span) < gap(own_span)
        });
        // (the other act between the event word and the place: "تضمنت هجوما على قاعدة ... في
        // كابل")
        let between = if p.span.start >= trigger.end {
            Span::new(trigger.end, p.span.start)
        } else {
            Span::new(p.span.end, trigger.start)
        };
        nearer
            && starting_in(&self.triggers, |h| h.span.start, between)
                .iter()
                .any(|h| h.span.end <= between.end && h.value.is_violent())
    }
}
