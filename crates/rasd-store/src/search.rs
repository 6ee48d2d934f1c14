//! The text search index behind the API's `q=` (schema version 16): a report's text and its
//! mentions' names as words (`words.rs`: rasd-text's matching key, lower-cased, cut into words
//! of letters and digits, each without its proclitics, "بالموصل" as "موصل"), searched as a
//! word or a phrase of words, a query word of three chars or more also as the start of a
//! longer word ("قتل" finds "قتلى"): SQLite FTS5 with the `ascii` tokenizer (which reads
//! exactly those words; prefix queries `"قتل"*`), PostgreSQL a regular expression
//! (`' قتل[^ ]* '`) through a `pg_trgm` GIN index over the same body.
//! Versions 8 to 15 indexed the key's trigrams and found any substring ("وصل" in "بالموصل");
//! a word index writes one term a word instead of one a char (BENCHMARKS.md, spd46).
//!
//! One table `search (doc_id, event_id, body)`: a row per document with its text (title and
//! body; `event_id` NULL) and a row per event with its names (place, province, district,
//! perpetrator and target, as the record gives them). On SQLite the FTS5 rowid is `2 * seq + 1`
//! for a document's text (`seq`: its first stored event's) and `2 * seq` for event `seq`'s
//! names, by which rows are removed; PostgreSQL removes them by `doc_id`. A document with no
//! event is not indexed: nothing is listed through it.

mod words;

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

/// SQLite's case fold of a search key, None when it changes nothing: what FTS5's trigram
/// tokenizer without `case_sensitive 1` does to each char (`sqlite3Fts5UnicodeFold`, a Unicode
/// case fold). On a key, already in lower case, it changes only 13 chars that are their own
/// lower case (measured over every code point against the SQLite bundled, 3.46.0; a test checks
/// it through SQLite itself), none of which is Arabic or ASCII.
pub(crate) fn sqlite_fold(key: &str) -> Option<String> {
    let b = key.as_bytes();
    // their UTF-8 forms lead with C2, C5, CD, CF or E1
    let hit = b.iter().enumerate().any(|(i, &x)| match x {
        0xC2 => b[i + 1] == 0xB5,
        0xC5 => b[i + 1] == 0xBF,
        0xCD => b[i + 1] == 0x85,
        0xCF => matches!(
            b[i + 1],
            0x82 | 0x90 | 0x91 | 0x95 | 0x96 | 0xB0 | 0xB1 | 0xB5
        ),
        0xE1 => matches!((b[i + 1], b[i + 2]), (0xBA, 0x9B) | (0xBE, 0xBE)),
        _ => false,
    });
    hit.then(|| key.chars().map(fold_char).collect())
}

/// `sqlite3Fts5UnicodeFold(c, 0)` for a char of a lower-case text (see [`sqlite_fold`]).
fn fold_char(c: char) -> char {
    match c {
        '\u{00B5}' => '\u{03BC}',
        '\u{017F}' => 's',
        '\u{0345}' | '\u{1FBE}' => '\u{03B9}',
        '\u{03C2}' => '\u{03C3}',
        '\u{03D0}' => '\u{03B2}',
        '\u{03D1}' => '\u{03B8}',
        '\u{03D5}' => '\u{03C6}',
        '\u{03D6}' => '\u{03C0}',
        '\u{03F0}' => '\u{03BA}',
        '\u{03F1}' => '\u{03C1}',
        '\u{03F5}' => '\u{03B5}',
        '\u{1E9B}' => '\u{1E61}',
        c => c,
    }
}

/// The body of an index row (`search::words`): made beside the extraction, written by the ingest's
/// writer.
#[derive(Debug, Clone)]
pub struct Key {
    body: String,
}

impl Key {
    /// A report's text's row.
    pub(crate) fn text(text: &str) -> Key {
        Key {
            body: words::body(text),
        }
    }

    /// An event's names' row ([`names`]).
    pub(crate) fn names(e: &Event) -> Key {
        Key { body: names(e) }
    }
}

/// The names of an event, as the body of its index row.
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
    words::body(&parts.join("\n"))
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

