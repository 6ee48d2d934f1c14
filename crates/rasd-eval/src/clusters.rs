//! Cross-report clustering against a labelled set of articles (`data/eval/clusters.dev.jsonl`,
//! CLUSTERS_GUIDELINES.md): does each incident told by many outlets become one stored incident,
//! and is its toll within the reports' range?
//!
//! The unit is the article. Gold: the incidents an article tells or retells. System: the
//! incidents (cluster ids) its stored mentions joined. The gold lists only some incidents, so a
//! system cluster is judged only when it holds an article with a gold incident ("relevant");
//! a cluster made only of unlabelled mentions can be neither right nor wrong.
//! - pairwise: over unordered article pairs, "same" in the gold when they share an incident, in
//!   the system when they share a relevant cluster;
//! - B-cubed, extended to several incidents per article (Amigo et al. 2009): for articles e, e'
//!   sharing a cluster, min(|C(e)∩C(e')|, |L(e)∩L(e')|) / |C(e)∩C(e')| is precision (averaged over
//!   articles with a relevant cluster); the same over shared gold incidents is recall (averaged
//!   over articles with a gold incident);
//! - per gold incident: the system cluster holding most of its articles, and that cluster's
//!   toll against the gold range.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use rasd_core::Report;

use crate::EvalError;

/// Fatalities: low, best, high.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Toll {
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
}

/// One gold incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldIncident {
    pub id: String,
    #[serde(default)]
    pub event_type: String,
    #[serde(default)]
    pub sub_event_type: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub date: Option<String>,
    /// Told by many outlets over several days (the set's purpose).
    #[serde(default)]
    pub focus: bool,
    #[serde(default)]
    pub fatalities: Option<Toll>,
}

/// One labelled article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterArticle {
    #[serde(flatten)]
    pub article: crate::reports::Article,
    pub incidents: Vec<String>,
}

impl ClusterArticle {
    /// The report as rasd reads it: the title, a newline, then the text.
    pub fn report(&self) -> Report {
        self.article.report()
    }
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Line {
    Incident(GoldIncident),
    Article(ClusterArticle),
}

/// Reads the set: incident lines and article lines (any order). Every incident an article
/// names must be listed, and ids are unique.
pub fn parse_cluster_set(
    name: &str,
    text: &str,
) -> Result<(Vec<GoldIncident>, Vec<ClusterArticle>), EvalError> {
    let err = |line: usize, reason: String| EvalError::Gold {
        name: name.to_string(),
        line,
        reason,
    };
    let (mut incidents, mut articles) = (Vec::new(), Vec::<(usize, ClusterArticle)>::new());
    let mut seen = HashSet::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Line>(l).map_err(|e| err(i + 1, e.to_string()))? {
            Line::Incident(g) => {
                if !seen.insert(("i", g.id.clone())) {
                    return Err(err(i + 1, format!("incident {} listed twice", g.id)));
                }
                incidents.push(g)
            }
            Line::Article(a) => {
                if !seen.insert(("a", a.article.id.clone())) {
                    return Err(err(i + 1, format!("article {} listed twice", a.article.id)));
                }
                articles.push((i + 1, a))
            }
        }
    }
    let known: HashSet<&str> = incidents.iter().map(|g| g.id.as_str()).collect();
    for (line, a) in &articles {
        if let Some(x) = a.incidents.iter().find(|x| !known.contains(x.as_str())) {
            return Err(err(*line, format!("incident {x} is not listed")));
        }
    }
    Ok((incidents, articles.into_iter().map(|(_, a)| a).collect()))
}

/// B-cubed precision and recall (means over articles) with the numbers of articles averaged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Articles with a relevant system cluster / with a gold incident.
    pub system_items: usize,
    pub gold_items: usize,
}

/// One gold incident as the system stored it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncidentOutcome {
    pub id: String,
    pub articles: usize,
    /// Articles with none of their mentions in any cluster.
    pub articles_unclustered: usize,
    /// Distinct system clusters its articles joined.
    pub clusters: usize,
    /// The cluster holding most of its articles (ties: the one with fewer other articles, then
    /// the lower id), how many of its articles it holds, and how many articles it holds in all.
    pub main_cluster: Option<i64>,
    pub main_articles: usize,
    pub main_cluster_articles: usize,
    pub gold_toll: Option<Toll>,
    pub system_toll: Option<Toll>,
    /// The main cluster's best within the gold low..high (None without a gold toll).
    pub best_in_range: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ClusterScores {
    pub articles: usize,
    /// Article pairs: tp = same in both, system = same in the system, gold = same in the gold.
    pub pairwise: crate::Prf,
    pub bcubed: BCubed,
    /// Relevant system clusters.
    pub system_clusters: usize,
    pub incidents: Vec<IncidentOutcome>,
    /// B-cubed F1 of the same articles stored in other orders of arrival (None: not measured).
    pub orders: Option<ArrivalOrders>,
}

