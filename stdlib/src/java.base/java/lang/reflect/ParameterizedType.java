package java.lang.reflect;

/** A parameterized type such as {@code List<String>}. */
public interface ParameterizedType extends Type {
    /** The type arguments. */
    Type[] getActualTypeArguments();

    /** The generic class or interface. */
    Type getRawType();

    /** The type this one is a member of, or null. */
    Type getOwnerType();
}
