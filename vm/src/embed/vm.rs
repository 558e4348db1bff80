//! [`Vm`]: one booted runtime and its one Java thread, and the calls the host makes into it; every call runs
//! inside [`Vm::enter`], which arms the execution limits, catches panics and turns what went wrong into a
//! [`VmError`].

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use classfile::descriptor::MethodDescriptor;
use rt::sandbox::{STOPPED_STATUS, StopReason};
use rt::{ClassRef, JavaThread, LoaderId, MethodRef, ObjRef, Runtime, Thrown};

use super::convert::{self, Fail};
use super::error::{JavaException, VmError};
use super::value::{FromJava, JavaArray, JavaObject, JavaValue};

/// A Java virtual machine embedded in the host: a runtime with the class library booted, and one Java thread
/// that runs every call the host makes, on the host thread that makes it.
///
/// A `Vm` is [`Send`] (it can move to another thread between calls) but not [`Sync`]: calls take `&mut self`.
/// Each VM is independent of every other (heap, classes, statics, interned strings); dropping it frees its
/// memory. Calls run on the calling thread's stack: natives and class initializers that call back into Java
/// nest on it, bounded by [`VmBuilder::max_native_nesting`](super::VmBuilder::max_native_nesting); the default
/// fits the 2 MiB stack of a spawned Rust thread.
///
/// ```
/// use vm::embed::{VmBuilder, JavaValue};
///
/// let mut vm = VmBuilder::new().build()?;
/// let max: i32 = vm.call_static("java.lang.Math", "max", "(II)I", &[3.into(), 7.into()])?;
/// assert_eq!(max, 7);
/// let text: String = vm.call_static("java.lang.Integer", "toHexString", "(I)Ljava/lang/String;", &[255.into()])?;
/// assert_eq!(text, "ff");
/// # Ok::<(), vm::embed::VmError>(())
/// ```
pub struct Vm {
    pub(crate) rt: Arc<Runtime>,
    /// The host's Java thread: attached to the runtime, in the safe state between calls (so threads the
    /// program started can collect while the host is away).
    pub(crate) thread: rt::threads::AttachedThread,
    /// Fuel (safepoint polls) for each call; `None`: unlimited.
    pub(crate) fuel: Option<u64>,
    /// Wall-clock limit of each call.
    pub(crate) timeout: Option<Duration>,
    /// Fuel the last call used (when it had a budget).
    pub(crate) last_fuel_used: Option<u64>,
    /// Set after an internal error or an exit: every later call fails.
    pub(crate) poisoned: bool,
    /// The execution mode it was built with.
    pub(crate) mode: super::ExecMode,
    /// Static methods called before (so found, their classes initialized): (class, name, descriptor).
    pub(crate) statics: HashMap<(String, String, String), (MethodRef, Arc<MethodDescriptor>)>,
}

/// The most static methods [`Vm::call_static`] remembers.
const STATIC_CACHE_LIMIT: usize = 4096;

// SAFETY: a `Vm` owns its runtime (shared only with its own `InterruptHandle`s, through `Sync` parts) and its
// thread outright; the thread's raw pointers (frames' methods, the allocation buffer, objects) point into
// that runtime and are only used by whoever holds `&mut Vm`, so moving the whole VM to another host thread
// between calls moves every user of them with it.
unsafe impl Send for Vm {}

