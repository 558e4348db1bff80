//! Reference maps: which local-variable and operand-stack slots of a method's frame hold references before
//! each instruction, and the walk over a thread's interpreter frames that reports those slots to the
//! collector.
//!
//! The maps are tier-independent (bci-indexed; the JIT's OSR entry reads them too). They are built once per
//! method, on first request, and kept on [`Method::ref_maps`](crate::method::Method::ref_maps), from one
//! of two sources:
//! - **the verifier's frames** when the class was verified at link time (`Class::verified`): a slot is a
//!   reference when its verification type is reference-like (a class or array type, `null`, or an
//!   uninitialized object, `new`'s result before `<init>` and `uninitializedThis`);
//! - otherwise (the trusted class library, `-Xverify:none`, classes not linked yet) **a data-flow fixpoint
//!   over the bytecode** on a lattice that only knows reference, non-reference and return address. It needs
//!   no class loading (merging two references gives a reference) and no `StackMapTable`, so one pass serves
//!   every class version, `jsr`/`ret` subroutines included (a `ret` returns after each `jsr` to its
//!   subroutine, with the locals the subroutine may store to taken from the `ret`'s state and the others
//!   from the `jsr`'s, as the old verifier does). A merge of a reference with anything else is a
//!   non-reference, so a slot is called a reference only if every path into the instruction leaves one
//!   there. The fixpoint can be more precise than the verifier's frames (a `StackMapTable` frame may declare
//!   `Top` where every path has a reference); both are sound: a slot either map calls a reference holds one,
//!   and a slot called a non-reference is never used as a reference again before it is stored to.
//!
//! Representation: each distinct map is a record of `1 + ceil((max_locals + max_stack) / 64)` words (the
//! stack height, then one bit per local and per stack slot); instructions point at records by index
//! (sorted bcis and record ids side by side, found by binary search). Consecutive instructions differ in
//! their stack, so most instructions have a record of their own, but records are shared wherever the maps
//! repeat (the same expression shape evaluated twice, straight-line code that only moves primitives); a
//! typical method costs about 6 bytes per instruction plus 16 bytes per distinct map. Every reachable
//! instruction gets a map, not only the safepoints: nearly every instruction can allocate, call, throw or
//! resolve, and OSR wants loop heads, which are often plain loads.
//!
//! What the walk relies on (see the interpreter's `exec` docs): a frame's saved `bci` is the instruction
//! being executed and its saved `sp` is at most the stack height the map gives; the slots between the
//! frame's operand-stack base and `sp` hold what the map says. Slots at or above `sp` are dead (at a call
//! they are the callee's arguments, which the callee's frame covers as its locals).

mod bytecode;

use std::collections::HashMap;

use classfile::bytecode::decode;

use crate::method::{Method, MethodCode};
use crate::runtime::Runtime;
use crate::thread::JavaThread;

/// Where a method's maps came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapSource {
    /// The verifier's frame types.
    Verifier,
    /// The data-flow fixpoint over the bytecode.
    Bytecode,
    /// None could be built: the method has no code, or its code cannot be decoded (the interpreter refuses
    /// to run it too).
    Unavailable,
}

/// The reference maps of one method, by bci.
#[derive(Debug)]
pub struct RefMaps {
    max_locals: u16,
    /// Words per record: the stack height, then the bits.
    stride: usize,
    /// The bci of each instruction with a map, ascending.
    bcis: Box<[u16]>,
    /// The record of each of those instructions.
    ids: Box<[u32]>,
    /// The distinct records, `stride` words each.
    records: Box<[u64]>,
    source: MapSource,
}

/// The map at one instruction: which locals and operand-stack slots hold references before it executes.
#[derive(Debug, Clone, Copy)]
pub struct RefMap<'a> {
    max_locals: usize,
    /// The stack height, then the bits (locals first, then stack slots from the bottom).
    record: &'a [u64],
}

impl RefMap<'_> {
    /// The operand-stack height before the instruction, in slots.
    pub fn stack_height(&self) -> usize {
        self.record.first().map_or(0, |&h| h as usize)
    }

    fn bit(&self, i: usize) -> bool {
        self.record.get(1 + i / 64).is_some_and(|w| w >> (i % 64) & 1 != 0)
    }

    /// Whether local `i` holds a reference.
    pub fn is_local_ref(&self, i: usize) -> bool {
        i < self.max_locals && self.bit(i)
    }

    /// Whether operand-stack slot `i` (0 is the bottom) holds a reference.
    pub fn is_stack_ref(&self, i: usize) -> bool {
        i < self.stack_height() && self.bit(self.max_locals + i)
    }

    /// Indices of the set bits, ascending.
    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.record.iter().skip(1).enumerate().flat_map(|(w, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let b = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    w * 64 + b
                })
            })
        })
    }

    /// The locals holding references, ascending.
    pub fn local_refs(&self) -> impl Iterator<Item = usize> + '_ {
        let max_locals = self.max_locals;
        self.ones().take_while(move |&i| i < max_locals)
    }

    /// The operand-stack slots holding references (0 is the bottom), ascending.
    pub fn stack_refs(&self) -> impl Iterator<Item = usize> + '_ {
        let (max_locals, height) = (self.max_locals, self.stack_height());
        self.ones().skip_while(move |&i| i < max_locals).map(move |i| i - max_locals).take_while(move |&i| i < height)
    }
}

