//! Class loading (JVMS 5.3): the boot loader over the embedded class library, the application loader over
//! the class path (delegating to the boot loader first), array classes, primitive classes, and booting a
//! runtime.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use classfile::{AccessFlags, ClassFile};

use crate::class::{Class, ClassKind, ClassRef, LoaderId, ValueKind};
use crate::init::InitState;
use crate::link::{ClassParts, build_instance_class};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};
use crate::wellknown::{PRIMITIVE_KINDS, WellKnown};

impl Runtime {
    /// The class `name` if `loader` (or, for the application loader, the boot loader) has loaded it.
    pub fn find_loaded(&self, name: &str, loader: LoaderId) -> Option<ClassRef> {
        let table = self.classes.lock();
        let key = (loader, Box::<str>::from(name));
        table.by_name.get(&key).copied().or_else(|| {
            (loader == LoaderId::App).then(|| table.by_name.get(&(LoaderId::Boot, key.1)).copied()).flatten()
        })
    }

    /// Loads the class with internal name `name` as `loader` sees it (JVMS 5.3), throwing
    /// `NoClassDefFoundError` (or the linkage error that stopped it) if it cannot.
    pub fn load_class(&self, thread: &mut JavaThread, name: &str, loader: LoaderId) -> JResult<ClassRef> {
        if let Some(class) = self.find_loaded(name, loader) {
            return Ok(class);
        }
        if let Some(component) = name.strip_prefix('[') {
            let component = self.load_component(thread, component, loader)?;
            return Ok(self.array_class_of(component));
        }
        if let Some(bytes) = self.boot.find(name) {
            return self.define_class(thread, name, LoaderId::Boot, &bytes, false);
        }
        if loader == LoaderId::App {
            if let Some(bytes) = self.options.app_classes.get(name).cloned() {
                return self.define_class(thread, name, LoaderId::App, &bytes, false);
            }
            match self.options.class_path.find_class(name) {
                Ok(Some(source)) => return self.define_class(thread, name, LoaderId::App, &source.bytes, false),
                Ok(None) => {}
                Err(e) => {
                    let message = format!("{name} ({e})");
                    return Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(&message)));
                }
            }
        }
        Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(name)))
    }

    /// The class of an array's component from the descriptor after a `[`.
    fn load_component(&self, thread: &mut JavaThread, descriptor: &str, loader: LoaderId) -> JResult<ClassRef> {
        let kind = ValueKind::of_descriptor(descriptor);
        match kind {
            ValueKind::Reference if descriptor.starts_with('[') => self.load_class(thread, descriptor, loader),
            ValueKind::Reference => match descriptor.strip_prefix('L').and_then(|d| d.strip_suffix(';')) {
                Some(element) => self.load_class(thread, element, loader),
                None => Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(descriptor))),
            },
            ValueKind::Void => Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(descriptor))),
            _ if descriptor.len() == 1 => Ok(self.primitive_class(kind)),
            _ => Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(descriptor))),
        }
    }

    /// Defines a class from bytes for `loader` (`hidden`: a VM-generated class such as a lambda proxy, left
    /// out of stack traces). Parses and format-checks the bytes, loads the superclass and superinterfaces,
    /// checks the hierarchy, and links. The boot loader's classes (the embedded class library, which
    /// `stdlib`'s tests hold to every format check) are parsed without repeating the checks at each start.
    pub fn define_class(
        &self,
        thread: &mut JavaThread,
        name: &str,
        loader: LoaderId,
        bytes: &[u8],
        hidden: bool,
    ) -> JResult<ClassRef> {
        let parsed = if loader == LoaderId::Boot { ClassFile::parse(bytes) } else { ClassFile::parse_checked(bytes) };
        let class_file = match parsed {
            Ok(cf) => cf,
            Err(e) => {
                let e = e.in_class(name);
                return Err(self.throw_new(thread, e.java_class(), Some(&e.to_string())));
            }
        };
        let declared = class_file.name().unwrap_or_default().to_owned();
        if declared != name {
            let message = format!("{name} (wrong name: {declared})");
            return Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(&message)));
        }
        if class_file.access_flags.has(AccessFlags::MODULE) {
            let message = format!("{name} is not a class because access_flag ACC_MODULE is set");
            return Err(self.throw_new(thread, "java/lang/NoClassDefFoundError", Some(&message)));
        }
        let key = (loader, Box::<str>::from(name));
        // Circularity is a property of one thread's chain of supertype loads; another thread loading the same
        // class meanwhile is a race, which the insertion below resolves (the first class in wins).
        let me = std::thread::current().id();
        {
            let mut table = self.classes.lock();
            if table.loading.iter().any(|(k, owner)| *k == key && *owner == me) {
                drop(table);
                return Err(self.throw_new(thread, "java/lang/ClassCircularityError", Some(name)));
            }
            table.loading.push((key.clone(), me));
        }
        let supers = self.load_supertypes(thread, &class_file, name, loader);
        self.classes.lock().loading.retain(|(k, owner)| *k != key || *owner != me);
        let (super_class, interfaces) = supers?;
        let mut table = self.classes.lock();
        if let Some(&existing) = table.by_name.get(&key) {
            return Ok(existing);
        }
        let id = table.arena.len() as u32;
        let class = build_instance_class(ClassParts {
            name: name.into(),
            loader,
            class_file,
            super_class,
            interfaces,
            id,
            hidden,
        });
        let class_ref = ClassRef::new(&class);
        table.arena.push(class);
        table.by_name.insert(key, class_ref);
        drop(table);
        self.counters.classes_loaded.fetch_add(1, Ordering::Relaxed);
        if self.options.verbose_class {
            let source = match loader {
                LoaderId::Boot => "jrt:/java.base",
                LoaderId::App => "file:",
            };
            let line = format!("[info][class,load] {} source: {source}\n", class_ref.java_name());
            self.io().write(1, line.as_bytes());
        }
        Ok(class_ref)
    }

    /// Loads and checks the superclass and superinterfaces (JVMS 5.3.5 steps 3 and 4).
    fn load_supertypes(
        &self,
        thread: &mut JavaThread,
        cf: &ClassFile,
        name: &str,
        loader: LoaderId,
    ) -> JResult<(Option<ClassRef>, Vec<ClassRef>)> {
        let super_class = match cf.super_name().ok().flatten() {
            Some(super_name) => {
                let s = self.load_class(thread, super_name, loader)?;
                if s.is_interface() {
                    let message =
                        format!("class {} has interface {} as super class", name.replace('/', "."), s.java_name());
                    return Err(self.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message)));
                }
                if s.access.is_final() {
                    let message = format!("Cannot inherit from final class {}", s.java_name());
                    return Err(self.throw_new(thread, "java/lang/VerifyError", Some(&message)));
                }
                Some(s)
            }
            None => None,
        };
        let mut interfaces = Vec::with_capacity(cf.interfaces.len());
        for interface_name in cf.interface_names().unwrap_or_default() {
            let i = self.load_class(thread, interface_name, loader)?;
            if !i.is_interface() {
                let message = format!(
                    "class {} can not implement {}, because it is not an interface",
                    name.replace('/', "."),
                    i.java_name()
                );
                return Err(self.throw_new(thread, "java/lang/IncompatibleClassChangeError", Some(&message)));
            }
            interfaces.push(i);
        }
        Ok((super_class, interfaces))
    }

    /// The class of arrays whose components are `component`, created on first use.
    pub fn array_class_of(&self, component: ClassRef) -> ClassRef {
        if let Some(&existing) = component.array_class.get() {
            return existing;
        }
        let mut table = self.classes.lock();
        if let Some(&existing) = component.array_class.get() {
            return existing;
        }
        let name: Box<str> = match component.kind {
            ClassKind::Primitive(kind) => format!("[{}", kind.descriptor_char()).into(),
            ClassKind::Array { .. } => format!("[{}", component.name).into(),
            ClassKind::Instance => format!("[L{};", component.name).into(),
        };
        let element = match component.kind {
            ClassKind::Primitive(kind) => kind,
            _ => ValueKind::Reference,
        };
        let object = table.by_name.get(&(LoaderId::Boot, "java/lang/Object".into())).copied();
        let interfaces: Vec<ClassRef> = ["java/lang/Cloneable", "java/io/Serializable"]
            .iter()
            .filter_map(|n| table.by_name.get(&(LoaderId::Boot, (*n).into())).copied())
            .collect();
        let mut supers: Vec<ClassRef> = object.map(|o| o.supers.to_vec()).unwrap_or_default();
        let access = AccessFlags(
            (component.access.0 & (AccessFlags::PUBLIC | AccessFlags::PRIVATE | AccessFlags::PROTECTED))
                | AccessFlags::FINAL
                | AccessFlags::ABSTRACT,
        );
        let mut class = synthetic_class(name.clone(), component.loader, access, ClassKind::Array { component, element }, table.arena.len());
        class.super_class = object;
        class.interfaces = interfaces.clone().into();
        class.all_interfaces = interfaces.into();
        class.vtable = object.map(|o| o.vtable.clone()).unwrap_or_default();
        supers.push(ClassRef::new(&class));
        class.supers = supers.into();
        let class_ref = ClassRef::new(&class);
        table.arena.push(class);
        table.by_name.insert((component.loader, name), class_ref);
        let _ = component.array_class.set(class_ref);
        class_ref
    }

    fn new_primitive_class(&self, kind: ValueKind) -> ClassRef {
        let mut table = self.classes.lock();
        let access = AccessFlags(AccessFlags::PUBLIC | AccessFlags::FINAL | AccessFlags::ABSTRACT);
        let class = synthetic_class(kind.java_name().into(), LoaderId::Boot, access, ClassKind::Primitive(kind), table.arena.len());
        let class_ref = ClassRef::new(&class);
        table.arena.push(class);
        class_ref
    }

    /// Loads the classes the VM itself needs and records their offsets. Run once, on the first thread, before
    /// any Java code.
    pub fn boot(&self, thread: &mut JavaThread) -> Result<(), BootError> {
        let load = |thread: &mut JavaThread, name: &str| {
            self.load_class(thread, name, LoaderId::Boot).map_err(|_| BootError::MissingClass(name.to_owned()))
        };
        let object = load(thread, "java/lang/Object")?;
        for name in ["java/lang/Cloneable", "java/io/Serializable"] {
            load(thread, name)?;
        }
        let class = load(thread, "java/lang/Class")?;
        let string = load(thread, "java/lang/String")?;
        let throwable = load(thread, "java/lang/Throwable")?;
        let primitives = PRIMITIVE_KINDS.map(|kind| self.new_primitive_class(kind));
        let char_array = self.array_class_of(primitives[crate::wellknown::primitive_index(ValueKind::Char)]);
        let offset = |class: ClassRef, name: &str, descriptor: &str| {
            class
                .declared_field(name, descriptor)
                .filter(|f| !f.is_static())
                .map(|f| f.offset)
                .ok_or_else(|| BootError::MissingField(format!("{}.{name}:{descriptor}", class.name)))
        };
        let well_known = WellKnown {
            object,
            class,
            string,
            throwable,
            char_array,
            string_value: offset(string, "value", "[C")?,
            string_hash: offset(string, "hash", "I")?,
            class_vm_class: offset(class, "vmClass", "J")?,
            throwable_backtrace: offset(throwable, "backtrace", "Ljava/lang/Object;")?,
            primitives,
            thread_tid: std::sync::OnceLock::new(),
        };
        let _ = self.well_known.set(well_known);
        Ok(())
    }
}

