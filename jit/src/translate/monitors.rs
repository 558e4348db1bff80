//! Monitors in compiled code: `monitorenter`/`monitorexit` and `synchronized` methods. The thin-lock swaps
//! of `rt::monitor` are inline (a load, a test and a compare-and-swap of the mark word), and so is re-entry
//! into the thread's own thin lock (the count in the mark word, one more or one less, by a swap too);
//! contention, inflated monitors, a full count and errors go to the runtime. Each lock and unlock is
//! recorded for lock coarsening (`coarsen`).
//!
//! A `synchronized` method locks after its entry poll and unlocks before each return and in the unwind
//! block. Its monitor object (the receiver, or a static method's class mirror) is kept in its own variable
//! (declared for stack maps, so the collector updates it), not in local 0, which bytecode may overwrite;
//! the variable is 0 until the lock is taken, so an unwind releases only a lock this frame took.
//!
//! An inlined `synchronized` callee does the same in its caller's code: the lock after its arguments, the
//! unlock before each of its returns, and an unwind block of its own that unlocks on the way to the
//! caller's exception exit for the call. Monitors belong to the thread (the mark word), not to frames, so
//! `wait`/`notify`, `Thread.holdsLock` and re-entry see no difference.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, Inst, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;
use rt::monitor::{COUNT_SHIFT, LOCK_FIELD_MASK, MAX_THIN_COUNT, STATE_MASK, THIN, THIN_OWNER_MASK};
use rt::thread::JavaThread;

use crate::calls;

use super::coarsen::Site;
use super::{Kind, R, Translator, heap, vm};

pub(super) const OFF_LOCK_BITS: i32 = std::mem::offset_of!(JavaThread, lock_bits) as i32;

