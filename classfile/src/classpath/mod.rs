//! The class path: an ordered list of directories, JARs and JMODs searched for classes and resources.
//!
//! It behaves like `java`'s application class path:
//! - `-cp` strings split on the platform separator; empty elements are skipped; `dir/*` means every
//!   `.jar`/`.JAR` file in `dir`; entries that do not exist, or cannot be opened, are passed over (recorded
//!   in [`ClassPath::skipped`] for diagnostics) rather than failing the launch;
//! - a JAR's manifest `Class-Path` adds the JARs and directories it names right after that JAR, resolved
//!   against the JAR's directory, transitively, each entry at most once;
//! - lookups go through the entries in order and the first one holding the name wins;
//! - `-jar app.jar` mode ([`ClassPath::for_jar`]) takes the class path and the main class from the manifest.
//!
//! Everything here is bounded on hostile input: entry sizes are capped at [`MAX_ENTRY_SIZE`], names that
//! could escape an entry are refused, the number of entries is capped, and corrupt archives are typed errors.
//! A `ClassPath` is `Send + Sync`; lookups take `&self`.

mod archive;
mod build;
mod dir;
mod entry;
mod error;
mod manifest;

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

pub use archive::{ArchiveEntry, JMOD_HEADER};
pub use build::{JarLaunch, MAX_ENTRIES};
pub use dir::DirEntry;
pub use entry::{ClassSource, Entry, EntryKind, Origin};
pub use error::ClassPathError;
pub use manifest::{Manifest, ManifestError, ManifestSection};

use entry::{check_name, class_file_name};

/// The largest class or resource the class path will read: 256 MiB. The largest class file javac can emit
/// is far smaller (a constant pool of 65,535 entries of at most 64 KiB each bounds it near 4 GiB in
/// theory, but real ones stay under a few MiB); this cap exists so that a zip bomb or an entry whose header
/// lies about its size cannot make the VM allocate without bound.
pub const MAX_ENTRY_SIZE: u64 = 256 * 1024 * 1024;

/// The separator between class path elements on this platform, as `java` uses it.
pub const PATH_SEPARATOR: char = if cfg!(windows) { ';' } else { ':' };

/// An element of the class path that was passed over, and why: missing (an I/O error of kind `NotFound`),
/// unreadable, not an archive, or a JAR whose manifest could not be read for its `Class-Path` (the JAR
/// itself then stays on the class path).
#[derive(Debug)]
pub struct Skipped {
    /// The path as it was named or resolved.
    pub path: PathBuf,
    /// What went wrong.
    pub error: ClassPathError,
}

/// An ordered list of opened class path entries. See the module documentation for the rules it follows.
#[derive(Debug, Default)]
pub struct ClassPath {
    entries: Vec<Entry>,
    skipped: Vec<Skipped>,
    /// Canonical paths of the entries added so far: each is added once, which also ends `Class-Path` cycles.
    seen: HashSet<PathBuf>,
}

// The VM looks classes up from several threads through one shared class path.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ClassPath>();
};

impl ClassPath {
    /// An empty class path (finds nothing).
    pub fn new() -> ClassPath {
        ClassPath::default()
    }

    /// A class path of entries already opened, searched in the given order. No manifest `Class-Path` is
    /// followed: the caller chose exactly these.
    pub fn from_entries(entries: Vec<Entry>) -> ClassPath {
        let seen = entries
            .iter()
            .map(|entry| build::canonical(entry.path()))
            .collect();
        ClassPath {
            entries,
            skipped: Vec::new(),
            seen,
        }
    }

    /// Builds a class path from a `-cp` / `CLASSPATH` style string: elements separated by
    /// [`PATH_SEPARATOR`], empty ones skipped, `dir/*` expanded to the JARs in `dir` (in name order: `java`
    /// leaves the order unspecified, and a fixed one makes runs reproducible), JAR manifests' `Class-Path`
    /// followed. Never fails: what cannot be opened is listed in [`skipped`](Self::skipped).
    pub fn from_path_string(class_path: &str) -> ClassPath {
        let mut result = ClassPath::new();
        for element in class_path
            .split(PATH_SEPARATOR)
            .filter(|element| !element.is_empty())
        {
            result.push_element(element);
        }
        result
    }

    /// Builds a class path from paths, each as one element (no splitting, no wildcard), following JAR
    /// manifests' `Class-Path` like [`from_path_string`](Self::from_path_string).
    pub fn from_paths<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> ClassPath {
        let mut result = ClassPath::new();
        for path in paths {
            result.push_path(path.as_ref());
        }
        result
    }

    /// The entries in search order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// What was passed over while building, in the order met.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// The elements passed over because they do not exist (`java` ignores them silently; `-verbose` may not).
    pub fn missing(&self) -> impl Iterator<Item = &Path> {
        self.skipped
            .iter()
            .filter_map(|skipped| match &skipped.error {
                ClassPathError::Io { source, .. }
                    if source.kind() == std::io::ErrorKind::NotFound =>
                {
                    Some(skipped.path.as_path())
                }
                _ => None,
            })
    }

    /// Finds the class with internal name `internal_name` (`java/lang/Object`): the bytes of
    /// `java/lang/Object.class` from the first entry that has it.
    pub fn find_class(&self, internal_name: &str) -> Result<Option<ClassSource>, ClassPathError> {
        self.find_resource(&class_file_name(internal_name))
    }

    /// Finds a resource by its `/`-separated name (`p/data.txt`, `META-INF/services/x.Y`) in the first entry
    /// that has it. Names with `..`, a leading `/`, NUL or backslashes are an error, never a lookup.
    pub fn find_resource(&self, name: &str) -> Result<Option<ClassSource>, ClassPathError> {
        check_name(name)?;
        for (entry_index, entry) in self.entries.iter().enumerate() {
            if let Some(found) = entry.read_checked(name)? {
                return Ok(Some(ClassSource {
                    entry_index,
                    ..found
                }));
            }
        }
        Ok(None)
    }

    /// The internal names of every class on the class path, sorted, each once (a name in several entries is
    /// the first entry's class, shadowing the others).
    pub fn class_names(&self) -> Result<Vec<String>, ClassPathError> {
        let mut names = Vec::new();
        for entry in &self.entries {
            names.extend(entry.class_names()?);
        }
        names.sort_unstable();
        names.dedup();
        Ok(names)
    }

    /// The entries' paths joined with [`PATH_SEPARATOR`]: the value for the `java.class.path` property.
    pub fn to_path_string(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for ClassPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, entry) in self.entries.iter().enumerate() {
            if position > 0 {
                write!(f, "{PATH_SEPARATOR}")?;
            }
            write!(f, "{}", entry.path().display())?;
        }
        Ok(())
    }
}
