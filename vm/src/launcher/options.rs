//! `LaunchOptions`: what the command line asked for, typed, for the launcher today and the VM later.
//!
//! Also the two small languages inside `java`'s options: sizes (`64m`, `1g`) and `-XX:` flags, checked
//! against the table of the `-XX` options Cortado knows ([`KNOWN_XX`]), so that a misspelt flag fails the
//! way HotSpot fails rather than being silently ignored.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::LaunchError;

/// Which tiers run code (`-Xint`, `-Xmixed`, `-Xcomp`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExecutionMode {
    /// `-Xmixed`, the default: interpret, compile what gets hot.
    #[default]
    Mixed,
    /// `-Xint`: interpreter only.
    Interpreted,
    /// `-Xcomp`: compile every method before its first run.
    Compiled,
}

/// What to launch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `cortado [options] <mainclass>`: a binary name, dots or slashes.
    Class(String),
    /// `cortado -jar <jarfile>`.
    Jar(PathBuf),
    /// `cortado <SourceFile.java>`: compile with the host's `javac`, run the first top-level type.
    Source(PathBuf),
    /// `cortado --disassemble <class-or-file>`: print the class instead of running it.
    Disassemble {
        /// A class name looked up on the class path, or a path to a `.class` file.
        what: String,
        /// `-v`: version, flags and constant pool too.
        verbose: bool,
    },
}

/// One `-ea`/`-da` switch, kept in command-line order since later ones override earlier ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssertionSwitch {
    /// `-ea` (true) or `-da` (false).
    pub enable: bool,
    /// What follows the colon: empty for all classes, `pkg...` for a package tree, or a class name.
    pub scope: String,
}

/// The value of a `-XX` option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XxValue {
    /// A boolean flag (`-XX:+Name` / `-XX:-Name`).
    Bool(bool),
    /// A numeric option (`-XX:Name=value`).
    Int(i64),
    /// A text option (`-XX:Name=text`); the text itself is kept apart ([`XxFlags::text`]), the default is
    /// empty.
    Text,
}

/// A `-XX` option Cortado knows: its name, its default (which fixes its type) and what it does.
#[derive(Debug, Clone, Copy)]
pub struct XxOption {
    /// The name after `-XX:`.
    pub name: &'static str,
    /// The value when not given.
    pub default: XxValue,
    /// One line for humans.
    pub doc: &'static str,
}

