//! Parsing `java`'s command line: its spellings first rewritten into clap's, then clap for structure and help.
//!
//! `java` spells options in ways clap does not (`-cp`, `-version`, `-Xmx64m`, `-Dk=v`, `-XX:+Name`) and
//! stops at the first word that is not an option: that word is the main class (or source file), and every
//! word after it belongs to the program, even `-v`. So a small pass walks the words, maps each `java`
//! spelling onto a long option of the [`Cli`] below and puts `--` before the main class; clap then does the
//! rest and writes the help text.

use std::path::PathBuf;

use clap::Parser;

use super::LaunchError;
use super::options::{AssertionSwitch, LaunchOptions, Target};

/// Shown as the usage line of `--help`, in `java`'s shape.
const USAGE: &str = "cortado [options] <mainclass> [args...]
       cortado [options] -jar <jarfile> [args...]
       cortado [options] <SourceFile.java> [args...]
       cortado [options] --disassemble <class-or-file> [-v]";

/// The `java` spellings, which clap does not list because they are rewritten before it sees them.
const JAVA_OPTIONS: &str = "Options as java spells them (before the main class):
  -cp, -classpath <path>      same as --class-path (default: $CLASSPATH, else .)
  -D<name>=<value>            set a system property
  -ea[:<pkg>...|:<class>], -enableassertions, -da, -disableassertions, -esa, -dsa
                              enable or disable assertions
  -verbose:class|gc           log class loading or garbage collection
  -version                    print the version to stderr and exit; -showversion prints it and goes on
  -help, -h, -?               this text
  -Xint | -Xmixed | -Xcomp    interpreter only | tiered (default) | compile every method
  -Xmx<size> -Xms<size> -Xmn<size> -Xss<size>
                              heap maximum, initial heap, young generation, thread stack (e.g. 64m, 1g)
  -Xlog:<selectors>           unified logging
  -Xverify:none               skip bytecode verification
  -XX:+Name, -XX:-Name, -XX:Name=value
                              Cortado's tuning flags: CompileThreshold, OnStackReplacePercentage,
                              UseOnStackReplacement, PrintCompilation, PrintIR=Class.method,
                              PrintDisassembly=Class.method, BackgroundCompilation

Arguments after the main class, source file or -jar <jarfile> are passed to the program.";

/// The command line after rewriting (see the module doc).
#[derive(Parser, Debug)]
#[command(
    name = "cortado",
    about = "Cortado: a Java virtual machine",
    override_usage = USAGE,
    after_help = JAVA_OPTIONS,
    disable_version_flag = true
)]
struct Cli {
    /// Directories, JARs and JMODs to search for classes, separated by ':'
    #[arg(long = "class-path", value_name = "path")]
    class_path: Option<String>,
    /// Run the Main-Class of a JAR
    #[arg(long = "jar", value_name = "jarfile")]
    jar: Option<PathBuf>,
    /// Print a class (a name on the class path, or a .class file) in javap style instead of running it
    #[arg(long = "disassemble", value_name = "class-or-file")]
    disassemble: Option<String>,
    /// With --disassemble: also the version, flags and constant pool
    #[arg(short = 'v')]
    verbose_disassembly: bool,
    /// Print execution counters at exit
    #[arg(long)]
    stats: bool,
    /// Print the version to stdout and exit
    #[arg(long = "version")]
    version: bool,
    #[arg(long = "version-stderr", hide = true)]
    version_stderr: bool,
    #[arg(long = "show-version", hide = true)]
    show_version: bool,
    #[arg(long = "define", hide = true)]
    define: Vec<String>,
    #[arg(long = "assertions", hide = true, allow_hyphen_values = true)]
    assertions: Vec<String>,
    #[arg(long = "verbose-kind", hide = true)]
    verbose: Vec<String>,
    #[arg(long = "vm-option", hide = true, allow_hyphen_values = true)]
    vm_options: Vec<String>,
    /// The main class or source file, then the program's arguments
    #[arg(
        value_name = "mainclass|SourceFile.java] [args",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    rest: Vec<String>,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    /// Launch (or disassemble); `show_version` for `-showversion`.
    Run {
        /// The options.
        options: Box<LaunchOptions>,
        /// Print the version to stderr first.
        show_version: bool,
    },
    /// `-help`: print this text to stdout.
    Help(String),
    /// `-version` (to stderr) or `--version` (to stdout).
    Version {
        /// Whether it was the single-dash form.
        stderr: bool,
    },
}

