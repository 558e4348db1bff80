//! The data-flow fixpoint that builds reference maps from bytecode alone (see the parent module's doc):
//! basic blocks, a worklist of block entry states on the reference / non-reference / return-address
//! lattice, and `jsr`/`ret` subroutines.

use std::collections::HashMap;

use classfile::bytecode::{Instruction, Operands};
use classfile::descriptor::{FieldType, MethodDescriptor};
use classfile::opcode::{Opcode, StackEffect};
use classfile::{Constant, ConstantPool, CpIndex};

use super::{Builder, MapSource, RefMaps};
use crate::method::{Method, MethodCode};

/// What the analysis knows of a slot: [`NONREF`], [`REF`], or a return address of the subroutine at bci
/// `k - 2` (which the analysis needs to find where a `ret` returns). Equal values merge to themselves,
/// different ones to [`NONREF`].
type Kind = u32;
const NONREF: Kind = 0;
const REF: Kind = 1;

fn return_address(subroutine: u32) -> Kind {
    subroutine.saturating_add(2)
}

fn subroutine_of(kind: Kind) -> Option<u32> {
    kind.checked_sub(2)
}

/// The abstract frame before an instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct State {
    locals: Vec<Kind>,
    stack: Vec<Kind>,
}

impl State {
    /// Merges `locals`/`stack` into `self`; whether anything changed. Stacks of different heights (code the
    /// interpreter refuses) keep their common part, so the fixpoint still ends.
    fn merge(&mut self, locals: &[Kind], stack: &[Kind]) -> bool {
        let mut changed = false;
        for (a, b) in self.locals.iter_mut().zip(locals) {
            if *a != *b && *a != NONREF {
                *a = NONREF;
                changed = true;
            }
        }
        if stack.len() < self.stack.len() {
            self.stack.truncate(stack.len());
            changed = true;
        }
        for (a, b) in self.stack.iter_mut().zip(stack) {
            if *a != *b && *a != NONREF {
                *a = NONREF;
                changed = true;
            }
        }
        changed
    }
}

/// The locals and stack at method entry: the receiver and reference parameters are references.
pub(super) fn initial_state(method: &Method, code: &MethodCode) -> State {
    let mut locals = vec![NONREF; usize::from(code.max_locals)];
    let mut next = 0usize;
    let mut set = |i: usize, kind: Kind| {
        if let Some(slot) = locals.get_mut(i) {
            *slot = kind;
        }
    };
    if !method.is_static() {
        set(0, REF);
        next = 1;
    }
    if let Some(d) = MethodDescriptor::parse(&method.descriptor) {
        for p in &d.parameters {
            set(next, if matches!(p, FieldType::Base(_)) { NONREF } else { REF });
            next += usize::from(p.slots());
        }
    }
    State { locals, stack: Vec::new() }
}

/// How control leaves an instruction.
enum Flow {
    /// To the next instruction only.
    Next,
    /// To `target`, and to the next instruction too if `falls`.
    Branch { target: u32, falls: bool },
    /// To each of the targets (switches).
    Switch(Vec<u32>),
    /// Into the subroutine at `target`; it comes back to the next instruction through a `ret`.
    Jsr(u32),
    /// Back from a subroutine through the return address in this local.
    Ret(usize),
    /// Nowhere in this frame (returns, `athrow`).
    End,
}

pub(super) struct Analysis<'a> {
    cp: &'a ConstantPool,
    insns: Vec<Instruction>,
    code_len: usize,
    max_locals: usize,
    max_stack: usize,
    /// First instruction of each block, ascending; a block runs to the next one's start.
    block_starts: Vec<usize>,
    /// The block each instruction belongs to.
    block_of: Vec<u32>,
    /// Entry state of each block, once reached.
    entry: Vec<Option<State>>,
    queue: Vec<usize>,
    queued: Vec<bool>,
    /// Exception-table rows: covered bcis `start..end` and the handler's block.
    handlers: Vec<(u32, u32, usize)>,
    /// For each subroutine entry bci, the instruction indices of the `jsr`s calling it.
    callers: HashMap<u32, Vec<usize>>,
    /// For each `jsr` instruction index, the state before it (last seen, which is the merged one).
    jsr_states: HashMap<usize, State>,
    /// For each subroutine entry bci, the merged state at its `ret`s.
    returns: HashMap<u32, State>,
    /// For each subroutine entry bci, the locals it may store to.
    modified: HashMap<u32, Vec<bool>>,
}

