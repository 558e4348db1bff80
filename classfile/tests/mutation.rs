//! Seeded byte mutations of real class files: the parser, format checker, writer and bytecode decoder answer
//! every mutant with `Ok` or `Err`, never a panic, and every mutant that parses writes back to its own bytes.
//!
//! The seeds are the committed `javac` output under `tests/data/seeds/` (so the test means something without a
//! JDK) plus a spread of classes from the host JDK's `java.base.jmod` when there is one. The mutations aim at
//! what a hand-written parser gets wrong: lengths and counts that lie, files cut short, bytes shifted by an
//! insertion or deletion so every later field is misread, and boundary values in single bytes. Everything is
//! derived from fixed seeds, so a failure reproduces exactly; the report names the class, the mutant number and
//! the mutations applied.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use classfile::classpath::Entry;
use classfile::{ClassFile, CpIndex};

#[path = "support/exercise.rs"]
#[allow(dead_code, reason = "each test uses part of the shared checks")]
mod exercise;
#[path = "support/jdk.rs"]
mod jdk;

use exercise::exercise;

/// Mutants made from each seed class.
const MUTANTS_PER_SEED: u64 = 120;

/// Classes taken from `java.base.jmod`, spread evenly over its sorted names.
const JAVA_BASE_SEEDS: usize = 30;

/// Seeds larger than this are skipped: a big class costs time per mutant without reaching more code.
const MAX_SEED_LEN: usize = 24 * 1024;

/// How many failures the assertion message lists.
const SHOWN_FAILURES: usize = 12;

/// SplitMix64: tiny, fast and good enough to spread mutations; fixed seeds make every run identical.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A value in `0..n`; `n` must be non-zero.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Byte values at the edges of signed and unsigned ranges, where off-by-one and sign bugs live.
const BOUNDARY_U1: [u8; 4] = [0x00, 0x7f, 0x80, 0xff];
/// Values for u2 counts, indices and lengths: zero, the signed edges, the maximum.
const BOUNDARY_U2: [u16; 5] = [0x0000, 0x7fff, 0x8000, 0xfffe, 0xffff];
/// Values for u4 lengths: ones that overflow `usize` arithmetic on 32-bit hosts, or an `i32`, or just exceed
/// any real file.
const BOUNDARY_U4: [u32; 5] = [
    0xffff_ffff,
    0x8000_0000,
    0x7fff_ffff,
    0x0001_0000,
    0xffff_fffa,
];

/// A seed class and the offsets where its attribute headers (name index, then u4 length) appear to sit.
struct Seed {
    name: String,
    bytes: Vec<u8>,
    /// Offsets of u4 attribute lengths: aimed at by the length mutation, since a random hit is unlikely.
    attribute_lengths: Vec<usize>,
}

impl Seed {
    fn new(name: String, bytes: Vec<u8>) -> Seed {
        let attribute_lengths = attribute_length_offsets(&bytes);
        Seed {
            name,
            bytes,
            attribute_lengths,
        }
    }
}

/// Offsets of every `u2 name_index, u4 length` pair whose index names a `Utf8` constant that looks like an
/// attribute name and whose length fits in the rest of the file. A false positive only means one mutation
/// lands somewhere less interesting; the parser exposes no offsets, so a scan is the honest way to find them.
fn attribute_length_offsets(bytes: &[u8]) -> Vec<usize> {
    let Ok(class) = ClassFile::parse(bytes) else {
        return Vec::new();
    };
    let is_attribute_name = |index: u16| {
        class.constant_pool.utf8(CpIndex(index)).is_ok_and(|text| {
            text.len() > 3
                && text.starts_with(|c: char| c.is_ascii_uppercase())
                && text.chars().all(|c| c.is_ascii_alphanumeric())
        })
    };
    (10..bytes.len().saturating_sub(6))
        .filter(|&at| {
            let index = u16::from_be_bytes([bytes[at], bytes[at + 1]]);
            let length =
                u32::from_be_bytes([bytes[at + 2], bytes[at + 3], bytes[at + 4], bytes[at + 5]]);
            is_attribute_name(index) && (length as usize) <= bytes.len() - at - 6
        })
        .map(|at| at + 2)
        .collect()
}

