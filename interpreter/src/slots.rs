//! Unchecked access to the interpreter stack, and pointers read back from quickened code: the one module of
//! the interpreter with `unsafe` code.
//!
//! The dispatch loop reads and writes locals and operand-stack slots through [`Slots`], a copy of the thread's
//! stack base pointer, without bounds checks. That is sound because of what pre-decoding proved and what
//! frame entry checks:
//! - every local index an instruction names is below the method's `max_locals` (`predecode::local`);
//! - the operand stack height before and after every instruction is within `0..=max_stack`
//!   (`predecode::check_stack_heights`), so `sp` stays within the frame;
//! - a frame is only entered if `locals + max_locals + max_stack` fits in the slab (`exec::enter`).
//!
//! The slab itself never moves while its thread lives (`rt::stack::StackSlab`).

/// The base of a thread's stack slab.
#[derive(Clone, Copy)]
pub(crate) struct Slots(*mut u64);

impl Slots {
    /// The slots of `slab`.
    pub(crate) fn of(slab: &rt::stack::StackSlab) -> Self {
        Self(slab.base())
    }

    /// Slot `i`.
    #[inline(always)]
    pub(crate) fn get(self, i: usize) -> u64 {
        // SAFETY: see the module doc: `i` is inside the current frame, which lies inside the slab.
        unsafe { self.0.add(i).read() }
    }

    /// Sets slot `i`.
    #[inline(always)]
    pub(crate) fn set(self, i: usize, value: u64) {
        // SAFETY: as for `get`.
        unsafe { self.0.add(i).write(value) }
    }
}

use rt::{ClassRef, MethodRef};

use crate::quick::{QuickCode, c_of};

/// The class a quick instruction's side-table entry points at.
///
/// Side entries that instructions read as classes are written only by `exec::link` with
/// `ClassRef::as_ptr` of a class of this VM, before the instruction is rewritten to the form that reads them.
#[inline(always)]
pub(crate) fn side_class(code: &QuickCode, word: u64) -> ClassRef {
    let raw = code.side(c_of(word));
    debug_assert!(raw != 0, "a quick instruction's class entry is filled before the rewrite");
    // SAFETY: see above.
    unsafe { ClassRef::from_ptr(raw as usize as *const rt::Class) }
}

/// The method a quick invoke's side-table entry points at (written like classes, see [`side_class`]).
#[inline(always)]
pub(crate) fn side_method(code: &QuickCode, word: u64) -> MethodRef {
    let raw = code.side(c_of(word));
    debug_assert!(raw != 0, "a quick instruction's method entry is filled before the rewrite");
    // SAFETY: see `side_class`.
    unsafe { MethodRef::from_ptr(raw as usize as *const rt::Method) }
}

/// The instruction word at `pc`, without a bounds check.
///
/// Every `pc` the loop reaches is an instruction index: pre-decoding maps every branch, switch and handler
/// target to an instruction and rejects code whose last instruction can fall through, so `pc + 1` after a
/// non-branching instruction is in range too; `ret`, the one jump to a computed target, checks its target.
#[inline(always)]
pub(crate) fn fetch(code: &QuickCode, pc: usize) -> u64 {
    debug_assert!(pc < code.code.len());
    // SAFETY: see above.
    unsafe { code.code.get_unchecked(pc) }.load(std::sync::atomic::Ordering::Acquire)
}
