//! Why a mention is, or is not, in an incident (`rasd explain --mention`): its own incident's
//! link, and the nearest other incidents with the test that keeps it out of each (the type
//! family, the place, the day, the cluster's core date, the actors, one report, the retelling's
//! place), or, when one would take it now, that it would and whether its members came after it
//! (the order the mentions were clustered in).

use std::collections::BTreeMap;

use rasd_core::Event;

use super::candidates::{candidate_from_row, Candidate, MAX_RANGE_DAYS, REP_COLS};
use super::{gate, Reject};
use crate::db::Value;
use crate::{dedup, retelling_status, Mention, Store, StoreError};

/// The most representatives `rasd explain --mention` reads around a mention.
const MAX_NEARBY_REPS: i64 = 5000;

/// How far around a mention's day (or its publication) the incidents it is explained against lie.
const NEARBY_DAYS: i64 = dedup::FOLLOWUP_DAYS + MAX_RANGE_DAYS;

/// One mention and the incidents near it, for `rasd explain --mention`.
#[derive(Debug, Clone)]
pub struct MentionExplanation {
    pub event: Event,
    pub published: Option<String>,
    pub seq: i64,
    /// In the incident table (it founds or joins incidents).
    pub in_table: bool,
    /// Why it cannot join at all (a left-out mention that is no retelling), if so.
    pub never_joins: Option<String>,
    /// The sentence it was read from.
    pub sentence: String,
    /// Its incident: (cluster id, the member it linked to, rule, reasons).
    pub own: Option<(i64, Option<String>, String, String)>,
    /// The nearest other incidents, those that would take it first.
    pub nearby: Vec<Nearby>,
}

/// Another incident near a mention and what the clustering says of the two.
#[derive(Debug, Clone)]
pub struct Nearby {
    pub cluster_id: i64,
    /// Type, date, place and size of the incident.
    pub summary: String,
    /// The representative compared (the one that went furthest) and its seq.
    pub linked: String,
    pub linked_seq: i64,
    /// The seq of the incident's earliest member.
    pub first_seq: i64,
    pub outcome: Outcome,
}

/// What keeps a mention out of an incident, or that it would join it now.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Every test holds against a representative: it would join now with this score and rule,
    /// unless `blocked` (a check on the whole incident) says otherwise.
    Joins {
        score: i64,
        rule: String,
        place_rule: dedup::PlaceRule,
        reasons: Vec<String>,
        blocked: Option<String>,
    },
    /// The tests that failed (each with why) and those that held, against the representative
    /// that failed fewest.
    Apart {
        failed: Vec<String>,
        held: Vec<&'static str>,
    },
}

impl Outcome {
    /// Nearest first: a join before a blocked join before the fewest failed tests.
    fn rank(&self) -> (i64, i64) {
        match self {
            Outcome::Joins {
                score,
                blocked: None,
                ..
            } => (0, -score),
            Outcome::Joins { score, .. } => (1, -score),
            Outcome::Apart { failed, .. } => (2, failed.len() as i64),
        }
    }
}

/// Why the clustering's own guards ([`gate`]) turned a candidate down, in words.
fn guard_why(m: &Mention, cand: &Candidate, reject: &Reject) -> Option<String> {
    let days = || {
        format!(
            "{}..{}",
            cand.cluster_max_start.as_deref().unwrap_or("?"),
            cand.cluster_min_end.as_deref().unwrap_or("?")
        )
    };
    match reject {
        Reject::CoreDate => Some(format!(
            "core date: the incident's core days are {}; {}..{} lies more than {} day(s) after \
             or {} day(s) before them (no chaining across days)",
            days(),
            m.date.as_deref().unwrap_or("?"),
            m.date_end.as_deref().unwrap_or("?"),
            m.later_reach(),
            cand.cluster_reach
        )),
        Reject::Hub => Some(format!(
            "no hub: the member {} is placed only at country level ({}); a finer mention never \
             joins through it",
            cand.mention.event_id,
            cand.mention.place.as_deref().unwrap_or("?")
        )),
        Reject::OnlyFollowup => Some(format!(
            "core date: {} reaches the incident's core days {} only as a follow-up, and its \
             match with this member is none",
            m.date.as_deref().unwrap_or("?"),
            days()
        )),
        Reject::Compare(_) => None,
    }
}

