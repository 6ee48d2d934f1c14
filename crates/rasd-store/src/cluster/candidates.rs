//! The candidate search: the stored mentions a new one is compared with, found through the
//! indexes (each cluster's representatives, or every member for the tests' reference).

use std::collections::BTreeMap;

use rasd_core::ActorKind;

use super::rep_index::{Conditions, RepIndex, Scan};
use crate::db::{Row, Value};
use crate::{dedup, Mention, Store, StoreError};

/// The longest date range a dated mention spans (a month), which bounds the index scans.
pub(crate) const MAX_RANGE_DAYS: i64 = 31;

pub(super) const MENTION_COLS: &str =
    "e.event_id, e.doc_id, e.published, e.date, e.date_precision, \
    e.date_end, e.event_type, e.sub_event_type, e.country, e.admin1, e.admin2, e.place, \
    e.geonames_id, e.lat, e.lon, e.geo_precision, e.actor1, e.actor1_kind, e.actor2, \
    e.actor2_kind, e.plover_mode, e.seq, cm.cluster_id, c.date_min_end, c.date_max_start, \
    e.fatalities_min, e.fatalities_qualifier, c.n_mentions, c.first_seq, c.date_reach";

/// How many columns [`MENTION_COLS`] has.
pub(super) const MENTION_COLS_N: usize = 30;

/// [`MENTION_COLS`] of a representative (`cluster_reps e`, joined to its cluster `c`).
pub(super) const REP_COLS: &str = "e.event_id, e.doc_id, e.published, e.date, e.date_precision, \
    e.date_end, e.event_type, e.sub_event_type, e.country, e.admin1, e.admin2, e.place, \
    e.geonames_id, e.lat, e.lon, e.geo_precision, e.actor1, e.actor1_kind, e.actor2, \
    e.actor2_kind, e.plover_mode, e.seq, e.cluster_id, c.date_min_end, c.date_max_start, \
    e.fatalities, NULL, c.n_mentions, c.first_seq, c.date_reach";

/// A stored mention that may report the same incident as a new one.
#[derive(Debug, PartialEq)]
pub(super) struct Candidate {
    pub(super) mention: Mention,
    pub(super) seq: i64,
    pub(super) cluster_id: i64,
    /// The cluster's core date range (its middle dated member's: end, start).
    pub(super) cluster_min_end: Option<String>,
    pub(super) cluster_max_start: Option<String>,
    /// How many mentions the cluster holds.
    pub(super) cluster_mentions: i64,
    /// The seq of the cluster's earliest member.
    pub(super) cluster_first_seq: i64,
    /// How many days before its core date the cluster's incident may lie (1, or
    /// [`dedup::FOLLOWUP_DAYS`] for a core told by follow-ups: [`Mention::reach_back`]).
    pub(super) cluster_reach: i64,
}

pub(super) fn candidate_from_row(r: &Row) -> Candidate {
    let actor = |n: &Value, k: &Value| -> Option<(String, ActorKind)> {
        Some((n.string()?, ActorKind::parse(k.text()?)?))
    };
    let m = Mention {
        event_id: r[0].string().unwrap_or_default(),
        doc_id: r[1].string().unwrap_or_default(),
        published: r[2].string(),
        date: r[3].string(),
        date_precision: r[4].text().and_then(dedup::parse_precision),
        date_end: r[5].string(),
        event_type: r[6].string().unwrap_or_default(),
        sub_event_type: r[7].string().unwrap_or_default(),
        country: r[8].string(),
        admin1: r[9].string(),
        admin2: r[10].string(),
        place: r[11].string(),
        geonames_id: r[12].int().map(|v| v as u64),
        lat: r[13].real(),
        lon: r[14].real(),
        geo_precision: r[15].int().map(|v| v as u8),
        actor1: actor(&r[16], &r[17]),
        actor2: actor(&r[18], &r[19]),
        plover_mode: r[20].string(),
        fatalities: r[25]
            .int()
            .filter(|_| r[26].text() != Some("unknown"))
            .map(|v| v as u64),
    };
    Candidate {
        mention: m,
        seq: r[21].int().unwrap_or(0),
        cluster_id: r[22].int().unwrap_or(0),
        cluster_min_end: r[23].string(),
        cluster_max_start: r[24].string(),
        cluster_mentions: r[27].int().unwrap_or(0),
        cluster_first_seq: r[28].int().unwrap_or(0),
        cluster_reach: super::reach_read(&r[29]),
    }
}

