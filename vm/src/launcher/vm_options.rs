//! From the command line's [`LaunchOptions`] to the runtime's `RuntimeOptions`: heap and stack sizes, the
//! system properties a program sees (HotSpot's values where programs print them), assertion switches.

use classfile::classpath::ClassPath;
use rt::{RuntimeOptions, VerifyMode};
use rt::gc;

use super::options::LaunchOptions;

/// HotSpot's default thread stack size on x86-64 Linux.
const DEFAULT_STACK_BYTES: u64 = 1 << 20;

/// Bytes of `-Xss` per interpreter frame allowed: 1 MiB gives about 10,900 frames, close to what HotSpot's
/// interpreter fits in its default stack for small recursive methods.
const STACK_BYTES_PER_FRAME: u64 = 96;

/// The runtime options for `options`, with `class_path` already opened.
pub(super) fn runtime_options(options: &LaunchOptions, class_path: ClassPath, class_path_text: &str) -> RuntimeOptions {
    let mut runtime = RuntimeOptions { class_path, ..RuntimeOptions::default() };
    heap_options(options, &mut runtime);
    runtime.print_stats = options.stats;
    let stack = options.stack_size.unwrap_or(DEFAULT_STACK_BYTES).max(64 << 10);
    runtime.max_frames = usize::try_from(stack / STACK_BYTES_PER_FRAME).unwrap_or(usize::MAX).max(64);
    // Slots enough for the deepest allowed stack of typical frames; the block is zeroed lazily by the OS.
    runtime.stack_slots = usize::try_from(stack).unwrap_or(usize::MAX).clamp(1 << 16, 1 << 28);
    runtime.verbose_class = options.verbose_class;
    runtime.assertions = options.assertions.iter().map(|a| (a.enable, a.scope.clone())).collect();
    runtime.system_assertions = options.system_assertions;
    runtime.verify = verify_mode(options);
    if options.verify_none {
        // HotSpot prints this as the VM starts, on stderr, before anything the program writes.
        eprintln!(
            "OpenJDK 64-Bit Server VM warning: Options -Xverify:none and -noverify were deprecated in JDK 13 and will likely be removed in a future release."
        );
    }
    runtime.properties = system_properties(class_path_text);
    for (key, value) in &options.properties {
        runtime.properties.retain(|(k, _)| k != key);
        runtime.properties.push((key.clone(), value.clone()));
    }
    runtime
}

/// HotSpot's refusals of impossible heap settings: a maximum under 2 MiB, an initial size above the maximum.
pub(super) fn check_heap_settings(options: &LaunchOptions) -> Result<(), super::LaunchError> {
    let max = options.max_heap.unwrap_or(u64::MAX);
    if max < 2 << 20 {
        return Err(super::LaunchError::HeapSettings("Too small maximum heap"));
    }
    if options.initial_heap.is_some_and(|initial| initial > max) {
        return Err(super::LaunchError::HeapSettings("Initial heap size set to a larger value than the maximum heap size"));
    }
    Ok(())
}

/// The heap and collector settings: `-Xmx`, `-Xms`, `-Xmn`, the collector flags, `-Xlog:gc`, stress mode.
fn heap_options(options: &LaunchOptions, runtime: &mut RuntimeOptions) {
    let bytes = |v: u64| usize::try_from(v).unwrap_or(usize::MAX);
    let int = |name: &str, default: i64| match options.xx.get(name) {
        Some(super::XxValue::Int(v)) => v,
        _ => default,
    };
    let heap = &mut runtime.heap;
    if let Some(max) = options.max_heap {
        heap.max_bytes = bytes(max);
    }
    if let Some(initial) = options.initial_heap {
        heap.initial_bytes = bytes(initial).min(heap.max_bytes);
    }
    // HotSpot shrinks a young generation that does not fit the maximum instead of refusing it.
    heap.young_bytes = options.young_size.map(bytes).filter(|&young| young <= heap.max_bytes / 2);
    heap.tenuring_threshold = int("MaxTenuringThreshold", 15).clamp(0, 15) as u32;
    heap.survivor_ratio = int("SurvivorRatio", 8).clamp(1, 1 << 20) as usize;
    if options.xx.flag("UseEpsilonGC") {
        heap.policy = gc::Policy::Epsilon;
    }
    let stress = options.xx.flag("GCStress");
    heap.verify = stress || options.xx.flag("VerifyAfterGC");
    heap.huge_pages = options.xx.flag("UseTransparentHugePages");
    runtime.gc_stress = stress.then(|| int("GCStressInterval", 1).clamp(1, i64::from(u32::MAX)) as u32);
    let logs = |wanted: &str| {
        options.log.iter().any(|selector| {
            let tags = selector.split(':').next().unwrap_or("");
            tags.split(',').any(|tag| tag.trim_end_matches('*').split('=').next() == Some(wanted))
        })
    };
    runtime.log_gc = logs("gc");
    runtime.log_safepoint = logs("safepoint");
}

/// What `-Xverify:` and `-XX:±BytecodeVerification{Remote,Local}` leave verified. Verifying the library
/// without the application (`-XX:-BytecodeVerificationRemote -XX:+BytecodeVerificationLocal`) has no mode of
/// its own: it verifies everything, erring on the side of checking.
fn verify_mode(options: &LaunchOptions) -> VerifyMode {
    let remote = options.xx.flag("BytecodeVerificationRemote");
    let local = options.xx.flag("BytecodeVerificationLocal");
    match (local, remote) {
        (true, _) => VerifyMode::All,
        (false, true) => VerifyMode::Remote,
        (false, false) => VerifyMode::None,
    }
}

/// The encoding HotSpot 17 picks from the locale: UTF-8 when the locale names it, else the C locale's ASCII.
fn native_encoding() -> &'static str {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
    match locale {
        Some(l) if l.to_ascii_lowercase().replace('-', "").contains("utf8") => "UTF-8",
        _ => "ANSI_X3.4-1968",
    }
}

pub(crate) fn system_properties(class_path: &str) -> Vec<(String, String)> {
    let encoding = native_encoding();
    let env = |k: &str, default: &str| std::env::var(k).unwrap_or_else(|_| default.to_owned());
    let user_dir = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_else(|_| "/".to_owned());
    let os_version = std::fs::read_to_string("/proc/sys/kernel/osrelease").map(|v| v.trim().to_owned()).unwrap_or_default();
    let java_home = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(|d| d.display().to_string()))
        .unwrap_or_default();
    let pairs: Vec<(&str, String)> = vec![
        ("java.version", "17.0.15".into()),
        ("java.specification.version", "17".into()),
        ("java.vm.specification.version", "17".into()),
        ("java.class.version", "61.0".into()),
        ("java.vendor", "Cortado".into()),
        ("java.vm.name", "Cortado".into()),
        ("java.vm.version", super::VERSION.into()),
        ("java.home", java_home),
        ("java.class.path", class_path.to_owned()),
        ("os.name", "Linux".into()),
        ("os.arch", if cfg!(target_arch = "x86_64") { "amd64".into() } else { std::env::consts::ARCH.into() }),
        ("os.version", os_version),
        ("file.separator", "/".into()),
        ("path.separator", ":".into()),
        ("line.separator", "\n".into()),
        ("user.dir", user_dir),
        ("user.home", env("HOME", "?")),
        ("user.name", env("USER", "?")),
        ("java.io.tmpdir", "/tmp".into()),
        ("native.encoding", encoding.into()),
        ("file.encoding", encoding.into()),
        ("sun.jnu.encoding", encoding.into()),
        ("stdout.encoding", encoding.into()),
        ("stderr.encoding", encoding.into()),
    ];
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}