impl RefMaps {
    /// Builds the maps of `method`: from the verifier's frames if its class was verified, else from the
    /// bytecode. Prefer [`Method::ref_maps`](crate::method::Method::ref_maps), which builds them once.
    pub fn build(method: &Method) -> RefMaps {
        let Some(code) = method.code.as_ref() else { return RefMaps::unavailable(0, 0) };
        let verified = method.class.verified.get().and_then(Option::as_ref).and_then(|v| v.method(usize::from(method.index)));
        match verified {
            Some(frames) => {
                let mut b = Builder::new(code);
                for bci in frames.bcis() {
                    if let Some(f) = frames.frame_at(bci) {
                        b.add(bci, f.locals.iter().map(verifier::VType::is_reference_like), f.stack.iter().map(verifier::VType::is_reference_like));
                    }
                }
                b.finish(MapSource::Verifier)
            }
            None => RefMaps::from_bytecode(method),
        }
    }

    /// Builds the maps of `method` by the data-flow fixpoint over its bytecode, whether or not the class was
    /// verified (for tests that compare the two sources, and for the JIT if it wants maps of its own).
    pub fn from_bytecode(method: &Method) -> RefMaps {
        let Some(code) = method.code.as_ref() else { return RefMaps::unavailable(0, 0) };
        let cp = method.class.class_file.as_deref().map(|cf| &cf.constant_pool);
        let (Some(cp), Ok(insns)) = (cp, decode(&code.bytes)) else {
            return RefMaps::unavailable(code.max_locals, code.max_stack);
        };
        let initial = bytecode::initial_state(method, code);
        match bytecode::Analysis::new(code, cp, insns).run(initial) {
            Some(maps) => maps,
            None => RefMaps::unavailable(code.max_locals, code.max_stack),
        }
    }

    fn unavailable(max_locals: u16, max_stack: u16) -> RefMaps {
        Builder::with_sizes(max_locals, max_stack).finish(MapSource::Unavailable)
    }

    /// The map before the instruction at `bci`, or `None` if no reachable instruction starts there.
    pub fn at(&self, bci: u32) -> Option<RefMap<'_>> {
        let bci = u16::try_from(bci).ok()?;
        let i = self.bcis.binary_search(&bci).ok()?;
        let id = *self.ids.get(i)? as usize;
        let record = self.records.get(id * self.stride..(id + 1) * self.stride)?;
        Some(RefMap { max_locals: usize::from(self.max_locals), record })
    }

    /// The bcis that have a map (the reachable instructions), ascending.
    pub fn bcis(&self) -> impl Iterator<Item = u32> + '_ {
        self.bcis.iter().map(|&b| u32::from(b))
    }

    /// Where the maps came from.
    pub fn source(&self) -> MapSource {
        self.source
    }

    /// How many distinct maps the method has.
    pub fn distinct_maps(&self) -> usize {
        self.records.len() / self.stride.max(1)
    }

    /// Bytes of heap memory the maps take (for measurements).
    pub fn heap_bytes(&self) -> usize {
        self.bcis.len() * 2 + self.ids.len() * 4 + self.records.len() * 8
    }
}

/// Collects maps instruction by instruction and shares identical records.
pub(super) struct Builder {
    max_locals: u16,
    max_stack: u16,
    stride: usize,
    bcis: Vec<u16>,
    ids: Vec<u32>,
    records: Vec<u64>,
    interned: HashMap<Box<[u64]>, u32>,
    scratch: Vec<u64>,
}

impl Builder {
    fn new(code: &MethodCode) -> Self {
        Self::with_sizes(code.max_locals, code.max_stack)
    }

    fn with_sizes(max_locals: u16, max_stack: u16) -> Self {
        let bits = usize::from(max_locals) + usize::from(max_stack);
        let stride = 1 + bits.div_ceil(64);
        Builder {
            max_locals,
            max_stack,
            stride,
            bcis: Vec::new(),
            ids: Vec::new(),
            records: Vec::new(),
            interned: HashMap::new(),
            scratch: vec![0; stride],
        }
    }

