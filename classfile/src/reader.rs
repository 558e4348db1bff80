//! A bounds-checked big-endian reader over a byte slice: the parser's only way to touch input bytes.
//!
//! Every read checks the bytes present first and reports [`FormatDefect::Truncated`] instead of panicking,
//! so no length field in a hostile file can make the parser index past the end or allocate more than the
//! file itself holds.

use crate::error::{ClassFormatError, FormatDefect, WriteError};

/// A cursor over input bytes. `base` is the offset of `bytes[0]` within the whole class file, so errors
/// from sub-readers (one per attribute) still report file offsets.
#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    base: usize,
}

impl<'a> Reader<'a> {
    /// A reader over a whole file.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0, base: 0 }
    }

    /// Bytes not yet read.
    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    /// Whether every byte has been read.
    pub(crate) fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    /// The file offset of the next byte.
    pub(crate) fn offset(&self) -> usize {
        self.base + self.pos
    }

    fn truncated(&self, needed: usize) -> ClassFormatError {
        FormatDefect::Truncated { offset: self.offset(), needed: needed - self.remaining() }.into()
    }

    /// The next `n` bytes.
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], ClassFormatError> {
        if n > self.remaining() {
            return Err(self.truncated(n));
        }
        let slice = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(slice)
    }

    /// A reader over the next `n` bytes, which this reader skips.
    pub(crate) fn sub(&mut self, n: usize) -> Result<Reader<'a>, ClassFormatError> {
        let base = self.offset();
        let bytes = self.bytes(n)?;
        Ok(Reader { bytes, pos: 0, base })
    }

    /// Everything not yet read.
    pub(crate) fn rest(&mut self) -> &'a [u8] {
        let slice = &self.bytes[self.pos..];
        self.pos = self.bytes.len();
        slice
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ClassFormatError> {
        let mut out = [0; N];
        out.copy_from_slice(self.bytes(N)?);
        Ok(out)
    }

    /// One unsigned byte (`u1`).
    pub(crate) fn u1(&mut self) -> Result<u8, ClassFormatError> {
        Ok(self.array::<1>()?[0])
    }

    /// A big-endian `u2`.
    pub(crate) fn u2(&mut self) -> Result<u16, ClassFormatError> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    /// A big-endian `u4`.
    pub(crate) fn u4(&mut self) -> Result<u32, ClassFormatError> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    /// A big-endian 8-byte value (the two `u4`s of a long or double constant).
    pub(crate) fn u8_be(&mut self) -> Result<u64, ClassFormatError> {
        Ok(u64::from_be_bytes(self.array()?))
    }
}

/// The writer's counterpart: big-endian appends to a byte vector.
pub(crate) trait WriteBe {
    /// Appends a `u1`.
    fn put_u1(&mut self, v: u8);
    /// Appends a big-endian `u2`.
    fn put_u2(&mut self, v: u16);
    /// Appends a big-endian `u4`.
    fn put_u4(&mut self, v: u32);
}

impl WriteBe for Vec<u8> {
    fn put_u1(&mut self, v: u8) {
        self.push(v);
    }
    fn put_u2(&mut self, v: u16) {
        self.extend_from_slice(&v.to_be_bytes());
    }
    fn put_u4(&mut self, v: u32) {
        self.extend_from_slice(&v.to_be_bytes());
    }
}

/// Writes a `u2` count, failing if the list is too long for the class-file format (possible only for a model
/// built by code, never for one the parser read).
pub(crate) fn put_count(out: &mut Vec<u8>, len: usize, what: &'static str) -> Result<(), WriteError> {
    let count = u16::try_from(len).map_err(|_| WriteError::TooLong { what, len })?;
    out.put_u2(count);
    Ok(())
}

/// Writes a `u4` length, failing if it does not fit.
pub(crate) fn put_len(out: &mut Vec<u8>, len: usize, what: &'static str) -> Result<(), WriteError> {
    let len32 = u32::try_from(len).map_err(|_| WriteError::TooLong { what, len })?;
    out.put_u4(len32);
    Ok(())
}
