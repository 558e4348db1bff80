//! The abstract frame the verifier steps through a method: locals, operand stack and the
//! `flagThisUninit` flag of JVMS 4.10.1.4, with the pushes and pops every instruction rule is built from.

use crate::error::VerifyErrorKind;
use crate::types::VType;

/// Results of frame operations: the broken rule, located later by the driver.
pub(crate) type Rule<T = ()> = Result<T, VerifyErrorKind>;

/// One type state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// Exactly `max_locals` entries; unset ones are `Top`.
    pub locals: Vec<VType>,
    /// The operand stack, bottom first, never longer than `max_stack`.
    pub stack: Vec<VType>,
    /// In a constructor, whether `this` is still uninitialized (JVMS `flagThisUninit`).
    pub this_uninit: bool,
    /// How many locals the frame declares (a stack map frame's count, grown by stores): HotSpot checks a
    /// long or double load against it (`get long/double overflows locals`), so Cortado does too.
    pub locals_size: usize,
}

impl Frame {
    /// Pushes a value (and the `Top` half of a category-2 value), refusing to grow past `max_stack`.
    pub fn push(&mut self, ty: VType, max_stack: usize) -> Rule {
        let wide = ty.is_category2();
        let needed = if wide { 2 } else { 1 };
        if self.stack.len() + needed > max_stack {
            return Err(VerifyErrorKind::StackOverflow);
        }
        self.stack.push(ty);
        if wide {
            self.stack.push(VType::Top);
        }
        Ok(())
    }

    /// Pops one category-1 slot, whatever it is.
    pub fn pop_any(&mut self) -> Rule<VType> {
        self.stack.pop().ok_or(VerifyErrorKind::StackUnderflow)
    }

    /// Pops a value of `expected`'s kind for the primitive types (both halves of a category-2 value), or
    /// any category-1 value when `expected` is `Top`. References go through [`pop_reference`](Self::pop_reference).
    pub fn pop_exact(&mut self, expected: &VType) -> Rule<VType> {
        if expected.is_category2() {
            // HotSpot pops both halves before it reports, and the last complaint wins: fewer than two
            // slots is an underflow whatever they hold; otherwise a wrong half is a bad type.
            if self.stack.len() < 2 {
                self.stack.clear();
                return Err(VerifyErrorKind::StackUnderflow);
            }
            let top = self.pop_any()?;
            let value = self.pop_any()?;
            if top != VType::Top || value != *expected {
                return Err(bad(expected, &value));
            }
            return Ok(value);
        }
        let value = self.pop_any()?;
        if *expected != VType::Top && value != *expected {
            return Err(bad(expected, &value));
        }
        Ok(value)
    }

    /// Pops a category-2 value half by half, reporting the upper half's problem first (HotSpot's
    /// `lreturn`/`dreturn` pop the halves one at a time, unlike the arithmetic instructions).
    pub fn pop_halves(&mut self, expected: &VType) -> Rule<VType> {
        let top = self.pop_any()?;
        if top != VType::Top {
            return Err(bad(expected, &top));
        }
        let value = self.pop_any()?;
        if value != *expected {
            return Err(bad(expected, &value));
        }
        Ok(value)
    }

    /// Pops a category-1 value that is a reference of some kind (initialized or not, or null).
    pub fn pop_reference(&mut self) -> Rule<VType> {
        let value = self.pop_any()?;
        if value.is_reference_like() {
            Ok(value)
        } else {
            Err(VerifyErrorKind::BadTypeOnStack {
                expected: "reference".into(),
                found: value,
            })
        }
    }

    /// The value `depth` slots below the top (0 is the top), without popping.
    pub fn peek(&self, depth: usize) -> Rule<&VType> {
        let len = self.stack.len();
        if depth >= len {
            return Err(VerifyErrorKind::StackUnderflow);
        }
        self.stack
            .get(len - 1 - depth)
            .ok_or(VerifyErrorKind::StackUnderflow)
    }

    /// The local at `index`, checked against `max_locals`.
    pub fn local(&self, index: u32) -> Rule<&VType> {
        self.locals
            .get(index as usize)
            .ok_or(VerifyErrorKind::IllegalLocal(index))
    }

    /// Stores `ty` at `index` (and its `Top` half), invalidating a category-2 value whose half is
    /// overwritten, as JVMS 4.10.1.7 `modifyLocalVariable` does.
    pub fn set_local(&mut self, index: u32, ty: VType) -> Rule {
        let i = index as usize;
        let wide = ty.is_category2();
        let last = if wide { i + 1 } else { i };
        if last >= self.locals.len() {
            return Err(VerifyErrorKind::IllegalLocal(
                u32::try_from(last).unwrap_or(u32::MAX),
            ));
        }
        // Overwriting the second half of a long/double at i-1 leaves that value unusable.
        if i > 0 && self.locals.get(i - 1).is_some_and(VType::is_category2) {
            self.locals[i - 1] = VType::Top;
        }
        // Overwriting the first half of one at `last` leaves its second half dangling; Top is Top already.
        if self.locals.get(last).is_some_and(VType::is_category2)
            && let Some(next) = self.locals.get_mut(last + 1)
        {
            *next = VType::Top;
        }
        self.locals[i] = ty;
        self.locals_size = self.locals_size.max(last + 1);
        if wide {
            self.locals[i + 1] = VType::Top;
        }
        Ok(())
    }

    /// Replaces every occurrence of `from` in locals and stack by `to` (the effect of `<init>`).
    pub fn replace_all(&mut self, from: &VType, to: &VType) {
        for slot in self.locals.iter_mut().chain(self.stack.iter_mut()) {
            if slot == from {
                *slot = to.clone();
            }
        }
    }
}

/// `Bad type on operand stack` for a primitive mismatch.
pub(crate) fn bad(expected: &VType, found: &VType) -> VerifyErrorKind {
    VerifyErrorKind::BadTypeOnStack {
        expected: expected.to_string(),
        found: found.clone(),
    }
}
