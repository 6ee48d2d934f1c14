//! rasd-store: documents and their events in SQLite (embedded default) or PostgreSQL (shared),
//! ingested idempotently in transactional batches and de-duplicated into clusters, one per
//! incident, that export as one clean table.
//!
//! - [`Store::open`] takes a SQLite path (`rasd.db`, `sqlite:rasd.db`) or a `postgres://` URL,
//!   and applies the versioned migrations of [`schema`] (refusing a newer schema).
//! - [`Store::ingest_batch`] stores `(Report, events)` pairs in one transaction: a document
//!   already stored with the same text hash adds nothing; a changed text replaces its events
//!   (they leave their clusters, which are recomputed, and the new events are clustered).
//!   Each document is stored under a savepoint: one the database refuses (an id too long for
//!   PostgreSQL's index) is rolled back alone, counted and named in [`IngestStats`]. A NUL
//!   character, which PostgreSQL's text cannot hold, is stored as U+FFFD on both backends.
//! - Clustering ([`dedup`]) is incremental: each new event joins the best compatible cluster
//!   or founds a new one. It is compared with each candidate cluster's representatives: per
//!   [`Mention::signature`], the first member and the first from another report (members of
//!   one signature compare alike, so the result is that of comparing every member). Deterministic: events are clustered in input order (batch order, then
//!   the order of a report's events); among compatible clusters the highest [`dedup::Match::score`]
//!   wins, then the cluster with more mentions, then the oldest (its earliest member stored
//!   first), the link going to the earliest member among equals. A cluster's id is its
//!   earliest member's ([`content_cluster_id`]: the date, then a hash of the event id; the
//!   least of its members'), so it depends on the members alone, on both backends and with any
//!   number of workers; a cluster is renumbered when an earlier member joins it or its earliest
//!   leaves. Many workers may ingest into one PostgreSQL database at once (`workers.rs`:
//!   advisory locks per clustering bucket, row locks on the clusters; the result is that of
//!   one worker storing the batches in the order they clustered). An event joins a cluster that already holds a mention
//!   of its own report only when one of the two is vague (dedup rule 5).
//!   Linking is single-link (a new mention needs one compatible member) with one guard against
//!   chaining: a dated mention's range must stay within a day of the cluster's core date (its
//!   middle dated member's, so a few mentions given a wrong day do not veto the rest), so a
//!   daily series of bombings in one city never becomes one incident; and a mention placed
//!   below country level never joins through a country-level member (a vague mention joins
//!   the specific incident, it is no hub tying every place of its country together).
//! - A later report that links two clusters merges them: when the new mention is precise and
//!   compatible with several clusters by a specific place (not a country-level one), their core dates are
//!   within a day and no report has a precise mention in two of them, the clusters become one
//!   under the lowest id (the others' ids are retired) and the new mention's reasons say which
//!   clusters it merged (`rasd explain`).
//! - A changed document's events leave their clusters, which are recomputed but not split: the
//!   remaining members stay together even when the removed mention was their only link.
//! - [`Store::explain`] says why each mention joined its cluster (the rules and the values).
//! - [`export`] writes one row per cluster as CSV (ACLED columns plus the spread), JSONL (with
//!   every mention) or GeoJSON; [`Store::stats`] gives counts for a terminal.
//!
//! Architecture invariant: the store knows nothing of Arabic or extraction: it takes records
//! and returns records. SQL stays in this crate; the two backends share every statement.

mod db;
pub mod dedup;
pub mod export;
pub mod read;
pub mod schema;
pub mod search;
mod workers;

/// How long a SQLite connection waits for another writer (and retries the switch to WAL).
const SQLITE_BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);
pub mod toll;

use std::collections::{BTreeMap, HashMap, HashSet};

use rasd_core::{ActorKind, Count, Event, Qualifier, Report};

pub use db::Backend;
use db::{Conn, Row, Value};
pub use dedup::Mention;
pub use workers::content_cluster_id;

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("postgres: {}", postgres_message(.0))]
    Postgres(#[from] postgres::Error),
    #[error(
        "the database has schema version {found}, newer than this rasd supports ({supported}): \
         upgrade rasd"
    )]
    NewerSchema { found: i64, supported: i64 },
    #[error("migration {version} failed: {reason}")]
    Migration { version: i64, reason: String },
    #[error("record {event_id}: {reason}")]
    Record { event_id: String, reason: String },
    #[error("no database at {0}: create it with `rasd ingest PATH --db {0}`")]
    NoDatabase(String),
    #[error("no cluster {0}")]
    NoCluster(i64),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
}

/// A PostgreSQL error with the server's message ("db error" alone says nothing).
fn postgres_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => e.to_string(),
    }
}

/// What one [`Store::recluster`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReclusterStats {
    /// Incident-table mentions that founded a cluster.
    pub clusters_created: u64,
    /// Incident-table mentions that joined one.
    pub events_merged: u64,
    /// Mentions left out of the table that joined an incident as its retelling.
    pub retellings_joined: u64,
}

/// What one [`Store::ingest_batch`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestStats {
    pub documents_new: u64,
    pub documents_replaced: u64,
    pub documents_unchanged: u64,
    /// Documents the database refused (e.g. an id too long for PostgreSQL's index): skipped and
    /// named in `warnings`; the rest of the batch is stored.
    pub documents_refused: u64,
    pub events_inserted: u64,
    pub events_removed: u64,
    pub clusters_created: u64,
    /// Events that joined an existing cluster.
    pub events_merged: u64,
    /// Events stored but left out of the incident table (a status other than `incident`, or a
    /// confidence under the floor): they found no cluster (a retelling among them may join
    /// one, see `Store::cluster_event`).
    pub events_left_out: u64,
    /// Records skipped inside the batch (e.g. a duplicate event_id), with the reason.
    pub warnings: Vec<String>,
}

impl IngestStats {
    pub fn add(&mut self, o: &IngestStats) {
        self.documents_new += o.documents_new;
        self.documents_replaced += o.documents_replaced;
        self.documents_unchanged += o.documents_unchanged;
        self.documents_refused += o.documents_refused;
        self.events_inserted += o.events_inserted;
        self.events_removed += o.events_removed;
        self.clusters_created += o.clusters_created;
        self.events_merged += o.events_merged;
        self.events_left_out += o.events_left_out;
        self.warnings.extend(o.warnings.iter().cloned());
    }
}

/// Row counts of the three main tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: i64,
    /// The events of the incident table (the clustered mentions).
    pub events: i64,
    pub clusters: i64,
    /// The mentions stored but left out of the incident table (not clustered).
    pub left_out: i64,
}

/// The fatality figures of a cluster, UCDP-style ([`toll`] has the rule).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Spread {
    /// The lowest explicit figure any source gives.
    pub low: Option<u64>,
    /// The latest figure the most sources agree on (the export's `fatalities`).
    pub best: Option<u64>,
    /// The highest explicit figure any source gives (its `max` where it gives a range).
    pub high: Option<u64>,
}

/// One mention of a cluster as stored: the event record and why it joined.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MemberRecord {
    pub event: Event,
    /// The mention it was compared with when it joined (None for the founding mention).
    pub linked_to: Option<String>,
    pub rule: String,
    pub reason: String,
    /// The publication date of its document (the toll's "latest report").
    #[serde(skip)]
    pub published: Option<String>,
}

impl MemberRecord {
    /// A retelling left out of the incident table that joined the incident (its rule starts
    /// with [`RETELLING`]): listed, never its representative, never in its toll.
    pub fn retelling(&self) -> bool {
        self.rule.starts_with(RETELLING)
    }
}

/// The prefix of a joined retelling's rule (`rasd explain`).
pub const RETELLING: &str = "retelling:";

/// Whether a mention left out of the incident table may join an incident as a retelling: its
/// status is `incident` (below the confidence floor) or `background` (the cause of today's
/// news, told again). A statistic, an intent, a denial, a generic or a non-violent mention
/// never joins.
fn retelling_status(e: &Event) -> bool {
    matches!(
        e.status,
        rasd_core::Status::Incident | rasd_core::Status::Background
    )
}

/// One incident: its representative record (fatalities set to the best figure, with low..high
/// beside it), the spread over sources, and every mention.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterRecord {
    pub cluster_id: i64,
    pub representative: Event,
    pub fatalities: Spread,
    pub n_sources: i64,
    pub mentions: Vec<MemberRecord>,
}

/// Which clusters an export takes.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Inclusive `YYYY-MM-DD` bounds on the cluster's date (undated clusters are left out when
    /// either bound is set).
    pub from: Option<String>,
    pub to: Option<String>,
    pub country: Option<String>,
    pub event_type: Option<String>,
}

/// A database of documents, events and clusters.
pub struct Store {
    conn: Conn,
    version: i64,
    /// The confidence from which a record of status `incident` makes the incident table.
    min_confidence: f32,
    /// Candidate search over every member instead of the representatives (tests).
    exhaustive: bool,
    /// Clusters whose toll is recomputed at the end of the batch (counted mentions joined).
    dirty_tolls: std::collections::BTreeSet<i64>,
    /// Text index rows of the batch, written at its end (SQLite; `search::Pending`).
    pending_search: search::Pending,
}

/// The text hash of a document: FNV-1a 64 and the length in bytes.
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}:{}", text.len())
}

/// The longest date range a dated mention spans (a month), which bounds the index scans.
const MAX_RANGE_DAYS: i64 = 31;

const MENTION_COLS: &str = "e.event_id, e.doc_id, e.published, e.date, e.date_precision, \
    e.date_end, e.event_type, e.sub_event_type, e.country, e.admin1, e.admin2, e.place, \
    e.geonames_id, e.lat, e.lon, e.geo_precision, e.actor1, e.actor1_kind, e.actor2, \
    e.actor2_kind, e.plover_mode, e.seq, cm.cluster_id, c.date_min_end, c.date_max_start, \
    e.fatalities_min, e.fatalities_qualifier, c.n_mentions, c.first_seq";

/// How many columns [`MENTION_COLS`] has.
const MENTION_COLS_N: usize = 29;

/// [`MENTION_COLS`] of a representative (`cluster_reps e`, joined to its cluster `c`).
const REP_COLS: &str = "e.event_id, e.doc_id, e.published, e.date, e.date_precision, \
    e.date_end, e.event_type, e.sub_event_type, e.country, e.admin1, e.admin2, e.place, \
    e.geonames_id, e.lat, e.lon, e.geo_precision, e.actor1, e.actor1_kind, e.actor2, \
    e.actor2_kind, e.plover_mode, e.seq, e.cluster_id, c.date_min_end, c.date_max_start, \
    e.fatalities, NULL, c.n_mentions, c.first_seq";

/// A stored mention that may report the same incident as a new one.
struct Candidate {
    mention: Mention,
    seq: i64,
    cluster_id: i64,
    /// The cluster's core date range (its middle dated member's: end, start).
    cluster_min_end: Option<String>,
    cluster_max_start: Option<String>,
    /// How many mentions the cluster holds.
    cluster_mentions: i64,
    /// The seq of the cluster's earliest member.
    cluster_first_seq: i64,
}

fn candidate_from_row(r: &Row) -> Candidate {
    let actor = |n: &Value, k: &Value| -> Option<(String, ActorKind)> {
        Some((n.string()?, ActorKind::parse(k.text()?)?))
    };
    let m = Mention {
        event_id: r[0].string().unwrap_or_default(),
        doc_id: r[1].string().unwrap_or_default(),
        published: r[2].string(),
        date: r[3].string(),
        date_precision: r[4].text().and_then(dedup::parse_precision),
        date_end: r[5].string(),
        event_type: r[6].string().unwrap_or_default(),
        sub_event_type: r[7].string().unwrap_or_default(),
        country: r[8].string(),
        admin1: r[9].string(),
        admin2: r[10].string(),
        place: r[11].string(),
        geonames_id: r[12].int().map(|v| v as u64),
        lat: r[13].real(),
        lon: r[14].real(),
        geo_precision: r[15].int().map(|v| v as u8),
        actor1: actor(&r[16], &r[17]),
        actor2: actor(&r[18], &r[19]),
        plover_mode: r[20].string(),
        fatalities: r[25]
            .int()
            .filter(|_| r[26].text() != Some("unknown"))
            .map(|v| v as u64),
    };
    Candidate {
        mention: m,
        seq: r[21].int().unwrap_or(0),
        cluster_id: r[22].int().unwrap_or(0),
        cluster_min_end: r[23].string(),
        cluster_max_start: r[24].string(),
        cluster_mentions: r[27].int().unwrap_or(0),
        cluster_first_seq: r[28].int().unwrap_or(0),
    }
}

/// How many times a PostgreSQL batch that lost a deadlock to another worker is run.
const MAX_ATTEMPTS: u64 = 8;

/// Whether an error is PostgreSQL breaking a deadlock (or a serialization failure) between
/// concurrent workers: the batch was rolled back and can run again.
fn retryable(e: &StoreError) -> bool {
    match e {
        StoreError::Postgres(e) => e
            .code()
            .is_some_and(|c| ["40P01", "40001"].contains(&c.code())),
        _ => false,
    }
}

/// Whether an error is the database refusing one document's values (PostgreSQL's data
/// exceptions, integrity and program limits, such as an index row too large; SQLite's
/// constraint and size errors), not a failure of the connection or the database.
fn refused(e: &StoreError) -> bool {
    match e {
        StoreError::Postgres(e) => e
            .code()
            .is_some_and(|c| ["22", "23", "54"].contains(&&c.code()[..2])),
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => matches!(
            f.code,
            rusqlite::ErrorCode::ConstraintViolation | rusqlite::ErrorCode::TooBig
        ),
        _ => false,
    }
}

