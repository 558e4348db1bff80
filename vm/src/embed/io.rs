//! Standard streams for embedded VMs: [`CapturedIo`] keeps a script's output in memory for the host;
//! [`HostStreams`] writes to the process's streams and gives no stdin unless granted.

use std::sync::Arc;

use parking_lot::Mutex;
use rt::{HostIo, ProcessIo};

/// Output captured in memory (and stdin from a buffer), for hosts that show or check what a script printed.
///
/// ```
/// use std::sync::Arc;
/// use vm::embed::{CapturedIo, VmBuilder};
///
/// let source = "class Greeter { static void greet(String who) { System.out.println(\"hello, \" + who); } }";
/// # let bytes = vm::embed::doc_support::compile("Greeter", source);
/// let io = Arc::new(CapturedIo::default());
/// let mut vm = VmBuilder::new().class_bytes("Greeter", bytes).io(io.clone()).build()?;
/// let () = vm.call_static("Greeter", "greet", "(Ljava/lang/String;)V", &["host".into()])?;
/// assert_eq!(io.take_stdout(), "hello, host\n");
/// # Ok::<(), vm::embed::VmError>(())
/// ```
#[derive(Debug, Default)]
pub struct CapturedIo {
    out: Mutex<Vec<u8>>,
    err: Mutex<Vec<u8>>,
    input: Mutex<std::collections::VecDeque<u8>>,
}

impl CapturedIo {
    /// Captures output; stdin reads `input`.
    pub fn with_input(input: &[u8]) -> Self {
        Self { input: Mutex::new(input.iter().copied().collect()), ..Self::default() }
    }

    /// Takes what was written to stdout so far.
    pub fn take_stdout(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.out.lock())).into_owned()
    }

    /// Takes what was written to stderr so far.
    pub fn take_stderr(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.err.lock())).into_owned()
    }
}

impl HostIo for CapturedIo {
    fn write(&self, fd: i32, bytes: &[u8]) {
        let target = if fd == 2 { &self.err } else { &self.out };
        target.lock().extend_from_slice(bytes);
    }

    fn flush(&self) {}

    fn read_stdin(&self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut input = self.input.lock();
        let n = buf.len().min(input.len());
        for (dst, src) in buf.iter_mut().zip(input.drain(..n)) {
            *dst = src;
        }
        Ok(n)
    }
}

/// The process's stdout and stderr (buffered, flushed after each call); stdin only when granted.
#[derive(Debug, Default)]
pub struct HostStreams {
    inner: ProcessIo,
    stdin: bool,
}

impl HostStreams {
    /// The process's streams, stdin included when `stdin`.
    pub fn new(stdin: bool) -> Arc<Self> {
        Arc::new(Self { inner: ProcessIo::default(), stdin })
    }
}

impl HostIo for HostStreams {
    fn write(&self, fd: i32, bytes: &[u8]) {
        self.inner.write(fd, bytes);
    }

    fn flush(&self) {
        self.inner.flush();
    }

    fn read_stdin(&self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.stdin { self.inner.read_stdin(buf) } else { Ok(0) }
    }
}
