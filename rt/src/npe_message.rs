//! HotSpot 17's helpful `NullPointerException` messages (JEP 358), computed from a method and a bci.
//!
//! A message has two halves: the failed action, read off the instruction that found the null
//! (`Cannot invoke "String.length()"`, `Cannot load from int array`, ...), and, when the null can be traced
//! to one instruction, what that instruction computed (`because "<local1>.next" is null`). The trace is a
//! forward abstract interpretation of the operand stack in which every slot holds the bci of the instruction
//! that pushed it; where paths with different producers meet, the slot holds no producer and the message
//! keeps only its first half, as HotSpot's does.
//!
//! The details follow HotSpot's observable behaviour (checked against `java` 17 program by program), not
//! its code:
//! - The analysis walks the code in bci order, pass after pass, while passes reach new instructions, and
//!   stops as soon as a pass arrives at the failing instruction with a state. So facts that only flow back
//!   along a loop's back edge into an already-reached instruction do not count, and exception handlers
//!   start fresh (their stack is the caught exception, no locals written).
//! - A parameter's slot is named `<parameterN>` (N counting parameters, not slots) unless a store to it
//!   reached the failing instruction, then `<localN>` (N the slot), like any other local; slot 0 of an
//!   instance method is `this`. A `LocalVariableTable` entry covering the load overrides all of these.
//!   `iinc` does not count as a store.
//! - Nested descriptions stop at five levels: past that a field access drops its receiver and an array
//!   load prints `<array>` for its array. An array index does not count as a level, and an index that
//!   cannot be described is `...`.
//! - Class names are written with dots; `java.lang.Object` and `java.lang.String` lose their package when
//!   they are a member's holder, and every parameter type starting with either (so `StringBuilder` too)
//!   loses `java.lang.` in a method's parameter list.
//!
//! Nothing here trusts the code: every step is checked (stack underflow, overflow past `max_stack`,
//! unknown targets, malformed constants) and gives "no message" rather than a panic, and the work is
//! bounded by budgets so a hostile method cannot make an exception expensive.

use std::fmt::Write as _;

use classfile::attribute::{AttributeBody, Code};
use classfile::bytecode::{Instruction, Operands, decode};
use classfile::descriptor::{FieldType, MethodDescriptor};
use classfile::opcode::{EffectSource, Opcode, StackEffect};
use classfile::{ClassFile, ConstantPool, CpIndex, MemberInfo};

/// How many levels a nested description goes down before giving up on the inner part.
const MAX_DEPTH: u32 = 5;
/// Instruction visits the analysis may make; a hostile method otherwise costs passes times length.
const STEP_BUDGET: usize = 1 << 21;
/// Stack slots copied between states, bounding time and memory on methods with deep stacks.
const SLOT_BUDGET: usize = 1 << 23;
/// Sources a description may visit: array indexes nest without counting as levels, so depth alone does
/// not bound the recursion on hostile code.
const DESCRIBE_FUEL: u32 = 256;

/// The helpful message for a `NullPointerException` raised by the instruction at `bci` of `method` (a
/// method of `class`), or `None` when HotSpot would give none: the instruction cannot raise one (the
/// exception came from a native or the runtime while this frame was calling), it is a constructor call
/// (an explicit `new NullPointerException()`), or the code does not analyse.
///
/// `synced_depth` is the operand-stack depth (in slots) the executing tier recorded for the frame when it
/// raised the exception, if known. A tier raising the exception for an invoke leaves the arguments on the
/// stack; a native that the invoke called runs after they were popped, so a shallower depth marks a
/// native's exception, which gets no message.
pub fn helpful_message(
    class: &ClassFile,
    method: &MemberInfo,
    bci: u32,
    synced_depth: Option<usize>,
) -> Option<String> {
    let pool = &class.constant_pool;
    let code = method.code()?;
    let descriptor = MethodDescriptor::parse(method.descriptor(pool).ok()?)?;
    let instructions = decode(&code.code).ok()?;
    let target = instructions.binary_search_by_key(&bci, |i| i.bci).ok()?;
    let failed = &instructions[target];
    // Decide before analysing whether the instruction could have thrown at all: most natives' NPEs end here.
    let action = failed_action(pool, failed)?;
    let analysis = Analysis::run(pool, code, &instructions, target)?;
    let state = analysis.states[target].as_ref()?;
    let null_slot = null_operand(pool, failed, state.stack.len())?;
    if is_invoke(failed.opcode) && synced_depth.is_some_and(|depth| depth < state.stack.len()) {
        return None;
    }
    let mut describer = Describer {
        pool,
        code,
        analysis: &analysis,
        is_static: method.access_flags.is_static(),
        descriptor: &descriptor,
        written: state.written,
        fuel: DESCRIBE_FUEL,
    };
    let source = describer.pass_through(state.stack[null_slot]);
    let because = match describer.instruction(source) {
        Some(producer) if is_invoke(producer.opcode) => {
            member_description(pool, producer).map(|m| format!(" because the return value of \"{m}\" is null"))
        }
        _ => describer.describe(source, 0).map(|d| format!(" because \"{d}\" is null")),
    };
    Some(action + because.as_deref().unwrap_or(""))
}

