package java.lang.annotation;

/** The kinds of program element an annotation may apply to. */
public enum ElementType {
    /** Class, interface, enum or record declaration. */
    TYPE,
    /** Field declaration. */
    FIELD,
    /** Method declaration. */
    METHOD,
    /** Formal parameter declaration. */
    PARAMETER,
    /** Constructor declaration. */
    CONSTRUCTOR,
    /** Local variable declaration. */
    LOCAL_VARIABLE,
    /** Annotation interface declaration. */
    ANNOTATION_TYPE,
    /** Package declaration. */
    PACKAGE,
    /** Type parameter declaration. */
    TYPE_PARAMETER,
    /** Use of a type. */
    TYPE_USE,
    /** Module declaration. */
    MODULE,
    /** Record component. */
    RECORD_COMPONENT
}
