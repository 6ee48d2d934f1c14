//! The compact values of [`super::RepIndex`]: the columns of `cluster_reps` it reads by position
//! ([`col`]), the pool of distinct values, the when/what/where combinations and a representative's
//! view of them (`rep_index.rs`'s module docs tell the layout).

use std::collections::HashMap;

use super::BANDS;
use crate::db::{Row, Value};

/// The columns of [`super::REP_TABLE_COLS`] the search reads by position.
pub(super) mod col {
    pub(crate) const EVENT_ID: usize = 0;
    pub(crate) const CLUSTER_ID: usize = 1;
    pub(crate) const SEQ: usize = 2;
    pub(crate) const DOC_ID: usize = 3;
    pub(crate) const PUBLISHED: usize = 4;
    pub(crate) const DATE: usize = 5;
    pub(crate) const DATE_PRECISION: usize = 6;
    pub(crate) const DATE_END: usize = 7;
    pub(crate) const EVENT_TYPE: usize = 8;
    pub(crate) const SUB_EVENT_TYPE: usize = 9;
    pub(crate) const COUNTRY: usize = 10;
    pub(crate) const ADMIN1: usize = 11;
    pub(crate) const ADMIN2: usize = 12;
    pub(crate) const PLACE: usize = 13;
    pub(crate) const PLACE_NORM: usize = 15;
    pub(crate) const ADMIN1_NORM: usize = 16;
    pub(crate) const ADMIN2_NORM: usize = 17;
    pub(crate) const GEONAMES_ID: usize = 18;
    pub(crate) const LAT: usize = 19;
    pub(crate) const LON: usize = 20;
    pub(crate) const GEO_PRECISION: usize = 21;
    pub(crate) const ACTOR1: usize = 22;
    pub(crate) const ACTOR1_KIND: usize = 23;
    pub(crate) const ACTOR2: usize = 24;
    pub(crate) const ACTOR2_KIND: usize = 25;
    pub(crate) const PLOVER_MODE: usize = 26;
    pub(crate) const FATALITIES: usize = 27;
    pub(crate) const BAND: usize = 28;
    pub(crate) const DAY_KEY: usize = 29;
}

/// How many columns [`super::REP_TABLE_COLS`] has.
pub(super) const COLS: usize = 30;

/// The first column a [`Rep`] keeps in its [`Group`]s (the four before it, its own ids and
/// numbers, have fields of their own).
pub(super) const FIRST_CELL: usize = 4;

/// The columns from [`FIRST_CELL`] on in three groups, each group's values kept once per
/// combination ([`Groups`]): when (dates, band, day), what (type, actors, weapon, toll) and where
/// (the place's columns). Per column: its group and its place in the group.
pub(super) const GROUP_OF: [(usize, usize); COLS - FIRST_CELL] = {
    let mut g = [(0, 0); COLS - FIRST_CELL];
    let mut k = 0;
    while k < 3 {
        let mut i = 0;
        while i < GROUPS[k].len() {
            g[GROUPS[k][i] - FIRST_CELL] = (k, i);
            i += 1;
        }
        k += 1;
    }
    g
};

/// The columns of each group.
pub(super) const GROUPS: [&[usize]; 3] = [&WHEN, &WHAT, &WHERE];
pub(super) const WHEN: [usize; 6] = [4, 5, 6, col::DATE_END, col::BAND, col::DAY_KEY];
pub(super) const WHAT: [usize; 8] = [
    col::EVENT_TYPE,
    col::SUB_EVENT_TYPE,
    col::ACTOR1,
    col::ACTOR1_KIND,
    col::ACTOR2,
    col::ACTOR2_KIND,
    col::PLOVER_MODE,
    col::FATALITIES,
];
pub(super) const WHERE: [usize; 12] = [
    col::COUNTRY,
    col::ADMIN1,
    col::ADMIN2,
    col::PLACE,
    14,
    col::PLACE_NORM,
    col::ADMIN1_NORM,
    col::ADMIN2_NORM,
    col::GEONAMES_ID,
    col::LAT,
    col::LON,
    col::GEO_PRECISION,
];
/// Which group is where.
pub(super) const WHERE_GROUP: usize = 2;

/// The values the representatives' columns hold, each once: a column holds its value's number
/// (0: NULL). Dates, types, places and actors repeat from one representative to the next.
#[derive(Debug, Default)]
pub(super) struct Pool {
    /// By number (0: NULL, pushed first).
    pub(super) list: Vec<Value>,
    pub(super) texts: HashMap<Box<str>, u32>,
    /// Integers (false) and reals (true, by their bits).
    pub(super) numbers: HashMap<(bool, u64), u32>,
}

