//! What a runtime's Java code may do to the host ([`Sandbox`]: files, environment, exit), checked by the class
//! library's natives, and how long it may run ([`ExecutionLimits`]: fuel, a deadline, an interrupt flag),
//! charged at the safepoint polls of both tiers.
//!
//! The `cortado` command grants everything ([`Sandbox::allow_all`], the default); the embedding API starts
//! from [`Sandbox::deny_all`] and grants capabilities one by one. A denial throws
//! `java.lang.SecurityException` with a message naming the access and the resource.
//!
//! Fuel: each poll (method entry, loop back-edge) costs one unit. A thread's counter ([`JavaThread::fuel`])
//! counts down the units granted to it; when it reaches zero the thread's safepoint asks
//! [`ExecutionLimits::refuel`] for another chunk from the runtime's reserve. Refuelling is also where the
//! deadline and the interrupt flag are checked, so with a budget or a deadline the chunk is small
//! ([`CHECK_INTERVAL`] polls) and a stop is noticed within microseconds. Without limits the counter starts
//! at `i64::MAX` and never runs out. A stop unwinds the thread like `System.exit` (every frame popped, no
//! handler or `finally` run), so Java code cannot catch it.
//!
//! Compiled code charges the same counter at its polls, as the interpreter does: it keeps the `i64` at
//! `offset_of!(JavaThread, fuel)` in a variable (loaded at entry and after every call that is not a leaf,
//! stored before every such call and every return), subtracts one at each poll, and calls the runtime's
//! safepoint when the result is `<= 0` or the poll word is non-zero (two compare-and-branches to one cold call).

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread, Thrown};

/// Which files a runtime may read or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileAccess {
    /// Any file.
    All,
    /// Files under these directories (absolute, normalized); none when empty.
    Under(Vec<PathBuf>),
}

/// The host capabilities a runtime's Java code has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sandbox {
    /// Reading files and their metadata, listing directories.
    pub read: FileAccess,
    /// Creating, writing, renaming and deleting files and directories.
    pub write: FileAccess,
    /// `System.getenv`.
    pub env: bool,
    /// `System.exit` / `Runtime.halt`.
    pub exit: bool,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::allow_all()
    }
}

/// The kind of file access being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileOp {
    /// Reading a file or its metadata, listing a directory.
    Read,
    /// Changing the file system.
    Write,
}

impl Sandbox {
    /// Everything allowed (the `cortado` command).
    pub fn allow_all() -> Self {
        Self { read: FileAccess::All, write: FileAccess::All, env: true, exit: true }
    }

    /// Nothing allowed (the embedding API's starting point).
    pub fn deny_all() -> Self {
        Self { read: FileAccess::Under(Vec::new()), write: FileAccess::Under(Vec::new()), env: false, exit: false }
    }

    /// Whether `op` on `path` is allowed. Paths are made absolute against the process's working directory and
    /// `.`/`..` are resolved lexically, then symbolic links through the longest existing prefix, so neither
    /// `dir/../etc` nor a link out of a granted directory escapes it.
    pub fn allows_file(&self, op: FileOp, path: &str) -> bool {
        let access = match op {
            FileOp::Read => &self.read,
            FileOp::Write => &self.write,
        };
        match access {
            FileAccess::All => true,
            FileAccess::Under(dirs) if dirs.is_empty() => false,
            FileAccess::Under(dirs) => {
                let resolved = resolve(Path::new(path));
                dirs.iter().any(|dir| resolved.starts_with(resolve(dir)))
            }
        }
    }

    /// Throws `SecurityException` unless `op` on `path` is allowed.
    pub fn check_file(&self, rt: &Runtime, thread: &mut JavaThread, op: FileOp, path: &str) -> JResult<()> {
        if self.allows_file(op, path) {
            return Ok(());
        }
        let what = match op {
            FileOp::Read => "read",
            FileOp::Write => "write",
        };
        Err(deny(rt, thread, &format!("file {what} access to {path}")))
    }

    /// Throws `SecurityException` unless the environment may be read.
    pub fn check_env(&self, rt: &Runtime, thread: &mut JavaThread, name: &str) -> JResult<()> {
        if self.env { Ok(()) } else { Err(deny(rt, thread, &format!("access to environment variable {name}"))) }
    }