    /// Records the map at `bci` (bcis in increasing order): `locals` and `stack` say, slot by slot, which
    /// hold references; entries past `max_locals` or `max_stack` are ignored.
    fn add(&mut self, bci: u32, locals: impl Iterator<Item = bool>, stack: impl Iterator<Item = bool>) {
        let Ok(bci) = u16::try_from(bci) else { return };
        let max_locals = usize::from(self.max_locals);
        self.scratch.iter_mut().for_each(|w| *w = 0);
        for (i, is_ref) in locals.take(max_locals).enumerate() {
            if is_ref {
                self.scratch[1 + i / 64] |= 1 << (i % 64);
            }
        }
        let mut height = 0;
        for (i, is_ref) in stack.take(usize::from(self.max_stack)).enumerate() {
            height = i + 1;
            let bit = max_locals + i;
            if is_ref {
                self.scratch[1 + bit / 64] |= 1 << (bit % 64);
            }
        }
        self.scratch[0] = height as u64;
        let id = match self.interned.get(self.scratch.as_slice()) {
            Some(&id) => id,
            None => {
                let id = (self.records.len() / self.stride) as u32;
                self.records.extend_from_slice(&self.scratch);
                self.interned.insert(self.scratch.clone().into_boxed_slice(), id);
                id
            }
        };
        if self.bcis.last().is_some_and(|&last| last >= bci) {
            return;
        }
        self.bcis.push(bci);
        self.ids.push(id);
    }

