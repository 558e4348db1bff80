//! Values crossing the host/Java boundary: [`JavaValue`] (what arguments and results are), [`JavaArray`]
//! (arrays given by value), [`JavaObject`] (a handle to a Java object, valid across collections, released on
//! drop) and [`FromJava`] (typed results).

use std::sync::Arc;

use rt::global_handles::GlobalHandles;
use rt::ObjRef;

use super::error::VmError;
use super::vm::Vm;

/// A Java value as the host sees it.
///
/// Arguments: each must fit its parameter's type (`Int` for `int`, `Str` or `Object` or `Null` for a
/// `String`, ...). Results: primitives as their variant, `void` as `Void`, a `String` result as `Str`, any other
/// reference as `Object` (a handle) or `Null`.
#[derive(Debug, Clone, PartialEq)]
pub enum JavaValue {
    /// The result of a `void` method.
    Void,
    /// `boolean`.
    Boolean(bool),
    /// `byte`.
    Byte(i8),
    /// `char` (a UTF-16 unit).
    Char(u16),
    /// `short`.
    Short(i16),
    /// `int`.
    Int(i32),
    /// `long`.
    Long(i64),
    /// `float`.
    Float(f32),
    /// `double`.
    Double(f64),
    /// `null`.
    Null,
    /// A `java.lang.String`, by value.
    Str(String),
    /// An array, by value (copied into a new Java array when passed).
    Array(JavaArray),
    /// A handle to a Java object.
    Object(JavaObject),
}

/// An array by value.
#[derive(Debug, Clone, PartialEq)]
pub enum JavaArray {
    /// `boolean[]`.
    Boolean(Vec<bool>),
    /// `byte[]`.
    Byte(Vec<i8>),
    /// `char[]`.
    Char(Vec<u16>),
    /// `short[]`.
    Short(Vec<i16>),
    /// `int[]`.
    Int(Vec<i32>),
    /// `long[]`.
    Long(Vec<i64>),
    /// `float[]`.
    Float(Vec<f32>),
    /// `double[]`.
    Double(Vec<f64>),
    /// `String[]` (no null elements).
    String(Vec<String>),
}

impl JavaArray {
    /// The array's descriptor (`[I`).
    pub fn descriptor(&self) -> &'static str {
        match self {
            Self::Boolean(_) => "[Z",
            Self::Byte(_) => "[B",
            Self::Char(_) => "[C",
            Self::Short(_) => "[S",
            Self::Int(_) => "[I",
            Self::Long(_) => "[J",
            Self::Float(_) => "[F",
            Self::Double(_) => "[D",
            Self::String(_) => "[Ljava/lang/String;",
        }
    }
}

impl JavaValue {
    /// A short description of the value's kind, for error messages.
    pub fn kind_name(&self) -> String {
        match self {
            Self::Void => "void".into(),
            Self::Boolean(_) => "boolean".into(),
            Self::Byte(_) => "byte".into(),
            Self::Char(_) => "char".into(),
            Self::Short(_) => "short".into(),
            Self::Int(_) => "int".into(),
            Self::Long(_) => "long".into(),
            Self::Float(_) => "float".into(),
            Self::Double(_) => "double".into(),
            Self::Null => "null".into(),
            Self::Str(_) => "java.lang.String".into(),
            Self::Array(a) => format!("array {}", a.descriptor()),
            Self::Object(_) => "object handle".into(),
        }
    }
}

macro_rules! from_rust {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl From<$t> for JavaValue {
            fn from(v: $t) -> Self {
                Self::$variant(v)
            }
        }
    )*};
}
from_rust!(bool => Boolean, i8 => Byte, u16 => Char, i16 => Short, i32 => Int, i64 => Long, f32 => Float,
    f64 => Double, String => Str, JavaArray => Array, JavaObject => Object);

macro_rules! array_from_rust {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl From<Vec<$t>> for JavaValue {
            fn from(v: Vec<$t>) -> Self {
                Self::Array(JavaArray::$variant(v))
            }
        }
        impl From<&[$t]> for JavaValue {
            fn from(v: &[$t]) -> Self {
                Self::Array(JavaArray::$variant(v.to_vec()))
            }
        }
    )*};
}
array_from_rust!(bool => Boolean, i8 => Byte, u16 => Char, i16 => Short, i32 => Int, i64 => Long, f32 => Float,
    f64 => Double, String => String);

impl From<&str> for JavaValue {
    fn from(v: &str) -> Self {
        Self::Str(v.to_owned())
    }
}

impl From<&JavaObject> for JavaValue {
    fn from(v: &JavaObject) -> Self {
        Self::Object(v.clone())
    }
}

impl<T: Into<JavaValue>> From<Option<T>> for JavaValue {
    fn from(v: Option<T>) -> Self {
        v.map_or(Self::Null, Into::into)
    }
}

