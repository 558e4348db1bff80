//! Tests of the parts of `invokedynamic` linking that need no running VM: recipes, record hashing, proxies.

use classfile::ClassFile;
use classfile::constant_pool::ReferenceKind;
use classfile::disasm::{Options, disassemble_to_string};

use super::concat::{Piece, parse_recipe};
use super::object_methods::{primitive_equals, primitive_hash};
use super::proxy_writer::{ImplMethod, ProxyError, ProxySpec, split_descriptor, write_proxy};
use crate::class::ValueKind;

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

fn spec(captured: &[&str], sam: &str, instantiated: &str, implementation: ImplMethod) -> ProxySpec {
    ProxySpec {
        name: "p/Main$$Lambda$1".to_owned(),
        interfaces: vec!["java/util/function/Function".to_owned()],
        captured: captured.iter().map(|s| (*s).to_owned()).collect(),
        method_name: "apply".to_owned(),
        sam_descriptor: sam.to_owned(),
        instantiated: instantiated.to_owned(),
        bridges: Vec::new(),
        implementation,
        singleton: captured.is_empty(),
    }
}

fn implementation(kind: ReferenceKind, class: &str, name: &str, descriptor: &str) -> ImplMethod {
    ImplMethod { kind, class: class.to_owned(), name: name.to_owned(), descriptor: descriptor.to_owned(), interface: false }
}

/// Writes, reparses with the format checks, and disassembles.
fn written(spec: &ProxySpec) -> String {
    let bytes = write_proxy(spec).expect("proxy writes").to_bytes().expect("proxy serializes");
    let parsed = ClassFile::parse_checked(&bytes).expect("proxy passes the format checks");
    disassemble_to_string(&parsed, Options::default())
}

#[test]
fn recipe_args_constants_and_literals() {
    let kinds = [ValueKind::Int, ValueKind::Long, ValueKind::Reference];
    let recipe = units("a=\u{1}, b=\u{1}\u{2}!\u{1}");
    let pieces = parse_recipe(&recipe, &kinds, &mut vec![units("<k>")].into_iter()).unwrap();
    assert_eq!(
        pieces,
        vec![
            Piece::Literal(units("a=")),
            Piece::Arg { slot: 0, kind: ValueKind::Int },
            Piece::Literal(units(", b=")),
            Piece::Arg { slot: 1, kind: ValueKind::Long },
            Piece::Literal(units("<k>!")),
            Piece::Arg { slot: 3, kind: ValueKind::Reference },
        ]
    );
    assert!(parse_recipe(&units("\u{1}"), &kinds, &mut std::iter::empty()).is_err());
    assert!(parse_recipe(&units("\u{2}"), &[], &mut std::iter::empty()).is_err());
    assert_eq!(parse_recipe(&[], &[], &mut std::iter::empty()).unwrap(), vec![]);
}

#[test]
fn record_components_hash_and_compare_like_their_wrappers() {
    assert_eq!(primitive_hash(ValueKind::Boolean, 1), 1231);
    assert_eq!(primitive_hash(ValueKind::Boolean, 0), 1237);
    assert_eq!(primitive_hash(ValueKind::Int, (-5i32) as u32 as u64), -5);
    assert_eq!(primitive_hash(ValueKind::Long, (-1i64) as u64), 0);
    assert_eq!(primitive_hash(ValueKind::Long, 1 << 32), 1);
    assert_eq!(primitive_hash(ValueKind::Double, 1.5f64.to_bits()), 1_073_217_536);
    assert_eq!(primitive_hash(ValueKind::Float, u64::from(1.0f32.to_bits())), 1_065_353_216);
    assert_eq!(primitive_hash(ValueKind::Float, u64::from(f32::NAN.to_bits() | 1)), 0x7fc0_0000);
    assert!(primitive_equals(ValueKind::Double, f64::NAN.to_bits(), (-f64::NAN).to_bits()));
    assert!(!primitive_equals(ValueKind::Double, 0.0f64.to_bits(), (-0.0f64).to_bits()));
    assert!(!primitive_equals(ValueKind::Float, u64::from(0.0f32.to_bits()), u64::from((-0.0f32).to_bits())));
}

#[test]
fn descriptors_split_into_parameters_and_return() {
    let (params, ret) = split_descriptor("(I[[JLjava/lang/String;D)[Ljava/lang/Object;").unwrap();
    assert_eq!(params, ["I", "[[J", "Ljava/lang/String;", "D"]);
    assert_eq!(ret, "[Ljava/lang/Object;");
    assert!(split_descriptor("(L").is_none());
    assert!(split_descriptor("()").is_none());
}


