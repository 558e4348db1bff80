//! The collector against a synthetic layout: random graphs checked against a model across many minor and
//! full collections, aging and promotion, card marking, deep lists, weak and soft references, large objects,
//! preserved mark bits, the verifier, out-of-memory and returning memory.

mod common;

use std::collections::HashMap;

use common::{ARRAY, Layout, Roots, Rng, SOFT, Vm, WEAK, config, rd, wr};
use gc::{CollectKind, GcCause, Heap, HeapConfig, HeapCorruption, Policy};

/// The model: each object's strong references by id, the referents of weak and soft reference objects
/// (`None` once the collector has cleared one), and the roots.
#[derive(Default)]
struct Model {
    refs: HashMap<u64, Vec<Option<u64>>>,
    referents: HashMap<u64, Option<u64>>,
    roots: Vec<Option<u64>>,
}

/// Checks that the heap graph strongly reachable from the roots is the model's, with one address per object,
/// and that each reachable reference object's referent is the strongly reachable object it was set to, or,
/// if that object is no longer strongly reachable, that object or null (cleared, recorded in the model).
fn check(vm: &Vm, model: &mut Model) {
    let mut seen: HashMap<u64, usize> = HashMap::new();
    let mut stack = Vec::new();
    for (i, root) in model.roots.iter().enumerate() {
        match root {
            None => assert_eq!(vm.roots[i], 0, "root {i} should be null"),
            Some(id) => stack.push((vm.roots[i] as usize, *id)),
        }
    }
    while let Some((addr, id)) = stack.pop() {
        assert_ne!(addr, 0, "object {id} lost");
        assert!(vm.heap.contains(addr as *const u8), "object {id} at {addr:#x} outside the heap");
        if let Some(&at) = seen.get(&id) {
            assert_eq!(at, addr, "object {id} seen at two addresses");
            continue;
        }
        seen.insert(id, addr);
        assert_eq!(Vm::id(addr), id, "object at {addr:#x}");
        let refs = &model.refs[&id];
        assert_eq!(Vm::nrefs(addr), refs.len());
        for (k, r) in refs.iter().enumerate() {
            let v = Vm::get(addr, k) as usize;
            match r {
                None => assert_eq!(v, 0, "object {id} field {k}"),
                Some(rid) => stack.push((v, *rid)),
            }
        }
    }
    for (&id, &addr) in &seen {
        let Some(referent) = model.referents.get_mut(&id) else { continue };
        let r = Vm::referent(addr) as usize;
        match *referent {
            None => assert_eq!(r, 0, "reference {id} was cleared"),
            Some(rid) => match seen.get(&rid) {
                Some(&at) => assert_eq!(r, at, "reference {id} to strongly reachable {rid}"),
                None if r == 0 => *referent = None,
                None => assert_eq!(Vm::id(r), rid, "reference {id} to weakly reachable {rid}"),
            },
        }
    }
}

