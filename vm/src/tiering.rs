//! The tiering policy: which methods run interpreted and which get compiled, and when.
//!
//! Every method starts interpreted; the interpreter counts its invocations and loop back-edges
//! (`Method::invocations`/`backedges`). When their sum reaches the threshold (`-XX:CompileThreshold`,
//! 1,500 by default as HotSpot's client compiler), the next call asks [`Policy`] to compile it; from then on
//! calls from either tier go to the compiled code. `-Xint` installs no policy; `-Xcomp` uses a threshold of
//! zero, so every method is compiled before its first run (one the JIT cannot compile stays interpreted).
//!
//! On-stack replacement: a hot loop in a method that is never called again (a loop in `main`) would stay
//! interpreted. So when an interpreted frame jumps back to a loop head (with an empty operand stack) after
//! its method has taken `-XX:CompileThreshold` × `-XX:OnStackReplacePercentage` / 100 back-edges (HotSpot's
//! non-tiered rule; 10,005 by default; `-XX:-UseOnStackReplacement` turns it off), the policy compiles an OSR version of the method entered at that head, cached per (method,
//! bci), and the interpreter finishes the frame in it (`rt::compiler::enter_osr`). A head the JIT cannot
//! compile is remembered and the method's back-edge count starts over, so the interpreter does not ask on
//! every iteration.
//!
//! `-XX:+PrintCompilation` logs each compilation (and bailout) on standard output in HotSpot's columns:
//! milliseconds since start, compile id, the attribute characters (`%` OSR, `s` synchronized, `!` has
//! exception handlers, `n` native), the tier (Cortado has one compiled tier, 1), the method with ` @ bci` for
//! an OSR entry, its bytecode size; then what HotSpot does not print: native code size and compile time.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use rt::compiler::{CompileBailout, CompiledMethod, Compiler, TieringPolicy, call_compiled};
use rt::{ExecutionEngine, JResult, JavaThread, MethodRef, Runtime};

/// Which tiers run code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tiers {
    /// `-Xint`: the interpreter only.
    Interpreter,
    /// The default: interpret, compile what gets hot.
    Mixed,
    /// `-Xcomp`: compile every method before its first run.
    CompileAll,
}

/// The tiering settings from the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TieringConfig {
    /// Which tiers run.
    pub tiers: Tiers,
    /// Invocations plus back-edges that make a method hot.
    pub compile_threshold: u32,
    /// Back-edges of a method after which its interpreted loops move to compiled code (`None`: never).
    pub osr_threshold: Option<u32>,
    /// `-XX:+PrintCompilation`.
    pub print_compilation: bool,
    /// `-XX:PrintIR=Class.method`.
    pub print_ir: Option<String>,
    /// `-XX:PrintDisassembly=Class.method`.
    pub print_disassembly: Option<String>,
    /// `-XX:-Inline`, `-XX:MaxInlineSize`.
    pub inlining: jit::Inlining,
}

impl Default for TieringConfig {
    fn default() -> Self {
        Self {
            tiers: Tiers::Mixed,
            compile_threshold: 1500,
            osr_threshold: Some(10_005),
            print_compilation: false,
            print_ir: None,
            print_disassembly: None,
            inlining: jit::Inlining::default(),
        }
    }
}

/// Bytes reserved for compiled code.
const CODE_CACHE_BYTES: usize = 256 << 20;

