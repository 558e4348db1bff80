package java.lang.annotation;

/** The annotated annotation type may repeat; the value names its container type. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Repeatable {
    /** The containing annotation type. */
    Class<? extends Annotation> value();
}
