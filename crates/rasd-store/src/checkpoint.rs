//! WAL checkpoints on a thread of their own (SQLite), for a long ingest
//! ([`Store::background_checkpoints`]).
//!
//! By default SQLite checkpoints inside the commit that takes the write-ahead log past 1,000
//! pages: with batches of hundreds of reports, every commit copies its pages into the database
//! file and syncs it, on the writer's thread (about a tenth of the writer's time over 100,000
//! reports, BENCHMARKS.md). Here a `PASSIVE` checkpoint from a second connection runs beside
//! the writer instead (WAL lets one checkpointer and one writer work at once), so the copy and
//! the sync leave the writer's critical path; and it runs after every [`EVERY`] commits, so a
//! page that several batches change (an index's inner pages, a table's last leaf) is copied
//! once, not once a batch. The writer keeps a large automatic checkpoint as a bound on the log
//! should this thread fall behind.

use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

use crate::StoreError;

/// The writer's own automatic checkpoint while a background checkpointer runs: 256 MiB of
/// 4 KiB pages (the default is 1,000 pages).
pub(crate) const BACKSTOP_PAGES: i64 = 65_536;

/// Commits between two checkpoints (a batch of 500 synthetic reports writes about 4,000 pages
/// to the log; `rasd ingest` stores batches of 2,000 by default, so that two of them stay well
/// under [`BACKSTOP_PAGES`]).
const EVERY: u64 = 2;

/// A thread that checkpoints a SQLite file's log when asked; stopped (and joined) on drop.
pub(crate) struct Checkpointer {
    tx: Option<SyncSender<()>>,
    commits: u64,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Opens a second connection to `path` and starts the thread.
    pub(crate) fn start(path: &str) -> Result<Checkpointer, StoreError> {
        let conn = rusqlite::Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                | rusqlite::OpenFlags::SQLITE_OPEN_URI
                | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(crate::SQLITE_BUSY_TIMEOUT)?;
        // one request waits at most: requests made while a checkpoint runs are one more
        let (tx, rx) = sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("rasd-checkpoint".into())
            .spawn(move || {
                for () in rx {
                    // PASSIVE: copies what no reader still needs, never waits on the writer; an
                    // error (busy) leaves the pages for the next request
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })
            .map_err(|e| StoreError::Record {
                event_id: String::new(),
                reason: format!("cannot start the checkpoint thread: {e}"),
            })?;
        Ok(Checkpointer {
            commits: 0,
            tx: Some(tx),
            thread: Some(thread),
        })
    }

    /// Counts a commit, and every [`EVERY`] commits asks for a checkpoint; never blocks.
    pub(crate) fn committed(&mut self) {
        self.commits += 1;
        if !self.commits.is_multiple_of(EVERY) {
            return;
        }
        if let Some(tx) = &self.tx {
            // full: a checkpoint is already asked for; disconnected: the thread is gone, and
            // the writer's own automatic checkpoint bounds the log
            let _ = tx.try_send(());
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        drop(self.tx.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
