//! [`VmBuilder`]: what an embedded VM is made of (class path, classes from bytes, limits, capabilities, host
//! natives, streams) and how it boots.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use classfile::classpath::ClassPath;
use classfile::descriptor::MethodDescriptor;
use rt::sandbox::{FileAccess, Sandbox};
use rt::{HostIo, JavaThread, LoaderId, Runtime, RuntimeOptions};

use super::error::VmError;
use super::natives::{self, HostFn, NativeContext, NativeError};
use super::value::JavaValue;
use super::vm::Vm;

/// Which execution tiers run Java code, as `-Xint`, the default and `-Xcomp` choose them.
///
/// The JIT compiles hot methods (default) or every method before its first call (`Comp`), exactly as the
/// `cortado` command's modes do; fuel, deadlines and interrupts are charged at the same safepoint polls
/// (method entries and loop back-edges) in both tiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExecMode {
    /// Interpreter only (`-Xint`).
    Int,
    /// Interpret, compile what is hot (the default).
    #[default]
    Default,
    /// Compile every method before its first call (`-Xcomp`).
    Comp,
}

/// A host capability granted to the Java code of a VM. A VM built by [`VmBuilder`] has none unless granted;
/// a denied access throws `java.lang.SecurityException` in Java (`file read access to /etc/passwd denied by
/// the host`). Network and process access do not exist in the class library at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Capability {
    /// Read files (and their metadata, and directory listings) under this directory.
    ReadFiles(PathBuf),
    /// Create, write, rename and delete files under this directory.
    WriteFiles(PathBuf),
    /// Read environment variables (`System.getenv`).
    Env,
    /// The host's identity in system properties (`user.dir`, `user.home`, `user.name`, `java.home`,
    /// `os.version`); without it they hold neutral values.
    HostProperties,
    /// End the VM with `System.exit` (the call returns [`VmError::Exited`]); without it `exit` throws.
    Exit,
    /// Read the process's stdin (with the default streams).
    Stdin,
}

/// Builds a [`Vm`].
///
/// ```
/// use std::time::Duration;
/// use vm::embed::{Capability, ExecMode, VmBuilder};
///
/// let mut vm = VmBuilder::new()
///     .heap_limit(32 << 20)
///     .mode(ExecMode::Int)
///     .fuel(10_000_000)
///     .timeout(Duration::from_secs(5))
///     .grant(Capability::ReadFiles(std::env::temp_dir()))
///     .build()?;
/// let n: i32 = vm.call_static("java.lang.Integer", "parseInt", "(Ljava/lang/String;)I", &["42".into()])?;
/// assert_eq!(n, 42);
/// # Ok::<(), vm::embed::VmError>(())
/// ```
pub struct VmBuilder {
    class_path: Vec<PathBuf>,
    classes: HashMap<String, Arc<[u8]>>,
    heap_limit: usize,
    stack_slots: usize,
    max_frames: usize,
    max_native_nesting: u32,
    mode: ExecMode,
    capabilities: Vec<Capability>,
    natives: Vec<(String, String, String, Arc<HostFn>)>,
    io: Option<Arc<dyn HostIo>>,
    properties: Vec<(String, String)>,
    fuel: Option<u64>,
    timeout: Option<Duration>,
}

impl std::fmt::Debug for VmBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VmBuilder")
            .field("class_path", &self.class_path)
            .field("classes", &self.classes.keys().collect::<Vec<_>>())
            .field("heap_limit", &self.heap_limit)
            .field("mode", &self.mode)
            .field("capabilities", &self.capabilities)
            .finish_non_exhaustive()
    }
}

impl Default for VmBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl VmBuilder {
    /// No class path, a 64 MiB heap, 256 Ki stack slots, no capabilities, no limits, output to the process's
    /// streams.
    pub fn new() -> Self {
        Self {
            class_path: Vec::new(),
            classes: HashMap::new(),
            heap_limit: 64 << 20,
            stack_slots: 256 << 10,
            max_frames: 6_000,
            max_native_nesting: 48,
            mode: ExecMode::Default,
            capabilities: Vec::new(),
            natives: Vec::new(),
            io: None,
            properties: Vec::new(),
            fuel: None,
            timeout: None,
        }
    }

    /// Appends a class path entry: a directory or a JAR (whose manifest `Class-Path` is followed).
    pub fn class_path(mut self, entry: impl Into<PathBuf>) -> Self {
        self.class_path.push(entry.into());
        self
    }

