//! Fields and arrays: null and bounds checks, element and field addresses, narrow loads and stores, and the
//! card-marking barrier on reference stores.

use classfile::bytecode::Instruction;
use classfile::opcode::Opcode;
use classfile::CpIndex;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I16, I32, I64, I8};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, Value};
use rt::object::{ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET};
use rt::resolve::Resolved;
use rt::runtime_calls::throw_kind;
use rt::ValueKind;

use crate::calls;

use super::{Kind, Translator, R, heap, vm};

impl<'a> Translator<'a, '_> {
    /// Null and bounds checks; returns the element's address for elements of `size` bytes.
    /// (None in the unchecked copy of a counted loop, for its arrays indexed by its induction variable.)
    pub(super) fn element_addr(&mut self, array: Value, index: Value, size: i64) -> Value {
        if !self.proven_in_bounds(array, index) {
            self.null_check(array);
            let len = self.array_length(array);
            let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, index, len);
            let a = self.b.ins().uextend(I64, index);
            let b = self.b.ins().uextend(I64, len);
            self.throw_if(out, throw_kind::ARRAY_INDEX, a, b);
        }
        let wide = self.b.ins().uextend(I64, index);
        let scaled = self.b.ins().imul_imm_s(wide, size);
        let base = self.b.ins().iadd(array, scaled);
        self.b.ins().iadd_imm_s(base, ARRAY_BASE_OFFSET as i64)
    }

    /// The length of `array` (already null-checked).
    pub(super) fn array_length(&mut self, array: Value) -> Value {
        self.b.ins().load(I32, self.length_flags, array, ARRAY_LENGTH_OFFSET as i32)
    }

    pub(super) fn array_load(&mut self, ty: Type, kind: Kind, how: Load) -> R<()> {
        let index = self.pop_kind(Kind::I)?;
        let array = self.pop_kind(Kind::A)?;
        let addr = self.element_addr(array, index, i64::from(ty.bytes()));
        let v = match how {
            Load::Plain => self.b.ins().load(ty, self.element_flags, addr, 0),
            Load::Signed8 => self.b.ins().sload8(I32, self.element_flags, addr, 0),
            Load::Signed16 => self.b.ins().sload16(I32, self.element_flags, addr, 0),
            Load::Unsigned16 => self.b.ins().uload16(I32, self.element_flags, addr, 0),
        };
        self.push(v, kind);
        Ok(())
    }

    pub(super) fn array_store(&mut self, kind: Kind, size: i64) -> R<()> {
        let value = self.pop_kind(kind)?;
        let index = self.pop_kind(Kind::I)?;
        let array = self.pop_kind(Kind::A)?;
        let addr = self.element_addr(array, index, size);
        match size {
            1 => self.b.ins().istore8(self.element_flags, value, addr, 0),
            2 => self.b.ins().istore16(self.element_flags, value, addr, 0),
            _ => self.b.ins().store(self.element_flags, value, addr, 0),
        };
        Ok(())
    }

    pub(super) fn aastore(&mut self) -> R<()> {
        let value = self.pop_kind(Kind::A)?;
        let index = self.pop_kind(Kind::I)?;
        let array = self.pop_kind(Kind::A)?;
        self.element_addr(array, index, 8);
        self.sync_bci();
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let status = self.call(calls::aastore(), &[rt, thread, array, index, value])[0];
        self.check_failed(status);
        Ok(())
    }

    pub(super) fn field(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let names = self.cur.cp.member_ref(CpIndex(index)).map_err(|_| self.malformed("bad field reference"))?;
        let vk = ValueKind::of_descriptor(names.descriptor);
        let kind = Kind::of(vk).ok_or_else(|| self.malformed("void field"))?;
        let is_static = matches!(insn.opcode, Opcode::Getstatic | Opcode::Putstatic);
        let is_get = matches!(insn.opcode, Opcode::Getstatic | Opcode::Getfield);
        let value = if is_get { None } else { Some(self.pop_kind(kind)?) };
        let obj = if is_static { None } else { Some(self.pop_kind(Kind::A)?) };
        let known = match self.resolved(index) {
            Some(Resolved::Field(f)) if f.is_static() == is_static => {
                let volatile = f.access.has(classfile::AccessFlags::VOLATILE);
                if is_static {
                    f.holder.init.is_done().then(|| (f.holder.get(self.rt).static_slot(f) as *const _ as i64, volatile))
                } else {
                    Some((i64::from(f.offset), volatile))
                }
            }
            _ => None,
        };
        // A field not resolved yet may be volatile: treat it so (its accesses are cold code anyway).
        let volatile = known.is_none_or(|(_, v)| v);
        let known = known.map(|(place, _)| place);
        let place = match known {
            Some(v) => self.iconst(I64, v),
            None => self.call_cp(calls::resolve_field(), index, Some(i64::from(is_static))),
        };
        if is_static {
            if let Some(v) = value {
                let narrowed = self.narrow(v, vk);
                let slot = self.slot_of(narrowed, kind);
                if volatile {
                    self.b.ins().atomic_store(vm(), slot, place);
                } else {
                    self.b.ins().store(vm(), slot, place, 0);
                }
            } else {
                let slot = if volatile {
                    self.b.ins().atomic_load(I64, vm(), place)
                } else {
                    self.b.ins().load(I64, vm(), place, 0)
                };
                let v = self.value_of(slot, kind);
                self.push(v, kind);
            }
            return Ok(());
        }
        let obj = obj.expect("instance field accesses pop an object");
        self.null_check(obj);
        let addr = self.b.ins().iadd(obj, place);
        if volatile {
            self.volatile_field(vk, kind, addr, value);
            return Ok(());
        }
        match value {
            None => {
                let v = match vk {
                    ValueKind::Boolean | ValueKind::Byte => self.b.ins().sload8(I32, heap(), addr, 0),
                    ValueKind::Char => self.b.ins().uload16(I32, heap(), addr, 0),
                    ValueKind::Short => self.b.ins().sload16(I32, heap(), addr, 0),
                    _ => self.b.ins().load(kind.ty(), heap(), addr, 0),
                };
                self.push(v, kind);
            }
            Some(v) => {
                match vk {
                    ValueKind::Boolean => {
                        let bit = self.b.ins().band_imm_s(v, 1);
                        self.b.ins().istore8(heap(), bit, addr, 0);
                    }
                    ValueKind::Byte => {
                        self.b.ins().istore8(heap(), v, addr, 0);
                    }
                    ValueKind::Char | ValueKind::Short => {
                        self.b.ins().istore16(heap(), v, addr, 0);
                    }
                    _ => {
                        self.b.ins().store(heap(), v, addr, 0);
                    }
                }
                if kind == Kind::A {
                    self.card_mark(addr);
                }
            }
        }
        Ok(())
    }

    /// A volatile instance field access at `addr` (a store of `value`, or a load pushed on the stack): atomic
    /// loads and stores, which Cranelift neither removes nor moves, a sequentially consistent store being
    /// followed by a fence (x86-64's StoreLoad barrier); 8-byte accesses are single instructions, never torn.
    fn volatile_field(&mut self, vk: ValueKind, kind: Kind, addr: Value, value: Option<Value>) {
        let flags = heap().with_aligned();
        let mem = match vk {
            ValueKind::Boolean | ValueKind::Byte => I8,
            ValueKind::Char | ValueKind::Short => I16,
            ValueKind::Int | ValueKind::Float => I32,
            _ => I64,
        };
        match value {
            None => {
                let raw = self.b.ins().atomic_load(mem, flags, addr);
                let int = match vk {
                    ValueKind::Boolean | ValueKind::Byte | ValueKind::Short => self.b.ins().sextend(I32, raw),
                    ValueKind::Char => self.b.ins().uextend(I32, raw),
                    _ => raw,
                };
                let v = if matches!(vk, ValueKind::Float | ValueKind::Double) {
                    self.b.ins().bitcast(kind.ty(), MemFlagsData::new(), int)
                } else {
                    int
                };
                self.push(v, kind);
            }
            Some(v) => {
                let int = match vk {
                    ValueKind::Float | ValueKind::Double => self.b.ins().bitcast(mem, MemFlagsData::new(), v),
                    ValueKind::Boolean => {
                        let bit = self.b.ins().band_imm_s(v, 1);
                        self.b.ins().ireduce(I8, bit)
                    }
                    ValueKind::Byte | ValueKind::Char | ValueKind::Short => self.b.ins().ireduce(mem, v),
                    _ => v,
                };
                self.b.ins().atomic_store(flags, int, addr);
                if kind == Kind::A {
                    self.card_mark(addr);
                }
            }
        }
    }

    /// The collector's card-marking barrier inline (what `gc::WriteBarrier::post_write` does) for a
    /// reference just stored at `addr`: one shift, one add of the VM's biased card-table base, one byte store.
    fn card_mark(&mut self, addr: Value) {
        let base = self.iconst(I64, self.rt.barrier().card_table_base() as i64);
        let shift = self.iconst(I64, i64::from(rt::gc::barrier::CARD_SHIFT));
        let card = self.b.ins().ushr(addr, shift);
        let card = self.b.ins().iadd(base, card);
        let dirty = self.iconst(I32, i64::from(rt::gc::barrier::DIRTY));
        self.b.ins().istore8(vm(), dirty, card, 0);
    }

    /// What a static field of kind `vk` keeps of the int it is given (`putstatic`).
    pub(super) fn narrow(&mut self, v: Value, vk: ValueKind) -> Value {
        match vk {
            ValueKind::Boolean => self.b.ins().band_imm_s(v, 1),
            ValueKind::Byte => {
                let n = self.b.ins().ireduce(I8, v);
                self.b.ins().sextend(I32, n)
            }
            ValueKind::Char => self.b.ins().band_imm_s(v, 0xFFFF),
            ValueKind::Short => {
                let n = self.b.ins().ireduce(I16, v);
                self.b.ins().sextend(I32, n)
            }
            _ => v,
        }
    }
}

/// How an array element is read.
#[derive(Debug, Clone, Copy)]
pub(super) enum Load {
    Plain,
    Signed8,
    Signed16,
    Unsigned16,
}
