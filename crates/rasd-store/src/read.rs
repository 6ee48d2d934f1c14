//! Read queries for browsing (the HTTP API of rasd-serve): incidents filtered and paginated with
//! a keyset cursor, one incident with its documents, one document with its events, a timeline.
//!
//! Pagination is keyset, not OFFSET: a page is "the next `limit` rows after this (key, id)", so
//! a page costs the same at row 100,000 as at row 0 and rows inserted meanwhile never shift a
//! page. Rows whose sort key is NULL (undated incidents, unknown fatalities) come last in both
//! directions; the cursor says which of the two phases (keyed rows, then NULL rows) it is in.
//! Filters on the incident's own columns read `clusters` only; `actor` looks at every mention of
//! the incident, `text` at the text index of its reports and mentions' names (`search.rs`).

use std::collections::{BTreeMap, HashMap};

use rasd_core::Event;

use crate::db::{Row, Value};
use crate::{Backend, ClusterRecord, Spread, Store, StoreError};

/// The incident columns a page can be sorted by (ties broken by incident id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The incident's date (undated last).
    #[default]
    Date,
    /// The best fatality figure (unknown last).
    Fatalities,
    /// The incident id.
    Id,
}

/// Which incidents to read. Every field narrows the set; `None` leaves it open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Inclusive `YYYY-MM-DD` bounds on the incident's date (undated incidents are left out
    /// when either is set).
    pub from: Option<String>,
    pub to: Option<String>,
    /// ISO 3166-1 alpha-2, compared as given (callers upper-case it).
    pub country: Option<String>,
    pub admin1: Option<String>,
    /// Any of these exact admin1 names (`Some(empty)` selects nothing): a caller that resolves
    /// a name given in another language or spelling (the API's Arabic `admin1`) fills it.
    pub admin1_in: Option<Vec<String>>,
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    /// A substring of an actor's name in any mention (case-insensitive).
    pub actor: Option<String>,
    /// Any of these exact actor names, as actor1 or actor2 of any mention (`Some(empty)`
    /// selects nothing): what a name given in Arabic resolves to.
    pub actor_in: Option<Vec<String>>,
    /// A substring of the text of any mention's report or of its names (places, provinces,
    /// actors), compared as rasd-text's matching key: case, diacritics, tatweel and alef, ya
    /// and ta marbuta forms do not matter (through the text index, `search.rs`).
    pub text: Option<String>,
}

/// Where a page starts: after the row with this sort key and id.
#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    /// The last row's sort key; `None` when it was NULL (the page continues among NULL rows).
    pub key: Option<CursorKey>,
    pub id: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CursorKey {
    Text(String),
    Int(i64),
}

/// One page request.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    pub filter: EventFilter,
    pub sort: SortKey,
    pub descending: bool,
    /// Rows per page (callers bound it).
    pub limit: usize,
    pub after: Option<Cursor>,
}

/// One incident as a table row: the cluster's columns and its representative's actors.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventSummary {
    pub id: i64,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub event_type: String,
    pub sub_event_type: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub place: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub fatalities: Spread,
    /// The highest figure is an open "at least" one (DESIGN.md §3): the toll is `best` or more.
    pub fatalities_at_least: bool,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub n_mentions: i64,
    pub n_sources: i64,
    pub representative: String,
}

/// A page of incidents and the cursor of the next one (None on the last page).
#[derive(Debug, Clone, PartialEq)]
pub struct EventPage {
    pub events: Vec<EventSummary>,
    pub next: Option<Cursor>,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DocumentRecord {
    pub id: String,
    pub text: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// What an export tells of a stored document beside its events (ACLED's `source`, `notes`,
/// `timestamp`, and the publication date `event_date` falls back to): the document as a report
/// (its `text` empty unless asked for) and when it was stored.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOrigin {
    pub report: rasd_core::Report,
    /// Unix seconds; None for a document stored before schema version 5.
    pub ingested_at: Option<i64>,
}

/// A stored event record and the incident it belongs to.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DocumentEvent {
    pub cluster_id: Option<i64>,
    pub event: Event,
}

/// A mention stored but left out of the incident table (its record carries its `status`), and
/// its place in input order (the key of the next page).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LeftOut {
    pub seq: i64,
    pub event: Event,
}

