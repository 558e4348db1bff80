//! The `cortado` binary's command line, run as a user runs it: messages, exit codes, disassembly.
//!
//! The expected texts are HotSpot 17's launcher messages for the same mistakes. Tests that need `javac`
//! say so and pass without it; the others use the class file committed under `classfile/tests/data/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../classfile/tests/data/disasm/Sample.class"
);

fn cortado(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cortado"))
        .args(args)
        .current_dir(dir)
        .env_remove("CLASSPATH")
        .output()
        .expect("cortado runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A temporary directory holding `Sample.class` with the given bytes.
fn class_dir(bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("Sample.class"), bytes).expect("write class");
    dir
}

fn sample_bytes() -> Vec<u8> {
    std::fs::read(SAMPLE).expect("committed Sample.class")
}

/// `javac` from `JAVA_HOME` or `PATH`, if there is one.
fn javac() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("JAVA_HOME").filter(|h| !h.is_empty()) {
        let javac = PathBuf::from(home).join("bin").join("javac");
        if javac.is_file() {
            return Some(javac);
        }
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join("javac"))
        .find(|p| p.is_file())
}

#[test]
fn dash_version_goes_to_stderr() {
    let out = cortado(&["-version"], Path::new("."));
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).starts_with("cortado version \"0.1.0\"\n"),
        "{}",
        text(&out.stderr)
    );
    let out = cortado(&["--version"], Path::new("."));
    assert!(text(&out.stdout).starts_with("cortado 0.1.0\n"));
}

#[test]
fn help_lists_usage_and_java_spellings() {
    let out = cortado(&["--help"], Path::new("."));
    assert!(out.status.success());
    let help = text(&out.stdout);
    for expected in [
        "Usage: cortado [options] <mainclass> [args...]",
        "-jar <jarfile>",
        "-XX:+Name",
        "--disassemble",
    ] {
        assert!(
            help.contains(expected),
            "{expected:?} missing from:\n{help}"
        );
    }
    assert_eq!(text(&cortado(&["-?"], Path::new(".")).stdout), help);
}

