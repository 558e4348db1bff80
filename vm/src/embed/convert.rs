//! Conversions between host values and slots, with the type checks that keep Java's invariants (an
//! argument passed where a `String` is expected is a `String`), and GC safety (references made while
//! converting are kept on the thread's handle stack until the call).

use std::sync::Arc;

use classfile::descriptor::{BaseType, FieldType};
use rt::wellknown::primitive_index;
use rt::{ClassRef, JResult, JavaThread, LoaderId, ObjRef, Runtime, Thrown, ValueKind};

use super::error::VmError;
use super::value::{JavaArray, JavaObject, JavaValue};

/// Why a step failed: a Java exception (or stop) on the thread, or a host-side error.
#[derive(Debug)]
pub(crate) enum Fail {
    /// An exception is pending on the thread, or the thread is unwinding for a stop or exit.
    Thrown,
    /// A host-side error.
    Vm(VmError),
}

impl From<Thrown> for Fail {
    fn from(_: Thrown) -> Self {
        Self::Thrown
    }
}

impl From<VmError> for Fail {
    fn from(e: VmError) -> Self {
        Self::Vm(e)
    }
}

/// The internal name of the class of values of reference type `ty` (`java/lang/String`, `[I`).
pub(crate) fn class_name(ty: &FieldType) -> String {
    match ty {
        FieldType::Object(name) => name.clone(),
        FieldType::Base(b) => b.descriptor_char().to_string(),
        FieldType::Array { dimensions, element } => {
            let element = match &**element {
                FieldType::Object(name) => format!("L{name};"),
                other => class_name(other),
            };
            format!("{}{element}", "[".repeat(usize::from(*dimensions)))
        }
    }
}

/// `obj` (where it is now: loading `ty`'s class through `loader` may have moved it) if it may be stored where
/// `ty` is expected, `None` if not.
pub(crate) fn fits(
    rt: &Runtime,
    thread: &mut JavaThread,
    obj: ObjRef,
    ty: &FieldType,
    loader: LoaderId,
) -> JResult<Option<ObjRef>> {
    let name = class_name(ty);
    if name == "java/lang/Object" {
        return Ok(Some(obj));
    }
    thread.handles.push(obj.to_slot());
    let target = rt.load_class(thread, &name, loader);
    let obj = ObjRef::from_slot(thread.handles.pop().unwrap_or_default());
    let target = target?;
    Ok(obj.filter(|o| o.class().is_assignable_to(&target)))
}

/// Converts the arguments to slots for a method with parameters `params` of a class of `loader`. References
/// are pushed on the thread's handle stack as they are made and read back at the end, so a collection
/// while converting a later argument cannot invalidate an earlier one. The caller truncates the handle stack.
/// `method` names the method in errors (computed only then).
pub(crate) fn to_slots(
    rt: &Runtime,
    thread: &mut JavaThread,
    handles: &Arc<rt::global_handles::GlobalHandles>,
    method: &dyn Fn() -> String,
    params: &[FieldType],
    loader: LoaderId,
    args: &[JavaValue],
) -> Result<Vec<u64>, Fail> {
    if params.len() != args.len() {
        return Err(VmError::ArgumentMismatch {
            method: method(),
            index: args.len().min(params.len()),
            expected: format!("{} arguments", params.len()),
            got: format!("{} arguments", args.len()),
        }
        .into());
    }
    let mismatch = |index: usize, ty: &FieldType, arg: &JavaValue| {
        Fail::Vm(VmError::ArgumentMismatch {
            method: method(),
            index,
            expected: ty.to_string(),
            got: arg.kind_name(),
        })
    };
    let mut slots = Vec::with_capacity(args.len() + 2);
    // (index in `slots`, index in the thread's handle stack) of each reference argument.
    let mut refs = Vec::new();
    for (index, (ty, arg)) in params.iter().zip(args).enumerate() {
        let slot = match (ty, arg) {
            (FieldType::Base(b), arg) => match primitive_slot(*b, arg) {
                Some(slot) => slot,
                None => return Err(mismatch(index, ty, arg)),
            },
            (_, JavaValue::Null) => 0,
            (_, JavaValue::Str(_) | JavaValue::Array(_) | JavaValue::Object(_)) => {
                let obj = match arg {
                    JavaValue::Str(s) => rt.new_string(thread, s)?,
                    JavaValue::Array(a) => new_array(rt, thread, a)?,
                    JavaValue::Object(o) => o.get(handles)?,
                    _ => return Err(mismatch(index, ty, arg)),
                };
                match fits(rt, thread, obj, ty, loader)? {
                    Some(obj) => obj.to_slot(),
                    None => return Err(mismatch(index, ty, arg)),
                }
            }
            _ => return Err(mismatch(index, ty, arg)),
        };
        if ty.is_reference() && slot != 0 {
            refs.push((slots.len(), thread.handles.len()));
            thread.handles.push(slot);
        }
        slots.push(slot);
        if ty.slots() == 2 {
            slots.push(0);
        }
    }
    for (slot, handle) in refs {
        slots[slot] = thread.handles[handle];
    }
    Ok(slots)
}

/// The slot of a primitive argument of type `b`, if `arg` is that type.
fn primitive_slot(b: BaseType, arg: &JavaValue) -> Option<u64> {
    let int = |v: i32| u64::from(v as u32);
    Some(match (b, arg) {
        (BaseType::Boolean, JavaValue::Boolean(v)) => u64::from(*v),
        (BaseType::Byte, JavaValue::Byte(v)) => int(i32::from(*v)),
        (BaseType::Char, JavaValue::Char(v)) => u64::from(*v),
        (BaseType::Short, JavaValue::Short(v)) => int(i32::from(*v)),
        (BaseType::Int, JavaValue::Int(v)) => int(*v),
        (BaseType::Long, JavaValue::Long(v)) => *v as u64,
        (BaseType::Float, JavaValue::Float(v)) => u64::from(v.to_bits()),
        (BaseType::Double, JavaValue::Double(v)) => v.to_bits(),
        _ => return None,
    })
}

