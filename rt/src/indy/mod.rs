//! `invokedynamic`: bootstrapping call sites and invoking them. Both tiers call
//! [`Runtime::invoke_dynamic`]; the call site is resolved once per instruction's constant and cached.

use crate::class::ClassRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

impl Runtime {
    /// Runs the `invokedynamic` whose `InvokeDynamic` constant is `cp_index` in `caller`, with `args` in slot
    /// form, and returns its result in slot form.
    pub fn invoke_dynamic(&self, thread: &mut JavaThread, caller: ClassRef, cp_index: u16, args: &[u64]) -> JResult<u64> {
        let _ = args;
        let message = format!(
            "invokedynamic at constant #{cp_index} of {}: call site bootstrapping is not written yet",
            caller.java_name()
        );
        Err(self.throw_new(thread, "java/lang/BootstrapMethodError", Some(&message)))
    }
}