/// The instructions of the method whose disassembly header contains `header`, operands as the disassembler
/// resolves them (`checkcast class java/lang/String`), plus its `stack=..., locals=...` line.
fn method_code(disasm: &str, header: &str) -> (String, Vec<String>) {
    let start = disasm.find(header).unwrap_or_else(|| panic!("no method {header} in\n{disasm}"));
    let body = &disasm[start..];
    let body = &body[..body.find("\n\n").unwrap_or(body.len())];
    let sizes = body.lines().find(|l| l.contains("stack=")).map(|l| l.trim().to_owned()).unwrap_or_default();
    let code = body
        .lines()
        .filter_map(|l| {
            let (bci, rest) = l.trim().split_once(": ")?;
            bci.parse::<u32>().ok()?;
            let words: Vec<&str> = rest.split_whitespace().filter(|w| !w.starts_with('#') && *w != "//").collect();
            Some(words.join(" "))
        })
        .collect();
    (sizes, code)
}

#[test]
fn unbound_method_reference_casts_the_receiver_and_boxes_the_result() {
    let s = spec(
        &[],
        "(Ljava/lang/Object;)Ljava/lang/Object;",
        "(Ljava/lang/String;)Ljava/lang/Integer;",
        implementation(ReferenceKind::InvokeVirtual, "java/lang/String", "length", "()I"),
    );
    let text = written(&s);
    assert!(text.starts_with("final class p.Main$$Lambda$1 implements java.util.function.Function {"), "{text}");
    assert!(text.contains("private static final java.util.function.Function LAMBDA_INSTANCE$;"), "{text}");
    let (sizes, code) = method_code(&text, "apply(java.lang.Object)");
    assert_eq!(sizes, "stack=1, locals=2, args_size=2");
    assert_eq!(
        code,
        [
            "aload_1",
            "checkcast class java/lang/String",
            "invokevirtual Method java/lang/String.length:()I",
            "invokestatic Method java/lang/Integer.valueOf:(I)Ljava/lang/Integer;",
            "areturn"
        ]
    );
    let (sizes, code) = method_code(&text, "get$Lambda()");
    assert_eq!(sizes, "stack=2, locals=0, args_size=0");
    assert_eq!(code, ["new class p/Main$$Lambda$1", "dup", "invokespecial Method \"<init>\":()V", "areturn"]);
}

#[test]
fn captured_arguments_are_stored_loaded_and_unboxed_arguments_widened() {
    let s = spec(
        &["J", "Ljava/lang/String;"],
        "(Ljava/lang/Object;)Ljava/lang/Object;",
        "(Ljava/lang/Integer;)Ljava/lang/Long;",
        implementation(ReferenceKind::InvokeStatic, "p/Main", "lambda$main$0", "(JLjava/lang/String;J)J"),
    );
    let text = written(&s);
    assert!(text.contains("private final long arg$1;") && text.contains("private final java.lang.String arg$2;"), "{text}");
    assert!(!text.contains("LAMBDA_INSTANCE$"), "{text}");
    let (sizes, code) = method_code(&text, "p.Main$$Lambda$1(long, java.lang.String)");
    assert_eq!(sizes, "stack=3, locals=4, args_size=4");
    assert_eq!(
        code,
        [
            "aload_0",
            "invokespecial Method java/lang/Object.\"<init>\":()V",
            "aload_0",
            "lload_1",
            "putfield Field arg$1:J",
            "aload_0",
            "aload_3",
            "putfield Field arg$2:Ljava/lang/String;",
            "return"
        ]
    );
    let (sizes, code) = method_code(&text, "get$Lambda(long, java.lang.String)");
    assert_eq!(sizes, "stack=5, locals=3, args_size=3");
    assert_eq!(code[2..4], ["lload_0", "aload_2"]);
    let (sizes, code) = method_code(&text, "apply(java.lang.Object)");
    assert_eq!(sizes, "stack=5, locals=2, args_size=2");
    assert_eq!(
        code,
        [
            "aload_0",
            "getfield Field arg$1:J",
            "aload_0",
            "getfield Field arg$2:Ljava/lang/String;",
            "aload_1",
            "checkcast class java/lang/Integer",
            "invokevirtual Method java/lang/Integer.intValue:()I",
            "i2l",
            "invokestatic Method p/Main.lambda$main$0:(JLjava/lang/String;J)J",
            "invokestatic Method java/lang/Long.valueOf:(J)Ljava/lang/Long;",
            "areturn"
        ]
    );
}

