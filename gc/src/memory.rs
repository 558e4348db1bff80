//! Raw memory for the heap: the one virtual reservation per heap (and its card table), and word-level access
//! to addresses inside it.
//!
//! This is the only module of `gc` with `unsafe` code. A [`Reservation`] is an anonymous `mmap` with
//! `MAP_NORESERVE`: the kernel commits pages only when they are first touched, [`Reservation::release`] hands
//! pages back (`MADV_DONTNEED`, after which they read as zero), and dropping the reservation unmaps it all, so
//! a VM that is created and dropped repeatedly leaves nothing behind.
//!
//! The access functions (`load`, `store`, `copy`, `fill`, ...) take plain addresses. They are
//! crate-private and their contract is the collector's invariant rather than a type: every caller passes an
//! address inside a live reservation of the heap doing the work (objects, card table), or a root slot a
//! [`RootSet`](crate::RootSet) handed to the collector for the duration of one collection. Debug builds check
//! alignment.

use std::io;
use std::ptr::NonNull;

/// Alignment of every object: 8 bytes, the size of a slot.
pub const ALIGN: usize = 8;

/// The size of a virtual-memory page that [`Reservation::release`] works in.
pub const PAGE: usize = 4096;

/// One contiguous range of reserved virtual memory, readable and writable, zero until written, unmapped on drop.
#[derive(Debug)]
pub struct Reservation {
    base: NonNull<u8>,
    size: usize,
}

// SAFETY: a reservation is plain owned memory with no thread affinity; whoever holds the heap decides who
// touches it.
unsafe impl Send for Reservation {}
// SAFETY: `&Reservation` exposes only its bounds and `release`, which the kernel serialises; reads and writes
// of the memory itself are synchronised by the heap's owner.
unsafe impl Sync for Reservation {}

impl Reservation {
    /// Reserves `size` bytes (rounded up to a page) without committing them.
    pub fn new(size: usize) -> io::Result<Self> {
        let size = size.max(PAGE).checked_next_multiple_of(PAGE).ok_or_else(|| io::Error::from(io::ErrorKind::OutOfMemory))?;
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing touches no existing memory.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let base = NonNull::new(ptr.cast::<u8>()).ok_or_else(|| io::Error::from(io::ErrorKind::OutOfMemory))?;
        Ok(Self { base, size })
    }

    /// The first address.
    pub fn start(&self) -> usize {
        self.base.as_ptr() as usize
    }

    /// One past the last address.
    pub fn end(&self) -> usize {
        self.start() + self.size
    }

    /// Asks the kernel to back the reservation with transparent huge pages where it can (`MADV_HUGEPAGE`):
    /// one fault maps and zeroes 2 MiB instead of 4 KiB, and fewer TLB entries cover the heap. Only a hint:
    /// kernels without THP, or with it disabled, ignore it.
    pub fn advise_huge_pages(&self) {
        // SAFETY: `base`/`size` describe exactly this mapping; MADV_HUGEPAGE changes how the kernel backs its
        // pages, never their contents.
        let rc = unsafe { libc::madvise(self.base.as_ptr().cast(), self.size, libc::MADV_HUGEPAGE) };
        // EINVAL: a kernel built without transparent huge pages; nothing is lost.
        debug_assert!(rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EINVAL));
    }

    /// Returns the whole pages inside `[start, end)` to the operating system; they read as zero afterwards.
    /// Returns the page-aligned range released, if any.
    pub fn release(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let start = start.max(self.start()).next_multiple_of(PAGE);
        let end = end.min(self.end()) / PAGE * PAGE;
        if end <= start {
            return None;
        }
        // SAFETY: `[start, end)` is page-aligned and inside this mapping; MADV_DONTNEED on a private anonymous
        // mapping only drops page contents (later reads see zeros), which the caller asked for.
        let rc = unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
        debug_assert_eq!(rc, 0, "madvise on our own mapping");
        Some((start, end))
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        // SAFETY: `base`/`size` describe exactly the mapping `new` created, unmapped only here, once; no object
        // of this heap is used after the heap is dropped.
        let rc = unsafe { libc::munmap(self.base.as_ptr().cast(), self.size) };
        debug_assert_eq!(rc, 0, "munmap of our own mapping");
    }
}

/// The word at `addr` (8-aligned, inside the heap's reservation).
#[inline(always)]
pub(crate) fn load(addr: usize) -> u64 {
    debug_assert!(addr.is_multiple_of(ALIGN) && addr != 0, "unaligned heap load at {addr:#x}");
    // SAFETY: by this module's contract `addr` is an aligned word inside a live reservation.
    unsafe { (addr as *const u64).read() }
}

