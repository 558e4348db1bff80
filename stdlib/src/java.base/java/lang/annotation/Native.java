package java.lang.annotation;

/** A constant field that native code may refer to. */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Native {
}
