//! Directory class path entries: `p/q/C.class` is read from `<root>/p/q/C.class` when asked for.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use super::ClassPathError;
use super::entry::{Origin, class_name_of, read_bounded};

/// A directory on the class path. Nothing is cached: files are opened per lookup, so classes compiled while
/// the VM runs are seen, as with `java`.
#[derive(Debug)]
pub struct DirEntry {
    root: PathBuf,
}

impl DirEntry {
    pub(crate) fn new(root: PathBuf) -> DirEntry {
        DirEntry { root }
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.root
    }

    /// Reads `<root>/<name>` if it is a regular file (or a link to one). `name` has been checked by
    /// `check_name`, so it stays below the root.
    pub(crate) fn read(&self, name: &str) -> Result<Option<(Vec<u8>, Origin)>, ClassPathError> {
        let path = self.root.join(name);
        // Stat before opening: opening a FIFO would block until a writer appears, and opening a directory
        // succeeds on Unix; neither is a resource with bytes.
        let metadata = match std::fs::metadata(&path) {
            Ok(metadata) if metadata.is_file() => metadata,
            Ok(_) => return Ok(None),
            // `p/C.class` where `p` is a file rather than a directory is just "not here" too.
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(None);
            }
            Err(e) => return Err(ClassPathError::io(path, e)),
        };
        let file = File::open(&path).map_err(|e| ClassPathError::io(&path, e))?;
        let origin = Origin::File(path.clone());
        let bytes = read_bounded(file, metadata.len(), &origin, |e| {
            ClassPathError::io(path, e)
        })?;
        Ok(Some((bytes, origin)))
    }

    /// Walks the tree and returns the internal name of every `.class` file (unsorted).
    ///
    /// Symbolic links to directories are not followed, so a link cycle cannot make the walk endless; links
    /// to files are listed. File names that are not UTF-8 cannot be class names and are skipped.
    pub(crate) fn class_names(&self) -> Result<Vec<String>, ClassPathError> {
        let mut names = Vec::new();
        // Explicit stack of (directory, its name prefix like "p/q/"), so deep trees cannot overflow ours.
        let mut pending = vec![(self.root.clone(), String::new())];
        while let Some((dir, prefix)) = pending.pop() {
            let listing = std::fs::read_dir(&dir).map_err(|e| ClassPathError::io(&dir, e))?;
            for item in listing {
                let item = item.map_err(|e| ClassPathError::io(&dir, e))?;
                let Ok(file_name) = item.file_name().into_string() else {
                    continue;
                };
                let file_type = item
                    .file_type()
                    .map_err(|e| ClassPathError::io(item.path(), e))?;
                let relative = format!("{prefix}{file_name}");
                if file_type.is_dir() {
                    pending.push((item.path(), format!("{relative}/")));
                } else if is_file(&item.path(), file_type)
                    && let Some(class) = class_name_of(&relative)
                {
                    names.push(class.to_owned());
                }
            }
        }
        Ok(names)
    }
}

/// Whether a directory item is a regular file, following a symbolic link for that one question.
fn is_file(path: &Path, file_type: std::fs::FileType) -> bool {
    file_type.is_file() || (file_type.is_symlink() && path.is_file())
}
