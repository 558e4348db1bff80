//! Calling a method from Rust: natives directly (bound on first call), everything else through the
//! execution engine, with the host-stack depth bounded so Java code that recurses through natives or class
//! initializers gets `StackOverflowError`, never a host stack overflow.

use crate::method::MethodRef;
use crate::native::NativeFn;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

impl Runtime {
    /// Runs `method` with `args` in slot form (receiver first for instance methods). Used for class
    /// initializers, exception constructors, natives calling back into Java and the embedding API; the
    /// interpreter calls Java methods directly.
    pub fn invoke(&self, thread: &mut JavaThread, method: MethodRef, args: &[u64]) -> JResult<u64> {
        if method.is_native() {
            let native = self.bind_native(thread, method)?;
            if method.is_synchronized() {
                return self.invoke_synchronized_native(thread, method, &native, args);
            }
            return native(self, thread, args);
        }
        if method.is_abstract() {
            let message = method.java_signature();
            return Err(self.throw_new(thread, "java/lang/AbstractMethodError", Some(&message)));
        }
        let reserve = if thread.in_stack_overflow { 8 } else { 0 };
        if thread.host_depth >= self.options.max_host_depth + reserve {
            return Err(self.throw_stack_overflow(thread));
        }
        thread.host_depth += 1;
        let engine = self.engine().clone();
        let result = engine.invoke(self, thread, method, args);
        thread.host_depth -= 1;
        result
    }

    /// Runs a `synchronized` native holding the receiver's (or, for a static method, the class mirror's)
    /// monitor; the object waits in a handle meanwhile.
    fn invoke_synchronized_native(&self, thread: &mut JavaThread, method: MethodRef, native: &NativeFn, args: &[u64]) -> JResult<u64> {
        let obj = if method.is_static() {
            self.mirror_of(thread, method.class)?
        } else {
            args.first().copied().and_then(crate::object::ObjRef::from_slot).ok_or_else(|| self.throw_null_pointer(thread))?
        };
        let mark = thread.handle_mark();
        let handle = thread.protect(Some(obj));
        let entered = self.monitor_enter(thread, obj);
        let result = entered.and_then(|()| native(self, thread, args));
        let obj = thread.get_nonnull(handle);
        thread.release_handles(mark);
        entered?;
        let exited = self.monitor_exit(thread, obj);
        let value = result?;
        exited.map(|()| value)
    }

    /// The implementation of a native method, bound on first use: `UnsatisfiedLinkError` if none is registered.
    pub fn bind_native(&self, thread: &mut JavaThread, method: MethodRef) -> JResult<NativeFn> {
        if let Some(native) = method.native.get() {
            return Ok(native.clone());
        }
        match self.natives.lookup(&method.class.name, &method.name, &method.descriptor) {
            Some(native) => Ok(method.native.get_or_init(|| native).clone()),
            None => {
                let message = method.java_signature();
                Err(self.throw_new(thread, "java/lang/UnsatisfiedLinkError", Some(&message)))
            }
        }
    }
}
