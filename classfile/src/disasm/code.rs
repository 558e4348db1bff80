//! A method's `Code:` block: the header line, every instruction with its constants resolved, the exception
//! table, the line and local-variable tables, and the `StackMapTable` with absolute bcis.

use std::fmt::{self, Write as _};

use super::pool::{INVALID, Resolver};
use crate::attribute::{AttributeBody, Code, StackMapFrame, VerificationType};
use crate::bytecode::{Decoder, Instruction, Operands, branch_target};
use crate::constant_pool::CpIndex;
use crate::opcode::Opcode;

/// Width of the mnemonic column, so that operands line up as in `javap`.
const MNEMONIC: usize = 13;
/// Width of `mnemonic operands` before a `//` comment.
const BEFORE_COMMENT: usize = 33;

/// Writes `Code:` and everything under it; `args_size` counts `this` for instance methods.
pub(super) fn write_code(
    out: &mut impl fmt::Write,
    resolver: &Resolver<'_>,
    code: &Code,
    args_size: Option<usize>,
) -> fmt::Result {
    writeln!(out, "    Code:")?;
    let args = args_size.map_or_else(|| "?".to_owned(), |n| n.to_string());
    writeln!(
        out,
        "      stack={}, locals={}, args_size={args}",
        code.max_stack, code.max_locals
    )?;
    for insn in Decoder::new(&code.code) {
        match insn {
            Ok(insn) => write_instruction(out, resolver, &insn)?,
            // The decoder stops at the first bad instruction; say where and why instead of failing.
            Err(e) => writeln!(out, "        <undecodable: {e}>")?,
        }
    }
    write_exception_table(out, resolver, code)?;
    for attribute in &code.attributes {
        match &attribute.body {
            AttributeBody::LineNumberTable(rows) => {
                writeln!(out, "      LineNumberTable:")?;
                for row in rows {
                    writeln!(out, "        line {}: {}", row.line_number, row.start_pc)?;
                }
            }
            AttributeBody::LocalVariableTable(rows) => {
                writeln!(out, "      LocalVariableTable:")?;
                writeln!(out, "        Start  Length  Slot  Name   Signature")?;
                for row in rows {
                    let name = resolver.name(row.name).unwrap_or(INVALID);
                    let descriptor = resolver.name(row.descriptor).unwrap_or(INVALID);
                    writeln!(
                        out,
                        "      {:>7} {:>7} {:>5} {:>5}   {descriptor}",
                        row.start_pc, row.length, row.index, name
                    )?;
                }
            }
            AttributeBody::StackMapTable(frames) => write_stack_map(out, resolver, frames)?,
            AttributeBody::Malformed { reason, .. } => {
                let name = resolver.name(attribute.name).unwrap_or(INVALID);
                writeln!(out, "      {name}: malformed ({reason})")?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// One instruction line (several for a switch): `bci: mnemonic operands // comment`.
fn write_instruction(
    out: &mut impl fmt::Write,
    resolver: &Resolver<'_>,
    insn: &Instruction,
) -> fmt::Result {
    let mnemonic = if insn.is_wide() {
        format!("wide {}", insn.opcode.mnemonic())
    } else {
        insn.opcode.mnemonic().to_owned()
    };
    let target = |offset: i32| match branch_target(insn.bci, offset) {
        Some(bci) => bci.to_string(),
        None => format!("{offset:+}"),
    };
    let (text, comment) = match &insn.operands {
        Operands::None => (mnemonic, None),
        Operands::Local { index, .. } => (format!("{mnemonic:<MNEMONIC$} {index}"), None),
        Operands::Int(value) => (format!("{mnemonic:<MNEMONIC$} {value}"), None),
        &Operands::Branch(offset) => (format!("{mnemonic:<MNEMONIC$} {}", target(offset)), None),
        Operands::Iinc { index, delta, .. } => {
            (format!("{mnemonic:<MNEMONIC$} {index}, {delta}"), None)
        }
        Operands::NewArray(atype) => (format!("{mnemonic:<MNEMONIC$} {}", atype.java_name()), None),
        &Operands::ConstantPool(index) => {
            let comment = resolver.operand_comment(CpIndex(index));
            if insn.opcode == Opcode::Invokedynamic {
                (format!("{mnemonic:<MNEMONIC$} #{index},  0"), Some(comment))
            } else {
                (format!("{mnemonic:<MNEMONIC$} #{index}"), Some(comment))
            }
        }
        &Operands::InvokeInterface { index, count } => (
            format!("{mnemonic:<MNEMONIC$} #{index},  {count}"),
            Some(resolver.operand_comment(CpIndex(index))),
        ),
        &Operands::MultiANewArray { index, dims } => (
            format!("{mnemonic:<MNEMONIC$} #{index},  {dims}"),
            Some(resolver.operand_comment(CpIndex(index))),
        ),
        Operands::TableSwitch(table) => {
            writeln!(
                out,
                "{:>10}: {mnemonic:<MNEMONIC$} {{ // {} to {}",
                insn.bci, table.low, table.high
            )?;
            for (key, &offset) in (i64::from(table.low)..).zip(&table.offsets) {
                writeln!(out, "{key:>24}: {}", target(offset))?;
            }
            writeln!(out, "{:>24}: {}", "default", target(table.default))?;
            return writeln!(out, "            }}");
        }
        Operands::LookupSwitch(lookup) => {
            writeln!(
                out,
                "{:>10}: {mnemonic:<MNEMONIC$} {{ // {}",
                insn.bci,
                lookup.pairs.len()
            )?;
            for &(key, offset) in &lookup.pairs {
                writeln!(out, "{key:>24}: {}", target(offset))?;
            }
            writeln!(out, "{:>24}: {}", "default", target(lookup.default))?;
            return writeln!(out, "            }}");
        }
    };
    match comment {
        Some(comment) => writeln!(
            out,
            "{:>10}: {text:<BEFORE_COMMENT$} // {comment}",
            insn.bci
        ),
        None => writeln!(out, "{:>10}: {text}", insn.bci),
    }
}

fn write_exception_table(
    out: &mut impl fmt::Write,
    resolver: &Resolver<'_>,
    code: &Code,
) -> fmt::Result {
    if code.exception_table.is_empty() {
        return Ok(());
    }
    writeln!(out, "      Exception table:")?;
    writeln!(out, "         from    to  target type")?;
    for handler in &code.exception_table {
        let kind = if handler.catch_type.is_none() {
            "any".to_owned()
        } else {
            match resolver.class(handler.catch_type) {
                Some(name) => format!("Class {name}"),
                None => format!("{} // {INVALID}", handler.catch_type),
            }
        };
        writeln!(
            out,
            "{:>14}{:>6}{:>6}   {kind}",
            handler.start_pc, handler.end_pc, handler.handler_pc
        )?;
    }
    Ok(())
}

/// The frames in `javap`'s shape, each also labelled with the bci it applies to: the deltas alone make a
/// reader add them up, which is the one thing a dump should save them.
fn write_stack_map(
    out: &mut impl fmt::Write,
    resolver: &Resolver<'_>,
    frames: &[StackMapFrame],
) -> fmt::Result {
    writeln!(
        out,
        "      StackMapTable: number_of_entries = {}",
        frames.len()
    )?;
    let mut bci: Option<u32> = None;
    for frame in frames {
        let delta = u32::from(frame.offset_delta());
        let here = match bci {
            None => delta,
            Some(previous) => previous + delta + 1,
        };
        bci = Some(here);
        let (frame_type, name) = match frame {
            StackMapFrame::Same { offset_delta } => (u32::from(*offset_delta), "same"),
            StackMapFrame::SameLocals1StackItem { offset_delta, .. } => {
                (64 + u32::from(*offset_delta), "same_locals_1_stack_item")
            }
            StackMapFrame::SameLocals1StackItemExtended { .. } => {
                (247, "same_locals_1_stack_item_frame_extended")
            }
            StackMapFrame::Chop { chopped, .. } => (251 - u32::from(*chopped), "chop"),
            StackMapFrame::SameExtended { .. } => (251, "same_frame_extended"),
            StackMapFrame::Append { locals, .. } => (251 + locals.len() as u32, "append"),
            StackMapFrame::Full { .. } => (255, "full_frame"),
        };
        writeln!(
            out,
            "        frame_type = {frame_type} /* {name} */ // bci {here}"
        )?;
        if frame_type > 127 {
            writeln!(out, "          offset_delta = {delta}")?;
        }
        match frame {
            StackMapFrame::SameLocals1StackItem { stack, .. }
            | StackMapFrame::SameLocals1StackItemExtended { stack, .. } => {
                writeln!(
                    out,
                    "          stack = [ {} ]",
                    types(resolver, std::slice::from_ref(stack))
                )?;
            }
            StackMapFrame::Append { locals, .. } => {
                writeln!(out, "          locals = [ {} ]", types(resolver, locals))?;
            }
            StackMapFrame::Full { locals, stack, .. } => {
                writeln!(out, "          locals = [ {} ]", types(resolver, locals))?;
                writeln!(out, "          stack = [ {} ]", types(resolver, stack))?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Verification types as `javap` writes them: `int`, `class java/lang/String`, `uninitialized 4`.
fn types(resolver: &Resolver<'_>, types: &[VerificationType]) -> String {
    let mut text = String::new();
    for (i, ty) in types.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        let _ = match ty {
            VerificationType::Top => write!(text, "top"),
            VerificationType::Integer => write!(text, "int"),
            VerificationType::Float => write!(text, "float"),
            VerificationType::Double => write!(text, "double"),
            VerificationType::Long => write!(text, "long"),
            VerificationType::Null => write!(text, "null"),
            VerificationType::UninitializedThis => write!(text, "uninitialized_this"),
            VerificationType::Object(index) => match resolver.class(*index) {
                Some(name) => write!(text, "class {name}"),
                None => write!(text, "{index} // {INVALID}"),
            },
            VerificationType::Uninitialized(bci) => write!(text, "uninitialized {bci}"),
        };
    }
    text
}
