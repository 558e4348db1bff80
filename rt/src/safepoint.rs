//! Thread states and the stop-the-world protocol (issue 9).
//!
//! The contract every blocking operation keeps: a thread that is about to block for an unbounded time
//! (acquiring a contended monitor or the heap lock, `wait`, `sleep`, `join`, `park`, reading stdin) does it
//! inside [`Runtime::blocking`]. While inside, the thread counts as stopped for safepoints: another thread may
//! collect garbage, scanning this thread's roots (frames, handles, pending exception) and moving objects. So
//! before the call, every reference the thread still needs must be in a frame slot the reference maps
//! describe or in a handle ([`JavaThread::protect`]), exactly as across an allocation; the closure itself must
//! not touch Java objects. When the closure returns, `blocking` waits for any collection in progress to end
//! before the thread resumes running Java code.
//!
//! Today (one Java thread per VM) nothing can collect while a thread blocks, so `blocking` only runs the
//! closure; the threads work replaces the body with the state transition and keeps this signature.

use crate::runtime::Runtime;
use crate::thread::JavaThread;

impl Runtime {
    /// Runs `wait` with `thread` in the safe state (see the module documentation).
    pub fn blocking<R>(&self, thread: &mut JavaThread, wait: impl FnOnce() -> R) -> R {
        let _ = thread;
        wait()
    }
}
