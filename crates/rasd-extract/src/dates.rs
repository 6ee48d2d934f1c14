//! Date expressions resolved against the publication date (DESIGN.md section 1).
//!
//! A resolved date after publication ("غدا", "الأسبوع المقبل", "العام المقبل", "6 أغسطس
//! المقبل", "نوفمبر 2016") is [`DateMention::future`]: it is still returned, so that its words
//! are not read as counts, but it never dates an event (an event is not reported before it
//! happens; the incident takes its date from the sentence's other expressions or the story's).

use rasd_core::DatePrecision;
use rasd_lexicon::{DateKind, DateWord};
use rasd_text::{Document, PhraseMatch, Span, TokenKind};

use crate::calendar::{days_in_month, Day};

/// A resolved date expression.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub span: Span,
    pub day: Day,
    pub precision: DatePrecision,
    /// The date (the start of the period) falls after publication: the expression tells a plan,
    /// a schedule or a forecast, not when an event happened, and must not date one.
    pub future: bool,
}

impl DateMention {
    /// Whether a later sentence without a date of its own may take this date: a day or a week
    /// (the story's clock), not a month or a year, which tell the background ("منذ مارس
    /// الماضي", "العام الماضي").
    pub fn story_clock(&self) -> bool {
        matches!(self.precision, DatePrecision::Day | DatePrecision::Week)
    }
}

/// The value of a plain digit or number-word token sequence ending right before token `end`.
fn number_before(doc: &Document, end: usize) -> Option<(u64, Span, usize)> {
    doc.numbers
        .iter()
        .find(|n| n.tokens.end == end && !n.vague && !n.dual_noun)
        .map(|n| (n.min, n.span, n.tokens.start))
}

