//! The execution modes every conformance program runs in: interpreter only, default tiering, compile-everything.

use std::fmt;

/// How Cortado is asked to execute a program, named by the `java` flag that asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// `-Xint`: the interpreter only, never the JIT.
    Xint,
    /// No flag: the default tiering policy (interpret, compile what gets hot).
    Default,
    /// `-Xcomp`: compile every method before its first call.
    Xcomp,
}

impl Mode {
    /// Every mode, in the order the suite reports them.
    pub const ALL: [Mode; 3] = [Mode::Xint, Mode::Default, Mode::Xcomp];

    /// The command-line flag that selects this mode, if any (the default mode has none).
    pub fn flag(self) -> Option<&'static str> {
        match self {
            Mode::Xint => Some("-Xint"),
            Mode::Default => None,
            Mode::Xcomp => Some("-Xcomp"),
        }
    }

    /// The mode's name in reports and in `known-failures.txt`: its flag, or `default`.
    pub fn name(self) -> &'static str {
        self.flag().unwrap_or("default")
    }

    /// Parses a name as [`Mode::name`] writes it.
    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|mode| mode.name() == name)
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for mode in Mode::ALL {
            assert_eq!(Mode::from_name(mode.name()), Some(mode));
        }
        assert_eq!(Mode::from_name("Xint"), None);
        assert_eq!(Mode::Default.flag(), None);
    }
}
