//! Fat monitors and the per-runtime table that holds them, and the small owner ids threads lock with.
//!
//! A fat monitor is found from its object's mark word by index (objects move; the table does not). Indices
//! are reused: a monitor whose object's mark word no longer names it is free (deflated), and a thread that
//! looked the index up before it was freed notices, because every change of an object's mark word into or out
//! of "inflated with index i" happens with monitor i's mutex held (see `super`).

use std::collections::VecDeque;
use std::sync::Arc;

use parking_lot::{Mutex, MutexGuard};

use crate::parker::Parker;

/// A thread waiting in `Object.wait` on a monitor.
#[derive(Debug)]
pub(crate) struct Waiter {
    /// The waiting thread's owner bits (its identity here).
    pub(crate) owner: u64,
    /// Where it sleeps.
    pub(crate) parker: Arc<Parker>,
}

/// The state of one fat monitor, behind its mutex.
#[derive(Debug, Default)]
pub(crate) struct MonitorState {
    /// The owner's thin-lock bits ([`JavaThread::lock_bits`](crate::thread::JavaThread::lock_bits)), or 0.
    pub(crate) owner: u64,
    /// Entries beyond the first by the owner.
    pub(crate) recursion: u32,
    /// Threads blocked entering, in arrival order: `(owner bits, parker)`.
    pub(crate) entrants: VecDeque<(u64, Arc<Parker>)>,
    /// Threads in `wait`, in arrival order (`notify` takes the first).
    pub(crate) waiters: VecDeque<Waiter>,
}

impl MonitorState {
    /// Whether nobody owns, enters or waits on the monitor: it may be deflated.
    pub(crate) fn is_idle(&self) -> bool {
        self.owner == 0 && self.entrants.is_empty() && self.waiters.is_empty()
    }

    /// Releases ownership completely and wakes the first entrant, if any, to compete for the monitor.
    pub(crate) fn release(&mut self) {
        self.owner = 0;
        self.recursion = 0;
        if let Some((_, parker)) = self.entrants.front() {
            parker.notify();
        }
    }

    /// Removes `owner` from the entrants, if queued.
    pub(crate) fn leave_entrants(&mut self, owner: u64) {
        self.entrants.retain(|(o, _)| *o != owner);
    }
}

/// One fat monitor.
#[derive(Debug, Default)]
pub(crate) struct FatMonitor {
    state: Mutex<MonitorState>,
}

impl FatMonitor {
    /// Locks the monitor's state.
    pub(crate) fn lock(&self) -> MutexGuard<'_, MonitorState> {
        self.state.lock()
    }
}

/// The runtime's fat monitors and owner ids.
#[derive(Debug, Default)]
pub struct MonitorTable {
    slab: Mutex<Slab>,
    owner_ids: Arc<Mutex<OwnerIds>>,
}

#[derive(Debug, Default)]
struct Slab {
    monitors: Vec<Arc<FatMonitor>>,
    free: Vec<u32>,
}

/// The most fat monitors in use at once (the index field of the mark word).
pub(crate) const MAX_MONITORS: usize = 1 << super::INDEX_BITS;

impl MonitorTable {
    /// The monitor with index `index`.
    pub(crate) fn get(&self, index: u32) -> Arc<FatMonitor> {
        Arc::clone(&self.slab.lock().monitors[index as usize])
    }

    /// A free monitor and its index; `None` when all indices are in use.
    pub(crate) fn allocate(&self) -> Option<(u32, Arc<FatMonitor>)> {
        let mut slab = self.slab.lock();
        if let Some(index) = slab.free.pop() {
            return Some((index, Arc::clone(&slab.monitors[index as usize])));
        }
        if slab.monitors.len() >= MAX_MONITORS {
            return None;
        }
        let monitor = Arc::new(FatMonitor::default());
        slab.monitors.push(Arc::clone(&monitor));
        Some(((slab.monitors.len() - 1) as u32, monitor))
    }

    /// Gives index `index` back. The caller holds the monitor's mutex, has found it idle and has taken its
    /// index out of the object's mark word (or never put it there).
    pub(crate) fn free(&self, index: u32) {
        self.slab.lock().free.push(index);
    }

    /// How many fat monitors exist (in use or free), for tests and statistics.
    pub fn inflated_count(&self) -> usize {
        let slab = self.slab.lock();
        slab.monitors.len() - slab.free.len()
    }

    /// A fresh owner id (1 ..= `MAX_OWNERS`), returned to the pool when the lease is dropped.
    pub(crate) fn lease_owner_id(&self) -> Option<OwnerLease> {
        let mut ids = self.owner_ids.lock();
        let id = match ids.free.pop() {
            Some(id) => id,
            None if ids.next < super::MAX_OWNERS => {
                ids.next += 1;
                ids.next
            }
            None => return None,
        };
        Some(OwnerLease { id, pool: Arc::clone(&self.owner_ids) })
    }
}

#[derive(Debug, Default)]
struct OwnerIds {
    next: u32,
    free: Vec<u32>,
}

/// A thread's owner id, held for the thread's life ([`JavaThread::lock_lease`](crate::thread::JavaThread)).
#[derive(Debug)]
pub struct OwnerLease {
    id: u32,
    pool: Arc<Mutex<OwnerIds>>,
}

impl OwnerLease {
    /// The id.
    pub fn id(&self) -> u32 {
        self.id
    }
}

impl Drop for OwnerLease {
    fn drop(&mut self) {
        self.pool.lock().free.push(self.id);
    }
}
