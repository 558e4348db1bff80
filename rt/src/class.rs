//! The VM's view of a loaded class: its layout, members, dispatch tables, static storage and state.
//!
//! A [`Class`] is created by the loader, linked (layout, vtable, itables) before anyone else sees it, and then
//! never moves or dies before its VM: [`ClassRef`] and [`MethodRef`] are plain pointers with that lifetime.
//! What changes after publication (initialization state, resolved constants, the mirror, static fields,
//! counters) is behind atomics or locks, so threads slot in later without a redesign.

use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, AtomicU64};

use classfile::descriptor::{BaseType, FieldType};
use classfile::{AccessFlags, ClassFile};

use crate::init::InitState;
use crate::method::{Method, MethodRef};
use crate::resolve::Resolved;
use crate::vm_ptr::VmPtr;

/// The kind of a value in a field, array element, local or stack slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// `Z`
    Boolean,
    /// `B`
    Byte,
    /// `C`
    Char,
    /// `S`
    Short,
    /// `I`
    Int,
    /// `F`
    Float,
    /// `J`
    Long,
    /// `D`
    Double,
    /// A class, interface or array reference.
    Reference,
    /// `V` (method results only).
    Void,
}

impl ValueKind {
    /// The kind of a field type.
    pub fn of(ty: &FieldType) -> Self {
        match ty {
            FieldType::Base(b) => match b {
                BaseType::Boolean => Self::Boolean,
                BaseType::Byte => Self::Byte,
                BaseType::Char => Self::Char,
                BaseType::Short => Self::Short,
                BaseType::Int => Self::Int,
                BaseType::Float => Self::Float,
                BaseType::Long => Self::Long,
                BaseType::Double => Self::Double,
            },
            _ => Self::Reference,
        }
    }

    /// The kind of a descriptor's first character (`[` and `L` are references).
    pub fn of_descriptor(descriptor: &str) -> Self {
        match descriptor.as_bytes().first() {
            Some(b'Z') => Self::Boolean,
            Some(b'B') => Self::Byte,
            Some(b'C') => Self::Char,
            Some(b'S') => Self::Short,
            Some(b'I') => Self::Int,
            Some(b'F') => Self::Float,
            Some(b'J') => Self::Long,
            Some(b'D') => Self::Double,
            Some(b'V') => Self::Void,
            _ => Self::Reference,
        }
    }

    /// Bytes a value of this kind takes in a field or array element.
    pub fn size(self) -> usize {
        match self {
            Self::Boolean | Self::Byte => 1,
            Self::Char | Self::Short => 2,
            Self::Int | Self::Float => 4,
            Self::Long | Self::Double | Self::Reference => 8,
            Self::Void => 0,
        }
    }

    /// Local-variable slots the value takes.
    pub fn slots(self) -> usize {
        match self {
            Self::Long | Self::Double => 2,
            Self::Void => 0,
            _ => 1,
        }
    }

    /// The Java keyword (`int`), for messages and `Class.getName` of primitive classes.
    pub fn java_name(self) -> &'static str {
        match self {
            Self::Boolean => "boolean",
            Self::Byte => "byte",
            Self::Char => "char",
            Self::Short => "short",
            Self::Int => "int",
            Self::Float => "float",
            Self::Long => "long",
            Self::Double => "double",
            Self::Reference => "reference",
            Self::Void => "void",
        }
    }

    /// The descriptor character.
    pub fn descriptor_char(self) -> char {
        match self {
            Self::Boolean => 'Z',
            Self::Byte => 'B',
            Self::Char => 'C',
            Self::Short => 'S',
            Self::Int => 'I',
            Self::Float => 'F',
            Self::Long => 'J',
            Self::Double => 'D',
            Self::Reference => 'L',
            Self::Void => 'V',
        }
    }
}

/// Which loader defined a class. The boot loader reads the embedded class library; the application loader
/// reads the class path and delegates to the boot loader first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoaderId {
    /// The boot loader (`getClassLoader()` is `null`).
    Boot,
    /// The application (system) class loader.
    App,
}

