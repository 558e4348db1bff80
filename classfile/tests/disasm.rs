//! The disassembler: expected lines for a committed `javac` class, robustness on broken constants, and every
//! class of the host JDK's `java.base.jmod` disassembled without error.
//!
//! `data/disasm/Sample.class` was compiled once (`javac --release 17 Sample.java`, JDK 17) from the source
//! beside it, so this test needs no JDK; the lines expected below were checked against `javap -c -p -v`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use classfile::ClassFile;
use classfile::classpath::Entry;
use classfile::disasm::{Options, disassemble, disassemble_to_string};

const SAMPLE: &[u8] = include_bytes!("data/disasm/Sample.class");

fn sample(verbose: bool) -> String {
    let class = ClassFile::parse(SAMPLE).expect("Sample.class parses");
    disassemble_to_string(&class, Options { verbose })
}

/// Asserts each expected line occurs in the text (trailing spaces aside), listing the text on failure.
fn assert_lines(text: &str, expected: &[&str]) {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let missing: Vec<&&str> = expected.iter().filter(|e| !lines.contains(e)).collect();
    assert!(missing.is_empty(), "missing lines {missing:#?} in:\n{text}");
}

#[test]
fn class_header_and_fields() {
    assert_lines(
        &sample(false),
        &[
            "Compiled from \"Sample.java\"",
            "public class Sample implements java.lang.Runnable {",
            "  private static final long BIG;",
            "    descriptor: J",
            "    flags: (0x001a) ACC_PRIVATE, ACC_STATIC, ACC_FINAL",
            "    ConstantValue: long 1234567890123l",
            "  protected int count;",
            "  static java.lang.String[] names;",
            "  public Sample();",
            "  public static void main(java.lang.String[]);",
            "  double safeDiv(int, int);",
            "  private static int lambda$main$0(int);",
            "  static {};",
            "}",
        ],
    );
}

#[test]
fn instructions_with_resolved_constants() {
    assert_lines(
        &sample(false),
        &[
            "    Code:",
            "      stack=4, locals=5, args_size=1",
            "         1: invokespecial #1                  // Method java/lang/Object.\"<init>\":()V",
            "         0: invokedynamic #7,  0              // InvokeDynamic #0:applyAsInt:()Ljava/util/function/IntUnaryOperator;",
            "         8: invokedynamic #11,  0             // InvokeDynamic #1:makeConcatWithConstants:(I)Ljava/lang/String;",
            "        14: getstatic     #15                 // Field java/lang/System.out:Ljava/io/PrintStream;",
            "        21: invokeinterface #21,  2           // InterfaceMethod java/util/function/IntUnaryOperator.applyAsInt:(I)I",
            "        31: invokevirtual #29                 // Method java/io/PrintStream.println:(Ljava/lang/String;)V",
            "        34: ldc2_w        #37                 // long 1234567890123l",
            "        18: ldc2_w        #50                 // double NaNd",
            "         7: getfield      #42                 // Field count:I",
            "         1: anewarray     #52                 // class java/lang/String",
            "         6: ldc           #54                 // String a",
            "         1: newarray      int",
            "         9: if_icmpge     27",
            "        21: iinc          2, 1",
            "        24: goto          6",
            "        21: dstore        4",
        ],
    );
}

#[test]
fn switches_as_javap_prints_them() {
    assert_lines(
        &sample(false),
        &[
            "         1: tableswitch   { // 1 to 3",
            "                       1: 28",
            "                       3: 34",
            "                 default: 37",
            "            }",
            "         1: lookupswitch  { // 3",
            "                     100: 38",
            "                   10000: 40",
            "                 default: 42",
        ],
    );
}

#[test]
fn exception_line_and_stack_map_tables() {
    assert_lines(
        &sample(false),
        &[
            "      Exception table:",
            "         from    to  target type",
            "             0     5    17   Class java/lang/ArithmeticException",
            "             0     5    36   any",
            "      LineNumberTable:",
            "        line 10: 0",
            "        line 15: 49",
            "      StackMapTable: number_of_entries = 4",
            "        frame_type = 28 /* same */ // bci 28",
            "        frame_type = 2 /* same */ // bci 31",
            "        frame_type = 81 /* same_locals_1_stack_item */ // bci 17",
            "          stack = [ class java/lang/ArithmeticException ]",
            "        frame_type = 253 /* append */ // bci 6",
            "          offset_delta = 6",
            "          locals = [ class \"[I\", int ]",
            "        frame_type = 250 /* chop */ // bci 27",
        ],
    );
}

