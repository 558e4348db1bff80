//! The constant pool (JVMS 4.4): every tag Java SE 17 defines, typed indices, and checked accessors.
//!
//! Entries are kept exactly as written (UTF-8 bytes, float bits, the unusable slot after a long or double),
//! so the writer reproduces the input byte for byte; accessors resolve an index to what it names and fail
//! with a `ClassFormatError`-grade defect when the index is out of range or names the wrong kind.

use crate::error::{ClassFormatError, FormatDefect, Result, WriteError};
use crate::mutf8;
use crate::reader::{Reader, WriteBe, put_count};

/// An index into the constant pool. `CpIndex(0)` means "none" where the format allows it (a `catch_type`
/// of any exception, `super_class` of `java/lang/Object`, an absent inner-class name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct CpIndex(pub u16);

impl CpIndex {
    /// Whether this is the "none" index 0.
    pub fn is_none(self) -> bool {
        self.0 == 0
    }
}

impl std::fmt::Display for CpIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// A `CONSTANT_Utf8`: the exact bytes, plus the decoded text when it is valid Unicode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utf8 {
    bytes: Box<[u8]>,
    text: Option<Box<str>>,
}

impl Utf8 {
    /// Builds from text (for models made by code, such as test assemblers).
    pub fn new(text: &str) -> Self {
        Self { bytes: mutf8::encode_str(text).into(), text: Some(text.into()) }
    }

    /// The modified UTF-8 bytes as they appear in the file.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The text, or `None` if it holds an unpaired surrogate (legal in a Java string literal).
    pub fn as_str(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The text as UTF-16 code units: lossless for every legal string.
    pub fn to_utf16(&self) -> Vec<u16> {
        // The bytes were validated when the entry was read or built.
        mutf8::decode_utf16(&self.bytes).unwrap_or_default()
    }
}

/// `reference_kind` of a `CONSTANT_MethodHandle` (JVMS 4.4.8, table 5.4.3.5-A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ReferenceKind {
    /// `REF_getField`.
    GetField = 1,
    /// `REF_getStatic`.
    GetStatic = 2,
    /// `REF_putField`.
    PutField = 3,
    /// `REF_putStatic`.
    PutStatic = 4,
    /// `REF_invokeVirtual`.
    InvokeVirtual = 5,
    /// `REF_invokeStatic`.
    InvokeStatic = 6,
    /// `REF_invokeSpecial`.
    InvokeSpecial = 7,
    /// `REF_newInvokeSpecial`.
    NewInvokeSpecial = 8,
    /// `REF_invokeInterface`.
    InvokeInterface = 9,
}

impl ReferenceKind {
    /// The kind for a `reference_kind` byte, if it is one of the nine.
    pub fn from_u8(v: u8) -> Option<Self> {
        Some(match v {
            1 => Self::GetField,
            2 => Self::GetStatic,
            3 => Self::PutField,
            4 => Self::PutStatic,
            5 => Self::InvokeVirtual,
            6 => Self::InvokeStatic,
            7 => Self::InvokeSpecial,
            8 => Self::NewInvokeSpecial,
            9 => Self::InvokeInterface,
            _ => return None,
        })
    }

    /// The name `javap` prints (`REF_invokeStatic`).
    pub fn name(self) -> &'static str {
        match self {
            Self::GetField => "REF_getField",
            Self::GetStatic => "REF_getStatic",
            Self::PutField => "REF_putField",
            Self::PutStatic => "REF_putStatic",
            Self::InvokeVirtual => "REF_invokeVirtual",
            Self::InvokeStatic => "REF_invokeStatic",
            Self::InvokeSpecial => "REF_invokeSpecial",
            Self::NewInvokeSpecial => "REF_newInvokeSpecial",
            Self::InvokeInterface => "REF_invokeInterface",
        }
    }

    /// Whether the handle refers to a field (kinds 1 to 4).
    pub fn is_field(self) -> bool {
        (self as u8) <= 4
    }
}

