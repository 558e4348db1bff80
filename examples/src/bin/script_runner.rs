//! A script runner: evaluates untrusted Java classes, each in a fresh sandboxed VM, and reports their output or
//! why they were stopped.
//!
//! `script_runner [--fuel N] [--timeout-ms T] [--heap-mb M] <Script.class>...`: each class file is given to
//! its own VM as bytes (nothing else is on its class path), with no host capability, a heap limit, a fuel
//! budget and a deadline; its `main(String[])` runs with output captured in memory. One report per script:
//! `== Name: ok` / `exception` / `stopped (...)`, then its stdout and stderr.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use vm::embed::{CapturedIo, JavaArray, JavaValue, VmBuilder, VmError};

/// Limits for every script.
struct Limits {
    fuel: u64,
    timeout: Duration,
    heap: usize,
}

fn main() -> ExitCode {
    let mut limits = Limits { fuel: 20_000_000, timeout: Duration::from_secs(2), heap: 32 << 20 };
    let mut scripts = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |what: &str| args.next().and_then(|v| v.parse::<u64>().ok()).ok_or(what.to_owned());
        let parsed = match arg.as_str() {
            "--fuel" => number("--fuel N").map(|n| limits.fuel = n),
            "--timeout-ms" => number("--timeout-ms T").map(|n| limits.timeout = Duration::from_millis(n)),
            "--heap-mb" => number("--heap-mb M").map(|n| limits.heap = (n as usize) << 20),
            _ => {
                scripts.push(arg);
                Ok(())
            }
        };
        if let Err(usage) = parsed {
            eprintln!("script_runner: expected {usage}");
            return ExitCode::from(2);
        }
    }
    if scripts.is_empty() {
        eprintln!("usage: script_runner [--fuel N] [--timeout-ms T] [--heap-mb M] <Script.class>...");
        return ExitCode::from(2);
    }
    let mut all_ok = true;
    for path in &scripts {
        all_ok &= run_script(path, &limits);
    }
    if all_ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Runs one script and prints its report; whether it finished normally.
fn run_script(path: &str, limits: &Limits) -> bool {
    let name = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or(path).to_owned();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            println!("== {name}: cannot read {path}: {e}");
            return false;
        }
    };
    let io = Arc::new(CapturedIo::default());
    let start = Instant::now();
    let outcome = VmBuilder::new()
        .class_bytes(&name, bytes)
        .heap_limit(limits.heap)
        .fuel(limits.fuel)
        .timeout(limits.timeout)
        .io(io.clone())
        .build()
        .and_then(|mut vm| {
            let args = JavaValue::Array(JavaArray::String(Vec::new()));
            let result = vm.call_static::<()>(&name, "main", "([Ljava/lang/String;)V", &[args]);
            result.map(|()| vm.last_fuel_used())
        });
    let elapsed = start.elapsed();
    let ok = outcome.is_ok();
    let verdict = match outcome {
        Ok(fuel) => format!("ok ({} polls, {elapsed:.1?})", fuel.unwrap_or(0)),
        Err(VmError::Exception(e)) => format!("exception {e}"),
        Err(VmError::BudgetExhausted) => format!("stopped (fuel budget of {} polls exhausted)", limits.fuel),
        Err(VmError::DeadlineExceeded) => format!("stopped (deadline of {:?} passed)", limits.timeout),
        Err(VmError::Exited(status)) => format!("exited with status {status}"),
        Err(other) => format!("failed ({other})"),
    };
    println!("== {name}: {verdict}");
    for (label, text) in [("out", io.take_stdout()), ("err", io.take_stderr())] {
        for line in text.lines() {
            println!("   {label}| {line}");
        }
    }
    ok
}
