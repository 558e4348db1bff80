//! The symmetric read/write trait behind every attribute structure, and a macro for the plain ones.
//!
//! Keeping each structure's reader and writer in one `impl` (or one macro row) is what makes the
//! parse-then-write round trip exact: the two cannot drift apart without the round-trip tests noticing.

use crate::constant_pool::{ConstantPool, CpIndex};
use crate::error::{Result, WriteError};
use crate::reader::{Reader, WriteBe, put_count};

/// What nested structures need to know while reading: the pool (to name attributes) and the version (to
/// decide which attributes exist), plus the nesting depth so hostile input cannot recurse without bound.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub(crate) cp: &'a ConstantPool,
    pub(crate) major: u16,
    pub(crate) depth: usize,
}

/// How deep annotations, element values and nested attributes may nest. javac never goes past a handful;
/// the limit exists so a crafted file cannot overflow the host stack.
pub(crate) const MAX_NESTING: usize = 64;

impl Ctx<'_> {
    /// One level deeper, or an error past [`MAX_NESTING`].
    pub(crate) fn nested(self, what: &'static str) -> Result<Self> {
        if self.depth >= MAX_NESTING {
            return Err(crate::error::FormatDefect::TooDeep { what, limit: MAX_NESTING }.into());
        }
        Ok(Self { depth: self.depth + 1, ..self })
    }
}

/// A class-file structure that reads and writes itself.
pub(crate) trait Codec: Sized {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self>;
    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError>;
}

impl Codec for u8 {
    fn read(r: &mut Reader<'_>, _: Ctx<'_>) -> Result<Self> {
        r.u1()
    }
    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u1(*self);
        Ok(())
    }
}

impl Codec for u16 {
    fn read(r: &mut Reader<'_>, _: Ctx<'_>) -> Result<Self> {
        r.u2()
    }
    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u2(*self);
        Ok(())
    }
}

impl Codec for CpIndex {
    fn read(r: &mut Reader<'_>, _: Ctx<'_>) -> Result<Self> {
        Ok(CpIndex(r.u2()?))
    }
    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u2(self.0);
        Ok(())
    }
}

/// A list behind a `u2` count. The capacity is bounded by the count (at most 65535), never by a `u4`.
impl<T: Codec> Codec for Vec<T> {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let count = r.u2()?;
        read_n(r, ctx, usize::from(count))
    }
    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        put_count(out, self.len(), "table")?;
        write_all(self, out)
    }
}

/// Reads `n` items (for lists whose count is not a `u2`, such as `u1`-counted parameter lists).
pub(crate) fn read_n<T: Codec>(r: &mut Reader<'_>, ctx: Ctx<'_>, n: usize) -> Result<Vec<T>> {
    // Each item takes at least one byte, so `remaining` bounds the allocation by the input's size.
    let mut items = Vec::with_capacity(n.min(r.remaining()));
    for _ in 0..n {
        items.push(T::read(r, ctx)?);
    }
    Ok(items)
}

/// Writes items without a count.
pub(crate) fn write_all<T: Codec>(items: &[T], out: &mut Vec<u8>) -> Result<(), WriteError> {
    items.iter().try_for_each(|item| item.write(out))
}

/// Declares a plain structure of `Codec` fields, read and written in declaration order.
macro_rules! codec_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name { $($(#[$fmeta])* pub $field: $ty,)* }

        impl $crate::attribute::codec::Codec for $name {
            fn read(
                r: &mut $crate::reader::Reader<'_>,
                ctx: $crate::attribute::codec::Ctx<'_>,
            ) -> $crate::error::Result<Self> {
                let _ = ctx;
                Ok(Self { $($field: <$ty as $crate::attribute::codec::Codec>::read(r, ctx)?,)* })
            }
            fn write(&self, out: &mut Vec<u8>) -> Result<(), $crate::error::WriteError> {
                let _ = &out;
                $($crate::attribute::codec::Codec::write(&self.$field, out)?;)*
                Ok(())
            }
        }
    };
}
pub(crate) use codec_struct;
