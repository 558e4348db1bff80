//! Each thread's one place to sleep: `Thread.sleep`, `Object.wait`, `LockSupport.park` and `Thread.join`
//! all block on the sleeping thread's own [`Parker`], and whoever wakes it (`interrupt`, `notify`,
//! `unpark`, a finishing thread) signals that parker. One condition variable per thread keeps wake-ups
//! precise (no thundering herd on a shared monitor condvar) and makes interruption uniform: an interrupt
//! wakes the thread whatever it is blocked in.
//!
//! The parker holds no Java references, so it may be used while the thread is in the safe state
//! (`safepoint`): the collector can run and move objects while a thread sleeps here.

use std::time::Instant;

use parking_lot::{Condvar, Mutex};

/// Why [`Parker::park`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WakeReason {
    /// [`Parker::unpark`] gave a permit (consumed by the return).
    Unparked,
    /// [`Parker::notify`] chose this thread (consumed by the return).
    Notified,
    /// The thread is interrupted (the flag is left set: the caller decides whether to clear it).
    Interrupted,
    /// The deadline passed.
    TimedOut,
    /// The VM is shutting down and wants every thread to unwind.
    Shutdown,
}

#[derive(Debug, Default)]
struct Signals {
    permit: bool,
    notified: bool,
    interrupted: bool,
    shutdown: bool,
}

/// A thread's blocking primitive (see the module documentation).
#[derive(Debug, Default)]
pub struct Parker {
    signals: Mutex<Signals>,
    changed: Condvar,
}

impl Parker {
    /// Blocks until a signal arrives or `deadline` passes. What counts as a signal: an unpark permit (if
    /// `take_permit`), a notification (if `take_notify`), an interrupt (if `interruptible`), shutdown always.
    /// Spurious returns do not happen; callers still loop on their own condition, as Java code does.
    pub fn park(&self, deadline: Option<Instant>, wake_on: WakeOn) -> WakeReason {
        let mut signals = self.signals.lock();
        loop {
            if signals.shutdown {
                return WakeReason::Shutdown;
            }
            if wake_on.interrupt && signals.interrupted {
                return WakeReason::Interrupted;
            }
            if wake_on.notify && signals.notified {
                signals.notified = false;
                return WakeReason::Notified;
            }
            if wake_on.permit && signals.permit {
                signals.permit = false;
                return WakeReason::Unparked;
            }
            match deadline {
                Some(deadline) => {
                    if self.changed.wait_until(&mut signals, deadline).timed_out() {
                        return WakeReason::TimedOut;
                    }
                }
                None => self.changed.wait(&mut signals),
            }
        }
    }

    /// Gives the thread a permit (`LockSupport.unpark`): its next `park` returns at once if it is not parked.
    pub fn unpark(&self) {
        self.signals.lock().permit = true;
        self.changed.notify_all();
    }

    /// Marks the thread as chosen by `notify`/`notifyAll` (the monitor code decides who is chosen).
    pub fn notify(&self) {
        self.signals.lock().notified = true;
        self.changed.notify_all();
    }

    /// Forgets a notification that arrived after the waiter stopped waiting (timeout or interrupt won).
    pub fn clear_notify(&self) -> bool {
        std::mem::take(&mut self.signals.lock().notified)
    }

    /// Sets the interrupt flag and wakes the thread if it sleeps, waits or parks.
    pub fn interrupt(&self) {
        let mut signals = self.signals.lock();
        signals.interrupted = true;
        signals.permit = true; // LockSupport.park returns on interrupt, as HotSpot's does.
        drop(signals);
        self.changed.notify_all();
    }

    /// Whether the interrupt flag is set.
    pub fn is_interrupted(&self) -> bool {
        self.signals.lock().interrupted
    }

    /// Clears the interrupt flag and says whether it was set (`Thread.interrupted()`).
    pub fn clear_interrupt(&self) -> bool {
        std::mem::take(&mut self.signals.lock().interrupted)
    }

    /// Wakes the thread for good: every later `park` returns [`WakeReason::Shutdown`] at once.
    pub fn shutdown(&self) {
        self.signals.lock().shutdown = true;
        self.changed.notify_all();
    }
}

/// Which signals end a [`Parker::park`].
#[derive(Debug, Clone, Copy)]
pub struct WakeOn {
    /// An unpark permit.
    pub permit: bool,
    /// A notification.
    pub notify: bool,
    /// An interrupt.
    pub interrupt: bool,
}

impl WakeOn {
    /// `Thread.sleep` and `Thread.join`: only an interrupt (or the deadline).
    pub const SLEEP: Self = Self { permit: false, notify: false, interrupt: true };
    /// `Object.wait`: a notification or an interrupt.
    pub const WAIT: Self = Self { permit: false, notify: true, interrupt: true };
    /// `LockSupport.park`: a permit (an interrupt also leaves one).
    pub const PARK: Self = Self { permit: true, notify: false, interrupt: true };
    /// Entering a contended monitor: the exiting owner's `notify` (the monitor code chooses whom to wake);
    /// not interruptible, as Java's monitor entry is not.
    pub const ENTER: Self = Self { permit: false, notify: true, interrupt: false };
}

impl crate::runtime::Runtime {
    /// The parker of the thread whose `java.lang.Thread` object is `target` (`LockSupport.unpark`): found
    /// through the object's `tid` in the thread registry, or `None` when that thread is not running.
    pub fn parker_of_thread_object(&self, thread: &crate::thread::JavaThread, target: crate::object::ObjRef) -> Option<std::sync::Arc<Parker>> {
        if thread.thread_object == Some(target) {
            return Some(std::sync::Arc::clone(&thread.parker));
        }
        // `target` is a `java.lang.Thread` (the natives' parameter type), so the class is loaded by now.
        let offset = *self.well_known().thread_tid.get_or_init(|| {
            self.find_loaded("java/lang/Thread", crate::class::LoaderId::Boot)
                .and_then(|class| class.declared_field("tid", "J").filter(|field| !field.is_static()).map(|field| field.offset))
        });
        self.threads.parker_of(target.read::<i64>(offset? as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::time::Duration;

    #[test]
    fn permit_before_park_returns_at_once() {
        let parker = Parker::default();
        parker.unpark();
        assert_eq!(parker.park(None, WakeOn::PARK), WakeReason::Unparked);
        let soon = Instant::now() + Duration::from_millis(20);
        assert_eq!(parker.park(Some(soon), WakeOn::PARK), WakeReason::TimedOut);
    }

    #[test]
    fn interrupt_wakes_a_sleeper_from_another_thread() {
        let parker = Arc::new(Parker::default());
        let sleeper = Arc::clone(&parker);
        let handle = std::thread::spawn(move || sleeper.park(None, WakeOn::SLEEP));
        std::thread::sleep(Duration::from_millis(20));
        parker.interrupt();
        assert_eq!(handle.join().unwrap(), WakeReason::Interrupted);
        assert!(parker.clear_interrupt());
        assert!(!parker.is_interrupted());
    }

    #[test]
    fn notify_is_not_an_unpark_permit() {
        let parker = Parker::default();
        parker.notify();
        let soon = Instant::now() + Duration::from_millis(10);
        assert_eq!(parker.park(Some(soon), WakeOn::PARK), WakeReason::TimedOut);
        assert_eq!(parker.park(None, WakeOn::WAIT), WakeReason::Notified);
    }
}
