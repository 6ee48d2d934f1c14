//! Date expressions resolved against the publication date (DESIGN.md section 1).
//!
//! How an expression resolves, with `published` = P:
//! - "أمس", "اليوم", "الأسبوع الماضي", "الشهر الماضي", "العام الماضي": P moved by the offset,
//!   at the precision of the unit.
//! - A weekday: bare ("الاثنين") the latest such day on or before P (P's own weekday is P);
//!   with "الماضي" ("الخميس الماضي") the latest strictly before P; with "المقبل" the next
//!   one; after a relative day ("أمس الاثنين", "اليوم الجمعة") the latest such day on or
//!   before that day, or the day right after it when that is the weekday named and not after
//!   P, so the two words are one expression with one date (the weekday wins when they
//!   disagree, as when the publication date is a crawl date a day later or earlier).
//! - A month name with a day, a part of the month ("مطلع", "منتصف", "أواخر"), "شهر", its
//!   other name ("يونيو (حزيران)"), an anchor or a year:
//!   - with a year ("20 من يوليو من عام 2015", "أغسطس من العام الماضي"): that year;
//!   - with "الماضي"/"المنصرم": the latest occurrence strictly before P at the expression's
//!     precision: "يونيو الماضي" told on 1 August is June of the same year, "أغسطس الماضي"
//!     told in August is last year's (the month is not over, so it is not past: the current
//!     month is "أغسطس الحالي"), and "27 ديسمبر الماضي" is the latest 27 December before P;
//!   - with "الحالي"/"الجاري": P's year;
//!   - with "المقبل"/"القادم": the next occurrence after P;
//!   - bare: P's year, or the year before if that day or month is later than P.
//! - "عام 2015", "سنة 1981", "في 2002" (not part of a month expression): that year, year
//!   precision; so is a year opening a sentence with a dash after it, a chronology's line
//!   ("1991 - اغتيال رئيس الوزراء ...").
//! - An explicit day right after a relative day or a weekday ("أمس الـ20 من يوليو", "الأحد
//!   19 يوليو") wins: the expression is one, with the explicit date.
//!
//! A resolved date after P ("غدا", "الأسبوع المقبل", "العام المقبل", "6 أغسطس المقبل",
//! "نوفمبر 2016") is [`DateMention::future`]: it is still returned, so that its words are not
//! read as counts, but it never dates an event (an event is not reported before it happens;
//! the incident takes its date from the sentence's other expressions, see [`nearest`], or from
//! the story's clock, see [`DateMention::story_clock`]).

use rasd_core::DatePrecision;
use rasd_lexicon::{DateKind, DateWord};
use rasd_text::{Document, PhraseMatch, Span, TokenKind};

use crate::calendar::{days_in_month, Day};

mod calendar;
mod numbers;

use calendar::Calendar;
use numbers::{number_at, number_before, numeric_dates, same_date_again, BARE_YEARS, HIJRI_YEARS};

/// A resolved date expression.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub span: Span,
    pub day: Day,
    pub precision: DatePrecision,
    /// The date (the start of the period) falls after publication: the expression tells a plan,
    /// a schedule or a forecast, not when an event happened, and must not date one.
    pub future: bool,
    /// The expression names a street, a square or a camp ("شارع 26 سبتمبر"): it is no time and
    /// dates nothing (kept so that its figures are not read as counts).
    pub name: bool,
    /// The expression counts months or years back from publication ("قبل شهر", "قبل ثلاثة
    /// أشهر"): the event it dates lies at least that long before the story.
    pub ago: bool,
    /// The expression is a day counted from the story's today alone ("أمس", "مساء أمس",
    /// "اليوم", "أول من أمس", not "أمس الخميس"), with its offset (-1 yesterday): a day told
    /// in a quotation said on another day counts from that day instead
    /// (`Context::quoted_day`).
    pub relative: Option<i64>,
    /// The expression names the month before publication's, whole ([`Deixis::LastMonth`]).
    pub last_month: bool,
}

impl DateMention {
    /// Whether the expression can date an event: not after publication, not a name.
    pub fn dates_events(&self) -> bool {
        !self.future && !self.name
    }
}

/// What a mention was made of, for joining it with the expression right after it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Deixis {
    /// A day relative to publication, with its offset.
    RelativeDay(i64),
    /// A weekday.
    Weekday,
    /// A month expression or a date of numbers with a day, in its calendar.
    ExplicitDay(Calendar),
    /// Months or years back from publication ("قبل شهر").
    Ago,
    /// The month before publication's, whole: no day and no part of it told ("الشهر الماضي",
    /// not "أواخر الشهر الماضي" nor "28 من الشهر الماضي").
    LastMonth,
    Other,
}

/// How many days before publication the story's clock reaches.
const STORY_DAYS: i64 = 31;

/// How many days before a week's date (publication moved by whole weeks) a day it tells may lie
/// ([`DateMention::days_apart`]).
const WEEK_SPREAD: i64 = 6;

/// The finer the smaller: day 0, week 1, month 2, year 3.
fn rank(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Day => 0,
        DatePrecision::Week => 1,
        DatePrecision::Month => 2,
        DatePrecision::Year => 3,
    }
}

impl DateMention {
    /// Whether a later sentence without a date of its own may take this date: a day or a week
    /// of the last month before publication (the story's clock), not a month or a year, nor a
    /// day long past, which tell the background ("منذ مارس الماضي", "العام الماضي", "عام
    /// 2004", "ولد في الخامس من أكتوبر 1944").
    pub fn story_clock(&self, published: Option<Day>) -> bool {
        matches!(self.precision, DatePrecision::Day | DatePrecision::Week)
            && published.is_none_or(|p| p.ordinal() - self.day.ordinal() <= STORY_DAYS)
    }

