//! Assignability (JVMS 4.10.1.2) between verification types and between frames, and the merge of two
//! types that type inference needs at join points (JVMS 4.10.2.2).
//!
//! Interfaces are treated as `java/lang/Object` for assignability, as JVMS says: any class is assignable
//! to an interface type, and the interface check is left to the run time (`invokeinterface`). Arrays are
//! covariant in reference element types and exact in primitive ones, and assignable to `Object`,
//! `Cloneable` and `Serializable` only.

use crate::ClassHierarchy;
use crate::error::HierarchyError;
use crate::frame::Frame;
use crate::types::VType;

/// The longest superclass chain followed; a hierarchy with a cycle (which a class loader refuses anyway)
/// cannot make the verifier loop.
const MAX_CHAIN: usize = 4096;

/// Whether a value of type `from` may be used where `to` is expected.
pub(crate) fn is_assignable(
    h: &dyn ClassHierarchy,
    from: &VType,
    to: &VType,
) -> Result<bool, HierarchyError> {
    if from == to {
        return Ok(true);
    }
    Ok(match (from, to) {
        (_, VType::Top) => true,
        (VType::Null, VType::Reference(_)) => true,
        (VType::Reference(f), VType::Reference(t)) => is_reference_assignable(h, f, t)?,
        _ => false,
    })
}

/// Reference assignability by names. Iterative over array dimensions, so that a hostile descriptor with
/// thousands of `[` (which format checks would refuse, but the verifier does not rely on them) cannot
/// exhaust the stack.
pub(crate) fn is_reference_assignable(
    h: &dyn ClassHierarchy,
    mut from: &str,
    mut to: &str,
) -> Result<bool, HierarchyError> {
    loop {
        if from == to || to == "java/lang/Object" {
            return Ok(true);
        }
        if let Some(to_elem) = to.strip_prefix('[') {
            let Some(from_elem) = from.strip_prefix('[') else {
                return Ok(false);
            };
            // Primitive element types must match exactly (they differ here, since from != to).
            match (element_class(from_elem), element_class(to_elem)) {
                (Some(f), Some(t)) => {
                    from = f;
                    to = t;
                    continue;
                }
                _ => return Ok(false),
            }
        }
        // `to` is a class or interface; arrays reach only the two array interfaces.
        if from.starts_with('[') {
            return Ok(to == "java/lang/Cloneable" || to == "java/io/Serializable");
        }
        if h.is_interface(to)? {
            return Ok(true);
        }
        return h.is_subclass_of(from, to);
    }
}

/// The reference name an array's element descriptor denotes (`Ljava/lang/String;` -> `java/lang/String`,
/// `[I` -> `[I`), or `None` for a primitive element.
fn element_class(elem: &str) -> Option<&str> {
    if elem.starts_with('[') {
        Some(elem)
    } else {
        elem.strip_prefix('L')?.strip_suffix(';')
    }
}

/// Whether the frame `from` may flow into the (stack map) frame `to`: same stack height, every slot
/// assignable, and `flagThisUninit` only where the target has it too.
pub(crate) fn frame_assignable(
    h: &dyn ClassHierarchy,
    from: &Frame,
    to: &Frame,
) -> Result<bool, HierarchyError> {
    if from.stack.len() != to.stack.len() || from.locals.len() != to.locals.len() {
        return Ok(false);
    }
    if from.this_uninit && !to.this_uninit {
        return Ok(false);
    }
    for (f, t) in from
        .locals
        .iter()
        .zip(&to.locals)
        .chain(from.stack.iter().zip(&to.stack))
    {
        if !is_assignable(h, f, t)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The least type both `a` and `b` are assignable to, as type inference computes it: references merge to
/// their first common superclass (interfaces count as `Object`), anything unrelated to `Top`.
pub(crate) fn merge(h: &dyn ClassHierarchy, a: &VType, b: &VType) -> Result<VType, HierarchyError> {
    if a == b {
        return Ok(a.clone());
    }
    Ok(match (a, b) {
        (VType::Null, VType::Reference(_)) => b.clone(),
        (VType::Reference(_), VType::Null) => a.clone(),
        (VType::Reference(x), VType::Reference(y)) => {
            VType::reference(&merge_references(h, x, y, 0)?)
        }
        _ => VType::Top,
    })
}

fn merge_references(
    h: &dyn ClassHierarchy,
    x: &str,
    y: &str,
    depth: usize,
) -> Result<String, HierarchyError> {
    const OBJECT: &str = "java/lang/Object";
    if x == y {
        return Ok(x.to_owned());
    }
    match (x.strip_prefix('['), y.strip_prefix('[')) {
        (Some(xe), Some(ye)) => {
            // Element descriptors nest at most 255 deep; depth bounds the recursion regardless.
            return Ok(match (element_class(xe), element_class(ye)) {
                (Some(xc), Some(yc)) if depth < 256 => {
                    let m = merge_references(h, xc, yc, depth + 1)?;
                    if m.starts_with('[') {
                        format!("[{m}")
                    } else {
                        format!("[L{m};")
                    }
                }
                _ => OBJECT.to_owned(),
            });
        }
        (None, None) => {}
        _ => return Ok(OBJECT.to_owned()),
    }
    if h.is_interface(x)? || h.is_interface(y)? {
        return Ok(OBJECT.to_owned());
    }
    let mut chain = vec![x.to_owned()];
    let mut cur = x.to_owned();
    while let Some(sup) = h.superclass(&cur)? {
        if chain.len() >= MAX_CHAIN {
            break;
        }
        chain.push(sup.clone());
        cur = sup;
    }
    let mut cur = y.to_owned();
    for _ in 0..MAX_CHAIN {
        if chain.contains(&cur) {
            return Ok(cur);
        }
        match h.superclass(&cur)? {
            Some(sup) => cur = sup,
            None => break,
        }
    }
    Ok(OBJECT.to_owned())
}
