//! rasd-lexicon: the Arabic lexicons of rasd, as typed entries.
//!
//! Five sorted TSV files live in `data/lexicon/` and are embedded at compile time:
//!
//! | file | entry | accessor |
//! | --- | --- | --- |
//! | `triggers.tsv` | [`Trigger`] | [`triggers()`] |
//! | `actors.tsv` | [`ActorEntry`] | [`actors()`] |
//! | `victims.tsv` | [`VictimEntry`] | [`victims()`] |
//! | `places_cues.tsv` | [`PlaceCue`] | [`place_cues()`] |
//! | `dates.tsv` | [`DateWord`] | [`date_words()`] |
//!
//! File format: UTF-8; lines starting with `#` are comments (the first two are
//! `# source: ...` and `# licence: ...`); blank lines are skipped; the first other line is the
//! header, then one entry per line, tab-separated, with exactly as many columns as the header
//! (empty cells allowed where a column is optional). Rows are sorted by the phrase column in
//! byte order of its UTF-8 string (= Rust `str` order = Unicode code point order), so `sort`
//! with `LC_ALL=C` or Python's `sorted` keep them sorted.
//!
//! Phrases are surface Arabic whose first word carries no proclitic (و ف ب ل ك): the matcher
//! strips them from the first word itself. Inner words are written as in running text,
//! clitics included (الغاز المسيل للدموع، متأثرا بجراحه). A trailing `*` means "any suffix on the last word" (اشتباك* matches اشتباكات); it is
//! removed from [`Trigger::phrase`] etc. and recorded as `any_suffix: true`. Phrases carry no
//! diacritics or tatweel; the matcher folds أ إ آ ٱ → ا, ى → ي, ة → ه (see [`match_key`]), so a
//! file lists one spelling per form but lists different word forms (conjugations, plurals,
//! passives) separately.
//!
//! The accessors parse the embedded files once ([`std::sync::OnceLock`]); the tests of this
//! crate validate every shipped file, so those accessors cannot fail at run time. Users load
//! their own files with [`parse_triggers`], [`parse_actors`], ... which return a
//! [`LexiconError`] naming the file, the line and the reason.
//!
//! ```
//! use rasd_lexicon::{triggers, Role};
//! let strike = triggers()
//!     .iter()
//!     .find(|t| t.phrase == "غارة جوية" && t.role == Role::Event)
//!     .unwrap();
//! assert_eq!(strike.sub_event_type.as_deref(), Some("Air/drone strike"));
//! assert!(strike.is_violent());
//!
//! // Your own file, with an error that names file and line:
//! let err = rasd_lexicon::parse_victims("mine.tsv", "phrase\tgroup\tcivilian\tnote\nنساء\twomen\tmaybe\t\n")
//!     .unwrap_err();
//! assert!(err.to_string().starts_with("mine.tsv:2: "));
//! ```
//!
//! Architecture invariant: this crate does no I/O; it knows the ACLED taxonomy strings only to
//! validate the files (see [`ACLED_TYPES`]), and nothing of matching or extraction.

use std::sync::OnceLock;

use serde::Serialize;

mod tsv;

use tsv::parse_rows;
pub use tsv::LexiconError;

