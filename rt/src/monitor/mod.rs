//! Java monitors: `synchronized`, `monitorenter`/`monitorexit`, and (in [`wait`]) `Object.wait`/`notify`.
//!
//! # Lock states in the mark word
//! The runtime owns bits 0-1 and 8-63 of the mark word ([`gc::layout::mark`]); bits 8-38 are the identity
//! hash, and locking uses bits 0-1 (the state) and 39-63 (the payload):
//!
//! | bits 0-1 | state | bits 39-63 |
//! | --- | --- | --- |
//! | `00` | unlocked | 0 |
//! | `01` | thin: owned by one thread, nobody waiting | owner id (39-54), extra entries (55-63) |
//! | `10` | inflated | index of a fat monitor in the runtime's [`MonitorTable`] |
//!
//! (`11` is the collector's forwarding tag and never a lock state.) The collector copies mark words with
//! their objects and preserves every non-GC bit across compaction, so lock state survives moves; the fat
//! monitor is found by index, never by address.
//!
//! # Thin locks
//! A thread's *owner bits* ([`JavaThread::lock_bits`]) are `id << 39 | 01`, with a small id leased from the
//! runtime on the thread's first lock. Entering an unlocked object is one compare-and-swap of the mark word
//! (`m` to `m | owner bits`: the hash and GC bits are kept); leaving is the reverse swap. Re-entry by the owner
//! counts in bits 55-63. Both tiers inline these two swaps ([`try_enter_thin`], [`try_exit_thin`]; the JIT
//! also the swaps that count a re-entry in and out) and call
//! [`Runtime::monitor_enter`]/[`Runtime::monitor_exit`] for everything else, so single-threaded code that
//! synchronizes pays two atomic instructions per `synchronized` region.
//!
//! # Inflation
//! A thread that finds the object thin-locked by another thread, a thin lock whose count would overflow, and
//! `wait` on a thin lock all *inflate*: take a free fat monitor from the table, lock its mutex, copy the thin
//! owner and count into it, and swap the mark word to "inflated, index i". A fat monitor has an owner and
//! count, a FIFO of entrants (threads blocked entering) and a FIFO wait set, each thread represented by its
//! [`Parker`](crate::parker::Parker): blocked threads sleep on their own parker, inside
//! [`Runtime::blocking`] (the object kept in a handle, so the collector may move it meanwhile). An exit
//! wakes the first entrant, which competes for the monitor again (no hand-off, so no convoys).
//!
//! # Deflation
//! When the owner leaves an inflated monitor that nobody else owns, enters or waits on, it restores the mark
//! word to unlocked and frees the index. Every change of a mark word into or out of "inflated with index i"
//! happens with monitor i's mutex held, so a thread that read index i and then locked the mutex re-reads the
//! mark word: if it no longer names i, the monitor was deflated (and maybe reused for another object) and the
//! thread starts over. An inflated monitor is therefore always in use by some thread, which keeps its object
//! alive: the table needs no weak references and the collector knows nothing of it.

mod table;
pub mod wait;

pub use table::{MonitorTable, OwnerLease};

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use table::FatMonitor;

use crate::object::ObjRef;
use crate::parker::{WakeOn, WakeReason};
use crate::runtime::Runtime;
use crate::thread::{Handle, JResult, JavaThread, Thrown};
use crate::threads::JavaState;