    /// Throws `SecurityException` unless the program may end the VM.
    pub fn check_exit(&self, rt: &Runtime, thread: &mut JavaThread, status: i32) -> JResult<()> {
        if self.exit { Ok(()) } else { Err(deny(rt, thread, &format!("exit with status {status}"))) }
    }
}

/// `java.lang.SecurityException: <what> denied by the host`.
fn deny(rt: &Runtime, thread: &mut JavaThread, what: &str) -> Thrown {
    rt.throw_new(thread, "java/lang/SecurityException", Some(&format!("{what} denied by the host")))
}

/// `path` absolute, `.` and `..` resolved, symbolic links resolved through its longest existing prefix.
fn resolve(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/")).join(path)
    };
    let mut lexical = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::CurDir => {}
            other => lexical.push(other),
        }
    }
    // Canonicalize the longest prefix that exists, keep the rest (a file about to be created).
    let mut existing = lexical.clone();
    let mut rest = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            return rest.iter().rev().fold(canonical, |p, name: &std::ffi::OsString| p.join(name));
        }
        match (existing.file_name().map(ToOwned::to_owned), existing.parent().map(Path::to_path_buf)) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent;
            }
            _ => return lexical,
        }
    }
}

/// Polls between two checks of the deadline and the interrupt flag when either is in force.
pub const CHECK_INTERVAL: i64 = 10_000;

/// Why a runtime stopped a thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// The fuel ran out.
    BudgetExhausted,
    /// The wall-clock deadline passed.
    DeadlineExceeded,
    /// The host interrupted the runtime.
    Interrupted,
}

/// A runtime's execution limits: the fuel reserve, the deadline and the interrupt flag.
#[derive(Debug)]
pub struct ExecutionLimits {
    /// Fuel not yet granted to any thread (`u64::MAX`: unlimited).
    reserve: AtomicU64,
    /// When running threads stop.
    deadline: Mutex<Option<Instant>>,
    /// Set by the host (from any thread) to stop the runtime's threads at their next check.
    interrupt: Arc<AtomicBool>,
    /// Whether any limit is in force (then threads get fuel in small chunks).
    limited: AtomicBool,
    /// Why the last stop happened.
    stopped: Mutex<Option<StopReason>>,
    /// Set between two calls of an embedded VM that has a budget or a deadline: threads the script started
    /// wait at their next refuel until the next call arms the limits (see [`pause`](Self::pause)).
    paused: Mutex<bool>,
    /// Signalled when `paused` is cleared.
    resumed: Condvar,
    /// Bumped whenever the limits change ([`arm`](Self::arm), [`pause`](Self::pause)); a thread whose
    /// [`JavaThread::limits_generation`] differs drops the fuel it holds at its next safepoint, so a grant made
    /// under old limits (`i64::MAX` when there were none) cannot outlive them.
    generation: AtomicU64,
}

impl Default for ExecutionLimits {
    fn default() -> Self {
        Self {
            reserve: AtomicU64::new(u64::MAX),
            deadline: Mutex::new(None),
            interrupt: Arc::new(AtomicBool::new(false)),
            limited: AtomicBool::new(false),
            stopped: Mutex::new(None),
            paused: Mutex::new(false),
            resumed: Condvar::new(),
            generation: AtomicU64::new(1),
        }
    }
}

impl ExecutionLimits {
    /// The interrupt flag, for a handle another thread keeps.
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// Sets the limits for what runs next on `thread`: `fuel` polls in all (`None`: unlimited), until
    /// `deadline`, checked for an interrupt when `watch_interrupt`. Clears a previous stop.
    pub fn arm(&self, thread: &mut JavaThread, fuel: Option<u64>, deadline: Option<Instant>, watch_interrupt: bool) {
        let limited = fuel.is_some() || deadline.is_some() || watch_interrupt;
        self.limited.store(limited, Ordering::Relaxed);
        *self.deadline.lock() = deadline;
        *self.stopped.lock() = None;
        // A stop another thread of the VM made (see `Runtime::check_limits`) applied to the last call only.
        thread.async_exit.store(crate::threads::NO_EXIT, Ordering::Relaxed);
        match fuel {
            None => {
                self.reserve.store(u64::MAX, Ordering::Relaxed);
                thread.set_fuel(if limited { CHECK_INTERVAL } else { i64::MAX });
            }
            Some(total) => {
                let first = total.min(CHECK_INTERVAL as u64);
                self.reserve.store(total - first, Ordering::Relaxed);
                thread.set_fuel(first as i64);
            }
        }
        thread.limits_generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        // Last: a thread waiting at its refuel since the last call must find the new reserve and deadline when
        // it wakes (woken before, it found the pause's empty reserve without the pause, and stopped itself
        // and the call for an exhausted budget).
        let mut paused = self.paused.lock();
        if *paused {
            *paused = false;
            self.resumed.notify_all();
        }
    }

