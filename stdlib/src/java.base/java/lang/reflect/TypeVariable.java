package java.lang.reflect;

/** A type variable such as {@code T}. */
public interface TypeVariable<D extends GenericDeclaration> extends Type {
    /** The upper bounds ({@code Object} when none was declared). */
    Type[] getBounds();

    /** The class, method or constructor declaring the variable. */
    D getGenericDeclaration();

    /** The name as declared. */
    String getName();
}