#[test]
fn constructor_references_allocate_and_void_methods_discard_results() {
    let mut s = spec(
        &[],
        "()Ljava/lang/Object;",
        "()Ljava/util/ArrayList;",
        implementation(ReferenceKind::NewInvokeSpecial, "java/util/ArrayList", "<init>", "()V"),
    );
    s.method_name = "get".to_owned();
    let (sizes, code) = method_code(&written(&s), "java.lang.Object get()");
    assert_eq!(sizes, "stack=2, locals=1, args_size=1");
    assert_eq!(
        code,
        ["new class java/util/ArrayList", "dup", "invokespecial Method java/util/ArrayList.\"<init>\":()V", "areturn"]
    );

    let mut s = spec(
        &[],
        "(Ljava/lang/Object;)V",
        "(Ljava/lang/String;)V",
        implementation(ReferenceKind::InvokeStatic, "p/Main", "count", "(Ljava/lang/String;)J"),
    );
    s.method_name = "accept".to_owned();
    let (sizes, code) = method_code(&written(&s), "void accept(java.lang.Object)");
    assert_eq!(sizes, "stack=2, locals=2, args_size=2");
    assert_eq!(
        code,
        ["aload_1", "checkcast class java/lang/String", "invokestatic Method p/Main.count:(Ljava/lang/String;)J", "pop2", "return"]
    );
}

#[test]
fn private_and_interface_implementations_use_virtual_and_interface_calls() {
    // A capturing lambda whose body is a private instance method of the caller (REF_invokeSpecial).
    let mut s = spec(
        &["Lp/Main;"],
        "(I)I",
        "(I)I",
        implementation(ReferenceKind::InvokeSpecial, "p/Main", "lambda$run$1", "(I)I"),
    );
    s.method_name = "applyAsInt".to_owned();
    let (_, code) = method_code(&written(&s), "int applyAsInt(int)");
    assert_eq!(
        code,
        ["aload_0", "getfield Field arg$1:Lp/Main;", "iload_1", "invokevirtual Method p/Main.lambda$run$1:(I)I", "ireturn"]
    );

    let mut imp = implementation(ReferenceKind::InvokeInterface, "java/util/List", "size", "()I");
    imp.interface = true;
    let s = spec(&[], "(Ljava/lang/Object;)Ljava/lang/Object;", "(Ljava/util/List;)Ljava/lang/Integer;", imp);
    let (_, code) = method_code(&written(&s), "apply(java.lang.Object)");
    assert_eq!(code[2], "invokeinterface 1 InterfaceMethod java/util/List.size:()I");
}

#[test]
fn bridges_are_written_once_each_and_markers_implemented() {
    let mut s = spec(
        &[],
        "(Ljava/lang/Object;)Ljava/lang/Object;",
        "(Ljava/lang/String;)Ljava/lang/String;",
        implementation(ReferenceKind::InvokeStatic, "p/Main", "id", "(Ljava/lang/String;)Ljava/lang/String;"),
    );
    s.interfaces.push("java/io/Serializable".to_owned());
    s.bridges = vec![
        "(Ljava/lang/String;)Ljava/lang/String;".to_owned(),
        "(Ljava/lang/Object;)Ljava/lang/Object;".to_owned(),
        "(Ljava/lang/String;)Ljava/lang/String;".to_owned(),
    ];
    let text = written(&s);
    assert!(text.contains("implements java.util.function.Function, java.io.Serializable {"), "{text}");
    assert_eq!(text.matches(" apply(").count(), 2, "{text}");
    let (_, code) = method_code(&text, "java.lang.String apply(java.lang.String)");
    assert_eq!(code, ["aload_1", "invokestatic Method p/Main.id:(Ljava/lang/String;)Ljava/lang/String;", "areturn"]);
    assert!(text.contains("ACC_PUBLIC, ACC_BRIDGE, ACC_SYNTHETIC"), "{text}");
}

#[test]
fn mismatched_arities_are_reported() {
    let s = spec(
        &[],
        "(Ljava/lang/Object;)Ljava/lang/Object;",
        "(Ljava/lang/Object;)Ljava/lang/Object;",
        implementation(ReferenceKind::InvokeStatic, "p/Main", "two", "(II)I"),
    );
    match write_proxy(&s) {
        Err(ProxyError::Mismatch(message)) => {
            assert_eq!(message, "apply(Ljava/lang/Object;)Ljava/lang/Object; cannot forward to p/Main.two(II)I: 0 captured and 1 passed arguments");
        }
        other => panic!("{other:?}"),
    }
}

