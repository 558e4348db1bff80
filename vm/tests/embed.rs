//! The embedding API end to end: every entry point, host natives, handles across allocation, the sandbox's
//! denials and grants, heap limit, fuel, deadline and interrupt stopping runaway code, many VMs in sequence
//! and in parallel. Java sources are in `tests/embed/` and compiled with the host's `javac` once per run.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use vm::embed::{Capability, CapturedIo, ExecMode, JavaArray, JavaObject, JavaValue, NativeError, Vm, VmBuilder, VmError};

/// The directory holding the compiled test classes.
fn classes() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("cortado-embed-tests-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("class directory");
        let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/embed/Scripts.java");
        let status = std::process::Command::new("javac")
            .args(["--release", "17", "-d"])
            .arg(&dir)
            .arg(&source)
            .status()
            .expect("javac is installed");
        assert!(status.success(), "javac failed");
        dir
    })
}

/// A builder with the test classes on the class path and the host natives `Scripts` declares.
fn builder() -> VmBuilder {
    VmBuilder::new()
        .class_path(classes())
        .native("Scripts", "hostAdd", "(II)I", |_, args| match args {
            [JavaValue::Int(a), JavaValue::Int(b)] => Ok(JavaValue::Int(a + b)),
            _ => Err(NativeError::throw("java.lang.IllegalArgumentException", "two ints")),
        })
        .native("Scripts", "hostGreet", "(Ljava/lang/String;)Ljava/lang/String;", |_, args| match args {
            [JavaValue::Str(name)] => Ok(JavaValue::Str(format!("host greets {name}"))),
            [JavaValue::Null] => Ok(JavaValue::Null),
            _ => Err(NativeError::throw("java.lang.IllegalArgumentException", "a string")),
        })
        .native("Scripts", "hostPanic", "()V", |_, _| panic!("the host's bug"))
        .native("Scripts", "hostThrow", "()V", |_, _| {
            Err(NativeError::throw("java.lang.IllegalArgumentException", "from the host"))
        })
        .native("Scripts", "hostWrongType", "()Ljava/lang/Object;", |_, _| Ok(JavaValue::Int(3)))
        .native("Scripts", "hostCallsBack", "(I)I", |cx, args| {
            let twice = cx.call_static("Scripts", "add", "(II)I", &[args[0].clone(), args[0].clone()])?;
            let obj = cx.call_static("java.lang.Integer", "valueOf", "(I)Ljava/lang/Integer;", &[twice])?;
            let JavaValue::Object(boxed) = obj else { return Err(NativeError::throw("java.lang.Error", "not boxed")) };
            match cx.call_method(&boxed, "intValue", "()I", &[])? {
                JavaValue::Int(n) => Ok(JavaValue::Int(n + 1)),
                _ => Err(NativeError::throw("java.lang.Error", "not an int")),
            }
        })
        .native("Scripts", "hostCallsThrower", "()Ljava/lang/String;", |cx, _| {
            cx.call_static("Scripts", "fail", "(Ljava/lang/String;)V", &["from a callback".into()])?;
            Ok(JavaValue::Str("unreachable".into()))
        })
        .native("Scripts", "hostCallsSpin", "()V", |cx, _| {
            // Ignores the error: the stop must still end the call.
            let _ = cx.call_static("Scripts", "spin", "()V", &[]);
            Ok(JavaValue::Void)
        })
        .native("Scripts", "describe", "(I)Ljava/lang/String;", |cx, args| match args {
            [JavaValue::Object(this), JavaValue::Int(n)] => {
                Ok(JavaValue::Str(format!("{} #{n}", cx.class_name(this)?)))
            }
            _ => Err(NativeError::throw("java.lang.IllegalArgumentException", "receiver and int")),
        })
}

fn new_vm() -> Vm {
    builder().build().expect("the VM builds")
}

const S: &str = "Scripts";

#[test]
fn static_calls_with_every_primitive_type() {
    let mut vm = new_vm();
    let sum: i32 = vm.call_static(S, "add", "(II)I", &[2.into(), 40.into()]).unwrap();
    assert_eq!(sum, 42);
    let args = [
        JavaValue::Byte(1),
        JavaValue::Short(2),
        JavaValue::Char(3),
        JavaValue::Long(4),
        JavaValue::Float(5.5),
        JavaValue::Double(6.5),
        JavaValue::Boolean(true),
    ];
    let mixed: i64 = vm.call_static(S, "mix", "(BSCJFDZ)J", &args).unwrap();
    assert_eq!(mixed, 1 + 2 + 3 + 4 + 5 + 6 + 1000);
    let unit: () = vm.call_static(S, "print", "(Ljava/lang/String;)V", &["x".into()]).unwrap();
    assert_eq!(unit, ());
}

