//! Field and method descriptors (JVMS 4.3) parsed into types, and the name rules of JVMS 4.2.
//!
//! Parsing validates as it goes, so a descriptor that parses is well formed: class names are non-empty
//! unqualified-name sequences separated by `/`, arrays have at most 255 dimensions, `V` appears only as a
//! method's return type.

use std::fmt;

/// A primitive type's descriptor letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BaseType {
    /// `B`
    Byte,
    /// `C`
    Char,
    /// `D`
    Double,
    /// `F`
    Float,
    /// `I`
    Int,
    /// `J`
    Long,
    /// `S`
    Short,
    /// `Z`
    Boolean,
}

impl BaseType {
    /// The type for a descriptor letter.
    pub fn from_char(c: u8) -> Option<Self> {
        Some(match c {
            b'B' => Self::Byte,
            b'C' => Self::Char,
            b'D' => Self::Double,
            b'F' => Self::Float,
            b'I' => Self::Int,
            b'J' => Self::Long,
            b'S' => Self::Short,
            b'Z' => Self::Boolean,
            _ => return None,
        })
    }

    /// The descriptor letter.
    pub fn descriptor_char(self) -> char {
        match self {
            Self::Byte => 'B',
            Self::Char => 'C',
            Self::Double => 'D',
            Self::Float => 'F',
            Self::Int => 'I',
            Self::Long => 'J',
            Self::Short => 'S',
            Self::Boolean => 'Z',
        }
    }

    /// The Java keyword.
    pub fn java_name(self) -> &'static str {
        match self {
            Self::Byte => "byte",
            Self::Char => "char",
            Self::Double => "double",
            Self::Float => "float",
            Self::Int => "int",
            Self::Long => "long",
            Self::Short => "short",
            Self::Boolean => "boolean",
        }
    }

    /// Local-variable and operand-stack slots a value takes (2 for long and double).
    pub fn slots(self) -> u8 {
        if matches!(self, Self::Long | Self::Double) { 2 } else { 1 }
    }
}

/// A field type: a primitive, a class or interface, or an array.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// A primitive type.
    Base(BaseType),
    /// A class or interface, by internal name (`java/lang/String`).
    Object(String),
    /// An array of `dimensions` dimensions (1 to 255) of `element`, which is never itself an array.
    Array {
        /// Number of `[`.
        dimensions: u8,
        /// The innermost element type.
        element: Box<FieldType>,
    },
}

impl FieldType {
    /// Parses a whole field descriptor.
    pub fn parse(descriptor: &str) -> Option<Self> {
        let (ty, rest) = parse_field_type(descriptor.as_bytes())?;
        rest.is_empty().then_some(ty)
    }

    /// Slots a value of this type takes.
    pub fn slots(&self) -> u8 {
        match self {
            Self::Base(b) => b.slots(),
            _ => 1,
        }
    }

    /// Whether values of this type are references.
    pub fn is_reference(&self) -> bool {
        !matches!(self, Self::Base(_))
    }
}

impl fmt::Display for FieldType {
    /// Java source spelling: `int`, `java.lang.String`, `byte[][]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Base(b) => f.write_str(b.java_name()),
            Self::Object(name) => f.write_str(&name.replace('/', ".")),
            Self::Array { dimensions, element } => {
                write!(f, "{element}")?;
                for _ in 0..*dimensions {
                    f.write_str("[]")?;
                }
                Ok(())
            }
        }
    }
}

/// A method descriptor: parameter types and return type (`None` for `void`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodDescriptor {
    /// Parameter types in order.
    pub parameters: Vec<FieldType>,
    /// The return type, `None` for `V`.
    pub return_type: Option<FieldType>,
}

impl MethodDescriptor {
    /// Parses a whole method descriptor.
    pub fn parse(descriptor: &str) -> Option<Self> {
        let mut rest = descriptor.as_bytes().strip_prefix(b"(")?;
        let mut parameters = Vec::new();
        loop {
            if let Some(after) = rest.strip_prefix(b")") {
                rest = after;
                break;
            }
            let (ty, after) = parse_field_type(rest)?;
            parameters.push(ty);
            rest = after;
        }
        let return_type = if rest == b"V" {
            None
        } else {
            let (ty, after) = parse_field_type(rest)?;
            if !after.is_empty() {
                return None;
            }
            Some(ty)
        };
        Some(Self { parameters, return_type })
    }

