//! Carrying out a launch: find and read the main class (or JAR, or compiled source file), check it as the
//! `java` launcher does, then run it on a new VM; or disassemble a class.

use std::path::Path;

use classfile::ClassFile;
use classfile::classpath::{ClassPath, ClassPathError};
use classfile::disasm::{self, Options};

use super::LaunchError;
use super::options::{ExecutionMode, LaunchOptions, Target};
use super::source_mode;

/// Runs what `options` asks for and returns the process exit status.
pub fn launch(options: &LaunchOptions) -> Result<i32, LaunchError> {
    match &options.target {
        Target::Disassemble { what, verbose } => disassemble(options, what, *verbose).map(|()| 0),
        Target::Class(name) => {
            let class_path = ClassPath::from_path_string(&options.class_path);
            run_class(options, class_path, &options.class_path, name)
        }
        Target::Jar(jar) => {
            let launch = ClassPath::for_jar(jar).map_err(|e| jar_error(jar, e))?;
            let class_path_text = launch.class_path.to_path_string();
            run_class(options, launch.class_path, &class_path_text, &launch.main_class)
        }
        Target::Source(file) => {
            if !file.is_file() {
                // As `java` does: a `.java` word that names no file is taken for a class name.
                return Err(LaunchError::ClassNotFound {
                    name: file.display().to_string(),
                });
            }
            let (dir, name) = source_mode::compile(file)?;
            let class_path = ClassPath::from_paths([dir.path()]);
            let class_path_text = class_path.to_path_string();
            // `dir` stays alive (and on disk) until the program has finished.
            run_class(options, class_path, &class_path_text, &name)
        }
    }
}

/// Maps `-jar` failures onto the launcher's messages.
fn jar_error(jar: &Path, error: ClassPathError) -> LaunchError {
    match error {
        ClassPathError::NoMainClass { .. } => LaunchError::NoMainManifest { source: error },
        ClassPathError::Io { .. } => LaunchError::JarUnreadable {
            jar: jar.to_path_buf(),
        },
        _ => LaunchError::BadJar {
            jar: jar.to_path_buf(),
        },
    }
}

/// Finds, reads and checks the main class as the `java` launcher does, then runs it.
fn run_class(options: &LaunchOptions, class_path: ClassPath, class_path_text: &str, name: &str) -> Result<i32, LaunchError> {
    let class = load(&class_path, name)?;
    let cp = &class.constant_pool;
    let main = class.methods.iter().find(|m| {
        m.name(cp).is_ok_and(|n| n == "main")
            && m.descriptor(cp)
                .is_ok_and(|d| d == "([Ljava/lang/String;)V")
    });
    match main {
        None => Err(LaunchError::MainNotFound {
            class: name.to_owned(),
        }),
        Some(m) if !m.access_flags.is_static() => Err(LaunchError::MainNotStatic {
            class: name.to_owned(),
        }),
        Some(m) if !m.access_flags.is_public() => Err(LaunchError::MainNotFound {
            class: name.to_owned(),
        }),
        Some(_) => {
            super::vm_options::check_heap_settings(options)?;
            let runtime_options = super::vm_options::runtime_options(options, class_path, class_path_text);
            let tiering = tiering_config(options);
            crate::java_main::run_main(runtime_options, tiering, name, &options.program_args)
                .map_err(|e| LaunchError::Vm { message: e.to_string() })
        }
    }
}

/// The tiering settings of `-Xint`/`-Xmixed`/`-Xcomp`, `-XX:CompileThreshold`, `-XX:OnStackReplacePercentage`,
/// `-XX:±UseOnStackReplacement`, `-XX:+PrintCompilation`, `-XX:PrintIR`, `-XX:PrintDisassembly`, `-XX:-Inline`,
/// `-XX:MaxInlineSize` and `-XX:-EliminateLocks`.
fn tiering_config(options: &LaunchOptions) -> crate::tiering::TieringConfig {
    use crate::tiering::{TieringConfig, Tiers};
    let tiers = match options.execution_mode {
        ExecutionMode::Interpreted => Tiers::Interpreter,
        ExecutionMode::Mixed => Tiers::Mixed,
        ExecutionMode::Compiled => Tiers::CompileAll,
    };
    let default = TieringConfig::default();
    let threshold = options.xx.int("CompileThreshold").map_or(default.compile_threshold, |n| n.clamp(1, i64::from(u32::MAX)) as u32);
    let inlining = jit::Inlining {
        enabled: options.xx.flag("Inline"),
        max_size: options.xx.int("MaxInlineSize").map_or(default.inlining.max_size, |n| n.clamp(0, 1 << 16) as usize),
        coarsen_locks: options.xx.flag("EliminateLocks"),
    };
    // HotSpot's non-tiered rule: OSR after CompileThreshold × OnStackReplacePercentage / 100 back-edges.
    let percentage = options.xx.int("OnStackReplacePercentage").unwrap_or(667).max(1);
    let osr_threshold = Some((i64::from(threshold).saturating_mul(percentage) / 100).clamp(1, i64::from(u32::MAX)) as u32);
    TieringConfig {
        tiers,
        compile_threshold: threshold,
        osr_threshold: osr_threshold.filter(|_| options.xx.flag("UseOnStackReplacement")),
        print_compilation: options.xx.flag("PrintCompilation"),
        print_ir: options.xx.text("PrintIR").map(str::to_owned),
        print_disassembly: options.xx.text("PrintDisassembly").map(str::to_owned),
        inlining,
    }
}

/// Looks a class up by binary name (dots or slashes) and parses it with every format check.
fn load(class_path: &ClassPath, name: &str) -> Result<ClassFile, LaunchError> {
    let internal = name.replace('.', "/");
    let source = match class_path.find_class(&internal) {
        Ok(Some(source)) => source,
        Ok(None) => {
            return Err(LaunchError::ClassNotFound {
                name: name.to_owned(),
            });
        }
        Err(e) => {
            return Err(LaunchError::ClassPath {
                name: name.to_owned(),
                source: e,
            });
        }
    };
    // A defect found before the file's own name was read is reported against the name asked for, as HotSpot does.
    ClassFile::parse_checked(&source.bytes).map_err(|e| LaunchError::Linkage {
        name: name.to_owned(),
        source: Box::new(e.in_class(&internal)),
    })
}

/// `--disassemble`: a path to a `.class` file if it names one, else a class on the class path.
fn disassemble(options: &LaunchOptions, what: &str, verbose: bool) -> Result<(), LaunchError> {
    let path = Path::new(what);
    let bytes = if what.ends_with(".class") || path.is_file() {
        std::fs::read(path).map_err(|e| LaunchError::ReadClass {
            path: path.to_path_buf(),
            source: e,
        })?
    } else {
        let class_path = ClassPath::from_path_string(&options.class_path);
        match class_path.find_class(&what.replace('.', "/")) {
            Ok(Some(source)) => source.bytes,
            Ok(None) => {
                return Err(LaunchError::ClassNotFound {
                    name: what.to_owned(),
                });
            }
            Err(e) => {
                return Err(LaunchError::ClassPath {
                    name: what.to_owned(),
                    source: e,
                });
            }
        }
    };
    // Only the structural parse: showing a class that fails the format checks is part of the point.
    let class = ClassFile::parse(&bytes).map_err(|e| LaunchError::Linkage {
        name: what.to_owned(),
        source: Box::new(e.in_class(what)),
    })?;
    let mut text = String::new();
    // Writing into a String cannot fail.
    let _ = disasm::disassemble(&class, &mut text, Options { verbose });
    print!("{text}");
    Ok(())
}
