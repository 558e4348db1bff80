//! Control flow: the edges between blocks (each block queued with its entry stack), conditional branches,
//! returns and switches; backward branches poll for a safepoint.

use classfile::bytecode::{Instruction, Operands};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value};
use cranelift_frontend::Switch;


use super::{Flow, Kind, Translator, R};

impl<'a> Translator<'a, '_> {
    /// The block an edge from here to `bci` enters (see `loops::Translator::block_key`), entered with a
    /// stack of `kinds`; queued for translation on first sight.
    pub(super) fn edge(&mut self, bci: u32, kinds: Vec<Kind>) -> Block {
        let key = self.block_key(bci);
        self.edge_key(key, kinds)
    }

    /// [`Self::edge`] to the block `key` names.
    pub(super) fn edge_key(&mut self, key: u32, kinds: Vec<Kind>) -> Block {
        let block = match self.cur.block_of.get(&key) {
            Some(&b) => b,
            None => {
                let b = self.b.create_block();
                self.cur.block_of.insert(key, b);
                b
            }
        };
        if let std::collections::hash_map::Entry::Vacant(e) = self.cur.entry_stack.entry(key) {
            e.insert(kinds);
            self.cur.worklist.push(key);
        }
        block
    }

    /// Jumps to `target` carrying the current stack.
    pub(super) fn jump_to(&mut self, target: u32) -> R<()> {
        self.save_stack();
        let block = self.checked_edge(target)?;
        self.b.ins().jump(block, &[]);
        Ok(())
    }

    pub(super) fn checked_edge(&mut self, target: u32) -> R<Block> {
        let kinds = self.stack_kinds();
        if let Some(existing) = self.cur.entry_stack.get(&self.block_key(target))
            && *existing != kinds
        {
            return Err(self.malformed("stack shapes differ at a merge"));
        }
        if self.cur.blocks.index_of(target).is_none() {
            return Err(self.malformed("branch into the middle of an instruction"));
        }
        Ok(self.edge(target, kinds))
    }

    pub(super) fn branch(&mut self, insn: &Instruction, cond: Value) -> R<Flow> {
        let target = insn.branch_target().ok_or_else(|| self.malformed("branch without target"))?;
        if target <= insn.bci {
            self.poll_loop(target);
        }
        self.save_stack();
        let taken = self.checked_edge(target)?;
        let fall = self.checked_edge(insn.next_bci())?;
        self.b.ins().brif(cond, taken, &[], fall, &[]);
        Ok(Flow::Ended)
    }

    pub(super) fn if_zero(&mut self, insn: &Instruction, cc: IntCC) -> R<Flow> {
        let a = self.pop_kind(Kind::I)?;
        let c = match self.fused_compare(a, cc) {
            Some(c) => c,
            None => self.b.ins().icmp_imm_s(cc, a, 0),
        };
        self.branch(insn, c)
    }

    pub(super) fn if_cmp(&mut self, insn: &Instruction, kind: Kind, cc: IntCC) -> R<Flow> {
        let b = self.pop_kind(kind)?;
        let a = self.pop_kind(kind)?;
        let c = self.b.ins().icmp(cc, a, b);
        self.branch(insn, c)
    }

    pub(super) fn ret(&mut self, kind: Option<Kind>) -> R<Flow> {
        self.unlock_method();
        if let Some((block, expected)) = self.cur.ret_to {
            // An inlined callee returns by jumping to its caller's continuation.
            if kind != expected {
                return Err(self.malformed("a return of the wrong kind"));
            }
            let args = match kind {
                Some(k) => vec![BlockArg::Value(self.pop_kind(k)?)],
                None => Vec::new(),
            };
            self.b.ins().jump(block, &args);
            self.cur.returns += 1;
            return Ok(Flow::Ended);
        }
        let value = match kind {
            Some(k) => {
                let v = self.pop_kind(k)?;
                self.slot_of(v, k)
            }
            None => self.iconst(I64, 0),
        };
        self.pop_record();
        let zero = self.iconst(I64, 0);
        self.b.ins().return_(&[value, zero]);
        Ok(Flow::Ended)
    }

    pub(super) fn switch(&mut self, insn: &Instruction) -> R<Flow> {
        let key = self.pop_kind(Kind::I)?;
        self.save_stack();
        let (default, cases): (i32, Vec<(i32, i32)>) = match &insn.operands {
            Operands::TableSwitch(t) => {
                (t.default, t.offsets.iter().enumerate().map(|(k, &o)| (t.low.wrapping_add(k as i32), o)).collect())
            }
            Operands::LookupSwitch(l) => (l.default, l.pairs.clone()),
            _ => return Err(self.malformed("switch operands")),
        };
        let target = |offset: i32| classfile::bytecode::branch_target(insn.bci, offset);
        let default_bci = target(default).ok_or_else(|| self.malformed("switch target"))?;
        if default_bci <= insn.bci || cases.iter().any(|&(_, o)| target(o).is_some_and(|t| t <= insn.bci)) {
            // A switch that loops back polls first; the key is already off the stack.
            self.poll();
        }
        let default_block = self.checked_edge(default_bci)?;
        let mut switch = Switch::new();
        for (k, offset) in cases {
            let bci = target(offset).ok_or_else(|| self.malformed("switch target"))?;
            let block = self.checked_edge(bci)?;
            switch.set_entry(u128::from(k as u32), block);
        }
        switch.emit(&mut self.b, key, default_block);
        Ok(Flow::Ended)
    }
}
