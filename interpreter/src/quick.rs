//! The quickened code format: what the interpreter actually executes.
//!
//! Each method's bytecode is decoded once into an array of fixed-size instruction words, one per JVM
//! instruction, with branch targets as instruction indices rather than byte offsets. A word packs an
//! operation and three operands: `op` (8 bits), `a` (8 bits), `b` (16 bits), `c` (32 bits). Instructions that
//! refer to the constant pool start in a slow form that resolves the constant on first execution and then
//! rewrite themselves, with one atomic store, into a quick form whose operand is the resolved value (a field
//! offset) or the index of a side-table entry holding it (a method, a class, a static field's slot). Words
//! are atomics so that a rewrite racing with another thread's read is well defined; on x86 the acquire loads
//! and release stores they take cost what plain ones cost.

use std::sync::atomic::{AtomicU64, Ordering};

macro_rules! ops {
    ($($name:ident),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, reason = "the names are the constants' names")]
        #[repr(u8)]
        enum OpIndex { $($name),* }

        /// Operation codes of quickened instructions.
        #[allow(missing_docs, reason = "the names are the JVM mnemonics or say what the quick form does")]
        pub mod op {
            $(pub const $name: u8 = super::OpIndex::$name as u8;)*
        }

        /// The name of an operation, for traces and tests.
        pub fn op_name(code: u8) -> &'static str {
            const NAMES: &[&str] = &[$(stringify!($name)),*];
            NAMES.get(usize::from(code)).copied().unwrap_or("?")
        }
    };
}

ops! {
    NOP, ACONST_NULL, ICONST, CONST2, LDC_STRING, LDC_CLASS, LDC_UNSUPPORTED,
    LOAD, LOAD2, STORE, STORE2, IINC,
    IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD,
    IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE,
    POP, POP2, DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2, SWAP,
    IADD, LADD, FADD, DADD, ISUB, LSUB, FSUB, DSUB, IMUL, LMUL, FMUL, DMUL,
    IDIV, LDIV, FDIV, DDIV, IREM, LREM, FREM, DREM, INEG, LNEG, FNEG, DNEG,
    ISHL, LSHL, ISHR, LSHR, IUSHR, LUSHR, IAND, LAND, IOR, LOR, IXOR, LXOR,
    I2L, I2F, I2D, L2I, L2F, L2D, F2I, F2L, F2D, D2I, D2L, D2F, I2B, I2C, I2S,
    LCMP, FCMPL, FCMPG, DCMPL, DCMPG,
    IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE,
    IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE, IF_ACMPEQ, IF_ACMPNE,
    GOTO, JSR, RET, TABLESWITCH, LOOKUPSWITCH, IFNULL, IFNONNULL,
    RETURN0, RETURN1, RETURN2,
    GETSTATIC, PUTSTATIC, GETFIELD, PUTFIELD,
    GETSTATIC_1, GETSTATIC_2, PUTSTATIC_1, PUTSTATIC_2,
    GETFIELD_I32, GETFIELD_I64, GETFIELD_REF, GETFIELD_I8, GETFIELD_U16, GETFIELD_I16,
    PUTFIELD_I32, PUTFIELD_I64, PUTFIELD_REF, PUTFIELD_I8, PUTFIELD_BOOL, PUTFIELD_I16,
    INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE, INVOKEDYNAMIC,
    INVOKEVIRTUAL_Q, INVOKEDIRECT_Q, INVOKESTATIC_Q, INVOKEINTERFACE_Q, INVOKEDYNAMIC_Q,
    NEW, NEW_Q, NEWARRAY, ANEWARRAY, ANEWARRAY_Q, ARRAYLENGTH, ATHROW,
    CHECKCAST, CHECKCAST_Q, INSTANCEOF, INSTANCEOF_Q, MONITORENTER, MONITOREXIT, MULTIANEWARRAY,
    // Volatile field accesses (see `exec::volatile`): `a` is the plain quick form of the same kind.
    GETFIELD_VOL, PUTFIELD_VOL, PUTSTATIC_VOL,
    // Superinstructions (see `fuse`): each stands for the instructions at pc, pc + 1 (and pc + 2), which
    // stay in the array unchanged so the slow and throwing paths can fall back to them.
    LOAD_LOAD, IF_LL_EQ, IF_LL_NE, IF_LL_LT, IF_LL_GE, IF_LL_GT, IF_LL_LE, IINC_GOTO,
    LOAD_LOAD_IALOAD, LOAD_LOAD_AALOAD, LOAD_LOAD_CALOAD, LOAD_LOAD_BALOAD,
    LOAD_GETFIELD_I32, LOAD_GETFIELD_REF, LOAD_GETFIELD_I64,
    LL_IADD, LL_ISUB, LL_IMUL, LL_IADD_S, LL_ISUB_S, LL_IMUL_S,
    LL2_DADD, LL2_DSUB, LL2_DMUL, LL2_DDIV, LL2_DADD_S, LL2_DSUB_S, LL2_DMUL_S, LL2_DDIV_S,
}