/// The 25 (event_type, sub_event_type) pairs of ACLED's taxonomy (DESIGN.md section 2).
pub const ACLED_TYPES: &[(&str, &str)] = &[
    ("Battles", "Armed clash"),
    ("Battles", "Government regains territory"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Explosions/Remote violence", "Chemical weapon"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Suicide bomb"),
    (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    ("Explosions/Remote violence", "Grenade"),
    ("Violence against civilians", "Sexual violence"),
    ("Violence against civilians", "Attack"),
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    ("Protests", "Peaceful protest"),
    ("Protests", "Protest with intervention"),
    ("Protests", "Excessive force against protesters"),
    ("Riots", "Violent demonstration"),
    ("Riots", "Mob violence"),
    ("Strategic developments", "Agreement"),
    ("Strategic developments", "Arrests"),
    ("Strategic developments", "Change to group/activity"),
    ("Strategic developments", "Disrupted weapons use"),
    ("Strategic developments", "Headquarters or base established"),
    ("Strategic developments", "Looting/property destruction"),
    (
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    ("Strategic developments", "Other"),
];

/// ACLED's actor categories (inter codes) allowed in `actors.tsv`'s `kind` column.
pub const ACTOR_KINDS: &[&str] = &[
    "state",
    "rebel",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external",
];

/// Whether `(event_type, sub_event_type)` is one of [`ACLED_TYPES`].
pub fn is_acled_pair(event_type: &str, sub_event_type: &str) -> bool {
    ACLED_TYPES
        .iter()
        .any(|(t, s)| *t == event_type && *s == sub_event_type)
}

/// The lossy matching key the matcher compares phrases by: Arabic diacritics (U+064B..U+065F,
/// U+0670) and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه. Other characters are kept.
pub fn match_key(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Entry types

/// What a trigger phrase says about a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Reports deaths (قتل، مقتل، لقي حتفه، قتلى ...).
    Kill,
    /// Reports injuries (أصيب، جرحى، بجروح ...).
    Injure,
    /// Names the incident or its means (انفجار، عبوة ناسفة، غارة، اشتباكات ...).
    Event,
    /// A cue that the sentence is not a violent event (حذر، ندد، اجتماع ...).
    Negative,
    /// Reported speech / claims (أعلن، تبنى، قال ...): keeps an event, never creates one.
    Claim,
}

impl Role {
    /// The spelling used in the TSV files.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Kill => "kill",
            Role::Injure => "injure",
            Role::Event => "event",
            Role::Negative => "negative",
            Role::Claim => "claim",
        }
    }

    fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "kill" => Role::Kill,
            "injure" => Role::Injure,
            "event" => Role::Event,
            "negative" => Role::Negative,
            "claim" => Role::Claim,
            _ => return None,
        })
    }
}

/// A row of `triggers.tsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trigger {
    /// Surface phrase, without the trailing `*`.
    pub phrase: String,
    /// The phrase had a trailing `*`: any suffix on its last word matches.
    pub any_suffix: bool,
    pub role: Role,
    /// ACLED event_type (always together with `sub_event_type`), or `None` = from context.
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    /// PLOVER event (ASSAULT, PROTEST, COERCE, ...).
    pub plover_event: Option<String>,
    /// PLOVER mode (aerial, drone, explosives, suicide-attack, firearms, ...).
    pub plover_mode: Option<String>,
    /// Higher wins when several event triggers of one incident compete.
    pub priority: i32,
    /// 1-based line in the file.
    pub line: usize,
}

impl Trigger {
    /// Whether the trigger's type is one of the three violent families DESIGN.md section 4
    /// detects (Battles, Explosions/Remote violence, Violence against civilians).
    pub fn is_violent(&self) -> bool {
        self.event_type
            .as_deref()
            .is_some_and(|t| VIOLENT_EVENT_TYPES.contains(&t))
    }

    /// Whether the trigger tells harm done: a violent type ([`Trigger::is_violent`]), or a word
    /// of killing or injury.
    pub fn tells_harm(&self) -> bool {
        self.is_violent() || matches!(self.role, Role::Kill | Role::Injure)
    }
}

/// The event types that count as a violent event for detection (DESIGN.md section 4).
pub const VIOLENT_EVENT_TYPES: &[&str] = &[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
];

/// Which side an actor phrase usually stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorRole {
    Perpetrator,
    Target,
    Either,
}

impl ActorRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorRole::Perpetrator => "perpetrator",
            ActorRole::Target => "target",
            ActorRole::Either => "either",
        }
    }
}

/// A row of `actors.tsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorEntry {
    pub phrase: String,
    pub any_suffix: bool,
    /// Canonical English name ("Islamic State", "Iraqi police", ...).
    pub name: String,
    /// One of [`ACTOR_KINDS`].
    pub kind: String,
    /// ISO 3166-1 alpha-2, or `None` = from context.
    pub country: Option<String>,
    pub role: ActorRole,
    /// The only means the actor acts by, when it has one: `aerial` for a side that strikes
    /// from the air alone (an air force, a coalition that fights there by air), so a bare word
    /// of bombardment by it is an air strike. `None` = any means.
    pub means: Option<String>,
    /// The side the actor fights on when its kind alone does not tell it: `government` for a
    /// non-state force that fights for a government, beside its army or in its name (ACLED's
    /// "government forces or their affiliates": Yemen's Popular Resistance in 2015, Iraq's
    /// Popular Mobilisation and Sahwa), so a place it takes is the government regaining it.
    /// `None` = the side its kind tells.
    pub side: Option<String>,
    pub line: usize,
}

