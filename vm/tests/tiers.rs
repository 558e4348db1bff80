//! Tier transitions really happen where the conformance program written for them says. In the default mode
//! JitRecursionTiers (tests/conformance) must have `down` compiled in the middle of its first 4,000-deep
//! recursion, so an exception thrown in compiled frames is caught in an interpreted one; and `hotCaller`
//! compiled while `rare`, which it calls and which throws, stays interpreted and too long to be inlined, so an
//! exception thrown in interpreted code is caught in compiled code. The conformance suite compares the
//! program's output with HotSpot's; this test fails if a change to the tiering policy or the inliner quietly
//! makes the program stop crossing tiers.

mod jit_log;

use jit_log::{compile, cortado, is_log_line, program_output};

/// The program's own options (its `// jvm-args:` line) and the compilation log.
const ARGS: [&str; 3] = ["-XX:CompileThreshold=1000", "-XX:-BackgroundCompilation", "-XX:+PrintCompilation"];

#[test]
fn recursion_compiles_midway_and_the_rare_thrower_stays_interpreted() {
    let dir = compile(&["JitRecursionTiers"]);
    let (interpreted, _) = cortado(dir.path(), &["-Xint"], "JitRecursionTiers");
    let (log, _) = cortado(dir.path(), &ARGS, "JitRecursionTiers");
    assert_eq!(program_output(&log), interpreted, "the tiers changed what JitRecursionTiers prints");
    let lines: Vec<&str> = log.lines().collect();
    let compiled = |method: &str| {
        let method = format!("JitRecursionTiers::{method}");
        lines.iter().position(|l| is_log_line(l) && l.contains(" native ") && l.split_whitespace().any(|w| w == method))
    };
    let printed = |prefix: &str| {
        lines.iter().position(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no line {prefix:?} in:\n{log}"))
    };
    // Compiled in the foreground before the first recursion returned: the frames above the threshold's
    // call are compiled, those below interpreted, and the exception crosses from the first to the second.
    let down = compiled("down").unwrap_or_else(|| panic!("down was never compiled:\n{log}"));
    assert!(down < printed("down caught at 3990"), "down compiled only after its first recursion:\n{log}");
    let hot = compiled("hotCaller").unwrap_or_else(|| panic!("hotCaller was never compiled:\n{log}"));
    assert!(hot < printed("hotCaller "), "hotCaller compiled only after its loop:\n{log}");
    assert_eq!(compiled("rare"), None, "rare was compiled, so its throw no longer comes from an interpreted frame:\n{log}");
    let bytes = std::fs::read(dir.path().join("JitRecursionTiers.class")).expect("class file");
    let class = classfile::ClassFile::parse(&bytes).expect("javac's class file parses");
    let rare = class.method("rare", "(I)I").and_then(|m| m.code()).expect("rare has code");
    assert!(
        rare.code.len() > jit::translate::inline::MAX_INLINE_BYTES,
        "rare ({} bytes) is short enough to be inlined into its compiled caller",
        rare.code.len()
    );
}
