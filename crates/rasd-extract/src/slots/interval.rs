//! Intervals: an incident told inside "بعد يومين من", "بعد أسبوع على" or "غداة" happened that
//! long before the day of the clause around it; the figures told after the interval's clause are
//! the incident's told before it.

use rasd_lexicon::Role;
use rasd_text::{Span, TokenKind};

use crate::dates::DateMention;
use crate::lexicon::Cue;
use crate::mention::{Candidate, Context};
use crate::slots::counts::CountPiece;

impl Context<'_> {
    /// The tokens of `seg`'s start and of the end of `c`'s trigger.
    pub(crate) fn seg_and_trigger(&self, c: &Candidate, seg: Span) -> Option<(usize, usize)> {
        let doc = self.doc;
        Some((doc.token_at(seg.start)?, doc.last_token(c.trigger_span)?))
    }

    /// The first interval ("بعد يومين من", "غداة") of `seg` before `c`'s trigger: its token and
    /// the trigger's last token.
    pub(crate) fn interval_before(&self, c: &Candidate, seg: Span) -> Option<(usize, usize)> {
        let (from, t) = self.seg_and_trigger(c, seg)?;
        let i = (from..t).find(|&i| self.interval_at(i).is_some())?;
        Some((i, t))
    }

    /// The figures told after the clause of an interval, past its punctuation ("... وذلك غداة
    /// تبادل لإطلاق النار على الحدود، وأسفر القصف عن مقتل تسعة"): the account returns to the
    /// incident told before the interval, which takes them when it has none of its own; a clause
    /// of what an act caused ("، مما أدى إلى مقتل") keeps them with the interval's act.
    pub(crate) fn figures_after_interval(
        &self,
        c: &mut Candidate,
        seg: Span,
        prev: &mut Candidate,
    ) {
        let doc = self.doc;
        let Some((_, t)) = self.interval_before(c, seg) else {
            return;
        };
        let Some(end) = (t + 1..doc.tokens.len())
            .take_while(|&i| doc.tokens[i].span.start < seg.end)
            .find(|&i| doc.tokens[i].kind == TokenKind::Punct)
        else {
            return;
        };
        // "غداة هجوم آخر ... في القدس، مما أدى إلى مقتل فتاة": a clause of what an act caused
        // ([`Cue::Consequence`]) tells the toll of the interval's act, told right before it
        if self.cue_at_token(end + 1, Cue::Consequence) {
            return;
        }
        let boundary = doc.tokens[end].span.start;
        let after = |v: &mut Vec<CountPiece>| -> Vec<CountPiece> {
            let (late, kept): (Vec<_>, Vec<_>) =
                v.drain(..).partition(|p| p.span.start >= boundary);
            *v = kept;
            late
        };
        let kills = after(&mut c.kills);
        let injuries = after(&mut c.injuries);
        if prev.kills.is_empty() {
            prev.kills = kills;
        }
        if prev.injuries.is_empty() {
            prev.injuries = injuries;
        }
        for (word, theirs) in [
            (&mut c.kill_word, &mut prev.kill_word),
            (&mut c.injury_word, &mut prev.injury_word),
        ] {
            if let Some(w) = word.filter(|w| w.start >= boundary) {
                *word = None;
                theirs.get_or_insert(w);
            }
        }
    }

    /// An incident told inside an interval with no earlier incident of the sentence to anchor
    /// on ("تأتي تصريحات عباس بعد يومين من مقتل رضيع ..."): the day of the clause before the
    /// interval (told there, or the story's) is the day of the interval's end, and the incident
    /// happened that many days before it. A day told after the interval is the incident's own.
    pub(crate) fn interval_in_clause(&self, c: &mut Candidate, seg: Span) {
        let doc = self.doc;
        let Some((from, t)) = self.seg_and_trigger(c, seg) else {
            return;
        };
        let Some(i) = (from..t)
            .rev()
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .find(|&i| self.interval_at(i).is_some() || self.vague_interval_at(i))
        else {
            return;
        };
        let Some(anchor) = c.date.clone() else {
            return;
        };
        if anchor.1 || anchor.0.span.end <= doc.tokens[i].span.start {
            self.date_before(c, i, &anchor);
        } else if self.another_event_before(c.trigger_span, &anchor.0) {
            // a day told after the interval's incident and after another event word is that
            // event's ("ويأتي هذا التصعيد غداة قصف جوي تركي ... ردا على مقتل شرطيين تركيين
            // الأسبوع الماضي"): the interval counts from the story's day told before
            if let Some(story) = self.story_date_before(seg.start) {
                self.date_before(c, i, &(story.clone(), true));
            }
        }
    }

    /// Whether the day `d`, told after the incident's words `trigger_span`, is another event's:
    /// a word of background ("ردا على", "بعد", "منذ") stands between them and opens an event
    /// word of violence, a death or an injury told before the day ("ردا على مقتل شرطيين تركيين
    /// الأسبوع الماضي"). A day told in the relative clause that describes the incident ("الهجوم
    /// الانتحاري الذي أوقع 32 قتيلا ... قبيل ظهر الاثنين") stays its own.
    fn another_event_before(&self, trigger_span: Span, d: &DateMention) -> bool {
        let doc = self.doc;
        let (Some(last), Some(first)) = (doc.last_token(trigger_span), doc.token_at(d.span.start))
        else {
            return false;
        };
        if first <= last + 1
            || self
                .relative_clause_date(std::iter::once(d), trigger_span)
                .is_some()
        {
            return false;
        }
        let event = |h: &crate::context::Hit<&'static rasd_lexicon::Trigger>| {
            matches!(h.value.role, Role::Kill | Role::Injure)
                || h.value.role == Role::Event && h.value.is_violent()
        };
        (last + 1..first)
            .filter(|&i| self.cue_at_token(i, Cue::Background))
            .any(|i| {
                crate::context::in_sentence(
                    &self.triggers,
                    Span::new(doc.tokens[i].span.end, d.span.start),
                )
                .any(event)
            })
    }

    /// Leaves `c` with no day (an act told inside an interval of a vague length).
    pub(crate) fn undate(&self, c: &mut Candidate) {
        c.reaction_day = false;
        c.said_day = false;
        c.other_kind_day = false;
        c.parted_day = false;
        c.date = None;
    }

    /// Whether token `i` opens an interval of a vague length: "بعد" ([`Cue::After`]), words of
    /// an amount not told exactly ([`Cue::VagueAmount`]: a qualifier, "أقل من", "نحو", "بضعة",
    /// with a count or a dual unit after it, or a plural unit with no count, "أيام", "أسابيع"),
    /// a unit of days or weeks, and the word that opens its anchor ("بعد أقل من أسبوعين على
    /// أعمال عنف", "بعد أيام من مقتل"). The act told inside it happened that vague time before
    /// the clause's day: on no day the text gives.
    pub(crate) fn vague_interval_at(&self, i: usize) -> bool {
        if !self.cue_at_token(i, Cue::After) {
            return false;
        }
        let doc = self.doc;
        let unit = |j: usize| self.cue_at_token(j, Cue::Days) || self.cue_at_token(j, Cue::Weeks);
        // the qualifier's words, up to the count or the unit (and the "من" of a comparative,
        // "أقل من")
        let mut j = i + 1;
        while j < doc.tokens.len()
            && !unit(j)
            && (self.cue_at_token(j, Cue::VagueAmount)
                || j > i + 1
                    && self.cue_at_token(j, Cue::Since)
                    && self.cue_at_token(j - 1, Cue::VagueAmount))
        {
            j += 1;
        }
        let qualified = j > i + 1;
        // a count after the qualifier ("أقل من ثلاثة أيام")
        if qualified {
            if let Some(n) = (doc.numbers.iter()).find(|n| n.tokens.start == j && !n.date) {
                j = if n.dual_noun {
                    n.tokens.end - 1
                } else {
                    n.tokens.end
                };
            }
        }
        if j >= doc.tokens.len()
            || !unit(j)
            || !(qualified || self.cue_at_token(j, Cue::VagueAmount))
        {
            return false;
        }
        let since = if self.cue_at_token(j + 1, Cue::Only) {
            j + 2
        } else {
            j + 1
        };
        self.cue_at_token(since, Cue::Since)
    }

    /// Dates `c` the interval at token `i` before `anchor`, the day the interval ends.
    /// An interval of a vague length ("بعد أقل من أسبوعين على أعمال عنف", "بعد أيام من") gives
    /// it no day: it came some time before the anchor.
    pub(crate) fn date_before(&self, c: &mut Candidate, i: usize, anchor: &(DateMention, bool)) {
        if self.vague_interval_at(i) {
            self.undate(c);
            return;
        }
        let doc = self.doc;
        let Some((count, days, unit_at)) = self.interval_at(i) else {
            return;
        };
        let span = doc.tokens[i].span.cover(doc.tokens[unit_at].span);
        c.reaction_day = false;
        c.said_day = false;
        c.other_kind_day = false;
        c.parted_day = false;
        c.date = Some((
            DateMention {
                span,
                day: anchor.0.day.add_days(-(count as i64 * days)),
                future: false,
                name: false,
                ago: false,
                relative: None,
                last_month: false,
                precision: if days == 1 {
                    anchor.0.precision
                } else {
                    rasd_core::DatePrecision::Week
                },
            },
            anchor.1,
        ));
    }

    /// "بعد ثلاثة أيام على", "بعد يومين من", "بعد أسبوع من" at token `i`: the count of units,
    /// the days in a unit, and the unit's token.
    pub(crate) fn interval_at(&self, i: usize) -> Option<(u64, i64, usize)> {
        // "غداة" is the whole interval: the day after
        if self.cue_at_token(i, Cue::Morrow) {
            return Some((1, 1, i));
        }
        if !self.cue_at_token(i, Cue::After) {
            return None;
        }
        let numbers = &self.doc.numbers;
        let from = if self.numbers_sorted {
            numbers.partition_point(|n| n.tokens.start < i + 1)
        } else {
            0
        };
        let number = numbers[from..]
            .iter()
            .take_while(|n| !self.numbers_sorted || n.tokens.start == i + 1)
            .find(|n| n.tokens.start == i + 1 && !n.vague && !n.dual_noun);
        let (count, unit_at) = match number {
            Some(n) => (n.min, n.tokens.end),
            None if self.cue_at_token(i + 1, Cue::Dual) => (2, i + 1),
            None => (1, i + 1),
        };
        let days = if self.cue_at_token(unit_at, Cue::Days) {
            1
        } else if self.cue_at_token(unit_at, Cue::Weeks) {
            7
        } else {
            return None;
        };
        // ("بعد عشرة أيام فقط على": an adverb of "only" between the unit and its anchor word)
        let since = if self.cue_at_token(unit_at + 1, Cue::Only) {
            unit_at + 2
        } else {
            unit_at + 1
        };
        (self.cue_at_token(since, Cue::Since) && count <= 366).then_some((count, days, unit_at))
    }
}
