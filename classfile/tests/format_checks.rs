//! Format-check tests: one hand-made bad class per kind of defect, built by editing a good model and
//! writing it out (so no JDK is needed), a seeded byte-flip run asserting that checking never panics, and
//! every class of the JDK's `java.base.jmod` passing `check_format`.

use std::path::Path;

use classfile::attribute::{
    Attribute, AttributeBody, BootstrapMethod, Code, EnclosingMethod, ExceptionHandler, InnerClass,
    LineNumber, LocalVariable, RecordComponent,
};
use classfile::classpath::Entry;
use classfile::constant_pool::{DynamicRef, MemberRef, Utf8};
use classfile::{AccessFlags as F, ClassFile, Constant, CpIndex, FormatDefect, MemberInfo};

const JAVA_BASE: &str = "/usr/lib/jvm/java-17-openjdk-amd64/jmods/java.base.jmod";

// ---------------------------------------------------------------------------------------------------
// Building and editing classes
// ---------------------------------------------------------------------------------------------------

fn push(cf: &mut ClassFile, c: Constant) -> CpIndex {
    cf.constant_pool.push(c).expect("pool has room")
}

fn utf8(cf: &mut ClassFile, text: &str) -> CpIndex {
    push(cf, Constant::Utf8(Utf8::new(text)))
}

fn class(cf: &mut ClassFile, name: &str) -> CpIndex {
    let name = utf8(cf, name);
    push(cf, Constant::Class { name })
}

fn name_and_type(cf: &mut ClassFile, name: &str, descriptor: &str) -> CpIndex {
    let (name, descriptor) = (utf8(cf, name), utf8(cf, descriptor));
    push(cf, Constant::NameAndType { name, descriptor })
}

fn member_ref(cf: &mut ClassFile, owner: &str, name: &str, descriptor: &str) -> MemberRef {
    MemberRef {
        class: class(cf, owner),
        name_and_type: name_and_type(cf, name, descriptor),
    }
}

fn attribute(cf: &mut ClassFile, name: &str, body: AttributeBody) -> Attribute {
    Attribute {
        name: utf8(cf, name),
        body,
    }
}

fn code(cf: &mut ClassFile, max_locals: u16, bytes: &[u8]) -> Attribute {
    let body = Code {
        max_stack: 2,
        max_locals,
        code: bytes.into(),
        exception_table: Vec::new(),
        attributes: Vec::new(),
    };
    attribute(cf, "Code", AttributeBody::Code(Box::new(body)))
}

fn member(
    cf: &mut ClassFile,
    flags: u16,
    name: &str,
    descriptor: &str,
    attributes: Vec<Attribute>,
) -> MemberInfo {
    MemberInfo {
        access_flags: F(flags),
        name: utf8(cf, name),
        descriptor: utf8(cf, descriptor),
        attributes,
    }
}

/// `public class Foo { private int x; public Foo() {} public static int m(int, long) { return 0; } }`,
/// version 61, with a `SourceFile`.
fn good() -> ClassFile {
    let mut cf = ClassFile {
        minor_version: 0,
        major_version: 61,
        constant_pool: Default::default(),
        access_flags: F(F::PUBLIC | F::SUPER),
        this_class: CpIndex(0),
        super_class: CpIndex(0),
        interfaces: Vec::new(),
        fields: Vec::new(),
        methods: Vec::new(),
        attributes: Vec::new(),
    };
    cf.this_class = class(&mut cf, "Foo");
    cf.super_class = class(&mut cf, "java/lang/Object");
    let field = member(&mut cf, F::PRIVATE, "x", "I", vec![]);
    cf.fields.push(field);
    let init_code = code(&mut cf, 1, &[0xb1]);
    let init = member(&mut cf, F::PUBLIC, "<init>", "()V", vec![init_code]);
    let m_code = code(&mut cf, 3, &[0x03, 0xac]);
    let m = member(&mut cf, F::PUBLIC | F::STATIC, "m", "(IJ)I", vec![m_code]);
    cf.methods.extend([init, m]);
    let source = utf8(&mut cf, "Foo.java");
    let source_file = attribute(&mut cf, "SourceFile", AttributeBody::SourceFile(source));
    cf.attributes.push(source_file);
    cf
}

/// Turns the good class into an interface: no constructor, `m` stays static with code.
fn make_interface(cf: &mut ClassFile) {
    cf.access_flags = F(F::PUBLIC | F::INTERFACE | F::ABSTRACT);
    cf.fields.clear();
    cf.methods.remove(0);
}