/// One constant-pool entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Constant {
    /// Index 0 and the slot after a long or double: present so indices map directly, never referable.
    Unusable,
    /// `CONSTANT_Utf8` (tag 1).
    Utf8(Utf8),
    /// `CONSTANT_Integer` (tag 3).
    Integer(i32),
    /// `CONSTANT_Float` (tag 4), as raw bits so that NaN payloads survive a round trip.
    Float(u32),
    /// `CONSTANT_Long` (tag 5); takes two slots.
    Long(i64),
    /// `CONSTANT_Double` (tag 6), as raw bits; takes two slots.
    Double(u64),
    /// `CONSTANT_Class` (tag 7): a class or array type's name.
    Class {
        /// `Utf8`: the name in internal form, or an array descriptor.
        name: CpIndex,
    },
    /// `CONSTANT_String` (tag 8): a string literal.
    String {
        /// `Utf8`: the literal's text.
        string: CpIndex,
    },
    /// `CONSTANT_Fieldref` (tag 9).
    Fieldref(MemberRef),
    /// `CONSTANT_Methodref` (tag 10).
    Methodref(MemberRef),
    /// `CONSTANT_InterfaceMethodref` (tag 11).
    InterfaceMethodref(MemberRef),
    /// `CONSTANT_NameAndType` (tag 12).
    NameAndType {
        /// `Utf8`: the member name.
        name: CpIndex,
        /// `Utf8`: the field or method descriptor.
        descriptor: CpIndex,
    },
    /// `CONSTANT_MethodHandle` (tag 15), kept raw: the kind is checked by the format checks, not the parser.
    MethodHandle {
        /// `reference_kind`, 1 to 9 in a well-formed file (see [`ReferenceKind`]).
        kind: u8,
        /// A `Fieldref`, `Methodref` or `InterfaceMethodref`, as the kind requires.
        reference: CpIndex,
    },
    /// `CONSTANT_MethodType` (tag 16).
    MethodType {
        /// `Utf8`: a method descriptor.
        descriptor: CpIndex,
    },
    /// `CONSTANT_Dynamic` (tag 17): a dynamically computed constant.
    Dynamic(DynamicRef),
    /// `CONSTANT_InvokeDynamic` (tag 18): a dynamically computed call site.
    InvokeDynamic(DynamicRef),
    /// `CONSTANT_Module` (tag 19).
    Module {
        /// `Utf8`: the module name.
        name: CpIndex,
    },
    /// `CONSTANT_Package` (tag 20).
    Package {
        /// `Utf8`: the package name in internal form.
        name: CpIndex,
    },
}

/// The body of `Fieldref`, `Methodref` and `InterfaceMethodref`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberRef {
    /// `Class`: the class or interface declaring (or inheriting) the member.
    pub class: CpIndex,
    /// `NameAndType`: the member's name and descriptor.
    pub name_and_type: CpIndex,
}

/// The body of `Dynamic` and `InvokeDynamic`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DynamicRef {
    /// Index into the class's `BootstrapMethods` attribute (not a constant-pool index).
    pub bootstrap_method: u16,
    /// `NameAndType`: the name and (field or method) descriptor.
    pub name_and_type: CpIndex,
}

impl Constant {
    /// The tag byte this entry is written with (0 for the unusable slots, which are not written).
    pub fn tag(&self) -> u8 {
        match self {
            Self::Unusable => 0,
            Self::Utf8(_) => 1,
            Self::Integer(_) => 3,
            Self::Float(_) => 4,
            Self::Long(_) => 5,
            Self::Double(_) => 6,
            Self::Class { .. } => 7,
            Self::String { .. } => 8,
            Self::Fieldref(_) => 9,
            Self::Methodref(_) => 10,
            Self::InterfaceMethodref(_) => 11,
            Self::NameAndType { .. } => 12,
            Self::MethodHandle { .. } => 15,
            Self::MethodType { .. } => 16,
            Self::Dynamic(_) => 17,
            Self::InvokeDynamic(_) => 18,
            Self::Module { .. } => 19,
            Self::Package { .. } => 20,
        }
    }

    /// The JVMS name of the entry's kind, for diagnostics.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Self::Unusable => "unusable",
            Self::Utf8(_) => "Utf8",
            Self::Integer(_) => "Integer",
            Self::Float(_) => "Float",
            Self::Long(_) => "Long",
            Self::Double(_) => "Double",
            Self::Class { .. } => "Class",
            Self::String { .. } => "String",
            Self::Fieldref(_) => "Fieldref",
            Self::Methodref(_) => "Methodref",
            Self::InterfaceMethodref(_) => "InterfaceMethodref",
            Self::NameAndType { .. } => "NameAndType",
            Self::MethodHandle { .. } => "MethodHandle",
            Self::MethodType { .. } => "MethodType",
            Self::Dynamic(_) => "Dynamic",
            Self::InvokeDynamic(_) => "InvokeDynamic",
            Self::Module { .. } => "Module",
            Self::Package { .. } => "Package",
        }
    }

    /// Whether the entry takes two slots.
    pub fn is_wide(&self) -> bool {
        matches!(self, Self::Long(_) | Self::Double(_))
    }
}

/// A resolved reference to a field or method: class, name and descriptor as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberRefNames<'a> {
    /// The class's internal name.
    pub class: &'a str,
    /// The member name.
    pub name: &'a str,
    /// The member descriptor.
    pub descriptor: &'a str,
}