/// A row of `victims.tsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VictimEntry {
    pub phrase: String,
    pub any_suffix: bool,
    /// Victim group ("civilians", "women", "police", "Iranian nationals", ...).
    pub group: String,
    pub civilian: bool,
    pub line: usize,
}

/// Kind of a place cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceCueKind {
    /// في، قرب، بالقرب من ...
    Preposition,
    /// شمال، جنوب شرقي ...
    Direction,
    /// حي، قرية، مخيم، طريق ...
    Feature,
    /// محافظة، ولاية، قضاء، إقليم ...
    Admin,
}

impl PlaceCueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceCueKind::Preposition => "preposition",
            PlaceCueKind::Direction => "direction",
            PlaceCueKind::Feature => "feature",
            PlaceCueKind::Admin => "admin",
        }
    }
}

/// A row of `places_cues.tsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceCue {
    pub phrase: String,
    pub any_suffix: bool,
    pub kind: PlaceCueKind,
    /// ACLED geo_precision (1..=3) that a place introduced by this cue usually gets.
    pub precision_hint: Option<u8>,
    pub line: usize,
}

/// Kind of a date word; the meaning of [`DateWord::value`] depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// Gregorian month name (MSA, Levantine, Maghrebi): value 1..=12.
    Month,
    /// Hijri month name: value 1..=12.
    HijriMonth,
    /// Day of the week: value 0 = Sunday .. 6 = Saturday.
    Weekday,
    /// Day relative to publication: value = offset in days (أمس = -1).
    RelativeDay,
    /// Week relative to publication (الأسبوع الماضي = -1): week precision.
    RelativeWeek,
    /// Month relative to publication (الشهر الماضي = -1): month precision.
    RelativeMonth,
    /// Year relative to publication (العام الماضي = -1): year precision.
    RelativeYear,
    /// Part of the day: value = a typical hour (فجر 5, صباح 9, مساء 19, ليلة 22); the day is
    /// unchanged (ليلة أمس = yesterday).
    PartOfDay,
    /// Word after a month or weekday name: الماضي -1, الحالي/الجاري 0, المقبل +1.
    MonthAnchor,
    /// Word before a month name that makes it a date of month precision: a part of the month
    /// (مطلع, منتصف, أواخر; value = a typical day of it) or "شهر" (value 0, no part).
    MonthCue,
    /// Ordinal day before "من" and a month name (السابع من مايو): value 1..=31.
    OrdinalDay,
    /// Word before a four-digit year (عام, سنة): value 0.
    YearCue,
    /// Preposition between the parts of a date (الـ20 من يوليو من عام 2015): value 0.
    Link,
    /// Word before a date that makes it a name (شارع 26 سبتمبر, ميدان 14 أكتوبر): value 0.
    NameCue,
    /// "قبل" before a span of time counted back from publication ("قبل ثلاثة أشهر"): value 0.
    Ago,
    /// A unit of time after a count (أيام, أشهر, عاما): value = its days (1, 7, 30, 365).
    AgoUnit,
    /// A unit of time in the dual (يومين, شهرين, عامين): value = the days of one.
    AgoDual,
    /// A unit of time alone, meaning one of it (أسبوع, يوم): value = its days.
    AgoOne,
    /// The era after a year ("1791م", "1436هـ", "عام 1400 هجرية"): value 0 = the Gregorian
    /// (Common) era, 1 = the Hijri.
    Era,
    /// Word between a date and the same date told in the other calendar ("6 أغسطس 2012،
    /// الموافق 17 رمضان"): value 0.
    Equivalent,
    /// The year of the date told before ("في 25 رمضان من العام نفسه", "في نفس العام"): value 0.
    SameYear,
    /// The month of the date told before ("وفي الشهر نفسه"): value 0.
    SameMonth,
    /// An ordinal after a weekday that counts it within a month ("الجمعة الثانية من رمضان"):
    /// value 1..=5, or 0 for the last ("الجمعة الأخيرة من رمضان").
    WeekOrdinal,
    /// A word after "اليوم" (or "الليلة") that makes it a day told relative to the story's day
    /// told before it, not to publication ("اليوم التالي", "اليوم السابق", "اليوم نفسه"): value
    /// = its offset from that day (-1, 0, 1; the same day, 0, dates nothing of its own).
    OtherDay,
    /// A word after "اليوم" that makes it the day a clause tells, not publication's today ("في
    /// اليوم الذي يلقي فيه"): value 0.
    ClauseDay,
    /// A verb of beginning in the present ("تبدأ", "ينطلق") before a bare weekday: the day
    /// something is to begin on ("هدنة ... تبدأ منتصف ليلة الإثنين"), a day to come: value 0.
    Onset,
}

