//! Bytecode instructions as typed values: the decoder over a method's code array and the exact encoder.
//!
//! The decoder (`decode.rs`) turns `Code.code` bytes into [`Instruction`]s whose operands are typed by the
//! opcode table's [`OperandFormat`]; the encoder (`encode.rs`) writes them back so that decode -> encode
//! reproduces the input byte for byte, including encodings a compiler would not choose (`wide iload 3`,
//! non-zero switch padding). That exactness is what lets round-trip tests over real class files, and the
//! test assembler built on the encoder, trust that what they wrote is what gets verified and run.
//!
//! Positions are bcis (byte offsets from the start of the code array), as JVMS uses them: switch padding
//! aligns to the code array, so it depends on where the instruction sits, never on anything else.

mod decode;
mod encode;

pub use decode::{DecodeError, Decoder, decode, decode_at};
pub use encode::EncodeError;

use crate::opcode::{ArrayType, Opcode, OperandFormat};

/// One decoded instruction: where it sits, what it is, and how many bytes it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Offset of the opcode (or of the `wide` prefix) in the code array.
    pub bci: u32,
    /// The operation. Never [`Opcode::Wide`]: a `wide` prefix is recorded as the `wide` flag of the
    /// modified instruction's operands, so consumers dispatch on the real operation.
    pub opcode: Opcode,
    /// The operand values, typed by the opcode's format.
    pub operands: Operands,
    /// Encoded length in bytes, including any `wide` prefix and switch padding.
    pub len: u32,
}

/// The operands of an instruction, widened to the types the rest of the VM computes with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operands {
    /// No operands.
    None,
    /// A local-variable index (loads, stores, `ret`); `wide` keeps the prefix for exact re-encoding.
    Local {
        /// The local slot.
        index: u16,
        /// Whether the instruction was (and will be) written with a `wide` prefix.
        wide: bool,
    },
    /// The immediate of `bipush` or `sipush`, already sign-extended.
    Int(i32),
    /// A constant-pool index: `ldc` (widened from u8), `ldc_w`, `ldc2_w`, field and method references,
    /// `new`, `anewarray`, `checkcast`, `instanceof`, and `invokedynamic` (whose zero bytes are checked).
    ConstantPool(u16),
    /// A branch offset relative to the instruction's bci, widened to i32 for the 16-bit forms.
    Branch(i32),
    /// The operands of `iinc`.
    Iinc {
        /// The int local to increment.
        index: u16,
        /// The signed increment.
        delta: i16,
        /// Whether the instruction was (and will be) written with a `wide` prefix.
        wide: bool,
    },
    /// The table of `tableswitch`.
    TableSwitch(TableSwitch),
    /// The pairs of `lookupswitch`.
    LookupSwitch(LookupSwitch),
    /// The operands of `invokeinterface`; the trailing zero byte is checked, not stored.
    InvokeInterface {
        /// The `InterfaceMethodref` constant.
        index: u16,
        /// Argument slots including the receiver, redundant with the descriptor but checked by HotSpot.
        count: u8,
    },
    /// The element type of `newarray`.
    NewArray(ArrayType),
    /// The operands of `multianewarray`.
    MultiANewArray {
        /// The array class constant.
        index: u16,
        /// How many dimensions to allocate (at least one).
        dims: u8,
    },
}

/// A decoded `tableswitch`: jump to `offsets[key - low]` when `low <= key <= high`, else to `default`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableSwitch {
    /// The offset taken when the key is out of range, relative to the instruction's bci.
    pub default: i32,
    /// The smallest key in the table.
    pub low: i32,
    /// The largest key in the table; `offsets.len() == high - low + 1`, checked on encoding.
    pub high: i32,
    /// One relative offset per key from `low` to `high`.
    pub offsets: Vec<i32>,
    /// The padding bytes as read. JVMS lets them be anything from class version 51 on (earlier verifiers
    /// required zeros); they are kept only so that re-encoding is exact. Only the first `pad` are written.
    pub padding: [u8; 3],
}

/// A decoded `lookupswitch`: jump to the offset paired with the key, else to `default`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LookupSwitch {
    /// The offset taken when no pair matches, relative to the instruction's bci.
    pub default: i32,
    /// (match, offset) pairs, strictly increasing by match as the decoder checks (so lookups may bisect).
    pub pairs: Vec<(i32, i32)>,
    /// The padding bytes as read; see [`TableSwitch::padding`].
    pub padding: [u8; 3],
}

/// The absolute bci that a relative branch offset reaches from `bci`, or `None` if it leaves the u32 range.
/// Whether it lands on an instruction inside the code is the verifier's question, not the decoder's.
pub fn branch_target(bci: u32, offset: i32) -> Option<u32> {
    u32::try_from(i64::from(bci) + i64::from(offset)).ok()
}

/// Bytes of switch padding after an opcode at `bci`: JVMS aligns the first operand word to a multiple of
/// four counted from the start of the code array.
pub const fn switch_padding(bci: u32) -> u32 {
    3 - (bci % 4)
}

impl Instruction {
    /// The bci just after this instruction, where straight-line execution continues.
    pub fn next_bci(&self) -> u32 {
        self.bci.saturating_add(self.len)
    }

