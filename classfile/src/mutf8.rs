//! Modified UTF-8 (JVMS 4.4.7): the encoding of every string in a class file.
//!
//! It differs from standard UTF-8 in two ways: U+0000 is written as the two bytes `C0 80`, and characters
//! outside the Basic Multilingual Plane are written as their UTF-16 surrogate pair, each surrogate encoded
//! as three bytes. Java strings are sequences of UTF-16 code units and may hold unpaired surrogates, which a
//! Rust `str` cannot; [`decode_utf16`] is therefore the lossless decoder, and [`decode_str`] gives a `String`
//! only when the text is valid Unicode.

/// Why bytes are not legal modified UTF-8, with the offset of the first bad byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mutf8Error {
    /// Offset of the first byte that cannot start or continue a character.
    pub offset: usize,
}

/// Decodes modified UTF-8 into UTF-16 code units. Accepts every byte string HotSpot's legality check
/// accepts: one-byte forms `01..7F`, two-byte forms (including the `C0 80` null and overlong forms, which
/// old compilers emitted), and three-byte forms; rejects `00`, `F0..FF`, stray continuation bytes and
/// truncated sequences.
pub fn decode_utf16(bytes: &[u8]) -> Result<Vec<u16>, Mutf8Error> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let cont = |k: usize| -> Result<u16, Mutf8Error> {
            match bytes.get(i + k) {
                Some(&c) if c & 0xC0 == 0x80 => Ok(u16::from(c & 0x3F)),
                _ => Err(Mutf8Error { offset: i + k }),
            }
        };
        match b {
            0x01..=0x7F => {
                out.push(u16::from(b));
                i += 1;
            }
            0xC0..=0xDF => {
                out.push((u16::from(b & 0x1F) << 6) | cont(1)?);
                i += 2;
            }
            0xE0..=0xEF => {
                out.push((u16::from(b & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?);
                i += 3;
            }
            _ => return Err(Mutf8Error { offset: i }),
        }
    }
    Ok(out)
}

/// Checks that bytes are legal modified UTF-8 without building anything.
pub fn validate(bytes: &[u8]) -> Result<(), Mutf8Error> {
    // Fast path: plain ASCII without NUL is the overwhelmingly common case in class files.
    if bytes.iter().all(|&b| (0x01..=0x7F).contains(&b)) {
        return Ok(());
    }
    decode_utf16(bytes).map(drop)
}

/// Decodes modified UTF-8 into a Rust string, or `None` if the bytes are illegal or the text holds an
/// unpaired surrogate (legal in Java, not representable in `str`).
pub fn decode_str(bytes: &[u8]) -> Option<String> {
    if bytes.iter().all(|&b| (0x01..=0x7F).contains(&b)) {
        // ASCII is identical in both encodings.
        return String::from_utf8(bytes.to_vec()).ok();
    }
    let units = decode_utf16(bytes).ok()?;
    String::from_utf16(&units).ok()
}

/// Encodes UTF-16 code units as modified UTF-8, in the canonical (shortest) forms.
pub fn encode_utf16(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    for &u in units {
        match u {
            0x0001..=0x007F => out.push(u as u8),
            0x0000 | 0x0080..=0x07FF => {
                out.push(0xC0 | (u >> 6) as u8);
                out.push(0x80 | (u & 0x3F) as u8);
            }
            _ => {
                out.push(0xE0 | (u >> 12) as u8);
                out.push(0x80 | ((u >> 6) & 0x3F) as u8);
                out.push(0x80 | (u & 0x3F) as u8);
            }
        }
    }
    out
}

/// Encodes a Rust string as modified UTF-8.
pub fn encode_str(text: &str) -> Vec<u8> {
    if text.bytes().all(|b| (0x01..=0x7F).contains(&b)) {
        return text.as_bytes().to_vec();
    }
    encode_utf16(&text.encode_utf16().collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_round_trips() {
        assert_eq!(encode_str("java/lang/Object"), b"java/lang/Object");
        assert_eq!(decode_str(b"java/lang/Object").as_deref(), Some("java/lang/Object"));
    }

    #[test]
    fn null_is_two_bytes() {
        assert_eq!(encode_str("a\0b"), [b'a', 0xC0, 0x80, b'b']);
        assert_eq!(decode_str(&[b'a', 0xC0, 0x80, b'b']).as_deref(), Some("a\0b"));
        assert!(validate(&[0]).is_err());
    }

    #[test]
    fn supplementary_characters_are_surrogate_pairs() {
        let text = "x\u{1F600}y";
        let bytes = encode_str(text);
        assert_eq!(bytes.len(), 1 + 6 + 1);
        assert_eq!(decode_str(&bytes).as_deref(), Some(text));
    }

    #[test]
    fn unpaired_surrogate_is_legal_but_not_a_str() {
        let bytes = encode_utf16(&[0xD800]);
        assert_eq!(decode_utf16(&bytes).unwrap(), [0xD800]);
        assert_eq!(decode_str(&bytes), None);
    }

    #[test]
    fn illegal_bytes_are_located() {
        assert_eq!(validate(&[b'a', 0xF0]), Err(Mutf8Error { offset: 1 }));
        assert_eq!(validate(&[0xE0, 0x80]), Err(Mutf8Error { offset: 2 }));
        assert_eq!(validate(&[0x80]), Err(Mutf8Error { offset: 0 }));
    }
}