impl<'a> Analysis<'a> {
    pub(super) fn new(code: &MethodCode, cp: &'a ConstantPool, insns: Vec<Instruction>) -> Self {
        let n = insns.len();
        let mut analysis = Analysis {
            cp,
            insns,
            code_len: code.bytes.len(),
            max_locals: usize::from(code.max_locals),
            max_stack: usize::from(code.max_stack),
            block_starts: Vec::new(),
            block_of: vec![0; n],
            entry: Vec::new(),
            queue: Vec::new(),
            queued: Vec::new(),
            handlers: Vec::new(),
            callers: HashMap::new(),
            jsr_states: HashMap::new(),
            returns: HashMap::new(),
            modified: HashMap::new(),
        };
        analysis.find_blocks(code);
        analysis
    }

    fn index_of(&self, bci: u32) -> Option<usize> {
        self.insns.binary_search_by_key(&bci, |i| i.bci).ok()
    }

    fn block_at(&self, bci: u32) -> Option<usize> {
        self.index_of(bci).and_then(|i| self.block_of.get(i)).map(|&b| b as usize)
    }

    /// Splits the code into basic blocks: a block starts at the entry, at every branch, switch, `jsr` and
    /// handler target, and after every instruction that does not simply fall through.
    fn find_blocks(&mut self, code: &MethodCode) {
        let n = self.insns.len();
        let mut leader = vec![false; n + 1];
        let mark = |leader: &mut Vec<bool>, index: Option<usize>| {
            if let Some(i) = index {
                leader[i] = true;
            }
        };
        mark(&mut leader, Some(0));
        for h in code.handlers.iter() {
            mark(&mut leader, self.index_of(u32::from(h.handler)));
        }
        for (i, insn) in self.insns.iter().enumerate() {
            let flow = control(insn);
            let targets: Vec<u32> = match &flow {
                Flow::Branch { target, .. } | Flow::Jsr(target) => vec![*target],
                Flow::Switch(targets) => targets.clone(),
                _ => Vec::new(),
            };
            for t in targets {
                let index = self.insns.binary_search_by_key(&t, |i| i.bci).ok();
                mark(&mut leader, index);
            }
            if !matches!(flow, Flow::Next) {
                leader[i + 1] = true;
            }
            if let Flow::Jsr(target) = flow {
                self.callers.entry(target).or_default().push(i);
            }
        }
        let mut block = 0u32;
        for (i, &starts) in leader.iter().take(n).enumerate() {
            if starts {
                self.block_starts.push(i);
                block = (self.block_starts.len() - 1) as u32;
            }
            self.block_of[i] = block;
        }
        let blocks = self.block_starts.len();
        self.entry = vec![None; blocks];
        self.queued = vec![false; blocks];
        for h in code.handlers.iter() {
            if let Some(b) = self.block_at(u32::from(h.handler)) {
                self.handlers.push((u32::from(h.start), u32::from(h.end), b));
            }
        }
    }

    fn block_range(&self, block: usize) -> std::ops::Range<usize> {
        let start = self.block_starts.get(block).copied().unwrap_or(0);
        let end = self.block_starts.get(block + 1).copied().unwrap_or(self.insns.len());
        start..end
    }

    fn merge_into(&mut self, block: usize, locals: &[Kind], stack: &[Kind]) {
        let Some(entry) = self.entry.get_mut(block) else { return };
        let changed = match entry {
            Some(state) => state.merge(locals, stack),
            None => {
                *entry = Some(State { locals: locals.to_vec(), stack: stack.to_vec() });
                true
            }
        };
        if changed && !self.queued[block] {
            self.queued[block] = true;
            self.queue.push(block);
        }
    }

