//! Targeted tests of the verifier's rules on small hand-assembled methods: each builds a class in memory
//! (constant pool, code bytes, stack map frames) and checks the verdict, the error's headline (HotSpot's
//! first words) and, for accepted methods, the frame types the tiers will read. Every headline asserted here
//! was compared with HotSpot 17's on the same bytes (`CORTADO_DUMP_RULES=dir` writes them; see `dump`).

use std::collections::HashMap;

use classfile::attribute::{
    Attribute, AttributeBody, Code, ExceptionHandler, StackMapFrame, VerificationType,
};
use classfile::constant_pool::{MemberRef, Utf8};
use classfile::{AccessFlags, ClassFile, Constant, ConstantPool, CpIndex, MemberInfo};
use verifier::{
    ClassHierarchy, HierarchyError, VType, VerifiedClass, VerifyErrorKind, VerifyFailure,
    verify_class,
};

/// A fixed hierarchy: name -> (superclass, is_interface, protected members as "name:descriptor").
struct Fixed(HashMap<&'static str, (Option<&'static str>, bool, Vec<&'static str>)>);

impl Fixed {
    fn new() -> Fixed {
        let mut m = HashMap::new();
        m.insert(
            "java/lang/Object",
            (None, false, vec!["clone:()Ljava/lang/Object;"]),
        );
        for (c, s) in [
            ("java/lang/String", "java/lang/Object"),
            ("java/lang/Number", "java/lang/Object"),
            ("java/lang/Integer", "java/lang/Number"),
            ("java/lang/Long", "java/lang/Number"),
            ("java/lang/Throwable", "java/lang/Object"),
            ("java/lang/Exception", "java/lang/Throwable"),
            ("java/lang/RuntimeException", "java/lang/Exception"),
            ("T", "java/lang/Object"),
            ("Sub", "T"),
        ] {
            m.insert(c, (Some(s), false, vec![]));
        }
        m.insert(
            "java/lang/Runnable",
            (Some("java/lang/Object"), true, vec![]),
        );
        m.insert(
            "other/Base",
            (Some("java/lang/Object"), false, vec!["prot:I"]),
        );
        m.insert("P", (Some("other/Base"), false, vec![]));
        m.insert("Q", (Some("other/Base"), false, vec![]));
        Fixed(m)
    }

    fn get(
        &self,
        name: &str,
    ) -> Result<&(Option<&'static str>, bool, Vec<&'static str>), HierarchyError> {
        self.0.get(name).ok_or_else(|| HierarchyError {
            class: name.into(),
            message: "not found".into(),
        })
    }
}

impl ClassHierarchy for Fixed {
    fn is_subclass_of(&self, sub: &str, sup: &str) -> Result<bool, HierarchyError> {
        let mut cur = sub;
        loop {
            if cur == sup {
                return Ok(true);
            }
            match self.get(cur)?.0 {
                Some(s) => cur = s,
                None => return Ok(false),
            }
        }
    }
    fn is_interface(&self, name: &str) -> Result<bool, HierarchyError> {
        Ok(self.get(name)?.1)
    }
    fn superclass(&self, name: &str) -> Result<Option<String>, HierarchyError> {
        Ok(self.get(name)?.0.map(str::to_owned))
    }
    fn protected_member(
        &self,
        class: &str,
        name: &str,
        desc: &str,
        _: bool,
    ) -> Result<Option<String>, HierarchyError> {
        let key = format!("{name}:{desc}");
        let mut cur = class;
        loop {
            let (sup, _, prot) = self.get(cur)?;
            if prot.contains(&key.as_str()) {
                return Ok(Some(cur.to_owned()));
            }
            match sup {
                Some(s) => cur = s,
                None => return Ok(None),
            }
        }
    }
}

/// Builds one class with one method.
struct Asm {
    cp: ConstantPool,
    major: u16,
    name: &'static str,
    super_name: &'static str,
    fields: Vec<(&'static str, &'static str)>,
}

impl Asm {
    fn new(major: u16) -> Asm {
        Asm {
            cp: ConstantPool::default(),
            major,
            name: "T",
            super_name: "java/lang/Object",
            fields: vec![],
        }
    }
    fn utf8(&mut self, s: &str) -> CpIndex {
        self.cp.push(Constant::Utf8(Utf8::new(s))).unwrap()
    }
    fn class(&mut self, s: &str) -> u16 {
        let name = self.utf8(s);
        self.cp.push(Constant::Class { name }).unwrap().0
    }
    fn member(&mut self, kind: u8, class: &str, name: &str, desc: &str) -> u16 {
        let class = CpIndex(self.class(class));
        let (name, descriptor) = (self.utf8(name), self.utf8(desc));
        let name_and_type = self
            .cp
            .push(Constant::NameAndType { name, descriptor })
            .unwrap();
        let r = MemberRef {
            class,
            name_and_type,
        };
        let c = match kind {
            9 => Constant::Fieldref(r),
            10 => Constant::Methodref(r),
            _ => Constant::InterfaceMethodref(r),
        };
        self.cp.push(c).unwrap().0
    }
    /// Finishes the class around one method.
    #[allow(
        clippy::too_many_arguments,
        reason = "a test helper mirroring the Code attribute"
    )]
    fn build(
        mut self,
        flags: u16,
        name: &str,
        desc: &str,
        max: (u16, u16),
        code: &[u8],
        handlers: Vec<ExceptionHandler>,
        frames: Option<Vec<StackMapFrame>>,
    ) -> ClassFile {
        let mut attributes = vec![];
        if let Some(frames) = frames {
            attributes.push(Attribute {
                name: self.utf8("StackMapTable"),
                body: AttributeBody::StackMapTable(frames),
            });
        }
        let code = Code {
            max_stack: max.0,
            max_locals: max.1,
            code: code.into(),
            exception_table: handlers,
            attributes,
        };
        let code_attr = Attribute {
            name: self.utf8("Code"),
            body: AttributeBody::Code(Box::new(code)),
        };
        let method = MemberInfo {
            access_flags: AccessFlags(flags),
            name: self.utf8(name),
            descriptor: self.utf8(desc),
            attributes: vec![code_attr],
        };
        let fields = std::mem::take(&mut self.fields)
            .into_iter()
            .map(|(n, d)| MemberInfo {
                access_flags: AccessFlags(0),
                name: self.utf8(n),
                descriptor: self.utf8(d),
                attributes: vec![],
            })
            .collect();
        let this_class = CpIndex(self.class(self.name));
        let super_class = CpIndex(self.class(self.super_name));
        ClassFile {
            minor_version: 0,
            major_version: self.major,
            constant_pool: self.cp,
            access_flags: AccessFlags(0x21),
            this_class,
            super_class,
            interfaces: vec![],
            fields,
            methods: vec![method],
            attributes: vec![],
        }
    }
}

