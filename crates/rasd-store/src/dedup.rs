//! De-duplication: when do two event mentions from different documents report one incident?
//!
//! A pure function over two [`Mention`]s ([`compare`]) says yes with the rules and values that
//! matched ([`Match`]) or no with the first rule that failed. The store only uses SQL to find
//! candidates (same event_type, same country, overlapping dates or close publication dates);
//! every decision is made here, so it is unit-tested without a database.
//!
//! The rules, all of which must hold:
//! 1. **Type**: one family of political violence: Battles, Explosions/Remote violence and
//!    Violence against civilians may be one incident told three ways (a suicide bombing, an
//!    explosion, an "attack" on the same target): across these types, any explosion, an armed
//!    clash and an attack match (an abduction, sexual violence or a change of territory only
//!    match their own type), and so does the property destruction an attack does (an arson,
//!    "إحراق", told beside the attack that killed in it); an armed clash matches another type
//!    only on the same target (both name a target of one kind) or when one side is vague
//!    (rule 5). Other types match only themselves, strategic developments only their own
//!    sub-type (an arrest is no agreement). Within the family the weapons must not contradict:
//!    when both mentions state a PLOVER mode, they are of one weapon class (explosives and
//!    suicide attacks; aerial and drone strikes; shelling; firearms; ...): a shooting never
//!    joins a bombing, an airstrike never joins a suicide bombing.
//! 2. **Date**: a date counts only when the text gives it (`date.text`); one inferred from the
//!    publication alone is no evidence of when the incident happened, so the mention is treated
//!    as undated (a reaction published today does not re-date last week's bombing). Both dated
//!    (day, week or month precision): their ranges, widened by one day on each side, overlap;
//!    for two days that is "the same day or the next". One undated (no date of its own, or a
//!    year only): the undated report was published on the other's date or up to
//!    [`UNDATED_DAYS`] days after (a follow-up joins an incident a few days older). Both
//!    undated: publication dates at most 2 days apart. A date weighs by what it is: a
//!    *retelling* (no explicit toll of its own, [`Mention::retelling`]) dated by its report's
//!    news (the publication day or the day before, "اليوم", "أمس": in a follow-up the day of
//!    the reaction, the funeral, the visit to the wounded) may be up to [`FOLLOWUP_DAYS`] later
//!    than the incident, and an undated retelling published up to [`FOLLOWUP_DAYS`] after it,
//!    at the incident's own place only (the same place, one inside the other, or country
//!    level; never a neighbouring town) and not to a country's unplaced mention dated only to
//!    a week or a month (it pins no incident down for a follow-up); so may a mention
//!    dated by its report's news that gives the incident's own explicit toll of
//!    [`RETOLD_TOLL`] or more. Such a
//!    follow-up match scores below one of the incident's own days and bridges no clusters but
//!    an incident and a cluster of its follow-ups (the store's `followup_bridge`).
//! 3. **Place**, by the gazetteer hierarchy the records carry (names compared folded: "'Asīr"
//!    = "Asir"): (a) the same place (GeoNames id, or name in one country); (b) one inside the
//!    other: the coarser one's name is the finer one's admin2 or admin1 (a neighbourhood in its
//!    city, a town in its province); (c) country: one mention is placed only at country level
//!    (geo precision 3, no admin1), or only where somebody spoke of the incident
//!    (`location.where_said`, compared as its country): it never splits an incident from the
//!    places of its country; two mentions both at country level match so too, not as (a);
//!    (d) near: coordinates at most 10 km apart when one is approximate, 2 km when both are
//!    precise (two named neighbourhoods of one city are different places), and up to
//!    [`NEAR_EVIDENCE_KM`] km between two settlements that share other evidence (the same
//!    named perpetrator or target, or the same explicit toll). A mention with no place never
//!    merges.
//! 4. **Actors**: not contradictory: when both mentions name a perpetrator (actor1), their
//!    ACLED actor kinds agree; the same for the target (actor2). The same explicit toll of
//!    [`RETOLD_TOLL`] or more, with the same sub-type at the same place on days at most one
//!    apart, outweighs a contradicting side (a side read from another clause of the sentence).
//! 5. **Document**: two mentions of one report are distinct incidents (extraction already
//!    merged what the report tells of one incident) unless one of them is vague: placed at
//!    country or province level, or undated. A vague mention may be the report's retelling
//!    (a lead, a reaction) of the precise one; so may a mention with no explicit toll of its
//!    own at the very same place ([`may_share_report`]).
//!    Mentions that are not in the incident table (status other than `incident`, or below the
//!    default confidence) found no cluster; a left-out retelling (status `background`, or
//!    `incident` below the floor) reaches this comparison only to join one, and the store
//!    lets it only at the incident's place or inside it, below country level.

