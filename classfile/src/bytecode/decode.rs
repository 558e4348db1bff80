//! The bytecode decoder: code-array bytes to [`Instruction`]s, rejecting every malformed encoding by bci.
//!
//! Defence comes first: the input is untrusted, so every read is bounds-checked, lengths that a switch
//! claims are checked against the bytes actually present before anything is allocated (so a tableswitch
//! claiming 2^32 entries costs nothing), and nothing here can panic. The static constraints of JVMS 4.9.1
//! that are local to one instruction (reserved opcodes, `wide` targets, switch tables, the fixed zero bytes
//! of `invokeinterface`/`invokedynamic`, `newarray` types, `multianewarray` dimensions) are checked here
//! once, so the verifier and the tiers can rely on them.

use thiserror::Error;

use super::{Instruction, LookupSwitch, Operands, TableSwitch, switch_padding};
use crate::opcode::{ArrayType, Opcode, OperandFormat};

/// Why a code array could not be decoded; every variant names the bci of the offending instruction.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    /// The byte is not an opcode a class file may contain.
    #[error("bci {bci}: unknown opcode 0x{byte:02x}")]
    UnknownOpcode {
        /// Where the byte sits.
        bci: u32,
        /// The byte.
        byte: u8,
    },
    /// The byte is `breakpoint` (0xca), `impdep1` (0xfe) or `impdep2` (0xff), reserved for VM internals.
    #[error("bci {bci}: reserved opcode 0x{byte:02x} may not appear in a class file")]
    ReservedOpcode {
        /// Where the byte sits.
        bci: u32,
        /// The byte.
        byte: u8,
    },
    /// The code ends before the instruction's operands do.
    #[error("bci {bci}: {opcode} needs {needed} operand bytes but only {available} remain")]
    Truncated {
        /// Where the instruction starts.
        bci: u32,
        /// The instruction (the modified one under `wide`).
        opcode: Opcode,
        /// Operand bytes the instruction needs, counted from just after its opcode byte.
        needed: u64,
        /// Bytes present after the opcode byte.
        available: u64,
    },
    /// `wide` prefixes something other than a local load, store, `ret` or `iinc`.
    #[error("bci {bci}: wide cannot modify opcode 0x{byte:02x}")]
    WideTarget {
        /// Where the `wide` prefix sits.
        bci: u32,
        /// The byte after the prefix.
        byte: u8,
    },
    /// A `tableswitch` whose range is empty.
    #[error("bci {bci}: tableswitch low {low} is greater than high {high}")]
    TableSwitchBounds {
        /// Where the instruction starts.
        bci: u32,
        /// The claimed lowest key.
        low: i32,
        /// The claimed highest key.
        high: i32,
    },
    /// A `lookupswitch` with a negative pair count.
    #[error("bci {bci}: lookupswitch npairs {npairs} is negative")]
    LookupSwitchNegative {
        /// Where the instruction starts.
        bci: u32,
        /// The claimed count.
        npairs: i32,
    },
    /// A `lookupswitch` whose keys are not strictly increasing, which JVMS requires so lookups can bisect.
    #[error("bci {bci}: lookupswitch key {key} at pair {pair} does not exceed the key before it")]
    LookupSwitchUnsorted {
        /// Where the instruction starts.
        bci: u32,
        /// Index of the first pair out of order.
        pair: u32,
        /// Its key.
        key: i32,
    },
    /// An `invokeinterface` whose count byte is zero (it counts the receiver, so it is at least one).
    #[error("bci {bci}: invokeinterface count is zero")]
    InvokeInterfaceCount {
        /// Where the instruction starts.
        bci: u32,
    },
    /// An `invokeinterface` whose fourth operand byte is not zero.
    #[error("bci {bci}: invokeinterface trailing byte is 0x{byte:02x}, not zero")]
    InvokeInterfaceNonzero {
        /// Where the instruction starts.
        bci: u32,
        /// The byte found.
        byte: u8,
    },
    /// An `invokedynamic` whose third and fourth operand bytes are not both zero.
    #[error("bci {bci}: invokedynamic reserved bytes are 0x{bytes:04x}, not zero")]
    InvokeDynamicNonzero {
        /// Where the instruction starts.
        bci: u32,
        /// The two bytes, big-endian.
        bytes: u16,
    },
    /// A `newarray` whose atype byte names no primitive type.
    #[error("bci {bci}: newarray type {atype} is not one of 4..=11")]
    ArrayType {
        /// Where the instruction starts.
        bci: u32,
        /// The byte found.
        atype: u8,
    },
    /// A `multianewarray` asking for zero dimensions.
    #[error("bci {bci}: multianewarray dimensions is zero")]
    MultiANewArrayDims {
        /// Where the instruction starts.
        bci: u32,
    },
    /// [`decode_at`] was asked for a bci at or past the end of the code.
    #[error("bci {bci} is outside the {len}-byte code array")]
    OutOfCode {
        /// The bci asked for.
        bci: u32,
        /// The array's length.
        len: usize,
    },
    /// The code array is longer than a bci can address (class files cap it at 65535 anyway).
    #[error("code is {len} bytes long, beyond the range of a u32 bci")]
    CodeTooLong {
        /// The array's length.
        len: usize,
    },
}

