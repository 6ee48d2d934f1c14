//! The event record, schema_version 2 (1 plus `status`, `status_cue` and `mentions`). Spans are `[start, end)` in chars of the original text.

use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 2;

/// `[start, end)` in chars of the original input, serialized as a two-element array.
pub type WireSpan = [usize; 2];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub schema_version: u32,
    pub event_id: String,
    pub doc_id: String,
    pub sentence: WireSpan,
    pub event_type: String,
    pub sub_event_type: String,
    pub plover: Plover,
    pub trigger: TextSpan,
    pub date: Option<EventDate>,
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub location: Option<Location>,
    pub fatalities: Option<Count>,
    pub injuries: Option<Count>,
    #[serde(default)]
    pub victims: Vec<Victim>,
    /// Written as its shortest decimal (0.95), on every path ([`short_f32`]).
    #[serde(serialize_with = "short_f32")]
    pub confidence: f32,
    /// What the report tells of this mention (DESIGN.md section 2, "Mention status"): only
    /// `incident` records make the default output; the others say why they were left out.
    #[serde(default)]
    pub status: Status,
    /// The words that gave a status other than `incident` ("منذ عام 2011", "نفى", "حصيلة").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_cue: Option<TextSpan>,
    /// Why the confidence is what it is, when a step after the rules lowered it ("record
    /// filter: not an event, p = 0.93").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Every retelling of this incident in the report (its trigger words), the record's own
    /// trigger first, in text order after it.
    #[serde(default)]
    pub mentions: Vec<TextSpan>,
}

/// Serializes an f32 as the f64 of its shortest decimal: `0.95`, not the widened
/// `0.949999988079071` that a JSON tree (`serde_json::Value`, the API's answers) would hold.
/// A direct writer prints the same `0.95` as before.
pub fn short_f32<S: serde::Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(x.to_string().parse().unwrap_or(f64::from(*x)))
}

/// What a report tells of a mention of violence or protest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A specific incident the report tells as having happened.
    #[default]
    Incident,
    /// History, or the cause of today's news (more than about 30 days before publication).
    Background,
    /// A count over a period, a war or a campaign.
    Statistic,
    /// A plan, threat, warning, foiled attempt, accusation, investigation, trial or sentence.
    Intent,
    /// The report says it did not happen.
    Denied,
    /// A kind of act, a comparison or a metaphor.
    Generic,
    /// An accident, a disaster, sport, disease or business.
    NotViolence,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Incident,
        Status::Background,
        Status::Statistic,
        Status::Intent,
        Status::Denied,
        Status::Generic,
        Status::NotViolence,
    ];

    /// The snake_case name (as serialized).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Incident => "incident",
            Status::Background => "background",
            Status::Statistic => "statistic",
            Status::Intent => "intent",
            Status::Denied => "denied",
            Status::Generic => "generic",
            Status::NotViolence => "not_violence",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plover {
    pub event: String,
    pub mode: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub text: String,
    pub span: WireSpan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// ISO date `YYYY-MM-DD` (first day of the week/month/year for coarser precision).
    pub value: String,
    pub precision: DatePrecision,
    /// The words that gave the date, or null when it was only inferred from `published`.
    pub text: Option<String>,
    pub span: Option<WireSpan>,
}

/// ACLED actor kinds (inter codes 1..8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    Rebel,
    PoliticalMilitia,
    IdentityMilitia,
    Rioters,
    Protesters,
    Civilians,
    External,
}

impl ActorKind {
    /// ACLED's inter code.
    pub fn inter(self) -> u8 {
        match self {
            ActorKind::State => 1,
            ActorKind::Rebel => 2,
            ActorKind::PoliticalMilitia => 3,
            ActorKind::IdentityMilitia => 4,
            ActorKind::Rioters => 5,
            ActorKind::Protesters => 6,
            ActorKind::Civilians => 7,
            ActorKind::External => 8,
        }
    }

    /// An armed side: any but civilians, protesters or rioters.
    pub fn is_armed(self) -> bool {
        !matches!(
            self,
            ActorKind::Civilians | ActorKind::Protesters | ActorKind::Rioters
        )
    }

