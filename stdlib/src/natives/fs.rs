//! The host file system's natives (`java/io/File`'s private statics): whole-file reads and writes by path and
//! the metadata queries, through Rust's `std::fs`. No descriptors stay open between calls (see `NATIVES.md`).
//! Every path goes through the runtime's sandbox first (`SecurityException` when the host did not grant it).

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::time::UNIX_EPOCH;

use rt::sandbox::FileOp;
use rt::wellknown::primitive_index;
use rt::{JResult, JavaThread, NativeRegistry, ObjRef, Runtime, Thrown, ValueKind};

use super::{Args, boolean, int, long, reference, void};

const F: &str = "java/io/File";
const TEMP_FILES: &str = "cortado/internal/TempFiles";

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register(F, "readAll0", "(Ljava/lang/String;)[B", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Read, Args(a).obj(0))?;
        match fs::read(&path) {
            Ok(bytes) => reference(Some(byte_array(rt, thread, &bytes)?)),
            Err(e) => Err(throw(rt, thread, "java/io/FileNotFoundException", &path, &e)),
        }
    });
    natives.register(F, "write0", "(Ljava/lang/String;[BIIZ)V", |rt, thread, a| {
        let a = Args(a);
        let path = path(rt, thread, FileOp::Write, a.obj(0))?;
        let Some(array) = a.obj(1) else { return Err(rt.throw_null_pointer(thread)) };
        let (off, len, append) = (a.int(2), a.int(3), a.int(4) != 0);
        let bytes = array.byte_array();
        let Some(bytes) = usize::try_from(off)
            .ok()
            .zip(usize::try_from(len).ok())
            .and_then(|(off, len)| bytes.get(off..off.checked_add(len)?))
        else {
            return Err(rt.throw_new(thread, "java/lang/IndexOutOfBoundsException", None));
        };
        let data: Vec<u8> = bytes.iter().map(|&b| b as u8).collect();
        let mut options = OpenOptions::new();
        options.create(true);
        if append { options.append(true) } else { options.write(true).truncate(true) };
        let mut file = match options.open(&path) {
            Ok(file) => file,
            Err(e) => return Err(throw(rt, thread, "java/io/FileNotFoundException", &path, &e)),
        };
        if let Err(e) = file.write_all(&data) {
            return Err(rt.throw_new(thread, "java/io/IOException", Some(&reason(&e))));
        }
        void()
    });
    natives.register(F, "attributes0", "(Ljava/lang/String;)I", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Read, Args(a).obj(0))?;
        let Ok(meta) = fs::metadata(&path) else { return int(0) };
        let mut bits = 1;
        if meta.is_file() {
            bits |= 2;
        }
        if meta.is_dir() {
            bits |= 4;
        }
        if fs::File::open(&path).is_ok() || meta.is_dir() {
            bits |= 8;
        }
        if !meta.permissions().readonly() {
            bits |= 16;
        }
        int(bits)
    });
    natives.register(F, "length0", "(Ljava/lang/String;)J", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Read, Args(a).obj(0))?;
        long(fs::metadata(&path).map_or(0, |m| m.len() as i64))
    });
    natives.register(F, "lastModified0", "(Ljava/lang/String;)J", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Read, Args(a).obj(0))?;
        let millis = fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_millis() as i64);
        long(millis)
    });
    natives.register(F, "delete0", "(Ljava/lang/String;)Z", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Write, Args(a).obj(0))?;
        let is_dir = fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        boolean(if is_dir { fs::remove_dir(&path).is_ok() } else { fs::remove_file(&path).is_ok() })
    });
    natives.register(F, "mkdir0", "(Ljava/lang/String;)Z", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Write, Args(a).obj(0))?;
        boolean(fs::create_dir(&path).is_ok())
    });
    natives.register(F, "rename0", "(Ljava/lang/String;Ljava/lang/String;)Z", |rt, thread, a| {
        let a = Args(a);
        let from = path(rt, thread, FileOp::Write, a.obj(0))?;
        let to = path(rt, thread, FileOp::Write, a.obj(1))?;
        boolean(fs::rename(from, to).is_ok())
    });
    natives.register(F, "createNew0", "(Ljava/lang/String;)Z", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Write, Args(a).obj(0))?;
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(_) => boolean(true),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => boolean(false),
            Err(e) => Err(rt.throw_new(thread, "java/io/IOException", Some(&reason(&e)))),
        }
    });
    natives.register(TEMP_FILES, "createOwnerOnly0", "(Ljava/lang/String;Z)Z", |rt, thread, a| {
        let a = Args(a);
        let path = path(rt, thread, FileOp::Write, a.obj(0))?;
        match create_owner_only(&path, a.int(1) != 0) {
            Ok(()) => boolean(true),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => boolean(false),
            Err(e) => Err(rt.throw_new(thread, "java/io/IOException", Some(&reason(&e)))),
        }
    });
    natives.register(F, "list0", "(Ljava/lang/String;)[Ljava/lang/String;", |rt, thread, a| {
        let path = path(rt, thread, FileOp::Read, Args(a).obj(0))?;
        let Ok(entries) = fs::read_dir(&path) else { return reference(None) };
        let names: Vec<String> =
            entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        reference(Some(rt.new_string_array(thread, &names)?))
    });
}

/// Creates a new empty file, or a directory, that only its owner may read and write (and list): the
/// permissions HotSpot gives temporary files (0600) and directories (0700), so another user of the host never
/// reads what a program writes there. Fails with `AlreadyExists` if anything is there.
fn create_owner_only(path: &str, directory: bool) -> std::io::Result<()> {
    #[cfg(unix)]
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if directory {
        let mut builder = fs::DirBuilder::new();
        #[cfg(unix)]
        builder.mode(0o700);
        builder.create(path)
    } else {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        options.open(path).map(drop)
    }
}

/// The path a Java string names, once the sandbox allows `op` on it: NPE for null, `SecurityException` for a
/// denied access.
fn path(rt: &Runtime, thread: &mut JavaThread, op: FileOp, s: Option<ObjRef>) -> JResult<String> {
    let s = s.ok_or_else(|| rt.throw_null_pointer(thread))?;
    let path = rt.string_to_rust(s);
    rt.options().sandbox.check_file(rt, thread, op, &path)?;
    Ok(path)
}

/// The host's words for an error, as HotSpot prints them: `No such file or directory`, without Rust's
/// ` (os error 2)` suffix.
fn reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// `class` with message `path (reason)`, as HotSpot words a failed open.
fn throw(rt: &Runtime, thread: &mut JavaThread, class: &str, path: &str, e: &std::io::Error) -> Thrown {
    rt.throw_new(thread, class, Some(&format!("{path} ({})", reason(e))))
}

/// A new `byte[]` holding `bytes`.
fn byte_array(rt: &Runtime, thread: &mut JavaThread, bytes: &[u8]) -> JResult<ObjRef> {
    let byte_class = rt.well_known().primitives[primitive_index(ValueKind::Byte)];
    let array = rt.alloc_array(thread, rt.array_class_of(byte_class), bytes.len() as i32)?;
    for (k, &b) in bytes.iter().enumerate() {
        array.array_set::<i8>(k, b as i8);
    }
    Ok(array)
}
