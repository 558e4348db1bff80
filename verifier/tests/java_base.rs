//! Every class of the JDK's `java.base.jmod` must verify, with a hierarchy backed by the jmod itself:
//! HotSpot verifies them all, so any refusal here is a Cortado bug. Prints the count and the time.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use classfile::ClassFile;
use classfile::classpath::Entry;
use verifier::{ClassHierarchy, HierarchyError, VerifyFailure, verify_class, verify_method};

/// What the hierarchy needs of one class: its superclass, whether it is an interface, and its members
/// (name, descriptor, is_method, is_protected).
struct Info {
    superclass: Option<String>,
    interface: bool,
    members: Vec<(String, String, bool, bool)>,
}

/// A class hierarchy over a set of parsed classes.
struct JmodHierarchy {
    classes: HashMap<String, Info>,
}

impl JmodHierarchy {
    fn get(&self, name: &str) -> Result<&Info, HierarchyError> {
        self.classes.get(name).ok_or_else(|| HierarchyError {
            class: name.to_owned(),
            message: "not in java.base".into(),
        })
    }
}

impl ClassHierarchy for JmodHierarchy {
    fn is_subclass_of(&self, sub: &str, sup: &str) -> Result<bool, HierarchyError> {
        let mut cur = sub.to_owned();
        for _ in 0..1000 {
            if cur == sup {
                return Ok(true);
            }
            match &self.get(&cur)?.superclass {
                Some(s) => cur.clone_from(s),
                None => return Ok(false),
            }
        }
        Ok(false)
    }

    fn is_interface(&self, name: &str) -> Result<bool, HierarchyError> {
        Ok(self.get(name)?.interface)
    }

    fn superclass(&self, name: &str) -> Result<Option<String>, HierarchyError> {
        Ok(self.get(name)?.superclass.clone())
    }

    fn protected_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        is_method: bool,
    ) -> Result<Option<String>, HierarchyError> {
        let mut cur = class.to_owned();
        for _ in 0..1000 {
            let info = self.get(&cur)?;
            // The first declaration found decides, as member lookup does.
            if let Some(&(.., protected)) = info
                .members
                .iter()
                .find(|(n, d, m, _)| n == name && d == descriptor && *m == is_method)
            {
                return Ok(protected.then_some(cur));
            }
            match &info.superclass {
                Some(s) => cur.clone_from(s),
                None => return Ok(None),
            }
        }
        Ok(None)
    }
}

fn info(class: &ClassFile) -> Info {
    let cp = &class.constant_pool;
    let declared =
        |list: &[classfile::MemberInfo], is_method: bool| -> Vec<(String, String, bool, bool)> {
            list.iter()
                .filter_map(|m| {
                    let (n, d) = (
                        m.name(cp).ok()?.to_owned(),
                        m.descriptor(cp).ok()?.to_owned(),
                    );
                    Some((n, d, is_method, m.access_flags.is_protected()))
                })
                .collect()
        };
    let mut members = declared(&class.fields, false);
    members.extend(declared(&class.methods, true));
    Info {
        superclass: class.super_name().ok().flatten().map(str::to_owned),
        interface: class.access_flags.is_interface(),
        members,
    }
}

/// `$JAVA_HOME/jmods/java.base.jmod`, or the one beside the `javac` on `PATH` (through symlinks).
fn find_jmod() -> Option<PathBuf> {
    let mut homes = Vec::new();
    if let Some(home) = std::env::var_os("JAVA_HOME") {
        homes.push(PathBuf::from(home));
    }
    for dir in std::env::split_paths(&std::env::var_os("PATH")?) {
        if let Ok(javac) = std::fs::canonicalize(dir.join("javac"))
            && let Some(home) = javac.parent().and_then(|bin| bin.parent())
        {
            homes.push(home.to_owned());
        }
    }
    homes
        .into_iter()
        .map(|h| h.join("jmods/java.base.jmod"))
        .find(|p| p.is_file())
}

#[test]
fn every_java_base_class_verifies() {
    let Some(jmod) = find_jmod() else {
        eprintln!("skipped: no java.base.jmod (set JAVA_HOME or put a JDK's javac on PATH)");
        return;
    };
    let entry = Entry::open(&jmod).expect("open java.base.jmod");
    let mut classes = Vec::new();
    for name in entry.class_names().expect("list java.base.jmod") {
        if name == "module-info" {
            continue;
        }
        let source = entry
            .find_class(&name)
            .expect("read")
            .expect("listed class present");
        classes.push(ClassFile::parse(&source.bytes).unwrap_or_else(|e| panic!("{name}: {e}")));
    }
    let hierarchy = JmodHierarchy {
        classes: classes
            .iter()
            .filter_map(|c| Some((c.name().ok()?.to_owned(), info(c))))
            .collect(),
    };
    let start = Instant::now();
    let mut failures = Vec::new();
    let mut methods = 0usize;
    for (k, class) in classes.iter().enumerate() {
        match verify_class(class, &hierarchy) {
            Ok(v) => {
                methods += v.method_count();
                // One method at a time (what the runtime does for the JIT) gives the same frames; checked on
                // a sample to keep the test's time.
                if k % 16 == 0 {
                    for i in 0..v.method_count() {
                        let one = verify_method(class, i, &hierarchy).expect("a method of a class that verified");
                        assert_eq!(one.as_ref(), v.method(i), "{}: method {i}", class.name().unwrap_or("?"));
                    }
                }
            }
            Err(VerifyFailure::Verify(e)) => failures.push(e.to_string()),
            Err(VerifyFailure::Hierarchy(e)) => {
                failures.push(format!("{}: hierarchy: {e}", class.name().unwrap_or("?")))
            }
        }
    }
    let elapsed = start.elapsed();
    println!(
        "java.base: {} classes ({} methods) verified in {:.3} s, {} failed",
        classes.len(),
        methods,
        elapsed.as_secs_f64(),
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("  {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} classes failed verification",
        failures.len(),
        classes.len()
    );
}