/// Random mutations of a graph held by 64 roots, with collections of every kind (explicit ones if
/// `explicit_gcs`, else only those allocation triggers), checked against the model.
fn random_graph(seed: u64, config: HeapConfig, steps: usize, explicit_gcs: bool) -> Vm {
    let mut vm = Vm::new(config, 64);
    let mut model = Model { roots: vec![None; 64], ..Model::default() };
    let mut rng = Rng(seed);
    for step in 0..steps {
        let i = rng.below(64);
        let j = rng.below(64);
        match rng.below(100) {
            0..40 => {
                let (n, flags, extra) = match rng.below(200) {
                    0 => (20_000 + rng.below(5000), ARRAY, 0),
                    1..8 => (rng.below(300), ARRAY, rng.below(4)),
                    8..28 => (rng.below(3), [WEAK, SOFT][rng.below(2)], rng.below(2)),
                    _ => (rng.below(5), 0, rng.below(6)),
                };
                let obj = vm.new_obj(n, flags, extra).expect("room");
                let id = Vm::id(obj);
                let mut refs = vec![None; n];
                for (k, r) in refs.iter_mut().enumerate().take(8) {
                    let src = (j + k) % 64;
                    if rng.below(3) > 0 && vm.roots[src] != 0 {
                        vm.set(obj, k, vm.roots[src]);
                        *r = model.roots[src];
                    }
                }
                model.refs.insert(id, refs);
                if flags & (WEAK | SOFT) != 0 {
                    vm.set_referent(obj, vm.roots[j]);
                    model.referents.insert(id, model.roots[j]);
                }
                vm.roots[i] = obj as u64;
                model.roots[i] = Some(id);
            }
            40..70 => {
                // Store root j into a field of root i.
                let obj = vm.roots[i] as usize;
                if obj != 0 && Vm::nrefs(obj) > 0 {
                    let id = model.roots[i].expect("model root");
                    let k = rng.below(Vm::nrefs(obj));
                    vm.set(obj, k, vm.roots[j]);
                    model.refs.get_mut(&id).expect("model object")[k] = model.roots[j];
                }
            }
            70..85 if model.roots[j].is_some_and(|id| model.referents.contains_key(&id)) && rng.below(2) == 0 => {
                // `get()` of the reference object at root j into root i.
                let obj = vm.roots[j] as usize;
                let id = model.roots[j].expect("model root");
                let r = Vm::referent(obj);
                let referent = model.referents[&id];
                if r == 0 {
                    model.referents.insert(id, None);
                } else {
                    assert_eq!(Some(Vm::id(r as usize)), referent, "referent of {id}");
                }
                vm.roots[i] = r;
                model.roots[i] = if r == 0 { None } else { referent };
            }
            70..85 => {
                // Load a field of root j into root i.
                let obj = vm.roots[j] as usize;
                if obj != 0 && Vm::nrefs(obj) > 0 {
                    let id = model.roots[j].expect("model root");
                    let k = rng.below(Vm::nrefs(obj));
                    vm.roots[i] = Vm::get(obj, k);
                    model.roots[i] = model.refs[&id][k];
                }
            }
            n if n < 97 || !explicit_gcs => {
                vm.roots[i] = 0;
                model.roots[i] = None;
            }
            97 => {
                vm.collect(CollectKind::Minor, GcCause::Stress);
            }
            98 => {
                vm.collect(CollectKind::Full, GcCause::SystemGc);
            }
            _ => {
                vm.collect(CollectKind::Auto, GcCause::Stress);
            }
        }
        if step % 997 == 0 {
            check(&vm, &mut model);
        }
    }
    check(&vm, &mut model);
    vm.collect(CollectKind::Full, GcCause::SystemGc);
    check(&vm, &mut model);
    let cleared = model.referents.values().filter(|r| r.is_none()).count();
    assert!(cleared > 0 && cleared < model.referents.len(), "{cleared} of {} references cleared", model.referents.len());
    vm
}

#[test]
fn random_graphs_survive_minor_and_full_collections() {
    for seed in [1, 2, 3] {
        let vm = random_graph(0x9E37_79B9_7F4A_7C15 ^ seed, config(16 << 20, 2 << 20), 60_000, true);
        let stats = vm.heap.stats();
        assert!(stats.minor.count > 50, "minor collections: {}", stats.minor.count);
        assert!(stats.full.count > 10, "full collections: {}", stats.full.count);
        assert!(stats.promoted_bytes > 0);
    }
}

#[test]
fn random_graphs_with_a_low_tenuring_threshold_and_a_tight_heap() {
    let config = HeapConfig { tenuring_threshold: 2, ..config(6 << 20, 1 << 20) };
    let vm = random_graph(77, config, 40_000, false);
    assert!(vm.events.iter().any(|e| e.kind == CollectKind::Full && e.cause != GcCause::SystemGc));
}

#[test]
fn objects_age_in_the_survivors_and_are_promoted_at_the_threshold() {
    let mut vm = Vm::new(HeapConfig { tenuring_threshold: 3, ..config(16 << 20, 4 << 20) }, 1);
    let obj = vm.new_obj(0, 0, 1).expect("room");
    vm.roots[0] = obj as u64;
    for gc in 1..=3 {
        let before = vm.roots[0];
        let event = vm.collect(CollectKind::Minor, GcCause::Stress);
        assert_eq!(event.kind, CollectKind::Minor);
        let now = vm.roots[0] as usize;
        assert_ne!(now as u64, before, "collection {gc} moves the object");
        assert_eq!(Vm::id(now), 1);
        let age = (rd(now) >> 3) & 0xF;
        if gc < 3 {
            assert!(vm.heap.in_young(now as *const u8), "collection {gc}: still young");
            assert_eq!(age, gc);
        } else {
            assert!(vm.heap.in_old(now as *const u8), "promoted at the threshold");
            assert_eq!(age, 0);
        }
    }
    assert_eq!(vm.heap.stats().promoted_bytes, 32);
}

