//! The suite runner: compile the corpus once, run it once on HotSpot, then on Cortado in each mode.

use crate::compare::compare;
use crate::jdk::{Jdk, JdkError};
use crate::known_failures::{KnownFailures, ParseError, Pattern};
use crate::mode::Mode;
use crate::pool::{Slots, default_workers, parallel_map};
use crate::process::{self, Exit, Output};
use crate::report::{Failure, Report, classify};
use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

/// How long one program may run, on either VM, before it is killed and counted as failed.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// How long the single `javac` call over the whole corpus may take.
const JAVAC_TIMEOUT: Duration = Duration::from_secs(300);

/// The environment variable that restricts a run to some programs: comma-separated class names.
pub const ONLY_VARIABLE: &str = "CORTADO_CONFORMANCE_ONLY";

/// When set to a number N, the GC-stress runs cover the whole corpus, not only [`GC_STRESS_FILE`]'s list:
/// programs the list does not name collect every N allocations. Too slow for every CI run (hundreds of
/// programs, each collecting thousands of times); the way to check that the whole suite survives the
/// collector moving objects under every frame, e.g. `CORTADO_GC_STRESS_ALL=50 cargo test -p vm --test
/// conformance gc_stress_xcomp`. A program's `// gc-stress-min-interval: N` line raises its interval (see
/// [`Program::min_stress_interval`]).
pub const STRESS_ALL_VARIABLE: &str = "CORTADO_GC_STRESS_ALL";

/// The name of the known-failures list inside the corpus directory.
pub const KNOWN_FAILURES_FILE: &str = "known-failures.txt";

/// Why the suite could not run at all (as opposed to programs failing in it).
#[derive(Debug, thiserror::Error)]
pub enum SuiteError {
    /// No usable JDK.
    #[error(transparent)]
    Jdk(#[from] JdkError),
    /// A file-system or process operation failed.
    #[error("{what}: {source}")]
    Io {
        /// What the harness was doing.
        what: String,
        /// The underlying error.
        source: io::Error,
    },
    /// The corpus directory holds no `.java` files.
    #[error("no .java programs in {0}")]
    EmptyCorpus(PathBuf),
    /// `javac` rejected the corpus.
    #[error("javac failed ({exit}):\n{output}")]
    Javac {
        /// How `javac` ended.
        exit: Exit,
        /// What it printed.
        output: String,
    },
    /// The known-failures list is malformed.
    #[error("{path}: {source}")]
    KnownFailures {
        /// The list's path.
        path: PathBuf,
        /// The first malformed line.
        source: ParseError,
    },
    /// The list names a program the corpus does not have (renamed or deleted): a stale entry.
    #[error("{KNOWN_FAILURES_FILE} line {line}: no program {program} in the corpus")]
    UnknownProgram {
        /// The entry's line.
        line: usize,
        /// The name it gives.
        program: String,
    },
    /// The GC-stress run could not be set up (its list names an unknown program, or the corpus failed).
    #[error("GC stress: {0}")]
    Stress(String),
    /// `CORTADO_CONFORMANCE_ONLY` names a program the corpus does not have.
    #[error("{ONLY_VARIABLE} names {0}, which is not in the corpus")]
    UnknownFilter(String),
    /// HotSpot itself did not finish a program: the program is unfit for the corpus.
    #[error("HotSpot did not finish {program} ({exit}): corpus programs must be fast and deterministic")]
    Oracle {
        /// The program.
        program: String,
        /// How HotSpot's run ended.
        exit: Exit,
    },
}

fn io_error(what: impl Into<String>) -> impl FnOnce(io::Error) -> SuiteError {
    let what = what.into();
    move |source| SuiteError::Io { what, source }
}

/// Where things are and how to run them.
#[derive(Debug, Clone)]
pub struct Config {
    /// The `cortado` binary under test.
    pub cortado: PathBuf,
    /// The directory of `*.java` programs and the known-failures list.
    pub corpus: PathBuf,
    /// A scratch directory the harness owns; classes are compiled into `conformance-classes-<pid>/` below it.
    pub work_dir: PathBuf,
    /// The per-program time limit.
    pub timeout: Duration,
    /// Run only these programs (all when `None`).
    pub only: Option<Vec<String>>,
    /// How many programs run at once, over all modes together.
    pub workers: usize,
}

impl Config {
    /// The standard configuration: this crate's corpus, the default timeout, one worker per core, and the
    /// program filter from [`ONLY_VARIABLE`].
    pub fn new(cortado: impl Into<PathBuf>, work_dir: impl Into<PathBuf>) -> Config {
        let only = env::var(ONLY_VARIABLE)
            .ok()
            .map(|names| names.split(',').map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned).collect());
        Config {
            cortado: cortado.into(),
            corpus: corpus_dir(),
            work_dir: work_dir.into(),
            timeout: DEFAULT_TIMEOUT,
            only,
            workers: default_workers(),
        }
    }
}

