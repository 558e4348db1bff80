//! `LambdaMetafactory.metafactory` and `altMetafactory`: a hidden proxy class per call site, written by
//! `proxy_writer`, defined in the caller's loader as the caller's nestmate; the call site then invokes the
//! proxy's factory, or returns the one instance of a non-capturing lambda (as HotSpot does, so two
//! evaluations of such a lambda are `==`).

use std::sync::atomic::Ordering;

use classfile::constant_pool::ReferenceKind;

use crate::class::ClassRef;
use crate::method::MethodRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

use super::proxy_writer::{self, FACTORY_NAME, INSTANCE_FIELD, ImplMethod, ProxySpec};
use super::{BootstrapError, Linkage, SiteInfo, StaticArg};

/// `altMetafactory` flag: the lambda is serializable (the proxy implements `java.io.Serializable`).
const FLAG_SERIALIZABLE: i32 = 1;
/// `altMetafactory` flag: a count and that many marker interfaces follow.
const FLAG_MARKERS: i32 = 2;
/// `altMetafactory` flag: a count and that many bridge method types follow.
const FLAG_BRIDGES: i32 = 4;

/// A linked lambda call site.
#[derive(Debug)]
pub(crate) struct LambdaSite {
    /// The proxy class.
    pub(crate) proxy: ClassRef,
    /// Its `get$Lambda` factory.
    pub(crate) factory: MethodRef,
    /// For a non-capturing lambda, the static field of the proxy that holds its one instance (a static, so
    /// the collector sees it as a root like any other).
    pub(crate) instance: Option<u16>,
}

/// Reads a `metafactory`/`altMetafactory` call site into the writer's spec (everything but the name).
pub(crate) fn read_spec(info: &SiteInfo, name: String) -> Result<ProxySpec, BootstrapError> {
    let bad = |reason: String| BootstrapError::BadArguments { bootstrap: "LambdaMetafactory", reason };
    let (captured, interface) = proxy_writer::split_descriptor(&info.descriptor)
        .ok_or_else(|| bad(format!("malformed call site descriptor {}", info.descriptor)))?;
    let interface = interface
        .strip_prefix('L')
        .and_then(|i| i.strip_suffix(';'))
        .ok_or_else(|| bad(format!("the call site returns {interface}, not an interface")))?
        .to_owned();
    let mut args = info.args.iter();
    let (Some(StaticArg::MethodType(sam)), Some(StaticArg::MethodHandle(imp)), Some(StaticArg::MethodType(instantiated))) =
        (args.next(), args.next(), args.next())
    else {
        return Err(bad("the static arguments are not (MethodType, MethodHandle, MethodType)".to_owned()));
    };
    let mut interfaces = vec![interface];
    let mut bridges = Vec::new();
    if info.bootstrap.name == "altMetafactory" {
        let Some(&StaticArg::Int(flags)) = args.next() else {
            return Err(bad("altMetafactory's fourth static argument is not the int flags".to_owned()));
        };
        let mut counted = |what: &str| -> Result<Vec<&StaticArg>, BootstrapError> {
            let Some(&StaticArg::Int(count)) = args.next() else {
                return Err(bad(format!("the {what} count is missing")));
            };
            let taken: Vec<&StaticArg> = args.by_ref().take(count.max(0) as usize).collect();
            if taken.len() != count.max(0) as usize {
                return Err(bad(format!("fewer {what} than the count {count}")));
            }
            Ok(taken)
        };
        if flags & FLAG_MARKERS != 0 {
            for marker in counted("marker interfaces")? {
                let StaticArg::Class(name) = marker else { return Err(bad(format!("marker {marker:?} is not a class"))) };
                if !interfaces.contains(name) {
                    interfaces.push(name.clone());
                }
            }
        }
        if flags & FLAG_BRIDGES != 0 {
            for bridge in counted("bridges")? {
                let StaticArg::MethodType(d) = bridge else { return Err(bad(format!("bridge {bridge:?} is not a method type"))) };
                bridges.push(d.clone());
            }
        }
        if flags & FLAG_SERIALIZABLE != 0 && !interfaces.iter().any(|i| i == "java/io/Serializable") {
            interfaces.push("java/io/Serializable".to_owned());
        }
    }
    if imp.kind.is_field() {
        return Err(bad(format!("the implementation handle is a {}", imp.kind.name())));
    }
    Ok(ProxySpec {
        name,
        interfaces,
        singleton: captured.is_empty(),
        captured,
        method_name: info.name.clone(),
        sam_descriptor: sam.clone(),
        instantiated: instantiated.clone(),
        bridges,
        implementation: ImplMethod {
            kind: imp.kind,
            class: imp.class.clone(),
            name: imp.name.clone(),
            descriptor: imp.descriptor.clone(),
            interface: imp.interface || imp.kind == ReferenceKind::InvokeInterface,
        },
    })
}

impl Runtime {
    /// Links a `LambdaMetafactory` call site: writes, defines and initializes its proxy class.
    pub(super) fn bootstrap_lambda(&self, thread: &mut JavaThread, caller: ClassRef, info: &SiteInfo) -> Result<LambdaSite, Linkage> {
        let number = caller.proxy_counter.fetch_add(1, Ordering::Relaxed) + 1;
        let name = format!("{}$$Lambda${number}", caller.name);
        let spec = read_spec(info, name)?;
        let class_file = proxy_writer::write_proxy(&spec)?;
        let bytes = class_file.to_bytes().map_err(|e| BootstrapError::Proxy(e.into()))?;
        let proxy = self.define_class(thread, &spec.name, caller.loader, &bytes, true)?;
        // The proxy reaches the caller's private methods as its nestmate (set before anything resolves from it).
        let host = self.nest_host(thread, caller);
        let _ = proxy.nest_host.set(host);
        self.ensure_initialized(thread, proxy)?;
        let factory_descriptor = format!("({})L{};", spec.captured.concat(), spec.interfaces[0]);
        let Some(factory) = proxy.declared_method(FACTORY_NAME, &factory_descriptor) else {
            let reason = format!("the proxy {} lacks its factory", proxy.java_name());
            return Err(BootstrapError::BadArguments { bootstrap: "LambdaMetafactory", reason }.into());
        };
        let instance = if spec.singleton {
            let field = proxy.fields.iter().position(|f| &*f.name == INSTANCE_FIELD);
            let Some(index) = field else {
                let reason = format!("the proxy {} lacks its instance field", proxy.java_name());
                return Err(BootstrapError::BadArguments { bootstrap: "LambdaMetafactory", reason }.into());
            };
            let object = self.invoke(thread, factory, &[])?;
            proxy.static_slot(&proxy.fields[index]).store(object, Ordering::Release);
            Some(index as u16)
        } else {
            None
        };
        Ok(LambdaSite { proxy, factory, instance })
    }

    /// Evaluates a lambda expression: the instance for these captured arguments.
    pub(super) fn invoke_lambda(&self, thread: &mut JavaThread, site: &LambdaSite, args: &[u64]) -> JResult<u64> {
        match site.instance {
            Some(index) => Ok(site.proxy.static_slot(&site.proxy.fields[usize::from(index)]).load(Ordering::Acquire)),
            None => self.invoke(thread, site.factory, args),
        }
    }
}
