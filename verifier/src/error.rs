//! The verifier's errors: a `VerifyError` names class, method, bci and the rule broken, worded so that its
//! first words are those of HotSpot's `java.lang.VerifyError` message for the same defect.

use std::fmt;

use crate::types::VType;

/// A class needed to answer a subtype question could not be loaded; the VM turns it into the
/// `NoClassDefFoundError` (or whatever the loading error was) that HotSpot would throw while verifying.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{class}: {message}")]
pub struct HierarchyError {
    /// The internal name of the class that could not be loaded.
    pub class: String,
    /// Why (as the class loader words it).
    pub message: String,
}

/// Why [`verify_class`](crate::verify_class) refused a class.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyFailure {
    /// The bytecode breaks a rule of JVMS 4.10: the VM throws `java.lang.VerifyError`.
    #[error(transparent)]
    Verify(#[from] Box<VerifyError>),
    /// Loading a class for a subtype question failed: the VM throws that loading error.
    #[error(transparent)]
    Hierarchy(#[from] HierarchyError),
}

/// A broken verification rule, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    /// The class being verified (internal name).
    pub class: String,
    /// The method's name.
    pub method: String,
    /// The method's descriptor.
    pub descriptor: String,
    /// The instruction at fault, when the error is about one.
    pub bci: Option<u32>,
    /// The rule broken.
    pub kind: VerifyErrorKind,
    /// Found by type inference (class files before 50), whose errors HotSpot words in its old
    /// verifier's style: `(class: Foo, method: bar signature: (I)V) Expecting to find integer on stack`.
    pub inferred: bool,
}

impl std::error::Error for VerifyError {}

impl VerifyError {
    /// The Java exception the VM throws for this error: `java.lang.ClassFormatError` for a malformed
    /// `StackMapTable` (as HotSpot's verifier does), `java.lang.VerifyError` for everything else.
    pub fn java_class(&self) -> &'static str {
        match self.kind {
            VerifyErrorKind::StackMapFormat(_) => "java.lang.ClassFormatError",
            _ => "java.lang.VerifyError",
        }
    }
}

