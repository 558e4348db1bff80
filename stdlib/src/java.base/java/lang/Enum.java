package java.lang;

/** The superclass of every enum class: name, ordinal, identity equality, order by ordinal. */
@SuppressWarnings("rawtypes")
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;

    /** Called by the constructors javac generates for enum classes. */
    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    /** The name of the constant, as declared. */
    public final String name() {
        return name;
    }

    /** The position of the constant in its declaration, from 0. */
    public final int ordinal() {
        return ordinal;
    }

    /** The name, unless the enum overrides it. */
    @Override
    public String toString() {
        return name;
    }

    /** Identity. */
    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    /** The identity hash code. */
    @Override
    public final int hashCode() {
        return super.hashCode();
    }

    /** Enum constants are unique: always throws CloneNotSupportedException. */
    @Override
    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** Order by ordinal; constants of different enum classes are not comparable. */
    @Override
    public final int compareTo(E o) {
        Enum<?> other = (Enum<?>) o;
        if (getClass() != other.getClass() && getDeclaringClass() != other.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return ordinal - other.ordinal;
    }

    /** The enum class of this constant (not the class of a constant's body). */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> c = getClass();
        Class<?> s = c.getSuperclass();
        return (Class<E>) (s == Enum.class ? c : s);
    }

    /** The constant of {@code enumClass} named {@code name}. */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        Object[] constants = enumClass.enumConstantsShared();
        if (constants == null) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        }
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (Object c : constants) {
            if (((Enum) c).name.equals(name)) {
                return enumClass.cast(c);
            }
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name);
    }

    /** Enum classes have no finalizers. */
    @Override
    @SuppressWarnings("deprecation")
    protected final void finalize() {
    }
}
