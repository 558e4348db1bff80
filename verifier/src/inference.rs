//! Type inference (JVMS 4.10.2) for class files before version 50: a data-flow fixpoint over the
//! instructions, merging frames at join points (references to their first common superclass), with
//! `jsr`/`ret` subroutines.
//!
//! Subroutines follow the old verifier's idea: a `ret` returns to the instruction after each `jsr` to the
//! same subroutine, with the locals the subroutine may modify taken from the frame at the `ret` and every
//! other local taken from the frame at that `jsr`, so that a `finally` block shared by paths with different
//! locals does not merge them. A return address names its subroutine's entry, so the addresses pushed by
//! different callers of one subroutine are the same type. Which locals a subroutine may modify is found
//! syntactically: the stores reachable from its entry without passing through a `ret`, plus those of the
//! subroutines it calls.

use std::collections::HashMap;

use classfile::opcode::Opcode;

use crate::assign::merge;
use crate::checker::{catch_type, switch_targets};
use crate::error::{Fail, Step, VerifyErrorKind, VerifyFailure};
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::rules::within;
use crate::rules::{Flow, step};
use crate::types::VType;
use crate::verified::MethodFrames;

/// Frame merges allowed per instruction before the method is refused as too costly: the lattice is finite,
/// so the fixpoint ends, but a hostile method should not be able to make it take long.
const BUDGET_PER_INSN: usize = 400;

struct Dataflow<'m, 'a> {
    m: &'m MethodCtx<'a>,
    states: Vec<Option<Frame>>,
    queue: Vec<usize>,
    queued: Vec<bool>,
    /// For each subroutine entry, the indices of the `jsr` instructions calling it.
    callers: HashMap<u32, Vec<usize>>,
    /// For each subroutine entry, which locals it may modify.
    modified: HashMap<u32, Vec<bool>>,
    /// For each subroutine entry, the merged frame at its `ret`s.
    returns: HashMap<u32, Frame>,
}

pub(crate) fn verify(m: &MethodCtx<'_>) -> Result<MethodFrames, VerifyFailure> {
    let initial = m.initial_frame().map_err(|k| m.error(None, k))?;
    let n = m.insns.len();
    let mut handlers = Vec::with_capacity(m.code.exception_table.len());
    for row in &m.code.exception_table {
        let (start, end, pc) = (
            u32::from(row.start_pc),
            u32::from(row.end_pc),
            u32::from(row.handler_pc),
        );
        let end_ok = m.insn_index(end).is_some() || end as usize == m.code.code.len();
        if m.insn_index(start).is_none() || !end_ok || start >= end {
            return Err(m.error(Some(start), VerifyErrorKind::BadExceptionTable));
        }
        let Some(target) = m.insn_index(pc) else {
            return Err(m.error(Some(pc), VerifyErrorKind::IllegalTarget(pc)));
        };
        handlers.push((start, end, target, catch_type(m, row.catch_type.0, pc)?));
    }
    let mut d = Dataflow {
        m,
        states: vec![None; n],
        queue: Vec::new(),
        queued: vec![false; n],
        callers: HashMap::new(),
        modified: HashMap::new(),
        returns: HashMap::new(),
    };
    d.find_subroutines();
    d.merge_into(0, &initial).map_err(|e| m.fail(Some(0), e))?;
    let mut budget = n.saturating_mul(BUDGET_PER_INSN).max(100_000);
    while let Some(i) = d.queue.pop() {
        if let Some(q) = d.queued.get_mut(i) {
            *q = false;
        }
        budget = budget.saturating_sub(1);
        let Some(insn) = m.insns.get(i) else { continue };
        let bci = insn.bci;
        if budget == 0 {
            return Err(m.error(
                Some(bci),
                VerifyErrorKind::Inconsistent("method too complex to verify".into()),
            ));
        }
        let Some(before) = d.states.get(i).cloned().flatten() else {
            continue;
        };
        d.run(i, &before, &handlers)
            .map_err(|e| m.fail(Some(bci), e))?;
    }
    let mut out = MethodFrames::default();
    for (insn, state) in m.insns.iter().zip(&d.states) {
        if let Some(f) = state {
            out.push(insn.bci, f)
                .map_err(|k| m.error(Some(insn.bci), k))?;
        }
    }
    Ok(out)
}

