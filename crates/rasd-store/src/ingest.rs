//! The write path of [`Store::ingest_batch`]: a batch of prepared reports stored in one
//! transaction (on PostgreSQL at once, with COPY, when it holds only new or unchanged
//! documents), each document under a savepoint when the batch must be able to refuse one, and
//! its events clustered under the batch's bucket locks ([`Store::cluster_step`]).

use super::*;

/// The clustering step of a batch ([`Store::cluster_step`]).
struct ClusterStep<'a> {
    /// The SQL that takes the batch's bucket locks, until it ran (PostgreSQL).
    locks: Option<&'a str>,
    /// The batch's events are numbered after this.
    first_seq: i64,
    /// Each document is clustered under a savepoint of its own (see `ingest_prepared`).
    savepoints: bool,
    /// The documents stored and not clustered yet: (report, new, events with their seq).
    pending: Vec<PendingDocument<'a>>,
    /// Event rows not inserted yet ([`event_row`]; PostgreSQL's batch stored at once,
    /// `Store::store_documents_at_once`): inserted under the locks with their final seq, so
    /// that they need no renumbering.
    events: Vec<Vec<Value>>,
}

/// A stored document whose events are not clustered yet: (report, new, events with their seq).
/// Each event comes with its seq and whether it is a retelling left out of the table, which
/// may join an incident but never founds one.
type PendingDocument<'a> = (&'a Report, bool, Vec<(Event, i64, bool)>);

/// A report's event as it is stored: under the report's id (an event that names another
/// document is stored under the report, with a warning, and its prepared record, which holds
/// the other id, is dropped) and once (a second event with the same id is skipped, with a
/// warning). None when it is skipped.
fn own_event<'a>(
    report: &Report,
    event: &'a Event,
    record: Option<&'a str>,
    seen: &mut HashSet<String>,
    warnings: &mut Vec<String>,
) -> Option<(std::borrow::Cow<'a, Event>, Option<&'a str>)> {
    let mut event = std::borrow::Cow::Borrowed(event);
    // the record prepared is the event's as stored unless its doc_id changes here
    let mut record = record;
    if event.doc_id != report.id {
        record = None;
        warnings.push(format!(
            "{}: doc_id {:?} differs from the report's id {:?}; stored under the report",
            event.event_id, event.doc_id, report.id
        ));
        event.to_mut().doc_id = report.id.clone();
    }
    if !seen.insert(event.event_id.clone()) {
        warnings.push(format!("{}: duplicate event_id, skipped", event.event_id));
        return None;
    }
    Some((event, record))
}

/// Counts an event just stored and queues it for clustering with its seq: only the incident
/// table founds clusters; a left-out mention (a statistic, an intent, a denial, ...) never
/// creates or joins one, a retelling left out (status background, or incident below the floor)
/// may join one (queued as a retelling). An event is copied only when it is queued.
fn queue_stored(
    event: std::borrow::Cow<'_, Event>,
    seq: i64,
    in_table: bool,
    to_cluster: &mut Vec<(Event, i64, bool)>,
    stats: &mut IngestStats,
) {
    if !in_table {
        stats.events_left_out += 1;
        if retelling_status(&event) {
            to_cluster.push((event.into_owned(), seq, true));
        }
    } else {
        to_cluster.push((event.into_owned(), seq, false));
    }
    stats.events_inserted += 1;
}

impl Store {
    pub(crate) fn begin(&mut self) -> Result<(), StoreError> {
        match self.conn.backend() {
            Backend::Sqlite => {
                self.conn.batch("BEGIN IMMEDIATE")?;
                // another connection committed since: the in-memory copy of the candidate
                // search may be behind the tables
                let version = self
                    .conn
                    .query_one("PRAGMA data_version", &[])?
                    .and_then(|r| r[0].int());
                if version != self.data_version {
                    self.drop_rep_index();
                    self.data_version = version;
                }
                Ok(())
            }
            Backend::Postgres => self.conn.batch("BEGIN"),
        }
    }

