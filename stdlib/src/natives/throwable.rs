//! `Throwable`'s backtrace natives: recording the stack when an exception is made, and turning the record into
//! `StackTraceElement`s when a program asks for them.
//!
//! A backtrace is a `long[]`, one entry per frame, youngest first: the class's registration number (high 32
//! bits), the method's index in its class (next 16) and the bci (low 16). Numbers, not pointers, so decoding
//! needs no trust in the array's contents: a number that names no method is skipped.

use rt::{Frame, JResult, JavaThread, LoaderId, NativeRegistry, ObjRef, Runtime, ValueKind};

use super::{reference, void};

/// The most frames recorded (HotSpot's default `MaxJavaStackTraceDepth`).
const MAX_FRAMES: usize = 1024;

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register("java/lang/Throwable", "fillInStackTrace0", "()V", |rt, thread, a| {
        let this = super::Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        fill_in(rt, thread, this)?;
        void()
    });
    natives.register(
        "java/lang/Throwable",
        "decodeBacktrace",
        "(Ljava/lang/Object;)[Ljava/lang/StackTraceElement;",
        |rt, thread, a| reference(Some(decode(rt, thread, super::Args(a).obj(0))?)),
    );
}

fn fill_in(rt: &Runtime, thread: &mut JavaThread, this: ObjRef) -> JResult<()> {
    let mut entries = Vec::new();
    let mut skipping_fill_in = true;
    let mut skipping_constructors = true;
    for frame in thread.frames.iter().rev() {
        let method = frame.method;
        if skipping_fill_in {
            if &*method.name == "fillInStackTrace0"
                || (&*method.name == "fillInStackTrace" && &*method.descriptor == "()Ljava/lang/Throwable;")
            {
                continue;
            }
            skipping_fill_in = false;
        }
        if skipping_constructors {
            // Only an interpreted frame keeps its receiver in the interpreter stack; a compiled frame's record
            // points at the stack's top, where the next interpreted frame (perhaps this exception's own
            // constructor) puts its locals. The JIT neither compiles nor inlines constructors of throwables, so
            // a compiled constructor frame is never one of the constructors being skipped.
            let receiver = thread.stack.get(frame.locals as usize).unwrap_or_default();
            if !frame.is_compiled() && method.is_constructor() && receiver == this.to_slot() {
                continue;
            }
            skipping_constructors = false;
        }
        if let Some(entry) = entry_of(frame) {
            entries.push(entry);
            if entries.len() == MAX_FRAMES {
                break;
            }
        }
    }
    thread.handles.push(this.to_slot());
    let array_class = rt.array_class_of(rt.primitive_class(ValueKind::Long));
    let array = rt.alloc_array(thread, array_class, entries.len() as i32);
    let this = ObjRef::from_slot(thread.handles.pop().unwrap_or_default()).expect("a handle keeps its object");
    let array = array?;
    for (k, &e) in entries.iter().enumerate() {
        array.array_set::<i64>(k, e);
    }
    let offset = rt.well_known().throwable_backtrace as usize;
    this.write::<u64>(offset, array.to_slot());
    rt.barrier().post_write(this.field_addr(offset));
    Ok(())
}

/// The backtrace entry of `frame`, `None` for a frame stack traces leave out (hidden classes' methods).
fn entry_of(frame: &Frame) -> Option<i64> {
    let method = frame.method;
    if method.class.hidden {
        return None;
    }
    let bci = frame.bci.min(0xFFFF);
    Some((i64::from(method.class.id) << 32) | (i64::from(method.index) << 16) | i64::from(bci))
}

/// The backtrace of a whole stack of frame records (outermost first, as a thread keeps them), innermost frame
/// first and at most [`MAX_FRAMES`] long: what `Thread.getStackTrace` shows of another thread.
pub(super) fn backtrace_of(frames: &[Frame]) -> Vec<i64> {
    frames.iter().rev().filter_map(entry_of).take(MAX_FRAMES).collect()
}

