//! Runs both examples on their Java (compiled here with `javac`, the plugin packed with `jar`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn java_dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("java").join(sub)
}

fn javac(out: &Path, sources: &[PathBuf]) {
    let status = Command::new("javac").args(["--release", "17", "-d"]).arg(out).args(sources).status().expect("javac runs");
    assert!(status.success(), "javac failed");
}

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("java sources")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "java"))
        .collect();
    files.sort();
    files
}

#[test]
fn plugin_host_loads_a_plugin_from_a_jar() {
    let work = tempfile::tempdir().unwrap();
    let classes = work.path().join("classes");
    javac(&classes, &sources(&java_dir("plugin")));
    let manifest = work.path().join("manifest.txt");
    std::fs::write(&manifest, "Plugin-Class: plugins.WordStats\n").unwrap();
    let jar = work.path().join("wordstats.jar");
    let status =
        Command::new("jar").arg("cfm").arg(&jar).arg(&manifest).arg("-C").arg(&classes).arg(".").status().expect("jar runs");
    assert!(status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_plugin_host"))
        .arg(&jar)
        .arg("the cat and the dog and the bird")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        stdout,
        "[plugin log] WordStats ready, top 2\n[plugin log] counted 5 distinct words\nword-stats: the=3 and=2\n"
    );
}

#[test]
fn script_runner_reports_output_and_stops() {
    let work = tempfile::tempdir().unwrap();
    javac(work.path(), &sources(&java_dir("scripts")));
    let class = |name: &str| work.path().join(format!("{name}.class"));
    let output = Command::new(env!("CARGO_BIN_EXE_script_runner"))
        .args(["--fuel", "1000000", "--timeout-ms", "1500", "--heap-mb", "16"])
        .args(["Hello", "Spin", "Snoop", "Sleepy", "Hog"].map(class))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "some scripts were stopped");
    let lines: Vec<&str> = stdout.lines().collect();
    let report = |name: &str| lines.iter().find(|l| l.starts_with(&format!("== {name}:"))).copied().unwrap_or("");
    assert!(report("Hello").starts_with("== Hello: ok ("), "{stdout}");
    assert!(stdout.contains("   out| Hello from a script: 1 + ... + 100 = 5050\n"), "{stdout}");
    assert_eq!(report("Spin"), "== Spin: stopped (fuel budget of 1000000 polls exhausted)", "{stdout}");
    assert!(!stdout.contains("caught"), "{stdout}");
    assert_eq!(
        report("Snoop"),
        "== Snoop: exception java.lang.SecurityException: file read access to /etc/passwd denied by the host",
        "{stdout}"
    );
    assert_eq!(report("Sleepy"), "== Sleepy: stopped (deadline of 1.5s passed)", "{stdout}");
    assert!(!stdout.contains("woke up"));
    assert!(report("Hog").starts_with("== Hog: exception java.lang.OutOfMemoryError"), "{stdout}");
}