    /// Runs the fixpoint and then records the map of every reachable instruction. `None` if the work
    /// bound is exceeded (it cannot be on code the interpreter accepts: each merge that changes a block's
    /// entry lowers one of its slots or its height, so the bound below is never reached).
    pub(super) fn run(mut self, initial: State) -> Option<RefMaps> {
        if self.insns.is_empty() {
            return Some(Builder::with_sizes(self.max_locals as u16, self.max_stack as u16).finish(MapSource::Bytecode));
        }
        self.merge_into(0, &initial.locals, &initial.stack);
        let width = self.max_locals + self.max_stack;
        let mut budget = self.entry.len().saturating_mul(2 * width + 4).saturating_add(64);
        while let Some(block) = self.queue.pop() {
            self.queued[block] = false;
            budget = budget.checked_sub(1)?;
            self.process(block);
        }
        let mut b = Builder::with_sizes(self.max_locals as u16, self.max_stack as u16);
        for block in 0..self.entry.len() {
            let Some(mut state) = self.entry[block].clone() else { continue };
            for i in self.block_range(block) {
                let insn = &self.insns[i];
                b.add(insn.bci, state.locals.iter().map(|&k| k == REF), state.stack.iter().map(|&k| k == REF));
                let _ = self.step(insn, &mut state);
            }
        }
        Some(b.finish(MapSource::Bytecode))
    }

    /// Runs one block from its entry state and merges the results into its successors and handlers.
    fn process(&mut self, block: usize) {
        let Some(mut state) = self.entry[block].clone() else { return };
        let range = self.block_range(block);
        let last = range.end.saturating_sub(1);
        for i in range {
            let bci = self.insns[i].bci;
            for k in 0..self.handlers.len() {
                let (start, end, handler) = self.handlers[k];
                if start <= bci && bci < end {
                    self.merge_into(handler, &state.locals, &[REF]);
                }
            }
            let before = if matches!(self.insns[i].opcode, Opcode::Jsr | Opcode::JsrW) { Some(state.clone()) } else { None };
            let insn = &self.insns[i];
            let next_bci = insn.next_bci();
            let flow = self.step(insn, &mut state);
            if i != last && matches!(flow, Flow::Next) {
                continue;
            }
            self.follow(i, flow, next_bci, &state, before);
        }
    }

    /// Merges the state after instruction `i` into wherever `flow` leads.
    fn follow(&mut self, i: usize, flow: Flow, next_bci: u32, state: &State, before_jsr: Option<State>) {
        let to = |this: &mut Self, bci: u32, s: &State| {
            if let Some(b) = this.block_at(bci) {
                this.merge_into(b, &s.locals, &s.stack);
            }
        };
        match flow {
            Flow::Next => to(self, next_bci, state),
            Flow::Branch { target, falls } => {
                to(self, target, state);
                if falls {
                    to(self, next_bci, state);
                }
            }
            Flow::Switch(targets) => {
                for t in targets {
                    to(self, t, state);
                }
            }
            Flow::Jsr(target) => {
                to(self, target, state);
                if let Some(before) = before_jsr {
                    self.jsr_states.insert(i, before);
                }
                if let Some(ret) = self.returns.get(&target).cloned() {
                    self.return_to(target, i, &ret);
                }
            }
            Flow::Ret(local) => match state.locals.get(local).copied().and_then(subroutine_of) {
                Some(sub) => {
                    let merged = match self.returns.get_mut(&sub) {
                        Some(r) => {
                            r.merge(&state.locals, &state.stack);
                            r.clone()
                        }
                        None => {
                            self.returns.insert(sub, state.clone());
                            state.clone()
                        }
                    };
                    for caller in self.callers.get(&sub).cloned().unwrap_or_default() {
                        self.return_to(sub, caller, &merged);
                    }
                }
                // Not a return address the analysis can trace (code javac never writes): return after
                // every `jsr` with the `ret`'s own state.
                None => {
                    let sites: Vec<usize> = self.callers.values().flatten().copied().collect();
                    for site in sites {
                        let next = self.insns[site].next_bci();
                        to(self, next, state);
                    }
                }
            },
            Flow::End => {}
        }
    }

    /// Merges the return from subroutine `sub` (state `ret` at its `ret`s) into the instruction after the
    /// `jsr` at index `site`: locals the subroutine may store to come from `ret`, the others from the `jsr`.
    fn return_to(&mut self, sub: u32, site: usize, ret: &State) {
        let Some(before) = self.jsr_states.get(&site).cloned() else { return };
        let modified = self.modified_by(sub);
        let locals: Vec<Kind> = (0..before.locals.len())
            .map(|k| if modified.get(k).copied().unwrap_or(false) { ret.locals.get(k).copied().unwrap_or(NONREF) } else { before.locals[k] })
            .collect();
        let stack = if ret.stack.len() == before.stack.len() { &ret.stack } else { &before.stack };
        let next = self.insns[site].next_bci();
        if let Some(b) = self.block_at(next) {
            let stack = stack.clone();
            self.merge_into(b, &locals, &stack);
        }
    }