    /// Adds a class from its class-file bytes under its binary name (`com.example.Plugin`); found by the
    /// application loader before the class path.
    pub fn class_bytes(mut self, name: &str, bytes: impl Into<Vec<u8>>) -> Self {
        self.classes.insert(name.replace('.', "/"), Arc::from(bytes.into()));
        self
    }

    /// The heap's maximum in bytes (`-Xmx`): past it, `OutOfMemoryError` in Java.
    pub fn heap_limit(mut self, bytes: usize) -> Self {
        self.heap_limit = bytes;
        self
    }

    /// The interpreter stack in slots (8 bytes each) and the most frames: past either, `StackOverflowError`.
    pub fn stack_limit(mut self, slots: usize, frames: usize) -> Self {
        self.stack_slots = slots.max(rt::thread::STACK_RESERVE_SLOTS * 2);
        self.max_frames = frames.max(16);
        self
    }

    /// The most nested host activations (natives and class initializers calling back into Java, each using
    /// some of the calling thread's stack); past it, `StackOverflowError`. The default, 48, fits a 2 MiB
    /// thread stack in debug builds; raise it on threads with larger stacks.
    pub fn max_native_nesting(mut self, depth: u32) -> Self {
        self.max_native_nesting = depth.max(4);
        self
    }

    /// The execution mode (see [`ExecMode`]).
    pub fn mode(mut self, mode: ExecMode) -> Self {
        self.mode = mode;
        self
    }

    /// Grants a capability.
    pub fn grant(mut self, capability: Capability) -> Self {
        self.capabilities.push(capability);
        self
    }

    /// Sets a system property.
    pub fn property(mut self, key: &str, value: &str) -> Self {
        self.properties.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Where the VM's standard streams go (default: the process's stdout and stderr, no stdin).
    pub fn io(mut self, io: Arc<dyn HostIo>) -> Self {
        self.io = Some(io);
        self
    }

    /// Fuel for each call (safepoint polls: method entries and loop back-edges); past it the call fails with
    /// [`VmError::BudgetExhausted`].
    pub fn fuel(mut self, fuel: u64) -> Self {
        self.fuel = Some(fuel);
        self
    }