/// Incidents per date and event type: `(date, event_type, incidents)`, ordered by date, plus
/// the number of undated incidents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub days: Vec<(String, String, i64)>,
    pub undated: i64,
}

/// The columns of a table row. The last says whether the toll's top is open, as
/// `toll::top_open` reads it: a member's `at_least` figure reaches the incident's high.
const SUMMARY_COLS: &str = "c.id, c.date, c.date_precision, c.event_type, c.sub_event_type, \
    c.country, c.admin1, c.place, c.lat, c.lon, c.fatalities_low, c.fatalities_best, \
    c.fatalities_high, c.n_mentions, c.n_sources, c.rep_event_id, e.actor1, e.actor2, \
    CASE WHEN EXISTS (SELECT 1 FROM cluster_members m JOIN events x ON x.event_id = m.event_id \
    WHERE m.cluster_id = c.id AND x.fatalities_qualifier = 'at_least' \
    AND x.fatalities_min IS NOT NULL AND (CASE WHEN x.fatalities_max > x.fatalities_min \
    THEN x.fatalities_max ELSE x.fatalities_min END) = c.fatalities_high) THEN 1 ELSE 0 END";

fn summary_from_row(r: &Row) -> EventSummary {
    EventSummary {
        id: r[0].int().unwrap_or(0),
        date: r[1].string(),
        date_precision: r[2].string(),
        event_type: r[3].string().unwrap_or_default(),
        sub_event_type: r[4].string().unwrap_or_default(),
        country: r[5].string(),
        admin1: r[6].string(),
        place: r[7].string(),
        lat: r[8].real(),
        lon: r[9].real(),
        fatalities: Spread {
            low: r[10].int().map(|v| v as u64),
            best: r[11].int().map(|v| v as u64),
            high: r[12].int().map(|v| v as u64),
        },
        n_mentions: r[13].int().unwrap_or(0),
        n_sources: r[14].int().unwrap_or(0),
        representative: r[15].string().unwrap_or_default(),
        actor1: r[16].string(),
        actor2: r[17].string(),
        fatalities_at_least: r[18].int() == Some(1),
    }
}

/// ` AND (col IN (?, ...))` over `cols` (any of them), or ` AND 1 = 0` for an empty list.
fn any_of(sql: &mut String, params: &mut Vec<Value>, cols: &[&str], values: &[String]) {
    if values.is_empty() {
        sql.push_str(" AND 1 = 0");
        return;
    }
    let marks = vec!["?"; values.len()].join(", ");
    let ors: Vec<String> = cols.iter().map(|c| format!("{c} IN ({marks})")).collect();
    sql.push_str(&format!(" AND ({})", ors.join(" OR ")));
    for _ in cols {
        params.extend(values.iter().map(Value::from));
    }
}

/// `%text%` for LIKE, with `\` escaping the wildcards, lower-cased.
fn like_pattern(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 2);
    p.push('%');
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// The WHERE clause (starting with `1 = 1`) of a filter over `clusters c`, and its parameters.
fn filter_sql(backend: Backend, f: &EventFilter) -> (String, Vec<Value>) {
    let mut sql = String::from("1 = 1");
    let mut params = Vec::new();
    let mut eq = |sql: &mut String, col: &str, op: &str, v: &Option<String>| {
        if let Some(v) = v {
            sql.push_str(&format!(" AND {col} {op} ?"));
            params.push(Value::from(v.as_str()));
        }
    };
    eq(&mut sql, "c.date", ">=", &f.from);
    eq(&mut sql, "c.date", "<=", &f.to);
    eq(&mut sql, "c.country", "=", &f.country);
    eq(&mut sql, "c.admin1", "=", &f.admin1);
    eq(&mut sql, "c.event_type", "=", &f.event_type);
    eq(&mut sql, "c.sub_event_type", "=", &f.sub_event_type);
    if let Some(names) = &f.admin1_in {
        any_of(&mut sql, &mut params, &["c.admin1"], names);
    }
    if let Some(names) = &f.actor_in {
        let mut inner = String::new();
        any_of(&mut inner, &mut params, &["x.actor1", "x.actor2"], names);
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM cluster_members m JOIN events x ON x.event_id = m.event_id \
             WHERE m.cluster_id = c.id{inner})"
        ));
    }
    if let Some(actor) = &f.actor {
        let p = like_pattern(actor);
        sql.push_str(
            " AND EXISTS (SELECT 1 FROM cluster_members m JOIN events x ON x.event_id = m.event_id \
             WHERE m.cluster_id = c.id AND (LOWER(x.actor1) LIKE ? ESCAPE '\\' \
             OR LOWER(x.actor2) LIKE ? ESCAPE '\\'))",
        );
        params.push(p.clone().into());
        params.push(p.into());
    }
    if let Some(text) = &f.text {
        // through the text index (search.rs), never the records
        let (matching, p) = crate::search::clusters_matching(backend, text);
        sql.push_str(&format!(" AND {matching}"));
        params.extend(p);
    }
    (sql, params)
}

