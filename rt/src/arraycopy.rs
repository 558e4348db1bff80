//! `System.arraycopy`: HotSpot's checks and messages, in the order HotSpot makes them, then the copy (with
//! the card mark for reference arrays). The `System` native and compiled code (`runtime_calls::arraycopy`)
//! both call [`arraycopy`].

use crate::class::ClassRef;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};
use crate::ValueKind;

/// How HotSpot names an array type in `arraycopy` messages: `int[]`, or `object array[]` for any reference array.
fn array_type_name(class: ClassRef) -> String {
    match class.element_kind() {
        Some(ValueKind::Reference) | None => "object array".to_owned(),
        Some(kind) => kind.java_name().to_owned(),
    }
}

/// `System.arraycopy(src, src_pos, dst, dst_pos, length)`.
pub fn arraycopy(
    rt: &Runtime,
    thread: &mut JavaThread,
    src: Option<ObjRef>,
    src_pos: i32,
    dst: Option<ObjRef>,
    dst_pos: i32,
    length: i32,
) -> JResult<()> {
    let (Some(src), Some(dst)) = (src, dst) else { return Err(rt.throw_null_pointer(thread)) };
    let (src_class, dst_class) = (src.class(), dst.class());
    let store_error = |rt: &Runtime, thread: &mut JavaThread, message: String| {
        Err(rt.throw_new(thread, "java/lang/ArrayStoreException", Some(&message)))
    };
    let Some(src_kind) = src_class.element_kind() else {
        return store_error(rt, thread, format!("arraycopy: source type {} is not an array", src_class.java_name()));
    };
    let Some(dst_kind) = dst_class.element_kind() else {
        return store_error(rt, thread, format!("arraycopy: destination type {} is not an array", dst_class.java_name()));
    };
    if src_kind != dst_kind {
        let message = format!(
            "arraycopy: type mismatch: can not copy {}[] into {}[]",
            array_type_name(src_class),
            array_type_name(dst_class)
        );
        return store_error(rt, thread, message);
    }
    let (src_len, dst_len) = (src.array_length(), dst.array_length());
    let bounds = |message: String| Some(message);
    let problem = if src_pos < 0 {
        bounds(format!("arraycopy: source index {src_pos} out of bounds for {}[{src_len}]", array_type_name(src_class)))
    } else if dst_pos < 0 {
        bounds(format!("arraycopy: destination index {dst_pos} out of bounds for {}[{dst_len}]", array_type_name(dst_class)))
    } else if length < 0 {
        bounds(format!("arraycopy: length {length} is negative"))
    } else if i64::from(src_pos) + i64::from(length) > i64::from(src_len) {
        bounds(format!(
            "arraycopy: last source index {} out of bounds for {}[{src_len}]",
            i64::from(src_pos) + i64::from(length),
            array_type_name(src_class)
        ))
    } else if i64::from(dst_pos) + i64::from(length) > i64::from(dst_len) {
        bounds(format!(
            "arraycopy: last destination index {} out of bounds for {}[{dst_len}]",
            i64::from(dst_pos) + i64::from(length),
            array_type_name(dst_class)
        ))
    } else {
        None
    };
    if let Some(message) = problem {
        return Err(rt.throw_new(thread, "java/lang/ArrayIndexOutOfBoundsException", Some(&message)));
    }
    let (src_pos, dst_pos, length) = (src_pos as usize, dst_pos as usize, length as usize);
    if src_kind != ValueKind::Reference {
        ObjRef::copy_elements(src, src_pos, dst, dst_pos, length, src_kind.size());
        return Ok(());
    }
    let (src_component, dst_component) = (src_class.component(), dst_class.component());
    let all_fit = match (src_component, dst_component) {
        (Some(s), Some(d)) => s.is_assignable_to(&d),
        _ => false,
    };
    if all_fit || src == dst {
        ObjRef::copy_elements(src, src_pos, dst, dst_pos, length, 8);
        for k in 0..length {
            rt.barrier().post_write(dst.field_addr(ObjRef::element_offset(dst_pos + k, 8)));
        }
        return Ok(());
    }
    // Element by element, stopping at the first that does not fit (what was copied stays copied).
    let dst_component = dst_component.expect("reference arrays have a component class");
    for k in 0..length {
        let value = src.array_get::<u64>(src_pos + k);
        if let Some(obj) = ObjRef::from_slot(value)
            && !obj.class().is_assignable_to(&dst_component)
        {
            let src_component = src_component.expect("reference arrays have a component class");
            // HotSpot words it by how the element types relate: when the destination's cannot even be a
            // subtype of the source's, the arrays' types themselves are incompatible.
            let message = if dst_component.is_assignable_to(&src_component) {
                format!(
                    "arraycopy: element type mismatch: can not cast one of the elements of {}[] to the type of the destination array, {}",
                    src_component.java_name(),
                    dst_component.java_name()
                )
            } else {
                format!(
                    "arraycopy: type mismatch: can not copy {}[] into {}[]",
                    src_component.java_name(),
                    dst_component.java_name()
                )
            };
            return store_error(rt, thread, message);
        }
        dst.array_set::<u64>(dst_pos + k, value);
        rt.barrier().post_write(dst.field_addr(ObjRef::element_offset(dst_pos + k, 8)));
    }
    Ok(())
}
