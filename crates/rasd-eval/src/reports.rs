//! Report-level scoring (DESIGN.md section 4, "whole reports"): the records rasd outputs by
//! default for a whole report against the incidents an ACLED coder takes from it.
//!
//! - Scored records: Battles, Explosions/Remote violence, Violence against civilians, Protests
//!   and Riots (Strategic developments are neither rewarded nor penalised).
//! - A record and a gold event of the same report can be one incident when their families agree
//!   (the three violent types together; Protests and Riots together), their days (when both have
//!   one) are at most 2 apart, and the record's place matches the gold place or one of its
//!   `location_alts` (surface keys, either containing the other) or, failing that, the record's
//!   country is the gold country. Pairs are taken best first (place, sub-type, toll, same day),
//!   each record and each gold event at most once.
//! - Precision = matched records / scored records (a record matched to an optional event is
//!   right; a second record of an already matched incident is a duplicate, and wrong). Recall =
//!   matched required events / required events. Field agreement is over matched required events.

use serde::{Deserialize, Serialize};

use rasd_core::taxonomy::family;
use rasd_core::{Event, Report};

use crate::{place_key, Agreement, Prf};

/// A gold event of a whole report (`reports.dev.jsonl`).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ReportEvent {
    pub required: bool,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub location_text: Option<String>,
    #[serde(default)]
    pub location_alts: Vec<String>,
    pub country: Option<String>,
    pub date: Option<String>,
    pub fatalities: Option<u64>,
    pub injuries: Option<u64>,
    #[serde(default)]
    pub evidence: Option<String>,
}

/// What a report says that is not an event, and why.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct NotEvent {
    pub text: String,
    pub why: String,
}

/// A whole article of a gold set: what rasd reads (the title, a newline, then the text;
/// DESIGN.md section 4) with its id, publication date and outlet.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Article {
    pub id: String,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: String,
    pub text: String,
}

impl Article {
    /// The report as rasd reads it: the title, a newline, then the text.
    pub fn report(&self) -> Report {
        Report {
            id: self.id.clone(),
            text: Report::join_title(&self.title, &self.text),
            published: self.published.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
        }
    }
}

/// A whole report with its gold events.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldReport {
    #[serde(flatten)]
    pub article: Article,
    pub events: Vec<ReportEvent>,
    #[serde(default)]
    pub not_events: Vec<NotEvent>,
}

impl GoldReport {
    /// The report as rasd reads it: the title, a newline, then the text.
    pub fn report(&self) -> Report {
        self.article.report()
    }
}

/// The report-level figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReportScores {
    pub reports: usize,
    /// tp = matched scored records, system = scored records, gold = required events; so
    /// precision is incident precision, and `required_found` the recall.
    pub records: usize,
    pub matched_records: usize,
    /// Scored records that a matched incident already had (counted wrong).
    pub duplicates: usize,
    pub required_found: Agreement,
    pub event_type: Agreement,
    pub sub_event_type: Agreement,
    pub place: Agreement,
    pub country: Agreement,
    pub date: Agreement,
    pub fatalities: Agreement,
    pub injuries: Agreement,
    #[serde(skip)]
    pub misses: Vec<ReportMiss>,
}

impl ReportScores {
    /// Incident precision and recall as one Prf: tp/system is precision, found/required recall.
    pub fn precision(&self) -> f64 {
        crate::ratio(self.matched_records, self.records)
    }
    pub fn recall(&self) -> f64 {
        self.required_found.rate()
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn prf(&self) -> Prf {
        Prf {
            tp: self.matched_records,
            system: self.records,
            gold: self.required_found.n,
        }
    }
}

/// One line of `rasd eval --misses` at report level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportMiss {
    pub doc: String,
    /// `extra` (a record no gold event takes), `duplicate`, `unmatched` (a required event no
    /// record takes), or a field name of a matched required event.
    pub what: &'static str,
    pub gold: String,
    pub system: String,
}

/// Whether a record counts at report level.
pub fn scored(e: &Event) -> bool {
    family(&e.event_type).is_some()
}

/// The day number of a `YYYY-MM-DD` date, for differences in days.
fn day_number(iso: &str) -> Option<i64> {
    rasd_core::calendar::Day::parse(iso).map(|d| d.ordinal())
}

fn record_day(e: &Event) -> Option<i64> {
    let d = e.date.as_ref()?;
    if d.precision != rasd_core::DatePrecision::Day {
        return None;
    }
    day_number(&d.value)
}