/// Writes the edited class, parses it back, and returns the defect `check_format` reports, after
/// asserting that the message names the class.
fn reject(edit: impl FnOnce(&mut ClassFile)) -> FormatDefect {
    let mut cf = good();
    edit(&mut cf);
    let bytes = cf.to_bytes().expect("the edited model writes");
    let parsed = ClassFile::parse(&bytes).expect("the edited class parses");
    let error = parsed
        .check_format()
        .expect_err("the edited class is rejected");
    let message = error.to_string();
    assert!(
        message.ends_with("in class file Foo"),
        "message does not name the class: {message}"
    );
    assert!(ClassFile::parse_checked(&bytes).is_err());
    error.defect
}

/// The first method's `Code`.
fn init_code(cf: &mut ClassFile) -> &mut Code {
    match &mut cf.methods[0].attributes[0].body {
        AttributeBody::Code(code) => code,
        _ => unreachable!("the good class's first method has code"),
    }
}

macro_rules! assert_defect {
    ($defect:expr, $pattern:pat) => {{
        let defect = $defect;
        assert!(matches!(defect, $pattern), "unexpected defect: {defect:?}");
    }};
}

#[test]
fn the_good_class_passes() {
    let bytes = good().to_bytes().unwrap();
    ClassFile::parse_checked(&bytes).expect("good class passes");
}

// ---------------------------------------------------------------------------------------------------
// Constant pool (JVMS 4.4)
// ---------------------------------------------------------------------------------------------------

#[test]
fn constant_index_out_of_range_or_wrong_kind() {
    assert_defect!(
        reject(|cf| {
            push(cf, Constant::Class { name: CpIndex(999) });
        }),
        FormatDefect::BadConstantIndex { index: 999, .. }
    );
    assert_defect!(
        reject(|cf| {
            push(
                cf,
                Constant::String {
                    string: cf.this_class,
                },
            );
        }),
        FormatDefect::WrongConstantKind {
            expected: "Utf8",
            found: "Class",
            ..
        }
    );
    assert_defect!(
        reject(|cf| {
            let nat = name_and_type(cf, "f", "I");
            push(
                cf,
                Constant::Fieldref(MemberRef {
                    class: nat,
                    name_and_type: nat,
                }),
            );
        }),
        FormatDefect::WrongConstantKind {
            expected: "Class",
            found: "NameAndType",
            ..
        }
    );
}

#[test]
fn bad_class_constant_names() {
    for name in ["a;b", "a//b", "[V", ""] {
        let defect = reject(|cf| {
            class(cf, name);
        });
        assert_eq!(defect, FormatDefect::BadClassName { name: name.into() });
    }
}

#[test]
fn member_ref_names_and_descriptors() {
    assert_defect!(
        reject(|cf| {
            let r = member_ref(cf, "Foo", "f", "()V");
            push(cf, Constant::Fieldref(r));
        }),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        reject(|cf| {
            let r = member_ref(cf, "Foo", "a.b", "I");
            push(cf, Constant::Fieldref(r));
        }),
        FormatDefect::BadFieldName { .. }
    );
    assert_defect!(
        reject(|cf| {
            let r = member_ref(cf, "Foo", "<clinit>", "()V");
            push(cf, Constant::Methodref(r));
        }),
        FormatDefect::BadMethodName { .. }
    );
    assert_defect!(
        reject(|cf| {
            let r = member_ref(cf, "Foo", "<init>", "()I");
            push(cf, Constant::Methodref(r));
        }),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        reject(|cf| {
            let r = member_ref(cf, "Foo", "m", "I");
            push(cf, Constant::InterfaceMethodref(r));
        }),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        reject(|cf| {
            let descriptor = utf8(cf, "(V)V");
            push(cf, Constant::MethodType { descriptor });
        }),
        FormatDefect::BadDescriptor { .. }
    );
}

#[test]
fn unused_name_and_type_is_judged_by_its_descriptor_shape() {
    let nat = |name: &'static str, descriptor: &'static str| {
        reject(move |cf| {
            name_and_type(cf, name, descriptor);
        })
    };
    assert_defect!(nat("a;b", "I"), FormatDefect::BadFieldName { .. });
    assert_defect!(nat("ok", "Q"), FormatDefect::BadDescriptor { .. });
    assert_defect!(nat("<foo>", "()V"), FormatDefect::BadMethodName { .. });
    assert_defect!(nat("<init>", "()I"), FormatDefect::BadDescriptor { .. });
}