    /// Slots the parameters take, not counting `this` (JVMS 4.3.3 limits the total with `this` to 255).
    pub fn parameter_slots(&self) -> usize {
        self.parameters.iter().map(|p| usize::from(p.slots())).sum()
    }
}

fn parse_field_type(s: &[u8]) -> Option<(FieldType, &[u8])> {
    let dimensions = s.iter().take_while(|&&c| c == b'[').count();
    if dimensions > 255 {
        return None;
    }
    let s = &s[dimensions..];
    let (element, rest) = match *s.first()? {
        b'L' => {
            let end = s.iter().position(|&c| c == b';')?;
            let name = std::str::from_utf8(&s[1..end]).ok()?;
            if !is_valid_binary_name(name) {
                return None;
            }
            (FieldType::Object(name.to_owned()), &s[end + 1..])
        }
        c => (FieldType::Base(BaseType::from_char(c)?), &s[1..]),
    };
    let ty = if dimensions == 0 {
        element
    } else {
        FieldType::Array { dimensions: dimensions as u8, element: Box::new(element) }
    };
    Some((ty, rest))
}

/// JVMS 4.2.2: an unqualified name (field, method, local variable or formal parameter) is non-empty and
/// holds none of `. ; [ /`. Method names additionally exclude `<` and `>` unless they are `<init>` or
/// `<clinit>`: see [`is_valid_method_name`].
pub fn is_valid_unqualified_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['.', ';', '[', '/'])
}

/// JVMS 4.2.2 for method names.
pub fn is_valid_method_name(name: &str) -> bool {
    name == "<init>" || name == "<clinit>" || (is_valid_unqualified_name(name) && !name.contains(['<', '>']))
}

/// JVMS 4.2.1: a binary class or interface name in internal form: unqualified names joined by `/`.
pub fn is_valid_binary_name(name: &str) -> bool {
    !name.is_empty() && name.split('/').all(is_valid_unqualified_name)
}

/// The name in a `CONSTANT_Class`: a binary name, or an array type descriptor (JVMS 4.4.1).
pub fn is_valid_class_constant_name(name: &str) -> bool {
    if name.starts_with('[') { FieldType::parse(name).is_some() } else { is_valid_binary_name(name) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_types() {
        assert_eq!(FieldType::parse("I"), Some(FieldType::Base(BaseType::Int)));
        assert_eq!(FieldType::parse("Ljava/lang/String;"), Some(FieldType::Object("java/lang/String".into())));
        let t = FieldType::parse("[[J").unwrap();
        assert_eq!(t.to_string(), "long[][]");
        assert_eq!(FieldType::parse("[Ljava/lang/Object;").unwrap().to_string(), "java.lang.Object[]");
        for bad in ["", "V", "L;", "Ljava/lang/String", "II", "L/a;", "La//b;", "La.b;", "[", "Q"] {
            assert_eq!(FieldType::parse(bad), None, "{bad}");
        }
        assert!(FieldType::parse(&format!("{}I", "[".repeat(255))).is_some());
        assert!(FieldType::parse(&format!("{}I", "[".repeat(256))).is_none());
    }

    #[test]
    fn method_descriptors() {
        let m = MethodDescriptor::parse("(IJLjava/lang/String;[D)V").unwrap();
        assert_eq!(m.parameters.len(), 4);
        assert_eq!(m.parameter_slots(), 5);
        assert_eq!(m.return_type, None);
        assert_eq!(MethodDescriptor::parse("()[I").unwrap().return_type.unwrap().to_string(), "int[]");
        for bad in ["", "()", "(V)V", "(I", "()VV", "I()V", "()I;"] {
            assert_eq!(MethodDescriptor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn names() {
        assert!(is_valid_binary_name("java/lang/Object"));
        assert!(!is_valid_binary_name("java.lang.Object"));
        assert!(is_valid_method_name("<init>"));
        assert!(!is_valid_method_name("<foo>"));
        assert!(is_valid_class_constant_name("[Ljava/lang/Object;"));
        assert!(!is_valid_class_constant_name("[V"));
    }
}