    fn finish(self, source: MapSource) -> RefMaps {
        RefMaps {
            max_locals: self.max_locals,
            stride: self.stride,
            bcis: self.bcis.into(),
            ids: self.ids.into(),
            records: self.records.into(),
            source,
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The frame walk.

/// Calls `visit` with the address of every slot of `thread`'s interpreter stack that holds a reference: for
/// each frame, the locals its map at the frame's saved bci calls references, then the operand-stack slots
/// below the frame's saved `sp` that the map calls references. Each slot is passed once (frames do not
/// overlap: a callee's locals start at its caller's saved `sp`). Slots may hold null (0).
///
/// A frame whose method has no map at its bci (never, for code the interpreter runs) contributes nothing;
/// [`check_frames`] reports it.
pub fn visit_frame_refs(thread: &JavaThread, visit: &mut dyn FnMut(*mut u64)) {
    let base = thread.stack.base();
    let len = thread.stack.len();
    // A compiled frame's record holds no interpreter slots; its references are in the compiled code's own
    // frame, found through the code's stack maps.
    for frame in thread.frames.iter().filter(|f| !f.is_compiled()) {
        let method: &Method = &frame.method;
        let Some(code) = method.code.as_ref() else { continue };
        let Some(map) = method.ref_maps().at(frame.bci) else { continue };
        let locals = frame.locals as usize;
        for i in map.local_refs() {
            let slot = locals + i;
            if slot < len {
                visit(base.wrapping_add(slot));
            }
        }
        let stack = locals + usize::from(code.max_locals);
        let live = (frame.sp as usize).saturating_sub(stack);
        for i in map.stack_refs().take_while(|&i| i < live) {
            let slot = stack + i;
            if slot < len {
                visit(base.wrapping_add(slot));
            }
        }
    }
}

/// A defect [`check_frames`] found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameCheckError {
    /// The frame's method has no map at the frame's bci.
    #[error("{method} @{bci}: no reference map at this bci")]
    NoMap {
        /// The method.
        method: String,
        /// The frame's bci.
        bci: u32,
    },
    /// The frame's saved `sp` is above the stack height its map gives, so some live slots have no type.
    #[error("{method} @{bci}: saved sp is {sp} slots above the operand-stack base, the map's height is {height}")]
    StackAboveMap {
        /// The method.
        method: String,
        /// The frame's bci.
        bci: u32,
        /// The saved height.
        sp: usize,
        /// The map's height.
        height: usize,
    },
    /// A slot the map calls a reference holds something that is neither null nor a heap address.
    #[error("{method} @{bci}: {place} holds {value:#x}, which is not a reference into the heap")]
    NotAReference {
        /// The method.
        method: String,
        /// The frame's bci.
        bci: u32,
        /// `local n` or `stack n`.
        place: String,
        /// The slot's value.
        value: u64,
    },
}

/// The debug self-check (`CORTADO_CHECK_REFMAPS=1`, see [`RuntimeOptions::check_refmaps`]): every frame of
/// `thread` has a map at its bci, its saved `sp` is within the map's stack height, and every slot the map
/// calls a reference is null or an 8-byte-aligned address inside the heap. Returns the first defect.
///
/// [`RuntimeOptions::check_refmaps`]: crate::runtime::RuntimeOptions::check_refmaps
pub fn check_frames(rt: &Runtime, thread: &JavaThread) -> Result<(), FrameCheckError> {
    let heap = rt.heap.lock();
    for frame in thread.frames.iter().filter(|f| !f.is_compiled()) {
        let method: &Method = &frame.method;
        let Some(code) = method.code.as_ref() else { continue };
        let name = || method.qualified_name();
        let Some(map) = method.ref_maps().at(frame.bci) else {
            return Err(FrameCheckError::NoMap { method: name(), bci: frame.bci });
        };
        let locals = frame.locals as usize;
        let stack = locals + usize::from(code.max_locals);
        let live = (frame.sp as usize).saturating_sub(stack);
        if live > map.stack_height() {
            return Err(FrameCheckError::StackAboveMap { method: name(), bci: frame.bci, sp: live, height: map.stack_height() });
        }
        let places = map.local_refs().map(|i| ("local", i, locals + i));
        let places = places.chain(map.stack_refs().take_while(|&i| i < live).map(|i| ("stack", i, stack + i)));
        for (kind, i, slot) in places {
            let value = thread.stack.get(slot).unwrap_or(0);
            if value != 0 && (!value.is_multiple_of(8) || !heap.contains(value as usize as *const u8)) {
                let place = format!("{kind} {i}");
                return Err(FrameCheckError::NotAReference { method: name(), bci: frame.bci, place, value });
            }
        }
    }
    Ok(())
}

/// What [`poison_dead_slots`] writes: odd (so never an object's address) and far outside any heap.
pub const DEAD_SLOT: u64 = 0xDEAD_0000_0000_0BAD;

/// Overwrites the innermost frame's operand-stack slots at and above its saved `sp` with [`DEAD_SLOT`]: the
/// self-check's test of the other half of the walk's contract, that nothing live sits above the saved `sp`
/// when a collection can happen (a collector would not have updated it). Code that reads such a slot back
/// gets a value that fails the check as a reference and prints wrong as a number.
pub fn poison_dead_slots(thread: &mut JavaThread) {
    let Some(top) = thread.frames.last().copied().filter(|f| !f.is_compiled()) else { return };
    let Some(code) = top.method.code.as_ref() else { return };
    let end = top.locals as usize + usize::from(code.max_locals) + usize::from(code.max_stack);
    for slot in top.sp as usize..end.min(thread.stack.len()) {
        thread.stack.set(slot, DEAD_SLOT);
    }
}

/// The other half of the self-check, standing in for a moving collector until one runs: every slot of every
/// frame that the map does *not* call a reference (locals, and operand-stack slots below the saved `sp`) but
/// that holds a heap address is overwritten with [`DEAD_SLOT`], as a stale reference would be left behind by
/// a collector that moved its object. If a map missed a live reference, the code that uses it then fails.
/// Only values of 2^32 and more are touched, so no `int` or `float` ever is; a `long` or `double` whose bits
/// happen to equal a heap address would be clobbered too (the heap is a few mapped ranges among 2^64 values).
/// Returns how many slots it overwrote.
pub fn clobber_unmapped_references(rt: &Runtime, thread: &mut JavaThread) -> usize {
    let heap = rt.heap.lock();
    let mut clobbered = 0;
    for k in 0..thread.frames.len() {
        let frame = thread.frames[k];
        if frame.is_compiled() {
            continue;
        }
        let method: &Method = &frame.method;
        let Some(code) = method.code.as_ref() else { continue };
        let Some(map) = method.ref_maps().at(frame.bci) else { continue };
        let locals = frame.locals as usize;
        let stack = locals + usize::from(code.max_locals);
        let live_locals = (0..usize::from(code.max_locals)).filter(|&i| !map.is_local_ref(i)).map(|i| locals + i);
        let live_stack = (stack..frame.sp as usize).filter(|&slot| !map.is_stack_ref(slot - stack));
        let unmapped: Vec<usize> = live_locals.chain(live_stack).collect();
        for slot in unmapped {
            let value = thread.stack.get(slot).unwrap_or(0);
            if value >> 32 != 0 && value.is_multiple_of(8) && heap.contains(value as usize as *const u8) {
                thread.stack.set(slot, DEAD_SLOT);
                clobbered += 1;
            }
        }
    }
    clobbered
}

/// The self-check's hook at every allocation and safepoint when [`RuntimeOptions::check_refmaps`] is on:
/// runs [`check_frames`] and aborts the process with the defect if there is one, then
/// [`poison_dead_slots`] and [`clobber_unmapped_references`].
///
/// [`RuntimeOptions::check_refmaps`]: crate::runtime::RuntimeOptions::check_refmaps
pub(crate) fn check_or_abort(rt: &Runtime, thread: &mut JavaThread) {
    if let Err(defect) = check_frames(rt, thread) {
        eprintln!("Cortado reference-map check failed: {defect}");
        std::process::abort();
    }
    poison_dead_slots(thread);
    clobber_unmapped_references(rt, thread);
}
