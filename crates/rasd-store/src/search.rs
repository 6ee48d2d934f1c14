//! The text search index behind the API's `q=` (schema version 8): a report's text and its
//! mentions' names, as rasd-text's matching key (diacritics and tatweel dropped, alef, ya and
//! ta marbuta folded, Arabic-Indic digits as ASCII) lower-cased, searched as a substring
//! through a trigram index: SQLite FTS5 with the `trigram` tokenizer, PostgreSQL `pg_trgm`
//! (GIN). A substring, not a word, so that a name is found with the clitics a report attaches
//! to it ("بالموصل" for "الموصل").
//!
//! One table `search (doc_id, event_id, body)`: a row per document with its text (title and
//! body; `event_id` NULL) and a row per event with its names (place, province, district,
//! perpetrator and target, as the record gives them). On SQLite the FTS5 rowid is `2 * seq + 1`
//! for a document's text (`seq`: its first stored event's) and `2 * seq` for event `seq`'s
//! names, by which rows are removed; PostgreSQL removes them by `doc_id`. A document with no
//! event is not indexed: nothing is listed through it.

use rasd_core::Event;

use crate::db::{Backend, Conn, Value};
use crate::StoreError;

/// The searchable key of a text: rasd-text's matching key, lower-cased.
pub fn search_key(text: &str) -> String {
    lower(rasd_text::key(text))
}

/// `str::to_lowercase`, without its per-char table search for text of ASCII and caseless
/// blocks only (Arabic and its supplements and presentation forms, Latin-1's controls and
/// punctuation such as «», general punctuation: they map to themselves), which is nearly every
/// report; any other text goes through `to_lowercase` itself. Same result either way. The key
/// is lowered in place, only when it holds an ASCII capital.
fn lower(mut s: String) -> String {
    match caseless_text(&s) {
        None => s.to_lowercase(),
        Some(false) => s,
        Some(true) => {
            s.make_ascii_lowercase();
            s
        }
    }
}

/// Whether every char of `s` is ASCII or in a caseless block (see [`lower`]): None when one is
/// not, else whether an ASCII capital is among them.
fn caseless_text(s: &str) -> Option<bool> {
    let bytes = s.as_bytes();
    let capital = bytes.iter().fold(false, |c, &b| c | b.is_ascii_uppercase());
    // most keys hold only ASCII, Arabic letters (U+0600 to U+06FF: two bytes led by D8 to DB)
    // and Latin-1 punctuation (U+0080 to U+00BF: led by C2): every byte ASCII, a continuation
    // byte or one of those leads, which a text of whole chars has only as such chars' leads
    // (read without a branch a byte)
    let plain = bytes.iter().fold(true, |ok, &b| {
        ok & (b < 0xC0 || b == 0xC2 || b & 0xFC == 0xD8)
    });
    if plain {
        return Some(capital);
    }
    let caseless = |c: char| {
        c.is_ascii()
            || matches!(c,
                '\u{0080}'..='\u{00BF}'
                | '\u{0600}'..='\u{06FF}'
                | '\u{0750}'..='\u{077F}'
                | '\u{08A0}'..='\u{08FF}'
                | '\u{2000}'..='\u{206F}'
                | '\u{FB50}'..='\u{FDFF}'
                | '\u{FE70}'..='\u{FEFF}')
    };
    s.chars().all(caseless).then_some(capital)
}

/// The names of an event, as one searchable line.
pub(crate) fn names(e: &Event) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(l) = &e.location {
        parts.push(&l.name);
        parts.push(&l.text);
        parts.extend(l.admin1.as_deref());
        parts.extend(l.admin2.as_deref());
    }
    for a in [&e.actor1, &e.actor2].into_iter().flatten() {
        parts.push(&a.name);
        parts.push(&a.text);
    }
    search_key(&parts.join("\n"))
}

