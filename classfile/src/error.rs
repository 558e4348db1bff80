//! The errors of class-file parsing and format checking: what `ClassFormatError` and its relatives say.
//!
//! One enum of defects ([`FormatDefect`]) carries every way a class file can be malformed; [`ClassFormatError`]
//! pairs a defect with the name of the class it was found in, so that the runtime can throw the Java exception
//! [`ClassFormatError::java_class`] names with the message that [`std::fmt::Display`] gives, worded as HotSpot
//! words it where HotSpot's wording is plain.

use std::fmt;

use thiserror::Error;

/// A malformed class file: the defect and, where known, the class it was found in.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct ClassFormatError {
    /// The class's binary name in internal form (`java/lang/Object`), once the parser has read it or the
    /// loader that asked for the class has supplied it.
    pub class_name: Option<String>,
    /// What is wrong.
    pub defect: FormatDefect,
}

impl ClassFormatError {
    /// A defect found before the class's own name is known.
    pub fn new(defect: FormatDefect) -> Self {
        Self { class_name: None, defect }
    }

    /// Attaches the class name, unless one is already known (the name read from the file wins).
    #[must_use]
    pub fn in_class(mut self, name: &str) -> Self {
        if self.class_name.is_none() {
            self.class_name = Some(name.to_owned());
        }
        self
    }

    /// Fills in where the defect was found, if the defect has a place for it and it is still empty.
    #[must_use]
    pub fn context(mut self, context: impl FnOnce() -> String) -> Self {
        match &mut self.defect {
            FormatDefect::BadConstantIndex { context: c, .. }
            | FormatDefect::WrongConstantKind { context: c, .. }
            | FormatDefect::BadDescriptor { context: c, .. }
            | FormatDefect::BadAccessFlags { context: c, .. }
            | FormatDefect::BadAttribute { context: c, .. }
            | FormatDefect::DuplicateAttribute { context: c, .. }
            | FormatDefect::BadCode { context: c, .. }
                if c.is_empty() =>
            {
                *c = context();
            }
            _ => {}
        }
        self
    }

    /// The Java exception class (internal form) a VM throws for this defect.
    pub fn java_class(&self) -> &'static str {
        match self.defect {
            FormatDefect::UnsupportedVersion { .. } => "java/lang/UnsupportedClassVersionError",
            _ => "java/lang/ClassFormatError",
        }
    }
}

impl fmt::Display for ClassFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = self.class_name.as_deref().unwrap_or("<unknown>").replace('/', ".");
        match &self.defect {
            // HotSpot words this one around the class name rather than after it.
            FormatDefect::UnsupportedVersion { major, minor } => write!(
                f,
                "{class} has been compiled by a more recent version of the Java Runtime (class file version \
                 {major}.{minor}), this version of the Java Runtime only recognizes class file versions up to \
                 {}.0",
                crate::MAX_MAJOR_VERSION
            ),
            defect => write!(f, "{defect} in class file {class}"),
        }
    }
}

