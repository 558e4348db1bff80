package java.lang;

/** The box of {@code boolean}; {@link #TRUE} and {@link #FALSE} are the only boxes {@link #valueOf} returns. */
public final class Boolean implements java.io.Serializable, Comparable<Boolean> {
    /** The box of true. */
    public static final Boolean TRUE = new Boolean(true);
    /** The box of false. */
    public static final Boolean FALSE = new Boolean(false);
    /** The mirror of {@code boolean}. */
    @SuppressWarnings("unchecked")
    public static final Class<Boolean> TYPE = (Class<Boolean>) Class.getPrimitiveClass("boolean");

    private final boolean value;

    /** A new box; prefer {@link #valueOf(boolean)}. */
    @Deprecated(since = "9")
    public Boolean(boolean value) {
        this.value = value;
    }

    /** A new box of {@code parseBoolean(s)}. */
    @Deprecated(since = "9")
    public Boolean(String s) {
        this(parseBoolean(s));
    }

    /** True exactly when {@code s} is {@code "true"} ignoring case. */
    public static boolean parseBoolean(String s) {
        return "true".equalsIgnoreCase(s);
    }

    /** The value. */
    public boolean booleanValue() {
        return value;
    }

    /** {@link #TRUE} or {@link #FALSE}. */
    public static Boolean valueOf(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** {@code valueOf(parseBoolean(s))}. */
    public static Boolean valueOf(String s) {
        return parseBoolean(s) ? TRUE : FALSE;
    }

    /** {@code "true"} or {@code "false"}. */
    public static String toString(boolean b) {
        return b ? "true" : "false";
    }

    /** {@code "true"} or {@code "false"}. */
    @Override
    public String toString() {
        return value ? "true" : "false";
    }

    /** 1231 for true, 1237 for false. */
    @Override
    public int hashCode() {
        return hashCode(value);
    }

    /** 1231 for true, 1237 for false. */
    public static int hashCode(boolean value) {
        return value ? 1231 : 1237;
    }

    /** Whether {@code obj} is a Boolean of the same value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Boolean && value == ((Boolean) obj).value;
    }

    /** Whether the system property {@code name} is {@code "true"} ignoring case. */
    public static boolean getBoolean(String name) {
        return name != null && !name.isEmpty() && parseBoolean(System.getProperty(name));
    }

    /** false before true. */
    @Override
    public int compareTo(Boolean b) {
        return compare(value, b.value);
    }

    /** false before true. */
    public static int compare(boolean x, boolean y) {
        return x == y ? 0 : (x ? 1 : -1);
    }

    /** {@code a && b}. */
    public static boolean logicalAnd(boolean a, boolean b) {
        return a && b;
    }

    /** {@code a || b}. */
    public static boolean logicalOr(boolean a, boolean b) {
        return a || b;
    }

    /** {@code a ^ b}. */
    public static boolean logicalXor(boolean a, boolean b) {
        return a ^ b;
    }
}
