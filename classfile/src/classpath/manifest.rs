//! JAR manifests (`META-INF/MANIFEST.MF`): a parser for the JAR file specification's grammar.
//!
//! The grammar, briefly: a manifest is a main section, then zero or more individual sections, separated by
//! blank lines. A section is header lines `Name: value`; a value longer than the 72-byte line limit continues
//! on following lines that each start with one space (the space is not part of the value). Lines end in CR LF,
//! LF, or a lone CR. Header names are ASCII letters, digits, `-` and `_`, at most 70 bytes, compared without
//! regard to case; values are UTF-8. Individual sections begin with a `Name:` header naming the entry they
//! describe.
//!
//! Continuation lines are joined as bytes *before* UTF-8 decoding, because `jar` wraps at 72 bytes even in
//! the middle of a multi-byte character.

use std::fmt;

/// Longest header name the JAR specification allows.
const MAX_HEADER_NAME: usize = 70;

/// A parsed manifest: the main section's attributes and the individual (per-entry) sections, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    main: Vec<(String, String)>,
    sections: Vec<ManifestSection>,
}

/// One individual section: the attributes that apply to the entry its `Name:` header names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestSection {
    /// The value of the section's `Name:` header (an entry path inside the JAR).
    pub name: String,
    /// The section's other headers in file order, names as written.
    pub attributes: Vec<(String, String)>,
}

/// Why a manifest failed to parse: the 1-based line and the rule it broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ManifestError {
    /// 1-based line number where the problem was found.
    pub line: usize,
    /// Which rule of the grammar the line broke.
    pub reason: &'static str,
}

impl Manifest {
    /// Parses the bytes of a `META-INF/MANIFEST.MF`.
    ///
    /// A final line without a line terminator is accepted (the `jar` tool always writes one; being lenient
    /// here loses nothing). A leading UTF-8 byte order mark is skipped.
    pub fn parse(bytes: &[u8]) -> Result<Manifest, ManifestError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut parser = Parser::default();
        for (index, line) in Lines(bytes).enumerate() {
            parser.line(index + 1, line)?;
        }
        parser.finish()
    }

    /// The value of a main-section attribute, looked up without regard to case. When a header repeats, the
    /// last one wins, as a later `put` of the same key would.
    pub fn main_attribute(&self, name: &str) -> Option<&str> {
        lookup(&self.main, name)
    }

    /// All main-section attributes in file order, names as written.
    pub fn main_attributes(&self) -> &[(String, String)] {
        &self.main
    }

    /// The individual sections in file order.
    pub fn sections(&self) -> &[ManifestSection] {
        &self.sections
    }

    /// `Main-Class`, trimmed of surrounding whitespace; `None` if absent or blank. It is a binary name with
    /// dots (`com.example.Main`), as written by the JAR's author.
    pub fn main_class(&self) -> Option<&str> {
        self.main_attribute("Main-Class")
            .map(str::trim)
            .filter(|name| !name.is_empty())
    }

    /// The `Class-Path` attribute split into its relative URLs (empty if absent). The specification says
    /// space-separated; any ASCII whitespace is accepted since hand-written manifests use tabs too.
    pub fn class_path(&self) -> Vec<&str> {
        self.main_attribute("Class-Path")
            .map(|value| value.split_ascii_whitespace().collect())
            .unwrap_or_default()
    }
}

impl ManifestSection {
    /// The value of one of this section's attributes, looked up without regard to case.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        lookup(&self.attributes, name)
    }
}

/// Case-insensitive lookup, last occurrence wins.
fn lookup<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .rev()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

/// The parser's state between lines: the header being built (it may still get continuation lines) and the
/// section it belongs to.
#[derive(Default)]
struct Parser {
    manifest: Manifest,
    /// Headers of the section being read; moved into `manifest` at a blank line or the end.
    current: Vec<(String, String)>,
    /// The header whose value may still be continued: its name and its value's raw bytes so far.
    pending: Option<(String, Vec<u8>, usize)>,
    /// Whether the main section has ended (a blank line after it was seen).
    main_done: bool,
}

impl Parser {
    fn line(&mut self, number: usize, line: &[u8]) -> Result<(), ManifestError> {
        let error = |reason| ManifestError {
            line: number,
            reason,
        };
        if line.is_empty() {
            return self.end_section();
        }
        if let Some(rest) = line.strip_prefix(b" ") {
            let (_, value, _) = self
                .pending
                .as_mut()
                .ok_or(error("continuation line without a header before it"))?;
            value.extend_from_slice(rest);
            return Ok(());
        }
        self.flush_pending()?;
        let colon = line
            .iter()
            .position(|&b| b == b':')
            .ok_or(error("header line without ':'"))?;
        let (name, after) = line.split_at(colon);
        let value = after
            .strip_prefix(b": ")
            .ok_or(error("header name must be followed by ': '"))?;
        if name.is_empty() || name.len() > MAX_HEADER_NAME {
            return Err(error("header name must be 1 to 70 bytes long"));
        }
        if !name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(error(
                "header name may hold only letters, digits, '-' and '_'",
            ));
        }
        // Checked ASCII just above, so this conversion cannot lose anything.
        let name = String::from_utf8_lossy(name).into_owned();
        self.pending = Some((name, value.to_vec(), number));
        Ok(())
    }

    /// Decodes the header being built and adds it to the current section.
    fn flush_pending(&mut self) -> Result<(), ManifestError> {
        if let Some((name, raw, line)) = self.pending.take() {
            let value = String::from_utf8(raw).map_err(|_| ManifestError {
                line,
                reason: "header value is not UTF-8",
            })?;
            if self.main_done && self.current.is_empty() && !name.eq_ignore_ascii_case("Name") {
                return Err(ManifestError {
                    line,
                    reason: "an individual section must start with a Name: header",
                });
            }
            self.current.push((name, value));
        }
        Ok(())
    }

    /// A blank line: closes the current section if it has any headers. Runs of blank lines are harmless.
    fn end_section(&mut self) -> Result<(), ManifestError> {
        self.flush_pending()?;
        if !self.main_done {
            self.manifest.main = std::mem::take(&mut self.current);
            self.main_done = true;
        } else if !self.current.is_empty() {
            let mut attributes = std::mem::take(&mut self.current);
            // flush_pending guarantees the first header of an individual section is `Name`.
            let (_, name) = attributes.remove(0);
            self.manifest
                .sections
                .push(ManifestSection { name, attributes });
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Manifest, ManifestError> {
        self.end_section()?;
        Ok(self.manifest)
    }
}

/// Splits bytes into lines at CR LF, LF or a lone CR; the terminators are not part of the lines.
struct Lines<'a>(&'a [u8]);

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        if self.0.is_empty() {
            return None;
        }
        let end = self
            .0
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(self.0.len());
        let line = &self.0[..end];
        let terminator = match self.0[end..] {
            [b'\r', b'\n', ..] => 2,
            [] => 0,
            _ => 1,
        };
        self.0 = &self.0[end + terminator..];
        Some(line)
    }
}

impl fmt::Display for Manifest {
    /// Writes the manifest back in the canonical form (CR LF, no wrapping): useful in diagnostics and tests.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, value) in &self.main {
            write!(f, "{name}: {value}\r\n")?;
        }
        for section in &self.sections {
            write!(f, "\r\nName: {}\r\n", section.name)?;
            for (name, value) in &section.attributes {
                write!(f, "{name}: {value}\r\n")?;
            }
        }
        write!(f, "\r\n")
    }
}
