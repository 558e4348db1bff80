//! Trivial block parameters: a parameter whose every incoming edge passes either one other value or the
//! parameter itself is that value.
//!
//! The SSA builder leaves such parameters at the heads of nested loops for the variables an inner loop
//! never changes (blocks are sealed only at the end), and Cranelift's `remove_constant_phis` keeps them when
//! the one value is itself a parameter of an outer loop. Each would be a register of its own through the
//! inner loop, with moves on its edges: an inner loop's invariants (a stride, a bound, the thread) cost
//! registers twice, and its back-edge becomes a block of moves. Replacing them by the value is the classic
//! removal of trivial phis; the value dominates the block, since every path into it carries the value.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{BlockArg, BlockCall, Function, Inst, Value};

/// Replaces every trivial block parameter of `func` (see the module documentation) by its value, until none
/// is left; unreachable blocks must have been removed first.
pub(super) fn remove_trivial_params(func: &mut Function) {
    loop {
        let (only, edges) = incoming(func);
        let candidates: HashMap<Value, Value> = only.into_iter().filter_map(|(formal, v)| v.map(|v| (formal, v))).collect();
        // A parameter whose value is another candidate waits for the next round (and a cycle of candidates,
        // which only unreachable code could make, is never removed).
        let remove: HashMap<Value, Value> = candidates.iter().filter(|(_, v)| !candidates.contains_key(v)).map(|(&f, &v)| (f, v)).collect();
        if remove.is_empty() {
            return;
        }
        for (inst, ix) in edges {
            let call = func.dfg.insts[inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables)[ix];
            let target = call.block(&func.dfg.value_lists);
            let formals = func.dfg.block_params(target);
            if !formals.iter().any(|f| remove.contains_key(f)) {
                continue;
            }
            let kept: Vec<BlockArg> =
                call.args(&func.dfg.value_lists).zip(formals.iter()).filter(|(_, f)| !remove.contains_key(f)).map(|(a, _)| a).collect();
            let dfg = &mut func.dfg;
            let dests = dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables);
            dests[ix] = BlockCall::new(target, kept, &mut dfg.value_lists);
        }
        for (formal, value) in remove {
            func.dfg.remove_block_param(formal);
            func.dfg.change_to_alias(formal, value);
        }
    }
}

/// For every block parameter that some edge passes an argument to: the one value other than itself its
/// edges pass (`None`: several, or an argument that is no plain value); and every edge, as (branch,
/// destination index).
#[expect(clippy::type_complexity, reason = "a private helper's two results")]
fn incoming(func: &Function) -> (HashMap<Value, Option<Value>>, Vec<(Inst, usize)>) {
    let mut only: HashMap<Value, Option<Value>> = HashMap::new();
    let mut edges = Vec::new();
    let mut seen = HashSet::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            let dests = func.dfg.insts[inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables);
            for (ix, dest) in dests.iter().enumerate() {
                let target = dest.block(&func.dfg.value_lists);
                let formals = func.dfg.block_params(target);
                for (&formal, arg) in formals.iter().zip(dest.args(&func.dfg.value_lists)) {
                    let value = match arg {
                        BlockArg::Value(v) => Some(func.dfg.resolve_aliases(v)),
                        _ => None,
                    };
                    if value == Some(formal) {
                        continue;
                    }
                    only.entry(formal).and_modify(|o| if *o != value { *o = None }).or_insert(value);
                }
                if !formals.is_empty() && seen.insert((inst, ix)) {
                    edges.push((inst, ix));
                }
            }
        }
    }
    (only, edges)
}
