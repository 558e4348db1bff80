//! The slow forms of instructions that refer to the constant pool: resolve on first execution, check what
//! JVMS 6.5 requires of the resolved member, then rewrite the instruction into its quick form (only once the
//! class it depends on is fully initialized, so no later execution can skip an initialization check).

use std::sync::atomic::AtomicU64;

use rt::object::ObjRef;
use rt::thread::{JResult, JavaThread, Thrown};
use rt::{ClassKind, ClassRef, MethodRef, Runtime, ValueKind};

use super::Regs;
use crate::quick::{QuickCode, a_of, b_of, c_of, op, op_of, pack};
use crate::slots::Slots;

pub(super) use crate::slots::{side_class, side_method};

/// What the loop does after a slow instruction.
pub(super) enum Step {
    /// The instruction was rewritten: execute it again, now quick.
    Retry,
    /// The instruction was executed here: go to the next one.
    Next,
}

/// Narrowing codes for `putstatic` (operand `a` of `PUTSTATIC_1`): what a static field of each kind keeps of
/// the int it is given.
const NARROW_NONE: u8 = 0;
const NARROW_INT: u8 = 1;
const NARROW_BOOLEAN: u8 = 2;
const NARROW_BYTE: u8 = 3;
const NARROW_CHAR: u8 = 4;
const NARROW_SHORT: u8 = 5;

fn narrow_code(kind: ValueKind) -> u8 {
    match kind {
        ValueKind::Int | ValueKind::Float => NARROW_INT,
        ValueKind::Boolean => NARROW_BOOLEAN,
        ValueKind::Byte => NARROW_BYTE,
        ValueKind::Char => NARROW_CHAR,
        ValueKind::Short => NARROW_SHORT,
        _ => NARROW_NONE,
    }
}

/// The value a one-slot static field of the given narrowing code stores.
#[inline(always)]
pub(super) fn narrow_static(code: u8, value: u64) -> u64 {
    let int = value as u32 as i32;
    match code {
        NARROW_INT => u64::from(int as u32),
        NARROW_BOOLEAN => u64::from((int & 1) as u32),
        NARROW_BYTE => u64::from(i32::from(int as i8) as u32),
        NARROW_CHAR => u64::from(int as u16),
        NARROW_SHORT => u64::from(i32::from(int as i16) as u32),
        _ => value,
    }
}

/// The static slot a quick `getstatic`/`putstatic` reads: the class is in the side entry, the slot index in `b`.
#[inline(always)]
pub(super) fn static_slot(code: &QuickCode, word: u64) -> &AtomicU64 {
    let class = side_class(code, word);
    // The class lives as long as the VM, and so as long as this method's code, which borrows it here.
    let statics: &[AtomicU64] = &class.get(code).statics;
    &statics[usize::from(b_of(word))]
}

/// The array class a `newarray` or quick `anewarray` creates, cached in the side entry.
pub(super) fn array_class(rt: &Runtime, thread: &mut JavaThread, code: &QuickCode, word: u64) -> JResult<ClassRef> {
    if code.side(c_of(word)) != 0 {
        return Ok(side_class(code, word));
    }
    let component = match classfile::opcode::ArrayType::from_u8(a_of(word)) {
        Some(atype) => rt.primitive_class(ValueKind::of_descriptor(&atype.descriptor().to_string())),
        None => return Err(rt.throw_new(thread, "java/lang/InternalError", Some("bad newarray type"))),
    };
    let class = rt.array_class_of(component);
    code.set_side(c_of(word), class.as_ptr() as usize as u64);
    let _ = thread;
    Ok(class)
}

/// `AbstractMethodError` for an interface call whose receiver has no implementation.
pub(super) fn throw_no_implementation(rt: &Runtime, thread: &mut JavaThread, receiver: ObjRef, method: MethodRef) -> Thrown {
    let message = format!(
        "Receiver class {} does not define or inherit an implementation of the resolved method '{}' of interface {}.",
        receiver.class().java_name(),
        abstract_signature(method),
        method.class.java_name()
    );
    rt.throw_new(thread, "java/lang/AbstractMethodError", Some(&message))
}

