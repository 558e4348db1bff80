//! The JIT: hot methods to native code with Cranelift.
//!
//! Place in the pipeline: depends on `rt` (and reads `classfile`'s decoder); `vm`'s tiering policy asks it
//! for code through [`rt::compiler::Compiler`] and installs the entry in `Method::compiled_entry`, which
//! the interpreter's call path and the runtime calls consult. Parts:
//! - [`backend`]: the Cranelift setup (native ISA, `opt_level=speed`, frame pointers kept, the verifier in
//!   debug builds) and the code cache (one `JITModule` over one contiguous arena, so calls between
//!   functions and into the runtime stay in reach);
//! - [`blocks`]: basic-block discovery over a method's bytecode;
//! - [`translate`]: the JVM front end, one Cranelift block per basic block, each local and operand-stack
//!   slot a typed Cranelift variable per value kind (so no type pass is needed: the SSA builder merges what
//!   reaches each block, and verified code never reads a slot at a kind it did not write);
//! - [`calls`]: the signatures of the runtime calls (`rt::runtime_calls`) the generated code makes;
//! - [`frames`]: the collector's walk of compiled frames through the stack maps;
//! - [`listing`]: which methods `-XX:PrintIR`/`-XX:PrintDisassembly` list.
//!
//! On-stack replacement ([`Compiler::compile_osr`]): the same translation with another entry, which loads
//! the interpreter frame's locals by the verifier's types at a loop head, takes over the frame record
//! (`rt::runtime_calls::osr_enter`) and jumps to the head; the code is cached per (method, bci) by the
//! tiering policy and registered here like any other for the frame walk.
//!
//! What compiled code looks like (see `rt::compiler` for the calling convention): it reads its arguments,
//! pushes a frame record (`rt::runtime_calls::enter`) that stack traces and the collector see, polls for a
//! safepoint at entry and at every loop back-edge, stores the current bci into the record before every call
//! that can throw, and checks every such call's status, branching to a handler block or returning the
//! thrown status to its caller. Every reference-typed variable and value is declared to Cranelift as
//! needing a stack map, so each call is a safepoint whose map lists the stack slots holding references
//! (kept per method in [`CodeInfo`] for the collector's frame walk).
//!
//! A method the front end cannot translate stays interpreted; the reason is a typed
//! [`rt::compiler::CompileBailout`] and is counted in [`Jit::stats`].
//!
//! Architecture invariant: the JIT never depends on `interpreter`; the two meet only in `rt`.

pub mod backend;
pub mod blocks;
pub mod calls;
pub mod frames;
pub mod listing;
pub mod osr;
pub mod translate;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rt::compiler::{CompileBailout, CompiledMethod, Compiler};
use rt::{MethodRef, Runtime};

pub use backend::CodeInfo;
pub use listing::MethodFilter;

/// What the JIT has done so far.
#[derive(Debug, Default, Clone)]
pub struct JitStats {
    /// Methods compiled (OSR versions included).
    pub compiled: u32,
    /// Of those, on-stack-replacement versions.
    pub osr_compiled: u32,
    /// Methods that bailed out.
    pub bailed: u32,
    /// Bailouts by reason ([`CompileBailout::key`]).
    pub bailouts: BTreeMap<String, u32>,
    /// Bytes of machine code emitted.
    pub code_bytes: usize,
    /// Time spent compiling (bailouts included).
    pub compile_time: Duration,
    /// Calls translated inline into the methods compiled.
    pub inlined: u32,
    /// Of those, virtual calls inlined behind a guard.
    pub inlined_guarded: u32,
    /// Pairs of adjacent `synchronized` regions merged (`translate::coarsen`).
    pub locks_coarsened: u32,
    /// Call sites with an inline cache (interface calls, `Object`'s methods).
    pub cache_sites: usize,
    /// Of those, the ones that turned megamorphic.
    pub cache_megamorphic: usize,
    /// Calls at those sites that took the runtime's path (misses before a site settled).
    pub cache_misses: u64,
}

/// How much the JIT inlines (`-XX:-Inline`, `-XX:MaxInlineSize`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inlining {
    /// Whether calls are inlined at all.
    pub enabled: bool,
    /// The most bytes of bytecode an inlined method may have.
    pub max_size: usize,
    /// Whether adjacent `synchronized` regions on one object are merged (`translate::coarsen`), which
    /// mostly inlining makes adjacent.
    pub coarsen_locks: bool,
}

impl Default for Inlining {
    fn default() -> Self {
        Self { enabled: true, max_size: translate::inline::MAX_INLINE_BYTES, coarsen_locks: true }
    }
}

/// The JIT for one runtime.
pub struct Jit {
    inlining: Inlining,
    backend: Mutex<backend::Backend>,
    stats: Mutex<JitStats>,
    /// The stack maps of compiled code by entry address, for the collector's walk of compiled frames. Kept
    /// apart from the backend so that a collection during a compilation (which holds the backend) can read it.
    frames: std::sync::RwLock<BTreeMap<usize, CodeInfo>>,
    /// `-XX:PrintIR`: the methods whose Cranelift IR is printed as they compile.
    print_ir: Option<MethodFilter>,
    /// `-XX:PrintDisassembly`: the methods whose machine code is printed as they compile.
    print_disassembly: Option<MethodFilter>,
}

