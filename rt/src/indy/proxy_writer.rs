//! The lambda proxy class writer: a `ClassFile` model built in Rust for one `LambdaMetafactory` call site.
//!
//! Design (from JVMS 4 and the `LambdaMetafactory` API contract): the proxy is a `final synthetic` class
//! extending `Object` and implementing the functional interface (plus marker interfaces). It holds one
//! `private final` field per captured argument, a constructor that stores them, a static factory
//! `get$Lambda(captured...)` that the call site invokes, and for each method it must implement (the SAM
//! method and any bridges) a forwarder: load the captured fields, load the arguments adapting each to the
//! implementation's parameter type (boxing, unboxing, widening, `checkcast`), invoke the implementation with
//! the instruction its handle kind calls for, adapt the result and return it. No method branches, so no
//! `StackMapTable` is needed; `max_stack` is tracked instruction by instruction so it is exact.

use std::collections::HashMap;

use classfile::attribute::{Attribute, AttributeBody, Code};
use classfile::bytecode::{EncodeError, Instruction, Operands};
use classfile::constant_pool::{MemberRef, ReferenceKind, Utf8};
use classfile::opcode::Opcode;
use classfile::{AccessFlags, ClassFile, Constant, ConstantPool, CpIndex, MemberInfo, WriteError};

/// The name of the static factory the call site invokes.
pub const FACTORY_NAME: &str = "get$Lambda";
/// The name of the static field that holds the one instance of a non-capturing lambda.
pub const INSTANCE_FIELD: &str = "LAMBDA_INSTANCE$";

/// The method a lambda forwards to: a `CONSTANT_MethodHandle` of one of the invoke kinds, with its
/// reference spelled out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImplMethod {
    /// The handle's kind (one of the five invoke kinds).
    pub kind: ReferenceKind,
    /// The class that declares (or is named as declaring) the method.
    pub class: String,
    /// The method name.
    pub name: String,
    /// The method descriptor.
    pub descriptor: String,
    /// Whether the reference was an `InterfaceMethodref`.
    pub interface: bool,
}

/// Everything the writer needs to know about a lambda call site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxySpec {
    /// The proxy's internal name.
    pub name: String,
    /// The functional interface, then marker interfaces.
    pub interfaces: Vec<String>,
    /// Descriptors of the captured arguments (the call site's parameters).
    pub captured: Vec<String>,
    /// The interface method's name.
    pub method_name: String,
    /// The erased interface method descriptor (`samMethodType`).
    pub sam_descriptor: String,
    /// The descriptor the interface method is instantiated to (`instantiatedMethodType`).
    pub instantiated: String,
    /// Further descriptors to implement as bridges to the same implementation.
    pub bridges: Vec<String>,
    /// The implementation method.
    pub implementation: ImplMethod,
    /// Whether to declare the static field that holds the single instance of a non-capturing lambda.
    pub singleton: bool,
}