/// Installs the execution engine `config` asks for on `runtime`: the interpreter alone, or the interpreter
/// with the JIT behind the tiering policy. Returns the JIT, if there is one (for statistics).
pub fn install(runtime: &Runtime, config: TieringConfig) -> Option<Arc<jit::Jit>> {
    let interpreter = Arc::new(interpreter::Interpreter);
    if config.tiers == Tiers::Interpreter {
        runtime.set_engine(interpreter);
        return None;
    }
    let listings = (config.print_ir.as_deref().map(jit::MethodFilter::new), config.print_disassembly.as_deref().map(jit::MethodFilter::new));
    let jit = match jit::Jit::new(CODE_CACHE_BYTES, config.inlining) {
        Ok(jit) => Arc::new(jit.with_listings(listings.0, listings.1)),
        Err(e) => {
            eprintln!("cortado: the JIT is unavailable, running interpreted only: {e}");
            runtime.set_engine(interpreter);
            return None;
        }
    };
    let threshold = if config.tiers == Tiers::CompileAll { 0 } else { config.compile_threshold };
    let policy = Arc::new(Policy {
        compiler: jit.clone(),
        print: config.print_compilation,
        failed: Mutex::new(HashSet::new()),
        osr: Mutex::new(HashMap::new()),
        compiling: Mutex::new(()),
        started: Instant::now(),
        next_id: AtomicU32::new(1),
    });
    // The collector walks compiled frames through the JIT's stack maps: installed before any code exists.
    runtime.tiering.install_frame_roots(jit.clone());
    runtime.tiering.install(policy, threshold);
    if let Some(osr_threshold) = config.osr_threshold {
        runtime.tiering.set_osr_threshold(osr_threshold);
    }
    runtime.set_engine(Arc::new(TieredEngine { interpreter: interpreter::Interpreter }));
    Some(jit)
}

/// The engine the runtime calls from Rust: compiled code if the method has (or now gets) some, else the
/// interpreter.
#[derive(Debug)]
struct TieredEngine {
    interpreter: interpreter::Interpreter,
}

impl ExecutionEngine for TieredEngine {
    fn invoke(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef, args: &[u64]) -> JResult<u64> {
        if !rt.tiering.may_compile(method) {
            if let Some(result) = call_compiled(thread, method, args) {
                return result;
            }
            return self.interpreter.invoke(rt, thread, method, args);
        }
        // Compiling can collect, and `args` is a copy the collector does not see: the references among the
        // arguments wait in handles and are read back after.
        let references = reference_slots(method, args.len());
        let mark = thread.handle_mark();
        let handles: Vec<_> = references.iter().map(|&k| thread.protect(rt::ObjRef::from_slot(args[k]))).collect();
        let has_code = rt.tiering.has_code(rt, thread, method);
        let mut args = args.to_vec();
        for (&k, &handle) in references.iter().zip(&handles) {
            args[k] = thread.get(handle).map_or(0, rt::ObjRef::to_slot);
        }
        thread.release_handles(mark);
        if has_code && let Some(result) = call_compiled(thread, method, &args) {
            return result;
        }
        self.interpreter.invoke(rt, thread, method, &args)
    }
}

/// The argument slots of `method` that hold references (the receiver, then reference parameters; a long or
/// double takes two slots), below `available`.
fn reference_slots(method: MethodRef, available: usize) -> Vec<usize> {
    let mut slots = Vec::new();
    let mut at = 0;
    if !method.is_static() {
        slots.push(0);
        at = 1;
    }
    for &kind in method.params.iter() {
        if kind == rt::ValueKind::Reference {
            slots.push(at);
        }
        at += if matches!(kind, rt::ValueKind::Long | rt::ValueKind::Double) { 2 } else { 1 };
    }
    slots.retain(|&k| k < available);
    slots
}

/// Compiles hot methods and installs their code.
struct Policy {
    compiler: Arc<dyn Compiler>,
    print: bool,
    /// Methods the JIT could not compile: they stay interpreted without being tried again.
    failed: Mutex<HashSet<MethodRef>>,
    /// OSR code by (method, loop-head bci): its entry, or `None` if the JIT could not compile it.
    osr: Mutex<HashMap<(MethodRef, u32), Option<usize>>>,
    /// Held while compiling (see `method_is_hot`).
    compiling: Mutex<()>,
    started: Instant,
    next_id: AtomicU32,
}