/// Who pushed a stack slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// The instruction at this bci.
    At(u32),
    /// No single instruction: paths with different producers met, or the slot is a caught exception.
    Unknown,
}

/// Parameter slots (the receiver's included) that a store has reached, one bit each; JVMS 4.3.3 caps the
/// parameters at 255 slots, so the bits past them are never asked about.
type Written = [u64; 4];

/// What the analysis knows on entry to one instruction.
#[derive(Clone, Debug)]
struct State {
    /// The operand stack, bottom first, one entry per JVMS slot (a long's two slots share a source).
    stack: Vec<Source>,
    /// Parameter slots stored to on some path here.
    written: Written,
}

/// The states the analysis reached, by instruction index.
struct Analysis<'a> {
    instructions: &'a [Instruction],
    states: Vec<Option<State>>,
}

impl<'a> Analysis<'a> {
    /// Runs the passes until the instruction at index `target` is reached with a state; `None` if it never
    /// is, or if the code does something no verifier would accept.
    fn run(pool: &ConstantPool, code: &Code, instructions: &'a [Instruction], target: usize) -> Option<Self> {
        let mut analysis = Self { instructions, states: vec![None; instructions.len()] };
        if let Some(entry) = analysis.states.first_mut() {
            *entry = Some(State { stack: Vec::new(), written: [0; 4] });
        }
        for handler in &code.exception_table {
            if let Some(index) = analysis.index_of(u32::from(handler.handler_pc)) {
                analysis.states[index].get_or_insert_with(|| State { stack: vec![Source::Unknown], written: [0; 4] });
            }
        }
        let max_stack = usize::from(code.max_stack);
        let (mut steps, mut slots) = (0usize, 0usize);
        loop {
            let mut reached_new = false;
            for (index, instruction) in instructions.iter().enumerate() {
                let Some(state) = &analysis.states[index] else { continue };
                if index == target {
                    return Some(analysis);
                }
                steps += 1;
                slots += state.stack.len();
                if steps > STEP_BUDGET || slots > SLOT_BUDGET {
                    return None;
                }
                let out = step(pool, instruction, state)?;
                if out.stack.len() > max_stack {
                    return None;
                }
                for (successor, state) in analysis.successors(index, out) {
                    reached_new |= analysis.merge(successor, state)?;
                }
            }
            if !reached_new {
                return None;
            }
        }
    }

    /// The instruction index at `bci`, if an instruction starts there.
    fn index_of(&self, bci: u32) -> Option<usize> {
        self.instructions.binary_search_by_key(&bci, |i| i.bci).ok()
    }