    /// The locals the subroutine at `sub` may store to: the stores reachable from its entry without
    /// passing through a `ret` (nested subroutines included).
    fn modified_by(&mut self, sub: u32) -> Vec<bool> {
        if let Some(m) = self.modified.get(&sub) {
            return m.clone();
        }
        let mut modified = vec![false; self.max_locals];
        let mut seen = vec![false; self.insns.len()];
        let mut work: Vec<usize> = self.index_of(sub).into_iter().collect();
        while let Some(i) = work.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            let insn = &self.insns[i];
            if let Some((index, width)) = stored_local(insn) {
                for k in index..index + width {
                    if let Some(m) = modified.get_mut(k) {
                        *m = true;
                    }
                }
            }
            let successors: Vec<u32> = match control(insn) {
                Flow::Next => vec![insn.next_bci()],
                Flow::Branch { target, falls: true } => vec![target, insn.next_bci()],
                Flow::Branch { target, falls: false } => vec![target],
                Flow::Switch(targets) => targets,
                Flow::Jsr(target) => vec![target, insn.next_bci()],
                Flow::Ret(_) | Flow::End => Vec::new(),
            };
            work.extend(successors.into_iter().filter_map(|bci| self.index_of(bci)));
        }
        self.modified.insert(sub, modified.clone());
        modified
    }

    /// The kinds a field or method descriptor's value takes on the stack.
    fn value_kinds(ty: Option<&FieldType>) -> &'static [Kind] {
        match ty {
            None => &[],
            Some(FieldType::Base(b)) if b.slots() == 2 => &[NONREF, NONREF],
            Some(FieldType::Base(_)) => &[NONREF],
            Some(_) => &[REF],
        }
    }

    fn member_descriptor(&self, index: u16) -> Option<&'a str> {
        let cp = self.cp;
        cp.member_ref(CpIndex(index)).ok().map(|m| m.descriptor).or_else(|| cp.dynamic(CpIndex(index)).ok().map(|d| d.2))
    }

    /// Applies `insn` to `s` and says where control goes. Never panics: the stack saturates at empty and is
    /// bounded by `max_stack`, locals outside the frame are ignored (the interpreter refuses such code).
    fn step(&self, insn: &Instruction, s: &mut State) -> Flow {
        use Opcode as O;
        let max_stack = self.max_stack;
        let push = |s: &mut State, k: Kind| {
            if s.stack.len() < max_stack {
                s.stack.push(k);
            }
        };
        let pop = |s: &mut State, n: usize| -> Kind {
            let mut last = NONREF;
            for _ in 0..n {
                last = s.stack.pop().unwrap_or(NONREF);
            }
            last
        };
        let set_local = |s: &mut State, i: usize, k: Kind| {
            if let Some(slot) = s.locals.get_mut(i) {
                *slot = k;
            }
        };
        let local_index = local_operand(insn);
        let cp_index = insn.cp_index().unwrap_or(0);
        match insn.opcode {
            O::AconstNull | O::New => push(s, REF),
            O::Aload | O::Aload0 | O::Aload1 | O::Aload2 | O::Aload3 => {
                let k = local_index.and_then(|i| s.locals.get(i).copied()).unwrap_or(NONREF);
                push(s, k);
            }
            O::Astore | O::Astore0 | O::Astore1 | O::Astore2 | O::Astore3 => {
                let k = pop(s, 1);
                if let Some(i) = local_index {
                    set_local(s, i, k);
                }
            }
            O::Istore | O::Istore0 | O::Istore1 | O::Istore2 | O::Istore3 | O::Fstore | O::Fstore0 | O::Fstore1
            | O::Fstore2 | O::Fstore3 | O::Lstore | O::Lstore0 | O::Lstore1 | O::Lstore2 | O::Lstore3 | O::Dstore
            | O::Dstore0 | O::Dstore1 | O::Dstore2 | O::Dstore3 => {
                let (index, width) = stored_local(insn).unwrap_or((0, 0));
                pop(s, width);
                for k in index..index + width {
                    set_local(s, k, NONREF);
                }
            }
            O::Iinc => {
                if let Some(i) = local_index {
                    set_local(s, i, NONREF);
                }
            }
            O::Aaload => {
                pop(s, 2);
                push(s, REF);
            }
            O::Dup | O::DupX1 | O::DupX2 | O::Dup2 | O::Dup2X1 | O::Dup2X2 | O::Swap => {
                let (take, order): (usize, &[usize]) = match insn.opcode {
                    // Indices into the taken slots, bottom first, of the result bottom first.
                    O::Dup => (1, &[0, 0]),
                    O::DupX1 => (2, &[1, 0, 1]),
                    O::DupX2 => (3, &[2, 0, 1, 2]),
                    O::Dup2 => (2, &[0, 1, 0, 1]),
                    O::Dup2X1 => (3, &[1, 2, 0, 1, 2]),
                    O::Dup2X2 => (4, &[2, 3, 0, 1, 2, 3]),
                    _ => (2, &[1, 0]),
                };
                let from = s.stack.len().saturating_sub(take);
                let taken: Vec<Kind> = s.stack.split_off(from);
                for &o in order {
                    push(s, taken.get(o).copied().unwrap_or(NONREF));
                }
            }
            O::Ldc | O::LdcW => {
                let k = match self.cp.get(CpIndex(cp_index)) {
                    Ok(Constant::String { .. } | Constant::Class { .. } | Constant::MethodType { .. } | Constant::MethodHandle { .. }) => REF,
                    Ok(Constant::Dynamic(_)) => {
                        let ty = self.member_descriptor(cp_index).and_then(FieldType::parse);
                        if ty.as_ref().is_some_and(|t| !matches!(t, FieldType::Base(_))) { REF } else { NONREF }
                    }
                    _ => NONREF,
                };
                push(s, k);
            }
            O::Ldc2W => {
                push(s, NONREF);
                push(s, NONREF);
            }
            O::Getstatic | O::Putstatic | O::Getfield | O::Putfield => {
                let ty = self.member_descriptor(cp_index).and_then(FieldType::parse);
                let kinds = Self::value_kinds(ty.as_ref());
                match insn.opcode {
                    O::Getstatic => kinds.iter().for_each(|&k| push(s, k)),
                    O::Putstatic => {
                        pop(s, kinds.len());
                    }
                    O::Getfield => {
                        pop(s, 1);
                        kinds.iter().for_each(|&k| push(s, k));
                    }
                    _ => {
                        pop(s, kinds.len() + 1);
                    }
                }
            }
            O::Invokevirtual | O::Invokespecial | O::Invokestatic | O::Invokeinterface | O::Invokedynamic => {
                let d = self.member_descriptor(cp_index).and_then(MethodDescriptor::parse);
                let receiver = usize::from(!matches!(insn.opcode, O::Invokestatic | O::Invokedynamic));
                let args = d.as_ref().map_or(0, MethodDescriptor::parameter_slots);
                pop(s, args + receiver);
                let kinds = Self::value_kinds(d.as_ref().and_then(|d| d.return_type.as_ref()));
                kinds.iter().for_each(|&k| push(s, k));
            }
            O::Newarray | O::Anewarray => {
                pop(s, 1);
                push(s, REF);
            }
            O::Multianewarray => {
                let dims = match insn.operands {
                    Operands::MultiANewArray { dims, .. } => usize::from(dims),
                    _ => 0,
                };
                pop(s, dims);
                push(s, REF);
            }
            O::Checkcast => {}
            O::Jsr | O::JsrW => {
                let target = insn.branch_target().unwrap_or(u32::MAX);
                push(s, return_address(target));
            }
            other => {
                // Everything else moves only primitives (or consumes references): pop and push non-references.
                if let StackEffect::Fixed { pop: p, push: q } = other.stack_effect() {
                    pop(s, usize::from(p));
                    for _ in 0..q {
                        push(s, NONREF);
                    }
                }
            }
        }
        let flow = control(insn);
        // Falling off the end of the code is refused by the interpreter; the analysis just stops there.
        if matches!(flow, Flow::Next | Flow::Branch { falls: true, .. }) && insn.next_bci() as usize >= self.code_len {
            return match flow {
                Flow::Branch { target, .. } => Flow::Branch { target, falls: false },
                _ => Flow::End,
            };
        }
        flow
    }
}

