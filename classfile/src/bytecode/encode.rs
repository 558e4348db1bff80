//! The bytecode encoder: [`Instruction`]s back to bytes, exactly as the decoder read them.
//!
//! The encoder writes whatever the class-file format can represent, valid or not (a zero
//! `invokeinterface` count, unsorted lookupswitch keys, a branch into the middle of an instruction), because
//! the test assembler built on it must be able to produce code that the verifier rejects. It refuses only
//! what has no encoding at all: operands of the wrong shape for the opcode, values too wide for their field,
//! and switch tables whose length disagrees with their bounds.

use thiserror::Error;

use super::{Instruction, LookupSwitch, Operands, TableSwitch, operands_fit, switch_padding};
use crate::opcode::{Opcode, OperandFormat};

/// Why an [`Instruction`] has no byte encoding.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum EncodeError {
    /// The operands are not of the shape the opcode's format takes (or the opcode is `wide`, which is
    /// expressed by the `wide` flag of the modified instruction instead).
    #[error("{opcode} cannot take operands {operands}")]
    OperandsMismatch {
        /// The instruction's opcode.
        opcode: Opcode,
        /// The shape given, as a short name.
        operands: &'static str,
    },
    /// An operand value does not fit the field the format gives it (a 16-bit branch beyond ±32 KiB, a
    /// local above 255 without `wide`, ...).
    #[error("{opcode}: operand {value} does not fit its {bits}-bit field")]
    OutOfRange {
        /// The instruction's opcode.
        opcode: Opcode,
        /// The value that does not fit.
        value: i64,
        /// Width of the field.
        bits: u8,
    },
    /// A tableswitch whose offsets do not number `high - low + 1`.
    #[error("tableswitch {low}..={high} has {len} offsets")]
    TableSwitchLength {
        /// The table's low bound.
        low: i32,
        /// The table's high bound.
        high: i32,
        /// How many offsets it has.
        len: usize,
    },
    /// A lookupswitch with more pairs than its i32 count can state.
    #[error("lookupswitch has {len} pairs, more than npairs can hold")]
    TooManyPairs {
        /// How many pairs it has.
        len: usize,
    },
}

impl Instruction {
    /// Appends the instruction's bytes to `out`, taking `out.len()` as its bci for switch padding, so
    /// encoding a decoded method in order reproduces its code array. On error `out` is left as it was.
    pub fn encode(&self, out: &mut Vec<u8>) -> Result<(), EncodeError> {
        let start = out.len();
        let result = self.write(out);
        if result.is_err() {
            out.truncate(start);
        }
        result
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), EncodeError> {
        let opcode = self.opcode;
        let format = opcode.operand_format();
        if format == OperandFormat::Wide || !operands_fit(format, &self.operands) {
            return Err(EncodeError::OperandsMismatch {
                opcode,
                operands: shape(&self.operands),
            });
        }
        if self.is_wide() {
            out.push(Opcode::Wide.as_u8());
        }
        let bci = out.len();
        out.push(opcode.as_u8());
        let range = |value: i64, bits: u8| EncodeError::OutOfRange {
            opcode,
            value,
            bits,
        };
        match (&self.operands, format) {
            (Operands::None, _) => {}
            (&Operands::Local { index, wide: true }, _) => out.extend(index.to_be_bytes()),
            (&Operands::Local { index, wide: false }, _) => {
                out.push(u8::try_from(index).map_err(|_| range(index.into(), 8))?);
            }
            (&Operands::Int(value), OperandFormat::ByteI8) => {
                out.extend(
                    i8::try_from(value)
                        .map_err(|_| range(value.into(), 8))?
                        .to_be_bytes(),
                );
            }
            (&Operands::Int(value), _) => {
                out.extend(
                    i16::try_from(value)
                        .map_err(|_| range(value.into(), 16))?
                        .to_be_bytes(),
                );
            }
            (&Operands::ConstantPool(index), OperandFormat::CpIndexU8) => {
                out.push(u8::try_from(index).map_err(|_| range(index.into(), 8))?);
            }
            (&Operands::ConstantPool(index), OperandFormat::InvokeDynamic) => {
                out.extend(index.to_be_bytes());
                out.extend([0, 0]);
            }
            (&Operands::ConstantPool(index), _) => out.extend(index.to_be_bytes()),
            (&Operands::Branch(offset), OperandFormat::Branch16) => {
                out.extend(
                    i16::try_from(offset)
                        .map_err(|_| range(offset.into(), 16))?
                        .to_be_bytes(),
                );
            }
            (&Operands::Branch(offset), _) => out.extend(offset.to_be_bytes()),
            (
                &Operands::Iinc {
                    index,
                    delta,
                    wide: true,
                },
                _,
            ) => {
                out.extend(index.to_be_bytes());
                out.extend(delta.to_be_bytes());
            }
            (
                &Operands::Iinc {
                    index,
                    delta,
                    wide: false,
                },
                _,
            ) => {
                out.push(u8::try_from(index).map_err(|_| range(index.into(), 8))?);
                out.extend(
                    i8::try_from(delta)
                        .map_err(|_| range(delta.into(), 8))?
                        .to_be_bytes(),
                );
            }
            (&Operands::InvokeInterface { index, count }, _) => {
                out.extend(index.to_be_bytes());
                out.extend([count, 0]);
            }
            (&Operands::NewArray(atype), _) => out.push(atype as u8),
            (&Operands::MultiANewArray { index, dims }, _) => {
                out.extend(index.to_be_bytes());
                out.push(dims);
            }
            (Operands::TableSwitch(table), _) => write_table_switch(table, bci, out)?,
            (Operands::LookupSwitch(lookup), _) => write_lookup_switch(lookup, bci, out)?,
        }
        Ok(())
    }
}

