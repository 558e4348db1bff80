//! `java.math.BigInteger`'s magnitude kernels: addition, subtraction, multiplication (schoolbook, Karatsuba
//! above [`KARATSUBA_THRESHOLD`] words), division with remainder (Knuth's Algorithm D, TAOCP vol. 2, 4.3.1),
//! shifts and radix conversion.
//!
//! `BigInteger` keeps its value as a sign and a magnitude: an `int[]` of little-endian 32-bit words with no
//! zero word at the top. The Java class does the signs, the special cases and the API; it hands the word
//! arithmetic to these natives because an interpreter spends ten or more bytecodes per word where Rust spends
//! one or two instructions (the pidigits benchmark was 11x slower than HotSpot with the loops in Java).
//!
//! GC safety: each native copies its `int[]` arguments into `Vec<u32>`s first, computes in Rust, and allocates
//! the Java result arrays last; when it returns two arrays it keeps the first in a handle while allocating the
//! second (see `NATIVES.md`, "java.math.BigInteger").

use rt::{JResult, JavaThread, NativeRegistry, ObjRef, Runtime, ValueKind};

use super::{Args, reference};

/// Operand size (in words) from which Karatsuba's three half-size products beat the schoolbook product.
const KARATSUBA_THRESHOLD: usize = 40;

const C: &str = "java/math/BigInteger";

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register(C, "addMag", "([I[I)[I", |rt, thread, a| {
        let (x, y) = two_mags(&Args(a));
        new_mag(rt, thread, &add(&x, &y))
    });
    natives.register(C, "subMag", "([I[I)[I", |rt, thread, a| {
        let (x, y) = two_mags(&Args(a));
        new_mag(rt, thread, &sub(&x, &y))
    });
    natives.register(C, "mulMag", "([I[I)[I", |rt, thread, a| {
        let (x, y) = two_mags(&Args(a));
        new_mag(rt, thread, &mul(&x, &y))
    });
    natives.register(C, "divRemMag", "([I[I)[[I", |rt, thread, a| {
        let (x, y) = two_mags(&Args(a));
        let (q, r) = div_rem(&x, &y);
        let int_array = rt.array_class_of(rt.primitive_class(ValueKind::Int));
        let pair_class = rt.array_class_of(int_array);
        let base = thread.handles.len();
        let result = (|| {
            let q = alloc_mag(rt, thread, &q)?;
            thread.handles.push(q.to_slot());
            let r = alloc_mag(rt, thread, &r)?;
            thread.handles.push(r.to_slot());
            let pair = rt.alloc_array(thread, pair_class, 2)?;
            for k in 0..2 {
                pair.array_set::<u64>(k, thread.handles[base + k]);
                rt.barrier().post_write(pair.field_addr(ObjRef::element_offset(k, 8)));
            }
            Ok(pair)
        })();
        thread.handles.truncate(base);
        reference(Some(result?))
    });
    natives.register(C, "shiftLeftMag", "([II)[I", |rt, thread, a| {
        let a = Args(a);
        new_mag(rt, thread, &shl(&mag(&a, 0), a.int(1) as u32 as usize))
    });
    natives.register(C, "shiftRightMag", "([II)[I", |rt, thread, a| {
        let a = Args(a);
        new_mag(rt, thread, &shr(&mag(&a, 0), a.int(1) as u32 as usize))
    });
    natives.register(C, "toRadixString", "(I[II)Ljava/lang/String;", |rt, thread, a| {
        let a = Args(a);
        let text = to_radix_string(a.int(0) < 0, &mag(&a, 1), a.int(2) as u32);
        reference(Some(rt.new_string(thread, &text)?))
    });
}

/// The words of the `int[]` in slot `i` (empty for null, which the Java callers never pass).
fn mag(a: &Args, i: usize) -> Vec<u32> {
    match a.obj(i) {
        Some(array) => (0..array.array_length() as usize).map(|k| array.array_get::<u32>(k)).collect(),
        None => Vec::new(),
    }
}

fn two_mags(a: &Args) -> (Vec<u32>, Vec<u32>) {
    (mag(a, 0), mag(a, 1))
}

/// A new `int[]` holding `words`.
fn alloc_mag(rt: &Runtime, thread: &mut JavaThread, words: &[u32]) -> JResult<ObjRef> {
    let class = rt.array_class_of(rt.primitive_class(ValueKind::Int));
    let array = rt.alloc_array(thread, class, words.len() as i32)?;
    for (k, &w) in words.iter().enumerate() {
        array.array_set::<u32>(k, w);
    }
    Ok(array)
}

