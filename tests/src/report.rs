//! Classifying each program's result against the known-failures list, and the per-mode report.

use crate::compare::Mismatch;
use crate::known_failures::Entry;
use crate::mode::Mode;
use std::fmt::Write as _;

/// Why a program's run did not match HotSpot's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// It ran, and its output, stderr or exit differed.
    Mismatch(Mismatch),
    /// The harness could not run it at all (the `cortado` binary missing, say). Never excused by the list:
    /// a listed program must fail for the listed reason, not because the suite is broken.
    Harness(String),
}

/// A program's result in one mode, judged against the known-failures list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Matched HotSpot and is not listed.
    Passed,
    /// Failed and is listed: expected, with the list's reason.
    KnownFailure {
        /// The reason from the list.
        reason: String,
    },
    /// Failed and is not listed (or the harness failed): fails the suite.
    Unexpected(Failure),
    /// Matched HotSpot but is listed: fails the suite so the list stays true.
    NowPasses {
        /// The entry's line in `known-failures.txt`.
        line: usize,
        /// The entry's reason.
        reason: String,
    },
}

impl Verdict {
    /// Whether this verdict fails the suite.
    pub fn is_bad(&self) -> bool {
        matches!(self, Verdict::Unexpected(_) | Verdict::NowPasses { .. })
    }
}

/// Judges one result: `outcome` is the comparison with HotSpot, `listed` the known-failures entry covering
/// the program in this mode, if any.
pub fn classify(outcome: Result<(), Failure>, listed: Option<&Entry>) -> Verdict {
    match (outcome, listed) {
        (Ok(()), None) => Verdict::Passed,
        (Ok(()), Some(entry)) => Verdict::NowPasses { line: entry.line, reason: entry.reason.clone() },
        (Err(Failure::Mismatch(_)), Some(entry)) => Verdict::KnownFailure { reason: entry.reason.clone() },
        (Err(failure), _) => Verdict::Unexpected(failure),
    }
}

/// All verdicts of one mode, in corpus order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The mode that was run.
    pub mode: Mode,
    /// `(program, verdict)` pairs.
    pub results: Vec<(String, Verdict)>,
}

impl Report {
    /// How many programs matched HotSpot and are not listed.
    pub fn passed(&self) -> usize {
        self.count(|verdict| matches!(verdict, Verdict::Passed))
    }

    /// How many failed as listed.
    pub fn known_failures(&self) -> usize {
        self.count(|verdict| matches!(verdict, Verdict::KnownFailure { .. }))
    }

    /// How many fail the suite: unlisted failures, harness failures, listed programs that pass.
    pub fn unexpected(&self) -> usize {
        self.count(Verdict::is_bad)
    }

    /// Whether the mode's suite passes.
    pub fn is_success(&self) -> bool {
        self.unexpected() == 0
    }

    /// The one-line summary, e.g. `conformance -Xint: 0 passed, 23 known failures, 0 unexpected`.
    pub fn summary(&self) -> String {
        format!(
            "conformance {}: {} passed, {} known failures, {} unexpected",
            self.mode,
            self.passed(),
            self.known_failures(),
            self.unexpected()
        )
    }

    /// The full report: known failures grouped by reason, every unexpected result with its difference,
    /// then the summary line.
    pub fn render(&self) -> String {
        let mut text = String::new();
        let mut reasons: Vec<(&str, Vec<&str>)> = Vec::new();
        for (program, verdict) in &self.results {
            if let Verdict::KnownFailure { reason } = verdict {
                match reasons.iter_mut().find(|(known, _)| *known == reason) {
                    Some((_, programs)) => programs.push(program),
                    None => reasons.push((reason, vec![program])),
                }
            }
        }
        for (reason, programs) in reasons {
            let _ = writeln!(text, "  known failure ({reason}): {}", programs.join(", "));
        }
        for (program, verdict) in &self.results {
            match verdict {
                Verdict::Unexpected(Failure::Mismatch(mismatch)) => {
                    let _ = writeln!(text, "  FAILED {program}:\n{}", indent(&mismatch.to_string()));
                }
                Verdict::Unexpected(Failure::Harness(message)) => {
                    let _ = writeln!(text, "  FAILED {program}: {message}");
                }
                Verdict::NowPasses { line, reason } => {
                    let _ = writeln!(
                        text,
                        "  NOW PASSES {program}: covered by known-failures.txt line {line} ({reason}); \
                         now passes, remove it from known-failures.txt (or narrow the entry)"
                    );
                }
                Verdict::Passed | Verdict::KnownFailure { .. } => {}
            }
        }
        text.push_str(&self.summary());
        text
    }