/// A new Java array holding `array`'s elements.
pub(crate) fn new_array(rt: &Runtime, thread: &mut JavaThread, array: &JavaArray) -> JResult<ObjRef> {
    fn fill<T: rt::object::Primitive, U: Copy>(
        rt: &Runtime,
        thread: &mut JavaThread,
        kind: ValueKind,
        items: &[U],
        map: impl Fn(U) -> T,
    ) -> JResult<ObjRef> {
        let element = rt.well_known().primitives[primitive_index(kind)];
        let length = i32::try_from(items.len()).unwrap_or(i32::MAX);
        let obj = rt.alloc_array(thread, rt.array_class_of(element), length)?;
        for (k, &v) in items.iter().enumerate() {
            obj.array_set::<T>(k, map(v));
        }
        Ok(obj)
    }
    match array {
        JavaArray::Boolean(v) => fill(rt, thread, ValueKind::Boolean, v, i8::from),
        JavaArray::Byte(v) => fill(rt, thread, ValueKind::Byte, v, |b| b),
        JavaArray::Char(v) => fill(rt, thread, ValueKind::Char, v, |c| c),
        JavaArray::Short(v) => fill(rt, thread, ValueKind::Short, v, |s| s),
        JavaArray::Int(v) => fill(rt, thread, ValueKind::Int, v, |i| i),
        JavaArray::Long(v) => fill(rt, thread, ValueKind::Long, v, |l| l),
        JavaArray::Float(v) => fill(rt, thread, ValueKind::Float, v, |f| f),
        JavaArray::Double(v) => fill(rt, thread, ValueKind::Double, v, |d| d),
        JavaArray::String(v) => rt.new_string_array(thread, v),
    }
}

/// The elements of a Java array of primitives or strings.
pub(crate) fn read_array(rt: &Runtime, obj: ObjRef) -> Result<JavaArray, VmError> {
    let class = obj.class();
    let length = usize::try_from(obj.array_length()).unwrap_or(0);
    fn read<T: rt::object::Primitive>(obj: ObjRef, length: usize) -> Vec<T> {
        (0..length).map(|k| obj.array_get::<T>(k)).collect()
    }
    let mismatch = || VmError::TypeMismatch { expected: "JavaArray", got: class.java_name() };
    Ok(match class.element_kind() {
        Some(ValueKind::Boolean) => read::<i8>(obj, length).into_iter().map(|b| b != 0).collect::<Vec<_>>().into(),
        Some(ValueKind::Byte) => JavaArray::Byte(read(obj, length)),
        Some(ValueKind::Char) => JavaArray::Char(read(obj, length)),
        Some(ValueKind::Short) => JavaArray::Short(read(obj, length)),
        Some(ValueKind::Int) => JavaArray::Int(read(obj, length)),
        Some(ValueKind::Long) => JavaArray::Long(read(obj, length)),
        Some(ValueKind::Float) => JavaArray::Float(read(obj, length)),
        Some(ValueKind::Double) => JavaArray::Double(read(obj, length)),
        Some(ValueKind::Reference) if class.component().is_some_and(|c| is_string(rt, c)) => {
            let mut items = Vec::with_capacity(length);
            for k in 0..length {
                let element = ObjRef::from_slot(obj.array_get::<u64>(k)).ok_or_else(mismatch)?;
                items.push(rt.string_to_rust(element));
            }
            JavaArray::String(items)
        }
        _ => return Err(mismatch()),
    })
}

impl From<Vec<bool>> for JavaArray {
    fn from(v: Vec<bool>) -> Self {
        Self::Boolean(v)
    }
}

/// Whether `class` is `java.lang.String`.
pub(crate) fn is_string(rt: &Runtime, class: ClassRef) -> bool {
    class == rt.well_known().string
}

/// The host value of a result (or native argument) of type `ty` (`None`: void) in `slot`. A `String` comes
/// back by value; other references as handles.
pub(crate) fn from_slot(
    rt: &Runtime,
    handles: &Arc<rt::global_handles::GlobalHandles>,
    ty: Option<&FieldType>,
    slot: u64,
) -> JavaValue {
    let Some(ty) = ty else { return JavaValue::Void };
    let int = slot as u32 as i32;
    match ty {
        FieldType::Base(BaseType::Boolean) => JavaValue::Boolean(int != 0),
        FieldType::Base(BaseType::Byte) => JavaValue::Byte(int as i8),
        FieldType::Base(BaseType::Char) => JavaValue::Char(int as u16),
        FieldType::Base(BaseType::Short) => JavaValue::Short(int as i16),
        FieldType::Base(BaseType::Int) => JavaValue::Int(int),
        FieldType::Base(BaseType::Long) => JavaValue::Long(slot as i64),
        FieldType::Base(BaseType::Float) => JavaValue::Float(f32::from_bits(slot as u32)),
        FieldType::Base(BaseType::Double) => JavaValue::Double(f64::from_bits(slot)),
        _ => match ObjRef::from_slot(slot) {
            None => JavaValue::Null,
            Some(obj) if is_string(rt, obj.class()) && matches!(ty, FieldType::Object(n) if n == "java/lang/String") => {
                JavaValue::Str(rt.string_to_rust(obj))
            }
            Some(obj) => JavaValue::Object(JavaObject::new(handles, obj)),
        },
    }
}