/// SQLite's index of schema version 15: the old one (version 8's, whose tokenizer folded case)
/// renamed, a new one without the tokenizer's fold and with the column `raw`, every row copied
/// into it with its body folded ([`sqlite_fold`]), the old one dropped. PostgreSQL's is
/// unchanged.
pub(crate) fn refold(conn: &mut Conn) -> Result<(), StoreError> {
    if conn.backend() != Backend::Sqlite {
        return Ok(());
    }
    conn.batch(
        "ALTER TABLE search RENAME TO search_v14; \
         CREATE VIRTUAL TABLE search USING fts5(body, doc_id UNINDEXED, event_id UNINDEXED, \
             raw UNINDEXED, tokenize = 'trigram case_sensitive 1')",
    )?;
    tune(conn)?;
    let mut after = i64::MIN;
    loop {
        let rows = conn.query(
            "SELECT rowid, doc_id, event_id, body FROM search_v14 WHERE rowid > ? \
             ORDER BY rowid LIMIT 1000",
            &[Value::Int(after)],
        )?;
        let Some(last) = rows.last().and_then(|r| r[0].int()) else {
            break;
        };
        after = last;
        for r in rows {
            let key = r[3].string().unwrap_or_default();
            let doc_id = r[1].string().unwrap_or_default();
            let event_id = r[2].string();
            insert_folded(
                conn,
                r[0].int().unwrap_or(0),
                &doc_id,
                event_id.as_deref(),
                key,
            )?;
        }
    }
    conn.batch("DROP TABLE search_v14")
}

/// The word index of schema version 16 ([`words`]), filled again from the stored documents
/// and events: on SQLite a new FTS5 table with the `ascii` tokenizer (and the settings of
/// [`tune`]) in place of the trigram one, on PostgreSQL the same table and indexes, its rows
/// written again.
pub(crate) fn rebuild_words(conn: &mut Conn) -> Result<(), StoreError> {
    match conn.backend() {
        Backend::Sqlite => {
            conn.batch(
                "DROP TABLE search; \
                 CREATE VIRTUAL TABLE search USING fts5(body, doc_id UNINDEXED, \
                     event_id UNINDEXED, tokenize = 'ascii')",
            )?;
            tune(conn)?;
        }
        Backend::Postgres => conn.batch("DELETE FROM search")?,
    }
    backfill(conn)
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

/// One row of the index of schema version 15 (SQLite): the key's fold as its body, the key
/// itself as `raw` when they differ.
fn insert_folded(
    conn: &mut Conn,
    rowid: i64,
    doc_id: &str,
    event_id: Option<&str>,
    key: String,
) -> Result<(), StoreError> {
    let (body, raw) = match sqlite_fold(&key) {
        Some(folded) => (folded, Some(key)),
        None => (key, None),
    };
    conn.exec(
        "INSERT INTO search (rowid, doc_id, event_id, body, raw) VALUES (?, ?, ?, ?, ?)",
        &[
            Value::Int(rowid),
            doc_id.into(),
            event_id.into(),
            body.into(),
            raw.into(),
        ],
    )?;
    Ok(())
}

/// One row of the index (the backfills of versions 8 and 16): `rowid` on SQLite, `event_id`
/// None for a document's text.
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
    rows: Vec<(i64, String, Option<String>, Key)>,
}