#[test]
fn survivor_overflow_promotes_early() {
    // 1 MiB young: survivors of ~100 KiB; 400 KiB of live young objects cannot all stay young.
    let mut vm = Vm::new(config(16 << 20, 1 << 20), 1);
    let array = vm.new_obj(400, ARRAY, 0).expect("room");
    vm.roots[0] = array as u64;
    for k in 0..400 {
        let obj = vm.new_obj(0, 0, 125).expect("room");
        let array = vm.roots[0] as usize;
        vm.set(array, k, obj as u64);
    }
    vm.collect(CollectKind::Minor, GcCause::Stress);
    let array = vm.roots[0] as usize;
    let old = (0..400).filter(|&k| vm.heap.in_old(Vm::get(array, k) as *const u8)).count();
    assert!(old > 250 && old < 400, "{old} of 400 promoted");
    assert!(vm.heap.stats().promoted_bytes >= old * 1024);
}

#[test]
fn card_marked_old_to_young_references_survive_minor_collections() {
    let mut vm = rooted_survivor(1, 2, 0, 2);
    let holder = vm.roots[0] as usize;
    assert!(vm.heap.in_old(holder as *const u8));
    // Young objects reachable only through the old holder.
    let young = vm.new_obj(1, 0, 0).expect("room");
    let young_child = vm.new_obj(0, 0, 3).expect("room");
    vm.set(young, 0, young_child as u64);
    let (young_id, child_id) = (Vm::id(young), Vm::id(young_child));
    vm.set(holder, 1, young as u64);
    for _ in 0..3 {
        vm.collect(CollectKind::Minor, GcCause::Stress);
        let y = Vm::get(holder, 1) as usize;
        assert_eq!(Vm::id(y), young_id);
        assert_eq!(Vm::id(Vm::get(y, 0) as usize), child_id);
    }
    // Now promoted (threshold 1): the card is cleaned, and a new young store dirties it again.
    assert!(vm.heap.in_old(Vm::get(holder, 1) as *const u8));
    let again = vm.new_obj(0, 0, 0).expect("room");
    vm.set(holder, 0, again as u64);
    vm.collect(CollectKind::Minor, GcCause::Stress);
    assert!(vm.heap.contains(Vm::get(holder, 0) as *const u8));
}

#[test]
fn the_verifier_catches_a_missing_write_barrier_and_a_bad_pointer() {
    let mut vm = Vm::new(HeapConfig { tenuring_threshold: 1, verify: false, ..config(16 << 20, 4 << 20) }, 2);
    let holder = vm.new_obj(2, 0, 0).expect("room");
    vm.roots[0] = holder as u64;
    vm.collect(CollectKind::Minor, GcCause::Stress);
    let holder = vm.roots[0] as usize;
    vm.verify();
    let young = vm.new_obj(0, 0, 0).expect("room");
    wr(Vm::slot(holder, 0), young as u64); // no barrier
    let err = vm.heap.verify(&Layout, &mut Roots(&mut vm.roots)).unwrap_err();
    assert!(matches!(err, HeapCorruption::CleanCard { .. }), "{err}");
    vm.set(holder, 0, young as u64);
    vm.verify();
    wr(Vm::slot(holder, 1), young as u64 + 8);
    let err = vm.heap.verify(&Layout, &mut Roots(&mut vm.roots)).unwrap_err();
    assert_eq!(err, HeapCorruption::NotAnObject { slot: Vm::slot(holder, 1), value: young as u64 + 8 });
    wr(Vm::slot(holder, 1), 0);
    vm.roots[1] = 0xDEAD_BEE8;
    assert!(matches!(vm.heap.verify(&Layout, &mut Roots(&mut vm.roots)), Err(HeapCorruption::NotAnObject { .. })));
}