use rasd_core::{ActorKind, DatePrecision, Event};

const EXPLOSIONS: &str = "Explosions/Remote violence";
const VAC: &str = "Violence against civilians";
const BATTLES: &str = "Battles";
const STRATEGIC: &str = "Strategic developments";

/// How many days after an incident's date an undated report of it may be published.
pub const UNDATED_DAYS: i64 = 3;
/// How many days after an incident a retelling may be dated by its own report's news (a
/// reaction, a funeral, a visit to the wounded told "today") or, undated, be published, and still
/// join it: ten days (a follow-up a week on: the death of a wounded victim, the funeral, the arrests). Only a retelling with no toll of its own at the incident's place (the same
/// place, one inside the other, or country level) reaches this far ([`Mention::retelling`]).
pub const FOLLOWUP_DAYS: i64 = 10;

/// How many days before publication a mention's day may be and still be its report's news day
/// ("أول من أمس", "أمس الأول": the day before yesterday, as relative to the news as "أمس").
pub const NEWS_DAYS: i64 = 2;

/// How many days before publication the week of a mention dated only to a week may end and
/// still be its report's news week (the week before: "الأسبوع الماضي").
pub const NEWS_WEEK_DAYS: i64 = 7;
/// The farthest two settlements may be apart and still be one incident's place, given other
/// shared evidence.
pub const NEAR_EVIDENCE_KM: f64 = 30.0;
/// The smallest explicit toll that, told again at an incident's place with the same figure by a
/// report that dates it by its own news (the publication day or the day before), names the
/// incident up to [`FOLLOWUP_DAYS`] after its days ("الهجوم الانتحاري السبت ... 32 قتيلا" in a
/// Sunday report, five days after the bombing). Smaller tolls recur by chance (the extractor's
/// story-level merge reads a story's retold tolls from the same figure).
pub const RETOLD_TOLL: u64 = 5;

/// The fields of an event that de-duplication looks at (a row of the `events` table).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub event_id: String,
    pub doc_id: String,
    /// The publication date of the document (`YYYY-MM-DD`), if known.
    pub published: Option<String>,
    /// Start of the date range, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub date_precision: Option<DatePrecision>,
    /// Last day of the date range (= `date` for day precision).
    pub date_end: Option<String>,
    pub event_type: String,
    pub sub_event_type: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub place: Option<String>,
    pub geonames_id: Option<u64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geo_precision: Option<u8>,
    pub actor1: Option<(String, ActorKind)>,
    pub actor2: Option<(String, ActorKind)>,
    /// PLOVER mode (aerial, explosives, firearms, ...), which tells a generic attack's weapon.
    pub plover_mode: Option<String>,
    /// The explicit fatality figure (None for none or an unknown count, "قتلى").
    pub fatalities: Option<u64>,
}

pub use rasd_core::place_name::normalize_place;

pub fn kind_name(k: ActorKind) -> &'static str {
    match k {
        ActorKind::State => "state",
        ActorKind::Rebel => "rebel",
        ActorKind::PoliticalMilitia => "political_militia",
        ActorKind::IdentityMilitia => "identity_militia",
        ActorKind::Rioters => "rioters",
        ActorKind::Protesters => "protesters",
        ActorKind::Civilians => "civilians",
        ActorKind::External => "external",
    }
}