/// The WHERE clause (starting with `e.in_table = 0`) of a filter over the left-out mentions
/// `events e`, on each mention's own date, place, type, actors and words.
fn left_out_sql(backend: Backend, f: &EventFilter) -> (String, Vec<Value>) {
    let mut sql = String::from("e.in_table = 0");
    let mut params = Vec::new();
    let mut eq = |sql: &mut String, col: &str, op: &str, v: &Option<String>| {
        if let Some(v) = v {
            sql.push_str(&format!(" AND {col} {op} ?"));
            params.push(Value::from(v.as_str()));
        }
    };
    eq(&mut sql, "e.date", ">=", &f.from);
    eq(&mut sql, "e.date", "<=", &f.to);
    eq(&mut sql, "e.country", "=", &f.country);
    eq(&mut sql, "e.admin1", "=", &f.admin1);
    eq(&mut sql, "e.event_type", "=", &f.event_type);
    eq(&mut sql, "e.sub_event_type", "=", &f.sub_event_type);
    if let Some(names) = &f.admin1_in {
        any_of(&mut sql, &mut params, &["e.admin1"], names);
    }
    if let Some(names) = &f.actor_in {
        any_of(&mut sql, &mut params, &["e.actor1", "e.actor2"], names);
    }
    if let Some(actor) = &f.actor {
        let p = like_pattern(actor);
        sql.push_str(
            " AND (LOWER(e.actor1) LIKE ? ESCAPE '\\' OR LOWER(e.actor2) LIKE ? ESCAPE '\\')",
        );
        params.push(p.clone().into());
        params.push(p.into());
    }
    if let Some(text) = &f.text {
        let (matching, p) = crate::search::events_matching(backend, text);
        sql.push_str(&format!(" AND {matching}"));
        params.extend(p);
    }
    (sql, params)
}

/// The incidents a text filter selects, read before a listing pages through them (SQLite): their
/// ids as a JSON array for `json_each`, and whether a page reads the incidents in its order,
/// keeping those in the list, or reads the list, sorting it.
///
/// One query that joined the text index's matches to their incidents for every page, as
/// `count_events` does, cost time in proportion to the matches at each page (a common word,
/// 1,753 of 2,343 incidents, took 17 ms a page); reading the list once, a page in date order
/// stops at its last row. The same incidents either way: only the plan differs.
struct Matched {
    ids: String,
    empty: bool,
    in_order: bool,
}

impl Matched {
    /// ` AND c.id IN (...)` and its parameter; `+c.id` keeps SQLite from driving the page from
    /// the list, so that it reads the incidents in the page's order through their index.
    fn clause(&self) -> (&'static str, Value) {
        let sql = if self.in_order {
            " AND +c.id IN (SELECT value FROM json_each(?))"
        } else {
            " AND c.id IN (SELECT value FROM json_each(?))"
        };
        (sql, Value::from(self.ids.as_str()))
    }
}

fn cursor_value(k: &CursorKey) -> Value {
    match k {
        CursorKey::Text(s) => Value::from(s.as_str()),
        CursorKey::Int(i) => Value::Int(*i),
    }
}

