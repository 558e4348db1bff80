//! `invokedynamic`: bootstrapping call sites and invoking them. Both tiers call
//! [`Runtime::invoke_dynamic`]; the call site is resolved once per instruction's constant and cached.
//!
//! Cortado has no `java.lang.invoke`: instead of running a bootstrap method, it recognises the bootstraps
//! `javac` 17 emits by the bootstrap handle's class and name and builds a Rust [`CallSite`] for each:
//! string concatenation (`concat`), lambdas and method references (`lambda`, which writes a hidden proxy
//! class with `proxy_writer`), and records' `toString`/`equals`/`hashCode` (`object_methods`). Any other
//! bootstrap fails with a `BootstrapMethodError` naming it.
//!
//! A linked [`CallSite`] holds no heap references (only classes, methods and Rust-owned text), so the
//! collector never needs to look inside one: the single instance of a non-capturing lambda lives in a static
//! field of its proxy class, where it is a root like any other static.

mod concat;
mod lambda;
mod object_methods;
pub mod proxy_writer;

use std::any::Any;

use classfile::constant_pool::ReferenceKind;
use classfile::{ClassFile, Constant, CpIndex};

use crate::class::{ClassRef, LoaderId};
use crate::method::MethodRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread, Thrown};

pub use proxy_writer::{ImplMethod, ProxyError, ProxySpec, write_proxy};

/// A bootstrapped call site: what an `invokedynamic` does each time it runs.
pub(crate) enum CallSite {
    /// `StringConcatFactory`.
    Concat(concat::ConcatSite),
    /// `LambdaMetafactory`.
    Lambda(lambda::LambdaSite),
    /// `ObjectMethods`.
    Record(object_methods::RecordSite),
}

/// Why a call site could not be bootstrapped; thrown as `BootstrapMethodError` with this message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BootstrapError {
    /// The `InvokeDynamic` constant or its bootstrap row is malformed.
    #[error("invokedynamic constant #{index} of {class}: {reason}")]
    Malformed {
        /// The caller's binary name.
        class: String,
        /// The constant's index.
        index: u16,
        /// What is wrong.
        reason: String,
    },
    /// A bootstrap method Cortado does not implement.
    #[error(
        "bootstrap method {class}.{name}{descriptor} (call site {site} in {caller}) is not supported: Cortado \
         links the call sites javac emits (StringConcatFactory, LambdaMetafactory, ObjectMethods)"
    )]
    Unsupported {
        /// The bootstrap method's class (binary name).
        class: String,
        /// Its name.
        name: String,
        /// Its descriptor.
        descriptor: String,
        /// The call site's name.
        site: String,
        /// The caller's binary name.
        caller: String,
    },
    /// A supported bootstrap whose arguments are not what its API requires.
    #[error("{bootstrap}: {reason}")]
    BadArguments {
        /// `Class.method` of the bootstrap.
        bootstrap: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// The lambda proxy could not be written.
    #[error("LambdaMetafactory: {0}")]
    Proxy(#[from] ProxyError),
}

/// A method handle constant, spelled out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Handle {
    pub(crate) kind: ReferenceKind,
    pub(crate) class: String,
    pub(crate) name: String,
    pub(crate) descriptor: String,
    pub(crate) interface: bool,
}

/// A static argument of a bootstrap method (a loadable constant).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum StaticArg {
    Int(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    String(Vec<u16>),
    Class(String),
    MethodType(String),
    MethodHandle(Handle),
}

/// An `InvokeDynamic` constant with its bootstrap row, read from the caller's class file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SiteInfo {
    /// The call site's name.
    pub(crate) name: String,
    /// The call site's method descriptor.
    pub(crate) descriptor: String,
    /// The bootstrap method.
    pub(crate) bootstrap: Handle,
    /// The static arguments.
    pub(crate) args: Vec<StaticArg>,
}

impl SiteInfo {
    /// Reads constant `index` of `cf` as an `InvokeDynamic` call site.
    pub(crate) fn read(cf: &ClassFile, index: u16) -> Result<Self, String> {
        let cp = &cf.constant_pool;
        let dynamic = match cp.get(CpIndex(index)) {
            Ok(Constant::InvokeDynamic(d)) => *d,
            Ok(other) => return Err(format!("is a {}, not an InvokeDynamic", other.kind_name())),
            Err(e) => return Err(e.to_string()),
        };
        let (name, descriptor) = cp.name_and_type(dynamic.name_and_type).map_err(|e| e.to_string())?;
        let row = cf
            .bootstrap_methods()
            .get(usize::from(dynamic.bootstrap_method))
            .ok_or_else(|| format!("no BootstrapMethods row {}", dynamic.bootstrap_method))?;
        let bootstrap = read_handle(cf, row.method)?;
        let args = row.arguments.iter().map(|&a| read_static_arg(cf, a)).collect::<Result<_, _>>()?;
        Ok(Self { name: name.to_owned(), descriptor: descriptor.to_owned(), bootstrap, args })
    }
}

