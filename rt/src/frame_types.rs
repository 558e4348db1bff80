//! The verifier's frame types of one method, for the JIT, whether or not its class was verified: a verified
//! class's come from [`Class::verified`](crate::class::Class::verified); a trusted one's (the embedded class
//! library, `-Xverify:none`) are computed the first time the JIT asks for them, one method at a time, and
//! kept on the [`Method`]. Start-up stays as fast as before (nothing is verified eagerly), and a method whose
//! types are never needed (most of the library) is never type-checked.
//!
//! The class hierarchy answers from the classes already loaded and never loads one: the JIT asks while it
//! compiles, where loading (which can run a class loader's Java code and collect) has no place. A question
//! about a class not loaded yet is answered as the trusted bytecode implies: an assignment `javac` compiled
//! is taken to be legal. That is sound for what the JIT reads: in type checking (class files of version 50
//! and later, the whole class library) the hierarchy only decides whether the code is accepted, never which
//! types a frame holds, which come from the `StackMapTable` at branch targets and from each instruction's
//! effect in between. Type inference (older class files) merges types through superclasses; there a class
//! not loaded makes the method's types unavailable instead.

use classfile::ClassFile;
use verifier::{ClassHierarchy, HierarchyError, MethodFrames};

use crate::class::{ClassRef, LoaderId};
use crate::method::Method;
use crate::runtime::Runtime;

impl Method {
    /// The verifier's incoming frame types at every reachable instruction of this method, or `None` if the
    /// method has no code or its types cannot be computed (a trusted method the verifier refuses, or type
    /// inference that needs a class not loaded). For a method of a class verified at link time, those
    /// frames; otherwise computed on the first request (see the module doc) and kept.
    pub fn frame_types(&self, rt: &Runtime) -> Option<&MethodFrames> {
        if let Some(Some(verified)) = self.class.verified.get() {
            return verified.method(usize::from(self.index));
        }
        self.frames.get_or_init(|| trusted_frames(rt, self)).as_ref()
    }
}

/// Type-checks `method` of a class that was not verified, with the loaded classes as the hierarchy.
fn trusted_frames(rt: &Runtime, method: &Method) -> Option<MethodFrames> {
    method.code.as_ref()?;
    let class_file = method.class.class_file.as_deref()?;
    let hierarchy = LoadedHierarchy { runtime: rt, loader: method.class.loader, this: method.class, class_file };
    verifier::verify_method(class_file, usize::from(method.index), &hierarchy).ok().flatten()
}

/// The class hierarchy as far as it is loaded (see the module doc for what it answers about the rest).
struct LoadedHierarchy<'a> {
    runtime: &'a Runtime,
    loader: LoaderId,
    /// The class whose method is checked (loaded, as are its superclasses and interfaces).
    this: ClassRef,
    class_file: &'a ClassFile,
}

impl LoadedHierarchy<'_> {
    fn loaded(&self, name: &str) -> Option<ClassRef> {
        if *self.this.name == *name {
            return Some(self.this);
        }
        self.runtime.find_loaded(name, self.loader)
    }
}

impl ClassHierarchy for LoadedHierarchy<'_> {
    fn is_subclass_of(&self, sub: &str, sup: &str) -> Result<bool, HierarchyError> {
        match self.loaded(sub) {
            Some(class) => Ok(sub == sup || class.supers.iter().any(|s| &*s.name == sup)),
            // Not loaded: javac accepted the assignment (see the module doc).
            None => Ok(true),
        }
    }

    fn is_interface(&self, name: &str) -> Result<bool, HierarchyError> {
        // A class not loaded is answered as an interface, which anything may be assigned to: the trusted
        // code's own assignments stand (see the module doc).
        Ok(self.loaded(name).is_none_or(|class| class.is_interface()))
    }

    fn superclass(&self, name: &str) -> Result<Option<String>, HierarchyError> {
        if *self.this.name == *name {
            return Ok(self.class_file.super_name().ok().flatten().map(str::to_owned));
        }
        match self.loaded(name) {
            Some(class) => Ok(class.super_class.map(|s| s.name.to_string())),
            None => Err(HierarchyError { class: name.to_owned(), message: "not loaded".to_owned() }),
        }
    }
}