impl DateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::Month => "month",
            DateKind::HijriMonth => "hijri_month",
            DateKind::Weekday => "weekday",
            DateKind::RelativeDay => "relative_day",
            DateKind::RelativeWeek => "relative_week",
            DateKind::RelativeMonth => "relative_month",
            DateKind::RelativeYear => "relative_year",
            DateKind::PartOfDay => "part_of_day",
            DateKind::MonthAnchor => "month_anchor",
            DateKind::MonthCue => "month_cue",
            DateKind::OrdinalDay => "ordinal_day",
            DateKind::YearCue => "year_cue",
            DateKind::Link => "link",
            DateKind::NameCue => "name_cue",
            DateKind::Ago => "ago",
            DateKind::AgoUnit => "ago_unit",
            DateKind::AgoDual => "ago_dual",
            DateKind::AgoOne => "ago_one",
            DateKind::Era => "era",
            DateKind::Equivalent => "equivalent",
            DateKind::SameYear => "same_year",
            DateKind::SameMonth => "same_month",
            DateKind::WeekOrdinal => "week_ordinal",
            DateKind::OtherDay => "other_day",
            DateKind::ClauseDay => "clause_day",
            DateKind::Onset => "onset",
        }
    }

    const ALL: [DateKind; 26] = [
        DateKind::Month,
        DateKind::HijriMonth,
        DateKind::Weekday,
        DateKind::RelativeDay,
        DateKind::RelativeWeek,
        DateKind::RelativeMonth,
        DateKind::RelativeYear,
        DateKind::PartOfDay,
        DateKind::MonthAnchor,
        DateKind::MonthCue,
        DateKind::OrdinalDay,
        DateKind::YearCue,
        DateKind::Link,
        DateKind::NameCue,
        DateKind::Ago,
        DateKind::AgoUnit,
        DateKind::AgoDual,
        DateKind::AgoOne,
        DateKind::Era,
        DateKind::Equivalent,
        DateKind::SameYear,
        DateKind::SameMonth,
        DateKind::WeekOrdinal,
        DateKind::OtherDay,
        DateKind::ClauseDay,
        DateKind::Onset,
    ];

    /// The allowed range of `value` for this kind.
    fn value_range(self) -> std::ops::RangeInclusive<i32> {
        match self {
            DateKind::Month | DateKind::HijriMonth => 1..=12,
            DateKind::Weekday => 0..=6,
            DateKind::PartOfDay => 0..=23,
            DateKind::MonthAnchor => -1..=1,
            DateKind::MonthCue => 0..=31,
            DateKind::OrdinalDay => 1..=31,
            DateKind::WeekOrdinal => 0..=5,
            DateKind::YearCue
            | DateKind::Link
            | DateKind::NameCue
            | DateKind::Ago
            | DateKind::Equivalent
            | DateKind::SameYear
            | DateKind::SameMonth
            | DateKind::ClauseDay
            | DateKind::Onset => 0..=0,
            DateKind::OtherDay => -1..=1,
            DateKind::Era => 0..=1,
            DateKind::AgoUnit | DateKind::AgoDual | DateKind::AgoOne => 1..=36500,
            DateKind::RelativeDay => -31..=31,
            DateKind::RelativeWeek | DateKind::RelativeMonth | DateKind::RelativeYear => -12..=12,
        }
    }
}

/// A row of `dates.tsv`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateWord {
    pub phrase: String,
    pub any_suffix: bool,
    pub kind: DateKind,
    pub value: i32,
    pub line: usize,
}

/// Anything with a phrase and a line, for generic checks (sortedness, duplicates).
pub trait Entry {
    /// The phrase without the trailing `*`.
    fn phrase(&self) -> &str;
    /// 1-based line in its file.
    fn line(&self) -> usize;
}

macro_rules! impl_entry {
    ($($t:ty),*) => {$(
        impl Entry for $t {
            fn phrase(&self) -> &str { &self.phrase }
            fn line(&self) -> usize { self.line }
        }
    )*};
}
impl_entry!(Trigger, ActorEntry, VictimEntry, PlaceCue, DateWord);

