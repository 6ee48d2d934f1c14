//! rasd-eval: scores event records against gold labels, as DESIGN.md section 4 defines.
//!
//! The scoring is deliberately plain: parse gold, match system events to gold events within one
//! sentence (document), count. Extraction is passed in as a closure so this crate stays pure.

use serde::{Deserialize, Serialize};

use rasd_core::{taxonomy::is_violent, Event, Report};

pub mod clusters;
pub mod reports;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{name}:{line}: {reason}")]
    Gold {
        name: String,
        line: usize,
        reason: String,
    },
}

/// A count-based metric: true positives, system total, gold total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub system: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Agreement on matched pairs where the gold has a value: `agree` of `n`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Agreement {
    pub agree: usize,
    pub n: usize,
}

impl Agreement {
    pub fn rate(&self) -> f64 {
        ratio(self.agree, self.n)
    }
    pub(crate) fn add(&mut self, ok: bool) {
        self.n += 1;
        if ok {
            self.agree += 1;
        }
    }
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One OEDA sentence with its detection label.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledSentence {
    pub id: String,
    pub published: Option<String>,
    pub text: String,
    pub label: String,
}

impl LabelledSentence {
    /// `Some(true)` for `yes`, `Some(false)` for `easy no`; None for `difficult no` (a split
    /// judgement, some with as many accepts as rejects) and `ambiguous`, which are left out.
    pub fn gold(&self) -> Option<bool> {
        match self.label.as_str() {
            "yes" => Some(true),
            "easy no" => Some(false),
            _ => None,
        }
    }
    pub fn report(&self) -> Report {
        report(&self.id, &self.text, &self.published)
    }
}

/// The report a gold line stands for.
fn report(id: &str, text: &str, published: &Option<String>) -> Report {
    Report {
        id: id.to_string(),
        text: text.to_string(),
        published: published.clone(),
        source: None,
        url: None,
    }
}

/// A gold event (gold/assault.dev.events.jsonl and the example's gold.json share these names).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    pub location_text: Option<String>,
    pub location: Option<String>,
    pub country: Option<String>,
    pub date: Option<String>,
    pub fatalities: Option<u64>,
    pub injuries: Option<u64>,
    #[serde(default)]
    pub required: Option<bool>,
}

/// A gold document: its text and its events.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    pub published: Option<String>,
    #[serde(default)]
    pub text: String,
    pub events: Vec<GoldEvent>,
}

impl GoldDoc {
    pub fn report(&self) -> Report {
        report(&self.id, &self.text, &self.published)
    }
}

/// Parses JSONL, naming the line of a bad record.
pub fn parse_jsonl<T: for<'de> Deserialize<'de>>(
    name: &str,
    text: &str,
) -> Result<Vec<T>, EvalError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::Gold {
                name: name.to_string(),
                line: i + 1,
                reason: e.to_string(),
            })
        })
        .collect()
}

/// Sentence-level detection of violent events (Battles, Explosions/Remote violence, Violence
/// against civilians) against the OEDA ASSAULT labels: `yes` positive, `easy no` negative,
/// `difficult no` and `ambiguous` left out.
pub fn score_detection<F: Fn(&Report) -> Vec<Event>>(
    sentences: &[LabelledSentence],
    extract: F,
) -> Prf {
    let mut prf = Prf::default();
    for s in sentences {
        let Some(gold) = s.gold() else { continue };
        let predicted = extract(&s.report())
            .iter()
            .any(|e| is_violent(&e.event_type));
        prf.gold += gold as usize;
        prf.system += predicted as usize;
        prf.tp += (gold && predicted) as usize;
    }
    prf
}

/// Event-level scores on matched events.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EventScores {
    /// Violent events: matched / system / gold.
    pub events: Prf,
    pub event_type: Agreement,
    pub sub_event_type: Agreement,
    pub fatalities: Agreement,
    pub injuries: Agreement,
    /// Gold events with a place whose matched system event names that place.
    pub place: Agreement,
    /// Gold events with a country whose matched system event has that country.
    pub country: Agreement,
    /// The same, over gold events that name a place (the geocoder's own measure).
    pub country_with_place: Agreement,
    /// Gold events with a day whose matched system event has that day.
    pub date: Agreement,
    /// Gold events marked `required` (the example's gold) that were matched.
    pub required: Agreement,
    /// Every disagreement behind the figures, for `rasd eval --misses`.
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