/// A report and its events with every NUL character replaced by U+FFFD, when any holds one:
/// PostgreSQL's text cannot store NUL, and both backends store the same thing. One char for
/// one char, so every span stays right.
fn without_nul(report: &Report, events: &[Event]) -> Option<(Report, Vec<Event>)> {
    fn clean(s: &mut String) {
        if s.contains('\0') {
            *s = s.replace('\0', "\u{FFFD}");
        }
    }
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => clean(s),
            serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
            serde_json::Value::Object(o) => o.values_mut().for_each(walk),
            _ => {}
        }
    }
    let nul_in_report = [&report.id, &report.text]
        .into_iter()
        .chain(
            [&report.published, &report.source, &report.url]
                .into_iter()
                .flatten(),
        )
        .any(|s| s.contains('\0'));
    let nul_in_events = events
        .iter()
        .any(|e| serde_json::to_string(e).is_ok_and(|j| j.contains("\\u0000")));
    if !nul_in_report && !nul_in_events {
        return None;
    }
    let mut r = report.clone();
    clean(&mut r.id);
    clean(&mut r.text);
    for s in [&mut r.published, &mut r.source, &mut r.url]
        .into_iter()
        .flatten()
    {
        clean(s);
    }
    let events = events
        .iter()
        .map(|e| {
            let mut v = match serde_json::to_value(e) {
                Ok(v) => v,
                Err(_) => return e.clone(),
            };
            walk(&mut v);
            serde_json::from_value(v).unwrap_or_else(|_| e.clone())
        })
        .collect();
    Some((r, events))
}

fn shift_or(date: &str, days: i64) -> String {
    dedup::shift_date(date, days).unwrap_or_else(|| date.to_string())
}

/// Whether the range `start..=end` stays within a day of a cluster's dated members, given by
/// their earliest end and latest start (None: no dated member), or starts up to `later` days
/// after them (a retelling dated by its report's news, [`Mention::later_reach`]).
fn within_a_day(
    start: &str,
    end: &str,
    (min_end, max_start): (Option<&str>, Option<&str>),
    later: i64,
) -> bool {
    let too_late = min_end.is_some_and(|min_end| start > shift_or(min_end, later).as_str());
    let too_early = max_start.is_some_and(|max_start| end < shift_or(max_start, -1).as_str());
    !too_late && !too_early
}

/// A clustered member as its signature's record counts it.
struct SignatureMember<'a> {
    mention: &'a Mention,
    signature: i64,
    seq: i64,
    /// Its date range when it is dated (day, week or month).
    date: Option<String>,
    date_end: Option<String>,
}

impl SignatureMember<'_> {
    fn of(m: &Mention, signature: i64, seq: i64) -> SignatureMember<'_> {
        let dated = m.dated() && m.date_end.is_some();
        SignatureMember {
            mention: m,
            signature,
            seq,
            date: m.date.clone().filter(|_| dated),
            date_end: m.date_end.clone().filter(|_| dated),
        }
    }
}

/// One signature's representatives (seq, event, document) gathered from merged clusters.
#[derive(Default)]
struct SignatureGroup {
    n: i64,
    reps: Vec<(i64, String, String)>,
    date: Option<String>,
    date_end: Option<String>,
}

/// The clustering step of a batch ([`Store::cluster_step`]).
struct ClusterStep<'a> {
    /// The SQL that takes the batch's bucket locks, until it ran (PostgreSQL).
    locks: Option<&'a str>,
    /// The batch's events are numbered after this.
    first_seq: i64,
    /// The documents stored and not clustered yet: (report, new, events with their seq).
    pending: Vec<PendingDocument<'a>>,
}

/// A stored document whose events are not clustered yet: (report, new, events with their seq).
/// Each event comes with its seq and whether it is a retelling left out of the table, which
/// may join an incident but never founds one.
type PendingDocument<'a> = (&'a Report, bool, Vec<(Event, i64, bool)>);

/// An event that joined a cluster, for [`Store::refresh_cluster_parts`].
struct Joined<'a> {
    mention: &'a Mention,
    confidence: f32,
    seq: i64,
    /// It gives a fatality count (the toll may change).
    counted: bool,
    /// No other mention of its report is in the cluster.
    new_source: bool,
}

/// A cluster a new mention may join: the best match with one of its members.
struct Link {
    cluster_id: i64,
    score: i64,
    /// The cluster's mentions.
    size: i64,
    /// The seq of its earliest member.
    first_seq: i64,
    min_end: Option<String>,
    max_start: Option<String>,
    /// The member the match was made with.
    linked: String,
    mt: dedup::Match,
}

/// SQL that keeps only stored places [`dedup::compare`]'s place rule could accept for `m`
/// (same GeoNames id or name, one named as the other's admin1/admin2, or coordinates within
/// ~33 km; anything in the country when `m` is placed at country level; a stored country-level
/// mention is no link for a finer `m`), so the index scan's rows are filtered inside the
/// database. One SQL text for every mention (what `m` lacks is bound as NULL, which matches
/// nothing), so the statement is prepared once.
fn place_prefilter(m: &Mention) -> (&'static str, Vec<Value>) {
    if m.country_level() {
        // a country-level mention is compatible with any place of its country
        return ("1 = 1", vec![]);
    }
    let norm = m
        .place
        .as_deref()
        .map(dedup::normalize_place)
        .unwrap_or_default();
    let mut params: Vec<Value> = vec![norm.as_str().into(), norm.as_str().into(), norm.into()];
    for admin in [&m.admin1, &m.admin2] {
        params.push(admin.as_deref().map(dedup::normalize_place).into());
    }
    params.push(m.geonames_id.map(|g| g as i64).into());
    let bbox = match (m.lat, m.lon) {
        (Some(lat), Some(lon)) => {
            // ~33 km: the farthest the near-with-evidence rule reaches
            let dlat = 0.3;
            let dlon = 0.3 / lat.to_radians().cos().abs().max(0.1);
            [lat - dlat, lat + dlat, lon - dlon, lon + dlon].map(Value::Real)
        }
        _ => [Value::Null, Value::Null, Value::Null, Value::Null],
    };
    params.extend(bbox);
    (
        "(e.place_norm = ? OR e.admin1_norm = ? OR e.admin2_norm = ? OR e.place_norm = ? \
         OR e.place_norm = ? OR e.geonames_id = ? \
         OR (e.lat >= ? AND e.lat <= ? AND e.lon >= ? AND e.lon <= ?))",
        params,
    )
}

/// The most modes [`dedup::same_weapon`] gives.
const MAX_WEAPON_MODES: usize = 3;
/// The most kinds [`dedup::agreeing_kinds`] gives.
const MAX_AGREEING_KINDS: usize = 3;

/// SQL that keeps out stored mentions that [`dedup::compare`] or [`Store::cluster_event`]'s
/// guards reject for `m` whatever their places and dates: another type not told alike (rule 1),
/// a contradicting weapon (rule 1), a perpetrator or target of another kind (rule 4), a
/// country-level mention when `m` is finer (no hub), a cluster whose core date is more than a
/// day from `m`'s dates. Each is checked again after the search; here they only keep rows the
/// check would drop out of the result (a test compares with a search without them). One SQL
/// text for every mention: a condition that does not apply is switched off by its parameters.
fn decided_filter(m: &Mention) -> (String, Vec<Value>) {
    let mut sql: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    // the same type, or two types telling one attack
    let mut alike = Vec::new();
    params.push(m.event_type.as_str().into());
    params.push(Value::Int(i64::from(dedup::attack_like(m))));
    for (t, sub) in dedup::ATTACK_LIKE {
        params.push(t.into());
        match sub {
            None => alike.push("e.event_type = ?"),
            Some(sub) => {
                alike.push("(e.event_type = ? AND e.sub_event_type = ?)");
                params.push(sub.into());
            }
        }
    }
    sql.push(format!(
        "(e.event_type = ? OR (? = 1 AND ({})))",
        alike.join(" OR ")
    ));
    // a weapon of the same class, when m's is known and m is of the family of violence
    let modes = match (dedup::violent(&m.event_type), &m.plover_mode) {
        (true, Some(mode)) => dedup::same_weapon(mode),
        _ => vec![],
    };
    debug_assert!(modes.len() <= MAX_WEAPON_MODES);
    params.push(Value::Int(i64::from(!modes.is_empty())));
    // (a stored mention of another type than the violent ones has no weapon to contradict)
    params.extend(dedup::FAMILY[..3].iter().map(|&t| Value::from(t)));
    params.extend(
        (0..MAX_WEAPON_MODES).map(|i| modes.get(i).map_or(Value::Null, |&mode| mode.into())),
    );
    sql.push(format!(
        "(? = 0 OR e.plover_mode IS NULL OR e.event_type NOT IN (?, ?, ?) \
         OR e.plover_mode IN ({}))",
        ["?"; MAX_WEAPON_MODES].join(", ")
    ));
    // perpetrators and targets of agreeing kinds (dedup::kinds_agree)
    for (column, actor) in [("actor1", &m.actor1), ("actor2", &m.actor2)] {
        let kinds = actor.as_ref().map(|a| dedup::agreeing_kinds(a.1));
        let kind: Value = actor.as_ref().map(|a| dedup::kind_name(a.1)).into();
        params.push(kind);
        debug_assert!(kinds.as_ref().is_none_or(|k| k.len() <= MAX_AGREEING_KINDS));
        params.extend((0..MAX_AGREEING_KINDS).map(|i| {
            kinds
                .as_ref()
                .and_then(|k| k.get(i))
                .map_or(Value::Null, |&k| dedup::kind_name(k).into())
        }));
        sql.push(format!(
            "(CAST(? AS TEXT) IS NULL OR e.{column} IS NULL OR e.{column}_kind IS NULL \
             OR e.{column}_kind IN ({}))",
            ["?"; MAX_AGREEING_KINDS].join(", ")
        ));
    }
    // no hub
    params.push(Value::Int(i64::from(m.country_level())));
    sql.push(
        "(? = 1 OR e.place IS NULL OR COALESCE(e.geo_precision, 0) <> 3 \
         OR e.admin1 IS NOT NULL OR e.admin2 IS NOT NULL)"
            .into(),
    );
    // within_a_day of the cluster's core date: start <= min_end + reach, end >= max_start - 1
    let (after, before): (Value, Value) = match (m.dated(), &m.date, &m.date_end) {
        (true, Some(start), Some(end)) => (
            shift_or(start, -m.later_reach()).into(),
            shift_or(end, 1).into(),
        ),
        _ => (Value::Null, Value::Null),
    };
    params.extend([after.clone(), after, before.clone(), before]);
    // (a NULL parameter is cast: PostgreSQL cannot tell its type otherwise)
    sql.push("(CAST(? AS TEXT) IS NULL OR c.date_min_end IS NULL OR c.date_min_end >= ?)".into());
    sql.push(
        "(CAST(? AS TEXT) IS NULL OR c.date_max_start IS NULL OR c.date_max_start <= ?)".into(),
    );
    (sql.join(" AND "), params)
}

fn precision_rank(p: Option<&str>) -> i64 {
    match p {
        Some("day") => 0,
        Some("week") => 1,
        Some("month") => 2,
        Some("year") => 3,
        _ => 4,
    }
}

impl Store {
    /// Opens (creating if needed) a SQLite file or a `postgres://` database and migrates it.
    pub fn open(url: &str) -> Result<Store, StoreError> {
        Store::open_with(url, true)
    }

    /// Opens a database that must already exist (for reading: a typo in a SQLite path is
    /// [`StoreError::NoDatabase`], never a new empty file) and migrates it.
    pub fn open_existing(url: &str) -> Result<Store, StoreError> {
        Store::open_with(url, false)
    }

