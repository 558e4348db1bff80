//! Throwing Java exceptions from the VM: constructing the exception object (through its Java constructor,
//! so subclasses behave as in HotSpot), recording its backtrace, and making it pending.

use std::sync::atomic::Ordering;

use crate::class::{ClassRef, LoaderId};
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread, Thrown};

impl Runtime {
    /// Creates an exception of the boot class `class_name` with `message` and makes it pending. If the
    /// exception itself cannot be created, whatever stopped it is pending instead.
    pub fn throw_new(&self, thread: &mut JavaThread, class_name: &str, message: Option<&str>) -> Thrown {
        match self.new_throwable(thread, class_name, message) {
            Ok(exception) => thread.throw(exception),
            Err(thrown) => thrown,
        }
    }

    /// Creates an exception of `class_name` with `cause` (its `(Throwable)` constructor) and makes it pending.
    pub fn throw_with_cause(&self, thread: &mut JavaThread, class_name: &str, cause: ObjRef) -> Thrown {
        // Loading and initializing the class may collect: the cause waits in a handle from the start.
        let mark = thread.handle_mark();
        let cause = thread.protect(Some(cause));
        let created = (|| {
            let class = self.load_class(thread, class_name, LoaderId::Boot)?;
            self.ensure_initialized(thread, class)?;
            let constructor = class.declared_method("<init>", "(Ljava/lang/Throwable;)V");
            let exception = self.alloc_object(thread, class)?;
            let exception_handle = thread.protect(Some(exception));
            let cause = thread.get(cause).map_or(0, ObjRef::to_slot);
            match constructor {
                Some(c) => self.invoke(thread, c, &[exception.to_slot(), cause])?,
                None => self.invoke_no_arg_constructor(thread, class, exception)?,
            };
            Ok(thread.get_nonnull(exception_handle))
        })();
        thread.release_handles(mark);
        match created {
            Ok(exception) => thread.throw(exception),
            Err(thrown) => thrown,
        }
    }

    /// A new exception object of the boot class `class_name`, constructed with `message` (or with no
    /// arguments when `message` is `None`).
    pub fn new_throwable(&self, thread: &mut JavaThread, class_name: &str, message: Option<&str>) -> JResult<ObjRef> {
        if thread.exit_status.is_some() {
            return Err(Thrown);
        }
        let class = match self.find_loaded(class_name, LoaderId::Boot) {
            Some(c) => c,
            None => self.load_class(thread, class_name, LoaderId::Boot)?,
        };
        self.ensure_initialized(thread, class)?;
        let exception = self.alloc_object(thread, class)?;
        thread.handles.push(exception.to_slot());
        let result = match message {
            Some(text) => match class.declared_method("<init>", "(Ljava/lang/String;)V") {
                Some(constructor) => self.new_string(thread, text).and_then(|s| {
                    let exception = thread.handles.last().copied().unwrap_or_default();
                    self.invoke(thread, constructor, &[exception, s.to_slot()])
                }),
                None => {
                    let exception = ObjRef::from_slot(thread.handles.last().copied().unwrap_or_default());
                    match exception {
                        Some(e) => self.invoke_no_arg_constructor(thread, class, e),
                        None => Err(Thrown),
                    }
                }
            },
            None => self.invoke_no_arg_constructor(thread, class, exception),
        };
        let exception = ObjRef::from_slot(thread.handles.pop().unwrap_or_default());
        result?;
        exception.ok_or(Thrown)
    }

    fn invoke_no_arg_constructor(&self, thread: &mut JavaThread, class: ClassRef, obj: ObjRef) -> JResult<u64> {
        match class.declared_method("<init>", "()V") {
            Some(c) => self.invoke(thread, c, &[obj.to_slot()]),
            None => {
                let message = format!("{}.<init>()V", class.name);
                Err(self.throw_new(thread, "java/lang/NoSuchMethodError", Some(&message)))
            }
        }
    }

    /// `OutOfMemoryError` with `message`. If constructing it runs out of memory too, the preallocated one
    /// (`Java heap space`, built at startup) is thrown instead.
    pub fn throw_out_of_memory(&self, thread: &mut JavaThread, message: &str) -> Thrown {
        let preallocated = ObjRef::from_slot(self.gc_state.lock().preallocated_oom.load(Ordering::Relaxed));
        if thread.in_out_of_memory {
            return match preallocated {
                Some(error) => thread.throw(error),
                None => Thrown,
            };
        }
        thread.in_out_of_memory = true;
        // The heap lends its emergency reserve for the error's construction (object, message, backtrace).
        self.heap.lock().set_emergency(true);
        let thrown = self.throw_new(thread, "java/lang/OutOfMemoryError", Some(message));
        // Give back what construction did not use: the buffer it may have taken is retired so the next
        // allocation sees the real limit.
        let mut heap = self.heap.lock();
        crate::alloc::retire_tlab(&mut heap, thread);
        heap.set_emergency(false);
        drop(heap);
        thread.in_out_of_memory = false;
        thrown
    }

