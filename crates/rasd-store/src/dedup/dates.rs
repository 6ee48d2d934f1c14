//! The date helpers of de-duplication and its date rule (rule 2 of [`super`]): plain
//! `YYYY-MM-DD` days shifted and compared without chrono's parser where they can be, a date's
//! range by its precision, and whether two mentions' days allow one incident.

use super::*;

/// The `YYYY-MM-DD` string of a date.
pub(super) fn iso(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(super) fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `date ± days` as `YYYY-MM-DD` (None for an unparsable date).
pub fn shift_date(date: &str, days: i64) -> Option<String> {
    if let Some(shifted) = shift_plain_date(date, days) {
        return Some(shifted);
    }
    let d = parse_date(date)?;
    Some(iso(d + chrono::Duration::days(days)))
}

/// A date written `YYYY-MM-DD` exactly (ten ASCII bytes, a valid day of a four-digit year),
/// read without chrono's format parser; None for anything else (which chrono may still read).
pub(super) fn plain_day(date: &str) -> Option<rasd_core::calendar::Day> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if year < 1000 {
        return None;
    }
    rasd_core::calendar::Day::new(year as i32, month, day)
}

/// [`shift_date`] of a plain date ([`plain_day`]) whose result has a four-digit year too, as
/// its ten bytes, with no allocation (the candidate search and the date guards shift a few
/// dates per comparison); None for anything else, which goes through chrono. Same result
/// either way.
pub(crate) fn shift_plain(date: &str, days: i64) -> Option<[u8; 10]> {
    let d = plain_day(date)?.add_days(days);
    if !(1000..=9999).contains(&d.year) {
        return None;
    }
    let mut out = *b"0000-00-00";
    let mut put = |at: usize, n: u32, width: usize| {
        let mut n = n;
        for i in (at..at + width).rev() {
            out[i] = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    put(0, d.year as u32, 4);
    put(5, d.month, 2);
    put(8, d.day, 2);
    Some(out)
}

/// [`shift_date`] of a plain date, as a string ([`shift_plain`]).
pub(super) fn shift_plain_date(date: &str, days: i64) -> Option<String> {
    shift_plain(date, days).map(|b| b.iter().map(|&c| c as char).collect())
}

/// The last day of the range that starts at `value` with `precision`.
pub fn date_range_end(value: &str, precision: DatePrecision) -> Option<String> {
    use chrono::Datelike;
    let d = parse_date(value)?;
    let end = match precision {
        DatePrecision::Day => d,
        DatePrecision::Week => d + chrono::Duration::days(6),
        DatePrecision::Month => {
            let (y, m) = if d.month() == 12 {
                (d.year() + 1, 1)
            } else {
                (d.year(), d.month() + 1)
            };
            chrono::NaiveDate::from_ymd_opt(y, m, 1)? - chrono::Duration::days(1)
        }
        DatePrecision::Year => chrono::NaiveDate::from_ymd_opt(d.year(), 12, 31)?,
    };
    Some(iso(end))
}

pub(super) fn days_between(a: &str, b: &str) -> Option<i64> {
    // plain dates without chrono's format parser (the date rule reads a few per comparison)
    if let (Some(a), Some(b)) = (plain_day(a), plain_day(b)) {
        return Some(b.ordinal() - a.ordinal());
    }
    Some((parse_date(b)? - parse_date(a)?).num_days())
}

pub fn precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Week => "week",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
    }
}

pub fn parse_precision(s: &str) -> Option<DatePrecision> {
    Some(match s {
        "day" => DatePrecision::Day,
        "week" => DatePrecision::Week,
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        _ => return None,
    })
}

pub(super) fn range_gap(a: (&str, &str), b: (&str, &str)) -> Option<i64> {
    // gap between the ranges [a.0, a.1] and [b.0, b.1]; 0 when they overlap
    if b.1 < a.0 {
        days_between(b.1, a.0)
    } else if a.1 < b.0 {
        days_between(a.1, b.0)
    } else {
        Some(0)
    }
}

