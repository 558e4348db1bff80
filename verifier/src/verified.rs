//! What verification leaves behind: the frame types at every instruction of every method, packed into one
//! arena per method, for the interpreter's GC reference maps and the JIT's typed translation.

use crate::error::VerifyErrorKind;
use crate::frame::Frame;

/// The most type entries one method's frames may take (about 200 MB): only a hostile method (tens of
/// thousands of instructions each changing one of tens of thousands of locals) comes near it, and it is
/// refused rather than allowed to exhaust memory.
const MAX_TYPES: usize = 1 << 23;
use crate::types::VType;

/// The types of one frame: its locals (trailing `Top`s trimmed; a local past the slice is `Top`) and its
/// operand stack, bottom first. Category-2 values take two entries, the value then `Top`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameTypes<'a> {
    /// Local variables from index 0.
    pub locals: &'a [VType],
    /// The operand stack, bottom first.
    pub stack: &'a [VType],
}

/// Where one instruction's frame sits in its method's arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    bci: u32,
    start: u32,
    locals: u16,
    stack: u16,
}

/// The incoming frame types of every reachable instruction of one method, in bci order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MethodFrames {
    spans: Vec<Span>,
    types: Vec<VType>,
}

impl MethodFrames {
    /// Records `frame` as the incoming state of the instruction at `bci`; bcis must come in increasing
    /// order (both drivers record in a final pass over the code).
    pub(crate) fn push(&mut self, bci: u32, frame: &Frame) -> Result<(), VerifyErrorKind> {
        let mut live = frame
            .locals
            .iter()
            .rposition(|t| *t != VType::Top)
            .map_or(0, |i| i + 1);
        // Keep the Top half of a trailing long or double, so that category-2 values stay two entries.
        if live > 0 && frame.locals.get(live - 1).is_some_and(VType::is_category2) {
            live = (live + 1).min(frame.locals.len());
        }
        let locals = &frame.locals[..live];
        // Both lengths are bounded by max_locals and max_stack, which are u16.
        let nlocals = u16::try_from(live).unwrap_or(u16::MAX);
        let nstack = u16::try_from(frame.stack.len()).unwrap_or(u16::MAX);
        // Straight-line code often leaves the frame unchanged (or the previous one is reused after a
        // branch): share the previous instruction's entries instead of copying them.
        if let Some(last) = self.spans.last().copied()
            && last.locals == nlocals
            && last.stack == nstack
            && self
                .slices(last)
                .is_some_and(|(l, s)| l == locals && s == frame.stack.as_slice())
        {
            self.spans.push(Span { bci, ..last });
            return Ok(());
        }
        if self.types.len() + live + frame.stack.len() > MAX_TYPES {
            return Err(VerifyErrorKind::Malformed(
                "too many distinct frames to keep their types".into(),
            ));
        }
        let start = u32::try_from(self.types.len()).unwrap_or(u32::MAX);
        self.types.extend_from_slice(locals);
        self.types.extend_from_slice(&frame.stack);
        self.spans.push(Span {
            bci,
            start,
            locals: nlocals,
            stack: nstack,
        });
        Ok(())
    }

    fn slices(&self, span: Span) -> Option<(&[VType], &[VType])> {
        let start = span.start as usize;
        let mid = start + usize::from(span.locals);
        let end = mid + usize::from(span.stack);
        Some((self.types.get(start..mid)?, self.types.get(mid..end)?))
    }

    /// The incoming frame of the instruction at `bci`, or `None` if no reachable instruction starts there.
    pub fn frame_at(&self, bci: u32) -> Option<FrameTypes<'_>> {
        let i = self.spans.binary_search_by_key(&bci, |s| s.bci).ok()?;
        let (locals, stack) = self.slices(*self.spans.get(i)?)?;
        Some(FrameTypes { locals, stack })
    }

    /// The bcis that have a frame (the reachable instructions), in order.
    pub fn bcis(&self) -> impl Iterator<Item = u32> + '_ {
        self.spans.iter().map(|s| s.bci)
    }
}

/// A verified class: per method (by index in `ClassFile::methods`), the frame types at each instruction.
/// Methods without code (abstract, native) have none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifiedClass {
    pub(crate) methods: Vec<Option<MethodFrames>>,
}

impl VerifiedClass {
    /// The incoming frame types of the instruction at `bci` in method `method_index`; `None` for a method
    /// without code, an out-of-range index, or a bci where no reachable instruction starts.
    pub fn frame_at(&self, method_index: usize, bci: u32) -> Option<FrameTypes<'_>> {
        self.method(method_index)?.frame_at(bci)
    }

    /// All frames of one method, if it has code.
    pub fn method(&self, method_index: usize) -> Option<&MethodFrames> {
        self.methods.get(method_index)?.as_ref()
    }

    /// How many methods the class has (with or without code).
    pub fn method_count(&self) -> usize {
        self.methods.len()
    }
}