    /// Where control goes after the instruction at `index`, with the state each successor receives.
    /// Targets that are not instruction starts are dropped: the pre-decoder rejects such code anyway.
    fn successors(&self, index: usize, out: State) -> Vec<(usize, State)> {
        let instruction = &self.instructions[index];
        let at = |bci: Option<u32>| bci.and_then(|b| self.index_of(b));
        let next = Some(index + 1).filter(|&n| n < self.instructions.len());
        let targets: Vec<usize> = match instruction.opcode {
            Opcode::Goto | Opcode::GotoW => at(instruction.branch_target()).into_iter().collect(),
            Opcode::Jsr | Opcode::JsrW => {
                // The subroutine comes back to the next instruction with its return address consumed;
                // treating that as an ordinary edge is all old class files need for a message.
                let mut after = out.clone();
                after.stack.pop();
                let into = at(instruction.branch_target()).map(|t| (t, out));
                return into.into_iter().chain(next.map(|n| (n, after))).collect();
            }
            Opcode::Ret
            | Opcode::Athrow
            | Opcode::Ireturn
            | Opcode::Lreturn
            | Opcode::Freturn
            | Opcode::Dreturn
            | Opcode::Areturn
            | Opcode::Return => Vec::new(),
            _ => match &instruction.operands {
                Operands::TableSwitch(table) => table.targets(instruction.bci).filter_map(&at).collect(),
                Operands::LookupSwitch(table) => table.targets(instruction.bci).filter_map(&at).collect(),
                Operands::Branch(_) => at(instruction.branch_target()).into_iter().chain(next).collect(),
                _ => next.into_iter().collect(),
            },
        };
        targets.into_iter().map(|t| (t, out.clone())).collect()
    }

    /// Merges `incoming` into the state of instruction `index`: `Some(true)` if that instruction had none
    /// yet, `None` if the stack heights disagree (code no verifier accepts).
    fn merge(&mut self, index: usize, incoming: State) -> Option<bool> {
        let Some(existing) = &mut self.states[index] else {
            self.states[index] = Some(incoming);
            return Some(true);
        };
        if existing.stack.len() != incoming.stack.len() {
            return None;
        }
        for (slot, other) in existing.stack.iter_mut().zip(&incoming.stack) {
            if slot != other {
                *slot = Source::Unknown;
            }
        }
        for (word, other) in existing.written.iter_mut().zip(incoming.written) {
            *word |= other;
        }
        Some(false)
    }
}

/// The state after `instruction` runs from `state`; `None` on stack underflow or an unreadable constant.
fn step(pool: &ConstantPool, instruction: &Instruction, state: &State) -> Option<State> {
    let mut out = state.clone();
    let stack = &mut out.stack;
    let produced = Source::At(instruction.bci);
    let opcode = instruction.opcode;
    // The dup family and swap rearrange slots, keeping their producers; `pick(k)` is the k-th slot from
    // the top (0 the top), read before anything is pushed.
    let len = stack.len();
    let pick = |stack: &Vec<Source>, k: usize| len.checked_sub(k + 1).and_then(|i| stack.get(i)).copied();
    let rearranged: Option<(usize, Vec<usize>)> = match opcode {
        // (slots popped, the popped slots pushed back bottom first, by depth from the top)
        Opcode::Dup => Some((1, vec![0, 0])),
        Opcode::DupX1 => Some((2, vec![0, 1, 0])),
        Opcode::DupX2 => Some((3, vec![0, 2, 1, 0])),
        Opcode::Dup2 => Some((2, vec![1, 0, 1, 0])),
        Opcode::Dup2X1 => Some((3, vec![1, 0, 2, 1, 0])),
        Opcode::Dup2X2 => Some((4, vec![1, 0, 3, 2, 1, 0])),
        Opcode::Swap => Some((2, vec![0, 1])),
        _ => None,
    };
    if let Some((popped, pushed)) = rearranged {
        let values = pushed.iter().map(|&k| pick(stack, k)).collect::<Option<Vec<_>>>()?;
        stack.truncate(len.checked_sub(popped)?);
        stack.extend(values);
        return Some(out);
    }
    if opcode == Opcode::Checkcast {
        // A cast passes its operand through: the value is still the one its producer pushed.
        return stack.last().is_some().then_some(out);
    }
    if let Some((slot, width)) = local_operand(instruction, STORES) {
        for s in slot..slot.saturating_add(width) {
            if let Some(word) = out.written.get_mut(usize::from(s / 64)) {
                *word |= 1 << (s % 64);
            }
        }
    }
    let stack = &mut out.stack;
    let (pop, push) = match opcode.stack_effect() {
        StackEffect::Fixed { pop, push } => (usize::from(pop), usize::from(push)),
        StackEffect::Dynamic(EffectSource::FieldDescriptor) => {
            let field = pool.member_ref(CpIndex(instruction.cp_index()?)).ok()?;
            let size = usize::from(FieldType::parse(field.descriptor)?.slots());
            match opcode {
                Opcode::Getstatic => (0, size),
                Opcode::Putstatic => (size, 0),
                Opcode::Getfield => (1, size),
                _ => (1 + size, 0),
            }
        }
        StackEffect::Dynamic(EffectSource::MethodDescriptor) => {
            let descriptor = invoked_descriptor(pool, instruction)?;
            let receiver = usize::from(!matches!(opcode, Opcode::Invokestatic | Opcode::Invokedynamic));
            let ret = descriptor.return_type.as_ref().map_or(0, |t| usize::from(t.slots()));
            (descriptor.parameter_slots() + receiver, ret)
        }
        StackEffect::Dynamic(EffectSource::Dimensions) => match instruction.operands {
            Operands::MultiANewArray { dims, .. } => (usize::from(dims), 1),
            _ => return None,
        },
        StackEffect::Dynamic(EffectSource::ModifiedOpcode) => return None,
    };
    stack.truncate(stack.len().checked_sub(pop)?);
    stack.extend(std::iter::repeat_n(produced, push));
    Some(out)
}

