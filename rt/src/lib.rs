//! The runtime core that both execution tiers share.
//!
//! Place in the pipeline: above `classfile`, `verifier` and `gc`; below `interpreter`, `jit`, `stdlib` and
//! `vm`. It holds the VM's shared state ([`Runtime`]): class loading, linking and initialization, constant
//! resolution, the object layout (defined once in [`object`], read by both tiers), strings and interning,
//! exceptions, threads and frames, the natives registry, and the trait each tier implements
//! ([`ExecutionEngine`]).
//!
//! How a call works, whichever tier makes it: arguments are slots (`u64`: an `int` as its 32 bits, a
//! reference as its address, a `long` or `double` in the first of two slots); a method that throws leaves
//! the exception pending on its [`JavaThread`] and returns `Err(`[`Thrown`]`)`, and callers propagate or
//! handle it.
//!
//! Architecture invariant: no process-global VM state; everything hangs off a [`Runtime`] value. `rt` never
//! depends on `interpreter`, `jit` or `stdlib`: they plug in through [`ExecutionEngine`], [`BootClassSource`]
//! and the [`NativeRegistry`].
//!
//! Garbage collection's runtime side (the object layout as the collector sees it, the roots, when to collect)
//! is [`collect`].
//!
//! `unsafe` lives in [`object`] (heap memory), [`vm_ptr`] (pointers to VM metadata), [`stack`] (the interpreter
//! stack's raw block), [`mirror`] (the class pointer stored in a `java.lang.Class` object), [`compiler`]
//! (calling compiled code), [`runtime_calls`] (the functions compiled code calls, which take raw
//! pointers) and [`threads`] (the registry's pointers to attached threads, used by the collector while they
//! are stopped); the unit tests of
//! [`global_handles`] dereference the slot pointers it hands to the collector.

pub mod alloc;
pub mod arraycopy;
pub mod class;
pub mod compiler;
pub mod collect;
pub mod engine;
pub mod exception;
pub mod frame_types;
pub mod global_handles;
pub mod indy;
pub mod init;
pub mod invoke;
pub mod link;
pub mod loader;
pub mod method;
pub mod mirror;
pub mod monitor;
pub mod native;
pub mod npe_message;
pub mod object;
pub mod parker;
pub mod refmap;
pub mod resolve;
pub mod resolve_early;
pub mod runtime;
pub mod safepoint;
pub mod sandbox;
pub mod runtime_calls;
pub mod stack;
pub mod stats;
pub mod string;
pub mod thread;
pub mod thread_sleep;
pub mod thread_start;
pub mod threads;
pub mod verify;
pub mod vm_ptr;
pub mod wellknown;

pub use class::{Class, ClassKind, ClassRef, Field, LoaderId, ValueKind};
pub use engine::ExecutionEngine;
pub use loader::BootError;
pub use method::{Method, MethodRef};
pub use native::{NativeFn, NativeRegistry};
pub use object::ObjRef;
pub use resolve::{FieldRef, Resolved};
pub use sandbox::{Sandbox, StopReason};
pub use runtime::{BootClassSource, HostIo, ProcessIo, Runtime, RuntimeOptions};
pub use thread::{Frame, Handle, HandleMark, JResult, JavaThread, Thrown};
pub use verify::VerifyMode;
/// The collector crate, re-exported so that the launcher and embedders name its configuration without a
/// dependency of their own.
pub use gc;
