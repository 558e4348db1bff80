//! What every consumer of class bytes must survive, written once for the mutation test, the `java.base` test and
//! the fuzz targets (which include this file by path).

use classfile::ClassFile;
use classfile::bytecode::{DecodeError, Decoder};
use classfile::disasm::{Options, disassemble_to_string};

/// How a code array fared under decode -> encode.
pub enum Recoded {
    /// Every instruction decoded and the encoding reproduced the array; the instruction count.
    Same(usize),
    /// The decoder rejected the array: a fine answer for hostile input, a bug for `javac` output.
    Undecodable(DecodeError),
}

/// Decodes `code` and encodes it again; an `Err` is a broken property (an instruction the decoder produced
/// that does not encode, or an encoding that differs from the input).
pub fn recode(code: &[u8]) -> Result<Recoded, String> {
    let mut encoded = Vec::with_capacity(code.len());
    let mut count = 0;
    for insn in Decoder::new(code) {
        let insn = match insn {
            Ok(insn) => insn,
            Err(e) => return Ok(Recoded::Undecodable(e)),
        };
        insn.encode(&mut encoded).map_err(|e| {
            format!(
                "bci {}: a decoded instruction does not encode: {e}",
                insn.bci
            )
        })?;
        count += 1;
    }
    if encoded == code {
        Ok(Recoded::Same(count))
    } else {
        Err("decoded code re-encodes to different bytes".into())
    }
}

/// Runs every consumer over arbitrary `bytes`: parse, and if that succeeds, format check, write back (which
/// must give `bytes` again), decode -> encode of every method's code, and the verbose disassembly. Returns whether the bytes parsed;
/// an `Err` is a broken property. Callers catch panics themselves.
pub fn exercise(bytes: &[u8]) -> Result<bool, String> {
    let Ok(class) = ClassFile::parse(bytes) else {
        return Ok(false);
    };
    // Its verdict on hostile input is not the point, only that it gives one.
    let _ = class.check_format();
    match class.to_bytes() {
        Ok(written) if written == bytes => {}
        Ok(_) => return Err("parsed, but wrote back different bytes".into()),
        Err(e) => return Err(format!("parsed, but could not be written: {e}")),
    }
    for method in &class.methods {
        if let Some(code) = method.code() {
            recode(&code.code)?;
        }
    }
    if disassemble_to_string(&class, Options { verbose: true }).is_empty() {
        return Err("parsed, but the disassembly is empty".into());
    }
    Ok(true)
}
