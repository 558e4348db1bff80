//! `java.lang.reflect.Array`'s natives.

use rt::{ClassKind, NativeRegistry, ValueKind};

use super::{Args, int, reference};

pub(super) fn register(natives: &mut NativeRegistry) {
    natives.register("java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", |rt, thread, a| {
        let a = Args(a);
        let component = a.obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let component = rt.class_of_mirror(component).ok_or_else(|| rt.throw_null_pointer(thread))?;
        if matches!(component.kind, ClassKind::Primitive(ValueKind::Void)) {
            return Err(rt.throw_new(thread, "java/lang/IllegalArgumentException", None));
        }
        let array_class = rt.array_class_of(component);
        reference(Some(rt.alloc_array(thread, array_class, a.int(1))?))
    });
    natives.register("java/lang/reflect/Array", "getLength", "(Ljava/lang/Object;)I", |rt, thread, a| {
        let array = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        if !array.class().is_array() {
            return Err(rt.throw_new(thread, "java/lang/IllegalArgumentException", Some("Argument is not an array")));
        }
        int(array.array_length())
    });
}
