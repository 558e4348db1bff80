package java.lang;

/** Holds the mirror of the primitive type {@code void}; never instantiated. */
public final class Void {
    /** The mirror of {@code void}. */
    @SuppressWarnings("unchecked")
    public static final Class<Void> TYPE = (Class<Void>) Class.getPrimitiveClass("void");

    private Void() {
    }
}
