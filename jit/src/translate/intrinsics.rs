//! Intrinsics: library methods translated to a few instructions instead of a call. `Math`'s one-instruction
//! methods; `System.arraycopy` as a direct runtime call (no native-call path); `String.charAt` as a bounds
//! check and a load, with the call itself (which throws HotSpot's exception, from its own frame) as the
//! out-of-range path.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{BlockArg, InstBuilder};
use rt::MethodRef;
use rt::object::{ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET};

use crate::calls;

use super::{Flow, Kind, R, Translator, heap};

impl<'a> Translator<'a, '_> {
    /// `Math`'s (and `StrictMath`'s) methods that are one instruction, and `System.arraycopy`: translated
    /// inline (before resolution: these classes are the boot loader's own). Returns whether the call was one
    /// of them.
    pub(super) fn intrinsic(&mut self, class: &str, name: &str, descriptor: &str) -> R<bool> {
        if class == "java/lang/System" && name == "arraycopy" && descriptor == "(Ljava/lang/Object;ILjava/lang/Object;II)V" {
            self.arraycopy()?;
            return Ok(true);
        }
        if class != "java/lang/Math" && class != "java/lang/StrictMath" {
            return Ok(false);
        }
        match (name, descriptor) {
            ("sqrt", "(D)D") => self.unary(Kind::D, Kind::D, |b, x| b.ins().sqrt(x))?,
            ("abs", "(D)D") => self.unary(Kind::D, Kind::D, |b, x| b.ins().fabs(x))?,
            ("abs", "(F)F") => self.unary(Kind::F, Kind::F, |b, x| b.ins().fabs(x))?,
            ("abs", "(I)I") => self.unary(Kind::I, Kind::I, |b, x| b.ins().iabs(x))?,
            ("abs", "(J)J") => self.unary(Kind::J, Kind::J, |b, x| b.ins().iabs(x))?,
            ("min", "(II)I") => self.binary(Kind::I, |b, x, y| b.ins().smin(x, y))?,
            ("max", "(II)I") => self.binary(Kind::I, |b, x, y| b.ins().smax(x, y))?,
            ("min", "(JJ)J") => self.binary(Kind::J, |b, x, y| b.ins().smin(x, y))?,
            ("max", "(JJ)J") => self.binary(Kind::J, |b, x, y| b.ins().smax(x, y))?,
            // Cranelift's fmin/fmax return NaN if either operand is NaN and order -0.0 below 0.0, as Java's do.
            ("min", "(DD)D") => self.binary(Kind::D, |b, x, y| b.ins().fmin(x, y))?,
            ("max", "(DD)D") => self.binary(Kind::D, |b, x, y| b.ins().fmax(x, y))?,
            ("min", "(FF)F") => self.binary(Kind::F, |b, x, y| b.ins().fmin(x, y))?,
            ("max", "(FF)F") => self.binary(Kind::F, |b, x, y| b.ins().fmax(x, y))?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `System.arraycopy`: the runtime's checks (HotSpot's messages) and copy, called directly.
    fn arraycopy(&mut self) -> R<()> {
        let length = self.pop_kind(Kind::I)?;
        let dst_pos = self.pop_kind(Kind::I)?;
        let dst = self.pop_kind(Kind::A)?;
        let src_pos = self.pop_kind(Kind::I)?;
        let src = self.pop_kind(Kind::A)?;
        self.sync_bci();
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let status = self.call(calls::arraycopy(), &[rt, thread, src, src_pos, dst, dst_pos, length])[0];
        self.check_failed(status);
        Ok(())
    }

    /// Calls with a known target that are intrinsics: translated, and `Some` with how the block goes on.
    pub(super) fn intrinsic_call(&mut self, m: MethodRef, kinds: &[Kind], ret: Option<Kind>) -> R<Option<Flow>> {
        if &*m.class.name == "java/lang/String" && &*m.name == "charAt" && &*m.descriptor == "(I)C" {
            return self.char_at(m, kinds, ret).map(Some);
        }
        Ok(None)
    }

    /// `String.charAt`: the character from the string's `char[]` when the index is in range; otherwise the
    /// call, which throws.
    fn char_at(&mut self, m: MethodRef, kinds: &[Kind], ret: Option<Kind>) -> R<Flow> {
        let Some(value) = m.class.fields.iter().find(|f| !f.is_static() && &*f.name == "value" && &*f.descriptor == "[C") else {
            return Err(self.malformed("java.lang.String without its char[] value"));
        };
        let args = self.pop_args(kinds)?;
        let (receiver, index) = (args[0].0, args[1].0);
        self.null_check(receiver);
        let chars = self.b.ins().load(I64, heap(), receiver, value.offset as i32);
        let length = self.b.ins().load(I32, heap(), chars, ARRAY_LENGTH_OFFSET as i32);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, length);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let join = self.b.create_block();
        let result = self.b.append_block_param(join, I32);
        self.b.ins().brif(inside, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let wide = self.b.ins().uextend(I64, index);
        let offset = self.b.ins().imul_imm_s(wide, 2);
        let addr = self.b.ins().iadd(chars, offset);
        let c = self.b.ins().uload16(I32, heap(), addr, ARRAY_BASE_OFFSET as i32);
        self.b.ins().jump(join, &[BlockArg::Value(c)]);
        self.b.switch_to_block(slow);
        let area = self.store_args(&args);
        let mp = self.iconst(I64, m.as_ptr() as i64);
        let (value, thrown) = self.call_direct(mp, area);
        self.check_failed(thrown);
        let c = self.value_of(value, Kind::I);
        self.b.ins().jump(join, &[BlockArg::Value(c)]);
        self.b.switch_to_block(join);
        if ret != Some(Kind::I) {
            return Err(self.malformed("charAt without a char result"));
        }
        self.push(result, Kind::I);
        Ok(Flow::Next)
    }
}