/// SQL that keeps only stored places [`dedup::compare`]'s place rule could accept for `m`
/// (same GeoNames id or name, one named as the other's admin1/admin2, or coordinates within
/// ~33 km; anything in the country when `m` is placed at country level; a stored country-level
/// mention is no link for a finer `m`), so the index scan's rows are filtered inside the
/// database. One SQL text for every mention (what `m` lacks is bound as NULL, which matches
/// nothing), so the statement is prepared once.
fn place_prefilter(m: &Mention) -> (&'static str, Vec<Value>) {
    if m.country_level() {
        // a country-level mention is compatible with any place of its country
        return ("1 = 1", vec![]);
    }
    let norm = m
        .place
        .as_deref()
        .map(dedup::normalize_place)
        .unwrap_or_default();
    let mut params: Vec<Value> = vec![norm.as_str().into(), norm.as_str().into(), norm.into()];
    for admin in [&m.admin1, &m.admin2] {
        params.push(admin.as_deref().map(dedup::normalize_place).into());
    }
    params.push(m.geonames_id.map(|g| g as i64).into());
    let bbox = match (m.lat, m.lon) {
        (Some(lat), Some(lon)) => {
            let (dlat, dlon) = bbox_half_sides(lat);
            [lat - dlat, lat + dlat, lon - dlon, lon + dlon].map(Value::Real)
        }
        _ => [Value::Null, Value::Null, Value::Null, Value::Null],
    };
    params.extend(bbox);
    (
        "(e.place_norm = ? OR e.admin1_norm = ? OR e.admin2_norm = ? OR e.place_norm = ? \
         OR e.place_norm = ? OR e.geonames_id = ? \
         OR (e.lat >= ? AND e.lat <= ? AND e.lon >= ? AND e.lon <= ?))",
        params,
    )
}

/// The half sides (latitude, longitude) of the place pre-filter's box around a mention at
/// latitude `lat`: ~33 km, the farthest the near-with-evidence rule reaches.
pub(super) fn bbox_half_sides(lat: f64) -> (f64, f64) {
    (0.3, 0.3 / lat.to_radians().cos().abs().max(0.1))
}

/// The most modes [`dedup::same_weapon`] gives.
const MAX_WEAPON_MODES: usize = 3;

/// The most kinds [`dedup::agreeing_kinds`] gives.
const MAX_AGREEING_KINDS: usize = 3;

