//! Access flags (JVMS tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A): one bit set for classes, fields, methods and
//! inner classes, with the meaning of the shared bits depending on which it is.

/// A set of `ACC_*` bits as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AccessFlags(pub u16);

impl AccessFlags {
    /// `ACC_PUBLIC`
    pub const PUBLIC: u16 = 0x0001;
    /// `ACC_PRIVATE`
    pub const PRIVATE: u16 = 0x0002;
    /// `ACC_PROTECTED`
    pub const PROTECTED: u16 = 0x0004;
    /// `ACC_STATIC`
    pub const STATIC: u16 = 0x0008;
    /// `ACC_FINAL`
    pub const FINAL: u16 = 0x0010;
    /// `ACC_SUPER` (classes) / `ACC_SYNCHRONIZED` (methods)
    pub const SUPER: u16 = 0x0020;
    /// `ACC_SYNCHRONIZED` (methods)
    pub const SYNCHRONIZED: u16 = 0x0020;
    /// `ACC_VOLATILE` (fields) / `ACC_BRIDGE` (methods)
    pub const VOLATILE: u16 = 0x0040;
    /// `ACC_BRIDGE` (methods)
    pub const BRIDGE: u16 = 0x0040;
    /// `ACC_TRANSIENT` (fields) / `ACC_VARARGS` (methods)
    pub const TRANSIENT: u16 = 0x0080;
    /// `ACC_VARARGS` (methods)
    pub const VARARGS: u16 = 0x0080;
    /// `ACC_NATIVE` (methods)
    pub const NATIVE: u16 = 0x0100;
    /// `ACC_INTERFACE` (classes)
    pub const INTERFACE: u16 = 0x0200;
    /// `ACC_ABSTRACT`
    pub const ABSTRACT: u16 = 0x0400;
    /// `ACC_STRICT` (methods)
    pub const STRICT: u16 = 0x0800;
    /// `ACC_SYNTHETIC`
    pub const SYNTHETIC: u16 = 0x1000;
    /// `ACC_ANNOTATION` (classes)
    pub const ANNOTATION: u16 = 0x2000;
    /// `ACC_ENUM` (classes, fields)
    pub const ENUM: u16 = 0x4000;
    /// `ACC_MODULE` (classes) / `ACC_MANDATED` (parameters)
    pub const MODULE: u16 = 0x8000;

    /// Whether every bit of `mask` is set.
    pub fn has(self, mask: u16) -> bool {
        self.0 & mask == mask
    }

    /// Whether any bit of `mask` is set.
    pub fn any(self, mask: u16) -> bool {
        self.0 & mask != 0
    }

    /// `ACC_PUBLIC`.
    pub fn is_public(self) -> bool {
        self.has(Self::PUBLIC)
    }
    /// `ACC_PRIVATE`.
    pub fn is_private(self) -> bool {
        self.has(Self::PRIVATE)
    }
    /// `ACC_PROTECTED`.
    pub fn is_protected(self) -> bool {
        self.has(Self::PROTECTED)
    }
    /// `ACC_STATIC`.
    pub fn is_static(self) -> bool {
        self.has(Self::STATIC)
    }
    /// `ACC_FINAL`.
    pub fn is_final(self) -> bool {
        self.has(Self::FINAL)
    }
    /// `ACC_INTERFACE`.
    pub fn is_interface(self) -> bool {
        self.has(Self::INTERFACE)
    }
    /// `ACC_ABSTRACT`.
    pub fn is_abstract(self) -> bool {
        self.has(Self::ABSTRACT)
    }
    /// `ACC_NATIVE`.
    pub fn is_native(self) -> bool {
        self.has(Self::NATIVE)
    }

    /// The Java keywords the flags stand for, in source order, as `javap` prints them for a member of this
    /// kind (`public static final`). Bits with no keyword (synthetic, bridge, varargs, super) are left out.
    pub fn keywords(self, kind: MemberKind) -> Vec<&'static str> {
        let mut words = Vec::new();
        let mut add = |mask: u16, word: &'static str| {
            if self.has(mask) {
                words.push(word);
            }
        };
        add(Self::PUBLIC, "public");
        add(Self::PRIVATE, "private");
        add(Self::PROTECTED, "protected");
        add(Self::STATIC, "static");
        match kind {
            MemberKind::Class => {
                add(Self::FINAL, "final");
                if !self.is_interface() {
                    add(Self::ABSTRACT, "abstract");
                }
            }
            MemberKind::Field => {
                add(Self::FINAL, "final");
                add(Self::VOLATILE, "volatile");
                add(Self::TRANSIENT, "transient");
            }
            MemberKind::Method => {
                add(Self::ABSTRACT, "abstract");
                add(Self::FINAL, "final");
                add(Self::SYNCHRONIZED, "synchronized");
                add(Self::NATIVE, "native");
                add(Self::STRICT, "strictfp");
            }
        }
        words
    }
}

/// What an access-flag set belongs to, since several bits mean different things for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberKind {
    /// A class or interface.
    Class,
    /// A field.
    Field,
    /// A method.
    Method,
}
