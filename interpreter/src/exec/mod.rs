//! The dispatch loop: one activation runs interpreted frames until the frame it was entered with returns.
//!
//! Calls between interpreted methods do not recurse on the host stack: the loop pushes a frame record,
//! points its locals at the arguments already on the caller's operand stack, and carries on in the callee;
//! a return pops the record and carries on in the caller. Only natives and the runtime calling back into
//! Java (class initializers, exception constructors) start a new activation.
//!
//! Registers of the loop: `m` (the method), `code` (its quickened code), `pc` (instruction index), `lb`
//! (slab index of local 0), `sp` (slab index one past the operand-stack top). They are written back to the
//! frame record (`sync`) before anything that can throw, call or allocate, so stack walkers and exception
//! dispatch see the current position.
//!
//! GC safety: the moving collector finds the references in interpreter frames through `rt::refmap` (the
//! map at the frame's saved bci names the reference slots among its locals and its operand stack below the
//! saved `sp`). So at every point where a collection can happen (any allocation, including the one a throw
//! makes for its exception; class loading, linking, initialization and constant resolution; every call,
//! since natives allocate and Java callees do anything; safepoint polls; `invokedynamic` linking):
//! - the frame record's `pc`, `bci` and `sp` have been synced for the current instruction (`sync!`, or the
//!   `throw!` path, which syncs first);
//! - the slots below the saved `sp` hold what the map at that bci says: an instruction may pop its operands
//!   before the collection point (the saved height only drops, the rest of the stack is unchanged), but never
//!   pushes before it without syncing again;
//! - no Rust local holds an `ObjRef` or a reference slot across that point: values are read from the slab
//!   after it (operands stay on the operand stack, inside the saved `sp`, until then), or kept in the
//!   thread's handles (`multianewarray`, handler lookup in `unwind`);
//! - the saved `sp` never rises again over slots a collection may have skipped: a call lowers it to where its
//!   arguments start (they are the callee's locals, or a native's copies) and it stays there if the call
//!   throws (`call::invoke`).
//!
//! Superinstructions (`fuse`) contain no collection point; see that module.

mod call;
mod link;
mod osr;
mod unwind;
mod volatile;

use std::sync::atomic::Ordering;

use rt::object::ObjRef;
use rt::thread::{Frame, JResult, JavaThread, Thrown};
use rt::{MethodRef, Runtime, ValueKind};

use crate::quick::{QuickCode, a_of, b_of, c_of, op, op_of};
use crate::slots::Slots;


/// The loop's registers.
struct Regs<'rt> {
    m: MethodRef,
    code: &'rt QuickCode,
    pc: usize,
    lb: usize,
    sp: usize,
}

/// Runs `method` with `args` (slot form) on `thread` and returns its result.
pub(crate) fn execute(rt: &Runtime, thread: &mut JavaThread, method: MethodRef, args: &[u64]) -> JResult<u64> {
    let entry_depth = thread.frames.len();
    let base = thread.stack_top();
    if base + args.len() > thread.slot_limit() {
        return Err(rt.throw_stack_overflow(thread));
    }
    for (i, &arg) in args.iter().enumerate() {
        thread.stack.set(base + i, arg);
    }
    let regs = call::enter(rt, thread, method, base)?;
    run(rt, thread, regs, entry_depth)
}

#[inline(always)]
fn i(v: u64) -> i32 {
    v as u32 as i32
}
#[inline(always)]
fn iv(v: i32) -> u64 {
    u64::from(v as u32)
}
#[inline(always)]
fn f(v: u64) -> f32 {
    f32::from_bits(v as u32)
}
#[inline(always)]
fn fv(v: f32) -> u64 {
    u64::from(v.to_bits())
}
#[inline(always)]
fn d(v: u64) -> f64 {
    f64::from_bits(v)
}
#[inline(always)]
fn dv(v: f64) -> u64 {
    v.to_bits()
}

/// `fcmpl`/`fcmpg`/`dcmpl`/`dcmpg`: -1, 0 or 1, and `nan` when either operand is NaN.
#[inline(always)]
fn compare<T: PartialOrd>(a: T, b: T, nan: i32) -> i32 {
    match a.partial_cmp(&b) {
        Some(std::cmp::Ordering::Less) => -1,
        Some(std::cmp::Ordering::Equal) => 0,
        Some(std::cmp::Ordering::Greater) => 1,
        None => nan,
    }
}

