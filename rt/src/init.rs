//! Class initialization, exactly as JVMS 5.5 describes it: superclass first, recursive requests by the
//! initializing thread succeed at once, other threads wait, a failed `<clinit>` leaves the class erroneous
//! (`ExceptionInInitializerError` the first time, `NoClassDefFoundError` after).

use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::ThreadId;

use classfile::Constant;
use parking_lot::{Condvar, Mutex};

use crate::class::{ClassRef, ValueKind};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread, Thrown};

#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    /// Linked, not yet initialized.
    Linked,
    /// A thread is running the initializer.
    InProgress(ThreadId),
    /// Initialized.
    Done,
    /// The initializer failed; every later use throws `NoClassDefFoundError`.
    Erroneous,
}

/// A class's initialization state and the lock and condition JVMS 5.5 calls `LC`.
#[derive(Debug)]
pub struct InitState {
    done: AtomicBool,
    state: Mutex<State>,
    changed: Condvar,
}

impl Default for InitState {
    fn default() -> Self {
        Self::new()
    }
}

impl InitState {
    /// Linked, not yet initialized.
    pub fn new() -> Self {
        Self { done: AtomicBool::new(false), state: Mutex::new(State::Linked), changed: Condvar::new() }
    }

    /// Already initialized (for classes that have no initialization to do: arrays and primitives).
    pub fn initialized() -> Self {
        Self { done: AtomicBool::new(true), state: Mutex::new(State::Done), changed: Condvar::new() }
    }

    /// Whether initialization has completed: the fast path every `new`, `getstatic` and `invokestatic` takes.
    #[inline(always)]
    pub fn is_done(&self) -> bool {
        self.done.load(Ordering::Acquire)
    }

    /// Whether initialization failed.
    pub fn is_erroneous(&self) -> bool {
        *self.state.lock() == State::Erroneous
    }

    fn finish(&self, state: State) {
        let done = state == State::Done;
        *self.state.lock() = state;
        if done {
            self.done.store(true, Ordering::Release);
        }
        self.changed.notify_all();
    }
}

impl Runtime {
    /// Initializes `class` if it is not yet initialized (JVMS 5.5).
    #[inline]
    pub fn ensure_initialized(&self, thread: &mut JavaThread, class: ClassRef) -> JResult<()> {
        if class.init.is_done() {
            return Ok(());
        }
        self.initialize(thread, class)
    }

    fn initialize(&self, thread: &mut JavaThread, class: ClassRef) -> JResult<()> {
        // JVMS 5.5 step 0: a class is linked (and so verified) before it is initialized.
        self.link_class(thread, class)?;
        let me = std::thread::current().id();
        loop {
            let mut state = class.init.state.lock();
            match &*state {
                State::Done => return Ok(()),
                State::InProgress(owner) if *owner == me => return Ok(()),
                State::InProgress(_) => {
                    // Another thread runs the initializer, which may collect: wait in the safe state.
                    drop(state);
                    let init = &class.init;
                    self.blocking(thread, || {
                        let mut state = init.state.lock();
                        while matches!(&*state, State::InProgress(owner) if *owner != me) {
                            init.changed.wait(&mut state);
                        }
                    });
                    self.check_async_exit(thread)?;
                }
                State::Erroneous => {
                    drop(state);
                    let message = format!("Could not initialize class {}", class.java_name());
                    return Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(&message)));
                }
                State::Linked => {
                    *state = State::InProgress(me);
                    break;
                }
            }
        }
        // JVMS 5.5 step 6: final static fields with a ConstantValue take their value first.
        if let Err(thrown) = self.init_constant_statics(thread, class) {
            class.init.finish(State::Erroneous);
            return Err(thrown);
        }
        // Step 7: the superclass, and superinterfaces that declare default methods, initialize first.
        if !class.is_interface() {
            let supers = class.super_class.into_iter().chain(
                class.interfaces.iter().copied().filter(|i| i.methods.iter().any(|m| m.is_virtual() && !m.is_abstract())),
            );
            for s in supers.collect::<Vec<_>>() {
                if let Err(thrown) = self.ensure_initialized(thread, s) {
                    class.init.finish(State::Erroneous);
                    return Err(thrown);
                }
            }
        }
        // Steps 9-12: run <clinit>.
        let result = match class.declared_method("<clinit>", "()V") {
            Some(clinit) => self.invoke(thread, clinit, &[]).map(drop),
            None => Ok(()),
        };
        match result {
            Ok(()) => {
                class.init.finish(State::Done);
                Ok(())
            }
            Err(Thrown) => {
                let wrapped = self.wrap_initializer_exception(thread);
                class.init.finish(State::Erroneous);
                Err(wrapped)
            }
        }
    }

    /// Step 11: an exception from `<clinit>` that is not an `Error` becomes an `ExceptionInInitializerError`.
    fn wrap_initializer_exception(&self, thread: &mut JavaThread) -> Thrown {
        if thread.exit_status.is_some() {
            return Thrown;
        }
        let Some(exception) = thread.take_pending() else { return Thrown };
        let is_error = self
            .find_loaded("java/lang/Error", crate::class::LoaderId::Boot)
            .is_some_and(|error| exception.class().is_subtype_of(&error));
        if is_error {
            return thread.throw(exception);
        }
        self.throw_with_cause(thread, "java/lang/ExceptionInInitializerError", exception)
    }

    fn init_constant_statics(&self, thread: &mut JavaThread, class: ClassRef) -> JResult<()> {
        let Some(cf) = class.class_file.as_deref() else { return Ok(()) };
        let cp = &cf.constant_pool;
        for field in class.fields.iter().filter(|f| f.is_static()) {
            let Some(index) = field.constant_value else { continue };
            let value = match (cp.get(index), field.kind) {
                (Ok(Constant::Integer(v)), _) => *v as u32 as u64,
                (Ok(Constant::Float(bits)), ValueKind::Float) => u64::from(*bits),
                (Ok(Constant::Long(v)), ValueKind::Long) => *v as u64,
                (Ok(Constant::Double(bits)), ValueKind::Double) => *bits,
                (Ok(Constant::String { string }), ValueKind::Reference) => {
                    let text = cp.utf8_entry(*string).map(|u| u.to_utf16()).unwrap_or_default();
                    self.intern_utf16(thread, &text)?.to_slot()
                }
                // The format checks reject mismatched constants; anything else leaves the default value.
                _ => continue,
            };
            class.static_slot(field).store(value, Ordering::Relaxed);
        }
        Ok(())
    }
}