/// Bits 0-1: the lock state.
pub const STATE_MASK: u64 = gc::layout::mark::LOCK_MASK;
/// State `01`: thin-locked.
pub const THIN: u64 = 0b01;
/// State `10`: inflated.
pub const INFLATED: u64 = 0b10;
/// Where the payload (owner id and count, or monitor index) starts.
pub const PAYLOAD_SHIFT: u32 = 39;
/// Every bit locking owns: the state and the payload. The rest (hash, GC bits) is kept by every swap.
pub const LOCK_FIELD_MASK: u64 = STATE_MASK | (!0u64 << PAYLOAD_SHIFT);
/// Bits of the thin owner id.
const OWNER_BITS: u32 = 16;
/// The highest owner id.
pub(crate) const MAX_OWNERS: u32 = (1 << OWNER_BITS) - 1;
/// Where a thin lock's count of extra entries starts.
pub const COUNT_SHIFT: u32 = PAYLOAD_SHIFT + OWNER_BITS;
/// The most extra entries a thin lock counts.
pub const MAX_THIN_COUNT: u64 = (1 << (64 - COUNT_SHIFT)) - 1;
/// The state and owner id of a thin lock (everything but the count).
pub const THIN_OWNER_MASK: u64 = STATE_MASK | (((1u64 << OWNER_BITS) - 1) << PAYLOAD_SHIFT);
/// Bits of a fat monitor's index.
pub(crate) const INDEX_BITS: u32 = 64 - PAYLOAD_SHIFT;

/// The mark word of `obj`.
#[inline(always)]
fn mark(obj: ObjRef) -> &'static AtomicU64 {
    obj.mark()
}

/// Tries the uncontended entry: `obj` unlocked, becomes thin-locked by the thread with owner bits `bits`
/// (non-zero). Both tiers inline this; on `false` they call [`Runtime::monitor_enter`].
#[inline(always)]
pub fn try_enter_thin(obj: ObjRef, bits: u64) -> bool {
    let m = mark(obj).load(Ordering::Relaxed);
    m & STATE_MASK == 0
        && bits != 0
        && mark(obj).compare_exchange(m, m | bits, Ordering::Acquire, Ordering::Relaxed).is_ok()
}

/// Tries the uncontended exit: `obj` thin-locked once by the thread with owner bits `bits`, becomes
/// unlocked. On `false` call [`Runtime::monitor_exit`].
#[inline(always)]
pub fn try_exit_thin(obj: ObjRef, bits: u64) -> bool {
    let m = mark(obj).load(Ordering::Relaxed);
    m & LOCK_FIELD_MASK == bits
        && bits != 0
        && mark(obj).compare_exchange(m, m & !LOCK_FIELD_MASK, Ordering::Release, Ordering::Relaxed).is_ok()
}

/// The index in an inflated mark word.
fn index_of(m: u64) -> u32 {
    (m >> PAYLOAD_SHIFT) as u32
}

/// `m` with its lock field replaced by `field`.
fn with_lock_field(m: u64, field: u64) -> u64 {
    (m & !LOCK_FIELD_MASK) | field
}

/// The lock field of a thin lock by `bits` with `count` extra entries.
fn thin_field(bits: u64, count: u64) -> u64 {
    bits | (count << COUNT_SHIFT)
}

/// The outcome of one attempt at a fat monitor.
enum Attempt<T> {
    /// Done.
    Done(T),
    /// The monitor was deflated under us: read the mark word again.
    Retry,
}

impl Runtime {
    /// The thread's owner bits, leasing an owner id on first use.
    pub fn lock_bits(&self, thread: &mut JavaThread) -> JResult<u64> {
        if thread.lock_bits == 0 {
            let Some(lease) = self.monitors.lease_owner_id() else {
                return Err(self.throw_new(thread, "java/lang/InternalError", Some("more threads lock at once than Cortado can name")));
            };
            thread.lock_bits = (u64::from(lease.id()) << PAYLOAD_SHIFT) | THIN;
            thread.lock_lease = Some(lease);
        }
        Ok(thread.lock_bits)
    }

    /// `monitorenter`: locks `obj`'s monitor for `thread`, blocking (in the safe state) while another thread
    /// owns it. Fails only when the VM stops the thread while it waits.
    pub fn monitor_enter(&self, thread: &mut JavaThread, obj: ObjRef) -> JResult<()> {
        let bits = self.lock_bits(thread)?;
        if try_enter_thin(obj, bits) {
            return Ok(());
        }
        let mark_handles = thread.handle_mark();
        let handle = thread.protect(Some(obj));
        let result = self.enter_counted(thread, handle, bits, 1);
        thread.release_handles(mark_handles);
        result
    }

