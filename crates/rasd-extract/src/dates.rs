//! Date expressions resolved against the publication date (DESIGN.md section 1).
//!
//! How an expression resolves, with `published` = P:
//! - "أمس", "اليوم", "الأسبوع الماضي", "الشهر الماضي", "العام الماضي": P moved by the offset,
//!   at the precision of the unit.
//! - A weekday: bare ("الاثنين") the latest such day on or before P (P's own weekday is P);
//!   with "الماضي" ("الخميس الماضي") the latest strictly before P; with "المقبل" the next
//!   one; after a relative day ("أمس الاثنين", "اليوم الجمعة") the latest such day on or
//!   before that day, so the two words are one expression with one date (the
//!   weekday wins when they disagree, as when the publication date is a later crawl date).
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
    Other,
}

/// How many days before publication the story's clock reaches.
const STORY_DAYS: i64 = 31;

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

/// The value of a plain digit or number-word token sequence ending right before token `end`.
fn number_before(doc: &Document, end: usize) -> Option<(u64, Span, usize)> {
    doc.numbers
        .iter()
        .find(|n| n.tokens.end == end && !n.vague && !n.dual_noun)
        .map(|n| (n.min, n.span, n.tokens.start))
}

/// The years a bare four-digit number may be: a year of the Common era that news tells of.
const BARE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The years a number after a Hijri month, or in a date of numbers, is read as a Hijri year
/// without its era ("21 شوال 1436", "21/10/1436").
const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1300..=1600;

/// The value of the number token `i` (before `limit`).
fn number_at(doc: &Document, i: usize, limit: usize) -> Option<i32> {
    let t = doc.tokens.get(i).filter(|_| i < limit)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    t.key.parse().ok()
}

/// Punctuation between a month name and its other name: "يونيو (حزيران)", "أكتوبر/تشرين
/// الأول", "ديسمبر - كانون الأول".
fn month_separator(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Punct
            && (t.key == "(" || t.key == "/" || t.key.chars().all(rasd_text::is_dash))
    })
}

/// The calendar of a month name or a date of numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Calendar {
    Gregorian,
    Hijri,
}

impl Calendar {
    /// A day as (year, month, day) of this calendar.
    fn of(self, d: Day) -> (i32, u32, u32) {
        match self {
            Calendar::Gregorian => (d.year, d.month, d.day),
            Calendar::Hijri => rasd_core::hijri::from_day(d),
        }
    }

    fn days_in_month(self, year: i32, month: u32) -> u32 {
        match self {
            Calendar::Gregorian => days_in_month(year, month),
            Calendar::Hijri => rasd_core::hijri::month_length(year, month),
        }
    }

    /// The day of a date of this calendar.
    fn day(self, year: i32, month: u32, day: u32) -> Option<Day> {
        match self {
            Calendar::Gregorian => Day::new(year, month, day),
            Calendar::Hijri => rasd_core::hijri::to_day(year, month, day),
        }
    }

    /// A month of this calendar as a date of month precision: the first day of the Common
    /// month that holds its middle (a Hijri month straddles two).
    fn month_start(self, year: i32, month: u32) -> Option<Day> {
        let mid = match self {
            Calendar::Gregorian => Day::new(year, month, 1)?,
            Calendar::Hijri => rasd_core::hijri::to_day(year, month, 15)?,
        };
        Day::new(mid.year, mid.month, 1)
    }
}

struct Scan<'d, 'm> {
    doc: &'d Document,
    matches: &'m [Match<'m>],
    published: Option<Day>,
}