#[test]
fn verbose_adds_version_and_constant_pool() {
    let text = sample(true);
    assert_lines(
        &text,
        &[
            "  major version: 61",
            "  flags: (0x0021) ACC_PUBLIC, ACC_SUPER",
            "Constant pool:",
            "    #1 = Methodref          #2.#3         // java/lang/Object.\"<init>\":()V",
            "    #4 = Utf8               java/lang/Object",
            "    #7 = InvokeDynamic      #0:#8         // #0:applyAsInt:()Ljava/util/function/IntUnaryOperator;",
            "   #37 = Long               1234567890123l",
            "   #79 = Class              #80           // \"[I\"",
            "   #86 = MethodHandle       6:#87         // REF_invokeStatic java/lang/invoke/LambdaMetafactory.metafactory:(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
            "  #103 = String             #104          // n=\\u0001!",
            "SourceFile: \"Sample.java\"",
            "BootstrapMethods:",
        ],
    );
    assert!(
        !sample(false).contains("Constant pool:"),
        "the pool is for -v only"
    );
}

#[test]
fn bad_constant_indices_print_as_invalid() {
    let mut class = ClassFile::parse(SAMPLE).expect("Sample.class parses");
    // Point every instruction's constant at an index past the pool, through the code bytes themselves.
    let past = u16::try_from(class.constant_pool.len() + 5).expect("small pool");
    for method in &mut class.methods {
        for attribute in &mut method.attributes {
            if let classfile::attribute::AttributeBody::Code(code) = &mut attribute.body {
                let insns = classfile::bytecode::decode(&code.code).expect("decodes");
                for insn in insns {
                    if insn.cp_index().is_some() && insn.opcode.mnemonic() != "ldc" {
                        let at = insn.bci as usize + 1;
                        code.code[at..at + 2].copy_from_slice(&past.to_be_bytes());
                    }
                }
            }
        }
    }
    class.this_class = classfile::CpIndex(past);
    let text = disassemble_to_string(&class, Options { verbose: true });
    assert!(
        text.contains(&format!(
            "putstatic     #{past}                // <invalid>"
        )),
        "{text}"
    );
    assert!(text.contains(&format!("this_class: #{past}")), "{text}");
}

#[test]
fn undecodable_code_is_reported_not_fatal() {
    let mut class = ClassFile::parse(SAMPLE).expect("Sample.class parses");
    let code = class.methods.iter_mut().find_map(|m| {
        m.attributes.iter_mut().find_map(|a| match &mut a.body {
            classfile::attribute::AttributeBody::Code(code) => Some(code),
            _ => None,
        })
    });
    let code = code.expect("a method with code");
    let mut bytes = code.code.to_vec();
    bytes.push(0xb6); // invokevirtual with its operands cut off
    code.code = bytes.into();
    let text = disassemble_to_string(&class, Options::default());
    assert!(
        text.contains("<undecodable: bci 5: invokevirtual needs 2 operand bytes"),
        "{text}"
    );
}

/// The JDK home: `JAVA_HOME`, else the `javac` on `PATH` resolved through its symlinks.
fn find_jdk() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("JAVA_HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(home));
    }
    let path = std::env::var_os("PATH")?;
    let javac = std::env::split_paths(&path)
        .map(|dir| dir.join("javac"))
        .find(|c| c.is_file())?;
    javac
        .canonicalize()
        .ok()?
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
}

#[test]
fn every_java_base_class_disassembles() {
    let Some(jmod) = find_jdk()
        .map(|jdk| jdk.join("jmods").join("java.base.jmod"))
        .filter(|j| j.is_file())
    else {
        println!("java.base disassembly skipped: no JDK with jmods/java.base.jmod (set JAVA_HOME)");
        return;
    };
    let started = Instant::now();
    let entry = Entry::open(&jmod).expect("java.base.jmod opens");
    let names = entry.class_names().expect("java.base.jmod lists");
    let (mut classes, mut bytes_out, mut failures) = (0usize, 0usize, Vec::new());
    for name in &names {
        let source = match entry.find_class(name) {
            Ok(Some(source)) => source,
            other => {
                failures.push(format!("{name}: not readable: {other:?}"));
                continue;
            }
        };
        let class = match ClassFile::parse(&source.bytes) {
            Ok(class) => class,
            Err(e) => {
                failures.push(format!("{name}: parse: {e}"));
                continue;
            }
        };
        let mut text = String::new();
        if let Err(e) = disassemble(&class, &mut text, Options { verbose: true }) {
            failures.push(format!("{name}: {e}"));
        } else if text.contains("<invalid>") || text.contains("<undecodable") {
            failures.push(format!("{name}: a valid JDK class printed as broken"));
        }
        classes += 1;
        bytes_out += text.len();
    }
    println!(
        "java.base: {classes} classes disassembled ({} MB of text) in {:.1?}",
        bytes_out / 1_000_000,
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} failures; first: {:#?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
    assert!(classes > 1000, "only {classes} classes");
}
