//! Monitors on OS threads without Java: objects are bare headers (locking touches only the mark word).

use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::*;
use crate::runtime::{BootClassSource, RuntimeOptions};

struct NoClasses;
impl BootClassSource for NoClasses {
    fn find(&self, _: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
        None
    }
}

fn runtime() -> Runtime {
    Runtime::new(RuntimeOptions::default(), Box::new(NoClasses), crate::NativeRegistry::new())
}

/// A header-only object in `words` (which must outlive its use).
fn object(words: &mut [u64; 4]) -> ObjRef {
    ObjRef::from_raw(NonNull::new(words.as_mut_ptr().cast()).expect("not null"))
}

#[test]
fn thin_locks_count_entries_and_keep_the_hash() {
    let rt = runtime();
    let mut words = [0u64; 4];
    let obj = object(&mut words);
    let hash = obj.identity_hash(|| 0x1234);
    let mut thread = JavaThread::new("t", 64);
    for _ in 0..3 {
        rt.monitor_enter(&mut thread, obj).expect("enter");
    }
    let m = obj.mark().load(Ordering::Relaxed);
    assert_eq!(m & STATE_MASK, THIN);
    assert_eq!(m >> COUNT_SHIFT, 2);
    assert!(rt.holds_lock(&thread, obj));
    for _ in 0..3 {
        rt.monitor_exit(&mut thread, obj).expect("exit");
    }
    assert!(!rt.holds_lock(&thread, obj));
    assert_eq!(obj.mark().load(Ordering::Relaxed) & LOCK_FIELD_MASK, 0);
    assert_eq!(obj.identity_hash(|| 99), hash);
}

#[test]
fn deep_recursion_inflates_and_deflates() {
    let rt = runtime();
    let mut words = [0u64; 4];
    let obj = object(&mut words);
    let mut thread = JavaThread::new("t", 64);
    let depth = MAX_THIN_COUNT as usize + 10;
    for _ in 0..depth {
        rt.monitor_enter(&mut thread, obj).expect("enter");
    }
    assert_eq!(obj.mark().load(Ordering::Relaxed) & STATE_MASK, INFLATED);
    assert_eq!(rt.monitor_table().inflated_count(), 1);
    for _ in 0..depth {
        rt.monitor_exit(&mut thread, obj).expect("exit");
    }
    assert_eq!(obj.mark().load(Ordering::Relaxed) & LOCK_FIELD_MASK, 0);
    assert_eq!(rt.monitor_table().inflated_count(), 0);
}

#[test]
fn contended_increments_are_exact() {
    let rt = runtime();
    let mut words = [0u64; 4];
    let obj = object(&mut words);
    let counter = AtomicU64::new(0);
    const THREADS: u64 = 4;
    const ROUNDS: u64 = 5_000;
    std::thread::scope(|s| {
        for n in 0..THREADS {
            let (rt, counter) = (&rt, &counter);
            s.spawn(move || {
                let mut thread = JavaThread::new(&format!("t{n}"), 64);
                for _ in 0..ROUNDS {
                    rt.monitor_enter(&mut thread, obj).expect("enter");
                    rt.monitor_enter(&mut thread, obj).expect("re-enter");
                    // A read and a separate write: only mutual exclusion keeps every increment.
                    let v = counter.load(Ordering::Relaxed);
                    std::hint::spin_loop();
                    counter.store(v + 1, Ordering::Relaxed);
                    rt.monitor_exit(&mut thread, obj).expect("exit");
                    rt.monitor_exit(&mut thread, obj).expect("exit");
                }
            });
        }
    });
    assert_eq!(counter.load(Ordering::Relaxed), THREADS * ROUNDS);
    assert_eq!(obj.mark().load(Ordering::Relaxed) & LOCK_FIELD_MASK, 0);
    assert_eq!(rt.monitor_table().inflated_count(), 0);
}

#[test]
fn notify_wakes_a_waiter_which_gets_its_count_back() {
    let rt = runtime();
    let mut words = [0u64; 4];
    let obj = object(&mut words);
    let stage = AtomicU64::new(0);
    std::thread::scope(|s| {
        let (rt_ref, stage_ref) = (&rt, &stage);
        s.spawn(move || {
            let mut thread = JavaThread::new("waiter", 64);
            rt_ref.monitor_enter(&mut thread, obj).expect("enter");
            rt_ref.monitor_enter(&mut thread, obj).expect("enter");
            stage_ref.store(1, Ordering::SeqCst);
            while stage_ref.load(Ordering::SeqCst) != 2 {
                rt_ref.monitor_wait(&mut thread, obj, 0).expect("wait");
            }
            assert!(rt_ref.holds_lock(&thread, obj));
            rt_ref.monitor_exit(&mut thread, obj).expect("exit");
            assert!(rt_ref.holds_lock(&thread, obj), "two entries were restored");
            rt_ref.monitor_exit(&mut thread, obj).expect("exit");
        });
        let mut thread = JavaThread::new("notifier", 64);
        while stage.load(Ordering::SeqCst) != 1 {
            std::thread::yield_now();
        }
        rt.monitor_enter(&mut thread, obj).expect("enter");
        stage.store(2, Ordering::SeqCst);
        rt.monitor_notify(&mut thread, obj, true).expect("notify");
        rt.monitor_exit(&mut thread, obj).expect("exit");
    });
    assert_eq!(obj.mark().load(Ordering::Relaxed) & LOCK_FIELD_MASK, 0);
    assert_eq!(rt.monitor_table().inflated_count(), 0);
}

#[test]
fn timed_wait_returns_owning_the_monitor() {
    let rt = runtime();
    let mut words = [0u64; 4];
    let obj = object(&mut words);
    let mut thread = JavaThread::new("t", 64);
    rt.monitor_enter(&mut thread, obj).expect("enter");
    let start = Instant::now();
    rt.monitor_wait(&mut thread, obj, 30).expect("wait");
    assert!(start.elapsed() >= Duration::from_millis(30));
    assert!(rt.holds_lock(&thread, obj));
    rt.monitor_exit(&mut thread, obj).expect("exit");
    assert_eq!(rt.monitor_table().inflated_count(), 0);
}