fn new_mag(rt: &Runtime, thread: &mut JavaThread, words: &[u32]) -> JResult<u64> {
    reference(Some(alloc_mag(rt, thread, words)?))
}

// ------------------------------------------------------------------------------------------ kernels

/// Drops zero words from the top.
fn trim(mut v: Vec<u32>) -> Vec<u32> {
    while v.last() == Some(&0) {
        v.pop();
    }
    v
}

/// Compares two trimmed magnitudes.
pub(crate) fn cmp(a: &[u32], b: &[u32]) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// a + b, trimmed.
pub(crate) fn add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let s = u64::from(x) + u64::from(b.get(i).copied().unwrap_or(0)) + carry;
        r.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        r.push(carry as u32);
    }
    r
}

/// a - b for a >= b, trimmed.
pub(crate) fn sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = a.to_vec();
    sub_in_place(&mut r, b);
    trim(r)
}

/// x -= s (x >= s as numbers; s may be longer than x only by zero words).
fn sub_in_place(x: &mut [u32], s: &[u32]) {
    accumulate(x, s, -1);
}

/// r += s, carrying as far as needed within r (the caller guarantees no overflow out of r).
fn add_in_place(r: &mut [u32], s: &[u32]) {
    accumulate(r, s, 1);
}

/// x += sign * s for a sign of 1 or -1, the carry or borrow propagating within x.
fn accumulate(x: &mut [u32], s: &[u32], sign: i64) {
    let mut carry = 0i64;
    let mut i = 0;
    let n = s.len().min(x.len());
    while i < n {
        let d = i64::from(x[i]) + sign * i64::from(s[i]) + carry;
        x[i] = d as u32;
        carry = d >> 32;
        i += 1;
    }
    while carry != 0 && i < x.len() {
        let d = i64::from(x[i]) + carry;
        x[i] = d as u32;
        carry = d >> 32;
        i += 1;
    }
}

/// a * b, trimmed.
pub(crate) fn mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = vec![0u32; a.len() + b.len()];
    mul_into(a, b, &mut r);
    trim(r)
}

/// r = a * b, where a.len() >= b.len() and r has a.len() + b.len() words, all zero on entry.
fn mul_into(a: &[u32], b: &[u32], r: &mut [u32]) {
    if b.len() < KARATSUBA_THRESHOLD {
        schoolbook(a, b, r);
        return;
    }
    let half = a.len().div_ceil(2);
    if b.len() <= half {
        // Unbalanced: multiply b by slices of a of b's length and add the partial products.
        let mut part = vec![0u32; 2 * b.len()];
        let mut at = 0;
        while at < a.len() {
            let chunk = &a[at..(at + b.len()).min(a.len())];
            part.iter_mut().for_each(|w| *w = 0);
            let len = chunk.len() + b.len();
            if chunk.len() >= b.len() {
                mul_into(chunk, b, &mut part[..len]);
            } else {
                mul_into(b, chunk, &mut part[..len]);
            }
            add_in_place(&mut r[at..], &part[..len]);
            at += b.len();
        }
        return;
    }
    // x = x1*B + x0, y = y1*B + y0: xy = z2*B^2 + ((x0+x1)(y0+y1) - z2 - z0)*B + z0.
    let (a0, a1) = a.split_at(half);
    let (b0, b1) = b.split_at(half);
    {
        let (lo, hi) = r.split_at_mut(2 * half);
        mul_into(a0, b0, lo);
        if a1.len() >= b1.len() {
            mul_into(a1, b1, hi);
        } else {
            mul_into(b1, a1, hi);
        }
    }
    let sa = add(a0, a1);
    let sb = add(b0, b1);
    let mut z1 = vec![0u32; sa.len() + sb.len()];
    if sa.len() >= sb.len() {
        mul_into(&sa, &sb, &mut z1);
    } else {
        mul_into(&sb, &sa, &mut z1);
    }
    sub_in_place(&mut z1, &r[..2 * half]);
    sub_in_place(&mut z1, &r[2 * half..]);
    add_in_place(&mut r[half..], &z1);
}