impl<'a> Translator<'a, '_> {
    /// `monitorenter`.
    pub(super) fn monitorenter(&mut self) -> R<()> {
        let obj = self.pop_kind(Kind::A)?;
        self.null_check(obj);
        let exit = self.exception_exit();
        self.lock_exiting(obj, exit, None);
        Ok(())
    }

    /// `monitorexit`.
    pub(super) fn monitorexit(&mut self) -> R<()> {
        let obj = self.pop_kind(Kind::A)?;
        self.null_check(obj);
        self.unlock(obj, None);
        Ok(())
    }

    /// In a `synchronized` method, before anything at its entry can throw: the variable for the monitor the
    /// frame locks, 0 until it has locked it, so that the unwind block releases only a lock this frame took
    /// (an entry that fails first, say the entry poll or a static method's mirror running out of memory,
    /// must not release the monitor an outer frame of the same thread holds recursively).
    pub(super) fn declare_method_monitor(&mut self) {
        if self.cur.method.is_synchronized() {
            let var = self.new_var(Kind::A);
            let zero = self.iconst(I64, 0);
            self.b.def_var(var, zero);
            self.cur.sync_obj = Some(var);
        }
    }

    /// Locks a `synchronized` method's monitor at entry (after the entry poll): the receiver, or the class
    /// mirror of a static method. Failures (the mirror cannot be made, the thread is stopped while it
    /// blocks) unwind without unlocking, never to a handler of the method, which has not started.
    pub(super) fn lock_method(&mut self) {
        let Some(var) = self.cur.sync_obj else { return };
        let exit = self.unwind_block();
        let obj = if self.cur.method.is_static() {
            self.sync_bci();
            let (rt, thread) = (self.rt_ptr(), self.thread());
            let class = self.iconst(I64, self.cur.method.class.as_ptr() as i64);
            let mirror = self.call(calls::class_mirror(), &[rt, thread, class])[0];
            self.b.declare_value_needs_stack_map(mirror);
            let made = self.b.create_block();
            self.b.ins().brif(mirror, made, &[], exit, &[]);
            self.b.switch_to_block(made);
            mirror
        } else {
            let receiver = self.local(0, Kind::A);
            self.b.use_var(receiver)
        };
        let mirror = self.method_mirror();
        self.lock_exiting(obj, exit, mirror);
        self.b.def_var(var, obj);
    }

    /// In an OSR entry of a `synchronized` method: keeps `obj`, the monitor the interpreter frame locked
    /// (handed over by `osr_enter`), as the object to release, as `lock_method` does for the monitor it
    /// locks.
    pub(super) fn take_method_monitor(&mut self, obj: Value) {
        if self.cur.method.is_synchronized() {
            let var = self.new_var(Kind::A);
            self.b.def_var(var, obj);
            self.cur.sync_obj = Some(var);
        }
    }

    /// At the start of an inlined `synchronized` callee (its arguments in its locals, `args` the values):
    /// locks its monitor in the caller's code, the receiver (null-checked by the call) or the class mirror
    /// (which exists: see `inline::Translator::inline_plan`), read from the class's mirror slot, a root.
    /// A failure leaves through `exit`, the caller's exception exit for the call, without unlocking. The
    /// callee's returns unlock (`unlock_method`) and so does its unwind block (`unlock_inlined_unwinding`).
    pub(super) fn lock_inlined(&mut self, args: &[(Value, Kind)], exit: Block) {
        if !self.cur.method.is_synchronized() {
            return;
        }
        let obj = if self.cur.method.is_static() {
            let slot = self.iconst(I64, self.cur.method.class.mirror.as_ptr() as i64);
            let mirror = self.b.ins().load(I64, vm(), slot, 0);
            self.b.declare_value_needs_stack_map(mirror);
            mirror
        } else {
            args[0].0
        };
        let mirror = self.method_mirror();
        self.lock_exiting(obj, exit, mirror);
        let var = self.new_var(Kind::A);
        self.b.def_var(var, obj);
        self.cur.sync_obj = Some(var);
    }

    /// The unwind block of an inlined `synchronized` callee (`unwind`, in the caller's state again, `sync`
    /// the callee's monitor variable): releases the monitor the callee locked, then goes on to `exit`.
    pub(super) fn unlock_inlined_unwinding(&mut self, unwind: Block, sync: Variable, exit: Block) {
        self.b.switch_to_block(unwind);
        let obj = self.b.use_var(sync);
        let (rt, thread) = (self.rt_ptr(), self.thread());
        self.call(calls::unlock_unwinding(), &[rt, thread, obj]);
        self.b.ins().jump(exit, &[]);
    }

    /// The object a `synchronized` method (or inlined callee) locked; 0 where it has not locked it yet.
    fn method_monitor(&mut self) -> Value {
        let var = self.cur.sync_obj.expect("a synchronized method's monitor variable is declared at its entry");
        self.b.use_var(var)
    }

    /// Unlocks a `synchronized` method's monitor before a return.
    pub(super) fn unlock_method(&mut self) {
        if self.cur.method.is_synchronized() {
            let obj = self.method_monitor();
            let mirror = self.method_mirror();
            self.unlock(obj, mirror);
        }
    }

    /// Unlocks a `synchronized` method's monitor in the unwind block (if this frame locked it and the thread
    /// still holds it: see `rt::runtime_calls::unlock_unwinding`).
    pub(super) fn unlock_method_unwinding(&mut self) {
        if self.cur.method.is_synchronized() {
            let obj = self.method_monitor();
            let (rt, thread) = (self.rt_ptr(), self.thread());
            self.call(calls::unlock_unwinding(), &[rt, thread, obj]);
        }
    }

    /// For a static `synchronized` method (compiled or inlined): the address of its class's mirror slot,
    /// which names its monitor for `coarsen` (the object is loaded afresh at each lock, so SSA values do not
    /// say that two static methods of one class lock the same object). The slot never changes once set.
    fn method_mirror(&self) -> Option<usize> {
        self.cur.method.is_static().then(|| self.cur.method.class.mirror.as_ptr() as usize)
    }

    /// Locks the non-null `obj` (the monitor of the class whose mirror slot is `mirror`, if that is known),
    /// leaving through `exit` when the runtime's entry fails. Two swaps are tried inline:
    /// an unlocked object becomes the thread's thin lock, and the thread's own thin lock counts one more
    /// entry while the count has room (a `synchronized` region nested in another on the same object).
    fn lock_exiting(&mut self, obj: Value, exit: Block, mirror: Option<usize>) {
        let (jump, head) = self.site_head();
        let thread = self.thread();
        let bits = self.b.ins().load(I64, vm(), thread, OFF_LOCK_BITS);
        let m = self.b.ins().load(I64, heap(), obj, rt::object::MARK_OFFSET as i32);
        let state = self.b.ins().band_imm_u(m, STATE_MASK as i64);
        let unlocked = self.b.ins().icmp_imm_s(IntCC::Equal, state, 0);
        let named = self.b.ins().icmp_imm_s(IntCC::NotEqual, bits, 0);
        let try_swap = self.b.ins().band(unlocked, named);
        let new = self.b.ins().bor(m, bits);
        let reenter = |t: &mut Self| {
            let room = t.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, m, (MAX_THIN_COUNT << COUNT_SHIFT) as i64);
            let counted = t.b.ins().iadd_imm_s(m, (1u64 << COUNT_SHIFT) as i64);
            (room, counted)
        };
        let cont = self.thin_swaps(obj, m, bits, (try_swap, new), reenter, calls::monitor_enter(), Some(exit));
        self.monitor_sites.locks.push(Site { jump, head, cont, obj, mirror });
    }

    /// Unlocks the non-null `obj` (`mirror` as for [`Self::lock_exiting`]): the thin-lock swaps inline (a thin lock of the thread held once becomes
    /// unlocked, one held more often counts one entry less), the runtime otherwise.
    fn unlock(&mut self, obj: Value, mirror: Option<usize>) {
        let (jump, head) = self.site_head();
        let thread = self.thread();
        let bits = self.b.ins().load(I64, vm(), thread, OFF_LOCK_BITS);
        let m = self.b.ins().load(I64, heap(), obj, rt::object::MARK_OFFSET as i32);
        let mask = self.iconst(I64, LOCK_FIELD_MASK as i64);
        let field = self.b.ins().band(m, mask);
        let once = self.b.ins().icmp(IntCC::Equal, field, bits);
        let named = self.b.ins().icmp_imm_s(IntCC::NotEqual, bits, 0);
        let try_swap = self.b.ins().band(once, named);
        let new = self.b.ins().band_not(m, mask);
        let reexit = |t: &mut Self| {
            let counted = t.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, m, (1u64 << COUNT_SHIFT) as i64);
            let uncounted = t.b.ins().iadd_imm_s(m, -((1u64 << COUNT_SHIFT) as i64));
            (counted, uncounted)
        };
        let cont = self.thin_swaps(obj, m, bits, (try_swap, new), reexit, calls::monitor_exit(), None);
        self.monitor_sites.unlocks.push(Site { jump, head, cont, obj, mirror });
    }

    /// The swaps of a lock or unlock of `obj`, whose mark word was `m` (`bits` the thread's owner bits):
    /// `first` (whether to try, the new mark word), else, if `m` is a thin lock of the thread (any count),
    /// the count's swap `recount` makes (whether the count allows it, the new mark word), else the runtime's
    /// `slow` (failing to `exit`, else to the current instruction's exception exit). Returns the block after,
    /// where it leaves the builder.
    #[expect(clippy::too_many_arguments, reason = "the two swaps and the runtime call of one sequence")]
    fn thin_swaps(
        &mut self,
        obj: Value,
        m: Value,
        bits: Value,
        first: (Value, Value),
        recount: impl FnOnce(&mut Self) -> (Value, Value),
        slow: calls::RuntimeCall,
        exit: Option<Block>,
    ) -> Block {
        let cont = self.b.create_block();
        let again = self.b.create_block();
        let slow_block = self.b.create_block();
        self.swap(obj, first.0, m, first.1, cont, again, slow_block);
        self.b.switch_to_block(again);
        // A thread that never locked has no bits, and `THIN` alone names nobody (owner ids start at 1).
        let owner = self.b.ins().band_imm_u(m, THIN_OWNER_MASK as i64);
        let expected = self.b.ins().bor_imm_u(bits, THIN as i64);
        let mine = self.b.ins().icmp(IntCC::Equal, owner, expected);
        let (allowed, new) = recount(self);
        let try_count = self.b.ins().band(mine, allowed);
        self.swap(obj, try_count, m, new, cont, slow_block, slow_block);
        self.call_slow(obj, slow_block, cont, slow, exit);
        cont
    }

    /// Starts a lock or unlock sequence in a block of its own, which `coarsen` may skip: returns the jump
    /// to it and the block.
    fn site_head(&mut self) -> (Inst, Block) {
        let head = self.b.create_block();
        let jump = self.b.ins().jump(head, &[]);
        self.b.switch_to_block(head);
        (jump, head)
    }

    /// If `try_swap`, swaps `obj`'s mark word from `m` to `new` and goes on to `done`; to `untried` when it
    /// is not tried, to `failed` when the swap fails.
    #[expect(clippy::too_many_arguments, reason = "a swap and its three outcomes")]
    fn swap(&mut self, obj: Value, try_swap: Value, m: Value, new: Value, done: Block, untried: Block, failed: Block) {
        let swap = self.b.create_block();
        self.b.ins().brif(try_swap, swap, &[], untried, &[]);
        self.b.switch_to_block(swap);
        let old = self.b.ins().atomic_cas(MemFlagsData::trusted(), obj, m, new);
        let swapped = self.b.ins().icmp(IntCC::Equal, old, m);
        self.b.ins().brif(swapped, done, &[], failed, &[]);
    }

    /// The cold block `slow_block`: calls `slow(rt, thread, obj)` and dispatches its failure (to `exit`,
    /// else to the current instruction's exception exit), else goes on to `cont`, where it leaves the
    /// builder.
    fn call_slow(&mut self, obj: Value, slow_block: Block, cont: Block, slow: calls::RuntimeCall, exit: Option<Block>) {
        self.b.set_cold_block(slow_block);
        self.b.switch_to_block(slow_block);
        self.sync_bci();
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let status = self.call(slow, &[rt, thread, obj])[0];
        let exit = exit.unwrap_or_else(|| self.exception_exit());
        self.b.ins().brif(status, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }
}
