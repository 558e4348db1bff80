//! Hand-made malformed class files, one defect each: the parser (or the format check) names the defect in a
//! one-line message, and no prefix of a class file is ever accepted.
//!
//! The classes are assembled here byte by byte from a small valid class, so each test changes exactly one
//! thing and says which.

use std::path::Path;

use classfile::{ClassFile, ClassFormatError, FormatDefect, MAX_MAJOR_VERSION};

/// Regression inputs from the fuzzer and the mutation test: each file must parse to `Ok` or `Err` without a
/// panic (they are checked by [`regressions_do_not_panic`]).
const REGRESSION_DIR: &str = "tests/data/regressions";

/// A tiny class, kept as parts so a test can break one of them:
///
/// ```text
/// public class T { public static void m() { return; } }
/// ```
#[derive(Clone)]
struct Parts {
    magic: u32,
    major: u16,
    /// Encoded constant-pool entries from #1 on.
    constants: Vec<Vec<u8>>,
    /// Encoded `method_info` structures.
    methods: Vec<Vec<u8>>,
    /// Bytes after the class's attribute table.
    trailer: Vec<u8>,
}

// Indices of `Parts::tiny`'s constants.
const THIS_CLASS: u16 = 1;
const SUPER_CLASS: u16 = 3;
const NAME_M: u16 = 5;
const DESC_V: u16 = 6;
const NAME_CODE: u16 = 7;

fn utf8(text: &str) -> Vec<u8> {
    let mut out = vec![1];
    out.extend((text.len() as u16).to_be_bytes());
    out.extend(text.as_bytes());
    out
}

fn class_ref(name_index: u16) -> Vec<u8> {
    let mut out = vec![7];
    out.extend(name_index.to_be_bytes());
    out
}

/// A `Code` attribute; `length_delta` is added to the correct `attribute_length` to make it lie.
fn code_attribute(code_length: u32, code: &[u8], length_delta: i64) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend(1u16.to_be_bytes()); // max_stack
    body.extend(0u16.to_be_bytes()); // max_locals
    body.extend(code_length.to_be_bytes());
    body.extend(code);
    body.extend(0u16.to_be_bytes()); // exception_table_length
    body.extend(0u16.to_be_bytes()); // attributes_count
    let length = u32::try_from(body.len() as i64 + length_delta).expect("a representable length");
    let mut out = NAME_CODE.to_be_bytes().to_vec();
    out.extend(length.to_be_bytes());
    out.extend(body);
    out
}

/// `public static` method `m()V` with the given attributes.
fn method(attributes: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend(0x0009u16.to_be_bytes());
    out.extend(NAME_M.to_be_bytes());
    out.extend(DESC_V.to_be_bytes());
    out.extend((attributes.len() as u16).to_be_bytes());
    attributes.iter().for_each(|a| out.extend(a));
    out
}

impl Parts {
    fn tiny() -> Parts {
        Parts {
            magic: 0xCAFE_BABE,
            major: 61,
            constants: vec![
                class_ref(2),
                utf8("T"),
                class_ref(4),
                utf8("java/lang/Object"),
                utf8("m"),
                utf8("()V"),
                utf8("Code"),
            ],
            // `return`
            methods: vec![method(&[code_attribute(1, &[0xb1], 0)])],
            trailer: Vec::new(),
        }
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend(self.magic.to_be_bytes());
        out.extend(0u16.to_be_bytes());
        out.extend(self.major.to_be_bytes());
        out.extend((self.constants.len() as u16 + 1).to_be_bytes());
        self.constants.iter().for_each(|c| out.extend(c));
        out.extend(0x0021u16.to_be_bytes()); // public super
        out.extend(THIS_CLASS.to_be_bytes());
        out.extend(SUPER_CLASS.to_be_bytes());
        out.extend(0u16.to_be_bytes()); // interfaces
        out.extend(0u16.to_be_bytes()); // fields
        out.extend((self.methods.len() as u16).to_be_bytes());
        self.methods.iter().for_each(|m| out.extend(m));
        out.extend(0u16.to_be_bytes()); // attributes
        out.extend(&self.trailer);
        out
    }
}

/// Parses bytes that must fail, and checks the message is one line that names the defect.
fn parse_err(bytes: &[u8]) -> ClassFormatError {
    let err = ClassFile::parse(bytes).expect_err("a malformed class must not parse");
    assert_one_line(&err);
    err
}

fn assert_one_line(err: &ClassFormatError) {
    let message = err.to_string();
    assert!(!message.contains('\n'), "message spans lines: {message:?}");
    let defect = err.defect.to_string();
    assert!(!defect.is_empty());
    assert!(
        message.contains(&defect) || matches!(err.defect, FormatDefect::UnsupportedVersion { .. })
    );
}

