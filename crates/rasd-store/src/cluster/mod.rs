//! The clustering: each new mention of the incident table joins the best compatible cluster or
//! founds one ([`Store::cluster_event`]); a precise mention compatible with several clusters
//! merges them; a retelling left out of the table may join one. `candidates.rs` finds what a
//! mention is compared with (each cluster's representatives), `signatures.rs` keeps each
//! cluster's signatures and representatives, `refresh.rs` a cluster's representative, counts,
//! core date and toll, and `recluster.rs` clusters stored mentions again.

mod candidates;
mod recluster;
mod refresh;
mod rep_index;
mod retellings;
mod signatures;
mod why_not;

use std::collections::{BTreeMap, BTreeSet};

use rasd_core::Event;

use crate::db::Value;
use crate::{
    dedup, figure_of_event, toll, workers, Backend, Mention, Store, StoreError, RETELLING,
};
use candidates::{candidate_from_row, Candidate, MENTION_COLS};
use signatures::SignatureMember;

pub(crate) use candidates::MAX_RANGE_DAYS;
pub(crate) use refresh::recompute_tolls;
pub(crate) use rep_index::RepIndex;
pub(crate) use retellings::backfill_retellings;
pub(crate) use retellings::KeptDays;
pub(crate) use signatures::{backfill_news, backfill_reach, backfill_signatures};
pub use why_not::{MentionExplanation, Nearby, Outcome};

fn shift_or(date: &str, days: i64) -> String {
    dedup::shift_date(date, days).unwrap_or_else(|| date.to_string())
}

/// The window a cluster's core date must meet for a dated mention `m` to be searched against
/// it (the SQL search's filter and its in-memory copy read the same): the core's earliest end
/// at least `after`, its latest start at most `before`, or at most `before_far` when the core
/// reaches back ([`Mention::reach_back`]).
struct CoreWindow {
    after: String,
    before: String,
    before_far: String,
}

/// A reach back ([`Mention::reach_back`]) as the store keeps it (a signature's, a cluster's
/// core date's): NULL for 1, the reach of most mentions.
fn reach_value(reach: i64) -> Value {
    if reach > 1 {
        Value::Int(reach)
    } else {
        Value::Null
    }
}

/// A stored reach back read ([`reach_value`]): NULL is 1.
fn reach_read(v: &Value) -> i64 {
    v.int().unwrap_or(1).max(1)
}

/// The [`CoreWindow`] of a dated mention; None for an undated one.
fn core_window(m: &Mention) -> Option<CoreWindow> {
    match (m.dated(), &m.date, &m.date_end) {
        (true, Some(start), Some(end)) => Some(CoreWindow {
            after: shift_or(start, -m.later_reach()),
            before: shift_or(end, 1),
            before_far: shift_or(end, dedup::FOLLOWUP_DAYS),
        }),
        _ => None,
    }
}

/// Whether the range `start..=end` stays within a day of a cluster's dated members, given by
/// their earliest end and latest start (None: no dated member), or starts up to `later` days
/// after them (a retelling dated by its report's news, [`Mention::later_reach`]), or ends up
/// to `earlier` days before them (a core told by such retellings, [`Mention::reach_back`]).
fn within_a_day(
    start: &str,
    end: &str,
    (min_end, max_start): (Option<&str>, Option<&str>),
    later: i64,
    earlier: i64,
) -> bool {
    // (a plain date shifted without allocating: the guards run for every candidate)
    let shifted_cmp = |s: &str, date: &str, days: i64| match dedup::shift_plain(date, days) {
        Some(b) => s.as_bytes().cmp(&b[..]),
        None => s.cmp(shift_or(date, days).as_str()),
    };
    let too_late = min_end.is_some_and(|min_end| shifted_cmp(start, min_end, later).is_gt());
    let too_early =
        max_start.is_some_and(|max_start| shifted_cmp(end, max_start, -earlier).is_lt());
    !too_late && !too_early
}

