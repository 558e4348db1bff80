//! The young generation's adaptive sizes: eden grows (without `-Xmn`) while collections find much of it
//! alive, and tenuring promotes a survivor set that would fill the survivor space instead of copying it on.

mod common;

use common::{Vm, config};
use gc::{CollectKind, GcCause, HeapConfig};

/// No `-Xmn`: a 48 MiB initial heap gives a 16 MiB young generation to start with, eden 12.8 MiB of it.
fn adaptive() -> HeapConfig {
    HeapConfig { max_bytes: 256 << 20, initial_bytes: 48 << 20, young_bytes: None, verify: true, ..HeapConfig::default() }
}

/// Allocates 64-byte objects until `collections` more collections have run, keeping every `keep_every`-th
/// one alive on a list from root 0 (0: none).
fn churn(vm: &mut Vm, collections: usize, keep_every: u64) {
    let target = vm.events.len() + collections;
    let mut n = 0u64;
    while vm.events.len() < target {
        let obj = vm.new_obj(1, 0, 4).expect("room");
        n += 1;
        if keep_every != 0 && n.is_multiple_of(keep_every) {
            vm.set(obj, 0, vm.roots[0]);
            vm.roots[0] = obj as u64;
        }
    }
}

#[test]
fn eden_starts_from_the_initial_heap_and_stays_while_little_survives() {
    let mut vm = Vm::new(adaptive(), 1);
    let start = vm.heap.eden_size();
    assert!((12 << 20..=13 << 20).contains(&start), "initial eden {start}");
    churn(&mut vm, 4, 0);
    assert!(vm.events.iter().all(|e| e.kind == CollectKind::Minor));
    assert_eq!(vm.heap.eden_size(), start, "nothing survives: eden stays as it is");
}

#[test]
fn eden_grows_while_much_survives() {
    let mut vm = Vm::new(adaptive(), 1);
    let start = vm.heap.eden_size();
    // Half of every eden survives: eden grows to eight times that (four times its size).
    churn(&mut vm, 1, 2);
    let grown = vm.heap.eden_size();
    assert!(grown >= 4 * start - (1 << 20) && grown <= 4 * start + (1 << 20), "eden {start} -> {grown}");
    churn(&mut vm, 3, 2);
    // Doubling stops at eden's reservation (about 5.3 times the start here).
    assert!(vm.heap.eden_size() >= 4 * start, "eden {} after four collections", vm.heap.eden_size());
    vm.verify();
}

#[test]
fn with_a_fixed_young_generation_eden_never_grows() {
    let mut vm = Vm::new(config(256 << 20, 16 << 20), 1);
    let eden = vm.heap.eden_size();
    churn(&mut vm, 3, 2);
    assert_eq!(vm.heap.eden_size(), eden);
}

#[test]
fn an_object_near_the_large_threshold_grows_eden_instead_of_collecting_often() {
    let mut vm = Vm::new(adaptive(), 1);
    let start = vm.heap.eden_size();
    // Below the large-object threshold (an eighth of eden's reservation), above a quarter of eden's start:
    // two fit, the third grows eden.
    let words = (start * 2 / 5) / 8;
    assert!(!vm.heap.is_large(words * 8 + 24));
    for _ in 0..3 {
        let obj = vm.new_obj(0, 0, words).expect("room");
        assert!(vm.heap.in_young(obj as *const u8));
    }
    assert!(vm.heap.eden_size() >= 4 * (words * 8), "eden {} for objects of {}", vm.heap.eden_size(), words * 8);
    assert!(vm.events.is_empty(), "grown, not collected");
}

/// Builds a list of `objects` 64-byte young objects from root 0.
fn young_list(vm: &mut Vm, objects: usize) {
    for _ in 0..objects {
        let obj = vm.new_obj(1, 0, 4).expect("room");
        vm.set(obj, 0, vm.roots[0]);
        vm.roots[0] = obj as u64;
    }
}

fn young_objects_on_list(vm: &Vm) -> (usize, usize) {
    let (mut young, mut all) = (0, 0);
    let mut p = vm.roots[0] as usize;
    while p != 0 {
        all += 1;
        young += usize::from(vm.heap.in_young(p as *const u8));
        p = Vm::get(p, 0) as usize;
    }
    (young, all)
}

#[test]
fn survivors_beyond_half_a_survivor_space_are_promoted_at_the_next_collection() {
    // 8 MiB young: survivors of 800 KiB, half of it 400 KiB; 600 KiB of survivors fit, but are too many.
    let mut vm = Vm::new(config(64 << 20, 8 << 20), 1);
    young_list(&mut vm, 600 << 10 >> 6);
    vm.collect(CollectKind::Minor, GcCause::SystemGc);
    let (young, all) = young_objects_on_list(&vm);
    assert_eq!(young, all, "the first collection keeps them in the survivor space");
    vm.collect(CollectKind::Minor, GcCause::SystemGc);
    assert_eq!(young_objects_on_list(&vm).0, 0, "the second promotes them all");
}

#[test]
fn a_small_survivor_set_ages_up_to_the_configured_threshold() {
    let mut vm = Vm::new(config(64 << 20, 8 << 20), 1);
    young_list(&mut vm, 100 << 10 >> 6);
    for _ in 0..5 {
        vm.collect(CollectKind::Minor, GcCause::SystemGc);
    }
    let (young, all) = young_objects_on_list(&vm);
    assert_eq!(young, all, "100 KiB stays young for five collections (threshold 15)");
}
