//! The object model: `new` (inline allocation from the thread's buffer), `checkcast` and `instanceof`, and
//! runtime calls on a constant-pool entry.

use classfile::bytecode::Instruction;
use classfile::opcode::Opcode;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{BlockArg, InstBuilder, Value};
use rt::object::{ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET, CLASS_OFFSET};
use rt::resolve::Resolved;
use rt::runtime_calls::throw_kind;

use crate::calls::{self, RuntimeCall};

use super::{Kind, OFF_TLAB_CURSOR, OFF_TLAB_LIMIT, R, Translator, heap, vm};

impl<'a> Translator<'a, '_> {
    pub(super) fn resolve_class_at_run_time(&mut self, index: u16) -> Value {
        self.call_cp(calls::resolve_class(), index, None)
    }

    /// A runtime call on this method's constant `index` (`(rt, thread, method, index[, extra])`) whose zero
    /// result means it threw.
    pub(super) fn call_cp(&mut self, c: RuntimeCall, index: u16, extra: Option<i64>) -> Value {
        self.sync_bci();
        let (rt, thread, method) = (self.rt_ptr(), self.thread(), self.method_ptr());
        let i = self.iconst(I32, i64::from(index));
        let mut args = vec![rt, thread, method, i];
        if let Some(x) = extra {
            args.push(self.iconst(I32, x));
        }
        let r = self.call(c, &args)[0];
        self.check_zero(r);
        r
    }

    pub(super) fn new_object(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        self.sync_bci();
        let ready = match self.resolved(index) {
            Some(Resolved::Class(c))
                if c.init.is_done() && matches!(c.kind, rt::ClassKind::Instance) && !c.is_interface() && !c.access.is_abstract() =>
            {
                Some(*c)
            }
            _ => None,
        };
        let obj = match ready {
            Some(class) => self.new_instance_inline(class),
            None => self.call_cp(calls::new_resolving(), index, None),
        };
        self.check_zero(obj);
        self.push(obj, Kind::A);
        Ok(())
    }

    /// Allocates an instance of the initialized class `class`: a bump of the thread's allocation buffer inline
    /// (the buffer is zeroed, so only the class word is written), the runtime's slow path (a new buffer, a
    /// collection) when the object does not fit. Returns the object, or 0 after throwing.
    pub(super) fn new_instance_inline(&mut self, class: rt::ClassRef) -> Value {
        let size = (class.instance_size as usize).max(rt::object::HEADER_SIZE).next_multiple_of(8);
        let thread = self.thread();
        let cursor = self.b.ins().load(I64, vm(), thread, OFF_TLAB_CURSOR);
        let limit = self.b.ins().load(I64, vm(), thread, OFF_TLAB_LIMIT);
        let size = self.iconst(I64, size as i64);
        let end = self.b.ins().iadd(cursor, size);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, end, limit);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let join = self.b.create_block();
        let obj = self.b.append_block_param(join, I64);
        self.b.ins().brif(fits, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.b.ins().store(vm(), end, thread, OFF_TLAB_CURSOR);
        let c = self.iconst(I64, class.as_ptr() as i64);
        self.b.ins().store(heap(), c, cursor, rt::object::CLASS_OFFSET as i32);
        self.b.ins().jump(join, &[BlockArg::Value(cursor)]);
        self.b.switch_to_block(slow);
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let c = self.iconst(I64, class.as_ptr() as i64);
        let allocated = self.call(calls::new_object(), &[rt, thread, c])[0];
        self.b.ins().jump(join, &[BlockArg::Value(allocated)]);
        self.b.switch_to_block(join);
        obj
    }

    /// `newarray` and `anewarray`: with the array class known at compile time, a bump of the thread's
    /// allocation buffer inline (class word and length: buffers are zeroed) when the length is valid and the
    /// array fits, the runtime's allocation (which throws for a negative length) otherwise; without it (an
    /// `anewarray` whose class constant `index` is not resolved yet), the runtime resolves and allocates.
    pub(super) fn new_array(&mut self, array_class: Option<rt::ClassRef>, index: Option<u16>) -> R<()> {
        let length = self.pop_kind(Kind::I)?;
        self.sync_bci();
        let Some(class) = array_class else {
            let index = index.ok_or_else(|| self.malformed("newarray without a class"))?;
            let component = self.resolve_class_at_run_time(index);
            let (rt, thread) = (self.rt_ptr(), self.thread());
            let array = self.call(calls::new_array_of(), &[rt, thread, component, length])[0];
            self.check_zero(array);
            self.push(array, Kind::A);
            return Ok(());
        };
        let element = class.element_kind().map_or(8, |k| k.size()) as i64;
        let thread = self.thread();
        let valid = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, length, i64::from(rt::object::MAX_ARRAY_LENGTH));
        let wide = self.b.ins().uextend(I64, length);
        let bytes = self.b.ins().imul_imm_s(wide, element);
        let size = self.b.ins().iadd_imm_s(bytes, ARRAY_BASE_OFFSET as i64 + 7);
        let size = self.b.ins().band_imm_s(size, -8);
        let cursor = self.b.ins().load(I64, vm(), thread, OFF_TLAB_CURSOR);
        let limit = self.b.ins().load(I64, vm(), thread, OFF_TLAB_LIMIT);
        let end = self.b.ins().iadd(cursor, size);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, end, limit);
        let fast_path = self.b.ins().band(valid, fits);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let join = self.b.create_block();
        let array = self.b.append_block_param(join, I64);
        self.b.ins().brif(fast_path, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        self.b.ins().store(vm(), end, thread, OFF_TLAB_CURSOR);
        let c = self.iconst(I64, class.as_ptr() as i64);
        self.b.ins().store(heap(), c, cursor, CLASS_OFFSET as i32);
        self.b.ins().store(self.length_flags, length, cursor, ARRAY_LENGTH_OFFSET as i32);
        self.b.ins().jump(join, &[BlockArg::Value(cursor)]);
        self.b.switch_to_block(slow);
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let c = self.iconst(I64, class.as_ptr() as i64);
        let allocated = self.call(calls::new_array(), &[rt, thread, c, length])[0];
        self.b.ins().jump(join, &[BlockArg::Value(allocated)]);
        self.b.switch_to_block(join);
        self.check_zero(array);
        self.push(array, Kind::A);
        Ok(())
    }

    /// `checkcast` and `instanceof`; a null operand needs no class (resolution happens only for non-null ones,
    /// as in the interpreter and HotSpot).
    pub(super) fn type_check(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let obj = self.pop_kind(Kind::A)?;
        let non_null = self.b.create_block();
        let join = self.b.create_block();
        let is_cast = insn.opcode == Opcode::Checkcast;
        let result = self.b.append_block_param(join, if is_cast { I64 } else { I32 });
        let null_result = if is_cast { obj } else { self.iconst(I32, 0) };
        self.b.ins().brif(obj, non_null, &[], join, &[BlockArg::Value(null_result)]);
        self.b.switch_to_block(non_null);
        self.sync_bci();
        let class = match self.resolved(index) {
            Some(Resolved::Class(c)) => self.iconst(I64, c.as_ptr() as i64),
            _ => self.resolve_class_at_run_time(index),
        };
        let is = self.call(calls::is_instance(), &[obj, class])[0];
        if is_cast {
            let failed = self.b.ins().icmp_imm_s(IntCC::Equal, is, 0);
            self.throw_if(failed, throw_kind::CLASS_CAST, obj, class);
            self.b.ins().jump(join, &[BlockArg::Value(obj)]);
        } else {
            self.b.ins().jump(join, &[BlockArg::Value(is)]);
        }
        self.b.switch_to_block(join);
        self.push(result, if is_cast { Kind::A } else { Kind::I });
        Ok(())
    }
}