/// `Bad type on operand stack in method Foo.bar(I)V at bci 5: expected integer, found 'java/lang/Object'`:
/// HotSpot's headline first, then where, then the detail.
impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.inferred
            && let Some(message) = self.kind.old_verifier_message()
        {
            return write!(
                f,
                "(class: {}, method: {} signature: {}) {message}",
                self.class, self.method, self.descriptor
            );
        }
        write!(
            f,
            "{} in method {}.{}{}",
            self.kind.headline(),
            self.class,
            self.method,
            self.descriptor
        )?;
        if let Some(bci) = self.bci {
            write!(f, " at bci {bci}")?;
        }
        if let Some(detail) = self.kind.detail() {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

/// The rules of JVMS 4.10 a method can break, one variant per HotSpot message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyErrorKind {
    /// An operand has the wrong type.
    BadTypeOnStack {
        /// What the instruction needs (a type or a description such as "array").
        expected: String,
        /// What the stack holds.
        found: VType,
    },
    /// A local variable has the wrong type for a load, `iinc` or `ret`.
    BadLocalType {
        /// The local's index.
        index: u32,
        /// What the instruction needs.
        expected: String,
        /// What the local holds.
        found: VType,
    },
    /// A push past `max_stack`.
    StackOverflow,
    /// A pop from an empty stack (or half of a category-2 value).
    StackUnderflow,
    /// A local index at or past `max_locals`.
    IllegalLocal(u32),
    /// Execution can run past the last instruction.
    FallsOffEnd,
    /// A jump to a bci without a stack map frame.
    ExpectingFrameAtBranch(u32),
    /// The frame at a branch target does not accept the jumping frame.
    InconsistentFrames(u32),
    /// An instruction after an unconditional transfer has no stack map frame.
    ExpectingFrame,
    /// Falling through into a stack map frame that does not accept the current frame.
    InstructionTypeMismatch,
    /// The exception frame does not fit the handler's stack map frame.
    HandlerFrameMismatch(u32),
    /// The catch type is not a `Throwable`.
    CatchTypeNotThrowable(u32),
    /// A return instruction does not fit the method's return type.
    BadReturnType,
    /// `return` in a method with a return type.
    ExpectsReturnValue,
    /// A typed return in a `void` method.
    NoReturnValueExpected,
    /// A constructor returns with `this` uninitialized.
    InitNotCalled,
    /// An `invokespecial` of `<init>` on something that is not an uninitialized object of the right class.
    BadInitCall,
    /// A protected member of a superclass in another package accessed through an unrelated reference.
    BadProtectedAccess,
    /// `invokespecial` naming a class that the current class is not a subclass of.
    BadInvokespecial,
    /// An opcode the verifier refuses here (`jsr`/`ret` from class version 51, as its hex byte like
    /// HotSpot's `Bad instruction: a8`), or code that does not decode (the decoder's message).
    BadInstruction(String),
    /// A constant-pool entry of the wrong kind for the instruction.
    IllegalConstant(u16),
    /// The `StackMapTable` does not fit the code (a frame off an instruction boundary): a `VerifyError`.
    BadStackMap(String),
    /// The `StackMapTable` is malformed in itself (more entries than `max_locals`/`max_stack` allow, an
    /// uninitialized type not naming a `new`, a class index that is not a `Class`): HotSpot throws these
    /// as `ClassFormatError` from the verifier, and so should the VM ([`VerifyError::java_class`]).
    StackMapFormat(String),
    /// A `lload`/`dload` whose second slot is past `max_locals`.
    LongLoadOverflow,
    /// `invokespecial <init>` whose receiver is not an uninitialized object.
    BadInitOperand(VType),
    /// `<init>` or `<clinit>` named by an instruction that may not call it.
    IllegalInternalCall,
    /// `invokespecial <init>` on an object created by a `new` of another class.
    WrongInitCall,
    /// `invokeinterface`'s count byte does not match the descriptor.
    InvokeinterfaceCount,
    /// `multianewarray` asks for more dimensions than the type has.
    MultianewarrayDims(u8),
    /// `new` of an array type, or `anewarray` past 255 dimensions.
    IllegalNew,
    /// A branch target or exception range that is not an instruction boundary inside the code.
    IllegalTarget(u32),
    /// An exception-table row whose range is empty or outside the code.
    BadExceptionTable,
    /// A method whose descriptor, code or flags cannot be read (format checks normally catch these first).
    Malformed(String),
    /// `ret` of a local that holds no return address, or subroutines that cannot be resolved (inference).
    BadSubroutine(String),
    /// A merge at a join point yields an unusable type that is then used (inference).
    Inconsistent(String),
}

impl VerifyErrorKind {
    /// HotSpot's first line for this defect.
    pub fn headline(&self) -> String {
        match self {
            Self::BadTypeOnStack { .. } => "Bad type on operand stack".into(),
            Self::BadLocalType { .. } => "Bad local variable type".into(),
            Self::StackOverflow => "Operand stack overflow".into(),
            Self::StackUnderflow => "Operand stack underflow".into(),
            Self::IllegalLocal(_) => "Local variable table overflow".into(),
            Self::FallsOffEnd => "Control flow falls through code end".into(),
            Self::ExpectingFrameAtBranch(t) => {
                format!("Expecting a stackmap frame at branch target {t}")
            }
            Self::InconsistentFrames(t) => {
                format!("Inconsistent stackmap frames at branch target {t}")
            }
            Self::ExpectingFrame => "Expecting a stack map frame".into(),
            Self::InstructionTypeMismatch => "Instruction type does not match stack map".into(),
            Self::HandlerFrameMismatch(h) => {
                format!("Stack map does not match the one at exception handler {h}")
            }
            Self::CatchTypeNotThrowable(h) => {
                format!("Catch type is not a subclass of Throwable in exception handler {h}")
            }
            Self::BadReturnType => "Bad return type".into(),
            Self::ExpectsReturnValue => "Method expects a return value".into(),
            Self::NoReturnValueExpected => "Method does not expect a return value".into(),
            Self::InitNotCalled => "Constructor must call super() or this() before return".into(),
            Self::BadInitCall => "Bad <init> method call".into(),
            Self::BadProtectedAccess => "Bad access to protected data".into(),
            Self::BadInvokespecial => {
                "Bad invokespecial instruction: current class isn't assignable to reference class."
                    .into()
            }
            Self::BadInstruction(what) => format!("Bad instruction: {what}"),
            Self::IllegalConstant(i) => format!("Illegal type at constant pool entry {i}"),
            Self::BadStackMap(s) => format!("StackMapTable error: {s}"),
            Self::StackMapFormat(s) => format!("StackMapTable format error: {s}"),
            Self::LongLoadOverflow => "get long/double overflows locals".into(),
            Self::BadInitOperand(_) => "Bad operand type when invoking <init>".into(),
            Self::IllegalInternalCall => "Illegal call to internal method".into(),
            Self::WrongInitCall => "Call to wrong <init> method".into(),
            Self::InvokeinterfaceCount => {
                "Inconsistent args count operand in invokeinterface".into()
            }
            Self::MultianewarrayDims(d) => {
                format!("Illegal dimension in multianewarray instruction: {d}")
            }
            Self::IllegalNew => "Illegal new instruction".into(),
            Self::IllegalTarget(t) => format!("Illegal target of jump or branch {t}"),
            Self::BadExceptionTable => "Illegal exception table range".into(),
            Self::Malformed(_) => "Illegal method".into(),
            Self::BadSubroutine(_) => "Illegal return from subroutine".into(),
            Self::Inconsistent(_) => "Inconsistent types at join point".into(),
        }
    }

