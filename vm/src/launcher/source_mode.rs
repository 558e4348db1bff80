//! Source-file mode (`cortado Hello.java args...`): compile with the host's `javac`, find the type to run.
//!
//! As `java` does (JEP 330), the class run is the first top-level type declared in the file, found here by a
//! small tokenizer: it skips comments, string, character and text-block literals (any of which may contain
//! the word `class`) and annotations' arguments, tracks brace depth, and reads the `package` name so the
//! result is a binary name.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::LaunchError;

/// Compiles `source` into a fresh temporary directory; returns the directory (deleted when dropped) and the
/// binary name of the first top-level type. javac's diagnostics go straight to our stderr, as with `java`.
pub fn compile(source: &Path) -> Result<(tempfile::TempDir, String), LaunchError> {
    let text = std::fs::read_to_string(source).map_err(|e| LaunchError::ReadSource {
        path: source.to_path_buf(),
        source: e,
    })?;
    let javac = find_javac().ok_or(LaunchError::NoJavac)?;
    let dir = tempfile::tempdir().map_err(|e| LaunchError::TempDir { source: e })?;
    let status = Command::new(&javac)
        .arg("-d")
        .arg(dir.path())
        .arg(source)
        .status()
        .map_err(|e| LaunchError::RunJavac {
            javac: javac.clone(),
            source: e,
        })?;
    if !status.success() {
        return Err(LaunchError::CompilationFailed);
    }
    let name = first_type_name(&text).ok_or(LaunchError::NoTypeInSource)?;
    Ok((dir, name))
}

/// `JAVA_HOME/bin/javac` if present, else the first `javac` on `PATH`.
fn find_javac() -> Option<PathBuf> {
    let exe = if cfg!(windows) { "javac.exe" } else { "javac" };
    if let Some(home) = std::env::var_os("JAVA_HOME").filter(|h| !h.is_empty()) {
        let javac = PathBuf::from(home).join("bin").join(exe);
        if javac.is_file() {
            return Some(javac);
        }
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(exe))
        .find(|p| p.is_file())
}

/// A token of Java source, as far as finding declarations needs.
#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    /// An identifier or keyword.
    Word(&'a str),
    /// Any other single character that matters: `{ } ( ) ; . @`.
    Punct(char),
}

/// Splits source into words and punctuation, dropping comments, literals and whitespace.
fn tokens(src: &str) -> Vec<Token<'_>> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let rest = &src[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if let Some(body) = rest.strip_prefix("/*") {
            i += body.find("*/").map_or(rest.len(), |end| end + 4);
        } else if let Some(body) = rest.strip_prefix("\"\"\"") {
            i += skip_quoted(body, "\"\"\"") + 3;
        } else if c == b'"' || c == b'\'' {
            i += skip_quoted(&rest[1..], if c == b'"' { "\"" } else { "'" }) + 1;
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80 {
            let len = rest
                .char_indices()
                .find(|&(_, ch)| !(ch.is_alphanumeric() || ch == '_' || ch == '$'))
                .map_or(rest.len(), |(n, _)| n);
            out.push(Token::Word(&rest[..len]));
            i += len;
        } else {
            if b"{}();.@".contains(&c) {
                out.push(Token::Punct(char::from(c)));
            }
            // Step over one whole character so a multi-byte one never splits.
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// Length of a literal's body plus its closing delimiter, honouring backslash escapes; the whole rest if
/// unterminated.
fn skip_quoted(body: &str, close: &str) -> usize {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            i += 2;
        } else if body[i..].starts_with(close) {
            return i + close.len();
        } else {
            i += 1;
        }
    }
    body.len()
}

/// The binary name (`pkg.Name`) of the first top-level class, interface, enum, record or annotation type.
pub fn first_type_name(src: &str) -> Option<String> {
    let tokens = tokens(src);
    let mut package = None;
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            Token::Punct('{') => depth += 1,
            Token::Punct('}') => depth = depth.saturating_sub(1),
            // An annotation: `@Name` or `@a.b.Name`, then arguments in parentheses, which may hold anything.
            Token::Punct('@') if !matches!(tokens.get(i + 1), Some(Token::Word("interface"))) => {
                i += 1;
                while matches!(tokens.get(i + 1), Some(Token::Punct('.'))) {
                    i += 2;
                }
                if matches!(tokens.get(i + 1), Some(Token::Punct('('))) {
                    i = skip_parens(&tokens, i + 1);
                }
            }
            Token::Word("package") if depth == 0 && package.is_none() => {
                let mut name = String::new();
                while let Some(tok) = tokens.get(i + 1) {
                    match tok {
                        Token::Word(w) => name.push_str(w),
                        Token::Punct('.') => name.push('.'),
                        _ => break,
                    }
                    i += 1;
                }
                package = Some(name);
            }
            Token::Word(kw @ ("class" | "interface" | "enum" | "record")) if depth == 0 => {
                if let Some(Token::Word(name)) = tokens.get(i + 1) {
                    // `record` is only a keyword when a name and a component list follow.
                    let is_type =
                        kw != "record" || matches!(tokens.get(i + 2), Some(Token::Punct('(')));
                    if is_type {
                        return Some(match package {
                            Some(p) if !p.is_empty() => format!("{p}.{name}"),
                            _ => (*name).to_owned(),
                        });
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index of the `)` matching the `(` at `open` (or the last token if unbalanced).
fn skip_parens(tokens: &[Token<'_>], open: usize) -> usize {
    let mut depth = 0usize;
    for (j, tok) in tokens.iter().enumerate().skip(open) {
        match tok {
            Token::Punct('(') => depth += 1,
            Token::Punct(')') => {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    tokens.len().saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::first_type_name;

    #[test]
    fn plain_class() {
        assert_eq!(
            first_type_name("public class Hello { }").as_deref(),
            Some("Hello")
        );
    }

    #[test]
    fn package_and_imports() {
        let src = "package a.b;\nimport java.util.*;\nfinal class Main {}\nclass Other {}";
        assert_eq!(first_type_name(src).as_deref(), Some("a.b.Main"));
    }

    #[test]
    fn skips_comments_strings_chars_and_text_blocks() {
        let src = r#"
            // class Line
            /* class Block */
            /** class Doc */
            class Real { String s = "class Str"; char c = '"'; String t = """
                class Text " "" \""" still text
                """; }"#;
        assert_eq!(first_type_name(src).as_deref(), Some("Real"));
        let src = "class A { String s = \"}\"; char c = '}'; } class B {}";
        assert_eq!(first_type_name(src).as_deref(), Some("A"));
    }

    #[test]
    fn nested_types_are_not_top_level() {
        let src = "import x.Y; @Deprecated(since = \"class X\") interface I { class Inner {} }";
        assert_eq!(first_type_name(src).as_deref(), Some("I"));
    }

    #[test]
    fn annotations_records_and_enums() {
        assert_eq!(
            first_type_name("@interface Ann { }").as_deref(),
            Some("Ann")
        );
        assert_eq!(
            first_type_name("@a.b.C(x = {1, 2}) record P(int x) {}").as_deref(),
            Some("P")
        );
        assert_eq!(first_type_name("enum E { A, B }").as_deref(), Some("E"));
        assert_eq!(first_type_name("int record = 1;").as_deref(), None);
        assert_eq!(first_type_name("// nothing here").as_deref(), None);
    }
}