/// Parses the words after the program name.
pub fn parse(args: &[String]) -> Result<Command, LaunchError> {
    let words = rewrite(args)?;
    let cli = match Cli::try_parse_from(std::iter::once("cortado".to_owned()).chain(words)) {
        Ok(cli) => cli,
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {
            return Ok(Command::Help(e.to_string()));
        }
        Err(e) => {
            return Err(LaunchError::Usage {
                message: e.to_string(),
            });
        }
    };
    if cli.version_stderr || cli.version {
        return Ok(Command::Version {
            stderr: cli.version_stderr,
        });
    }
    let mut rest = cli.rest.into_iter();
    let target = if let Some(what) = cli.disassemble {
        Target::Disassemble {
            what,
            verbose: cli.verbose_disassembly,
        }
    } else if let Some(jar) = cli.jar {
        Target::Jar(jar)
    } else {
        match rest.next() {
            Some(file) if file.ends_with(".java") => Target::Source(file.into()),
            Some(class) => Target::Class(class),
            None => return Err(LaunchError::NoTarget),
        }
    };
    let mut options = LaunchOptions::new(target);
    options.program_args = rest.collect();
    if let Some(cp) = cli.class_path {
        options.class_path = cp;
    }
    options.stats = cli.stats;
    for define in cli.define {
        let (name, value) = define.split_once('=').unwrap_or((&define, ""));
        options.properties.push((name.to_owned(), value.to_owned()));
    }
    for switch in cli.assertions {
        apply_assertion(&mut options, &switch);
    }
    for kind in cli.verbose {
        match kind.as_str() {
            "class" => options.verbose_class = true,
            "gc" => options.verbose_gc = true,
            // java accepts other kinds (jni, module) and unknown ones without a word; so does Cortado.
            _ => {}
        }
    }
    for option in cli.vm_options {
        options.apply_x(&option)?;
    }
    Ok(Command::Run {
        options: Box::new(options),
        show_version: cli.show_version,
    })
}

/// Rewrites `java` spellings into [`Cli`]'s; everything from the main class on goes after `--`.
fn rewrite(args: &[String]) -> Result<Vec<String>, LaunchError> {
    let mut out = Vec::new();
    let mut words = args.iter().enumerate();
    while let Some((i, word)) = words.next() {
        let mut value = |what: &'static str| {
            words
                .next()
                .map(|(_, v)| v.clone())
                .ok_or(LaunchError::MissingValue {
                    option: word.clone(),
                    what,
                })
        };
        match word.as_str() {
            "-cp" | "-classpath" | "--class-path" => {
                out.extend([
                    "--class-path".to_owned(),
                    value("class path specification")?,
                ]);
            }
            "--disassemble" => {
                // `--disassemble -v Foo` as well as `--disassemble Foo -v`.
                let mut what = value("a class name or file")?;
                if what == "-v" {
                    out.push(what);
                    what = value("a class name or file")?;
                }
                out.extend(["--disassemble".to_owned(), what]);
            }
            "-jar" | "--jar" => {
                out.extend(["--jar".to_owned(), value("a jar file")?, "--".to_owned()]);
                out.extend(args[i + 2..].iter().cloned());
                return Ok(out);
            }
            "-version" => out.push("--version-stderr".to_owned()),
            "-showversion" | "--show-version" => out.push("--show-version".to_owned()),
            "-help" | "-h" | "-?" | "--help" => out.push("--help".to_owned()),
            "--version" | "--stats" | "-v" => out.push(word.clone()),
            "-verbose" => out.extend(["--verbose-kind".to_owned(), "class".to_owned()]),
            // Accepted for compatibility; there is one VM.
            "-server" | "-client" => {}
            w if w.starts_with("--class-path=") => {
                out.extend([
                    "--class-path".to_owned(),
                    w["--class-path=".len()..].to_owned(),
                ]);
            }
            w if w.starts_with("-D") && w.len() > 2 => {
                out.extend(["--define".to_owned(), w[2..].to_owned()])
            }
            w if w.starts_with("-verbose:") => {
                out.extend(["--verbose-kind".to_owned(), w[9..].to_owned()])
            }
            w if is_assertion_switch(w) => out.extend(["--assertions".to_owned(), w.to_owned()]),
            w if w.starts_with("-X") => out.extend(["--vm-option".to_owned(), w.to_owned()]),
            w if w.starts_with('-') => {
                return Err(LaunchError::UnrecognizedOption {
                    option: w.to_owned(),
                });
            }
            _ => {
                out.push("--".to_owned());
                out.extend(args[i..].iter().cloned());
                return Ok(out);
            }
        }
    }
    Ok(out)
}