    /// Whether the two cannot name the same time: they differ at the coarser of their
    /// precisions (a week is left alone).
    pub fn conflicts(&self, other: &DateMention) -> bool {
        use DatePrecision::{Day, Week, Year};
        let (a, b) = (self.day, other.day);
        match (self.precision, other.precision) {
            (Week, _) | (_, Week) => false,
            (Day, Day) => a != b,
            (Year, _) | (_, Year) => a.year != b.year,
            _ => (a.year, a.month) != (b.year, b.month),
        }
    }

    /// How many days apart the two dates lie at the least: a week ("هذا الأسبوع", "الأسبوع
    /// الماضي": publication moved by whole weeks, DESIGN.md section 1) names no day but the
    /// seven ending on its date ([`WEEK_SPREAD`] before it), any of which may be the one it
    /// tells ("خطف ... هذا الأسبوع" and "مساء الأربعاء الماضي" five days before publication are
    /// one time). Other precisions count from their dates as they stand.
    pub fn days_apart(&self, other: &DateMention) -> i64 {
        let span = |d: &DateMention| {
            let end = d.day.ordinal();
            match d.precision {
                DatePrecision::Week => (end - WEEK_SPREAD, end),
                _ => (end, end),
            }
        };
        let ((a0, a1), (b0, b1)) = (span(self), span(other));
        (b0 - a1).max(a0 - b1).max(0)
    }

    /// Whether this date is a day told within the week `other` names ([`Self::days_apart`]):
    /// the finer account of the same time ("هذا الأسبوع" and "مساء الأربعاء الماضي").
    pub fn day_within_week(&self, other: &DateMention) -> bool {
        self.precision == DatePrecision::Day
            && other.precision == DatePrecision::Week
            && self.days_apart(other) == 0
    }

    /// Whether this date is finer than `other` and lies within its period ("أمس" within "عام
    /// 2008", "الخميس الماضي" within "الشهر الجاري").
    fn refines(&self, other: &DateMention) -> bool {
        let (a, b) = (self.day, other.day);
        rank(self.precision) < rank(other.precision)
            && match other.precision {
                DatePrecision::Year => a.year == b.year,
                DatePrecision::Month => (a.year, a.month) == (b.year, b.month),
                DatePrecision::Week => (0..7).contains(&(a.ordinal() - b.ordinal())),
                DatePrecision::Day => false,
            }
    }
}

/// The date of an incident among the dates of its sentence: the one nearest to the trigger,
/// unless a finer one of them falls within it ("قتل أمس ... هو الأول في عام 2008"): then the
/// finest of those, the nearest first.
pub fn nearest<'a>(
    dates: impl Iterator<Item = &'a DateMention> + Clone,
    trigger: Span,
) -> Option<&'a DateMention> {
    let near = dates.clone().min_by_key(|d| trigger.gap(d.span))?;
    dates
        .filter(|d| d.refines(near))
        .min_by_key(|d| (rank(d.precision), trigger.gap(d.span)))
        .or(Some(near))
}

type Match<'a> = PhraseMatch<'a, &'static DateWord>;

/// The shortest unit of a span counted back from publication that dates an incident (a month).
const MIN_AGO_DAYS: i64 = 30;

/// Punctuation between a month name and its other name: "يونيو (حزيران)", "أكتوبر/تشرين
/// الأول", "ديسمبر - كانون الأول".
fn month_separator(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Punct
            && (t.key == "(" || t.key == "/" || t.key.chars().all(rasd_text::is_dash))
    })
}

/// A token that opens a quoted or bracketed name ("«", "\"", "("): a name cue before it
/// names what it opens ("صحيفة «اليوم»", "لـ(اليوم)").
fn opens_name(t: &rasd_text::Token) -> bool {
    t.kind == TokenKind::Quote || (t.kind == TokenKind::Punct && t.key == "(")
}

struct Scan<'d, 'm> {
    doc: &'d Document,
    matches: &'m [Match<'m>],
    published: Option<Day>,
}

impl<'d, 'm> Scan<'d, 'm> {
    /// The span of time after "قبل" at token `i`: (count, days of a unit, the token after it).
    /// A count then a unit ("ثلاثة أشهر", "نحو 15 عاما"), a dual ("شهرين") or a unit alone
    /// (one of it: "أسبوع", "عقد من الزمن", and the month and year cues "شهر", "عام", "سنة").
    fn ago_span(&self, i: usize) -> Option<(u64, i64, usize)> {
        let unit_at = |j: usize, kind: DateKind| self.kind_at(j, kind).map(|u| u.value.value);
        // a count starting here, its qualifier words included ("حوالي ثلاثة")
        let n = self.doc.numbers.iter().find(|n| {
            let first = n
                .cue_span
                .and_then(|c| self.doc.token_at(c.start))
                .map_or(n.tokens.start, |t| t.min(n.tokens.start));
            first == i && !n.date
        });
        if let Some(n) = n {
            let days = unit_at(n.tokens.end, DateKind::AgoUnit)?;
            return Some((n.min, i64::from(days), n.tokens.end + 1));
        }
        if let Some(days) = unit_at(i, DateKind::AgoDual) {
            return Some((2, i64::from(days), i + 1));
        }
        // (a unit of several words, "عقد من الزمن", ends where its match does)
        let one_end = self
            .kind_at(i, DateKind::AgoOne)
            .map_or(i + 1, |m| m.tokens.end);
        let one = unit_at(i, DateKind::AgoOne).or_else(|| {
            let m = self.starting(i)?;
            match m.value.kind {
                DateKind::MonthCue if m.value.value == 0 => Some(30),
                DateKind::YearCue => Some(365),
                _ => None,
            }
        })?;
        // the unit alone ("يوم واحد" too), not a cue of a date that follows ("قبل عام 2011" is
        // a year)
        let one_word = self
            .doc
            .numbers
            .iter()
            .find(|n| n.tokens.start == i + 1 && n.min == 1 && n.max == Some(1) && !n.date);
        if let Some(n) = one_word {
            return Some((1, i64::from(one), n.tokens.end));
        }
        let next = self.doc.tokens.get(i + 1);
        let named = next.is_some_and(|t| t.kind == TokenKind::Number)
            || self
                .starting(i + 1)
                .is_some_and(|m| m.value.kind == DateKind::Month);
        (!named).then_some((1, i64::from(one), one_end))
    }

