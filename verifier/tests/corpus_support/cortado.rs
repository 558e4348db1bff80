//! Cortado's verdicts: the verifier over a class hierarchy read from a directory plus the JDK's `java.base.jmod`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

use classfile::ClassFile;
use classfile::classpath::{ClassPath, Entry};
use verifier::{ClassHierarchy, HierarchyError, VerifyFailure};

/// What the hierarchy knows of a class: its superclass and whether it is an interface.
type ClassInfo = (Option<String>, bool);

/// Subtype questions answered from a class path: the classes under test first, then `java.base.jmod`.
pub struct PathHierarchy {
    path: ClassPath,
    cache: RefCell<HashMap<String, Option<ClassInfo>>>,
    /// Classes answered from their models directly (the one under verification, say).
    extra: HashMap<String, ClassInfo>,
}

impl PathHierarchy {
    /// A hierarchy over `dir` (if any) and the JDK's `java.base`.
    pub fn new(dir: Option<&Path>, jdk: &Path) -> PathHierarchy {
        let mut entries = Vec::new();
        if let Some(dir) = dir {
            entries.push(Entry::open(dir).expect("open the class directory"));
        }
        entries.push(Entry::open(&jdk.join("jmods/java.base.jmod")).expect("open java.base.jmod"));
        PathHierarchy {
            path: ClassPath::from_entries(entries),
            cache: RefCell::default(),
            extra: HashMap::new(),
        }
    }

    /// Answers questions about `cf`'s class from `cf` itself rather than the path.
    pub fn with_class(mut self, cf: &ClassFile) -> PathHierarchy {
        if let Ok(name) = cf.name() {
            let super_name = cf.super_name().ok().flatten().map(str::to_owned);
            let interface = cf.access_flags.has(classfile::AccessFlags::INTERFACE);
            self.extra.insert(name.to_owned(), (super_name, interface));
        }
        self
    }

    fn info(&self, name: &str) -> Result<ClassInfo, HierarchyError> {
        if let Some(info) = self.extra.get(name) {
            return Ok(info.clone());
        }
        if let Some(cached) = self.cache.borrow().get(name) {
            return cached.clone().ok_or_else(|| not_found(name));
        }
        let found = self
            .path
            .find_class(name)
            .ok()
            .flatten()
            .and_then(|source| {
                let cf = ClassFile::parse(&source.bytes).ok()?;
                let super_name = cf.super_name().ok().flatten().map(str::to_owned);
                Some((
                    super_name,
                    cf.access_flags.has(classfile::AccessFlags::INTERFACE),
                ))
            });
        self.cache
            .borrow_mut()
            .insert(name.to_owned(), found.clone());
        found.ok_or_else(|| not_found(name))
    }
}

impl ClassHierarchy for PathHierarchy {
    fn is_subclass_of(&self, sub: &str, sup: &str) -> Result<bool, HierarchyError> {
        let mut current = Some(sub.to_owned());
        while let Some(name) = current {
            if name == sup {
                return Ok(true);
            }
            current = self.info(&name)?.0;
        }
        Ok(false)
    }

    fn is_interface(&self, name: &str) -> Result<bool, HierarchyError> {
        Ok(self.info(name)?.1)
    }

    fn superclass(&self, name: &str) -> Result<Option<String>, HierarchyError> {
        Ok(self.info(name)?.0)
    }

    fn protected_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        is_method: bool,
    ) -> Result<Option<String>, HierarchyError> {
        // Walk up from `class` to the first declaration, as resolution would find it.
        let mut current = Some(class.to_owned());
        while let Some(c) = current {
            let Some(cf) = self
                .path
                .find_class(&c)
                .ok()
                .flatten()
                .and_then(|s| ClassFile::parse(&s.bytes).ok())
            else {
                return Ok(None);
            };
            let cp = &cf.constant_pool;
            let members = if is_method { &cf.methods } else { &cf.fields };
            let declared = members.iter().find(|m| {
                m.name(cp).is_ok_and(|n| n == name)
                    && m.descriptor(cp).is_ok_and(|d| d == descriptor)
            });
            if let Some(m) = declared {
                return Ok(m
                    .access_flags
                    .has(classfile::AccessFlags::PROTECTED)
                    .then_some(c));
            }
            current = cf.super_name().ok().flatten().map(str::to_owned);
        }
        Ok(None)
    }
}

/// Cortado's verdict on a class file: `Ok(())`, or the failure's text.
pub fn cortado_verdict(cf: &ClassFile, dir: Option<&Path>, jdk: &Path) -> Result<(), String> {
    let hierarchy = PathHierarchy::new(dir, jdk).with_class(cf);
    match verifier::verify_class(cf, &hierarchy) {
        Ok(_) => Ok(()),
        Err(VerifyFailure::Verify(e)) => Err(e.to_string()),
        Err(VerifyFailure::Hierarchy(e)) => Err(format!("hierarchy: {e}")),
    }
}

/// Like [`cortado_verdict`], with the Java exception class (dots) the runtime throws for a failure.
pub fn cortado_exception(cf: &ClassFile, dir: Option<&Path>, jdk: &Path) -> Result<(), (String, String)> {
    let hierarchy = PathHierarchy::new(dir, jdk).with_class(cf);
    match verifier::verify_class(cf, &hierarchy) {
        Ok(_) => Ok(()),
        Err(VerifyFailure::Verify(e)) => Err((e.java_class().to_owned(), e.to_string())),
        Err(VerifyFailure::Hierarchy(e)) => Err(("java.lang.NoClassDefFoundError".to_owned(), format!("hierarchy: {e}"))),
    }
}

fn not_found(name: &str) -> HierarchyError {
    HierarchyError {
        class: name.to_owned(),
        message: format!("no class {name} on the class path"),
    }
}