/// Stops the Java code running in a [`Vm`] from another thread: the call fails with
/// [`VmError::Interrupted`]. `Send + Sync + Clone`. An interrupt while no call runs stops the next call at its
/// first safepoint poll.
///
/// ```
/// use std::time::Duration;
/// use vm::embed::{VmBuilder, VmError};
///
/// let source = "class Spin { static void spin() { while (true) { try { } catch (Throwable t) { } } } }";
/// # let bytes = vm::embed::doc_support::compile("Spin", source);
/// let mut vm = VmBuilder::new().class_bytes("Spin", bytes).build()?;
/// let handle = vm.interrupt_handle();
/// std::thread::spawn(move || {
///     std::thread::sleep(Duration::from_millis(50));
///     handle.interrupt();
/// });
/// assert!(matches!(vm.call_static::<()>("Spin", "spin", "()V", &[]), Err(VmError::Interrupted)));
/// // The same loop under a fuel budget, then under a deadline; the VM stays usable after each stop.
/// vm.set_fuel(Some(1_000_000));
/// assert!(matches!(vm.call_static::<()>("Spin", "spin", "()V", &[]), Err(VmError::BudgetExhausted)));
/// vm.set_fuel(None);
/// vm.set_timeout(Some(Duration::from_millis(20)));
/// assert!(matches!(vm.call_static::<()>("Spin", "spin", "()V", &[]), Err(VmError::DeadlineExceeded)));
/// # Ok::<(), VmError>(())
/// ```
#[derive(Debug, Clone)]
pub struct InterruptHandle {
    flag: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// Asks the VM to stop what it is running (within about ten thousand safepoint polls, microseconds).
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::Relaxed);
    }
}

impl Drop for Vm {
    /// Threads the program started are asked to unwind (woken if they sleep, wait or park) and waited for, so
    /// none runs Java once the VM is gone. One stuck in the host (a native that never returns) is left
    /// holding its share of the runtime, which then outlives the `Vm`.
    fn drop(&mut self) {
        let threads = &self.rt.threads;
        if threads.count() > 1 {
            threads.request_exit(Some(&self.thread), 0);
            threads.wait_for_all_detached(Some(&self.thread), Duration::from_secs(10));
        }
        threads.join_finished();
    }
}

impl std::fmt::Debug for Vm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vm").field("fuel", &self.fuel).field("timeout", &self.timeout).finish_non_exhaustive()
    }
}

/// The message of a caught panic.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic with no message".to_owned())
}

