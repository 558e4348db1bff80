//! The bytecode interpreter: the tier that runs cold methods.
//!
//! Place in the pipeline: depends on `rt` (and reads `classfile`'s opcode table and decoder). Each method
//! is pre-decoded on first call into quickened code (`quick`, `predecode`): fixed-size instruction words
//! with resolved operands patched in on first execution. The dispatch loop (`exec`) is a plain `match` over
//! those words; interpreted calls do not recurse on the host stack. Invocation and back-edge counters live
//! on each `rt::Method` for the tiering policy in `vm`.
//!
//! Architecture invariant: the interpreter never depends on `jit`; the two meet only in `rt`'s traits.
//! `unsafe` is confined to `slots` (unchecked frame access, justified by what pre-decoding proves).

mod exec;
mod fuse;
pub mod predecode;
pub mod quick;
mod slots;

use rt::thread::{JResult, JavaThread};
use rt::{ExecutionEngine, MethodRef, Runtime};

/// The interpreter as an execution engine.
#[derive(Debug, Default, Clone, Copy)]
pub struct Interpreter;

impl ExecutionEngine for Interpreter {
    fn invoke(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef, args: &[u64]) -> JResult<u64> {
        exec::execute(rt, thread, method, args)
    }
}

/// Builds `method`'s quickened code now (for `-Xverify`-style eager checks and tests); the error is the text
/// of the `VerifyError` its first call would throw.
pub fn prepare(method: &rt::Method) -> Result<(), String> {
    predecode::predecode(method).map(drop).map_err(|e| e.0)
}
