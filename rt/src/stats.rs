//! `--stats`: the counters a VM prints when it exits, for people comparing runs (classes, heap, collections).
//! Each subsystem keeps its own counters; this module only gathers and formats them.

use std::fmt::Write as _;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::runtime::Runtime;

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl Runtime {
    /// The `--stats` report: one `name: value` line per counter.
    pub fn stats_report(&self) -> String {
        let mut out = String::from("Cortado statistics\n");
        let classes = self.counters.classes_loaded.load(Ordering::Relaxed);
        let _ = writeln!(out, "  uptime:               {:.1} ms", ms(self.started.elapsed()));
        let _ = writeln!(out, "  classes loaded:       {classes}");
        let interpreted = self.counters.bytecodes_interpreted.load(Ordering::Relaxed);
        let _ = writeln!(out, "  bytecodes interpreted: {interpreted}");
        let heap = self.heap.lock();
        let stats = heap.stats();
        let policy = match heap.config().policy {
            gc::Policy::Generational => "generational (copying young, mark-compact full)",
            gc::Policy::Epsilon => "epsilon (never collects)",
        };
        let _ = writeln!(out, "  collector:            {policy}");
        let _ = writeln!(
            out,
            "  heap MB:              max {:.1}, committed {:.1}, used {:.1}",
            mb(heap.max()),
            mb(heap.capacity()),
            mb(heap.used())
        );
        let _ = writeln!(out, "  allocated MB:         {:.1}", mb(stats.allocated_bytes));
        let _ = writeln!(out, "  promoted MB:          {:.1}", mb(stats.promoted_bytes));
        for (name, kind) in [("young collections:   ", stats.minor), ("full collections:    ", stats.full)] {
            let _ = writeln!(
                out,
                "  {name} {} (pauses: total {:.3} ms, max {:.3} ms)",
                kind.count,
                ms(kind.total),
                ms(kind.max)
            );
        }
        out
    }
}
