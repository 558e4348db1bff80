//! Fuzz target: arbitrary bytes as a class file. Parsing, format checking and decoding may fail but never
//! panic, and whatever parses writes back to exactly the input and re-encodes its code exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;

// The same checks as the mutation test, from one definition.
#[path = "../../classfile/tests/support/exercise.rs"]
#[allow(dead_code, reason = "the target uses part of the shared checks")]
mod exercise;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = exercise::exercise(data) {
        panic!("{broken}");
    }
});