#[test]
fn strings_arrays_and_null() {
    let mut vm = new_vm();
    let greeting: String = vm.call_static(S, "greet", "(Ljava/lang/String;)Ljava/lang/String;", &["Ada".into()]).unwrap();
    assert_eq!(greeting, "hello, Ada");
    let nobody: String = vm.call_static(S, "greet", "(Ljava/lang/String;)Ljava/lang/String;", &[JavaValue::Null]).unwrap();
    assert_eq!(nobody, "nobody");
    let doubled: Vec<i32> = vm.call_static(S, "doubled", "([I)[I", &[vec![1, 2, 3].into()]).unwrap();
    assert_eq!(doubled, vec![2, 4, 6]);
    let joined: String =
        vm.call_static(S, "join", "([Ljava/lang/String;)Ljava/lang/String;", &[vec!["a".to_owned(), "b".to_owned()].into()]).unwrap();
    assert_eq!(joined, "a+b");
    let bytes: Vec<i8> = vm.call_static(S, "bytes", "(I)[B", &[4.into()]).unwrap();
    assert_eq!(bytes, vec![0, 1, 2, 3]);
    let none: Option<JavaObject> = vm.call_static(S, "nothing", "()Ljava/lang/Object;", &[]).unwrap();
    assert!(none.is_none());
    let array = vm.new_array(&JavaArray::Double(vec![1.5, 2.5])).unwrap();
    assert_eq!(vm.array_value(&array).unwrap(), JavaArray::Double(vec![1.5, 2.5]));
    let s = vm.new_string("héllo ☕").unwrap();
    assert_eq!(vm.string_value(&s).unwrap(), "héllo ☕");
    assert_eq!(vm.class_name(&s).unwrap(), "java.lang.String");
}

#[test]
fn argument_and_result_types_are_checked() {
    let mut vm = new_vm();
    let wrong = vm.call_static::<i32>(S, "add", "(II)I", &[2.into(), "x".into()]).unwrap_err();
    assert!(matches!(wrong, VmError::ArgumentMismatch { index: 1, .. }), "{wrong:?}");
    let count = vm.call_static::<i32>(S, "add", "(II)I", &[2.into()]).unwrap_err();
    assert!(matches!(count, VmError::ArgumentMismatch { .. }), "{count:?}");
    let list = vm.new_object("java.util.ArrayList", "()V", &[]).unwrap();
    // An ArrayList is not a Scripts: refused before Java sees it.
    let bad = vm.call_static::<String>(S, "nameOf", "(LScripts;)Ljava/lang/String;", &[(&list).into()]).unwrap_err();
    assert!(matches!(bad, VmError::ArgumentMismatch { .. }), "{bad:?}");
    let as_string = vm.call_static::<String>(S, "add", "(II)I", &[1.into(), 2.into()]).unwrap_err();
    assert!(matches!(as_string, VmError::TypeMismatch { .. }), "{as_string:?}");
    let missing = vm.call_static::<i32>(S, "nope", "()I", &[]).unwrap_err();
    assert!(matches!(missing, VmError::NoSuchMethod(_)), "{missing:?}");
    let instance_as_static = vm.call_static::<i32>(S, "total", "()I", &[]).unwrap_err();
    assert!(matches!(instance_as_static, VmError::NoSuchMethod(_)), "{instance_as_static:?}");
    assert!(matches!(vm.call_static::<i32>(S, "add", "(II", &[]), Err(VmError::BadDescriptor(_))));
    let other = VmBuilder::new().build().unwrap();
    drop(other);
    let mut second = new_vm();
    let foreign = second.call_method::<i32>(&list, "size", "()I", &[]).unwrap_err();
    assert!(matches!(foreign, VmError::WrongVm), "{foreign:?}");
}

