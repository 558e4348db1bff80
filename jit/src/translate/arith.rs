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
        self.push(r, Kind::I);
        Ok(())
    }
}