#[test]
fn method_handle_kinds_and_targets() {
    let handle = |kind: u8, tag: fn(MemberRef) -> Constant, name: &'static str, major: u16| {
        reject(move |cf| {
            cf.major_version = major;
            let descriptor = if name == "f" { "I" } else { "()V" };
            let r = member_ref(cf, "Foo", name, descriptor);
            let reference = push(cf, tag(r));
            push(cf, Constant::MethodHandle { kind, reference });
        })
    };
    assert_defect!(
        handle(10, Constant::Methodref, "m", 61),
        FormatDefect::BadMethodHandle { .. }
    );
    assert_defect!(
        handle(1, Constant::Methodref, "m", 61),
        FormatDefect::BadMethodHandle { .. }
    );
    assert_defect!(
        handle(5, Constant::Fieldref, "f", 61),
        FormatDefect::BadMethodHandle { .. }
    );
    assert_defect!(
        handle(8, Constant::Methodref, "m", 61),
        FormatDefect::BadMethodHandle { .. }
    );
    assert_defect!(
        handle(5, Constant::Methodref, "<init>", 61),
        FormatDefect::BadMethodHandle { .. }
    );
    assert_defect!(
        handle(9, Constant::Methodref, "m", 61),
        FormatDefect::BadMethodHandle { .. }
    );
    // Static calls through an interface method reference need version 52.
    assert_defect!(
        handle(6, Constant::InterfaceMethodref, "m", 51),
        FormatDefect::BadMethodHandle { .. }
    );
    let bytes = {
        let mut cf = good();
        let r = member_ref(&mut cf, "Foo", "m", "()V");
        let reference = push(&mut cf, Constant::InterfaceMethodref(r));
        push(&mut cf, Constant::MethodHandle { kind: 6, reference });
        cf.to_bytes().unwrap()
    };
    ClassFile::parse_checked(&bytes).expect("invokeStatic of an interface method is fine in 61");
}

#[test]
fn constants_gated_by_version_and_module() {
    assert_defect!(
        reject(|cf| {
            cf.major_version = 50;
            let descriptor = utf8(cf, "()V");
            push(cf, Constant::MethodType { descriptor });
        }),
        FormatDefect::ConstantTooNew {
            kind: "MethodType",
            needed: 51,
            ..
        }
    );
    assert_defect!(
        reject(|cf| {
            cf.major_version = 54;
            let name_and_type = name_and_type(cf, "c", "I");
            push(
                cf,
                Constant::Dynamic(DynamicRef {
                    bootstrap_method: 0,
                    name_and_type,
                }),
            );
        }),
        FormatDefect::ConstantTooNew {
            kind: "Dynamic",
            needed: 55,
            ..
        }
    );
    assert_defect!(
        reject(|cf| {
            let name = utf8(cf, "java.base");
            push(cf, Constant::Module { name });
        }),
        FormatDefect::ConstantOutsideModule { kind: "Module", .. }
    );
}

#[test]
fn dynamic_constants_need_bootstrap_methods() {
    let indy = |cf: &mut ClassFile, descriptor: &str, bootstrap_method: u16| {
        let name_and_type = name_and_type(cf, "run", descriptor);
        push(
            cf,
            Constant::InvokeDynamic(DynamicRef {
                bootstrap_method,
                name_and_type,
            }),
        );
    };
    assert_eq!(
        reject(|cf| indy(cf, "()V", 0)),
        FormatDefect::MissingBootstrapMethods
    );
    assert_defect!(
        reject(|cf| {
            indy(cf, "()V", 0);
            let table = attribute(
                cf,
                "BootstrapMethods",
                AttributeBody::BootstrapMethods(vec![]),
            );
            cf.attributes.push(table);
        }),
        FormatDefect::BadBootstrapMethodIndex {
            bootstrap_method: 0,
            count: 0,
            ..
        }
    );
    assert_defect!(
        reject(|cf| {
            indy(cf, "I", 0);
        }),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        reject(|cf| {
            let name_and_type = name_and_type(cf, "c", "()I");
            push(
                cf,
                Constant::Dynamic(DynamicRef {
                    bootstrap_method: 0,
                    name_and_type,
                }),
            );
        }),
        FormatDefect::BadDescriptor { .. }
    );
}

// ---------------------------------------------------------------------------------------------------
// The class: flags, this_class, super_class, interfaces (JVMS 4.1)
// ---------------------------------------------------------------------------------------------------

