//! Arithmetic, comparisons and conversions with Java's semantics: division by zero and `MIN / -1`, shift
//! counts, `fcmpl`/`fcmpg` on NaN.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{InstBuilder, Value};
use cranelift_frontend::FunctionBuilder;
use rt::runtime_calls::throw_kind;

use super::{Kind, Translator, R};

impl<'a> Translator<'a, '_> {
    pub(super) fn binary(&mut self, kind: Kind, f: impl FnOnce(&mut FunctionBuilder, Value, Value) -> Value) -> R<()> {
        let b = self.pop_kind(kind)?;
        let a = self.pop_kind(kind)?;
        let r = f(&mut self.b, a, b);
        self.push(r, kind);
        Ok(())
    }

    pub(super) fn unary(&mut self, from: Kind, to: Kind, f: impl FnOnce(&mut FunctionBuilder, Value) -> Value) -> R<()> {
        let a = self.pop_kind(from)?;
        let r = f(&mut self.b, a);
        self.push(r, to);
        Ok(())
    }

    pub(super) fn shift(&mut self, kind: Kind, f: impl FnOnce(&mut FunctionBuilder, Value, Value) -> Value) -> R<()> {
        let count = self.pop_kind(Kind::I)?;
        let a = self.pop_kind(kind)?;
        let r = f(&mut self.b, a, count);
        self.push(r, kind);
        Ok(())
    }

    /// `idiv`, `irem`, `ldiv`, `lrem`: `ArithmeticException` on zero, and `MIN / -1` without the trap.
    pub(super) fn divide(&mut self, kind: Kind, rem: bool) -> R<()> {
        let d = self.pop_kind(kind)?;
        let n = self.pop_kind(kind)?;
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, d, 0);
        let zero = self.iconst(I64, 0);
        self.throw_if(is_zero, throw_kind::DIVIDE_BY_ZERO, zero, zero);
        let ty = kind.ty();
        let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, d, -1);
        let one = self.iconst(ty, 1);
        let safe = self.b.ins().select(is_m1, one, d);
        let r = if rem {
            self.b.ins().srem(n, safe)
        } else {
            let q = self.b.ins().sdiv(n, safe);
            let neg = self.b.ins().ineg(n);
            self.b.ins().select(is_m1, neg, q)
        };
        self.push(r, kind);
        Ok(())
    }

    /// `lcmp`: -1, 0 or 1.
    pub(super) fn lcompare(&mut self) -> R<()> {
        let y = self.pop_kind(Kind::J)?;
        let x = self.pop_kind(Kind::J)?;
        let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, x, y);
        let lt = self.b.ins().icmp(IntCC::SignedLessThan, x, y);
        let gt = self.b.ins().uextend(I32, gt);
        let lt = self.b.ins().uextend(I32, lt);
        let r = self.b.ins().isub(gt, lt);
        self.compares.insert(r, Compare { a: x, b: y, float: false, nan_is_greater: false });
        self.push(r, Kind::I);
        Ok(())
    }

    /// `fcmpl`/`fcmpg`/`dcmpl`/`dcmpg`: -1, 0, 1, and `nan` when unordered.
    pub(super) fn fcompare(&mut self, kind: Kind, nan_is_greater: bool) -> R<()> {
        let b = self.pop_kind(kind)?;
        let a = self.pop_kind(kind)?;
        let gt = self.b.ins().fcmp(FloatCC::GreaterThan, a, b);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, a, b);
        let uno = self.b.ins().fcmp(FloatCC::Unordered, a, b);
        let (gt, lt) = if nan_is_greater { (self.b.ins().bor(gt, uno), lt) } else { (gt, self.b.ins().bor(lt, uno)) };
        let gt = self.b.ins().uextend(I32, gt);
        let lt = self.b.ins().uextend(I32, lt);
        let r = self.b.ins().isub(gt, lt);
        self.compares.insert(r, Compare { a, b, float: true, nan_is_greater });
        self.push(r, Kind::I);
        Ok(())
    }

    /// `cond` (`if<cond>`'s test of `value` against 0) as one comparison of the operands when `value` is the
    /// result of `lcmp`/`fcmp*`/`dcmp*` (javac's pattern): `None` otherwise. The three-way result, if nothing
    /// else uses it, is left to dead-code elimination.
    pub(super) fn fused_compare(&mut self, value: Value, cond: IntCC) -> Option<Value> {
        let c = *self.compares.get(&value)?;
        if !c.float {
            return Some(self.b.ins().icmp(cond, c.a, c.b));
        }
        // The result is -1, 0 or 1, and NaN gives 1 (`*cmpg`) or -1 (`*cmpl`): which float condition holds
        // exactly when `result <cond> 0` does.
        let g = c.nan_is_greater;
        let fcc = match cond {
            IntCC::Equal => FloatCC::Equal,
            IntCC::NotEqual => FloatCC::NotEqual,
            IntCC::SignedLessThan if g => FloatCC::LessThan,
            IntCC::SignedLessThan => FloatCC::UnorderedOrLessThan,
            IntCC::SignedGreaterThanOrEqual if g => FloatCC::UnorderedOrGreaterThanOrEqual,
            IntCC::SignedGreaterThanOrEqual => FloatCC::GreaterThanOrEqual,
            IntCC::SignedGreaterThan if g => FloatCC::UnorderedOrGreaterThan,
            IntCC::SignedGreaterThan => FloatCC::GreaterThan,
            IntCC::SignedLessThanOrEqual if g => FloatCC::LessThanOrEqual,
            IntCC::SignedLessThanOrEqual => FloatCC::UnorderedOrLessThanOrEqual,
            _ => return None,
        };
        Some(self.b.ins().fcmp(fcc, c.a, c.b))
    }
}

/// A three-way comparison's operands, kept so that a branch on its result can compare them directly.
#[derive(Debug, Clone, Copy)]
pub(super) struct Compare {
    a: Value,
    b: Value,
    float: bool,
    nan_is_greater: bool,
}
