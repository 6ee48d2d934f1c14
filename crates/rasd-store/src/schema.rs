//! The schema and its versioned migrations, the same SQL for SQLite and PostgreSQL.
//!
//! Migrations are applied in order on open, each in its own transaction, and recorded in
//! `schema_version`. A database whose version is newer than [`LATEST`] is refused: an older rasd
//! must not write into a schema it does not know.

use crate::db::{Backend, Conn, Value};
use crate::StoreError;

/// `(version, SQL)`; append only: never edit a released migration.
pub(crate) const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        "
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    published TEXT,
    source TEXT,
    url TEXT,
    n_events BIGINT NOT NULL
);
CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents (id),
    seq BIGINT NOT NULL,
    published TEXT,
    date TEXT,
    date_precision TEXT,
    date_end TEXT,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    place TEXT,
    place_key TEXT,
    place_norm TEXT,
    admin1_norm TEXT,
    admin2_norm TEXT,
    geonames_id BIGINT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geo_precision BIGINT,
    fatalities_min BIGINT,
    fatalities_max BIGINT,
    actor1 TEXT,
    actor1_kind TEXT,
    actor2 TEXT,
    actor2_kind TEXT,
    plover_mode TEXT,
    confidence DOUBLE PRECISION,
    record TEXT NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_seq ON events (seq);
-- covering the place pre-filter, so candidate search reads no table rows it then rejects
CREATE INDEX events_dated ON events (event_type, country, date_precision, date, place_norm,
    admin1_norm, admin2_norm, geonames_id, lat, lon);
CREATE INDEX events_place ON events (place_key, date_precision, published);
CREATE INDEX events_place_date ON events (place_key, date_precision, date);
CREATE TABLE clusters (
    id BIGINT PRIMARY KEY,
    rep_event_id TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    place TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    fatalities_low BIGINT,
    fatalities_best BIGINT,
    fatalities_high BIGINT,
    n_mentions BIGINT NOT NULL,
    n_sources BIGINT NOT NULL,
    date_min_end TEXT,
    date_max_start TEXT
);
CREATE INDEX clusters_date ON clusters (date);
CREATE TABLE cluster_members (
    event_id TEXT PRIMARY KEY REFERENCES events (event_id),
    cluster_id BIGINT NOT NULL REFERENCES clusters (id),
    doc_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    linked_to TEXT,
    rule TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id, doc_id);