impl Mention {
    /// The de-duplication view of one event of a document published on `published`.
    pub fn from_event(e: &Event, published: Option<&str>) -> Mention {
        let loc = e.location.as_ref();
        // a soft place (where the report was filed or somebody spoke) is compared as its
        // country alone (rule 3c): it neither splits the incident from its place nor places it
        let soft = loc.is_some_and(|l| l.where_said);
        let precise = loc.filter(|_| !soft);
        let (date, date_precision, date_end) = match &e.date {
            // a date inferred from the publication alone says nothing of the incident's day
            Some(d) if d.text.is_none() => (None, None, None),
            Some(d) => match date_range_end(&d.value, d.precision) {
                Some(end) => (Some(d.value.clone()), Some(d.precision), Some(end)),
                None => (None, None, None),
            },
            None => (None, None, None),
        };
        Mention {
            event_id: e.event_id.clone(),
            doc_id: e.doc_id.clone(),
            published: published.map(str::to_string),
            date,
            date_precision,
            date_end,
            event_type: e.event_type.clone(),
            sub_event_type: e.sub_event_type.clone(),
            country: loc.and_then(|l| l.country.clone()),
            admin1: precise.and_then(|l| l.admin1.clone()),
            admin2: precise.and_then(|l| l.admin2.clone()),
            place: match precise {
                Some(l) => Some(l.name.clone()),
                None => loc.and_then(|l| l.country.clone()),
            },
            geonames_id: precise.and_then(|l| l.geonames_id),
            lat: precise.and_then(|l| l.lat),
            lon: precise.and_then(|l| l.lon),
            geo_precision: if soft {
                Some(3)
            } else {
                loc.and_then(|l| l.precision)
            },
            actor1: e.actor1.as_ref().map(|a| (a.name.clone(), a.kind)),
            actor2: e.actor2.as_ref().map(|a| (a.name.clone(), a.kind)),
            plover_mode: e.plover.mode.clone(),
            fatalities: e
                .fatalities
                .as_ref()
                .filter(|c| c.qualifier != rasd_core::Qualifier::Unknown)
                .and_then(|c| c.min),
        }
    }

    /// Placed only at country level (geo precision 3 with no admin1).
    pub fn country_level(&self) -> bool {
        self.place.is_some()
            && self.geo_precision == Some(3)
            && self.admin1.is_none()
            && self.admin2.is_none()
    }

    /// Whether a follow-up may reach back to this mention as the incident it retells: placed
    /// below country level, or dated to a day (a country's unplaced mention of a week or a month
    /// pins no incident down).
    pub fn pins_incident(&self) -> bool {
        !self.country_level() || self.date_precision == Some(DatePrecision::Day)
    }

    /// Placed at province level: geo precision 3, the place being its own admin1.
    pub fn province_level(&self) -> bool {
        self.geo_precision == Some(3)
            && match (&self.place, &self.admin1) {
                (Some(p), Some(a)) => normalize_place(p) == normalize_place(a),
                _ => false,
            }
    }

    /// Vague: placed at country or province level, or with no date of its own. Such a mention
    /// may retell another mention of its report (rule 5).
    pub fn vague(&self) -> bool {
        self.country_level() || self.province_level() || !self.dated()
    }

    /// `country|normalized place`, the blocking key for undated mentions.
    pub fn place_key(&self) -> Option<String> {
        let place = normalize_place(self.place.as_deref()?);
        (!place.is_empty()).then(|| format!("{}|{}", self.country.as_deref().unwrap_or(""), place))
    }

    /// A retelling's shape: no explicit toll of its own (a follow-up that names the incident,
    /// "التفجير", without a new figure). With its date the report's news day (below) or no date
    /// of its own, such a mention may join an incident up to [`FOLLOWUP_DAYS`] older.
    pub fn retelling(&self) -> bool {
        self.fatalities.is_none()
    }

    /// Whether a mention left out of the incident table pins an incident down enough to join
    /// it as a retelling: placed below country level, and dated by a day, week or month or not
    /// at all (a year alone, "عام 2013", dates history, never a retelling of today's news).
    pub fn may_retell(&self) -> bool {
        !self.country_level() && (self.dated() || self.date.is_none())
    }

    /// Dated by its report's news: a day on the publication day or up to [`NEWS_DAYS`] before
    /// it ("اليوم", "أمس", "أول من أمس"), which in a follow-up is the day of the reaction, not
    /// of the incident (or, in a report reprinted a day later, the day it was written); or only
    /// the week of the news ("هذا الأسبوع", "الأسبوع الماضي": a week that starts by the
    /// publication day and ends at most [`NEWS_WEEK_DAYS`] before it), which a follow-up tells
    /// loosely.
    pub fn news_dated(&self) -> bool {
        match (&self.date, self.date_precision, &self.published) {
            (Some(d), Some(DatePrecision::Day), Some(p)) => {
                days_between(d, p).is_some_and(|n| (0..=NEWS_DAYS).contains(&n))
            }
            (Some(d), Some(DatePrecision::Week), Some(p)) => {
                let end = self.date_end.as_deref().unwrap_or(d);
                days_between(d, p).is_some_and(|n| n >= 0)
                    && days_between(end, p).is_some_and(|n| n <= NEWS_WEEK_DAYS)
            }
            _ => false,
        }
    }

