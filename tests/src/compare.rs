//! Comparing a Cortado run with HotSpot's: stdout exactly, the first line of stderr, the exit code.

use crate::process::Output;
use std::fmt;

/// How a run differed from the oracle's, one readable paragraph per difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// Each difference found (stdout, stderr's first line, exit), already formatted.
    pub differences: Vec<String>,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.differences.join("\n"))
    }
}

/// Compares `actual` (Cortado) with `expected` (HotSpot).
pub fn compare(expected: &Output, actual: &Output) -> Result<(), Mismatch> {
    let mut differences = Vec::new();
    if expected.stdout != actual.stdout {
        differences.push(stdout_difference(&expected.stdout, &actual.stdout));
    }
    let (want, got) = (expected.stderr_first_line(), actual.stderr_first_line());
    if want != got {
        differences.push(format!("stderr, first line:\n  HotSpot: {want:?}\n  Cortado: {got:?}"));
    }
    if expected.exit != actual.exit {
        differences.push(format!("exit:\n  HotSpot: {}\n  Cortado: {}", expected.exit, actual.exit));
    }
    if differences.is_empty() { Ok(()) } else { Err(Mismatch { differences }) }
}

/// Describes the first differing line of two stdouts that are known to differ.
fn stdout_difference(expected: &[u8], actual: &[u8]) -> String {
    let (expected, actual) = (String::from_utf8_lossy(expected), String::from_utf8_lossy(actual));
    // Lines keep their terminators so a missing final newline or a stray `\r` counts as a difference.
    let mut want = expected.split_inclusive('\n');
    let mut got = actual.split_inclusive('\n');
    for number in 1.. {
        match (want.next(), got.next()) {
            (None, None) => break,
            (w, g) if w == g => continue,
            (w, g) => {
                let show = |line: Option<&str>| line.map_or_else(|| "<end of output>".to_owned(), |l| format!("{l:?}"));
                return format!("stdout, line {number}:\n  HotSpot: {}\n  Cortado: {}", show(w), show(g));
            }
        }
    }
    // The bytes differ but their lossy decodings agree: the difference is in invalid UTF-8.
    "stdout: differs only in bytes that are not valid UTF-8".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process::Exit;

    fn output(stdout: &str, stderr: &str, code: i32) -> Output {
        Output { stdout: stdout.into(), stderr: stderr.into(), exit: Exit::Code(code) }
    }

    #[test]
    fn equal_runs_match_even_if_stack_traces_differ() {
        let hotspot = output("a\nb\n", "Exception in thread \"main\" X\n\tat Main.main(Main.java:3)\n", 1);
        let cortado = output("a\nb\n", "Exception in thread \"main\" X\n\tat Main.main(Unknown Source)\n", 1);
        assert_eq!(compare(&hotspot, &cortado), Ok(()));
    }

    #[test]
    fn reports_the_first_differing_line() {
        let mismatch = compare(&output("a\nb\nc\n", "", 0), &output("a\nB\nc\n", "", 0)).expect_err("differs");
        assert_eq!(mismatch.differences, ["stdout, line 2:\n  HotSpot: \"b\\n\"\n  Cortado: \"B\\n\""]);
    }

    #[test]
    fn reports_missing_lines_and_newlines() {
        let short = compare(&output("a\nb\n", "", 0), &output("a\n", "", 0)).expect_err("differs");
        assert_eq!(short.differences, ["stdout, line 2:\n  HotSpot: \"b\\n\"\n  Cortado: <end of output>"]);
        let unterminated = compare(&output("a\n", "", 0), &output("a", "", 0)).expect_err("differs");
        assert_eq!(unterminated.differences, ["stdout, line 1:\n  HotSpot: \"a\\n\"\n  Cortado: \"a\""]);
    }

    #[test]
    fn reports_stderr_and_exit() {
        let hotspot = output("", "", 0);
        let cortado = Output { exit: Exit::Signal, ..output("", "cortado: not yet\n", 0) };
        let mismatch = compare(&hotspot, &cortado).expect_err("differs");
        assert_eq!(
            mismatch.to_string(),
            "stderr, first line:\n  HotSpot: \"\"\n  Cortado: \"cortado: not yet\"\n\
             exit:\n  HotSpot: exit code 0\n  Cortado: killed by a signal"
        );
    }
}