impl Store {
    /// One page of incidents matching `q.filter`, in `q.sort` order, after `q.after`.
    pub fn events_page(&mut self, q: &EventQuery) -> Result<EventPage, StoreError> {
        let limit = q.limit.max(1);
        let want = limit + 1;
        let mut filter = q.filter.clone();
        let matched = match (self.backend(), filter.text.take()) {
            (Backend::Sqlite, Some(text)) => Some(self.matched(&text, want)?),
            (_, text) => {
                filter.text = text;
                None
            }
        };
        let matched = matched.as_ref();
        let (where_sql, filter_params) = filter_sql(self.backend(), &filter);
        let (cmp, dir) = if q.descending {
            ("<", "DESC")
        } else {
            (">", "ASC")
        };
        let mut rows: Vec<Row> = Vec::new();
        let col = match q.sort {
            SortKey::Date => Some("c.date"),
            SortKey::Fatalities => Some("c.fatalities_best"),
            SortKey::Id => None,
        };
        match col {
            None => {
                let mut sql = where_sql.clone();
                let mut params = filter_params.clone();
                if let Some(c) = &q.after {
                    sql.push_str(&format!(" AND c.id {cmp} ?"));
                    params.push(Value::Int(c.id));
                }
                rows = self.page(&sql, params, &format!("c.id {dir}"), want, matched)?;
            }
            Some(col) => {
                // keyed rows first (unless the cursor is already among the NULL rows)
                let keyed_phase = !matches!(q.after, Some(Cursor { key: None, .. }));
                if keyed_phase {
                    let mut sql = format!("{where_sql} AND {col} IS NOT NULL");
                    let mut params = filter_params.clone();
                    if let Some(Cursor { key: Some(k), id }) = &q.after {
                        // `col >= k` first so the index on the key bounds the scan
                        sql.push_str(&format!(
                            " AND {col} {cmp}= ? AND ({col} {cmp} ? OR c.id {cmp} ?)"
                        ));
                        params.extend([cursor_value(k), cursor_value(k), Value::Int(*id)]);
                    }
                    let order = format!("{col} {dir}, c.id {dir}");
                    rows = self.page(&sql, params, &order, want, matched)?;
                }
                if rows.len() < want {
                    let mut sql = format!("{where_sql} AND {col} IS NULL");
                    let mut params = filter_params;
                    if let Some(Cursor { key: None, id }) = &q.after {
                        sql.push_str(&format!(" AND c.id {cmp} ?"));
                        params.push(Value::Int(*id));
                    }
                    let order = format!("c.id {dir}");
                    let more = self.page(&sql, params, &order, want - rows.len(), matched)?;
                    rows.extend(more);
                }
            }
        }
        let mut events: Vec<EventSummary> = rows.iter().map(summary_from_row).collect();
        let next = if events.len() > limit {
            events.truncate(limit);
            events.last().map(|e| Cursor {
                key: match q.sort {
                    SortKey::Date => e.date.clone().map(CursorKey::Text),
                    SortKey::Fatalities => e.fatalities.best.map(|v| CursorKey::Int(v as i64)),
                    SortKey::Id => Some(CursorKey::Int(e.id)),
                },
                id: e.id,
            })
        } else {
            None
        };
        Ok(EventPage { events, next })
    }

    /// The incidents `text` selects (SQLite), for a page of `want` rows.
    fn matched(&mut self, text: &str, want: usize) -> Result<Matched, StoreError> {
        let (sql, params) = crate::search::distinct_clusters_matching(self.backend(), text);
        let ids: Vec<i64> = self
            .conn
            .query(&sql, &params)?
            .iter()
            .filter_map(|r| r[0].int())
            .collect();
        // reading the list costs about 4x a step of the ordered incidents (each listed one is
        // looked up, then sorted), and a page in order steps over about want * all / listed
        let all = self
            .conn
            .query_one("SELECT MAX(rowid) FROM clusters", &[])?
            .and_then(|r| r[0].int())
            .unwrap_or(0);
        let listed = ids.len() as i64;
        Ok(Matched {
            empty: ids.is_empty(),
            in_order: 4 * listed * listed >= want as i64 * all,
            ids: serde_json::to_string(&ids)?,
        })
    }