impl Vm {
    /// A handle that interrupts this VM from another thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle { flag: self.rt.limits.interrupt_flag() }
    }

    /// Sets the fuel of each following call (`None`: unlimited). One unit is one safepoint poll: a method
    /// entry or a loop back-edge, in whichever tier runs the code.
    ///
    /// With fuel or a timeout set, threads the script starts run only while a call is in progress, charged to
    /// that call: between calls they wait at their next poll (a script cannot escape its limits by starting
    /// a thread). Without limits they run freely between calls.
    pub fn set_fuel(&mut self, fuel: Option<u64>) {
        self.fuel = fuel;
    }

    /// Sets the wall-clock limit of each following call (`None`: none).
    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.timeout = timeout;
    }

    /// Fuel the last call used, if it ran with a budget.
    pub fn last_fuel_used(&self) -> Option<u64> {
        self.last_fuel_used
    }

    /// The execution mode the VM was built with (today every mode runs in the interpreter; see
    /// [`ExecMode`](super::ExecMode)).
    pub fn mode(&self) -> super::ExecMode {
        self.mode
    }

    /// The runtime underneath (counters, heap statistics).
    pub fn runtime(&self) -> &Runtime {
        &self.rt
    }

    /// Runs `f` as one call into Java: arms the limits, catches panics, converts a pending exception or a
    /// stop into its error, and leaves the thread clean for the next call.
    pub(crate) fn enter<T>(
        &mut self,
        f: impl FnOnce(&Runtime, &mut JavaThread, &Arc<rt::global_handles::GlobalHandles>) -> Result<T, Fail>,
    ) -> Result<T, VmError> {
        if self.poisoned {
            return Err(VmError::Poisoned);
        }
        let rt = self.rt.clone();
        let handles = rt.global_handles.clone();
        let deadline = self.timeout.map(|t| Instant::now() + t);
        let fuel = self.fuel;
        let thread = &mut *self.thread;
        let base = thread.handles.len();
        let frames = thread.frames.len();
        rt.threads.leave_safe(thread);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            rt.arm_limits(thread, fuel, deadline, true);
            let result = f(&rt, thread, &handles);
            let used = fuel.and_then(|total| rt.limits.remaining(thread).map(|left| total.saturating_sub(left)));
            let result = match result {
                Ok(v) => Ok(v),
                Err(Fail::Vm(e)) => Err(e),
                Err(Fail::Thrown) => Err(describe_failure(&rt, thread, &handles)),
            };
            // No limits on the host's thread between calls: class library code the host triggers outside a call
            // is not charged. With limits, the other threads the script started wait for the next call.
            if fuel.is_some() || deadline.is_some() {
                rt.pause_limits(thread);
            } else {
                rt.arm_limits(thread, None, None, false);
            }
            rt.io().flush();
            (result, used)
        }));
        let thread = &mut *self.thread;
        thread.handles.truncate(base);
        rt.threads.enter_safe(thread, rt::threads::ThreadState::Blocked);
        match outcome {
            Ok((result, used)) => {
                self.last_fuel_used = used;
                if matches!(result, Err(VmError::Exited(_))) {
                    self.poisoned = true;
                }
                result
            }
            Err(payload) => {
                self.poisoned = true;
                thread.frames.truncate(frames);
                thread.pending = None;
                Err(VmError::Internal(panic_message(&*payload)))
            }
        }
    }

    /// Loads (and links and initializes) the class with this binary name (`com.example.Plugin` or
    /// `com/example/Plugin`) through the application loader: from the classes given as bytes, then the
    /// class path, then the class library.
    ///
    /// ```
    /// let mut vm = vm::embed::VmBuilder::new().build()?;
    /// vm.load_class("java.util.ArrayList")?;
    /// let missing = vm.load_class("com.example.Missing").unwrap_err();
    /// assert_eq!(missing.exception().map(|e| e.class.as_str()), Some("java.lang.NoClassDefFoundError"));
    /// # Ok::<(), vm::embed::VmError>(())
    /// ```
    pub fn load_class(&mut self, name: &str) -> Result<(), VmError> {
        let name = internal_name(name)?;
        self.enter(|rt, thread, _| {
            load_initialized(rt, thread, &name)?;
            Ok(())
        })
    }

    /// Calls a static method by class, name and descriptor (JVMS 4.3.3: `(ILjava/lang/String;)V`), with
    /// arguments matching the parameters, and converts the result to `R` (`JavaValue` for any result).
    /// Inherited static methods are found in superclasses. Initializes the class first.
    pub fn call_static<R: FromJava>(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[JavaValue],
    ) -> Result<R, VmError> {
        let key = (class.to_owned(), name.to_owned(), descriptor.to_owned());
        let cached = self.statics.get(&key).cloned();
        let target = match &cached {
            Some((method, parsed)) => Target::Resolved(*method, parsed),
            None => Target::Static(class),
        };
        let (value, method) = self.enter(|rt, thread, handles| invoke(rt, thread, handles, target, (name, descriptor), args))?;
        if cached.is_none() && self.statics.len() < STATIC_CACHE_LIMIT {
            self.statics.insert(key, (method, Arc::new(parse_descriptor(descriptor)?)));
        }
        R::from_java(self, value)
    }

    /// Creates an object: `new Class(args)` with the constructor of this descriptor (`(I)V`).
    ///
    /// ```
    /// use vm::embed::{JavaValue, VmBuilder};
    ///
    /// let mut vm = VmBuilder::new().build()?;
    /// let list = vm.new_object("java.util.ArrayList", "()V", &[])?;
    /// let _: bool = vm.call_method(&list, "add", "(Ljava/lang/Object;)Z", &["one".into()])?;
    /// let _: bool = vm.call_method(&list, "add", "(Ljava/lang/Object;)Z", &["two".into()])?;
    /// let size: i32 = vm.call_method(&list, "size", "()I", &[])?;
    /// let text: String = vm.call_method(&list, "toString", "()Ljava/lang/String;", &[])?;
    /// assert_eq!((size, text.as_str()), (2, "[one, two]"));
    /// # Ok::<(), vm::embed::VmError>(())
    /// ```
    pub fn new_object(&mut self, class: &str, descriptor: &str, args: &[JavaValue]) -> Result<JavaObject, VmError> {
        let class = internal_name(class)?;
        let parsed = parse_descriptor(descriptor)?;
        self.enter(|rt, thread, handles| {
            let class = load_initialized(rt, thread, &class)?;
            if class.is_interface() || class.access.is_abstract() || class.is_array() {
                let message = format!("{} is abstract, an interface or an array class", class.java_name());
                return Err(rt.throw_new(thread, "java/lang/InstantiationException", Some(&message)).into());
            }
            let constructor = class
                .declared_method("<init>", descriptor)
                .ok_or_else(|| VmError::NoSuchMethod(format!("{}.<init>{descriptor}", class.java_name())))?;
            let obj = rt.alloc_object(thread, class)?;
            let receiver = thread.handles.len();
            let slots = with_receiver(rt, thread, handles, obj, constructor, &parsed, args)?;
            rt.invoke(thread, constructor, &slots)?;
            let obj = ObjRef::from_slot(thread.handles[receiver])
                .ok_or_else(|| VmError::Internal("the new object's handle is empty".into()))?;
            Ok(JavaObject::new(handles, obj))
        })
    }

    /// Calls an instance method on `target`, dispatched on its class as `invokevirtual`/`invokeinterface`
    /// would (the most specific override, default methods included).
    pub fn call_method<R: FromJava>(
        &mut self,
        target: &JavaObject,
        name: &str,
        descriptor: &str,
        args: &[JavaValue],
    ) -> Result<R, VmError> {
        let target = Target::Instance(target);
        let (value, _) = self.enter(|rt, thread, handles| invoke(rt, thread, handles, target, (name, descriptor), args))?;
        R::from_java(self, value)
    }

    /// A new `java.lang.String`.
    pub fn new_string(&mut self, text: &str) -> Result<JavaObject, VmError> {
        self.enter(|rt, thread, handles| Ok(JavaObject::new(handles, rt.new_string(thread, text)?)))
    }

    /// A new Java array holding `array`'s elements.
    pub fn new_array(&mut self, array: &JavaArray) -> Result<JavaObject, VmError> {
        self.enter(|rt, thread, handles| Ok(JavaObject::new(handles, convert::new_array(rt, thread, array)?)))
    }

    /// The binary name of the object's class (`java.util.ArrayList`).
    pub fn class_name(&mut self, obj: &JavaObject) -> Result<String, VmError> {
        Ok(obj.get(&self.rt.global_handles)?.class().java_name())
    }

    /// The text of a `String` object.
    pub fn string_value(&mut self, obj: &JavaObject) -> Result<String, VmError> {
        let o = obj.get(&self.rt.global_handles)?;
        if !convert::is_string(&self.rt, o.class()) {
            return Err(VmError::TypeMismatch { expected: "String", got: o.class().java_name() });
        }
        Ok(self.rt.string_to_rust(o))
    }

    /// The elements of an array of primitives or strings.
    pub fn array_value(&mut self, obj: &JavaObject) -> Result<JavaArray, VmError> {
        convert::read_array(&self.rt, obj.get(&self.rt.global_handles)?)
    }

    /// How many object handles of this VM are live.
    pub fn live_handles(&self) -> usize {
        self.rt.global_handles.len()
    }
}

