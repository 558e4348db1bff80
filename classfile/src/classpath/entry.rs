//! One class path entry (a directory, JAR or JMOD), what a lookup returns, and the checks shared by all kinds.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::archive::ArchiveEntry;
use super::dir::DirEntry;
use super::{ClassPathError, MAX_ENTRY_SIZE, Manifest};

/// What kind of container a class path entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A directory tree: `p/q/C.class` is the file `<dir>/p/q/C.class`.
    Directory,
    /// A zip archive (a JAR, whatever its file name says).
    Jar,
    /// A JMOD: the `JM 01 00` header, then a zip whose classes live under `classes/`.
    Jmod,
}

/// Where a class or resource was found, for messages, `-verbose:class` and code sources.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A plain file below a directory entry.
    File(PathBuf),
    /// An entry inside an archive; `entry` is the name inside the zip (for a JMOD, with `classes/`).
    Archive {
        /// The JAR or JMOD file.
        archive: PathBuf,
        /// The entry's full name inside the zip.
        entry: String,
    },
}

impl fmt::Display for Origin {
    /// `/x/dir/p/C.class` or `/x/app.jar!/p/C.class`, the `!/` convention of `jar:` URLs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::Archive { archive, entry } => write!(f, "{}!/{entry}", archive.display()),
        }
    }
}

/// The bytes of a class or resource and where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassSource {
    /// The whole file, at most [`MAX_ENTRY_SIZE`] bytes.
    pub bytes: Vec<u8>,
    /// Where it was read from.
    pub origin: Origin,
    /// Position of the class path entry that supplied it (in [`ClassPath::entries`](super::ClassPath::entries)).
    pub entry_index: usize,
}

/// One opened class path entry. Archives are opened and indexed once, here; directories are read on demand.
#[derive(Debug)]
pub enum Entry {
    /// A directory tree.
    Directory(DirEntry),
    /// A JAR or JMOD.
    Archive(ArchiveEntry),
}

impl Entry {
    /// Opens `path` as a class path entry: a directory if it is one, otherwise an archive, a JMOD if its
    /// first bytes say so (the content decides, not the file name, as `java` treats any non-directory as a
    /// zip).
    pub fn open(path: &Path) -> Result<Entry, ClassPathError> {
        let metadata = std::fs::metadata(path).map_err(|e| ClassPathError::io(path, e))?;
        if metadata.is_dir() {
            Ok(Entry::Directory(DirEntry::new(path.to_path_buf())))
        } else if !metadata.is_file() {
            // A FIFO or device would block or never end; only regular files can be archives.
            let source = zip::result::ZipError::InvalidArchive("not a regular file".into());
            Err(ClassPathError::BadArchive {
                path: path.to_path_buf(),
                source,
            })
        } else {
            let file = File::open(path).map_err(|e| ClassPathError::io(path, e))?;
            ArchiveEntry::open(path.to_path_buf(), file).map(Entry::Archive)
        }
    }

    /// The path this entry was opened from.
    pub fn path(&self) -> &Path {
        match self {
            Entry::Directory(dir) => dir.path(),
            Entry::Archive(archive) => archive.path(),
        }
    }

    /// Directory, JAR or JMOD.
    pub fn kind(&self) -> EntryKind {
        match self {
            Entry::Directory(_) => EntryKind::Directory,
            Entry::Archive(archive) => archive.kind(),
        }
    }

    /// Reads the resource `name` (a checked, `/`-separated relative name) if this entry holds it. The
    /// returned source has `entry_index` 0; [`ClassPath`](super::ClassPath) fills in the real position.
    pub fn find_resource(&self, name: &str) -> Result<Option<ClassSource>, ClassPathError> {
        check_name(name)?;
        self.read_checked(name)
    }

    /// [`find_resource`](Self::find_resource) for a name that has passed `check_name` already.
    pub(crate) fn read_checked(&self, name: &str) -> Result<Option<ClassSource>, ClassPathError> {
        let found = match self {
            Entry::Directory(dir) => dir.read(name)?,
            Entry::Archive(archive) => archive.read(name)?,
        };
        Ok(found.map(|(bytes, origin)| ClassSource {
            bytes,
            origin,
            entry_index: 0,
        }))
    }

    /// Reads the class with internal name `internal_name` (`java/lang/Object`) if this entry holds it.
    pub fn find_class(&self, internal_name: &str) -> Result<Option<ClassSource>, ClassPathError> {
        self.find_resource(&class_file_name(internal_name))
    }

