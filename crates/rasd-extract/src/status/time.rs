//! Readings of time in a candidate's sentence for its status: an interval of months or years
//! anchored on the event word ("بعد ثلاث سنوات تقريبا على إطلاق النار") and a past year written
//! in figures ("منذ صيف 2012", "الهجوم 2012").

use rasd_text::{Span, TokenKind};

use super::ANCHOR_GAP;
use crate::lexicon::Cue;
use crate::mention::{Candidate, Context};

impl Context<'_> {
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
            if (unit + 1..since).any(|i| doc.tokens[i].kind == TokenKind::Punct) {
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

    /// A year written in figures right after the candidate's event word, before the year of
    /// publication and not one of its counts.
    pub(super) fn year_after(&self, c: &Candidate) -> Option<Span> {
        let next = self.doc.token_at(c.trigger_span.end.checked_sub(1)?)? + 1;
        let t = self.doc.tokens.get(next)?;
        if !c.sentence_span.contains(t.span) {
            return None;
        }
        let counted = |n: &rasd_text::NumberMention| {
            (c.kills.iter().chain(&c.injuries)).any(|p| p.span.contains(n.span))
        };
        self.past_year_number(next)
            .filter(|n| !counted(n))
            .map(|n| n.span)
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
