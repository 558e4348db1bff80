//! Helpers for the API's documentation examples and tests (not part of the API): compiling a Java source
//! with the host's `javac`.

/// The class file of `name`, compiled from `source` with `javac --release 17` in a temporary directory.
/// Panics if `javac` is missing or fails (examples and tests require a JDK).
pub fn compile(name: &str, source: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join(format!("{}.java", name.rsplit('.').next().unwrap_or(name)));
    std::fs::write(&file, source).expect("write the source");
    let status = std::process::Command::new("javac")
        .args(["--release", "17", "-d"])
        .arg(dir.path())
        .arg(&file)
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac failed on {name}");
    std::fs::read(dir.path().join(format!("{}.class", name.replace('.', "/")))).expect("the class file")
}
