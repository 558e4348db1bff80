//! `Thread.dumpThreads`: the stacks of other threads (`Thread.getStackTrace`, `Thread.getAllStackTraces`).
//!
//! A running thread's frame records change under any reader, so they are read only while every other thread
//! is stopped: the caller stops the world (the collector's protocol: each thread is parked at a safepoint poll
//! or blocked), copies each target's records into backtrace entries, lets the world go, and only then
//! allocates the `StackTraceElement`s. Nothing is allocated while the world is stopped (an allocation that
//! needed a collection would wait for the stop it is part of), and the threads array, kept in a handle, cannot
//! move meanwhile because only the stopping thread could collect.

use rt::{JResult, JavaThread, LoaderId, NativeRegistry, ObjRef, Runtime};

use super::throwable::{backtrace_of, decode_entries};
use super::{Args, reference};

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register(
        "java/lang/Thread",
        "dumpThreads",
        "([Ljava/lang/Thread;)[[Ljava/lang/StackTraceElement;",
        |rt, thread, a| {
            let targets = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
            reference(Some(dump(rt, thread, targets)?))
        },
    );
}

/// The stack trace of each thread in `targets` (a `Thread[]`), null for one that is not attached.
fn dump(rt: &Runtime, thread: &mut JavaThread, targets: ObjRef) -> JResult<ObjRef> {
    let mark = thread.handle_mark();
    let targets = thread.protect(Some(targets));
    let backtraces = {
        let mut world = rt.stop_the_world(thread, false).expect("a stop that need not be skipped happens");
        let targets = thread.get_nonnull(targets);
        let wanted: Vec<u64> = (0..targets.array_length() as usize).map(|k| targets.array_get::<u64>(k)).collect();
        let mut found: Vec<Option<Vec<i64>>> = vec![None; wanted.len()];
        let mut take = |t: &JavaThread| {
            let Some(object) = t.thread_object else { return };
            for (slot, want) in found.iter_mut().zip(&wanted) {
                if *want == object.to_slot() {
                    *slot = Some(backtrace_of(&t.frames));
                }
            }
        };
        take(thread);
        world.for_each_thread(&mut |other| take(other));
        found
    };
    let element_class = rt.load_class(thread, "java/lang/StackTraceElement", LoaderId::Boot);
    let result = element_class.and_then(|element_class| {
        let trace_class = rt.array_class_of(element_class);
        let array = rt.alloc_array(thread, rt.array_class_of(trace_class), backtraces.len() as i32)?;
        let array = thread.protect(Some(array));
        for (k, backtrace) in backtraces.iter().enumerate() {
            let Some(entries) = backtrace else { continue };
            let trace = decode_entries(rt, thread, entries)?;
            let array = thread.get_nonnull(array);
            array.array_set::<u64>(k, trace.to_slot());
            rt.barrier().post_write(array.field_addr(ObjRef::element_offset(k, 8)));
        }
        Ok(thread.get_nonnull(array))
    });
    thread.release_handles(mark);
    result
}
