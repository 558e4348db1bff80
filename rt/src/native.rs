//! The natives registry: Rust implementations of `native` methods, bound by class, name and descriptor.
//!
//! The class library registers its natives when a VM is built; an embedder may add its own. A native method is
//! bound on its first call; one with no registered implementation throws `UnsatisfiedLinkError` then.

use std::collections::HashMap;
use std::sync::Arc;

use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

/// A native method's implementation. `args` are in slot form (receiver first for instance methods; a long or
/// double takes two slots, its value in the first); the result is in slot form (0 for `void`).
pub type NativeFn = Arc<dyn Fn(&Runtime, &mut JavaThread, &[u64]) -> JResult<u64> + Send + Sync>;

/// (class internal name, method name, descriptor).
type NativeKey = (Box<str>, Box<str>, Box<str>);

/// Natives by (class internal name, method name, descriptor).
#[derive(Default, Clone)]
pub struct NativeRegistry {
    table: HashMap<NativeKey, NativeFn>,
}

impl std::fmt::Debug for NativeRegistry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NativeRegistry({} natives)", self.table.len())
    }
}

impl NativeRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers (or replaces) the implementation of `class.name descriptor`.
    pub fn register(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        f: impl Fn(&Runtime, &mut JavaThread, &[u64]) -> JResult<u64> + Send + Sync + 'static,
    ) {
        self.table.insert((class.into(), name.into(), descriptor.into()), Arc::new(f));
    }

    /// The implementation of `class.name descriptor`, if registered.
    pub fn lookup(&self, class: &str, name: &str, descriptor: &str) -> Option<NativeFn> {
        // A tuple of borrowed strs cannot look up a key of boxed strs directly; natives are bound once per
        // method, so the allocation here is off every hot path.
        self.table.get(&(class.into(), name.into(), descriptor.into())).cloned()
    }

    /// How many natives are registered.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether none are.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