/// The `-XX` options Cortado accepts. Add a row when a subsystem starts reading a flag.
pub const KNOWN_XX: &[XxOption] = &[
    XxOption {
        name: "CompileThreshold",
        default: XxValue::Int(1_500),
        doc: "invocations plus back-edges before a method is compiled",
    },
    XxOption {
        name: "PrintCompilation",
        default: XxValue::Bool(false),
        doc: "log each compiled method",
    },
    XxOption {
        name: "OnStackReplacePercentage",
        default: XxValue::Int(667),
        doc: "back-edges of one method before its interpreted loop moves to compiled code (on-stack replacement), \
              in percent of CompileThreshold (HotSpot's non-tiered meaning; 667 gives about 10,000)",
    },
    XxOption {
        name: "UseOnStackReplacement",
        default: XxValue::Bool(true),
        doc: "compile and enter hot loops of interpreted methods mid-run",
    },
    XxOption {
        name: "PrintIR",
        default: XxValue::Text,
        doc: "print the Cranelift IR of the methods matching Class.method (Class.* or * for all) as they compile",
    },
    XxOption {
        name: "PrintDisassembly",
        default: XxValue::Text,
        doc: "print the machine code (Cranelift's VCode listing) of the methods matching Class.method as they compile",
    },
    XxOption {
        name: "Inline",
        default: XxValue::Bool(true),
        doc: "translate small methods with a known target into their callers (and virtual ones behind a guard)",
    },
    XxOption {
        name: "MaxInlineSize",
        default: XxValue::Int(35),
        doc: "the most bytes of bytecode a method may have to be inlined",
    },
    XxOption {
        name: "EliminateLocks",
        default: XxValue::Bool(true),
        doc: "merge adjacent synchronized regions on one object in compiled code (lock coarsening)",
    },
    XxOption {
        name: "BackgroundCompilation",
        default: XxValue::Bool(true),
        doc: "compile on a background thread",
    },
    // Collector selection: Cortado has one generational collector; HotSpot's choices are accepted and all get
    // it, except Epsilon (HotSpot wants -XX:+UnlockExperimentalVMOptions first), which never collects.
    XxOption { name: "UseSerialGC", default: XxValue::Bool(false), doc: "accepted: Cortado's collector is generational and serial" },
    XxOption { name: "UseParallelGC", default: XxValue::Bool(false), doc: "accepted: Cortado's collector is generational and serial" },
    XxOption { name: "UseG1GC", default: XxValue::Bool(false), doc: "accepted: Cortado's collector is generational and serial" },
    XxOption { name: "UseEpsilonGC", default: XxValue::Bool(false), doc: "never collect (for measurement): the heap only grows to -Xmx" },
    XxOption { name: "UnlockExperimentalVMOptions", default: XxValue::Bool(false), doc: "accepted (HotSpot wants it for UseEpsilonGC)" },
    XxOption { name: "UnlockDiagnosticVMOptions", default: XxValue::Bool(false), doc: "accepted (HotSpot wants it for diagnostic flags)" },
    XxOption { name: "MaxTenuringThreshold", default: XxValue::Int(15), doc: "young collections an object survives before promotion (0-15)" },
    XxOption { name: "SurvivorRatio", default: XxValue::Int(8), doc: "eden size over one survivor space's size" },
    XxOption { name: "GCStress", default: XxValue::Bool(false), doc: "collect at every GCStressInterval-th allocation and verify the heap after each collection" },
    XxOption { name: "GCStressInterval", default: XxValue::Int(1), doc: "allocations between stress-mode collections" },
    XxOption { name: "VerifyAfterGC", default: XxValue::Bool(false), doc: "check every reference in the heap after each collection" },
    XxOption {
        name: "UseTransparentHugePages",
        default: XxValue::Bool(true),
        doc: "back the heap with transparent huge pages where the kernel allows (madvise)",
    },
    // Diagnostic options in HotSpot 17 (it wants -XX:+UnlockDiagnosticVMOptions first); accepted as they are.
    XxOption {
        name: "BytecodeVerificationRemote",
        default: XxValue::Bool(true),
        doc: "verify application classes when they are linked",
    },
    XxOption {
        name: "BytecodeVerificationLocal",
        default: XxValue::Bool(false),
        doc: "verify the class library's classes when they are linked",
    },
];

/// The `-XX` settings given on the command line, over [`KNOWN_XX`]'s defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XxFlags {
    set: BTreeMap<&'static str, XxValue>,
    text: BTreeMap<&'static str, String>,
}

impl XxFlags {
    /// Applies one `-XX:` option (the text after the colon).
    pub fn apply(&mut self, text: &str) -> Result<(), LaunchError> {
        let (name, value) = match text.as_bytes().first() {
            Some(b'+') => (&text[1..], None),
            Some(b'-') => (&text[1..], None),
            _ => match text.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (text, None),
            },
        };
        let option = KNOWN_XX.iter().find(|o| o.name == name).ok_or_else(|| {
            LaunchError::UnrecognizedVmOption {
                name: name.to_owned(),
            }
        })?;
        let parsed = match (option.default, value) {
            (XxValue::Bool(_), None) if text.starts_with(['+', '-']) => {
                XxValue::Bool(text.starts_with('+'))
            }
            (XxValue::Bool(_), _) => {
                return Err(LaunchError::MissingPlusMinus {
                    name: name.to_owned(),
                });
            }
            (XxValue::Int(_), Some(v)) => XxValue::Int(
                parse_size(v)
                    .and_then(|n| i64::try_from(n).ok())
                    .ok_or_else(|| LaunchError::ImproperVmOption {
                        text: text.to_owned(),
                    })?,
            ),
            (XxValue::Int(_) | XxValue::Text, None) => {
                return Err(LaunchError::UnexpectedPlusMinus {
                    name: name.to_owned(),
                });
            }
            (XxValue::Text, Some(v)) => {
                self.text.insert(option.name, v.to_owned());
                XxValue::Text
            }
        };
        self.set.insert(option.name, parsed);
        Ok(())
    }

    /// The value in force: the command line's, else the table's default; `None` for an unknown name.
    pub fn get(&self, name: &str) -> Option<XxValue> {
        let option = KNOWN_XX.iter().find(|o| o.name == name)?;
        Some(self.set.get(option.name).copied().unwrap_or(option.default))
    }

    /// A boolean option's value (false for an unknown or numeric one).
    pub fn flag(&self, name: &str) -> bool {
        matches!(self.get(name), Some(XxValue::Bool(true)))
    }

    /// A numeric option's value.
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.get(name)? {
            XxValue::Int(v) => Some(v),
            XxValue::Bool(_) | XxValue::Text => None,
        }
    }

    /// A text option's value, if the command line gave one.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.text.get(name).map(String::as_str)
    }
}