CREATE INDEX cluster_members_doc ON cluster_members (doc_id);
",
    ),
    (
        2,
        "
CREATE INDEX clusters_fatalities ON clusters (fatalities_low, id);
CREATE INDEX clusters_country_fatalities ON clusters (country, fatalities_low, id);
CREATE INDEX clusters_country_date ON clusters (country, date);
",
    ),
    (
        3,
        "
ALTER TABLE events ADD COLUMN fatalities_qualifier TEXT;
-- covering the place pre-filter, like events_dated, for candidates with no date of their own
CREATE INDEX events_undated ON events (event_type, country, date_precision, published,
    place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon);
CREATE INDEX clusters_fatalities_best ON clusters (fatalities_best, id);
CREATE INDEX clusters_country_fatalities_best ON clusters (country, fatalities_best, id);
",
    ),
    (
        4,
        "
-- every mention of a report is stored with its status; only those of the incident table
-- (status incident at or above the ingest's confidence floor) are clustered. Events stored
-- before this version were all clustered incidents.
ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'incident';
ALTER TABLE events ADD COLUMN in_table BIGINT NOT NULL DEFAULT 1;
CREATE INDEX events_left_out ON events (in_table, seq);
",
    ),
    (
        5,
        "
-- when a document was stored (or replaced), in Unix seconds: the exports' ACLED `timestamp`.
-- Documents stored before this version have none.
ALTER TABLE documents ADD COLUMN ingested_at BIGINT;
",
    ),
    (
        6,
        "
-- a new mention is compared with each cluster's representatives, not with every member: per
-- signature (what the comparison reads of a mention, dedup::Mention::signature) the first
-- member and the first member from another report; members of one signature compare alike.
-- cluster_reps holds the representatives' mention columns (no record: a small table whose
-- pages stay cached) and the candidate search reads only its indexes.
ALTER TABLE events ADD COLUMN signature BIGINT;
CREATE TABLE cluster_signatures (
    cluster_id BIGINT NOT NULL,
    signature BIGINT NOT NULL,
    -- the members of this signature
    n BIGINT NOT NULL,
    first_event TEXT NOT NULL,
    first_doc TEXT NOT NULL,
    first_seq BIGINT NOT NULL,
    second_event TEXT,
    second_doc TEXT,
    second_seq BIGINT,
    -- the date range of a dated signature (for the cluster's core date), else NULL
    date TEXT,
    date_end TEXT,
    PRIMARY KEY (cluster_id, signature)
);
CREATE TABLE cluster_reps (
    event_id TEXT PRIMARY KEY,
    cluster_id BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    doc_id TEXT NOT NULL,
    published TEXT,
    date TEXT,
    date_precision TEXT,
    date_end TEXT,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    place TEXT,
    place_key TEXT,
    place_norm TEXT,
    admin1_norm TEXT,
    admin2_norm TEXT,
    geonames_id BIGINT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geo_precision BIGINT,
    actor1 TEXT,
    actor1_kind TEXT,
    actor2 TEXT,
    actor2_kind TEXT,
    plover_mode TEXT,
    -- the explicit fatality figure (none for an unknown count)
    fatalities BIGINT,
    -- how the search finds it: 'day' (a day's date), 'range' (a week or a month), 'undated'
    -- (no date of its own, or a year), and the day it is found by: its date, or for an
    -- undated one its publication
    band TEXT NOT NULL,
    day_key TEXT
);
CREATE INDEX cluster_reps_cluster ON cluster_reps (cluster_id);
-- one range scan per band and country; the type and the place pre-filter are read off the index
CREATE INDEX cluster_reps_search ON cluster_reps (country, band, day_key, event_type,
    place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon);
CREATE INDEX cluster_reps_place ON cluster_reps (place_key, event_type, published);
-- the events' own candidate indexes are no longer read
DROP INDEX events_dated;
DROP INDEX events_undated;
DROP INDEX events_place;
DROP INDEX events_place_date;
",
    ),
    (
        7,
        "
-- many ingest workers on one PostgreSQL: the sequence event_seq hands each batch a block of
-- seq numbers (created by the backfill, PostgreSQL only; SQLite has one writer at a time).
-- Clusters created from this version on take the id of their earliest member
-- (workers::content_cluster_id); the clusters stored before keep theirs. Among equally good
-- clusters a mention joins the oldest: the one whose earliest member was stored first.
ALTER TABLE clusters ADD COLUMN first_seq BIGINT;
UPDATE clusters SET first_seq = (SELECT MIN(seq) FROM cluster_members cm
    WHERE cm.cluster_id = clusters.id);
",
    ),
    (
        8,
        "
-- the text search index of the API's q= (search.rs): the table `search`, FTS5 with the
-- trigram tokenizer on SQLite, pg_trgm on PostgreSQL, created and filled by the backfill
",
    ),
    (
        9,
        "
-- a text search listing reads the incidents of the index's matches from two indexes alone
-- (read.rs, Matched): an event's document by its seq, a document's incidents and members.
-- They replace the indexes they extend. The backfill sets SQLite's text index to write
-- fewer, larger segments (search::tune).
CREATE INDEX IF NOT EXISTS events_seq_doc ON events (seq, doc_id);
DROP INDEX IF EXISTS events_seq;
CREATE INDEX IF NOT EXISTS cluster_members_doc_cluster ON cluster_members (doc_id, cluster_id, seq);
DROP INDEX IF EXISTS cluster_members_doc;
",
    ),
    (
        10,
        "
-- a member of the incident table carries what the toll reads of it: its report's publication
-- date and its count (a joined retelling none: its count never enters the toll), so that the
-- toll of a cluster of thousands of mentions is one scan of the index cluster_members_toll,
-- in seq order, reading no event row
ALTER TABLE cluster_members ADD COLUMN published TEXT;
ALTER TABLE cluster_members ADD COLUMN fatalities_min BIGINT;
ALTER TABLE cluster_members ADD COLUMN fatalities_max BIGINT;
ALTER TABLE cluster_members ADD COLUMN fatalities_qualifier TEXT;
UPDATE cluster_members SET
    published = (SELECT e.published FROM events e WHERE e.event_id = cluster_members.event_id),
    fatalities_min = (SELECT e.fatalities_min FROM events e
        WHERE e.event_id = cluster_members.event_id AND e.in_table <> 0),
    fatalities_max = (SELECT e.fatalities_max FROM events e
        WHERE e.event_id = cluster_members.event_id AND e.in_table <> 0),
    fatalities_qualifier = (SELECT e.fatalities_qualifier FROM events e
        WHERE e.event_id = cluster_members.event_id AND e.in_table <> 0);
CREATE INDEX cluster_members_toll ON cluster_members (cluster_id, seq, doc_id, published,
    fatalities_min, fatalities_max, fatalities_qualifier) WHERE fatalities_min IS NOT NULL;
",
    ),
    (
        11,
        "
-- the candidate search reads no table row (SQLite; the backfill builds the indexes): the
-- representatives' search index carries every column the search returns, and an index on
-- clusters carries what it reads of a representative's cluster
",
    ),
    (
        12,
        "
-- the clustering reaches back as well as forward: an incident's report that comes after its
-- follow-ups (retellings dated by their reports' news) joins the incident they founded. A
-- signature's reach back (dedup::Mention::reach_back: FOLLOWUP_DAYS, or NULL for 1), a
-- cluster's core date's (its core signatures'); the representatives that reach back are
-- found in a band of their own, 'reach' (the backfill sets them)
ALTER TABLE cluster_signatures ADD COLUMN reach BIGINT;
ALTER TABLE clusters ADD COLUMN date_reach BIGINT;
",
    ),
    (
        13,
        "
-- every retelling left out of the incident table that may join an incident is kept where the
-- incidents that come after it find it (cluster/retellings.rs): by each key of its place (its
-- own place, p:, the places it lies in, a:, its GeoNames id, g:) and its day (its date's
-- first, or its report's publication); each new mention of the incident table looks here for
-- those at its place and days (the backfill fills it from the stored events)
CREATE TABLE retelling_keys (
    key TEXT NOT NULL,
    day TEXT NOT NULL,
    event_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (key, day, event_id)
);
CREATE INDEX retelling_keys_event ON retelling_keys (event_id);
",
    ),
    (
        14,
        "
-- a cluster's core date reaches back when a member of its range is dated only by its report's
-- news, whatever its toll (cluster/refresh.rs, write_core_date): each signature counts its
-- members so dated (the backfill counts them and writes every cluster's core date again)
ALTER TABLE cluster_signatures ADD COLUMN news BIGINT NOT NULL DEFAULT 0;
",
    ),
    (
        15,
        "
-- SQLite's text index folds case before its tokenizer, not in it (search.rs, sqlite_fold: the
-- same matches, without the tokenizer's per-char fold); the backfill rebuilds it. PostgreSQL's
-- is unchanged.
",
    ),
    (
        16,
        "
-- the text index holds words without their proclitics, not trigrams (search/words.rs): SQLite's
-- FTS5 table with the ascii tokenizer, PostgreSQL's rows as the same words; the backfill
-- rebuilds it from the stored documents and events.
",
    ),
];

/// SQLite's indexes of migration 11: `cluster_reps_search` again with, after its search
/// columns, every other column the candidate search returns (no table seek per row the filter
/// passes), and `clusters_search` with the cluster columns it reads (no table seek per
/// candidate). Nothing else reads them. PostgreSQL keeps the narrower index of migration 6 (an
/// index row there is limited to about 2.7 kB, which long actor names could pass).
const SQLITE_COVERING_INDEXES: &str = "
DROP INDEX cluster_reps_search;
CREATE INDEX cluster_reps_search ON cluster_reps (country, band, day_key, event_type,
    place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon, date_end, place, admin1,
    admin2, geo_precision, actor1, actor1_kind, actor2, actor2_kind, plover_mode, cluster_id,
    seq, event_id, doc_id, published, date, date_precision, sub_event_type, fatalities);
CREATE INDEX clusters_search ON clusters (id, date_min_end, date_max_start, n_mentions,
    first_seq);
";

/// SQLite's `clusters_search` of migration 12: with the cluster's reach back, which the
/// candidate search reads too.
const SQLITE_CLUSTERS_SEARCH_12: &str = "
DROP INDEX clusters_search;
CREATE INDEX clusters_search ON clusters (id, date_min_end, date_max_start, n_mentions,
    first_seq, date_reach);
";

/// The seq numbers one PostgreSQL batch reserves (`event_seq` steps by this much).
pub(crate) const SEQ_BLOCK: i64 = 1 << 24;

/// What a migration's SQL cannot compute, done in Rust inside the same transaction. Version 3
/// re-reads every stored event out of its JSON record: its count's qualifier (the toll rule
/// needs it), its place keys (names now compare with diacritics folded) and its date (a date
/// inferred from the publication alone is stored as none); then recomputes every cluster's
/// toll by the rule of [`crate::toll`]. Existing clusters keep their members. Version 6 gives
/// every clustered event its signature and each cluster its representatives.
fn backfill(conn: &mut Conn, version: i64) -> Result<(), StoreError> {
    if version == 6 {
        return crate::cluster::backfill_signatures(conn);
    }
    if version == 8 {
        crate::search::create(conn)?;
        return crate::search::backfill(conn);
    }
    if version == 9 {
        return crate::search::tune(conn);
    }
    if version == 11 {
        if conn.backend() == Backend::Sqlite {
            conn.batch(SQLITE_COVERING_INDEXES)?;
        }
        return Ok(());
    }
    if version == 12 {
        if conn.backend() == Backend::Sqlite {
            conn.batch(SQLITE_CLUSTERS_SEARCH_12)?;
        }
        return crate::cluster::backfill_reach(conn);
    }
    if version == 13 {
        return crate::cluster::backfill_retellings(conn);
    }
    if version == 14 {
        return crate::cluster::backfill_news(conn);
    }
    if version == 15 {
        return crate::search::refold(conn);
    }
    if version == 16 {
        return crate::search::rebuild_words(conn);
    }
    if version == 7 {
        if conn.backend() == Backend::Postgres {
            conn.batch(&format!(
                "CREATE SEQUENCE event_seq INCREMENT BY {SEQ_BLOCK} MINVALUE 0; \
                 SELECT setval('event_seq', COALESCE((SELECT MAX(seq) FROM events), 0), false)"
            ))?;
        }
        return Ok(());
    }
    if version != 3 {
        return Ok(());
    }
    let rows = conn.query(
        "SELECT event_id, record, published FROM events ORDER BY seq",
        &[],
    )?;
    for r in rows {
        let event: rasd_core::Event = serde_json::from_str(r[1].text().unwrap_or("{}"))?;
        let m = crate::Mention::from_event(&event, r[2].text());
        let norm = |s: &Option<String>| s.as_deref().map(crate::dedup::normalize_place);
        conn.exec(
            "UPDATE events SET fatalities_qualifier = ?, place_key = ?, place_norm = ?, \
             admin1_norm = ?, admin2_norm = ?, date = ?, date_precision = ?, date_end = ? \
             WHERE event_id = ?",
            &[
                event
                    .fatalities
                    .as_ref()
                    .map(|c| c.qualifier.as_str())
                    .into(),
                m.place_key().into(),
                norm(&m.place).into(),
                norm(&m.admin1).into(),
                norm(&m.admin2).into(),
                m.date.clone().into(),
                m.date_precision.map(crate::dedup::precision_name).into(),
                m.date_end.clone().into(),
                r[0].clone(),
            ],
        )?;
    }
    crate::cluster::recompute_tolls(conn)
}

/// The schema version this build writes.
pub const LATEST: i64 = 16;

/// The PostgreSQL advisory lock that serializes migrations across workers ("rasd" in ASCII).
const MIGRATION_LOCK: i64 = 0x7261_7364;

/// Creates `schema_version` if needed, refuses a newer schema, applies missing migrations.
/// Workers that open one fresh database at once take turns: on PostgreSQL under an advisory
/// lock held for the whole migration (two concurrent `CREATE TABLE IF NOT EXISTS` race on the
/// catalog), on SQLite under the busy timeout and `BEGIN IMMEDIATE`.
pub(crate) fn migrate(conn: &mut Conn) -> Result<i64, StoreError> {
    if conn.backend() == Backend::Postgres {
        conn.batch(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))?;
        let result = migrate_locked(conn);
        let unlocked = conn.batch(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"));
        let version = result?;
        unlocked?;
        return Ok(version);
    }
    migrate_locked(conn)
}

fn migrate_locked(conn: &mut Conn) -> Result<i64, StoreError> {
    conn.batch("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")?;
    let current = |conn: &mut Conn| -> Result<i64, StoreError> {
        Ok(conn
            .query_one("SELECT MAX(version) FROM schema_version", &[])?
            .and_then(|r| r[0].int())
            .unwrap_or(0))
    };
    let found = current(conn)?;
    if found > LATEST {
        return Err(StoreError::NewerSchema {
            found,
            supported: LATEST,
        });
    }
    for &(version, sql) in MIGRATIONS {
        if version <= found {
            continue;
        }
        match conn.backend() {
            Backend::Sqlite => conn.batch("BEGIN IMMEDIATE")?,
            Backend::Postgres => {
                conn.batch("BEGIN; LOCK TABLE schema_version IN ACCESS EXCLUSIVE MODE")?
            }
        }
        // another process may have migrated while we waited for the lock
        if current(conn)? >= version {
            conn.batch("COMMIT")?;
            continue;
        }
        let applied = conn
            .batch(sql)
            .and_then(|_| backfill(conn, version))
            .and_then(|_| {
                conn.exec(
                    "INSERT INTO schema_version (version) VALUES (?)",
                    &[Value::Int(version)],
                )
            });
        match applied {
            Ok(_) => conn.batch("COMMIT")?,
            Err(e) => {
                let _ = conn.batch("ROLLBACK");
                return Err(StoreError::Migration {
                    version,
                    reason: e.to_string(),
                });
            }
        }
    }
    current(conn)
}