    /// Locks the object in `handle` with `entries` entries (1 for `monitorenter`; the saved count when
    /// `wait` re-acquires).
    fn enter_counted(&self, thread: &mut JavaThread, handle: Handle, bits: u64, entries: u32) -> JResult<()> {
        loop {
            let obj = thread.get_nonnull(handle);
            let m = mark(obj).load(Ordering::Relaxed);
            match m & STATE_MASK {
                0 => {
                    let extra = u64::from(entries - 1);
                    if extra <= MAX_THIN_COUNT {
                        let new = with_lock_field(m, thin_field(bits, extra));
                        if mark(obj).compare_exchange(m, new, Ordering::Acquire, Ordering::Relaxed).is_ok() {
                            return Ok(());
                        }
                    } else {
                        self.inflate(thread, obj, m)?;
                    }
                }
                THIN if m & THIN_OWNER_MASK == bits => {
                    let count = (m >> COUNT_SHIFT) + u64::from(entries);
                    if count <= MAX_THIN_COUNT {
                        let new = with_lock_field(m, thin_field(bits, count));
                        if mark(obj).compare_exchange(m, new, Ordering::Relaxed, Ordering::Relaxed).is_ok() {
                            return Ok(());
                        }
                    } else {
                        self.inflate(thread, obj, m)?;
                    }
                }
                THIN => {
                    self.inflate(thread, obj, m)?;
                }
                _ => {
                    let index = index_of(m);
                    let monitor = self.monitors.get(index);
                    match self.enter_fat(thread, handle, &monitor, index, bits, entries)? {
                        Attempt::Done(()) => return Ok(()),
                        Attempt::Retry => {}
                    }
                }
            }
        }
    }

    /// One attempt to enter the fat monitor `index`, blocking while it is owned.
    fn enter_fat(
        &self,
        thread: &mut JavaThread,
        handle: Handle,
        monitor: &Arc<FatMonitor>,
        index: u32,
        bits: u64,
        entries: u32,
    ) -> JResult<Attempt<()>> {
        loop {
            {
                let mut state = monitor.lock();
                if !names(thread.get_nonnull(handle), index) {
                    state.leave_entrants(bits);
                    return Ok(Attempt::Retry);
                }
                if state.owner == bits {
                    state.recursion += entries;
                    return Ok(Attempt::Done(()));
                }
                if state.owner == 0 {
                    state.owner = bits;
                    state.recursion = entries - 1;
                    state.leave_entrants(bits);
                    drop(state);
                    thread.parker.clear_notify();
                    return Ok(Attempt::Done(()));
                }
                if !state.entrants.iter().any(|(o, _)| *o == bits) {
                    state.entrants.push_back((bits, Arc::clone(&thread.parker)));
                }
            }
            let parker = Arc::clone(&thread.parker);
            let reason = self.blocking_as(thread, JavaState::Blocked, || parker.park(None, WakeOn::ENTER));
            if reason == WakeReason::Shutdown {
                monitor.lock().leave_entrants(bits);
                return Err(stop_for_shutdown(thread));
            }
        }
    }

    /// Inflates `obj`, whose mark word was `m` (unlocked, or thin-locked by anyone): on success its mark word
    /// names a fat monitor holding the thin owner and count; on a lost race nothing changes. The caller reads
    /// the mark word again either way.
    fn inflate(&self, thread: &mut JavaThread, obj: ObjRef, m: u64) -> JResult<()> {
        let Some((index, monitor)) = self.monitors.allocate() else {
            return Err(self.throw_new(thread, "java/lang/InternalError", Some("too many inflated monitors")));
        };
        let mut state = monitor.lock();
        debug_assert!(state.is_idle());
        if m & STATE_MASK == THIN {
            state.owner = m & THIN_OWNER_MASK;
            state.recursion = (m >> COUNT_SHIFT) as u32;
        }
        let new = with_lock_field(m, (u64::from(index) << PAYLOAD_SHIFT) | INFLATED);
        if mark(obj).compare_exchange(m, new, Ordering::AcqRel, Ordering::Relaxed).is_err() {
            *state = Default::default();
            self.monitors.free(index);
        }
        Ok(())
    }

