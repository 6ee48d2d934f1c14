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

use std::collections::{BTreeMap, HashMap};

use super::candidates::{candidate_from_row, Candidate};
use crate::db::{Conn, Row, Value};
use crate::{dedup, Mention, StoreError};

/// The columns of `cluster_reps` in the order [`Row`]s given to [`RepIndex::insert`] hold them
/// (the order `insert_rep` binds them in).
pub(super) const REP_TABLE_COLS: &str = "event_id, cluster_id, seq, doc_id, published, date, \
    date_precision, date_end, event_type, sub_event_type, country, admin1, admin2, place, \
    place_key, place_norm, admin1_norm, admin2_norm, geonames_id, lat, lon, geo_precision, \
    actor1, actor1_kind, actor2, actor2_kind, plover_mode, fatalities, band, day_key";

/// The bands of the search (`cluster_reps.band`).
const BANDS: [&str; 3] = ["day", "range", "undated"];

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
    ]);
    candidate_from_row(&row)
}

/// The columns of [`REP_TABLE_COLS`] the search reads by position.
mod col {
    pub(super) const EVENT_ID: usize = 0;
    pub(super) const CLUSTER_ID: usize = 1;
    pub(super) const SEQ: usize = 2;
    pub(super) const DOC_ID: usize = 3;
    pub(super) const DATE_END: usize = 7;
    pub(super) const EVENT_TYPE: usize = 8;
    pub(super) const SUB_EVENT_TYPE: usize = 9;
    pub(super) const COUNTRY: usize = 10;
    pub(super) const ADMIN1: usize = 11;
    pub(super) const ADMIN2: usize = 12;
    pub(super) const PLACE: usize = 13;
    pub(super) const PLACE_NORM: usize = 15;
    pub(super) const ADMIN1_NORM: usize = 16;
    pub(super) const ADMIN2_NORM: usize = 17;
    pub(super) const GEONAMES_ID: usize = 18;
    pub(super) const LAT: usize = 19;
    pub(super) const LON: usize = 20;
    pub(super) const GEO_PRECISION: usize = 21;
    pub(super) const ACTOR1: usize = 22;
    pub(super) const ACTOR1_KIND: usize = 23;
    pub(super) const ACTOR2: usize = 24;
    pub(super) const ACTOR2_KIND: usize = 25;
    pub(super) const PLOVER_MODE: usize = 26;
    pub(super) const FATALITIES: usize = 27;
    pub(super) const BAND: usize = 28;
    pub(super) const DAY_KEY: usize = 29;
}

/// A stored value, its text as a number of [`RepIndex::symbols`] (but the event's and the
/// document's ids, of one representative each).
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Sym(u32),
    /// The representative's own text number k ([`Rep::own`]).
    Own(u8),
}

/// A representative: its row of [`REP_TABLE_COLS`], compact (a copy of many thousands stays
/// small), and what the search reads of it at once.
#[derive(Debug, Clone, PartialEq)]
struct Rep {
    cells: Box<[Cell]>,
    /// The text of its [`Cell::Own`] cells (its event's and document's ids).
    own: [Option<Box<str>>; 2],
    seq: i64,
    /// Its cluster (the row's may be older: a cluster renumbered or merged moves it).
    cluster_id: i64,
    /// Where it is found: country, band (index into [`BANDS`]) and day.
    slot: Option<(String, usize, String)>,
}

impl Rep {
    fn int(&self, c: usize) -> Option<i64> {
        match self.cells[c] {
            Cell::Int(i) => Some(i),
            Cell::Real(f) => Some(f as i64),
            _ => None,
        }
    }

    fn real(&self, c: usize) -> Option<f64> {
        match self.cells[c] {
            Cell::Real(f) => Some(f),
            Cell::Int(i) => Some(i as f64),
            _ => None,
        }
    }

    fn is_null(&self, c: usize) -> bool {
        self.cells[c] == Cell::Null
    }
}