    /// `StackOverflowError`, constructed within the stack's reserve. If constructing it overflows even the
    /// reserve, the thread unwinds with no exception object (the caller sees `Thrown` with nothing pending).
    pub fn throw_stack_overflow(&self, thread: &mut JavaThread) -> Thrown {
        if thread.in_stack_overflow {
            thread.pending = None;
            return Thrown;
        }
        thread.in_stack_overflow = true;
        let thrown = self.throw_new(thread, "java/lang/StackOverflowError", None);
        thread.in_stack_overflow = false;
        thrown
    }

    /// `ArithmeticException: / by zero`.
    pub fn throw_divide_by_zero(&self, thread: &mut JavaThread) -> Thrown {
        self.throw_new(thread, "java/lang/ArithmeticException", Some("/ by zero"))
    }

    /// `ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3`.
    pub fn throw_array_index(&self, thread: &mut JavaThread, index: i32, length: i32) -> Thrown {
        let message = format!("Index {index} out of bounds for length {length}");
        self.throw_new(thread, "java/lang/ArrayIndexOutOfBoundsException", Some(&message))
    }

    /// `NullPointerException` with HotSpot's helpful message (JEP 358) for the instruction the innermost
    /// frame is at, as [`crate::npe_message`] computes it. The caller has synced that frame. Natives call
    /// this too while their caller's frame is innermost (natives push none); the message is then `None`
    /// because the frame's instruction either cannot throw one or (an invoke) has had its arguments popped
    /// for the native, which is how HotSpot leaves natives' exceptions without a message.
    pub fn throw_null_pointer(&self, thread: &mut JavaThread) -> Thrown {
        let message = thread.frames.last().and_then(|frame| {
            let method = frame.method.get(self);
            let class_file = method.class.class_file.as_deref()?;
            let info = class_file.methods.get(usize::from(method.index))?;
            let max_locals = u32::from(method.code.as_ref()?.max_locals);
            let depth = frame.sp.checked_sub(frame.locals)?.checked_sub(max_locals)?;
            crate::npe_message::helpful_message(class_file, info, frame.bci, Some(depth as usize))
        });
        self.throw_new(thread, "java/lang/NullPointerException", message.as_deref())
    }

    /// `ClassCastException: class A cannot be cast to class B (...)`, worded as HotSpot 17 words it.
    pub fn throw_class_cast(&self, thread: &mut JavaThread, from: ClassRef, to: ClassRef) -> Thrown {
        let message = format!(
            "class {} cannot be cast to class {} ({})",
            from.java_name(),
            to.java_name(),
            loader_clause(from, to)
        );
        self.throw_new(thread, "java/lang/ClassCastException", Some(&message))
    }

    /// `ArrayStoreException: java.lang.Integer`, the stored value's class as HotSpot names it.
    pub fn throw_array_store(&self, thread: &mut JavaThread, value: ClassRef) -> Thrown {
        let name = value.java_name();
        self.throw_new(thread, "java/lang/ArrayStoreException", Some(&name))
    }
}

/// The parenthesised clause HotSpot 17 appends to `ClassCastException` messages.
fn loader_clause(from: ClassRef, to: ClassRef) -> String {
    fn describe(c: ClassRef) -> String {
        let mut element = c;
        while let Some(component) = element.component() {
            element = component;
        }
        match element.loader {
            LoaderId::Boot => format!("{} is in module java.base of loader 'bootstrap'", c.java_name()),
            LoaderId::App => format!("{} is in unnamed module of loader 'app'", c.java_name()),
        }
    }
    if from_loader(from) == from_loader(to) {
        // HotSpot merges the two when they share module and loader: "A and B are in unnamed module of loader 'app'".
        match from_loader(from) {
            LoaderId::Boot => format!("{} and {} are in module java.base of loader 'bootstrap'", from.java_name(), to.java_name()),
            LoaderId::App => format!("{} and {} are in unnamed module of loader 'app'", from.java_name(), to.java_name()),
        }
    } else {
        format!("{}; {}", describe(from), describe(to))
    }
}

fn from_loader(mut c: ClassRef) -> LoaderId {
    while let Some(component) = c.component() {
        c = component;
    }
    c.loader
}
