//! Pre-decoding: a method's bytecode into quickened code, with the checks that make executing it safe.
//!
//! Besides translating, this pass proves what the dispatch loop relies on when it indexes its frame without
//! bounds checks: every local index is below `max_locals` (two below for longs and doubles), every branch
//! lands on an instruction, execution cannot fall off the end, and the operand stack height is the same on
//! every path into an instruction and stays within `0..=max_stack` (an abstract interpretation over heights
//! only; the verifier checks types). A method that fails gets a `VerifyError`.

use classfile::bytecode::{Instruction, Operands, decode};
use classfile::descriptor::{FieldType, MethodDescriptor};
use classfile::opcode::{EffectSource, Opcode, StackEffect};
use classfile::{Constant, ConstantPool, CpIndex};
use rt::method::Method;

use crate::quick::{QuickCode, QuickHandler, Switch, op, pack};

/// Why a method cannot be pre-decoded: the text of its `VerifyError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PredecodeError(pub String);

struct Builder<'a> {
    method: &'a Method,
    cp: Option<&'a ConstantPool>,
    insns: Vec<Instruction>,
    words: Vec<u64>,
    side: Vec<u64>,
    switches: Vec<Switch>,
}

/// Translates `method`'s code. The method must have code.
pub fn predecode(method: &Method) -> Result<QuickCode, PredecodeError> {
    let code = method.code.as_ref().ok_or_else(|| PredecodeError("method has no code".into()))?;
    let insns = decode(&code.bytes).map_err(|e| fail(method, &e.to_string()))?;
    let cp = method.class.class_file.as_deref().map(|cf| &cf.constant_pool);
    let mut b = Builder { method, cp, insns, words: Vec::new(), side: Vec::new(), switches: Vec::new() };
    let mut effects = Vec::with_capacity(b.insns.len());
    for i in 0..b.insns.len() {
        let (word, pop, push) = b.translate(i)?;
        b.words.push(word);
        effects.push((pop, push));
    }
    let bcis: Vec<u32> = b.insns.iter().map(|i| i.bci).collect();
    let code_len = code.bytes.len() as u32;
    let pc_of = |bci: u32| -> Option<u32> {
        if bci == code_len { Some(bcis.len() as u32) } else { bcis.binary_search(&bci).ok().map(|i| i as u32) }
    };
    let mut handlers = Vec::with_capacity(code.handlers.len());
    for h in code.handlers.iter() {
        let (Some(start), Some(end), Some(handler)) =
            (pc_of(u32::from(h.start)), pc_of(u32::from(h.end)), pc_of(u32::from(h.handler)))
        else {
            return Err(fail(method, "Illegal exception table range or handler"));
        };
        if start >= end || handler as usize >= bcis.len() {
            return Err(fail(method, "Illegal exception table range or handler"));
        }
        handlers.push(QuickHandler { start, end, handler, catch_type: h.catch_type });
    }
    check_stack_heights(&b, &effects, &handlers, code.max_stack)?;
    let targets = jump_targets(&b, &handlers);
    crate::fuse::fuse(&mut b.words, &targets);
    Ok(QuickCode {
        code: b.words.into_iter().map(Into::into).collect(),
        side: b.side.into_iter().map(Into::into).collect(),
        switches: b.switches.into(),
        bcis: bcis.into(),
        handlers: handlers.into(),
        max_locals: code.max_locals,
        max_stack: code.max_stack,
        targets: targets.into(),
    })
}

/// The jump-target bitset described at [`QuickCode::targets`].
fn jump_targets(b: &Builder<'_>, handlers: &[QuickHandler]) -> Vec<u64> {
    let n = b.words.len();
    let mut bits = vec![0u64; n.div_ceil(64)];
    let mut mark = |pc: usize| {
        if pc < n {
            bits[pc / 64] |= 1 << (pc % 64);
        }
    };
    for h in handlers {
        mark(h.handler as usize);
    }
    for (pc, &word) in b.words.iter().enumerate() {
        let code = crate::quick::op_of(word);
        let target = crate::quick::c_of(word) as usize;
        match code {
            op::IFEQ..=op::IF_ACMPNE | op::IFNULL | op::IFNONNULL | op::GOTO => mark(target),
            op::JSR => {
                mark(target);
                mark(pc + 1);
            }
            op::TABLESWITCH | op::LOOKUPSWITCH => {
                let (targets, default) = match &b.switches[target] {
                    Switch::Table { targets, default, .. } | Switch::Lookup { targets, default, .. } => (targets, default),
                };
                mark(*default as usize);
                for &t in targets.iter() {
                    mark(t as usize);
                }
            }
            _ => {}
        }
    }
    bits
}

