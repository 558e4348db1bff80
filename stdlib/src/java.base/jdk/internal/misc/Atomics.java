package jdk.internal.misc;

/**
 * Cortado's atomic memory operations on object fields and array elements, for the class library only (the
 * package is not exported). A location is an object and a byte offset: {@link #objectFieldOffset} for an
 * instance field, {@link #arrayBaseOffset} plus index times {@link #arrayIndexScale} for an array element
 * (callers check indices themselves). Every operation is sequentially consistent, so a field accessed only
 * through these methods and volatile reads and writes behaves as a Java volatile. The VM checks each offset
 * (inside the object, aligned, a reference slot exactly for the {@code Reference} methods) and throws
 * {@code InternalError} on a bad one. Reference stores apply the collector's write barrier.
 */
public final class Atomics {
    private Atomics() {
    }

    /** The byte offset of the instance field {@code name} declared by {@code c} or a superclass. */
    public static native long objectFieldOffset(Class<?> c, String name);

    /** The byte offset of element 0 of arrays of class {@code arrayClass}. */
    public static native int arrayBaseOffset(Class<?> arrayClass);

    /** The size in bytes of an element of arrays of class {@code arrayClass}. */
    public static native int arrayIndexScale(Class<?> arrayClass);

    /** Sets the int at {@code offset} to {@code x} if it holds {@code expected}; whether it did. */
    public static native boolean compareAndSetInt(Object o, long offset, int expected, int x);

    /** As {@link #compareAndSetInt}, returning the value found (the update happened if it equals expected). */
    public static native int compareAndExchangeInt(Object o, long offset, int expected, int x);

    /** Adds {@code delta} to the int at {@code offset}; returns the previous value. */
    public static native int getAndAddInt(Object o, long offset, int delta);

    /** Stores {@code x} in the int at {@code offset}; returns the previous value. */
    public static native int getAndSetInt(Object o, long offset, int x);

    /** Reads the int at {@code offset} with volatile semantics. */
    public static native int getIntVolatile(Object o, long offset);

    /** Writes the int at {@code offset} with volatile semantics. */
    public static native void putIntVolatile(Object o, long offset, int x);

    /** Sets the long at {@code offset} to {@code x} if it holds {@code expected}; whether it did. */
    public static native boolean compareAndSetLong(Object o, long offset, long expected, long x);

    /** As {@link #compareAndSetLong}, returning the value found. */
    public static native long compareAndExchangeLong(Object o, long offset, long expected, long x);

    /** Adds {@code delta} to the long at {@code offset}; returns the previous value. */
    public static native long getAndAddLong(Object o, long offset, long delta);

    /** Stores {@code x} in the long at {@code offset}; returns the previous value. */
    public static native long getAndSetLong(Object o, long offset, long x);

    /** Reads the long at {@code offset} with volatile semantics (atomically, never torn). */
    public static native long getLongVolatile(Object o, long offset);

    /** Writes the long at {@code offset} with volatile semantics. */
    public static native void putLongVolatile(Object o, long offset, long x);

    /** Sets the reference at {@code offset} to {@code x} if it is {@code expected} (by identity). */
    public static native boolean compareAndSetReference(Object o, long offset, Object expected, Object x);

    /** As {@link #compareAndSetReference}, returning the reference found. */
    public static native Object compareAndExchangeReference(Object o, long offset, Object expected, Object x);

    /** Stores {@code x} in the reference at {@code offset}; returns the previous reference. */
    public static native Object getAndSetReference(Object o, long offset, Object x);

    /** Reads the reference at {@code offset} with volatile semantics. */
    public static native Object getReferenceVolatile(Object o, long offset);

    /** Writes the reference at {@code offset} with volatile semantics. */
    public static native void putReferenceVolatile(Object o, long offset, Object x);

    /** A full memory fence: no load or store moves across it. */
    public static native void fullFence();

    /**
     * The offset of element {@code i} of an array with the given base and scale, after checking {@code i}
     * against {@code length}: {@code ArrayIndexOutOfBoundsException} with HotSpot's message otherwise.
     */
    public static long elementOffset(int i, int length, int base, int scale) {
        if (i < 0 || i >= length) {
            throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + length);
        }
        return base + (long) i * scale;
    }
}
