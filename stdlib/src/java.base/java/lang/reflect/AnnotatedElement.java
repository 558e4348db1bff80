package java.lang.reflect;

import java.lang.annotation.Annotation;

/** Something that may carry annotations visible at run time: a class, a field, a method or a constructor. */
public interface AnnotatedElement {
    /** The annotation of that type on this element, or null. */
    <T extends Annotation> T getAnnotation(Class<T> annotationClass);

    /** Every annotation present on this element. */
    Annotation[] getAnnotations();

    /** The annotations directly on this element. */
    Annotation[] getDeclaredAnnotations();

    /** Whether an annotation of that type is present on this element. */
    default boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }
}
