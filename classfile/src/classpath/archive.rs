//! Archive class path entries: JARs (plain zips) and JMODs (`JM 01 00`, then a zip with classes under
//! `classes/`), opened once and indexed by name.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use zip::ZipArchive;
use zip::read::{ArchiveOffset, Config};
use zip::result::ZipError;

use super::entry::{EntryKind, Origin, check_name, class_name_of, read_bounded};
use super::{ClassPathError, Manifest};

/// The four bytes a JMOD file starts with: magic `JM`, major version 1, minor version 0.
pub const JMOD_HEADER: [u8; 4] = [b'J', b'M', 0x01, 0x00];

/// Where a JMOD keeps the class files (and resources) of its module; other sections (`bin/`, `conf/`,
/// `lib/`, `legal/`, ...) are not on the class path.
const JMOD_CLASSES: &str = "classes/";

/// The JAR manifest's conventional name.
const MANIFEST_NAME: &str = "META-INF/MANIFEST.MF";

/// An opened JAR or JMOD.
///
/// Why a `Mutex` around one `ZipArchive` rather than re-opening per read: opening parses the whole central
/// directory (over 6,000 records for `java.base.jmod`), which per lookup would dwarf the lookup itself. A
/// read holds the lock only while one entry is decompressed, and misses, the common case when a class path
/// has several entries, never take it, because the name index lives outside the lock.
#[derive(Debug)]
pub struct ArchiveEntry {
    path: PathBuf,
    kind: EntryKind,
    /// Resource name (for a JMOD, without `classes/`) -> the entry's index in the zip.
    index: HashMap<Box<str>, usize>,
    zip: Mutex<ZipArchive<File>>,
}

impl ArchiveEntry {
    /// Reads the header to tell a JMOD from a JAR, parses the zip's central directory and indexes the
    /// file entries. Directory entries, names that are not UTF-8 and names that fail the class path's name
    /// check (`../x`, `/abs`) are left out of the index: no lookup could ask for them.
    pub(crate) fn open(path: PathBuf, mut file: File) -> Result<ArchiveEntry, ClassPathError> {
        let header = read_header(&mut file).map_err(|e| ClassPathError::io(&path, e))?;
        let (kind, config) = if header.starts_with(b"JM") {
            if header != JMOD_HEADER {
                return Err(ClassPathError::BadJmodHeader {
                    path,
                    found: header,
                });
            }
            // The zip's offsets count from just after the header, where the JDK's writer started it.
            (
                EntryKind::Jmod,
                Config {
                    archive_offset: ArchiveOffset::Known(JMOD_HEADER.len() as u64),
                },
            )
        } else {
            // Detection also copes with self-extracting stubs or scripts prepended to a JAR.
            (EntryKind::Jar, Config::default())
        };
        let zip =
            ZipArchive::with_config(config, file).map_err(|e| ClassPathError::archive(&path, e))?;
        let prefix = if kind == EntryKind::Jmod {
            JMOD_CLASSES
        } else {
            ""
        };
        let mut index = HashMap::with_capacity(zip.len());
        for position in 0..zip.len() {
            let Some(Ok(name)) = zip.name_for_index(position) else {
                continue;
            };
            let Some(name) = name.strip_prefix(prefix) else {
                continue;
            };
            if !name.ends_with('/') && check_name(name).is_ok() {
                // The first of two entries with one name wins, as for the class path as a whole.
                index.entry(name.into()).or_insert(position);
            }
        }
        Ok(ArchiveEntry {
            path,
            kind,
            index,
            zip: Mutex::new(zip),
        })
    }

    /// The archive file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// [`EntryKind::Jar`] or [`EntryKind::Jmod`].
    pub fn kind(&self) -> EntryKind {
        self.kind
    }

    /// How many resources (classes included) the index holds.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether the archive holds no resources at all.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Every resource name the archive holds (for a JMOD, those under `classes/`, without that prefix), in
    /// no particular order.
    pub fn resource_names(&self) -> impl Iterator<Item = &str> {
        self.index.keys().map(|name| &**name)
    }

    /// Reads resource `name` (already checked) if the archive holds it.
    pub(crate) fn read(&self, name: &str) -> Result<Option<(Vec<u8>, Origin)>, ClassPathError> {
        let Some(&position) = self.index.get(name) else {
            return Ok(None);
        };
        let mut zip = self.lock();
        let entry = zip
            .by_index(position)
            .map_err(|e| ClassPathError::archive(&self.path, e))?;
        let full_name = if self.kind == EntryKind::Jmod {
            format!("{JMOD_CLASSES}{name}")
        } else {
            name.to_owned()
        };
        let origin = Origin::Archive {
            archive: self.path.clone(),
            entry: full_name,
        };
        let declared = entry.size();
        let bytes = read_bounded(entry, declared, &origin, |e| {
            ClassPathError::archive(&self.path, ZipError::Io(e))
        })?;
        Ok(Some((bytes, origin)))
    }

    /// Internal names of the classes in the archive (unsorted).
    pub(crate) fn class_names(&self) -> Vec<String> {
        self.resource_names()
            .filter_map(class_name_of)
            .map(str::to_owned)
            .collect()
    }

    /// Parses `META-INF/MANIFEST.MF`, if present. The name is matched without regard to case when the exact
    /// spelling is absent, since some tools write `meta-inf/manifest.mf`.
    pub(crate) fn manifest(&self) -> Result<Option<Manifest>, ClassPathError> {
        let name = if self.index.contains_key(MANIFEST_NAME) {
            MANIFEST_NAME
        } else {
            match self
                .resource_names()
                .find(|name| name.eq_ignore_ascii_case(MANIFEST_NAME))
            {
                Some(name) => name,
                None => return Ok(None),
            }
        };
        let Some((bytes, _)) = self.read(name)? else {
            return Ok(None);
        };
        Manifest::parse(&bytes)
            .map(Some)
            .map_err(|source| ClassPathError::BadManifest {
                path: self.path.clone(),
                source,
            })
    }

    /// Locks the archive. A poisoned lock is taken over: poisoning means another thread panicked during a
    /// read, and every read positions the reader afresh, so no half-done state carries over.
    fn lock(&self) -> MutexGuard<'_, ZipArchive<File>> {
        self.zip
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Reads up to four bytes from the start of the file (fewer if it is shorter) and rewinds.
fn read_header(file: &mut File) -> io::Result<Vec<u8>> {
    let mut header = Vec::with_capacity(JMOD_HEADER.len());
    file.by_ref()
        .take(JMOD_HEADER.len() as u64)
        .read_to_end(&mut header)?;
    file.seek(SeekFrom::Start(0))?;
    Ok(header)
}
