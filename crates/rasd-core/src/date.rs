//! The one check of a `YYYY-MM-DD` date that every input goes through (the CLI's `published`,
//! `--published`, `--from`/`--to`, and the HTTP API's parameters and bodies).

/// Whether `s` is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian, years
/// 0001-9999): "2016-02-29" is, "2015-02-29", "2016-02-31" and "2016-13-45" are not.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1 && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::valid_date;

    #[test]
    fn valid_date_takes_calendar_dates_only() {
        for ok in [
            "2016-02-29",
            "2000-02-29",
            "2016-12-31",
            "0001-01-01",
            "2016-04-30",
        ] {
            assert!(valid_date(ok), "{ok}");
        }
        for bad in [
            "2016-02-31",
            "2015-02-29",
            "1900-02-29",
            "2016-04-31",
            "2016-13-45",
            "2016-00-10",
            "2016-01-00",
            "0000-01-01",
            "2016-1-01",
            "2016/01/01",
            "2016-01-01T00:00",
            "٢٠١٦-٠١-٠١",
            "",
            "+016-01-01",
        ] {
            assert!(!valid_date(bad), "{bad}");
        }
    }
}