/// Everything the command line says, as the VM will take it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaunchOptions {
    /// What to run (or disassemble).
    pub target: Target,
    /// Arguments for `main`, untouched, even those starting with `-`.
    pub program_args: Vec<String>,
    /// The class path as given by `-cp`, else `CLASSPATH`, else `.` (ignored in `-jar` mode, as by `java`).
    pub class_path: String,
    /// `-D<name>=<value>` system properties, in order (a later one wins).
    pub properties: Vec<(String, String)>,
    /// `-ea`/`-da` switches in order.
    pub assertions: Vec<AssertionSwitch>,
    /// `-esa` / `-dsa`: assertions in system classes.
    pub system_assertions: bool,
    /// `-Xint` / `-Xmixed` / `-Xcomp`.
    pub execution_mode: ExecutionMode,
    /// `-Xmx`, in bytes.
    pub max_heap: Option<u64>,
    /// `-Xms`, in bytes.
    pub initial_heap: Option<u64>,
    /// `-Xmn`, in bytes.
    pub young_size: Option<u64>,
    /// `-Xss`, in bytes.
    pub stack_size: Option<u64>,
    /// `-verbose:class`.
    pub verbose_class: bool,
    /// `-verbose:gc`.
    pub verbose_gc: bool,
    /// `-Xlog:` selectors as written (empty string for a bare `-Xlog`).
    pub log: Vec<String>,
    /// Whether `-Xverify:none` was given, which HotSpot warns is deprecated. What gets verified is in
    /// [`xx`](Self::xx): `-Xverify:` sets `BytecodeVerificationLocal`/`Remote` as HotSpot does, so later
    /// `-XX:` settings override it in command-line order.
    pub verify_none: bool,
    /// `-XX:` settings.
    pub xx: XxFlags,
    /// `--stats`: print counters at exit.
    pub stats: bool,
}

impl LaunchOptions {
    /// Options for `target` with every setting at its default.
    pub fn new(target: Target) -> Self {
        LaunchOptions {
            target,
            program_args: Vec::new(),
            class_path: default_class_path(),
            properties: Vec::new(),
            assertions: Vec::new(),
            system_assertions: false,
            execution_mode: ExecutionMode::default(),
            max_heap: None,
            initial_heap: None,
            young_size: None,
            stack_size: None,
            verbose_class: false,
            verbose_gc: false,
            log: Vec::new(),
            verify_none: false,
            xx: XxFlags::default(),
            stats: false,
        }
    }

    /// Applies one `-X...` option (with its `-X`), as `java` spells them.
    pub fn apply_x(&mut self, option: &str) -> Result<(), LaunchError> {
        let size = |text: &str, what: &'static str| {
            parse_size(text).ok_or_else(|| LaunchError::InvalidSize {
                what,
                option: option.to_owned(),
            })
        };
        match option {
            "-Xint" => self.execution_mode = ExecutionMode::Interpreted,
            "-Xcomp" => self.execution_mode = ExecutionMode::Compiled,
            "-Xmixed" => self.execution_mode = ExecutionMode::Mixed,
            "-Xverify:none" => {
                self.verify_none = true;
                self.xx.apply("-BytecodeVerificationLocal")?;
                self.xx.apply("-BytecodeVerificationRemote")?;
            }
            "-Xverify:all" => {
                self.xx.apply("+BytecodeVerificationLocal")?;
                self.xx.apply("+BytecodeVerificationRemote")?;
            }
            "-Xverify:remote" => {
                self.xx.apply("-BytecodeVerificationLocal")?;
                self.xx.apply("+BytecodeVerificationRemote")?;
            }
            "-Xlog" => self.log.push(String::new()),
            _ => {
                if let Some(rest) = option.strip_prefix("-XX:") {
                    self.xx.apply(rest)?;
                } else if let Some(rest) = option.strip_prefix("-Xmx") {
                    self.max_heap = Some(size(rest, "maximum heap size")?);
                } else if let Some(rest) = option.strip_prefix("-Xms") {
                    self.initial_heap = Some(size(rest, "initial heap size")?);
                } else if let Some(rest) = option.strip_prefix("-Xmn") {
                    self.young_size = Some(size(rest, "maximum new generation size")?);
                } else if let Some(rest) = option.strip_prefix("-Xss") {
                    self.stack_size = Some(size(rest, "thread stack size")?);
                } else if let Some(rest) = option.strip_prefix("-Xlog:") {
                    self.log.push(rest.to_owned());
                } else {
                    return Err(LaunchError::UnrecognizedOption {
                        option: option.to_owned(),
                    });
                }
            }
        }
        Ok(())
    }
}

