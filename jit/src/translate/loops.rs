//! Loop analysis over a method's bytecode: the counted loops whose array accesses by their moving ends
//! can run without their null and bounds checks, and the loop heads whose exit test can be repeated at the
//! back-edge.
//!
//! A counted loop here is an innermost loop in one contiguous bytecode range, entered only at its head,
//! that javac makes of `for (...; i < n; i += s)` (or `i <= n`), `for (...; i >= lo; i -= s)` (or
//! `i > lo`, `i > 0`), or a two-pointer `for (...; lo < hi; lo += s, hi -= t)`:
//!
//! ```text
//! head:  iload x; <y>; if_icmp<c> exit   |  iload x; if<c> exit (y = 0)
//!        <y> an int local, a constant (`ldc` too) or b.length, optionally then <k>; iadd|isub (`n - 1`, computed as
//!        ints: the guard takes the same wrapped value); <c> one of ge, gt (x grows), le, lt (x shrinks)
//!        ... body, no other loop ...
//! latch: the updates of x (and of y, if a local moving toward x), each
//!        iinc v, d  |  iload v; <s>; iadd|isub; istore v      (s a nonzero constant or an int local)
//!        goto head
//! ```
//!
//! Normalized, the loop runs while `low < high` (`low <= high`), where each end is either moving (a local
//! the latch moves toward the other end, by a constant or a local step) or fixed (`y` when the loop does
//! not store it). Nothing in the range stores into a moving end but its update, nor into a fixed end, a
//! step, `b`, or the arrays `a` read as `aload a; iload v` with `v` a moving end, optionally followed by
//! `<k>; iadd` or `<k>; isub` (or as `aload a; <k>; iload v; iadd`): those are the accesses `a[v + k]` the
//! loop versions, with the least and greatest `k` per array and end.
//!
//! The translator makes two copies of such a loop: the checked one, and one that the loop is entered in
//! only when a guard at its entry proves, from the values the locals have there (`low0`, `high0`), that
//! every such access is in bounds on every iteration. In the body, `low` takes values from `low0` to
//! `high0 - 1` (`high0` for `<=`) and `high` from `low0 + 1` (`low0`) to `high0`: each end only moves
//! toward the other, and the test holds. The guard checks, on 64 bits: each step local `>= 1`; each array
//! non-null with the least index (least value plus least offset) `>= 0` and the greatest below its
//! length; and no wrap-around (a moving end's last value in the body, moved once more, still an int, so
//! the test that ends the loop sees the true value). In the unchecked copy, a moving end read before the
//! latch, plus or minus constants (`Proven`), is an index in bounds of every guarded array read there at
//! an offset the guard checked, and those accesses go unchecked. When the guard fails, the checked copy
//! runs: exceptions come from the same access with the same message.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use classfile::bytecode::{Instruction, Operands};
use classfile::constant_pool::{Constant, ConstantPool};
use classfile::CpIndex;
use classfile::opcode::Opcode;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{self, Block, InstBuilder, InstructionData, Value};
use rt::method::MethodCode;

use super::{Flow, Kind, R, Translator};
use crate::blocks::{Blocks, ends_block};

/// A value a counted loop's head compares with that does not change in the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    /// An int local.
    Local(u16),
    /// The length of the array in a reference local.
    Length(u16),
    /// A constant.
    Const(i32),
}

/// How much a moving end changes per iteration, as a magnitude (its direction is the end's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    /// A constant, at least 1.
    Const(i64),
    /// An int local (the guard requires it at least 1).
    Local(u16),
}

/// One end of the range a counted loop's head tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum End {
    /// An int local the latch moves toward the other end by `step` each iteration.
    Moving { local: u16, step: Step },
    /// A value the loop does not change, plus a constant (added as ints are, wrapping around: the head
    /// computes `n - 1` so).
    Fixed(Bound, i32),
}

impl End {
    fn moving(&self) -> Option<u16> {
        match *self {
            End::Moving { local, .. } => Some(local),
            End::Fixed(..) => None,
        }
    }

    /// The locals the loop must not store into (besides a moving end's own latch update).
    fn reads(&self) -> Vec<u16> {
        match *self {
            End::Moving { local, step: Step::Local(s) } => vec![local, s],
            End::Moving { local, step: Step::Const(_) } => vec![local],
            End::Fixed(Bound::Local(n) | Bound::Length(n), _) => vec![n],
            End::Fixed(Bound::Const(_), _) => Vec::new(),
        }
    }
}

