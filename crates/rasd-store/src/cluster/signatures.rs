//! Each cluster's signatures ([`Mention::signature`]) and representatives (`cluster_reps`):
//! per signature, the first member and the first from another report stand for the rest.

use std::collections::{BTreeMap, HashMap, HashSet};

use rasd_core::Event;

use super::candidates::{candidate_from_row, MENTION_COLS, MENTION_COLS_N};
use super::reach_value;
use crate::db::{Conn, Value};
use crate::{Mention, Store, StoreError};

/// A clustered member as its signature's record counts it.
pub(super) struct SignatureMember<'a> {
    mention: &'a Mention,
    signature: i64,
    seq: i64,
    /// Its date range when it is dated (day, week or month).
    date: Option<String>,
    date_end: Option<String>,
    /// How far back an incident it tells may lie ([`Mention::reach_back`]).
    reach: i64,
    /// Dated only by its report's news ([`Mention::news_dated`]).
    news: bool,
}

impl SignatureMember<'_> {
    pub(super) fn of(m: &Mention, signature: i64, seq: i64) -> SignatureMember<'_> {
        let dated = m.dated() && m.date_end.is_some();
        SignatureMember {
            mention: m,
            signature,
            seq,
            date: m.date.clone().filter(|_| dated),
            date_end: m.date_end.clone().filter(|_| dated),
            reach: m.reach_back(),
            news: dated && m.news_dated(),
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
    reach: i64,
    /// How many of its members are dated only by their reports' news.
    news: i64,
}

impl Store {
    /// Counts `m` (stored as `seq`) among its cluster's members of its signature, and marks it
    /// a representative when it is the signature's first member in the cluster or its first
    /// from another report than the first's; true when it is one.
    pub(super) fn add_to_signature(
        &mut self,
        cluster_id: i64,
        member: &SignatureMember<'_>,
    ) -> Result<bool, StoreError> {
        let SignatureMember {
            mention,
            signature,
            seq,
            date,
            date_end,
            reach,
            news,
        } = member;
        let news = Value::Int(i64::from(*news));
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
                     first_doc, first_seq, date, date_end, reach, news) \
                     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                    &[
                        Value::Int(cluster_id),
                        Value::Int(signature),
                        event_id.as_str().into(),
                        doc_id.as_str().into(),
                        Value::Int(seq),
                        date.clone().into(),
                        date_end.clone().into(),
                        reach_value(*reach),
                        news,
                    ],
                )?;
                true
            }
            Some(r) if r[1] == Value::Null && r[0].text() != Some(doc_id.as_str()) => {
                self.conn.exec(
                    "UPDATE cluster_signatures SET n = n + 1, news = news + ?, second_event = ?, \
                     second_doc = ?, second_seq = ? WHERE cluster_id = ? AND signature = ?",
                    &[
                        news,
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
                    "UPDATE cluster_signatures SET n = n + 1, news = news + ? \
                     WHERE cluster_id = ? AND signature = ?",
                    &[news, key[0].clone(), key[1].clone()],
                )?;
                false
            }
        };
        if rep {
            let row = insert_rep(&mut self.conn, cluster_id, mention, seq)?;
            if let Some(index) = self.rep_index.as_mut() {
                index.insert(&row);
            }
        }
        Ok(rep)
    }

    /// The signatures of clusters `ids` merged into `survivor`: per signature, the earliest of
    /// their representatives and the earliest from another report than its (the merged
    /// clusters' representatives hold both), the others no longer representatives.
    pub(super) fn merge_signatures(
        &mut self,
        survivor: i64,
        ids: &[i64],
    ) -> Result<(), StoreError> {
        let marks = vec!["?"; ids.len()].join(", ");
        let params: Vec<Value> = ids.iter().map(|&i| Value::Int(i)).collect();
        let rows = self.conn.query(
            &format!(
                "SELECT signature, n, first_event, first_doc, first_seq, second_event, \
                 second_doc, second_seq, date, date_end, reach, news FROM cluster_signatures \
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
                    reach: super::reach_read(&r[10]),
                    ..SignatureGroup::default()
                });
            g.n += r[1].int().unwrap_or(0);
            g.news += r[11].int().unwrap_or(0);
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
            if let Some(index) = self.rep_index.as_mut() {
                index.remove_event(event);
            }
        }
        self.conn.exec(
            &format!("UPDATE cluster_reps SET cluster_id = ? WHERE cluster_id IN ({marks})"),
            &[Value::Int(survivor)]
                .into_iter()
                .chain(params)
                .collect::<Vec<_>>(),
        )?;
        if let Some(index) = self.rep_index.as_mut() {
            for &id in ids {
                index.move_cluster(id, survivor);
            }
        }
        Ok(())
    }

    /// Rebuilds a cluster's signatures and representatives from its members (after some left).
    pub(super) fn rebuild_signatures(&mut self, cluster_id: i64) -> Result<(), StoreError> {
        let id = [Value::Int(cluster_id)];
        self.conn
            .exec("DELETE FROM cluster_reps WHERE cluster_id = ?", &id)?;
        if let Some(index) = self.rep_index.as_mut() {
            index.remove_cluster(cluster_id);
        }
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
}

