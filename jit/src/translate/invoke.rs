//! Calls: the argument area, direct calls into compiled code, virtual calls through the vtable, interface
//! calls and `Object`'s methods through per-site inline caches, the runtime's `invoke` for the rest, and
//! `invokedynamic` (intrinsics in `intrinsics`, inlining in `inline`).

use classfile::bytecode::Instruction;
use classfile::descriptor::MethodDescriptor;
use classfile::opcode::Opcode;
use classfile::CpIndex;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{BlockArg, InstBuilder, StackSlot, StackSlotData, StackSlotKind, Value};
use rt::object::CLASS_OFFSET;
use rt::resolve::Resolved;
use rt::runtime_calls::dispatch;
use rt::compiler::{CacheEntry, InlineCache};
use rt::{MethodRef, ValueKind};

use crate::calls;

use super::{Flow, Kind, OFF_ENTRY, R, Translator, heap, vm};

const OFF_IC_SLOTS: i32 = std::mem::offset_of!(InlineCache, slots) as i32;
const OFF_IC_MEGAMORPHIC: i32 = std::mem::offset_of!(InlineCache, megamorphic) as i32;
const OFF_IC_CLASS: i32 = std::mem::offset_of!(CacheEntry, class) as i32;
const OFF_IC_METHOD: i32 = std::mem::offset_of!(CacheEntry, method) as i32;