    /// The mentions of a batch that are clustered (the incident table's).
    fn clustered_mentions(&self, batch: &[Prepared]) -> Vec<Mention> {
        batch
            .iter()
            .flat_map(|Prepared { report, events, .. }| {
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
        let prepared: Vec<Prepared> = batch
            .iter()
            .map(|(report, events)| Prepared::new(report.clone(), events.clone()))
            .collect();
        self.ingest_prepared(&prepared)
    }

    /// [`Store::ingest_batch`] of reports prepared beforehand (by any thread).
    pub fn ingest_prepared(&mut self, batch: &[Prepared]) -> Result<IngestStats, StoreError> {
        let locks = match self.conn.backend() {
            Backend::Sqlite => None,
            Backend::Postgres => {
                let mentions = self.clustered_mentions(batch);
                Some(workers::lock_sql(
                    workers::bucket_locks(&mentions).as_deref(),
                ))
            }
        };
        // A document the database refuses is rolled back alone, under a savepoint of its own.
        // A batch first runs without them (on SQLite each costs the pages it writes once more,
        // in the savepoint's journal; on PostgreSQL each is a round trip, and the batch's
        // documents are stored with a few statements, `store_documents_at_once`); when the
        // database refuses something, the batch is rolled back and run again with them, so
        // that it stores what it would have stored with them from the start.
        let mut savepoints = false;
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
                .ingest_in_transaction(batch, now, locks.as_deref(), savepoints)
                .and_then(|stats| self.conn.batch("COMMIT").map(|()| stats));
            match result {
                Ok(stats) => {
                    if let Some(c) = &mut self.checkpointer {
                        c.committed();
                    }
                    return Ok(stats);
                }
                Err(e) => {
                    let _ = self.conn.batch("ROLLBACK");
                    self.drop_rep_index();
                    if !savepoints && refused(&e) {
                        savepoints = true;
                        continue;
                    }
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
    /// savepoint when `savepoints`, see [`Store::ingest_prepared`]), then the new events of the incident table are clustered in input order. On
    /// PostgreSQL the clustering step runs under the batch's bucket locks (`locks`, the SQL
    /// that takes them), so that other workers store their documents meanwhile; its events are
    /// numbered from a block of `event_seq` taken under the locks (inserted then when the
    /// batch is stored at once, [`Store::store_documents_at_once`], else renumbered), so that
    /// the seq order of two batches that cluster in the same buckets is the order they
    /// clustered in.
    fn ingest_in_transaction(
        &mut self,
        batch: &[Prepared],
        now: i64,
        locks: Option<&str>,
        savepoints: bool,
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
                let n: usize = batch.iter().map(|p| p.events.len()).sum();
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
            savepoints,
            pending: Vec::new(),
            events: Vec::new(),
        };
        // PostgreSQL: the whole batch's documents, events and index rows in a few statements
        // when it can (new or unchanged documents only); else one document at a time below
        if !savepoints
            && self.conn.backend() == Backend::Postgres
            && self.store_documents_at_once(batch, now, &mut seq, &mut step, &mut stats)?
        {
            self.cluster_step(&mut step, &mut seq, &mut stats)?;
            self.flush_tolls()?;
            return Ok(stats);
        }
        for prepared in batch {
            let report = &prepared.report;
            let existing = self
                .conn
                .query_one(
                    "SELECT text_hash FROM documents WHERE id = ?",
                    &[report.id.as_str().into()],
                )?
                .map(|r| r[0].string().unwrap_or_default());
            // a replaced document's events leave their clusters after the events before it
            // are clustered, as they would one report at a time
            if existing.as_deref().is_some_and(|h| h != prepared.hash) {
                self.cluster_step(&mut step, &mut seq, &mut stats)?;
                // the index rows queued so far are written, so that the document's savepoint
                // covers the removal of its earlier rows whether queued or written
                self.pending_search.write(&mut self.conn)?;
            }
            // one document at a time: a document the database refuses is rolled back alone
            if savepoints {
                self.conn.step("SAVEPOINT document")?;
            }
            let mut doc = IngestStats::default();
            let mut doc_seq = seq;
            let mut to_cluster = Vec::new();
            match self.ingest_document(
                prepared,
                existing,
                now,
                &mut doc_seq,
                &mut doc,
                &mut to_cluster,
            ) {
                Ok(()) => {
                    if savepoints {
                        self.conn.step("RELEASE SAVEPOINT document")?;
                    }
                    seq = doc_seq;
                    stats.add(&doc);
                    if !to_cluster.is_empty() {
                        step.pending
                            .push((report, doc.documents_new == 1, to_cluster));
                    }
                }
                Err(e) if savepoints && refused(&e) => {
                    self.conn
                        .batch("ROLLBACK TO SAVEPOINT document; RELEASE SAVEPOINT document")?;
                    self.drop_rep_index();
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

    /// The documents of a batch, their events and their index rows stored with a few
    /// statements (PostgreSQL, where each statement is a round trip to the server: one
    /// document at a time took about seven each), when every document is new or unchanged and
    /// none is twice in the batch: what the document loop of [`Store::ingest_in_transaction`]
    /// stores, in the same order, with the same stats. The event rows wait in `step.events`
    /// for the clustering step. Returns false, having written nothing, when the batch is not
    /// such a batch. A row the server refuses fails the whole statement (an event id already
    /// stored for another document, which the loop skips with a warning, too): the batch is
    /// then run again a document at a time under savepoints ([`Store::ingest_prepared`]), as
    /// on SQLite.
    fn store_documents_at_once<'a>(
        &mut self,
        batch: &'a [Prepared],
        now: i64,
        seq: &mut i64,
        step: &mut ClusterStep<'a>,
        stats: &mut IngestStats,
    ) -> Result<bool, StoreError> {
        // (the events go in when the clustering step takes the locks)
        debug_assert!(step.locks.is_some());
        let mut ids = HashSet::new();
        if !batch.iter().all(|p| ids.insert(p.report.id.as_str())) {
            return Ok(false);
        }
        let ids: Vec<&str> = batch.iter().map(|p| p.report.id.as_str()).collect();
        let stored = self.stored_keys("SELECT id, text_hash FROM documents WHERE id", &ids)?;
        if batch
            .iter()
            .any(|p| stored.get(&p.report.id).is_some_and(|h| *h != p.hash))
        {
            return Ok(false);
        }
        let new: Vec<&Prepared> = batch
            .iter()
            .filter(|p| !stored.contains_key(&p.report.id))
            .collect();
        stats.documents_unchanged += (batch.len() - new.len()) as u64;
        let mut documents = Vec::with_capacity(new.len());
        for prepared in new {
            let report = &prepared.report;
            let mut seen = HashSet::new();
            let mut indexed: Vec<(i64, String, &search::Key)> = Vec::new();
            let mut to_cluster = Vec::new();
            for ((event, record), names) in prepared
                .events
                .iter()
                .zip(&prepared.records)
                .zip(&prepared.names)
            {
                // as `ingest_document`
                let Some((event, record)) = own_event(
                    report,
                    event,
                    record.as_deref(),
                    &mut seen,
                    &mut stats.warnings,
                ) else {
                    continue;
                };
                let in_table = self.in_table(&event);
                *seq += 1;
                step.events.push(event_row(
                    &event,
                    record,
                    report.published.as_deref(),
                    *seq,
                    in_table,
                )?);
                indexed.push((*seq, event.event_id.clone(), names));
                queue_stored(event, *seq, in_table, &mut to_cluster, stats);
            }
            documents.push(vec![
                report.id.as_str().into(),
                report.text.as_str().into(),
                prepared.hash.as_str().into(),
                report.published.clone().into(),
                report.source.clone().into(),
                report.url.clone().into(),
                Value::Int(indexed.len() as i64),
                Value::Int(now),
            ]);
            let indexed: Vec<(i64, &str, &search::Key)> = indexed
                .iter()
                .map(|(s, id, names)| (*s, id.as_str(), *names))
                .collect();
            self.pending_search
                .add_document(&report.id, &prepared.key, &indexed);
            stats.documents_new += 1;
            if !to_cluster.is_empty() {
                step.pending.push((report, true, to_cluster));
            }
        }
        self.conn.insert_rows(
            "documents",
            &[
                "id",
                "text",
                "text_hash",
                "published",
                "source",
                "url",
                "n_events",
                "ingested_at",
            ],
            &documents,
        )?;
        self.pending_search.write(&mut self.conn)?;
        Ok(true)
    }

    /// `sql` (`SELECT key, value FROM table WHERE key`) for each of `keys`, a hundred a
    /// statement: the map of the keys found to their values.
    fn stored_keys(
        &mut self,
        sql: &str,
        keys: &[&str],
    ) -> Result<std::collections::HashMap<String, String>, StoreError> {
        const CHUNK: usize = 100;
        let mut out = std::collections::HashMap::new();
        let sql = format!("{sql} IN ({})", ["CAST(? AS TEXT)"; CHUNK].join(", "));
        for chunk in keys.chunks(CHUNK) {
            let mut params: Vec<Value> = chunk.iter().map(|&k| Value::from(k)).collect();
            params.resize(CHUNK, Value::Null);
            for r in self.conn.query(&sql, &params)? {
                out.insert(
                    r[0].string().unwrap_or_default(),
                    r[1].string().unwrap_or_default(),
                );
            }
        }
        Ok(out)
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
            if step.events.is_empty() {
                self.conn.exec(
                    "UPDATE events SET seq = seq + ? WHERE seq > ? AND seq <= ?",
                    &[
                        Value::Int(shift),
                        Value::Int(step.first_seq),
                        Value::Int(*seq),
                    ],
                )?;
            } else {
                // (stored at once: inserted now, with their final seq)
                let mut rows = std::mem::take(&mut step.events);
                for row in &mut rows {
                    if let Value::Int(s) = &mut row[EVENT_SEQ_COLUMN] {
                        *s += shift;
                    }
                }
                self.conn.insert_rows("events", &EVENT_COLUMNS, &rows)?;
            }
            *seq += shift;
            for (_, _, events) in &mut step.pending {
                for (_, s, _) in events {
                    *s += shift;
                }
            }
        }
        for (report, new, events) in std::mem::take(&mut step.pending) {
            if step.savepoints {
                self.conn.step("SAVEPOINT clustering")?;
            }
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
                    if step.savepoints {
                        self.conn.step("RELEASE SAVEPOINT clustering")?;
                    }
                    stats.add(&doc);
                }
                Err(e) if step.savepoints && refused(&e) => {
                    // the database refuses what the clustering stores of it: the document is
                    // left out (a replaced one loses its earlier version too)
                    self.conn
                        .batch("ROLLBACK TO SAVEPOINT clustering; RELEASE SAVEPOINT clustering")?;
                    self.drop_rep_index();
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
        prepared: &Prepared,
        existing: Option<String>,
        now: i64,
        seq_out: &mut i64,
        stats: &mut IngestStats,
        to_cluster: &mut Vec<(Event, i64, bool)>,
    ) -> Result<(), StoreError> {
        let mut seq = *seq_out;
        let report = &prepared.report;
        // the document's row is written with the count of its events as prepared, and
        // rewritten below only when fewer are stored (a duplicate id skipped): one statement a
        // document less, the same row
        let expected = prepared.events.len() as i64;
        {
            let hash = prepared.hash.as_str();
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
                            Value::Int(expected),
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
                            Value::Int(expected),
                            Value::Int(now),
                        ],
                    )?;
                    stats.documents_new += 1;
                }
            }
            let mut seen = HashSet::new();
            let mut n_events = 0;
            let mut indexed: Vec<(i64, String, &search::Key)> = Vec::new();
            for (((event, record), names), cells) in prepared
                .events
                .iter()
                .zip(&prepared.records)
                .zip(&prepared.names)
                .zip(&prepared.cells)
            {
                let Some((event, record)) = own_event(
                    report,
                    event,
                    record.as_deref(),
                    &mut seen,
                    &mut stats.warnings,
                ) else {
                    continue;
                };
                let in_table = self.in_table(&event);
                // the prepared cells are the event's unless it was stored under another id
                let cells = match &event {
                    std::borrow::Cow::Borrowed(_) => cells.clone(),
                    std::borrow::Cow::Owned(e) => event_cells(e, report.published.as_deref()),
                };
                if !self.insert_event(cells, &event, record, seq + 1, in_table)? {
                    stats.warnings.push(format!(
                        "{}: event_id already stored for another document, skipped",
                        event.event_id
                    ));
                    continue;
                }
                seq += 1;
                indexed.push((seq, event.event_id.clone(), names));
                queue_stored(event, seq, in_table, to_cluster, stats);
                n_events += 1;
            }
            if n_events != expected {
                self.conn.exec(
                    "UPDATE documents SET n_events = ? WHERE id = ?",
                    &[Value::Int(n_events), report.id.as_str().into()],
                )?;
            }
            let indexed: Vec<(i64, &str, &search::Key)> = indexed
                .iter()
                .map(|(s, id, names)| (*s, id.as_str(), *names))
                .collect();
            self.pending_search
                .add_document(&report.id, &prepared.key, &indexed);
            if self.conn.backend() == Backend::Postgres {
                // no segment per savepoint there: the rows go in with the document, so that
                // one the server refuses leaves the batch alone
                self.pending_search.write(&mut self.conn)?;
            }
        }
        *seq_out = seq;
        Ok(())
    }

    /// Inserts one event row (from its [`event_cells`]); false when its event_id is already
    /// stored.
    fn insert_event(
        &mut self,
        cells: Vec<Value>,
        e: &Event,
        record: Option<&str>,
        seq: i64,
        in_table: bool,
    ) -> Result<bool, StoreError> {
        let row = finish_event_row(cells, e, record, seq, in_table)?;
        static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
            format!(
                "INSERT INTO events ({}) VALUES ({}) ON CONFLICT (event_id) DO NOTHING",
                EVENT_COLUMNS.join(", "),
                ["?"; EVENT_COLUMNS.len()].join(", ")
            )
        });
        let n = self.conn.exec(&SQL, &row)?;
        Ok(n == 1)
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
        // (its retellings are kept no more)
        self.conn.exec(
            "DELETE FROM retelling_keys WHERE event_id IN \
             (SELECT event_id FROM events WHERE doc_id = ?)",
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
        // (a new event of the same id may take a deleted one's seq)
        self.kept_mentions.clear();
        for c in clusters {
            self.members_left(c)?;
        }
        Ok(n)
    }
}
