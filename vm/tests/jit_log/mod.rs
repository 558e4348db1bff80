//! Shared by the tests that check what the JIT really does with a conformance program (tests/osr.rs,
//! tests/tiers.rs, tests/call_caches.rs): compiling the program with javac, running the freshly built
//! `cortado`, and telling `-XX:+PrintCompilation` lines from the program's own output.
#![allow(dead_code, reason = "each test crate including this module uses only part of it")]

use std::path::{Path, PathBuf};
use std::process::Command;

use cortado_tests::jdk::Jdk;

/// The conformance corpus the programs come from.
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/conformance");

/// Compiles the named conformance programs into a fresh directory.
pub fn compile(names: &[&str]) -> tempfile::TempDir {
    let jdk = Jdk::locate().expect("this test needs JDK 17's javac (as the conformance suite does)");
    let dir = tempfile::tempdir().expect("tempdir");
    let sources: Vec<PathBuf> = names.iter().map(|n| Path::new(CORPUS).join(format!("{n}.java"))).collect();
    let status = Command::new(jdk.javac()).arg("-d").arg(dir.path()).args(&sources).status().expect("javac runs");
    assert!(status.success(), "javac failed on {names:?}");
    dir
}

/// Runs `cortado args... main` in `dir`; (stdout, stderr), after checking it exited with 0.
pub fn cortado(dir: &Path, args: &[&str], main: &str) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cortado"))
        .args(args)
        .arg("-cp")
        .arg(dir)
        .arg(main)
        .env_remove("CLASSPATH")
        .output()
        .expect("cortado runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{main} {args:?} failed:\n{stdout}\n{stderr}");
    (stdout, stderr)
}

/// A `-XX:+PrintCompilation` line: millis, id, then attributes.
pub fn is_log_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words.next().is_some_and(|w| w.parse::<u64>().is_ok())
        && words.next().is_some_and(|w| w.parse::<u64>().is_ok())
        && line.contains("::")
        && line.contains(" bytes)")
}

/// What the program itself printed: the output without the compilation log's lines.
pub fn program_output(stdout: &str) -> String {
    stdout.lines().filter(|l| !is_log_line(l)).map(|l| format!("{l}\n")).collect()
}
