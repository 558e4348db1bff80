package java.lang.annotation;

/** How long annotations of a type are kept: in source, in class files, or at run time. */
public enum RetentionPolicy {
    /** Discarded by the compiler. */
    SOURCE,
    /** Recorded in the class file, not kept at run time. */
    CLASS,
    /** Recorded in the class file and kept at run time. */
    RUNTIME
}