    /// A retelling dated by its report's news ([`Mention::retelling`], [`Mention::news_dated`]).
    pub fn news_retelling(&self) -> bool {
        self.retelling() && self.news_dated()
    }

    /// Dated by its report's news with an explicit toll of [`RETOLD_TOLL`] or more: told again
    /// with the incident's own figure, it retells the incident (a follow-up dated by the day of
    /// its news that repeats the toll).
    pub fn news_retold_toll(&self) -> bool {
        self.news_dated() && self.fatalities.is_some_and(|f| f >= RETOLD_TOLL)
    }

    /// How many days after an incident's last day this mention's date may start and still tell
    /// it: 1, or [`FOLLOWUP_DAYS`] for a retelling dated by its report's news, with no toll of
    /// its own or with a toll of [`RETOLD_TOLL`] or more (which [`compare`] lets reach that far
    /// only to the same toll).
    pub fn later_reach(&self) -> i64 {
        if self.news_retelling() || self.news_retold_toll() {
            FOLLOWUP_DAYS
        } else {
            1
        }
    }

    /// How many days before this mention's day an incident it may tell can lie, as the store
    /// searches and guards it: [`FOLLOWUP_DAYS`] for a mention dated by a day that reaches
    /// that far ([`Mention::later_reach`]), else 1. An incident's own report that comes after
    /// its follow-ups finds them through this (a mention dated only to a week reaches forward
    /// alone).
    pub fn reach_back(&self) -> i64 {
        if self.dated() && self.date_precision == Some(DatePrecision::Day) {
            self.later_reach()
        } else {
            1
        }
    }

    /// How many days after an incident's date this mention, when it has no date of its own,
    /// may be published and still tell it: [`UNDATED_DAYS`], or [`FOLLOWUP_DAYS`] for a
    /// retelling.
    pub fn undated_reach(&self) -> i64 {
        if self.retelling() {
            FOLLOWUP_DAYS
        } else {
            UNDATED_DAYS
        }
    }

    /// Whether the mention has a usable date (day, week or month precision).
    pub fn dated(&self) -> bool {
        self.date.is_some() && !matches!(self.date_precision, Some(DatePrecision::Year) | None)
    }

    /// A hash of everything [`compare`] and the store's candidate search read of a mention
    /// but its ids: two mentions with one signature compare alike with any other mention, but
    /// for rule 5 (one report). The publication date counts only where it is read: for a
    /// mention with no date of its own, and for one with no country (whose candidates are
    /// searched by publication); for a dated one, only whether it reaches back as a mention
    /// dated by its report's news ([`Mention::later_reach`]). FNV-1a 64 over the fields, each closed by a byte UTF-8 never
    /// holds.
    pub fn signature(&self) -> i64 {
        let mut h = Fnv::default();
        let text = |h: &mut Fnv, s: Option<&str>| match s {
            None => h.bytes(&[0xFE]),
            Some(s) => {
                h.bytes(s.as_bytes());
                h.bytes(&[0xFF]);
            }
        };
        let by_publication = !self.dated() || self.country.is_none();
        text(&mut h, self.published.as_deref().filter(|_| by_publication));
        text(&mut h, self.date.as_deref());
        text(&mut h, self.date_precision.map(precision_name));
        text(&mut h, self.date_end.as_deref());
        text(&mut h, Some(&self.event_type));
        text(&mut h, Some(&self.sub_event_type));
        text(&mut h, self.country.as_deref());
        text(&mut h, self.admin1.as_deref());
        text(&mut h, self.admin2.as_deref());
        text(&mut h, self.place.as_deref());
        for v in [
            self.geonames_id,
            self.lat.map(f64::to_bits),
            self.lon.map(f64::to_bits),
            self.geo_precision.map(u64::from),
            self.fatalities,
        ] {
            match v {
                None => h.bytes(&[0xFE]),
                Some(v) => {
                    h.bytes(&[1]);
                    h.bytes(&v.to_le_bytes());
                }
            }
        }
        for actor in [&self.actor1, &self.actor2] {
            text(&mut h, actor.as_ref().map(|a| a.0.as_str()));
            text(&mut h, actor.as_ref().map(|a| kind_name(a.1)));
        }
        text(&mut h, self.plover_mode.as_deref());
        // a date read as its report's news day reaches further back for a retelling with no
        // toll or one that gives a toll of RETOLD_TOLL or more (the publication decides it);
        // added only then, so every other mention's signature is as before (a store written
        // before the toll's reach holds the older signature for such a mention: it compares
        // as its first member of that signature does, until the events are ingested again)
        if self.dated() && self.later_reach() > 1 {
            h.bytes(&[0xFD]);
        }
        h.0 as i64
    }
}

