//! The embedding API's errors: a Java exception that escaped to the host, a stop (budget, deadline,
//! interrupt, exit), a host-side misuse, or an internal failure of the VM.

use thiserror::Error;

/// A Java exception that reached the host: its class, message, stack trace and cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaException {
    /// The exception's class, binary name (`java.lang.IllegalStateException`).
    pub class: String,
    /// `getMessage()`, if not null.
    pub message: Option<String>,
    /// The stack trace, one `StackTraceElement.toString()` per frame, innermost first
    /// (`Plugin.run(Plugin.java:12)`).
    pub stack_trace: Vec<String>,
    /// The cause, if any.
    pub cause: Option<Box<JavaException>>,
}

impl std::fmt::Display for JavaException {
    /// `class: message`, as the first line of Java's own report.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.message {
            Some(message) => write!(f, "{}: {message}", self.class),
            None => f.write_str(&self.class),
        }
    }
}

impl JavaException {
    /// The report `printStackTrace` would print: the first line, `\tat` lines, `Caused by:` chains.
    pub fn report(&self) -> String {
        let mut text = String::new();
        let mut current = Some(self);
        let mut first = true;
        while let Some(e) = current {
            if !first {
                text.push_str("Caused by: ");
            }
            first = false;
            text.push_str(&e.to_string());
            text.push('\n');
            for line in &e.stack_trace {
                text.push_str("\tat ");
                text.push_str(line);
                text.push('\n');
            }
            current = e.cause.as_deref();
        }
        text
    }
}

/// Everything that can go wrong in a call into a VM.
#[derive(Debug, Error)]
pub enum VmError {
    /// Java code threw and nothing caught it.
    #[error("{0}")]
    Exception(JavaException),
    /// The execution budget (fuel) ran out.
    #[error("the execution budget ran out")]
    BudgetExhausted,
    /// The wall-clock deadline passed.
    #[error("the deadline passed")]
    DeadlineExceeded,
    /// The host interrupted the VM through an [`InterruptHandle`](super::InterruptHandle).
    #[error("interrupted by the host")]
    Interrupted,
    /// Java code called `System.exit` (granted by [`Capability::Exit`](super::Capability::Exit)).
    #[error("the program exited with status {0}")]
    Exited(i32),
    /// No such method (or it is static where an instance method was asked for, or the reverse).
    #[error("no method {0}")]
    NoSuchMethod(String),
    /// A method descriptor or class name the host gave is malformed.
    #[error("malformed descriptor or name: {0}")]
    BadDescriptor(String),
    /// An argument does not fit the method's parameter type.
    #[error("argument {index} of {method}: expected {expected}, got {got}")]
    ArgumentMismatch {
        /// The method.
        method: String,
        /// The argument's position (0 for the first).
        index: usize,
        /// The parameter type.
        expected: String,
        /// What was given.
        got: String,
    },
    /// A result could not be converted to the Rust type asked for.
    #[error("cannot convert {got} to {expected}")]
    TypeMismatch {
        /// The Rust type.
        expected: &'static str,
        /// The Java value.
        got: String,
    },
    /// An object handle from another VM.
    #[error("the object handle belongs to another VM")]
    WrongVm,
    /// The VM could not be built (class path entry, class library).
    #[error("cannot build the VM: {0}")]
    Build(String),
    /// A bug in Cortado: a panic or broken invariant inside the VM, caught at the API boundary. The VM is
    /// unusable afterwards (every later call returns [`VmError::Poisoned`]).
    #[error("internal error in the VM (a bug in Cortado): {0}")]
    Internal(String),
    /// An earlier call failed with [`VmError::Internal`] or the VM exited; drop it and build another.
    #[error("the VM is unusable after an earlier internal error or exit")]
    Poisoned,
}

impl VmError {
    /// The Java exception, if that is what this is.
    pub fn exception(&self) -> Option<&JavaException> {
        match self {
            Self::Exception(e) => Some(e),
            _ => None,
        }
    }
}
