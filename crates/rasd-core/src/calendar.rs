//! Civil-date arithmetic (proleptic Gregorian), enough to resolve report dates without a crate.

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Day> {
        let mut it = s.trim().splitn(3, '-');
        let year = it.next()?.parse().ok()?;
        let month = it.next()?.parse().ok()?;
        let day = it.next()?.get(..2)?.parse().ok()?;
        Day::new(year, month, day)
    }

    /// A valid day, or None.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn ordinal(self) -> i64 {
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The day `ordinal` days after 1970-01-01.
    pub fn from_ordinal(z: i64) -> Day {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + (month <= 2) as i64) as i32;
        Day { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Day {
        Day::from_ordinal(self.ordinal() + n)
    }

    /// 0 = Sunday ... 6 = Saturday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        (self.ordinal() + 4).rem_euclid(7) as u32
    }

    /// The latest `weekday` strictly before this day.
    pub fn previous_weekday(self, weekday: u32) -> Day {
        let back = (self.weekday() as i64 - weekday as i64 - 1).rem_euclid(7) + 1;
        self.add_days(-back)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_round_trips_and_weekdays() {
        let d = Day::parse("2016-10-22").unwrap();
        assert_eq!(d.weekday(), 6, "22 October 2016 was a Saturday");
        assert_eq!(Day::from_ordinal(d.ordinal()), d);
        assert_eq!(d.add_days(-1).iso(), "2016-10-21");
        assert_eq!(
            Day::parse("2008-03-01").unwrap().add_days(-1).iso(),
            "2008-02-29"
        );
        assert_eq!(
            Day::parse("2007-01-01").unwrap().add_days(-1).iso(),
            "2006-12-31"
        );
    }

    #[test]
    fn previous_weekday_is_strictly_before() {
        // 2007-05-06 was a Sunday: "الاثنين الماضي" -> 2007-04-30, "الأحد" -> 2007-04-29
        let d = Day::parse("2007-05-06").unwrap();
        assert_eq!(d.weekday(), 0);
        assert_eq!(d.previous_weekday(1).iso(), "2007-04-30");
        assert_eq!(d.previous_weekday(0).iso(), "2007-04-29");
        assert_eq!(d.previous_weekday(6).iso(), "2007-05-05");
    }

    #[test]
    fn invalid_dates_are_rejected() {
        assert!(Day::parse("2007-02-30").is_none());
        assert!(Day::parse("2007-13-01").is_none());
        assert!(Day::parse("garbage").is_none());
    }
}
