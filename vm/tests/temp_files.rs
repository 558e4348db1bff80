//! `File.deleteOnExit` really deletes: the conformance program TempFilesLifecycle makes a directory of
//! temporary files and registers them all; the suite compares what it prints with HotSpot (including a
//! shutdown hook that must still see the files), and this test checks what it leaves behind, which no output
//! shows: run with its own `java.io.tmpdir`, nothing may remain after a normal exit.

mod jit_log;

use jit_log::{compile, cortado};

#[test]
fn temporary_files_registered_for_deletion_are_gone_after_exit() {
    let classes = compile(&["TempFilesLifecycle"]);
    let tmp = tempfile::tempdir().expect("tempdir");
    let property = format!("-Djava.io.tmpdir={}", tmp.path().display());
    for mode in ["-Xint", "-Xcomp"] {
        let (out, _) = cortado(classes.path(), &[mode, &property], "TempFilesLifecycle");
        assert!(out.contains("hook sees: true true true"), "{mode}: the files were gone before the hooks ran:\n{out}");
        let left: Vec<_> = std::fs::read_dir(tmp.path()).expect("read tmpdir").map(|e| e.expect("entry").path()).collect();
        assert!(left.is_empty(), "{mode}: left behind after exit: {left:?}\n{out}");
    }
}
