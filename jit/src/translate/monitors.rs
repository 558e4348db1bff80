//! Monitors in compiled code: `monitorenter`/`monitorexit` and `synchronized` methods. The thin-lock swaps
//! of `rt::monitor` are inline (a load, a test and a compare-and-swap of the mark word); contention,
//! re-entry, inflated monitors and errors go to the runtime.
//!
//! A `synchronized` method locks after its entry poll and unlocks before each return and in the unwind
//! block. Its monitor object is kept in its own variable (declared for stack maps, so the collector updates
//! it), not in local 0, which bytecode may overwrite; a static method's monitor is its class mirror, read
//! from the class's mirror slot (a root the collector updates) whenever needed.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value};
use rt::monitor::{LOCK_FIELD_MASK, STATE_MASK};
use rt::thread::JavaThread;

use crate::calls;

use super::{Kind, R, Translator, heap, vm};

const OFF_LOCK_BITS: i32 = std::mem::offset_of!(JavaThread, lock_bits) as i32;

impl<'a> Translator<'a, '_> {
    /// `monitorenter`.
    pub(super) fn monitorenter(&mut self) -> R<()> {
        let obj = self.pop_kind(Kind::A)?;
        self.null_check(obj);
        self.lock(obj);
        Ok(())
    }

    /// `monitorexit`.
    pub(super) fn monitorexit(&mut self) -> R<()> {
        let obj = self.pop_kind(Kind::A)?;
        self.null_check(obj);
        self.unlock(obj);
        Ok(())
    }

    /// Locks a `synchronized` method's monitor at entry (after the entry poll).
    pub(super) fn lock_method(&mut self) {
        if !self.cur.method.is_synchronized() {
            return;
        }
        let obj = if self.cur.method.is_static() {
            self.sync_bci();
            let (rt, thread) = (self.rt_ptr(), self.thread());
            let class = self.iconst(I64, self.cur.method.class.as_ptr() as i64);
            let mirror = self.call(calls::class_mirror(), &[rt, thread, class])[0];
            self.check_zero(mirror);
            mirror
        } else {
            let receiver = self.local(0, Kind::A);
            let obj = self.b.use_var(receiver);
            let var = self.new_var(Kind::A);
            self.b.def_var(var, obj);
            self.sync_obj = Some(var);
            obj
        };
        self.lock(obj);
    }

    /// In an OSR entry of a `synchronized` instance method: keeps `obj`, the monitor the interpreter frame
    /// locked (handed over by `osr_enter`), as the object to release, as `lock_method` does for the monitor it
    /// locks. A static method's is its class mirror, found as always.
    pub(super) fn take_method_monitor(&mut self, obj: Value) {
        if self.cur.method.is_synchronized() && !self.cur.method.is_static() {
            let var = self.new_var(Kind::A);
            self.b.def_var(var, obj);
            self.sync_obj = Some(var);
        }
    }

    /// The object a `synchronized` method locked (0 for a static method whose entry failed to make the
    /// mirror).
    fn method_monitor(&mut self) -> Value {
        match self.sync_obj {
            Some(var) => self.b.use_var(var),
            None => {
                let slot = self.iconst(I64, self.cur.method.class.mirror.as_ptr() as i64);
                self.b.ins().load(I64, vm(), slot, 0)
            }
        }
    }

    /// Unlocks a `synchronized` method's monitor before a return.
    pub(super) fn unlock_method(&mut self) {
        if self.cur.method.is_synchronized() {
            let obj = self.method_monitor();
            self.unlock(obj);
        }
    }

    /// Unlocks a `synchronized` method's monitor in the unwind block (if held: see
    /// `rt::runtime_calls::unlock_unwinding`).
    pub(super) fn unlock_method_unwinding(&mut self) {
        if self.cur.method.is_synchronized() {
            let obj = self.method_monitor();
            let (rt, thread) = (self.rt_ptr(), self.thread());
            self.call(calls::unlock_unwinding(), &[rt, thread, obj]);
        }
    }

    /// Locks the non-null `obj`: the thin-lock swap inline, the runtime on failure.
    fn lock(&mut self, obj: Value) {
        let thread = self.thread();
        let bits = self.b.ins().load(I64, vm(), thread, OFF_LOCK_BITS);
        let m = self.b.ins().load(I64, heap(), obj, rt::object::MARK_OFFSET as i32);
        let state = self.b.ins().band_imm_u(m, STATE_MASK as i64);
        let unlocked = self.b.ins().icmp_imm_s(IntCC::Equal, state, 0);
        let named = self.b.ins().icmp_imm_s(IntCC::NotEqual, bits, 0);
        let try_swap = self.b.ins().band(unlocked, named);
        let new = self.b.ins().bor(m, bits);
        self.swap_or_call(obj, try_swap, m, new, calls::monitor_enter());
    }

    /// Unlocks the non-null `obj`: the thin-lock swap inline when held once, the runtime otherwise.
    fn unlock(&mut self, obj: Value) {
        let thread = self.thread();
        let bits = self.b.ins().load(I64, vm(), thread, OFF_LOCK_BITS);
        let m = self.b.ins().load(I64, heap(), obj, rt::object::MARK_OFFSET as i32);
        let mask = self.iconst(I64, LOCK_FIELD_MASK as i64);
        let field = self.b.ins().band(m, mask);
        let mine = self.b.ins().icmp(IntCC::Equal, field, bits);
        let named = self.b.ins().icmp_imm_s(IntCC::NotEqual, bits, 0);
        let try_swap = self.b.ins().band(mine, named);
        let new = self.b.ins().band_not(m, mask);
        self.swap_or_call(obj, try_swap, m, new, calls::monitor_exit());
    }

    /// If `try_swap`, swaps `obj`'s mark word from `m` to `new`; when that is not tried or fails, calls
    /// `slow(rt, thread, obj)` in a cold block and dispatches its failure.
    fn swap_or_call(&mut self, obj: Value, try_swap: Value, m: Value, new: Value, slow: calls::RuntimeCall) {
        let swap = self.b.create_block();
        let slow_block = self.b.create_block();
        self.b.set_cold_block(slow_block);
        let cont = self.b.create_block();
        self.b.ins().brif(try_swap, swap, &[], slow_block, &[]);
        self.b.switch_to_block(swap);
        let old = self.b.ins().atomic_cas(MemFlagsData::trusted(), obj, m, new);
        let swapped = self.b.ins().icmp(IntCC::Equal, old, m);
        self.b.ins().brif(swapped, cont, &[], slow_block, &[]);
        self.b.switch_to_block(slow_block);
        self.sync_bci();
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let status = self.call(slow, &[rt, thread, obj])[0];
        let exit = self.exception_exit();
        self.b.ins().brif(status, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }
}
