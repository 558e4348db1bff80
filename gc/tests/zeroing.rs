//! Memory handed out again is zero: eden after a minor collection, the old generation after a full one, with
//! and without verify mode's poison (the heap zeroes only what may hold old data, and must never miss any).

mod common;

use common::{Vm, config, rd, wr};
use gc::{CollectKind, GcCause, HeapConfig};

/// Panics unless every word of `[at, at + len)` is zero.
fn assert_zero(at: usize, len: usize, what: &str) {
    if let Some(a) = (at..at + len).step_by(8).find(|&a| rd(a) != 0) {
        panic!("{what}: word at {a:#x} (offset {}) is {:#x}", a - at, rd(a));
    }
}

/// Writes a non-zero pattern over the payload of an object made by `new_obj(0, 0, extra)`.
fn scribble(obj: usize, extra: usize) {
    (0..extra).for_each(|k| wr(obj + 24 + 8 * k, 0xA5A5_A5A5_0000_0000 | k as u64));
}

fn heap_config(verify: bool) -> HeapConfig {
    HeapConfig { verify, ..config(64 << 20, 8 << 20) }
}

#[test]
fn eden_is_zero_when_handed_out_again() {
    for verify in [false, true] {
        let mut vm = Vm::new(heap_config(verify), 1);
        // Two edens' worth of garbage with non-zero payload; one object stays live throughout.
        let keep = vm.new_obj(0, 0, 30).expect("room");
        vm.roots[0] = keep as u64;
        while vm.events.len() < 2 {
            let obj = vm.new_obj(0, 0, 30).expect("room");
            scribble(obj, 30);
        }
        vm.collect(CollectKind::Minor, GcCause::SystemGc);
        let eden = vm.heap.eden_size();
        let (p, n) = vm.heap.alloc_tlab(eden, eden).expect("an empty eden");
        assert_eq!(n, eden);
        assert_zero(p.as_ptr() as usize, n, &format!("eden after a minor collection (verify {verify})"));
    }
}

#[test]
fn old_memory_is_zero_when_handed_out_again() {
    for verify in [false, true] {
        let mut vm = Vm::new(heap_config(verify), 1);
        let words = 128 << 10; // 1 MiB: large for an 8 MiB young generation
        assert!(vm.heap.is_large(words * 8));
        // A live array first, then garbage arrays above it, all scribbled over.
        for k in 0..12 {
            let obj = vm.new_obj(0, 0, words).expect("room");
            assert!(vm.heap.in_old(obj as *const u8));
            scribble(obj, words);
            if k == 0 {
                vm.roots[0] = obj as u64;
            }
        }
        // The full collection keeps the first array and frees the rest: some of the freed memory stays
        // committed (and dirty), some goes back to the OS.
        vm.collect(CollectKind::Full, GcCause::SystemGc);
        let size = (words + 3) * 8;
        for _ in 0..12 {
            let p = vm.heap.alloc_large(size).expect("room").as_ptr() as usize;
            assert_zero(p, size, &format!("old generation after a full collection (verify {verify})"));
            // A garbage object without references, scribbled over for the next round.
            wr(p + 8, (words as u64 + 3) << 32);
            scribble(p, words);
        }
        vm.collect(CollectKind::Full, GcCause::SystemGc);
        let p = vm.heap.alloc_large(12 * size).expect("room").as_ptr() as usize;
        assert_zero(p, 12 * size, &format!("old generation, second round (verify {verify})"));
    }
}