#[test]
fn the_tiny_class_is_well_formed() {
    let bytes = Parts::tiny().bytes();
    let class =
        ClassFile::parse_checked(&bytes).expect("the base of every malformed case is well formed");
    assert_eq!(class.name().unwrap(), "T");
    assert_eq!(class.to_bytes().unwrap(), bytes);
}

#[test]
fn an_empty_file_is_truncated() {
    let err = parse_err(&[]);
    assert_eq!(
        err.defect,
        FormatDefect::Truncated {
            offset: 0,
            needed: 4
        }
    );
    assert!(err.to_string().starts_with("Truncated class file"), "{err}");
}

/// Every proper prefix of a class file is an error: truncation, never a class and never a panic.
fn assert_every_prefix_fails(name: &str, bytes: &[u8]) {
    for len in 0..bytes.len() {
        let result = std::panic::catch_unwind(|| ClassFile::parse(&bytes[..len]));
        let err = match result {
            Ok(Ok(_)) => panic!(
                "{name}: the first {len} of {} bytes parsed as a class",
                bytes.len()
            ),
            Ok(Err(err)) => err,
            Err(_) => panic!(
                "{name}: parsing the first {len} of {} bytes panicked",
                bytes.len()
            ),
        };
        assert_one_line(&err);
        match err.defect {
            FormatDefect::Truncated { offset, needed } => {
                assert!(offset <= len && needed > 0, "{name}[..{len}]: {err}");
            }
            _ => panic!("{name}: the first {len} bytes gave {err}, not a truncation"),
        }
    }
}

#[test]
fn every_prefix_of_the_tiny_class_is_truncated() {
    assert_every_prefix_fails("tiny", &Parts::tiny().bytes());
}

#[test]
fn every_prefix_of_each_seed_class_is_truncated() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the seed directory lists") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "class") {
            let bytes = std::fs::read(&path).expect("a seed reads");
            assert_every_prefix_fails(&path.file_name().unwrap().to_string_lossy(), &bytes);
            seen += 1;
        }
    }
    assert!(
        seen >= 10,
        "only {seen} seed classes under {}",
        dir.display()
    );
}

#[test]
fn bad_magic_is_reported_in_decimal() {
    let mut parts = Parts::tiny();
    parts.magic = 0xCAFE_BABF;
    let err = parse_err(&parts.bytes());
    assert_eq!(err.defect, FormatDefect::BadMagic { magic: 0xCAFE_BABF });
    assert_eq!(
        err.to_string(),
        "Incompatible magic value 3405691583 in class file <unknown>"
    );
    assert_eq!(
        err.in_class("T").to_string(),
        "Incompatible magic value 3405691583 in class file T"
    );
}

#[test]
fn a_newer_major_version_is_unsupported() {
    let mut parts = Parts::tiny();
    parts.major = MAX_MAJOR_VERSION + 1;
    let err = parse_err(&parts.bytes()).in_class("T");
    assert_eq!(
        err.defect,
        FormatDefect::UnsupportedVersion {
            major: 62,
            minor: 0
        }
    );
    assert_eq!(err.java_class(), "java/lang/UnsupportedClassVersionError");
    assert_eq!(
        err.to_string(),
        "T has been compiled by a more recent version of the Java Runtime (class file version 62.0), this \
         version of the Java Runtime only recognizes class file versions up to 61.0"
    );
}

#[test]
fn an_older_major_version_than_45_is_unsupported() {
    let mut parts = Parts::tiny();
    parts.major = 44;
    let err = parse_err(&parts.bytes());
    assert!(
        matches!(
            err.defect,
            FormatDefect::UnsupportedVersion { major: 44, .. }
        ),
        "{err}"
    );
}

#[test]
fn an_unknown_constant_tag_is_named_with_its_entry() {
    let mut parts = Parts::tiny();
    // Tag 2 has never been assigned.
    parts.constants[2] = vec![2, 0, 4];
    let err = parse_err(&parts.bytes());
    assert_eq!(
        err.defect,
        FormatDefect::BadConstantTag { tag: 2, index: 3 }
    );
    assert!(
        err.to_string()
            .contains("Unknown constant tag 2 in constant pool entry #3"),
        "{err}"
    );
}

#[test]
fn a_constant_index_past_the_pool_is_caught_by_the_format_check() {
    let mut parts = Parts::tiny();
    // An unused Class constant naming entry #99 of an 8-entry pool: parsing keeps it, checking refuses it.
    parts.constants.push(class_ref(99));
    let bytes = parts.bytes();
    let class = ClassFile::parse(&bytes).expect("parsing does not follow unused references");
    let err = class
        .check_format()
        .expect_err("the format check follows every reference");
    assert_one_line(&err);
    assert!(
        matches!(err.defect, FormatDefect::BadConstantIndex { index: 99, .. }),
        "{err}"
    );
    assert!(
        err.to_string().contains("Invalid constant pool index 99"),
        "{err}"
    );
    assert_eq!(ClassFile::parse_checked(&bytes).unwrap_err(), err);
}