    fn open_with(url: &str, create: bool) -> Result<Store, StoreError> {
        let conn = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let client = postgres::Client::connect(url, postgres::NoTls)?;
            let mut conn = Conn::Postgres {
                client: Box::new(client),
                statements: Default::default(),
            };
            conn.batch("SET client_min_messages = warning")?;
            conn
        } else {
            let path = url.strip_prefix("sqlite:").unwrap_or(url);
            let c = if create {
                rusqlite::Connection::open(path)?
            } else {
                use rusqlite::OpenFlags;
                // without CREATE: a missing file is an error even if it appears meanwhile
                let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_URI
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                rusqlite::Connection::open_with_flags(path, flags).map_err(|e| {
                    if std::path::Path::new(path).exists() {
                        StoreError::Sqlite(e)
                    } else {
                        StoreError::NoDatabase(url.to_string())
                    }
                })?
            };
            c.busy_timeout(SQLITE_BUSY_TIMEOUT)?;
            // WAL: readers never block the writer; a killed writer leaves the last committed
            // batch intact. NORMAL sync keeps atomicity (durability of the last batch on power
            // loss is the price).
            // switching to WAL takes an exclusive lock without waiting on the busy handler:
            // workers opening one fresh file at once retry it for as long as the busy timeout
            let started = std::time::Instant::now();
            loop {
                match c.pragma_update(None, "journal_mode", "WAL") {
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if e.code == rusqlite::ErrorCode::DatabaseBusy
                            && started.elapsed() < SQLITE_BUSY_TIMEOUT =>
                    {
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    r => break r?,
                }
            }
            c.pragma_update(None, "synchronous", "NORMAL")?;
            c.pragma_update(None, "foreign_keys", "ON")?;
            // a bounded page cache (64 MiB) keeps the indexes the clustering reads in memory
            c.pragma_update(None, "cache_size", -65536)?;
            c.pragma_update(None, "temp_store", "MEMORY")?;
            // the store's statements, each one SQL text whatever the mention
            c.set_prepared_statement_cache_capacity(128);
            Conn::Sqlite(c)
        };
        let mut conn = conn;
        let version = schema::migrate(&mut conn)?;
        Ok(Store {
            conn,
            version,
            min_confidence: 0.0,
            exhaustive: false,
            dirty_tolls: Default::default(),
            pending_search: Default::default(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.conn.backend()
    }

    /// Sets the confidence from which an ingested record of status `incident` makes the
    /// incident table (default 0: every `incident` record); `rasd ingest` sets the extractor's
    /// tuned threshold. Every record is stored; the others are left out of the table.
    pub fn set_min_confidence(&mut self, min: f32) {
        self.min_confidence = min;
    }

    /// Compares each new mention with every member of a cluster instead of its representatives
    /// (the first member of each signature, and the first of it from another report). The
    /// clusters, links and reasons are the same either way; tests check it on this switch.
    #[doc(hidden)]
    pub fn set_exhaustive_candidates(&mut self, on: bool) {
        self.exhaustive = on;
    }

    /// Recomputes every cluster's signatures, representatives, counts, toll and core date from
    /// its members, as after a document's removal. Ingest keeps them up to date one join at a
    /// time; tests check that it arrives where this does.
    #[doc(hidden)]
    pub fn recompute_clusters(&mut self) -> Result<(), StoreError> {
        self.begin()?;
        let ids: Vec<i64> = self
            .conn
            .query("SELECT id FROM clusters ORDER BY id", &[])?
            .iter()
            .filter_map(|r| r[0].int())
            .collect();
        let result = ids.into_iter().try_for_each(|id| {
            self.rebuild_signatures(id)?;
            self.refresh_cluster(id)
        });
        match result {
            Ok(()) => self.conn.batch("COMMIT"),
            Err(e) => {
                let _ = self.conn.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Clusters every stored mention again, from scratch and in input order, with this
    /// version's rules: a store ingested under older de-duplication rules then reads as if its
    /// reports were ingested now. Documents and events stay as stored (ids, seq, status and
    /// whether each made the incident table); clusters, members, signatures, representatives
    /// and tolls are rebuilt, with ids derived from content as at ingest (the earliest
    /// member's). One transaction: on failure nothing changes. On PostgreSQL it waits for the
    /// ingest workers and holds them off until done.
    pub fn recluster(&mut self) -> Result<ReclusterStats, StoreError> {
        self.reclustering(Self::recluster_in_transaction)
    }

    /// Runs a recluster in one transaction that holds the ingest workers off (on PostgreSQL):
    /// committed when it succeeds, rolled back when it fails.
    fn reclustering(
        &mut self,
        run: impl FnOnce(&mut Self) -> Result<ReclusterStats, StoreError>,
    ) -> Result<ReclusterStats, StoreError> {
        self.begin()?;
        self.dirty_tolls.clear();
        let locked = if self.conn.backend() == Backend::Postgres {
            self.conn.batch(&format!(
                "SELECT pg_advisory_xact_lock({});",
                workers::GLOBAL_LOCK
            ))
        } else {
            Ok(())
        };
        match locked.and_then(|()| run(self)) {
            Ok(stats) => {
                self.conn.batch("COMMIT")?;
                Ok(stats)
            }
            Err(e) => {
                let _ = self.conn.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    fn recluster_in_transaction(&mut self) -> Result<ReclusterStats, StoreError> {
        self.conn.batch(
            "DELETE FROM cluster_reps; DELETE FROM cluster_signatures; \
             DELETE FROM cluster_members; DELETE FROM clusters;",
        )?;
        self.recluster_after(i64::MIN)
    }

    /// Clusters stored events again (`record, published, seq, in_table` rows in input order), as
    /// at ingest: an incident-table mention joins or founds an incident, a left-out retelling
    /// may join one.
    fn recluster_rows(
        &mut self,
        rows: &[Row],
        stats: &mut ReclusterStats,
    ) -> Result<(), StoreError> {
        for r in rows {
            let (Some(record), Some(seq)) = (r[0].text(), r[2].int()) else {
                continue;
            };
            let event: Event = serde_json::from_str(record).map_err(|e| StoreError::Record {
                event_id: String::new(),
                reason: format!("stored record of seq {seq} unreadable: {e}"),
            })?;
            let published = r[1].text();
            if r[3].int().unwrap_or(0) != 0 {
                if self.cluster_event(&event, published, seq, false)? {
                    stats.events_merged += 1;
                } else {
                    stats.clusters_created += 1;
                }
            } else if retelling_status(&event)
                && self.cluster_event(&event, published, seq, true)?
            {
                stats.retellings_joined += 1;
            }
        }
        Ok(())
    }

    /// Clusters again, with this version's rules, every mention stored since the first report
    /// published on or after `since` (`YYYY-MM-DD`) was ingested, and keeps the history before
    /// it: each incident loses its members stored from then on (one left with none is gone, the
    /// others keep their earlier members, and their ids follow them), and those mentions are
    /// clustered again in input order, as at ingest. An incident whose members all came before
    /// stays exactly as it was. The result is what a whole [`Store::recluster`] gives, except
    /// that two incidents merged by a later mention stay merged (their earlier members are not
    /// split again). One transaction: on failure nothing changes. On PostgreSQL it holds the
    /// ingest workers off until done.
    pub fn recluster_since(&mut self, since: &str) -> Result<ReclusterStats, StoreError> {
        self.reclustering(|store| store.recluster_since_in_transaction(since))
    }

    fn recluster_since_in_transaction(
        &mut self,
        since: &str,
    ) -> Result<ReclusterStats, StoreError> {
        // where in input order the first report of the window came
        let Some(from) = self
            .conn
            .query_one(
                "SELECT MIN(seq) FROM events WHERE published >= ?",
                &[since.into()],
            )?
            .and_then(|r| r[0].int())
        else {
            return Ok(ReclusterStats::default());
        };
        let from = [Value::Int(from)];
        let touched: Vec<i64> = (self.conn.query(
            "SELECT DISTINCT cluster_id FROM cluster_members WHERE seq >= ? ORDER BY cluster_id",
            &from,
        )?)
        .iter()
        .filter_map(|r| r[0].int())
        .collect();
        self.conn
            .exec("DELETE FROM cluster_members WHERE seq >= ?", &from)?;
        for c in touched {
            self.members_left(c)?;
        }
        self.recluster_after(from[0].int().unwrap_or(i64::MIN) - 1)
    }

    /// Clusters again, in input order, every stored event after seq `after`, as at ingest (the
    /// clusters they belonged to are already gone or without them).
    fn recluster_after(&mut self, mut after: i64) -> Result<ReclusterStats, StoreError> {
        let mut stats = ReclusterStats::default();
        loop {
            let rows = self.conn.query(
                "SELECT record, published, seq, in_table FROM events WHERE seq > ? \
                 ORDER BY seq LIMIT 2000",
                &[Value::Int(after)],
            )?;
            let Some(last) = rows.last() else {
                break;
            };
            after = last[2].int().unwrap_or(i64::MAX);
            self.recluster_rows(&rows, &mut stats)?;
        }
        self.flush_tolls()?;
        Ok(stats)
    }

    /// Whether an ingested record makes the incident table (and is clustered): status
    /// `incident` at or above [`Store::set_min_confidence`]'s floor.
    pub fn in_table(&self, e: &Event) -> bool {
        e.status == rasd_core::Status::Incident && e.confidence >= self.min_confidence
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> i64 {
        self.version
    }

    /// Drops every row (tests and benchmarks on a shared PostgreSQL database).
    pub fn clear(&mut self) -> Result<(), StoreError> {
        self.conn.batch(
            "DELETE FROM cluster_reps; DELETE FROM cluster_signatures; DELETE FROM cluster_members; DELETE FROM clusters; \
             DELETE FROM search; DELETE FROM events; DELETE FROM documents;",
        )
    }

    fn begin(&mut self) -> Result<(), StoreError> {
        match self.conn.backend() {
            Backend::Sqlite => self.conn.batch("BEGIN IMMEDIATE"),
            Backend::Postgres => self.conn.batch("BEGIN"),
        }
    }

    /// The mentions of a batch that are clustered (the incident table's).
    fn clustered_mentions(&self, batch: &[(Report, Vec<Event>)]) -> Vec<Mention> {
        batch
            .iter()
            .flat_map(|(report, events)| {
                events.iter().filter_map(|e| {
                    let m = Mention::from_event(e, report.published.as_deref());
                    // a retelling left out may join (not at country level, nor dated by a
                    // year alone)
                    let joins = retelling_status(e) && m.may_retell();
                    (self.in_table(e) || joins).then_some(m)
                })
            })
            .collect()
    }

    /// Stores a batch of reports with their events in one transaction, and clusters the new
    /// events. Either the whole batch is stored or (on error) none of it.
    ///
    /// On PostgreSQL many workers may ingest at once: the transaction clusters under advisory
    /// locks on the clustering buckets the batch reads and writes (see `workers.rs`), and a
    /// batch that loses a deadlock to another worker is rolled back and run again.
    pub fn ingest_batch(
        &mut self,
        batch: &[(Report, Vec<Event>)],
    ) -> Result<IngestStats, StoreError> {
        let locks = match self.conn.backend() {
            Backend::Sqlite => None,
            Backend::Postgres => {
                let mentions = self.clustered_mentions(batch);
                Some(workers::lock_sql(
                    workers::bucket_locks(&mentions).as_deref(),
                ))
            }
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.begin()?;
            self.dirty_tolls.clear();
            self.pending_search.clear();
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            let result = self
                .ingest_in_transaction(batch, now, locks.as_deref())
                .and_then(|stats| self.conn.batch("COMMIT").map(|()| stats));
            match result {
                Ok(stats) => return Ok(stats),
                Err(e) => {
                    let _ = self.conn.batch("ROLLBACK");
                    if attempt < MAX_ATTEMPTS && retryable(&e) {
                        std::thread::sleep(std::time::Duration::from_millis(20 * attempt));
                        continue;
                    }
                    return Err(e);
                }
            }
        }
    }

    /// [`Store::ingest_batch`] inside its transaction; `now` is the ingest time stored with
    /// each new or replaced document (Unix seconds).
    ///
    /// Two steps: first every document and its events are stored (each document under a
    /// savepoint), then the new events of the incident table are clustered in input order. On
    /// PostgreSQL the clustering step runs under the batch's bucket locks (`locks`, the SQL
    /// that takes them), so that other workers store their documents meanwhile; its events are
    /// renumbered from a block of `event_seq` taken under the locks, so that the seq order of
    /// two batches that cluster in the same buckets is the order they clustered in.
    fn ingest_in_transaction(
        &mut self,
        batch: &[(Report, Vec<Event>)],
        now: i64,
        locks: Option<&str>,
    ) -> Result<IngestStats, StoreError> {
        let mut stats = IngestStats::default();
        // the batch's events are numbered from `seq + 1` on: after every stored event on SQLite
        // (one writer), from a block of the sequence `event_seq` on PostgreSQL (workers
        // storing at once never share a number)
        let mut seq = match self.conn.backend() {
            Backend::Sqlite => self
                .conn
                .query_one("SELECT MAX(seq) FROM events", &[])?
                .and_then(|r| r[0].int())
                .unwrap_or(0),
            Backend::Postgres => {
                let n: usize = batch.iter().map(|(_, events)| events.len()).sum();
                if n as i64 >= schema::SEQ_BLOCK {
                    return Err(StoreError::Record {
                        event_id: String::new(),
                        reason: format!(
                            "a batch holds {n} events, more than one transaction stores"
                        ),
                    });
                }
                self.next_seq_block()?
            }
        };
        let mut step = ClusterStep {
            locks,
            first_seq: seq,
            pending: Vec::new(),
        };
        let cleaned: Vec<Option<(Report, Vec<Event>)>> = batch
            .iter()
            .map(|(report, events)| without_nul(report, events))
            .collect();
        for ((report, events), cleaned) in batch.iter().zip(&cleaned) {
            let (report, events) = match cleaned {
                Some((r, e)) => (r, e.as_slice()),
                None => (report, events.as_slice()),
            };
            let existing = self
                .conn
                .query_one(
                    "SELECT text_hash FROM documents WHERE id = ?",
                    &[report.id.as_str().into()],
                )?
                .map(|r| r[0].string().unwrap_or_default());
            // a replaced document's events leave their clusters after the events before it
            // are clustered, as they would one report at a time
            if existing
                .as_deref()
                .is_some_and(|h| h != text_hash(&report.text))
            {
                self.cluster_step(&mut step, &mut seq, &mut stats)?;
                // the index rows queued so far are written, so that the document's savepoint
                // covers the removal of its earlier rows whether queued or written
                self.pending_search.write(&mut self.conn)?;
            }
            // one document at a time: a document the database refuses is rolled back alone
            self.conn.batch("SAVEPOINT document")?;
            let mut doc = IngestStats::default();
            let mut doc_seq = seq;
            let mut to_cluster = Vec::new();
            match self.ingest_document(
                report,
                events,
                existing,
                now,
                &mut doc_seq,
                &mut doc,
                &mut to_cluster,
            ) {
                Ok(()) => {
                    self.conn.batch("RELEASE SAVEPOINT document")?;
                    seq = doc_seq;
                    stats.add(&doc);
                    if !to_cluster.is_empty() {
                        step.pending
                            .push((report, doc.documents_new == 1, to_cluster));
                    }
                }
                Err(e) if refused(&e) => {
                    self.conn
                        .batch("ROLLBACK TO SAVEPOINT document; RELEASE SAVEPOINT document")?;
                    stats.documents_refused += 1;
                    let id: String = report.id.chars().take(60).collect();
                    let more = if id.len() < report.id.len() {
                        "..."
                    } else {
                        ""
                    };
                    stats.warnings.push(format!(
                        "document {id:?}{more}: refused by the database, not stored: {e}"
                    ));
                }
                Err(e) => return Err(e),
            }
        }
        self.cluster_step(&mut step, &mut seq, &mut stats)?;
        self.flush_tolls()?;
        // the batch's text index rows at once, outside every savepoint (search::Pending)
        self.pending_search.write(&mut self.conn)?;
        Ok(stats)
    }

    /// A block of seq numbers from `event_seq` (PostgreSQL): its first is the returned + 1.
    fn next_seq_block(&mut self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_one("SELECT nextval('event_seq')", &[])?
            .and_then(|r| r[0].int())
            .unwrap_or(0))
    }

    /// Clusters the events stored so far and not clustered yet, in input order. The first time
    /// on PostgreSQL, it takes the batch's bucket locks and renumbers the batch's events from a
    /// new block of `event_seq` (so that two batches that cluster in one bucket have their seq
    /// numbers in the order they clustered in); `seq`, the last number used, moves with them.
    fn cluster_step<'a>(
        &mut self,
        step: &mut ClusterStep<'a>,
        seq: &mut i64,
        stats: &mut IngestStats,
    ) -> Result<(), StoreError> {
        if let Some(sql) = step.locks.take() {
            self.conn.batch(sql)?;
            let shift = self.next_seq_block()? - step.first_seq;
            self.conn.exec(
                "UPDATE events SET seq = seq + ? WHERE seq > ? AND seq <= ?",
                &[
                    Value::Int(shift),
                    Value::Int(step.first_seq),
                    Value::Int(*seq),
                ],
            )?;
            *seq += shift;
            for (_, _, events) in &mut step.pending {
                for (_, s, _) in events {
                    *s += shift;
                }
            }
        }
        for (report, new, events) in std::mem::take(&mut step.pending) {
            self.conn.batch("SAVEPOINT clustering")?;
            let mut doc = IngestStats::default();
            let clustered = events.iter().try_for_each(|(event, seq, retelling)| {
                let published = report.published.as_deref();
                if *retelling {
                    // a retelling joins or stays left out: it counts as neither
                    self.cluster_event(event, published, *seq, true)?;
                } else if self.cluster_event(event, published, *seq, false)? {
                    doc.events_merged += 1;
                } else {
                    doc.clusters_created += 1;
                }
                Ok(())
            });
            match clustered {
                Ok(()) => {
                    self.conn.batch("RELEASE SAVEPOINT clustering")?;
                    stats.add(&doc);
                }
                Err(e) if refused(&e) => {
                    // the database refuses what the clustering stores of it: the document is
                    // left out (a replaced one loses its earlier version too)
                    self.conn
                        .batch("ROLLBACK TO SAVEPOINT clustering; RELEASE SAVEPOINT clustering")?;
                    let n = self.remove_document_events(&report.id)?;
                    self.conn.exec(
                        "DELETE FROM documents WHERE id = ?",
                        &[report.id.as_str().into()],
                    )?;
                    stats.events_inserted -= n;
                    if new {
                        stats.documents_new -= 1;
                    } else {
                        stats.documents_replaced -= 1;
                    }
                    stats.documents_refused += 1;
                    let short: String = report.id.chars().take(60).collect();
                    stats.warnings.push(format!(
                        "document {short:?}: refused by the database, not stored: {e}"
                    ));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Stores one document (`existing`: the text hash stored under its id) and its events;
    /// those to cluster go to `to_cluster` with their seq.
    #[allow(clippy::too_many_arguments)]
    fn ingest_document(
        &mut self,
        report: &Report,
        events: &[Event],
        existing: Option<String>,
        now: i64,
        seq_out: &mut i64,
        stats: &mut IngestStats,
        to_cluster: &mut Vec<(Event, i64, bool)>,
    ) -> Result<(), StoreError> {
        let mut seq = *seq_out;
        {
            let hash = text_hash(&report.text);
            match existing {
                Some(h) if h == hash => {
                    stats.documents_unchanged += 1;
                    return Ok(());
                }
                Some(_) => {
                    stats.events_removed += self.remove_document_events(&report.id)?;
                    self.conn.exec(
                        "UPDATE documents SET text = ?, text_hash = ?, published = ?, source = ?, \
                         url = ?, n_events = ?, ingested_at = ? WHERE id = ?",
                        &[
                            report.text.as_str().into(),
                            hash.into(),
                            report.published.clone().into(),
                            report.source.clone().into(),
                            report.url.clone().into(),
                            Value::Int(0),
                            Value::Int(now),
                            report.id.as_str().into(),
                        ],
                    )?;
                    stats.documents_replaced += 1;
                }
                None => {
                    self.conn.exec(
                        "INSERT INTO documents (id, text, text_hash, published, source, url, \
                         n_events, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        &[
                            report.id.as_str().into(),
                            report.text.as_str().into(),
                            hash.into(),
                            report.published.clone().into(),
                            report.source.clone().into(),
                            report.url.clone().into(),
                            Value::Int(0),
                            Value::Int(now),
                        ],
                    )?;
                    stats.documents_new += 1;
                }
            }
            let mut seen = HashSet::new();
            let mut n_events = 0;
            let mut indexed: Vec<(i64, Event)> = Vec::new();
            for event in events {
                let mut event = event.clone();
                if event.doc_id != report.id {
                    stats.warnings.push(format!(
                        "{}: doc_id {:?} differs from the report's id {:?}; stored under the report",
                        event.event_id, event.doc_id, report.id
                    ));
                    event.doc_id = report.id.clone();
                }
                if !seen.insert(event.event_id.clone()) {
                    stats
                        .warnings
                        .push(format!("{}: duplicate event_id, skipped", event.event_id));
                    continue;
                }
                let in_table = self.in_table(&event);
                if !self.insert_event(&event, report.published.as_deref(), seq + 1, in_table)? {
                    stats.warnings.push(format!(
                        "{}: event_id already stored for another document, skipped",
                        event.event_id
                    ));
                    continue;
                }
                seq += 1;
                // only the incident table founds clusters: a left-out mention (a statistic, an
                // intent, a denial, ...) never creates or joins one; a retelling left out
                // (status background, or incident below the floor) may join one
                indexed.push((seq, event.clone()));
                if !in_table {
                    stats.events_left_out += 1;
                    if retelling_status(&event) {
                        to_cluster.push((event, seq, true));
                    }
                } else {
                    to_cluster.push((event, seq, false));
                }
                stats.events_inserted += 1;
                n_events += 1;
            }
            self.conn.exec(
                "UPDATE documents SET n_events = ? WHERE id = ?",
                &[Value::Int(n_events), report.id.as_str().into()],
            )?;
            let indexed: Vec<(i64, &Event)> = indexed.iter().map(|(s, e)| (*s, e)).collect();
            self.pending_search
                .add_document(&report.id, &report.text, &indexed);
            if self.conn.backend() == Backend::Postgres {
                // no segment per savepoint there: the rows go in with the document, so that
                // one the server refuses leaves the batch alone
                self.pending_search.write(&mut self.conn)?;
            }
        }
        *seq_out = seq;
        Ok(())
    }

    /// Inserts one event row; false when its event_id is already stored.
    fn insert_event(
        &mut self,
        e: &Event,
        published: Option<&str>,
        seq: i64,
        in_table: bool,
    ) -> Result<bool, StoreError> {
        let m = Mention::from_event(e, published);
        let record = serde_json::to_string(e)?;
        let fat = e.fatalities.as_ref();
        let n = self.conn.exec(
            "INSERT INTO events (event_id, doc_id, seq, published, date, date_precision, date_end, \
             event_type, sub_event_type, country, admin1, admin2, place, place_key, place_norm, \
             admin1_norm, admin2_norm, geonames_id, \
             lat, lon, geo_precision, fatalities_min, fatalities_max, fatalities_qualifier, actor1, \
             actor1_kind, actor2, actor2_kind, plover_mode, confidence, record, status, in_table, \
             signature) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \
             ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (event_id) DO NOTHING",
            &[
                m.event_id.as_str().into(),
                m.doc_id.as_str().into(),
                Value::Int(seq),
                m.published.clone().into(),
                m.date.clone().into(),
                m.date_precision.map(dedup::precision_name).into(),
                m.date_end.clone().into(),
                m.event_type.as_str().into(),
                m.sub_event_type.as_str().into(),
                m.country.clone().into(),
                m.admin1.clone().into(),
                m.admin2.clone().into(),
                m.place.clone().into(),
                m.place_key().into(),
                m.place.as_deref().map(dedup::normalize_place).into(),
                m.admin1.as_deref().map(dedup::normalize_place).into(),
                m.admin2.as_deref().map(dedup::normalize_place).into(),
                m.geonames_id.map(|g| g as i64).into(),
                m.lat.into(),
                m.lon.into(),
                m.geo_precision.map(i64::from).into(),
                fat.and_then(|c| c.min).map(|v| v as i64).into(),
                fat.and_then(|c| c.max).map(|v| v as i64).into(),
                fat.map(|c| c.qualifier.as_str()).into(),
                m.actor1.as_ref().map(|a| a.0.clone()).into(),
                m.actor1.as_ref().map(|a| dedup::kind_name(a.1)).into(),
                m.actor2.as_ref().map(|a| a.0.clone()).into(),
                m.actor2.as_ref().map(|a| dedup::kind_name(a.1)).into(),
                m.plover_mode.clone().into(),
                f64::from(e.confidence).into(),
                record.into(),
                e.status.as_str().into(),
                Value::Int(i64::from(in_table)),
                in_table.then(|| m.signature()).into(),
            ],
        )?;
        Ok(n == 1)
    }

    /// Candidate mentions for `m` (already clustered events only), in `seq` order: every
    /// stored mention [`dedup::compare`] could accept, found through the indexes: the same
    /// country and type family, dates (or, for an undated side, publication dates) in the
    /// windows of the date rule, and places the place pre-filter lets through.
    fn candidates(&mut self, m: &Mention) -> Result<Vec<Candidate>, StoreError> {
        if self.exhaustive {
            return self.candidates_every_member(m);
        }
        let mut out: BTreeMap<i64, Candidate> = BTreeMap::new();
        if m.place.is_none() {
            return Ok(vec![]);
        }
        let types = dedup::compatible_types(m);
        let shift = |d: &str, n: i64| dedup::shift_date(d, n).unwrap_or_else(|| d.to_string());
        // (band, first day, last day, the latest a range may end before, when it matters)
        let mut scans: Vec<(&str, String, String, Option<String>)> = Vec::new();
        if let (true, Some(start), Some(end)) = (m.dated(), &m.date, &m.date_end) {
            // dated candidates: date ranges within a day (FOLLOWUP_DAYS back for a retelling dated by
            // its report's news). Day-precision ones by their date; the rare week/month ones by
            // a scan of a month back
            let reach = m.later_reach();
            let (lo, hi) = (shift(start, -reach), shift(end, 1));
            scans.push(("day", lo.clone(), hi.clone(), None));
            scans.push(("range", shift(start, -reach - MAX_RANGE_DAYS), hi, Some(lo)));
            // undated candidates published on m's dates or up to FOLLOWUP_DAYS after (an
            // undated retelling's reach; others reach UNDATED_DAYS)
            scans.push((
                "undated",
                start.clone(),
                shift(end, dedup::FOLLOWUP_DAYS),
                None,
            ));
        } else if let Some(p) = m.published.as_deref() {
            // m undated: dated candidates whose range ends at most UNDATED_DAYS (a retelling:
            // FOLLOWUP_DAYS) before m's publication and starts on or before it; undated ones
            // published within two days
            let reach = m.undated_reach();
            let first_end = Some(shift(p, -reach));
            scans.push(("day", shift(p, -reach), p.into(), first_end.clone()));
            let back = reach + MAX_RANGE_DAYS;
            scans.push(("range", shift(p, -back), p.into(), first_end));
            scans.push(("undated", shift(p, -2), shift(p, 2), None));
        }
        let (place_sql, place_params) = place_prefilter(m);
        let (decided, decided_params) = decided_filter(m);
        let mut queries: Vec<(String, Vec<Value>)> = Vec::new();
        if let Some(country) = m.country.as_deref() {
            for (band, first, last, ends_from) in scans {
                let mut params: Vec<Value> =
                    vec![country.into(), band.into(), first.into(), last.into()];
                params.extend(types.iter().map(|&t| Value::from(t)));
                params.extend([ends_from.clone().into(), ends_from.into()]);
                params.extend(place_params.iter().cloned());
                params.extend(decided_params.iter().cloned());
                queries.push((
                    format!(
                        "e.country = ? AND e.band = ? AND e.day_key >= ? AND e.day_key <= ? \
                         AND e.event_type IN (?, ?, ?, ?) AND (CAST(? AS TEXT) IS NULL OR e.date_end >= ?) \
                         AND {place_sql} AND {decided}"
                    ),
                    params,
                ));
            }
        } else if let (Some(key), Some(p)) = (m.place_key(), m.published.as_deref()) {
            // no country: the same place only, published within a few days
            let mut params: Vec<Value> = vec![key.into()];
            params.extend(types.iter().map(|&t| Value::from(t)));
            params.extend([
                shift(p, -dedup::UNDATED_DAYS - MAX_RANGE_DAYS).into(),
                shift(p, dedup::UNDATED_DAYS + MAX_RANGE_DAYS).into(),
            ]);
            params.extend(decided_params.iter().cloned());
            queries.push((
                format!(
                    "e.place_key = ? AND e.event_type IN (?, ?, ?, ?) AND e.published >= ? \
                     AND e.published <= ? AND {decided}"
                ),
                params,
            ));
        }
        for (filter, params) in queries {
            // the representatives only: a member of one signature with a representative
            // compares as the representative does
            let sql = format!(
                "SELECT {REP_COLS} FROM cluster_reps e JOIN clusters c ON c.id = e.cluster_id \
                 WHERE {filter}"
            );
            for r in self.conn.query(&sql, &params)? {
                let c = candidate_from_row(&r);
                out.insert(c.seq, c);
            }
        }
        Ok(out.into_values().collect())
    }

    /// The candidate search over every member of every cluster, with none of the filters
    /// [`Store::candidates`] adds: the reference it is tested against
    /// ([`Store::set_exhaustive_candidates`]).
    fn candidates_every_member(&mut self, m: &Mention) -> Result<Vec<Candidate>, StoreError> {
        let mut out: BTreeMap<i64, Candidate> = BTreeMap::new();
        if m.place.is_none() {
            return Ok(vec![]);
        }
        let types = dedup::compatible_types(m);
        let shift = |d: &str, n: i64| dedup::shift_date(d, n).unwrap_or_else(|| d.to_string());
        let mut queries: Vec<(String, Vec<Value>)> = Vec::new();
        // `e.event_type IN (...) AND e.country = ? AND <place> AND <filter>`
        let mut push = |filter: &str, params: Vec<Value>, country: &str| {
            let (place_sql, place_params) = place_prefilter(m);
            let mut all: Vec<Value> = types.iter().map(|&t| Value::from(t)).collect();
            all.push(country.into());
            all.extend(params);
            all.extend(place_params);
            queries.push((
                format!(
                    "e.event_type IN (?, ?, ?, ?) AND e.country = ? AND {filter} AND {place_sql}"
                ),
                all,
            ));
        };
        let undated_filters = ["e.date_precision IS NULL", "e.date_precision = 'year'"];
        if let Some(country) = m.country.as_deref() {
            if let (true, Some(start), Some(end)) = (m.dated(), &m.date, &m.date_end) {
                // dated candidates: date ranges within a day (FOLLOWUP_DAYS back for a retelling dated
                // by its report's news). Day-precision ones are found by their exact date; the
                // rare week/month ones by a scan of a month back.
                let reach = m.later_reach();
                let (lo, hi) = (shift(start, -reach), shift(end, 1));
                push(
                    "e.date_precision = 'day' AND e.date >= ? AND e.date <= ?",
                    vec![lo.clone().into(), hi.clone().into()],
                    country,
                );
                push(
                    "e.date_precision IN ('week', 'month') AND e.date >= ? AND e.date <= ? \
                     AND e.date_end >= ?",
                    vec![
                        shift(start, -reach - MAX_RANGE_DAYS).into(),
                        hi.into(),
                        lo.into(),
                    ],
                    country,
                );
                // undated candidates published on m's dates or up to FOLLOWUP_DAYS after
                for filter in undated_filters {
                    push(
                        &format!("{filter} AND e.published >= ? AND e.published <= ?"),
                        vec![
                            start.as_str().into(),
                            shift(end, dedup::FOLLOWUP_DAYS).into(),
                        ],
                        country,
                    );
                }
            } else if let Some(p) = m.published.as_deref() {
                // m undated: dated candidates whose range ends at most UNDATED_DAYS (a
                // retelling: FOLLOWUP_DAYS) before m's publication and starts on or before it
                let reach = m.undated_reach();
                for precision in ["day", "week", "month"] {
                    let back = reach
                        + if precision == "day" {
                            0
                        } else {
                            MAX_RANGE_DAYS
                        };
                    push(
                        "e.date_precision = ? AND e.date >= ? AND e.date <= ? AND e.date_end >= ?",
                        vec![
                            precision.into(),
                            shift(p, -back).into(),
                            p.into(),
                            shift(p, -reach).into(),
                        ],
                        country,
                    );
                }
                // undated candidates published within two days
                for filter in undated_filters {
                    push(
                        &format!("{filter} AND e.published >= ? AND e.published <= ?"),
                        vec![shift(p, -2).into(), shift(p, 2).into()],
                        country,
                    );
                }
            }
        } else if let (Some(key), Some(p)) = (m.place_key(), m.published.as_deref()) {
            // no country: the same place only, published within a few days
            let mut params: Vec<Value> = vec![key.into()];
            params.extend(types.iter().map(|&t| Value::from(t)));
            params.extend([
                shift(p, -dedup::UNDATED_DAYS - MAX_RANGE_DAYS).into(),
                shift(p, dedup::UNDATED_DAYS + MAX_RANGE_DAYS).into(),
            ]);
            queries.push((
                "e.place_key = ? AND e.event_type IN (?, ?, ?, ?) AND e.published >= ? \
                 AND e.published <= ?"
                    .into(),
                params,
            ));
        }
        for (filter, params) in queries {
            let sql = format!(
                "SELECT {MENTION_COLS} FROM events e JOIN cluster_members cm \
                 ON cm.event_id = e.event_id JOIN clusters c ON c.id = cm.cluster_id \
                 WHERE {filter}"
            );
            for r in self.conn.query(&sql, &params)? {
                let c = candidate_from_row(&r);
                out.insert(c.seq, c);
            }
        }
        Ok(out.into_values().collect())
    }

    /// Puts a stored event into the best compatible cluster or a new one; true when it joined.
    ///
    /// A `retelling` (a mention left out of the incident table, [`retelling_status`]) only
    /// joins: it founds no cluster, merges none, is no representative (it is in no signature,
    /// so nothing joins through it and it moves no core date) and its count never enters the
    /// toll; it is listed among the incident's mentions and sources.
    fn cluster_event(
        &mut self,
        e: &Event,
        published: Option<&str>,
        seq: i64,
        retelling: bool,
    ) -> Result<bool, StoreError> {
        let mut m = Mention::from_event(e, published);
        // a retelling's count never enters the toll (it reads as no count): nor does it make
        // the retelling a report of its own incident ("ميسان تودع ممدوح الحارثي شهيد عسير", one
        // of the bombing's dead, told with the funeral's day)
        if retelling {
            m.fatalities = None;
        }
        // a retelling joins only when it pins the incident down: a place below country level
        // (see below for the place rule); with no date of its own, only an incident its report
        // came out within FOLLOWUP_DAYS of (dedup::compare)
        // (a year alone, "عام 2013", dates history: never a retelling of today's news)
        if retelling && !m.may_retell() {
            return Ok(false);
        }
        // best match per cluster: candidates come in seq order and only a strictly better
        // score replaces, so ties keep the earliest mention
        let mut best: BTreeMap<i64, Link> = BTreeMap::new();
        for cand in self.locked_candidates(&m)? {
            let cluster_id = cand.cluster_id;
            // no chaining across days: m's dates must stay within a day of the cluster's core date
            // (a retelling dated by its report's news: up to FOLLOWUP_DAYS after it); one that gives
            // a toll of its own (dedup::RETOLD_TOLL) reaches FOLLOWUP_DAYS only by its match with the
            // same toll
            let mut only_followup = false;
            if let (true, Some(start), Some(end)) = (m.dated(), &m.date, &m.date_end) {
                let range = (
                    cand.cluster_min_end.as_deref(),
                    cand.cluster_max_start.as_deref(),
                );
                let own_reach = if m.news_retelling() {
                    dedup::FOLLOWUP_DAYS
                } else {
                    1
                };
                if !within_a_day(start, end, range, m.later_reach()) {
                    continue;
                }
                only_followup = !within_a_day(start, end, range, own_reach);
            }
            // a precise place never joins through a country-level member: a vague mention joins
            // the specific incident, but is no hub chaining every place of its country together
            if cand.mention.country_level() && !m.country_level() {
                continue;
            }
            if let Ok(mt) = dedup::compare(&m, &cand.mention) {
                if only_followup && !mt.followup {
                    continue;
                }
                let score = mt.score();
                if best.get(&cluster_id).is_none_or(|l| l.score < score) {
                    best.insert(
                        cluster_id,
                        Link {
                            cluster_id,
                            score,
                            size: cand.cluster_mentions,
                            first_seq: cand.cluster_first_seq,
                            min_end: cand.cluster_min_end.clone(),
                            max_start: cand.cluster_max_start.clone(),
                            linked: cand.mention.event_id.clone(),
                            mt,
                        },
                    );
                }
            }
        }
        // a retelling joins only at the incident's place or inside it (a country-wide mention,
        // or one in a neighbouring town, is not told from talk)
        if retelling {
            use dedup::PlaceRule::{Inside, SamePlace};
            best.retain(|_, l| matches!(l.mt.place_rule, SamePlace | Inside));
        }
        // highest score, then the larger cluster (a vague mention goes with what most reports
        // tell), then the oldest cluster (its earliest member stored first)
        let mut ranked: Vec<Link> = best.into_values().collect();
        ranked.sort_by(|a, b| {
            (b.score, b.size, a.first_seq, a.cluster_id).cmp(&(
                a.score,
                a.size,
                b.first_seq,
                b.cluster_id,
            ))
        });
        let mut chosen: Option<Link> = None;
        let mut new_source = true;
        let mut others = Vec::new();
        for link in ranked {
            if chosen.is_some() {
                others.push(link);
                continue;
            }
            let same_doc = self.members_of(link.cluster_id, Some(&m.doc_id))?;
            // two precise mentions of one report are distinct incidents (dedup rule 5)
            if m.vague() || same_doc.iter().all(Mention::vague) {
                new_source = self
                    .conn
                    .query_one(
                        "SELECT 1 FROM cluster_members WHERE cluster_id = ? AND doc_id = ?",
                        &[Value::Int(link.cluster_id), m.doc_id.as_str().into()],
                    )?
                    .is_none();
                chosen = Some(link);
            }
        }
        if retelling {
            let Some(l) = chosen else {
                return Ok(false);
            };
            self.conn.exec(
                "INSERT INTO cluster_members (event_id, cluster_id, doc_id, seq, linked_to, rule, \
                 reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                &[
                    m.event_id.as_str().into(),
                    Value::Int(l.cluster_id),
                    m.doc_id.as_str().into(),
                    Value::Int(seq),
                    l.linked.as_str().into(),
                    format!("{RETELLING}{}", l.mt.rule()).into(),
                    format!(
                        "a retelling left out of the incident table (status {}, confidence \
                         {:.2}): it joins, never founds, and its count stays out of the toll; {}",
                        e.status.as_str(),
                        e.confidence,
                        l.mt.reasons.join("; ")
                    )
                    .into(),
                ],
            )?;
            self.conn.exec(
                "UPDATE clusters SET n_mentions = n_mentions + 1, n_sources = n_sources + ? \
                 WHERE id = ?",
                &[Value::Int(i64::from(new_source)), Value::Int(l.cluster_id)],
            )?;
            return Ok(true);
        }
        // a report that links two clusters merges them (see `mergeable`)
        let mut merged: Vec<(i64, String)> = Vec::new();
        if let Some(x) = &chosen {
            for y in &others {
                if self.mergeable(&m, x, y)? {
                    merged.push((
                        y.cluster_id,
                        format!(
                            "merged cluster {} (linked via {} by rule {}: {})",
                            y.cluster_id,
                            y.linked,
                            y.mt.rule(),
                            y.mt.reasons.join(", ")
                        ),
                    ));
                }
            }
        }
        let joined = chosen.is_some();
        let (cluster_id, linked, rule, reason) = match chosen {
            Some(l) => {
                let mut reasons = l.mt.reasons.clone();
                reasons.extend(merged.iter().map(|(_, why)| why.clone()));
                (
                    l.cluster_id,
                    Some(l.linked),
                    l.mt.rule(),
                    reasons.join("; "),
                )
            }
            None => {
                // the id of its earliest member; the next free one in the rare case that
                // another cluster's hash takes it
                let mut id = workers::content_cluster_id(&m);
                // a one-mention cluster: its summary is the event itself
                let spread = toll::spread(&[figure_of_event(e, published, seq)]);
                let dated = m.dated();
                while self.conn.exec(
                    "INSERT INTO clusters (id, rep_event_id, date, date_precision, event_type, \
                     sub_event_type, country, admin1, place, lat, lon, fatalities_low, \
                     fatalities_best, fatalities_high, n_mentions, n_sources, date_min_end, \
                     date_max_start, first_seq) \
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?) \
                     ON CONFLICT (id) DO NOTHING",
                    &[
                        Value::Int(id),
                        m.event_id.as_str().into(),
                        m.date.clone().into(),
                        m.date_precision.map(dedup::precision_name).into(),
                        m.event_type.as_str().into(),
                        m.sub_event_type.as_str().into(),
                        m.country.clone().into(),
                        m.admin1.clone().into(),
                        m.place.clone().into(),
                        m.lat.into(),
                        m.lon.into(),
                        spread.low.map(|v| v as i64).into(),
                        spread.best.map(|v| v as i64).into(),
                        spread.high.map(|v| v as i64).into(),
                        m.date_end.clone().filter(|_| dated).into(),
                        m.date.clone().filter(|_| dated).into(),
                        Value::Int(seq),
                    ],
                )? == 0
                {
                    id += 1;
                }
                (
                    id,
                    None,
                    "first".to_string(),
                    "first mention of the incident".to_string(),
                )
            }
        };
        self.conn.exec(
            "INSERT INTO cluster_members (event_id, cluster_id, doc_id, seq, linked_to, rule, \
             reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            &[
                m.event_id.as_str().into(),
                Value::Int(cluster_id),
                m.doc_id.as_str().into(),
                Value::Int(seq),
                linked.into(),
                rule.into(),
                reason.into(),
            ],
        )?;
        let member = SignatureMember::of(&m, m.signature(), seq);
        if !joined {
            self.add_to_signature(cluster_id, &member)?;
        } else {
            // the oldest cluster keeps its id; the others' members move into it
            let survivor = merged
                .iter()
                .map(|(id, _)| *id)
                .chain([cluster_id])
                .min()
                .unwrap_or(cluster_id);
            let all: Vec<i64> = merged
                .iter()
                .map(|(id, _)| *id)
                .chain([cluster_id])
                .collect();
            if !merged.is_empty() {
                self.merge_signatures(survivor, &all)?;
            }
            self.add_to_signature(survivor, &member)?;
            for &id in &all {
                if id != survivor {
                    self.conn.exec(
                        "UPDATE cluster_members SET cluster_id = ? WHERE cluster_id = ?",
                        &[Value::Int(survivor), Value::Int(id)],
                    )?;
                    self.conn
                        .exec("DELETE FROM clusters WHERE id = ?", &[Value::Int(id)])?;
                }
            }
            if merged.is_empty() {
                let counted = e.fatalities.as_ref().is_some_and(|c| c.min.is_some());
                let joined = Joined {
                    mention: &m,
                    confidence: e.confidence,
                    seq,
                    counted,
                    new_source,
                };
                self.refresh_cluster_parts(cluster_id, Some(&joined))?;
            } else {
                self.refresh_cluster(survivor)?;
            }
            // a cluster's id is its earliest member's (workers::content_cluster_id)
            let own = workers::content_cluster_id(&m);
            if own < survivor {
                self.renumber_cluster(survivor, own)?;
            }
        }
        Ok(joined)
    }

    /// The candidates of `m` ([`Store::candidates`]). On PostgreSQL their clusters are locked
    /// (`FOR UPDATE`, in id order) for the rest of the transaction, and the search runs again
    /// when another worker changed one of them (or merged it away) before the lock: what `m`
    /// is compared with is then what the clusters hold, as with a single writer.
    fn locked_candidates(&mut self, m: &Mention) -> Result<Vec<Candidate>, StoreError> {
        let mut candidates = self.candidates(m)?;
        if self.conn.backend() != Backend::Postgres {
            return Ok(candidates);
        }
        for _ in 0..8 {
            let seen: BTreeMap<i64, i64> = candidates
                .iter()
                .map(|c| (c.cluster_id, c.cluster_mentions))
                .collect();
            if seen.is_empty() {
                break;
            }
            let ids: Vec<i64> = seen.keys().copied().collect();
            if self.lock_clusters(&ids)? == seen {
                break;
            }
            candidates = self.candidates(m)?;
        }
        Ok(candidates)
    }

    /// Locks clusters' rows until the end of the transaction (PostgreSQL; in id order, so two
    /// workers never wait on each other in a cycle through them); returns the number of
    /// mentions of each that still exists.
    fn lock_clusters(&mut self, ids: &[i64]) -> Result<BTreeMap<i64, i64>, StoreError> {
        if self.conn.backend() != Backend::Postgres || ids.is_empty() {
            return Ok(BTreeMap::new());
        }
        let mut out = BTreeMap::new();
        // bounded statement shapes: at most 16 ids a statement
        for chunk in ids.chunks(16) {
            let mut params: Vec<Value> = chunk.iter().map(|&i| Value::Int(i)).collect();
            params.resize(16, Value::Null);
            let rows = self.conn.query(
                &format!(
                    "SELECT id, n_mentions FROM clusters WHERE id IN ({}) ORDER BY id FOR UPDATE",
                    ["CAST(? AS BIGINT)"; 16].join(", ")
                ),
                &params,
            )?;
            for r in rows {
                out.insert(r[0].int().unwrap_or(0), r[1].int().unwrap_or(0));
            }
        }
        Ok(out)
    }

    /// Gives cluster `old` the id `new` (an earlier member joined it), unless another cluster
    /// holds that id.
    fn renumber_cluster(&mut self, old: i64, new: i64) -> Result<(), StoreError> {
        let (o, n) = (Value::Int(old), Value::Int(new));
        let taken = self.conn.query_one(
            "SELECT 1 FROM clusters WHERE id = ?",
            std::slice::from_ref(&n),
        )?;
        if taken.is_some() {
            return Ok(());
        }
        self.conn.exec(
            "INSERT INTO clusters (id, rep_event_id, date, date_precision, event_type, \
             sub_event_type, country, admin1, place, lat, lon, fatalities_low, fatalities_best, \
             fatalities_high, n_mentions, n_sources, date_min_end, date_max_start, first_seq) \
             SELECT ?, rep_event_id, date, date_precision, event_type, sub_event_type, country, \
             admin1, place, lat, lon, fatalities_low, fatalities_best, fatalities_high, \
             n_mentions, n_sources, date_min_end, date_max_start, first_seq FROM clusters \
             WHERE id = ?",
            &[n.clone(), o.clone()],
        )?;
        for table in ["cluster_members", "cluster_reps", "cluster_signatures"] {
            self.conn.exec(
                &format!("UPDATE {table} SET cluster_id = ? WHERE cluster_id = ?"),
                &[n.clone(), o.clone()],
            )?;
        }
        self.conn.exec(
            "DELETE FROM clusters WHERE id = ?",
            std::slice::from_ref(&o),
        )?;
        if self.dirty_tolls.remove(&old) {
            self.dirty_tolls.insert(new);
        }
        Ok(())
    }

    /// Counts `m` (stored as `seq`) among its cluster's members of its signature, and marks it
    /// a representative when it is the signature's first member in the cluster or its first
    /// from another report than the first's.
    fn add_to_signature(
        &mut self,
        cluster_id: i64,
        member: &SignatureMember<'_>,
    ) -> Result<(), StoreError> {
        let SignatureMember {
            mention,
            signature,
            seq,
            date,
            date_end,
        } = member;
        let (signature, seq) = (*signature, *seq);
        let (event_id, doc_id) = (&mention.event_id, &mention.doc_id);
        let key = [Value::Int(cluster_id), Value::Int(signature)];
        let row = self.conn.query_one(
            "SELECT first_doc, second_event FROM cluster_signatures \
             WHERE cluster_id = ? AND signature = ?",
            &key,
        )?;
        let rep = match row {
            None => {
                self.conn.exec(
                    "INSERT INTO cluster_signatures (cluster_id, signature, n, first_event, \
                     first_doc, first_seq, date, date_end) VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
                    &[
                        Value::Int(cluster_id),
                        Value::Int(signature),
                        event_id.as_str().into(),
                        doc_id.as_str().into(),
                        Value::Int(seq),
                        date.clone().into(),
                        date_end.clone().into(),
                    ],
                )?;
                true
            }
            Some(r) if r[1] == Value::Null && r[0].text() != Some(doc_id.as_str()) => {
                self.conn.exec(
                    "UPDATE cluster_signatures SET n = n + 1, second_event = ?, second_doc = ?, \
                     second_seq = ? WHERE cluster_id = ? AND signature = ?",
                    &[
                        event_id.as_str().into(),
                        doc_id.as_str().into(),
                        Value::Int(seq),
                        key[0].clone(),
                        key[1].clone(),
                    ],
                )?;
                true
            }
            Some(_) => {
                self.conn.exec(
                    "UPDATE cluster_signatures SET n = n + 1 WHERE cluster_id = ? AND signature = ?",
                    &key,
                )?;
                false
            }
        };
        if rep {
            insert_rep(&mut self.conn, cluster_id, mention, seq)?;
        }
        Ok(())
    }

    /// The signatures of clusters `ids` merged into `survivor`: per signature, the earliest of
    /// their representatives and the earliest from another report than its (the merged
    /// clusters' representatives hold both), the others no longer representatives.
    fn merge_signatures(&mut self, survivor: i64, ids: &[i64]) -> Result<(), StoreError> {
        let marks = vec!["?"; ids.len()].join(", ");
        let params: Vec<Value> = ids.iter().map(|&i| Value::Int(i)).collect();
        let rows = self.conn.query(
            &format!(
                "SELECT signature, n, first_event, first_doc, first_seq, second_event, \
                 second_doc, second_seq, date, date_end FROM cluster_signatures \
                 WHERE cluster_id IN ({marks})"
            ),
            &params,
        )?;
        let mut groups: BTreeMap<i64, SignatureGroup> = BTreeMap::new();
        let mut old_reps = Vec::new();
        for r in &rows {
            let g = groups
                .entry(r[0].int().unwrap_or(0))
                .or_insert_with(|| SignatureGroup {
                    date: r[8].string(),
                    date_end: r[9].string(),
                    ..SignatureGroup::default()
                });
            g.n += r[1].int().unwrap_or(0);
            for at in [2, 5] {
                if let (Some(event), Some(doc), Some(seq)) =
                    (r[at].string(), r[at + 1].string(), r[at + 2].int())
                {
                    old_reps.push(event.clone());
                    g.reps.push((seq, event, doc));
                }
            }
        }
        self.conn.exec(
            &format!("DELETE FROM cluster_signatures WHERE cluster_id IN ({marks})"),
            &params,
        )?;
        let mut new_reps = HashSet::new();
        for (signature, g) in groups {
            new_reps.extend(write_signature(&mut self.conn, survivor, signature, g)?);
        }
        for event in old_reps.iter().filter(|e| !new_reps.contains(*e)) {
            self.conn.exec(
                "DELETE FROM cluster_reps WHERE event_id = ?",
                &[event.as_str().into()],
            )?;
        }
        self.conn.exec(
            &format!("UPDATE cluster_reps SET cluster_id = ? WHERE cluster_id IN ({marks})"),
            &[Value::Int(survivor)]
                .into_iter()
                .chain(params)
                .collect::<Vec<_>>(),
        )?;
        Ok(())
    }

    /// Rebuilds a cluster's signatures and representatives from its members (after some left).
    fn rebuild_signatures(&mut self, cluster_id: i64) -> Result<(), StoreError> {
        let id = [Value::Int(cluster_id)];
        self.conn
            .exec("DELETE FROM cluster_reps WHERE cluster_id = ?", &id)?;
        self.conn
            .exec("DELETE FROM cluster_signatures WHERE cluster_id = ?", &id)?;
        let rows = self.conn.query(
            &format!(
                "SELECT {MENTION_COLS}, e.signature FROM events e JOIN cluster_members cm \
                 ON cm.event_id = e.event_id JOIN clusters c ON c.id = cm.cluster_id \
                 WHERE cm.cluster_id = ? AND e.in_table <> 0 ORDER BY e.seq"
            ),
            &id,
        )?;
        for r in &rows {
            let c = candidate_from_row(r);
            let signature = r[MENTION_COLS_N].int().unwrap_or(0);
            self.add_to_signature(
                cluster_id,
                &SignatureMember::of(&c.mention, signature, c.seq),
            )?;
        }
        Ok(())
    }

    /// The members of a cluster in the incident table (of one document only when `doc` is
    /// given), as mentions: a retelling that joined is no evidence for rule 5 or a merge.
    fn members_of(
        &mut self,
        cluster_id: i64,
        doc: Option<&str>,
    ) -> Result<Vec<Mention>, StoreError> {
        let mut sql = format!(
            "SELECT {MENTION_COLS} FROM events e JOIN cluster_members cm \
             ON cm.event_id = e.event_id JOIN clusters c ON c.id = cm.cluster_id \
             WHERE cm.cluster_id = ? AND e.in_table <> 0"
        );
        let mut params = vec![Value::Int(cluster_id)];
        if let Some(doc) = doc {
            sql.push_str(" AND cm.doc_id = ?");
            params.push(doc.into());
        }
        sql.push_str(" ORDER BY e.seq");
        Ok(self
            .conn
            .query(&sql, &params)?
            .iter()
            .map(|r| candidate_from_row(r).mention)
            .collect())
    }

    /// Whether `m`, joining cluster `x`, also links cluster `y` into it. Only a specific link
    /// merges: `m` is precise (dated, placed below province level; a vague mention is no
    /// bridge) and neither match rests on a country-level place; the two clusters' core dates
    /// are within a day of each other (the guard against chaining); and no report has a
    /// precise mention in both (dedup rule 5), `m`'s own report included.
    fn mergeable(&mut self, m: &Mention, x: &Link, y: &Link) -> Result<bool, StoreError> {
        use dedup::PlaceRule::Country;
        if m.vague() || x.mt.place_rule == Country || y.mt.place_rule == Country {
            return Ok(false);
        }
        // a follow-up's reach is no bridge either
        if x.mt.followup || y.mt.followup {
            return Ok(false);
        }
        if let (Some(y_end), Some(y_start)) = (&y.min_end, &y.max_start) {
            if !within_a_day(
                y_start,
                y_end,
                (x.min_end.as_deref(), x.max_start.as_deref()),
                1,
            ) {
                return Ok(false);
            }
        }
        // the reports told in both clusters (and m's own, if y tells it)
        let mut shared: Vec<String> = self
            .conn
            .query(
                "SELECT DISTINCT a.doc_id FROM cluster_members a JOIN cluster_members b \
                 ON b.doc_id = a.doc_id WHERE a.cluster_id = ? AND b.cluster_id = ? \
                 ORDER BY a.doc_id",
                &[Value::Int(x.cluster_id), Value::Int(y.cluster_id)],
            )?
            .iter()
            .filter_map(|r| r[0].string())
            .collect();
        if !m.vague() {
            shared.push(m.doc_id.clone());
        }
        for doc in shared {
            let precise = |ms: Vec<Mention>| ms.iter().any(|mm| !mm.vague());
            let in_x = doc == m.doc_id && !m.vague()
                || precise(self.members_of(x.cluster_id, Some(&doc))?);
            if in_x && precise(self.members_of(y.cluster_id, Some(&doc))?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Recomputes a cluster's representative, counts, fatality spread and core date from its
    /// members; deletes it when it has none left.
    ///
    /// Representative: the most specific place (lowest geo precision), then the finest date,
    /// then the highest confidence, then the earliest mention.
    fn refresh_cluster(&mut self, cluster_id: i64) -> Result<(), StoreError> {
        self.dirty_tolls.remove(&cluster_id);
        self.refresh_cluster_parts(cluster_id, None)
    }

    /// [`Store::refresh_cluster`] after one event joined: only what it changes, from what is
    /// stored, whatever the cluster's size: the representative by comparing the event's key with
    /// the current one's, the counts by one, the core date (when the event is dated) from the
    /// cluster's signatures. The toll, which reads every counted member, is recomputed once per
    /// batch ([`Store::flush_tolls`]); nothing in the clustering reads it.
    fn refresh_cluster_parts(
        &mut self,
        cluster_id: i64,
        joined: Option<&Joined<'_>>,
    ) -> Result<(), StoreError> {
        const MEMBERS: &str =
            "FROM cluster_members cm JOIN events e ON e.event_id = cm.event_id WHERE cm.cluster_id = ?";
        let id = [Value::Int(cluster_id)];
        let key = |geo: Option<i64>,
                   precision: Option<&str>,
                   sub_type: Option<&str>,
                   confidence: Option<f64>,
                   seq: i64| {
            (
                geo.unwrap_or(9),
                precision_rank(precision),
                dedup::type_specificity(sub_type.unwrap_or_default()),
                // confidence descending, in thousandths so the key is total
                -((confidence.unwrap_or(0.0) * 1000.0).round() as i64),
                seq,
            )
        };
        // the representative: the most specific place, the finest date, the most specific kind
        // of its family, the highest confidence, the earliest mention
        let current = match joined {
            Some(_) => self.conn.query_one(
                "SELECT e.event_id, e.geo_precision, e.date_precision, e.confidence, e.seq, \
                 c.n_mentions, c.n_sources, c.first_seq, e.sub_event_type \
                 FROM clusters c JOIN events e ON e.event_id = c.rep_event_id WHERE c.id = ?",
                &id,
            )?,
            None => None,
        };
        let (rep_id, n_mentions, n_sources, first_seq) = match (joined, current) {
            (Some(j), Some(r)) => {
                let mine = key(
                    j.mention.geo_precision.map(i64::from),
                    j.mention.date_precision.map(dedup::precision_name),
                    Some(j.mention.sub_event_type.as_str()),
                    Some(f64::from(j.confidence)),
                    j.seq,
                );
                let theirs = key(
                    r[1].int(),
                    r[2].text(),
                    r[8].text(),
                    r[3].real(),
                    r[4].int().unwrap_or(0),
                );
                let rep_id = if theirs < mine {
                    r[0].string().unwrap_or_default()
                } else {
                    j.mention.event_id.clone()
                };
                (
                    rep_id,
                    r[5].int().unwrap_or(0) + 1,
                    r[6].int().unwrap_or(0) + i64::from(j.new_source),
                    r[7].int().map_or(j.seq, |s| s.min(j.seq)),
                )
            }
            _ => {
                let counts = self.conn.query_one(
                    "SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM cluster_members \
                     WHERE cluster_id = ?",
                    &id,
                )?;
                let (n_mentions, n_sources) = counts
                    .map(|r| (r[0].int().unwrap_or(0), r[1].int().unwrap_or(0)))
                    .unwrap_or((0, 0));
                let rows = self.conn.query(
                    &format!(
                        "SELECT e.event_id, e.geo_precision, e.date_precision, e.confidence, \
                         e.seq, e.sub_event_type {MEMBERS} AND e.in_table <> 0"
                    ),
                    &id,
                )?;
                // no member of the incident table left: the retellings that joined it go too
                if n_mentions == 0 || rows.is_empty() {
                    self.conn
                        .exec("DELETE FROM cluster_members WHERE cluster_id = ?", &id)?;
                    self.conn.exec("DELETE FROM clusters WHERE id = ?", &id)?;
                    return Ok(());
                }
                let rep_id = rows
                    .iter()
                    .min_by_key(|r| {
                        key(
                            r[1].int(),
                            r[2].text(),
                            r[5].text(),
                            r[3].real(),
                            r[4].int().unwrap_or(0),
                        )
                    })
                    .and_then(|r| r[0].string())
                    .unwrap_or_default();
                let first_seq = rows.iter().filter_map(|r| r[4].int()).min().unwrap_or(0);
                (rep_id, n_mentions, n_sources, first_seq)
            }
        };
        let rep = self
            .conn
            .query_one(
                "SELECT event_id, date, date_precision, event_type, sub_event_type, country, \
                 admin1, place, lat, lon FROM events WHERE event_id = ?",
                &[rep_id.as_str().into()],
            )?
            .ok_or(StoreError::NoCluster(cluster_id))?;
        self.conn.exec(
            "UPDATE clusters SET rep_event_id = ?, date = ?, date_precision = ?, event_type = ?, \
             sub_event_type = ?, country = ?, admin1 = ?, place = ?, lat = ?, lon = ?, \
             n_mentions = ?, n_sources = ?, first_seq = ? WHERE id = ?",
            &[
                rep[0].clone(),
                rep[1].clone(),
                rep[2].clone(),
                rep[3].clone(),
                rep[4].clone(),
                rep[5].clone(),
                rep[6].clone(),
                rep[7].clone(),
                rep[8].clone(),
                rep[9].clone(),
                Value::Int(n_mentions),
                Value::Int(n_sources),
                Value::Int(first_seq),
                Value::Int(cluster_id),
            ],
        )?;
        match joined {
            Some(j) if j.counted => {
                self.dirty_tolls.insert(cluster_id);
            }
            Some(_) => {}
            None => self.refresh_toll(cluster_id)?,
        }
        if joined.is_none_or(|j| j.mention.dated()) {
            // the cluster's core date: the dated member in the middle by date (lower median),
            // so a few mentions given a wrong day never veto the reports that agree; read off
            // the cluster's signatures (a dated signature is one date range, counted)
            let rows = self.conn.query(
                "SELECT date, date_end, n FROM cluster_signatures \
                 WHERE cluster_id = ? AND date IS NOT NULL",
                &id,
            )?;
            let mut ranges: Vec<((String, String), i64)> = rows
                .iter()
                .filter_map(|r| Some(((r[0].string()?, r[1].string()?), r[2].int()?)))
                .collect();
            ranges.sort();
            let total: i64 = ranges.iter().map(|r| r.1).sum();
            let mut before = 0;
            let mut core = None;
            for (range, n) in ranges {
                if total > 0 && before + n > (total - 1) / 2 {
                    core = Some(range);
                    break;
                }
                before += n;
            }
            let (max_start, min_end) = core.unzip();
            self.conn.exec(
                "UPDATE clusters SET date_min_end = ?, date_max_start = ? WHERE id = ?",
                &[min_end.into(), max_start.into(), Value::Int(cluster_id)],
            )?;
        }
        Ok(())
    }

    /// Recomputes a cluster's low / best / high from its members' counts.
    fn refresh_toll(&mut self, cluster_id: i64) -> Result<(), StoreError> {
        let rows = self.conn.query(
            "SELECT e.doc_id, e.published, e.seq, e.fatalities_min, e.fatalities_max, \
             e.fatalities_qualifier FROM cluster_members cm \
             JOIN events e ON e.event_id = cm.event_id \
             WHERE cm.cluster_id = ? AND e.fatalities_min IS NOT NULL AND e.in_table <> 0 \
             ORDER BY e.seq",
            &[Value::Int(cluster_id)],
        )?;
        let figures: Vec<toll::Figure> = rows.iter().map(|r| figure_of_row(r, 0)).collect();
        let spread = toll::spread(&figures);
        self.conn.exec(
            "UPDATE clusters SET fatalities_low = ?, fatalities_best = ?, \
             fatalities_high = ? WHERE id = ?",
            &[
                spread.low.map(|v| v as i64).into(),
                spread.best.map(|v| v as i64).into(),
                spread.high.map(|v| v as i64).into(),
                Value::Int(cluster_id),
            ],
        )?;
        Ok(())
    }

    /// The tolls of the clusters that counted mentions joined in this batch.
    fn flush_tolls(&mut self) -> Result<(), StoreError> {
        for id in std::mem::take(&mut self.dirty_tolls) {
            self.refresh_toll(id)?;
        }
        Ok(())
    }

    /// Removes a document's events from their clusters and the events table; returns how many.
    fn remove_document_events(&mut self, doc_id: &str) -> Result<u64, StoreError> {
        let mut clusters: Vec<i64> = Vec::new();
        // on PostgreSQL, lock them first (another worker may be merging one meanwhile)
        for _ in 0..8 {
            let now: Vec<i64> = self
                .conn
                .query(
                    "SELECT DISTINCT cluster_id FROM cluster_members WHERE doc_id = ? \
                     ORDER BY cluster_id",
                    &[doc_id.into()],
                )?
                .iter()
                .filter_map(|r| r[0].int())
                .collect();
            if now == clusters {
                break;
            }
            self.lock_clusters(&now)?;
            clusters = now;
            if self.conn.backend() == Backend::Sqlite {
                break;
            }
        }
        self.conn.exec(
            "DELETE FROM cluster_members WHERE doc_id = ?",
            &[doc_id.into()],
        )?;
        let seqs: Vec<i64> = self
            .conn
            .query("SELECT seq FROM events WHERE doc_id = ?", &[doc_id.into()])?
            .iter()
            .filter_map(|r| r[0].int())
            .collect();
        search::unindex(&mut self.conn, doc_id, &seqs)?;
        self.pending_search.forget(doc_id);
        let n = self
            .conn
            .exec("DELETE FROM events WHERE doc_id = ?", &[doc_id.into()])?;
        for c in clusters {
            self.members_left(c)?;
        }
        Ok(n)
    }

    /// Recomputes a cluster some of whose members left: its representatives, fields and toll,
    /// and its id, that of its earliest remaining member ([`workers::content_cluster_id`]); one
    /// left with no member of the incident table is dropped.
    fn members_left(&mut self, c: i64) -> Result<(), StoreError> {
        self.rebuild_signatures(c)?;
        self.refresh_cluster(c)?;
        let earliest = self
            .members_of(c, None)?
            .iter()
            .map(workers::content_cluster_id)
            .min();
        if let Some(id) = earliest.filter(|&id| id != c) {
            self.renumber_cluster(c, id)?;
        }
        Ok(())
    }

    /// Row counts.
    pub fn counts(&mut self) -> Result<Counts, StoreError> {
        let mut one = |sql: &str| -> Result<i64, StoreError> {
            Ok(self
                .conn
                .query_one(sql, &[])?
                .and_then(|r| r[0].int())
                .unwrap_or(0))
        };
        Ok(Counts {
            documents: one("SELECT COUNT(*) FROM documents")?,
            events: one("SELECT COUNT(*) FROM events WHERE in_table = 1")?,
            clusters: one("SELECT COUNT(*) FROM clusters")?,
            left_out: one("SELECT COUNT(*) FROM events WHERE in_table = 0")?,
        })
    }

    /// The ids of the clusters an export takes, ordered by date (undated last), then id.
    pub fn cluster_ids(&mut self, filter: &Filter) -> Result<Vec<i64>, StoreError> {
        let mut sql = String::from("SELECT id FROM clusters WHERE 1 = 1");
        let mut params = Vec::new();
        if let Some(from) = &filter.from {
            sql.push_str(" AND date >= ?");
            params.push(from.as_str().into());
        }
        if let Some(to) = &filter.to {
            sql.push_str(" AND date <= ?");
            params.push(to.as_str().into());
        }
        if let Some(country) = &filter.country {
            sql.push_str(" AND country = ?");
            params.push(country.as_str().into());
        }
        if let Some(t) = &filter.event_type {
            sql.push_str(" AND event_type = ?");
            params.push(t.as_str().into());
        }
        sql.push_str(" ORDER BY COALESCE(date, '9999-12-31'), id");
        Ok(self
            .conn
            .query(&sql, &params)?
            .iter()
            .filter_map(|r| r[0].int())
            .collect())
    }

    /// The full records of the given clusters (in the given order).
    pub fn clusters(&mut self, ids: &[i64]) -> Result<Vec<ClusterRecord>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(200) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let heads = self.conn.query(
                &format!(
                    "SELECT id, rep_event_id, fatalities_low, fatalities_best, fatalities_high, \
                     n_sources FROM clusters WHERE id IN ({marks})"
                ),
                &chunk.iter().map(|&i| Value::Int(i)).collect::<Vec<_>>(),
            )?;
            let members = self.conn.query(
                &format!(
                    "SELECT cm.cluster_id, e.record, cm.linked_to, cm.rule, cm.reason, e.published \
                     FROM cluster_members cm JOIN events e ON e.event_id = cm.event_id \
                     WHERE cm.cluster_id IN ({marks}) ORDER BY cm.cluster_id, cm.seq"
                ),
                &chunk.iter().map(|&i| Value::Int(i)).collect::<Vec<_>>(),
            )?;
            let mut by_id: BTreeMap<i64, Vec<MemberRecord>> = BTreeMap::new();
            for r in members {
                let record = r[1].text().unwrap_or("");
                let event: Event = serde_json::from_str(record)?;
                by_id
                    .entry(r[0].int().unwrap_or(0))
                    .or_default()
                    .push(MemberRecord {
                        event,
                        linked_to: r[2].string(),
                        rule: r[3].string().unwrap_or_default(),
                        reason: r[4].string().unwrap_or_default(),
                        published: r[5].string(),
                    });
            }
            let mut head_by_id: BTreeMap<i64, Row> = BTreeMap::new();
            for h in heads {
                head_by_id.insert(h[0].int().unwrap_or(0), h);
            }
            for &id in chunk {
                let head = head_by_id.remove(&id).ok_or(StoreError::NoCluster(id))?;
                let mentions = by_id.remove(&id).unwrap_or_default();
                let rep_id = head[1].string().unwrap_or_default();
                let spread = Spread {
                    low: head[2].int().map(|v| v as u64),
                    best: head[3].int().map(|v| v as u64),
                    high: head[4].int().map(|v| v as u64),
                };
                let mut representative = mentions
                    .iter()
                    .find(|m| m.event.event_id == rep_id)
                    .or(mentions.first())
                    .map(|m| m.event.clone())
                    .ok_or(StoreError::NoCluster(id))?;
                representative.fatalities = incident_count(&mentions, spread);
                out.push(ClusterRecord {
                    cluster_id: id,
                    representative,
                    fatalities: spread,
                    n_sources: head[5].int().unwrap_or(0),
                    mentions,
                });
            }
        }
        Ok(out)
    }

    /// Why each mention of a cluster joined it.
    pub fn explain(&mut self, cluster_id: i64) -> Result<Explanation, StoreError> {
        let record = self
            .clusters(&[cluster_id])?
            .pop()
            .ok_or(StoreError::NoCluster(cluster_id))?;
        let mut sentences = Vec::new();
        for m in &record.mentions {
            let text = self
                .conn
                .query_one(
                    "SELECT text FROM documents WHERE id = ?",
                    &[m.event.doc_id.as_str().into()],
                )?
                .and_then(|r| r[0].string())
                .unwrap_or_default();
            let [s, e] = m.event.sentence;
            sentences.push(text.chars().skip(s).take(e.saturating_sub(s)).collect());
        }
        Ok(Explanation { record, sentences })
    }

    /// Counts by type, country and month, and fatalities by month (over clusters).
    pub fn stats(&mut self) -> Result<export::Stats, StoreError> {
        let counts = self.counts()?;
        let mut grouped = |sql: &str| -> Result<Vec<(String, i64, i64)>, StoreError> {
            Ok(self
                .conn
                .query(sql, &[])?
                .iter()
                .map(|r| {
                    (
                        r[0].string().unwrap_or_else(|| "(unknown)".into()),
                        r[1].int().unwrap_or(0),
                        r[2].int().unwrap_or(0),
                    )
                })
                .collect())
        };
        let by_type = grouped(
            "SELECT event_type, COUNT(*), CAST(COALESCE(SUM(fatalities_best), 0) AS BIGINT) \
             FROM clusters GROUP BY event_type ORDER BY COUNT(*) DESC, event_type",
        )?;
        let by_country = grouped(
            "SELECT country, COUNT(*), CAST(COALESCE(SUM(fatalities_best), 0) AS BIGINT) \
             FROM clusters GROUP BY country ORDER BY COUNT(*) DESC, country",
        )?;
        let by_month = grouped(
            "SELECT SUBSTR(date, 1, 7) AS month, COUNT(*), \
             CAST(COALESCE(SUM(fatalities_best), 0) AS BIGINT) FROM clusters \
             GROUP BY SUBSTR(date, 1, 7) ORDER BY COALESCE(SUBSTR(date, 1, 7), '9999-99')",
        )?;
        Ok(export::Stats {
            counts,
            by_type,
            by_country,
            by_month,
        })
    }
}

/// A cluster with the sentence of each mention, for `rasd explain`.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub record: ClusterRecord,
    /// The sentence of each mention (same order as `record.mentions`).
    pub sentences: Vec<String>,
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let r = &self.record;
        let e = &r.representative;
        let fmt_opt = |v: Option<u64>| v.map_or("-".to_string(), |v| v.to_string());
        writeln!(
            f,
            "cluster {}: {} / {}, {} at {}, {} mention(s) from {} source(s)",
            r.cluster_id,
            e.event_type,
            e.sub_event_type,
            e.date.as_ref().map_or("undated", |d| d.value.as_str()),
            e.location.as_ref().map_or("?", |l| l.name.as_str()),
            r.mentions.len(),
            r.n_sources
        )?;
        writeln!(
            f,
            "fatalities: best {}, low {}, high {}",
            fmt_opt(r.fatalities.best),
            fmt_opt(r.fatalities.low),
            fmt_opt(r.fatalities.high)
        )?;
        for (i, m) in r.mentions.iter().enumerate() {
            let ev = &m.event;
            writeln!(f)?;
            writeln!(
                f,
                "[{}] {} (doc {}){}",
                i + 1,
                ev.event_id,
                ev.doc_id,
                if ev.event_id == e.event_id {
                    ", representative"
                } else {
                    ""
                }
            )?;
            writeln!(
                f,
                "    {} / {}; date {}; place {}; fatalities {}",
                ev.event_type,
                ev.sub_event_type,
                ev.date.as_ref().map_or("-", |d| d.value.as_str()),
                ev.location.as_ref().map_or("-", |l| l.name.as_str()),
                fmt_opt(ev.fatalities.as_ref().and_then(|c| c.min))
            )?;
            if let Some(s) = self.sentences.get(i).filter(|s| !s.is_empty()) {
                writeln!(f, "    sentence: {s}")?;
            }
            match &m.linked_to {
                None => writeln!(f, "    joined: {}", m.reason)?,
                Some(to) => {
                    writeln!(f, "    joined via {to} by rule {}:", m.rule)?;
                    for reason in m.reason.split("; ") {
                        writeln!(f, "      - {reason}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// A stored qualifier name (an unknown name reads as exact: the figure is taken as told).
fn parse_qualifier(s: &str) -> Qualifier {
    match s {
        "at_least" => Qualifier::AtLeast,
        "approx" => Qualifier::Approx,
        "at_most" => Qualifier::AtMost,
        "range" => Qualifier::Range,
        "unknown" => Qualifier::Unknown,
        _ => Qualifier::Exact,
    }
}

/// The toll view of an event of a document published on `published`, stored as `seq`.
fn figure_of_event(e: &Event, published: Option<&str>, seq: i64) -> toll::Figure {
    let c = e.fatalities.as_ref();
    toll::Figure {
        doc_id: e.doc_id.clone(),
        published: published.map(str::to_string),
        seq,
        min: c.and_then(|c| c.min),
        max: c.and_then(|c| c.max),
        qualifier: c.map_or(Qualifier::Unknown, |c| c.qualifier),
    }
}

/// The export's fatality count: the words of the latest mention giving the best figure, with
/// `min` = best and `max` = high (qualifier `range` when sources give more; `at_least` with no
/// `max` when the highest figure is open-ended).
fn incident_count(mentions: &[MemberRecord], spread: Spread) -> Option<Count> {
    let best = spread.best?;
    // members come in seq order: their index stands for the input order
    // (a retelling's count never enters the toll: it reads as no count)
    let figures: Vec<toll::Figure> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut f = figure_of_event(&m.event, None, i as i64);
            f.published = m.published.clone();
            if m.retelling() {
                (f.min, f.max) = (None, None);
            }
            f
        })
        .collect();
    let source = toll::best_figure(&figures)
        .and_then(|i| mentions[i].event.fatalities.as_ref())
        .or_else(|| {
            mentions
                .iter()
                .filter(|m| !m.retelling())
                .filter_map(|m| m.event.fatalities.as_ref())
                .find(|c| c.min == Some(best))
        })?;
    let mut count = source.clone();
    count.min = Some(best);
    if toll::top_open(&figures, spread.high) {
        count.max = None;
        count.qualifier = Qualifier::AtLeast;
    } else if spread.high != Some(best) {
        count.max = spread.high;
        count.qualifier = Qualifier::Range;
    }
    Some(count)
}

/// The toll figures of a cluster's members, from rows whose columns start at `at`:
/// doc_id, published, seq, fatalities_min, fatalities_max, fatalities_qualifier.
fn figure_of_row(r: &Row, at: usize) -> toll::Figure {
    toll::Figure {
        doc_id: r[at].string().unwrap_or_default(),
        published: r[at + 1].string(),
        seq: r[at + 2].int().unwrap_or(0),
        min: r[at + 3].int().map(|v| v as u64),
        max: r[at + 4].int().map(|v| v as u64),
        qualifier: r[at + 5].text().map_or(Qualifier::Exact, parse_qualifier),
    }
}

/// Stores a representative of cluster `cluster_id`: the mention's columns the search reads.
fn insert_rep(conn: &mut Conn, cluster_id: i64, m: &Mention, seq: i64) -> Result<(), StoreError> {
    let (band, day_key) = search_band(m);
    conn.exec(
        "INSERT INTO cluster_reps (event_id, cluster_id, seq, doc_id, published, date, \
         date_precision, date_end, event_type, sub_event_type, country, admin1, admin2, place, \
         place_key, place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon, geo_precision, \
         actor1, actor1_kind, actor2, actor2_kind, plover_mode, fatalities, band, day_key) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \
         ?, ?)",
        &[
            m.event_id.as_str().into(),
            Value::Int(cluster_id),
            Value::Int(seq),
            m.doc_id.as_str().into(),
            m.published.clone().into(),
            m.date.clone().into(),
            m.date_precision.map(dedup::precision_name).into(),
            m.date_end.clone().into(),
            m.event_type.as_str().into(),
            m.sub_event_type.as_str().into(),
            m.country.clone().into(),
            m.admin1.clone().into(),
            m.admin2.clone().into(),
            m.place.clone().into(),
            m.place_key().into(),
            m.place.as_deref().map(dedup::normalize_place).into(),
            m.admin1.as_deref().map(dedup::normalize_place).into(),
            m.admin2.as_deref().map(dedup::normalize_place).into(),
            m.geonames_id.map(|g| g as i64).into(),
            m.lat.into(),
            m.lon.into(),
            m.geo_precision.map(i64::from).into(),
            m.actor1.as_ref().map(|a| a.0.clone()).into(),
            m.actor1.as_ref().map(|a| dedup::kind_name(a.1)).into(),
            m.actor2.as_ref().map(|a| a.0.clone()).into(),
            m.actor2.as_ref().map(|a| dedup::kind_name(a.1)).into(),
            m.plover_mode.clone().into(),
            m.fatalities.map(|v| v as i64).into(),
            band.into(),
            day_key.into(),
        ],
    )?;
    Ok(())
}

/// How the candidate search finds a mention: its band and the day it is found by.
fn search_band(m: &Mention) -> (&'static str, Option<String>) {
    use rasd_core::DatePrecision::{Day, Month, Week};
    match (m.date_precision, &m.date) {
        (Some(Day), Some(date)) => ("day", Some(date.clone())),
        (Some(Week | Month), Some(date)) => ("range", Some(date.clone())),
        _ => ("undated", m.published.clone()),
    }
}

/// Stores one signature of a cluster from its gathered members (any order): the earliest is
/// the first representative, the earliest from another report the second. Returns them.
fn write_signature(
    conn: &mut Conn,
    cluster_id: i64,
    signature: i64,
    mut g: SignatureGroup,
) -> Result<Vec<String>, StoreError> {
    g.reps.sort();
    let Some((first_seq, first_event, first_doc)) = g.reps.first().cloned() else {
        return Ok(vec![]);
    };
    let second = g.reps.iter().find(|r| r.2 != first_doc).cloned();
    let mut reps = vec![first_event.clone()];
    reps.extend(second.iter().map(|s| s.1.clone()));
    let (second_seq, second_event, second_doc) = second
        .map_or((Value::Null, Value::Null, Value::Null), |(seq, e, d)| {
            (Value::Int(seq), e.into(), d.into())
        });
    conn.exec(
        "INSERT INTO cluster_signatures (cluster_id, signature, n, first_event, first_doc, \
         first_seq, second_event, second_doc, second_seq, date, date_end) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        &[
            Value::Int(cluster_id),
            Value::Int(signature),
            Value::Int(g.n),
            first_event.into(),
            first_doc.into(),
            Value::Int(first_seq),
            second_event,
            second_doc,
            second_seq,
            g.date.into(),
            g.date_end.into(),
        ],
    )?;
    Ok(reps)
}

/// Migration 6: every clustered event's signature, and each cluster's signatures with their
/// representatives, from the members in input order.
pub(crate) fn backfill_signatures(conn: &mut Conn) -> Result<(), StoreError> {
    let rows = conn.query(
        "SELECT e.event_id, e.record, e.published, cm.cluster_id, e.seq, e.doc_id FROM events e \
         JOIN cluster_members cm ON cm.event_id = e.event_id ORDER BY e.seq",
        &[],
    )?;
    let mut groups: BTreeMap<(i64, i64), SignatureGroup> = BTreeMap::new();
    let mut wanted_reps: HashMap<String, (Mention, i64)> = HashMap::new();
    for r in rows {
        let event: Event = serde_json::from_str(r[1].text().unwrap_or("{}"))?;
        let m = Mention::from_event(&event, r[2].text());
        let (cluster_id, seq) = (r[3].int().unwrap_or(0), r[4].int().unwrap_or(0));
        let member = SignatureMember::of(&m, m.signature(), seq);
        conn.exec(
            "UPDATE events SET signature = ? WHERE event_id = ?",
            &[Value::Int(member.signature), r[0].clone()],
        )?;
        let g = groups
            .entry((cluster_id, member.signature))
            .or_insert_with(|| SignatureGroup {
                date: member.date.clone(),
                date_end: member.date_end.clone(),
                ..SignatureGroup::default()
            });
        g.n += 1;
        // members come in seq order: the first, then the first from another report
        let doc = r[5].string().unwrap_or_default();
        let wanted = match g.reps.as_slice() {
            [] => true,
            [first] => first.2 != doc,
            _ => false,
        };
        if wanted {
            g.reps.push((seq, m.event_id.clone(), doc));
            wanted_reps.insert(m.event_id.clone(), (m, seq));
        }
    }
    for ((cluster_id, signature), g) in groups {
        for event in write_signature(conn, cluster_id, signature, g)? {
            if let Some((m, seq)) = wanted_reps.get(&event) {
                insert_rep(conn, cluster_id, m, *seq)?;
            }
        }
    }
    Ok(())
}

/// Recomputes every cluster's low / best / high (a migration that changes the toll rule).
pub(crate) fn recompute_tolls(conn: &mut Conn) -> Result<(), StoreError> {
    let rows = conn.query(
        "SELECT cm.cluster_id, e.doc_id, e.published, e.seq, e.fatalities_min, \
         e.fatalities_max, e.fatalities_qualifier FROM cluster_members cm \
         JOIN events e ON e.event_id = cm.event_id ORDER BY cm.cluster_id, e.seq",
        &[],
    )?;
    let mut by_cluster: BTreeMap<i64, Vec<toll::Figure>> = BTreeMap::new();
    for r in &rows {
        by_cluster
            .entry(r[0].int().unwrap_or(0))
            .or_default()
            .push(figure_of_row(r, 1));
    }
    for (id, figures) in by_cluster {
        let s = toll::spread(&figures);
        conn.exec(
            "UPDATE clusters SET fatalities_low = ?, fatalities_best = ?, fatalities_high = ? \
             WHERE id = ?",
            &[
                s.low.map(|v| v as i64).into(),
                s.best.map(|v| v as i64).into(),
                s.high.map(|v| v as i64).into(),
                Value::Int(id),
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_hash_changes_with_text() {
        assert_ne!(text_hash("a"), text_hash("b"));
        assert_eq!(text_hash("قتل"), text_hash("قتل"));
    }
}