/// `seeds.Shapes`, compiled by javac 17 (committed with the class-file tests): a concatenation, a capturing
/// lambda and an unbound method reference.
const SHAPES: &[u8] = include_bytes!("../../../classfile/tests/data/seeds/seeds.Shapes.class");
/// `seeds.Shapes$Rect`, a record.
const RECT: &[u8] = include_bytes!("../../../classfile/tests/data/seeds/seeds.Shapes$Rect.class");

fn sites(bytes: &[u8]) -> Vec<super::SiteInfo> {
    let cf = ClassFile::parse_checked(bytes).unwrap();
    let indices: Vec<u16> = cf
        .constant_pool
        .iter()
        .filter(|(_, c)| matches!(c, classfile::Constant::InvokeDynamic(_)))
        .map(|(i, _)| i.0)
        .collect();
    indices.into_iter().map(|i| super::SiteInfo::read(&cf, i).unwrap()).collect()
}

#[test]
fn javac_call_sites_read_and_their_lambdas_write_valid_proxies() {
    let sites = sites(SHAPES);
    let concat = &sites[0];
    assert_eq!(concat.bootstrap.name, "makeConcatWithConstants");
    assert_eq!(concat.args, [super::StaticArg::String(units("\u{1} of area \u{1}"))]);
    let capturing = &sites[1];
    let spec = super::lambda::read_spec(capturing, "seeds/Shapes$$Lambda$1".to_owned()).unwrap();
    assert_eq!(spec.captured, ["Ljava/util/List;", "Ljava/util/function/Function;"]);
    assert_eq!(spec.interfaces, ["java/util/function/Consumer"]);
    let (_, code) = method_code(&written(&spec), "void accept(java.lang.Object)");
    assert_eq!(
        code,
        [
            "aload_0",
            "getfield Field arg$1:Ljava/util/List;",
            "aload_0",
            "getfield Field arg$2:Ljava/util/function/Function;",
            "aload_1",
            "checkcast class seeds/Shapes",
            // Shapes is an interface, so its static lambda body is reached through an InterfaceMethodref.
            "invokestatic InterfaceMethod seeds/Shapes.lambda$names$0:(Ljava/util/List;Ljava/util/function/Function;Lseeds/Shapes;)V",
            "return"
        ]
    );
    let comparator = super::lambda::read_spec(&sites[2], "seeds/Shapes$$Lambda$2".to_owned()).unwrap();
    assert!(comparator.singleton);
    let (_, code) = method_code(&written(&comparator), "int compare(java.lang.Object, java.lang.Object)");
    assert_eq!(
        code,
        [
            "aload_1",
            "checkcast class java/lang/String",
            "aload_2",
            "checkcast class java/lang/String",
            "invokevirtual Method java/lang/String.compareTo:(Ljava/lang/String;)I",
            "ireturn"
        ]
    );
}

#[test]
fn record_call_sites_name_their_components_and_getters() {
    let sites = sites(RECT);
    let to_string = sites.iter().find(|s| s.name == "toString").unwrap();
    assert_eq!(to_string.bootstrap.class, "java/lang/runtime/ObjectMethods");
    assert_eq!(to_string.args[0], super::StaticArg::Class("seeds/Shapes$Rect".to_owned()));
    let super::StaticArg::MethodHandle(getter) = &to_string.args[2] else { panic!("{:?}", to_string.args) };
    assert_eq!(getter.kind, ReferenceKind::GetField);
    assert_eq!(getter.class, "seeds/Shapes$Rect");
}

#[test]
fn unknown_bootstraps_are_named_in_the_error() {
    let error = super::BootstrapError::Unsupported {
        class: "com.example.Indy".to_owned(),
        name: "link".to_owned(),
        descriptor: "(Ljava/lang/invoke/MethodHandles$Lookup;)Ljava/lang/invoke/CallSite;".to_owned(),
        site: "run".to_owned(),
        caller: "Main".to_owned(),
    };
    assert_eq!(
        error.to_string(),
        "bootstrap method com.example.Indy.link(Ljava/lang/invoke/MethodHandles$Lookup;)Ljava/lang/invoke/CallSite; \
         (call site run in Main) is not supported: Cortado links the call sites javac emits (StringConcatFactory, \
         LambdaMetafactory, ObjectMethods)"
    );
}
