//! `ClassPathError`: everything that can go wrong opening a class path entry or reading from it.

use std::io;
use std::path::PathBuf;

use super::manifest::ManifestError;

/// An error from the class path layer. Every variant names the file (or entry) it is about, so a message
/// shown to a user says where to look without further context.
///
/// None of these means "bug in Cortado": they all describe the host's files or the names asked for.
#[derive(Debug, thiserror::Error)]
pub enum ClassPathError {
    /// The host refused a read, stat or directory listing.
    #[error("I/O error on {path}: {source}")]
    Io {
        /// The file or directory being accessed.
        path: PathBuf,
        /// What the host said.
        #[source]
        source: io::Error,
    },

    /// A file on the class path is not a readable zip archive (truncated, corrupt, or not a zip at all), or
    /// an entry inside it could not be decompressed.
    #[error("invalid or corrupt archive {path}: {source}")]
    BadArchive {
        /// The archive file.
        path: PathBuf,
        /// What the zip reader reported.
        #[source]
        source: zip::result::ZipError,
    },

    /// A file that starts like a JMOD (`JM`) does not carry the JMOD 1.0 header `JM 01 00`.
    #[error("bad JMOD header in {path}: expected 4A 4D 01 00, found {found:02X?}")]
    BadJmodHeader {
        /// The JMOD file.
        path: PathBuf,
        /// The first bytes actually present (fewer than four if the file is that short).
        found: Vec<u8>,
    },

    /// An entry declares (or turns out to hold) more bytes than [`MAX_ENTRY_SIZE`](super::MAX_ENTRY_SIZE);
    /// refused so a zip bomb or a lying header cannot exhaust memory.
    #[error("{origin} is too large: {size} bytes or more, limit {limit}")]
    EntryTooLarge {
        /// Where the entry lives, as [`Origin`](super::Origin) displays it.
        origin: String,
        /// The declared size, or the limit plus one when the data ran past a smaller declared size.
        size: u64,
        /// The limit in force.
        limit: u64,
    },

    /// `META-INF/MANIFEST.MF` of a JAR does not follow the JAR manifest grammar.
    #[error("invalid manifest in {path}: {source}")]
    BadManifest {
        /// The JAR holding the manifest.
        path: PathBuf,
        /// The line and the rule it broke.
        #[source]
        source: ManifestError,
    },

    /// `-jar` mode: the JAR's manifest has no `Main-Class` attribute (or has no manifest at all). Worded as
    /// HotSpot's launcher words it.
    #[error("no main manifest attribute, in {}", jar.display())]
    NoMainClass {
        /// The JAR as it was named on the command line.
        jar: PathBuf,
    },

    /// The class path already holds [`MAX_ENTRIES`](super::MAX_ENTRIES) entries; more are passed over.
    #[error("class path has reached its limit of {limit} entries")]
    TooManyEntries {
        /// The limit in force.
        limit: usize,
    },

    /// A class or resource name that could escape its class path entry or is otherwise unusable as a path:
    /// empty, absolute, with a `..` or empty segment, a NUL or a backslash.
    #[error("invalid class or resource name {name:?}: {reason}")]
    InvalidName {
        /// The name as asked for.
        name: String,
        /// Which rule it broke.
        reason: &'static str,
    },
}

impl ClassPathError {
    /// Wraps an I/O error with the path it concerns.
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        ClassPathError::Io {
            path: path.into(),
            source,
        }
    }

    /// Wraps a zip error with the archive it concerns.
    pub(crate) fn archive(path: impl Into<PathBuf>, source: zip::result::ZipError) -> Self {
        ClassPathError::BadArchive {
            path: path.into(),
            source,
        }
    }
}
