package java.lang.annotation;

/** The common superinterface of every annotation interface. */
public interface Annotation {
    /** Equality as the annotation's members define it. */
    boolean equals(Object obj);

    /** The hash code as the annotation's members define it. */
    int hashCode();

    /** A string describing the annotation. */
    String toString();

    /** The annotation interface of this annotation. */
    Class<? extends Annotation> annotationType();
}
