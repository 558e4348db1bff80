//! `VerifyError`s as a program sees them: ill-typed classes (from the test assembler) used by a `javac`
//! compiled `Main`, run on `cortado` and on HotSpot; the first line of stderr and the exit code must match.
//!
//! Verification happens at link time, before initialization: a broken class referenced only on a branch not
//! taken never fails, a failed link fails again on the next use, and a broken class loaded as another's
//! superclass fails when the subclass is first used (linking links the superclass first).

use std::path::Path;
use std::process::{Command, Output};

use classfile::AccessFlags;
use cortado_tests::asm::{ClassAsm, MethodAsm, javac, write_class};
use cortado_tests::jdk::Jdk;

const OBJECT: &str = "java/lang/Object";

/// `Broken` (an ill-typed static method `run`, a well-typed `fine`), `BrokenBase` (ill-typed constructor path)
/// and `Derived extends BrokenBase`, written into `dir`.
fn write_broken_classes(dir: &Path) {
    let broken = ClassAsm::new("Broken", OBJECT)
        .default_init()
        .and_then(|c| {
            c.method(
                MethodAsm::public_static("run", "()I")
                    .limits(2, 0)
                    .code("aconst_null; iconst_1; iadd; ireturn"),
            )
        })
        .and_then(|c| {
            c.method(
                MethodAsm::public_static("fine", "()I")
                    .limits(1, 0)
                    .code("iconst_5; ireturn"),
            )
        })
        .expect("assemble Broken");
    write_class(dir, &broken.finish()).expect("write Broken");
    let base = ClassAsm::new("BrokenBase", OBJECT)
        .default_init()
        .and_then(|c| {
            c.method(
                MethodAsm::public_static("pop", "()V")
                    .limits(1, 0)
                    .code("pop; return"),
            )
        })
        .expect("assemble BrokenBase");
    write_class(dir, &base.finish()).expect("write BrokenBase");
    let derived = ClassAsm::new("Derived", "BrokenBase")
        .default_init()
        .and_then(|c| {
            c.method(
                MethodAsm::public_static("hello", "()I")
                    .limits(1, 0)
                    .code("iconst_1; ireturn"),
            )
        })
        .expect("assemble Derived");
    write_class(dir, &derived.finish()).expect("write Derived");
    // A class with an uninitialized object used before <init>, for a second message.
    let uninit = ClassAsm::new("Uninit", OBJECT)
        .default_init()
        .and_then(|c| {
            c.method(MethodAsm::new(AccessFlags::PUBLIC | AccessFlags::STATIC, "make", "()I").limits(2, 0).code(
                "new java/lang/Object; dup; invokevirtual java/lang/Object.hashCode:()I; ireturn",
            ))
        })
        .expect("assemble Uninit");
    write_class(dir, &uninit.finish()).expect("write Uninit");
}

/// The programs: each `main` exercises one rule of when verification happens.
const PROGRAMS: &[(&str, &str)] = &[
    // Calls the broken method: VerifyError, uncaught.
    (
        "CallsBroken",
        "System.out.println(\"before\"); System.out.println(Broken.run());",
    ),
    // A broken class referenced only on a branch not taken: runs to the end.
    (
        "SkipsBroken",
        "if (args.length > 3) System.out.println(Broken.run()); System.out.println(\"skipped\");",
    ),
    // Even a well-typed method of a broken class fails: the whole class is verified at link time. Caught,
    // then tried again: the second use fails the same way.
    (
        "RetriesBroken",
        "for (int i = 0; i < 2; i++) { try { System.out.println(Broken.fine()); } catch (VerifyError e) { String m = e.getMessage(); int nl = m.indexOf('\\n'); System.out.println(\"caught \" + m.substring(0, nl < 0 ? m.length() : nl)); } }",
    ),
    // Loading Derived loads BrokenBase, but only linking Derived verifies it.
    (
        "UsesDerived",
        "Class<?> c = Derived.class; System.out.println(c.getName()); System.out.println(Derived.hello());",
    ),
    ("UsesUninit", "System.out.println(Uninit.make());"),
];

fn main_source(name: &str, body: &str) -> String {
    format!("public class {name} {{ public static void main(String[] args) {{ {body} }} }}\n")
}

fn first_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .next()
        .unwrap_or("")
        .to_owned()
}

#[test]
fn verify_errors_match_hotspot() {
    let Ok(jdk) = Jdk::locate() else {
        eprintln!("skipping: no JDK 17 (javac and HotSpot's java) found");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    write_broken_classes(dir.path());
    let sources: Vec<(String, String)> = PROGRAMS
        .iter()
        .map(|(name, body)| (format!("{name}.java"), main_source(name, body)))
        .collect();
    let refs: Vec<(&str, &str)> = sources
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    // javac reads the assembled classes from the output directory (it never verifies them).
    javac(&jdk.javac(), dir.path(), &refs).expect("javac");
    let mut failures = Vec::new();
    for (name, _) in PROGRAMS {
        let run = |program: &Path, extra: &[&str]| {
            Command::new(program)
                .args(extra)
                .arg("-cp")
                .arg(dir.path())
                .arg(name)
                .env_remove("CLASSPATH")
                .env_remove("JAVA_TOOL_OPTIONS")
                .output()
                .expect("run a JVM")
        };
        let hotspot = run(&jdk.java(), &[]);
        let cortado = run(Path::new(env!("CARGO_BIN_EXE_cortado")), &[]);
        let seen = |o: &Output| {
            (
                String::from_utf8_lossy(&o.stdout).into_owned(),
                first_line(o),
                o.status.code(),
            )
        };
        if seen(&hotspot) != seen(&cortado) {
            failures.push(format!(
                "{name}:\n  HotSpot {:?}\n  Cortado {:?}",
                seen(&hotspot),
                seen(&cortado)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// With verification off the broken class links; its well-typed method runs (the ill-typed one is never called).
#[test]
fn verification_can_be_turned_off() {
    let Ok(jdk) = Jdk::locate() else {
        eprintln!("skipping: no JDK 17 (javac) found");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    write_broken_classes(dir.path());
    let source = main_source("CallsFine", "System.out.println(Broken.fine());");
    javac(&jdk.javac(), dir.path(), &[("CallsFine.java", &source)]).expect("javac");
    for flags in [
        &["-Xverify:none"][..],
        &["-XX:-BytecodeVerificationRemote"],
        &["-Xverify:all", "-Xverify:none"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_cortado"))
            .args(flags)
            .arg("-cp")
            .arg(dir.path())
            .arg("CallsFine")
            .output()
            .expect("run cortado");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "5\n",
            "{flags:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0), "{flags:?}");
    }
    // Verification on again after it was turned off: the class is rejected.
    let out = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .args(["-Xverify:none", "-XX:+BytecodeVerificationRemote", "-cp"])
        .arg(dir.path())
        .arg("CallsFine")
        .output()
        .expect("run cortado");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("java.lang.VerifyError: Bad type on operand stack"),
        "{stderr}"
    );
}