#[test]
fn a_ten_million_node_list_is_marked_without_recursion() {
    let mut vm = Vm::new(HeapConfig { verify: false, ..config(768 << 20, 64 << 20) }, 1);
    let n = 10_000_000;
    for _ in 0..n {
        let node = vm.new_obj(1, 0, 0).expect("room");
        vm.set(node, 0, vm.roots[0]);
        vm.roots[0] = node as u64;
    }
    vm.collect(CollectKind::Full, GcCause::SystemGc);
    vm.collect(CollectKind::Full, GcCause::SystemGc);
    let (mut p, mut count, mut last_id) = (vm.roots[0] as usize, 0, u64::MAX);
    while p != 0 {
        let id = Vm::id(p);
        assert!(id < last_id);
        last_id = id;
        count += 1;
        p = Vm::get(p, 0) as usize;
    }
    assert_eq!(count, n);
    assert_eq!(vm.heap.used(), n * 32);
}

/// Weak and soft references across minor and full collections.
fn weak_and_soft(kind: CollectKind) {
    let mut vm = Vm::new(config(16 << 20, 4 << 20), 5);
    let weak_dead = vm.new_obj(0, WEAK, 0).expect("room");
    vm.roots[0] = weak_dead as u64;
    let weak_live = vm.new_obj(0, WEAK, 0).expect("room");
    vm.roots[1] = weak_live as u64;
    let soft = vm.new_obj(0, SOFT, 0).expect("room");
    vm.roots[2] = soft as u64;
    let dead = vm.new_obj(0, 0, 0).expect("room");
    let live = vm.new_obj(0, 0, 0).expect("room");
    let softly = vm.new_obj(0, 0, 0).expect("room");
    vm.roots[3] = live as u64;
    vm.set_referent(vm.roots[0] as usize, dead as u64);
    vm.set_referent(vm.roots[1] as usize, live as u64);
    vm.set_referent(vm.roots[2] as usize, softly as u64);
    let (live_id, softly_id) = (Vm::id(live), Vm::id(softly));
    let event = vm.collect(kind, GcCause::SystemGc);
    assert_eq!(event.cleared_references, vec![vm.roots[0]]);
    assert_eq!(Vm::referent(vm.roots[0] as usize), 0);
    assert_eq!(Vm::referent(vm.roots[1] as usize), vm.roots[3], "weak referent updated to the moved object");
    assert_eq!(Vm::id(vm.roots[3] as usize), live_id);
    assert_eq!(Vm::id(Vm::referent(vm.roots[2] as usize) as usize), softly_id, "soft referent kept");
    let event = vm.collect(kind, GcCause::LastDitch);
    assert_eq!(event.cleared_references, vec![vm.roots[2]], "last ditch clears soft references");
    vm.roots[3] = 0;
    let event = vm.collect(CollectKind::Full, GcCause::SystemGc);
    assert_eq!(event.cleared_references, vec![vm.roots[1]]);
}

#[test]
fn weak_and_soft_references_in_minor_collections() {
    weak_and_soft(CollectKind::Minor);
}

#[test]
fn weak_and_soft_references_in_full_collections() {
    weak_and_soft(CollectKind::Full);
}

/// A VM with tenuring threshold `threshold` whose root 0 holds an object (`refs` references, `flags`) that has
/// survived one minor collection.
fn rooted_survivor(threshold: u32, refs: usize, flags: u64, roots: usize) -> Vm {
    let mut vm = Vm::new(HeapConfig { tenuring_threshold: threshold, ..config(16 << 20, 4 << 20) }, roots);
    let obj = vm.new_obj(refs, flags, 0).expect("room");
    vm.roots[0] = obj as u64;
    vm.collect(CollectKind::Minor, GcCause::Stress);
    vm
}

#[test]
fn an_old_weak_reference_to_a_young_referent() {
    let mut vm = rooted_survivor(1, 0, WEAK, 2);
    let weak = vm.roots[0] as usize;
    assert!(vm.heap.in_old(weak as *const u8));
    let referent = vm.new_obj(0, 0, 0).expect("room");
    vm.roots[1] = referent as u64;
    vm.set_referent(weak, referent as u64);
    let event = vm.collect(CollectKind::Minor, GcCause::Stress);
    assert!(event.cleared_references.is_empty());
    assert_eq!(Vm::referent(weak), vm.roots[1]);
    let young = vm.new_obj(0, 0, 0).expect("room");
    vm.set_referent(weak, young as u64);
    let event = vm.collect(CollectKind::Minor, GcCause::Stress);
    assert_eq!(event.cleared_references, vec![weak as u64]);
    assert_eq!(Vm::referent(weak), 0);
}

