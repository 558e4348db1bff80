//! Garbage collection, the runtime's side: how the collector sees Java objects ([`JavaLayout`]), where the
//! roots are ([`JavaRoots`]), and when a collection runs (allocation failure, `System.gc()`, stress mode).
//!
//! The collector (`gc`) moves objects and rewrites the slots that point at them; it finds those slots through
//! the root set below and through each object's layout. Everything that holds a reference outside the heap is
//! listed here, once:
//! - per class: its mirror, its reference-typed static fields, the interned strings its constant pool resolved;
//! - per VM: the intern table, the references the collector cleared and Java has not yet seen
//!   (`Reference.takePending`), the preallocated `OutOfMemoryError`, the embedder's object handles
//!   ([`crate::global_handles`]);
//! - per thread: the pending exception, the `Thread` object, the handle stack (Rust code's references,
//!   [`JavaThread::protect`]), the interpreter frames, through reference maps ([`crate::refmap`]), and the
//!   compiled frames, through the JIT's stack maps ([`crate::compiler::CompiledFrameRoots`]).
//!
//! Rust code never keeps an `ObjRef` in a local across anything that can allocate: it protects it with a
//! handle. Stress mode (`-XX:+GCStress`) collects at every allocation and verifies the heap after each
//! collection, which turns a forgotten handle into an immediate failure rather than a rare one.

use std::sync::atomic::Ordering;

use gc::{ObjectLayout, RefSlots, RefStrength, RootSet};

use crate::class::{ClassKind, ValueKind};
use crate::object::{ARRAY_BASE_OFFSET, ObjRef};
use crate::resolve::Resolved;
use crate::runtime::Runtime;
use crate::thread::JavaThread;

/// Java objects as the collector sees them: size and reference slots from the object's class.
#[derive(Debug, Clone, Copy)]
pub struct JavaLayout<'a> {
    rt: &'a Runtime,
}

impl<'a> JavaLayout<'a> {
    /// The layout of `rt`'s objects.
    pub fn new(rt: &'a Runtime) -> Self {
        Self { rt }
    }
}

/// The object at `obj`, which the collector guarantees is the start of a live object.
fn object_at(obj: *const u8) -> ObjRef {
    ObjRef::from_slot(obj as usize as u64).expect("the collector passes object addresses, never null")
}

impl ObjectLayout for JavaLayout<'_> {
    fn size_of(&self, obj: *const u8) -> usize {
        crate::alloc::object_size(object_at(obj))
    }

    fn ref_slots(&self, obj: *const u8) -> RefSlots<'_> {
        let obj = object_at(obj);
        let class = obj.class().get(self.rt);
        match class.kind {
            ClassKind::Array { element: ValueKind::Reference, .. } => {
                RefSlots::Elements { first: ARRAY_BASE_OFFSET, count: obj.array_length() as usize }
            }
            ClassKind::Array { .. } | ClassKind::Primitive(_) => RefSlots::None,
            ClassKind::Instance if class.ref_offsets.is_empty() => RefSlots::None,
            ClassKind::Instance => RefSlots::Fields(&class.ref_offsets),
        }
    }

    fn weak_referent(&self, obj: *const u8) -> Option<(*mut u64, RefStrength)> {
        let obj = object_at(obj);
        let (offset, strength) = obj.class().weak_referent?;
        Some((obj.field_addr(offset as usize).cast_mut().cast(), strength))
    }
}

/// Every root of one VM: its classes, its tables and its threads (the one that collects and every other
/// attached thread, stopped).
pub struct JavaRoots<'a, 'w> {
    rt: &'a Runtime,
    thread: &'a mut JavaThread,
    world: Option<&'a mut crate::threads::StoppedWorld<'w>>,
}

impl<'a, 'w> JavaRoots<'a, 'w> {
    /// The roots of `rt` with `thread` as its only running thread and `world` holding the others, stopped.
    pub fn new(rt: &'a Runtime, thread: &'a mut JavaThread, world: Option<&'a mut crate::threads::StoppedWorld<'w>>) -> Self {
        Self { rt, thread, world }
    }
}

