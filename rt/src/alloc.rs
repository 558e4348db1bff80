//! Allocation of objects and arrays: a bump pointer in the thread's allocation buffer on the fast path, the
//! heap's lock only to refill it, and `OutOfMemoryError` when the heap is full.

use std::ptr::NonNull;

use crate::class::{ClassKind, ClassRef};
use crate::object::{ARRAY_BASE_OFFSET, HEADER_SIZE, MAX_ARRAY_LENGTH, ObjRef};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

/// Size of a thread-local allocation buffer.
const TLAB_BYTES: usize = 256 * 1024;

impl Runtime {
    /// `size` bytes of zeroed memory for a new object.
    fn alloc_raw(&self, thread: &mut JavaThread, size: usize) -> JResult<NonNull<u8>> {
        if self.options.check_refmaps {
            crate::refmap::check_or_abort(self, thread);
        }
        let size = size.next_multiple_of(8);
        let tlab = &mut thread.tlab;
        if tlab.limit - tlab.cursor >= size {
            let addr = tlab.cursor;
            tlab.cursor += size;
            // The buffer's memory is non-null heap memory handed out by `Heap::alloc`.
            return Ok(NonNull::new(addr as *mut u8).expect("allocation buffers are non-null"));
        }
        let mut heap = self.heap.lock();
        if size > TLAB_BYTES / 4 {
            return match heap.alloc(size) {
                Ok(p) => Ok(p),
                Err(_) => {
                    drop(heap);
                    Err(self.throw_out_of_memory(thread, "Java heap space"))
                }
            };
        }
        match heap.alloc(TLAB_BYTES) {
            Ok(block) => {
                let start = block.as_ptr() as usize;
                thread.tlab.cursor = start + size;
                thread.tlab.limit = start + TLAB_BYTES;
                Ok(block)
            }
            // Too little room for a whole buffer may still leave room for this object.
            Err(_) => match heap.alloc(size) {
                Ok(p) => Ok(p),
                Err(_) => {
                    drop(heap);
                    Err(self.throw_out_of_memory(thread, "Java heap space"))
                }
            },
        }
    }

    /// A new instance of `class`, all fields zero. The caller has initialized the class.
    pub fn alloc_object(&self, thread: &mut JavaThread, class: ClassRef) -> JResult<ObjRef> {
        debug_assert!(matches!(class.kind, ClassKind::Instance));
        let size = (class.instance_size as usize).max(HEADER_SIZE);
        let obj = ObjRef::from_raw(self.alloc_raw(thread, size)?);
        obj.init_header(class);
        Ok(obj)
    }

    /// A new array of class `array_class` with `length` zero elements: `NegativeArraySizeException` for a
    /// negative length, `OutOfMemoryError` past the VM's limit or the heap's.
    pub fn alloc_array(&self, thread: &mut JavaThread, array_class: ClassRef, length: i32) -> JResult<ObjRef> {
        if length < 0 {
            return Err(self.throw_new(thread, "java/lang/NegativeArraySizeException", Some(&length.to_string())));
        }
        if length > MAX_ARRAY_LENGTH {
            return Err(self.throw_out_of_memory(thread, "Requested array size exceeds VM limit"));
        }
        let element_size = array_class.element_kind().map_or(8, |k| k.size());
        let size = ARRAY_BASE_OFFSET + length as usize * element_size;
        let obj = ObjRef::from_raw(self.alloc_raw(thread, size)?);
        obj.init_header(array_class);
        obj.init_array_length(length);
        Ok(obj)
    }

    /// The size in bytes of an object (for `clone`).
    pub fn object_size(&self, obj: ObjRef) -> usize {
        let class = obj.class();
        match class.element_kind() {
            Some(kind) => ARRAY_BASE_OFFSET + obj.array_length() as usize * kind.size(),
            None => class.instance_size as usize,
        }
    }

    /// A shallow copy of `obj` (`Object.clone` after the `Cloneable` check).
    pub fn clone_object(&self, thread: &mut JavaThread, obj: ObjRef) -> JResult<ObjRef> {
        let size = self.object_size(obj);
        thread.handles.push(obj.to_slot());
        let copy = self.alloc_raw(thread, size);
        let obj = ObjRef::from_slot(thread.handles.pop().unwrap_or_default()).expect("a handle keeps its object");
        let copy = ObjRef::from_raw(copy?);
        copy.init_header(obj.class());
        if obj.class().is_array() {
            copy.init_array_length(obj.array_length());
            ObjRef::copy_body(obj, copy, size.max(ARRAY_BASE_OFFSET));
        } else {
            ObjRef::copy_body(obj, copy, size);
        }
        Ok(copy)
    }
}
