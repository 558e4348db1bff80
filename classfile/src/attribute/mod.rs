//! Attributes (JVMS 4.7): every attribute Java SE 17 defines, parsed into structures, and unknown ones kept
//! as raw bytes.
//!
//! Which names are recognised depends on where the attribute sits and on the class file's version, as JVMS
//! table 4.7-B/C says: an attribute in a place or version where it is not defined is ignored by a JVM, so it
//! is kept as [`AttributeBody::Unknown`]. Attributes HotSpot parses strictly give a `ClassFormatError` when
//! malformed; the ones it does not check at load time (annotations, `StackMapTable`, which the verifier
//! judges later, the `Module` family) are kept as [`AttributeBody::Malformed`] instead, so that the class
//! still loads exactly where HotSpot's would.

pub mod annotation;
pub(crate) mod codec;
pub mod module;
pub mod stack_map;
pub mod tables;

use codec::{Codec, Ctx, read_n, write_all};

pub use annotation::{Annotation, ElementValue, ParameterAnnotations, TargetInfo, TypeAnnotation};
pub use module::{Module, ModulePackageTargets, ModuleProvides, ModuleRequires};
pub use stack_map::{StackMapFrame, VerificationType};
pub use tables::{
    BootstrapMethod, EnclosingMethod, ExceptionHandler, InnerClass, LineNumber, LocalVariable, MethodParameter,
};

use crate::constant_pool::CpIndex;
use crate::error::{FormatDefect, Result, WriteError};
use crate::reader::{Reader, WriteBe, put_count, put_len};

/// Where an attribute list sits; decides which attribute names are recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// The `ClassFile` structure.
    Class,
    /// A `field_info`.
    Field,
    /// A `method_info`.
    Method,
    /// A `Code` attribute.
    Code,
    /// A `record_component_info`.
    RecordComponent,
}

/// An attribute: the index of its name (kept so the writer reuses the same constant) and its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// `Utf8`: the attribute's name.
    pub name: CpIndex,
    /// The parsed body.
    pub body: AttributeBody,
}

/// The body of an attribute, by kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttributeBody {
    /// `ConstantValue`: a field's constant initial value.
    ConstantValue(CpIndex),
    /// `Code`: a method's bytecode and what goes with it.
    Code(Box<Code>),
    /// `StackMapTable`: verifier frames.
    StackMapTable(Vec<StackMapFrame>),
    /// `Exceptions`: the checked exceptions a method declares (`Class` constants).
    Exceptions(Vec<CpIndex>),
    /// `InnerClasses`.
    InnerClasses(Vec<InnerClass>),
    /// `EnclosingMethod`.
    EnclosingMethod(EnclosingMethod),
    /// `Synthetic` (empty).
    Synthetic,
    /// `Signature`: `Utf8` generic signature.
    Signature(CpIndex),
    /// `SourceFile`: `Utf8` file name.
    SourceFile(CpIndex),
    /// `SourceDebugExtension`: opaque debug text.
    SourceDebugExtension(Box<[u8]>),
    /// `LineNumberTable`.
    LineNumberTable(Vec<LineNumber>),
    /// `LocalVariableTable`.
    LocalVariableTable(Vec<LocalVariable>),
    /// `LocalVariableTypeTable`.
    LocalVariableTypeTable(Vec<LocalVariable>),
    /// `Deprecated` (empty).
    Deprecated,
    /// `RuntimeVisibleAnnotations`.
    RuntimeVisibleAnnotations(Vec<Annotation>),
    /// `RuntimeInvisibleAnnotations`.
    RuntimeInvisibleAnnotations(Vec<Annotation>),
    /// `RuntimeVisibleParameterAnnotations`.
    RuntimeVisibleParameterAnnotations(ParameterAnnotations),
    /// `RuntimeInvisibleParameterAnnotations`.
    RuntimeInvisibleParameterAnnotations(ParameterAnnotations),
    /// `RuntimeVisibleTypeAnnotations`.
    RuntimeVisibleTypeAnnotations(Vec<TypeAnnotation>),
    /// `RuntimeInvisibleTypeAnnotations`.
    RuntimeInvisibleTypeAnnotations(Vec<TypeAnnotation>),
    /// `AnnotationDefault`: an annotation element's default value.
    AnnotationDefault(ElementValue),
    /// `BootstrapMethods`: the bootstrap methods of `invokedynamic` and dynamic constants.
    BootstrapMethods(Vec<BootstrapMethod>),
    /// `MethodParameters` (behind a `u1` count).
    MethodParameters(Vec<MethodParameter>),
    /// `Module`.
    Module(Box<Module>),
    /// `ModulePackages`: `Package` constants.
    ModulePackages(Vec<CpIndex>),
    /// `ModuleMainClass`: a `Class` constant.
    ModuleMainClass(CpIndex),
    /// `NestHost`: a `Class` constant.
    NestHost(CpIndex),
    /// `NestMembers`: `Class` constants.
    NestMembers(Vec<CpIndex>),
    /// `Record`: the record components.
    Record(Vec<RecordComponent>),
    /// `PermittedSubclasses`: `Class` constants.
    PermittedSubclasses(Vec<CpIndex>),
    /// An attribute this VM does not interpret here: an unknown name, or a known one in a place or class
    /// file version where JVMS says it is ignored.
    Unknown(Box<[u8]>),
    /// A known attribute that did not parse, of a kind a JVM does not reject at load time (see the module
    /// doc); the reason is kept for whoever reads it later (the verifier, for `StackMapTable`).
    Malformed {
        /// The body as written.
        bytes: Box<[u8]>,
        /// Why it did not parse.
        reason: String,
    },
}

