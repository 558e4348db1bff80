//! The embedding API: Cortado as a scripting runtime inside a Rust program.
//!
//! Build a [`Vm`] with a [`VmBuilder`] (class path, classes from bytes, heap and stack limits, execution mode,
//! [`Capability`]s, host natives, streams), then load classes, create objects and call static and instance
//! methods with [`JavaValue`] arguments, getting typed results through [`FromJava`]. Objects stay reachable
//! through [`JavaObject`] handles (global handles the collector updates; released on drop). A Java exception
//! comes back as [`VmError::Exception`] with its class, message and stack trace.
//!
//! Sandbox: a VM built here has no file, environment, exit or stdin access unless granted (the class library
//! throws `SecurityException`; it has no network or process API at all); its heap is bounded
//! (`OutOfMemoryError` inside Java); each call can have a fuel budget and a deadline, and an
//! [`InterruptHandle`] stops it from another thread. Stops unwind every Java frame without running handlers,
//! so scripts cannot catch them, and come back as [`VmError::BudgetExhausted`], [`VmError::DeadlineExceeded`]
//! or [`VmError::Interrupted`]. No panic crosses the API: a bug inside the VM is [`VmError::Internal`].
//!
//! ```
//! use vm::embed::{Capability, VmBuilder, VmError};
//!
//! let mut vm = VmBuilder::new().fuel(1_000_000).build()?;
//! // No capability was granted: the class library refuses.
//! let err = vm.call_static::<String>("java.lang.System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;", &["HOME".into()]).unwrap_err();
//! let e = err.exception().expect("a Java exception");
//! assert_eq!(e.class, "java.lang.SecurityException");
//! assert_eq!(e.message.as_deref(), Some("access to environment variable HOME denied by the host"));
//! # Ok::<(), VmError>(())
//! ```
//!
//! The `vm` crate's one `unsafe` is the `Send` implementation of [`Vm`] (in `vm.rs`, with its argument).

mod builder;
mod convert;
#[doc(hidden)]
pub mod doc_support;
mod error;
mod io;
mod natives;
mod value;
mod vm;

pub use builder::{Capability, ExecMode, VmBuilder};
pub use error::{JavaException, VmError};
pub use io::{CapturedIo, HostStreams};
pub use natives::{HostFn, NativeContext, NativeError};
pub use value::{FromJava, JavaArray, JavaObject, JavaValue};
pub use vm::{InterruptHandle, Vm};