#[test]
fn constructors_and_instance_methods() {
    let mut vm = new_vm();
    let named = vm.new_object(S, "(Ljava/lang/String;)V", &["counter".into()]).unwrap();
    for x in [1, 2, 39] {
        let () = vm.call_method(&named, "add", "(I)V", &[x.into()]).unwrap();
    }
    let total: i32 = vm.call_method(&named, "total", "()I", &[]).unwrap();
    assert_eq!(total, 42);
    let text: String = vm.call_method(&named, "toString", "()Ljava/lang/String;", &[]).unwrap();
    assert_eq!(text, "Scripts(counter, [1, 2, 39])");
    let anonymous = vm.new_object(S, "()V", &[]).unwrap();
    let name: String = vm.call_static(S, "nameOf", "(LScripts;)Ljava/lang/String;", &[(&anonymous).into()]).unwrap();
    assert_eq!(name, "anonymous");
    // Interface dispatch through a handle, and inherited methods.
    let list = vm.new_object("java.util.ArrayList", "()V", &[]).unwrap();
    let _: bool = vm.call_method(&list, "add", "(Ljava/lang/Object;)Z", &[(&named).into()]).unwrap();
    let hash: i32 = vm.call_method(&list, "hashCode", "()I", &[]).unwrap();
    let again: i32 = vm.call_method(&list, "hashCode", "()I", &[]).unwrap();
    assert_eq!(hash, again);
    let first: JavaObject = vm.call_method(&list, "get", "(I)Ljava/lang/Object;", &[0.into()]).unwrap();
    assert_eq!(first, named);
    let abstract_class = vm.new_object("java.util.AbstractList", "()V", &[]).unwrap_err();
    assert_eq!(abstract_class.exception().unwrap().class, "java.lang.InstantiationException");
}

#[test]
fn classes_from_bytes() {
    let mut from_bytes = VmBuilder::new();
    for entry in std::fs::read_dir(classes()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        from_bytes = from_bytes.class_bytes(&name, std::fs::read(&path).unwrap());
    }
    let mut vm = from_bytes.build().unwrap();
    let sum: i32 = vm.call_static(S, "add", "(II)I", &[1.into(), 1.into()]).unwrap();
    assert_eq!(sum, 2);
    let broken = VmBuilder::new().class_bytes("Broken", vec![0xCA, 0xFE, 0, 1]).build().unwrap();
    let mut broken = broken;
    let err = broken.load_class("Broken").unwrap_err();
    assert_eq!(err.exception().unwrap().class, "java.lang.ClassFormatError");
}

#[test]
fn java_exceptions_carry_class_message_trace_and_cause() {
    let mut vm = new_vm();
    let err = vm.call_static::<()>(S, "fail", "(Ljava/lang/String;)V", &["broken plugin".into()]).unwrap_err();
    let e = err.exception().expect("an exception");
    assert_eq!(e.class, "java.lang.IllegalStateException");
    assert_eq!(e.message.as_deref(), Some("broken plugin"));
    assert!(e.stack_trace[0].starts_with("Scripts.fail(Scripts.java:"), "{:?}", e.stack_trace);
    let cause = e.cause.as_ref().expect("a cause");
    assert_eq!((cause.class.as_str(), cause.message.as_deref()), ("java.lang.RuntimeException", Some("root cause")));
    assert!(e.report().contains("Caused by: java.lang.RuntimeException: root cause"));
    // Describing an exception runs only the class library's Throwable code, never a script's overrides.
    let evil = vm.call_static::<()>(S, "throwEvil", "()V", &[]).unwrap_err();
    let e = evil.exception().expect("an exception");
    assert_eq!((e.class.as_str(), e.message.as_deref()), ("Scripts$Evil", Some("evil")));
    assert!(e.stack_trace[0].starts_with("Scripts.throwEvil(Scripts.java:"), "{:?}", e.stack_trace);
    // The VM stays usable, and deep Java recursion fails as Java does.
    let overflow = vm.call_static::<i32>(S, "recurseForever", "(I)I", &[0.into()]).unwrap_err();
    assert_eq!(overflow.exception().unwrap().class, "java.lang.StackOverflowError");
    let depth: i32 = vm.call_static(S, "depth", "(I)I", &[1000.into()]).unwrap();
    assert_eq!(depth, 1000);
}

