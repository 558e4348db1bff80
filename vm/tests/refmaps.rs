//! Reference maps of interpreter frames (`rt::refmap`) on real code: every method of the embedded class
//! library gets maps from the bytecode that agree with the verifier's frames; targeted javac-compiled cases
//! (scopes reusing a local, uninitialized objects under construction, long/double pairs, handlers, switches)
//! and an assembled version-49 class with `jsr`/`ret`; the frame walk and the self-check on hand-built frames.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use classfile::classpath::ClassPath;
use classfile::bytecode::decode;
use classfile::opcode::Opcode;
use cortado_tests::asm::{ClassAsm, MethodAsm, javac, write_class};
use cortado_tests::jdk::Jdk;
use rt::refmap::{FrameCheckError, MapSource, RefMaps, check_frames, visit_frame_refs};
use rt::{ClassRef, Frame, JavaThread, LoaderId, MethodRef, Runtime, RuntimeOptions, VerifyMode};
use verifier::VType;

/// A booted runtime verifying every class (so verified frames exist to compare with), with `dir` as the
/// application class path.
fn runtime(dir: Option<&Path>) -> (Arc<Runtime>, JavaThread) {
    let class_path = dir.map_or_else(ClassPath::new, |d| ClassPath::from_paths([d]));
    let options = RuntimeOptions { class_path, verify: VerifyMode::All, ..RuntimeOptions::default() };
    let rt = Arc::new(Runtime::new(options, Box::new(stdlib::BootSource), stdlib::natives::registry()));
    rt.set_engine(Arc::new(interpreter::Interpreter));
    let mut thread = JavaThread::new("refmaps", 1 << 16);
    rt.boot(&mut thread).expect("the runtime boots");
    (rt, thread)
}

fn load(rt: &Runtime, thread: &mut JavaThread, name: &str, loader: LoaderId) -> ClassRef {
    let class = rt.load_class(thread, name, loader).unwrap_or_else(|_| panic!("{name} loads"));
    rt.link_class(thread, class).unwrap_or_else(|_| panic!("{name} links"));
    class
}

fn method(class: ClassRef, name: &str) -> MethodRef {
    let m = class.methods.iter().find(|m| &*m.name == name).unwrap_or_else(|| panic!("no method {name}"));
    rt::vm_ptr::VmPtr::new(m)
}

/// Whether a verification type is a value that is certainly not a reference.
fn is_primitive(t: &VType) -> bool {
    matches!(t, VType::Int | VType::Float | VType::Long | VType::Double | VType::ReturnAddress(_))
}

/// Compares the bytecode maps of `m` with the verifier's frames: same reachable bcis and stack heights;
/// every slot the verifier types as a reference is one in the map, every slot it types as a primitive is
/// not (a verifier `Top` may be either: a `StackMapTable` frame can forget a reference every path has).
fn compare_with_verifier(m: &rt::Method) -> usize {
    let Some(frames) = m.class.verified.get().and_then(Option::as_ref).and_then(|v| v.method(usize::from(m.index))) else {
        return 0;
    };
    let maps = RefMaps::from_bytecode(m);
    assert_eq!(maps.source(), MapSource::Bytecode, "{}", m.qualified_name());
    let mut compared = 0;
    for bci in frames.bcis() {
        let f = frames.frame_at(bci).expect("a listed bci has a frame");
        let map = maps.at(bci).unwrap_or_else(|| panic!("{} @{bci}: no map", m.qualified_name()));
        assert_eq!(map.stack_height(), f.stack.len(), "{} @{bci}: stack height", m.qualified_name());
        for (i, t) in f.locals.iter().enumerate() {
            if t.is_reference_like() {
                assert!(map.is_local_ref(i), "{} @{bci}: local {i} is {t:?}", m.qualified_name());
            } else if is_primitive(t) {
                assert!(!map.is_local_ref(i), "{} @{bci}: local {i} is {t:?}", m.qualified_name());
            }
        }
        for (i, t) in f.stack.iter().enumerate() {
            if t.is_reference_like() {
                assert!(map.is_stack_ref(i), "{} @{bci}: stack {i} is {t:?}", m.qualified_name());
            } else {
                assert!(!map.is_stack_ref(i), "{} @{bci}: stack {i} is {t:?}", m.qualified_name());
            }
        }
        compared += 1;
    }
    assert_eq!(maps.bcis().count(), compared, "{}: maps at bcis the verifier did not reach", m.qualified_name());
    compared
}

