//! End-to-end test of the harness itself: a tiny corpus run against a fake `cortado` that is really HotSpot.
//!
//! The fake agrees with the oracle except where told to mangle output, so every verdict kind shows up:
//! a pass, a listed failure, an unlisted failure with its diff, and a listed program that now passes.
#![cfg(unix)]

use cortado_tests::conformance::{Config, KNOWN_FAILURES_FILE, Suite};
use cortado_tests::jdk::Jdk;
use cortado_tests::mode::Mode;
use cortado_tests::report::{Failure, Verdict};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

const PROGRAMS: [(&str, &str); 3] = [
    ("Agrees", "System.out.println(\"same on both\");"),
    ("Mangled", "System.out.println(\"one\"); System.out.println(\"two\"); System.exit(2);"),
    ("Listed", "System.out.println(\"listed, yet passes\");"),
];

/// A `cortado` stand-in: drops the mode flag and runs HotSpot, rewriting `two` for the program `Mangled`.
fn write_fake_cortado(path: &Path, java: &Path) {
    let script = format!(
        "#!/bin/sh\ncase \"$1\" in -Xint|-Xcomp) shift;; esac\n\
         if [ \"$3\" = Mangled ]; then \"{java}\" \"$@\" | sed s/two/TWO/; exit 0; fi\n\
         exec \"{java}\" \"$@\"\n",
        java = java.display()
    );
    fs::write(path, script).expect("write fake cortado");
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).expect("chmod fake cortado");
}

#[test]
fn every_verdict_kind_is_reported() {
    let jdk = Jdk::locate().expect("a JDK 17 (the suite's prerequisite)");
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).expect("corpus dir");
    for (name, body) in PROGRAMS {
        let source = format!("public class {name} {{ public static void main(String[] a) {{ {body} }} }}\n");
        fs::write(corpus.join(format!("{name}.java")), source).expect("write program");
    }
    let list = "# test list\nMangled -Xcomp: mangled on purpose\nListed *: listed but passes\n";
    fs::write(corpus.join(KNOWN_FAILURES_FILE), list).expect("write list");
    let fake = dir.path().join("cortado");
    write_fake_cortado(&fake, &jdk.java());
    let mut config = Config::new(&fake, dir.path());
    config.corpus = corpus;
    config.only = None;
    let suite = Suite::new(config);

    let xint = suite.run(Mode::Xint).expect("suite runs");
    let verdicts: Vec<(&str, &Verdict)> = xint.results.iter().map(|(name, v)| (name.as_str(), v)).collect();
    assert_eq!(verdicts[0], ("Agrees", &Verdict::Passed));
    assert_eq!(verdicts[1].0, "Listed");
    assert!(matches!(verdicts[1].1, Verdict::NowPasses { line: 3, .. }), "{:?}", verdicts[1].1);
    assert_eq!(verdicts[2].0, "Mangled");
    let Verdict::Unexpected(Failure::Mismatch(mismatch)) = verdicts[2].1 else {
        panic!("Mangled should be an unexpected mismatch: {:?}", verdicts[2].1)
    };
    let diff = mismatch.to_string();
    assert!(diff.contains("stdout, line 2:\n  HotSpot: \"two\\n\"\n  Cortado: \"TWO\\n\""), "{diff}");
    assert!(diff.contains("exit:\n  HotSpot: exit code 2\n  Cortado: exit code 0"), "{diff}");
    assert_eq!(xint.summary(), "conformance -Xint: 1 passed, 0 known failures, 2 unexpected");

    let xcomp = suite.run(Mode::Xcomp).expect("suite runs");
    assert_eq!(xcomp.results[2].1, Verdict::KnownFailure { reason: "mangled on purpose".to_owned() });
    assert_eq!(xcomp.summary(), "conformance -Xcomp: 1 passed, 1 known failures, 1 unexpected");
}