    /// The old (type-inference) verifier's wording, for the defects it words differently; `None` where
    /// the headline serves.
    pub fn old_verifier_message(&self) -> Option<String> {
        Some(match self {
            Self::BadTypeOnStack { expected, .. } => match expected.as_str() {
                "integer" | "long" | "float" | "double" => {
                    format!("Expecting to find {expected} on stack")
                }
                _ => "Expecting to find object/array on stack".into(),
            },
            Self::BadLocalType {
                index,
                found: VType::Top,
                ..
            } => {
                format!("Accessing value from uninitialized register {index}")
            }
            Self::BadLocalType { index, .. } => format!("Register {index} contains wrong type"),
            Self::StackOverflow => "Stack size too large".into(),
            Self::StackUnderflow => "Unable to pop operand off an empty stack".into(),
            Self::IllegalLocal(_) => "Illegal local variable number".into(),
            Self::FallsOffEnd => "Falling off the end of the code".into(),
            Self::IllegalTarget(_) => "Illegal target of jump or branch".into(),
            Self::BadReturnType | Self::ExpectsReturnValue | Self::NoReturnValueExpected => {
                "Wrong return type in function".into()
            }
            Self::InitNotCalled => "Constructor must call super() or this()".into(),
            Self::Inconsistent(detail) => match detail.strip_prefix("inconsistent stack height ") {
                Some(heights) => format!("Inconsistent stack height {heights}"),
                None => return None,
            },
            _ => return None,
        })
    }

    /// The detail after the location, if any.
    pub fn detail(&self) -> Option<String> {
        match self {
            Self::BadTypeOnStack { expected, found } => {
                Some(format!("expected {expected}, found {found}"))
            }
            Self::BadLocalType {
                index,
                expected,
                found,
            } => Some(format!("local {index}: expected {expected}, found {found}")),
            Self::IllegalLocal(i) => Some(format!("local {i}")),
            Self::Malformed(s) | Self::BadSubroutine(s) | Self::Inconsistent(s) => Some(s.clone()),
            _ => None,
        }
    }
}

/// Inside the verifier: a broken rule (located later by the driver) or a class that could not be loaded.
#[derive(Debug)]
pub(crate) enum Fail {
    /// A rule of JVMS 4.10.
    Rule(VerifyErrorKind),
    /// A hierarchy question failed.
    Load(HierarchyError),
}

impl From<VerifyErrorKind> for Fail {
    fn from(kind: VerifyErrorKind) -> Self {
        Fail::Rule(kind)
    }
}

impl From<HierarchyError> for Fail {
    fn from(e: HierarchyError) -> Self {
        Fail::Load(e)
    }
}

/// The result of an instruction rule or a check.
pub(crate) type Step<T = ()> = Result<T, Fail>;
