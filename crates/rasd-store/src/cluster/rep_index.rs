//! An in-memory copy of what the candidate search reads, for the single SQLite writer: the
//! representatives of `cluster_reps` by (country, band, day) and the four columns of their
//! clusters it reads (`date_min_end`, `date_max_start`, `n_mentions`, `first_seq`), so that a
//! new mention's candidates are found without a statement (BENCHMARKS.md, "Store").
//!
//! The tables stay the truth: every write to `cluster_reps` is made here too ([`RepIndex::insert`],
//! [`RepIndex::remove_event`], [`RepIndex::remove_cluster`], [`RepIndex::move_cluster`]), and
//! every write to a cluster's row forgets the cluster's columns ([`RepIndex::cluster_changed`]),
//! which the next search reads again from the table. The store drops the whole copy when a
//! transaction or savepoint rolls back, or when another connection committed to the file
//! (`PRAGMA data_version`), and loads it again from the tables when next needed. The search
//! applies the SQL search's conditions ([`crate::cluster::candidates`]) one for one, so both
//! find the same candidates; debug builds run both and compare them on every mention.
//!
//! The copy is compact, as it holds one entry per incident-table mention of the whole store
//! (about 230 bytes each with the maps, against 1.1 KB in a row of values): a representative
//! keeps its ids, seq and cluster, and three numbers for the rest of its row, each a
//! combination of values (when, what, where: [`values::GROUPS`]) kept once for all that share it; the
//! day buckets hold 24-byte entries, and the place columns the first test reads are kept once
//! per where combination ([`Place`]).

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use super::candidates::{candidate_from_row, Candidate};
use rasd_core::ActorKind;

use crate::db::{Conn, Row, Value};
use crate::{dedup, Mention, StoreError};

/// The columns of `cluster_reps` in the order [`Row`]s given to [`RepIndex::insert`] hold them
/// (the order `insert_rep` binds them in).
pub(super) const REP_TABLE_COLS: &str = "event_id, cluster_id, seq, doc_id, published, date, \
    date_precision, date_end, event_type, sub_event_type, country, admin1, admin2, place, \
    place_key, place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon, geo_precision, \
    actor1, actor1_kind, actor2, actor2_kind, plover_mode, fatalities, band, day_key";

/// The bands of the search (`cluster_reps.band`).
const BANDS: [&str; 4] = ["day", "range", "undated", "reach"];

/// The candidate of a representative's row of [`REP_TABLE_COLS`] in cluster `c`: the row in
/// the order of the SQL search's (`candidates::REP_COLS`), read as it reads its rows.
fn candidate_of(t: &[Value], c: ClusterCols) -> Candidate {
    let picks = [
        0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18, 19, 20, 21, 22, 23, 24, 25, 26, 2, 1,
    ];
    let mut row: Row = picks.iter().map(|&i| t[i].clone()).collect();
    row.extend([
        c.min_end.into(),
        c.max_start.into(),
        t[col::FATALITIES].clone(),
    ]);
    row.extend([
        Value::Null,
        Value::Int(c.n_mentions),
        Value::Int(c.first_seq),
        c.reach.into(),
    ]);
    candidate_from_row(&row)
}

