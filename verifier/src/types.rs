//! Verification types (JVMS 4.10.1.2): the values a local or operand-stack slot can hold, as the verifier
//! and the tiers after it see them.

use std::fmt;
use std::sync::Arc;

use classfile::descriptor::{BaseType, FieldType};

/// The verification type of one local-variable or operand-stack slot.
///
/// Category-2 values (`long`, `double`) take two slots, as in JVMS: the value's own entry followed by
/// [`VType::Top`]. Reference types carry their name in the form a `Class` constant uses: an internal class
/// name (`java/lang/String`) or an array descriptor (`[I`, `[Ljava/lang/String;`). `boolean`, `byte`, `char`
/// and `short` values are [`VType::Int`], as the JVM computes with them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VType {
    /// Unusable: an unset local, the second half of a long or double, or a merge of unrelated types.
    Top,
    /// `int` (and `boolean`, `byte`, `char`, `short`).
    Int,
    /// `float`.
    Float,
    /// `long` (followed by `Top`).
    Long,
    /// `double` (followed by `Top`).
    Double,
    /// The type of `null`: assignable to every class and array type.
    Null,
    /// `this` in a constructor before `super()` or `this()` returns.
    UninitializedThis,
    /// An object created by the `new` at this bci whose `<init>` has not run yet.
    Uninitialized(u32),
    /// An initialized reference to a class, interface or array type, by name.
    Reference(Arc<str>),
    /// A return address pushed by a `jsr` to the subroutine starting at this bci (type inference only).
    /// It names the subroutine rather than the return point, so that the addresses pushed by different
    /// callers of one subroutine are one type and survive merges; `ret` returns after every such `jsr`.
    ReturnAddress(u32),
}

impl VType {
    /// A reference type named `name` (internal name or array descriptor).
    pub fn reference(name: &str) -> VType {
        VType::Reference(Arc::from(name))
    }

    /// The type `java/lang/Object`.
    pub fn object() -> VType {
        VType::reference("java/lang/Object")
    }

    /// Whether the value takes two slots (`long`, `double`); its second slot is `Top`.
    pub fn is_category2(&self) -> bool {
        matches!(self, VType::Long | VType::Double)
    }

    /// Whether the type is a reference of any kind (initialized or not, or null): what `aload` accepts
    /// beside return addresses, and what a GC reference map must trace.
    pub fn is_reference_like(&self) -> bool {
        matches!(
            self,
            VType::Null | VType::UninitializedThis | VType::Uninitialized(_) | VType::Reference(_)
        )
    }

    /// The name of an initialized reference type, if this is one.
    pub fn ref_name(&self) -> Option<&str> {
        match self {
            VType::Reference(name) => Some(name),
            _ => None,
        }
    }

    /// Whether this is an array reference type.
    pub fn is_array(&self) -> bool {
        self.ref_name().is_some_and(|n| n.starts_with('['))
    }

    /// The verification type of a value of field type `ty` (the slot's first entry for category 2).
    pub fn from_field_type(ty: &FieldType) -> VType {
        match ty {
            FieldType::Base(BaseType::Long) => VType::Long,
            FieldType::Base(BaseType::Double) => VType::Double,
            FieldType::Base(BaseType::Float) => VType::Float,
            FieldType::Base(_) => VType::Int,
            FieldType::Object(name) => VType::reference(name),
            FieldType::Array { .. } => VType::Reference(Arc::from(array_descriptor(ty))),
        }
    }

    /// The verification type of the class named by a `Class` constant's text (a name or array descriptor).
    pub fn from_class_constant(name: &str) -> VType {
        VType::reference(name)
    }

    /// The element type of an array type named `name` (`[I` -> int, `[[I` -> `[I`), or `None` for a
    /// non-array or malformed name.
    pub fn array_element(name: &str) -> Option<VType> {
        let rest = name.strip_prefix('[')?;
        match rest.as_bytes().first()? {
            b'[' => Some(VType::reference(rest)),
            b'L' => {
                let inner = rest.strip_prefix('L')?.strip_suffix(';')?;
                Some(VType::reference(inner))
            }
            &c => {
                let base = BaseType::from_char(c)?;
                (rest.len() == 1).then(|| VType::from_field_type(&FieldType::Base(base)))
            }
        }
    }

    /// The array type whose elements are of the reference type `element` (for `anewarray`).
    pub fn array_of_reference(element: &str) -> VType {
        if element.starts_with('[') {
            VType::Reference(Arc::from(format!("[{element}")))
        } else {
            VType::Reference(Arc::from(format!("[L{element};")))
        }
    }
}

/// The descriptor of a field type (`[[Ljava/lang/String;`).
pub(crate) fn array_descriptor(ty: &FieldType) -> String {
    match ty {
        FieldType::Base(b) => b.descriptor_char().to_string(),
        FieldType::Object(name) => format!("L{name};"),
        FieldType::Array {
            dimensions,
            element,
        } => {
            let mut s = "[".repeat(usize::from(*dimensions));
            s.push_str(&array_descriptor(element));
            s
        }
    }
}

/// The spelling HotSpot's verifier uses in its details: `int`, `'java/lang/String'`, `uninitializedThis`.
impl fmt::Display for VType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VType::Top => f.write_str("top"),
            VType::Int => f.write_str("integer"),
            VType::Float => f.write_str("float"),
            VType::Long => f.write_str("long"),
            VType::Double => f.write_str("double"),
            VType::Null => f.write_str("null"),
            VType::UninitializedThis => f.write_str("uninitializedThis"),
            VType::Uninitialized(bci) => write!(f, "uninitialized({bci})"),
            VType::Reference(name) => write!(f, "'{name}'"),
            VType::ReturnAddress(bci) => write!(f, "returnAddress({bci})"),
        }
    }
}