    /// A year at token `i`, as a year of the Common era, and the token after it: a bare
    /// four-digit year of [`BARE_YEARS`], or any year with its era after it ("1791م", "عام
    /// 1400هـ": the Common year that holds most of that Hijri year, 1980).
    fn year(&self, i: usize, limit: usize) -> Option<(i32, usize)> {
        let calendar = match self.era(i + 1, limit) {
            Some((Calendar::Hijri, _)) => Calendar::Hijri,
            _ => Calendar::Gregorian,
        };
        let (y, end) = self.calendar_year(i, limit, calendar)?;
        match calendar {
            Calendar::Hijri => Some((rasd_core::hijri::gregorian_year(y)?, end)),
            Calendar::Gregorian => (y <= *BARE_YEARS.end()).then_some((y, end)),
        }
    }

    /// The year of a month name or a date of numbers of `calendar` at token `i`, in that
    /// calendar, and the token after it: with its era, or bare (a Common year of
    /// [`BARE_YEARS`], a Hijri year of [`HIJRI_YEARS`]).
    fn calendar_year(&self, i: usize, limit: usize, calendar: Calendar) -> Option<(i32, usize)> {
        let y = number_at(self.doc, i, limit)?;
        match (self.era(i + 1, limit), calendar) {
            (Some((era, end)), _) if era == calendar && y >= 1 => Some((y, end)),
            (Some(_), _) => None,
            (None, Calendar::Gregorian) => BARE_YEARS.contains(&y).then_some((y, i + 1)),
            (None, Calendar::Hijri) => HIJRI_YEARS.contains(&y).then_some((y, i + 1)),
        }
    }

    /// The era word at token `i` (before `limit`): its calendar and the token after it.
    fn era(&self, i: usize, limit: usize) -> Option<(Calendar, usize)> {
        let e = self
            .kind_at(i, DateKind::Era)
            .filter(|e| e.tokens.end <= limit)?;
        let calendar = match e.value.value {
            1 => Calendar::Hijri,
            _ => Calendar::Gregorian,
        };
        Some((calendar, e.tokens.end))
    }

    /// The match starting at token `i`.
    fn starting(&self, i: usize) -> Option<&'m Match<'m>> {
        let k = self.matches.partition_point(|m| m.tokens.start < i);
        self.matches.get(k).filter(|m| m.tokens.start == i)
    }

    /// The match of `kind` starting at token `i`.
    fn kind_at(&self, i: usize, kind: DateKind) -> Option<&'m Match<'m>> {
        self.starting(i).filter(|m| m.value.kind == kind)
    }

    /// The match of `kind` ending right before token `i`.
    fn kind_before(&self, i: usize, kind: DateKind) -> Option<&'m Match<'m>> {
        let k = self.matches.partition_point(|m| m.tokens.end < i);
        self.matches
            .get(k)
            .filter(|m| m.tokens.end == i && m.value.kind == kind)
    }

    /// Whether a verb in the future (the prefix "س" on a verb of the present, "ستعقد", or
    /// "سوف" before it), or a verb of beginning in the present ([`DateKind::Onset`]: "هدنة
    /// إنسانية ... تبدأ منتصف ليلة الإثنين", what is to begin), stands at most
    /// [`FUTURE_WORDS`] words before token `i`, in its clause (no punctuation between).
    fn future_verb_before(&self, i: usize) -> bool {
        let doc = self.doc;
        (i.saturating_sub(FUTURE_WORDS)..i)
            .rev()
            .take_while(|&j| doc.tokens[j].kind == TokenKind::Word)
            .any(|j| {
                let t = &doc.tokens[j];
                // (not a noun that opens with the letter: "سنية", "ستة" end in a ta marbuta)
                t.stem() == "سوف"
                    || t.clitics.last() == Some(&"س")
                        && t.stem().starts_with(['ي', 'ت', 'ن', 'ا'])
                        && !doc.ends_in_ta_marbuta(j)
                    || self.kind_at(j, DateKind::Onset).is_some()
            })
    }

    /// Whether the weekday matched at `matches[i]` (day `weekday`) is the first of a night told
    /// by its two days: the next weekday follows it after a dash, a slash or an opening bracket
    /// ("ليل الأربعاء - الخميس", "ليل الأحد/الاثنين", "ليل الأحد (الإثنين)"), or right after it.
    fn next_weekday_of_night(&self, i: usize, weekday: i32) -> bool {
        let (Some(m), Some(next)) = (self.matches.get(i), self.matches.get(i + 1)) else {
            return false;
        };
        next.value.kind == DateKind::Weekday
            && next.value.value == (weekday + 1) % 7
            && next.tokens.start >= m.tokens.end
            && next.tokens.start - m.tokens.end <= 2
            && (m.tokens.end..next.tokens.start).all(|t| {
                let k = self.doc.tokens[t].key.as_str();
                k == "/" || k == "(" || k.chars().all(rasd_text::is_dash)
            })
    }

    /// The end of the sentence holding token `i`.
    fn sentence_end(&self, i: usize) -> usize {
        self.doc
            .sentence_of_token(i)
            .map(|s| self.doc.sentences[s].tokens.end)
            .unwrap_or(self.doc.tokens.len())
    }