    /// [`Store::summaries`], among the incidents `matched` (when given) only.
    fn page(
        &mut self,
        where_sql: &str,
        mut params: Vec<Value>,
        order: &str,
        limit: usize,
        matched: Option<&Matched>,
    ) -> Result<Vec<Row>, StoreError> {
        let Some(m) = matched else {
            return self.summaries(where_sql, params, order, limit);
        };
        if m.empty {
            return Ok(Vec::new());
        }
        let (clause, value) = m.clause();
        params.push(value);
        self.summaries(&format!("{where_sql}{clause}"), params, order, limit)
    }

    /// Table rows of the first `limit` clusters matching `where_sql` in `order`: the page is
    /// chosen on `clusters` alone, then joined to the representatives' actors (joining first
    /// would look up every matching row's event before the sort).
    fn summaries(
        &mut self,
        where_sql: &str,
        mut params: Vec<Value>,
        order: &str,
        limit: usize,
    ) -> Result<Vec<Row>, StoreError> {
        params.push(Value::Int(limit as i64));
        self.conn.query(
            &format!(
                "SELECT {SUMMARY_COLS} FROM (SELECT * FROM clusters c WHERE {where_sql} \
                 ORDER BY {order} LIMIT ?) c LEFT JOIN events e ON e.event_id = c.rep_event_id \
                 ORDER BY {order}"
            ),
            &params,
        )
    }