/// The `Code` attribute (JVMS 4.7.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// Deepest operand stack, in slots.
    pub max_stack: u16,
    /// Local-variable slots, including parameters.
    pub max_locals: u16,
    /// The bytecode.
    pub code: Box<[u8]>,
    /// Handlers, innermost first as the JVM searches them.
    pub exception_table: Vec<ExceptionHandler>,
    /// `LineNumberTable`, `StackMapTable`, local variable tables, type annotations, and others.
    pub attributes: Vec<Attribute>,
}

impl Code {
    /// The frames of the `StackMapTable`, if one parsed (an empty list if there is none).
    pub fn stack_map_frames(&self) -> Option<&[StackMapFrame]> {
        let mut found = None;
        for a in &self.attributes {
            match &a.body {
                AttributeBody::StackMapTable(frames) => found = Some(frames.as_slice()),
                AttributeBody::Malformed { .. } => return None,
                _ => {}
            }
        }
        Some(found.unwrap_or(&[]))
    }

    /// The source line of `bci`, from the `LineNumberTable`s (the entry with the greatest `start_pc` not
    /// past `bci`, as stack traces use it).
    pub fn line_number(&self, bci: u16) -> Option<u16> {
        self.attributes
            .iter()
            .filter_map(|a| match &a.body {
                AttributeBody::LineNumberTable(rows) => Some(rows),
                _ => None,
            })
            .flatten()
            .filter(|row| row.start_pc <= bci)
            .max_by_key(|row| row.start_pc)
            .map(|row| row.line_number)
    }
}

impl Codec for Code {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let max_stack = r.u2()?;
        let max_locals = r.u2()?;
        let code_length = r.u4()?;
        let code = r.bytes(code_length as usize)?.into();
        let exception_table = Vec::read(r, ctx)?;
        let attributes = read_attributes(r, ctx.nested("attributes")?, Location::Code)?;
        Ok(Self { max_stack, max_locals, code, exception_table, attributes })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u2(self.max_stack);
        out.put_u2(self.max_locals);
        put_len(out, self.code.len(), "code")?;
        out.extend_from_slice(&self.code);
        self.exception_table.write(out)?;
        write_attributes(&self.attributes, out)
    }
}

/// A `record_component_info` (JVMS 4.7.30).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordComponent {
    /// `Utf8`: the component's name.
    pub name: CpIndex,
    /// `Utf8`: its field descriptor.
    pub descriptor: CpIndex,
    /// `Signature`, annotations.
    pub attributes: Vec<Attribute>,
}