/// Writes the padding that aligns the operands of a switch whose opcode sits at `bci`.
fn write_padding(padding: &[u8; 3], bci: usize, out: &mut Vec<u8>) {
    let count = switch_padding((bci % 4) as u32) as usize;
    out.extend(padding.iter().take(count));
}

fn write_table_switch(
    table: &TableSwitch,
    bci: usize,
    out: &mut Vec<u8>,
) -> Result<(), EncodeError> {
    let expected = i64::from(table.high) - i64::from(table.low) + 1;
    if expected < 1 || expected as u64 != table.offsets.len() as u64 {
        return Err(EncodeError::TableSwitchLength {
            low: table.low,
            high: table.high,
            len: table.offsets.len(),
        });
    }
    write_padding(&table.padding, bci, out);
    for word in [table.default, table.low, table.high]
        .iter()
        .chain(&table.offsets)
    {
        out.extend(word.to_be_bytes());
    }
    Ok(())
}

fn write_lookup_switch(
    lookup: &LookupSwitch,
    bci: usize,
    out: &mut Vec<u8>,
) -> Result<(), EncodeError> {
    let len = lookup.pairs.len();
    let npairs = i32::try_from(len).map_err(|_| EncodeError::TooManyPairs { len })?;
    write_padding(&lookup.padding, bci, out);
    out.extend(lookup.default.to_be_bytes());
    out.extend(npairs.to_be_bytes());
    for &(key, offset) in &lookup.pairs {
        out.extend(key.to_be_bytes());
        out.extend(offset.to_be_bytes());
    }
    Ok(())
}

/// A short name for an operand shape, for [`EncodeError::OperandsMismatch`].
fn shape(operands: &Operands) -> &'static str {
    match operands {
        Operands::None => "None",
        Operands::Local { .. } => "Local",
        Operands::Int(_) => "Int",
        Operands::ConstantPool(_) => "ConstantPool",
        Operands::Branch(_) => "Branch",
        Operands::Iinc { .. } => "Iinc",
        Operands::TableSwitch(_) => "TableSwitch",
        Operands::LookupSwitch(_) => "LookupSwitch",
        Operands::InvokeInterface { .. } => "InvokeInterface",
        Operands::NewArray(_) => "NewArray",
        Operands::MultiANewArray { .. } => "MultiANewArray",
    }
}