#[test]
fn large_objects_go_to_the_old_generation_and_are_reclaimed() {
    let mut vm = Vm::new(config(32 << 20, 4 << 20), 2);
    let size = 200_000;
    assert!(vm.heap.is_large(size * 8));
    let big = vm.new_obj(size, ARRAY, 0).expect("room");
    assert!(vm.heap.in_old(big as *const u8));
    vm.roots[0] = big as u64;
    // Initialising stores of young objects into the large (old) array go through the barrier.
    for k in (0..size).step_by(1000) {
        let obj = vm.new_obj(0, 0, 0).expect("room");
        vm.set(vm.roots[0] as usize, k, obj as u64);
    }
    vm.collect(CollectKind::Minor, GcCause::Stress);
    let big = vm.roots[0] as usize;
    assert_eq!(big, vm.roots[0] as usize);
    for k in (0..size).step_by(1000) {
        assert!(vm.heap.contains(Vm::get(big, k) as *const u8));
    }
    let used = vm.heap.used();
    vm.roots[0] = 0;
    vm.collect(CollectKind::Full, GcCause::SystemGc);
    assert!(vm.heap.used() + size * 8 <= used, "{} -> {}", used, vm.heap.used());
}

#[test]
fn identity_hash_and_lock_bits_survive_copying_and_compaction() {
    let mut vm = Vm::new(HeapConfig { tenuring_threshold: 2, ..config(16 << 20, 4 << 20) }, 3);
    let hash: u64 = 0x5A5A_1234;
    for r in 0..3 {
        let garbage = vm.new_obj(3, 0, 7).expect("room");
        let _ = garbage;
        let obj = vm.new_obj(1, 0, r).expect("room");
        wr(obj, (hash + r as u64) << 8 | 0b01);
        vm.roots[r] = obj as u64;
    }
    let check = |vm: &Vm| {
        for r in 0..3 {
            let m = rd(vm.roots[r] as usize);
            assert_eq!(m >> 8, hash + r as u64, "hash of object {r}");
            assert_eq!(m & 0b11, 0b01, "lock bits of object {r}");
        }
    };
    for kind in [CollectKind::Minor, CollectKind::Minor, CollectKind::Full, CollectKind::Minor, CollectKind::Full] {
        vm.collect(kind, GcCause::SystemGc);
        check(&vm);
    }
}

#[test]
fn out_of_memory_leaves_the_heap_usable() {
    let mut vm = Vm::new(config(8 << 20, 2 << 20), 2);
    let mut chain = 0;
    while let Some(obj) = vm.new_obj(1, 0, 64) {
        vm.set(obj, 0, vm.roots[0]);
        vm.roots[0] = obj as u64;
        chain += 1;
    }
    assert!(chain > 10_000);
    // The chain fills more than the old generation: full collections left its young part in eden.
    let (mut p, mut length) = (vm.roots[0] as usize, 0);
    while p != 0 {
        length += 1;
        p = Vm::get(p, 0) as usize;
    }
    assert_eq!(length, chain);
    assert!(vm.events.iter().any(|e| e.cause == GcCause::LastDitch));
    assert!(vm.heap.alloc_large(4 << 20).is_none());
    assert!(vm.heap.alloc_large(usize::MAX - 3).is_none());
    assert!(vm.heap.alloc_tlab(usize::MAX - 3, usize::MAX).is_none());
    // Emergency room for the OutOfMemoryError.
    vm.heap.set_emergency(true);
    assert!(vm.heap.alloc_tlab(64, 4096).is_some());
    vm.heap.set_emergency(false);
    // Dropping the chain makes room again.
    vm.roots[0] = 0;
    assert!(vm.new_obj(0, 0, 1000).is_some());
    vm.verify();
}

#[test]
fn the_epsilon_policy_never_collects() {
    let mut vm = Vm::new(HeapConfig { policy: Policy::Epsilon, ..config(4 << 20, 1 << 20) }, 1);
    let mut n = 0;
    while vm.new_obj(0, 0, 6).is_some() {
        n += 1;
    }
    assert!(n > 57_000 && n <= (4 << 20) / 72, "{n}");
    assert!(vm.events.iter().all(|e| e.used_before == e.used_after));
    assert_eq!(vm.heap.stats().minor.count + vm.heap.stats().full.count, 0);
}

