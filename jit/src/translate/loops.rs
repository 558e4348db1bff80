//! Loop analysis over a method's bytecode: the counted loops whose array accesses by the induction
//! variable can run without their null and bounds checks, and the loop heads whose exit test can be
//! repeated at the back-edge.
//!
//! A counted loop here is what javac makes of `for (...; i < n; i += s) ... a[i] ...` (or `i <= n`), an
//! innermost loop in one contiguous bytecode range:
//!
//! ```text
//! head:  iload i; <n>; if_icmpge exit      (if_icmpgt for <=); <n> an int local, a constant or b.length
//!        ... body, no other loop, entered only through head ...
//! latch: iinc i, s  |  iload i; <s>; iadd; istore i      (s > 0: a constant or an int local)
//!        goto head
//! ```
//!
//! where nothing in the range stores into `i` but the latch, nor into `n`, `s`, `b` or the arrays `a` read
//! as `aload a; iload i`. The translator makes two copies of such a loop (see `Translator::loop_entry`):
//! the checked one, and one that the loop is entered in only when a guard at its entry proves, from the
//! values the locals have there, that every such access is in bounds on every iteration: `i >= 0`,
//! `s >= 1`, each `a` non-null with `n < a.length` (`n <= a.length` for `<`), and `n + s` without int
//! overflow (so `i` never wraps around to a negative index). In that copy, `iload i` read before the
//! latch is an index in bounds of every guarded `a` read there, and the accesses go unchecked. When the
//! guard fails, the checked copy runs: exceptions come from the same access with the same message.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use classfile::bytecode::{Instruction, Operands};
use classfile::opcode::Opcode;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, InstBuilder, Value};
use rt::method::MethodCode;

use super::{Flow, Kind, R, Translator};
use crate::blocks::{Blocks, ends_block};

/// The bound a counted loop's index is compared with at the head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    /// An int local.
    Local(u16),
    /// The length of the array in a reference local.
    Length(u16),
    /// A constant.
    Const(i32),
}

/// How much the induction variable grows per iteration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stride {
    /// A positive constant.
    Const(i32),
    /// An int local (the guard requires it positive).
    Local(u16),
}

/// A counted loop (see the module documentation).
#[derive(Debug, Clone)]
pub(super) struct CountedLoop {
    /// The loop head: the first instruction of the exit test.
    pub head: u32,
    /// The back-edge `goto`.
    pub back: u32,
    /// Where the latch's increment starts: `iload i` before it reads the index of this iteration.
    pub increment: u32,
    /// The induction variable.
    pub index: u16,
    pub stride: Stride,
    pub bound: Bound,
    /// `i <= n` rather than `i < n`.
    pub inclusive: bool,
    /// The reference locals indexed by the induction variable, checked once by the guard.
    pub arrays: Vec<u16>,
}

impl CountedLoop {
    /// Whether `bci` is inside the loop's range.
    pub fn contains(&self, bci: u32) -> bool {
        bci >= self.head && bci <= self.back
    }
}

/// The counted loops of a method's code, innermost only, by head.
pub(super) fn counted_loops(code: &MethodCode, blocks: &Blocks) -> Vec<CountedLoop> {
    let insns = &blocks.instructions;
    let mut found = Vec::new();
    for (back_index, insn) in insns.iter().enumerate() {
        if !matches!(insn.opcode, Opcode::Goto | Opcode::GotoW) {
            continue;
        }
        let Some(head) = insn.branch_target() else { continue };
        if head >= insn.bci || found.iter().any(|l: &CountedLoop| l.head == head) {
            continue;
        }
        if let Some(l) = counted_loop(code, blocks, head, back_index) {
            found.push(l);
        }
    }
    found
}