/// FNV-1a 64.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// How two places relate (strongest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceRule {
    SamePlace,
    Inside,
    Near,
    /// Two settlements up to [`NEAR_EVIDENCE_KM`] apart, with other shared evidence.
    NearEvidence,
    /// One side placed only at country level.
    Country,
}

/// Why two mentions were judged the same incident: each rule with its values, for `explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub place_rule: PlaceRule,
    /// Days between the two dates (0 when the ranges overlap), None when a date is unknown.
    pub date_gap: Option<i64>,
    pub same_sub_type: bool,
    /// A follow-up: the later side is a retelling dated by its report's news, or published
    /// undated, beyond the plain date windows (up to [`FOLLOWUP_DAYS`]).
    pub followup: bool,
    pub reasons: Vec<String>,
}

impl Match {
    /// Higher is a stronger match: used to pick among several candidate clusters.
    pub fn score(&self) -> i64 {
        let place = match self.place_rule {
            PlaceRule::SamePlace => 30,
            PlaceRule::Inside => 20,
            PlaceRule::Near => 10,
            PlaceRule::NearEvidence => 8,
            PlaceRule::Country => 5,
        };
        let date = match self.date_gap {
            Some(0) => 5,
            Some(_) => 3,
            None => 0,
        };
        // a follow-up is the weakest date evidence: a mention that also matches an incident
        // of its own days goes there
        let date = if self.followup { -2 } else { date };
        place + date + i64::from(self.same_sub_type)
    }

    /// The rule names, e.g. `type+date+place:same+actors`.
    pub fn rule(&self) -> String {
        let place = match self.place_rule {
            PlaceRule::SamePlace => "same",
            PlaceRule::Inside => "inside",
            PlaceRule::Near => "near",
            PlaceRule::NearEvidence => "near+evidence",
            PlaceRule::Country => "country",
        };
        let date = match (self.date_gap.is_some(), self.followup) {
            (true, false) => "date",
            (true, true) => "date+followup",
            (false, false) => "undated+published",
            (false, true) => "undated+followup",
        };
        format!("type+{date}+place:{place}+actors")
    }
}

/// `format!` when `explain`, else an empty string (the verdict alone needs no words).
macro_rules! why {
    ($explain:expr, $($fmt:tt)*) => {
        if $explain {
            format!($($fmt)*)
        } else {
            String::new()
        }
    };
}

mod dates;
mod place;

pub(crate) use dates::shift_plain;
use dates::*;
pub use dates::{date_range_end, parse_precision, precision_name, shift_date};
use place::*;

/// The family of political violence: one incident may be coded as any of these types.
pub(crate) fn violent(event_type: &str) -> bool {
    matches!(event_type, BATTLES | EXPLOSIONS | VAC)
}

/// The sub-types that may tell, across types, one attack: any explosion, an armed clash, an
/// attack on civilians (not an abduction, sexual violence or a change of territory), and the
/// property destruction an attack does (an arson told as "إحراق" beside the attack that killed
/// in it; ACLED codes the destruction within the attack). An event type with its sub-type,
/// None for any.
pub(crate) const ATTACK_LIKE: [(&str, Option<&str>); 4] = [
    (EXPLOSIONS, None),
    (BATTLES, Some(rasd_core::ARMED_CLASH)),
    (VAC, Some("Attack")),
    (STRATEGIC, Some(rasd_core::LOOTING)),
];

pub(crate) fn attack_like(m: &Mention) -> bool {
    ATTACK_LIKE
        .iter()
        .any(|(t, sub)| m.event_type == *t && sub.is_none_or(|sub| m.sub_event_type == sub))
}

/// PLOVER modes that share a weapon class with another mode; any other mode is its own class.
const WEAPON_CLASSES: [(&str, &str); 4] = [
    ("explosives", "explosives"),
    ("suicide-attack", "explosives"),
    ("aerial", "aerial"),
    ("drone", "aerial"),
];