fn fail(method: &Method, what: &str) -> PredecodeError {
    PredecodeError(format!(
        "{what} in method {}.{}{}",
        method.class.java_name(),
        method.name,
        method.descriptor
    ))
}

impl Builder<'_> {
    fn side_entry(&mut self, value: u64) -> u32 {
        self.side.push(value);
        (self.side.len() - 1) as u32
    }

    fn target(&self, from: &Instruction, offset: i32) -> Result<u32, PredecodeError> {
        let bci = i64::from(from.bci) + i64::from(offset);
        u32::try_from(bci)
            .ok()
            .and_then(|bci| self.insns.binary_search_by_key(&bci, |i| i.bci).ok())
            .map(|i| i as u32)
            .ok_or_else(|| fail(self.method, &format!("Illegal target of jump or branch at bci {}", from.bci)))
    }

    fn local(&self, index: u16, width: u16) -> Result<u16, PredecodeError> {
        let max = self.method.code.as_ref().map_or(0, |c| c.max_locals);
        if u32::from(index) + u32::from(width) > u32::from(max) {
            return Err(fail(self.method, &format!("Illegal local variable number {index}")));
        }
        Ok(index)
    }

    fn constant(&self, index: u16) -> Option<&Constant> {
        self.cp.and_then(|cp| cp.get(CpIndex(index)).ok())
    }

    fn member_descriptor(&self, index: u16) -> Result<&str, PredecodeError> {
        self.cp
            .and_then(|cp| cp.member_ref(CpIndex(index)).ok().map(|m| m.descriptor))
            .or_else(|| self.cp.and_then(|cp| cp.dynamic(CpIndex(index)).ok().map(|d| d.2)))
            .ok_or_else(|| fail(self.method, &format!("Illegal constant pool index {index}")))
    }

    fn method_slots(&self, index: u16) -> Result<(u8, u8), PredecodeError> {
        let descriptor = self.member_descriptor(index)?;
        let d = MethodDescriptor::parse(descriptor).ok_or_else(|| fail(self.method, "Illegal method descriptor"))?;
        let args = d.parameter_slots().min(255) as u8;
        let ret = d.return_type.as_ref().map_or(0, FieldType::slots);
        Ok((args, ret))
    }

    fn field_slots(&self, index: u16) -> Result<u8, PredecodeError> {
        let descriptor = self.member_descriptor(index)?;
        FieldType::parse(descriptor).map(|t| t.slots()).ok_or_else(|| fail(self.method, "Illegal field descriptor"))
    }

    /// The quickened word for instruction `i` and its stack effect (pop, push) in slots.
    fn translate(&mut self, i: usize) -> Result<(u64, u8, u8), PredecodeError> {
        use Opcode as O;
        let insn = self.insns[i].clone();
        let fixed = match insn.opcode.stack_effect() {
            StackEffect::Fixed { pop, push } => Some((pop, push)),
            StackEffect::Dynamic(_) => None,
        };
        let (pop, push) = fixed.unwrap_or((0, 0));
        let simple = |code: u8| Ok((pack(code, 0, 0, 0), pop, push));
        let cp_index = match insn.operands {
            Operands::ConstantPool(i) | Operands::InvokeInterface { index: i, .. } | Operands::MultiANewArray { index: i, .. } => i,
            _ => 0,
        };
        match insn.opcode {
            O::Nop => simple(op::NOP),
            O::AconstNull => simple(op::ACONST_NULL),
            O::IconstM1 | O::Iconst0 | O::Iconst1 | O::Iconst2 | O::Iconst3 | O::Iconst4 | O::Iconst5 => {
                let value = insn.opcode as i32 - O::Iconst0 as i32;
                Ok((pack(op::ICONST, 0, 0, value as u32), pop, push))
            }
            O::Bipush | O::Sipush => match insn.operands {
                Operands::Int(v) => Ok((pack(op::ICONST, 0, 0, v as u32), pop, push)),
                _ => Err(fail(self.method, "bad push operand")),
            },
            O::Lconst0 | O::Lconst1 => {
                let e = self.side_entry((insn.opcode as u64) - (O::Lconst0 as u64));
                Ok((pack(op::CONST2, 0, 0, e), pop, push))
            }
            O::Fconst0 | O::Fconst1 | O::Fconst2 => {
                let value = (insn.opcode as u8 - O::Fconst0 as u8) as f32;
                Ok((pack(op::ICONST, 0, 0, value.to_bits()), pop, push))
            }
            O::Dconst0 | O::Dconst1 => {
                let value = f64::from(insn.opcode as u8 - O::Dconst0 as u8);
                let e = self.side_entry(value.to_bits());
                Ok((pack(op::CONST2, 0, 0, e), pop, push))
            }
            O::Ldc | O::LdcW => {
                let word = match self.constant(cp_index) {
                    Some(Constant::Integer(v)) => pack(op::ICONST, 0, 0, *v as u32),
                    Some(Constant::Float(bits)) => pack(op::ICONST, 0, 0, *bits),
                    Some(Constant::String { .. }) => pack(op::LDC_STRING, 0, cp_index, 0),
                    Some(Constant::Class { .. }) => pack(op::LDC_CLASS, 0, cp_index, 0),
                    Some(Constant::MethodType { .. } | Constant::MethodHandle { .. } | Constant::Dynamic(_)) => {
                        pack(op::LDC_UNSUPPORTED, 0, cp_index, 0)
                    }
                    _ => return Err(fail(self.method, &format!("Illegal type at constant pool entry {cp_index}"))),
                };
                Ok((word, 0, 1))
            }
            O::Ldc2W => {
                let word = match self.constant(cp_index) {
                    Some(Constant::Long(v)) => {
                        let e = self.side_entry(*v as u64);
                        pack(op::CONST2, 0, 0, e)
                    }
                    Some(Constant::Double(bits)) => {
                        let e = self.side_entry(*bits);
                        pack(op::CONST2, 0, 0, e)
                    }
                    Some(Constant::Dynamic(_)) => pack(op::LDC_UNSUPPORTED, 0, cp_index, 0),
                    _ => return Err(fail(self.method, &format!("Illegal type at constant pool entry {cp_index}"))),
                };
                Ok((word, 0, 2))
            }
            O::Iload | O::Fload | O::Aload | O::Istore | O::Fstore | O::Astore | O::Lload | O::Dload | O::Lstore
            | O::Dstore | O::Ret => {
                let Operands::Local { index, .. } = insn.operands else { return Err(fail(self.method, "bad local")) };
                let (code, width) = match insn.opcode {
                    O::Iload | O::Fload | O::Aload => (op::LOAD, 1),
                    O::Lload | O::Dload => (op::LOAD2, 2),
                    O::Istore | O::Fstore | O::Astore => (op::STORE, 1),
                    O::Lstore | O::Dstore => (op::STORE2, 2),
                    _ => (op::RET, 1),
                };
                Ok((pack(code, 0, self.local(index, width)?, 0), pop, push))
            }
            O::Iload0 | O::Iload1 | O::Iload2 | O::Iload3 => self.short_local(op::LOAD, insn.opcode as u8 - O::Iload0 as u8, 1, pop, push),
            O::Fload0 | O::Fload1 | O::Fload2 | O::Fload3 => self.short_local(op::LOAD, insn.opcode as u8 - O::Fload0 as u8, 1, pop, push),
            O::Aload0 | O::Aload1 | O::Aload2 | O::Aload3 => self.short_local(op::LOAD, insn.opcode as u8 - O::Aload0 as u8, 1, pop, push),
            O::Lload0 | O::Lload1 | O::Lload2 | O::Lload3 => self.short_local(op::LOAD2, insn.opcode as u8 - O::Lload0 as u8, 2, pop, push),
            O::Dload0 | O::Dload1 | O::Dload2 | O::Dload3 => self.short_local(op::LOAD2, insn.opcode as u8 - O::Dload0 as u8, 2, pop, push),
            O::Istore0 | O::Istore1 | O::Istore2 | O::Istore3 => self.short_local(op::STORE, insn.opcode as u8 - O::Istore0 as u8, 1, pop, push),
            O::Fstore0 | O::Fstore1 | O::Fstore2 | O::Fstore3 => self.short_local(op::STORE, insn.opcode as u8 - O::Fstore0 as u8, 1, pop, push),
            O::Astore0 | O::Astore1 | O::Astore2 | O::Astore3 => self.short_local(op::STORE, insn.opcode as u8 - O::Astore0 as u8, 1, pop, push),
            O::Lstore0 | O::Lstore1 | O::Lstore2 | O::Lstore3 => self.short_local(op::STORE2, insn.opcode as u8 - O::Lstore0 as u8, 2, pop, push),
            O::Dstore0 | O::Dstore1 | O::Dstore2 | O::Dstore3 => self.short_local(op::STORE2, insn.opcode as u8 - O::Dstore0 as u8, 2, pop, push),
            O::Iinc => {
                let Operands::Iinc { index, delta, .. } = insn.operands else { return Err(fail(self.method, "bad iinc")) };
                Ok((pack(op::IINC, 0, self.local(index, 1)?, i32::from(delta) as u32), pop, push))
            }
            O::Ifeq | O::Ifne | O::Iflt | O::Ifge | O::Ifgt | O::Ifle | O::IfIcmpeq | O::IfIcmpne | O::IfIcmplt
            | O::IfIcmpge | O::IfIcmpgt | O::IfIcmple | O::IfAcmpeq | O::IfAcmpne | O::Goto | O::GotoW | O::Jsr
            | O::JsrW | O::Ifnull | O::Ifnonnull => {
                let Operands::Branch(offset) = insn.operands else { return Err(fail(self.method, "bad branch")) };
                let target = self.target(&insn, offset)?;
                let code = match insn.opcode {
                    O::Ifeq => op::IFEQ,
                    O::Ifne => op::IFNE,
                    O::Iflt => op::IFLT,
                    O::Ifge => op::IFGE,
                    O::Ifgt => op::IFGT,
                    O::Ifle => op::IFLE,
                    O::IfIcmpeq => op::IF_ICMPEQ,
                    O::IfIcmpne => op::IF_ICMPNE,
                    O::IfIcmplt => op::IF_ICMPLT,
                    O::IfIcmpge => op::IF_ICMPGE,
                    O::IfIcmpgt => op::IF_ICMPGT,
                    O::IfIcmple => op::IF_ICMPLE,
                    O::IfAcmpeq => op::IF_ACMPEQ,
                    O::IfAcmpne => op::IF_ACMPNE,
                    O::Goto | O::GotoW => op::GOTO,
                    O::Jsr | O::JsrW => op::JSR,
                    O::Ifnull => op::IFNULL,
                    _ => op::IFNONNULL,
                };
                Ok((pack(code, 0, 0, target), pop, push))
            }
            O::Tableswitch | O::Lookupswitch => {
                let switch = match &insn.operands {
                    Operands::TableSwitch(t) => Switch::Table {
                        low: t.low,
                        targets: t.offsets.iter().map(|&o| self.target(&insn, o)).collect::<Result<_, _>>()?,
                        default: self.target(&insn, t.default)?,
                    },
                    Operands::LookupSwitch(l) => Switch::Lookup {
                        keys: l.pairs.iter().map(|&(k, _)| k).collect(),
                        targets: l.pairs.iter().map(|&(_, o)| self.target(&insn, o)).collect::<Result<_, _>>()?,
                        default: self.target(&insn, l.default)?,
                    },
                    _ => return Err(fail(self.method, "bad switch")),
                };
                self.switches.push(switch);
                let code = if insn.opcode == O::Tableswitch { op::TABLESWITCH } else { op::LOOKUPSWITCH };
                Ok((pack(code, 0, 0, (self.switches.len() - 1) as u32), pop, push))
            }
            O::Ireturn | O::Freturn | O::Areturn => simple(op::RETURN1),
            O::Lreturn | O::Dreturn => simple(op::RETURN2),
            O::Return => simple(op::RETURN0),
            O::Getstatic | O::Putstatic | O::Getfield | O::Putfield => {
                let slots = self.field_slots(cp_index)?;
                let (code, pop, push) = match insn.opcode {
                    O::Getstatic => (op::GETSTATIC, 0, slots),
                    O::Putstatic => (op::PUTSTATIC, slots, 0),
                    O::Getfield => (op::GETFIELD, 1, slots),
                    _ => (op::PUTFIELD, slots + 1, 0),
                };
                let e = self.side_entry(0);
                Ok((pack(code, 0, cp_index, e), pop, push))
            }
            O::Invokevirtual | O::Invokespecial | O::Invokestatic | O::Invokeinterface | O::Invokedynamic => {
                let (args, ret) = self.method_slots(cp_index)?;
                let receiver = u8::from(!matches!(insn.opcode, O::Invokestatic | O::Invokedynamic));
                let code = match insn.opcode {
                    O::Invokevirtual => op::INVOKEVIRTUAL,
                    O::Invokespecial => op::INVOKESPECIAL,
                    O::Invokestatic => op::INVOKESTATIC,
                    O::Invokeinterface => op::INVOKEINTERFACE,
                    _ => op::INVOKEDYNAMIC,
                };
                let e = self.side_entry(0);
                Ok((pack(code, 0, cp_index, e), args.saturating_add(receiver), ret))
            }
            O::New | O::Anewarray | O::Checkcast | O::Instanceof => {
                let code = match insn.opcode {
                    O::New => op::NEW,
                    O::Anewarray => op::ANEWARRAY,
                    O::Checkcast => op::CHECKCAST,
                    _ => op::INSTANCEOF,
                };
                let e = self.side_entry(0);
                Ok((pack(code, 0, cp_index, e), pop, push))
            }
            O::Newarray => {
                let Operands::NewArray(atype) = insn.operands else { return Err(fail(self.method, "bad newarray")) };
                let e = self.side_entry(0);
                Ok((pack(op::NEWARRAY, atype as u8, 0, e), pop, push))
            }
            O::Multianewarray => {
                let Operands::MultiANewArray { dims, .. } = insn.operands else {
                    return Err(fail(self.method, "bad multianewarray"));
                };
                let e = self.side_entry(0);
                Ok((pack(op::MULTIANEWARRAY, dims, cp_index, e), dims, 1))
            }
            O::Wide => Err(fail(self.method, "stray wide")),
            other => {
                debug_assert!(matches!(other.stack_effect(), StackEffect::Fixed { .. }) || matches!(other.stack_effect(), StackEffect::Dynamic(EffectSource::ModifiedOpcode)));
                simple(direct_op(other).ok_or_else(|| fail(self.method, &format!("Bad instruction {}", other.mnemonic())))?)
            }
        }
    }

    fn short_local(&self, code: u8, index: u8, width: u16, pop: u8, push: u8) -> Result<(u64, u8, u8), PredecodeError> {
        Ok((pack(code, 0, self.local(u16::from(index), width)?, 0), pop, push))
    }
}