/// Decodes the instruction starting at `bci`, for callers that jump around (branch targets, the interpreter).
pub fn decode_at(code: &[u8], bci: u32) -> Result<Instruction, DecodeError> {
    let start = usize::try_from(bci).map_err(|_| DecodeError::CodeTooLong { len: code.len() })?;
    let Some(&byte) = code.get(start) else {
        return Err(DecodeError::OutOfCode {
            bci,
            len: code.len(),
        });
    };
    let opcode = match Opcode::from_u8(byte) {
        Some(opcode) => opcode,
        None if matches!(byte, 0xca | 0xfe | 0xff) => {
            return Err(DecodeError::ReservedOpcode { bci, byte });
        }
        None => return Err(DecodeError::UnknownOpcode { bci, byte }),
    };
    let mut cursor = Cursor {
        code,
        start,
        pos: start + 1,
        bci,
        opcode,
    };
    let operands = cursor.operands()?;
    // `pos - start` is at most `code.len()`, and a code array reachable here fits a u32 bci plus operands.
    let len = u32::try_from(cursor.pos - start)
        .map_err(|_| DecodeError::CodeTooLong { len: code.len() })?;
    Ok(Instruction {
        bci,
        opcode: cursor.opcode,
        operands,
        len,
    })
}

/// Decodes a whole code array, stopping at the first defect.
pub fn decode(code: &[u8]) -> Result<Vec<Instruction>, DecodeError> {
    Decoder::new(code).collect()
}

/// An iterator over the instructions of a code array in order; after the first error it yields nothing more.
#[derive(Clone, Debug)]
pub struct Decoder<'a> {
    code: &'a [u8],
    pos: usize,
    failed: bool,
}

impl<'a> Decoder<'a> {
    /// A decoder positioned at bci 0 of `code`.
    pub fn new(code: &'a [u8]) -> Self {
        Decoder {
            code,
            pos: 0,
            failed: false,
        }
    }
}

impl Iterator for Decoder<'_> {
    type Item = Result<Instruction, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.code.len() {
            return None;
        }
        let result = u32::try_from(self.pos)
            .map_err(|_| DecodeError::CodeTooLong {
                len: self.code.len(),
            })
            .and_then(|bci| decode_at(self.code, bci));
        match &result {
            Ok(insn) => self.pos += insn.len as usize,
            Err(_) => self.failed = true,
        }
        Some(result)
    }
}

impl std::iter::FusedIterator for Decoder<'_> {}

/// Reads operands of the instruction at `start`, reporting truncation against the instruction's own bci.
struct Cursor<'a> {
    code: &'a [u8],
    start: usize,
    pos: usize,
    bci: u32,
    opcode: Opcode,
}

