//! Running a program's `main` on a fresh VM: build the runtime (class library, natives, execution engine with
//! its tiering policy),
//! boot it, run `System.initPhase1`, load and initialize the main class, call `main(String[])`, report an
//! uncaught exception as HotSpot does, wait for the other user threads (HotSpot's `DestroyJavaVM`), run the
//! shutdown sequence, and give back the exit status. Daemon threads still running then are abandoned: the
//! process ends under them.

use std::sync::Arc;

use rt::threads::ThreadState;
use rt::{JavaThread, LoaderId, Runtime, RuntimeOptions, Thrown};
use thiserror::Error;

use crate::tiering::TieringConfig;

/// Why a program could not be run at all (as opposed to running and failing, which is an exit status).
#[derive(Debug, Error)]
pub enum RunError {
    /// The class library lacks something the VM needs.
    #[error(transparent)]
    Boot(#[from] rt::BootError),
    /// The class library's startup code threw.
    #[error("Error occurred during initialization of boot layer\n{0}")]
    Startup(String),
    /// The thread that runs Java could not be started.
    #[error("cortado: cannot start the main thread: {0}")]
    Thread(std::io::Error),
}

/// Runs `main_class.main(args)` (binary name, dots or slashes) and returns the process exit status.
pub fn run_main(options: RuntimeOptions, tiering: TieringConfig, main_class: &str, args: &[String]) -> Result<i32, RunError> {
    let main_class = main_class.replace('.', "/");
    let args = args.to_vec();
    let stack_slots = options.stack_slots;
    let runtime = Arc::new(Runtime::new(options, Box::new(stdlib::BootSource), stdlib::natives::registry()));
    let jit = crate::tiering::install(&runtime, tiering);
    let rt = runtime.clone();
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(runtime.thread_stack_bytes())
        .spawn(move || {
            let mut thread = rt.attach_thread(Box::new(JavaThread::new("main", stack_slots)), false, ThreadState::InJava);
            let status = run_on_thread(&rt, &mut thread, &main_class, &args);
            drop(thread);
            rt.io().flush();
            if rt.options().print_stats {
                eprint!("{}{}", rt.stats_report(), jit_stats_report(jit.as_deref()));
            }
            status
        })
        .map_err(RunError::Thread)?;
    handle.join().unwrap_or_else(|_| Err(RunError::Startup("the VM's main thread panicked".into())))
}

/// The JIT's part of `--stats`: methods compiled (OSR versions among them) and bailed out (by reason),
/// machine code in the code cache, compile time, inlining, call-site caches.
fn jit_stats_report(jit: Option<&jit::Jit>) -> String {
    let Some(jit) = jit else { return "  JIT:                  off (-Xint)\n".to_owned() };
    let stats = jit.stats();
    let mut out = format!(
        "  methods compiled:     {} ({} bytes of code, {:.1} ms compiling)\n  OSR compilations:     {}\n  compile bailouts:     {}\n",
        stats.compiled,
        stats.code_bytes,
        stats.compile_time.as_secs_f64() * 1000.0,
        stats.osr_compiled,
        stats.bailed
    );
    for (reason, count) in &stats.bailouts {
        out.push_str(&format!("    {count:>6}  {reason}\n"));
    }
    out.push_str(&format!("  calls inlined:        {} ({} behind a vtable guard)\n", stats.inlined, stats.inlined_guarded));
    out.push_str(&format!("  locks coarsened:      {}\n", stats.locks_coarsened));
    out.push_str(&format!(
        "  call-site caches:     {} ({} megamorphic, {} calls through the runtime)\n",
        stats.cache_sites, stats.cache_megamorphic, stats.cache_misses
    ));
    out
}

fn run_on_thread(rt: &Runtime, thread: &mut JavaThread, main_class: &str, args: &[String]) -> Result<i32, RunError> {
    rt.boot(thread)?;
    if let Err(Thrown) = call_static(rt, thread, "java/lang/System", "initPhase1", "()V") {
        return Err(RunError::Startup(describe_pending(rt, thread)));
    }
    if let Err(Thrown) = rt.preallocate_out_of_memory_error(thread) {
        return Err(RunError::Startup(describe_pending(rt, thread)));
    }
    let outcome = match link_main(rt, thread, main_class) {
        Ok(class) => run_program(rt, thread, class, args),
        Err((stage, Thrown)) if thread.pending.is_some() && thread.exit_status.is_none() => {
            report_launch_failure(rt, thread, main_class, stage);
            return Ok(1);
        }
        Err((_, thrown)) => Err(thrown),
    };
    if let Some(status) = thread.exit_status {
        // The status System.exit asked for on whichever thread (this one unwound because of it).
        return Ok(rt.threads.exit_status().unwrap_or(status));
    }
    let status = match outcome {
        Ok(()) => 0,
        Err(Thrown) => {
            rt.report_uncaught(thread);
            1
        }
    };
    if let Some(status) = thread.exit_status {
        return Ok(rt.threads.exit_status().unwrap_or(status));
    }
    // HotSpot's DestroyJavaVM: the VM ends when the last user (non-daemon) thread does, or when one of them
    // calls System.exit meanwhile.
    let me: *const JavaThread = thread;
    if let Some(exit) = rt.blocking(thread, || rt.threads.wait_for_user_threads(me)) {
        return Ok(exit);
    }
    if thread.exit_status.is_none() {
        let _ = call_static(rt, thread, "java/lang/Shutdown", "shutdown", "()V");
        thread.pending = None;
    }
    Ok(thread.exit_status.unwrap_or(status))
}

/// Where launching the main class stopped.
#[derive(Debug, Clone, Copy)]
enum LaunchStage {
    /// Loading it (or its supertypes).
    Load,
    /// Linking it (verification).
    Link,
}

/// Loads and links (so verifies) the main class, as the `java` launcher does before looking up `main`.
fn link_main(rt: &Runtime, thread: &mut JavaThread, main_class: &str) -> Result<rt::ClassRef, (LaunchStage, Thrown)> {
    let class = rt.load_class(thread, main_class, LoaderId::App).map_err(|t| (LaunchStage::Load, t))?;
    rt.link_class(thread, class).map_err(|t| (LaunchStage::Link, t))?;
    Ok(class)
}

/// HotSpot's launcher report when the main class cannot be loaded or linked: `Error: Could not find or load
/// main class X` or `Error: Unable to initialize main class X`, then `Caused by: <exception>: <message>`.
fn report_launch_failure(rt: &Runtime, thread: &mut JavaThread, main_class: &str, stage: LaunchStage) {
    let description = describe_pending(rt, thread);
    let first_line = description.lines().next().unwrap_or_default();
    let lead = match stage {
        LaunchStage::Load => "Could not find or load",
        LaunchStage::Link => "Unable to initialize",
    };
    let text = format!("Error: {lead} main class {}\nCaused by: {first_line}\n", main_class.replace('/', "."));
    rt.io().write(2, text.as_bytes());
}

/// Initializes the main class and runs `main`.
fn run_program(rt: &Runtime, thread: &mut JavaThread, class: rt::ClassRef, args: &[String]) -> Result<(), Thrown> {
    rt.ensure_initialized(thread, class)?;
    let main = class.declared_method("main", "([Ljava/lang/String;)V").filter(|m| m.is_static());
    let Some(main) = main else {
        let message = format!("{}.main([Ljava/lang/String;)V", class.name);
        return Err(rt.throw_new(thread, "java/lang/NoSuchMethodError", Some(&message)));
    };
    let array = rt.new_string_array(thread, args)?;
    rt.invoke(thread, main, &[array.to_slot()]).map(drop)
}

fn call_static(rt: &Runtime, thread: &mut JavaThread, class: &str, name: &str, descriptor: &str) -> Result<u64, Thrown> {
    let class = rt.load_class(thread, class, LoaderId::Boot)?;
    rt.ensure_initialized(thread, class)?;
    let Some(method) = class.declared_method(name, descriptor) else {
        let message = format!("{}.{name}{descriptor}", class.name);
        return Err(rt.throw_new(thread, "java/lang/NoSuchMethodError", Some(&message)));
    };
    rt.invoke(thread, method, &[])
}

/// `Class: message` of the pending exception, for failures before the program's own code runs.
fn describe_pending(rt: &Runtime, thread: &mut JavaThread) -> String {
    match thread.take_pending() {
        Some(e) => match rt.throwable_message(e) {
            Some(message) => format!("{}: {message}", e.class().java_name()),
            None => e.class().java_name(),
        },
        None => "an internal error with no exception".to_owned(),
    }
}