/// The constant pool: `entries[i]` is constant `#i`; entry 0 is [`Constant::Unusable`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConstantPool {
    entries: Vec<Constant>,
}

impl Default for ConstantPool {
    fn default() -> Self {
        Self { entries: vec![Constant::Unusable] }
    }
}

impl ConstantPool {
    /// Reads `constant_pool_count` and the entries.
    pub(crate) fn parse(r: &mut Reader<'_>) -> Result<Self> {
        let count = r.u2()?;
        if count == 0 {
            return Err(FormatDefect::EmptyConstantPool.into());
        }
        let mut entries = Vec::with_capacity(usize::from(count));
        entries.push(Constant::Unusable);
        let mut index = 1u16;
        while index < count {
            let tag = r.u1()?;
            let entry = match tag {
                1 => {
                    let len = r.u2()?;
                    let bytes = r.bytes(usize::from(len))?;
                    mutf8::validate(bytes)
                        .map_err(|e| FormatDefect::BadUtf8 { index, byte_offset: e.offset })?;
                    Constant::Utf8(Utf8 { bytes: bytes.into(), text: mutf8::decode_str(bytes).map(Into::into) })
                }
                3 => Constant::Integer(r.u4()? as i32),
                4 => Constant::Float(r.u4()?),
                5 => Constant::Long(r.u8_be()? as i64),
                6 => Constant::Double(r.u8_be()?),
                7 => Constant::Class { name: CpIndex(r.u2()?) },
                8 => Constant::String { string: CpIndex(r.u2()?) },
                9 => Constant::Fieldref(MemberRef::parse(r)?),
                10 => Constant::Methodref(MemberRef::parse(r)?),
                11 => Constant::InterfaceMethodref(MemberRef::parse(r)?),
                12 => Constant::NameAndType { name: CpIndex(r.u2()?), descriptor: CpIndex(r.u2()?) },
                15 => Constant::MethodHandle { kind: r.u1()?, reference: CpIndex(r.u2()?) },
                16 => Constant::MethodType { descriptor: CpIndex(r.u2()?) },
                17 => Constant::Dynamic(DynamicRef::parse(r)?),
                18 => Constant::InvokeDynamic(DynamicRef::parse(r)?),
                19 => Constant::Module { name: CpIndex(r.u2()?) },
                20 => Constant::Package { name: CpIndex(r.u2()?) },
                _ => return Err(FormatDefect::BadConstantTag { tag, index }.into()),
            };
            let wide = entry.is_wide();
            entries.push(entry);
            index += 1;
            if wide {
                if index >= count {
                    return Err(FormatDefect::WideConstantAtEnd { index: index - 1 }.into());
                }
                entries.push(Constant::Unusable);
                index += 1;
            }
        }
        Ok(Self { entries })
    }