fn abstract_signature(method: MethodRef) -> String {
    let signature = method.java_signature();
    let inner = signature.trim_matches('\'');
    let without_class = inner.replacen(&format!("{}.", method.class.java_name()), "", 1);
    format!("abstract {without_class}")
}

/// Executes or quickens the slow instruction at `r.pc`.
pub(super) fn quicken<'rt>(rt: &'rt Runtime, thread: &mut JavaThread, r: &mut Regs<'rt>, w: u64, s: Slots) -> JResult<Step> {
    let class = r.m.class;
    let index = b_of(w);
    let code = r.code;
    let pc = r.pc;
    match op_of(w) {
        op::LDC_STRING => {
            let string = rt.resolve_string(thread, class, index)?;
            s.set(r.sp, string.to_slot());
            r.sp += 1;
            Ok(Step::Next)
        }
        op::LDC_CLASS => {
            let target = rt.resolve_class(thread, class, index)?;
            let mirror = rt.mirror_of(thread, target)?;
            s.set(r.sp, mirror.to_slot());
            r.sp += 1;
            Ok(Step::Next)
        }
        op::LDC_UNSUPPORTED => Err(rt.throw_new(
            thread,
            "java/lang/InternalError",
            Some("ldc of a MethodHandle, MethodType or dynamic constant is not supported yet"),
        )),
        op::GETSTATIC | op::PUTSTATIC => {
            let field = rt.resolve_field(thread, class, index)?;
            if !field.is_static() {
                let message = format!("Expected static field {}.{}", field.holder.java_name(), field.name);
                return Err(rt.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message)));
            }
            rt.ensure_initialized(thread, field.holder)?;
            let two = field.kind.slots() == 2;
            let quick = match (op_of(w), two) {
                (op::GETSTATIC, false) => op::GETSTATIC_1,
                (op::GETSTATIC, true) => op::GETSTATIC_2,
                (_, false) => op::PUTSTATIC_1,
                (_, true) => op::PUTSTATIC_2,
            };
            let slot_index = field.offset as u16;
            let volatile_put = quick != op::GETSTATIC_1 && quick != op::GETSTATIC_2 && field.access.has(classfile::AccessFlags::VOLATILE);
            let quick_word = if volatile_put {
                let wide = if two { super::volatile::WIDE_STATIC } else { 0 };
                pack(op::PUTSTATIC_VOL, narrow_code(field.kind) | wide, slot_index, c_of(w))
            } else {
                pack(quick, narrow_code(field.kind), slot_index, c_of(w))
            };
            code.set_side(c_of(w), field.holder.as_ptr() as usize as u64);
            if field.holder.init.is_done() {
                code.rewrite(pc, quick_word);
                return Ok(Step::Retry);
            }
            // The class is being initialized by this thread (a recursive request): access it without
            // rewriting, so other threads still stop at the initialization check.
            let slot = static_slot(code, quick_word);
            match quick {
                op::GETSTATIC_1 | op::GETSTATIC_2 => {
                    s.set(r.sp, slot.load(std::sync::atomic::Ordering::Relaxed));
                    r.sp += if two { 2 } else { 1 };
                }
                _ => {
                    r.sp -= if two { 2 } else { 1 };
                    let value = narrow_static(narrow_code(field.kind), s.get(r.sp));
                    // Sequentially consistent: right for volatile statics, and this path is rare.
                    slot.store(value, std::sync::atomic::Ordering::SeqCst);
                }
            }
            Ok(Step::Next)
        }
        op::GETFIELD | op::PUTFIELD => {
            let field = rt.resolve_field(thread, class, index)?;
            if field.is_static() {
                let message = format!("Expected non-static field {}.{}", field.holder.java_name(), field.name);
                return Err(rt.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message)));
            }
            let quick = match (op_of(w), field.kind) {
                (op::GETFIELD, ValueKind::Int | ValueKind::Float) => op::GETFIELD_I32,
                (op::GETFIELD, ValueKind::Long | ValueKind::Double) => op::GETFIELD_I64,
                (op::GETFIELD, ValueKind::Byte | ValueKind::Boolean) => op::GETFIELD_I8,
                (op::GETFIELD, ValueKind::Char) => op::GETFIELD_U16,
                (op::GETFIELD, ValueKind::Short) => op::GETFIELD_I16,
                (op::GETFIELD, _) => op::GETFIELD_REF,
                (_, ValueKind::Int | ValueKind::Float) => op::PUTFIELD_I32,
                (_, ValueKind::Long | ValueKind::Double) => op::PUTFIELD_I64,
                (_, ValueKind::Byte) => op::PUTFIELD_I8,
                (_, ValueKind::Boolean) => op::PUTFIELD_BOOL,
                (_, ValueKind::Char | ValueKind::Short) => op::PUTFIELD_I16,
                (_, _) => op::PUTFIELD_REF,
            };
            if field.access.has(classfile::AccessFlags::VOLATILE) {
                code.rewrite(pc, pack(if op_of(w) == op::GETFIELD { op::GETFIELD_VOL } else { op::PUTFIELD_VOL }, quick, 0, field.offset));
                return Ok(Step::Retry);
            }
            code.rewrite(pc, pack(quick, 0, 0, field.offset));
            // `aload n; getfield` (nearly every field read in object-oriented code) becomes one dispatch:
            // the load before it is rewritten into the fused form, unless something jumps between the two.
            let fused = match quick {
                op::GETFIELD_I32 => Some(op::LOAD_GETFIELD_I32),
                op::GETFIELD_REF => Some(op::LOAD_GETFIELD_REF),
                op::GETFIELD_I64 => Some(op::LOAD_GETFIELD_I64),
                _ => None,
            };
            if let Some(fused) = fused
                && pc > 0
                && !code.is_target(pc)
            {
                let before = code.word(pc - 1);
                if op_of(before) == op::LOAD && b_of(before) < 256 {
                    code.rewrite(pc - 1, pack(fused, b_of(before) as u8, 0, field.offset));
                }
            }
            Ok(Step::Retry)
        }
        op::INVOKEVIRTUAL | op::INVOKESPECIAL | op::INVOKESTATIC | op::INVOKEINTERFACE => {
            let method = rt.resolve_method(thread, class, index)?;
            rt::resolve::check_invoke_kind(rt, thread, method, op_of(w) == op::INVOKESTATIC)?;
            let (quick, target) = match op_of(w) {
                op::INVOKESTATIC => {
                    rt.ensure_initialized(thread, method.class)?;
                    (op::INVOKESTATIC_Q, method)
                }
                op::INVOKESPECIAL => (op::INVOKEDIRECT_Q, rt::resolve::select_special(class, method)),
                _ if method.is_private() || method.access.is_final() || method.is_constructor() => {
                    (op::INVOKEDIRECT_Q, method)
                }
                op::INVOKEVIRTUAL => (op::INVOKEVIRTUAL_Q, method),
                _ if method.class.is_interface() => (op::INVOKEINTERFACE_Q, method),
                _ => (op::INVOKEVIRTUAL_Q, method),
            };
            code.set_side(c_of(w), target.as_ptr() as usize as u64);
            if quick == op::INVOKESTATIC_Q && !method.class.init.is_done() {
                // Recursive initialization in progress on this thread: call without rewriting.
                let args_at = r.sp - usize::from(target.arg_slots);
                super::call::invoke(rt, thread, r, target, args_at)?;
                return Ok(Step::Retry);
            }
            code.rewrite(pc, pack(quick, 0, 0, c_of(w)));
            Ok(Step::Retry)
        }
        op::INVOKEDYNAMIC => {
            let (arg_slots, ret) = call_shape(class, index);
            let args_at = r.sp - arg_slots;
            // Linking can collect; the arguments stay on the operand stack (inside the saved sp) meanwhile and
            // are read only after it.
            rt.link_dynamic(thread, class, index)?;
            let args: Vec<u64> = (0..arg_slots).map(|k| s.get(args_at + k)).collect();
            let value = rt.invoke_dynamic(thread, class, index, &args)?;
            r.sp = args_at;
            if ret > 0 {
                s.set(r.sp, value);
                r.sp += ret;
            }
            Ok(Step::Next)
        }
        op::NEW => {
            let target = rt.resolve_class(thread, class, index)?;
            if target.is_interface() || target.access.is_abstract() || !matches!(target.kind, ClassKind::Instance) {
                return Err(rt.throw_new(thread, "java/lang/InstantiationError", Some(&target.java_name())));
            }
            rt.ensure_initialized(thread, target)?;
            code.set_side(c_of(w), target.as_ptr() as usize as u64);
            if target.init.is_done() {
                code.rewrite(pc, pack(op::NEW_Q, 0, 0, c_of(w)));
                return Ok(Step::Retry);
            }
            let obj = rt.alloc_object(thread, target)?;
            s.set(r.sp, obj.to_slot());
            r.sp += 1;
            Ok(Step::Next)
        }
        op::ANEWARRAY => {
            let component = rt.resolve_class(thread, class, index)?;
            let array = rt.array_class_of(component);
            code.set_side(c_of(w), array.as_ptr() as usize as u64);
            code.rewrite(pc, pack(op::ANEWARRAY_Q, 0, 0, c_of(w)));
            Ok(Step::Retry)
        }
        op::CHECKCAST | op::INSTANCEOF => {
            let top = s.get(r.sp - 1);
            if top == 0 {
                // HotSpot resolves lazily: a null operand needs no class.
                if op_of(w) == op::INSTANCEOF {
                    s.set(r.sp - 1, 0);
                }
                return Ok(Step::Next);
            }
            let target = rt.resolve_class(thread, class, index)?;
            code.set_side(c_of(w), target.as_ptr() as usize as u64);
            let quick = if op_of(w) == op::CHECKCAST { op::CHECKCAST_Q } else { op::INSTANCEOF_Q };
            code.rewrite(pc, pack(quick, 0, 0, c_of(w)));
            Ok(Step::Retry)
        }
        op::MULTIANEWARRAY => {
            let array = rt.resolve_class(thread, class, index)?;
            let dims = usize::from(a_of(w));
            r.sp -= dims;
            let counts: Vec<i32> = (0..dims).map(|k| s.get(r.sp + k) as u32 as i32).collect();
            let result = rt.alloc_multi_array(thread, array, &counts)?;
            s.set(r.sp, result.to_slot());
            r.sp += 1;
            Ok(Step::Next)
        }
        other => {
            let message = format!("interpreter: unexpected operation {}", crate::quick::op_name(other));
            Err(rt.throw_new(thread, "java/lang/InternalError", Some(&message)))
        }
    }
}

/// Argument and result slots of an `invokedynamic` call site's descriptor.
fn call_shape(class: ClassRef, index: u16) -> (usize, usize) {
    let descriptor = class
        .class_file
        .as_deref()
        .and_then(|cf| cf.constant_pool.dynamic(classfile::CpIndex(index)).ok().map(|d| d.2.to_owned()));
    let parsed = descriptor.as_deref().and_then(classfile::descriptor::MethodDescriptor::parse);
    match parsed {
        Some(d) => (d.parameter_slots(), d.return_type.as_ref().map_or(0, |t| usize::from(t.slots()))),
        None => (0, 0),
    }
}
