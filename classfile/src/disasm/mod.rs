//! The disassembler: a [`ClassFile`] printed in the style of `javap -c -p` (and `-v` with [`Options::verbose`]).
//!
//! `javap` is the reference look, observed rather than copied: class header, fields, methods with
//! Java-like signatures, `Code:` blocks with every constant operand resolved in a `//` comment, exception
//! tables, line numbers and stack maps (each frame also labelled with its absolute bci). Output need not
//! match `javap` byte for byte; it must be as readable and must never fail on a file that
//! [`ClassFile::parse`] accepted: an index that resolves to nothing prints as `<invalid>`, a code array
//! that does not decode prints up to the bad instruction and says why.

mod code;
mod pool;

use std::fmt;

use crate::access::{AccessFlags, MemberKind};
use crate::attribute::AttributeBody;
use crate::class_file::{ClassFile, MemberInfo};
use crate::descriptor::{FieldType, MethodDescriptor};
use pool::{INVALID, Resolver};

/// What to print besides the `javap -c -p` view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// `javap -v`: the version, the class's flags and indices, the constant pool, and the class
    /// attributes (`SourceFile`, `BootstrapMethods`) after the members.
    pub verbose: bool,
}

/// Writes the disassembly of `class` to `out`. Fails only when `out` does.
pub fn disassemble(class: &ClassFile, out: &mut impl fmt::Write, options: Options) -> fmt::Result {
    let resolver = Resolver {
        cp: &class.constant_pool,
        this_class: class.name().ok(),
    };
    let this = class
        .name()
        .map(pool::quote)
        .unwrap_or_else(|_| format!("{} // {INVALID}", class.this_class));
    if let Some(source) = class.source_file() {
        writeln!(out, "Compiled from \"{source}\"")?;
    }
    write_class_header(out, class, &this)?;
    if options.verbose {
        writeln!(out)?;
        writeln!(out, "  minor version: {}", class.minor_version)?;
        writeln!(out, "  major version: {}", class.major_version)?;
        writeln!(
            out,
            "  flags: {}",
            flag_names(class.access_flags, Flags::Class)
        )?;
        writeln!(
            out,
            "  this_class: {:<28}// {this}",
            class.this_class.to_string()
        )?;
        let super_name = resolver
            .class(class.super_class)
            .unwrap_or_else(|| INVALID.to_owned());
        if class.super_class.is_none() {
            writeln!(out, "  super_class: #0")?;
        } else {
            writeln!(
                out,
                "  super_class: {:<27}// {super_name}",
                class.super_class.to_string()
            )?;
        }
        writeln!(
            out,
            "  interfaces: {}, fields: {}, methods: {}, attributes: {}",
            class.interfaces.len(),
            class.fields.len(),
            class.methods.len(),
            class.attributes.len()
        )?;
        pool::write_pool(out, &resolver)?;
        writeln!(out, "{{")?;
    } else {
        writeln!(out, " {{")?;
    }
    let mut first = true;
    for field in &class.fields {
        if !first {
            writeln!(out)?;
        }
        first = false;
        write_field(out, &resolver, field)?;
    }
    for method in &class.methods {
        if !first {
            writeln!(out)?;
        }
        first = false;
        write_method(out, &resolver, class, method)?;
    }
    writeln!(out, "}}")?;
    if options.verbose {
        write_class_attributes(out, &resolver, class)?;
    }
    Ok(())
}

/// [`disassemble`] into a new string.
pub fn disassemble_to_string(class: &ClassFile, options: Options) -> String {
    let mut text = String::new();
    // Writing into a String cannot fail.
    let _ = disassemble(class, &mut text, options);
    text
}