/// One disagreement with the gold: a gold event without a system event (`unmatched`), a system
/// event without a gold one (`extra`), or a field of a matched pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    pub doc: String,
    pub what: &'static str,
    pub gold: String,
    pub system: String,
}

fn show<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// A short description of a system event for a miss line.
fn describe(e: &Event) -> String {
    format!(
        "{} dead {} hurt {} at {} on {}",
        e.sub_event_type,
        show(e.fatalities.as_ref().and_then(|c| c.min)),
        show(e.injuries.as_ref().and_then(|c| c.min)),
        show(e.location.as_ref().map(|l| l.text.as_str())),
        show(e.date.as_ref().map(|d| d.value.as_str())),
    )
}

/// A short description of a gold event for a miss line.
fn describe_gold(g: &GoldEvent) -> String {
    format!(
        "{} dead {} hurt {} at {} on {}",
        show(g.sub_event_type.as_deref()),
        show(g.fatalities),
        show(g.injuries),
        show(g.location_text.as_deref()),
        show(g.date.as_deref()),
    )
}

/// The place surface as a comparable key: normalized, proclitics and article dropped.
pub fn place_key(s: &str) -> String {
    let k = rasd_text::key(s);
    let k = k.trim();
    k.strip_prefix("ال").unwrap_or(k).to_string()
}

fn place_match(sys: &Event, gold: &GoldEvent) -> bool {
    match (&sys.location, &gold.location_text) {
        (Some(loc), Some(g)) => {
            let (a, b) = (place_key(&loc.text), place_key(g));
            !a.is_empty() && (a == b || a.ends_with(&b) || b.ends_with(&a))
        }
        _ => false,
    }
}

/// How well a system event fits a gold event (0 = it does not match).
fn fit(sys: &Event, gold: &GoldEvent) -> u32 {
    let place = place_match(sys, gold);
    let sub = gold.sub_event_type.as_deref() == Some(sys.sub_event_type.as_str());
    let typ = gold.event_type.as_deref() == Some(sys.event_type.as_str());
    if !(place || sub || typ) {
        return 0;
    }
    4 * place as u32 + 2 * sub as u32 + typ as u32 + 1
}