/// The slot form of an `Option<ObjRef>` field: `Option<ObjRef>` has the layout of a nullable pointer (a
/// `repr(transparent)` wrapper of `NonNull`), so it is a slot holding an address or 0.
fn option_slot(slot: &mut Option<ObjRef>) -> *mut u64 {
    std::ptr::from_mut(slot).cast()
}

impl RootSet for JavaRoots<'_, '_> {
    fn visit_roots(&mut self, visit: &mut dyn FnMut(*mut u64)) {
        let rt = self.rt;
        {
            let classes = rt.classes.lock();
            for class in &classes.arena {
                visit(class.mirror.as_ptr());
                for field in class.fields.iter().filter(|f| f.is_static() && f.kind == ValueKind::Reference) {
                    visit(class.static_slot(field).as_ptr());
                }
                for entry in &class.cp_cache {
                    if let Some(Resolved::String(slot)) = entry.get() {
                        visit(slot.as_ptr());
                    }
                }
            }
        }
        for string in rt.interned.lock().values_mut() {
            visit(std::ptr::from_mut(string).cast());
        }
        for slot in rt.gc_state.lock().pending_references.iter_mut() {
            visit(slot);
        }
        visit(rt.gc_state.lock().preallocated_oom.as_ptr());
        rt.global_handles.for_each_slot(visit);
        visit_thread_roots(rt, self.thread, visit);
        if let Some(world) = self.world.as_deref_mut() {
            world.for_each_thread(&mut |thread| visit_thread_roots(rt, thread, visit));
        }
    }
}

/// One thread's roots: pending exception, `Thread` object, handles, interpreter and compiled frames.
fn visit_thread_roots(rt: &Runtime, thread: &mut JavaThread, visit: &mut dyn FnMut(*mut u64)) {
    visit(option_slot(&mut thread.pending));
    visit(option_slot(&mut thread.thread_object));
    for slot in thread.handles.iter_mut().chain(thread.sync_objects.iter_mut()) {
        visit(slot);
    }
    crate::refmap::visit_frame_refs(thread, visit);
    if thread.frames.iter().any(|f| f.is_compiled()) && !rt.tiering.visit_compiled_frames(thread, visit) {
        // Compiled code runs only with its walker installed (vm's tiering does both); a collection that cannot
        // find compiled frames' references would corrupt the heap, so stop here instead.
        panic!("a collection found compiled frames on {}'s stack but no compiled-frame walker", thread.name);
    }
}

/// Why a collection runs, as the log names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcRequest {
    /// `System.gc()` / `Runtime.gc()`: a full collection.
    SystemGc,
    /// Eden is full: a young collection (the collector escalates when the old generation is short of room).
    AllocationFailure,
    /// The young collection did not make room: a full collection that also clears soft references.
    LastDitch,
    /// Stress mode.
    Stress {
        /// A full collection rather than a young one.
        full: bool,
    },
}

