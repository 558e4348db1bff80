//! Every class of the host JDK's `java.base.jmod`: parsed, format-checked, written back byte for byte,
//! disassembled, and every method's code decoded and re-encoded to the identical bytes.
//!
//! Real class files by the thousand are the best evidence the parser and writer agree with `javac` and the JDK
//! build on what a class file is. Without a JDK the test says why and passes; CI installs one.

use std::time::Instant;

use classfile::ClassFile;
use classfile::classpath::Entry;
use classfile::disasm::{Options, disassemble_to_string};

#[path = "support/exercise.rs"]
#[allow(dead_code, reason = "each test uses part of the shared checks")]
mod exercise;
#[path = "support/jdk.rs"]
mod jdk;

use exercise::{Recoded, recode};

/// How many failures the assertion message lists; one broken feature tends to fail hundreds of classes alike.
const SHOWN_FAILURES: usize = 12;

/// One class in this many is disassembled: listing all of `java.base` takes half a minute in a debug build, and
/// the disassembler's own tests list every class already; a spread sample still catches a panic here.
const DISASSEMBLE_EVERY: usize = 16;

/// Worker threads: enough to keep a debug build within a few seconds on a two-core CI runner.
const THREADS: usize = 2;

/// What one worker found.
#[derive(Default)]
struct Tally {
    parsed: usize,
    format_checked: usize,
    disassembled: usize,
    disassembly_bytes: usize,
    round_tripped: usize,
    methods_decoded: usize,
    instructions: usize,
    failures: Vec<String>,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.parsed += other.parsed;
        self.format_checked += other.format_checked;
        self.disassembled += other.disassembled;
        self.disassembly_bytes += other.disassembly_bytes;
        self.round_tripped += other.round_tripped;
        self.methods_decoded += other.methods_decoded;
        self.instructions += other.instructions;
        self.failures.extend(other.failures);
    }
}

/// Checks one class, recording each way it fails; `disassemble` says whether to list it too.
fn check_class(name: &str, bytes: &[u8], disassemble: bool, tally: &mut Tally) {
    let class = match ClassFile::parse(bytes) {
        Ok(class) => class,
        Err(e) => {
            tally.failures.push(format!("{name}: parse: {e}"));
            return;
        }
    };
    tally.parsed += 1;
    match class.check_format() {
        Ok(()) => tally.format_checked += 1,
        Err(e) => tally.failures.push(format!("{name}: check_format: {e}")),
    }
    match class.to_bytes() {
        Ok(written) if written == bytes => tally.round_tripped += 1,
        Ok(written) => {
            let at = written
                .iter()
                .zip(bytes)
                .position(|(a, b)| a != b)
                .unwrap_or(written.len().min(bytes.len()));
            tally.failures.push(format!(
                "{name}: written bytes differ from the input at offset {at} ({} bytes written, {} read)",
                written.len(),
                bytes.len()
            ));
        }
        Err(e) => tally.failures.push(format!("{name}: to_bytes: {e}")),
    }
    if disassemble {
        let listing = disassemble_to_string(&class, Options { verbose: true });
        if listing.is_empty() {
            tally.failures.push(format!("{name}: empty disassembly"));
        } else {
            tally.disassembled += 1;
            tally.disassembly_bytes += listing.len();
        }
    }
    for method in &class.methods {
        let Some(code) = method.code() else { continue };
        let label = || {
            let cp = &class.constant_pool;
            format!(
                "{name}.{}{}",
                method.name(cp).unwrap_or("?"),
                method.descriptor(cp).unwrap_or("?")
            )
        };
        match recode(&code.code) {
            Ok(Recoded::Same(count)) => {
                tally.methods_decoded += 1;
                tally.instructions += count;
            }
            Ok(Recoded::Undecodable(e)) => tally.failures.push(format!("{}: decode: {e}", label())),
            Err(e) => tally.failures.push(format!("{}: {e}", label())),
        }
    }
}

#[test]
fn every_java_base_class_round_trips() {
    let jmod = match jdk::java_base_jmod() {
        Ok(jmod) => jmod,
        Err(why) => {
            println!("java.base test skipped: {why}");
            return;
        }
    };
    let started = Instant::now();
    let names = Entry::open(&jmod)
        .and_then(|e| e.class_names())
        .expect("java.base.jmod opens and lists");
    assert!(
        names.len() > 1000,
        "java.base.jmod lists only {} classes",
        names.len()
    );

    // Each worker opens the JMOD itself: reads from one archive serialise on its lock.
    let chunk = names.len().div_ceil(THREADS);
    let tally = std::thread::scope(|scope| {
        let workers: Vec<_> = names
            .chunks(chunk)
            .enumerate()
            .map(|(worker, slice)| {
                let jmod = &jmod;
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    let entry = match Entry::open(jmod) {
                        Ok(entry) => entry,
                        Err(e) => {
                            tally
                                .failures
                                .push(format!("cannot open {}: {e}", jmod.display()));
                            return tally;
                        }
                    };
                    for (i, name) in slice.iter().enumerate() {
                        let disassemble = (worker * chunk + i).is_multiple_of(DISASSEMBLE_EVERY);
                        match entry.find_class(name) {
                            Ok(Some(source)) => {
                                check_class(name, &source.bytes, disassemble, &mut tally)
                            }
                            Ok(None) => {
                                tally.failures.push(format!("{name}: listed but not found"))
                            }
                            Err(e) => tally.failures.push(format!("{name}: read: {e}")),
                        }
                    }
                    tally
                })
            })
            .collect();
        let mut total = Tally::default();
        for worker in workers {
            total.merge(worker.join().expect("worker panicked"));
        }
        total
    });

    println!(
        "java.base: {} classes parsed, {} round-tripped byte for byte, {} methods decoded ({} instructions), \
         {} format-checked, {} disassembled ({} kB of verbose listing), in {:.1?}",
        tally.parsed,
        tally.round_tripped,
        tally.methods_decoded,
        tally.instructions,
        tally.format_checked,
        tally.disassembled,
        tally.disassembly_bytes / 1000,
        started.elapsed()
    );
    assert!(
        tally.failures.is_empty(),
        "{} failures among {} classes of {}; the first:\n  {}",
        tally.failures.len(),
        names.len(),
        jmod.display(),
        tally
            .failures
            .iter()
            .take(SHOWN_FAILURES)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    );
    assert_eq!(tally.parsed, names.len());
}