    /// Appends the pool in class-file form.
    pub(crate) fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        put_count(out, self.entries.len(), "constant pool")?;
        for entry in &self.entries {
            let tag = entry.tag();
            if tag == 0 {
                continue;
            }
            out.put_u1(tag);
            match entry {
                Constant::Unusable => {}
                Constant::Utf8(u) => {
                    put_count(out, u.bytes.len(), "Utf8 constant")?;
                    out.extend_from_slice(&u.bytes);
                }
                Constant::Integer(v) => out.put_u4(*v as u32),
                Constant::Float(bits) => out.put_u4(*bits),
                Constant::Long(v) => out.extend_from_slice(&v.to_be_bytes()),
                Constant::Double(bits) => out.extend_from_slice(&bits.to_be_bytes()),
                Constant::Class { name: i }
                | Constant::String { string: i }
                | Constant::MethodType { descriptor: i }
                | Constant::Module { name: i }
                | Constant::Package { name: i } => out.put_u2(i.0),
                Constant::Fieldref(m) | Constant::Methodref(m) | Constant::InterfaceMethodref(m) => {
                    out.put_u2(m.class.0);
                    out.put_u2(m.name_and_type.0);
                }
                Constant::NameAndType { name, descriptor } => {
                    out.put_u2(name.0);
                    out.put_u2(descriptor.0);
                }
                Constant::MethodHandle { kind, reference } => {
                    out.put_u1(*kind);
                    out.put_u2(reference.0);
                }
                Constant::Dynamic(d) | Constant::InvokeDynamic(d) => {
                    out.put_u2(d.bootstrap_method);
                    out.put_u2(d.name_and_type.0);
                }
            }
        }
        Ok(())
    }

    /// `constant_pool_count`: one more than the highest index.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the pool has no usable entries.
    pub fn is_empty(&self) -> bool {
        self.entries.len() <= 1
    }

    /// Every entry with its index, including the unusable ones.
    pub fn iter(&self) -> impl Iterator<Item = (CpIndex, &Constant)> {
        self.entries.iter().enumerate().map(|(i, c)| (CpIndex(i as u16), c))
    }

    /// Appends an entry (and the unusable slot after a long or double), returning its index. For models
    /// built by code; fails once the pool is full.
    pub fn push(&mut self, constant: Constant) -> Result<CpIndex, WriteError> {
        let index = self.entries.len();
        let needed = if constant.is_wide() { 2 } else { 1 };
        if index + needed > usize::from(u16::MAX) {
            return Err(WriteError::TooLong { what: "constant pool", len: index + needed });
        }
        let wide = constant.is_wide();
        self.entries.push(constant);
        if wide {
            self.entries.push(Constant::Unusable);
        }
        Ok(CpIndex(index as u16))
    }

    /// The entry at `index`, which must be a usable slot.
    pub fn get(&self, index: CpIndex) -> Result<&Constant> {
        match self.entries.get(usize::from(index.0)) {
            Some(Constant::Unusable) | None => {
                Err(FormatDefect::BadConstantIndex { index: index.0, context: String::new() }.into())
            }
            Some(c) => Ok(c),
        }
    }

    fn wrong_kind(&self, index: CpIndex, expected: &'static str) -> ClassFormatError {
        match self.get(index) {
            Ok(c) => FormatDefect::WrongConstantKind {
                index: index.0,
                expected,
                found: c.kind_name(),
                context: String::new(),
            }
            .into(),
            Err(e) => e,
        }
    }

    /// The `Utf8` entry at `index`.
    pub fn utf8_entry(&self, index: CpIndex) -> Result<&Utf8> {
        match self.get(index)? {
            Constant::Utf8(u) => Ok(u),
            _ => Err(self.wrong_kind(index, "Utf8")),
        }
    }

    /// The text of the `Utf8` entry at `index`. Text with unpaired surrogates is rejected here: Cortado
    /// supports such text in string literals (see [`Utf8::to_utf16`]) but not in names and descriptors.
    pub fn utf8(&self, index: CpIndex) -> Result<&str> {
        self.utf8_entry(index)?
            .as_str()
            .ok_or_else(|| FormatDefect::BadUtf8 { index: index.0, byte_offset: 0 }.into())
    }

    /// The name of the `Class` entry at `index` (internal form, or an array descriptor).
    pub fn class_name(&self, index: CpIndex) -> Result<&str> {
        match self.get(index)? {
            Constant::Class { name } => self.utf8(*name),
            _ => Err(self.wrong_kind(index, "Class")),
        }
    }

    /// The name and descriptor of the `NameAndType` entry at `index`.
    pub fn name_and_type(&self, index: CpIndex) -> Result<(&str, &str)> {
        match self.get(index)? {
            Constant::NameAndType { name, descriptor } => Ok((self.utf8(*name)?, self.utf8(*descriptor)?)),
            _ => Err(self.wrong_kind(index, "NameAndType")),
        }
    }

    /// The class, name and descriptor of the `Fieldref`, `Methodref` or `InterfaceMethodref` at `index`.
    pub fn member_ref(&self, index: CpIndex) -> Result<MemberRefNames<'_>> {
        match self.get(index)? {
            Constant::Fieldref(m) | Constant::Methodref(m) | Constant::InterfaceMethodref(m) => {
                let class = self.class_name(m.class)?;
                let (name, descriptor) = self.name_and_type(m.name_and_type)?;
                Ok(MemberRefNames { class, name, descriptor })
            }
            _ => Err(self.wrong_kind(index, "Fieldref, Methodref or InterfaceMethodref")),
        }
    }

    /// The `Dynamic` or `InvokeDynamic` entry at `index`, with its name and descriptor.
    pub fn dynamic(&self, index: CpIndex) -> Result<(DynamicRef, &str, &str)> {
        match self.get(index)? {
            Constant::Dynamic(d) | Constant::InvokeDynamic(d) => {
                let (name, descriptor) = self.name_and_type(d.name_and_type)?;
                Ok((*d, name, descriptor))
            }
            _ => Err(self.wrong_kind(index, "Dynamic or InvokeDynamic")),
        }
    }
}

impl MemberRef {
    fn parse(r: &mut Reader<'_>) -> Result<Self> {
        Ok(Self { class: CpIndex(r.u2()?), name_and_type: CpIndex(r.u2()?) })
    }
}

impl DynamicRef {
    fn parse(r: &mut Reader<'_>) -> Result<Self> {
        Ok(Self { bootstrap_method: r.u2()?, name_and_type: CpIndex(r.u2()?) })
    }
}