/// Whether a mention that links clusters `x` and `y`, one of the links a follow-up's (a
/// retelling dated by its report's news, days after the incident) and the other on the
/// cluster's own days, bridges them: the later
/// cluster's core date is told by such follow-ups (its core reaches back,
/// [`Mention::reach_back`]) and reaches the earlier one's, and both links are at the incident's
/// own place (the same place, or one inside the other). Had the follow-ups come after the
/// incident's reports they would have joined it (a follow-up joins its incident up to
/// [`dedup::FOLLOWUP_DAYS`] after it, and the follow-ups of one day join each other): the
/// merge makes the clusters those of that order. A later cluster whose core is only an
/// incident's own day (reach 1) is not bridged by a follow-up.
fn followup_bridge(x: &Link, y: &Link) -> bool {
    use dedup::PlaceRule::{Inside, SamePlace};
    // the mention tells one side's own days and reaches the other only as a follow-up (two
    // follow-up links are two incidents it retells, each days away)
    if x.mt.followup == y.mt.followup {
        return false;
    }
    if !matches!(x.mt.place_rule, SamePlace | Inside)
        || !matches!(y.mt.place_rule, SamePlace | Inside)
    {
        return false;
    }
    // each cluster's core: its latest start and its earliest end
    fn core(l: &Link) -> Option<(&str, &str)> {
        l.max_start.as_deref().zip(l.min_end.as_deref())
    }
    let (Some(x_core), Some(y_core)) = (core(x), core(y)) else {
        return false;
    };
    let ((early_start, early_end), (late, (late_start, late_end))) = if x_core <= y_core {
        (x_core, (y, y_core))
    } else {
        (y_core, (x, x_core))
    };
    late.reach > 1
        && within_a_day(
            late_start,
            late_end,
            (Some(early_end), Some(early_start)),
            late.reach,
            1,
        )
}

/// The most mentions an incident may hold for its country-level members to be clustered again
/// when a finer mention of their incident comes ([`Store::rehome_coarse`]): a few strays placed
/// at their country, not an incident many reports tell at country level (whose members would
/// come back to it, at the cost of clustering them all again).
const MAX_REHOMED: i64 = 8;

/// Why a candidate cluster does not take a mention ([`gate`]).
#[derive(Debug, Clone, PartialEq)]
enum Reject {
    /// The mention's dates lie more than a day from the cluster's core date (a retelling dated
    /// by its report's news: more than its reach after it): no chaining across days.
    CoreDate,
    /// The candidate is placed only at country level and the mention is finer: a country-level
    /// member is no hub.
    Hub,
    /// [`dedup::compare`] said no.
    Compare(String),
    /// The mention reaches the cluster's core date only as a follow-up, and its match with the
    /// candidate is none.
    OnlyFollowup,
}

/// Whether candidate `cand` (a representative of its cluster) takes the new mention `m`: the
/// guards of the clustering (the cluster's core date, no hub), then [`dedup::compare`].
fn gate(m: &Mention, cand: &Candidate) -> Result<dedup::Match, Reject> {
    // no chaining across days: m's dates must stay within a day of the cluster's core date
    // (a retelling dated by its report's news: up to FOLLOWUP_DAYS after it); one that gives
    // a toll of its own (dedup::RETOLD_TOLL) reaches FOLLOWUP_DAYS only by its match with the
    // same toll
    let mut only_followup = false;
    if let (true, Some(start), Some(end)) = (m.dated(), &m.date, &m.date_end) {
        let range = (
            cand.cluster_min_end.as_deref(),
            cand.cluster_max_start.as_deref(),
        );
        let own_reach = if m.news_retelling() {
            dedup::FOLLOWUP_DAYS
        } else {
            1
        };
        // (and the incident's own report may come after follow-ups that date it by their news:
        // a core told by them reaches back as far)
        if !within_a_day(start, end, range, m.later_reach(), cand.cluster_reach) {
            return Err(Reject::CoreDate);
        }
        only_followup = !within_a_day(start, end, range, own_reach, 1);
    }
    // a precise place never joins through a country-level member: a vague mention joins
    // the specific incident, but is no hub chaining every place of its country together
    if cand.mention.country_level() && !m.country_level() {
        return Err(Reject::Hub);
    }
    // (the verdict alone: the reasons of the one match kept are read by `explained`)
    let mt = dedup::compare_verdict(m, &cand.mention).map_err(Reject::Compare)?;
    if only_followup && !mt.followup {
        return Err(Reject::OnlyFollowup);
    }
    Ok(mt)
}

/// Why `m` matches `linked` ([`dedup::compare`]'s reasons), for a match [`gate`] made: its
/// verdict carries no words.
fn explained(m: &Mention, linked: &Mention) -> Vec<String> {
    dedup::compare(m, linked).map_or_else(|_| Vec::new(), |mt| mt.reasons)
}

/// An event that joined a cluster, for [`Store::refresh_cluster_parts`].
struct Joined<'a> {
    mention: &'a Mention,
    confidence: f32,
    seq: i64,
    /// It gives a fatality count (the toll may change).
    counted: bool,
    /// No other mention of its report is in the cluster.
    new_source: bool,
}

