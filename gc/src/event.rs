//! What one collection did, in the shape of HotSpot's `-Xlog:gc` line, and the cumulative counters.

use std::fmt;
use std::time::Duration;

/// Which collection to run (the argument of [`Heap::collect`](crate::Heap::collect)), and in a
/// [`GcEvent`], which one ran (never `Auto` there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectKind {
    /// Copy the young generation's live objects into the survivor space or the old generation.
    Minor,
    /// Mark and compact the whole heap.
    Full,
    /// Minor, or full when the old generation cannot guarantee the promotion of every young object.
    Auto,
}

/// Why a collection ran (printed in the log line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcCause {
    /// An allocation found no room.
    AllocationFailure,
    /// `System.gc()` / `Runtime.gc()`.
    SystemGc,
    /// The last attempt before `OutOfMemoryError`: soft references are cleared too.
    LastDitch,
    /// The stress mode (a collection forced at an allocation).
    Stress,
}

impl GcCause {
    /// The cause as HotSpot's log prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AllocationFailure => "Allocation Failure",
            Self::SystemGc => "System.gc()",
            Self::LastDitch => "Last ditch collection",
            Self::Stress => "GC Stress",
        }
    }
}

/// One collection: `Display` gives HotSpot's unified-logging line without its `[uptime][info][gc]` decorations,
/// e.g. `GC(3) Pause Young (Allocation Failure) 24M->3M(256M) 1.234ms`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GcEvent {
    /// Sequence number of the collection, from 0.
    pub id: u64,
    /// What ran: [`CollectKind::Minor`] or [`CollectKind::Full`] (`Auto` is resolved before the event).
    pub kind: CollectKind,
    /// Why.
    pub cause: GcCause,
    /// Heap bytes in use before.
    pub used_before: usize,
    /// Heap bytes in use after.
    pub used_after: usize,
    /// Committed heap bytes after.
    pub capacity: usize,
    /// Time the collection took.
    pub pause: Duration,
    /// `java.lang.ref.Reference` objects whose referent this collection cleared, as slot values (addresses
    /// after the move). They are not roots: the runtime must hold them (e.g. push them on a queue that is a
    /// root) before the next collection.
    pub cleared_references: Vec<u64>,
}

impl fmt::Display for GcEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const M: usize = 1 << 20;
        let kind = if self.kind == CollectKind::Full { "Full" } else { "Young" };
        write!(
            f,
            "GC({}) Pause {kind} ({}) {}M->{}M({}M) {:.3}ms",
            self.id,
            self.cause.as_str(),
            self.used_before / M,
            self.used_after / M,
            self.capacity / M,
            self.pause.as_secs_f64() * 1e3
        )
    }
}

/// Collections of one kind so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PauseStats {
    /// How many.
    pub count: u64,
    /// Their summed pause.
    pub total: Duration,
    /// The longest pause.
    pub max: Duration,
}

impl PauseStats {
    pub(crate) fn record(&mut self, pause: Duration) {
        self.count += 1;
        self.total += pause;
        self.max = self.max.max(pause);
    }
}

/// Cumulative counters for `--stats` and `Runtime` memory queries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Bytes handed out (allocation buffers, large objects and direct allocations), ever.
    pub allocated_bytes: usize,
    /// Bytes committed now (the same as [`Heap::capacity`](crate::Heap::capacity)).
    pub reserved_bytes: usize,
    /// Bytes copied from the young generation into the old one, ever.
    pub promoted_bytes: usize,
    /// Minor collections.
    pub minor: PauseStats,
    /// Full collections.
    pub full: PauseStats,
}