/// The loop from `head` to the `goto` at `insns[back_index]`, if it is a counted loop.
fn counted_loop(code: &MethodCode, blocks: &Blocks, head: u32, back_index: usize) -> Option<CountedLoop> {
    let insns = &blocks.instructions;
    let back = insns[back_index].bci;
    let head_index = blocks.index_of(head)?;
    let range = &insns[head_index..=back_index];
    if !single_entry_innermost(code, blocks, head, back) {
        return None;
    }
    // The head: iload i; <n>; if_icmpge/if_icmpgt exit.
    let index = int_load(&range[0])?;
    let (bound, test) = match (range.get(1)?, range.get(2)?) {
        (load, Instruction { opcode: Opcode::Arraylength, .. }) => (Bound::Length(ref_load(load)?), 3),
        (n, _) => (int_load(n).map(Bound::Local).or_else(|| int_const(n).map(Bound::Const))?, 2),
    };
    let exit_test = range.get(test)?;
    let inclusive = match exit_test.opcode {
        Opcode::IfIcmpge => false,
        Opcode::IfIcmpgt => true,
        _ => return None,
    };
    if exit_test.branch_target()? <= back || range[1..=test].iter().any(|i| blocks.leaders.contains(&i.bci)) {
        return None;
    }
    // The latch, right before the goto, with no block starting inside it.
    let (increment, stride) = latch(&range[..range.len() - 1], index)?;
    if range.iter().any(|i| i.bci > increment && blocks.leaders.contains(&i.bci)) {
        return None;
    }
    // Nothing else in the range stores into the locals the guard reads at the entry.
    let mut fixed = BTreeSet::from([index]);
    match bound {
        Bound::Local(n) | Bound::Length(n) => {
            fixed.insert(n);
        }
        Bound::Const(_) => {}
    }
    if let Stride::Local(s) = stride {
        fixed.insert(s);
    }
    let arrays: Vec<u16> = range
        .windows(2)
        .filter(|w| w[1].bci < increment && int_load(&w[1]) == Some(index))
        .filter_map(|w| ref_load(&w[0]))
        .collect::<BTreeSet<u16>>()
        .into_iter()
        .collect();
    if arrays.is_empty() {
        return None;
    }
    fixed.extend(arrays.iter().copied());
    let stores_fixed = range.iter().filter(|i| i.bci < increment).any(|i| stored_slots(i).iter().any(|s| fixed.contains(s)));
    let latch_stores_other = range.iter().filter(|i| i.bci >= increment).any(|i| stored_slots(i).iter().any(|&s| s != index && fixed.contains(&s)));
    if stores_fixed || latch_stores_other {
        return None;
    }
    Some(CountedLoop { head, back, increment, index, stride, bound, inclusive, arrays })
}

/// Whether the range from `head` to `back` is entered only at `head` (no branch, switch or handler from
/// outside targets another of its instructions, and no handler starts inside it) and holds no other loop
/// (no backward branch but to `head`).
fn single_entry_innermost(code: &MethodCode, blocks: &Blocks, head: u32, back: u32) -> bool {
    let inside = |bci: u32| bci >= head && bci <= back;
    if code.handlers.iter().any(|h| inside(u32::from(h.handler))) {
        return false;
    }
    blocks.instructions.iter().all(|insn| {
        let targets: Vec<Option<u32>> = match &insn.operands {
            Operands::Branch(_) => vec![insn.branch_target()],
            Operands::TableSwitch(t) => t.targets(insn.bci).collect(),
            Operands::LookupSwitch(l) => l.targets(insn.bci).collect(),
            _ => return !matches!(insn.opcode, Opcode::Jsr | Opcode::JsrW | Opcode::Ret) || !inside(insn.bci),
        };
        targets.into_iter().all(|t| match t {
            None => false,
            Some(t) if inside(insn.bci) => t == head || t > insn.bci,
            Some(t) => !inside(t) || t == head,
        })
    })
}

/// The latch at the end of `body` (the instructions before the back-edge): where the increment starts and
/// the stride.
fn latch(body: &[Instruction], index: u16) -> Option<(u32, Stride)> {
    let last = body.last()?;
    if let Operands::Iinc { index: i, delta, .. } = last.operands
        && i == index
        && delta > 0
    {
        return Some((last.bci, Stride::Const(i32::from(delta))));
    }
    let [load, step, add, store] = body.get(body.len().checked_sub(4)?..)? else { return None };
    if int_load(load)? != index || add.opcode != Opcode::Iadd || int_store(store)? != index {
        return None;
    }
    let stride = match (int_load(step), int_const(step)) {
        (Some(s), _) if s != index => Stride::Local(s),
        (_, Some(c)) if c > 0 => Stride::Const(c),
        _ => return None,
    };
    Some((load.bci, stride))
}

