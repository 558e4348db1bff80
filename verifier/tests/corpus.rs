//! The ill-typed corpus: classes built with the test assembler, each breaking one verification rule, with
//! well-typed counterparts. HotSpot (`-Xverify:all`) and Cortado's verifier must both reject each broken class
//! with the same message start, and both accept the valid ones.

#[allow(
    dead_code,
    reason = "shared with other test binaries, each using part of it"
)]
mod assembler;
#[allow(
    dead_code,
    reason = "shared with other test binaries, each using part of it"
)]
mod corpus_support;

use assembler::{ClassAsm, MethodAsm};
use classfile::{AccessFlags, ClassFile};
use corpus_support::{Scratch, Verdict, hotspot_verdicts, jdk_home};

/// One corpus entry: the class and the message HotSpot's `VerifyError` starts with (`None` for a valid class).
struct Case {
    class: ClassFile,
    expect: Option<&'static str>,
}

const OBJECT: &str = "java/lang/Object";

/// A class `name` with a default constructor and the one method `m`.
fn with_method(name: &str, m: MethodAsm) -> ClassFile {
    ClassAsm::new(name, OBJECT)
        .default_init()
        .and_then(|c| c.method(m))
        .expect("assemble")
        .finish()
}

fn bad(name: &str, expect: &'static str, m: MethodAsm) -> Case {
    Case {
        class: with_method(name, m),
        expect: Some(expect),
    }
}

fn good(name: &str, m: MethodAsm) -> Case {
    Case {
        class: with_method(name, m),
        expect: None,
    }
}

