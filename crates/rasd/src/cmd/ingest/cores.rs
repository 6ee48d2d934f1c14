//! The cores shared by the ingest's writer and its extraction threads.
//!
//! The writer (one thread: SQL, clustering, the text index) stores a batch while the
//! extraction threads extract the next one. With as many extraction threads as cores, the
//! writer shared its core with them and ran at about two thirds of it on two cores, and the
//! batch waited for it: a batch took about the writer's work plus a quarter of the extraction's
//! (BENCHMARKS.md, spd48). Here one extraction thread fewer runs while the writer stores a
//! batch, all of them while it waits for one: the writer has a core of its own, and the cores
//! are busy until both are done. On PostgreSQL the writer mostly waits for the server, which
//! may run elsewhere: every extraction thread runs there, as before.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

/// Whether the writer is storing a batch, which the extraction threads read before each
/// report.
#[derive(Default)]
pub struct Cores {
    /// Whether the last extraction thread gives the writer its core (else [`Cores::map`] runs
    /// every thread all along).
    yields: bool,
    writing: Mutex<bool>,
    changed: Condvar,
}

/// The writer's hold on its core, from [`Cores::writing`]: given back when dropped (also when
/// the writer stops on an error).
pub struct Writing<'a>(&'a Cores);

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        *self.0.lock() = false;
        self.0.changed.notify_all();
    }
}

impl Cores {
    /// `yields`: whether one extraction thread fewer runs while the writer stores a batch.
    pub fn new(yields: bool) -> Cores {
        Cores {
            yields,
            ..Cores::default()
        }
    }

    fn lock(&self) -> MutexGuard<'_, bool> {
        self.writing.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The writer takes its core, until the returned hold is dropped.
    pub fn writing(&self) -> Writing<'_> {
        *self.lock() = true;
        Writing(self)
    }

    /// `f` of every item, in order, on rayon's threads: each takes the next item not taken
    /// (one at a time, so that the threads finish together), but the last thread takes one only
    /// while the writer does not store a batch (with one thread, or when the writer takes no
    /// core, it always takes them).
    pub fn map<T: Send, U: Send>(&self, items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
        let n = items.len();
        let items: Vec<Mutex<Option<T>>> = items.into_iter().map(|t| Mutex::new(Some(t))).collect();
        let next = AtomicUsize::new(0);
        let done: Vec<Vec<(usize, U)>> = rayon::broadcast(|ctx| {
            let yields =
                self.yields && ctx.num_threads() > 1 && ctx.index() + 1 == ctx.num_threads();
            let mut out = Vec::new();
            loop {
                if yields {
                    let mut writing = self.lock();
                    while *writing && next.load(Ordering::Relaxed) < n {
                        writing = self
                            .changed
                            .wait(writing)
                            .unwrap_or_else(|e| e.into_inner());
                    }
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    // (a thread waiting for the writer stops waiting: nothing is left)
                    drop(self.lock());
                    self.changed.notify_all();
                    return out;
                }
                let item = items[i].lock().unwrap_or_else(|e| e.into_inner()).take();
                if let Some(item) = item {
                    out.push((i, f(item)));
                }
            }
        });
        let mut all: Vec<Option<U>> = (0..n).map(|_| None).collect();
        for (i, u) in done.into_iter().flatten() {
            all[i] = Some(u);
        }
        all.into_iter().flatten().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_in_order_with_or_without_the_writer() {
        let cores = Cores::new(true);
        let items: Vec<u32> = (0..1000).collect();
        let twice: Vec<u32> = items.iter().map(|i| 2 * i).collect();
        assert_eq!(cores.map(items.clone(), |i| 2 * i), twice);
        let writing = cores.writing();
        assert_eq!(cores.map(items.clone(), |i| 2 * i), twice);
        drop(writing);
        assert_eq!(cores.map(Vec::<u32>::new(), |i| i), Vec::<u32>::new());
    }

    /// Which of a pool of two threads take the items of [`Cores::map`]: each item waits until
    /// both threads took one, or `wait` has passed since the first.
    fn takers(pool: &rayon::ThreadPool, cores: &Cores, wait: u64) -> [bool; 2] {
        let seen = Mutex::new([false; 2]);
        let end = std::time::Instant::now() + std::time::Duration::from_millis(wait);
        pool.install(|| {
            cores.map((0..4).collect(), |_: u32| {
                let t = rayon::current_thread_index().unwrap();
                seen.lock().unwrap()[t] = true;
                while *seen.lock().unwrap() != [true; 2] && std::time::Instant::now() < end {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
            })
        });
        seen.into_inner().unwrap()
    }

    #[test]
    fn the_last_thread_waits_while_the_writer_stores() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let cores = Cores::new(true);
        let writing = cores.writing();
        // while the writer stores, every item is extracted on the first thread (the second
        // takes none in half a second)
        assert_eq!(takers(&pool, &cores, 500), [true, false]);
        drop(writing);
        // then both take items
        assert_eq!(takers(&pool, &cores, 10_000), [true, true]);
        // and both all along when the writer takes no core (PostgreSQL)
        let shared = Cores::new(false);
        let _writing = shared.writing();
        assert_eq!(takers(&pool, &shared, 10_000), [true, true]);
    }
}
