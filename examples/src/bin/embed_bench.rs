//! Measures the embedding API's costs (run it in release: `cargo run --release -p cortado-examples --bin
//! embed_bench`): building a VM and making a first trivial call, the per-call overhead of host-to-Java calls,
//! and the memory an idle VM holds.

use std::time::{Duration, Instant};

use vm::embed::{Vm, VmBuilder};

/// Resident set size of this process in KiB (Linux; 0 elsewhere).
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// CPU time of this thread so far (Linux's schedstat; zero elsewhere): the machine may be shared, so the
/// figures are reported in CPU time as well as wall time.
fn cpu_time() -> Duration {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    Duration::from_nanos(text.split_whitespace().next().and_then(|v| v.parse().ok()).unwrap_or(0))
}

/// Runs `f` `n` times; (wall, CPU) time per run.
fn per_run(n: u32, mut f: impl FnMut()) -> (Duration, Duration) {
    let (wall, cpu) = (Instant::now(), cpu_time());
    for _ in 0..n {
        f();
    }
    (wall.elapsed() / n, (cpu_time() - cpu) / n)
}

fn build() -> Vm {
    VmBuilder::new().heap_limit(16 << 20).build().expect("a VM")
}

fn trivial(vm: &mut Vm) -> i32 {
    vm.call_static("java.lang.Math", "max", "(II)I", &[1.into(), 2.into()]).expect("Math.max")
}

fn main() {
    // `embed_bench create N`: only build VMs, N times (for profiling).
    let args: Vec<String> = std::env::args().collect();
    if let [_, mode, n] = args.as_slice()
        && mode == "create"
    {
        for _ in 0..n.parse::<usize>().unwrap_or(100) {
            let mut vm = build();
            trivial(&mut vm);
        }
        return;
    }
    // `embed_bench calls N`: only N static calls on one VM (for profiling).
    if let [_, mode, n] = args.as_slice()
        && mode == "calls"
    {
        let mut vm = build();
        for _ in 0..n.parse::<usize>().unwrap_or(100) {
            trivial(&mut vm);
        }
        return;
    }
    // 1. Build a VM and make one trivial static call.
    let (first, _) = per_run(1, || {
        trivial(&mut build());
    });
    let (wall, cpu) = per_run(100, || {
        trivial(&mut build());
    });
    println!("create VM + trivial static call: first {first:.2?}; then {wall:.2?} wall, {cpu:.2?} CPU each (100 runs)");

    // 2. Per-call overhead.
    let mut vm = build();
    let calls = 200_000;
    per_run(1000, || {
        trivial(&mut vm);
    });
    let (wall, cpu) = per_run(calls, || {
        trivial(&mut vm);
    });
    println!("per call, static Math.max(II)I: {wall:.2?} wall, {cpu:.2?} CPU");
    let (wall, cpu) = per_run(calls / 10, || {
        let _: i32 = vm.call_static("java.lang.Integer", "parseInt", "(Ljava/lang/String;)I", &["12345".into()]).expect("parseInt");
    });
    println!("per call, static Integer.parseInt(String)I: {wall:.2?} wall, {cpu:.2?} CPU");
    let list = vm.new_object("java.util.ArrayList", "()V", &[]).expect("a list");
    let (wall, cpu) = per_run(calls, || {
        let _: i32 = vm.call_method(&list, "size", "()I", &[]).expect("size");
    });
    println!("per call, instance ArrayList.size()I: {wall:.2?} wall, {cpu:.2?} CPU");
    drop(list);
    drop(vm);

    // 3. Memory per idle VM (booted, one call made).
    let count = 20;
    let before = rss_kib();
    let vms: Vec<Vm> = (0..count)
        .map(|_| {
            let mut vm = build();
            trivial(&mut vm);
            vm
        })
        .collect();
    let during = rss_kib();
    drop(vms);
    let after = rss_kib();
    println!(
        "memory: RSS {before} KiB before, {during} KiB with {count} idle VMs ({} KiB each), {after} KiB after dropping them",
        during.saturating_sub(before) / count
    );
}