/// [`candidate_of`] of a representative read in place: each value cloned once into the
/// candidate, not into two rows first (`candidate_from_row`'s reading, column for column).
fn candidate_of_view(v: &View<'_>, c: ClusterCols) -> Candidate {
    let string = |c: usize| v.text(c).map(str::to_string);
    let actor = |n: usize, k: usize| -> Option<(String, ActorKind)> {
        Some((string(n)?, ActorKind::parse(v.text(k)?)?))
    };
    let m = Mention {
        event_id: v.rep.event_id().to_string(),
        doc_id: v.rep.doc_id().to_string(),
        published: string(col::PUBLISHED),
        date: string(col::DATE),
        date_precision: v.text(col::DATE_PRECISION).and_then(dedup::parse_precision),
        date_end: string(col::DATE_END),
        event_type: string(col::EVENT_TYPE).unwrap_or_default(),
        sub_event_type: string(col::SUB_EVENT_TYPE).unwrap_or_default(),
        country: string(col::COUNTRY),
        admin1: string(col::ADMIN1),
        admin2: string(col::ADMIN2),
        place: string(col::PLACE),
        geonames_id: v.int(col::GEONAMES_ID).map(|g| g as u64),
        lat: v.real(col::LAT),
        lon: v.real(col::LON),
        geo_precision: v.int(col::GEO_PRECISION).map(|p| p as u8),
        actor1: actor(col::ACTOR1, col::ACTOR1_KIND),
        actor2: actor(col::ACTOR2, col::ACTOR2_KIND),
        plover_mode: string(col::PLOVER_MODE),
        fatalities: v.int(col::FATALITIES).map(|f| f as u64),
    };
    Candidate {
        mention: m,
        seq: v.rep.seq,
        cluster_id: v.rep.cluster_id,
        cluster_min_end: c.min_end,
        cluster_max_start: c.max_start,
        cluster_mentions: c.n_mentions,
        cluster_first_seq: c.first_seq,
        cluster_reach: c.reach.unwrap_or(1).max(1),
    }
}

/// The mention of a representative's row of [`REP_TABLE_COLS`] (as the search reads it).
pub(super) fn mention_of_rep_row(row: &[Value]) -> Mention {
    candidate_of(
        row,
        ClusterCols {
            min_end: None,
            max_start: None,
            n_mentions: 0,
            first_seq: 0,
            reach: None,
        },
    )
    .mention
}

mod values;
use values::{col, Entry, Place, Rep, Values, View, COLS};

/// [`Conditions`]'s type and place conditions in numbers of [`values::Pool`] (0: a string no
/// representative holds, or NULL: it equals nothing).
struct QuickConditions {
    types: [u32; 4],
    /// None: any place (a country-level mention)
    place: Option<QuickPlace>,
}

/// The place conditions: the place's name, its admin1 and admin2 (names), its GeoNames id and
/// box.
type QuickPlace = (u32, u32, u32, Option<i64>, Option<[f64; 4]>);

/// Per band, the representatives by day, each day's in seq order.
type Bands = [BTreeMap<Box<str>, Vec<Entry>>; 4];

impl QuickConditions {
    /// Never false where [`Conditions::rep_passes`] is true.
    fn passes(&self, e: &Entry, places: &[Place]) -> bool {
        if !self.types.contains(&e.event_type) {
            return false;
        }
        let Some((norm, admin1, admin2, geonames_id, bbox)) = self.place else {
            return true;
        };
        let Some(q) = places.get(e.place as usize) else {
            return false;
        };
        let eq = |a: u32, b: u32| a != 0 && a == b;
        eq(q.place_norm, norm)
            || eq(q.admin1_norm, norm)
            || eq(q.admin2_norm, norm)
            || eq(q.place_norm, admin1)
            || eq(q.place_norm, admin2)
            || geonames_id.is_some() && q.geonames_id == geonames_id
            || match bbox {
                Some([lat0, lat1, lon0, lon1]) => {
                    q.lat >= lat0 && q.lat <= lat1 && q.lon >= lon0 && q.lon <= lon1
                }
                None => false,
            }
    }
}

/// What the search reads of a representative's cluster.
#[derive(Debug, Clone, PartialEq)]
struct ClusterCols {
    min_end: Option<String>,
    max_start: Option<String>,
    n_mentions: i64,
    first_seq: i64,
    /// The core date's reach back (None: 1).
    reach: Option<i64>,
}

/// The copy (see the module's doc).
#[derive(Debug, Default)]
pub(crate) struct RepIndex {
    /// The representatives, by place (a removed one's place is taken by the next inserted).
    reps: Vec<Option<Rep>>,
    free: Vec<u32>,
    by_seq: HashMap<i64, u32>,
    /// By their event id's hash ([`id_hash`]; two ids of one hash make the copy unusable).
    by_event: HashMap<u64, i64>,
    by_cluster: HashMap<i64, Vec<i64>>,
    /// Per country (its number in [`values::Pool`]) and band, the days in order, each with its
    /// representatives in seq order and what the search tests first.
    by_day: HashMap<u32, Bands>,
    values: Values,
    /// The clusters' columns read since they last changed.
    clusters: HashMap<i64, ClusterCols>,
    /// Two representatives shared a seq (never on SQLite's single writer) or their event id's
    /// hash, or a row had no text ids or integer seq and cluster: the copy cannot key them,
    /// and the store searches with SQL.
    unusable: bool,
}