/// The dispatch loop. Returns when the frame at depth `entry_depth` returns or throws.
fn run<'rt>(rt: &'rt Runtime, thread: &mut JavaThread, r: Regs<'rt>, entry_depth: usize) -> JResult<u64> {
    let s = Slots::of(&thread.stack);
    // The registers live in locals, never behind a reference, so the compiler keeps them in machine
    // registers; helpers get a `Regs` built for the call and hand back the new state.
    let Regs { mut m, mut code, mut pc, mut lb, mut sp } = r;
    macro_rules! regs {
        () => {
            Regs { m, code, pc, lb, sp }
        };
    }
    macro_rules! set_regs {
        ($r:expr) => {{
            let new: Regs<'rt> = $r;
            m = new.m;
            code = new.code;
            pc = new.pc;
            lb = new.lb;
            sp = new.sp;
        }};
    }
    let barrier = rt.barrier();
    // On-stack replacement: the back-edge count at which a loop asks the tiering policy for compiled code
    // (`u32::MAX` under `-Xint`, so never).
    let osr_threshold = rt.tiering.osr_threshold();
    // Instructions dispatched by this activation, kept in a register and published when it ends (`--stats`).
    let mut executed: u64 = 0;
    macro_rules! exit {
        ($result:expr) => {{
            rt.counters.bytecodes_interpreted.fetch_add(executed, Ordering::Relaxed);
            return $result;
        }};
    }

    macro_rules! sync {
        () => {{
            let frame = thread.frames.last_mut().expect("the loop runs inside a frame");
            frame.pc = pc as u32;
            frame.bci = code.bcis[pc];
            frame.sp = sp as u32;
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            s.set(sp, $v);
            sp += 1;
        }};
    }
    macro_rules! push2 {
        ($v:expr) => {{
            s.set(sp, $v);
            sp += 2;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            s.get(sp)
        }};
    }
    macro_rules! pop2 {
        () => {{
            sp -= 2;
            s.get(sp)
        }};
    }
    macro_rules! throw {
        ($e:expr) => {{
            sync!();
            let _: Thrown = $e;
            match unwind::dispatch(rt, thread, entry_depth) {
                Some(regs) => {
                    set_regs!(regs);
                    continue;
                }
                None => exit!(Err(Thrown)),
            }
        }};
    }
    macro_rules! check {
        ($result:expr) => {
            match $result {
                Ok(v) => v,
                Err(thrown) => throw!(thrown),
            }
        };
    }
    macro_rules! binop_i {
        ($f:expr) => {{
            let b = i(pop!());
            let a = i(pop!());
            push!(iv($f(a, b)));
        }};
    }
    macro_rules! binop_l {
        ($f:expr) => {{
            let b = pop2!() as i64;
            let a = pop2!() as i64;
            push2!($f(a, b) as u64);
        }};
    }
    macro_rules! binop_f {
        ($f:expr) => {{
            let b = f(pop!());
            let a = f(pop!());
            push!(fv($f(a, b)));
        }};
    }
    macro_rules! binop_d {
        ($f:expr) => {{
            let b = d(pop2!());
            let a = d(pop2!());
            push2!(dv($f(a, b)));
        }};
    }
    macro_rules! branch_if {
        ($cond:expr, $w:expr) => {{
            if $cond {
                let target = c_of($w) as usize;
                if target <= pc {
                    backedge!(target);
                }
                pc = target;
                continue;
            }
        }};
    }
    // A back-edge to instruction `$target`: count it, poll, and once the method's loops are hot, move the
    // frame into compiled code (on-stack replacement) if the loop head has an empty operand stack.
    macro_rules! backedge {
        ($target:expr) => {{
            let counter = &m.backedges;
            let count = counter.load(Ordering::Relaxed).wrapping_add(1);
            counter.store(count, Ordering::Relaxed);
            thread.fuel -= 1;
            if (thread.fuel <= 0) | (thread.poll.load(Ordering::Relaxed) != 0) {
                sync!();
                check!(rt.safepoint(thread));
            }
            if count >= osr_threshold && sp == lb + usize::from(code.max_locals) {
                let target: usize = $target;
                let ret_width = m.ret.slots();
                match osr::transfer(rt, thread, code, target, sp) {
                    None => {}
                    // The method finished in compiled code, which popped its frame: carry on as its return
                    // instruction would have.
                    Some(Ok(value)) => {
                        if thread.frames.len() == entry_depth {
                            exit!(Ok(value));
                        }
                        set_regs!(call::resume_caller(rt, thread));
                        if ret_width > 0 {
                            s.set(sp, value);
                            sp += ret_width;
                        }
                        pc += 1;
                        continue;
                    }
                    // It threw out of the method: look for a handler in the callers, the frame is gone.
                    Some(Err(Thrown)) => match unwind::dispatch(rt, thread, entry_depth) {
                        Some(regs) => {
                            set_regs!(regs);
                            continue;
                        }
                        None => exit!(Err(Thrown)),
                    },
                }
            }
        }};
    }
    /// Pops an array reference and an index, null- and bounds-checked.
    macro_rules! array_index {
        () => {{
            let index = i(pop!());
            let array = match ObjRef::from_slot(pop!()) {
                Some(a) => a,
                None => throw!(rt.throw_null_pointer(thread)),
            };
            let length = array.array_length();
            if index < 0 || index >= length {
                throw!(rt.throw_array_index(thread, index, length));
            }
            (array, index as usize)
        }};
    }
    macro_rules! array_store {
        ($pop:ident, $ty:ty, $conv:expr) => {{
            let value = $pop!();
            let (array, index) = array_index!();
            array.array_set::<$ty>(index, $conv(value));
        }};
    }
    macro_rules! receiver {
        ($offset_from_top:expr) => {
            match ObjRef::from_slot(s.get(sp - $offset_from_top)) {
                Some(obj) => obj,
                None => throw!(rt.throw_null_pointer(thread)),
            }
        };
    }

    loop {
        executed += 1;
        let w = crate::slots::fetch(code, pc);
        match op_of(w) {
            op::NOP => {}
            op::ACONST_NULL => push!(0),
            op::ICONST => push!(u64::from(c_of(w))),
            op::CONST2 => push2!(code.side(c_of(w))),
            op::LOAD => push!(s.get(lb + usize::from(b_of(w)))),
            op::LOAD2 => push2!(s.get(lb + usize::from(b_of(w)))),
            op::STORE => {
                let v = pop!();
                s.set(lb + usize::from(b_of(w)), v);
            }
            op::STORE2 => {
                let v = pop2!();
                s.set(lb + usize::from(b_of(w)), v);
            }
            op::IINC => {
                let slot = lb + usize::from(b_of(w));
                s.set(slot, iv(i(s.get(slot)).wrapping_add(c_of(w) as i32)));
            }

            op::IALOAD | op::FALOAD => {
                let (array, index) = array_index!();
                push!(u64::from(array.array_get::<u32>(index)));
            }
            op::LALOAD | op::DALOAD => {
                let (array, index) = array_index!();
                push2!(array.array_get::<u64>(index));
            }
            op::AALOAD => {
                let (array, index) = array_index!();
                push!(array.array_get::<u64>(index));
            }
            op::BALOAD => {
                let (array, index) = array_index!();
                push!(iv(i32::from(array.array_get::<i8>(index))));
            }
            op::CALOAD => {
                let (array, index) = array_index!();
                push!(iv(i32::from(array.array_get::<u16>(index))));
            }
            op::SALOAD => {
                let (array, index) = array_index!();
                push!(iv(i32::from(array.array_get::<i16>(index))));
            }
            op::IASTORE | op::FASTORE => array_store!(pop, u32, |v: u64| v as u32),
            op::LASTORE | op::DASTORE => array_store!(pop2, u64, |v: u64| v),
            op::BASTORE => {
                let value = i(pop!());
                let (array, index) = array_index!();
                let is_boolean = array.class().element_kind() == Some(ValueKind::Boolean);
                array.array_set::<i8>(index, if is_boolean { (value & 1) as i8 } else { value as i8 });
            }
            op::CASTORE => array_store!(pop, u16, |v: u64| v as u16),
            op::SASTORE => array_store!(pop, i16, |v: u64| v as i16),
            op::AASTORE => {
                let value = pop!();
                let (array, index) = array_index!();
                if let Some(obj) = ObjRef::from_slot(value) {
                    let component = array.class().component().expect("aastore targets a reference array");
                    if !obj.class().is_assignable_to(&component) {
                        throw!(rt.throw_array_store(thread, obj.class()));
                    }
                }
                array.array_set::<u64>(index, value);
                barrier.post_write(array.field_addr(ObjRef::element_offset(index, 8)));
            }

            op::POP => sp -= 1,
            op::POP2 => sp -= 2,
            op::DUP => {
                let v = s.get(sp - 1);
                push!(v);
            }
            op::DUP_X1 => {
                let (v2, v1) = (s.get(sp - 2), s.get(sp - 1));
                s.set(sp - 2, v1);
                s.set(sp - 1, v2);
                push!(v1);
            }
            op::DUP_X2 => {
                let (v3, v2, v1) = (s.get(sp - 3), s.get(sp - 2), s.get(sp - 1));
                s.set(sp - 3, v1);
                s.set(sp - 2, v3);
                s.set(sp - 1, v2);
                push!(v1);
            }
            op::DUP2 => {
                let (v2, v1) = (s.get(sp - 2), s.get(sp - 1));
                push!(v2);
                push!(v1);
            }
            op::DUP2_X1 => {
                let (v3, v2, v1) = (s.get(sp - 3), s.get(sp - 2), s.get(sp - 1));
                s.set(sp - 3, v2);
                s.set(sp - 2, v1);
                s.set(sp - 1, v3);
                push!(v2);
                push!(v1);
            }
            op::DUP2_X2 => {
                let (v4, v3, v2, v1) = (s.get(sp - 4), s.get(sp - 3), s.get(sp - 2), s.get(sp - 1));
                s.set(sp - 4, v2);
                s.set(sp - 3, v1);
                s.set(sp - 2, v4);
                s.set(sp - 1, v3);
                push!(v2);
                push!(v1);
            }
            op::SWAP => {
                let (v2, v1) = (s.get(sp - 2), s.get(sp - 1));
                s.set(sp - 2, v1);
                s.set(sp - 1, v2);
            }

            op::IADD => binop_i!(i32::wrapping_add),
            op::LADD => binop_l!(i64::wrapping_add),
            op::FADD => binop_f!(|a: f32, b: f32| a + b),
            op::DADD => binop_d!(|a: f64, b: f64| a + b),
            op::ISUB => binop_i!(i32::wrapping_sub),
            op::LSUB => binop_l!(i64::wrapping_sub),
            op::FSUB => binop_f!(|a: f32, b: f32| a - b),
            op::DSUB => binop_d!(|a: f64, b: f64| a - b),
            op::IMUL => binop_i!(i32::wrapping_mul),
            op::LMUL => binop_l!(i64::wrapping_mul),
            op::FMUL => binop_f!(|a: f32, b: f32| a * b),
            op::DMUL => binop_d!(|a: f64, b: f64| a * b),
            op::IDIV | op::IREM => {
                let b = i(pop!());
                let a = i(pop!());
                if b == 0 {
                    throw!(rt.throw_divide_by_zero(thread));
                }
                push!(iv(if op_of(w) == op::IDIV { a.wrapping_div(b) } else { a.wrapping_rem(b) }));
            }
            op::LDIV | op::LREM => {
                let b = pop2!() as i64;
                let a = pop2!() as i64;
                if b == 0 {
                    throw!(rt.throw_divide_by_zero(thread));
                }
                push2!((if op_of(w) == op::LDIV { a.wrapping_div(b) } else { a.wrapping_rem(b) }) as u64);
            }
            op::FDIV => binop_f!(|a: f32, b: f32| a / b),
            op::DDIV => binop_d!(|a: f64, b: f64| a / b),
            op::FREM => binop_f!(|a: f32, b: f32| a % b),
            op::DREM => binop_d!(|a: f64, b: f64| a % b),
            op::INEG => {
                let a = i(pop!());
                push!(iv(a.wrapping_neg()));
            }
            op::LNEG => {
                let a = pop2!() as i64;
                push2!(a.wrapping_neg() as u64);
            }
            op::FNEG => {
                let a = f(pop!());
                push!(fv(-a));
            }
            op::DNEG => {
                let a = d(pop2!());
                push2!(dv(-a));
            }
            op::ISHL => binop_i!(|a: i32, b: i32| a.wrapping_shl(b as u32)),
            op::ISHR => binop_i!(|a: i32, b: i32| a.wrapping_shr(b as u32)),
            op::IUSHR => binop_i!(|a: i32, b: i32| (a as u32).wrapping_shr(b as u32) as i32),
            op::LSHL | op::LSHR | op::LUSHR => {
                let count = i(pop!()) as u32;
                let a = pop2!() as i64;
                let result = match op_of(w) {
                    op::LSHL => a.wrapping_shl(count),
                    op::LSHR => a.wrapping_shr(count),
                    _ => (a as u64).wrapping_shr(count) as i64,
                };
                push2!(result as u64);
            }
            op::IAND => binop_i!(|a: i32, b: i32| a & b),
            op::LAND => binop_l!(|a: i64, b: i64| a & b),
            op::IOR => binop_i!(|a: i32, b: i32| a | b),
            op::LOR => binop_l!(|a: i64, b: i64| a | b),
            op::IXOR => binop_i!(|a: i32, b: i32| a ^ b),
            op::LXOR => binop_l!(|a: i64, b: i64| a ^ b),

            op::I2L => {
                let a = i(pop!());
                push2!(i64::from(a) as u64);
            }
            op::I2F => {
                let a = i(pop!());
                push!(fv(a as f32));
            }
            op::I2D => {
                let a = i(pop!());
                push2!(dv(f64::from(a)));
            }
            op::L2I => {
                let a = pop2!() as i64;
                push!(iv(a as i32));
            }
            op::L2F => {
                let a = pop2!() as i64;
                push!(fv(a as f32));
            }
            op::L2D => {
                let a = pop2!() as i64;
                push2!(dv(a as f64));
            }
            // Rust's float-to-int `as` saturates and maps NaN to 0, exactly as JVMS 6.5 f2i/d2l require.
            op::F2I => {
                let a = f(pop!());
                push!(iv(a as i32));
            }
            op::F2L => {
                let a = f(pop!());
                push2!((a as i64) as u64);
            }
            op::F2D => {
                let a = f(pop!());
                push2!(dv(f64::from(a)));
            }
            op::D2I => {
                let a = d(pop2!());
                push!(iv(a as i32));
            }
            op::D2L => {
                let a = d(pop2!());
                push2!((a as i64) as u64);
            }
            op::D2F => {
                let a = d(pop2!());
                push!(fv(a as f32));
            }
            op::I2B => {
                let a = i(pop!());
                push!(iv(i32::from(a as i8)));
            }
            op::I2C => {
                let a = i(pop!());
                push!(iv(i32::from(a as u16)));
            }
            op::I2S => {
                let a = i(pop!());
                push!(iv(i32::from(a as i16)));
            }

            op::LCMP => {
                let b = pop2!() as i64;
                let a = pop2!() as i64;
                push!(iv(a.cmp(&b) as i32));
            }
            op::FCMPL | op::FCMPG => {
                let b = f(pop!());
                let a = f(pop!());
                push!(iv(compare(a, b, if op_of(w) == op::FCMPL { -1 } else { 1 })));
            }
            op::DCMPL | op::DCMPG => {
                let b = d(pop2!());
                let a = d(pop2!());
                push!(iv(compare(a, b, if op_of(w) == op::DCMPL { -1 } else { 1 })));
            }

            op::IFEQ => branch_if!(i(pop!()) == 0, w),
            op::IFNE => branch_if!(i(pop!()) != 0, w),
            op::IFLT => branch_if!(i(pop!()) < 0, w),
            op::IFGE => branch_if!(i(pop!()) >= 0, w),
            op::IFGT => branch_if!(i(pop!()) > 0, w),
            op::IFLE => branch_if!(i(pop!()) <= 0, w),
            op::IF_ICMPEQ | op::IF_ICMPNE | op::IF_ICMPLT | op::IF_ICMPGE | op::IF_ICMPGT | op::IF_ICMPLE => {
                let b = i(pop!());
                let a = i(pop!());
                let taken = match op_of(w) {
                    op::IF_ICMPEQ => a == b,
                    op::IF_ICMPNE => a != b,
                    op::IF_ICMPLT => a < b,
                    op::IF_ICMPGE => a >= b,
                    op::IF_ICMPGT => a > b,
                    _ => a <= b,
                };
                branch_if!(taken, w);
            }
            op::IF_ACMPEQ | op::IF_ACMPNE => {
                let b = pop!();
                let a = pop!();
                branch_if!((a == b) == (op_of(w) == op::IF_ACMPEQ), w);
            }
            op::IFNULL => branch_if!(pop!() == 0, w),
            op::IFNONNULL => branch_if!(pop!() != 0, w),
            op::GOTO => branch_if!(true, w),
            op::JSR => {
                push!((pc + 1) as u64);
                pc = c_of(w) as usize;
                continue;
            }
            op::RET => {
                let target = s.get(lb + usize::from(b_of(w))) as usize;
                if target >= code.code.len() {
                    // Only a `jsr` stores a return address; anything else in the local is ill-typed code.
                    throw!(rt.throw_new(thread, "java/lang/VerifyError", Some("ret to a local that holds no return address")));
                }
                pc = target;
                continue;
            }
            op::TABLESWITCH | op::LOOKUPSWITCH => {
                let key = i(pop!());
                let target = code.switches[c_of(w) as usize].target(key) as usize;
                if target <= pc {
                    backedge!(target);
                }
                pc = target;
                continue;
            }

            op::RETURN0 | op::RETURN1 | op::RETURN2 => {
                let width = usize::from(op_of(w) - op::RETURN0);
                let value = if width == 0 { 0 } else { s.get(sp - width) };
                if m.is_synchronized() {
                    sync!();
                    check!(call::unlock_method(rt, thread));
                }
                thread.frames.pop();
                if thread.frames.len() == entry_depth {
                    exit!(Ok(value));
                }
                set_regs!(call::resume_caller(rt, thread));
                if width > 0 {
                    s.set(sp, value);
                    sp += width;
                }
                pc += 1;
                continue;
            }

            op::GETFIELD_I32 => {
                let obj = receiver!(1);
                s.set(sp - 1, u64::from(obj.read::<u32>(c_of(w) as usize)));
            }
            op::GETFIELD_I64 => {
                let obj = receiver!(1);
                s.set(sp - 1, obj.read::<u64>(c_of(w) as usize));
                sp += 1;
            }
            op::GETFIELD_REF => {
                let obj = receiver!(1);
                s.set(sp - 1, obj.read::<u64>(c_of(w) as usize));
            }
            op::GETFIELD_I8 => {
                let obj = receiver!(1);
                s.set(sp - 1, iv(i32::from(obj.read::<i8>(c_of(w) as usize))));
            }
            op::GETFIELD_U16 => {
                let obj = receiver!(1);
                s.set(sp - 1, iv(i32::from(obj.read::<u16>(c_of(w) as usize))));
            }
            op::GETFIELD_I16 => {
                let obj = receiver!(1);
                s.set(sp - 1, iv(i32::from(obj.read::<i16>(c_of(w) as usize))));
            }
            op::PUTFIELD_I32 => {
                let obj = receiver!(2);
                obj.write::<u32>(c_of(w) as usize, s.get(sp - 1) as u32);
                sp -= 2;
            }
            op::PUTFIELD_I64 => {
                let obj = receiver!(3);
                obj.write::<u64>(c_of(w) as usize, s.get(sp - 2));
                sp -= 3;
            }
            op::PUTFIELD_REF => {
                let obj = receiver!(2);
                let offset = c_of(w) as usize;
                obj.write::<u64>(offset, s.get(sp - 1));
                barrier.post_write(obj.field_addr(offset));
                sp -= 2;
            }
            op::PUTFIELD_I8 => {
                let obj = receiver!(2);
                obj.write::<i8>(c_of(w) as usize, s.get(sp - 1) as i8);
                sp -= 2;
            }
            op::PUTFIELD_BOOL => {
                let obj = receiver!(2);
                obj.write::<i8>(c_of(w) as usize, (s.get(sp - 1) & 1) as i8);
                sp -= 2;
            }
            op::PUTFIELD_I16 => {
                let obj = receiver!(2);
                obj.write::<i16>(c_of(w) as usize, s.get(sp - 1) as i16);
                sp -= 2;
            }
            op::GETSTATIC_1 | op::GETSTATIC_2 => {
                let slot = link::static_slot(code, w);
                // Acquire (a plain load on x86-64) serves volatile statics too.
                let value = slot.load(Ordering::Acquire);
                s.set(sp, value);
                sp += if op_of(w) == op::GETSTATIC_1 { 1 } else { 2 };
            }
            op::PUTSTATIC_1 => {
                let slot = link::static_slot(code, w);
                let value = link::narrow_static(a_of(w), pop!());
                slot.store(value, Ordering::Relaxed);
            }
            op::PUTSTATIC_2 => {
                let slot = link::static_slot(code, w);
                slot.store(pop2!(), Ordering::Relaxed);
            }
            op::PUTSTATIC_VOL => {
                let slot = link::static_slot(code, w);
                let value = if a_of(w) & volatile::WIDE_STATIC != 0 {
                    pop2!()
                } else {
                    link::narrow_static(a_of(w), pop!())
                };
                volatile::put_static(slot, value);
            }
            op::GETFIELD_VOL => {
                let obj = receiver!(1);
                s.set(sp - 1, volatile::get(obj, a_of(w), c_of(w) as usize));
                if volatile::is_wide(a_of(w)) {
                    sp += 1;
                }
            }
            op::PUTFIELD_VOL => {
                let width = if volatile::is_wide(a_of(w)) { 2 } else { 1 };
                let obj = receiver!(width + 1);
                let offset = c_of(w) as usize;
                volatile::put(obj, a_of(w), offset, s.get(sp - width));
                if a_of(w) == op::PUTFIELD_REF {
                    barrier.post_write(obj.field_addr(offset));
                }
                sp -= width + 1;
            }

            op::INVOKEVIRTUAL_Q | op::INVOKEDIRECT_Q | op::INVOKESTATIC_Q | op::INVOKEINTERFACE_Q => {
                let resolved = link::side_method(code, w);
                let args_at = sp - usize::from(resolved.arg_slots);
                let target = match op_of(w) {
                    op::INVOKESTATIC_Q => resolved,
                    op::INVOKEDIRECT_Q => {
                        if s.get(args_at) == 0 {
                            throw!(rt.throw_null_pointer(thread));
                        }
                        resolved
                    }
                    _ => {
                        let Some(obj) = ObjRef::from_slot(s.get(args_at)) else {
                            throw!(rt.throw_null_pointer(thread));
                        };
                        if op_of(w) == op::INVOKEVIRTUAL_Q {
                            rt::resolve::select_virtual(obj.class(), resolved)
                        } else {
                            match rt::resolve::select_interface(obj.class(), resolved) {
                                Some(m) => m,
                                None => throw!(link::throw_no_implementation(rt, thread, obj, resolved)),
                            }
                        }
                    }
                };
                sync!();
                let mut r = regs!();
                let result = call::invoke(rt, thread, &mut r, target, args_at);
                set_regs!(r);
                match result {
                    Ok(()) => continue,
                    Err(thrown) => throw!(thrown),
                }
            }
            op::NEW_Q => {
                sync!();
                let class = link::side_class(code, w);
                let obj = check!(rt.alloc_object(thread, class));
                push!(obj.to_slot());
            }
            op::NEWARRAY | op::ANEWARRAY_Q => {
                sync!();
                let class = check!(link::array_class(rt, thread, code, w));
                let length = i(pop!());
                let array = check!(rt.alloc_array(thread, class, length));
                push!(array.to_slot());
            }
            op::ARRAYLENGTH => match ObjRef::from_slot(pop!()) {
                Some(array) => push!(iv(array.array_length())),
                None => throw!(rt.throw_null_pointer(thread)),
            },
            op::ATHROW => {
                let Some(exception) = ObjRef::from_slot(pop!()) else {
                    throw!(rt.throw_null_pointer(thread));
                };
                throw!(thread.throw(exception));
            }
            op::CHECKCAST_Q => {
                if let Some(obj) = ObjRef::from_slot(s.get(sp - 1)) {
                    let target = link::side_class(code, w);
                    if !obj.class().is_assignable_to(&target) {
                        throw!(rt.throw_class_cast(thread, obj.class(), target));
                    }
                }
            }
            op::INSTANCEOF_Q => {
                let value = pop!();
                let result = ObjRef::from_slot(value).is_some_and(|obj| obj.class().is_assignable_to(&link::side_class(code, w)));
                push!(u64::from(result));
            }
            op::MONITORENTER => {
                let Some(obj) = ObjRef::from_slot(s.get(sp - 1)) else {
                    sp -= 1;
                    throw!(rt.throw_null_pointer(thread));
                };
                // The uncontended case inline; otherwise the runtime may block (and collect), with the object
                // still on the operand stack where the frame's map finds it.
                if !rt::monitor::try_enter_thin(obj, thread.lock_bits) {
                    sync!();
                    check!(rt.monitor_enter(thread, obj));
                }
                sp -= 1;
            }
            op::MONITOREXIT => {
                let Some(obj) = ObjRef::from_slot(s.get(sp - 1)) else {
                    sp -= 1;
                    throw!(rt.throw_null_pointer(thread));
                };
                if !rt::monitor::try_exit_thin(obj, thread.lock_bits) {
                    sync!();
                    check!(rt.monitor_exit(thread, obj));
                }
                sp -= 1;
            }

            op::LOAD_LOAD => {
                push!(s.get(lb + crate::fuse::first_local(w)));
                push!(s.get(lb + usize::from(b_of(w))));
                pc += 2;
                continue;
            }
            op::IF_LL_EQ..=op::IF_LL_LE => {
                let a = i(s.get(lb + crate::fuse::first_local(w)));
                let b = i(s.get(lb + usize::from(b_of(w))));
                let taken = match op_of(w) {
                    op::IF_LL_EQ => a == b,
                    op::IF_LL_NE => a != b,
                    op::IF_LL_LT => a < b,
                    op::IF_LL_GE => a >= b,
                    op::IF_LL_GT => a > b,
                    _ => a <= b,
                };
                if taken {
                    let target = c_of(w) as usize;
                    if target <= pc {
                        backedge!(target);
                    }
                    pc = target;
                } else {
                    pc += 3;
                }
                continue;
            }
            op::IINC_GOTO => {
                let slot = lb + usize::from(b_of(w));
                s.set(slot, iv(i(s.get(slot)).wrapping_add(i32::from(a_of(w) as i8))));
                let target = c_of(w) as usize;
                if target <= pc {
                    backedge!(target);
                }
                pc = target;
                continue;
            }
            op::LOAD_LOAD_IALOAD | op::LOAD_LOAD_AALOAD | op::LOAD_LOAD_CALOAD | op::LOAD_LOAD_BALOAD => {
                let array_slot = s.get(lb + crate::fuse::first_local(w));
                let index = i(s.get(lb + usize::from(b_of(w))));
                match ObjRef::from_slot(array_slot) {
                    Some(array) if index >= 0 && index < array.array_length() => {
                        let index = index as usize;
                        let value = match op_of(w) {
                            op::LOAD_LOAD_IALOAD => u64::from(array.array_get::<u32>(index)),
                            op::LOAD_LOAD_AALOAD => array.array_get::<u64>(index),
                            op::LOAD_LOAD_CALOAD => iv(i32::from(array.array_get::<u16>(index))),
                            _ => iv(i32::from(array.array_get::<i8>(index))),
                        };
                        push!(value);
                        pc += 3;
                    }
                    // Null or out of bounds: do the two loads and let the real array load throw.
                    _ => {
                        push!(array_slot);
                        push!(iv(index));
                        pc += 2;
                    }
                }
                continue;
            }
            op::LOAD_GETFIELD_I32 | op::LOAD_GETFIELD_REF | op::LOAD_GETFIELD_I64 => {
                let receiver = s.get(lb + crate::fuse::first_local(w));
                match ObjRef::from_slot(receiver) {
                    Some(obj) => {
                        let offset = c_of(w) as usize;
                        match op_of(w) {
                            op::LOAD_GETFIELD_I32 => push!(u64::from(obj.read::<u32>(offset))),
                            op::LOAD_GETFIELD_REF => push!(obj.read::<u64>(offset)),
                            _ => push2!(obj.read::<u64>(offset)),
                        }
                        pc += 2;
                    }
                    None => {
                        push!(receiver);
                        pc += 1;
                    }
                }
                continue;
            }

            op::LL_IADD..=op::LL_IMUL_S => {
                let a = i(s.get(lb + crate::fuse::first_local(w)));
                let b = i(s.get(lb + usize::from(b_of(w))));
                let result = iv(match op_of(w) {
                    op::LL_IADD | op::LL_IADD_S => a.wrapping_add(b),
                    op::LL_ISUB | op::LL_ISUB_S => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                });
                if op_of(w) >= op::LL_IADD_S {
                    s.set(lb + c_of(w) as usize, result);
                    pc += 4;
                } else {
                    push!(result);
                    pc += 3;
                }
                continue;
            }
            op::LL2_DADD..=op::LL2_DDIV_S => {
                let a = d(s.get(lb + crate::fuse::first_local(w)));
                let b = d(s.get(lb + usize::from(b_of(w))));
                let result = dv(match op_of(w) {
                    op::LL2_DADD | op::LL2_DADD_S => a + b,
                    op::LL2_DSUB | op::LL2_DSUB_S => a - b,
                    op::LL2_DMUL | op::LL2_DMUL_S => a * b,
                    _ => a / b,
                });
                if op_of(w) >= op::LL2_DADD_S {
                    s.set(lb + c_of(w) as usize, result);
                    pc += 4;
                } else {
                    push2!(result);
                    pc += 3;
                }
                continue;
            }

            // Slow forms: resolve, rewrite into a quick form, and execute that.
            _ => {
                sync!();
                let mut r = regs!();
                let result = link::quicken(rt, thread, &mut r, w, s);
                set_regs!(r);
                match result {
                    Ok(link::Step::Retry) => continue,
                    Ok(link::Step::Next) => {}
                    Err(thrown) => throw!(thrown),
                }
            }
        }
        pc += 1;
    }
}

/// The frame record the loop is running in.
fn current_frame(thread: &JavaThread) -> Frame {
    *thread.frames.last().expect("the loop runs inside a frame")
}