    /// Ends a call of a limited embedded VM: `host` (the thread that made the call) runs unlimited, as the
    /// host's own conversions and `toString` calls between calls are not charged, but every other thread of
    /// the VM stops at its next refuel and waits for the next call ([`wait_while_paused`]
    /// (Self::wait_while_paused)). Without this, a thread the script started would keep running, unmetered,
    /// after the call that started it had returned: a sandbox whose budget and deadline a script escapes by
    /// starting a thread. So threads run only inside calls, charged to the call that is running.
    pub fn pause(&self, host: &mut JavaThread) {
        // The order matters: a thread refuelling meanwhile must see either the old limits or the pause, never
        // an unlimited moment (it would take `i64::MAX` fuel) nor an empty reserve without the pause (a stop).
        *self.paused.lock() = true;
        self.limited.store(true, Ordering::SeqCst);
        self.reserve.store(0, Ordering::SeqCst);
        *self.deadline.lock() = None;
        *self.stopped.lock() = None;
        host.async_exit.store(crate::threads::NO_EXIT, Ordering::Relaxed);
        host.set_fuel(i64::MAX);
        host.limits_generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
    }

    /// Lets `host` run the class library unmetered for a moment (describing a call's exception) without
    /// changing the limits other threads see.
    pub fn unmeter(&self, host: &mut JavaThread) {
        host.async_exit.store(crate::threads::NO_EXIT, Ordering::Relaxed);
        host.set_fuel(i64::MAX);
    }

    /// The current limits' generation (see the field).
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Whether the VM is between two limited calls (see [`pause`](Self::pause)).
    pub fn is_paused(&self) -> bool {
        *self.paused.lock()
    }

    /// Waits at most `timeout` for the next call to end a pause; whether the pause is over.
    pub fn wait_resumed(&self, timeout: std::time::Duration) -> bool {
        let mut paused = self.paused.lock();
        if *paused {
            let _ = self.resumed.wait_for(&mut paused, timeout);
        }
        !*paused
    }

    /// Whether any limit is in force (new threads then start without fuel and take it from the reserve).
    pub fn is_limited(&self) -> bool {
        self.limited.load(Ordering::Relaxed)
    }

    /// Fuel left: the reserve plus what `thread` has not used of its grant (`None`: unlimited).
    pub fn remaining(&self, thread: &JavaThread) -> Option<u64> {
        let reserve = self.reserve.load(Ordering::Relaxed);
        (reserve != u64::MAX).then(|| reserve + thread.fuel.max(0) as u64)
    }

    /// Why the last stop happened, if one did since [`arm`](Self::arm).
    pub fn stop_reason(&self) -> Option<StopReason> {
        *self.stopped.lock()
    }

    /// Called from the safepoint when `thread`'s fuel ran out: checks the interrupt flag and the deadline,
    /// then grants the next chunk, or stops the thread (unwinding like `System.exit`).
    pub fn refuel(&self, thread: &mut JavaThread) -> JResult<()> {
        if !self.limited.load(Ordering::Relaxed) {
            thread.set_fuel(i64::MAX);
            return Ok(());
        }
        self.check(thread)?;
        let reserve = self.reserve.load(Ordering::Relaxed);
        if reserve == u64::MAX {
            thread.set_fuel(CHECK_INTERVAL);
            return Ok(());
        }
        let grant = reserve.min(CHECK_INTERVAL as u64);
        if grant == 0 {
            if self.is_paused() {
                // Between calls (see `pause`): no fuel now; the caller waits for the next call and asks again.
                thread.set_fuel(0);
                return Ok(());
            }
            return Err(self.stop(thread, StopReason::BudgetExhausted));
        }
        self.reserve.fetch_sub(grant, Ordering::Relaxed);
        thread.set_fuel(grant as i64);
        Ok(())
    }