#[test]
fn every_library_method_gets_maps_that_agree_with_the_verifier() {
    let (rt, mut thread) = runtime(None);
    let (mut classes, mut methods, mut frames, mut skipped) = (0, 0, 0, Vec::new());
    let (mut build_time, mut bytes, mut instructions) = (std::time::Duration::ZERO, 0, 0);
    for name in stdlib::class_names() {
        let Ok(class) = rt.load_class(&mut thread, name, LoaderId::Boot) else {
            thread.pending = None;
            skipped.push(name);
            continue;
        };
        if rt.link_class(&mut thread, class).is_err() {
            thread.pending = None;
            skipped.push(name);
            continue;
        }
        classes += 1;
        for m in class.methods.iter().filter(|m| m.code.is_some()) {
            let start = Instant::now();
            let maps = RefMaps::from_bytecode(m);
            build_time += start.elapsed();
            bytes += maps.heap_bytes();
            instructions += maps.bcis().count();
            frames += compare_with_verifier(m);
            assert_eq!(m.ref_maps().source(), MapSource::Verifier, "{}", m.qualified_name());
            methods += 1;
        }
    }
    eprintln!(
        "refmaps: {classes} classes, {methods} methods, {frames} frames compared; bytecode maps built in {build_time:?} \
         ({instructions} instructions, {bytes} bytes); not loadable: {skipped:?}"
    );
    assert!(classes > 500 && skipped.len() < 10, "{skipped:?}");
}

const CASES: &str = r#"
public class RefCases {
    static Object sink;

    static int scopes(boolean b) {
        int r = 0;
        if (b) {
            String s = "a" + r;
            r = s.length();
        } else {
            int k = 5;
            r = k * 2;
        }
        return r;
    }

    static Object uninit(int n) {
        return new StringBuilder(new String(new char[n]));
    }

    static long wide(long a, Object o, double d) {
        long x = a * 2;
        Object p = o;
        double y = d + x;
        return (long) y + (p == null ? 0 : 1);
    }

    static int handler(Object o) {
        try {
            return o.hashCode();
        } catch (RuntimeException e) {
            sink = e;
            return -1;
        }
    }

    static String sw(int k, Object o) {
        switch (k) {
            case 1: return "one" + o;
            case 7: { Object t = o; return String.valueOf(t); }
            default: return null;
        }
    }
}
"#;

/// The bci of the `nth` (from 0) instruction with `opcode` in `m`.
fn bci_of(m: &rt::Method, opcode: Opcode, nth: usize) -> u32 {
    let code = m.code.as_ref().expect("method has code");
    decode(&code.bytes).expect("decodes").iter().filter(|i| i.opcode == opcode).nth(nth).expect("instruction exists").bci
}

fn locals(maps: &RefMaps, bci: u32) -> Vec<usize> {
    maps.at(bci).expect("map").local_refs().collect()
}

fn stack(maps: &RefMaps, bci: u32) -> (Vec<usize>, usize) {
    let map = maps.at(bci).expect("map");
    (map.stack_refs().collect(), map.stack_height())
}

/// `RefCases` compiled by javac into a temporary directory (kept alive by the first result), loaded and
/// verified on a fresh runtime.
fn ref_cases() -> (tempfile::TempDir, Arc<Runtime>, JavaThread, ClassRef) {
    let jdk = Jdk::locate().expect("a JDK is installed");
    let dir = tempfile::tempdir().expect("temp dir");
    javac(&jdk.javac(), dir.path(), &[("RefCases.java", CASES)]).expect("javac compiles RefCases");
    let (rt, mut thread) = runtime(Some(dir.path()));
    let class = load(&rt, &mut thread, "RefCases", LoaderId::App);
    (dir, rt, thread, class)
}

