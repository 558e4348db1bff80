//! Fuzz target: arbitrary bytes as a method's code array. The decoder may reject them but never panics, and
//! every prefix it accepts re-encodes to exactly the bytes it was decoded from.
#![no_main]

use classfile::bytecode::{Decoder, decode_at};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut encoded = Vec::with_capacity(data.len());
    for insn in Decoder::new(data) {
        let Ok(insn) = insn else { break };
        let start = encoded.len();
        insn.encode(&mut encoded)
            .expect("a decoded instruction can always be encoded");
        let end = start + insn.len as usize;
        assert_eq!(
            encoded.len(),
            end,
            "encoded length differs from the decoded length at bci {}",
            insn.bci
        );
        assert!(
            encoded[start..] == data[start..end],
            "re-encoding differs at bci {}",
            insn.bci
        );
        // Random access must agree with the sequential decoder.
        assert_eq!(decode_at(data, insn.bci).as_ref(), Ok(&insn));
    }
    // Decoding from an arbitrary position (as a branch target would ask) must not panic either.
    if let Some(&first) = data.first() {
        let _ = decode_at(data, u32::from(first));
    }
});
