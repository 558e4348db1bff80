//! Natives of `Object`, `Class`, `String`, `Runtime` and `Shutdown`.

use classfile::attribute::AttributeBody;
use rt::{ClassKind, ClassRef, JResult, JavaThread, LoaderId, NativeRegistry, ObjRef, Runtime, Thrown};

use super::{Args, boolean, int, long, reference, void};

/// The VM class behind the mirror in slot 0 (the receiver of every `Class` instance native).
fn this_class(rt: &Runtime, thread: &mut JavaThread, a: &Args<'_>) -> JResult<ClassRef> {
    let mirror = a.obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
    rt.class_of_mirror(mirror).ok_or_else(|| rt.throw_new(thread, "java/lang/InternalError", Some("a Class with no VM class")))
}

fn mirror(rt: &Runtime, thread: &mut JavaThread, class: Option<ClassRef>) -> JResult<u64> {
    match class {
        Some(c) => reference(Some(rt.mirror_of(thread, c)?)),
        None => reference(None),
    }
}

/// The mirror of the class `name` as `from`'s loader sees it, or null for `None`.
fn mirror_named(rt: &Runtime, thread: &mut JavaThread, from: ClassRef, name: Option<String>) -> JResult<u64> {
    match name {
        Some(name) => {
            let class = rt.load_class(thread, &name, from.loader)?;
            mirror(rt, thread, Some(class))
        }
        None => reference(None),
    }
}

pub(super) fn register(natives: &mut NativeRegistry) {
    // java.lang.Object
    natives.register("java/lang/Object", "getClass", "()Ljava/lang/Class;", |rt, thread, a| {
        let obj = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        reference(Some(rt.mirror_of(thread, obj.class())?))
    });
    natives.register("java/lang/Object", "hashCode", "()I", |rt, _, a| {
        int(Args(a).obj(0).map_or(0, |o| o.identity_hash(|| rt.next_hash())))
    });
    natives.register("java/lang/Object", "clone", "()Ljava/lang/Object;", |rt, thread, a| {
        let obj = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let class = obj.class();
        let cloneable = rt.find_loaded("java/lang/Cloneable", LoaderId::Boot);
        if !class.is_array() && !cloneable.is_some_and(|c| class.is_subtype_of(&c)) {
            return Err(rt.throw_new(thread, "java/lang/CloneNotSupportedException", Some(&class.java_name())));
        }
        reference(Some(rt.clone_object(thread, obj)?))
    });
    natives.register("java/lang/Object", "notify", "()V", |rt, thread, a| {
        let obj = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        rt.monitor_notify(thread, obj, false)?;
        void()
    });
    natives.register("java/lang/Object", "notifyAll", "()V", |rt, thread, a| {
        let obj = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        rt.monitor_notify(thread, obj, true)?;
        void()
    });
    natives.register("java/lang/Object", "wait0", "(J)V", |rt, thread, a| {
        let a = Args(a);
        let obj = a.obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        rt.monitor_wait(thread, obj, a.long(1))?;
        void()
    });

    // java.lang.String
    natives.register("java/lang/String", "intern", "()Ljava/lang/String;", |rt, thread, a| {
        let s = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        reference(Some(rt.intern(thread, s)?))
    });

    register_class(natives);

    // java.lang.Runtime
    natives.register("java/lang/Runtime", "availableProcessors", "()I", |_, _, _| {
        int(std::thread::available_parallelism().map_or(1, |n| n.get()) as i32)
    });
    natives.register("java/lang/Runtime", "freeMemory", "()J", |rt, _, _| {
        let (used, committed, _) = rt.heap_usage();
        long(committed.saturating_sub(used) as i64)
    });
    natives.register("java/lang/Runtime", "totalMemory", "()J", |rt, _, _| long(rt.heap_usage().1 as i64));
    natives.register("java/lang/Runtime", "maxMemory", "()J", |rt, _, _| long(rt.heap_usage().2 as i64));
    natives.register("java/lang/Runtime", "gc", "()V", |rt, thread, _| {
        rt.collect_garbage(thread, rt::collect::GcRequest::SystemGc);
        void()
    });

    // java.lang.ref.Reference: the references the collector cleared, for their queues.
    natives.register("java/lang/ref/Reference", "takePending", "()[Ljava/lang/ref/Reference;", |rt, thread, _| {
        // Loading may allocate, so it comes before the references leave the collector's pending list.
        let element = rt.load_class(thread, "java/lang/ref/Reference", LoaderId::Boot)?;
        let pending = rt.take_pending_references();
        if pending.is_empty() {
            return reference(None);
        }
        reference(Some(rt.new_ref_array(thread, element, &pending)?))
    });

    // java.lang.Shutdown
    natives.register("java/lang/Shutdown", "halt0", "(I)V", |rt, thread, a| {
        let status = Args(a).int(0);
        rt.options().sandbox.check_exit(rt, thread, status)?;
        // Every other thread unwinds too (woken if it sleeps); the first status asked for is the VM's.
        let status = rt.threads.request_exit(Some(thread), status);
        thread.exit_status = Some(status);
        Err(Thrown)
    });
}