#[test]
fn class_flags() {
    let flags = |f: u16| reject(move |cf| cf.access_flags = F(f));
    for bad in [
        F::PUBLIC | F::FINAL | F::ABSTRACT,
        F::PUBLIC | F::INTERFACE,
        F::INTERFACE | F::ABSTRACT | F::FINAL,
        F::INTERFACE | F::ABSTRACT | F::SUPER,
        F::INTERFACE | F::ABSTRACT | F::ENUM,
        F::PUBLIC | F::ANNOTATION,
    ] {
        assert_defect!(
            flags(bad),
            FormatDefect::BadAccessFlags { what: "class", .. }
        );
    }
}

#[test]
fn superclass_rules() {
    assert_defect!(
        reject(|cf| cf.super_class = CpIndex(0)),
        FormatDefect::BadSuperclass(_)
    );
    assert_defect!(
        reject(|cf| cf.super_class = class(cf, "[Ljava/lang/Object;")),
        FormatDefect::BadSuperclass(_)
    );
    assert_defect!(
        reject(|cf| {
            make_interface(cf);
            cf.super_class = class(cf, "java/lang/Number");
        }),
        FormatDefect::BadSuperclass(_)
    );
}

#[test]
fn interfaces_are_classes_listed_once() {
    assert_defect!(
        reject(|cf| {
            let i = class(cf, "java/lang/Runnable");
            cf.interfaces = vec![i, i];
        }),
        FormatDefect::DuplicateInterface { .. }
    );
    assert_defect!(
        reject(|cf| {
            let i = utf8(cf, "java/lang/Runnable");
            cf.interfaces = vec![i];
        }),
        FormatDefect::WrongConstantKind {
            expected: "Class",
            found: "Utf8",
            ..
        }
    );
    assert_defect!(
        reject(|cf| cf.interfaces = vec![class(cf, "[I")]),
        FormatDefect::BadClassName { .. }
    );
}

// ---------------------------------------------------------------------------------------------------
// Fields and methods (JVMS 4.5, 4.6)
// ---------------------------------------------------------------------------------------------------

#[test]
fn field_names_descriptors_flags_and_duplicates() {
    let field = |flags: u16, name: &'static str, descriptor: &'static str, interface: bool| {
        reject(move |cf| {
            if interface {
                make_interface(cf);
            }
            let f = member(cf, flags, name, descriptor, vec![]);
            cf.fields.push(f);
        })
    };
    assert_defect!(
        field(0, "a/b", "I", false),
        FormatDefect::BadFieldName { .. }
    );
    assert_defect!(
        field(0, "y", "V", false),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        field(F::PUBLIC | F::PRIVATE, "y", "I", false),
        FormatDefect::BadAccessFlags { what: "field", .. }
    );
    assert_defect!(
        field(F::FINAL | F::VOLATILE, "y", "I", false),
        FormatDefect::BadAccessFlags { what: "field", .. }
    );
    assert_defect!(
        field(F::PUBLIC | F::STATIC, "y", "I", true),
        FormatDefect::BadAccessFlags { what: "field", .. }
    );
    assert_defect!(
        field(
            F::PUBLIC | F::STATIC | F::FINAL | F::TRANSIENT,
            "y",
            "I",
            true
        ),
        FormatDefect::BadAccessFlags { what: "field", .. }
    );
    assert_eq!(
        field(F::PUBLIC, "x", "I", false),
        FormatDefect::DuplicateMember {
            what: "field",
            name: "x".into(),
            descriptor: "I".into()
        }
    );
}

/// Adds a method with code (unless abstract or native) to the good class or, with `interface`, to the
/// interface made from it.
fn method(
    flags: u16,
    name: &'static str,
    descriptor: &'static str,
    interface: bool,
) -> FormatDefect {
    reject(move |cf| {
        if interface {
            make_interface(cf);
        }
        let attributes = if flags & (F::ABSTRACT | F::NATIVE) == 0 {
            vec![code(cf, 255, &[0xb1])]
        } else {
            vec![]
        };
        let m = member(cf, flags, name, descriptor, attributes);
        cf.methods.push(m);
    })
}

