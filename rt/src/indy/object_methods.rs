//! `ObjectMethods.bootstrap`: records' `toString`, `equals` and `hashCode`, computed in Rust from the
//! component fields, calling back into Java for references' own `toString`/`equals`/`hashCode` and for the
//! library's `Float.toString`/`Double.toString`.
//!
//! What they compute is the `java.lang.Record` contract as HotSpot 17 implements it: `Name[a=1, b=x]` with
//! the class's simple name; `equals` true for the same class with each component equal (primitives as their
//! wrapper's `equals` would say, so `float`/`double` by `compare == 0`; references by `Objects.equals`);
//! `hashCode` as `31 * h + hash(component)` from 0, each component hashed as its wrapper's `hashCode` (0 for
//! null).

use crate::class::{ClassRef, ValueKind};
use crate::object::ObjRef;
use crate::resolve::{FieldRef, find_field};
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

use super::concat::Formatters;
use super::{BootstrapError, Linkage, SiteInfo, StaticArg};

/// Which of the three methods a call site computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordMethod {
    ToString,
    Equals,
    HashCode,
}

/// A linked `ObjectMethods` call site.
#[derive(Debug)]
pub(crate) struct RecordSite {
    pub(crate) method: RecordMethod,
    /// The record class.
    pub(crate) class: ClassRef,
    /// Its simple name (for `toString`).
    pub(crate) simple_name: Vec<u16>,
    /// The components: name and field, in declaration order.
    pub(crate) components: Vec<(Vec<u16>, FieldRef)>,
    pub(crate) formatters: Formatters,
}

/// The simple name of a class, as `Class.getSimpleName` gives it for a named class: the `InnerClasses`
/// entry's name for a nested or local class, else the name after the package.
pub(crate) fn simple_name(class: ClassRef) -> String {
    let from_inner_classes = class.class_file.as_deref().and_then(|cf| {
        cf.attributes.iter().find_map(|a| match &a.body {
            classfile::attribute::AttributeBody::InnerClasses(rows) => rows.iter().find_map(|row| {
                let inner = cf.constant_pool.class_name(row.inner_class).ok()?;
                (inner == &*class.name && !row.inner_name.is_none())
                    .then(|| cf.constant_pool.utf8(row.inner_name).ok().map(str::to_owned))
                    .flatten()
            }),
            _ => None,
        })
    });
    from_inner_classes.unwrap_or_else(|| class.name.rsplit('/').next().unwrap_or_default().to_owned())
}

/// A component's value in slot form.
fn read_component(obj: ObjRef, field: &FieldRef) -> u64 {
    let offset = field.offset as usize;
    match field.kind {
        ValueKind::Boolean | ValueKind::Byte => i32::from(obj.read::<i8>(offset)) as u32 as u64,
        ValueKind::Char => u64::from(obj.read::<u16>(offset)),
        ValueKind::Short => i32::from(obj.read::<i16>(offset)) as u32 as u64,
        ValueKind::Int | ValueKind::Float => u64::from(obj.read::<u32>(offset)),
        ValueKind::Long | ValueKind::Double | ValueKind::Reference => obj.read::<u64>(offset),
        ValueKind::Void => 0,
    }
}

/// `Float.floatToIntBits`: NaNs collapsed to the canonical one.
fn float_bits(value: u64) -> u32 {
    let f = f32::from_bits(value as u32);
    if f.is_nan() { 0x7fc0_0000 } else { f.to_bits() }
}

/// `Double.doubleToLongBits`.
fn double_bits(value: u64) -> u64 {
    let d = f64::from_bits(value);
    if d.is_nan() { 0x7ff8_0000_0000_0000 } else { d.to_bits() }
}

/// Whether two primitive components are equal as their wrappers' `equals` says.
pub(crate) fn primitive_equals(kind: ValueKind, a: u64, b: u64) -> bool {
    match kind {
        ValueKind::Float => float_bits(a) == float_bits(b),
        ValueKind::Double => double_bits(a) == double_bits(b),
        ValueKind::Long => a == b,
        _ => a as u32 == b as u32,
    }
}

/// A primitive component's hash, as its wrapper's `hashCode` computes it.
pub(crate) fn primitive_hash(kind: ValueKind, value: u64) -> i32 {
    match kind {
        ValueKind::Boolean => {
            if value as u32 != 0 {
                1231
            } else {
                1237
            }
        }
        ValueKind::Char => i32::from(value as u16),
        ValueKind::Float => float_bits(value) as i32,
        ValueKind::Long => (value ^ (value >> 32)) as u32 as i32,
        ValueKind::Double => {
            let bits = double_bits(value);
            (bits ^ (bits >> 32)) as u32 as i32
        }
        _ => value as u32 as i32,
    }
}