/// Creates the index (migration 8): FTS5 on SQLite; on PostgreSQL a table with a `pg_trgm`
/// GIN index (without it, when the server cannot create the extension: searches then scan the
/// table, still never the records).
pub(crate) fn create(conn: &mut Conn) -> Result<(), StoreError> {
    match conn.backend() {
        Backend::Sqlite => conn.batch(
            "CREATE VIRTUAL TABLE search USING fts5(body, doc_id UNINDEXED, \
                 event_id UNINDEXED, tokenize = 'trigram')",
        ),
        Backend::Postgres => {
            conn.batch(
                "CREATE TABLE search (doc_id TEXT NOT NULL, event_id TEXT, body TEXT NOT NULL); \
                 CREATE INDEX search_doc ON search (doc_id)",
            )?;
            match conn.batch("SAVEPOINT trgm; CREATE EXTENSION IF NOT EXISTS pg_trgm") {
                Ok(()) => conn.batch(
                    "RELEASE SAVEPOINT trgm; \
                     CREATE INDEX search_trgm ON search USING gin (body gin_trgm_ops)",
                ),
                Err(_) => conn.batch("ROLLBACK TO SAVEPOINT trgm; RELEASE SAVEPOINT trgm"),
            }
        }
    }
}

/// SQLite's FTS5 settings for a store's ingest (migration 9): a batch's terms are written as one
/// segment while they fit in 16 MiB (`hashsize`, 1 MiB by default), and 16 segments of a level
/// are merged into one (`automerge`, 4 by default). Both only change how the index is written,
/// never what a query finds; over 100,000 synthetic reports they cut the index's share of the
/// ingest by about a third (BENCHMARKS.md). The settings are stored with the index.
pub(crate) fn tune(conn: &mut Conn) -> Result<(), StoreError> {
    if conn.backend() == Backend::Sqlite {
        conn.batch(
            "INSERT INTO search (search, rank) VALUES ('automerge', 16); \
             INSERT INTO search (search, rank) VALUES ('hashsize', 16777216)",
        )?;
    }
    Ok(())
}

/// One row: `rowid` on SQLite, `event_id` None for a document's text.
fn insert(
    conn: &mut Conn,
    rowid: i64,
    doc_id: &str,
    event_id: Option<&str>,
    body: String,
) -> Result<(), StoreError> {
    match conn.backend() {
        Backend::Sqlite => conn.exec(
            "INSERT INTO search (rowid, doc_id, event_id, body) VALUES (?, ?, ?, ?)",
            &[
                Value::Int(rowid),
                doc_id.into(),
                event_id.into(),
                body.into(),
            ],
        )?,
        Backend::Postgres => conn.exec(
            "INSERT INTO search (doc_id, event_id, body) VALUES (?, ?, ?)",
            &[doc_id.into(), event_id.into(), body.into()],
        )?,
    };
    Ok(())
}

/// Index rows waiting for the end of a batch: `(rowid, doc_id, event_id, body)`, `rowid` as in
/// [`insert`].
///
/// The ingest writes a batch's rows at its end, outside the savepoints it takes per document:
/// SQLite's FTS5 writes its pending terms to disk as a new segment at every savepoint, so rows
/// inserted document by document made a segment per document, merged again and again (about
/// half of the store's ingest time); written at once they make a segment per batch.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    rows: Vec<(i64, String, Option<String>, String)>,
}

impl Pending {
    /// Queues a stored document's text by its search key ([`search_key`]; its row's seq: its
    /// first event's) and its events' names (`(seq, event_id, names)`, [`names`]).
    pub(crate) fn add_document(&mut self, doc_id: &str, key: &str, events: &[(i64, &str, &str)]) {
        let Some(first) = events.iter().map(|(seq, _, _)| *seq).min() else {
            return;
        };
        self.rows
            .push((2 * first + 1, doc_id.to_string(), None, key.to_string()));
        for (seq, event_id, names) in events {
            self.rows.push((
                2 * seq,
                doc_id.to_string(),
                Some(event_id.to_string()),
                names.to_string(),
            ));
        }
    }

    /// Drops the queued rows of a document (removed or replaced in the same batch).
    pub(crate) fn forget(&mut self, doc_id: &str) {
        self.rows.retain(|(_, d, _, _)| d != doc_id);
    }

    /// Drops every queued row (a batch rolled back).
    pub(crate) fn clear(&mut self) {
        self.rows.clear();
    }