/// r = a * b by rows; r zero on entry, a.len() + b.len() words.
fn schoolbook(a: &[u32], b: &[u32], r: &mut [u32]) {
    for (j, &f) in b.iter().enumerate() {
        if f == 0 {
            continue;
        }
        let f = u64::from(f);
        let mut carry = 0u64;
        let row = &mut r[j..j + a.len()];
        for (out, &x) in row.iter_mut().zip(a) {
            let p = u64::from(x) * f + u64::from(*out) + carry;
            *out = p as u32;
            carry = p >> 32;
        }
        r[j + a.len()] = carry as u32;
    }
}

/// {a / b, a % b}, both trimmed; b is not zero.
pub(crate) fn div_rem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp(a, b).is_lt() {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let d = u64::from(b[0]);
        let mut q = vec![0u32; a.len()];
        let mut rem = 0u64;
        for i in (0..a.len()).rev() {
            let cur = (rem << 32) | u64::from(a[i]);
            q[i] = (cur / d) as u32;
            rem = cur % d;
        }
        let r = if rem == 0 { Vec::new() } else { vec![rem as u32] };
        return (trim(q), r);
    }
    knuth_d(a, b)
}

/// Algorithm D for a >= b, b of at least two words: normalize so the divisor's top bit is set, estimate each
/// quotient word from the top two dividend words, correct it with the third, multiply and subtract, and add
/// back in the rare case the estimate was still one too large.
fn knuth_d(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = b.len();
    let m = a.len() - n;
    let s = b[n - 1].leading_zeros();
    let v = shl_words(b, s, n);
    let mut u = shl_words(a, s, a.len() + 1);
    let v_top = u64::from(v[n - 1]);
    let v_next = u64::from(v[n - 2]);
    let mut q = vec![0u32; m + 1];
    for j in (0..=m).rev() {
        let num = (u64::from(u[j + n]) << 32) | u64::from(u[j + n - 1]);
        let (mut qhat, mut rhat) = if u64::from(u[j + n]) >= v_top {
            let qhat = u64::from(u32::MAX);
            (qhat, num.wrapping_sub(qhat * v_top))
        } else {
            (num / v_top, num % v_top)
        };
        while rhat <= u64::from(u32::MAX) && qhat * v_next > ((rhat << 32) | u64::from(u[j + n - 2])) {
            qhat -= 1;
            rhat += v_top;
        }
        // u[j..=j+n] -= qhat * v.
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * u64::from(v[i]) + carry;
            carry = p >> 32;
            let d = i64::from(u[i + j]) - i64::from(p as u32) + borrow;
            u[i + j] = d as u32;
            borrow = d >> 32;
        }
        let d = i64::from(u[j + n]) - carry as i64 + borrow;
        u[j + n] = d as u32;
        if d < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let t = u64::from(u[i + j]) + u64::from(v[i]) + c;
                u[i + j] = t as u32;
                c = t >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    let r: Vec<u32> = if s == 0 {
        u[..n].to_vec()
    } else {
        (0..n).map(|i| (u[i] >> s) | (u[i + 1] << (32 - s))).collect()
    };
    (trim(q), trim(r))
}

/// `x << s` (s < 32) into `len` words (len >= x.len(), and large enough for the bits shifted out of the top).
fn shl_words(x: &[u32], s: u32, len: usize) -> Vec<u32> {
    let mut r = vec![0u32; len];
    if s == 0 {
        r[..x.len()].copy_from_slice(x);
        return r;
    }
    let mut carry = 0u32;
    for (i, &w) in x.iter().enumerate() {
        r[i] = (w << s) | carry;
        carry = w >> (32 - s);
    }
    if x.len() < len {
        r[x.len()] = carry;
    }
    r
}

/// a * 2^n, trimmed.
pub(crate) fn shl(a: &[u32], n: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let words = n / 32;
    let mut r = vec![0u32; words];
    r.extend(shl_words(a, (n % 32) as u32, a.len() + 1));
    trim(r)
}

/// floor(a / 2^n), trimmed.
pub(crate) fn shr(a: &[u32], n: usize) -> Vec<u32> {
    let words = n / 32;
    if words >= a.len() {
        return Vec::new();
    }
    let bits = (n % 32) as u32;
    let src = &a[words..];
    if bits == 0 {
        return src.to_vec();
    }
    let r = (0..src.len())
        .map(|i| {
            let hi = src.get(i + 1).map_or(0, |&w| w << (32 - bits));
            (src[i] >> bits) | hi
        })
        .collect();
    trim(r)
}