    /// A month expression around the month name `m` of `calendar`: its tokens, span, date,
    /// precision. `before` is the date of the expression told before it, for "من العام
    /// نفسه".
    /// `named`: the words before it make even a bare month name a time ("الجمعة الثانية من
    /// رمضان"). The last item is the year in `calendar`.
    fn month(
        &self,
        m: &Match<'_>,
        calendar: Calendar,
        before: Option<Day>,
        named: bool,
    ) -> Option<(std::ops::Range<usize>, Span, Day, DatePrecision, i32)> {
        let doc = self.doc;
        let month = m.value.value as u32;
        let limit = self.sentence_end(m.tokens.start);
        let mut span = m.span;

        // the month's other name: "يونيو (حزيران)", "أكتوبر/تشرين الأول", "مايو أيار"
        let mut end = m.tokens.end;
        let mut j = end;
        let mut open = false;
        while j < limit {
            if month_separator(doc, j) {
                open |= doc.tokens[j].key == "(";
                j += 1;
                continue;
            }
            match self.kind_at(j, m.value.kind) {
                Some(n) if n.value.value == m.value.value => {
                    j = n.tokens.end;
                    if open && j < limit && doc.tokens[j].key == ")" {
                        j += 1;
                        open = false;
                    }
                    end = j;
                }
                _ => break,
            }
        }
        let other_name = end > m.tokens.end;

        // after it: an anchor ("الماضي"), or a year ("2015", "من عام 2015", "من العام الماضي")
        let mut anchor = None;
        let mut year = None;
        if let Some(a) = self.kind_at(end, DateKind::MonthAnchor) {
            anchor = Some(a.value.value);
            end = a.tokens.end;
        } else {
            let mut j = end;
            if let Some(l) = self.kind_at(j, DateKind::Link) {
                j = l.tokens.end;
            }
            if let Some(r) = self.kind_at(j, DateKind::RelativeYear) {
                year = Some(calendar.of(self.published?).0 + r.value.value);
                end = r.tokens.end;
            } else {
                if let Some(c) = self.kind_at(j, DateKind::YearCue) {
                    j = c.tokens.end;
                }
                if let Some(same) = self.kind_at(j, DateKind::SameYear) {
                    // the year of the date told before, or none known
                    year = Some(calendar.of(before?).0);
                    end = same.tokens.end;
                } else if let Some((y, after)) = self.calendar_year(j, limit, calendar) {
                    year = Some(y);
                    end = after;
                }
            }
        }
        if end > m.tokens.end {
            span = span.cover(doc.tokens[end - 1].span);
        }

        // before it: a part of the month or "شهر", a day ("20", "الـ20 من", "السابع من")
        let mut start = m.tokens.start;
        let mut part = None;
        if let Some(c) = self.kind_before(start, DateKind::MonthCue) {
            part = Some(c.value.value as u32);
            start = c.tokens.start;
            span = span.cover(c.span);
        }
        let mut day = None;
        // a day before a part of the month makes no date ("15 منتصف يوليو")
        if part.unwrap_or(0) == 0 {
            if let Some((d, first, dspan)) = self.day_before(start) {
                day = Some(d);
                start = first;
                span = span.cover(dspan);
            }
        }

        // a month name alone is too weak: it is often a name ("حي حزيران"), but not after the
        // cue of a bare year ("في 2002"): "وفي يوليو، تبنّى تنظيم داعش هجوما" is that month (a
        // Common month of more than two letters: "في اب" is the province of Ibb, "في رمضان"
        // the holy month of any year)
        let bare = calendar == Calendar::Gregorian
            && self.kind_before(start, DateKind::YearCue).is_some()
            && m.span.end - m.span.start > 2;
        if day.is_none()
            && !bare
            && year.is_none()
            && anchor.is_none()
            && part.is_none()
            && !other_name
            && !named
        {
            return None;
        }
        let year = match (year, self.published.map(|p| calendar.of(p))) {
            (Some(y), _) => y,
            (None, None) => return None,
            (None, Some(p)) => {
                let (p_year, p_month, p_day) = p;
                // the day the comparison with publication is made on
                let on = day.or(part.filter(|&d| d > 0));
                match anchor {
                    Some(-1) => {
                        let before = match day {
                            Some(d) => (month, d) < (p_month, p_day),
                            None => month < p_month,
                        };
                        if before {
                            p_year
                        } else {
                            p_year - 1
                        }
                    }
                    Some(1) => {
                        let after = match day {
                            Some(d) => (month, d) > (p_month, p_day),
                            None => month > p_month,
                        };
                        if after {
                            p_year
                        } else {
                            p_year + 1
                        }
                    }
                    Some(_) => p_year,
                    None if (month, on.unwrap_or(1)) > (p_month, p_day) => p_year - 1,
                    None => p_year,
                }
            }
        };
        let (date, precision) = match day {
            Some(d) if d <= calendar.days_in_month(year, month) => {
                (calendar.day(year, month, d)?, DatePrecision::Day)
            }
            _ => (calendar.month_start(year, month)?, DatePrecision::Month),
        };
        Some((start..end, span, date, precision, year))
    }

    /// The day of the month told right before token `start` of a month ("20 يوليو", "الـ20 من
    /// يوليو", "السابع من مايو", "الثامن من الشهر الجاري"): the day, its first token, its span.
    fn day_before(&self, start: usize) -> Option<(u32, usize, Span)> {
        let doc = self.doc;
        let linked = self.kind_before(start, DateKind::Link);
        let k = linked.map_or(start, |l| l.tokens.start);
        if let Some(o) = linked.and(self.kind_before(k, DateKind::OrdinalDay)) {
            return Some((o.value.value as u32, o.tokens.start, o.span));
        }
        let (v, mut span, first) =
            number_before(doc, k).filter(|(v, _, _)| (1..=31).contains(v))?;
        // "الـ20": the number glued to the article before it
        let mut first_token = first;
        if first > 0 && doc.tokens[first - 1].span.end == doc.tokens[first].span.start {
            first_token = first - 1;
            span = span.cover(doc.tokens[first_token].span);
        }
        Some((v as u32, first_token, span))
    }