// ---------------------------------------------------------------------------------------------
// Parsers

/// Header of `triggers.tsv`.
pub const TRIGGERS_HEADER: &[&str] = &[
    "phrase",
    "role",
    "event_type",
    "sub_event_type",
    "plover_event",
    "plover_mode",
    "priority",
    "note",
];
/// Header of `actors.tsv`.
pub const ACTORS_HEADER: &[&str] = &[
    "phrase", "name", "kind", "country", "role", "means", "side", "note",
];
/// Header of `victims.tsv`.
pub const VICTIMS_HEADER: &[&str] = &["phrase", "group", "civilian", "note"];
/// Header of `places_cues.tsv`.
pub const PLACE_CUES_HEADER: &[&str] = &["phrase", "kind", "precision_hint", "note"];
/// Header of `dates.tsv`.
pub const DATES_HEADER: &[&str] = &["phrase", "kind", "value", "note"];

fn opt(s: &str) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

/// Parse a triggers file (format of `triggers.tsv`). `name` is used in errors only.
pub fn parse_triggers(name: &str, text: &str) -> Result<Vec<Trigger>, LexiconError> {
    parse_rows(name, text, TRIGGERS_HEADER)?
        .into_iter()
        .map(|r| {
            let (phrase, any_suffix) = r.phrase(0)?;
            let role = Role::parse(r.cell(1))
                .ok_or_else(|| r.invalid("role", "expected kill|injure|event|negative|claim"))?;
            let event_type = opt(r.cell(2));
            let sub_event_type = opt(r.cell(3));
            match (&event_type, &sub_event_type) {
                (None, None) => {}
                (Some(t), Some(s)) if is_acled_pair(t, s) => {}
                (Some(_), Some(_)) => {
                    return Err(r.invalid(
                        "event_type",
                        "event_type/sub_event_type is not one of ACLED's 25 pairs",
                    ))
                }
                _ => {
                    return Err(r.invalid(
                        "event_type",
                        "event_type and sub_event_type must be both set or both empty",
                    ))
                }
            }
            let priority = if r.cell(6).is_empty() {
                0
            } else {
                r.cell(6)
                    .parse::<i32>()
                    .map_err(|_| r.invalid("priority", "expected an integer"))?
            };
            Ok(Trigger {
                phrase,
                any_suffix,
                role,
                event_type,
                sub_event_type,
                plover_event: opt(r.cell(4)),
                plover_mode: opt(r.cell(5)),
                priority,
                line: r.line,
            })
        })
        .collect()
}

/// Parse an actors file (format of `actors.tsv`).
pub fn parse_actors(name: &str, text: &str) -> Result<Vec<ActorEntry>, LexiconError> {
    parse_rows(name, text, ACTORS_HEADER)?
        .into_iter()
        .map(|r| {
            let (phrase, any_suffix) = r.phrase(0)?;
            let actor_name = r.cell(1);
            if actor_name.is_empty() {
                return Err(r.invalid("name", "empty name"));
            }
            let kind = r.cell(2);
            if !ACTOR_KINDS.contains(&kind) {
                return Err(r.invalid("kind", "expected one of ACLED's 8 actor kinds"));
            }
            let country = r.cell(3);
            if !(country.is_empty()
                || (country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase())))
            {
                return Err(r.invalid("country", "expected an ISO 3166-1 alpha-2 code or empty"));
            }
            let role = match r.cell(4) {
                "perpetrator" => ActorRole::Perpetrator,
                "target" => ActorRole::Target,
                "either" => ActorRole::Either,
                _ => return Err(r.invalid("role", "expected perpetrator|target|either")),
            };
            let means = r.cell(5);
            if !(means.is_empty() || means == "aerial") {
                return Err(r.invalid("means", "expected aerial or empty"));
            }
            let side = r.cell(6);
            if !(side.is_empty() || side == "government") {
                return Err(r.invalid("side", "expected government or empty"));
            }
            Ok(ActorEntry {
                phrase,
                any_suffix,
                name: actor_name.to_string(),
                kind: kind.to_string(),
                country: opt(country),
                role,
                means: opt(means),
                side: opt(side),
                line: r.line,
            })
        })
        .collect()
}