static NULL: Value = Value::Null;

impl Pool {
    pub(super) fn get(&self, n: u32) -> &Value {
        self.list.get(n as usize).unwrap_or(&NULL)
    }

    /// The number of a value (a new one from 1 on; 0 for NULL, and for a NaN, which binds as
    /// NULL).
    pub(super) fn add(&mut self, v: &Value) -> u32 {
        let next = |list: &mut Vec<Value>| {
            if list.is_empty() {
                list.push(Value::Null);
            }
            list.push(v.clone());
            (list.len() - 1) as u32
        };
        match v {
            Value::Null => 0,
            Value::Real(f) if f.is_nan() => 0,
            Value::Text(s) => {
                if let Some(&n) = self.texts.get(s.as_str()) {
                    return n;
                }
                let n = next(&mut self.list);
                self.texts.insert(s.as_str().into(), n);
                n
            }
            Value::Int(_) | Value::Real(_) => {
                let key = match v {
                    Value::Real(f) => (true, f.to_bits()),
                    Value::Int(i) => (false, *i as u64),
                    _ => unreachable!(),
                };
                if let Some(&n) = self.numbers.get(&key) {
                    return n;
                }
                let n = next(&mut self.list);
                self.numbers.insert(key, n);
                n
            }
        }
    }

    /// The number of a text, 0 when no representative ever held it.
    pub(super) fn text_number(&self, s: Option<&str>) -> u32 {
        s.and_then(|s| self.texts.get(s).copied()).unwrap_or(0)
    }

    pub(super) fn text(&self, n: u32) -> Option<&str> {
        self.get(n).text()
    }

    /// The number of a text value (0: NULL, or not text).
    pub(super) fn text_only(&self, n: u32) -> u32 {
        if self.text(n).is_some() {
            n
        } else {
            0
        }
    }
}

/// The combinations of one group's values ([`GROUPS`]) the representatives hold, each once, by
/// number.
#[derive(Debug, Default)]
pub(super) struct Combinations {
    /// Each combination's value numbers ([`Pool`]), one after the other.
    pub(super) flat: Vec<u32>,
    pub(super) index: HashMap<Box<[u32]>, u32>,
}

impl Combinations {
    pub(super) fn add(&mut self, values: &[u32]) -> u32 {
        if let Some(&n) = self.index.get(values) {
            return n;
        }
        let n = (self.flat.len() / values.len().max(1)) as u32;
        self.flat.extend_from_slice(values);
        self.index.insert(values.into(), n);
        n
    }
}

/// What the representatives' columns hold, each value and each group's combination once.
#[derive(Debug, Default)]
pub(super) struct Values {
    pub(super) pool: Pool,
    pub(super) groups: [Combinations; 3],
    /// Per combination of the where group, its columns the first test reads.
    pub(super) places: Vec<Place>,
}

impl Values {
    /// The value number of column `c` (from [`FIRST_CELL`] on) of combinations `groups`.
    pub(super) fn number(&self, groups: &[u32; 3], c: usize) -> u32 {
        let (g, i) = GROUP_OF[c - FIRST_CELL];
        let width = GROUPS[g].len();
        self.groups[g]
            .flat
            .get(groups[g] as usize * width + i)
            .copied()
            .unwrap_or(0)
    }

    pub(super) fn value(&self, groups: &[u32; 3], c: usize) -> &Value {
        self.pool.get(self.number(groups, c))
    }

    /// A row's combinations (its columns from [`FIRST_CELL`] on).
    pub(super) fn add(&mut self, row: &[Value]) -> [u32; 3] {
        let mut groups = [0u32; 3];
        for (g, cols) in GROUPS.iter().enumerate() {
            let numbers: Vec<u32> = cols.iter().map(|&c| self.pool.add(&row[c])).collect();
            let n = self.groups[g].add(&numbers);
            if g == WHERE_GROUP && n as usize == self.places.len() {
                let pool = &self.pool;
                let value = |c: usize| {
                    let at = GROUP_OF[c - FIRST_CELL].1;
                    pool.get(numbers[at])
                };
                let text = |c: usize| {
                    let at = GROUP_OF[c - FIRST_CELL].1;
                    pool.text_only(numbers[at])
                };
                self.places.push(Place {
                    place_norm: text(col::PLACE_NORM),
                    admin1_norm: text(col::ADMIN1_NORM),
                    admin2_norm: text(col::ADMIN2_NORM),
                    geonames_id: value(col::GEONAMES_ID).int(),
                    lat: value(col::LAT).real().unwrap_or(f64::NAN),
                    lon: value(col::LON).real().unwrap_or(f64::NAN),
                });
            }
            groups[g] = n;
        }
        groups
    }
}