/// The accesses of one array local indexed by one moving end: `a[v + k]` for constants `k` from `min` to
/// `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Access {
    pub array: u16,
    pub index: u16,
    pub min: i64,
    pub max: i64,
}

/// A counted loop (see the module documentation).
#[derive(Debug, Clone)]
pub(super) struct CountedLoop {
    /// The loop head: the first instruction of the exit test.
    pub head: u32,
    /// The back-edge `goto`.
    pub back: u32,
    /// Where the latch's updates start: an `iload` of a moving end before it reads this iteration's value.
    pub increment: u32,
    /// The end that grows: the loop runs while `low < high` (`low <= high` if `inclusive`).
    pub low: End,
    /// The end that shrinks.
    pub high: End,
    pub inclusive: bool,
    /// The array accesses by a moving end the guard checks once.
    pub accesses: Vec<Access>,
}

impl CountedLoop {
    /// Whether `bci` is inside the loop's range.
    pub fn contains(&self, bci: u32) -> bool {
        bci >= self.head && bci <= self.back
    }

    /// Whether `local` is one of the moving ends.
    pub fn moves(&self, local: u16) -> bool {
        self.low.moving() == Some(local) || self.high.moving() == Some(local)
    }
}

/// Why a loop is not a counted loop (for `-XX:PrintIR`'s loop report).
pub(super) type Rejection = &'static str;

/// The loops of a method's code by back-edge (each head once), counted or with the reason they are not.
pub(super) fn analyse_loops(code: &MethodCode, cp: &ConstantPool, blocks: &Blocks) -> Vec<(u32, Result<CountedLoop, Rejection>)> {
    let insns = &blocks.instructions;
    let mut found: Vec<(u32, Result<CountedLoop, Rejection>)> = Vec::new();
    for (back_index, insn) in insns.iter().enumerate() {
        if !matches!(insn.opcode, Opcode::Goto | Opcode::GotoW) {
            continue;
        }
        let Some(head) = insn.branch_target() else { continue };
        if head >= insn.bci || found.iter().any(|(h, _)| *h == head) {
            continue;
        }
        found.push((head, counted_loop(code, cp, blocks, head, back_index)));
    }
    found
}

/// The counted loops of a method's code, innermost only, by head.
pub(super) fn counted_loops(code: &MethodCode, cp: &ConstantPool, blocks: &Blocks) -> Vec<CountedLoop> {
    analyse_loops(code, cp, blocks).into_iter().filter_map(|(_, l)| l.ok()).collect()
}

/// One line per loop of `code`: counted, with its ends and guarded accesses, or why not.
pub(super) fn loop_report(code: &MethodCode, cp: &ConstantPool, blocks: &Blocks) -> Vec<String> {
    analyse_loops(code, cp, blocks)
        .into_iter()
        .map(|(head, l)| match l {
            Ok(l) => format!(
                "loop at bci {head}: counted, {:?} {} {:?}, guarded {:?}",
                l.low,
                if l.inclusive { "<=" } else { "<" },
                l.high,
                l.accesses
            ),
            Err(why) => format!("loop at bci {head}: not counted: {why}"),
        })
        .collect()
}