impl Runtime {
    /// Runs a collection for `thread`, stopping every other attached thread first, and logs it (`-Xlog:gc`,
    /// `-Xlog:safepoint`). A collection for a failed allocation or for stress mode is skipped when another
    /// thread collected while this one waited for its turn: the caller retries its allocation.
    pub fn collect_garbage(&self, thread: &mut JavaThread, request: GcRequest) {
        let skip_if_done = matches!(request, GcRequest::AllocationFailure | GcRequest::Stress { .. });
        let Some(mut world) = self.stop_the_world(thread, skip_if_done) else { return };

        let (kind, cause) = match request {
            GcRequest::SystemGc => (gc::CollectKind::Full, gc::GcCause::SystemGc),
            GcRequest::AllocationFailure => (gc::CollectKind::Auto, gc::GcCause::AllocationFailure),
            GcRequest::LastDitch => (gc::CollectKind::Full, gc::GcCause::LastDitch),
            GcRequest::Stress { full: false } => (gc::CollectKind::Minor, gc::GcCause::Stress),
            GcRequest::Stress { full: true } => (gc::CollectKind::Full, gc::GcCause::Stress),
        };
        let mut heap = self.heap.lock();
        // The collection empties eden: every thread's allocation buffer is void after it.
        crate::alloc::retire_tlab(&mut heap, thread);
        world.for_each_thread(&mut |other| crate::alloc::retire_tlab(&mut heap, other));
        let times = world.times;
        let stopped_threads = world.stopped_count();
        let event = {
            let mut roots = JavaRoots::new(self, thread, Some(&mut world));
            // With `verify` on (stress mode, -XX:+VerifyAfterGC) the collector checks the heap after the
            // collection and panics on a bad reference, which the launcher reports as a VM failure.
            heap.collect(kind, cause, &JavaLayout::new(self), &mut roots)
        };
        drop(heap);
        drop(world);
        if self.options.log_safepoint {
            let operation = match request {
                GcRequest::SystemGc => "GenCollectFull",
                _ => "GenCollectForAllocation",
            };
            let at_safepoint = times.stopped_at.elapsed();
            let uptime = self.started.elapsed().as_secs_f64();
            let line = format!(
                "[{uptime:.3}s][info][safepoint] Safepoint \"{operation}\", Time since last: {} ns, Reaching safepoint: {} ns, At safepoint: {} ns, Total: {} ns\n",
                times.since_last.as_nanos(),
                times.reaching.as_nanos(),
                at_safepoint.as_nanos(),
                (times.reaching + at_safepoint).as_nanos()
            );
            self.io().write(1, line.as_bytes());
        }
        if !event.cleared_references.is_empty() {
            // Only references registered with a queue are kept for Java to see; the others are garbage now.
            let queue_offset = self
                .find_loaded("java/lang/ref/Reference", crate::class::LoaderId::Boot)
                .and_then(|c| c.declared_field("queue", "Ljava/lang/ref/ReferenceQueue;").map(|f| f.offset as usize));
            let queued = event.cleared_references.iter().filter_map(|&a| ObjRef::from_slot(a as usize as u64)).filter(|r| {
                queue_offset.is_some_and(|offset| r.class().weak_referent.is_some() && r.read_ref(offset).is_some())
            });
            self.gc_state.lock().pending_references.extend(queued.map(ObjRef::to_slot));
        }
        if self.options.log_gc {
            let uptime = self.started.elapsed().as_secs_f64();
            if stopped_threads > 0 {
                // HotSpot's `-Xlog:gc` has no such line (its time-to-safepoint is under `-Xlog:safepoint`,
                // which Cortado prints too); with other threads running, how long stopping them took is part of
                // the pause a program sees, so `-Xlog:gc` shows it. Single-threaded runs keep HotSpot's lines.
                let line = format!(
                    "[{uptime:.3}s][info][gc,safepoint] GC({}) Time to safepoint {:.3}ms ({stopped_threads} other thread{} stopped)\n",
                    event.id,
                    times.reaching.as_secs_f64() * 1e3,
                    if stopped_threads == 1 { "" } else { "s" }
                );
                self.io().write(1, line.as_bytes());
            }
            self.io().write(1, format!("[{uptime:.3}s][info][gc] {event}\n").as_bytes());
        }
    }

    /// The references the collector cleared since the last call (for `Reference.takePending`).
    pub fn take_pending_references(&self) -> Vec<ObjRef> {
        std::mem::take(&mut self.gc_state.lock().pending_references).into_iter().filter_map(ObjRef::from_slot).collect()
    }

    /// Builds the `OutOfMemoryError` thrown when even constructing one fails (once, after the class library
    /// is up; the collector keeps it alive).
    pub fn preallocate_out_of_memory_error(&self, thread: &mut JavaThread) -> crate::thread::JResult<()> {
        let error = self.new_throwable(thread, "java/lang/OutOfMemoryError", Some("Java heap space"))?;
        self.gc_state.lock().preallocated_oom.store(error.to_slot(), Ordering::Relaxed);
        Ok(())
    }
}