impl Runtime {
    /// Links an `ObjectMethods.bootstrap` call site.
    pub(super) fn bootstrap_record_method(&self, thread: &mut JavaThread, caller: ClassRef, info: &SiteInfo) -> Result<RecordSite, Linkage> {
        let bad = |reason: String| BootstrapError::BadArguments { bootstrap: "ObjectMethods", reason };
        let method = match info.name.as_str() {
            "toString" => RecordMethod::ToString,
            "equals" => RecordMethod::Equals,
            "hashCode" => RecordMethod::HashCode,
            other => return Err(bad(format!("no record method {other}")).into()),
        };
        let (Some(StaticArg::Class(class_name)), Some(StaticArg::String(names))) = (info.args.first(), info.args.get(1)) else {
            return Err(bad("the static arguments do not start with the record class and its component names".to_owned()).into());
        };
        let class = self.load_class(thread, class_name, caller.loader)?;
        let names: Vec<Vec<u16>> = if names.is_empty() {
            Vec::new()
        } else {
            names.split(|&u| u == u16::from(b';')).map(<[u16]>::to_vec).collect()
        };
        let getters = &info.args[2..];
        if getters.len() != names.len() {
            return Err(bad(format!("{} component names but {} getters", names.len(), getters.len())).into());
        }
        let mut components = Vec::with_capacity(names.len());
        for (name, getter) in names.into_iter().zip(getters) {
            let StaticArg::MethodHandle(handle) = getter else {
                return Err(bad(format!("getter {getter:?} is not a method handle")).into());
            };
            let field = find_field(class, &handle.name, &handle.descriptor).filter(|f| !f.is_static());
            let Some(field) = field else {
                return Err(bad(format!("{} has no field {}:{}", class.java_name(), handle.name, handle.descriptor)).into());
            };
            components.push((name, field));
        }
        let formatters = if method == RecordMethod::ToString {
            Formatters::for_kinds(self, thread, components.iter().map(|(_, f)| f.kind))?
        } else {
            Formatters::default()
        };
        let simple_name = simple_name(class).encode_utf16().collect();
        Ok(RecordSite { method, class, simple_name, components, formatters })
    }

    /// Runs a record method: `args` are the receiver (and for `equals` the other object).
    pub(super) fn invoke_record_method(&self, thread: &mut JavaThread, site: &RecordSite, args: &[u64]) -> JResult<u64> {
        if ObjRef::from_slot(args.first().copied().unwrap_or(0)).is_none() {
            return Err(self.throw_null_pointer(thread));
        }
        // The receiver (and the other object) stay in handles while component methods run in Java.
        let base = thread.handles.len();
        thread.handles.extend_from_slice(&args[..args.len().min(2)]);
        let result = match site.method {
            RecordMethod::ToString => self.record_to_string(thread, site, base),
            RecordMethod::Equals => self.record_equals(thread, site, base).map(u64::from),
            RecordMethod::HashCode => self.record_hash_code(thread, site, base).map(|h| h as u32 as u64),
        };
        thread.handles.truncate(base);
        result
    }

    fn handle_obj(thread: &JavaThread, at: usize) -> Option<ObjRef> {
        ObjRef::from_slot(thread.handles.get(at).copied().unwrap_or(0))
    }

    fn record_to_string(&self, thread: &mut JavaThread, site: &RecordSite, base: usize) -> JResult<u64> {
        let mut out = site.simple_name.clone();
        out.push(u16::from(b'['));
        for (i, (name, field)) in site.components.iter().enumerate() {
            if i > 0 {
                out.extend([u16::from(b','), u16::from(b' ')]);
            }
            out.extend_from_slice(name);
            out.push(u16::from(b'='));
            let Some(this) = Self::handle_obj(thread, base) else { return Err(self.throw_null_pointer(thread)) };
            let value = read_component(this, field);
            self.append_primitive(thread, &site.formatters, &mut out, field.kind, value)?;
        }
        out.push(u16::from(b']'));
        Ok(self.new_string_utf16(thread, &out)?.to_slot())
    }

    fn record_equals(&self, thread: &mut JavaThread, site: &RecordSite, base: usize) -> JResult<bool> {
        match Self::handle_obj(thread, base + 1) {
            Some(other) if other.class() == site.class => {}
            _ => return Ok(false),
        }
        for (_, field) in &site.components {
            let (Some(this), Some(other)) = (Self::handle_obj(thread, base), Self::handle_obj(thread, base + 1)) else {
                return Ok(false);
            };
            let (a, b) = (read_component(this, field), read_component(other, field));
            let equal = if field.kind != ValueKind::Reference {
                primitive_equals(field.kind, a, b)
            } else if a == b {
                true
            } else if a == 0 {
                false
            } else {
                self.call_object_method(thread, a, "equals", "(Ljava/lang/Object;)Z", &[b])? as u32 != 0
            };
            if !equal {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn record_hash_code(&self, thread: &mut JavaThread, site: &RecordSite, base: usize) -> JResult<i32> {
        let mut hash = 0i32;
        for (_, field) in &site.components {
            let Some(this) = Self::handle_obj(thread, base) else { return Err(self.throw_null_pointer(thread)) };
            let value = read_component(this, field);
            let component = match field.kind {
                ValueKind::Reference if value == 0 => 0,
                ValueKind::Reference => self.call_object_method(thread, value, "hashCode", "()I", &[])? as u32 as i32,
                kind => primitive_hash(kind, value),
            };
            hash = hash.wrapping_mul(31).wrapping_add(component);
        }
        Ok(hash)
    }
}