/// The descriptor of the method an invoke instruction calls.
fn invoked_descriptor(pool: &ConstantPool, instruction: &Instruction) -> Option<MethodDescriptor> {
    let index = CpIndex(instruction.cp_index()?);
    let descriptor = if instruction.opcode == Opcode::Invokedynamic {
        pool.dynamic(index).ok()?.2
    } else {
        pool.member_ref(index).ok()?.descriptor
    };
    MethodDescriptor::parse(descriptor)
}

/// The first load opcode (`iload`), for [`local_operand`].
const LOADS: u8 = 0x15;
/// The first store opcode (`istore`), for [`local_operand`].
const STORES: u8 = 0x36;

/// The local slot a load (`first` = [`LOADS`]) or store ([`STORES`]) instruction names, with how many slots
/// its value takes. Both families are laid out alike in the opcode table: five forms with an index operand
/// (int, long, float, double, reference), then the twenty `_0`..`_3` forms, four of each kind in that order.
fn local_operand(instruction: &Instruction, first: u8) -> Option<(u16, u16)> {
    let op = instruction.opcode.as_u8();
    let short = first + 5;
    let (slot, kind) = if (first..short).contains(&op) {
        (instruction.local_index()?, op - first)
    } else if (short..short + 20).contains(&op) {
        (u16::from((op - short) % 4), (op - short) / 4)
    } else {
        return None;
    };
    // Kinds 1 and 3 are long and double.
    Some((slot, if matches!(kind, 1 | 3) { 2 } else { 1 }))
}

/// Whether the opcode calls a method through a receiver or statically (not `invokedynamic`).
fn is_invoke(opcode: Opcode) -> bool {
    matches!(opcode, Opcode::Invokevirtual | Opcode::Invokespecial | Opcode::Invokestatic | Opcode::Invokeinterface)
}

/// The element type an array instruction names in "Cannot load from int array".
fn array_kind(opcode: Opcode) -> Option<&'static str> {
    Some(match opcode {
        Opcode::Iaload | Opcode::Iastore => "int",
        Opcode::Laload | Opcode::Lastore => "long",
        Opcode::Faload | Opcode::Fastore => "float",
        Opcode::Daload | Opcode::Dastore => "double",
        Opcode::Aaload | Opcode::Aastore => "object",
        Opcode::Baload | Opcode::Bastore => "byte/boolean",
        Opcode::Caload | Opcode::Castore => "char",
        Opcode::Saload | Opcode::Sastore => "short",
        _ => return None,
    })
}

