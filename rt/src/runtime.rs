//! [`Runtime`]: one VM's shared state (options, heap, class table, interned strings, natives, the execution
//! engine, host I/O). Nothing in Cortado is process-global: several runtimes can live in one process.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use classfile::classpath::ClassPath;
use gc::{Heap, HeapConfig};
use parking_lot::Mutex;

use crate::class::{ClassRef, LoaderId, ValueKind};
use crate::engine::ExecutionEngine;
use crate::native::NativeRegistry;
use crate::object::ObjRef;
use crate::wellknown::WellKnown;

/// Where boot classes come from: the embedded class library, or (for tests) anything else.
pub trait BootClassSource: Send + Sync {
    /// The bytes of the class with this internal name.
    fn find(&self, internal_name: &str) -> Option<std::borrow::Cow<'static, [u8]>>;
}

/// The host's standard streams, so an embedder can capture a script's output.
pub trait HostIo: Send + Sync {
    /// Writes bytes to file descriptor 1 (stdout) or 2 (stderr).
    fn write(&self, fd: i32, bytes: &[u8]);
    /// Flushes both streams.
    fn flush(&self);
    /// Reads from stdin into `buf`, returning the count (0 at end of input).
    fn read_stdin(&self, buf: &mut [u8]) -> std::io::Result<usize>;
}

/// The process's own streams, buffered: Java's `System.out` flushes on every `println`, which would cost a
/// system call per line; Cortado buffers here and flushes when the VM exits or the program reads stdin.
#[derive(Debug, Default)]
pub struct ProcessIo {
    out: Mutex<Vec<u8>>,
}

impl HostIo for ProcessIo {
    fn write(&self, fd: i32, bytes: &[u8]) {
        if fd == 2 {
            // Keep the order of stdout and stderr as a reader of a terminal would see it.
            self.flush();
            let _ = std::io::stderr().write_all(bytes);
        } else {
            let mut out = self.out.lock();
            out.extend_from_slice(bytes);
            if out.len() >= 1 << 16 {
                let _ = std::io::stdout().write_all(&out);
                out.clear();
            }
        }
    }

    fn flush(&self) {
        let mut out = self.out.lock();
        if !out.is_empty() {
            let _ = std::io::stdout().write_all(&out);
            out.clear();
        }
        let _ = std::io::stdout().flush();
    }

    fn read_stdin(&self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.flush();
        std::io::Read::read(&mut std::io::stdin(), buf)
    }
}

/// What a runtime is built from.
pub struct RuntimeOptions {
    /// The application class path.
    pub class_path: ClassPath,
    /// The heap's limits.
    pub heap: HeapConfig,
    /// Slots of each thread's interpreter stack (from `-Xss`).
    pub stack_slots: usize,
    /// Most interpreter frames a thread may have (from `-Xss`): past it, `StackOverflowError`.
    pub max_frames: usize,
    /// Most nested engine activations on the host stack (natives and initializers calling back into Java).
    pub max_host_depth: u32,
    /// `-verbose:class`: log each class loaded.
    pub verbose_class: bool,
    /// System properties (the VM's own and then `-D` ones, later entries overriding earlier), in order.
    pub properties: Vec<(String, String)>,
    /// `-ea`/`-da` switches in command-line order: (enable, scope), the scope empty for all classes,
    /// `pkg...` for a package tree, `...` for the unnamed package, or a class name.
    pub assertions: Vec<(bool, String)>,
    /// `-esa`: assertions in the class library.
    pub system_assertions: bool,
    /// Which classes are verified at link time (`-Xverify:`); application classes by default.
    pub verify: crate::verify::VerifyMode,
    /// Where the VM's standard streams go.
    pub io: Arc<dyn HostIo>,
    /// What Java code may do to the host (files, environment, exit): everything by default.
    pub sandbox: crate::sandbox::Sandbox,
    /// Application classes given as bytes (internal name -> class file), found by the application loader
    /// before the class path (the embedding API's classes from bytes).
    pub app_classes: HashMap<String, Arc<[u8]>>,
    /// The reference-map self-check: at every allocation and safepoint, check every interpreter frame of the
    /// thread against its map and abort on a defect ([`crate::refmap::check_frames`]), then overwrite the
    /// dead slots above the innermost frame's saved sp ([`crate::refmap::poison_dead_slots`]) and the heap
    /// addresses in slots the maps do not call references ([`crate::refmap::clobber_unmapped_references`]).
    /// Off unless the environment sets `CORTADO_CHECK_REFMAPS=1`; slow (full stack walks per allocation).
    pub check_refmaps: bool,
    /// `-Xlog:gc`: one line per collection on stdout, in HotSpot's unified-logging form.
    pub log_gc: bool,
    /// `-Xlog:safepoint`: one line per stop-the-world (time to reach it, time at it), as HotSpot's.
    pub log_safepoint: bool,
    /// GC stress mode (`-XX:+GCStress`, `-XX:GCStressInterval=N`): collect at every Nth allocation (every
    /// allocation for 1), with thread-local buffers off so each allocation is counted; `None` when off.
    pub gc_stress: Option<u32>,
    /// `--stats`: print the VM's counters ([`Runtime::stats_report`]) to stderr when the program ends.
    pub print_stats: bool,
}

