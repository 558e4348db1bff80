//! Every class of the host JDK's `java.base.jmod`: parsed, written back byte for byte, and every method's code
//! decoded and re-encoded to the identical bytes.
//!
//! Real class files by the thousand are the best evidence the parser and writer agree with `javac` and the JDK
//! build on what a class file is. Without a JDK the test says why and passes; CI installs one.

use std::path::{Path, PathBuf};
use std::time::Instant;

use classfile::ClassFile;
use classfile::bytecode::Decoder;
use classfile::classpath::Entry;

/// How many failures the assertion message lists; one broken feature tends to fail hundreds of classes alike.
const SHOWN_FAILURES: usize = 12;

/// Worker threads: enough to keep a debug build within a few seconds on a two-core CI runner.
const THREADS: usize = 2;

/// The JDK home: `JAVA_HOME` if set, else the `javac` on `PATH` resolved through its symlinks (Debian's
/// `/usr/bin/javac` -> `/etc/alternatives/javac` -> `<jdk>/bin/javac`).
fn find_jdk() -> Result<PathBuf, String> {
    if let Some(home) = std::env::var_os("JAVA_HOME").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    let path = std::env::var_os("PATH").ok_or("neither JAVA_HOME nor PATH is set")?;
    let javac = std::env::split_paths(&path)
        .map(|dir| dir.join("javac"))
        .find(|candidate| candidate.is_file())
        .ok_or("JAVA_HOME is not set and no javac is on PATH")?;
    let real = javac
        .canonicalize()
        .map_err(|e| format!("cannot resolve {}: {e}", javac.display()))?;
    real.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("{} is not inside a <jdk>/bin directory", real.display()))
}

/// What one worker found.
#[derive(Default)]
struct Tally {
    parsed: usize,
    round_tripped: usize,
    methods_decoded: usize,
    instructions: usize,
    failures: Vec<String>,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.parsed += other.parsed;
        self.round_tripped += other.round_tripped;
        self.methods_decoded += other.methods_decoded;
        self.instructions += other.instructions;
        self.failures.extend(other.failures);
    }
}

/// Checks one class, recording each way it fails.
fn check_class(name: &str, bytes: &[u8], tally: &mut Tally) {
    let class = match ClassFile::parse(bytes) {
        Ok(class) => class,
        Err(e) => {
            tally.failures.push(format!("{name}: parse: {e}"));
            return;
        }
    };
    tally.parsed += 1;
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
        let mut encoded = Vec::with_capacity(code.code.len());
        let mut count = 0;
        let outcome = Decoder::new(&code.code).try_for_each(|insn| {
            let insn = insn.map_err(|e| format!("decode: {e}"))?;
            count += 1;
            insn.encode(&mut encoded)
                .map_err(|e| format!("encode at bci {}: {e}", insn.bci))
        });
        match outcome {
            Err(e) => tally.failures.push(format!("{}: {e}", label())),
            Ok(()) if *encoded != *code.code => {
                tally.failures.push(format!(
                    "{}: re-encoded code differs from the original",
                    label()
                ));
            }
            Ok(()) => {
                tally.methods_decoded += 1;
                tally.instructions += count;
            }
        }
    }
}

#[test]
fn every_java_base_class_round_trips() {
    let jdk = match find_jdk() {
        Ok(jdk) => jdk,
        Err(why) => {
            println!("java.base test skipped: {why}");
            return;
        }
    };
    let jmod = jdk.join("jmods").join("java.base.jmod");
    if !jmod.is_file() {
        println!(
            "java.base test skipped: {} does not exist (a JRE, or a JDK without jmods)",
            jmod.display()
        );
        return;
    }
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
            .map(|slice| {
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
                    for name in slice {
                        match entry.find_class(name) {
                            Ok(Some(source)) => check_class(name, &source.bytes, &mut tally),
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
        "java.base: {} classes parsed, {} round-tripped byte for byte, {} methods decoded ({} instructions) \
         in {:.1?}",
        tally.parsed,
        tally.round_tripped,
        tally.methods_decoded,
        tally.instructions,
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