/// A handle to a Java object: an entry in its VM's global handle table, which the collector treats as a root
/// and updates when the object moves. Cloning makes a second handle; dropping releases the entry (also after
/// the VM itself was dropped). `Send` and `Sync`: a handle is an index, and only its VM can use it.
pub struct JavaObject {
    table: Arc<GlobalHandles>,
    index: u32,
}

impl JavaObject {
    /// A handle to `obj` in `table`.
    pub(crate) fn new(table: &Arc<GlobalHandles>, obj: ObjRef) -> Self {
        Self { table: table.clone(), index: table.create(obj) }
    }

    /// The object, if this handle belongs to `table` (else [`VmError::WrongVm`]). Valid until the next
    /// allocation or call into Java.
    pub(crate) fn get(&self, table: &Arc<GlobalHandles>) -> Result<ObjRef, VmError> {
        if !Arc::ptr_eq(&self.table, table) {
            return Err(VmError::WrongVm);
        }
        self.table.get(self.index).ok_or_else(|| VmError::Internal("a live handle holds no object".into()))
    }
}

impl Clone for JavaObject {
    fn clone(&self) -> Self {
        match self.table.get(self.index) {
            Some(obj) => Self::new(&self.table, obj),
            // Unreachable for a live handle; an empty entry keeps `clone` total.
            None => Self { table: self.table.clone(), index: u32::MAX },
        }
    }
}

impl Drop for JavaObject {
    fn drop(&mut self) {
        self.table.release(self.index);
    }
}

impl PartialEq for JavaObject {
    /// Whether both handles name the same object (Java's `==`).
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.table, &other.table) && self.table.get(self.index) == other.table.get(other.index)
    }
}

impl std::fmt::Debug for JavaObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.table.get(self.index) {
            Some(obj) => write!(f, "JavaObject({} #{})", obj.class().java_name(), self.index),
            None => write!(f, "JavaObject(released #{})", self.index),
        }
    }
}

/// Rust types a Java result converts to: `let n: i32 = vm.call_static(...)?`.
pub trait FromJava: Sized {
    /// Converts `value`, reading objects through `vm` (a `String` handle to a `String`, an `int[]` handle to a
    /// `Vec<i32>`).
    fn from_java(vm: &mut Vm, value: JavaValue) -> Result<Self, VmError>;
}

fn mismatch<T>(expected: &'static str, got: &JavaValue) -> Result<T, VmError> {
    Err(VmError::TypeMismatch { expected, got: got.kind_name() })
}

impl FromJava for JavaValue {
    fn from_java(_: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
        Ok(value)
    }
}

impl FromJava for () {
    fn from_java(_: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
        match value {
            JavaValue::Void => Ok(()),
            other => mismatch("()", &other),
        }
    }
}

macro_rules! primitive_from_java {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl FromJava for $t {
            fn from_java(_: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
                match value {
                    JavaValue::$variant(v) => Ok(v),
                    other => mismatch(stringify!($t), &other),
                }
            }
        }
    )*};
}
primitive_from_java!(bool => Boolean, i8 => Byte, u16 => Char, i16 => Short, i32 => Int, i64 => Long, f32 => Float,
    f64 => Double);

impl FromJava for String {
    fn from_java(vm: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
        match value {
            JavaValue::Str(s) => Ok(s),
            JavaValue::Object(o) => vm.string_value(&o),
            other => mismatch("String", &other),
        }
    }
}

impl FromJava for JavaObject {
    fn from_java(_: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
        match value {
            JavaValue::Object(o) => Ok(o),
            other => mismatch("JavaObject", &other),
        }
    }
}

impl<T: FromJava> FromJava for Option<T> {
    fn from_java(vm: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
        match value {
            JavaValue::Null => Ok(None),
            other => T::from_java(vm, other).map(Some),
        }
    }
}

impl FromJava for JavaArray {
    fn from_java(vm: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
        match value {
            JavaValue::Array(a) => Ok(a),
            JavaValue::Object(o) => vm.array_value(&o),
            other => mismatch("JavaArray", &other),
        }
    }
}

macro_rules! vec_from_java {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl FromJava for Vec<$t> {
            fn from_java(vm: &mut Vm, value: JavaValue) -> Result<Self, VmError> {
                let shown = value.kind_name();
                match JavaArray::from_java(vm, value)? {
                    JavaArray::$variant(v) => Ok(v),
                    _ => Err(VmError::TypeMismatch { expected: concat!("Vec<", stringify!($t), ">"), got: shown }),
                }
            }
        }
    )*};
}
vec_from_java!(bool => Boolean, i8 => Byte, u16 => Char, i16 => Short, i32 => Int, i64 => Long, f32 => Float,
    f64 => Double, String => String);