#[test]
fn host_natives_are_called_from_java() {
    let mut vm = new_vm();
    let n: i32 = vm.call_static(S, "callsHostAdd", "(I)I", &[1000.into()]).unwrap();
    assert_eq!(n, 1000);
    let greeting: String =
        vm.call_static(S, "hostGreet", "(Ljava/lang/String;)Ljava/lang/String;", &["Java".into()]).unwrap();
    assert_eq!(greeting, "host greets Java");
    let caught: String = vm.call_static(S, "nativeThrowCaught", "()Ljava/lang/String;", &[]).unwrap();
    assert_eq!(caught, "caught from the host");
    let panicked: String = vm.call_static(S, "nativePanicCaught", "()Ljava/lang/String;", &[]).unwrap();
    assert_eq!(panicked, "host native Scripts.hostPanic panicked: the host's bug");
    let wrong = vm.call_static::<JavaValue>(S, "hostWrongType", "()Ljava/lang/Object;", &[]).unwrap_err();
    assert_eq!(wrong.exception().unwrap().class, "java.lang.InternalError");
    let back: i32 = vm.call_static(S, "callback", "(I)I", &[20.into()]).unwrap();
    assert_eq!(back, 41);
    let propagated: String = vm.call_static(S, "callbackThrows", "()Ljava/lang/String;", &[]).unwrap();
    assert_eq!(propagated, "caught from a callback");
    vm.set_fuel(Some(100_000));
    assert!(matches!(vm.call_static::<()>(S, "hostCallsSpin", "()V", &[]), Err(VmError::BudgetExhausted)));
    vm.set_fuel(None);
    let obj = vm.new_object(S, "()V", &[]).unwrap();
    let described: String = vm.call_method(&obj, "describe", "(I)Ljava/lang/String;", &[7.into()]).unwrap();
    assert_eq!(described, "Scripts #7");
    assert!(vm.call_static::<i32>(S, "trivial", "()I", &[]).is_ok(), "usable after a native panicked");
}

#[test]
fn handles_survive_allocation_and_are_released() {
    let mut vm = builder().heap_limit(512 << 20).build().unwrap();
    let before = vm.live_handles();
    let objects: Vec<JavaObject> = (0..100)
        .map(|i| vm.new_object(S, "(Ljava/lang/String;)V", &[format!("object {i}").into()]).unwrap())
        .collect();
    for (i, obj) in objects.iter().enumerate() {
        let () = vm.call_method(obj, "add", "(I)V", &[(i as i32).into()]).unwrap();
    }
    // Allocate several times the young generation, so young collections move the objects the handles point
    // to, then a full collection compacts them again.
    for _ in 0..4 {
        let _: i64 = vm.call_static(S, "churn", "(I)J", &[64.into()]).unwrap();
    }
    let () = vm.call_static("java/lang/System", "gc", "()V", &[]).unwrap();
    for (i, obj) in objects.iter().enumerate() {
        let name: String = vm.call_method(obj, "name", "()Ljava/lang/String;", &[]).unwrap();
        assert_eq!(name, format!("object {i}"));
        let total: i32 = vm.call_method(obj, "total", "()I", &[]).unwrap();
        assert_eq!(total, i as i32);
    }
    assert_eq!(vm.live_handles(), before + 100);
    let copy = objects[5].clone();
    drop(objects);
    assert_eq!(vm.live_handles(), before + 1);
    let name: String = vm.call_method(&copy, "name", "()Ljava/lang/String;", &[]).unwrap();
    assert_eq!(name, "object 5");
    drop(copy);
    assert_eq!(vm.live_handles(), before);
    let survivor = vm.new_string("outlives its VM").unwrap();
    drop(vm);
    drop(survivor);
}

/// A scratch directory for file tests.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cortado-embed-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn security_message(result: Result<JavaValue, VmError>) -> String {
    let err = result.unwrap_err();
    let e = err.exception().unwrap_or_else(|| panic!("not an exception: {err:?}"));
    assert_eq!(e.class, "java.lang.SecurityException");
    e.message.clone().unwrap_or_default()
}

#[test]
fn sandbox_denies_by_default() {
    let dir = scratch("deny");
    let file = dir.join("data.txt");
    std::fs::write(&file, "secret").unwrap();
    let path = file.to_str().unwrap();
    let mut vm = new_vm();
    let str1 = "(Ljava/lang/String;)Ljava/lang/String;";
    assert_eq!(
        security_message(vm.call_static(S, "readFile", str1, &["/etc/passwd".into()])),
        "file read access to /etc/passwd denied by the host"
    );
    assert_eq!(
        security_message(vm.call_static(S, "exists", "(Ljava/lang/String;)Z", &[path.into()])),
        format!("file read access to {path} denied by the host")
    );
    let out = dir.join("out.txt");
    let out = out.to_str().unwrap();
    assert_eq!(
        security_message(vm.call_static(S, "writeFile", "(Ljava/lang/String;Ljava/lang/String;)V", &[out.into(), "x".into()])),
        format!("file write access to {out} denied by the host")
    );
    assert_eq!(
        security_message(vm.call_static(S, "delete", "(Ljava/lang/String;)Z", &[path.into()])),
        format!("file write access to {path} denied by the host")
    );
    assert!(file.exists());
    assert_eq!(
        security_message(vm.call_static(S, "env", str1, &["PATH".into()])),
        "access to environment variable PATH denied by the host"
    );
    assert_eq!(
        security_message(vm.call_static(S, "exit", "(I)V", &[3.into()])),
        "exit with status 3 denied by the host"
    );
    let home: String = vm.call_static(S, "property", str1, &["user.home".into()]).unwrap();
    assert_eq!(home, "?");
    let dir_property: String = vm.call_static(S, "property", str1, &["user.dir".into()]).unwrap();
    assert_eq!(dir_property, "/");
    assert!(vm.call_static::<i32>(S, "trivial", "()I", &[]).is_ok());
}