/// Every way a class file can be malformed. The `Display` text is the defect alone; [`ClassFormatError`] adds
/// the class.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum FormatDefect {
    /// The file ends before a structure it announces.
    #[error("Truncated class file (needed {needed} more bytes at offset {offset})")]
    Truncated {
        /// Byte offset where reading stopped.
        offset: usize,
        /// How many bytes were missing.
        needed: usize,
    },
    /// Bytes remain after the last attribute.
    #[error("Extra bytes at the end of class file ({count} bytes)")]
    ExtraBytes {
        /// How many bytes follow the class structure.
        count: usize,
    },
    /// The first four bytes are not `0xCAFEBABE`.
    #[error("Incompatible magic value {magic}")]
    BadMagic {
        /// The value found, printed in decimal as HotSpot does.
        magic: u32,
    },
    /// A major version this VM does not support.
    #[error("Unsupported major.minor version {major}.{minor}")]
    UnsupportedVersion {
        /// Major version.
        major: u16,
        /// Minor version.
        minor: u16,
    },
    /// A constant-pool tag no JVMS defines.
    #[error("Unknown constant tag {tag} in constant pool entry #{index}")]
    BadConstantTag {
        /// The tag byte.
        tag: u8,
        /// The entry's index.
        index: u16,
    },
    /// A constant that the class file's version does not allow.
    #[error("Constant pool entry #{index} ({kind}) needs class file version {needed} or later")]
    ConstantTooNew {
        /// The entry's index.
        index: u16,
        /// The constant kind.
        kind: &'static str,
        /// First major version that allows it.
        needed: u16,
    },
    /// A constant pool of size 0 (it must be at least 1).
    #[error("Illegal constant pool size 0")]
    EmptyConstantPool,
    /// A long or double in the last slot, leaving no room for its second slot.
    #[error("Constant pool entry #{index} (long or double) has no room for its second slot")]
    WideConstantAtEnd {
        /// The entry's index.
        index: u16,
    },
    /// Bytes that are not legal modified UTF-8 (JVMS 4.4.7).
    #[error("Illegal UTF8 string in constant pool entry #{index} at byte {byte_offset}")]
    BadUtf8 {
        /// The entry's index.
        index: u16,
        /// Offset of the bad byte within the string.
        byte_offset: usize,
    },
    /// An index that is zero, past the pool, or the unusable second slot of a long or double.
    #[error("Invalid constant pool index {index}{}", context_suffix(.context))]
    BadConstantIndex {
        /// The index found.
        index: u16,
        /// Where it was found.
        context: String,
    },
    /// An index to a constant of the wrong kind.
    #[error("Constant pool index {index} should be {expected} but is {found}{}", context_suffix(.context))]
    WrongConstantKind {
        /// The index found.
        index: u16,
        /// The kind the structure requires.
        expected: &'static str,
        /// The kind present.
        found: &'static str,
        /// Where it was found.
        context: String,
    },
    /// A `CONSTANT_MethodHandle` with a reference kind outside 1..=9 or a target that kind does not allow.
    #[error("Bad method handle in constant pool entry #{index}: {reason}")]
    BadMethodHandle {
        /// The entry's index.
        index: u16,
        /// What is wrong with it.
        reason: String,
    },
    /// A malformed class name.
    #[error("Illegal class name \"{name}\"")]
    BadClassName {
        /// The name as written.
        name: String,
    },
    /// A malformed field name.
    #[error("Illegal field name \"{name}\"")]
    BadFieldName {
        /// The name as written.
        name: String,
    },
    /// A malformed method name.
    #[error("Illegal method name \"{name}\"")]
    BadMethodName {
        /// The name as written.
        name: String,
    },
    /// A malformed field or method descriptor, or one of the wrong shape for where it is used.
    #[error("{what} \"{descriptor}\"{}", context_suffix(.context))]
    BadDescriptor {
        /// HotSpot's lead: `Field "x" has illegal signature`, `Method "m" has illegal signature`, or a plain
        /// `Illegal descriptor`.
        what: String,
        /// The descriptor as written.
        descriptor: String,
        /// Where it was found.
        context: String,
    },
    /// An illegal combination of access flags.
    #[error("Illegal {what} modifiers {flags:#06x}{}", context_suffix(.context))]
    BadAccessFlags {
        /// `class`, `field` or `method`.
        what: &'static str,
        /// The flags as written.
        flags: u16,
        /// The member concerned.
        context: String,
    },
    /// `super_class` is wrong: zero for a class other than `java/lang/Object`, or set for it, or an interface
    /// whose superclass is not `java/lang/Object`.
    #[error("{0}")]
    BadSuperclass(String),
    /// The same field or method declared twice.
    #[error("Duplicate {what} name \"{name}\" with signature \"{descriptor}\"")]
    DuplicateMember {
        /// `field` or `method`.
        what: &'static str,
        /// Its name.
        name: String,
        /// Its descriptor.
        descriptor: String,
    },
    /// An interface listed twice.
    #[error("Duplicate interface name \"{name}\"")]
    DuplicateInterface {
        /// Its name.
        name: String,
    },
    /// An attribute whose body does not match its declared length or structure.
    #[error("Malformed {name} attribute: {reason}{}", context_suffix(.context))]
    BadAttribute {
        /// The attribute's name.
        name: String,
        /// What is wrong with it.
        reason: String,
        /// Where it was found.
        context: String,
    },
    /// An attribute that may occur once appearing more than once.
    #[error("Multiple {name} attributes{}", context_suffix(.context))]
    DuplicateAttribute {
        /// The attribute's name.
        name: &'static str,
        /// Where it was found.
        context: String,
    },
    /// A method that must have code and has none, or must not and has some.
    #[error("{0}")]
    BadCodePresence(String),
    /// A `Code` attribute whose limits or tables are out of range.
    #[error("{reason}{}", context_suffix(.context))]
    BadCode {
        /// What is wrong.
        reason: String,
        /// The method concerned.
        context: String,
    },
    /// Annotations, element values or type paths nested deeper than this parser follows.
    #[error("Nesting deeper than {limit} levels in {what}")]
    TooDeep {
        /// The structure.
        what: &'static str,
        /// The limit.
        limit: usize,
    },
    /// A `CONSTANT_Module` or `CONSTANT_Package` in a class that does not declare a module (JVMS 4.4.11,
    /// 4.4.12).
    #[error("Constant pool entry #{index} ({kind}) is only allowed in a module-info class")]
    ConstantOutsideModule {
        /// The entry's index.
        index: u16,
        /// The constant kind.
        kind: &'static str,
    },
    /// Constants that need a `BootstrapMethods` attribute (JVMS 4.7.23) in a class that has none.
    #[error("Missing BootstrapMethods attribute")]
    MissingBootstrapMethods,
    /// A `Dynamic` or `InvokeDynamic` naming a bootstrap method past the end of `BootstrapMethods`.
    #[error("Constant pool entry #{index} names bootstrap method {bootstrap_method} of {count}")]
    BadBootstrapMethodIndex {
        /// The entry's index.
        index: u16,
        /// The bootstrap method index it holds.
        bootstrap_method: u16,
        /// How many bootstrap methods the attribute has.
        count: usize,
    },
    /// A method whose parameters, with `this`, need more than 255 local-variable slots (JVMS 4.3.3).
    #[error("Too many arguments in method signature ({method} needs {slots} slots)")]
    TooManyArguments {
        /// The method, as `name(descriptor)`.
        method: String,
        /// Slots the parameters need, including `this`.
        slots: usize,
    },
    /// Two attributes that exclude each other (JVMS 4.7.28: `NestHost` and `NestMembers`).
    #[error("Conflicting {first} and {second} attributes")]
    ConflictingAttributes {
        /// The first attribute's name.
        first: &'static str,
        /// The second attribute's name.
        second: &'static str,
    },
    /// A method named `<init>` in an interface (JVMS 2.9.1).
    #[error("Interface cannot have a method named <init>")]
    InterfaceInitializer,
    /// A class with `ACC_MODULE` that breaks the rules of JVMS 4.1 for module declarations.
    #[error("Invalid module-info class: {0}")]
    BadModuleInfo(String),
}

fn context_suffix(context: &str) -> String {
    if context.is_empty() { String::new() } else { format!(" ({context})") }
}

/// Shorthand for results of this crate's parsing and checking.
pub type Result<T, E = ClassFormatError> = std::result::Result<T, E>;

impl From<FormatDefect> for ClassFormatError {
    fn from(defect: FormatDefect) -> Self {
        Self::new(defect)
    }
}

/// Why a class-file model could not be written as bytes: only a model built or edited by code can hit these.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WriteError {
    /// A list or byte string longer than its count or length field can express.
    #[error("{what} has {len} entries, more than the class-file format can express")]
    TooLong {
        /// Which structure.
        what: &'static str,
        /// Its length.
        len: usize,
    },
    /// A value outside the range its encoding allows.
    #[error("{what} is {value}, outside the range its encoding allows")]
    OutOfRange {
        /// Which field.
        what: &'static str,
        /// Its value.
        value: u32,
    },
}