/// What kind of class this is.
#[derive(Debug)]
pub enum ClassKind {
    /// A class or interface from a class file.
    Instance,
    /// An array class.
    Array {
        /// The component type's class (`int` for `[I`, `[I` for `[[I`).
        component: ClassRef,
        /// How elements are stored.
        element: ValueKind,
    },
    /// A primitive type's class (`int.class`), which has no instances.
    Primitive(ValueKind),
}

/// A field as the runtime sees it.
#[derive(Debug)]
pub struct Field {
    /// Its name.
    pub name: Box<str>,
    /// Its descriptor.
    pub descriptor: Box<str>,
    /// How it is stored.
    pub kind: ValueKind,
    /// Its access flags.
    pub access: AccessFlags,
    /// For instance fields, the byte offset in the object; for static fields, the index in [`Class::statics`].
    pub offset: u32,
    /// The `ConstantValue` constant that initializes a static field, if any.
    pub constant_value: Option<classfile::CpIndex>,
}

impl Field {
    /// Whether the field is static.
    pub fn is_static(&self) -> bool {
        self.access.is_static()
    }
}

/// A row of an itable: an interface the class implements and, for each of the interface's methods (in the
/// interface's declaration order), the method a call on this class selects (`None`: `AbstractMethodError`).
#[derive(Debug)]
pub struct Itable {
    /// The interface.
    pub interface: ClassRef,
    /// Selected implementations, indexed like the interface's `methods`.
    pub methods: Box<[Option<MethodRef>]>,
}

/// A loaded class.
pub struct Class {
    /// Internal name (`java/lang/String`, `[I`, or `int` for primitive classes).
    pub name: Box<str>,
    /// The defining loader.
    pub loader: LoaderId,
    /// Access flags (for arrays, those of the element type as JVMS says, plus final and abstract).
    pub access: AccessFlags,
    /// Instance, array or primitive.
    pub kind: ClassKind,
    /// The superclass (`None` for `java/lang/Object`, interfaces have `Object` here as JVMS says, primitives none).
    pub super_class: Option<ClassRef>,
    /// Direct superinterfaces.
    pub interfaces: Box<[ClassRef]>,
    /// The superclass chain from `java/lang/Object` down to this class, for constant-time subclass tests.
    pub supers: Box<[ClassRef]>,
    /// Every interface this class implements or extends, directly or not, each once.
    pub all_interfaces: Box<[ClassRef]>,
    /// Bytes an instance takes, header included.
    pub instance_size: u32,
    /// Offsets of every reference field of an instance, inherited ones included (the GC's layout interface).
    pub ref_offsets: Box<[u32]>,
    /// For `java.lang.ref.Reference` and its subclasses: the offset of the `referent` field (left out of
    /// [`ref_offsets`](Self::ref_offsets): the collector treats it weakly) and how strongly it holds.
    pub weak_referent: Option<(u32, gc::RefStrength)>,
    /// Fields declared by this class.
    pub fields: Box<[Field]>,
    /// Methods declared by this class.
    pub methods: Box<[Method]>,
    /// Virtual dispatch table: superclass entries first, overrides in place, new methods appended.
    pub vtable: Box<[MethodRef]>,
    /// Interface dispatch tables.
    pub itables: Box<[Itable]>,
    /// Static field storage, one slot per static field (see [`Field::offset`]).
    pub statics: Box<[AtomicU64]>,
    /// Initialization state (JVMS 5.5).
    pub init: InitState,
    /// The `java.lang.Class` object, once created (a GC root).
    pub mirror: AtomicU64,
    /// The parsed class file, for constant-pool lookups at resolution time (`None` for arrays and primitives).
    pub class_file: Option<Box<ClassFile>>,
    /// Resolved constants, by constant-pool index, shared by both tiers.
    pub cp_cache: Box<[OnceLock<Resolved>]>,
    /// The `SourceFile` attribute, for stack traces.
    pub source_file: Option<Box<str>>,
    /// The class of arrays of this class, created on first use.
    pub array_class: OnceLock<ClassRef>,
    /// Registration order in the VM, for diagnostics.
    pub id: u32,
    /// The class's nest host (itself when it has none), resolved on first access check.
    pub nest_host: OnceLock<ClassRef>,
    /// Whether the class is a hidden class the VM generated (lambda proxies): left out of stack traces.
    pub hidden: bool,
    /// Counter the VM uses to number this class's generated lambda proxies.
    pub proxy_counter: AtomicU32,
    /// Set when the class is linked ([`Runtime::link_class`](crate::runtime::Runtime::link_class)): the
    /// verifier's frame types at every reachable bci (`Some`), the one source the interpreter's GC maps and
    /// the JIT read, or `None` when the class was not verified (trusted library, `-Xverify:none`, arrays).
    /// Unset while the class is loaded but not yet linked.
    pub verified: OnceLock<Option<verifier::VerifiedClass>>,
}