    /// Wall-clock limit of each call; past it the call fails with [`VmError::DeadlineExceeded`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Binds a Rust closure to a `native` method of an application class (binary name, method name, JVMS
    /// descriptor). The closure gets the arguments (the receiver first for an instance method) and returns
    /// the result (`JavaValue::Void` for `void`), or a [`NativeError`] to throw.
    ///
    /// ```
    /// use vm::embed::{JavaValue, NativeError, VmBuilder};
    ///
    /// let source = "class Host { static native int twice(int x); static int call(int x) { return twice(x) + 1; } }";
    /// # let class_with_native = || vm::embed::doc_support::compile("Host", source);
    /// let mut vm = VmBuilder::new()
    ///     .class_bytes("Host", class_with_native())
    ///     .native("Host", "twice", "(I)I", |_, args| match args {
    ///         [JavaValue::Int(x)] => Ok(JavaValue::Int(x * 2)),
    ///         _ => Err(NativeError::throw("java.lang.IllegalArgumentException", "one int")),
    ///     })
    ///     .build()?;
    /// let n: i32 = vm.call_static("Host", "call", "(I)I", &[20.into()])?;
    /// assert_eq!(n, 41);
    /// # Ok::<(), vm::embed::VmError>(())
    /// ```
    pub fn native(
        mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        f: impl Fn(&mut NativeContext<'_>, &[JavaValue]) -> Result<JavaValue, NativeError> + Send + Sync + 'static,
    ) -> Self {
        self.natives.push((class.replace('.', "/"), name.to_owned(), descriptor.to_owned(), Arc::new(f)));
        self
    }

    /// The sandbox the capabilities describe.
    fn sandbox(&self) -> Sandbox {
        let mut sandbox = Sandbox::deny_all();
        for capability in &self.capabilities {
            match capability {
                Capability::ReadFiles(dir) => add_dir(&mut sandbox.read, dir),
                Capability::WriteFiles(dir) => add_dir(&mut sandbox.write, dir),
                Capability::Env => sandbox.env = true,
                Capability::Exit => sandbox.exit = true,
                Capability::HostProperties | Capability::Stdin => {}
            }
        }
        sandbox
    }

    /// Builds the VM: opens the class path, boots the class library (`System.initPhase1`) on the calling
    /// thread.
    pub fn build(self) -> Result<Vm, VmError> {
        let mut class_path = ClassPath::new();
        for entry in &self.class_path {
            class_path.push_path(entry);
        }
        if let Some(skipped) = class_path.skipped().first() {
            return Err(VmError::Build(format!("class path entry {}: {}", skipped.path.display(), skipped.error)));
        }
        let mut registry = stdlib::natives::registry();
        for (class, name, descriptor, f) in &self.natives {
            let parsed = MethodDescriptor::parse(descriptor).ok_or_else(|| VmError::BadDescriptor(descriptor.clone()))?;
            registry.register(class, name, descriptor, natives::wrap(class, name, &parsed, f.clone()));
        }
        let granted = |c: &Capability| self.capabilities.contains(c);
        let class_path_text = class_path.to_path_string();
        let mut properties = crate::launcher::system_properties(&class_path_text);
        if !granted(&Capability::HostProperties) {
            for (key, value) in &mut properties {
                match key.as_str() {
                    "user.dir" | "java.home" => *value = "/".into(),
                    "user.home" | "user.name" | "os.version" => *value = "?".into(),
                    _ => {}
                }
            }
        }
        for (key, value) in &self.properties {
            properties.retain(|(k, _)| k != key);
            properties.push((key.clone(), value.clone()));
        }
        let options = RuntimeOptions {
            class_path,
            heap: heap_config(self.heap_limit),
            stack_slots: self.stack_slots,
            max_frames: self.max_frames,
            max_host_depth: self.max_native_nesting,
            properties,
            sandbox: self.sandbox(),
            app_classes: self.classes.clone(),
            io: self.io.clone().unwrap_or_else(|| super::io::HostStreams::new(granted(&Capability::Stdin))),
            ..RuntimeOptions::default()
        };
        // The heap reserves its address space up front; a limit the system cannot back is a build error.
        let new_runtime = || Runtime::new(options, Box::new(stdlib::BootSource), registry);
        let runtime = std::panic::catch_unwind(std::panic::AssertUnwindSafe(new_runtime))
            .map_err(|payload| VmError::Build(format!("cannot create the heap: {}", super::vm::panic_message(&*payload))))?;
        let runtime = Arc::new(runtime);
        let tiers = match self.mode {
            ExecMode::Int => crate::tiering::Tiers::Interpreter,
            ExecMode::Default => crate::tiering::Tiers::Mixed,
            ExecMode::Comp => crate::tiering::Tiers::CompileAll,
        };
        crate::tiering::install(&runtime, crate::tiering::TieringConfig { tiers, ..Default::default() });
        let thread = runtime.attach_thread(
            Box::new(JavaThread::new("main", self.stack_slots)),
            false,
            rt::threads::ThreadState::Blocked,
        );
        let mut vm = Vm {
            rt: runtime,
            thread,
            fuel: None,
            timeout: None,
            last_fuel_used: None,
            poisoned: false,
            mode: self.mode,
            statics: std::collections::HashMap::new(),
        };
        vm.enter(|rt, thread, _| {
            rt.boot(thread).map_err(|e| VmError::Build(e.to_string()))?;
            let system = rt.load_class(thread, "java/lang/System", LoaderId::Boot)?;
            rt.ensure_initialized(thread, system)?;
            let init = system
                .declared_method("initPhase1", "()V")
                .ok_or_else(|| VmError::Build("the class library has no System.initPhase1".into()))?;
            rt.invoke(thread, init, &[])?;
            Ok(())
        })?;
        vm.fuel = self.fuel;
        vm.timeout = self.timeout;
        Ok(vm)
    }
}

/// The heap for a limit: the default generations, committed up to the limit at most, in small pages (an
/// embedder may run many small VMs, where 2 MiB huge pages would multiply the memory each one commits).
fn heap_config(max_bytes: usize) -> gc::HeapConfig {
    let max_bytes = max_bytes.max(4 << 20);
    let initial_bytes = max_bytes.min(gc::HeapConfig::default().initial_bytes);
    gc::HeapConfig { max_bytes, initial_bytes, huge_pages: false, ..gc::HeapConfig::default() }
}

fn add_dir(access: &mut FileAccess, dir: &std::path::Path) {
    if let FileAccess::Under(dirs) = access {
        dirs.push(dir.to_path_buf());
    }
}
