//! The VM's view of a method: its signature in slots, its code, its dispatch index, its counters, and the
//! per-tier state (quickened code for the interpreter, an entry point for compiled code).

use std::any::Any;
use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicPtr, AtomicU32};

use classfile::AccessFlags;

use crate::class::{ClassRef, ValueKind};
use crate::native::NativeFn;
use crate::vm_ptr::VmPtr;

/// A pointer to a [`Method`] that lives as long as its VM.
pub type MethodRef = VmPtr<Method>;

/// A row of a method's exception table, in bcis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handler {
    /// First bci covered.
    pub start: u16,
    /// First bci not covered.
    pub end: u16,
    /// The handler's bci.
    pub handler: u16,
    /// Constant-pool index of the class caught; 0 catches everything.
    pub catch_type: u16,
}

/// A method's bytecode and what goes with it.
#[derive(Debug)]
pub struct MethodCode {
    /// Operand stack depth in slots.
    pub max_stack: u16,
    /// Local variable slots.
    pub max_locals: u16,
    /// The bytecode.
    pub bytes: Box<[u8]>,
    /// The exception table.
    pub handlers: Box<[Handler]>,
    /// `(start_pc, line)` rows, sorted by `start_pc`.
    pub line_numbers: Box<[(u16, u16)]>,
}

impl MethodCode {
    /// The source line of `bci`, if the class recorded line numbers.
    pub fn line_of(&self, bci: u32) -> Option<u16> {
        let bci = u16::try_from(bci).ok()?;
        let row = self.line_numbers.partition_point(|&(start, _)| start <= bci);
        row.checked_sub(1).map(|i| self.line_numbers[i].1)
    }
}

/// A method.
pub struct Method {
    /// The declaring class.
    pub class: ClassRef,
    /// Index in the declaring class's `methods`.
    pub index: u16,
    /// Its name.
    pub name: Box<str>,
    /// Its descriptor.
    pub descriptor: Box<str>,
    /// Its access flags.
    pub access: AccessFlags,
    /// Parameter kinds, receiver excluded.
    pub params: Box<[ValueKind]>,
    /// Return kind (`Void` for none).
    pub ret: ValueKind,
    /// Argument slots, receiver included (longs and doubles take two).
    pub arg_slots: u16,
    /// The code, for methods that are neither abstract nor native.
    pub code: Option<MethodCode>,
    /// Index in the vtable of the declaring class (and its subclasses), for virtual methods.
    pub vtable_index: OnceLock<u32>,
    /// Invocations so far, for the tiering policy.
    pub invocations: AtomicU32,
    /// Loop back-edges taken so far, for the tiering policy.
    pub backedges: AtomicU32,
    /// The interpreter's pre-decoded form of the code, built on first execution.
    pub interpreter_state: OnceLock<Box<dyn Any + Send + Sync>>,
    /// The bound native implementation, for native methods.
    pub native: OnceLock<NativeFn>,
    /// Compiled code's entry point, null while the method is interpreted.
    pub compiled_entry: AtomicPtr<u8>,
    /// The GC reference maps of the code, built on first request ([`Method::ref_maps`]).
    pub refmaps: OnceLock<crate::refmap::RefMaps>,
    /// The verifier's frame types, when its class was not verified at link time and the JIT asked for them
    /// ([`Method::frame_types`]).
    pub frames: OnceLock<Option<verifier::MethodFrames>>,
}

impl Method {
    /// Whether the method is static.
    pub fn is_static(&self) -> bool {
        self.access.is_static()
    }

    /// Whether the method is abstract.
    pub fn is_abstract(&self) -> bool {
        self.access.is_abstract()
    }

    /// Whether the method is native.
    pub fn is_native(&self) -> bool {
        self.access.is_native()
    }

    /// Whether the method is `synchronized` (its frame holds the receiver's or the class's monitor).
    pub fn is_synchronized(&self) -> bool {
        self.access.has(AccessFlags::SYNCHRONIZED)
    }

    /// Whether the method is private.
    pub fn is_private(&self) -> bool {
        self.access.is_private()
    }

    /// Whether the method is `<init>`.
    pub fn is_constructor(&self) -> bool {
        &*self.name == "<init>"
    }

    /// Whether the method takes part in virtual dispatch (JVMS 5.4.5: not static, not private, not `<init>`).
    pub fn is_virtual(&self) -> bool {
        !self.is_static() && !self.is_private() && !self.name.starts_with('<')
    }

    /// Which locals and operand-stack slots hold references before each instruction (see [`crate::refmap`]),
    /// built on the first request and kept.
    pub fn ref_maps(&self) -> &crate::refmap::RefMaps {
        self.refmaps.get_or_init(|| crate::refmap::RefMaps::build(self))
    }

    /// `Class.method(Lsig;)V`, for logs.
    pub fn qualified_name(&self) -> String {
        format!("{}.{}{}", self.class.name, self.name, self.descriptor)
    }

    /// HotSpot's form for `UnsatisfiedLinkError` and `AbstractMethodError` messages: `'int Foo.bar(int, long)'`.
    pub fn java_signature(&self) -> String {
        let descriptor = classfile::descriptor::MethodDescriptor::parse(&self.descriptor);
        let (params, ret) = match &descriptor {
            Some(d) => (
                d.parameters.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
                d.return_type.as_ref().map_or("void".to_owned(), ToString::to_string),
            ),
            None => (String::new(), String::from("?")),
        };
        format!("'{ret} {}.{}({params})'", self.class.java_name(), self.name)
    }
}

impl fmt::Debug for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.qualified_name())
    }
}
