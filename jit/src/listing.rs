//! The study tools' method filter: which methods `-XX:PrintIR` and `-XX:PrintDisassembly` list as they
//! compile, and the listings' headers.

use rt::MethodRef;

/// A `Class.method` pattern: the class by binary name (dots or slashes) or by its simple name, the method by
/// name; `Class.*` names every method of a class and `*` every method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodFilter {
    class: String,
    method: String,
}

impl MethodFilter {
    /// The filter `pattern` describes.
    pub fn new(pattern: &str) -> Self {
        let pattern = pattern.replace('/', ".").replace("::", ".");
        match pattern.rsplit_once('.') {
            Some((class, method)) => Self { class: class.to_owned(), method: method.to_owned() },
            None => Self { class: pattern.clone(), method: "*".to_owned() },
        }
    }

    /// Whether `method` is one the pattern names.
    pub fn matches(&self, method: MethodRef) -> bool {
        let name_matches = self.method == "*" || *self.method == *method.name;
        if !name_matches {
            return false;
        }
        if self.class == "*" {
            return true;
        }
        let class = method.class.java_name();
        class == self.class || class.strip_suffix(self.class.as_str()).is_some_and(|head| head.ends_with(['.', '$']))
    }
}

/// The header line of a listing: what is listed, of which method, entered where.
pub fn header(what: &str, method: MethodRef, osr_bci: Option<u32>) -> String {
    let osr = osr_bci.map(|bci| format!(" (OSR entry @ {bci})")).unwrap_or_default();
    format!("; {what} of {}::{}{}{osr}\n", method.class.java_name(), method.name, method.descriptor)
}