fn cases() -> Vec<Case> {
    let st = MethodAsm::public_static;
    let mut cases = vec![
        // Popped wrong type: iadd over a reference.
        bad("BadPopType", "Bad type on operand stack", st("m", "()V").limits(2, 0).code("aconst_null; iconst_1; iadd; pop; return")),
        good("GoodPopType", st("m", "()V").limits(2, 0).code("iconst_2; iconst_1; iadd; pop; return")),
        // A branch target with no frame.
        bad(
            "BadMissingFrame",
            "Expecting a stackmap frame at branch target",
            st("m", "(I)V").limits(1, 1).code("iload_0; ifeq L; nop; L: return"),
        ),
        good(
            "GoodBranchFrame",
            st("m", "(I)V").limits(1, 1).code("iload_0; ifeq L; nop; L: return").frame("L", "I", ""),
        ),
        // A handler whose frame does not start with the caught exception on the stack.
        bad(
            "BadHandlerFrame",
            "Stack map does not match the one at exception handler",
            st("m", "()V")
                .limits(2, 0)
                .code("S: invokestatic java/lang/System.nanoTime:()J; pop2; E: return; H: pop; return")
                .handler("S", "E", "H", Some("java/lang/RuntimeException"))
                .frame("H", "", "I"),
        ),
        good(
            "GoodHandlerFrame",
            st("m", "()V")
                .limits(2, 0)
                .code("S: invokestatic java/lang/System.nanoTime:()J; pop2; E: return; H: pop; return")
                .handler("S", "E", "H", Some("java/lang/RuntimeException"))
                .frame("H", "", "java/lang/RuntimeException"),
        ),
        // An uninitialized object used for a method call and for a field read.
        bad(
            "BadUninitCall",
            "Bad type on operand stack",
            st("m", "()V").limits(2, 0).code("new java/lang/Object; dup; invokevirtual java/lang/Object.hashCode:()I; pop; pop; return"),
        ),
        bad(
            "BadUninitField",
            "Bad type on operand stack",
            st("m", "()V").limits(1, 0).code("new BadUninitField; getfield BadUninitField.f:I; pop; return"),
        ),
        good(
            "GoodInitThenCall",
            st("m", "()V").limits(2, 0).code(
                "new java/lang/Object; dup; invokespecial java/lang/Object.<init>:()V; invokevirtual java/lang/Object.hashCode:()I; pop; return",
            ),
        ),
        // Wrong return type.
        bad("BadReturnType", "Bad type on operand stack", st("m", "()I").limits(1, 0).code("aconst_null; ireturn")),
        bad(
            "BadReturnClass",
            "Bad return type",
            st("m", "()Ljava/lang/String;").limits(2, 0).code(
                "new java/lang/Object; dup; invokespecial java/lang/Object.<init>:()V; areturn",
            ),
        ),
        bad("BadReturnOpcode", "Method does not expect a return value", st("m", "()V").limits(1, 0).code("iconst_0; ireturn")),
        good("GoodReturn", st("m", "()Ljava/lang/Object;").limits(1, 0).code("ldc \"s\"; areturn")),
        // Operand stack overflow and underflow.
        bad("BadStackOverflow", "Operand stack overflow", st("m", "()V").limits(1, 0).code("iconst_1; iconst_2; pop2; return")),
        bad("BadStackUnderflow", "Operand stack underflow", st("m", "()V").limits(1, 0).code("pop; return")),
        good("GoodStackExact", st("m", "()V").limits(2, 0).code("iconst_1; iconst_2; pop2; return")),
        // Locals out of range.
        bad("BadLocalsRange", "Local variable table overflow", st("m", "()V").limits(1, 1).code("iconst_0; istore 5; return")),
        bad("BadLocalsLoad", "Local variable table overflow", st("m", "()V").limits(1, 1).code("iload_3; pop; return")),
        // Falling off the end of the code.
        bad("BadFallOff", "Control flow falls through code end", st("m", "()V").limits(1, 0).code("iconst_0; pop")),
        // invokespecial on a method of an unrelated class.
        bad(
            "BadInvokespecial",
            "Bad invokespecial instruction: current class isn't assignable to reference class.",
            MethodAsm::new(AccessFlags::PUBLIC, "m", "()I").limits(1, 1).code("aload_0; invokespecial java/lang/String.length:()I; ireturn"),
        ),
        good(
            "GoodInvokespecial",
            MethodAsm::new(AccessFlags::PUBLIC, "m", "()I").limits(1, 1).code("aload_0; invokespecial java/lang/Object.hashCode:()I; ireturn"),
        ),
        // athrow of something that is not a Throwable.
        bad(
            "BadAthrow",
            "Bad type on operand stack",
            st("m", "()V").limits(2, 0).code("new java/lang/Object; dup; invokespecial java/lang/Object.<init>:()V; athrow"),
        ),
        good(
            "GoodAthrow",
            st("m", "()V").limits(2, 0).code(
                "new java/lang/RuntimeException; dup; invokespecial java/lang/RuntimeException.<init>:()V; athrow",
            ),
        ),
        // A long's halves split: the second half read as an int, the first popped alone.
        bad("BadLongHalfLocal", "Bad local variable type", st("m", "()V").limits(2, 2).code("lconst_0; lstore_0; iload_1; pop; return")),
        bad("BadLongHalfStack", "Bad type on operand stack", st("m", "()V").limits(2, 0).code("lconst_0; pop; pop; return")),
        good("GoodLong", st("m", "()V").limits(2, 2).code("lconst_0; lstore_0; lload_0; pop2; return")),
        // Stack map frames that disagree with the code flowing into them.
        bad(
            "BadInconsistentBranch",
            "Inconsistent stackmap frames at branch target",
            st("m", "(I)V").limits(1, 2).code("aconst_null; astore_1; iload_0; ifeq L; return; L: return").frame("L", "I I", ""),
        ),
        bad(
            "BadInconsistentFallthrough",
            "Instruction type does not match stack map",
            st("m", "(I)V").limits(1, 2).code("aconst_null; astore_1; L: return").frame("L", "I I", ""),
        ),
        good(
            "GoodFrames",
            st("m", "(I)V").limits(1, 2).code("aconst_null; astore_1; iload_0; ifeq L; return; L: return").frame("L", "I java/lang/String", ""),
        ),
    ];
    // A constructor that returns without calling super() on one path.
    let ctor = |name: &str, both_paths: bool| {
        let mut code = String::from(
            "iload_1; ifeq L; aload_0; invokespecial java/lang/Object.<init>:()V; return; L:\n",
        );
        if both_paths {
            code.push_str("aload_0; invokespecial java/lang/Object.<init>:()V\n");
        }
        code.push_str("return");
        ClassAsm::new(name, OBJECT)
            .method(
                MethodAsm::new(AccessFlags::PUBLIC, "<init>", "(I)V")
                    .limits(1, 2)
                    .code(&code)
                    .frame("L", "UT I", ""),
            )
            .expect("assemble")
            .finish()
    };
    cases.push(Case {
        class: ctor("BadInitPaths", false),
        expect: Some("Constructor must call super() or this() before return"),
    });
    cases.push(Case {
        class: ctor("GoodInitPaths", true),
        expect: None,
    });
    // A field read on an uninitialized object needs the field; give the class one.
    for case in &mut cases {
        if case.class.name().is_ok_and(|n| n == "BadUninitField") {
            let asm = ClassAsm::new("BadUninitField", OBJECT)
                .field(AccessFlags::PUBLIC, "f", "I")
                .default_init()
                .and_then(|c| {
                    c.method(
                        MethodAsm::public_static("m", "()V")
                            .limits(1, 0)
                            .code("new BadUninitField; getfield BadUninitField.f:I; pop; return"),
                    )
                })
                .expect("assemble");
            case.class = asm.finish();
        }
    }
    // jsr is gone from version 51 on; in a version-50 class it is fine.
    let jsr = |name: &str, version: u16| Case {
        class: ClassAsm::new(name, OBJECT)
            .version(version)
            .method(
                st("m", "()V")
                    .limits(1, 1)
                    .code("jsr S; return; S: astore_0; ret 0"),
            )
            .expect("assemble")
            .finish(),
        expect: (version >= 51).then_some("Bad instruction"),
    };
    cases.push(jsr("BadJsr51", 51));
    cases.push(jsr("GoodJsr49", 49));
    // Found by the differential fuzz: HotSpot's stack-map *format* errors are ClassFormatErrors thrown while
    // verifying, and some checks come before the type checks.
    cases.extend([
        bad(
            "BadFrameTooManyLocals",
            "ClassFormatError: StackMapTable format error: bad type array size",
            st("m", "(I)V")
                .limits(1, 1)
                .code("iload_0; ifeq L; L: return")
                .frame("L", "I I", ""),
        ),
        bad(
            "BadFrameUninitOffset",
            "ClassFormatError: StackMapTable format error: bad offset for Uninitialized",
            st("m", "(I)V")
                .limits(1, 2)
                .code("N: iload_0; ifeq L; L: return")
                .frame("L", "I U:N", ""),
        ),
        bad(
            "BadLongOverflow",
            "get long/double overflows locals",
            st("m", "()V").limits(2, 1).code("lload_0; pop2; return"),
        ),
        bad(
            "BadInternalCall",
            "Illegal call to internal method",
            MethodAsm::new(AccessFlags::PUBLIC, "m", "()V")
                .limits(1, 1)
                .code("aload_0; invokevirtual java/lang/Object.<init>:()V; return"),
        ),
    ]);
    cases
}