fn int_load(insn: &Instruction) -> Option<u16> {
    use Opcode::*;
    matches!(insn.opcode, Iload | Iload0 | Iload1 | Iload2 | Iload3).then(|| insn.local_slot()).flatten()
}

fn int_store(insn: &Instruction) -> Option<u16> {
    use Opcode::*;
    matches!(insn.opcode, Istore | Istore0 | Istore1 | Istore2 | Istore3).then(|| insn.local_slot()).flatten()
}

/// The local an `aload` reads.
pub(super) fn ref_load(insn: &Instruction) -> Option<u16> {
    use Opcode::*;
    matches!(insn.opcode, Aload | Aload0 | Aload1 | Aload2 | Aload3).then(|| insn.local_slot()).flatten()
}

fn int_const(insn: &Instruction) -> Option<i32> {
    use Opcode::*;
    Some(match insn.opcode {
        IconstM1 => -1,
        Iconst0 => 0,
        Iconst1 => 1,
        Iconst2 => 2,
        Iconst3 => 3,
        Iconst4 => 4,
        Iconst5 => 5,
        Bipush | Sipush => match insn.operands {
            Operands::Int(v) => v,
            _ => return None,
        },
        _ => return None,
    })
}

/// The local slots `insn` writes (both of a long or double).
fn stored_slots(insn: &Instruction) -> Vec<u16> {
    use Opcode::*;
    let wide = matches!(insn.opcode, Lstore | Dstore | Lstore0 | Lstore1 | Lstore2 | Lstore3 | Dstore0 | Dstore1 | Dstore2 | Dstore3);
    let stores = matches!(
        insn.opcode,
        Istore | Fstore | Astore | Iinc | Istore0 | Istore1 | Istore2 | Istore3 | Fstore0 | Fstore1 | Fstore2
            | Fstore3 | Astore0 | Astore1 | Astore2 | Astore3
    );
    let slot = if wide || stores { insn.local_slot() } else { None };
    match slot {
        Some(s) if wide => vec![s, s.wrapping_add(1)],
        Some(s) => vec![s],
        None => Vec::new(),
    }
}

/// Whether the loop head at `head` (a block entered with an empty stack) is a short exit test that the
/// back-edge may repeat instead of jumping to it (loop inversion): its instructions, up to the conditional
/// branch that ends it, only read locals and constants, compute ints or longs without exceptions, or read
/// an array's length; and the branch leaves the loop (targets beyond `back`). Repeating them is exact:
/// they are the same instructions at the same bcis, and the branch goes where the head's would.
pub(super) fn invertible_head(blocks: &Blocks, head: u32, back: u32) -> Option<usize> {
    use Opcode::*;
    const MAX_TEST: usize = 12;
    let start = blocks.index_of(head)?;
    for (n, insn) in blocks.instructions[start..].iter().enumerate().take(MAX_TEST) {
        if n > 0 && blocks.leaders.contains(&insn.bci) {
            return None;
        }
        match insn.opcode {
            Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle | IfIcmpeq | IfIcmpne | IfIcmplt | IfIcmpge | IfIcmpgt | IfIcmple
            | Ifnull | Ifnonnull => {
                let target = insn.branch_target()?;
                return (target > back).then_some(n + 1);
            }
            Iload | Iload0 | Iload1 | Iload2 | Iload3 | Lload | Lload0 | Lload1 | Lload2 | Lload3 | Aload | Aload0
            | Aload1 | Aload2 | Aload3 | IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5
            | Lconst0 | Lconst1 | Bipush | Sipush | I2l | L2i | Iadd | Isub | Imul | Ladd | Lsub | Lmul | Lcmp
            | Arraylength => {}
            _ => return None,
        }
        if ends_block(insn.opcode) {
            return None;
        }
    }
    None
}

/// The loops the translator versions, and which copy it is translating (kept per method: an inlined callee
/// has its own).
#[derive(Debug, Default)]
pub(super) struct LoopState {
    /// The counted loops of the method.
    pub counted: Vec<CountedLoop>,
    /// The counted loop whose unchecked copy is being translated (an index into `counted`).
    pub fast: Option<usize>,
    /// Set while a back-edge repeats the head's exit test: `iload i` there reads the next iteration's
    /// index, which no exit test has checked yet.
    pub repeating_test: bool,
    /// This method state's first loop identity (see [`Proven`]).
    first_id: u32,
}