/// A cluster a new mention may join: the best match with one of its members.
struct Link {
    cluster_id: i64,
    score: i64,
    /// The cluster's mentions.
    size: i64,
    /// The seq of its earliest member.
    first_seq: i64,
    min_end: Option<String>,
    max_start: Option<String>,
    /// How far back its core date reaches ([`Mention::reach_back`]: a core told by follow-ups
    /// dated by their reports' news).
    reach: i64,
    /// The member the match was made with, and its mention.
    linked: String,
    linked_mention: Mention,
    mt: dedup::Match,
}

impl Store {
    /// Puts a stored event into the best compatible cluster or a new one; true when it joined.
    ///
    /// A `retelling` (a mention left out of the incident table, [`retelling_status`]) only
    /// joins: it founds no cluster, merges none, is no representative (it is in no signature,
    /// so nothing joins through it and it moves no core date) and its count never enters the
    /// toll; it is listed among the incident's mentions and sources.
    ///
    /// A mention that joins one incident and also matches another that holds one mention alone
    /// (kept apart only because it came first: a retelling naming no side, a vague mention,
    /// links the two but bridges nothing) has that lone mention clustered again
    /// ([`Store::recheck_alone`]): it joins the incident it now matches, as it would have had it
    /// come after, or stays alone.
    pub(crate) fn cluster_event(
        &mut self,
        e: &Event,
        published: Option<&str>,
        seq: i64,
        retelling: bool,
    ) -> Result<bool, StoreError> {
        self.cluster_mention(e, published, seq, retelling, true)
    }