/// Parse a victims file (format of `victims.tsv`).
pub fn parse_victims(name: &str, text: &str) -> Result<Vec<VictimEntry>, LexiconError> {
    parse_rows(name, text, VICTIMS_HEADER)?
        .into_iter()
        .map(|r| {
            let (phrase, any_suffix) = r.phrase(0)?;
            let group = r.cell(1);
            if group.is_empty() {
                return Err(r.invalid("group", "empty group"));
            }
            let civilian = match r.cell(2) {
                "true" => true,
                "false" => false,
                _ => return Err(r.invalid("civilian", "expected true|false")),
            };
            Ok(VictimEntry {
                phrase,
                any_suffix,
                group: group.to_string(),
                civilian,
                line: r.line,
            })
        })
        .collect()
}

/// Parse a place-cues file (format of `places_cues.tsv`).
pub fn parse_place_cues(name: &str, text: &str) -> Result<Vec<PlaceCue>, LexiconError> {
    parse_rows(name, text, PLACE_CUES_HEADER)?
        .into_iter()
        .map(|r| {
            let (phrase, any_suffix) = r.phrase(0)?;
            let kind = match r.cell(1) {
                "preposition" => PlaceCueKind::Preposition,
                "direction" => PlaceCueKind::Direction,
                "feature" => PlaceCueKind::Feature,
                "admin" => PlaceCueKind::Admin,
                _ => return Err(r.invalid("kind", "expected preposition|direction|feature|admin")),
            };
            let precision_hint = match r.cell(2) {
                "" => None,
                "1" => Some(1),
                "2" => Some(2),
                "3" => Some(3),
                _ => return Err(r.invalid("precision_hint", "expected 1, 2, 3 or empty")),
            };
            Ok(PlaceCue {
                phrase,
                any_suffix,
                kind,
                precision_hint,
                line: r.line,
            })
        })
        .collect()
}

/// Parse a date-words file (format of `dates.tsv`).
pub fn parse_date_words(name: &str, text: &str) -> Result<Vec<DateWord>, LexiconError> {
    parse_rows(name, text, DATES_HEADER)?
        .into_iter()
        .map(|r| {
            let (phrase, any_suffix) = r.phrase(0)?;
            let kind = DateKind::ALL
                .into_iter()
                .find(|k| k.as_str() == r.cell(1))
                .ok_or_else(|| r.invalid("kind", "unknown date kind"))?;
            let value = r
                .cell(2)
                .trim_start_matches('+')
                .parse::<i32>()
                .map_err(|_| r.invalid("value", "expected an integer"))?;
            if !kind.value_range().contains(&value) {
                return Err(r.invalid("value", "out of range for this kind"));
            }
            Ok(DateWord {
                phrase,
                any_suffix,
                kind,
                value,
                line: r.line,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Embedded files

/// The shipped `triggers.tsv`.
pub const TRIGGERS_TSV: &str = include_str!("../../../data/lexicon/triggers.tsv");
/// The shipped `actors.tsv`.
pub const ACTORS_TSV: &str = include_str!("../../../data/lexicon/actors.tsv");
/// The shipped `victims.tsv`.
pub const VICTIMS_TSV: &str = include_str!("../../../data/lexicon/victims.tsv");
/// The shipped `places_cues.tsv`.
pub const PLACE_CUES_TSV: &str = include_str!("../../../data/lexicon/places_cues.tsv");
/// The shipped `dates.tsv`.
pub const DATES_TSV: &str = include_str!("../../../data/lexicon/dates.tsv");

/// The shipped trigger lexicon, parsed once.
pub fn triggers() -> &'static [Trigger] {
    static CELL: OnceLock<Vec<Trigger>> = OnceLock::new();
    CELL.get_or_init(|| {
        parse_triggers("triggers.tsv", TRIGGERS_TSV).expect("shipped triggers.tsv is valid")
    })
}

/// The shipped triggers of one phrase (a phrase may carry several roles, e.g. اغتيال is both
/// `event` and `kill`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriggerGroup {
    /// The phrase, without the trailing `*`.
    pub phrase: String,
    pub any_suffix: bool,
    /// Its rows, in file order (at most one per role).
    pub triggers: Vec<&'static Trigger>,
}

impl TriggerGroup {
    /// The row of this phrase with the given role, if any.
    pub fn role(&self, role: Role) -> Option<&'static Trigger> {
        self.triggers.iter().copied().find(|t| t.role == role)
    }

    /// The highest-priority typed row (the `event` row, or a typed `kill` row), if any.
    pub fn typed(&self) -> Option<&'static Trigger> {
        self.triggers
            .iter()
            .copied()
            .filter(|t| t.event_type.is_some())
            .max_by_key(|t| t.priority)
    }
}

/// The shipped triggers grouped by (phrase, any_suffix), in file order: for matchers that keep
/// one value per phrase (a phrase matcher that drops duplicate patterns would otherwise lose
/// the `kill` row of اغتيال behind its `event` row).
pub fn trigger_groups() -> &'static [TriggerGroup] {
    static CELL: OnceLock<Vec<TriggerGroup>> = OnceLock::new();
    CELL.get_or_init(|| group_triggers(triggers()))
}

