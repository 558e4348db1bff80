//! The JVM front end: one method's bytecode to one Cranelift function.
//!
//! Blocks are translated from a worklist, each once its entry stack is known (from the first edge that
//! reaches it; handlers start with the exception). Within a block the operand stack is a list of SSA
//! values; across blocks, locals and stack slots are Cranelift variables, one per (slot, kind), so the SSA
//! builder places the merges. Reference variables and values are declared for stack maps.
//!
//! Java semantics made explicit: null checks, array bounds, division by zero and `MIN / -1`, shift counts
//! (Cranelift masks them as Java does), saturating float-to-int conversion, `fcmpl`/`fcmpg` on NaN.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use classfile::bytecode::{Instruction, Operands};
use classfile::constant_pool::{Constant, ConstantPool};
use classfile::descriptor::MethodDescriptor;
use classfile::opcode::Opcode;
use classfile::CpIndex;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F32, F64, I16, I32, I64, I8};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, Function, InstBuilder, MemFlagsData, SigRef, Signature, StackSlot, StackSlotData,
    StackSlotKind, Type, UserFuncName, Value,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch, Variable};
use rt::compiler::CompileBailout;
use rt::method::MethodCode;
use rt::object::{ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET, CLASS_OFFSET};
use rt::resolve::Resolved;
use rt::runtime_calls::{dispatch, throw_kind};
use rt::thread::{Frame, JavaThread};
use rt::{ClassRef, Method, MethodRef, Runtime, ValueKind};

use crate::blocks::Blocks;
use crate::calls::{self, RuntimeCall};

/// The kind of a value on the operand stack or in a local, as the JVM's computational types go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    I,
    J,
    F,
    D,
    A,
}

impl Kind {
    fn ty(self) -> Type {
        match self {
            Kind::I => I32,
            Kind::J | Kind::A => I64,
            Kind::F => F32,
            Kind::D => F64,
        }
    }

    fn wide(self) -> bool {
        matches!(self, Kind::J | Kind::D)
    }

    fn of(kind: ValueKind) -> Option<Kind> {
        Some(match kind {
            ValueKind::Boolean | ValueKind::Byte | ValueKind::Char | ValueKind::Short | ValueKind::Int => Kind::I,
            ValueKind::Long => Kind::J,
            ValueKind::Float => Kind::F,
            ValueKind::Double => Kind::D,
            ValueKind::Reference => Kind::A,
            ValueKind::Void => return None,
        })
    }
}

/// Heap accesses: may trap in principle (never do: every access is checked first), not assumed aligned.
fn heap() -> MemFlagsData {
    MemFlagsData::new().with_notrap()
}

/// Accesses to VM structures and the frame: aligned, never trapping.
fn vm() -> MemFlagsData {
    MemFlagsData::trusted()
}

const OFF_POLL: i32 = std::mem::offset_of!(JavaThread, poll) as i32;
const OFF_FUEL: i32 = std::mem::offset_of!(JavaThread, fuel) as i32;
const OFF_TLAB_CURSOR: i32 = (std::mem::offset_of!(JavaThread, tlab) + std::mem::offset_of!(rt::thread::Tlab, cursor)) as i32;
const OFF_TLAB_LIMIT: i32 = (std::mem::offset_of!(JavaThread, tlab) + std::mem::offset_of!(rt::thread::Tlab, limit)) as i32;
const OFF_FRAME_BCI: i32 = std::mem::offset_of!(Frame, bci) as i32;
const OFF_FRAME_FP: i32 = std::mem::offset_of!(Frame, native_fp) as i32;
const OFF_ENTRY: i32 = std::mem::offset_of!(Method, compiled_entry) as i32;

/// Translates `method` into a Cranelift function with the compiled-code signature.
pub fn translate(rt: &Runtime, method: MethodRef, isa: &Arc<dyn TargetIsa>) -> Result<Function, CompileBailout> {
    let Some(code) = method.code.as_ref() else { return Err(CompileBailout::NoCode) };
    if &*method.name == "<clinit>" {
        return Err(CompileBailout::Excluded("class initializer"));
    }
    if method.is_constructor() && is_throwable(method.class) {
        // `fillInStackTrace` leaves out the constructors of the exception being built by reading each
        // frame's receiver from the interpreter stack, which a compiled frame does not use.
        return Err(CompileBailout::Excluded("exception constructor"));
    }
    let Some(class_file) = method.class.class_file.as_deref() else { return Err(CompileBailout::NoCode) };
    let blocks = Blocks::find(code)?;
    let mut sig = Signature::new(isa.default_call_conv());
    sig.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
    sig.returns.extend([AbiParam::new(I64), AbiParam::new(I64)]);
    let mut func = Function::with_name_signature(UserFuncName::default(), sig.clone());
    let mut fctx = FunctionBuilderContext::new();
    {
        let b = FunctionBuilder::new(&mut func, &mut fctx);
        let mut t = Translator {
            rt,
            method,
            code,
            cp: &class_file.constant_pool,
            blocks: &blocks,
            b,
            thread: None,
            frame: None,
            locals: HashMap::new(),
            stack_vars: HashMap::new(),
            block_of: HashMap::new(),
            entry_stack: HashMap::new(),
            worklist: Vec::new(),
            done: HashSet::new(),
            stack: Vec::new(),
            sigs: HashMap::new(),
            compiled_sig: None,
            compiled_signature: sig,
            args_slot: None,
            unwind: None,
            exits: HashMap::new(),
            pending_exits: Vec::new(),
            bci: 0,
        };
        t.run()?;
        t.b.seal_all_blocks();
        t.b.finalize(isa.frontend_config());
    }
    Ok(func)
}

