//! Verification at link time: which classes the mode verifies, the class hierarchy the verifier asks
//! (answered from loaded classes, loading through the class's loader when needed), and turning the
//! verifier's verdict into `VerifyError` or the loading error, as HotSpot throws them.
//!
//! HotSpot links a class (and so verifies it) just before initializing it, after linking its superclass and
//! superinterfaces; loading a class, even as another's superclass, does not verify it. So a broken class
//! referenced only on a path that never runs never fails, and the `VerifyError` surfaces at the first active
//! use (`new`, a static call or field access, `Class.forName`), which is where [`Runtime::link_class`] is
//! called from (`init.rs`). A link that fails leaves the class unlinked, so every later use fails again
//! with the same error, as in HotSpot.

use std::cell::RefCell;

use classfile::bytecode::decode_at;
use classfile::{AccessFlags, ClassFile};
use verifier::{ClassHierarchy, HierarchyError, VerifiedClass, VerifyError, VerifyFailure};

use crate::class::{ClassRef, LoaderId};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

/// Which classes are verified when they are linked (`-Xverify:`, `-XX:±BytecodeVerificationRemote`,
/// `-XX:±BytecodeVerificationLocal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VerifyMode {
    /// Every class, the embedded class library included (`-Xverify:all`).
    All,
    /// Application classes only; the embedded class library is trusted (HotSpot's default).
    #[default]
    Remote,
    /// None (`-Xverify:none`).
    None,
}

impl Runtime {
    /// Links `class` (JVMS 5.4) if it is not linked yet: its superclass and superinterfaces first, then the
    /// class itself, verified if the mode says so. On success the verifier's frame types are kept in
    /// [`Class::verified`](crate::class::Class::verified); on failure the `VerifyError` (or the error that
    /// stopped a class from loading during verification) is pending and the class stays unlinked.
    pub fn link_class(&self, thread: &mut JavaThread, class: ClassRef) -> JResult<()> {
        if class.verified.get().is_some() {
            return Ok(());
        }
        if let Some(super_class) = class.super_class {
            self.link_class(thread, super_class)?;
        }
        for &interface in class.interfaces.iter() {
            self.link_class(thread, interface)?;
        }
        let verified = match class.class_file.as_deref() {
            Some(cf) if self.should_verify(class) => Some(self.verify(thread, class, cf)?),
            _ => None,
        };
        // Another thread may have linked it meanwhile; both results came from the same bytes.
        let _ = class.verified.set(verified);
        Ok(())
    }

    /// Whether the mode asks for `class` to be verified. Hidden classes are the VM's own lambda proxies.
    fn should_verify(&self, class: ClassRef) -> bool {
        if class.hidden {
            return false;
        }
        match self.options.verify {
            VerifyMode::All => true,
            VerifyMode::Remote => class.loader == LoaderId::App,
            VerifyMode::None => false,
        }
    }

    fn verify(
        &self,
        thread: &mut JavaThread,
        class: ClassRef,
        cf: &ClassFile,
    ) -> JResult<VerifiedClass> {
        let hierarchy = RuntimeHierarchy {
            runtime: self,
            thread: RefCell::new(thread),
            loader: class.loader,
            this: cf,
        };
        let result = verifier::verify_class(cf, &hierarchy);
        let thread = hierarchy.thread.into_inner();
        match result {
            Ok(verified) => {
                // A loading failure the verifier got past (type inference retried after type checking)
                // must not stay pending.
                thread.take_pending();
                Ok(verified)
            }
            Err(VerifyFailure::Verify(error)) => {
                thread.take_pending();
                // A malformed StackMapTable is a ClassFormatError in HotSpot; errors found by type inference
                // (class files before 50) carry the old verifier's one-line wording.
                let exception = error.java_class().replace('.', "/");
                let message = if error.inferred || exception != "java/lang/VerifyError" {
                    error.to_string()
                } else {
                    hotspot_message(&error, cf)
                };
                Err(self.throw_new(thread, &exception, Some(&message)))
            }
            Err(VerifyFailure::Hierarchy(error)) => match thread.take_pending() {
                // The loading error itself, as HotSpot lets it escape from verification.
                Some(exception) => Err(thread.throw(exception)),
                None => Err(self.throw_new(
                    thread,
                    "java/lang/NoClassDefFoundError",
                    Some(&error.class),
                )),
            },
        }
    }
}