/// Identities of loops for [`Proven`], unique in the process.
static NEXT_LOOP_ID: AtomicU32 = AtomicU32::new(0);

impl LoopState {
    pub fn new(counted: Vec<CountedLoop>) -> Self {
        let first_id = NEXT_LOOP_ID.fetch_add(counted.len() as u32, Ordering::Relaxed);
        Self { counted, fast: None, repeating_test: false, first_id }
    }

    /// The counted loop whose unchecked copy is being translated, with its identity.
    pub fn fast_loop(&self) -> Option<(&CountedLoop, u32)> {
        self.fast.map(|k| (&self.counted[k], self.first_id + k as u32))
    }

    /// The counted loop whose range holds `bci`.
    pub fn containing(&self, bci: u32) -> Option<usize> {
        self.counted.iter().position(|l| l.contains(bci))
    }
}

/// The values proven while translating the unchecked copies of counted loops, each with the identity of its
/// loop: indices in bounds of every guarded array of that loop, and those arrays. Values are unique to the
/// function, so one map serves every method inlined into it; the identity keeps an index proven for one
/// loop's arrays from counting for another's (an inlined callee's loop can see its caller's values).
#[derive(Debug, Default)]
pub(super) struct Proven {
    pub indices: HashMap<Value, u32>,
    pub arrays: HashMap<Value, u32>,
}

/// Which copy of a bytecode block a block key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Copy {
    /// The block as it is (with every check).
    Checked,
    /// Its copy in the unchecked version of the counted loop whose range holds it.
    Unchecked,
    /// The entry guard of the counted loop whose head it is.
    Guard,
}

const UNCHECKED: u32 = 1 << 30;
const GUARD: u32 = 1 << 29;

/// The key of `copy` of the block at `bci` (bcis are below 2^16).
pub(super) fn block_key(bci: u32, copy: Copy) -> u32 {
    match copy {
        Copy::Checked => bci,
        Copy::Unchecked => bci | UNCHECKED,
        Copy::Guard => bci | GUARD,
    }
}

/// The bci and copy a block key names.
pub(super) fn block_bci(key: u32) -> (u32, Copy) {
    let bci = key & !(UNCHECKED | GUARD);
    let copy = if key & UNCHECKED != 0 {
        Copy::Unchecked
    } else if key & GUARD != 0 {
        Copy::Guard
    } else {
        Copy::Checked
    };
    (bci, copy)
}

impl Translator<'_, '_> {
    /// The key of the block an edge from the current instruction to `bci` enters: inside the unchecked copy
    /// of a counted loop, its copy of `bci` (the exits lead back to the checked blocks); from outside a
    /// counted loop to its head, the loop's entry guard; else the block itself.
    pub(super) fn block_key(&self, bci: u32) -> u32 {
        let loops = &self.cur.loops;
        if let Some((l, _)) = loops.fast_loop() {
            return if l.contains(bci) { block_key(bci, Copy::Unchecked) } else { bci };
        }
        match loops.counted.iter().find(|l| l.head == bci) {
            Some(l) if !l.contains(self.cur.bci) => block_key(bci, Copy::Guard),
            _ => bci,
        }
    }

