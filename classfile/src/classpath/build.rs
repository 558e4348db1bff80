//! Building a class path: `-cp` elements, `dir/*` wildcards, manifest `Class-Path` URLs, and `-jar` mode.

use std::path::{Path, PathBuf};

use zip::result::ZipError;

use super::{ClassPath, ClassPathError, Entry, EntryKind, Manifest, Skipped};

/// Most entries one class path may hold. `Class-Path` chains are followed transitively, so without a cap
/// a generated tree of JARs could keep the VM opening files for a long time; real class paths have dozens.
pub const MAX_ENTRIES: usize = 65_536;

/// What `-jar app.jar` needs: the class path (the JAR, then its manifest's `Class-Path`) and the class to run.
#[derive(Debug)]
pub struct JarLaunch {
    /// The JAR followed by what its manifest's `Class-Path` names.
    pub class_path: ClassPath,
    /// The manifest's `Main-Class` as written: a binary name with dots (`com.example.Main`).
    pub main_class: String,
}

impl ClassPath {
    /// `-jar` mode: opens the JAR, reads `Main-Class` and `Class-Path` from its manifest. Unlike
    /// [`from_path_string`](Self::from_path_string) the JAR itself must open: a missing file is an I/O error,
    /// a corrupt one [`ClassPathError::BadArchive`], and no `Main-Class` is [`ClassPathError::NoMainClass`]
    /// naming the JAR as given ("no main manifest attribute, in app.jar").
    pub fn for_jar(jar: impl AsRef<Path>) -> Result<JarLaunch, ClassPathError> {
        let path = jar.as_ref();
        let entry = Entry::open(path)?;
        if entry.kind() != EntryKind::Jar {
            let source =
                ZipError::InvalidArchive(format!("a {:?}, not a JAR", entry.kind()).into());
            return Err(ClassPathError::BadArchive {
                path: path.to_path_buf(),
                source,
            });
        }
        let manifest = entry.manifest()?;
        let main_class = manifest
            .as_ref()
            .and_then(Manifest::main_class)
            .ok_or_else(|| ClassPathError::NoMainClass {
                jar: path.to_path_buf(),
            })?
            .to_owned();
        let mut class_path = ClassPath::new();
        class_path.seen.insert(canonical(path));
        class_path.entries.push(entry);
        class_path.add_all(
            manifest
                .map(|manifest| resolve_class_path(path, &manifest))
                .unwrap_or_default(),
        );
        Ok(JarLaunch {
            class_path,
            main_class,
        })
    }

    /// Appends one path (no splitting, no wildcard) and, if it is a JAR, what its manifest's `Class-Path`
    /// names. A path already on the class path is not added again; one that cannot be opened is recorded in
    /// [`skipped`](Self::skipped).
    pub fn push_path(&mut self, path: impl AsRef<Path>) {
        self.add_all(vec![path.as_ref().to_path_buf()]);
    }

    /// Appends one `-cp` element, expanding a `dir/*` wildcard.
    pub(super) fn push_element(&mut self, element: &str) {
        let Some(dir) = wildcard_dir(element) else {
            return self.push_path(element);
        };
        let listed = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let listing = match std::fs::read_dir(listed) {
            Ok(listing) => listing,
            Err(error) => {
                let path = listed.to_path_buf();
                return self.skipped.push(Skipped {
                    error: ClassPathError::io(&path, error),
                    path,
                });
            }
        };
        // Items that cannot be read or whose names are not UTF-8 cannot be `.jar` names we could match.
        let mut jars: Vec<String> = listing
            .filter_map(|item| item.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".jar") || name.ends_with(".JAR"))
            .collect();
        jars.sort_unstable();
        self.add_all(jars.into_iter().map(|name| dir.join(name)).collect());
    }

    /// Opens and appends `paths` in order, each followed at once by its manifest's `Class-Path` (depth first,
    /// as `java` searches them). An explicit stack rather than recursion, so a long chain of JARs cannot
    /// overflow ours.
    fn add_all(&mut self, paths: Vec<PathBuf>) {
        let mut pending: Vec<PathBuf> = paths.into_iter().rev().collect();
        while let Some(path) = pending.pop() {
            if !self.seen.insert(canonical(&path)) {
                continue;
            }
            if self.entries.len() >= MAX_ENTRIES {
                let error = ClassPathError::TooManyEntries { limit: MAX_ENTRIES };
                self.skipped.push(Skipped { path, error });
                continue;
            }
            match Entry::open(&path) {
                Ok(entry) => {
                    let more = match entry.manifest() {
                        Ok(manifest) => {
                            manifest.map(|manifest| resolve_class_path(&path, &manifest))
                        }
                        // The JAR's classes are still usable; only its `Class-Path` is lost.
                        Err(error) => {
                            self.skipped.push(Skipped {
                                path: path.clone(),
                                error,
                            });
                            None
                        }
                    };
                    self.entries.push(entry);
                    pending.extend(more.unwrap_or_default().into_iter().rev());
                }
                Err(error) => self.skipped.push(Skipped { path, error }),
            }
        }
    }
}