    /// The table rows of these incidents (those that exist), in id order.
    pub fn summaries_of(&mut self, ids: &[i64]) -> Result<Vec<EventSummary>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let sql = format!("c.id IN ({})", vec!["?"; chunk.len()].join(", "));
            let params = chunk.iter().map(|&i| Value::Int(i)).collect();
            let rows = self.summaries(&sql, params, "c.id ASC", chunk.len())?;
            out.extend(rows.iter().map(summary_from_row));
        }
        Ok(out)
    }

    /// The number of incidents a filter selects.
    pub fn count_events(&mut self, filter: &EventFilter) -> Result<i64, StoreError> {
        let (where_sql, params) = filter_sql(self.backend(), filter);
        Ok(self
            .conn
            .query_one(
                &format!("SELECT COUNT(*) FROM clusters c WHERE {where_sql}"),
                &params,
            )?
            .and_then(|r| r[0].int())
            .unwrap_or(0))
    }

    /// The ids of the incidents a filter selects, in export order (by date, undated last, then
    /// id), at most `max`.
    pub fn filtered_cluster_ids(
        &mut self,
        filter: &EventFilter,
        max: usize,
    ) -> Result<Vec<i64>, StoreError> {
        let (where_sql, mut params) = filter_sql(self.backend(), filter);
        params.push(Value::Int(max as i64));
        Ok(self
            .conn
            .query(
                &format!(
                    "SELECT c.id FROM clusters c WHERE {where_sql} \
                     ORDER BY COALESCE(c.date, '9999-12-31'), c.id LIMIT ?"
                ),
                &params,
            )?
            .iter()
            .filter_map(|r| r[0].int())
            .collect())
    }

    /// One incident with every mention, or None when there is no such id.
    pub fn cluster(&mut self, id: i64) -> Result<Option<ClusterRecord>, StoreError> {
        let exists = self
            .conn
            .query_one("SELECT id FROM clusters WHERE id = ?", &[Value::Int(id)])?
            .is_some();
        if !exists {
            return Ok(None);
        }
        Ok(self.clusters(&[id])?.pop())
    }

    /// A stored document, or None.
    pub fn document(&mut self, id: &str) -> Result<Option<DocumentRecord>, StoreError> {
        Ok(self
            .conn
            .query_one(
                "SELECT id, text, published, source, url FROM documents WHERE id = ?",
                &[id.into()],
            )?
            .map(|r| DocumentRecord {
                id: r[0].string().unwrap_or_default(),
                text: r[1].string().unwrap_or_default(),
                published: r[2].string(),
                source: r[3].string(),
                url: r[4].string(),
            }))
    }

    /// The origins of the documents `ids` (those not stored are absent), with the text of those
    /// in `with_text` only.
    pub fn document_origins(
        &mut self,
        ids: &[&str],
        with_text: &[&str],
    ) -> Result<HashMap<String, DocumentOrigin>, StoreError> {
        let mut out = HashMap::new();
        let mut ids: Vec<&str> = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        for chunk in ids.chunks(200) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let params: Vec<Value> = chunk.iter().map(|&i| i.into()).collect();
            for r in self.conn.query(
                &format!(
                    "SELECT id, published, source, url, ingested_at FROM documents \
                     WHERE id IN ({marks})"
                ),
                &params,
            )? {
                let report = rasd_core::Report {
                    id: r[0].string().unwrap_or_default(),
                    text: String::new(),
                    published: r[1].string(),
                    source: r[2].string(),
                    url: r[3].string(),
                };
                let origin = DocumentOrigin {
                    ingested_at: r[4].int(),
                    report,
                };
                out.insert(origin.report.id.clone(), origin);
            }
        }
        let mut with_text: Vec<&str> = with_text.to_vec();
        with_text.sort_unstable();
        with_text.dedup();
        for chunk in with_text.chunks(200) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let params: Vec<Value> = chunk.iter().map(|&i| i.into()).collect();
            for r in self.conn.query(
                &format!("SELECT id, text FROM documents WHERE id IN ({marks})"),
                &params,
            )? {
                if let Some(o) = r[0].text().and_then(|id| out.get_mut(id)) {
                    o.report.text = r[1].string().unwrap_or_default();
                }
            }
        }
        Ok(out)
    }

    /// The events stored for a document, in extraction order, with their incidents.
    pub fn document_events(&mut self, doc_id: &str) -> Result<Vec<DocumentEvent>, StoreError> {
        let rows = self.conn.query(
            "SELECT e.record, cm.cluster_id FROM events e \
             LEFT JOIN cluster_members cm ON cm.event_id = e.event_id \
             WHERE e.doc_id = ? ORDER BY e.seq",
            &[doc_id.into()],
        )?;
        rows.iter()
            .map(|r| {
                Ok(DocumentEvent {
                    event: serde_json::from_str(r[0].text().unwrap_or(""))?,
                    cluster_id: r[1].int(),
                })
            })
            .collect()
    }

    /// The mentions left out of the incident table that a filter selects (on their own fields),
    /// in input order after `after` (a [`LeftOut::seq`]), at most `limit`: `rasd export --all`
    /// and the API's `all=true`.
    pub fn left_out(
        &mut self,
        filter: &EventFilter,
        after: Option<i64>,
        limit: usize,
    ) -> Result<Vec<LeftOut>, StoreError> {
        let (mut sql, mut params) = left_out_sql(self.backend(), filter);
        if let Some(after) = after {
            sql.push_str(" AND e.seq > ?");
            params.push(Value::Int(after));
        }
        params.push(Value::Int(limit as i64));
        let rows = self.conn.query(
            &format!("SELECT e.seq, e.record FROM events e WHERE {sql} ORDER BY e.seq LIMIT ?"),
            &params,
        )?;
        rows.iter()
            .map(|r| {
                Ok(LeftOut {
                    seq: r[0].int().unwrap_or(0),
                    event: serde_json::from_str(r[1].text().unwrap_or(""))?,
                })
            })
            .collect()
    }

    /// Incidents per date and type under a filter.
    pub fn timeline(&mut self, filter: &EventFilter) -> Result<Timeline, StoreError> {
        let (where_sql, params) = filter_sql(self.backend(), filter);
        let rows = self.conn.query(
            &format!(
                "SELECT c.date, c.event_type, COUNT(*) FROM clusters c WHERE {where_sql} \
                 GROUP BY c.date, c.event_type ORDER BY c.date, c.event_type"
            ),
            &params,
        )?;
        let mut out = Timeline::default();
        let mut days: BTreeMap<(String, String), i64> = BTreeMap::new();
        for r in rows {
            let n = r[2].int().unwrap_or(0);
            match r[0].string() {
                Some(d) => {
                    *days
                        .entry((d, r[1].string().unwrap_or_default()))
                        .or_default() += n
                }
                None => out.undated += n,
            }
        }
        out.days = days.into_iter().map(|((d, t), n)| (d, t, n)).collect();
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(like_pattern("a%b_c\\D"), "%a\\%b\\_c\\\\d%");
        assert_eq!(like_pattern("داقوق"), "%داقوق%");
    }
}
