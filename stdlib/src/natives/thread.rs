//! Natives of `java.lang.Thread`: binding the main thread, starting threads, sleep, join, interruption and
//! state, over `rt`'s thread registry (threads are named by their `Thread.getId`).

use rt::thread_start::ThreadStart;
use rt::{NativeRegistry, Runtime};

use super::{Args, boolean, int, reference, void};

const T: &str = "java/lang/Thread";

pub(crate) fn register(natives: &mut NativeRegistry) {
    natives.register(T, "attach0", "(Ljava/lang/Thread;J)V", |rt, thread, a| {
        let a = Args(a);
        thread.thread_object = a.obj(0);
        rt.threads.set_java_id(thread, a.long(1), false);
        void()
    });
    natives.register(T, "currentThread", "()Ljava/lang/Thread;", |_, thread, _| reference(thread.thread_object));
    natives.register(T, "start0", "(JLjava/lang/String;ZZ)V", |rt, thread, a| {
        let a = Args(a);
        let Some(this) = a.obj(0) else { return Err(rt.throw_null_pointer(thread)) };
        let name = a.obj(3).map_or_else(String::new, |s| rt.string_to_rust(s));
        let start = ThreadStart { java_id: a.long(1), name, daemon: a.int(4) != 0, interrupted: a.int(5) != 0 };
        rt.start_thread(thread, this, start)?;
        void()
    });
    natives.register(T, "sleep0", "(J)V", |rt, thread, a| {
        rt.sleep(thread, Args(a).long(0))?;
        void()
    });
    natives.register(T, "join0", "(JJ)V", |rt, thread, a| {
        let a = Args(a);
        rt.join(thread, a.long(0), a.long(2))?;
        void()
    });
    natives.register(T, "interrupt0", "(J)Z", |rt, _, a| {
        let parker = rt.threads.parker_of(Args(a).long(0));
        boolean(parker.map(|p| p.interrupt()).is_some())
    });
    natives.register(T, "isInterrupted0", "(J)I", |rt, _, a| {
        int(rt.threads.parker_of(Args(a).long(0)).map_or(-1, |p| i32::from(p.is_interrupted())))
    });
    natives.register(T, "clearInterrupt0", "()Z", |_, thread, _| boolean(thread.parker.clear_interrupt()));
    natives.register(T, "isAlive0", "(J)Z", |rt, _, a| boolean(rt.threads.is_alive(Args(a).long(0))));
    natives.register(T, "state0", "(J)I", |rt, _, a| int(state(rt, Args(a).long(0))));
    natives.register(T, "holdsLock", "(Ljava/lang/Object;)Z", |rt, thread, a| {
        let obj = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        boolean(rt.holds_lock(thread, obj))
    });
    natives.register(T, "yield0", "()V", |_, _, _| {
        std::thread::yield_now();
        void()
    });
}

/// The `Thread.State` ordinal of a live thread, -1 if it is not alive.
fn state(rt: &Runtime, java_id: i64) -> i32 {
    rt.threads.java_state_of(java_id).map_or(-1, i32::from)
}
