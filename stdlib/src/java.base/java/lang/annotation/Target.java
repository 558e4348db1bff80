package java.lang.annotation;

/** The kinds of element the annotated annotation type applies to. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Target {
    /** The applicable element kinds. */
    ElementType[] value();
}