/// The local an instruction loads, stores or increments (`ret` too).
fn local_operand(insn: &Instruction) -> Option<usize> {
    use Opcode as O;
    let implicit = |base: Opcode| Some(usize::from(insn.opcode as u8 - base as u8));
    match insn.operands {
        Operands::Local { index, .. } | Operands::Iinc { index, .. } => return Some(usize::from(index)),
        _ => {}
    }
    match insn.opcode {
        O::Iload0 | O::Iload1 | O::Iload2 | O::Iload3 => implicit(O::Iload0),
        O::Lload0 | O::Lload1 | O::Lload2 | O::Lload3 => implicit(O::Lload0),
        O::Fload0 | O::Fload1 | O::Fload2 | O::Fload3 => implicit(O::Fload0),
        O::Dload0 | O::Dload1 | O::Dload2 | O::Dload3 => implicit(O::Dload0),
        O::Aload0 | O::Aload1 | O::Aload2 | O::Aload3 => implicit(O::Aload0),
        O::Istore0 | O::Istore1 | O::Istore2 | O::Istore3 => implicit(O::Istore0),
        O::Lstore0 | O::Lstore1 | O::Lstore2 | O::Lstore3 => implicit(O::Lstore0),
        O::Fstore0 | O::Fstore1 | O::Fstore2 | O::Fstore3 => implicit(O::Fstore0),
        O::Dstore0 | O::Dstore1 | O::Dstore2 | O::Dstore3 => implicit(O::Dstore0),
        O::Astore0 | O::Astore1 | O::Astore2 | O::Astore3 => implicit(O::Astore0),
        _ => None,
    }
}