/// `CLASSPATH` if set and non-empty, else `.`, as `java` defaults it.
fn default_class_path() -> String {
    std::env::var("CLASSPATH")
        .ok()
        .filter(|cp| !cp.is_empty())
        .unwrap_or_else(|| ".".to_owned())
}

/// Parses a HotSpot size: decimal digits and an optional `k`, `m`, `g` or `t` (either case). `None` for
/// anything else or a value past `u64`.
pub fn parse_size(text: &str) -> Option<u64> {
    let (digits, shift) = match text.as_bytes().last()? {
        b'k' | b'K' => (&text[..text.len() - 1], 10),
        b'm' | b'M' => (&text[..text.len() - 1], 20),
        b'g' | b'G' => (&text[..text.len() - 1], 30),
        b't' | b'T' => (&text[..text.len() - 1], 40),
        _ => (text, 0),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: u64 = digits.parse().ok()?;
    value.checked_mul(1u64 << shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512k"), Some(512 * 1024));
        assert_eq!(parse_size("64m"), Some(64 << 20));
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("12q"), None);
        assert_eq!(parse_size("m"), None);
        assert_eq!(parse_size("-1m"), None);
        assert_eq!(parse_size("99999999999999999999"), None);
        assert_eq!(parse_size("20000000t"), None);
    }

    #[test]
    fn xx_flags() {
        let mut xx = XxFlags::default();
        assert!(!xx.flag("PrintCompilation"));
        xx.apply("+PrintCompilation").unwrap();
        xx.apply("CompileThreshold=500").unwrap();
        assert!(xx.flag("PrintCompilation"));
        assert_eq!(xx.int("CompileThreshold"), Some(500));
        assert_eq!(xx.text("PrintIR"), None);
        xx.apply("PrintIR=Foo.bar").unwrap();
        assert_eq!(xx.text("PrintIR"), Some("Foo.bar"));
        assert!(xx.apply("+PrintIR").is_err());
        assert!(matches!(
            xx.apply("+Foo"),
            Err(LaunchError::UnrecognizedVmOption { .. })
        ));
        assert!(matches!(
            xx.apply("CompileThreshold=abc"),
            Err(LaunchError::ImproperVmOption { .. })
        ));
        assert!(matches!(
            xx.apply("+CompileThreshold"),
            Err(LaunchError::UnexpectedPlusMinus { .. })
        ));
        assert!(matches!(
            xx.apply("PrintCompilation=1"),
            Err(LaunchError::MissingPlusMinus { .. })
        ));
    }

    #[test]
    fn x_options() {
        let mut o = LaunchOptions::new(Target::Class("A".into()));
        o.apply_x("-Xint").unwrap();
        o.apply_x("-Xmx64m").unwrap();
        o.apply_x("-Xss512k").unwrap();
        assert_eq!(o.execution_mode, ExecutionMode::Interpreted);
        assert_eq!(o.max_heap, Some(64 << 20));
        assert_eq!(o.stack_size, Some(512 << 10));
        let err = o.apply_x("-Xmx12q").unwrap_err();
        assert_eq!(err.to_string(), "Invalid maximum heap size: -Xmx12q");
        assert!(matches!(
            o.apply_x("-Xfoo"),
            Err(LaunchError::UnrecognizedOption { .. })
        ));
    }
}