/// The digits of a magnitude in `radix` (2..=36), lower-case, with a leading `-` if `negative`: chunks of
/// as many digits as fit in a word are split off by repeated short division.
pub(crate) fn to_radix_string(negative: bool, a: &[u32], radix: u32) -> String {
    if a.is_empty() {
        return "0".to_owned();
    }
    let radix64 = u64::from(radix);
    let (mut pow, mut chunk_digits) = (radix64, 1usize);
    while pow * radix64 <= u64::from(u32::MAX) {
        pow *= radix64;
        chunk_digits += 1;
    }
    let mut cur = a.to_vec();
    let mut chunks = Vec::new();
    while !cur.is_empty() {
        let mut rem = 0u64;
        for w in cur.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*w);
            *w = (v / pow) as u32;
            rem = v % pow;
        }
        while cur.last() == Some(&0) {
            cur.pop();
        }
        chunks.push(rem as u32);
    }
    let mut out = String::with_capacity(chunks.len() * chunk_digits + 1);
    if negative {
        out.push('-');
    }
    let mut digits = [0u8; 32];
    for (k, &chunk) in chunks.iter().rev().enumerate() {
        let mut c = chunk;
        let mut len = 0;
        while c != 0 {
            digits[len] = char::from_digit(c % radix, radix).map_or(b'?', |d| d as u8);
            c /= radix;
            len += 1;
        }
        if k > 0 {
            out.extend(std::iter::repeat_n('0', chunk_digits - len));
        }
        out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-random magnitude of `n` words (top word nonzero).
    fn words(n: usize, seed: u64) -> Vec<u32> {
        let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut v: Vec<u32> = (0..n)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (x >> 32) as u32
            })
            .collect();
        if let Some(top) = v.last_mut() {
            *top |= 1;
        }
        v
    }

    fn schoolbook_product(a: &[u32], b: &[u32]) -> Vec<u32> {
        let mut r = vec![0u32; a.len() + b.len()];
        schoolbook(a, b, &mut r);
        trim(r)
    }

    #[test]
    fn karatsuba_agrees_with_schoolbook() {
        for (an, bn) in [(40, 40), (41, 97), (200, 200), (300, 45), (513, 260), (1000, 999)] {
            let (a, b) = (words(an, an as u64), words(bn, bn as u64 + 7));
            let expected = schoolbook_product(if an >= bn { &a } else { &b }, if an >= bn { &b } else { &a });
            assert_eq!(mul(&a, &b), expected, "{an}x{bn}");
        }
    }

    #[test]
    fn division_inverts_multiplication() {
        for (an, bn) in [(3, 2), (10, 3), (100, 40), (60, 59), (500, 17), (7, 1)] {
            let (a, b) = (words(an, 3), words(bn, 5));
            let (q, r) = div_rem(&a, &b);
            assert!(cmp(&r, &b).is_lt());
            assert_eq!(add(&mul(&q, &b), &r), a);
        }
        assert_eq!(div_rem(&[5], &[7]), (vec![], vec![5]));
        // Divisors with a zero next-to-top word and dividends of all-ones words stress the estimate's correction.
        for (a, b) in [
            (vec![0, 0, 0x8000_0000, 0x7fff_ffff], vec![1, 0, 0x8000_0000]),
            (vec![u32::MAX; 6], vec![u32::MAX, 0, 0x8000_0000]),
            (vec![0, 0, 0, 0x8000_0000], vec![u32::MAX, u32::MAX, 0x8000_0000]),
        ] {
            let (q, r) = div_rem(&a, &b);
            assert!(cmp(&r, &b).is_lt());
            assert_eq!(add(&mul(&q, &b), &r), a);
        }
    }

    #[test]
    fn shifts_and_subtraction() {
        let a = words(9, 11);
        assert_eq!(shr(&shl(&a, 77), 77), a);
        assert_eq!(shr(&a, 9 * 32), Vec::<u32>::new());
        assert_eq!(sub(&add(&a, &[1]), &[1]), a);
        assert_eq!(sub(&a, &a), Vec::<u32>::new());
    }

    #[test]
    fn radix_strings() {
        assert_eq!(to_radix_string(false, &[0, 1], 10), "4294967296");
        assert_eq!(to_radix_string(true, &[0xffff_ffff, 0xffff_ffff, 1], 16), "-1ffffffffffffffff");
        assert_eq!(to_radix_string(false, &[1_000_000_000, 0], 10), "1000000000");
        assert_eq!(to_radix_string(false, &shl(&[1], 100), 36), "3ewfdnca0n6ld1ggvfgg");
        assert_eq!(to_radix_string(false, &[], 10), "0");
    }
}