impl<'d, 'm> Scan<'d, 'm> {
    /// The span of time after "قبل" at token `i`: (count, days of a unit, the token after it).
    /// A count then a unit ("ثلاثة أشهر", "نحو 15 عاما"), a dual ("شهرين") or a unit alone
    /// (one of it: "أسبوع", and the month and year cues "شهر", "عام", "سنة").
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
        (!named).then_some((1, i64::from(one), i + 1))
    }

    /// A year at token `i`, as a year of the Common era, and the token after it: a bare
    /// four-digit year of [`BARE_YEARS`], or any year with its era after it ("1791م", "عام
    /// 1400هـ": the Common year that holds most of that Hijri year, 1980).
    fn year(&self, i: usize, limit: usize) -> Option<(i32, usize)> {
        let y = number_at(self.doc, i, limit)?;
        match self.era(i + 1, limit) {
            Some((Calendar::Hijri, end)) if y >= 1 => {
                Some((rasd_core::hijri::gregorian_year(y)?, end))
            }
            Some((Calendar::Gregorian, end)) if (1..=*BARE_YEARS.end()).contains(&y) => {
                Some((y, end))
            }
            Some(_) => None,
            None => BARE_YEARS.contains(&y).then_some((y, i + 1)),
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
    fn month(
        &self,
        m: &Match<'_>,
        calendar: Calendar,
        before: Option<Day>,
    ) -> Option<(std::ops::Range<usize>, Span, Day, DatePrecision)> {
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
            let linked = self.kind_before(start, DateKind::Link);
            let k = linked.map_or(start, |l| l.tokens.start);
            let ordinal = linked.and(self.kind_before(k, DateKind::OrdinalDay));
            if let Some(o) = ordinal {
                day = Some(o.value.value as u32);
                start = o.tokens.start;
                span = span.cover(o.span);
            } else if let Some((v, dspan, first)) =
                number_before(doc, k).filter(|(v, _, _)| (1..=31).contains(v))
            {
                day = Some(v as u32);
                start = first;
                span = span.cover(dspan);
                // "الـ20": the number glued to the article before it
                if first > 0 && doc.tokens[first - 1].span.end == doc.tokens[first].span.start {
                    start = first - 1;
                    span = span.cover(doc.tokens[start].span);
                }
            }
        }

        // a month name alone is too weak: it is often a name ("حي حزيران")
        if day.is_none() && year.is_none() && anchor.is_none() && part.is_none() && !other_name {
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
        Some((start..end, span, date, precision))
    }
}

/// How many chars after a weekday a number it opens may end ("الأحد عشر").
const NUMBER_TAIL: usize = 8;

/// Finds and resolves the date expressions of the document, in text order. Without a
/// publication date, only absolute dates with a year resolve.
pub fn find_dates(
    doc: &Document,
    matches: &[PhraseMatch<'_, &'static DateWord>],
    published: Option<Day>,
) -> Vec<DateMention> {
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
        // a part-of-day word or "يوم" right before extends the span ("فجر أمس", "ليلة الخميس")
        let mut span = m.span;
        if i > 0 {
            let p = &matches[i - 1];
            if p.value.kind == DateKind::PartOfDay && p.tokens.end == m.tokens.start {
                span = p.span.cover(span);
            }
        }
        let mut tokens = m.tokens.clone();
        let anchor = scan.kind_at(m.tokens.end, DateKind::MonthAnchor);
        if let Some(a) = anchor {
            span = span.cover(a.span);
            tokens.end = a.tokens.end;
        }
        let anchor = anchor.map(|a| a.value.value);
        let resolved = match w.kind {
            DateKind::RelativeDay => published.map(|p| {
                (
                    p.add_days(w.value as i64),
                    DatePrecision::Day,
                    Deixis::RelativeDay(w.value as i64),
                )
            }),
            DateKind::Weekday => published.map(|p| {
                let day = match anchor {
                    // "الخميس المقبل": the next one
                    Some(1) => p.add_days(8).previous_weekday(w.value as u32),
                    // "الخميس الماضي": the latest one strictly before publication
                    Some(-1) => p.previous_weekday(w.value as u32),
                    // bare: the latest such day on or before publication (DESIGN.md section
                    // 1: the publication's own weekday is the publication day)
                    _ => p.add_days(1).previous_weekday(w.value as u32),
                };
                (day, DatePrecision::Day, Deixis::Weekday)
            }),
            DateKind::RelativeWeek => published.map(|p| {
                (
                    p.add_days(7 * w.value as i64),
                    DatePrecision::Week,
                    Deixis::Other,
                )
            }),
            DateKind::RelativeMonth => published.map(|p| {
                let total = p.year * 12 + p.month as i32 - 1 + w.value;
                let d = Day::new(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1);
                (d.unwrap_or(p), DatePrecision::Month, Deixis::Other)
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
                scan.month(m, calendar, out.last().map(|(d, _, _)| d.day))
                    .map(|(t, s, d, p)| (t, s, d, p, calendar))
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
                    365 => DatePrecision::Year,
                    _ => DatePrecision::Month,
                };
                // a month or a year is written as its first day, as the other expressions do
                let d = p.add_days(-back);
                let d = match precision {
                    DatePrecision::Month => Day::new(d.year, d.month, 1),
                    DatePrecision::Year => Day::new(d.year, 1, 1),
                    _ => Some(d),
                };
                Some((d.unwrap_or(p), precision, Deixis::Other))
            }),
            _ => None,
        };
        let Some((mut day, precision, deixis)) = resolved else {
            continue;
        };
        taken = tokens.end;
        // one expression with the day right before it ("أمس الاثنين", "أمس الـ20 من يوليو")
        let mut dated_weekday = false;
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
                        if let Some(p) = published {
                            day = p.add_days(offset + 1).previous_weekday(w.value as u32);
                        }
                        true
                    }
                    (Deixis::RelativeDay(_) | Deixis::Weekday, Deixis::ExplicitDay(_)) => true,
                    _ => false,
                };
            if join {
                dated_weekday = matches!(
                    (*prev_deixis, deixis),
                    (Deixis::Weekday, Deixis::ExplicitDay(_))
                );
                span = prev.span.cover(span);
                tokens.start = prev_tokens.start;
                out.pop();
            }
        }
        let future = published.is_some_and(|p| day > p);
        // (a weekday named by a prayer but dated by its day and month is a date: "أثناء صلاة
        // الجمعة 29 مايو 2015")
        let name = tokens.start > 0
            && !dated_weekday
            && scan.kind_before(tokens.start, DateKind::NameCue).is_some();
        out.push((
            DateMention {
                span,
                day,
                precision,
                future,
                name,
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
    out.into_iter().map(|(d, _, _)| d).collect()
}

/// A date told again in the other calendar after "الموافق" ("6 أغسطس 2012، الموافق 17
/// رمضان", "الخميس 21/10/1436هـ الموافق 6 أغسطس") is one expression with the date before
/// it, dated by that one (it carries the year the other often lacks) unless only the second
/// names a day, or the first is a Hijri day and the second a Common one. `found` is in text
/// order.
fn same_date_again(scan: &Scan<'_, '_>, found: &mut Vec<Found>) {
    let toks = &scan.doc.tokens;
    let mut k = 1;
    while k < found.len() {
        let (end, start) = (found[k - 1].1.end, found[k].1.start);
        let mut words = (end..start).filter(|&j| toks[j].kind != TokenKind::Punct);
        let again = matches!(
            (words.next(), words.next()),
            (Some(j), None) if scan.kind_at(j, DateKind::Equivalent).is_some()
        );
        if !again {
            k += 1;
            continue;
        }
        let (second, tokens, second_deixis) = found.remove(k);
        let (first, first_tokens, first_deixis) = &mut found[k - 1];
        // (a Hijri day and its Common day: the Common one, as the Hijri month's first day may
        // have been sighted a day or two off the Umm al-Qura calendar's)
        let common = *first_deixis == Deixis::ExplicitDay(Calendar::Hijri)
            && second_deixis == Deixis::ExplicitDay(Calendar::Gregorian);
        if common || first.precision != DatePrecision::Day && second.precision == DatePrecision::Day
        {
            first.day = second.day;
            first.precision = second.precision;
            first.future = second.future;
        }
        first.span = first.span.cover(second.span);
        first_tokens.end = tokens.end;
    }
}

/// A found date expression: the mention, its tokens, what it was made of.
type Found = (DateMention, std::ops::Range<usize>, Deixis);

/// Dates written in numbers, day first ("21/10/1436هـ", "6-8-2015", "21 / 10 / 1436 هـ") or
/// year first ("2015/08/06"): three numbers joined by one separator ("/" or a dash), the year
/// with its era or bare (a Common year of [`BARE_YEARS`], a Hijri one of [`HIJRI_YEARS`]).
/// A weekday or a relative day right before is one expression with it ("الخميس 21/10/1436هـ").
/// Added to `found` (no longer in text order); whether any was.
fn numeric_dates(scan: &Scan<'_, '_>, found: &mut Vec<Found>) -> bool {
    let doc = scan.doc;
    let toks = &doc.tokens;
    let mut added = false;
    let mut i = 0;
    while i + 4 < toks.len() {
        let Some(date) = numeric_date(scan, i) else {
            i += 1;
            continue;
        };
        let (day, end, calendar) = date;
        // (a year that the word before it took, "في 2015-08-04", is part of it)
        let overlaps = |r: &std::ops::Range<usize>| r.start < end && i < r.end;
        let year_of_it = |d: &DateMention, r: &std::ops::Range<usize>| {
            d.precision == DatePrecision::Year && r.end == i + 1
        };
        if found
            .iter()
            .any(|(d, r, _)| overlaps(r) && (r.start < i || r.end > end) && !year_of_it(d, r))
        {
            i = end;
            continue;
        }
        found.retain(|(_, r, _)| !overlaps(r));
        let mut span = toks[i].span.cover(toks[end - 1].span);
        let mut tokens = i..end;
        if let Some(k) = found.iter().position(|(_, r, deixis)| {
            r.end == i && matches!(deixis, Deixis::Weekday | Deixis::RelativeDay(_))
        }) {
            let (prev, r, _) = found.remove(k);
            span = prev.span.cover(span);
            tokens.start = r.start;
        }
        let name = scan.kind_before(tokens.start, DateKind::NameCue).is_some();
        found.push((
            DateMention {
                span,
                day,
                precision: DatePrecision::Day,
                future: scan.published.is_some_and(|p| day > p),
                name,
            },
            tokens,
            Deixis::ExplicitDay(calendar),
        ));
        added = true;
        i = end;
    }
    added
}

/// The date of numbers starting at token `i` ([`numeric_dates`]) and the token after it.
fn numeric_date(scan: &Scan<'_, '_>, i: usize) -> Option<(Day, usize, Calendar)> {
    let doc = scan.doc;
    let limit = scan.sentence_end(i);
    let sep = doc.tokens.get(i + 1).filter(|t| {
        t.kind == TokenKind::Punct && (t.key == "/" || t.key.chars().all(rasd_text::is_dash))
    })?;
    if doc.tokens.get(i + 3).is_none_or(|t| t.key != sep.key) {
        return None;
    }
    let (a, b) = (number_at(doc, i, limit)?, number_at(doc, i + 2, limit)?);
    let month = u32::try_from(b).ok().filter(|m| (1..=12).contains(m))?;
    // day first, the year last ("21/10/1436هـ"), or the year first ("2015/08/06")
    let four = |k: usize| doc.tokens[k].key.len() == 4;
    let (year_at, day) = if four(i + 4) && !four(i) {
        (i + 4, a)
    } else if four(i) && !four(i + 4) {
        (i, number_at(doc, i + 4, limit)?)
    } else {
        return None;
    };
    let year = number_at(doc, year_at, limit)?;
    let era = scan.era(i + 5, limit);
    let (calendar, end) = match era {
        Some((calendar, end)) => (calendar, end),
        None if BARE_YEARS.contains(&year) => (Calendar::Gregorian, i + 5),
        None if HIJRI_YEARS.contains(&year) => (Calendar::Hijri, i + 5),
        None => return None,
    };
    // (a year first takes its era after the day: "1436/10/21هـ")
    let day = u32::try_from(day).ok().filter(|&d| d >= 1)?;
    if day > calendar.days_in_month(year, month) {
        return None;
    }
    Some((calendar.day(year, month, day)?, end, calendar))
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

    fn one(published: &str, text: &str) -> (String, DatePrecision, bool) {
        let all = dates(published, text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let (_, day, precision, future) = all.into_iter().next().unwrap();
        (day, precision, future)
    }

    use DatePrecision::{Day as D, Month as M, Year as Y};

    #[test]
    fn a_past_month_is_the_latest_before_publication() {
        let p = "2019-09-03";
        // a month before the publication month: the same year
        assert_eq!(
            one(p, "وصل الوفد في مارس الماضي."),
            ("2019-03-01".into(), M, false)
        );
        assert_eq!(
            one(p, "وصل الوفد في آب المنصرم."),
            ("2019-08-01".into(), M, false)
        );
        // the publication month itself is not over: last year's
        assert_eq!(
            one(p, "وصل الوفد في سبتمبر الماضي."),
            ("2018-09-01".into(), M, false)
        );
        assert_eq!(
            one(p, "وصل الوفد في أكتوبر الماضي."),
            ("2018-10-01".into(), M, false)
        );
        // with a day: the latest such day before publication
        assert_eq!(
            one(p, "وصل الوفد في 2 سبتمبر الماضي."),
            ("2019-09-02".into(), D, false)
        );
        assert_eq!(
            one(p, "وصل الوفد في 12 سبتمبر الماضي."),
            ("2018-09-12".into(), D, false)
        );
        assert_eq!(
            one(p, "وصل الوفد في 12 يناير الماضي."),
            ("2019-01-12".into(), D, false)
        );
    }

    #[test]
    fn a_month_with_its_other_name_takes_the_anchor_after_both() {
        let p = "2019-09-03";
        let d = dates(p, "انسحب الجيش منتصف آذار (مارس) الماضي.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "منتصف آذار (مارس) الماضي");
        assert_eq!(d[0].1, "2019-03-01");
        let d = dates(p, "انسحب الجيش يوم 4 أبريل/نيسان الماضي.");
        assert_eq!((d.len(), d[0].1.as_str()), (1, "2019-04-04"), "{d:?}");
        // its other name alone makes a date
        let d = dates(p, "انسحب الجيش في أبريل (نيسان).");
        assert_eq!((d.len(), d[0].1.as_str()), (1, "2019-04-01"), "{d:?}");
    }

    #[test]
    fn a_coming_month_is_after_publication_and_future() {
        let p = "2019-09-03";
        assert_eq!(
            one(p, "تبدأ المحادثات في مارس المقبل."),
            ("2020-03-01".into(), M, true)
        );
        assert_eq!(
            one(p, "تبدأ المحادثات في أكتوبر القادم."),
            ("2019-10-01".into(), M, true)
        );
        assert_eq!(
            one(p, "تبدأ المحادثات في 9 سبتمبر المقبل."),
            ("2019-09-09".into(), D, true)
        );
        assert_eq!(
            one(p, "تبدأ المحادثات غدا."),
            ("2019-09-04".into(), D, true)
        );
        assert!(one(p, "تبدأ المحادثات الأسبوع المقبل.").2);
        assert!(one(p, "تبدأ المحادثات العام المقبل.").2);
        assert_eq!(
            one(p, "تبدأ المحادثات الأحد المقبل."),
            ("2019-09-08".into(), D, true)
        );
        assert!(one(p, "تبدأ المحادثات مطلع الأسبوع المقبل.").2);
        assert_eq!(
            one(p, "بدأت المحادثات مطلع الأسبوع الماضي."),
            ("2019-08-27".into(), DatePrecision::Week, false)
        );
        // the current month and this year are not future
        assert!(!one(p, "بدأت المحادثات مطلع سبتمبر الجاري.").2);
        assert!(!one(p, "بدأت المحادثات هذا العام.").2);
    }

    #[test]
    fn a_part_of_a_month_is_a_date_of_month_precision() {
        let p = "2019-09-03";
        assert_eq!(
            one(p, "فر السكان مطلع يوليو."),
            ("2019-07-01".into(), M, false)
        );
        assert_eq!(
            one(p, "فر السكان في أواخر فبراير."),
            ("2019-02-01".into(), M, false)
        );
        assert_eq!(
            one(p, "فر السكان خلال شهر مايو."),
            ("2019-05-01".into(), M, false)
        );
        // a part of the month not reached yet: last year's
        assert_eq!(
            one(p, "فر السكان نهاية سبتمبر."),
            ("2018-09-01".into(), M, false)
        );
        // a month name alone is not a date
        assert!(dates(p, "فر السكان إلى حي حزيران.").is_empty());
    }

    #[test]
    fn an_explicit_year_sets_the_year() {
        let p = "2019-09-03";
        assert_eq!(
            one(p, "اعتقل في الـ14 من مارس من عام 2016."),
            ("2016-03-14".into(), D, false)
        );
        assert_eq!(
            one(p, "اعتقل في السادس والعشرين من أكتوبر 2017."),
            ("2017-10-26".into(), D, false)
        );
        assert_eq!(
            one(p, "اعتقل في الثاني عشر من شهر مايو."),
            ("2019-05-12".into(), D, false)
        );
        assert_eq!(
            one(p, "اعتقل في يونيو من العام الماضي."),
            ("2018-06-01".into(), M, false)
        );
        assert_eq!(
            one(p, "اعتقل عام 1998 في بيروت."),
            ("1998-01-01".into(), Y, false)
        );
        assert_eq!(
            one(p, "اعتقل في العام 2003."),
            ("2003-01-01".into(), Y, false)
        );
        assert_eq!(
            one(p, "تنتهي الولاية سنة 2022."),
            ("2022-01-01".into(), Y, true)
        );
        // a year before 1900 needs its era; a Hijri year is the Common year of most of it
        assert!(dates(p, "بلغ عددهم عام 1500 نحو ألف.").is_empty());
        assert_eq!(one(p, "توفي عام 1293 هـ."), ("1876-01-01".into(), Y, false));
        assert_eq!(
            one(p, "بنيت القلعة سنة 1791م."),
            ("1791-01-01".into(), Y, false)
        );
    }

    #[test]
    fn a_hijri_month_is_a_date_of_the_hijri_calendar() {
        // 6 August 2015 = 21 Shawwal 1436 (Umm al-Qura)
        let p = "2015-08-06";
        assert_eq!(
            dates(p, "وقع الانفجار يوم الخميس 21 شوال 1436هـ في المسجد."),
            vec![(
                "الخميس 21 شوال 1436هـ".into(),
                "2015-08-06".into(),
                D,
                false
            )]
        );
        // without a year: this Hijri year's, or the last one's if that day is still to come
        assert_eq!(one(p, "قتل في 18 شوال."), ("2015-08-03".into(), D, false));
        assert_eq!(
            one(p, "قتل في 25 ذي القعدة."),
            ("2014-09-20".into(), D, false)
        );
        // the year of the date told before
        assert_eq!(
            dates(
                p,
                "قتل أربعة في 28 يونيو عام 2014، وقتل 22 في 25 رمضان في نفس العام."
            )[1],
            (
                "25 رمضان في نفس العام".into(),
                "2014-07-22".into(),
                D,
                false
            )
        );
        assert!(dates(p, "قتل 22 في 25 رمضان من العام نفسه.").is_empty());
        // alone: the month or the year of the date told before
        assert_eq!(
            dates(
                p,
                "سيطروا على القاعدة في مارس 2015، وفي الشهر نفسه قصفتها الطائرات."
            )[1],
            ("الشهر نفسه".into(), "2015-03-01".into(), M, false)
        );
        assert_eq!(
            dates(p, "اعتقل في عام 2012 ثم قتل في العام نفسه.")[1],
            ("العام نفسه".into(), "2012-01-01".into(), Y, false)
        );
        // a month alone with an anchor: the Common month that holds its middle
        assert_eq!(
            one(p, "قتل في رمضان الماضي."),
            ("2015-07-01".into(), M, false)
        );
        assert_eq!(
            one(p, "قتل في منتصف المحرم 1400 هجرية."),
            ("1979-12-01".into(), M, false)
        );
    }

    #[test]
    fn a_date_of_numbers_is_day_first_or_year_first() {
        let p = "2015-08-10";
        assert_eq!(
            dates(p, "وقع الحادث يوم الخميس 21/10/1436هـ في أبها."),
            vec![("الخميس 21/10/1436هـ".into(), "2015-08-06".into(), D, false)]
        );
        // spaced, Arabic-Indic digits, the Hijri year bare; the Common calendar, day first or
        // year first
        assert_eq!(
            one(p, "وقع الحادث في ١٩ / ١٠ / ١٤٣٦ في أبها."),
            ("2015-08-04".into(), D, false)
        );
        assert_eq!(
            one(p, "وقع الحادث في 5/8/2015."),
            ("2015-08-05".into(), D, false)
        );
        assert_eq!(
            one(p, "وقع الحادث في 2015-08-04."),
            ("2015-08-04".into(), D, false)
        );
        assert_eq!(
            one(p, "وقع الحادث في 1/2/1980م."),
            ("1980-02-01".into(), D, false)
        );
        // not a date: a score, a day that the month lacks, a year of no calendar
        assert!(dates(p, "فاز الفريق 3-1 على خصمه.").is_empty());
        assert!(dates(p, "في 31/2/2015 و 5/8/1750").is_empty());
    }

    #[test]
    fn a_date_told_again_in_the_other_calendar_is_one_expression() {
        let p = "2015-07-21";
        // the first carries the year
        assert_eq!(
            dates(
                p,
                "وقعت في 6 أغسطس (آب) 2012، الموافق 17 رمضان، حين كان الجنود صائمين."
            ),
            vec![(
                "6 أغسطس (آب) 2012، الموافق 17 رمضان".into(),
                "2012-08-06".into(),
                D,
                false
            )]
        );
        // a Hijri day and its Common day: the Common one
        assert_eq!(
            one(
                p,
                "يوم العشرين من رمضان 1436هـ الموافق التاسع من يوليو 2015."
            ),
            ("2015-07-09".into(), D, false)
        );
    }

    #[test]
    fn a_relative_day_and_the_date_after_it_are_one_expression() {
        // 2019-09-03 was a Tuesday
        let p = "2019-09-03";
        // the weekday wins over the offset when they disagree
        let d = dates(p, "قصف الطيران البلدة أمس الأحد.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            (d[0].0.as_str(), d[0].1.as_str()),
            ("أمس الأحد", "2019-09-01")
        );
        let d = dates(p, "قصف الطيران البلدة اليوم الثلاثاء.");
        assert_eq!((d.len(), d[0].1.as_str()), (1, "2019-09-03"), "{d:?}");
        // an explicit day wins over both
        let d = dates(p, "قصف الطيران البلدة مساء أمس الاثنين الـ26 من أغسطس.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].1, "2019-08-26");
        assert_eq!(d[0].0, "مساء أمس الاثنين الـ26 من أغسطس");
        // the weekday in brackets after the day, as many papers write it
        let d = dates(
            p,
            "قالت الشرطة اليوم (الثلاثاء) إن الطيران قصف البلدة أمس (الاثنين).",
        );
        let got: Vec<&str> = d.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["2019-09-03", "2019-09-02"], "{d:?}");
    }

    #[test]
    fn a_bare_weekday_of_the_publication_is_the_publication_day() {
        // 2015-07-24 was a Friday (DESIGN.md section 1)
        let got = |text: &str| dates("2015-07-24", text)[0].1.clone();
        assert_eq!(got("قتل ثمانية مسلحين صباح الجمعة."), "2015-07-24");
        assert_eq!(got("قتل ثمانية مسلحين الجمعة الماضي."), "2015-07-17");
        assert_eq!(got("قتل ثمانية مسلحين الخميس."), "2015-07-23");
    }

    #[test]
    fn a_span_counted_back_from_publication() {
        let got = |text: &str| {
            let d = dates("2015-07-26", text);
            (d[0].0.clone(), d[0].1.clone(), d[0].2)
        };
        assert_eq!(
            got("ووقع هجوم مماثل قبل حوالي ثلاثة أشهر في متحف باردو."),
            (
                "قبل حوالي ثلاثة أشهر".into(),
                "2015-04-01".into(),
                DatePrecision::Month
            )
        );
        assert_eq!(got("قتل قبل شهرين.").1, "2015-05-01");
        assert_eq!(got("قتل قبل 15 عاما.").1, "2000-01-01");
        assert_eq!(got("قتل قبل عام.").1, "2014-01-01");
        // days and weeks ago date nothing (see MIN_AGO_DAYS)
        assert!(dates("2015-07-26", "قتل قبل أسبوع.").is_empty());
        // a year named after it is that year; "قبل أن" is no date
        assert_eq!(got("قتل قبل عام 2011.").1, "2011-01-01");
        assert!(dates("2015-07-26", "قتل قبل أن يصل.").is_empty());
        // counted back from another event
        assert!(dates("2015-07-26", "دخلوا البلاد قبل يوم من التفجير.").is_empty());
        assert!(dates("2015-07-26", "لم يحدث سوى قبل يوم واحد من الهجوم.").is_empty());
        assert!(dates("2015-07-26", "وصل قبل يوم واحد.").is_empty());
    }

    #[test]
    fn a_date_that_names_a_street_dates_nothing() {
        let doc =
            Document::analyze("سيطرت المقاومة أمس على المواقع في شارع 26 سبتمبر وسط المدينة.");
        let lex = Lexicons::compile();
        let ms = lex.dates.find(&doc);
        let found = find_dates(&doc, &ms, Day::parse("2015-07-22"));
        let dating: Vec<String> = found
            .iter()
            .filter(|d| d.dates_events())
            .map(|d| d.day.iso())
            .collect();
        assert_eq!(dating, ["2015-07-21"], "{found:?}");
        // the street's date is still found, so that "26" is no count
        assert!(found.iter().any(|d| d.name), "{found:?}");
    }

    #[test]
    fn the_friday_prayer_dates_nothing() {
        let lex = Lexicons::compile();
        let dating = |text: &str| -> Vec<String> {
            let doc = Document::analyze(text);
            let ms = lex.dates.find(&doc);
            let found = find_dates(&doc, &ms, Day::parse("2015-08-08"));
            (found.iter())
                .filter(|d| d.dates_events())
                .map(|d| d.day.iso())
                .collect()
        };
        // a bombing of May retold in August: the prayer's day is no day of its own
        assert!(dating("فجر انتحاري نفسه وسط المصلين أثناء أداء صلاة الجمعة في مسجد.").is_empty());
        assert!(dating("استهدف الهجوم المصلين خلال خطبة الجمعة.").is_empty());
        // a Friday told as the day still dates it
        assert_eq!(
            dating("فجر انتحاري نفسه يوم الجمعة في مسجد."),
            ["2015-08-07"]
        );
        // the prayer's Friday dated by its day and month is that date
        assert_eq!(
            dating("فجر انتحاري نفسه أثناء صلاة الجمعة 29 مايو 2015 في مسجد."),
            ["2015-05-29"]
        );
    }

    #[test]
    fn a_weekday_that_opens_a_number_is_no_date() {
        let lex = Lexicons::compile();
        let doc = Document::analyze("قتل الأحد عشر جنديا في هجوم على حاجز أمس.");
        let ms = lex.dates.find(&doc);
        let found = find_dates(&doc, &ms, Day::parse("2015-08-08"));
        let days: Vec<String> = found.iter().map(|d| d.day.iso()).collect();
        assert_eq!(days, ["2015-08-07"], "{found:?}");
        // and the number is eleven
        assert_eq!(doc.numbers.first().map(|n| n.min), Some(11));
    }
}