const STATIC: u16 = 0x0009;

fn static_method(
    major: u16,
    desc: &str,
    max: (u16, u16),
    code: &[u8],
    frames: Option<Vec<StackMapFrame>>,
) -> ClassFile {
    Asm::new(major).build(STATIC, "m", desc, max, code, vec![], frames)
}

fn verify(class: &ClassFile) -> Result<VerifiedClass, VerifyFailure> {
    verify_class(class, &Fixed::new())
}

/// With `CORTADO_DUMP_RULES=dir` set, writes each refused class to `dir/<test>-<n>/T.class`, so that
/// `java -Xverify:all -cp dir/<case> T` shows HotSpot's verdict on the same bytes.
fn dump(class: &ClassFile) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let Some(dir) = std::env::var_os("CORTADO_DUMP_RULES") else {
        return;
    };
    let test = std::thread::current()
        .name()
        .unwrap_or("case")
        .replace("::", "_");
    let dir =
        std::path::Path::new(&dir).join(format!("{test}-{}", N.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir_all(&dir).unwrap();
    let name = class.name().unwrap();
    std::fs::write(dir.join(format!("{name}.class")), class.to_bytes().unwrap()).unwrap();
}

/// The error kind of a refused class (panics if it was accepted or failed on the hierarchy).
fn refused(class: &ClassFile) -> VerifyErrorKind {
    dump(class);
    match verify(class) {
        Err(VerifyFailure::Verify(e)) => {
            assert!(
                e.inferred || e.to_string().starts_with(&e.kind.headline()),
                "{e}"
            );
            e.kind
        }
        other => panic!("expected a VerifyError, got {other:?}"),
    }
}

fn headline(class: &ClassFile) -> String {
    refused(class).headline()
}

// Opcodes used below.
const ICONST_0: u8 = 0x03;
const ACONST_NULL: u8 = 0x01;
const IRETURN: u8 = 0xac;
const ARETURN: u8 = 0xb0;
const RETURN: u8 = 0xb1;
const POP: u8 = 0x57;
const NOP: u8 = 0x00;
const IFEQ: u8 = 0x99;
const GOTO: u8 = 0xa7;
const ALOAD_0: u8 = 0x2a;
const INVOKESPECIAL: u8 = 0xb7;

#[test]
fn accepts_a_well_typed_method_and_records_frames() {
    // iconst_0; istore_1; iload_1; ireturn
    let c = static_method(52, "(J)I", (1, 3), &[ICONST_0, 0x3c, 0x1b, IRETURN], None);
    let v = verify(&c).unwrap();
    let f = v.frame_at(0, 0).unwrap();
    assert_eq!(f.locals, &[VType::Long, VType::Top]);
    assert!(f.stack.is_empty());
    // After istore_1 the long in 0-1 lost its second half, so it is unusable.
    let f = v.frame_at(0, 2).unwrap();
    assert_eq!(f.locals, &[VType::Top, VType::Int]);
    let f = v.frame_at(0, 3).unwrap();
    assert_eq!(f.stack, &[VType::Int]);
    assert!(v.frame_at(0, 1).is_some() && v.frame_at(0, 4).is_none());
}

#[test]
fn bad_type_on_operand_stack() {
    let c = static_method(52, "()I", (1, 0), &[ACONST_NULL, IRETURN], None);
    assert_eq!(headline(&c), "Bad type on operand stack");
}

#[test]
fn stack_overflow_and_underflow() {
    let c = static_method(
        52,
        "()V",
        (1, 0),
        &[ICONST_0, ICONST_0, POP, POP, RETURN],
        None,
    );
    assert_eq!(refused(&c), VerifyErrorKind::StackOverflow);
    let c = static_method(52, "()V", (1, 0), &[POP, RETURN], None);
    assert_eq!(refused(&c), VerifyErrorKind::StackUnderflow);
}

#[test]
fn illegal_local_and_bad_local_type() {
    // iload 5 with one local.
    let c = static_method(52, "()I", (1, 1), &[0x15, 5, IRETURN], None);
    assert_eq!(headline(&c), "Local variable table overflow");
    // lconst_0; lstore_0; iload_1 (the long's second half).
    let c = static_method(52, "()I", (2, 2), &[0x09, 0x3f, 0x1b, IRETURN], None);
    assert_eq!(headline(&c), "Bad local variable type");
}

#[test]
fn falling_off_the_end() {
    let c = static_method(52, "()V", (0, 0), &[NOP], None);
    assert_eq!(refused(&c), VerifyErrorKind::FallsOffEnd);
    assert_eq!(headline(&c), "Control flow falls through code end");
}

#[test]
fn branch_targets_need_frames() {
    // iconst_0; ifeq 6; nop; nop; nop(5)... target 6 is return.
    let code = [ICONST_0, IFEQ, 0, 5, NOP, NOP, RETURN];
    let c = static_method(52, "()V", (1, 0), &code, None);
    assert_eq!(
        headline(&c),
        "Expecting a stackmap frame at branch target 6"
    );
    let c = static_method(
        52,
        "()V",
        (1, 0),
        &code,
        Some(vec![StackMapFrame::Same { offset_delta: 6 }]),
    );
    verify(&c).unwrap();
    // A frame that wants an int on the stack does not accept the empty stack.
    let frames = vec![StackMapFrame::SameLocals1StackItem {
        offset_delta: 6,
        stack: VerificationType::Integer,
    }];
    let c = static_method(52, "()V", (1, 0), &code, Some(frames));
    assert_eq!(
        headline(&c),
        "Inconsistent stackmap frames at branch target 6"
    );
}

#[test]
fn code_after_goto_needs_a_frame() {
    // goto 4; nop(3)?? -> goto +3 lands on return at 3; nop at... layout: goto(0..3) return(3) nop(4) return(5)
    let code = [GOTO, 0, 3, RETURN, NOP, RETURN];
    let frames = vec![StackMapFrame::Same { offset_delta: 3 }];
    let c = static_method(52, "()V", (0, 0), &code, Some(frames));
    assert_eq!(refused(&c), VerifyErrorKind::ExpectingFrame);
}

#[test]
fn return_types() {
    let c = static_method(52, "()I", (0, 0), &[RETURN], None);
    assert_eq!(headline(&c), "Method expects a return value");
    let c = static_method(52, "()V", (1, 0), &[ICONST_0, IRETURN], None);
    assert_eq!(headline(&c), "Method does not expect a return value");
    let c = static_method(52, "()J", (1, 0), &[ICONST_0, IRETURN], None);
    assert_eq!(headline(&c), "Bad return type");
    // aconst_null; areturn for String is fine; an int is not a reference.
    static_method(
        52,
        "()Ljava/lang/String;",
        (1, 0),
        &[ACONST_NULL, ARETURN],
        None,
    );
    assert!(
        verify(&static_method(
            52,
            "()Ljava/lang/String;",
            (1, 0),
            &[ACONST_NULL, ARETURN],
            None
        ))
        .is_ok()
    );
    let c = static_method(
        52,
        "()Ljava/lang/String;",
        (1, 0),
        &[ICONST_0, ARETURN],
        None,
    );
    assert_eq!(headline(&c), "Bad type on operand stack");
}

#[test]
fn constructors_must_call_super() {
    let c = Asm::new(52).build(1, "<init>", "()V", (1, 1), &[RETURN], vec![], None);
    assert_eq!(
        headline(&c),
        "Constructor must call super() or this() before return"
    );
    let mut a = Asm::new(52);
    let init = a
        .member(10, "java/lang/Object", "<init>", "()V")
        .to_be_bytes();
    let c = a.build(
        1,
        "<init>",
        "()V",
        (1, 1),
        &[ALOAD_0, INVOKESPECIAL, init[0], init[1], RETURN],
        vec![],
        None,
    );
    let v = verify(&c).unwrap();
    assert_eq!(
        v.frame_at(0, 0).unwrap().locals,
        &[VType::UninitializedThis]
    );
    assert_eq!(v.frame_at(0, 4).unwrap().locals, &[VType::reference("T")]);
    // <init> of an unrelated class on uninitializedThis.
    let mut a = Asm::new(52);
    let init = a
        .member(10, "java/lang/String", "<init>", "()V")
        .to_be_bytes();
    let c = a.build(
        1,
        "<init>",
        "()V",
        (1, 1),
        &[ALOAD_0, INVOKESPECIAL, init[0], init[1], RETURN],
        vec![],
        None,
    );
    assert_eq!(headline(&c), "Bad <init> method call");
}

#[test]
fn new_then_init_initializes_every_copy() {
    let mut a = Asm::new(52);
    let cls = a.class("java/lang/String").to_be_bytes();
    let init = a
        .member(10, "java/lang/String", "<init>", "()V")
        .to_be_bytes();
    // new String; dup; invokespecial <init>; areturn
    let code = [
        0xbb,
        cls[0],
        cls[1],
        0x59,
        INVOKESPECIAL,
        init[0],
        init[1],
        ARETURN,
    ];
    let c = a.build(
        STATIC,
        "m",
        "()Ljava/lang/Object;",
        (2, 0),
        &code,
        vec![],
        None,
    );
    let v = verify(&c).unwrap();
    assert_eq!(
        v.frame_at(0, 4).unwrap().stack,
        &[VType::Uninitialized(0), VType::Uninitialized(0)]
    );
    assert_eq!(
        v.frame_at(0, 7).unwrap().stack,
        &[VType::reference("java/lang/String")]
    );
    // Returning the uninitialized object is refused (it is a reference, but not assignable).
    let mut a = Asm::new(52);
    let cls = a.class("java/lang/String").to_be_bytes();
    let c = a.build(
        STATIC,
        "m",
        "()Ljava/lang/Object;",
        (1, 0),
        &[0xbb, cls[0], cls[1], ARETURN],
        vec![],
        None,
    );
    assert_eq!(headline(&c), "Bad return type");
}

#[test]
fn putfield_on_uninitialized_this_for_own_field() {
    let mut a = Asm::new(52);
    a.fields.push(("x", "I"));
    let fr = a.member(9, "T", "x", "I").to_be_bytes();
    let init = a
        .member(10, "java/lang/Object", "<init>", "()V")
        .to_be_bytes();
    // aload_0; iconst_0; putfield x; aload_0; invokespecial Object.<init>; return
    let code = [
        ALOAD_0,
        ICONST_0,
        0xb5,
        fr[0],
        fr[1],
        ALOAD_0,
        INVOKESPECIAL,
        init[0],
        init[1],
        RETURN,
    ];
    let c = a.build(1, "<init>", "()V", (2, 1), &code, vec![], None);
    verify(&c).unwrap();
}

#[test]
fn jsr_is_refused_from_version_51_and_inferred_before_50() {
    // jsr 4; return; astore_0; ret 0  (a subroutine that just returns)
    let code = [0xa8, 0, 4, RETURN, 0x4b, 0xa9, 0];
    let c = static_method(51, "()V", (1, 1), &code, None);
    assert_eq!(headline(&c), "Bad instruction: a8");
    let c = static_method(49, "()V", (1, 1), &code, None);
    let v = verify(&c).unwrap();
    assert_eq!(v.frame_at(0, 4).unwrap().stack, &[VType::ReturnAddress(4)]);
    // Version 50 fails over to inference, as HotSpot does.
    verify(&static_method(50, "()V", (1, 1), &code, None)).unwrap();
}

#[test]
fn subroutine_keeps_callers_locals() {
    // Two callers with different types in local 1 share a subroutine that does not touch local 1.
    // 0: iconst_0; 1: istore_1; 2: jsr 16; 5: iload_1; 6: pop; 7: aconst_null; 8: astore_1; 9: jsr 16;
    // 12: aload_1; 13: pop; 14: return; 15: nop; 16: astore_0; 17: ret 0
    let code = [
        ICONST_0,
        0x3c,
        0xa8,
        0,
        14,
        0x1b,
        POP,
        ACONST_NULL,
        0x4c,
        0xa8,
        0,
        7,
        0x2b,
        POP,
        RETURN,
        NOP,
        0x4b,
        0xa9,
        0,
    ];
    let c = static_method(49, "()V", (1, 2), &code, None);
    verify(&c).unwrap();
}

#[test]
fn inference_merges_to_the_common_superclass() {
    let mut a = Asm::new(49);
    let int_cls = a.class("java/lang/Integer").to_be_bytes();
    let long_cls = a.class("java/lang/Long").to_be_bytes();
    // iload_0; ifeq 11; aconst_null; checkcast Integer; goto 15; 11: aconst_null; checkcast Long; 15: areturn
    let code = [
        0x1a,
        IFEQ,
        0,
        10,
        ACONST_NULL,
        0xc0,
        int_cls[0],
        int_cls[1],
        GOTO,
        0,
        7,
        ACONST_NULL,
        0xc0,
        long_cls[0],
        long_cls[1],
        ARETURN,
    ];
    let c = a.build(
        STATIC,
        "m",
        "(I)Ljava/lang/Number;",
        (1, 1),
        &code,
        vec![],
        None,
    );
    let v = verify(&c).unwrap();
    assert_eq!(
        v.frame_at(0, 15).unwrap().stack,
        &[VType::reference("java/lang/Number")]
    );
}

#[test]
fn arrays() {
    // aconst_null; iconst_0; aaload; areturn: null stands for any array and loads null.
    verify(&static_method(
        52,
        "()Ljava/lang/Object;",
        (2, 0),
        &[ACONST_NULL, ICONST_0, 0x32, ARETURN],
        None,
    ))
    .unwrap();
    // baload on boolean[] and byte[] is fine, on int[] it is not.
    for (desc, ok) in [("([Z)I", true), ("([B)I", true), ("([I)I", false)] {
        let c = static_method(52, desc, (2, 1), &[ALOAD_0, ICONST_0, 0x33, IRETURN], None);
        assert_eq!(verify(&c).is_ok(), ok, "{desc}");
    }
    // multianewarray [[I with 3 dimensions.
    let mut a = Asm::new(52);
    let cls = a.class("[[I").to_be_bytes();
    let code = [
        ICONST_0, ICONST_0, ICONST_0, 0xc5, cls[0], cls[1], 3, ARETURN,
    ];
    let c = a.build(
        STATIC,
        "m",
        "()Ljava/lang/Object;",
        (3, 0),
        &code,
        vec![],
        None,
    );
    assert_eq!(refused(&c), VerifyErrorKind::MultianewarrayDims(3));
    // Arrays are covariant: String[] is an Object[].
    let c = static_method(
        52,
        "([Ljava/lang/String;)[Ljava/lang/Object;",
        (1, 1),
        &[ALOAD_0, ARETURN],
        None,
    );
    verify(&c).unwrap();
    let c = static_method(
        52,
        "([I)[Ljava/lang/Object;",
        (1, 1),
        &[ALOAD_0, ARETURN],
        None,
    );
    assert_eq!(headline(&c), "Bad return type");
}

#[test]
fn invokeinterface_count() {
    let mut a = Asm::new(52);
    let m = a
        .member(11, "java/lang/Runnable", "run", "()V")
        .to_be_bytes();
    let c = a.build(
        STATIC,
        "m",
        "(Ljava/lang/Runnable;)V",
        (1, 1),
        &[ALOAD_0, 0xb9, m[0], m[1], 2, 0, RETURN],
        vec![],
        None,
    );
    assert_eq!(refused(&c), VerifyErrorKind::InvokeinterfaceCount);
}

#[test]
fn interfaces_are_object_for_assignability() {
    // A String passed where a Runnable is expected: accepted (checked at run time by invokeinterface).
    let mut a = Asm::new(52);
    let m = a
        .member(11, "java/lang/Runnable", "run", "()V")
        .to_be_bytes();
    let c = a.build(
        STATIC,
        "m",
        "(Ljava/lang/String;)V",
        (1, 1),
        &[ALOAD_0, 0xb9, m[0], m[1], 1, 0, RETURN],
        vec![],
        None,
    );
    verify(&c).unwrap();
}

#[test]
fn protected_access_through_an_unrelated_class() {
    // In class P (extends other/Base): getfield other/Base.prot on a Q is refused, on a P accepted.
    for (desc, ok) in [("(LQ;)I", false), ("(LP;)I", true)] {
        let mut a = Asm::new(52);
        a.name = "P";
        a.super_name = "other/Base";
        let f = a.member(9, "other/Base", "prot", "I").to_be_bytes();
        let c = a.build(
            STATIC,
            "m",
            desc,
            (1, 1),
            &[ALOAD_0, 0xb4, f[0], f[1], IRETURN],
            vec![],
            None,
        );
        match verify(&c) {
            Ok(_) => assert!(ok, "{desc} accepted"),
            Err(VerifyFailure::Verify(e)) => {
                assert!(!ok, "{desc}: {e}");
                assert_eq!(e.kind, VerifyErrorKind::BadProtectedAccess);
            }
            Err(e) => panic!("{e}"),
        }
    }
}

#[test]
fn handlers_are_checked_against_their_frames() {
    let mut a = Asm::new(52);
    let exc = a.class("java/lang/Exception");
    // 0: iconst_0; 1: pop; 2: return; 3: (handler) pop; 4: return
    let code = [ICONST_0, POP, RETURN, POP, RETURN];
    let handlers = vec![ExceptionHandler {
        start_pc: 0,
        end_pc: 2,
        handler_pc: 3,
        catch_type: CpIndex(exc),
    }];
    let good = vec![StackMapFrame::SameLocals1StackItem {
        offset_delta: 3,
        stack: VerificationType::Object(CpIndex(exc)),
    }];
    let c = a.build(
        STATIC,
        "m",
        "()V",
        (1, 0),
        &code,
        handlers.clone(),
        Some(good),
    );
    verify(&c).unwrap();
    // A handler frame expecting an int.
    let mut a = Asm::new(52);
    let exc = a.class("java/lang/Exception");
    let handlers = vec![ExceptionHandler {
        catch_type: CpIndex(exc),
        ..handlers[0]
    }];
    let bad = vec![StackMapFrame::SameLocals1StackItem {
        offset_delta: 3,
        stack: VerificationType::Integer,
    }];
    let c = a.build(STATIC, "m", "()V", (1, 0), &code, handlers, Some(bad));
    assert_eq!(
        headline(&c),
        "Stack map does not match the one at exception handler 3"
    );
}

#[test]
fn catch_type_must_be_throwable() {
    let mut a = Asm::new(52);
    let s = a.class("java/lang/String");
    let frames = vec![StackMapFrame::SameLocals1StackItem {
        offset_delta: 3,
        stack: VerificationType::Object(CpIndex(s)),
    }];
    let handlers = vec![ExceptionHandler {
        start_pc: 0,
        end_pc: 2,
        handler_pc: 3,
        catch_type: CpIndex(s),
    }];
    let c = a.build(
        STATIC,
        "m",
        "()V",
        (1, 0),
        &[ICONST_0, POP, RETURN, POP, RETURN],
        handlers,
        Some(frames),
    );
    assert_eq!(
        headline(&c),
        "Catch type is not a subclass of Throwable in exception handler 3"
    );
}

#[test]
fn missing_classes_are_hierarchy_errors() {
    // Returning a Foo as a String needs Foo loaded: String is not an interface, so the subclass question goes out.
    let c = static_method(
        52,
        "(LFoo;)Ljava/lang/String;",
        (1, 1),
        &[ALOAD_0, ARETURN],
        None,
    );
    match verify(&c) {
        Err(VerifyFailure::Hierarchy(e)) => assert_eq!(e.class, "Foo"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn dup_family_respects_categories() {
    // lconst_0; dup (splits a long) is refused; lconst_0; dup2; pop2; pop2 is fine.
    let c = static_method(52, "()V", (4, 0), &[0x09, 0x59, RETURN], None);
    assert_eq!(headline(&c), "Bad type on operand stack");
    verify(&static_method(
        52,
        "()V",
        (4, 0),
        &[0x09, 0x5c, 0x58, 0x58, RETURN],
        None,
    ))
    .unwrap();
    // iconst_0; lconst_0; dup2_x1 -> long int long
    let v = verify(&static_method(
        52,
        "()V",
        (5, 0),
        &[ICONST_0, 0x09, 0x5d, 0x58, POP, 0x58, RETURN],
        None,
    ))
    .unwrap();
    assert_eq!(
        v.frame_at(0, 3).unwrap().stack,
        &[VType::Long, VType::Top, VType::Int, VType::Long, VType::Top]
    );
}

#[test]
fn error_display_names_the_location() {
    let c = static_method(52, "()I", (1, 0), &[ACONST_NULL, IRETURN], None);
    let Err(VerifyFailure::Verify(e)) = verify(&c) else {
        panic!()
    };
    assert_eq!(
        e.to_string(),
        "Bad type on operand stack in method T.m()I at bci 1: expected integer, found null"
    );
}

#[test]
fn malformed_stack_maps_are_class_format_errors() {
    // A frame with more locals than max_locals: HotSpot's "StackMapTable format error: bad type array size".
    let frames = vec![StackMapFrame::Full {
        offset_delta: 0,
        locals: vec![VerificationType::Integer, VerificationType::Integer],
        stack: vec![],
    }];
    let c = static_method(52, "()V", (0, 1), &[RETURN], Some(frames));
    dump(&c);
    let Err(VerifyFailure::Verify(e)) = verify(&c) else {
        panic!("accepted")
    };
    assert_eq!(
        e.kind.headline(),
        "StackMapTable format error: bad type array size"
    );
    assert_eq!(e.java_class(), "java.lang.ClassFormatError");
}

#[test]
fn long_loads_past_the_declared_locals() {
    // (I)J static, max_locals 3: lload_1 reads locals 1-2, but the frame declares only one local.
    let c = static_method(52, "(I)J", (2, 3), &[0x1f, 0xad], None);
    assert_eq!(headline(&c), "get long/double overflows locals");
}

#[test]
fn wrong_init_and_internal_calls() {
    // new Integer; invokespecial String.<init>: the object is not a String.
    let mut a = Asm::new(52);
    let cls = a.class("java/lang/Integer").to_be_bytes();
    let init = a
        .member(10, "java/lang/String", "<init>", "()V")
        .to_be_bytes();
    let code = [
        0xbb,
        cls[0],
        cls[1],
        INVOKESPECIAL,
        init[0],
        init[1],
        RETURN,
    ];
    let c = a.build(STATIC, "m", "()V", (1, 0), &code, vec![], None);
    assert_eq!(headline(&c), "Call to wrong <init> method");
    // invokestatic of <init>.
    let mut a = Asm::new(52);
    let init = a
        .member(10, "java/lang/Object", "<init>", "()V")
        .to_be_bytes();
    let c = a.build(
        STATIC,
        "m",
        "()V",
        (0, 0),
        &[0xb8, init[0], init[1], RETURN],
        vec![],
        None,
    );
    assert_eq!(headline(&c), "Illegal call to internal method");
}

/// The message of a refused class, as the VM would put it in the `VerifyError`.
fn message(class: &ClassFile) -> String {
    dump(class);
    match verify(class) {
        Err(VerifyFailure::Verify(e)) => e.to_string(),
        other => panic!("expected a VerifyError, got {other:?}"),
    }
}

#[test]
fn inference_refuses_ill_typed_old_classes_in_the_old_verifiers_words() {
    // Version 49: no stack maps, the same rules by inference; messages as HotSpot's old verifier gives them.
    let c = static_method(49, "()I", (1, 0), &[ACONST_NULL, IRETURN], None);
    assert_eq!(
        message(&c),
        "(class: T, method: m signature: ()I) Expecting to find integer on stack"
    );
    // Two paths leave different stack heights at the join.
    let code = [0x1a, IFEQ, 0, 4, ICONST_0, RETURN];
    let c = static_method(49, "(I)V", (1, 1), &code, None);
    assert_eq!(
        message(&c),
        "(class: T, method: m signature: (I)V) Inconsistent stack height 1 != 0"
    );
    // ret of a local that holds no return address.
    let c = static_method(49, "()V", (1, 1), &[0xa9, 0, RETURN], None);
    assert_eq!(
        message(&c),
        "(class: T, method: m signature: ()V) Accessing value from uninitialized register 0"
    );
}
