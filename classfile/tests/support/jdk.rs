//! Finding the host JDK's `java.base.jmod`, shared by the tests that read real class files.

use std::path::{Path, PathBuf};

/// The JDK home: `JAVA_HOME` if set, else the `javac` on `PATH` resolved through its symlinks (Debian's
/// `/usr/bin/javac` -> `/etc/alternatives/javac` -> `<jdk>/bin/javac`).
pub fn find_jdk() -> Result<PathBuf, String> {
    if let Some(home) = std::env::var_os("JAVA_HOME").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    let path = std::env::var_os("PATH").ok_or("neither JAVA_HOME nor PATH is set")?;
    let javac = std::env::split_paths(&path)
        .map(|dir| dir.join("javac"))
        .find(|candidate| candidate.is_file())
        .ok_or("JAVA_HOME is not set and no javac is on PATH")?;
    let real = javac
        .canonicalize()
        .map_err(|e| format!("cannot resolve {}: {e}", javac.display()))?;
    real.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("{} is not inside a <jdk>/bin directory", real.display()))
}

/// `<jdk>/jmods/java.base.jmod`, or why there is none.
pub fn java_base_jmod() -> Result<PathBuf, String> {
    let jmod = find_jdk()?.join("jmods").join("java.base.jmod");
    if jmod.is_file() {
        Ok(jmod)
    } else {
        Err(format!(
            "{} does not exist (a JRE, or a JDK without jmods)",
            jmod.display()
        ))
    }
}