/// SQL that keeps out stored mentions that [`dedup::compare`] or [`Store::cluster_event`]'s
/// guards reject for `m` whatever their places and dates: another type not told alike (rule 1),
/// a contradicting weapon (rule 1), a perpetrator or target of another kind (rule 4), a
/// country-level mention when `m` is finer (no hub), a cluster whose core date is more than a
/// day from `m`'s dates. Each is checked again after the search; here they only keep rows the
/// check would drop out of the result (a test compares with a search without them). One SQL
/// text for every mention: a condition that does not apply is switched off by its parameters.
fn decided_filter(m: &Mention) -> (String, Vec<Value>) {
    let mut sql: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    // the same type, or two types telling one attack
    let mut alike = Vec::new();
    params.push(m.event_type.as_str().into());
    params.push(Value::Int(i64::from(dedup::attack_like(m))));
    for (t, sub) in dedup::ATTACK_LIKE {
        params.push(t.into());
        match sub {
            None => alike.push("e.event_type = ?"),
            Some(sub) => {
                alike.push("(e.event_type = ? AND e.sub_event_type = ?)");
                params.push(sub.into());
            }
        }
    }
    sql.push(format!(
        "(e.event_type = ? OR (? = 1 AND ({})))",
        alike.join(" OR ")
    ));
    // a weapon of the same class, when m's is known and m is of the family of violence
    let modes = match (dedup::violent(&m.event_type), &m.plover_mode) {
        (true, Some(mode)) => dedup::same_weapon(mode),
        _ => vec![],
    };
    debug_assert!(modes.len() <= MAX_WEAPON_MODES);
    params.push(Value::Int(i64::from(!modes.is_empty())));
    // (a stored mention of another type than the violent ones has no weapon to contradict)
    params.extend(dedup::FAMILY[..3].iter().map(|&t| Value::from(t)));
    params.extend(
        (0..MAX_WEAPON_MODES).map(|i| modes.get(i).map_or(Value::Null, |&mode| mode.into())),
    );
    sql.push(format!(
        "(? = 0 OR e.plover_mode IS NULL OR e.event_type NOT IN (?, ?, ?) \
         OR e.plover_mode IN ({}))",
        ["?"; MAX_WEAPON_MODES].join(", ")
    ));
    // perpetrators and targets of agreeing kinds (dedup::kinds_agree)
    for (column, actor) in [("actor1", &m.actor1), ("actor2", &m.actor2)] {
        // (a toll that may outweigh a contradicting side: any kind, compare decides)
        let actor = actor.as_ref().filter(|_| !dedup::toll_outweighs_actors(m));
        let kinds = actor.map(|a| dedup::agreeing_kinds(a.1));
        let kind: Value = actor.map(|a| dedup::kind_name(a.1)).into();
        params.push(kind);
        debug_assert!(kinds.as_ref().is_none_or(|k| k.len() <= MAX_AGREEING_KINDS));
        params.extend((0..MAX_AGREEING_KINDS).map(|i| {
            kinds
                .as_ref()
                .and_then(|k| k.get(i))
                .map_or(Value::Null, |&k| dedup::kind_name(k).into())
        }));
        sql.push(format!(
            "(CAST(? AS TEXT) IS NULL OR e.{column} IS NULL OR e.{column}_kind IS NULL \
             OR e.{column}_kind IN ({}))",
            ["?"; MAX_AGREEING_KINDS].join(", ")
        ));
    }
    // no hub
    params.push(Value::Int(i64::from(m.country_level())));
    sql.push(
        "(? = 1 OR e.place IS NULL OR COALESCE(e.geo_precision, 0) <> 3 \
         OR e.admin1 IS NOT NULL OR e.admin2 IS NOT NULL)"
            .into(),
    );
    // within_a_day of the cluster's core date: start <= min_end + reach, end >= max_start - 1
    // (a core that reaches back: max_start - FOLLOWUP_DAYS)
    let (after, before, before_far): (Value, Value, Value) = match super::core_window(m) {
        Some(w) => (w.after.into(), w.before.into(), w.before_far.into()),
        None => (Value::Null, Value::Null, Value::Null),
    };
    params.extend([after.clone(), after, before.clone(), before, before_far]);
    // (a NULL parameter is cast: PostgreSQL cannot tell its type otherwise)
    sql.push("(CAST(? AS TEXT) IS NULL OR c.date_min_end IS NULL OR c.date_min_end >= ?)".into());
    sql.push(
        "(CAST(? AS TEXT) IS NULL OR c.date_max_start IS NULL OR c.date_max_start <= ? \
         OR (c.date_reach > 1 AND c.date_max_start <= ?))"
            .into(),
    );
    (sql.join(" AND "), params)
}

/// The candidate search over the representatives only (a member of one signature with a
/// representative compares as the representative does), with the conditions `filter` on
/// `cluster_reps e` and `clusters c`. SQLite reads each candidate's cluster off the covering
/// index `clusters_search` of migration 11 (its planner would take the primary key's index for
/// `c.id = ?`, then seek the table row).
fn representatives_sql(backend: crate::Backend, filter: &str) -> String {
    let clusters = match backend {
        crate::Backend::Sqlite => "clusters c INDEXED BY clusters_search",
        crate::Backend::Postgres => "clusters c",
    };
    format!("SELECT {REP_COLS} FROM cluster_reps e JOIN {clusters} ON c.id = e.cluster_id WHERE {filter}")
}