impl std::fmt::Debug for RuntimeOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuntimeOptions")
            .field("class_path", &self.class_path.to_path_string())
            .field("heap", &self.heap)
            .field("stack_slots", &self.stack_slots)
            .field("max_frames", &self.max_frames)
            .finish_non_exhaustive()
    }
}

impl Default for RuntimeOptions {
    fn default() -> Self {
        Self {
            class_path: ClassPath::new(),
            heap: HeapConfig::default(),
            // HotSpot's default -Xss is 1 MiB; a simple recursive method takes about 10k to 20k frames of it.
            stack_slots: 1 << 20,
            max_frames: 12_000,
            max_host_depth: 600,
            verbose_class: false,
            properties: Vec::new(),
            assertions: Vec::new(),
            system_assertions: false,
            verify: crate::verify::VerifyMode::Remote,
            io: Arc::new(ProcessIo::default()),
            sandbox: crate::sandbox::Sandbox::allow_all(),
            app_classes: HashMap::new(),
            check_refmaps: std::env::var_os("CORTADO_CHECK_REFMAPS").is_some_and(|v| v == "1"),
            log_gc: false,
            log_safepoint: false,
            gc_stress: None,
            print_stats: false,
        }
    }
}

/// The class table: every loaded class, owned here until the runtime is dropped.
#[derive(Default)]
pub(crate) struct ClassTable {
    pub(crate) by_name: HashMap<(LoaderId, Box<str>), ClassRef>,
    /// Boxed so that a class keeps its address when the vector grows: `ClassRef`s point into the boxes.
    #[expect(clippy::vec_box, reason = "each class must keep its address while the arena grows")]
    pub(crate) arena: Vec<Box<crate::class::Class>>,
    /// Classes whose loading is in progress on this VM, with the thread loading each (for
    /// `ClassCircularityError`).
    pub(crate) loading: Vec<((LoaderId, Box<str>), std::thread::ThreadId)>,
}

/// The runtime's own GC roots and stress-mode state (see [`crate::collect`]).
#[derive(Debug, Default)]
pub(crate) struct GcState {
    /// References the collector cleared that Java has not yet taken (`Reference.takePending`).
    pub(crate) pending_references: Vec<u64>,
    /// The `OutOfMemoryError` thrown when constructing a fresh one fails.
    pub(crate) preallocated_oom: std::sync::atomic::AtomicU64,
    /// Allocations since the last stress-mode collection.
    pub(crate) stress_ticks: u32,
    /// Stress-mode collections so far (every eighth is a full one).
    pub(crate) stress_collections: u32,
}

/// Counters for `--stats`.
#[derive(Debug, Default)]
pub struct RuntimeCounters {
    /// Classes loaded.
    pub classes_loaded: AtomicU32,
    /// Instructions the interpreter dispatched (a superinstruction counts once). Each activation of the
    /// interpreter's loop counts in a register and adds its count here when it ends (relaxed: any thread).
    pub bytecodes_interpreted: AtomicU64,
}

/// One VM's shared state.
pub struct Runtime {
    pub(crate) options: RuntimeOptions,
    pub(crate) heap: Mutex<Heap>,
    barrier: gc::WriteBarrier,
    pub(crate) classes: Mutex<ClassTable>,
    pub(crate) boot: Box<dyn BootClassSource>,
    pub(crate) natives: NativeRegistry,
    pub(crate) engine: OnceLock<Arc<dyn ExecutionEngine>>,
    pub(crate) well_known: OnceLock<WellKnown>,
    pub(crate) interned: Mutex<HashMap<Box<[u16]>, ObjRef>>,
    pub(crate) hash_state: AtomicU32,
    /// What the runtime keeps for the collector between collections.
    pub(crate) gc_state: Mutex<GcState>,
    /// When the runtime was built (the uptime in `-Xlog:gc` lines).
    pub(crate) started: std::time::Instant,
    /// Counters for `--stats`.
    pub counters: RuntimeCounters,
    /// Fuel, deadline and interrupt flag, charged at safepoint polls.
    pub limits: crate::sandbox::ExecutionLimits,
    /// Reference slots the host holds (the embedding API's object handles); roots for the collector.
    pub global_handles: Arc<crate::global_handles::GlobalHandles>,
    /// The tiering policy's hooks (the interpreter asks them on every call whether to run compiled code).
    pub tiering: crate::compiler::Tiering,
    /// Fat monitors and thin-lock owner ids (`crate::monitor`).
    pub(crate) monitors: crate::monitor::MonitorTable,
    /// Every attached Java thread and the safepoint state (see [`crate::threads`]).
    pub threads: crate::threads::Threads,
    /// The runtime itself, once it is in an `Arc` and has attached a thread: what a started Java thread keeps.
    pub(crate) self_ref: OnceLock<std::sync::Weak<Runtime>>,
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime").field("options", &self.options).finish_non_exhaustive()
    }
}