impl Codec for RecordComponent {
    fn read(r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<Self> {
        let name = CpIndex(r.u2()?);
        let descriptor = CpIndex(r.u2()?);
        let attributes = read_attributes(r, ctx.nested("attributes")?, Location::RecordComponent)?;
        Ok(Self { name, descriptor, attributes })
    }

    fn write(&self, out: &mut Vec<u8>) -> Result<(), WriteError> {
        out.put_u2(self.name.0);
        out.put_u2(self.descriptor.0);
        write_attributes(&self.attributes, out)
    }
}

/// What the reader knows about each attribute name: where it may appear, the first class file version
/// that defines it, and whether a JVM rejects it when malformed (strict) or leaves it to later (lenient).
struct Known {
    locations: &'static [Location],
    since_major: u16,
    strict: bool,
}

fn known(name: &str) -> Option<Known> {
    use Location::{Class as C, Code as K, Field as F, Method as M, RecordComponent as R};
    let (locations, since_major, strict): (&'static [Location], u16, bool) = match name {
        "ConstantValue" => (&[F], 45, true),
        "Code" => (&[M], 45, true),
        "StackMapTable" => (&[K], 50, false),
        "Exceptions" => (&[M], 45, true),
        "InnerClasses" => (&[C], 45, true),
        "EnclosingMethod" => (&[C], 49, true),
        "Synthetic" => (&[C, F, M], 45, true),
        "Signature" => (&[C, F, M, R], 49, true),
        "SourceFile" => (&[C], 45, true),
        "SourceDebugExtension" => (&[C], 49, true),
        "LineNumberTable" => (&[K], 45, true),
        "LocalVariableTable" => (&[K], 45, true),
        "LocalVariableTypeTable" => (&[K], 49, true),
        "Deprecated" => (&[C, F, M], 45, true),
        "RuntimeVisibleAnnotations" | "RuntimeInvisibleAnnotations" => (&[C, F, M, R], 49, false),
        "RuntimeVisibleParameterAnnotations" | "RuntimeInvisibleParameterAnnotations" => (&[M], 49, false),
        "RuntimeVisibleTypeAnnotations" | "RuntimeInvisibleTypeAnnotations" => (&[C, F, M, K, R], 52, false),
        "AnnotationDefault" => (&[M], 49, false),
        "BootstrapMethods" => (&[C], 51, true),
        "MethodParameters" => (&[M], 52, true),
        "Module" | "ModulePackages" | "ModuleMainClass" => (&[C], 53, false),
        "NestHost" | "NestMembers" => (&[C], 55, true),
        "Record" => (&[C], 60, true),
        "PermittedSubclasses" => (&[C], 61, true),
        _ => return None,
    };
    Some(Known { locations, since_major, strict })
}

fn parse_body(name: &str, r: &mut Reader<'_>, ctx: Ctx<'_>) -> Result<AttributeBody> {
    use AttributeBody as B;
    let index = |r: &mut Reader<'_>| -> Result<CpIndex> { Ok(CpIndex(r.u2()?)) };
    Ok(match name {
        "ConstantValue" => B::ConstantValue(index(r)?),
        "Code" => B::Code(Box::new(Code::read(r, ctx)?)),
        "StackMapTable" => B::StackMapTable(Vec::read(r, ctx)?),
        "Exceptions" => B::Exceptions(Vec::read(r, ctx)?),
        "InnerClasses" => B::InnerClasses(Vec::read(r, ctx)?),
        "EnclosingMethod" => B::EnclosingMethod(EnclosingMethod::read(r, ctx)?),
        "Synthetic" => B::Synthetic,
        "Signature" => B::Signature(index(r)?),
        "SourceFile" => B::SourceFile(index(r)?),
        "SourceDebugExtension" => B::SourceDebugExtension(r.rest().into()),
        "LineNumberTable" => B::LineNumberTable(Vec::read(r, ctx)?),
        "LocalVariableTable" => B::LocalVariableTable(Vec::read(r, ctx)?),
        "LocalVariableTypeTable" => B::LocalVariableTypeTable(Vec::read(r, ctx)?),
        "Deprecated" => B::Deprecated,
        "RuntimeVisibleAnnotations" => B::RuntimeVisibleAnnotations(Vec::read(r, ctx)?),
        "RuntimeInvisibleAnnotations" => B::RuntimeInvisibleAnnotations(Vec::read(r, ctx)?),
        "RuntimeVisibleParameterAnnotations" => B::RuntimeVisibleParameterAnnotations(Codec::read(r, ctx)?),
        "RuntimeInvisibleParameterAnnotations" => B::RuntimeInvisibleParameterAnnotations(Codec::read(r, ctx)?),
        "RuntimeVisibleTypeAnnotations" => B::RuntimeVisibleTypeAnnotations(Vec::read(r, ctx)?),
        "RuntimeInvisibleTypeAnnotations" => B::RuntimeInvisibleTypeAnnotations(Vec::read(r, ctx)?),
        "AnnotationDefault" => B::AnnotationDefault(ElementValue::read(r, ctx)?),
        "BootstrapMethods" => B::BootstrapMethods(Vec::read(r, ctx)?),
        "MethodParameters" => {
            let count = r.u1()?;
            B::MethodParameters(read_n(r, ctx, usize::from(count))?)
        }
        "Module" => B::Module(Box::new(Module::read(r, ctx)?)),
        "ModulePackages" => B::ModulePackages(Vec::read(r, ctx)?),
        "ModuleMainClass" => B::ModuleMainClass(index(r)?),
        "NestHost" => B::NestHost(index(r)?),
        "NestMembers" => B::NestMembers(Vec::read(r, ctx)?),
        "Record" => B::Record(Vec::read(r, ctx)?),
        "PermittedSubclasses" => B::PermittedSubclasses(Vec::read(r, ctx)?),
        _ => B::Unknown(r.rest().into()),
    })
}

/// Reads a `u2`-counted attribute list at `location`.
pub(crate) fn read_attributes(r: &mut Reader<'_>, ctx: Ctx<'_>, location: Location) -> Result<Vec<Attribute>> {
    let count = r.u2()?;
    let mut attributes = Vec::with_capacity(usize::from(count).min(r.remaining() / 6));
    for _ in 0..count {
        let name = CpIndex(r.u2()?);
        let length = r.u4()?;
        let mut body_reader = r.sub(length as usize)?;
        let name_text = ctx.cp.utf8(name).map_err(|e| e.context(|| "attribute name".into()))?;
        let body = match known(name_text) {
            Some(k) if k.locations.contains(&location) && ctx.major >= k.since_major => {
                let start = body_reader.clone();
                let parsed = parse_body(name_text, &mut body_reader, ctx).and_then(|body| {
                    if body_reader.is_empty() {
                        Ok(body)
                    } else {
                        Err(FormatDefect::BadAttribute {
                            name: name_text.into(),
                            reason: format!(
                                "declared length {length} but the body ends {} bytes earlier",
                                body_reader.remaining()
                            ),
                            context: String::new(),
                        }
                        .into())
                    }
                });
                match parsed {
                    Ok(body) => body,
                    Err(e) if !k.strict && !matches!(e.defect, FormatDefect::TooDeep { .. }) => {
                        AttributeBody::Malformed { bytes: start.clone().rest().into(), reason: e.defect.to_string() }
                    }
                    Err(e) => return Err(attribute_error(e, name_text)),
                }
            }
            _ => AttributeBody::Unknown(body_reader.rest().into()),
        };
        attributes.push(Attribute { name, body });
    }
    Ok(attributes)
}

/// Turns a truncation inside an attribute body into a defect that names the attribute.
fn attribute_error(e: crate::error::ClassFormatError, name: &str) -> crate::error::ClassFormatError {
    match e.defect {
        FormatDefect::Truncated { offset, .. } => crate::error::ClassFormatError {
            defect: FormatDefect::BadAttribute {
                name: name.into(),
                reason: format!("body shorter than its contents need (at offset {offset})"),
                context: String::new(),
            },
            ..e
        },
        _ => e,
    }
}

fn write_body(body: &AttributeBody, out: &mut Vec<u8>) -> Result<(), WriteError> {
    use AttributeBody as B;
    match body {
        B::ConstantValue(i)
        | B::Signature(i)
        | B::SourceFile(i)
        | B::ModuleMainClass(i)
        | B::NestHost(i) => i.write(out),
        B::Code(code) => code.write(out),
        B::StackMapTable(frames) => frames.write(out),
        B::Exceptions(list) | B::ModulePackages(list) | B::NestMembers(list) | B::PermittedSubclasses(list) => {
            list.write(out)
        }
        B::InnerClasses(rows) => rows.write(out),
        B::EnclosingMethod(e) => e.write(out),
        B::Synthetic | B::Deprecated => Ok(()),
        B::SourceDebugExtension(bytes) | B::Unknown(bytes) | B::Malformed { bytes, .. } => {
            out.extend_from_slice(bytes);
            Ok(())
        }
        B::LineNumberTable(rows) => rows.write(out),
        B::LocalVariableTable(rows) | B::LocalVariableTypeTable(rows) => rows.write(out),
        B::RuntimeVisibleAnnotations(list) | B::RuntimeInvisibleAnnotations(list) => list.write(out),
        B::RuntimeVisibleParameterAnnotations(p) | B::RuntimeInvisibleParameterAnnotations(p) => p.write(out),
        B::RuntimeVisibleTypeAnnotations(list) | B::RuntimeInvisibleTypeAnnotations(list) => list.write(out),
        B::AnnotationDefault(value) => value.write(out),
        B::BootstrapMethods(rows) => rows.write(out),
        B::MethodParameters(rows) => {
            let count = u8::try_from(rows.len())
                .map_err(|_| WriteError::TooLong { what: "MethodParameters", len: rows.len() })?;
            out.put_u1(count);
            write_all(rows, out)
        }
        B::Module(m) => m.write(out),
        B::Record(components) => components.write(out),
    }
}

/// Writes a `u2`-counted attribute list.
pub(crate) fn write_attributes(attributes: &[Attribute], out: &mut Vec<u8>) -> Result<(), WriteError> {
    put_count(out, attributes.len(), "attributes")?;
    let mut body = Vec::new();
    for attribute in attributes {
        body.clear();
        write_body(&attribute.body, &mut body)?;
        out.put_u2(attribute.name.0);
        put_len(out, body.len(), "attribute")?;
        out.extend_from_slice(&body);
    }
    Ok(())
}
