//! The Hijri calendar, for dates written in it ("21 شوال 1436هـ", "21/10/1436هـ", "عام
//! 1400هـ"): the Umm al-Qura calendar (Saudi Arabia's civil calendar, which Gulf reports date
//! by) for 1343-1500 AH from its published month starts (`data/umm_al_qura.tsv`), and the
//! arithmetic (tabular) calendar outside those years, within a day or two of the observed one.

use std::sync::OnceLock;

use crate::calendar::Day;

/// `data/umm_al_qura.tsv`: per Hijri year, the Gregorian day of 1 Muharram and the month lengths.
const UMM_AL_QURA_TSV: &str = include_str!("../data/umm_al_qura.tsv");

/// One Hijri year of the table: the ordinal ([`Day::ordinal`]) of its first day and its
/// month lengths.
#[derive(Debug, Clone, Copy)]
struct Year {
    first: i64,
    lengths: [u8; 12],
}

/// The table's first year and its years in order.
struct Table {
    first_year: i32,
    years: Vec<Year>,
}

fn parse(tsv: &str) -> Result<Table, String> {
    let mut first_year = None;
    let mut years: Vec<Year> = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("year\t") || line.is_empty() {
            continue;
        }
        let err = |what: &str| format!("umm_al_qura.tsv line {}: {what}: {line}", i + 1);
        let cells: Vec<&str> = line.split('\t').collect();
        let [year, first, lengths] = cells[..] else {
            return Err(err("expected 3 columns"));
        };
        let year: i32 = year.parse().map_err(|_| err("bad year"))?;
        let expected = first_year.map_or(year, |f: i32| f + years.len() as i32);
        if year != expected {
            return Err(err("years must follow each other"));
        }
        first_year.get_or_insert(year);
        let first = Day::parse(first)
            .ok_or_else(|| err("bad first_day"))?
            .ordinal();
        if let Some(prev) = years.last() {
            let total: i64 = prev.lengths.iter().map(|&l| i64::from(l)).sum();
            if prev.first + total != first {
                return Err(err("first_day does not follow the year before"));
            }
        }
        let lengths: Vec<u8> = lengths
            .split(',')
            .map(|l| l.parse().ok().filter(|l| (28..=31).contains(l)))
            .collect::<Option<_>>()
            .ok_or_else(|| err("bad month length"))?;
        let lengths: [u8; 12] = lengths
            .try_into()
            .map_err(|_| err("expected 12 month lengths"))?;
        years.push(Year { first, lengths });
    }
    Ok(Table {
        first_year: first_year.ok_or("umm_al_qura.tsv: no years")?,
        years,
    })
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| parse(UMM_AL_QURA_TSV).expect("the embedded table is validated by the tests"))
}

/// Validates the embedded table (used by the tests).
pub fn validate_table() -> Result<(), String> {
    parse(UMM_AL_QURA_TSV).map(|_| ())
}

impl Table {
    fn year(&self, year: i32) -> Option<&Year> {
        let k = usize::try_from(year - self.first_year).ok()?;
        self.years.get(k)
    }
}

/// The ordinal of 1 Muharram 1 AH in the arithmetic calendar (16 July 622, Julian).
fn tabular_epoch() -> i64 {
    // 19 July 622 in the proleptic Gregorian calendar
    Day {
        year: 622,
        month: 7,
        day: 19,
    }
    .ordinal()
}

fn tabular_ordinal(year: i32, month: u32, day: u32) -> i64 {
    let (y, m) = (i64::from(year), i64::from(month));
    i64::from(day)
        + (59 * (m - 1) + 1) / 2
        + (y - 1) * 354
        + (3 + 11 * y).div_euclid(30)
        + tabular_epoch()
        - 1
}

fn tabular_leap(year: i32) -> bool {
    (14 + 11 * i64::from(year)).rem_euclid(30) < 11
}

/// The days of a Hijri month (29 or 30; the table's few others for the years it holds).
pub fn month_length(year: i32, month: u32) -> u32 {
    if !(1..=12).contains(&month) {
        return 0;
    }
    if let Some(y) = table().year(year) {
        return u32::from(y.lengths[month as usize - 1]);
    }
    match month {
        12 if tabular_leap(year) => 30,
        m if m % 2 == 1 => 30,
        _ => 29,
    }
}