/// A class the VM makes rather than loads (array and primitive classes): no fields, methods or constant pool,
/// nothing to initialize; the caller fills in supertypes and dispatch tables where it has them.
fn synthetic_class(name: Box<str>, loader: LoaderId, access: AccessFlags, kind: ClassKind, id: usize) -> Box<Class> {
    Box::new(Class {
        name,
        loader,
        access,
        kind,
        super_class: None,
        interfaces: Box::new([]),
        supers: Box::new([]),
        all_interfaces: Box::new([]),
        instance_size: 0,
        ref_offsets: Box::new([]),
        weak_referent: None,
        fields: Box::new([]),
        methods: Box::new([]),
        vtable: Box::new([]),
        itables: Box::new([]),
        statics: Box::new([]),
        init: InitState::initialized(),
        mirror: AtomicU64::new(0),
        class_file: None,
        cp_cache: Box::new([]),
        source_file: None,
        array_class: OnceLock::new(),
        id: id as u32,
        nest_host: OnceLock::new(),
        hidden: false,
        proxy_counter: AtomicU32::new(0),
        verified: OnceLock::from(None),
    })
}

/// Why a runtime could not boot: its class library lacks something the VM needs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BootError {
    /// A class the VM needs is missing or failed to load.
    #[error("Error occurred during initialization of boot layer: missing or broken class {0}")]
    MissingClass(String),
    /// A field the VM reads directly is missing.
    #[error("Error occurred during initialization of boot layer: missing field {0}")]
    MissingField(String),
}