/// The scans of the candidate search for `m` (one per band): (band, first day, last day, the
/// latest a range may end before, when it matters).
fn search_scans(m: &Mention) -> Vec<(&'static str, String, String, Option<String>)> {
    let shift = |d: &str, n: i64| dedup::shift_date(d, n).unwrap_or_else(|| d.to_string());
    // (band, first day, last day, the latest a range may end before, when it matters)
    let mut scans: Vec<(&'static str, String, String, Option<String>)> = Vec::new();
    if let (true, Some(start), Some(end)) = (m.dated(), &m.date, &m.date_end) {
        // dated candidates: date ranges within a day (FOLLOWUP_DAYS back for a retelling dated by
        // its report's news). Day-precision ones by their date; the rare week/month ones by
        // a scan of a month back
        let reach = m.later_reach();
        let (lo, hi) = (shift(start, -reach), shift(end, 1));
        scans.push(("day", lo.clone(), hi.clone(), None));
        // the days that reach back (follow-ups dated by their reports' news,
        // Mention::reach_back): up to FOLLOWUP_DAYS after m's
        scans.push(("reach", lo.clone(), shift(end, dedup::FOLLOWUP_DAYS), None));
        scans.push(("range", shift(start, -reach - MAX_RANGE_DAYS), hi, Some(lo)));
        // undated candidates published on m's dates or up to FOLLOWUP_DAYS after (an
        // undated retelling's reach; others reach UNDATED_DAYS)
        scans.push((
            "undated",
            start.clone(),
            shift(end, dedup::FOLLOWUP_DAYS),
            None,
        ));
    } else if let Some(p) = m.published.as_deref() {
        // m undated: dated candidates whose range ends at most UNDATED_DAYS (a retelling:
        // FOLLOWUP_DAYS) before m's publication and starts on or before it; undated ones
        // published within two days
        let reach = m.undated_reach();
        let first_end = Some(shift(p, -reach));
        scans.push(("day", shift(p, -reach), p.into(), first_end.clone()));
        scans.push(("reach", shift(p, -reach), p.into(), first_end.clone()));
        let back = reach + MAX_RANGE_DAYS;
        scans.push(("range", shift(p, -back), p.into(), first_end));
        scans.push(("undated", shift(p, -2), shift(p, 2), None));
    }
    scans
}

impl Store {
    /// Candidate mentions for `m` (already clustered events only), in `seq` order: every
    /// stored mention [`dedup::compare`] could accept, found through the indexes: the same
    /// country and type family, dates (or, for an undated side, publication dates) in the
    /// windows of the date rule, and places the place pre-filter lets through.
    pub(super) fn candidates(&mut self, m: &Mention) -> Result<Vec<Candidate>, StoreError> {
        if self.exhaustive {
            return self.candidates_every_member(m);
        }
        self.search(m, false)
    }

    /// The representatives placed at country level that `m`, placed finer, would have among
    /// its candidates were it placed at its country (its dates, type, weapon and sides): the
    /// country-level mentions it may not join through (no hub) but that may belong to its
    /// incident ([`Store::rehome_coarse`]). None for a mention at country level or unplaced.
    pub(super) fn coarse_candidates(&mut self, m: &Mention) -> Result<Vec<Candidate>, StoreError> {
        if m.country_level() || m.place.is_none() || m.country.is_none() {
            return Ok(vec![]);
        }
        let mut at_country = m.clone();
        at_country.geo_precision = Some(3);
        at_country.admin1 = None;
        at_country.admin2 = None;
        if self.exhaustive {
            let mut found = self.candidates_every_member(&at_country)?;
            found.retain(|c| c.mention.country_level());
            return Ok(found);
        }
        self.search(&at_country, true)
    }

    /// The search of [`Store::candidates`]; `coarse_only`: only representatives placed at
    /// country level.
    fn search(&mut self, m: &Mention, coarse_only: bool) -> Result<Vec<Candidate>, StoreError> {
        if m.place.is_none() {
            return Ok(vec![]);
        }
        let scans = search_scans(m);
        if let Some(country) = m.country.as_deref() {
            if self.rep_index_ready()? {
                let mut cond = Conditions::of(m, dedup::compatible_types(m));
                cond.coarse_only = coarse_only;
                let mut out: BTreeMap<i64, Candidate> = BTreeMap::new();
                if let Some(index) = self.rep_index.as_mut() {
                    for (band, first, last, ends_from) in &scans {
                        let scan = Scan {
                            band,
                            first,
                            last,
                            ends_from: ends_from.as_deref(),
                        };
                        index.scan(&mut self.conn, country, &scan, &cond, &mut out)?;
                    }
                }
                let found: Vec<Candidate> = out.into_values().collect();
                if cfg!(debug_assertions) {
                    // the copy finds what the tables give
                    let sql = self.candidates_sql(m, scans, coarse_only)?;
                    assert_eq!(
                        found, sql,
                        "the representatives' copy and the SQL search differ for {}",
                        m.event_id
                    );
                }
                return Ok(found);
            }
        }
        self.candidates_sql(m, scans, coarse_only)
    }

    /// Whether the in-memory copy of the representatives is there to search (SQLite: loaded
    /// from the tables when it is not).
    fn rep_index_ready(&mut self) -> Result<bool, StoreError> {
        if self.conn.backend() != crate::Backend::Sqlite {
            return Ok(false);
        }
        if self.rep_index.is_none() {
            self.rep_index = Some(RepIndex::load(&mut self.conn)?);
        }
        Ok(self.rep_index.as_ref().is_some_and(RepIndex::usable))
    }

    /// [`Store::candidates`] through SQL, over the scans of [`search_scans`].
    fn candidates_sql(
        &mut self,
        m: &Mention,
        scans: Vec<(&'static str, String, String, Option<String>)>,
        coarse_only: bool,
    ) -> Result<Vec<Candidate>, StoreError> {
        let mut out: BTreeMap<i64, Candidate> = BTreeMap::new();
        let types = dedup::compatible_types(m);
        let shift = |d: &str, n: i64| dedup::shift_date(d, n).unwrap_or_else(|| d.to_string());
        let (place_sql, place_params) = place_prefilter(m);
        let (mut decided, decided_params) = decided_filter(m);
        if coarse_only {
            decided.push_str(
                " AND e.place IS NOT NULL AND COALESCE(e.geo_precision, 0) = 3 \
                 AND e.admin1 IS NULL AND e.admin2 IS NULL",
            );
        }
        let mut queries: Vec<(String, Vec<Value>)> = Vec::new();
        if let Some(country) = m.country.as_deref() {
            for (band, first, last, ends_from) in scans {
                let mut params: Vec<Value> =
                    vec![country.into(), band.into(), first.into(), last.into()];
                params.extend(types.iter().map(|&t| Value::from(t)));
                params.extend([ends_from.clone().into(), ends_from.into()]);
                params.extend(place_params.iter().cloned());
                params.extend(decided_params.iter().cloned());
                queries.push((
                    format!(
                        "e.country = ? AND e.band = ? AND e.day_key >= ? AND e.day_key <= ? \
                         AND e.event_type IN (?, ?, ?, ?) AND (CAST(? AS TEXT) IS NULL OR e.date_end >= ?) \
                         AND {place_sql} AND {decided}"
                    ),
                    params,
                ));
            }
        } else if let (Some(key), Some(p)) = (m.place_key(), m.published.as_deref()) {
            // no country: the same place only, published within a few days
            let mut params: Vec<Value> = vec![key.into()];
            params.extend(types.iter().map(|&t| Value::from(t)));
            params.extend([
                shift(p, -dedup::UNDATED_DAYS - MAX_RANGE_DAYS).into(),
                shift(p, dedup::UNDATED_DAYS + MAX_RANGE_DAYS).into(),
            ]);
            params.extend(decided_params.iter().cloned());
            queries.push((
                format!(
                    "e.place_key = ? AND e.event_type IN (?, ?, ?, ?) AND e.published >= ? \
                     AND e.published <= ? AND {decided}"
                ),
                params,
            ));
        }
        // PostgreSQL: the scans as one statement (a round trip each was most of the
        // clustering's statements); the rows are the same, merged by seq below
        if self.conn.backend() == crate::Backend::Postgres && queries.len() > 1 {
            let sql = queries
                .iter()
                .map(|(filter, _)| {
                    format!("({})", representatives_sql(self.conn.backend(), filter))
                })
                .collect::<Vec<_>>()
                .join(" UNION ALL ");
            let params: Vec<Value> = queries.into_iter().flat_map(|(_, p)| p).collect();
            for r in self.conn.query(&sql, &params)? {
                let c = candidate_from_row(&r);
                out.insert(c.seq, c);
            }
            return Ok(out.into_values().collect());
        }
        for (filter, params) in queries {
            let sql = representatives_sql(self.conn.backend(), &filter);
            for r in self.conn.query(&sql, &params)? {
                let c = candidate_from_row(&r);
                out.insert(c.seq, c);
            }
        }
        Ok(out.into_values().collect())
    }

    /// The candidate search over every member of every cluster, with none of the filters
    /// [`Store::candidates`] adds: the reference it is tested against
    /// ([`Store::set_exhaustive_candidates`]).
    fn candidates_every_member(&mut self, m: &Mention) -> Result<Vec<Candidate>, StoreError> {
        let mut out: BTreeMap<i64, Candidate> = BTreeMap::new();
        if m.place.is_none() {
            return Ok(vec![]);
        }
        let types = dedup::compatible_types(m);
        let shift = |d: &str, n: i64| dedup::shift_date(d, n).unwrap_or_else(|| d.to_string());
        let mut queries: Vec<(String, Vec<Value>)> = Vec::new();
        // `e.event_type IN (...) AND e.country = ? AND <place> AND <filter>`
        let mut push = |filter: &str, params: Vec<Value>, country: &str| {
            let (place_sql, place_params) = place_prefilter(m);
            let mut all: Vec<Value> = types.iter().map(|&t| Value::from(t)).collect();
            all.push(country.into());
            all.extend(params);
            all.extend(place_params);
            queries.push((
                format!(
                    "e.event_type IN (?, ?, ?, ?) AND e.country = ? AND {filter} AND {place_sql}"
                ),
                all,
            ));
        };
        let undated_filters = ["e.date_precision IS NULL", "e.date_precision = 'year'"];
        if let Some(country) = m.country.as_deref() {
            if let (true, Some(start), Some(end)) = (m.dated(), &m.date, &m.date_end) {
                // dated candidates: date ranges within a day (FOLLOWUP_DAYS back for a retelling dated
                // by its report's news). Day-precision ones are found by their exact date; the
                // rare week/month ones by a scan of a month back.
                let reach = m.later_reach();
                let (lo, hi) = (shift(start, -reach), shift(end, 1));
                // (up to FOLLOWUP_DAYS after m's days for a member that reaches back: checked
                // below)
                push(
                    "e.date_precision = 'day' AND e.date >= ? AND e.date <= ?",
                    vec![lo.clone().into(), shift(end, dedup::FOLLOWUP_DAYS).into()],
                    country,
                );
                push(
                    "e.date_precision IN ('week', 'month') AND e.date >= ? AND e.date <= ? \
                     AND e.date_end >= ?",
                    vec![
                        shift(start, -reach - MAX_RANGE_DAYS).into(),
                        hi.into(),
                        lo.into(),
                    ],
                    country,
                );
                // undated candidates published on m's dates or up to FOLLOWUP_DAYS after
                for filter in undated_filters {
                    push(
                        &format!("{filter} AND e.published >= ? AND e.published <= ?"),
                        vec![
                            start.as_str().into(),
                            shift(end, dedup::FOLLOWUP_DAYS).into(),
                        ],
                        country,
                    );
                }
            } else if let Some(p) = m.published.as_deref() {
                // m undated: dated candidates whose range ends at most UNDATED_DAYS (a
                // retelling: FOLLOWUP_DAYS) before m's publication and starts on or before it
                let reach = m.undated_reach();
                for precision in ["day", "week", "month"] {
                    let back = reach
                        + if precision == "day" {
                            0
                        } else {
                            MAX_RANGE_DAYS
                        };
                    push(
                        "e.date_precision = ? AND e.date >= ? AND e.date <= ? AND e.date_end >= ?",
                        vec![
                            precision.into(),
                            shift(p, -back).into(),
                            p.into(),
                            shift(p, -reach).into(),
                        ],
                        country,
                    );
                }
                // undated candidates published within two days
                for filter in undated_filters {
                    push(
                        &format!("{filter} AND e.published >= ? AND e.published <= ?"),
                        vec![shift(p, -2).into(), shift(p, 2).into()],
                        country,
                    );
                }
            }
        } else if let (Some(key), Some(p)) = (m.place_key(), m.published.as_deref()) {
            // no country: the same place only, published within a few days
            let mut params: Vec<Value> = vec![key.into()];
            params.extend(types.iter().map(|&t| Value::from(t)));
            params.extend([
                shift(p, -dedup::UNDATED_DAYS - MAX_RANGE_DAYS).into(),
                shift(p, dedup::UNDATED_DAYS + MAX_RANGE_DAYS).into(),
            ]);
            queries.push((
                "e.place_key = ? AND e.event_type IN (?, ?, ?, ?) AND e.published >= ? \
                 AND e.published <= ?"
                    .into(),
                params,
            ));
        }
        for (filter, params) in queries {
            let sql = format!(
                "SELECT {MENTION_COLS} FROM events e JOIN cluster_members cm \
                 ON cm.event_id = e.event_id JOIN clusters c ON c.id = cm.cluster_id \
                 WHERE {filter}"
            );
            for r in self.conn.query(&sql, &params)? {
                let c = candidate_from_row(&r);
                out.insert(c.seq, c);
            }
        }
        // a day after m's days by more than one: only a member that reaches back
        if let (true, Some(end)) = (m.dated(), &m.date_end) {
            let hi = shift(end, 1);
            out.retain(|_, c| {
                c.mention.date_precision != Some(rasd_core::DatePrecision::Day)
                    || c.mention.date.as_deref().is_none_or(|d| d <= hi.as_str())
                    || c.mention.reach_back() > 1
            });
        }
        Ok(out.into_values().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Conn;

    /// On SQLite the candidate search reads two indexes and no table row (migration 11): the
    /// representatives' search index carries every column it returns, `clusters_search` what
    /// it reads of their clusters.
    #[test]
    fn the_candidate_search_reads_no_table_row() {
        let mut conn = Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap());
        crate::schema::migrate(&mut conn).unwrap();
        let m = Mention {
            event_id: "d:0".into(),
            doc_id: "d".into(),
            published: Some("2008-11-17".into()),
            date: Some("2008-11-16".into()),
            date_precision: Some(rasd_core::DatePrecision::Day),
            date_end: Some("2008-11-16".into()),
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Remote explosive/landmine/IED".into(),
            country: Some("IQ".into()),
            admin1: Some("Baghdad".into()),
            admin2: None,
            place: Some("Baghdad".into()),
            geonames_id: Some(98182),
            lat: Some(33.34),
            lon: Some(44.40),
            geo_precision: Some(1),
            actor1: None,
            actor2: None,
            plover_mode: Some("explosive".into()),
            fatalities: Some(3),
        };
        let (place_sql, mut params) = place_prefilter(&m);
        let (decided, decided_params) = decided_filter(&m);
        let mut all: Vec<Value> = vec!["IQ".into(), "day".into(), "2008-11-15".into()];
        all.push("2008-11-17".into());
        all.extend(["a", "b", "c", "d"].map(Value::from));
        all.extend([Value::Null, Value::Null]);
        all.append(&mut params);
        all.extend(decided_params);
        let filter = format!(
            "e.country = ? AND e.band = ? AND e.day_key >= ? AND e.day_key <= ? \
             AND e.event_type IN (?, ?, ?, ?) AND (CAST(? AS TEXT) IS NULL OR e.date_end >= ?) \
             AND {place_sql} AND {decided}"
        );
        let sql = representatives_sql(crate::Backend::Sqlite, &filter);
        let plan: Vec<String> = conn
            .query(&format!("EXPLAIN QUERY PLAN {sql}"), &all)
            .unwrap()
            .iter()
            .filter_map(|r| r[3].string())
            .collect();
        assert_eq!(
            plan,
            [
                "SEARCH e USING COVERING INDEX cluster_reps_search (country=? AND band=? AND \
                 day_key>? AND day_key<?)",
                "SEARCH c USING COVERING INDEX clusters_search (id=?)"
            ],
        );
    }
}
