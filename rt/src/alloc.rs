//! Allocation of objects and arrays: a bump pointer in the thread's allocation buffer on the fast path, the
//! heap's lock only to refill it, and `OutOfMemoryError` when the heap is full.

use std::ptr::NonNull;

use crate::class::{ClassKind, ClassRef};
use crate::object::{ARRAY_BASE_OFFSET, HEADER_SIZE, MAX_ARRAY_LENGTH, ObjRef};
use crate::runtime::Runtime;
use crate::collect::GcRequest;
use crate::thread::{JResult, JavaThread, Tlab};

/// Size of a thread-local allocation buffer.
const TLAB_BYTES: usize = 256 * 1024;

impl Runtime {
    /// `size` bytes of zeroed memory for a new object: the bump pointer of the thread's buffer, else
    /// [`alloc_slow`](Self::alloc_slow).
    #[inline]
    fn alloc_raw(&self, thread: &mut JavaThread, size: usize) -> JResult<NonNull<u8>> {
        if self.options.check_refmaps {
            crate::refmap::check_or_abort(self, thread);
        }
        let size = size.next_multiple_of(8);
        let tlab = &mut thread.tlab;
        if tlab.limit - tlab.cursor >= size {
            let addr = tlab.cursor;
            tlab.cursor += size;
            // The buffer's memory is non-null heap memory handed out by `Heap::alloc_tlab`.
            return Ok(NonNull::new(addr as *mut u8).expect("allocation buffers are non-null"));
        }
        self.alloc_slow(thread, size)
    }

    /// The slow path: a new buffer (or, for a large object, memory in the old generation), collecting when the
    /// heap is full; `OutOfMemoryError` when a full collection cannot make room either.
    #[cold]
    fn alloc_slow(&self, thread: &mut JavaThread, size: usize) -> JResult<NonNull<u8>> {
        let stress = self.options.gc_stress;
        if let Some(interval) = stress {
            let mut state = self.gc_state.lock();
            state.stress_ticks += 1;
            if state.stress_ticks >= interval.max(1) {
                state.stress_ticks = 0;
                state.stress_collections += 1;
                let full = state.stress_collections.is_multiple_of(8);
                drop(state);
                self.collect_garbage(thread, GcRequest::Stress { full });
            }
        }
        // Stress mode hands out buffers of exactly one object, so every allocation comes through here.
        let preferred = if stress.is_some() { size } else { TLAB_BYTES };
        for attempt in 0..3 {
            let mut heap = self.heap.lock();
            let memory = if heap.is_large(size) {
                heap.alloc_large(size)
            } else {
                retire_tlab(&mut heap, thread);
                heap.alloc_tlab(size, preferred.max(size)).map(|(start, len)| {
                    let start_addr = start.as_ptr() as usize;
                    thread.tlab = Tlab { cursor: start_addr + size, limit: start_addr + len };
                    start
                })
            };
            drop(heap);
            if let Some(memory) = memory {
                return Ok(memory);
            }
            match attempt {
                0 => self.collect_garbage(thread, GcRequest::AllocationFailure),
                1 => self.collect_garbage(thread, GcRequest::LastDitch),
                _ => {}
            }
        }
        Err(self.throw_out_of_memory(thread, "Java heap space"))
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

    /// A new array of `element_class` holding `items` (protected across the array's allocation).
    pub fn new_ref_array(&self, thread: &mut JavaThread, element_class: ClassRef, items: &[ObjRef]) -> JResult<ObjRef> {
        let array_class = self.array_class_of(element_class);
        let mark = thread.handle_mark();
        let handles: Vec<_> = items.iter().map(|&item| thread.protect(Some(item))).collect();
        let array = self.alloc_array(thread, array_class, items.len() as i32);
        if let Ok(array) = array {
            for (k, &handle) in handles.iter().enumerate() {
                array.array_set::<u64>(k, thread.get(handle).map_or(0, ObjRef::to_slot));
                self.barrier().post_write(array.field_addr(ObjRef::element_offset(k, 8)));
            }
        }
        thread.release_handles(mark);
        array
    }

    /// Bytes in use, bytes committed, and the most the heap may use (`Runtime.freeMemory`/`totalMemory`/
    /// `maxMemory`).
    pub fn heap_usage(&self) -> (usize, usize, usize) {
        let heap = self.heap.lock();
        (heap.used(), heap.capacity(), heap.max())
    }

    /// The size in bytes of an object (for `clone`).
    pub fn object_size(&self, obj: ObjRef) -> usize {
        object_size(obj)
    }

    /// A shallow copy of `obj` (`Object.clone` after the `Cloneable` check).
    pub fn clone_object(&self, thread: &mut JavaThread, obj: ObjRef) -> JResult<ObjRef> {
        let size = self.object_size(obj);
        let mark = thread.handle_mark();
        let handle = thread.protect(Some(obj));
        let copy = self.alloc_raw(thread, size);
        let obj = thread.get_nonnull(handle);
        thread.release_handles(mark);
        let copy = ObjRef::from_raw(copy?);
        copy.init_header(obj.class());
        if obj.class().is_array() {
            copy.init_array_length(obj.array_length());
            ObjRef::copy_body(obj, copy, size.max(ARRAY_BASE_OFFSET));
        } else {
            ObjRef::copy_body(obj, copy, size);
        }
        // The copy may live in the old generation (a large array): its references need their cards marked
        // like any other reference store.
        let barrier = self.barrier();
        match gc::ObjectLayout::ref_slots(&crate::collect::JavaLayout::new(self), copy.addr()) {
            gc::RefSlots::None => {}
            gc::RefSlots::Fields(offsets) => offsets.iter().for_each(|&o| barrier.post_write(copy.field_addr(o as usize))),
            gc::RefSlots::Elements { first, count } => {
                (0..count).for_each(|k| barrier.post_write(copy.field_addr(first + 8 * k)));
            }
        }
        Ok(copy)
    }
}

/// The size in bytes of an object, header included, rounded up to the heap's 8-byte granule.
pub fn object_size(obj: ObjRef) -> usize {
    let class = obj.class();
    let size = match class.element_kind() {
        Some(kind) => ARRAY_BASE_OFFSET + obj.array_length() as usize * kind.size(),
        None => (class.instance_size as usize).max(HEADER_SIZE),
    };
    size.next_multiple_of(8)
}

/// Gives the unused tail of `thread`'s allocation buffer back to the heap (as a filler, so the heap stays
/// parseable) and empties the buffer: before a new buffer is taken and before every collection.
pub(crate) fn retire_tlab(heap: &mut gc::Heap, thread: &mut JavaThread) {
    let Tlab { cursor, limit } = std::mem::take(&mut thread.tlab);
    if let (Some(cursor), Some(limit)) = (NonNull::new(cursor as *mut u8), NonNull::new(limit as *mut u8)) {
        heap.retire_tlab(cursor, limit);
    }
}