/// A four-digit year within the next few tokens after `start` (skipping a parenthesised
/// alternative month name such as "(شباط)").
fn year_after(doc: &Document, start: usize, limit: usize) -> Option<(i32, usize)> {
    let mut i = start;
    let mut depth = 0;
    while i < limit.min(doc.tokens.len()) && i < start + 6 {
        let t = &doc.tokens[i];
        match t.kind {
            TokenKind::Punct if t.key == "(" => depth += 1,
            TokenKind::Punct if t.key == ")" => depth -= 1,
            TokenKind::Number if depth == 0 => {
                let y: i32 = t.key.parse().ok()?;
                return (1900..=2100).contains(&y).then_some((y, i));
            }
            TokenKind::Word if depth == 0 => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Finds and resolves the date expressions of the document, in text order. Without a
/// publication date, only absolute dates with a year resolve.
pub fn find_dates(
    doc: &Document,
    matches: &[PhraseMatch<'_, &'static DateWord>],
    published: Option<Day>,
) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let mut i = 0;
    while i < matches.len() {
        let m = &matches[i];
        let w = *m.value;
        // a part-of-day word or "يوم" right before extends the span ("فجر أمس", "ليلة الخميس")
        let mut span = m.span;
        if i > 0 {
            let p = &matches[i - 1];
            if p.value.kind == DateKind::PartOfDay && p.tokens.end == m.tokens.start {
                span = p.span.cover(span);
            }
        }
        let next = matches.get(i + 1);
        let anchored = |k: i32| {
            next.is_some_and(|n| {
                n.value.kind == DateKind::MonthAnchor
                    && n.tokens.start == m.tokens.end
                    && n.value.value == k
            })
        };
        let anchor_span = next
            .filter(|n| n.value.kind == DateKind::MonthAnchor && n.tokens.start == m.tokens.end)
            .map(|n| n.span);
        let resolved = match w.kind {
            DateKind::RelativeDay => published.map(|p| {
                let mut s = span;
                if let Some(a) = anchor_span {
                    s = s.cover(a);
                }
                (s, p.add_days(w.value as i64), DatePrecision::Day)
            }),
            DateKind::Weekday => published.map(|p| {
                let mut s = span;
                if let Some(a) = anchor_span {
                    s = s.cover(a);
                }
                let day = if anchored(1) {
                    // "الخميس المقبل": the next one
                    p.add_days(8).previous_weekday(w.value as u32)
                } else {
                    p.previous_weekday(w.value as u32)
                };
                (s, day, DatePrecision::Day)
            }),
            DateKind::RelativeWeek => {
                published.map(|p| (span, p.add_days(7 * w.value as i64), DatePrecision::Week))
            }
            DateKind::RelativeMonth => published.map(|p| {
                let total = p.year * 12 + p.month as i32 - 1 + w.value;
                let d = Day::new(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1);
                (span, d.unwrap_or(p), DatePrecision::Month)
            }),
            DateKind::RelativeYear => published.map(|p| {
                let d = Day::new(p.year + w.value, 1, 1).unwrap_or(p);
                (span, d, DatePrecision::Year)
            }),
            DateKind::Month => {
                let month = w.value as u32;
                let day =
                    number_before(doc, m.tokens.start).filter(|(v, _, _)| (1..=31).contains(v));
                let sentence_end = doc
                    .sentence_at(m.span.start)
                    .map(|s| doc.sentences[s].tokens.end)
                    .unwrap_or(doc.tokens.len());
                let year = year_after(doc, m.tokens.end, sentence_end);
                let mut s = span;
                if let Some((_, dspan, _)) = day {
                    s = dspan.cover(s);
                }
                if let Some((_, yi)) = year {
                    s = s.cover(doc.tokens[yi].span);
                } else if let Some(a) = anchor_span {
                    s = s.cover(a);
                }
                let year_value = match (year, published) {
                    (Some((y, _)), _) => Some(y),
                    (None, Some(p)) => {
                        let day = day.map(|(v, _, _)| v as u32);
                        // whether the month (with its day) falls before, on or after
                        // publication, at the expression's precision
                        let at = match day {
                            Some(d) => (month, d).cmp(&(p.month, p.day)),
                            None => month.cmp(&p.month),
                        };
                        Some(if anchored(-1) {
                            // "يونيو الماضي": the latest June strictly before publication;
                            // the publication month itself is not over, so "أغسطس الماضي"
                            // told in August is last year's
                            if at.is_lt() {
                                p.year
                            } else {
                                p.year - 1
                            }
                        } else if anchored(1) {
                            // "سبتمبر المقبل": the next September after publication
                            if at.is_gt() {
                                p.year
                            } else {
                                p.year + 1
                            }
                        } else if (month, day.unwrap_or(1)) > (p.month, p.day) {
                            p.year - 1
                        } else {
                            p.year
                        })
                    }
                    (None, None) => None,
                };
                // a month name alone (no day, year or anchor) is too weak: it is often a
                // name ("حي حزيران")
                if day.is_none() && year.is_none() && anchor_span.is_none() {
                    i += 1;
                    continue;
                }
                year_value.and_then(|y| match day {
                    Some((d, _, _)) if d as u32 <= days_in_month(y, month) => {
                        Day::new(y, month, d as u32).map(|dd| (s, dd, DatePrecision::Day))
                    }
                    _ => Day::new(y, month, 1).map(|dd| (s, dd, DatePrecision::Month)),
                })
            }
            _ => None,
        };
        if let Some((span, day, precision)) = resolved {
            out.push(DateMention {
                span,
                day,
                precision,
                future: published.is_some_and(|p| day > p),
            });
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    /// The date expressions of `text` published on `published`: (text, date, precision,
    /// future).
    fn dates(published: &str, text: &str) -> Vec<(String, String, DatePrecision, bool)> {
        thread_local! {
            static LEX: Lexicons = Lexicons::compile();
        }
        let doc = Document::analyze(text);
        LEX.with(|lex| {
            let matches = lex.dates.find(&doc);
            find_dates(&doc, &matches, Day::parse(published))
                .into_iter()
                .map(|d| {
                    (
                        doc.slice(d.span).to_string(),
                        d.day.iso(),
                        d.precision,
                        d.future,
                    )
                })
                .collect()
        })
    }

    fn one(published: &str, text: &str) -> (String, DatePrecision) {
        let all = dates(published, text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let (_, day, precision, _) = all.into_iter().next().unwrap();
        (day, precision)
    }

    use DatePrecision::{Day as D, Month as M};

    #[test]
    fn a_past_month_is_the_latest_before_publication() {
        let p = "2019-09-03";
        // a month before the publication month: the same year
        assert_eq!(
            one(p, "وصل الوفد في مارس الماضي."),
            ("2019-03-01".into(), M)
        );
        assert_eq!(one(p, "وصل الوفد في آب المنصرم."), ("2019-08-01".into(), M));
        // the publication month itself is not over: last year's
        assert_eq!(
            one(p, "وصل الوفد في سبتمبر الماضي."),
            ("2018-09-01".into(), M)
        );
        assert_eq!(
            one(p, "وصل الوفد في أكتوبر الماضي."),
            ("2018-10-01".into(), M)
        );
        // with a day: the latest such day before publication
        assert_eq!(
            one(p, "وصل الوفد في 2 سبتمبر الماضي."),
            ("2019-09-02".into(), D)
        );
        assert_eq!(
            one(p, "وصل الوفد في 12 سبتمبر الماضي."),
            ("2018-09-12".into(), D)
        );
        assert_eq!(
            one(p, "وصل الوفد في 12 يناير الماضي."),
            ("2019-01-12".into(), D)
        );
    }

    #[test]
    fn a_coming_date_is_after_publication_and_future() {
        let p = "2019-09-03";
        let future = |text: &str| {
            let d = dates(p, text);
            assert_eq!(d.len(), 1, "{text}: {d:?}");
            (d[0].1.clone(), d[0].3)
        };
        assert_eq!(
            future("تبدأ المحادثات في مارس المقبل."),
            ("2020-03-01".into(), true)
        );
        assert_eq!(
            future("تبدأ المحادثات في أكتوبر القادم."),
            ("2019-10-01".into(), true)
        );
        assert_eq!(
            future("تبدأ المحادثات في 9 سبتمبر المقبل."),
            ("2019-09-09".into(), true)
        );
        assert_eq!(
            future("تبدأ المحادثات الأحد المقبل."),
            ("2019-09-08".into(), true)
        );
        assert_eq!(future("تبدأ المحادثات غدا."), ("2019-09-04".into(), true));
        assert!(future("تبدأ المحادثات الأسبوع المقبل.").1);
        assert!(future("تبدأ المحادثات العام المقبل.").1);
        // today, the current month and this year are not
        assert!(!future("بدأت المحادثات اليوم.").1);
        assert!(!future("بدأت المحادثات في سبتمبر الجاري.").1);
        assert!(!future("بدأت المحادثات هذا العام.").1);
    }
}