/// The corpus shipped in this crate: `tests/conformance/`.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance")
}

/// One program of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// Its main class, which is also its file's name.
    pub name: String,
    /// Its command-line arguments, from a `// args: ...` line in the source (none if absent).
    pub args: Vec<String>,
    /// Options for the VM (both HotSpot and Cortado), from a `// jvm-args: ...` line (e.g. `-Xmx16m`).
    pub vm_args: Vec<String>,
    /// The fewest allocations between collections this program may be run with under GC stress, from a
    /// `// gc-stress-min-interval: N` line (1 when absent): for programs whose live heap is so large that
    /// verifying it after every few allocations would take hours (the cost is allocations times live heap).
    pub min_stress_interval: u32,
}

/// The arguments a source file asks for with a `// args: a b c` line.
pub fn args_from_source(source: &str) -> Vec<String> {
    words_after(source, "// args:")
}

/// The VM options a source file asks for with a `// jvm-args: -Xmx16m ...` line.
pub fn vm_args_from_source(source: &str) -> Vec<String> {
    words_after(source, "// jvm-args:")
}

/// The stress-interval floor a source file asks for with a `// gc-stress-min-interval: N` line (1 if absent).
pub fn min_stress_interval_from_source(source: &str) -> u32 {
    words_after(source, "// gc-stress-min-interval:").first().and_then(|n| n.parse().ok()).unwrap_or(1)
}

fn words_after(source: &str, prefix: &str) -> Vec<String> {
    source
        .lines()
        .find_map(|line| line.trim().strip_prefix(prefix))
        .map(|args| args.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The list of programs the GC-stress runs cover, inside the corpus directory: one `Name [interval]` per
/// line (`#` comments), the interval being the allocations between collections (1 when absent).
pub const GC_STRESS_FILE: &str = "gc-stress.txt";

/// The programs of [`GC_STRESS_FILE`] with their stress intervals.
fn read_stress_list(path: &Path) -> Result<Vec<(String, u32)>, SuiteError> {
    let text = fs::read_to_string(path).map_err(io_error(format!("reading {}", path.display())))?;
    Ok(text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next().unwrap_or_default().to_owned();
            let interval = words.next().and_then(|w| w.parse().ok()).unwrap_or(1);
            (name, interval)
        })
        .collect())
}

/// What every mode shares: the compiled corpus and HotSpot's results, made once per process.
#[derive(Debug)]
struct Prepared {
    classes: PathBuf,
    programs: Vec<Program>,
    expected: Vec<Output>,
    known: KnownFailures,
}

/// The conformance suite. Make one per test binary (a `static`), so the per-mode tests share the compiled
/// corpus, HotSpot's results and the process slots.
#[derive(Debug)]
pub struct Suite {
    config: Config,
    prepared: OnceLock<Result<Prepared, SuiteError>>,
    slots: Slots,
}

impl Suite {
    /// A suite over `config`; nothing runs until [`Suite::run`].
    pub fn new(config: Config) -> Suite {
        let slots = Slots::new(config.workers);
        Suite { config, prepared: OnceLock::new(), slots }
    }

    /// Runs every program on Cortado in `mode` and judges it against HotSpot and the known-failures list.
    /// The first call also compiles the corpus and runs it on HotSpot; errors from that step are returned
    /// to every mode.
    pub fn run(&self, mode: Mode) -> Result<Report, &SuiteError> {
        let prepared = self.prepared.get_or_init(|| self.prepare()).as_ref()?;
        let jobs: Vec<(&Program, &Output)> = prepared.programs.iter().zip(&prepared.expected).collect();
        let results = parallel_map(&jobs, self.config.workers, |(program, expected)| {
            let outcome = self.run_cortado(mode, &prepared.classes, program).and_then(|actual| {
                compare(expected, &actual).map_err(Failure::Mismatch)
            });
            (program.name.clone(), classify(outcome, prepared.known.lookup(&program.name, mode)))
        });
        Ok(Report { mode, results })
    }

    /// Runs `mode`, prints its report, and panics unless it succeeded: the body of a per-mode `#[test]`.
    pub fn check(&self, mode: Mode) {
        let report = match self.run(mode) {
            Ok(report) => report,
            Err(error) => panic!("conformance {mode}: the suite could not run: {error}"),
        };
        println!("{}", report.render());
        assert!(report.is_success(), "{} (details above)", report.summary());
    }

