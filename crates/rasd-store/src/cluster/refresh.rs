//! A cluster's representative, counts, core date and toll, kept up to date as members join.

use std::collections::BTreeMap;

use rasd_core::Qualifier;

use super::Joined;
use crate::db::{Conn, Row, Value};
use crate::{dedup, parse_qualifier, toll, Store, StoreError};

impl Store {
    /// Recomputes a cluster's representative, counts, fatality spread and core date from its
    /// members; deletes it when it has none left.
    ///
    /// Representative: the most specific place (lowest geo precision), then the finest date,
    /// then the highest confidence, then the earliest mention.
    pub(super) fn refresh_cluster(&mut self, cluster_id: i64) -> Result<(), StoreError> {
        self.dirty_tolls.remove(&cluster_id);
        self.refresh_cluster_parts(cluster_id, None)
    }

    /// [`Store::refresh_cluster`] after one event joined: only what it changes, from what is
    /// stored, whatever the cluster's size: the representative by comparing the event's key with
    /// the current one's, the counts by one, the core date (when the event is dated) from the
    /// cluster's signatures. The toll, which reads every counted member, is recomputed once per
    /// batch ([`Store::flush_tolls`]); nothing in the clustering reads it.
    pub(super) fn refresh_cluster_parts(
        &mut self,
        cluster_id: i64,
        joined: Option<&Joined<'_>>,
    ) -> Result<(), StoreError> {
        self.cluster_changed(cluster_id);
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
        // the joined event is not the new representative: the cluster's representative columns
        // stay as stored (an event row never changes), only its counts move
        let mut rep_kept = false;
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
                    rep_kept = true;
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
                // (kept for the incident's next report, `retellings.rs`)
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
        if rep_kept {
            self.conn.exec(
                "UPDATE clusters SET n_mentions = ?, n_sources = ?, first_seq = ? WHERE id = ?",
                &[
                    Value::Int(n_mentions),
                    Value::Int(n_sources),
                    Value::Int(first_seq),
                    Value::Int(cluster_id),
                ],
            )?;
        } else {
            self.update_representative(cluster_id, &rep_id, n_mentions, n_sources, first_seq)?;
        }
        match joined {
            Some(j) if j.counted => {
                self.dirty_tolls.insert(cluster_id);
            }
            Some(_) => {}
            None => self.refresh_toll(cluster_id)?,
        }
        if joined.is_none_or(|j| j.mention.dated()) {
            write_core_date(&mut self.conn, cluster_id)?;
        }
        Ok(())
    }

    /// Recomputes a cluster's low / best / high from its members' counts: those of its members
    /// of the incident table (a joined retelling's count never enters the toll), which each
    /// member carries (schema version 10), read off one index in seq order (a cluster of
    /// thousands of mentions reads no event row).
    fn refresh_toll(&mut self, cluster_id: i64) -> Result<(), StoreError> {
        let rows = self.conn.query(
            "SELECT doc_id, published, seq, fatalities_min, fatalities_max, \
             fatalities_qualifier FROM cluster_members \
             WHERE cluster_id = ? AND fatalities_min IS NOT NULL ORDER BY seq",
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

    /// Writes a cluster's representative (`rep_id`'s columns) and counts.
    fn update_representative(
        &mut self,
        cluster_id: i64,
        rep_id: &str,
        n_mentions: i64,
        n_sources: i64,
        first_seq: i64,
    ) -> Result<(), StoreError> {
        let rep = self
            .conn
            .query_one(
                "SELECT event_id, date, date_precision, event_type, sub_event_type, country, \
                 admin1, place, lat, lon FROM events WHERE event_id = ?",
                &[rep_id.into()],
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
        Ok(())
    }

    /// The tolls of the clusters that counted mentions joined in this batch.
    pub(crate) fn flush_tolls(&mut self) -> Result<(), StoreError> {
        for id in std::mem::take(&mut self.dirty_tolls) {
            self.refresh_toll(id)?;
        }
        Ok(())
    }
}

/// Writes a cluster's core date: the dated member in the middle by date (lower median), so a
/// few mentions given a wrong day never veto the reports that agree; read off the cluster's
/// signatures (a dated signature is one date range, counted). Its reach back is the greatest
/// of the signatures of that range ([`crate::Mention::reach_back`]), or [`dedup::FOLLOWUP_DAYS`]
/// when a member of that range is dated only by its report's news
/// ([`crate::Mention::news_dated`]: "today", "yesterday", "last week", whatever its toll): a
/// core told by follow-ups (the funeral, the death of the wounded, the week's reactions) lets
/// an incident's own report, days older, join when it comes after them.
pub(crate) fn write_core_date(conn: &mut Conn, cluster_id: i64) -> Result<(), StoreError> {
    let rows = conn.query(
        "SELECT date, date_end, n, reach, news FROM cluster_signatures \
         WHERE cluster_id = ? AND date IS NOT NULL",
        &[Value::Int(cluster_id)],
    )?;
    let mut ranges: Vec<((String, String), i64, i64)> = rows
        .iter()
        .filter_map(|r| {
            // a signature with a member dated by its report's news reaches as a follow-up
            let news = r[4].int().unwrap_or(0) > 0;
            Some((
                (r[0].string()?, r[1].string()?),
                r[2].int()?,
                if news {
                    dedup::FOLLOWUP_DAYS
                } else {
                    super::reach_read(&r[3])
                },
            ))
        })
        .collect();
    ranges.sort();
    let total: i64 = ranges.iter().map(|r| r.1).sum();
    let mut before = 0;
    let mut core = None;
    for (range, n, _) in &ranges {
        if total > 0 && before + n > (total - 1) / 2 {
            core = Some(range.clone());
            break;
        }
        before += n;
    }
    let reach = core.as_ref().map_or(1, |c| {
        (ranges.iter())
            .filter(|r| &r.0 == c)
            .map(|r| r.2)
            .max()
            .unwrap_or(1)
    });
    let (max_start, min_end) = core.unzip();
    conn.exec(
        "UPDATE clusters SET date_min_end = ?, date_max_start = ?, date_reach = ? WHERE id = ?",
        &[
            min_end.into(),
            max_start.into(),
            super::reach_value(reach),
            Value::Int(cluster_id),
        ],
    )?;
    Ok(())
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
