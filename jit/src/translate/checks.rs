//! Exceptions and checks: the bci kept in the frame record, the exception exits (a handler in this method or
//! the unwind block), the null check, throwing from a cold block, and the safepoint poll.

use std::collections::HashSet;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, InstBuilder, StackSlotData, StackSlotKind, Value};
use cranelift_frontend::Variable;
use rt::runtime_calls::throw_kind;

use crate::calls;

use super::{Kind, OFF_FRAME_BCI, OFF_FUEL, OFF_POLL, Translator, vm};

impl<'a> Translator<'a, '_> {
    /// Records the current bci in the frame record (before anything that can throw or walk the stack); in
    /// inlined code, the bci of the outermost inlined call (the inlined frames get records of their own
    /// only around calls, see `inline`).
    pub(super) fn sync_bci(&mut self) {
        let at = self.inline.first().map_or(self.cur.bci, |site| site.bci);
        let bci = self.iconst(I32, i64::from(at));
        let frame = self.frame();
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
        self.sync_bci();
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

    /// Starts counting fuel in a variable, from the thread's counter (at the function's entry).
    pub(super) fn start_fuel(&mut self) {
        let var = self.b.declare_var(I64);
        self.fuel = Some(var);
        self.fuel_in();
    }

    /// Reloads the fuel variable from the thread's counter (after a call that may have charged or refilled
    /// it: the interpreter, the safepoint).
    pub(super) fn fuel_in(&mut self) {
        if let Some(var) = self.fuel {
            let thread = self.thread();
            let fuel = self.b.ins().load(I64, vm(), thread, OFF_FUEL);
            self.b.def_var(var, fuel);
        }
    }

    /// Stores the fuel variable into the thread's counter: before every call that is not a leaf (the only
    /// code besides this function's that reads or charges the counter: the interpreter, the safepoint, other
    /// compiled methods through their own entries) and before returning. Between those the count lives in a
    /// register, so a loop's poll is no load-modify-store chain through memory from one iteration to the
    /// next, and the counter in memory is exact whenever anything else looks at it.
    pub(super) fn fuel_out(&mut self) {
        if let Some(var) = self.fuel {
            let thread = self.thread();
            let fuel = self.b.use_var(var);
            self.b.ins().store(vm(), fuel, thread, OFF_FUEL);
        }
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
            use classfile::opcode::Opcode::*;
            let slot = match insn.opcode {
                Aload => insn.local_index(),
                Aload0 => Some(0),
                Aload1 => Some(1),
                Aload2 => Some(2),
                Aload3 => Some(3),
                _ => None,
            };
            read.extend(slot);
        }
        let vars: Vec<Variable> = read.into_iter().filter_map(|slot| self.cur.locals.get(&(slot, Kind::A)).copied()).collect();
        self.poll_with(&vars);
    }

    /// The safepoint poll: a load and a branch; the runtime call in a cold block.
    pub(super) fn poll(&mut self) {
        self.poll_with(&[]);
    }

    /// [`Self::poll`], passing the reference variables `through` the call as copies (see [`Self::poll_loop`]).
    fn poll_with(&mut self, through: &[Variable]) {
        let thread = self.thread();
        // Fuel, as the interpreter charges it: one unit per poll; the slow path refuels or stops the thread
        // when it runs out (the embedding API's execution budget, see `rt::sandbox`). Counted in a variable
        // (see `fuel_out`), so that a loop's count stays in a register.
        let var = self.fuel.expect("the entry defines the fuel variable");
        let fuel = self.b.use_var(var);
        let fuel = self.b.ins().iadd_imm_s(fuel, -1);
        self.b.def_var(var, fuel);
        let empty = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, fuel, 0);
        // Two tests, each a compare and a branch to the same cold block (cheaper than combining the flags).
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let fueled = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(empty, slow, &[], fueled, &[]);
        self.b.switch_to_block(fueled);
        let word = self.b.ins().load(I32, vm(), thread, OFF_POLL);
        self.b.ins().brif(word, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        let copies: Vec<(Variable, Value)> = through
            .iter()
            .map(|&var| {
                let v = self.b.use_var(var);
                (var, self.b.ins().iadd_imm_s(v, 0))
            })
            .collect();
        self.sync_bci();
        // Through the stub that clobbers no register (see `Backend::poll_stub`), its status in a stack slot.
        let pushed = self.push_inlined_frames();
        let slot = match self.poll_status {
            Some(slot) => slot,
            None => {
                let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 4, 2));
                self.poll_status = Some(slot);
                slot
            }
        };
        let sig = match self.poll_sig {
            Some(sig) => sig,
            None => {
                let sig = self.b.import_signature(crate::backend::poll_stub_signature());
                self.poll_sig = Some(sig);
                sig
            }
        };
        let rt = self.rt_ptr();
        let status_addr = self.b.ins().stack_addr(I64, slot, 0);
        let stub = self.iconst(I64, self.poll_stub as i64);
        self.fuel_out();
        self.b.ins().call_indirect(sig, stub, &[rt, thread, status_addr]);
        self.fuel_in();
        self.pop_inlined_frames(pushed);
        for (var, copy) in copies {
            self.b.def_var(var, copy);
        }
        let status = self.b.ins().load(I32, vm(), status_addr, 0);
        let exit = self.exception_exit();
        self.b.ins().brif(status, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }
}