/// A representative's type and places, for a first test that is only integer comparisons (the
/// strings as [`RepIndex::symbols`]).
#[derive(Debug, Clone, PartialEq)]
struct Quick {
    event_type: u32,
    place_norm: u32,
    admin1_norm: u32,
    admin2_norm: u32,
    geonames_id: Option<i64>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// [`Conditions`]'s type and place conditions in [`RepIndex::symbols`] (0: a string no
/// representative holds, or NULL: it equals nothing).
struct QuickConditions {
    types: [u32; 4],
    /// None: any place (a country-level mention)
    place: Option<QuickPlace>,
}

/// The place conditions: the place's name, its admin1 and admin2 (names), its GeoNames id and
/// box.
type QuickPlace = (u32, u32, u32, Option<i64>, Option<[f64; 4]>);

/// Per band, the representatives by (day, seq).
type Bands = [BTreeMap<(String, i64), Quick>; 3];

impl QuickConditions {
    /// Never false where [`Conditions::rep_passes`] is true.
    fn passes(&self, q: &Quick) -> bool {
        if !self.types.contains(&q.event_type) {
            return false;
        }
        let Some((norm, admin1, admin2, geonames_id, bbox)) = self.place else {
            return true;
        };
        let eq = |a: u32, b: u32| a != 0 && a == b;
        eq(q.place_norm, norm)
            || eq(q.admin1_norm, norm)
            || eq(q.admin2_norm, norm)
            || eq(q.place_norm, admin1)
            || eq(q.place_norm, admin2)
            || geonames_id.is_some() && q.geonames_id == geonames_id
            || match (bbox, q.lat, q.lon) {
                (Some([lat0, lat1, lon0, lon1]), Some(lat), Some(lon)) => {
                    lat >= lat0 && lat <= lat1 && lon >= lon0 && lon <= lon1
                }
                _ => false,
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
}

/// The copy (see the module's doc).
#[derive(Debug, Default)]
pub(crate) struct RepIndex {
    reps: HashMap<i64, Rep>,
    by_event: HashMap<String, i64>,
    by_cluster: HashMap<i64, Vec<i64>>,
    /// Per country and band, (day, seq) in order, with what the search tests first.
    by_day: HashMap<String, Bands>,
    /// The strings [`Quick`] and [`Cell::Sym`] hold as numbers (from 1; 0 is NULL), and back.
    symbols: HashMap<String, u32>,
    names: Vec<String>,
    /// The clusters' columns read since they last changed.
    clusters: HashMap<i64, ClusterCols>,
    /// Two representatives shared a seq (never on SQLite's single writer): the copy cannot
    /// key them, and the store searches with SQL.
    unusable: bool,
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
    /// The cluster's core date: (its earliest end at least, its latest start at most)
    after: Option<String>,
    before: Option<String>,
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
        let kinds = |a: &Option<(String, rasd_core::ActorKind)>| {
            a.as_ref().map(|a| {
                dedup::agreeing_kinds(a.1)
                    .into_iter()
                    .map(dedup::kind_name)
                    .collect::<Vec<_>>()
            })
        };
        let (after, before) = match (m.dated(), &m.date, &m.date_end) {
            (true, Some(start), Some(end)) => (
                Some(super::shift_or(start, -m.later_reach())),
                Some(super::shift_or(end, 1)),
            ),
            _ => (None, None),
        };
        Conditions {
            types,
            place,
            event_type: &m.event_type,
            attack_like: dedup::attack_like(m),
            modes,
            actor_kinds: [kinds(&m.actor1), kinds(&m.actor2)],
            country_level: m.country_level(),
            after,
            before,
        }
    }

    /// The conditions on the representative's own columns (its text through `index`).
    fn rep_passes(&self, index: &RepIndex, r: &Rep, ends_from: Option<&str>) -> bool {
        let text = |c: usize| index.text(r, c);
        let t = text(col::EVENT_TYPE).unwrap_or_default();
        if !self.types.contains(&t) {
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
        if !self.country_level
            && text(col::PLACE).is_some()
            && r.int(col::GEO_PRECISION).unwrap_or(0) == 3
            && text(col::ADMIN1).is_none()
            && text(col::ADMIN2).is_none()
        {
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
            if max_start > before {
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
        // (the quick columns as strings: the two copies number them apart)
        type Day = (String, usize, String, i64, [Option<String>; 4], Option<i64>);
        let days = |index: &RepIndex| {
            let names: HashMap<u32, &String> = index.symbols.iter().map(|(s, &n)| (n, s)).collect();
            let name = |n: u32| names.get(&n).map(|s| s.to_string());
            let mut v: Vec<Day> = index
                .by_day
                .iter()
                .flat_map(|(c, bands)| {
                    let name = &name;
                    bands.iter().enumerate().flat_map(move |(b, set)| {
                        set.iter().map(move |((d, s), q)| {
                            let quick = [q.event_type, q.place_norm, q.admin1_norm, q.admin2_norm]
                                .map(name);
                            (c.clone(), b, d.clone(), *s, quick, q.geonames_id)
                        })
                    })
                })
                .collect();
            v.sort();
            v
        };
        let rows = |index: &RepIndex| -> HashMap<i64, Row> {
            index
                .reps
                .iter()
                .map(|(&seq, r)| (seq, index.row(r)))
                .collect()
        };
        if self.unusable != fresh.unusable
            || rows(self) != rows(&fresh)
            || self.by_event != fresh.by_event
            || sorted(&self.by_cluster) != sorted(&fresh.by_cluster)
            || days(self) != days(&fresh)
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
        let mut own: [Option<Box<str>>; 2] = [None, None];
        let cells: Box<[Cell]> = row
            .iter()
            .enumerate()
            .map(|(c, v)| match v {
                Value::Null => Cell::Null,
                Value::Int(i) => Cell::Int(*i),
                // a NaN binds as NULL
                Value::Real(f) if f.is_nan() => Cell::Null,
                Value::Real(f) => Cell::Real(*f),
                Value::Text(s) if c == col::EVENT_ID || c == col::DOC_ID => {
                    let k = usize::from(c == col::DOC_ID);
                    own[k] = Some(s.as_str().into());
                    Cell::Own(k as u8)
                }
                Value::Text(s) => Cell::Sym(self.intern(Some(s))),
            })
            .collect();
        let mut rep = Rep {
            cells,
            own,
            seq: 0,
            cluster_id: 0,
            slot: None,
        };
        rep.seq = rep.int(col::SEQ).unwrap_or(0);
        rep.cluster_id = rep.int(col::CLUSTER_ID).unwrap_or(0);
        rep.slot = match (
            self.text(&rep, col::COUNTRY),
            self.text(&rep, col::BAND),
            self.text(&rep, col::DAY_KEY),
        ) {
            (Some(country), Some(band), Some(day)) => BANDS
                .iter()
                .position(|&b| b == band)
                .map(|b| (country.to_string(), b, day.to_string())),
            _ => None,
        };
        let seq = rep.seq;
        if self.reps.contains_key(&seq) {
            self.unusable = true;
            return;
        }
        let event_id = self.text(&rep, col::EVENT_ID).unwrap_or_default();
        self.by_event.insert(event_id.to_string(), seq);
        self.by_cluster.entry(rep.cluster_id).or_default().push(seq);
        if let Some((country, band, day)) = &rep.slot {
            let sym = |c: usize| match rep.cells[c] {
                Cell::Sym(n) => n,
                _ => 0,
            };
            let quick = Quick {
                event_type: sym(col::EVENT_TYPE),
                place_norm: sym(col::PLACE_NORM),
                admin1_norm: sym(col::ADMIN1_NORM),
                admin2_norm: sym(col::ADMIN2_NORM),
                geonames_id: rep.int(col::GEONAMES_ID),
                lat: rep.real(col::LAT),
                lon: rep.real(col::LON),
            };
            let bands = self.by_day.entry(country.clone()).or_default();
            bands[*band].insert((day.clone(), seq), quick);
        }
        self.reps.insert(seq, rep);
    }

    /// A representative's text in column `c` (None: NULL, or not text).
    fn text<'a>(&'a self, r: &'a Rep, c: usize) -> Option<&'a str> {
        match &r.cells[c] {
            Cell::Sym(n) => self.names.get(*n as usize).map(String::as_str),
            Cell::Own(k) => r.own[usize::from(*k)].as_deref(),
            _ => None,
        }
    }

    /// A representative's row of [`REP_TABLE_COLS`], as stored (its cluster now).
    fn row(&self, r: &Rep) -> Row {
        let mut row: Row = (0..r.cells.len())
            .map(|c| match &r.cells[c] {
                Cell::Null => Value::Null,
                Cell::Int(i) => Value::Int(*i),
                Cell::Real(f) => Value::Real(*f),
                Cell::Sym(_) | Cell::Own(_) => {
                    Value::Text(self.text(r, c).unwrap_or_default().to_string())
                }
            })
            .collect();
        row[col::CLUSTER_ID] = Value::Int(r.cluster_id);
        row
    }

    /// The number of a string (a new one from 1 on; 0 for NULL).
    fn intern(&mut self, s: Option<&String>) -> u32 {
        let Some(s) = s else {
            return 0;
        };
        if let Some(&n) = self.symbols.get(s.as_str()) {
            return n;
        }
        if self.names.is_empty() {
            self.names.push(String::new());
        }
        let n = self.names.len() as u32;
        self.symbols.insert(s.clone(), n);
        self.names.push(s.clone());
        n
    }

    /// The number of a string, 0 when no representative ever held it.
    fn symbol(&self, s: Option<&str>) -> u32 {
        s.and_then(|s| self.symbols.get(s).copied()).unwrap_or(0)
    }

    fn remove_seq(&mut self, seq: i64) -> Option<Rep> {
        let rep = self.reps.remove(&seq)?;
        if let Some(event_id) = rep.own[0].as_deref() {
            self.by_event.remove(event_id);
        }
        if let Some((country, band, day)) = &rep.slot {
            if let Some(bands) = self.by_day.get_mut(country.as_str()) {
                bands[*band].remove(&(day.clone(), seq));
            }
        }
        Some(rep)
    }

    /// `DELETE FROM cluster_reps WHERE event_id = ?`
    pub(crate) fn remove_event(&mut self, event_id: &str) {
        let Some(seq) = self.by_event.get(event_id).copied() else {
            return;
        };
        if let Some(rep) = self.remove_seq(seq) {
            if let Some(seqs) = self.by_cluster.get_mut(&rep.cluster_id) {
                seqs.retain(|&s| s != seq);
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
        for &seq in &seqs {
            if let Some(rep) = self.reps.get_mut(&seq) {
                rep.cluster_id = to;
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
        if let Some(c) = self.clusters.get(&id) {
            return Ok(Some(c.clone()));
        }
        let Some(r) = conn.query_one(
            "SELECT date_min_end, date_max_start, n_mentions, first_seq \
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
        };
        self.clusters.insert(id, c.clone());
        Ok(Some(c))
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
        let Some(bands) = self.by_day.get(country) else {
            return Ok(());
        };
        let quick = QuickConditions {
            types: cond.types.map(|t| self.symbol(Some(t))),
            place: cond.place.as_ref().map(|p| {
                (
                    self.symbol(Some(&p.norm)),
                    self.symbol(p.admin1.as_deref()),
                    self.symbol(p.admin2.as_deref()),
                    p.geonames_id,
                    p.bbox,
                )
            }),
        };
        let from = (scan.first.to_string(), i64::MIN);
        let to = (scan.last.to_string(), i64::MAX);
        let hits: Vec<i64> = bands[band]
            .range(from..=to)
            .filter(|(_, q)| quick.passes(q))
            .map(|((_, seq), _)| *seq)
            .filter(|seq| {
                self.reps
                    .get(seq)
                    .is_some_and(|r| cond.rep_passes(self, r, scan.ends_from))
            })
            .collect();
        for seq in hits {
            let Some(cluster_id) = self.reps.get(&seq).map(|r| r.cluster_id) else {
                continue;
            };
            let Some(c) = self.cluster(conn, cluster_id)? else {
                continue;
            };
            if !cond.cluster_passes(&c) {
                continue;
            }
            let row = self.row(&self.reps[&seq]);
            out.insert(seq, candidate_of(&row, c));
        }
        Ok(())
    }
}