#[test]
fn unknown_xx_option_fails_like_hotspot() {
    let out = cortado(&["-XX:+Foo", "Main"], Path::new("."));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Unrecognized VM option 'Foo'\nError: Could not create the Java Virtual Machine.\n\
         Error: A fatal exception has occurred. Program will exit.\n"
    );
    // Known ones are accepted.
    let out = cortado(
        &[
            "-XX:+PrintCompilation",
            "-XX:CompileThreshold=100",
            "-version",
        ],
        Path::new("."),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn bad_heap_size() {
    let out = cortado(&["-Xmx12q", "Main"], Path::new("."));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("Invalid maximum heap size: -Xmx12q\n"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn class_not_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = cortado(&["Nope"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Error: Could not find or load main class Nope\nCaused by: java.lang.ClassNotFoundException: Nope\n"
    );
}

#[test]
fn disassemble_a_class_file_path() {
    let out = cortado(&["--disassemble", SAMPLE], Path::new("."));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listing = text(&out.stdout);
    assert!(
        listing.contains("public class Sample implements java.lang.Runnable {"),
        "{listing}"
    );
    assert!(listing.contains("tableswitch   { // 1 to 3"), "{listing}");
    let verbose = text(&cortado(&["--disassemble", SAMPLE, "-v"], Path::new(".")).stdout);
    assert!(verbose.contains("Constant pool:"), "{verbose}");
}

#[test]
fn disassemble_a_javac_class_by_name() {
    let Some(javac) = javac() else {
        println!("skipped: no javac");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path().join("Hello.java");
    std::fs::write(
        &src,
        "class Hello { public static void main(String[] a) { System.out.println(\"hi\"); } }",
    )
    .expect("write source");
    assert!(
        Command::new(javac)
            .arg("-d")
            .arg(dir.path())
            .arg(&src)
            .status()
            .expect("javac")
            .success()
    );
    let out = cortado(&["-cp", ".", "--disassemble", "Hello"], dir.path());
    let listing = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(listing.contains("ldc           #"), "{listing}");
    assert!(listing.contains("// String hi"), "{listing}");
    assert!(
        listing.contains("// Method java/io/PrintStream.println:(Ljava/lang/String;)V"),
        "{listing}"
    );
}

#[test]
fn truncated_class_names_the_defect() {
    let dir = class_dir(&sample_bytes()[..100]);
    let out = cortado(&["-cp", ".", "Sample"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[0],
        "Error: LinkageError occurred while loading main class Sample"
    );
    assert!(
        lines[1].starts_with("\tjava.lang.ClassFormatError: Truncated class file"),
        "{err}"
    );
    assert!(lines[1].ends_with("in class file Sample"), "{err}");
    assert_eq!(lines.len(), 2, "{err}");
}

#[test]
fn bad_magic() {
    let dir = class_dir(b"abcdefghijkl");
    let out = cortado(&["Sample"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(
            "\tjava.lang.ClassFormatError: Incompatible magic value 1633837924 in class file Sample"
        ),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn program_args_are_left_alone() {
    let dir = class_dir(&sample_bytes());
    let out = cortado(
        &[
            "-cp",
            ".",
            "-Xint",
            "Sample",
            "-XX:+Bogus",
            "-version",
            "--help",
        ],
        dir.path(),
    );
    // Sample prints "n=<args.length>!42" then 1234567890123 + args.length: three program arguments.
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "n=3!42\n1234567890126\n");
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn source_file_mode() {
    if javac().is_none() {
        println!("skipped: no javac");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("Hello.java"),
        "package p;\n/* class Decoy */\n@SuppressWarnings(\"class X\")\npublic class Hello {\n  \
         public static void main(String[] args) { System.out.println(\"}\" + args.length); }\n}\nclass Second {}\n",
    )
    .expect("write source");
    let out = cortado(&["Hello.java", "a", "-b"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "}2\n", "the first top-level type runs, with its arguments");

    std::fs::write(
        dir.path().join("Broken.java"),
        "class Broken { int x = \"s\"; }",
    )
    .expect("write source");
    let out = cortado(&["Broken.java"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("error: incompatible types"), "{err}");
    assert!(err.ends_with("error: compilation failed\n"), "{err}");
}

#[test]
fn gc_log_shows_time_to_safepoint_when_threads_were_stopped() {
    if javac().is_none() {
        println!("skipped: no javac");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("Gcs.java"),
        "public class Gcs {\n  public static void main(String[] args) throws Exception {\n    System.gc();\n    \
         Object lock = new Object();\n    Thread t = new Thread(() -> { synchronized (lock) { try { lock.wait(); } \
         catch (InterruptedException e) { } } });\n    synchronized (lock) { t.start(); lock.wait(10); }\n    \
         while (t.getState() != Thread.State.WAITING) { Thread.sleep(1); }\n    System.gc();\n    \
         synchronized (lock) { lock.notifyAll(); }\n    t.join();\n    System.out.println(\"done\");\n  }\n}\n",
    )
    .expect("write source");
    let out = cortado(&["-Xlog:gc", "Gcs.java"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let log = text(&out.stdout);
    let lines: Vec<&str> = log.lines().collect();
    // The first collection ran with no other thread: HotSpot's line only.
    let first = lines.iter().position(|l| l.contains("GC(0)")).expect("GC(0) logged");
    assert!(lines[first].contains("[info][gc] GC(0) Pause Full (System.gc())"), "{log}");
    assert!(!log.contains("GC(0) Time to safepoint"), "{log}");
    // The second stopped the waiting thread: its time-to-safepoint line comes first.
    let safepoint = lines.iter().position(|l| l.contains("[info][gc,safepoint] GC(1) Time to safepoint ")).expect(&log);
    assert!(lines[safepoint].ends_with("ms (1 other thread stopped)"), "{log}");
    assert!(lines[safepoint + 1].contains("[info][gc] GC(1) Pause Full (System.gc())"), "{log}");
    assert_eq!(lines.last(), Some(&"done"));
}