fn register_class(natives: &mut NativeRegistry) {
    const C: &str = "java/lang/Class";
    natives.register(C, "initClassName", "()Ljava/lang/String;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        reference(Some(rt.new_string(thread, &class.java_name())?))
    });
    natives.register(C, "getSuperclass", "()Ljava/lang/Class;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        let superclass = if class.is_interface() { None } else { class.super_class };
        mirror(rt, thread, superclass)
    });
    natives.register(C, "getInterfaces", "()[Ljava/lang/Class;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        let class_class = rt.well_known().class;
        let array_class = rt.array_class_of(class_class);
        let interfaces: Vec<ClassRef> = class.interfaces.to_vec();
        let array = rt.alloc_array(thread, array_class, interfaces.len() as i32)?;
        thread.handles.push(array.to_slot());
        for (k, interface) in interfaces.into_iter().enumerate() {
            let m = rt.mirror_of(thread, interface);
            let array = ObjRef::from_slot(*thread.handles.last().unwrap_or(&0)).expect("a handle keeps its array");
            match m {
                Ok(m) => {
                    array.array_set::<u64>(k, m.to_slot());
                    rt.barrier().post_write(array.field_addr(ObjRef::element_offset(k, 8)));
                }
                Err(thrown) => {
                    thread.handles.pop();
                    return Err(thrown);
                }
            }
        }
        reference(ObjRef::from_slot(thread.handles.pop().unwrap_or_default()))
    });
    natives.register(C, "isInstance", "(Ljava/lang/Object;)Z", |rt, thread, a| {
        let a = Args(a);
        let class = this_class(rt, thread, &a)?;
        boolean(a.obj(1).is_some_and(|o| o.class().is_assignable_to(&class)))
    });
    natives.register(C, "isAssignableFrom", "(Ljava/lang/Class;)Z", |rt, thread, a| {
        let a = Args(a);
        let class = this_class(rt, thread, &a)?;
        let other = a.obj(1).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let other = rt.class_of_mirror(other).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let primitive = matches!(class.kind, ClassKind::Primitive(_)) || matches!(other.kind, ClassKind::Primitive(_));
        boolean(if primitive { class == other } else { other.is_assignable_to(&class) })
    });
    natives.register(C, "isInterface", "()Z", |rt, thread, a| boolean(this_class(rt, thread, &Args(a))?.is_interface()));
    natives.register(C, "isArray", "()Z", |rt, thread, a| boolean(this_class(rt, thread, &Args(a))?.is_array()));
    natives.register(C, "isPrimitive", "()Z", |rt, thread, a| {
        boolean(matches!(this_class(rt, thread, &Args(a))?.kind, ClassKind::Primitive(_)))
    });
    natives.register(C, "getComponentType", "()Ljava/lang/Class;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        mirror(rt, thread, class.component())
    });
    natives.register(C, "getModifiers", "()I", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        int(modifiers(class))
    });
    natives.register(C, "simpleName0", "()Ljava/lang/String;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        match own_inner_class_entry(class) {
            Some((_, name, _)) => reference(Some(rt.new_string(thread, &name.unwrap_or_default())?)),
            None => reference(None),
        }
    });
    natives.register(C, "getDeclaringClass0", "()Ljava/lang/Class;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        let outer = own_inner_class_entry(class).and_then(|(outer, _, _)| outer);
        mirror_named(rt, thread, class, outer)
    });
    natives.register(C, "getEnclosingClass0", "()Ljava/lang/Class;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        let outer = own_inner_class_entry(class).and_then(|(outer, _, _)| outer).or_else(|| enclosing_method_class(class));
        mirror_named(rt, thread, class, outer)
    });
    natives.register(C, "forName0", "(Ljava/lang/String;ZLjava/lang/Class;)Ljava/lang/Class;", |rt, thread, a| {
        let a = Args(a);
        let name = a.obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let name = rt.string_to_rust(name);
        let internal = name.replace('.', "/");
        let element = internal.trim_start_matches('[');
        let element = element.strip_prefix('L').and_then(|e| e.strip_suffix(';')).unwrap_or(element);
        let findable = if internal.starts_with('[') && element.len() == 1 {
            true
        } else {
            rt.can_find_class(element, LoaderId::App)
        };
        if !findable || name.contains('/') {
            return reference(None);
        }
        let class = rt.load_class(thread, &internal, LoaderId::App)?;
        if a.int(1) != 0 {
            rt.ensure_initialized(thread, class)?;
        }
        mirror(rt, thread, Some(class))
    });
    natives.register(C, "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", |rt, thread, a| {
        let name = Args(a).obj(0).ok_or_else(|| rt.throw_null_pointer(thread))?;
        let name = rt.string_to_rust(name);
        let kind = rt::wellknown::PRIMITIVE_KINDS.into_iter().find(|k| k.java_name() == name);
        match kind {
            Some(kind) => mirror(rt, thread, Some(rt.primitive_class(kind))),
            None => reference(None),
        }
    });
    natives.register(C, "desiredAssertionStatus0", "(Ljava/lang/Class;)Z", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        boolean(rt.assertions_enabled(&class.java_name(), class.loader))
    });
    natives.register(C, "invokeValues", "()[Ljava/lang/Object;", |rt, thread, a| {
        let class = this_class(rt, thread, &Args(a))?;
        let descriptor = format!("()[L{};", class.name);
        match class.declared_method("values", &descriptor).filter(|m| m.is_static()) {
            Some(values) => {
                rt.ensure_initialized(thread, class)?;
                rt.invoke(thread, values, &[])
            }
            None => reference(None),
        }
    });
}