/// Writes the word at `addr` (8-aligned, inside the heap's reservation).
#[inline(always)]
pub(crate) fn store(addr: usize, value: u64) {
    debug_assert!(addr.is_multiple_of(ALIGN) && addr != 0, "unaligned heap store at {addr:#x}");
    // SAFETY: by this module's contract `addr` is an aligned word inside a live reservation.
    unsafe { (addr as *mut u64).write(value) }
}

/// The value of a root slot the runtime handed to the collector.
#[inline(always)]
pub(crate) fn load_slot(slot: *mut u64) -> u64 {
    // SAFETY: `RootSet::visit_roots` passes valid, aligned slots that stay valid during the collection.
    unsafe { slot.read() }
}

/// Rewrites a root slot the runtime handed to the collector.
#[inline(always)]
pub(crate) fn store_slot(slot: *mut u64, value: u64) {
    // SAFETY: as for `load_slot`; the collector is the only writer while it runs.
    unsafe { slot.write(value) }
}

/// The byte at `addr` (inside a reservation: the card table).
#[inline(always)]
pub(crate) fn load_byte(addr: usize) -> u8 {
    // SAFETY: by this module's contract `addr` is inside a live reservation.
    unsafe { (addr as *const u8).read() }
}

/// Writes the byte at `addr` (inside a reservation: the card table).
#[inline(always)]
pub(crate) fn store_byte(addr: usize, value: u8) {
    // SAFETY: by this module's contract `addr` is inside a live reservation.
    unsafe { (addr as *mut u8).write(value) }
}

/// Copies `len` bytes from `src` to `dst` (both inside the heap; the ranges may overlap).
#[inline]
pub(crate) fn copy(src: usize, dst: usize, len: usize) {
    // SAFETY: by this module's contract both ranges lie inside a live reservation; `copy` allows overlap.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len) }
}

/// Copies the `len` bytes (a multiple of 8) of an object from `src` to `dst`, which do not overlap (inside the
/// heap): small objects, most of what a minor collection copies, word by word rather than through `memcpy`.
#[inline]
pub(crate) fn copy_object(src: usize, dst: usize, len: usize) {
    debug_assert!(len.is_multiple_of(ALIGN) && src.is_multiple_of(ALIGN) && dst.is_multiple_of(ALIGN));
    debug_assert!(src + len <= dst || dst + len <= src, "overlapping object copy");
    if len <= 8 * ALIGN {
        let mut off = 0;
        while off < len {
            store(dst + off, load(src + off));
            off += ALIGN;
        }
    } else {
        // SAFETY: by this module's contract both ranges lie inside a live reservation; the caller guarantees
        // they are disjoint (an object and its new copy).
        unsafe { std::ptr::copy_nonoverlapping(src as *const u8, dst as *mut u8, len) }
    }
}

/// Asks the CPU to start loading the cache line at `addr` (a hint: no effect on memory, never faults).
#[inline(always)]
pub(crate) fn prefetch(addr: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE is part of the x86-64 baseline, and a prefetch is only a hint: it never faults, whatever the
    // address, and changes no memory.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(addr as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

/// Sets `len` bytes from `addr` (inside the heap or card table) to `byte`.
#[inline]
pub(crate) fn fill(addr: usize, len: usize, byte: u8) {
    // SAFETY: by this module's contract the range lies inside a live reservation.
    unsafe { std::ptr::write_bytes(addr as *mut u8, byte, len) }
}

/// The words of `[addr, addr + 8 * len)` as a slice, for scanning the card table a word at a time.
#[inline]
pub(crate) fn words<'a>(addr: usize, len: usize) -> &'a [u64] {
    debug_assert!(addr.is_multiple_of(ALIGN));
    // SAFETY: by this module's contract the range is inside a live reservation that outlives the borrow (the
    // heap holds the reservation and the slice does not escape the collection that reads it), and nothing
    // writes it while the slice is alive (the collector is the only thread running).
    unsafe { std::slice::from_raw_parts(addr as *const u64, len) }
}

/// Marks the card of `field` in a card table whose base is pre-biased by the heap's start (see
/// [`WriteBarrier`](crate::WriteBarrier)): `*(biased_base + (field >> shift)) = value`.
#[inline(always)]
pub(crate) fn mark_card(biased_base: usize, field: usize, shift: u32, value: u8) {
    let card = biased_base.wrapping_add(field >> shift);
    // SAFETY: the barrier's contract: `field` is inside the heap, so `card` is inside the card table
    // reservation, which lives as long as the heap and therefore as long as the barrier is used.
    unsafe { (card as *mut u8).write(value) }
}
