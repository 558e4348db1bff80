//! Tests of the class path: directories, JARs and JMODs built on the fly, wildcards, manifests, `-jar` mode,
//! hostile archives and names, and (when a JDK is installed) the real `java.base.jmod`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use classfile::classpath::{
    ClassPath, ClassPathError, Entry, EntryKind, JMOD_HEADER, MAX_ENTRY_SIZE, Manifest, Origin,
    PATH_SEPARATOR,
};
use tempfile::TempDir;
use zip::CompressionMethod::{Deflated, Stored};
use zip::write::SimpleFileOptions;

/// Writes a zip with the given entries to `out`, each stored or deflated as asked.
fn write_zip(out: impl Write + std::io::Seek, entries: &[(&str, &[u8], zip::CompressionMethod)]) {
    let mut writer = zip::ZipWriter::new(out);
    for (name, bytes, method) in entries {
        writer
            .start_file(
                *name,
                SimpleFileOptions::default().compression_method(*method),
            )
            .unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap();
}

/// Writes a JAR at `path` holding `entries` (stored and deflated alternately, so both paths are exercised).
fn jar(path: &Path, entries: &[(&str, &[u8])]) -> PathBuf {
    let methods = [Stored, Deflated];
    let entries: Vec<_> = entries
        .iter()
        .enumerate()
        .map(|(i, (name, bytes))| (*name, *bytes, methods[i % 2]))
        .collect();
    write_zip(fs::File::create(path).unwrap(), &entries);
    path.to_path_buf()
}

/// Writes `bytes` to `root/relative`, creating the directories on the way.
fn file(root: &Path, relative: &str, bytes: &[u8]) {
    let path = root.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

fn join(paths: &[&Path]) -> String {
    paths
        .iter()
        .map(|p| p.to_str().unwrap())
        .collect::<Vec<_>>()
        .join(&PATH_SEPARATOR.to_string())
}

fn resource(class_path: &ClassPath, name: &str) -> Option<Vec<u8>> {
    class_path
        .find_resource(name)
        .unwrap()
        .map(|source| source.bytes)
}

/// Asserts that `name` is found with these bytes at an origin that displays as `origin`.
fn assert_class(class_path: &ClassPath, name: &str, bytes: &[u8], origin: &str) {
    let found = class_path.find_class(name).unwrap().unwrap();
    assert_eq!(
        (found.bytes.as_slice(), found.origin.to_string().as_str()),
        (bytes, origin)
    );
}

fn bytes_of(class_path: &ClassPath, name: &str) -> Option<Vec<u8>> {
    class_path
        .find_class(name)
        .unwrap()
        .map(|source| source.bytes)
}

#[test]
fn directory_with_nested_packages() {
    let dir = TempDir::new().unwrap();
    file(dir.path(), "Top.class", b"top");
    file(dir.path(), "p/q/C.class", b"pqc");
    file(dir.path(), "p/data.txt", b"data");
    file(dir.path(), "p/q/r/Deep.class", b"deep");
    let class_path = ClassPath::from_path_string(dir.path().to_str().unwrap());
    assert_eq!(class_path.entries().len(), 1);
    assert_eq!(class_path.entries()[0].kind(), EntryKind::Directory);

    let found = class_path.find_class("p/q/C").unwrap().unwrap();
    assert_eq!(found.bytes, b"pqc");
    assert_eq!(found.origin, Origin::File(dir.path().join("p/q/C.class")));
    assert_eq!(
        found.origin.to_string(),
        dir.path().join("p/q/C.class").display().to_string()
    );
    assert_eq!(bytes_of(&class_path, "p/q/r/Deep").unwrap(), b"deep");
    assert_eq!(resource(&class_path, "p/data.txt").unwrap(), b"data");
    assert!(class_path.find_class("p/q/Missing").unwrap().is_none());
    // A package directory is not a resource, and a file is not a package.
    assert!(class_path.find_resource("p/q").unwrap().is_none());
    assert!(class_path.find_class("Top.class/X").unwrap().is_none());
    assert_eq!(
        class_path.class_names().unwrap(),
        ["Top", "p/q/C", "p/q/r/Deep"]
    );
}

#[test]
fn jar_with_stored_and_deflated_entries() {
    let dir = TempDir::new().unwrap();
    let big = vec![7u8; 100_000];
    let path = jar(
        &dir.path().join("app.jar"),
        &[
            ("p/", b""),
            ("p/C.class", b"stored"),
            ("p/D.class", &big),
            ("p/res.txt", b"hello"),
        ],
    );
    let class_path = ClassPath::from_paths([&path]);
    assert_eq!(class_path.entries()[0].kind(), EntryKind::Jar);
    assert_class(
        &class_path,
        "p/C",
        b"stored",
        &format!("{}!/p/C.class", path.display()),
    );
    assert_eq!(bytes_of(&class_path, "p/D").unwrap(), big);
    assert_eq!(resource(&class_path, "p/res.txt").unwrap(), b"hello");
    assert!(class_path.find_class("p/E").unwrap().is_none());
    assert_eq!(class_path.class_names().unwrap(), ["p/C", "p/D"]);
}

#[test]
fn wildcard_expands_to_the_jars_of_a_directory_in_name_order() {
    let dir = TempDir::new().unwrap();
    let lib = dir.path().join("lib");
    fs::create_dir(&lib).unwrap();
    jar(
        &lib.join("b.jar"),
        &[("X.class", b"from b"), ("B.class", b"b")],
    );
    jar(&lib.join("a.JAR"), &[("X.class", b"from a")]);
    jar(&lib.join("c.jar.bak"), &[("C.class", b"c")]);
    fs::write(lib.join("notes.txt"), b"not a jar").unwrap();
    fs::create_dir(lib.join("sub")).unwrap();
    jar(&lib.join("sub/d.jar"), &[("D.class", b"d")]);

    let class_path = ClassPath::from_path_string(&format!("{}/*", lib.display()));
    let names: Vec<_> = class_path
        .entries()
        .iter()
        .map(|e| e.path().file_name().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["a.JAR", "b.jar"]);
    assert_eq!(bytes_of(&class_path, "X").unwrap(), b"from a");
    assert!(bytes_of(&class_path, "B").is_some());
    assert!(
        bytes_of(&class_path, "C").is_none(),
        "only .jar/.JAR files are taken"
    );
    assert!(
        bytes_of(&class_path, "D").is_none(),
        "subdirectories are not searched"
    );
    // `lib/*.jar` is not a wildcard: it names a file that does not exist.
    let literal = ClassPath::from_path_string(&format!("{}/*.jar", lib.display()));
    assert!(literal.entries().is_empty());
    assert_eq!(literal.missing().count(), 1);
}

#[test]
fn the_first_entry_holding_a_name_wins() {
    let dir = TempDir::new().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    file(&one, "p/C.class", b"one");
    file(&two, "p/C.class", b"two");
    file(&two, "p/Only.class", b"only two");
    let app = jar(&dir.path().join("app.jar"), &[("p/C.class", b"jar")]);

    let forward = ClassPath::from_path_string(&join(&[&one, &two, &app]));
    assert_eq!(bytes_of(&forward, "p/C").unwrap(), b"one");
    let only = forward.find_class("p/Only").unwrap().unwrap();
    assert_eq!(
        (only.bytes.as_slice(), only.entry_index),
        (&b"only two"[..], 1)
    );

    let backward = ClassPath::from_path_string(&join(&[&app, &two, &one]));
    let c = backward.find_class("p/C").unwrap().unwrap();
    assert_eq!((c.bytes.as_slice(), c.entry_index), (&b"jar"[..], 0));
    assert_eq!(backward.class_names().unwrap(), ["p/C", "p/Only"]);
    assert_eq!(backward.to_path_string(), join(&[&app, &two, &one]));
}

#[test]
fn missing_and_empty_elements_are_passed_over_and_recorded() {
    let dir = TempDir::new().unwrap();
    file(dir.path(), "A.class", b"a");
    let nowhere = dir.path().join("nowhere");
    let text = format!(
        "{sep}{}{sep}{sep}{}{sep}",
        nowhere.display(),
        dir.path().display(),
        sep = PATH_SEPARATOR
    );
    let class_path = ClassPath::from_path_string(&text);
    assert_eq!(class_path.entries().len(), 1);
    assert_eq!(
        class_path.missing().collect::<Vec<_>>(),
        [nowhere.as_path()]
    );
    assert!(bytes_of(&class_path, "A").is_some());
    // The same directory twice is one entry.
    let twice = ClassPath::from_path_string(&join(&[dir.path(), dir.path()]));
    assert_eq!(twice.entries().len(), 1);
    assert!(ClassPath::from_path_string("").entries().is_empty());
}

#[test]
fn manifest_headers_continuations_and_line_ends() {
    let text = b"Manifest-Version: 1.0\r\n\
        Main-Class: com.example.VeryLongPackageNameThatTheJarToolWrapsAtSeventyTw\r\n o.Main\r\n\
        Class-Path: lib/a.jar  lib/b.jar\n \tlib/c.jar classes/\r\
        created-by: hand\n\
        \r\n\
        Name: p/C.class\n\
        Sealed: true\n\
        \n\n\
        Name: q/\n\
        Sealed: false";
    let manifest = Manifest::parse(text).unwrap();
    assert_eq!(
        manifest.main_class(),
        Some("com.example.VeryLongPackageNameThatTheJarToolWrapsAtSeventyTwo.Main")
    );
    assert_eq!(
        manifest.class_path(),
        ["lib/a.jar", "lib/b.jar", "lib/c.jar", "classes/"]
    );
    assert_eq!(manifest.main_attribute("CREATED-BY"), Some("hand"));
    assert_eq!(manifest.main_attributes().len(), 4);
    let sections = manifest.sections();
    assert_eq!(sections.len(), 2);
    assert_eq!(
        (sections[0].name.as_str(), sections[0].attribute("sealed")),
        ("p/C.class", Some("true"))
    );
    assert_eq!(
        (sections[1].name.as_str(), sections[1].attribute("Sealed")),
        ("q/", Some("false"))
    );
    // What Display writes parses back to the same manifest.
    assert_eq!(
        Manifest::parse(manifest.to_string().as_bytes()).unwrap(),
        manifest
    );
}

#[test]
fn manifest_joins_continuations_before_decoding_utf8() {
    // "é" is C3 A9; `jar` may wrap between the two bytes.
    let manifest = Manifest::parse(b"Implementation-Title: caf\xC3\n \xA9\n").unwrap();
    assert_eq!(
        manifest.main_attribute("Implementation-Title"),
        Some("caf\u{e9}")
    );
    assert!(Manifest::parse(b"").unwrap().main_class().is_none());
    assert!(
        Manifest::parse(b"Main-Class:   \n")
            .unwrap()
            .main_class()
            .is_none()
    );
}

#[test]
fn malformed_manifests_are_typed_errors_with_a_line() {
    let cases: [(&[u8], usize); 6] = [
        (b"Manifest-Version: 1.0\nno colon here\n", 2),
        (b" continuation first\n", 1),
        (b"Main-Class:NoSpace\n", 1),
        (b"Bad Name: x\n", 1),
        (b"A: 1\n\nSealed: true\n", 3),
        (b"A: \xFF\xFE\n", 1),
    ];
    for (text, line) in cases {
        let error = Manifest::parse(text).unwrap_err();
        assert_eq!(
            error.line,
            line,
            "{:?}: {error}",
            String::from_utf8_lossy(text)
        );
    }
    let long_name = format!("{}: x\n", "N".repeat(71));
    assert!(Manifest::parse(long_name.as_bytes()).is_err());
}

#[test]
fn jar_mode_reads_main_class_and_follows_class_path() {
    let dir = TempDir::new().unwrap();
    let lib = dir.path().join("lib");
    fs::create_dir(&lib).unwrap();
    file(dir.path(), "classes/p/Dir.class", b"dir");
    // dep.jar points back at app.jar: the cycle must end, and app.jar stays first.
    jar(
        &lib.join("dep.jar"),
        &[
            ("META-INF/MANIFEST.MF", b"Class-Path: ../app.jar more.jar\n"),
            ("p/Dep.class", b"dep"),
        ],
    );
    jar(&lib.join("more.jar"), &[("p/More.class", b"more")]);
    let manifest = b"Manifest-Version: 1.0\r\nMain-Class: p.Main\r\nClass-Path: lib/dep.jar classes/ gone.jar\r\n\r\n";
    let app = jar(
        &dir.path().join("app.jar"),
        &[
            ("META-INF/MANIFEST.MF", manifest),
            ("p/Main.class", b"main"),
        ],
    );

    let launch = ClassPath::for_jar(&app).unwrap();
    assert_eq!(launch.main_class, "p.Main");
    let class_path = launch.class_path;
    let order: Vec<_> = class_path
        .entries()
        .iter()
        .map(|e| e.path().to_path_buf())
        .collect();
    assert_eq!(
        order,
        [
            app.clone(),
            lib.join("dep.jar"),
            lib.join("more.jar"),
            dir.path().join("classes/")
        ]
    );
    assert_eq!(
        class_path.missing().collect::<Vec<_>>(),
        [dir.path().join("gone.jar")]
    );
    for (name, bytes) in [
        ("p/Main", &b"main"[..]),
        ("p/Dep", b"dep"),
        ("p/More", b"more"),
        ("p/Dir", b"dir"),
    ] {
        assert_eq!(bytes_of(&class_path, name).unwrap(), bytes, "{name}");
    }
    // On a plain class path the JAR's Class-Path is followed too, right after the JAR.
    let plain = ClassPath::from_path_string(app.to_str().unwrap());
    assert_eq!(plain.entries().len(), 4);
    assert_eq!(
        plain.entries()[0].manifest().unwrap().unwrap().main_class(),
        Some("p.Main")
    );
}

#[test]
fn jar_mode_without_main_class_is_worded_like_hotspot() {
    let dir = TempDir::new().unwrap();
    let bare = jar(&dir.path().join("app.jar"), &[("p/Main.class", b"main")]);
    let error = ClassPath::for_jar(&bare).unwrap_err();
    assert!(matches!(error, ClassPathError::NoMainClass { .. }));
    assert_eq!(
        error.to_string(),
        format!("no main manifest attribute, in {}", bare.display())
    );
    let jar_error = |name: &str, manifest: &[u8]| {
        let path = jar(
            &dir.path().join(name),
            &[("META-INF/MANIFEST.MF", manifest)],
        );
        ClassPath::for_jar(path).unwrap_err()
    };
    let no_main = jar_error("lib.jar", b"Manifest-Version: 1.0\n");
    assert!(matches!(no_main, ClassPathError::NoMainClass { .. }));
    let bad = jar_error("bad.jar", b"Main-Class p.Main\n");
    assert!(matches!(bad, ClassPathError::BadManifest { .. }));
    let missing = ClassPath::for_jar(dir.path().join("none.jar")).unwrap_err();
    assert!(
        matches!(missing, ClassPathError::Io { ref source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    );
}

#[test]
fn corrupt_archives_are_errors_naming_the_file() {
    let dir = TempDir::new().unwrap();
    let good = jar(
        &dir.path().join("good.jar"),
        &[("p/C.class", &[1u8; 4000]), ("p/D.class", &[2u8; 4000])],
    );
    let bytes = fs::read(&good).unwrap();
    let garbage: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    for (name, contents) in [
        ("truncated.jar", &bytes[..bytes.len() / 2]),
        ("empty.jar", &[][..]),
        ("junk.jar", &garbage),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, contents).unwrap();
        let error = Entry::open(&path).unwrap_err();
        assert!(
            matches!(error, ClassPathError::BadArchive { .. }),
            "{name}: {error:?}"
        );
        assert!(error.to_string().contains(name), "{error}");
        assert!(ClassPath::for_jar(&path).is_err());
        // On a class path it is passed over, with the reason kept.
        let class_path = ClassPath::from_path_string(path.to_str().unwrap());
        assert!(class_path.entries().is_empty());
        assert!(matches!(
            class_path.skipped()[0].error,
            ClassPathError::BadArchive { .. }
        ));
    }
    // Damage the deflated data of p/D.class but keep the directory intact: the lookup fails, cleanly.
    let mut damaged = bytes.clone();
    let second_local_header = find_all(&damaged, b"PK\x03\x04")[1];
    for byte in &mut damaged[second_local_header + 40..second_local_header + 60] {
        *byte ^= 0x5A;
    }
    let path = dir.path().join("damaged.jar");
    fs::write(&path, &damaged).unwrap();
    let class_path = ClassPath::from_path_string(path.to_str().unwrap());
    assert_eq!(bytes_of(&class_path, "p/C").unwrap(), [1u8; 4000]);
    assert!(matches!(
        class_path.find_class("p/D"),
        Err(ClassPathError::BadArchive { .. })
    ));
}

#[test]
fn a_lying_size_header_cannot_make_us_allocate() {
    let dir = TempDir::new().unwrap();
    let good = jar(&dir.path().join("good.jar"), &[("Big.class", b"tiny")]);
    let mut bytes = fs::read(&good).unwrap();
    let huge = (MAX_ENTRY_SIZE as u32 + 1).to_le_bytes();
    // Uncompressed size: offset 22 in the local header, 24 in the central directory header.
    for (signature, offset) in [(&b"PK\x03\x04"[..], 22), (b"PK\x01\x02", 24)] {
        let at = find_all(&bytes, signature)[0] + offset;
        bytes[at..at + 4].copy_from_slice(&huge);
    }
    let path = dir.path().join("liar.jar");
    fs::write(&path, &bytes).unwrap();
    match ClassPath::from_path_string(path.to_str().unwrap()).find_class("Big") {
        Err(ClassPathError::EntryTooLarge { size, limit, .. }) => assert!(size > limit),
        Err(e @ ClassPathError::BadArchive { .. }) => println!("zip reader refused first: {e}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn names_that_escape_an_entry_are_rejected() {
    let dir = TempDir::new().unwrap();
    file(dir.path(), "secret.txt", b"outside");
    let root = dir.path().join("root");
    file(&root, "p/C.class", b"c");
    let app = jar(&dir.path().join("app.jar"), &[("p/C.class", b"c")]);
    let class_path = ClassPath::from_path_string(&join(&[&root, &app]));
    let bad = [
        "../secret.txt",
        "p/../../secret.txt",
        "/etc/passwd",
        "p\\C.class",
        "p/C\0.class",
        "",
        "p//C.class",
    ];
    for name in bad {
        assert!(
            matches!(
                class_path.find_resource(name),
                Err(ClassPathError::InvalidName { .. })
            ),
            "{name:?}"
        );
        for entry in class_path.entries() {
            assert!(entry.find_resource(name).is_err(), "{name:?}");
        }
    }
    assert!(matches!(
        class_path.find_class("../secret"),
        Err(ClassPathError::InvalidName { .. })
    ));
    // `..` inside a segment is an ordinary name.
    assert!(class_path.find_resource("p/a..b").unwrap().is_none());
}

#[test]
fn jmod_files_serve_their_classes_section() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("m.jmod");
    let mut bytes = JMOD_HEADER.to_vec();
    let mut zip = std::io::Cursor::new(Vec::new());
    let entries = [
        ("classes/module-info.class", &b"module"[..], Deflated),
        ("classes/p/C.class", b"jmod c", Deflated),
        ("classes/p/res.properties", b"k=v", Stored),
        ("bin/tool", b"#!", Stored),
        ("classes/META-INF/versions/9/p/C.class", b"nine", Stored),
    ];
    write_zip(&mut zip, &entries);
    bytes.extend(zip.into_inner());
    fs::write(&path, &bytes).unwrap();

    let class_path = ClassPath::from_path_string(path.to_str().unwrap());
    assert_eq!(class_path.entries()[0].kind(), EntryKind::Jmod);
    assert_class(
        &class_path,
        "p/C",
        b"jmod c",
        &format!("{}!/classes/p/C.class", path.display()),
    );
    assert_eq!(resource(&class_path, "p/res.properties").unwrap(), b"k=v");
    assert!(class_path.find_resource("bin/tool").unwrap().is_none());
    assert_eq!(class_path.class_names().unwrap(), ["module-info", "p/C"]);
    assert!(class_path.entries()[0].manifest().unwrap().is_none());

    bytes[2] = 0x02;
    fs::write(&path, &bytes).unwrap();
    assert!(matches!(
        Entry::open(&path),
        Err(ClassPathError::BadJmodHeader { .. })
    ));
}

#[test]
fn lookups_run_from_several_threads() {
    let dir = TempDir::new().unwrap();
    let entries: Vec<(String, Vec<u8>)> = (0..64)
        .map(|i| (format!("p/C{i}.class"), vec![i as u8; 1000 + i * 37]))
        .collect();
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let class_path = ClassPath::from_paths([jar(&dir.path().join("app.jar"), &borrowed)]);
    std::thread::scope(|scope| {
        for thread in 0..4 {
            let class_path = &class_path;
            scope.spawn(move || {
                for round in 0..64 {
                    let i = (round * 5 + thread * 17) % 64;
                    assert_eq!(
                        bytes_of(class_path, &format!("p/C{i}")).unwrap(),
                        vec![i as u8; 1000 + i * 37]
                    );
                }
            });
        }
    });
}

/// The JDK's `java.base.jmod`, via `JAVA_HOME` or the `javac` on `PATH` (through symlinks to
/// `<jdk>/bin/javac`).
fn java_base_jmod() -> Option<PathBuf> {
    let from_home = std::env::var_os("JAVA_HOME").map(PathBuf::from);
    let from_javac = || {
        let path = std::env::var_os("PATH")?;
        let javac = std::env::split_paths(&path)
            .map(|dir| dir.join("javac"))
            .find(|javac| javac.is_file())?;
        Some(
            fs::canonicalize(javac)
                .ok()?
                .parent()?
                .parent()?
                .to_path_buf(),
        )
    };
    let jmod =
        |home: PathBuf| Some(home.join("jmods/java.base.jmod")).filter(|jmod| jmod.is_file());
    from_home
        .and_then(jmod)
        .or_else(|| from_javac().and_then(jmod))
}

#[test]
fn the_jdk_java_base_jmod_opens_and_serves_java_lang_object() {
    let Some(jmod) = java_base_jmod() else {
        println!("skipped: no JDK with jmods/java.base.jmod found via JAVA_HOME or javac on PATH");
        return;
    };
    let entry = Entry::open(&jmod).unwrap();
    assert_eq!(entry.kind(), EntryKind::Jmod);
    let names = entry.class_names().unwrap();
    assert!(
        names.len() > 5000,
        "{} classes in {}",
        names.len(),
        jmod.display()
    );
    let class_path = ClassPath::from_entries(vec![entry]);
    let object = class_path.find_class("java/lang/Object").unwrap().unwrap();
    assert_eq!(object.bytes[..4], [0xCA, 0xFE, 0xBA, 0xBE]);
    assert!(
        object
            .origin
            .to_string()
            .ends_with("java.base.jmod!/classes/java/lang/Object.class")
    );
    // Every class reads back whole (the magic is there) through the same path a class loader takes.
    for name in &names {
        let class = class_path.find_class(name).unwrap().unwrap();
        assert_eq!(class.bytes[..4], [0xCA, 0xFE, 0xBA, 0xBE], "{name}");
    }
}

/// Positions of every occurrence of `needle` in `haystack`.
fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    haystack
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(unix)]
#[test]
fn fifos_are_neither_archives_nor_resources() {
    let dir = TempDir::new().unwrap();
    fs::create_dir(dir.path().join("p")).unwrap();
    let made = ["pipe.jar", "p/C.class"].iter().all(|name| {
        let status = std::process::Command::new("mkfifo")
            .arg(dir.path().join(name))
            .status();
        status.is_ok_and(|status| status.success())
    });
    if !made {
        println!("skipped: mkfifo is not available");
        return;
    }
    // Opening either would block until a writer came; both must be refused without opening.
    let pipe = dir.path().join("pipe.jar");
    assert!(matches!(
        Entry::open(&pipe),
        Err(ClassPathError::BadArchive { .. })
    ));
    let class_path = ClassPath::from_path_string(dir.path().to_str().unwrap());
    assert!(bytes_of(&class_path, "p/C").is_none());
}
