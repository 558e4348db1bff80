package java.lang.reflect;

/** A type of the Java language: a class, a parameterized type, a type variable, a wildcard or a generic array. */
public interface Type {
    /** The type as source would name it. */
    default String getTypeName() {
        return toString();
    }
}