/// `Class.getModifiers` (see NATIVES.md): a nested class's own InnerClasses flags, without `ACC_SUPER`.
fn modifiers(class: ClassRef) -> i32 {
    let flags = match class.kind {
        ClassKind::Primitive(_) => 0x0001 | 0x0010 | 0x0400,
        ClassKind::Array { .. } => {
            let mut element = class;
            while let Some(c) = element.component() {
                element = c;
            }
            (i32::from(modifiers(element) as u16) & 0x0007) | 0x0010 | 0x0400
        }
        ClassKind::Instance => own_inner_class_entry(class).map_or(i32::from(class.access.0), |(_, _, flags)| i32::from(flags)),
    };
    flags & !0x0020
}

/// The class's own `InnerClasses` row: (outer class name, simple name, flags).
fn own_inner_class_entry(class: ClassRef) -> Option<(Option<String>, Option<String>, u16)> {
    let cf = class.class_file.as_deref()?;
    let cp = &cf.constant_pool;
    cf.attributes.iter().find_map(|a| match &a.body {
        AttributeBody::InnerClasses(rows) => rows.iter().find_map(|row| {
            (cp.class_name(row.inner_class).ok()? == &*class.name).then(|| {
                let outer = (!row.outer_class.is_none()).then(|| cp.class_name(row.outer_class).ok().map(str::to_owned)).flatten();
                let name = (!row.inner_name.is_none()).then(|| cp.utf8(row.inner_name).ok().map(str::to_owned)).flatten();
                (outer, Some(name.unwrap_or_default()), row.access_flags)
            })
        }),
        _ => None,
    })
}

/// The class named by the `EnclosingMethod` attribute (local and anonymous classes).
fn enclosing_method_class(class: ClassRef) -> Option<String> {
    let cf = class.class_file.as_deref()?;
    cf.attributes.iter().find_map(|a| match &a.body {
        AttributeBody::EnclosingMethod(e) => cf.constant_pool.class_name(e.class).ok().map(str::to_owned),
        _ => None,
    })
}
