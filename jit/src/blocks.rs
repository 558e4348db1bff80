//! Basic blocks of a method's bytecode: the bcis where a block starts (the entry, branch and switch
//! targets, the instruction after a branch or a block end, exception handlers).

use std::collections::BTreeSet;

use classfile::bytecode::{Instruction, Operands};
use classfile::opcode::Opcode;
use rt::compiler::CompileBailout;
use rt::method::MethodCode;

/// The decoded instructions of a method and the bcis that start blocks.
#[derive(Debug)]
pub struct Blocks {
    /// Every instruction, in bci order.
    pub instructions: Vec<Instruction>,
    /// Bcis that start a basic block.
    pub leaders: BTreeSet<u32>,
}

impl Blocks {
    /// Decodes `code` and finds its blocks.
    pub fn find(code: &MethodCode) -> Result<Self, CompileBailout> {
        let instructions = classfile::bytecode::decode(&code.bytes)
            .map_err(|e| CompileBailout::Malformed { bci: 0, detail: e.to_string() })?;
        let mut leaders = BTreeSet::from([0u32]);
        for h in code.handlers.iter() {
            leaders.insert(u32::from(h.handler));
        }
        for insn in &instructions {
            let targets: Vec<u32> = match &insn.operands {
                Operands::Branch(_) => insn.branch_target().into_iter().collect(),
                Operands::TableSwitch(t) => t.targets(insn.bci).flatten().collect(),
                Operands::LookupSwitch(l) => l.targets(insn.bci).flatten().collect(),
                _ => Vec::new(),
            };
            leaders.extend(targets.iter().copied());
            if !targets.is_empty() || ends_block(insn.opcode) {
                leaders.insert(insn.next_bci());
            }
        }
        Ok(Self { instructions, leaders })
    }

    /// The index of the instruction at `bci`.
    pub fn index_of(&self, bci: u32) -> Option<usize> {
        self.instructions.binary_search_by_key(&bci, |i| i.bci).ok()
    }
}

/// Whether control never falls through `opcode` to the next instruction.
pub fn ends_block(opcode: Opcode) -> bool {
    use Opcode::*;
    matches!(
        opcode,
        Goto | GotoW | Tableswitch | Lookupswitch | Ireturn | Lreturn | Freturn | Dreturn | Areturn | Return | Athrow | Jsr | JsrW | Ret
    )
}
