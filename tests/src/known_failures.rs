//! The known-failures list: which conformance programs are expected to fail in which mode, and why.
//!
//! Format of `tests/conformance/known-failures.txt`, one entry a line:
//! `<program-or-*> <mode-or-*>: <reason>`, where mode is `-Xint`, `default` or `-Xcomp`; blank lines and
//! lines starting with `#` are ignored. The list is kept true in both directions by the runner: an
//! unlisted failure fails the suite, and so does a listed program that passes.

use crate::mode::Mode;
use std::str::FromStr;

/// Which programs or modes an entry covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern<T> {
    /// `*`: all of them.
    Any,
    /// Only this one.
    Exactly(T),
}

impl<T: PartialEq> Pattern<T> {
    fn matches(&self, value: &T) -> bool {
        match self {
            Pattern::Any => true,
            Pattern::Exactly(expected) => expected == value,
        }
    }

    fn is_exact(&self) -> bool {
        matches!(self, Pattern::Exactly(_))
    }
}

/// One line of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The program (class name) it covers.
    pub program: Pattern<String>,
    /// The mode it covers.
    pub mode: Pattern<Mode>,
    /// Why the failure is expected (shown in the report).
    pub reason: String,
    /// Its 1-based line number in the file, for messages that point back at it.
    pub line: usize,
}

/// A malformed line in the list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Not of the shape `<program> <mode>: <reason>`.
    #[error("line {line}: expected `<program-or-*> <mode-or-*>: <reason>`, found {text:?}")]
    Shape {
        /// The line number.
        line: usize,
        /// The line's text.
        text: String,
    },
    /// The mode is none of the known names.
    #[error("line {line}: unknown mode {mode:?} (expected -Xint, default, -Xcomp or *)")]
    UnknownMode {
        /// The line number.
        line: usize,
        /// What was written.
        mode: String,
    },
    /// The reason after the colon is empty: every expected failure must say why.
    #[error("line {line}: no reason given after the colon")]
    NoReason {
        /// The line number.
        line: usize,
    },
    /// The same program and mode pair appears twice.
    #[error("line {line}: duplicates the entry on line {first}")]
    Duplicate {
        /// The line number of the repeat.
        line: usize,
        /// The line number of the first occurrence.
        first: usize,
    },
}

/// The parsed list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownFailures {
    entries: Vec<Entry>,
}

impl KnownFailures {
    /// All entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry covering `program` in `mode`, preferring the most specific: both named, then the program
    /// named, then the mode named, then `* *`.
    pub fn lookup(&self, program: &str, mode: Mode) -> Option<&Entry> {
        let program = program.to_owned();
        self.entries
            .iter()
            .filter(|entry| entry.program.matches(&program) && entry.mode.matches(&mode))
            .max_by_key(|entry| (entry.program.is_exact(), entry.mode.is_exact()))
    }
}

impl FromStr for KnownFailures {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<KnownFailures, ParseError> {
        let mut entries: Vec<Entry> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let entry = parse_entry(trimmed, line)?;
            if let Some(first) = entries.iter().find(|e| e.program == entry.program && e.mode == entry.mode) {
                return Err(ParseError::Duplicate { line, first: first.line });
            }
            entries.push(entry);
        }
        Ok(KnownFailures { entries })
    }
}

fn parse_entry(text: &str, line: usize) -> Result<Entry, ParseError> {
    let shape = || ParseError::Shape { line, text: text.to_owned() };
    let (head, reason) = text.split_once(':').ok_or_else(shape)?;
    let mut words = head.split_whitespace();
    let (Some(program), Some(mode), None) = (words.next(), words.next(), words.next()) else {
        return Err(shape());
    };
    let program = match program {
        "*" => Pattern::Any,
        name => Pattern::Exactly(name.to_owned()),
    };
    let mode = match mode {
        "*" => Pattern::Any,
        name => Pattern::Exactly(
            Mode::from_name(name).ok_or_else(|| ParseError::UnknownMode { line, mode: name.to_owned() })?,
        ),
    };
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(ParseError::NoReason { line });
    }
    Ok(Entry { program, mode, reason: reason.to_owned(), line })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<KnownFailures, ParseError> {
        text.parse()
    }

    #[test]
    fn parses_entries_comments_and_blanks() {
        let list = parse("# header\n\n* *: not yet (issue 4)\nHello -Xcomp: no JIT: yet\n  Foo default : x \n")
            .expect("valid list");
        let entries = list.entries();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].program, Pattern::Any);
        assert_eq!(entries[0].mode, Pattern::Any);
        assert_eq!(entries[0].reason, "not yet (issue 4)");
        assert_eq!(entries[0].line, 3);
        assert_eq!(entries[1].program, Pattern::Exactly("Hello".to_owned()));
        assert_eq!(entries[1].mode, Pattern::Exactly(Mode::Xcomp));
        // Only the first colon separates: the reason may contain more.
        assert_eq!(entries[1].reason, "no JIT: yet");
        assert_eq!(entries[2].mode, Pattern::Exactly(Mode::Default));
        assert_eq!(entries[2].reason, "x");
    }

    #[test]
    fn rejects_malformed_lines() {
        assert_eq!(parse("Hello -Xint\n"), Err(ParseError::Shape { line: 1, text: "Hello -Xint".to_owned() }));
        assert!(matches!(parse("Hello: why\n"), Err(ParseError::Shape { line: 1, .. })));
        assert!(matches!(parse("# c\nA b c: why\n"), Err(ParseError::Shape { line: 2, .. })));
        assert_eq!(parse("Hello Xint: why"), Err(ParseError::UnknownMode { line: 1, mode: "Xint".to_owned() }));
        assert_eq!(parse("Hello -Xint:   "), Err(ParseError::NoReason { line: 1 }));
        assert_eq!(parse("A *: x\n\nA *: y\n"), Err(ParseError::Duplicate { line: 3, first: 1 }));
    }

    #[test]
    fn lookup_prefers_the_most_specific_entry() {
        let list = parse("* *: all\n* -Xcomp: no jit\nHello *: hello\nHello -Xint: exact\n").expect("valid");
        let reason = |program: &str, mode| list.lookup(program, mode).map(|entry| entry.reason.as_str());
        assert_eq!(reason("Hello", Mode::Xint), Some("exact"));
        assert_eq!(reason("Hello", Mode::Xcomp), Some("hello"));
        assert_eq!(reason("Other", Mode::Xcomp), Some("no jit"));
        assert_eq!(reason("Other", Mode::Default), Some("all"));
        assert_eq!(parse("Hello -Xint: x").expect("valid").lookup("Other", Mode::Xint), None);
        assert_eq!(KnownFailures::default().lookup("Hello", Mode::Xint), None);
    }
}