/// The quick operation of an instruction that needs no operands translated.
fn direct_op(opcode: Opcode) -> Option<u8> {
    use Opcode as O;
    Some(match opcode {
        O::Iaload => op::IALOAD,
        O::Laload => op::LALOAD,
        O::Faload => op::FALOAD,
        O::Daload => op::DALOAD,
        O::Aaload => op::AALOAD,
        O::Baload => op::BALOAD,
        O::Caload => op::CALOAD,
        O::Saload => op::SALOAD,
        O::Iastore => op::IASTORE,
        O::Lastore => op::LASTORE,
        O::Fastore => op::FASTORE,
        O::Dastore => op::DASTORE,
        O::Aastore => op::AASTORE,
        O::Bastore => op::BASTORE,
        O::Castore => op::CASTORE,
        O::Sastore => op::SASTORE,
        O::Pop => op::POP,
        O::Pop2 => op::POP2,
        O::Dup => op::DUP,
        O::DupX1 => op::DUP_X1,
        O::DupX2 => op::DUP_X2,
        O::Dup2 => op::DUP2,
        O::Dup2X1 => op::DUP2_X1,
        O::Dup2X2 => op::DUP2_X2,
        O::Swap => op::SWAP,
        O::Iadd => op::IADD,
        O::Ladd => op::LADD,
        O::Fadd => op::FADD,
        O::Dadd => op::DADD,
        O::Isub => op::ISUB,
        O::Lsub => op::LSUB,
        O::Fsub => op::FSUB,
        O::Dsub => op::DSUB,
        O::Imul => op::IMUL,
        O::Lmul => op::LMUL,
        O::Fmul => op::FMUL,
        O::Dmul => op::DMUL,
        O::Idiv => op::IDIV,
        O::Ldiv => op::LDIV,
        O::Fdiv => op::FDIV,
        O::Ddiv => op::DDIV,
        O::Irem => op::IREM,
        O::Lrem => op::LREM,
        O::Frem => op::FREM,
        O::Drem => op::DREM,
        O::Ineg => op::INEG,
        O::Lneg => op::LNEG,
        O::Fneg => op::FNEG,
        O::Dneg => op::DNEG,
        O::Ishl => op::ISHL,
        O::Lshl => op::LSHL,
        O::Ishr => op::ISHR,
        O::Lshr => op::LSHR,
        O::Iushr => op::IUSHR,
        O::Lushr => op::LUSHR,
        O::Iand => op::IAND,
        O::Land => op::LAND,
        O::Ior => op::IOR,
        O::Lor => op::LOR,
        O::Ixor => op::IXOR,
        O::Lxor => op::LXOR,
        O::I2l => op::I2L,
        O::I2f => op::I2F,
        O::I2d => op::I2D,
        O::L2i => op::L2I,
        O::L2f => op::L2F,
        O::L2d => op::L2D,
        O::F2i => op::F2I,
        O::F2l => op::F2L,
        O::F2d => op::F2D,
        O::D2i => op::D2I,
        O::D2l => op::D2L,
        O::D2f => op::D2F,
        O::I2b => op::I2B,
        O::I2c => op::I2C,
        O::I2s => op::I2S,
        O::Lcmp => op::LCMP,
        O::Fcmpl => op::FCMPL,
        O::Fcmpg => op::FCMPG,
        O::Dcmpl => op::DCMPL,
        O::Dcmpg => op::DCMPG,
        O::Arraylength => op::ARRAYLENGTH,
        O::Athrow => op::ATHROW,
        O::Monitorenter => op::MONITORENTER,
        O::Monitorexit => op::MONITOREXIT,
        _ => return None,
    })
}

