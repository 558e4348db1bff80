//! The compiled frame's record on `thread.frames` (what stack traces, exception dispatch and the collector's
//! walk see): pushed at entry and popped at every exit, inline when the vector's layout is known
//! (`rt::compiler::frame_stack_layout`), through `rt::runtime_calls::enter`/`leave` otherwise.
//!
//! The inline push does what `enter` does on its common path, and leaves everything else to it: it runs only
//! when the thread's records have their full capacity reserved (so the vector never moves under a compiled
//! frame, see `enter`), when there is room under the frame limit (`StackOverflowError` and its relaxed limit
//! are the runtime's), and when a record is already there (whose `sp` is the interpreter stack's top).
//!
//! The records of inlined frames, around calls out of inlined code, are pushed and popped inline likewise.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{BlockArg, InstBuilder, Value};
use rt::MethodRef;
use rt::thread::Frame;

use crate::calls;

use super::{Translator, vm};

const FRAME_SIZE: i64 = std::mem::size_of::<Frame>() as i64;
const OFF_METHOD: i32 = std::mem::offset_of!(Frame, method) as i32;
const OFF_LOCALS: i32 = std::mem::offset_of!(Frame, locals) as i32;
const OFF_SP: i32 = std::mem::offset_of!(Frame, sp) as i32;
const OFF_BCI: i32 = std::mem::offset_of!(Frame, bci) as i32;
const OFF_PC: i32 = std::mem::offset_of!(Frame, pc) as i32;
const OFF_FP: i32 = std::mem::offset_of!(Frame, native_fp) as i32;
const OFF_CODE: i32 = std::mem::offset_of!(Frame, code) as i32;

impl<'a> Translator<'a, '_> {
    /// Pushes this method's record; returns its address, or 0 when the push threw (`StackOverflowError`).
    pub(super) fn push_record(&mut self) -> Value {
        let rt = self.rt_ptr();
        let method = self.method_ptr();
        let thread = self.thread();
        let Some(layout) = self.records else {
            return self.call(calls::enter(), &[rt, thread, method])[0];
        };
        let join = self.b.create_block();
        let record = self.b.append_block_param(join, I64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let len = self.b.ins().load(I64, vm(), thread, layout.len);
        let capacity = self.b.ins().load(I64, vm(), thread, layout.capacity);
        let limit = self.rt.options().max_frames as i64;
        let reserved = rt::runtime_calls::frames_capacity(self.rt) as i64;
        let room = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, len, limit);
        let ready = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, capacity, reserved);
        let below = self.b.ins().icmp_imm_u(IntCC::NotEqual, len, 0);
        let ok = self.b.ins().band(room, ready);
        let ok = self.b.ins().band(ok, below);
        self.b.ins().brif(ok, fast, &[], slow, &[]);

        self.b.switch_to_block(fast);
        let data = self.b.ins().load(I64, vm(), thread, layout.data);
        let offset = self.b.ins().imul_imm_s(len, FRAME_SIZE);
        let new = self.b.ins().iadd(data, offset);
        let top = self.b.ins().load(I32, vm(), new, OFF_SP - FRAME_SIZE as i32);
        self.b.ins().store(vm(), method, new, OFF_METHOD);
        self.b.ins().store(vm(), top, new, OFF_LOCALS);
        self.b.ins().store(vm(), top, new, OFF_SP);
        let zero = self.iconst(I32, 0);
        self.b.ins().store(vm(), zero, new, OFF_BCI);
        let compiled = self.iconst(I32, i64::from(Frame::COMPILED));
        self.b.ins().store(vm(), compiled, new, OFF_PC);
        let zero = self.iconst(I64, 0);
        self.b.ins().store(vm(), zero, new, OFF_FP);
        self.b.ins().store(vm(), zero, new, OFF_CODE);
        let grown = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(vm(), grown, thread, layout.len);
        self.b.ins().jump(join, &[BlockArg::Value(new)]);

        self.b.switch_to_block(slow);
        let r = self.call(calls::enter(), &[rt, thread, method])[0];
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        record
    }

    /// Pops this method's record (the innermost: inlined frames' records are gone by then).
    pub(super) fn pop_record(&mut self) {
        let thread = self.thread();
        match self.records {
            Some(layout) => {
                let len = self.b.ins().load(I64, vm(), thread, layout.len);
                let shrunk = self.b.ins().iadd_imm_s(len, -1);
                self.b.ins().store(vm(), shrunk, thread, layout.len);
            }
            None => {
                self.call(calls::leave(), &[thread]);
            }
        }
    }

    /// Pushes the records of the inlined frames `sites` (method and bci, outermost first) on top of this
    /// method's record, for a call out of inlined code (see `inline`). Inline when the vector's layout is
    /// known: this method's record is the innermost whenever its code runs, so the new records go right above
    /// it (stores at constant offsets from it) and the length grows by their number. There is room: the
    /// record was pushed under the frame limit (or while the limit was relaxed by its reserve) and the
    /// reserved capacity has [`rt::runtime_calls::INLINED_RESERVE_FRAMES`] more, at least the inlining depth.
    pub(super) fn push_inlined_records(&mut self, sites: &[(MethodRef, u32)]) {
        let thread = self.thread();
        let Some(layout) = self.records else {
            for &(method, bci) in sites {
                let rt = self.rt_ptr();
                let m = self.iconst(I64, method.as_ptr() as i64);
                let at = self.iconst(I32, i64::from(bci));
                self.call_raw(calls::push_inlined(), &[rt, thread, m, at]);
            }
            return;
        };
        let frame = self.frame();
        // Their `locals` and `sp` are the interpreter stack's top, as this record's (see `push_inlined`).
        let top = self.b.ins().load(I32, vm(), frame, OFF_SP);
        let compiled = self.iconst(I32, i64::from(Frame::COMPILED));
        let zero = self.iconst(I64, 0);
        for (k, &(method, bci)) in sites.iter().enumerate() {
            let at = FRAME_SIZE as i32 * (k as i32 + 1);
            let m = self.iconst(I64, method.as_ptr() as i64);
            self.b.ins().store(vm(), m, frame, at + OFF_METHOD);
            self.b.ins().store(vm(), top, frame, at + OFF_LOCALS);
            self.b.ins().store(vm(), top, frame, at + OFF_SP);
            let bci = self.iconst(I32, i64::from(bci));
            self.b.ins().store(vm(), bci, frame, at + OFF_BCI);
            self.b.ins().store(vm(), compiled, frame, at + OFF_PC);
            self.b.ins().store(vm(), zero, frame, at + OFF_FP);
            self.b.ins().store(vm(), zero, frame, at + OFF_CODE);
        }
        let len = self.b.ins().load(I64, vm(), thread, layout.len);
        let grown = self.b.ins().iadd_imm_s(len, sites.len() as i64);
        self.b.ins().store(vm(), grown, thread, layout.len);
    }

    /// Pops the `count` records [`Self::push_inlined_records`] pushed.
    pub(super) fn pop_inlined_records(&mut self, count: u32) {
        let thread = self.thread();
        match self.records {
            Some(layout) => {
                let len = self.b.ins().load(I64, vm(), thread, layout.len);
                let shrunk = self.b.ins().iadd_imm_s(len, -i64::from(count));
                self.b.ins().store(vm(), shrunk, thread, layout.len);
            }
            None => {
                let n = self.iconst(I32, i64::from(count));
                self.call_raw(calls::pop_inlined(), &[thread, n]);
            }
        }
    }
}