    /// Checks the interrupt flag and the deadline outside a poll (from blocking natives such as `sleep`).
    pub fn check(&self, thread: &mut JavaThread) -> JResult<()> {
        if !self.limited.load(Ordering::Relaxed) {
            return Ok(());
        }
        if self.interrupt.swap(false, Ordering::Relaxed) {
            return Err(self.stop(thread, StopReason::Interrupted));
        }
        if self.deadline.lock().is_some_and(|d| Instant::now() >= d) {
            return Err(self.stop(thread, StopReason::DeadlineExceeded));
        }
        Ok(())
    }

    fn stop(&self, thread: &mut JavaThread, reason: StopReason) -> Thrown {
        *self.stopped.lock() = Some(reason);
        thread.set_fuel(0);
        thread.pending = None;
        thread.exit_status = Some(STOPPED_STATUS);
        Thrown
    }
}

/// The exit status a stopped thread unwinds with (the host sees the [`StopReason`] instead).
pub const STOPPED_STATUS: i32 = i32::MIN;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_confine_paths() {
        let dir = std::env::temp_dir().join(format!("cortado-sandbox-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("inner")).expect("temp dir");
        let sandbox = Sandbox { read: FileAccess::Under(vec![dir.clone()]), ..Sandbox::deny_all() };
        let inside = dir.join("inner/file.txt");
        assert!(sandbox.allows_file(FileOp::Read, inside.to_str().expect("utf-8")));
        assert!(sandbox.allows_file(FileOp::Read, dir.to_str().expect("utf-8")));
        let escape = format!("{}/inner/../../etc/passwd", dir.display());
        assert!(!sandbox.allows_file(FileOp::Read, &escape));
        assert!(!sandbox.allows_file(FileOp::Read, "/etc/passwd"));
        assert!(!sandbox.allows_file(FileOp::Write, inside.to_str().expect("utf-8")));
        #[cfg(unix)]
        {
            let link = dir.join("link");
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink("/etc", &link).expect("symlink");
            assert!(!sandbox.allows_file(FileOp::Read, link.join("passwd").to_str().expect("utf-8")));
        }
        assert!(Sandbox::allow_all().allows_file(FileOp::Write, "/etc/passwd"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn fuel_is_granted_in_chunks_and_runs_out() {
        let limits = ExecutionLimits::default();
        let mut thread = JavaThread::new("t", 64);
        limits.arm(&mut thread, Some(25_000), None, false);
        assert_eq!(thread.fuel, CHECK_INTERVAL);
        assert_eq!(limits.remaining(&thread), Some(25_000));
        thread.fuel = 0;
        assert!(limits.refuel(&mut thread).is_ok());
        thread.fuel = 0;
        assert!(limits.refuel(&mut thread).is_ok());
        assert_eq!(thread.fuel, 5_000);
        thread.fuel = 0;
        assert_eq!(limits.refuel(&mut thread), Err(Thrown));
        assert_eq!(limits.stop_reason(), Some(StopReason::BudgetExhausted));
        assert_eq!(thread.exit_status, Some(STOPPED_STATUS));
    }

    #[test]
    fn interrupt_and_deadline_stop() {
        let limits = ExecutionLimits::default();
        let mut thread = JavaThread::new("t", 64);
        limits.arm(&mut thread, None, None, true);
        thread.fuel = 0;
        assert!(limits.refuel(&mut thread).is_ok());
        limits.interrupt_flag().store(true, Ordering::Relaxed);
        assert_eq!(limits.refuel(&mut thread), Err(Thrown));
        assert_eq!(limits.stop_reason(), Some(StopReason::Interrupted));
        limits.arm(&mut thread, None, Some(Instant::now()), false);
        assert_eq!(limits.refuel(&mut thread), Err(Thrown));
        assert_eq!(limits.stop_reason(), Some(StopReason::DeadlineExceeded));
        limits.arm(&mut thread, None, None, false);
        assert_eq!(thread.fuel, i64::MAX);
    }
}