/// The date rule (rule 2) of two mentions whose places relate (`at_place`: at the incident's own
/// place, where a follow-up reaches [`FOLLOWUP_DAYS`]): the gap in days (None when a side is
/// undated), whether it is a follow-up's reach, and why; `Err` says why the days keep them apart.
pub(super) fn date_rule(
    a: &Mention,
    b: &Mention,
    at_place: bool,
    explain: bool,
) -> Result<(Option<i64>, bool, String), String> {
    let mut followup = false;
    let why;
    let date_gap = if a.dated() && b.dated() {
        let (sa, ea) = (
            a.date.as_deref().unwrap_or(""),
            a.date_end.as_deref().unwrap_or(""),
        );
        let (sb, eb) = (
            b.date.as_deref().unwrap_or(""),
            b.date_end.as_deref().unwrap_or(""),
        );
        let gap = range_gap((sa, ea), (sb, eb)).ok_or_else(|| "date: unparsable".to_string())?;
        let pa = a.date_precision.map_or("?", precision_name);
        let pb = b.date_precision.map_or("?", precision_name);
        if gap > 1 {
            // the later side may be a retelling dated by its report's news (a reaction told
            // "today" does not re-date the incident)
            let (later, earlier) = if sb > sa { (b, a) } else { (a, b) };
            // or it retells the incident's own toll (of RETOLD_TOLL or more)
            let same_toll = later.news_retold_toll() && later.fatalities == earlier.fatalities;
            // and only to an incident pinned down by a place below country level or by a day:
            // a follow-up retells an incident told somewhere, not a country's unplaced mention
            // of a week or a month before it
            let reach =
                if at_place && (later.news_retelling() || same_toll) && earlier.pins_incident() {
                    FOLLOWUP_DAYS
                } else {
                    1
                };
            if gap > reach {
                return Err(why!(
                    explain,
                    "date: {sa}..{ea} and {sb}..{eb} are {gap} days apart"
                ));
            }
            followup = true;
            why = if later.news_retelling() {
                why!(
                    explain,
                    "date: {sa} ({pa}) and {sb} ({pb}), {gap} days apart: the later a retelling \
                     with no toll of its own dated by its report's news (published {}), limit \
                     {FOLLOWUP_DAYS} days",
                    later.published.as_deref().unwrap_or("?")
                )
            } else {
                why!(
                    explain,
                    "date: {sa} ({pa}) and {sb} ({pb}), {gap} days apart: the later, dated by \
                     its report's news (published {}), retells the same toll {} (at least \
                     {RETOLD_TOLL}), limit {FOLLOWUP_DAYS} days",
                    later.published.as_deref().unwrap_or("?"),
                    later.fatalities.unwrap_or(0)
                )
            };
        } else {
            why = why!(
                explain,
                "date: {sa} ({pa}) and {sb} ({pb}), {gap} day(s) apart (limit 1)"
            );
        }
        Some(gap)
    } else {
        let undated_pub = |u: &Mention| {
            u.published
                .clone()
                .ok_or_else(|| "undated: publication date unknown".to_string())
        };
        if a.dated() || b.dated() {
            // one dated: the undated report was published on the day or a few days after
            let (d, u) = if a.dated() { (a, b) } else { (b, a) };
            let (s, e) = (
                d.date.as_deref().unwrap_or(""),
                d.date_end.as_deref().unwrap_or(""),
            );
            let p = undated_pub(u)?;
            let after_start = days_between(s, &p).ok_or("undated: unparsable date")?;
            let after_end = days_between(e, &p).ok_or("undated: unparsable date")?;
            let reach = if at_place && d.pins_incident() {
                u.undated_reach()
            } else {
                UNDATED_DAYS
            };
            if after_start < 0 || after_end > reach {
                return Err(why!(
                    explain,
                    "undated: published {p}, not within {reach} days after {s}..{e}"
                ));
            }
            followup = after_end > UNDATED_DAYS;
            why = if followup {
                why!(
                    explain,
                    "date: {s} on one side; the other, a retelling with no date or toll of its \
                     own, was published {p}, within {FOLLOWUP_DAYS} days after"
                )
            } else {
                why!(
                    explain,
                    "date: {s} on one side; the other has no date of its own and was published \
                     {p}, within {UNDATED_DAYS} days after"
                )
            };
        } else {
            let (pa, pb) = (undated_pub(a)?, undated_pub(b)?);
            let gap = days_between(&pa, &pb)
                .ok_or("undated: unparsable date")?
                .abs();
            if gap > 2 {
                return Err(why!(
                    explain,
                    "undated: published {pa} and {pb}, {gap} days apart"
                ));
            }
            why = why!(
                explain,
                "date: unknown on both sides; published {pa} / {pb}, {gap} day(s) apart \
                 (limit 2)"
            );
        }
        None
    };
    Ok((date_gap, followup, why))
}