/// Whether control can continue to the next instruction.
fn falls_through(code: u8) -> bool {
    !matches!(
        code,
        op::GOTO | op::JSR | op::RET | op::TABLESWITCH | op::LOOKUPSWITCH | op::RETURN0 | op::RETURN1 | op::RETURN2 | op::ATHROW
    )
}

/// The abstract interpretation over stack heights described in the module doc.
fn check_stack_heights(
    b: &Builder<'_>,
    effects: &[(u8, u8)],
    handlers: &[QuickHandler],
    max_stack: u16,
) -> Result<(), PredecodeError> {
    let n = b.words.len();
    let mut heights: Vec<Option<u16>> = vec![None; n];
    let mut work: Vec<(usize, u16)> = vec![(0, 0)];
    for h in handlers {
        work.push((h.handler as usize, 1));
    }
    let method = b.method;
    while let Some((pc, height)) = work.pop() {
        if pc >= n {
            return Err(fail(method, "Falling off the end of the code"));
        }
        match heights[pc] {
            Some(h) if h == height => continue,
            Some(_) => {
                return Err(fail(method, &format!("Inconsistent stack height at bci {}", b.insns[pc].bci)));
            }
            None => heights[pc] = Some(height),
        }
        let (pop, push) = effects[pc];
        if u16::from(pop) > height {
            return Err(fail(method, &format!("Operand stack underflow at bci {}", b.insns[pc].bci)));
        }
        let after = height - u16::from(pop) + u16::from(push);
        if after > max_stack {
            return Err(fail(method, &format!("Operand stack overflow at bci {}", b.insns[pc].bci)));
        }
        let word = b.words[pc];
        let code = crate::quick::op_of(word);
        let target = crate::quick::c_of(word) as usize;
        match code {
            op::GOTO => work.push((target, after)),
            op::JSR => {
                // The subroutine starts with the return address pushed; its `ret` comes back to the next
                // instruction with the height the jsr had before pushing it.
                work.push((target, after));
                work.push((pc + 1, height));
            }
            op::IFEQ..=op::IF_ACMPNE | op::IFNULL | op::IFNONNULL => {
                work.push((target, after));
                work.push((pc + 1, after));
            }
            op::TABLESWITCH | op::LOOKUPSWITCH => {
                let (targets, default) = match &b.switches[target] {
                    Switch::Table { targets, default, .. } | Switch::Lookup { targets, default, .. } => (targets, default),
                };
                work.push((*default as usize, after));
                for &t in targets.iter() {
                    work.push((t as usize, after));
                }
            }
            _ if falls_through(code) => work.push((pc + 1, after)),
            _ => {}
        }
    }
    Ok(())
}
