//! Superinstructions: common `javac` instruction sequences fused into one dispatch.
//!
//! Dispatch (one hard-to-predict indirect jump per instruction) dominates an interpreter's time on tight
//! loops, so the sequences that make up most loop bodies and headers get one instruction word each:
//! `iload; iload` (arguments), `iload; iload; if_icmp<cond>` (loop tests), `iinc; goto` (loop latches),
//! `aload; iload; <x>aload` (array reads), and three-address arithmetic on locals: `iload; iload; iadd` and
//! `dload; dload; dmul` (optionally followed by a store to a local, which the fused word then does itself). The fused word replaces the first instruction of the sequence;
//! the others stay in place, unchanged, so a fused instruction that hits an unusual case (a null array, an
//! index out of bounds) performs the first instruction's effect and continues at the next original
//! instruction, which then throws exactly as it would have, with the right bci and stack.
//!
//! A sequence is fused only if no instruction after its first is a jump target, and only with local indices
//! that fit the word's 8-bit `a` operand.
//!
//! GC safety: only loads, arithmetic, array loads and quick field loads are fused, none of which can
//! allocate, call, resolve or throw in the fused word itself: a fused word that would throw (a null array or
//! receiver, an index out of bounds) instead does its first instruction and falls back to the next original
//! one, which syncs the frame and throws with its own bci and stack. The one collection point inside a fused
//! word is the safepoint poll of a fused backward branch (`if_icmp<cond>` after two loads, `iinc; goto`): it
//! syncs the first instruction's pc and bci with the operand stack as it was before that instruction, which
//! is exactly what the reference map at that bci describes (the loads have not pushed anything; an `iinc`
//! already applied changes only an int local).

use crate::quick::{a_of, b_of, c_of, op, op_of, pack};

/// Rewrites `words` in place; `targets` is the jump-target bitset.
pub(crate) fn fuse(words: &mut [u64], targets: &[u64]) {
    let is_target = |pc: usize| targets.get(pc / 64).is_some_and(|w| w & (1 << (pc % 64)) != 0);
    let n = words.len();
    let mut pc = 0;
    while pc < n {
        let at = |k: usize| words.get(pc + k).copied().filter(|_| k == 0 || !is_target(pc + k));
        let fused = match (at(0), at(1), at(2)) {
            (Some(w0), Some(w1), w2) if op_of(w0) == op::LOAD && op_of(w1) == op::LOAD && b_of(w0) < 256 => {
                let (x, y) = (b_of(w0) as u8, b_of(w1));
                match w2.map(op_of) {
                    Some(code @ op::IF_ICMPEQ..=op::IF_ICMPLE) => {
                        let fused_op = op::IF_LL_EQ + (code - op::IF_ICMPEQ);
                        Some((pack(fused_op, x, y, c_of(w2.unwrap_or_default())), 3))
                    }
                    Some(op::IALOAD) => Some((pack(op::LOAD_LOAD_IALOAD, x, y, 0), 3)),
                    Some(op::AALOAD) => Some((pack(op::LOAD_LOAD_AALOAD, x, y, 0), 3)),
                    Some(op::CALOAD) => Some((pack(op::LOAD_LOAD_CALOAD, x, y, 0), 3)),
                    Some(op::BALOAD) => Some((pack(op::LOAD_LOAD_BALOAD, x, y, 0), 3)),
                    Some(code @ (op::IADD | op::ISUB | op::IMUL)) => {
                        let base = match code {
                            op::IADD => op::LL_IADD,
                            op::ISUB => op::LL_ISUB,
                            _ => op::LL_IMUL,
                        };
                        Some(three_address(base, op::LL_IADD_S - op::LL_IADD, op::STORE, x, y, at(3)))
                    }
                    _ => Some((pack(op::LOAD_LOAD, x, y, 0), 2)),
                }
            }
            (Some(w0), Some(w1), Some(w2)) if op_of(w0) == op::LOAD2 && op_of(w1) == op::LOAD2 && b_of(w0) < 256 => {
                let (x, y) = (b_of(w0) as u8, b_of(w1));
                let base = match op_of(w2) {
                    op::DADD => Some(op::LL2_DADD),
                    op::DSUB => Some(op::LL2_DSUB),
                    op::DMUL => Some(op::LL2_DMUL),
                    op::DDIV => Some(op::LL2_DDIV),
                    _ => None,
                };
                base.map(|base| three_address(base, op::LL2_DADD_S - op::LL2_DADD, op::STORE2, x, y, at(3)))
            }
            (Some(w0), Some(w1), _) if op_of(w0) == op::IINC && op_of(w1) == op::GOTO => {
                let delta = c_of(w0) as i32;
                i8::try_from(delta).ok().map(|d| (pack(op::IINC_GOTO, d as u8, b_of(w0), c_of(w1)), 2))
            }
            _ => None,
        };
        match fused {
            Some((word, len)) => {
                words[pc] = word;
                pc += len;
            }
            None => pc += 1,
        }
    }
}

/// A three-address operation on locals `x` and `y`: with the store to a local that follows it fused in when
/// there is one (the `_S` form, `store_offset` operations after the plain one), else pushing its result.
fn three_address(base: u8, store_offset: u8, store_op: u8, x: u8, y: u16, next: Option<u64>) -> (u64, usize) {
    match next {
        Some(w3) if op_of(w3) == store_op => (pack(base + store_offset, x, y, u32::from(b_of(w3))), 4),
        _ => (pack(base, x, y, 0), 3),
    }
}

/// The local index in operand `a` of a fused word.
#[inline(always)]
pub(crate) fn first_local(word: u64) -> usize {
    usize::from(a_of(word))
}
