//! The JVM front end: one method's bytecode to one Cranelift function.
//!
//! Blocks are translated from a worklist, each once its entry stack is known (from the first edge that
//! reaches it; handlers start with the exception). Within a block the operand stack is a list of SSA
//! values; across blocks, locals and stack slots are Cranelift variables, one per (slot, kind), so the SSA
//! builder places the merges. Reference variables and values are declared for stack maps.
//!
//! Java semantics made explicit: null checks, array bounds, division by zero and `MIN / -1`, shift counts
//! (Cranelift masks them as Java does), saturating float-to-int conversion, `fcmpl`/`fcmpg` on NaN.
//!
//! Two entry sequences: the method's own (arguments, frame record pushed, poll, bci 0) and an
//! on-stack-replacement entry at a loop head (the interpreter frame's locals loaded by the verifier's types,
//! its record taken over, the head; the blocks only reachable before the head are never translated).
//!
//! This file holds the driver (the worklist over blocks, the entry sequences) and the translator's state; the
//! parts by responsibility: `opcodes` (the dispatch), `stack` (locals and the operand stack), `control`
//! (edges, branches, returns, switches), `arith` (arithmetic and conversions), `memory` (fields and
//! arrays), `objects` (`new`, casts), `invoke` (calls), `inline` (inlining), `intrinsics`, `checks` (exception exits,
//! implicit-exception checks, the safepoint poll), `loops` (counted loops translated twice, with and without
//! their array checks behind an entry guard; exit tests repeated at back-edges), `monitors` (locks and
//! unlocks) and `coarsen` (adjacent `synchronized` regions merged, after the blocks are translated).

mod arith;
mod checks;
mod coarsen;
mod control;
pub mod inline;
mod intrinsics;
mod invoke;
mod loops;
mod memory;
mod monitors;
mod objects;
mod phis;
mod records;
mod opcodes;
mod stack;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