/// `public class Foo extends Bar implements Baz, Qux`, without a line end.
fn write_class_header(out: &mut impl fmt::Write, class: &ClassFile, this: &str) -> fmt::Result {
    let flags = class.access_flags;
    if flags.has(AccessFlags::MODULE) {
        return write!(out, "module {this}");
    }
    for word in flags.keywords(MemberKind::Class) {
        write!(out, "{word} ")?;
    }
    let interface = flags.is_interface();
    write!(
        out,
        "{} {}",
        if interface { "interface" } else { "class" },
        this.replace('/', ".")
    )?;
    // An interface's super_class is always Object; javap shows its superinterfaces after `extends`.
    if !interface
        && let Ok(Some(super_name)) = class.super_name()
        && super_name != "java/lang/Object"
    {
        write!(out, " extends {}", super_name.replace('/', "."))?;
    }
    let names: Vec<String> = class
        .interfaces
        .iter()
        .map(|&i| {
            class
                .constant_pool
                .class_name(i)
                .map_or_else(|_| format!("{i} // {INVALID}"), |n| n.replace('/', "."))
        })
        .collect();
    if !names.is_empty() {
        write!(
            out,
            " {} {}",
            if interface { "extends" } else { "implements" },
            names.join(", ")
        )?;
    }
    Ok(())
}

fn write_field(
    out: &mut impl fmt::Write,
    resolver: &Resolver<'_>,
    field: &MemberInfo,
) -> fmt::Result {
    let name = resolver.name(field.name).unwrap_or(INVALID);
    let descriptor = resolver.name(field.descriptor).unwrap_or(INVALID);
    let ty = FieldType::parse(descriptor).map_or_else(|| descriptor.to_owned(), |t| t.to_string());
    write!(out, "  ")?;
    for word in field.access_flags.keywords(MemberKind::Field) {
        write!(out, "{word} ")?;
    }
    writeln!(out, "{ty} {name};")?;
    writeln!(out, "    descriptor: {descriptor}")?;
    writeln!(
        out,
        "    flags: {}",
        flag_names(field.access_flags, Flags::Field)
    )?;
    for attribute in &field.attributes {
        if let AttributeBody::ConstantValue(index) = attribute.body {
            let value = resolver.operand_comment(index);
            writeln!(out, "    ConstantValue: {value}")?;
        }
    }
    Ok(())
}

fn write_method(
    out: &mut impl fmt::Write,
    resolver: &Resolver<'_>,
    class: &ClassFile,
    method: &MemberInfo,
) -> fmt::Result {
    let name = resolver.name(method.name).unwrap_or(INVALID);
    let descriptor = resolver.name(method.descriptor).unwrap_or(INVALID);
    let parsed = MethodDescriptor::parse(descriptor);
    let flags = method.access_flags;
    write!(out, "  ")?;
    for word in flags.keywords(MemberKind::Method) {
        write!(out, "{word} ")?;
    }
    match (name, &parsed) {
        ("<clinit>", _) => write!(out, "{{}}")?,
        (_, Some(d)) => {
            if name == "<init>" {
                let class_name = class.name().unwrap_or(INVALID);
                write!(out, "{}", class_name.replace('/', "."))?;
            } else {
                match &d.return_type {
                    Some(t) => write!(out, "{t} {name}")?,
                    None => write!(out, "void {name}")?,
                }
            }
            let varargs = flags.has(AccessFlags::VARARGS);
            let params: Vec<String> = d
                .parameters
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let text = p.to_string();
                    match text.strip_suffix("[]") {
                        Some(element) if varargs && i + 1 == d.parameters.len() => {
                            format!("{element}...")
                        }
                        _ => text,
                    }
                })
                .collect();
            write!(out, "({})", params.join(", "))?;
        }
        // A descriptor that does not parse: show it raw rather than guess.
        (_, None) => write!(out, "{name} {descriptor}")?,
    }
    let throws: Vec<String> = method
        .attributes
        .iter()
        .filter_map(|a| match &a.body {
            AttributeBody::Exceptions(classes) => Some(classes),
            _ => None,
        })
        .flatten()
        .map(|&c| {
            resolver
                .class(c)
                .map_or_else(|| INVALID.to_owned(), |n| n.replace('/', "."))
        })
        .collect();
    if !throws.is_empty() {
        write!(out, " throws {}", throws.join(", "))?;
    }
    writeln!(out, ";")?;
    writeln!(out, "    descriptor: {descriptor}")?;
    writeln!(out, "    flags: {}", flag_names(flags, Flags::Method))?;
    if let Some(code) = method.code() {
        let args_size = parsed.map(|d| d.parameter_slots() + usize::from(!flags.is_static()));
        code::write_code(out, resolver, code, args_size)?;
    }
    Ok(())
}

