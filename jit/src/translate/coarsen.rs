//! Lock coarsening: an unlock of an object followed, with nothing between that may block, call out or
//! synchronize, by a lock of the same object, becomes neither. The two `synchronized` regions run as one.
//!
//! The typical source is inlining: `c.add(i); c.addBlock(i);` with both callees `synchronized` on `c` leaves
//! `unlock(c)` at the first callee's return and `lock(c)` at the second's start, with only the second call's
//! argument pushes and its inline guard between. The Java memory model allows the merge (it moves the
//! accesses between into the region, never out of one); what it must not change is what a program can
//! observe of the monitor, and when a lock is held that another thread may wait for. So the code between
//! the two regions (the *gap*) may hold only instructions that run for a bounded time and touch no monitor:
//! no calls (a Java call may block, `wait`, ask `Thread.holdsLock` or take other locks, and the safepoint
//! poll's slow path is a call), no atomics (another object's lock: merging across it could deadlock), no
//! back-edge (no lock is held from one iteration of a loop into the next).
//!
//! The gap is a straight path of blocks from the unlock's continuation to the lock's head. A conditional
//! branch may leave it for a cold block (an inline guard's miss, a throw, an allocation's slow path): such
//! an edge gets a block of its own that releases the monitor first (`unlock_unwinding`, a leaf call), so
//! whatever runs there, a call, a handler or the caller, sees the monitor as the program left it at the end
//! of the first region. Other edges may join the gap (the miss path of the first call's guard rejoins at
//! its continuation): they never passed the unlock, so a flag along the gap (a block parameter where edges
//! join: 1 from the unlock, 0 from elsewhere) says whether the lock is skipped and the exits release.
//!
//! The translator emits each lock and unlock as `jump head`, with the sequence (the thin-lock swap and the
//! runtime call on failure) from `head` to `cont`, and records it as a [`Site`]. Merging a pair sends the
//! lock's jump to its continuation (where the flag is set), and the unlock's to a check that the thread
//! holds the object, which goes on to the continuation: an unlock by a thread that is not the owner must
//! still throw `IllegalMonitorStateException` (bytecode need not be structured), so the check falls back to
//! the unlock when the mark word is not the thread's thin lock and the runtime says the thread does not
//! hold it. The check is a load and a compare where the unlock was a compare-and-swap.
//!
//! The pass runs before `finalize` (so the stack-map spiller sees the calls it adds) and after the
//! redundant block parameters are gone (so the object is the same SSA value on both sides; the monitor of a
//! static `synchronized` method is its class's mirror, loaded afresh at each lock, so there the mirror slot
//! it was loaded from, which never changes once set, says it is one object).

use std::collections::{HashMap, HashSet};

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, BlockCall, Function, Inst, InstBuilder, InstructionData, MemFlagsData, Opcode, SigRef, Signature, Value, ValueDef,
};
use rt::monitor::{THIN, THIN_OWNER_MASK};

use crate::calls;

use super::monitors::OFF_LOCK_BITS;

/// The most blocks a gap may span (a guard and a few checks take one each).
const MAX_GAP_BLOCKS: usize = 16;

/// One lock or unlock the translator emitted: `jump` (to `head`) starts it, `cont` follows it, `obj` is the
/// object, and `mirror` the mirror slot it was read from (a static `synchronized` method's class), if so.
#[derive(Debug, Clone, Copy)]
pub(super) struct Site {
    pub(super) jump: Inst,
    pub(super) head: Block,
    pub(super) cont: Block,
    pub(super) obj: Value,
    pub(super) mirror: Option<usize>,
}

/// The locks and unlocks of one function.
#[derive(Debug, Default)]
pub(super) struct Sites {
    pub(super) locks: Vec<Site>,
    pub(super) unlocks: Vec<Site>,
}

/// What the inserted code needs: the runtime's address and the thread (the entry block's first parameter).
pub(super) struct Context {
    pub(super) rt: i64,
    pub(super) thread: Value,
}

