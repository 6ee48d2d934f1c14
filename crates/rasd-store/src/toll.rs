//! An incident's fatality figures over its mentions, as UCDP and ACLED read them (DESIGN.md
//! §3, "One incident's toll").
//!
//! A pure function over the mentions' counts ([`Figure`]s): [`spread`] gives low / best / high
//! and [`best_figure`] says which mention's words carry the best figure. An incident's wounded
//! are read by the same functions over the members' counts of wounded when it is read.
//!
//! - An **explicit** figure is a count with a number the text states: qualifier exact, approx,
//!   at_least, at_most or range, with a `min`. An **unknown** count ("قتلى" with no number:
//!   qualifier unknown, min 1) is not explicit, nor is a count with no `min`, nor a **zero**
//!   ("ولم يصب أحد بأذى": min 0), which never lowers a figure of dead another report gives.
//! - **low** = the lowest credible explicit figure (its `min`).
//! - **high** = the highest credible explicit figure (its `max` where it gives one, else its
//!   `min`). A figure is credible unless it lies under half or over twice the best figure (and
//!   more than `OUTLIER_SLACK` from it, so small tolls keep their spread) and fewer documents give
//!   it than give the best one: a single victim named in a funeral story ("الشهيد الجندي") or
//!   "العشرات بل المئات" bound no toll of 15; nor does a figure that fewer than a fifth as many
//!   documents give as the best one (`SUPPORT_SHARE`: a partial count a few of 40 outlets
//!   give, "12 من رجال الأمن", beside 13 and 15);
//!   an `at_least` figure leaves the top open: when it is the highest, the export's count has
//!   no `max` and says `at_least` ([`top_open`]).
//! - **best** = the latest toll that the most sources agree on. A figure's *support* is the
//!   number of distinct documents giving it (as `min`). The *agreed* figures are those with the
//!   greatest support and those with at least half of it, when told by two documents or more
//!   (a figure one outlet alone gives never outvotes a corroborated one). A figure's time is
//!   that of its middle report (the median of its supporting mentions ordered by publication
//!   date, then input order; of two middle ones the later), so a revised toll that the later
//!   reports carry is later than the first reports' figure, and a stale repeat or one early
//!   outlier does not move a figure in time. Taken in time order, revised tolls rise: a later
//!   agreed figure replaces the one chosen so far when it is higher, or when it is lower and
//!   told by at least as many documents (a correction); a later partial count that fewer
//!   sources give ("11 of the security men" beside "15 killed") does not. Ties in time: more
//!   support, then the higher figure. With one source per figure, best is the latest report's.
//! - Unknown counts never lower or set an explicit figure: they count only when a cluster has no
//!   explicit figure at all, and then low = best = high = their lowest `min` (the conservative
//!   figure the record carries): a report that nobody died outweighs one of dead with no number.

use std::collections::{BTreeMap, HashMap, HashSet};

use rasd_core::Qualifier;

/// The figures of a cluster's dead (or wounded), UCDP-style: the rule is this module's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Spread {
    /// The lowest explicit figure any source gives.
    pub low: Option<u64>,
    /// The latest figure the most sources agree on (the export's `fatalities`, `injuries`).
    pub best: Option<u64>,
    /// The highest explicit figure any source gives (its `max` where it gives a range).
    pub high: Option<u64>,
}

/// One mention's fatality count, with where and when it was told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub doc_id: String,
    /// Publication date of the document (`YYYY-MM-DD`); unknown sorts first.
    pub published: Option<String>,
    /// Input order of the mention (the store's `seq`).
    pub seq: i64,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub qualifier: Qualifier,
}

impl Figure {
    /// Whether the count states a number of dead (not "قتلى" with no number, nor a report that
    /// nobody died).
    pub fn explicit(&self) -> bool {
        self.min.is_some_and(|m| m > 0) && self.qualifier != Qualifier::Unknown
    }

    fn top(&self) -> Option<u64> {
        let min = self.min?;
        Some(self.max.map_or(min, |m| m.max(min)))
    }

    fn time(&self) -> Time<'_> {
        (self.published.as_deref(), self.seq)
    }
}

/// When a figure was told: publication date (unknown first), then input order.
type Time<'a> = (Option<&'a str>, i64);