/// B-cubed F1 of the set stored in other orders of arrival than its own (publication): the
/// clustering is incremental, and a real feed does not come in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArrivalOrders {
    /// The articles in reverse order.
    pub reversed: f64,
    /// The articles shuffled ([`shuffled`]) with the seeds 1, 2, ...
    pub shuffles: Vec<f64>,
}

/// The order `0..n` shuffled by Fisher-Yates with a SplitMix64 stream seeded by `seed` (the
/// same order for the same seed on every machine).
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Scores articles given as (gold incident ids, system cluster ids of its stored mentions);
/// `tolls` gives a cluster's toll.
pub fn score_clusters(
    incidents: &[GoldIncident],
    articles: &[(Vec<String>, Vec<i64>)],
    tolls: impl Fn(i64) -> Option<Toll>,
) -> ClusterScores {
    let gold: Vec<BTreeSet<&str>> = (articles.iter())
        .map(|(g, _)| g.iter().map(String::as_str).collect())
        .collect();
    // a cluster is judged only when an article with a gold incident is in it
    let relevant: BTreeSet<i64> = (articles.iter().zip(&gold))
        .filter(|(_, g)| !g.is_empty())
        .flat_map(|((_, s), _)| s.iter().copied())
        .collect();
    let sys: Vec<BTreeSet<i64>> = (articles.iter())
        .map(|(_, s)| s.iter().copied().filter(|c| relevant.contains(c)).collect())
        .collect();
    let n = articles.len();
    let mut pairwise = crate::Prf::default();
    let (mut p_sum, mut r_sum) = (0.0, 0.0);
    let (mut p_n, mut r_n) = (0usize, 0usize);
    for i in 0..n {
        let (mut p_i, mut p_k, mut r_i, mut r_k) = (0.0, 0usize, 0.0, 0usize);
        for j in 0..n {
            let cs = sys[i].intersection(&sys[j]).count();
            let ls = gold[i].intersection(&gold[j]).count();
            if cs > 0 {
                p_i += cs.min(ls) as f64 / cs as f64;
                p_k += 1;
            }
            if ls > 0 {
                r_i += cs.min(ls) as f64 / ls as f64;
                r_k += 1;
            }
            if j > i {
                pairwise.system += usize::from(cs > 0);
                pairwise.gold += usize::from(ls > 0);
                pairwise.tp += usize::from(cs > 0 && ls > 0);
            }
        }
        if p_k > 0 {
            p_sum += p_i / p_k as f64;
            p_n += 1;
        }
        if r_k > 0 {
            r_sum += r_i / r_k as f64;
            r_n += 1;
        }
    }
    let (precision, recall) = (mean(p_sum, p_n), mean(r_sum, r_n));
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    // articles per system cluster
    let mut size: BTreeMap<i64, usize> = BTreeMap::new();
    for s in &sys {
        for c in s {
            *size.entry(*c).or_default() += 1;
        }
    }
    let mut outcomes = Vec::new();
    for g in incidents {
        let members: Vec<usize> = (0..n)
            .filter(|&i| gold[i].contains(g.id.as_str()))
            .collect();
        if members.is_empty() {
            continue;
        }
        let mut held: BTreeMap<i64, usize> = BTreeMap::new();
        for &i in &members {
            for c in &sys[i] {
                *held.entry(*c).or_default() += 1;
            }
        }
        let main = (held.iter())
            .map(|(c, k)| (*c, *k))
            .min_by_key(|&(c, k)| (std::cmp::Reverse(k), size[&c] - k, c));
        let system_toll = main.and_then(|(c, _)| tolls(c));
        let best_in_range = g.fatalities.map(|t| {
            let best = system_toll.and_then(|s| s.best);
            match (best, t.low, t.high) {
                (Some(b), Some(lo), Some(hi)) => lo <= b && b <= hi,
                (Some(b), Some(lo), None) => lo <= b,
                _ => false,
            }
        });
        outcomes.push(IncidentOutcome {
            id: g.id.clone(),
            articles: members.len(),
            articles_unclustered: members.iter().filter(|&&i| sys[i].is_empty()).count(),
            clusters: held.len(),
            main_cluster: main.map(|(c, _)| c),
            main_articles: main.map_or(0, |(_, k)| k),
            main_cluster_articles: main.map_or(0, |(c, _)| size[&c]),
            gold_toll: g.fatalities,
            system_toll,
            best_in_range,
        });
    }
    ClusterScores {
        articles: n,
        pairwise,
        bcubed: BCubed {
            precision,
            recall,
            f1,
            system_items: p_n,
            gold_items: r_n,
        },
        system_clusters: relevant.len(),
        incidents: outcomes,
        orders: None,
    }
}