// SAFETY: every field is Sync except the classes' raw pointers inside `ClassTable` and the `ObjRef`s in
// `interned`, both behind mutexes and both pointing into memory this runtime owns.
unsafe impl Sync for Runtime {}
// SAFETY: as above; nothing in a runtime is tied to the thread that built it.
unsafe impl Send for Runtime {}

impl Runtime {
    /// A runtime with no classes loaded yet. Call [`set_engine`](Self::set_engine), then
    /// [`boot`](Self::boot) on a thread before running anything.
    pub fn new(options: RuntimeOptions, boot: Box<dyn BootClassSource>, natives: NativeRegistry) -> Self {
        let heap = Heap::new(options.heap).expect("the heap's address space can be reserved");
        Self {
            options,
            barrier: heap.barrier(),
            heap: Mutex::new(heap),
            classes: Mutex::new(ClassTable::default()),
            boot,
            natives,
            engine: OnceLock::new(),
            well_known: OnceLock::new(),
            interned: Mutex::new(HashMap::new()),
            hash_state: AtomicU32::new(0x2545_F491),
            gc_state: Mutex::new(GcState::default()),
            started: std::time::Instant::now(),
            counters: RuntimeCounters::default(),
            limits: crate::sandbox::ExecutionLimits::default(),
            global_handles: Arc::default(),
            tiering: crate::compiler::Tiering::default(),
            monitors: crate::monitor::MonitorTable::default(),
            threads: crate::threads::Threads::default(),
            self_ref: OnceLock::new(),
        }
    }

    /// Installs the execution engine (once).
    pub fn set_engine(&self, engine: Arc<dyn ExecutionEngine>) {
        let _ = self.engine.set(engine);
    }

    /// The execution engine.
    pub fn engine(&self) -> &Arc<dyn ExecutionEngine> {
        self.engine.get().expect("the embedder installs an execution engine before running Java code")
    }

    /// The options the runtime was built with.
    pub fn options(&self) -> &RuntimeOptions {
        &self.options
    }

    /// The host streams.
    pub fn io(&self) -> &Arc<dyn HostIo> {
        &self.options.io
    }

    /// The classes and offsets the VM uses directly, available once [`boot`](Self::boot) has run.
    pub fn well_known(&self) -> &WellKnown {
        self.well_known.get().expect("the runtime has booted")
    }

    /// The write barrier: call [`WriteBarrier::post_write`](gc::WriteBarrier::post_write) after every reference
    /// store into a heap object.
    #[inline(always)]
    pub fn barrier(&self) -> gc::WriteBarrier {
        self.barrier
    }

    /// A fresh identity hash (a per-VM xorshift sequence, so runs are repeatable).
    pub fn next_hash(&self) -> u32 {
        let mut x = self.hash_state.load(Ordering::Relaxed);
        loop {
            let mut y = x;
            y ^= y << 13;
            y ^= y >> 17;
            y ^= y << 5;
            match self.hash_state.compare_exchange_weak(x, y, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return y,
                Err(seen) => x = seen,
            }
        }
    }

    /// The primitive class for a kind (`int.class`).
    pub fn primitive_class(&self, kind: ValueKind) -> ClassRef {
        self.well_known().primitive(kind)
    }

    /// The class with registration number `id` (see [`Class::id`](crate::class::Class::id)).
    pub fn class_by_id(&self, id: u32) -> Option<ClassRef> {
        self.classes.lock().arena.get(id as usize).map(|c| ClassRef::new(c))
    }

    /// Whether `loader` could find the class `name` without loading anything: already loaded, embedded, or on
    /// the class path (for `Class.forName`, which reports absence as `ClassNotFoundException`).
    pub fn can_find_class(&self, name: &str, loader: LoaderId) -> bool {
        if self.find_loaded(name, loader).is_some() || self.boot.find(name).is_some() {
            return true;
        }
        loader == LoaderId::App
            && (self.options.app_classes.contains_key(name)
                || matches!(self.options.class_path.find_class(name), Ok(Some(_))))
    }

    /// Whether assertions are enabled for the class with binary name `name` (dots), by the `-ea`/`-da`
    /// switches: the last switch whose scope covers the class wins.
    pub fn assertions_enabled(&self, name: &str, loader: LoaderId) -> bool {
        if loader == LoaderId::Boot {
            return self.options.system_assertions;
        }
        let package = name.rfind('.').map_or("", |i| &name[..i]);
        let mut enabled = false;
        for (enable, scope) in &self.options.assertions {
            let covers = if scope.is_empty() {
                true
            } else if scope == "..." {
                package.is_empty()
            } else if let Some(tree) = scope.strip_suffix("...") {
                package == tree || package.starts_with(&format!("{tree}."))
            } else {
                scope == name
            };
            if covers {
                enabled = *enable;
            }
        }
        enabled
    }
}