    /// [`Store::cluster_event`]; `recheck`: the incidents of one mention alone that it links
    /// are clustered again (not when it is such a lone mention itself, clustered again); for a
    /// retelling, false when it is a kept retelling clustered again (`retellings.rs`).
    fn cluster_mention(
        &mut self,
        e: &Event,
        published: Option<&str>,
        seq: i64,
        retelling: bool,
        recheck: bool,
    ) -> Result<bool, StoreError> {
        let mut m = Mention::from_event(e, published);
        // a retelling's count never enters the toll (it reads as no count): nor does it make
        // the retelling a report of its own incident ("ميسان تودع ممدوح الحارثي شهيد عسير", one
        // of the bombing's dead, told with the funeral's day)
        if retelling {
            m.fatalities = None;
        }
        // a retelling joins only when it pins the incident down: a place below country level
        // (see below for the place rule); with no date of its own, only an incident its report
        // came out within FOLLOWUP_DAYS of (dedup::compare)
        // (a year alone, "عام 2013", dates history: never a retelling of today's news)
        if retelling && !m.may_retell() {
            return Ok(false);
        }
        // kept for the incidents that come after it (`retellings.rs`; `recheck` false: it was
        // kept already, and found by a new incident's mention)
        if retelling && recheck {
            self.keep_retelling(&m, seq)?;
        }
        // best match per cluster: candidates come in seq order and only a strictly better
        // score replaces, so ties keep the earliest mention
        let mut best: BTreeMap<i64, Link> = BTreeMap::new();
        // the country-level members m may not join through (no hub), which may have found an
        // incident of their own or a worse one before m came (`rehome_coarse`)
        let mut hubs: Vec<(i64, Mention)> = Vec::new();
        if recheck && !retelling {
            for cand in self.coarse_candidates(&m)? {
                // (an incident of many mentions is no stray's: told at country level by many
                // reports, it stays as it is)
                if cand.cluster_mentions <= MAX_REHOMED
                    && matches!(gate(&m, &cand), Err(Reject::Hub))
                {
                    hubs.push((cand.cluster_id, cand.mention));
                }
            }
        }
        for cand in self.locked_candidates(&m)? {
            let cluster_id = cand.cluster_id;
            let Ok(mt) = gate(&m, &cand) else {
                continue;
            };
            let score = mt.score();
            if best.get(&cluster_id).is_none_or(|l| l.score < score) {
                best.insert(
                    cluster_id,
                    Link {
                        cluster_id,
                        score,
                        size: cand.cluster_mentions,
                        first_seq: cand.cluster_first_seq,
                        min_end: cand.cluster_min_end,
                        max_start: cand.cluster_max_start,
                        reach: cand.cluster_reach,
                        linked: cand.mention.event_id.clone(),
                        linked_mention: cand.mention,
                        mt,
                    },
                );
            }
        }
        // a retelling joins only at the incident's place or inside it (a country-wide mention,
        // or one in a neighbouring town, is not told from talk)
        if retelling {
            use dedup::PlaceRule::{Inside, SamePlace};
            best.retain(|_, l| matches!(l.mt.place_rule, SamePlace | Inside));
        }
        // highest score, then the larger cluster (a vague mention goes with what most reports
        // tell), then the oldest cluster (its earliest member stored first)
        let with_link: BTreeSet<i64> = best.keys().copied().collect();
        let mut ranked: Vec<Link> = best.into_values().collect();
        ranked.sort_by(|a, b| {
            (b.score, b.size, a.first_seq, a.cluster_id).cmp(&(
                a.score,
                a.size,
                b.first_seq,
                b.cluster_id,
            ))
        });
        let mut chosen: Option<Link> = None;
        let mut new_source = true;
        let mut others = Vec::new();
        for link in ranked {
            if chosen.is_some() {
                others.push(link);
                continue;
            }
            let same_doc = self.members_of(link.cluster_id, Some(&m.doc_id))?;
            // two precise mentions of one report are distinct incidents, unless one retells
            // the other at its place (dedup rule 5, dedup::may_share_report)
            if same_doc.iter().all(|o| dedup::may_share_report(&m, o)) {
                new_source = self
                    .conn
                    .query_one(
                        "SELECT 1 FROM cluster_members WHERE cluster_id = ? AND doc_id = ?",
                        &[Value::Int(link.cluster_id), m.doc_id.as_str().into()],
                    )?
                    .is_none();
                chosen = Some(link);
            }
        }
        if retelling {
            let Some(l) = chosen else {
                return Ok(false);
            };
            self.conn.exec(
                "INSERT INTO cluster_members (event_id, cluster_id, doc_id, seq, linked_to, rule, \
                 reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                &[
                    m.event_id.as_str().into(),
                    Value::Int(l.cluster_id),
                    m.doc_id.as_str().into(),
                    Value::Int(seq),
                    l.linked.as_str().into(),
                    format!("{RETELLING}{}", l.mt.rule()).into(),
                    format!(
                        "a retelling left out of the incident table (status {}, confidence \
                         {:.2}): it joins, never founds, and its count stays out of the toll; {}",
                        e.status.as_str(),
                        e.confidence,
                        explained(&m, &l.linked_mention).join("; ")
                    )
                    .into(),
                ],
            )?;
            self.conn.exec(
                "UPDATE clusters SET n_mentions = n_mentions + 1, n_sources = n_sources + ? \
                 WHERE id = ?",
                &[Value::Int(i64::from(new_source)), Value::Int(l.cluster_id)],
            )?;
            self.cluster_changed(l.cluster_id);
            return Ok(true);
        }
        // a report that links two clusters merges them (see `mergeable`)
        let mut merged: Vec<(i64, String)> = Vec::new();
        if let Some(x) = &chosen {
            for y in &others {
                if self.mergeable(&m, x, y)? {
                    merged.push((
                        y.cluster_id,
                        format!(
                            "merged cluster {} (linked via {} by rule {}: {})",
                            y.cluster_id,
                            y.linked,
                            y.mt.rule(),
                            explained(&m, &y.linked_mention).join(", ")
                        ),
                    ));
                }
            }
        }
        let joined = chosen.is_some();
        let (x_min_end, x_max_start, x_reach) = chosen.as_ref().map_or((None, None, 1), |l| {
            (l.min_end.clone(), l.max_start.clone(), l.reach)
        });
        let (cluster_id, linked, rule, reason) = match chosen {
            Some(l) => {
                let mut reasons = explained(&m, &l.linked_mention);
                reasons.extend(merged.iter().map(|(_, why)| why.clone()));
                (
                    l.cluster_id,
                    Some(l.linked),
                    l.mt.rule(),
                    reasons.join("; "),
                )
            }
            None => {
                // the id of its earliest member; the next free one in the rare case that
                // another cluster's hash takes it
                let mut id = workers::content_cluster_id(&m);
                // a one-mention cluster: its summary is the event itself
                let spread = toll::spread(&[figure_of_event(e, published, seq)]);
                let dated = m.dated();
                while self.conn.exec(
                    "INSERT INTO clusters (id, rep_event_id, date, date_precision, event_type, \
                     sub_event_type, country, admin1, place, lat, lon, fatalities_low, \
                     fatalities_best, fatalities_high, n_mentions, n_sources, date_min_end, \
                     date_max_start, first_seq, date_reach) \
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?) \
                     ON CONFLICT (id) DO NOTHING",
                    &[
                        Value::Int(id),
                        m.event_id.as_str().into(),
                        m.date.clone().into(),
                        m.date_precision.map(dedup::precision_name).into(),
                        m.event_type.as_str().into(),
                        m.sub_event_type.as_str().into(),
                        m.country.clone().into(),
                        m.admin1.clone().into(),
                        m.place.clone().into(),
                        m.lat.into(),
                        m.lon.into(),
                        spread.low.map(|v| v as i64).into(),
                        spread.best.map(|v| v as i64).into(),
                        spread.high.map(|v| v as i64).into(),
                        m.date_end.clone().filter(|_| dated).into(),
                        m.date.clone().filter(|_| dated).into(),
                        Value::Int(seq),
                        // (a core dated by its report's news reaches back: write_core_date)
                        reach_value(match dated {
                            true if m.news_dated() => dedup::FOLLOWUP_DAYS,
                            true => m.reach_back(),
                            false => 1,
                        }),
                    ],
                )? == 0
                {
                    id += 1;
                }
                self.cluster_changed(id);
                (
                    id,
                    None,
                    "first".to_string(),
                    "first mention of the incident".to_string(),
                )
            }
        };
        // a member of the incident table carries what the toll reads of it (schema version 10)
        let fat = e.fatalities.as_ref();
        self.conn.exec(
            "INSERT INTO cluster_members (event_id, cluster_id, doc_id, seq, linked_to, rule, \
             reason, published, fatalities_min, fatalities_max, fatalities_qualifier) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            &[
                m.event_id.as_str().into(),
                Value::Int(cluster_id),
                m.doc_id.as_str().into(),
                Value::Int(seq),
                linked.into(),
                rule.into(),
                reason.into(),
                m.published.clone().into(),
                fat.and_then(|c| c.min).map(|v| v as i64).into(),
                fat.and_then(|c| c.max).map(|v| v as i64).into(),
                fat.map(|c| c.qualifier.as_str()).into(),
            ],
        )?;
        let member = SignatureMember::of(&m, m.signature(), seq);
        // what the retellings kept for later incidents may now join (`retellings.rs`): a new
        // incident, a new representative, merged incidents, else (None) a core date moved
        let mut grown: Option<(Option<String>, Option<String>, i64)> = None;
        if !joined {
            self.add_to_signature(cluster_id, &member)?;
        } else {
            // the oldest cluster keeps its id; the others' members move into it
            let survivor = merged
                .iter()
                .map(|(id, _)| *id)
                .chain([cluster_id])
                .min()
                .unwrap_or(cluster_id);
            let all: Vec<i64> = merged
                .iter()
                .map(|(id, _)| *id)
                .chain([cluster_id])
                .collect();
            if !merged.is_empty() {
                self.merge_signatures(survivor, &all)?;
            }
            let rep = self.add_to_signature(survivor, &member)?;
            if !rep && merged.is_empty() {
                // (the incident's core date before m joined)
                grown = Some((x_min_end.clone(), x_max_start.clone(), x_reach));
            }
            for &id in &all {
                if id != survivor {
                    self.conn.exec(
                        "UPDATE cluster_members SET cluster_id = ? WHERE cluster_id = ?",
                        &[Value::Int(survivor), Value::Int(id)],
                    )?;
                    self.conn
                        .exec("DELETE FROM clusters WHERE id = ?", &[Value::Int(id)])?;
                    self.cluster_changed(id);
                }
            }
            if merged.is_empty() {
                let counted = e.fatalities.as_ref().is_some_and(|c| c.min.is_some());
                let joined = Joined {
                    mention: &m,
                    confidence: e.confidence,
                    seq,
                    counted,
                    new_source,
                };
                self.refresh_cluster_parts(cluster_id, Some(&joined))?;
            } else {
                self.refresh_cluster(survivor)?;
            }
            // a cluster's id is its earliest member's (workers::content_cluster_id)
            let own = workers::content_cluster_id(&m);
            if own < survivor {
                self.renumber_cluster(survivor, own)?;
            }
            // the incidents of one mention alone that m links but does not merge
            if recheck {
                let merged: Vec<i64> = merged.iter().map(|(id, _)| *id).collect();
                for y in &others {
                    if y.size == 1 && !merged.contains(&y.cluster_id) {
                        self.recheck_alone(y, &m, seq)?;
                    }
                }
            }
        }
        // the country-level members of other incidents that m, finer, matches: clustered again
        // when they would join m's incident through m
        let mut seen = BTreeSet::new();
        for (y, c) in hubs {
            if with_link.contains(&y) || !seen.insert(y) || dedup::compare_verdict(&m, &c).is_err()
            {
                continue;
            }
            self.rehome_coarse(y, &c, &m, seq)?;
        }
        // the retellings that came before m and are not in its incident: those that would
        // join it through m are clustered again (`retellings.rs`)
        self.retry_retellings(&m, seq, grown)?;
        Ok(joined)
    }

    /// Clusters again the country-level members of incident `y` (`c` one of them) that would
    /// join the incident of `m`, a finer mention just clustered, through `m` itself (the guards
    /// and [`dedup::compare`] of [`gate`], with `m` as the candidate). A country-level mention
    /// joins a finer incident's members but is no hub a finer mention joins through: one that
    /// came before the finer reports of its incident founded an incident of its own, or joined
    /// another it reaches only as a follow-up, and stayed there. Clustered again, each joins
    /// the best incident it matches now, as it would have had it come after `m`, or stays where
    /// it was (the better match, then the larger incident, then the older).
    fn rehome_coarse(
        &mut self,
        y: i64,
        c: &Mention,
        m: &Mention,
        m_seq: i64,
    ) -> Result<(), StoreError> {
        let Some(through_m) = self.through(m, m_seq)? else {
            return Ok(());
        };
        if through_m.cluster_id == y || !gate(c, &through_m).is_ok_and(|mt| !mt.followup) {
            return Ok(());
        }
        // (PostgreSQL: held until the end of the transaction, as the candidates' clusters are)
        self.lock_clusters(&[y])?;
        let rows = self.conn.query(
            "SELECT e.record, e.published, e.seq FROM cluster_members cm \
             JOIN events e ON e.event_id = cm.event_id \
             WHERE cm.cluster_id = ? AND e.in_table <> 0 ORDER BY e.seq",
            &[Value::Int(y)],
        )?;
        let mut moved = Vec::new();
        for r in &rows {
            let (Some(record), Some(seq)) = (r[0].text(), r[2].int()) else {
                continue;
            };
            let event: Event = serde_json::from_str(record)?;
            let published = r[1].string();
            let mm = Mention::from_event(&event, published.as_deref());
            if mm.country_level() {
                moved.push((event, published, seq));
            }
        }
        if moved.is_empty() {
            return Ok(());
        }
        for (event, _, _) in &moved {
            self.conn.exec(
                "DELETE FROM cluster_members WHERE event_id = ?",
                &[event.event_id.as_str().into()],
            )?;
        }
        self.members_left(y)?;
        for (event, published, seq) in &moved {
            self.cluster_mention(event, published.as_deref(), *seq, false, false)?;
        }
        Ok(())
    }

    /// Clusters again the lone mention of incident `id` (when it still holds one mention of
    /// the incident table and nothing else): it leaves its incident, which goes, and joins the
    /// best incident it matches now, or founds its own again (the same id: a function of the
    /// mention). Incremental clustering in input order keeps a mention apart from an incident
    /// whose link to it (a later retelling) came after it; this makes the result the one of
    /// the order where it came after its link.
    ///
    /// Only when the lone mention would join `m`'s incident through `m` itself (the guards and
    /// [`dedup::compare`] of [`gate`], with `m` as the candidate): else it stays as it is,
    /// which is what clustering it again would give too, at no cost.
    fn recheck_alone(&mut self, alone: &Link, m: &Mention, m_seq: i64) -> Result<(), StoreError> {
        // m's incident as it is now, with m as its candidate
        let Some(through_m) = self.through(m, m_seq)? else {
            return Ok(());
        };
        // the lone member is the one m matched (a cluster of one mention)
        if gate(&alone.linked_mention, &through_m).is_err() {
            return Ok(());
        }
        let id = alone.cluster_id;
        let rows = self.conn.query(
            "SELECT e.record, e.published, e.seq, e.in_table FROM cluster_members cm \
             JOIN events e ON e.event_id = cm.event_id WHERE cm.cluster_id = ?",
            &[Value::Int(id)],
        )?;
        let [row] = rows.as_slice() else {
            return Ok(());
        };
        if row[3].int().unwrap_or(0) == 0 {
            return Ok(());
        }
        let (Some(record), Some(seq)) = (row[0].text(), row[2].int()) else {
            return Ok(());
        };
        let event: Event = serde_json::from_str(record)?;
        let published = row[1].string();
        self.conn.exec(
            "DELETE FROM cluster_members WHERE cluster_id = ?",
            &[Value::Int(id)],
        )?;
        self.members_left(id)?;
        self.cluster_mention(&event, published.as_deref(), seq, false, false)?;
        Ok(())
    }

    /// A cluster's row was written or deleted: the in-memory copy of the search
    /// ([`RepIndex`]) reads its columns again.
    pub(crate) fn cluster_changed(&mut self, cluster_id: i64) {
        if let Some(index) = self.rep_index.as_mut() {
            index.cluster_changed(cluster_id);
        }
    }

    /// Drops the in-memory copy of the search ([`RepIndex`]): what it copied was rolled back,
    /// or changed by another connection. It is loaded again from the tables when needed.
    pub(crate) fn drop_rep_index(&mut self) {
        self.rep_index = None;
        self.kept_mentions = std::collections::HashMap::new();
        self.kept_days = None;
    }

    /// Whether the in-memory copy of the candidate search's index (SQLite's single writer)
    /// holds what the tables hold; None when it is not loaded (tests).
    #[doc(hidden)]
    pub fn candidate_index_matches_tables(&mut self) -> Result<Option<bool>, StoreError> {
        match &self.rep_index {
            None => Ok(None),
            Some(index) => index.matches_tables(&mut self.conn).map(Some),
        }
    }

    /// The candidates of `m` ([`Store::candidates`]). On PostgreSQL their clusters are locked
    /// (`FOR UPDATE`, in id order) for the rest of the transaction, and the search runs again
    /// when another worker changed one of them (or merged it away) before the lock: what `m`
    /// is compared with is then what the clusters hold, as with a single writer.
    fn locked_candidates(&mut self, m: &Mention) -> Result<Vec<Candidate>, StoreError> {
        let mut candidates = self.candidates(m)?;
        if self.conn.backend() != Backend::Postgres {
            return Ok(candidates);
        }
        for _ in 0..8 {
            let seen: BTreeMap<i64, i64> = candidates
                .iter()
                .map(|c| (c.cluster_id, c.cluster_mentions))
                .collect();
            if seen.is_empty() {
                break;
            }
            let ids: Vec<i64> = seen.keys().copied().collect();
            if self.lock_clusters(&ids)? == seen {
                break;
            }
            candidates = self.candidates(m)?;
        }
        Ok(candidates)
    }

    /// Locks clusters' rows until the end of the transaction (PostgreSQL; in id order, so two
    /// workers never wait on each other in a cycle through them); returns the number of
    /// mentions of each that still exists.
    pub(crate) fn lock_clusters(&mut self, ids: &[i64]) -> Result<BTreeMap<i64, i64>, StoreError> {
        if self.conn.backend() != Backend::Postgres || ids.is_empty() {
            return Ok(BTreeMap::new());
        }
        let mut out = BTreeMap::new();
        // bounded statement shapes: at most 16 ids a statement
        for chunk in ids.chunks(16) {
            let mut params: Vec<Value> = chunk.iter().map(|&i| Value::Int(i)).collect();
            params.resize(16, Value::Null);
            let rows = self.conn.query(
                &format!(
                    "SELECT id, n_mentions FROM clusters WHERE id IN ({}) ORDER BY id FOR UPDATE",
                    ["CAST(? AS BIGINT)"; 16].join(", ")
                ),
                &params,
            )?;
            for r in rows {
                out.insert(r[0].int().unwrap_or(0), r[1].int().unwrap_or(0));
            }
        }
        Ok(out)
    }

    /// Gives cluster `old` the id `new` (an earlier member joined it), unless another cluster
    /// holds that id.
    fn renumber_cluster(&mut self, old: i64, new: i64) -> Result<(), StoreError> {
        let (o, n) = (Value::Int(old), Value::Int(new));
        let taken = self.conn.query_one(
            "SELECT 1 FROM clusters WHERE id = ?",
            std::slice::from_ref(&n),
        )?;
        if taken.is_some() {
            return Ok(());
        }
        self.conn.exec(
            "INSERT INTO clusters (id, rep_event_id, date, date_precision, event_type, \
             sub_event_type, country, admin1, place, lat, lon, fatalities_low, fatalities_best, \
             fatalities_high, n_mentions, n_sources, date_min_end, date_max_start, first_seq, \
             date_reach) \
             SELECT ?, rep_event_id, date, date_precision, event_type, sub_event_type, country, \
             admin1, place, lat, lon, fatalities_low, fatalities_best, fatalities_high, \
             n_mentions, n_sources, date_min_end, date_max_start, first_seq, date_reach FROM clusters \
             WHERE id = ?",
            &[n.clone(), o.clone()],
        )?;
        for table in ["cluster_members", "cluster_reps", "cluster_signatures"] {
            self.conn.exec(
                &format!("UPDATE {table} SET cluster_id = ? WHERE cluster_id = ?"),
                &[n.clone(), o.clone()],
            )?;
        }
        self.conn.exec(
            "DELETE FROM clusters WHERE id = ?",
            std::slice::from_ref(&o),
        )?;
        self.cluster_changed(old);
        self.cluster_changed(new);
        if let Some(index) = self.rep_index.as_mut() {
            index.move_cluster(old, new);
        }
        if self.dirty_tolls.remove(&old) {
            self.dirty_tolls.insert(new);
        }
        Ok(())
    }

    /// The members of a cluster in the incident table (of one document only when `doc` is
    /// given), as mentions: a retelling that joined is no evidence for rule 5 or a merge.
    fn members_of(
        &mut self,
        cluster_id: i64,
        doc: Option<&str>,
    ) -> Result<Vec<Mention>, StoreError> {
        let mut sql = format!(
            "SELECT {MENTION_COLS} FROM events e JOIN cluster_members cm \
             ON cm.event_id = e.event_id JOIN clusters c ON c.id = cm.cluster_id \
             WHERE cm.cluster_id = ? AND e.in_table <> 0"
        );
        let mut params = vec![Value::Int(cluster_id)];
        if let Some(doc) = doc {
            sql.push_str(" AND cm.doc_id = ?");
            params.push(doc.into());
        }
        sql.push_str(" ORDER BY e.seq");
        Ok(self
            .conn
            .query(&sql, &params)?
            .iter()
            .map(|r| candidate_from_row(r).mention)
            .collect())
    }

    /// Whether `m`, joining cluster `x`, also links cluster `y` into it. Only a specific link
    /// merges: `m` is precise (dated, placed below province level; a vague mention is no
    /// bridge), or dated and placed at a province that both clusters are told at (the same
    /// place: an incident a province's reports tell, split by the order they came in, e.g.
    /// around a mention whose perpetrator is misread), and neither match rests on a
    /// country-level place; the two clusters' core dates
    /// are within a day of each other (the guard against chaining), or, when a link is a
    /// follow-up's, one cluster is the other's follow-ups ([`followup_bridge`]); and no report has a
    /// precise mention in both (dedup rule 5), `m`'s own report included.
    fn mergeable(&mut self, m: &Mention, x: &Link, y: &Link) -> Result<bool, StoreError> {
        use dedup::PlaceRule::{Country, SamePlace};
        // (a dated mention placed at its province links two incidents told at that very
        // province: the same place on both sides)
        let province_link = m.dated()
            && m.province_level()
            && x.mt.place_rule == SamePlace
            && y.mt.place_rule == SamePlace;
        if m.vague() && !province_link || x.mt.place_rule == Country || y.mt.place_rule == Country {
            return Ok(false);
        }
        // a follow-up's reach is no bridge either, but between an incident and a cluster of
        // its follow-ups (see `followup_bridge`)
        if x.mt.followup || y.mt.followup {
            if !followup_bridge(x, y) {
                return Ok(false);
            }
        } else if let (Some(y_end), Some(y_start)) = (&y.min_end, &y.max_start) {
            if !within_a_day(
                y_start,
                y_end,
                (x.min_end.as_deref(), x.max_start.as_deref()),
                1,
                1,
            ) {
                return Ok(false);
            }
        }
        // the reports told in both clusters (and m's own, if y tells it)
        let mut shared: Vec<String> = self
            .conn
            .query(
                "SELECT DISTINCT a.doc_id FROM cluster_members a JOIN cluster_members b \
                 ON b.doc_id = a.doc_id WHERE a.cluster_id = ? AND b.cluster_id = ? \
                 ORDER BY a.doc_id",
                &[Value::Int(x.cluster_id), Value::Int(y.cluster_id)],
            )?
            .iter()
            .filter_map(|r| r[0].string())
            .collect();
        if !m.vague() {
            shared.push(m.doc_id.clone());
        }
        for doc in shared {
            let precise = |ms: Vec<Mention>| ms.iter().any(|mm| !mm.vague());
            let in_x = doc == m.doc_id && !m.vague()
                || precise(self.members_of(x.cluster_id, Some(&doc))?);
            if in_x && precise(self.members_of(y.cluster_id, Some(&doc))?) {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