    /// A weekday counted within the month told after it, at the weekday's match `m`: "الجمعة
    /// الثانية من رمضان" (the second Friday of Ramadan), "الخميس الأخير من شهر يوليو" (the
    /// last Thursday of July); its tokens, span and day. The month resolves as a month
    /// expression does (bare: the latest one not after publication).
    fn weekday_of_month(
        &self,
        m: &Match<'_>,
        weekday: u32,
    ) -> Option<(std::ops::Range<usize>, Span, Day)> {
        let ordinal = self.kind_at(m.tokens.end, DateKind::WeekOrdinal)?;
        let link = self.kind_at(ordinal.tokens.end, DateKind::Link)?;
        let mut j = link.tokens.end;
        if let Some(cue) = self
            .kind_at(j, DateKind::MonthCue)
            .filter(|c| c.value.value == 0)
        {
            j = cue.tokens.end;
        }
        let month = self
            .starting(j)
            .filter(|x| matches!(x.value.kind, DateKind::Month | DateKind::HijriMonth))?;
        let calendar = match month.value.kind {
            DateKind::HijriMonth => Calendar::Hijri,
            _ => Calendar::Gregorian,
        };
        let (tokens, span, _, precision, year) = self.month(month, calendar, None, true)?;
        if precision != DatePrecision::Month {
            return None;
        }
        let number = month.value.value as u32;
        let first = calendar.day(year, number, 1)?;
        let last = calendar.day(year, number, calendar.days_in_month(year, number))?;
        let day = match ordinal.value.value {
            // the last such day on or before the month's last
            0 => last.add_days(1).previous_weekday(weekday),
            // the first on or after the month's first, then weeks on
            n => first
                .add_days(7)
                .previous_weekday(weekday)
                .add_days(7 * (i64::from(n) - 1)),
        };
        (day <= last).then_some((m.tokens.start..tokens.end, m.span.cover(span), day))
    }
}

/// The hour of a part of the day that is midnight ("منتصف الليل", "منتصف ليل"): a night told by
/// its two days then falls on the second.
const MIDNIGHT_HOUR: i32 = 0;

/// How many words before a bare weekday a verb in the future makes it a day to come
/// ([`Scan::future_verb_before`]).
const FUTURE_WORDS: usize = 4;

/// How many chars after a weekday a number it opens may end ("الأحد عشر").
const NUMBER_TAIL: usize = 8;

/// Finds and resolves the date expressions of the document, in text order. Without a
/// publication date, only absolute dates with a year resolve.
pub fn find_dates(
    doc: &Document,
    matches: &[PhraseMatch<'_, &'static DateWord>],
    published: Option<Day>,
) -> Vec<DateMention> {
    let (dates, today) = resolve(doc, matches, published, published);
    // a story that tells its own day as "today" with a weekday one to three days before
    // publication ("قال المرصد اليوم (الخميس)" in a paper of Friday: agency copy printed the next
    // day; "حادث أول من أمس (الخميس)" in a story the feed dates Tuesday: written on Saturday and
    // fetched on Tuesday) counts its other days from that day: its "أمس" is the day
    // before it, not publication's
    match (today, published) {
        (Some(t), Some(p)) if (1..=STORY_TODAY_DAYS).contains(&(p.ordinal() - t.ordinal())) => {
            resolve(doc, matches, published, Some(t)).0
        }
        _ => dates,
    }
}

/// The day of a day counted from `today` told with its weekday ("أمس الخميس", "أول من أمس
/// الجمعة"): the latest such weekday on or before the counted day, or the day right after it
/// when that is the weekday named and not after publication. The weekday wins when the two
/// disagree (a feed's date a day off the paper's), and a weekday one day off is that day, not
/// the same weekday six days earlier.
fn counted_weekday_day(today: Day, offset: i64, weekday: u32, published: Option<Day>) -> Day {
    let next = today.add_days(offset + 1);
    if next.weekday() == weekday && published.is_some_and(|p| next <= p) {
        return next;
    }
    next.previous_weekday(weekday)
}

/// How many days before publication a story's own "today" may be ([`find_dates`]): a paper's
/// story may be fetched three days after it was written.
const STORY_TODAY_DAYS: i64 = 3;

/// The date expressions of the document, the days told relative to publication counted from
/// `today`, and the day of the first "اليوم" told with a weekday ("اليوم (الخميس)") when the
/// other relative days told with a weekday agree with it.
/// The part-of-day word right before match `i` ("فجر", "صباح", "ليلة": no token between), which
/// extends the span of the day it qualifies ("فجر أمس", "صباح اليوم التالي").
fn part_of_day_before<'m, 'a>(
    matches: &'m [PhraseMatch<'a, &'static DateWord>],
    i: usize,
) -> Option<&'m PhraseMatch<'a, &'static DateWord>> {
    let m = matches.get(i)?;
    let p = matches.get(i.checked_sub(1)?)?;
    (p.value.kind == DateKind::PartOfDay && p.tokens.end == m.tokens.start).then_some(p)
}