/// The hash [`RepIndex::by_event`] keys an event id by.
fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

/// One scan of the search: a band, its days, the latest a range may end before.
pub(super) struct Scan<'a> {
    pub(super) band: &'a str,
    pub(super) first: &'a str,
    pub(super) last: &'a str,
    pub(super) ends_from: Option<&'a str>,
}

/// What the SQL search's conditions compare a representative with, for one mention
/// (`place_prefilter` and `decided_filter` of `candidates.rs`, one for one).
pub(super) struct Conditions<'a> {
    types: [&'a str; 4],
    /// None: a country-level mention (any place of its country)
    place: Option<PlaceConditions>,
    event_type: &'a str,
    attack_like: bool,
    modes: Vec<&'a str>,
    actor_kinds: [Option<Vec<&'static str>>; 2],
    country_level: bool,
    /// Only representatives placed at country level ([`Store::coarse_candidates`]).
    pub(super) coarse_only: bool,
    /// The cluster's core date: (its earliest end at least, its latest start at most)
    after: Option<String>,
    before: Option<String>,
    /// Its latest start at most, when the core reaches back ([`Mention::reach_back`]).
    before_far: Option<String>,
}

struct PlaceConditions {
    norm: String,
    admin1: Option<String>,
    admin2: Option<String>,
    geonames_id: Option<i64>,
    bbox: Option<[f64; 4]>,
}

impl<'a> Conditions<'a> {
    pub(super) fn of(m: &'a Mention, types: [&'a str; 4]) -> Conditions<'a> {
        let place = (!m.country_level()).then(|| PlaceConditions {
            norm: m
                .place
                .as_deref()
                .map(dedup::normalize_place)
                .unwrap_or_default(),
            admin1: m.admin1.as_deref().map(dedup::normalize_place),
            admin2: m.admin2.as_deref().map(dedup::normalize_place),
            geonames_id: m.geonames_id.map(|g| g as i64),
            bbox: match (m.lat, m.lon) {
                (Some(lat), Some(lon)) if !lat.is_nan() && !lon.is_nan() => {
                    let (dlat, dlon) = super::candidates::bbox_half_sides(lat);
                    Some([lat - dlat, lat + dlat, lon - dlon, lon + dlon])
                }
                _ => None,
            },
        });
        let modes = match (dedup::violent(&m.event_type), &m.plover_mode) {
            (true, Some(mode)) => dedup::same_weapon(mode),
            _ => vec![],
        };
        // (a toll that may outweigh a contradicting side: any kind, compare decides)
        let outweighs = dedup::toll_outweighs_actors(m);
        let kinds = |a: &Option<(String, rasd_core::ActorKind)>| {
            a.as_ref().filter(|_| !outweighs).map(|a| {
                dedup::agreeing_kinds(a.1)
                    .into_iter()
                    .map(dedup::kind_name)
                    .collect::<Vec<_>>()
            })
        };
        let (after, before, before_far) = match super::core_window(m) {
            Some(w) => (Some(w.after), Some(w.before), Some(w.before_far)),
            None => (None, None, None),
        };
        Conditions {
            types,
            place,
            event_type: &m.event_type,
            attack_like: dedup::attack_like(m),
            modes,
            actor_kinds: [kinds(&m.actor1), kinds(&m.actor2)],
            country_level: m.country_level(),
            coarse_only: false,
            after,
            before,
            before_far,
        }
    }

    /// The conditions on the representative's own columns (its text through `index`).
    fn rep_passes(&self, r: &View<'_>, ends_from: Option<&str>) -> bool {
        let text = |c: usize| r.text(c);
        let t = text(col::EVENT_TYPE).unwrap_or_default();
        if !self.types.contains(&t) {
            return false;
        }
        let coarse = text(col::PLACE).is_some()
            && r.int(col::GEO_PRECISION).unwrap_or(0) == 3
            && text(col::ADMIN1).is_none()
            && text(col::ADMIN2).is_none();
        if self.coarse_only && !coarse {
            return false;
        }
        if let Some(from) = ends_from {
            if text(col::DATE_END).is_none_or(|end| end < from) {
                return false;
            }
        }
        if let Some(p) = &self.place {
            let is = |c: usize, v: &str| text(c) == Some(v);
            let near = match (p.bbox, r.real(col::LAT), r.real(col::LON)) {
                (Some([lat0, lat1, lon0, lon1]), Some(lat), Some(lon)) => {
                    lat >= lat0 && lat <= lat1 && lon >= lon0 && lon <= lon1
                }
                _ => false,
            };
            let place_ok = is(col::PLACE_NORM, &p.norm)
                || is(col::ADMIN1_NORM, &p.norm)
                || is(col::ADMIN2_NORM, &p.norm)
                || p.admin1.as_deref().is_some_and(|a| is(col::PLACE_NORM, a))
                || p.admin2.as_deref().is_some_and(|a| is(col::PLACE_NORM, a))
                || p.geonames_id.is_some() && r.int(col::GEONAMES_ID) == p.geonames_id
                || near;
            if !place_ok {
                return false;
            }
        }
        // the same type, or two types telling one attack
        let sub_type = text(col::SUB_EVENT_TYPE).unwrap_or_default();
        let alike = t == self.event_type
            || self.attack_like
                && dedup::ATTACK_LIKE
                    .iter()
                    .any(|(at, sub)| t == *at && sub.is_none_or(|s| sub_type == s));
        if !alike {
            return false;
        }
        // a weapon of the same class
        if !self.modes.is_empty() {
            if let Some(mode) = text(col::PLOVER_MODE) {
                if dedup::FAMILY[..3].contains(&t) && !self.modes.contains(&mode) {
                    return false;
                }
            }
        }
        // perpetrators and targets of agreeing kinds
        let actors = [
            (col::ACTOR1, col::ACTOR1_KIND),
            (col::ACTOR2, col::ACTOR2_KIND),
        ];
        for (kinds, (name, kind)) in self.actor_kinds.iter().zip(actors) {
            if let (Some(kinds), false, Some(kind)) = (kinds, r.is_null(name), text(kind)) {
                if !kinds.contains(&kind) {
                    return false;
                }
            }
        }
        // no hub
        if !self.country_level && coarse {
            return false;
        }
        true
    }

    /// The conditions on the representative's cluster.
    fn cluster_passes(&self, c: &ClusterCols) -> bool {
        if let (Some(after), Some(min_end)) = (&self.after, &c.min_end) {
            if min_end < after {
                return false;
            }
        }
        if let (Some(before), Some(max_start)) = (&self.before, &c.max_start) {
            let reaches = c.reach.is_some_and(|r| r > 1)
                && self.before_far.as_ref().is_some_and(|far| max_start <= far);
            if max_start > before && !reaches {
                return false;
            }
        }
        true
    }
}