    /// The absolute target of a branch instruction (`if*`, `goto*`, `jsr*`); `None` for other operands.
    pub fn branch_target(&self) -> Option<u32> {
        match self.operands {
            Operands::Branch(offset) => branch_target(self.bci, offset),
            _ => None,
        }
    }

    /// Whether the instruction carries a `wide` prefix.
    pub fn is_wide(&self) -> bool {
        matches!(
            self.operands,
            Operands::Local { wide: true, .. } | Operands::Iinc { wide: true, .. }
        )
    }

    /// The constant-pool index the instruction refers to, if any.
    pub fn cp_index(&self) -> Option<u16> {
        match self.operands {
            Operands::ConstantPool(index)
            | Operands::InvokeInterface { index, .. }
            | Operands::MultiANewArray { index, .. } => Some(index),
            _ => None,
        }
    }

    /// The local variable the instruction reads or writes through an operand (not the `_n` forms).
    pub fn local_index(&self) -> Option<u16> {
        match self.operands {
            Operands::Local { index, .. } | Operands::Iinc { index, .. } => Some(index),
            _ => None,
        }
    }

    /// The local variable the instruction reads or writes, through an operand or implied by a `_n` form
    /// (`iload_2`, `astore_0`, ...): what a pass over locals wants without decoding the short forms itself.
    pub fn local_slot(&self) -> Option<u16> {
        let op = self.opcode as u8;
        let first_short_load = Opcode::Iload0 as u8;
        let first_short_store = Opcode::Istore0 as u8;
        if (first_short_load..=Opcode::Aload3 as u8).contains(&op) {
            Some(u16::from((op - first_short_load) % 4))
        } else if (first_short_store..=Opcode::Astore3 as u8).contains(&op) {
            Some(u16::from((op - first_short_store) % 4))
        } else {
            self.local_index()
        }
    }
}

impl TableSwitch {
    /// The absolute targets, `default` first, then one per key in order; `None` where one leaves the u32 range.
    pub fn targets(&self, bci: u32) -> impl Iterator<Item = Option<u32>> + '_ {
        std::iter::once(self.default)
            .chain(self.offsets.iter().copied())
            .map(move |o| branch_target(bci, o))
    }
}

impl LookupSwitch {
    /// The absolute targets, `default` first, then one per pair in order; `None` where one leaves the u32 range.
    pub fn targets(&self, bci: u32) -> impl Iterator<Item = Option<u32>> + '_ {
        std::iter::once(self.default)
            .chain(self.pairs.iter().map(|&(_, offset)| offset))
            .map(move |o| branch_target(bci, o))
    }
}

/// One line in the style of `javap -c`, without the bci: branch and switch targets are printed as absolute
/// bcis (the form a reader follows), constant-pool operands as `#index` (resolving them needs the pool).
impl std::fmt::Display for Instruction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let target = |offset: i32| match branch_target(self.bci, offset) {
            Some(bci) => bci.to_string(),
            None => format!("{offset:+}"),
        };
        if self.is_wide() {
            f.write_str("wide ")?;
        }
        f.write_str(self.opcode.mnemonic())?;
        match &self.operands {
            Operands::None => Ok(()),
            Operands::Local { index, .. } => write!(f, " {index}"),
            Operands::Int(value) => write!(f, " {value}"),
            Operands::ConstantPool(index) => write!(f, " #{index}"),
            &Operands::Branch(offset) => write!(f, " {}", target(offset)),
            Operands::Iinc { index, delta, .. } => write!(f, " {index}, {delta}"),
            Operands::InvokeInterface { index, count } => write!(f, " #{index}, {count}"),
            Operands::NewArray(atype) => write!(f, " {}", atype.java_name()),
            Operands::MultiANewArray { index, dims } => write!(f, " #{index}, {dims}"),
            Operands::TableSwitch(table) => {
                write!(f, " {{ ")?;
                for (key, &offset) in (i64::from(table.low)..).zip(&table.offsets) {
                    write!(f, "{key}: {}; ", target(offset))?;
                }
                write!(f, "default: {} }}", target(table.default))
            }
            Operands::LookupSwitch(lookup) => {
                write!(f, " {{ ")?;
                for &(key, offset) in &lookup.pairs {
                    write!(f, "{key}: {}; ", target(offset))?;
                }
                write!(f, "default: {} }}", target(lookup.default))
            }
        }
    }
}

/// Whether an [`Operands`] value has the shape that an opcode's format demands; the encoder refuses others.
pub(crate) fn operands_fit(format: OperandFormat, operands: &Operands) -> bool {
    use OperandFormat as F;
    matches!(
        (format, operands),
        (F::None, Operands::None)
            | (F::LocalIndexU8, Operands::Local { .. })
            | (F::ByteI8 | F::ShortI16, Operands::Int(_))
            | (
                F::CpIndexU8 | F::CpIndexU16 | F::InvokeDynamic,
                Operands::ConstantPool(_)
            )
            | (F::Branch16 | F::Branch32, Operands::Branch(_))
            | (F::Iinc, Operands::Iinc { .. })
            | (F::InvokeInterface, Operands::InvokeInterface { .. })
            | (F::NewArrayType, Operands::NewArray(_))
            | (F::MultiANewArray, Operands::MultiANewArray { .. })
            | (F::TableSwitch, Operands::TableSwitch(_))
            | (F::LookupSwitch, Operands::LookupSwitch(_))
    )
}
