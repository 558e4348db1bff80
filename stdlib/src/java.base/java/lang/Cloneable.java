package java.lang;

/** Marks a class whose instances {@link Object#clone} may copy. */
public interface Cloneable {
}