/// The signatures of the two runtime calls the inserted code makes, imported into the function.
#[derive(Clone, Copy)]
struct Sigs {
    unlock_unwinding: SigRef,
    holds_lock: SigRef,
}

/// A gap found: the lock that ends it, the blocks after the unlock's continuation (each with the branch
/// that enters it from the block before), and the branches that leave it for cold blocks (branch,
/// destination index).
struct Gap {
    lock: Site,
    steps: Vec<(Block, Inst)>,
    exits: Vec<(Inst, usize)>,
}

/// Merges every unlock/lock pair of `sites` in `func` that a gap separates; returns how many. Unreachable
/// code must have been removed and the trivial block parameters replaced first.
pub(super) fn coarsen(func: &mut Function, sites: &Sites, cx: &Context) -> u32 {
    if sites.locks.is_empty() || sites.unlocks.is_empty() {
        return 0;
    }
    let locks: HashMap<Block, Site> = sites.locks.iter().map(|s| (s.head, *s)).collect();
    let mut used = HashSet::new();
    let mut merged = 0;
    let mut sigs = None;
    let mut cfg = ControlFlowGraph::with_function(func);
    let mut domtree = DominatorTree::with_function(func, &cfg);
    for unlock in &sites.unlocks {
        if !starts(func, unlock) {
            continue;
        }
        let Some(gap) = find_gap(func, &cfg, &domtree, &locks, unlock, &used) else { continue };
        if !starts(func, &gap.lock) || !func.dfg.block_params(gap.lock.cont).is_empty() {
            continue;
        }
        used.insert(unlock.cont);
        used.extend(gap.steps.iter().map(|&(b, _)| b));
        let obj = func.dfg.resolve_aliases(unlock.obj);
        let sigs = *sigs.get_or_insert_with(|| Sigs {
            unlock_unwinding: import_signature(func, calls::unlock_unwinding()),
            holds_lock: import_signature(func, calls::holds_lock()),
        });
        merge(func, &cfg, unlock, &gap, obj, cx, sigs);
        merged += 1;
        cfg.compute(func);
        domtree.compute(func, &cfg);
    }
    merged
}

/// Merges `unlock` with the lock that ends `gap`. The merged state is a flag along the gap: 1 from the
/// unlock on, 0 on every other edge into a block of the gap (a path that never passed the unlock, which
/// must lock and unlock as before), a block parameter where such edges join. The lock is skipped where
/// the flag is set, and a branch out of the gap releases the monitor where it is set.
fn merge(func: &mut Function, cfg: &ControlFlowGraph, unlock: &Site, gap: &Gap, obj: Value, cx: &Context, sigs: Sigs) {
    let mut pos = FuncCursor::new(func).at_first_insertion_point(unlock.cont);
    let mut flag = pos.ins().iconst(I32, 1);
    let mut flag_at = HashMap::from([(unlock.cont, flag)]);
    let mut set = true;
    for &(block, from) in &gap.steps {
        if cfg.pred_iter(block).count() > 1 {
            let param = func.dfg.append_block_param(block, I32);
            for pred in cfg.pred_iter(block) {
                let value = if pred.inst == from {
                    flag
                } else {
                    let mut pos = FuncCursor::new(func).at_inst(pred.inst);
                    pos.ins().iconst(I32, 0)
                };
                let dfg = &mut func.dfg;
                for dest in dfg.insts[pred.inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables) {
                    if dest.block(&dfg.value_lists) == block {
                        dest.append_argument(value, &mut dfg.value_lists);
                    }
                }
            }
            flag = param;
            set = false;
        }
        flag_at.insert(block, flag);
    }
    for &(branch, index) in &gap.exits {
        let block = func.layout.inst_block(branch).expect("a branch of the gap is in the layout");
        let flag = flag_at[&block];
        insert_exit(func, branch, index, obj, flag, cx, sigs);
    }
    let check = insert_check(func, unlock, obj, cx, sigs);
    redirect(func, unlock.jump, check);
    if set {
        redirect(func, gap.lock.jump, gap.lock.cont);
    } else {
        let mut pos = FuncCursor::new(func).at_inst(gap.lock.jump);
        pos.ins().brif(flag, gap.lock.cont, &[], gap.lock.head, &[]);
        pos.func.layout.remove_inst(gap.lock.jump);
    }
}

