//! Natives of `java.util.concurrent.locks.LockSupport`: parking on the thread's `Parker`.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rt::parker::WakeOn;
use rt::threads::JavaState;
use rt::{JavaThread, NativeRegistry, Runtime};

use super::{Args, void};

const CLASS: &str = "java/util/concurrent/locks/LockSupport";

/// When a `park0(absolute, time)` ends: `None` without limit, `Some(None)` when it is already over.
fn deadline(absolute: bool, time: i64) -> Option<Option<Instant>> {
    let now = Instant::now();
    if absolute {
        let epoch_ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
        let left = time.saturating_sub(epoch_ms);
        return Some((left > 0).then(|| now + Duration::from_millis(left as u64)));
    }
    (time > 0).then(|| Some(now + Duration::from_nanos(time as u64)))
}

fn park(rt: &Runtime, thread: &mut JavaThread, absolute: bool, time: i64) {
    let until = deadline(absolute, time);
    if until == Some(None) {
        return;
    }
    let parker = Arc::clone(&thread.parker);
    // Whatever ended the park (permit, interrupt, timeout, shutdown), the caller re-checks its condition.
    let state = if until.flatten().is_some() { JavaState::TimedWaiting } else { JavaState::Waiting };
    let _ = rt.blocking_as(thread, state, || parker.park(until.flatten(), WakeOn::PARK));
}

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register(CLASS, "park0", "(ZJ)V", |rt, thread, a| {
        let a = Args(a);
        park(rt, thread, a.int(0) != 0, a.long(1));
        void()
    });
    natives.register(CLASS, "unpark0", "(Ljava/lang/Thread;)V", |rt, thread, a| {
        let target = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        if let Some(parker) = rt.parker_of_thread_object(thread, target) {
            parker.unpark();
        }
        void()
    });
}
