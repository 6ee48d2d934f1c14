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

mod checkpoint;
mod cluster;
mod db;
pub mod dedup;
pub mod export;
mod ingest;
pub mod read;
pub mod schema;
pub mod search;
mod workers;

/// How long a SQLite connection waits for another writer (and retries the switch to WAL).
const SQLITE_BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);
pub mod toll;

use std::collections::{BTreeMap, HashSet};

use rasd_core::{Count, Event, Qualifier, Report};

pub use cluster::{MentionExplanation, Nearby, Outcome};
pub use db::Backend;
use db::{Conn, Row, Value};
pub use dedup::Mention;
pub use toll::Spread;
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
    #[error("no mention {0}")]
    NoEvent(String),
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

/// One incident: its representative record (fatalities and injuries set to their best figures,
/// with low..high beside them), the spreads over sources, and every mention.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterRecord {
    pub cluster_id: i64,
    pub representative: Event,
    pub fatalities: Spread,
    /// The wounded's figures, read as the dead's over the members when the incident is read.
    pub injuries: Spread,
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
    /// Checkpoints of the write-ahead log on a thread of their own (SQLite,
    /// [`Store::background_checkpoints`]); declared before `conn`, so it stops first.
    checkpointer: Option<checkpoint::Checkpointer>,
    /// The SQLite file's path (None on PostgreSQL).
    sqlite_path: Option<String>,
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
    /// The single SQLite writer's in-memory copy of the candidate search's index
    /// (`cluster::RepIndex`), loaded when first searched; None on PostgreSQL, and after a
    /// rollback or another connection's commit.
    rep_index: Option<cluster::RepIndex>,
    /// The single SQLite writer's copy of the kept retellings' mentions it has read
    /// (`cluster/retellings.rs`), by event id with their seq: an event's row never changes
    /// while it is stored. Emptied with `rep_index`, and when a document's events are
    /// deleted; never used on PostgreSQL.
    kept_mentions: std::collections::HashMap<String, (i64, Mention)>,
    /// Its copy of `retelling_keys`' keys and days (a superset), dropped with `rep_index`.
    kept_days: Option<cluster::KeptDays>,
    /// SQLite's `PRAGMA data_version` when the last transaction began: another connection
    /// committed when it changes.
    data_version: Option<i64>,
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
fn without_nul(
    report: &Report,
    events: &[Event],
    records: &[Option<String>],
) -> Option<(Report, Vec<Event>)> {
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
    // (each event's record as serialized: a NUL is written `\u0000`)
    let nul_in_events = records
        .iter()
        .any(|j| j.as_ref().is_some_and(|j| j.contains("\\u0000")));
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

/// A report and its events as a batch stores them, with what storing them computes of each
/// alone: every NUL replaced (see `without_nul`), the text's hash and search key, each event's
/// record (its JSON) and searchable names. Any thread may make it: `rasd ingest` prepares a
/// batch beside the extraction, so that the writer only writes. [`Store::ingest_prepared`]
/// stores a batch of them; [`Store::ingest_batch`] prepares its pairs and stores them.
pub struct Prepared {
    report: Report,
    events: Vec<Event>,
    hash: String,
    key: search::Key,
    /// Each event's record as stored (None when it cannot be serialized: the insert says why).
    records: Vec<Option<String>>,
    names: Vec<search::Key>,
    /// Each event's row but for what the writer decides ([`event_cells`]).
    cells: Vec<Vec<Value>>,
}

impl Prepared {
    pub fn new(report: Report, events: Vec<Event>) -> Prepared {
        let records = |events: &[Event]| -> Vec<Option<String>> {
            events
                .iter()
                .map(|e| serde_json::to_string(e).ok())
                .collect()
        };
        let mut stored = records(&events);
        let (report, events) = match without_nul(&report, &events, &stored) {
            Some((r, e)) => {
                stored = records(&e);
                (r, e)
            }
            None => (report, events),
        };
        Prepared {
            hash: text_hash(&report.text),
            key: search::Key::text(&report.text),
            names: events.iter().map(search::Key::names).collect(),
            cells: events
                .iter()
                .map(|e| event_cells(e, report.published.as_deref()))
                .collect(),
            records: stored,
            report,
            events,
        }
    }

    /// The report as stored.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Its events as stored.
    pub fn events(&self) -> &[Event] {
        &self.events
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
        let sqlite_path = match conn.backend() {
            Backend::Sqlite => Some(url.strip_prefix("sqlite:").unwrap_or(url).to_string()),
            Backend::Postgres => None,
        };
        Ok(Store {
            checkpointer: None,
            sqlite_path,
            conn,
            version,
            min_confidence: 0.0,
            exhaustive: false,
            dirty_tolls: Default::default(),
            pending_search: Default::default(),
            rep_index: None,
            kept_mentions: std::collections::HashMap::new(),
            kept_days: None,
            data_version: None,
        })
    }

    pub fn backend(&self) -> Backend {
        self.conn.backend()
    }

    /// For a long ingest into a SQLite file: the write-ahead log is checkpointed by a thread of
    /// its own after each batch's commit instead of inside the commit (`checkpoint.rs`); the
    /// writer checkpoints itself only past `checkpoint::BACKSTOP_PAGES`. What is stored is the
    /// same. Returns false (and does nothing) on PostgreSQL or an in-memory database.
    pub fn background_checkpoints(&mut self) -> Result<bool, StoreError> {
        let Some(path) = self.sqlite_path.as_deref() else {
            return Ok(false);
        };
        if self.checkpointer.is_some() {
            return Ok(true);
        }
        if path.is_empty() || path == ":memory:" || path.contains("mode=memory") {
            return Ok(false);
        }

        let c = checkpoint::Checkpointer::start(path)?;
        if let Conn::Sqlite(s) = &self.conn {
            s.pragma_update(None, "wal_autocheckpoint", checkpoint::BACKSTOP_PAGES)?;
        }
        self.checkpointer = Some(c);
        Ok(true)
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
        self.drop_rep_index();
        self.conn.batch(
            "DELETE FROM cluster_reps; DELETE FROM cluster_signatures; DELETE FROM cluster_members; DELETE FROM clusters; DELETE FROM retelling_keys; \
             DELETE FROM search; DELETE FROM events; DELETE FROM documents;",
        )
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
                let dead_figures = member_figures(&mentions, dead);
                representative.fatalities = incident_count(&mentions, &dead_figures, spread, dead);
                // the wounded are read as the dead are, over the members at read time
                let wounded_figures = member_figures(&mentions, wounded);
                let wounded_spread = toll::spread(&wounded_figures);
                representative.injuries =
                    incident_count(&mentions, &wounded_figures, wounded_spread, wounded);
                out.push(ClusterRecord {
                    cluster_id: id,
                    representative,
                    fatalities: spread,
                    injuries: wounded_spread,
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

/// The columns of an event's row, in [`event_row`]'s order.
const EVENT_COLUMNS: [&str; 34] = [
    "event_id",
    "doc_id",
    "seq",
    "published",
    "date",
    "date_precision",
    "date_end",
    "event_type",
    "sub_event_type",
    "country",
    "admin1",
    "admin2",
    "place",
    "place_key",
    "place_norm",
    "admin1_norm",
    "admin2_norm",
    "geonames_id",
    "lat",
    "lon",
    "geo_precision",
    "fatalities_min",
    "fatalities_max",
    "fatalities_qualifier",
    "actor1",
    "actor1_kind",
    "actor2",
    "actor2_kind",
    "plover_mode",
    "confidence",
    "record",
    "status",
    "in_table",
    "signature",
];

/// The index of `name` in [`EVENT_COLUMNS`] (at compile time: a name not there fails the build).
const fn event_column(name: &str) -> usize {
    let name = name.as_bytes();
    let mut i = 0;
    'columns: while i < EVENT_COLUMNS.len() {
        let column = EVENT_COLUMNS[i].as_bytes();
        if column.len() == name.len() {
            let mut k = 0;
            while k < name.len() {
                if column[k] != name[k] {
                    i += 1;
                    continue 'columns;
                }
                k += 1;
            }
            return i;
        }
        i += 1;
    }
    panic!("no such column in EVENT_COLUMNS")
}

/// The indexes of `seq`, `record`, `in_table` and `signature` in [`EVENT_COLUMNS`].
const EVENT_SEQ_COLUMN: usize = event_column("seq");
const EVENT_RECORD_COLUMN: usize = event_column("record");
const EVENT_IN_TABLE_COLUMN: usize = event_column("in_table");
const EVENT_SIGNATURE_COLUMN: usize = event_column("signature");

/// The row of an event stored as `seq` ([`EVENT_COLUMNS`]); `record` its JSON when prepared.
fn event_row(
    e: &Event,
    record: Option<&str>,
    published: Option<&str>,
    seq: i64,
    in_table: bool,
) -> Result<Vec<Value>, StoreError> {
    finish_event_row(event_cells(e, published), e, record, seq, in_table)
}

/// What [`event_row`] writes of an event that depends on it and its report's date alone (any
/// thread makes it: [`Prepared`]): the seq 0, no record, in the table, with its signature.
fn event_cells(e: &Event, published: Option<&str>) -> Vec<Value> {
    let m = Mention::from_event(e, published);
    let fat = e.fatalities.as_ref();
    let mut row = Vec::with_capacity(EVENT_COLUMNS.len());
    row.extend([
        m.event_id.as_str().into(),
        m.doc_id.as_str().into(),
        Value::Int(0),
    ]);
    row.extend(when_and_where(&m));
    row.extend([
        fat.and_then(|c| c.min).map(|v| v as i64).into(),
        fat.and_then(|c| c.max).map(|v| v as i64).into(),
        fat.map(|c| c.qualifier.as_str()).into(),
    ]);
    row.extend(actors_and_mode(&m));
    row.extend([
        f64::from(e.confidence).into(),
        Value::Null,
        e.status.as_str().into(),
        Value::Int(1),
        Some(m.signature()).into(),
    ]);
    debug_assert_eq!(row.len(), EVENT_COLUMNS.len());
    row
}

/// [`event_row`] from the event's [`event_cells`]: its seq, its record (its JSON, when not
/// prepared with it), and whether it is in the incident table (a signature only then).
fn finish_event_row(
    mut row: Vec<Value>,
    e: &Event,
    record: Option<&str>,
    seq: i64,
    in_table: bool,
) -> Result<Vec<Value>, StoreError> {
    row[EVENT_SEQ_COLUMN] = Value::Int(seq);
    row[EVENT_RECORD_COLUMN] = match record {
        Some(r) => r.into(),
        None => serde_json::to_string(e)?.into(),
    };
    row[EVENT_IN_TABLE_COLUMN] = Value::Int(i64::from(in_table));
    if !in_table {
        row[EVENT_SIGNATURE_COLUMN] = Value::Null;
    }
    Ok(row)
}

/// The toll view of an event of a document published on `published`, stored as `seq`.
fn figure_of_event(e: &Event, published: Option<&str>, seq: i64) -> toll::Figure {
    figure_of_count(e, e.fatalities.as_ref(), published, seq)
}

/// The toll view of one count (of dead or wounded) of an event.
fn figure_of_count(
    e: &Event,
    c: Option<&Count>,
    published: Option<&str>,
    seq: i64,
) -> toll::Figure {
    toll::Figure {
        doc_id: e.doc_id.clone(),
        published: published.map(str::to_string),
        seq,
        min: c.and_then(|c| c.min),
        max: c.and_then(|c| c.max),
        qualifier: c.map_or(Qualifier::Unknown, |c| c.qualifier),
    }
}

/// Which count of a record a toll reads: its dead or its wounded.
type CountOf = fn(&Event) -> Option<&Count>;

/// The dead of a record.
fn dead(e: &Event) -> Option<&Count> {
    e.fatalities.as_ref()
}

/// The wounded of a record.
fn wounded(e: &Event) -> Option<&Count> {
    e.injuries.as_ref()
}

/// The toll view of the members' counts (`of` each member), in input order (a retelling's count
/// never enters the toll: it reads as no count).
fn member_figures(mentions: &[MemberRecord], of: CountOf) -> Vec<toll::Figure> {
    // members come in seq order: their index stands for the input order
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut f = figure_of_count(&m.event, of(&m.event), None, i as i64);
            f.published = m.published.clone();
            if m.retelling() {
                (f.min, f.max) = (None, None);
            }
            f
        })
        .collect()
}

/// The export's count of an incident (`of` each member: its dead or its wounded, `figures`
/// their [`member_figures`]): the words of the latest mention giving the best figure, with
/// `min` = best and `max` = high (qualifier `range` when sources give more; `at_least` with no
/// `max` when the highest figure is open-ended).
fn incident_count(
    mentions: &[MemberRecord],
    figures: &[toll::Figure],
    spread: Spread,
    of: CountOf,
) -> Option<Count> {
    let best = spread.best?;
    let source = toll::best_figure(figures)
        .and_then(|i| of(&mentions[i].event))
        .or_else(|| {
            mentions
                .iter()
                .filter(|m| !m.retelling())
                .filter_map(|m| of(&m.event))
                .find(|c| c.min == Some(best))
        })?;
    let mut count = source.clone();
    count.min = Some(best);
    if toll::top_open(figures, spread.high) {
        count.max = None;
        count.qualifier = Qualifier::AtLeast;
    } else if spread.high != Some(best) {
        count.max = spread.high;
        count.qualifier = Qualifier::Range;
    }
    Some(count)
}

/// A mention's columns of time and place, in the order the `events` and `cluster_reps` tables
/// share (published, date, date_precision, date_end, event_type, sub_event_type, country,
/// admin1, admin2, place, place_key, place_norm, admin1_norm, admin2_norm, geonames_id, lat,
/// lon, geo_precision).
pub(crate) fn when_and_where(m: &Mention) -> [Value; 18] {
    [
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
    ]
}

/// A mention's actor columns and PLOVER mode, in the order both tables share (actor1,
/// actor1_kind, actor2, actor2_kind, plover_mode).
pub(crate) fn actors_and_mode(m: &Mention) -> [Value; 5] {
    [
        m.actor1.as_ref().map(|a| a.0.clone()).into(),
        m.actor1.as_ref().map(|a| dedup::kind_name(a.1)).into(),
        m.actor2.as_ref().map(|a| a.0.clone()).into(),
        m.actor2.as_ref().map(|a| dedup::kind_name(a.1)).into(),
        m.plover_mode.clone().into(),
    ]
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