/// Why a proxy could not be written: the call site's types cannot be adapted, or a table overflowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProxyError {
    /// A descriptor in the call site does not parse.
    #[error("malformed method descriptor {0}")]
    BadDescriptor(String),
    /// The interface method cannot forward to the implementation (argument counts or types do not fit): the
    /// whole explanation, naming both methods.
    #[error("{0}")]
    Mismatch(String),
    /// A handle kind that cannot be a lambda's implementation (a field access).
    #[error("method handle kind {0} cannot implement a lambda")]
    BadKind(&'static str),
    /// The bytecode encoder refused an instruction (a bug in this writer).
    #[error("bug in Cortado's lambda proxy writer: {0}")]
    Encode(#[from] EncodeError),
    /// The class-file writer refused the model (a constant pool or method too large).
    #[error("lambda proxy class too large: {0}")]
    Write(#[from] WriteError),
}

/// Writes the proxy class for `spec`.
pub fn write_proxy(spec: &ProxySpec) -> Result<ClassFile, ProxyError> {
    let mut w = Writer { pool: ConstantPool::default(), utf8: HashMap::new(), classes: HashMap::new(), refs: HashMap::new() };
    let this_class = w.class(&spec.name)?;
    let super_class = w.class("java/lang/Object")?;
    let interfaces = spec.interfaces.iter().map(|i| w.class(i)).collect::<Result<Vec<_>, _>>()?;
    let mut fields = Vec::new();
    for (i, descriptor) in spec.captured.iter().enumerate() {
        fields.push(MemberInfo {
            access_flags: AccessFlags(AccessFlags::PRIVATE | AccessFlags::FINAL),
            name: w.utf8(&field_name(i))?,
            descriptor: w.utf8(descriptor)?,
            attributes: Vec::new(),
        });
    }
    if spec.singleton {
        fields.push(MemberInfo {
            access_flags: AccessFlags(AccessFlags::PRIVATE | AccessFlags::STATIC | AccessFlags::FINAL),
            name: w.utf8(INSTANCE_FIELD)?,
            descriptor: w.utf8(&format!("L{};", spec.interfaces[0]))?,
            attributes: Vec::new(),
        });
    }
    let constructor = constructor(&mut w, spec)?;
    let factory = factory(&mut w, spec)?;
    let mut methods = vec![constructor, factory];
    methods.push(forwarder(&mut w, spec, &spec.sam_descriptor, AccessFlags::PUBLIC)?);
    let mut written = vec![spec.sam_descriptor.as_str()];
    for bridge in &spec.bridges {
        // A bridge identical to the SAM method (or to an earlier bridge) would be a duplicate method.
        if !written.contains(&bridge.as_str()) {
            written.push(bridge);
            let flags = AccessFlags::PUBLIC | AccessFlags::BRIDGE | AccessFlags::SYNTHETIC;
            methods.push(forwarder(&mut w, spec, bridge, flags)?);
        }
    }
    Ok(ClassFile {
        minor_version: 0,
        major_version: 61,
        constant_pool: w.pool,
        access_flags: AccessFlags(AccessFlags::FINAL | AccessFlags::SUPER | AccessFlags::SYNTHETIC),
        this_class,
        super_class,
        interfaces,
        fields,
        methods,
        attributes: Vec::new(),
    })
}

/// The name of the field holding captured argument `i`.
pub fn field_name(i: usize) -> String {
    format!("arg${}", i + 1)
}

/// `(captured...)V`: calls `Object.<init>` and stores each argument in its field.
fn constructor(w: &mut Writer, spec: &ProxySpec) -> Result<MemberInfo, ProxyError> {
    let mut c = CodeBuf::default();
    c.op(Opcode::Aload0, Operands::None, 1)?;
    let object_init = w.method_ref("java/lang/Object", "<init>", "()V", false)?;
    c.op(Opcode::Invokespecial, Operands::ConstantPool(object_init.0), -1)?;
    let mut local = 1;
    for (i, descriptor) in spec.captured.iter().enumerate() {
        c.op(Opcode::Aload0, Operands::None, 1)?;
        c.load(descriptor, local)?;
        let field = w.field_ref(&spec.name, &field_name(i), descriptor)?;
        c.op(Opcode::Putfield, Operands::ConstantPool(field.0), -1 - slots(descriptor))?;
        local += slots(descriptor);
    }
    c.op(Opcode::Return, Operands::None, 0)?;
    let descriptor = format!("({})V", spec.captured.concat());
    w.method(AccessFlags::PRIVATE, "<init>", &descriptor, c, local as u16)
}

/// `static get$Lambda(captured...)LInterface;`: a new instance holding the captured arguments.
fn factory(w: &mut Writer, spec: &ProxySpec) -> Result<MemberInfo, ProxyError> {
    let mut c = CodeBuf::default();
    let this = w.class(&spec.name)?;
    c.op(Opcode::New, Operands::ConstantPool(this.0), 1)?;
    c.op(Opcode::Dup, Operands::None, 1)?;
    let mut local = 0;
    for descriptor in &spec.captured {
        c.load(descriptor, local)?;
        local += slots(descriptor);
    }
    let init_descriptor = format!("({})V", spec.captured.concat());
    let init = w.method_ref(&spec.name, "<init>", &init_descriptor, false)?;
    c.op(Opcode::Invokespecial, Operands::ConstantPool(init.0), -1 - local)?;
    c.op(Opcode::Areturn, Operands::None, -1)?;
    let descriptor = format!("({})L{};", spec.captured.concat(), spec.interfaces[0]);
    w.method(AccessFlags::PRIVATE | AccessFlags::STATIC, FACTORY_NAME, &descriptor, c, local as u16)
}

/// The method `spec.method_name` with `descriptor`: forwards to the implementation.
fn forwarder(w: &mut Writer, spec: &ProxySpec, descriptor: &str, flags: u16) -> Result<MemberInfo, ProxyError> {
    let imp = &spec.implementation;
    let (params, ret) = split_descriptor(descriptor).ok_or_else(|| ProxyError::BadDescriptor(descriptor.to_owned()))?;
    let (inst_params, inst_ret) =
        split_descriptor(&spec.instantiated).ok_or_else(|| ProxyError::BadDescriptor(spec.instantiated.clone()))?;
    let (mut targets, mut target_ret) =
        split_descriptor(&imp.descriptor).ok_or_else(|| ProxyError::BadDescriptor(imp.descriptor.clone()))?;
    let receiver = format!("L{};", imp.class);
    let opcode = match imp.kind {
        ReferenceKind::InvokeStatic => Opcode::Invokestatic,
        ReferenceKind::InvokeVirtual => Opcode::Invokevirtual,
        ReferenceKind::InvokeInterface => Opcode::Invokeinterface,
        // javac emits REF_invokeSpecial only for private methods of the calling class; the proxy is that
        // class's nestmate, and nestmates reach private methods with invokevirtual/invokeinterface (JVMS 5.4.3.3
        // and 6.5 since Java 11), which invokespecial from another class could not do.
        ReferenceKind::InvokeSpecial if imp.interface => Opcode::Invokeinterface,
        ReferenceKind::InvokeSpecial => Opcode::Invokevirtual,
        ReferenceKind::NewInvokeSpecial => Opcode::Invokespecial,
        other => return Err(ProxyError::BadKind(other.name())),
    };
    if matches!(imp.kind, ReferenceKind::NewInvokeSpecial) {
        target_ret = receiver.clone();
    } else if opcode != Opcode::Invokestatic {
        targets.insert(0, receiver);
    }
    let mismatch = |reason: String| {
        ProxyError::Mismatch(format!(
            "{}{descriptor} cannot forward to {}.{}{}: {reason}",
            spec.method_name, imp.class, imp.name, imp.descriptor
        ))
    };
    if spec.captured.len() + params.len() != targets.len() {
        return Err(mismatch(format!("{} captured and {} passed arguments", spec.captured.len(), params.len())));
    }
    let mut c = CodeBuf::default();
    if matches!(imp.kind, ReferenceKind::NewInvokeSpecial) {
        let class = w.class(&imp.class)?;
        c.op(Opcode::New, Operands::ConstantPool(class.0), 1)?;
        c.op(Opcode::Dup, Operands::None, 1)?;
    }
    for (i, descriptor) in spec.captured.iter().enumerate() {
        c.op(Opcode::Aload0, Operands::None, 1)?;
        let field = w.field_ref(&spec.name, &field_name(i), descriptor)?;
        c.op(Opcode::Getfield, Operands::ConstantPool(field.0), slots(descriptor) - 1)?;
    }
    let mut local = 1;
    for (i, param) in params.iter().enumerate() {
        c.load(param, local)?;
        local += slots(param);
        let via = inst_params.get(i).map(String::as_str);
        adapt(w, &mut c, param, via, &targets[spec.captured.len() + i]).map_err(|e| e.or(&mismatch))?;
    }
    let arg_slots: i32 = targets.iter().map(|t| slots(t)).sum();
    let method = w.method_ref(&imp.class, &imp.name, &imp.descriptor, imp.interface)?;
    let produced = if matches!(imp.kind, ReferenceKind::NewInvokeSpecial) { 0 } else { slots(&target_ret) };
    let operands = if opcode == Opcode::Invokeinterface {
        Operands::InvokeInterface { index: method.0, count: u8::try_from(arg_slots).map_err(|_| mismatch("too many arguments".into()))? }
    } else {
        Operands::ConstantPool(method.0)
    };
    c.op(opcode, operands, produced - arg_slots)?;
    // The result, adapted to what the interface method returns.
    if ret == "V" {
        match slots(&target_ret) {
            0 => {}
            1 => c.op(Opcode::Pop, Operands::None, -1)?,
            _ => c.op(Opcode::Pop2, Operands::None, -2)?,
        }
        c.op(Opcode::Return, Operands::None, 0)?;
    } else {
        if target_ret == "V" {
            return Err(mismatch("a void implementation cannot produce a result".into()));
        }
        adapt(w, &mut c, &target_ret, Some(&inst_ret), &ret).map_err(|e| e.or(&mismatch))?;
        c.op(return_opcode(&ret), Operands::None, -slots(&ret))?;
    }
    w.method(flags, &spec.method_name, descriptor, c, local as u16)
}

/// An adaptation failure: either the writer's own error, or a reason the types do not fit.
enum AdaptError {
    Writer(ProxyError),
    Types(String),
}

impl AdaptError {
    fn or(self, mismatch: &impl Fn(String) -> ProxyError) -> ProxyError {
        match self {
            Self::Writer(e) => e,
            Self::Types(reason) => mismatch(reason),
        }
    }
}

impl<E: Into<ProxyError>> From<E> for AdaptError {
    fn from(e: E) -> Self {
        Self::Writer(e.into())
    }
}

/// Converts the value on top of the stack from type `from` to `to` as `LambdaMetafactory` allows: widening
/// between primitives, boxing, unboxing (from the wrapper named by `from`, or failing that by `via`, the
/// instantiated type, or failing that by `to`), then widening, and reference casts.
fn adapt(w: &mut Writer, c: &mut CodeBuf, from: &str, via: Option<&str>, to: &str) -> Result<(), AdaptError> {
    if from == to {
        return Ok(());
    }
    let wrapper_of = |d: &str| d.strip_prefix('L').and_then(|d| d.strip_suffix(';')).and_then(unwrapped);
    match (is_primitive(from), is_primitive(to)) {
        (true, true) => widen(c, from, to),
        (true, false) => {
            // Box as the instantiated type's primitive when it names a wider one (`int` into `Long`).
            let boxed = match via.and_then(wrapper_of) {
                Some(p) if p != from && widens(from, p) => {
                    widen(c, from, p)?;
                    p
                }
                _ => from,
            };
            let (wrapper, _) = wrapper(boxed);
            let value_of = w.method_ref(wrapper, "valueOf", &format!("({boxed})L{wrapper};"), false)?;
            c.op(Opcode::Invokestatic, Operands::ConstantPool(value_of.0), 1 - slots(boxed))?;
            Ok(())
        }
        (false, true) => {
            let primitive = wrapper_of(from).or_else(|| via.and_then(wrapper_of)).unwrap_or(to);
            let (wrapper, unbox) = wrapper(primitive);
            if wrapper_of(from).is_none() {
                let class = w.class(wrapper)?;
                c.op(Opcode::Checkcast, Operands::ConstantPool(class.0), 0)?;
            }
            let method = w.method_ref(wrapper, unbox, &format!("(){primitive}"), false)?;
            c.op(Opcode::Invokevirtual, Operands::ConstantPool(method.0), slots(primitive) - 1)?;
            widen(c, primitive, to)
        }
        (false, false) => {
            if to != "Ljava/lang/Object;" {
                let class = w.class(class_constant_name(to))?;
                c.op(Opcode::Checkcast, Operands::ConstantPool(class.0), 0)?;
            }
            Ok(())
        }
    }
}

/// The primitive a wrapper class boxes.
fn unwrapped(class: &str) -> Option<&'static str> {
    Some(match class {
        "java/lang/Boolean" => "Z",
        "java/lang/Byte" => "B",
        "java/lang/Character" => "C",
        "java/lang/Short" => "S",
        "java/lang/Integer" => "I",
        "java/lang/Long" => "J",
        "java/lang/Float" => "F",
        "java/lang/Double" => "D",
        _ => return None,
    })
}

/// The wrapper class of a primitive descriptor and its unboxing method.
fn wrapper(primitive: &str) -> (&'static str, &'static str) {
    match primitive {
        "Z" => ("java/lang/Boolean", "booleanValue"),
        "B" => ("java/lang/Byte", "byteValue"),
        "C" => ("java/lang/Character", "charValue"),
        "S" => ("java/lang/Short", "shortValue"),
        "J" => ("java/lang/Long", "longValue"),
        "F" => ("java/lang/Float", "floatValue"),
        "D" => ("java/lang/Double", "doubleValue"),
        _ => ("java/lang/Integer", "intValue"),
    }
}

/// Whether primitive `from` widens to `to` (JLS 5.1.2), identity included.
fn widens(from: &str, to: &str) -> bool {
    let rank = |d: &str| match d {
        "B" => 1,
        "S" | "C" => 2,
        "I" => 3,
        "J" => 4,
        "F" => 5,
        "D" => 6,
        _ => 0,
    };
    from == to || (from != "Z" && to != "Z" && to != "C" && rank(from) < rank(to) && !(from == "C" && to == "S"))
}

/// Emits the widening conversion from primitive `from` to `to`.
fn widen(c: &mut CodeBuf, from: &str, to: &str) -> Result<(), AdaptError> {
    if !widens(from, to) {
        return Err(AdaptError::Types(format!("{from} does not widen to {to}")));
    }
    let stack = |d: &str| match d {
        "J" => 'J',
        "F" => 'F',
        "D" => 'D',
        _ => 'I',
    };
    let op = match (stack(from), stack(to)) {
        ('I', 'J') => Opcode::I2l,
        ('I', 'F') => Opcode::I2f,
        ('I', 'D') => Opcode::I2d,
        ('J', 'F') => Opcode::L2f,
        ('J', 'D') => Opcode::L2d,
        ('F', 'D') => Opcode::F2d,
        _ => return Ok(()),
    };
    c.op(op, Operands::None, slots(to) - slots(from))?;
    Ok(())
}

fn is_primitive(descriptor: &str) -> bool {
    !matches!(descriptor.as_bytes().first(), Some(b'L' | b'[') | None)
}

/// Slots a value of this descriptor takes (`V` none).
fn slots(descriptor: &str) -> i32 {
    match descriptor {
        "J" | "D" => 2,
        "V" => 0,
        _ => 1,
    }
}

/// The name a `Class` constant uses for a reference type: the internal name, or the descriptor of an array.
fn class_constant_name(descriptor: &str) -> &str {
    descriptor.strip_prefix('L').and_then(|d| d.strip_suffix(';')).unwrap_or(descriptor)
}

fn return_opcode(descriptor: &str) -> Opcode {
    match descriptor.as_bytes().first() {
        Some(b'J') => Opcode::Lreturn,
        Some(b'F') => Opcode::Freturn,
        Some(b'D') => Opcode::Dreturn,
        Some(b'L' | b'[') => Opcode::Areturn,
        Some(b'V') => Opcode::Return,
        _ => Opcode::Ireturn,
    }
}

/// A method descriptor's parameter descriptors and return descriptor, as text.
pub fn split_descriptor(descriptor: &str) -> Option<(Vec<String>, String)> {
    let bytes = descriptor.as_bytes();
    let close = descriptor.find(')')?;
    if bytes.first() != Some(&b'(') {
        return None;
    }
    let mut params = Vec::new();
    let mut i = 1;
    while i < close {
        let start = i;
        while bytes[i] == b'[' {
            i += 1;
        }
        if bytes[i] == b'L' {
            i += descriptor[i..].find(';')?;
        }
        i += 1;
        params.push(descriptor[start..i].to_owned());
    }
    let ret = &descriptor[close + 1..];
    (i == close && !ret.is_empty()).then(|| (params, ret.to_owned()))
}

/// The constant pool being built, with each constant written once.
struct Writer {
    pool: ConstantPool,
    utf8: HashMap<String, CpIndex>,
    classes: HashMap<String, CpIndex>,
    refs: HashMap<(u8, String, String, String), CpIndex>,
}

impl Writer {
    fn utf8(&mut self, text: &str) -> Result<CpIndex, WriteError> {
        if let Some(&i) = self.utf8.get(text) {
            return Ok(i);
        }
        let i = self.pool.push(Constant::Utf8(Utf8::new(text)))?;
        self.utf8.insert(text.to_owned(), i);
        Ok(i)
    }

    fn class(&mut self, name: &str) -> Result<CpIndex, WriteError> {
        if let Some(&i) = self.classes.get(name) {
            return Ok(i);
        }
        let name_index = self.utf8(name)?;
        let i = self.pool.push(Constant::Class { name: name_index })?;
        self.classes.insert(name.to_owned(), i);
        Ok(i)
    }

    fn member(&mut self, tag: u8, class: &str, name: &str, descriptor: &str) -> Result<CpIndex, WriteError> {
        let key = (tag, class.to_owned(), name.to_owned(), descriptor.to_owned());
        if let Some(&i) = self.refs.get(&key) {
            return Ok(i);
        }
        let class = self.class(class)?;
        let (name, descriptor) = (self.utf8(name)?, self.utf8(descriptor)?);
        let name_and_type = self.pool.push(Constant::NameAndType { name, descriptor })?;
        let member = MemberRef { class, name_and_type };
        let constant = match tag {
            9 => Constant::Fieldref(member),
            11 => Constant::InterfaceMethodref(member),
            _ => Constant::Methodref(member),
        };
        let i = self.pool.push(constant)?;
        self.refs.insert(key, i);
        Ok(i)
    }

    fn field_ref(&mut self, class: &str, name: &str, descriptor: &str) -> Result<CpIndex, WriteError> {
        self.member(9, class, name, descriptor)
    }

    fn method_ref(&mut self, class: &str, name: &str, descriptor: &str, interface: bool) -> Result<CpIndex, WriteError> {
        self.member(if interface { 11 } else { 10 }, class, name, descriptor)
    }

    fn method(&mut self, flags: u16, name: &str, descriptor: &str, code: CodeBuf, max_locals: u16) -> Result<MemberInfo, ProxyError> {
        let code_name = self.utf8("Code")?;
        let body = Code {
            max_stack: code.max as u16,
            max_locals,
            code: code.code.into(),
            exception_table: Vec::new(),
            attributes: Vec::new(),
        };
        Ok(MemberInfo {
            access_flags: AccessFlags(flags),
            name: self.utf8(name)?,
            descriptor: self.utf8(descriptor)?,
            attributes: vec![Attribute { name: code_name, body: AttributeBody::Code(Box::new(body)) }],
        })
    }
}

/// A method's code being emitted, with the operand stack depth tracked to make `max_stack` exact.
#[derive(Default)]
struct CodeBuf {
    code: Vec<u8>,
    depth: i32,
    max: i32,
}

impl CodeBuf {
    /// Emits one instruction that changes the stack depth by `delta` slots.
    fn op(&mut self, opcode: Opcode, operands: Operands, delta: i32) -> Result<(), EncodeError> {
        let instruction = Instruction { bci: self.code.len() as u32, opcode, operands, len: 0 };
        instruction.encode(&mut self.code)?;
        self.depth += delta;
        self.max = self.max.max(self.depth);
        Ok(())
    }

    /// Loads local `index` of type `descriptor`, with the one-byte forms for locals 0 to 3.
    fn load(&mut self, descriptor: &str, index: i32) -> Result<(), EncodeError> {
        let (short, long) = match descriptor.as_bytes().first() {
            Some(b'J') => (Opcode::Lload0, Opcode::Lload),
            Some(b'F') => (Opcode::Fload0, Opcode::Fload),
            Some(b'D') => (Opcode::Dload0, Opcode::Dload),
            Some(b'L' | b'[') => (Opcode::Aload0, Opcode::Aload),
            _ => (Opcode::Iload0, Opcode::Iload),
        };
        let delta = slots(descriptor);
        match u8::try_from(index) {
            Ok(i) if i <= 3 => {
                let opcode = Opcode::from_u8(short.as_u8() + i).unwrap_or(long);
                let operands = if opcode == long { Operands::Local { index: index as u16, wide: false } } else { Operands::None };
                self.op(opcode, operands, delta)
            }
            _ => self.op(long, Operands::Local { index: index as u16, wide: index > 255 }, delta),
        }
    }
}
