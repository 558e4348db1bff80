//! `System`'s natives: `arraycopy` (`rt::arraycopy`, which compiled code calls too), identity hashes, clocks, the VM's
//! properties and the environment (when the runtime's sandbox grants it).

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use rt::NativeRegistry;

use super::{Args, int, long, reference, void};

pub(super) fn register(natives: &mut NativeRegistry) {
    const S: &str = "java/lang/System";
    natives.register(S, "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", |rt, thread, a| {
        let a = Args(a);
        rt::arraycopy::arraycopy(rt, thread, a.obj(0), a.int(1), a.obj(2), a.int(3), a.int(4))?;
        void()
    });
    natives.register(S, "identityHashCode", "(Ljava/lang/Object;)I", |rt, _, a| {
        int(Args(a).obj(0).map_or(0, |o| o.identity_hash(|| rt.next_hash())))
    });
    natives.register(S, "currentTimeMillis", "()J", |_, _, _| {
        long(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64))
    });
    natives.register(S, "nanoTime", "()J", |_, _, _| {
        static START: OnceLock<Instant> = OnceLock::new();
        long(START.get_or_init(Instant::now).elapsed().as_nanos() as i64)
    });
    natives.register(S, "vmProperties", "()[Ljava/lang/String;", |rt, thread, _| {
        let properties: Vec<String> =
            rt.options().properties.iter().flat_map(|(k, v)| [k.clone(), v.clone()]).collect();
        reference(Some(rt.new_string_array(thread, &properties)?))
    });
    natives.register(S, "getenv0", "(Ljava/lang/String;)Ljava/lang/String;", |rt, thread, a| {
        let name = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let name = rt.string_to_rust(name);
        rt.options().sandbox.check_env(rt, thread, &name)?;
        match std::env::var(name) {
            Ok(value) => reference(Some(rt.new_string(thread, &value)?)),
            Err(_) => reference(None),
        }
    });
}
