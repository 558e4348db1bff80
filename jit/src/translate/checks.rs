//! Exceptions and checks: the bci kept in the frame record, the exception exits (a handler in this method or
//! the unwind block), the null check, throwing from a cold block, and the safepoint poll.

use std::collections::HashSet;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, ExtFuncData, ExternalName, InstBuilder, UserExternalName, Value};
use cranelift_frontend::Variable;
use rt::runtime_calls::throw_kind;

use crate::calls;

use super::{Kind, OFF_FRAME_BCI, OFF_FUEL, OFF_POLL, OFF_POLL_STATUS, Translator, vm};

impl<'a> Translator<'a, '_> {
    /// Records the current bci in the frame record (before anything that can throw or walk the stack); in
    /// inlined code, the bci of the outermost inlined call (the inlined frames get records of their own
    /// only around calls, see `inline`).
    pub(super) fn sync_bci(&mut self) {
        let frame = self.frame();
        self.store_bci(frame);
    }

    /// [`Self::sync_bci`] in a cold block: the record found from the thread, as the top of its records
    /// (which it is whenever this code runs outside a call), when their layout is known. So a loop whose only
    /// bci stores are on cold paths (its poll's call, its throws) keeps no register for the record's address.
    fn sync_bci_cold(&mut self) {
        let Some(layout) = self.records else { return self.sync_bci() };
        let thread = self.thread();
        let data = self.b.ins().load(I64, vm(), thread, layout.data);
        let len = self.b.ins().load(I64, vm(), thread, layout.len);
        let size = std::mem::size_of::<rt::thread::Frame>() as i64;
        let offset = self.b.ins().imul_imm_s(len, size);
        let end = self.b.ins().iadd(data, offset);
        let frame = self.b.ins().iadd_imm_s(end, -size);
        self.store_bci(frame);
    }

    fn store_bci(&mut self, frame: Value) {
        let at = self.inline.first().map_or(self.cur.bci, |site| site.bci);
        let bci = self.iconst(I32, i64::from(at));
        self.b.ins().store(vm(), bci, frame, OFF_FRAME_BCI);
    }

    /// The block that pops the frame record and returns the thrown status.
    pub(super) fn unwind_block(&mut self) -> Block {
        if let Some(b) = self.cur.unwind {
            return b;
        }
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.cur.unwind = Some(block);
        block
    }

    /// A block to branch to when the current instruction has thrown: it finds a handler in this method (and
    /// jumps there with the exception on the stack) or unwinds. Its code is emitted after the blocks (a
    /// block being filled cannot be left), see [`Self::emit_exception_exit`].
    pub(super) fn exception_exit(&mut self) -> Block {
        let covered = self.cur.code.handlers.iter().any(|h| self.cur.bci >= u32::from(h.start) && self.cur.bci < u32::from(h.end));
        if !covered {
            return self.unwind_block();
        }
        if let Some(&b) = self.cur.exits.get(&self.cur.bci) {
            return b;
        }
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.cur.exits.insert(self.cur.bci, block);
        self.cur.pending_exits.push((block, self.cur.bci));
        block
    }

    pub(super) fn emit_exception_exit(&mut self, block: Block, bci: u32) {
        self.cur.bci = bci;
        let handlers: Vec<u32> = self
            .cur
            .code
            .handlers
            .iter()
            .filter(|h| bci >= u32::from(h.start) && bci < u32::from(h.end))
            .map(|h| u32::from(h.handler))
            .collect();
        self.b.switch_to_block(block);
        let rt = self.rt_ptr();
        let method = self.method_ptr();
        let at = self.iconst(I32, i64::from(bci));
        let thread = self.thread();
        let found = self.call(calls::find_handler(), &[rt, thread, method, at])[0];
        let mut seen = HashSet::new();
        for handler in handlers {
            if !seen.insert(handler) {
                continue;
            }
            let hit = self.b.create_block();
            self.b.set_cold_block(hit);
            let next = self.b.create_block();
            self.b.set_cold_block(next);
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, found, i64::from(handler));
            self.b.ins().brif(is, hit, &[], next, &[]);
            self.b.switch_to_block(hit);
            let exception = self.call(calls::take_pending(), &[thread])[0];
            let var = self.stack_var(0, Kind::A);
            self.b.def_var(var, exception);
            let target = self.edge(handler, vec![Kind::A]);
            self.b.ins().jump(target, &[]);
            self.b.switch_to_block(next);
        }
        let unwind = self.unwind_block();
        self.b.ins().jump(unwind, &[]);
    }

    /// Goes on in `cont`, the one successor of the branch just made: sealed at once, so that the variables
    /// read there are the values of the block before (not fresh block parameters), which lets checks made
    /// before it count for the rest of the bytecode block (`non_null`, the array-length loads).
    fn continue_in(&mut self, cont: Block) {
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
    }

    /// Branches to the exception exit if `failed` (an integer) is non-zero.
    pub(super) fn check_failed(&mut self, failed: Value) {
        let exit = self.exception_exit();
        let cont = self.b.create_block();
        self.b.ins().brif(failed, exit, &[], cont, &[]);
        self.continue_in(cont);
    }

    /// Branches to the exception exit if `value` is zero (a runtime call's null result).
    pub(super) fn check_zero(&mut self, value: Value) {
        let exit = self.exception_exit();
        let cont = self.b.create_block();
        self.b.ins().brif(value, cont, &[], exit, &[]);
        self.continue_in(cont);
    }

    /// Throws what `kind` says (see `rt::runtime_calls::throw_kind`) and dispatches it.
    pub(super) fn throw_now(&mut self, kind: u32, a: Value, b: Value) {
        self.sync_bci_cold();
        let rt = self.rt_ptr();
        let thread = self.thread();
        let kind = self.iconst(I32, i64::from(kind));
        self.call(calls::throw(), &[rt, thread, kind, a, b]);
        let exit = self.exception_exit();
        self.b.ins().jump(exit, &[]);
    }

    /// Continues only if `cond` is zero; otherwise throws `kind` with `a` and `b` from a cold block.
    pub(super) fn throw_if(&mut self, cond: Value, kind: u32, a: Value, b: Value) {
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let cont = self.b.create_block();
        self.b.ins().brif(cond, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.throw_now(kind, a, b);
        self.continue_in(cont);
    }

    /// Throws `NullPointerException` unless `obj` is non-null; once per value in a bytecode block (the check
    /// made first dominates the rest of the block; see `non_null`).
    pub(super) fn null_check(&mut self, obj: Value) {
        if !self.non_null.insert(obj) {
            return;
        }
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, obj, 0);
        let zero = self.iconst(I64, 0);
        self.throw_if(is_null, throw_kind::NULL_POINTER, zero, zero);
    }

    /// The safepoint poll at a loop's back-edge to `head`: [`Self::poll`], with the reference locals the loop
    /// reads (`aload` between the head and here) handed through the poll's call as copies.
    ///
    /// Why: Cranelift's spiller keeps a reference that is live across any call in its stack slot for its
    /// whole life (stored at each definition, reloaded at each use), and the poll's call would make every
    /// array a loop walks such a reference. With the copies, only the copies live across the call (spilled
    /// and reloaded in the cold block), the locals take the reloaded copies after it (the collector may
    /// have moved the objects), and on the hot path the references stay in registers.
    pub(super) fn poll_loop(&mut self, head: u32) {
        let end = self.cur.bci;
        let mut read = std::collections::BTreeSet::new();
        for insn in self.cur.blocks.instructions.iter().filter(|i| i.bci >= head && i.bci <= end) {
            read.extend(super::loops::ref_load(insn));
        }
        let vars: Vec<Variable> = read.into_iter().filter_map(|slot| self.cur.locals.get(&(slot, Kind::A)).copied()).collect();
        self.poll_with(&vars);
    }

    /// The safepoint poll: a load and a branch; the runtime call in a cold block.
    pub(super) fn poll(&mut self) {
        self.poll_with(&[]);
    }

    /// [`Self::poll`], passing the reference variables `through` the call as copies (see [`Self::poll_loop`]).
    ///
    /// The hot path reads the poll word and the metering flag beside it as one word (`rt::thread::PollWord`):
    /// zero unless a request is set or the thread's fuel is limited. The cold path charges one unit of fuel
    /// in memory, as the interpreter does at its polls, and calls the safepoint when the fuel ran out or a
    /// request is set. So a thread without limits counts nothing, and one whose limits were armed while it
    /// ran (`Runtime::arm_limits` sets its request) is metered from its next poll on.
    fn poll_with(&mut self, through: &[Variable]) {
        let thread = self.thread();
        let word = self.b.ins().load(I64, vm(), thread, OFF_POLL);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let call = self.b.create_block();
        self.b.set_cold_block(call);
        let cont = self.b.create_block();
        self.b.ins().brif(word, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        let fuel = self.b.ins().load(I64, vm(), thread, OFF_FUEL);
        let fuel = self.b.ins().iadd_imm_s(fuel, -1);
        self.b.ins().store(vm(), fuel, thread, OFF_FUEL);
        let empty = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, fuel, 0);
        let request = self.b.ins().load(I32, vm(), thread, OFF_POLL + rt::thread::PollWord::REQUEST_OFFSET as i32);
        let requested = self.b.ins().icmp_imm_s(IntCC::NotEqual, request, 0);
        let stop = self.b.ins().bor(empty, requested);
        self.b.ins().brif(stop, call, &[], cont, &[]);
        self.b.switch_to_block(call);
        let copies: Vec<(Variable, Value)> = through
            .iter()
            .map(|&var| {
                let v = self.b.use_var(var);
                (var, self.b.ins().iadd_imm_s(v, 0))
            })
            .collect();
        self.sync_bci_cold();
        // Through the stub that clobbers no register, called directly, its status left in the thread (see
        // `Backend::poll_stub`).
        let pushed = self.push_inlined_frames();
        let stub = match self.poll_fn {
            Some(f) => f,
            None => {
                let signature = self.b.import_signature(crate::backend::poll_stub_signature());
                let name = self.b.func.declare_imported_user_function(UserExternalName::new(0, self.poll_stub));
                let f = self.b.import_function(ExtFuncData { name: ExternalName::user(name), signature, colocated: true, patchable: false });
                self.poll_fn = Some(f);
                f
            }
        };
        self.b.ins().call(stub, &[thread]);
        self.pop_inlined_frames(pushed);
        for (var, copy) in copies {
            self.b.def_var(var, copy);
        }
        let status = self.b.ins().load(I32, vm(), thread, OFF_POLL_STATUS);
        let exit = self.exception_exit();
        self.b.ins().brif(status, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }
}