fn keys_overlap(a: &str, b: &str) -> bool {
    let (a, b) = (place_key(a), place_key(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Whether the record's place is the gold place or one of its alternatives.
fn place_agrees(e: &Event, g: &ReportEvent) -> bool {
    let Some(loc) = &e.location else { return false };
    g.location_text
        .iter()
        .chain(&g.location_alts)
        .any(|p| keys_overlap(&loc.text, p))
}

fn country_agrees(e: &Event, g: &ReportEvent) -> bool {
    let c = e.location.as_ref().and_then(|l| l.country.as_deref());
    c.is_some() && c == g.country.as_deref()
}

/// How well a record fits a gold event, best first; None when they cannot be one incident.
fn fit(e: &Event, g: &ReportEvent) -> Option<Fit> {
    let gf = family(g.event_type.as_deref()?)?;
    if family(&e.event_type)? != gf {
        return None;
    }
    let (rd, gd) = (record_day(e), g.date.as_deref().and_then(day_number));
    if let (Some(a), Some(b)) = (rd, gd) {
        if (a - b).abs() > 2 {
            return None;
        }
    }
    let place = place_agrees(e, g);
    if !place && !country_agrees(e, g) {
        return None;
    }
    let sub = g.sub_event_type.as_deref() == Some(e.sub_event_type.as_str());
    let toll = g.fatalities.is_some() && g.fatalities == e.fatalities.as_ref().and_then(|c| c.min);
    let same_day = rd.is_some() && rd == gd;
    Some((place, sub, toll, same_day))
}

/// A field of a matched pair: the gold's value, the system's, and whether they agree.
type Field = (String, String, bool);

fn show<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// A record for a miss line: what, where, when, toll, its status, and the words that gave it.
pub fn describe_record(e: &Event) -> String {
    format!(
        "{} dead {} hurt {} at {} on {} conf {:.2} [{}] «{}»",
        e.sub_event_type,
        show(e.fatalities.as_ref().and_then(|c| c.min)),
        show(e.injuries.as_ref().and_then(|c| c.min)),
        show(e.location.as_ref().map(|l| l.text.as_str())),
        show(e.date.as_ref().map(|d| d.value.as_str())),
        e.confidence,
        e.status.as_str(),
        e.trigger.text,
    )
}

fn describe_gold(g: &ReportEvent) -> String {
    let ev: String = g
        .evidence
        .as_deref()
        .unwrap_or("")
        .chars()
        .take(80)
        .collect();
    format!(
        "{}{} dead {} hurt {} at {} on {} «{}»",
        if g.required { "" } else { "(optional) " },
        show(g.sub_event_type.as_deref()),
        show(g.fatalities),
        show(g.injuries),
        show(g.location_text.as_deref()),
        show(g.date.as_deref()),
        ev
    )
}

/// How well a record fits a gold event: place, sub-type, toll, same day.
type Fit = (bool, bool, bool, bool);

/// Which gold event each record takes and which record each gold event has, one to one.
struct Matching {
    /// Every (fit, gold, record) that can be one incident, best first.
    pairs: Vec<(Fit, usize, usize)>,
    gold_of: Vec<Option<usize>>,
    record_of: Vec<Option<usize>>,
}

fn matching(records: &[&Event], gold: &[ReportEvent]) -> Matching {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (ri, r) in records.iter().enumerate() {
            if let Some(f) = fit(r, g) {
                pairs.push((f, gi, ri));
            }
        }
    }
    // best first: place, sub-type, toll, same day; then input order
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gold_of, mut record_of) = (vec![None; records.len()], vec![None; gold.len()]);
    for &(_, gi, ri) in &pairs {
        if gold_of[ri].is_none() && record_of[gi].is_none() {
            gold_of[ri] = Some(gi);
            record_of[gi] = Some(ri);
        }
    }
    Matching {
        pairs,
        gold_of,
        record_of,
    }
}

/// What the scoring makes of one record of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// It takes a required gold event.
    Required,
    /// It takes an optional gold event (neither gained nor lost).
    Optional,
    /// It fits an incident another record took.
    Duplicate,
    /// It fits no gold incident.
    Extra,
    /// Not of a type scored at report level (Strategic developments).
    Unscored,
}

/// The outcome of each record (in order) when the report's output is exactly `records`.
pub fn outcomes(records: &[Event], gold: &[ReportEvent]) -> Vec<Outcome> {
    let idx: Vec<usize> = (0..records.len())
        .filter(|&i| scored(&records[i]))
        .collect();
    let refs: Vec<&Event> = idx.iter().map(|&i| &records[i]).collect();
    let m = matching(&refs, gold);
    let mut out = vec![Outcome::Unscored; records.len()];
    for (k, &i) in idx.iter().enumerate() {
        out[i] = match m.gold_of[k] {
            Some(gi) if gold[gi].required => Outcome::Required,
            Some(_) => Outcome::Optional,
            None if m
                .pairs
                .iter()
                .any(|&(_, gi, ri)| ri == k && m.record_of[gi].is_some()) =>
            {
                Outcome::Duplicate
            }
            None => Outcome::Extra,
        };
    }
    out
}