fn is_throwable(class: ClassRef) -> bool {
    class.supers.iter().any(|c| &*c.name == "java/lang/Throwable")
}

/// What happens after an instruction.
enum Flow {
    /// Straight on to the next instruction.
    Next,
    /// The block ended (a branch, return or throw was emitted).
    Ended,
}

struct Translator<'a, 'f> {
    rt: &'a Runtime,
    method: MethodRef,
    code: &'a MethodCode,
    cp: &'a ConstantPool,
    blocks: &'a Blocks,
    b: FunctionBuilder<'f>,
    thread: Option<Value>,
    frame: Option<Value>,
    locals: HashMap<(u16, Kind), Variable>,
    stack_vars: HashMap<(usize, Kind), Variable>,
    block_of: HashMap<u32, Block>,
    entry_stack: HashMap<u32, Vec<Kind>>,
    worklist: Vec<u32>,
    done: HashSet<u32>,
    stack: Vec<(Value, Kind)>,
    sigs: HashMap<usize, SigRef>,
    compiled_sig: Option<SigRef>,
    compiled_signature: Signature,
    args_slot: Option<(StackSlot, u32)>,
    unwind: Option<Block>,
    exits: HashMap<u32, Block>,
    pending_exits: Vec<(Block, u32)>,
    bci: u32,
}

type R<T> = Result<T, CompileBailout>;

