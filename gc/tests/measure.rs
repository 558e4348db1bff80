//! Measurements (ignored by default; run in release):
//! `cargo test --release -p gc --test measure -- --ignored --nocapture --test-threads 1`.

mod common;

use std::time::{Duration, Instant};

use common::{ARRAY, Vm};
use gc::{CollectKind, GcCause, HeapConfig, Policy};

/// CPU time of the calling thread (the machine is shared: wall-clock pauses include time spent descheduled).
fn cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_THREAD_CPUTIME_ID is always supported on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Runs `f`, returning its result, wall time and CPU time.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let (wall, cpu) = (Instant::now(), cpu_time());
    let out = f();
    (out, wall.elapsed(), cpu_time() - cpu)
}

fn quiet(max: usize, young: usize) -> HeapConfig {
    HeapConfig { max_bytes: max, initial_bytes: max, young_bytes: Some(young), verify: false, ..HeapConfig::default() }
}

/// Minor pauses with a 64 MiB eden where about 10 % of the allocated bytes survive each collection.
#[test]
#[ignore = "measurement"]
fn minor_pause_64m_nursery_10_percent_survival() {
    // young 80 MiB: eden 64 MiB, survivors 8 MiB each.
    let mut vm = Vm::new(quiet(1 << 30, 80 << 20), 2);
    let mut pauses = Vec::new();
    let mut n: u64 = 0;
    let eden_objects = (64u64 << 20) / 48;
    while pauses.len() < 12 {
        // 48-byte objects; every tenth joins the chain rooted in root 0; the chain is cut every two
        // nurseries' worth so old data does not grow without bound. The collection is triggered here (just
        // before eden is full) so it can be timed in CPU time too.
        if n % eden_objects == eden_objects - 100 {
            let (event, _, cpu) = timed(|| vm.collect(CollectKind::Minor, GcCause::AllocationFailure));
            pauses.push((event.pause, cpu));
        }
        let obj = vm.new_obj(2, 0, 1).expect("room");
        n += 1;
        if n.is_multiple_of(10) {
            vm.set(obj, 0, vm.roots[0]);
            vm.roots[0] = obj as u64;
        }
        if n.is_multiple_of(2 * eden_objects) {
            vm.roots[0] = 0;
        }
    }
    let mut wall: Vec<Duration> = pauses.iter().skip(1).map(|p| p.0).collect();
    let mut cpu: Vec<Duration> = pauses.iter().skip(1).map(|p| p.1).collect();
    wall.sort();
    cpu.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "minor pause, 64 MiB eden, ~10% survival: wall median {:.2} ms max {:.2} ms; CPU median {:.2} ms max {:.2} ms; {} collections, e.g. {}",
        ms(wall[wall.len() / 2]),
        ms(wall[wall.len() - 1]),
        ms(cpu[cpu.len() / 2]),
        ms(cpu[cpu.len() - 1]),
        cpu.len(),
        vm.events[vm.events.len() / 2]
    );
    // The alternative to zeroing on hand-out: the collector zeroing all of eden after each minor collection.
    vm.collect(CollectKind::Minor, GcCause::AllocationFailure);
    let (_, _, zero) = timed(|| vm.heap.alloc_tlab(64 << 20, 64 << 20).expect("an empty eden"));
    println!("  zeroing the 64 MiB eden in one go: {:.2} ms CPU (what a collector-zeroed eden adds to each pause)", ms(zero));
    let stats = vm.heap.stats();
    println!("  promoted {} MiB, minor {} full {}", stats.promoted_bytes >> 20, stats.minor.count, stats.full.count);
}

/// A full collection with about 100 MiB live (trees of small objects plus reference arrays) and as much
/// garbage interleaved.
#[test]
#[ignore = "measurement"]
fn full_gc_100m_live() {
    let mut vm = Vm::new(quiet(1 << 30, 64 << 20), 2);
    let top = vm.new_obj(4096, ARRAY, 0).expect("room");
    vm.roots[0] = top as u64;
    let mut live = 0usize;
    for chain in 0..3300 {
        // A chain of 1,000 nodes of 32 bytes, with 32 bytes of garbage after each node; root 1 holds the
        // chain's tail across allocations (which may move it).
        let head = vm.new_obj(1, 0, 0).expect("room");
        vm.set(vm.roots[0] as usize, chain, head as u64);
        vm.roots[1] = head as u64;
        for _ in 0..1000 {
            let node = vm.new_obj(1, 0, 0).expect("room");
            vm.set(vm.roots[1] as usize, 0, node as u64);
            vm.roots[1] = node as u64;
            vm.new_obj(1, 0, 0).expect("room");
            live += 32;
        }
    }
    vm.roots[1] = 0;
    let used = vm.heap.used();
    let (event, _, cpu) = timed(|| vm.collect(CollectKind::Full, GcCause::SystemGc));
    println!(
        "full GC, {} MiB live: {event} (CPU {:.1} ms; heap used {} MiB before, {} MiB after)",
        live >> 20,
        cpu.as_secs_f64() * 1e3,
        used >> 20,
        vm.heap.used() >> 20
    );
    let (event, _, cpu) = timed(|| vm.collect(CollectKind::Full, GcCause::SystemGc));
    println!("full GC again (nothing moves): {event} (CPU {:.1} ms)", cpu.as_secs_f64() * 1e3);
}

/// Allocation-buffer refill throughput (zeroing included) and object allocation throughput with everything
/// dead, generational and epsilon.
#[test]
#[ignore = "measurement"]
fn allocation_throughput() {
    for (name, policy) in [("generational", Policy::Generational), ("epsilon", Policy::Epsilon)] {
        let mut vm = Vm::new(HeapConfig { policy, ..quiet(1 << 30, 80 << 20) }, 1);
        let total: usize = if policy == Policy::Epsilon { 900 << 20 } else { 4 << 30 };
        let (start, cpu) = (Instant::now(), cpu_time());
        let mut bytes = 0;
        while bytes < total {
            match vm.heap.alloc_tlab(256 << 10, 256 << 10) {
                Some((_, n)) => bytes += n,
                None => {
                    vm.collect(CollectKind::Auto, GcCause::AllocationFailure);
                }
            }
        }
        let (secs, cpu) = (start.elapsed().as_secs_f64(), (cpu_time() - cpu).as_secs_f64());
        println!(
            "{name}: alloc_tlab 256 KiB buffers (zeroed on hand-out): {:.2} GB/s of CPU time ({} MiB, wall {:.0} ms)",
            bytes as f64 / cpu / 1e9,
            bytes >> 20,
            secs * 1e3
        );
        let mut vm = Vm::new(HeapConfig { policy, ..quiet(1 << 30, 80 << 20) }, 1);
        vm.tlab_bytes = 256 << 10;
        let count = total / 48;
        let cpu = cpu_time();
        for _ in 0..count {
            vm.new_obj(2, 0, 1).expect("room");
        }
        let secs = (cpu_time() - cpu).as_secs_f64();
        let stats = vm.heap.stats();
        println!(
            "{name}: 48-byte objects, all dead: {:.1} M objects/CPU-s ({:.2} GB/s), {} minor GCs, total pause {:.1} ms",
            count as f64 / secs / 1e6,
            (count * 48) as f64 / secs / 1e9,
            stats.minor.count,
            stats.minor.total.as_secs_f64() * 1e3
        );
    }
}
