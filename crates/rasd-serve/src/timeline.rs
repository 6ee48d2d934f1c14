//! The timeline's buckets, its range and its bucket size, chosen from the incidents' dates.
//!
//! A few misread dates (a year of 1917 in a 2016 corpus) must not stretch the axis: the range
//! runs from the 1st to the 99th percentile of the dated incidents (each incident counts once),
//! and the incidents outside it are counted, not drawn. The bucket follows the range's span: days
//! up to three months, ISO weeks (starting Monday) up to two years, months beyond.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

/// How incidents are grouped on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Day,
    Week,
    Month,
}

impl Bucket {
    /// `day`, `week`, `month`; `auto` (None) lets the range decide.
    pub fn parse(s: &str) -> Result<Option<Bucket>, String> {
        match s {
            "auto" => Ok(None),
            "day" => Ok(Some(Bucket::Day)),
            "week" => Ok(Some(Bucket::Week)),
            "month" => Ok(Some(Bucket::Month)),
            _ => Err("parameter \"bucket\" must be auto, day, week or month".into()),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }

    /// The bucket for a range of `days` days: day up to 92, week up to 731, else month.
    pub fn for_span(days: i64) -> Bucket {
        match days {
            ..=92 => Bucket::Day,
            93..=731 => Bucket::Week,
            _ => Bucket::Month,
        }
    }

    /// The first day of the bucket holding `date` (a Monday for weeks, the 1st for months).
    pub fn start(self, date: NaiveDate) -> NaiveDate {
        match self {
            Bucket::Day => date,
            Bucket::Week => {
                date - chrono::Duration::days(i64::from(date.weekday().num_days_from_monday()))
            }
            Bucket::Month => date.with_day(1).unwrap_or(date),
        }
    }
}

fn parse(d: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

/// The dates from the 1st to the 99th percentile of incidents given as `(date, count)` sorted
/// by date: the incidents at ranks ⌊0.01·(n−1)⌋ and ⌈0.99·(n−1)⌉ of the n dated ones.
pub fn robust_range(dates: &[(NaiveDate, i64)]) -> Option<(NaiveDate, NaiveDate)> {
    let n: i64 = dates.iter().map(|(_, c)| c).sum();
    if n <= 0 {
        return None;
    }
    let last = (n - 1) as f64;
    let lo_rank = (0.01 * last).floor() as i64;
    let hi_rank = (0.99 * last).ceil() as i64;
    let at = |rank: i64| {
        let mut seen = 0;
        for (d, c) in dates {
            seen += c;
            if seen > rank {
                return Some(*d);
            }
        }
        dates.last().map(|(d, _)| *d)
    };
    Some((at(lo_rank)?, at(hi_rank)?))
}

/// The timeline's JSON: `buckets` (every dated incident, in `bucket` or the range's own
/// bucket), `range` with `before_range` and `after_range` (the dated incidents outside it),
/// `undated` and `total`. `days` holds `(date, event_type, incidents)`.
pub fn timeline_json(
    days: &[(String, String, i64)],
    undated: i64,
    bucket: Option<Bucket>,
) -> Value {
    let mut per_day: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    let mut unreadable = 0;
    for (d, _, n) in days {
        match parse(d) {
            Some(d) => *per_day.entry(d).or_default() += n,
            None => unreadable += n,
        }
    }
    let dated: Vec<(NaiveDate, i64)> = per_day.into_iter().collect();
    let range = robust_range(&dated);
    let bucket = bucket.unwrap_or_else(|| {
        range.map_or(Bucket::Day, |(a, b)| Bucket::for_span((b - a).num_days()))
    });
    let mut buckets: BTreeMap<NaiveDate, BTreeMap<&str, i64>> = BTreeMap::new();
    let (mut before, mut after) = (0, 0);
    let mut total = undated + unreadable;
    for (d, ty, n) in days {
        total += n;
        let Some(date) = parse(d) else { continue };
        if let Some((a, b)) = range {
            if date < a {
                before += n;
            } else if date > b {
                after += n;
            }
        }
        *buckets
            .entry(bucket.start(date))
            .or_default()
            .entry(ty.as_str())
            .or_default() += n;
    }
    let buckets: Vec<Value> = buckets
        .into_iter()
        .map(|(start, counts)| {
            let n: i64 = counts.values().sum();
            json!({"start": start.format("%Y-%m-%d").to_string(), "total": n, "counts": counts})
        })
        .collect();
    json!({
        "bucket": bucket.as_str(),
        "buckets": buckets,
        "range": range.map(|(a, b)| json!({
            "from": a.format("%Y-%m-%d").to_string(),
            "to": b.format("%Y-%m-%d").to_string(),
        })),
        "before_range": before,
        "after_range": after,
        "undated": undated + unreadable,
        "total": total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse(s).unwrap()
    }

    #[test]
    fn an_outlier_year_does_not_stretch_the_range() {
        // 200 incidents in autumn 2016 and one dated 1917 (a misread year), one in 2030
        let mut days = vec![("1917-10-21".to_string(), "Battles".to_string(), 1)];
        for i in 0..200 {
            let date = d("2016-09-01") + chrono::Duration::days(i % 60);
            days.push((date.to_string(), "Battles".into(), 1));
        }
        days.push(("2030-01-01".into(), "Battles".into(), 1));
        days.sort();
        let v = timeline_json(&days, 4, None);
        assert_eq!(v["range"]["from"], "2016-09-01");
        assert_eq!(v["range"]["to"], "2016-10-30");
        assert_eq!(
            (v["before_range"].as_i64(), v["after_range"].as_i64()),
            (Some(1), Some(1))
        );
        // two months: one bar a day
        assert_eq!(v["bucket"], "day");
        assert_eq!(v["total"], 206);
        // every dated incident is still in a bucket
        let sum: i64 = v["buckets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["total"].as_i64().unwrap())
            .sum();
        assert_eq!(sum, 202);
    }

    #[test]
    fn the_bucket_follows_the_span() {
        assert_eq!(Bucket::for_span(0), Bucket::Day);
        assert_eq!(Bucket::for_span(92), Bucket::Day);
        assert_eq!(Bucket::for_span(93), Bucket::Week);
        assert_eq!(Bucket::for_span(731), Bucket::Week);
        assert_eq!(Bucket::for_span(3650), Bucket::Month);
        let days = vec![
            ("2006-03-15".to_string(), "Battles".to_string(), 2),
            ("2016-10-21".to_string(), "Protests".to_string(), 1),
        ];
        let v = timeline_json(&days, 0, None);
        assert_eq!(v["bucket"], "month");
        assert_eq!(v["buckets"][0]["start"], "2006-03-01");
        // with three incidents, nothing is cut
        assert_eq!(v["range"]["from"], "2006-03-15");
        assert_eq!(v["range"]["to"], "2016-10-21");
        // a bucket asked for is kept: weeks start on Monday
        let v = timeline_json(&days, 0, Some(Bucket::Week));
        assert_eq!(v["bucket"], "week");
        assert_eq!(v["buckets"][1]["start"], "2016-10-17");
        let v = timeline_json(&[], 3, None);
        assert_eq!(v["range"], Value::Null);
        assert_eq!(v["total"], 3);
    }
}