/// The loop from `head` to the `goto` at `insns[back_index]`, if it is a counted loop.
fn counted_loop(code: &MethodCode, cp: &ConstantPool, blocks: &Blocks, head: u32, back_index: usize) -> Result<CountedLoop, Rejection> {
    let insns = &blocks.instructions;
    let back = insns[back_index].bci;
    let head_index = blocks.index_of(head).ok_or("the head is not an instruction")?;
    let range = &insns[head_index..=back_index];
    single_entry_innermost(code, blocks, head, back)?;
    let (x, y, plus, test, exit) = exit_test(range, cp).ok_or("the head is not `iload; <int>; if<cond> exit`")?;
    if exit.branch_target().is_none_or(|t| t <= back) || range[1..=test].iter().any(|i| blocks.leaders.contains(&i.bci)) {
        return Err("the head's test does not leave the loop");
    }
    // The latch: a run of updates of int locals right before the goto, with no block starting inside it.
    let body = &range[..range.len() - 1];
    let tested: Vec<u16> = std::iter::once(x).chain(match y {
        Bound::Local(n) => Some(n),
        _ => None,
    })
    .collect();
    let updates = latch(body, cp, &tested, &blocks.leaders);
    let increment = updates.last().map(|u| u.bci).ok_or("no `iinc` or `i = i +/- s` right before the back-edge")?;
    if range.iter().any(|i| i.bci > increment && blocks.leaders.contains(&i.bci)) {
        return Err("a branch into the latch");
    }
    let update_of = |local: u16| updates.iter().find(|u| u.local == local);
    let moving = |local: u16, up: bool| -> Result<End, Rejection> {
        match update_of(local) {
            Some(u) if u.up == up => u.step.map(|step| End::Moving { local, step }).ok_or("a moving end's step is not a constant or another local"),
            Some(_) => Err("an end moves away from the other"),
            None => Err("the tested index is not updated at the latch"),
        }
    };
    let fixed_or_moving = |y: Bound, up: bool| -> Result<End, Rejection> {
        match y {
            Bound::Local(n) if update_of(n).is_some() && plus == 0 => moving(n, up),
            Bound::Local(n) if update_of(n).is_some() => Err("a moving end plus a constant"),
            Bound::Const(c) => Ok(End::Fixed(Bound::Const(c.wrapping_add(plus)), 0)),
            _ => Ok(End::Fixed(y, plus)),
        }
    };
    let (low, high) = match exit.opcode {
        // Runs while x < y or x <= y: x grows.
        Opcode::IfIcmpge | Opcode::IfIcmpgt | Opcode::Ifge | Opcode::Ifgt => (moving(x, true)?, fixed_or_moving(y, false)?),
        // Runs while x > y or x >= y: x shrinks.
        _ => (fixed_or_moving(y, true)?, moving(x, false)?),
    };
    let inclusive = matches!(exit.opcode, Opcode::IfIcmpgt | Opcode::Ifgt | Opcode::IfIcmplt | Opcode::Iflt);
    if low.moving().is_some() && low.moving() == high.moving() {
        return Err("the head compares a local with itself");
    }
    // Nothing stores into what the guard reads at the entry, but the moving ends' own updates.
    let mut fixed: BTreeSet<u16> = low.reads().into_iter().chain(high.reads()).collect();
    let step_moves = [low, high].iter().any(|e| matches!(e, End::Moving { step: Step::Local(s), .. } if low.moving() == Some(*s) || high.moving() == Some(*s)));
    if step_moves {
        return Err("a step is a moving end");
    }
    let accesses = accesses(&range[test + 1..], cp, increment, |v| low.moving() == Some(v) || high.moving() == Some(v));
    if accesses.is_empty() {
        return Err("no array is indexed by a moving end");
    }
    fixed.extend(accesses.iter().map(|a| a.array));
    let moving_locals = [low.moving(), high.moving()];
    for insn in range {
        let own_update = insn.bci >= increment;
        if stored_slots(insn).iter().any(|s| fixed.contains(s) && !(own_update && moving_locals.contains(&Some(*s)))) {
            return Err("the loop stores into its bound, step or an indexed array");
        }
    }
    Ok(CountedLoop { head, back, increment, low, high, inclusive, accesses })
}

/// The head's exit test: `iload x; <y>; if_icmp<cond>` (`<y>` an int local, a constant or `b.length`,
/// optionally followed by `<k>; iadd|isub`) or `iload x; if<cond>` (y = 0), with the constant added to
/// `y`, the index of the branch in `range` and the branch.
fn exit_test<'i>(range: &'i [Instruction], cp: &ConstantPool) -> Option<(u16, Bound, i32, usize, &'i Instruction)> {
    use Opcode::*;
    let x = int_load(range.first()?)?;
    let second = range.get(1)?;
    if matches!(second.opcode, Ifge | Ifgt | Ifle | Iflt) {
        return Some((x, Bound::Const(0), 0, 1, second));
    }
    let (y, mut test) = match range.get(2)? {
        Instruction { opcode: Arraylength, .. } => (Bound::Length(ref_load(second)?), 3),
        _ => (int_load(second).map(Bound::Local).or_else(|| int_const(cp, second).map(Bound::Const))?, 2),
    };
    let mut plus = 0;
    if let (Some(k), Some(op)) = (range.get(test).and_then(|i| int_const(cp, i)), range.get(test + 1))
        && matches!(op.opcode, Iadd | Isub)
    {
        plus = if op.opcode == Isub { k.wrapping_neg() } else { k };
        test += 2;
    }
    let branch = range.get(test)?;
    matches!(branch.opcode, IfIcmpge | IfIcmpgt | IfIcmple | IfIcmplt).then_some((x, y, plus, test, branch))
}

