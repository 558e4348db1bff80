//! Finding the JDK that compiles the corpus (`javac`) and serves as the oracle (HotSpot's `java`).

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The JDK release whose HotSpot is the oracle. Other releases print some things differently (helpful
/// `NullPointerException` messages, `Double.toString` before 19), so a different one is refused.
pub const ORACLE_MAJOR: u32 = 17;

/// Why no usable JDK was found.
#[derive(Debug, thiserror::Error)]
pub enum JdkError {
    /// Neither `JAVA_HOME` nor a `javac` on `PATH`.
    #[error("no JDK found: JAVA_HOME is not set and there is no `javac` on PATH (install a JDK {ORACLE_MAJOR})")]
    NotFound,
    /// The candidate directory lacks `bin/javac` or `bin/java`.
    #[error("{0} is not a JDK: it lacks bin/javac or bin/java")]
    NotAJdk(PathBuf),
    /// Resolving `javac`'s symlinks failed.
    #[error("cannot resolve {path}: {source}")]
    Resolve {
        /// The `javac` found on `PATH`.
        path: PathBuf,
        /// What the file system said.
        source: io::Error,
    },
    /// The JDK's `release` file is missing or has no usable `JAVA_VERSION`.
    #[error("cannot read the version of the JDK at {home} from its `release` file")]
    UnknownVersion {
        /// The JDK's home directory.
        home: PathBuf,
    },
    /// The JDK is not the oracle's release.
    #[error("the JDK at {home} is version {version}, but the oracle is HotSpot {ORACLE_MAJOR} (set JAVA_HOME to a JDK {ORACLE_MAJOR})")]
    WrongVersion {
        /// The JDK's home directory.
        home: PathBuf,
        /// Its full version string.
        version: String,
    },
}

/// A located JDK of the oracle's release.
#[derive(Debug, Clone)]
pub struct Jdk {
    home: PathBuf,
    version: String,
}

impl Jdk {
    /// Finds the JDK: `JAVA_HOME` if set, else the `javac` on `PATH` resolved through its symlinks
    /// (`/usr/bin/javac -> /etc/alternatives/javac -> <jdk>/bin/javac`).
    pub fn locate() -> Result<Jdk, JdkError> {
        match env::var_os("JAVA_HOME").filter(|home| !home.is_empty()) {
            Some(home) => Jdk::at(PathBuf::from(home)),
            None => Jdk::at(home_of_javac_on_path()?),
        }
    }

    /// Checks that `home` is a JDK of the oracle's release.
    pub fn at(home: PathBuf) -> Result<Jdk, JdkError> {
        if !home.join("bin/javac").is_file() || !home.join("bin/java").is_file() {
            return Err(JdkError::NotAJdk(home));
        }
        let release = fs::read_to_string(home.join("release")).unwrap_or_default();
        let Some(version) = version_from_release(&release) else {
            return Err(JdkError::UnknownVersion { home });
        };
        if major_version(&version) != Some(ORACLE_MAJOR) {
            return Err(JdkError::WrongVersion { home, version });
        }
        Ok(Jdk { home, version })
    }

    /// The JDK's home directory.
    pub fn home(&self) -> &Path {
        &self.home
    }

    /// Its full version, e.g. `17.0.15`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The path of `javac`.
    pub fn javac(&self) -> PathBuf {
        self.home.join("bin/javac")
    }

    /// The path of HotSpot's `java` launcher.
    pub fn java(&self) -> PathBuf {
        self.home.join("bin/java")
    }
}

/// The JDK home of the first `javac` on `PATH`: the parent of the `bin/` its symlinks lead to.
fn home_of_javac_on_path() -> Result<PathBuf, JdkError> {
    let path = env::var_os("PATH").ok_or(JdkError::NotFound)?;
    let javac = env::split_paths(&path).map(|dir| dir.join("javac")).find(|javac| javac.is_file());
    let javac = javac.ok_or(JdkError::NotFound)?;
    let real = fs::canonicalize(&javac).map_err(|source| JdkError::Resolve { path: javac.clone(), source })?;
    // <home>/bin/javac: two levels up.
    real.parent().and_then(Path::parent).map(Path::to_path_buf).ok_or(JdkError::NotAJdk(real))
}

/// The `JAVA_VERSION="..."` value of a JDK's `release` file.
fn version_from_release(release: &str) -> Option<String> {
    release.lines().find_map(|line| {
        let value = line.strip_prefix("JAVA_VERSION=")?;
        Some(value.trim().trim_matches('"').to_owned()).filter(|version| !version.is_empty())
    })
}

/// The feature release of a version string: `17.0.15` -> 17, `21` -> 21, and the old scheme `1.8.0_392` -> 8.
fn major_version(version: &str) -> Option<u32> {
    let mut parts = version.split(['.', '_', '-', '+']);
    match parts.next()? {
        "1" => parts.next()?.parse().ok(),
        first => first.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_release_file() {
        let release = "IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"17.0.15\"\nMODULES=\"java.base\"\n";
        assert_eq!(version_from_release(release).as_deref(), Some("17.0.15"));
        assert_eq!(version_from_release("JAVA_VERSION=\"\"\n"), None);
        assert_eq!(version_from_release(""), None);
    }

    #[test]
    fn major_versions() {
        assert_eq!(major_version("17.0.15"), Some(17));
        assert_eq!(major_version("17"), Some(17));
        assert_eq!(major_version("21-ea"), Some(21));
        assert_eq!(major_version("1.8.0_392"), Some(8));
        assert_eq!(major_version("x"), None);
    }

    #[test]
    fn rejects_a_directory_without_javac() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(matches!(Jdk::at(dir.path().to_path_buf()), Err(JdkError::NotAJdk(_))));
    }
}