fn resolve(
    doc: &Document,
    matches: &[PhraseMatch<'_, &'static DateWord>],
    published: Option<Day>,
    today: Option<Day>,
) -> (Vec<DateMention>, Option<Day>) {
    // the day each relative day told with a weekday makes today ("أمس الثلاثاء": Wednesday),
    // and whether it was told as "اليوم"
    let mut told_today: Vec<(bool, Day)> = Vec::new();
    let scan = Scan {
        doc,
        matches,
        published,
    };
    // each mention with its tokens and what it was made of
    let mut out: Vec<(DateMention, std::ops::Range<usize>, Deixis)> = Vec::new();
    // the first token not taken by an expression already found
    let mut taken = 0;
    for (i, m) in matches.iter().enumerate() {
        if m.tokens.start < taken {
            continue;
        }
        let w = *m.value;
        // a weekday that opens a number is its unit ("الأحد عشر": eleven, not Sunday)
        if w.kind == DateKind::Weekday
            && doc
                .numbers_in(Span::new(m.span.start, m.span.end + NUMBER_TAIL))
                .any(|n| n.tokens.start == m.tokens.start && n.tokens.end > m.tokens.end)
        {
            continue;
        }
        // "today" with an ordinal right after it counts the days of something ("في اليوم
        // الثالث للعملية العسكرية"): the third day, not the day of publication
        if w.kind == DateKind::RelativeDay
            && w.value == 0
            && scan.kind_at(m.tokens.end, DateKind::OrdinalDay).is_some()
        {
            continue;
        }
        // "today" told as the day a clause tells ("في اليوم الذي يلقي فيه"), not publication's:
        // it dates nothing of its own
        let zero_day = w.kind == DateKind::RelativeDay && w.value == 0;
        if zero_day && scan.kind_at(m.tokens.end, DateKind::ClauseDay).is_some() {
            continue;
        }
        // "today" told as another day of the story ("في اليوم التالي", "صباح اليوم السابق",
        // "في اليوم نفسه", "الليلة التالية"): relative to the story's day told before it (the
        // latest day told or resolved before it, not publication), that day moved by the
        // word's offset; with none told before, it dates nothing
        let other_day = zero_day
            .then(|| scan.kind_at(m.tokens.end, DateKind::OtherDay))
            .flatten();
        if let Some(o) = other_day {
            // (a day named after it, "في اليوم التالي لمقتل نجل ...", "في اليوم السابق
            // لاعتقالهم", "صباح اليوم التالي من ...", is its anchor, not the story's day; nor is
            // a day told in an earlier paragraph, another matter's: "مصرع القيادي ... أمس" in
            // the lead and, in a quoted account of the war further on, "وفي اليوم التالي بدأنا
            // الهجوم")
            let named = doc
                .tokens
                .get(o.tokens.end)
                .is_some_and(|t| t.clitics.contains(&"ل") || t.key == "من" || t.key == "على");
            let told = (out.iter().rev())
                .map(|(d, _, _)| d)
                .find(|d| d.dates_events() && d.precision == DatePrecision::Day)
                .filter(|d| {
                    d.span.end <= m.span.start
                        && !doc
                            .slice(Span::new(d.span.end, m.span.start))
                            .contains('\n')
                });
            // (the same day, "وفي اليوم نفسه", is the story's clock told before, which
            // `Context::story_date_before` finds better: past days and days of mourning left out)
            let Some(told) = told.filter(|_| !named && o.value.value != 0) else {
                continue;
            };
            let day = told.day.add_days(o.value.value as i64);
            let mut span = m.span.cover(o.span);
            if let Some(p) = part_of_day_before(matches, i) {
                span = p.span.cover(span);
            }
            taken = o.tokens.end;
            out.push((
                DateMention {
                    span,
                    day,
                    precision: DatePrecision::Day,
                    future: published.is_some_and(|p| day > p),
                    name: false,
                    ago: false,
                    relative: None,
                    last_month: false,
                },
                m.tokens.start..o.tokens.end,
                Deixis::Other,
            ));
            continue;
        }
        // a part-of-day word or "يوم" right before extends the span ("فجر أمس", "ليلة الخميس")
        let mut span = m.span;
        let mut midnight = false;
        if let Some(p) = part_of_day_before(matches, i) {
            span = p.span.cover(span);
            midnight = p.value.value == MIDNIGHT_HOUR;
        }
        let mut tokens = m.tokens.clone();
        let anchor = scan.kind_at(m.tokens.end, DateKind::MonthAnchor);
        if let Some(a) = anchor {
            span = span.cover(a.span);
            tokens.end = a.tokens.end;
        }
        let anchor = anchor.map(|a| a.value.value);
        // a bare weekday told after a verb in the future ("سيعودون خلال يومي الأحد والاثنين",
        // "سوف يصل الوزير الخميس") or of beginning in the present ("تبدأ منتصف ليلة الإثنين")
        // is the next such day, on or after publication
        let ahead = anchor.is_none()
            && w.kind == DateKind::Weekday
            && scan.future_verb_before(m.tokens.start);
        let weekday = |published: Option<Day>| {
            published.map(|p| {
                let day = match anchor {
                    None if ahead => p.add_days(7).previous_weekday(w.value as u32),
                    // "الخميس المقبل": the next one
                    Some(1) => p.add_days(8).previous_weekday(w.value as u32),
                    // "الخميس الماضي": the latest one strictly before publication
                    Some(-1) => p.previous_weekday(w.value as u32),
                    // bare: the latest such day on or before publication (DESIGN.md section
                    // 1: the publication's own weekday is the publication day)
                    _ => p.add_days(1).previous_weekday(w.value as u32),
                };
                (day, DatePrecision::Day, Deixis::Weekday)
            })
        };
        let resolved = match w.kind {
            DateKind::RelativeDay => today.map(|p| {
                (
                    p.add_days(w.value as i64),
                    DatePrecision::Day,
                    Deixis::RelativeDay(w.value as i64),
                )
            }),
            DateKind::Weekday if anchor.is_none() => scan
                .weekday_of_month(m, w.value as u32)
                .map(|(t, s, d)| {
                    tokens = t;
                    span = span.cover(s);
                    (d, DatePrecision::Day, Deixis::Other)
                })
                .or_else(|| weekday(today)),
            DateKind::Weekday => weekday(today),
            DateKind::RelativeWeek => today.map(|p| {
                (
                    p.add_days(7 * w.value as i64),
                    DatePrecision::Week,
                    Deixis::Other,
                )
            }),
            DateKind::RelativeMonth => published.map(|p| {
                let total = p.year * 12 + p.month as i32 - 1 + w.value;
                let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
                // a day of it told before, with "من" ("الثامن من الشهر الجاري", "28 من الشهر
                // الماضي"; a bare number before it is a count: "قتل 20 الشهر الماضي")
                let linked = scan.kind_before(m.tokens.start, DateKind::Link).is_some();
                let day = (linked.then(|| scan.day_before(m.tokens.start)))
                    .flatten()
                    .filter(|&(d, first, _)| first >= taken && d <= days_in_month(year, month));
                match day
                    .and_then(|(d, first, dspan)| Some((Day::new(year, month, d)?, first, dspan)))
                {
                    Some((d, first, dspan)) => {
                        tokens.start = first;
                        span = span.cover(dspan);
                        (
                            d,
                            DatePrecision::Day,
                            Deixis::ExplicitDay(Calendar::Gregorian),
                        )
                    }
                    None => {
                        let d = Day::new(year, month, 1);
                        // (a part of the month before it tells when in it; "شهر" is the month)
                        let part = scan.kind_before(m.tokens.start, DateKind::MonthCue);
                        let whole = w.value == -1 && part.is_none_or(|c| c.value.value == 0);
                        let deixis = [Deixis::Other, Deixis::LastMonth][whole as usize];
                        (d.unwrap_or(p), DatePrecision::Month, deixis)
                    }
                }
            }),
            // "وفي الشهر نفسه", "في العام نفسه": the month or the year of the date told before
            DateKind::SameMonth | DateKind::SameYear => {
                out.iter()
                    .rev()
                    .find(|(d, _, _)| !d.name)
                    .and_then(|(d, _, _)| match w.kind {
                        DateKind::SameMonth => Day::new(d.day.year, d.day.month, 1)
                            .filter(|_| rank(d.precision) <= rank(DatePrecision::Month))
                            .map(|m| (m, DatePrecision::Month, Deixis::Other)),
                        _ => Day::new(d.day.year, 1, 1)
                            .map(|y| (y, DatePrecision::Year, Deixis::Other)),
                    })
            }
            DateKind::RelativeYear => published.map(|p| {
                let d = Day::new(p.year + w.value, 1, 1).unwrap_or(p);
                (d, DatePrecision::Year, Deixis::Other)
            }),
            // a part of a year or a season right before a bare year before the publication's
            // ("في صيف 2014", "في نهاية 1990"): that year (before a month name, the month's own
            // reading takes the part: "أواخر يوليو"; a part of the publication's year, "مطلع
            // 2015", mostly tells when something else began, "التحالف الذي شكل مطلع 2015", and
            // is left alone)
            DateKind::MonthCue if w.value != 0 => {
                let limit = scan.sentence_end(m.tokens.start);
                let past = |y: i32| published.is_some_and(|p| y < p.year);
                // (a part of the month before the month's word alone, "في بداية الشهر",
                // "مطلع الشهر" with no month named or counted after it, is of the month the
                // story is written in: a month, no day; "بداية الشهر الماضي" is read by its
                // relative month)
                let this_month = (scan.kind_at(m.tokens.end, DateKind::MonthCue))
                    .filter(|c| c.value.value == 0 && c.tokens.end <= limit)
                    .filter(|c| scan.starting(c.tokens.end).is_none());
                match (scan.year(m.tokens.end, limit)).filter(|&(y, _)| past(y)) {
                    Some((y, after)) => {
                        tokens.end = after;
                        span = span.cover(doc.tokens[after - 1].span);
                        Day::new(y, 1, 1).map(|d| (d, DatePrecision::Year, Deixis::Other))
                    }
                    None => published.zip(this_month).and_then(|(p, cue)| {
                        tokens.end = cue.tokens.end;
                        span = span.cover(cue.span);
                        Day::new(p.year, p.month, 1)
                            .map(|d| (d, DatePrecision::Month, Deixis::Other))
                    }),
                }
            }
            DateKind::YearCue => {
                let limit = scan.sentence_end(m.tokens.start);
                scan.year(m.tokens.end, limit).and_then(|(y, after)| {
                    tokens.end = after;
                    span = span.cover(doc.tokens[after - 1].span);
                    Day::new(y, 1, 1).map(|d| (d, DatePrecision::Year, Deixis::Other))
                })
            }
            DateKind::Month | DateKind::HijriMonth => {
                let calendar = match w.kind {
                    DateKind::HijriMonth => Calendar::Hijri,
                    _ => Calendar::Gregorian,
                };
                scan.month(m, calendar, out.last().map(|(d, _, _)| d.day), false)
                    .map(|(t, s, d, p, _)| (t, s, d, p, calendar))
            }
            .map(|(t, s, d, p, calendar)| {
                tokens = t;
                span = s.cover(span);
                let deixis = if p == DatePrecision::Day {
                    Deixis::ExplicitDay(calendar)
                } else {
                    Deixis::Other
                };
                (d, p, deixis)
            }),
            // "قبل ثلاثة أشهر", "قبل 15 عاما", "قبل شهرين", "قبل أسبوع": publication minus the
            // span, at the unit's precision
            DateKind::Ago => published.and_then(|p| {
                let (count, unit, end) = scan.ago_span(m.tokens.end)?;
                // "قبل يوم من التفجير", "قبل أسبوعين على الهجوم": counted back from another
                // event, not from publication
                if doc
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.key == "من" || t.key == "على")
                {
                    return None;
                }
                // only months and years: days and weeks ago are told of the news itself, and
                // read as a day they split the follow-ups of one incident across reports
                // (cross-report B-cubed F1 0.671 -> 0.654 with them)
                if unit < MIN_AGO_DAYS {
                    return None;
                }
                tokens.end = end;
                span = span.cover(doc.tokens[end - 1].span);
                let back = count.min(10_000) as i64 * unit;
                let precision = match unit {
                    1 => DatePrecision::Day,
                    7 => DatePrecision::Week,
                    u if u >= 365 => DatePrecision::Year,
                    _ => DatePrecision::Month,
                };
                // a month or a year is written as its first day, as the other expressions do
                let d = p.add_days(-back);
                let d = match precision {
                    DatePrecision::Month => Day::new(d.year, d.month, 1),
                    DatePrecision::Year => Day::new(d.year, 1, 1),
                    _ => Some(d),
                };
                Some((d.unwrap_or(p), precision, Deixis::Ago))
            }),
            _ => None,
        };
        let Some((mut day, precision, deixis)) = resolved else {
            continue;
        };
        // the midnight of a night told by its two days ("بعد منتصف ليل الأربعاء - الخميس",
        // "منتصف ليل الأحد (الإثنين)") is in the second: a night told by one day alone ("منتصف
        // ليل الخميس") is read either way by the press and stays
        if midnight && deixis == Deixis::Weekday && scan.next_weekday_of_night(i, w.value) {
            day = day.add_days(1);
        }
        taken = tokens.end;
        // one expression with the day right before it ("أمس الاثنين", "أمس الـ20 من يوليو")
        let mut dated_weekday = false;
        // (a day counted from today joined with its weekday: "أمس الخميس", "اليوم (الجمعة)")
        let mut counted_weekday = false;
        if let Some((prev, prev_tokens, prev_deixis)) = out.last() {
            // (or in brackets after it: "أمس (الخميس)", "اليوم (الاثنين)")
            let bracket = prev_tokens.end + 1 == tokens.start
                && doc
                    .tokens
                    .get(prev_tokens.end)
                    .is_some_and(|t| t.key == "(");
            let join = (prev_tokens.end == tokens.start || bracket)
                && match (*prev_deixis, deixis) {
                    (Deixis::RelativeDay(offset), Deixis::Weekday) => {
                        if let Some(p) = today {
                            day = counted_weekday_day(p, offset, w.value as u32, published);
                            // (a day to come told in a quotation counts from the day it was
                            // said: «سنقدم غدا (السبت) الملف» tells the speaker's today, told
                            // the day before the story's; a day past or today told in one,
                            // «فجر اليوم (الاحد)», is mostly told the story's day)
                            if offset <= 0 || !doc.in_quotation(prev_tokens.start) {
                                told_today.push((offset == 0, day.add_days(-offset)));
                            }
                        }
                        true
                    }
                    (Deixis::RelativeDay(_) | Deixis::Weekday, Deixis::ExplicitDay(_)) => true,
                    _ => false,
                };
            if join {
                counted_weekday = matches!(
                    (*prev_deixis, deixis),
                    (Deixis::RelativeDay(_), Deixis::Weekday)
                );
                dated_weekday = matches!(
                    (*prev_deixis, deixis),
                    (Deixis::Weekday, Deixis::ExplicitDay(_))
                );
                span = prev.span.cover(span);
                tokens.start = prev_tokens.start;
                out.pop();
            }
        }
        // (a day counted ahead from the story's own today, "غدا (الثلاثاء)" in a feed dated
        // that Tuesday, is to come as well)
        let ahead_of_today =
            matches!(deixis, Deixis::RelativeDay(v) if v > 0) && today.is_some_and(|t| day > t);
        let future = published.is_some_and(|p| day > p) || ahead_of_today;
        // (a weekday named by a prayer but dated by its day and month is a date: "أثناء صلاة
        // الجمعة 29 مايو 2015")
        // (a name in quotes or brackets after its cue: "صحيفة «اليوم»", "لـ(اليوم)")
        let mut opened = tokens.start;
        while opened > 0 && opens_name(&doc.tokens[opened - 1]) {
            opened -= 1;
        }
        // (a weekday told with its word "يوم" after the cue: "خطبة يوم الجمعة")
        if deixis == Deixis::Weekday && opened > 0 && doc.tokens[opened - 1].key == "يوم" {
            opened -= 1;
        }
        // (a day counted from today is a name only as the bare "اليوم" of a newspaper or of
        // "ذات اليوم"; told with a part of the day or its weekday, or as another day, it is a
        // time: "أثناء صلاة ظهر أمس الخميس", "بعد صلاة عصر أمس" date the prayer, and "صلاة"
        // names only the weekday of "صلاة الجمعة")
        let counted = counted_weekday
            || matches!(deixis, Deixis::RelativeDay(v) if v != 0 || tokens.len() > 1);
        let name = opened > 0
            && !dated_weekday
            && !counted
            && scan.kind_before(opened, DateKind::NameCue).is_some();
        out.push((
            DateMention {
                span,
                day,
                precision,
                future,
                name,
                ago: deixis == Deixis::Ago,
                relative: match deixis {
                    Deixis::RelativeDay(v) => Some(v),
                    _ => None,
                },
                last_month: deixis == Deixis::LastMonth,
            },
            tokens,
            deixis,
        ));
    }
    let mut sort = numeric_dates(&scan, &mut out);
    // a line of a chronology ("1991 - اغتيال رئيس الوزراء ..."): a year opening a sentence with a
    // dash after it dates the line
    for s in &doc.sentences {
        let i = s.tokens.start;
        let dash = doc.tokens.get(i + 1).is_some_and(|t| {
            i + 1 < s.tokens.end
                && t.kind == TokenKind::Punct
                && t.key.chars().all(rasd_text::is_dash)
        });
        let Some((y, _)) = scan.year(i, s.tokens.end).filter(|_| dash) else {
            continue;
        };
        if out.iter().any(|(_, r, _)| r.contains(&i)) {
            continue;
        }
        let Some(day) = Day::new(y, 1, 1) else {
            continue;
        };
        let t = &doc.tokens[i];
        out.push((
            DateMention {
                span: t.span,
                day,
                precision: DatePrecision::Year,
                future: published.is_some_and(|p| day > p),
                name: false,
                ago: false,
                relative: None,
                last_month: false,
            },
            i..i + 1,
            Deixis::Other,
        ));
        sort = true;
    }
    if sort {
        out.sort_by_key(|(d, _, _)| d.span.start);
    }
    same_date_again(&scan, &mut out);
    // the story's own today: the first "اليوم" with a weekday, when every relative day told
    // with a weekday agrees with it (a digest of items of several days has none)
    // (told as "اليوم (الخميس)", or as a day counted from it, "أمس الأربعاء": the day after)
    let story_today = (told_today.first())
        .map(|&(_, d)| d)
        .filter(|&d| told_today.iter().all(|&(_, t)| t == d));
    (out.into_iter().map(|(d, _, _)| d).collect(), story_today)
}

#[cfg(test)]
mod tests;
