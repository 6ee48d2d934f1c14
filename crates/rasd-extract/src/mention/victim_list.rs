//! A candidate's victim groups: each span once, in the order told. The merge adds the groups
//! of every candidate an incident absorbs; a long list keeps the set of its spans beside it, so
//! that an incident absorbing many candidates (one long report telling it again and again)
//! adds each group at a look-up, not at a scan of all it holds (issue 14: that scan was
//! quadratic in the size of one incident).

use std::collections::HashSet;

use rasd_core::{Victim, WireSpan};

/// From how many groups the spans' set is kept (a shorter list is scanned: cheaper).
const SET_FROM: usize = 16;

#[derive(Debug, Clone, Default)]
pub struct VictimList {
    list: Vec<Victim>,
    /// The spans of `list` once it holds [`SET_FROM`] groups or more (none before: no hasher
    /// is made for the many short lists).
    spans: Option<HashSet<WireSpan>>,
}

impl VictimList {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn clear(&mut self) {
        self.list.clear();
        self.spans = None;
    }

    /// Adds the groups of `victims` whose span the list does not hold yet, in their order.
    pub fn add_new(&mut self, victims: Vec<Victim>) {
        for v in victims {
            match &mut self.spans {
                Some(spans) => {
                    if spans.insert(v.span) {
                        self.list.push(v);
                    }
                }
                None => {
                    if !self.list.iter().any(|x| x.span == v.span) {
                        self.list.push(v);
                        if self.list.len() >= SET_FROM {
                            self.spans = Some(self.list.iter().map(|x| x.span).collect());
                        }
                    }
                }
            }
        }
    }

    pub fn into_vec(self) -> Vec<Victim> {
        self.list
    }
}

impl From<Vec<Victim>> for VictimList {
    fn from(list: Vec<Victim>) -> VictimList {
        let spans = (list.len() >= SET_FROM).then(|| list.iter().map(|x| x.span).collect());
        VictimList { list, spans }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn victim(start: usize, group: &str) -> Victim {
        Victim {
            group: group.into(),
            count: None,
            text: String::new(),
            span: [start, start + 1],
        }
    }

    /// What the merge did before: a scan of the list for every group added.
    fn by_scan(mut list: Vec<Victim>, adds: &[Vec<Victim>]) -> Vec<Victim> {
        for add in adds {
            for v in add.clone() {
                if !list.iter().any(|x| x.span == v.span) {
                    list.push(v);
                }
            }
        }
        list
    }

    #[test]
    fn adds_what_the_scan_added_short_and_long() {
        // spans repeated within and across the adds, below and above the set's threshold, and
        // a group of a known span under another name (the first one told stays)
        for first in [0, 3, SET_FROM - 1, SET_FROM, 40] {
            let start: Vec<Victim> = (0..first).map(|i| victim(i % 7 * 2, "a")).collect();
            let adds: Vec<Vec<Victim>> = (0..60)
                .map(|k| (0..k % 5).map(|i| victim((k * 3 + i) % 50, "b")).collect())
                .collect();
            let mut list = VictimList::from(start.clone());
            for add in &adds {
                list.add_new(add.clone());
            }
            assert_eq!(list.into_vec(), by_scan(start, &adds), "first {first}");
        }
        let mut list = VictimList::from((0..30).map(|i| victim(i, "a")).collect::<Vec<_>>());
        list.clear();
        assert!(list.is_empty());
        list.add_new(vec![victim(3, "c")]);
        assert_eq!(list.into_vec(), vec![victim(3, "c")]);
    }
}