#[test]
fn events_print_like_hotspot() {
    let mut vm = Vm::new(config(64 << 20, 16 << 20), 1);
    for _ in 0..100_000 {
        let obj = vm.new_obj(0, 0, 30).expect("room");
        vm.roots[0] = obj as u64;
    }
    let young = vm.collect(CollectKind::Minor, GcCause::AllocationFailure).to_string();
    let full = vm.collect(CollectKind::Full, GcCause::SystemGc).to_string();
    let pattern = |s: &str, prefix: &str| {
        let rest = s.strip_prefix(prefix).unwrap_or_else(|| panic!("{s}"));
        let (sizes, pause) = rest.split_once(' ').expect("pause");
        assert!(sizes.contains("M->") && sizes.ends_with("M)"), "{s}");
        assert!(pause.ends_with("ms") && pause.trim_end_matches("ms").parse::<f64>().is_ok(), "{s}");
    };
    let n = vm.events.len();
    pattern(&young, &format!("GC({}) Pause Young (Allocation Failure) ", n - 2));
    pattern(&full, &format!("GC({}) Pause Full (System.gc()) ", n - 1));
}

#[test]
fn heap_configuration_errors_are_typed() {
    assert!(matches!(Heap::new(HeapConfig { max_bytes: 1000, ..HeapConfig::default() }), Err(gc::HeapInitError::TooSmall { .. })));
    let young = HeapConfig { max_bytes: 8 << 20, young_bytes: Some(8 << 20), ..HeapConfig::default() };
    assert!(matches!(Heap::new(young), Err(gc::HeapInitError::YoungTooLarge { .. })));
    let heap = Heap::new(HeapConfig::default()).expect("heap");
    assert!(heap.max() <= 1 << 30 && heap.max() > 900 << 20);
    assert!(heap.capacity() >= 64 << 20);
}

/// More seeds and shapes of the random-graph test (run in release: `cargo test --release -p gc --test
/// collector -- --ignored`).
#[test]
#[ignore = "long"]
fn random_graphs_many_seeds() {
    let seeds: u64 = std::env::var("GC_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    for seed in 0..seeds {
        let threshold = (seed % 4) as u32 * 5;
        let young = [1 << 20, 2 << 20, 3 << 20][seed as usize % 3];
        let max = [12 << 20, 6 << 20, 24 << 20][(seed / 3) as usize % 3];
        let config = HeapConfig { tenuring_threshold: threshold, ..config(max, young) };
        random_graph(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1, config, 100_000, seed % 2 == 0);
    }
}

#[test]
fn arbitrary_sizes_give_aligned_generations() {
    for (max, young) in [(64 << 20, None), (10_000_019, None), (64 << 20, Some(1_000_001)), (3 << 20, Some(1 << 20))] {
        let mut vm = Vm::new(HeapConfig { young_bytes: young, ..config(max, 0) }, 1);
        for i in 0..800_000 {
            let obj = vm.new_obj(1, 0, 1).expect("room");
            assert_eq!(obj % 8, 0);
            if i % 20_000 == 0 {
                vm.roots[0] = 0;
            }
            if vm.roots[0] == 0 || obj.is_multiple_of(3) {
                vm.set(obj, 0, vm.roots[0]);
                vm.roots[0] = obj as u64;
            }
        }
        vm.collect(CollectKind::Full, GcCause::SystemGc);
        assert!(vm.heap.stats().minor.count > 0, "max {max} young {young:?}");
    }
}

#[test]
fn a_promoted_soft_reference_keeps_its_young_referent_card_dirty() {
    let mut vm = rooted_survivor(2, 0, SOFT, 1);
    let referent = vm.new_obj(0, 0, 0).expect("room");
    let id = Vm::id(referent);
    vm.set_referent(vm.roots[0] as usize, referent as u64);
    // The reference object is promoted, its referent copied to the survivor space: the verifier (on in this
    // configuration) checks the card of the referent slot.
    vm.collect(CollectKind::Minor, GcCause::Stress);
    let soft = vm.roots[0] as usize;
    assert!(vm.heap.in_old(soft as *const u8));
    assert!(vm.heap.in_young(Vm::referent(soft) as *const u8));
    vm.collect(CollectKind::Minor, GcCause::Stress);
    assert_eq!(Vm::id(Vm::referent(vm.roots[0] as usize) as usize), id);
}