    /// `monitorexit`: unlocks `obj`'s monitor once; `IllegalMonitorStateException` unless `thread` owns it.
    pub fn monitor_exit(&self, thread: &mut JavaThread, obj: ObjRef) -> JResult<()> {
        let bits = thread.lock_bits;
        if try_exit_thin(obj, bits) {
            return Ok(());
        }
        loop {
            let m = mark(obj).load(Ordering::Relaxed);
            match m & STATE_MASK {
                THIN if bits != 0 && m & THIN_OWNER_MASK == bits => {
                    let count = m >> COUNT_SHIFT;
                    let field = if count == 0 { 0 } else { thin_field(bits, count - 1) };
                    if mark(obj).compare_exchange(m, with_lock_field(m, field), Ordering::Release, Ordering::Relaxed).is_ok() {
                        return Ok(());
                    }
                }
                INFLATED => {
                    let index = index_of(m);
                    let monitor = self.monitors.get(index);
                    let mut state = monitor.lock();
                    if !names(obj, index) {
                        continue;
                    }
                    if bits == 0 || state.owner != bits {
                        drop(state);
                        return Err(self.throw_not_owner(thread));
                    }
                    if state.recursion > 0 {
                        state.recursion -= 1;
                    } else {
                        state.release();
                        self.deflate_if_idle(obj, index, &mut state);
                    }
                    return Ok(());
                }
                _ => return Err(self.throw_not_owner(thread)),
            }
        }
    }

    /// Restores `obj`'s mark word to unlocked and frees monitor `index` if nobody uses it. The caller holds
    /// the monitor's mutex (`state`) and has checked that the mark word names it.
    fn deflate_if_idle(&self, obj: ObjRef, index: u32, state: &mut table::MonitorState) {
        if !state.is_idle() {
            return;
        }
        // Only the hash and GC bits can change meanwhile (other lock changes need this mutex).
        let _ = mark(obj).fetch_update(Ordering::Release, Ordering::Relaxed, |m| Some(with_lock_field(m, 0)));
        self.monitors.free(index);
    }

    /// `IllegalMonitorStateException` with HotSpot's message.
    pub fn throw_not_owner(&self, thread: &mut JavaThread) -> Thrown {
        self.throw_new(thread, "java/lang/IllegalMonitorStateException", Some("current thread is not owner"))
    }

    /// Whether `thread` owns `obj`'s monitor (`Thread.holdsLock`).
    pub fn holds_lock(&self, thread: &JavaThread, obj: ObjRef) -> bool {
        let bits = thread.lock_bits;
        if bits == 0 {
            return false;
        }
        loop {
            let m = mark(obj).load(Ordering::Acquire);
            match m & STATE_MASK {
                THIN => return m & THIN_OWNER_MASK == bits,
                INFLATED => {
                    let index = index_of(m);
                    let monitor = self.monitors.get(index);
                    let state = monitor.lock();
                    if names(obj, index) {
                        return state.owner == bits;
                    }
                }
                _ => return false,
            }
        }
    }

    /// The runtime's fat monitors (for statistics and tests).
    pub fn monitor_table(&self) -> &MonitorTable {
        &self.monitors
    }
}

/// Whether `obj`'s mark word names fat monitor `index` (read with that monitor's mutex held).
fn names(obj: ObjRef, index: u32) -> bool {
    let m = mark(obj).load(Ordering::Acquire);
    m & STATE_MASK == INFLATED && index_of(m) == index
}

/// The VM is shutting down while the thread blocks: it unwinds as `System.exit` makes threads do.
fn stop_for_shutdown(thread: &mut JavaThread) -> Thrown {
    thread.exit_status.get_or_insert(0);
    Thrown
}

#[cfg(test)]
mod tests;