    /// An armed group that is not a state's: a rebel or a militia (ACLED's inter 2-4).
    pub fn is_armed_group(self) -> bool {
        matches!(
            self,
            ActorKind::Rebel | ActorKind::PoliticalMilitia | ActorKind::IdentityMilitia
        )
    }

    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "state" => ActorKind::State,
            "rebel" => ActorKind::Rebel,
            "political_militia" => ActorKind::PoliticalMilitia,
            "identity_militia" => ActorKind::IdentityMilitia,
            "rioters" => ActorKind::Rioters,
            "protesters" => ActorKind::Protesters,
            "civilians" => ActorKind::Civilians,
            "external" => ActorKind::External,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub name: String,
    pub text: String,
    pub kind: ActorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub span: WireSpan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub text: String,
    pub span: WireSpan,
    pub country: Option<String>,
    pub admin1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin2: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    /// ACLED geo_precision: 1 place itself, 2 near / part of a region, 3 province or country.
    pub precision: Option<u8>,
    /// The place is only where the report was filed or where somebody spoke of the incident
    /// (a dateline, "قال أمير المنطقة في الرياض"), the report naming no place of the incident's
    /// own: a soft place, which the store compares as the country alone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub where_said: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    Approx,
    AtMost,
    Range,
    Unknown,
}

impl Qualifier {
    /// The snake_case name (as serialized).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::Approx => "approx",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
            Qualifier::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub qualifier: Qualifier,
    pub text: String,
    pub span: WireSpan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Victim {
    pub group: String,
    pub count: Option<u64>,
    pub text: String,
    pub span: WireSpan,
}

/// One input report (DESIGN.md section 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

impl Report {
    /// The text rasd reads of a report with a title: the title, a newline, then the text
    /// (DESIGN.md section 1); every span counts in the chars of this joined text. An empty
    /// title adds nothing.
    pub fn join_title(title: &str, text: &str) -> String {
        if title.is_empty() {
            text.to_string()
        } else {
            format!("{title}\n{text}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifier_names_are_the_serialized_ones() {
        use Qualifier::*;
        for q in [Exact, AtLeast, Approx, AtMost, Range, Unknown] {
            assert_eq!(
                serde_json::to_string(&q).unwrap(),
                format!("\"{}\"", q.as_str())
            );
        }
    }

    #[test]
    fn confidence_is_written_as_its_shortest_decimal_on_every_path() {
        let line = r#"{"schema_version":2,"event_id":"d:5","doc_id":"d","sentence":[0,9],"event_type":"Battles","sub_event_type":"Armed clash","plover":{"event":"ASSAULT","mode":null},"trigger":{"text":"اشتباك","span":[0,6]},"date":null,"actor1":null,"actor2":null,"location":null,"fatalities":null,"injuries":null,"victims":[],"confidence":0.95,"status":"incident","mentions":[]}"#;
        let mut e: Event = serde_json::from_str(line).unwrap();
        assert_eq!(e.confidence, 0.95f32);
        // written directly (JSONL), as before
        assert_eq!(serde_json::to_string(&e).unwrap(), line);
        // through a JSON tree (the API's answers): not the widened f32 0.949999988079071
        let tree = serde_json::to_value(&e).unwrap();
        assert_eq!(tree["confidence"].to_string(), "0.95");
        let page = serde_json::json!({ "events": [&e] });
        assert_eq!(page["events"][0]["confidence"].to_string(), "0.95");
        for (x, s) in [
            (0.0f32, "0.0"),
            (1.0, "1.0"),
            (0.08, "0.08"),
            (0.07, "0.07"),
        ] {
            e.confidence = x;
            assert_eq!(
                serde_json::to_value(&e).unwrap()["confidence"].to_string(),
                s
            );
            let back: Event = serde_json::from_value(serde_json::to_value(&e).unwrap()).unwrap();
            assert_eq!(back.confidence, x);
        }
    }

    #[test]
    fn status_names_are_the_serialized_ones() {
        for s in Status::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.as_str())
            );
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("history"), None);
    }
}