#[test]
fn granted_capabilities_allow_exactly_what_they_name() {
    let dir = scratch("grant");
    let readable = dir.join("readable");
    let writable = dir.join("writable");
    std::fs::create_dir_all(&readable).unwrap();
    std::fs::create_dir_all(&writable).unwrap();
    std::fs::write(readable.join("in.txt"), "from the host").unwrap();
    let mut vm = builder()
        .grant(Capability::ReadFiles(readable.clone()))
        .grant(Capability::WriteFiles(writable.clone()))
        .grant(Capability::Env)
        .grant(Capability::HostProperties)
        .build()
        .unwrap();
    let str1 = "(Ljava/lang/String;)Ljava/lang/String;";
    let text: String = vm.call_static(S, "readFile", str1, &[readable.join("in.txt").to_str().unwrap().into()]).unwrap();
    assert_eq!(text, "from the host");
    let escape = format!("{}/../writable/../../../etc/passwd", readable.display());
    assert!(security_message(vm.call_static(S, "readFile", str1, &[escape.as_str().into()])).starts_with("file read access"));
    let out = writable.join("out.txt");
    let () = vm
        .call_static(S, "writeFile", "(Ljava/lang/String;Ljava/lang/String;)V", &[out.to_str().unwrap().into(), "written".into()])
        .unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "written");
    // Write access does not imply read access, nor read access write access.
    assert!(security_message(vm.call_static(S, "readFile", str1, &[out.to_str().unwrap().into()])).starts_with("file read"));
    let target = readable.join("in.txt");
    assert!(security_message(vm.call_static(S, "delete", "(Ljava/lang/String;)Z", &[target.to_str().unwrap().into()]))
        .starts_with("file write"));
    let path: Option<String> = vm.call_static(S, "env", str1, &["PATH".into()]).unwrap();
    assert_eq!(path, std::env::var("PATH").ok());
    let home: String = vm.call_static(S, "property", str1, &["user.home".into()]).unwrap();
    assert_eq!(Some(home), std::env::var("HOME").ok());
    assert!(security_message(vm.call_static(S, "exit", "(I)V", &[3.into()])).starts_with("exit"));

    let mut exiting = builder().grant(Capability::Exit).build().unwrap();
    let exited = exiting.call_static::<()>(S, "exit", "(I)V", &[3.into()]).unwrap_err();
    assert!(matches!(exited, VmError::Exited(3)), "{exited:?}");
    assert!(matches!(exiting.call_static::<i32>(S, "trivial", "()I", &[]), Err(VmError::Poisoned)));
}

#[test]
fn build_errors_are_values() {
    let missing = VmBuilder::new().class_path("/nonexistent/cortado/plugins.jar").build().unwrap_err();
    assert!(matches!(missing, VmError::Build(_)), "{missing:?}");
    let huge = VmBuilder::new().heap_limit(usize::MAX / 2).build().unwrap_err();
    assert!(matches!(huge, VmError::Build(_)), "{huge:?}");
    let bad_native = VmBuilder::new().native("X", "f", "(I", |_, _| Ok(JavaValue::Void)).build().unwrap_err();
    assert!(matches!(bad_native, VmError::BadDescriptor(_)), "{bad_native:?}");
    for mode in [ExecMode::Int, ExecMode::Default, ExecMode::Comp] {
        let mut vm = builder().mode(mode).fuel(100_000).build().unwrap();
        assert_eq!(vm.mode(), mode);
        let sum: i32 = vm.call_static(S, "add", "(II)I", &[1.into(), 2.into()]).unwrap();
        assert_eq!(sum, 3);
        assert!(matches!(vm.call_static::<()>(S, "spin", "()V", &[]), Err(VmError::BudgetExhausted)));
    }
}