impl Store {
    /// Why the stored mention `event_id` is in its incident, and what keeps it out of the
    /// `limit` nearest others (the incidents of its country whose representatives lie within
    /// `NEARBY_DAYS` of its day or publication). The tests are the clustering's own
    /// (`gate`, [`dedup::diagnose`]), read against the clusters as they are now: an incident
    /// that would take it now, whose members came after it, shows the order's effect.
    pub fn explain_mention(
        &mut self,
        event_id: &str,
        limit: usize,
    ) -> Result<MentionExplanation, StoreError> {
        let row = self
            .conn
            .query_one(
                "SELECT e.record, e.published, e.seq, e.in_table, d.text FROM events e \
                 JOIN documents d ON d.id = e.doc_id WHERE e.event_id = ?",
                &[event_id.into()],
            )?
            .ok_or_else(|| StoreError::NoEvent(event_id.to_string()))?;
        let event: Event = serde_json::from_str(row[0].text().unwrap_or(""))?;
        let published = row[1].string();
        let seq = row[2].int().unwrap_or(0);
        let in_table = row[3].int().unwrap_or(1) != 0;
        let [s, e] = event.sentence;
        let sentence: String = (row[4].text().unwrap_or(""))
            .chars()
            .skip(s)
            .take(e.saturating_sub(s))
            .collect();
        let mut m = Mention::from_event(&event, published.as_deref());
        let retelling = !in_table;
        if retelling {
            m.fatalities = None;
        }
        let never_joins = if in_table {
            None
        } else if !retelling_status(&event) {
            Some(format!(
                "status {}: left out of the incident table, and only a retelling (background, or \
                 an incident below the confidence floor) may join an incident",
                event.status.as_str()
            ))
        } else if !m.may_retell() {
            Some(
                "a retelling left out of the incident table joins only when placed below \
                 country level and not dated by a year alone"
                    .into(),
            )
        } else {
            None
        };
        let own = self
            .conn
            .query_one(
                "SELECT cluster_id, linked_to, rule, reason FROM cluster_members \
                 WHERE event_id = ?",
                &[event_id.into()],
            )?
            .map(|r| {
                (
                    r[0].int().unwrap_or(0),
                    r[1].string(),
                    r[2].string().unwrap_or_default(),
                    r[3].string().unwrap_or_default(),
                )
            });
        let own_id = own.as_ref().map(|o| o.0);
        // the representatives of its country around its day (or publication)
        let anchor = (m.date.clone().filter(|_| m.dated())).or_else(|| m.published.clone());
        let (lo, hi) = match &anchor {
            Some(a) => (
                dedup::shift_date(a, -NEARBY_DAYS).unwrap_or_else(|| a.clone()),
                dedup::shift_date(a, NEARBY_DAYS).unwrap_or_else(|| a.clone()),
            ),
            None => ("0000-00-00".to_string(), "9999-99-99".to_string()),
        };
        let country: Value = m.country.clone().into();
        let rows = self.conn.query(
            &format!(
                "SELECT {REP_COLS} FROM cluster_reps e JOIN clusters c ON c.id = e.cluster_id \
                 WHERE (CAST(? AS TEXT) IS NULL OR e.country = ?) \
                 AND ((e.date >= ? AND e.date <= ?) OR (e.published >= ? AND e.published <= ?)) \
                 ORDER BY e.seq LIMIT {MAX_NEARBY_REPS}"
            ),
            &[
                country.clone(),
                country,
                lo.as_str().into(),
                hi.as_str().into(),
                lo.as_str().into(),
                hi.into(),
            ],
        )?;
        // per incident, the representative that went furthest
        let mut best: BTreeMap<i64, (Outcome, String, i64, i64)> = BTreeMap::new();
        for r in &rows {
            let cand = candidate_from_row(r);
            if Some(cand.cluster_id) == own_id || cand.mention.event_id == m.event_id {
                continue;
            }
            let outcome = match gate(&m, &cand) {
                Ok(mt) => Outcome::Joins {
                    score: mt.score(),
                    rule: mt.rule(),
                    place_rule: mt.place_rule,
                    reasons: super::explained(&m, &cand.mention),
                    blocked: None,
                },
                Err(reject) => {
                    let tests = dedup::diagnose(&m, &cand.mention);
                    let mut failed: Vec<String> =
                        guard_why(&m, &cand, &reject).into_iter().collect();
                    let mut held = Vec::new();
                    for (name, result) in tests {
                        match result {
                            Ok(_) => held.push(name),
                            Err(why) => failed.push(why),
                        }
                    }
                    Outcome::Apart { failed, held }
                }
            };
            let better = best
                .get(&cand.cluster_id)
                .is_none_or(|(o, ..)| outcome.rank() < o.rank());
            if better {
                best.insert(
                    cand.cluster_id,
                    (
                        outcome,
                        cand.mention.event_id.clone(),
                        cand.seq,
                        cand.cluster_first_seq,
                    ),
                );
            }
        }
        let mut nearby = Vec::new();
        for (cluster_id, (mut outcome, linked, linked_seq, first_seq)) in best {
            if let Outcome::Joins {
                blocked,
                place_rule,
                ..
            } = &mut outcome
            {
                // the checks on the whole incident (cluster_event's)
                use dedup::PlaceRule::{Inside, SamePlace};
                if retelling && !matches!(place_rule, SamePlace | Inside) {
                    *blocked =
                        Some("a retelling joins only at the incident's place or inside it".into());
                }
                let same_doc = self.members_of(cluster_id, Some(&m.doc_id))?;
                if blocked.is_none() && !same_doc.iter().all(|o| dedup::may_share_report(&m, o)) {
                    *blocked = Some(format!(
                        "its report tells a precise mention of its own in this incident ({}): \
                         two precise mentions of one report are distinct incidents",
                        same_doc
                            .iter()
                            .map(|o| o.event_id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            let summary = self
                .conn
                .query_one(
                    "SELECT event_type, sub_event_type, date, place, n_mentions, n_sources \
                     FROM clusters WHERE id = ?",
                    &[Value::Int(cluster_id)],
                )?
                .map(|r| {
                    format!(
                        "{} / {}, {} at {}, {} mention(s) from {} source(s)",
                        r[0].string().unwrap_or_default(),
                        r[1].string().unwrap_or_default(),
                        r[2].string().unwrap_or_else(|| "undated".into()),
                        r[3].string().unwrap_or_else(|| "?".into()),
                        r[4].int().unwrap_or(0),
                        r[5].int().unwrap_or(0)
                    )
                })
                .unwrap_or_default();
            nearby.push(Nearby {
                cluster_id,
                summary,
                linked,
                linked_seq,
                first_seq,
                outcome,
            });
        }
        nearby.sort_by_key(|n| (n.outcome.rank(), n.cluster_id));
        nearby.truncate(limit);
        Ok(MentionExplanation {
            event,
            published,
            seq,
            in_table,
            never_joins,
            sentence,
            own,
            nearby,
        })
    }
}

impl std::fmt::Display for MentionExplanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let e = &self.event;
        writeln!(
            f,
            "mention {} (doc {}, published {}, seq {}): {} / {}; date {}{}; place {}; \
             fatalities {}",
            e.event_id,
            e.doc_id,
            self.published.as_deref().unwrap_or("?"),
            self.seq,
            e.event_type,
            e.sub_event_type,
            e.date.as_ref().map_or("-", |d| d.value.as_str()),
            match &e.date {
                Some(d) if d.text.is_none() => " (inferred from publication: none of its own)",
                _ => "",
            },
            e.location.as_ref().map_or("-", |l| l.name.as_str()),
            e.fatalities
                .as_ref()
                .and_then(|c| c.min)
                .map_or("-".into(), |v| v.to_string())
        )?;
        writeln!(
            f,
            "status {}, confidence {:.2}: {}",
            e.status.as_str(),
            e.confidence,
            if self.in_table {
                "in the incident table"
            } else {
                "left out of the incident table (a retelling at most)"
            }
        )?;
        if !self.sentence.is_empty() {
            writeln!(f, "sentence: {}", self.sentence)?;
        }
        if let Some(why) = &self.never_joins {
            writeln!(f, "joins no incident: {why}")?;
        }
        match &self.own {
            None => writeln!(f, "in no incident")?,
            Some((id, None, _, reason)) => writeln!(f, "in incident {id}: {reason}")?,
            Some((id, Some(to), rule, reason)) => {
                writeln!(f, "in incident {id}, joined via {to} by rule {rule}:")?;
                for r in reason.split("; ") {
                    writeln!(f, "  - {r}")?;
                }
            }
        }
        if self.nearby.is_empty() {
            return writeln!(f, "no other incident near it");
        }
        writeln!(f, "\nnearest other incidents:")?;
        for n in &self.nearby {
            writeln!(f, "\nincident {}: {}", n.cluster_id, n.summary)?;
            match &n.outcome {
                Outcome::Joins {
                    score,
                    rule,
                    reasons,
                    blocked,
                    ..
                } => {
                    match blocked {
                        None => writeln!(
                            f,
                            "  would join it now via {} (rule {rule}, score {score}):",
                            n.linked
                        )?,
                        Some(why) => writeln!(
                            f,
                            "  matches {} (rule {rule}, score {score}) but stays out: {why}",
                            n.linked
                        )?,
                    }
                    for r in reasons {
                        writeln!(f, "    - {r}")?;
                    }
                    if n.linked_seq > self.seq {
                        writeln!(
                            f,
                            "  order: {} was stored after this mention (seq {} > {}){}",
                            n.linked,
                            n.linked_seq,
                            self.seq,
                            if n.first_seq > self.seq {
                                ", as was every member of the incident: it was not there when \
                                 this mention was clustered"
                            } else {
                                ": it was not there to link to when this mention was clustered"
                            }
                        )?;
                    }
                }
                Outcome::Apart { failed, held } => {
                    writeln!(f, "  kept apart (against {}):", n.linked)?;
                    for why in failed {
                        writeln!(f, "    x {why}")?;
                    }
                    writeln!(f, "    held: {}", held.join(", "))?;
                }
            }
        }
        Ok(())
    }
}