#[test]
fn javac_cases() {
    let (_dir, _rt, _thread, class) = ref_cases();
    for m in class.methods.iter() {
        compare_with_verifier(m);
        assert_eq!(m.ref_maps().source(), MapSource::Verifier);
    }
    for source in [MapSource::Verifier, MapSource::Bytecode] {
        let maps_of = |name: &str| {
            let m = method(class, name);
            if source == MapSource::Bytecode { RefMaps::from_bytecode(&m) } else { RefMaps::build(&m) }
        };

        // Local 2 is a String in one branch and an int in the other, and neither after the join.
        let m = method(class, "scopes");
        let maps = maps_of("scopes");
        let concat = bci_of(&m, Opcode::Invokedynamic, 0);
        assert_eq!(locals(&maps, concat), Vec::<usize>::new());
        let length_call = bci_of(&m, Opcode::Invokevirtual, 0);
        assert_eq!(locals(&maps, length_call), vec![2]);
        assert_eq!(stack(&maps, length_call), (vec![0], 1));
        let int_k = bci_of(&m, Opcode::Iload2, 0);
        assert_eq!(locals(&maps, int_k), Vec::<usize>::new());
        let ret = bci_of(&m, Opcode::Ireturn, 0);
        assert_eq!(locals(&maps, ret), Vec::<usize>::new());

        // new StringBuilder; dup; new String; dup; iload_0; newarray char: four uninitialized references
        // under the int, across the allocating newarray.
        let m = method(class, "uninit");
        let maps = maps_of("uninit");
        assert_eq!(stack(&maps, bci_of(&m, Opcode::Newarray, 0)), (vec![0, 1, 2, 3], 5));
        assert_eq!(stack(&maps, bci_of(&m, Opcode::Invokespecial, 0)), (vec![0, 1, 2, 3, 4], 5));
        assert_eq!(stack(&maps, bci_of(&m, Opcode::Invokespecial, 1)), (vec![0, 1, 2], 3));

        // (long a, Object o, double d): a in 0-1, o in 2, d in 3-4; x in 5-6, p in 7, y in 8-9.
        let m = method(class, "wide");
        let maps = maps_of("wide");
        assert_eq!(locals(&maps, 0), vec![2]);
        assert_eq!(locals(&maps, bci_of(&m, Opcode::Lreturn, 0)), vec![2, 7]);
        // `d + x` with both doubles on the stack: four slots, none a reference.
        assert_eq!(stack(&maps, bci_of(&m, Opcode::Dadd, 0)), (vec![], 4));

        // The handler starts with the exception on the stack and o in local 0.
        let m = method(class, "handler");
        let maps = maps_of("handler");
        let code = m.code.as_ref().expect("code");
        let handler = u32::from(code.handlers[0].handler);
        assert_eq!(stack(&maps, handler), (vec![0], 1));
        assert_eq!(locals(&maps, handler), vec![0]);
        assert_eq!(locals(&maps, bci_of(&m, Opcode::Putstatic, 0)), vec![0, 1]);

        // Both switch arms see o in local 1; the second copies it into local 2.
        let m = method(class, "sw");
        let maps = maps_of("sw");
        assert_eq!(stack(&maps, bci_of(&m, Opcode::Lookupswitch, 0)), (vec![], 1));
        assert_eq!(locals(&maps, bci_of(&m, Opcode::Astore2, 0)), vec![1]);
        assert_eq!(stack(&maps, bci_of(&m, Opcode::Astore2, 0)), (vec![0], 1));
        assert_eq!(locals(&maps, bci_of(&m, Opcode::Aload2, 0)), vec![1, 2]);
    }
}

/// A version-49 class whose subroutine is called with an int and then with a reference in local 1, and
/// stores a reference into local 2 itself.
#[test]
fn jsr_ret_subroutines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let class = ClassAsm::new("Sub", "java/lang/Object")
        .version(49)
        .default_init()
        .and_then(|c| {
            c.method(MethodAsm::public_static("m", "()V").limits(2, 3).code(
                "iconst_0; istore_1; jsr S; A: iload_1; pop; aconst_null; astore_1; jsr S; B: aload_1; pop; return; \
                 S: astore_0; aconst_null; astore_2; R: ret 0",
            ))
        })
        .expect("assemble Sub");
    write_class(dir.path(), &class.finish()).expect("write Sub");
    let (rt, mut thread) = runtime(Some(dir.path()));
    let class = load(&rt, &mut thread, "Sub", LoaderId::App);
    let m = method(class, "m");
    compare_with_verifier(&m);
    let maps = RefMaps::from_bytecode(&m);
    let ret = bci_of(&m, Opcode::Ret, 0);
    let after_first = bci_of(&m, Opcode::Iload1, 0);
    let after_second = bci_of(&m, Opcode::Aload1, 0);
    // In the subroutine local 1 is an int from one caller and a reference from the other: not a reference.
    assert_eq!(locals(&maps, ret), vec![2]);
    // After each return, local 1 is what that caller had; local 2 is what the subroutine stored.
    assert_eq!(locals(&maps, after_first), vec![2]);
    assert_eq!(locals(&maps, after_second), vec![1, 2]);
    // The return address on the stack at the subroutine's entry is not a reference.
    assert_eq!(stack(&maps, bci_of(&m, Opcode::Astore0, 0)), (vec![], 1));
}

