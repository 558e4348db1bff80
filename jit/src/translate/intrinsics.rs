//! Intrinsics: library methods translated to a few instructions instead of a call. `Math`'s one-instruction
//! methods (`sqrt`, `abs`, `min`/`max` of every type: Cranelift's `fmin`/`fmax` have Java's NaN and -0.0
//! rules); `System.arraycopy` inline for small copies between arrays of one primitive type, else a direct
//! runtime call (no native-call path); `String.length` as two loads; `String.charAt` as a bounds check and
//! a load, with the call itself (which throws HotSpot's exception, from its own frame) as the out-of-range
//! path; the identity hash (`System.identityHashCode`, and `Object.hashCode` where the receiver's class
//! selects it) read from the mark word, the runtime assigning it on first use.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value};
use rt::MethodRef;
use rt::object::{ARRAY_BASE_OFFSET, CLASS_OFFSET, HASH_MASK, HASH_SHIFT, MARK_OFFSET};

use crate::calls;

use super::{Flow, Kind, R, Translator, heap};

/// The largest copy `System.arraycopy` makes inline, in bytes (larger ones go to the runtime's `memmove`).
pub const INLINE_COPY_BYTES: i64 = 256;

impl<'a> Translator<'a, '_> {
    /// `Math`'s (and `StrictMath`'s) methods that are one instruction, and `System.arraycopy`: translated
    /// inline (before resolution: these classes are the boot loader's own). Returns whether the call was one
    /// of them.
    pub(super) fn intrinsic(&mut self, class: &str, name: &str, descriptor: &str) -> R<bool> {
        if class == "java/lang/System" && name == "arraycopy" && descriptor == "(Ljava/lang/Object;ILjava/lang/Object;II)V" {
            self.arraycopy()?;
            return Ok(true);
        }
        if class == "java/lang/System" && name == "identityHashCode" && descriptor == "(Ljava/lang/Object;)I" {
            self.identity_hash_code()?;
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

    /// `System.arraycopy`: inline for a small copy between two distinct arrays of one primitive type (the
    /// classes compared with the boot loader's primitive array classes loaded so far), a forward copy by
    /// words then bytes; anything else (a null, the same array, a reference array, an index or length out
    /// of range, more than [`INLINE_COPY_BYTES`]) calls the runtime, which checks in HotSpot's order and
    /// throws HotSpot's exceptions, or copies with `memmove`.
    fn arraycopy(&mut self) -> R<()> {
        let length = self.pop_kind(Kind::I)?;
        let dst_pos = self.pop_kind(Kind::I)?;
        let dst = self.pop_kind(Kind::A)?;
        let src_pos = self.pop_kind(Kind::I)?;
        let src = self.pop_kind(Kind::A)?;
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let join = self.b.create_block();
        let classes = self.primitive_array_classes();
        if !classes.is_empty() {
            self.inline_copy(&classes, [src, src_pos, dst, dst_pos, length], slow, join);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.sync_bci();
        let (rt, thread) = (self.rt_ptr(), self.thread());
        let status = self.call(calls::arraycopy(), &[rt, thread, src, src_pos, dst, dst_pos, length])[0];
        self.check_failed(status);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        Ok(())
    }

    /// The boot loader's primitive array classes that exist, with the log2 of their element sizes.
    fn primitive_array_classes(&self) -> Vec<(rt::ClassRef, u8)> {
        [("[I", 2), ("[B", 0), ("[C", 1), ("[J", 3), ("[D", 3), ("[F", 2), ("[S", 1), ("[Z", 0)]
            .into_iter()
            .filter_map(|(name, shift)| Some((self.rt.find_loaded(name, rt::LoaderId::Boot)?, shift)))
            .collect()
    }

    /// The inline path of [`Self::arraycopy`]: branches to `slow` unless it copies, then to `join`.
    fn inline_copy(&mut self, classes: &[(rt::ClassRef, u8)], [src, src_pos, dst, dst_pos, length]: [Value; 5], slow: Block, join: Block) {
        // Distinct, non-null arrays of one class.
        let src_null = self.b.ins().icmp_imm_s(IntCC::Equal, src, 0);
        let dst_null = self.b.ins().icmp_imm_s(IntCC::Equal, dst, 0);
        let same = self.b.ins().icmp(IntCC::Equal, src, dst);
        let either = self.b.ins().bor(src_null, dst_null);
        let refused = self.b.ins().bor(either, same);
        let arrays = self.b.create_block();
        self.b.ins().brif(refused, slow, &[], arrays, &[]);
        self.b.switch_to_block(arrays);
        let src_class = self.b.ins().load(I64, heap(), src, CLASS_OFFSET as i32);
        let dst_class = self.b.ins().load(I64, heap(), dst, CLASS_OFFSET as i32);
        let differ = self.b.ins().icmp(IntCC::NotEqual, src_class, dst_class);
        let typed = self.b.create_block();
        self.b.ins().brif(differ, slow, &[], typed, &[]);
        self.b.switch_to_block(typed);
        // Which primitive type: the element size's log2 into the bounds block.
        let bounds = self.b.create_block();
        let shift = self.b.append_block_param(bounds, I64);
        for &(class, log2) in classes {
            let expected = self.iconst(I64, class.as_ptr() as i64);
            let is = self.b.ins().icmp(IntCC::Equal, src_class, expected);
            let log2 = self.iconst(I64, i64::from(log2));
            let next = self.b.create_block();
            self.b.ins().brif(is, bounds, &[BlockArg::Value(log2)], next, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(slow, &[]);
        self.b.switch_to_block(bounds);
        // 0 <= positions, length; position + length <= each array's length (in 64 bits: no overflow).
        let negative = self.b.ins().bor(src_pos, dst_pos);
        let negative = self.b.ins().bor(negative, length);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, negative, 0);
        let len = self.b.ins().uextend(I64, length);
        let src_end = self.b.ins().uextend(I64, src_pos);
        let src_end = self.b.ins().iadd(src_end, len);
        let dst_end = self.b.ins().uextend(I64, dst_pos);
        let dst_end = self.b.ins().iadd(dst_end, len);
        let src_len = self.array_length(src);
        let src_len = self.b.ins().uextend(I64, src_len);
        let dst_len = self.array_length(dst);
        let dst_len = self.b.ins().uextend(I64, dst_len);
        let src_over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, src_end, src_len);
        let dst_over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, dst_end, dst_len);
        let bytes = self.b.ins().ishl(len, shift);
        let large = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, bytes, INLINE_COPY_BYTES);
        let out = self.b.ins().bor(src_over, dst_over);
        let out = self.b.ins().bor(out, negative);
        let out = self.b.ins().bor(out, large);
        let copy = self.b.create_block();
        self.b.ins().brif(out, slow, &[], copy, &[]);
        self.b.switch_to_block(copy);
        // Nothing in the copy can collect: the element addresses derived from the arrays stay valid.
        let src_off = self.b.ins().uextend(I64, src_pos);
        let src_off = self.b.ins().ishl(src_off, shift);
        let from = self.b.ins().iadd(src, src_off);
        let dst_off = self.b.ins().uextend(I64, dst_pos);
        let dst_off = self.b.ins().ishl(dst_off, shift);
        let to = self.b.ins().iadd(dst, dst_off);
        let base = ARRAY_BASE_OFFSET as i32;
        // Words while at least eight bytes are left, then bytes.
        let words = self.b.create_block();
        let at = self.b.append_block_param(words, I64);
        let word = self.b.create_block();
        let tail = self.b.create_block();
        let rest = self.b.append_block_param(tail, I64);
        let byte = self.b.create_block();
        let zero = self.iconst(I64, 0);
        self.b.ins().jump(words, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(words);
        let next = self.b.ins().iadd_imm_s(at, 8);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, next, bytes);
        self.b.ins().brif(fits, word, &[], tail, &[BlockArg::Value(at)]);
        self.b.switch_to_block(word);
        let s = self.b.ins().iadd(from, at);
        let v = self.b.ins().load(I64, self.element_flags, s, base);
        let d = self.b.ins().iadd(to, at);
        self.b.ins().store(self.element_flags, v, d, base);
        self.b.ins().jump(words, &[BlockArg::Value(next)]);
        self.b.switch_to_block(tail);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, rest, bytes);
        self.b.ins().brif(more, byte, &[], join, &[]);
        self.b.switch_to_block(byte);
        let s = self.b.ins().iadd(from, rest);
        let v = self.b.ins().uload8(I32, self.element_flags, s, base);
        let d = self.b.ins().iadd(to, rest);
        self.b.ins().istore8(self.element_flags, v, d, base);
        let after = self.b.ins().iadd_imm_s(rest, 1);
        self.b.ins().jump(tail, &[BlockArg::Value(after)]);
    }

    /// `System.identityHashCode`: 0 for null, else [`Self::identity_hash`].
    fn identity_hash_code(&mut self) -> R<()> {
        let obj = self.pop_kind(Kind::A)?;
        let some = self.b.create_block();
        let join = self.b.create_block();
        let result = self.b.append_block_param(join, I32);
        let zero = self.iconst(I32, 0);
        self.b.ins().brif(obj, some, &[], join, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(some);
        let hash = self.identity_hash(obj);
        self.b.ins().jump(join, &[BlockArg::Value(hash)]);
        self.b.switch_to_block(join);
        self.push(result, Kind::I);
        Ok(())
    }

    /// The identity hash of the non-null `obj`: read from its mark word when it has one (it never changes
    /// once assigned, in any lock state, and the collector keeps it when it moves the object), else
    /// assigned by the runtime (a leaf call).
    pub(super) fn identity_hash(&mut self, obj: Value) -> Value {
        let mark = self.b.ins().load(I64, heap(), obj, MARK_OFFSET as i32);
        let shifted = self.b.ins().ushr_imm_u(mark, i64::from(HASH_SHIFT));
        let bits = self.b.ins().band_imm_u(shifted, HASH_MASK as i64);
        let hash = self.b.ins().ireduce(I32, bits);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let join = self.b.create_block();
        let result = self.b.append_block_param(join, I32);
        self.b.ins().brif(hash, join, &[BlockArg::Value(hash)], slow, &[]);
        self.b.switch_to_block(slow);
        let rt = self.rt_ptr();
        let assigned = self.call(calls::identity_hash(), &[rt, obj])[0];
        self.b.ins().jump(join, &[BlockArg::Value(assigned)]);
        self.b.switch_to_block(join);
        result
    }

    /// Whether `m` is `Object.hashCode`, the identity hash (see [`Self::identity_hash`]).
    pub(super) fn is_object_hash_code(m: MethodRef) -> bool {
        m.class.super_class.is_none()
            && m.class.loader == rt::LoaderId::Boot
            && &*m.class.name == "java/lang/Object"
            && &*m.name == "hashCode"
            && &*m.descriptor == "()I"
    }

    /// Calls with a known target that are intrinsics: translated, and `Some` with how the block goes on.
    pub(super) fn intrinsic_call(&mut self, m: MethodRef, kinds: &[Kind], ret: Option<Kind>) -> R<Option<Flow>> {
        if Self::is_object_hash_code(m) {
            let receiver = self.pop_args(kinds)?[0].0;
            self.null_check(receiver);
            let hash = self.identity_hash(receiver);
            self.push(hash, Kind::I);
            return Ok(Some(Flow::Next));
        }
        if &*m.class.name == "java/lang/String" && &*m.name == "charAt" && &*m.descriptor == "(I)C" {
            return self.char_at(m, kinds, ret).map(Some);
        }
        if &*m.class.name == "java/lang/String" && &*m.name == "length" && &*m.descriptor == "()I" && m.class.loader == rt::LoaderId::Boot {
            return self.string_length(m, kinds).map(Some);
        }
        Ok(None)
    }

    /// `String.length`: the length of the string's `char[]`.
    fn string_length(&mut self, m: MethodRef, kinds: &[Kind]) -> R<Flow> {
        let value = Self::string_value(m).ok_or_else(|| self.malformed("java.lang.String without its char[] value"))?;
        let receiver = self.pop_args(kinds)?[0].0;
        self.null_check(receiver);
        let chars = self.b.ins().load(I64, heap(), receiver, value);
        let length = self.array_length(chars);
        self.push(length, Kind::I);
        Ok(Flow::Next)
    }

    /// The offset of `String`'s `char[] value` field.
    fn string_value(m: MethodRef) -> Option<i32> {
        let field = m.class.fields.iter().find(|f| !f.is_static() && &*f.name == "value" && &*f.descriptor == "[C")?;
        i32::try_from(field.offset).ok()
    }

    /// `String.charAt`: the character from the string's `char[]` when the index is in range; otherwise the
    /// call, which throws.
    fn char_at(&mut self, m: MethodRef, kinds: &[Kind], ret: Option<Kind>) -> R<Flow> {
        let value = Self::string_value(m).ok_or_else(|| self.malformed("java.lang.String without its char[] value"))?;
        let args = self.pop_args(kinds)?;
        let (receiver, index) = (args[0].0, args[1].0);
        self.null_check(receiver);
        let chars = self.b.ins().load(I64, heap(), receiver, value);
        let length = self.array_length(chars);
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
        let c = self.b.ins().uload16(I32, self.element_flags, addr, ARRAY_BASE_OFFSET as i32);
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