/// An update of an int local in a loop's latch.
#[derive(Debug, Clone, Copy)]
struct Update {
    /// Its first instruction.
    bci: u32,
    local: u16,
    /// Whether it grows the local.
    up: bool,
    /// How much, if a constant or another local.
    step: Option<Step>,
}

/// The run of updates (`iinc v, d` or `iload v; <s>; iadd|isub; istore v`, each of a different local among
/// `tested`) that ends `body`, the last first. It stops at an update that starts a block (the target of a
/// `continue`), so that no branch enters the run but at its start.
fn latch(body: &[Instruction], cp: &ConstantPool, tested: &[u16], leaders: &BTreeSet<u32>) -> Vec<Update> {
    let mut updates: Vec<Update> = Vec::new();
    let mut end = body.len();
    while let Some((used, u)) = update_at_end(&body[..end], cp) {
        if !tested.contains(&u.local) || updates.iter().any(|v| v.local == u.local) {
            break;
        }
        updates.push(u);
        end -= used;
        if leaders.contains(&u.bci) {
            break;
        }
    }
    updates
}

/// The update that ends `body`, if one does, and its number of instructions.
fn update_at_end(body: &[Instruction], cp: &ConstantPool) -> Option<(usize, Update)> {
    let last = body.last()?;
    if let Operands::Iinc { index, delta, .. } = last.operands {
        let d = i64::from(delta);
        let step = (d != 0).then_some(Step::Const(d.abs()));
        return Some((1, Update { bci: last.bci, local: index, up: d > 0, step }));
    }
    let [load, step, op, store] = body.get(body.len().checked_sub(4)?..)? else { return None };
    let local = int_load(load)?;
    if int_store(store)? != local || !matches!(op.opcode, Opcode::Iadd | Opcode::Isub) {
        return None;
    }
    let sub = op.opcode == Opcode::Isub;
    let (up, step) = match (int_load(step), int_const(cp, step)) {
        (Some(s), _) if s != local => (!sub, Some(Step::Local(s))),
        (_, Some(c)) => ((c > 0) != sub, (c != 0).then_some(Step::Const(i64::from(c).abs()))),
        _ => return None,
    };
    Some((4, Update { bci: load.bci, local, up, step }))
}

/// The accesses `aload a; iload v` (`v` a moving end), optionally followed by `<k>; iadd` or `<k>; isub`, or
/// `aload a; <k>; iload v; iadd`, among the instructions before `increment`, by array and index with the
/// least and greatest offset `k`.
fn accesses(body: &[Instruction], cp: &ConstantPool, increment: u32, moves: impl Fn(u16) -> bool) -> Vec<Access> {
    let body: Vec<&Instruction> = body.iter().take_while(|i| i.bci < increment).collect();
    let mut found: Vec<Access> = Vec::new();
    for (p, insn) in body.iter().enumerate() {
        let Some(array) = ref_load(insn) else { continue };
        let at = |k: usize| body.get(p + k).copied();
        let opcode_at = |k: usize| at(k).map(|i| i.opcode);
        let access = match at(1).and_then(int_load) {
            Some(v) if moves(v) => {
                let k = at(2).and_then(|i| int_const(cp, i)).map(i64::from);
                match (k, opcode_at(3)) {
                    (Some(k), Some(Opcode::Iadd)) => Some((v, k)),
                    (Some(k), Some(Opcode::Isub)) => Some((v, -k)),
                    _ => Some((v, 0)),
                }
            }
            _ => match (at(1).and_then(|i| int_const(cp, i)), at(2).and_then(int_load), opcode_at(3)) {
                (Some(k), Some(v), Some(Opcode::Iadd)) if moves(v) => Some((v, i64::from(k))),
                _ => None,
            },
        };
        let Some((index, k)) = access else { continue };
        match found.iter_mut().find(|a| a.array == array && a.index == index) {
            Some(a) => {
                a.min = a.min.min(k);
                a.max = a.max.max(k);
            }
            None => found.push(Access { array, index, min: k, max: k }),
        }
    }
    found
}

