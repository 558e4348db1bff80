package java.lang.reflect;

/** A wildcard type argument: {@code ?}, {@code ? extends T} or {@code ? super T}. */
public interface WildcardType extends Type {
    /** The upper bounds ({@code Object} for {@code ?} and {@code ? super}). */
    Type[] getUpperBounds();

    /** The lower bounds (empty unless {@code ? super}). */
    Type[] getLowerBounds();
}