/// Applies one random mutation to `bytes` and says what it did.
fn mutate(rng: &mut SplitMix, seed: &Seed, bytes: &mut Vec<u8>) -> String {
    if bytes.is_empty() {
        bytes.push(0xca);
        return "grow an empty file".into();
    }
    let len = bytes.len();
    let at = rng.below(len);
    match rng.below(9) {
        0 => {
            let bit = rng.below(8);
            bytes[at] ^= 1 << bit;
            format!("flip bit {bit} at {at}")
        }
        1 => {
            let value = rng.pick(&BOUNDARY_U1);
            bytes[at] = value;
            format!("set byte {at} to {value:#04x}")
        }
        2 => {
            bytes.truncate(at);
            format!("truncate to {at} bytes")
        }
        3 => {
            let count = 1 + rng.below(8);
            let inserted: Vec<u8> = (0..count).map(|_| rng.next() as u8).collect();
            bytes.splice(at..at, inserted);
            format!("insert {count} random bytes at {at}")
        }
        4 => {
            let end = (at + 1 + rng.below(8)).min(len);
            bytes.drain(at..end);
            format!("delete bytes {at}..{end}")
        }
        5 => {
            let end = (at + 1 + rng.below(64)).min(len);
            let copy = bytes[at..end].to_vec();
            let to = rng.below(len + 1);
            bytes.splice(to..to, copy);
            format!("duplicate bytes {at}..{end} at {to}")
        }
        6 if len >= 2 => {
            let at = at.min(len - 2);
            let value = rng.pick(&BOUNDARY_U2);
            bytes[at..at + 2].copy_from_slice(&value.to_be_bytes());
            format!("set u2 at {at} to {value:#06x}")
        }
        7 if len >= 4 => {
            let at = at.min(len - 4);
            let value = rng.pick(&BOUNDARY_U4);
            bytes[at..at + 4].copy_from_slice(&value.to_be_bytes());
            format!("set u4 at {at} to {value:#010x}")
        }
        _ => {
            // An attribute length that lies: huge, or off by a little either way.
            let Some(&field) = seed
                .attribute_lengths
                .get(rng.below(seed.attribute_lengths.len().max(1)))
            else {
                bytes[at] = !bytes[at];
                return format!("invert byte {at}");
            };
            if field + 4 > bytes.len() {
                bytes.truncate(field);
                return format!("truncate to {field} bytes");
            }
            let old = u32::from_be_bytes(bytes[field..field + 4].try_into().expect("four bytes"));
            let value = match rng.below(3) {
                0 => rng.pick(&BOUNDARY_U4),
                1 => old.wrapping_add(1 + rng.below(4) as u32),
                _ => old.wrapping_sub(1 + rng.below(4) as u32),
            };
            bytes[field..field + 4].copy_from_slice(&value.to_be_bytes());
            format!("set attribute length at {field} from {old} to {value}")
        }
    }
}

/// The committed seed classes, sorted by name so the run is the same everywhere.
fn committed_seeds() -> Vec<Seed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "class"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            Seed::new(
                path.file_name()
                    .expect("file name")
                    .to_string_lossy()
                    .into_owned(),
                bytes,
            )
        })
        .collect()
}

/// An even spread of `java.base` classes, or none (saying why) without a JDK.
fn java_base_seeds() -> Vec<Seed> {
    let jmod = match jdk::java_base_jmod() {
        Ok(jmod) => jmod,
        Err(why) => {
            println!("no java.base seeds: {why}");
            return Vec::new();
        }
    };
    let entry = Entry::open(&jmod).expect("java.base.jmod opens");
    let names = entry
        .class_names()
        .expect("java.base.jmod lists its classes");
    let step = (names.len() / JAVA_BASE_SEEDS).max(1);
    names
        .iter()
        .step_by(step)
        .filter_map(|name| {
            let source = entry.find_class(name).expect("a listed class reads")?;
            (source.bytes.len() <= MAX_SEED_LEN).then(|| Seed::new(name.clone(), source.bytes))
        })
        .collect()
}

#[test]
fn mutants_never_panic_and_parsed_mutants_round_trip() {
    let mut seeds = committed_seeds();
    assert!(
        seeds.len() >= 10,
        "expected the committed seed classes under tests/data/seeds"
    );
    seeds.extend(java_base_seeds());

    let mut mutants = 0u64;
    let mut parsed = 0u64;
    let mut failures = Vec::new();
    for (seed_number, seed) in seeds.iter().enumerate() {
        // Unmutated seeds must pass too, or every mutant's verdict means nothing.
        if let Err(e) = exercise(&seed.bytes) {
            failures.push(format!("{} (unmutated): {e}", seed.name));
        }
        for mutant in 0..MUTANTS_PER_SEED {
            let rng_seed = (seed_number as u64) << 32 | mutant;
            let mut rng = SplitMix(rng_seed);
            let mut bytes = seed.bytes.clone();
            // Mostly one mutation, sometimes a few stacked: a parser that survives each alone can still trip
            // on a combination (a lying length after a shifted count).
            let rounds = if rng.below(4) == 0 {
                2 + rng.below(3)
            } else {
                1
            };
            let applied: Vec<String> = (0..rounds)
                .map(|_| mutate(&mut rng, seed, &mut bytes))
                .collect();
            mutants += 1;
            let outcome = catch_unwind(AssertUnwindSafe(|| exercise(&bytes)));
            let problem = match outcome {
                Ok(Ok(did_parse)) => {
                    parsed += u64::from(did_parse);
                    continue;
                }
                Ok(Err(e)) => e,
                Err(panic) => {
                    let message = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "a non-string payload".into());
                    format!("PANIC: {message}")
                }
            };
            failures.push(format!(
                "{} mutant {mutant} (rng seed {rng_seed:#x}; {}): {problem}",
                seed.name,
                applied.join(", ")
            ));
        }
    }
    println!(
        "mutation: {} seed classes, {mutants} mutants, {parsed} of them parse",
        seeds.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {mutants} mutants failed; the first:\n  {}",
        failures.len(),
        failures
            .iter()
            .take(SHOWN_FAILURES)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}