/// The first half of the message, or `None` for an instruction that cannot raise a `NullPointerException`
/// (or, for `invokespecial` of a constructor, only raises one HotSpot treats as explicitly constructed).
fn failed_action(pool: &ConstantPool, instruction: &Instruction) -> Option<String> {
    let opcode = instruction.opcode;
    Some(match opcode {
        Opcode::Iaload
        | Opcode::Laload
        | Opcode::Faload
        | Opcode::Daload
        | Opcode::Aaload
        | Opcode::Baload
        | Opcode::Caload
        | Opcode::Saload => format!("Cannot load from {} array", array_kind(opcode)?),
        Opcode::Iastore
        | Opcode::Lastore
        | Opcode::Fastore
        | Opcode::Dastore
        | Opcode::Aastore
        | Opcode::Bastore
        | Opcode::Castore
        | Opcode::Sastore => format!("Cannot store to {} array", array_kind(opcode)?),
        Opcode::Arraylength => "Cannot read the array length".to_owned(),
        Opcode::Athrow => "Cannot throw exception".to_owned(),
        Opcode::Monitorenter => "Cannot enter synchronized block".to_owned(),
        Opcode::Monitorexit => "Cannot exit synchronized block".to_owned(),
        Opcode::Getfield | Opcode::Putfield => {
            let field = pool.member_ref(CpIndex(instruction.cp_index()?)).ok()?;
            let verb = if opcode == Opcode::Getfield { "read" } else { "assign" };
            format!("Cannot {verb} field \"{}\"", field.name)
        }
        Opcode::Invokevirtual | Opcode::Invokespecial | Opcode::Invokeinterface => {
            let method = pool.member_ref(CpIndex(instruction.cp_index()?)).ok()?;
            if method.name == "<init>" {
                return None;
            }
            format!("Cannot invoke \"{}\"", member_description(pool, instruction)?)
        }
        _ => return None,
    })
}

/// Which stack slot (from the bottom of a stack `height` slots high) holds the reference that was null.
fn null_operand(pool: &ConstantPool, instruction: &Instruction, height: usize) -> Option<usize> {
    let below_top = match instruction.opcode {
        Opcode::Getfield | Opcode::Arraylength | Opcode::Athrow | Opcode::Monitorenter | Opcode::Monitorexit => 0,
        Opcode::Putfield => {
            let field = pool.member_ref(CpIndex(instruction.cp_index()?)).ok()?;
            usize::from(FieldType::parse(field.descriptor)?.slots())
        }
        Opcode::Lastore | Opcode::Dastore => 3,
        // The other stores take a one-slot value; every load takes just the array and the index.
        op if array_kind(op).is_some() && op.stack_effect() == (StackEffect::Fixed { pop: 3, push: 0 }) => 2,
        op if array_kind(op).is_some() => 1,
        op if is_invoke(op) => invoked_descriptor(pool, instruction)?.parameter_slots(),
        _ => return None,
    };
    height.checked_sub(below_top + 1)
}

/// `Holder.name(param, types)` for an invoke, `Holder.name` for a field access.
fn member_description(pool: &ConstantPool, instruction: &Instruction) -> Option<String> {
    let member = pool.member_ref(CpIndex(instruction.cp_index()?)).ok()?;
    let mut text = format!("{}.{}", holder_name(member.class), member.name);
    if is_invoke(instruction.opcode) {
        let descriptor = MethodDescriptor::parse(member.descriptor)?;
        let params: Vec<String> = descriptor.parameters.iter().map(parameter_name).collect();
        let _ = write!(text, "({})", params.join(", "));
    }
    Some(text)
}

/// A member's holder as HotSpot names it: dotted, with `Object` and `String` alone shortened.
fn holder_name(internal: &str) -> String {
    match internal {
        "java/lang/Object" => "Object".to_owned(),
        "java/lang/String" => "String".to_owned(),
        _ => internal.replace('/', "."),
    }
}

/// A parameter type as HotSpot lists it: Java spelling, with `java.lang.` dropped from every name that
/// starts `java.lang.Object` or `java.lang.String` (a prefix test, so `StringBuilder` loses it as well).
fn parameter_name(ty: &FieldType) -> String {
    let name = ty.to_string();
    if name.starts_with("java.lang.Object") || name.starts_with("java.lang.String") {
        name["java.lang.".len()..].to_owned()
    } else {
        name
    }
}

/// Turns sources into text.
struct Describer<'a> {
    pool: &'a ConstantPool,
    code: &'a Code,
    analysis: &'a Analysis<'a>,
    is_static: bool,
    descriptor: &'a MethodDescriptor,
    /// The parameter slots stored to on the way to the failing instruction.
    written: Written,
    /// Sources left to visit.
    fuel: u32,
}