/// Matches system events to gold events of one document, greedily by fit; returns
/// (gold index, system index) pairs.
pub fn match_events(system: &[Event], gold: &[GoldEvent]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    for (g, ge) in gold.iter().enumerate() {
        for (s, se) in system.iter().enumerate() {
            let f = fit(se, ge);
            if f > 0 {
                pairs.push((f, g, s));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_g, mut used_s) = (vec![false; gold.len()], vec![false; system.len()]);
    let mut out = Vec::new();
    for (_, g, s) in pairs {
        if !used_g[g] && !used_s[s] {
            used_g[g] = true;
            used_s[s] = true;
            out.push((g, s));
        }
    }
    out.sort();
    out
}

/// Scores one document's system events against its gold events, adding into `scores` (and its
/// disagreements, named by `doc`, into `scores.misses`).
pub fn score_doc(doc: &str, system: &[Event], gold: &[GoldEvent], scores: &mut EventScores) {
    let system: Vec<Event> = system
        .iter()
        .filter(|e| is_violent(&e.event_type))
        .cloned()
        .collect();
    let pairs = match_events(&system, gold);
    scores.events.system += system.len();
    scores.events.gold += gold.len();
    scores.events.tp += pairs.len();
    let mut misses = Vec::new();
    let mut miss = |what: &'static str, gold: String, system: String| {
        misses.push(Miss {
            doc: doc.to_string(),
            what,
            gold,
            system,
        })
    };
    for (si, s) in system.iter().enumerate() {
        if !pairs.iter().any(|(_, ps)| *ps == si) {
            miss("extra", "-".into(), describe(s));
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        let matched = pairs
            .iter()
            .find(|(pg, _)| *pg == gi)
            .map(|(_, s)| &system[*s]);
        if g.required == Some(true) {
            scores.required.add(matched.is_some());
        }
        let Some(s) = matched else {
            miss("unmatched", describe_gold(g), "-".into());
            continue;
        };
        // each field the gold has: (gold, system, agree); most agree when equal
        let equal = |gold: Option<String>, sys: Option<String>| {
            gold.map(|g| {
                let ok = sys.as_ref() == Some(&g);
                (g, show(sys), ok)
            })
        };
        let location = s.location.as_ref();
        let count = |c: &Option<rasd_core::Count>| c.as_ref().and_then(|c| c.min);
        let number = |n: Option<u64>| n.map(|n| n.to_string());
        let fields = [
            (
                &mut scores.event_type,
                "event_type",
                equal(g.event_type.clone(), Some(s.event_type.clone())),
            ),
            (
                &mut scores.sub_event_type,
                "sub_event_type",
                equal(g.sub_event_type.clone(), Some(s.sub_event_type.clone())),
            ),
            (
                &mut scores.fatalities,
                "fatalities",
                equal(number(g.fatalities), number(count(&s.fatalities))),
            ),
            (
                &mut scores.injuries,
                "injuries",
                equal(number(g.injuries), number(count(&s.injuries))),
            ),
            (
                &mut scores.place,
                "place",
                g.location_text.clone().map(|p| {
                    let sys = show(location.map(|l| l.text.as_str()));
                    (p, sys, place_match(s, g))
                }),
            ),
            (
                &mut scores.country,
                "country",
                equal(g.country.clone(), location.and_then(|l| l.country.clone())),
            ),
            (
                &mut scores.date,
                "date",
                equal(g.date.clone(), s.date.as_ref().map(|d| d.value.clone())),
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
        if let (Some(c), Some(_)) = (&g.country, &g.location_text) {
            let sc = location.and_then(|l| l.country.as_deref());
            // the geocoder's own measure: the country where the gold names a place
            scores.country_with_place.add(sc == Some(c.as_str()));
        }
    }
    scores.misses.extend(misses);
}

/// Scores every gold document with `extract`.
pub fn score_events<F: Fn(&Report) -> Vec<Event>>(docs: &[GoldDoc], extract: F) -> EventScores {
    let mut scores = EventScores::default();
    for d in docs {
        score_doc(&d.id, &extract(&d.report()), &d.events, &mut scores);
    }
    scores
}

/// A printable table row.
pub fn prf_row(name: &str, p: &Prf) -> String {
    format!(
        "{name:<28} P {:.3}  R {:.3}  F1 {:.3}   (tp {}, system {}, gold {})",
        p.precision(),
        p.recall(),
        p.f1(),
        p.tp,
        p.system,
        p.gold
    )
}

/// A printable agreement row.
pub fn agreement_row(name: &str, a: &Agreement) -> String {
    format!("{name:<28} {:.3}   ({} of {})", a.rate(), a.agree, a.n)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use rasd_core::*;

    pub(crate) fn ev(sub: &str, place: Option<&str>, fat: Option<u64>) -> Event {
        Event {
            schema_version: SCHEMA_VERSION,
            event_id: "d:0".into(),
            doc_id: "d".into(),
            sentence: [0, 1],
            event_type: event_type_of(sub).unwrap().into(),
            sub_event_type: sub.into(),
            plover: Plover {
                event: "ASSAULT".into(),
                mode: None,
            },
            trigger: TextSpan {
                text: "x".into(),
                span: [0, 1],
            },
            date: None,
            actor1: None,
            actor2: None,
            location: place.map(|p| Location {
                name: p.into(),
                text: p.into(),
                span: [0, 1],
                country: Some("IQ".into()),
                admin1: None,
                admin2: None,
                lat: None,
                lon: None,
                geonames_id: None,
                precision: None,
                where_said: false,
            }),
            fatalities: fat.map(|n| Count {
                min: Some(n),
                max: Some(n),
                qualifier: Qualifier::Exact,
                text: "x".into(),
                span: [0, 1],
            }),
            injuries: None,
            victims: vec![],
            confidence: 0.5,
            status: rasd_core::Status::Incident,
            status_cue: None,
            reason: None,
            mentions: vec![],
        }
    }

    fn gold(sub: &str, place: Option<&str>, fat: Option<u64>) -> GoldEvent {
        GoldEvent {
            event_type: event_type_of(sub).map(str::to_string),
            sub_event_type: Some(sub.into()),
            location_text: place.map(str::to_string),
            location: None,
            country: Some("IQ".into()),
            date: None,
            fatalities: fat,
            injuries: None,
            required: None,
        }
    }

    #[test]
    fn prf_arithmetic() {
        let p = Prf {
            tp: 8,
            system: 10,
            gold: 16,
        };
        assert!((p.precision() - 0.8).abs() < 1e-9);
        assert!((p.recall() - 0.5).abs() < 1e-9);
        assert!((p.f1() - 2.0 * 0.4 / 1.3).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 0.0);
    }

    #[test]
    fn detection_leaves_out_ambiguous_and_difficult_no_and_counts_violent_only() {
        let mk = |id: &str, label: &str| LabelledSentence {
            id: id.into(),
            published: None,
            text: id.into(),
            label: label.into(),
        };
        let sents = vec![
            mk("a", "yes"),
            mk("b", "easy no"),
            mk("c", "ambiguous"),
            mk("d", "difficult no"),
            mk("e", "easy no"),
        ];
        // c and d are left out whatever is found; e's arrest is not violent
        let prf = score_detection(&sents, |r| match r.id.as_str() {
            "a" | "c" | "d" => vec![ev("Suicide bomb", None, None)],
            "e" => vec![ev("Arrests", None, None)],
            _ => vec![],
        });
        assert_eq!(
            prf,
            Prf {
                tp: 1,
                system: 1,
                gold: 1
            }
        );
    }

    #[test]
    fn matching_prefers_place_and_type_and_scores_counts() {
        let system = vec![
            ev("Armed clash", Some("كركوك"), Some(18)),
            ev("Air/drone strike", Some("بداقوق"), Some(15)),
        ];
        let gold_events = vec![
            gold("Air/drone strike", Some("داقوق"), Some(15)),
            gold("Suicide bomb", Some("الدبس"), Some(18)),
            gold("Armed clash", Some("كركوك"), Some(6)),
        ];
        let pairs = match_events(&system, &gold_events);
        assert_eq!(pairs, vec![(0, 1), (2, 0)]);
        let mut s = EventScores::default();
        score_doc("k", &system, &gold_events, &mut s);
        assert_eq!(
            s.events,
            Prf {
                tp: 2,
                system: 2,
                gold: 3
            }
        );
        assert_eq!(s.fatalities, Agreement { agree: 1, n: 2 });
        assert_eq!(s.place, Agreement { agree: 2, n: 2 });
        assert_eq!(s.sub_event_type, Agreement { agree: 2, n: 2 });
        // the misses name each disagreement behind the figures
        let misses: Vec<(&str, &str, &str)> = (s.misses.iter())
            .map(|m| (m.what, m.gold.as_str(), m.system.as_str()))
            .collect();
        assert_eq!(
            misses,
            vec![
                (
                    "unmatched",
                    "Suicide bomb dead 18 hurt - at الدبس on -",
                    "-"
                ),
                ("fatalities", "6", "18"),
            ]
        );
        assert!(s.misses.iter().all(|m| m.doc == "k"));
    }

    #[test]
    fn bad_gold_line_is_named() {
        let err =
            parse_jsonl::<GoldDoc>("g.jsonl", "{\"id\":\"a\",\"events\":[]}\n{oops\n").unwrap_err();
        assert!(err.to_string().starts_with("g.jsonl:2:"), "{err}");
    }
}
