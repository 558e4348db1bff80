//! `java.lang.Class` objects ("mirrors"): created on first request, one per class, pointing back at the VM's
//! class through their `vmClass` field.

use std::sync::atomic::Ordering;

use crate::class::{Class, ClassRef};
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

impl Runtime {
    /// The `java.lang.Class` object of `class`, created on first request.
    pub fn mirror_of(&self, thread: &mut JavaThread, class: ClassRef) -> JResult<ObjRef> {
        if let Some(mirror) = ObjRef::from_slot(class.mirror.load(Ordering::Acquire)) {
            return Ok(mirror);
        }
        let wk = self.well_known();
        let (class_class, offset) = (wk.class, wk.class_vm_class);
        let mirror = self.alloc_object(thread, class_class)?;
        mirror.write::<i64>(offset as usize, class.as_ptr() as usize as i64);
        match class.mirror.compare_exchange(0, mirror.to_slot(), Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => Ok(mirror),
            Err(existing) => Ok(ObjRef::from_slot(existing).unwrap_or(mirror)),
        }
    }

    /// The VM class behind a `java.lang.Class` object.
    pub fn class_of_mirror(&self, mirror: ObjRef) -> Option<ClassRef> {
        let raw = mirror.read::<i64>(self.well_known().class_vm_class as usize);
        if raw == 0 {
            return None;
        }
        // SAFETY: `vmClass` is written only by `mirror_of`, with a pointer to a class of this VM.
        Some(unsafe { ClassRef::from_ptr(raw as usize as *const Class) })
    }
}
