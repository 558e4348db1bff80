package java.util;

import java.util.function.Supplier;

/**
 * Static utilities on objects: null-safe equality, hashing and {@code toString}, the {@code requireNonNull}
 * family, and the index checks with the messages HotSpot prints ({@code Index 5 out of bounds for length 3}).
 */
public final class Objects {
    private Objects() {
        throw new AssertionError("No java.util.Objects instances for you!");
    }

    /** Whether {@code a} and {@code b} are both null or {@code a.equals(b)}. */
    public static boolean equals(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }

    /** Like {@link #equals}, comparing arrays deeply. */
    public static boolean deepEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return Arrays.deepEquals0(a, b);
    }

    /** {@code o.hashCode()}, or 0 for null. */
    public static int hashCode(Object o) {
        return o != null ? o.hashCode() : 0;
    }

    /** {@code Arrays.hashCode(values)}. */
    public static int hash(Object... values) {
        return Arrays.hashCode(values);
    }

    /** {@code String.valueOf(o)}. */
    public static String toString(Object o) {
        return String.valueOf(o);
    }

    /** {@code o.toString()}, or {@code nullDefault} for null. */
    public static String toString(Object o, String nullDefault) {
        return o != null ? o.toString() : nullDefault;
    }

    /** 0 if {@code a == b}, else {@code c.compare(a, b)}. */
    public static <T> int compare(T a, T b, Comparator<? super T> c) {
        return a == b ? 0 : c.compare(a, b);
    }

    /** {@code obj}, or a NullPointerException if it is null. */
    public static <T> T requireNonNull(T obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return obj;
    }

    /** {@code obj}, or a NullPointerException with {@code message} if it is null. */
    public static <T> T requireNonNull(T obj, String message) {
        if (obj == null) {
            throw new NullPointerException(message);
        }
        return obj;
    }

    /** {@code obj}, or a NullPointerException with the supplied message if it is null. */
    public static <T> T requireNonNull(T obj, Supplier<String> messageSupplier) {
        if (obj == null) {
            throw new NullPointerException(messageSupplier == null ? null : messageSupplier.get());
        }
        return obj;
    }

    /** Whether {@code obj} is null. */
    public static boolean isNull(Object obj) {
        return obj == null;
    }

    /** Whether {@code obj} is not null. */
    public static boolean nonNull(Object obj) {
        return obj != null;
    }

    /** {@code obj} if not null, else the non-null {@code defaultObj}. */
    public static <T> T requireNonNullElse(T obj, T defaultObj) {
        return obj != null ? obj : requireNonNull(defaultObj, "defaultObj");
    }

    /** {@code obj} if not null, else the non-null result of {@code supplier}. */
    public static <T> T requireNonNullElseGet(T obj, Supplier<? extends T> supplier) {
        return obj != null ? obj : requireNonNull(requireNonNull(supplier, "supplier").get(), "supplier.get()");
    }

    private static IndexOutOfBoundsException oob(StringBuilder message) {
        return new IndexOutOfBoundsException(message.toString());
    }

    /** {@code index} if {@code 0 <= index < length}, else IndexOutOfBoundsException. */
    public static int checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw oob(new StringBuilder().append("Index ").append(index).append(" out of bounds for length ")
                .append(length));
        }
        return index;
    }

    /** {@code fromIndex} if {@code 0 <= fromIndex <= toIndex <= length}, else IndexOutOfBoundsException. */
    public static int checkFromToIndex(int fromIndex, int toIndex, int length) {
        if (fromIndex < 0 || fromIndex > toIndex || toIndex > length) {
            throw oob(new StringBuilder().append("Range [").append(fromIndex).append(", ").append(toIndex)
                .append(") out of bounds for length ").append(length));
        }
        return fromIndex;
    }

    /** {@code fromIndex} if the range of {@code size} from it lies in {@code [0, length)}, else an exception. */
    public static int checkFromIndexSize(int fromIndex, int size, int length) {
        if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
            throw oob(new StringBuilder().append("Range [").append(fromIndex).append(", ").append(fromIndex)
                .append(" + ").append(size).append(") out of bounds for length ").append(length));
        }
        return fromIndex;
    }

    /** The {@code long} version of {@link #checkIndex(int, int)}. */
    public static long checkIndex(long index, long length) {
        if (index < 0 || index >= length) {
            throw oob(new StringBuilder().append("Index ").append(index).append(" out of bounds for length ")
                .append(length));
        }
        return index;
    }

    /** The {@code long} version of {@link #checkFromToIndex(int, int, int)}. */
    public static long checkFromToIndex(long fromIndex, long toIndex, long length) {
        if (fromIndex < 0 || fromIndex > toIndex || toIndex > length) {
            throw oob(new StringBuilder().append("Range [").append(fromIndex).append(", ").append(toIndex)
                .append(") out of bounds for length ").append(length));
        }
        return fromIndex;
    }

    /** The {@code long} version of {@link #checkFromIndexSize(int, int, int)}. */
    public static long checkFromIndexSize(long fromIndex, long size, long length) {
        if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
            throw oob(new StringBuilder().append("Range [").append(fromIndex).append(", ").append(fromIndex)
                .append(" + ").append(size).append(") out of bounds for length ").append(length));
        }
        return fromIndex;
    }
}