/// Cases where Cortado's verifier is known to disagree with HotSpot, each with the reason (all are in the
/// verifier core). A listed case that agrees fails the test, so the list stays true.
const KNOWN: &[(&str, &str)] = &[];

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

#[test]
fn corpus_hotspot_and_cortado_agree() {
    let cases = cases();
    let Some(jdk) = jdk_home() else {
        eprintln!("skipping the HotSpot half: no JDK 17 found (set JAVA_HOME)");
        return;
    };
    let dir = Scratch::new("corpus");
    let mut listed = Vec::new();
    for case in &cases {
        assembler::write_class(&dir.0, &case.class).expect("write class");
        listed.push((
            dir.0.clone(),
            case.class.name().expect("name").replace('/', "."),
        ));
    }
    let verdicts = hotspot_verdicts(&jdk, &listed);
    let mut failures = Vec::new();
    for (case, verdict) in cases.iter().zip(&verdicts) {
        let name = case.class.name().expect("name");
        let hotspot_ok = match (case.expect, verdict) {
            (None, Verdict::Ok) => true,
            (Some(expect), Verdict::Threw(class, message)) => {
                match expect.strip_prefix("ClassFormatError: ") {
                    Some(expect) => {
                        class == "java.lang.ClassFormatError" && message.starts_with(expect)
                    }
                    None => class == "java.lang.VerifyError" && message.starts_with(expect),
                }
            }
            _ => false,
        };
        if !hotspot_ok {
            failures.push(format!(
                "{name}: HotSpot said {verdict:?}, expected {:?}",
                case.expect
            ));
        }
        let cortado = corpus_support::cortado::cortado_exception(&case.class, Some(&dir.0), &jdk);
        let cortado_ok = match (case.expect, &cortado) {
            (None, Ok(())) => true,
            (Some(expect), Err((class, message))) => match expect.strip_prefix("ClassFormatError: ") {
                Some(expect) => class == "java.lang.ClassFormatError" && first_line(message).starts_with(expect),
                None => class == "java.lang.VerifyError" && first_line(message).starts_with(expect),
            },
            _ => false,
        };
        let known = KNOWN.iter().find(|(n, _)| *n == name);
        match (cortado_ok, known) {
            (false, None) => failures.push(format!(
                "{name}: Cortado said {cortado:?}, expected {:?}",
                case.expect
            )),
            (false, Some(_)) | (true, None) => {}
            (true, Some((_, reason))) => {
                failures.push(format!("{name}: agrees now, drop it from KNOWN ({reason})"))
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
