//! What the corpus and the differential fuzz share: the JDK, scratch directories, HotSpot's verdicts in
//! batch; `cortado.rs` holds Cortado's side.

pub mod cortado;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

/// The JDK used as the oracle: `JAVA_HOME`, else the home of the `javac` on `PATH`; `None` when there is none.
pub fn jdk_home() -> Option<PathBuf> {
    let home = match std::env::var_os("JAVA_HOME").filter(|h| !h.is_empty()) {
        Some(h) => PathBuf::from(h),
        None => {
            let path = std::env::var_os("PATH")?;
            let javac = std::env::split_paths(&path)
                .map(|d| d.join("javac"))
                .find(|j| j.is_file())?;
            std::fs::canonicalize(javac)
                .ok()?
                .parent()?
                .parent()?
                .to_path_buf()
        }
    };
    (home.join("bin/java").is_file()
        && home.join("bin/javac").is_file()
        && home.join("jmods/java.base.jmod").is_file())
    .then_some(home)
}

/// A scratch directory removed when dropped (kept when `CORTADO_KEEP_SCRATCH` is set, for debugging).
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// A fresh directory under the system temp dir, unique to this process and call.
    pub fn new(tag: &str) -> Scratch {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("cortado-verify-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::env::var_os("CORTADO_KEEP_SCRATCH").is_none() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// HotSpot's verdict on one class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Loaded and linked.
    Ok,
    /// Linking threw: the exception's class name and the first line of its message.
    Threw(String, String),
}

impl Verdict {
    /// Whether this is a `java.lang.VerifyError`.
    pub fn is_verify_error(&self) -> bool {
        matches!(self, Verdict::Threw(c, _) if c == "java.lang.VerifyError")
    }
}

/// The driver HotSpot runs: for each input line `dir<TAB>name` it loads `name` from `dir` in a fresh class
/// loader and links it without initializing it (reflection on the declared fields links a class, as
/// `Class.forName` with `initialize=false` does not), so a mutant's code never runs.
const DRIVER: &str = r#"
import java.io.*;
import java.net.*;
public class CortadoVerifyDriver {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        for (String line; (line = in.readLine()) != null; ) {
            String[] parts = line.split("\t");
            String verdict;
            try (URLClassLoader loader = new URLClassLoader(new URL[] { new File(parts[0]).toURI().toURL() })) {
                Class<?> c = Class.forName(parts[1], false, loader);
                c.getDeclaredFields();
                verdict = "OK";
            } catch (Throwable t) {
                String m = String.valueOf(t.getMessage());
                int nl = m.indexOf('\n');
                verdict = t.getClass().getName() + "\t" + (nl < 0 ? m : m.substring(0, nl));
            }
            out.println(verdict);
        }
        out.flush();
    }
}
"#;

/// Runs HotSpot with `-Xverify:all` once over many classes (`(directory, binary name)`), returning a verdict each.
pub fn hotspot_verdicts(jdk: &Path, classes: &[(PathBuf, String)]) -> Vec<Verdict> {
    let driver = Scratch::new("driver");
    std::fs::write(driver.0.join("CortadoVerifyDriver.java"), DRIVER).expect("write driver");
    let status = Command::new(jdk.join("bin/javac"))
        .arg("-d")
        .arg(&driver.0)
        .arg(driver.0.join("CortadoVerifyDriver.java"))
        .status()
        .expect("run javac");
    assert!(status.success(), "javac failed on the driver");
    let mut child = Command::new(jdk.join("bin/java"))
        .args([
            "-Xverify:all",
            "-Xshare:off",
            "-XX:TieredStopAtLevel=1",
            "-cp",
        ])
        .arg(&driver.0)
        .arg("CortadoVerifyDriver")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run java");
    let mut input = String::new();
    for (dir, name) in classes {
        input.push_str(&format!("{}\t{name}\n", dir.display()));
    }
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("wait for java");
    writer
        .join()
        .expect("writer thread")
        .expect("write to java");
    let text = String::from_utf8_lossy(&output.stdout);
    let verdicts: Vec<Verdict> = text
        .lines()
        .map(|l| match l.split_once('\t') {
            None if l == "OK" => Verdict::Ok,
            None => Verdict::Threw(l.to_owned(), String::new()),
            Some((c, m)) => Verdict::Threw(c.to_owned(), m.to_owned()),
        })
        .collect();
    assert_eq!(
        verdicts.len(),
        classes.len(),
        "the driver answered for every class:\n{text}"
    );
    verdicts
}