const ASSERTION_SWITCHES: &[&str] = &[
    "-ea",
    "-da",
    "-enableassertions",
    "-disableassertions",
    "-esa",
    "-dsa",
    "-enablesystemassertions",
    "-disablesystemassertions",
];

fn is_assertion_switch(word: &str) -> bool {
    let head = word.split_once(':').map_or(word, |(head, _)| head);
    ASSERTION_SWITCHES.contains(&head)
}

fn apply_assertion(options: &mut LaunchOptions, switch: &str) {
    let (head, scope) = switch.split_once(':').unwrap_or((switch, ""));
    match head {
        "-esa" | "-enablesystemassertions" => options.system_assertions = true,
        "-dsa" | "-disablesystemassertions" => options.system_assertions = false,
        _ => {
            let enable = matches!(head, "-ea" | "-enableassertions");
            options.assertions.push(AssertionSwitch {
                enable,
                scope: scope.to_owned(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::launcher::options::ExecutionMode;

    fn run(words: &[&str]) -> LaunchOptions {
        let args: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        match parse(&args).expect("parses") {
            Command::Run { options, .. } => *options,
            other => panic!("not a run: {other:?}"),
        }
    }

    #[test]
    fn options_stop_at_the_main_class() {
        let o = run(&[
            "-cp", "a:b", "-Dx=1", "-Xint", "-ea:p...", "Main", "-v", "-Xmx1q", "--help",
        ]);
        assert_eq!(o.target, Target::Class("Main".into()));
        assert_eq!(o.class_path, "a:b");
        assert_eq!(o.properties, vec![("x".into(), "1".into())]);
        assert_eq!(o.execution_mode, ExecutionMode::Interpreted);
        assert_eq!(
            o.assertions,
            vec![AssertionSwitch {
                enable: true,
                scope: "p...".into()
            }]
        );
        assert_eq!(o.program_args, ["-v", "-Xmx1q", "--help"]);
    }

    #[test]
    fn jar_source_and_disassemble_targets() {
        let o = run(&["-jar", "app.jar", "-x"]);
        assert_eq!(o.target, Target::Jar("app.jar".into()));
        assert_eq!(o.program_args, ["-x"]);
        assert_eq!(
            run(&["Hello.java", "a"]).target,
            Target::Source("Hello.java".into())
        );
        let o = run(&["--disassemble", "java.lang.Object", "-v"]);
        assert_eq!(
            o.target,
            Target::Disassemble {
                what: "java.lang.Object".into(),
                verbose: true
            }
        );
    }

    #[test]
    fn java_errors() {
        let parse_words =
            |w: &[&str]| parse(&w.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert!(matches!(
            parse_words(&["-XX:+Nope", "A"]),
            Err(LaunchError::UnrecognizedVmOption { .. })
        ));
        assert!(matches!(
            parse_words(&["-foo", "A"]),
            Err(LaunchError::UnrecognizedOption { .. })
        ));
        assert!(matches!(
            parse_words(&["-cp"]),
            Err(LaunchError::MissingValue { .. })
        ));
        assert!(matches!(parse_words(&[]), Err(LaunchError::NoTarget)));
        assert!(matches!(
            parse_words(&["-version", "A"]),
            Ok(Command::Version { stderr: true })
        ));
        assert!(matches!(parse_words(&["-?"]), Ok(Command::Help(_))));
    }
}