/// Stores a representative of cluster `cluster_id`: the mention's columns the search reads.
/// Returns the row stored, in the order of `rep_index::REP_TABLE_COLS`.
fn insert_rep(
    conn: &mut Conn,
    cluster_id: i64,
    m: &Mention,
    seq: i64,
) -> Result<Vec<Value>, StoreError> {
    let (band, day_key) = search_band(m);
    let row: Vec<Value> = [
        &[
            m.event_id.as_str().into(),
            Value::Int(cluster_id),
            Value::Int(seq),
            m.doc_id.as_str().into(),
        ][..],
        &crate::when_and_where(m),
        &crate::actors_and_mode(m),
        &[
            m.fatalities.map(|v| v as i64).into(),
            band.into(),
            day_key.into(),
        ],
    ]
    .concat();
    conn.exec(
        "INSERT INTO cluster_reps (event_id, cluster_id, seq, doc_id, published, date, \
         date_precision, date_end, event_type, sub_event_type, country, admin1, admin2, place, \
         place_key, place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon, geo_precision, \
         actor1, actor1_kind, actor2, actor2_kind, plover_mode, fatalities, band, day_key) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \
         ?, ?)",
        &row,
    )?;
    Ok(row)
}

/// How the candidate search finds a mention: its band and the day it is found by.
fn search_band(m: &Mention) -> (&'static str, Option<String>) {
    use rasd_core::DatePrecision::{Day, Month, Week};
    match (m.date_precision, &m.date) {
        (Some(Day), Some(date)) if m.reach_back() > 1 => ("reach", Some(date.clone())),
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
    // (separate statements: migration 6 writes signatures before the columns exist)
    if g.news > 0 {
        conn.exec(
            "UPDATE cluster_signatures SET news = ? WHERE cluster_id = ? AND signature = ?",
            &[
                Value::Int(g.news),
                Value::Int(cluster_id),
                Value::Int(signature),
            ],
        )?;
    }
    if g.reach > 1 {
        conn.exec(
            "UPDATE cluster_signatures SET reach = ? WHERE cluster_id = ? AND signature = ?",
            &[
                reach_value(g.reach),
                Value::Int(cluster_id),
                Value::Int(signature),
            ],
        )?;
    }
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

/// Migration 12: the representatives that reach back ([`Mention::reach_back`]) move to the
/// band 'reach' and their signatures get their reach (the core dates: [`backfill_news`]).
pub(crate) fn backfill_reach(conn: &mut Conn) -> Result<(), StoreError> {
    use super::rep_index::REP_TABLE_COLS;
    let rows = conn.query(
        &format!("SELECT {REP_TABLE_COLS} FROM cluster_reps WHERE band = 'day' OR band = 'reach'"),
        &[],
    )?;
    for r in rows {
        let m = super::rep_index::mention_of_rep_row(&r);
        if m.reach_back() > 1 {
            // (migration 6 of this build wrote the band already)
            conn.exec(
                "UPDATE cluster_reps SET band = 'reach' WHERE event_id = ?",
                &[r[0].clone()],
            )?;
            conn.exec(
                "UPDATE cluster_signatures SET reach = ? WHERE first_event = ?",
                &[reach_value(m.reach_back()), r[0].clone()],
            )?;
        }
    }
    // (every cluster's core date and its reach: migration 14's backfill, which follows)
    Ok(())
}

/// Migration 14: each signature's count of members dated only by their reports' news
/// ([`Mention::news_dated`]), and every cluster's core date again.
pub(crate) fn backfill_news(conn: &mut Conn) -> Result<(), StoreError> {
    let rows = conn.query(
        &format!(
            "SELECT {MENTION_COLS}, e.signature FROM events e JOIN cluster_members cm \
             ON cm.event_id = e.event_id JOIN clusters c ON c.id = cm.cluster_id \
             WHERE e.in_table <> 0"
        ),
        &[],
    )?;
    let mut news: BTreeMap<(i64, i64), i64> = BTreeMap::new();
    for r in &rows {
        let c = candidate_from_row(r);
        let signature = r[MENTION_COLS_N].int().unwrap_or(0);
        if SignatureMember::of(&c.mention, signature, c.seq).news {
            *news.entry((c.cluster_id, signature)).or_default() += 1;
        }
    }
    for ((cluster_id, signature), n) in news {
        conn.exec(
            "UPDATE cluster_signatures SET news = ? WHERE cluster_id = ? AND signature = ?",
            &[Value::Int(n), Value::Int(cluster_id), Value::Int(signature)],
        )?;
    }
    let ids: Vec<i64> = conn
        .query("SELECT id FROM clusters", &[])?
        .iter()
        .filter_map(|r| r[0].int())
        .collect();
    for id in ids {
        super::refresh::write_core_date(conn, id)?;
    }
    Ok(())
}
