//! The class-file layer: the model of a `.class` file, its parser and writer, descriptors, the one opcode
//! table, and the class path (directories, JARs, JMODs).
//!
//! Place in the pipeline: the bottom. Bytes come in (from a class path entry or an embedder), a
//! [`ClassFile`] comes out, checked against the format rules of JVMS 4.8; the verifier, the runtime and the
//! tiers all read that model and the opcode table here.
//!
//! Architecture invariant: this crate has no dependency on any other Cortado crate, never touches the heap,
//! and never panics or allocates without bound on any input: every length is checked against the bytes present.
#![forbid(unsafe_code)]
pub mod access;
pub mod attribute;
pub mod bytecode;
mod check;
pub mod class_file;
pub mod classpath;
pub mod constant_pool;
pub mod descriptor;
pub mod disasm;
pub mod error;
pub mod mutf8;
pub mod opcode;
mod reader;

pub use access::{AccessFlags, MemberKind};
pub use class_file::{ClassFile, MAX_MAJOR_VERSION, MIN_MAJOR_VERSION, MemberInfo};
pub use constant_pool::{Constant, ConstantPool, CpIndex};
pub use error::{ClassFormatError, FormatDefect, WriteError};
