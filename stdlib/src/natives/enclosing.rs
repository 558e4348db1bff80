//! `Class.enclosingMethod0`: the method or constructor a local or anonymous class is declared in, from the
//! class's `EnclosingMethod` attribute (JVMS 4.7.7). `Class.getEnclosingMethod`/`getEnclosingConstructor` find
//! the reflective member by this name and descriptor among the enclosing class's declared members.

use classfile::attribute::AttributeBody;
use rt::{ClassRef, NativeRegistry};

use super::{Args, reference};

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register("java/lang/Class", "enclosingMethod0", "()Ljava/lang/String;", |rt, thread, a| {
        let mirror = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        match rt.class_of_mirror(mirror).and_then(enclosing_method) {
            Some(text) => reference(Some(rt.new_string(thread, &text)?)),
            None => reference(None),
        }
    });
}

/// `name descriptor` of the enclosing method, or `None` when the class has no `EnclosingMethod` attribute or
/// is not enclosed by a method (an initializer).
fn enclosing_method(class: ClassRef) -> Option<String> {
    let cf = class.class_file.as_deref()?;
    cf.attributes.iter().find_map(|a| match &a.body {
        AttributeBody::EnclosingMethod(e) if !e.method.is_none() => {
            cf.constant_pool.name_and_type(e.method).ok().map(|(name, descriptor)| format!("{name} {descriptor}"))
        }
        _ => None,
    })
}
