//! The helpful `NullPointerException` analysis on javac-compiled methods (`data/npe/NpeCases.java`, built
//! without and with `-g`), against the messages HotSpot 17 prints for the same failures.

use classfile::attribute::AttributeBody;
use classfile::bytecode::decode;
use classfile::opcode::Opcode;
use classfile::{ClassFile, MemberInfo};
use rt::npe_message::helpful_message;

/// `NpeCases` as `javac` compiles it by default: no `LocalVariableTable`.
fn plain() -> ClassFile {
    ClassFile::parse(include_bytes!("data/npe/NpeCases.class")).expect("test class parses")
}

/// `NpeCases` compiled with `-g`: locals have names.
fn debug() -> ClassFile {
    ClassFile::parse(include_bytes!("data/npe/debug/NpeCases.class")).expect("test class parses")
}

fn method<'a>(class: &'a ClassFile, name: &str) -> &'a MemberInfo {
    class
        .methods
        .iter()
        .find(|m| m.name(&class.constant_pool).ok() == Some(name))
        .unwrap_or_else(|| panic!("no method {name}"))
}

/// The bci of the `nth` (from 0) instruction with `opcode` in `name`.
fn bci_of(class: &ClassFile, name: &str, opcode: Opcode, nth: usize) -> u32 {
    let code = method(class, name).code().expect("method has code");
    decode(&code.code)
        .expect("javac's code decodes")
        .iter()
        .filter(|i| i.opcode == opcode)
        .nth(nth)
        .unwrap_or_else(|| panic!("{name} has no {opcode} #{nth}"))
        .bci
}

fn message(class: &ClassFile, name: &str, opcode: Opcode, nth: usize) -> Option<String> {
    let bci = bci_of(class, name, opcode, nth);
    helpful_message(class, method(class, name), bci, None)
}