/// The frame walk visits exactly the slots the map names, below the saved sp, once each; the self-check
/// accepts heap references and null and reports anything else.
#[test]
fn frame_walk_and_self_check() {
    let (_dir, rt, mut thread, class) = ref_cases();
    let m = method(class, "uninit");
    let newarray = bci_of(&m, Opcode::Newarray, 0);
    let max_locals = usize::from(m.code.as_ref().expect("code").max_locals);
    let object = rt.alloc_object(&mut thread, class).expect("allocates");
    // A caller frame (`scopes`, at its entry) below, then `uninit` at its newarray with five stack slots.
    let caller = method(class, "scopes");
    let caller_slots = usize::from(caller.code.as_ref().expect("code").max_locals);
    thread.frames.push(Frame { method: caller, locals: 0, sp: caller_slots as u32, bci: 0, pc: 0, native_fp: 0, code: 0 });
    let lb = caller_slots;
    let base = lb + max_locals;
    thread.stack.set(lb, 12);
    for k in 0..4 {
        thread.stack.set(base + k, object.to_slot());
    }
    thread.stack.set(base + 4, 12);
    thread.frames.push(Frame { method: m, locals: lb as u32, sp: (base + 5) as u32, bci: newarray, pc: 0, native_fp: 0, code: 0 });
    let mut seen = Vec::new();
    visit_frame_refs(&thread, &mut |p| seen.push((p as usize - thread.stack.base() as usize) / 8));
    assert_eq!(seen, vec![base, base + 1, base + 2, base + 3]);
    check_frames(&rt, &thread).expect("the frames are consistent");

    // At a call the saved sp drops to where the arguments start: they are not the caller's any more.
    thread.frames.last_mut().expect("frame").sp = (base + 2) as u32;
    let mut seen = Vec::new();
    visit_frame_refs(&thread, &mut |p| seen.push((p as usize - thread.stack.base() as usize) / 8));
    assert_eq!(seen, vec![base, base + 1]);

    thread.stack.set(base + 1, 0);
    check_frames(&rt, &thread).expect("null is a reference");
    thread.stack.set(base + 1, 0x1234);
    assert!(matches!(check_frames(&rt, &thread), Err(FrameCheckError::NotAReference { .. })));
    thread.stack.set(base + 1, 0);
    thread.frames.last_mut().expect("frame").sp = (base + 6) as u32;
    assert!(matches!(check_frames(&rt, &thread), Err(FrameCheckError::StackAboveMap { .. })));
    thread.frames.last_mut().expect("frame").bci = newarray + 1;
    assert!(matches!(check_frames(&rt, &thread), Err(FrameCheckError::NoMap { .. })));

    // Poisoning overwrites the slots at and above the saved sp of the innermost frame, and nothing below.
    thread.frames.last_mut().expect("frame").bci = newarray;
    thread.frames.last_mut().expect("frame").sp = (base + 3) as u32;
    rt::refmap::poison_dead_slots(&mut thread);
    // `uninit`'s operand stack has five slots (max_stack).
    let slots: Vec<u64> = (base..base + 5).map(|i| thread.stack.get(i).expect("in the slab")).collect();
    let dead = rt::refmap::DEAD_SLOT;
    assert_eq!(slots, vec![object.to_slot(), 0, object.to_slot(), dead, dead]);
    assert_eq!(thread.stack.get(lb), Some(12));

    // A heap address in a slot the map does not call a reference (`uninit`'s int parameter) is clobbered as a
    // moving collector would leave it stale; mapped references and small values are left alone.
    thread.stack.set(lb, object.to_slot());
    assert_eq!(rt::refmap::clobber_unmapped_references(&rt, &mut thread), 1);
    assert_eq!(thread.stack.get(lb), Some(dead));
    assert_eq!(thread.stack.get(base), Some(object.to_slot()));
    thread.stack.set(lb, 12);
    assert_eq!(rt::refmap::clobber_unmapped_references(&rt, &mut thread), 0);
    thread.frames.clear();
}

const HELLO: &str = r#"
public class Hello {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.append(i).append(' ');
        System.out.println("Hello, world! " + sb);
    }
}
"#;