#[test]
fn method_names_and_descriptors() {
    assert_defect!(
        method(0, "<foo>", "()V", false),
        FormatDefect::BadMethodName { .. }
    );
    assert_defect!(
        method(0, "a.b", "()V", false),
        FormatDefect::BadMethodName { .. }
    );
    assert_defect!(
        method(0, "n", "(I)", false),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        method(0, "<init>", "(I)I", false),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        method(F::STATIC, "<clinit>", "(I)V", false),
        FormatDefect::BadDescriptor { .. }
    );
    assert_eq!(
        method(F::PUBLIC, "<init>", "()V", true),
        FormatDefect::InterfaceInitializer
    );
    assert_eq!(
        method(F::PUBLIC, "<init>", "()V", false),
        FormatDefect::DuplicateMember {
            what: "method",
            name: "<init>".into(),
            descriptor: "()V".into()
        }
    );
    // 127 longs and `this` need 255 slots, the limit; one more int is too many.
    let too_many: &'static str = Box::leak(format!("({}I)V", "J".repeat(127)).into_boxed_str());
    assert_defect!(
        method(0, "n", too_many, false),
        FormatDefect::TooManyArguments { slots: 256, .. }
    );
    let mut cf = good();
    let body = code(&mut cf, 255, &[0xb1]);
    let m = member(
        &mut cf,
        0,
        "n",
        &format!("({})V", "J".repeat(127)),
        vec![body],
    );
    cf.methods.push(m);
    ClassFile::parse_checked(&cf.to_bytes().unwrap()).expect("255 slots are allowed");
    // max_locals must cover the parameters and `this`.
    assert_defect!(
        reject(|cf| init_code(cf).max_locals = 0),
        FormatDefect::BadCode { .. }
    );
}

#[test]
fn method_flags() {
    for (flags, name) in [
        (F::PUBLIC | F::PRIVATE, "n"),
        (F::ABSTRACT | F::PRIVATE, "n"),
        (F::ABSTRACT | F::STATIC, "n"),
        (F::ABSTRACT | F::FINAL, "n"),
        (F::ABSTRACT | F::NATIVE, "n"),
        (F::ABSTRACT | F::SYNCHRONIZED, "n"),
        (F::STATIC, "<init>"),
        (F::FINAL, "<init>"),
        (F::SYNCHRONIZED, "<init>"),
        (0, "<clinit>"),
    ] {
        let descriptor = if name == "<init>" { "(I)V" } else { "()V" };
        assert_defect!(
            method(flags, name, descriptor, false),
            FormatDefect::BadAccessFlags { what: "method", .. }
        );
    }
    for flags in [
        F::PROTECTED | F::ABSTRACT,
        F::PUBLIC | F::FINAL,
        F::PUBLIC | F::SYNCHRONIZED,
        F::ABSTRACT,
        F::PUBLIC | F::PRIVATE,
    ] {
        assert_defect!(
            method(flags, "n", "()V", true),
            FormatDefect::BadAccessFlags { what: "method", .. }
        );
    }
    // Before 52 an interface method is public abstract and nothing else.
    assert_defect!(
        reject(|cf| {
            make_interface(cf);
            cf.major_version = 51;
        }),
        FormatDefect::BadAccessFlags { what: "method", .. }
    );
    // From 46 to 60 an abstract method is not strict; in 61 the bit means nothing.
    let strict_abstract = |major: u16| {
        let mut cf = good();
        cf.major_version = major;
        cf.access_flags = F(F::PUBLIC | F::SUPER | F::ABSTRACT);
        let m = member(
            &mut cf,
            F::PUBLIC | F::ABSTRACT | F::STRICT,
            "n",
            "()V",
            vec![],
        );
        cf.methods.push(m);
        ClassFile::parse(&cf.to_bytes().unwrap())
            .unwrap()
            .check_format()
    };
    assert!(strict_abstract(60).is_err());
    assert!(strict_abstract(61).is_ok());
}

#[test]
fn code_presence() {
    assert_defect!(
        reject(|cf| cf.methods[1].access_flags = F(F::PUBLIC | F::STATIC | F::NATIVE)),
        FormatDefect::BadCodePresence(_)
    );
    assert_defect!(
        reject(|cf| cf.methods[1].attributes.clear()),
        FormatDefect::BadCodePresence(_)
    );
    assert_defect!(
        reject(|cf| {
            let extra = code(cf, 3, &[0xb1]);
            cf.methods[1].attributes.push(extra);
        }),
        FormatDefect::DuplicateAttribute { name: "Code", .. }
    );
}

// ---------------------------------------------------------------------------------------------------
// Code (JVMS 4.7.3, 4.7.12-14)
// ---------------------------------------------------------------------------------------------------

