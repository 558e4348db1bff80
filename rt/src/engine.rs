//! The traits the execution tiers implement, so that `rt` can run Java code (class initializers, exception
//! constructors, natives calling back) without depending on either tier.

use crate::method::MethodRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

/// Something that runs methods: the interpreter, or the tiering policy in `vm` that picks between the
/// interpreter and compiled code.
pub trait ExecutionEngine: Send + Sync {
    /// Runs `method` on `thread` with `args` in slot form (receiver first for instance methods; a long or
    /// double takes two slots, its value in the first). Returns the result in slot form (0 for `void`).
    fn invoke(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef, args: &[u64]) -> JResult<u64>;
}