/// What maps cost for a hello world: every method it ran (the library's from the bytecode, `Hello`'s from
/// the verifier), built again from scratch and timed, with the memory they take. Printed for the record;
/// asserts only that each has maps at every instruction it ran from.
#[test]
fn hello_world_cost() {
    let jdk = Jdk::locate().expect("a JDK is installed");
    let dir = tempfile::tempdir().expect("temp dir");
    javac(&jdk.javac(), dir.path(), &[("Hello.java", HELLO)]).expect("javac compiles Hello");
    let class_path = ClassPath::from_paths([dir.path()]);
    let rt = Arc::new(Runtime::new(
        RuntimeOptions { class_path, ..RuntimeOptions::default() },
        Box::new(stdlib::BootSource),
        stdlib::natives::registry(),
    ));
    rt.set_engine(Arc::new(interpreter::Interpreter));
    let mut thread = JavaThread::new("main", 1 << 16);
    rt.boot(&mut thread).expect("the runtime boots");
    let system = load(&rt, &mut thread, "java/lang/System", LoaderId::Boot);
    rt.invoke(&mut thread, method(system, "initPhase1"), &[]).expect("initPhase1 runs");
    let hello = load(&rt, &mut thread, "Hello", LoaderId::App);
    rt.ensure_initialized(&mut thread, hello).expect("Hello initializes");
    let args = rt.new_string_array(&mut thread, &[]).expect("allocates");
    rt.invoke(&mut thread, method(hello, "main"), &[args.to_slot()]).expect("main runs");
    let library = stdlib::class_names().filter_map(|n| rt.find_loaded(n, LoaderId::Boot));
    let (mut methods, mut instructions, mut bytes, mut time) = (0, 0, 0, std::time::Duration::ZERO);
    for class in library.chain([hello]) {
        for m in class.methods.iter().filter(|m| m.code.is_some() && m.invocations.load(std::sync::atomic::Ordering::Relaxed) > 0) {
            let start = Instant::now();
            let maps = RefMaps::build(m);
            time += start.elapsed();
            assert!(maps.at(0).is_some(), "{}", m.qualified_name());
            methods += 1;
            instructions += maps.bcis().count();
            bytes += maps.heap_bytes() + std::mem::size_of::<RefMaps>();
        }
    }
    eprintln!("hello world: {methods} methods run, {instructions} instructions, maps built in {time:?}, {bytes} bytes");
    assert!(methods > 50);
}

/// The fixpoint never panics, whatever the bytecode: library methods with random bytes overwritten (and now
/// and then smaller limits) still give maps or `Unavailable`. The interpreter refuses most of these; the
/// analysis must survive them anyway.
#[test]
fn mutated_bytecode_never_panics() {
    let (rt, mut thread) = runtime(None);
    let mut runs = 0;
    for name in ["java/util/HashMap", "java/lang/String", "java/util/ArrayList", "java/lang/Integer"] {
        let class = load(&rt, &mut thread, name, LoaderId::Boot);
        for m in class.methods.iter() {
            let Some(code) = m.code.as_ref() else { continue };
            for round in 0..30 {
                // One to four bytes overwritten, at positions and with values spread by two primes.
                let mut bytes = code.bytes.to_vec();
                for k in 0..1 + round % 4 {
                    let i = (round * 7919 + k * 104_729 + runs) % bytes.len();
                    bytes[i] = ((round * 31 + k * 17 + runs) % 256) as u8;
                }
                let shrink = |v: u16| if round % 5 == 4 { v / 2 } else { v };
                let mutated = rt::Method {
                    class: m.class,
                    index: m.index,
                    name: m.name.clone(),
                    descriptor: m.descriptor.clone(),
                    access: m.access,
                    params: m.params.clone(),
                    ret: m.ret,
                    arg_slots: m.arg_slots,
                    code: Some(rt::method::MethodCode {
                        max_stack: shrink(code.max_stack),
                        max_locals: shrink(code.max_locals),
                        bytes: bytes.into(),
                        handlers: code.handlers.clone(),
                        line_numbers: code.line_numbers.clone(),
                    }),
                    vtable_index: std::sync::OnceLock::new(),
                    invocations: std::sync::atomic::AtomicU32::new(0),
                    backedges: std::sync::atomic::AtomicU32::new(0),
                    interpreter_state: std::sync::OnceLock::new(),
                    native: std::sync::OnceLock::new(),
                    compiled_entry: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
                    refmaps: std::sync::OnceLock::new(),
                    frames: std::sync::OnceLock::new(),
                };
                let maps = RefMaps::from_bytecode(&mutated);
                for bci in maps.bcis() {
                    let map = maps.at(bci).expect("a listed bci has a map");
                    assert!(map.stack_height() <= usize::from(shrink(code.max_stack)));
                }
                runs += 1;
            }
        }
    }
    assert!(runs > 1000, "{runs}");
}