impl Describer<'_> {
    /// The instruction that produced `source`, if one did and the analysis reached it.
    fn instruction(&self, source: Source) -> Option<&Instruction> {
        let Source::At(bci) = source else { return None };
        self.analysis.index_of(bci).map(|i| &self.analysis.instructions[i])
    }

    /// The stack on entry to the instruction that produced `source`: where its operands came from.
    fn operands(&self, source: Source) -> Option<&[Source]> {
        let Source::At(bci) = source else { return None };
        let index = self.analysis.index_of(bci)?;
        self.analysis.states[index].as_ref().map(|s| s.stack.as_slice())
    }

    /// Follows casts back to the value they pass through.
    fn pass_through(&mut self, mut source: Source) -> Source {
        while self.fuel > 0 && self.instruction(source).is_some_and(|i| i.opcode == Opcode::Checkcast) {
            self.fuel -= 1;
            match self.operands(source).and_then(|s| s.last()) {
                Some(&operand) => source = operand,
                None => return Source::Unknown,
            }
        }
        source
    }

    /// The expression that computed `source`, `depth` levels below the top of the message.
    fn describe(&mut self, source: Source, depth: u32) -> Option<String> {
        if depth >= MAX_DEPTH || self.fuel == 0 {
            return None;
        }
        self.fuel -= 1;
        let source = self.pass_through(source);
        let instruction = self.instruction(source)?;
        let opcode = instruction.opcode;
        let op = opcode.as_u8();
        match opcode {
            Opcode::AconstNull => Some("null".to_owned()),
            // iconst_m1 .. iconst_5.
            _ if (0x02..=0x08).contains(&op) => Some((i32::from(op) - 3).to_string()),
            Opcode::Bipush | Opcode::Sipush => match instruction.operands {
                Operands::Int(value) => Some(value.to_string()),
                _ => None,
            },
            Opcode::Getstatic => member_description(self.pool, instruction),
            Opcode::Getfield => {
                let name = self.pool.member_ref(CpIndex(instruction.cp_index()?)).ok()?.name.to_owned();
                let receiver = *self.operands(source)?.last()?;
                Some(match self.describe(receiver, depth + 1) {
                    Some(object) => format!("{object}.{name}"),
                    None => name,
                })
            }
            op if is_invoke(op) => member_description(self.pool, instruction),
            op if array_kind(op).is_some() => {
                let operands = self.operands(source)?;
                let index_at = operands.len().checked_sub(1)?;
                let (array, index) = (*operands.get(index_at.checked_sub(1)?)?, operands[index_at]);
                let array = self.describe(array, depth + 1).unwrap_or_else(|| "<array>".to_owned());
                // The index is part of the same level: HotSpot prints deeply nested indexes in full.
                let index = self.describe(index, depth).unwrap_or_else(|| "...".to_owned());
                Some(format!("{array}[{index}]"))
            }
            _ => {
                let (slot, _) = local_operand(instruction, LOADS)?;
                Some(self.local_name(slot, instruction.bci))
            }
        }
    }

    /// The name of local `slot` as read at `bci`.
    fn local_name(&self, slot: u16, bci: u32) -> String {
        if let Some(name) = self.debug_name(slot, bci) {
            return name.to_owned();
        }
        let written = self.written.get(usize::from(slot / 64)).is_some_and(|word| word & (1 << (slot % 64)) != 0);
        if !written {
            if !self.is_static && slot == 0 {
                return "this".to_owned();
            }
            if let Some(n) = self.parameter_number(slot) {
                return format!("<parameter{n}>");
            }
        }
        format!("<local{slot}>")
    }

    /// The 1-based number of the parameter that starts at `slot`, if one does.
    fn parameter_number(&self, slot: u16) -> Option<usize> {
        let mut next = u32::from(!self.is_static);
        for (n, parameter) in self.descriptor.parameters.iter().enumerate() {
            if next == u32::from(slot) {
                return Some(n + 1);
            }
            next += u32::from(parameter.slots());
        }
        None
    }

    /// The `LocalVariableTable` name of `slot` at `bci`, if the class was compiled with one.
    fn debug_name(&self, slot: u16, bci: u32) -> Option<&str> {
        let rows = self.code.attributes.iter().filter_map(|a| match &a.body {
            AttributeBody::LocalVariableTable(rows) => Some(rows),
            _ => None,
        });
        rows.flatten()
            .find(|row| {
                let start = u32::from(row.start_pc);
                row.index == slot && start <= bci && bci < start + u32::from(row.length)
            })
            .and_then(|row| self.pool.utf8(row.name).ok())
    }
}
