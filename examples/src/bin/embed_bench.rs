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

fn build() -> Vm {
    VmBuilder::new().heap_limit(16 << 20).build().expect("a VM")
}

fn trivial(vm: &mut Vm) -> i32 {
    vm.call_static("java.lang.Math", "max", "(II)I", &[1.into(), 2.into()]).expect("Math.max")
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
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
    // 1. Build a VM and make one trivial static call, 30 times.
    let mut samples = Vec::new();
    for _ in 0..31 {
        let start = Instant::now();
        let mut vm = build();
        assert_eq!(trivial(&mut vm), 2);
        samples.push(start.elapsed());
    }
    let first = samples.remove(0);
    let min = samples.iter().min().copied().unwrap_or_default();
    println!("create VM + trivial static call: first {first:.2?}, then median {:.2?}, min {min:.2?}", median(samples));

    // 2. Per-call overhead.
    let mut vm = build();
    let calls = 200_000;
    for _ in 0..1000 {
        trivial(&mut vm);
    }
    let start = Instant::now();
    for _ in 0..calls {
        trivial(&mut vm);
    }
    let per_call = start.elapsed() / calls;
    let start = Instant::now();
    for _ in 0..calls / 10 {
        let _: i32 = vm.call_static("java.lang.Integer", "parseInt", "(Ljava/lang/String;)I", &["12345".into()]).expect("parseInt");
    }
    let per_string_call = start.elapsed() / (calls / 10);
    let list = vm.new_object("java.util.ArrayList", "()V", &[]).expect("a list");
    let start = Instant::now();
    for _ in 0..calls / 10 {
        let _: i32 = vm.call_method(&list, "size", "()I", &[]).expect("size");
    }
    let per_method_call = start.elapsed() / (calls / 10);
    println!(
        "per call: static (II)I {per_call:.2?}, static (String)I {per_string_call:.2?}, instance ()I {per_method_call:.2?}"
    );
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