#[test]
fn code_limits_and_exception_table() {
    assert_defect!(
        reject(|cf| init_code(cf).code = Box::new([])),
        FormatDefect::BadCode { .. }
    );
    assert_defect!(
        reject(|cf| init_code(cf).max_locals = 0),
        FormatDefect::BadCode { .. }
    );
    let handler = |start_pc: u16, end_pc: u16, handler_pc: u16| {
        reject(move |cf| {
            let c = init_code(cf);
            c.code = vec![0; 10].into();
            c.exception_table.push(ExceptionHandler {
                start_pc,
                end_pc,
                handler_pc,
                catch_type: CpIndex(0),
            });
        })
    };
    assert_defect!(handler(3, 3, 0), FormatDefect::BadCode { .. });
    assert_defect!(handler(0, 11, 0), FormatDefect::BadCode { .. });
    assert_defect!(handler(0, 10, 10), FormatDefect::BadCode { .. });
    assert_defect!(
        reject(|cf| {
            let catch_type = utf8(cf, "java/lang/Throwable");
            let c = init_code(cf);
            c.exception_table.push(ExceptionHandler {
                start_pc: 0,
                end_pc: 1,
                handler_pc: 0,
                catch_type,
            });
        }),
        FormatDefect::WrongConstantKind {
            expected: "Class",
            ..
        }
    );
}

#[test]
fn line_and_local_variable_tables() {
    assert_defect!(
        reject(|cf| {
            let table = attribute(
                cf,
                "LineNumberTable",
                AttributeBody::LineNumberTable(vec![LineNumber {
                    start_pc: 1,
                    line_number: 3,
                }]),
            );
            init_code(cf).attributes.push(table);
        }),
        FormatDefect::BadCode { .. }
    );
    let local = |start_pc: u16,
                 length: u16,
                 name: &'static str,
                 descriptor: &'static str,
                 index: u16,
                 twice: bool| {
        reject(move |cf| {
            let row = LocalVariable {
                start_pc,
                length,
                name: utf8(cf, name),
                descriptor: utf8(cf, descriptor),
                index,
            };
            let rows = if twice {
                vec![row.clone(), row]
            } else {
                vec![row]
            };
            let table = attribute(
                cf,
                "LocalVariableTable",
                AttributeBody::LocalVariableTable(rows),
            );
            init_code(cf).attributes.push(table);
        })
    };
    assert_defect!(
        local(1, 0, "this", "LFoo;", 0, false),
        FormatDefect::BadCode { .. }
    );
    assert_defect!(
        local(0, 2, "this", "LFoo;", 0, false),
        FormatDefect::BadCode { .. }
    );
    assert_defect!(
        local(0, 1, "a;b", "LFoo;", 0, false),
        FormatDefect::BadFieldName { .. }
    );
    assert_defect!(
        local(0, 1, "this", "LFoo", 0, false),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        local(0, 1, "this", "LFoo;", 1, false),
        FormatDefect::BadCode { .. }
    );
    assert_defect!(
        local(0, 1, "this", "J", 0, false),
        FormatDefect::BadCode { .. }
    );
    assert_defect!(
        local(0, 1, "this", "LFoo;", 0, true),
        FormatDefect::BadCode { .. }
    );
}

// ---------------------------------------------------------------------------------------------------
// Attributes (JVMS 4.7)
// ---------------------------------------------------------------------------------------------------

#[test]
fn attribute_multiplicity() {
    assert_defect!(
        reject(|cf| {
            let again = cf.attributes[0].clone();
            cf.attributes.push(again);
        }),
        FormatDefect::DuplicateAttribute {
            name: "SourceFile",
            ..
        }
    );
    assert_defect!(
        reject(|cf| {
            let host = class(cf, "Outer");
            let host = attribute(cf, "NestHost", AttributeBody::NestHost(host));
            let members = attribute(cf, "NestMembers", AttributeBody::NestMembers(vec![]));
            cf.attributes.extend([host, members]);
        }),
        FormatDefect::ConflictingAttributes {
            first: "NestHost",
            second: "NestMembers"
        }
    );
    assert_defect!(
        reject(|cf| {
            let s = utf8(cf, "I");
            let one = attribute(cf, "Signature", AttributeBody::Signature(s));
            cf.fields[0].attributes.extend([one.clone(), one]);
        }),
        FormatDefect::DuplicateAttribute {
            name: "Signature",
            ..
        }
    );
}

