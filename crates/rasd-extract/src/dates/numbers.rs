//! Dates written in numbers ("21/10/1436هـ", "2015-08-04") and a date told again in the other
//! calendar after "الموافق": passes over the expressions [`super::find_dates`] found.
//! Also the number readings the date scan shares: a number right before a token, a number
//! token's value, the years a bare number may be.

use rasd_core::DatePrecision;
use rasd_lexicon::DateKind;
use rasd_text::TokenKind;

use rasd_text::{Document, Span};

use super::{Calendar, DateMention, Day, Deixis, Scan};

/// The value of a plain digit or number-word token sequence ending right before token `end`.
pub(super) fn number_before(doc: &Document, end: usize) -> Option<(u64, Span, usize)> {
    doc.numbers
        .iter()
        .find(|n| n.tokens.end == end && !n.vague && !n.dual_noun)
        .map(|n| (n.min, n.span, n.tokens.start))
}

/// The years a bare four-digit number may be: a year of the Common era that news tells of.
pub(super) const BARE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The years a number after a Hijri month, or in a date of numbers, is read as a Hijri year
/// without its era ("21 شوال 1436", "21/10/1436").
pub(super) const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1300..=1600;

/// The value of the number token `i` (before `limit`).
pub(super) fn number_at(doc: &Document, i: usize, limit: usize) -> Option<i32> {
    let t = doc.tokens.get(i).filter(|_| i < limit)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    t.key.parse().ok()
}

/// A date told again in the other calendar after "الموافق" ("6 أغسطس 2012، الموافق 17
/// رمضان", "الخميس 21/10/1436هـ الموافق 6 أغسطس") is one expression with the date before
/// it, dated by that one (it carries the year the other often lacks) unless only the second
/// names a day, or the first is a Hijri day and the second a Common one. `found` is in text
/// order.
pub(super) fn same_date_again(scan: &Scan<'_, '_>, found: &mut Vec<Found>) {
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
pub(super) fn numeric_dates(scan: &Scan<'_, '_>, found: &mut Vec<Found>) -> bool {
    let doc = scan.doc;
    let toks = &doc.tokens;
    let mut added = false;
    // (the text layer found them: three digit groups, the rest is a range or a code)
    for written in doc.written_dates.iter().filter(|w| w.groups == 3) {
        let i = written.tokens.start;
        let Some(date) = numeric_date(scan, i) else {
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
                ago: false,
                relative: None,
                last_month: false,
            },
            tokens,
            Deixis::ExplicitDay(calendar),
        ));
        added = true;
    }
    added
}

/// The date of the written date of three groups starting at token `i` ([`numeric_dates`]) and
/// the token after it.
fn numeric_date(scan: &Scan<'_, '_>, i: usize) -> Option<(Day, usize, Calendar)> {
    let doc = scan.doc;
    let limit = scan.sentence_end(i);
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
