//! The `ClassFile` structure (JVMS 4.1): the parsed model of one class, its parser and its writer.
//!
//! [`ClassFile::parse`] reads the structure and checks what is needed to read it (magic, version, constant
//! tags, lengths, attribute shapes); [`ClassFile::check_format`] then applies the rest of JVMS 4.8's format
//! checks. [`ClassFile::to_bytes`] writes the model back: for a parsed file, the identical bytes.

use crate::access::AccessFlags;
use crate::attribute::codec::Ctx;
use crate::attribute::{Attribute, AttributeBody, BootstrapMethod, Code, Location, read_attributes, write_attributes};
use crate::constant_pool::{ConstantPool, CpIndex};
use crate::error::{ClassFormatError, FormatDefect, Result, WriteError};
use crate::reader::{Reader, WriteBe, put_count};

/// `0xCAFEBABE`.
pub const MAGIC: u32 = 0xCAFE_BABE;
/// The oldest major version read (JDK 1.0.2).
pub const MIN_MAJOR_VERSION: u16 = 45;
/// The newest major version read (Java SE 17).
pub const MAX_MAJOR_VERSION: u16 = 61;

/// A parsed class file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassFile {
    /// `minor_version`.
    pub minor_version: u16,
    /// `major_version` (45 to 61).
    pub major_version: u16,
    /// The constant pool.
    pub constant_pool: ConstantPool,
    /// The class's access flags.
    pub access_flags: AccessFlags,
    /// `Class`: this class.
    pub this_class: CpIndex,
    /// `Class`: the superclass, or 0 for `java/lang/Object` (and `module-info`).
    pub super_class: CpIndex,
    /// `Class` constants of the direct superinterfaces.
    pub interfaces: Vec<CpIndex>,
    /// The fields.
    pub fields: Vec<MemberInfo>,
    /// The methods.
    pub methods: Vec<MemberInfo>,
    /// The class's attributes.
    pub attributes: Vec<Attribute>,
}

/// A `field_info` or `method_info`: the two have the same shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberInfo {
    /// Access flags.
    pub access_flags: AccessFlags,
    /// `Utf8`: the name.
    pub name: CpIndex,
    /// `Utf8`: the descriptor.
    pub descriptor: CpIndex,
    /// The member's attributes.
    pub attributes: Vec<Attribute>,
}

impl MemberInfo {
    fn parse(r: &mut Reader<'_>, ctx: Ctx<'_>, location: Location) -> Result<Self> {
        let access_flags = AccessFlags(r.u2()?);
        let name = CpIndex(r.u2()?);
        let descriptor = CpIndex(r.u2()?);
        let attributes = read_attributes(r, ctx, location).map_err(|e| {
            let what = if location == Location::Field { "field" } else { "method" };
            e.context(|| match (ctx.cp.utf8(name), ctx.cp.utf8(descriptor)) {
                (Ok(n), Ok(d)) => format!("{what} {n}{}{d}", if what == "field" { ":" } else { "" }),
                _ => format!("{what} #{}", name.0),
            })
        })?;
        Ok(Self { access_flags, name, descriptor, attributes })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u2(self.access_flags.0);
        out.put_u2(self.name.0);
        out.put_u2(self.descriptor.0);
        write_attributes(&self.attributes, out)
    }

    /// The member's name.
    pub fn name<'a>(&self, cp: &'a ConstantPool) -> Result<&'a str> {
        cp.utf8(self.name)
    }

    /// The member's descriptor.
    pub fn descriptor<'a>(&self, cp: &'a ConstantPool) -> Result<&'a str> {
        cp.utf8(self.descriptor)
    }

    /// The `Code` attribute, if the method has one (the first, should a malformed file carry several).
    pub fn code(&self) -> Option<&Code> {
        self.attributes.iter().find_map(|a| match &a.body {
            AttributeBody::Code(code) => Some(&**code),
            _ => None,
        })
    }
}

fn parse_members(r: &mut Reader<'_>, ctx: Ctx<'_>, location: Location) -> Result<Vec<MemberInfo>> {
    let count = r.u2()?;
    // A member takes at least 8 bytes, which bounds the allocation by the input's size.
    let mut members = Vec::with_capacity(usize::from(count).min(r.remaining() / 8));
    for _ in 0..count {
        members.push(MemberInfo::parse(r, ctx, location)?);
    }
    Ok(members)
}

fn write_members(members: &[MemberInfo], out: &mut Vec<u8>) -> Result<(), WriteError> {
    put_count(out, members.len(), "members")?;
    members.iter().try_for_each(|m| m.write(out))
}

