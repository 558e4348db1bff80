//! Inlining: a call to a small method with a known target is translated into the caller's function.
//!
//! What is inlined: callees of at most [`MAX_INLINE_BYTES`] bytes of bytecode, up to [`MAX_DEPTH`] levels and
//! [`MAX_TOTAL_BYTES`] per compiled method, never recursively, without `jsr` or constants the front end does
//! not translate, and never a class initializer or a constructor of a throwable (see `translate`), nor a
//! static `synchronized` method whose class has no mirror yet. Calls with one target (static, `invokespecial`, private and
//! final methods) are inlined directly. A virtual call whose resolved method is concrete is inlined behind a
//! guard: the receiver's vtable entry must be the resolved method itself (so subclasses that do not override
//! it take the inlined path too); otherwise the call goes through the entry as before. No class-hierarchy
//! assumption is made, so classes loaded later need no invalidation.
//!
//! The callee's code is translated with its own locals, stack variables, blocks and exception exits (the
//! translator's per-method state is set aside meanwhile); its returns jump to a continuation block in the
//! caller, where the caller's operand stack is reloaded from its variables. Its references are variables and
//! values of the same function, so the caller's stack maps cover them. Its handlers catch what its code
//! throws as in a compiled method (`find_handler` on the callee at the throwing bci); what they do not catch
//! goes to the caller's exception exit for the call. A `synchronized` callee locks in the caller's code and
//! unlocks before its returns and on that way out (see `monitors`).
//!
//! Frames: an inlined call pushes no frame record. Whenever inlined code calls out (a Java call, or a
//! runtime call that is not a leaf: anything that can throw, allocate, run Java or read the records, which
//! includes every throw and the safepoint's slow path), the compiled frame's record holds the bci of the
//! outermost inlined call and a record for each inlined frame (the method and its current bci, as
//! `rt::runtime_calls::push_inlined` makes them) is pushed around the call, by stores right above the
//! compiled frame's record (`records`), and popped right after it. So a stack trace, a helpful
//! `NullPointerException` message or a caller-sensitive native sees exactly the frames the program would
//! have without inlining, and a throw from inlined code that no handler of the inlined frames catches goes to
//! the caller's exception exit at the call's bci, as the callee would have returned it there.

use std::sync::atomic::Ordering;

use classfile::constant_pool::{Constant, ConstantPool};
use classfile::opcode::Opcode;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, TrapCode, Value};
use rt::MethodRef;
use rt::method::MethodCode;

use crate::blocks::Blocks;

use super::{Flow, Kind, MethodState, R, Translator};

/// The most bytes of bytecode a callee may have to be inlined by default (HotSpot's `MaxInlineSize`).
pub const MAX_INLINE_BYTES: usize = 35;
/// The deepest nesting of inlined calls.
pub const MAX_DEPTH: usize = 4;
/// The most bytes of bytecode inlined into one compiled method (bounds code size and compile time).
pub const MAX_TOTAL_BYTES: usize = 600;

const _: () = assert!(MAX_DEPTH <= rt::runtime_calls::INLINED_RESERVE_FRAMES);

/// One inlined call: the method that made it and the bci of the call in that method.
#[derive(Debug, Clone, Copy)]
pub(super) struct InlineSite {
    pub(super) caller: MethodRef,
    pub(super) bci: u32,
}

/// A callee that passed the checks, with its decoded code.
pub(super) struct Plan<'a> {
    method: MethodRef,
    code: &'a MethodCode,
    cp: &'a ConstantPool,
    blocks: Blocks,
}