fn read_handle(cf: &ClassFile, index: CpIndex) -> Result<Handle, String> {
    let cp = &cf.constant_pool;
    let Ok(&Constant::MethodHandle { kind, reference }) = cp.get(index) else {
        return Err(format!("constant {index} is not a MethodHandle"));
    };
    let kind = ReferenceKind::from_u8(kind).ok_or_else(|| format!("bad reference kind {kind}"))?;
    let interface = matches!(cp.get(reference), Ok(Constant::InterfaceMethodref(_)));
    let member = cp.member_ref(reference).map_err(|e| e.to_string())?;
    Ok(Handle {
        kind,
        class: member.class.to_owned(),
        name: member.name.to_owned(),
        descriptor: member.descriptor.to_owned(),
        interface,
    })
}

fn read_static_arg(cf: &ClassFile, index: CpIndex) -> Result<StaticArg, String> {
    let cp = &cf.constant_pool;
    let text = |i: CpIndex| cp.utf8(i).map(str::to_owned).map_err(|e| e.to_string());
    Ok(match cp.get(index).map_err(|e| e.to_string())? {
        Constant::Integer(v) => StaticArg::Int(*v),
        Constant::Float(bits) => StaticArg::Float(f32::from_bits(*bits)),
        Constant::Long(v) => StaticArg::Long(*v),
        Constant::Double(bits) => StaticArg::Double(f64::from_bits(*bits)),
        Constant::String { string } => StaticArg::String(cp.utf8_entry(*string).map_err(|e| e.to_string())?.to_utf16()),
        Constant::Class { name } => StaticArg::Class(text(*name)?),
        Constant::MethodType { descriptor } => StaticArg::MethodType(text(*descriptor)?),
        Constant::MethodHandle { .. } => StaticArg::MethodHandle(read_handle(cf, index)?),
        other => return Err(format!("static argument {index} is a {}, which Cortado does not load", other.kind_name())),
    })
}

impl Runtime {
    /// Runs the `invokedynamic` whose `InvokeDynamic` constant is `cp_index` in `caller`, with `args` in slot
    /// form, and returns its result in slot form.
    ///
    /// Linking a call site the first time can allocate and run Java, so a caller that read `args` from
    /// somewhere the collector updates (the interpreter's operand stack) calls
    /// [`link_dynamic`](Self::link_dynamic) first and reads them after; once linked, each kind of call site
    /// puts the references among `args` in handles before anything that can collect.
    pub fn invoke_dynamic(&self, thread: &mut JavaThread, caller: ClassRef, cp_index: u16, args: &[u64]) -> JResult<u64> {
        match self.call_site(thread, caller, cp_index)? {
            CallSite::Concat(site) => self.invoke_concat(thread, site, args),
            CallSite::Lambda(site) => self.invoke_lambda(thread, site, args),
            CallSite::Record(site) => self.invoke_record_method(thread, site, args),
        }
    }

    /// Links the call site of the `invokedynamic` whose `InvokeDynamic` constant is `cp_index` in `caller`
    /// (bootstrapping it the first time), without running it.
    pub fn link_dynamic(&self, thread: &mut JavaThread, caller: ClassRef, cp_index: u16) -> JResult<()> {
        self.call_site(thread, caller, cp_index).map(drop)
    }

    /// The linked call site, bootstrapped on first use.
    fn call_site(&self, thread: &mut JavaThread, caller: ClassRef, cp_index: u16) -> JResult<&CallSite> {
        let site = self.resolve_other(thread, caller, cp_index, |rt, thread| {
            let site = rt.bootstrap(thread, caller, cp_index)?;
            Ok(Box::new(site) as Box<dyn Any + Send + Sync>)
        })?;
        match site.downcast_ref::<CallSite>() {
            Some(site) => Ok(site),
            None => {
                let message = format!("constant #{cp_index} of {} is not an invokedynamic call site", caller.java_name());
                Err(self.throw_new(thread, "java/lang/BootstrapMethodError", Some(&message)))
            }
        }
    }