/// Whether `site`'s jump is still in the function and still goes to its head.
fn starts(func: &Function, site: &Site) -> bool {
    func.layout.inst_block(site.jump).is_some()
        && matches!(func.dfg.insts[site.jump], InstructionData::Jump { destination, .. } if destination.block(&func.dfg.value_lists) == site.head)
}

/// The gap after `unlock`, if it ends at a lock of the same object (see the module documentation) and no
/// block of it is in `used` (another gap).
fn find_gap(
    func: &Function,
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
    locks: &HashMap<Block, Site>,
    unlock: &Site,
    used: &HashSet<Block>,
) -> Option<Gap> {
    let obj = func.dfg.resolve_aliases(unlock.obj);
    let mut block = unlock.cont;
    if !func.dfg.block_params(block).is_empty() || used.contains(&block) {
        return None;
    }
    let mut steps: Vec<(Block, Inst)> = Vec::new();
    let mut exits = Vec::new();
    loop {
        if steps.len() >= MAX_GAP_BLOCKS {
            return None;
        }
        let last = func.layout.last_inst(block)?;
        if !func.layout.block_insts(block).filter(|&i| i != last).all(|i| harmless(func.dfg.insts[i].opcode())) {
            return None;
        }
        let next = match func.dfg.insts[last] {
            InstructionData::Jump { destination, .. } => {
                let target = destination.block(&func.dfg.value_lists);
                if let Some(lock) = locks.get(&target)
                    && lock.jump == last
                    && (func.dfg.resolve_aliases(lock.obj) == obj || (lock.mirror.is_some() && lock.mirror == unlock.mirror))
                {
                    return Some(Gap { lock: *lock, steps, exits });
                }
                target
            }
            InstructionData::Brif { blocks, .. } => {
                let [then, other] = blocks.map(|c| c.block(&func.dfg.value_lists));
                let (next, index) = match (func.layout.is_cold(then), func.layout.is_cold(other)) {
                    (false, true) => (then, 1),
                    (true, false) => (other, 0),
                    _ => return None,
                };
                exits.push((last, index));
                next
            }
            _ => return None,
        };
        // Never around a loop (`next` dominating `block` is a back-edge), never into another gap, and where
        // other edges join, `obj` must be there for the exits after.
        let joins = cfg.pred_iter(next).count() > 1;
        if func.layout.is_cold(next)
            || used.contains(&next)
            || next == unlock.cont
            || steps.iter().any(|&(b, _)| b == next)
            || domtree.block_dominates(next, block)
            || (joins && !defined_before(func, domtree, obj, next))
        {
            return None;
        }
        steps.push((next, last));
        block = next;
    }
}

/// Whether `value` is defined in a block that strictly dominates `block`, or is one of its parameters.
fn defined_before(func: &Function, domtree: &DominatorTree, value: Value, block: Block) -> bool {
    match func.dfg.value_def(value) {
        ValueDef::Result(inst, _) => func.layout.inst_block(inst).is_some_and(|b| b != block && domtree.block_dominates(b, block)),
        ValueDef::Param(b, _) => domtree.block_dominates(b, block),
        _ => false,
    }
}

/// Whether an instruction may sit in a gap: it runs for a bounded time and touches no monitor.
fn harmless(op: Opcode) -> bool {
    !(op.is_call()
        || op.is_branch()
        || op.is_terminator()
        || op.is_return()
        || matches!(op, Opcode::AtomicCas | Opcode::AtomicRmw | Opcode::AtomicLoad | Opcode::AtomicStore | Opcode::Fence))
}

