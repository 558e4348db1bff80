//! Running a child process with stdin closed, its output captured and a deadline after which it is killed.

use std::fmt;
use std::io::{self, Read};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Environment variables that make a JVM print `Picked up ...` on stderr or change its behaviour; removed from
/// every child so HotSpot and Cortado see the same clean environment.
const JVM_OPTION_VARIABLES: [&str; 3] = ["JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"];

/// How a child process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// It exited with this status code.
    Code(i32),
    /// It was ended by a signal (a crash, or killed from outside), so there is no code.
    Signal,
    /// It ran past the deadline and was killed.
    TimedOut(Duration),
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exit::Code(code) => write!(f, "exit code {code}"),
            Exit::Signal => f.write_str("killed by a signal"),
            Exit::TimedOut(limit) => write!(f, "timed out after {} s (killed)", limit.as_secs_f64()),
        }
    }
}

impl From<ExitStatus> for Exit {
    fn from(status: ExitStatus) -> Exit {
        status.code().map_or(Exit::Signal, Exit::Code)
    }
}

/// What a finished child printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Everything written to stdout, as bytes (compared exactly).
    pub stdout: Vec<u8>,
    /// Everything written to stderr.
    pub stderr: Vec<u8>,
    /// How it ended.
    pub exit: Exit,
}

impl Output {
    /// The first line of stderr without its line ending, or `""` when stderr is empty.
    ///
    /// Only this line is compared: it names an uncaught exception, while the stack trace below it
    /// legitimately differs between VMs (frames of the class library, line numbers).
    pub fn stderr_first_line(&self) -> String {
        let text = String::from_utf8_lossy(&self.stderr);
        text.lines().next().unwrap_or("").to_owned()
    }
}

/// Runs `command` with stdin closed and a clean JVM environment; kills it once `timeout` has passed.
///
/// Errors only when the process cannot be started or waited for; a timeout is an [`Exit::TimedOut`].
pub fn run(command: &mut Command, timeout: Duration) -> io::Result<Output> {
    for variable in JVM_OPTION_VARIABLES {
        command.env_remove(variable);
    }
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command.spawn()?;
    // Drained on their own threads: a child that fills a pipe buffer would otherwise block forever.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    // Short programs end in milliseconds, so poll fast at first and back off for long ones.
    let mut pause = Duration::from_millis(1);
    let exit = loop {
        if let Some(status) = child.try_wait()? {
            break Exit::from(status);
        }
        if start.elapsed() >= timeout {
            // It may have exited since try_wait: then kill fails harmlessly and wait reaps it.
            let _ = child.kill();
            child.wait()?;
            break Exit::TimedOut(timeout);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    };
    Ok(Output { stdout: join(stdout), stderr: join(stderr), exit })
}

/// Reads a pipe to its end on a new thread.
fn drain(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            // A read error mid-way (the child killed) keeps what arrived before it, which is all there is.
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

fn join(reader: thread::JoinHandle<Vec<u8>>) -> Vec<u8> {
    reader.join().unwrap_or_default()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Output {
        run(Command::new("sh").args(["-c", script]), timeout).expect("sh runs")
    }

    #[test]
    fn captures_output_and_code() {
        let output = sh("echo out; echo first >&2; echo second >&2; exit 3", Duration::from_secs(10));
        assert_eq!(output.stdout, b"out\n");
        assert_eq!(output.stderr_first_line(), "first");
        assert_eq!(output.exit, Exit::Code(3));
    }

    #[test]
    fn stdin_is_closed() {
        let output = sh("cat; echo done", Duration::from_secs(10));
        assert_eq!(output.stdout, b"done\n");
    }

    #[test]
    fn kills_on_timeout() {
        let start = Instant::now();
        let output = sh("exec sleep 30", Duration::from_millis(200));
        assert_eq!(output.exit, Exit::TimedOut(Duration::from_millis(200)));
        assert!(start.elapsed() < Duration::from_secs(10));
    }
}