    /// Links a call site: reads its constant and builds the [`CallSite`] its bootstrap method would.
    fn bootstrap(&self, thread: &mut JavaThread, caller: ClassRef, cp_index: u16) -> JResult<CallSite> {
        let info = caller.class_file.as_deref().ok_or_else(|| "the class has no class file".to_owned());
        let info = info.and_then(|cf| SiteInfo::read(cf, cp_index)).map_err(|reason| BootstrapError::Malformed {
            class: caller.java_name(),
            index: cp_index,
            reason,
        });
        let info = match info {
            Ok(info) => info,
            Err(e) => return Err(self.throw_bootstrap(thread, &e)),
        };
        let b = &info.bootstrap;
        let built = match (b.kind, b.class.as_str(), b.name.as_str()) {
            (ReferenceKind::InvokeStatic, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants" | "makeConcat") => {
                self.bootstrap_concat(thread, &info).map(CallSite::Concat)
            }
            (ReferenceKind::InvokeStatic, "java/lang/invoke/LambdaMetafactory", "metafactory" | "altMetafactory") => {
                self.bootstrap_lambda(thread, caller, &info).map(CallSite::Lambda)
            }
            (ReferenceKind::InvokeStatic, "java/lang/runtime/ObjectMethods", "bootstrap") => {
                self.bootstrap_record_method(thread, caller, &info).map(CallSite::Record)
            }
            _ => {
                let e = BootstrapError::Unsupported {
                    class: b.class.replace('/', "."),
                    name: b.name.clone(),
                    descriptor: b.descriptor.clone(),
                    site: info.name.clone(),
                    caller: caller.java_name(),
                };
                return Err(self.throw_bootstrap(thread, &e));
            }
        };
        built.map_err(|e| match e {
            Linkage::Thrown(t) => t,
            Linkage::Error(e) => self.throw_bootstrap(thread, &e),
        })
    }

    /// Throws `BootstrapMethodError` for `error`.
    fn throw_bootstrap(&self, thread: &mut JavaThread, error: &BootstrapError) -> Thrown {
        self.throw_new(thread, "java/lang/BootstrapMethodError", Some(&error.to_string()))
    }

    /// A static method of a boot class, for calling back into the class library (`Double.toString(D)`), with
    /// its class initialized.
    pub(crate) fn library_method(&self, thread: &mut JavaThread, class: &str, name: &str, descriptor: &str) -> JResult<MethodRef> {
        let holder = self.load_class(thread, class, LoaderId::Boot)?;
        self.ensure_initialized(thread, holder)?;
        match crate::resolve::find_method(holder, name, descriptor) {
            Some(m) => Ok(m),
            None => {
                let message = format!("'{}'", crate::resolve::java_method_signature(holder, name, descriptor));
                Err(self.throw_new(thread, "java/lang/NoSuchMethodError", Some(&message)))
            }
        }
    }

    /// Calls the virtual method `Object.name descriptor` on `receiver` (slot form), as `invokevirtual`
    /// would: selected by the receiver's class.
    pub(crate) fn call_object_method(&self, thread: &mut JavaThread, receiver: u64, name: &str, descriptor: &str, args: &[u64]) -> JResult<u64> {
        let Some(obj) = crate::object::ObjRef::from_slot(receiver) else {
            return Err(self.throw_null_pointer(thread));
        };
        let object = self.well_known().object;
        let Some(resolved) = object.declared_method(name, descriptor) else {
            let message = format!("'{}'", crate::resolve::java_method_signature(object, name, descriptor));
            return Err(self.throw_new(thread, "java/lang/NoSuchMethodError", Some(&message)));
        };
        let method = crate::resolve::select_virtual(obj.class(), resolved);
        let mut all = Vec::with_capacity(1 + args.len());
        all.push(receiver);
        all.extend_from_slice(args);
        self.invoke(thread, method, &all)
    }
}

/// How linking a call site failed: a Java exception already pending, or a bootstrap error to throw.
pub(crate) enum Linkage {
    Thrown(Thrown),
    Error(BootstrapError),
}

impl From<Thrown> for Linkage {
    fn from(t: Thrown) -> Self {
        Self::Thrown(t)
    }
}

impl From<BootstrapError> for Linkage {
    fn from(e: BootstrapError) -> Self {
        Self::Error(e)
    }
}

impl From<ProxyError> for Linkage {
    fn from(e: ProxyError) -> Self {
        Self::Error(e.into())
    }
}

#[cfg(test)]
mod tests;