#[test]
fn invisible_annotations_count_too() {
    assert_defect!(
        reject(|cf| {
            let one = attribute(
                cf,
                "RuntimeInvisibleAnnotations",
                AttributeBody::RuntimeInvisibleAnnotations(vec![]),
            );
            cf.methods[1].attributes.extend([one.clone(), one]);
        }),
        FormatDefect::DuplicateAttribute {
            name: "RuntimeInvisibleAnnotations",
            ..
        }
    );
    // Inside `Code`, type annotations are not counted.
    let mut cf = good();
    let one = attribute(
        &mut cf,
        "RuntimeVisibleTypeAnnotations",
        AttributeBody::RuntimeVisibleTypeAnnotations(vec![]),
    );
    init_code(&mut cf).attributes.extend([one.clone(), one]);
    ClassFile::parse_checked(&cf.to_bytes().unwrap())
        .expect("two type-annotation attributes in Code are allowed");
}

#[test]
fn constant_value_matches_field_type() {
    let constant = |descriptor: &'static str, value: Constant| {
        reject(move |cf| {
            let value = push(cf, value);
            let attr = attribute(cf, "ConstantValue", AttributeBody::ConstantValue(value));
            let f = member(cf, F::STATIC | F::FINAL, "K", descriptor, vec![attr]);
            cf.fields.push(f);
        })
    };
    assert_defect!(
        constant("I", Constant::Long(1)),
        FormatDefect::WrongConstantKind {
            expected: "Integer",
            ..
        }
    );
    assert_defect!(
        constant("J", Constant::Integer(1)),
        FormatDefect::WrongConstantKind {
            expected: "Long",
            ..
        }
    );
    assert_defect!(
        constant("D", Constant::Float(0)),
        FormatDefect::WrongConstantKind {
            expected: "Double",
            ..
        }
    );
    assert_defect!(
        constant("Ljava/lang/String;", Constant::Integer(1)),
        FormatDefect::WrongConstantKind {
            expected: "String",
            ..
        }
    );
    assert_defect!(
        constant("Ljava/lang/Object;", Constant::Integer(1)),
        FormatDefect::BadAttribute { .. }
    );
}

#[test]
fn attribute_indices_have_the_right_kind() {
    let class_attribute = |make: fn(&mut ClassFile, CpIndex) -> (&'static str, AttributeBody)| {
        reject(move |cf| {
            let wrong = utf8(cf, "NotAClass");
            let (name, body) = make(cf, wrong);
            let attr = attribute(cf, name, body);
            cf.attributes.push(attr);
        })
    };
    let wrong = |d: FormatDefect| matches!(d, FormatDefect::WrongConstantKind { .. });
    assert!(wrong(class_attribute(|_, i| (
        "NestHost",
        AttributeBody::NestHost(i)
    ))));
    assert!(wrong(class_attribute(|_, i| (
        "NestMembers",
        AttributeBody::NestMembers(vec![i])
    ))));
    assert!(wrong(class_attribute(|_, i| (
        "PermittedSubclasses",
        AttributeBody::PermittedSubclasses(vec![i])
    ))));
    assert!(wrong(class_attribute(|cf, _| {
        cf.attributes.clear();
        ("SourceFile", AttributeBody::SourceFile(cf.this_class))
    })));
    assert!(wrong(class_attribute(|cf, _| (
        "Signature",
        AttributeBody::Signature(cf.this_class)
    ))));
    assert!(wrong(class_attribute(|cf, i| {
        let row = InnerClass {
            inner_class: i,
            outer_class: cf.this_class,
            inner_name: CpIndex(0),
            access_flags: 0,
        };
        ("InnerClasses", AttributeBody::InnerClasses(vec![row]))
    })));
    assert!(wrong(class_attribute(|cf, _| {
        let e = EnclosingMethod {
            class: cf.this_class,
            method: cf.this_class,
        };
        ("EnclosingMethod", AttributeBody::EnclosingMethod(e))
    })));
    assert!(wrong(class_attribute(|_, i| {
        (
            "BootstrapMethods",
            AttributeBody::BootstrapMethods(vec![BootstrapMethod {
                method: i,
                arguments: vec![],
            }]),
        )
    })));
    assert!(wrong(class_attribute(|cf, i| {
        let r = member_ref(cf, "Foo", "m", "()V");
        let reference = push(cf, Constant::Methodref(r));
        let method = push(cf, Constant::MethodHandle { kind: 6, reference });
        (
            "BootstrapMethods",
            AttributeBody::BootstrapMethods(vec![BootstrapMethod {
                method,
                arguments: vec![i],
            }]),
        )
    })));
    assert_defect!(
        reject(|cf| {
            let wrong = utf8(cf, "java/io/IOException");
            let attr = attribute(cf, "Exceptions", AttributeBody::Exceptions(vec![wrong]));
            cf.methods[1].attributes.push(attr);
        }),
        FormatDefect::WrongConstantKind {
            expected: "Class",
            ..
        }
    );
}