/// The message of HotSpot's `VerifyError`: the headline alone on the first line (what an uncaught
/// exception's first line shows), then the location and reason under `Exception Details:`.
fn hotspot_message(error: &VerifyError, cf: &ClassFile) -> String {
    let mut message = error.kind.headline();
    message.push_str("\nException Details:\n  Location:\n    ");
    message.push_str(&format!(
        "{}.{}{}",
        error.class, error.method, error.descriptor
    ));
    if let Some(bci) = error.bci {
        let mnemonic = cf
            .method(&error.method, &error.descriptor)
            .and_then(|m| m.code())
            .and_then(|code| decode_at(&code.code, bci).ok())
            .map(|i| i.opcode.mnemonic());
        message.push_str(&format!(" @{bci}"));
        if let Some(mnemonic) = mnemonic {
            message.push_str(&format!(": {mnemonic}"));
        }
    }
    if let Some(detail) = error.kind.detail() {
        message.push_str(&format!("\n  Reason:\n    {detail}"));
    }
    message
}

/// The runtime's answers to the verifier's questions. The class under verification is answered from its
/// own class file, so the answers do not depend on whether it is registered yet; every other class comes
/// from the loaded classes, or is loaded through the verified class's loader (which can fail: the loading
/// error is left pending and reported as a [`HierarchyError`]).
struct RuntimeHierarchy<'a> {
    runtime: &'a Runtime,
    /// `RefCell` because the trait asks through `&self` while loading needs the thread mutably.
    thread: RefCell<&'a mut JavaThread>,
    loader: LoaderId,
    this: &'a ClassFile,
}

impl RuntimeHierarchy<'_> {
    fn is_this(&self, name: &str) -> bool {
        self.this.name().is_ok_and(|n| n == name)
    }

    fn this_super(&self) -> Option<String> {
        self.this.super_name().ok().flatten().map(str::to_owned)
    }

    fn class(&self, name: &str) -> Result<ClassRef, HierarchyError> {
        if let Some(class) = self.runtime.find_loaded(name, self.loader) {
            return Ok(class);
        }
        let mut thread = self.thread.borrow_mut();
        self.runtime
            .load_class(&mut thread, name, self.loader)
            .map_err(|_| HierarchyError {
                class: name.to_owned(),
                message: "could not be loaded".to_owned(),
            })
    }
}

impl ClassHierarchy for RuntimeHierarchy<'_> {
    fn is_subclass_of(&self, sub: &str, sup: &str) -> Result<bool, HierarchyError> {
        if sub == sup {
            return Ok(true);
        }
        let sub = if self.is_this(sub) {
            match self.this_super() {
                Some(s) if s == sup => return Ok(true),
                Some(s) => s,
                None => return Ok(false),
            }
        } else {
            sub.to_owned()
        };
        let class = self.class(&sub)?;
        Ok(class.supers.iter().any(|s| &*s.name == sup))
    }

    fn is_interface(&self, name: &str) -> Result<bool, HierarchyError> {
        if self.is_this(name) {
            return Ok(self.this.access_flags.has(AccessFlags::INTERFACE));
        }
        Ok(self.class(name)?.is_interface())
    }

    fn superclass(&self, name: &str) -> Result<Option<String>, HierarchyError> {
        if self.is_this(name) {
            return Ok(self.this_super());
        }
        Ok(self.class(name)?.super_class.map(|s| s.name.to_string()))
    }

    fn protected_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        is_method: bool,
    ) -> Result<Option<String>, HierarchyError> {
        let mut start = Some(class.to_owned());
        if self.is_this(class) {
            let cp = &self.this.constant_pool;
            let members = if is_method {
                &self.this.methods
            } else {
                &self.this.fields
            };
            let declared = members.iter().find(|m| {
                m.name(cp).is_ok_and(|n| n == name)
                    && m.descriptor(cp).is_ok_and(|d| d == descriptor)
            });
            if let Some(m) = declared {
                return Ok(m.access_flags.is_protected().then(|| class.to_owned()));
            }
            start = self.this_super();
        }
        let Some(start) = start else { return Ok(None) };
        // The declaration resolution would find: the nearest one up the superclass chain.
        let class = self.class(&start)?;
        for c in class.supers.iter().rev() {
            let access = if is_method {
                c.declared_method(name, descriptor).map(|m| m.access)
            } else {
                c.declared_field(name, descriptor).map(|f| f.access)
            };
            if let Some(access) = access {
                return Ok(access.is_protected().then(|| c.name.to_string()));
            }
        }
        Ok(None)
    }
}
