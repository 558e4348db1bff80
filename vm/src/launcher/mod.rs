//! The `cortado` command's library half: `java`'s command line parsed into [`LaunchOptions`], and the launch.
//!
//! Every failure is a [`LaunchError`] whose `Display` is what `java` prints on stderr for the same mistake
//! (observed from HotSpot 17's launcher), so scripts and the conformance suite see the same text and exit
//! code from both.

mod args;
mod options;
mod run;
mod source_mode;
mod vm_options;

use std::path::PathBuf;

use classfile::ClassFormatError;
use classfile::classpath::ClassPathError;

pub use args::{Command, parse};
pub use options::{
    AssertionSwitch, ExecutionMode, KNOWN_XX, LaunchOptions, Target, XxFlags, XxOption, XxValue,
    parse_size,
};
pub use run::launch;
pub(crate) use vm_options::system_properties;
pub use source_mode::first_type_name;

/// The version `-version` reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// HotSpot's two closing lines when the VM could not be created from its options.
const CANNOT_CREATE_VM: &str = "Error: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.";

/// Everything that stops a launch, each worded as `java` words it.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    /// `-XX:Name` with a name not in [`KNOWN_XX`].
    #[error("Unrecognized VM option '{name}'")]
    UnrecognizedVmOption {
        /// The name as given.
        name: String,
    },
    /// `-XX:Name=value` whose value does not parse.
    #[error("Improperly specified VM option '{text}'")]
    ImproperVmOption {
        /// The text after `-XX:`.
        text: String,
    },
    /// A boolean `-XX` option given as `Name=value` or bare.
    #[error("Missing +/- setting for VM option '{name}'")]
    MissingPlusMinus {
        /// The option.
        name: String,
    },
    /// A numeric `-XX` option given as `+Name` or `-Name`.
    #[error("Unexpected +/- setting in VM option '{name}'")]
    UnexpectedPlusMinus {
        /// The option.
        name: String,
    },
    /// `-Xmx12q` and the like.
    #[error("Invalid {what}: {option}")]
    InvalidSize {
        /// `maximum heap size`, `thread stack size`, ...
        what: &'static str,
        /// The whole option.
        option: String,
    },
    /// An option `java` does not have.
    #[error("Unrecognized option: {option}")]
    UnrecognizedOption {
        /// The option.
        option: String,
    },
    /// An option that takes a value came last.
    #[error("Error: {option} requires {what}")]
    MissingValue {
        /// The option.
        option: String,
        /// What it needs.
        what: &'static str,
    },
    /// clap refused the (rewritten) command line.
    #[error("{message}")]
    Usage {
        /// clap's message.
        message: String,
    },
    /// No main class, `-jar` or source file.
    #[error("Usage: cortado [options] <mainclass> [args...]\n(see cortado --help)")]
    NoTarget,
    /// The main class is not on the class path.
    #[error(
        "Error: Could not find or load main class {name}\nCaused by: java.lang.ClassNotFoundException: {name}"
    )]
    ClassNotFound {
        /// The name as given.
        name: String,
    },
    /// Reading the class path failed while looking for the main class.
    #[error(
        "Error: Could not find or load main class {name}\nCaused by: java.io.IOException: {source}"
    )]
    ClassPath {
        /// The class looked for.
        name: String,
        /// What went wrong.
        source: ClassPathError,
    },
    /// The main class is malformed; HotSpot's launcher reports the `LinkageError` on two lines.
    #[error("Error: LinkageError occurred while loading main class {name}\n\t{}: {source}", source.java_class().replace('/', "."))]
    Linkage {
        /// The class.
        name: String,
        /// The defect (boxed: it is large, and every launch error would pay for its size).
        source: Box<ClassFormatError>,
    },
    /// No `main(String[])`, or one that is not public.
    #[error(
        "Error: Main method not found in class {class}, please define the main method as:\n   public static void \
         main(String[] args)\nor a JavaFX application class must extend javafx.application.Application"
    )]
    MainNotFound {
        /// The class.
        class: String,
    },
    /// `main(String[])` is an instance method.
    #[error(
        "Error: Main method is not static in class {class}, please define the main method as:\n   public static \
         void main(String[] args)"
    )]
    MainNotStatic {
        /// The class.
        class: String,
    },
    /// `-jar` on a JAR without `Main-Class`.
    #[error("{source}")]
    NoMainManifest {
        /// [`ClassPathError::NoMainClass`].
        source: ClassPathError,
    },
    /// `-jar` on a file that cannot be read.
    #[error("Error: Unable to access jarfile {}", jar.display())]
    JarUnreadable {
        /// The JAR as given.
        jar: PathBuf,
    },
    /// `-jar` on a file that is not a JAR.
    #[error("Error: Invalid or corrupt jarfile {}", jar.display())]
    BadJar {
        /// The JAR as given.
        jar: PathBuf,
    },
    /// Source-file mode without a JDK.
    #[error("error: source-file mode needs javac: set JAVA_HOME or put javac on PATH")]
    NoJavac,
    /// The source file could not be read.
    #[error("error: cannot read {}: {source}", path.display())]
    ReadSource {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A temporary directory for javac's output could not be made.
    #[error("error: cannot create a temporary directory: {source}")]
    TempDir {
        /// Why.
        source: std::io::Error,
    },
    /// javac could not be started.
    #[error("error: cannot run {}: {source}", javac.display())]
    RunJavac {
        /// The javac found.
        javac: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// javac reported errors (already printed by javac itself).
    #[error("error: compilation failed")]
    CompilationFailed,
    /// The source file declares no type.
    #[error("error: no class declared in source file")]
    NoTypeInSource,
    /// `--disassemble` on a file that cannot be read.
    #[error("cortado: cannot read {}: {source}", path.display())]
    ReadClass {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The heap settings cannot make a heap (HotSpot's wording after its header line; printed on stdout, as
    /// HotSpot does).
    #[error("Error occurred during initialization of VM\n{0}")]
    HeapSettings(&'static str),
    /// The VM itself could not start (its class library is broken, or no thread could be made).
    #[error("{message}")]
    Vm {
        /// What went wrong.
        message: String,
    },
}

impl LaunchError {
    /// Whether HotSpot would fail this one while creating the VM, adding its two closing lines.
    pub fn is_vm_creation(&self) -> bool {
        matches!(
            self,
            Self::UnrecognizedVmOption { .. }
                | Self::ImproperVmOption { .. }
                | Self::MissingPlusMinus { .. }
                | Self::UnexpectedPlusMinus { .. }
                | Self::InvalidSize { .. }
                | Self::UnrecognizedOption { .. }
        )
    }
}

/// `-version`'s text, in HotSpot's three-line shape (`--version` drops the word `version` and the quotes).
pub fn version_text(long_form: bool) -> String {
    let first = if long_form {
        format!("cortado {VERSION}")
    } else {
        format!("cortado version \"{VERSION}\"")
    };
    format!(
        "{first}\nCortado Runtime Environment (build {VERSION})\nCortado VM (build {VERSION}, interpreted mode)\n"
    )
}

/// The whole command: parses `args` (without the program name), launches, prints any error; returns the
/// process exit code.
pub fn main(args: &[String]) -> i32 {
    let result = parse(args).and_then(|command| match command {
        Command::Help(text) => {
            print!("{text}");
            Ok(0)
        }
        Command::Version { stderr: true } => {
            eprint!("{}", version_text(false));
            Ok(0)
        }
        Command::Version { stderr: false } => {
            print!("{}", version_text(true));
            Ok(0)
        }
        Command::Run {
            options,
            show_version,
        } => {
            if show_version {
                eprint!("{}", version_text(false));
            }
            launch(&options)
        }
    });
    match result {
        Ok(status) => status,
        // HotSpot reports a failure to initialize the VM itself on stdout.
        Err(error @ LaunchError::HeapSettings(_)) => {
            println!("{error}");
            1
        }
        Err(error) => {
            eprintln!("{error}");
            if error.is_vm_creation() {
                eprintln!("{CANNOT_CREATE_VM}");
            }
            1
        }
    }
}