/// `call`'s signature, imported into `func`.
fn import_signature(func: &mut Function, call: calls::RuntimeCall) -> SigRef {
    let mut sig = Signature::new(func.signature.call_conv);
    sig.params.extend(call.params.iter().map(|&t| AbiParam::new(t)));
    sig.returns.extend(call.returns.iter().map(|&t| AbiParam::new(t)));
    func.import_signature(sig)
}

/// Makes destination `index` of `branch` go through a new cold block that releases `obj` first if `flag`
/// (else passes 0, which `unlock_unwinding` ignores).
fn insert_exit(func: &mut Function, branch: Inst, index: usize, obj: Value, flag: Value, cx: &Context, sigs: Sigs) {
    let dfg = &mut func.dfg;
    let old = dfg.insts[branch].branch_destination(&dfg.jump_tables, &dfg.exception_tables)[index];
    let exit = dfg.make_block();
    let dests = dfg.insts[branch].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables);
    dests[index] = BlockCall::new(exit, [], &mut dfg.value_lists);
    func.layout.append_block(exit);
    func.layout.set_cold(exit);
    let mut pos = FuncCursor::new(func).at_bottom(exit);
    let none = pos.ins().iconst(I64, 0);
    let held = pos.ins().select(flag, obj, none);
    call(&mut pos, sigs.unlock_unwinding, calls::unlock_unwinding(), cx, held);
    // The old destination keeps its arguments (values that dominate the branch, so the new block too).
    let target = old.block(&pos.func.dfg.value_lists);
    let args: Vec<BlockArg> = old.args(&pos.func.dfg.value_lists).collect();
    pos.ins().jump(target, &args);
}

/// The block that replaces the unlock `site` of `obj`: it goes on to the unlock's continuation if the thread
/// holds `obj` (a thin lock of its own inline, any other state asking the runtime), and to the unlock
/// otherwise, which then throws `IllegalMonitorStateException` as it would have unmerged.
fn insert_check(func: &mut Function, site: &Site, obj: Value, cx: &Context, sigs: Sigs) -> Block {
    let check = func.dfg.make_block();
    let ask = func.dfg.make_block();
    func.layout.append_block(check);
    func.layout.append_block(ask);
    func.layout.set_cold(ask);
    let mut pos = FuncCursor::new(func).at_bottom(check);
    let bits = pos.ins().load(I64, MemFlagsData::trusted(), cx.thread, OFF_LOCK_BITS);
    let m = pos.ins().load(I64, MemFlagsData::new().with_notrap(), obj, rt::object::MARK_OFFSET as i32);
    let owner = pos.ins().band_imm_u(m, THIN_OWNER_MASK as i64);
    // A thread that never locked has no bits: `THIN` alone names nobody (owner ids start at 1).
    let expected = pos.ins().bor_imm_u(bits, THIN as i64);
    let mine = pos.ins().icmp(IntCC::Equal, owner, expected);
    pos.ins().brif(mine, site.cont, &[], ask, &[]);
    pos.goto_bottom(ask);
    let held = call(&mut pos, sigs.holds_lock, calls::holds_lock(), cx, obj);
    pos.ins().brif(held[0], site.cont, &[], site.head, &[]);
    check
}

/// Calls the leaf runtime call `c` (signature `sig`) with the runtime, the thread and `obj`.
fn call(pos: &mut FuncCursor, sig: SigRef, c: calls::RuntimeCall, cx: &Context, obj: Value) -> Vec<Value> {
    let rt = pos.ins().iconst(I64, cx.rt);
    let callee = pos.ins().iconst(I64, c.addr as i64);
    let inst = pos.ins().call_indirect(sig, callee, &[rt, cx.thread, obj]);
    pos.func.dfg.inst_results(inst).to_vec()
}

/// Makes the jump `jump` go to `to` instead (skipping a lock or unlock sequence).
fn redirect(func: &mut Function, jump: Inst, to: Block) {
    let dfg = &mut func.dfg;
    let dests = dfg.insts[jump].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables);
    dests[0] = BlockCall::new(to, [], &mut dfg.value_lists);
}
