//! The standard streams' natives: bytes to and from the host through the runtime's `HostIo` (so an embedder
//! can capture them).

use rt::{NativeRegistry, ObjRef, Runtime};

use super::{Args, int, void};

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register("java/io/FileOutputStream", "writeBytes", "(I[BII)V", |rt, thread, a| {
        let a = Args(a);
        let (fd, off, len) = (a.int(0), a.int(2), a.int(3));
        let Some(array) = a.obj(1) else { return Err(rt.throw_null_pointer(thread)) };
        let Some(bytes) = slice(array, off, len) else {
            return Err(rt.throw_new(thread, "java/lang/IndexOutOfBoundsException", None));
        };
        let bytes: Vec<u8> = bytes.iter().map(|&b| b as u8).collect();
        rt.io().write(fd, &bytes);
        void()
    });
    natives.register("java/io/FileInputStream", "readBytes", "(I[BII)I", |rt, thread, a| {
        let a = Args(a);
        let (off, len) = (a.int(2), a.int(3));
        let Some(array) = a.obj(1) else { return Err(rt.throw_null_pointer(thread)) };
        if slice(array, off, len).is_none() {
            return Err(rt.throw_new(thread, "java/lang/IndexOutOfBoundsException", None));
        }
        let mut buf = vec![0u8; len as usize];
        read(rt, thread, &mut buf, array, off)
    });
}

fn read(rt: &Runtime, thread: &mut rt::JavaThread, buf: &mut [u8], array: ObjRef, off: i32) -> rt::JResult<u64> {
    if buf.is_empty() {
        return int(0);
    }
    // Reading stdin can block for good: in the safe state, with the array in a handle (a collection may move
    // it meanwhile).
    let mark = thread.handle_mark();
    let handle = thread.protect(Some(array));
    let io = rt.io().clone();
    let got = rt.blocking(thread, || io.read_stdin(buf));
    let array = thread.get_nonnull(handle);
    thread.release_handles(mark);
    rt.check_async_exit(thread)?;
    match got {
        Ok(0) => int(-1),
        Ok(n) => {
            for (k, &b) in buf[..n].iter().enumerate() {
                array.array_set::<i8>(off as usize + k, b as i8);
            }
            int(n as i32)
        }
        Err(e) => Err(rt.throw_new(thread, "java/io/IOException", Some(&e.to_string()))),
    }
}

/// `array[off..off + len]`, if in bounds.
fn slice<'a>(array: ObjRef, off: i32, len: i32) -> Option<&'a [i8]> {
    let bytes = array.byte_array();
    let (off, len) = (usize::try_from(off).ok()?, usize::try_from(len).ok()?);
    bytes.get(off..off.checked_add(len)?)
}
