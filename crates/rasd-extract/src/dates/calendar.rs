//! The calendar of a month name or a date of numbers: Gregorian or Hijri, and a day, a month's
//! length and a month's start in each.
use crate::calendar::{days_in_month, Day};

/// The calendar of a month name or a date of numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Calendar {
    Gregorian,
    Hijri,
}

impl Calendar {
    /// A day as (year, month, day) of this calendar.
    pub(super) fn of(self, d: Day) -> (i32, u32, u32) {
        match self {
            Calendar::Gregorian => (d.year, d.month, d.day),
            Calendar::Hijri => rasd_core::hijri::from_day(d),
        }
    }

    pub(super) fn days_in_month(self, year: i32, month: u32) -> u32 {
        match self {
            Calendar::Gregorian => days_in_month(year, month),
            Calendar::Hijri => rasd_core::hijri::month_length(year, month),
        }
    }

    /// The day of a date of this calendar.
    pub(super) fn day(self, year: i32, month: u32, day: u32) -> Option<Day> {
        match self {
            Calendar::Gregorian => Day::new(year, month, day),
            Calendar::Hijri => rasd_core::hijri::to_day(year, month, day),
        }
    }

    /// A month of this calendar as a date of month precision: the first day of the Common
    /// month that holds its middle (a Hijri month straddles two).
    pub(super) fn month_start(self, year: i32, month: u32) -> Option<Day> {
        let mid = match self {
            Calendar::Gregorian => Day::new(year, month, 1)?,
            Calendar::Hijri => rasd_core::hijri::to_day(year, month, 15)?,
        };
        Day::new(mid.year, mid.month, 1)
    }
}