#[test]
fn stdin_is_empty_unless_granted_or_given() {
    let mut vm = new_vm();
    let first: i32 = vm.call_static(S, "readStdin", "()I", &[]).unwrap();
    assert_eq!(first, -1, "the default streams give no stdin without Capability::Stdin");
    let mut fed = builder().io(Arc::new(CapturedIo::with_input(b"A"))).build().unwrap();
    let first: i32 = fed.call_static(S, "readStdin", "()I", &[]).unwrap();
    assert_eq!(first, i32::from(b'A'));
}

#[test]
fn output_is_captured() {
    let io = Arc::new(CapturedIo::default());
    let mut vm = builder().io(io.clone()).build().unwrap();
    let () = vm.call_static(S, "print", "(Ljava/lang/String;)V", &["captured".into()]).unwrap();
    assert_eq!(io.take_stdout(), "captured\n");
    assert_eq!(io.take_stderr(), "err:captured\n");
}

#[test]
fn heap_limit_is_an_out_of_memory_error() {
    let mut vm = builder().heap_limit(16 << 20).build().unwrap();
    let caught: String = vm.call_static(S, "allocateUntilOom", "()Ljava/lang/String;", &[]).unwrap();
    assert!(caught.starts_with("caught java.lang.OutOfMemoryError after "), "{caught}");
    let mut vm = builder().heap_limit(16 << 20).build().unwrap();
    let err = vm.call_static::<()>(S, "allocateForever", "()V", &[]).unwrap_err();
    assert_eq!(err.exception().unwrap().class, "java.lang.OutOfMemoryError");
}

#[test]
fn fuel_stops_loops_and_recursion_and_cannot_be_caught() {
    let io = Arc::new(CapturedIo::default());
    let mut vm = builder().io(io.clone()).fuel(1_000_000).build().unwrap();
    assert!(matches!(vm.call_static::<()>(S, "spin", "()V", &[]), Err(VmError::BudgetExhausted)));
    assert_eq!(vm.last_fuel_used(), Some(1_000_000));
    assert!(matches!(vm.call_static::<i32>(S, "stubborn", "()I", &[]), Err(VmError::BudgetExhausted)));
    assert_eq!(io.take_stdout(), "", "no finally block ran");
    // Method entries are polls too: unbounded recursion within a small budget stops before the stack is full.
    vm.set_fuel(Some(1_000));
    assert!(matches!(vm.call_static::<i32>(S, "recurseForever", "(I)I", &[0.into()]), Err(VmError::BudgetExhausted)));
    vm.set_fuel(Some(1_000_000));
    // The budget is per call, and enough fuel lets the same code finish.
    let sum: i64 = vm.call_static(S, "count", "(J)J", &[100_000i64.into()]).unwrap();
    assert_eq!(sum, 4_999_950_000);
    let used = vm.last_fuel_used().unwrap();
    assert!((100_000..101_000).contains(&used), "one unit per back-edge: {used}");
    assert!(matches!(vm.call_static::<i64>(S, "count", "(J)J", &[2_000_000i64.into()]), Err(VmError::BudgetExhausted)));
    vm.set_fuel(Some(10_000_000));
    let sum: i64 = vm.call_static(S, "count", "(J)J", &[2_000_000i64.into()]).unwrap();
    assert_eq!(sum, 1_999_999_000_000);
    vm.set_fuel(None);
    assert_eq!(vm.call_static::<i32>(S, "trivial", "()I", &[]).unwrap(), 1);
}

#[test]
fn deadline_stops_an_infinite_loop_and_a_sleep() {
    let mut vm = builder().timeout(Duration::from_millis(100)).build().unwrap();
    let start = Instant::now();
    assert!(matches!(vm.call_static::<()>(S, "spin", "()V", &[]), Err(VmError::DeadlineExceeded)));
    let spun = start.elapsed();
    assert!(spun < Duration::from_secs(2), "{spun:?}");
    let start = Instant::now();
    assert!(matches!(vm.call_static::<()>(S, "sleepLong", "()V", &[]), Err(VmError::DeadlineExceeded)));
    assert!(start.elapsed() < Duration::from_secs(2));
    vm.set_timeout(None);
    assert_eq!(vm.call_static::<i32>(S, "trivial", "()I", &[]).unwrap(), 1);
}