    /// Writes the queued rows. On SQLite in rowid order: FTS5 writes its pending terms to disk
    /// as a new segment whenever a row's rowid is not above the last one's, and a document's
    /// text (`2 * seq + 1`) is queued before its events' names (`2 * seq`, ...), so rows in the
    /// order queued made a segment per document (merged again and again) instead of one per
    /// batch. The rows and their rowids are the same either way.
    pub(crate) fn write(&mut self, conn: &mut Conn) -> Result<(), StoreError> {
        let mut rows = std::mem::take(&mut self.rows);
        match conn.backend() {
            Backend::Sqlite => {
                rows.sort_by_key(|r| r.0);
                for (rowid, doc_id, event_id, body) in rows {
                    insert(conn, rowid, &doc_id, event_id.as_deref(), body)?;
                }
            }
            Backend::Postgres => {
                // one COPY for them all (a round trip each took most of a batch's time)
                let rows: Vec<Vec<Value>> = rows
                    .into_iter()
                    .map(|(_, doc_id, event_id, body)| {
                        vec![doc_id.into(), event_id.into(), body.into()]
                    })
                    .collect();
                conn.insert_rows("search", &["doc_id", "event_id", "body"], &rows)?;
            }
        }
        Ok(())
    }
}

/// Removes the rows of a document (`seqs`: its events').
pub(crate) fn unindex(conn: &mut Conn, doc_id: &str, seqs: &[i64]) -> Result<(), StoreError> {
    match conn.backend() {
        Backend::Sqlite => {
            for seq in seqs {
                conn.exec(
                    "DELETE FROM search WHERE rowid >= ? AND rowid <= ?",
                    &[Value::Int(2 * seq), Value::Int(2 * seq + 1)],
                )?;
            }
        }
        Backend::Postgres => {
            conn.exec("DELETE FROM search WHERE doc_id = ?", &[doc_id.into()])?;
        }
    }
    Ok(())
}

/// Fills the index of an existing store (migration 8), a page of events at a time.
pub(crate) fn backfill(conn: &mut Conn) -> Result<(), StoreError> {
    let mut after = i64::MIN;
    loop {
        let rows = conn.query(
            "SELECT e.seq, e.record, e.doc_id, \
             (SELECT MIN(f.seq) FROM events f WHERE f.doc_id = e.doc_id) \
             FROM events e WHERE e.seq > ? ORDER BY e.seq LIMIT 1000",
            &[Value::Int(after)],
        )?;
        let Some(last) = rows.last().and_then(|r| r[0].int()) else {
            return Ok(());
        };
        after = last;
        for r in rows {
            let seq = r[0].int().unwrap_or(0);
            let event: Event = serde_json::from_str(r[1].text().unwrap_or("{}"))?;
            let doc_id = r[2].string().unwrap_or_default();
            insert(conn, 2 * seq, &doc_id, Some(&event.event_id), names(&event))?;
            if r[3].int() == Some(seq) {
                let text = conn
                    .query_one("SELECT text FROM documents WHERE id = ?", &[r[2].clone()])?
                    .and_then(|d| d[0].string())
                    .unwrap_or_default();
                insert(conn, 2 * seq + 1, &doc_id, None, search_key(&text))?;
            }
        }
    }
}

/// The index rows holding `text` (as its key), and its parameters: `SELECT id` (the FTS5 rowid,
/// `2 * seq + 1` or `2 * seq`: no text is read) on SQLite, `SELECT doc_id, event_id` on
/// PostgreSQL.
pub(crate) fn matching(backend: Backend, text: &str) -> (String, Vec<Value>) {
    let key = search_key(text);
    match backend {
        // the trigram index answers a phrase of 3 chars or more from its positions, reading
        // no text; a shorter one is looked for in every row
        Backend::Sqlite if key.chars().count() >= 3 => (
            "SELECT rowid AS id FROM search WHERE search MATCH ?".into(),
            vec![format!("\"{}\"", key.replace('"', "\"\"")).into()],
        ),
        Backend::Sqlite => (
            "SELECT rowid AS id FROM search WHERE instr(body, ?) > 0".into(),
            vec![key.into()],
        ),
        Backend::Postgres => (
            "SELECT doc_id, event_id FROM search WHERE body LIKE ? ESCAPE '\\'".into(),
            vec![like_pattern(&key).into()],
        ),
    }
}

/// `%text%` for LIKE, with `\` escaping the wildcards.
fn like_pattern(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 2);
    p.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// SQL listing the ids of the incidents a mention of which matches `text` (by its report's
