package java.lang.reflect;

import java.lang.annotation.Annotation;

/**
 * The base of fields, methods and constructors: the "accessible" flag that turns off Java language access
 * checks when reflection uses the member, and the member's annotations.
 */
public class AccessibleObject implements AnnotatedElement {
    /** Whether access checks are suppressed ({@link #setAccessible}). */
    boolean override;

    /** Only the subclasses in this package construct these. */
    protected AccessibleObject() {
    }

    /** Sets the accessible flag of every element of {@code array}. */
    public static void setAccessible(AccessibleObject[] array, boolean flag) {
        for (AccessibleObject o : array) {
            o.setAccessible(flag);
        }
    }

    /** Suppresses (true) or restores (false) Java language access checks for this member. */
    public void setAccessible(boolean flag) {
        override = flag;
    }

    /** Sets the accessible flag to true; answers whether that succeeded (always here: there are no modules). */
    public final boolean trySetAccessible() {
        override = true;
        return true;
    }

    /** The accessible flag. */
    @Deprecated(since = "9")
    public boolean isAccessible() {
        return override;
    }

    /** Whether the caller could use this member on {@code obj} (null for static members) without the flag. */
    public final boolean canAccess(Object obj) {
        if (override) {
            return true;
        }
        Member m = (Member) this;
        if (!Modifier.isStatic(m.getModifiers()) && !(this instanceof Constructor)) {
            if (obj == null || !m.getDeclaringClass().isInstance(obj)) {
                throw new IllegalArgumentException("object is not an instance of declaring class");
            }
        }
        return Members.accessible(Members.callerClass0(), m.getDeclaringClass(), m.getModifiers());
    }

    /** The annotation of that type on this member; see {@link Members#annotation}. */
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        throw new AssertionError("All subclasses should override this method");
    }

    /** Whether an annotation of that type is on this member. */
    @Override
    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    /** The annotations on this member. */
    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    /** The annotations directly on this member. */
    public Annotation[] getDeclaredAnnotations() {
        throw new AssertionError("All subclasses should override this method");
    }
}