    fn prepare(&self) -> Result<Prepared, SuiteError> {
        let jdk = Jdk::locate()?;
        let corpus = &self.config.corpus;
        let (mut programs, sources) = discover(corpus)?;
        let known = read_known_failures(&corpus.join(KNOWN_FAILURES_FILE), &programs)?;
        // One directory per process: several suites may run at once on one machine (in CI and while
        // developing), and a shared directory wiped by one run would lose classes under another.
        let classes = self.config.work_dir.join(format!("conformance-classes-{}", std::process::id()));
        remove_stale_class_dirs(&self.config.work_dir);
        compile(&jdk, &sources, &classes)?;
        if let Some(only) = &self.config.only {
            if let Some(missing) = only.iter().find(|name| !programs.iter().any(|p| &p.name == *name)) {
                return Err(SuiteError::UnknownFilter(missing.clone()));
            }
            programs.retain(|program| only.contains(&program.name));
        }
        let expected = parallel_map(&programs, self.config.workers, |program| {
            let _slot = self.slots.acquire();
            let mut command = Command::new(jdk.java());
            // HotSpot's C2 replaces an implicit exception (null, bounds, divide, cast) thrown often from
            // one compiled site by a preallocated one without a message or stack trace; whether that
            // happens depends on when C2 compiled the site, so the oracle would differ run to run
            // (seen: JitInlineSynchronized printed a bare `ArrayIndexOutOfBoundsException`). Cortado
            // always builds the full exception, which is also what HotSpot does with this flag off.
            command.arg("-XX:-OmitStackTraceInFastThrow");
            command.args(&program.vm_args).arg("-cp").arg(&classes).arg(&program.name).args(&program.args);
            process::run(&mut command, self.config.timeout)
        });
        let expected = programs
            .iter()
            .zip(expected)
            .map(|(program, output)| {
                let output = output.map_err(io_error(format!("running {} on HotSpot", program.name)))?;
                match output.exit {
                    Exit::Code(_) => Ok(output),
                    exit => Err(SuiteError::Oracle { program: program.name.clone(), exit }),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Prepared { classes, programs, expected, known })
    }

    /// Runs the programs of [`GC_STRESS_FILE`] on Cortado in `mode` with the collector in stress mode
    /// (a collection every few allocations, the heap verified after each), judged against HotSpot's
    /// ordinary runs.
    pub fn run_gc_stress(&self, mode: Mode) -> Result<Report, SuiteError> {
        let prepared = self.prepared.get_or_init(|| self.prepare()).as_ref().map_err(|e| SuiteError::Stress(e.to_string()))?;
        let mut list = read_stress_list(&self.config.corpus.join(GC_STRESS_FILE))?;
        if let Some(interval) = env::var(STRESS_ALL_VARIABLE).ok().and_then(|v| v.trim().parse::<u32>().ok()) {
            let listed: std::collections::HashSet<String> = list.iter().map(|(name, _)| name.clone()).collect();
            let rest = prepared.programs.iter().filter(|p| !listed.contains(&p.name));
            let rest: Vec<_> = rest.map(|p| (p.name.clone(), interval.max(1))).collect();
            list.extend(rest);
        }
        let mut jobs = Vec::new();
        for (name, interval) in &list {
            let Some(k) = prepared.programs.iter().position(|p| &p.name == name) else {
                if self.config.only.is_some() {
                    continue;
                }
                return Err(SuiteError::Stress(format!("{GC_STRESS_FILE} names {name}, which is not in the corpus")));
            };
            let program = &prepared.programs[k];
            jobs.push((program, &prepared.expected[k], (*interval).max(program.min_stress_interval)));
        }
        let results = parallel_map(&jobs, self.config.workers, |(program, expected, interval)| {
            let stress = ["-XX:+GCStress".to_owned(), format!("-XX:GCStressInterval={interval}")];
            let outcome = self
                .run_cortado_with(mode, &stress, &prepared.classes, program)
                .and_then(|actual| compare(expected, &actual).map_err(Failure::Mismatch));
            (program.name.clone(), classify(outcome, None))
        });
        Ok(Report { mode, results })
    }

    /// [`run_gc_stress`](Self::run_gc_stress) as the body of a `#[test]`: prints the report, panics on failure.
    pub fn check_gc_stress(&self, mode: Mode) {
        let report = match self.run_gc_stress(mode) {
            Ok(report) => report,
            Err(error) => panic!("conformance {mode} under GC stress: the suite could not run: {error}"),
        };
        println!("GC stress:\n{}", report.render());
        assert!(report.is_success(), "GC stress: {} (details above)", report.summary());
    }

    fn run_cortado(&self, mode: Mode, classes: &Path, program: &Program) -> Result<Output, Failure> {
        self.run_cortado_with(mode, &[], classes, program)
    }

    fn run_cortado_with(&self, mode: Mode, extra: &[String], classes: &Path, program: &Program) -> Result<Output, Failure> {
        let _slot = self.slots.acquire();
        let mut command = Command::new(&self.config.cortado);
        command.args(mode.flag()).args(extra).args(&program.vm_args);
        command.arg("-cp").arg(classes).arg(&program.name).args(&program.args);
        process::run(&mut command, self.config.timeout)
            .map_err(|error| Failure::Harness(format!("cannot run {}: {error}", self.config.cortado.display())))
    }
}

/// The corpus's programs (sorted by name) and their source files.
fn discover(corpus: &Path) -> Result<(Vec<Program>, Vec<PathBuf>), SuiteError> {
    let listing = fs::read_dir(corpus).map_err(io_error(format!("reading {}", corpus.display())))?;
    let mut sources = Vec::new();
    for entry in listing {
        let path = entry.map_err(io_error(format!("reading {}", corpus.display())))?.path();
        if path.extension().is_some_and(|ext| ext == "java") {
            sources.push(path);
        }
    }
    if sources.is_empty() {
        return Err(SuiteError::EmptyCorpus(corpus.to_path_buf()));
    }
    sources.sort();
    let programs = sources
        .iter()
        .map(|path| {
            let source = fs::read_to_string(path).map_err(io_error(format!("reading {}", path.display())))?;
            let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            Ok(Program {
                name,
                args: args_from_source(&source),
                vm_args: vm_args_from_source(&source),
                min_stress_interval: min_stress_interval_from_source(&source),
            })
        })
        .collect::<Result<Vec<_>, SuiteError>>()?;
    Ok((programs, sources))
}

/// Parses the list and checks that every program it names exists.
fn read_known_failures(path: &Path, programs: &[Program]) -> Result<KnownFailures, SuiteError> {
    let text = fs::read_to_string(path).map_err(io_error(format!("reading {}", path.display())))?;
    let known: KnownFailures =
        text.parse().map_err(|source| SuiteError::KnownFailures { path: path.to_path_buf(), source })?;
    for entry in known.entries() {
        if let Pattern::Exactly(name) = &entry.program
            && !programs.iter().any(|program| &program.name == name)
        {
            return Err(SuiteError::UnknownProgram { line: entry.line, program: name.clone() });
        }
    }
    Ok(known)
}

/// Removes the class directories of earlier runs whose process has ended (on Linux, where `/proc` tells).
fn remove_stale_class_dirs(work_dir: &Path) {
    let Ok(entries) = fs::read_dir(work_dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix("conformance-classes-")) else { continue };
        if Path::new("/proc/self").exists() && !Path::new("/proc").join(pid).exists() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Compiles all sources in one `javac` call into a fresh `classes` directory.
fn compile(jdk: &Jdk, sources: &[PathBuf], classes: &Path) -> Result<(), SuiteError> {
    // Fresh each time, so a class from a deleted or renamed program cannot linger and be run.
    if classes.exists() {
        fs::remove_dir_all(classes).map_err(io_error(format!("removing {}", classes.display())))?;
    }
    fs::create_dir_all(classes).map_err(io_error(format!("creating {}", classes.display())))?;
    let mut command = Command::new(jdk.javac());
    command.args(["-encoding", "UTF-8", "-d"]).arg(classes).args(sources);
    let output = process::run(&mut command, JAVAC_TIMEOUT).map_err(io_error("running javac"))?;
    if output.exit == Exit::Code(0) {
        return Ok(());
    }
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    Err(SuiteError::Javac { exit: output.exit, output: text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_come_from_the_source() {
        assert_eq!(args_from_source("// args: a bb  c\npublic class X {}"), ["a", "bb", "c"]);
        assert!(args_from_source("public class X {}").is_empty());
        assert_eq!(min_stress_interval_from_source("// gc-stress-min-interval: 500\nclass X {}"), 500);
        assert_eq!(min_stress_interval_from_source("class X {}"), 1);
    }

    #[test]
    fn the_shipped_corpus_and_list_are_consistent() {
        let (programs, sources) = discover(&corpus_dir()).expect("corpus readable");
        assert_eq!(programs.len(), sources.len());
        assert!(programs.len() >= 20, "the corpus should hold about 25 programs");
        let known = read_known_failures(&corpus_dir().join(KNOWN_FAILURES_FILE), &programs);
        assert!(known.is_ok(), "{known:?}");
    }

    #[test]
    fn stale_entries_are_rejected() {
        let dir = tempfile::tempdir().expect("temp dir");
        let list = dir.path().join(KNOWN_FAILURES_FILE);
        fs::write(&list, "Gone -Xint: renamed\n").expect("write list");
        let programs =
            [Program { name: "Hello".to_owned(), args: Vec::new(), vm_args: Vec::new(), min_stress_interval: 1 }];
        let error = read_known_failures(&list, &programs).expect_err("stale");
        assert!(matches!(error, SuiteError::UnknownProgram { line: 1, .. }), "{error}");
    }
}