#[test]
fn fuel_and_deadline_stop_compiled_code() {
    // Every method compiled before its first call: the loops run as native code, whose polls charge fuel and
    // check the deadline as the interpreter's do.
    let mut vm = builder().mode(ExecMode::Comp).fuel(1_000_000).build().unwrap();
    assert!(matches!(vm.call_static::<()>(S, "spin", "()V", &[]), Err(VmError::BudgetExhausted)));
    let sum: i64 = vm.call_static(S, "count", "(J)J", &[100_000i64.into()]).unwrap();
    assert_eq!(sum, 4_999_950_000);
    let used = vm.last_fuel_used().unwrap();
    assert!((100_000..101_000).contains(&used), "one unit per back-edge in compiled code too: {used}");
    assert!(matches!(vm.call_static::<i64>(S, "count", "(J)J", &[2_000_000i64.into()]), Err(VmError::BudgetExhausted)));
    let mut vm = builder().mode(ExecMode::Comp).timeout(Duration::from_millis(100)).build().unwrap();
    let start = Instant::now();
    assert!(matches!(vm.call_static::<()>(S, "spin", "()V", &[]), Err(VmError::DeadlineExceeded)));
    assert!(start.elapsed() < Duration::from_secs(2));
    let mut vm = builder().mode(ExecMode::Comp).build().unwrap();
    let handle = vm.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    assert!(matches!(vm.call_static::<i32>(S, "stubborn", "()I", &[]), Err(VmError::Interrupted)));
    stopper.join().unwrap();
}