/// Group triggers by (phrase, any_suffix), keeping first-appearance order.
pub fn group_triggers(triggers: &'static [Trigger]) -> Vec<TriggerGroup> {
    let mut groups: Vec<TriggerGroup> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for t in triggers {
        let k = (t.phrase.as_str(), t.any_suffix);
        match index.get(&k) {
            Some(&i) => {
                let g: &mut TriggerGroup = &mut groups[i];
                g.triggers.push(t);
            }
            None => {
                index.insert(k, groups.len());
                groups.push(TriggerGroup {
                    phrase: t.phrase.clone(),
                    any_suffix: t.any_suffix,
                    triggers: vec![t],
                });
            }
        }
    }
    groups
}

/// The shipped actor lexicon, parsed once.
pub fn actors() -> &'static [ActorEntry] {
    static CELL: OnceLock<Vec<ActorEntry>> = OnceLock::new();
    CELL.get_or_init(|| {
        parse_actors("actors.tsv", ACTORS_TSV).expect("shipped actors.tsv is valid")
    })
}

/// Whether the actor named `name` (an `actors.tsv` name) acts from the air alone (`means`
/// aerial on its rows).
pub fn acts_from_air(name: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    (CELL.get_or_init(|| actor_names(|a| a.means.as_deref() == Some("aerial"))))
        .binary_search(&name)
        .is_ok()
}

/// Whether the actor named `name` (an `actors.tsv` name) fights for a government though no
/// state's force (`side` government on its rows: ACLED's affiliates of government forces).
pub fn fights_for_government(name: &str) -> bool {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    (CELL.get_or_init(|| actor_names(|a| a.side.as_deref() == Some("government"))))
        .binary_search(&name)
        .is_ok()
}

/// The names of the shipped actors whose rows `pick` keeps, sorted and each once (a binary
/// search's list).
fn actor_names(pick: impl Fn(&ActorEntry) -> bool) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = (actors().iter())
        .filter(|a| pick(a))
        .map(|a| a.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The shipped victim lexicon, parsed once.
pub fn victims() -> &'static [VictimEntry] {
    static CELL: OnceLock<Vec<VictimEntry>> = OnceLock::new();
    CELL.get_or_init(|| {
        parse_victims("victims.tsv", VICTIMS_TSV).expect("shipped victims.tsv is valid")
    })
}

/// The shipped place-cue lexicon, parsed once.
pub fn place_cues() -> &'static [PlaceCue] {
    static CELL: OnceLock<Vec<PlaceCue>> = OnceLock::new();
    CELL.get_or_init(|| {
        parse_place_cues("places_cues.tsv", PLACE_CUES_TSV)
            .expect("shipped places_cues.tsv is valid")
    })
}

/// The shipped date-word lexicon, parsed once.
pub fn date_words() -> &'static [DateWord] {
    static CELL: OnceLock<Vec<DateWord>> = OnceLock::new();
    CELL.get_or_init(|| {
        parse_date_words("dates.tsv", DATES_TSV).expect("shipped dates.tsv is valid")
    })
}

/// Check that entries are sorted by phrase (byte order of the phrase as written, `*`
/// included) — the order every shipped file keeps. Returns the line of the first entry out of
/// order. `raw` must be the file's text, so the `*` is taken into account.
pub fn first_unsorted_line(raw: &str) -> Option<usize> {
    let mut prev: Option<&str> = None;
    let mut header_seen = false;
    for (i, line) in raw.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let phrase = line.split('\t').next().unwrap_or("");
        if let Some(p) = prev {
            if phrase < p {
                return Some(i + 1);
            }
        }
        prev = Some(phrase);
    }
    None
}

#[cfg(test)]
mod tests;
