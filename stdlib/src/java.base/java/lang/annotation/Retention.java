package java.lang.annotation;

/** How long annotations of the annotated type are kept. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Retention {
    /** The retention policy. */
    RetentionPolicy value();
}