#[test]
fn this_class_past_the_pool_is_refused() {
    let mut parts = Parts::tiny();
    parts.constants[0] = class_ref(40);
    let err = ClassFile::parse_checked(&parts.bytes()).expect_err("this_class names nothing");
    assert_one_line(&err);
    assert!(
        matches!(err.defect, FormatDefect::BadConstantIndex { index: 40, .. }),
        "{err}"
    );
}

#[test]
fn an_attribute_longer_than_the_file_is_truncated() {
    let mut parts = Parts::tiny();
    parts.methods = vec![method(&[code_attribute(1, &[0xb1], 1000)])];
    let err = parse_err(&parts.bytes());
    assert!(
        matches!(err.defect, FormatDefect::Truncated { .. }),
        "{err}"
    );
}

#[test]
fn an_attribute_longer_than_its_body_names_the_declared_length() {
    let mut parts = Parts::tiny();
    // Two bytes longer: it swallows the class's attribute count, so the file itself is not short.
    parts.methods = vec![method(&[code_attribute(1, &[0xb1], 2)])];
    let err = parse_err(&parts.bytes());
    match &err.defect {
        FormatDefect::BadAttribute {
            name,
            reason,
            context,
        } => {
            assert_eq!(name, "Code");
            assert!(reason.contains("declared length"), "{err}");
            assert_eq!(context, "method m()V");
        }
        _ => panic!("expected a malformed Code attribute, got {err}"),
    }
    assert!(
        err.to_string()
            .starts_with("Malformed Code attribute: declared length 15"),
        "{err}"
    );
    assert!(err.to_string().ends_with("in class file T"), "{err}");
}

#[test]
fn an_attribute_shorter_than_its_body_is_malformed() {
    let mut parts = Parts::tiny();
    parts.methods = vec![method(&[code_attribute(1, &[0xb1], -1)])];
    // The byte the Code attribute no longer claims is read as the start of the class's attribute count.
    parts.trailer = vec![0];
    let err = parse_err(&parts.bytes());
    match &err.defect {
        FormatDefect::BadAttribute { name, reason, .. } => {
            assert_eq!(name, "Code");
            assert!(reason.contains("shorter"), "{err}");
        }
        _ => panic!("expected a malformed Code attribute, got {err}"),
    }
}

#[test]
fn extra_bytes_after_the_class_are_refused() {
    let mut parts = Parts::tiny();
    parts.trailer = vec![0xde, 0xad, 0xbe];
    let err = parse_err(&parts.bytes());
    assert_eq!(err.defect, FormatDefect::ExtraBytes { count: 3 });
    assert_eq!(err.class_name.as_deref(), Some("T"));
    assert!(
        err.to_string()
            .starts_with("Extra bytes at the end of class file"),
        "{err}"
    );
}

#[test]
fn a_code_array_longer_than_its_attribute_is_malformed() {
    let mut parts = Parts::tiny();
    // code_length says 100, one byte follows, and the attribute's own length agrees with the bytes present.
    parts.methods = vec![method(&[code_attribute(100, &[0xb1], 0)])];
    let err = parse_err(&parts.bytes());
    match &err.defect {
        FormatDefect::BadAttribute { name, context, .. } => {
            assert_eq!(name, "Code");
            assert_eq!(context, "method m()V");
        }
        _ => panic!("expected a malformed Code attribute, got {err}"),
    }
}

#[test]
fn a_file_ending_inside_the_code_array_is_truncated() {
    let bytes = Parts::tiny().bytes();
    // Cut just after the `return` opcode: the Code attribute's declared length runs past the end.
    let end = bytes
        .iter()
        .rposition(|&b| b == 0xb1)
        .expect("the return opcode")
        + 1;
    let err = parse_err(&bytes[..end]);
    assert!(
        matches!(err.defect, FormatDefect::Truncated { .. }),
        "{err}"
    );
}

#[test]
fn regressions_do_not_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(REGRESSION_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let bytes = std::fs::read(&path).expect("a regression input reads");
        let outcome = std::panic::catch_unwind(|| {
            if let Ok(class) = ClassFile::parse(&bytes) {
                let _ = class.check_format();
                assert_eq!(class.to_bytes().expect("a parsed class writes"), bytes);
            }
        });
        assert!(outcome.is_ok(), "{} panicked", path.display());
    }
}