/// One frame of a backtrace as `StackTraceElement`'s constructor wants it.
struct FrameText {
    module: Option<&'static str>,
    class: String,
    method: String,
    file: Option<String>,
    line: i32,
}

fn decode(rt: &Runtime, thread: &mut JavaThread, backtrace: Option<ObjRef>) -> JResult<ObjRef> {
    let entries: Vec<i64> = match backtrace.filter(|b| b.class().element_kind() == Some(ValueKind::Long)) {
        Some(array) => (0..array.array_length() as usize).map(|k| array.array_get::<i64>(k)).collect(),
        None => Vec::new(),
    };
    decode_entries(rt, thread, &entries)
}

/// The `StackTraceElement[]` of a backtrace's entries (entries naming no method are skipped).
pub(super) fn decode_entries(rt: &Runtime, thread: &mut JavaThread, entries: &[i64]) -> JResult<ObjRef> {
    let mut frames = Vec::new();
    for &e in entries {
        let (class_id, method_index, bci) = ((e >> 32) as u32, ((e >> 16) & 0xFFFF) as usize, (e & 0xFFFF) as u32);
        let Some(class) = rt.class_by_id(class_id) else { continue };
        let Some(method) = class.methods.get(method_index) else { continue };
        let line = if method.is_native() {
            -2
        } else {
            method.code.as_ref().and_then(|c| c.line_of(bci)).map_or(-1, i32::from)
        };
        frames.push(FrameText {
            module: (class.loader == LoaderId::Boot).then_some("java.base"),
            class: class.java_name(),
            method: method.name.to_string(),
            file: class.source_file.as_deref().map(str::to_owned),
            line,
        });
    }
    let element_class = rt.load_class(thread, "java/lang/StackTraceElement", LoaderId::Boot)?;
    rt.ensure_initialized(thread, element_class)?;
    let constructor = element_class
        .declared_method(
            "<init>",
            "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V",
        )
        .ok_or_else(|| rt.throw_new(thread, "java/lang/InternalError", Some("StackTraceElement lacks its 7-argument constructor")))?;
    let array_class = rt.array_class_of(element_class);
    let array = rt.alloc_array(thread, array_class, frames.len() as i32)?;
    let base = thread.handles.len();
    thread.handles.push(array.to_slot());
    let result = (|| {
        for (k, frame) in frames.iter().enumerate() {
            let module = optional_string(rt, thread, frame.module)?;
            thread.handles.push(module);
            let class = rt.new_string(thread, &frame.class)?.to_slot();
            thread.handles.push(class);
            let method = rt.new_string(thread, &frame.method)?.to_slot();
            thread.handles.push(method);
            let file = optional_string(rt, thread, frame.file.as_deref())?;
            thread.handles.push(file);
            let element = rt.alloc_object(thread, element_class)?;
            let h = &thread.handles[base + 1..];
            let args = [element.to_slot(), 0, h[0], 0, h[1], h[2], h[3], u64::from(frame.line as u32)];
            thread.handles.truncate(base + 1);
            // The constructor runs Java, which may collect: the element is re-read from its handle after it.
            thread.handles.push(element.to_slot());
            rt.invoke(thread, constructor, &args)?;
            let element = thread.handles.pop().unwrap_or_default();
            let array = ObjRef::from_slot(thread.handles[base]).expect("a handle keeps its array");
            array.array_set::<u64>(k, element);
            rt.barrier().post_write(array.field_addr(ObjRef::element_offset(k, 8)));
        }
        Ok(())
    })();
    let array = ObjRef::from_slot(thread.handles[base]).expect("a handle keeps its array");
    thread.handles.truncate(base);
    result.map(|()| array)
}

fn optional_string(rt: &Runtime, thread: &mut JavaThread, text: Option<&str>) -> JResult<u64> {
    match text {
        Some(t) => Ok(rt.new_string(thread, t)?.to_slot()),
        None => Ok(0),
    }
}