fn mean(sum: f64, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

fn fmt_toll(t: Option<Toll>) -> String {
    let f = |x: Option<u64>| x.map_or("-".to_string(), |v| v.to_string());
    match t {
        Some(t) => format!("{}/{}/{}", f(t.low), f(t.best), f(t.high)),
        None => "-".into(),
    }
}

/// The cross-report table, a line each.
pub fn cluster_rows(s: &ClusterScores) -> Vec<String> {
    let b = &s.bcubed;
    let mut rows = vec![
        crate::prf_row("pairwise (article pairs)", &s.pairwise),
        format!(
            "{:<28} P {:.3}  R {:.3}  F1 {:.3}   ({} articles in {} relevant clusters, {} with a gold incident)",
            "B-cubed", b.precision, b.recall, b.f1, b.system_items, s.system_clusters, b.gold_items
        ),
    ];
    if let Some(o) = &s.orders {
        let shuffles: Vec<String> = o.shuffles.iter().map(|f| format!("{f:.3}")).collect();
        rows.push(format!(
            "{:<28} F1 {:.3} in order, {:.3} reversed, {} shuffled (seeds 1..{})",
            "B-cubed by order of arrival",
            b.f1,
            o.reversed,
            shuffles.join(" "),
            o.shuffles.len()
        ));
    }
    let with_toll: Vec<&IncidentOutcome> = (s.incidents.iter())
        .filter(|o| o.best_in_range.is_some())
        .collect();
    rows.push(format!(
        "{:<28} {} of {} gold incidents with a toll",
        "toll best in gold range",
        with_toll
            .iter()
            .filter(|o| o.best_in_range == Some(true))
            .count(),
        with_toll.len()
    ));
    for o in &s.incidents {
        rows.push(format!(
            "  {:<24} {:>3} articles, {:>2} clusters, main holds {} (of its {} articles; {} unclustered); toll low/best/high {} vs gold {}{}",
            o.id,
            o.articles,
            o.clusters,
            o.main_articles,
            o.main_cluster_articles,
            o.articles_unclustered,
            fmt_toll(o.system_toll),
            fmt_toll(o.gold_toll),
            match o.best_in_range {
                Some(true) => " (in range)",
                Some(false) => " (OUT of range)",
                None => "",
            }
        ));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inc(id: &str, toll: Option<(u64, u64, u64)>) -> GoldIncident {
        GoldIncident {
            id: id.into(),
            event_type: String::new(),
            sub_event_type: String::new(),
            place: String::new(),
            country: String::new(),
            date: None,
            focus: true,
            fatalities: toll.map(|(l, b, h)| Toll {
                low: Some(l),
                best: Some(b),
                high: Some(h),
            }),
        }
    }

    fn art(g: &[&str], s: &[i64]) -> (Vec<String>, Vec<i64>) {
        (g.iter().map(|x| x.to_string()).collect(), s.to_vec())
    }

    fn toll(best: u64) -> Option<Toll> {
        Some(Toll {
            low: Some(1),
            best: Some(best),
            high: Some(best),
        })
    }

    #[test]
    fn a_seeded_shuffle_is_a_permutation_and_the_same_each_time() {
        let a = shuffled(50, 1);
        assert_eq!(a, shuffled(50, 1));
        assert_ne!(a, shuffled(50, 2));
        assert_ne!(a, (0..50).collect::<Vec<_>>());
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn perfect_clustering_scores_one() {
        let g = [inc("a", Some((10, 15, 17))), inc("b", None)];
        let arts = [
            art(&["a"], &[1]),
            art(&["a"], &[1]),
            art(&["b"], &[2]),
            art(&[], &[]),
        ];
        let s = score_clusters(&g, &arts, |_| toll(15));
        assert_eq!(
            s.pairwise,
            crate::Prf {
                tp: 1,
                system: 1,
                gold: 1
            }
        );
        assert_eq!(
            (s.bcubed.precision, s.bcubed.recall, s.bcubed.f1),
            (1.0, 1.0, 1.0)
        );
        assert_eq!(s.incidents[0].best_in_range, Some(true));
        assert_eq!(s.incidents[1].best_in_range, None);
    }

    #[test]
    fn a_split_incident_loses_recall_not_precision() {
        // four articles of one incident in clusters 1, 1, 2, 2
        let g = [inc("a", Some((10, 15, 17)))];
        let arts = [
            art(&["a"], &[1]),
            art(&["a"], &[1]),
            art(&["a"], &[2]),
            art(&["a"], &[2]),
        ];
        let s = score_clusters(&g, &arts, |c| toll(if c == 1 { 15 } else { 1 }));
        assert_eq!(
            s.pairwise,
            crate::Prf {
                tp: 2,
                system: 2,
                gold: 6
            }
        );
        assert_eq!(s.bcubed.precision, 1.0);
        assert!((s.bcubed.recall - 0.5).abs() < 1e-9);
        let o = &s.incidents[0];
        assert_eq!(
            (o.clusters, o.main_articles, o.main_cluster),
            (2, 2, Some(1))
        );
        assert_eq!(o.best_in_range, Some(true));
    }

    #[test]
    fn a_merge_loses_precision_and_unlabelled_clusters_are_not_judged() {
        // a and b merged into cluster 1; a control article is in it too; two control articles
        // share cluster 9, which no labelled article is in
        let g = [inc("a", None), inc("b", Some((2, 2, 2)))];
        let arts = [
            art(&["a"], &[1]),
            art(&["b"], &[1]),
            art(&[], &[1]),
            art(&[], &[9]),
            art(&[], &[9]),
        ];
        let s = score_clusters(&g, &arts, |_| toll(40));
        assert_eq!(s.system_clusters, 1);
        assert_eq!(
            s.pairwise,
            crate::Prf {
                tp: 0,
                system: 3,
                gold: 0
            }
        );
        // each of the three articles in cluster 1 is right only about itself, the control not
        // even that: (1/3 + 1/3 + 0) / 3
        assert!((s.bcubed.precision - 2.0 / 9.0).abs() < 1e-9);
        assert_eq!(s.bcubed.recall, 1.0);
        assert_eq!(s.bcubed.system_items, 3);
        assert_eq!(s.incidents[1].best_in_range, Some(false));
    }

    #[test]
    fn an_article_of_two_incidents_counts_each_once() {
        // article 0 tells a and b; the system has it in clusters 1 and 2
        let g = [inc("a", None), inc("b", None)];
        let arts = [
            art(&["a", "b"], &[1, 2]),
            art(&["a"], &[1]),
            art(&["b"], &[2]),
        ];
        let s = score_clusters(&g, &arts, |_| None);
        assert_eq!((s.bcubed.precision, s.bcubed.recall), (1.0, 1.0));
        // the same article in one cluster only: recall falls for it and for the b article
        let arts = [art(&["a", "b"], &[1]), art(&["a"], &[1]), art(&["b"], &[2])];
        let s = score_clusters(&g, &arts, |_| None);
        assert_eq!(s.bcubed.precision, 1.0);
        assert!(s.bcubed.recall < 1.0);
        let unclustered = [art(&["a"], &[]), art(&["a"], &[1])];
        let s = score_clusters(&g[..1], &unclustered, |_| None);
        assert_eq!(s.incidents[0].articles_unclustered, 1);
        // the unclustered article gets 0, the other 1/2 (it is not with its partner)
        assert!((s.bcubed.recall - 0.25).abs() < 1e-9);
    }

    #[test]
    fn parse_checks_ids() {
        let ok = "{\"kind\":\"incident\",\"id\":\"a\",\"fatalities\":{\"low\":1,\"best\":2,\"high\":3}}\n\
                  {\"kind\":\"article\",\"id\":\"x\",\"title\":\"T\",\"text\":\"B\",\"incidents\":[\"a\"]}\n";
        let (g, a) = parse_cluster_set("t", ok).unwrap();
        assert_eq!((g.len(), a.len()), (1, 1));
        assert_eq!(a[0].report().text, "T\nB");
        assert_eq!(g[0].fatalities.unwrap().best, Some(2));
        let unknown = "{\"kind\":\"article\",\"id\":\"x\",\"text\":\"B\",\"incidents\":[\"z\"]}\n";
        assert!(parse_cluster_set("t", unknown).is_err());
        let twice = format!("{ok}{}", ok.lines().nth(1).unwrap());
        assert!(parse_cluster_set("t", &twice).is_err());
    }
}
