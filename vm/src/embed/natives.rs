//! Host natives: Rust closures bound to `native` methods of the embedder's classes. The closure sees its
//! arguments as [`JavaValue`]s (the receiver first for an instance method) and returns a value of the
//! method's return type, or a [`NativeError`] that becomes a Java exception. A panic in the closure becomes a
//! `java.lang.Error` in Java, never a panic through the VM.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use classfile::descriptor::{FieldType, MethodDescriptor};
use rt::global_handles::GlobalHandles;
use rt::{JResult, JavaThread, LoaderId, ObjRef, Runtime};

use super::convert;
use super::error::VmError;
use super::value::{JavaArray, JavaObject, JavaValue};

/// A host native's implementation.
pub type HostFn = dyn Fn(&mut NativeContext<'_>, &[JavaValue]) -> Result<JavaValue, NativeError> + Send + Sync;

/// What a host native can do besides computing its result: read the objects it was given, and call back into
/// Java (on the same thread, under the same limits; the nesting counts against
/// [`VmBuilder::max_native_nesting`](super::VmBuilder::max_native_nesting)).
pub struct NativeContext<'a> {
    rt: &'a Runtime,
    thread: &'a mut JavaThread,
    handles: &'a Arc<GlobalHandles>,
}

impl NativeContext<'_> {
    /// Calls a static method, as [`Vm::call_static`](super::Vm::call_static) does. If Java throws, the error
    /// carries the exception: return it from the native and the exception propagates to the Java caller.
    pub fn call_static(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[JavaValue],
    ) -> Result<JavaValue, NativeError> {
        self.invoke(super::vm::Target::Static(class), (name, descriptor), args)
    }

    /// Calls an instance method, as [`Vm::call_method`](super::Vm::call_method) does; errors as for
    /// [`call_static`](Self::call_static).
    pub fn call_method(
        &mut self,
        target: &JavaObject,
        name: &str,
        descriptor: &str,
        args: &[JavaValue],
    ) -> Result<JavaValue, NativeError> {
        self.invoke(super::vm::Target::Instance(target), (name, descriptor), args)
    }

    fn invoke(
        &mut self,
        target: super::vm::Target<'_>,
        method: (&str, &str),
        args: &[JavaValue],
    ) -> Result<JavaValue, NativeError> {
        match super::vm::invoke(self.rt, self.thread, self.handles, target, method, args) {
            Ok((value, _)) => Ok(value),
            Err(fail) => Err(NativeError::from_fail(fail)),
        }
    }

    /// The text of a `String` object.
    pub fn string_value(&self, obj: &JavaObject) -> Result<String, NativeError> {
        let o = obj.get(self.handles).map_err(NativeError::from)?;
        if !convert::is_string(self.rt, o.class()) {
            return Err(NativeError::throw("java/lang/ClassCastException", "not a java.lang.String"));
        }
        Ok(self.rt.string_to_rust(o))
    }

    /// The elements of an array of primitives or strings.
    pub fn array_value(&self, obj: &JavaObject) -> Result<JavaArray, NativeError> {
        convert::read_array(self.rt, obj.get(self.handles)?).map_err(NativeError::from)
    }

    /// The binary name of an object's class.
    pub fn class_name(&self, obj: &JavaObject) -> Result<String, NativeError> {
        Ok(obj.get(self.handles)?.class().java_name())
    }
}

/// How a host native fails: the Java exception to throw (a class of the class library, internal name or
/// binary name, constructed with the message), or an exception that Java code the native called threw (or a
/// stop), which propagates as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeError {
    /// The exception class (`java/lang/IllegalArgumentException` or `java.lang.IllegalArgumentException`);
    /// empty when the exception is already pending.
    pub class: String,
    /// The message.
    pub message: Option<String>,
}

impl NativeError {
    /// Throw `class` with `message`.
    pub fn throw(class: &str, message: &str) -> Self {
        Self { class: class.replace('.', "/"), message: Some(message.to_owned()) }
    }

    /// Whether this carries an exception Java already threw (from a call back into Java).
    pub fn is_pending(&self) -> bool {
        self.class.is_empty()
    }

