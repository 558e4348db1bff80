//! The attributes' plain tables: rows of indices and numbers, each declared once through `codec_struct!`.

use super::codec::codec_struct;
use crate::constant_pool::CpIndex;

codec_struct! {
    /// A row of `InnerClasses` (JVMS 4.7.6).
    pub struct InnerClass {
        /// `Class`: the inner class.
        pub inner_class: CpIndex,
        /// `Class`: the enclosing class, or 0 for local and anonymous classes.
        pub outer_class: CpIndex,
        /// `Utf8`: the simple name, or 0 for anonymous classes.
        pub inner_name: CpIndex,
        /// The flags the class was declared with in source.
        pub access_flags: u16,
    }
}

codec_struct! {
    /// `EnclosingMethod` (JVMS 4.7.7).
    pub struct EnclosingMethod {
        /// `Class`: the innermost enclosing class.
        pub class: CpIndex,
        /// `NameAndType`: the enclosing method, or 0 if the class is not enclosed by a method.
        pub method: CpIndex,
    }
}

codec_struct! {
    /// A row of `LineNumberTable` (JVMS 4.7.12).
    pub struct LineNumber {
        /// First bci of the line's code.
        pub start_pc: u16,
        /// The source line.
        pub line_number: u16,
    }
}

codec_struct! {
    /// A row of `LocalVariableTable` or `LocalVariableTypeTable` (JVMS 4.7.13, 4.7.14).
    pub struct LocalVariable {
        /// First bci where the variable has a value.
        pub start_pc: u16,
        /// Length of the range, in bytes of code.
        pub length: u16,
        /// `Utf8`: the variable's name.
        pub name: CpIndex,
        /// `Utf8`: its field descriptor (in a `LocalVariableTable`) or signature (in a `...TypeTable`).
        pub descriptor: CpIndex,
        /// The local-variable slot.
        pub index: u16,
    }
}

codec_struct! {
    /// A row of `BootstrapMethods` (JVMS 4.7.23).
    pub struct BootstrapMethod {
        /// `MethodHandle`: the bootstrap method.
        pub method: CpIndex,
        /// Loadable constants passed as static arguments.
        pub arguments: Vec<CpIndex>,
    }
}

codec_struct! {
    /// A row of `MethodParameters` (JVMS 4.7.24).
    pub struct MethodParameter {
        /// `Utf8`: the parameter's name, or 0 if it has none.
        pub name: CpIndex,
        /// `ACC_FINAL`, `ACC_SYNTHETIC`, `ACC_MANDATED`.
        pub access_flags: u16,
    }
}

codec_struct! {
    /// A row of a `Code` attribute's exception table (JVMS 4.7.3).
    pub struct ExceptionHandler {
        /// First bci covered.
        pub start_pc: u16,
        /// First bci no longer covered.
        pub end_pc: u16,
        /// The handler's first bci.
        pub handler_pc: u16,
        /// `Class`: the exception class caught, or 0 for any (`finally`).
        pub catch_type: CpIndex,
    }
}