/// The index (into `figures`) of the mention whose figure is the best one: the latest of the
/// best figure's supporting mentions. None when no count is explicit.
pub fn best_figure(figures: &[Figure]) -> Option<usize> {
    // figure -> its supporting mentions (indexes), one per document (the earliest)
    let mut by_value: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    let mut told: HashSet<(u64, &str)> = HashSet::new();
    for (i, f) in figures.iter().enumerate() {
        if !f.explicit() {
            continue;
        }
        let v = f.min.expect("explicit");
        if told.insert((v, f.doc_id.as_str())) {
            by_value.entry(v).or_default().push(i);
        }
    }
    let top = by_value.values().map(Vec::len).max()?;
    // the agreed figures in time order, each at its median report's time
    let mut agreed: Vec<(Time<'_>, usize, u64)> = Vec::new();
    for (&v, support) in &by_value {
        let n = support.len();
        if !(n == top || (n >= 2 && 2 * n >= top)) {
            continue;
        }
        let mut times: Vec<Time<'_>> = support.iter().map(|&i| figures[i].time()).collect();
        times.sort();
        agreed.push((times[times.len() / 2], n, v));
    }
    agreed.sort();
    // revised tolls rise: a later figure replaces the chosen one when it is higher, or when it
    // is lower and told by at least as many documents (a correction); a later partial count
    // fewer sources give ("11 of the security men") does not
    let mut chosen: Option<(u64, Time<'_>, usize)> = None;
    for (time, n, v) in agreed {
        let replaces = match &chosen {
            None => true,
            Some((cv, _, cn)) => v > *cv || n >= *cn,
        };
        if replaces {
            chosen = Some((v, time, n));
        }
    }
    let (v, _, _) = chosen?;
    by_value[&v]
        .iter()
        .copied()
        .max_by_key(|&i| figures[i].time())
}

/// low / best / high of a cluster's mentions (see the module documentation).
pub fn spread(figures: &[Figure]) -> Spread {
    let explicit: Vec<&Figure> = figures.iter().filter(|f| f.explicit()).collect();
    if explicit.is_empty() {
        let low = figures.iter().filter_map(|f| f.min).min();
        return Spread {
            low,
            best: low,
            high: low,
        };
    }
    let best = best_figure(figures).and_then(|i| figures[i].min);
    // low and high among the credible figures: a figure far from the agreed one (under half
    // of it or over twice it, with a slack of a few for small tolls) that fewer documents give
    // is a stray count (one victim named in a funeral story, "العشرات بل المئات"), not a bound
    let mut docs: HashMap<u64, HashSet<&str>> = HashMap::new();
    for f in &explicit {
        if let Some(v) = f.min {
            docs.entry(v).or_default().insert(f.doc_id.as_str());
        }
    }
    let support = |v: u64| docs.get(&v).map_or(0, HashSet::len);
    let credible: Vec<&&Figure> = match best {
        Some(b) => {
            let lo = (b / 2).min(b.saturating_sub(OUTLIER_SLACK));
            let hi = (2 * b).max(b + OUTLIER_SLACK);
            let top = support(b);
            (explicit.iter())
                .filter(|f| {
                    let (m, t) = (f.min.unwrap_or(b), f.top().unwrap_or(b));
                    let n = f.min.map_or(0, support);
                    (lo <= m && t <= hi && n * SUPPORT_SHARE >= top) || n >= top
                })
                .collect()
        }
        None => explicit.iter().collect(),
    };
    Spread {
        low: credible.iter().filter_map(|f| f.min).min(),
        best,
        high: credible.iter().filter_map(|f| f.top()).max(),
    }
}

/// How far from the agreed toll a figure may always lie and still bound it, however small the
/// toll (1 and 3 told of one incident are both credible); beyond it, half and twice the toll.
const OUTLIER_SLACK: u64 = 2;

/// How many times fewer documents than the best figure's a figure may have and still bound the
/// toll: in a story told by 40 outlets, a figure 5 of them give (a partial count, "12 of the
/// security men", or a misreading) is no bound; in a story told by a few, every figure is.
const SUPPORT_SHARE: usize = 5;

/// Whether the highest credible figure, `high` of the figures' [`spread`], is open-ended (an
/// `at_least` figure as high as it): the incident's count then has no upper bound.
pub fn top_open(figures: &[Figure], high: Option<u64>) -> bool {
    let Some(high) = high else {
        return false;
    };
    figures
        .iter()
        .filter(|f| f.explicit())
        .filter(|f| f.qualifier == Qualifier::AtLeast)
        .any(|f| f.top() == Some(high))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(doc: &str, published: &str, seq: i64, min: u64, q: Qualifier) -> Figure {
        Figure {
            doc_id: doc.into(),
            published: Some(published.into()),
            seq,
            min: Some(min),
            max: match q {
                Qualifier::Exact => Some(min),
                _ => None,
            },
            qualifier: q,
        }
    }
    use Qualifier::*;

    #[test]
    fn an_unknown_count_never_lowers_or_sets_an_explicit_figure() {
        let f = vec![
            fig("a", "2015-08-06", 1, 1, Unknown),
            fig("b", "2015-08-06", 2, 10, Exact),
            fig("c", "2015-08-07", 3, 2, Unknown),
            fig("d", "2015-08-07", 4, 15, Exact),
            fig("e", "2015-08-08", 5, 1, Unknown),
        ];
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(10), Some(15), Some(15)));
    }

    #[test]
    fn unknown_counts_alone_give_the_conservative_figure() {
        let f = vec![
            fig("a", "2015-08-06", 1, 2, Unknown),
            fig("b", "2015-08-06", 2, 1, Unknown),
        ];
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(1), Some(1), Some(1)));
        assert_eq!(spread(&[]), Spread::default());
    }

    #[test]
    fn a_report_that_nobody_died_never_lowers_a_figure_of_dead() {
        // a first report: "no casualties"; later ones: 3 killed
        let mut f = vec![
            fig("a", "2015-08-06", 1, 0, Exact),
            fig("b", "2015-08-07", 2, 3, Exact),
            fig("c", "2015-08-07", 3, 3, Exact),
        ];
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(3), Some(3), Some(3)));
        assert_eq!(f[best_figure(&f).unwrap()].doc_id, "c");
        // with only dead told without a number beside it, nobody died is the conservative toll
        f.truncate(1);
        f.push(fig("d", "2015-08-07", 4, 1, Unknown));
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(0), Some(0), Some(0)));
        assert_eq!(best_figure(&f), None);
    }

    #[test]
    fn a_revised_toll_the_later_reports_agree_on_is_best() {
        // first reports: 10; a day later most say 15; one stray 1 and one late outlier 40
        let mut f = vec![];
        for (i, d) in ["a", "b", "c", "d", "e"].iter().enumerate() {
            f.push(fig(d, "2015-08-06", i as i64, 10, Exact));
        }
        for (i, d) in ["f", "g", "h", "i"].iter().enumerate() {
            f.push(fig(d, "2015-08-07", 10 + i as i64, 15, Exact));
        }
        // a stale outlet repeats 10 late: the figure's middle report stays early
        f.push(fig("j", "2015-08-09", 20, 10, Exact));
        f.push(fig("k", "2015-08-08", 21, 1, Exact));
        f.push(fig("l", "2015-08-09", 22, 40, Exact));
        let s = spread(&f);
        // the stray 1 and the outlier 40, each one document's, far from 15, bound nothing
        assert_eq!((s.low, s.best, s.high), (Some(10), Some(15), Some(15)));
        // told by as many documents as the best, a far figure is a bound again
        for (i, d) in ["m", "n", "o", "p", "q"].iter().enumerate() {
            f.push(fig(d, "2015-08-09", 30 + i as i64, 40, Exact));
        }
        assert_eq!(spread(&f).high, Some(40));
        f.truncate(12);
        // the best figure's words: its latest supporting mention
        assert_eq!(f[best_figure(&f).unwrap()].doc_id, "i");
    }

    #[test]
    fn a_later_partial_count_fewer_sources_give_does_not_replace_the_toll() {
        // 10 in the first statement, 15 once revised (as many documents); then two reports
        // give 11, a part of the toll ("11 of the security men")
        let mut f = vec![];
        for (i, (d, p)) in [
            ("a", "2015-08-06"),
            ("b", "2015-08-07"),
            ("c", "2015-08-07"),
            ("d", "2015-08-09"),
        ]
        .iter()
        .enumerate()
        {
            f.push(fig(d, p, i as i64, 10, Exact));
        }
        for (i, (d, p)) in [
            ("e", "2015-08-06"),
            ("f", "2015-08-07"),
            ("g", "2015-08-09"),
            ("h", "2015-08-11"),
        ]
        .iter()
        .enumerate()
        {
            f.push(fig(d, p, 10 + i as i64, 15, Exact));
        }
        f.push(fig("i", "2015-08-08", 20, 11, Exact));
        f.push(fig("j", "2015-08-12", 21, 11, Exact));
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(10), Some(15), Some(15)));
        // a correction as many documents give replaces a higher first figure
        let g = vec![
            fig("a", "2015-08-06", 1, 20, Exact),
            fig("b", "2015-08-06", 2, 20, Exact),
            fig("c", "2015-08-07", 3, 12, Exact),
            fig("d", "2015-08-08", 4, 12, Exact),
        ];
        assert_eq!(spread(&g).best, Some(12));
    }

    #[test]
    fn support_counts_documents_not_mentions() {
        // one document says 7 three times; two documents say 5
        let f = vec![
            fig("a", "2015-08-07", 1, 7, Exact),
            fig("a", "2015-08-07", 2, 7, Exact),
            fig("a", "2015-08-07", 3, 7, Exact),
            fig("b", "2015-08-06", 4, 5, Exact),
            fig("c", "2015-08-06", 5, 5, Exact),
        ];
        assert_eq!(spread(&f).best, Some(5));
    }

    #[test]
    fn single_sources_give_the_latest_figure() {
        let f = vec![
            fig("a", "2007-07-26", 1, 18, Exact),
            fig("b", "2007-07-27", 2, 25, Exact),
            fig("c", "2007-07-27", 3, 20, Exact),
        ];
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(18), Some(20), Some(25)));
        // equal times: more support, then the higher figure
        let g = vec![
            fig("a", "2007-07-26", 1, 18, Exact),
            fig("b", "2007-07-26", 1, 25, Exact),
        ];
        assert_eq!(spread(&g).best, Some(25));
    }

    #[test]
    fn an_at_least_figure_leaves_the_top_open() {
        let f = vec![
            fig("a", "2015-08-06", 1, 10, Exact),
            fig("b", "2015-08-07", 2, 12, AtLeast),
        ];
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(10), Some(12), Some(12)));
        assert!(top_open(&f, s.high));
        let g = vec![
            fig("a", "2015-08-06", 1, 15, Exact),
            fig("b", "2015-08-07", 2, 12, AtLeast),
        ];
        assert!(!top_open(&g, spread(&g).high));
        // a range gives its max to high
        let mut r = fig("c", "2015-08-07", 3, 12, Range);
        r.max = Some(20);
        assert_eq!(spread(&[r]).high, Some(20));
    }

    #[test]
    fn unknown_publication_sorts_first() {
        let mut early = fig("a", "x", 5, 3, Exact);
        early.published = None;
        let f = vec![early, fig("b", "2015-01-01", 1, 4, Exact)];
        assert_eq!(spread(&f).best, Some(4));
    }

    #[test]
    fn a_small_toll_keeps_its_spread() {
        // 1 in the first report, 3 in the later ones: both bound the toll
        let f = vec![
            fig("a", "2015-08-06", 0, 1, Exact),
            fig("b", "2015-08-07", 1, 3, Exact),
            fig("c", "2015-08-07", 2, 3, Exact),
        ];
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(1), Some(3), Some(3)));
    }

    #[test]
    fn a_figure_few_of_many_outlets_give_bounds_nothing() {
        // 10 outlets say 13, 10 later ones 15; one says 12 (a part of the toll) and one 17
        let mut f = vec![];
        for i in 0..10 {
            f.push(fig(&format!("a{i}"), "2015-08-06", i, 13, Exact));
            f.push(fig(&format!("b{i}"), "2015-08-07", 100 + i, 15, Exact));
        }
        f.push(fig("c", "2015-08-07", 200, 12, Exact));
        f.push(fig("d", "2015-08-08", 201, 17, Exact));
        let s = spread(&f);
        assert_eq!((s.low, s.best, s.high), (Some(13), Some(15), Some(15)));
        // told by a fifth as many documents as the best, a figure bounds it again
        f.push(fig("e", "2015-08-08", 202, 17, Exact));
        assert_eq!(spread(&f).high, Some(17));
    }
}