impl std::fmt::Debug for Jit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jit").finish_non_exhaustive()
    }
}

impl Jit {
    /// A JIT with an empty code cache of `code_cache_bytes`, inlining as `inlining` says.
    pub fn new(code_cache_bytes: usize, inlining: Inlining) -> Result<Self, backend::BackendError> {
        Ok(Self {
            inlining,
            backend: Mutex::new(backend::Backend::new(code_cache_bytes)?),
            stats: Mutex::new(JitStats::default()),
            frames: std::sync::RwLock::new(BTreeMap::new()),
            print_ir: None,
            print_disassembly: None,
        })
    }

    /// This JIT, printing the Cranelift IR (`ir`) and the machine code (`disassembly`) of the methods the
    /// filters name on standard output as it compiles them.
    pub fn with_listings(mut self, ir: Option<MethodFilter>, disassembly: Option<MethodFilter>) -> Self {
        self.print_ir = ir;
        self.print_disassembly = disassembly;
        self
    }

    /// A copy of the statistics.
    pub fn stats(&self) -> JitStats {
        let mut stats = self.stats.lock().map(|s| s.clone()).unwrap_or_default();
        if let Ok(backend) = self.backend.lock() {
            (stats.cache_sites, stats.cache_megamorphic, stats.cache_misses) = backend.cache_summary();
        }
        stats
    }

    /// The Cranelift IR the front end produces for `method` (for `-XX:+PrintIR`-style dumps and tests).
    pub fn ir_text(&self, rt: &Runtime, method: MethodRef) -> Result<String, CompileBailout> {
        let mut backend = self.backend.lock().map_err(|_| CompileBailout::Codegen("code cache lock poisoned".into()))?;
        let poll_stub = backend.poll_stub(rt)?;
        let func = translate::translate(rt, method, backend.isa(), self.inlining, poll_stub)?;
        Ok(func.display().to_string())
    }
}

impl Jit {
    /// Compiles `method`, entered at its start or (`osr_bci`) at a loop head, lists it if asked, registers its
    /// stack maps and counts it.
    fn compile_entry(&self, rt: &Runtime, method: MethodRef, osr_bci: Option<u32>) -> Result<CompiledMethod, CompileBailout> {
        let start = Instant::now();
        let list_ir = self.print_ir.as_ref().is_some_and(|f| f.matches(method));
        let disassemble = self.print_disassembly.as_ref().is_some_and(|f| f.matches(method));
        let result = (|| -> Result<(CompiledMethod, translate::Inlined), CompileBailout> {
            let mut backend = self.backend.lock().map_err(|_| CompileBailout::Codegen("code cache lock poisoned".into()))?;
            let poll_stub = backend.poll_stub(rt)?;
            let translation = translate::translate_counted(rt, method, osr_bci, backend.isa(), self.inlining, poll_stub)?;
            let inlined = translation.inlined;
            let func = translation.func;
            if list_ir {
                let loops: String = translate::loop_report(method).iter().map(|line| format!("; {line}\n")).collect();
                let text = format!("{}{loops}{}\n", listing::header("Cranelift IR", method, osr_bci), func.display());
                rt.io().write(1, text.as_bytes());
            }
            let (code, machine) = backend.install(method, func, disassemble)?;
            backend.keep_caches(translation.caches);
            if let Some(machine) = machine {
                let text = format!("{}{machine}\n", listing::header("machine code", method, osr_bci));
                rt.io().write(1, text.as_bytes());
            }
            let info = backend.info_at(code.entry as usize).cloned();
            drop(backend);
            if let (Some(info), Ok(mut frames)) = (info, self.frames.write()) {
                frames.insert(info.start, info);
            }
            Ok((code, inlined))
        })();
        if let Ok(mut stats) = self.stats.lock() {
            stats.compile_time += start.elapsed();
            match &result {
                Ok((code, inlined)) => {
                    stats.compiled += 1;
                    stats.osr_compiled += u32::from(osr_bci.is_some());
                    stats.code_bytes += code.code_size;
                    stats.inlined += inlined.calls;
                    stats.inlined_guarded += inlined.guarded;
                    stats.locks_coarsened += inlined.coarsened;
                }
                Err(bailout) => {
                    stats.bailed += 1;
                    *stats.bailouts.entry(bailout.key()).or_default() += 1;
                }
            }
        }
        result.map(|(code, _)| code)
    }
}

impl Compiler for Jit {
    fn compile(&self, rt: &Runtime, method: MethodRef) -> Result<CompiledMethod, CompileBailout> {
        self.compile_entry(rt, method, None)
    }

    fn compile_osr(&self, rt: &Runtime, method: MethodRef, bci: u32) -> Result<CompiledMethod, CompileBailout> {
        self.compile_entry(rt, method, Some(bci))
    }
}