#[test]
fn limits_armed_later_meter_compiled_code_already_running() {
    // Compiled code counts no fuel while the VM has no limits (its polls only read the poll word). A spinner
    // compiled and started by an unlimited call must still come under a budget armed later: arming pokes
    // it, and from its next poll on it is metered, so it spends the call's budget (a million polls, a few
    // milliseconds) while the host's call sleeps, and the call stops. Unmetered, it would take one grant
    // and spin on for free while the call slept to its end.
    let mut vm = builder().mode(ExecMode::Comp).build().unwrap();
    vm.call_static::<()>(S, "startBackgroundSpinner", "()V", &[]).unwrap();
    vm.set_fuel(Some(1_000_000));
    let start = Instant::now();
    let napped = vm.call_static::<()>(S, "nap", "(J)V", &[5_000i64.into()]);
    assert!(matches!(napped, Err(VmError::BudgetExhausted)), "the spinner ran unmetered: {napped:?}");
    assert!(start.elapsed() < Duration::from_secs(4));
    let start = Instant::now();
    drop(vm);
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn interrupt_from_another_thread() {
    let mut vm = new_vm();
    let handle = vm.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let start = Instant::now();
    assert!(matches!(vm.call_static::<i32>(S, "stubborn", "()I", &[]), Err(VmError::Interrupted)));
    assert!(start.elapsed() < Duration::from_secs(5));
    stopper.join().unwrap();
    assert_eq!(vm.call_static::<i32>(S, "trivial", "()I", &[]).unwrap(), 1);
}

#[test]
fn threads_started_by_a_script_run_stop_with_it_and_end_with_the_vm() {
    let mut vm = new_vm();
    assert_eq!(vm.call_static::<i32>(S, "threadResult", "()I", &[]).unwrap(), 42);
    // An interrupt stops the host's call and the thread the script started.
    let handle = vm.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        handle.interrupt();
    });
    assert!(matches!(vm.call_static::<()>(S, "spinWithHelper", "()V", &[]), Err(VmError::Interrupted)));
    stopper.join().unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let first: i64 = vm.call_static(S, "spins", "()J", &[]).unwrap();
    assert!(first > 0, "the helper ran");
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(vm.call_static::<i64>(S, "spins", "()J", &[]).unwrap(), first, "the helper stopped");
    // A thread left sleeping when the VM is dropped is woken and unwound, not waited for.
    vm.call_static::<()>(S, "leaveSleeper", "()V", &[]).unwrap();
    let start = Instant::now();
    drop(vm);
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn threads_a_limited_script_starts_run_only_inside_calls() {
    // With a deadline, a thread that outlives the call which started it must not keep running, unmetered,
    // between calls: it waits at its next refuel and goes on, charged to the next call, when one comes.
    let mut vm = new_vm();
    vm.set_timeout(Some(Duration::from_secs(30)));
    vm.call_static::<()>(S, "startBackgroundSpinner", "()V", &[]).unwrap();
    // What the spinner counts in 300 ms when it may run (inside a call): the yardstick for "ran freely".
    let inside_call: i64 = vm.call_static(S, "spinsDuring", "(J)J", &[300i64.into()]).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let first: i64 = vm.call_static(S, "spins", "()J", &[]).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let second: i64 = vm.call_static(S, "spins", "()J", &[]).unwrap();
    // Between the two reads the spinner may finish the fuel chunk it held (10,000 polls) and run while the
    // second call lasts (microseconds, or a few milliseconds when a loaded host deschedules the caller);
    // running freely for the 300 ms between the calls it would count about `inside_call`. A fixed bound
    // (200,000) failed on a loaded machine, where one descheduled call let the spinner count 265,000.
    let bound = (inside_call / 4).max(200_000);
    assert!(
        second - first < bound,
        "the spinner ran between calls: {first} then {second} (it counts {inside_call} in 300 ms inside a call)"
    );
    // A call that lasts lets it run again: this one lasts until the spinner counts on (a call of fixed work
    // may end before the woken spinner is scheduled on a busy machine); the 30 s deadline bounds it.
    let third: i64 = vm.call_static(S, "awaitSpins", "(J)J", &[second.into()]).unwrap();
    assert!(third > second, "the spinner resumed inside a call: {second} then {third}");
    // Dropping the VM unwinds the waiting spinner promptly.
    let start = Instant::now();
    drop(vm);
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn native_nesting_is_bounded_on_a_small_host_stack() {
    // A spawned thread's default 2 MiB stack: Java recursion through host activations (string
    // concatenation calling toString) ends in StackOverflowError, not a host stack overflow.
    let outcome = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let mut vm = new_vm();
            let shallow: i32 = vm.call_static(S, "nestedToString", "(I)I", &[10.into()]).unwrap();
            assert_eq!(shallow, 24);
            let deep = vm.call_static::<i32>(S, "nestedToString", "(I)I", &[100_000.into()]).unwrap_err();
            deep.exception().map(|e| e.class.clone())
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(outcome.as_deref(), Some("java.lang.StackOverflowError"));
}

#[test]
fn a_vm_moves_between_threads() {
    let mut vm = new_vm();
    let obj = vm.new_object(S, "(Ljava/lang/String;)V", &["moved".into()]).unwrap();
    let (mut vm, obj) = std::thread::spawn(move || {
        let () = vm.call_method(&obj, "add", "(I)V", &[5.into()]).unwrap();
        (vm, obj)
    })
    .join()
    .unwrap();
    let total: i32 = vm.call_method(&obj, "total", "()I", &[]).unwrap();
    assert_eq!(total, 5);
}

/// Resident set size of this process in KiB (Linux).
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn exercise(vm: &mut Vm, seed: i32) {
    let obj = vm.new_object(S, "(Ljava/lang/String;)V", &[format!("vm {seed}").into()]).unwrap();
    let () = vm.call_method(&obj, "add", "(I)V", &[seed.into()]).unwrap();
    let total: i32 = vm.call_method(&obj, "total", "()I", &[]).unwrap();
    assert_eq!(total, seed);
    let _: i64 = vm.call_static(S, "churn", "(I)J", &[2.into()]).unwrap();
    let n: i32 = vm.call_static(S, "callsHostAdd", "(I)I", &[seed.into()]).unwrap();
    assert_eq!(n, seed);
}

#[test]
fn many_vms_in_sequence_and_in_parallel() {
    let mut samples = Vec::new();
    for i in 0..50 {
        let mut vm = new_vm();
        exercise(&mut vm, i);
        drop(vm);
        if i % 10 == 9 {
            samples.push(rss_kib().unwrap_or(0));
        }
    }
    eprintln!("RSS after every 10 of 50 VMs (KiB): {samples:?}");
    // Memory is returned: the last samples do not keep climbing by a VM's worth each time.
    if let (Some(first), Some(last)) = (samples.get(1), samples.last()) {
        assert!(last.saturating_sub(*first) < 16 * 1024, "RSS grew from {first} to {last} KiB");
    }
    let threads: Vec<_> = (0..4)
        .map(|t| {
            std::thread::spawn(move || {
                let mut vm = new_vm();
                for round in 0..5 {
                    exercise(&mut vm, t * 100 + round);
                    // Statics are per VM: the other VMs bumping theirs at the same time do not show.
                    let count: i32 = vm.call_static(S, "bump", "()I", &[]).unwrap();
                    assert_eq!(count, round + 1);
                }
                let list = vm.new_object("java.util.ArrayList", "()V", &[]).unwrap();
                let size: i32 = vm.call_method(&list, "size", "()I", &[]).unwrap();
                assert_eq!(size, 0);
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a VM thread");
    }
}
