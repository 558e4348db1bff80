//! Memory goes back to the operating system when a heap is dropped and after a full collection (its own test
//! binary: resident-set measurements need a process without other tests running).

mod common;

use common::{ARRAY, Vm, config, wr};
use gc::{CollectKind, GcCause, Heap, HeapConfig};

/// This process's resident set size in bytes.
fn rss() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("statm");
    statm.split_whitespace().nth(1).and_then(|s| s.parse::<usize>().ok()).expect("rss") * 4096
}

#[test]
fn memory_is_returned_on_drop_and_after_full_collections() {
    let start = rss();
    for _ in 0..20 {
        let mut heap = Heap::new(HeapConfig { max_bytes: 1 << 30, ..HeapConfig::default() }).expect("heap");
        // Fresh memory is handed out without being written, so touch every page as objects would.
        let touch = |at: usize, len: usize| (at..at + len).step_by(4096).for_each(|a| wr(a, 1));
        let (p, n) = heap.alloc_tlab(32 << 20, 32 << 20).expect("room");
        assert_eq!(n, 32 << 20);
        touch(p.as_ptr() as usize, n);
        for _ in 0..8 {
            touch(heap.alloc_large(4 << 20).expect("room").as_ptr() as usize, 4 << 20);
        }
    }
    assert!(rss() < start + (64 << 20), "rss grew from {start} to {}", rss());
    // 128 MiB of old garbage, collected: the pages go back.
    let mut vm = Vm::new(HeapConfig { initial_bytes: 0, ..config(512 << 20, 32 << 20) }, 1);
    for _ in 0..32 {
        let array = vm.new_obj(1 << 19, ARRAY, 0).expect("room");
        assert!(vm.heap.in_old(array as *const u8));
        (0..1 << 19).step_by(512).for_each(|k| vm.set(array, k, 0));
    }
    let full = rss();
    vm.collect(CollectKind::Full, GcCause::SystemGc);
    assert!(rss() + (100 << 20) < full, "rss {full} -> {}", rss());
}