/// Whether the range from `head` to `back` is entered only at `head` (no branch, switch or handler from
/// outside targets another of its instructions, and no handler starts inside it) and holds no other loop
/// (no backward branch but to `head`); if not, why.
fn single_entry_innermost(code: &MethodCode, blocks: &Blocks, head: u32, back: u32) -> Result<(), Rejection> {
    let inside = |bci: u32| bci >= head && bci <= back;
    if code.handlers.iter().any(|h| inside(u32::from(h.handler))) {
        return Err("an exception handler inside the loop");
    }
    for insn in &blocks.instructions {
        let targets: Vec<Option<u32>> = match &insn.operands {
            Operands::Branch(_) => vec![insn.branch_target()],
            Operands::TableSwitch(t) => t.targets(insn.bci).collect(),
            Operands::LookupSwitch(l) => l.targets(insn.bci).collect(),
            _ if matches!(insn.opcode, Opcode::Jsr | Opcode::JsrW | Opcode::Ret) && inside(insn.bci) => {
                return Err("a subroutine inside the loop");
            }
            _ => continue,
        };
        for t in targets {
            match t {
                None => return Err("a branch without a target"),
                Some(t) if inside(insn.bci) && t != head && t <= insn.bci => return Err("not innermost (holds another loop)"),
                Some(t) if !inside(insn.bci) && inside(t) && t != head => return Err("entered elsewhere than at its head"),
                _ => {}
            }
        }
    }
    Ok(())
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

/// The int an instruction pushes if it pushes a constant (`ldc` of an `Integer` included).
fn int_const(cp: &ConstantPool, insn: &Instruction) -> Option<i32> {
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
        Ldc | LdcW => match cp.get(CpIndex(insn.cp_index()?)) {
            Ok(Constant::Integer(v)) => *v,
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
/// loop: indices (a moving end plus a constant offset) and the guarded arrays, with the offsets from each
/// moving end the guard proved in bounds. Values are unique to the function, so one map serves every method
/// inlined into it; the identity keeps an index proven for one loop's arrays from counting for another's (an
/// inlined callee's loop can see its caller's values).
#[derive(Debug, Default)]
pub(super) struct Proven {
    pub indices: HashMap<Value, ProvenIndex>,
    /// Array values: the loop and the local they were read from.
    pub arrays: HashMap<Value, (u32, u16)>,
    /// By (loop, array local, index local): the least and greatest offset the guard checked.
    pub ranges: HashMap<(u32, u16, u16), (i64, i64)>,
}

/// An int value that is a moving end of a counted loop, read before the latch, plus `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ProvenIndex {
    pub id: u32,
    pub local: u16,
    pub offset: i64,
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
    /// copy if the locals' values prove every guarded access in bounds on every iteration, else into the
    /// checked loop. The arithmetic is on 64 bits, where no sum of these ints and offsets overflows.
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
        let low = self.end_value(l.low, checked);
        let high = self.end_value(l.high, checked);
        // The values the ends have in the body: low from `low` to `high - strict`, high from `low + strict`
        // to `high` (each end only moves toward the other, and the test holds).
        let strict = i64::from(!l.inclusive);
        let low_last = self.b.ins().iadd_imm_s(high, -strict);
        let high_last = self.b.ins().iadd_imm_s(low, strict);
        // No wrap-around: a moving end's last value in the body, moved once more, is still an int.
        if let End::Moving { step, .. } = l.low {
            let step = self.step_value(step, checked);
            let next = self.b.ins().iadd(low_last, step);
            self.fail_if(IntCC::SignedGreaterThan, next, i64::from(i32::MAX), checked);
        }
        if let End::Moving { step, .. } = l.high {
            let step = self.step_value(step, checked);
            let next = self.b.ins().isub(high_last, step);
            self.fail_if(IntCC::SignedLessThan, next, i64::from(i32::MIN), checked);
        }
        // Every guarded array non-null, and every offset from the least to the greatest in its bounds for
        // every value of its index.
        for a in &l.accesses {
            let (least, greatest) = if l.low.moving() == Some(a.index) { (low, low_last) } else { (high_last, high) };
            let least = self.b.ins().iadd_imm_s(least, a.min);
            self.fail_if(IntCC::SignedLessThan, least, 0, checked);
            let array = self.local_value(a.array, Kind::A);
            self.fail_if(IntCC::Equal, array, 0, checked);
            let length = self.array_length(array);
            let length = self.b.ins().uextend(I64, length);
            let greatest = self.b.ins().iadd_imm_s(greatest, a.max);
            let out = self.b.ins().icmp(IntCC::SignedGreaterThanOrEqual, greatest, length);
            let next = self.b.create_block();
            self.b.ins().brif(out, checked, &[], next, &[]);
            self.b.seal_block(next);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(unchecked, &[]);
        Ok(())
    }

    /// An end's value at the loop's entry (the int the head compares), sign-extended to 64 bits (to `fail`
    /// if it is the length of null).
    fn end_value(&mut self, end: End, fail: Block) -> Value {
        let (v, plus) = match end {
            End::Moving { local, .. } => (self.local_value(local, Kind::I), 0),
            End::Fixed(Bound::Local(local), plus) => (self.local_value(local, Kind::I), plus),
            End::Fixed(Bound::Const(c), plus) => return self.iconst(I64, i64::from(c.wrapping_add(plus))),
            End::Fixed(Bound::Length(b), plus) => {
                let array = self.local_value(b, Kind::A);
                self.fail_if(IntCC::Equal, array, 0, fail);
                (self.array_length(array), plus)
            }
        };
        // On 32 bits, wrapping around as the head's `iadd`/`isub` does.
        let v = if plus == 0 { v } else { self.b.ins().iadd_imm_s(v, i64::from(plus)) };
        self.b.ins().sextend(I64, v)
    }

    /// A step's value at the loop's entry on 64 bits (to `fail` if it is a local below 1).
    fn step_value(&mut self, step: Step, fail: Block) -> Value {
        match step {
            Step::Const(c) => self.iconst(I64, c),
            Step::Local(s) => {
                let s = self.local_value(s, Kind::I);
                self.fail_if(IntCC::SignedLessThan, s, 1, fail);
                self.b.ins().sextend(I64, s)
            }
        }
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

    /// What reading local `index` as `kind` into `value` proves in the unchecked copy of a counted loop: a
    /// moving end read before the latch is an index (offset 0); a guarded array is the one the guard
    /// checked, non-null, with the offsets it checked; the bound's array is non-null.
    pub(super) fn note_loop_local(&mut self, index: u16, kind: Kind, value: Value) {
        let Some((l, id)) = self.cur.loops.fast_loop() else { return };
        match kind {
            Kind::I if l.moves(index) && self.cur.bci < l.increment && !self.cur.loops.repeating_test => {
                self.proven.indices.insert(value, ProvenIndex { id, local: index, offset: 0 });
            }
            Kind::A if l.accesses.iter().any(|a| a.array == index) => {
                for a in l.accesses.iter().filter(|a| a.array == index) {
                    self.proven.ranges.insert((id, a.array, a.index), (a.min, a.max));
                }
                self.proven.arrays.insert(value, (id, index));
                self.non_null.insert(value);
            }
            Kind::A if [l.low, l.high].iter().any(|e| matches!(e, End::Fixed(Bound::Length(b), _) if *b == index)) => {
                self.non_null.insert(value);
            }
            _ => {}
        }
    }

    /// `iadd` or `isub`; a proven index plus or minus a constant is a proven index with that offset.
    pub(super) fn add_or_sub(&mut self, sub: bool) -> R<()> {
        let y = self.pop_kind(Kind::I)?;
        let x = self.pop_kind(Kind::I)?;
        let r = if sub { self.b.ins().isub(x, y) } else { self.b.ins().iadd(x, y) };
        if !self.proven.indices.is_empty() {
            let shifted = match (self.proven.indices.get(&x).copied(), self.int_constant(y)) {
                (Some(p), Some(c)) => Some((p, if sub { -c } else { c })),
                _ if sub => None,
                _ => self.proven.indices.get(&y).copied().zip(self.int_constant(x)),
            };
            if let Some((p, c)) = shifted {
                self.proven.indices.insert(r, ProvenIndex { offset: p.offset.saturating_add(c), ..p });
            }
        }
        self.push(r, Kind::I);
        Ok(())
    }

    /// The value of `v` if an int constant defines it.
    fn int_constant(&self, v: Value) -> Option<i64> {
        let dfg = &self.b.func.dfg;
        let inst = dfg.value_def(v).inst()?;
        match dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } if dfg.value_type(v) == I32 => {
                Some(i64::from(imm.bits() as i32))
            }
            _ => None,
        }
    }

    /// Whether `index` is proven in bounds of `array`: both read in the same counted loop's unchecked copy,
    /// the index at an offset the guard checked for that array.
    pub(super) fn proven_in_bounds(&self, array: Value, index: Value) -> bool {
        let (Some(&(id, local)), Some(i)) = (self.proven.arrays.get(&array), self.proven.indices.get(&index)) else {
            return false;
        };
        id == i.id && self.proven.ranges.get(&(id, local, i.local)).is_some_and(|&(min, max)| (min..=max).contains(&i.offset))
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