/// The key under which a path is remembered as added: canonical when it exists (so `lib/../a.jar` and
/// `a.jar` are one entry and `Class-Path` cycles end), the path itself otherwise.
pub(super) fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `dir/*` -> `dir/`, `*` -> `` (the current directory); `None` for anything else (`dir/*.jar` is not a
/// wildcard, as in `java`).
fn wildcard_dir(element: &str) -> Option<&Path> {
    let dir = element.strip_suffix('*')?;
    let is_separator_end = dir.ends_with('/') || (cfg!(windows) && dir.ends_with('\\'));
    (dir.is_empty() || is_separator_end).then(|| Path::new(dir))
}

/// The paths a JAR's manifest `Class-Path` names, resolved against the JAR's directory. URLs with a scheme
/// other than `file:` (or a `file:` URL naming another host) are left out: Cortado loads nothing remote.
fn resolve_class_path(jar: &Path, manifest: &Manifest) -> Vec<PathBuf> {
    let base = jar.parent().unwrap_or(Path::new(""));
    manifest
        .class_path()
        .into_iter()
        .filter_map(|url| resolve_url(base, url))
        .collect()
}

/// Resolves one relative URL from `Class-Path` against `base`, a directory.
fn resolve_url(base: &Path, url: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url)?;
    let path = match strip_prefix_ignore_case(&decoded, "file:") {
        Some(rest) => match rest.strip_prefix("//") {
            // `file://host/path`: only the local host is acceptable.
            Some(authority_and_path) => {
                let slash = authority_and_path.find('/')?;
                let host = &authority_and_path[..slash];
                if !(host.is_empty() || host.eq_ignore_ascii_case("localhost")) {
                    return None;
                }
                authority_and_path[slash..].to_owned()
            }
            None => rest.to_owned(),
        },
        None if has_scheme(&decoded) => return None,
        None => decoded,
    };
    Some(if path.starts_with('/') {
        PathBuf::from(path)
    } else {
        base.join(path)
    })
}

/// Whether `url` starts with a URL scheme (`http:`, `jar:`). One letter before the colon is taken as a
/// Windows drive, not a scheme.
fn has_scheme(url: &str) -> bool {
    let Some((scheme, _)) = url.split_once(':') else {
        return false;
    };
    scheme.len() > 1
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// Decodes `%XX` escapes (`my%20lib.jar`); a `%` not followed by two hex digits stays as it is. `None` if
/// the decoded bytes are not UTF-8.
fn percent_decode(url: &str) -> Option<String> {
    let bytes = url.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut position = 0;
    while position < bytes.len() {
        let escape = bytes
            .get(position + 1..position + 3)
            .filter(|_| bytes[position] == b'%');
        let value =
            escape.and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok());
        match value {
            Some(byte) => {
                decoded.push(byte);
                position += 3;
            }
            None => {
                decoded.push(bytes[position]);
                position += 1;
            }
        }
    }
    String::from_utf8(decoded).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_resolve_against_the_jar_directory() {
        let base = Path::new("/app/lib");
        assert_eq!(
            resolve_url(base, "a.jar"),
            Some(PathBuf::from("/app/lib/a.jar"))
        );
        assert_eq!(
            resolve_url(base, "../b/"),
            Some(PathBuf::from("/app/lib/../b/"))
        );
        assert_eq!(
            resolve_url(base, "my%20lib.jar"),
            Some(PathBuf::from("/app/lib/my lib.jar"))
        );
        assert_eq!(
            resolve_url(base, "file:///opt/x.jar"),
            Some(PathBuf::from("/opt/x.jar"))
        );
        assert_eq!(
            resolve_url(base, "file:/opt/x.jar"),
            Some(PathBuf::from("/opt/x.jar"))
        );
        assert_eq!(
            resolve_url(base, "file://localhost/opt/x.jar"),
            Some(PathBuf::from("/opt/x.jar"))
        );
        assert_eq!(resolve_url(base, "file://elsewhere/opt/x.jar"), None);
        assert_eq!(resolve_url(base, "http://example.invalid/x.jar"), None);
        assert_eq!(
            resolve_url(base, "100%.jar"),
            Some(PathBuf::from("/app/lib/100%.jar"))
        );
    }

    #[test]
    fn wildcards_are_only_a_trailing_star_component() {
        assert_eq!(wildcard_dir("lib/*"), Some(Path::new("lib/")));
        assert_eq!(wildcard_dir("*"), Some(Path::new("")));
        assert_eq!(wildcard_dir("lib/*.jar"), None);
        assert_eq!(wildcard_dir("lib*"), None);
    }
}