/// What a call is made on.
pub(crate) enum Target<'a> {
    /// A static method of the class with this binary name.
    Static(&'a str),
    /// An instance method, dispatched on the object's class.
    Instance(&'a JavaObject),
    /// A static method found before, its class initialized, and its parsed descriptor.
    Resolved(MethodRef, &'a MethodDescriptor),
}

/// `name descriptor (args)` on `target`: the body of [`Vm::call_static`] and [`Vm::call_method`], also what
/// host natives use to call back into Java. Returns the result and the method called.
pub(crate) fn invoke(
    rt: &Runtime,
    thread: &mut JavaThread,
    handles: &Arc<rt::global_handles::GlobalHandles>,
    target: Target<'_>,
    (name, descriptor): (&str, &str),
    args: &[JavaValue],
) -> Result<(JavaValue, MethodRef), Fail> {
    let parsed_here;
    let parsed = match target {
        Target::Resolved(_, parsed) => parsed,
        _ => {
            parsed_here = parse_descriptor(descriptor)?;
            &parsed_here
        }
    };
    let static_slots = |thread: &mut JavaThread, method: MethodRef| {
        let name = || method.qualified_name();
        convert::to_slots(rt, thread, handles, &name, &parsed.parameters, method.class.loader, args)
    };
    let (method, slots) = match target {
        Target::Static(class) => {
            let class = load_initialized(rt, thread, &internal_name(class)?)?;
            let method = find(class, name, descriptor, true)?;
            (method, static_slots(thread, method)?)
        }
        Target::Resolved(method, _) => (method, static_slots(thread, method)?),
        Target::Instance(object) => {
            let method = find(object.get(handles)?.class(), name, descriptor, false)?;
            (method, with_receiver(rt, thread, handles, object.get(handles)?, method, parsed, args)?)
        }
    };
    let result = rt.invoke(thread, method, &slots)?;
    Ok((convert::from_slot(rt, handles, parsed.return_type.as_ref(), result), method))
}

/// The slots of an instance call: `receiver` (kept on the thread's handle stack, where it stays for the
/// caller to read back) and the converted arguments.
fn with_receiver(
    rt: &Runtime,
    thread: &mut JavaThread,
    handles: &Arc<rt::global_handles::GlobalHandles>,
    receiver: ObjRef,
    method: MethodRef,
    parsed: &MethodDescriptor,
    args: &[JavaValue],
) -> Result<Vec<u64>, Fail> {
    let at = thread.handles.len();
    thread.handles.push(receiver.to_slot());
    let name = || method.qualified_name();
    let mut slots = vec![0];
    slots.extend(convert::to_slots(rt, thread, handles, &name, &parsed.parameters, method.class.loader, args)?);
    slots[0] = thread.handles[at];
    Ok(slots)
}

/// `com.example.Foo` or `com/example/Foo` as an internal name.
fn internal_name(name: &str) -> Result<String, VmError> {
    let internal = name.replace('.', "/");
    if classfile::descriptor::is_valid_binary_name(&internal) || internal.starts_with('[') {
        Ok(internal)
    } else {
        Err(VmError::BadDescriptor(name.to_owned()))
    }
}

fn parse_descriptor(descriptor: &str) -> Result<MethodDescriptor, VmError> {
    MethodDescriptor::parse(descriptor).ok_or_else(|| VmError::BadDescriptor(descriptor.to_owned()))
}

/// Loads and initializes a class through the application loader.
pub(crate) fn load_initialized(rt: &Runtime, thread: &mut JavaThread, name: &str) -> Result<ClassRef, Thrown> {
    let class = rt.load_class(thread, name, LoaderId::App)?;
    rt.ensure_initialized(thread, class)?;
    Ok(class)
}

/// The method `name descriptor` of `class` or its supertypes, static or not as asked.
fn find(class: ClassRef, name: &str, descriptor: &str, want_static: bool) -> Result<MethodRef, Fail> {
    let found = rt::resolve::find_method(class, name, descriptor)
        .filter(|m| m.is_static() == want_static && !m.is_constructor() && &*m.name != "<clinit>");
    let kind = if want_static { "static" } else { "instance" };
    found.ok_or_else(|| Fail::Vm(VmError::NoSuchMethod(format!("{kind} {}.{name}{descriptor}", class.java_name()))))
}

/// The error for a call that ended with `Err(Thrown)`: a stop, an exit, or the pending exception.
fn describe_failure(rt: &Runtime, thread: &mut JavaThread, handles: &Arc<rt::global_handles::GlobalHandles>) -> VmError {
    if let Some(status) = thread.exit_status.take() {
        thread.pending = None;
        return match rt.limits.stop_reason() {
            Some(StopReason::BudgetExhausted) if status == STOPPED_STATUS => VmError::BudgetExhausted,
            Some(StopReason::DeadlineExceeded) if status == STOPPED_STATUS => VmError::DeadlineExceeded,
            Some(StopReason::Interrupted) if status == STOPPED_STATUS => VmError::Interrupted,
            _ => VmError::Exited(status),
        };
    }
    match thread.take_pending() {
        Some(exception) => {
            // Describing runs the class library's Throwable code, unlimited, so a stop does not hide the exception.
            rt.limits.unmeter(thread);
            let handle = JavaObject::new(handles, exception);
            VmError::Exception(describe_exception(rt, thread, handles, &handle, 0))
        }
        None => VmError::Internal("a call failed with no exception pending".into()),
    }
}

/// Class, message, stack trace and (to a depth of eight) cause of a throwable.
fn describe_exception(
    rt: &Runtime,
    thread: &mut JavaThread,
    handles: &Arc<rt::global_handles::GlobalHandles>,
    exception: &JavaObject,
    depth: usize,
) -> JavaException {
    let Ok(obj) = exception.get(handles) else {
        return JavaException { class: "?".into(), message: None, stack_trace: Vec::new(), cause: None };
    };
    let class = obj.class().java_name();
    let message = rt.throwable_message(obj);
    let stack_trace = stack_trace(rt, thread, handles, exception).unwrap_or_default();
    let cause = (depth < 8)
        .then(|| call_object(rt, thread, handles, exception, "getCause", "()Ljava/lang/Throwable;"))
        .flatten()
        .filter(|cause| cause.get(handles).ok() != exception.get(handles).ok())
        .map(|cause| Box::new(describe_exception(rt, thread, handles, &cause, depth + 1)));
    thread.pending = None;
    JavaException { class, message, stack_trace, cause }
}

/// `target.name()` for a method of `Throwable` or the final `StackTraceElement` returning a reference, called
/// non-virtually (the class library's own code: an exception class of an untrusted script cannot override
/// what runs here, outside the call's limits); `None` if it throws or returns null.
fn call_object(
    rt: &Runtime,
    thread: &mut JavaThread,
    handles: &Arc<rt::global_handles::GlobalHandles>,
    target: &JavaObject,
    name: &str,
    descriptor: &str,
) -> Option<JavaObject> {
    let obj = target.get(handles).ok()?;
    let throwable = rt.well_known().throwable;
    let class = if obj.class().is_subtype_of(&throwable) { throwable } else { obj.class() };
    let method = rt::resolve::find_method(class, name, descriptor)?;
    match rt.invoke(thread, method, &[obj.to_slot()]) {
        Ok(slot) => ObjRef::from_slot(slot).map(|o| JavaObject::new(handles, o)),
        Err(Thrown) => {
            thread.pending = None;
            None
        }
    }
}

/// `StackTraceElement.toString()` of each frame of `getStackTrace()`.
fn stack_trace(
    rt: &Runtime,
    thread: &mut JavaThread,
    handles: &Arc<rt::global_handles::GlobalHandles>,
    exception: &JavaObject,
) -> Option<Vec<String>> {
    let elements = call_object(rt, thread, handles, exception, "getStackTrace", "()[Ljava/lang/StackTraceElement;")?;
    let length = elements.get(handles).ok()?.array_length().max(0) as usize;
    let mut lines = Vec::with_capacity(length);
    for k in 0..length {
        let element = ObjRef::from_slot(elements.get(handles).ok()?.array_get::<u64>(k))?;
        let element = JavaObject::new(handles, element);
        let text = call_object(rt, thread, handles, &element, "toString", "()Ljava/lang/String;")?;
        lines.push(rt.string_to_rust(text.get(handles).ok()?));
    }
    Some(lines)
}
