//! A Rust program that loads a Java plugin from a JAR and calls it.
//!
//! `plugin_host <plugin.jar> <text>`: the JAR's manifest names the implementation (`Plugin-Class`); the host
//! registers `host.HostApi`'s natives (a log and a configuration lookup) as Rust closures, creates the plugin
//! and calls `apply(text)` through the `host.Plugin` interface.

use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use vm::embed::{JavaValue, NativeError, VmBuilder, VmError};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [jar, text] = args.as_slice() else {
        eprintln!("usage: plugin_host <plugin.jar> <text>");
        return ExitCode::from(2);
    };
    match run(jar, text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match &e {
                VmError::Exception(exception) => eprint!("plugin failed: {}", exception.report()),
                other => eprintln!("plugin failed: {other}"),
            }
            ExitCode::FAILURE
        }
    }
}

/// The `Plugin-Class` attribute of the JAR's manifest (read with the class path reader Cortado itself uses).
fn plugin_class(jar: &str) -> Option<String> {
    let entry = classfile::classpath::Entry::open(std::path::Path::new(jar)).ok()?;
    let manifest = entry.manifest().ok()??;
    manifest.main_attribute("Plugin-Class").map(str::to_owned)
}

fn run(jar: &str, text: &str) -> Result<(), VmError> {
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = log.clone();
    let mut vm = VmBuilder::new()
        .class_path(jar)
        .native("host.HostApi", "log", "(Ljava/lang/String;)V", move |_, args| {
            if let [JavaValue::Str(message)] = args {
                sink.lock().map_err(|_| NativeError::throw("java.lang.IllegalStateException", "log lock"))?.push(message.clone());
            }
            Ok(JavaValue::Void)
        })
        .native("host.HostApi", "config", "(Ljava/lang/String;)Ljava/lang/String;", |_, args| {
            Ok(match args {
                [JavaValue::Str(key)] if key == "top" => JavaValue::Str("2".into()),
                _ => JavaValue::Null,
            })
        })
        .fuel(50_000_000)
        .build()?;
    let Some(class) = plugin_class(jar) else {
        return Err(VmError::Build(format!("{jar} has no Plugin-Class in its manifest")));
    };
    let plugin = vm.new_object(&class, "()V", &[])?;
    let name: String = vm.call_method(&plugin, "name", "()Ljava/lang/String;", &[])?;
    let result: String = vm.call_method(&plugin, "apply", "(Ljava/lang/String;)Ljava/lang/String;", &[text.into()])?;
    for line in log.lock().map(|l| l.clone()).unwrap_or_default() {
        println!("[plugin log] {line}");
    }
    println!("{name}: {result}");
    Ok(())
}