impl<'a> Translator<'a, '_> {
    fn unsupported(&self, what: &'static str) -> CompileBailout {
        CompileBailout::Unsupported { what, bci: self.bci }
    }

    fn malformed(&self, detail: &str) -> CompileBailout {
        CompileBailout::Malformed { bci: self.bci, detail: detail.to_owned() }
    }

    fn thread(&self) -> Value {
        self.thread.expect("the entry block defines the thread")
    }

    fn frame(&self) -> Value {
        self.frame.expect("the entry block defines the frame record")
    }

    fn iconst(&mut self, ty: Type, v: i64) -> Value {
        self.b.ins().iconst(ty, v)
    }

    fn rt_ptr(&mut self) -> Value {
        let addr = self.rt as *const Runtime as i64;
        self.iconst(I64, addr)
    }

    fn method_ptr(&mut self) -> Value {
        let addr = self.method.as_ptr() as i64;
        self.iconst(I64, addr)
    }

    // ---- runtime calls ----------------------------------------------------------------------------------

    fn call(&mut self, c: RuntimeCall, args: &[Value]) -> Vec<Value> {
        let sig = match self.sigs.get(&c.addr) {
            Some(&s) => s,
            None => {
                let mut sig = Signature::new(self.compiled_signature.call_conv);
                sig.params.extend(c.params.iter().map(|&t| AbiParam::new(t)));
                sig.returns.extend(c.returns.iter().map(|&t| AbiParam::new(t)));
                let s = self.b.import_signature(sig);
                self.sigs.insert(c.addr, s);
                s
            }
        };
        let callee = self.iconst(I64, c.addr as i64);
        let inst = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(inst).to_vec()
    }

    /// Records the current bci in the frame record (before anything that can throw or walk the stack).
    fn sync_bci(&mut self) {
        let bci = self.iconst(I32, i64::from(self.bci));
        let frame = self.frame();
        self.b.ins().store(vm(), bci, frame, OFF_FRAME_BCI);
    }

    /// The block that pops the frame record and returns the thrown status.
    fn unwind_block(&mut self) -> Block {
        if let Some(b) = self.unwind {
            return b;
        }
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.unwind = Some(block);
        block
    }

    /// A block to branch to when the current instruction has thrown: it finds a handler in this method (and
    /// jumps there with the exception on the stack) or unwinds. Its code is emitted after the blocks (a
    /// block being filled cannot be left), see [`Self::emit_exception_exit`].
    fn exception_exit(&mut self) -> Block {
        let covered = self.code.handlers.iter().any(|h| self.bci >= u32::from(h.start) && self.bci < u32::from(h.end));
        if !covered {
            return self.unwind_block();
        }
        if let Some(&b) = self.exits.get(&self.bci) {
            return b;
        }
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.exits.insert(self.bci, block);
        self.pending_exits.push((block, self.bci));
        block
    }

    fn emit_exception_exit(&mut self, block: Block, bci: u32) {
        self.bci = bci;
        let handlers: Vec<u32> = self
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

    /// Branches to the exception exit if `failed` (an integer) is non-zero.
    fn check_failed(&mut self, failed: Value) {
        let exit = self.exception_exit();
        let cont = self.b.create_block();
        self.b.ins().brif(failed, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Branches to the exception exit if `value` is zero (a runtime call's null result).
    fn check_zero(&mut self, value: Value) {
        let exit = self.exception_exit();
        let cont = self.b.create_block();
        self.b.ins().brif(value, cont, &[], exit, &[]);
        self.b.switch_to_block(cont);
    }

    /// Throws what `kind` says (see `rt::runtime_calls::throw_kind`) and dispatches it.
    fn throw_now(&mut self, kind: u32, a: Value, b: Value) {
        self.sync_bci();
        let rt = self.rt_ptr();
        let thread = self.thread();
        let kind = self.iconst(I32, i64::from(kind));
        self.call(calls::throw(), &[rt, thread, kind, a, b]);
        let exit = self.exception_exit();
        self.b.ins().jump(exit, &[]);
    }

    /// Continues only if `cond` is zero; otherwise throws `kind` with `a` and `b` from a cold block.
    fn throw_if(&mut self, cond: Value, kind: u32, a: Value, b: Value) {
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let cont = self.b.create_block();
        self.b.ins().brif(cond, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.throw_now(kind, a, b);
        self.b.switch_to_block(cont);
    }

    fn null_check(&mut self, obj: Value) {
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, obj, 0);
        let zero = self.iconst(I64, 0);
        self.throw_if(is_null, throw_kind::NULL_POINTER, zero, zero);
    }

    /// The safepoint poll: a load and a branch; the runtime call in a cold block.
    fn poll(&mut self) {
        let thread = self.thread();
        // Fuel, as the interpreter charges it: one unit per poll; the slow path refuels or stops the thread
        // when it runs out (the embedding API's execution budget, see `rt::sandbox`).
        let fuel = self.b.ins().load(I64, vm(), thread, OFF_FUEL);
        let one = self.iconst(I64, 1);
        let fuel = self.b.ins().isub(fuel, one);
        self.b.ins().store(vm(), fuel, thread, OFF_FUEL);
        let empty = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, fuel, 0);
        let word = self.b.ins().load(I32, vm(), thread, OFF_POLL);
        let asked = self.b.ins().icmp_imm_s(IntCC::NotEqual, word, 0);
        let stop = self.b.ins().bor(empty, asked);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let cont = self.b.create_block();
        self.b.ins().brif(stop, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.sync_bci();
        let rt = self.rt_ptr();
        let status = self.call(calls::safepoint(), &[rt, thread])[0];
        let exit = self.exception_exit();
        self.b.ins().brif(status, exit, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    // ---- variables and the stack ----------------------------------------------------------------------

    fn new_var(&mut self, kind: Kind) -> Variable {
        let var = self.b.declare_var(kind.ty());
        if kind == Kind::A {
            self.b.declare_var_needs_stack_map(var);
        }
        var
    }

    fn local(&mut self, index: u16, kind: Kind) -> Variable {
        if let Some(&v) = self.locals.get(&(index, kind)) {
            return v;
        }
        let v = self.new_var(kind);
        self.locals.insert((index, kind), v);
        v
    }

    fn stack_var(&mut self, depth: usize, kind: Kind) -> Variable {
        if let Some(&v) = self.stack_vars.get(&(depth, kind)) {
            return v;
        }
        let v = self.new_var(kind);
        self.stack_vars.insert((depth, kind), v);
        v
    }

    fn push(&mut self, v: Value, kind: Kind) {
        if kind == Kind::A {
            self.b.declare_value_needs_stack_map(v);
        }
        self.stack.push((v, kind));
    }

    fn pop(&mut self) -> R<(Value, Kind)> {
        self.stack.pop().ok_or_else(|| self.malformed("operand stack underflow"))
    }

    fn pop_kind(&mut self, kind: Kind) -> R<Value> {
        let (v, k) = self.pop()?;
        if k != kind {
            return Err(self.malformed("operand of the wrong kind"));
        }
        Ok(v)
    }

    /// Stores the operand stack into its variables before leaving the block.
    fn save_stack(&mut self) {
        let stack = std::mem::take(&mut self.stack);
        for (depth, &(v, k)) in stack.iter().enumerate() {
            let var = self.stack_var(depth, k);
            self.b.def_var(var, v);
        }
        self.stack = stack;
    }

    fn stack_kinds(&self) -> Vec<Kind> {
        self.stack.iter().map(|&(_, k)| k).collect()
    }

    /// The block for `bci`, entered with a stack of `kinds`; queued for translation on first sight.
    fn edge(&mut self, bci: u32, kinds: Vec<Kind>) -> Block {
        let block = match self.block_of.get(&bci) {
            Some(&b) => b,
            None => {
                let b = self.b.create_block();
                self.block_of.insert(bci, b);
                b
            }
        };
        if let std::collections::hash_map::Entry::Vacant(e) = self.entry_stack.entry(bci) {
            e.insert(kinds);
            self.worklist.push(bci);
        }
        block
    }

    /// Jumps to `target` carrying the current stack.
    fn jump_to(&mut self, target: u32) -> R<()> {
        self.save_stack();
        let block = self.checked_edge(target)?;
        self.b.ins().jump(block, &[]);
        Ok(())
    }

    fn checked_edge(&mut self, target: u32) -> R<Block> {
        let kinds = self.stack_kinds();
        if let Some(existing) = self.entry_stack.get(&target)
            && *existing != kinds
        {
            return Err(self.malformed("stack shapes differ at a merge"));
        }
        if self.blocks.index_of(target).is_none() {
            return Err(self.malformed("branch into the middle of an instruction"));
        }
        Ok(self.edge(target, kinds))
    }

    // ---- slot form ----------------------------------------------------------------------------------------

    fn slot_of(&mut self, v: Value, kind: Kind) -> Value {
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

    fn value_of(&mut self, v: Value, kind: Kind) -> Value {
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

    // ---- the method ---------------------------------------------------------------------------------------

    fn run(&mut self) -> R<()> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        self.thread = Some(params[0]);
        let args = params[1];
        // Arguments first: nothing that can collect has run yet.
        let mut slot = 0u16;
        let mut kinds = Vec::new();
        if !self.method.is_static() {
            kinds.push(Kind::A);
        }
        for &p in self.method.params.iter() {
            kinds.push(Kind::of(p).ok_or_else(|| self.malformed("void parameter"))?);
        }
        for kind in kinds {
            let raw = self.b.ins().load(I64, vm(), args, i32::from(slot) * 8);
            let v = self.value_of(raw, kind);
            let var = self.local(slot, kind);
            self.b.def_var(var, v);
            slot += if kind.wide() { 2 } else { 1 };
        }
        let rt = self.rt_ptr();
        let method = self.method_ptr();
        let thread = self.thread();
        let frame = self.call(calls::enter(), &[rt, thread, method])[0];
        let no_frame = self.b.create_block();
        self.b.set_cold_block(no_frame);
        let body = self.b.create_block();
        self.b.ins().brif(frame, body, &[], no_frame, &[]);
        self.b.switch_to_block(no_frame);
        let zero = self.iconst(I64, 0);
        let one = self.iconst(I64, 1);
        self.b.ins().return_(&[zero, one]);
        self.b.switch_to_block(body);
        self.frame = Some(frame);
        // The collector walks this frame from its frame pointer (see `frames`).
        let fp = self.b.ins().get_frame_pointer(I64);
        self.b.ins().store(vm(), fp, frame, OFF_FRAME_FP);
        self.poll();
        let first = self.edge(0, Vec::new());
        self.b.ins().jump(first, &[]);

        loop {
            if let Some(bci) = self.worklist.pop() {
                if self.done.insert(bci) {
                    self.translate_block(bci)?;
                }
            } else if let Some((block, bci)) = self.pending_exits.pop() {
                self.emit_exception_exit(block, bci);
            } else {
                break;
            }
        }

        if let Some(unwind) = self.unwind {
            self.b.switch_to_block(unwind);
            let thread = self.thread();
            self.call(calls::leave(), &[thread]);
            let zero = self.iconst(I64, 0);
            let one = self.iconst(I64, 1);
            self.b.ins().return_(&[zero, one]);
        }
        Ok(())
    }

    fn translate_block(&mut self, bci: u32) -> R<()> {
        let block = self.block_of[&bci];
        self.b.switch_to_block(block);
        self.bci = bci;
        self.stack.clear();
        let kinds = self.entry_stack[&bci].clone();
        for (depth, kind) in kinds.into_iter().enumerate() {
            let var = self.stack_var(depth, kind);
            let v = self.b.use_var(var);
            self.push(v, kind);
        }
        let mut index = self.blocks.index_of(bci).ok_or_else(|| self.malformed("block start is not an instruction"))?;
        loop {
            let insn = self.blocks.instructions.get(index).ok_or_else(|| self.malformed("code runs off the end"))?;
            self.bci = insn.bci;
            match self.instruction(insn)? {
                Flow::Ended => return Ok(()),
                Flow::Next => {
                    let next = insn.next_bci();
                    if self.blocks.leaders.contains(&next) {
                        self.bci = insn.bci;
                        return self.jump_to(next);
                    }
                    index += 1;
                }
            }
        }
    }

    fn load_local(&mut self, index: u16, kind: Kind) {
        let var = self.local(index, kind);
        let v = self.b.use_var(var);
        self.push(v, kind);
    }

    fn store_local(&mut self, index: u16, kind: Kind) -> R<()> {
        let v = self.pop_kind(kind)?;
        let var = self.local(index, kind);
        self.b.def_var(var, v);
        Ok(())
    }

    fn binary(&mut self, kind: Kind, f: impl FnOnce(&mut FunctionBuilder, Value, Value) -> Value) -> R<()> {
        let b = self.pop_kind(kind)?;
        let a = self.pop_kind(kind)?;
        let r = f(&mut self.b, a, b);
        self.push(r, kind);
        Ok(())
    }

    fn unary(&mut self, from: Kind, to: Kind, f: impl FnOnce(&mut FunctionBuilder, Value) -> Value) -> R<()> {
        let a = self.pop_kind(from)?;
        let r = f(&mut self.b, a);
        self.push(r, to);
        Ok(())
    }

    fn shift(&mut self, kind: Kind, f: impl FnOnce(&mut FunctionBuilder, Value, Value) -> Value) -> R<()> {
        let count = self.pop_kind(Kind::I)?;
        let a = self.pop_kind(kind)?;
        let r = f(&mut self.b, a, count);
        self.push(r, kind);
        Ok(())
    }

    /// `idiv`, `irem`, `ldiv`, `lrem`: `ArithmeticException` on zero, and `MIN / -1` without the trap.
    fn divide(&mut self, kind: Kind, rem: bool) -> R<()> {
        let d = self.pop_kind(kind)?;
        let n = self.pop_kind(kind)?;
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, d, 0);
        let zero = self.iconst(I64, 0);
        self.throw_if(is_zero, throw_kind::DIVIDE_BY_ZERO, zero, zero);
        let ty = kind.ty();
        let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, d, -1);
        let one = self.iconst(ty, 1);
        let safe = self.b.ins().select(is_m1, one, d);
        let r = if rem {
            self.b.ins().srem(n, safe)
        } else {
            let q = self.b.ins().sdiv(n, safe);
            let neg = self.b.ins().ineg(n);
            self.b.ins().select(is_m1, neg, q)
        };
        self.push(r, kind);
        Ok(())
    }

    /// `fcmpl`/`fcmpg`/`dcmpl`/`dcmpg`: -1, 0, 1, and `nan` when unordered.
    fn fcompare(&mut self, kind: Kind, nan_is_greater: bool) -> R<()> {
        let b = self.pop_kind(kind)?;
        let a = self.pop_kind(kind)?;
        let gt = self.b.ins().fcmp(FloatCC::GreaterThan, a, b);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, a, b);
        let uno = self.b.ins().fcmp(FloatCC::Unordered, a, b);
        let (gt, lt) = if nan_is_greater { (self.b.ins().bor(gt, uno), lt) } else { (gt, self.b.ins().bor(lt, uno)) };
        let gt = self.b.ins().uextend(I32, gt);
        let lt = self.b.ins().uextend(I32, lt);
        let r = self.b.ins().isub(gt, lt);
        self.push(r, Kind::I);
        Ok(())
    }

    fn branch(&mut self, insn: &Instruction, cond: Value) -> R<Flow> {
        let target = insn.branch_target().ok_or_else(|| self.malformed("branch without target"))?;
        if target <= insn.bci {
            self.poll();
        }
        self.save_stack();
        let taken = self.checked_edge(target)?;
        let fall = self.checked_edge(insn.next_bci())?;
        self.b.ins().brif(cond, taken, &[], fall, &[]);
        Ok(Flow::Ended)
    }

    fn if_zero(&mut self, insn: &Instruction, cc: IntCC) -> R<Flow> {
        let a = self.pop_kind(Kind::I)?;
        let c = self.b.ins().icmp_imm_s(cc, a, 0);
        self.branch(insn, c)
    }

    fn if_cmp(&mut self, insn: &Instruction, kind: Kind, cc: IntCC) -> R<Flow> {
        let b = self.pop_kind(kind)?;
        let a = self.pop_kind(kind)?;
        let c = self.b.ins().icmp(cc, a, b);
        self.branch(insn, c)
    }

    fn ret(&mut self, kind: Option<Kind>) -> R<Flow> {
        let value = match kind {
            Some(k) => {
                let v = self.pop_kind(k)?;
                self.slot_of(v, k)
            }
            None => self.iconst(I64, 0),
        };
        let thread = self.thread();
        self.call(calls::leave(), &[thread]);
        let zero = self.iconst(I64, 0);
        self.b.ins().return_(&[value, zero]);
        Ok(Flow::Ended)
    }

    /// The top entries of the stack that make up `slots` slots (for the `dup` and `pop` families).
    fn take_slots(&mut self, slots: usize) -> R<Vec<(Value, Kind)>> {
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
    fn dup(&mut self, top: usize, below: usize) -> R<()> {
        let a = self.take_slots(top)?;
        let b = self.take_slots(below)?;
        for &(v, k) in a.iter().chain(b.iter()).chain(a.iter()) {
            self.push(v, k);
        }
        Ok(())
    }

    fn cp_index(&self, insn: &Instruction) -> R<u16> {
        insn.cp_index().ok_or_else(|| self.malformed("missing constant-pool operand"))
    }

    fn resolved(&self, index: u16) -> Option<&'a Resolved> {
        self.method.class.get(self.rt).cp_cache.get(usize::from(index))?.get()
    }

    fn instruction(&mut self, insn: &Instruction) -> R<Flow> {
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
            Iadd => self.binary(Kind::I, |b, x, y| b.ins().iadd(x, y))?,
            Ladd => self.binary(Kind::J, |b, x, y| b.ins().iadd(x, y))?,
            Fadd => self.binary(Kind::F, |b, x, y| b.ins().fadd(x, y))?,
            Dadd => self.binary(Kind::D, |b, x, y| b.ins().fadd(x, y))?,
            Isub => self.binary(Kind::I, |b, x, y| b.ins().isub(x, y))?,
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
            Lcmp => {
                let y = self.pop_kind(Kind::J)?;
                let x = self.pop_kind(Kind::J)?;
                let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, x, y);
                let lt = self.b.ins().icmp(IntCC::SignedLessThan, x, y);
                let gt = self.b.ins().uextend(I32, gt);
                let lt = self.b.ins().uextend(I32, lt);
                let r = self.b.ins().isub(gt, lt);
                self.push(r, Kind::I);
            }
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
                    self.poll();
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
            Invokevirtual | Invokespecial | Invokestatic | Invokeinterface => self.invoke(insn)?,
            Invokedynamic => self.invoke_dynamic(insn)?,
            New => self.new_object(insn)?,
            Newarray => {
                let Operands::NewArray(atype) = insn.operands else { return Err(self.malformed("newarray")) };
                let component = self.rt.primitive_class(ValueKind::of_descriptor(&atype.descriptor().to_string()));
                let array_class = self.rt.array_class_of(component);
                let length = self.pop_kind(Kind::I)?;
                self.sync_bci();
                let (rt, thread) = (self.rt_ptr(), self.thread());
                let class = self.iconst(I64, array_class.as_ptr() as i64);
                let array = self.call(calls::new_array(), &[rt, thread, class, length])[0];
                self.check_zero(array);
                self.push(array, Kind::A);
            }
            Anewarray => {
                let index = self.cp_index(insn)?;
                let length = self.pop_kind(Kind::I)?;
                self.sync_bci();
                let component = match self.resolved(index) {
                    Some(Resolved::Class(c)) => self.iconst(I64, c.as_ptr() as i64),
                    _ => self.resolve_class_at_run_time(index),
                };
                let (rt, thread) = (self.rt_ptr(), self.thread());
                let array = self.call(calls::new_array_of(), &[rt, thread, component, length])[0];
                self.check_zero(array);
                self.push(array, Kind::A);
            }
            Arraylength => {
                let array = self.pop_kind(Kind::A)?;
                self.null_check(array);
                let len = self.b.ins().load(I32, heap(), array, ARRAY_LENGTH_OFFSET as i32);
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
            Monitorenter | Monitorexit => {
                // One thread runs Java, so a monitor is always free (as in the interpreter); the null check stays.
                let obj = self.pop_kind(Kind::A)?;
                self.null_check(obj);
            }
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

    fn ldc(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let constant = self.cp.get(CpIndex(index)).map_err(|_| self.malformed("bad ldc constant"))?.clone();
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

    // ---- arrays -------------------------------------------------------------------------------------------

    /// Null and bounds checks; returns the element's address for elements of `size` bytes.
    fn element_addr(&mut self, array: Value, index: Value, size: i64) -> Value {
        self.null_check(array);
        let len = self.b.ins().load(I32, heap(), array, ARRAY_LENGTH_OFFSET as i32);
        let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, index, len);
        let a = self.b.ins().uextend(I64, index);
        let b = self.b.ins().uextend(I64, len);
        self.throw_if(out, throw_kind::ARRAY_INDEX, a, b);
        let wide = self.b.ins().uextend(I64, index);
        let scaled = self.b.ins().imul_imm_s(wide, size);
        let base = self.b.ins().iadd(array, scaled);
        self.b.ins().iadd_imm_s(base, ARRAY_BASE_OFFSET as i64)
    }

    fn array_load(&mut self, ty: Type, kind: Kind, how: Load) -> R<()> {
        let index = self.pop_kind(Kind::I)?;
        let array = self.pop_kind(Kind::A)?;
        let addr = self.element_addr(array, index, i64::from(ty.bytes()));
        let v = match how {
            Load::Plain => self.b.ins().load(ty, heap(), addr, 0),
            Load::Signed8 => self.b.ins().sload8(I32, heap(), addr, 0),
            Load::Signed16 => self.b.ins().sload16(I32, heap(), addr, 0),
            Load::Unsigned16 => self.b.ins().uload16(I32, heap(), addr, 0),
        };
        self.push(v, kind);
        Ok(())
    }

    fn array_store(&mut self, kind: Kind, size: i64) -> R<()> {
        let value = self.pop_kind(kind)?;
        let index = self.pop_kind(Kind::I)?;
        let array = self.pop_kind(Kind::A)?;
        let addr = self.element_addr(array, index, size);
        match size {
            1 => self.b.ins().istore8(heap(), value, addr, 0),
            2 => self.b.ins().istore16(heap(), value, addr, 0),
            _ => self.b.ins().store(heap(), value, addr, 0),
        };
        Ok(())
    }

    fn aastore(&mut self) -> R<()> {
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

    // ---- fields -------------------------------------------------------------------------------------------

    fn field(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let names = self.cp.member_ref(CpIndex(index)).map_err(|_| self.malformed("bad field reference"))?;
        let vk = ValueKind::of_descriptor(names.descriptor);
        let kind = Kind::of(vk).ok_or_else(|| self.malformed("void field"))?;
        let is_static = matches!(insn.opcode, Opcode::Getstatic | Opcode::Putstatic);
        let is_get = matches!(insn.opcode, Opcode::Getstatic | Opcode::Getfield);
        let value = if is_get { None } else { Some(self.pop_kind(kind)?) };
        let obj = if is_static { None } else { Some(self.pop_kind(Kind::A)?) };
        let known = match self.resolved(index) {
            Some(Resolved::Field(f)) if f.is_static() == is_static => {
                if is_static {
                    f.holder.init.is_done().then(|| f.holder.get(self.rt).static_slot(f) as *const _ as i64)
                } else {
                    Some(i64::from(f.offset))
                }
            }
            _ => None,
        };
        let place = match known {
            Some(v) => self.iconst(I64, v),
            None => self.call_cp(calls::resolve_field(), index, Some(i64::from(is_static))),
        };
        if is_static {
            if let Some(v) = value {
                let narrowed = self.narrow(v, vk);
                let slot = self.slot_of(narrowed, kind);
                self.b.ins().store(vm(), slot, place, 0);
            } else {
                let slot = self.b.ins().load(I64, vm(), place, 0);
                let v = self.value_of(slot, kind);
                self.push(v, kind);
            }
            return Ok(());
        }
        let obj = obj.expect("instance field accesses pop an object");
        self.null_check(obj);
        let addr = self.b.ins().iadd(obj, place);
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
                    // The collector's card-marking barrier inline (what `gc::WriteBarrier::post_write` does):
                    // one shift, one add of the VM's biased card-table base, one byte store.
                    let base = self.iconst(I64, self.rt.barrier().card_table_base() as i64);
                    let shift = self.iconst(I64, i64::from(rt::gc::barrier::CARD_SHIFT));
                    let card = self.b.ins().ushr(addr, shift);
                    let card = self.b.ins().iadd(base, card);
                    let dirty = self.iconst(I32, i64::from(rt::gc::barrier::DIRTY));
                    self.b.ins().istore8(vm(), dirty, card, 0);
                }
            }
        }
        Ok(())
    }

    /// What a static field of kind `vk` keeps of the int it is given (`putstatic`).
    fn narrow(&mut self, v: Value, vk: ValueKind) -> Value {
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

    // ---- objects ------------------------------------------------------------------------------------------

    fn resolve_class_at_run_time(&mut self, index: u16) -> Value {
        self.call_cp(calls::resolve_class(), index, None)
    }

    /// A runtime call on this method's constant `index` (`(rt, thread, method, index[, extra])`) whose zero
    /// result means it threw.
    fn call_cp(&mut self, c: RuntimeCall, index: u16, extra: Option<i64>) -> Value {
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

    fn new_object(&mut self, insn: &Instruction) -> R<()> {
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
    fn new_instance_inline(&mut self, class: rt::ClassRef) -> Value {
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

    /// `checkcast` and `instanceof`; a null operand needs no class (resolution happens only for non-null ones,
    /// as in the interpreter and HotSpot).
    fn type_check(&mut self, insn: &Instruction) -> R<()> {
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

    // ---- switches -----------------------------------------------------------------------------------------

    fn switch(&mut self, insn: &Instruction) -> R<Flow> {
        let key = self.pop_kind(Kind::I)?;
        self.save_stack();
        let (default, cases): (i32, Vec<(i32, i32)>) = match &insn.operands {
            Operands::TableSwitch(t) => {
                (t.default, t.offsets.iter().enumerate().map(|(k, &o)| (t.low.wrapping_add(k as i32), o)).collect())
            }
            Operands::LookupSwitch(l) => (l.default, l.pairs.clone()),
            _ => return Err(self.malformed("switch operands")),
        };
        let target = |offset: i32| classfile::bytecode::branch_target(insn.bci, offset);
        let default_bci = target(default).ok_or_else(|| self.malformed("switch target"))?;
        if default_bci <= insn.bci || cases.iter().any(|&(_, o)| target(o).is_some_and(|t| t <= insn.bci)) {
            // A switch that loops back polls first; the key is already off the stack.
            self.poll();
        }
        let default_block = self.checked_edge(default_bci)?;
        let mut switch = Switch::new();
        for (k, offset) in cases {
            let bci = target(offset).ok_or_else(|| self.malformed("switch target"))?;
            let block = self.checked_edge(bci)?;
            switch.set_entry(u128::from(k as u32), block);
        }
        switch.emit(&mut self.b, key, default_block);
        Ok(Flow::Ended)
    }

    // ---- calls --------------------------------------------------------------------------------------------

    /// The outgoing argument area, large enough for `slots` slots.
    fn args_area(&mut self, slots: u32) -> StackSlot {
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
    fn pass_args(&mut self, kinds: &[Kind]) -> R<(Value, Vec<(Value, Kind)>)> {
        let mut popped = Vec::new();
        for &k in kinds.iter().rev() {
            popped.push((self.pop_kind(k)?, k));
        }
        popped.reverse();
        let slots: u32 = kinds.iter().map(|k| if k.wide() { 2 } else { 1 }).sum();
        let area = self.args_area(slots);
        let mut offset = 0i32;
        for &(v, k) in &popped {
            let s = self.slot_of(v, k);
            self.b.ins().stack_store(I64, s, area, offset);
            offset += if k.wide() { 16 } else { 8 };
        }
        let addr = self.b.ins().stack_addr(I64, area, 0);
        Ok((addr, popped))
    }

    fn descriptor_kinds(&self, descriptor: &str) -> R<(Vec<Kind>, Option<Kind>)> {
        let parsed = MethodDescriptor::parse(descriptor).ok_or_else(|| self.malformed("bad method descriptor"))?;
        let params = parsed.parameters.iter().filter_map(|p| Kind::of(ValueKind::of(p))).collect();
        let ret = parsed.return_type.as_ref().and_then(|r| Kind::of(ValueKind::of(r)));
        Ok((params, ret))
    }

    fn push_result(&mut self, value: Value, ret: Option<Kind>) {
        if let Some(k) = ret {
            let v = self.value_of(value, k);
            self.push(v, k);
        }
    }

    fn invoke(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let names = self.cp.member_ref(CpIndex(index)).map_err(|_| self.malformed("bad method reference"))?;
        if insn.opcode == Opcode::Invokestatic && self.intrinsic(names.class, names.name, names.descriptor)? {
            return Ok(());
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
        let caller = self.method.class;
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
        let resolved_at_run_time = match target {
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
            Target::Dispatch(m, dispatch::VIRTUAL) if let Some(selected) = self.vtable_target(m, popped[0].0) => {
                self.call_direct(selected, args)
            }
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
            Target::Unknown(kind) => {
                let mp = resolved_at_run_time.expect("resolved above");
                let k = self.iconst(I32, i64::from(kind));
                let r = self.call(calls::invoke(), &[rt, thread, mp, args, k]);
                (r[0], r[1])
            }
        };
        self.check_failed(thrown);
        self.push_result(value, ret);
        Ok(())
    }

    /// `Math`'s (and `StrictMath`'s) methods that are one instruction: translated inline. Returns whether the
    /// call was one of them.
    fn intrinsic(&mut self, class: &str, name: &str, descriptor: &str) -> R<bool> {
        if class != "java/lang/Math" && class != "java/lang/StrictMath" {
            return Ok(false);
        }
        match (name, descriptor) {
            ("sqrt", "(D)D") => self.unary(Kind::D, Kind::D, |b, x| b.ins().sqrt(x))?,
            ("abs", "(D)D") => self.unary(Kind::D, Kind::D, |b, x| b.ins().fabs(x))?,
            ("abs", "(F)F") => self.unary(Kind::F, Kind::F, |b, x| b.ins().fabs(x))?,
            ("abs", "(I)I") => self.unary(Kind::I, Kind::I, |b, x| b.ins().iabs(x))?,
            ("abs", "(J)J") => self.unary(Kind::J, Kind::J, |b, x| b.ins().iabs(x))?,
            ("min", "(II)I") => self.binary(Kind::I, |b, x, y| b.ins().smin(x, y))?,
            ("max", "(II)I") => self.binary(Kind::I, |b, x, y| b.ins().smax(x, y))?,
            ("min", "(JJ)J") => self.binary(Kind::J, |b, x, y| b.ins().smin(x, y))?,
            ("max", "(JJ)J") => self.binary(Kind::J, |b, x, y| b.ins().smax(x, y))?,
            // Cranelift's fmin/fmax return NaN if either operand is NaN and order -0.0 below 0.0, as Java's do.
            ("min", "(DD)D") => self.binary(Kind::D, |b, x, y| b.ins().fmin(x, y))?,
            ("max", "(DD)D") => self.binary(Kind::D, |b, x, y| b.ins().fmax(x, y))?,
            ("min", "(FF)F") => self.binary(Kind::F, |b, x, y| b.ins().fmin(x, y))?,
            ("max", "(FF)F") => self.binary(Kind::F, |b, x, y| b.ins().fmax(x, y))?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A virtual call through the receiver's vtable, when the layout allows it inline: `None` otherwise.
    fn vtable_target(&mut self, m: MethodRef, receiver: Value) -> Option<Value> {
        let index = *m.vtable_index.get()?;
        if m.class.is_interface() || m.class.super_class.is_none() {
            // Interface-typed and `Object` receivers include arrays, whose dispatch is by name.
            return None;
        }
        let offset = rt::compiler::vtable_data_offset(&m.class)?;
        let class = self.b.ins().load(I64, heap(), receiver, CLASS_OFFSET as i32);
        let table = self.b.ins().load(I64, vm(), class, offset);
        Some(self.b.ins().load(I64, vm(), table, i32::try_from(index).ok()?.checked_mul(8)?))
    }

    /// A call to a known method with code: straight into its compiled code when it has some, else through
    /// the runtime (which interprets it, or compiles it if it is hot).
    fn call_direct(&mut self, mp: Value, args: Value) -> (Value, Value) {
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
        let inst = self.b.ins().call_indirect(sig, entry, &[thread, args]);
        let r = self.b.inst_results(inst).to_vec();
        self.b.ins().jump(join, &[BlockArg::Value(r[0]), BlockArg::Value(r[1])]);
        self.b.switch_to_block(slow);
        let rt = self.rt_ptr();
        let k = self.iconst(I32, i64::from(dispatch::DIRECT));
        let r = self.call(calls::invoke(), &[rt, thread, mp, args, k]);
        self.b.ins().jump(join, &[BlockArg::Value(r[0]), BlockArg::Value(r[1])]);
        self.b.switch_to_block(join);
        (value, thrown)
    }

    fn invoke_dynamic(&mut self, insn: &Instruction) -> R<()> {
        let index = self.cp_index(insn)?;
        let (_, _, descriptor) = self.cp.dynamic(CpIndex(index)).map_err(|_| self.malformed("bad invokedynamic"))?;
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

/// For the load and store opcodes (`iload`..`aload_3`, `istore`..`astore_3`): whether it stores, the kind,
/// and the local of the `_n` forms (the others name it in their operand).
fn local_access(opcode: u8) -> Option<(bool, Kind, Option<u16>)> {
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

/// How an array element is read.
#[derive(Debug, Clone, Copy)]
enum Load {
    Plain,
    Signed8,
    Signed16,
    Unsigned16,
}