/// The weapon class of a PLOVER mode: modes of one class may tell one incident.
fn weapon_class(mode: &str) -> &str {
    WEAPON_CLASSES
        .iter()
        .find(|(m, _)| *m == mode)
        .map_or(mode, |(_, class)| class)
}

/// Every mode of `mode`'s weapon class (the modes it does not contradict).
pub(crate) fn same_weapon(mode: &str) -> Vec<&str> {
    let class = weapon_class(mode);
    let mut modes: Vec<&str> = WEAPON_CLASSES
        .iter()
        .filter(|(_, c)| *c == class)
        .map(|(m, _)| *m)
        .collect();
    if !modes.contains(&class) {
        modes.push(class);
    }
    modes
}

/// The types of the family of violence (and of the attack-like property destruction).
pub(crate) const FAMILY: [&str; 4] = [EXPLOSIONS, VAC, BATTLES, STRATEGIC];

/// The event types a mention may merge with (blocking for the store).
pub fn compatible_types(m: &Mention) -> [&str; 4] {
    if violent(&m.event_type) || attack_like(m) {
        FAMILY
    } else {
        let t = m.event_type.as_str();
        [t, t, t, t]
    }
}

fn type_rule(a: &Mention, b: &Mention, explain: bool) -> Result<String, String> {
    let same = a.event_type == b.event_type;
    if !(same || attack_like(a) && attack_like(b)) {
        return Err(why!(
            explain,
            "type: {} / {} vs {} / {}",
            a.event_type,
            a.sub_event_type,
            b.event_type,
            b.sub_event_type
        ));
    }
    // strategic developments are other events by sub-type: an arrest is no agreement, and no
    // looting (which, of the attack family, would chain it to a clash)
    if same && a.event_type == STRATEGIC && a.sub_event_type != b.sub_event_type {
        return Err(why!(
            explain,
            "type: {} / {} vs {} / {}",
            a.event_type,
            a.sub_event_type,
            b.event_type,
            b.sub_event_type
        ));
    }
    // a clash told as an attack or a bombing: only on the same target (both named, of one
    // kind), or when one side is a vague retelling
    if !same && (a.event_type == BATTLES || b.event_type == BATTLES) && !a.vague() && !b.vague() {
        match (&a.actor2, &b.actor2) {
            (Some(x), Some(y)) if actors_agree(x, y) => {}
            _ => {
                return Err(why!(
                    explain,
                    "type: {} / {} and {} / {} without one named target",
                    a.event_type,
                    a.sub_event_type,
                    b.event_type,
                    b.sub_event_type
                ))
            }
        }
    }
    // (the weapons of violent types only: property destruction's "seize" is no weapon)
    if violent(&a.event_type) && violent(&b.event_type) {
        if let (Some(ma), Some(mb)) = (&a.plover_mode, &b.plover_mode) {
            if weapon_class(ma) != weapon_class(mb) {
                return Err(why!(
                    explain,
                    "type: the weapons contradict: {} ({ma}) vs {} ({mb})",
                    a.sub_event_type,
                    b.sub_event_type
                ));
            }
        }
    }
    let weapon = |m: &Mention| m.plover_mode.clone().unwrap_or_else(|| "unstated".into());
    Ok(if same && a.sub_event_type == b.sub_event_type {
        why!(
            explain,
            "type: both {} / {}",
            a.event_type,
            a.sub_event_type
        )
    } else if same {
        why!(
            explain,
            "type: both {} ({} / {})",
            a.event_type,
            a.sub_event_type,
            b.sub_event_type
        )
    } else {
        why!(
            explain,
            "type: one family of violence: {} / {} (weapon {}) and {} / {} (weapon {})",
            a.event_type,
            a.sub_event_type,
            weapon(a),
            b.event_type,
            b.sub_event_type,
            weapon(b)
        )
    })
}

/// The kinds of non-state armed groups: a rebel group, a political militia and an identity
/// militia (ACLED's fine distinctions between organized armed groups).
const ARMED_GROUPS: [ActorKind; 3] = [
    ActorKind::Rebel,
    ActorKind::PoliticalMilitia,
    ActorKind::IdentityMilitia,
];

/// The actor names that name no group of their own (`data/unnamed_actors.tsv`).
const UNNAMED_ACTORS_TSV: &str = include_str!("../data/unnamed_actors.tsv");