/// The Gregorian day of a Hijri date, or None when the date does not exist.
pub fn to_day(year: i32, month: u32, day: u32) -> Option<Day> {
    if year < 1 || day == 0 || day > month_length(year, month) {
        return None;
    }
    let ordinal = match table().year(year) {
        Some(y) => {
            let before: i64 = y.lengths[..month as usize - 1]
                .iter()
                .map(|&l| i64::from(l))
                .sum();
            y.first + before + i64::from(day) - 1
        }
        None => tabular_ordinal(year, month, day),
    };
    Some(Day::from_ordinal(ordinal))
}

/// The Hijri date (year, month, day) of a Gregorian day.
pub fn from_day(d: Day) -> (i32, u32, u32) {
    let o = d.ordinal();
    let t = table();
    if let (Some(first), Some(last)) = (t.years.first(), t.years.last()) {
        let end = last.first + last.lengths.iter().map(|&l| i64::from(l)).sum::<i64>();
        if (first.first..end).contains(&o) {
            let k = t.years.partition_point(|y| y.first <= o) - 1;
            let y = &t.years[k];
            let mut rest = o - y.first;
            for (m, &l) in y.lengths.iter().enumerate() {
                if rest < i64::from(l) {
                    return (t.first_year + k as i32, m as u32 + 1, rest as u32 + 1);
                }
                rest -= i64::from(l);
            }
        }
    }
    let epoch = tabular_epoch();
    let mut year = ((30 * (o - epoch) + 10646).div_euclid(10631)) as i32;
    // (the estimate may be one year off at a year's edge)
    if tabular_ordinal(year, 1, 1) > o {
        year -= 1;
    } else if tabular_ordinal(year + 1, 1, 1) <= o {
        year += 1;
    }
    let mut month = 12;
    while month > 1 && tabular_ordinal(year, month, 1) > o {
        month -= 1;
    }
    let day = (o - tabular_ordinal(year, month, 1) + 1) as u32;
    (year, month, day)
}

/// The Gregorian year that holds most of a Hijri year (the one of its 1 Rajab, the seventh
/// month of twelve): "عام 1400هـ" is 1980, "1436هـ" 2015.
pub fn gregorian_year(year: i32) -> Option<i32> {
    to_day(year, 7, 1).map(|d| d.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    /// Every day from `from` up to `to` (not included) converts to a Hijri date and back.
    fn round_trips(from: &str, to: &str) {
        for o in day(from).ordinal()..day(to).ordinal() {
            let d = Day::from_ordinal(o);
            let (y, m, dd) = from_day(d);
            assert_eq!(to_day(y, m, dd), Some(d), "{d:?} -> {y}-{m}-{dd}");
        }
    }

    #[test]
    fn the_embedded_table_is_valid() {
        validate_table().unwrap();
    }

    #[test]
    fn umm_al_qura_dates_convert_both_ways() {
        // the Abha bombing: Thursday 21 Shawwal 1436 = 6 August 2015
        assert_eq!(to_day(1436, 10, 21), Some(day("2015-08-06")));
        assert_eq!(from_day(day("2015-08-06")), (1436, 10, 21));
        // 1 Muharram 1437 = 14 October 2015; 1 Ramadan 1436 = 18 June 2015
        assert_eq!(to_day(1437, 1, 1), Some(day("2015-10-14")));
        assert_eq!(to_day(1436, 9, 1), Some(day("2015-06-18")));
        assert_eq!(to_day(1436, 13, 1), None);
        assert_eq!(to_day(1436, 9, 31), None);
        // every day of the table round-trips
        round_trips("1924-08-01", "2077-11-16");
    }

    #[test]
    fn outside_the_table_the_arithmetic_calendar_counts() {
        // 1 Muharram 1 AH: 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian)
        assert_eq!(to_day(1, 1, 1), Some(day("0622-07-19")));
        // 1 Muharram 1300 AH: 12 November 1882 in the arithmetic calendar
        assert_eq!(to_day(1300, 1, 1), Some(day("1882-11-12")));
        round_trips("1700-01-01", "1930-01-01");
    }

    #[test]
    fn a_hijri_year_is_the_gregorian_year_of_most_of_it() {
        assert_eq!(gregorian_year(1436), Some(2015));
        assert_eq!(gregorian_year(1400), Some(1980));
        assert_eq!(gregorian_year(1206), Some(1792));
    }
}