    fn from_fail(fail: convert::Fail) -> Self {
        match fail {
            convert::Fail::Thrown => Self { class: String::new(), message: None },
            convert::Fail::Vm(e) => Self::from(e),
        }
    }
}

impl From<VmError> for NativeError {
    fn from(e: VmError) -> Self {
        Self::throw("java/lang/IllegalStateException", &e.to_string())
    }
}

/// Wraps `f` as the runtime native for `class.name descriptor`.
pub(crate) fn wrap(
    class: &str,
    name: &str,
    descriptor: &MethodDescriptor,
    f: Arc<HostFn>,
) -> impl Fn(&Runtime, &mut JavaThread, &[u64]) -> JResult<u64> + Send + Sync + 'static {
    let descriptor = descriptor.clone();
    let qualified = format!("{}.{name}", class.replace('/', "."));
    move |rt, thread, slots| {
        let handles = rt.global_handles.clone();
        let receiver = slots.len() > descriptor.parameter_slots();
        let mut args = Vec::with_capacity(descriptor.parameters.len() + 1);
        let mut at = 0;
        if receiver {
            let this = FieldType::Object("java/lang/Object".into());
            args.push(convert::from_slot(rt, &handles, Some(&this), slots.first().copied().unwrap_or_default()));
            at = 1;
        }
        for ty in &descriptor.parameters {
            args.push(convert::from_slot(rt, &handles, Some(ty), slots.get(at).copied().unwrap_or_default()));
            at += usize::from(ty.slots());
        }
        let base = thread.handles.len();
        let outcome = catch_unwind(AssertUnwindSafe(|| f(&mut NativeContext { rt, thread, handles: &handles }, &args)));
        drop(args);
        thread.handles.truncate(base);
        match outcome {
            // A stop inside a call back into Java ends the native too, whatever it returned.
            Ok(_) if thread.exit_status.is_some() => Err(rt::Thrown),
            Ok(Ok(value)) => {
                // The native handled any exception its calls back into Java threw.
                thread.pending = None;
                result_slot(rt, thread, &handles, &qualified, descriptor.return_type.as_ref(), value)
            }
            Ok(Err(e)) if e.is_pending() && (thread.pending.is_some() || thread.exit_status.is_some()) => Err(rt::Thrown),
            Ok(Err(e)) if e.is_pending() => {
                Err(rt.throw_new(thread, "java/lang/IllegalStateException", Some("a host native reported no exception")))
            }
            Ok(Err(e)) => Err(rt.throw_new(thread, &e.class, e.message.as_deref())),
            Err(payload) => {
                let message = format!("host native {qualified} panicked: {}", super::vm::panic_message(&*payload));
                Err(rt.throw_new(thread, "java/lang/Error", Some(&message)))
            }
        }
    }
}

/// The slot of a host native's result, checked against the return type (`InternalError` if it does not fit).
fn result_slot(
    rt: &Runtime,
    thread: &mut JavaThread,
    handles: &Arc<GlobalHandles>,
    qualified: &str,
    ty: Option<&FieldType>,
    value: JavaValue,
) -> JResult<u64> {
    let shown = value.kind_name();
    let bad = |thread: &mut JavaThread| {
        let expected = ty.map_or("void".to_owned(), ToString::to_string);
        let message = format!("host native {qualified} returned {shown} where {expected} is expected");
        Err(rt.throw_new(thread, "java/lang/InternalError", Some(&message)))
    };
    let Some(ty) = ty else {
        return if value == JavaValue::Void { Ok(0) } else { bad(thread) };
    };
    let params = std::slice::from_ref(ty);
    match convert::to_slots(rt, thread, handles, &|| qualified.to_owned(), params, LoaderId::App, std::slice::from_ref(&value)) {
        Ok(slots) => {
            let slot = slots.first().copied().unwrap_or_default();
            if ty.is_reference() {
                thread.handles.pop();
            }
            Ok(ObjRef::from_slot(slot).map_or(slot, ObjRef::to_slot))
        }
        Err(convert::Fail::Thrown) => Err(rt::Thrown),
        Err(convert::Fail::Vm(_)) => bad(thread),
    }
}