/// The names of `data/unnamed_actors.tsv`: its lines after the `#` comments and the header.
fn unnamed_actors() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        (UNNAMED_ACTORS_TSV.lines())
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .map(str::trim)
            .collect()
    })
}

/// Whether two actors may be one side of one incident: the same kind, or two non-state armed
/// groups of which one names no group of its own ("Unidentified armed group", "Suicide bomber
/// (unknown group)": the group another report names, a rebel group or a militia, may be it).
pub fn actors_agree(a: &(String, ActorKind), b: &(String, ActorKind)) -> bool {
    let unnamed = |x: &(String, ActorKind)| unnamed_actors().contains(&x.0.as_str());
    a.1 == b.1
        || ARMED_GROUPS.contains(&a.1) && ARMED_GROUPS.contains(&b.1) && (unnamed(a) || unnamed(b))
}

/// Every kind of actor that may agree with one of kind `k` ([`actors_agree`]), for the store's
/// candidate search (a superset: the names decide).
pub(crate) fn agreeing_kinds(k: ActorKind) -> Vec<ActorKind> {
    if ARMED_GROUPS.contains(&k) {
        ARMED_GROUPS.to_vec()
    } else {
        vec![k]
    }
}

/// Rule 4 for one role: the two sides agree, or `toll` (the toll the mentions share,
/// [`same_toll_here`]) outweighs their contradiction.
fn actors_compatible(
    explain: bool,
    role: &str,
    a: &Option<(String, ActorKind)>,
    b: &Option<(String, ActorKind)>,
    toll: Option<u64>,
) -> Result<String, String> {
    match (a, b) {
        (Some(x), Some(y)) if !actors_agree(x, y) => {
            let why = why!(
                explain,
                "{role} contradict: {:?} ({}) vs {:?} ({})",
                x.0,
                kind_name(x.1),
                y.0,
                kind_name(y.1)
            );
            match toll {
                Some(n) => Ok(why!(
                    explain,
                    "{why}, outweighed by the same toll {n} at the same place and day"
                )),
                None => Err(why),
            }
        }
        (Some((na, ka)), Some((nb, kb))) if ka == kb => Ok(why!(
            explain,
            "{role} agree: {na:?} / {nb:?} ({})",
            kind_name(*ka)
        )),
        (Some((na, ka)), Some((nb, kb))) => Ok(why!(
            explain,
            "{role} agree: {na:?} ({}) / {nb:?} ({}), one an armed group named by no name of \
             its own",
            kind_name(*ka),
            kind_name(*kb)
        )),
        _ => Ok(why!(explain, "{role}: at most one side known")),
    }
}

/// Whether two mentions of one report may be told in one incident (rule 5): one of them is
/// vague, or one is a retelling (no explicit toll of its own) at the other's very place (not
/// one inside the other: a city and its province often share a name, "Idlib"). A report's
/// extraction keeps two of its mentions apart when their words or days differ ("انفجار ضخم هز
/// المكان" beside "تفجير انتحاري" with its toll, a statement's "أمس" beside "الخميس الماضي");
/// told at one place with no toll of its own, the second names no incident of its own, so it
/// may join the incident the other one is in when the days and the rest allow.
pub fn may_share_report(a: &Mention, b: &Mention) -> bool {
    if a.vague() || b.vague() {
        return true;
    }
    if !(a.retelling() || b.retelling()) {
        return false;
    }
    matches!(place_relation(a, b, false), Some((PlaceRule::SamePlace, _)))
}

/// Whether `a` and `b` report the same incident; `Err` gives the rule that failed.
pub fn compare(a: &Mention, b: &Mention) -> Result<Match, String> {
    compare_with(a, b, true)
}

/// [`compare`] without its words: the same verdict and [`Match`] but `reasons` empty and an
/// `Err`'s text empty (the store's candidate gate compares many pairs and keeps the reasons
/// of one; [`compare`] them again for it: the rules are a function of the two mentions).
pub fn compare_verdict(a: &Mention, b: &Mention) -> Result<Match, String> {
    compare_with(a, b, false)
}

