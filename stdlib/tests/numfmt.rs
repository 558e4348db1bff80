//! Proves the class library's number formatting on HotSpot: copies `jdk/internal/math/*.java` and
//! `java/util/Formatter.java` (with its exceptions) into test packages, compiles them with
//! `tests/numfmt/NumFmtCheck.java`, and runs that against HotSpot's own `Double.toString`, `Float.toString`,
//! `parseDouble`, `parseFloat` and `String.format` on edge cases and seeded random values.
//!
//! Skipped, with a message, when no JDK (`$JAVA_HOME/bin` or `PATH`) is found. Every mismatch fails the test,
//! Java 17's `toString` quirks included (`DoubleDigits` reproduces them).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// How many random values each check draws (about 10 s on HotSpot for all checks).
const COUNT: u32 = 150_000;
/// The seed of the random values; fixed so a failure reproduces.
const SEED: u64 = 17;

/// `tool` from `$JAVA_HOME/bin`, else from `PATH`, if it runs.
fn jdk_tool(tool: &str) -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if let Some(home) = env::var_os("JAVA_HOME") {
        candidates.push(PathBuf::from(home).join("bin").join(tool));
    }
    if let Some(path) = env::var_os("PATH") {
        candidates.extend(env::split_paths(&path).map(|dir| dir.join(tool)));
    }
    candidates
        .into_iter()
        .find(|c| c.is_file() && Command::new(c).arg("-version").output().is_ok())
}

/// Copies the `.java` files of `from` accepted by `keep` into `to`, applying `rewrite` to their text.
fn copy_sources(
    from: &Path,
    to: &Path,
    keep: impl Fn(&str) -> bool,
    rewrite: impl Fn(&str) -> String,
) -> Vec<PathBuf> {
    fs::create_dir_all(to).expect("create the test package directory");
    let mut copied = Vec::new();
    for entry in fs::read_dir(from).expect("read the library sources") {
        let path = entry.expect("directory entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if !name.ends_with(".java") || !keep(&name) {
            continue;
        }
        let text = fs::read_to_string(&path).expect("read a library source");
        let target = to.join(&name);
        fs::write(&target, rewrite(&text)).expect("write a test copy");
        copied.push(target);
    }
    copied
}

#[test]
fn number_formatting_matches_hotspot() {
    let (Some(javac), Some(java)) = (jdk_tool("javac"), jdk_tool("java")) else {
        eprintln!("numfmt: skipped, no JDK found (set JAVA_HOME or put javac and java on PATH)");
        return;
    };
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let base = manifest.join("src").join("java.base");
    let work = env::temp_dir().join(format!("cortado-numfmt-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    let src = work.join("src");

    let mut sources = copy_sources(
        &base.join("jdk/internal/math"),
        &src.join("numfmt/math"),
        |_| true,
        |text| text.replacen("package jdk.internal.math;", "package numfmt.math;", 1),
    );
    sources.extend(copy_sources(
        &base.join("java/util"),
        &src.join("numfmt/util"),
        |name| {
            name == "Formatter.java"
                || name == "FormatterClosedException.java"
                || (name.contains("Format") && name.ends_with("Exception.java"))
        },
        |text| {
            text.replacen(
                "package java.util;",
                "package numfmt.util; import java.util.Locale; import java.util.Objects;",
                1,
            )
            .replace("jdk.internal.math.", "numfmt.math.")
        },
    ));
    sources.push(manifest.join("tests/numfmt/NumFmtCheck.java"));

    let classes = work.join("classes");
    let compiled = Command::new(&javac)
        .arg("-nowarn")
        .arg("-d")
        .arg(&classes)
        .args(&sources)
        .output()
        .expect("run javac");
    assert!(
        compiled.status.success(),
        "javac failed:\n{}",
        String::from_utf8_lossy(&compiled.stderr)
    );

    let run = Command::new(&java)
        .arg("-cp")
        .arg(&classes)
        .arg("NumFmtCheck")
        .arg(COUNT.to_string())
        .arg(SEED.to_string())
        .output()
        .expect("run java");
    let _ = fs::remove_dir_all(&work);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "NumFmtCheck failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let mut checks = 0;
    let mut mismatches = 0;
    for line in stdout.lines() {
        let Some(rest) = line.strip_prefix("RESULT ") else {
            continue;
        };
        let fields: Vec<&str> = rest.split(' ').collect();
        let [name, bad, total] = fields[..] else {
            panic!("malformed result line: {line}")
        };
        let bad: u64 = bad.parse().expect("mismatch count");
        eprintln!("numfmt: {name}: {bad} mismatches of {total}");
        mismatches += bad;
        checks += 1;
    }
    assert_eq!(checks, 4, "NumFmtCheck printed no results:\n{stdout}");
    assert_eq!(mismatches, 0, "mismatches with HotSpot:\n{stdout}");
}
