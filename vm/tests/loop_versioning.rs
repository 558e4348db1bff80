//! Which loops of tests/conformance/LoopShapesBounds.java the JIT versions (a guarded copy without bounds
//! checks), read from the loop analysis `-XX:PrintIR` prints: the conformance suite proves the output
//! right whatever the JIT does, this proves the shapes it is meant to speed up are still recognized
//! (`-XX:-Inline`, so that each method is compiled, and listed, on its own).

mod jit_log;

use std::collections::HashMap;

use jit_log::{compile, cortado};

/// The loop report lines of each method of `class`, from `-XX:PrintIR` output.
fn loop_reports(stdout: &str, class: &str) -> HashMap<String, Vec<String>> {
    let mut reports: HashMap<String, Vec<String>> = HashMap::new();
    let mut current = None;
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix(&format!("; Cranelift IR of {class}::")) {
            let name = rest.split('(').next().unwrap_or_default().to_owned();
            reports.entry(name.clone()).or_default();
            current = Some(name);
        } else if let (Some(report), Some(name)) = (line.strip_prefix("; loop at bci "), &current) {
            reports.entry(name.clone()).or_default().push(report.to_owned());
        } else if !line.starts_with(';') {
            current = None;
        }
    }
    reports
}

#[test]
fn offsets_decreasing_and_two_pointer_loops_are_versioned() {
    let dir = compile(&["LoopShapesBounds"]);
    let (stdout, _) = cortado(dir.path(), &["-Xcomp", "-XX:-Inline", "-XX:PrintIR=LoopShapesBounds.*"], "LoopShapesBounds");
    let reports = loop_reports(&stdout, "LoopShapesBounds");
    let counted = [
        "shiftLeft", "smooth", "offsetFirst", "farOffset", "downTo", "downStep", "downBy3", "downWrapping", "upToZero",
        "reverse", "reverseCopy", "meetFromTop", "skipping", "viaCallee", "bubblePass", "neighbours", "downAbove",
        "ldcShapes",
    ];
    for name in counted {
        let lines = reports.get(name).unwrap_or_else(|| panic!("{name} was not listed"));
        assert!(lines.len() == 1 && lines[0].contains(": counted"), "{name}: {lines:?}");
    }
    for name in ["switching", "loweringBound"] {
        let lines = reports.get(name).unwrap_or_else(|| panic!("{name} was not listed"));
        assert!(lines.len() == 1 && lines[0].contains("not counted: the loop stores into"), "{name}: {lines:?}");
    }
    // The offsets the guard checks: a[i - 1], a[i] and a[i + 1] in smooth, one range of the one array.
    assert!(reports["smooth"][0].contains("array: 0, index: 6, min: -1, max: 1"), "{:?}", reports["smooth"]);
}