impl Dataflow<'_, '_> {
    /// Applies instruction `i` to `before` and merges the result into every successor.
    fn run(&mut self, i: usize, before: &Frame, handlers: &[(u32, u32, usize, VType)]) -> Step {
        let m = self.m;
        let Some(insn) = m.insns.get(i) else {
            return Ok(());
        };
        let mut after = before.clone();
        let flow = step(m, &mut after, insn)?;
        let changed_locals = after.locals != before.locals;
        for (start, end, target, catch) in handlers {
            if *start <= insn.bci && insn.bci < *end {
                let mut exc = Frame {
                    locals: before.locals.clone(),
                    stack: vec![catch.clone()],
                    this_uninit: before.this_uninit,
                    locals_size: before.locals_size,
                };
                self.merge_into(*target, &exc)?;
                // A store that completes before an exception still changed the locals the handler sees.
                if changed_locals {
                    exc.locals.clone_from(&after.locals);
                    exc.this_uninit |= after.this_uninit;
                    exc.locals_size = after.locals_size;
                    self.merge_into(*target, &exc)?;
                }
            }
        }
        match flow {
            Flow::Next => self.fall_through(i, &after)?,
            Flow::Branch(t) => {
                self.jump(t, &after)?;
                self.fall_through(i, &after)?;
            }
            Flow::Goto(t) | Flow::Jsr(t) => {
                self.jump(t, &after)?;
                if let Flow::Jsr(t) = flow
                    && self.returns.contains_key(&t)
                {
                    self.return_to(t, i)?;
                }
            }
            Flow::Switch => {
                for t in switch_targets(insn) {
                    self.jump(t, &after)?;
                }
            }
            Flow::End => {}
            Flow::Ret(local) => {
                let Some(VType::ReturnAddress(entry)) = after.locals.get(local as usize).cloned()
                else {
                    return Err(VerifyErrorKind::BadSubroutine(
                        "ret without a return address".into(),
                    )
                    .into());
                };
                let merged = match self.returns.get(&entry) {
                    None => Some(after.clone()),
                    Some(old) => {
                        let new = self.merged(old, &after)?;
                        (new != *old).then_some(new)
                    }
                };
                if let Some(new) = merged {
                    self.returns.insert(entry, new);
                    let callers = self.callers.get(&entry).cloned().unwrap_or_default();
                    for c in callers {
                        self.return_to(entry, c)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn fall_through(&mut self, i: usize, f: &Frame) -> Step {
        if i + 1 >= self.m.insns.len() {
            return Err(VerifyErrorKind::FallsOffEnd.into());
        }
        self.merge_into(i + 1, f)
    }

    fn jump(&mut self, target: u32, f: &Frame) -> Step {
        let Some(t) = self.m.insn_index(target) else {
            return Err(VerifyErrorKind::IllegalTarget(target).into());
        };
        self.merge_into(t, f)
    }

    /// Flows the frame at subroutine `entry`'s `ret` back to the instruction after the `jsr` at `caller`.
    fn return_to(&mut self, entry: u32, caller: usize) -> Step {
        let (Some(ret), Some(Some(at_jsr))) = (self.returns.get(&entry), self.states.get(caller))
        else {
            return Ok(());
        };
        let modified = self.modified.get(&entry);
        let locals = at_jsr
            .locals
            .iter()
            .zip(&ret.locals)
            .enumerate()
            .map(|(k, (c, r))| {
                if modified.and_then(|v| v.get(k)).copied().unwrap_or(true) {
                    r.clone()
                } else {
                    c.clone()
                }
            })
            .collect();
        let f = Frame {
            locals,
            stack: ret.stack.clone(),
            this_uninit: ret.this_uninit,
            locals_size: ret.locals_size.max(at_jsr.locals_size),
        };
        self.fall_through(caller, &f)
    }

    fn merged(&self, old: &Frame, new: &Frame) -> Step<Frame> {
        let h = self.m.class.hierarchy;
        if old.stack.len() != new.stack.len() {
            return Err(VerifyErrorKind::Inconsistent(format!(
                "inconsistent stack height {} != {}",
                new.stack.len(),
                old.stack.len()
            ))
            .into());
        }
        let mut locals = Vec::with_capacity(old.locals.len());
        for (a, b) in old.locals.iter().zip(&new.locals) {
            locals.push(merge(h, a, b)?);
        }
        let mut stack = Vec::with_capacity(old.stack.len());
        for (a, b) in old.stack.iter().zip(&new.stack) {
            let t = merge(h, a, b)?;
            if t == VType::Top && (*a != VType::Top || *b != VType::Top) {
                return Err(Fail::Rule(VerifyErrorKind::Inconsistent(format!(
                    "mismatched stack types {a} and {b}"
                ))));
            }
            stack.push(t);
        }
        Ok(Frame {
            locals,
            stack,
            this_uninit: old.this_uninit || new.this_uninit,
            locals_size: old.locals_size.max(new.locals_size),
        })
    }

    fn merge_into(&mut self, i: usize, f: &Frame) -> Step {
        let new = match self.states.get(i) {
            None => return Err(VerifyErrorKind::FallsOffEnd.into()),
            Some(None) => f.clone(),
            Some(Some(old)) => {
                let m = self.merged(old, f)?;
                if m == *old {
                    return Ok(());
                }
                m
            }
        };
        if let Some(s) = self.states.get_mut(i) {
            *s = Some(new);
        }
        if let Some(q) = self.queued.get_mut(i)
            && !*q
        {
            *q = true;
            self.queue.push(i);
        }
        Ok(())
    }

    /// Finds every subroutine's callers and the locals it may modify (see the module doc).
    fn find_subroutines(&mut self) {
        let m = self.m;
        for (i, insn) in m.insns.iter().enumerate() {
            if matches!(insn.opcode, Opcode::Jsr | Opcode::JsrW)
                && let Some(t) = insn.branch_target()
            {
                self.callers.entry(t).or_default().push(i);
            }
        }
        let max_locals = usize::from(m.code.max_locals);
        let mut direct: HashMap<u32, (Vec<bool>, Vec<u32>)> = HashMap::new();
        for &entry in self.callers.keys() {
            direct.insert(entry, body_effects(m, entry, max_locals));
        }
        // Close over nested calls; each pass only adds locals, so at most one pass per local per subroutine.
        let mut sets: HashMap<u32, Vec<bool>> =
            direct.iter().map(|(k, (s, _))| (*k, s.clone())).collect();
        let limit = direct.len().saturating_mul(max_locals + 1).min(10_000) + 1;
        for _ in 0..limit {
            let mut changed = false;
            for (entry, (_, calls)) in &direct {
                for callee in calls {
                    let Some(inner) = sets.get(callee).cloned() else {
                        continue;
                    };
                    if let Some(outer) = sets.get_mut(entry) {
                        for (o, i) in outer.iter_mut().zip(inner) {
                            if i && !*o {
                                *o = true;
                                changed = true;
                            }
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
        self.modified = sets;
    }
}

/// The locals stored to in the body of the subroutine at `entry`, and the subroutines it calls.
fn body_effects(m: &MethodCtx<'_>, entry: u32, max_locals: usize) -> (Vec<bool>, Vec<u32>) {
    use Opcode as O;
    let mut stored = vec![false; max_locals];
    let mut calls = Vec::new();
    let mut seen = vec![false; m.insns.len()];
    let mut work: Vec<usize> = m.insn_index(entry).into_iter().collect();
    while let Some(i) = work.pop() {
        let Some(s) = seen.get_mut(i) else { continue };
        if *s {
            continue;
        }
        *s = true;
        let Some(insn) = m.insns.get(i) else { continue };
        let op = insn.opcode;
        let store = match op {
            O::Istore | O::Fstore | O::Astore => insn.local_index().map(|x| (usize::from(x), 1)),
            O::Lstore | O::Dstore => insn.local_index().map(|x| (usize::from(x), 2)),
            o if within(o, O::Istore0, O::Astore3) => {
                let k = op as u8 - O::Istore0 as u8;
                let width = if matches!(k / 4, 1 | 3) { 2 } else { 1 };
                Some((usize::from(k % 4), width))
            }
            O::Iinc => insn.local_index().map(|x| (usize::from(x), 1)),
            _ => None,
        };
        if let Some((x, width)) = store {
            for k in x..x + width {
                if let Some(b) = stored.get_mut(k) {
                    *b = true;
                }
            }
        }
        let next = i + 1;
        match op {
            O::Goto | O::GotoW => work.extend(insn.branch_target().and_then(|t| m.insn_index(t))),
            O::Jsr | O::JsrW => {
                calls.extend(insn.branch_target());
                work.push(next);
            }
            o if o == O::Ret || o == O::Athrow || within(o, O::Ireturn, O::Return) => {}
            O::Tableswitch | O::Lookupswitch => {
                work.extend(
                    switch_targets(insn)
                        .into_iter()
                        .filter_map(|t| m.insn_index(t)),
                );
            }
            o if within(o, O::Ifeq, O::IfAcmpne) || o == O::Ifnull || o == O::Ifnonnull => {
                work.extend(insn.branch_target().and_then(|t| m.insn_index(t)));
                work.push(next);
            }
            _ => work.push(next),
        }
    }
    (stored, calls)
}
