//! Retellings kept for the incidents that come after them. A retelling left out of the
//! incident table (status background, or incident below the floor) may join an incident but
//! never founds one, so one that came before every incident it could join would stay apart for
//! good, and one that joined an incident before a better one came would stay where it is: the
//! clusters would depend on the order reports arrive in. Every such retelling is kept in
//! `retelling_keys`, found by its place names and its day; each mention of the incident table,
//! once clustered (a new incident, or one that grew), looks there for the retellings at its
//! place and days that are not in its incident, and each that would join it through that
//! mention is clustered again, as it would have been had it come after. Per mention, not per
//! batch: the membership does not depend on how the reports are batched.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use rasd_core::Event;

use super::candidates::{candidate_from_row, Candidate, MENTION_COLS};
use super::{gate, reach_read};
use crate::db::{Conn, Value};
use crate::{dedup, retelling_status, Backend, Mention, Store, StoreError};

/// The mention columns of a kept retelling's event (those of `MENTION_COLS`, with no
/// cluster); where asked for, its membership (`cm`) follows, from [`RET_CLUSTER`] on.
const RETELLING_COLS: &str = "e.event_id, e.doc_id, e.published, e.date, e.date_precision, \
    e.date_end, e.event_type, e.sub_event_type, e.country, e.admin1, e.admin2, e.place, \
    e.geonames_id, e.lat, e.lon, e.geo_precision, e.actor1, e.actor1_kind, e.actor2, \
    e.actor2_kind, e.plover_mode, e.seq, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";

/// The columns after [`RETELLING_COLS`]' where asked for: its incident and the member it
/// joined through (none when it is in none); then, where asked for, its record.
const RET_CLUSTER: usize = 30;
const RET_LINKED: usize = 31;
const RET_RECORD: usize = 32;

/// The keys of `retelling_keys` with their days (`Store::kept_days`).
pub(crate) type KeptDays = BTreeMap<String, BTreeSet<String>>;

/// How many place keys a search probes ([`probe_keys`]).
const PROBES: usize = 5;