impl fmt::Debug for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Class({})", self.name)
    }
}

impl Class {
    /// Whether this is an interface.
    pub fn is_interface(&self) -> bool {
        self.access.is_interface()
    }

    /// Whether this is an array class.
    pub fn is_array(&self) -> bool {
        matches!(self.kind, ClassKind::Array { .. })
    }

    /// The element kind of an array class.
    pub fn element_kind(&self) -> Option<ValueKind> {
        match self.kind {
            ClassKind::Array { element, .. } => Some(element),
            _ => None,
        }
    }

    /// The component class of an array class.
    pub fn component(&self) -> Option<ClassRef> {
        match self.kind {
            ClassKind::Array { component, .. } => Some(component),
            _ => None,
        }
    }

    /// The binary name with dots (`java.lang.String`, `[I`), as `Class.getName` gives it.
    pub fn java_name(&self) -> String {
        self.name.replace('/', ".")
    }

    /// The declared method with this name and descriptor.
    pub fn declared_method(&self, name: &str, descriptor: &str) -> Option<MethodRef> {
        self.methods.iter().find(|m| &*m.name == name && &*m.descriptor == descriptor).map(VmPtr::new)
    }

    /// The declared field with this name and descriptor.
    pub fn declared_field(&self, name: &str, descriptor: &str) -> Option<&Field> {
        self.fields.iter().find(|f| &*f.name == name && &*f.descriptor == descriptor)
    }

    /// Whether this class is `other` or a subclass of it, or implements it (JVMS 6.5 `checkcast` rules for
    /// classes and interfaces; array covariance is in [`is_assignable_to`](Self::is_assignable_to)).
    pub fn is_subtype_of(&self, other: &Class) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        if other.is_interface() {
            return self.all_interfaces.iter().any(|i| std::ptr::eq(&**i, other));
        }
        let depth = other.supers.len();
        depth > 0 && self.supers.len() >= depth && std::ptr::eq(&*self.supers[depth - 1], other)
    }

    /// Whether a value of this class can be stored where `target` is expected (`checkcast`, `instanceof`,
    /// `aastore`), including array covariance.
    pub fn is_assignable_to(&self, target: &Class) -> bool {
        if std::ptr::eq(self, target) {
            return true;
        }
        match (&self.kind, &target.kind) {
            (ClassKind::Array { component: sc, element: se }, ClassKind::Array { component: tc, element: te }) => {
                match (se, te) {
                    (ValueKind::Reference, ValueKind::Reference) => sc.is_assignable_to(tc),
                    _ => false,
                }
            }
            // Arrays are Objects, Cloneable and Serializable.
            (ClassKind::Array { .. }, _) => {
                matches!(&*target.name, "java/lang/Object" | "java/lang/Cloneable" | "java/io/Serializable")
            }
            _ => self.is_subtype_of(target),
        }
    }

    /// The static slot of a static field.
    pub fn static_slot(&self, field: &Field) -> &AtomicU64 {
        &self.statics[field.offset as usize]
    }

}

/// A pointer to a [`Class`] that lives as long as its VM.
pub type ClassRef = VmPtr<Class>;