/// text or its own names), each once or more, and its parameters.
fn matching_cluster_ids(backend: Backend, text: &str) -> (String, Vec<Value>) {
    let (m, p) = matching(backend, text);
    // a document's text stands for every mention of it, an event's names for itself
    let sql = match backend {
        // (an event's seq is its member's: the join reads two indexes, no row)
        Backend::Sqlite => format!(
            "SELECT cm.cluster_id FROM ({m}) s JOIN events x ON x.seq = s.id / 2 \
             JOIN cluster_members cm ON cm.doc_id = x.doc_id \
             WHERE s.id % 2 = 1 OR cm.seq = x.seq"
        ),
        Backend::Postgres => format!(
            "SELECT cm.cluster_id FROM ({m}) s JOIN cluster_members cm \
             ON cm.doc_id = s.doc_id WHERE s.event_id IS NULL OR cm.event_id = s.event_id"
        ),
    };
    (sql, p)
}

/// SQL over `clusters c` keeping the incidents a mention of which matches `text` (by its
/// report's text or its own names), and its parameters.
pub(crate) fn clusters_matching(backend: Backend, text: &str) -> (String, Vec<Value>) {
    let (ids, p) = matching_cluster_ids(backend, text);
    (format!("c.id IN ({ids})"), p)
}

/// The same incidents as [`clusters_matching`], each once, as a query of its own: a listing
/// reads them first, then pages through them (`read.rs`).
pub(crate) fn distinct_clusters_matching(backend: Backend, text: &str) -> (String, Vec<Value>) {
    let (ids, p) = matching_cluster_ids(backend, text);
    (format!("SELECT DISTINCT cluster_id FROM ({ids}) i"), p)
}

/// SQL over `events e` keeping the mentions whose report's text or own names match `text`.
pub(crate) fn events_matching(backend: Backend, text: &str) -> (String, Vec<Value>) {
    let (m, p) = matching(backend, text);
    let sql = match backend {
        Backend::Sqlite => format!(
            "e.seq IN (SELECT y.seq FROM ({m}) s JOIN events x ON x.seq = s.id / 2 \
             JOIN events y ON y.doc_id = x.doc_id WHERE s.id % 2 = 1 OR y.seq = x.seq)"
        ),
        Backend::Postgres => format!(
            "e.event_id IN (SELECT y.event_id FROM ({m}) s JOIN events y \
             ON y.doc_id = s.doc_id WHERE s.event_id IS NULL OR y.event_id = s.event_id)"
        ),
    };
    (sql, p)
}

#[cfg(test)]
mod lower_tests {
    use super::{caseless_text, lower};

    #[test]
    fn caseless_by_bytes_is_caseless_by_chars() {
        // the byte scan keeps the chars the per-char test keeps, alone, after Arabic or ASCII,
        // and beside a char only the per-char test reads (U+2013)
        let by_chars = |s: &str| {
            s.chars().all(|c| {
                c.is_ascii()
                    || matches!(c as u32,
                        0x0080..=0x00BF
                        | 0x0600..=0x06FF
                        | 0x0750..=0x077F
                        | 0x08A0..=0x08FF
                        | 0x2000..=0x206F
                        | 0xFB50..=0xFDFF
                        | 0xFE70..=0xFEFF)
            })
        };
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            for s in [
                c.to_string(),
                format!("بغداد{c}A"),
                format!("a{c}\u{06FF}"),
                format!("\u{2013}{c}«"),
            ] {
                assert_eq!(
                    caseless_text(&s).is_some(),
                    by_chars(&s),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn lower_is_to_lowercase() {
        for s in [
            "",
            "قتل مسلحون مجهولون رجلا في بغداد، وفق مصدر في الشرطة.",
            "ISIS داعش Mosul الموصل ١٢ 12",
            "ΟΔΟΣ Σ Straße İstanbul ÀÉ",
            "الكرادة ΣΑΣ",
            "\u{06FF}\u{0600}\u{0700}A",
            "«قال» — “ABC” \u{00A0}\u{00BF}\u{200F}\u{FEFF}\u{FB50}\u{08A0}\u{0750}",
            "«Σ» ΑΣ",
            "\u{00C0}\u{00BF}",
        ] {
            assert_eq!(lower(s.to_string()), s.to_lowercase(), "{s:?}");
        }
        // every char the fast path keeps is its own lower case
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(lower(s.clone()), s.to_lowercase(), "U+{:04X}", c as u32);
        }
    }
}