fn write_class_attributes(
    out: &mut impl fmt::Write,
    resolver: &Resolver<'_>,
    class: &ClassFile,
) -> fmt::Result {
    for attribute in &class.attributes {
        match &attribute.body {
            AttributeBody::SourceFile(index) => {
                writeln!(
                    out,
                    "SourceFile: \"{}\"",
                    resolver.utf8(*index).unwrap_or_else(|| INVALID.to_owned())
                )?;
            }
            AttributeBody::BootstrapMethods(rows) => {
                writeln!(out, "BootstrapMethods:")?;
                for (i, row) in rows.iter().enumerate() {
                    let method = resolver
                        .resolved(row.method)
                        .unwrap_or_else(|| INVALID.to_owned());
                    writeln!(out, "  {i}: {} {method}", row.method)?;
                    writeln!(out, "    Method arguments:")?;
                    for &argument in &row.arguments {
                        let text = resolver
                            .resolved(argument)
                            .unwrap_or_else(|| INVALID.to_owned());
                        writeln!(out, "      {argument} {text}")?;
                    }
                }
            }
            AttributeBody::NestHost(index) => {
                writeln!(
                    out,
                    "NestHost: class {}",
                    resolver.class(*index).unwrap_or_else(|| INVALID.to_owned())
                )?;
            }
            AttributeBody::NestMembers(classes) | AttributeBody::PermittedSubclasses(classes) => {
                let title = if matches!(attribute.body, AttributeBody::NestMembers(_)) {
                    "NestMembers"
                } else {
                    "PermittedSubclasses"
                };
                writeln!(out, "{title}:")?;
                for &c in classes {
                    writeln!(
                        out,
                        "  {}",
                        resolver.class(c).unwrap_or_else(|| INVALID.to_owned())
                    )?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Which table of `ACC_` names applies: the same bit means different things for each.
#[derive(Clone, Copy)]
enum Flags {
    Class,
    Field,
    Method,
}

/// `(0x0009) ACC_PUBLIC, ACC_STATIC`.
fn flag_names(flags: AccessFlags, kind: Flags) -> String {
    use AccessFlags as A;
    let table: &[(u16, &str)] = match kind {
        Flags::Class => &[
            (A::PUBLIC, "ACC_PUBLIC"),
            (A::FINAL, "ACC_FINAL"),
            (A::SUPER, "ACC_SUPER"),
            (A::INTERFACE, "ACC_INTERFACE"),
            (A::ABSTRACT, "ACC_ABSTRACT"),
            (A::SYNTHETIC, "ACC_SYNTHETIC"),
            (A::ANNOTATION, "ACC_ANNOTATION"),
            (A::ENUM, "ACC_ENUM"),
            (A::MODULE, "ACC_MODULE"),
        ],
        Flags::Field => &[
            (A::PUBLIC, "ACC_PUBLIC"),
            (A::PRIVATE, "ACC_PRIVATE"),
            (A::PROTECTED, "ACC_PROTECTED"),
            (A::STATIC, "ACC_STATIC"),
            (A::FINAL, "ACC_FINAL"),
            (A::VOLATILE, "ACC_VOLATILE"),
            (A::TRANSIENT, "ACC_TRANSIENT"),
            (A::SYNTHETIC, "ACC_SYNTHETIC"),
            (A::ENUM, "ACC_ENUM"),
        ],
        Flags::Method => &[
            (A::PUBLIC, "ACC_PUBLIC"),
            (A::PRIVATE, "ACC_PRIVATE"),
            (A::PROTECTED, "ACC_PROTECTED"),
            (A::STATIC, "ACC_STATIC"),
            (A::FINAL, "ACC_FINAL"),
            (A::SYNCHRONIZED, "ACC_SYNCHRONIZED"),
            (A::BRIDGE, "ACC_BRIDGE"),
            (A::VARARGS, "ACC_VARARGS"),
            (A::NATIVE, "ACC_NATIVE"),
            (A::ABSTRACT, "ACC_ABSTRACT"),
            (A::STRICT, "ACC_STRICT"),
            (A::SYNTHETIC, "ACC_SYNTHETIC"),
        ],
    };
    let names: Vec<&str> = table
        .iter()
        .filter(|(bit, _)| flags.has(*bit))
        .map(|&(_, name)| name)
        .collect();
    format!("(0x{:04x}) {}", flags.0, names.join(", "))
        .trim_end()
        .to_owned()
}