use classfile::bytecode::Instruction;
use classfile::constant_pool::ConstantPool;
use cranelift_codegen::ir::types::{F32, F64, I32, I64};
use cranelift_codegen::ir::{
    AbiParam, AliasRegionData, Block, FuncRef, Function, InstBuilder, MemFlagsData, SigRef, Signature, StackSlot, Type, UserFuncName, Value,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use rt::compiler::{CompileBailout, InlineCache};
use rt::method::MethodCode;
use rt::resolve::Resolved;
use rt::thread::{Frame, JavaThread};
use rt::{ClassRef, Method, MethodRef, Runtime, ValueKind};

use crate::Inlining;
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

/// Heap accesses in an alias region of their own (made in `func`): array lengths (`user_id` 1) and array
/// elements (2). Cranelift's alias analysis treats a store without a region as touching every region, and
/// one in a region as touching only that region; nothing but allocation writes a length, so a length loaded
/// earlier from the same array is reused across element stores. Every access the generated code makes to
/// an array's length or elements carries the region (the runtime's accesses are outside the function).
fn heap_region(func: &mut Function, user_id: u32, description: &'static str) -> MemFlagsData {
    let region = func.dfg.alias_regions.insert(AliasRegionData { user_id, description: description.into() });
    heap().with_alias_region(Some(region))
}

/// Accesses to VM structures and the frame: aligned, never trapping.
fn vm() -> MemFlagsData {
    MemFlagsData::trusted()
}

const OFF_POLL: i32 = std::mem::offset_of!(JavaThread, poll) as i32;
const OFF_FUEL: i32 = std::mem::offset_of!(JavaThread, fuel) as i32;
const OFF_POLL_STATUS: i32 = std::mem::offset_of!(JavaThread, poll_status) as i32;
const OFF_TLAB_CURSOR: i32 = (std::mem::offset_of!(JavaThread, tlab) + std::mem::offset_of!(rt::thread::Tlab, cursor)) as i32;
const OFF_TLAB_LIMIT: i32 = (std::mem::offset_of!(JavaThread, tlab) + std::mem::offset_of!(rt::thread::Tlab, limit)) as i32;
const OFF_FRAME_BCI: i32 = std::mem::offset_of!(Frame, bci) as i32;
const OFF_FRAME_FP: i32 = std::mem::offset_of!(Frame, native_fp) as i32;
const OFF_ENTRY: i32 = std::mem::offset_of!(Method, compiled_entry) as i32;

/// Translates `method` into a Cranelift function with the compiled-code signature.
pub fn translate(
    rt: &Runtime,
    method: MethodRef,
    isa: &Arc<dyn TargetIsa>,
    inlining: Inlining,
    poll_stub: u32,
) -> Result<Function, CompileBailout> {
    translate_counted(rt, method, None, isa, inlining, poll_stub).map(|t| t.func)
}

/// Translates `method` into an on-stack-replacement entry at the loop head `bci` (see `rt::compiler::enter_osr`
/// for its convention and [`crate::osr`] for what it refuses).
pub fn translate_osr(
    rt: &Runtime,
    method: MethodRef,
    bci: u32,
    isa: &Arc<dyn TargetIsa>,
    inlining: Inlining,
    poll_stub: u32,
) -> Result<Function, CompileBailout> {
    translate_counted(rt, method, Some(bci), isa, inlining, poll_stub).map(|t| t.func)
}

/// One line per loop of `method`'s own code (not its inlined callees'): a counted loop the translator
/// versions, with its ends and guarded accesses, or why it is not one (for `-XX:PrintIR`).
pub fn loop_report(method: MethodRef) -> Vec<String> {
    let (Some(code), Some(class_file)) = (method.code.as_ref(), method.class.class_file.as_deref()) else { return Vec::new() };
    match Blocks::find(code) {
        Ok(blocks) => loops::loop_report(code, &class_file.constant_pool, &blocks),
        Err(e) => vec![format!("no loop analysis: {e:?}")],
    }
}

/// A method's translation and what its code needs besides.
pub struct Translation {
    /// The function.
    pub func: Function,
    /// What was inlined.
    pub inlined: Inlined,
    /// The inline caches of its interface call sites, which must live as long as its code.
    pub caches: Vec<Box<InlineCache>>,
}

/// What the translation of one method inlined.
#[derive(Debug, Default, Clone, Copy)]
pub struct Inlined {
    /// Calls translated inline.
    pub calls: u32,
    /// Of those, virtual calls inlined behind a guard.
    pub guarded: u32,
    /// Pairs of adjacent `synchronized` regions merged (`coarsen`).
    pub coarsened: u32,
}

/// [`translate`], with what was inlined and the inline caches; `poll_stub` is the backend's function for
/// `rt` (`crate::backend::Backend::poll_stub`).
pub fn translate_counted(
    rt: &Runtime,
    method: MethodRef,
    osr: Option<u32>,
    isa: &Arc<dyn TargetIsa>,
    inlining: Inlining,
    poll_stub: u32,
) -> Result<Translation, CompileBailout> {
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
    let osr = match osr {
        Some(bci) => Some((bci, crate::osr::entry_locals(rt, method, bci)?)),
        None => None,
    };
    let mut sig = Signature::new(isa.default_call_conv());
    sig.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
    sig.returns.extend([AbiParam::new(I64), AbiParam::new(I64)]);
    let mut func = Function::with_name_signature(UserFuncName::default(), sig.clone());
    let mut fctx = FunctionBuilderContext::new();
    let (mut inlined, caches);
    {
        let length_flags = heap_region(&mut func, 1, "array lengths");
        let element_flags = heap_region(&mut func, 2, "array elements");
        let b = FunctionBuilder::new(&mut func, &mut fctx);
        let mut t = Translator {
            rt,
            cur: MethodState::new(method, code, &class_file.constant_pool, blocks, None),
            b,
            thread: None,
            frame: None,
            sigs: HashMap::new(),
            compiled_sig: None,
            compiled_signature: sig,
            args_slot: None,
            inline: Vec::new(),
            inlined_bytes: 0,
            inlined: Inlined::default(),
            inlining,
            caches: Vec::new(),
            records: rt::compiler::frame_stack_layout(),
            compares: HashMap::new(),
            proven: loops::Proven::default(),
            non_null: HashSet::new(),
            length_flags,
            element_flags,
            poll_stub,
            poll_fn: None,
            monitor_sites: coarsen::Sites::default(),
        };
        match osr {
            Some((bci, locals)) => t.run_from_osr(bci, &locals)?,
            None => t.run()?,
        }
        inlined = t.inlined;
        caches = std::mem::take(&mut t.caches);
        let sites = std::mem::take(&mut t.monitor_sites);
        let coarsen_cx = coarsen::Context { rt: rt as *const Runtime as i64, thread: t.thread() };
        t.b.seal_all_blocks();
        remove_redundant_params(t.b.func, isa.as_ref())?;
        if inlining.coarsen_locks {
            inlined.coarsened = coarsen::coarsen(t.b.func, &sites, &coarsen_cx);
            if inlined.coarsened > 0 {
                remove_unreachable(t.b.func, isa.as_ref())?;
            }
        }
        t.b.finalize(isa.frontend_config());
    }
    Ok(Translation { func, inlined, caches })
}

/// Removes the block parameters that always receive the same value, before `finalize` runs the stack-map
/// spiller. The SSA builder leaves such parameters at the heads of nested loops for variables no loop
/// changes (blocks are sealed only at the end), and the spiller stores every reference parameter to its
/// slot on each entry to its block: without this, an array that a loop only reads is stored to the stack
/// on every iteration.
fn remove_redundant_params(func: &mut Function, isa: &dyn TargetIsa) -> Result<(), CompileBailout> {
    let mut ctx = cranelift_codegen::Context::for_function(std::mem::replace(func, Function::new()));
    ctx.flowgraph();
    // Edges from unreachable blocks would keep the removed arguments: drop those blocks first.
    let cleaned = ctx.eliminate_unreachable_code(isa).and_then(|()| ctx.remove_constant_phis(isa));
    if cleaned.is_ok() {
        phis::remove_trivial_params(&mut ctx.func);
    }
    *func = ctx.func;
    cleaned.map_err(|e| CompileBailout::Codegen(format!("removing redundant block parameters: {e}")))
}

/// Removes the blocks nothing reaches any more (the lock sequences `coarsen` skipped).
fn remove_unreachable(func: &mut Function, isa: &dyn TargetIsa) -> Result<(), CompileBailout> {
    let mut ctx = cranelift_codegen::Context::for_function(std::mem::replace(func, Function::new()));
    ctx.flowgraph();
    let cleaned = ctx.eliminate_unreachable_code(isa);
    *func = ctx.func;
    cleaned.map_err(|e| CompileBailout::Codegen(format!("removing unreachable blocks: {e}")))
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

/// The translator's state for the method whose code is being translated: the compiled method's own, or an
/// inlined callee's (see `inline`, which sets the caller's aside meanwhile).
struct MethodState<'a> {
    method: MethodRef,
    code: &'a MethodCode,
    cp: &'a ConstantPool,
    blocks: Rc<Blocks>,
    locals: HashMap<(u16, Kind), Variable>,
    stack_vars: HashMap<(usize, Kind), Variable>,
    block_of: HashMap<u32, Block>,
    entry_stack: HashMap<u32, Vec<Kind>>,
    worklist: Vec<u32>,
    done: HashSet<u32>,
    stack: Vec<(Value, Kind)>,
    unwind: Option<Block>,
    exits: HashMap<u32, Block>,
    pending_exits: Vec<(Block, u32)>,
    bci: u32,
    /// In an inlined callee: the block its returns jump to, and the kind of the value they pass.
    ret_to: Option<(Block, Option<Kind>)>,
    /// Returns translated (in an inlined callee).
    returns: u32,
    /// The reference locals that are never null when read (`stack::non_null_locals`).
    non_null_locals: HashSet<u16>,
    /// The counted loops, translated twice (see `loops`).
    loops: loops::LoopState,
    /// In a `synchronized` method: the variable holding the monitor this frame locked, 0 until it did
    /// (see `monitors`).
    sync_obj: Option<Variable>,
}

impl<'a> MethodState<'a> {
    /// The state at the start of `method`'s code; `unwind` is where what it throws and does not catch goes
    /// (`None`: the compiled method's own unwind block, made when first needed).
    fn new(method: MethodRef, code: &'a MethodCode, cp: &'a ConstantPool, blocks: Blocks, unwind: Option<Block>) -> Self {
        let non_null_locals = stack::non_null_locals(method, &blocks);
        let loops = loops::LoopState::new(loops::counted_loops(code, cp, &blocks));
        Self {
            non_null_locals,
            loops,
            method,
            code,
            cp,
            blocks: Rc::new(blocks),
            locals: HashMap::new(),
            stack_vars: HashMap::new(),
            block_of: HashMap::new(),
            entry_stack: HashMap::new(),
            worklist: Vec::new(),
            done: HashSet::new(),
            stack: Vec::new(),
            unwind,
            exits: HashMap::new(),
            pending_exits: Vec::new(),
            bci: 0,
            ret_to: None,
            returns: 0,
            sync_obj: None,
        }
    }
}

struct Translator<'a, 'f> {
    rt: &'a Runtime,
    /// The method being translated (the compiled one or an inlined callee).
    cur: MethodState<'a>,
    b: FunctionBuilder<'f>,
    thread: Option<Value>,
    frame: Option<Value>,
    sigs: HashMap<usize, SigRef>,
    compiled_sig: Option<SigRef>,
    compiled_signature: Signature,
    args_slot: Option<(StackSlot, u32)>,
    /// The calls being translated inline, outermost first (empty while translating the compiled method's own
    /// code): the method that made each and the bci of the call.
    inline: Vec<inline::InlineSite>,
    /// Bytes of bytecode inlined into this function so far (the budget is `inline::MAX_TOTAL_BYTES`).
    inlined_bytes: usize,
    /// Calls inlined so far.
    inlined: Inlined,
    /// How much to inline.
    inlining: Inlining,
    /// The inline caches made so far.
    #[expect(clippy::vec_box, reason = "each cache must keep its address: the code being translated embeds it")]
    caches: Vec<Box<InlineCache>>,
    /// Where the thread's frame records are, for pushing and popping them inline (`records`).
    records: Option<rt::compiler::FrameStackLayout>,
    /// The poll's slow-path stub (`Backend::poll_stub`): the module's function index, and the function
    /// once imported.
    poll_stub: u32,
    poll_fn: Option<FuncRef>,
    /// The values null-checked so far in the bytecode block being translated. Every check is made in the
    /// block's straight line (never inside a diamond an instruction builds), so it dominates what follows in
    /// the block; cleared at each block start and after an inlined call (whose continuation the callee's
    /// checks do not dominate).
    non_null: HashSet<Value>,
    /// The flags of array-length and array-element accesses (`heap_region`).
    length_flags: MemFlagsData,
    element_flags: MemFlagsData,
    /// The three-way comparisons made so far, by result (see `arith::Translator::fused_compare`).
    compares: HashMap<Value, arith::Compare>,
    /// What the unchecked copies of counted loops have proven (see `loops`).
    proven: loops::Proven,
    /// The lock and unlock sequences emitted, for `coarsen`.
    monitor_sites: coarsen::Sites,
}

type R<T> = Result<T, CompileBailout>;

impl<'a> Translator<'a, '_> {
    fn unsupported(&self, what: &'static str) -> CompileBailout {
        CompileBailout::Unsupported { what, bci: self.cur.bci }
    }

    fn malformed(&self, detail: &str) -> CompileBailout {
        CompileBailout::Malformed { bci: self.cur.bci, detail: detail.to_owned() }
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
        let addr = self.cur.method.as_ptr() as i64;
        self.iconst(I64, addr)
    }

    // ---- runtime calls ----------------------------------------------------------------------------------

    /// Calls the runtime; from inlined code, a call that is not a leaf has the inlined frames' records
    /// around it (see `inline`).
    fn call(&mut self, c: RuntimeCall, args: &[Value]) -> Vec<Value> {
        let pushed = if c.leaf { 0 } else { self.push_inlined_frames() };
        let results = self.call_raw(c, args);
        self.pop_inlined_frames(pushed);
        results
    }

    fn call_raw(&mut self, c: RuntimeCall, args: &[Value]) -> Vec<Value> {
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

    // ---- the method ---------------------------------------------------------------------------------------

    /// Starts the entry block; returns the second parameter (the argument or locals pointer).
    fn start_entry(&mut self) -> Value {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        self.thread = Some(params[0]);
        params[1]
    }

    fn run(&mut self) -> R<()> {
        let args = self.start_entry();
        // Arguments first: nothing that can collect has run yet.
        let mut slot = 0u16;
        let mut kinds = Vec::new();
        if !self.cur.method.is_static() {
            kinds.push(Kind::A);
        }
        for &p in self.cur.method.params.iter() {
            kinds.push(Kind::of(p).ok_or_else(|| self.malformed("void parameter"))?);
        }
        for kind in kinds {
            let raw = self.b.ins().load(I64, vm(), args, i32::from(slot) * 8);
            let v = self.value_of(raw, kind);
            let var = self.local(slot, kind);
            self.b.def_var(var, v);
            slot += if kind.wide() { 2 } else { 1 };
        }
        let frame = self.push_record();
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
        self.declare_method_monitor();
        self.poll();
        self.lock_method();
        self.translate_from(0)?;
        self.finish_unwind()
    }

    /// The OSR entry at the loop head `bci`: the live locals (`locals`, by the verifier's frame there) from
    /// the interpreter frame the second parameter points at, then the frame record taken over (with the
    /// monitor of a `synchronized` method, see `monitors`), then the head.
    /// Nothing between the loads and `osr_enter` can collect, so the references are never only half moved.
    fn run_from_osr(&mut self, bci: u32, locals: &[(u16, ValueKind)]) -> R<()> {
        let slots = self.start_entry();
        for &(index, kind) in locals {
            let kind = Kind::of(kind).ok_or_else(|| self.malformed("void local"))?;
            let raw = self.b.ins().load(I64, vm(), slots, i32::from(index) * 8);
            let v = self.value_of(raw, kind);
            let var = self.local(index, kind);
            self.b.def_var(var, v);
        }
        let rt = self.rt_ptr();
        let thread = self.thread();
        let entered = self.call(calls::osr_enter(), &[rt, thread]);
        let frame = entered[0];
        self.frame = Some(frame);
        let fp = self.b.ins().get_frame_pointer(I64);
        self.b.ins().store(vm(), fp, frame, OFF_FRAME_FP);
        self.take_method_monitor(entered[1]);
        self.translate_from(bci)?;
        self.finish_unwind()
    }

    /// The unwind block (if anything needs it): pops the frame record and returns the thrown status.
    fn finish_unwind(&mut self) -> R<()> {
        if let Some(unwind) = self.cur.unwind {
            self.b.switch_to_block(unwind);
            self.unlock_method_unwinding();
            self.pop_record();
            let zero = self.iconst(I64, 0);
            let one = self.iconst(I64, 1);
            self.b.ins().return_(&[zero, one]);
        }
        Ok(())
    }

    /// Jumps to the block at `bci` (entered with an empty stack) and translates every block reachable from it,
    /// then the exception exits.
    fn translate_from(&mut self, bci: u32) -> R<()> {
        let first = self.edge(bci, Vec::new());
        self.b.ins().jump(first, &[]);
        loop {
            if let Some(bci) = self.cur.worklist.pop() {
                if self.cur.done.insert(bci) {
                    self.translate_block(bci)?;
                }
            } else if let Some((block, bci)) = self.cur.pending_exits.pop() {
                self.emit_exception_exit(block, bci);
            } else {
                return Ok(());
            }
        }
    }

    /// Starts the operand stack of a block from the stack variables, for an entry stack of `kinds`.
    fn reload_stack(&mut self, kinds: Vec<Kind>) {
        self.cur.stack.clear();
        for (depth, kind) in kinds.into_iter().enumerate() {
            let var = self.stack_var(depth, kind);
            let v = self.b.use_var(var);
            self.push(v, kind);
        }
    }

    /// Translates the block `key` names (`loops::block_bci`: a bytecode block, its copy in the unchecked
    /// version of a counted loop, or a counted loop's entry guard).
    fn translate_block(&mut self, key: u32) -> R<()> {
        let block = self.cur.block_of[&key];
        self.b.switch_to_block(block);
        self.non_null.clear();
        let (bci, copy) = loops::block_bci(key);
        self.cur.bci = bci;
        let kinds = self.cur.entry_stack[&key].clone();
        if copy == loops::Copy::Guard {
            return self.loop_guard(bci, kinds);
        }
        let outer = self.cur.loops.fast;
        self.cur.loops.fast = match copy {
            loops::Copy::Unchecked => self.cur.loops.containing(bci),
            _ => None,
        };
        self.reload_stack(kinds);
        let blocks = Rc::clone(&self.cur.blocks);
        let mut index = blocks.index_of(bci).ok_or_else(|| self.malformed("block start is not an instruction"))?;
        loop {
            let insn = blocks.instructions.get(index).ok_or_else(|| self.malformed("code runs off the end"))?;
            self.cur.bci = insn.bci;
            match self.instruction(insn)? {
                Flow::Ended => break,
                Flow::Next => {
                    let next = insn.next_bci();
                    if blocks.leaders.contains(&next) {
                        self.cur.bci = insn.bci;
                        self.jump_to(next)?;
                        break;
                    }
                    index += 1;
                }
            }
        }
        self.cur.loops.fast = outer;
        Ok(())
    }

    fn cp_index(&self, insn: &Instruction) -> R<u16> {
        insn.cp_index().ok_or_else(|| self.malformed("missing constant-pool operand"))
    }

    /// The current method's constant `index` resolved: already, or now if that can run no code and throw
    /// nothing (`rt::resolve_early`; what `-Xcomp` needs, where nothing has run before the compilation).
    fn resolved(&self, index: u16) -> Option<&'a Resolved> {
        self.rt.resolve_if_loaded(self.cur.method.class, index)
    }
}