impl Cursor<'_> {
    fn truncated(&self, needed_end: u64) -> DecodeError {
        let first = self.start as u64 + 1;
        DecodeError::Truncated {
            bci: self.bci,
            opcode: self.opcode,
            needed: needed_end - first,
            available: (self.code.len() as u64).saturating_sub(first),
        }
    }

    /// Fails unless `count` more bytes are present; the guard before any allocation sized by the input.
    fn require(&self, count: u64) -> Result<(), DecodeError> {
        let end = self.pos as u64 + count;
        if end > self.code.len() as u64 {
            Err(self.truncated(end))
        } else {
            Ok(())
        }
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let end = self.pos + N;
        let bytes = self
            .code
            .get(self.pos..end)
            .and_then(|s| <[u8; N]>::try_from(s).ok());
        let bytes = bytes.ok_or_else(|| self.truncated(end as u64))?;
        self.pos = end;
        Ok(bytes)
    }

    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.array::<1>()?[0])
    }

    fn u16(&mut self) -> Result<u16, DecodeError> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    fn i32(&mut self) -> Result<i32, DecodeError> {
        Ok(i32::from_be_bytes(self.array()?))
    }

    fn operands(&mut self) -> Result<Operands, DecodeError> {
        use OperandFormat as F;
        let bci = self.bci;
        Ok(match self.opcode.operand_format() {
            F::None => Operands::None,
            F::LocalIndexU8 => Operands::Local {
                index: self.u8()?.into(),
                wide: false,
            },
            F::ByteI8 => Operands::Int(i8::from_be_bytes(self.array()?).into()),
            F::ShortI16 => Operands::Int(i16::from_be_bytes(self.array()?).into()),
            F::CpIndexU8 => Operands::ConstantPool(self.u8()?.into()),
            F::CpIndexU16 => Operands::ConstantPool(self.u16()?),
            F::Branch16 => Operands::Branch(i16::from_be_bytes(self.array()?).into()),
            F::Branch32 => Operands::Branch(self.i32()?),
            F::Iinc => {
                let index = self.u8()?.into();
                Operands::Iinc {
                    index,
                    delta: i8::from_be_bytes(self.array()?).into(),
                    wide: false,
                }
            }
            F::InvokeInterface => {
                let (index, count, zero) = (self.u16()?, self.u8()?, self.u8()?);
                if count == 0 {
                    return Err(DecodeError::InvokeInterfaceCount { bci });
                }
                if zero != 0 {
                    return Err(DecodeError::InvokeInterfaceNonzero { bci, byte: zero });
                }
                Operands::InvokeInterface { index, count }
            }
            F::InvokeDynamic => {
                let (index, bytes) = (self.u16()?, self.u16()?);
                if bytes != 0 {
                    return Err(DecodeError::InvokeDynamicNonzero { bci, bytes });
                }
                Operands::ConstantPool(index)
            }
            F::NewArrayType => {
                let atype = self.u8()?;
                Operands::NewArray(
                    ArrayType::from_u8(atype).ok_or(DecodeError::ArrayType { bci, atype })?,
                )
            }
            F::MultiANewArray => {
                let (index, dims) = (self.u16()?, self.u8()?);
                if dims == 0 {
                    return Err(DecodeError::MultiANewArrayDims { bci });
                }
                Operands::MultiANewArray { index, dims }
            }
            F::TableSwitch => Operands::TableSwitch(self.table_switch()?),
            F::LookupSwitch => Operands::LookupSwitch(self.lookup_switch()?),
            F::Wide => self.wide()?,
        })
    }

    fn padding(&mut self) -> Result<[u8; 3], DecodeError> {
        let mut padding = [0; 3];
        for byte in padding.iter_mut().take(switch_padding(self.bci) as usize) {
            *byte = self.u8()?;
        }
        Ok(padding)
    }

    fn table_switch(&mut self) -> Result<TableSwitch, DecodeError> {
        let padding = self.padding()?;
        let (default, low, high) = (self.i32()?, self.i32()?, self.i32()?);
        if low > high {
            return Err(DecodeError::TableSwitchBounds {
                bci: self.bci,
                low,
                high,
            });
        }
        // At most 2^32 entries; checked against the bytes present before the Vec is sized by it.
        let count = (i64::from(high) - i64::from(low) + 1) as u64;
        self.require(count * 4)?;
        let offsets = (0..count).map(|_| self.i32()).collect::<Result<_, _>>()?;
        Ok(TableSwitch {
            default,
            low,
            high,
            offsets,
            padding,
        })
    }

    fn lookup_switch(&mut self) -> Result<LookupSwitch, DecodeError> {
        let padding = self.padding()?;
        let (default, npairs) = (self.i32()?, self.i32()?);
        let count = u32::try_from(npairs).map_err(|_| DecodeError::LookupSwitchNegative {
            bci: self.bci,
            npairs,
        })?;
        self.require(u64::from(count) * 8)?;
        let mut pairs: Vec<(i32, i32)> = Vec::with_capacity(count as usize);
        for pair in 0..count {
            let key = self.i32()?;
            if pairs.last().is_some_and(|&(previous, _)| previous >= key) {
                return Err(DecodeError::LookupSwitchUnsorted {
                    bci: self.bci,
                    pair,
                    key,
                });
            }
            pairs.push((key, self.i32()?));
        }
        Ok(LookupSwitch {
            default,
            pairs,
            padding,
        })
    }

    /// Decodes the instruction after a `wide` prefix, which becomes the instruction's opcode.
    fn wide(&mut self) -> Result<Operands, DecodeError> {
        let byte = self.u8()?;
        let opcode = Opcode::from_u8(byte).filter(|op| op.is_wideable());
        self.opcode = opcode.ok_or(DecodeError::WideTarget {
            bci: self.bci,
            byte,
        })?;
        let index = self.u16()?;
        Ok(if self.opcode == Opcode::Iinc {
            Operands::Iinc {
                index,
                delta: i16::from_be_bytes(self.array()?),
                wide: true,
            }
        } else {
            Operands::Local { index, wide: true }
        })
    }
}
