//! Locals and the operand stack: a Cranelift variable per (local or stack slot, kind), the `dup`/`pop`
//! family, and the conversions between a value and its 64-bit slot form (arguments, results, statics).

use cranelift_codegen::ir::types::{F32, F64, I32, I64};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;

use std::collections::HashSet;

use rt::{MethodRef, ValueKind};

use super::{Kind, Translator, R};
use crate::blocks::Blocks;

impl<'a> Translator<'a, '_> {
    pub(super) fn new_var(&mut self, kind: Kind) -> Variable {
        let var = self.b.declare_var(kind.ty());
        if kind == Kind::A {
            self.b.declare_var_needs_stack_map(var);
        }
        var
    }

    pub(super) fn local(&mut self, index: u16, kind: Kind) -> Variable {
        if let Some(&v) = self.cur.locals.get(&(index, kind)) {
            return v;
        }
        let v = self.new_var(kind);
        self.cur.locals.insert((index, kind), v);
        v
    }

    pub(super) fn stack_var(&mut self, depth: usize, kind: Kind) -> Variable {
        if let Some(&v) = self.cur.stack_vars.get(&(depth, kind)) {
            return v;
        }
        let v = self.new_var(kind);
        self.cur.stack_vars.insert((depth, kind), v);
        v
    }

    pub(super) fn push(&mut self, v: Value, kind: Kind) {
        if kind == Kind::A {
            self.b.declare_value_needs_stack_map(v);
        }
        self.cur.stack.push((v, kind));
    }

    pub(super) fn pop(&mut self) -> R<(Value, Kind)> {
        self.cur.stack.pop().ok_or_else(|| self.malformed("operand stack underflow"))
    }

    pub(super) fn pop_kind(&mut self, kind: Kind) -> R<Value> {
        let (v, k) = self.pop()?;
        if k != kind {
            return Err(self.malformed("operand of the wrong kind"));
        }
        Ok(v)
    }

    /// Stores the operand stack into its variables before leaving the block.
    pub(super) fn save_stack(&mut self) {
        let stack = std::mem::take(&mut self.cur.stack);
        for (depth, &(v, k)) in stack.iter().enumerate() {
            let var = self.stack_var(depth, k);
            self.b.def_var(var, v);
        }
        self.cur.stack = stack;
    }

    pub(super) fn stack_kinds(&self) -> Vec<Kind> {
        self.cur.stack.iter().map(|&(_, k)| k).collect()
    }

    // ---- slot form ----------------------------------------------------------------------------------------

    pub(super) fn slot_of(&mut self, v: Value, kind: Kind) -> Value {
        match kind {
            Kind::I => self.b.ins().uextend(I64, v),
            Kind::F => {
                let bits = self.b.ins().bitcast(I32, MemFlagsData::new(), v);
                self.b.ins().uextend(I64, bits)
            }
            Kind::D => self.b.ins().bitcast(I64, MemFlagsData::new(), v),
            Kind::J | Kind::A => v,
        }
    }

    pub(super) fn value_of(&mut self, v: Value, kind: Kind) -> Value {
        match kind {
            Kind::I => self.b.ins().ireduce(I32, v),
            Kind::F => {
                let bits = self.b.ins().ireduce(I32, v);
                self.b.ins().bitcast(F32, MemFlagsData::new(), bits)
            }
            Kind::D => self.b.ins().bitcast(F64, MemFlagsData::new(), v),
            Kind::J | Kind::A => v,
        }
    }

    pub(super) fn load_local(&mut self, index: u16, kind: Kind) {
        let var = self.local(index, kind);
        let v = self.b.use_var(var);
        if kind == Kind::A && self.cur.non_null_locals.contains(&index) {
            self.non_null.insert(v);
        }
        self.note_loop_local(index, kind, v);
        self.push(v, kind);
    }

    pub(super) fn store_local(&mut self, index: u16, kind: Kind) -> R<()> {
        let v = self.pop_kind(kind)?;
        let var = self.local(index, kind);
        self.b.def_var(var, v);
        Ok(())
    }

    /// The top entries of the stack that make up `slots` slots (for the `dup` and `pop` families).
    pub(super) fn take_slots(&mut self, slots: usize) -> R<Vec<(Value, Kind)>> {
        let mut taken = Vec::new();
        let mut n = 0;
        while n < slots {
            let e = self.pop()?;
            n += if e.1.wide() { 2 } else { 1 };
            taken.push(e);
        }
        if n != slots {
            return Err(self.malformed("a dup or pop splits a long or double"));
        }
        taken.reverse();
        Ok(taken)
    }

    /// `dup_x*`/`dup2_x*`: the top `top` slots copied below the `below` slots under them.
    pub(super) fn dup(&mut self, top: usize, below: usize) -> R<()> {
        let a = self.take_slots(top)?;
        let b = self.take_slots(below)?;
        for &(v, k) in a.iter().chain(b.iter()).chain(a.iter()) {
            self.push(v, k);
        }
        Ok(())
    }
}

/// The reference locals of `method` that are never null when read: `this` (local 0 of an instance method:
/// the caller's invocation checked it, an inlined call too) if nothing stores into local 0, and locals whose
/// every store is of an array just created (`newarray`, `anewarray` or `multianewarray` right before the
/// store, in one straight line). Verified code reads a local only after a store or as a parameter, so such
/// a local holds a non-null reference at every read: its null checks can go.
pub(super) fn non_null_locals(method: MethodRef, blocks: &Blocks) -> HashSet<u16> {
    use classfile::opcode::Opcode::*;
    let mut created = HashSet::new();
    let mut other = HashSet::new();
    let parameter_slots: u16 = method.params.iter().map(|k| if matches!(k, ValueKind::Long | ValueKind::Double) { 2 } else { 1 }).sum();
    let first_non_parameter = parameter_slots + u16::from(!method.is_static());
    for (i, insn) in blocks.instructions.iter().enumerate() {
        let slot = match insn.opcode {
            Astore => insn.local_index(),
            Astore0 => Some(0),
            Astore1 => Some(1),
            Astore2 => Some(2),
            Astore3 => Some(3),
            _ => None,
        };
        let Some(slot) = slot else { continue };
        let fresh = i > 0
            && !blocks.leaders.contains(&insn.bci)
            && matches!(blocks.instructions[i - 1].opcode, Newarray | Anewarray | Multianewarray);
        if fresh && slot >= first_non_parameter {
            created.insert(slot);
        } else {
            other.insert(slot);
        }
    }
    let mut non_null: HashSet<u16> = created.difference(&other).copied().collect();
    if !method.is_static() && !other.contains(&0) {
        non_null.insert(0);
    }
    non_null
}