impl<'a> Translator<'a, '_> {
    /// Whether a call to `callee` may be inlined here, and its decoded code if so.
    pub(super) fn inline_plan(&self, callee: MethodRef) -> Option<Plan<'a>> {
        let method = callee.get(self.rt);
        let code = method.code.as_ref()?;
        let class_file = method.class.get(self.rt).class_file.as_deref()?;
        let size = code.bytes.len();
        let excluded = !self.inlining.enabled
            || method.is_native()
            || method.is_abstract()
            || (method.is_synchronized() && method.is_static() && method.class.mirror.load(Ordering::Acquire) == 0)
            || &*method.name == "<clinit>"
            || (method.is_constructor() && super::is_throwable(method.class))
            || size > self.inlining.max_size
            || self.inline.len() >= MAX_DEPTH
            || self.inlined_bytes + size > MAX_TOTAL_BYTES
            || callee == self.cur.method
            || self.inline.iter().any(|site| site.caller == callee);
        if excluded {
            return None;
        }
        let blocks = Blocks::find(code).ok()?;
        let cp = &class_file.constant_pool;
        let mut returns = false;
        for insn in &blocks.instructions {
            use Opcode::*;
            match insn.opcode {
                Jsr | JsrW | Ret => return None,
                Ldc | LdcW => {
                    let constant = cp.get(classfile::CpIndex(insn.cp_index()?)).ok()?;
                    if !matches!(constant, Constant::Integer(_) | Constant::Float(_) | Constant::String { .. } | Constant::Class { .. }) {
                        return None;
                    }
                }
                Ireturn | Lreturn | Freturn | Dreturn | Areturn | Return => returns = true,
                _ => {}
            }
        }
        returns.then_some(Plan { method: callee, code, cp, blocks })
    }

    /// Translates the call at the current bci of `plan`'s method inline, with `args` (popped from the stack,
    /// a receiver already null-checked) and a result of kind `ret`. With `guard` (the method the receiver's
    /// vtable selects), the inlined code runs only when that is the planned method, and the call goes through
    /// it otherwise.
    pub(super) fn inline_call(&mut self, plan: Plan<'a>, args: &[(Value, Kind)], ret: Option<Kind>, guard: Option<Value>) -> R<Flow> {
        let call_bci = self.cur.bci;
        // The caller's operand stack waits in its variables, as across any block boundary.
        self.save_stack();
        let exit = self.exception_exit();
        let continuation = self.b.create_block();
        if let Some(k) = ret {
            self.b.append_block_param(continuation, k.ty());
        }
        if let Some(selected) = guard {
            let inlined = self.b.create_block();
            let miss = self.b.create_block();
            self.b.set_cold_block(miss);
            let expected = self.iconst(I64, plan.method.as_ptr() as i64);
            let hit = self.b.ins().icmp(IntCC::Equal, selected, expected);
            self.b.ins().brif(hit, inlined, &[], miss, &[]);
            self.b.switch_to_block(miss);
            let area = self.store_args(args);
            let (value, thrown) = self.call_direct(selected, area);
            self.check_failed(thrown);
            let passed: Vec<BlockArg> = ret.map(|k| BlockArg::Value(self.value_of(value, k))).into_iter().collect();
            self.b.ins().jump(continuation, &passed);
            self.b.switch_to_block(inlined);
        }

        let size = plan.code.bytes.len();
        self.inline.push(InlineSite { caller: self.cur.method, bci: call_bci });
        // What the callee throws and does not catch leaves through the caller's exit for the call; a
        // `synchronized` callee's through an unwind block of its own first, made when needed, which unlocks.
        let synchronized = plan.method.is_synchronized();
        let unwind = if synchronized { None } else { Some(exit) };
        let mut callee = MethodState::new(plan.method, plan.code, plan.cp, plan.blocks, unwind);
        callee.ret_to = Some((continuation, ret));
        let caller = self.swap_state(callee);
        let translated = self.translate_inlined(args, exit);
        let callee = self.swap_state(caller);
        self.inline.pop();
        translated?;
        if synchronized
            && let (Some(unwind), Some(sync)) = (callee.unwind, callee.sync_obj)
        {
            self.unlock_inlined_unwinding(unwind, sync, exit);
        }
        self.inlined_bytes += size;
        self.inlined.calls += 1;
        self.inlined.guarded += u32::from(guard.is_some());

        self.b.switch_to_block(continuation);
        // The callee's blocks cleared the caller's checks; the callee's own do not dominate the continuation.
        self.non_null.clear();
        if callee.returns == 0 && guard.is_none() {
            // The callee never returns (its returns are unreachable): neither does the call.
            self.b.ins().trap(TrapCode::unwrap_user(1));
            return Ok(Flow::Ended);
        }
        let kinds = self.stack_kinds();
        self.reload_stack(kinds);
        if let Some(k) = ret {
            let value = self.b.block_params(continuation)[0];
            self.push(value, k);
        }
        Ok(Flow::Next)
    }

    /// The callee's body, in the callee's state: arguments into its locals, the lock of a `synchronized`
    /// callee (failing to `exit`), then its blocks.
    fn translate_inlined(&mut self, args: &[(Value, Kind)], exit: Block) -> R<()> {
        let mut slot = 0u16;
        for &(value, kind) in args {
            let var = self.local(slot, kind);
            self.b.def_var(var, value);
            slot += if kind.wide() { 2 } else { 1 };
        }
        self.lock_inlined(args, exit);
        self.translate_from(0)
    }

    fn swap_state(&mut self, state: MethodState<'a>) -> MethodState<'a> {
        std::mem::replace(&mut self.cur, state)
    }

    /// In inlined code: stores the outermost call's bci in the compiled frame's record and pushes a record
    /// for each inlined frame (outermost first, each at its current bci). Returns how many were pushed.
    pub(super) fn push_inlined_frames(&mut self) -> u32 {
        if self.inline.is_empty() {
            return 0;
        }
        self.sync_bci();
        let mut sites: Vec<(MethodRef, u32)> = self.inline[1..].iter().map(|site| (site.caller, site.bci)).collect();
        sites.push((self.cur.method, self.cur.bci));
        self.push_inlined_records(&sites);
        sites.len() as u32
    }

    /// Pops the records [`Self::push_inlined_frames`] pushed.
    pub(super) fn pop_inlined_frames(&mut self, count: u32) {
        if count > 0 {
            self.pop_inlined_records(count);
        }
    }
}