impl RepIndex {
    /// The copy of what the tables hold now.
    pub(crate) fn load(conn: &mut Conn) -> Result<RepIndex, StoreError> {
        let mut index = RepIndex::default();
        for r in conn.query(&format!("SELECT {REP_TABLE_COLS} FROM cluster_reps"), &[])? {
            index.insert(&r);
        }
        Ok(index)
    }

    pub(crate) fn usable(&self) -> bool {
        !self.unusable
    }

    fn view<'a>(&'a self, r: &'a Rep) -> View<'a> {
        View {
            rep: r,
            values: &self.values,
        }
    }

    /// The representatives, with their values.
    fn views(&self) -> impl Iterator<Item = View<'_>> {
        self.reps.iter().flatten().map(|r| self.view(r))
    }

    /// Whether the copy holds what the tables hold now: the same representatives, and the
    /// columns it keeps of clusters as their rows are.
    pub(crate) fn matches_tables(&self, conn: &mut Conn) -> Result<bool, StoreError> {
        let fresh = RepIndex::load(conn)?;
        let sorted = |m: &HashMap<i64, Vec<i64>>| -> Vec<(i64, Vec<i64>)> {
            let mut v: Vec<(i64, Vec<i64>)> = m
                .iter()
                .filter(|(_, s)| !s.is_empty())
                .map(|(&c, s)| {
                    let mut s = s.clone();
                    s.sort_unstable();
                    (c, s)
                })
                .collect();
            v.sort_unstable();
            v
        };
        // (the first test's columns as values: the two copies number them apart)
        type Day = (
            String,
            usize,
            String,
            i64,
            Vec<Value>,
            Option<i64>,
            [u64; 2],
        );
        let days = |index: &RepIndex| -> Option<Vec<Day>> {
            let mut v: Vec<Day> = Vec::new();
            for (&country, bands) in &index.by_day {
                for (b, days) in bands.iter().enumerate() {
                    for (day, entries) in days {
                        if entries.is_empty() || !entries.is_sorted_by_key(|e| e.seq) {
                            return None;
                        }
                        for e in entries {
                            // the entry is its representative's
                            let r = index.reps.get(e.slot as usize)?.as_ref()?;
                            let view = index.view(r);
                            if r.seq != e.seq
                                || view.slot() != Some((country, b, &**day))
                                || view.entry(e.slot) != *e
                            {
                                return None;
                            }
                            let pool = &index.values.pool;
                            let p = index.values.places.get(e.place as usize)?;
                            let quick = [e.event_type, p.place_norm, p.admin1_norm, p.admin2_norm]
                                .map(|n| pool.get(n).clone())
                                .to_vec();
                            let country = pool.text(country)?.to_string();
                            let bits = [p.lat.to_bits(), p.lon.to_bits()];
                            v.push((
                                country,
                                b,
                                day.to_string(),
                                e.seq,
                                quick,
                                p.geonames_id,
                                bits,
                            ));
                        }
                    }
                }
            }
            v.sort_by(|a, b| (&a.0, a.1, &a.2, a.3).cmp(&(&b.0, b.1, &b.2, b.3)));
            Some(v)
        };
        let rows = |index: &RepIndex| -> HashMap<i64, Row> {
            index.views().map(|v| (v.rep.seq, v.row())).collect()
        };
        let by_seq = |index: &RepIndex| {
            index.by_event.len() == index.by_seq.len()
                && index
                    .views()
                    .all(|v| index.by_event.get(&id_hash(v.rep.event_id())) == Some(&v.rep.seq))
                && index.by_seq.len() == index.views().count()
                && index.by_seq.iter().all(|(&seq, &slot)| {
                    index
                        .reps
                        .get(slot as usize)
                        .is_some_and(|r| r.as_ref().is_some_and(|r| r.seq == seq))
                })
        };
        let (ours, theirs) = (days(self), days(&fresh));
        if self.unusable != fresh.unusable
            || !by_seq(self)
            || rows(self) != rows(&fresh)
            || self.by_event != fresh.by_event
            || sorted(&self.by_cluster) != sorted(&fresh.by_cluster)
            || ours.is_none()
            || ours != theirs
        {
            return Ok(false);
        }
        let mut cached: Vec<(&i64, &ClusterCols)> = self.clusters.iter().collect();
        cached.sort_by_key(|(id, _)| **id);
        for (&id, c) in cached {
            let mut check = RepIndex::default();
            if check.cluster(conn, id)?.as_ref() != Some(c) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A representative stored (a row of [`REP_TABLE_COLS`], as bound or read).
    pub(crate) fn insert(&mut self, row: &[Value]) {
        let (
            Some(Value::Text(event_id)),
            Some(Value::Int(cluster_id)),
            Some(Value::Int(seq)),
            Some(Value::Text(doc_id)),
            true,
        ) = (
            row.get(col::EVENT_ID),
            row.get(col::CLUSTER_ID),
            row.get(col::SEQ),
            row.get(col::DOC_ID),
            row.len() == COLS,
        )
        else {
            self.unusable = true;
            return;
        };
        if self.by_seq.contains_key(seq) {
            self.unusable = true;
            return;
        }
        let hash = id_hash(event_id);
        if self.by_event.contains_key(&hash) {
            self.unusable = true;
            return;
        }
        let rep = Rep {
            seq: *seq,
            cluster_id: *cluster_id,
            ids: format!("{event_id}{doc_id}").into(),
            doc_at: event_id.len() as u32,
            groups: self.values.add(row),
        };
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.reps.push(None);
                (self.reps.len() - 1) as u32
            }
        };
        let view = View {
            rep: &rep,
            values: &self.values,
        };
        if let Some((country, band, day)) = view.slot() {
            let entry = view.entry(slot);
            let days = &mut self.by_day.entry(country).or_default()[band];
            let entries = match days.get_mut(day) {
                Some(entries) => entries,
                None => days.entry(day.into()).or_default(),
            };
            // (seqs come in order but after a reload)
            let at = entries.partition_point(|e| e.seq < entry.seq);
            entries.insert(at, entry);
        }
        self.by_event.insert(hash, rep.seq);
        self.by_cluster
            .entry(rep.cluster_id)
            .or_default()
            .push(rep.seq);
        self.by_seq.insert(rep.seq, slot);
        self.reps[slot as usize] = Some(rep);
    }

    fn remove_seq(&mut self, seq: i64) -> Option<Rep> {
        let slot = self.by_seq.remove(&seq)?;
        let rep = self.reps.get_mut(slot as usize)?.take()?;
        self.free.push(slot);
        self.by_event.remove(&id_hash(rep.event_id()));
        let view = View {
            rep: &rep,
            values: &self.values,
        };
        if let Some((country, band, day)) = view.slot() {
            if let Some(bands) = self.by_day.get_mut(&country) {
                if let Some(entries) = bands[band].get_mut(day) {
                    if let Ok(at) = entries.binary_search_by_key(&seq, |e| e.seq) {
                        entries.remove(at);
                    }
                    if entries.is_empty() {
                        bands[band].remove(day);
                    }
                }
            }
        }
        Some(rep)
    }

    /// `DELETE FROM cluster_reps WHERE event_id = ?`
    pub(crate) fn remove_event(&mut self, event_id: &str) {
        let Some(seq) = self.by_event.get(&id_hash(event_id)).copied() else {
            return;
        };
        // (another id of the same hash is never stored: see `insert`)
        if self
            .by_seq
            .get(&seq)
            .and_then(|&slot| self.reps.get(slot as usize)?.as_ref())
            .is_none_or(|r| r.event_id() != event_id)
        {
            return;
        }
        if let Some(rep) = self.remove_seq(seq) {
            if let Some(seqs) = self.by_cluster.get_mut(&rep.cluster_id) {
                seqs.retain(|&s| s != seq);
                if seqs.is_empty() {
                    self.by_cluster.remove(&rep.cluster_id);
                }
            }
        }
    }

    /// `DELETE FROM cluster_reps WHERE cluster_id = ?`
    pub(crate) fn remove_cluster(&mut self, cluster_id: i64) {
        for seq in self.by_cluster.remove(&cluster_id).unwrap_or_default() {
            self.remove_seq(seq);
        }
    }

    /// `UPDATE cluster_reps SET cluster_id = to WHERE cluster_id = from`
    pub(crate) fn move_cluster(&mut self, from: i64, to: i64) {
        if from == to {
            return;
        }
        let seqs = self.by_cluster.remove(&from).unwrap_or_default();
        if seqs.is_empty() {
            return;
        }
        for &seq in &seqs {
            if let Some(&slot) = self.by_seq.get(&seq) {
                if let Some(Some(rep)) = self.reps.get_mut(slot as usize) {
                    rep.cluster_id = to;
                }
            }
        }
        self.by_cluster.entry(to).or_default().extend(seqs);
    }

    /// A cluster's row was written (or deleted): its columns are read again when needed.
    pub(crate) fn cluster_changed(&mut self, cluster_id: i64) {
        self.clusters.remove(&cluster_id);
    }

    /// The columns of a cluster the search reads (None: no such cluster, which the SQL
    /// search's join leaves out).
    fn cluster(&mut self, conn: &mut Conn, id: i64) -> Result<Option<ClusterCols>, StoreError> {
        Ok(self.cluster_ref(conn, id)?.cloned())
    }

    /// [`RepIndex::cluster`], borrowed from the copy (read into it when not there).
    fn cluster_ref(
        &mut self,
        conn: &mut Conn,
        id: i64,
    ) -> Result<Option<&ClusterCols>, StoreError> {
        if self.clusters.contains_key(&id) {
            return Ok(self.clusters.get(&id));
        }
        let Some(r) = conn.query_one(
            "SELECT date_min_end, date_max_start, n_mentions, first_seq, date_reach \
             FROM clusters INDEXED BY clusters_search WHERE id = ?",
            &[Value::Int(id)],
        )?
        else {
            return Ok(None);
        };
        let c = ClusterCols {
            min_end: r[0].string(),
            max_start: r[1].string(),
            n_mentions: r[2].int().unwrap_or(0),
            first_seq: r[3].int().unwrap_or(0),
            reach: r[4].int(),
        };
        Ok(Some(self.clusters.entry(id).or_insert(c)))
    }

    /// The representatives of `country` one scan of the search finds, with the conditions
    /// `cond`, added to `out` by seq.
    pub(super) fn scan(
        &mut self,
        conn: &mut Conn,
        country: &str,
        scan: &Scan<'_>,
        cond: &Conditions<'_>,
        out: &mut std::collections::BTreeMap<i64, Candidate>,
    ) -> Result<(), StoreError> {
        let Some(band) = BANDS.iter().position(|&b| b == scan.band) else {
            return Ok(());
        };
        if scan.first > scan.last {
            return Ok(());
        }
        let pool = &self.values.pool;
        let places = &self.values.places;
        let Some(bands) = self.by_day.get(&pool.text_number(Some(country))) else {
            return Ok(());
        };
        let quick = QuickConditions {
            types: cond.types.map(|t| pool.text_number(Some(t))),
            place: cond.place.as_ref().map(|p| {
                (
                    pool.text_number(Some(&p.norm)),
                    pool.text_number(p.admin1.as_deref()),
                    pool.text_number(p.admin2.as_deref()),
                    p.geonames_id,
                    p.bbox,
                )
            }),
        };
        let days = (Bound::Included(scan.first), Bound::Included(scan.last));
        let hits: Vec<u32> = bands[band]
            .range::<str, _>(days)
            .flat_map(|(_, entries)| entries)
            .filter(|e| quick.passes(e, places))
            .map(|e| e.slot)
            .filter(|&slot| {
                self.rep_at(slot)
                    .is_some_and(|v| cond.rep_passes(&v, scan.ends_from))
            })
            .collect();
        for slot in hits {
            let Some(cluster_id) = self.rep_at(slot).map(|v| v.rep.cluster_id) else {
                continue;
            };
            // (the cluster's columns checked in place, cloned for a candidate only)
            if !self
                .cluster_ref(conn, cluster_id)?
                .is_some_and(|c| cond.cluster_passes(c))
            {
                continue;
            }
            let (Some(v), Some(c)) = (self.rep_at(slot), self.clusters.get(&cluster_id)) else {
                continue;
            };
            let cand = candidate_of_view(&v, c.clone());
            // (debug builds: the row's reading gives the same candidate)
            debug_assert_eq!(cand, candidate_of(&v.row(), c.clone()));
            out.insert(v.rep.seq, cand);
        }
        Ok(())
    }

    /// The representative at `slot` of [`RepIndex::reps`].
    fn rep_at(&self, slot: u32) -> Option<View<'_>> {
        let r = self.reps.get(slot as usize)?.as_ref()?;
        Some(self.view(r))
    }
}