/// The keys a kept retelling is found by: its own place (`p:`), the places it lies in
/// (`a:`, its district and province) and its GeoNames id (`g:`). A retelling joins only at its
/// incident's place or inside it (the same place, or one inside the other), so an incident
/// finds it by these ([`probe_keys`]).
fn retelling_keys(m: &Mention) -> Vec<String> {
    let norm = |s: &Option<String>| {
        s.as_deref()
            .map(dedup::normalize_place)
            .filter(|n| !n.is_empty())
    };
    let mut keys = Vec::new();
    if let Some(p) = norm(&m.place) {
        keys.push(format!("p:{p}"));
    }
    for a in [norm(&m.admin1), norm(&m.admin2)].into_iter().flatten() {
        keys.push(format!("a:{a}"));
    }
    if let Some(g) = m.geonames_id {
        keys.push(format!("g:{g}"));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// The keys an incident's mention probes for the retellings at its place: one at its very
/// place (or its GeoNames id), one at its district or province (a retelling told of the
/// province), one inside it (a retelling of a town of the province it is placed at). A
/// superset: [`gate`] and the place rule decide.
fn probe_keys(m: &Mention) -> Vec<Value> {
    let norm = |s: &Option<String>| {
        s.as_deref()
            .map(dedup::normalize_place)
            .filter(|n| !n.is_empty())
    };
    let place = norm(&m.place);
    let keys = [
        place.as_ref().map(|p| format!("p:{p}")),
        norm(&m.admin1).map(|a| format!("p:{a}")),
        norm(&m.admin2).map(|a| format!("p:{a}")),
        place.as_ref().map(|p| format!("a:{p}")),
        m.geonames_id.map(|g| format!("g:{g}")),
    ];
    debug_assert_eq!(keys.len(), PROBES);
    keys.into_iter().map(Value::from).collect()
}

/// The day a kept retelling is found by: its own date's first day, or, with no date of its
/// own, its report's publication.
fn retelling_day(m: &Mention) -> Option<String> {
    if m.dated() {
        m.date.clone()
    } else {
        m.published.clone()
    }
}

/// The days ([`retelling_day`]) of the retellings an incident's mention may take: a dated
/// retelling's range (up to a month) within a day of the incident's days, or up to
/// [`dedup::FOLLOWUP_DAYS`] after them (a retelling dated by its report's news), or, when the
/// incident's cluster is told by follow-ups, as far before; an undated one published on the
/// incident's days or up to [`dedup::FOLLOWUP_DAYS`] after. A superset, the guards decide.
fn probe_window(m: &Mention) -> Option<(String, String)> {
    let (start, end) = match (m.dated(), &m.date, &m.date_end) {
        (true, Some(start), Some(end)) => (start.as_str(), end.as_str()),
        _ => {
            let p = m.published.as_deref()?;
            (p, p)
        }
    };
    let back = super::MAX_RANGE_DAYS + dedup::FOLLOWUP_DAYS + 2;
    let ahead = dedup::FOLLOWUP_DAYS + dedup::UNDATED_DAYS + 2;
    Some((
        dedup::shift_date(start, -back)?,
        dedup::shift_date(end, ahead)?,
    ))
}

/// Keeps a retelling in `retelling_keys` (already there: nothing).
fn keep(conn: &mut Conn, m: &Mention, seq: i64) -> Result<(), StoreError> {
    let Some(day) = retelling_day(m) else {
        return Ok(());
    };
    for key in retelling_keys(m) {
        conn.exec(
            "INSERT INTO retelling_keys (key, day, event_id, seq) VALUES (?, ?, ?, ?) \
             ON CONFLICT (key, day, event_id) DO NOTHING",
            &[
                key.into(),
                day.as_str().into(),
                m.event_id.as_str().into(),
                Value::Int(seq),
            ],
        )?;
    }
    Ok(())
}

/// The retellings a store of an older schema holds are kept (migration 13): every left-out
/// mention of a retelling's status that may retell.
pub(crate) fn backfill_retellings(conn: &mut Conn) -> Result<(), StoreError> {
    let rows = conn.query(
        "SELECT e.record, e.published, e.seq FROM events e WHERE e.in_table = 0 ORDER BY e.seq",
        &[],
    )?;
    for r in rows {
        let Ok(event) = serde_json::from_str::<Event>(r[0].text().unwrap_or("{}")) else {
            continue;
        };
        let mut m = Mention::from_event(&event, r[1].text());
        m.fatalities = None;
        if retelling_status(&event) && m.may_retell() {
            keep(conn, &m, r[2].int().unwrap_or(0))?;
        }
    }
    Ok(())
}

impl Store {
    /// A retelling `m` (stored as `seq`), clustered for the first time, is kept where a later
    /// incident's mention finds it, whether it joined an incident or not.
    pub(super) fn keep_retelling(&mut self, m: &Mention, seq: i64) -> Result<(), StoreError> {
        keep(&mut self.conn, m, seq)?;
        if let (Some(kept), Some(day)) = (self.kept_days.as_mut(), retelling_day(m)) {
            for key in retelling_keys(m) {
                kept.entry(key).or_default().insert(day.clone());
            }
        }
        Ok(())
    }

    /// Whether `retelling_keys` may hold a row of one of `keys` (text; NULL probes nothing)
    /// dated `from..=to`: the search of [`Store::retry_retellings`] finds none when it does
    /// not. The single SQLite writer answers from its copy of the table's keys and days
    /// (`Store::kept_days`), read once and then kept with every retelling kept: a superset of
    /// the table's (a row deleted stays in it; rolled back, or another connection's commit,
    /// it is dropped with the candidate index and read again), so a retelling the search would
    /// find is never missed. PostgreSQL (other workers keep retellings meanwhile): always.
    fn may_keep_any(&mut self, keys: &[Value], from: &str, to: &str) -> Result<bool, StoreError> {
        if self.conn.backend() != Backend::Sqlite {
            return Ok(true);
        }
        if from > to {
            return Ok(false);
        }
        if self.kept_days.is_none() {
            let mut kept = KeptDays::new();
            for r in self
                .conn
                .query("SELECT key, day FROM retelling_keys", &[])?
            {
                if let (Some(key), Some(day)) = (r[0].string(), r[1].string()) {
                    kept.entry(key).or_default().insert(day);
                }
            }
            self.kept_days = Some(kept);
        }
        let Some(kept) = self.kept_days.as_ref() else {
            return Ok(true);
        };
        let days = (Bound::Included(from), Bound::Included(to));
        Ok(keys.iter().filter_map(Value::text).any(|key| {
            kept.get(key)
                .is_some_and(|d| d.range::<str, _>(days).next().is_some())
        }))
    }

    /// Cluster `m`'s incident as it is now, with `m` (stored as `m_seq`) as its candidate;
    /// None when `m` is in no cluster.
    pub(super) fn through(
        &mut self,
        m: &Mention,
        m_seq: i64,
    ) -> Result<Option<Candidate>, StoreError> {
        let Some(x) = self.conn.query_one(
            "SELECT c.id, c.date_min_end, c.date_max_start, c.n_mentions, c.first_seq, \
             c.date_reach FROM cluster_members cm JOIN clusters c ON c.id = cm.cluster_id \
             WHERE cm.event_id = ?",
            &[m.event_id.as_str().into()],
        )?
        else {
            return Ok(None);
        };
        Ok(Some(Candidate {
            mention: m.clone(),
            seq: m_seq,
            cluster_id: x[0].int().unwrap_or(0),
            cluster_min_end: x[1].string(),
            cluster_max_start: x[2].string(),
            cluster_mentions: x[3].int().unwrap_or(0),
            cluster_first_seq: x[4].int().unwrap_or(0),
            cluster_reach: reach_read(&x[5]),
        }))
    }

    /// After a mention `m` of the incident table was clustered (stored as `m_seq`): the kept
    /// retellings at its place and days that are not in its incident and would join it
    /// through `m` (the guards and [`dedup::compare`] of [`gate`], at the incident's place or
    /// inside it) are clustered again, in input order, as they would have been had they come
    /// after `m`: one that joined nothing yet, and one in another incident that `m`'s ranks
    /// before (the order of [`Store::cluster_event`]'s choice: a better match, then the larger
    /// incident, then the older), which it leaves. Each joins the best incident it matches now.
    ///
    /// `core`: `m` joined an incident as no representative of it (a mention of its
    /// signature, which compares alike, is one) and merged none, whose core date was this
    /// (its earliest end, latest start and reach) before: unless the core moved, every kept
    /// retelling was already clustered with the incident as it is (when it came, or when the
    /// representative or the core came), and nothing is searched.
    pub(super) fn retry_retellings(
        &mut self,
        m: &Mention,
        m_seq: i64,
        core: Option<(Option<String>, Option<String>, i64)>,
    ) -> Result<(), StoreError> {
        use dedup::PlaceRule::{Inside, SamePlace};
        let Some((from, to)) = probe_window(m) else {
            return Ok(());
        };
        let mut params = probe_keys(m);
        if params.iter().all(|v| matches!(v, Value::Null)) {
            return Ok(());
        }
        // (SQLite: no kept retelling at m's keys and days, so the search below finds none)
        if !self.may_keep_any(&params, &from, &to)? {
            return Ok(());
        }
        let mut through_m = None;
        if let Some(before) = core {
            let Some(y) = self.through(m, m_seq)? else {
                return Ok(());
            };
            let now = (
                y.cluster_min_end.clone(),
                y.cluster_max_start.clone(),
                y.cluster_reach,
            );
            if now == before {
                return Ok(());
            }
            through_m = Some(y);
        }
        params.push(from.into());
        params.push(to.into());
        // the kept retellings at m's place and days, once each (a row a key): their ids first
        // (the key index covers them), then each one's mention (read once by the single
        // SQLite writer, `kept_mention`), and its incident only when m's incident would take it
        let mut found: Vec<String> = self
            .conn
            .query(
                &format!(
                    "SELECT w.event_id FROM retelling_keys w \
                     WHERE w.key IN ({}) AND w.day >= ? AND w.day <= ?",
                    ["CAST(? AS TEXT)"; PROBES].join(", ")
                ),
                &params,
            )?
            .into_iter()
            .filter_map(|r| r.into_iter().next().and_then(|v| v.string()))
            .collect();
        if found.is_empty() {
            return Ok(());
        }
        found.sort_unstable();
        found.dedup();
        let through_m = match through_m {
            Some(y) => y,
            None => match self.through(m, m_seq)? {
                Some(y) => y,
                None => return Ok(()),
            },
        };
        // those m's incident would take, in input order
        if self.conn.backend() != Backend::Sqlite {
            // (PostgreSQL: read afresh by every search, other workers store meanwhile)
            self.kept_mentions.clear();
        }
        for event_id in &found {
            self.read_kept_mention(event_id)?;
        }
        let mut taken: Vec<(i64, String, i64)> = Vec::new();
        for event_id in found {
            let Some((seq, r)) = self.kept_mentions.get(&event_id) else {
                continue;
            };
            // (what cluster_mention's retelling checks: it may retell, at the place or inside)
            let Some(mt) = (r.may_retell())
                .then(|| gate(r, &through_m).ok())
                .flatten()
                .filter(|mt| matches!(mt.place_rule, SamePlace | Inside))
            else {
                continue;
            };
            taken.push((*seq, event_id, mt.score()));
        }
        let mut retellings: Vec<(i64, String, i64)> = Vec::new();
        // (not those already in it)
        for (seq, event_id, score) in taken {
            let incident = self
                .conn
                .query_one(
                    "SELECT cluster_id FROM cluster_members WHERE event_id = ?",
                    &[event_id.as_str().into()],
                )?
                .and_then(|r| r[0].int());
            if incident != Some(through_m.cluster_id) {
                retellings.push((seq, event_id, score));
            }
        }
        retellings.sort();
        retellings.dedup();
        for (seq, event_id, score) in retellings {
            // as it is now (an earlier one's retry changes no incident but by its own count)
            let Some(row) = self.conn.query_one(
                &format!(
                    "SELECT {RETELLING_COLS}, cm.cluster_id, cm.linked_to, e.record FROM events e \
                     LEFT JOIN cluster_members cm \
                     ON cm.event_id = e.event_id WHERE e.event_id = ?"
                ),
                &[event_id.as_str().into()],
            )?
            else {
                continue;
            };
            let mut r = candidate_from_row(&row).mention;
            r.fatalities = None;
            let now_in = row[RET_CLUSTER].int();
            if let (Some(x), Some(linked)) = (now_in, row[RET_LINKED].string()) {
                if !self.ranks_before(&r, &through_m, score, x, &linked)? {
                    continue;
                }
                self.retelling_leaves(&r, x)?;
            }
            let Some(record) = row[RET_RECORD].text() else {
                continue;
            };
            let event: Event = serde_json::from_str(record)?;
            let published = r.published.clone();
            self.cluster_mention(&event, published.as_deref(), seq, true, false)?;
        }
        Ok(())
    }

    /// Reads a kept retelling's mention (its count left out, as a retelling's) and seq into
    /// `kept_mentions`, unless it is there (nothing when its event is not stored). The single
    /// SQLite writer reads each once (an event's row never changes while it is stored).
    fn read_kept_mention(&mut self, event_id: &str) -> Result<(), StoreError> {
        if self.kept_mentions.contains_key(event_id) {
            return Ok(());
        }
        let Some(row) = self.conn.query_one(
            &format!("SELECT {RETELLING_COLS} FROM events e WHERE e.event_id = ?"),
            &[event_id.into()],
        )?
        else {
            return Ok(());
        };
        let c = candidate_from_row(&row);
        let mut r = c.mention;
        r.fatalities = None;
        self.kept_mentions.insert(event_id.to_string(), (c.seq, r));
        Ok(())
    }

    /// Whether incident `y` (`m`'s, as a candidate), matched by retelling `r` with `score`,
    /// ranks before incident `x`, which `r` joined through member `linked`: the order of
    /// [`Store::cluster_event`]'s choice (a better match, then the larger incident, then the
    /// older one).
    fn ranks_before(
        &mut self,
        r: &Mention,
        y: &Candidate,
        score: i64,
        x: i64,
        linked: &str,
    ) -> Result<bool, StoreError> {
        let Some(row) = self.conn.query_one(
            &format!(
                "SELECT {MENTION_COLS} FROM events e JOIN cluster_members cm \
                 ON cm.event_id = e.event_id JOIN clusters c ON c.id = cm.cluster_id \
                 WHERE e.event_id = ?"
            ),
            &[linked.into()],
        )?
        else {
            return Ok(true);
        };
        let via = candidate_from_row(&row);
        let Ok(mt) = gate(r, &via) else {
            return Ok(true);
        };
        // (the cluster's own counts, as the candidate search reads them)
        Ok((
            score,
            y.cluster_mentions,
            -y.cluster_first_seq,
            -y.cluster_id,
        ) > (mt.score(), via.cluster_mentions, -via.cluster_first_seq, -x))
    }

    /// A retelling `r` leaves incident `x` (to be clustered again): its membership goes, and
    /// the incident's counts lose it (a retelling is in no signature, no representative, no
    /// core date and no toll).
    fn retelling_leaves(&mut self, r: &Mention, x: i64) -> Result<(), StoreError> {
        self.lock_clusters(&[x])?;
        self.conn.exec(
            "DELETE FROM cluster_members WHERE event_id = ?",
            &[r.event_id.as_str().into()],
        )?;
        let other = self
            .conn
            .query_one(
                "SELECT 1 FROM cluster_members WHERE cluster_id = ? AND doc_id = ?",
                &[Value::Int(x), r.doc_id.as_str().into()],
            )?
            .is_some();
        self.conn.exec(
            "UPDATE clusters SET n_mentions = n_mentions - 1, n_sources = n_sources - ? \
             WHERE id = ?",
            &[Value::Int(i64::from(!other)), Value::Int(x)],
        )?;
        self.cluster_changed(x);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(place: &str, admin1: Option<&str>, admin2: Option<&str>) -> Mention {
        Mention {
            event_id: "e".into(),
            doc_id: "d".into(),
            published: Some("2015-08-07".into()),
            date: Some("2015-08-06".into()),
            date_precision: Some(rasd_core::DatePrecision::Day),
            date_end: Some("2015-08-06".into()),
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Suicide bomb".into(),
            country: Some("Saudi Arabia".into()),
            admin1: admin1.map(str::to_string),
            admin2: admin2.map(str::to_string),
            place: Some(place.into()),
            geonames_id: None,
            lat: None,
            lon: None,
            geo_precision: Some(1),
            actor1: None,
            actor2: None,
            plover_mode: None,
            fatalities: None,
        }
    }

    /// A retelling is found by an incident at its place, at the place it lies in and at a
    /// place inside it, never by another town of its province.
    #[test]
    fn an_incident_probes_the_keys_of_retellings_at_its_place() {
        let found = |incident: &Mention, retelling: &Mention| {
            let keys = retelling_keys(retelling);
            probe_keys(incident)
                .iter()
                .any(|p| p.text().is_some_and(|p| keys.iter().any(|k| k == p)))
        };
        let town = mention("Abha", Some("'Asir"), None);
        let province = mention("Asir", None, None);
        let other = mention("Khamis Mushait", Some("Asir"), None);
        assert!(found(&town, &town));
        assert!(found(&town, &province));
        assert!(found(&province, &town));
        assert!(!found(&town, &other));
        assert!(!found(&other, &town));
    }

    /// The window of an incident's day holds the retellings it may take: dated by their news
    /// ten days on, or dated a month back by a month's range.
    #[test]
    fn the_window_holds_a_follow_up_ten_days_on() {
        let (from, to) = probe_window(&mention("Abha", None, None)).unwrap();
        assert!(from.as_str() <= "2015-07-06" && to.as_str() >= "2015-08-16");
    }
}
