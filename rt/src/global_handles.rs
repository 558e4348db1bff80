//! Global handles: reference slots the host holds for as long as it likes (the embedding API's object
//! handles), outside any Java frame or native's handle stack.
//!
//! A handle is an index into a per-runtime slab of `u64` reference slots with a free list, behind a mutex.
//! The collector treats every live slot as a root and updates it when the object moves
//! ([`GlobalHandles::for_each_slot`]); the host reads the slot again each time it uses the handle, so a handle
//! stays valid across collections. The table is shared (`Arc`) so that a handle dropped after its VM only
//! frees a slot in a table nobody scans any more.

use parking_lot::Mutex;

use crate::object::ObjRef;

/// The slab: slots (0 when free or null) and the indices of free slots.
#[derive(Debug, Default)]
struct Slab {
    slots: Vec<u64>,
    live: Vec<bool>,
    free: Vec<u32>,
}

/// One runtime's global handles.
#[derive(Debug, Default)]
pub struct GlobalHandles {
    slab: Mutex<Slab>,
}

impl GlobalHandles {
    /// An empty table.
    pub fn new() -> Self {
        Self::default()
    }

    /// A new handle holding `obj`; returns its index.
    pub fn create(&self, obj: ObjRef) -> u32 {
        let mut slab = self.slab.lock();
        match slab.free.pop() {
            Some(index) => {
                slab.slots[index as usize] = obj.to_slot();
                slab.live[index as usize] = true;
                index
            }
            None => {
                let index = u32::try_from(slab.slots.len()).expect("fewer than 2^32 global handles");
                slab.slots.push(obj.to_slot());
                slab.live.push(true);
                index
            }
        }
    }

    /// The object handle `index` holds now (`None` if the index is not a live handle).
    pub fn get(&self, index: u32) -> Option<ObjRef> {
        let slab = self.slab.lock();
        let i = index as usize;
        if slab.live.get(i).copied().unwrap_or(false) { ObjRef::from_slot(slab.slots[i]) } else { None }
    }

    /// Frees handle `index` (a no-op for an index that is not live).
    pub fn release(&self, index: u32) {
        let mut slab = self.slab.lock();
        let i = index as usize;
        if slab.live.get(i).copied().unwrap_or(false) {
            slab.live[i] = false;
            slab.slots[i] = 0;
            slab.free.push(index);
        }
    }

    /// How many handles are live.
    pub fn len(&self) -> usize {
        let slab = self.slab.lock();
        slab.slots.len() - slab.free.len()
    }

    /// Whether no handle is live.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f` with the address of every live, non-null slot, under the table's lock: the collector's root
    /// enumeration reads each slot and writes back the object's new address when it moves it. The addresses
    /// are valid only during the call.
    pub fn for_each_slot(&self, f: &mut dyn FnMut(*mut u64)) {
        let mut slab = self.slab.lock();
        let Slab { slots, live, .. } = &mut *slab;
        for (slot, _) in slots.iter_mut().zip(live.iter()).filter(|(slot, live)| **live && **slot != 0) {
            f(slot as *mut u64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake(addr: u64) -> ObjRef {
        ObjRef::from_slot(addr).expect("non-null")
    }

    #[test]
    fn slots_are_reused_and_enumerated() {
        let table = GlobalHandles::new();
        let a = table.create(fake(0x1000));
        let b = table.create(fake(0x2000));
        assert_eq!(table.len(), 2);
        table.release(a);
        assert_eq!(table.get(a), None);
        let c = table.create(fake(0x3000));
        assert_eq!(c, a, "a freed slot is reused");
        let mut seen = Vec::new();
        table.for_each_slot(&mut |p| {
            // SAFETY: `for_each_slot` hands out pointers to live slots of the slab, valid during the call.
            seen.push(unsafe { *p });
        });
        seen.sort_unstable();
        assert_eq!(seen, vec![0x2000, 0x3000]);
        // A collector moving the object rewrites the slot; the handle sees the new address.
        table.for_each_slot(&mut |p| {
            // SAFETY: as above; the slot is ours to update during the call.
            unsafe {
                if *p == 0x2000 {
                    *p = 0x4000;
                }
            }
        });
        assert_eq!(table.get(b), Some(fake(0x4000)));
        table.release(b);
        table.release(b);
        assert_eq!(table.len(), 1);
    }
}