/// The locals a store (or `iinc`) writes: first index and width.
fn stored_local(insn: &Instruction) -> Option<(usize, usize)> {
    use Opcode as O;
    let width = match insn.opcode {
        O::Istore | O::Istore0 | O::Istore1 | O::Istore2 | O::Istore3 | O::Fstore | O::Fstore0 | O::Fstore1 | O::Fstore2
        | O::Fstore3 | O::Astore | O::Astore0 | O::Astore1 | O::Astore2 | O::Astore3 | O::Iinc => 1,
        O::Lstore | O::Lstore0 | O::Lstore1 | O::Lstore2 | O::Lstore3 | O::Dstore | O::Dstore0 | O::Dstore1 | O::Dstore2
        | O::Dstore3 => 2,
        _ => return None,
    };
    local_operand(insn).map(|i| (i, width))
}

/// Where control can go after `insn`, from its opcode and operands alone.
fn control(insn: &Instruction) -> Flow {
    use Opcode as O;
    match insn.opcode {
        O::Goto | O::GotoW => match insn.branch_target() {
            Some(target) => Flow::Branch { target, falls: false },
            None => Flow::End,
        },
        O::Jsr | O::JsrW => match insn.branch_target() {
            Some(target) => Flow::Jsr(target),
            None => Flow::End,
        },
        O::Ifeq | O::Ifne | O::Iflt | O::Ifge | O::Ifgt | O::Ifle | O::IfIcmpeq | O::IfIcmpne | O::IfIcmplt
        | O::IfIcmpge | O::IfIcmpgt | O::IfIcmple | O::IfAcmpeq | O::IfAcmpne | O::Ifnull | O::Ifnonnull => {
            match insn.branch_target() {
                Some(target) => Flow::Branch { target, falls: true },
                None => Flow::Next,
            }
        }
        O::Tableswitch | O::Lookupswitch => {
            let rel: Vec<i32> = match &insn.operands {
                Operands::TableSwitch(t) => std::iter::once(t.default).chain(t.offsets.iter().copied()).collect(),
                Operands::LookupSwitch(l) => std::iter::once(l.default).chain(l.pairs.iter().map(|p| p.1)).collect(),
                _ => Vec::new(),
            };
            Flow::Switch(rel.into_iter().filter_map(|o| classfile::bytecode::branch_target(insn.bci, o)).collect())
        }
        O::Ret => Flow::Ret(local_operand(insn).unwrap_or(usize::MAX)),
        O::Ireturn | O::Lreturn | O::Freturn | O::Dreturn | O::Areturn | O::Return | O::Athrow => Flow::End,
        _ => Flow::Next,
    }
}