/// A representative: its row of [`super::REP_TABLE_COLS`], compact (a copy of many thousands stays
/// small): its own ids and numbers, the other columns as the numbers of its groups'
/// combinations in [`Values`].
#[derive(Debug)]
pub(super) struct Rep {
    pub(super) seq: i64,
    /// Its cluster (the row's may be older: a cluster renumbered or merged moves it).
    pub(super) cluster_id: i64,
    /// Its event's id, then its document's.
    pub(super) ids: Box<str>,
    /// Where its document's id starts in `ids`.
    pub(super) doc_at: u32,
    pub(super) groups: [u32; 3],
}

impl Rep {
    pub(super) fn event_id(&self) -> &str {
        self.ids.get(..self.doc_at as usize).unwrap_or_default()
    }

    pub(super) fn doc_id(&self) -> &str {
        self.ids.get(self.doc_at as usize..).unwrap_or_default()
    }
}

/// A representative with the values of its columns.
#[derive(Clone, Copy)]
pub(super) struct View<'a> {
    pub(super) rep: &'a Rep,
    pub(super) values: &'a Values,
}

impl<'a> View<'a> {
    /// Column `c`'s value (`c` from [`FIRST_CELL`] on).
    pub(super) fn value(&self, c: usize) -> &'a Value {
        self.values.value(&self.rep.groups, c)
    }

    pub(super) fn int(&self, c: usize) -> Option<i64> {
        self.value(c).int()
    }

    pub(super) fn real(&self, c: usize) -> Option<f64> {
        self.value(c).real()
    }

    pub(super) fn is_null(&self, c: usize) -> bool {
        *self.value(c) == Value::Null
    }

    /// Column `c`'s text (None: NULL, or not text).
    pub(super) fn text(&self, c: usize) -> Option<&'a str> {
        match c {
            col::EVENT_ID => Some(self.rep.event_id()),
            col::DOC_ID => Some(self.rep.doc_id()),
            col::CLUSTER_ID | col::SEQ => None,
            _ => self.value(c).text(),
        }
    }

    /// Its row of [`super::REP_TABLE_COLS`], as stored (its cluster now).
    pub(super) fn row(&self) -> Row {
        let r = self.rep;
        let mut row: Row = Vec::with_capacity(COLS);
        row.extend([
            Value::Text(r.event_id().to_string()),
            Value::Int(r.cluster_id),
            Value::Int(r.seq),
            Value::Text(r.doc_id().to_string()),
        ]);
        row.extend((FIRST_CELL..COLS).map(|c| self.value(c).clone()));
        row
    }

    /// Its entry in its day's bucket, at `slot` of [`super::RepIndex::reps`].
    pub(super) fn entry(&self, slot: u32) -> Entry {
        let n = self.values.number(&self.rep.groups, col::EVENT_TYPE);
        Entry {
            seq: self.rep.seq,
            slot,
            event_type: self.values.pool.text_only(n),
            place: self.rep.groups[WHERE_GROUP],
        }
    }

    /// Where it is found: its country's number, band (index into [`BANDS`]) and day.
    pub(super) fn slot(&self) -> Option<(u32, usize, &'a str)> {
        let country = self.values.number(&self.rep.groups, col::COUNTRY);
        match (
            self.text(col::COUNTRY),
            self.text(col::BAND),
            self.text(col::DAY_KEY),
        ) {
            (Some(_), Some(band), Some(day)) => BANDS
                .iter()
                .position(|&b| b == band)
                .map(|b| (country, b, day)),
            _ => None,
        }
    }
}

/// A representative in its day's bucket: its seq and place in [`super::RepIndex::reps`], its type (a
/// text number of [`Pool`]) and its where combination, for a first test that is only integer
/// comparisons.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Entry {
    pub(super) seq: i64,
    pub(super) slot: u32,
    pub(super) event_type: u32,
    pub(super) place: u32,
}

/// The columns of a where combination the first test reads (texts as numbers of [`Pool`], 0:
/// NULL or not text).
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    pub(super) place_norm: u32,
    pub(super) admin1_norm: u32,
    pub(super) admin2_norm: u32,
    pub(super) geonames_id: Option<i64>,
    /// NaN: none (no comparison holds)
    pub(super) lat: f64,
    pub(super) lon: f64,
}