/// (method, failing opcode, its occurrence, HotSpot's message without `-g`, and with `-g` where it differs)
#[rustfmt::skip]
const CASES: &[(&str, Opcode, usize, &str, Option<&str>)] = &[
    ("local", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "<local0>" is null"#, Some(r#"Cannot invoke "String.length()" because "s" is null"#)),
    ("param", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "<parameter2>" is null"#, Some(r#"Cannot invoke "String.length()" because "s" is null"#)),
    ("thisChain", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "this.next.str" is null"#, None),
    ("staticField", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "NpeCases.global.str" is null"#, None),
    ("returned", Opcode::Getfield, 0, r#"Cannot read field "count" because the return value of "NpeCases.make()" is null"#, None),
    ("nestedCall", Opcode::Getfield, 0, r#"Cannot read field "next" because the return value of "NpeCases.make()" is null"#, None),
    ("paramList", Opcode::Getfield, 0, r#"Cannot read field "count" because the return value of "NpeCases.self(Object, String[], java.util.List, StringBuilder, int[][], long, java.lang.Integer, Object[][])" is null"#, None),
    ("builder", Opcode::Invokevirtual, 0, r#"Cannot invoke "java.lang.StringBuilder.append(String)" because "<parameter1>" is null"#, Some(r#"Cannot invoke "java.lang.StringBuilder.append(String)" because "sb" is null"#)),
    ("unbox", Opcode::Invokevirtual, 0, r#"Cannot invoke "java.lang.Integer.intValue()" because "<parameter1>" is null"#, Some(r#"Cannot invoke "java.lang.Integer.intValue()" because "i" is null"#)),
    ("cloneArray", Opcode::Invokevirtual, 0, r#"Cannot invoke "[Ljava.lang.Object;.clone()" because "<parameter1>" is null"#, Some(r#"Cannot invoke "[Ljava.lang.Object;.clone()" because "a" is null"#)),
    ("deepField", Opcode::Iaload, 0, r#"Cannot load from int array because "next.next.next.next.ia" is null"#, None),
    ("deepArray", Opcode::Invokevirtual, 0, r#"Cannot invoke "Object.toString()" because "<array>[0][0][0][0][0]" is null"#, None),
    ("merged", Opcode::Getfield, 0, r#"Cannot read field "count""#, None),
    ("mergedReceiver", Opcode::Getfield, 1, r#"Cannot read field "count" because "next" is null"#, None),
    ("mergedArray", Opcode::Aaload, 1, r#"Cannot load from object array because "<array>[0]" is null"#, None),
    ("indexLocal", Opcode::Aaload, 1, r#"Cannot load from object array because "<parameter1>[<local1>]" is null"#, Some(r#"Cannot load from object array because "a[k]" is null"#)),
    ("indexExpression", Opcode::Invokevirtual, 0, r#"Cannot invoke "Object.toString()" because "<parameter1>[...]" is null"#, Some(r#"Cannot invoke "Object.toString()" because "a[...]" is null"#)),
    ("indexCall", Opcode::Aaload, 1, r#"Cannot load from object array because "<parameter1>[NpeCases.idx()]" is null"#, Some(r#"Cannot load from object array because "a[NpeCases.idx()]" is null"#)),
    ("indexStatic", Opcode::Aaload, 1, r#"Cannot load from object array because "<parameter1>[NpeCases.table[0]]" is null"#, Some(r#"Cannot load from object array because "a[NpeCases.table[0]]" is null"#)),
    ("indexField", Opcode::Invokevirtual, 0, r#"Cannot invoke "Object.toString()" because "<parameter2>[<parameter1>.count]" is null"#, Some(r#"Cannot invoke "Object.toString()" because "a[e.count]" is null"#)),
    ("indexNested", Opcode::Invokevirtual, 0, r#"Cannot invoke "Object.toString()" because "<parameter1>[<parameter2>[<parameter2>[<parameter2>[<parameter2>[<parameter2>[<parameter2>[0]]]]]]]" is null"#, Some(r#"Cannot invoke "Object.toString()" because "a[b[b[b[b[b[b[0]]]]]]]" is null"#)),
    ("reassigned", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "<local0>" is null"#, Some(r#"Cannot invoke "String.length()" because "s" is null"#)),
    ("storedLater", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "<parameter1>" is null"#, Some(r#"Cannot invoke "String.length()" because "s" is null"#)),
    ("loop", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "<parameter1>" is null"#, Some(r#"Cannot invoke "String.length()" because "s" is null"#)),
    ("deadStore", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "<parameter2>" is null"#, Some(r#"Cannot invoke "String.length()" because "s" is null"#)),
    ("storeBetween", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.concat(String)" because "<local0>" is null"#, Some(r#"Cannot invoke "String.concat(String)" because "s" is null"#)),
    ("constantNull", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "null" is null"#, None),
    ("store", Opcode::Putfield, 0, r#"Cannot assign field "count" because "<parameter1>.next" is null"#, Some(r#"Cannot assign field "count" because "e.next" is null"#)),
    ("storeLong", Opcode::Lastore, 0, r#"Cannot store to long array because "<parameter1>[0]" is null"#, Some(r#"Cannot store to long array because "l[0]" is null"#)),
    ("throwIt", Opcode::Athrow, 0, r#"Cannot throw exception because "<parameter1>" is null"#, Some(r#"Cannot throw exception because "e" is null"#)),
    ("sync", Opcode::Monitorenter, 0, r#"Cannot enter synchronized block because "<parameter1>" is null"#, Some(r#"Cannot enter synchronized block because "o" is null"#)),
    ("length", Opcode::Arraylength, 0, r#"Cannot read the array length because "<parameter1>[2]" is null"#, Some(r#"Cannot read the array length because "a[2]" is null"#)),
    ("caught", Opcode::Invokevirtual, 0, r#"Cannot invoke "String.length()" because "<parameter1>" is null"#, Some(r#"Cannot invoke "String.length()" because "s" is null"#)),
];

#[test]
fn messages_match_hotspot_without_debug_info() {
    let class = plain();
    for &(name, opcode, nth, expected, _) in CASES {
        assert_eq!(message(&class, name, opcode, nth).as_deref(), Some(expected), "{name}");
    }
}

#[test]
fn local_variable_table_names_locals() {
    let class = debug();
    for &(name, opcode, nth, plain, named) in CASES {
        let expected = named.unwrap_or(plain);
        assert_eq!(message(&class, name, opcode, nth).as_deref(), Some(expected), "{name} with -g");
    }
}

#[test]
fn instructions_that_cannot_throw_get_no_message() {
    let class = plain();
    // System.arraycopy's NPE comes from the native while its caller sits at the invokestatic.
    assert_eq!(message(&class, "arrayCopy", Opcode::Invokestatic, 0), None);
    // An explicit `new NullPointerException()` runs <init>, which HotSpot never describes.
    assert_eq!(message(&class, "construct", Opcode::Invokespecial, 0), None);
    assert_eq!(message(&class, "local", Opcode::AconstNull, 0), None);
}

#[test]
fn an_invoke_whose_arguments_were_popped_was_a_native_throwing() {
    let class = plain();
    let bci = bci_of(&class, "builder", Opcode::Invokevirtual, 0);
    let builder = method(&class, "builder");
    // On entry to the invoke the stack holds the receiver and the string: two slots.
    assert!(helpful_message(&class, builder, bci, Some(2)).is_some());
    assert_eq!(helpful_message(&class, builder, bci, Some(0)), None);
}

#[test]
fn bcis_inside_instructions_or_past_the_end_get_no_message() {
    let class = plain();
    let local = method(&class, "local");
    let bci = bci_of(&class, "local", Opcode::Invokevirtual, 0);
    assert_eq!(helpful_message(&class, local, bci + 1, None), None);
    assert_eq!(helpful_message(&class, local, 60_000, None), None);
}

/// Gives the method at `index` of `class` the bytecode `code`; `max_stack` and the handlers too if given.
fn set_code(class: &mut ClassFile, index: usize, code: &[u8], max_stack: Option<u16>) {
    for attribute in &mut class.methods[index].attributes {
        if let AttributeBody::Code(body) = &mut attribute.body {
            body.code = code.into();
            if let Some(max_stack) = max_stack {
                body.max_stack = max_stack;
                body.exception_table.clear();
            }
        }
    }
}

/// A copy of `NpeCases` whose method `throwIt` has `code` as its bytecode and no handlers.
fn with_code(code: &[u8], max_stack: u16) -> ClassFile {
    let mut class = plain();
    let index = class
        .methods
        .iter()
        .position(|m| m.name(&class.constant_pool).ok() == Some("throwIt"))
        .expect("throwIt exists");
    set_code(&mut class, index, code, Some(max_stack));
    class
}

/// `goto_w` to the last of `blocks` gotos, each jumping to the one before it, the first to
/// `aconst_null; athrow`: every analysis pass discovers one more block, so the work is quadratic.
fn backward_chain(blocks: u32) -> Vec<u8> {
    let first_block = 7u32;
    let last = first_block + 3 * (blocks - 1);
    let mut code = vec![0xc8];
    code.extend_from_slice(&(last as i32).to_be_bytes());
    code.extend_from_slice(&[0x01, 0xbf]);
    for k in 0..blocks {
        let bci = first_block + 3 * k;
        let target = if k == 0 { 5 } else { bci - 3 };
        code.push(0xa7);
        code.extend_from_slice(&((target as i32 - bci as i32) as i16).to_be_bytes());
    }
    code
}

#[test]
fn analysis_follows_backward_jumps_across_passes() {
    let class = with_code(&backward_chain(50), 1);
    let expected = r#"Cannot throw exception because "null" is null"#;
    assert_eq!(helpful_message(&class, method(&class, "throwIt"), 6, None).as_deref(), Some(expected));
}

#[test]
fn hostile_code_is_bounded_by_the_budget() {
    let class = with_code(&backward_chain(20_000), 1);
    assert_eq!(helpful_message(&class, method(&class, "throwIt"), 6, None), None);
}

#[test]
fn code_a_verifier_rejects_gets_no_message() {
    // athrow on an empty stack; a stack deeper than max_stack; a jump into an instruction's middle.
    for (code, max_stack) in [(vec![0xbf], 1), (vec![0x01, 0x01, 0xbf], 1), (vec![0x01, 0xa7, 0xff, 0xff, 0xbf], 1)] {
        let class = with_code(&code, max_stack);
        let throw_it = method(&class, "throwIt");
        for bci in 0..code.len() as u32 {
            let _ = helpful_message(&class, throw_it, bci, None);
        }
    }
}

#[test]
fn mutated_code_never_panics() {
    let class = plain();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for (index, original) in class.methods.iter().enumerate() {
        let Some(code) = original.code() else { continue };
        for _ in 0..40 {
            let mut bytes = code.code.to_vec();
            for _ in 0..1 + next() % 4 {
                let at = (next() % bytes.len() as u64) as usize;
                bytes[at] = next() as u8;
            }
            let mut mutated = class.clone();
            set_code(&mut mutated, index, &bytes, None);
            let member = &mutated.methods[index];
            for bci in 0..bytes.len() as u32 {
                let _ = helpful_message(&mutated, member, bci, Some(next() as usize % 8));
            }
        }
    }
}