/// Packs an instruction word.
#[inline(always)]
pub const fn pack(op: u8, a: u8, b: u16, c: u32) -> u64 {
    op as u64 | (a as u64) << 8 | (b as u64) << 16 | (c as u64) << 32
}

/// The operation of a word.
#[inline(always)]
pub const fn op_of(w: u64) -> u8 {
    w as u8
}

/// Operand `a` of a word.
#[inline(always)]
pub const fn a_of(w: u64) -> u8 {
    (w >> 8) as u8
}

/// Operand `b` of a word.
#[inline(always)]
pub const fn b_of(w: u64) -> u16 {
    (w >> 16) as u16
}

/// Operand `c` of a word.
#[inline(always)]
pub const fn c_of(w: u64) -> u32 {
    (w >> 32) as u32
}

/// A `tableswitch` or `lookupswitch`, with targets as instruction indices.
#[derive(Debug)]
pub enum Switch {
    /// Dense keys `low..=high`.
    Table {
        /// The lowest key.
        low: i32,
        /// Targets for `low..=high`.
        targets: Box<[u32]>,
        /// Target for any other key.
        default: u32,
    },
    /// Sorted sparse keys.
    Lookup {
        /// The keys, ascending.
        keys: Box<[i32]>,
        /// Targets, one per key.
        targets: Box<[u32]>,
        /// Target for any other key.
        default: u32,
    },
}

impl Switch {
    /// The target for `key`.
    #[inline]
    pub fn target(&self, key: i32) -> u32 {
        match self {
            Self::Table { low, targets, default } => {
                let i = i64::from(key) - i64::from(*low);
                if (0..targets.len() as i64).contains(&i) { targets[i as usize] } else { *default }
            }
            Self::Lookup { keys, targets, default } => match keys.binary_search(&key) {
                Ok(i) => targets[i],
                Err(_) => *default,
            },
        }
    }
}

/// An exception-table row in instruction indices.
#[derive(Debug, Clone, Copy)]
pub struct QuickHandler {
    /// First instruction covered.
    pub start: u32,
    /// First instruction not covered.
    pub end: u32,
    /// The handler's first instruction.
    pub handler: u32,
    /// Constant-pool index of the caught class, 0 for any.
    pub catch_type: u16,
}

/// A method's quickened code.
#[derive(Debug)]
pub struct QuickCode {
    /// Instruction words.
    pub code: Box<[AtomicU64]>,
    /// Side-table entries that quick instructions point at (resolved methods, classes, static slots, long
    /// and double constants), filled in as instructions quicken.
    pub side: Box<[AtomicU64]>,
    /// Switch tables.
    pub switches: Box<[Switch]>,
    /// The bci of each instruction, for stack traces and handler lookup.
    pub bcis: Box<[u32]>,
    /// The exception table.
    pub handlers: Box<[QuickHandler]>,
    /// One bit per instruction: set where control can arrive other than by falling through (branch, switch
    /// and handler targets, the instruction after a `jsr`). A superinstruction never spans such an instruction.
    pub targets: Box<[u64]>,
    /// Local-variable slots.
    pub max_locals: u16,
    /// Operand-stack slots.
    pub max_stack: u16,
}

impl QuickCode {
    /// The instruction word at `pc`.
    #[inline(always)]
    pub fn word(&self, pc: usize) -> u64 {
        self.code[pc].load(Ordering::Acquire)
    }

    /// Rewrites the instruction at `pc` into its quick form.
    #[inline]
    pub fn rewrite(&self, pc: usize, word: u64) {
        self.code[pc].store(word, Ordering::Release);
    }

    /// A side-table entry.
    #[inline(always)]
    pub fn side(&self, index: u32) -> u64 {
        self.side[index as usize].load(Ordering::Acquire)
    }

    /// Fills a side-table entry; the quick instruction that reads it is written after, so a thread that sees
    /// the quick form also sees the entry.
    #[inline]
    pub fn set_side(&self, index: u32, value: u64) {
        self.side[index as usize].store(value, Ordering::Release);
    }

    /// Whether instruction `pc` is a jump target (see [`targets`](Self::targets)).
    pub fn is_target(&self, pc: usize) -> bool {
        self.targets.get(pc / 64).is_some_and(|w| w & (1 << (pc % 64)) != 0)
    }

}
