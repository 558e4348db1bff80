package java.util.concurrent.atomic;

import java.lang.reflect.Field;
import java.lang.reflect.Members;
import java.lang.reflect.Modifier;

import jdk.internal.misc.Atomics;

/**
 * The checks the three atomic field updaters share: finding the field as {@code newUpdater} promises (declared
 * by the class named, accessible to the caller, an instance field, volatile) and checking each object an
 * updater is used on. Failures are the exceptions HotSpot's updaters throw: reflective failures wrapped in
 * {@code RuntimeException}, a wrong kind of field as {@code IllegalArgumentException}, a wrong object as
 * {@code ClassCastException}.
 */
final class UpdaterFields {
    /** The field's byte offset for {@code Atomics}. */
    final long offset;
    /** The class declaring the field. */
    private final Class<?> tclass;
    /** The class every object updated must be an instance of ({@link #receiverClass}). */
    private final Class<?> cclass;

    /**
     * The field {@code name} of {@code tclass} for {@code caller}'s updater, checked in HotSpot's order: found,
     * accessible, of type {@code type} (else {@code IllegalArgumentException(typeMessage)}), volatile, not
     * static.
     */
    UpdaterFields(Class<?> tclass, String name, Class<?> caller, Class<?> type, String typeMessage) {
        Field field = find(tclass, name, caller);
        if (field.getType() != type) {
            throw new IllegalArgumentException(typeMessage);
        }
        checkVolatileInstance(field);
        this.tclass = tclass;
        this.cclass = receiverClass(tclass, caller, field.getModifiers());
        this.offset = Atomics.objectFieldOffset(tclass, name);
    }

    /**
     * The reference field {@code name} of {@code tclass} for {@code caller}'s updater: as the other constructor,
     * but a type other than exactly {@code vclass} is a {@code ClassCastException} and a primitive one an
     * {@code IllegalArgumentException}.
     */
    UpdaterFields(Class<?> tclass, String name, Class<?> caller, Class<?> vclass) {
        Field field = find(tclass, name, caller);
        if (field.getType() != vclass) {
            throw new ClassCastException();
        }
        if (vclass.isPrimitive()) {
            throw new IllegalArgumentException("Must be reference type");
        }
        checkVolatileInstance(field);
        this.tclass = tclass;
        this.cclass = receiverClass(tclass, caller, field.getModifiers());
        this.offset = Atomics.objectFieldOffset(tclass, name);
    }

    /** {@code obj}, checked to be an object this updater may update. */
    Object check(Object obj) {
        if (!cclass.isInstance(obj)) {
            throw wrongObject(cclass, tclass, obj);
        }
        return obj;
    }

    /** The field {@code name} that {@code tclass} declares, checked for access from {@code caller}. */
    private static Field find(Class<?> tclass, String name, Class<?> caller) {
        try {
            Field field = tclass.getDeclaredField(name);
            Members.checkAccess(caller, tclass, field.getModifiers());
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RuntimeException(e);
        }
    }

    /** The checks after the type check: the field must be volatile, then an instance field. */
    private static void checkVolatileInstance(Field field) {
        int modifiers = field.getModifiers();
        if (!Modifier.isVolatile(modifiers)) {
            throw new IllegalArgumentException("Must be volatile type");
        }
        if (Modifier.isStatic(modifiers)) {
            throw new IllegalArgumentException();
        }
    }

    /**
     * The class every object updated must be an instance of: the caller's own class when the field is a
     * protected one it reaches only as a subclass in another package (it may then update only objects of its
     * own kind), else the declaring class.
     */
    private static Class<?> receiverClass(Class<?> tclass, Class<?> caller, int modifiers) {
        if (caller != null && Modifier.isProtected(modifiers) && tclass.isAssignableFrom(caller)
                && !caller.getPackageName().equals(tclass.getPackageName())) {
            return caller;
        }
        return tclass;
    }

    /** The exception for updating {@code obj}, which is not an instance of {@code cclass}. */
    private static RuntimeException wrongObject(Class<?> cclass, Class<?> tclass, Object obj) {
        if (cclass == tclass || obj == null) {
            return new ClassCastException();
        }
        return new RuntimeException(new IllegalAccessException("Class " + cclass.getName()
                + " can not access a protected member of class " + tclass.getName() + " using an instance of "
                + obj.getClass().getName()));
    }
}