impl ClassFile {
    /// Parses a class file. Checks the structure; [`check_format`](Self::check_format) checks the rest.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let mut r = Reader::new(bytes);
        let magic = r.u4()?;
        if magic != MAGIC {
            return Err(FormatDefect::BadMagic { magic }.into());
        }
        let minor_version = r.u2()?;
        let major_version = r.u2()?;
        check_version(major_version, minor_version)?;
        let constant_pool = ConstantPool::parse(&mut r)?;
        let access_flags = AccessFlags(r.u2()?);
        let this_class = CpIndex(r.u2()?);
        // From here on every error can name the class.
        let name = constant_pool.class_name(this_class).ok().map(str::to_owned);
        let rest = (|| {
            let ctx = Ctx { cp: &constant_pool, major: major_version, depth: 0 };
            let super_class = CpIndex(r.u2()?);
            let interface_count = r.u2()?;
            let mut interfaces = Vec::with_capacity(usize::from(interface_count));
            for _ in 0..interface_count {
                interfaces.push(CpIndex(r.u2()?));
            }
            let fields = parse_members(&mut r, ctx, Location::Field)?;
            let methods = parse_members(&mut r, ctx, Location::Method)?;
            let attributes = read_attributes(&mut r, ctx, Location::Class)?;
            if !r.is_empty() {
                return Err(FormatDefect::ExtraBytes { count: r.remaining() }.into());
            }
            Ok((super_class, interfaces, fields, methods, attributes))
        })();
        let (super_class, interfaces, fields, methods, attributes) = rest.map_err(|e: ClassFormatError| match &name {
            Some(n) => e.in_class(n),
            None => e,
        })?;
        Ok(Self {
            minor_version,
            major_version,
            constant_pool,
            access_flags,
            this_class,
            super_class,
            interfaces,
            fields,
            methods,
            attributes,
        })
    }

    /// Parses and applies every format check: what a class loader does before defining a class.
    pub fn parse_checked(bytes: &[u8]) -> Result<Self> {
        let class = Self::parse(bytes)?;
        class.check_format()?;
        Ok(class)
    }

    /// Writes the class file. For a model that [`parse`](Self::parse) produced and nobody changed, the
    /// result is the input, byte for byte.
    pub fn to_bytes(&self) -> Result<Vec<u8>, WriteError> {
        let mut out = Vec::new();
        out.put_u4(MAGIC);
        out.put_u2(self.minor_version);
        out.put_u2(self.major_version);
        self.constant_pool.write(&mut out)?;
        out.put_u2(self.access_flags.0);
        out.put_u2(self.this_class.0);
        out.put_u2(self.super_class.0);
        put_count(&mut out, self.interfaces.len(), "interfaces")?;
        for i in &self.interfaces {
            out.put_u2(i.0);
        }
        write_members(&self.fields, &mut out)?;
        write_members(&self.methods, &mut out)?;
        write_attributes(&self.attributes, &mut out)?;
        Ok(out)
    }

    /// This class's name in internal form.
    pub fn name(&self) -> Result<&str> {
        self.constant_pool.class_name(self.this_class)
    }

    /// The superclass's name, `None` for `java/lang/Object`.
    pub fn super_name(&self) -> Result<Option<&str>> {
        if self.super_class.is_none() {
            return Ok(None);
        }
        self.constant_pool.class_name(self.super_class).map(Some)
    }

    /// The direct superinterfaces' names.
    pub fn interface_names(&self) -> Result<Vec<&str>> {
        self.interfaces.iter().map(|&i| self.constant_pool.class_name(i)).collect()
    }

    /// The `SourceFile` attribute's file name, if present.
    pub fn source_file(&self) -> Option<&str> {
        self.attributes.iter().find_map(|a| match a.body {
            AttributeBody::SourceFile(i) => self.constant_pool.utf8(i).ok(),
            _ => None,
        })
    }

    /// The `BootstrapMethods` table (empty if the class has none).
    pub fn bootstrap_methods(&self) -> &[BootstrapMethod] {
        self.attributes
            .iter()
            .find_map(|a| match &a.body {
                AttributeBody::BootstrapMethods(rows) => Some(rows.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// The method with this name and descriptor.
    pub fn method(&self, name: &str, descriptor: &str) -> Option<&MemberInfo> {
        self.methods.iter().find(|m| {
            m.name(&self.constant_pool).is_ok_and(|n| n == name)
                && m.descriptor(&self.constant_pool).is_ok_and(|d| d == descriptor)
        })
    }
}

/// JVMS 4.1: majors 45 to 61; from 56 on the minor must be 0, or 65535 for preview features (which need a
/// flag Cortado does not have, so they are refused).
fn check_version(major: u16, minor: u16) -> Result<()> {
    let supported = (MIN_MAJOR_VERSION..=MAX_MAJOR_VERSION).contains(&major) && (major < 56 || minor == 0);
    if supported { Ok(()) } else { Err(FormatDefect::UnsupportedVersion { major, minor }.into()) }
}