    /// The entry guard of the counted loop at `head` (see the module documentation): into the unchecked
    /// copy if the locals' values prove every access by the induction variable in bounds, else into the
    /// checked loop.
    pub(super) fn loop_guard(&mut self, head: u32, kinds: Vec<Kind>) -> R<()> {
        let checked = self.edge_key(head, kinds.clone());
        let Some(k) = self.cur.loops.counted.iter().position(|l| l.head == head) else {
            return Err(self.malformed("a loop guard without its loop"));
        };
        if !kinds.is_empty() {
            self.b.ins().jump(checked, &[]);
            return Ok(());
        }
        let unchecked = self.edge_key(block_key(head, Copy::Unchecked), kinds);
        let l = self.cur.loops.counted[k].clone();
        let index = self.local_value(l.index, Kind::I);
        self.fail_if(IntCC::SignedLessThan, index, 0, checked);
        let stride = match l.stride {
            Stride::Const(c) => self.iconst(I64, i64::from(c)),
            Stride::Local(s) => {
                let s = self.local_value(s, Kind::I);
                self.fail_if(IntCC::SignedLessThan, s, 1, checked);
                self.b.ins().sextend(I64, s)
            }
        };
        let bound = match l.bound {
            Bound::Const(c) => self.iconst(I32, i64::from(c)),
            Bound::Local(n) => self.local_value(n, Kind::I),
            Bound::Length(b) => {
                let array = self.local_value(b, Kind::A);
                self.fail_if(IntCC::Equal, array, 0, checked);
                self.array_length(array)
            }
        };
        let bound = self.b.ins().sextend(I64, bound);
        // No wrap-around: the last index the test lets through, plus the stride, is still an int.
        let next = self.b.ins().iadd(bound, stride);
        let largest = i64::from(i32::MAX) + i64::from(!l.inclusive);
        self.fail_if(IntCC::SignedGreaterThan, next, largest, checked);
        // Every array long enough for the last index the test lets through.
        let needed = self.b.ins().iadd_imm_s(bound, i64::from(l.inclusive));
        for &a in &l.arrays {
            let array = self.local_value(a, Kind::A);
            self.fail_if(IntCC::Equal, array, 0, checked);
            let length = self.array_length(array);
            let length = self.b.ins().uextend(I64, length);
            let short = self.b.ins().icmp(IntCC::SignedGreaterThan, needed, length);
            let next = self.b.create_block();
            self.b.ins().brif(short, checked, &[], next, &[]);
            self.b.seal_block(next);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(unchecked, &[]);
        Ok(())
    }

    /// The current value of a local.
    fn local_value(&mut self, index: u16, kind: Kind) -> Value {
        let var = self.local(index, kind);
        self.b.use_var(var)
    }

    /// Branches to `fail` if `value cc imm`, else goes on.
    fn fail_if(&mut self, cc: IntCC, value: Value, imm: i64, fail: Block) {
        let bad = self.b.ins().icmp_imm_s(cc, value, imm);
        let next = self.b.create_block();
        self.b.ins().brif(bad, fail, &[], next, &[]);
        self.b.seal_block(next);
        self.b.switch_to_block(next);
    }

    /// What reading local `index` as `kind` into `value` proves in the unchecked copy of a counted loop:
    /// the induction variable read before the latch is an index in bounds of the loop's arrays; the arrays
    /// (and the bound's array) are the ones the guard checked, non-null.
    pub(super) fn note_loop_local(&mut self, index: u16, kind: Kind, value: Value) {
        let Some((l, id)) = self.cur.loops.fast_loop() else { return };
        match kind {
            Kind::I if index == l.index && self.cur.bci < l.increment && !self.cur.loops.repeating_test => {
                self.proven.indices.insert(value, id);
            }
            Kind::A if l.arrays.contains(&index) => {
                self.proven.arrays.insert(value, id);
                self.non_null.insert(value);
            }
            Kind::A if l.bound == Bound::Length(index) => {
                self.non_null.insert(value);
            }
            _ => {}
        }
    }

    /// Whether `index` is proven in bounds of `array` (both read in the same counted loop's unchecked copy).
    pub(super) fn proven_in_bounds(&self, array: Value, index: Value) -> bool {
        matches!((self.proven.arrays.get(&array), self.proven.indices.get(&index)), (Some(a), Some(i)) if a == i)
    }

    /// The back-edge at the current instruction (a `goto` to `head`, after its poll) repeating the head's
    /// exit test, `len` instructions, instead of jumping to it: the loop then takes one branch per
    /// iteration. The repeated instructions are translated as the head's (same bcis, same checks).
    pub(super) fn repeat_exit_test(&mut self, head: u32, len: usize) -> R<Flow> {
        let blocks = Rc::clone(&self.cur.blocks);
        let start = blocks.index_of(head).ok_or_else(|| self.malformed("loop head is not an instruction"))?;
        self.cur.loops.repeating_test = true;
        let mut flow = Flow::Next;
        for insn in &blocks.instructions[start..start + len] {
            self.cur.bci = insn.bci;
            flow = self.instruction(insn)?;
            if matches!(flow, Flow::Ended) {
                break;
            }
        }
        self.cur.loops.repeating_test = false;
        match flow {
            Flow::Ended => Ok(Flow::Ended),
            Flow::Next => Err(self.malformed("a repeated exit test that does not branch")),
        }
    }
}