fn compare_with(a: &Mention, b: &Mention, explain: bool) -> Result<Match, String> {
    if a.doc_id == b.doc_id && !may_share_report(a, b) {
        return Err(why!(
            explain,
            "same document: its precise events are distinct incidents"
        ));
    }
    let type_why = type_rule(a, b, explain)?;
    let (place_rule, place_why) = place_relation(a, b, explain)
        .ok_or_else(|| why!(explain, "place: not the same, inside or near"))?;
    let (date_gap, followup, date_why) = date_rule(a, b, at_place(place_rule), explain)?;
    let toll = same_toll_here(a, b, place_rule, date_gap);
    let perpetrators = actors_compatible(explain, "perpetrators", &a.actor1, &b.actor1, toll)?;
    let targets = actors_compatible(explain, "targets", &a.actor2, &b.actor2, toll)?;
    let mut reasons = Vec::new();
    if explain {
        reasons.extend([type_why, date_why, format!("place: {place_why}")]);
        if a.doc_id == b.doc_id {
            reasons.push(
                "document: the same report, one mention vague or a retelling at the same place"
                    .into(),
            );
        }
        reasons.extend([perpetrators, targets]);
    }
    Ok(Match {
        place_rule,
        date_gap,
        same_sub_type: a.sub_event_type == b.sub_event_type,
        followup,
        reasons,
    })
}

/// Whether a mention's own toll may outweigh a side that contradicts another mention's
/// (`same_toll_here`): an explicit toll of [`RETOLD_TOLL`] or more. The store's candidate
/// search leaves the actors' kinds unfiltered for it.
pub fn toll_outweighs_actors(m: &Mention) -> bool {
    m.fatalities.is_some_and(|f| f >= RETOLD_TOLL)
}

/// The toll two mentions share when it outweighs their sides (rule 4): the same explicit
/// toll of [`RETOLD_TOLL`] or more, the same sub-type, the same place, days at most one apart.
/// A side is read from the words around the act, often from another clause ("طالب الرئيس
/// باكستان بالتصدي لحركة طالبان بعدما حصد تفجير ..."); two incidents of one kind at one place
/// on one day with one toll are rarer than a side read wrong.
fn same_toll_here(
    a: &Mention,
    b: &Mention,
    place_rule: PlaceRule,
    date_gap: Option<i64>,
) -> Option<u64> {
    (toll_outweighs_actors(a)
        && a.fatalities == b.fatalities
        && a.sub_event_type == b.sub_event_type
        && place_rule == PlaceRule::SamePlace
        && date_gap.is_some_and(|g| g <= 1))
    .then_some(a.fatalities.unwrap_or(0))
}

/// Every rule of [`compare`] on its own, for `rasd explain --mention`: (the rule's name, why it
/// holds or why it fails). [`compare`] stops at the first rule that fails; this runs them all
/// (the day read at the incident's own place when the places relate so), to tell what kept two
/// mentions apart and what they share.
pub fn diagnose(a: &Mention, b: &Mention) -> Vec<(&'static str, Result<String, String>)> {
    let document = if a.doc_id != b.doc_id {
        Ok("document: two reports".to_string())
    } else if may_share_report(a, b) {
        Ok("document: the same report, one mention vague or a retelling at the same place".into())
    } else {
        Err("same document: its precise events are distinct incidents".into())
    };
    let place = place_relation(a, b, true);
    let at = place.as_ref().is_some_and(|(r, _)| at_place(*r));
    let toll = match (&place, date_rule(a, b, at, true)) {
        (Some((rule, _)), Ok((gap, _, _))) => same_toll_here(a, b, *rule, gap),
        _ => None,
    };
    vec![
        ("document", document),
        ("type", type_rule(a, b, true)),
        (
            "place",
            place
                .map(|(_, why)| format!("place: {why}"))
                .ok_or_else(|| place_apart(a, b)),
        ),
        ("day", date_rule(a, b, at, true).map(|(_, _, why)| why)),
        (
            "perpetrators",
            actors_compatible(true, "perpetrators", &a.actor1, &b.actor1, toll),
        ),
        (
            "targets",
            actors_compatible(true, "targets", &a.actor2, &b.actor2, toll),
        ),
    ]
}

/// How specific a sub-event type is within its family, for choosing an incident's representative
/// (0 the most specific): an explosion told with no more detail reads as a remote explosive
/// (ACLED's default for a bomb of unknown kind), so a mention of the same incident that names a
/// suicide bombing, an air strike, a shell or a grenade tells more. Other kinds are equal.
pub fn type_specificity(sub_event_type: &str) -> i64 {
    i64::from(sub_event_type == rasd_core::IED)
}

#[cfg(test)]
mod tests;