impl Pending {
    /// Queues a stored document's text by its words ([`Key::text`]; its row's seq: its
    /// first event's) and its events' names (`(seq, event_id, names)`, [`names`]).
    pub(crate) fn add_document(&mut self, doc_id: &str, key: &Key, events: &[(i64, &str, &Key)]) {
        let Some(first) = events.iter().map(|(seq, _, _)| *seq).min() else {
            return;
        };
        self.rows
            .push((2 * first + 1, doc_id.to_string(), None, key.clone()));
        for (seq, event_id, names) in events {
            self.rows.push((
                2 * seq,
                doc_id.to_string(),
                Some(event_id.to_string()),
                (*names).clone(),
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
                for (rowid, doc_id, event_id, key) in rows {
                    insert(conn, rowid, &doc_id, event_id.as_deref(), key.body)?;
                }
            }
            Backend::Postgres => {
                // one COPY for them all (a round trip each took most of a batch's time)
                let rows: Vec<Vec<Value>> = rows
                    .into_iter()
                    .map(|(_, doc_id, event_id, body)| {
                        vec![doc_id.into(), event_id.into(), body.body.into()]
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

/// Fills the index of an existing store (migrations 8 and 16), a page of events at a time.
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
                insert(conn, 2 * seq + 1, &doc_id, None, words::body(&text))?;
            }
        }
    }
}

/// The index rows holding `text`'s words ([`words::phrases`]: without their proclitics, or as
/// written; a word of three chars or more also as the start of a longer word), and its
/// parameters: `SELECT id` (the FTS5 rowid, `2 * seq + 1` or `2 * seq`: no text is read) on
/// SQLite, `SELECT doc_id, event_id` on PostgreSQL. A query without a word (punctuation alone)
/// finds nothing.
pub(crate) fn matching(backend: Backend, text: &str) -> (String, Vec<Value>) {
    let phrases = words::phrases(text);
    match backend {
        Backend::Sqlite if phrases.is_empty() => {
            ("SELECT rowid AS id FROM search WHERE 0".into(), vec![])
        }
        Backend::Sqlite => {
            let fts: Vec<String> = phrases.iter().map(|p| fts5_phrase(p)).collect();
            (
                "SELECT rowid AS id FROM search WHERE search MATCH ?".into(),
                vec![fts.join(" OR ").into()],
            )
        }
        Backend::Postgres if phrases.is_empty() => (
            "SELECT doc_id, event_id FROM search WHERE false".into(),
            vec![],
        ),
        Backend::Postgres => {
            let regexes = vec!["body ~ ?"; phrases.len()].join(" OR ");
            (
                format!("SELECT doc_id, event_id FROM search WHERE {regexes}"),
                phrases.iter().map(|p| pg_phrase(p).into()).collect(),
            )
        }
    }
}

/// A phrase as an FTS5 query: its words in order, each quoted, a prefix word starred
/// (`"قتل"* + "في"`: FTS5's phrase of prefix and whole tokens). A word holds letters and digits
/// alone: nothing FTS5 reads as syntax inside the quotes.
fn fts5_phrase(phrase: &[words::QueryWord]) -> String {
    let parts: Vec<String> = phrase
        .iter()
        .map(|w| format!("\"{}\"{}", w.word, if w.prefix { "*" } else { "" }))
        .collect();
    parts.join(" + ")
}

/// A phrase as a PostgreSQL regular expression over a body (words one space apart, a space
/// before and after): each word after a space, a prefix word followed by any other chars of its
/// word, the last word followed by a space (`' قتل[^ ]* في '`). A word holds letters and digits
/// alone, none of which a regular expression reads as syntax; pg_trgm's GIN index answers it.
fn pg_phrase(phrase: &[words::QueryWord]) -> String {
    let mut re = String::new();
    for w in phrase {
        re.push(' ');
        re.push_str(&w.word);
        if w.prefix {
            re.push_str("[^ ]*");
        }
    }
    re.push(' ');
    re
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

#[cfg(test)]
mod fold_tests {
    use super::{fold_char, refold, search_key, sqlite_fold};
    use crate::db::{Conn, Value};

    pub(super) fn sqlite() -> Conn {
        Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap())
    }

    /// The rowids a query finds.
    pub(super) fn ids(conn: &mut Conn, sql: &str, params: &[Value]) -> Vec<i64> {
        let mut ids: Vec<i64> = conn
            .query(sql, params)
            .unwrap()
            .iter()
            .map(|r| r[0].int().unwrap())
            .collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn fold_is_sqlites_over_every_char_of_a_lower_case_text() {
        // SQLite's own fold of each char a key can hold (every char of a lower case), read back
        // from the trigram "@@" + char in a table whose tokenizer folds. Above U+107FF its fold
        // changes nothing (its code: a table for the BMP, then Deseret, U+10400 to U+10427).
        let mut chars: Vec<char> = (1..0x10800u32)
            .filter_map(char::from_u32)
            .flat_map(char::to_lowercase)
            .chain(['\u{03C2}'])
            .collect();
        chars.sort_unstable();
        chars.dedup();
        let mut conn = sqlite();
        conn.batch(
            "CREATE VIRTUAL TABLE t USING fts5(b, tokenize = 'trigram'); \
             CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')",
        )
        .unwrap();
        for (n, block) in chars.chunks(4096).enumerate() {
            let text: String = block.iter().flat_map(|&c| ['@', '@', c]).collect();
            conn.exec(
                "INSERT INTO t (rowid, b) VALUES (?, ?)",
                &[Value::Int(n as i64), text.into()],
            )
            .unwrap();
        }
        let rows = conn
            .query("SELECT term, doc, offset FROM v WHERE offset % 3 = 0", &[])
            .unwrap();
        assert_eq!(rows.len(), chars.len());
        let mut folded = 0;
        for r in rows {
            let c = chars[r[1].int().unwrap() as usize * 4096 + r[2].int().unwrap() as usize / 3];
            let term = r[0].string().unwrap();
            let f = term.chars().nth(2).unwrap();
            // (SQLite reads U+FFFE and U+FFFF as U+FFFD, whether the tokenizer folds or not)
            let read = |c: char| match c {
                '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
                c => c,
            };
            assert_eq!(read(fold_char(c)), f, "U+{:04X}", c as u32);
            folded += usize::from(f != read(c));
            // the byte test finds every char the fold changes, alone and inside a text
            for s in [c.to_string(), format!("ب{c}x"), format!("«{c}ς")] {
                let by_chars = s.chars().any(|c| fold_char(c) != c);
                assert_eq!(sqlite_fold(&s).is_some(), by_chars, "U+{:04X}", c as u32);
            }
        }
        assert_eq!(folded, 13);
    }

    /// The texts and the queries of the comparison: Arabic words, a substring inside a word, a
    /// name with its clitics, Latin text in mixed case, queries of one and two chars, and the
    /// chars SQLite's fold changes (Greek, µ, long s) in texts and queries.
    const TEXTS: &[&str] = &[
        "قُتِلَ ثلاثة في إنفجار بالموصل أمس",
        "هجوم مسلح في الرياض، وفق مصدر أمني «رسمي»",
        "ISIS claimed the attack in Mosul; Reuters and AFP reported it",
        "انفجار عبوة ناسفة في بغداد ١٢ قتيلا",
        "Σίσυφος ΟΔΟΣ οδός µg μg ſtraße strasse ϑεός θεός",
        "ΣΑΣ σας ϐ β ι ͅ ᾳ",
        "والبصرة وللبصرة فالبصرة",
        "a % b _ c \" d",
        "only µm here",
    ];
    const QUERIES: &[&str] = &[
        "في",
        "ف",
        "قتل",
        "انفجار",
        "إنْفِجار",
        "الموصل",
        "بالموصل",
        "وصل",
        "البصرة",
        "للبصرة",
        "isis",
        "Mosul",
        "mOsUl",
        "ReUtErS AND afp",
        "is",
        "s",
        "a",
        "µg",
        "μg",
        "µ",
        "μ",
        "μm h",
        "ſtr",
        "str",
        "straße",
        "ſ",
        "ς",
        "σ",
        "σας",
        "σασ",
        "ΣΑΣ",
        "οδος",
        "οδός",
        "ΟΔΟΣ",
        "θεός",
        "ϑεός",
        "ι",
        "ͅ",
        "%",
        "\"",
        "c \" d",
        "_ c",
        "١٢",
        "12",
        "كلمةلاتوجد",
    ];

    /// The rows each query finds: a key of 3 chars or more as a phrase (through `fold` when
    /// given), a shorter one by `instr` over `short_in`.
    fn found_with(
        conn: &mut Conn,
        fold: Option<fn(&str) -> Option<String>>,
        short_in: &str,
    ) -> Vec<Vec<i64>> {
        QUERIES
            .iter()
            .map(|q| {
                let key = search_key(q);
                if key.chars().count() >= 3 {
                    let key = fold.and_then(|f| f(&key)).unwrap_or(key);
                    let phrase = format!("\"{}\"", key.replace('"', "\"\""));
                    let sql = "SELECT rowid FROM search WHERE search MATCH ?";
                    ids(conn, sql, &[phrase.into()])
                } else {
                    let sql = format!("SELECT rowid FROM search WHERE instr({short_in}, ?) > 0");
                    ids(conn, &sql, &[key.into()])
                }
            })
            .collect()
    }

    /// Schema version 14's index and its query (version 8's `create`, its rows as
    /// `search_key` gave them, the tokenizer's own fold): the rows each query found.
    fn found_before(conn: &mut Conn) -> Vec<Vec<i64>> {
        found_with(conn, None, "body")
    }

    /// Schema version 15's query: a phrase of 3 chars or more by its fold against the folded
    /// bodies, a shorter one as it is against the key as it was.
    fn found(conn: &mut Conn) -> Vec<Vec<i64>> {
        found_with(conn, Some(sqlite_fold), "coalesce(raw, body)")
    }

    #[test]
    fn searches_find_what_they_found_before_the_fold_moved() {
        // version 14's index, migrated to 15
        let mut old = sqlite();
        super::create(&mut old).unwrap();
        super::tune(&mut old).unwrap();
        for (i, t) in TEXTS.iter().enumerate() {
            super::insert(&mut old, 2 * i as i64 + 1, "d", None, search_key(t)).unwrap();
        }
        let before = found_before(&mut old);
        refold(&mut old).unwrap();
        let migrated = found(&mut old);
        for (i, q) in QUERIES.iter().enumerate() {
            assert_eq!(migrated[i], before[i], "{q:?} migrated");
        }
        // the texts and queries reach every path: found and not, folded and not
        assert!(before.iter().any(|r| r.is_empty()));
        assert!(before.iter().any(|r| r.len() >= 2));
        // a long query matched the fold, a short one the text as it is
        assert_eq!(found_before_of(&before, "μm h"), vec![17]);
        assert!(!found_before_of(&before, "μ").contains(&17));
        // a migrated row keeps its key when the fold changed it
        let raw = old.query("SELECT count(raw) FROM search", &[]).unwrap()[0][0].int();
        assert_eq!(raw, Some(3));
    }

    fn found_before_of(before: &[Vec<i64>], q: &str) -> Vec<i64> {
        before[QUERIES.iter().position(|x| *x == q).unwrap()].clone()
    }
}