impl<'a> Translator<'a, '_> {
    /// The outgoing argument area, large enough for `slots` slots.
    pub(super) fn args_area(&mut self, slots: u32) -> StackSlot {
        if let Some((slot, size)) = self.args_slot
            && size >= slots
        {
            return slot;
        }
        // One area per function, grown by replacing it with a larger one.
        let size = slots.max(8);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size * 8, 3));
        self.args_slot = Some((slot, size));
        slot
    }

    /// Pops `kinds` (in order) into the argument area; returns its address.
    pub(super) fn pass_args(&mut self, kinds: &[Kind]) -> R<(Value, Vec<(Value, Kind)>)> {
        let popped = self.pop_args(kinds)?;
        let addr = self.store_args(&popped);
        Ok((addr, popped))
    }

    /// Pops values of `kinds` (the last one on top), in order.
    pub(super) fn pop_args(&mut self, kinds: &[Kind]) -> R<Vec<(Value, Kind)>> {
        let mut popped = Vec::new();
        for &k in kinds.iter().rev() {
            popped.push((self.pop_kind(k)?, k));
        }
        popped.reverse();
        Ok(popped)
    }

    /// Stores `args` into the argument area in slot form; returns its address.
    pub(super) fn store_args(&mut self, args: &[(Value, Kind)]) -> Value {
        let slots: u32 = args.iter().map(|(_, k)| if k.wide() { 2 } else { 1 }).sum();
        let area = self.args_area(slots);
        let mut offset = 0i32;
        for &(v, k) in args {
            let s = self.slot_of(v, k);
            self.b.ins().stack_store(I64, s, area, offset);
            offset += if k.wide() { 16 } else { 8 };
        }
        self.b.ins().stack_addr(I64, area, 0)
    }

    pub(super) fn descriptor_kinds(&self, descriptor: &str) -> R<(Vec<Kind>, Option<Kind>)> {
        let parsed = MethodDescriptor::parse(descriptor).ok_or_else(|| self.malformed("bad method descriptor"))?;
        let params = parsed.parameters.iter().filter_map(|p| Kind::of(ValueKind::of(p))).collect();
        let ret = parsed.return_type.as_ref().and_then(|r| Kind::of(ValueKind::of(r)));
        Ok((params, ret))
    }

    pub(super) fn push_result(&mut self, value: Value, ret: Option<Kind>) {
        if let Some(k) = ret {
            let v = self.value_of(value, k);
            self.push(v, k);
        }
    }

    pub(super) fn invoke(&mut self, insn: &Instruction) -> R<Flow> {
        let index = self.cp_index(insn)?;
        let names = self.cur.cp.member_ref(CpIndex(index)).map_err(|_| self.malformed("bad method reference"))?;
        if insn.opcode == Opcode::Invokestatic && self.intrinsic(names.class, names.name, names.descriptor)? {
            return Ok(Flow::Next);
        }
        let (mut kinds, ret) = self.descriptor_kinds(names.descriptor)?;
        let is_static = insn.opcode == Opcode::Invokestatic;
        if !is_static {
            kinds.insert(0, Kind::A);
        }
        // Resolution comes first (its errors win over a null receiver), then the null check, then the call.
        let known = match self.resolved(index) {
            Some(Resolved::Method(m)) if m.is_static() == is_static => Some(*m),
            _ => None,
        };
        let caller = self.cur.method.class;
        enum Target {
            Direct(MethodRef),
            Dispatch(MethodRef, u32),
            Unknown(u32),
        }
        let target = match (insn.opcode, known) {
            (Opcode::Invokestatic, Some(m)) if m.class.init.is_done() => Target::Direct(m),
            (Opcode::Invokespecial, Some(m)) => Target::Direct(rt::resolve::select_special(caller, m)),
            (Opcode::Invokevirtual | Opcode::Invokeinterface, Some(m))
                if m.is_private() || m.access.is_final() || m.is_constructor() || (m.class.access.is_final() && !m.class.is_interface()) =>
            {
                Target::Direct(m)
            }
            (Opcode::Invokevirtual, Some(m)) => Target::Dispatch(m, dispatch::VIRTUAL),
            (Opcode::Invokeinterface, Some(m)) => Target::Dispatch(m, dispatch::INTERFACE),
            (Opcode::Invokevirtual, None) => Target::Unknown(dispatch::VIRTUAL),
            (Opcode::Invokeinterface, None) => Target::Unknown(dispatch::INTERFACE),
            _ => Target::Unknown(dispatch::DIRECT),
        };
        self.sync_bci();
        if let Target::Direct(m) = target
            && let Some(flow) = self.intrinsic_call(m, &kinds, ret)?
        {
            return Ok(flow);
        }
        // Small methods with a known target (or, behind a guard, the resolved method of a virtual call) are
        // translated in place (see `inline`).
        let inlined = match target {
            Target::Direct(m) => self.inline_plan(m).map(|plan| (plan, None)),
            Target::Dispatch(m, dispatch::VIRTUAL) => {
                self.vtable_slot(m).and_then(|slot| self.inline_plan(m).map(|plan| (plan, Some(slot))))
            }
            _ => None,
        };
        if let Some((plan, guard)) = inlined {
            let args = self.pop_args(&kinds)?;
            if !is_static {
                self.null_check(args[0].0);
            }
            let selected = guard.map(|slot| self.vtable_load(args[0].0, slot));
            return self.inline_call(plan, &args, ret, selected);
        }
        let resolved_at_run_time = match target {
            Target::Unknown(dispatch::DIRECT) if is_static => Some(self.static_site(index)),
            Target::Unknown(_) => Some(self.call_cp(calls::resolve_invoke(), index, Some(i64::from(insn.opcode as u8)))),
            _ => None,
        };
        let (args, popped) = self.pass_args(&kinds)?;
        if !is_static {
            self.null_check(popped[0].0);
        }
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let (value, thrown) = match target {
            Target::Direct(m) if !m.is_native() && !m.is_abstract() => {
                let mp = self.iconst(I64, m.as_ptr() as i64);
                self.call_direct(mp, args)
            }
            Target::Dispatch(m, dispatch::VIRTUAL) if let Some(slot) = self.vtable_slot(m) => {
                let selected = self.vtable_load(popped[0].0, slot);
                self.call_direct(selected, args)
            }
            Target::Dispatch(m, dispatch::INTERFACE) => self.call_interface(m, popped[0].0, args),
            // `Object`'s methods, whose receivers include arrays: the vtable cannot serve, a cache can (the
            // runtime selects virtually for a method of a class).
            Target::Dispatch(m, dispatch::VIRTUAL) if !m.class.is_interface() => self.call_interface(m, popped[0].0, args),
            Target::Direct(m) => {
                let mp = self.iconst(I64, m.as_ptr() as i64);
                let k = self.iconst(I32, i64::from(dispatch::DIRECT));
                let r = self.call(calls::invoke(), &[rt, thread, mp, args, k]);
                (r[0], r[1])
            }
            Target::Dispatch(m, kind) => {
                let mp = self.iconst(I64, m.as_ptr() as i64);
                let k = self.iconst(I32, i64::from(kind));
                let r = self.call(calls::invoke(), &[rt, thread, mp, args, k]);
                (r[0], r[1])
            }
            Target::Unknown(_) if is_static => {
                let mp = resolved_at_run_time.expect("resolved above");
                self.call_direct(mp, args)
            }
            Target::Unknown(kind) => {
                let mp = resolved_at_run_time.expect("resolved above");
                let k = self.iconst(I32, i64::from(kind));
                let r = self.call(calls::invoke(), &[rt, thread, mp, args, k]);
                (r[0], r[1])
            }
        };
        self.check_failed(thrown);
        self.push_result(value, ret);
        Ok(Flow::Next)
    }

    /// The target of an `invokestatic` (constant `index`) whose class was not initialized (or not loaded)
    /// when this code was compiled, as `-Xcomp` compiles before anything ran: the method the site's cache
    /// recorded once the class was initialized, else the runtime's resolution (which initializes the class
    /// and fills the cache, see `rt::runtime_calls::resolve_static_cached`). So the site calls directly from
    /// its first call after the initialization on, instead of resolving at every call.
    fn static_site(&mut self, index: u16) -> Value {
        let cache = Box::<InlineCache>::default();
        let cache_addr = self.iconst(I64, std::ptr::addr_of!(*cache) as i64);
        self.caches.push(cache);
        let known = self.b.create_block();
        let resolve = self.b.create_block();
        self.b.set_cold_block(resolve);
        let join = self.b.create_block();
        let target = self.b.append_block_param(join, I64);
        let entry = self.b.ins().load(I64, vm(), cache_addr, OFF_IC_SLOTS);
        self.b.ins().brif(entry, known, &[], resolve, &[]);
        self.b.switch_to_block(known);
        let method = self.b.ins().load(I64, vm(), entry, OFF_IC_METHOD);
        self.b.ins().jump(join, &[BlockArg::Value(method)]);
        self.b.switch_to_block(resolve);
        self.sync_bci();
        let (rt, thread, caller) = (self.rt_ptr(), self.thread(), self.method_ptr());
        let i = self.iconst(I32, i64::from(index));
        let resolved = self.call(calls::resolve_static_cached(), &[rt, thread, caller, i, cache_addr])[0];
        self.check_zero(resolved);
        self.b.ins().jump(join, &[BlockArg::Value(resolved)]);
        self.b.switch_to_block(join);
        target
    }

    /// Where a virtual call of `m` finds its target in the receiver's class, when the layout allows compiled
    /// code to look (the offset of the class's vtable pointer and of the entry in the table): `None`
    /// otherwise.
    pub(super) fn vtable_slot(&self, m: MethodRef) -> Option<(i32, i32)> {
        let index = *m.vtable_index.get()?;
        if m.class.is_interface() || m.class.super_class.is_none() {
            // Interface-typed and `Object` receivers include arrays, whose dispatch is by name.
            return None;
        }
        let offset = rt::compiler::vtable_data_offset(&m.class)?;
        Some((offset, i32::try_from(index).ok()?.checked_mul(8)?))
    }

    /// The method the receiver's vtable holds at `slot` (see [`Self::vtable_slot`]).
    pub(super) fn vtable_load(&mut self, receiver: Value, (offset, entry): (i32, i32)) -> Value {
        let class = self.b.ins().load(I64, heap(), receiver, CLASS_OFFSET as i32);
        let table = self.b.ins().load(I64, vm(), class, offset);
        self.b.ins().load(I64, vm(), table, entry)
    }

    /// A call through the call site's inline cache (`rt::compiler::InlineCache`): the cached method of the
    /// first entry whose class is the receiver's; else, at a megamorphic site, the method the itable selects
    /// (a leaf call); else the runtime's selection, which records a new entry (or makes the site megamorphic)
    /// and calls it.
    fn call_interface(&mut self, m: MethodRef, receiver: Value, args: Value) -> (Value, Value) {
        let cache = Box::<InlineCache>::default();
        let cache_addr = self.iconst(I64, std::ptr::addr_of!(*cache) as i64);
        self.caches.push(cache);
        let class = self.b.ins().load(I64, heap(), receiver, CLASS_OFFSET as i32);
        let call = self.b.create_block();
        let target = self.b.append_block_param(call, I64);
        let megamorphic = self.b.create_block();
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        let join = self.b.create_block();
        let value = self.b.append_block_param(join, I64);
        let thrown = self.b.append_block_param(join, I64);
        // The entries in order; slots fill in order, so the first empty one ends the search.
        for k in 0..InlineCache::MAX_ENTRIES {
            let offset = OFF_IC_SLOTS + (k * std::mem::size_of::<usize>()) as i32;
            let entry = self.b.ins().load(I64, vm(), cache_addr, offset);
            let check = self.b.create_block();
            self.b.ins().brif(entry, check, &[], miss, &[]);
            self.b.switch_to_block(check);
            let cached = self.b.ins().load(I64, vm(), entry, OFF_IC_CLASS);
            let same = self.b.ins().icmp(IntCC::Equal, cached, class);
            let method = self.b.ins().load(I64, vm(), entry, OFF_IC_METHOD);
            let next = self.b.create_block();
            self.b.ins().brif(same, call, &[BlockArg::Value(method)], next, &[]);
            self.b.switch_to_block(next);
        }
        let flag = self.b.ins().load(I32, vm(), cache_addr, OFF_IC_MEGAMORPHIC);
        self.b.ins().brif(flag, megamorphic, &[], miss, &[]);
        self.b.switch_to_block(megamorphic);
        let mp = self.iconst(I64, m.as_ptr() as i64);
        let selected = self.call(calls::select_method(), &[class, mp])[0];
        self.b.ins().brif(selected, call, &[BlockArg::Value(selected)], miss, &[]);
        self.b.switch_to_block(call);
        if Self::is_object_hash_code(m) {
            // The receiver's class does not override `hashCode`: its identity hash, without a call.
            let identity = self.b.create_block();
            let other = self.b.create_block();
            let expected = self.iconst(I64, m.as_ptr() as i64);
            let hit = self.b.ins().icmp(IntCC::Equal, target, expected);
            self.b.ins().brif(hit, identity, &[], other, &[]);
            self.b.switch_to_block(identity);
            let hash = self.identity_hash(receiver);
            let slot = self.b.ins().uextend(I64, hash);
            let zero = self.iconst(I64, 0);
            self.b.ins().jump(join, &[BlockArg::Value(slot), BlockArg::Value(zero)]);
            self.b.switch_to_block(other);
        }
        let (v, t) = self.call_direct(target, args);
        self.b.ins().jump(join, &[BlockArg::Value(v), BlockArg::Value(t)]);
        self.b.switch_to_block(miss);
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let mp = self.iconst(I64, m.as_ptr() as i64);
        let r = self.call(calls::invoke_interface_cached(), &[rt, thread, mp, args, cache_addr]);
        self.b.ins().jump(join, &[BlockArg::Value(r[0]), BlockArg::Value(r[1])]);
        self.b.switch_to_block(join);
        (value, thrown)
    }

    /// A call to a known method with code: straight into its compiled code when it has some, else through
    /// the runtime (which interprets it, or compiles it if it is hot).
    pub(super) fn call_direct(&mut self, mp: Value, args: Value) -> (Value, Value) {
        let entry = self.b.ins().load(I64, vm(), mp, OFF_ENTRY);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let value = self.b.append_block_param(join, I64);
        let thrown = self.b.append_block_param(join, I64);
        self.b.ins().brif(entry, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let sig = match self.compiled_sig {
            Some(s) => s,
            None => {
                let s = self.b.import_signature(self.compiled_signature.clone());
                self.compiled_sig = Some(s);
                s
            }
        };
        let thread = self.thread();
        let pushed = self.push_inlined_frames();
        let inst = self.b.ins().call_indirect(sig, entry, &[thread, args]);
        let r = self.b.inst_results(inst).to_vec();
        self.pop_inlined_frames(pushed);
        self.b.ins().jump(join, &[BlockArg::Value(r[0]), BlockArg::Value(r[1])]);
        self.b.switch_to_block(slow);
        let rt = self.rt_ptr();
        let k = self.iconst(I32, i64::from(dispatch::DIRECT));
        let r = self.call(calls::invoke(), &[rt, thread, mp, args, k]);
        self.b.ins().jump(join, &[BlockArg::Value(r[0]), BlockArg::Value(r[1])]);
        self.b.switch_to_block(join);
        (value, thrown)
    }

    pub(super) fn invoke_dynamic(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let (_, _, descriptor) = self.cur.cp.dynamic(CpIndex(index)).map_err(|_| self.malformed("bad invokedynamic"))?;
        let (kinds, ret) = self.descriptor_kinds(descriptor)?;
        let slots: u32 = kinds.iter().map(|k| if k.wide() { 2 } else { 1 }).sum();
        self.sync_bci();
        // Linking can collect: it runs while the arguments are still tracked values, before they go into the
        // argument area, which the collector does not see.
        let (rt, thread, method) = (self.rt_ptr(), self.thread(), self.method_ptr());
        let i = self.iconst(I32, i64::from(index));
        let linked = self.call(calls::link_dynamic(), &[rt, thread, method, i]);
        self.check_failed(linked[0]);
        let (args, _) = self.pass_args(&kinds)?;
        let (rt, thread, method) = (self.rt_ptr(), self.thread(), self.method_ptr());
        let i = self.iconst(I32, i64::from(index));
        let n = self.iconst(I32, i64::from(slots));
        let r = self.call(calls::invoke_dynamic(), &[rt, thread, method, i, args, n]);
        self.check_failed(r[1]);
        self.push_result(r[0], ret);
        Ok(())
    }
}