#[test]
fn inner_classes_rows_and_flags() {
    let row = |flags: u16, same: bool| {
        reject(move |cf| {
            let inner = class(cf, "Foo$Bar");
            let outer = if same { inner } else { cf.this_class };
            let row = InnerClass {
                inner_class: inner,
                outer_class: outer,
                inner_name: utf8(cf, "Bar"),
                access_flags: flags,
            };
            let attr = attribute(cf, "InnerClasses", AttributeBody::InnerClasses(vec![row]));
            cf.attributes.push(attr);
        })
    };
    assert_defect!(row(F::PUBLIC, true), FormatDefect::BadAttribute { .. });
    assert_defect!(
        row(F::FINAL | F::ABSTRACT, false),
        FormatDefect::BadAccessFlags {
            what: "inner class",
            ..
        }
    );
    assert_defect!(
        row(F::INTERFACE, false),
        FormatDefect::BadAccessFlags {
            what: "inner class",
            ..
        }
    );
}

#[test]
fn record_and_permitted_subclasses() {
    assert_defect!(
        reject(|cf| {
            let component = RecordComponent {
                name: utf8(cf, "a.b"),
                descriptor: utf8(cf, "I"),
                attributes: vec![],
            };
            let attr = attribute(cf, "Record", AttributeBody::Record(vec![component]));
            cf.attributes.push(attr);
        }),
        FormatDefect::BadFieldName { .. }
    );
    assert_defect!(
        reject(|cf| {
            let component = RecordComponent {
                name: utf8(cf, "a"),
                descriptor: utf8(cf, "V"),
                attributes: vec![],
            };
            let attr = attribute(cf, "Record", AttributeBody::Record(vec![component]));
            cf.attributes.push(attr);
        }),
        FormatDefect::BadDescriptor { .. }
    );
    assert_defect!(
        reject(|cf| {
            cf.access_flags = F(F::PUBLIC | F::SUPER | F::FINAL);
            let sub = class(cf, "Sub");
            let attr = attribute(
                cf,
                "PermittedSubclasses",
                AttributeBody::PermittedSubclasses(vec![sub]),
            );
            cf.attributes.push(attr);
        }),
        FormatDefect::BadAttribute { .. }
    );
}

// ---------------------------------------------------------------------------------------------------
// Robustness and real classes
// ---------------------------------------------------------------------------------------------------

/// A tiny xorshift64 generator, so the flip test is reproducible without a dependency.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Flips random bytes of good classes: whatever still parses must be checked without a panic.
fn flip_and_check(seed: u64, originals: &[Vec<u8>], rounds: usize) -> (usize, usize) {
    let mut rng = XorShift(seed);
    let (mut parsed, mut rejected) = (0, 0);
    for round in 0..rounds {
        let mut bytes = originals[round % originals.len()].clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len());
            bytes[at] = rng.below(256) as u8;
        }
        if let Ok(class) = ClassFile::parse(&bytes) {
            parsed += 1;
            rejected += usize::from(class.check_format().is_err());
        }
    }
    (parsed, rejected)
}

#[test]
fn checking_never_panics_on_flipped_bytes() {
    let mut originals = vec![good().to_bytes().unwrap()];
    if let Ok(entry) = Entry::open(Path::new(JAVA_BASE)) {
        for name in [
            "java/lang/String",
            "java/util/HashMap",
            "java/lang/invoke/MethodHandles",
            "module-info",
        ] {
            if let Ok(Some(source)) = entry.find_class(name) {
                originals.push(source.bytes);
            }
        }
    }
    let (parsed, rejected) = flip_and_check(0x9e37_79b9_7f4a_7c15, &originals, 2000);
    println!(
        "{parsed} of 2000 flipped classes parsed, {rejected} of those rejected by check_format"
    );
}

#[test]
fn every_java_base_class_passes() {
    let path = Path::new(JAVA_BASE);
    if !path.exists() {
        println!("skipped: no JDK at {JAVA_BASE}");
        return;
    }
    let entry = Entry::open(path).expect("open java.base.jmod");
    let names = entry.class_names().expect("list classes");
    let mut failures = Vec::new();
    for name in &names {
        let source = entry
            .find_class(name)
            .expect("read")
            .expect("listed class present");
        let class = ClassFile::parse(&source.bytes).expect("java.base parses");
        if let Err(e) = class.check_format() {
            failures.push(format!("{name}: {e}"));
        }
    }
    println!(
        "{} java.base classes checked, {} rejected",
        names.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} rejected:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
