//! Clustering stored mentions again (after rules change, or after some members left).

use rasd_core::Event;

use crate::db::{Row, Value};
use crate::{retelling_status, workers, Backend, ReclusterStats, Store, StoreError};

impl Store {
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
                self.drop_rep_index();
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
                self.drop_rep_index();
                Err(e)
            }
        }
    }

    fn recluster_in_transaction(&mut self) -> Result<ReclusterStats, StoreError> {
        self.drop_rep_index();
        self.conn.batch(
            "DELETE FROM cluster_reps; DELETE FROM cluster_signatures; \
             DELETE FROM cluster_members; DELETE FROM clusters; DELETE FROM retelling_keys;",
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
        // (the retellings clustered again are kept again)
        self.conn
            .exec("DELETE FROM retelling_keys WHERE seq >= ?", &from)?;
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

    /// Recomputes a cluster some of whose members left: its representatives, fields and toll,
    /// and its id, that of its earliest remaining member ([`workers::content_cluster_id`]); one
    /// left with no member of the incident table is dropped.
    pub(crate) fn members_left(&mut self, c: i64) -> Result<(), StoreError> {
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
}