    fn count(&self, select: impl Fn(&Verdict) -> bool) -> usize {
        self.results.iter().filter(|(_, verdict)| select(verdict)).count()
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    {line}")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::known_failures::KnownFailures;

    fn mismatch() -> Result<(), Failure> {
        Err(Failure::Mismatch(Mismatch { differences: vec!["exit:\n  HotSpot: 0\n  Cortado: 1".to_owned()] }))
    }

    fn list() -> KnownFailures {
        "Listed -Xint: no interpreter\n".parse().expect("valid list")
    }

    #[test]
    fn classification_covers_all_four_cases() {
        let list = list();
        let listed = list.lookup("Listed", Mode::Xint);
        assert!(listed.is_some());
        assert_eq!(classify(Ok(()), None), Verdict::Passed);
        assert_eq!(classify(mismatch(), listed), Verdict::KnownFailure { reason: "no interpreter".to_owned() });
        assert!(matches!(classify(mismatch(), None), Verdict::Unexpected(Failure::Mismatch(_))));
        assert_eq!(classify(Ok(()), listed), Verdict::NowPasses { line: 1, reason: "no interpreter".to_owned() });
    }

    #[test]
    fn harness_failures_are_never_excused() {
        let list = list();
        let verdict = classify(Err(Failure::Harness("no binary".to_owned())), list.lookup("Listed", Mode::Xint));
        assert!(verdict.is_bad());
    }

    #[test]
    fn report_counts_and_summary() {
        let list = list();
        let results = vec![
            ("A".to_owned(), classify(Ok(()), None)),
            ("Listed".to_owned(), classify(mismatch(), list.lookup("Listed", Mode::Xint))),
            ("C".to_owned(), classify(mismatch(), None)),
        ];
        let report = Report { mode: Mode::Xint, results };
        assert_eq!(report.summary(), "conformance -Xint: 1 passed, 1 known failures, 1 unexpected");
        assert!(!report.is_success());
        let rendered = report.render();
        assert!(rendered.contains("known failure (no interpreter): Listed"), "{rendered}");
        assert!(rendered.contains("FAILED C:\n    exit:\n      HotSpot: 0"), "{rendered}");
        assert!(rendered.ends_with(&report.summary()));
    }

    #[test]
    fn a_listed_pass_fails_the_report() {
        let list = list();
        let results = vec![("Listed".to_owned(), classify(Ok(()), list.lookup("Listed", Mode::Xint)))];
        let report = Report { mode: Mode::Xint, results };
        assert!(!report.is_success());
        assert!(report.render().contains("now passes, remove it from known-failures.txt"));
    }

    #[test]
    fn all_known_failures_succeed() {
        let list: KnownFailures = "* *: not yet\n".parse().expect("valid");
        let results = ["A", "B"]
            .iter()
            .map(|name| (name.to_string(), classify(mismatch(), list.lookup(name, Mode::Xcomp))))
            .collect();
        let report = Report { mode: Mode::Xcomp, results };
        assert!(report.is_success());
        assert_eq!(report.summary(), "conformance -Xcomp: 0 passed, 2 known failures, 0 unexpected");
        assert!(report.render().starts_with("  known failure (not yet): A, B\n"));
    }
}
