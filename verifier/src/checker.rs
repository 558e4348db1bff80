//! The type checker (JVMS 4.10.1) for class files of version 50 and later: one linear pass over the code,
//! starting each instruction from the stack map frame recorded there (or the previous instruction's
//! outgoing frame), checking every branch and handler against the frame at its target.

use classfile::bytecode::{Instruction, Operands};

use crate::assign::{frame_assignable, is_assignable};
use crate::error::{Step, VerifyErrorKind, VerifyFailure};
use crate::frame::Frame;
use crate::method::MethodCtx;
use crate::rules::{Flow, step};
use crate::stackmap;
use crate::types::VType;
use crate::verified::MethodFrames;

/// A handler with its catch type resolved and its frame found.
struct Handler {
    start: u32,
    end: u32,
    pc: u32,
    catch: VType,
    frame: usize,
}

pub(crate) fn verify(m: &MethodCtx<'_>) -> Result<MethodFrames, VerifyFailure> {
    let initial = m.initial_frame().map_err(|k| m.error(None, k))?;
    let maps = stackmap::expand(m, &initial).map_err(|k| m.error(None, k))?;
    let handlers = handlers(m, &maps)?;
    let h = m.class.hierarchy;
    let mut out = MethodFrames::default();
    let mut current = Some(initial);
    let mut next_map = 0;
    for insn in &m.insns {
        let bci = insn.bci;
        let located = |kind: VerifyErrorKind| m.error(Some(bci), kind);
        let fail = |e| m.fail(Some(bci), e);
        if let Some((map_bci, map)) = maps.get(next_map)
            && *map_bci == bci
        {
            if let Some(cur) = &current
                && !frame_assignable(h, cur, map)?
            {
                return Err(located(VerifyErrorKind::InstructionTypeMismatch));
            }
            current = Some(map.clone());
            next_map += 1;
        }
        let Some(frame) = current.as_mut() else {
            return Err(located(VerifyErrorKind::ExpectingFrame));
        };
        out.push(bci, frame).map_err(located)?;
        for hd in handlers.iter().filter(|hd| hd.start <= bci && bci < hd.end) {
            check_handler(m, frame, hd, &maps).map_err(fail)?;
        }
        let flow = step(m, frame, insn).map_err(fail)?;
        match flow {
            Flow::Next => {}
            Flow::Branch(t) => check_target(m, frame, t, &maps).map_err(fail)?,
            Flow::Goto(t) => {
                check_target(m, frame, t, &maps).map_err(fail)?;
                current = None;
            }
            Flow::Switch => {
                for t in switch_targets(insn) {
                    check_target(m, frame, t, &maps).map_err(fail)?;
                }
                current = None;
            }
            Flow::End => current = None,
            Flow::Jsr(_) | Flow::Ret(_) => {
                return Err(located(VerifyErrorKind::BadInstruction(format!(
                    "{:02x}",
                    insn.opcode as u8
                ))));
            }
        }
    }
    if current.is_some() {
        let last = m.insns.last().map(|i| i.bci);
        return Err(m.error(last, VerifyErrorKind::FallsOffEnd));
    }
    Ok(out)
}

/// The targets of a switch (duplicates included; each is checked).
pub(crate) fn switch_targets(insn: &Instruction) -> Vec<u32> {
    let targets: Vec<Option<u32>> = match &insn.operands {
        Operands::TableSwitch(t) => t.targets(insn.bci).collect(),
        Operands::LookupSwitch(l) => l.targets(insn.bci).collect(),
        _ => Vec::new(),
    };
    targets.into_iter().map(|t| t.unwrap_or(u32::MAX)).collect()
}

fn frame_index(maps: &[(u32, Frame)], bci: u32) -> Option<usize> {
    maps.binary_search_by_key(&bci, |(b, _)| *b).ok()
}

fn check_target(m: &MethodCtx<'_>, frame: &Frame, target: u32, maps: &[(u32, Frame)]) -> Step {
    if m.insn_index(target).is_none() {
        return Err(VerifyErrorKind::IllegalTarget(target).into());
    }
    let Some(i) = frame_index(maps, target) else {
        return Err(VerifyErrorKind::ExpectingFrameAtBranch(target).into());
    };
    let Some((_, map)) = maps.get(i) else {
        return Err(VerifyErrorKind::ExpectingFrameAtBranch(target).into());
    };
    if !frame_assignable(m.class.hierarchy, frame, map)? {
        return Err(VerifyErrorKind::InconsistentFrames(target).into());
    }
    Ok(())
}

/// The exception frame (the instruction's locals and flags, the catch type alone on the stack) must fit
/// the handler's frame.
fn check_handler(m: &MethodCtx<'_>, frame: &Frame, hd: &Handler, maps: &[(u32, Frame)]) -> Step {
    let Some((_, map)) = maps.get(hd.frame) else {
        return Err(VerifyErrorKind::ExpectingFrameAtBranch(hd.pc).into());
    };
    let h = m.class.hierarchy;
    let ok = match map.stack.as_slice() {
        [top] => {
            (!frame.this_uninit || map.this_uninit)
                && is_assignable(h, &hd.catch, top)?
                && locals_assignable(m, &frame.locals, &map.locals)?
        }
        _ => false,
    };
    if !ok {
        return Err(VerifyErrorKind::HandlerFrameMismatch(hd.pc).into());
    }
    Ok(())
}

fn locals_assignable(m: &MethodCtx<'_>, from: &[VType], to: &[VType]) -> Step<bool> {
    if from.len() != to.len() {
        return Ok(false);
    }
    for (f, t) in from.iter().zip(to) {
        if !is_assignable(m.class.hierarchy, f, t)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Checks the exception table's ranges and catch types, and finds each handler's frame.
fn handlers(m: &MethodCtx<'_>, maps: &[(u32, Frame)]) -> Result<Vec<Handler>, VerifyFailure> {
    let mut out = Vec::with_capacity(m.code.exception_table.len());
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
        if m.insn_index(pc).is_none() {
            return Err(m.error(Some(pc), VerifyErrorKind::IllegalTarget(pc)));
        }
        let catch = catch_type(m, row.catch_type.0, pc)?;
        let Some(frame) = frame_index(maps, pc) else {
            return Err(m.error(Some(start), VerifyErrorKind::ExpectingFrameAtBranch(pc)));
        };
        out.push(Handler {
            start,
            end,
            pc,
            catch,
            frame,
        });
    }
    Ok(out)
}

/// The type a handler's stack holds: its catch class, checked to be a `Throwable`, or `Throwable` itself.
pub(crate) fn catch_type(m: &MethodCtx<'_>, index: u16, pc: u32) -> Result<VType, VerifyFailure> {
    let throwable = VType::reference("java/lang/Throwable");
    if index == 0 {
        return Ok(throwable);
    }
    let name = m
        .class
        .cp
        .class_name(classfile::CpIndex(index))
        .map_err(|_| m.error(Some(pc), VerifyErrorKind::IllegalConstant(index)))?;
    let t = VType::reference(name);
    if !is_assignable(m.class.hierarchy, &t, &throwable)? {
        return Err(m.error(Some(pc), VerifyErrorKind::CatchTypeNotThrowable(pc)));
    }
    Ok(t)
}