    /// The internal names of every class this entry holds, sorted. Entries under `META-INF/` (multi-release
    /// versions, signatures) are not classes of the class path and are left out; `module-info` is kept, as it
    /// is a class file that parsers and verifiers want to see.
    pub fn class_names(&self) -> Result<Vec<String>, ClassPathError> {
        let mut names = match self {
            Entry::Directory(dir) => dir.class_names()?,
            Entry::Archive(archive) => archive.class_names(),
        };
        names.sort_unstable();
        Ok(names)
    }

    /// The JAR manifest, if this is a JAR that has one. Directories and JMODs have none.
    pub fn manifest(&self) -> Result<Option<Manifest>, ClassPathError> {
        match self {
            Entry::Archive(archive) if archive.kind() == EntryKind::Jar => archive.manifest(),
            _ => Ok(None),
        }
    }
}

/// `java/lang/Object` -> `java/lang/Object.class`.
pub(crate) fn class_file_name(internal_name: &str) -> String {
    format!("{internal_name}.class")
}

/// `p/C.class` -> `p/C` for names that are class files outside `META-INF/`; `None` otherwise.
pub(crate) fn class_name_of(resource: &str) -> Option<&str> {
    if resource.starts_with("META-INF/") {
        return None;
    }
    resource
        .strip_suffix(".class")
        .filter(|name| !name.is_empty() && !name.ends_with('/'))
}

/// Rejects names that could leave the entry they are looked up in (`..`, absolute paths, backslashes that
/// Windows treats as separators), or that no file system can hold (NUL). Applied to every lookup, so neither
/// a directory entry nor a later extraction can be tricked into reading outside its root.
pub(crate) fn check_name(name: &str) -> Result<(), ClassPathError> {
    let reason = if name.is_empty() {
        Some("empty name")
    } else if name.starts_with('/') {
        Some("leading '/'")
    } else if name.contains('\0') {
        Some("NUL character")
    } else if name.contains('\\') {
        Some("backslash")
    } else if name.split('/').any(|segment| segment == "..") {
        Some("'..' segment")
    } else if name
        .split('/')
        .any(|segment| segment.is_empty() || segment == ".")
    {
        // `a//b` and `a/./b` would resolve on disk but never match a zip entry, so the same name would
        // behave differently per entry kind; refuse it everywhere. A trailing `/` (a directory) likewise.
        Some("empty or '.' segment")
    } else if cfg!(windows) && name.contains(':') {
        Some("':' (a drive or stream name on Windows)")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(ClassPathError::InvalidName {
            name: name.to_owned(),
            reason,
        }),
        None => Ok(()),
    }
}

/// Reads all of `reader`, refusing more than [`MAX_ENTRY_SIZE`] bytes whatever `declared` said.
///
/// `declared` (the size a zip header or the file system claims) is checked first and used as the initial
/// capacity, capped, so a lying header can neither allocate a huge buffer up front nor make us read past the
/// limit: the read goes through `take(limit + 1)` and one byte too many is the error. A failed read is
/// reported through `on_error`, which knows whether it was a file or an archive that failed.
pub(crate) fn read_bounded(
    mut reader: impl Read,
    declared: u64,
    origin: &Origin,
    on_error: impl FnOnce(io::Error) -> ClassPathError,
) -> Result<Vec<u8>, ClassPathError> {
    let too_large = |size| ClassPathError::EntryTooLarge {
        origin: origin.to_string(),
        size,
        limit: MAX_ENTRY_SIZE,
    };
    if declared > MAX_ENTRY_SIZE {
        return Err(too_large(declared));
    }
    // Bounded by the check above; a small initial capacity would only cost reallocations.
    let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
    reader
        .by_ref()
        .take(MAX_ENTRY_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(on_error)?;
    if bytes.len() as u64 > MAX_ENTRY_SIZE {
        return Err(too_large(MAX_ENTRY_SIZE + 1));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stop_one_byte_past_the_limit_whatever_the_header_said() {
        let origin = Origin::File(PathBuf::from("endless"));
        let endless = io::repeat(0).take(MAX_ENTRY_SIZE + 1000);
        let error =
            read_bounded(endless, 4, &origin, |e| ClassPathError::io("endless", e)).unwrap_err();
        assert!(
            matches!(error, ClassPathError::EntryTooLarge { size, .. } if size == MAX_ENTRY_SIZE + 1)
        );
        let declared = read_bounded(io::empty(), MAX_ENTRY_SIZE + 1, &origin, |e| {
            ClassPathError::io("x", e)
        });
        assert!(matches!(
            declared,
            Err(ClassPathError::EntryTooLarge { .. })
        ));
        assert_eq!(
            read_bounded(&b"abc"[..], 3, &origin, |e| ClassPathError::io("x", e)).unwrap(),
            b"abc"
        );
    }
}
