package java.lang.reflect;

/** A field, method or constructor of a class, as reflection sees it. */
public interface Member {
    /** Selects the public members, including inherited ones. */
    int PUBLIC = 0;
    /** Selects the members the class itself declares, whatever their access. */
    int DECLARED = 1;

    /** The class or interface that declares this member. */
    Class<?> getDeclaringClass();

    /** The simple name of the member ({@code <init>} is reported as the class's name for constructors). */
    String getName();

    /** The Java language modifiers, as {@link Modifier} decodes them. */
    int getModifiers();

    /** Whether the compiler introduced this member. */
    boolean isSynthetic();
}
