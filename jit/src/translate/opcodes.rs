//! The opcode dispatch: one bytecode instruction to Cranelift IR (the simple ones here, the rest through the
//! other parts of the front end), and `ldc`.

use classfile::bytecode::{Instruction, Operands};
use classfile::constant_pool::Constant;
use classfile::opcode::Opcode;
use classfile::CpIndex;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{F32, F64, I16, I32, I64, I8};
use cranelift_codegen::ir::InstBuilder;
use rt::resolve::Resolved;
use rt::runtime_calls::throw_kind;
use rt::ValueKind;

use crate::calls;

use super::{Flow, Kind, Translator, R, loops, vm};
use super::memory::Load;

impl<'a> Translator<'a, '_> {
    pub(super) fn instruction(&mut self, insn: &Instruction) -> R<Flow> {
        use Opcode::*;
        let local = || match insn.operands {
            Operands::Local { index, .. } => index,
            _ => 0,
        };
        if let Some((store, kind, implicit)) = local_access(insn.opcode as u8) {
            let index = implicit.unwrap_or_else(local);
            if store {
                // `astore` also stores `jsr` return addresses, which the front end does not take.
                self.store_local(index, kind)?;
            } else {
                self.load_local(index, kind);
            }
            return Ok(Flow::Next);
        }
        match insn.opcode {
            Nop => {}
            AconstNull => {
                let v = self.iconst(I64, 0);
                self.push(v, Kind::A);
            }
            IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 => {
                let v = self.iconst(I32, i64::from(insn.opcode as u8) - i64::from(Iconst0 as u8));
                self.push(v, Kind::I);
            }
            Lconst0 | Lconst1 => {
                let v = self.iconst(I64, i64::from(insn.opcode as u8 - Lconst0 as u8));
                self.push(v, Kind::J);
            }
            Fconst0 | Fconst1 | Fconst2 => {
                let v = self.b.ins().f32const(f32::from(insn.opcode as u8 - Fconst0 as u8));
                self.push(v, Kind::F);
            }
            Dconst0 | Dconst1 => {
                let v = self.b.ins().f64const(f64::from(insn.opcode as u8 - Dconst0 as u8));
                self.push(v, Kind::D);
            }
            Bipush | Sipush => {
                let Operands::Int(n) = insn.operands else { return Err(self.malformed("push without value")) };
                let v = self.iconst(I32, i64::from(n));
                self.push(v, Kind::I);
            }
            Ldc | LdcW | Ldc2W => self.ldc(insn)?,
            Iaload => self.array_load(I32, Kind::I, Load::Plain)?,
            Laload => self.array_load(I64, Kind::J, Load::Plain)?,
            Faload => self.array_load(F32, Kind::F, Load::Plain)?,
            Daload => self.array_load(F64, Kind::D, Load::Plain)?,
            Aaload => self.array_load(I64, Kind::A, Load::Plain)?,
            Baload => self.array_load(I8, Kind::I, Load::Signed8)?,
            Caload => self.array_load(I16, Kind::I, Load::Unsigned16)?,
            Saload => self.array_load(I16, Kind::I, Load::Signed16)?,
            Iastore => self.array_store(Kind::I, 4)?,
            Lastore => self.array_store(Kind::J, 8)?,
            Fastore => self.array_store(Kind::F, 4)?,
            Dastore => self.array_store(Kind::D, 8)?,
            Bastore => self.array_store(Kind::I, 1)?,
            Castore | Sastore => self.array_store(Kind::I, 2)?,
            Aastore => self.aastore()?,
            Pop => {
                self.take_slots(1)?;
            }
            Pop2 => {
                self.take_slots(2)?;
            }
            Dup => self.dup(1, 0)?,
            DupX1 => self.dup(1, 1)?,
            DupX2 => self.dup(1, 2)?,
            Dup2 => self.dup(2, 0)?,
            Dup2X1 => self.dup(2, 1)?,
            Dup2X2 => self.dup(2, 2)?,
            Swap => {
                let a = self.take_slots(1)?;
                let b = self.take_slots(1)?;
                for &(v, k) in a.iter().chain(b.iter()) {
                    self.push(v, k);
                }
            }
            Iadd => self.add_or_sub(false)?,
            Ladd => self.binary(Kind::J, |b, x, y| b.ins().iadd(x, y))?,
            Fadd => self.binary(Kind::F, |b, x, y| b.ins().fadd(x, y))?,
            Dadd => self.binary(Kind::D, |b, x, y| b.ins().fadd(x, y))?,
            Isub => self.add_or_sub(true)?,
            Lsub => self.binary(Kind::J, |b, x, y| b.ins().isub(x, y))?,
            Fsub => self.binary(Kind::F, |b, x, y| b.ins().fsub(x, y))?,
            Dsub => self.binary(Kind::D, |b, x, y| b.ins().fsub(x, y))?,
            Imul => self.binary(Kind::I, |b, x, y| b.ins().imul(x, y))?,
            Lmul => self.binary(Kind::J, |b, x, y| b.ins().imul(x, y))?,
            Fmul => self.binary(Kind::F, |b, x, y| b.ins().fmul(x, y))?,
            Dmul => self.binary(Kind::D, |b, x, y| b.ins().fmul(x, y))?,
            Idiv => self.divide(Kind::I, false)?,
            Ldiv => self.divide(Kind::J, false)?,
            Fdiv => self.binary(Kind::F, |b, x, y| b.ins().fdiv(x, y))?,
            Ddiv => self.binary(Kind::D, |b, x, y| b.ins().fdiv(x, y))?,
            Irem => self.divide(Kind::I, true)?,
            Lrem => self.divide(Kind::J, true)?,
            Frem => {
                let y = self.pop_kind(Kind::F)?;
                let x = self.pop_kind(Kind::F)?;
                let r = self.call(calls::frem(), &[x, y])[0];
                self.push(r, Kind::F);
            }
            Drem => {
                let y = self.pop_kind(Kind::D)?;
                let x = self.pop_kind(Kind::D)?;
                let r = self.call(calls::drem(), &[x, y])[0];
                self.push(r, Kind::D);
            }
            Ineg => self.unary(Kind::I, Kind::I, |b, x| b.ins().ineg(x))?,
            Lneg => self.unary(Kind::J, Kind::J, |b, x| b.ins().ineg(x))?,
            Fneg => self.unary(Kind::F, Kind::F, |b, x| b.ins().fneg(x))?,
            Dneg => self.unary(Kind::D, Kind::D, |b, x| b.ins().fneg(x))?,
            Ishl => self.shift(Kind::I, |b, x, n| b.ins().ishl(x, n))?,
            Lshl => self.shift(Kind::J, |b, x, n| b.ins().ishl(x, n))?,
            Ishr => self.shift(Kind::I, |b, x, n| b.ins().sshr(x, n))?,
            Lshr => self.shift(Kind::J, |b, x, n| b.ins().sshr(x, n))?,
            Iushr => self.shift(Kind::I, |b, x, n| b.ins().ushr(x, n))?,
            Lushr => self.shift(Kind::J, |b, x, n| b.ins().ushr(x, n))?,
            Iand => self.binary(Kind::I, |b, x, y| b.ins().band(x, y))?,
            Land => self.binary(Kind::J, |b, x, y| b.ins().band(x, y))?,
            Ior => self.binary(Kind::I, |b, x, y| b.ins().bor(x, y))?,
            Lor => self.binary(Kind::J, |b, x, y| b.ins().bor(x, y))?,
            Ixor => self.binary(Kind::I, |b, x, y| b.ins().bxor(x, y))?,
            Lxor => self.binary(Kind::J, |b, x, y| b.ins().bxor(x, y))?,
            Iinc => {
                let Operands::Iinc { index, delta, .. } = insn.operands else { return Err(self.malformed("iinc")) };
                let var = self.local(index, Kind::I);
                let v = self.b.use_var(var);
                let r = self.b.ins().iadd_imm_s(v, i64::from(delta));
                self.b.def_var(var, r);
            }
            I2l => self.unary(Kind::I, Kind::J, |b, x| b.ins().sextend(I64, x))?,
            I2f => self.unary(Kind::I, Kind::F, |b, x| b.ins().fcvt_from_sint(F32, x))?,
            I2d => self.unary(Kind::I, Kind::D, |b, x| b.ins().fcvt_from_sint(F64, x))?,
            L2i => self.unary(Kind::J, Kind::I, |b, x| b.ins().ireduce(I32, x))?,
            L2f => self.unary(Kind::J, Kind::F, |b, x| b.ins().fcvt_from_sint(F32, x))?,
            L2d => self.unary(Kind::J, Kind::D, |b, x| b.ins().fcvt_from_sint(F64, x))?,
            F2i => self.unary(Kind::F, Kind::I, |b, x| b.ins().fcvt_to_sint_sat(I32, x))?,
            F2l => self.unary(Kind::F, Kind::J, |b, x| b.ins().fcvt_to_sint_sat(I64, x))?,
            F2d => self.unary(Kind::F, Kind::D, |b, x| b.ins().fpromote(F64, x))?,
            D2i => self.unary(Kind::D, Kind::I, |b, x| b.ins().fcvt_to_sint_sat(I32, x))?,
            D2l => self.unary(Kind::D, Kind::J, |b, x| b.ins().fcvt_to_sint_sat(I64, x))?,
            D2f => self.unary(Kind::D, Kind::F, |b, x| b.ins().fdemote(F32, x))?,
            I2b => self.unary(Kind::I, Kind::I, |b, x| {
                let n = b.ins().ireduce(I8, x);
                b.ins().sextend(I32, n)
            })?,
            I2c => self.unary(Kind::I, Kind::I, |b, x| b.ins().band_imm_s(x, 0xFFFF))?,
            I2s => self.unary(Kind::I, Kind::I, |b, x| {
                let n = b.ins().ireduce(I16, x);
                b.ins().sextend(I32, n)
            })?,
            Lcmp => self.lcompare()?,
            Fcmpl => self.fcompare(Kind::F, false)?,
            Fcmpg => self.fcompare(Kind::F, true)?,
            Dcmpl => self.fcompare(Kind::D, false)?,
            Dcmpg => self.fcompare(Kind::D, true)?,
            Ifeq => return self.if_zero(insn, IntCC::Equal),
            Ifne => return self.if_zero(insn, IntCC::NotEqual),
            Iflt => return self.if_zero(insn, IntCC::SignedLessThan),
            Ifge => return self.if_zero(insn, IntCC::SignedGreaterThanOrEqual),
            Ifgt => return self.if_zero(insn, IntCC::SignedGreaterThan),
            Ifle => return self.if_zero(insn, IntCC::SignedLessThanOrEqual),
            IfIcmpeq => return self.if_cmp(insn, Kind::I, IntCC::Equal),
            IfIcmpne => return self.if_cmp(insn, Kind::I, IntCC::NotEqual),
            IfIcmplt => return self.if_cmp(insn, Kind::I, IntCC::SignedLessThan),
            IfIcmpge => return self.if_cmp(insn, Kind::I, IntCC::SignedGreaterThanOrEqual),
            IfIcmpgt => return self.if_cmp(insn, Kind::I, IntCC::SignedGreaterThan),
            IfIcmple => return self.if_cmp(insn, Kind::I, IntCC::SignedLessThanOrEqual),
            IfAcmpeq => return self.if_cmp(insn, Kind::A, IntCC::Equal),
            IfAcmpne => return self.if_cmp(insn, Kind::A, IntCC::NotEqual),
            Ifnull | Ifnonnull => {
                let a = self.pop_kind(Kind::A)?;
                let cc = if insn.opcode == Ifnull { IntCC::Equal } else { IntCC::NotEqual };
                let c = self.b.ins().icmp_imm_s(cc, a, 0);
                return self.branch(insn, c);
            }
            Goto | GotoW => {
                let target = insn.branch_target().ok_or_else(|| self.malformed("goto without target"))?;
                if target <= insn.bci {
                    self.poll_loop(target);
                    if self.cur.stack.is_empty()
                        && let Some(len) = loops::invertible_head(&self.cur.blocks, target, insn.bci)
                    {
                        return self.repeat_exit_test(target, len);
                    }
                }
                self.jump_to(target)?;
                return Ok(Flow::Ended);
            }
            Tableswitch | Lookupswitch => return self.switch(insn),
            Ireturn => return self.ret(Some(Kind::I)),
            Lreturn => return self.ret(Some(Kind::J)),
            Freturn => return self.ret(Some(Kind::F)),
            Dreturn => return self.ret(Some(Kind::D)),
            Areturn => return self.ret(Some(Kind::A)),
            Return => return self.ret(None),
            Getstatic | Putstatic | Getfield | Putfield => self.field(insn)?,
            Invokevirtual | Invokespecial | Invokestatic | Invokeinterface => return self.invoke(insn),
            Invokedynamic => self.invoke_dynamic(insn)?,
            New => self.new_object(insn)?,
            Newarray => {
                let Operands::NewArray(atype) = insn.operands else { return Err(self.malformed("newarray")) };
                let component = self.rt.primitive_class(ValueKind::of_descriptor(&atype.descriptor().to_string()));
                self.new_array(Some(self.rt.array_class_of(component)), None)?;
            }
            Anewarray => {
                let index = self.cp_index(insn)?;
                let component = match self.resolved(index) {
                    Some(Resolved::Class(c)) => Some(*c),
                    _ => None,
                };
                self.new_array(component.map(|c| self.rt.array_class_of(c)), Some(index))?;
            }
            Arraylength => {
                let array = self.pop_kind(Kind::A)?;
                self.null_check(array);
                let len = self.array_length(array);
                self.push(len, Kind::I);
            }
            Athrow => {
                let exception = self.pop_kind(Kind::A)?;
                self.null_check(exception);
                let zero = self.iconst(I64, 0);
                self.throw_now(throw_kind::OBJECT, exception, zero);
                return Ok(Flow::Ended);
            }
            Checkcast | Instanceof => self.type_check(insn)?,
            Monitorenter => self.monitorenter()?,
            Monitorexit => self.monitorexit()?,
            Multianewarray => {
                let Operands::MultiANewArray { index, dims } = insn.operands else { return Err(self.malformed("multianewarray")) };
                self.sync_bci();
                let (counts, _) = self.pass_args(&vec![Kind::I; usize::from(dims)])?;
                let (rt, thread, method) = (self.rt_ptr(), self.thread(), self.method_ptr());
                let i = self.iconst(I32, i64::from(index));
                let n = self.iconst(I32, i64::from(dims));
                let array = self.call(calls::multi_new_array(), &[rt, thread, method, i, counts, n])[0];
                self.check_zero(array);
                self.push(array, Kind::A);
            }
            Jsr | JsrW | Ret => return Err(self.unsupported("jsr/ret")),
            Wide => return Err(self.malformed("stray wide prefix")),
            _ => return Err(self.malformed("unexpected load or store")),
        }
        Ok(Flow::Next)
    }

    pub(super) fn ldc(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let constant = self.cur.cp.get(CpIndex(index)).map_err(|_| self.malformed("bad ldc constant"))?.clone();
        match constant {
            Constant::Integer(v) => {
                let c = self.iconst(I32, i64::from(v));
                self.push(c, Kind::I);
            }
            Constant::Float(v) => {
                let c = self.b.ins().f32const(f32::from_bits(v));
                self.push(c, Kind::F);
            }
            Constant::Long(v) => {
                let c = self.iconst(I64, v);
                self.push(c, Kind::J);
            }
            Constant::Double(v) => {
                let c = self.b.ins().f64const(f64::from_bits(v));
                self.push(c, Kind::D);
            }
            Constant::String { .. } => {
                let cached = match self.resolved(index) {
                    Some(Resolved::String(slot)) => Some(slot as *const _ as i64),
                    _ => None,
                };
                let s = match cached {
                    // The interned string's slot is a root the collector updates, so read it each time.
                    Some(addr) => {
                        let a = self.iconst(I64, addr);
                        self.b.ins().load(I64, vm(), a, 0)
                    }
                    None => self.call_cp(calls::ldc_string(), index, None),
                };
                self.push(s, Kind::A);
            }
            Constant::Class { .. } => {
                let m = self.call_cp(calls::ldc_class(), index, None);
                self.push(m, Kind::A);
            }
            _ => return Err(self.unsupported("ldc of a method handle, method type or dynamic constant")),
        }
        Ok(())
    }
}

/// For the load and store opcodes (`iload`..`aload_3`, `istore`..`astore_3`): whether it stores, the kind,
/// and the local of the `_n` forms (the others name it in their operand).
pub(super) fn local_access(opcode: u8) -> Option<(bool, Kind, Option<u16>)> {
    const KINDS: [Kind; 5] = [Kind::I, Kind::J, Kind::F, Kind::D, Kind::A];
    let (store, base, short_base) = match opcode {
        0x15..=0x2d => (false, 0x15, 0x1a),
        0x36..=0x4e => (true, 0x36, 0x3b),
        _ => return None,
    };
    Some(if opcode < short_base {
        (store, KINDS[usize::from(opcode - base)], None)
    } else {
        let n = opcode - short_base;
        (store, KINDS[usize::from(n / 4)], Some(u16::from(n % 4)))
    })
}