impl Policy {
    /// Takes the compilation lock (`compiling`); waiting for another thread's compilation counts as stopped
    /// for safepoints, so that thread's compile may collect meanwhile.
    fn lock_compiling(&self, rt: &Runtime, thread: &mut JavaThread) -> std::sync::MutexGuard<'_, ()> {
        match self.compiling.try_lock() {
            Ok(guard) => guard,
            Err(_) => rt.blocking(thread, || self.compiling.lock().unwrap_or_else(std::sync::PoisonError::into_inner)),
        }
    }

    /// Logs one compilation for `-XX:+PrintCompilation` (see the module doc for the columns).
    fn log(&self, rt: &Runtime, method: MethodRef, osr_bci: Option<u32>, outcome: &Result<CompiledMethod, CompileBailout>, micros: u128) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        if !self.print {
            return;
        }
        let bytecodes = method.code.as_ref().map_or(0, |c| c.bytes.len());
        let has_handlers = method.code.as_ref().is_some_and(|c| !c.handlers.is_empty());
        let attributes: String = [
            if osr_bci.is_some() { '%' } else { ' ' },
            if method.access.has(classfile::access::AccessFlags::SYNCHRONIZED) { 's' } else { ' ' },
            if has_handlers { '!' } else { ' ' },
            ' ',
            if method.is_native() { 'n' } else { ' ' },
        ]
        .iter()
        .collect();
        let at = osr_bci.map(|bci| format!(" @ {bci}")).unwrap_or_default();
        let what = match outcome {
            Ok(code) => format!("native {} bytes, {micros} us", code.code_size),
            Err(bailout) => format!("  COMPILE SKIPPED: {bailout}"),
        };
        let line = format!(
            "{:>8} {id:>5} {attributes} 1       {}::{}{at} ({bytecodes} bytes) {what}\n",
            self.started.elapsed().as_millis(),
            method.class.java_name(),
            method.name,
        );
        rt.io().write(1, line.as_bytes());
    }
}

impl TieringPolicy for Policy {
    fn method_is_hot(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef) {
        // One compilation at a time, and each method compiled once: two threads crossing the threshold together
        // must not both install code, since a frame running the first code would then be walked with the
        // second's stack maps.
        let _compiling = self.lock_compiling(rt, thread);
        if !method.compiled_entry.load(Ordering::Acquire).is_null() {
            return;
        }
        let reset = || {
            method.invocations.store(0, Ordering::Relaxed);
            method.backedges.store(0, Ordering::Relaxed);
        };
        if method.is_native() || method.is_abstract() || self.failed.lock().is_ok_and(|f| f.contains(&method)) {
            reset();
            return;
        }
        let start = Instant::now();
        let result = self.compiler.compile(rt, method);
        let micros = start.elapsed().as_micros();
        self.log(rt, method, None, &result, micros);
        match result {
            Ok(code) => method.compiled_entry.store(code.entry.cast_mut(), Ordering::Release),
            Err(_) => {
                if let Ok(mut failed) = self.failed.lock() {
                    failed.insert(method);
                }
                reset();
            }
        }
    }

    fn osr_entry(&self, rt: &Runtime, thread: &mut JavaThread, method: MethodRef, bci: u32) -> Option<*mut u8> {
        let cached = self.osr.lock().ok()?.get(&(method, bci)).copied();
        let entry = match cached {
            Some(entry) => entry,
            None => {
                // Serialized with every other compilation, as `method_is_hot` is; and looked up again once the
                // lock is ours: threads running the same hot loop reach its threshold together, and all but the
                // first find the code the first compiled instead of compiling (and logging) the loop again.
                let _compiling = self.lock_compiling(rt, thread);
                let cached = self.osr.lock().ok()?.get(&(method, bci)).copied();
                match cached {
                    Some(entry) => entry,
                    None => {
                        let start = Instant::now();
                        let result = self.compiler.compile_osr(rt, method, bci);
                        let micros = start.elapsed().as_micros();
                        self.log(rt, method, Some(bci), &result, micros);
                        let entry = result.ok().map(|code| code.entry as usize);
                        self.osr.lock().ok()?.insert((method, bci), entry);
                        entry
                    }
                }
            }
        };
        if entry.is_none() {
            // Not at this head: count afresh before asking again, so the loop is not slowed by asking.
            method.backedges.store(0, Ordering::Relaxed);
        }
        entry.map(|e| e as *mut u8)
    }
}