/// Scores one report's records (already filtered to what rasd outputs by default) against its
/// gold events, adding into `scores`.
pub fn score_report(doc: &str, records: &[Event], gold: &[ReportEvent], s: &mut ReportScores) {
    let records: Vec<&Event> = records.iter().filter(|e| scored(e)).collect();
    s.reports += 1;
    s.records += records.len();
    let Matching {
        pairs,
        gold_of,
        record_of,
    } = matching(&records, gold);
    let mut miss = |what: &'static str, gold: String, system: String| {
        s.misses.push(ReportMiss {
            doc: doc.to_string(),
            what,
            gold,
            system,
        })
    };
    for (ri, r) in records.iter().enumerate() {
        if gold_of[ri].is_some() {
            s.matched_records += 1;
            continue;
        }
        // a record that fits an incident another record already took is a duplicate
        let dup = pairs
            .iter()
            .find(|&&(_, gi, pri)| pri == ri && record_of[gi].is_some());
        match dup {
            Some(&(_, gi, _)) => {
                s.duplicates += 1;
                miss("duplicate", describe_gold(&gold[gi]), describe_record(r));
            }
            None => miss("extra", "-".into(), describe_record(r)),
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if !g.required {
            continue;
        }
        let Some(ri) = record_of[gi] else {
            s.required_found.add(false);
            miss("unmatched", describe_gold(g), "-".into());
            continue;
        };
        s.required_found.add(true);
        let r = records[ri];
        let count = |c: &Option<rasd_core::Count>| c.as_ref().and_then(|c| c.min);
        let fields: [(&mut Agreement, &'static str, Option<Field>); 7] = [
            (
                &mut s.event_type,
                "event_type",
                g.event_type
                    .clone()
                    .map(|t| (t.clone(), r.event_type.clone(), t == r.event_type)),
            ),
            (
                &mut s.sub_event_type,
                "sub_event_type",
                g.sub_event_type
                    .clone()
                    .map(|t| (t.clone(), r.sub_event_type.clone(), t == r.sub_event_type)),
            ),
            (
                &mut s.place,
                "place",
                g.location_text.clone().map(|p| {
                    let sys = show(r.location.as_ref().map(|l| l.text.as_str()));
                    (p, sys, place_agrees(r, g))
                }),
            ),
            (
                &mut s.country,
                "country",
                g.country.clone().map(|c| {
                    let sys = r.location.as_ref().and_then(|l| l.country.clone());
                    let ok = sys.as_deref() == Some(c.as_str());
                    (c, show(sys), ok)
                }),
            ),
            (
                &mut s.date,
                "date",
                g.date.clone().map(|d| {
                    let sys = r.date.as_ref().map(|x| x.value.clone());
                    let ok = record_day(r).is_some() && record_day(r) == day_number(&d);
                    (d, show(sys), ok)
                }),
            ),
            (
                &mut s.fatalities,
                "fatalities",
                g.fatalities.map(|n| {
                    let sys = count(&r.fatalities);
                    (n.to_string(), show(sys), sys == Some(n))
                }),
            ),
            (
                &mut s.injuries,
                "injuries",
                g.injuries.map(|n| {
                    let sys = count(&r.injuries);
                    (n.to_string(), show(sys), sys == Some(n))
                }),
            ),
        ];
        for (agreement, what, field) in fields {
            if let Some((gold, sys, ok)) = field {
                agreement.add(ok);
                if !ok {
                    miss(what, gold, sys);
                }
            }
        }
    }
}

/// The report-level table, a line each.
pub fn report_rows(s: &ReportScores) -> Vec<String> {
    let dup_share = crate::ratio(s.duplicates, s.records);
    let mut rows = vec![
        format!(
            "{:<28} P {:.3}  R {:.3}  F1 {:.3}   ({} of {} records matched; {} of {} required found; {} reports)",
            "incidents",
            s.precision(),
            s.recall(),
            s.f1(),
            s.matched_records,
            s.records,
            s.required_found.agree,
            s.required_found.n,
            s.reports
        ),
        format!(
            "{:<28} {:.3}   ({} of {} records)",
            "duplicates", dup_share, s.duplicates, s.records
        ),
    ];
    for (name, a) in [
        ("event_type", &s.event_type),
        ("sub_event_type", &s.sub_event_type),
        ("fatalities exact", &s.fatalities),
        ("injuries exact", &s.injuries),
        ("place", &s.place),
        ("country", &s.country),
        ("date exact", &s.date),
    ] {
        rows.push(crate::agreement_row(name, a));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::ev;

    fn gold(req: bool, sub: &str, place: &str, alts: &[&str], fat: Option<u64>) -> ReportEvent {
        ReportEvent {
            required: req,
            event_type: rasd_core::taxonomy::event_type_of(sub).map(str::to_string),
            sub_event_type: Some(sub.into()),
            location_text: Some(place.into()),
            location_alts: alts.iter().map(|a| a.to_string()).collect(),
            country: Some("IQ".into()),
            date: Some("2016-10-21".into()),
            fatalities: fat,
            injuries: None,
            evidence: None,
        }
    }

    fn dated(mut e: Event, day: &str) -> Event {
        e.date = Some(rasd_core::EventDate {
            value: day.into(),
            precision: rasd_core::DatePrecision::Day,
            text: None,
            span: None,
        });
        e
    }

    #[test]
    fn duplicates_and_extras_count_against_precision() {
        let gold_events = vec![
            gold(true, "Air/drone strike", "داقوق", &[], Some(15)),
            gold(true, "Peaceful protest", "كركوك", &[], None),
        ];
        let records = vec![
            dated(
                ev("Air/drone strike", Some("بداقوق"), Some(15)),
                "2016-10-21",
            ),
            // the same strike told again: a duplicate
            dated(
                ev("Air/drone strike", Some("داقوق"), Some(12)),
                "2016-10-21",
            ),
            ev("Peaceful protest", Some("وكركوك"), None),
            // a clash of last month is no incident of this gold: an extra
            dated(ev("Armed clash", Some("داقوق"), None), "2016-09-01"),
            // a Strategic development is not scored
            ev("Arrests", Some("كركوك"), None),
        ];
        let mut s = ReportScores::default();
        score_report("k", &records, &gold_events, &mut s);
        assert_eq!((s.records, s.matched_records, s.duplicates), (4, 2, 1));
        assert!((s.precision() - 0.5).abs() < 1e-9);
        assert_eq!(s.required_found, Agreement { agree: 2, n: 2 });
        assert_eq!(s.place, Agreement { agree: 2, n: 2 });
        assert_eq!(s.fatalities, Agreement { agree: 1, n: 1 });
        let whats: Vec<&str> = s.misses.iter().map(|m| m.what).collect();
        // the protest record has no day where the gold has one
        assert_eq!(whats, vec!["duplicate", "extra", "date"]);
        // the record model's training rows see the same matching, record by record
        let mut optional = gold_events.clone();
        optional[1].required = false;
        assert_eq!(
            outcomes(&records, &optional),
            vec![
                Outcome::Required,
                Outcome::Duplicate,
                Outcome::Optional,
                Outcome::Extra,
                Outcome::Unscored
            ]
        );
    }

    #[test]
    fn days_more_than_two_apart_are_two_incidents() {
        let g = vec![gold(true, "Suicide bomb", "كركوك", &[], None)];
        let r = vec![dated(ev("Suicide bomb", Some("كركوك"), None), "2016-10-10")];
        let mut s = ReportScores::default();
        score_report("k", &r, &g, &mut s);
        assert_eq!((s.matched_records, s.required_found.agree), (0, 0));
        let r = vec![dated(ev("Suicide bomb", Some("كركوك"), None), "2016-10-19")];
        let mut s = ReportScores::default();
        score_report("k", &r, &g, &mut s);
        assert_eq!((s.matched_records, s.required_found.agree), (1, 1));
        assert_eq!(s.date, Agreement { agree: 0, n: 1 });
    }

    #[test]
    fn place_alternatives_and_optional_events() {
        let g = vec![gold(
            false,
            "Shelling/artillery/missile attack",
            "دوما",
            &["الغوطة الشرقية"],
            None,
        )];
        let r = vec![ev(
            "Shelling/artillery/missile attack",
            Some("بالغوطة الشرقية"),
            None,
        )];
        let mut s = ReportScores::default();
        score_report("k", &r, &g, &mut s);
        // matched to an optional event: right, but recall has nothing to count
        assert_eq!((s.records, s.matched_records), (1, 1));
        assert_eq!(s.required_found.n, 0);
    }

    #[test]
    fn gold_report_reads_title_then_text() {
        let line = r#"{"id":"a","published":"2015-08-06","title":"عنوان","text":"نص","events":[],"not_events":[{"text":"نص","why":"other"}]}"#;
        let g: Vec<GoldReport> = crate::parse_jsonl("r.jsonl", line).unwrap();
        assert_eq!(g[0].report().text, "عنوان\nنص");
    }
}
