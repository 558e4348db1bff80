//! The runtime calls generated code makes (`rt::runtime_calls`), each with the Cranelift signature of its
//! `extern "C"` definition. The table is the one place the two are paired: a mismatch here is a wrong call.
//!
//! A call marked `leaf` neither throws, allocates, runs Java nor reads the frame records: code inlined into
//! a compiled method makes such calls as they are, and every other call with the inlined frames' records
//! materialized around it (see `translate::inline`).

use cranelift_codegen::ir::Type;
use cranelift_codegen::ir::types::{F32, F64, I32, I64};
use rt::runtime_calls as rc;

/// A runtime call: its address and its signature.
#[derive(Debug, Clone, Copy)]
pub struct RuntimeCall {
    /// The function's address.
    pub addr: usize,
    /// Parameter types.
    pub params: &'static [Type],
    /// Result types.
    pub returns: &'static [Type],
    /// Whether the call neither throws, allocates, runs Java nor reads the frame records.
    pub leaf: bool,
}

macro_rules! runtime_calls {
    (@leaf leaf) => { true };
    (@leaf) => { false };
    ($($(#[$doc:meta])* $name:ident = $f:path, [$($p:ident),*] -> [$($r:ident),*] $(, $leaf:ident)?;)*) => {
        $(
            $(#[$doc])*
            pub fn $name() -> RuntimeCall {
                RuntimeCall {
                    addr: $f as *const () as usize,
                    params: &[$($p),*],
                    returns: &[$($r),*],
                    leaf: runtime_calls!(@leaf $($leaf)?),
                }
            }
        )*
    };
}

runtime_calls! {
    /// `enter(rt, thread, method) -> frame`.
    enter = rc::enter, [I64, I64, I64] -> [I64];
    /// `osr_enter(rt, thread) -> (frame, monitor)`.
    osr_enter = rc::osr_enter, [I64, I64] -> [I64, I64];
    /// `leave(thread)`.
    leave = rc::leave, [I64] -> [], leaf;
    /// `push_inlined(rt, thread, method, bci)`.
    push_inlined = rc::push_inlined, [I64, I64, I64, I32] -> [], leaf;
    /// `pop_inlined(thread, count)`.
    pop_inlined = rc::pop_inlined, [I64, I32] -> [], leaf;
    /// `safepoint(rt, thread) -> status`.
    safepoint = rc::safepoint, [I64, I64] -> [I32];
    /// `invoke(rt, thread, method, args, kind) -> (value, thrown)`.
    invoke = rc::invoke, [I64, I64, I64, I64, I32] -> [I64, I64];
    /// `invoke_interface_cached(rt, thread, method, args, cache) -> (value, thrown)`.
    invoke_interface_cached = rc::invoke_interface_cached, [I64, I64, I64, I64, I64] -> [I64, I64];
    /// `select_method(class, method) -> selected method or null`.
    select_method = rc::select_method, [I64, I64] -> [I64], leaf;
    /// `link_dynamic(rt, thread, method, cp_index) -> status`.
    link_dynamic = rc::link_dynamic, [I64, I64, I64, I32] -> [I32];
    /// `invoke_dynamic(rt, thread, method, cp_index, args, arg_slots) -> (value, thrown)`.
    invoke_dynamic = rc::invoke_dynamic, [I64, I64, I64, I32, I64, I32] -> [I64, I64];
    /// `resolve_invoke(rt, thread, method, cp_index, opcode) -> method`.
    resolve_invoke = rc::resolve_invoke, [I64, I64, I64, I32, I32] -> [I64];
    /// `resolve_static_cached(rt, thread, method, cp_index, cache) -> method`.
    resolve_static_cached = rc::resolve_static_cached, [I64, I64, I64, I32, I64] -> [I64];
    /// `resolve_field(rt, thread, method, cp_index, is_static) -> offset or slot address`.
    resolve_field = rc::resolve_field, [I64, I64, I64, I32, I32] -> [I64];
    /// `resolve_class(rt, thread, method, cp_index) -> class`.
    resolve_class = rc::resolve_class, [I64, I64, I64, I32] -> [I64];
    /// `new_resolving(rt, thread, method, cp_index) -> object`.
    new_resolving = rc::new_resolving, [I64, I64, I64, I32] -> [I64];
    /// `new_object(rt, thread, class) -> object`.
    new_object = rc::new_object, [I64, I64, I64] -> [I64];
    /// `new_array(rt, thread, array_class, length) -> array`.
    new_array = rc::new_array, [I64, I64, I64, I32] -> [I64];
    /// `new_array_of(rt, thread, component, length) -> array`.
    new_array_of = rc::new_array_of, [I64, I64, I64, I32] -> [I64];
    /// `multi_new_array(rt, thread, method, cp_index, counts, dims) -> array`.
    multi_new_array = rc::multi_new_array, [I64, I64, I64, I32, I64, I32] -> [I64];
    /// `ldc_string(rt, thread, method, cp_index) -> string`.
    ldc_string = rc::ldc_string, [I64, I64, I64, I32] -> [I64];
    /// `ldc_class(rt, thread, method, cp_index) -> mirror`.
    ldc_class = rc::ldc_class, [I64, I64, I64, I32] -> [I64];
    /// `throw(rt, thread, kind, a, b)`.
    throw = rc::throw, [I64, I64, I32, I64, I64] -> [];
    /// `identity_hash(rt, obj) -> hash`.
    identity_hash = rc::identity_hash, [I64, I64] -> [I32], leaf;
    /// `is_instance(obj, class) -> bool`.
    is_instance = rc::is_instance, [I64, I64] -> [I32], leaf;
    /// `aastore(rt, thread, array, index, value) -> status`.
    aastore = rc::aastore, [I64, I64, I64, I32, I64] -> [I32];
    /// `find_handler(rt, thread, method, bci) -> handler bci or -1`.
    find_handler = rc::find_handler, [I64, I64, I64, I32] -> [I32];
    /// `take_pending(thread) -> exception`.
    take_pending = rc::take_pending, [I64] -> [I64], leaf;
    /// `arraycopy(rt, thread, src, src_pos, dst, dst_pos, length) -> status`.
    arraycopy = rc::arraycopy, [I64, I64, I64, I32, I64, I32, I32] -> [I32];
    /// `monitor_enter(rt, thread, obj) -> status`.
    monitor_enter = rc::monitor_enter, [I64, I64, I64] -> [I32];
    /// `monitor_exit(rt, thread, obj) -> status`.
    monitor_exit = rc::monitor_exit, [I64, I64, I64] -> [I32];
    /// `unlock_unwinding(rt, thread, obj)`.
    unlock_unwinding = rc::unlock_unwinding, [I64, I64, I64] -> [], leaf;
    /// `holds_lock(rt, thread, obj) -> bool`.
    holds_lock = rc::holds_lock, [I64, I64, I64] -> [I32], leaf;
    /// `class_mirror(rt, thread, class) -> mirror`.
    class_mirror = rc::class_mirror, [I64, I64, I64] -> [I64];
    /// `frem(a, b)`.
    frem = rc::frem, [F32, F32] -> [F32], leaf;
    /// `drem(a, b)`.
    drem = rc::drem, [F64, F64] -> [F64], leaf;
}
